r"""A fresh held-out wave (f50): English Q&A threads, course-lab solutions, notes and from-scratch code — stored copies
of Cross Validated and Stack Overflow questions and their answers, a Coursera community thread, a Dataquest community
answer, a blog post with its NumPy loops, Octave solutions of Andrew Ng's ex5 (regularised linear regression) and R
code (logistic regression on the WDBC data for a statistics course, a GD routine, a Newton step for a Poisson model).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: stored copies of the Cross Validated questions 'Ridge Regression with Gradient Descent Converges to OLS
  Estimates' (J(ω) with α‖ω‖² and its ∇J) and 'Logistic Regression Gradient of Weights' (the NLL, the asker's own
  gradient — right, though the asker thought it wrong — the book's, and the answer's); a stored copy of the Coursera
  community thread 'Week 3: Derivations of J(w,b) for Sigmoid Function' (the asker's linear and logistic J and the
  derivatives he quotes); a stored copy of the Stack Overflow question 'Cost Function in Linear Regression' (the
  answer's vectorised Octave J, and the question's computeCost loop, whose theta * X(i,:) is an outer product); a
  Stack Overflow mirror (kiwix) of 'Gradient descent for ridge regression' (the question's loss and gradient loop);
  the Dataquest community thread 'Why does 2/n * sigma convert to 2*error/n in python' (d/da₀ MSE = (2/n)·J);
* notes: Kishan Ved's blog post 'Linear Regression with Gradient Descent from Scratch' (cost_func and
  derivative_func for one feature);
* course-lab and from-scratch code: Octave solutions of ex5's linearRegCostFunction (divyanshgupta97's one-liners, a
  file that zeroes theta(1) after computing h, a file whose penalised copy of θ is named theta0, a loop version
  named linearCost); R: a computeGradient / computeLogLikelihood pair for logistic regression on SDS385's WDBC data
  (the log-likelihood in the comment and code is off by Σ Xβ, the gradient is right for the true one),
  DominikRafacz/scrAMbLedeggs' GD.R (first_derivative of the log-likelihood), and step1_newton_pois (a Newton step
  for a Poisson model whose line search compares the mean log-likelihood while grad is the summed one's).

Names follow the sources: X (and x in the kiwix code) is the design matrix Data.X, a row x_i / x[i,] / X(i,:) an
example; w, ω (omega), theta, beta, coef the weight vector (Data.w, Data.theta, Data.beta); in the one-feature costs
(the Coursera thread, the blog's cost_func) x is Data.x and w the scalar slope Data.w[0], b the intercept Data.b; the
Dataquest a₀ is the intercept (Data.theta0) and x_1 the one feature, column 1 of the design matrix (Data.X[:, 0]). A
penalty weight named λ / lambda is Data.lam; the α of the ridge question, the penalty's only weight, is Data.lam too. Where a
source gives no cost for an answer, ``why`` says which cost it is graded against. About half the answers are wrong;
the real mistakes come first in each group, the rest are one-slip variants of real answers, marked "variant".
Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
CV_RIDGE = (
    NEMOTRON + " (stored copy of the Cross Validated question 'Ridge Regression with Gradient Descent Converges to OLS "
    "Estimates' (stats.stackexchange.com/questions/399230), the copy that writes the costs with ω and (y_i - (Xω))², "
    "'BASIC INTUITION'"
)
CV_NLL = (
    NEMOTRON + " (stored copy of the Cross Validated question 'Logistic Regression Gradient of Weights' ('Q&A for "
    "work', asked 4 years, 8 months ago) and its answer"
)
COURSERA = (
    NEMOTRON + " (stored copy of the Coursera community thread 'Week 3: Derivations of J(w,b) for Sigmoid Function', "
    "Machine Learning Specialization, Bernhard Wieczorek, May 30, 2023"
)
SO_COST = (
    NEMOTRON + " (stored copy of the Stack Overflow question 'Cost Function in Linear Regression' (Andrew Ng's course, "
    "computeCost) and its 'Suggested Solution'"
)
ML_COMPUTE = (
    NEMOTRON + " (stored copy of the page 'Compute Cost and Gradient Descent for Linear Regression' (Octave "
    "computeCost and gradientDescent)"
)
KIWIX = (
    "https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/65909753/gradient-descent-for-ridge-regression "
    "(Stack Overflow mirror, 'Gradient descent for ridge regression', the question's ridge_regression_GD"
)
KISHAN = (
    "https://kishan-ved.github.io/Blogs/posts/mlalgos/gradient_descent_from_scratch.html (Kishan Ved, 'Linear "
    "Regression with Gradient Descent from Scratch', 'Gradient Descent for one feature'"
)
DATAQUEST = (
    "https://community.dataquest.io/t/why-does-2-n-sigma-convert-to-2-error-n-in-python/548202 (Dataquest community "
    "thread 'Why does 2/n * sigma convert to 2*error/n in python', the answer's steps"
)
DIVYANSH = (
    "https://github.com/divyanshgupta97/coursera-machine-learning (Octave, machine-learning-ex5/ex5/"
    "linearRegCostFunction.m"
)
OCT_THETA1 = (
    "public code index file 43308242514 (Octave, ex5 linearRegCostFunction that sets theta(1) = 0 after h = X * theta; "
    "the index does not name its repository"
)
OCT_LOOP = (
    "public code index file 45682594462 (Octave, function [J, grad] = linearCost(X,y,theta,lambda) with a gradient "
    "loop; the index does not name its repository"
)
SUNNY = (
    "https://github.com/SunnyCat2013/lizhenyang.github.io (Octave, posts/machine-learning/coursera/week6/"
    "machine-learning-ex5/ex5/linearRegCostFunction.m"
)
SDS385 = (
    "public code index file 42947359251 (R, '# gradient descent for fitting logistic regression' on "
    "github.com/jgscott/SDS385's wdbc.csv, computeGradient and computeLogLikelihood; the index does not name its "
    "repository"
)
DOMINIK = "https://github.com/DominikRafacz/scrAMbLedeggs (R, algorithms/GD.R, GD <- function(X, y)"
NEWTON_POIS = (
    "public code index file 27659889544 (R, '# make one step of newton method for fitting to a Poisson model', "
    "step1_newton_pois; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ridge_half_mean_alpha_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / (2 * d.m) + d.lam * float(d.w @ d.w)


def _half_mean_sq_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / (2 * d.m)


def _nll_sum_w(d):
    p = sig(d.X @ d.w)
    return -float(np.sum((1 - d.y) * np.log(1 - p) + d.y * np.log(p)))


def _sum_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _loglik_sum_wx_b(d):
    p = sig(d.w[0] * d.x + d.b)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _ex5_theta(d):
    """1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²: Octave's theta(1) (Data.theta[0]) is not penalised."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _sds385_wrong_nll_beta(d):
    """Σ[(1 − y)·Xβ + log(1 + e^{Xβ})], what computeLogLikelihood returns (the true NLL minus Σ y·Xβ plus Σ Xβ)."""
    eta = d.X @ d.beta
    return float(np.sum((1 - d.y) * eta + np.log1p(np.exp(eta))))


def _poisson_mean_loglik_w(d):
    eta = d.X @ d.w
    return float(np.mean(-np.exp(eta) + d.y * eta))


# ------------------------------------------------------------------ texts the items share
_CV_RIDGE_J = r"J(\omega) = \frac{1}{2n} \sum_{i=1}^{n} (y_i - (X\omega))^2 + \alpha \|\omega\|^2"
_CV_RIDGE_WHY = (
    "n examples, X the design matrix (Data.X), ω the weights (Data.w); (Xω) under Σ_i is its i-th entry, the "
    "prediction for example i; α is the ridge tuning parameter, the penalty's only weight (Data.lam: "
    "the corpus reads α weighing a penalty with no λ written as λ, as scikit-learn writes it — f45-r-package-gradient-l2)"
)
_CV_NLL = r"NLL = - \sum_{i=1}^N[(1-y_i)\log(1-s(w^Tx_i)) + y_i\log(s(w^Tx_i))]"
_CV_NLL_LETS = (r"s(x) = \frac{1}{1 + e^{-x}}",)
_CV_NLL_WHY = "x_i is example i (a row of Data.X), w the weight vector, N examples: the summed cross-entropy"
_COURSERA_LIN_J = r"J(w,b) = \sum[((wx+b)-y)^2]"
_COURSERA_LOG_J = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_COURSERA_WHY = (
    "the course's one-feature model (w and b scalars, x the feature, Data.x); the bare Σ runs over the training "
    "examples (the post drops the superscripts (i) and the 1/m)"
)
_KIWIX_LOOP = (
    "for i in range(0,len(y)): # here we calculate the summation for all rows for loss and gradient\n"
    "summ=summ+((y[i,]-np.dot(w,x[i,]))*x[i,])\n"
    "loss_stry=loss_stry+((y[i,]-np.dot(w,x[i,]))**2)\n"
    "losses=np.insert(losses,len(losses),loss_stry+(C*np.dot(w,w)))\n"
)
_KIWIX_LETS = ("summ = np.zeros(1)", "loss_stry = 0")
_KIWIX_WHY = (
    "x is the design matrix with a column of ones inserted (x=np.insert(x,0,1,axis=1)), Data.X; w the weights with "
    "the intercept assimilated (Data.w); C the regularisation constant; the loss the loop stores is "
    "Σ(y_i − w·x_i)² + C·w·w, and grad = −2Σ(y_i − w·x_i)x_i + 2Cw is its gradient (the mirror lost the indentation)"
)
_KISHAN_COST = (
    "def cost_func(x,y,w,b):\n  cost = 0\n  n = y.shape[0]\n  for i in range(n):\n    f = w*x[i]+b\n"
    "    cost += (f -y[i])**2\n  cost = cost/(2*n)\n  return cost"
)
_KISHAN_DERIV = (
    "def derivative_func(x,y,w,b):\n  dw = 0\n  db = 0\n  n = y.shape[0]\n  for i in range(n):\n"
    "    f = w*x[i] + b\n    dw += (f - y[i])*x[i]\n    db += (f - y[i])\n  dw = dw/n\n  db = db/n\n  return dw, db"
)
_KISHAN_WHY = "one feature: x[i] is Data.x, w the scalar slope, b the intercept, n = y.shape[0] the m examples"
_DQ_MSE = r"MSE(a_{0}, a_{1}) = \frac{1}{n}\sum_{i=1}^{n}(a_{0}+a_{1}x_{1}^{i} - y^{i})^{2}"
_DQ_LETS = (r"J = \sum_{i=1}^{n}{a_{0}+a_{1}x_{1}^{i} - y^{i}}",)
_DQ_WHY = (
    "the lesson's MSE is an image on the page; graded against it written in the answer's notation (the mean of "
    "squared errors of the line a₀ + a₁x₁ over n examples); the superscript i indexes the example, not a power; a₀ "
    "is the intercept (Data.theta0), x_1 the one feature (Data.X[:, 0]); J is the answer's name for the sum"
)
_DIVYANSH_J = (
    "J = J + (1 / (2 * m)) * sum((X * theta - y).^2) + (lambda / (2 * m)) * sum(theta([2: end], :).^2);"
)
_EX5_WHY = (
    "ex5: X the design matrix (Data.X), theta the parameters (Data.theta), theta(1) (θ's first entry) unpenalised"
)
_OCT_THETA1_J = "J = 1 / (2 * m) * sum((h - y) .^ 2) + lambda / (2 * m) * theta' * theta;"
_OCT_THETA1_LETS = ("m = length(y)", "h = X * theta", "theta(1) = 0")
_OCT_THETA1_WHY = (
    "the lines run in order: h = Xθ is computed with the real θ, then theta(1) is zeroed, so J and grad penalise "
    "θ(2:end) only and h keeps θ(1): " + _EX5_WHY
)
_OCT_LOOP_J = "J = 1/(2*m) * sum(( X * theta - y) .^ 2) + lambda / (2*m) * sum(theta(2:end) .^ 2);"
_SDS385_COST = "return(t(m - y) %*% Xbeta + t(m) %*% log(1 + exp(Xbeta)))"
_SDS385_LETS = ("Xbeta = X %*% beta", "m = matrix(1, nrow(y), 1)")
_SDS385_WHY = (
    "R's '<-'/'=' kept as '='; X the (scaled) WDBC design matrix (Data.X), beta the coefficients (Data.beta), m a "
    "column of ones (one trial per example): Σ[(1 − y_i)·x_iβ + log(1 + e^{x_iβ})], as the comment '(m - y)' X beta + "
    "m' log(1 + exp(X beta))' says"
)
_POIS_LL = "mean(-exp(eta) + y*eta)"
_POIS_LETS = ("eta = X %*% coef + offset", "offset=0")
_POIS_WHY = (
    "R's '<-' written as '='; offset defaults to 0 (the signature's offset=0); X the design matrix (Data.X), coef the "
    "coefficients (Data.w): the mean Poisson log-likelihood without log y!, as ll_old <- computes it"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f50-cv-ridge-gd-J-omega-alpha",
        source=CV_RIDGE + ", 'The cost function for regression with L2 regularization (i.e., Ridge Regression) is:')",
        text=_CV_RIDGE_J,
        intended=_ridge_half_mean_alpha_w,
        wrt=("omega_j",),
        why=_CV_RIDGE_WHY + "; the penalty has no 1/(2n)",
    ),
    Cost(
        id="f50-cv-ridge-gd-J-omega-ols",
        source=CV_RIDGE + ", 'The cost function for OLS regression is:')",
        text=r"J(\omega) = \frac{1}{2n} \sum_{i=1}^{n} (y_i - (X\omega))^2",
        intended=_half_mean_sq_w,
        wrt=("omega_j",),
        why=_CV_RIDGE_WHY,
    ),
    Cost(
        id="f50-cv-logistic-gradient-of-weights-nll",
        source=CV_NLL + ", 'They set')",
        text=_CV_NLL,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_CV_NLL_LETS,
        why=_CV_NLL_WHY,
    ),
    Cost(
        id="f50-coursera-wieczorek-linear-J-bare-sum",
        source=COURSERA + ", 'For the linear cost function')",
        text=_COURSERA_LIN_J,
        intended=_sum_sq_wx_b,
        wrt=("w", "b"),
        why=_COURSERA_WHY + ": Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², no 1/(2m)",
    ),
    Cost(
        id="f50-coursera-wieczorek-logistic-J-no-minus",
        source=COURSERA + ", 'J for logistic regression is')",
        text=_COURSERA_LOG_J,
        intended=_loglik_sum_wx_b,
        wrt=("w", "b"),
        why=_COURSERA_WHY + "; as written it has no leading minus: the summed log-likelihood "
        "Σ[y log σ + (1−y) log(1−σ)], σ = σ(wx + b), taken as written",
    ),
    Cost(
        id="f50-so-cost-function-vectorized-octave-J",
        source=SO_COST + ", 'For example, you can vectorize h in your code:')",
        text="J = S / (2 * m);",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("S = sum((H - y) .^ 2)", "H = (theta' * X')'", "m = length(y)"),
        why="Octave, semicolons dropped in the lets; X the m × n design matrix (Data.X), theta a column (Data.theta): "
        "H = (θᵀXᵀ)ᵀ = Xθ, the ex1 cost 1/(2m)Σ(Xθ − y)²; m = length(y) is the question's own line",
    ),
    Cost(
        id="f50-ml-computecost-latex-X-superscript",
        source=ML_COMPUTE + ", 'The cost function J is calculated as:')",
        text=r"J = \frac{1}{2m} \sum_{i=1}^{m} \left( ( \theta^T X^{(i)} ) - y^{(i)} \right)^2",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why="X⁽ⁱ⁾ is example i (the i-th row of the feature matrix X, Data.X), θ the parameter vector: "
        "1/(2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²",
    ),
    Cost(
        id="f50-ml-computecost-octave-outer-product",
        source=ML_COMPUTE + ", function J = computeCost(X, y, theta))",
        text="for i = 1:m\n    J += ((theta * X(i,:)) - y(i, 1)) ^ 2;\nend\nJ = J / (2 * m);",
        intended=None,
        wrt=("theta_j",),
        lets=("m = length(y)", "J = 0"),
        expect="refuse",
        why="with theta a column (ex1's zeros(2, 1)) theta * X(i,:) is an n × n outer product and ^ 2 a matrix power: "
        "as Octave the loop sums matrices, not the squared errors; reading it as θᵀx⁽ⁱ⁾ (what the page's LaTeX beside "
        "it says) needs theta to be a row, which the code does not say",
    ),
    # ============================================================ notes
    Cost(
        id="f50-kishan-cost-func-loop",
        source=KISHAN + ", 'Cost Function')",
        text=_KISHAN_COST,
        intended=_half_mean_sq_wx_b,
        wrt=("w", "b"),
        why=_KISHAN_WHY + ": Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²/(2n)",
    ),
    # ============================================================ course-lab and from-scratch code
    Cost(
        id="f50-ex5-divyansh-J-accumulated",
        source=DIVYANSH + ", J = J + …)",
        text=_DIVYANSH_J,
        intended=_ex5_theta,
        wrt=("theta_j",),
        lets=("J = 0", "m = length(y)"),
        why="J starts at 0 (J = 0 above); theta([2: end], :) is θ without its first entry: " + _EX5_WHY,
    ),
    Cost(
        id="f50-ex5-theta1-zeroed-after-h",
        source=OCT_THETA1 + ", J =)",
        text=_OCT_THETA1_J,
        intended=_ex5_theta,
        wrt=("theta_j",),
        lets=_OCT_THETA1_LETS,
        why=_OCT_THETA1_WHY,
    ),
    Cost(
        id="f50-ex5-sunnycat-theta0-copy",
        source=SUNNY + ", J =)",
        text="J = sum((h - y).^2) / (2 * m)  + lambda * sum(theta0 .^ 2) / (2 * m);",
        intended=_ex5_theta,
        wrt=("theta_j",),
        lets=("m = size(X, 1)", "h = X * theta", "theta0 = theta", "theta0(1) = 0"),
        why="theta0 is the file's copy of θ with its first entry zeroed (not a θ₀ parameter): " + _EX5_WHY,
    ),
    Cost(
        id="f50-ex5-linearcost-loop-file-J",
        source=OCT_LOOP + ", J =)",
        text=_OCT_LOOP_J,
        intended=_ex5_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why=_EX5_WHY,
    ),
    Cost(
        id="f50-sds385-r-computeloglikelihood-off",
        source=SDS385 + ", computeLogLikelihood)",
        text=_SDS385_COST,
        intended=_sds385_wrong_nll_beta,
        wrt=("beta_j",),
        lets=_SDS385_LETS,
        why=_SDS385_WHY + " — taken as written (the true NLL is Σ[log(1 + e^{x_iβ}) − y_i·x_iβ]; this one adds Σ x_iβ)",
    ),
    Cost(
        id="f50-r-newton-pois-mean-loglik",
        source=NEWTON_POIS + ", ll_old <-)",
        text=_POIS_LL,
        intended=_poisson_mean_loglik_w,
        wrt=("coef_j",),
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Q&A, right and wrong
    Answer(
        id="f50-cv-ridge-gd-nabla-J-omega",
        source=CV_RIDGE + ", 'The derivative of the above statement can be written like this:')",
        text=r"\nabla J(\omega) = -\frac{1}{n}X^T(y - X\omega) + 2\alpha\omega",
        cost=_CV_RIDGE_J,
        verdict="equivalent",
        wrt="omega_j",
        why=_CV_RIDGE_WHY,
    ),
    Answer(
        id="f50-cv-logistic-weights-asker-exp-form",
        source=CV_NLL + ", 'When I take ∂NLL/∂w, I get')",
        text=r"-\sum_{i=1}^N \left( \frac{x_i(y_i-1)e^{w^Tx_i}}{e^{w^Tx_i}+1} + \frac{x_iy_i}{e^{w^Tx_i}+1} \right)",
        cost=_CV_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_CV_NLL_LETS,
        why="the asker thought it wrong, but −x[(y−1)e^z + y]/(e^z + 1) = −x[y − e^z/(1 + e^z)] = x(s(z) − y): it is "
        "the book's Σ(s(wᵀx_i) − y_i)x_i; " + _CV_NLL_WHY,
    ),
    Answer(
        id="f50-cv-logistic-weights-book-form",
        source=CV_NLL + ", 'and not')",
        text=r"\sum_{i=1}^N (s(w^Tx_i) - y_i)x_i",
        cost=_CV_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_CV_NLL_LETS,
        why=_CV_NLL_WHY,
    ),
    Answer(
        id="f50-cv-logistic-weights-answer-chain-rule",
        source=CV_NLL + ", the answer, 'so the derivative is')",
        text=r"\frac{\partial NLL}{\partial w} = \sum_{i = 1}^{n} (1 - y_i)\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{1 - "
        r"s(w^Tx_i)} - y_i\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{s(w^Tx_i)}",
        cost=_CV_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_CV_NLL_LETS,
        why="the answer's n is the question's N, the number of examples (the sum over i, not over features); the terms "
        "reduce to (1 − y_i)x_i s − y_i x_i(1 − s) = x_i(s − y_i); " + _CV_NLL_WHY,
    ),
    Answer(
        id="f50-cv-logistic-weights-answer-final",
        source=CV_NLL + ", the answer, 'and I checked it indeed simplifies to')",
        text=r"\sum_{i=1}^{n} x_i(s(w^Tx_i) - y_i)",
        cost=_CV_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_CV_NLL_LETS,
        why="the answer's n is the number of examples N; " + _CV_NLL_WHY,
    ),
    Answer(
        id="f50-coursera-wieczorek-linear-J-prime-no-sum",
        source=COURSERA + ", 'I understand that')",
        text=r"J' = 2((wx+b)-y)x",
        cost=_COURSERA_LIN_J,
        verdict="different",
        wrt="w",
        why="J' is the derivative by w (the chain rule 'inner function wx+b → x'); J sums over the examples, the "
        "derivative 2((wx+b)−y)x has no Σ: it is one example's term, not ∂J/∂w = 2Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾; "
        + _COURSERA_WHY,
    ),
    Answer(
        id="f50-coursera-wieczorek-logistic-dJdw-sign",
        source=COURSERA + ", 'it is stated in Week 3, Video 1 that … dJ/dw = Σ[(f(x)-y)x]')",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_COURSERA_LOG_J,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="f is the sigmoid of wx + b the post writes inside its J (the lets line is the J's own fraction); the J "
        "the post writes has no leading minus (the course's has −1/m), so its derivative is Σ(y − f(x))x, the negative "
        "of the quoted Σ(f(x) − y)x; " + _COURSERA_WHY,
    ),
    Answer(
        id="f50-kiwix-ridge-gd-grad-loop",
        source=KIWIX + ", the while loop)",
        text=_KIWIX_LOOP + "grad=((-2)*summ)+(np.dot((2*C),w))",
        cost="loss_stry+(C*np.dot(w,w))",
        verdict="equivalent",
        wrt="w_j",
        lets=_KIWIX_LETS,
        why=_KIWIX_WHY + " (the asker's divergence comes from the step size, not the gradient)",
    ),
    Answer(
        id="f50-dataquest-d-da0-mse-2-over-n-J",
        source=DATAQUEST + ", 'Step 2: Rewrite the derivative formula with notation J')",
        text=r"\frac{d}{da_{0}}MSE(a_{0}, a_{1}) = \frac{2}{n}\times{J}",
        cost=_DQ_MSE,
        verdict="equivalent",
        wrt="a_0",
        lets=_DQ_LETS,
        why=_DQ_WHY,
    ),
    # ============================================================ notes
    Answer(
        id="f50-kishan-derivative-func-dw",
        source=KISHAN + ", 'Derivative Function')",
        text=_KISHAN_DERIV,
        cost=_KISHAN_COST,
        verdict="equivalent",
        wrt="w",
        why="dw is the derivative by w: Σ(f − y⁽ⁱ⁾)x⁽ⁱ⁾/n; " + _KISHAN_WHY,
    ),
    Answer(
        id="f50-kishan-derivative-func-db",
        source=KISHAN + ", 'Derivative Function')",
        text=_KISHAN_DERIV,
        cost=_KISHAN_COST,
        verdict="equivalent",
        wrt="b",
        why="db is the derivative by b: Σ(f − y⁽ⁱ⁾)/n; " + _KISHAN_WHY,
    ),
    # ============================================================ course-lab and from-scratch code
    Answer(
        id="f50-ex5-divyansh-grad-accumulated",
        source=DIVYANSH + ", grad = grad + …)",
        text="grad = grad + (1 / m) * (X' * (X * theta - y)) + (lambda / m) * [0; theta([2: end], :)];",
        cost=_DIVYANSH_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("grad = zeros(size(theta))", "J = 0", "m = length(y)"),
        why="grad and J start at zeros; [0; theta(2:end)] leaves θ's first entry unpenalised: " + _EX5_WHY,
    ),
    Answer(
        id="f50-ex5-theta1-zeroed-grad",
        source=OCT_THETA1 + ", grad =)",
        text="grad = 1 / m * (X' * (h - y)) + lambda / m * theta;",
        cost=_OCT_THETA1_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_OCT_THETA1_LETS,
        why=_OCT_THETA1_WHY,
    ),
    Answer(
        id="f50-ex5-linearcost-grad-loop",
        source=OCT_LOOP + ", for i = 1 : size(theta,1))",
        text="for i = 1 : size(theta,1)\n    grad(i) = 1/m * sum((X*theta - y) .* X(:,i)) + lambda/m * temp(i);\nend",
        cost=_OCT_LOOP_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)", "temp = theta", "temp(1) = 0"),
        why="temp is θ with its first entry zeroed; grad(i) loops over the parameters: " + _EX5_WHY,
    ),
    Answer(
        id="f50-sds385-r-computegradient-vs-own-loglik",
        source=SDS385 + ", computeGradient)",
        text="return(-t(X) %*% (y - m*w))",
        cost=_SDS385_COST,
        verdict="different",
        wrt="beta_j",
        lets=("w = 1/(1 + exp(-(X %*% beta)))", *_SDS385_LETS),
        why="w here is the vector of probabilities σ(Xβ), not weights; −Xᵀ(y − σ) is the gradient of the true NLL "
        "Σ[log(1 + e^{x_iβ}) − y_i x_iβ], but the file's own computeLogLikelihood (the cost it is paired with and "
        "backtracks on) is Σ[(1 − y_i)x_iβ + log(1 + e^{x_iβ})], whose gradient is Xᵀ(1 − y + σ): they differ by "
        "Xᵀ1; " + _SDS385_WHY,
    ),
    Answer(
        id="f50-dominik-gd-r-first-derivative",
        source=DOMINIK + ", first_derivative <-)",
        text="first_derivative <- t(X) %*% (y - p)",
        cost="sum(y * log(p) + (1 - y) * log(1 - p))",
        verdict="equivalent",
        wrt="beta_j",
        lets=("p = 1 / (1 + exp(-X %*% beta))",),
        why="the file states no cost; it climbs beta + learning_rate * first_derivative, so it is graded against the "
        "summed Bernoulli log-likelihood it climbs (the collector's R line); R's '<-' in the lets written as '='; X "
        "has the column of ones bound in (cbind(1, X)), Data.X; beta Data.beta",
    ),
    Answer(
        id="f50-r-newton-pois-grad-vs-mean-ll",
        source=NEWTON_POIS + ", grad <-)",
        text="grad <- (y-mu) %*% X",
        cost=_POIS_LL,
        verdict="different",
        wrt="coef_j",
        lets=("mu = exp(eta)", *_POIS_LETS),
        why="(y − μ)ᵀX is the gradient of the summed log-likelihood Σ(y·η − e^η); the line search's ll is its mean, "
        "whose gradient is (y − μ)ᵀX / m (the Newton step itself is unaffected, hess is the sum's too); " + _POIS_WHY,
    ),
    Answer(
        id="f50-r-newton-pois-grad-vs-sum-ll",
        source=NEWTON_POIS + ", grad <-)",
        text="grad <- (y-mu) %*% X",
        cost="sum(-exp(eta) + y*eta)",
        verdict="equivalent",
        wrt="coef_j",
        lets=("mu = exp(eta)", *_POIS_LETS),
        why="graded against the summed log-likelihood whose Hessian crossprod(X*mu, X) the Newton step uses (the "
        "collector's line, ll_old's mean written as sum); " + _POIS_WHY,
    ),
    # ============================================================ one-slip variants of real answers
    Answer(
        id="f50-cv-ridge-gd-nabla-J-omega-penalty-2-dropped",
        source=CV_RIDGE + ", 'The derivative of the above statement …' — variant)",
        text=r"\nabla J(\omega) = -\frac{1}{n}X^T(y - X\omega) + \alpha\omega",
        cost=_CV_RIDGE_J,
        verdict="different",
        wrt="omega_j",
        why="variant: the penalty α‖ω‖² has no ½, its gradient is 2αω, not αω; " + _CV_RIDGE_WHY,
    ),
    Answer(
        id="f50-cv-logistic-weights-asker-minus-dropped",
        source=CV_NLL + ", 'When I take ∂NLL/∂w, I get' — variant)",
        text=r"\sum_{i=1}^N \left( \frac{x_i(y_i-1)e^{w^Tx_i}}{e^{w^Tx_i}+1} + \frac{x_iy_i}{e^{w^Tx_i}+1} \right)",
        cost=_CV_NLL,
        verdict="different",
        wrt="w_j",
        lets=_CV_NLL_LETS,
        why="variant: without the leading minus the sum is Σ(y_i − s(wᵀx_i))x_i, the negative gradient; " + _CV_NLL_WHY,
    ),
    Answer(
        id="f50-kiwix-ridge-gd-grad-penalty-2-dropped",
        source=KIWIX + ", the while loop — variant)",
        text=_KIWIX_LOOP + "grad=((-2)*summ)+(np.dot(C,w))",
        cost="loss_stry+(C*np.dot(w,w))",
        verdict="different",
        wrt="w_j",
        lets=_KIWIX_LETS,
        why="variant: C·w·w differentiates to 2Cw, not Cw; " + _KIWIX_WHY,
    ),
    Answer(
        id="f50-dataquest-d-da0-mse-1-over-n-J",
        source=DATAQUEST + ", 'Step 2' — variant)",
        text=r"\frac{d}{da_{0}}MSE(a_{0}, a_{1}) = \frac{1}{n}\times{J}",
        cost=_DQ_MSE,
        verdict="different",
        wrt="a_0",
        lets=_DQ_LETS,
        why="variant: the 2 from the square is dropped (the MSE has no ½); " + _DQ_WHY,
    ),
    Answer(
        id="f50-kishan-derivative-func-db-times-x",
        source=KISHAN + ", 'Derivative Function' — variant)",
        text=_KISHAN_DERIV.replace("db += (f - y[i])", "db += (f - y[i])*x[i]"),
        cost=_KISHAN_COST,
        verdict="different",
        wrt="b",
        why="variant: db accumulates (f − y)·x[i] as dw does; ∂/∂b of (wx + b − y)² has no x: " + _KISHAN_WHY,
    ),
    Answer(
        id="f50-ex5-theta1-zeroed-grad-lambda-2m",
        source=OCT_THETA1 + ", grad = — variant)",
        text="grad = 1 / m * (X' * (h - y)) + lambda / (2 * m) * theta;",
        cost=_OCT_THETA1_J,
        verdict="different",
        wrt="theta_j",
        lets=_OCT_THETA1_LETS,
        why="variant: the penalty's λ/(2m) is kept in the gradient; d/dθ_k of λ/(2m)·θ_k² is (λ/m)θ_k; "
        + _OCT_THETA1_WHY,
    ),
    Answer(
        id="f50-dominik-gd-r-first-derivative-p-minus-y",
        source=DOMINIK + ", first_derivative <- — variant)",
        text="first_derivative <- t(X) %*% (p - y)",
        cost="sum(y * log(p) + (1 - y) * log(1 - p))",
        verdict="different",
        wrt="beta_j",
        lets=("p = 1 / (1 + exp(-X %*% beta))",),
        why="variant: Xᵀ(p − y) is the gradient of the negative log-likelihood, the negative of the climbed "
        "log-likelihood's; the file states no cost, graded against the summed Bernoulli log-likelihood",
    ),
]

r"""A fresh held-out wave (f38): a mix as a random draw would give it — Q&A, notes and code, in four languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and repositories no other corpus file uses:

* Q&A: a Cross Validated question on rewriting the ridge coefficients (its min-notation loss with an undefined g,
  refused) and a stored copy of it whose derivation writes ∇_w L = −2X'(y − Xw) + 2λw; a stored Cross Validated
  question on the canonical exponential-family score, whose asker writes Σ(y_i x_i − y_i μ_i) and whose answer
  corrects it to Σ x_i(y_i − μ_i); a Japanese machine translation (qastack.jp) of 'Hessian of logistic function'
  whose loss lost its sub- and superscripts (refused); two GitHub questions on Géron's book (ageron/handson-ml #487,
  handson-ml2 #510) whose ridge gradients add alpha * theta[1:] and alpha * theta_ridge[1] — NumPy broadcasting
  adds θ₁'s penalty to every component;
* notes: a stored copy of a blog post 'Logistic Regression: Gradients' (∇_w L = Σ(σ(wᵀx_i) − y_i)x_i), a stored
  copy of the University of Washington lecture 'Computing the Gradient of the Ridge Objective' (H the feature
  matrix), a Chinese note on logistic regression and maximum entropy whose subscripts were flattened (zybuluo);
* code: R (a Poisson objective and gradient, ½‖Xβ − y‖² via norm(…, type = "2"), ‖Y − Xβ‖²/(2·nrow(X)), an nloptr
  script whose crossprod objective has the gradient −2xᵀ(y − xβ) while its gradient-descent grad is half of it, an
  L-BFGS sum of squares, a homework's (2/n)Xᵀ(Xβ − Y), a lm.cost with Chinese comments), Python (NeuromatchAcademy's
  Poisson GLM negative log-likelihood, scipy lambdas for the Poisson objective with and without the gammaln(y + 1)
  constant, a Portuguese-commented regularized cost whose residual is named alpha, a linearRegGradient that
  penalises θ₀ while its cost does not), Julia (a gradient that leaves out the 1/m of its own cost), Octave
  (harada4atsushi's costFunction.m, row gradient) and JavaScript (LinearRegressionJS with math.js).

Names follow the sources: a weight vector named ``b`` (scipy's ``lambda b:``) is the weight vector w of
judge.py's _Data (``b_j``), not the bias; ``beta`` is beta, ``theta``/θ is theta, ``w`` is w; code's ``Y`` is y;
``H`` (the UW lecture) and ``X`` are the m×n data matrix. Where a source gives no cost for an answer it is written
out by hand in the source's own names and ``why`` says so. About half the answers are wrong; the real mistakes
come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and
checked against finite differences of the intended costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
CV540478 = (
    "https://stats.stackexchange.com/questions/540478/rewriting-the-ridge-regression-coefficients (Cross "
    "Validated, 'Rewriting the Ridge Regression coefficients', the question's loss"
)
NEMO_540478 = (
    NEMOTRON + " (stored copy of the Cross Validated question 'How is w = λ⁻¹X'(y−Xw) derived? [Ridge Regression]', "
    "its '### Derivation'"
)
NEMO_EXPFAM = (
    NEMOTRON + " (stored copy of the Cross Validated question 'How do we apply derivatives to the vector version of "
    "canonical exponential-family log-likelihood?'"
)
QASTACK = (
    "https://qastack.jp/stats/68391/hessian-of-logistic-function (Japanese machine translation of the Cross "
    "Validated question 'Hessian of logistic function', the answer's loss"
)
AGERON1 = "https://github.com/ageron/handson-ml/issues/487 (issue 'Ridge Regression', the asker's Gradient Descent code"
AGERON2 = (
    "https://github.com/ageron/handson-ml2/issues/510 (issue 'Chapter 4: Ridge regression using Gradient Descent "
    "[QUESTION]', the asker's code"
)
NEMO_LRGRAD = (
    NEMOTRON + " (stored copy of a blog post '1.1: Logistic Regression: Gradients' (December 19, 2015), 'the gradient "
    "of the NLL with respect to the weight vector'"
)
NEMO_UW = (
    NEMOTRON + " (stored copy of the University of Washington Coursera lecture 'Computing the Gradient of the Ridge "
    "Objective' (Machine Learning: Regression)"
)
ZYBULUO = "https://zybuluo.com/nrailgun/note/188254 (note '逻辑回归与最大熵模型', 'Estimate model parameter'"
NEUROMATCH = (
    "github:NeuromatchAcademy/course-content (Python, tutorials/W1D4_GeneralizedLinearModels/solutions/"
    "W1D4_Tutorial1_Solution_f09f1cc5.py, neg_log_lik_lnp"
)
SCIPYPOIS = (
    "public code index file 4736795678 (Python, test_poisson_optimization: scipy.optimize.minimize(fun=lambda b: …, "
    "jac=lambda b: …); the index does not name its repository"
)
GAMMALN = (
    "public code index file 70701895376 (Python, fit(terms): minimize(lambda b: …, np.zeros(X.shape[1]), "
    "jac=lambda b: …, method=\"BFGS\"); the index does not name its repository"
)
RPOIS = (
    "public code index file 16359123476 (R, '# From problem 2(a)' pois.obj and pois.grad; the index does not name "
    "its repository"
)
RHALFNORM = (
    "public code index file 14012216541 (R, obj_old <- … and '# Gradient update' grad <- …; the index does not name "
    "its repository"
)
RNORM2N = (
    "public code index file 21166870568 (R, while loop: cost_new = … and '# Gradient descent iterations' delta <- …; "
    "the index does not name its repository"
)
RLBFGS = (
    "public code index file 63085377631 (R, '##L-BFGS algorithm': objfun_lb and '# Gradient of our objective "
    "function' grad_lb; the index does not name its repository"
)
RCROSS = (
    "public code index file 1959694555 (R, nloptr script: '# Our objective function' objfun, '# Gradient of our "
    "objective function' gradient, '#gradient descent' grad; the index does not name its repository"
)
RQ3B = (
    "public code index file 24035651795 (R, '#Q3B' gradient_descent: '# Calculate the gradient' gradient = …; the "
    "index does not name its repository"
)
RCHN = (
    "public code index file 30564977262 (R with Chinese comments, '# Make the cost function' lm.cost and "
    "'# Calculate the gradient' lm.cost.grad; the index does not name its repository"
)
JULIA = (
    "public code index file 18842565524 (Julia, function gradient(θ, X, y) returning J, ∇ for descend(); the index "
    "does not name its repository"
)
LINREGREG = (
    "public code index file 23547374209 (Python, linearRegCostFunction / linearRegGradient passed to fmin_cg; the "
    "index does not name its repository"
)
PTREG = (
    "public code index file 26400720851 (Python, Portuguese comments, cost_function(theta, X, y, lambda_=0.1), "
    "'#Cálculo custo com regl'; the index does not name its repository"
)
HARADA = "github:harada4atsushi/octave (Octave, logistic_regression/costFunction.m"
UVA = "github:Uvacoder/LinearRegressionJS (JavaScript with math.js, linear-regression.js"


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _pois_nll_theta(d):
    s = d.X @ d.theta
    return float(np.sum(np.exp(s)) - d.y @ s)


def _pois_nll_w(d):
    s = d.X @ d.w
    return float(np.sum(np.exp(s) - d.y * s))


def _pois_nll_w_gammaln(d):
    s = d.X @ d.w
    return float(np.sum(np.exp(s) - d.y * s) + sum(math.lgamma(v + 1) for v in d.y))


def _pois_nll_beta(d):
    s = d.X @ d.beta
    return float(np.sum(np.exp(s) - d.y * s))


def _half_sse_beta(d):
    r = d.X @ d.beta - d.y
    return 0.5 * float(r @ r)


def _sse_over_2m_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) / (2 * d.m)


def _sse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_theta_tail_l2(d):
    tail = d.theta[1:]
    return _half_mean_sq_theta(d) + d.lam / (2 * d.m) * float(tail @ tail)


def _ce_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _zybuluo_nll_w(d):
    s = d.X @ d.w
    return -float(np.sum(d.y * s - np.log1p(np.exp(s))))


# ------------------------------------------------------------------ texts the items share
_POIS_SCIPY_J = "np.sum(np.exp(X @ b) - y * (X @ b))"
_POIS_SCIPY_WHY = (
    "the Poisson negative log-likelihood without the constant Σ log yᵢ!: Σ(e^{x⁽ⁱ⁾·b} − yᵢ x⁽ⁱ⁾·b); b is the "
    "coefficient vector the lambda receives (the weight vector, not a bias), X the m×n design matrix"
)
_POIS_GAMMALN_J = "np.sum(np.exp(X @ b) - y * (X @ b) + gammaln(y + 1))"
_POIS_GAMMALN_WHY = (
    "the full Poisson negative log-likelihood: gammaln(y + 1) = log Γ(y + 1) = log y! is a constant in b (scipy."
    "special.gammaln); b is the coefficient vector of the lambda, X the m×n design matrix of the fitted terms"
)
_RPOIS_J = "sum(exp(X %*% beta) - y * X %*% beta)"
_RPOIS_WHY = (
    "pois.obj: the Poisson negative log-likelihood without the constant, Σ(e^{x⁽ⁱ⁾ᵀβ} − yᵢ x⁽ⁱ⁾ᵀβ); %*% is R's "
    "matrix product (y * X %*% beta multiplies elementwise after the product)"
)
_RHALF_J = '0.5 * norm(X %*% beta - y, type = "2") ** 2'
_RHALF_WHY = 'norm(v, type = "2") is the Euclidean norm of the column v, so this is ½‖Xβ − y‖²; no mean'
_RNORM2N_J = '(norm((Y - X%*%beta), type = "2")**2)/(2*nrow(X))'
_RNORM2N_WHY = "‖Y − Xβ‖²/(2m): norm(…, type = \"2\") is the Euclidean norm and nrow(X) the number of examples m"
_RLBFGS_J = "sum((Y - X %*% beta)^2)"
_RCROSS_J = "sum((y-x%*%beta)^2)"
_RCROSS_WHY = (
    "the script's data matrix is x (x <- matrix(rnorm(N * K), …), first column 1); its objective functions are "
    "the sum of squares, no mean, sum((y-x%*%beta)^2) in the Nelder–Mead section and crossprod(y-X%*%beta) in the "
    "L-BFGS one (the script never defines an X apart from x: X is read as x, the one data matrix)"
)
_JULIA_J = "1/(2*size(y,1)) * (X * θ - y)' * (X * θ - y)"
_JULIA_WHY = (
    "J = (1/(2m))(Xθ − y)ᵀ(Xθ − y), size(y,1) = m; the file returns it beside ∇ for descend(), which steps "
    "θ - α*∇"
)
_PT_J = "(1/(2*m)) * np.sum(alpha**2) + (lambda_/(2*m)) * np.sum(theta[1:]**2)"
_PT_LETS = ("alpha = h - y", "h = np.dot(X, theta)", "m = y.size")
_PT_WHY = (
    "alpha is the residual h − y here, not a learning rate; the penalty λ/(2m) Σ θ_k² leaves out theta[0], the "
    "intercept's parameter (Python, 0-based)"
)
_LINREG_J = "np.sum(np.square(h-y))/(2*m) + lambda_/(2*m) * np.sum(np.square(theta[1:]))"
_LINREG_WHY = (
    "linearRegCostFunction returns cost + reg with cost = np.sum(np.square(h-y))/(2*m) and reg = lambda_/(2*m) * "
    "np.sum(np.square(theta[1:])), written here as the one expression; theta[1:] leaves out theta[0], the "
    "intercept's parameter"
)
_HARADA_J = "1 / m * sum((-y .* log(sigmoid(X * theta))) - ((1 - y) .* log(1 - sigmoid(X * theta))))"
_HARADA_WHY = (
    "the mean cross-entropy, m = length(y), sigmoid the logistic function of the exercise; sum of the m×n matrix "
    "(…) .* X adds down the columns, a 1×n row"
)
_CV_J = r"\mathcal{L}(w) = \|y - Xw\|^2 + \lambda \|w\|^2"
_CV_WHY = "X ∈ ℝ^{l×n} is the data matrix (l examples), w ∈ ℝⁿ the weights: ridge with every w_k penalised, no mean"
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = (
    "the lecture's H is the matrix of input features (N × (D + 1)) and w the regression coefficients: the residual "
    "sum of squares plus λ‖w‖², every w_k penalised"
)
_EXPFAM_J = r"l(\beta) = \sum_{i=1}^{n}(y_i x_i\beta - e^{x_i\beta})"
_EXPFAM_LETS = (r"\mu_i = e^{x_i\beta}",)
_EXPFAM_WHY = (
    "the question writes l(y) = Σ(y_iθ_i − b(θ_i)) with θ_i = x_iβ, β a single parameter and μ_i = b'(θ_i) left "
    "generic; graded here in its Poisson case b(θ) = e^θ (μ_i = e^{x_iβ}), the cost written out by hand — the "
    "verdict does not depend on which b; x_i is the one feature of example i"
)
_GERON_J = (
    r"J(\boldsymbol{\theta}) = \frac{1}{m}\sum_{i=1}^{m}\left(\boldsymbol{\theta}^T\mathbf{x}^{(i)} - y^{(i)}\right)^2"
    r" + \alpha\frac{1}{2}\sum_{i=1}^{n}\theta_i^2"
)
_GERON_WHY = (
    "the issue quotes the book's Ridge cost in words (MSE plus α·½‖w‖², w = (θ₁ … θₙ), the bias θ₀ not "
    "penalised), written out here by hand; X_b is X with the column of ones for θ₀, theta a 2×1 column (θ₀, θ₁); "
    "the MSE gradient 2/m X_bᵀ(X_bθ − y) is right, the penalty's gradient is α(0, θ₁)ᵀ"
)
_LRGRAD_J = (
    r"L(\mathbf{w}) = -\sum_{i=1}^{n}\left[y_i \log \sigma(\mathbf{w}^T \mathbf{x}_i) + (1 - y_i)"
    r" \log(1 - \sigma(\mathbf{w}^T \mathbf{x}_i))\right]"
)
_LRGRAD_WHY = (
    "the post names L the negative log-likelihood of logistic regression without writing it: the summed "
    "cross-entropy, written here by hand in the post's names (σ the sigmoid, x_i the feature vector of sample i)"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f38-cv540478-min-loss-undefined-g-refused",
        source=CV540478 + ")",
        text=r"\text{min}_w\mathcal{L}_{\lambda}(w,S)=\text{min}\lambda\|w\|^2+\sum^l_{i=1}(y_i-g(x_i))^2",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="the line states a minimisation (min_w … = min …), not a cost, and g(x_i) is only 'the predicted value' "
        "— never written as a function of w on the page (its linearity only shows later, in X'Xw): which function "
        "of w is meant cannot be read from the text",
    ),
    Cost(
        id="f38-nemotron-cv-ridge-objective",
        source=NEMO_540478 + ", 'Starting from the objective function:')",
        text=_CV_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_CV_WHY,
    ),
    Cost(
        id="f38-qastack-flattened-logistic-loss-refused",
        source=QASTACK + ", '損失関数(…)は、次のように定義されます')",
        text="l(ω)=∑i=1m−(yilogσ(zi)+(1−yi)log(1−σ(zi)))",
        intended=None,
        wrt=("omega_j",),
        lets=("zi=ωTxi",),
        expect="refuse",
        why="the page's MathJax was flattened to text: z_i is defined as 'ωTxi', where the transpose superscript "
        "and the subscripts ran together (ω·T·x·i or ωᵀx_i only by guess), and '∑i=1m−(…' merges the limits with "
        "the sum's sign — genuinely ambiguous as written",
    ),
    # ============================================================ notes
    Cost(
        id="f38-uw-ridge-objective-H",
        source=NEMO_UW + ", '1. **Objective Function**')",
        text=_UW_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY,
    ),
    Cost(
        id="f38-zybuluo-flattened-subscripts-nll",
        source=ZYBULUO + ", 'Minimize loss function')",
        text="L(w)=−∑i=1N[yi(w⋅xi)−log(1+exp(w⋅xi))]",
        intended=_zybuluo_nll_w,
        wrt=("w_j",),
        why="the page's subscripts were flattened ('∑i=1N' is Σ_{i=1}^{N}, 'yi' and 'xi' are y_i and x_i) but no "
        "superscript was lost and w⋅xi is the dot product: −Σ[y_i(w·x_i) − log(1 + e^{w·x_i})], the logistic "
        "negative log-likelihood, summed; N examples, '−' is U+2212",
    ),
    # ============================================================ code
    Cost(
        id="f38-neuromatch-poisson-neg-loglik",
        source=NEUROMATCH + ": return -log_lik)",
        text="-log_lik",
        intended=_pois_nll_theta,
        wrt=("theta_j",),
        lets=("log_lik = y @ np.log(rate) - rate.sum()", "rate = np.exp(X @ theta)"),
        why="minus the Poisson log-likelihood without the constant: Σe^{x⁽ⁱ⁾·θ} − Σyᵢ log e^{x⁽ⁱ⁾·θ}; X is the full "
        "design matrix (a column of ones and the stimulus lags)",
    ),
    Cost(
        id="f38-scipy-poisson-lambda-b",
        source=SCIPYPOIS + ", fun=)",
        text=_POIS_SCIPY_J,
        intended=_pois_nll_w,
        wrt=("b_j",),
        why=_POIS_SCIPY_WHY,
    ),
    Cost(
        id="f38-scipy-poisson-gammaln-constant",
        source=GAMMALN + ", the objective lambda)",
        text=_POIS_GAMMALN_J,
        intended=_pois_nll_w_gammaln,
        wrt=("b_j",),
        why=_POIS_GAMMALN_WHY,
    ),
    Cost(
        id="f38-r-pois-obj",
        source=RPOIS + ", pois.obj)",
        text=_RPOIS_J,
        intended=_pois_nll_beta,
        wrt=("beta_j",),
        why=_RPOIS_WHY,
    ),
    Cost(
        id="f38-r-half-norm-squared",
        source=RHALFNORM + ", obj_old)",
        text=_RHALF_J,
        intended=_half_sse_beta,
        wrt=("beta_j",),
        why=_RHALF_WHY,
    ),
    Cost(
        id="f38-r-norm-squared-over-2nrow",
        source=RNORM2N + ", cost_new)",
        text=_RNORM2N_J,
        intended=_sse_over_2m_beta,
        wrt=("beta_j",),
        why=_RNORM2N_WHY,
    ),
    Cost(
        id="f38-r-lbfgs-sum-of-squares",
        source=RLBFGS + ", objfun_lb)",
        text=_RLBFGS_J,
        intended=_sse_beta,
        wrt=("beta_j",),
        why="the residual sum of squares, no mean; Y is the response vector",
    ),
    Cost(
        id="f38-r-crossprod-objective",
        source=RCROSS + ", objfun in the L-BFGS section)",
        text="crossprod(y-X%*%beta)",
        intended=_sse_beta,
        wrt=("beta_j",),
        why="crossprod(v) is R's t(v) %*% v, here the 1×1 residual sum of squares (y − Xβ)ᵀ(y − Xβ); " + _RCROSS_WHY,
    ),
    Cost(
        id="f38-julia-half-mean-quadratic-form",
        source=JULIA + ", J = …)",
        text=_JULIA_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why=_JULIA_WHY + "; ' is Julia's (adjoint) transpose",
    ),
    Cost(
        id="f38-pt-cost-residual-named-alpha",
        source=PTREG + ", J = …)",
        text=_PT_J,
        intended=_half_mean_sq_theta_tail_l2,
        wrt=("theta_j",),
        lets=_PT_LETS,
        why=_PT_WHY,
    ),
    Cost(
        id="f38-harada-octave-mean-ce",
        source=HARADA + ", J = …)",
        text=_HARADA_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why=_HARADA_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f38-julia-gradient-missing-1-over-m",
        source=JULIA + ", ∇ = …)",
        text="X' * (X * θ - y)",
        cost=_JULIA_J,
        verdict="different",
        wrt="theta_j",
        why="the gradient of J = (1/(2m))‖Xθ − y‖² is (1/m)Xᵀ(Xθ − y); the function returns m times it beside that "
        "J; " + _JULIA_WHY,
    ),
    Answer(
        id="f38-linreg-gradient-penalises-theta0",
        source=LINREGREG + ", linearRegGradient: return grad + reg)",
        text="grad + reg",
        cost=_LINREG_J,
        verdict="different",
        wrt="theta_j",
        lets=("grad = np.dot(X.T, (h-y))/m", "reg = (lambda_/m) * theta", "h = np.dot(X, theta)", "m = y.size"),
        why="the gradient adds (λ/m)θ to every component, theta[0] included, while the cost's penalty leaves "
        "theta[0] out: the first component is off by (λ/m)θ₀; " + _LINREG_WHY,
    ),
    Answer(
        id="f38-r-gd-grad-half-of-sse",
        source=RCROSS + ", '# Define the gradient function' grad)",
        text="t(x) %*% (X %*% beta - y)",
        cost=_RCROSS_J,
        verdict="different",
        wrt="beta_j",
        why="xᵀ(xβ − y) is half the gradient −2xᵀ(y − xβ) of the script's sum of squares (the same script's "
        "L-BFGS gradient has the 2); x and X name the one data matrix; " + _RCROSS_WHY,
    ),
    Answer(
        id="f38-ageron-487-alpha-theta-slice-broadcast",
        source=AGERON1 + ", gradients = …)",
        text="2/m * X_b.T.dot(X_b.dot(theta) - y) + alpha * theta[1:]",
        cost=_GERON_J,
        verdict="different",
        wrt="theta_j",
        why="theta[1:] is the 1×1 array [[θ₁]], which NumPy broadcasts over both rows: αθ₁ is added to θ₀'s "
        "component too, where the gradient has no penalty term; " + _GERON_WHY,
    ),
    Answer(
        id="f38-ageron2-510-alpha-theta-index-1",
        source=AGERON2 + ", gradients = …)",
        text="2/m*X_b.T.dot(X_b.dot(theta_ridge)-y) + alpha*theta_ridge[1]",
        cost=_GERON_J,
        verdict="different",
        wrt="theta_j",
        why="theta_ridge[1] is the row [θ₁], broadcast over the column: αθ₁ is added to θ₀'s component as well, "
        "where the gradient has no penalty term; theta_ridge is the issue's name for θ; " + _GERON_WHY,
    ),
    Answer(
        id="f38-expfam-asker-y-times-mu",
        source=NEMO_EXPFAM + ", the asker's 'and then, since it is known that db(θ_i)/dθ_i = μ_i')",
        text=r"\frac{dl(y)}{d\beta} = \sum{(y_ix_i - y_i\mu_i)}",
        cost=_EXPFAM_J,
        verdict="different",
        wrt="beta",
        lets=_EXPFAM_LETS,
        why="d b(x_iβ)/dβ = μ_i x_i, so the second term is x_iμ_i, not y_iμ_i (the answer: 'Be careful with "
        "notation. It should be … Σ(y_ix_i − x_iμ_i)'); " + _EXPFAM_WHY,
    ),
    # ============================================================ right as written
    Answer(
        id="f38-expfam-answer-xi-yi-minus-mui",
        source=NEMO_EXPFAM + ", the solution's 'It should be:')",
        text=r"\frac{dl(y)}{d\beta} = \sum_{i=1}^{n}(y_ix_i - x_i\mu_i) = \sum_{i=1}^{n}x_i(y_i - \mu_i)",
        cost=_EXPFAM_J,
        verdict="equivalent",
        wrt="beta",
        lets=_EXPFAM_LETS,
        why="Σx_i(y_i − μ_i), both sides of the equality; " + _EXPFAM_WHY,
    ),
    Answer(
        id="f38-nemotron-cv-ridge-gradient",
        source=NEMO_540478 + ", 'The derivative with respect to w is:')",
        text=r"\nabla_w \mathcal{L} = -2X'(y - Xw) + 2\lambda w",
        cost=_CV_J,
        verdict="equivalent",
        wrt="w_j",
        why="X' is the transpose; −2Xᵀ(y − Xw) + 2λw is the gradient; " + _CV_WHY,
    ),
    Answer(
        id="f38-uw-ridge-gradient",
        source=NEMO_UW + ", 'Therefore, the gradient of the total cost is:')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f38-lrgrad-nll-gradient-sum",
        source=NEMO_LRGRAD + ")",
        text=r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i) \mathbf{x}_i",
        cost=_LRGRAD_J,
        verdict="equivalent",
        wrt="w_j",
        why=_LRGRAD_WHY,
    ),
    Answer(
        id="f38-r-pois-grad",
        source=RPOIS + ", pois.grad)",
        text="t(X) %*% (exp(X %*% beta) - y)",
        cost=_RPOIS_J,
        verdict="equivalent",
        wrt="beta_j",
        why="Xᵀ(e^{Xβ} − y); " + _RPOIS_WHY,
    ),
    Answer(
        id="f38-scipy-poisson-jac",
        source=SCIPYPOIS + ", jac=)",
        text="X.T @ (np.exp(X @ b) - y)",
        cost=_POIS_SCIPY_J,
        verdict="equivalent",
        wrt="b_j",
        why="Xᵀ(e^{Xb} − y); " + _POIS_SCIPY_WHY,
    ),
    Answer(
        id="f38-scipy-poisson-gammaln-jac",
        source=GAMMALN + ", jac=)",
        text="X.T @ (np.exp(X @ b) - y)",
        cost=_POIS_GAMMALN_J,
        verdict="equivalent",
        wrt="b_j",
        why="the constant gammaln(y + 1) has no gradient, so Xᵀ(e^{Xb} − y) (the file asserts it vanishes at the "
        "optimum); " + _POIS_GAMMALN_WHY,
    ),
    Answer(
        id="f38-r-half-norm-grad",
        source=RHALFNORM + ", grad <- …)",
        text="t(X) %*% (X %*% beta - y)",
        cost=_RHALF_J,
        verdict="equivalent",
        wrt="beta_j",
        why="Xᵀ(Xβ − y), the gradient of ½‖Xβ − y‖²; " + _RHALF_WHY,
    ),
    Answer(
        id="f38-r-norm-2n-delta",
        source=RNORM2N + ", delta <- …)",
        text="(t(X) %*% (X %*% beta - Y)) / length(Y)",
        cost=_RNORM2N_J,
        verdict="equivalent",
        wrt="beta_j",
        why="(1/m)Xᵀ(Xβ − Y); length(Y) = nrow(X) = m; " + _RNORM2N_WHY,
    ),
    Answer(
        id="f38-r-lbfgs-grad-times-2",
        source=RLBFGS + ", grad_lb)",
        text="t(X) %*% (X %*% beta - Y) * 2",
        cost=_RLBFGS_J,
        verdict="equivalent",
        wrt="beta_j",
        why="2Xᵀ(Xβ − Y), the gradient of the residual sum of squares",
    ),
    Answer(
        id="f38-r-crossprod-gradient",
        source=RCROSS + ", '# Gradient of our objective function' gradient)",
        text="as.vector(-2*t(x)%*%(y-x%*%beta))",
        cost=_RCROSS_J,
        verdict="equivalent",
        wrt="beta_j",
        why="−2xᵀ(y − xβ), as a plain vector (as.vector); " + _RCROSS_WHY,
    ),
    Answer(
        id="f38-r-q3b-two-over-n",
        source=RQ3B + ")",
        text="(2/n) * (t(X) %*% (X %*% beta - Y))",
        cost=r"\frac{1}{n}\sum_{i=1}^{n}\left(x_i^T\beta - Y_i\right)^2",
        verdict="equivalent",
        wrt="beta_j",
        lets=("n = length(Y)",),
        why="the file gives no cost: (2/n)Xᵀ(Xβ − Y) is the gradient of the mean squared error, written here by "
        "hand (x_iᵀ the i-th row of X = cbind(1, X1, X2, X3), n the number of examples)",
    ),
    Answer(
        id="f38-r-chinese-lm-cost-grad",
        source=RCHN + ", gradient <- …)",
        text="(1/n) * (t(X) %*% (X %*% beta - y))",
        cost="sum((X %*% beta - y)^2) / (2 * n)",
        verdict="equivalent",
        wrt="beta_j",
        lets=("n = length(y)",),
        why="(1/n)Xᵀ(Xβ − y), the gradient of lm.cost = ‖Xβ − y‖²/(2n); X = cbind(1, x) ('t(): 转置矩阵', the "
        "transpose)",
    ),
    Answer(
        id="f38-harada-octave-row-gradient",
        source=HARADA + ", grad = …)",
        text="1 / m * sum((sigmoid(X * theta) - y) .* X)",
        cost=_HARADA_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="component k: (1/m)Σᵢ(σ(x⁽ⁱ⁾ᵀθ) − yᵢ)x_k⁽ⁱ⁾, the cost's gradient as a row; " + _HARADA_WHY,
    ),
    Answer(
        id="f38-uvacoder-js-gradient",
        source=UVA + ", compute_gradient: gradient = math.divide(gradient,m))",
        text="math.divide(gradient,m)",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        lets=(
            "gradient = math.multiply(math.transpose(X),error)",
            "error = math.subtract(h,y)",
            "h_val = math.dot( X[i], theta)",
            "m = y.length",
        ),
        why="(1/m)Xᵀ(h − y); cost_function is math.sum(error_squared) / 2 / m, error_squared the squares of h − y, "
        "i.e. 1/(2m)Σ(h − y)² with h = X[i]·theta: the linear preset; the m in compute_gradient is the global set "
        "by cost_function (m = y.length)",
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f38-julia-gradient-with-1-over-m-variant",
        source=JULIA + ", ∇ with the 1/m its J implies — a variant)",
        text="1/size(y,1) * X' * (X * θ - y)",
        cost=_JULIA_J,
        verdict="equivalent",
        wrt="theta_j",
        why="variant: (1/m)Xᵀ(Xθ − y) is the gradient of J; " + _JULIA_WHY,
    ),
    Answer(
        id="f38-r-pois-grad-sign-flipped-variant",
        source=RPOIS + ", pois.grad with y and exp(…) swapped — a variant)",
        text="t(X) %*% (y - exp(X %*% beta))",
        cost=_RPOIS_J,
        verdict="different",
        wrt="beta_j",
        why="variant: Xᵀ(y − e^{Xβ}) is the score of the log-likelihood, minus the gradient of pois.obj (its "
        "negative); " + _RPOIS_WHY,
    ),
    Answer(
        id="f38-scipy-poisson-jac-mean-variant",
        source=SCIPYPOIS + ", jac divided by len(y) — a variant)",
        text="X.T @ (np.exp(X @ b) - y) / len(y)",
        cost=_POIS_SCIPY_J,
        verdict="different",
        wrt="b_j",
        why="variant: the objective is a sum, not a mean; dividing by m gives 1/m of its gradient; " + _POIS_SCIPY_WHY,
    ),
    Answer(
        id="f38-r-norm-2n-delta-half-variant",
        source=RNORM2N + ", delta with length(Y) doubled — a variant)",
        text="(t(X) %*% (X %*% beta - Y)) / (2*length(Y))",
        cost=_RNORM2N_J,
        verdict="different",
        wrt="beta_j",
        why="variant: the 2 of the square cancels the 2 of 2·nrow(X); this keeps it, half the gradient; "
        + _RNORM2N_WHY,
    ),
    Answer(
        id="f38-harada-octave-gradient-with-lambda-variant",
        source=HARADA + ", grad with a penalty term the cost lacks — a variant)",
        text="1 / m * sum((sigmoid(X * theta) - y) .* X) + lambda / m * theta'",
        cost=_HARADA_J,
        verdict="different",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="variant: costFunction.m has no penalty (that is costFunctionReg.m), so (λ/m)θ does not belong; "
        + _HARADA_WHY,
    ),
    Answer(
        id="f38-nemotron-cv-ridge-gradient-penalty-no-2-variant",
        source=NEMO_540478 + ", the gradient with 2λw written λw — a variant)",
        text=r"\nabla_w \mathcal{L} = -2X'(y - Xw) + \lambda w",
        cost=_CV_J,
        verdict="different",
        wrt="w_j",
        why="variant: λ‖w‖² has gradient 2λw; " + _CV_WHY,
    ),
    Answer(
        id="f38-uw-ridge-gradient-without-lambda-variant",
        source=NEMO_UW + ", the total with the lecture's 'gradient of the model complexity term is 2w' — a variant)",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: 2w is the gradient of wᵀw alone; the cost weighs it by λ, so the penalty's gradient is 2λw; "
        + _UW_WHY,
    ),
    Answer(
        id="f38-lrgrad-nll-gradient-missing-x-variant",
        source=NEMO_LRGRAD + ", with the factor x_i dropped — a variant)",
        text=r"\nabla_{\mathbf{w}} L = \sum_{i=1}^{n} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i)",
        cost=_LRGRAD_J,
        verdict="different",
        wrt="w_j",
        why="variant: the chain rule's ∂(wᵀx_i)/∂w = x_i is missing; this is the derivative by a bias, not by w; "
        + _LRGRAD_WHY,
    ),
]

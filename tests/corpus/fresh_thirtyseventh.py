r"""A fresh held-out wave (f37): a mix as a random draw would give it — Q&A, notes and code, in English and Chinese.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* Q&A: a Stack Overflow mirror (whosebug.com) whose one-step gradient descent for θ₀ + θ₁x writes both partial
  derivatives as generator sums; Math Stack Exchange mirrors (math.techqa.club) on the gradient of (Ax − b)ᵀ(Ax − b),
  ‖Ax − b‖² and ½‖Ax − b‖²₂ — an asker's "known" A^TAx − A^Tb that lacks the 2, the corrected 2Aᵀ(Ax − b), the
  transposed 2(Ax − b)ᵀA; a DeepLearning.AI forum thread ('Need help for intuition!') with db and the mentor's dw in
  the course's n×m layout; an intellipaat question whose 'gradient' of the RSS of w₀ + w₁x is minus half of it;
* notes: a regularized linear regression post (napitupulu-jon, via a stored copy) with its cost and ∂J/∂θⱼ; a Ruby /
  Matlab blog on Fisher scoring whose log-likelihood leaves a parenthesis open and whose dl is its gradient as a row;
  a Chinese ridge note whose superscripts were flattened into '(Xθ-Y)2' (refused);
* code: an EPFL-style penalized logistic regression whose penalty gradient is multiplied by 0, and a sibling whose
  penalty and gradient agree; a linear/logistic file whose sigmoid is e^t/(1+e^t); a Cost/dCost pair where Cost is the
  log-likelihood and dCost the gradient of its negative; an R cost written for optim with X%*%-beta; an R logistic
  cost that forgets the second log; an R Poisson score t(X)%*%(y - mu); Octave lrCostFunction (row-vector gradient),
  an Octave gradient-descent loop whose 'cost' is X'(Xθ − y), and an Octave test file's comment '1/2m * sum(…)'; a
  NumPy logistic file built on np.vectorize.

Names follow the sources: a one-feature model θ₀ + θ₁x is theta0/theta1 with the feature x (judge.py's _Data: ``W_0``
and ``W_1`` are theta0 and theta1 too); weight vectors named ``w`` are ``w``, ``beta`` is ``beta``, ``theta`` is
``theta``; code's ``tx`` is the m×n data matrix X; ``lambda``, ``lambda_`` and λ are λ. Where a source gives no cost
for an answer it is written out by hand in the source's own names and ``why`` says so. About half the answers are
wrong; the real mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were
worked out by hand and checked against finite differences of the intended costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
WHOSEBUG = (
    "https://whosebug.com/question/2150669/Gradient-Descent-diverges-learning-rate-too-high (mirror of a Stack "
    "Overflow question 'Gradient Descent diverges, learning rate too high', the question's '# one step of GD'"
)
TQ_DERIV = (
    "https://math.techqa.club/help-me-to-derive-the-derivative-for-ax-b-t-ax-b-1887688 (mirror of a Math Stack "
    "Exchange question 'Help me to derive the derivative for (Ax-b)^T(Ax-b)'"
)
TQ_GRAD = (
    "https://math.techqa.club/what-is-the-gradient-of-ax-b-2-4765085 (mirror of a Math Stack Exchange question "
    "'what is the gradient of ||Ax -b||^2?'"
)
TQ_HALF = (
    "https://math.techqa.club/how-is-multiplying-a-by-a-transpose-related-to-the-gradient-in-the-least-squares-"
    "problem-3004097 (mirror of a Math Stack Exchange question on the gradient of ½‖Ax − b‖²₂"
)
DLAI = (
    "https://community.deeplearning.ai/t/need-help-for-intuition/116870 (DeepLearning.AI community, 'Need help for "
    "intuition!'"
)
INTELLI = (
    "https://intellipaat.com/community/10711/simple-linear-regression-in-python (intellipaat community question "
    "'Simple Linear Regression in Python', the asker's code"
)
NAPI = (
    NEMOTRON + " (stored copy of the post 'Regularized Linear Regression', 2018-04-05, tags Coursera / Linear "
    "Regression / Regularization, of http://napitupulu-jon.appspot.com/posts/regularized-linear-regression.html"
)
MONOTONE = (
    "https://blog.monotone.dev/ruby/2014/10/22/implement-logistic-regression-using-fisher-scoring.html (blog "
    "'Implement logistic regression using Fisher scoring'"
)
BAIHONGYU = "http://ooqqp.baihongyu.com (Chinese note on the ridge normal equation, '正则化损失函数:'"
EPFLZERO = (
    "public code index file 2517857040 (Python, calculate_loss_lr / calculate_gradient_lr / "
    "penalized_logistic_regression; the index does not name its repository"
)
EPFLSUM = (
    "public code index file 31433699280 (Python, calculate_loss / calculate_reg_logistic_gradient / "
    "reg_logistic_regression; the index does not name its repository"
)
EXPSIG = (
    "public code index file 30314655033 (Python, compute_loss_linear / compute_gradient / calculate_loss_logistic, "
    "sigmoid(t) = np.exp(t) / (1 + np.exp(t)); the index does not name its repository"
)
DCOST = (
    "public code index file 40952729494 (Python, 'def Cost(X, y, beta):  # cost function' and 'def dCost(X, y, p): "
    "# derivative of cost function'; the index does not name its repository"
)
ROPTIM = (
    "public code index file 33964014967 (R, '# Cost Function' cost <- function( beta ) passed to optim; the index "
    "does not name its repository"
)
TSCHEYS = "github:tscheys/ImplementLinearRegression (R, implementLogisticRegresison.R, getCost"
RPOIS = (
    "public code index file 34656381117 (R, Poisson <- function(y, X, beta) returning f, u, H; the index does not "
    "name its repository"
)
KOLMISI = "github:kolmisi/ML_scripts (Octave, ex3/lrCostFunction.m"
NASTRA = "github:nastra/machine-learning-stanford (Octave, mlclass-ex1/gradientDescent.m"
DNUFFER = "github:dnuffer/dpcode (Octave, linear_regression_compute_cost/octave/start.m, the help comment"
VECTORIZE = (
    "public code index file 43257511294 (Python, g = np.vectorize(lambda x: 1 / (1 + np.exp(-x))), cost_function "
    "and grad; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_mean_w_plus_lam_ww(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y))) + d.lam * float(d.w @ d.w)


def _ce_sum_w_plus_lam_ww(d):
    return -float(np.sum(_ll(sig(d.X @ d.w), d.y))) + d.lam * float(d.w @ d.w)


def _half_mean_sq_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(np.mean(r * r))


def _ce_mean_w(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y)))


def _loglik_softplus_beta(d):
    s = d.X @ d.beta
    return float(np.sum(d.y * s - np.log1p(np.exp(s))))


def _ce_sum_beta(d):
    return -float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _tscheys_missing_log(d):
    g = sig(d.X @ d.theta)
    return float(-(d.y @ np.log(g)) - (1 - g) @ (1 - d.y))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ce_mean_theta_tail_l2(d):
    tail = d.theta[1:]
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam / (2 * d.m) * float(tail @ tail)


def _half_mean_sq_theta_l2(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _ce_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _loglik_sum_theta(d):
    return float(np.sum(_ll(sig(d.X @ d.theta), d.y)))


def _rss_theta01(d):
    r = d.y - (d.theta0 + d.theta1 * d.x)
    return float(r @ r)


# ------------------------------------------------------------------ texts the items share
_EPFL_LETS = (
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w).reshape((tx.shape[0],)))",
    "sigmoid(t) = 1.0 / (1 + np.exp(-t))",
)
_EPFLZERO_J = "calculate_loss_lr(y, tx, w) + lambda_ * np.squeeze(w.T.dot(w))"
_EPFLZERO_LETS = (
    "calculate_loss_lr(y, tx, w) = np.squeeze(- loss) * 1/len(y)",
    "calculate_gradient_lr(y, tx, w) = tx.T.dot(pred - y) * 1/len(y)",
) + _EPFL_LETS
_EPFLZERO_WHY = (
    "penalized_logistic_regression: the mean cross-entropy (calculate_loss_lr divides by len(y)) plus λ‖w‖², every "
    "w_k penalised; tx is the m×n data matrix"
)
_EPFLSUM_J = "calculate_loss(y, tx, w) + lambda_ * np.squeeze(w.T.dot(w))"
_EPFLSUM_LETS = (
    "calculate_loss(y, tx, w) = np.squeeze(- loss)",
    "calculate_reg_logistic_gradient(y, tx, w) = tx.T.dot(pred - y)",
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
    "sigmoid(t) = 1/(1+np.exp(-t))",
)
_EPFLSUM_WHY = (
    "reg_logistic_regression's loss: the summed cross-entropy (no mean) plus λ‖w‖², every w_k penalised; tx is the "
    "m×n data matrix"
)
_EXPSIG_LIN = "1/2 * np.mean((y - y_predicted) ** 2)"
_EXPSIG_LOG = "np.squeeze(-loss).item() * (1 / y.shape[0])"
_EXPSIG_LOG_LETS = (
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
    "sigmoid(t) = np.exp(t) / (1 + np.exp(t))",
)
_EXPSIG_LOG_WHY = (
    "calculate_loss_logistic: the mean cross-entropy; the file's sigmoid is written e^t/(1 + e^t), the same "
    "function as 1/(1 + e^{−t}); tx is the m×n data matrix"
)
_DCOST_J = "np.sum(y*scores - np.log(1 + np.exp(scores)) )"
_DCOST_LETS = (
    "scores = np.dot(X, beta)",
    "p = sigmoid(np.dot(X, beta))",
    "sigmoid(scores) = 1 / (1 + np.exp(-scores))",
)
_DCOST_WHY = (
    "Cost(X, y, beta) is the logistic log-likelihood Σ[y s − log(1 + e^s)], s = Xβ, a quantity to maximise, although "
    "the file names it '# cost function'; p = sigmoid(np.dot(X, beta)) as in its training loop"
)
_KOL_J = (
    "(1/m)*sum( -y.*log(sigmoid(X*theta)) - (1-y).*log(1 - sigmoid(X*theta) ) ) + "
    "(lambda/(2*m))*sum(theta(2:length(theta)).^2)"
)
_KOL_WHY = (
    "Octave, 1-based: theta(2:length(theta)) leaves the first parameter (the intercept's) out of the penalty; "
    "m = length(y); sum of the m×n matrix (sigmoid(X*theta) - y).*X adds down the columns, a 1×n row (grad(:) makes "
    "it a column afterwards)"
)
_WB_J = r"J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x_i - y_i)^2"
_WB_WHY = (
    "the question gives no cost: a step theta - alpha * (…)/len(X) descends J = 1/(2m)Σ(θ₀ + θ₁x − y)², written "
    "here by hand in the question's names; X, Y are the m points, len(X) = m, theta[0] and theta[1] are θ₀ and θ₁"
)
_TQ_WHY = "x is the parameter vector here, A the data matrix and b the targets (Ax ≈ b, least squares)"
_DLAI_J = (
    r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]"
)
_DLAI_LETS = ("dZ = A - Y", "A = g(Z)", "Z = w.TX + b", "a^{(i)} = g(w^Tx^{(i)} + b)", "g(z) = 1/(1+e^{-z})")
_DLAI_WHY = (
    "the thread gives no cost: the course's mean cross-entropy, written here by hand (a⁽ⁱ⁾ the sigmoid output, g the "
    "sigmoid); in the course's layout X is n_x × m (one column per example) and 'w.TX' is the poster's wᵀX"
)
_NAPI_J = (
    r"J(\theta) = \frac{1}{2m} \left( \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2 + \lambda \sum_{j=1}^{n} "
    r"\theta_j^2 \right)"
)
_NAPI_WHY = (
    "the regularized half-mean squared error; h_θ(x) = θᵀx, the course's linear hypothesis (not restated in the "
    "post), and the penalty covers θ₁…θₙ, the parameters of the n features"
)
_MONO_J = r"l(\theta) = \sum\limits_{i=1}^{m}[y^{(i)}ln\ h(x^{(i)}) + (1 - y^{(i)})ln(1 - h(x^{(i)})]"
_MONO_LETS = (r"h(x^{(i)}) = \frac{1}{1 + e^{-\theta^Tx^{(i)}}}",)
_MONO_WHY = (
    "the logistic log-likelihood, summed, to maximise (the post maximises it by Newton's method); the page leaves "
    "the parenthesis of ln(1 - h(x^{(i)}) open before ']', kept verbatim; h is the sigmoid of θᵀx⁽ⁱ⁾; X is m×n, "
    "one row per sample"
)
_INT_J = "sum((y-(W[0][0]+W[1][0]*x))**2 for x,y in zip(X,Y))"
_INT_WHY = (
    "RSS(X,Y,W): the residual sum of squares of the one-feature line W[0][0] + W[1][0]·x (intercept w0, slope w1; "
    "W = np.array([w0,w1]).reshape(2,1)), X the one feature (square feet) and Y the prices; W[0][0] and W[1][0] are "
    "the intercept θ₀ and the slope θ₁"
)
_VEC_J = (
    "(1 / m) * ((-y.T).dot(np.log(h(X, theta)))\n"
    "                   - ((1 - y).T).dot(np.log(1 - h(X, theta))))"
)
_VEC_LETS = ("m = len(y)", "h(X, theta) = g(X.dot(theta))", "g(x) = 1 / (1 + np.exp(-x))")
_VEC_WHY = (
    "cost_function: the mean cross-entropy, written over two lines as in the file; g is "
    "np.vectorize(lambda x: 1 / (1 + np.exp(-x))), the sigmoid"
)
_RPOIS_J = r"\sum_{i=1}^{n}\left(y_i x_i^T\beta - e^{x_i^T\beta}\right)"
_RPOIS_WHY = (
    "the function returns f <- dpois(y, mu), the Poisson likelihood with mu <- exp(X%*%beta), and u, its score: the "
    "cost is the Poisson log-likelihood, written here by hand without the constant −Σ log yᵢ!; %*% is R's matrix "
    "product"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f37-intellipaat-rss-generator-W00-W10",
        source=INTELLI + ", def RSS(X,Y,W): return …)",
        text=_INT_J,
        intended=_rss_theta01,
        wrt=("W_0", "W_1"),
        why="the residual sum of squares, no mean; " + _INT_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f37-napitupulu-regularized-linear",
        source=NAPI + ", 'The regularized cost function can be expressed as')",
        text=_NAPI_J,
        intended=_half_mean_sq_theta_l2,
        wrt=("theta_j",),
        why=_NAPI_WHY,
    ),
    Cost(
        id="f37-monotone-loglik-open-paren",
        source=MONOTONE + ", 'We have log likelihood of logistic regression')",
        text=_MONO_J,
        intended=_loglik_sum_theta,
        wrt=("theta_j",),
        lets=_MONO_LETS,
        why=_MONO_WHY,
    ),
    Cost(
        id="f37-baihongyu-flattened-squares-refused",
        source=BAIHONGYU + ")",
        text="J(θ) = 1/2(Xθ-Y)2+1/2λθ2",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="the page's superscripts were flattened: '(Xθ-Y)2' and 'λθ2' are squares (‖Xθ − Y‖², ‖θ‖²) only by "
        "guess — as written they read as products with 2, and 1/2(…) is itself ambiguous: genuinely ambiguous",
    ),
    # ============================================================ code
    Cost(
        id="f37-epfl-penalized-mean-ce-plus-lam-ww",
        source=EPFLZERO + ", penalized_logistic_regression: loss = …)",
        text=_EPFLZERO_J,
        intended=_ce_mean_w_plus_lam_ww,
        wrt=("w_j",),
        lets=_EPFLZERO_LETS[:1] + _EPFL_LETS,
        why=_EPFLZERO_WHY,
    ),
    Cost(
        id="f37-epfl-reg-summed-ce-plus-lam-ww",
        source=EPFLSUM + ", reg_logistic_regression: loss = …)",
        text=_EPFLSUM_J,
        intended=_ce_sum_w_plus_lam_ww,
        wrt=("w_j",),
        lets=_EPFLSUM_LETS[:1] + _EPFLSUM_LETS[2:],
        why=_EPFLSUM_WHY,
    ),
    Cost(
        id="f37-expsig-half-mean-squared",
        source=EXPSIG + ", compute_loss_linear)",
        text=_EXPSIG_LIN,
        intended=_half_mean_sq_w,
        wrt=("w_j",),
        lets=("y_predicted = tx.dot(w)",),
        why="½ times the mean squared error; tx is the m×n data matrix",
    ),
    Cost(
        id="f37-expsig-mean-ce-exp-over-one-plus-exp",
        source=EXPSIG + ", calculate_loss_logistic)",
        text=_EXPSIG_LOG,
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_EXPSIG_LOG_LETS,
        why=_EXPSIG_LOG_WHY,
    ),
    Cost(
        id="f37-dcost-loglik-named-cost",
        source=DCOST + ", Cost)",
        text=_DCOST_J,
        intended=_loglik_softplus_beta,
        wrt=("beta_j",),
        lets=_DCOST_LETS[:1],
        why=_DCOST_WHY,
    ),
    Cost(
        id="f37-r-optim-summed-ce-minus-beta",
        source=ROPTIM + ")",
        text="sum(w)",
        intended=_ce_sum_beta,
        wrt=("beta_j",),
        lets=("w = -(Y*log(p)) - (1-Y)*(log(1-p))", "p = 1 / (1+exp(X%*%-beta))", "Y = as.matrix(y)"),
        why="the summed cross-entropy (no mean); X%*%-beta is X times −β, so p = 1/(1 + e^{−Xβ}) is the sigmoid of "
        "Xβ; the local w is the vector of per-example losses, not a weight vector",
    ),
    Cost(
        id="f37-tscheys-r-cost-missing-second-log",
        source=TSCHEYS + ": return(…))",
        text="log(g) %*% -y - (1 - g) %*% (1-y)",
        intended=_tscheys_missing_log,
        wrt=("theta_j",),
        lets=("g = sigmoid(theta,X)", "sigmoid(theta, X) = 1/(1+exp(-t(theta) %*% X))", "X = t(X)"),
        why="read as written: −Σ y log g − Σ (1 − g)(1 − y) — the second term has (1 - g) where the cross-entropy "
        "has log(1 - g); getCost first transposes X (X = t(X)), so t(theta) %*% X is the row of scores θᵀx⁽ⁱ⁾ and g "
        "the sigmoid of Xθ in the m×n layout; no mean",
    ),
    Cost(
        id="f37-kolmisi-lrcostfunction",
        source=KOLMISI + ", J = …)",
        text=_KOL_J,
        intended=_ce_mean_theta_tail_l2,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why="the mean cross-entropy plus λ/(2m) Σ θ_k² over all but the first parameter; " + _KOL_WHY,
    ),
    Cost(
        id="f37-dnuffer-half-2m-comment",
        source=DNUFFER + ", '%   The cost is …')",
        text="1/2m * sum((X * theta - y)^2)",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why="'1/2m' is 1/(2m): the file's own test, scratch([10 20; 300 400], [5; 50], [5; 2]) = 1267431.25 = "
        "(85² + 2250²)/4 with m = 2, says so; ^2 squares each residual (a comment, not Octave's matrix power); m is "
        "the number of examples",
    ),
    Cost(
        id="f37-vectorize-mean-ce-two-lines",
        source=VECTORIZE + ", cost_function: J = …)",
        text=_VEC_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_VEC_LETS,
        why=_VEC_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f37-epfl-penalty-gradient-times-zero",
        source=EPFLZERO + ", penalized_logistic_regression: gradient = …)",
        text="calculate_gradient_lr(y, tx, w) + 2 * lambda_ * w*0",
        cost=_EPFLZERO_J,
        verdict="different",
        wrt="w_j",
        lets=_EPFLZERO_LETS,
        why="the penalty's gradient 2λw is multiplied by 0, so the answer is the gradient of the unpenalised mean "
        "cross-entropy while the loss it returns keeps λ‖w‖²; " + _EPFLZERO_WHY,
    ),
    Answer(
        id="f37-dcost-gradient-of-minus-cost",
        source=DCOST + ", dCost, used as 'beta -= l_rate * gradient')",
        text="- np.dot(X.T, y - p)",
        cost=_DCOST_J,
        verdict="different",
        wrt="beta_j",
        lets=_DCOST_LETS,
        why="Xᵀ(p − y) is the gradient of the negative log-likelihood; the file's Cost is the log-likelihood itself, "
        "whose gradient is Xᵀ(y − p): opposite sign (the descent loop minimises −Cost); " + _DCOST_WHY,
    ),
    Answer(
        id="f37-nastra-octave-cost-is-m-times-gradient",
        source=NASTRA + ", 'cost = X' * (X * theta - y);' then 'theta = theta - ((alpha/m) * cost);')",
        text="X' * (X * theta - y)",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        why="the exercise's J is 1/(2m)Σ(h − y)² (computeCost), whose gradient is (1/m)X'(Xθ − y): this is m times "
        "it — the loop divides by m in the update, but the expression itself is not ∇J; X' is the transpose",
    ),
    Answer(
        id="f37-intellipaat-gd-intercept-is-minus-half",
        source=INTELLI + ", gradient_decend: gd=[sum(…), …], the intercept entry; used as W=W+((2*n)*gd))",
        text="sum(y-(intercept+slope*x) for x,y in zip(X,Y))",
        cost=_INT_J,
        verdict="different",
        wrt="W_0",
        lets=("intercept = W[0][0]", "slope = W[1][0]"),
        why="∂RSS/∂w0 = −2Σ(y − (w0 + w1x)): the entry is minus half of it (the update W + 2n·gd makes up both "
        "factors, but as a gradient of RSS the sign and the 2 are wrong); " + _INT_WHY,
    ),
    Answer(
        id="f37-techqa-known-derivative-missing-2",
        source=TQ_DERIV + ", 'I know the derivative of (Ax-b)^T(Ax-b) is …')",
        text="A^TAx-A^Tb",
        cost="(Ax-b)^T(Ax-b)",
        verdict="different",
        wrt="x_j",
        why="the derivative is 2AᵀAx − 2Aᵀb (the accepted correction: 'The expected answer is wrong to begin with, "
        "it should be 2(A^TAx-A^Tb)'); this is half of it; " + _TQ_WHY,
    ),
    # ============================================================ right as written
    Answer(
        id="f37-epfl-reg-gradient-summed",
        source=EPFLSUM + ", reg_logistic_regression: gradient = …)",
        text="calculate_reg_logistic_gradient(y, tx, w) + 2 * lambda_ * w",
        cost=_EPFLSUM_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPFLSUM_LETS[1:],
        why="Xᵀ(σ(Xw) − y) + 2λw, the gradient of the summed cross-entropy plus λ‖w‖²; " + _EPFLSUM_WHY,
    ),
    Answer(
        id="f37-expsig-linear-gradient",
        source=EXPSIG + ", compute_gradient)",
        text="-1/N * tx.T.dot(y - tx.dot(w))",
        cost=_EXPSIG_LIN,
        verdict="equivalent",
        wrt="w_j",
        lets=("N = y.shape[0]", "y_predicted = tx.dot(w)"),
        why="−(1/N)Xᵀ(y − Xw) = (1/N)Xᵀ(Xw − y), the gradient of ½·mean((y − Xw)²); N = m",
    ),
    Answer(
        id="f37-expsig-logistic-gradient",
        source=EXPSIG + ", calculate_gradient: ret = …)",
        text="(1/y.shape[0])*tx.T.dot(pred-y)",
        cost=_EXPSIG_LOG,
        verdict="equivalent",
        wrt="w_j",
        lets=_EXPSIG_LOG_LETS,
        why="(1/m)Xᵀ(σ(Xw) − y); " + _EXPSIG_LOG_WHY,
    ),
    Answer(
        id="f37-r-poisson-score",
        source=RPOIS + ", u <- …)",
        text="t(X)%*%(y - mu)",
        cost=_RPOIS_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=("mu = exp(X%*%beta)",),
        why="Xᵀ(y − e^{Xβ}), the score (gradient) of the Poisson log-likelihood; " + _RPOIS_WHY,
    ),
    Answer(
        id="f37-kolmisi-row-gradient",
        source=KOLMISI + ", grad = …)",
        text="(1/m)*sum( (sigmoid(X*theta) - y).*X) + [0 (lambda/m)*theta(2:length(theta))']",
        cost=_KOL_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="component k: (1/m)Σᵢ(σ(x⁽ⁱ⁾ᵀθ) − yᵢ)x_k⁽ⁱ⁾, plus (λ/m)θ_k for every k but the first — the cost's "
        "gradient, as a row; " + _KOL_WHY,
    ),
    Answer(
        id="f37-whosebug-dtheta0",
        source=WHOSEBUG + ", theta0 = theta[0] - alpha * …)",
        text="sum( theta[0]+theta[1]*x-y    for x,y in zip(X,Y))/len(X)",
        cost=_WB_J,
        verdict="equivalent",
        wrt="theta_0",
        why="(1/m)Σ(θ₀ + θ₁x − y) = ∂J/∂θ₀; " + _WB_WHY,
    ),
    Answer(
        id="f37-whosebug-dtheta1",
        source=WHOSEBUG + ", theta1 = theta[1] - alpha * …)",
        text="sum((theta[0]+theta[1]*x-y)*x for x,y in zip(X,Y))/len(X)",
        cost=_WB_J,
        verdict="equivalent",
        wrt="theta_1",
        why="(1/m)Σ(θ₀ + θ₁x − y)x = ∂J/∂θ₁; " + _WB_WHY,
    ),
    Answer(
        id="f37-dlai-db",
        source=DLAI + ", the poster's 'db = 1/m * sum(dZ)')",
        text="db = 1/m * sum(dZ)",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="b",
        lets=_DLAI_LETS,
        why="(1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾) = ∂J/∂b; " + _DLAI_WHY,
    ),
    Answer(
        id="f37-dlai-mentor-dw",
        source=DLAI + ", the mentor's reply 'the formula for dw in mathematical terms is this:')",
        text=r"dw = \displaystyle \frac {1}{m} X \cdot (A - Y)^T",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_DLAI_LETS[1:],
        why="(1/m)X(A − Y)ᵀ with X n_x × m: component j is (1/m)Σᵢ x_j⁽ⁱ⁾(a⁽ⁱ⁾ − y⁽ⁱ⁾) = ∂J/∂w_j; " + _DLAI_WHY,
    ),
    Answer(
        id="f37-napitupulu-dJ-dtheta-j",
        source=NAPI + ", 'For θ_j where j ≥ 1')",
        text=(
            r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
            r"y^{(i)} \right) x_j^{(i)} + \frac{\lambda}{m} \theta_j"
        ),
        cost=_NAPI_J,
        verdict="equivalent",
        wrt="theta_j",
        why=_NAPI_WHY,
    ),
    Answer(
        id="f37-monotone-dl-row",
        source=MONOTONE + ", function theta = newton(X, y, theta): dl = …)",
        text="(y - sigmoid(X * theta))' * X",
        cost=_MONO_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_MONO_LETS,
        why="(y − σ(Xθ))ᵀX, a row whose k-th entry is Σᵢ(yᵢ − h(x⁽ⁱ⁾))x_k⁽ⁱ⁾ = ∂l/∂θ_k (the code transposes it, "
        "dl', in the Newton step); sigmoid is h's function; " + _MONO_WHY,
    ),
    Answer(
        id="f37-techqa-corrected-2AT-Ax-b",
        source=TQ_DERIV + ", the asker's edit, last line of the corrected derivation)",
        text="2A^T(Ax-b)",
        cost="(Ax-b)^T(Ax-b)",
        verdict="equivalent",
        wrt="x_j",
        why=_TQ_WHY,
    ),
    Answer(
        id="f37-techqa-transposed-gradient",
        source=TQ_GRAD + ", the second of the two gradients the question compares)",
        text="2(Ax - b)^T A",
        cost="||Ax - b||^2",
        verdict="equivalent",
        wrt="x_j",
        why="the transpose of 2Aᵀ(Ax − b): a row with the same entries, so each component ∂/∂x_j is right (the "
        "question's worry is only the layout); " + _TQ_WHY,
    ),
    Answer(
        id="f37-techqa-half-norm-AT-Ax-b",
        source=TQ_HALF + ", the textbook's gradient quoted in the question)",
        text=r"\nabla_\textbf{x}f(\textbf{x}) = \textbf{A}^T(\textbf{Ax} - \textbf{b})",
        cost=r"f(\textbf{x}) = \frac{1}{2} || \textbf{Ax - b} ||_2^2",
        verdict="equivalent",
        wrt="x_j",
        why="the ½ cancels the 2 of the square; \\textbf{Ax} is the bold product A·x; " + _TQ_WHY,
    ),
    Answer(
        id="f37-vectorize-grad",
        source=VECTORIZE + ", grad: grad = …)",
        text="(1 / m) * (X.T).dot(h(X, theta) - y)",
        cost=_VEC_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_VEC_LETS,
        why="(1/m)Xᵀ(σ(Xθ) − y); " + _VEC_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f37-epfl-penalty-gradient-restored-variant",
        source=EPFLZERO + ", gradient with the '*0' removed — a variant)",
        text="calculate_gradient_lr(y, tx, w) + 2 * lambda_ * w",
        cost=_EPFLZERO_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPFLZERO_LETS,
        why="variant: (1/m)Xᵀ(σ(Xw) − y) + 2λw is the gradient of the mean cross-entropy plus λ‖w‖²; " + _EPFLZERO_WHY,
    ),
    Answer(
        id="f37-epfl-reg-gradient-without-2-variant",
        source=EPFLSUM + ", gradient with 2 * lambda_ written lambda_ — a variant)",
        text="calculate_reg_logistic_gradient(y, tx, w) + lambda_ * w",
        cost=_EPFLSUM_J,
        verdict="different",
        wrt="w_j",
        lets=_EPFLSUM_LETS[1:],
        why="variant: the penalty λ‖w‖² has gradient 2λw, not λw; " + _EPFLSUM_WHY,
    ),
    Answer(
        id="f37-expsig-logistic-gradient-no-mean-variant",
        source=EXPSIG + ", calculate_gradient without its 1/y.shape[0] — a variant)",
        text="tx.T.dot(pred-y)",
        cost=_EXPSIG_LOG,
        verdict="different",
        wrt="w_j",
        lets=_EXPSIG_LOG_LETS,
        why="variant: Xᵀ(σ(Xw) − y) is m times the gradient of the mean cross-entropy; " + _EXPSIG_LOG_WHY,
    ),
    Answer(
        id="f37-dcost-sign-fixed-variant",
        source=DCOST + ", dCost with the leading minus dropped — a variant)",
        text="np.dot(X.T, y - p)",
        cost=_DCOST_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_DCOST_LETS,
        why="variant: Xᵀ(y − p), the gradient of the log-likelihood the file calls Cost; " + _DCOST_WHY,
    ),
    Answer(
        id="f37-r-poisson-score-flipped-variant",
        source=RPOIS + ", u with y - mu written mu - y — a variant)",
        text="t(X)%*%(mu - y)",
        cost=_RPOIS_J,
        verdict="different",
        wrt="beta_j",
        lets=("mu = exp(X%*%beta)",),
        why="variant: Xᵀ(e^{Xβ} − y) is the gradient of the negative log-likelihood, the opposite sign of the "
        "score of the log-likelihood; " + _RPOIS_WHY,
    ),
    Answer(
        id="f37-kolmisi-penalises-first-variant",
        source=KOLMISI + ", grad with the [0 …] guard dropped — a variant)",
        text="(1/m)*sum( (sigmoid(X*theta) - y).*X) + (lambda/m)*theta'",
        cost=_KOL_J,
        verdict="different",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="variant: adds (λ/m)θ₁ to the first component, which the cost does not penalise; " + _KOL_WHY,
    ),
    Answer(
        id="f37-whosebug-dtheta1-without-x-variant",
        source=WHOSEBUG + ", the theta1 step with the factor *x dropped — a variant)",
        text="sum( theta[0]+theta[1]*x-y    for x,y in zip(X,Y))/len(X)",
        cost=_WB_J,
        verdict="different",
        wrt="theta_1",
        why="variant: the chain rule's factor x is missing — this is ∂J/∂θ₀, not ∂J/∂θ₁; " + _WB_WHY,
    ),
    Answer(
        id="f37-napitupulu-lambda-over-2m-variant",
        source=NAPI + ", ∂J/∂θ_j with λ/m written λ/(2m) — a variant)",
        text=(
            r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
            r"y^{(i)} \right) x_j^{(i)} + \frac{\lambda}{2m} \theta_j"
        ),
        cost=_NAPI_J,
        verdict="different",
        wrt="theta_j",
        why="variant: the derivative of λ/(2m)·θ_j² is (λ/m)θ_j, not (λ/(2m))θ_j; " + _NAPI_WHY,
    ),
    Answer(
        id="f37-monotone-dl-descent-sign-variant",
        source=MONOTONE + ", dl with y - sigmoid(X * theta) written sigmoid(X * theta) - y — a variant)",
        text="(sigmoid(X * theta) - y)' * X",
        cost=_MONO_J,
        verdict="different",
        wrt="theta_j",
        lets=_MONO_LETS,
        why="variant: (σ(Xθ) − y)ᵀX is the gradient of −l, the negative log-likelihood; l as written is the "
        "log-likelihood; " + _MONO_WHY,
    ),
    Answer(
        id="f37-techqa-half-norm-with-2-variant",
        source=TQ_HALF + ", the textbook's gradient with a stray factor 2 — a variant)",
        text=r"\nabla_\textbf{x}f(\textbf{x}) = 2\textbf{A}^T(\textbf{Ax} - \textbf{b})",
        cost=r"f(\textbf{x}) = \frac{1}{2} || \textbf{Ax - b} ||_2^2",
        verdict="different",
        wrt="x_j",
        why="variant: with the ½ in f the gradient is Aᵀ(Ax − b); 2Aᵀ(Ax − b) is the gradient of ‖Ax − b‖²; " + _TQ_WHY,
    ),
    Answer(
        id="f37-vectorize-grad-flipped-variant",
        source=VECTORIZE + ", grad with h(X, theta) - y written y - h(X, theta) — a variant)",
        text="(1 / m) * (X.T).dot(y - h(X, theta))",
        cost=_VEC_J,
        verdict="different",
        wrt="theta_j",
        lets=_VEC_LETS,
        why="variant: the opposite sign — (1/m)Xᵀ(y − σ(Xθ)) is the gradient of the mean log-likelihood; " + _VEC_WHY,
    ),
]

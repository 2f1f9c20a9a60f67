r"""A fresh held-out wave (f75): Octave ex2/ex5 labs (a regularized logistic cost computed after theta(1) = 0, a
cost whose m is length(X), a mask [0; ones(…)] on the penalty, ex5 linear costs with a grad(1) = thet(1) patch and
a grad(2 : end) update), R scripts (linear and logistic costs whose gradient penalises the intercept with
c(1, theta[-1]), a softplus-form logistic cost with a row theta, an lmf/lmgrad pair), a Julia ex2 port with Bool
labels negated by !y, NumPy code (Coursera helpers, two ridge objectives, dask-glm's Logistic, Normal and Poisson
families with their gradients), and Markdown notes (a linear-regression readme whose dw and db lost the 2 of the
MSE, its logistic twin, a w·x + b gradient note, a ridge objective in norm notation, and a ridge docstring whose
penalty α(W, b)² is refused).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources):

* code (Octave): junggil/CourseraML ex2/costFunctionReg.m; osmanbaskaya/projects-and-hws hw4a/costFunctionReg.m;
  ypsitau/trial and QianyiHu/ml-coursera ex5 linearRegCostFunction.m; theBrokenLoop/Qadapter costFunction.m;
  harada4atsushi/octave logistic_regression/costFunction.m;
* code (R): abhishek10045/ml-algo linear-regression.R and logistic-regression.R; public code index files
  29304170353 (logistic.grad / logistic.cost) and 28546978361 (lmf / lmgrad);
* code (Julia): rdanitz/ml ex2/costFunction.jl;
* code (Python): lukaemon/Coursera-ML-AndrewNg helper/logistic_regression.py; dask/dask-glm dask_glm/families.py;
  ariamgo/optimization-double-descent objectives/ridge.py; tirthasheshpatel/semester5_practicals ml_code/ridge.py;
  tushushu/imylu imylu/linear_model/ridge.py (the docstring);
* notes (Markdown): wildanjr19/ml-from-scratch Linear-Regression/readme.md and LogisticRegression/readme.md;
  stubbornZen/Simple-Linear-Regression-ReactJs src/math_function/gradient_func.md; cgrrsi/ridge README.md.

Names follow the sources: X (x in the R scripts, the design matrix there, not the one feature) is Data.X (X(i, j) =
Data.X[i-1, j-1]); theta, θ, w and beta are the coefficient vector (Data.theta, Data.w, Data.beta); lambda, lam and
self.lam are Data.lam; b is Data.b. Octave's theta(1) (R's theta[1], Python's w[0]) is the first coefficient
Data.theta[0], theta(2:end) (theta[-1], w[1:]) the rest. Where the notes write n for the number of examples, n is
Data.m. Where a source gives no cost for an answer, ``why`` says which cost it is graded against. The real mistakes
come first among the answers, then the real right answers, then the one-slip variants of real answers, marked
"variant". Verdicts were worked out by hand and checked against finite differences of the costs
(/tmp/f75/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
JUNGGIL = (
    "https://github.com/junggil/CourseraML/blob/897e628b40c61a712f533c560756067265b20d80/ex2/costFunctionReg.m"
)
OSMAN = (
    "https://github.com/osmanbaskaya/projects-and-hws/blob/7f4dc9b570bd10618952727461dc50498522152d/"
    "machine-learning/hw4a/costFunctionReg.m"
)
YPSITAU = (
    "https://github.com/ypsitau/trial/blob/b3f16a825ef6845950cebdc653014de2abf1c0c2/"
    "machine-learning-ex5/ex5/linearRegCostFunction.m"
)
QIANYI = (
    "https://github.com/QianyiHu/ml-coursera/blob/a5f9168c2ebec8f787057e3f325efe860d1272ec/"
    "machine-learning-ex5/ex5/linearRegCostFunction.m"
)
BROKENLOOP = "https://github.com/theBrokenLoop/Qadapter/blob/2c547b2d32ba4e38d5832648594003ed9fb1705a/costFunction.m"
HARADA = (
    "https://github.com/harada4atsushi/octave/blob/667f5a8bd18121ab7200fe71bacf90be39303bd9/"
    "logistic_regression/costFunction.m"
)
ABHI_LIN = "https://github.com/abhishek10045/ml-algo/blob/8c3e6bf8d17af962f5058db5c749dc380d0625c8/linear-regression.R"
ABHI_LOG = (
    "https://github.com/abhishek10045/ml-algo/blob/8c3e6bf8d17af962f5058db5c749dc380d0625c8/logistic-regression.R"
)
R_LOGISTIC = "public code index file 29304170353 (an R script: logistic.grad, logistic.cost, logistic.regression"
R_LMF = "public code index file 28546978361 (an R script, '### Cost functions for linear regression'"
RDANITZ = "https://github.com/rdanitz/ml/blob/dfb75ff5dd730380909f599b734af786b7f3af06/ex2/costFunction.jl"
LUKAEMON = (
    "https://github.com/lukaemon/Coursera-ML-AndrewNg/blob/1ea87245e01a94df44d4fbc6b0e34345034369cf/"
    "helper/logistic_regression.py"
)
DASK = "https://github.com/dask/dask-glm/blob/049974157e5aa0f21ef72ef92cf9b67a99431d35/dask_glm/families.py"
ARIAMGO = (
    "https://github.com/ariamgo/optimization-double-descent/blob/d588c4c83545edcd4e8a26072e5237184303a3bf/"
    "optimization_double_descent/objectives/ridge.py"
)
TIRTHA = (
    "https://github.com/tirthasheshpatel/semester5_practicals/blob/3cd2a2b8ea764539af7f9a68837fd3bece904602/"
    "ml_code/ridge.py"
)
TUSHU = (
    "https://github.com/tushushu/imylu/blob/11aa2672aebd0a05a56fea3ab67366483f5952a7/imylu/linear_model/ridge.py"
)
WILDAN_LIN = (
    "https://github.com/wildanjr19/ml-from-scratch/blob/28d6ad86d60475ca3cfe32a90c9368705f8859d9/"
    "Linear-Regression/readme.md"
)
WILDAN_LOG = (
    "https://github.com/wildanjr19/ml-from-scratch/blob/3e355587338e3b2f3fcbdc3f5b681d7f233c5252/"
    "LogisticRegression/readme.md"
)
STUBBORN = (
    "https://github.com/stubbornZen/Simple-Linear-Regression-ReactJs/blob/cd9c16d2ceb1366ceeae3e7b610ead31f3254419/"
    "src/math_function/gradient_func.md"
)
CGRRSI = "https://github.com/cgrrsi/ridge/blob/0826eaff43dc3c0902ea8ad3dcfc37403e288ca8/README.md"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _logistic_mean(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_half_mse_skip_first(d):
    r = d.X @ d.theta - d.y
    t = d.theta
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _logistic_nll_beta(d):
    z = d.X @ d.beta
    return float(np.sum(np.log1p(np.exp(z))) - d.y @ z)


def _sse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


def _poisson_nll_beta(d):
    z = d.X @ d.beta
    return float(np.sum(np.exp(z) - d.y * z))


def _mse_wb(d):
    r = d.y - (d.X @ d.w + d.b)
    return float(r @ r) / d.m


def _logistic_mean_wb(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w + d.b))))


def _half_mse_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_mean_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r**2)) + 0.5 * d.lam * float(d.w @ d.w)


def _ridge_sse_beta(d):
    return _sse_beta(d) + d.lam * float(d.beta @ d.beta)


# ------------------------------------------------------------------ texts the items share
_JUNGGIL_BLOCK = (
    "theta(1) = 0;\n% You need to return the following variables correctly \n"
    "J = (1/m)*sum(-y.*log(h) .-(1.-y).*log(1-h)) + lambda/(2*m)*sum(theta.^2);"
)
_JUNGGIL_GRAD = "grad = (1/m) * (X'*(h .- y)) + lambda/m * theta;"
_JUNGGIL_LETS = ("m = length(y)", "h = sigmoid(X * theta)")
_REGLOG_WHY = (
    "ex2's regularized logistic cost: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over every "
    "coefficient but theta(1) = Data.theta[0]; X the design matrix with its ones column (Data.X)"
)
_JUNGGIL_WHY = (
    "h = sigmoid(X * theta) is computed with the full θ before theta(1) = 0, so zeroing theta(1) only keeps the "
    "intercept out of the penalty sum(theta.^2); .- and 1.-y are Octave's minus; " + _REGLOG_WHY
)

_OSMAN_COST = (
    "J = (sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m);"
)
_OSMAN_LETS = ("hx = sigmoid(X * theta)", "m = length(X)")
_OSMAN_WHY = (
    "-y' * log(hx) and (1 - y')*log(1 - hx) are row-times-column products, already sums over the examples; "
    "m = length(X) is the larger dimension of X, the number of examples for a design matrix with more rows than "
    "columns; " + _REGLOG_WHY
)

_YPS_COST = "J = sum((h - y) .^ 2) / (2 * m) + lambda * sum(theta(2 : end) .^ 2) / (2 * m);"
_YPS_LETS = ("m = length(y)", "h = X * theta")
_YPS_GRAD = "grad = X' * (h - y) / m;\ngrad(2 : end) = grad(2 : end) + lambda * theta(2 : end) / m;"
_REGLIN_WHY = (
    "ex5's regularized linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θ_j², theta(1) = Data.theta[0] "
    "unpenalised; X the design matrix with its ones column (Data.X), m = length(y)"
)

_QIANYI_COST = "J = 1/(2*m).*(sum(((H - y).^2)) + sum(theta(2:length(theta)).^2) * lambda);"
_QIANYI_LETS = ("m = length(y)", "H = X * theta")
_QIANYI_GRAD = "thet = X' * (H - y) / m;\ngrad = X' * (H - y) / m + lambda / m * theta;\ngrad(1) = thet(1);"

_ABHI_LIN_COST = "(sum((hypothesis(x, theta) - y) ^ 2) + (lambda * sum(theta[-1] ^ 2))) / (2 * length(y))"
_ABHI_LIN_LETS = ("hypothesis <- function(x, theta) {\n    x %*% theta\n}",)
_ABHI_GRAD = "((t(x) %*% (hypothesis(x, theta) - y)) + (lambda * c(1, theta[-1]))) / length(y)"
_ABHI_WHY = (
    "R: x is the design matrix (Data.X, not the one feature), theta[-1] is theta without its first entry, so "
    "the penalty covers θ_2…θ_n only"
)
_ABHI_LOG_COST = (
    "(-sum(y * log(h_theta) + (1 - y) * log(1 - h_theta)) + (lambda * sum(theta[-1] ^ 2)) / 2) / length(y)"
)
_ABHI_LOG_LETS = (
    "h_theta <- hypothesis(x, theta)",
    "hypothesis <- function(x, theta) {\n    sigmoid(x %*% theta)\n}",
)

_RLOG_COST = "(1/m)*sum(y*(-x %*% t(theta)) + log(1 + exp(x %*% t(theta))))"
_RLOG_WHY = (
    "logistic.cost: −y·xθ + log(1 + e^{xθ}) is the cross-entropy of σ(xθ) written with the softplus, averaged "
    "(m <- length(y)); theta is a row vector here (t(theta) is the column), x the design matrix (Data.X)"
)
_RLOG_GRAD = "(1 / length(y)) * (t(x) %*% (1/(1 + exp(-x %*% t(theta))) - y))"

_LMF_COST = "sum((X%*%theta-y)^2)/(2*ndata)"
_LMF_WHY = (
    "lmf, the half mean squared error (ndata, an argument, is the number of observations m); X the design "
    "matrix (Data.X)"
)

_RDANITZ_COST = "sum(-(y).*log(h(θ, X))' - (!y).*log(1-h(θ, X))')/length(y)"
_RDANITZ_LETS = ("sigmoid(z) = 1./(1+e.^-z)", "h(θ, X) = sigmoid(θ'*X')")
_RDANITZ_WHY = (
    "Julia: h(θ, X) = σ(θᵀXᵀ) is the row (σ(Xθ))ᵀ, transposed back to a column by '; y holds Bool labels, so "
    "!y is 1 − y: the mean cross-entropy of σ(Xθ), X the design matrix (Data.X)"
)

_LUKA_COST = "np.mean(-y * np.log(sigmoid(X @ theta)) - (1 - y) * np.log(1 - sigmoid(X @ theta)))"
_LUKA_LETS = ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))",)
_LUKA_GRAD = "(1 / len(X)) * X.T @ (sigmoid(X @ theta) - y)"
_LUKA_WHY = "the mean cross-entropy of σ(Xθ) ('cost fn is -l(theta)'); X the design matrix (Data.X), len(X) = m"

_DASK_LOG_COST = "(log1p(eXbeta)).sum() - dot(y, Xbeta)"
_DASK_LOG_LETS = ("eXbeta = exp(Xbeta)", "Xbeta = X.dot(beta)")
_DASK_LOG_WHY = (
    "Logistic.loglike is (despite its name) the negative log-likelihood Σ log(1 + e^{x_iβ}) − Σ y_i x_iβ, the "
    "summed cross-entropy of σ(Xβ), minimised by dask-glm; X the design matrix (Data.X), β = Data.beta"
)
_DASK_NORM_COST = "((y - Xbeta) ** 2).sum()"
_DASK_NORM_WHY = "Normal.loglike is the residual sum of squares Σ(y_i − x_iβ)²; X (Data.X), β = Data.beta"
_DASK_POIS_COST = "(eXbeta - yXbeta ).sum()"
_DASK_POIS_LETS = ("eXbeta = exp(Xbeta)", "yXbeta = y*Xbeta", "Xbeta = X.dot(beta)")
_DASK_POIS_WHY = (
    "Poisson.loglike is the negative Poisson log-likelihood up to Σ log y_i!: Σ(e^{x_iβ} − y_i x_iβ); X the "
    "design matrix (Data.X), β = Data.beta, y the counts"
)

_WILDAN_LIN_COST = r"MSE = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2"
_WILDAN_LIN_LETS = ("f(w, b) = wx + b",)
_WILDAN_LIN_WHY = (
    "the readme's model f(w, b) = wx + b gives the prediction ŷ_i = x_i·w + b of example i (x_i row i of the "
    "feature matrix X, Data.X; w = Data.w, b = Data.b); n is the number of examples (Data.m); the error function "
    "is the mean squared error, no ½"
)
_WILDAN_LOG_COST = (
    r"J(\theta) = -\frac{1}{n} \sum_{i=1}^{n} \left[ y^{(i)} \log(\hat{y}^{(i)}) + (1 - y^{(i)}) "
    r"\log(1 - \hat{y}^{(i)}) \right]"
)
_WILDAN_LOG_LETS = (r"\hat{y} = h_\theta(x) = \frac{1}{1 + e^{-(wx + b)}}",)
_WILDAN_LOG_WHY = (
    "the mean cross-entropy of ŷ^{(i)} = σ(x^{(i)}·w + b), x^{(i)} row i of X (Data.X), w = Data.w, b = Data.b; "
    "n is the number of examples (Data.m); J(θ) names the parameters θ = (w, b)"
)

_STUB_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(w \cdot x^{(i)} + b - y^{(i)}\right)^2"
_STUB_LETS = (r"f_{w,b}(x^{(i)}) = w \cdot x^{(i)} + b",)
_STUB_WHY = (
    "the half mean squared error of w·x^{(i)} + b; read with x^{(i)} row i of X (Data.X) and w = Data.w (the "
    "note's w is a slope, the one-feature case of the same formulas), b = Data.b"
)

_ARIA_COST = "0.5 * np.mean(r ** 2) + 0.5 * self.lam * np.sum(w ** 2)"
_ARIA_LETS = ("r = X @ w - y",)
_ARIA_WHY = (
    "the docstring's (1/2n)‖Xw − y‖² + (λ/2)‖w‖²: half the mean squared residual plus (λ/2)Σw_j² over every "
    "weight; self.lam is λ (Data.lam), X (Data.X), w = Data.w"
)

_TIRTHA_COST = "0.5 * np.mean((y_hat-y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)"
_TIRTHA_LETS = ("y_hat = X @ w",)
_TIRTHA_GRAD = "(1./y.shape[0]) * (X.T @ (y_hat-y) + lam * np.r_[[[0.]], w[1:]])"
_TIRTHA_WHY = (
    "the script's mse: (1/2m)Σ(ŷ − y)² + (λ/2m)Σ_{j≥2}w_j², w[0] (the weight of the ones column the script "
    "prepends to X) unpenalised; y.shape[0] = m, X (Data.X), w = Data.w; y and w are (m, 1) and (n, 1) columns"
)

_CGRRSI_COST = r"||y - X\beta||^2_2 + \lambda * ||\beta||^2_2"


COSTS: list[Cost] = [
    # ============================================================ code (Octave)
    Cost(
        id="f75-junggil-costfunctionreg-J-after-theta1-zeroed",
        source=JUNGGIL + " (theta(1) = 0; … J =)",
        text=_JUNGGIL_BLOCK,
        intended=_reg_logistic_skip_first,
        lets=_JUNGGIL_LETS,
        why=_JUNGGIL_WHY,
    ),
    Cost(
        id="f75-osmanbaskaya-costfunctionreg-J-m-length-X",
        source=OSMAN + " (J =)",
        text=_OSMAN_COST,
        intended=_reg_logistic_skip_first,
        lets=_OSMAN_LETS,
        why=_OSMAN_WHY,
    ),
    Cost(
        id="f75-ypsitau-linearregcost-J",
        source=YPSITAU + " (J =)",
        text=_YPS_COST,
        intended=_reg_half_mse_skip_first,
        lets=_YPS_LETS,
        why=_REGLIN_WHY,
    ),
    Cost(
        id="f75-qianyihu-linearregcost-J-one-over-2m-factored",
        source=QIANYI + " (J =)",
        text=_QIANYI_COST,
        intended=_reg_half_mse_skip_first,
        lets=_QIANYI_LETS,
        why="1/(2*m) multiplies (.*) the sum of squares plus λΣ_{j≥2}θ_j² (theta(2:length(theta))); " + _REGLIN_WHY,
    ),
    # ============================================================ code (R)
    Cost(
        id="f75-abhishek-linear-R-cost-theta-minus-1",
        source=ABHI_LIN + " (cost_function)",
        text=_ABHI_LIN_COST,
        intended=_reg_half_mse_skip_first,
        lets=_ABHI_LIN_LETS,
        why="(Σ(xθ − y)² + λΣ_{j≥2}θ_j²)/(2m); " + _ABHI_WHY,
    ),
    Cost(
        id="f75-abhishek-logistic-R-cost-theta-minus-1",
        source=ABHI_LOG + " (cost_function)",
        text=_ABHI_LOG_COST,
        intended=_reg_logistic_skip_first,
        lets=_ABHI_LOG_LETS,
        why="(−Σ[y log h + (1 − y) log(1 − h)] + λΣ_{j≥2}θ_j²/2)/m with h = σ(xθ); " + _ABHI_WHY,
    ),
    Cost(
        id="f75-r-logistic-cost-softplus-row-theta",
        source=R_LOGISTIC + ", logistic.cost)",
        text=_RLOG_COST,
        intended=_logistic_mean,
        lets=("m <- length(y)",),
        why=_RLOG_WHY,
    ),
    # ============================================================ code (Julia)
    Cost(
        id="f75-rdanitz-julia-cost-bool-labels",
        source=RDANITZ + " (function cost(X, y), the anonymous (θ) -> …)",
        text=_RDANITZ_COST,
        intended=_logistic_mean,
        lets=_RDANITZ_LETS,
        why=_RDANITZ_WHY,
    ),
    # ============================================================ code (Python)
    Cost(
        id="f75-lukaemon-cost-np-mean",
        source=LUKAEMON + " (def cost, the return value)",
        text=_LUKA_COST,
        intended=_logistic_mean,
        lets=_LUKA_LETS,
        why=_LUKA_WHY,
    ),
    Cost(
        id="f75-dask-glm-logistic-loglike",
        source=DASK + " (class Logistic, loglike, the return value)",
        text=_DASK_LOG_COST,
        intended=_logistic_nll_beta,
        wrt=("beta_j",),
        lets=_DASK_LOG_LETS,
        why=_DASK_LOG_WHY,
    ),
    Cost(
        id="f75-dask-glm-normal-loglike",
        source=DASK + " (class Normal, loglike, the return value)",
        text=_DASK_NORM_COST,
        intended=_sse_beta,
        wrt=("beta_j",),
        lets=("Xbeta = X.dot(beta)",),
        why=_DASK_NORM_WHY,
    ),
    Cost(
        id="f75-dask-glm-poisson-loglike",
        source=DASK + " (class Poisson, loglike, the return value)",
        text=_DASK_POIS_COST,
        intended=_poisson_nll_beta,
        wrt=("beta_j",),
        lets=_DASK_POIS_LETS,
        why=_DASK_POIS_WHY,
    ),
    Cost(
        id="f75-ariamgo-ridge-loss",
        source=ARIAMGO + " (class Ridge, loss, the return value)",
        text=_ARIA_COST,
        intended=_ridge_half_mean_w,
        wrt=("w_j",),
        lets=_ARIA_LETS,
        why=_ARIA_WHY,
    ),
    Cost(
        id="f75-tushushu-ridge-docstring-penalty-W-b-refused",
        source=TUSHU + " (Ridge._get_gradient_delta docstring, 'Loss function:', the second line)",
        text="L = (y - W * X - b) ^ 2 + α * (W, b) ^ 2",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="'(W, b) ^ 2' squares a pair: presumably ‖W‖² + b² (the docstring's dL/db has 2αb), but a tuple raised "
        "to a power is not defined, and W * X has no example index (one example's loss, y and X unsubscripted): "
        "genuinely ambiguous as written",
    ),
    # ============================================================ notes (Markdown)
    Cost(
        id="f75-wildanjr19-linear-readme-mse",
        source=WILDAN_LIN + " ('## Error Function')",
        text=_WILDAN_LIN_COST,
        intended=_mse_wb,
        wrt=("w_j", "b"),
        lets=_WILDAN_LIN_LETS,
        why=_WILDAN_LIN_WHY,
    ),
    Cost(
        id="f75-wildanjr19-logistic-readme-J",
        source=WILDAN_LOG + " ('## Cost Function', Cross Entropy)",
        text=_WILDAN_LOG_COST,
        intended=_logistic_mean_wb,
        wrt=("w_j", "b"),
        lets=_WILDAN_LOG_LETS,
        why=_WILDAN_LOG_WHY,
    ),
    Cost(
        id="f75-stubbornzen-J-w-b-half-mse",
        source=STUBBORN + " ('To minimize the cost function:')",
        text=_STUB_COST,
        intended=_half_mse_wb,
        wrt=("w_j", "b"),
        lets=_STUB_LETS,
        why=_STUB_WHY,
    ),
    Cost(
        id="f75-cgrrsi-ridge-objective-norms",
        source=CGRRSI + " ('The goal is to minimize the objective function given by')",
        text=_CGRRSI_COST,
        intended=_ridge_sse_beta,
        wrt=("beta_j",),
        why="‖y − Xβ‖²₂ + λ‖β‖²₂: the residual sum of squares plus λΣβ_j² (every coefficient, no ½); X (Data.X), "
        "β = Data.beta",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f75-abhishek-linear-R-partial-c-1-intercept",
        source=ABHI_LIN + " (partial_derivative_cost_function)",
        text=_ABHI_GRAD,
        cost=_ABHI_LIN_COST,
        verdict="different",
        lets=_ABHI_LIN_LETS,
        why="c(1, theta[-1]) puts 1, not 0, in the intercept's place: the first component gets λ/m added although "
        "the cost leaves θ_1 out of the penalty (its partial there is Σ(xθ − y)x_1/m alone); " + _ABHI_WHY,
    ),
    Answer(
        id="f75-abhishek-logistic-R-partial-c-1-intercept",
        source=ABHI_LOG + " (partial_derivative_cost_function)",
        text=_ABHI_GRAD,
        cost=_ABHI_LOG_COST,
        verdict="different",
        lets=("hypothesis <- function(x, theta) {\n    sigmoid(x %*% theta)\n}",),
        why="the same c(1, theta[-1]) slip as the linear script: (xᵀ(σ(xθ) − y) + λ[1; θ_2…θ_n])/m has an extra "
        "λ/m in its first component; " + _ABHI_WHY,
    ),
    Answer(
        id="f75-wildanjr19-linear-readme-dw-no-2",
        source=WILDAN_LIN + " ('## Gradient Descent', dw =)",
        text=r"dw = \frac{1}{n} X^\top \left(\hat{y} - y\right)",
        cost=_WILDAN_LIN_COST,
        verdict="different",
        wrt="w_j",
        lets=_WILDAN_LIN_LETS,
        why="the readme's MSE has no ½, so ∂MSE/∂w = (2/n)Xᵀ(ŷ − y): the dw written is half of it (the gradient of "
        "the ½-MSE, not of the error function the page gives); " + _WILDAN_LIN_WHY,
    ),
    Answer(
        id="f75-wildanjr19-linear-readme-db-no-2",
        source=WILDAN_LIN + " ('## Gradient Descent', db =)",
        text=r"db = \frac{1}{n} \sum_{i=1}^{n} \left(\hat{y}^{(i)} - y^{(i)}\right)",
        cost=_WILDAN_LIN_COST,
        verdict="different",
        wrt="b",
        lets=_WILDAN_LIN_LETS,
        why="∂MSE/∂b = (2/n)Σ(ŷ_i − y_i); the db written is half of it; " + _WILDAN_LIN_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f75-junggil-costfunctionreg-grad-after-theta1-zeroed",
        source=JUNGGIL + " (theta(1) = 0; … grad =)",
        text=_JUNGGIL_BLOCK + "\n" + _JUNGGIL_GRAD,
        cost=_JUNGGIL_BLOCK,
        verdict="equivalent",
        lets=_JUNGGIL_LETS,
        why="the answer is grad: Xᵀ(h − y)/m + (λ/m)[0; θ_2…θ_n], h from the unmodified θ; " + _JUNGGIL_WHY,
    ),
    Answer(
        id="f75-osmanbaskaya-costfunctionreg-grad-mask",
        source=OSMAN + " (grad =)",
        text="grad =((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m ;",
        cost=_OSMAN_COST,
        verdict="equivalent",
        lets=_OSMAN_LETS,
        why="((h − y)ᵀX/m)ᵀ plus λθ masked by [0; 1; …; 1], divided by m: the intercept unpenalised; " + _OSMAN_WHY,
    ),
    Answer(
        id="f75-ypsitau-linearregcost-grad-2-end",
        source=YPSITAU + " (grad = … ; grad(2 : end) = …)",
        text=_YPS_GRAD,
        cost=_YPS_COST,
        verdict="equivalent",
        lets=_YPS_LETS,
        why="Xᵀ(Xθ − y)/m, then (λ/m)θ_j added to every entry but the first; " + _REGLIN_WHY,
    ),
    Answer(
        id="f75-qianyihu-linearregcost-grad-1-patched",
        source=QIANYI + " (thet = …; grad = …; grad(1) = thet(1);)",
        text=_QIANYI_GRAD,
        cost=_QIANYI_COST,
        verdict="equivalent",
        lets=_QIANYI_LETS,
        why="the penalty (λ/m)θ is added everywhere, then the first entry is overwritten with the unpenalised "
        "thet(1) = x_1ᵀ(Xθ − y)/m; " + _REGLIN_WHY,
    ),
    Answer(
        id="f75-brokenloop-costfunction-grad-split-product",
        source=BROKENLOOP + " (grad =)",
        text="grad = (1/m)*(X'*h - X'*y );",
        cost="COST = (-y)'*log(h) - (1 - y)'*log(1 - h);\nJ = (1/m)*COST;",
        verdict="equivalent",
        lets=("m = length(y)", "h = sigmoid(X*theta)"),
        why="Xᵀh − Xᵀy = Xᵀ(σ(Xθ) − y), over m: the mean cross-entropy's gradient (the file's COST and J lines are "
        "the cost); X the design matrix (Data.X)",
    ),
    Answer(
        id="f75-harada-costfunction-grad-row-sum",
        source=HARADA + " (grad =, the line has no semicolon)",
        text="grad = 1 / m * sum((sigmoid(X * theta) - y) .* X)",
        cost="J = 1 / m * sum((-y .* log(sigmoid(X * theta))) - ((1 - y) .* log(1 - sigmoid(X * theta))))",
        verdict="equivalent",
        lets=("m = length(y)",),
        why="(σ(Xθ) − y) .* X broadcasts the column over the columns of X and sum adds down them: the row "
        "(σ − y)ᵀX, over m, the mean cross-entropy's gradient (the file's J line is the cost); X (Data.X)",
    ),
    Answer(
        id="f75-r-logistic-grad",
        source=R_LOGISTIC + ", logistic.grad, the gradient <- line)",
        text=_RLOG_GRAD,
        cost=_RLOG_COST,
        verdict="equivalent",
        lets=("m <- length(y)",),
        why="xᵀ(σ(xθ) − y)/m (the function returns it transposed, a row like theta); " + _RLOG_WHY,
    ),
    Answer(
        id="f75-r-lmgrad",
        source=R_LMF + ", lmgrad)",
        text="t(X)%*%(X%*%theta-y)/ndata",
        cost=_LMF_COST,
        verdict="equivalent",
        why="Xᵀ(Xθ − y)/ndata; " + _LMF_WHY,
    ),
    Answer(
        id="f75-rdanitz-julia-gradient-row",
        source=RDANITZ + " (function gradient!(X, y), copy!(dθ, …))",
        text="((h(θ, X) - y') * X) ./ size(X,1)",
        cost=_RDANITZ_COST,
        verdict="equivalent",
        lets=_RDANITZ_LETS,
        why="(σ(Xθ) − y)ᵀX/m as a row (size(X,1) = m), copied into dθ; " + _RDANITZ_WHY,
    ),
    Answer(
        id="f75-lukaemon-gradient",
        source=LUKAEMON + " (def gradient, the return value)",
        text=_LUKA_GRAD,
        cost=_LUKA_COST,
        verdict="equivalent",
        lets=_LUKA_LETS,
        why="Xᵀ(σ(Xθ) − y)/m (the scalar 1/len(X) times X.T, then @); " + _LUKA_WHY,
    ),
    Answer(
        id="f75-dask-glm-logistic-gradient",
        source=DASK + " (class Logistic, gradient, the return value)",
        text="dot(X.T, p - y)",
        cost=_DASK_LOG_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=("p = sigmoid(Xbeta)", "Xbeta = X.dot(beta)"),
        why="Xᵀ(σ(Xβ) − y), the summed cross-entropy's gradient; " + _DASK_LOG_WHY,
    ),
    Answer(
        id="f75-dask-glm-normal-gradient",
        source=DASK + " (class Normal, gradient, the return value)",
        text="2 * dot(X.T, Xbeta) - 2 * dot(X.T, y)",
        cost=_DASK_NORM_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=("Xbeta = X.dot(beta)",),
        why="2XᵀXβ − 2Xᵀy = 2Xᵀ(Xβ − y); " + _DASK_NORM_WHY,
    ),
    Answer(
        id="f75-dask-glm-poisson-gradient",
        source=DASK + " (class Poisson, gradient, the return value)",
        text="dot(X.T, eXbeta - y)",
        cost=_DASK_POIS_COST,
        verdict="equivalent",
        wrt="beta_j",
        # the cost's own lines (Poisson.loglike's yXbeta = y*Xbeta) with the gradient's: the wave as gathered gave
        # the gradient's two only, so its cost named yXbeta undefined (fixed at int33, see tests/test_int33.py)
        lets=_DASK_POIS_LETS,
        why="Xᵀ(e^{Xβ} − y); " + _DASK_POIS_WHY,
    ),
    Answer(
        id="f75-ariamgo-ridge-grad",
        source=ARIAMGO + " (class Ridge, grad)",
        text="X.T @ (X @ w - y) / n + self.lam * w",
        cost=_ARIA_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("n = X.shape[0]",) + _ARIA_LETS,
        why="Xᵀ(Xw − y)/n + λw, n = X.shape[0] the number of examples (Data.m); " + _ARIA_WHY,
    ),
    Answer(
        id="f75-tirthasheshpatel-ridge-mse-grad",
        source=TIRTHA + " (def mse_grad, the return value)",
        text=_TIRTHA_GRAD,
        cost=_TIRTHA_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_TIRTHA_LETS,
        why="(Xᵀ(ŷ − y) + λ[0; w_2…w_n])/m (np.r_ stacks a 0 on top of w[1:]); " + _TIRTHA_WHY,
    ),
    Answer(
        id="f75-wildanjr19-logistic-readme-dw",
        source=WILDAN_LOG + " ('## Gradient Descent', dw =)",
        text=r"dw = \frac{1}{n} X^\top \left(\hat{y} - y\right)",
        cost=_WILDAN_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_WILDAN_LOG_LETS,
        why="Xᵀ(σ(Xw + b) − y)/n, the mean cross-entropy's gradient in w; " + _WILDAN_LOG_WHY,
    ),
    Answer(
        id="f75-stubbornzen-dJ-dw",
        source=STUBBORN + " ('Gradient with respect to w:')",
        text=r"\frac{\partial J(w, b)}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)}) "
        r"\cdot x^{(i)}",
        cost=_STUB_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_STUB_LETS,
        why="(1/m)Σ(w·x^{(i)} + b − y^{(i)})x^{(i)}, component j with x_j^{(i)}; " + _STUB_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f75-dask-glm-poisson-gradient-flipped",
        source=DASK + "; variant: eXbeta and y swapped in Poisson.gradient)",
        text="dot(X.T, y - eXbeta)",
        cost=_DASK_POIS_COST,
        verdict="different",
        wrt="beta_j",
        # the cost's own lines (Poisson.loglike's yXbeta = y*Xbeta) with the gradient's: the wave as gathered gave
        # the gradient's two only, so its cost named yXbeta undefined (fixed at int33, see tests/test_int33.py)
        lets=_DASK_POIS_LETS,
        why="variant: Xᵀ(y − e^{Xβ}) is the log-likelihood's gradient, the opposite sign of the loss's; "
        + _DASK_POIS_WHY,
    ),
    Answer(
        id="f75-dask-glm-normal-gradient-no-2",
        source=DASK + "; variant: Normal.gradient without its 2s)",
        text="dot(X.T, Xbeta) - dot(X.T, y)",
        cost=_DASK_NORM_COST,
        verdict="different",
        wrt="beta_j",
        lets=("Xbeta = X.dot(beta)",),
        why="variant: the sum of squares has no ½, so the factor 2 cannot be dropped; " + _DASK_NORM_WHY,
    ),
    Answer(
        id="f75-junggil-costfunctionreg-grad-intercept-penalised",
        source=JUNGGIL + "; variant: the grad line alone, theta(1) not zeroed)",
        text=_JUNGGIL_GRAD,
        cost=_JUNGGIL_BLOCK,
        verdict="different",
        lets=_JUNGGIL_LETS,
        why="variant: without theta(1) = 0 the gradient adds (λ/m)θ_1 to the intercept's entry, which the cost "
        "leaves out of the penalty; " + _JUNGGIL_WHY,
    ),
    Answer(
        id="f75-r-lmgrad-no-ndata",
        source=R_LMF + "; variant: lmgrad without /ndata)",
        text="t(X)%*%(X%*%theta-y)",
        cost=_LMF_COST,
        verdict="different",
        why="variant: Xᵀ(Xθ − y) is ndata times the gradient of lmf's mean; " + _LMF_WHY,
    ),
    Answer(
        id="f75-ariamgo-ridge-grad-no-n",
        source=ARIAMGO + "; variant: grad without / n)",
        text="X.T @ (X @ w - y) + self.lam * w",
        cost=_ARIA_COST,
        verdict="different",
        wrt="w_j",
        lets=_ARIA_LETS,
        why="variant: the data term of the loss is a mean, so its gradient is Xᵀ(Xw − y)/n, not the sum; "
        + _ARIA_WHY,
    ),
    Answer(
        id="f75-stubbornzen-dJ-dw-missing-x",
        source=STUBBORN + "; variant: the · x^{(i)} factor dropped)",
        text=r"\frac{\partial J(w, b)}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)})",
        cost=_STUB_COST,
        verdict="different",
        wrt="w_j",
        lets=_STUB_LETS,
        why="variant: without the x^{(i)} factor this is ∂J/∂b, not ∂J/∂w; " + _STUB_WHY,
    ),
]

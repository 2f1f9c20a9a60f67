r"""A fresh held-out wave (f15): tutorials, READMEs and course-assignment code in many languages and notations.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* LaTeX: a ridge-regression README (ŷ = Xw + b, an error vector e, the gradient in matrix form X^T e), a
  Poisson-regression notebook of an IIT student society (a real wrong ∂/∂θ₁), a Russian statistics notebook
  (x̄ and ȳ for the data vectors, a sum whose summand has no index);
* plain text as typed: ASCII-art sums with their limits on the lines above and below Σ (``x_s(i)`` for the
  i-th example, ``ω**2j`` for w_j², ``lamba``), a tushushu docstring (``(W, b) ^ 2``) and Chinese deep-learning
  notes (``sumi=1,m``);
* code in five languages: NumPy (EPFL CS-433 project files: ``tx``, ``lambda_``, a two-argument ``sigmoid(tx, w)``,
  a loop over examples, a cost whose penalty sits inside the −1/N), R, Octave/MATLAB (``theta.^2`` with no sum,
  costFunctionReg, lrCostFunction), Haskell (hmatrix ``<.>``, ``#>``, ``fromIntegral (-m)``).

Fourteen items the collector took from files wave 13 or 14 had already used (yc-ng's costFunction.R, an R
``logistic.grad``, rdanitz's Julia, an Octave row-vector h, a MATLAB Poisson NLL) were dropped by the lead as
duplicates: the list of used sources the collector was given predated those waves.

Real wrong answers: the Poisson ∂L/∂θ₁ with θ₁ where x belongs, a regularised logistic gradient whose cost
subtracts the penalty, and an ASCII-art "which equates to" that drops the sigmoid from the logistic gradient.
Real wrong costs (refused): a penalty theta.^2 with no sum, a "loss" that is a vector, a chain whose sides
disagree. The other wrong answers are a realistic slip of a real answer on the same page
(lost 1/m, sign, λ for 2λ, a penalised intercept or bias), each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``, or the body lines that compute it); ``cost`` and ``lets`` are the same
source's, verbatim (R keeps its ``<-``). Files of the public code index whose repository the index does not
name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
RIDGE_MD = (
    "GitHub Markdown README '# Ridge Regression (L2 Regularization) — From Scratch' (public code index file "
    "35350810926; the index names no repository)"
)
TIRTHA = "github:tirthasheshpatel/semester5_practicals:ml_code/ridge.py"
HASKELL = (
    "GitHub Haskell 'module Regression.Logistic' (hmatrix; computeCost, gradientDescent) (public code index file "
    "4568183558; the index names no repository)"
)
YUXUAN = (
    "GitHub Python EPFL CS-433 project implementations, '@author: YuxuanLong' (public code index file "
    "29581186909; the index names no repository)"
)
EPFL_CAPS = (
    "GitHub Python 'Project 1 : CS-433'-style implementations with capitalised docstrings ('''LOGISTIC "
    "REGRESSION LOSS FUNCTION''', '''GRADIENT COMPUTATION FOR LOGISTIC REGRESSION''') (public code index file "
    "11338265346; the index names no repository)"
)
EPFL_LOOP = (
    "GitHub Python implementations with compute_log_loss as a loop over examples and "
    "compute_gradient_penalized_log_loss (public code index file 30277671913; the index names no repository)"
)
EPFL_RLOG = (
    "GitHub Python implementations with compute_ridge_log_loss / compute_ridge_log_gradient (public code index "
    "file 6881385816; the index names no repository)"
)
DSGIITR = (
    "https://github.com/dsgiitr/lecture-assignments-y23 (Poisson regression notebook: 'we are going to use batch "
    "gradient descent to maximize log likelihood by minimizing negative log likelihood')"
)
TUSHU = (
    "GitHub Python '@Author: tushushu', class Ridge(LinearRegression) docstring 'Loss function:' (public code "
    "index file 22412117280; the index names no repository)"
)
DIMAS = "https://github.com/dimasdfcv/mathematical_statistics_9 (## Задача 2, 'Функция потерь:')"
ASCII_NB = (
    "GitHub Python logistic-regression notes with ASCII-art sums ('In logistic regression the cost function is:', "
    "compute_gradient_logistic) (public code index file 5304730554; the index names no repository)"
)
OCT_REG_NOSUM = (
    "GitHub Octave '%% Regularized Logistic Regression' file with function [J, grad] = costFunctionReg(theta, X, y, "
    "lambda) (public code index file 43520603029; the index names no repository)"
)
OCT_LR_ZERO = (
    "GitHub Octave 'function [J, grad] = lrCostFunction(theta, X, y, lambda)' ('% hypothesis  (5 x 1 matrix)') "
    "(public code index file 29585468420; the index names no repository)"
)
CN_DL = (
    "GitHub Python notes '#%% 以逻辑回归为例子引入' (docstring '损失函数是单训练样本定义的…') (public code index "
    "file 17489407695; the index names no repository)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_w(d):
    p = sig(d.X @ d.w)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_w_minus_reg(d):
    return _ce_mean_w(d) - d.lam / (2 * d.m) * float(np.sum(d.w**2))


def _nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(softplus(z)) - d.y @ z)


def _nll_sum_w_l2(d):
    return _nll_sum_w(d) + d.lam * float(np.sum(d.w**2))


def _half_mse_w(d):
    return float(np.sum((d.y - d.X @ d.w) ** 2)) / (2 * d.m)


def _half_mse_w_l2(d):
    return _half_mse_w(d) + d.lam * float(np.sum(d.w**2))


def _mse_wb_l2(d):
    return float(np.mean((d.X @ d.w + d.b - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _half_mse_wb_l2(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m) + d.lam / (2 * d.m) * float(np.sum(d.w**2))


def _ce_reg_theta_skip_first(d):
    return _ce_mean_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_mean_w_l2_skip_first(d):
    return 0.5 * float(np.mean((d.X @ d.w - d.y) ** 2)) + d.lam / (2 * d.m) * float(np.sum(d.w[1:] ** 2))


# ------------------------------------------------------------------ shared texts
_RIDGE_J = r"J_{ridge}(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \lambda \sum_{j=1}^{d} w_j^2"
_RIDGE_LETS = (r"\hat{y} = Xw + b",)
_RIDGE_ALETS = (r"\hat{y} = Xw + b", r"e = \hat{y} - y")
_TIRTHA_J = "0.5 * np.mean((y_hat-y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)"
_TIRTHA_LETS = ("y_hat = X @ w",)
_YUX_J = "-np.dot(y, np.dot(tx, w)) - np.sum(np.log(1 - s))"
_YUX_LETS = ("s = sigmoid(np.dot(tx, w))",)
_YUX_LS = "np.dot(e, e) / (2 * N)"
_YUX_LS_LETS = ("e = y - np.dot(tx, w)", "N, D = tx.shape")
_CAPS_MSE = "(1/(2*N))*np.sum(np.square(y - (tx@w)))"
_CAPS_LOG = "(-1/N)*np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2)))"
_CAPS_REG = (
    "(-1/N)*(np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2))) + ((lambda_/2)*np.sum(w.T@w)))"
)
_CAPS_LOG_LETS = ("sigm = sigmoid(tx,w)", "sigm2 = 1 - sigm", "N = y.shape[0]")
_CAPS_GRAD_LETS = ("N = y.shape[0]", "z = sigmoid(tx,w)")
_LOOP_J = (
    "loss = 0\n"
    "for i in range(y.shape[0]):\n"
    "    loss += (y[i] * np.log(sigmoid(tx[i].dot(w))) + (1 - y[i]) * np.log(1 - sigmoid(tx[i].dot(w))))\n"
    "return - 1/y.shape[0] * loss"
)
_RLOG_J0 = "np.sum(np.log(1+np.exp(tx.dot(w)))) - (y.T).dot(tx.dot(w))"
_RLOG_J = "np.sum(np.log(1+np.exp(tx.dot(w)))) - (y.T).dot(tx.dot(w)) + lambda_*w.T.dot(w)"
_ASCII_J = (
    "              m-1\n"
    "J(w,b) = 1/m Σ [loss(fw,b(x_s(i)), y_s(i)]\n"
    "              i=0"
)
_ASCII_MODEL = ("fw,b(x) = g(z)", "z = w ⋅ x + b", "g(z) = 1 / (1+e**-z)")
_ASCII_LETS = ("loss(fw,b(x), y) = -y log(fw,b(x)) - (1 - y)log(1 - fw,b(x))",) + _ASCII_MODEL
_OCT_LR_J = "(-1/m) * (y' * log(h) + (1 - y') * log(1 - h) ) + (lambda/(2*m)) * sum( theta(2:end) .^ 2 )"
_OCT_LR_LETS = ("m = length(y);", "h = sigmoid(X * theta);")
_DSG_L = r"L(\theta)=y*(\theta_0+\theta_1*x)-e^{(\theta_0+\theta_1*x)}"

COSTS: list[Cost] = [
    # ============================================================ LaTeX
    Cost(
        id="f15-ridge-md-J-ridge-w-b",
        source=RIDGE_MD + " (## 3. Loss Function (Ridge / L2); ŷ from ## 2. Model Formulation)",
        text=_RIDGE_J,
        intended=_mse_wb_l2,
        wrt=("w_j", "b"),
        lets=_RIDGE_LETS,
        why="X ∈ R^{n×d}: n counts the examples, d the features; mean squared error plus λΣw_j² (no ½, no 1/n on "
        "the penalty); the bias b is not penalised (the page says so)",
    ),
    Cost(
        id="f15-dimas-mse-bar-x-no-index",
        source=DIMAS,
        text=r"mse=\frac{1}{n}\sum^n_{i=1}(b_0*\bar x-{\bar y})^2",
        intended=None,
        wrt=("b_0",),
        expect="refuse",
        why="the summand has no index i and x̄, ȳ read as means: literally n equal terms (b₀x̄ − ȳ)², i.e. "
        "(b₀·mean(x) − mean(y))²; the notebook's code means Σ(b₀xᵢ − yᵢ)²/n. A careful reader cannot tell which "
        "is meant from the formula",
    ),
    # ============================================================ plain text
    Cost(
        id="f15-tushushu-ridge-tuple-squared",
        source=TUSHU + " (second line of 'Loss function:')",
        text="L = (y - W * X - b) ^ 2 + α * (W, b) ^ 2",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="'(W, b) ^ 2' squares a tuple (the docstring's dL/db = … + 2αb suggests ‖W‖² + b², but that is not "
        "what is written), and the loss is for one example with no sum over the data",
    ),
    Cost(
        id="f15-cn-notes-chain-sides-disagree",
        source=CN_DL + " (the J(w,b) line; L from the 'Cost Function:' line above it)",
        text="J(w,b) = 1/m * sumi=1,mL(y_^,y) = -1/m * sum([y(i)*y_^(i)+(1-y(i))*(1-y(i)_^)",
        intended=None,
        wrt=("w_j", "b"),
        lets=("L(y_^, y)= - (y * logy_^ + (1-y) *log(1-y_^))",),
        expect="refuse",
        why="a chain whose sides disagree: the middle is the mean of the cross-entropy L, the last side drops "
        "both logs (y·ŷ + (1−y)(1−ŷ)); the '[' is never closed and 'sumi=1,m' is typed limits",
    ),
    # ============================================================ R
    # ============================================================ Haskell / Julia / Octave / MATLAB
    Cost(
        id="f15-haskell-hmatrix-dot-over-minus-m",
        source=HASKELL + " (computeCost: the 'in' expression; s and m from its 'let')",
        text="((y <.> log (s)) + ((1 - y) <.> log (1 - s))) / fromIntegral (-m)",
        intended=_ce_mean_theta,
        lets=("s = sigmoidVec (x #> theta)", "m = size y"),
        why="hmatrix: <.> is the dot product, #> the matrix–vector product, fromIntegral (-m) is −m as a real: "
        "(yᵀlog s + (1−y)ᵀlog(1−s))/(−m), the mean cross-entropy",
    ),
    # ============================================================ NumPy
    Cost(
        id="f15-tirtha-ridge-half-mean-skip-w0",
        source=TIRTHA + " (def mse: l = …; y_hat = X @ w in the training loop)",
        text=_TIRTHA_J,
        intended=_half_mean_w_l2_skip_first,
        wrt=("w_j",),
        lets=_TIRTHA_LETS,
        why="½·mean squared error + λ/(2m)Σ_{j≥1}w_j²: w[1:] leaves out w[0], the intercept (the script prepends a "
        "column of ones to X); y.shape[0] = m",
    ),
    Cost(
        id="f15-yuxuan-logloss-minus-log-one-minus-s",
        source=YUXUAN + " (def compute_log_loss: loss = …; s from the line above it)",
        text=_YUX_J,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_YUX_LETS,
        why="−yᵀz − Σlog(1 − σ(z)) with z = tx·w equals Σ(log(1 + e^z) − y z): the summed cross-entropy (no 1/N); "
        "tx is the data matrix",
    ),
    Cost(
        id="f15-yuxuan-ls-loss-e-dot-e",
        source=YUXUAN + " (def compute_ls_loss: return …; e from the line above it, N from 'N, D = tx.shape' in "
        "the callers)",
        text=_YUX_LS,
        intended=_half_mse_w,
        wrt=("w_j",),
        lets=_YUX_LS_LETS,
        why="eᵀe/(2N) with e = y − tx·w: the half mean squared error",
    ),
    Cost(
        id="f15-caps-mse-np-square",
        source=EPFL_CAPS + " (def compute_loss, the 'MSE' branch: loss = …; N = y.shape[0] above it)",
        text=_CAPS_MSE,
        intended=_half_mse_w,
        wrt=("w_j",),
        lets=("N = y.shape[0]",),
    ),
    Cost(
        id="f15-caps-ridge-lambda-w-dot-w",
        source=EPFL_CAPS + " (def compute_rdg_loss: loss = …)",
        text="(1/(2*N))*np.sum(np.square(y - (tx@w))) + (lambda_*np.sum(w.T@w))",
        intended=_half_mse_w_l2,
        wrt=("w_j",),
        lets=("N = y.shape[0]",),
        why="half mean squared error plus λ‖w‖² (λ with no ½ and no 1/N); np.sum of the scalar w.T@w is itself",
    ),
    Cost(
        id="f15-caps-ls-loss-is-a-vector",
        source=EPFL_CAPS + " (def compute_ls_loss: loss = …, a function that returns nothing)",
        text="(1/(2*N))*(tx.T@(y - tx@w))",
        intended=None,
        wrt=("w_j",),
        lets=("N = y.shape[0]",),
        expect="refuse",
        why="not a scalar: tx.T@(y − tx@w) is a D-vector (it looks like a gradient, with the wrong factor), so "
        "there is no cost to differentiate",
    ),
    Cost(
        id="f15-caps-logloss-two-arg-sigmoid",
        source=EPFL_CAPS + " (def compute_log_loss: loss = …; sigm, sigm2, N above it; def sigmoid(tx, w) returns "
        "1 / (1 + np.exp(-1*(tx@w))))",
        text=_CAPS_LOG,
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_CAPS_LOG_LETS,
        why="the file's sigmoid takes (tx, w) and returns σ(tx@w); y.T@log(…) are inner products: the mean "
        "cross-entropy (the 1e-50 floors only guard the logs)",
    ),
    Cost(
        id="f15-caps-reg-logloss-penalty-inside-minus",
        source=EPFL_CAPS + " (def compute_reg_log_loss: loss = …)",
        text=_CAPS_REG,
        intended=_ce_mean_w_minus_reg,
        wrt=("w_j",),
        lets=_CAPS_LOG_LETS,
        why="as written the penalty (λ/2)‖w‖² sits inside the (−1/N)(…): the cost is the mean cross-entropy MINUS "
        "λ/(2N)‖w‖² (surely a slip, but that is what the text and the code compute)",
    ),
    Cost(
        id="f15-loop-logloss-for-i",
        source=EPFL_LOOP + " (def compute_log_loss: the body after the asserts)",
        text=_LOOP_J,
        intended=_ce_mean_w,
        wrt=("w_j",),
        why="a Python loop accumulating yᵢ log σ(xᵢ·w) + (1 − yᵢ) log(1 − σ(xᵢ·w)), returned times −1/N: the mean "
        "cross-entropy",
    ),
    Cost(
        id="f15-rlog-sum-softplus-plus-lambda",
        source=EPFL_RLOG + " (def compute_ridge_log_loss: return …)",
        text=_RLOG_J,
        intended=_nll_sum_w_l2,
        wrt=("w_j",),
        why="summed negative log-likelihood Σlog(1 + e^z) − yᵀz plus λwᵀw (no ½, no 1/N)",
    ),
    Cost(
        id="f15-ascii-J-sigma-limits-on-own-lines",
        source=ASCII_NB + " (the docstring 'In logistic regression the cost function is:'; loss from its line "
        "'without the [i] index for readability', f, z and g from the lines after it)",
        text=_ASCII_J,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_ASCII_LETS,
        why="ASCII art: the sum's limits m-1 and i=0 stand on the lines above and below Σ; x_s(i) is example i "
        "(s for superscript); the page's first loss line has log(f) twice, but its next line, used here, gives the "
        "cross-entropy: the mean cross-entropy of g(w·x + b)",
    ),
    Cost(
        id="f15-ascii-J-linear-reg-omega-2j",
        source=ASCII_NB + " (the docstring '…with regularization is MSE plus lambda…', the 'or for readability' "
        "display; f from its 'where' line)",
        text="              m-1                         n-1\n"
        "J(w,b) = 1/2m Σ (fwb(x) - y)**2 + lamba/2m Σ ω**2j\n"
        "              i=0                         j=0",
        intended=_half_mse_wb_l2,
        wrt=("w_j", "b"),
        lets=("fw,b(x) = w ⋅ x + b",),
        why="ASCII art with limits on their own lines; 'ω**2j' is w_j squared (ω for w, the j an index typed after "
        "the power, 'lamba' for λ): (1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + (λ/2m)Σ_j w_j², as the code under it computes",
    ),
    Cost(
        id="f15-octave-costreg-theta-sq-no-sum",
        source=OCT_REG_NOSUM + " (J = …; m, h and theta(1) = 0 on the lines above it, m's trailing comment "
        "dropped)",
        text="(1/m) * (-(y') * log(h) - (1-y)' * log(1-h)) + (lambda/(2*m)) * theta.^2",
        intended=None,
        lets=("m = length(y);", "h = sigmoid(X * theta);"),
        expect="refuse",
        why="not a scalar: theta.^2 is elementwise with no sum, so J is a vector (the scalar cross-entropy plus "
        "λ/(2m)θ_j² in each entry)",
    ),
    Cost(
        id="f15-octave-lrcost-one-minus-y-transposed",
        source=OCT_LR_ZERO + " (J = …; m and h from the lines above it, their trailing comments dropped)",
        text=_OCT_LR_J,
        intended=_ce_reg_theta_skip_first,
        lets=_OCT_LR_LETS,
        why="(1 - y') is a 1×m row, so (1 - y') * log(1 - h) is an inner product: mean cross-entropy plus "
        "λ/(2m)Σ_{j≥2}θ_j² (theta(2:end) leaves out the intercept)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f15-ridge-md-dJdw-matrix",
        source=RIDGE_MD + " (## 4. Gradient Derivation, 'Gradient w.r.t Weights'; e from 'define the error vector')",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + 2\lambda w",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RIDGE_ALETS,
        why="component j: (2/n)Σ eᵢ x_ij + 2λw_j, the gradient of the mean squared error plus λΣw²",
    ),
    Answer(
        id="f15-ridge-md-dJdb",
        source=RIDGE_MD + " (## 4. Gradient Derivation, 'Gradient w.r.t Bias')",
        text=r"\frac{\partial J}{\partial b} = \frac{2}{n} \sum_{i=1}^{n} e_i",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="b",
        lets=_RIDGE_ALETS,
    ),
    Answer(
        id="f15-ridge-md-dJdw-lambda-not-2lambda",
        source=RIDGE_MD + " (the ∂J/∂w display with λw for 2λw — a variant)",
        text=r"\frac{2}{n} X^T e + \lambda w",
        cost=_RIDGE_J,
        verdict="different",
        wrt="w_j",
        lets=_RIDGE_ALETS,
        why="variant (λ for 2λ): the penalty is λΣw² with no ½, its derivative is 2λw",
    ),
    Answer(
        id="f15-ridge-md-dJdb-bias-penalised",
        source=RIDGE_MD + " (the ∂J/∂b display with + 2λb added — a variant)",
        text=r"\frac{2}{n} \sum_{i=1}^{n} e_i + 2\lambda b",
        cost=_RIDGE_J,
        verdict="different",
        wrt="b",
        lets=_RIDGE_ALETS,
        why="variant (penalised bias): b is not in the cost's penalty",
    ),
    Answer(
        id="f15-dsgiitr-poisson-dtheta0",
        source=DSGIITR + " (the ∂L/∂θ₀ line; L(θ) from the line above it)",
        text=r"\frac{\partial L(\theta)}{\partial \theta_0}=y-e^{(\theta_0+\theta_1*x)}",
        cost=_DSG_L,
        verdict="equivalent",
        wrt="theta_0",
        why="L is the one-example Poisson log-likelihood (the page's J sums it); its θ₀-derivative is y − e^{θ₀+θ₁x}",
    ),
    Answer(
        id="f15-dsgiitr-poisson-dtheta1-theta-for-x",
        source=DSGIITR + " (the ∂L/∂θ₁ line)",
        text=r"\frac{\partial L(\theta)}{\partial \theta_1}=y*(\theta_1)-e^{(\theta_0+\theta_1*x)}*\theta_1",
        cost=_DSG_L,
        verdict="different",
        wrt="theta_1",
        why="real error: the inner derivative of θ₀ + θ₁x by θ₁ is x, not θ₁; the right answer is "
        "y·x − e^{θ₀+θ₁x}·x",
    ),
    # ============================================================ R
    # ============================================================ Julia / Octave / MATLAB
    # ============================================================ NumPy
    Answer(
        id="f15-tirtha-ridge-grad-np-r",
        source=TIRTHA + " (def mse_grad: return …)",
        text="(1./y.shape[0]) * (X.T @ (y_hat-y) + lam * np.r_[[[0.]], w[1:]])",
        cost=_TIRTHA_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TIRTHA_LETS,
        why="np.r_[[[0.]], w[1:]] is w with its first entry zeroed: (Xᵀ(ŷ − y) + λ[0; w₁…])/m, the gradient of "
        "½·mean squared error + λ/(2m)Σ_{j≥1}w_j²",
    ),
    Answer(
        id="f15-tirtha-ridge-grad-intercept-penalised",
        source=TIRTHA + " (mse_grad with lam * w for the np.r_ term — a variant)",
        text="(1./y.shape[0]) * (X.T @ (y_hat-y) + lam * w)",
        cost=_TIRTHA_J,
        verdict="different",
        wrt="w_j",
        lets=_TIRTHA_LETS,
        why="variant (penalised intercept): w[0] is not in the cost's penalty",
    ),
    Answer(
        id="f15-yuxuan-logistic-g",
        source=YUXUAN + " (def logistic_regression: g = …; s from the line above it)",
        text="np.dot(tx.T, s - y)",
        cost=_YUX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_YUX_LETS,
        why="the summed cross-entropy has gradient txᵀ(σ(tx·w) − y), no 1/N (the code takes Newton steps with it)",
    ),
    Answer(
        id="f15-yuxuan-ls-gradient",
        source=YUXUAN + " (def compute_ls_gradient: g = …)",
        text="- np.dot(tx.T, e) / N",
        cost=_YUX_LS,
        verdict="equivalent",
        wrt="w_j",
        lets=_YUX_LS_LETS,
        why="e = y − tx·w, so −txᵀe/N = txᵀ(tx·w − y)/N",
    ),
    Answer(
        id="f15-caps-mse-gradient",
        source=EPFL_CAPS + " (def compute_gradient: grad = …; N and e above it; cost from compute_loss 'MSE')",
        text="(-1/N) * (tx.T@e)",
        cost=_CAPS_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=("N = y.shape[0]", "e = y - tx@w"),
    ),
    Answer(
        id="f15-caps-log-gradient",
        source=EPFL_CAPS + " (def compute_log_gradient: grad = …; N and z above it)",
        text="(1/N) * (tx.T@(z - y))",
        cost=_CAPS_LOG,
        verdict="equivalent",
        wrt="w_j",
        lets=_CAPS_LOG_LETS + _CAPS_GRAD_LETS[1:],
        why="z = sigmoid(tx,w) = σ(tx@w): txᵀ(σ − y)/N",
    ),
    Answer(
        id="f15-caps-reg-log-gradient-vs-minus-penalty",
        source=EPFL_CAPS + " (def compute_reg_log_gradient: grad = …; cost from compute_reg_log_loss)",
        text="(1/N) * ((tx.T@(z - y)) + (lambda_*w))",
        cost=_CAPS_REG,
        verdict="different",
        wrt="w_j",
        lets=_CAPS_LOG_LETS + _CAPS_GRAD_LETS[1:],
        why="real mismatch: the file's cost puts (λ/2)‖w‖² inside the (−1/N)(…), so its gradient is "
        "(txᵀ(σ − y) − λw)/N; this gradient adds λw/N (it is right for the cost the author surely meant)",
    ),
    Answer(
        id="f15-loop-logloss-gradient",
        source=EPFL_LOOP + " (def compute_gradient_log_loss: gradient = …)",
        text="- 1 / y.shape[0] * tx.T.dot(y - sigmoid(tx.dot(w)))",
        cost=_LOOP_J,
        verdict="equivalent",
        wrt="w_j",
        why="−txᵀ(y − σ(tx·w))/N = txᵀ(σ − y)/N",
    ),
    Answer(
        id="f15-rlog-log-gradient",
        source=EPFL_RLOG + " (def compute_log_gradient: return …; cost from compute_log_loss: return …)",
        text="tx.T.dot(sigmoid(tx.dot(w))-y)",
        cost=_RLOG_J0,
        verdict="equivalent",
        wrt="w_j",
    ),
    Answer(
        id="f15-rlog-ridge-log-gradient",
        source=EPFL_RLOG + " (def compute_ridge_log_gradient: return …)",
        text="tx.T.dot(sigmoid(tx.dot(w))-y) + 2*lambda_*w",
        cost=_RLOG_J,
        verdict="equivalent",
        wrt="w_j",
        why="the penalty λwᵀw has gradient 2λw",
    ),
    Answer(
        id="f15-rlog-ridge-log-gradient-lambda-w",
        source=EPFL_RLOG + " (compute_ridge_log_gradient with lambda_*w — a variant)",
        text="tx.T.dot(sigmoid(tx.dot(w))-y) + lambda_*w",
        cost=_RLOG_J,
        verdict="different",
        wrt="w_j",
        why="variant (λ for 2λ): right only for a penalty (λ/2)wᵀw",
    ),
    Answer(
        id="f15-ascii-dJdw-sigma-limits",
        source=ASCII_NB + " (the docstring 'gradient for multiple variables means j = 0..n - 1', first display)",
        text="                   m-1\n"
        "dJ(w,b) / dw = 1/m Σ (fwb(x_s(i)) - y_s(i)) * x\n"
        "                   i = 0",
        cost=_ASCII_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_ASCII_LETS,
        why="fwb is the same f as fw,b; '* x' is the feature (j) of example i: (1/m)Σ(f(x⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾",
    ),
    Answer(
        id="f15-ascii-dJdb-sigma-limits",
        source=ASCII_NB + " (same docstring, second display)",
        text="                   m-1\n"
        "dJ(w,b) / db = 1/m Σ (fwb(x_s(i)) - y_s(i))\n"
        "                   i = 0",
        cost=_ASCII_J,
        verdict="equivalent",
        wrt="b",
        lets=_ASCII_LETS,
    ),
    Answer(
        id="f15-ascii-dJdw-equates-to-linear",
        source=ASCII_NB + " (same docstring, 'which equates to', first display)",
        text="                   m-1\n"
        "dJ(w,b) / dw = 1/m Σ (wx_s(i) + b - y_s(i)) * x\n"
        "                   i = 0",
        cost=_ASCII_J,
        verdict="different",
        wrt="w_j",
        lets=_ASCII_LETS,
        why="real error: 'which equates to' replaces f = g(w·x + b) by w·x + b, dropping the sigmoid; that is the "
        "linear-regression gradient, not the logistic cost's",
    ),
    Answer(
        id="f15-ascii-dJdb-equates-to-linear",
        source=ASCII_NB + " (same docstring, 'which equates to', second display)",
        text="                   m-1\n"
        "dJ(w,b) / db = 1/m Σ (wx_s(i) + b - y_s(i))\n"
        "                   i = 0",
        cost=_ASCII_J,
        verdict="different",
        wrt="b",
        lets=_ASCII_LETS,
        why="real error: the sigmoid is dropped (w·x + b for g(w·x + b))",
    ),
    Answer(
        id="f15-octave-lrcost-grad-line-without-zeroing",
        source=OCT_LR_ZERO + " (grad = …, taken without the 'theta(1,1) = 0;' that runs just before it — a "
        "variant)",
        text="(1/m) * X' * (h - y) + (lambda/m) * theta",
        cost=_OCT_LR_J,
        verdict="different",
        lets=_OCT_LR_LETS,
        why="variant (penalised intercept): read on its own the line adds λθ₁/m to the intercept's component, which "
        "the cost leaves out (in the file, theta(1,1) = 0 just before makes it right)",
    ),
]

r"""A fresh held-out wave (f24): student work — homework code, course projects, notes pasted in repositories.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from repositories and files no other corpus file uses, none of them a Coursera ex2/ex5
costFunction file:

* R: a student R package for logistic regression (roxygen comments in English and French), whose stored history
  keeps a real wrong gradient (a misplaced parenthesis: (1/m)(Xᵀσ − y));
* Julia: a MATH-482 homework (one-feature least squares, loops with ``sum +=``), a small regression script
  (``1/(2n)``, Julia's juxtaposed product);
* Python/NumPy: a logistic class with a backslash line continuation, an EPFL-style project (summed
  negative log-likelihood, no 1/m; an MAE loss), a class file with linear, Lasso and Ridge subclasses whose
  Ridge gradient carries a λ its loss does not (a real slip), a Cornell-style ``ridge(w,xTr,yTr,lambdaa)`` with
  d×n data and Chinese comments (one of them a wrong gradient), …;
* plain text typed in comments and READMEs.

Real wrong answers come first; where a source gave only right answers, a realistic one-slip variant is added and
marked "variant" in ``why`` (at most a third of the answers).

Each ``text`` is exactly what the source shows (for code, the right-hand side of the assignment or ``return``,
or the function body lines that compute it); ``cost`` and ``lets`` are the same source's, verbatim (R's ``<-``
kept). Verdicts were worked out by hand. Files of the public code index whose repository the index does not
name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
GWLADYS = "github:GwladysKerhoas/Creating-a-R-package-on-Descent-Gradient"
GWLADYS_COST = GWLADYS + ":R/CostFunction.R"
GWLADYS_GRAD = GWLADYS + ":R/Gradient.R"
GWLADYS_GRADXY = GWLADYS + ":R/Gradient_xy.R"
BRAITHWT = "github:danielbraithwt/MATH-482:Regression/gradient-descent.jl"
STEY = (
    "GitHub Julia '# Linear Regression Model / # Using Gradient Descent for Regression Modeling / # Author: Paul "
    "Stey' (public code index file 30718461862; the index names no repository)"
)
XK97 = (
    "GitHub Python 'class LogisticRegression' by '@author: xk97' (header cites blog.csdn.net/qq_32942549), "
    "def train (public code index file 34283347661; the index names no repository)"
)
EPFL = (
    "GitHub Python helpers 'compute_loss_MSE(n2, e)', 'compute_loss_logistic(y, tx, w)' with '# Thresholding to "
    "prevent any overflow' (public code index file 45097820125; the index names no repository)"
)
MLCLASSES = (
    "GitHub Python 'class BinaryLogisticRegression()', 'class LinearRegression()', 'class LassoRegression', "
    "'class RidgeRegression' in one file (public code index file 47156278792; the index names no repository)"
)
RIDGE_CN = (
    "GitHub Python 'def ridge(w,xTr,yTr,lambdaa,grad_method=\"newton\")' with Chinese comments "
    "(#回归损失为…, #通过公式推到可以得到梯度函数=…) (public code index file 9984019361; the index names no repository)"
)

CORNELL_NP = (
    "GitHub Python 'from numpy import dot, maximum, sum, exp, log' with def ridge(w, x_tr, y_tr, lambdaa), "
    "def hinge(…), def logistic(w, x_tr, y_tr) (d×n data, each column an input) (public code index file "
    "48462173243; the index names no repository)"
)
OCT_LCG = (
    "GitHub Octave 'function [J, grad] = logisticCostAndGradient(theta, X, y)' ('% Cost Function', "
    "'% Gradient') (public code index file 44941626503; the index names no repository)"
)

# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _nll_sum_w(d):
    p = sig(d.X @ d.w)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mse_one_w_no_intercept(d):
    return float(np.mean((d.w[0] * d.x - d.y) ** 2))


def _half_mse_beta(d):
    return float(np.sum((d.X @ d.beta - d.y) ** 2)) / (2 * d.m)


def _mse_wb(d):
    return float(np.mean((d.X @ d.w + d.b - d.y) ** 2))


def _mse_wb_plus_sq(d):
    return _mse_wb(d) + float(np.sum(d.w**2))


def _sse_ridge_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _logloss_pm1_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


# ------------------------------------------------------------------ shared texts
_GW_COST = "mean((-y*log(sig))-((1-y)*log(1-sig)))"
_GW_LETS = ("sig <- sigmoid(x%*%theta)",)

_BR_ERR = """  sum = 0
  for i in 1:length(X)
    sum += (w*X[i] - Y[i])^2
  end

  return 1/(length(X)) * sum"""

_STEY_J = "1/(2n) * sum((h-y).^2)"
_STEY_LETS = ("h = X*beta",)

_XK_COST = """(- 1 / n_samples) * np.sum(y_true * np.log(y_predict) \\
                    + (1 - y_true) * (np.log(1 - y_predict)))"""
_XK_LETS = (
    "n_samples, n_features = X.shape",
    "y_predict = self.sigmoid(np.dot(X, self.weights) + self.bias)",
)

_EPFL_COST = "np.squeeze(-loss)"
_EPFL_LETS = (
    "sigmoid_param = tx @ w",
    "sigm = sigmoid(sigmoid_param)",
    "loss = (y.T @ np.log(sigm)) + ((1 - y).T @ np.log(1 - sigm))",
)

_MLC_LOG_COST = "-np.mean(loss)"
_MLC_LOG_LETS = (
    "self.n, self.m = X.shape",
    "Z = X @ self.w + self.b",
    "y_pred = self.sigmoid(Z)",
    "loss = y*np.log(y_pred) + (1-y)*np.log(1-y_pred)",
)
_MLC_LIN_COST = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
_MLC_RIDGE_COST = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_MLC_LIN_LETS = ("Y_pred = (X @ self.W) + self.b", "n = X.shape[0]")

_RCN_COST = "w.T@xTr@xTr.T@w-2*w.T@xTr@yTr.T+yTr@yTr.T+lambdaa*w.T@w"

_CN_RIDGE = "dot(p, p) + lambdaa*dot(w, w)"
_CN_RIDGE_LETS = ("w = w[:, 0]", "p = (dot(w, x_tr) - y_tr)[0]")
_CN_LOG = "sum(log(1 + exp(-inside)))"
_CN_LOG_LETS = ("inside = y_tr[0] * dot(w[:, 0], x_tr)",)

_LCG_COST = "S ./ m"
_LCG_COST_LETS = (
    "m = length(y);",
    "hypothesis = sigmoid( X * theta );",
    "S = sum(- y .* log(hypothesis) - (1 - y) .* log( 1 - hypothesis));",
)
_LCG_GRAD_LETS = ("m = length(y);", "hypothesis = sigmoid( X * theta );", "S = sum( (hypothesis - y) .* X );")

COSTS: list[Cost] = [
    # ============================================================ R
    Cost(
        id="f24-gwladys-r-mean-cross-entropy",
        source=GWLADYS_COST + " (cout = function(x,y,theta): cost = …; sig from the line above)",
        text=_GW_COST,
        intended=_ce_mean_theta,
        lets=_GW_LETS,
        why="R: x%*%theta is the matrix product Xθ, * and - elementwise; the mean over the m examples of the "
        "per-example cross-entropy −y log σ − (1−y) log(1−σ)",
    ),
    # ============================================================ Julia
    Cost(
        id="f24-braithwt-julia-err-loop-one-feature",
        source=BRAITHWT + " (function err(w): the body)",
        text=_BR_ERR,
        intended=_mse_one_w_no_intercept,
        wrt=("w",),
        why="Julia homework: X and Y are the one feature and the targets (vectors), w a scalar slope with no "
        "intercept; the loop accumulates (wXᵢ − Yᵢ)² and the return divides by the number of examples: "
        "(1/m)Σ(wxᵢ − yᵢ)². `sum` is a local variable shadowing the builtin",
    ),
    Cost(
        id="f24-stey-julia-1-over-2n-juxtaposed",
        source=STEY + " (function sq_error_loss(X, y, beta, n): J = …)",
        text=_STEY_J,
        intended=_half_mse_beta,
        wrt=("beta_j",),
        lets=_STEY_LETS,
        why="Julia: 2n is the juxtaposed product 2·n; n is passed in as the number of examples (n, p = size(X) "
        "in gradient_des, which calls sq_error_loss(X, y, beta, n)); .^ is elementwise: (1/2m)Σ(Xβ − y)²",
    ),
    # ============================================================ Python / NumPy
    Cost(
        id="f24-xk97-cost-backslash-continuation",
        source=XK97 + " (# Step 3: cost = …, over two lines)",
        text=_XK_COST,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_XK_LETS,
        why="the expression runs over two lines joined by Python's backslash line continuation; "
        "self.sigmoid(a) is 1/(1 + e^−a); the mean cross-entropy of σ(Xw + b)",
    ),
    Cost(
        id="f24-epfl-summed-nll-squeeze",
        source=EPFL + " (def compute_loss_logistic: return …)",
        text=_EPFL_COST,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_EPFL_LETS,
        why="the summed (not averaged) negative log-likelihood: yᵀlog σ + (1−y)ᵀlog(1−σ) is a sum over the "
        "examples; np.squeeze only drops 1×1 dimensions. The two clipping lines (sigmoid_param[…] = ±20) only "
        "guard against overflow and are left out of the lets",
    ),
    Cost(
        id="f24-epfl-mae-abs",
        source=EPFL + " (def compute_loss_MAE(n, e): return …; e from compute_e)",
        text="1/n * np.sum(np.abs(e))",
        intended=None,
        expect="refuse",
        lets=("e = y - tx @ w",),
        why="mean absolute error: np.abs is not differentiable at 0 and is out of scope",
    ),
    Cost(
        id="f24-ridge-cn-expanded-quadratic-dxn",
        source=RIDGE_CN + " (reg_loss = …)",
        text=_RCN_COST,
        intended=_sse_ridge_w,
        wrt=("w_j",),
        lets=(),
        why="xTr is d×n (each COLUMN an example), yTr 1×n, w d×1: the square ‖wᵀxTr − yTr‖² expanded as "
        "wᵀXXᵀw − 2wᵀXyᵀ + yyᵀ, plus λwᵀw — the summed squared error (no 1/n) plus λ‖w‖²",
    ),
    Cost(
        id="f24-ridge-cn-comment-plain",
        source=RIDGE_CN + " (the comment above reg_loss, after '#回归损失为' ('the regression loss is'))",
        text="w.T*x*x.T*w-2w.T*xy+y.T*y+lambda*w.T*w",
        intended=_sse_ridge_w,
        wrt=("w_j",),
        why="typed in a comment: x is the d×n xTr and y the labels read as a column (so y.T*y is the scalar yᵀy "
        "and xy the d-vector Xy); 2w.T*xy is 2wᵀXy with juxtaposed factors: the same ‖Xᵀw − y‖² + λ‖w‖² as "
        "the code line",
    ),
    Cost(
        id="f24-cornell-np-ridge-dot-p",
        source=CORNELL_NP + " (def ridge: loss = …)",
        text=_CN_RIDGE,
        intended=_sse_ridge_w,
        wrt=("w_j",),
        lets=_CN_RIDGE_LETS,
        why="x_tr is d×n (columns are examples), y_tr 1×n; p is the n-vector of residuals wᵀxᵢ − yᵢ, so "
        "dot(p, p) is the summed squared error (no 1/n), plus λwᵀw; w is re-bound to its first column",
    ),
    Cost(
        id="f24-cornell-np-hinge-maximum",
        source=CORNELL_NP + " (def hinge: loss = …)",
        text="sum(maximum(0, hinges)) + lambdaa*dot(w, w)",
        intended=None,
        expect="refuse",
        lets=("w = w[:, 0]", "hinges = (1 - y_tr * (dot(w, x_tr)))[0]"),
        why="the hinge loss max(0, 1 − y wᵀx): not differentiable at the kink, out of scope",
    ),
    Cost(
        id="f24-cornell-np-logistic-pm1-labels",
        source=CORNELL_NP + " (def logistic: loss = …)",
        text=_CN_LOG,
        intended=_logloss_pm1_sum_w,
        wrt=("w_j",),
        lets=_CN_LOG_LETS,
        why="labels y ∈ {−1, +1}: the summed logistic loss Σ log(1 + e^(−yᵢ wᵀxᵢ)) (no 1/n, no intercept); "
        "sum, log, exp are NumPy's (imported by name)",
    ),
    # ============================================================ Octave
]

ANSWERS: list[Answer] = [
    # ============================================================ R
    Answer(
        id="f24-gwladys-r-grad-crossprod",
        source=GWLADYS_GRAD + " (gradient <- function(x, y, theta): gradient <- …, the stored English version)",
        text="(t(x) %*% (sig-y)) / nrow(y)",
        cost=_GW_COST,
        verdict="equivalent",
        lets=_GW_LETS,
        why="t(x) %*% (σ − y) is Xᵀ(σ − y); y is an m×1 matrix so nrow(y) = m",
    ),
    Answer(
        id="f24-gwladys-r-grad-misplaced-paren",
        source=GWLADYS_GRAD + " (another stored version of the file, French roxygen '@param x matrice des variables "
        "explicatives': gradient <- …)",
        text="((1 / nrow(y)) * (t(x) %*% (sig) - y))",
        cost=_GW_COST,
        verdict="different",
        lets=("sig = sigmoid(x%*%t(theta))",),
        why="real slip: the parenthesis closes after (sig), so this is (1/m)(Xᵀσ − y), not (1/m)Xᵀ(σ − y) — y is "
        "subtracted from the n-vector Xᵀσ instead of from σ. (theta is a row there, hence x%*%t(theta))",
    ),
    Answer(
        id="f24-gwladys-r-grad-xy-version",
        source=GWLADYS_GRADXY + " (gradient_xy <- function(data, theta): gradient <- …; y and x are columns of "
        "data)",
        text="(t(x) %*% (sig-y)) / nrow(y)",
        cost=_GW_COST,
        verdict="equivalent",
        lets=("y <- as.matrix(data[,1])", "x <- as.matrix(data[,2:ncol(data)])", "sig <- sigmoid(x%*%theta)"),
        why="the same Xᵀ(σ − y)/m with y and x taken from a data frame (first column the target)",
    ),
    # ============================================================ Julia
    Answer(
        id="f24-braithwt-julia-grad-loop",
        source=BRAITHWT + " (function grad(w): the body)",
        text="""  sum = 0
  for i in 1:length(X)
    sum += X[i] * (w*X[i] - Y[i])
  end

  return 2/(length(X)) * sum""",
        cost=_BR_ERR,
        verdict="equivalent",
        wrt="w",
        why="d/dw (1/m)Σ(wxᵢ − yᵢ)² = (2/m)Σxᵢ(wxᵢ − yᵢ): the 2 is kept because the cost has no ½",
    ),
    Answer(
        id="f24-braithwt-julia-grad-lost-2",
        source=BRAITHWT + " (grad(w) with 1/(length(X)) for 2/(length(X)) — a variant)",
        text="""  sum = 0
  for i in 1:length(X)
    sum += X[i] * (w*X[i] - Y[i])
  end

  return 1/(length(X)) * sum""",
        cost=_BR_ERR,
        verdict="different",
        wrt="w",
        why="variant (lost 2): the cost is (1/m)Σ(…)² with no ½, so the derivative keeps the factor 2",
    ),
    Answer(
        id="f24-stey-julia-partial-j-kept-half",
        source=STEY + " (the same factor with 1/(2n) — a variant)",
        text="(1/(2n)) * sum((X*beta - y).*X[:, j])",
        cost=_STEY_J,
        verdict="different",
        wrt="beta_j",
        lets=_STEY_LETS,
        why="variant (kept ½): the 2 of the square cancels the ½ of 1/(2n)",
    ),
    # ============================================================ Python / NumPy
    Answer(
        id="f24-xk97-dw",
        source=XK97 + " (# Step 4: dw = …)",
        text="(1 / n_samples) * np.dot(X.T, (y_predict - y_true))",
        cost=_XK_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_XK_LETS,
    ),
    Answer(
        id="f24-xk97-db",
        source=XK97 + " (# Step 4: db = …)",
        text="(1 / n_samples) * np.sum(y_predict - y_true)",
        cost=_XK_COST,
        verdict="equivalent",
        wrt="b",
        lets=_XK_LETS,
    ),
    Answer(
        id="f24-xk97-dw-reversed",
        source=XK97 + " (dw = … with y_true − y_predict — a variant)",
        text="(1 / n_samples) * np.dot(X.T, (y_true - y_predict))",
        cost=_XK_COST,
        verdict="different",
        wrt="w_j",
        lets=_XK_LETS,
        why="variant (sign): the code then does weights − lr·dw, so dw must be the cost's gradient Xᵀ(ŷ − y)/m; "
        "this is its negative",
    ),
    Answer(
        id="f24-epfl-grad-summed",
        source=EPFL + " (def compute_gradient_logistic: return …)",
        text="tx.T @ (sigmoid(sigmoid_param) - y)",
        cost=_EPFL_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPFL_LETS,
        why="the cost is a sum, so its gradient is txᵀ(σ − y) with no 1/m",
    ),
    Answer(
        id="f24-epfl-grad-averaged",
        source=EPFL + " (compute_gradient_logistic's return divided by len(y) — a variant)",
        text="tx.T @ (sigmoid(sigmoid_param) - y) / len(y)",
        cost=_EPFL_COST,
        verdict="different",
        wrt="w_j",
        lets=_EPFL_LETS,
        why="variant (1/m added): the cost is the SUM of the per-example losses, so 1/m makes it m times too small",
    ),
    Answer(
        id="f24-mlclasses-logistic-dj-dw-self-m",
        source=MLCLASSES + " (dJ_dw = … divided by self.m, the feature count — a variant)",
        text="(X.T @ (y_pred - y))/self.m",
        cost=_MLC_LOG_COST,
        verdict="different",
        wrt="w_j",
        lets=_MLC_LOG_LETS,
        why="variant (the usual letter in this file's swapped convention): self.m is the number of FEATURES "
        "(self.n, self.m = X.shape), so this divides by n instead of the m examples",
    ),
    Answer(
        id="f24-ridge-cn-grad-code",
        source=RIDGE_CN + " (gradient= …)",
        text="2*(xTr@xTr.T+lambdaa*np.eye(len(xTr)))@w-2*xTr@yTr.T",
        cost=_RCN_COST,
        verdict="equivalent",
        wrt="w_j",
        why="len(xTr) = d (xTr is d×n), so np.eye(len(xTr)) is the d×d identity: 2(XXᵀ + λI)w − 2Xyᵀ, the "
        "gradient of ‖Xᵀw − y‖² + λ‖w‖²",
    ),
    Answer(
        id="f24-ridge-cn-grad-comment-x-x-y",
        source=RIDGE_CN + " (the comment above gradient=, after '#通过公式推到可以得到梯度函数=' ('from the "
        "formula the gradient is'), full-width parentheses as typed)",
        text="2*（xx.T+lambda*I）*w-x*x*y",
        cost=_RCN_COST,
        verdict="different",
        wrt="w_j",
        why="real slip in the student's note: the last term should be 2·x·yᵀ (as the code line below it has), "
        "the comment writes x*x*y (an extra x, no 2); （ ） are full-width parentheses",
    ),
    Answer(
        id="f24-cornell-np-ridge-grad",
        source=CORNELL_NP + " (def ridge: gradient = … before the reshape)",
        text="2 * (dot(x_tr, p) + lambdaa * w)",
        cost=_CN_RIDGE,
        verdict="equivalent",
        wrt="w_j",
        lets=_CN_RIDGE_LETS,
        why="dot(x_tr, p) = Σᵢ xᵢ(wᵀxᵢ − yᵢ); the gradient of Σ(…)² + λ‖w‖² is 2(Xp + λw)",
    ),
    Answer(
        id="f24-cornell-np-ridge-grad-penalty-lost-2",
        source=CORNELL_NP + " (ridge's gradient with the 2 only on the data term — a variant)",
        text="2 * dot(x_tr, p) + lambdaa * w",
        cost=_CN_RIDGE,
        verdict="different",
        wrt="w_j",
        lets=_CN_RIDGE_LETS,
        why="variant (λ/2 slip): the penalty λwᵀw has gradient 2λw, not λw",
    ),
    Answer(
        id="f24-cornell-np-logistic-grad",
        source=CORNELL_NP + " (def logistic: gradient = … before the reshape)",
        text="dot(x_tr, -y_tr[0]/(1 + exp(inside)))",
        cost=_CN_LOG,
        verdict="equivalent",
        wrt="w_j",
        lets=_CN_LOG_LETS,
        why="d/dw log(1 + e^(−y wᵀx)) = −y x e^(−y wᵀx)/(1 + e^(−y wᵀx)) = −y x/(1 + e^(y wᵀx)); summed over the "
        "columns of x_tr",
    ),
    Answer(
        id="f24-cornell-np-logistic-grad-exp-sign",
        source=CORNELL_NP + " (logistic's gradient with exp(-inside) in the denominator — a variant)",
        text="dot(x_tr, -y_tr[0]/(1 + exp(-inside)))",
        cost=_CN_LOG,
        verdict="different",
        wrt="w_j",
        lets=_CN_LOG_LETS,
        why="variant (sign inside exp): −y/(1 + e^(−y wᵀx)) is −y·σ(y wᵀx), the right factor is −y·σ(−y wᵀx)",
    ),
    Answer(
        id="f24-octave-lcg-grad-lost-m",
        source=OCT_LCG + " (the gradient's S without ./ m — a variant)",
        text="sum( (hypothesis - y) .* X )",
        cost="logistic",
        verdict="different",
        lets=_LCG_GRAD_LETS[:2],
        why="variant (lost 1/m): the cost is a mean, this sum is m times its gradient",
    ),
]

r"""A fresh held-out wave (f26): code people wrote in many languages, a few Q&A and note pages, real slips.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, repositories and index files no other corpus file uses:

* code, most of the wave: R (a clamped log-loss with ``<-`` assignments, a risk written as ``colMeans`` of a
  per-example "loss gradient" that is really minus the gradient), Julia (``log.``, ``e.^-z``, ``1/2m`` meaning
  1/(2m), ``T[2:end]``, a gradient written with an ``if i > 1`` guard), Scala/Breeze (``:*``, ``log1p``,
  ``training.t``), C++/Eigen (``Xt * epsilon / n`` with ``epsilon = y - y_pred``), JavaScript with ``θs`` as an
  identifier and a ``.map(...).reduce(...)`` cost, JAX's quick-start loss (sigmoid written with ``tanh``),
  NumPy (the "PyTorch tutorial" ``np.dot(2*x, y_pred - y).mean()`` gradient that forgets 1/N, a textbook's
  ``weights_delta`` that is the negative gradient times m, a misaligned ``grad[:-1] += λ·θ[1:]``, a Poisson loss
  docstring in plain text), Octave (a Q&A asker's right and wrong regularised gradients, ``theta(1) = 0`` set
  after ``h`` so that the penalty skips the intercept);
* LaTeX and plain text: a ridge README (n examples, d features), two Japanese notes (one a chain whose Σ side
  runs 0…n), a Numerade question typed in Unicode (Σ(i=1 to n), ||w||^2), lecture notes with a ``\log_{w,b}``
  that lost its ``h`` and an absolute value;
* refusals: a comment that is not a formula any more, a page whose backslashes were eaten, ``|·|``, a cost with
  a missing function name.

R's ``<-`` and C++ declarations in ``lets`` are written as ``NAME = EXPR`` (the right-hand side verbatim); a
function definition used as a let is written ``f(args) = body``. About half the answers are wrong; most wrong
ones are real (the source's own line), five are a one-slip variant of a real answer, marked "variant" in
``why``. Verdicts were worked out by hand. Files of the public code index whose repository the index does not
name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
HUGEHM = "github:hugehm/LearnMNIST:lrCostFunction.R"
RIDGE_MD = (
    "GitHub Markdown '# Ridge Regression (L2 Regularization) — From Scratch' (sections '## 2. Model Formulation', "
    "'## 3. Loss Function (Ridge / L2)', '## 4. Gradient Derivation'; public code index file 35350810926; the "
    "index names no repository)"
)
PYENG_WB = (
    "GitHub Python '# calcuate loss :-  Mean squared error' / def gradientW / def gradientB, 'Y = 2 * X + 1' "
    "(public code index file 13875161199; the index names no repository)"
)
PYENG_W = (
    "GitHub Python '#loss function =MSE' / '#dMSE/dw = 1/n * sum(2*x*(y_pred - y))' / def gradient (public code "
    "index file 41232280128; the index names no repository)"
)
STA663 = "github:ZhechangYang/STA663:labs/test/funcs.cpp (Eigen::VectorXd gd(...))"
RBINOM = (
    "GitHub R '#  Gradient Descent in Logistic Regression' (binomialLossFun, binomialLossGrad, empiricalRisk, "
    "empiricalRiskGrad, gradDescent; public code index file 46032758260; the index names no repository)"
)
_EX2_REG_J = r"(sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"
STACKG = (
    "https://stackguides.com/questions/51262489/ml-octave-gradient-function-for-regularized-logistic-regression "
    "(the question's '%correct' and '%wrong' code)"
)
NUMERADE = "https://www.numerade.com/student-profile/kristin-henson-9534/ (the 'Regularization' question)"
OMAR5 = "https://omarelamri.notion.site/Lecture-5-April-17th-2023-ff2a2842f0dd4f16bdfb0a55e5242cec"
ZOUKAN = "http://t.zoukankan.com/jfwang-p-4175166.html ('cost function:')"
S4DS = "github:pbugnion/s4ds:chap02/LogisticRegression.scala (def costFunctionAndGradient)"
JAXQS = "github:arthurmensch/online_sinkhorn:old/test_jax.py (def loss, the JAX quick-start logistic example)"
YAGLM = (
    "GitHub Python ya_glm 'class PoissonRegLoss(Func)' (docstring, _eval, _grad; public code index file "
    "31594541510; the index names no repository)"
)
JULIA1 = (
    "GitHub Julia 'module LogisticRegression' (function J, function h, function g; public code index file "
    "20205678945; the index names no repository)"
)
JULIA2 = (
    "GitHub Julia 'module LogisticRegression', a later version of the same module (function J!(X, Y, T; G = [], "
    "lambda)); public code index file 20163230000"
)
JSTHETA = (
    "GitHub JavaScript 'A no-conditional form of cross-entropy (log-loss)' (function cost(xs, ys, θs), "
    "function predict, function sigmoid, function dotProduct; public code index file 23112627394; the index names "
    "no repository)"
)
COMP551 = (
    "GitHub Python 'class LogisticRegression(object)' with penalty='l1'/'l2' and lambdaa (def gradient, def "
    "cost_fn; public code index file 41749696362; the index names no repository)"
)
LIU_LOG = (
    "GitHub Python 'Training a logistic regression model' (code from Yuxi Liu's 'Python Machine Learning By "
    "Example', def update_weights_gd, def compute_cost; public code index file 26718334075)"
)
LIU_LIN_PL = (
    "GitHub Python '\"\"\"Implementacja regresji liniowej\"\"\"' (Polish comments; def update_weights_gd, def "
    "compute_cost; public code index file 40090800587)"
)
OCT_LR_ZERO = (
    "GitHub Octave 'function [J, grad] = lrCostFunction(theta, X, y, lambda)' with the comment '% setting the first "
    "parameter (theta(1) = theta0 from notes) to 0 so it will not be included in the regularization' (public code "
    "index file 21742361859; the index names no repository)"
)
OCT_LIN_ZERO = (
    "GitHub Octave linearRegCostFunction with the comments '% Do not regularize the bias parameter' and '% "
    "Regularized linear cost function' (public code index file 24239246036; the index names no repository)"
)
QIITA = "https://qiita.com/maple07/items/18c589615aeee574e829 ('[memo]ML.線形回帰(式)', '## 重回帰')"
ZENN2 = (
    "https://zenn.dev/kmj13/articles/multiple_linear_regression_gradient_flow_japanese ('📘 重回帰分析の勾配計算と"
    "学習ステップ完全ガイド')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean(p, y):
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _ce_mean_theta(d):
    return _ce_mean(sig(d.X @ d.theta), d.y)


def _ce_mean_w(d):
    return _ce_mean(sig(d.X @ d.w), d.y)


def _ce_reg_theta_skip_first(d):
    return _ce_mean_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _hugehm_clamped(d):
    p = sig(d.X @ d.theta)
    c, e = 0.99999999999, 0.0000000000000000001
    r2 = float(np.sum(-d.y * np.log(p * c + e) - (1 - d.y) * np.log(1 - p * c + e)))
    return r2 / d.m + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _ridge_md(d):
    return float(np.mean((d.X @ d.w + d.b - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _mse_one_wb(d):
    return float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2))


def _mse_one_w(d):
    return float(np.mean((d.w[0] * d.x - d.y) ** 2))


def _ridge_sum_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _ridge_sum_theta(d):
    return float(np.sum((d.y - d.X @ d.theta) ** 2)) + d.lam * float(np.sum(d.theta**2))


def _nll_sum_softplus_beta(d):
    z = d.X @ d.beta
    return float(-np.sum(d.y * z - np.log1p(np.exp(z))))


def _nll_sum_tanh_w(d):
    p = 0.5 * (np.tanh((d.X @ d.w) / 2.0) + 1)
    return float(-np.sum(np.log(p) * d.y + np.log(1 - p) * (1 - d.y)))


def _poisson_mean_beta_b(d):
    z = d.X @ d.beta + d.b
    return float(np.mean(np.exp(z) - d.y * z))


def _ce_mean_log1p_theta(d):
    z = d.X @ d.theta
    return float(np.mean(d.y * np.log1p(np.exp(-z)) + (1 - d.y) * np.log1p(np.exp(z))))


def _half_mse_mean_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2 / 2.0))


def _half_mse_reg_theta_skip_first(d):
    r = d.X @ d.theta - d.y
    return float(np.sum(r**2)) / (2 * d.m) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _mse_wb(d):
    return float(np.mean((d.y - (d.X @ d.w + d.b)) ** 2))


# ------------------------------------------------------------------ shared texts
_HUGEHM_J = "r1*r2+r3*r4"
_HUGEHM_LETS = (
    "m = length(y);",
    "temp = sigmoid(X%*%theta)",
    "r1 = 1/m",
    "r2 = sum(-y*log(temp*0.99999999999+0.0000000000000000001)-(1-y)*log(1-temp*0.99999999999+0.0000000000000000001))",
    "r3 = lambda/(2*m)",
    "r4 = sum(sum(theta[2:length(theta)]^2))",
)
_RIDGE_J = r"J_{ridge}(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \lambda \sum_{j=1}^{d} w_j^2"
_RIDGE_LETS = (r"\hat{y} = Xw + b",)
_RIDGE_GLETS = (r"e = \hat{y} - y", r"\hat{y} = Xw + b")
_PYENG_WB_J = "((y_pred - y)**2).mean()"
_PYENG_WB_LETS = ("y_pred = (w*X) + b",)
_PYENG_W_J = "((y_pred - y) ** 2).mean()"
_PYENG_W_LETS = ("y_pred = w*x",)
_RBINOM_COST = "mean(loss)"
_RBINOM_LETS = (
    "loss = - (y * log(activate) + (1 - y) * log(1 - activate))",
    "activate = activation(X, beta)",
    "loss_grad = X * (y - as.numeric(activation(X, beta)))",
    "activation = sigmoid",
    "sigmoid(X, beta) = ((1 + exp(-X %*% beta))^(-1))",
)
_STACKG_LETS = ("sigmoid(z) = 1 ./ (1 + exp( -z ))",)
_S4DS_J = "- sum((target :* xBeta) - log1p(expXBeta))"
_S4DS_LETS = ("xBeta = training * coefficients", "expXBeta = exp(xBeta)", "probs = sigmoid(xBeta)")
_YAGLM_J = "f(coef, intercept) = (1 / n_samples) sum_{i=1}^n e^{z_i} - y_i z_i"
_YAGLM_LETS = ("z_i = x_i.T @ coef + intercept", "r = np.exp(z) - self.y")
_JULIA_J1 = "1/m * (-Y' * log.(h(X,T)) - (1 - Y)' * log.(1 - h(X,T)))"
_JULIA_LETS1 = ("m = size(X,1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")
_JULIA_J2 = (
    "1 / m * (-Y' * log.(h(X, T)) - (1 - Y)' * log.(1 - h(X, T))) + (lambda *  (1/2m * sum(T[2:end].^2)))"
)
_JULIA_LETS2 = ("m = size(X, 1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")
_JULIA_G = "1 / m * sum((h(X, T) - Y) .* X[:,i])"
_JS_J = (
    "-xs\n"
    "      .map((x, i) => {\n"
    "        const xis = xs[i];\n"
    "        const yi = ys[i];\n"
    "        return (\n"
    "          yi * Math.log(predict(xis, θs)) +\n"
    "          (1 - yi) * Math.log(1 - predict(xis, θs))\n"
    "        );\n"
    "      })\n"
    "      .reduce((m, n) => m + n) / xs.length"
)
_JS_LETS = (
    "predict(xis, θs) = sigmoid(dotProduct(xis, θs))",
    "sigmoid(x) = 1 / (1 + Math.exp(-x))",
    "dotProduct(a, b) = a.map((x, i) => a[i] * b[i]).reduce((m, n) => m + n)",
)
_COMP551_J = "np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(\n            np.exp(z)))"
_COMP551_LETS = (
    "z = np.dot(x, self.theta)",
    "N, D = x.shape",
    "yh = logistic(np.dot(x, self.theta))",
    "logistic = lambda z: 1. / (1 + np.exp(-z))",
)
_LIU_LOG_J = "np.mean(-y * np.log(predictions) - (1 - y) * np.log(1 - predictions))"
_LIU_LOG_LETS = ("z = np.dot(X, weights)", "predictions = sigmoid(z)", "sigmoid(input) = 1.0 / (1 + np.exp(-input))")
_LIU_LIN_J = "np.mean((predictions - y) ** 2 / 2.0)"
_LIU_LIN_LETS = ("predictions = np.dot(x, weights)",)

_QIITA_J = r"J(W) = \frac{1}{2m}\sum_{i=0}^n(\hat{y}-y_i)^2 \\" "\n" r"= \frac{1}{2m}(XW-y)^T(XW-y)"
_OCT_LR_J = "((1/m) * (-y' * log(h) - ((1 - y') * log(1 - h)))) + ((lambda/(2 * m)) * (theta' * theta ))"
_OCT_LR_LETS = ("m = length(y);", "h = sigmoid(X * theta);", "theta(1) = 0;")
_OCT_LIN_J = "(1/(2 * m)) * sumSqrErrors + regParams"
_OCT_LIN_LETS = (
    "h = X * theta;",
    "sumSqrErrors = sum((h - y) .^ 2);",
    "theta(1) = 0;",
    "regParams = (lambda / (2 * m)) * sum(theta .^ 2);",
)

COSTS: list[Cost] = [
    # ============================================================ code
    Cost(
        id="f26-hugehm-r-clamped-logloss-reg",
        source=HUGEHM + " (res <- r1*r2+r3*r4; r1…r4, temp and m from the lines above it)",
        text=_HUGEHM_J,
        intended=_hugehm_clamped,
        lets=_HUGEHM_LETS,
        why="R; the cost is assembled from four pieces: (1/m)·Σ[−y log(c·h + ε) − (1−y) log(1 − c·h + ε)] with the "
        "written clamp constants c = 0.99999999999, ε = 1e-19 (kept: they are part of the formula), plus "
        "λ/(2m)·Σθ² over theta[2:length(theta)] (1-based: the intercept theta[1] is left out); sum(sum(·)) of a "
        "vector is its sum",
    ),
    Cost(
        id="f26-pyeng-wb-mse-mean-method",
        source=PYENG_WB + " (def loss: return …; y_pred from def forward(X): return (w*X) + b)",
        text=_PYENG_WB_J,
        intended=_mse_one_wb,
        wrt=("w", "b"),
        lets=_PYENG_WB_LETS,
        why="one feature: X is the 1-D array np.array([2,4,6,8, 10]) and w, b are scalars; .mean() is the mean over "
        "the examples, no ½",
    ),
    Cost(
        id="f26-julia-logloss-dot-broadcast",
        source=JULIA1 + " (function J: the expression after m = size(X,1); h and g from the functions below it)",
        text=_JULIA_J1,
        intended=_ce_mean_theta,
        lets=_JULIA_LETS1,
        why="Julia: Y' * log.(h) and (1 - Y)' * log.(1 - h) are inner products (row times column), log. is the "
        "elementwise log, e.^-z the elementwise exponential; T is the parameter vector ('T -> Theta parameters'); "
        "h's body is written 'Y = g(X * T)' in the source (the value of the function)",
    ),
    Cost(
        id="f26-julia-reg-one-over-2m-juxtaposed",
        source=JULIA2 + " (cost = … in function J!)",
        text=_JULIA_J2,
        intended=_ce_reg_theta_skip_first,
        lets=_JULIA_LETS2,
        why="in Julia 1/2m is 1/(2m) (a numeric literal coefficient binds tighter than /), so the penalty is "
        "λ/(2m)·Σ T_j² over T[2:end] (1-based: T[1], the intercept, left out)",
    ),
    Cost(
        id="f26-julia-comment-garbled-refuse",
        source=JULIA1 + " (the comment under '# Cost function')",
        text="1m * ()−y'log(h) − (1−y)' * log(1−h))",
        intended=None,
        expect="refuse",
        why="the comment is no formula any more: '1m' (1/m lost its slash), empty parentheses, an unbalanced ')'; "
        "guessing the cost back from the code below it is not reading this text",
    ),
    Cost(
        id="f26-scala-breeze-summed-nll",
        source=S4DS + " (val cost = …; xBeta and expXBeta from the lines above it)",
        text=_S4DS_J,
        intended=_nll_sum_softplus_beta,
        wrt=("beta_j",),
        lets=_S4DS_LETS,
        why="Scala/Breeze: :* is elementwise; −Σ(y·Xβ − log(1 + e^{Xβ})) is the summed negative log-likelihood "
        "(no 1/m); training is X, target is y, coefficients is β (xBeta = Xβ)",
    ),
    Cost(
        id="f26-jax-quickstart-tanh-sigmoid",
        source=JAXQS + " (return -np.sum(label_logprobs); preds, logistic_predictions and sigmoid from the file)",
        text="-np.sum(label_logprobs)",
        intended=_nll_sum_tanh_w,
        wrt=("w_j",),
        lets=(
            "label_logprobs = np.log(preds) * targets + np.log(1 - preds) * (1 - targets)",
            "preds = logistic_predictions(weights, inputs)",
            "logistic_predictions(weights, inputs) = sigmoid(np.dot(inputs, weights))",
            "sigmoid(x) = 0.5 * (np.tanh(x / 2.) + 1)",
        ),
        why="np is jax.numpy; inputs = X, targets = y, weights = w; the sigmoid is written with tanh "
        "(½(tanh(z/2) + 1) is exactly 1/(1 + e^{−z})); the summed negative log-likelihood, no 1/m",
    ),
    Cost(
        id="f26-yaglm-poisson-docstring-plain",
        source=YAGLM + " (the class docstring, 'The Poisson regression loss function')",
        text=_YAGLM_J,
        intended=_poisson_mean_beta_b,
        wrt=("beta_j", "b"),
        lets=_YAGLM_LETS[:1],
        why="plain text: the sum covers both terms (the _eval below it computes (1/n)(Σe^z − zᵀy)); z_i = x_iᵀcoef + "
        "intercept, so coef is β and intercept is b; n = n_samples is the number of examples",
    ),
    Cost(
        id="f26-js-theta-identifier-map-reduce",
        source=JSTHETA + " (the return expression of function cost)",
        text=_JS_J,
        intended=_ce_mean_theta,
        lets=_JS_LETS,
        why="JavaScript with θs as an identifier; member calls bind tighter than the unary minus, so it is "
        "−(Σ_i [y log h + (1−y) log(1−h)])/m with h = σ(x_i·θ): the mean cross-entropy (m = xs.length)",
    ),
    Cost(
        id="f26-comp551-log1p-softplus-form",
        source=COMP551 + " (def cost_fn: J = …; z from the line above it)",
        text=_COMP551_J,
        intended=_ce_mean_log1p_theta,
        lets=_COMP551_LETS[:1],
        why="lower-case x is the design matrix here (N, D = x.shape; np.dot(x, self.theta)); y·log(1+e^{−z}) + "
        "(1−y)·log(1+e^{z}) is the cross-entropy in softplus form, averaged",
    ),
    Cost(
        id="f26-liu-logistic-compute-cost",
        source=LIU_LOG + " (def compute_cost: cost = …; predictions from compute_prediction)",
        text=_LIU_LOG_J,
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_LIU_LOG_LETS,
    ),
    Cost(
        id="f26-liu-linear-polish-half-inside-mean",
        source=LIU_LIN_PL + " (def compute_cost: cost = …; predictions from compute_prediction)",
        text=_LIU_LIN_J,
        intended=_half_mse_mean_w,
        wrt=("w_j",),
        lets=_LIU_LIN_LETS,
        why="the ½ is written inside the mean ((·)²/2.0); x is the design matrix",
    ),
    Cost(
        id="f26-octave-theta1-zeroed-after-h-logistic",
        source=OCT_LR_ZERO + " (J = …; h and theta(1) = 0 from the lines above it, in that order)",
        text=_OCT_LR_J,
        intended=_ce_reg_theta_skip_first,
        lets=_OCT_LR_LETS,
        why="order matters: h = σ(Xθ) is computed with the full θ, THEN theta(1) is set to 0, so θ'θ in the penalty "
        "is Σ_{j≥2}θ_j² (the intercept left out, as the comments say); -y'·log(h) etc. are inner products",
    ),
    Cost(
        id="f26-octave-theta1-zeroed-linear-pieces",
        source=OCT_LIN_ZERO + " (J = …; h, sumSqrErrors, theta(1) = 0 and regParams from the lines above it)",
        text=_OCT_LIN_J,
        intended=_half_mse_reg_theta_skip_first,
        lets=_OCT_LIN_LETS,
        why="h uses the full θ; theta(1) = 0 comes after it and before regParams, so the penalty is "
        "λ/(2m)·Σ_{j≥2}θ_j²; m is the number of examples",
    ),
    # ============================================================ LaTeX and plain text
    Cost(
        id="f26-ridge-readme-n-examples-d-features",
        source=RIDGE_MD + " (## 3, the J_{ridge} display; ŷ from ## 2)",
        text=_RIDGE_J,
        intended=_ridge_md,
        wrt=("w_j", "b"),
        lets=_RIDGE_LETS,
        why="here n counts the EXAMPLES (X ∈ ℝ^{n×d}) and d the features; a plain mean (1/n, no ½) plus λΣw_j² with "
        "no 1/n; b is not penalised",
    ),
    Cost(
        id="f26-zenn-gradient-flow-mse-wb",
        source=ZENN2 + " ('✅ なぜ偏微分が必要なのか?', the L(w, b) display; ŷ from '✅ まず、モデルの形はこれ!')",
        text=r"L(w, b) = \frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i)^2",
        intended=_mse_wb,
        wrt=("w_j", "b"),
        lets=(r"\hat{y} = w_1x_1 + w_2x_2 + \cdots + w_nx_n + b",),
        why="the page's display brackets were turned into '[' … ']' lines (dropped here); ŷ_i = wᵀx_i + b written "
        "out with \\cdots; a mean without ½",
    ),
    Cost(
        id="f26-qiita-chain-sum-to-n-and-matrix",
        source=QIITA + " (• コスト関数, the two-line display; the final trailing \\\\ dropped; Y = XW from • 線形モデル)",
        text=_QIITA_J,
        intended=_half_mse_mean_w,
        wrt=("w_j",),
        lets=("Y = XW",),
        why="a chain J = Σ form = matrix form; the Σ side is sloppy (i runs 0…n and ŷ has no index) but the matrix "
        "side (1/2m)(XW − y)ᵀ(XW − y) settles it: the half mean squared error over the m examples, W the weights",
    ),
    Cost(
        id="f26-numerade-ridge-unicode-sigma-to-n",
        source=NUMERADE,
        text="J(w) = Σ(i=1 to n) (w^T * x_i - y_i)^2 + λ * ||w||^2",
        intended=_ridge_sum_w,
        wrt=("w_j",),
        why="typed in plain text: Σ(i=1 to n) runs over the n training records, ||w|| is the length of w, so "
        "||w||^2 = Σw_j²; no 1/n",
    ),
    Cost(
        id="f26-omar5-ridge-phi-norms",
        source=OMAR5 + " (the '$J(\\theta) = ||y-\\Phi\\theta||^2 + \\lambda ||\\theta||^2 \\to …$' line, the part "
        "before \\to)",
        text=r"J(\theta) = ||y-\Phi\theta||^2 + \lambda ||\theta||^2",
        intended=_ridge_sum_theta,
        why="Φ = [φ(x_1)ᵀ …] stacks the (feature-mapped) inputs as rows: the design matrix; ||·||² is the squared "
        "Euclidean norm written with ASCII bars",
    ),
    Cost(
        id="f26-omar5-abs-erm-refuse",
        source=OMAR5 + " ('Using standard empirical risk minimization:')",
        text=r"J(\theta) = \dfrac{1}{N}\sum |y_i - \theta^Tx_i|",
        intended=None,
        expect="refuse",
        why="an absolute value (|·|, L1 loss) is out of scope, even though the notes' next line differentiates it "
        "as if it were squared",
    ),
    Cost(
        id="f26-omar5-log-subscript-lost-h-refuse",
        source=OMAR5 + " ('Can also apply to logistic regression:')",
        text=r"-\sum y_n \log_{w,b}(x_n) + (1-y_n)\log[1-h_{w,b}(x_n)] + \lambda ||w||^2_2",
        intended=None,
        expect="refuse",
        why="the first log lost its h: '\\log_{w,b}(x_n)' reads as a logarithm to base (w, b) of x_n; and the "
        "minus sign reaches only the first term; a careful reader cannot tell which cost this is without "
        "repairing it",
    ),
    Cost(
        id="f26-zoukankan-backslashes-eaten-refuse",
        source=ZOUKAN,
        text="(J( heta)=frac{1}{m}sum_{i=1}^{m}Cost(h_ heta(x^{i}),y^{i}))",
        intended=None,
        expect="refuse",
        why="a scraped copy whose backslashes were eaten (\\theta → ' heta', \\frac → frac), and Cost(·,·) is defined "
        "on the page by another such line; not LaTeX any more",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f26-ridge-readme-dJdw-matrix-e",
        source=RIDGE_MD + " (## 4, 'Gradient w.r.t Weights (w)'; e from 'define the error vector')",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + 2\lambda w",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RIDGE_GLETS,
        why="n is the number of examples: (2/n)Xᵀ(ŷ − y) + 2λw, the gradient of the mean plus λΣw²",
    ),
    Answer(
        id="f26-ridge-readme-dJdb-sum-e",
        source=RIDGE_MD + " (## 4, 'Gradient w.r.t Bias (b)')",
        text=r"\frac{\partial J}{\partial b} = \frac{2}{n} \sum_{i=1}^{n} e_i",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="b",
        lets=_RIDGE_GLETS,
    ),
    Answer(
        id="f26-ridge-readme-dJdw-lambda-no-2",
        source=RIDGE_MD + " (the ∂J/∂w display with 2λw written λw — a variant)",
        text=r"\frac{2}{n} X^T e + \lambda w",
        cost=_RIDGE_J,
        verdict="different",
        wrt="w_j",
        lets=_RIDGE_GLETS,
        why="variant (λ/2 factor): the cost's penalty is λΣw_j² with no ½, so its derivative is 2λw_j",
    ),
    Answer(
        id="f26-qiita-matrix-step-factor",
        source=QIITA + " (• 最急降下法, the factor after \\alpha in W=:W - \\alpha\\frac{1}{m}X^T(XW-y))",
        text=r"\frac{1}{m}X^T(XW-y)",
        cost=_QIITA_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("Y = XW",),
        why="Xᵀ(XW − y)/m, the gradient of (1/2m)(XW − y)ᵀ(XW − y); '=:' is the page's update arrow",
    ),
    # ============================================================ code: NumPy
    Answer(
        id="f26-pyeng-wb-gradientW-dot-mean-no-N",
        source=PYENG_WB + " (def gradientW: return …, called as gradientW(X, Y, y_pred))",
        text="np.dot(2*x, y_pred - y).mean()",
        cost=_PYENG_WB_J,
        verdict="different",
        wrt="w",
        lets=_PYENG_WB_LETS,
        why="real slip (the widely copied tutorial line): np.dot of two 1-D arrays is already the scalar "
        "Σ2x_i(ŷ_i − y_i), and .mean() of a scalar is itself, so the 1/N of the MSE is lost: N times the gradient",
    ),
    Answer(
        id="f26-pyeng-wb-gradientB-dot-scalar",
        source=PYENG_WB + " (def gradientB: return …)",
        text="np.dot(2, y_pred - y).mean()",
        cost=_PYENG_WB_J,
        verdict="equivalent",
        wrt="b",
        lets=_PYENG_WB_LETS,
        why="np.dot with the scalar 2 is the elementwise product 2(ŷ − y), so .mean() gives (2/N)Σ(ŷ − y) = ∂/∂b of "
        "the mean squared error (right here, by luck of np.dot's scalar case)",
    ),
    Answer(
        id="f26-pyeng-wb-comment-no-minus-y",
        source=PYENG_WB + " (the comment '# dl/dw = …' above def gradientW)",
        text="dl/dw = 1/N * 2x * (w*X + b)",
        cost=_PYENG_WB_J,
        verdict="different",
        wrt="w",
        lets=_PYENG_WB_LETS,
        why="real slip in the comment: the residual lost its '− y' (and the sum over the examples is not written); "
        "2x(wx + b) is not the derivative of the mean of (wx + b − y)²",
    ),
    Answer(
        id="f26-pyeng-w-comment-sum-right",
        source=PYENG_W + " (the comment '#dMSE/dw = …' above def gradient)",
        text="dMSE/dw = 1/n * sum(2*x*(y_pred - y))",
        cost=_PYENG_W_J,
        verdict="equivalent",
        wrt="w",
        lets=_PYENG_W_LETS,
        why="the comment is right: (1/n)Σ2x(ŷ − y) for ŷ = w·x (one feature, no bias)",
    ),
    Answer(
        id="f26-pyeng-w-code-dot-mean-no-n",
        source=PYENG_W + " (def gradient: return …, right under that comment)",
        text="np.dot(2*x, y_pred - y).mean()",
        cost=_PYENG_W_J,
        verdict="different",
        wrt="w",
        lets=_PYENG_W_LETS,
        why="real slip: the code under the right comment drops the 1/n (np.dot already sums; .mean() of a scalar "
        "does nothing)",
    ),
    Answer(
        id="f26-comp551-grad-over-N",
        source=COMP551 + " (def gradient: grad = … before the penalty lines)",
        text="np.dot(x.T, yh - y) / N",
        cost=_COMP551_J,
        verdict="equivalent",
        lets=_COMP551_LETS,
        why="x is the N×D design matrix: Xᵀ(σ(Xθ) − y)/N, the gradient of the mean cross-entropy in cost_fn",
    ),
    Answer(
        id="f26-comp551-l2-misaligned-slice",
        source=COMP551 + " (def gradient with penalty == 'l2': grad = …; grad[:-1] += …)",
        text="grad = np.dot(x.T, yh - y) / N\ngrad[:-1] += self.lambdaa * self.theta[1:]",
        cost=_COMP551_J,
        verdict="different",
        lets=_COMP551_LETS,
        why="real slip: the class's cost_fn has no penalty at all, and the added term is shifted besides "
        "(component j gets λθ_{j+1}: the bias column is appended LAST, so θ[:-1] was meant); not the gradient of "
        "cost_fn, nor of any λ/2·Σθ² penalty",
    ),
    Answer(
        id="f26-liu-logistic-weights-delta-ascent",
        source=LIU_LOG + " (def update_weights_gd: weights_delta = …, then weights += learning_rate / float(m) * "
        "weights_delta)",
        text="np.dot(X_train.T, y_train - predictions)",
        cost=_LIU_LOG_J,
        verdict="different",
        wrt="w_j",
        lets=_LIU_LOG_LETS,
        why="X_train, y_train are the X, y of compute_cost; Xᵀ(y − σ(Xw)) is −m times the gradient of the mean "
        "cross-entropy (the book adds it, scaled by 1/m, which is descent); as a gradient: wrong sign and no 1/m",
    ),
    Answer(
        id="f26-liu-linear-polish-weights-delta",
        source=LIU_LIN_PL + " (def update_weights_gd: weights_delta = …)",
        text="np.dot(x_train.T, y_train - predictions)",
        cost=_LIU_LIN_J,
        verdict="different",
        wrt="w_j",
        lets=_LIU_LIN_LETS,
        why="xᵀ(y − xw) is −m times the gradient of mean((xw − y)²/2): sign and 1/m",
    ),
    Answer(
        id="f26-yaglm-poisson-coef-grad",
        source=YAGLM + " (def _grad: r = np.exp(z) - self.y; coef_grad = …)",
        text="(1/self.X.shape[0]) * self.X.T @ r",
        cost=_YAGLM_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_YAGLM_LETS,
        why="Xᵀ(e^z − y)/n, the gradient of (1/n)Σ(e^{z_i} − y_i z_i) with respect to coef (β)",
    ),
    Answer(
        id="f26-yaglm-poisson-intercept-mean-r",
        source=YAGLM + " (def _grad: intercept_grad = …)",
        text="np.mean(r)",
        cost=_YAGLM_J,
        verdict="equivalent",
        wrt="b",
        lets=_YAGLM_LETS,
    ),
    Answer(
        id="f26-yaglm-poisson-coef-grad-no-n",
        source=YAGLM + " (coef_grad without the 1/self.X.shape[0] — a variant)",
        text="self.X.T @ r",
        cost=_YAGLM_J,
        verdict="different",
        wrt="beta_j",
        lets=_YAGLM_LETS,
        why="variant (lost 1/n): n times the gradient of the averaged loss",
    ),
    # ============================================================ code: R, Julia, Scala, C++, Octave
    Answer(
        id="f26-rbinom-colmeans-loss-grad-sign",
        source=RBINOM + " (empiricalRiskGrad(loss_grad) = colMeans(loss_grad) with loss_grad from binomialLossGrad; "
        "gradDescent then does beta_start + learning_rate * …)",
        text="colMeans(loss_grad)",
        cost=_RBINOM_COST,
        verdict="different",
        wrt="beta_j",
        lets=_RBINOM_LETS,
        why="X * v with v of length m scales row i of X by v_i (R recycles down the columns), so colMeans gives "
        "(1/m)Xᵀ(y − σ(Xβ)): minus the gradient of the empirical risk mean(loss) (the code adds it, which is "
        "descent; as the 'gradient' it names, the sign is wrong)",
    ),
    Answer(
        id="f26-julia-grad-component-broadcast",
        source=JULIA2 + " (in J!: G[i] = …, the unregularised part), against the cost of the earlier version",
        text=_JULIA_G,
        cost=_JULIA_J1,
        verdict="equivalent",
        lets=_JULIA_LETS1,
        why="component i of the gradient: (1/m)Σ(h − y)·X[:, i]; .* is elementwise",
    ),
    Answer(
        id="f26-julia-grad-if-guard-intercept",
        source=JULIA2 + " (the body of the for loop in J!)",
        text="G[i] = 1 / m * sum((h(X, T) - Y) .* X[:,i])\nif i > 1\n    G[i] += lambda / m * T[i]\nend",
        cost=_JULIA_J2,
        verdict="equivalent",
        lets=_JULIA_LETS2,
        why="the penalty's derivative λT_i/m is added only for i > 1, matching T[2:end] in the cost (1-based)",
    ),
    Answer(
        id="f26-julia-grad-intercept-regularised",
        source=JULIA2 + " (G[i] with the λ/m·T[i] term for every i — a variant)",
        text="1 / m * sum((h(X, T) - Y) .* X[:,i]) + lambda / m * T[i]",
        cost=_JULIA_J2,
        verdict="different",
        lets=_JULIA_LETS2,
        why="variant (regularised intercept): the cost leaves T[1] out of the penalty",
    ),
    Answer(
        id="f26-scala-breeze-grad",
        source=S4DS + " (val grad = …)",
        text="training.t * (probs - target)",
        cost=_S4DS_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_S4DS_LETS,
        why="Xᵀ(σ(Xβ) − y), the gradient of the summed negative log-likelihood (no 1/m on either side)",
    ),
    Answer(
        id="f26-scala-breeze-grad-sign",
        source=S4DS + " (val grad = … with the residual reversed — a variant)",
        text="training.t * (target - probs)",
        cost=_S4DS_J,
        verdict="different",
        wrt="beta_j",
        lets=_S4DS_LETS,
        why="variant (sign): Xᵀ(y − p) is the log-likelihood's gradient, minus the cost's",
    ),
    Answer(
        id="f26-sta663-eigen-ascent-grad",
        source=STA663 + " (grad = Xt * epsilon / n; then beta += alpha * grad)",
        text="Xt * epsilon / n",
        cost="logistic",
        verdict="different",
        wrt="beta_j",
        lets=(
            "n = X.rows();",
            "Xt = X.transpose();",
            "y_pred = logistic(X * beta);",
            "epsilon = y - y_pred;",
            "logistic(x) = 1.0/(1.0 + exp((-x).array()))",
        ),
        why="epsilon = y − σ(Xβ), so Xᵀε/n is the gradient of the mean log-likelihood, i.e. minus the gradient "
        "of the mean cross-entropy (the code adds it: gradient ascent); n = X.rows() is the number of examples",
    ),
    Answer(
        id="f26-stackguides-octave-reg-tmp-right",
        source=STACKG + " ('%correct')",
        text="tmp = zeros(n1, 1);\ntmp(2:n1,:) = (lambda / m) * theta(2:n1);\n"
        "grad = (1 / m) * (X' * (sigmoid(X * theta) - y)) + tmp;",
        # the lead's mapping: the preset logistic-l2 penalises every θ_k, θ(1) too; the page's course (Coursera
        # ex2) leaves θ(1) out, so the cost is ex2's, as another source writes it (answers_more: osmanbaskaya)
        cost=_EX2_REG_J,
        verdict="equivalent",
        lets=_STACKG_LETS,
        why="the Coursera ex2 regularised cost (λ/2m, theta(1) the intercept not penalised); n1 = n+1 is the length "
        "of theta (the question says so in prose); tmp is λθ_j/m for j ≥ 2 and 0 for j = 1",
    ),
    Answer(
        id="f26-stackguides-octave-reg-split-sigmoid-wrong",
        source=STACKG + " ('%wrong', the asker's split version)",
        text="grad(1,:) = (1 / m) * (X(:,1)' * (sigmoid(X(:,1) * theta(1,:)) - y));\n"
        "grad(2:n1,:) = (1 / m) * (X(:,2:n1)' * (sigmoid(X(:,2:n1) * theta(2:n1,:)) - y)) + ((lambda / m) * "
        "theta(2:n1));",
        # the lead's mapping: the preset logistic-l2 penalises every θ_k, θ(1) too; the page's course (Coursera
        # ex2) leaves θ(1) out, so the cost is ex2's, as another source writes it (answers_more: osmanbaskaya)
        cost=_EX2_REG_J,
        verdict="different",
        lets=_STACKG_LETS,
        why="real wrong answer: each part puts only its own columns inside the sigmoid (σ(X(:,1)θ₁) and "
        "σ(X(:,2:n1)θ_{2:n1}) instead of σ(Xθ) for both), so neither part is the gradient",
    ),
    Answer(
        id="f26-octave-theta1-zeroed-grad-logistic",
        source=OCT_LR_ZERO + " (grad = …, after theta(1) = 0)",
        text="(1/m) * (X' * (h - y)) + (lambda/m) * theta",
        cost=_OCT_LR_J,
        verdict="equivalent",
        lets=_OCT_LR_LETS,
        why="theta here is the zeroed copy (theta(1) = 0 above), so (λ/m)θ adds nothing to the intercept's "
        "component: exactly the gradient of the cost with θ₁ unpenalised",
    ),
    Answer(
        id="f26-octave-theta1-zeroed-grad-2m",
        source=OCT_LR_ZERO + " (grad = … with lambda/(2*m) — a variant)",
        text="(1/m) * (X' * (h - y)) + (lambda/(2*m)) * theta",
        cost=_OCT_LR_J,
        verdict="different",
        lets=_OCT_LR_LETS,
        why="variant (λ/2m kept from the cost): the derivative of λ/(2m)·θ_j² is λθ_j/m",
    ),
    Answer(
        id="f26-octave-theta1-zeroed-grad-linear",
        source=OCT_LIN_ZERO + " (grad = …, after theta(1) = 0)",
        text="((1/m) * X'*(h - y)) + (lambda/m) * theta",
        cost=_OCT_LIN_J,
        verdict="equivalent",
        lets=_OCT_LIN_LETS,
        why="h = Xθ with the full θ; the penalty part uses the zeroed θ: Xᵀ(Xθ − y)/m + λθ_j/m for j ≥ 2 only",
    ),
]

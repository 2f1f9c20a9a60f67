r"""A fresh, blind held-out wave (f10): costs and gradient answers from sources no other corpus file uses.

Gathered blind (logderiv's code, docs and tests unread, apart from items.py and the header and a few items
of fresh_vectors.py) from:

* course notes in other languages: a Japanese notebook on the Bernoulli log-likelihood ln P (its sums
  written ``\sum^N_{n=1} { … }`` with grouping braces and a ``\tag``) and a Japanese DIVER assignment whose
  gradient puts x_j inside the residual's parentheses; Spanish Coursera notes (J(Θ) of θ₀ + θ₁·x, a brace
  group closing before ``\cdot x^{(i)}``, x^{i} as an example index); Chinese notes (a gradient step
  without 1/m, a garbled plain-text J in a code comment, an Octave costFunction.m); a German lecture
  (TDU/HSBI) with the column-layout gradient X(A − Y)ᵀ/m; a German master-thesis page with one-feature
  code in (a, b);
* an English Jekyll note on Ng's course whose logistic J has a sign typo (− instead of + inside the
  bracket), whose gradient step lacks the 1/m, and whose regularised linear gradient subtracts λθ_j/m;
  CS229 lecture-2 notes (½‖Xθ − y‖², Xᵀ(Xθ − y)); a Q&A copy where the gradient carries a stray minus;
* plain text as typed: a Python docstring with the limits of Σ on their own lines (``1/2m Σ (wx_s(i) + b
  - y_s(i))**2``) and a gradient whose x has lost its index, a comment block with Unicode subscripts
  (``L = (1/2n) * Σ(ŷᵢ - yᵢ)²``), Chinese comment notes (``1/m * sum[ X(i) * (a(i)-y(i))]``);
* code: NumPy (Hung-yi Lee's HW2 cross-entropy and ``-np.sum(pred_error * X.T, 1)``, a regularised
  variant whose penalty gradient lacks its factor 2, a Spanish compute_cost/compute_gradients pair),
  Octave (``[theta', -1]*[X';y']*X``, ``…'* ones(m,1)``).

About a quarter of the answers are wrong; all but one are real (the bracket slip, the lost 1/m, the −λθ_j/m,
the stray minus, the unindexed x, λw for λΣw², a gradient against a typo'd cost); one is the real
log-likelihood gradient graded against the usual cost (the ascent direction).

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; a part of a longer
display or update rule is marked in ``source``; for code, the right-hand side of the assignment or
``return``). Where a source defines a helper as a Python function, ``lets`` writes its ``def``/``return``
as ``name(args) = body`` and ``source`` says so. Verdicts and ``intended`` were worked out by hand before
logderiv was run. Files of the public code index whose repository the index does not name are cited by the
index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ helpers (NumPy, by hand)


def _ce(p, y):
    """Per-example cross-entropy −[y log p + (1 − y) log(1 − p)]."""
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def _logistic_mean(d):
    """The usual logistic cost: mean cross-entropy of σ(Xθ)."""
    return float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _loglik_w(d):
    """Σ y log σ(Xw) + (1 − y) log(1 − σ(Xw)) (maximised, no 1/N)."""
    p = sig(d.X @ d.w)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _half_sse_mean_theta(d):
    """(1/2m) Σ (Xθ − y)²."""
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _half_mse_wb1(d):
    """(1/2m) Σ (w x + b − y)², one feature."""
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


# ------------------------------------------------------------------ sources
SSSHUN3 = "github:ssshun3/MLcode:appendix/math_BinaryLogisticRegression.ipynb"
SATOSHI2 = "github:satoshi-MTS/DIC_Logistic_regression:problem_2.ipynb"
SATOSHI4 = "github:satoshi-MTS/DIC_Logistic_regression:problem_4.ipynb"
HW2_REG = (
    "GitHub Python script for Hung-yi Lee's ML HW2 with Chinese comments (# cross_entropy交叉熵损失, "
    "def _gradient_regularization, def _gradient) (public code index file 23834382513; the index names no "
    "repository)"
)
ES_LINREG = (
    "GitHub Python module with Spanish docstrings, def compute_cost / def compute_gradients (public code "
    "index file 48971050290; the index names no repository)"
)
VC_PRACTICAL = (
    "GitHub Python script 'Vector Calculus Practical – 4th Semester … House Price Prediction', the "
    "'# 2. MATHEMATICAL MODEL' comment block and def mse_loss / def gradients (public code index file "
    "54181131224; the index names no repository)"
)
CAZDLT = "github:cazdlt/MLPython:ML Coursera.ipynb"
CS229_LEC2 = (
    "GitHub markdown notes '# Lec 2 — Linear regression, LMS, normal equations', ## Derivations (public code "
    "index file 63138535217; the index names no repository)"
)
CN_NOTES = (
    "GitHub markdown notes in Chinese '# 04 logistics回归', 综上 and ## 梯度下降 (public code index file "
    "12140548066; the index names no repository)"
)
JEKYLL = (
    "GitHub Jekyll post '3 Logic Regression and Regularization' (public code index file 270262145; the "
    "index names no repository)"
)
OCT_CN = (
    "GitHub Octave costFunction.m with the Chinese comment '%注意的是这里log是以e为底' (public code index "
    "file 4079819756; the index names no repository)"
)
CN_COMMENTS = (
    "GitHub Python script '#%% 以逻辑回归为例子引入' (docstring and comments; public code index file "
    "17489407695; the index names no repository)"
)
SO_CN = "https://stackoverflow.org.cn/questions/16391971 (question: the two Octave lines)"
NEWBETUTS = (
    "https://newbetuts.com/22625396-cost-function-linear-regression-trying-to-avoid-hard-coding-theta-octave"
)
PY_ASCII = (
    "GitHub Python file with plain-text docstrings ('_s(i) notation means individual i instance in "
    "summation'), the cost and 'gradient descent, which must be calculated simultaneously' blocks (public "
    "code index file 5048002165; the index names no repository)"
)
PY_ASCII_SHORT = (
    "GitHub Python file, the short version of the same docstring ('formula for linear regression for one "
    "variable: …') (public code index file 4789170778; the index names no repository)"
)
NEMOTRON_UPD = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Updating weights in "
    "logistic regression using gradient descent?', a copy of a Q&A question)"
)
MARTIN = (
    "https://martin86we.github.io/Masterthesis_2022/02_NN/2_logReg_learning.html (Logistische Regression "
    "(Funktionsweise): def S, def f, def J, def J_ableitung_a, def J_ableitung_b)"
)
KI_TDU = (
    "github:Artificial-Intelligence-HSBI-TDU/KI-Vorlesung:markdown/ml/ml3_logistic_regression/index.md "
    "(## Kurze Übersicht)"
)

# ------------------------------------------------------------------ shared texts
_SSS_LNP2 = r"\ln P = \sum^N_{n=1} { y^{(n)} \ln z_n + (1 - y^{(n)}) \ln (1 - z_n ) } \tag{2}"
_SSS_LETS = (r"z_n = \tilde{Y}({\bf x}^{(n)};{\bf w}) = \sigma ({\bf w^T x})",)
_HW2_CE = "-np.dot(Y_label, np.log(y_pred)) - np.dot((1 - Y_label), np.log(1 - y_pred))"
_HW2_LETS = ("y_pred = _sigmoid(np.matmul(X, w) + b)", "pred_error = Y_label - y_pred")
_ES_COST = "sum_errors / (2 * m)"
_ES_LETS = (
    "m = X.shape[0]",
    "prediction = np.dot(X, w) + b",
    "sum_errors = np.sum((prediction - y) ** 2)",
    "error = prediction - y",
)
_VC_L = "L = (1/2n) * Σ(ŷᵢ - yᵢ)²"
_VC_L_LETS = ("ŷ = w*x + b",)
_VC_MSE = "np.mean((y_pred - y_true) ** 2) / 2"
_VC_MSE_LETS = ("n = len(X)", "y_pred = w * X + b", "error  = y_pred - y_true")
_CAZ_J1 = r"J(\Theta)=\frac{1}{2m}\sum_{i=1}^m{\left(h(x^{(i)})-y^{(i)}\right)^2}"
_CAZ_J1_LETS = (r"h(x)=\theta_0+\theta_1\cdot x",)
_CAZ_J2 = r"J(\Theta)=\frac{1}{2m}\cdot \sum_{i=1}^m\left(h_\theta(x^{(i)})-y^{(i)}\right)^2"
_CAZ_J2_LETS = (r"h(x)=\theta^T \cdot x",)
_CS229_JMAT = r"J(\theta) = \frac{1}{2}(X\theta - \vec{y})^T(X\theta - \vec{y})"
_CN_J = (
    r"\frac{1}{m}[\sum_{i=1}^{m}-y^{(i)} log(h_\theta(x^{(i)}))-(1-y^{(i)})log(1-h_\theta(x^{(i)}))]"
)
_CN_LETS = (r"h_\theta(z) = \frac{1}{1+e^{-z}}", "z = g(x)", r"g(x) = x*\theta")
_JK_LETS = (r"h_\theta(x) = g(\theta^Tx)", r"g(z)=\frac{1}{1+e^{-z}}")
_JK_J_COST = r"\frac{1}{m}\sum_{i=1}^{m}Cost(h_\theta(x^{(i)}),y^{(i)})"
_JK_COST_LET = r"Cost(h_\theta(x),y) = -y\log(h_\theta(x)) - (1-y)\log(1-h_\theta(x))"
_JK_J_TYPO = (
    r"-\frac{1}{m} \sum_{i=1}^{m} \left [ y^{(i)}\log(h_\theta(x^{(i)})) - (1-y^{(i)})\log(1-h_\theta(x^{(i)}))  "
    r"\right ]"
)
_JK_GRAD = r"\frac{\partial}{\partial\theta_j} J(\theta) = \frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
_JK_J_REGLIN = (
    r"J(\theta)=\frac{1}{2m}\left [ \sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2 + "
    r"\lambda\sum_{j=1}^{n}\theta_j^2 \right ]"
)
_CN_JMAT = (
    r"Cost(h(x),y) = -\frac{1}{m}[y^T*log(h(x))+(\begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}-y)^T*log("
    r"\begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}-h(x))]"
)
_CN_JMAT_LETS = (r"h(x) = \frac{1}{1+e^{-g(x)}}", r"g(x) = x*\theta")
_SVY_ASCII = (
    "  n                   \n"
    " ___                  \n"
    " ╲                    \n"
    "  ╲                  2\n"
    "  ╱   (Q₀ + Q₁⋅x - y) \n"
    " ╱                    \n"
    " ‾‾‾                  \n"
    "i = 0                 \n"
    "──────────────────────\n"
    "         2⋅n          "
)
_OCT_CN_J = "-1/m*(y'*log(h)+(1-y)'*log(1-h))"
_CNC_J = "1/m * sumi=1,mL(y_^,y)"
_CNC_LETS = (
    "L(y_^, y)= - (y * logy_^ + (1-y) *log(1-y_^))",
    "y_^=sigmod(Z)",
    "a=sigmod(Z)",
    "Z = wx+b",
)
_SO_CN_J = "1/(2*m)* (X*theta - y)'*(X*theta-y)"
_PY_J = "              m-1\nJ(w,b) = 1/2m Σ (wx_s(i) + b - y_s(i))**2\n              i=0"
_NEM_J = (
    r"-\frac{1}{n}\sum_{i=1}^n[y_i \cdot \log(h_\theta(x_i)) + (1-y_i) \cdot \log(1-h_\theta(x_i))]"
)
_NEM_LETS = (r"h_{\theta}(x) = \frac{1}{1+e^{-\theta^{T}x}}",)
_MARTIN_J = "-np.mean(y * np.log(f(a, b, x)) + (1 - y) * np.log(1 - f(a, b, x)))"
_MARTIN_LETS = ("S(x) = 1 / (1 + np.exp(-x))", "f(a, b, x) = S(a * x + b)")

COSTS: list[Cost] = [
    # ============================================================ LaTeX
    Cost(
        id="f10-ssshun3-lnP-zn-grouping-braces",
        source=SSSHUN3 + " (### 連鎖律の適用, eq. (2); z_n from the sentence before it)",
        text=_SSS_LNP2,
        intended=_loglik_w,
        wrt=("w_j",),
        lets=_SSS_LETS,
        why="the Bernoulli log-likelihood (maximised, no minus, no 1/N); the braces after \\sum^N_{n=1} only "
        "group the summand (both terms); z_n = σ(wᵀx⁽ⁿ⁾) (the page drops the (n) on x inside σ); \\tag{2} is a "
        "label",
    ),
    Cost(
        id="f10-ssshun3-lnP-tilde-Y",
        source=SSSHUN3 + " (## 二値分類問題…, eq. (1); Ỹ = σ(wᵀx) from the z_n sentence)",
        text=r"\ln P = \sum^N_{n=1} { y^{(n)} \ln \tilde{Y}({\bf x}^{(n)};{\bf w}) + (1 - y^{(n)}) \ln (1 - "
        r"\tilde{Y} ({\bf x}^{(n)};{\bf w}) ) } \tag{1}",
        intended=_loglik_w,
        wrt=("w_j",),
        lets=_SSS_LETS,
        why="Ỹ(x⁽ⁿ⁾; w) is the predicted probability σ(wᵀx⁽ⁿ⁾) (the source's chain z_n = Ỹ(…) = σ(wᵀx)); a "
        "function written with a semicolon between data and parameters",
    ),
    Cost(
        id="f10-cazdlt-J-Theta-theta0-theta1",
        source=CAZDLT + " (# SEMANA 1, DESCENSO POR GRADIENTE PARA REGRESIÓN LINEAL, 'Sabiendo que:' display, "
        "its second line, trailing \\\\ dropped; h from its first line)",
        text=_CAZ_J1,
        intended=lambda d: float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        lets=_CAZ_J1_LETS,
        why="J(Θ) names the parameter vector with a capital Θ; h(x) = θ₀ + θ₁·x, one feature; the sum's "
        "argument is a brace group",
    ),
    Cost(
        id="f10-cazdlt-J-Theta-cdot-sum",
        source=CAZDLT + " (# SEMANA 2, 'Función costo:'; h from 'Entonces: h(x)=θ^T·x')",
        text=_CAZ_J2,
        intended=_half_sse_mean_theta,
        lets=_CAZ_J2_LETS,
        why="\\frac{1}{2m}\\cdot\\sum: a product with an explicit \\cdot; the notes define h(x) = θᵀ·x (x₀ = 1 "
        "absorbed in X) and use h_θ in J",
    ),
    Cost(
        id="f10-cs229-lec2-matrix-vec-y",
        source=CS229_LEC2 + " ('Cost Function (Matrix Form)')",
        text=_CS229_JMAT,
        intended=lambda d: 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2)),
        why="½(Xθ − y)ᵀ(Xθ − y) = ½Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², no 1/m; \\vec{y} is the target vector",
    ),
    Cost(
        id="f10-cn-notes-bracket-around-sum-plain-log",
        source=CN_NOTES + " (综上, the part after the second '='; h and g from the first line and the "
        "矩阵格式 section, 'g(x) = x*θ' cut before its '= \\begin{bmatrix}')",
        text=_CN_J,
        intended=_logistic_mean,
        lets=_CN_LETS,
        why="the sum runs over the whole bracket (−y⁽ⁱ⁾ log h − (1 − y⁽ⁱ⁾) log(1 − h)), so this is the usual "
        "mean cross-entropy; 'log' is written without a backslash; the notes write h_θ(z) with z = g(x) = xθ",
    ),
    Cost(
        id="f10-jekyll-typo-minus-inside-bracket",
        source=JEKYLL + " (## Simplifiled Cost Function and Gradient Descent, the second line of the eqnarray, "
        "'&=&' dropped; h and g from ## Hypothesis Representation, split at \\\\)",
        text=_JK_J_TYPO,
        intended=lambda d: -float(
            np.mean(d.y * np.log(sig(d.X @ d.theta)) - (1 - d.y) * np.log(1 - sig(d.X @ d.theta)))
        ),
        lets=_JK_LETS,
        why="a real typo: the bracket has '−' between the two log terms (the usual cost has '+'); read "
        "literally, J = −(1/m)Σ[y log h − (1 − y) log(1 − h)]; \\left [ … \\right ] with spaces",
    ),
    Cost(
        id="f10-jekyll-regularised-linear-bracket",
        source=JEKYLL + " (## Regularized Linear Regression, the J(θ) display)",
        text=_JK_J_REGLIN,
        intended=lambda d: (float(np.sum((d.X @ d.theta - d.y) ** 2)) + d.lam * float(np.sum(d.theta**2)))
        / (2 * d.m),
        why="the linear-regression section: h_θ(x) = θᵀx (the page's only written h is the logistic one of an "
        "earlier section, so no let is given); λΣ_{j=1}^{n}θ_j² penalises θ₁…θₙ, which are all of logderiv's "
        "θ here (no θ₀ in the data)",
    ),
    Cost(
        id="f10-nemotron-updating-weights-n-cdot",
        source=NEMOTRON_UPD + " (the 'alternative formula'; h from the 'Clarifications')",
        text=_NEM_J,
        intended=_logistic_mean,
        lets=_NEM_LETS,
        why="n is the number of examples; x_i is the i-th example's feature vector; \\cdot products",
    ),
    Cost(
        id="f10-cn-notes-matrix-bmatrix-ones",
        source=CN_NOTES + " (## 矩阵格式计算推导（线性g(x）), the Cost(h(x),y) display; h and g from the same "
        "section, each cut before its '= \\begin{bmatrix}')",
        text=_CN_JMAT,
        intended=_logistic_mean,
        lets=_CN_JMAT_LETS,
        why="x is the m×n matrix of example rows and h(x) the m-vector σ(xθ); the bmatrix of ones is the "
        "all-ones m-vector: −(1/m)[yᵀlog h + (𝟏 − y)ᵀlog(𝟏 − h)], the usual mean cross-entropy; * is a "
        "matrix product",
    ),
    # ============================================================ plain text
    Cost(
        id="f10-svyatoslav-sympy-ascii-art-refused",
        source="github:svyatoslav-k/gradientDescent:README.md (## Cost function, the fenced block)",
        text=_SVY_ASCII,
        intended=None,
        expect="refuse",
        why="a SymPy pretty-print in box-drawing characters: the sum runs i = 0…n over a summand with no i in "
        "it (x and y unindexed) and the fraction bar spans nine lines; whether n counts examples (n + 1 terms "
        "over 2n) cannot be settled from the text",
    ),
    Cost(
        id="f10-vc-plain-unicode-subscripts",
        source=VC_PRACTICAL + " ('# Loss (MSE):' comment, '#' and leading spaces dropped; ŷ from '# Hypothesis:')",
        text=_VC_L,
        intended=_half_mse_wb1,
        wrt=("w", "b"),
        lets=_VC_L_LETS,
        why="plain text: (1/2n) is 1/(2n), n the number of examples (the script's n = 50 houses); ŷᵢ, yᵢ "
        "carry Unicode subscript i; Σ with no limits; ŷ = w·x + b, one feature",
    ),
    Cost(
        id="f10-py-ascii-sigma-limits-own-lines",
        source=PY_ASCII + " (the second J(w,b) of 'cost function algorithm for one variable', with its limit "
        "lines)",
        text=_PY_J,
        intended=_half_mse_wb1,
        wrt=("w", "b"),
        why="plain text: the upper limit m-1 and lower limit i=0 of Σ stand on their own lines above and "
        "below it; 1/2m is 1/(2m) (the code has 1 / (2*m)); _s(i) marks a subscript (the docstring says so); "
        "** is a power",
    ),
    Cost(
        id="f10-py-ascii-fwb",
        source=PY_ASCII_SHORT + " (the first J(w,b); fwb from 'formula for linear regression for one "
        "variable:')",
        text="              m-1\nJ(w,b) = 1/2m Σ (fwb(x_s(i)) - y_s(i))**2\n              i=0",
        intended=_half_mse_wb1,
        wrt=("w", "b"),
        lets=("fwb(x_s(i)) = wx_s(i) + b",),
        why="as the item above, with the model named fwb(x) = wx + b",
    ),
    Cost(
        id="f10-cn-comment-garbled-refused",
        source=CN_COMMENTS + " (the docstring's 'J(w,b) = … = -1/m * sum(…', the part after the second '=')",
        text="-1/m * sum([y(i)*y_^(i)+(1-y(i))*(1-y(i)_^)",
        intended=None,
        expect="refuse",
        why="malformed: 'sum(' and '[' are never closed, and the logs of the cross-entropy are missing "
        "(y·ŷ + (1 − y)(1 − ŷ)); no reading is safe",
    ),
    # ============================================================ code
    Cost(
        id="f10-satoshi-get-loss-theta-row",
        source=SATOSHI4 + " (def get_loss: loss = …; h from def _linear_hypothesis's return, sigma_1 and "
        "sigma_2 from get_loss)",
        text="1 / h.shape[0] * sigma_1 + 0.1 / h.shape[0] * sigma_2",
        intended=lambda d: _logistic_mean(d) + 0.1 / d.m * float(np.sum(d.theta**2)),
        lets=(
            "h = 1 / (1 + np.exp(-(X @ theta.T)))",
            "sigma_1 = (np.log(h).T @ (-1 * test_y)) - (np.log(1 - h).T @ (1 - test_y))",
            "sigma_2 = theta @ theta.T",
        ),
        why="theta is a 1×n row here (X @ theta.T), so θθᵀ = Σθ_j² (the intercept included); h.shape[0] = m; "
        "test_y is the label vector y; the 0.1 is the source's hard-coded λ ('# LAMBDA=1と仮定' notwithstanding)",
    ),
    Cost(
        id="f10-hw2-cross-entropy-sum",
        source=HW2_REG + " (def _cross_entropy_loss: cross_entropy = …; y_pred = get_prob(X, w, b) with "
        "get_prob's return inlined, pred_error from def _gradient)",
        text=_HW2_CE,
        intended=lambda d: float(np.sum(_ce(sig(d.X @ d.w + d.b), d.y))),
        wrt=("w_j", "b"),
        lets=_HW2_LETS,
        why="the summed (not mean) cross-entropy; Y_label is the label vector y; _sigmoid is the logistic "
        "function clipped to [1e-8, 1 − 1e-8] (the clip never binds at moderate z)",
    ),
    Cost(
        id="f10-es-compute-cost-sum-errors",
        source=ES_LINREG + " (def compute_cost: cost = …; m, prediction, sum_errors above it)",
        text=_ES_COST,
        intended=lambda d: float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m),
        wrt=("w_j", "b"),
        lets=_ES_LETS[:3],
        why="X is m×n (m = X.shape[0]); the cost is (1/2m)Σ(Xw + b − y)²",
    ),
    Cost(
        id="f10-vc-mse-loss-mean-over-2",
        source=VC_PRACTICAL + " (def mse_loss: return …; y_pred = predict(X, w, b) with predict's return "
        "inlined)",
        text=_VC_MSE,
        intended=_half_mse_wb1,
        wrt=("w", "b"),
        lets=("y_pred = w * X + b",),
        why="X is the one normalised feature (a vector, w a scalar), y_true the targets: mean((wX + b − y)²)/2",
    ),
    Cost(
        id="f10-octave-cn-costfunction",
        source=OCT_CN + " (J=…; the trailing '%…' comment dropped; h from the line above)",
        text=_OCT_CN_J,
        intended=_logistic_mean,
        lets=("h=sigmoid(X*theta);",),
        why="the usual mean cross-entropy, y'·log h as an inner product",
    ),
    Cost(
        id="f10-so-cn-octave-named-h-theta",
        source=SO_CN + " (h_theta = …, which the asker names h_theta but is the cost)",
        text=_SO_CN_J,
        intended=_half_sse_mean_theta,
        why="1/(2m) · (Xθ − y)ᵀ(Xθ − y): the squared-error cost (the question's variable is misnamed h_theta)",
    ),
    Cost(
        id="f10-newbetuts-octave-ones-column",
        source=NEWBETUTS + " (the last answer, 'It can be also done in a line': J=…)",
        text="(1/(2*m)) * ((((X * theta) - y).^2)'* ones(m,1))",
        intended=_half_sse_mean_theta,
        why="the squared residuals as a column, transposed and multiplied by a column of ones: their sum",
    ),
    Cost(
        id="f10-newbetuts-octave-S-over-2m",
        source=NEWBETUTS + " (the answer 'Above answer is perfect but you can also do': J = S / (2*m); H and S above it)",
        text="S / (2*m)",
        intended=_half_sse_mean_theta,
        lets=("H = (X*theta);", "S = sum((H - y) .^ 2);"),
        why="S = Σ(Xθ − y)²",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f10-ssshun3-final-sum-wm",
        source=SSSHUN3 + " (### ∂lnP/∂w_m の導出…, the last line of the align; the objective is eq. (2))",
        text=r"\sum_{n=1}^N{\{ y^{(n)} - z_n \} [x_n]_m}",
        cost=_SSS_LNP2,
        verdict="equivalent",
        wrt="w_m",
        lets=_SSS_LETS,
        why="[x_n]_m is feature m of example n (the page says so); ∂/∂w_m of Σ y ln z + (1 − y) ln(1 − z) "
        "with z = σ(wᵀx) is Σ(y⁽ⁿ⁾ − z_n)[x_n]_m; \\{ \\} are literal braces used as brackets",
    ),
    Answer(
        id="f10-ssshun3-chain-line-wm",
        source=SSSHUN3 + " (the same align, its second line)",
        text=r"\sum_{n=1}^N { \{ \frac{y^{(n)}}{z_n} - \frac{1-y^{(n)}}{1-z_n}\} z_n(1-z_n)[x_n]_m }",
        cost=_SSS_LNP2,
        verdict="equivalent",
        wrt="w_m",
        lets=_SSS_LETS,
        why="{y/z − (1 − y)/(1 − z)}·z(1 − z) = y(1 − z) − z(1 − y) = y − z: the same gradient unsimplified",
    ),
    Answer(
        id="f10-ssshun3-ascent-against-logistic",
        source=SSSHUN3 + " (the last line of the align, against the usual cost)",
        text=r"\sum_{n=1}^N{\{ y^{(n)} - z_n \} [x_n]_m}",
        cost="logistic",
        verdict="different",
        wrt="w_m",
        lets=_SSS_LETS,
        why="the log-likelihood's gradient Σ(y − σ)x is −m times ∇J of the mean cross-entropy (the ascent "
        "direction, no 1/m): right only for ln P",
    ),
    Answer(
        id="f10-satoshi-xj-inside-residual",
        source=SATOSHI2 + " (【問題2】, the bias display's right side; the θ_j display has the same sum, plus "
        "λθ_j/m)",
        text=r"\frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)})-y^{(i)}x_j^{(i)})",
        cost="logistic",
        verdict="different",
        why="a real bracket slip: x_j⁽ⁱ⁾ sits inside the parentheses and multiplies only y⁽ⁱ⁾, giving "
        "(1/m)Σ(h − y x_j) instead of (1/m)Σ(h − y)x_j (the notebook's code computes the latter)",
    ),
    Answer(
        id="f10-cazdlt-theta0",
        source=CAZDLT + " (# SEMANA 1, 'Hallando derivadas:', its second line, trailing \\\\ dropped)",
        text=r"\frac{\partial}{\partial{\theta_0}}J(\theta_0,\theta_1)= \frac{1}{m}\sum_{i=1}^m{\left(\theta_0+"
        r"\theta_1\cdot x^{(i)}-y^{(i)}\right)}",
        cost=_CAZ_J1,
        verdict="equivalent",
        wrt="theta_0",
        lets=_CAZ_J1_LETS,
        why="∂/∂θ₀ of (1/2m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)² is (1/m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)",
    ),
    Answer(
        id="f10-cazdlt-theta1-brace-closes-before-x",
        source=CAZDLT + " (# SEMANA 1, 'Hallando derivadas:', its third line)",
        text=r"\frac{\partial}{\partial{\theta_1}}J(\theta_0,\theta_1)= \frac{1}{m}\sum_{i=1}^m{\left(\theta_0+"
        r"\theta_1\cdot x^{(i)}-y^{(i)}\right)}\cdot x^{(i)}",
        cost=_CAZ_J1,
        verdict="equivalent",
        wrt="theta_1",
        lets=_CAZ_J1_LETS,
        why="the brace group of \\sum closes before \\cdot x^{(i)}, but x^{(i)} carries the summation index i, "
        "so it belongs to the summand (as the notes' own update θ₁ := θ₁ − α(1/m)Σ(…)·x⁽ⁱ⁾ means): "
        "(1/m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾",
    ),
    Answer(
        id="f10-cazdlt-multi-x-superscript-i",
        source=CAZDLT + " (# SEMANA 2, 'Algoritmo:', the term after '\\rightarrow\\theta_j:=\\theta_j-\\alpha' "
        "up to the trailing \\\\)",
        text=r"\frac{1}{m}\sum_{i=1}^m\left( (h_\theta(x^{i})-y^{(i)})\cdot x_j^{(i)}\right)",
        cost=_CAZ_J2,
        verdict="equivalent",
        lets=_CAZ_J2_LETS,
        why="x^{i} (no parentheses) is the i-th example as everywhere else in the notes, not a power; "
        "(1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾ is ∇J",
    ),
    Answer(
        id="f10-cs229-vectorized-from-update",
        source=CS229_LEC2 + " ('Vectorized form:' θ := θ − αXᵀ(Xθ − y), the term after α; against 'Cost "
        "Function (Matrix Form)')",
        text=r"X^T(X\theta - y)",
        cost=_CS229_JMAT,
        verdict="equivalent",
        why="∇ of ½(Xθ − y)ᵀ(Xθ − y) is Xᵀ(Xθ − y) (the update writes y for \\vec{y})",
    ),
    Answer(
        id="f10-cs229-sum-half-sse",
        source=CS229_LEC2 + " ('Gradient:'; against 'Cost Function:')",
        text=r"\frac{\partial J}{\partial \theta_j} = \sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}",
        cost=r"J(\theta) = \frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2",
        verdict="equivalent",
        why="CS229's h_θ(x) = θᵀx (lecture 2; the notes give no let); ½Σ(h − y)² has gradient Σ(h − y)x_j, no "
        "1/m on either side",
    ),
    Answer(
        id="f10-cn-notes-step-without-1-over-m",
        source=CN_NOTES + " (## 梯度下降, θ_j = θ_j − α Σ…, the term after α; against 综上's J)",
        text=r"\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
        cost=_CN_J,
        verdict="different",
        lets=_CN_LETS,
        why="a real lost 1/m: J is the mean (1/m)[Σ …], whose gradient is (1/m)Σ(h − y)x_j; the step uses the "
        "bare sum, m times too large",
    ),
    Answer(
        id="f10-jekyll-grad-against-cost-let",
        source=JEKYLL + " (the ∂J/∂θ_j display after 'Repeat {…}'; J from the first line of the eqnarray, Cost "
        "from 'Can be written in the below form', h and g from ## Hypothesis Representation)",
        text=_JK_GRAD,
        cost=_JK_J_COST,
        verdict="equivalent",
        lets=(_JK_COST_LET,) + _JK_LETS,
        why="J = (1/m)ΣCost(h(x⁽ⁱ⁾), y⁽ⁱ⁾) with the usual cross-entropy Cost and h = σ(θᵀx): ∇J = (1/m)Σ(h − y)x_j",
    ),
    Answer(
        id="f10-jekyll-grad-against-typo-cost",
        source=JEKYLL + " (the same ∂J/∂θ_j display, against the eqnarray's second line, which has the typo)",
        text=_JK_GRAD,
        cost=_JK_J_TYPO,
        verdict="different",
        lets=_JK_LETS,
        why="the typo'd J = −(1/m)Σ[y log h − (1 − y) log(1 − h)] has gradient −(1/m)Σ[y(1 − h) + (1 − y)h]x_j, "
        "not (1/m)Σ(h − y)x_j: the per-example factors agree for y = 1 (−(1 − h) = h − 1) but not for y = 0 "
        "(−h against h), nor for labels in between",
    ),
    Answer(
        id="f10-jekyll-step-without-1-over-m",
        source=JEKYLL + " (the eqnarray of 'Repeat {', its second line '&:=& θ_j − α Σ…', the term after α)",
        text=r"\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}",
        cost=_JK_J_COST,
        verdict="different",
        lets=(_JK_COST_LET,) + _JK_LETS,
        why="a real lost 1/m (the page's own ∂J/∂θ_j below it has the 1/m): m∇J, not ∇J",
    ),
    Answer(
        id="f10-jekyll-reglin-minus-lambda",
        source=JEKYLL + " (## Regularized Linear Regression, the θ_j update, the bracket after α: "
        "'\\left[ … \\right ]' contents)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)} \right )x_j^{(i)} -\frac{\lambda}{m}"
        r"\theta_j",
        cost=_JK_J_REGLIN,
        verdict="different",
        why="a real sign slip: the penalty (λ/2m)Σθ_j² has gradient +λθ_j/m, the page subtracts it (its own "
        "next line θ_j(1 − αλ/m) has the right sign)",
    ),
    Answer(
        id="f10-nemotron-stray-minus",
        source=NEMOTRON_UPD + " ('Taking the derivative of this loss function with respect to θ_j gives:')",
        text=r"-\frac{1}{n}\sum_{i=1}^n (h_\theta(x_i) - y_i) \cdot x_{ij}",
        cost=_NEM_J,
        verdict="different",
        lets=_NEM_LETS,
        why="a real sign error: ∂J/∂θ_j = +(1/n)Σ(h − y)x_ij; the minus of the cost was kept after the sign of "
        "the residual had already been flipped (the question's update then ascends)",
    ),
    Answer(
        id="f10-ki-tdu-column-layout",
        source=KI_TDU + " (### Gradientenabstieg, eq. (8); J from eq. (4), 𝓛 from eq. (3) and its 'wobei' "
        "line, h from the Hypothesenfunktion display up to its second '=')",
        text=r"\nabla J = \frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T",
        cost=r"J = \frac{1}{m} \sum_{i=1}^m \mathcal{L}(a^{(i)}, y^{(i)})",
        verdict="equivalent",
        wrt="w_j",
        lets=(
            r"\mathcal{L}(a, y) =  - y  \log(a) - (1-y)  \log(1-a)",
            r"a := \hat{y}",
            r"h(\mathbf{x}) = \sigma (\mathbf{w}^T\mathbf{x})",
        ),
        why="a⁽ⁱ⁾ = ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾); X is n×m with examples as columns and A, Y are 1×m rows (the lecture's "
        "DeepLearning.AI layout): X(A − Y)ᵀ/m = (1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾",
    ),
    Answer(
        id="f10-cn-notes-matrix-step-without-1-over-m",
        source=CN_NOTES + " (the last line: θ_{i+1} = θ_i − α*(…), the term after 'α*'; against the section's "
        "Cost(h(x),y))",
        text=r"((h(x)-y)^T*x)^T",
        cost=_CN_JMAT,
        verdict="different",
        lets=_CN_JMAT_LETS,
        why="((h − y)ᵀx)ᵀ = xᵀ(h − y) is m times the gradient of the −(1/m)[…] cost: a real lost 1/m (the "
        "same notes drop it in their Σ step too)",
    ),
    # ============================================================ plain text
    Answer(
        id="f10-vc-plain-dL-dw",
        source=VC_PRACTICAL + " ('# Gradient (vector calculus):', its first line, '#' and spaces dropped)",
        text="∂L/∂w = (1/n) * Σ(ŷᵢ - yᵢ) * xᵢ",
        cost=_VC_L,
        verdict="equivalent",
        wrt="w",
        lets=_VC_L_LETS,
        why="∂/∂w of (1/2n)Σ(wxᵢ + b − yᵢ)² is (1/n)Σ(ŷᵢ − yᵢ)xᵢ; xᵢ is inside the sum (it carries i)",
    ),
    Answer(
        id="f10-vc-plain-dL-db",
        source=VC_PRACTICAL + " ('# Gradient (vector calculus):', its second line)",
        text="∂L/∂b = (1/n) * Σ(ŷᵢ - yᵢ)",
        cost=_VC_L,
        verdict="equivalent",
        wrt="b",
        lets=_VC_L_LETS,
        why="(1/n)Σ(ŷᵢ − yᵢ)",
    ),
    Answer(
        id="f10-py-ascii-dw-unindexed-x",
        source=PY_ASCII + " ('which equates to', the dJ/dw block with its limit lines)",
        text="                   m-1\ndJ(w,b) / dw = 1/m Σ (wx_s(i) + b - y_s(i)) * x\n                   i = 0",
        cost=_PY_J,
        verdict="different",
        wrt="w",
        why="a real slip: the final factor is x, not x_s(i), while every other datum in the line carries _s(i); "
        "as written it is (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾) times an unindexed x, not (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾",
    ),
    Answer(
        id="f10-py-ascii-db",
        source=PY_ASCII + " ('which equates to', the dJ/db block with its limit lines)",
        text="                   m-1\ndJ(w,b) / db = 1/m Σ (wx_s(i) + b - y_s(i))\n                   i = 0",
        cost=_PY_J,
        verdict="equivalent",
        wrt="b",
        why="(1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾), the b-derivative of (1/2m)Σ(…)²",
    ),
    Answer(
        id="f10-py-ascii-db-fwb",
        source=PY_ASCII + " (the first dJ/db block, in fwb; cost and fwb from " + PY_ASCII_SHORT + ")",
        text="                   m-1\ndJ(w,b) / db = 1/m Σ (fwb(x_s(i)) - y_s(i))\n                   i = 0",
        cost="              m-1\nJ(w,b) = 1/2m Σ (fwb(x_s(i)) - y_s(i))**2\n              i=0",
        verdict="equivalent",
        wrt="b",
        lets=("fwb(x_s(i)) = wx_s(i) + b",),
        why="∂/∂b of (1/2m)Σ(fwb(x⁽ⁱ⁾) − y⁽ⁱ⁾)² is (1/m)Σ(fwb(x⁽ⁱ⁾) − y⁽ⁱ⁾)",
    ),
    Answer(
        id="f10-cn-comments-dJ-dw",
        source=CN_COMMENTS + " (comment '# dJ(w,b)/dw = … = 1/m * sum[ X(i) * (a(i)-y(i))]', the last part; J "
        "from the same comment block's first part, L, y_^, a and Z from the docstring and '# Z = wx+b -> "
        "a=sigmod(Z) => L(a,y)')",
        text="1/m * sum[ X(i) * (a(i)-y(i))]",
        cost=_CNC_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CNC_LETS,
        why="J is 1/m Σ_{i=1}^{m} L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾) ('sumi=1,m' is Σ_{i=1}^{m}), L the cross-entropy, ŷ = a = "
        "σ(wᵀx + b) ('sigmod' is the script's spelling); X(i) is example i's feature vector: (1/m)Σx⁽ⁱ⁾(a⁽ⁱ⁾ − "
        "y⁽ⁱ⁾)",
    ),
    Answer(
        id="f10-cn-comments-dJ-db",
        source=CN_COMMENTS + " (comment '# dJ(w,b)/db = … = 1/m * sum[a(i)-y(i)]', the last part)",
        text="1/m * sum[a(i)-y(i)]",
        cost=_CNC_J,
        verdict="equivalent",
        wrt="b",
        lets=_CNC_LETS,
        why="(1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾); sum[…] with square brackets",
    ),
    # ============================================================ code
    Answer(
        id="f10-hw2-w-grad-broadcast",
        source=HW2_REG + " (def _gradient: w_grad = …; the cost is def _cross_entropy_loss's cross_entropy)",
        text="-np.sum(pred_error * X.T, 1)",
        cost=_HW2_CE,
        verdict="equivalent",
        wrt="w_j",
        lets=_HW2_LETS,
        why="X.T is n×m and pred_error (m,) broadcasts along its rows; summing over axis 1 gives "
        "Σᵢ(yᵢ − ŷᵢ)x_ij; negated, Σ(ŷ − y)x_j, the gradient of the summed cross-entropy",
    ),
    Answer(
        id="f10-hw2-b-grad",
        source=HW2_REG + " (def _gradient: b_grad = …)",
        text="-np.sum(pred_error)",
        cost=_HW2_CE,
        verdict="equivalent",
        wrt="b",
        lets=_HW2_LETS,
        why="−Σ(y − ŷ) = Σ(ŷ − y)",
    ),
    Answer(
        id="f10-hw2-regularised-lambda-w-not-2",
        source=HW2_REG + " (def _gradient_regularization: w_grad = …; the cost is def _loss's return, "
        "_cross_entropy_loss written as a let from its def)",
        text="-np.sum(pred_error * X.T, 1) + lamda * w",
        cost="_cross_entropy_loss(y_pred, Y_label) + lamda * np.sum(np.square(w))",
        verdict="different",
        wrt="w_j",
        lets=(
            "_cross_entropy_loss(y_pred, Y_label) = " + _HW2_CE,
        )
        + _HW2_LETS,
        why="a real slip: the penalty λΣw² has gradient 2λw; the code adds λw (right only for a λ/2 penalty)",
    ),
    Answer(
        id="f10-es-dj-dw-dot-error-X",
        source=ES_LINREG + " (def compute_gradients: dj_dw = …; the cost is compute_cost's)",
        text="np.dot(error, X) / m",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_ES_LETS,
        why="error (m,) · X (m×n) is the row Σᵢ errorᵢ x_ij: (1/m)Σ(Xw + b − y)x_j",
    ),
    Answer(
        id="f10-es-dj-db-mean",
        source=ES_LINREG + " (def compute_gradients: dj_db = …)",
        text="np.mean(error)",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="b",
        lets=_ES_LETS,
        why="(1/m)Σ(Xw + b − y)",
    ),
    Answer(
        id="f10-vc-code-dw",
        source=VC_PRACTICAL + " (def gradients: dw = …, its comment dropped; the cost is def mse_loss's return)",
        text="np.dot(error, X) / n",
        cost=_VC_MSE,
        verdict="equivalent",
        wrt="w",
        lets=_VC_MSE_LETS,
        why="X is the one feature as a vector: error·X/n = (1/n)Σ(wxᵢ + b − yᵢ)xᵢ, the w-derivative of "
        "mean((wX + b − y)²)/2",
    ),
    Answer(
        id="f10-vc-code-db",
        source=VC_PRACTICAL + " (def gradients: db = …)",
        text="np.sum(error) / n",
        cost=_VC_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_VC_MSE_LETS,
        why="(1/n)Σ(wxᵢ + b − yᵢ)",
    ),
    Answer(
        id="f10-octave-cn-grad",
        source=OCT_CN + " (grad=…; J and h above it)",
        text="1/m*X'*(h-y)",
        cost=_OCT_CN_J,
        verdict="equivalent",
        lets=("h=sigmoid(X*theta);",),
        why="(1/m)Xᵀ(h − y), the gradient of the mean cross-entropy",
    ),
    Answer(
        id="f10-so-cn-concatenation",
        source=SO_CN + " (theta = theta - alpha * 1/m * (…)'; the term after 'alpha *'; the cost is the "
        "question's next line)",
        text="1/m * ([theta', -1]*[X';y']*X)'",
        cost=_SO_CN_J,
        verdict="equivalent",
        why="[θᵀ, −1]·[Xᵀ; yᵀ] = θᵀXᵀ − yᵀ = (Xθ − y)ᵀ; times X and transposed: Xᵀ(Xθ − y); times 1/m: the "
        "gradient of (1/2m)(Xθ − y)ᵀ(Xθ − y)",
    ),
    Answer(
        id="f10-martin-ableitung-a",
        source=MARTIN + " (def J_ableitung_a: return …; the cost is def J's return, S and f from their defs)",
        text="np.mean(x * (S(a * x + b) - y))",
        cost=_MARTIN_J,
        verdict="equivalent",
        wrt="a",
        lets=_MARTIN_LETS,
        why="one feature x, slope a, intercept b: ∂/∂a of mean CE(σ(ax + b)) is mean(x(σ(ax + b) − y))",
    ),
    Answer(
        id="f10-martin-ableitung-b",
        source=MARTIN + " (def J_ableitung_b: return …)",
        text="np.mean(S(a * x + b) - y)",
        cost=_MARTIN_J,
        verdict="equivalent",
        wrt="b",
        lets=_MARTIN_LETS,
        why="mean(σ(ax + b) − y)",
    ),
]

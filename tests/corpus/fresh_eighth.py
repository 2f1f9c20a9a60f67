r"""A fresh, blind held-out wave (f8): costs and gradient answers from sources no other corpus file uses.

Gathered blind (logderiv's code, docs and tests unread, apart from items.py and the header of
fresh_vectors.py) from:

* course notes in GitHub markdown (the Machine Learning Specialization notes of hridoynasah, with their
  markdown-escaped ``\_`` subscripts; a 'Logistic Regression Deep Dive' post; a log-loss README; a notebook
  deriving the logistic NLL in ``ln``/``\textbf`` notation, with its np.matrix code);
* stored copies of Q&A threads and course transcripts (a math.SE attempt at the log-likelihood gradient, two
  DeepLearning.AI forum threads, a University of Washington ridge lecture), and a few web pages (deep-ml
  problem 106, a Notion page on ridge regression);
* Octave and NumPy exercise code (costFunctionReg.m, regularizedCostFunction.m, costFunction.m, a gist with
  compute_cost/compute_grad, small NumPy modules with cost_func/grad/reg_grad, a notebook's Gradient()).

About a quarter of the answers are wrong: real ones (a sign flipped in a gist, a dropped feature factor,
a wrong first term in a math.SE attempt, the gradient of the mean cost given for a log-likelihood, a
regularised cost whose code gradient omits the penalty) and a few marked variants of real answers.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the
right-hand side of the assignment or ``return``; where a code line is broken over two lines, ``source``
says the break was joined). ``cost`` and ``lets`` are the same source's. Verdicts and ``intended`` were
worked out by hand before logderiv was run. Files of the public code index whose repository the index does
not name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ helpers (NumPy, by hand)


def _ce(p, y):
    """Per-example cross-entropy −[y log p + (1 − y) log(1 − p)]."""
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def _nll_beta(d):
    """Σ [ln(1 + e^{x_iᵀβ}) − y_i x_iᵀβ]: the summed logistic NLL in β."""
    z = d.X @ d.beta
    return float(np.sum(np.log1p(np.exp(z)) - d.y * z))


# ------------------------------------------------------------------ sources
HRIDOY = "github:hridoynasah/Machine-Learning-Specialization:"
HRIDOY_C2W2 = HRIDOY + "C2_W2_note.md"
HRIDOY_GD = HRIDOY + "Supervised Machine Learning/Week 2/Theory/Gradient Descent.md"
HRIDOY_CF = HRIDOY + "Supervised Machine Learning/Week 2/Theory/Cost Function.md"
PAPILLON = "github:papillonbee/logistic_regression:Logistic_Regression_From_Scratch.ipynb"
DEEPDIVE = (
    "GitHub markdown post 'Logistic Regression Deep Dive' (date: 2019-10-26, Jekyll front matter) (public code "
    "index file 32540037619; the index names no repository)"
)
PAWAN = "https://github.com/pawanmandhan/reva (README 'Logistic Regression: Gradient Descent with Log Loss')"
GOOGOLHKL = "github:googolhkl/octave:two/ex2/costFunctionReg.m"
DHRUV = "github:dhruvmullick/spam-classifier:regularizedCostFunction.m"
KEFLAVICH = "https://gist.github.com/keflavich/4013464 (def compute_cost / def compute_grad)"
WAYLON = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Logistic Regression', a copy of "
    "the gist keflavich/4013464 with @waylonflinn's comment of Nov 27, 2013, '#### Simplified Versions')"
)
EMERSON = "https://github.com/emersonmoretto/mlclass-ex2/blob/master/costFunction.m"
NP_LOGIT = (
    "GitHub Python module 'from numpy import log, zeros, vectorize, exp' with cost_func / reg_cost_func / grad "
    "/ reg_grad for logistic regression (public code index file 42759632673; the index names no repository)"
)
NP_LINEAR = (
    "GitHub Python module 'from numpy.linalg import inv, LinAlgError' with cost_func / reg_cost_func / grad / "
    "reg_grad / normal_eqn for linear regression (public code index file 42470487804; the index names no "
    "repository)"
)
NP_LINEAR_SMALL = (
    "GitHub Python file 'def cost_function(X, y, theta)' / '# model hypothesis' / 'def grad(theta, X, y, m)' "
    "(public code index file 42940067627; the index names no repository)"
)
DEEPML = "https://www.eetcode.com/deepml/106 (deep-ml problem #106, train_logistic_regression)"
NUMPY_EPS = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# How to Implement Logistic "
    "Regression with NumPy', ### Example Code, def compute_cost)"
)
MATHSE_LL = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Log-likelihood Gradient and "
    "Hessian', a question's derivation: 'Combining these, we get')"
)
GKOURO = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Derivation of Linear Regression "
    "Cost Function (wx+b)', DeepLearning.AI Course Q&A, question by gkouro, July 22, 2022)"
)
WIECZOREK = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Week 3: Derivations of J(w,b) "
    "for Sigmoid Function', DeepLearning.AI Course Q&A, question by Bernhard Wieczorek, May 30, 2023)"
)
QUANDANG = (
    "https://community.deeplearning.ai/t/how-to-get-the-derivatives-of-the-logistic-cost-loss-function-"
    "teaching-staff/146142/11 (a learner's direct derivation, \\eqalign lines)"
)
UWRIDGE = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored page '# Computing the Gradient of the "
    "Ridge Objective', University of Washington, Machine Learning: Regression)"
)
NOTION_RIDGE = "https://purrfect-zinc-f80.notion.site/Linear-Regression-196ab2f2dc2780c7a671d53413881bc1 (Ridge Regression)"
NETRA = "https://github.com/netrasagarmal/ml_projects (logistic regression notebook, Steps 1–4)"
DANG = "https://github.com/DangGiaChi/Machine_Learning_Specialization_Coursera (notebook, ## Gradient for logistic regression)"

# ------------------------------------------------------------------ shared texts
_HR_MSE = r"J(w, b) = \frac{1}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))^2"
_PAP_NLL = r"\sum_{i=1}^n[ln(1+e^{\textbf{x}_i^T\boldsymbol{\beta}})-y_i\textbf{x}_i^T\boldsymbol{\beta}]"
_PAP_NLL_COMPACT = r"\textbf{1}^Tln(1+e^{\textbf{X}\boldsymbol{\beta}})-\textbf{Y}^T\textbf{X}\boldsymbol{\beta}"
_PAP_F_CODE = "np.ravel(np.ones(len(Y))*(np.log(1+np.exp(X*beta)))-Y.T*X*beta)[0]"
_GOOG_COST = "(sum(-y.*log(h)-(1-y).*log(1-h))/m) + (lambda/2*m)*sum(theta.^2)"
_GOOG_LETS = ("[m, n] = size(X);", "h = sigmoid(X*theta);")
_GOOG_GRAD = "(1/m) * ((sigmoid(X*theta) -y)' *X)"
_DHRUV_COST = "sum(temp1 - temp2) / m + correction"
_DHRUV_LETS = (
    "m = length(y);",
    "h=sigmoid(X * theta);",
    "temp1 = -1 * (y .* log(h));",
    "temp2 = (1 - y) .* log(1 - h);",
    "thetaT = theta;",
    "thetaT(1) = 0;",
    "correction = sum(thetaT .^ 2) * (lambda / (2 * m));",
)
_KEF_COST = "-(1.0/m) * J.sum()"
_KEF_LETS = (
    "m = y.size",
    "h = sigmoid(X.dot(theta.T))",
    "J = ((y.T.dot(log(h))) + ((1.0 - y.T).dot(log(1.0 - h))))",
)
_WAY_LETS = (
    "p_1 = sigmoid(numpy.dot(X, theta))",
    "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
)
_EMERSON_COST = "( (-y)' *log(h)-(1-y)' * log(1-h))/m"
_EMERSON_LETS = ("m = length(y);", "h = sigmoid(X*theta);")
_NPL_H = ("h(X, theta) = g(X.dot(theta))", "g = vectorize(lambda x: 1 / (1 + exp(-x)))")
_NPL_COST = "(1 / m) * ((-y.T).dot(log(h(X, theta))) - ((1 - y).T).dot(log(1 - h(X, theta))))"
_NPL_REG_J = "- (1 / m) * ((y.T).dot(log(h(X, theta))) + (1 - y.T).dot(log(1 - h(X, theta))))"
_NPL_REG_COST = "J + (_lambda / (2 * m)) * ((theta[1:, :]).T).dot(theta[1:, :])"
_NP_GRAD = "(1 / m) * (X.T).dot(h(X, theta) - y)"
_NPLIN_COST = "(1 / (2 * m)) * ((h(X, theta) - y).T).dot(h(X, theta) - y)"
_NPLIN_REG_COST = "J + (_lambda / (2 * m)) * (theta[1:, :].T).dot(theta[1:, :])"
_DEEPML_PLAIN = "-mean(y*log(p) + (1-y)*log(1-p))"
_DEEPML_CODE = "-np.mean(y * np.log(predictions + eps) + (1 - y) * np.log(1 - predictions + eps))"
_DEEPML_LETS = (
    "z = X @ weights + bias",
    "predictions = 1 / (1 + np.exp(-np.clip(z, -500, 500)))",
    "eps = 1e-15",
)
_MSE_L = r"L(\beta) = \sum_{i=1}^n \left[ y_i \log p(x_i) + (1 - y_i) \log [1 - p(x_i)] \right]"
_MSE_LETS = (r"f(x) = x^T \beta", r"p(x) = \sigma(f(x))", r"\sigma(z) = \frac{1}{1 + e^{-z}}")
_GK_J = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)^2"
_GK_LETS = (r"h_w(x^{(i)}) = wx^{(i)} + b",)
_WZ_LOG_J = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)\right]"
)
_WZ_LIN_J = r"J(w,b) = \sum[((wx+b)-y)^2]"
_WZ_GRAD = r"\frac{dJ}{dw} = \sum[(f(x)-y)x]"
_QD_L = r"-[y * ln(\frac{1}{1 + e^{-(wx+b)}}) + (1 - y) * ln(1 - \frac{1}{1 + e^{-(wx+b)}})]"
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_NETRA_LOSS = (
    r"\text{Loss} = - \frac{1}{n} \sum_{i=1}^{n} \left[ y_i \cdot \log(\hat{y}_i) + (1 - y_i) \cdot "
    r"\log(1 - \hat{y}_i) \right]"
)
_NETRA_LETS = (r"z = m \cdot x + b", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}")
_DANG_COST = "np.sum(-y_true * np.log(y_pred) - (1. - y_true) * np.log(1. - y_pred)) / m"
_DANG_LETS = (
    "m = len(y)",
    "y_true = y",
    "y_pred = f(w, b, x)",
    "f = f_wb",
    "f_wb(w, b, x) = (sigmoid(np.sum(w * x, axis = 1) + b)).reshape(-1, 1)",
)

COSTS: list[Cost] = [
    # ============================================================ LaTeX (course notes, posts, transcripts)
    Cost(
        id="f8-hridoy-ridge-m-train",
        source=HRIDOY_C2W2 + " (2. Regression Example, Training: 'Minimize regularized cost')",
        text=r"J(w,b) = \frac{1}{2m_{train}} \sum_{i=1}^{m_{train}} (\hat{y}^{(i)} - y^{(i)})^2 + "
        r"\frac{\lambda}{2m_{train}} \sum_j w_j^2",
        intended=lambda d: np.sum((d.X @ d.w + d.b - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        why="regularised linear regression with parameters (w, b): ŷ⁽ⁱ⁾ = w·x⁽ⁱ⁾ + b; m_{train} is the number of "
        "training examples m; Σ_j runs over the weights only (b not penalised)",
    ),
    Cost(
        id="f8-hridoy-reg-logistic-m-train",
        source=HRIDOY_C2W2 + " (3. Classification Example, Training: 'logistic loss with regularization')",
        text=r"J(w,b) = \frac{1}{m_{train}} \sum_{i=1}^{m_{train}} \big[ -y^{(i)} \log \hat{y}^{(i)} - (1-y^{(i)}) "
        r"\log(1-\hat{y}^{(i)}) \big] + \frac{\lambda}{2m_{train}} \sum_j w_j^2",
        intended=lambda d: np.mean(_ce(sig(d.X @ d.w + d.b), d.y)) + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        why="logistic regression: ŷ = f(x) = σ(w·x + b) (the note thresholds f(x) at 0.5); \\big[ \\big] are "
        "sized brackets; m_{train} = m",
    ),
    Cost(
        id="f8-hridoy-mse-escaped-subscript",
        source=HRIDOY_GD + " (2. Compute the Gradient: 'For the cost function …'; \\( \\) dropped)",
        text=_HR_MSE,
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("w", "b"),
        why="'\\_' is markdown's escaped underscore: \\sum\\_{i=1}^{n} is \\sum_{i=1}^{n}; one feature, scalar w "
        "and b, n examples, mean squared error (no ½)",
    ),
    Cost(
        id="f8-hridoy-mse-yhat-escaped",
        source=HRIDOY_CF + " (Common Cost Function: the MSE display; ŷ from the 'Where:' list)",
        text=r"J(w, b) = \frac{1}{n} \sum\_{i=1}^{n} (y_i - \hat{y}\_i)^2",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("w", "b"),
        lets=(r"\hat{y}\_i = w x_i + b",),
        why="markdown-escaped subscripts (\\_ is _); ŷ_i = w x_i + b, one feature",
    ),
    Cost(
        id="f8-papillon-nll-ln-textbf",
        source=PAPILLON + " (From Statistics Point of View: the line '-ln(\\mathcal{L}(\\boldsymbol{\\beta})) "
        "= …', its right side)",
        text=_PAP_NLL,
        intended=_nll_beta,
        wrt=("beta_j",),
        why="'ln' without a backslash is the natural log; \\textbf{x}_i is row i of X (x_i^Tβ = X[i]·β): the "
        "summed logistic negative log-likelihood, no 1/n",
    ),
    Cost(
        id="f8-papillon-nll-compact-ones",
        source=PAPILLON + " (Appendix, Compact Notation: f(β) = …)",
        text=_PAP_NLL_COMPACT,
        intended=_nll_beta,
        wrt=("beta_j",),
        why="𝟏ᵀln(1 + e^{Xβ}) sums the elementwise ln(1 + e^{x_iᵀβ}); YᵀXβ = Σ y_i x_iᵀβ",
    ),
    Cost(
        id="f8-deepdive-loglik-as-J",
        source=DEEPDIVE + " (the last line of the align defining J = log p(y_1, …, y_n | x_1, …, x_n); '&=' and "
        "'\\\\' dropped)",
        text=r"\sum_{i=1}^n y_i \log \sigma(w^Tx_i) + (1-y_i) \log (1-\sigma(w^Tx_i))",
        intended=lambda d: float(np.sum(d.y * np.log(sig(d.X @ d.w)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w)))),
        wrt=("w_j",),
        why="the post's J is the log-likelihood itself (to be maximised), no minus and no 1/n; both terms are "
        "inside the sum (the line before brackets them together); no bias",
    ),
    Cost(
        id="f8-pawan-mean-of-Li",
        source=PAWAN + " (2. Loss Function: 'The total cost over all examples'; L_i, ŷ and z from sections 1–2)",
        text=r"J(w,b) = \frac{1}{n} \sum_{i=1}^{n} L_i",
        intended=lambda d: np.mean(_ce(sig(d.w[0] * d.x + d.b), d.y)),
        wrt=("w", "b"),
        lets=(
            "L_i = -\\left[\ny_i \\log(\\hat{y}_i)\n+\n(1 - y_i)\\log(1 - \\hat{y}_i)\n\\right]",
            r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}",
            "z = wx + b",
        ),
        why="the cost is only a name until the lets: L_i the per-example log loss (its display broken over lines), "
        "ŷ = σ(wx + b) with one feature x",
    ),
    Cost(
        id="f8-mathse-loglik-bracket-log",
        source=MATHSE_LL + " (the log-likelihood; f, p, σ from the definitions list)",
        text=_MSE_L,
        intended=lambda d: float(
            np.sum(d.y * np.log(sig(d.X @ d.beta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.beta)))
        ),
        wrt=("beta_j",),
        lets=_MSE_LETS,
        why="\\log [1 - p(x_i)] is log(1 − p(x_i)) with square brackets; p(x_i) = σ(x_iᵀβ): the summed "
        "Bernoulli log-likelihood (maximised, no minus)",
    ),
    Cost(
        id="f8-gkouro-hw-wxb",
        source=GKOURO + " (### Derivation of the Cost Function; h_w from the 'where' line)",
        text=_GK_J,
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        lets=_GK_LETS,
        why="one feature: h_w(x⁽ⁱ⁾) = w x⁽ⁱ⁾ + b, scalar w",
    ),
    Cost(
        id="f8-wieczorek-loglik-no-minus",
        source=WIECZOREK + " ('J for logistic regression is', as the asker typed it)",
        text=_WZ_LOG_J,
        intended=lambda d: float(
            np.sum(d.y * np.log(sig(d.w[0] * d.x + d.b)) + (1 - d.y) * np.log(1 - sig(d.w[0] * d.x + d.b)))
        ),
        wrt=("w", "b"),
        why="an unbounded \\sum over the examples of y log σ(wx + b) + (1 − y) log(1 − σ(wx + b)); as typed there "
        "is no leading minus (the log-likelihood, not the cost); one feature x, scalar w",
    ),
    Cost(
        id="f8-wieczorek-linear-sum-brackets",
        source=WIECZOREK + " ('For the linear cost function …', as the asker typed it)",
        text=_WZ_LIN_J,
        intended=lambda d: float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)),
        wrt=("w", "b"),
        why="a plain \\sum[…] over the examples with square brackets as grouping, no 1/2m; one feature",
    ),
    Cost(
        id="f8-uw-ridge-H-matrix",
        source=UWRIDGE + " (1. Objective Function)",
        text=_UW_J,
        intended=lambda d: float(np.sum((d.y - d.X @ d.w) ** 2) + d.lam * np.sum(d.w**2)),
        wrt=("w_j",),
        why="H is the feature matrix (the lecture's y = Hw + ε; rows are observations): (y − Hw)ᵀ(y − Hw) is the "
        "RSS, λwᵀw the ridge penalty on every weight",
    ),
    Cost(
        id="f8-notion-ridge-residual-unsquared",
        source=NOTION_RIDGE,
        text=r"L_2(\mathbf{w}) = \sum_i(y_i-w^Tx_i) + \lambda \sum_{j=1}^{p} w_j^2",
        intended=lambda d: float(np.sum(d.y - d.X @ d.w) + d.lam * np.sum(d.w**2)),
        wrt=("w_j",),
        why="read literally: as written the residual is NOT squared (the page calls it the least squares loss plus "
        "an L2 penalty, so the square was lost on the page); L_2 is the cost's name, not a norm",
    ),
    Cost(
        id="f8-netra-loss-slope-m",
        source=NETRA + " (Step 3: Binary Cross-Entropy Loss; z and ŷ from Steps 1–2)",
        text=_NETRA_LOSS,
        intended=lambda d: np.mean(_ce(sig(d.w[0] * d.x + d.b), d.y)),
        wrt=("m", "b"),
        lets=_NETRA_LETS,
        why="\\text{Loss} is the cost's name; m is the SLOPE here (z = m·x + b, one feature), n the number of "
        "examples",
    ),
    # ============================================================ plain math as typed
    Cost(
        id="f8-deepml-plain-mean",
        source=DEEPML + " (the explanation under the code: '-mean(y*log(p) + (1-y)*log(1-p)) measures how far "
        "predictions are from true labels'; p from 'sigmoid(Xw + b) to get predicted probabilities')",
        text=_DEEPML_PLAIN,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.w + d.b), d.y)),
        wrt=("w_j", "b"),
        lets=("p = sigmoid(Xw + b)",),
        why="plain text: mean over the examples of the cross-entropy, p = σ(Xw + b) (the page states it in words)",
    ),
    # ============================================================ code
    Cost(
        id="f8-papillon-f-npmatrix",
        source=PAPILLON + " (def f(beta): return …; X, Y and beta are np.matrix)",
        text=_PAP_F_CODE,
        intended=_nll_beta,
        wrt=("beta_j",),
        why="np.matrix: * is the matrix product, so np.ones(n)·log(1 + e^{Xβ}) is Σ ln(1 + e^{x_iᵀβ}) and "
        "Y.T*X*beta is Σ y_i x_iᵀβ; np.ravel(…)[0] takes the single entry",
    ),
    Cost(
        id="f8-googolhkl-lambda-over-2-times-m",
        source=GOOGOLHKL + " (J = …)",
        text=_GOOG_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)) + (d.lam / 2) * d.m * np.sum(d.theta**2),
        lets=_GOOG_LETS,
        why="read as written: Octave evaluates lambda/2*m left to right, (λ/2)·m, not λ/(2m); and sum(theta.^2) "
        "includes the intercept theta(1)",
    ),
    Cost(
        id="f8-dhruv-correction-thetaT",
        source=DHRUV + " (J = …; temp1, temp2, thetaT, correction above it)",
        text=_DHRUV_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=_DHRUV_LETS,
        why="temp1 − temp2 = −y log h − (1 − y) log(1 − h); correction is λ/(2m)Σθ² with θ(1) zeroed (the "
        "intercept, theta[0] here) by thetaT",
    ),
    Cost(
        id="f8-keflavich-neg-mean-sum",
        source=KEFLAVICH + " (compute_cost: return …; theta.shape = (1, 3) first, and h[h==1] = 0.99999999999 "
        "between h and J)",
        text=_KEF_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)),
        lets=_KEF_LETS,
        why="theta is reshaped to a row, so X.dot(theta.T) = Xθ; J is the summed log-likelihood, −J.sum()/m the "
        "mean cross-entropy (the clamp of h == 1 never fires for finite z)",
    ),
    Cost(
        id="f8-waylon-logl-mean",
        source=WAYLON + " (#### Cost Function: return log_l.mean())",
        text="log_l.mean()",
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)),
        lets=_WAY_LETS,
        why="log_l is the per-example cross-entropy vector (its comment calls it the 'log-likelihood vector'); "
        ".mean() divides by m",
    ),
    Cost(
        id="f8-emerson-octave-neg-y-transpose",
        source=EMERSON + " (J = …)",
        text=_EMERSON_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)),
        lets=_EMERSON_LETS,
        why="(-y)'*log(h) is −Σ y log h, (1−y)'*log(1−h) is Σ (1 − y) log(1 − h): the mean cross-entropy",
    ),
    Cost(
        id="f8-nplogit-cost-func-h-function",
        source=NP_LOGIT + " (def cost_func: J = …, its line break joined; h and g are defined in the module as "
        "def h(X, theta): return g(X.dot(theta)) and g = vectorize(…))",
        text=_NPL_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)),
        lets=("m = len(y)",) + _NPL_H,
        why="h(X, theta) is a call of the module's hypothesis function σ(Xθ); (-y.T).dot(log h) = −Σ y log h",
    ),
    Cost(
        id="f8-nplogit-reg-cost-slice",
        source=NP_LOGIT + " (def reg_cost_func: the second line J = J + …; the first J = …, its line break "
        "joined, is a let)",
        text=_NPL_REG_COST,
        intended=lambda d: np.mean(_ce(sig(d.X @ d.theta), d.y)) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("m = len(y)", "J = " + _NPL_REG_J) + _NPL_H,
        why="theta is a column (theta[1:, :] is 2-D); 0-based slicing leaves out the intercept theta[0]; _lambda "
        "is λ",
    ),
    Cost(
        id="f8-nplinear-reg-cost-slice",
        source=NP_LINEAR + " (def reg_cost_func: the second line J = J + …; the first J = … and h are lets)",
        text=_NPLIN_REG_COST,
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("m = len(y)", "J = " + _NPLIN_COST, "h(X, theta) = X.dot(theta)"),
        why="(hθ − y)ᵀ(hθ − y)/(2m) plus λ/(2m) times the squared non-intercept parameters",
    ),
    Cost(
        id="f8-nplinear-quadratic-form",
        source=NP_LINEAR_SMALL + " (def cost_function: J = …)",
        text="(1 / (2 * m)) * ((X.dot(theta) - y).T).dot(X.dot(theta) - y)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("m = len(y)",),
        why="the residual's inner product with itself over 2m",
    ),
    Cost(
        id="f8-deepml-code-eps-clip",
        source=DEEPML + " (loss = … in the training loop; z, predictions and eps above it)",
        text=_DEEPML_CODE,
        intended=lambda d: -np.mean(
            d.y * np.log(sig(np.clip(d.X @ d.w + d.b, -500, 500)) + 1e-15)
            + (1 - d.y) * np.log(1 - sig(np.clip(d.X @ d.w + d.b, -500, 500)) + 1e-15)
        ),
        wrt=("weights_j",),
        lets=_DEEPML_LETS,
        why="weights/bias are w/b; the clip at ±500 never binds for ordinary data and eps = 1e-15 only guards "
        "log(0): the mean cross-entropy of σ(X·weights + bias)",
    ),
    Cost(
        id="f8-numpy-epsilon-1e-5",
        source=NUMPY_EPS + " (cost = …; m, h, epsilon above it)",
        text="(1/m) * (((-y).T @ np.log(h + epsilon)) - ((1-y).T @ np.log(1-h + epsilon)))",
        intended=lambda d: np.mean(-d.y * np.log(sig(d.X @ d.theta) + 1e-5) - (1 - d.y) * np.log(1 - sig(d.X @ d.theta) + 1e-5)),
        lets=("m = len(y)", "h = sigmoid(X.dot(theta))", "epsilon = 1e-5"),
        why="the cross-entropy with the constant 1e-5 added inside both logs (kept: it shifts the gradient a "
        "little, by the factor h/(h + ε))",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f8-hridoy-dJdw-minus-2-over-n",
        source=HRIDOY_GD + " (Partial derivative w.r.t. w; \\( \\) dropped)",
        text=r"\frac{\partial J}{\partial w} = \frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b)) x_i",
        cost=_HR_MSE,
        verdict="equivalent",
        wrt="w",
        why="d/dw of (1/n)Σ(y_i − (w x_i + b))² is (−2/n)Σ(y_i − (w x_i + b))x_i; \\_ is an escaped _",
    ),
    Answer(
        id="f8-hridoy-dJdb-minus-2-over-n",
        source=HRIDOY_GD + " (Partial derivative w.r.t. b)",
        text=r"\frac{\partial J}{\partial b} = \frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))",
        cost=_HR_MSE,
        verdict="equivalent",
        wrt="b",
    ),
    Answer(
        id="f8-hridoy-b-line-given-for-w",
        source=HRIDOY_GD + " (VARIANT: the ∂J/∂b right side offered as ∂J/∂w, the slip of a lost x_i)",
        text=r"\frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))",
        cost=_HR_MSE,
        verdict="different",
        wrt="w",
        why="variant: the w-derivative needs the factor x_i in each term; without it this is ∂J/∂b",
    ),
    Answer(
        id="f8-hridoy-dJdw-sign-lost",
        source=HRIDOY_GD + " (VARIANT: the ∂J/∂w line with the minus of −2/n lost)",
        text=r"\frac{2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b)) x_i",
        cost=_HR_MSE,
        verdict="different",
        wrt="w",
        why="variant: with the residual written y − ŷ the factor must be −2/n; +2/n is the negative gradient",
    ),
    Answer(
        id="f8-papillon-partial-beta-j",
        source=PAPILLON + " (Appendix: ∂f(β)/∂β_j = …, its trailing ',\\ \\forall j=1,2,...,p' dropped)",
        text=r"\sum_{i=1}^n[\frac{e^{\textbf{x}_i^T\boldsymbol{\beta}}}{1+e^{\textbf{x}_i^T\boldsymbol{\beta}}}x_{ij}"
        r"-y_ix_{ij}]",
        cost=_PAP_NLL,
        verdict="equivalent",
        wrt="beta_j",
        why="e^{z}/(1 + e^{z}) = σ(z); Σ(σ(x_iᵀβ) − y_i)x_ij is ∂/∂β_j of Σ[ln(1 + e^{x_iᵀβ}) − y_i x_iᵀβ]; x_ij "
        "is X[i, j]",
    ),
    Answer(
        id="f8-papillon-nabla-vector",
        source=PAPILLON + " (Proof: ∇f(β) = …)",
        text=r"\sum_{i=1}^n(\frac{e^{\textbf{x}_i^T\boldsymbol{\beta}}}{1+e^{\textbf{x}_i^T\boldsymbol{\beta}}}"
        r"-y_i)\textbf{x}_i",
        cost=_PAP_NLL,
        verdict="equivalent",
        wrt="beta_j",
        why="the whole gradient as a vector: component j is Σ(σ(x_iᵀβ) − y_i)x_ij",
    ),
    Answer(
        id="f8-papillon-nabla-compact",
        source=PAPILLON + " (Appendix, Compact Notation: ∇f(β) = …)",
        text=r"\textbf{X}^T(\frac{e^{\textbf{X}\boldsymbol{\beta}}}{1+e^{\textbf{X}\boldsymbol{\beta}}}-\textbf{Y})",
        cost=_PAP_NLL_COMPACT,
        verdict="equivalent",
        wrt="beta_j",
        why="elementwise e^{Xβ}/(1 + e^{Xβ}) = σ(Xβ): Xᵀ(σ(Xβ) − Y)",
    ),
    Answer(
        id="f8-deepdive-y-minus-sigma-no-x",
        source=DEEPDIVE + " (the align's last line '&= y - \\sigma'; the cost is the single data point the page "
        "differentiates, 'consider a single data point', σ from 'Simplify notation')",
        text=r"y - \sigma",
        cost=r"y \log \sigma + (1-y) \log (1-\sigma)",
        verdict="different",
        wrt="w_j",
        lets=(r"\sigma = \sigma(w^Tx)",),
        why="real slip: ∇_wσ = σ(1 − σ)x, but the page substitutes σ(1 − σ) and loses the x: the derivative by "
        "w_j is (y − σ)x_j, not y − σ",
    ),
    Answer(
        id="f8-mathse-first-term-not-divided",
        source=MATHSE_LL + " (the combined result of the question's attempt)",
        text=r"\frac{\partial}{\partial \beta} L(\beta) = \sum_{i=1}^n \left[ y_i \cdot p(x_i) \cdot (1 - p(x_i)) "
        r"\cdot x_i + (1 - y_i) \cdot (-p(x_i)) \cdot x_i \right]",
        cost=_MSE_L,
        verdict="different",
        wrt="beta_j",
        lets=_MSE_LETS,
        why="real mistake: ∂ log p/∂β = p(1 − p)x / p = (1 − p)x, but the first term keeps p(1 − p)x (the 1/p of "
        "the log is forgotten; the second term does divide). The right result is Σ(y_i − p(x_i))x_i",
    ),
    Answer(
        id="f8-gkouro-dJdw",
        source=GKOURO + " (1. Partial Derivative with respect to w)",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right) "
        r"x^{(i)}",
        cost=_GK_J,
        verdict="equivalent",
        wrt="w",
        lets=_GK_LETS,
    ),
    Answer(
        id="f8-gkouro-dJdb",
        source=GKOURO + " (2. Partial Derivative with respect to b)",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)",
        cost=_GK_J,
        verdict="equivalent",
        wrt="b",
        lets=_GK_LETS,
    ),
    Answer(
        id="f8-wieczorek-logistic-sign",
        source=WIECZOREK + " (the course's 'dJ/dw = Σ[(f(x)-y)x]' as the asker quotes it, against the J he typed "
        "for logistic regression)",
        text=_WZ_GRAD,
        cost=_WZ_LOG_J,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="real mismatch: the J typed has no leading minus (it is the log-likelihood), whose derivative is "
        "Σ(y − f(x))x: the quoted Σ(f(x) − y)x has the opposite sign. f is the model, σ(wx + b) here (stated in "
        "words, the let is ours)",
    ),
    Answer(
        id="f8-wieczorek-linear-factor-two",
        source=WIECZOREK + " (the same quoted dJ/dw, against the linear J he typed)",
        text=_WZ_GRAD,
        cost=_WZ_LIN_J,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = wx+b",),
        why="real mismatch: for J = Σ((wx + b) − y)² (no 1/2m) the derivative is 2Σ(f(x) − y)x, as the asker's own "
        "J' = 2((wx+b)-y)x says; the quoted form lacks the 2 (it belongs to the course's 1/(2m) cost)",
    ),
    Answer(
        id="f8-uw-ridge-gradient-H",
        source=UWRIDGE + " (2. Gradient Calculation: 'the gradient of the total cost is')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why="∇(y − Hw)ᵀ(y − Hw) = −2Hᵀ(y − Hw), ∇λwᵀw = 2λw; H the feature matrix",
    ),
    Answer(
        id="f8-netra-dLoss-dm",
        source=NETRA + " (Step 4: ∂Loss/∂m)",
        text=r"\frac{\partial \text{Loss}}{\partial m} = \frac{1}{n} \sum ( \hat{y}_i - y_i ) \cdot x_i",
        cost=_NETRA_LOSS,
        verdict="equivalent",
        wrt="m",
        lets=_NETRA_LETS,
        why="m is the slope (z = m·x + b); the \\sum without limits runs over the n examples",
    ),
    Answer(
        id="f8-netra-dLoss-db",
        source=NETRA + " (Step 4: ∂Loss/∂b)",
        text=r"\frac{\partial \text{Loss}}{\partial b} = \frac{1}{n} \sum ( \hat{y}_i - y_i )",
        cost=_NETRA_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_NETRA_LETS,
    ),
    # ============================================================ plain math as typed
    Answer(
        id="f8-quandang-sigmoid-expanded",
        source=QUANDANG + " (the second-to-last line of ∂L/∂w; the loss is the first \\eqalign line, '&=' dropped)",
        text=r"(\frac{1}{1 + e^{-(wx+b)}} - y) * x",
        cost=_QD_L,
        verdict="equivalent",
        wrt="w",
        why="one example, one feature: ∂/∂w of −[y ln σ(wx + b) + (1 − y) ln(1 − σ(wx + b))] is (σ(wx + b) − y)x; "
        "'*' is typed multiplication, ln the natural log",
    ),
    Answer(
        id="f8-quandang-sigmoid-z-plain",
        source=QUANDANG + " (the last line: '= (sigmoid(z) - y) * x', with 'where z = wx+b' from the text)",
        text="(sigmoid(z) - y) * x",
        cost=_QD_L,
        verdict="equivalent",
        wrt="w",
        lets=("z = wx+b",),
        why="sigmoid(z) = 1/(1 + e^{−z}) with z = wx + b: the same derivative in plain notation",
    ),
    Answer(
        id="f8-deepml-plain-gradient",
        source=DEEPML + " (the explanation: 'X^T(predictions - y) / n. This elegant form comes from …'; the cost "
        "is the explanation's -mean(…))",
        text="X^T(predictions - y) / n",
        cost=_DEEPML_PLAIN,
        verdict="equivalent",
        wrt="w_j",
        lets=("p = sigmoid(Xw + b)", "predictions = sigmoid(Xw + b)"),
        why="plain text: predictions are p = σ(Xw + b) and n is the number of samples (the code's n_samples): "
        "Xᵀ(p − y)/n is the gradient of the mean cross-entropy by w",
    ),
    # ============================================================ code
    Answer(
        id="f8-papillon-nabla-npmatrix",
        source=PAPILLON + " (def nabla_f(beta): return …; the cost is def f(beta))",
        text="X.T*(1/(1+1/np.exp(X*beta))-Y)",
        cost=_PAP_F_CODE,
        verdict="equivalent",
        wrt="beta_j",
        why="np.matrix: * is the matrix product; 1/(1 + 1/e^{z}) = e^{z}/(e^{z} + 1) = σ(z), so Xᵀ(σ(Xβ) − Y)",
    ),
    Answer(
        id="f8-googolhkl-unregularised-row",
        source=GOOGOLHKL + " (grad = …; the for-loop after it then adds λθ/m to grad(1,c) only, c the last "
        "column)",
        text=_GOOG_GRAD,
        cost=_GOOG_COST,
        verdict="different",
        lets=_GOOG_LETS,
        why="real mismatch: the line is the unregularised gradient (as a row); the cost as written adds "
        "(λ/2)·m·Σθ², whose gradient λmθ (every component, θ(1) too) is missing",
    ),
    Answer(
        id="f8-googolhkl-row-against-logistic",
        source=GOOGOLHKL + " (grad = …, against the usual unregularised cost)",
        text=_GOOG_GRAD,
        cost="logistic",
        verdict="equivalent",
        why="(1/m)(σ(Xθ) − y)ᵀX is Xᵀ(h − y)/m written as a row",
    ),
    Answer(
        id="f8-dhruv-grad-thetaT",
        source=DHRUV + " (grad = …)",
        text="(X' * (h - y)) * (1/m) + thetaT * (lambda / m)",
        cost=_DHRUV_COST,
        verdict="equivalent",
        lets=_DHRUV_LETS,
        why="Xᵀ(h − y)/m plus λθ/m with the intercept zeroed (thetaT), the gradient of λ/(2m)Σ_{j≥2}θ_j²",
    ),
    Answer(
        id="f8-dhruv-grad-half-lambda",
        source=DHRUV + " (VARIANT: grad = … with lambda / (2 * m), the cost's factor copied into the gradient)",
        text="(X' * (h - y)) * (1/m) + thetaT * (lambda / (2 * m))",
        cost=_DHRUV_COST,
        verdict="different",
        lets=_DHRUV_LETS,
        why="variant: d/dθ_j of λ/(2m)θ_j² is λθ_j/m; λ/(2m) halves the regularisation gradient",
    ),
    Answer(
        id="f8-keflavich-grad-sign-flipped",
        source=KEFLAVICH + " (compute_grad: grad[i] = … inside 'for i in range(l)', l = grad.size; delta and "
        "sumdelta above it)",
        text="(1.0 / m) * sumdelta * - 1",
        cost=_KEF_COST,
        verdict="different",
        wrt="theta_i",
        lets=(
            "m = y.size",
            "h = np.squeeze(sigmoid(X.dot(theta.T)))",
            "delta = h - y",
            "sumdelta = delta.T.dot(X[:, i])",
            "J = ((y.T.dot(log(h))) + ((1.0 - y.T).dot(log(1.0 - h))))",
        ),
        why="real bug: i runs over the parameters here, sumdelta = Σ_k (h_k − y_k)X[k, i]; the gradient of the mean "
        "cross-entropy is +sumdelta/m, the trailing '* - 1' flips it (the gist's commenter says he 'took out the "
        "negatives in the cost function and grad')",
    ),
    Answer(
        id="f8-waylon-grad-X1",
        source=WAYLON + " (#### Gradient Function: grad = …; the cost is the same comment's cost())",
        text="numpy.dot(error, X_1) / y.size",
        cost="log_l.mean()",
        verdict="equivalent",
        lets=_WAY_LETS + ("error = p_1 - y",),
        why="X_1 (a global) is the very matrix passed in as X (opt.fmin_bfgs(…, args=(X_1, y))): (p − y)ᵀX/m is the "
        "gradient of the mean cross-entropy as a row",
    ),
    Answer(
        id="f8-emerson-commented-vectorised",
        source=EMERSON + " (the commented-out '%grad = (X'*(h - y))/m;' after the loop version)",
        text="(X'*(h - y))/m",
        cost=_EMERSON_COST,
        verdict="equivalent",
        lets=_EMERSON_LETS,
    ),
    Answer(
        id="f8-nplogit-grad",
        source=NP_LOGIT + " (def grad: grad = …; the cost is def cost_func)",
        text=_NP_GRAD,
        cost=_NPL_COST,
        verdict="equivalent",
        lets=("m = len(y)",) + _NPL_H,
        why="Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f8-nplogit-reg-grad-first-line",
        source=NP_LOGIT + " (def reg_grad: its first assignment grad = …, before grad[1:, :] = grad[1:, :] + "
        "(_lambda / m) * theta[1:, :]; the cost is reg_cost_func)",
        text=_NP_GRAD,
        cost=_NPL_REG_COST,
        verdict="different",
        lets=("m = len(y)", "J = " + _NPL_REG_J) + _NPL_H,
        why="this line alone lacks the penalty's gradient (λ/m)θ_j for j ≥ 1 (added on the next line): as an "
        "answer for the regularised cost it is wrong in every non-intercept component",
    ),
    Answer(
        id="f8-nplinear-grad",
        source=NP_LINEAR + " (def grad: grad = …; the cost is def cost_func)",
        text=_NP_GRAD,
        cost=_NPLIN_COST,
        verdict="equivalent",
        lets=("m = len(y)", "h(X, theta) = X.dot(theta)"),
        why="∇ (Xθ − y)ᵀ(Xθ − y)/(2m) = Xᵀ(Xθ − y)/m",
    ),
    Answer(
        id="f8-nplinear-small-grad",
        source=NP_LINEAR_SMALL + " (def grad(theta, X, y, m): grad = …; h is '# model hypothesis')",
        text=_NP_GRAD,
        cost="(1 / (2 * m)) * ((X.dot(theta) - y).T).dot(X.dot(theta) - y)",
        verdict="equivalent",
        lets=("m = len(y)", "h(X, theta) = X.dot(theta)"),
    ),
    Answer(
        id="f8-deepml-code-dw",
        source=DEEPML + " (dw = … in the training loop; error and n_samples above it)",
        text="(X.T @ error) / n_samples",
        cost=_DEEPML_CODE,
        verdict="equivalent",
        wrt="weights_j",
        lets=_DEEPML_LETS + ("error = predictions - y", "n_samples, n_features = X.shape"),
        why="Xᵀ(σ(z) − y)/n; the eps = 1e-15 inside the loss changes its gradient only at the 1e-15 level",
    ),
    Answer(
        id="f8-dang-broadcast-axis0",
        source=DANG + " (def Gradient: df_dw = …; y reshaped to a column first; the cost is def "
        "BinaryCrossentropy, called with f_wb(w, b, X) and y)",
        text="np.sum((f(w, b, x) - y) * x, axis = 0) / m",
        cost=_DANG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DANG_LETS,
        why="f(w, b, x) is the m×1 column σ(Xw + b); times the m×n x it broadcasts over the columns, and the sum "
        "over axis 0 gives Σ_i(σ_i − y_i)x_ij for each j, over m",
    ),
]

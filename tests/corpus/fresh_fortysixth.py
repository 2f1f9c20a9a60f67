r"""A fresh held-out wave (f46): a mix as a random draw would give it — Chinese blog posts (CSDN and a CSDN mirror),
a Stack Overflow-style question, repository notes and lab notebooks (PyTorch, NumPy) and from-scratch code in kinds
of language the corpus has little of: TypeScript, R (a maxLik log-likelihood), Octave, plus Python docstrings.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A and blog notes: a CSDN post (Chinese) '交叉熵损失函数对b求偏导数的具体步骤' (L and ∂L/∂b); a CSDN mirror post
  (Chinese) '【机器学习-11】 逻辑回归的交叉熵损失函数' (J(w, b), ∂J/∂w_j and a chain-rule line whose leading minus was
  lost); a stored copy of the question 'GD for logistic regression isn't stable. Why?' (a NumPy gradient with two
  bugs the answer points out); a CSDN-mirror post (553668.com) on Li Hongyi's homework 2 (w_grad, b_grad); a blog
  post 'Day 14: Gradient Descent for Logistic Regression' (joankusuma.com; its J(w, b) from a stored copy, and
  compute_gradient_logistic);
* notes and notebooks: a repository README 'Ridge Regression (L2 Regularization) — From Scratch' (J_ridge(w, b),
  ∂J/∂w, ∂J/∂b); dsplog/dsplog.com's notebook cell 'Gradients in Binary Cross Entropy Loss' (PyTorch loss and the
  manual gradients, features × samples); lucasteyn/ML-Optimization-Examples' Newton's-method notebook
  (cross_entropy_loss and _gradient);
* code: dezoxel/machine-learning (TypeScript: the one-feature and the multi-feature squared-error cost and their
  gradient loops); a Python PoissonRegression class (summed loss, a gradient that takes the mean, and the
  docstring's X.T @ (exp(z) − y)); a ridge fit() docstring after ISLR (a cost with an unbalanced parenthesis, and a
  partial derivative with the wrong sign); an Octave gradient_ridge (the data term's 2 dropped, the penalty's kept);
  an R lnpoisson log-likelihood for maxLik (sum of log dpois).

Names follow the sources: X, X_b, A and the TypeScript X[i][j] are the design matrix Data.X; dsplog's x is the
*transposed* design matrix (features × samples, Data.X.T) and its y a 1 × m row; w (or weights, beta, theta) is the
weight vector Data.w / Data.beta / Data.theta, b the intercept Data.b; in the one-feature TypeScript cost x[i] is
Data.x and w the scalar slope Data.w[0]. Where a source gives no cost for an answer, ``why`` says which cost it is
graded against. About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of
real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the
costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
CSDN_B = (
    "https://blog.csdn.net/u013172930/article/details/142316392 (CSDN post, Chinese, '交叉熵损失函数对b求偏导数的"
    "具体步骤'"
)
CSDN_WJ = (
    "https://blog.youkuaiyun.com/wangshangshang09/article/details/146705680 (CSDN mirror post, Chinese, "
    "'【机器学习-11】 逻辑回归的交叉熵损失函数'"
)
UNSTABLE = NEMOTRON + " (stored copy of the question 'GD for logistic regression isn't stable. Why?' and its answer"
HW2 = (
    "https://553668.com/manong/1035719.html (Chinese blog post on Li Hongyi's ML homework 2, '# 计算梯度值(?)', "
    "def gradient"
)
JOAN = (
    "https://www.joankusuma.com/post/day-14-gradient-descent-for-logistic-regression ('Day 14: Gradient Descent for "
    "Logistic Regression'"
)
JOAN_COPY = NEMOTRON + " (stored copy of the post 'Gradient Descent for Logistic Regression' (joankusuma.com)"
RIDGE_MD = (
    "public code index file 35350810926 (Markdown README 'Ridge Regression (L2 Regularization) — From Scratch'; the "
    "index does not name its repository"
)
DSPLOG = (
    "https://github.com/dsplog/dsplog.com (Jupyter notebook, '### Gradients in Binary Cross Entropy Loss', In [8]"
)
LUCA = (
    "https://github.com/lucasteyn/ML-Optimization-Examples (Jupyter notebook 'Functions for Binary Logistic "
    "Regression with Newton's method', In [2]"
)
TS_UNI = (
    "https://github.com/dezoxel/machine-learning/blob/b2d0d0902c8957ae6dea3c5cd863865868b4983e/linear-regression/"
    "model.domain.ts (TypeScript"
)
TS_UNI_GRAD = (
    "https://github.com/dezoxel/machine-learning/blob/335cc2612d6c140f9058d0ab859f96d41d382906/server/"
    "linear-regression/univariate/domain/gradient-descent.ts (TypeScript"
)
TS_MULTI = (
    "https://github.com/dezoxel/machine-learning/blob/ce967f14de81596dceb781aac623be8075099378/server/"
    "linear-regression/multiple/domain/ (TypeScript, cost-function.ts, gradient-descent.ts and model.ts"
)
POIS = (
    "public code index file 22219927417 (Python, class PoissonRegression, loss() and loss_gradient(); the index "
    "does not name its repository"
)
ISLR = (
    "public code index file 26194322987 (Python, ridge fit() after 'An Introduction to Statistical Learning', its "
    "docstring; the index does not name its repository"
)
OCT_RIDGE = "public code index file 6838918681 (Octave, function gradient_ridge; the index does not name its repository"
R_POIS = (
    "public code index file 1787787439 (R, '## logLik function for standard poisson model', lnpoisson; the index "
    "does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_sum_beta(d):
    return -float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


def _poisson_loglik_theta(d):
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.exp(z) - np.array([math.lgamma(v + 1.0) for v in d.y])))


def _ridge_mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m + d.lam * float(d.w @ d.w)


def _half_mean_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
_CSDN_B_L = (
    r"L = -\frac{1}{m} \sum_{i=1}^m \left( y_i \ln \hat{y}_i + (1 - y_i) \ln (1 - \hat{y}_i) \right)"
)
_CSDN_B_LETS = (r"\hat{y}_i = \frac{1}{1 + e^{-(w^T x_i + b)}}",)
_CSDN_B_WHY = (
    "x_i is example i (a row of Data.X), w the weight vector, b the intercept; m examples: the mean cross-entropy"
)
_CSDN_WJ_J = (
    r"J(\mathbf{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f_{\mathbf{w},b}(\mathbf{x}^{(i)})) + "
    r"(1-y^{(i)}) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) \right]"
)
_CSDN_WJ_LETS = (
    r"f_{\mathbf{w},b}(\mathbf{x}) = \sigma(\mathbf{w}^T \mathbf{x} + b) = "
    r"\frac{1}{1+e^{-(\mathbf{w}^T \mathbf{x} + b)}}",
)
_DSPLOG_LOSS = "-(y * torch.log(a) + (1 - y) * torch.log(1 - a)).mean()"
_DSPLOG_LETS = ("a = torch.sigmoid(z)", "z = w.T @ x + b")
_DSPLOG_WHY = (
    "x is features × samples (the transposed design matrix, Data.X.T), y a 1 × m row of labels, w a column of "
    "weights (Data.w), b the bias: z = wᵀx + b is 1 × m and .mean() averages over the m samples"
)
_POIS_LOSS = "pointwise_loss.sum(axis=0)"
_POIS_LETS = ("pointwise_loss = np.exp(z) - y * z", "z = X @ w")
_POIS_WHY = (
    "X the design matrix with a column of ones (validate_features), w the weight column, y reshaped to a column; "
    "the line's trailing comment '# + c' (the dropped log y!) is left out: Σ(e^{Xw} − y·Xw), summed over the examples"
)
_RIDGE_J = (
    r"J_{ridge}(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \lambda \sum_{j=1}^{d} w_j^2"
)
_RIDGE_LETS = (r"\hat{y} = Xw + b",)
_RIDGE_WHY = (
    "X is n × d (n examples, Data.X), w the weights, b the unpenalised bias: the MSE plus λ‖w‖² (no ½, no 1/n on "
    "the penalty)"
)
_JOAN_J = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f(x^{(i)})) + (1 - y^{(i)}) \log(1 - f(x^{(i)})) "
    r"\right]"
)
_JOAN_LETS = (r"f(x) = \frac{1}{1 + e^{-(wx + b)}}",)
_JOAN_WHY = (
    "the post's code takes X (m, n) and w (n,), so wx is the product w·x of the weight vector and example x⁽ⁱ⁾ "
    "(a row of Data.X): the mean cross-entropy in w and b"
)
_LUCA_LOSS = "-np.sum(y*np.log(p) + (1-y)*np.log(1-p))"
_LUCA_LETS = ("p = sigmoid(z)", "z = X @ beta")
_LUCA_WHY = "X the design matrix with a column of ones (Xext), beta the coefficients: the summed cross-entropy"
_TS_MULTI_COST = (
    "const m = X.length;\n        let cost = 0;\n\n        for (let i = 0; i < m; i++) {\n"
    "            const y_hat = multiple_linear_regression_model(w, b, X[i]);\n\n"
    "            const error_i = Math.pow(y_hat - y[i], 2);\n            cost += error_i;\n        }\n\n"
    "        const J = 1 / (2 * m) * cost;"
)
_TS_MULTI_LETS = ("multiple_linear_regression_model = (w, b, x) =>\n        vector_dot_product(w, x) + b",)
_TS_MULTI_WHY = "X[i] is example i (a row of Data.X), w the weight array, b the bias: 1/(2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²"
_TS_UNI_GRAD_LETS = ("univariate_linear_regression_model = (w: number, b: number) => (x: number): number => w * x + b",)
_TS_UNI_WHY = (
    "graded against the repository's own cost, J = 1/(2m)Σ(w·x[i] + b − y[i])²; x[i] is the one feature (Data.x), "
    "w the slope"
)
_TS_UNI_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
_HW2_COST = (
    r"L(w, b) = -\sum_{n} \left[ y^n \ln f_{w,b}(x^n) + (1 - y^n) \ln(1 - f_{w,b}(x^n)) \right]"
)
_HW2_WHY = (
    "the page gives the code only; graded against the homework's summed cross-entropy with forward(X, w, b) = "
    "f_{w,b}(x) = σ(Xw + b) (X rows are examples, Data.X; Y_label the labels)"
)
_HW2_LETS = ("pred_error = Y_label - y_pred", "y_pred = forward(X, w, b)", r"f_{w,b}(x) = \sigma(w \cdot x + b)")
_RIDGE_SSE_BETA = r"J(\beta) = \sum_{i=1}^{N} (y_i - x_i^T \beta)^2 + \lambda \sum_{j=1}^{p} \beta_j^2"

COSTS: list[Cost] = [
    # ============================================================ Q&A and blog notes
    Cost(
        id="f46-csdn-bias-derivation-L-mean",
        source=CSDN_B + ", '第一步:交叉熵损失函数')",
        text=_CSDN_B_L,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_CSDN_B_LETS,
        why=_CSDN_B_WHY,
    ),
    Cost(
        id="f46-csdn-mirror-J-w-b-f",
        source=CSDN_WJ + ", '1. 损失函数(交叉熵)')",
        text=_CSDN_WJ_J,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_CSDN_WJ_LETS,
        why="f_{w,b} is σ(wᵀx + b), x⁽ⁱ⁾ a row of Data.X: the mean cross-entropy",
    ),
    Cost(
        id="f46-joankusuma-J-w-b-wx",
        source=JOAN_COPY + ", 'The cost function for logistic regression … is')",
        text=_JOAN_J,
        intended=_logistic_mean_w_b,
        # judged by w_j only (the coordinator's change to the collector's ("w_j", "b")): asked by b alone, the text's
        # non-bold wx beside an x with no feature index is MLS's one-feature model, read so with two notes, the second
        # saying how to ask for a vector w; the post's code, which makes w a vector, is not given to logderiv
        # (tests/test_wx_by_b.py holds both readings)
        wrt=("w_j",),
        lets=_JOAN_LETS,
        why=_JOAN_WHY,
    ),
    # ============================================================ notes and notebooks
    Cost(
        id="f46-ridge-readme-J-ridge-mse",
        source=RIDGE_MD + ", '## 3. Loss Function (Ridge / L2)')",
        text=_RIDGE_J,
        intended=_ridge_mse_w_b,
        wrt=("w_j", "b"),
        lets=_RIDGE_LETS,
        why=_RIDGE_WHY,
    ),
    Cost(
        id="f46-dsplog-torch-bce-mean-features-by-samples",
        source=DSPLOG + ", '# BCE loss averaged over samples', loss =)",
        text=_DSPLOG_LOSS,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_DSPLOG_LETS,
        why=_DSPLOG_WHY,
    ),
    Cost(
        id="f46-lucasteyn-cross-entropy-loss-sum-beta",
        source=LUCA + ", def cross_entropy_loss)",
        text=_LUCA_LOSS,
        intended=_logistic_sum_beta,
        wrt=("beta_j",),
        lets=_LUCA_LETS,
        why=_LUCA_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f46-ts-univariate-J-wb-x-loop",
        source=TS_UNI + ", '// mean squared cost function for linear regression', J_wb_x)",
        text="const m = x.length;\n\n    let sum = 0;\n    for (let i = 0; i < m; i++) {\n"
        "        const f_wb = f_wb_x(w, b);\n        const y_hat_i = f_wb(x[i]);\n\n"
        "        const error_i = Math.pow(y_hat_i - y[i], 2);\n        sum += error_i;\n    }\n\n"
        "    const J = 1 / (2 * m) * sum;",
        intended=_half_mean_sq_wx_b,
        wrt=("w", "b"),
        lets=("f_wb_x = (w: number, b: number) => (x: number) => w * x + b",),
        why="x is the array of the one feature (Data.x), w the scalar slope, b the intercept: "
        "1/(2m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²",
    ),
    Cost(
        id="f46-ts-multiple-mse-loop",
        source=TS_MULTI + ", mean_squared_error_for_multiple_linear_regression)",
        text=_TS_MULTI_COST,
        intended=_half_mean_sq_w_b,
        wrt=("w_j", "b"),
        lets=_TS_MULTI_LETS,
        why=_TS_MULTI_WHY + "; vector_dot_product is the plain Σ v1[i]·v2[i]",
    ),
    Cost(
        id="f46-poisson-class-loss-sum",
        source=POIS + ", def loss)",
        text=_POIS_LOSS,
        intended=_poisson_nll_sum_w,
        wrt=("w_j",),
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
    Cost(
        id="f46-r-lnpoisson-sum-log-dpois",
        source=R_POIS + ", ll <-)",
        text="sum(weights * log(pi))",
        intended=_poisson_loglik_theta,
        wrt=("theta_j",),
        lets=(
            "pi = dpois(y, mu)",
            "mu = pmin(exp(index), 700)",
            "index = tcrossprod(X, t(theta))",
            "weights = 1",
        ),
        why="R's '<-' written as '='; weights defaults to 1 (is.null(weights)); tcrossprod(X, t(theta)) is Xθ; "
        "away from the clip at 700 and the zero guard, log dpois(y, μ) = y log μ − μ − log y!: the Poisson "
        "log-likelihood Σ(y·Xθ − e^{Xθ} − log y!) (maxLik maximises it)",
    ),
    Cost(
        id="f46-islr-ridge-docstring-unbalanced-paren",
        source=ISLR + ", 'The loss function for ridge regression is:')",
        text="J(beta, lambda) = sum_1_N(y_i - sum_1_p(x_i @ beta)^2 + lambda * sum_1_p(beta_i^2)",
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="sum_1_N( is never closed: as written the square binds to sum_1_p(x_i @ beta) alone, and whether the "
        "penalty sits inside the sum over N cannot be told; the intended Σ(y_i − x_iᵀβ)² + λΣβ_j² is a guess",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f46-csdn-bias-partial-b",
        source=CSDN_B + ", 公式 (3-12))",
        text=r"\frac{\partial L}{\partial b} = \frac{1}{m} \sum_{i=1}^m (\hat{y}_i - y_i)",
        cost=_CSDN_B_L,
        verdict="equivalent",
        wrt="b",
        lets=_CSDN_B_LETS,
        why=_CSDN_B_WHY,
    ),
    Answer(
        id="f46-csdn-mirror-partial-w-j",
        source=CSDN_WJ + ", '(1)权重 w_j 的偏导')",
        text=r"\frac{\partial J(\mathbf{w}, b)}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( "
        r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)} \right) x_j^{(i)}",
        cost=_CSDN_WJ_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CSDN_WJ_LETS,
    ),
    Answer(
        id="f46-csdn-mirror-chain-rule-minus-lost",
        source=CSDN_WJ + ", '推导过程: … 通过链式法则')",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left[ \frac{y^{(i)}}{f} \cdot "
        r"\frac{\partial f}{\partial w_j} - \frac{1-y^{(i)}}{1-f} \cdot \frac{\partial f}{\partial w_j} \right]",
        cost=_CSDN_WJ_J,
        verdict="different",
        wrt="w_j",
        lets=(r"\frac{\partial f}{\partial w_j} = f(1-f) \cdot x_j^{(i)}", *_CSDN_WJ_LETS),
        why="f is f_{w,b}(x⁽ⁱ⁾); J has −1/m in front, so the chain rule gives −(1/m)Σ[…]: with ∂f/∂w_j = f(1−f)x_j "
        "the line is (1/m)Σ(y − f)x_j, the negative of the gradient (the post's next line states the right result)",
    ),
    Answer(
        id="f46-dsplog-grad-w-manual",
        source=DSPLOG + ", grad_w_manual =)",
        text="(x @ grad_z.T) / x.shape[1]",
        cost=_DSPLOG_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=("grad_z = a - y", *_DSPLOG_LETS),
        why=_DSPLOG_WHY + "; x.shape[1] is m: Xᵀ(σ − y)/m",
    ),
    Answer(
        id="f46-dsplog-grad-b-manual",
        source=DSPLOG + ", grad_b_manual =)",
        text="grad_z.mean()",
        cost=_DSPLOG_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=("grad_z = a - y", *_DSPLOG_LETS),
        why=_DSPLOG_WHY,
    ),
    Answer(
        id="f46-poisson-class-gradient-mean-of-summed-loss",
        source=POIS + ", def loss_gradient, grad =)",
        text="pointwise_loss_grad.mean(axis=0).reshape(-1, 1)",
        cost=_POIS_LOSS,
        verdict="different",
        wrt="w_j",
        lets=("pointwise_loss_grad = X * (np.exp(z) - y)", *_POIS_LETS),
        why="X * (e^z − y) scales row i of X by example i's residual, and .mean(axis=0) averages over the m rows: "
        "(1/m)Xᵀ(e^{Xw} − y), 1/m times the gradient of the summed loss the class minimises (its own @NOTE says "
        "it takes the mean); " + _POIS_WHY,
    ),
    Answer(
        id="f46-poisson-class-docstring-gradient",
        source=POIS + ", loss_gradient's docstring '@NOTE', grad =)",
        text="X.T @ (np.exp(z) - y)",
        cost=_POIS_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
    Answer(
        id="f46-ridge-readme-partial-w",
        source=RIDGE_MD + ", '**Gradient w.r.t Weights ($w$):**')",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + 2\lambda w",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"e = \hat{y} - y", *_RIDGE_LETS),
        why=_RIDGE_WHY,
    ),
    Answer(
        id="f46-ridge-readme-partial-b",
        source=RIDGE_MD + ", '**Gradient w.r.t Bias ($b$):**')",
        text=r"\frac{\partial J}{\partial b} = \frac{2}{n} \sum_{i=1}^{n} e_i",
        cost=_RIDGE_J,
        verdict="equivalent",
        wrt="b",
        lets=(r"e = \hat{y} - y", *_RIDGE_LETS),
        why=_RIDGE_WHY,
    ),
    Answer(
        id="f46-islr-ridge-partial-sign-lost",
        source=ISLR + ", 'The partial derivative for each coefficient is:')",
        text="d(J(beta, lambda))/d(beta_i) = 2 * sum_1_N(x_i * (y_i - sum_1_p(x_i @ beta))) + 2 * lambda * beta_i",
        cost=_RIDGE_SSE_BETA,
        verdict="different",
        wrt="beta_j",
        why="graded against the docstring's cost with its missing parenthesis restored (the ridge SSE); the chain "
        "rule brings −x_i out of (y_i − x_iᵀβ)², so the data term is −2Σx_i(y_i − x_iᵀβ): the answer's sign is "
        "wrong (x_i there means the component of example i that matches β_i)",
    ),
    Answer(
        id="f46-octave-gradient-ridge-half-data-term",
        source=OCT_RIDGE + ", derivative =)",
        text="(A' * (A * beta - y)) + (2 * lambda * beta)",
        cost=r"\|A\beta - y\|^2 + \lambda \|\beta\|^2",
        verdict="different",
        wrt="beta_j",
        why="the file gives no cost (its costHistory is a distance to beta_truth); graded against the ridge "
        "objective its lambda and 2·λβ point to, ‖Aβ − y‖² + λ‖β‖² (A the design matrix, Data.X): the data "
        "term's 2 is dropped while the penalty's is kept",
    ),
    Answer(
        id="f46-unstable-gd-step-grad-loop",
        source=UNSTABLE + ", the question's def __gd_step)",
        text="grad = np.zeros(self.p)\n\nfor j in range(self.p):\n    for i in range(self.m):\n"
        "        grad[j] += self.__odds(X[i], self.b) - y[i]\n    grad[j] *= X[i, j]\n\nreturn grad",
        cost=r"-\sum_{i=1}^{m} \left[ y_i \log \sigma(b^T x_i) + (1 - y_i) \log(1 - \sigma(b^T x_i)) \right]",
        verdict="different",
        wrt="b_j",
        lets=(
            "__odds(x, b) = exp(b.dot(x)) / float(exp(1 + b.dot(x)))",
            r"\sigma(z) = \frac{1}{1 + e^{-z}}",
        ),
        why="self.b is the coefficient vector (Data.w under the name b), X the design matrix with a ones column, "
        "and the step divides dl by m itself, so grad is meant as the gradient of the summed negative "
        "log-likelihood; the answer names both bugs: grad[j] *= X[i, j] sits outside the i loop (only the last "
        "example's x_j multiplies the whole sum) and exp(1 + b·x) should be 1 + exp(b·x)",
    ),
    Answer(
        id="f46-hw2-w-grad-neg-sum",
        source=HW2 + ", w_grad =)",
        text="-np.sum(pred_error * X.T, 1)",
        cost=_HW2_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_HW2_LETS,
        why="pred_error * X.T scales column i of Xᵀ by example i's error and the sum over axis 1 adds the examples: "
        "−Xᵀ(y − ŷ) = Xᵀ(ŷ − y); " + _HW2_WHY,
    ),
    Answer(
        id="f46-hw2-b-grad-neg-sum",
        source=HW2 + ", b_grad =)",
        text="-np.sum(pred_error)",
        cost=_HW2_COST,
        verdict="equivalent",
        wrt="b",
        lets=_HW2_LETS,
        why=_HW2_WHY,
    ),
    Answer(
        id="f46-joankusuma-compute-gradient-dj-dw",
        source=JOAN + ", def compute_gradient_logistic)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)\n    err_i = f_wb_i - y[i]\n"
        "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n    dj_db = dj_db + err_i\n"
        "dj_dw = dj_dw/m",
        cost=_JOAN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_JOAN_LETS,
        why="the accumulators start at zero (dj_dw = np.zeros((n,)), dj_db = 0.); " + _JOAN_WHY,
    ),
    Answer(
        id="f46-joankusuma-compute-gradient-dj-db",
        source=JOAN + ", def compute_gradient_logistic)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)\n    err_i = f_wb_i - y[i]\n"
        "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n    dj_db = dj_db + err_i\n"
        "dj_dw = dj_dw/m\ndj_db = dj_db/m",
        cost=_JOAN_J,
        verdict="equivalent",
        wrt="b",
        lets=_JOAN_LETS,
        why="the accumulators start at zero; " + _JOAN_WHY,
    ),
    Answer(
        id="f46-ts-univariate-gradient-step-dj-dw",
        source=TS_UNI_GRAD + ", gradient_step_for_linear_regression)",
        text="for (let i = 0; i < m; i++) {\n        const f_wb = univariate_linear_regression_model(w, b)(x[i]);\n\n"
        "        const dj_dw_i = (f_wb - y[i]) * x[i];\n        const dj_db_i = f_wb - y[i];\n\n"
        "        dj_dw += dj_dw_i;\n        dj_db += dj_db_i;\n    }\n\n    dj_dw = dj_dw / m;",
        cost=_TS_UNI_COST,
        verdict="equivalent",
        wrt="w",
        lets=_TS_UNI_GRAD_LETS,
        why="dj_dw and dj_db start at 0; " + _TS_UNI_WHY,
    ),
    Answer(
        id="f46-ts-univariate-gradient-step-dj-db",
        source=TS_UNI_GRAD + ", gradient_step_for_linear_regression)",
        text="for (let i = 0; i < m; i++) {\n        const f_wb = univariate_linear_regression_model(w, b)(x[i]);\n\n"
        "        const dj_dw_i = (f_wb - y[i]) * x[i];\n        const dj_db_i = f_wb - y[i];\n\n"
        "        dj_dw += dj_dw_i;\n        dj_db += dj_db_i;\n    }\n\n    dj_dw = dj_dw / m;\n"
        "    dj_db = dj_db / m;",
        cost=_TS_UNI_COST,
        verdict="equivalent",
        wrt="b",
        lets=_TS_UNI_GRAD_LETS,
        why="dj_dw and dj_db start at 0; " + _TS_UNI_WHY,
    ),
    Answer(
        id="f46-ts-multiple-gradient-dj-dw",
        source=TS_MULTI + ", gradient_function_for_multiple_linear_regression)",
        text="for (let i = 0; i < m; i++) {\n            const y_hat = multiple_linear_regression_model(w, b, X[i]);\n"
        "            const error_i = y_hat - y[i];\n\n            for (let j = 0; j < n; j++) {\n"
        "                dj_dw[j] = (dj_dw[j] ?? 0) + error_i * X[i][j];\n            }\n\n"
        "            const dj_db_i = error_i;\n\n            dj_db += dj_db_i;\n        }\n\n"
        "        for (let j = 0; j < n; j++) {\n            dj_dw[j] = dj_dw[j] / m;\n        }",
        cost=_TS_MULTI_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_TS_MULTI_LETS,
        why="dj_dw starts as [] (?? 0 makes each entry start at 0); graded against the repository's own cost; "
        + _TS_MULTI_WHY,
    ),
    Answer(
        id="f46-lucasteyn-gradient",
        source=LUCA + ", def _gradient)",
        text="X.T @ (p - y)",
        cost=_LUCA_LOSS,
        verdict="equivalent",
        wrt="beta_j",
        lets=_LUCA_LETS,
        why=_LUCA_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f46-csdn-bias-partial-b-flipped",
        source=CSDN_B + "; variant: y_i − ŷ_i)",
        text=r"\frac{\partial L}{\partial b} = \frac{1}{m} \sum_{i=1}^m (y_i - \hat{y}_i)",
        cost=_CSDN_B_L,
        verdict="different",
        wrt="b",
        lets=_CSDN_B_LETS,
        why="variant: the residual reversed, the negative of ∂L/∂b; " + _CSDN_B_WHY,
    ),
    Answer(
        id="f46-ridge-readme-partial-w-penalty-half",
        source=RIDGE_MD + "; variant: λw for 2λw)",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + \lambda w",
        cost=_RIDGE_J,
        verdict="different",
        wrt="w_j",
        lets=(r"e = \hat{y} - y", *_RIDGE_LETS),
        why="variant: the penalty is λΣw_j² with no ½, so its gradient is 2λw; " + _RIDGE_WHY,
    ),
    Answer(
        id="f46-dsplog-grad-w-no-mean",
        source=DSPLOG + "; variant: the division by x.shape[1] dropped)",
        text="x @ grad_z.T",
        cost=_DSPLOG_LOSS,
        verdict="different",
        wrt="w_j",
        lets=("grad_z = a - y", *_DSPLOG_LETS),
        why="variant: the loss is a .mean(), so the sum Xᵀ(σ − y) is m times its gradient; " + _DSPLOG_WHY,
    ),
    Answer(
        id="f46-poisson-class-docstring-gradient-flipped",
        source=POIS + "; variant: y − exp(z))",
        text="X.T @ (y - np.exp(z))",
        cost=_POIS_LOSS,
        verdict="different",
        wrt="w_j",
        lets=_POIS_LETS,
        why="variant: Xᵀ(y − e^z) is the gradient of the log-likelihood, the negative of the loss's; " + _POIS_WHY,
    ),
    Answer(
        id="f46-lucasteyn-gradient-flipped",
        source=LUCA + "; variant: y − p)",
        text="X.T @ (y - p)",
        cost=_LUCA_LOSS,
        verdict="different",
        wrt="beta_j",
        lets=_LUCA_LETS,
        why="variant: the residual reversed; " + _LUCA_WHY,
    ),
    Answer(
        id="f46-ts-univariate-dj-dw-over-2m",
        source=TS_UNI_GRAD + "; variant: dj_dw / (2 * m))",
        text="for (let i = 0; i < m; i++) {\n        const f_wb = univariate_linear_regression_model(w, b)(x[i]);\n\n"
        "        const dj_dw_i = (f_wb - y[i]) * x[i];\n        const dj_db_i = f_wb - y[i];\n\n"
        "        dj_dw += dj_dw_i;\n        dj_db += dj_db_i;\n    }\n\n    dj_dw = dj_dw / (2 * m);",
        cost=_TS_UNI_COST,
        verdict="different",
        wrt="w",
        lets=_TS_UNI_GRAD_LETS,
        why="variant: the ½ of 1/(2m) cancels the square's 2, so dividing by 2m halves the gradient; " + _TS_UNI_WHY,
    ),
    Answer(
        id="f46-hw2-w-grad-positive-sum",
        source=HW2 + "; variant: the leading minus dropped)",
        text="np.sum(pred_error * X.T, 1)",
        cost=_HW2_COST,
        verdict="different",
        wrt="w_j",
        lets=_HW2_LETS,
        why="variant: Xᵀ(y − ŷ) is the negative of the gradient; " + _HW2_WHY,
    ),
]

r"""A fresh held-out wave (f52): a mix as a random draw would give it — Q&A threads (Mathematics Stack Exchange,
a Stack Overflow question on a Kiwix mirror, a DeepLearning.AI forum thread and a GitHub gist discussion in stored
copies), lab notebooks in Chinese, Ukrainian and Russian, a Korean blog note, Chinese blog and online-judge notes,
and from-scratch code in Octave and JavaScript.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: math.stackexchange.com/questions/4091565 (the L2-penalised logistic log-likelihood ℓ and the asker's
  gradient Xᵀ(y − p) + 2λβ, right for ℓ as written); math.stackexchange.com/questions/1652661 (an answer's
  'MSE with L2 Norm Regularization' J, whose sum has no index and whose y_t sits beside x_i: refused); Stack
  Overflow question 56052457 'Why isn't my gradient descent algorithm working?' (a summed squared error and
  updates that use that error itself as the gradient); a DeepLearning.AI forum thread 'Derivative of "Simplified
  Cost Function"' (the lab's dj_dw/dj_db loop); a GitHub gist discussion 'Logistic Regression' (compute_cost,
  a compute_grad whose '* -1' flips the gradient, and @waylonflinn's simplified cost);
* notes: Rem-yl/HelloAlgo's notebook 'Logistic Regression 的梯度下降算法推导' (L, ∂L/∂w in sum and matrix form,
  ∂L/∂b); a dtcms.com post '深度学习中的逻辑回归' (J(w, b) as the mean of L(ŷ, y)); a velog.io note (Korean)
  '로지스틱 회귀에서의 경사하강법과 오버피팅의 문제' (∂J/∂w_j, ∂J/∂b); codefun2000.com problem P4485's solution
  (Chinese, ∂L/∂w_1 with the feature-first index x_{1i}); klim-cod/LinearRegression's lab (Russian, f(x) = ‖Ax − y‖²
  and ∇f = 2AᵀAx − 2Aᵀy);
* code and notebooks: MinqiangLiu/MachineLearning's 'Logistic Regression' and 'Linear Regression' notebooks
  (Chinese comments: the loss comment, dw, db; cost = np.mean(error ** 2) / 2, dw, db); apostxl/DSHW's HW notebook
  (Ukrainian docstrings: loss (1/2)Σ(y − Xw)² and a gradient Xᵀ(y − Xw) of the wrong sign); karavanis/
  machine-learning-coursera's Octave linearRegCostFunction (θ₁ unpenalised); an Octave log_poisson_loss (public
  code index file 36754866125: the rate named lambda); ai-on-browser's JavaScript PoissonRegression.fit (an ascent
  direction Xᵀy − Xᵀe^{Xw}).

Names follow the sources: X, A and the Octave X are the design matrix Data.X; w, theta, beta (and klim-cod's
unknown x) the weight vector Data.w / Data.theta / Data.beta; b the intercept Data.b; in the Stack Overflow code m is
the scalar slope (Data.w[0]) and x[i] the one feature (Data.x). Where a source gives no cost for an answer, ``why``
says which cost it is graded against. About half the answers are wrong; the real mistakes come first, the rest are
one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked against finite
differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
MSE_L2 = (
    "https://math.stackexchange.com/questions/4091565/second-order-derivative-of-the-loss-function-of-logistic-"
    "regression (question 'second order derivative of the loss function of logistic regression'"
)
MSE_SGD = (
    "https://math.stackexchange.com/questions/1652661/gradient-descent-l2-norm-regularization (question 'Gradient "
    "descent: L2 norm regularization' and its answer"
)
SO_GD = (
    "https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/56052457/why-isn-t-my-gradient-descent-"
    "algorithm-working (Kiwix mirror of the Stack Overflow question 'Why isn't my gradient descent algorithm working?'"
)
FORUM = NEMOTRON + (
    " (stored copy of the DeepLearning.AI forum thread 'Derivative of \"Simplified Cost Function\"', "
    "Arne_Schirmacher, March 19, 2023, the C1_W3_Lab06 code"
)
GIST = NEMOTRON + " (stored copy of a GitHub gist discussion 'Logistic Regression' with @waylonflinn's comment"
REM = (
    "https://github.com/Rem-yl/HelloAlgo (Jupyter notebook, Chinese, '## Logistic Regression 的梯度下降算法推导'"
)
DTCMS = "http://www.dtcms.com/a/265802.html (Chinese blog post '深度学习中的逻辑回归:从原理到Python实现'"
VELOG = (
    "https://velog.io/@nin_cheon/로지스틱-회귀에서의-경사하강법과-오버피팅의-문제 (Korean blog note, "
    "'3. 로지스틱 회귀의 비용 함수 도함수'"
)
CODEFUN = "https://codefun2000.com/p/P4485 (Chinese online-judge solution, 二分类逻辑回归, '对每个参数的梯度为'"
KLIM = (
    "https://github.com/klim-cod/LinearRegression/blob/76ab3b4e77a71c553b15db798e3f95ee243f694e/"
    "lab1_linear_regression_complete.ipynb (Russian lab, '## 1. Поиск градиента'"
)
MQ_LOG = (
    "https://github.com/MinqiangLiu/MachineLearning/blob/0f04730fd2c9f6c9d4594b811171f9c443cfb6f2/"
    "Logistic%20Regression.ipynb (Jupyter notebook, Chinese comments, LogisticRegressionScratch.fit"
)
MQ_LIN = (
    "https://github.com/MinqiangLiu/MachineLearning/blob/0f04730fd2c9f6c9d4594b811171f9c443cfb6f2/"
    "Linear%20Regression.ipynb (Jupyter notebook, Chinese comments, linear_regression_fit"
)
APOSTXL = "https://github.com/apostxl/DSHW (Jupyter notebook, Ukrainian docstrings, In [1]–In [2]"
KARAVANIS = (
    "https://github.com/karavanis/machine-learning-coursera/blob/master/mlclass-ex5-004/mlclass-ex5/"
    "linearRegCostFunction.m (Octave"
)
POIS_M = (
    "public code index file 36754866125 (Octave 'function [L, dL, ddL] = log_poisson_loss(w, X, y, D)'; the index "
    "does not name its repository"
)
AOB = (
    "https://github.com/ai-on-browser/ai-on-browser.github.io/blob/main/lib/model/poisson.js (JavaScript, "
    "PoissonRegression.fit"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_l2_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.log1p(np.exp(z)))) + d.lam * float(d.beta @ d.beta)


def _half_mean_sq_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _sse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _half_sse_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(r @ r)


def _sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


def _ridge_theta_first_free(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta[1:] @ d.theta[1:])) / (2 * d.m)


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


# ------------------------------------------------------------------ texts the items share
_MSE_L2_ELL = (
    r"\ell = \sum_{i=1}^n \left[ y_i \boldsymbol{\beta}^T \mathbf{x}_{i} - \log \left(1 + \exp( "
    r"\boldsymbol{\beta}^T \mathbf{x}_{i} \right) \right] + \lambda \Sigma_{j}^{p}\beta_j^2"
)
_MSE_L2_WHY = (
    "x_i is example i (a row of Data.X), β the coefficients: the Bernoulli log-likelihood Σ[yβᵀx − log(1 + e^{βᵀx})] "
    "PLUS λΣβ_j² as written (the asker's sign, not a penalised negative log-likelihood); the exp( is never closed, "
    "the \\right) closing the \\left( of the log"
)
_MSE_L2_P = r"p = \frac{exp(\boldsymbol{X} \cdot \beta)}{1 + exp(\boldsymbol{X} \cdot \beta)}"
_SO_LOOP = "error = 0\nfor i in range(len(x)):\n    ypred = m*x[i] + b\n    error += (ypred - y[i]) **2"
_SO_COST = r"\sum_{i} (m x_i + b - y_i)^2"
_SO_LETS = ("ypred = m*x[i] + b", "error += (ypred - y[i]) **2")
_SO_WHY = (
    "m is the slope (not a count), b the intercept, x[i] the one feature (Data.x): the question gives no cost "
    "formula, so the answers are graded against the summed squared error its loop accumulates, "
    "Σ(m·x_i + b − y_i)² (the code's indentation is lost on the mirror)"
)
_FORUM_COST = (
    r"J(\mathbf{w},b) = -\frac{1}{m} \sum_{i=0}^{m-1} \left[ y^{(i)} \log(f_{\mathbf{w},b}(\mathbf{x}^{(i)})) + "
    r"(1 - y^{(i)}) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) \right]"
)
_FORUM_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}) = \frac{1}{1+e^{-(\mathbf{w} \cdot \mathbf{x} + b)}}",)
_FORUM_WHY = (
    "the thread quotes only the gradient loop; graded against the lab's compute_cost_logistic, the mean "
    "cross-entropy of f = σ(w·x + b) (written here by the collector); X[i] is example i (a row of Data.X), m rows, "
    "n features"
)
_GIST_J = (
    "J = (1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
_GIST_LETS = ("m = X.shape[0]",)
_GIST_WHY = (
    "X the design matrix with a column of ones, theta reshaped to a column, y a column of labels: J is the mean "
    "cross-entropy (1/m)(−yᵀlog σ(Xθ) − (1 − y)ᵀlog(1 − σ(Xθ)))"
)
_REM_L = (
    r"L = -\frac{1}{m} \sum_{i=1}^{m} \left[ y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - \hat{y}_i) \right]"
)
_REM_LETS = (r"\hat{y}_i = \sigma(z_i)", r"z = Xw + b")
_REM_WHY = "X is m × n (a row per example, Data.X), w the weights, b the bias: the mean cross-entropy of σ(Xw + b)"
_VELOG_COST = (
    r"J(w,b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log f^{(i)} + (1 - y^{(i)}) \log(1 - f^{(i)}) \right]"
)
_VELOG_LETS = (r"f(x) = \frac{1}{1 + e^{-(w \cdot x + b)}}", r"f^{(i)} = f(x^{(i)})")
_VELOG_WHY = (
    "the note names the cost but shows only its derivatives; graded against the mean cross-entropy (written here "
    "by the collector) of f(x) = σ(w·x + b), x^{(i)} a row of Data.X, x_j^{(i)} its feature j"
)
_CODEFUN_COST = r"L = -\frac{1}{n}\sum_{i=1}^{n}\left[y_i\log\hat{y}_i + (1-y_i)\log(1-\hat{y}_i)\right]"
_CODEFUN_LETS = (r"\hat{y}_i = \sigma(w_1 x_{1i} + w_2 x_{2i} + b)",)
_CODEFUN_WHY = (
    "the page's own L is rendered without its TeX ('L=−n1i=1∑n[yilogy^i+…]'), so the cost is its mean "
    "cross-entropy re-typed by the collector; n is the number of samples, x_{1i} feature 1 of sample i (the "
    "feature index first), z = w1·x1 + w2·x2 + b"
)
_KLIM_F = "f(x) = ||Ax - y||^2 = (Ax - y)^T(Ax - y)"
_KLIM_WHY = (
    "least squares with the unknown named x: A is the design matrix (Data.X) and x the coefficient vector (read as "
    "the weights Data.w), y the targets: ‖Ax − y‖², no ½, no mean"
)
_MQ_LOG_LOSS = "loss = -(1/m) * np.sum(y*np.log(A) + (1-y)*np.log(1-A))"
_MQ_LOG_LETS = ("A = self.sigmoid(z)", "z = np.dot(X, self.w) + self.b")
_MQ_LOG_WHY = "X is (m, n) (Data.X), self.w the weights, self.b the bias: the mean cross-entropy of σ(Xw + b)"
_MQ_LIN_COST = "cost = np.mean(error ** 2) / 2"
_MQ_LIN_LETS = ("error = y_pred - y", "y_pred = np.dot(X, w) + b")
_MQ_LIN_WHY = "X is (m, n) (Data.X), w the weights, b the bias: half the mean squared error, (1/2m)Σ(Xw + b − y)²"
_APOSTXL_LOSS = "(1/2) * np.sum(errors**2)"
_APOSTXL_LETS = ("errors = y - h", "h = hypothesis_function(X, w)", "hypothesis_function(X, w) = np.dot(X, w)")
_APOSTXL_WHY = (
    "loss_function returns (1/2)Σ(y − Xw)² (no mean), X the sample matrix (Data.X), w the parameters"
)
_KAR_J = "J = (sum((X * theta - y) .^ 2) + lambda * sum(theta(2:end) .^ 2)) / (2 * m);"
_KAR_LETS = ("m = length(y);",)
_KAR_WHY = (
    "X has a leading column of ones, theta(1) the intercept (Data.theta[0]) left out of the penalty: "
    "(Σ(Xθ − y)² + λΣ_{k≥2}θ_k²)/(2m)"
)
_POIS_L = "L = sum(lambda) - y'*X_proj;"
_POIS_LETS = ("X_proj = X*w;", "lambda = exp(X_proj);")
_POIS_WHY = (
    "lambda here is the Poisson rate e^{Xw} (a vector), not a penalty weight; X the design matrix, w the weights: "
    "L = Σe^{Xw} − yᵀXw, the negative log-likelihood up to Σlog y!; the optional w'*D*w/2 penalty (nargin > 3) is "
    "left out"
)
_AOB_COST = r"\ell(w) = \sum_{i=1}^{m} \left( y_i w^T x_i - e^{w^T x_i} \right)"
_AOB_WHY = (
    "x is the data with a column of ones appended (x.resize), this._w the weight column (Data.w), y the counts; "
    "fit takes a step ALONG dw1 (this._w.add), so dw1 is meant as the gradient of the log-likelihood the class "
    "comment's Wikipedia page maximises, Σ(y wᵀx − e^{wᵀx}) (written here by the collector); Matrix#map works in "
    "place, so dw2 becomes e^{Xw} and dw1 = Xᵀy − Xᵀe^{Xw}; the mult by rate/rows that follows is the step, not "
    "the gradient"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f52-mathse-4091565-logistic-loglik-plus-l2",
        source=MSE_L2 + ", 'logistic regression with L2 regularization')",
        text=_MSE_L2_ELL,
        intended=_logistic_l2_loglik_beta,
        wrt=("beta_j",),
        why=_MSE_L2_WHY,
    ),
    Cost(
        id="f52-mathse-1652661-mse-l2-indexless-sum",
        source=MSE_SGD + ", 'The MSE with L2 Norm Regularization:')",
        text=r"J = \dfrac{1}{2m} \Big[\sum{(σ(w_{t}^Tx_{i}) - y_{t})^2} + \lambda w_{t}^2\Big]",
        intended=None,
        expect="refuse",
        why="the sum names no index while the term mixes x_i with y_t (t is the SGD step), and w_t² squares a "
        "weight vector: which examples are summed, and against which labels, is not determined by the text",
    ),
    Cost(
        id="f52-so-56052457-summed-squared-error-loop",
        source=SO_GD + ", the question's code)",
        text=_SO_LOOP,
        intended=_sse_slope_b,
        wrt=("m", "b"),
        why=_SO_WHY,
    ),
    Cost(
        id="f52-gist-compute-cost-J",
        source=GIST + ", def compute_cost)",
        text=_GIST_J,
        intended=_logistic_mean_theta,
        lets=_GIST_LETS,
        why=_GIST_WHY,
    ),
    Cost(
        id="f52-gist-simplified-cost-log-l-mean",
        source=GIST + ", '#### Cost Function' (simplified version))",
        text="return log_l.mean()",
        intended=_logistic_mean_theta,
        lets=(
            "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
            "p_1 = sigmoid(numpy.dot(X, theta))",
        ),
        why="despite its comment 'log-likelihood vector', log_l is the per-example cross-entropy; X the design "
        "matrix (X_1 with its column of ones), theta the coefficients: the mean cross-entropy",
    ),
    # ============================================================ notes
    Cost(
        id="f52-rem-yl-L-bce-yhat-i",
        source=REM + ", '2. 损失函数')",
        text=_REM_L,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_REM_LETS,
        why=_REM_WHY,
    ),
    Cost(
        id="f52-dtcms-J-mean-of-L-unspaced-log",
        source=DTCMS + ", '训练样本的损失平均值为')",
        text=r"J(w,b)=\frac {1}{m}\Sigma_{i=1}^{m}L(\hat{y}^{(i)},y^{(i)})",
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=(
            r"L(\hat{y},y)=-(ylog\hat{y})-(1-y)log(1-\hat{y})",
            r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}",
            r"z = \mathbf{w}^T \mathbf{x} + b",
        ),
        why="L is the page's cross-entropy, written 'ylog\\hat{y}' with no space or backslash before log; x⁽ⁱ⁾ a "
        "row of Data.X: the mean cross-entropy of σ(wᵀx + b)",
    ),
    Cost(
        id="f52-klim-cod-least-squares-unknown-x",
        source=KLIM + ", 'для функции квадратичной ошибки')",
        text=_KLIM_F,
        intended=_sse_w,
        wrt=("x_j",),
        why=_KLIM_WHY,
    ),
    # ============================================================ code and notebooks
    Cost(
        id="f52-minqiang-logistic-loss-comment",
        source=MQ_LOG + ", '# 交叉熵损失' comment)",
        text=_MQ_LOG_LOSS,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_MQ_LOG_LETS,
        why=_MQ_LOG_WHY,
    ),
    Cost(
        id="f52-minqiang-linear-cost-mean-halved",
        source=MQ_LIN + ", '# 2.3 计算损失函数 J(w,b)')",
        text=_MQ_LIN_COST,
        intended=_half_mean_sq_w_b,
        wrt=("w_j", "b"),
        lets=_MQ_LIN_LETS,
        why=_MQ_LIN_WHY,
    ),
    Cost(
        id="f52-apostxl-loss-half-sse-residual-y-minus-h",
        source=APOSTXL + ", def loss_function)",
        text=_APOSTXL_LOSS,
        intended=_half_sse_w,
        wrt=("w_j",),
        lets=_APOSTXL_LETS,
        why=_APOSTXL_WHY,
    ),
    Cost(
        id="f52-karavanis-octave-ridge-theta1-free",
        source=KARAVANIS + ", J =)",
        text=_KAR_J,
        intended=_ridge_theta_first_free,
        lets=_KAR_LETS,
        why=_KAR_WHY,
    ),
    Cost(
        id="f52-octave-log-poisson-loss-lambda-rate",
        source=POIS_M + ", '% compute negative log-likelihood')",
        text=_POIS_L,
        intended=_poisson_nll_sum_w,
        wrt=("w_j",),
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f52-mathse-4091565-asker-gradient-plus-2-lambda-beta",
        source=MSE_L2 + ", 'making them X^T(y - p) + 2λβ')",
        text=r"\boldsymbol{X}^T(\boldsymbol{y} - \boldsymbol{p}) + 2\lambda\boldsymbol{\beta}",
        cost=_MSE_L2_ELL,
        verdict="equivalent",
        wrt="beta_j",
        lets=(_MSE_L2_P,),
        why="the asker doubted it, but for ℓ as written (log-likelihood + λΣβ²) ∇ℓ = Xᵀ(y − p) + 2λβ, as the answer "
        "confirms (g_μ = g_ℓ + 2λβ); " + _MSE_L2_WHY,
    ),
    Answer(
        id="f52-so-56052457-slope-step-x-times-error",
        source=SO_GD + ", 'm = m - (x * error) *lr')",
        text="x * error",
        cost=_SO_COST,
        verdict="different",
        wrt="m",
        lets=_SO_LETS,
        why="the step uses the accumulated squared error itself times the whole x array, not Σ2(m·x_i + b − y_i)x_i; "
        + _SO_WHY,
    ),
    Answer(
        id="f52-so-56052457-intercept-step-error",
        source=SO_GD + ", 'b = b - (lr * error)')",
        text="error",
        cost=_SO_COST,
        verdict="different",
        wrt="b",
        lets=_SO_LETS,
        why="the squared error Σ(ŷ − y)² is used as ∂/∂b, which is 2Σ(ŷ − y) (the residuals are never squared in a "
        "gradient); " + _SO_WHY,
    ),
    Answer(
        id="f52-forum-lab06-dj-dw-loop",
        source=FORUM + ", dj_dw)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
        "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
        "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i\n"
        "dj_dw = dj_dw/m                                    # (n,)",
        cost=_FORUM_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_FORUM_LETS,
        why="dj_dw starts at zeros (n,); (1/m)Σ(σ(w·x⁽ⁱ⁾ + b) − y⁽ⁱ⁾)x_j⁽ⁱ⁾; " + _FORUM_WHY,
    ),
    Answer(
        id="f52-forum-lab06-dj-db-loop",
        source=FORUM + ", dj_db)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
        "    err_i  = f_wb_i  - y[i]                       # scalar\n    dj_db = dj_db + err_i\n"
        "dj_db = dj_db/m                                    # scalar",
        cost=_FORUM_COST,
        verdict="equivalent",
        wrt="b",
        lets=_FORUM_LETS,
        why="dj_db starts at 0 (the inner j loop that fills dj_dw left out); " + _FORUM_WHY,
    ),
    Answer(
        id="f52-gist-compute-cost-grad-line",
        source=GIST + ", def compute_cost, grad =)",
        text="grad = transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_GIST_LETS,
        why="((1/m)(σ(Xθ) − y)ᵀX)ᵀ = (1/m)Xᵀ(σ(Xθ) − y); " + _GIST_WHY,
    ),
    Answer(
        id="f52-gist-compute-grad-times-minus-one",
        source=GIST + ", def compute_grad)",
        text="h = sigmoid(X.dot(theta.T))\ndelta = h - y\nl = grad.size\nfor i in range(l):\n"
        "    sumdelta = delta.T.dot(X[:, i])\n    grad[i] = (1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        wrt="theta_j",
        lets=("grad = zeros(3)", *_GIST_LETS),
        why="(1/m)Σ(h − y)x_i is the gradient; the trailing '* -1' returns its negative (the comment below 'took out "
        "the negatives'); theta has the 3 entries of the example; " + _GIST_WHY,
    ),
    Answer(
        id="f52-apostxl-gradient-residual-sign",
        source=APOSTXL + ", def gradient_descent_step, gradient =)",
        text="np.dot(X.T, errors)",
        cost=_APOSTXL_LOSS,
        verdict="different",
        wrt="w_j",
        lets=_APOSTXL_LETS,
        why="with errors = y − Xw, ∇(½Σerrors²) = −Xᵀ(y − Xw): the line is its negative, and 'w - learning_rate * "
        "gradient' then climbs the loss; " + _APOSTXL_WHY,
    ),
    Answer(
        id="f52-klim-cod-grad-2AtAx-minus-2Aty",
        source=KLIM + ", '**Итоговая формула:**')",
        text=r"\nabla f(x) = 2A^T A x - 2A^T y",
        cost=_KLIM_F,
        verdict="equivalent",
        wrt="x_j",
        why=_KLIM_WHY,
    ),
    Answer(
        id="f52-karavanis-octave-grad-row-form",
        source=KARAVANIS + ", grad =)",
        text="grad = ((theta' * X' - y') * X)' / m + lambda / m * [0; theta(2:end)];",
        cost=_KAR_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_KAR_LETS,
        why="((Xθ − y)ᵀX)ᵀ/m = Xᵀ(Xθ − y)/m, and the [0; theta(2:end)] leaves θ₁ unpenalised as J does; " + _KAR_WHY,
    ),
    Answer(
        id="f52-octave-log-poisson-dL",
        source=POIS_M + ", '% compute gradient')",
        text="dL = X' * (lambda-y);",
        cost=_POIS_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
    Answer(
        id="f52-ai-on-browser-poisson-ascent-direction",
        source=AOB + ", dw1)",
        text="const dw1 = x.tDot(y)\nconst dw2 = x.dot(this._w)\ndw2.map(v => Math.exp(v))\ndw1.sub(x.tDot(dw2))",
        cost=_AOB_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_AOB_WHY,
    ),
    Answer(
        id="f52-rem-yl-dL-dw-sum",
        source=REM + ", '对权重 w 求梯度')",
        text=r"\frac{\partial L}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} \left( \hat{y}_i - y_i \right) x_i",
        cost=_REM_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_REM_LETS,
        why="x_i is example i (a row of X); " + _REM_WHY,
    ),
    Answer(
        id="f52-rem-yl-dL-dw-matrix",
        source=REM + ", '用矩阵形式表示')",
        text=r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (\hat{y} - y)",
        cost=_REM_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_REM_LETS,
        why=_REM_WHY,
    ),
    Answer(
        id="f52-rem-yl-dL-db-sum",
        source=REM + ", '对偏置 b 求梯度')",
        text=r"\frac{\partial L}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}_i - y_i)",
        cost=_REM_L,
        verdict="equivalent",
        wrt="b",
        lets=_REM_LETS,
        why=_REM_WHY,
    ),
    Answer(
        id="f52-velog-dJ-dwj",
        source=VELOG + ", 'w_j에 대한 도함수')",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (f^{(i)} - y^{(i)}) \cdot x_j^{(i)}",
        cost=_VELOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_VELOG_LETS,
        why=_VELOG_WHY,
    ),
    Answer(
        id="f52-velog-dJ-db",
        source=VELOG + ", 'b에 대한 도함수')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (f^{(i)} - y^{(i)})",
        cost=_VELOG_COST,
        verdict="equivalent",
        wrt="b",
        lets=_VELOG_LETS,
        why=_VELOG_WHY,
    ),
    Answer(
        id="f52-codefun-dL-dw1-feature-first-index",
        source=CODEFUN + ")",
        text=r"\frac{\partial L}{\partial w_1} = \frac{1}{n}\sum_{i=1}^{n} ( \hat{y}_i - y_i ) x_{1i}",
        cost=_CODEFUN_COST,
        verdict="equivalent",
        wrt="w_1",
        lets=_CODEFUN_LETS,
        why=_CODEFUN_WHY,
    ),
    Answer(
        id="f52-minqiang-logistic-dw",
        source=MQ_LOG + ", '# 4) 计算梯度', dw =)",
        text="dw = (1/m) * np.dot(X.T, (A - y))",
        cost=_MQ_LOG_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=_MQ_LOG_LETS,
        why=_MQ_LOG_WHY,
    ),
    Answer(
        id="f52-minqiang-logistic-db",
        source=MQ_LOG + ", '# 4) 计算梯度', db =)",
        text="db = (1/m) * np.sum(A - y)",
        cost=_MQ_LOG_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_MQ_LOG_LETS,
        why=_MQ_LOG_WHY,
    ),
    Answer(
        id="f52-minqiang-linear-dw",
        source=MQ_LIN + ", '# 对 w 的梯度', dw =)",
        text="dw = (1/m) * np.dot(X.T, error)",
        cost=_MQ_LIN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_MQ_LIN_LETS,
        why=_MQ_LIN_WHY,
    ),
    Answer(
        id="f52-minqiang-linear-db",
        source=MQ_LIN + ", '# 对 b 的梯度', db =)",
        text="db = (1/m) * np.sum(error)",
        cost=_MQ_LIN_COST,
        verdict="equivalent",
        wrt="b",
        lets=_MQ_LIN_LETS,
        why=_MQ_LIN_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f52-mathse-4091565-penalty-2-dropped",
        source=MSE_L2 + "; variant: λβ for 2λβ)",
        text=r"\boldsymbol{X}^T(\boldsymbol{y} - \boldsymbol{p}) + \lambda\boldsymbol{\beta}",
        cost=_MSE_L2_ELL,
        verdict="different",
        wrt="beta_j",
        lets=(_MSE_L2_P,),
        why="variant: the penalty λΣβ_j² has no ½, so its gradient is 2λβ; " + _MSE_L2_WHY,
    ),
    Answer(
        id="f52-klim-cod-grad-2-dropped",
        source=KLIM + "; variant: the 2s dropped)",
        text=r"\nabla f(x) = A^T A x - A^T y",
        cost=_KLIM_F,
        verdict="different",
        wrt="x_j",
        why="variant: ‖Ax − y‖² has no ½, so AᵀAx − Aᵀy is half the gradient; " + _KLIM_WHY,
    ),
    Answer(
        id="f52-karavanis-octave-grad-theta1-penalised",
        source=KARAVANIS + "; variant: lambda / m * theta)",
        text="grad = ((theta' * X' - y') * X)' / m + lambda / m * theta;",
        cost=_KAR_J,
        verdict="different",
        wrt="theta_j",
        lets=_KAR_LETS,
        why="variant: J leaves theta(1) out of the penalty, so its component gets no λθ₁/m; " + _KAR_WHY,
    ),
    Answer(
        id="f52-octave-log-poisson-dL-reversed",
        source=POIS_M + "; variant: y-lambda)",
        text="dL = X' * (y-lambda);",
        cost=_POIS_L,
        verdict="different",
        wrt="w_j",
        lets=_POIS_LETS,
        why="variant: Xᵀ(y − e^{Xw}) is the gradient of the log-likelihood, the negative of ∇L; " + _POIS_WHY,
    ),
    Answer(
        id="f52-rem-yl-dL-dw-matrix-mean-dropped",
        source=REM + "; variant: the 1/m dropped)",
        text=r"\frac{\partial L}{\partial w} = X^T (\hat{y} - y)",
        cost=_REM_L,
        verdict="different",
        wrt="w_j",
        lets=_REM_LETS,
        why="variant: L is a mean over the m examples, so its gradient keeps the 1/m; " + _REM_WHY,
    ),
    Answer(
        id="f52-velog-dJ-dwj-residual-reversed",
        source=VELOG + "; variant: y − f)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (y^{(i)} - f^{(i)}) \cdot x_j^{(i)}",
        cost=_VELOG_COST,
        verdict="different",
        wrt="w_j",
        lets=_VELOG_LETS,
        why="variant: the residual reversed, the negative of ∂J/∂w_j; " + _VELOG_WHY,
    ),
    Answer(
        id="f52-codefun-dL-dw1-mean-dropped",
        source=CODEFUN + "; variant: the 1/n dropped)",
        text=r"\frac{\partial L}{\partial w_1} = \sum_{i=1}^{n} ( \hat{y}_i - y_i ) x_{1i}",
        cost=_CODEFUN_COST,
        verdict="different",
        wrt="w_1",
        lets=_CODEFUN_LETS,
        why="variant: L carries 1/n, so its gradient does too; " + _CODEFUN_WHY,
    ),
    Answer(
        id="f52-minqiang-linear-dw-factor-2",
        source=MQ_LIN + "; variant: 2/m for 1/m)",
        text="dw = (2/m) * np.dot(X.T, error)",
        cost=_MQ_LIN_COST,
        verdict="different",
        wrt="w_j",
        lets=_MQ_LIN_LETS,
        why="variant: cost is the mean square halved, whose ½ cancels the square's 2, so (2/m)Xᵀ(error) is twice the "
        "gradient; " + _MQ_LIN_WHY,
    ),
    Answer(
        id="f52-minqiang-logistic-db-sign",
        source=MQ_LOG + "; variant: y - A)",
        text="db = (1/m) * np.sum(y - A)",
        cost=_MQ_LOG_LOSS,
        verdict="different",
        wrt="b",
        lets=_MQ_LOG_LETS,
        why="variant: the residual reversed, the negative of ∂loss/∂b; " + _MQ_LOG_WHY,
    ),
    Answer(
        id="f52-forum-lab06-dj-dw-no-mean",
        source=FORUM + "; variant: the division by m left out)",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
        "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
        "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar",
        cost=_FORUM_COST,
        verdict="different",
        wrt="w_j",
        lets=_FORUM_LETS,
        why="variant: without dj_dw/m the loop returns m times the gradient of the mean cross-entropy; " + _FORUM_WHY,
    ),
]

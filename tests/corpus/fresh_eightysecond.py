r"""A fresh held-out wave (f82), as a TA's inbox would hold it: a DeepLearning.AI forum answer (the half-mean squared
error J(\vec{w},b) and its two partials, written in LaTeX without dollar signs), a Korean PyTorch-book notebook
(cost = ((y - y_hat) ** 2).mean() with the gradient written twice: in Unicode comments, ∂MSE/∂w = mean(2(ŷ-y)x),
and in the update, where the 2 is dropped as a 'constant'), a Vietnamese README (\mathcal{L}(\mathbf{w}) = ½Σ(y_i −
x̄_iw)² and its gradient chain), a plain comment and its NumPy line, a Polish Octave face-detection lab (a summed
cross-entropy and xTrain' * (sigmoid(xTrain * w) - yTrain)), a Russian-docstring ±1-label logistic class whose
gradients divide by m twice, a Portuguese logistic class with theta_n and theta_0, a Russian-commented logistic
class, and seven public code files: two plain-text docstrings in Unicode (a logistic J(Θ) with ddΘ_j, a regularised
J(w,b) with db), three regularised-logistic project files (a gradient that lost the 1/m of its mean loss, a
2λw against a penalty λ‖w‖ that is not squared), a 'mean squared error' that returns a sum, an Indonesian-commented
slope step that lost its x, and a Poisson log-likelihood gradient written as loops.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers of every wave, the f80 and f81 waves included, and a distinctive line of each index
file grepped in tests/); 30 of the 45 items come from sources with an address:

* Q&A: community.deeplearning.ai/t/inconsistency-in-logistic-regression-cost-function/150185 (Shanup's answer);
* notebooks, READMEs and course files: github.com/Likae155/DL_15th (Korean notebook, 예제 3.11-3.17 단순 선형 회귀
  (넘파이)), github.com/hauvietblog/Linear-Regression (Vietnamese README, Bài 1: Linear Regression),
  github.com/fanyang1997/Algorithm (gradient_decent_using_np.py), github.com/magdalenka120/Optymal- (Polish Octave
  lab, logistic_cost_function.m), github.com/amerus/analysis_algorithms (homework3/logistic_regression.py, a Russian
  docstring), github.com/ak-lucas/binary-logistic-regression (regressao_logistica.py, Portuguese comments),
  github.com/MADNESSru/My_Logistic_regression (logistic_regression.py, Russian comments);
* code without an address: public code index files 48455980155 (Python docstring, Unicode), 39812014434 (Python
  docstring, plain text), 21261568699, 47860154950 (Python, regularised logistic projects), 68380655920 (Python,
  class Loss), 4344381717 (Python, Indonesian comments) and 30825178273 (Python, a Poisson-regression class).

Names follow the sources: X, x (a matrix), xTrain, tx, X_b and the rows \vec{x}^{(i)}, \bar{\mathbf{x}}_{i}, x[j]
are Data.X; y, Y, target, y_true, yTrain, y_i, yi are Data.y; theta, Θ, theta_n are Data.theta; w, \vec{w},
\mathbf{w}, self.weights, self.w are Data.w where they are vectors; b, self.bias, self.w0 are Data.b; self.theta_0
is Data.theta0; lambda_ is Data.lam; m, n (a count), N, num_samples, len(y), X.shape[0] are the number of examples
(Data.m). In the one-feature models (weight * x + bias, theta0 + theta1 * x) the scalar weight is Data.w[0], bias is
Data.b, theta0, theta1 are Data.theta0, Data.theta1 and the one feature x is Data.x. Where a source gives no cost for
an answer, ``why`` says which cost it is graded against. The real mistakes come first among the answers, then the
real right answers, then the one-slip variants of real answers, marked "variant". Verdicts were worked out by hand
and checked against finite differences of the costs (/tmp/f82/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
DLAI = (
    "https://community.deeplearning.ai/t/inconsistency-in-logistic-regression-cost-function/150185 (forum thread "
    "'Inconsistency in Logistic Regression Cost Function', Shanup's answer on the 1/2 of the squared error"
)
LIK = (
    _GH + "Likae155/DL_15th/blob/31acce626da614c8d352a54505fcb7d1d3281a4c/pytorch/03%EC%9E%A5%20%ED%8C%8C%EC%9D%B4"
    "%ED%86%A0%EC%B9%98%20%EA%B8%B0%EC%B4%88/%EC%98%88%EC%A0%9C%203.11-3.17%20%EB%8B%A8%EC%88%9C%20%EC%84%A0%ED%98%95"
    "%20%ED%9A%8C%EA%B7%80%28%EB%84%98%ED%8C%8C%EC%9D%B4%29.ipynb (Korean notebook '# 예제 3.11-3.17: 단순 선형 회귀 "
    "(NumPy 구현)', 예제 3.15-3.17 경사하강법 학습"
)
HAU = (
    _GH + "hauvietblog/Linear-Regression/blob/09444d9c6e61d4539e0edf3bcb19d5c6edbe22e6/README.md (Vietnamese README "
    "'## Bài 1: Linear Regression'"
)
FAN = _GH + "fanyang1997/Algorithm/blob/16c63d035dd1571c90dddd7f96627b58107083aa/gradient_decent_using_np.py (Python"
MAG = (
    _GH + "magdalenka120/Optymal-/blob/8c17232c8ab4ec685db32ac113f8de44e2ec7561/logistic_cost_function.m (Octave, Polish "
    "comments, 'Optymalizacja systemów', Zadanie 1: Detekcja twarzy"
)
AME = (
    _GH + "amerus/analysis_algorithms/blob/ad76e0e4bd270f2697755f7977a937d4c0282f8f/homework3/logistic_regression.py "
    "(Python, class logistic_regression with a Russian docstring, def _log_grad"
)
AKL = (
    _GH + "ak-lucas/binary-logistic-regression/blob/b77e3d665b6de7175232fcbaeeea21943beeaec7/regressao_logistica.py "
    "(Python, Portuguese comments, class LogisticRegression"
)
MAD = (
    _GH + "MADNESSru/My_Logistic_regression/blob/b1feffdd15b3b4d12eeb6a937e27a63c94406c02/logistic_regression.py "
    "(Python, Russian comments, class LogisticRegression, def fit"
)
IDX_DOC = (
    "public code index file 48455980155 (Python module docstring in plain text and Unicode, 'Logistic Regression "
    "Hypothesis:', 'Logistic Regresion Cost Func:'"
)
IDX_REG = (
    "public code index file 39812014434 (Python module docstring in plain text, 'in order to regularize the model, we "
    "add a regularization term to the cost function.'"
)
IDX_EPA = "public code index file 21261568699 (Python, a regularised-logistic project file: def reg_logistic_loss"
IDX_EPB = "public code index file 47860154950 (Python, a regularised-logistic project file: def logistic_entropy_loss"
IDX_SSE = "public code index file 68380655920 (Python, class Loss: def mse, def mse_gradient"
IDX_IND = "public code index file 4344381717 (Python, Indonesian comments, '# Data sederhana : luas rumah(x) dan harga (y)'"
IDX_POI = "public code index file 30825178273 (Python, 'Problem: Poisson regression with gradient ascent.', def der"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _half_mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / 2


def _sum_ce_w(d):
    return -float(np.sum(_ce_terms(d, sig(d.X @ d.w))))


def _mean_ce_thetan_theta0(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta + d.theta0))))


def _mean_ce_eps_weights_bias(d):
    p = sig(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p + 1e-15) + (1 - d.y) * np.log(1 - p + 1e-15)))


def _mean_ce_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_half_mse_w_b(d):
    return _half_mse_w_b(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _mean_ce_w_half_lam(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w)))) + d.lam / 2 * float(d.w @ d.w)


def _sum_ce_tx_w(d):
    return -float(np.sum(_ce_terms(d, sig(d.X @ d.w))))


def _sse_weights(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


# ------------------------------------------------------------------ texts the items share
# --- DeepLearning.AI forum (LaTeX without dollar signs)
_DLAI_J = r"J(\vec{w},b) = \frac {1} {2m} \sum_{i=1}^{m} (f_{(\vec{w},b)}(\vec{x}^{(i)}) - y^{(i)})^{2}"
_DLAI_DW = (
    r"\frac {\partial {J}} {\partial {w_j}} = \frac {1} {m} \sum_{i=1}^{m} (f_{(\vec{w},b)}(\vec{x}^{(i)}) - "
    r"y^{(i)}).x_j^{(i)}"
)
_DLAI_DB = r"\frac {\partial {J}} {\partial {b}} = \frac {1} {m} \sum_{i=1}^{m} (f_{(\vec{w},b)}(\vec{x}^{(i)}) - y^{(i)})"
_DLAI_WHY = (
    "'Going back to the case of Linear Regression with Squared Error Loss, we define the Cost function as follows': "
    "the half-mean squared error of f_{(w,b)}(x⁽ⁱ⁾), the course's linear model w·x⁽ⁱ⁾ + b (the thread does not "
    "restate it); \\vec{x}^{(i)} is row i of Data.X, \\vec{w} Data.w, b Data.b"
)

# --- Likae155 (Korean notebook)
_LIK_COST = "cost = ((y - y_hat) ** 2).mean()"
_LIK_LETS = ("y_hat = weight * x + bias",)
_LIK_HAT = ("ŷ = weight × x + bias",)
_LIK_WHY = (
    "'# 2. 비용 계산: MSE (Mean Squared Error, 평균제곱오차)' (cost computation: the mean squared error) of "
    "y_hat = weight * x + bias, no ½; x the one feature (Data.x, a column in the notebook), weight the scalar slope "
    "(Data.w[0]), bias Data.b"
)

# --- hauvietblog (Vietnamese README)
_HAU_L = r"\mathcal{L}(\mathbf{w})=\frac{1}{2}\sum_{i=1}^n(y_{i}-\bar{\mathbf{x}}_{i}\mathbf{w})^2"
_HAU_WHY = (
    "'Nội dung của phương pháp là tìm các giá trị của tham số \\mathbf{w} sao cho biểu thức sau đạt cực tiểu' (find "
    "the w that minimises the expression): ½Σ(y_i − x̄_iw)² over the n data points, a half sum of squares with no "
    "mean; \\bar{\\mathbf{x}}_{i} = (1, x_1, …, x_m) is row i of Data.X (the 1 folded in), \\mathbf{w} Data.w"
)
_HAU_GRAD = (
    r"{\nabla_{\mathbf{w}}}\mathcal{L}(\mathbf{w})=\frac{1}{2}\nabla{||\mathbf{y}-\bar{\mathbf{X}}\mathbf{w}||}_2^2="
    r"\frac{1}{2}\nabla[(\mathbf{y}-\bar{\mathbf{X}}\mathbf{w})^T(\mathbf{y}-\bar{\mathbf{X}}\mathbf{w})]="
    r"\bar{\mathbf{X}}^T(\bar{\mathbf{X}}\mathbf{w}-\mathbf{y})"
)

# --- fanyang1997
_FAN_LETS = ("def linear_model(x, theta):\n    return np.dot(x, theta)", "m = len(y)")
_FAN_H = ("h(x) = theta_0 * x_0 + theta_1 * x_1 + theta_2 * x_2 + ... + theta_n * x_n",)

# --- magdalenka120 (Polish Octave lab)
_MAG_L = (
    "L = L - sum( yTrain .* log(sigmoid( xTrain*w)) ) - sum( (1-yTrain) .* log(1-sigmoid(xTrain*w)) );"
)
_MAG_WHY = (
    "'% Funkcja wylicza wartosc funkcji celu L i jej gradient grad' (computes the objective L and its gradient): "
    "after L = 0, the summed (not averaged) cross-entropy of sigmoid(xTrain*w); the lab's sigmoid.m writes "
    "1/(1+ exp(-x)) with / where ./ is meant, read elementwise; xTrain is Data.X, yTrain Data.y, w Data.w"
)

# --- amerus (Russian docstring)
_AME_LETS = (
    "m = X.shape[0]",
    "y=(2*target-1)",
    "score=np.dot(X, self.w.T).flatten()+self.w0",
    "Z=-y/(m*(1+np.exp(y*score)))",
    "grad=Z[np.newaxis, :].dot(X)",
)
_AME_COST = "(1/m) * np.sum(np.log(1 + np.exp(-y*score)))"
_AME_WHY = (
    "the file gives no cost; graded against the mean logistic loss of the ±1 labels y = 2·target − 1 it builds, "
    "(1/m)Σ log(1 + e^{−y_i·score_i}), score = Xw + w0 (predict_proba is 1/(1+exp(-score))); target is Data.y, "
    "self.w Data.w, self.w0 Data.b"
)

# --- ak-lucas (Portuguese)
_AKL_LOSS = "loss = -np.sum(np.multiply(Y,np.log(sigmoid_z)) + np.multiply(1-Y,np.log(1-sigmoid_z)))/m"
_AKL_LETS = (
    "m = X.shape[0]",
    "X = X.T",
    "Z = np.dot(self.theta_n.T, X) + self.theta_0",
    "sigmoid_z = self.sigmoid(Z)",
    "def sigmoid(self, x):\n\treturn (1/(1+np.exp(-x)))",
)
_AKL_GLETS = _AKL_LETS + ("gZ = sigmoid_z - Y",)
_AKL_WHY = (
    "'#função de custo: cross-entropy' (cost function): the mean cross-entropy of sigmoid(θ_nᵀX + θ_0), m taken "
    "before fit transposes X (X = X.T makes the columns the examples); X is Data.X, Y Data.y, self.theta_n Data.theta, "
    "self.theta_0 the scalar Data.theta0"
)

# --- MADNESSru (Russian comments)
_MAD_LOSS = (
    "loss = - (1 / num_samples) * np.sum(y * np.log(y_predicted + 1e-15) + (1 - y) * np.log(1 - y_predicted + 1e-15))"
)
_MAD_LETS = (
    "num_samples, num_features = X.shape",
    "linear_model = np.dot(X, self.weights) + self.bias",
    "y_predicted = self._sigmoid(linear_model)",
    "def _sigmoid(self, z):\n    return 1 / (1 + np.exp(-z))",
)
_MAD_WHY = (
    "the loss fit prints ('Итерация {i}, Потери', iteration, loss): the mean cross-entropy of σ(Xw + b) with the "
    "1e-15 guard inside both logs (kept in the intended cost; it moves the partials by about 1e-15); X is Data.X, "
    "self.weights Data.w, self.bias Data.b"
)

# --- index: Unicode docstring (logistic)
_DOC_J = "J(Θ) = -1 / m [Σ_i=1 to m yi * log(hΘ_xi) + (1 - yi) * log(1 - hΘ_xi)]"
_DOC_LETS = (
    "hΘ = g(z) where z = weighted sum and g = sigmoid function\n(also known as logistic function) = 1 / (1 + e^-z)",
)
_DOC_WHY = (
    "the docstring's 'Logistic Regresion Cost Func:' in its one-line form ('or'): the mean cross-entropy of "
    "hΘ(x_i) = σ(Θ·x_i), Σ_i=1 to m the sum over the m examples, hΘ_xi and h_Θ(xi) both hΘ(x_i), xi_j feature j of "
    "example i; Θ is Data.theta, x_i row i of Data.X"
)
_DOC_DD = "ddΘ_j = 1/m Σ_i=1 to m ((h_Θ(xi) - y_i))xi_j"

# --- index: plain-text docstring (regularised linear)
_REG_J = "J(w,b) = (1/2m) * sum((f_wb_i - y_i)^2) + (lambda_/(2m)) * sum(w_j^2)"
_REG_LETS = ("f_wb_i is the linear function w*x_i + b",)
_REG_WHY = (
    "the docstring's regularised linear cost ('The regularization term does not include the bias term b'): the "
    "half-mean squared error of f_wb_i = w·x_i + b (compute_cost_linear_reg below it computes np.dot(X[i], w) + b) "
    "plus (λ/2m)Σw_j², (1/2m) read as 1/(2m) as the (lambda_/(2m)) beside it; x_i row i of Data.X, w Data.w, b Data.b, "
    "lambda_ Data.lam"
)

# --- index: regularised-logistic project A
_EPA_COST = "logistic_loss(y, tx, w) + (lambda_ / 2) * w.T @ w"
_EPA_LETS = (
    "def sigmoid(z):\n    return 1.0/(1 + np.exp(-z))",
    "def pred(x, w):\n    return sigmoid(np.dot(x,w))",
    "def logistic_loss(y, x, w):\n    #numerical stability\n    eps = 0\n    loss = -np.mean(y * np.log(pred(x,w)+eps) "
    "+ (1-y) * np.log(1-pred(x,w)+eps))\n    return loss",
)
_EPA_GLETS = _EPA_LETS + ("def logistic_gradient(y, x, w):\n    return np.dot(x.T,(pred(x, w) - y))",)
_EPA_WHY = (
    "the body of def reg_logistic_loss(y, tx, w, lambda_): the mean cross-entropy of σ(tx·w) (eps = 0) plus "
    "(λ/2)wᵀw, every weight penalised; tx is Data.X, w Data.w, lambda_ Data.lam"
)

# --- index: regularised-logistic project B
_EPB_LOSS = (
    "loss = 0\n\nfor i in range(0, len(y)):\n    x = tx[i, :]\n    sigma = logistic_sigmoid(np.dot(x, w))\n"
    "    loss += y[i] * np.log(sigma) + (1 - y[i]) * np.log(1 - sigma)\n\nreturn -loss"
)
_EPB_WHY = (
    "the body of def logistic_entropy_loss(y, tx, w): the summed cross-entropy of σ(x_i·w) (logistic_sigmoid clips "
    "|x| at 1e2 and σ to [1e-15, 1 − 1e-15], which never acts at the test's points); tx is Data.X, w Data.w"
)
_EPB_GRAD = (
    "r, c = tx.shape\ngrad = np.zeros(c)\n\nfor i in range(0, r):\n    x = tx[i, :]\n"
    "    sigma = logistic_sigmoid(np.dot(x, w))\n    grad += (sigma - y[i]) * x.T\n\nreturn grad"
)
_EPB_REG_COST = "loss = logistic_entropy_loss(y, tx, w)\nif reg == 'L2':\n    loss += lambda_ * np.linalg.norm(w, 2)"
_EPB_REG_LETS = (
    "def logistic_entropy_loss(y, tx, w):\n    loss = 0\n\n    for i in range(0, len(y)):\n        x = tx[i, :]\n"
    "        sigma = logistic_sigmoid(np.dot(x, w))\n        loss += y[i] * np.log(sigma) + (1 - y[i]) * np.log(1 - sigma)"
    "\n\n    return -loss",
    "def logistic_gradient(y, tx, w):\n    r, c = tx.shape\n    grad = np.zeros(c)\n\n    for i in range(0, r):\n"
    "        x = tx[i, :]\n        sigma = logistic_sigmoid(np.dot(x, w))\n        grad += (sigma - y[i]) * x.T\n\n"
    "    return grad",
    "reg = 'L2'",
)

# --- index: class Loss
_SSE_COST = "loss_value = np.sum(np.square(y_pred - y_true))"
_SSE_LETS = ("y_pred = X @ self.weights",)
_SSE_WHY = (
    "Loss.mse ('# Calculate mean squared error loss') as written: n = len(y_true) is computed and never used, so it "
    "returns the sum of squares, not the mean; y_pred = X @ self.weights as fit computes it, y_true is y (Data.y), X "
    "Data.X, self.weights Data.w"
)

# --- index: Indonesian comments
_IND_LETS = ("m = len(x)", "y_pred = theta0 + theta1 * x", "error = y_pred - y")
_IND_COST = "(1/(2*m)) * np.sum(error ** 2)"

# --- index: Poisson
_POI_DER = (
    "d = np.zeros(x.shape[1])\n\nfor i in range(d.shape[0]):\n\n    var = 0\n\n    for j in range(x.shape[0]):\n\n"
    "        b = np.exp(np.dot(theta,x[j]))\n\n        var += x[j][i]*(y[j]-b)\n\n    d[i] = var\n\nreturn d"
)
_POI_COST = r"\ell(\theta) = \sum_{j} \left( y^{(j)} \theta^T x^{(j)} - e^{\theta^T x^{(j)}} \right)"
_POI_WHY = (
    "the file gives no cost: fit runs 'gradient ascent to maximize likelihood for Poisson regression', so der is "
    "graded against the Poisson log-likelihood it climbs, ℓ(θ) = Σ_j(y_j θ·x_j − e^{θ·x_j}) (the log y_j! constant "
    "dropped); x is Data.X, x[j] row j, theta Data.theta"
)


def _poisson_loglik(d):
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.exp(z)))


def _amerus_cost(d):
    yy = 2 * d.y - 1
    return float(np.mean(np.log1p(np.exp(-yy * (d.X @ d.w + d.b)))))


def _half_mse_t0t1(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


COSTS: list[Cost] = [
    # ============================================================ Q&A, notebooks and READMEs
    Cost(
        id="f82-dlai150185-J-half-mse-vec",
        source=DLAI + ", J(\\vec{w},b) = …)",
        text=_DLAI_J,
        intended=_half_mse_w_b,
        wrt=("w_j", "b"),
        why=_DLAI_WHY,
    ),
    Cost(
        id="f82-likae-korean-cost-mean",
        source=LIK + ", the loop: cost = ((y - y_hat) ** 2).mean())",
        text=_LIK_COST,
        intended=_mse_slope_b,
        wrt=("weight", "bias"),
        lets=_LIK_LETS,
        why=_LIK_WHY,
    ),
    Cost(
        id="f82-hauvietblog-vi-L-half-sse",
        source=HAU + ", ### 1. Bài toán, $$\\mathcal{L}(\\mathbf{w})=…$$, its first equality)",
        text=_HAU_L,
        intended=_half_sse_w,
        wrt=("w_j",),
        why=_HAU_WHY,
    ),
    Cost(
        id="f82-magdalenka-polish-L-summed-ce",
        source=MAG + ", L = L - sum(…) - sum(…);)",
        text=_MAG_L,
        intended=_sum_ce_w,
        wrt=("w_j",),
        lets=("L = 0;",),
        why=_MAG_WHY,
    ),
    Cost(
        id="f82-aklucas-pt-loss-function",
        source=AKL + ", def loss_function(self, Y, sigmoid_z, m): loss = …)",
        text=_AKL_LOSS,
        intended=_mean_ce_thetan_theta0,
        wrt=("theta_n_j", "theta_0"),
        lets=_AKL_LETS,
        why=_AKL_WHY,
    ),
    Cost(
        id="f82-madnessru-ru-loss-eps",
        source=MAD + ", loss = - (1 / num_samples) * …)",
        text=_MAD_LOSS,
        intended=_mean_ce_eps_weights_bias,
        wrt=("weights_j", "bias"),
        lets=_MAD_LETS,
        why=_MAD_WHY,
    ),
    # ============================================================ code without an address
    Cost(
        id="f82-idx48455980155-unicode-J-theta",
        source=IDX_DOC + ", J(Θ) = -1 / m […])",
        text=_DOC_J,
        intended=_mean_ce_theta,
        wrt=("Θ_j",),
        lets=_DOC_LETS,
        why=_DOC_WHY,
    ),
    Cost(
        id="f82-idx39812014434-plain-J-reg",
        source=IDX_REG + ", J(w,b) = …)",
        text=_REG_J,
        intended=_reg_half_mse_w_b,
        wrt=("w_j", "b"),
        lets=_REG_LETS,
        why=_REG_WHY,
    ),
    Cost(
        id="f82-idx21261568699-reg-logistic-loss",
        source=IDX_EPA + ", return logistic_loss(y, tx, w) + (lambda_ / 2) * w.T @ w)",
        text=_EPA_COST,
        intended=_mean_ce_w_half_lam,
        wrt=("w_j",),
        lets=_EPA_LETS,
        why=_EPA_WHY,
    ),
    Cost(
        id="f82-idx47860154950-entropy-loss-loop",
        source=IDX_EPB + ", its body, dedented)",
        text=_EPB_LOSS,
        intended=_sum_ce_tx_w,
        wrt=("w_j",),
        why=_EPB_WHY,
    ),
    Cost(
        id="f82-idx68380655920-mse-that-sums",
        source=IDX_SSE + ", def mse: loss_value = …)",
        text=_SSE_COST,
        intended=_sse_weights,
        wrt=("weights_j",),
        lets=_SSE_LETS,
        why=_SSE_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f82-likae-korean-weight-step-dropped-the-2",
        source=LIK + ", weight = weight - learning_rate * ((y_hat - y) * x).mean(), the gradient factor)",
        text="((y_hat - y) * x).mean()",
        cost=_LIK_COST,
        verdict="different",
        wrt="weight",
        lets=_LIK_LETS,
        why="the comment above it says '∂MSE/∂w = mean(2(ŷ-y)x) = mean((ŷ-y)x) (상수 생략)' (constant omitted): "
        "dropping the 2 is not an equality, mean((ŷ − y)x) is half the partial of the mean squared error the loop "
        "computes as cost (it is the partial of the half-MSE); " + _LIK_WHY,
    ),
    Answer(
        id="f82-likae-korean-bias-step-dropped-the-2",
        source=LIK + ", bias = bias - learning_rate * (y_hat - y).mean(), the gradient factor)",
        text="(y_hat - y).mean()",
        cost=_LIK_COST,
        verdict="different",
        wrt="bias",
        lets=_LIK_LETS,
        why="'∂MSE/∂b = mean(2(ŷ-y)) = mean(ŷ-y)' in the comment: the 2 of the square is dropped, half the partial of "
        "the cost as computed; " + _LIK_WHY,
    ),
    Answer(
        id="f82-amerus-ru-grad-w-over-m-twice",
        source=AME + ": return grad/m, …, the first value)",
        text="grad/m",
        cost=_AME_COST,
        verdict="different",
        wrt="w_j",
        lets=_AME_LETS,
        why="Z already carries 1/m (Z = −y/(m(1 + e^{y·score}))), so Z·X is the whole gradient (1/m)Σ −y_i x_i/(1 + "
        "e^{y_i score_i}) and grad/m divides by m a second time: 1/m times the partial; " + _AME_WHY,
    ),
    Answer(
        id="f82-amerus-ru-grad-w0-over-m-twice",
        source=AME + ": return …, np.sum(Z)/m, the second value)",
        text="np.sum(Z)/m",
        cost=_AME_COST,
        verdict="different",
        wrt="w0",
        lets=_AME_LETS,
        why="ΣZ is already the mean (1/m)Σ −y_i/(1 + e^{y_i score_i}); the second /m makes it 1/m of the intercept's "
        "partial; " + _AME_WHY,
    ),
    Answer(
        id="f82-idx21261568699-reg-gradient-lost-1-over-m",
        source=IDX_EPA + ", def reg_logistic_gradient: return logistic_gradient(y, tx, w) + lambda_* w)",
        text="logistic_gradient(y, tx, w) + lambda_* w",
        cost=_EPA_COST,
        verdict="different",
        wrt="w_j",
        lets=_EPA_GLETS,
        why="logistic_gradient is txᵀ(σ − y), a sum, while logistic_loss is a mean (-np.mean): the data part is m "
        "times too large (logistic_regression in the same file multiplies it by 1 / y.shape[0], "
        "reg_logistic_regression does not); the penalty's λw is right; " + _EPA_WHY,
    ),
    Answer(
        id="f82-idx47860154950-2lambda-w-for-unsquared-norm",
        source=IDX_EPB + ", def reg_logistic_gradient, reg='L2': grad = …; grad += 2 * lambda_ * w)",
        text="grad = logistic_gradient(y, tx, w)\ngrad += 2 * lambda_ * w",
        cost=_EPB_REG_COST,
        verdict="different",
        wrt="w_j",
        lets=_EPB_REG_LETS,
        why="the data part is right (both summed), but 2λw is the gradient of λ‖w‖₂², and the L2 loss adds "
        "np.linalg.norm(w, 2), the unsquared norm, whose gradient is λw/‖w‖; " + _EPB_WHY,
    ),
    Answer(
        id="f82-idx68380655920-2-over-n-for-a-sum",
        source=IDX_SSE + ", def mse_gradient: grad = (2 / n) * X.T @ (y_pred - y_true))",
        text="grad = (2 / n) * X.T @ (y_pred - y_true)",
        cost=_SSE_COST,
        verdict="different",
        wrt="weights_j",
        lets=("n = len(y_true)",) + _SSE_LETS,
        why="(2/n)Xᵀ(Xw − y) is the gradient of the mean the comments promise, but mse returns the sum "
        "np.sum(np.square(…)), whose gradient is 2Xᵀ(Xw − y): n times larger; " + _SSE_WHY,
    ),
    Answer(
        id="f82-idx4344381717-indonesian-slope-step-lost-x",
        source=IDX_IND + ", # update 01 ( slope ): theta1 = theta1 - alpha * (1/m) * np.sum(error), the gradient "
        "factor)",
        text="(1/m) * np.sum(error)",
        cost=_IND_COST,
        verdict="different",
        wrt="theta1",
        lets=_IND_LETS,
        why="graded against the half-mean squared error of theta0 + theta1 * x, the cost of the rule the file quotes "
        "('# rumus aslinya' (the original formula): θj := θj - α * (1/m) * Σ (hθ(x(i)) - y(i)) * xj(i)); the slope's "
        "step is a copy of the intercept's: the factor x (xj(i) for j = 1) is missing; x is Data.x, theta0, theta1 "
        "Data.theta0, Data.theta1",
    ),
    # ============================================================ real answers: right
    Answer(
        id="f82-dlai150185-dJ-dwj",
        source=DLAI + ", '\\frac {\\partial {J}} {\\partial {w_j}} = …')",
        text=_DLAI_DW,
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="w_j",
        why="(1/m)Σ(f(x⁽ⁱ⁾) − y⁽ⁱ⁾)·x_j⁽ⁱ⁾, the '.' a multiplication dot ('When we take the Gradient, the \\frac {1} "
        "{2} gets cancelled'); " + _DLAI_WHY,
    ),
    Answer(
        id="f82-dlai150185-dJ-db",
        source=DLAI + ", '\\frac {\\partial {J}} {\\partial {b}} = …')",
        text=_DLAI_DB,
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="b",
        why="(1/m)Σ(f(x⁽ⁱ⁾) − y⁽ⁱ⁾); " + _DLAI_WHY,
    ),
    Answer(
        id="f82-likae-korean-comment-dMSE-dw",
        source=LIK + ", the comment '# weight 기울기: ∂MSE/∂w = mean(2(ŷ-y)x) = …', its first equality)",
        text="∂MSE/∂w = mean(2(ŷ-y)x)",
        cost=_LIK_COST,
        verdict="equivalent",
        wrt="weight",
        lets=_LIK_HAT,
        why="mean(2(ŷ − y)x), the partial of the mean squared error in the slope (w in the comment is the code's "
        "weight, ŷ from the notebook's '1. 예측값 계산: ŷ = weight × x + bias'); " + _LIK_WHY,
    ),
    Answer(
        id="f82-likae-korean-comment-dMSE-db",
        source=LIK + ", the comment '# bias 기울기: ∂MSE/∂b = mean(2(ŷ-y)) = …', its first equality)",
        text="∂MSE/∂b = mean(2(ŷ-y))",
        cost=_LIK_COST,
        verdict="equivalent",
        wrt="bias",
        lets=_LIK_HAT,
        why="mean(2(ŷ − y)), the intercept's partial (b in the comment is the code's bias); " + _LIK_WHY,
    ),
    Answer(
        id="f82-hauvietblog-vi-gradient-chain",
        source=HAU + ", ### 2. Nghiệm của bài toán, 'Đạo hàm theo \\mathbf{w} của hàm \\mathcal{L}(\\mathbf{w})', "
        "$${\\nabla_{\\mathbf{w}}}\\mathcal{L}(\\mathbf{w})=…$$)",
        text=_HAU_GRAD,
        cost=_HAU_L,
        verdict="equivalent",
        wrt="w_j",
        why="every link of the chain is ½∇‖y − X̄w‖² written out, and the last, X̄ᵀ(X̄w − y), is the gradient of "
        "½Σ(y_i − x̄_iw)²; " + _HAU_WHY,
    ),
    Answer(
        id="f82-fanyang-gradient-line",
        source=FAN + ", def gradient_decent: gradient = (1/m) * np.dot(x.T, linear_model(x, theta) - y))",
        text="gradient = (1/m) * np.dot(x.T, linear_model(x, theta) - y)",
        cost="linear",
        verdict="equivalent",
        lets=_FAN_LETS,
        why="the file gives no cost; graded against the half-mean squared error of xθ (the 'linear' preset), the cost "
        "whose gradient its header comment describes: xᵀ(xθ − y)/m; x is Data.X, theta Data.theta",
    ),
    Answer(
        id="f82-magdalenka-polish-grad",
        source=MAG + ", grad = grad + xTrain' * (sigmoid(xTrain * w) - yTrain);)",
        text="grad = grad + xTrain' * (sigmoid(xTrain * w) - yTrain);",
        cost=_MAG_L,
        verdict="equivalent",
        wrt="w_j",
        lets=("L = 0;", "grad = zeros(M,1);"),
        why="after grad = zeros(M,1), xTrainᵀ(σ(xTrain·w) − yTrain), the gradient of the summed cross-entropy; "
        + _MAG_WHY,
    ),
    Answer(
        id="f82-aklucas-pt-gTheta-n",
        source=AKL + ", def fit: gTheta_n = np.dot(X, gZ.T)/m)",
        text="gTheta_n = np.dot(X, gZ.T)/m",
        cost=_AKL_LOSS,
        verdict="equivalent",
        wrt="theta_n_j",
        lets=_AKL_GLETS,
        why="X is the transposed data here (n × m), so np.dot(X, gZ.T) is Σ_i x_i(σ_i − y_i) and /m the mean; "
        + _AKL_WHY,
    ),
    Answer(
        id="f82-aklucas-pt-gTheta-0",
        source=AKL + ", def fit: gTheta_0 = np.sum(gZ)/m)",
        text="gTheta_0 = np.sum(gZ)/m",
        cost=_AKL_LOSS,
        verdict="equivalent",
        wrt="theta_0",
        lets=_AKL_GLETS,
        why="Σ(σ_i − y_i)/m, the bias's partial; " + _AKL_WHY,
    ),
    Answer(
        id="f82-madnessru-ru-dw",
        source=MAD + ", '# Градиенты' (gradients): dw = …)",
        text="dw = (1 / num_samples) * np.dot(X.T, (y_predicted - y))",
        cost=_MAD_LOSS,
        verdict="equivalent",
        wrt="weights_j",
        lets=_MAD_LETS,
        why="Xᵀ(σ(Xw + b) − y)/m; the 1e-15 guard changes the exact partials only by about 1e-15; " + _MAD_WHY,
    ),
    Answer(
        id="f82-madnessru-ru-db",
        source=MAD + ", '# Градиенты' (gradients): db = …)",
        text="db = (1 / num_samples) * np.sum(y_predicted - y)",
        cost=_MAD_LOSS,
        verdict="equivalent",
        wrt="bias",
        lets=_MAD_LETS,
        why="Σ(σ(x_i·w + b) − y_i)/m; " + _MAD_WHY,
    ),
    Answer(
        id="f82-idx48455980155-unicode-ddTheta-j",
        source=IDX_DOC + ", 'The partial derivative term in GD stays the same:' ddΘ_j = …)",
        text=_DOC_DD,
        cost=_DOC_J,
        verdict="equivalent",
        wrt="Θ_j",
        lets=_DOC_LETS,
        why="(1/m)Σ(hΘ(x_i) − y_i)x_ij, ddΘ_j the partial in Θ_j, the doubled parentheses harmless; " + _DOC_WHY,
    ),
    Answer(
        id="f82-idx39812014434-plain-db",
        source=IDX_REG + ", 'The gradient of the cost function for linear regression with regularization is:' db = …)",
        text="db = (1/m) * sum((f_wb_i - y_i))",
        cost=_REG_J,
        verdict="equivalent",
        wrt="b",
        lets=_REG_LETS,
        why="(1/m)Σ(w·x_i + b − y_i); the penalty has no b; " + _REG_WHY,
    ),
    Answer(
        id="f82-idx47860154950-gradient-loop",
        source=IDX_EPB + ", def logistic_gradient, its body, dedented)",
        text=_EPB_GRAD,
        cost=_EPB_LOSS,
        verdict="equivalent",
        wrt="w_j",
        why="Σ_i(σ(x_i·w) − y_i)x_i, the gradient of the summed cross-entropy (no 1/m on either side); " + _EPB_WHY,
    ),
    Answer(
        id="f82-idx30825178273-poisson-der-loops",
        source=IDX_POI + "(self,x,y,theta), its body, dedented)",
        text=_POI_DER,
        cost=_POI_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="d[i] = Σ_j x_ji(y_j − e^{θ·x_j}), the partial of the log-likelihood in θ_i (b is a local here, not a "
        "bias); " + _POI_WHY,
    ),
    Answer(
        id="f82-fanyang-comment-sum-closed-before-x-i",
        source=FAN + ", the header comment '# gradient_t = (1/m) * sum(h(x_i) - y_i) * x_i')",
        text="gradient_t = (1/m) * sum(h(x_i) - y_i) * x_i",
        cost="linear",
        verdict="refuse",
        lets=_FAN_H,
        why="sum( … ) closes before * x_i, so x_i stands outside the sum with its index i free: the line means "
        "either Σ_i(h(x_i) − y_i)x_i (what the code computes) or (Σ_i(h(x_i) − y_i))·x_i for some i, and nothing "
        "says which; graded against the 'linear' preset, the half-mean squared error of Xθ",
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f82-dlai150185-dJ-dwj-kept-the-half",
        source=DLAI + "; variant: \\frac {1} {m} written \\frac {1} {2m} in the w_j partial)",
        text=_DLAI_DW.replace(r"= \frac {1} {m}", r"= \frac {1} {2m}"),
        cost=_DLAI_J,
        verdict="different",
        wrt="w_j",
        why="variant, the slip the thread is about: the ½ of the cost cancels the 2 of the square, so the partial has "
        "1/m; 1/(2m) halves it; " + _DLAI_WHY,
    ),
    Answer(
        id="f82-dlai150185-dJ-db-with-xj",
        source=DLAI + "; variant: the b partial given the w_j partial's factor .x_j^{(i)})",
        text=_DLAI_DB + ".x_j^{(i)}",
        cost=_DLAI_J,
        verdict="different",
        wrt="b",
        why="variant: ∂/∂b of w·x⁽ⁱ⁾ + b is 1, no feature factor; this is the w_j partial; " + _DLAI_WHY,
    ),
    Answer(
        id="f82-hauvietblog-vi-gradient-sign-flipped",
        source=HAU + "; variant: the chain's last link alone, written \\bar{\\mathbf{X}}^T(\\mathbf{y}-\\bar{\\mathbf{X}}"
        "\\mathbf{w}))",
        text=r"{\nabla_{\mathbf{w}}}\mathcal{L}(\mathbf{w})=\bar{\mathbf{X}}^T(\mathbf{y}-\bar{\mathbf{X}}\mathbf{w})",
        cost=_HAU_L,
        verdict="different",
        wrt="w_j",
        why="variant: X̄ᵀ(y − X̄w) is minus the gradient (the direction of descent, not the gradient); " + _HAU_WHY,
    ),
    Answer(
        id="f82-hauvietblog-vi-gradient-kept-the-half",
        source=HAU + "; variant: the chain's last link alone, the \\frac{1}{2} kept in front of it)",
        text=r"{\nabla_{\mathbf{w}}}\mathcal{L}(\mathbf{w})=\frac{1}{2}\bar{\mathbf{X}}^T(\bar{\mathbf{X}}\mathbf{w}-"
        r"\mathbf{y})",
        cost=_HAU_L,
        verdict="different",
        wrt="w_j",
        why="variant: the ½ of ½‖y − X̄w‖² cancels the 2 of the square; keeping it halves the gradient; " + _HAU_WHY,
    ),
    Answer(
        id="f82-magdalenka-polish-grad-sign-flipped",
        source=MAG + "; variant: (sigmoid(xTrain * w) - yTrain) written (yTrain - sigmoid(xTrain * w)))",
        text="grad = grad + xTrain' * (yTrain - sigmoid(xTrain * w));",
        cost=_MAG_L,
        verdict="different",
        wrt="w_j",
        lets=("L = 0;", "grad = zeros(M,1);"),
        why="variant: xTrainᵀ(y − σ) is the gradient of the log-likelihood, minus the gradient of L; " + _MAG_WHY,
    ),
    Answer(
        id="f82-aklucas-pt-gTheta-0-no-over-m",
        source=AKL + "; variant: gTheta_0 = np.sum(gZ)/m without /m)",
        text="gTheta_0 = np.sum(gZ)",
        cost=_AKL_LOSS,
        verdict="different",
        wrt="theta_0",
        lets=_AKL_GLETS,
        why="variant: the loss is a mean (…/m); without /m the bias's partial is m times too large; " + _AKL_WHY,
    ),
    Answer(
        id="f82-madnessru-ru-db-sign-flipped",
        source=MAD + "; variant: np.sum(y_predicted - y) written np.sum(y - y_predicted))",
        text="db = (1 / num_samples) * np.sum(y - y_predicted)",
        cost=_MAD_LOSS,
        verdict="different",
        wrt="bias",
        lets=_MAD_LETS,
        why="variant: the residual turned around, minus the partial; " + _MAD_WHY,
    ),
    Answer(
        id="f82-idx48455980155-unicode-ddTheta-j-lost-x",
        source=IDX_DOC + "; variant: the factor xi_j dropped)",
        text="ddΘ_j = 1/m Σ_i=1 to m ((h_Θ(xi) - y_i))",
        cost=_DOC_J,
        verdict="different",
        wrt="Θ_j",
        lets=_DOC_LETS,
        why="variant: without xi_j (the chain rule's ∂(Θ·x_i)/∂Θ_j) every entry is the same number, the partial of a "
        "bias; " + _DOC_WHY,
    ),
    Answer(
        id="f82-idx39812014434-plain-db-penalised",
        source=IDX_REG + "; variant: dw_j's + (lambda_/m) * w_j term added to db as + (lambda_/m) * b)",
        text="db = (1/m) * sum((f_wb_i - y_i)) + (lambda_/m) * b",
        cost=_REG_J,
        verdict="different",
        wrt="b",
        lets=_REG_LETS,
        why="variant: the penalty (λ/2m)Σw_j² leaves b out ('does not include the bias term b'), so its partial in b "
        "has no λ term; " + _REG_WHY,
    ),
    Answer(
        id="f82-amerus-ru-grad-w0-mended",
        source=AME + "; variant: np.sum(Z)/m written np.sum(Z))",
        text="np.sum(Z)",
        cost=_AME_COST,
        verdict="equivalent",
        wrt="w0",
        lets=_AME_LETS,
        why="variant, the file's slip mended: Z carries the 1/m, so ΣZ = (1/m)Σ −y_i/(1 + e^{y_i score_i}) is the "
        "intercept's partial; " + _AME_WHY,
    ),
]

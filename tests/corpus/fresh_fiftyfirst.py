r"""A fresh held-out wave (f51): non-English pages and from-scratch code — Chinese blog and forum posts (an Aliyun
developer-community post, a CSDN mirror, a madio.net forum post, a mecxo.com note), Japanese, Russian, Portuguese
and Spanish repositories and notebooks (NumPy, Octave, R), and Chinese-commented Python scripts.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A, forum and blog posts: an Aliyun developer-community post (Chinese) '1 sigmoid 函数的损失函数与参数更新' (L(w, b)
  in sum and matrix form, ∇_w L and ∇_b L); a CSDN mirror post (Chinese, '对数似然损失', a summed cost whose h_θ(x)
  carries no example index); a madio.net forum post (Chinese) whose J(θ) lost its summand; a mecxo.com note
  (Chinese) with an unbracketed cross-entropy and the ±1-label log(1 + e^{−y·wᵀx}) form; a Russian homework
  (HeroSima43/Mathematics: the MSE of a no-intercept slope b1 and its update);
* code: ximenes130/machinelearning (Octave, Portuguese comments: a cost whose square was lost, a gradient loop that
  indexes X(j) instead of X(:, j), a regularised logistic cost and gradient); three Japanese 'ScratchLogisticRegression'
  classes from the public code index (a penalty written (self.lam / 2 * X.shape[0]), a gradient that forgot y, a loss
  penalising theta[1:]); pi408637535/ML_Study (Chinese comments: an MSE whose dw, db drop the 2); a Chinese-commented
  three-weight gradient script; kikinoko/ML (Japanese comments); a1eksandrTarasov/SmartAlgo and skrabik/-ML (Russian
  comments); a Russian dropbox notebook 'Tutorial_grad_desc' (the squared functional as a loop and in NumPy); an R
  script with Spanish comments (a Poisson GLM's my_loglik);
* notes: dmerap/MIOT_ML's Spanish notebook 'Unidad 03. Regresión lineal de una variable' (MSE, J(w, b), ∂J/∂w, ∂J/∂b
  and the code).

Names follow the sources: X (and the Octave X, the Russian x of the dropbox notebook) is the design matrix Data.X;
theta, coef, coef_, w, W, weights are the weight vector (Data.theta / Data.w by the item's wrt); b, bias the intercept
Data.b; in one-feature models x (or zp) is Data.x and the scalar slope w (or b1) is Data.w[0]; the R script's b0, b1
(wrt b_0, b_1) are Data.theta0 and Data.theta1. Where a source gives no cost for an answer, ``why`` says which cost it
is graded against. About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of
real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
ALIYUN = (
    "https://developer.aliyun.com/article/670178 (Aliyun developer-community post, Chinese, '1 sigmoid 函数的损失函数与"
    "参数更新'"
)
WEIXIN = (
    "https://blog.youkuaiyun.com/weixin_43601103/article/details/119490223 (CSDN mirror post, Chinese, '对数似然损失'"
)
MADIO = (
    "http://www.madio.net/archiver/tid-507103.html (madio.net forum post, Chinese, '实现Logistic回归模型学习的梯度下降法',"
    " '2. **损失函数**'"
)
MECXO = (
    "https://mecxo.com/2019/07/09/机器学习中的数学-sigmoid函数和导数 (blog note, Chinese, '机器学习中的数学-sigmoid函数和"
    "导数'"
)
HERO = (
    "https://github.com/HeroSima43/Mathematics/blob/4e861ff5562ab19a71d607e6bf50139278b1dc07/Seminar9/homework2.py "
    "(Python, Russian homework 'Посчитать коэффициент линейной регрессии при заработной плате (zp), используя "
    "градиентный спуск (без intercept)'"
)
XIM = "https://github.com/ximenes130/machinelearning (Octave, comments in Portuguese"
XIM_COST = (
    XIM + ", trabalho01/cost.m at 81b132f5805f5312d61078fe73bc006d57c15bf3, '# Função que calcula o custo da "
    "regressão linear'"
)
XIM_GD = XIM + ", trabalho01/descending_gradient.m at 81b132f5805f5312d61078fe73bc006d57c15bf3"
XIM_REG = XIM + ", trabalho02/costReg.m at 7744d62b074fc45d145346f88991ab7261956c27"
DIC_A = (
    "public code index file 33981506194 (Python, class ScratchLogisticRegression, docstrings in Japanese "
    "'ロジスティック回帰のスクラッチ実装'; the index does not name its repository"
)
DIC_B = (
    "public code index file 49263095352 (Python, class ScratchLogisticRegression, Japanese comments '# 第1項', "
    "'# 第２項'; the index does not name its repository"
)
DIC_C = (
    "public code index file 19272459733 (Python, loss_func before class ScratchLogisticRegression, Japanese "
    "docstrings; the index does not name its repository"
)
PI = (
    "https://github.com/pi408637535/ML_Study/blob/78fb754d5615ba25047b406b0defbd7c17e8db94/com/study/ml/manual/"
    "liner_regression2.py (Python, Chinese comments, def linear_loss"
)
ZH3 = (
    "public code index file 1512140310 (Python, Chinese comments '# 计算损失', '# 计算梯度'; the same script is in "
    "eight more index files; the index does not name its repository"
)
KIKI = (
    "https://github.com/kikinoko/ML/blob/63c0c4d9b7ebeb160ab3dc2d6bea7458344a5e30/ex42.py (Python, Japanese comments, "
    "'# 勾配の計算'"
)
TARASOV = (
    "https://github.com/a1eksandrTarasov/SmartAlgo/blob/8a64221b7f3331896af868fb18afaf20ab7dc724/sm_algo/linreg.py "
    "(Python, Russian comments, '# Вычисление градиентов'"
)
SKRABIK = (
    "https://github.com/skrabik/-ML/blob/f24c29de7c469c6b73518dc6848f2e422a15d629/lab1/task2.py (Python, Russian "
    "comment '# ИЗМЕНЕНИЯ'"
)
DROPBOX = (
    "https://dl.dropbox.com/s/ddb9jj94xo8nzzz/Tutorial_grad_desc.ipynb (Jupyter notebook, Russian, 'Как посчитать "
    "квадратичный функционал если X — матрица объектов, y — ответы, а w — некоторый вектор весов'"
)
DMERAP = (
    "https://github.com/dmerap/MIOT_ML/blob/01fd90e90016cc6ff2a78d129a2cd0bd6e22a2e9/Unidad03_RegresionLinealSimple."
    "ipynb (Jupyter notebook, Spanish, 'Unidad 03. Regresión lineal de una variable'"
)
RPOIS = (
    "public code index file 31212451443 (R, Spanish comments '# En este ejemplo se solucionan las ecuaciones de "
    "verosimilitud de un glm Poisson', '# Mi funcion de logvero'; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_sum_theta(d):
    return -float(np.sum(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_mean_theta_pen_tail(d):
    """Mean cross-entropy + λ/(2m)·Σ θ_k² over every θ but the first (Octave theta(2:end), Python theta[1:])."""
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _logistic_mean_theta_pen_lam_half_m(d):
    """(self.lam / 2 * X.shape[0]) is λ·m/2, not λ/(2m)."""
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam / 2 * d.m * float(d.theta @ d.theta)


def _sum_residual_over_2m(d):
    return float(np.sum(d.X @ d.theta - d.y)) / (2 * d.m)


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _mse_three_weights(d):
    r = d.theta0 + d.w[0] * d.X[:, 0] + d.w[1] * d.X[:, 1] - d.y
    return float(r @ r) / d.m


def _sse_slope_over_10(d):
    r = d.y - d.w[0] * d.x
    return float(r @ r) / 10


def _mse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


def _softplus_pm_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _poisson_loglik_b0_b1(d):
    eta = d.theta0 + d.theta1 * d.x
    return float(np.sum(d.y * eta - np.exp(eta) - np.array([math.lgamma(v + 1.0) for v in d.y])))


# ------------------------------------------------------------------ texts the items share
_ALIYUN_L = (
    r"L(w, b) = - \displaystyle \frac{1}{m} \sum_{i=1}^m (y_i \log (\sigma(z_i)) +(1-y_i) \log (1 - \sigma(z_i)))"
)
_ALIYUN_LETS = (r"z_j = x_j^Tw +b", r"h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T", r"z = (z_1, \cdots, z_m)^T",
                r"X = (x_1, x_2, \cdots, x_m)^T")
_ALIYUN_WHY = (
    "x_j is example j (a row of Data.X), w the weights, b the intercept (broadcast); z_j = x_jᵀw + b is read off "
    "'σ(x_j^Tw +b) = σ(z_j)': the mean cross-entropy"
)
_XIM_REG_J = (
    "J = sum(-y.*log(sigmoid(X*theta)) - (1-y).*log(1 - sigmoid(X*theta)))./m + "
    "(lambda/(2*m)).*(theta(2:length(theta))'*theta(2:length(theta)));"
)
_DIC_A_J = (
    "j = (np.sum((-y * np.log(y_hat)) - ((1 - y) * np.log(1 - y_hat))) / X.shape[0]) +  "
    "((self.lam / 2 * X.shape[0]) * np.sum(self.coef_**2))"
)
_DIC_A_LETS = ("y_hat = self._sigmoid(linear_join)", "linear_join = np.dot(X, self.coef_.T)")
_DIC_A_GRAD = "(np.dot(error.T, X) / X.shape[0]) + ((self.lam / X.shape[0]) * self.coef_)"
_DIC_A_GRAD_LETS = ("error = y_hat - y_copy", "y_copy = y.copy()", *_DIC_A_LETS)
_DIC_A_WHY = (
    "X has no ones column (bias=False branch), coef_ the weights (Data.theta); linear_join is "
    "self._logistic_hypothesis(X), whose body is np.dot(X, self.coef_.T)"
)
_PI_LOSS = "loss = np.sum((y_hat-y)**2)/num_train"
_PI_LETS = ("y_hat = np.dot(X, w) + b", "num_train = X.shape[0]")
_ZH3_LOSS = "loss = sum((y_pred[j] - y[j]) ** 2 for j in range(len(y))) / len(y)"
_ZH3_LETS = ("y_pred = [w[0] + w[1] * x[0] + w[2] * x[1] for x in X]",)
_ZH3_WHY = (
    "X[j] is example j with two features x[0], x[1] (Data.X[:, 0], Data.X[:, 1]); w[0] is the intercept w_0 "
    "(Data.theta0), w[1], w[2] the weights w_1, w_2 (Data.w[0], Data.w[1]): the MSE without ½"
)
_HERO_MSE = "def mse(b1, x, y, n):\n    return np.sum((y - b1 * x)**2) / n"
_HERO_WHY = (
    "a slope b1 with no intercept on one feature (Data.x, the salaries zp; y the scores ks, passed as "
    "mse(b1, zp, ks, n)); n = 10 is the script's number of examples, kept as the constant the script sets"
)
_SKRABIK_MSE = "err = np.mean((y - y_pred)**2)"
_SKRABIK_LETS = ("y_pred = np.dot(X, W)", "n = X.shape[0]")
_DMERAP_LETS = (r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",)
_DMERAP_J = r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
_DMERAP_MSE = r"MSE=\frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
_DMERAP_WHY = "one feature x⁽ⁱ⁾ (Data.x), slope w (Data.w[0]) and intercept b; the \\tag{…} dropped"
_DMERAP_COSTE = (
    "m = len(x)\n    cost_sum = 0\n    for i in range(m): #recorremos todas las observaciones y sumamos su coste\n"
    "        pred = w * x[i] + b\n        cost_sum += (pred - y[i]) ** 2\n"
    "    return (1 / (2 * m)) * cost_sum #promediamos el coste"
)
_DMERAP_GRAD = (
    "m = len(x)\n\n    #valores que devolveremos inicializados a cero\n    dj_dw = 0\n    dj_db = 0\n\n"
    "    #calculo de los gradientes\n    for i in range(m):\n        f_wb = w * x[i] + b #cálculo de la predicción\n"
    "        dj_dw_i = (f_wb - y[i]) * x[i]\n        dj_db_i = f_wb - y[i]\n        dj_db += dj_db_i\n"
    "        dj_dw += dj_dw_i\n    dj_dw = dj_dw / m"
)
_KIKI_LETS = ("predictions = self.sigmoid(z)", "z = np.dot(X, self.weights)")
_KIKI_WHY = (
    "the source gives no loss; graded against the mean cross-entropy (X with its prepended ones column is Data.X, "
    "self.weights the weight vector, y.size the number of examples m)"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A, forum and blog posts
    Cost(
        id="f51-aliyun-L-w-b-sum",
        source=ALIYUN + ", 'Logistic Regression 的损失函数为', first line)",
        text=_ALIYUN_L,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_ALIYUN_LETS[:1],
        why=_ALIYUN_WHY,
    ),
    Cost(
        id="f51-aliyun-L-w-b-matrix-broadcast",
        source=ALIYUN + ", 'Logistic Regression 的损失函数为', second line, '此时做了广播操作')",
        text=r"L(w, b) = - \frac{1}{m} (y^T\log (h(z)) + (\mathbf{1}-y)^T\log(\mathbf{1}- h(z)))",
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_ALIYUN_LETS[:3],
        why="the matrix form of the same mean cross-entropy: h(z) is σ applied to each z_j = x_jᵀw + b, 𝟏 the "
        "all-ones column; the trailing '\\text{ 此时做了广播操作}' dropped",
    ),
    Cost(
        id="f51-csdn-mirror-cost-h-of-x-unindexed",
        source=WEIXIN + ")",
        text=r"cost(h_{\theta}(x),y)=\sum_{i=1}^{m}-y_i log(h_{\theta}(x))-(1-y_i)log(1-h_{\theta}(x))",
        intended=_logistic_sum_theta,
        wrt=("theta_j",),
        lets=(r"h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-\theta ^Tx}}",),
        why="h_θ(x) carries no example index, but the sum is over the m examples with labels y_i: x is example i's "
        "feature vector (a row of Data.X) and the sum covers both terms: the summed cross-entropy (no 1/m)",
    ),
    Cost(
        id="f51-madio-J-summand-lost",
        source=MADIO + ")",
        text=r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m}",
        intended=None,
        wrt=("theta_j",),
        lets=(r"h_\theta(x) = \sigma(\theta^T x)",),
        expect="refuse",
        why="the sum has no summand (the post's bracket with y log h + (1 − y) log(1 − h) was lost): there is no cost "
        "to read",
    ),
    Cost(
        id="f51-mecxo-L-unbracketed-sum",
        source=MECXO + ", '可以得到损失函数为(取反,取对数)', labels 0, 1)",
        text=r"L=-\Sigma_{i=1}^{N}y_{i}log(\widehat{y^{i}})+(1-y_{i})log(1-\widehat{y^{i}})",
        intended=None,
        wrt=("w_j",),
        lets=(r"\widehat{y}=P(y=1|x)",),
        expect="refuse",
        why="no brackets after −Σ: read as written the sum and the minus stop at y_i log ŷ, leaving i free in a "
        "second term added with a plus sign; whether the author meant −Σ[y log ŷ + (1 − y) log(1 − ŷ)] cannot be told "
        "from the text",
    ),
    Cost(
        id="f51-mecxo-L-pm1-labels-log1p-exp",
        source=MECXO + ", '如果分类标签是+1,-1', last line)",
        text=r"L=\Sigma_{i=1}^{N}log(1+e^{-y_{i}x})",
        intended=_softplus_pm_w,
        wrt=("w_j",),
        lets=(r"x=w^{T}.x_{i}",),
        why="the note's '其中 x=w^{T}.x_{i}' (the dot a product): Σ log(1 + e^{−y_i wᵀx_i}), x_i a row of Data.X, "
        "labels ±1 in the source (the function of y is the same for any y)",
    ),
    Cost(
        id="f51-hero-mse-slope-no-intercept",
        source=HERO + ", def mse)",
        text=_HERO_MSE,
        intended=_sse_slope_over_10,
        wrt=("b1",),
        lets=("n = 10",),
        why=_HERO_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f51-ximenes-octave-cost-square-lost",
        source=XIM_COST + ")",
        text="m = length(y);\n  J = sum((X * theta - y))./ (2 * m)",
        intended=_sum_residual_over_2m,
        wrt=("theta_j",),
        why="the square is missing: as written J = Σ(Xθ − y)/(2m), linear in θ (X with its ones column is Data.X)",
    ),
    Cost(
        id="f51-ximenes-octave-costreg-J",
        source=XIM_REG + ")",
        text=_XIM_REG_J,
        intended=_logistic_mean_theta_pen_tail,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why="theta(1) multiplies X's ones column and is left out of the penalty (theta(2:length(theta))): θ's first "
        "component is unpenalised, the rest get λ/(2m)Σθ_k²",
    ),
    Cost(
        id="f51-dic-target-function-lam-over-2-times-m",
        source=DIC_A + ", def _target_function)",
        text=_DIC_A_J,
        intended=_logistic_mean_theta_pen_lam_half_m,
        wrt=("coef_j",),
        lets=_DIC_A_LETS,
        why="(self.lam / 2 * X.shape[0]) is (λ/2)·m, not λ/(2m): Python's / and * bind left to right. " + _DIC_A_WHY,
    ),
    Cost(
        id="f51-dic-loss-func-theta-tail-and-b-named-term",
        source=DIC_C + ", def loss_func)",
        text="a = -y*np.log(h_x)\n    b = (1-y)*np.log(1-h_x)\n    c = (lam/(2*len(h_x)))*np.sum(theta[1:]**2)\n"
        "    return (np.sum(a-b)/len(h_x)) + c",
        intended=_logistic_mean_theta_pen_tail,
        wrt=("theta_j",),
        lets=("h_x = 1/(1+np.exp(-np.dot(X,self.theta.T)))",),
        why="b is the second cross-entropy term here, not a bias; h_x is predict_proba(X), "
        "1/(1+np.exp(-self._linear_hypothesis(X))) with _linear_hypothesis's np.dot(X,self.theta.T) put in (X with its "
        "ones column is Data.X); theta[1:] leaves the bias weight out of the penalty",
    ),
    Cost(
        id="f51-pi-linear-loss-mse-w-b",
        source=PI + ", '# 损失函数')",
        text=_PI_LOSS,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        lets=_PI_LETS,
        why="X is num_train × features (Data.X), w the weight column, b the bias: the MSE without ½",
    ),
    Cost(
        id="f51-zh-loss-three-weights-list-comprehension",
        source=ZH3 + ", '# 计算损失')",
        text=_ZH3_LOSS,
        intended=_mse_three_weights,
        wrt=("w_0", "w_1", "w_2"),
        lets=_ZH3_LETS,
        why=_ZH3_WHY,
    ),
    Cost(
        id="f51-skrabik-calc-mse-W",
        source=SKRABIK + ", def calc_mse and the loop's y_pred)",
        text=_SKRABIK_MSE,
        intended=_mse_w,
        wrt=("W_j",),
        lets=_SKRABIK_LETS[:1],
        why="X with its ones column is Data.X, W the weight vector: the MSE",
    ),
    Cost(
        id="f51-dropbox-ru-quadratic-functional-loop",
        source=DROPBOX + ", In [3], '- Честно посчитать по формуле')",
        text="q = 0\nfor i in range(x.shape[0]):\n    q += (np.sum(w * x[i]) - y[i]) ** 2",
        intended=_sse_w,
        wrt=("w_j",),
        why="x is the object-feature matrix (Data.X), x[i] object i, w the weight vector: Σ(wᵀx_i − y_i)², no mean",
    ),
    Cost(
        id="f51-dropbox-ru-quadratic-functional-numpy",
        source=DROPBOX + ", In [4], '- Воспользоваться Numpy')",
        text="q = np.sum((np.sum(w * x, axis=1) - y) ** 2)",
        intended=_sse_w,
        wrt=("w_j",),
        why="np.sum(w * x, axis=1) is the row-wise product Xw (x the object-feature matrix, Data.X): Σ(Xw − y)²",
    ),
    Cost(
        id="f51-rpois-es-my-loglik-dpois",
        source=RPOIS + ")",
        text="my_loglik <- function(beta) {\n  b0 <- beta[1]\n  b1 <- beta[2]\n  eta <- b0 + b1 * x\n"
        "  mu <- exp(eta)\n  sum(dpois(x=y, lambda=mu, log=TRUE))\n}",
        intended=_poisson_loglik_b0_b1,
        wrt=("b_0", "b_1"),
        why="x, y the script's data vectors (one feature, Data.x; counts y); dpois(y, μ, log=TRUE) is "
        "y log μ − μ − log y!: the Poisson log-likelihood Σ[y(b0 + b1x) − e^{b0+b1x} − log y!] (a quantity to "
        "maximise, taken as written), b0, b1 Data.theta0, Data.theta1",
    ),
    # ============================================================ notes
    Cost(
        id="f51-dmerap-es-mse-one-feature",
        source=DMERAP + ", '4.1. Definición de la función de coste', (2))",
        text=_DMERAP_MSE,
        intended=_mse_slope_b,
        wrt=("w", "b"),
        lets=_DMERAP_LETS,
        why=_DMERAP_WHY,
    ),
    Cost(
        id="f51-dmerap-es-calculo-coste-loop",
        source=DMERAP + ", def calculo_coste)",
        text=_DMERAP_COSTE,
        intended=_half_mse_slope_b,
        wrt=("w", "b"),
        why="x the one feature (Data.x), w the slope, b the intercept: 1/(2m)Σ(wx + b − y)² (trailing blanks of the "
        "notebook's lines dropped)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f51-ximenes-octave-gradient-X-j-linear-index",
        source=XIM_GD + ", the loop 'for j = (2:theta_lenght)')",
        text="(1/m) * sum((h - y) * X(j))",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        why="X(j) is Octave's linear index: one scalar, entry j of X's first column (the ones column), not the column "
        "X(:, j), so the line is (1/m)Σ(h − y)·X(j) for every j instead of (1/m)Σ(h − y)x_j; h is the hypothesis "
        "θᵀx (the source's theta(1) .* X(:,1) + theta(2) .* X(:,2) + theta(3) .* X(:,3)); graded against the "
        "assignment's squared-error cost 1/(2m)Σ(h − y)² (the repository's cost.m lost its square)",
    ),
    Answer(
        id="f51-ximenes-octave-costreg-grad-a",
        source=XIM_REG + ", 'for a = 2:length(grad)')",
        text="grad(a) = sum((sigmoid(X*theta) - y).*X(:,a))./m + (lambda/m).*theta(a);",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="the loop's formula for component a; graded against the preset that penalises every θ_k, whose gradient "
        "it is at every component (the source keeps theta(1) out of the penalty and uses it for a ≥ 2 only)",
    ),
    Answer(
        id="f51-dic-grad-first-term-forgot-y",
        source=DIC_B + ", def gradient_descent, '# 第1項', '# 第２項', '# パラメータ更新')",
        text="grad_first_term + grad_second_term",
        cost="logistic-l2",
        verdict="different",
        wrt="coef_j",
        lets=(
            "grad_first_term =  np.dot(sig_hypo.T,  X) / len(X)",
            "grad_second_term = self.lmd / len(X) * temp_coef",
            "temp_coef = self.coef",
            "sig_hypo = self.sigmoid(z)",
            "z = np.dot(X, self.coef.T)",
        ),
        why="the first term is (1/m)σ(Xθ)ᵀX: the − y of (1/m)Xᵀ(σ − y) is missing; with the default no_bias=True "
        "temp_coef is coef itself, so the second term is the (λ/m)θ of λ/(2m)Σθ²; z is _sigmoid_hypothesis's "
        "_linear_hypothesis(X), whose body is np.dot(X, self.coef.T) (coef the weights, Data.theta)",
    ),
    Answer(
        id="f51-dic-grad-against-own-target-function",
        source=DIC_A + ", def _gradient_descent, 'バイアス項がない場合' branch)",
        text=_DIC_A_GRAD,
        cost=_DIC_A_J,
        verdict="different",
        wrt="coef_j",
        lets=_DIC_A_GRAD_LETS,
        why="graded against the class's own _target_function, whose penalty (self.lam / 2 * X.shape[0])Σθ² is "
        "(λm/2)Σθ²: its gradient's penalty term is λ·m·θ, the code's (λ/m)θ. " + _DIC_A_WHY,
    ),
    Answer(
        id="f51-pi-dw-drops-the-2",
        source=PI + ", '# 参数的偏导')",
        text="dw = np.dot(X.T, (y_hat-y)) /num_train",
        cost=_PI_LOSS,
        verdict="different",
        wrt="w_j",
        lets=_PI_LETS,
        why="the loss is the MSE without ½, whose gradient is (2/m)Xᵀ(ŷ − y); dw is half of it",
    ),
    Answer(
        id="f51-pi-db-drops-the-2",
        source=PI + ", '# 参数的偏导')",
        text="db = np.sum((y_hat-y)) /num_train",
        cost=_PI_LOSS,
        verdict="different",
        wrt="b",
        lets=_PI_LETS,
        why="∂/∂b of (1/m)Σ(ŷ − y)² is (2/m)Σ(ŷ − y); db is half of it",
    ),
    Answer(
        id="f51-dic-grad-against-preset",
        source=DIC_A + ", def _gradient_descent, 'バイアス項がない場合' branch)",
        text=_DIC_A_GRAD,
        cost="logistic-l2",
        verdict="equivalent",
        wrt="coef_j",
        lets=_DIC_A_GRAD_LETS,
        why="against the mean cross-entropy + λ/(2m)Σθ² (what the update was written for) the line is exact: "
        "(1/m)Xᵀ(σ(Xθ) − y) + (λ/m)θ, error.T·X being (Xᵀ error)ᵀ. " + _DIC_A_WHY,
    ),
    Answer(
        id="f51-zh-grad-w1",
        source=ZH3 + ", '# 计算梯度', grad_w1)",
        text="grad_w1 = 2 * sum((y_pred[j] - y[j]) * X[j][0] for j in range(len(y))) / len(y)",
        cost=_ZH3_LOSS,
        verdict="equivalent",
        wrt="w_1",
        lets=_ZH3_LETS,
        why=_ZH3_WHY,
    ),
    Answer(
        id="f51-zh-grad-w0",
        source=ZH3 + ", '# 计算梯度', grad_w0)",
        text="grad_w0 = 2 * sum(y_pred[j] - y[j] for j in range(len(y))) / len(y)",
        cost=_ZH3_LOSS,
        verdict="equivalent",
        wrt="w_0",
        lets=_ZH3_LETS,
        why=_ZH3_WHY,
    ),
    Answer(
        id="f51-hero-b1-step-gradient",
        source=HERO + ", the loop's 'b1 -= alpha * …')",
        text="(2 / n) * np.sum((b1 * zp - ks) * zp)",
        cost=_HERO_MSE,
        verdict="equivalent",
        wrt="b1",
        lets=("n = 10", "zp = x", "ks = y"),
        why=_HERO_WHY + "; zp = x and ks = y say how the script calls mse",
    ),
    Answer(
        id="f51-skrabik-W-step-vectorised",
        source=SKRABIK + ", the line after '# ИЗМЕНЕНИЯ')",
        text="2 / n * X.T @ ((X @ W) - y)",
        cost=_SKRABIK_MSE,
        verdict="equivalent",
        wrt="W_j",
        lets=_SKRABIK_LETS,
        why="the MSE's gradient (2/n)Xᵀ(XW − y), n the number of objects",
    ),
    Answer(
        id="f51-skrabik-W-k-commented-loop",
        source=SKRABIK + ", the commented-out loop 'for k in range(W.shape[0])')",
        text="1/n * 2 * X[:, k] @ (y_pred - y)",
        cost=_SKRABIK_MSE,
        verdict="equivalent",
        wrt="W_k",
        lets=_SKRABIK_LETS,
        why="component k: (2/n)Σ_i X[i, k](ŷ_i − y_i)",
    ),
    Answer(
        id="f51-dmerap-es-dJ-dw",
        source=DMERAP + ", '5.1. Definición', (4))",
        text=r"\frac{\partial J(w,b)}{\partial w}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})x^{(i)}",
        cost=_DMERAP_J,
        verdict="equivalent",
        wrt="w",
        lets=_DMERAP_LETS,
        why=_DMERAP_WHY + "; the align's & dropped",
    ),
    Answer(
        id="f51-dmerap-es-dJ-db",
        source=DMERAP + ", '5.1. Definición', (5))",
        text=r"\frac{\partial J(w,b)}{\partial b}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})",
        cost=_DMERAP_J,
        verdict="equivalent",
        wrt="b",
        lets=_DMERAP_LETS,
        why=_DMERAP_WHY + "; the align's & dropped",
    ),
    Answer(
        id="f51-dmerap-es-calculo-gradiente-dj-dw",
        source=DMERAP + ", def calculo_gradiente)",
        text=_DMERAP_GRAD,
        cost=_DMERAP_COSTE,
        verdict="equivalent",
        wrt="w",
        why="graded against the notebook's calculo_coste, 1/(2m)Σ(wx + b − y)²; trailing blanks dropped, the "
        "return line left out",
    ),
    Answer(
        id="f51-kikinoko-gradient-mean",
        source=KIKI + ")",
        text="gradient = np.dot(X.T, (predictions - y)) / y.size",
        cost="logistic",
        verdict="equivalent",
        wrt="weights_j",
        lets=_KIKI_LETS,
        why=_KIKI_WHY,
    ),
    Answer(
        id="f51-tarasov-dw-mean",
        source=TARASOV + ")",
        text="dw = (1 / n_samples) * np.dot(X.T, (y_pred - y))",
        cost="linear",
        verdict="equivalent",
        wrt="weights_j",
        lets=("y_pred = np.dot(X, self.weights) + self.bias", "n_samples, n_features = X.shape"),
        why="the source gives no loss; graded against 1/(2m)Σ(ŷ − y)², ŷ = Xw + bias (self.weights the weights)",
    ),
    Answer(
        id="f51-aliyun-grad-w-matrix",
        source=ALIYUN + ", '这样,我们有', first case)",
        text=r"\nabla_w L(w,b) = - \frac{1}{m}X^T(y-h(z))",
        cost=_ALIYUN_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_ALIYUN_LETS,
        why=_ALIYUN_WHY + "; the chain-rule middle '\\frac{\\text{d}z}{\\text{d}w} \\frac{\\text{d}L}{\\text{d}z} =' "
        "dropped",
    ),
    Answer(
        id="f51-aliyun-grad-b-ones",
        source=ALIYUN + ", '这样,我们有', second case)",
        text=r"\nabla_b L(w,b) = - \frac{1}{m}\mathbf{1}^T(y-h(z))",
        cost=_ALIYUN_L,
        verdict="equivalent",
        wrt="b",
        lets=_ALIYUN_LETS,
        why=_ALIYUN_WHY + "; 𝟏 the all-ones column, the chain-rule middle dropped",
    ),
    # ============================================================ one-slip variants (wrong)
    Answer(
        id="f51-aliyun-grad-w-minus-lost",
        source=ALIYUN + ", '这样,我们有', first case; variant: the leading minus dropped)",
        text=r"\nabla_w L(w,b) = \frac{1}{m}X^T(y-h(z))",
        cost=_ALIYUN_L,
        verdict="different",
        wrt="w_j",
        lets=_ALIYUN_LETS,
        why="variant: (1/m)Xᵀ(y − h) is the negative of the gradient; " + _ALIYUN_WHY,
    ),
    Answer(
        id="f51-ximenes-octave-costreg-grad-a-half-lambda",
        source=XIM_REG + ", 'for a = 2:length(grad)'; variant: lambda/m written lambda/(2*m))",
        text="grad(a) = sum((sigmoid(X*theta) - y).*X(:,a))./m + (lambda/(2*m)).*theta(a);",
        cost="logistic-l2",
        verdict="different",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="variant: the square's 2 cancels the ½ of λ/(2m)Σθ², so the penalty's derivative is (λ/m)θ, not (λ/2m)θ",
    ),
    Answer(
        id="f51-zh-grad-w2-wrong-column",
        source=ZH3 + ", '# 计算梯度', grad_w2; variant: X[j][1] written X[j][0])",
        text="grad_w2 = 2 * sum((y_pred[j] - y[j]) * X[j][0] for j in range(len(y))) / len(y)",
        cost=_ZH3_LOSS,
        verdict="different",
        wrt="w_2",
        lets=_ZH3_LETS,
        why="variant: w_2 multiplies the second feature x[1]; the line multiplies by the first. " + _ZH3_WHY,
    ),
    Answer(
        id="f51-hero-b1-step-2-dropped",
        source=HERO + ", the loop's 'b1 -= alpha * …'; variant: (2 / n) written (1 / n))",
        text="(1 / n) * np.sum((b1 * zp - ks) * zp)",
        cost=_HERO_MSE,
        verdict="different",
        wrt="b1",
        lets=("n = 10", "zp = x", "ks = y"),
        why="variant: the MSE has no ½, so its derivative keeps the 2; " + _HERO_WHY,
    ),
    Answer(
        id="f51-kikinoko-gradient-sign-flipped",
        source=KIKI + "; variant: (predictions - y) written (y - predictions))",
        text="gradient = np.dot(X.T, (y - predictions)) / y.size",
        cost="logistic",
        verdict="different",
        wrt="weights_j",
        lets=_KIKI_LETS,
        why="variant: Xᵀ(y − σ)/m is the negative of the gradient; " + _KIKI_WHY,
    ),
    Answer(
        id="f51-dmerap-es-dJ-dw-against-mse",
        source=DMERAP + ", (4) paired with (2); variant: graded against the notebook's MSE instead of J)",
        text=r"\frac{\partial J(w,b)}{\partial w}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})x^{(i)}",
        cost=_DMERAP_MSE,
        verdict="different",
        wrt="w",
        lets=_DMERAP_LETS,
        why="variant: (4) is the derivative of J = MSE/2; the MSE of (2) has derivative (2/m)Σ(f − y)x. " + _DMERAP_WHY,
    ),
]

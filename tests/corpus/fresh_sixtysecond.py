r"""A fresh held-out wave (f62): a mainstream mix drawn the way a grader would draw it, in three parts — LaTeX and
plain-text formulas from study notes and blog-style write-ups (Chinese and Japanese notes on Ng's course, a Chinese
article on ridge/LASSO/elastic net, a Chinese bioinformatics article's ridge loss, a French student report on the
softmax cost), hand-written gradient code from course homework (a University of Ljubljana UOZP regularized
linear-regression assignment, Zhejiang University's Deng Cai ML course in MATLAB, a Spanish NumPy class, a personal
ridge-by-gradient-descent class, an Octave ex5 file with Japanese comments), and the slips real people make in them
(a gradient divided by the number of features, a penalty gradient 2λΣw instead of 2λw, an ascent step that adds
+2λw, a misnested log bracket).

Gathered blind (logderiv's code, docs and tests other than items.py and the previous wave unread, logderiv not run
while choosing or working out items) from pages, files and repositories absent from /tmp/p/used_sources.txt:

* notes: Linjiayu6/Machine-Learning-Practice (Chinese README notes with LaTeX-ish formulas and np.mat code); the
  public code index files 30894247297 (a Chinese article on LASSO, ridge and elastic net) and 30859322076 (a Chinese
  article on matrix analysis in bioinformatics, its ridge loss); David-Kyrat/13X005-AI-Project report/cost_function.md
  (French, the softmax negative log-likelihood);
* code: the public code index file 27036941977 (UOZP HW4 hw4.py, solved; the blank template is
  MatevzVidovic/UOZP Matevz/Naloga5/hw4.py), 15310271554 (class GradientDescentRidge), 28801246515 (ex5
  linearRegCostFunction with Japanese comments); donmatthiuz/IA regresion_logistica.py (Spanish);
  daisyjack/usual_ML_algorithm and UpCoder/DengCai-ML (Deng Cai's ML course, logistic.m and logistic_r.m).

Names follow the sources: X, X_100_3, tx are the design matrix Data.X; in the Deng Cai MATLAB files X is P-by-N
(features × samples, after the row of ones is prepended), i.e. Data.X.T, and y the 1-by-N row Data.y; theta, w,
weights, self.w, β are the weight vector, b and self.b the intercept Data.b; lambda, λ, l2_lambda, reg_lambda and
lambda_ are Data.lam. Where a source gives no cost for an answer, ``why`` says which cost it is graded against. The
real mistakes come first, then one-slip variants of real answers, marked "variant"; verdicts were worked out by
hand and checked against central finite differences (/tmp/f62/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
UOZP = (
    "public code index file 27036941977 (Python, University of Ljubljana UOZP 'HW4: Regularized Linear Regression "
    "using gradient descent', hw4.py solved: def cost / def gradient; the index does not name its repository; the "
    "blank template is github.com/MatevzVidovic/UOZP Matevz/Naloga5/hw4.py"
)
WNGUYEN = (
    "public code index file 15310271554 (Python, '# William Nguyen', class GradientDescentRidge; the index does not "
    "name its repository"
)
DONM = "https://github.com/donmatthiuz/IA/blob/41c5a55f3453eb3d915f64dc19b794abd0456b8b/regresion_logistica.py"
LJY_LIN = (
    "https://github.com/Linjiayu6/Machine-Learning-Practice/blob/0cc13013e8c27b3ea448587a619f3f0794e67837/"
    "Regression/linear_regression/README_1_basic.md ('### 2.2 梯度下降方法 (def train_gradient_descent)'"
)
LJY_BGD = (
    "https://github.com/Linjiayu6/Machine-Learning-Practice/blob/0cc13013e8c27b3ea448587a619f3f0794e67837/"
    "Regression/logistic_regression/basic/README_1_bgd.md ('## 3. code', def train, and '### 2.1 关系I'"
)
LJY_REG = (
    "https://github.com/Linjiayu6/Machine-Learning-Practice/blob/e06f823b063bf52ee749fe2982141e351b093d51/"
    "Regression/logistic_regression/basic/README_4_regularization_optimization.md ('# 正则化处理 逻辑回归'"
)
KYRAT = (
    "https://github.com/David-Kyrat/13X005-AI-Project/blob/06236ee49dc04ecacc84e7d88e12a4ce8f614576/report/"
    "cost_function.md ('# Fonction de coût pour la régression logistique'"
)
ZH_EN = (
    "public code index file 30894247297 (Markdown, a Chinese article '# 1.背景介绍' on LASSO, 岭回归 and Elastic Net; the "
    "index does not name its repository"
)
ZH_BIO = (
    "public code index file 30859322076 (Markdown, a Chinese article on 矩阵分析 in 生物信息学, '## 3.2 岭回归'; the index "
    "does not name its repository"
)
JA_EX5 = (
    "public code index file 28801246515 (Octave, ex5 linearRegCostFunction with Japanese comments "
    "'thetaの最初の要素は正規化項の計算に含めない'; the index does not name its repository"
)
DAISY_LR = (
    "https://github.com/daisyjack/usual_ML_algorithm/blob/a8fac939f77babc0a46a1f7aa16c39b6cab967d4/part02/"
    "part2_code/linear-models/logistic.m (Deng Cai's ML course, Zhejiang University"
)
DAISY_LRR = (
    "https://github.com/daisyjack/usual_ML_algorithm/blob/a8fac939f77babc0a46a1f7aa16c39b6cab967d4/part02/"
    "part2_code/regularization-cross-validation/logistic_r.m (Deng Cai's ML course"
)
UPCODER = (
    "https://github.com/UpCoder/DengCai-ML/blob/d730936567720f9bbb8ec8b6373998bd9daa3ca1/A2-MyAnswer/linear-models/"
    "logistic.m (Deng Cai's ML course"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _uozp(d):
    t = d.theta
    r = d.X @ t - d.y
    return (float(r @ r) + d.lam * float(t[1:] @ t[1:])) / (2 * d.m)


def _wnguyen(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m + d.lam * float(d.w @ d.w)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_sum_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) + d.lam * float(d.beta @ d.beta)


def _ridge_half_n_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) / (2 * d.m) + d.lam / 2 * float(d.beta @ d.beta)


def _ex5_reg_linear(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


# ------------------------------------------------------------------ texts the items share
_UOZP_COST = "(np.sum((X @ theta - y)**2) + l2_lambda * np.sum(theta[1:]**2)) / (2 * len(y))"
_UOZP_WHY = (
    "X is the n_samples × n_features design matrix (Data.X), theta the coefficients, l2_lambda the λ (Data.lam); "
    "theta[0] (the intercept's coefficient) is left out of the penalty: (‖Xθ − y‖² + λΣ_{k≥1}θ_k²)/(2m)"
)

_WN_COST = "(1/n) * np.sum((X.dot(self.w) + self.b - y)**2) + self.reg_lambda * np.sum(self.w**2)"
_WN_LETS = ("n = X.shape[0]", "y_prediction = X.dot(self.w) + self.b")
_WN_WHY = (
    "X the n × d design matrix (Data.X), self.w the d × 1 weights (Data.w), self.b the intercept (Data.b), y the "
    "targets, self.reg_lambda the λ (Data.lam): (1/n)Σ(x_iᵀw + b − y_i)² + λ‖w‖²"
)

_DON_COST = "-np.mean(Y * np.log(sigmoid) + (1 - Y) * np.log(1 - sigmoid))"
_DON_LETS = ("sigmoid = 1 / (1 + np.exp(-(np.dot(X, w) + b)))",)
_DON_WHY = (
    "Spanish course code; X the design matrix (Data.X), w the weights, b the bias, Y the 0/1 labels (Data.y); "
    "'sigmoid' is a variable holding σ(Xw + b), not the function; the loss is the one the training loop prints"
)

_LJY_LIN_COST = r"J(\theta) = 1/2m * sum((h_{\theta}(x) - y) ^ 2)"
_LJY_LIN_WHY = (
    "1/2m is 1/(2m) (ML notes' convention); h is undefined here and in a squared-error cost means the linear model "
    "h_θ(x) = θᵀx, so J = Σ(Xθ − y)²/(2m) with X the data set whose first column x0 = 1 (Data.X)"
)

_LJY_BGD_LETS = (
    "dW_3_1 = X_100_3.T * (h_100_1 - y_100_1)",
    "h_100_1 = sigmoid(z_100_1)",
    "z_100_1 = X_100_3 * weights_3_1",
    "m, n = np.array(X_100_3).shape",
)
_LJY_BGD_WHY = (
    "np.mat products: X_100_3 is the m × n design matrix (Data.X, m = 100 examples, n = 3 columns), weights_3_1 the "
    "n × 1 weights, y_100_1 the labels; the notes give no cost for this code (the README they cite is Ng's course), "
    "so it is graded against the mean cross-entropy with the sigmoid model (the 'logistic' preset)"
)

_KYRAT_COST = r"-\sum_i^n \sum_k^K f(Y, k)\log(P(Y_i = k | X_i))"
_KYRAT_LETS = (
    r"P(Y = k| X )=\frac{e^{X \theta_k^T}}{\sum_{i = 0}^K e^{X \theta_i^T}}",
    r"f(Y, k) la fonction qui vaut 1 si Y = k et 0 sinon",
)

_ZH_RIDGE = r"L(\beta) = \sum_{i=1}^{n} (y_i - \sum_{j=1}^{p} x_{ij} \beta_j)^2 + \lambda \sum_{j=1}^{p} \beta_j^2"
_ZH_LASSO = r"L(\beta) = \sum_{i=1}^{n} (y_i - \sum_{j=1}^{p} x_{ij} \beta_j)^2 + \lambda \sum_{j=1}^{p} |\beta_j|"
_ZH_WHY = (
    "x_ij is feature j of example i (Data.X), β the coefficients (Data.beta), n examples and p features: the summed "
    "squared error plus λΣβ_j² (no ½, no 1/n)"
)

_BIO_COST = (
    r"L(\beta) = \frac{1}{2n}\sum_{i=1}^n (y_i - X_i^T\beta)^2 + \frac{\lambda}{2}\sum_{j=1}^p \beta_j^2"
)
_BIO_WHY = (
    "X_i is the feature vector of example i (row i of Data.X), β the coefficients, n examples, p features: "
    "(1/(2n))‖y − Xβ‖² + (λ/2)‖β‖²; the article gives no gradient ('通过对上述损失函数进行梯度下降优化')"
)

_JA_COST = "J = 1 / (2 * m) * sum((h - y) .^ 2) + Jreg;"
_JA_LETS = ("h = X * theta;", "Jreg = lambda / (2 * m) * sum(theta(2:end) .^ 2);", "m = length(y)")
_JA_WHY = (
    "X the design matrix with its column of ones (Data.X), theta the coefficients with theta(1) = Data.theta[0] "
    "unpenalised (the comment: thetaの最初の要素は正規化項の計算に含めない): 1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²"
)

_DENG_LL = "y * log(1 ./ (1 + exp(-w' * X)))' + (1 - y) * log(1 - 1 ./ (1 + exp(-w' * X)))'"
_DENG_LL_REG = _DENG_LL + " - lambda * (w' * w)"
_DENG_WHY = (
    "Deng Cai's course: X is P-by-N (one column per example; after X = [ones(1, N); X] it is the transposed design "
    "matrix with its ones, Data.X.T), y the 1-by-N labels with −1 mapped to 0 (Data.y), w the (P+1)-by-1 weights; "
    "the file gives no cost: the update w = w + a*(…) is gradient ASCENT, so the bracket is graded as the gradient "
    "of the log-likelihood ℓ(w) = Σ[y log σ(wᵀx) + (1 − y) log(1 − σ(wᵀx))], written here in the file's names"
)
_DENG_REG_WHY = (
    "the regularized file is graded against the objective its ascent should maximise, ℓ(w) − λ‖w‖² (the course's "
    "L2-regularized logistic regression; the unregularized direction in the same repository is X*(y' − σ)); "
    + _DENG_WHY
)

COSTS: list[Cost] = [
    # ============================================================ code
    Cost(
        id="f62-uozp-hw4-ridge-cost",
        source=UOZP + ", def cost, return)",
        text=_UOZP_COST,
        intended=_uozp,
        wrt=("theta_j",),
        why=_UOZP_WHY,
    ),
    Cost(
        id="f62-wnguyen-gradient-descent-ridge-mse",
        source=WNGUYEN + ", def mse, return)",
        text=_WN_COST,
        intended=_wnguyen,
        wrt=("w_j", "b"),
        lets=("n = X.shape[0]",),
        why=_WN_WHY,
    ),
    Cost(
        id="f62-donmatthiuz-logistica-loss",
        source=DONM + " (def algoritmo_sin_librerias, loss =)",
        text=_DON_COST,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_DON_LETS,
        why=_DON_WHY,
    ),
    Cost(
        id="f62-ja-ex5-linearregcost-jreg",
        source=JA_EX5 + ", J =)",
        text=_JA_COST,
        intended=_ex5_reg_linear,
        wrt=("theta_j",),
        lets=_JA_LETS,
        why=_JA_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f62-linjiayu-linear-J-half-m",
        source=LJY_LIN + ", '**`Equation - J`**')",
        text=_LJY_LIN_COST,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why=_LJY_LIN_WHY,
    ),
    Cost(
        id="f62-linjiayu-logistic-J-reg-misnested",
        source=LJY_REG + ", '逻辑回归 有损函数 with regularization:')",
        text=r"J(\theta) = 1/m * sum(-ylog(h_\theta(x) - (1-y)log(1 - h_\theta(x)))) + \lambda/2m * sum(\theta^2)",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="the bracket of the first log closes only after the second term: read as written the cost is "
        "−y·log(h − (1−y)log(1−h)), a different function from the cross-entropy the notes mean (and log(…) of a "
        "possibly negative argument); the text cannot be read as the cost it means without moving a bracket",
    ),
    Cost(
        id="f62-linjiayu-logistic-J-misnested",
        source=LJY_REG + ", '逻辑回归 有损函数:')",
        text=r"J(\theta) = 1/m * sum(-ylog(h_\theta(x) - (1-y)log(1 - h_\theta(x))))",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="the same misnested bracket without the penalty: the second term sits inside the first log",
    ),
    Cost(
        id="f62-kyrat-softmax-nll",
        source=KYRAT + ", the last line of the cost's derivation, before '## Dérivée')",
        text=_KYRAT_COST,
        intended=None,
        wrt=("theta_j",),
        lets=_KYRAT_LETS,
        expect="refuse",
        why="softmax over K classes with one weight vector θ_k per class (and an indicator f(Y, k)): a multiclass "
        "cost, not supported",
    ),
    Cost(
        id="f62-zh-ridge-sum-beta",
        source=ZH_EN + ", '# 2.2 Elastic Net回归': '岭回归的目标是最小化以下损失函数')",
        text=_ZH_RIDGE,
        intended=_ridge_sum_beta,
        wrt=("beta_j",),
        why=_ZH_WHY,
    ),
    Cost(
        id="f62-zh-lasso-abs",
        source=ZH_EN + ", '# 2.1 LASSO回归')",
        text=_ZH_LASSO,
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="abs: the L1 penalty λΣ|β_j| is not differentiable where β_j = 0",
    ),
    Cost(
        id="f62-zh-bio-ridge-half-n",
        source=ZH_BIO + ", '岭回归的目标是最小化以下损失函数')",
        text=_BIO_COST,
        intended=_ridge_half_n_beta,
        wrt=("beta_j",),
        why=_BIO_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f62-wnguyen-grad-w-sum-of-w",
        source=WNGUYEN + ", def compute_gradients, grad_w =)",
        text="grad_w = (2/n) * X.T.dot(y_prediction - y) + 2 * self.reg_lambda * np.sum(self.w)",
        cost=_WN_COST,
        verdict="different",
        wrt="w_j",
        lets=_WN_LETS,
        why="the penalty λ‖w‖² has gradient 2λw; 2λ·Σ_k w_k adds the same scalar to every component; the data "
        "term (2/n)Xᵀ(ŷ − y) is right; " + _WN_WHY,
    ),
    Answer(
        id="f62-wnguyen-grad-b",
        source=WNGUYEN + ", def compute_gradients, grad_b =)",
        text="grad_b = (2/n) * np.sum(y_prediction - y)",
        cost=_WN_COST,
        verdict="equivalent",
        wrt="b",
        lets=_WN_LETS,
        why="b is not penalised: ∂/∂b = (2/n)Σ(ŷ − y); " + _WN_WHY,
    ),
    Answer(
        id="f62-linjiayu-bgd-dW-over-n-features",
        source=LJY_BGD + ": 'weights_3_1 -= alpha * dW_3_1 / n', '导数: (除以总数 n = 3)')",
        text="dW_3_1 / n",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=_LJY_BGD_LETS,
        why="n = 3 is the number of columns (m, n = X.shape), not the number of examples m = 100: Xᵀ(σ − y)/n is "
        "m/n times the mean cross-entropy's gradient (the notes call it '所有导数和的平均值', meaning /m); "
        + _LJY_BGD_WHY,
    ),
    Answer(
        id="f62-linjiayu-linear-gd-step",
        source=LJY_LIN + ", def train_gradient_descent, weights -= alpha * …)",
        text="1/m * (X.T * (X * weights - Y))",
        cost=_LJY_LIN_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=("X, Y = np.mat(xArr), np.mat(yArr).T", "m, n = X.shape"),
        why="np.mat '*' is the matrix product: Xᵀ(Xw − Y)/m, the gradient of Σ(Xθ − y)²/(2m) (weights = θ); "
        + _LJY_LIN_WHY,
    ),
    Answer(
        id="f62-uozp-hw4-gradient",
        source=UOZP + ", def gradient, return)",
        text="((X.T @ (X @ theta - y)) + l2_lambda * np.hstack((0, theta[1:]))) / len(y)",
        cost=_UOZP_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="np.hstack((0, theta[1:])) is θ with its first entry set to 0, the unpenalised intercept's; " + _UOZP_WHY,
    ),
    Answer(
        id="f62-donmatthiuz-delta-j-w",
        source=DONM + " (def delta_j_w)",
        text="partial_loss = (sigmoid - Y).reshape(-1, 1) * X \nderivative = partial_loss.mean(axis=0)",
        cost=_DON_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DON_LETS,
        why="row i of partial_loss is (σᵢ − yᵢ)xᵢ; its mean over the examples is (1/m)Xᵀ(σ − y); " + _DON_WHY,
    ),
    Answer(
        id="f62-donmatthiuz-delta-j-b",
        source=DONM + " (def delta_j_b)",
        text="partial_loss = sigmoid - Y \nderivative = partial_loss.mean()",
        cost=_DON_COST,
        verdict="equivalent",
        wrt="b",
        lets=_DON_LETS,
        why=_DON_WHY,
    ),
    Answer(
        id="f62-daisyjack-logistic-r-plus-2-lambda-w",
        source=DAISY_LRR + ", w = w + a * (…) in the while loop)",
        text="X * (y' - (1 ./ (1 + exp(w' * X * -1))')) + 2*lambda*w",
        cost=_DENG_LL_REG,
        verdict="different",
        wrt="w_j",
        why="the ascent direction for ℓ(w) − λ‖w‖² is X(y − σ)ᵀ − 2λw; adding +2λw climbs ℓ + λ‖w‖², pushing the "
        "weights up instead of shrinking them; " + _DENG_REG_WHY,
    ),
    Answer(
        id="f62-daisyjack-logistic-ascent-direction",
        source=DAISY_LR + ", w = w + a * …)",
        text="X * (y' - (1 ./ (1 + exp(w' * X * -1))'))",
        cost=_DENG_LL,
        verdict="equivalent",
        wrt="w_j",
        why="X (P × N) times the column y − σ(wᵀX) is Σ(yᵢ − σᵢ)xᵢ, ∇ℓ; " + _DENG_WHY,
    ),
    Answer(
        id="f62-upcoder-logistic-cal-variance",
        source=UPCODER + ", function cal_variance)",
        text="variance = (y - predict) * X';",
        cost=_DENG_LL,
        verdict="equivalent",
        wrt="w_j",
        lets=("predict = h(w' * X)", "h(x) = 1.0 ./ (1 + exp(-x))"),
        why="a 1 × (P+1) row (transposed on the next line), Σ(yᵢ − σᵢ)xᵢᵀ: ∇ℓ as a row; " + _DENG_WHY,
    ),
    Answer(
        id="f62-ja-ex5-grad-then-fix-first",
        source=JA_EX5 + ", grad = … grad(1) = …)",
        text="grad = 1 / m * X' * (h - y) + lambda / m * theta;\ngrad(1) = grad(1) - lambda / m * theta(1);",
        cost=_JA_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_JA_LETS,
        why="the second line takes the penalty back out of the first component (the comment: j = 0の時のパラメータ"
        "を計算); " + _JA_WHY,
    ),
    Answer(
        id="f62-zh-lasso-gradient-sign",
        source=ZH_EN + ", '# 3.3 稀疏回归', '计算每个参数的梯度')",
        text=r"\frac{\partial L}{\partial \beta_j} = -2 \sum_{i=1}^{n} (y_i - \sum_{k=1}^{p} x_{ik} \beta_k) x_{ij} "
        r"+ \lambda \text{sign}(\beta_j)",
        cost=_ZH_LASSO,
        verdict="refuse",
        wrt="beta_j",
        why="the cost has λΣ|β_j|, not differentiable at β_j = 0; sign(β_j) is a subgradient choice",
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f62-wnguyen-grad-w-fixed",
        source=WNGUYEN + "; variant: 2λw for 2λΣw)",
        text="grad_w = (2/n) * X.T.dot(y_prediction - y) + 2 * self.reg_lambda * self.w",
        cost=_WN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_WN_LETS,
        why="variant: the penalty's gradient as it should be; " + _WN_WHY,
    ),
    Answer(
        id="f62-linjiayu-bgd-dW-over-m",
        source=LJY_BGD + "; variant: / m for / n)",
        text="dW_3_1 / m",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=_LJY_BGD_LETS,
        why="variant: divided by the number of examples, the mean cross-entropy's gradient; " + _LJY_BGD_WHY,
    ),
    Answer(
        id="f62-uozp-hw4-gradient-mask-dropped",
        source=UOZP + "; variant: theta for np.hstack((0, theta[1:])))",
        text="((X.T @ (X @ theta - y)) + l2_lambda * theta) / len(y)",
        cost=_UOZP_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: theta[0] is not in the penalty, so its component must get no λθ₀/m; " + _UOZP_WHY,
    ),
    Answer(
        id="f62-donmatthiuz-delta-j-w-sum",
        source=DONM + "; variant: .sum(axis=0) for .mean(axis=0))",
        text="partial_loss = (sigmoid - Y).reshape(-1, 1) * X \nderivative = partial_loss.sum(axis=0)",
        cost=_DON_COST,
        verdict="different",
        wrt="w_j",
        lets=_DON_LETS,
        why="variant: the summed gradient is m times the mean loss's; " + _DON_WHY,
    ),
    Answer(
        id="f62-daisyjack-logistic-r-minus-2-lambda-w",
        source=DAISY_LRR + "; variant: − 2*lambda*w, as UpCoder/DengCai-ML's logistic_r.m steps)",
        text="X * (y' - (1 ./ (1 + exp(w' * X * -1))')) - 2*lambda*w",
        cost=_DENG_LL_REG,
        verdict="equivalent",
        wrt="w_j",
        why="variant: the sign fixed, ∇ℓ − 2λw; " + _DENG_REG_WHY,
    ),
    Answer(
        id="f62-ja-ex5-grad-no-fix",
        source=JA_EX5 + "; variant: the grad(1) line dropped)",
        text="grad = 1 / m * X' * (h - y) + lambda / m * theta;",
        cost=_JA_COST,
        verdict="different",
        wrt="theta_j",
        lets=_JA_LETS,
        why="variant: without the correction theta(1) gets a λθ₁/m it has no penalty for; " + _JA_WHY,
    ),
    Answer(
        id="f62-zh-ridge-gradient-2-lambda",
        source=ZH_EN + "; variant: the sparse-regression gradient with its λsign(β_j) replaced by the ridge term "
        "2λβ_j)",
        text=r"\frac{\partial L}{\partial \beta_j} = -2 \sum_{i=1}^{n} (y_i - \sum_{k=1}^{p} x_{ik} \beta_k) x_{ij} "
        r"+ 2\lambda\beta_j",
        cost=_ZH_RIDGE,
        verdict="equivalent",
        wrt="beta_j",
        why="variant: −2Σ(y_i − x_iᵀβ)x_ij + 2λβ_j is the ridge cost's partial; " + _ZH_WHY,
    ),
    Answer(
        id="f62-zh-ridge-gradient-lambda",
        source=ZH_EN + "; variant: λβ_j for 2λβ_j)",
        text=r"\frac{\partial L}{\partial \beta_j} = -2 \sum_{i=1}^{n} (y_i - \sum_{k=1}^{p} x_{ik} \beta_k) x_{ij} "
        r"+ \lambda\beta_j",
        cost=_ZH_RIDGE,
        verdict="different",
        wrt="beta_j",
        why="variant: λΣβ_j² has no ½, so its partial is 2λβ_j; " + _ZH_WHY,
    ),
    Answer(
        id="f62-zh-bio-ridge-gradient",
        source=ZH_BIO + "; variant: the gradient the article leaves to '梯度下降优化', written out)",
        text=r"\frac{\partial L}{\partial \beta_j} = -\frac{1}{n}\sum_{i=1}^n (y_i - X_i^T\beta) x_{ij} + "
        r"\lambda\beta_j",
        cost=_BIO_COST,
        verdict="equivalent",
        wrt="beta_j",
        why="variant: the ½ and the ½ cancel the 2s; x_ij is entry j of X_i; " + _BIO_WHY,
    ),
    Answer(
        id="f62-zh-bio-ridge-gradient-no-n",
        source=ZH_BIO + "; variant: the 1/n dropped)",
        text=r"\frac{\partial L}{\partial \beta_j} = -\sum_{i=1}^n (y_i - X_i^T\beta) x_{ij} + \lambda\beta_j",
        cost=_BIO_COST,
        verdict="different",
        wrt="beta_j",
        why="variant: the data term is n times too large against the (1/(2n)) loss; " + _BIO_WHY,
    ),
]

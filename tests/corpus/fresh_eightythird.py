r"""A fresh held-out wave (f83), as a TA's inbox would hold it: an R port of the ex1 cost written as a loop and its
gradient loop, a small NumPy regression base class and its logistic subclass (a half-mean squared error and a summed
cross-entropy, each with its gradient), a Spanish-commented NumPy script that accumulates both partials of a mean
squared error in a loop, a 'LogisticRegression' class whose gradients are those of the mean squared error of the
linear output (the sigmoid is never applied while training) and the same project's linear class, a Chinese LaTeX note
whose logistic cost carries a double minus, a Spanish Octave project whose cost is written as log(prod(exp(…))),
two ex5 linearRegCostFunction files (one that zeroes theta(1,1) before the cost, one that squares theta in place),
and five public code files: a logistic 'LinearClassifier' whose dw has the residual turned around, a Chinese
blog's NumPy descent whose gradients both have the wrong sign (and one lost its 2), a Spanish ADALINE class
(0.5·mean squared error, dw and db with a leading minus), an Italian Octave logistic-regression function, and an
Octave costFunction whose cost and gradient are both sums.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers of every wave, the f82 wave included, and a distinctive line of each index file
grepped in tests/); 30 of the 45 items come from sources with an address:

* R: github.com/byelipk/linear-regression-with-r (algorithms.r, cost_function and gradient_descent);
* NumPy: github.com/sanayei/mlalg (regression.py, class Regression; logistic_regression.py, class
  LogisticRegression(Regression)), github.com/LBanda/streamlit-m5 (DL/sdg.py, Spanish comments),
  github.com/Albert14Aguero/P1_SciKitty (scikitty/models/LogisticRegression.py and LinearRegression.py);
* LaTeX/Markdown: github.com/tz301/notes (LogisticRegression/README.tex.md, Chinese);
* Octave/MATLAB: github.com/SamArtGS/ProyectoML-MatLab---R- (CostoComputacional.m, Spanish),
  github.com/dkonst001/Machine-Learning-examples (mlclass-ex5/linearRegCostFunction.m),
  github.com/asifelhan/ML-Coursera (machine-learning-ex5/ex5/linearRegCostFunction.m);
* code without an address: public code index files 42764531407 (Python, class LinearClassifier), 30283019071
  (a Chinese Markdown post with a NumPy block, '# 损失函数' / '# 优化算法'), 25075683533 (Python, Spanish
  comments, class ADALINE), 8848375463 (Octave, Italian comments, logisticRegressionFromScratch) and 13960253821
  (Octave, a summed costFunction).

Names follow the sources: X, xTrain, X[i, ] (a row) are Data.X; y, Y, y_true, yTrain, trY, y[i] are Data.y; theta,
Θ (a vector) are Data.theta; self.W, w, self.w, self.weights are Data.w (vectors); b, self.b, self.bias are Data.b;
lambda is Data.lam; m, N, n_samples, num_samples, y.size, length(y), height(yTrain) are the number of examples
(Data.m). In LBanda's one-feature script the scalar slope W is Data.w[0], b is Data.b and the one feature trX is
Data.x. Where a source gives no cost for an answer, ``why`` says which cost it is graded against (written in the
source's own names). The real mistakes come first among the answers, then the real right answers, then the one-slip
variants of real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences
of the costs (/tmp/f83/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
BYE = (
    _GH + "byelipk/linear-regression-with-r/blob/14e05bd45da67ee48d7c06bd261c50e7e9c5fb86/algorithms.r (R, "
    "'# Ideally we'd like a piece of software to automatically find the minimized values of theta'"
)
SANL = _GH + "sanayei/mlalg/blob/6574ab37867ab990f6e483bd49de964dd056b749/regression.py (Python, class Regression"
SANG = (
    _GH + "sanayei/mlalg/blob/6574ab37867ab990f6e483bd49de964dd056b749/logistic_regression.py (Python, class "
    "LogisticRegression(Regression)"
)
LBA = (
    _GH + "LBanda/streamlit-m5/blob/8e0ce11de556c19be1ae29d56309851f9e099407/DL/sdg.py (Python, Spanish comments, "
    "'# Proceso iterativo'"
)
ALBG = (
    _GH + "Albert14Aguero/P1_SciKitty/blob/81b3cf7403d1baa86dd2af6a013d94e55d7867c5/scikitty/models/"
    "LogisticRegression.py (Python, class LogisticRegression, def fit"
)
ALBL = (
    _GH + "Albert14Aguero/P1_SciKitty/blob/49b2ff421ed016dbe81894ccad617b8fe7ffe600/scikitty/models/"
    "LinearRegression.py (Python, class LinearRegressionP, def fit"
)
TZ = (
    _GH + "tz301/notes/blob/15f5bab8148055e2b1cbb8709d01fd7383a5649a/LogisticRegression/README.tex.md (Chinese notes, "
    "'## Cost Function', '上式为仅针对一个样本的代价函数, 对于一个数据集, 代价函数写成:'"
)
SAM = (
    _GH + "SamArtGS/ProyectoML-MatLab---R-/blob/c3261b9afd7408ee4c03451f0329dd12a206f637/CostoComputacional.m "
    "(MATLAB, Spanish project, function J = CostoComputacional(X, Y, theta)"
)
DKO = (
    _GH + "dkonst001/Machine-Learning-examples/blob/9d12fd6fdb920846f061b7b58f308cc9a09abc35/mlclass-ex5/"
    "linearRegCostFunction.m (Octave, ex5"
)
ASI = (
    _GH + "asifelhan/ML-Coursera/blob/6c1d595c703b766128fd31d449052a42564cd4cd/machine-learning-ex5/ex5/"
    "linearRegCostFunction.m (Octave, ex5"
)
IDX_LC = "public code index file 42764531407 (Python, '# Logistic Regression – Linear classifier using gradient descent', def fit"
IDX_ZH = (
    "public code index file 30283019071 (Chinese Markdown post with a Python block, '以下是一个简单的Python代码实例', "
    "def gradient_descent"
)
IDX_AD = "public code index file 25075683533 (Python, Spanish comments, class ADALINE, def fit"
IDX_IT = (
    "public code index file 8848375463 (Octave, Italian comments, function predictions = "
    "logisticRegressionFromScratch(…), '% Discesa del gradiente'"
)
IDX_OCT = "public code index file 13960253821 (Octave, function [J, grad] = costFunction(theta, X, y)"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _half_mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / (2 * d.m)


def _sum_ce_w(d):
    return -float(np.sum(_ce_terms(d, sig(d.X @ d.w))))


def _sum_ce_theta(d):
    return -float(np.sum(_ce_terms(d, sig(d.X @ d.theta))))


def _mean_ce_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _mean_loglik_theta(d):
    return float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _mean_ce_w_b(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w + d.b))))


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _half_mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _reg_half_mse_theta_skip0(d):
    return _half_mse_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


# ------------------------------------------------------------------ texts the items share
# --- byelipk (R)
_BYE_COST = (
    "cost_function <- function(X, y, theta) {\n  number_of_rows <- length(y)\n  J <- rep(0, length=number_of_rows)\n\n"
    "  for (i in 1:number_of_rows) {\n    expected      <- h(theta, X[i, ])\n    actual        <- y[i]\n"
    "    squared_error <- (expected - actual)^2\n\n    J[i] <- squared_error\n  }\n\n"
    "  return((1 / (2 * number_of_rows)) * sum(J))\n}"
)
_BYE_H = ("h <- function(theta, x) {\n  return(t(theta) %*% x)\n}",)
_BYE_GLETS = _BYE_H + ("m <- length(y)", 'delta <- vector(mode="numeric", length=m)')
_BYE_GRAD = (
    "for (i in 1:m) {\n  delta[i] = (h(theta, X[i, ]) - y[i]) * X[i, j]\n}\nJ = (1/m) * sum(delta)"
)
_BYE_WHY = (
    "cost_function sums (h(x_i) − y_i)² over the rows and returns (1/(2·number_of_rows))·sum(J), the half-mean "
    "squared error of h(theta, x) = t(theta) %*% x = θ·x_i; X[i, ] is row i of Data.X, theta Data.theta"
)

# --- sanayei (regression.py, logistic_regression.py)
_SANL_LETS = (
    "def predict(self, X):\n    return np.dot(X, self.W)",
    "prediction = self.predict(X)",
    "error = prediction - y",
    "m = y.size",
)
_SANL_COST = "cost = 1 / (2 * m) * np.dot(error.T, error)"
_SANL_WHY = "Regression.cost_fn: (1/(2m))·errorᵀerror, the half-mean squared error of X·W; self.W is Data.w"
_SANG_LETS = (
    "def sigmoid(self, z):\n    return 1 / (1 + np.exp(-z))",
    "def predict(self, X):\n    return np.dot(X, self.W)",
    "a = self.sigmoid(self.predict(X))",
)
_SANG_COST = "cost = np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a))"
_SANG_WHY = (
    "LogisticRegression.cost_fn: the summed (not averaged) cross-entropy of a = σ(X·W) (predict is inherited from "
    "Regression); self.W is Data.w"
)

# --- LBanda (Spanish comments)
_LBA_COST = "(1/N) * sum((trY[i] - gradient_func(W, trX[i], b)) ** 2 for i in range(0, len(trX)))"
_LBA_LETS = ("def gradient_func(W, x, b):\n    return W*x + b", "N = float(len(trX))")
_LBA_BLETS = _LBA_LETS + ("b_gradient = 0",)
_LBA_WLETS = _LBA_LETS + ("W_gradient = 0",)
_LBA_WHY = (
    "the script gives no cost ('# Proceso iterativo' only updates W and b); graded against the mean squared error of "
    "gradient_func(W, x, b) = W*x + b over the N points, written above in the script's names (no ½: the 2/N of "
    "both partials is its gradient); trX is the one feature (Data.x), trY Data.y, W the scalar slope (Data.w[0]), b "
    "Data.b"
)
_LBA_B = "for i in range(0, len(trX)):\n    b_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b))"
_LBA_W = "for i in range(0, len(trX)):\n    W_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b)) * trX[i]"

# --- Albert14Aguero (logistic and linear classes)
_ALB_LETS = ("num_samples, num_features = X.shape", "y_predict = np.dot(X, self.weights) + self.bias")
_ALBG_LETS = ("def sigmoid(y_predict):\n    return 1/(1+np.exp(-y_predict))",) + _ALB_LETS
_ALBG_COST = "-np.mean(y * np.log(sigmoid(y_predict)) + (1 - y) * np.log(1 - sigmoid(y_predict)))"
_ALBG_WHY = (
    "the class gives no cost; graded against the logistic model it predicts with (predict returns "
    "np.where(sigmoid(y_predict) >= 0.5, 1, 0)): the mean cross-entropy of sigmoid(Xw + b), written above in the "
    "file's names; in fit y_predict is the linear output, never passed through sigmoid; X is Data.X, "
    "self.weights Data.w, self.bias Data.b"
)
_ALBL_COST = "np.mean((y_predict - y) ** 2)"
_ALBL_WHY = (
    "LinearRegressionP gives no cost; graded against the mean squared error of y_predict = Xw + b (no ½), whose "
    "gradient the 2/num_samples factor writes; X is Data.X, self.weights Data.w, self.bias Data.b"
)

# --- tz301 (Chinese LaTeX)
_TZ_J = (
    r"J(\theta) = - \frac {1} {m} \sum_{i = 1}^m" "\n"
    r"[ - y^{(i)} log(h_\theta(x^{(i)}))" "\n"
    r"  - (1 - y^{(i)}) log(1 - h_\theta(x^{(i)}))]"
)
_TZ_LETS = (r"h_\theta(x) = g(\theta^T x)", r"g(z) = \frac {1} {1 + e^{-z}}")

# --- SamArtGS (Spanish MATLAB)
_SAM_COST = "J = 1/(2*m)*log(prod(exp((h-Y).^2)));"
_SAM_LETS = ("m = length(Y);", "h = X*theta;")

# --- dkonst001 (ex5)
_DKO_LETS = ("H=X*theta;", "B = H - y;", "theta(1,1)= 0;")
_DKO_COST = "J = B'*B/(2*m) + (lambda/(2*m))*(theta' * theta);"
_DKO_WHY = (
    "ex5's regularised linear cost: theta(1,1) is zeroed after H = X*theta is computed, so H uses the whole theta "
    "and the penalty (λ/2m)θᵀθ leaves theta(1) out: (1/2m)‖Xθ − y‖² + (λ/2m)Σ_{j≥2}θ_j²; X is Data.X, theta "
    "Data.theta (theta(1) = Data.theta[0]), lambda Data.lam, m = length(y)"
)

# --- asifelhan (ex5)
_ASI_COST = "J = J1+J2;"
_ASI_LETS = (
    "h = X * theta ;",
    "y2 = h-y;",
    "y2 = y2 .^2;",
    "J1 = sum((1/(2*m)) * y2);",
    "theta (1) = 0;",
    "theta = theta.^2;",
    "J2= sum(theta * lambda / (2*m));",
)
_ASI_GRAD = "grad2 = X' * (h-y);\ngrad2 = grad2 / m;\ntheta (1) = 0;\ngrad1 = theta*(lambda/m);\ngrad = grad2 + grad1;"
_ASI_GLETS = ("h = X * theta ;",)
_ASI_WHY = (
    "J1 is the half-mean squared error of h = X*theta; theta(1) is zeroed and then squared in place, so J2 = "
    "(λ/2m)Σ_{j≥2}θ_j², the intercept unpenalised; X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), "
    "lambda Data.lam, m = length(y)"
)

# --- index: LinearClassifier
_LC_LETS = (
    "def _sigmoid(self, z):\n    return 1.0 / (1.0 + np.exp(-z))",
    "n_samples, n_features = X.shape",
    "linear_output = np.dot(X, self.w) + self.b",
    "y_pred = self._sigmoid(linear_output)",
)
_LC_COST = "-np.mean(y * np.log(y_pred) + (1 - y) * np.log(1 - y_pred))"
_LC_WHY = (
    "the file gives no cost ('# Logistic Regression – Linear classifier using gradient descent'); graded against "
    "the mean cross-entropy of y_pred = σ(Xw + b), written above in the file's names; X is Data.X, self.w Data.w, "
    "self.b Data.b"
)

# --- index: Chinese post
_ZH_COST = "def MSE(y_true, y_pred):\n    return np.mean((y_true - y_pred) ** 2)"
_ZH_LETS = ("n_samples = len(X)", "y_pred = np.dot(X, w) + b")
_ZH_WHY = (
    "'# 损失函数' (loss function): MSE, the mean squared error of y_pred = Xw + b (no ½), y_true the targets y "
    "(Data.y); X is Data.X, w Data.w (a column), b Data.b"
)

# --- index: ADALINE (Spanish)
_AD_LETS = (
    "def activation(self, x):\n    return x",
    "n_samples, n_features = X.shape",
    "linear_output = np.dot(X, self.weights) + self.bias",
    "y_pred = self.activation(linear_output)",
)
_AD_COST = "return 0.5 * np.mean((y_true - y_pred)**2)"
_AD_WHY = (
    "ADALINE.compute_loss ('Calcula el error cuadrático medio', '# Factor 0.5 para simplificar derivada'), called as "
    "compute_loss(y, y_pred): ½·mean((y − y_pred)²) of the identity activation's output Xw + b; X is Data.X, "
    "self.weights Data.w, self.bias Data.b"
)

# --- index: Italian Octave
_IT_LETS = ("m = height(yTrain);", "preds = sigmoid(xTrain * theta);", "error = preds - yTrain;")
_IT_COST = "cost = -(1/m) * sum(yTrain .* log(preds) + (1 - yTrain) .* log(1 - preds));"
_IT_WHY = (
    "the else branch ('% Calcola la funzione di costo (log-costo)'): the mean cross-entropy of sigmoid(xTrain*theta) "
    "(the file's sigmoid is 1 ./ (1 + exp(-z))); xTrain is Data.X, yTrain Data.y, theta Data.theta"
)

# --- index: summed Octave costFunction
_OCT_COST = "J = sum(-y .* log(sigmoid(X * theta)) - (1-y) .* log(1-sigmoid(X * theta)));"
_OCT_WHY = (
    "the summed (not averaged) cross-entropy of sigmoid(X*theta); the file has no m at all; X is Data.X, theta "
    "Data.theta"
)


COSTS: list[Cost] = [
    # ============================================================ code, notes with an address
    Cost(
        id="f83-byelipk-r-cost-function-loop",
        source=BYE + ", cost_function <- function(X, y, theta) {…})",
        text=_BYE_COST,
        intended=_half_mse_theta,
        wrt=("theta_j",),
        lets=_BYE_H,
        why=_BYE_WHY,
    ),
    Cost(
        id="f83-sanayei-regression-cost-fn",
        source=SANL + ", def cost_fn: cost = 1 / (2 * m) * np.dot(error.T, error))",
        text=_SANL_COST,
        intended=_half_mse_w,
        wrt=("W_j",),
        lets=_SANL_LETS,
        why=_SANL_WHY,
    ),
    Cost(
        id="f83-sanayei-logistic-cost-fn-summed",
        source=SANG + ", def cost_fn: cost = np.sum(…))",
        text=_SANG_COST,
        intended=_sum_ce_w,
        wrt=("W_j",),
        lets=_SANG_LETS,
        why=_SANG_WHY,
    ),
    Cost(
        id="f83-tz301-zh-J-double-minus",
        source=TZ + ", $$ J(\\theta) = - \\frac {1} {m} \\sum_{i = 1}^m […] $$)",
        text=_TZ_J,
        intended=_mean_loglik_theta,
        wrt=("theta_j",),
        lets=_TZ_LETS,
        why="read as written: the minus in front of 1/m and the minuses inside the bracket (copied from the "
        "one-example form - y log(h) - (1 - y) log(1 - h) above it) cancel, so the line is +(1/m)Σ[y log h + "
        "(1 − y) log(1 − h)], the mean log-likelihood, minus the cross-entropy the note means; h_θ(x) = g(θᵀx), "
        "x⁽ⁱ⁾ row i of Data.X, θ Data.theta",
    ),
    Cost(
        id="f83-samartgs-es-log-prod-exp",
        source=SAM + ", J = 1/(2*m)*log(prod(exp((h-Y).^2)));)",
        text=_SAM_COST,
        intended=_half_mse_theta,
        wrt=("theta_j",),
        lets=_SAM_LETS,
        why="log(prod(exp(r.^2))) = Σ r_i², so J is the half-mean squared error of h = X*theta written the long way "
        "(GradienteDescenso.m steps with (1/m)*sum(h-Y)); X is Data.X, Y Data.y, theta Data.theta",
    ),
    Cost(
        id="f83-dkonst001-ex5-J-theta1-zeroed",
        source=DKO + ", J = B'*B/(2*m) + (lambda/(2*m))*(theta' * theta);)",
        text=_DKO_COST,
        intended=_reg_half_mse_theta_skip0,
        wrt=("theta_j",),
        lets=_DKO_LETS,
        why=_DKO_WHY,
    ),
    Cost(
        id="f83-asifelhan-ex5-J1-plus-J2",
        source=ASI + ", J = J1+J2;, with the lines that build J1 and J2)",
        text=_ASI_COST,
        intended=_reg_half_mse_theta_skip0,
        wrt=("theta_j",),
        lets=_ASI_LETS,
        why=_ASI_WHY,
    ),
    # ============================================================ code without an address
    Cost(
        id="f83-idx30283019071-zh-mse",
        source=IDX_ZH + ", '# 损失函数' def MSE)",
        text=_ZH_COST,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        lets=_ZH_LETS,
        why=_ZH_WHY,
    ),
    Cost(
        id="f83-idx25075683533-es-adaline-half-mse",
        source=IDX_AD + ", def compute_loss: return 0.5 * np.mean(…))",
        text=_AD_COST,
        intended=_half_mse_w_b,
        wrt=("weights_j", "bias"),
        lets=_AD_LETS,
        why=_AD_WHY,
    ),
    Cost(
        id="f83-idx8848375463-it-log-cost",
        source=IDX_IT + ", the else branch: cost = -(1/m) * sum(…);)",
        text=_IT_COST,
        intended=_mean_ce_theta,
        wrt=("theta_j",),
        lets=_IT_LETS,
        why=_IT_WHY,
    ),
    Cost(
        id="f83-idx13960253821-octave-summed-J",
        source=IDX_OCT + ", J = sum(…);)",
        text=_OCT_COST,
        intended=_sum_ce_theta,
        wrt=("theta_j",),
        why=_OCT_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f83-albert-logistic-dw-of-the-linear-mse",
        source=ALBG + ": dw = (2/num_samples) * np.dot(X.T, (y_predict - y)))",
        text="dw = (2/num_samples) * np.dot(X.T, (y_predict - y))",
        cost=_ALBG_COST,
        verdict="different",
        wrt="weights_j",
        lets=_ALBG_LETS,
        why="(2/n)Xᵀ(Xw + b − y) is the gradient of the mean squared error of the linear output (the file's "
        "LinearRegression.py has the same two lines); the cross-entropy's gradient is (1/n)Xᵀ(σ(Xw + b) − y): "
        "sigmoid missing and a factor 2; " + _ALBG_WHY,
    ),
    Answer(
        id="f83-albert-logistic-db-of-the-linear-mse",
        source=ALBG + ": db = (2/num_samples) * np.sum(y_predict - y))",
        text="db = (2/num_samples) * np.sum(y_predict - y)",
        cost=_ALBG_COST,
        verdict="different",
        wrt="bias",
        lets=_ALBG_LETS,
        why="(2/n)Σ(x_i·w + b − y_i), the linear MSE's bias partial, not (1/n)Σ(σ(x_i·w + b) − y_i); " + _ALBG_WHY,
    ),
    Answer(
        id="f83-idx42764531407-dw-residual-turned-around",
        source=IDX_LC + ": dw = np.dot(X.T, (y - y_pred)) / n_samples)",
        text="dw = np.dot(X.T, (y - y_pred)) / n_samples",
        cost=_LC_COST,
        verdict="different",
        wrt="w_j",
        lets=_LC_LETS,
        why="Xᵀ(y − σ)/n is minus the gradient (the db beside it is written σ − y); fit then does self.w -= "
        "self.lr * dw, an ascent step on w (and self.b += self.lr * db on b); " + _LC_WHY,
    ),
    Answer(
        id="f83-idx30283019071-zh-gradients-sign",
        source=IDX_ZH + ", '# 优化算法': gradients = 2 * np.dot(X.T, (y - y_pred)) / n_samples; dw = gradients)",
        text="gradients = 2 * np.dot(X.T, (y - y_pred)) / n_samples",
        cost=_ZH_COST,
        verdict="different",
        wrt="w_j",
        lets=_ZH_LETS,
        why="(2/n)Xᵀ(y − ŷ) is minus the gradient of the mean squared error, (2/n)Xᵀ(ŷ − y) (and w -= "
        "learning_rate * dw then climbs); " + _ZH_WHY,
    ),
    Answer(
        id="f83-idx30283019071-zh-db-sign-and-lost-2",
        source=IDX_ZH + ", '# 优化算法': db = np.sum(y - y_pred) / n_samples)",
        text="db = np.sum(y - y_pred) / n_samples",
        cost=_ZH_COST,
        verdict="different",
        wrt="b",
        lets=_ZH_LETS,
        why="the bias partial of mean((y − ŷ)²) is (2/n)Σ(ŷ − y); this has the residual turned around and has lost "
        "the 2 (−½ times the partial); " + _ZH_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f83-byelipk-r-gradient-loop",
        source=BYE + ", gradient_descent: for (j in 1:n) { … delta[i] = …; J = (1/m) * sum(delta) … }, the inner "
        "loop and the sum, dedented)",
        text=_BYE_GRAD,
        cost=_BYE_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_BYE_GLETS,
        why="inside for (j in 1:n), (1/m)Σ_i(θ·x_i − y_i)X[i, j], the partial in θ_j (the file calls it J before "
        "T[j] = theta[j] - alpha * J); " + _BYE_WHY,
    ),
    Answer(
        id="f83-sanayei-regression-gradient",
        source=SANL + ", def gradient: grad = (1 / m) * np.dot(X.T, error))",
        text="grad = (1 / m) * np.dot(X.T, error)",
        cost=_SANL_COST,
        verdict="equivalent",
        wrt="W_j",
        lets=_SANL_LETS,
        why="Xᵀ(XW − y)/m; " + _SANL_WHY,
    ),
    Answer(
        id="f83-sanayei-logistic-gradient-summed",
        source=SANG + ", def gradient: return np.dot(X.T, (a - y)))",
        text="return np.dot(X.T, (a - y))",
        cost=_SANG_COST,
        verdict="equivalent",
        wrt="W_j",
        lets=_SANG_LETS,
        why="Xᵀ(σ(XW) − y), the gradient of the summed cross-entropy (no 1/m on either side); " + _SANG_WHY,
    ),
    Answer(
        id="f83-lbanda-es-b-gradient-loop",
        source=LBA + ", the for loop with its b_gradient line, dedented (the W_gradient and print lines left out))",
        text=_LBA_B,
        cost=_LBA_COST,
        verdict="equivalent",
        wrt="b",
        lets=_LBA_BLETS,
        why="from b_gradient = 0, −(2/N)Σ(y_i − (Wx_i + b)) = (2/N)Σ(Wx_i + b − y_i); " + _LBA_WHY,
    ),
    Answer(
        id="f83-lbanda-es-W-gradient-loop",
        source=LBA + ", the for loop with its W_gradient line, dedented (the b_gradient and print lines left out))",
        text=_LBA_W,
        cost=_LBA_COST,
        verdict="equivalent",
        wrt="W",
        lets=_LBA_WLETS,
        why="from W_gradient = 0, (2/N)Σ(Wx_i + b − y_i)x_i; " + _LBA_WHY,
    ),
    Answer(
        id="f83-albert-linear-dw",
        source=ALBL + ": dw = (2/num_samples) * np.dot(X.T, (y_predict - y)))",
        text="dw = (2/num_samples) * np.dot(X.T, (y_predict - y))",
        cost=_ALBL_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_ALB_LETS,
        why="(2/n)Xᵀ(Xw + b − y), right here where the model is linear; " + _ALBL_WHY,
    ),
    Answer(
        id="f83-albert-linear-db",
        source=ALBL + ": db = (2/num_samples) * np.sum(y_predict - y))",
        text="db = (2/num_samples) * np.sum(y_predict - y)",
        cost=_ALBL_COST,
        verdict="equivalent",
        wrt="bias",
        lets=_ALB_LETS,
        why="(2/n)Σ(x_i·w + b − y_i); " + _ALBL_WHY,
    ),
    Answer(
        id="f83-dkonst001-ex5-grad",
        source=DKO + ", grad = (((H-y)' * X)'./m) + (lambda / m) * theta;)",
        text="grad = (((H-y)' * X)'./m) + (lambda / m) * theta;",
        cost=_DKO_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DKO_LETS,
        why="((H − y)ᵀX)ᵀ/m = Xᵀ(Xθ − y)/m with H from the whole theta, and (λ/m)θ with theta(1) already zeroed: "
        "no penalty on the intercept; " + _DKO_WHY,
    ),
    Answer(
        id="f83-asifelhan-ex5-grad",
        source=ASI + ", grad2 = X' * (h-y); … grad = grad2 + grad1;)",
        text=_ASI_GRAD,
        cost=_ASI_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ASI_GLETS,
        why="Xᵀ(h − y)/m plus (λ/m)θ with theta(1) zeroed first; " + _ASI_WHY,
    ),
    Answer(
        id="f83-idx42764531407-db",
        source=IDX_LC + ": db = np.sum(y_pred - y) / n_samples)",
        text="db = np.sum(y_pred - y) / n_samples",
        cost=_LC_COST,
        verdict="equivalent",
        wrt="b",
        lets=_LC_LETS,
        why="Σ(σ(x_i·w + b) − y_i)/n, the bias partial (it is the update, self.b += …, that goes the wrong way); "
        + _LC_WHY,
    ),
    Answer(
        id="f83-idx25075683533-es-adaline-dw",
        source=IDX_AD + ", '# 5. Calcular gradientes (derivadas parciales)': dw = …)",
        text="dw = -np.dot(X.T, (y - y_pred)) / n_samples",
        cost=_AD_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_AD_LETS,
        why="−Xᵀ(y − ŷ)/n = Xᵀ(ŷ − y)/n, the ½ of the loss cancelling the 2 of the square; " + _AD_WHY,
    ),
    Answer(
        id="f83-idx25075683533-es-adaline-db",
        source=IDX_AD + ", '# Gradiente del sesgo': db = -np.mean(y - y_pred))",
        text="db = -np.mean(y - y_pred)",
        cost=_AD_COST,
        verdict="equivalent",
        wrt="bias",
        lets=_AD_LETS,
        why="−mean(y − ŷ) = mean(ŷ − y); " + _AD_WHY,
    ),
    Answer(
        id="f83-idx8848375463-it-step-factor",
        source=IDX_IT + ", '% Aggiorna i parametri del modello utilizzando la discesa del gradiente': theta = theta - "
        "alpha * (1/m) * (xTrain' * error);, the gradient factor)",
        text="(1/m) * (xTrain' * error)",
        cost=_IT_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_IT_LETS,
        why="xTrainᵀ(σ(xTrain·θ) − yTrain)/m; " + _IT_WHY,
    ),
    Answer(
        id="f83-idx13960253821-octave-summed-grad",
        source=IDX_OCT + ", grad = X' * (sigmoid(X * theta) - y);)",
        text="grad = X' * (sigmoid(X * theta) - y);",
        cost=_OCT_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="Xᵀ(σ(Xθ) − y), the gradient of the summed cost (neither side has 1/m); " + _OCT_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f83-byelipk-r-gradient-loop-lost-x",
        source=BYE + "; variant: * X[i, j] dropped from delta[i])",
        text=_BYE_GRAD.replace(" * X[i, j]", ""),
        cost=_BYE_COST,
        verdict="different",
        wrt="theta_j",
        lets=_BYE_GLETS,
        why="variant: without X[i, j] every θ_j gets (1/m)Σ(θ·x_i − y_i), the partial of an intercept only; "
        + _BYE_WHY,
    ),
    Answer(
        id="f83-byelipk-r-gradient-loop-over-2m",
        source=BYE + "; variant: J = (1/m) * sum(delta) written J = (1/(2*m)) * sum(delta))",
        text=_BYE_GRAD.replace("J = (1/m)", "J = (1/(2*m))"),
        cost=_BYE_COST,
        verdict="different",
        wrt="theta_j",
        lets=_BYE_GLETS,
        why="variant: the ½ of the cost cancels the 2 of the square; keeping 1/(2m) halves the partial; " + _BYE_WHY,
    ),
    Answer(
        id="f83-sanayei-regression-gradient-no-1-over-m",
        source=SANL + "; variant: grad = (1 / m) * np.dot(X.T, error) without (1 / m))",
        text="grad = np.dot(X.T, error)",
        cost=_SANL_COST,
        verdict="different",
        wrt="W_j",
        lets=_SANL_LETS,
        why="variant: the cost is a mean (1/(2m)); without 1/m the gradient is m times too large; " + _SANL_WHY,
    ),
    Answer(
        id="f83-sanayei-regression-gradient-m-moved",
        source=SANL + "; variant: (1 / m) * np.dot(X.T, error) written np.dot(X.T, error) / m)",
        text="grad = np.dot(X.T, error) / m",
        cost=_SANL_COST,
        verdict="equivalent",
        wrt="W_j",
        lets=_SANL_LETS,
        why="variant, a rewriting only: the 1/m moved behind the product; " + _SANL_WHY,
    ),
    Answer(
        id="f83-sanayei-logistic-gradient-averaged",
        source=SANG + "; variant: np.dot(X.T, (a - y)) divided by X.shape[0])",
        text="return np.dot(X.T, (a - y)) / X.shape[0]",
        cost=_SANG_COST,
        verdict="different",
        wrt="W_j",
        lets=_SANG_LETS,
        why="variant: cost_fn is a sum (np.sum, no 1/m), so dividing the gradient by the number of rows makes it 1/m "
        "of the gradient; " + _SANG_WHY,
    ),
    Answer(
        id="f83-lbanda-es-W-gradient-plus-equals",
        source=LBA + "; variant: W_gradient -= … written W_gradient += …)",
        text=_LBA_W.replace("W_gradient -=", "W_gradient +="),
        cost=_LBA_COST,
        verdict="different",
        wrt="W",
        lets=_LBA_WLETS,
        why="variant: accumulating +(2/N)(y_i − ŷ_i)x_i gives minus the partial; " + _LBA_WHY,
    ),
    Answer(
        id="f83-lbanda-es-b-gradient-1-over-N",
        source=LBA + "; variant: (2/N) written (1/N) in the b_gradient line)",
        text=_LBA_B.replace("(2/N)", "(1/N)"),
        cost=_LBA_COST,
        verdict="different",
        wrt="b",
        lets=_LBA_BLETS,
        why="variant: the cost has no ½, so the 2 of the square stays; 1/N halves the partial; " + _LBA_WHY,
    ),
    Answer(
        id="f83-lbanda-es-W-gradient-residual-flipped",
        source=LBA + "; variant: W_gradient -= (2/N) * (trY[i] - …) * trX[i] written W_gradient += (2/N) * (… - "
        "trY[i]) * trX[i])",
        text="for i in range(0, len(trX)):\n    W_gradient += (2/N) * (gradient_func(W, trX[i], b) - trY[i]) * trX[i]",
        cost=_LBA_COST,
        verdict="equivalent",
        wrt="W",
        lets=_LBA_WLETS,
        why="variant, a rewriting only: both the accumulation sign and the residual turned around, "
        "(2/N)Σ(Wx_i + b − y_i)x_i again; " + _LBA_WHY,
    ),
    Answer(
        id="f83-albert-linear-dw-2-moved",
        source=ALBL + "; variant: (2/num_samples) * np.dot(…) written 2 * np.dot(…) / num_samples)",
        text="dw = 2 * np.dot(X.T, (y_predict - y)) / num_samples",
        cost=_ALBL_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_ALB_LETS,
        why="variant, a rewriting only: the same (2/n)Xᵀ(Xw + b − y); " + _ALBL_WHY,
    ),
    Answer(
        id="f83-albert-logistic-db-mended",
        source=ALBG + "; variant: the file's db mended, sigmoid(y_predict) for y_predict and 1/num_samples for "
        "2/num_samples)",
        text="db = (1/num_samples) * np.sum(sigmoid(y_predict) - y)",
        cost=_ALBG_COST,
        verdict="equivalent",
        wrt="bias",
        lets=_ALBG_LETS,
        why="variant, the file's slip mended: (1/n)Σ(σ(x_i·w + b) − y_i), the cross-entropy's bias partial; "
        + _ALBG_WHY,
    ),
    Answer(
        id="f83-dkonst001-ex5-grad-lambda-over-2m",
        source=DKO + "; variant: (lambda / m) written (lambda / (2*m)))",
        text="grad = (((H-y)' * X)'./m) + (lambda / (2*m)) * theta;",
        cost=_DKO_COST,
        verdict="different",
        wrt="theta_j",
        lets=_DKO_LETS,
        why="variant: the 2 of θ_j² cancels the 2 of λ/(2m); λ/(2m)·θ is half the penalty's partial; " + _DKO_WHY,
    ),
    Answer(
        id="f83-asifelhan-ex5-grad-no-over-m",
        source=ASI + "; variant: the line grad2 = grad2 / m; left out)",
        text=_ASI_GRAD.replace("grad2 = grad2 / m;\n", ""),
        cost=_ASI_COST,
        verdict="different",
        wrt="theta_j",
        lets=_ASI_GLETS,
        why="variant: without the division the data part Xᵀ(h − y) is m times too large; " + _ASI_WHY,
    ),
    Answer(
        id="f83-idx25075683533-es-adaline-db-sign",
        source=IDX_AD + "; variant: db = -np.mean(y - y_pred) written db = np.mean(y - y_pred))",
        text="db = np.mean(y - y_pred)",
        cost=_AD_COST,
        verdict="different",
        wrt="bias",
        lets=_AD_LETS,
        why="variant: the leading minus dropped, minus the partial; " + _AD_WHY,
    ),
    Answer(
        id="f83-idx8848375463-it-step-factor-no-1-over-m",
        source=IDX_IT + "; variant: (1/m) * (xTrain' * error) without (1/m))",
        text="(xTrain' * error)",
        cost=_IT_COST,
        verdict="different",
        wrt="theta_j",
        lets=_IT_LETS,
        why="variant: the cost is a mean (-(1/m) * sum), so the gradient keeps 1/m; this is m times it; " + _IT_WHY,
    ),
    Answer(
        id="f83-idx13960253821-octave-grad-over-m",
        source=IDX_OCT + "; variant: grad = X' * (sigmoid(X * theta) - y); divided by m)",
        text="grad = X' * (sigmoid(X * theta) - y) / m;",
        cost=_OCT_COST,
        verdict="different",
        wrt="theta_j",
        lets=("m = length(y);",),
        why="variant: the ex2 habit of dividing by m, against a cost that is a sum: 1/m of the gradient; " + _OCT_WHY,
    ),
]

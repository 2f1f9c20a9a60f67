r"""A fresh held-out wave (f85), as a TA's inbox would hold it: three students' Coursera Octave folders (ex2's
costFunction and costFunctionReg, ex3's lrCostFunction and ex5's linearRegCostFunction, vectorised, with temp/regtheta
copies, [0;theta(2:end)], grads(2:end) and a per-example loop), a Brazilian course's Portuguese Octave functions (a
regularised logistic cost that forgets λ in J but keeps it in the gradient, and a row gradient), an Italian MATLAB
logistic regression whose regularised step updates theta(1) and theta(2:end) separately, Ukrainian Markdown notes
(a mean squared error in β with its vector gradient, a mean cross-entropy with its partials, and an L2 cost written
with the word log-loss), and six public code files: a Chinese Markdown blog whose linear-regression example flips the
residual in both gradients, a NumPy regressor whose 'partial derivitive of MSE' drops the 2, a two-parameter script
whose slope derivative lost its minus sign, a tutorial copy whose plain-text partials forget the sum and whose
np.dot(…).mean() forgets 1/N for w but not for b, a polynomial-regression docstring, and a NumPy class's comments.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers of every wave in this worktree and in /work/main, and a distinctive line of each
file grepped in tests/); 30 of the 45 items come from sources with an address:

* Octave/MATLAB: github.com/nsaftarli/ML-Coursera (A2/…/costFunctionReg.m, A3/…/lrCostFunction.m,
  A5/…/linearRegCostFunction.m), github.com/charlesfry/DataScience (AndrewNgMLAnswers/ProblemSet2/ex2/costFunction.m,
  costFunctionReg.m, ProblemSet5/ex5/linearRegCostFunction.m), github.com/diancici/Machine-Learning-with-Matlab
  (machine-learning-ex2/ex2/costFunctionReg.m, machine-learning-ex3/ex3/lrCostFunction.m,
  machine-learning-ex5/ex5/linearRegCostFunction.m), github.com/giovana-morais/am (Portuguese, 587591_ex03/
  funcaoCusto.m, funcaoCustoReg.m), github.com/angelacassanelli/HeartDiseaseDetection (Italian comments,
  logisticRegressionFromScratch.m);
* Ukrainian Markdown notes: github.com/posulka50/ML-notes ('ML-notes/Лінійна регресія/Градієнтний спуск.md',
  'ML-notes/Лінійна регресія/Логістична регресія.md');
* code without an address: public code index files 30635294339 (a Chinese Markdown article, '1. 机器学习 - 线性回归：'),
  18034534129 (Python, class GradDescLinearRegressor), 39430937069 (Python, '#initialize a1 and a0'), 6366736395
  (Python, '# we will do it manually first then we will use functions'), 57007738117 (Python, 'Polynomial regression
  trained with manual gradient descent.') and 71102496104 (Python, class NumPyLinearRegression).

Names follow the sources: X, xTrain are Data.X (the Octave files' first column is the ones column, theta(1) =
Data.theta[0]); y, yTrain, Y are Data.y; theta is Data.theta; lambda is Data.lam; m, length(y), height(yTrain),
n_samples, len(X), len(y), n, N are the number of examples (Data.m). Models w·x + b: the weight vector w / self.weights
of the NumPy files is Data.w, the bias b / self.bias Data.b (the one-feature tutorial's scalar w is Data.w[0] and its
x, X Data.x; the polynomial docstring's x is Data.x); the Ukrainian notes' β is Data.beta, with X_i, x_{ij} the
rows and entries of Data.X. The two-parameter script's a0, a1 are Data.theta0, Data.theta1 and its X (one column
of a CSV) is Data.x. Where a source gives no cost for an answer, ``why`` says which cost it is graded against
(written in the source's own names). The real mistakes come first among the answers, then the real right answers,
then the one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked against
central finite differences of the costs (/tmp/f85/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
NSA = _GH + "nsaftarli/ML-Coursera/blob/4f7f26dde60382cf145bad158f4b5096000a606a/"
NSA2 = NSA + "A2/machine-learning-ex2/ex2/costFunctionReg.m (Octave, ex2, function [J, grad] = costFunctionReg(…)"
NSA3 = NSA + "A3/machine-learning-ex3/ex3/lrCostFunction.m (Octave, ex3, function [J, grad] = lrCostFunction(…)"
NSA5 = NSA + (
    "A5/machine-learning-ex5/ex5/linearRegCostFunction.m (Octave, ex5, function [J, grad] = linearRegCostFunction(…)"
)
CHF = _GH + "charlesfry/DataScience/blob/"
CHF2 = CHF + "86f0a13de6a0899ea5308cc58fc945968849d8e9/AndrewNgMLAnswers/ProblemSet2/ex2/costFunction.m (Octave, ex2"
CHF2R = CHF + (
    "86f0a13de6a0899ea5308cc58fc945968849d8e9/AndrewNgMLAnswers/ProblemSet2/ex2/costFunctionReg.m (Octave, ex2"
)
CHF5 = (
    CHF + "408b978f2cdee9f94b4c0975e3dbca88bb6ffdbf/AndrewNgMLAnswers/ProblemSet5/ex5/linearRegCostFunction.m "
    "(Octave, ex5"
)
DIA = _GH + "diancici/Machine-Learning-with-Matlab/blob/"
DIA2 = DIA + "39292bde93f8ceec7c590251eee6b3a0c699e98c/machine-learning-ex2/ex2/costFunctionReg.m (Octave, ex2, a loop"
DIA3 = DIA + "32cfab235645caff89dc1c5a71b67cbcd3bf26ea/machine-learning-ex3/ex3/lrCostFunction.m (Octave, ex3"
DIA5 = DIA + "50b9cafabf1f9cf1011ae824a50090225b31648a/machine-learning-ex5/ex5/linearRegCostFunction.m (Octave, ex5"
GIO = _GH + "giovana-morais/am/blob/29a4de68fcb2b39b4a9716df0613a42e13a5c3c5/587591_ex03/"
GIOR = GIO + "funcaoCustoReg.m (Octave, Portuguese, function [J, grad] = funcaoCustoReg(theta, X, y, lambda)"
GIOC = GIO + "funcaoCusto.m (Octave, Portuguese, function [J, grad] = funcaoCusto(theta, X, y)"
ANG = (
    _GH + "angelacassanelli/HeartDiseaseDetection/blob/3270f95071f4bb33a493c41877a9cbafb691cf83/"
    "logisticRegressionFromScratch.m (MATLAB, Italian comments, '% Discesa del gradiente'"
)
POS = _GH + "posulka50/ML-notes/blob/"
POSG = POS + (
    "3aa850a0bb3bac0014fd7d6f92172efd7c28f86e/ML-notes/Лінійна регресія/Градієнтний спуск.md (Ukrainian Markdown notes"
)
POSL = POS + (
    "554d7ecc7986e41ad6bb566321547fbb45571bb8/ML-notes/Лінійна регресія/Логістична регресія.md (Ukrainian Markdown "
    "notes"
)
IDX_ZH = "public code index file 30635294339 (a Chinese Markdown article, '1. 机器学习 - 线性回归：', def linear_regression"
IDX_PE = (
    "public code index file 6366736395 (Python, '# we will do it manually first then we will use functions', the "
    "manual NumPy part before the torch autograd part"
)
IDX_PO = (
    "public code index file 57007738117 (Python, '\"\"\"Polynomial regression trained with manual gradient "
    "descent.'"
)
IDX_NP = "public code index file 71102496104 (Python, class NumPyLinearRegression, def fit(self, X, y)"
IDX_GD = "public code index file 18034534129 (Python, class GradDescLinearRegressor, def fit(self, X, y)"
IDX_A = "public code index file 39430937069 (Python, '#initialize a1 and a0', the for loop"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _mean_ce_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_mean_ce_skip0(d):
    return _mean_ce_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _half_mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _reg_half_mse_skip0(d):
    return _half_mse_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _gio_reg(d):
    # J = J/m + sum_theta/(2*m): the penalty without λ
    return _mean_ce_theta(d) + float(d.theta[1:] @ d.theta[1:]) / (2 * d.m)


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / d.m


def _mse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) / d.m


def _mean_ce_beta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.beta))))


def _poly_mse(d):
    r = np.vander(d.x, N=d.n, increasing=True) @ d.theta - d.y
    return float(r @ r) / d.m


# ------------------------------------------------------------------ texts the items share
# --- nsaftarli
_NSA5_LETS = (
    "m = length(y); % number of training examples",
    "h = X * theta;",
    "unregCost = (1/(2*m)) * sum((h-y).^ 2);",
    "regTerm = (lambda/(2*m)) * sum(theta(2:end).^ 2);",
)
_NSA5_COST = "J = unregCost + regTerm;"
_NSA5_GRAD = "derivative = X' * (h-y)/m;\ngrad = derivative + (lambda/m) * [0;theta(2:end)];"
_NSA5_WHY = (
    "the half-mean squared error of h = X * theta plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left "
    "out; X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), lambda Data.lam"
)
_NSA3_LETS = (
    "m = length(y); % number of training examples",
    "h = sigmoid(X * theta);",
    "costReg = (lambda / (2*m)) * sum(theta(2:end) .^ 2);",
    "gradReg = (lambda / m) * theta(2:end);",
    "grads = (X' * (h-y))./ m;",
)
_NSA3_COST = "J = (1/m) * sum((-y .* log(h)) - (1-y) .* log(1-h)) + costReg;"
_NSA3_GRAD = "grad(1) = grads(1);\ngrad(2:end) = grads(2:end) + gradReg;"
_RLOG_WHY = (
    "the mean cross-entropy of sigmoid(X * theta) plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left out "
    "of the penalty; X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), lambda Data.lam"
)
_NSA2_LETS = (
    "m = length(y); % number of training examples",
    "hypothesis = sigmoid(X * theta);",
    "costReg = (lambda/(2*m)) * sum(theta(2:end) .^ 2)",
    "grads = ((X' * (hypothesis - y))./m);",
)
_NSA2_COST = "J = (-1/m) * sum((y .* log(hypothesis)) + (1-y) .* log(1-hypothesis)) + costReg;"
_NSA2_GRAD = "grad(1) = grads(1);\ngrad(2:end) = grads(2:end) + (lambda/m) * theta(2:end);"

# --- charlesfry
_CHF5_LETS = ("m = length(y); % number of training examples",)
_CHF5_COST = (
    "J = (1 / (2 * m)) * sum( (y - (X * theta)).^2 );\n\nregtheta = theta;\nregtheta(1) = 0;\n\n"
    "J += (lambda / (2 * m)) * sum( (regtheta.^2) );"
)
_CHF5_GRAD = "grad = (1 / m) * X' * ((X * theta) - y);\n\ngrad += (lambda / m) * regtheta;"
_CHF5_GLETS = _CHF5_LETS + ("regtheta = theta;", "regtheta(1) = 0;")
_CHF2_LETS = ("m = length(y); % number of training examples", "h = sigmoid(X * theta);")
_CHF2_COST = "J = (1 / m) * sum( -y .* log(h) - (1 - y) .* log(1 - h))"
_CHF2_GRAD = "error = h - y;\n    \ngrad = (1 / m) * error' * X"
_CHF2_WHY = "the mean cross-entropy of h = sigmoid(X * theta); X is Data.X, theta Data.theta"
_CHF2R_LETS = ("m = length(y); % number of training examples", "h = sigmoid(X * theta);", "errors = h - y;")
_CHF2R_COST = (
    "J = (1 / m) * (-y' * log(h) - (1 - y)' * log(1 - h)) + ...\n"
    "  (lambda / (2 * m)) * (theta(2:length(theta)))' * theta(2:length(theta));"
)
_CHF2R_GRAD = "reg_theta = theta\nreg_theta(1) = 0;\n  \ngrad = (1 / m) * X' * errors + (lambda / m) * reg_theta;"

# --- diancici
_DIA2_LETS = (
    "m = length(y); % number of training examples",
    "J = 0;",
    "grad = zeros(size(theta)); % n*1 vector",
    "reg = 0;",
)
_DIA2_GRAD = (
    "for i=1:m\n    h_theta = sigmoid(X(i,:)* theta);\n    J = J-y(i)*log(h_theta)-(1-y(i))*log(1-h_theta); \n"
    "    grad = grad + ((h_theta - y(i)).* X(i,:))'/m; % n*1 vector\nend\n\nfor j=2:size(theta)\n"
    "    reg = reg + lambda*theta(j).^2/2;\n    grad(j) = grad(j)+ lambda*theta(j)/m; % compute the gradient\nend"
)
_DIA2_COST = (
    "(1/m) * sum(-y .* log(sigmoid(X*theta)) - (1-y) .* log(1-sigmoid(X*theta))) + lambda/(2*m) * sum(theta(2:end).^2)"
)
_DIA2_WHY = (
    "the function's J = (J+reg)/m after the loops: (1/m)Σ of the cross-entropy of sigmoid(X(i,:)*theta) plus "
    "λ/(2m)Σθ_j² for j = 2…n, written above in one line in the file's names; " + _RLOG_WHY
)
_DIA3_LETS = ("m = length(y); % number of training examples", "h_theta = sigmoid(X * theta);")
_DIA3_COST = "J = sum(-y.*log(h_theta)-(1-y).*log(1-h_theta))/m + sum(theta(2:end,1).^2)*lambda/(2*m);"
_DIA3_GRAD = "beta = h_theta - y;\ntemp = theta;\ntemp(1) = 0;\ngrad = (X'* beta)/m + temp*lambda/m;"
_DIA5_LETS = ("m = length(y); % number of training examples", "h_theta = X * theta;")
_DIA5_COST = "J = sum((h_theta - y).^2)/(2*m) + sum(theta(2:end,1).^2)*lambda/(2*m);"
_DIA5_GRAD = _DIA3_GRAD

# --- giovana-morais (Portuguese)
_GIOR_LETS = (
    "m = length(y); % numero de exemplos de treinamento",
    "J = 0;",
    "sum_theta = 0;",
    "h_theta = sigmoid(X * theta);",
)
_GIOR_COST = (
    "for i = 1: m\n  J = J + (-y(i) * log(h_theta(i)) - (1-y(i)) * log(1 - h_theta(i)));\nendfor\n\n"
    "for j = 2: size(theta)\n  sum_theta = sum_theta + theta(j) ^ 2;\nendfor\nJ = J/m + sum_theta/(2*m);"
)
_GIOR_GRAD = "dJ = h_theta - y;\n\ntheta(1) = 0;\ngrad = ((dJ' * X)/m) + ((lambda/m).*theta)';"
_GIOC_LETS = ("m = length(y); % numero de exemplos de treinamento", "h_theta = sigmoid(X * theta);")
_GIOC_COST = "J = ((-y' * log(h_theta)) - (1 - y)' * log(1 - h_theta))/m;"
_GIOC_GRAD = "dJ = h_theta - y;\ngrad = (dJ' * X)/m;"
_GIOC_WHY = (
    "graded against the file's commented vectorised J line, its % taken off (the loop above it computes the same "
    "mean cross-entropy of h_theta = sigmoid(X * theta)); X is Data.X, theta Data.theta"
)

# --- angelacassanelli (Italian)
_ANG_LETS = (
    "m = height(yTrain);",
    "h = sigmoid(xTrain * theta);",
    "error = h - yTrain;",
    "regularizationTerm = (lambda / (2 * m)) * sum(theta(2:end).^2);",
)
_ANG_COST = "cost = -(1/m) * sum(yTrain .* log(h) + (1 - yTrain) .* log(1 - h)) + regularizationTerm;"
_ANG_STEP = (
    "theta(1) = theta(1) - alpha * (1/m) * (xTrain(:,1)' * error);\n"
    "theta(2:end) = theta(2:end) - alpha * (1/m) * (xTrain(:,2:end)' * error + lambda * theta(2:end));"
)
_ANG_WHY = (
    "'% Calcola la funzione di costo (log-costo) con regolarizzazione': the mean cross-entropy of sigmoid(xTrain * "
    "theta) plus λ/(2m)Σθ_j² over theta(2:end) ('escludendo il termine bias'); the steps are θ − α·(partial), the "
    "partials being the factors after alpha; xTrain is Data.X, yTrain Data.y, theta Data.theta, lambda Data.lam"
)

# --- posulka50 (Ukrainian notes)
_POSG_J = r"J(\beta) = \frac{1}{n} \sum_{i=1}^{n} (y_i - X_i \beta)^2"
_POSG_WHY = (
    "'## Приклад для лінійної регресії', 'Функція втрат: **MSE**': the mean squared error (no ½) of X_i β; X_i is "
    "row i of Data.X, β Data.beta"
)
_POSL_LETS = (
    r"P(y=1|X) = \sigma(\beta^T X) = \frac{1}{1 + e^{-\beta^T X}}",
    r"$\hat{p}$ — передбачена ймовірність $P(y=1)$",
)
_POSL_J = r"J(\beta) = -\frac{1}{n} \sum_{i=1}^{n} [y_i \log(\hat{p}_i) + (1-y_i) \log(1-\hat{p}_i)]"
_POSL_G = r"\frac{\partial J}{\partial \beta_j} = \frac{1}{n} \sum_{i=1}^{n} (\hat{p}_i - y_i) x_{ij}"
_POSL_WHY = (
    "'### Для всього датасету': the mean cross-entropy of p̂_i = σ(βᵀx_i) ('### Передбачення ймовірності'); x_i "
    "is row i of Data.X (x_{ij} its entry j), β Data.beta"
)

# --- index: Chinese Markdown article
_ZH_LETS = ("y_pred = np.dot(X, w) + b", "m = len(X)")
_ZH_COST = "loss = np.mean((y - y_pred)**2)"
_ZH_WHY = (
    "the example's loss: the mean squared error (no ½) of np.dot(X, w) + b; X is Data.X, w Data.w, b Data.b"
)

# --- index: manual NumPy gradients (w, b)
_PE_LETS = ("def forward(x) :\n  return w*x + b", "y_pred = forward(X)")
_PE_COST = "((y_pred-y)**2).mean()"
_PE_WHY = (
    "def Loss (y,y_pred): return ((y_pred-y)**2).mean(): the mean squared error (no ½) of forward(x) = w*x + b, one "
    "feature; x (X) is Data.x, the scalar w Data.w[0], b Data.b"
)

# --- index: polynomial docstring
_PO_LETS = ("y_hat = theta_0 + theta_1 * x + theta_2 * x^2 + ... + theta_n * x^n",)
_PO_COST = "J(theta) = (1 / m) * sum_i (y_hat_i - y_i) ** 2"
_PO_WHY = (
    "the module docstring: the mean squared error (no ½) of the polynomial y_hat = Σ_j theta_j x^j (design_matrix "
    "builds the columns x^0, x^1, …); x is Data.x, theta_0, theta_1, … are Data.theta[0], Data.theta[1], …"
)

# --- index: GradDescLinearRegressor
_GD_LETS = ("self.n_samples, self.n_features = X.shape", "y_pred = np.dot(X, self.weights) + self.bias")
_GD_COST = "np.mean((np.dot(X, self.weights) + self.bias - y) ** 2)"
_GD_WHY = (
    "the file has no cost; its comments name the MSE, graded against the mean squared error of np.dot(X, "
    "self.weights) + self.bias written above in the file's names; X is Data.X, self.weights Data.w, self.bias Data.b"
)

# --- index: a0, a1
_A_LETS = ("n = float(len(X)) # length of X", "Y_pred = a0 + a1*X  # The predicted value of Y")
_A_COST = "(1/n) * sum((Y - Y_pred)**2)"
_A_WHY = (
    "the file's comments give '#sum (yi - (a0+a1x)**2) derivative wrt to a1' and no cost in code; graded against the "
    "mean squared error (1/n)Σ(Y − (a0 + a1·X))², whose a0-partial the file's D_a0 is, written above in its names; X "
    "is the one feature (Data.x), Y Data.y, a0 Data.theta0, a1 Data.theta1"
)


COSTS: list[Cost] = [
    # ============================================================ code with an address
    Cost(
        id="f85-nsaftarli-ex5-linearRegCostFunction-J",
        source=NSA5 + ", J = unregCost + regTerm;)",
        text=_NSA5_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_NSA5_LETS,
        why=_NSA5_WHY,
    ),
    Cost(
        id="f85-nsaftarli-ex3-lrCostFunction-J",
        source=NSA3 + ", J = (1/m) * sum(…) + costReg;)",
        text=_NSA3_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_NSA3_LETS[:3],
        why=_RLOG_WHY,
    ),
    Cost(
        id="f85-charlesfry-ex5-J-regtheta",
        source=CHF5 + ", J = …; regtheta = theta; regtheta(1) = 0; J += …;)",
        text=_CHF5_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_CHF5_LETS,
        why="(1/2m)Σ(y − Xθ)² plus λ/(2m)Σ regtheta², regtheta being theta with theta(1) zeroed; " + _NSA5_WHY,
    ),
    Cost(
        id="f85-charlesfry-ex2-costFunction-J",
        source=CHF2 + ", J = (1 / m) * sum( -y .* log(h) - (1 - y) .* log(1 - h)))",
        text=_CHF2_COST,
        intended=_mean_ce_theta,
        wrt=("theta_j",),
        lets=_CHF2_LETS,
        why=_CHF2_WHY,
    ),
    Cost(
        id="f85-charlesfry-ex2-costFunctionReg-J-continued",
        source=CHF2R + ", J = … + ...  (lambda / (2 * m)) * …;)",
        text=_CHF2R_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_CHF2R_LETS[:2],
        why="the Octave continuation '...' joins the two lines; theta(2:length(theta))ᵀtheta(2:length(theta)) is "
        "Σθ_j² for j ≥ 2; " + _RLOG_WHY,
    ),
    Cost(
        id="f85-diancici-ex5-linearRegCostFunction-J",
        source=DIA5 + ", % Compute the cost function)",
        text=_DIA5_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_DIA5_LETS,
        why="theta(2:end,1) is theta without its first entry; " + _NSA5_WHY,
    ),
    Cost(
        id="f85-giovana-pt-funcaoCustoReg-J-no-lambda",
        source=GIOR + ", the two loops and J = J/m + sum_theta/(2*m);, dedented by two)",
        text=_GIOR_COST,
        intended=_gio_reg,
        wrt=("theta_j",),
        lets=_GIOR_LETS,
        why="as written: the mean cross-entropy of h_theta = sigmoid(X * theta) plus sum_theta/(2m) = (1/2m)Σθ_j² for "
        "j = 2…n; λ (lambda, an argument of the function) is missing from the penalty; X is Data.X, theta Data.theta",
    ),
    Cost(
        id="f85-angelacassanelli-it-cost-reg",
        source=ANG + ", '% Calcola la funzione di costo (log-costo) con regolarizzazione')",
        text=_ANG_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_ANG_LETS[:2] + _ANG_LETS[3:],
        why=_ANG_WHY,
    ),
    # ============================================================ notes with an address
    Cost(
        id="f85-posulka50-uk-gd-mse-J-beta",
        source=POSG + ", '- Функція втрат: **MSE**', $$ J(\\beta) = … $$)",
        text=_POSG_J,
        intended=_mse_beta,
        wrt=("beta_j",),
        why=_POSG_WHY,
    ),
    Cost(
        id="f85-posulka50-uk-logistic-J-beta",
        source=POSL + ", '### Для всього датасету', $$J(\\beta) = … $$)",
        text=_POSL_J,
        intended=_mean_ce_beta,
        wrt=("beta_j",),
        lets=_POSL_LETS,
        why=_POSL_WHY,
    ),
    Cost(
        id="f85-posulka50-uk-l2-logloss-word",
        source=POSL + ", '## Регуляризація', '### L2 (Ridge)')",
        text=r"J(\beta) = -\frac{1}{n} \sum \text{log-loss} + \lambda \sum_{j=1}^{p} \beta_j^2",
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="the data term is the word \\text{log-loss} under a sum with no index or limits, and the minus in front "
        "of a loss that is already −[y log p̂ + (1−y) log(1−p̂)] would turn it into a log-likelihood; what is summed "
        "is not written as a formula: not readable",
    ),
    # ============================================================ code without an address
    Cost(
        id="f85-idx30635294339-zh-loss-mean",
        source=IDX_ZH + ", loss = np.mean((y - y_pred)**2))",
        text=_ZH_COST,
        intended=_mse_w_b,
        wrt=("w_j", "b"),
        lets=_ZH_LETS[:1],
        why=_ZH_WHY,
    ),
    Cost(
        id="f85-idx6366736395-manual-loss-w-b",
        source=IDX_PE + ", def Loss (y,y_pred): return ((y_pred-y)**2).mean())",
        text=_PE_COST,
        intended=_mse_slope_b,
        wrt=("w", "b"),
        lets=_PE_LETS,
        why=_PE_WHY,
    ),
    Cost(
        id="f85-idx57007738117-docstring-poly-mse",
        source=IDX_PO + ", 'fitted by minimising the mean squared error::')",
        text=_PO_COST,
        intended=_poly_mse,
        wrt=("theta_j",),
        lets=_PO_LETS,
        why=_PO_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f85-giovana-pt-funcaoCustoReg-grad-lambda-not-in-J",
        source=GIOR + ", dJ = h_theta - y; theta(1) = 0; grad = …;, dedented by two)",
        text=_GIOR_GRAD,
        cost=_GIOR_COST,
        verdict="different",
        wrt="theta_j",
        lets=_GIOR_LETS,
        why="the gradient has (λ/m)θ_j for j ≥ 2 (θ(1) zeroed), but the J the same function returns penalises with "
        "sum_theta/(2m), no λ, whose partial is (1/m)θ_j; the data part (1/m)(h − y)ᵀX is right (a row); the "
        "two agree only at λ = 1; X is Data.X, theta Data.theta, lambda Data.lam",
    ),
    Answer(
        id="f85-idx18034534129-dw-mse-drops-2",
        source=IDX_GD + ", dw = …  # partial derivitive of MSE w.r.t weights)",
        text="dw = np.dot(X.T, y_pred - y) / self.n_samples # partial derivitive of MSE w.r.t weights",
        cost=_GD_COST,
        verdict="different",
        wrt="w_j",
        lets=_GD_LETS,
        why="Xᵀ(ŷ − y)/n is half the partial of the MSE the comment names, (2/n)Xᵀ(ŷ − y) (it is the partial of the "
        "half-MSE); " + _GD_WHY,
    ),
    Answer(
        id="f85-idx18034534129-db-mse-drops-2",
        source=IDX_GD + ", db = …  # partial derivitive of MSE w.r.t. bias)",
        text="db = np.sum(y_pred - y) / self.n_samples # partial derivitive of MSE w.r.t. bias",
        cost=_GD_COST,
        verdict="different",
        wrt="b",
        lets=_GD_LETS,
        why="Σ(ŷ − y)/n is half the MSE's bias partial (2/n)Σ(ŷ − y); " + _GD_WHY,
    ),
    Answer(
        id="f85-idx30635294339-zh-dw-residual-flipped",
        source=IDX_ZH + ", dw = (1/m) * np.dot(X.T, (y - y_pred)))",
        text="dw = (1/m) * np.dot(X.T, (y - y_pred))",
        cost=_ZH_COST,
        verdict="different",
        wrt="w_j",
        lets=_ZH_LETS,
        why="the partial of mean((y − ŷ)²) is −(2/m)Xᵀ(y − ŷ): dw has the wrong sign (w -= learning_rate * dw "
        "climbs) and half the size; " + _ZH_WHY,
    ),
    Answer(
        id="f85-idx30635294339-zh-db-residual-flipped",
        source=IDX_ZH + ", db = (1/m) * np.sum(y - y_pred))",
        text="db = (1/m) * np.sum(y - y_pred)",
        cost=_ZH_COST,
        verdict="different",
        wrt="b",
        lets=_ZH_LETS,
        why="the bias partial is −(2/m)Σ(y − ŷ); db is minus half of it; " + _ZH_WHY,
    ),
    Answer(
        id="f85-idx39430937069-D-a1-sign-lost",
        source=IDX_A + ", D_a1 = (2/n) * sum(X * (Y - Y_pred))  # Gradient - Derivative wrt a0)",
        text="D_a1 = (2/n) * sum(X * (Y - Y_pred))",
        cost=_A_COST,
        verdict="different",
        wrt="a1",
        lets=_A_LETS,
        why="the a1-partial of (1/n)Σ(Y − a0 − a1X)² is −(2/n)ΣX(Y − Y_pred); D_a1 lost the minus that D_a0 on the "
        "next line keeps (the loop then adds alpha·D to both, so a1 descends and a0 climbs); " + _A_WHY,
    ),
    Answer(
        id="f85-idx6366736395-comment-dJ-dw-no-sum",
        source=IDX_PE + ", '# Gradient' comment above def gradient, '# ' taken off)",
        text="dJ/dw = 1/N 2x(w*x+b-y)",
        cost=_PE_COST,
        verdict="different",
        wrt="w",
        lets=_PE_LETS,
        why="(1/N)·2x(w*x + b − y) is one example's term divided by N, with no sum over the examples; the partial "
        "is (2/N)Σx_i(w x_i + b − y_i); " + _PE_WHY,
    ),
    Answer(
        id="f85-idx6366736395-comment-dJ-db-no-sum",
        source=IDX_PE + ", '# Gradient' comment above def gradient, '# ' taken off)",
        text="dJ/db = 1/N 2(w*x+b-y)",
        cost=_PE_COST,
        verdict="different",
        wrt="b",
        lets=_PE_LETS,
        why="(1/N)·2(w*x + b − y) with no sum over the examples; the partial is (2/N)Σ(w x_i + b − y_i); " + _PE_WHY,
    ),
    Answer(
        id="f85-idx6366736395-dw-dot-mean-no-1-over-N",
        source=IDX_PE + ", def gradient(x,y,y_pred): dw = …)",
        text="dw = np.dot(2*x , y_pred-y).mean()",
        cost=_PE_COST,
        verdict="different",
        wrt="w",
        lets=_PE_LETS,
        why="np.dot of two 1-D arrays is already the scalar Σ2x_i(ŷ_i − y_i), so .mean() changes nothing: N times "
        "the partial (2/N)Σx_i(ŷ_i − y_i); " + _PE_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f85-nsaftarli-ex5-grad-zero-stacked",
        source=NSA5 + ", derivative = …; grad = derivative + (lambda/m) * [0;theta(2:end)];)",
        text=_NSA5_GRAD,
        cost=_NSA5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NSA5_LETS,
        why="Xᵀ(Xθ − y)/m + (λ/m)[0; θ(2:end)], the intercept unpenalised; " + _NSA5_WHY,
    ),
    Answer(
        id="f85-nsaftarli-ex3-grad-split",
        source=NSA3 + ", grad(1) = grads(1); grad(2:end) = grads(2:end) + gradReg;)",
        text=_NSA3_GRAD,
        cost=_NSA3_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NSA3_LETS,
        why="grads = Xᵀ(h − y)/m; gradReg = (λ/m)θ(2:end) added from the second entry on; " + _RLOG_WHY,
    ),
    Answer(
        id="f85-nsaftarli-ex2-costFunctionReg-grad-split",
        source=NSA2 + ", grads = …; grad(1) = grads(1); grad(2:end) = …;)",
        text=_NSA2_GRAD,
        cost=_NSA2_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NSA2_LETS,
        why="Xᵀ(σ(Xθ) − y)/m with (λ/m)θ_j added for j ≥ 2; " + _RLOG_WHY,
    ),
    Answer(
        id="f85-charlesfry-ex5-grad-regtheta",
        source=CHF5 + ", grad = …; grad += (lambda / m) * regtheta;)",
        text=_CHF5_GRAD,
        cost=_CHF5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CHF5_GLETS,
        why="(1/m)Xᵀ(Xθ − y) + (λ/m)regtheta, theta(1) zeroed in regtheta; " + _NSA5_WHY,
    ),
    Answer(
        id="f85-charlesfry-ex2-grad-row",
        source=CHF2 + ", error = h - y; grad = (1 / m) * error' * X)",
        text=_CHF2_GRAD,
        cost=_CHF2_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CHF2_LETS,
        why="(1/m)(h − y)ᵀX, the gradient as a row (1 × n) rather than theta's column, the same entries "
        "(1/m)Σ(h_i − y_i)X_ij; " + _CHF2_WHY,
    ),
    Answer(
        id="f85-charlesfry-ex2-costFunctionReg-grad",
        source=CHF2R + ", reg_theta = theta … grad = (1 / m) * X' * errors + (lambda / m) * reg_theta;)",
        text=_CHF2R_GRAD,
        cost=_CHF2R_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CHF2R_LETS,
        why="(1/m)Xᵀ(h − y) + (λ/m)reg_theta with reg_theta(1) = 0 (reg_theta = theta has no ';', it only prints); "
        + _RLOG_WHY,
    ),
    Answer(
        id="f85-diancici-ex2-loop-grad",
        source=DIA2 + ", the two for loops)",
        text=_DIA2_GRAD,
        cost=_DIA2_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DIA2_LETS,
        why="the first loop sums (h_i − y_i)X(i,:)ᵀ/m over the examples (and J's terms), the second adds λθ_j/m for "
        "j = 2…n; " + _DIA2_WHY,
    ),
    Answer(
        id="f85-diancici-ex3-grad-temp",
        source=DIA3 + ", % Compute the gradient)",
        text=_DIA3_GRAD,
        cost=_DIA3_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DIA3_LETS,
        why="Xᵀ(h − y)/m + (λ/m)temp with temp(1) = 0; " + _RLOG_WHY,
    ),
    Answer(
        id="f85-diancici-ex5-grad-temp",
        source=DIA5 + ", % Compute the gradient)",
        text=_DIA5_GRAD,
        cost=_DIA5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DIA5_LETS,
        why="Xᵀ(Xθ − y)/m + (λ/m)temp with temp(1) = 0 (h_theta = X * theta here); " + _NSA5_WHY,
    ),
    Answer(
        id="f85-angelacassanelli-it-regularised-steps",
        source=ANG + ", '% Aggiorna i parametri del modello utilizzando la discesa del gradiente e la "
        "regolarizzazione', the two update lines, dedented)",
        text=_ANG_STEP,
        cost=_ANG_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ANG_LETS,
        why="the factors after alpha: (1/m)X(:,1)ᵀ(h − y) for theta(1) and (1/m)(X(:,2:end)ᵀ(h − y) + λθ(2:end)) for "
        "the rest; " + _ANG_WHY,
    ),
    Answer(
        id="f85-giovana-pt-funcaoCusto-grad-row",
        source=GIOC + ", dJ = h_theta - y; grad = (dJ' * X)/m;, dedented by two)",
        text=_GIOC_GRAD,
        cost=_GIOC_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_GIOC_LETS,
        why="(h − y)ᵀX/m, the gradient as a row, entries (1/m)Σ(h_i − y_i)X_ij; " + _GIOC_WHY,
    ),
    Answer(
        id="f85-idx39430937069-D-a0",
        source=IDX_A + ", D_a0 = -(2/n) * sum(Y - Y_pred)  # Gradient - Derivative wrt a1)",
        text="D_a0 = -(2/n) * sum(Y - Y_pred)",
        cost=_A_COST,
        verdict="equivalent",
        wrt="a0",
        lets=_A_LETS,
        why="−(2/n)Σ(Y − a0 − a1X), the a0-partial (the comments swap the labels 'wrt a0'/'wrt a1'); " + _A_WHY,
    ),
    Answer(
        id="f85-posulka50-uk-gd-nabla-J",
        source=POSG + ", '- Градієнт:', $$ \\nabla J(\\beta) = … $$)",
        text=r"\nabla J(\beta) = -\frac{2}{n} X^T (y - X \beta)",
        cost=_POSG_J,
        verdict="equivalent",
        wrt="beta_j",
        why="−(2/n)Xᵀ(y − Xβ), the MSE's gradient (X is the matrix whose rows are the X_i); " + _POSG_WHY,
    ),
    Answer(
        id="f85-posulka50-uk-logistic-dJ-dbeta-j",
        source=POSL + ", '### Градієнт функції втрат')",
        text=_POSL_G,
        cost=_POSL_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_POSL_LETS,
        why="(1/n)Σ(σ(βᵀx_i) − y_i)x_ij; " + _POSL_WHY,
    ),
    Answer(
        id="f85-idx6366736395-db-dot-scalar-mean",
        source=IDX_PE + ", def gradient(x,y,y_pred): db = …)",
        text="db = np.dot(2 , y_pred-y).mean()",
        cost=_PE_COST,
        verdict="equivalent",
        wrt="b",
        lets=_PE_LETS,
        why="np.dot with the scalar 2 is 2·(ŷ − y) elementwise, so .mean() gives (2/N)Σ(ŷ_i − y_i), the bias "
        "partial (unlike dw on the line above); " + _PE_WHY,
    ),
    Answer(
        id="f85-idx57007738117-docstring-dJ-dtheta-j",
        source=IDX_PO + ", 'The gradient of the loss with respect to each parameter is::')",
        text="dJ/dtheta_j = (2 / m) * sum_i (y_hat_i - y_i) * x_i ** j",
        cost=_PO_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_PO_LETS,
        why="(2/m)Σ(ŷ_i − y_i)x_i^j, the partial in theta_j (x_i ** j is the j-th power; def gradient computes "
        "(2.0 / m) * (design.T @ error)); " + _PO_WHY,
    ),
    Answer(
        id="f85-idx71102496104-comment-dJ-dw",
        source=IDX_NP + ", '# Gradient computation' comments, '# ' taken off)",
        text="dJ/dw = (1/m) * X^T * errors",
        cost="J = (1 / 2m) * sum(errors^2)",
        verdict="equivalent",
        wrt="w_j",
        lets=("y_pred = np.dot(X, self.weights) + self.bias", "errors = y_pred - y"),
        why="Xᵀ(ŷ − y)/m; graded against the comment above it, '# Mean Squared Error Cost: J = (1 / 2m) * "
        "sum(errors^2)' (the code: float(np.mean(errors ** 2) / 2.0)), 1 / 2m read as 1/(2m); X is Data.X, "
        "self.weights Data.w, self.bias Data.b",
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f85-posulka50-uk-logistic-dJ-dbeta-j-residual-flipped",
        source=POSL + "; variant: (\\hat{p}_i - y_i) written (y_i - \\hat{p}_i))",
        text=_POSL_G.replace(r"(\hat{p}_i - y_i)", r"(y_i - \hat{p}_i)"),
        cost=_POSL_J,
        verdict="different",
        wrt="beta_j",
        lets=_POSL_LETS,
        why="variant: the log-likelihood's gradient, minus the cost's; " + _POSL_WHY,
    ),
    Answer(
        id="f85-nsaftarli-ex5-grad-intercept-penalised",
        source=NSA5 + "; variant: [0;theta(2:end)] written theta)",
        text="derivative = X' * (h-y)/m;\ngrad = derivative + (lambda/m) * theta;",
        cost=_NSA5_COST,
        verdict="different",
        wrt="theta_j",
        lets=_NSA5_LETS,
        why="variant: (λ/m)theta(1) is added to the intercept's partial, which regTerm does not penalise; "
        + _NSA5_WHY,
    ),
    Answer(
        id="f85-charlesfry-ex2-grad-row-no-1-over-m",
        source=CHF2 + "; variant: (1 / m) * dropped)",
        text="error = h - y;\n    \ngrad = error' * X",
        cost=_CHF2_COST,
        verdict="different",
        wrt="theta_j",
        lets=_CHF2_LETS,
        why="variant: (h − y)ᵀX is the summed cross-entropy's gradient, m times the mean's; " + _CHF2_WHY,
    ),
    Answer(
        id="f85-charlesfry-ex2-costFunctionReg-grad-theta-for-reg-theta",
        source=CHF2R + "; variant: (lambda / m) * reg_theta written (lambda / m) * theta)",
        text=_CHF2R_GRAD.replace("(lambda / m) * reg_theta", "(lambda / m) * theta"),
        cost=_CHF2R_COST,
        verdict="different",
        wrt="theta_j",
        lets=_CHF2R_LETS,
        why="variant: theta for reg_theta penalises theta(1), which J leaves out; " + _RLOG_WHY,
    ),
    Answer(
        id="f85-diancici-ex2-loop-grad-penalty-not-over-m",
        source=DIA2 + "; variant: lambda*theta(j)/m written lambda*theta(j) in the second loop's grad line)",
        text=_DIA2_GRAD.replace("grad(j)+ lambda*theta(j)/m;", "grad(j)+ lambda*theta(j);"),
        cost=_DIA2_COST,
        verdict="different",
        wrt="theta_j",
        lets=_DIA2_LETS,
        why="variant: λθ_j without the 1/m is m times the penalty's partial (J divides reg by m); " + _DIA2_WHY,
    ),
]

r"""A fresh held-out wave (f87), as a TA's inbox would hold it: a Spanish student's Octave practicas (linmdotor:
a logistic coste with its gradient, a regularised costeRegularizada and an ex3 lrCostFunction whose gradients add
(λ/m)·norm(theta(2:end)), a scalar, to every partial, and a regularised linear cost whose grad(2:end) is penalised
right), AndiDomi's ex2/ex3 Octave (J through O0 = theta; O0(1) = 0; the gradient with the zeroed O0), a Spanish
MATLAB Costo whose loop assigns grad(j) = grad + …, a NumPy log-likelihood with its ascent gradient (ehshan), an
EPFL team's logistic loss, its gradient, a second sigmoid-based gradient and a regularised reg_grad, a NumPy mean
square error class whose dC_dw sums the whole gradient to one number (hunterA-ai), and five public code files: an
Octave linearRegCostFunction with [0; theta(2:end)], a NumPy logistic loss with labels ±1, np.logaddexp and ½‖w‖²,
a NumPy grad_mean_squared_error, and two Markdown notes (linear regression and ridge) with LaTeX partials
$\frac{\delta MSE}{\delta w_j}$ and $\frac{\delta Cost}{\delta w_j}$.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers of every wave in this worktree and in /work/main); 32 of the 45 items come from
sources with an address:

* Octave (Spanish comments): github.com/linmdotor/Machine-Learning (practica2/coste.m, practica2/costeRegularizada.m,
  practica3/lrCostFunction.m, practica5/costeRegresionLinealRegularizada.m);
* Octave: github.com/AndiDomi/Machine-Learning-Standford (machine-learning-ex2/ex2/costFunctionReg.m,
  machine-learning-ex3/ex3/lrCostFunction.m);
* MATLAB: github.com/DerekCI/Matlab (Ejercicio2/Costo.m);
* NumPy: github.com/ehshan/Logistic-Regression-in-Python (Logistic-Regression.py),
  github.com/EPFLMachineLearningTeamYoor/Project1 (src/scripts/model_logistic.py),
  github.com/hunterA-ai/ml_playground (loss_functions/mean_square_error.py);
* code without an address: public code index files 9653127599 (Octave linearRegCostFunction, 'hyp = X * theta; %
  12x1 matrix'), 22036878577 (NumPy, def logistic(w, X, y, lam) with np.logaddexp), 40703075041 (NumPy, def
  grad_mean_squared_error(X, w, y)), 18366876626 (Markdown note on Linear Regression, '#### Derivative of a
  Function:') and 18375325860 (Markdown note on Ridge regression, 'Cost = MSE + \lambda\cdot||w||^2_2').

Names follow the sources: X, x, tx, features are Data.X (the Octave files' first column is the ones column,
theta(1) = Data.theta[0]); y, target are Data.y; theta is Data.theta; w, weights are Data.w, b is Data.b; lambda,
landa, lambda_, lam, λ are Data.lam; m, n, X.shape[0], numberOfTrainingExamples are the number of examples (Data.m).
In the Markdown notes $\hat y_i$ is the prediction x_i·w + b (the notes' own code: y_pred = X @ w + b) and x_{ji} is
feature j of example i (Data.X[i, j]). Where a source gives no cost for an answer, ``why`` says which cost it is
graded against (written in the source's own names). The real mistakes come first among the answers, then the real
right answers, then the one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and
checked against central finite differences of the costs (/tmp/f87/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
LIN = _GH + "linmdotor/Machine-Learning/blob/e057fd0966f0836669bc31dd5bf96dbd738cdb04/"
LIN_C = LIN + "practica2/coste.m (Octave, Spanish comments, function [J, grad] = coste(theta, x, y\t)"
LIN_CR = (
    LIN + "practica2/costeRegularizada.m (Octave, Spanish comments, function [J, grad] = costeRegularizada(theta, x, "
    "y, landa), which calls [J, grad] = coste(theta, x, y); the h, J and grad lines it adds to are coste.m's"
)
LIN_LR = LIN + "practica3/lrCostFunction.m (Octave, Spanish comments, function [J, grad] = lrCostFunction(theta, X, y, lambda)"
LIN_P5 = (
    LIN + "practica5/costeRegresionLinealRegularizada.m (Octave, Spanish comments, "
    "'# Calcula el coste y el gradiente de la regresión lineal regularizada.'"
)
AND = _GH + "AndiDomi/Machine-Learning-Standford/blob/1778211e106ccc234d90b7288704eb07a7456769/"
AND_LR = AND + "machine-learning-ex3/ex3/lrCostFunction.m (Octave, ex3"
AND_CR = AND + "machine-learning-ex2/ex2/costFunctionReg.m (Octave, ex2"
DER = (
    _GH + "DerekCI/Matlab/blob/ad992842fc8afc5a8790c4a4f3bfd51d6f58d3c0/Ejercicio2/Costo.m (MATLAB, "
    "function [J, grad] = Costo(theta, X, y)"
)
EHS = (
    _GH + "ehshan/Logistic-Regression-in-Python/blob/01b0279ec75750c3c4d8794e912b4cb874af86f6/Logistic-Regression.py "
    "(NumPy"
)
EPF = (
    _GH + "EPFLMachineLearningTeamYoor/Project1/blob/03a5a74e39258cd93aeedb4bb7969bc630311e0c/src/scripts/"
    "model_logistic.py (NumPy, from scipy.special import expit"
)
HUN = (
    _GH + "hunterA-ai/ml_playground/blob/9b76c63b60740feb34c0c89078a1adc2cbfdca5b/loss_functions/mean_square_error.py "
    "(NumPy, class mean_square_error"
)
IDX_LRC = "public code index file 9653127599 (Octave linearRegCostFunction, 'hyp = X * theta; % 12x1 matrix'"
IDX_LAE = "public code index file 22036878577 (NumPy, def logistic(w, X, y, lam) and def logistic_der(w, X, y, lam)"
IDX_GMS = "public code index file 40703075041 (NumPy, def grad_mean_squared_error(X, w, y)"
IDX_DJL = (
    "public code index file 18366876626 (Markdown note, '**Linear Regression (LR)** is a statistical [[supervised "
    "learning]] …', '#### Cost Function:', '#### Derivative of a Function:'"
)
IDX_DJR = (
    "public code index file 18375325860 (Markdown note on Ridge regression, '#### Cost Function:', '#### Derivative "
    "of a Function:'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _mean_ce_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_mean_ce_skip0(d):
    return _mean_ce_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _reg_half_mse_skip0(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _loglik_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(d.y * z - np.log(1 + np.exp(z))))


def _nll_sum_w(d):
    z = d.X @ d.w
    return float(-np.sum(z * d.y) + np.sum(np.log1p(np.exp(z))))


def _reg_nll_sum_w(d):
    return _nll_sum_w(d) + d.lam * float(d.w @ d.w)


def _pm_logistic_half_l2(d):
    z = -d.y * (d.X @ d.w)
    return float(np.sum(np.log1p(np.exp(z)))) + d.lam * 0.5 * float(d.w @ d.w)


def _mse_wb(d):
    r = d.y - (d.X @ d.w + d.b)
    return float(r @ r) / d.m


# ------------------------------------------------------------------ texts the items share
# --- linmdotor (Octave, Spanish comments)
_LIN_LETS = ("m = length(y); # numero de ejemplos de entrenamiento", "h = sigmoide(x * theta);")
_LIN_COST = "J = (1 / m) * sum((-y .* log(h)) - ((1 - y) .* log(1 - (h))));"
_LIN_GRAD = "grad = (1 / m) .* x' * (h - y);"
_LIN_WHY = (
    "the mean cross-entropy of h = sigmoide(x * theta) (sigmoide is the course's logistic function); x is Data.X, "
    "theta Data.theta"
)
_LIN_CR_COST = _LIN_COST + "\nJ = J + (landa / (2*m)) * norm(theta([2:end])) ^ 2;"
_LIN_CR_GRAD = "grad = grad + ((landa / m) * norm(theta([2:end])));"
_LIN_LR_LETS = ("m = length(y); # numero de ejemplos de entrenamiento", "h = sigmoide(X * theta);")
_LIN_LR_COST = (
    "J = (1 / m) * sum((-y .* log(h)) - ((1 - y) .* log(1 - (h))));\n"
    "J = J + (lambda / (2 * m)) * norm(theta([2:end])) ^ 2;"
)
_LIN_LR_GRAD = "grad = (1 / m) .* X' * (h - y);\ngrad = grad + ((lambda / m) * norm(theta([2:end])));"
_RLOG_WHY = (
    "the mean cross-entropy of sigmoid(X * theta) plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left "
    "out of the penalty (norm(theta([2:end])) ^ 2 is that sum of squares); X (x) is Data.X, theta Data.theta "
    "(theta(1) = Data.theta[0]), lambda (landa) Data.lam"
)
_LIN_P5_LETS = (
    "m = length(y); # numero de ejemplos de entrenamiento",
    "coste = (1 / (2 * m)) * sum(((X * theta) - y) .^ 2);",
    "reg = (landa / (2 * m)) * sum(theta(2:end) .^ 2);",
)
_LIN_P5_COST = "J = coste + reg;"
_LIN_P5_GRAD = (
    "grad = (1 / m) .* (X' * ((X * theta) - y));\n"
    "grad(2:end) = grad(2:end) + ((landa / m) * theta(2:end));"
)
_RLIN_WHY = (
    "the half mean squared error of X * theta plus λ/(2m)Σθ_j² over theta(2:end), the intercept theta(1) left out "
    "of the penalty; X is Data.X, theta Data.theta (theta(1) = Data.theta[0]), lambda (landa) Data.lam"
)

# --- AndiDomi (Octave)
_AND_LETS = ("m = length(y); % number of training examples",)
_AND_COST = (
    "O0=theta;\n"
    "h0 = sigmoid(X*O0);\n"
    "temp = sum(-y.*log(h0)-((1-y).*log(1-h0)));\n"
    "\n"
    "\n"
    "j=1;\n"
    "temp_reg = 0;\n"
    "O0(1)=0;\n"
    "temp_reg = sum(O0.^2);\n"
    "\n"
    "J = (temp/m) + (temp_reg*lambda)/(2*m);"
)
_AND_GRAD = "O0 = theta;\nO0(1)=0;\ngrad = ( (1/m)*( X'*( sigmoid(X*theta)-y))) + (lambda/m)*O0;"

# --- DerekCI (MATLAB)
_DER_COST = (
    "numberOfTrainingExamples = length(y);\n"
    "costSummation = 0;\n"
    "for i=1:numberOfTrainingExamples\n"
    "    costSummation = costSummation - y(i)*log(sigmoid(theta' * X(i, :)')) ...\n"
    "        - (1 - y(i))*log(1 - sigmoid(theta' * X(i, :)'));\n"
    "end\n"
    "J = (1 / numberOfTrainingExamples) * costSummation;"
)
_DER_GRAD = (
    "grad = zeros(size(theta));\n"
    "for j=1:size(theta)\n"
    "    for i=1:numberOfTrainingExamples\n"
    "        grad(j) = grad + (sigmoid(theta' * X(i, :)') - y(i)) * X(i, j);\n"
    "    end\n"
    "end\n"
    "grad = grad / numberOfTrainingExamples;"
)

# --- ehshan (NumPy)
_EHS_LETS = ("scores = np.dot(features, weights)",)
_EHS_COST = "l_l = np.sum(target * scores - np.log(1 + np.exp(scores)))"
_EHS_GLETS = ("scores = np.dot(features, weights)", "predictions = sigmoid(scores)")
_EHS_GRAD = "error = target - predictions\ng = np.dot(features.T, error)"
_EHS_WHY = (
    "the log-likelihood Σᵢ[yᵢzᵢ − log(1 + e^{zᵢ})], zᵢ = xᵢ·w, which the file maximises (weights += learning_rate * "
    "g); features is Data.X, target Data.y, weights Data.w"
)

# --- EPFL team (NumPy)
_EPF_COST = "-np.sum(np.multiply((tx @ w).flatten(), y.flatten())) + np.sum(np.log1p(np.exp(tx @ w)))"
_EPF_GLETS = ("(N, D) = tx.shape",)
_EPF_GRAD = "(tx.T @ (expit(tx @ w) - y)).reshape(D, 1)"
_EPF_CALC = "step1 = sigmoid(tx.dot(w)) - y\nstep2 = tx.T\ngradient = np.dot(step2,step1)"
_EPF_REG_COST = (
    "-np.sum(np.multiply((tx @ w).flatten(), y.flatten())) + np.sum(np.log1p(np.exp(tx @ w))) + lambda_ * (w.T @ w)"
)
_EPF_REG_GRAD = (
    "def grad(y, tx, w):\n"
    '    """ returns logistic regression gradient """\n'
    "    (N, D) = tx.shape\n"
    "    return (tx.T @ (expit(tx @ w) - y)).reshape(D, 1)\n"
    "\n"
    "def loss(y, tx, w):\n"
    '    """ returns logistic regression loss """\n'
    "    return -np.sum(np.multiply((tx @ w).flatten(), y.flatten())) + np.sum(np.log1p(np.exp(tx @ w)))\n"
    "\n"
    "def reg_grad(y, tx, w, lambda_):\n"
    '    """ returns regularized logistic regression gradient """\n'
    "    (N, D) = tx.shape\n"
    "    return grad(y, tx, w) + (2 * lambda_ * w).reshape(D, 1)"
)
_EPF_WHY = (
    "the summed negative log-likelihood −Σᵢ yᵢzᵢ + Σᵢ log(1 + e^{zᵢ}), zᵢ = (tx @ w)ᵢ, of the file's loss(y, tx, w); "
    "expit is scipy's logistic function; tx is Data.X, y Data.y, w Data.w"
)
_EPF_REG_WHY = (
    "graded against the file's reg_loss(y, tx, w, lambda_) = loss(y, tx, w) + lambda_ * (w.T @ w), written out with "
    "loss's return expression: the summed negative log-likelihood of expit(tx @ w) plus λ‖w‖² (every weight "
    "penalised); tx is Data.X, y Data.y, w Data.w, lambda_ Data.lam"
)

# --- hunterA-ai (NumPy)
_HUN_COST = "np.sum((np.dot(X, w) + b - y)**2)/X.shape[0]"
_HUN_DW = "return 2 * np.sum(np.dot((np.dot(X, w) + b - y), X)) / X.shape[0] # shape(in_n)"
_HUN_DB = "return 2 * np.sum(np.dot(X, w) + b - y) / X.shape[0]"
_HUN_WHY = (
    "graded against the class's compute(y_true, y_pred) = np.sum((y_pred - y_true)**2)/len(y_true) with the "
    "prediction np.dot(X, w) + b its dC_dw and dC_db use, written out in the class's names: the mean squared error "
    "of X·w + b; X is Data.X, w Data.w, b Data.b, y Data.y"
)

# --- index file 9653127599 (Octave linearRegCostFunction)
_LRC_LETS = (
    "m = length(y); % number of training examples",
    "hyp = X * theta; % 12x1 matrix",
    "sum_sq_error = sum((hyp - y).^2);",
    "reg = ((lambda/(2*m)) * sum([0; theta(2:end)] .^ 2));",
)
_LRC_COST = "J = (1/(2*m) * sum_sq_error) + reg;"
_LRC_GLETS = ("m = length(y); % number of training examples", "hyp = X * theta; % 12x1 matrix")
_LRC_GRAD = "sum_error = X' * (hyp - y);\n\ngrad = ((1/m) * sum_error) + ((lambda/m) * [0; theta(2:end)]);"

# --- index file 22036878577 (NumPy, labels ±1, np.logaddexp)
_LAE_LETS = ("z = - y * np.dot(X, w)",)
_LAE_COST = (
    "loss = np.sum(np.logaddexp(0, z))  # loss\n"
    "regul = 0.5 * np.linalg.norm(w) ** 2  # regularizer\n"
    "return loss + lam * regul"
)
_LAE_GRAD = (
    "loss_der = np.dot(- y * sigmoid(z), X)  # loss derivative\n"
    "regul_der = w  # regularizer derivative\n"
    "return loss_der + lam * regul_der"
)
_LAE_WHY = (
    "Σᵢ log(1 + e^{−yᵢ xᵢ·w}) (np.logaddexp(0, z) is log(e⁰ + e^z)) plus lam·½‖w‖²; the file's labels are ±1, but "
    "the cost and its gradient hold for any y; X is Data.X, y Data.y, w Data.w, lam Data.lam"
)

# --- index file 40703075041 (NumPy)
_GMS_COST = "np.mean((y - X @ w) ** 2)"
_GMS_GRAD = "return 2 / X.shape[0] * (X.T @ X @ w - X.T @ y)"
_GMS_WHY = (
    "graded against the file's mean_squared_error(y_true, y_pred) = np.mean((y_true - y_pred) ** 2) with y_pred = "
    "X @ w (the model its gradient differentiates), written in the file's names; X is Data.X, w Data.w, y Data.y"
)

# --- index files 18366876626 and 18375325860 (Markdown notes)
_DJL_COST = r"MSE = \frac{1}{n}\sum_{i=1}^n(y_i-\hat y_i)^2"
_DJL_GRAD = r"\frac{\delta MSE}{\delta w_j} = \frac{2}{n}\sum_{i=1}^n(\hat y_i-y_i)x_{ji}"
_DJL_WHY = (
    "the mean squared error of ŷᵢ = xᵢ·w + b (the note's code: y_pred = X @ w + b); x_{ji} is feature j of "
    "example i, Data.X[i, j]; w is Data.w, b Data.b, y Data.y, n the number of examples"
)
_DJR_COST = r"Cost = MSE + \lambda\cdot||w||^2_2 = \sum_{i=1}^n(y_i-\hat y_i)^2 + \lambda\sum_{j=1}^p w_j^2"
_DJR_GRAD = (
    r"\frac{\delta Cost}{\delta w_j} = \frac{\delta MSE}{\delta w_j} + 2\lambda\cdot w_j = "
    r"2\cdot\left(\sum_{i=1}^n(\hat y_i-y_i)\cdot x_{ji} + \lambda\cdot w_j\right)"
)
_DJR_WHY = (
    "the note's cost is its last expression, the sum (not the mean) of squared errors of ŷᵢ = xᵢ·w + b (the note's "
    "code: y_pred = X @ w + b) plus λΣw_j² (its 'MSE' stands for that sum); the answer is graded by its final "
    "expression; x_{ji} is Data.X[i, j], w Data.w, b Data.b, λ Data.lam"
)


COSTS: list[Cost] = [
    # ============================================================ code and notes with an address
    Cost(
        id="f87-linmdotor-es-coste-J",
        source=LIN_C + ", '# Aplicamos las fórmulas', dedented)",
        text=_LIN_COST,
        intended=_mean_ce_theta,
        wrt=("theta_j",),
        lets=_LIN_LETS,
        why=_LIN_WHY,
    ),
    Cost(
        id="f87-linmdotor-es-lrCostFunction-J-norm-squared",
        source=LIN_LR + ", the two J lines, the grad line between them left out, dedented)",
        text=_LIN_LR_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_LIN_LR_LETS,
        why="J is re-bound: the second line adds the penalty to the first; " + _RLOG_WHY,
    ),
    Cost(
        id="f87-linmdotor-es-costeRegresionLinealRegularizada-J",
        source=LIN_P5 + ", '# Término del coste', '# Término de regularización', '# Coste regularizado.')",
        text=_LIN_P5_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_LIN_P5_LETS,
        why=_RLIN_WHY,
    ),
    Cost(
        id="f87-andidomi-lrCostFunction-J-O0",
        source=AND_LR + ", the lines after the hints)",
        text=_AND_COST,
        intended=_reg_mean_ce_skip0,
        wrt=("theta_j",),
        lets=_AND_LETS,
        why="O0 is a copy of theta whose first entry is zeroed only after h0 is computed, so h0 uses the whole theta "
        "and temp_reg = Σ_{j≥2}θ_j²; j = 1 and temp_reg = 0 are unused; " + _RLOG_WHY,
    ),
    Cost(
        id="f87-ehshan-log-likelihood-l_l",
        source=EHS + ", def log_likelihood(features, target, weights), '# Log of the product = the sum of the logs')",
        text=_EHS_COST,
        intended=_loglik_sum_w,
        wrt=("w_j",),
        lets=_EHS_LETS,
        why=_EHS_WHY,
    ),
    Cost(
        id="f87-epfl-model-logistic-loss",
        source=EPF + ", def loss(y, tx, w), its return expression)",
        text=_EPF_COST,
        intended=_nll_sum_w,
        wrt=("w_j",),
        why=_EPF_WHY,
    ),
    # ============================================================ code and notes without an address
    Cost(
        id="f87-idx9653127599-J-sum-sq-error-reg",
        source=IDX_LRC + ", '% --------- cost function ---------')",
        text=_LRC_COST,
        intended=_reg_half_mse_skip0,
        wrt=("theta_j",),
        lets=_LRC_LETS,
        why="[0; theta(2:end)] .^ 2 sums the squares of theta(2:end) only; " + _RLIN_WHY,
    ),
    Cost(
        id="f87-idx22036878577-logaddexp-plus-half-l2",
        source=IDX_LAE + ", def logistic(w, X, y, lam), dedented)",
        text=_LAE_COST,
        intended=_pm_logistic_half_l2,
        wrt=("w_j",),
        lets=_LAE_LETS,
        why=_LAE_WHY,
    ),
    Cost(
        id="f87-idx18366876626-md-mse-hat-y",
        source=IDX_DJL + ", '#### Cost Function:')",
        text=_DJL_COST,
        intended=_mse_wb,
        wrt=("w_j", "b"),
        why=_DJL_WHY,
    ),
]


ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f87-linmdotor-es-lrCostFunction-grad-plus-norm",
        source=LIN_LR + ", the two grad lines, '#Regulariza J, …', dedented)",
        text=_LIN_LR_GRAD,
        cost=_LIN_LR_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LIN_LR_LETS,
        why="(λ/m)·norm(theta(2:end)) is one number, the length of theta(2:end), added to every partial, the "
        "intercept's too; the penalty's partials are (λ/m)θ_j for j ≥ 2 and 0 for theta(1); " + _RLOG_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-costeRegularizada-grad-plus-norm",
        source=LIN_CR + ", '# Añadimos la parte de la regularizacion a la funcion original', dedented)",
        text=_LIN_CR_GRAD,
        cost=_LIN_CR_COST,
        verdict="different",
        wrt="theta_j",
        lets=(*_LIN_LETS, _LIN_GRAD),
        why="grad starts as coste.m's (1/m)·x'(h − y) and gets (λ/m)·norm(theta(2:end)), one number, added to every "
        "partial; the penalty's partials are (λ/m)θ_j for j ≥ 2 and 0 for theta(1); the cost is coste.m's J with the "
        "penalty line of costeRegularizada.m; " + _RLOG_WHY,
    ),
    Answer(
        id="f87-hunterA-ai-dC_dw-np-sum",
        source=HUN + ", def dC_dw(self, X, w, b, y))",
        text=_HUN_DW,
        cost=_HUN_COST,
        verdict="different",
        wrt="w_j",
        why="np.dot(residual, X) is the vector Xᵀr, but np.sum adds its entries into one number, so every "
        "component gets (2/m)Σ_k Σ_i r_i x_ik instead of (2/m)Σ_i r_i x_ij (the '# shape(in_n)' comment says what "
        "was meant); " + _HUN_WHY,
    ),
    Answer(
        id="f87-derekci-costo-grad-j-equals-whole-grad",
        source=DER + ", the gradient loop)",
        text=_DER_GRAD,
        cost=_DER_COST,
        verdict="refuse",
        wrt="theta_j",
        why="grad(j) = grad + … puts the whole vector grad plus a number into one component (MATLAB stops with a "
        "size mismatch); the intended accumulation grad(j) = grad(j) + … is not what is written, so there is no "
        "gradient to grade; the cost is the mean cross-entropy of sigmoid(theta' * X(i, :)'); X is Data.X, theta "
        "Data.theta",
    ),
    # ============================================================ real answers: right
    Answer(
        id="f87-linmdotor-es-coste-grad",
        source=LIN_C + ", the grad line, dedented)",
        text=_LIN_GRAD,
        cost=_LIN_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LIN_LETS,
        why="(1/m)·xᵀ(h − y) is the gradient of the mean cross-entropy; " + _LIN_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-costeRegresionLinealRegularizada-grad-2-end",
        source=LIN_P5 + ", '#Calculo del gradiente (separando j>=1)')",
        text=_LIN_P5_GRAD,
        cost=_LIN_P5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LIN_P5_LETS,
        why="(1/m)Xᵀ(Xθ − y), with (λ/m)θ_j added to grad(2:end) only; " + _RLIN_WHY,
    ),
    Answer(
        id="f87-andidomi-costFunctionReg-grad-O0",
        source=AND_CR + ", the last O0 = theta; O0(1)=0; grad = … lines; the same three lines close ex3's "
        "lrCostFunction.m)",
        text=_AND_GRAD,
        cost=_AND_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_AND_LETS,
        why="O0 is theta with its first entry zeroed, so (λ/m)·O0 penalises theta(2:end) only; graded against the "
        "same author's ex3 lrCostFunction J (ex2's J is the same cost, in while loops); " + _RLOG_WHY,
    ),
    Answer(
        id="f87-ehshan-gradient-ascent-X-T-error",
        source=EHS + ", def gradient(features, target, predictions), called with prediction = sigmoid(scores))",
        text=_EHS_GRAD,
        cost=_EHS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_EHS_GLETS,
        why="Xᵀ(y − σ(Xw)) is the gradient of the log-likelihood ('# Gradient of LogLikelihood = features(X) * "
        "(target(Y) - Predictions)'); " + _EHS_WHY,
    ),
    Answer(
        id="f87-epfl-model-logistic-grad",
        source=EPF + ", def grad(y, tx, w), its return expression)",
        text=_EPF_GRAD,
        cost=_EPF_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPF_GLETS,
        why="txᵀ(σ(tx·w) − y) is the gradient of the summed negative log-likelihood (reshape(D, 1) only makes it a "
        "column); " + _EPF_WHY,
    ),
    Answer(
        id="f87-epfl-model-logistic-calculate-gradient",
        source=EPF + ", '### SECONDARY IMPLEMENTATION', def calculate_gradient(y, tx, w))",
        text=_EPF_CALC,
        cost=_EPF_COST,
        verdict="equivalent",
        wrt="w_j",
        why="the file's own sigmoid(t) is exp(t)/(1 + exp(t)), the logistic function, so np.dot(tx.T, σ(tx·w) − y) "
        "is the gradient of loss (the file's test_grad_1 checks the two agree); " + _EPF_WHY,
    ),
    Answer(
        id="f87-epfl-model-logistic-reg-grad",
        source=EPF + ", def grad, def loss and def reg_grad as the file gives them)",
        text=_EPF_REG_GRAD,
        cost=_EPF_REG_COST,
        verdict="equivalent",
        wrt="w_j",
        why="reg_grad adds 2λw, the partial of λ‖w‖², to grad's txᵀ(σ(tx·w) − y); " + _EPF_REG_WHY,
    ),
    Answer(
        id="f87-hunterA-ai-dC_db",
        source=HUN + ", def dC_db(self, X, w, b, y))",
        text=_HUN_DB,
        cost=_HUN_COST,
        verdict="equivalent",
        wrt="b",
        why="(2/m)Σᵢ(xᵢ·w + b − yᵢ) is the bias partial of the mean squared error; " + _HUN_WHY,
    ),
    Answer(
        id="f87-idx9653127599-grad-sum-error",
        source=IDX_LRC + ", '% ------------ gradient ------------')",
        text=_LRC_GRAD,
        cost=_LRC_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LRC_GLETS + _LRC_LETS[2:],
        why="(1/m)Xᵀ(Xθ − y) + (λ/m)[0; θ(2:end)]; " + _RLIN_WHY,
    ),
    Answer(
        id="f87-idx22036878577-logistic-der",
        source=IDX_LAE + ", def logistic_der(w, X, y, lam), dedented)",
        text=_LAE_GRAD,
        cost=_LAE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_LAE_LETS,
        why="the partial of log(1 + e^{zᵢ}), zᵢ = −yᵢxᵢ·w, is σ(zᵢ)·(−yᵢ)xᵢ, summed by np.dot(…, X); the penalty "
        "lam·½‖w‖² gives lam·w; " + _LAE_WHY,
    ),
    Answer(
        id="f87-idx40703075041-grad-mean-squared-error",
        source=IDX_GMS + ")",
        text=_GMS_GRAD,
        cost=_GMS_COST,
        verdict="equivalent",
        wrt="w_j",
        why="(2/m)(XᵀXw − Xᵀy) = (2/m)Xᵀ(Xw − y); " + _GMS_WHY,
    ),
    Answer(
        id="f87-idx18366876626-md-dMSE-dwj",
        source=IDX_DJL + ", '#### Derivative of a Function:')",
        text=_DJL_GRAD,
        cost=_DJL_COST,
        verdict="equivalent",
        wrt="w_j",
        why="(2/n)Σ(ŷᵢ − yᵢ)x_{ji} is the partial of the mean squared error in w_j; " + _DJL_WHY,
    ),
    Answer(
        id="f87-idx18375325860-md-dCost-dwj-ridge",
        source=IDX_DJR + ", '#### Derivative of a Function:')",
        text=_DJR_GRAD,
        cost=_DJR_COST,
        verdict="equivalent",
        wrt="w_j",
        why="2(Σ(ŷᵢ − yᵢ)x_{ji} + λw_j) is the partial of Σ(yᵢ − ŷᵢ)² + λΣw_j²; " + _DJR_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f87-linmdotor-es-coste-grad-residual-flipped",
        source=LIN_C + "; variant: (h - y) written (y - h))",
        text=_LIN_GRAD.replace("(h - y)", "(y - h)"),
        cost=_LIN_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LIN_LETS,
        why="variant: (1/m)xᵀ(y − h) is minus the gradient; " + _LIN_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-coste-grad-row-variant",
        source=LIN_C + "; variant: x' * (h - y) written as the row (h - y)' * x)",
        text="grad = (1 / m) .* (h - y)' * x;",
        cost=_LIN_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LIN_LETS,
        why="variant: (h − y)ᵀx is the row with the same entries as xᵀ(h − y); " + _LIN_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-costeRegresionLinealRegularizada-grad-penalises-intercept",
        source=LIN_P5 + "; variant: grad(2:end) = grad(2:end) + … written for the whole grad and theta)",
        text="grad = (1 / m) .* (X' * ((X * theta) - y));\ngrad = grad + ((landa / m) * theta);",
        cost=_LIN_P5_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LIN_P5_LETS,
        why="variant: (λ/m)θ₁ is added to theta(1)'s partial too, but reg sums theta(2:end) only; " + _RLIN_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-costeRegresionLinealRegularizada-grad-lambda-over-2m",
        source=LIN_P5 + "; variant: (landa / m) written (landa / (2 * m)))",
        text=_LIN_P5_GRAD.replace("((landa / m) * theta(2:end))", "((landa / (2 * m)) * theta(2:end))"),
        cost=_LIN_P5_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LIN_P5_LETS,
        why="variant: (λ/(2m))θ_j is half the penalty's partial (the 2 of θ_j² not cancelled); " + _RLIN_WHY,
    ),
    Answer(
        id="f87-linmdotor-es-lrCostFunction-grad-zero-first-variant",
        source=LIN_LR + "; variant: norm(theta([2:end])) written [0; theta(2:end)])",
        text=_LIN_LR_GRAD.replace("norm(theta([2:end]))", "[0; theta(2:end)]"),
        cost=_LIN_LR_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_LIN_LR_LETS,
        why="variant: (λ/m)[0; θ(2:end)] is the penalty's partial, theta(1) left out; " + _RLOG_WHY,
    ),
    Answer(
        id="f87-andidomi-costFunctionReg-grad-O0-not-zeroed",
        source=AND_CR + "; variant: the O0(1)=0; line left out)",
        text=_AND_GRAD.replace("O0(1)=0;\n", ""),
        cost=_AND_COST,
        verdict="different",
        wrt="theta_j",
        lets=_AND_LETS,
        why="variant: with O0 = theta whole, (λ/m)θ₁ is added to the intercept's partial, which the cost does not "
        "penalise; " + _RLOG_WHY,
    ),
    Answer(
        id="f87-ehshan-gradient-error-flipped",
        source=EHS + "; variant: target - predictions written predictions - target)",
        text=_EHS_GRAD.replace("target - predictions", "predictions - target"),
        cost=_EHS_COST,
        verdict="different",
        wrt="w_j",
        lets=_EHS_GLETS,
        why="variant: Xᵀ(σ(Xw) − y) is the gradient of the negative log-likelihood, minus the log-likelihood's; "
        + _EHS_WHY,
    ),
    Answer(
        id="f87-ehshan-gradient-error-dot-features-variant",
        source=EHS + "; variant: np.dot(features.T, error) written np.dot(error, features))",
        text=_EHS_GRAD.replace("np.dot(features.T, error)", "np.dot(error, features)"),
        cost=_EHS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_EHS_GLETS,
        why="variant: for a 1-D error, np.dot(error, features) is the same vector as Xᵀ·error; " + _EHS_WHY,
    ),
    Answer(
        id="f87-epfl-model-logistic-grad-residual-flipped",
        source=EPF + "; variant: (expit(tx @ w) - y) written (y - expit(tx @ w)))",
        text=_EPF_GRAD.replace("(expit(tx @ w) - y)", "(y - expit(tx @ w))"),
        cost=_EPF_COST,
        verdict="different",
        wrt="w_j",
        lets=_EPF_GLETS,
        why="variant: txᵀ(y − σ(tx·w)) is minus the gradient of the negative log-likelihood; " + _EPF_WHY,
    ),
    Answer(
        id="f87-epfl-model-logistic-reg-grad-lambda-not-doubled",
        source=EPF + "; variant: (2 * lambda_ * w) written (lambda_ * w))",
        text=_EPF_REG_GRAD.replace("(2 * lambda_ * w)", "(lambda_ * w)"),
        cost=_EPF_REG_COST,
        verdict="different",
        wrt="w_j",
        why="variant: λw is half the partial of λ‖w‖² (no ½ in this penalty); " + _EPF_REG_WHY,
    ),
    Answer(
        id="f87-idx9653127599-grad-penalises-intercept",
        source=IDX_LRC + "; variant: [0; theta(2:end)] in the grad line written theta)",
        text=_LRC_GRAD.replace("((lambda/m) * [0; theta(2:end)])", "((lambda/m) * theta)"),
        cost=_LRC_COST,
        verdict="different",
        wrt="theta_j",
        lets=_LRC_GLETS + _LRC_LETS[2:],
        why="variant: (λ/m)θ₁ is added to the intercept's partial, but reg leaves theta(1) out; " + _RLIN_WHY,
    ),
    Answer(
        id="f87-hunterA-ai-dC_dw-without-np-sum-variant",
        source=HUN + "; variant: the np.sum( … ) around np.dot left out)",
        text=_HUN_DW.replace("np.sum(np.dot((np.dot(X, w) + b - y), X))", "np.dot((np.dot(X, w) + b - y), X)"),
        cost=_HUN_COST,
        verdict="equivalent",
        wrt="w_j",
        why="variant: (2/m)·rᵀX, r = Xw + b − y, is the gradient in w; " + _HUN_WHY,
    ),
    Answer(
        id="f87-hunterA-ai-dC_db-without-2",
        source=HUN + "; variant: the leading 2 * left out)",
        text=_HUN_DB.replace("return 2 * ", "return "),
        cost=_HUN_COST,
        verdict="different",
        wrt="b",
        why="variant: (1/m)Σ(xᵢ·w + b − yᵢ) is half the bias partial of the mean squared error; " + _HUN_WHY,
    ),
    Answer(
        id="f87-hunterA-ai-dC_db-np-mean-variant",
        source=HUN + "; variant: np.sum(…) / X.shape[0] written np.mean(…))",
        text="return 2 * np.mean(np.dot(X, w) + b - y)",
        cost=_HUN_COST,
        verdict="equivalent",
        wrt="b",
        why="variant: 2·mean(r) is (2/m)Σr; " + _HUN_WHY,
    ),
    Answer(
        id="f87-idx22036878577-logistic-der-sign-lost",
        source=IDX_LAE + "; variant: - y * sigmoid(z) written y * sigmoid(z))",
        text=_LAE_GRAD.replace("np.dot(- y * sigmoid(z), X)", "np.dot(y * sigmoid(z), X)"),
        cost=_LAE_COST,
        verdict="different",
        wrt="w_j",
        lets=_LAE_LETS,
        why="variant: the partial of zᵢ = −yᵢxᵢ·w is −yᵢxᵢ; without the minus the loss part has the wrong sign; "
        + _LAE_WHY,
    ),
    Answer(
        id="f87-idx22036878577-logistic-der-X-T-variant",
        source=IDX_LAE + "; variant: np.dot(- y * sigmoid(z), X) written np.dot(X.T, - y * sigmoid(z)))",
        text=_LAE_GRAD.replace("np.dot(- y * sigmoid(z), X)", "np.dot(X.T, - y * sigmoid(z))"),
        cost=_LAE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_LAE_LETS,
        why="variant: Xᵀv and np.dot(v, X) are the same vector for a 1-D v; " + _LAE_WHY,
    ),
    Answer(
        id="f87-idx18366876626-md-dMSE-dwj-one-over-n",
        source=IDX_DJL + "; variant: \\frac{2}{n} written \\frac{1}{n})",
        text=_DJL_GRAD.replace(r"\frac{2}{n}", r"\frac{1}{n}"),
        cost=_DJL_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the 2 from the square is lost, half the partial of the (1/n) mean squared error; " + _DJL_WHY,
    ),
    Answer(
        id="f87-idx18366876626-md-dMSE-dwj-negated-variant",
        source=IDX_DJL + "; variant: (\\hat y_i-y_i) written as -(y_i-\\hat y_i))",
        text=r"\frac{\delta MSE}{\delta w_j} = -\frac{2}{n}\sum_{i=1}^n(y_i-\hat y_i)x_{ji}",
        cost=_DJL_COST,
        verdict="equivalent",
        wrt="w_j",
        why="variant: −(2/n)Σ(yᵢ − ŷᵢ)x_{ji} is the same partial; " + _DJL_WHY,
    ),
    Answer(
        id="f87-idx18375325860-md-dCost-dwj-lambda-not-doubled",
        source=IDX_DJR + "; variant: the penalty's partial 2\\lambda\\cdot w_j written \\lambda\\cdot w_j)",
        text=(
            r"\frac{\delta Cost}{\delta w_j} = \frac{\delta MSE}{\delta w_j} + \lambda\cdot w_j = "
            r"2\cdot\sum_{i=1}^n(\hat y_i-y_i)\cdot x_{ji} + \lambda\cdot w_j"
        ),
        cost=_DJR_COST,
        verdict="different",
        wrt="w_j",
        why="variant: λw_j is half the partial of λΣw_j² (no ½ in this penalty); " + _DJR_WHY,
    ),
]

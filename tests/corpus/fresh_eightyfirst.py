r"""A fresh held-out wave (f81): lab and homework code as students hand it in — Octave ex2 costFunctionReg and ex3
lrCostFunction files with Chinese comments (a loop that builds J and grad together and a note that penalising θ₁
'matters little', a grad computed for every entry and then overwritten at grad(1), an X'(1,:) row of a transpose), an
ex5 linearRegCostFunction with a chained theta1 = theta1 = [0 ; …], the Machine Learning Specialization's Python
labs (a loop compute_cost_regularized, compute_gradient, compute_cost_linear_reg and compute_gradient_linear_reg, a
one-feature compute_gradient whose dj_dw_i = (f_wb - y[i] * x[i]) lost its brackets), a small SGD package's linear
and logistic grad_fun, and six public code files: an R file whose costFuncReg penalises only tail(theta, 2) while its
gradFuncReg penalises tail(theta, n-1), an R lrGradient with a mask, an Octave costFunctionReg with an unused
(lambda/2*m) and a used reg2, an Octave costFunctionReg whose J has (lambda/2*m) (λ·m/2) beside a gradient for
λ/(2m), a Python cost with (LAMBDA/2*m) over every θ, an Octave file that keeps its buggy draft commented out, a Python
lab whose compute_gradient_reg unpacks compute_gradient's (dj_dw, dj_db) as (dj_db, dj_dw), and a Python comment's
J and dJ/dWij that disagree on W₀.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers in tests/); 29 of the 45 items come from sources with an address:

* github.com/CaptainLYN/Ng_machine_learning_done (ex2 costFunctionReg.m, a Chinese comment),
  github.com/microdifficult/Cousra_ML (ex2 costFunctionReg.m, Chinese comments), github.com/alguevara7/ml (ex3
  lrCostFunction.m), github.com/damiaaaan/coursera-ml-excersices (ex5 linearRegCostFunction.m);
* github.com/EliasTamer/machine-learning-playground (compute_cost.py, compute_cost_regularized.py,
  compute_gradient.py), github.com/hiunshim/ml (regularized_linear_cost_function.py,
  regularized_linear_gradient_function.py), github.com/codinglab42/regression (utils/models/computeGradient.py),
  github.com/CalebEverett/pysgd (objectives/linear.py, objectives/logistic.py);
* code without an address: public code index files 37466607144 (R), 39269464385 (R), 12883455482 (Octave),
  24570599556 (Octave), 34168187369 (Python), 4636745989 (Octave), 3078210436 (Python) and 18299612015 (Python
  comments).

Names follow the sources: X, x (the matrices of the code), X[i], X(i,:) (row i) are Data.X; y, Y are Data.y; theta
is Data.theta (theta(1), head(theta, 1) the first coefficient Data.theta[0]); w is Data.w where it is a vector, b is
Data.b; lambda, lambda_, LAMBDA are Data.lam; m, length(y), dim(y)[1], X.shape[0], data.shape[0] are the number of
examples (Data.m); n, length(theta), length(X[1,]) the number of coefficients (Data.n). In the one-feature
compute_gradient (w * x[i] + b) w is Data.w[0], b Data.b and x the one feature Data.x. Octave's (lambda/2*m) and
Python's (LAMBDA/2*m) are (λ/2)·m, as the languages read them. Where a source gives no cost for an answer, ``why``
says which cost it is graded against. The real mistakes come first among the answers, then the real right answers,
then the one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked against
finite differences of the costs (/tmp/f81/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
CAP = (
    _GH + "CaptainLYN/Ng_machine_learning_done/blob/54d164b3b3a633f964b3e32dfb6304c6f416ab40/machine-learning-ex2-done/"
    "ex2/costFunctionReg.m (Octave, ex2, Chinese comment"
)
MIC = _GH + "microdifficult/Cousra_ML/blob/e4a17d531d24434b401d2a694942f3845177756f/ex2/costFunctionReg.m (Octave, ex2, Chinese comments"
ALG = (
    _GH + "alguevara7/ml/blob/1fdea5f8f3e2964da5133071704ad744de47f95f/mlclass-ex3-008/mlclass-ex3/lrCostFunction.m "
    "(Octave, ex3"
)
DAM = (
    _GH + "damiaaaan/coursera-ml-excersices/blob/db5644d87563be1e6adb252ddfc1a6bb41129873/machine-learning-ex5/ex5/"
    "linearRegCostFunction.m (Octave, ex5"
)
_ELI = _GH + "EliasTamer/machine-learning-playground/blob/"
ELI_REG = (
    _ELI + "3ebe17b8ef2a4afc92a64e0e1d46608349502dfa/supervised-learning/logistic_regression/compute_cost_regularized.py "
    "(Python, def compute_cost_regularized(X, y, w, b, lambda_ = 1)"
)
ELI_COST = (
    _ELI + "45c97a2b6d9202903893fa8a56ca18567e4115f2/supervised-learning/logistic_regression/compute_cost.py "
    "(Python, def compute_cost_logistic(X, y, w, b)"
)
ELI_GRAD = (
    _ELI + "27f37cbbd12fd06311fabc457649655572db3f97/supervised-learning/logistic_regression/compute_gradient.py "
    "(Python, def compute_gradient(X, y, w, b, *argv)"
)
_HIU = _GH + "hiunshim/ml/blob/c2e8f0dabaacf74993d376ad7222580e91e59be3/code/"
HIU_COST = _HIU + "regularized_linear_cost_function.py (Python, def compute_cost_linear_reg(X, y, w, b, lambda_=1)"
HIU_GRAD = _HIU + "regularized_linear_gradient_function.py (Python, def compute_gradient_linear_reg(X, y, w, b, lambda_)"
COD = (
    _GH + "codinglab42/regression/blob/bf5c195f346ec47dd00fdd1508cf8abb906d999e/utils/models/computeGradient.py "
    "(Python, def compute_gradient(x, y, w, b)"
)
_CAL = _GH + "CalebEverett/pysgd/blob/dbdbc6865ce8cb17fc8e853603f135e2c25d9900/objectives/"
CAL_LIN = _CAL + "linear.py (Python"
CAL_LOG = _CAL + "logistic.py (Python"
IDX_R = "public code index file 37466607144 (R, sigmoid <- function(z), mapFeature, costFunc, gradFunc, costFuncReg, gradFuncReg"
IDX_RMASK = "public code index file 39269464385 (R, '# logistic regression gradient', lrGradient <- function(theta, X, y, lambda)"
IDX_REG2 = "public code index file 12883455482 (Octave, ex2 costFunctionReg.m with reg and reg2"
IDX_HALFM = (
    "public code index file 24570599556 (Octave, ex2 costFunctionReg.m, '% X matrix 100x3, theta vector 3x1 => "
    "hypothesis vector 100x1'"
)
IDX_PY = "public code index file 34168187369 (Python, def cost(theta, X, Y, LAMBDA) with functools.reduce"
IDX_DRAFT = (
    "public code index file 4636745989 (Octave, ex2 costFunctionReg.m, '%        There is a problem in my cost "
    "function regularizatioin part'"
)
IDX_SWAP = "public code index file 3078210436 (Python, the ex2 lab as one script, X_train, y_train = load_data(\"data/ex2data1.txt\")"
IDX_CMT = "public code index file 18299612015 (Python, class CrossEntropy(CostFunction), the comment above def cost"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean(d, p):
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _log_theta(d):
    return _ce_mean(d, sig(d.X @ d.theta))


def _reg_log_skip_first(d):
    t = d.theta
    return _log_theta(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_log_tail_two(d):
    t = d.theta[-2:]
    return _log_theta(d) + d.lam / (2 * d.m) * float(t @ t)


def _log_lam_m_half_skip_first(d):
    t = d.theta
    return _log_theta(d) + d.lam / 2 * d.m * float(t[1:] @ t[1:])


def _log_lam_m_half_all(d):
    t = d.theta
    return _log_theta(d) + d.lam / 2 * d.m * float(t @ t)


def _reg_log_wb(d):
    return _ce_mean(d, sig(d.X @ d.w + d.b)) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _half_mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _reg_half_mse_skip_first(d):
    t = d.theta
    return _half_mse_theta(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_half_mse_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_OCT_M = "m = length(y); % number of training examples"

# --- CaptainLYN (Octave ex2, Chinese comment)
_CAP_BODY = (
    "n=length(theta);\n"
    "for i=1:m\n"
    "    J=J-y(i)*log(sigmoid(X(i,:)*theta))-(1-y(i))*log(1-sigmoid(X(i,:)*theta));\n"
    "    for j=1:n\n"
    "    grad(j)=grad(j)+(sigmoid(X(i,:)*theta)-y(i))*X(i,j);\n"
    "    end\n"
    "end\n"
    "J=1/m*J;\n"
    "grad=1/m.*grad;\n"
    "\n"
    "t=0;\n"
    "for j=2:n  %惯例上不对theta1惩罚，但是即使惩罚了也影响不大，只是一个常数项\n"
    "    t=t+theta(j)^2;\n"
    "    grad(j)=grad(j)+lambda/m*theta(j);\n"
    "end\n"
    "t=lambda/(2*m)*t;\n"
    "J=J+t;"
)
_CAP_LETS = (_OCT_M, "J = 0;", "grad = zeros(size(theta));")
_CAP_WHY = (
    "the body of costFunctionReg under YOUR CODE HERE: J accumulates the cross-entropy of σ(X(i,:)θ) example by "
    "example, is divided by m, then gets (λ/2m)Σθ_j² for j = 2…n (the comment: by convention θ1 is not penalised, "
    "though penalising it would matter little, only a constant term), so θ(1) (Data.theta[0]) is unpenalised; X is "
    "Data.X, lambda Data.lam"
)

# --- microdifficult (Octave ex2, Chinese comments)
_MIC_J = (
    "J=(1/m).*((-y)'*log(sigmoid(X*theta))-(ones(size(y))-y)'*log(1-sigmoid(X*theta)))+lambda./(2*m)*"
    "(theta(2:end)'*theta(2:end));"
)
_MIC_GRAD = (
    "grad=(1/m).*((sigmoid(X*theta)-y)'*X)'+lambda/m.*theta;\n"
    "grad(1)=(1/m).*((sigmoid(X*theta)-y)'*X(:,1))';   %先全算然后在用grad（1）覆盖"
)
_MIC_WHY = (
    "ex2's regularised logistic cost: the mean cross-entropy of σ(Xθ) ((-y)'*log(…) and (ones(size(y))-y)'*log(1-…) "
    "the inner products) plus (λ/2m)θ(2:end)'θ(2:end), θ(1) (Data.theta[0]) unpenalised; X is Data.X"
)

# --- alguevara7 (Octave ex3)
_ALG_J = (
    "J = (1/m) * sum(-y .* log(h) - (ones(m,1) - y) .* log(ones(m,1) - h)) + (lambda / (2*m)) * "
    "sum(theta(2:end) .^ 2);"
)
_ALG_LETS = (_OCT_M, "h = sigmoid(X * theta);")
_ALG_GRAD = (
    "grad(1,:) = (X'(1,:) * (h - y)) .* (1/m);\n"
    "grad(2:end,:) = (X'(2:end,:) * (h - y)) .* (1/m) + ((lambda / m) * theta(2:end));"
)
_ALG_GRAD_LETS = _ALG_LETS + ("grad = zeros(size(theta));",)
_ALG_WHY = (
    "ex3's lrCostFunction: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over theta(2:end), θ(1) "
    "(Data.theta[0]) unpenalised; X is Data.X"
)

# --- damiaaaan (Octave ex5)
_DAM_J = (
    "%Cost function\nhx = (X * theta) - y;\nj1 = sum(hx.^2) / (2*m);\n\n%penalization\n"
    "theta1 = theta1 = [0 ; theta(2:end, :)];\np = (lambda * sum(theta1.^2)) / (2*m);\n\nJ = j1 + p;"
)
_DAM_LETS = (_OCT_M, "hx = (X * theta) - y;", "theta1 = theta1 = [0 ; theta(2:end, :)];")
_DAM_WHY = (
    "ex5's regularised linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σθ1², theta1 = [0; θ(2:end)] (Octave's chained "
    "assignment theta1 = theta1 = … sets it once), so θ(1) (Data.theta[0]) is unpenalised; X is Data.X"
)

# --- EliasTamer (Python, the Specialization's logistic lab)
_ELI_REG = (
    "m,n  = X.shape\n"
    "cost = 0.\n"
    "for i in range(m):\n"
    "    z_i = np.dot(X[i], w) + b\n"
    "    f_wb_i = sigmoid(z_i)\n"
    "    cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n"
    "\n"
    "cost = cost/m\n"
    "\n"
    "reg_cost = 0\n"
    "for j in range(n):\n"
    "    reg_cost += (w[j]**2)\n"
    "reg_cost = (lambda_/(2*m)) * reg_cost\n"
    "\n"
    "total_cost = cost + reg_cost\n"
    "return total_cost"
)
_ELI_REG_WHY = (
    "the body of def compute_cost_regularized (dedented, trailing spaces dropped): the mean cross-entropy of "
    "σ(X[i]·w + b) plus (λ/2m)Σw_j², the bias b outside the penalty; X is Data.X, w Data.w, b Data.b, lambda_ Data.lam"
)
_ELI_COST = (
    "m = X.shape[0]\n"
    "cost = 0.0\n"
    "for i in range(m):\n"
    "    z_i = np.dot(X[i],w) + b\n"
    "    f_wb_i = sigmoid(z_i)\n"
    "    cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n"
    "\n"
    "cost = cost / m\n"
    "return cost"
)
_ELI_GRAD = (
    "m,n = X.shape\n"
    "dj_dw = np.zeros((n,))\n"
    "dj_db = 0.\n"
    "\n"
    "for i in range(m):\n"
    "    f_wb_i = sigmoid(np.dot(X[i],w) + b)\n"
    "    err_i  = f_wb_i  - y[i]\n"
    "    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n"
    "    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m\n"
    "dj_db = dj_db/m\n"
    "\n"
    "return dj_db, dj_dw"
)
_ELI_GRAD_WHY = (
    "the body of def compute_gradient (dedented, trailing spaces dropped), graded against the same repository's "
    "compute_cost_logistic (compute_cost.py): the mean cross-entropy of σ(X[i]·w + b), no penalty; X is Data.X, w "
    "Data.w, b Data.b"
)

# --- hiunshim (Python, the Specialization's regularised linear lab)
_HIU_COST = (
    "m = X.shape[0]\n"
    "n = len(w)\n"
    "cost = 0.0\n"
    "for i in range(m):\n"
    "    f_wb_i = np.dot(X[i], w) + b  # (n,)(n,)=scalar, see np.dot\n"
    "    cost = cost + (f_wb_i - y[i]) ** 2  # scalar\n"
    "cost = cost / (2 * m)  # scalar\n"
    "\n"
    "reg_cost = 0\n"
    "for j in range(n):\n"
    "    reg_cost += w[j] ** 2  # scalar\n"
    "reg_cost = (lambda_ / (2 * m)) * reg_cost  # scalar\n"
    "\n"
    "total_cost = cost + reg_cost  # scalar\n"
    "return total_cost  # scalar"
)
_HIU_GRAD = (
    "m, n = X.shape  # (number of examples, number of features)\n"
    "dj_dw = np.zeros((n,))\n"
    "dj_db = 0.0\n"
    "\n"
    "for i in range(m):\n"
    "    err = (np.dot(X[i], w) + b) - y[i]\n"
    "    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err * X[i, j]\n"
    "    dj_db = dj_db + err\n"
    "dj_dw = dj_dw / m\n"
    "dj_db = dj_db / m\n"
    "\n"
    "for j in range(n):\n"
    "    dj_dw[j] = dj_dw[j] + (lambda_ / m) * w[j]\n"
    "\n"
    "return dj_db, dj_dw"
)
_HIU_WHY = (
    "the body of def compute_cost_linear_reg (dedented): (1/2m)Σ(X[i]·w + b − y[i])² + (λ/2m)Σw_j², b outside the "
    "penalty; X is Data.X, w Data.w, b Data.b, lambda_ Data.lam"
)

# --- codinglab42 (Python, one feature)
_COD_GRAD = (
    "m = x.shape[0]          #(number of examples, number of features)\n"
    "dj_dw = 0\n"
    "dj_db = 0\n"
    "\n"
    "for i in range(m):\n"
    "    f_wb = w * x[i] + b\n"
    "    dj_dw_i = (f_wb - y[i] * x[i])\n"
    "    dj_db_i = f_wb - y[i]\n"
    "    dj_db += dj_db_i\n"
    "    dj_dw += dj_dw_i\n"
    "\n"
    "dj_dw = dj_dw/m\n"
    "dj_db = dj_db/m\n"
    "\n"
    "return dj_db,dj_dw"
)
_COD_COST = r"J(w,b) = \frac{1}{2m} \sum_{i=0}^{m-1} (w x^{(i)} + b - y^{(i)})^2"
_COD_WHY = (
    "the body of def compute_gradient(x, y, w, b) (dedented, trailing spaces dropped; its docstring: 'Computes the "
    "gradient for linear regression'); the repository holds no cost, so it is graded against the course's "
    "one-feature cost (1/2m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², written here; x is the one feature Data.x, w the scalar Data.w[0], "
    "b Data.b"
)

# --- CalebEverett/pysgd
_CAL_LIN_COST = "np.sum(np.square(X.dot(theta) - y)) / (2 * X.shape[0])"
_CAL_LIN_GRAD = "X.T.dot(X.dot(theta) - y) / X.shape[0]"
_CAL_LIN_WHY = (
    "the cost cost_fun appends to theta (np.append(theta, …)): the half-mean squared error of X.dot(theta), "
    "X.shape[0] the number of examples; X is Data.X, theta Data.theta"
)
_CAL_LOG_COST = "np.sum(-y.dot(np.log(sigm)) - (1 - y).dot(np.log(1 - sigm))) / data.shape[0]"
_CAL_LOG_LETS = ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))", "sigm = sigmoid(X.dot(theta))")
_CAL_LOG_GRAD = "(sigmoid(X.dot(theta)) - y).T.dot(X) / X.shape[0]"
_CAL_LOG_WHY = (
    "the cost cost_fun appends to theta: the mean cross-entropy of σ(Xθ), the y.dot(…) inner products; data is "
    "[X | y], its data.shape[0] rows the m examples; X is Data.X, theta Data.theta"
)

# --- index file 37466607144 (R)
_R_SIG = "sigmoid <- function(z) {\n  return (1 / (1 + exp(1) ** (-z)))\n}"
_R_COST = (
    "J <- (1/m) * (t(-y) %*% log(sigmoid(X %*% theta)) - t(1 - y) %*% log(1 - sigmoid(X %*% theta)))"
)
_R_LETS = (_R_SIG, "m <- length(y)")
_R_GRAD = "grad <- (1/m) * t(X) %*% (sigmoid (X %*% theta) - y)"
_R_COST_REG = _R_COST + "\nJ <- J + (lambda / (2*m)) * (t(tail(theta, 2)) %*% tail(theta, 2))"
_R_GRAD_REG = _R_GRAD + "\ngrad <- c(head(grad,1), tail(grad, n-1) + (lambda/m)*tail(theta,n-1))"
_R_GRAD_REG_LETS = _R_LETS + ("n <- length(X[1,])",)
_R_WHY = (
    "R: t(-y) %*% log(…) the inner product, exp(1) ** (-z) is e^(−z) (** is ^ in R); the mean cross-entropy of "
    "σ(Xθ); X is Data.X, theta Data.theta"
)
_R_REG_WHY = (
    "as written, the penalty (λ/2m)·t(tail(theta, 2)) %*% tail(theta, 2) is over the last two coefficients only "
    "(tail(theta, 2), Data.theta[-2:]), not over θ₂…θₙ; " + _R_WHY
)

# --- index file 39269464385 (R, mask)
_RM_GRAD = "grad <- (1/m) * t(X) %*% (z-y) + (lambda/m) * theta * mask"
_RM_LETS = (
    "m <- dim(y)[1] # no of training examples",
    "mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2])",
    "mask[1] <- 0",
    "z <- sigmoid(X %*% theta)",
)
_RM_WHY = (
    "the file holds only the gradient; graded against ex2's regularised cost as microdifficult/Cousra_ML writes it "
    "(θ(1) unpenalised); theta * mask is entrywise (R's *), mask all ones but mask[1] = 0; X is Data.X"
)

# --- index file 12883455482 (Octave, reg2)
_REG2_J = "J = (1/m) * ((-y'*log(pred)) - (1-y)' * log(1 - pred)) + reg2"
_REG2_LETS = (_OCT_M, "reg2 = (lambda / (2 * m)) * (sum(theta .^ 2) - theta(1) ^ 2)", "pred = sigmoid(X*theta);")
_REG2_GRAD = (
    "temp = (pred - y)' * X;\ngrad = (1 / m) * temp' + (lambda / m) .* theta;\n"
    "grad(1) = (1 / m) * ((pred - y)' * X(:, 1))"
)
_REG2_WHY = (
    "the mean cross-entropy of pred = σ(Xθ) plus reg2 = (λ/2m)(Σθ_j² − θ(1)²), θ(1) (Data.theta[0]) unpenalised; "
    "the file's other line reg = (lambda/2*m)*(sum(theta.^2)) is computed but never used; X is Data.X"
)

# --- index file 24570599556 (Octave, (lambda/2*m) in J)
_HALFM_J = (
    "J = (-(1/m)*(y'*log(hypothesis) + (1 - y)'*log(1-hypothesis))) + (lambda/2*m)*theta_reg'*theta_reg;"
)
_HALFM_LETS = (
    _OCT_M,
    "hypothesis = sigmoid(X * theta);",
    "shift_theta = theta(2:size(theta));",
    "theta_reg = [0;shift_theta];",
)
_HALFM_WHY = (
    "as Octave reads it, (lambda/2*m) is (λ/2)·m, so the penalty is (λm/2)Σθ_j² over θ(2:end) (theta_reg has a 0 "
    "first), not the (λ/2m) of the commented-out line below it; the mean cross-entropy of σ(Xθ) beside it; X is Data.X"
)

# --- index file 34168187369 (Python)
_PY_COST = (
    "m, n = X.shape\n"
    "accumulator = 0\n"
    "for x, y in zip(X, Y):\n"
    "  first_param = -y*log(hypothesis(theta, x))\n"
    "  second_param = (1 - y)*log(1 - hypothesis(theta, x))\n"
    "  accumulator += first_param - second_param\n"
    "\n"
    "sum_theta = reduce((lambda x, y: x + y), [ t**2 for t in theta ])\n"
    "\n"
    "return (1/m)*accumulator + (LAMBDA/2*m)*sum_theta"
)
_PY_LETS = (
    "def hypothesis(theta, x):\n  accumulator = 0\n  for pair in zip(theta, x):\n    accumulator += pair[0]*pair[1]\n"
    "  return sigmoid(accumulator)",
    "def sigmoid(z):\n  return 1/(1 + np.exp(-z))",
)

# --- index file 4636745989 (Octave, the draft kept in comments)
_DRAFT_J = (
    "H = sigmoid(X*theta);\nT = y.*log(H) + (1 - y).*log(1 - H);\nJ = -1/m*sum(T) + lambda/(2*m)*sum(theta(2:end).^2);"
)
_DRAFT_GRAD = (
    "gradterm = hx-y;\n\ngrad(1) = sum(gradterm'*X(:,1))/m;\n\nfor i=2:size(grad)\n"
    "    grad(i) = sum(gradterm'*X(:,i))/m + (lambda/m)*theta(i);\nend"
)
_DRAFT_LETS = (_OCT_M, "grad = zeros(size(theta));", "sigterm = X*theta;", "hx = sigmoid(sigterm);")
_DRAFT_WHY = (
    "the J the author kept (the draft with (lambda/2*m) is commented out above it: 'There is a problem in my cost "
    "function regularizatioin part'): the mean cross-entropy of σ(Xθ) plus (λ/2m)Σθ_j² over theta(2:end); X is Data.X"
)

# --- index file 3078210436 (Python, the swapped unpacking)
_SWAP_GRAD = (
    "m, n = X.shape\n\ndj_db, dj_dw = compute_gradient(X, y, w, b)\n\ndj_dw = dj_dw + (lambda_/m) * w\n\n"
    "return dj_db, dj_dw"
)
_SWAP_LETS = (
    "def compute_gradient(X, y, w, b, *argv):\n"
    "    m, n = X.shape\n"
    "    y = np.ravel(y)\n"
    "    dj_dw = np.zeros(w.shape)\n"
    "    dj_db = 0.\n"
    "\n"
    "    for i in range(m):\n"
    "        z_i = np.dot(w, X[i]) + b\n"
    "        f_wb_i = sigmoid(z_i)\n"
    "        err_i = f_wb_i - y[i]\n"
    "        for j in range(n):\n"
    "            dj_dw[j] += err_i * X[i][j]\n"
    "        dj_db += err_i\n"
    "\n"
    "    dj_dw /= m\n"
    "    dj_db /= m\n"
    "\n"
    "    return dj_dw, dj_db",
)
_SWAP_WHY = (
    "the file's compute_gradient returns (dj_dw, dj_db) but compute_gradient_reg unpacks it as dj_db, dj_dw: the "
    "name dj_db holds the vector Σ(σ − y)x_j/m and dj_dw the scalar Σ(σ − y)/m; graded against the lab's "
    "regularised cost as EliasTamer's compute_cost_regularized writes it (the file's own compute_cost_reg calls a "
    "compute_cost that clips f_wb_i); X is Data.X, w Data.w, b Data.b, lambda_ Data.lam"
)

# --- index file 18299612015 (Python comments)
_CMT_J = (
    "J = (1/m) * sum{1}{m}[((-y * log(h(x)) - ((1 - y) * log(1 - h(x)))] + (lambda/2*m)*||(W)||^2"
)
_CMT_DJ = "dJ/dWij = (1/m)*sum{1}{m}[(h(x) - y) * x] + (lambda/m)*[(L * W)]"
_CMT_LETS = ("h(x) = g(x, W) = sigmoid(x, W)", "L = I (with L[0,0] = 0)")

COSTS: list[Cost] = [
    # ============================================================ Octave labs with an address
    Cost(
        id="f81-cap-chinese-costfunctionreg-loop",
        source=CAP + ", the body under YOUR CODE HERE)",
        text=_CAP_BODY,
        intended=_reg_log_skip_first,
        lets=_CAP_LETS,
        why=_CAP_WHY,
    ),
    Cost(
        id="f81-mic-chinese-costfunctionreg-J",
        source=MIC + ", J=…)",
        text=_MIC_J,
        intended=_reg_log_skip_first,
        lets=(_OCT_M,),
        why=_MIC_WHY,
    ),
    Cost(
        id="f81-alg-lrcostfunction-J",
        source=ALG + ", J = …)",
        text=_ALG_J,
        intended=_reg_log_skip_first,
        lets=_ALG_LETS,
        why=_ALG_WHY,
    ),
    Cost(
        id="f81-dam-ex5-j1-plus-p",
        source=DAM + ", %Cost function … J = j1 + p;)",
        text=_DAM_J,
        intended=_reg_half_mse_skip_first,
        lets=(_OCT_M,),
        why=_DAM_WHY,
    ),
    # ============================================================ Python labs with an address
    Cost(
        id="f81-eli-compute-cost-regularized",
        source=ELI_REG + ", its body)",
        text=_ELI_REG,
        intended=_reg_log_wb,
        wrt=("w_j", "b"),
        why=_ELI_REG_WHY,
    ),
    Cost(
        id="f81-hiu-compute-cost-linear-reg",
        source=HIU_COST + ", its body)",
        text=_HIU_COST,
        intended=_reg_half_mse_wb,
        wrt=("w_j", "b"),
        why=_HIU_WHY,
    ),
    Cost(
        id="f81-cal-linear-cost-fun",
        source=CAL_LIN + ", def cost_fun(theta, data): the cost inside np.append)",
        text=_CAL_LIN_COST,
        intended=_half_mse_theta,
        why=_CAL_LIN_WHY,
    ),
    Cost(
        id="f81-cal-logistic-cost-fun",
        source=CAL_LOG + ", def cost_fun(theta, data): the cost inside np.append)",
        text=_CAL_LOG_COST,
        intended=_log_theta,
        lets=_CAL_LOG_LETS,
        why=_CAL_LOG_WHY,
    ),
    # ============================================================ code without an address
    Cost(
        id="f81-idx37466607144-r-costfunc",
        source=IDX_R + ", costFunc: J <- …)",
        text=_R_COST,
        intended=_log_theta,
        lets=_R_LETS,
        why=_R_WHY,
    ),
    Cost(
        id="f81-idx37466607144-r-costfuncreg-tail-two",
        source=IDX_R + ", costFuncReg: J <- …; J <- J + …)",
        text=_R_COST_REG,
        intended=_reg_log_tail_two,
        lets=_R_LETS,
        why=_R_REG_WHY,
    ),
    Cost(
        id="f81-idx12883455482-octave-J-reg2",
        source=IDX_REG2 + ", J = … + reg2)",
        text=_REG2_J,
        intended=_reg_log_skip_first,
        lets=_REG2_LETS,
        why=_REG2_WHY,
    ),
    Cost(
        id="f81-idx24570599556-octave-J-lambda-over-2-times-m",
        source=IDX_HALFM + ", J = …)",
        text=_HALFM_J,
        intended=_log_lam_m_half_skip_first,
        lets=_HALFM_LETS,
        why=_HALFM_WHY,
    ),
    Cost(
        id="f81-idx34168187369-python-reduce-LAMBDA-over-2-times-m",
        source=IDX_PY + ", the body of def cost)",
        text=_PY_COST,
        intended=_log_lam_m_half_all,
        lets=_PY_LETS,
        why="math.log is log; hypothesis(theta, x) is σ(Σθ_kx_k) of row x of X (Data.X); zip(X, Y) pairs row i with "
        "y_i (Y is Data.y); reduce adds t**2 over every θ (θ₁ included); as Python reads it, (LAMBDA/2*m) is "
        "(λ/2)·m, so the penalty is (λm/2)Σθ_j²; the mean cross-entropy beside it",
    ),
    Cost(
        id="f81-idx4636745989-octave-J-kept",
        source=IDX_DRAFT + ", H = …; T = …; J = …)",
        text=_DRAFT_J,
        intended=_reg_log_skip_first,
        lets=(_OCT_M,),
        why=_DRAFT_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f81-cod-dj-dw-lost-brackets",
        source=COD + ", the loop, dj_dw_i = (f_wb - y[i] * x[i]))",
        text=_COD_GRAD,
        cost=_COD_COST,
        verdict="different",
        wrt="w",
        why="dj_dw_i = (f_wb - y[i] * x[i]) is f_wb − y_i·x_i, the brackets misplaced: dj_dw is Σ(wx_i + b − y_ix_i)/m, "
        "not Σ(wx_i + b − y_i)x_i/m; " + _COD_WHY,
    ),
    Answer(
        id="f81-idx37466607144-r-gradfuncreg-vs-tail-two",
        source=IDX_R + ", gradFuncReg: grad <- …; grad <- c(head(grad,1), …))",
        text=_R_GRAD_REG,
        cost=_R_COST_REG,
        verdict="different",
        lets=_R_GRAD_REG_LETS,
        why="the gradient penalises θ₂…θₙ ((λ/m)·tail(theta, n-1), head(grad, 1) unpenalised), but the file's "
        "costFuncReg penalises only tail(theta, 2): for n > 3 the entries θ₂…θₙ₋₂ get a (λ/m)θ_j the cost has not "
        "(the slip is in the cost, the pair disagrees); " + _R_REG_WHY,
    ),
    Answer(
        id="f81-idx24570599556-octave-grad-vs-lambda-over-2-times-m",
        source=IDX_HALFM + ", grad = (1/m)*(X'*(hypothesis-y)+lambda*theta_reg);)",
        text="grad = (1/m)*(X'*(hypothesis-y)+lambda*theta_reg);",
        cost=_HALFM_J,
        verdict="different",
        lets=_HALFM_LETS,
        why="the gradient is that of the cost with λ/(2m) ((λ/m)θ_j), but the J it returns has (lambda/2*m), (λ/2)·m, "
        "whose partial is λmθ_j for j ≥ 2: the pair disagrees; " + _HALFM_WHY,
    ),
    Answer(
        id="f81-idx3078210436-swapped-unpack-dj-dw",
        source=IDX_SWAP + ", def compute_gradient_reg: dj_db, dj_dw = compute_gradient(X, y, w, b) …)",
        text=_SWAP_GRAD,
        cost=_ELI_REG,
        verdict="different",
        wrt="w_j",
        lets=_SWAP_LETS,
        why="the returned dj_dw is Σ(σ(X[i]·w + b) − y_i)/m + (λ/m)w_j, the bias's partial in every entry where "
        "Σ(σ − y)X[i,j]/m belongs; " + _SWAP_WHY,
    ),
    Answer(
        id="f81-idx3078210436-swapped-unpack-dj-db",
        source=IDX_SWAP + ", def compute_gradient_reg: return dj_db, dj_dw)",
        text=_SWAP_GRAD,
        cost=_ELI_REG,
        verdict="different",
        wrt="b",
        lets=_SWAP_LETS,
        why="the returned dj_db is the vector Σ(σ − y)X[i,j]/m (the weights' unpenalised partials), not the scalar "
        "Σ(σ − y)/m; " + _SWAP_WHY,
    ),
    Answer(
        id="f81-idx18299612015-comment-dJ-dWij-L00",
        source=IDX_CMT + ", # dJ/dWij = …; # L = I (with L[0,0] = 0))",
        text=_CMT_DJ,
        cost=_CMT_J,
        verdict="different",
        wrt="W_j",
        lets=_CMT_LETS,
        why="the comment's J penalises every weight, ||(W)||², while its dJ/dWij penalises L·W with L[0,0] = 0, so W₀ "
        "gets no penalty term; and (lambda/2*m) is (λ/2)·m as written, whose partial is λmW_j, not (λ/m)W_j: "
        "different under either reading of J's constant; h(x) = σ(x·W), x row i of Data.X, W Data.w",
    ),
    # ============================================================ real answers: right
    Answer(
        id="f81-cap-chinese-costfunctionreg-loop-grad",
        source=CAP + ", the same body: grad(j) accumulated, divided by m, then + lambda/m*theta(j) for j=2:n)",
        text=_CAP_BODY,
        cost=_CAP_BODY,
        verdict="equivalent",
        lets=_CAP_LETS,
        why="grad(j) = Σ_i(σ(X(i,:)θ) − y_i)X(i,j)/m, plus (λ/m)θ_j for j = 2…n only; " + _CAP_WHY,
    ),
    Answer(
        id="f81-mic-chinese-grad-overwrite-first",
        source=MIC + ", grad=…; grad(1)=…)",
        text=_MIC_GRAD,
        cost=_MIC_J,
        verdict="equivalent",
        lets=(_OCT_M,),
        why="Xᵀ(σ(Xθ) − y)/m + (λ/m)θ, then entry 1 overwritten with the unpenalised Xᵀ(σ − y)/m entry (the comment: "
        "compute all first, then overwrite with grad(1)); " + _MIC_WHY,
    ),
    Answer(
        id="f81-alg-lrcostfunction-grad-rows",
        source=ALG + ", grad(1,:) = …; grad(2:end,:) = …)",
        text=_ALG_GRAD,
        cost=_ALG_J,
        verdict="equivalent",
        lets=_ALG_GRAD_LETS,
        why="X'(1,:) is row 1 of Xᵀ (column 1 of X): entry 1 is X(:,1)ᵀ(h − y)/m, entries 2…end X(:,j)ᵀ(h − y)/m + "
        "(λ/m)θ_j; " + _ALG_WHY,
    ),
    Answer(
        id="f81-dam-ex5-grad-theta1",
        source=DAM + ", grad = (X'*hx+lambda*theta1)/m;)",
        text="grad = (X'*hx+lambda*theta1)/m;",
        cost=_DAM_J,
        verdict="equivalent",
        lets=_DAM_LETS,
        why="(Xᵀ(Xθ − y) + λ[0; θ(2:end)])/m; " + _DAM_WHY,
    ),
    Answer(
        id="f81-eli-compute-gradient-dj-dw",
        source=ELI_GRAD + ", its body)",
        text=_ELI_GRAD,
        cost=_ELI_COST,
        verdict="equivalent",
        wrt="w_j",
        why="dj_dw[j] = Σ_i(σ(X[i]·w + b) − y_i)X[i,j]/m; " + _ELI_GRAD_WHY,
    ),
    Answer(
        id="f81-eli-compute-gradient-dj-db",
        source=ELI_GRAD + ", its body)",
        text=_ELI_GRAD,
        cost=_ELI_COST,
        verdict="equivalent",
        wrt="b",
        why="dj_db = Σ_i(σ(X[i]·w + b) − y_i)/m; " + _ELI_GRAD_WHY,
    ),
    Answer(
        id="f81-hiu-compute-gradient-linear-reg-dj-dw",
        source=HIU_GRAD + ", its body)",
        text=_HIU_GRAD,
        cost=_HIU_COST,
        verdict="equivalent",
        wrt="w_j",
        why="dj_dw[j] = Σ_i(X[i]·w + b − y_i)X[i,j]/m + (λ/m)w_j; " + _HIU_WHY,
    ),
    Answer(
        id="f81-hiu-compute-gradient-linear-reg-dj-db",
        source=HIU_GRAD + ", its body)",
        text=_HIU_GRAD,
        cost=_HIU_COST,
        verdict="equivalent",
        wrt="b",
        why="dj_db = Σ_i(X[i]·w + b − y_i)/m, no penalty on b; " + _HIU_WHY,
    ),
    Answer(
        id="f81-cal-linear-grad-fun",
        source=CAL_LIN + ", def grad_fun(theta, batch): return …)",
        text=_CAL_LIN_GRAD,
        cost=_CAL_LIN_COST,
        verdict="equivalent",
        why="Xᵀ(Xθ − y)/m (the batch's X, y; graded on the whole data); " + _CAL_LIN_WHY,
    ),
    Answer(
        id="f81-cal-logistic-grad-fun",
        source=CAL_LOG + ", def grad_fun(theta, batch): return …)",
        text=_CAL_LOG_GRAD,
        cost=_CAL_LOG_COST,
        verdict="equivalent",
        lets=_CAL_LOG_LETS,
        why="(σ(Xθ) − y)ᵀX/m, a 1-D array like Xᵀ(σ(Xθ) − y)/m; " + _CAL_LOG_WHY,
    ),
    Answer(
        id="f81-idx37466607144-r-gradfunc",
        source=IDX_R + ", gradFunc: grad <- …)",
        text=_R_GRAD,
        cost=_R_COST,
        verdict="equivalent",
        lets=_R_LETS,
        why="t(X) %*% (σ(Xθ) − y)/m; " + _R_WHY,
    ),
    Answer(
        id="f81-idx39269464385-r-lrgradient-mask",
        source=IDX_RMASK + ", grad <- …)",
        text=_RM_GRAD,
        cost=_MIC_J,
        verdict="equivalent",
        lets=_RM_LETS,
        why="t(X) %*% (σ(Xθ) − y)/m + (λ/m)θ_j for every entry but the first; " + _RM_WHY,
    ),
    Answer(
        id="f81-idx12883455482-octave-grad-temp",
        source=IDX_REG2 + ", temp = …; grad = …; grad(1) = …)",
        text=_REG2_GRAD,
        cost=_REG2_J,
        verdict="equivalent",
        lets=_REG2_LETS,
        why="temp' = Xᵀ(σ(Xθ) − y); (1/m)temp' + (λ/m)θ, entry 1 overwritten with the unpenalised X(:,1)ᵀ(σ − y)/m; "
        + _REG2_WHY,
    ),
    Answer(
        id="f81-idx4636745989-octave-grad-loop",
        source=IDX_DRAFT + ", gradterm = hx-y; grad(1) = …; for i=2:size(grad) …)",
        text=_DRAFT_GRAD,
        cost=_DRAFT_J,
        verdict="equivalent",
        lets=_DRAFT_LETS,
        why="sum(gradterm'*X(:,i)) is the scalar (σ(Xθ) − y)ᵀX(:,i); grad(1) unpenalised, grad(i) + (λ/m)θ_i for "
        "i = 2…n; " + _DRAFT_WHY,
    ),
    Answer(
        id="f81-cod-dj-db",
        source=COD + ", the loop, dj_db_i = f_wb - y[i])",
        text=_COD_GRAD,
        cost=_COD_COST,
        verdict="equivalent",
        wrt="b",
        why="dj_db = Σ(wx_i + b − y_i)/m, right beside the broken dj_dw; " + _COD_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f81-cap-chinese-loop-penalises-theta1",
        source=CAP + "; variant: for j=2:n written for j=1:n)",
        text=_CAP_BODY.replace("for j=2:n", "for j=1:n"),
        cost=_CAP_BODY,
        verdict="different",
        lets=_CAP_LETS,
        why="variant, the comment's shrug taken at its word: grad(1) gets (λ/m)θ(1), which the cost does not "
        "penalise; " + _CAP_WHY,
    ),
    Answer(
        id="f81-mic-chinese-grad-no-overwrite",
        source=MIC + "; variant: the grad(1)=… line left out)",
        text=_MIC_GRAD.split("\n")[0],
        cost=_MIC_J,
        verdict="different",
        lets=(_OCT_M,),
        why="variant: without the overwrite, entry 1 keeps (λ/m)θ(1), a penalty J does not have; " + _MIC_WHY,
    ),
    Answer(
        id="f81-alg-lrcostfunction-lambda-over-2m",
        source=ALG + "; variant: (lambda / m) written (lambda / (2*m)))",
        text=_ALG_GRAD.replace("(lambda / m)", "(lambda / (2*m))"),
        cost=_ALG_J,
        verdict="different",
        lets=_ALG_GRAD_LETS,
        why="variant: the 2 of θ_j² cancels the 2 of 2m; (λ/2m)θ_j is half the penalty's partial; " + _ALG_WHY,
    ),
    Answer(
        id="f81-dam-ex5-grad-theta-not-theta1",
        source=DAM + "; variant: lambda*theta1 written lambda*theta)",
        text="grad = (X'*hx+lambda*theta)/m;",
        cost=_DAM_J,
        verdict="different",
        lets=_DAM_LETS,
        why="variant: with theta for theta1 the intercept θ(1) gets (λ/m)θ(1), which J does not penalise; " + _DAM_WHY,
    ),
    Answer(
        id="f81-eli-compute-gradient-dj-dw-lost-x",
        source=ELI_GRAD + "; variant: err_i * X[i,j] written err_i)",
        text=_ELI_GRAD.replace("err_i * X[i,j]", "err_i"),
        cost=_ELI_COST,
        verdict="different",
        wrt="w_j",
        why="variant: without X[i,j] every dj_dw[j] is the bias's partial Σ(σ − y)/m; " + _ELI_GRAD_WHY,
    ),
    Answer(
        id="f81-hiu-compute-gradient-linear-reg-dj-db-no-over-m",
        source=HIU_GRAD + "; variant: the line dj_db = dj_db / m left out)",
        text=_HIU_GRAD.replace("dj_db = dj_db / m\n", ""),
        cost=_HIU_COST,
        verdict="different",
        wrt="b",
        why="variant: the 1/m of the mean is lost, m times the partial; " + _HIU_WHY,
    ),
    Answer(
        id="f81-cal-linear-grad-fun-over-2m",
        source=CAL_LIN + "; variant: / X.shape[0] written / (2 * X.shape[0]))",
        text="X.T.dot(X.dot(theta) - y) / (2 * X.shape[0])",
        cost=_CAL_LIN_COST,
        verdict="different",
        why="variant: the ½ of the cost cancels the 2 of the square; dividing by 2m halves the gradient; "
        + _CAL_LIN_WHY,
    ),
    Answer(
        id="f81-cal-logistic-grad-fun-sign",
        source=CAL_LOG + "; variant: (sigmoid(X.dot(theta)) - y) written (y - sigmoid(X.dot(theta))))",
        text="(y - sigmoid(X.dot(theta))).T.dot(X) / X.shape[0]",
        cost=_CAL_LOG_COST,
        verdict="different",
        lets=_CAL_LOG_LETS,
        why="variant: (y − σ)ᵀX/m is the gradient of the log-likelihood, the negative of the cost's gradient; "
        + _CAL_LOG_WHY,
    ),
    Answer(
        id="f81-idx37466607144-r-gradfunc-linear-residual",
        source=IDX_R + "; variant: sigmoid (X %*% theta) - y written X %*% theta - y)",
        text="grad <- (1/m) * t(X) %*% (X %*% theta - y)",
        cost=_R_COST,
        verdict="different",
        lets=_R_LETS,
        why="variant: the linear residual Xθ − y in place of σ(Xθ) − y (linear regression's gradient); " + _R_WHY,
    ),
    Answer(
        id="f81-cod-dj-dw-brackets-mended",
        source=COD + "; variant: dj_dw_i = (f_wb - y[i] * x[i]) written (f_wb - y[i]) * x[i])",
        text=_COD_GRAD.replace("dj_dw_i = (f_wb - y[i] * x[i])", "dj_dw_i = (f_wb - y[i]) * x[i]"),
        cost=_COD_COST,
        verdict="equivalent",
        wrt="w",
        why="variant, the file's slip mended: Σ(wx_i + b − y_i)x_i/m; " + _COD_WHY,
    ),
]

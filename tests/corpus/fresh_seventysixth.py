r"""A fresh held-out wave (f76): Octave ex2/ex3/ex5 labs (a linearRegCostFunction whose grad(1) is patched from
X(:,1), one that subtracts λθ₁/m back out of grad(1), one that turns lambda into a vector with lambda(1)=0, a decay
term over theta(2:n), a theta_prime row zeroed in its first place and J += R, a Portuguese-commented ex2 that zeroes
theta(1) before both J and grad, a Chinese-commented ex3 lrCostFunction and a Chinese-commented ex5 J that
subtracts λθ₁²/2m again, a costFunctionWithBias whose gradient has y − h, a hypo-based cost whose J penalises every
θ while its grad(1) is left unpenalised, and a costFunctionReg whose gradient penalises the intercept), a Spanish
costGradient (Theta, Y), NumPy code (a one-vs-all Cost/Fprime pair with an aliased temp = theta, a cost_function /
gradient_function pair, a regularised gradient descent printing an unregularised J, a LinearRegression whose db lost
the 2 of its MSE, a Chinese markdown loss_function/gradient pair, and a LogReg whose np.where loss is refused), and
the plain-text comment notes L, dL/dw and dL/db of a w*x+b MSE.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers):

* code (Octave): 1211315790/course- ex1-ex8-matlab/ex3/lrCostFunction.m; public code index files 12392599521,
  10614605605, 47305258591, 739447996, 33878242194, 3396292 (ex5 linearRegCostFunction.m), 21178114664 and
  42745717507 (ex2 costFunctionReg.m), 18121048460 (costFunctionWithBias), 8325314041 (computeGradients),
  30550670850 (costfunction with hypo; hypo.m is index file 30751376750);
* code (MATLAB, Spanish comments): elcharly64/TwoVariableLinearFit costGradient.m;
* code (Python): public code index files 43230618912 (Cost / Fprime, one-vs-all), 17262710939 (cost_function /
  gradient_function), 20456906727 (J / gradientdescent), 53479975838 (class LinearRegression), 23275749264 (class
  LogReg), 66346450450 (a Chinese markdown note with Python code);
* notes (plain text in Python comments): public code index file 70249476401 (the MSE loss and its two gradients).

Names follow the sources: X (x in the Chinese markdown note, where it is the matrix of examples, not the one
feature) is Data.X (X(i, j) = Data.X[i-1, j-1]); theta, Theta and θ are the coefficient vector Data.theta; the
Python weights (self.weights, w) are Data.w and self.bias is Data.b; lambda, lamda and lmd are Data.lam. Octave's
theta(1) (Python's theta[0]) is the first coefficient Data.theta[0], theta(2:end) the rest. In the comment notes
of index file 70249476401, w and b are scalars and x the one feature (Data.w[0], Data.b, Data.x). Where a source
gives no cost for an answer, ``why`` says which cost it is graded against. The real mistakes come first among the
answers, then the real right answers, then the one-slip variants of real answers, marked "variant". Verdicts were
worked out by hand and checked against finite differences of the costs (/tmp/f76/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_IDX = "public code index file "
_NONAME = "; the index does not name its repository"
CN_EX3 = (
    "https://github.com/1211315790/course-/blob/1775f7a34321b3da1f9721391739ef1e42280d1a/"
    "ex1-ex8-matlab/ex3/lrCostFunction.m"
)
ELCHARLY = (
    "https://github.com/elcharly64/TwoVariableLinearFit/blob/c4cd5a7b3a7ac45bd158e37d5d110eaa0cddae1b/costGradient.m"
)
LIN_PRED = _IDX + "12392599521 (Octave, ex5 linearRegCostFunction.m, 'n = size(X, 2); % feature dimension'" + _NONAME
LIN_TERM = _IDX + "10614605605 (Octave, ex5 linearRegCostFunction.m with '% Debugging variables'" + _NONAME
LIN_LAMVEC = (
    _IDX + "47305258591 (Octave, ex5 linearRegCostFunction.m, '%DO NOT USE REGUALIZATION FOR THETA(1)'" + _NONAME
)
LIN_DECAY = _IDX + "739447996 (Octave, ex5 linearRegCostFunction.m, 'decay' and 'decaygrad'" + _NONAME
LIN_F = _IDX + "33878242194 (Octave, ex5 linearRegCostFunction.m, 'F = X * theta - y;', 'J += R;'" + _NONAME
LIN_CN = _IDX + "3396292 (Octave, ex5 linearRegCostFunction.m with Chinese comments, '减去theta0的平方'" + _NONAME
PT_REG = (
    _IDX + "21178114664 (Octave, ex2 costFunctionReg.m with Portuguese comments, 'Calcula função de custo J'"
    + _NONAME
)
LOG_NOLOG = _IDX + "42745717507 (Octave, ex2 costFunctionReg.m, '% don't regularize theta(1)'" + _NONAME
WITHBIAS = _IDX + "18121048460 (Octave, 'function [ J, grad ] = costFunctionWithBias( theta , X, y, lambda )'" + _NONAME
COMPGRAD = _IDX + "8325314041 (Octave, 'function [J, grads] = computeGradients(X, y, theta, lambda)'" + _NONAME
HYPO = (
    _IDX + "30550670850 (Octave, 'function [J,grad] = costfunction(X,y,theta,lambda)'; hypo is index file "
    "30751376750, 'function [h] = hypo(X,theta)', taken to be the same project's" + _NONAME
)
PY_ONEVSALL = _IDX + "43230618912 (Python, 'def Cost(theta,X,y,lamda):' and 'def Fprime', fmin_cg one-vs-all" + _NONAME
PY_CF = _IDX + "17262710939 (Python, '# Define the cost function for logistic regression'" + _NONAME
PY_GD = (
    _IDX + "20456906727 (Python, 'def J(h, y):' and 'def gradientdescent(X, y, lmd, alpha, num_iter, print_cost)'"
    + _NONAME
)
PY_LINREG = _IDX + "53479975838 (Python, class LinearRegression, fit(self, X, y, l2=0.0) and mse" + _NONAME
PY_LOGREG = _IDX + "23275749264 (Python, class LogReg(Node), f_value" + _NONAME
CN_MD = _IDX + "66346450450 (Markdown with Python code, '# 定义损失函数和梯度计算函数'" + _NONAME
GD3 = (
    _IDX + "70249476401 (Python, '# All three share the same MSE loss:' comment above def _grad, the three Gradient "
    "Descent variants" + _NONAME
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _logistic_mean(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_all(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t @ t)


def _half_mse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m


def _reg_half_mse_skip_first(d):
    t = d.theta
    return _half_mse(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_half_mse_all(d):
    t = d.theta
    return _half_mse(d) + d.lam / (2 * d.m) * float(t @ t)


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


# ------------------------------------------------------------------ texts the items share
_REGLIN_WHY = (
    "ex5's regularized linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θ_j², theta(1) = Data.theta[0] unpenalised; "
    "X the design matrix with its ones column (Data.X), m = length(y)"
)
_REGLOG_WHY = (
    "ex2/ex3's regularized logistic cost: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over every "
    "coefficient but theta(1) = Data.theta[0]; X the design matrix with its ones column (Data.X)"
)

_PRED_COST = "J = 1.0 / (2.0*m) * sum((pred - y).^(2)) + lambda / (2.0*m) * sum(theta(2:n, 1).^(2));"
_PRED_LETS = ("m = length(y)", "n = size(X, 2)", "pred = X * theta")
_PRED_GRAD = "grad = 1.0/m .* X' * (pred - y) + lambda/m * theta;"
_PRED_PATCH = "grad(1) = 1.0 /m * sum((pred - y) .* X(:,1));"
_PRED_WHY = "n = size(X, 2) is the number of coefficients, so theta(2:n, 1) is every θ but the first; " + _REGLIN_WHY

_TERM_COST = (
    "term_1  = (X * theta - y);\ncost    = 1/(2 * m) * sum(term_1.^2);\n"
    "reg     = lambda/(2 * m) * (sum(theta .* theta) - theta(1)^2); % do not regularize theta_0\n"
    "J       = cost + reg;"
)
_TERM_LETS = ("m     = length(y)",)
_TERM_GRAD_LETS = ("m     = length(y)", "term_1  = (X * theta - y)")
_TERM_WHY = "Σθ_j² − θ_1² is the penalty over θ_2…θ_n; " + _REGLIN_WHY

_LAMVEC_COST = (
    "J = (1/(2*m))*sum((X*theta - y).^2) + (lambda/(2*m))*sum(theta(2:size(theta,1),:).^2); "
    "%DO NOT USE REGUALIZATION FOR THETA(1)"
)

_DECAY_COST = "decay = (lambda/(2*m))*sum((theta(2:n).^2));\nJ = (1/(2*m))*sum((X*theta - y).^2) + decay; "
_DECAY_LETS = ("m = length(y)", "n = size(theta,1)")

_F_COST = (
    "F = X * theta - y;\nJ = (F' * F) / (2*m);\n\n% Compute the regularization term...\ntheta_prime = theta';\n"
    "theta_prime(1)= 0.0;\n\nR = (theta_prime * theta) * lambda/(2.0*m);\n\nJ += R;"
)
_F_WHY = (
    "F'F is the sum of squared residuals; theta_prime is the row θᵀ with its first entry zeroed, so "
    "theta_prime * theta = Σ_{j≥2}θ_j²; J += R adds the penalty (Octave's +=); " + _REGLIN_WHY
)

_EL_COST = "Jobj=sum((X*Theta-Y).^2/2/m);"
_EL_LETS = ("[m n] = size(X);",)
_EL_WHY = (
    "half the mean squared residual (each squared residual /2/m, then summed); Theta is the coefficient vector "
    "(Data.theta), Y the targets (Data.y), X (Data.X) with m rows; the lambda argument is unused"
)

_PT_BLOCK = (
    "theta(1) = 0;\n\n# Calcula função de custo J\n"
    "unreg_J = (1 / m) * (-y' * log(h) - (1 - y)' * log(1 - h)); % Custo sem regularização\n"
    "reg_J = (lambda / (2 * m)) * (theta' * theta); % Custo da regularização\n\n"
    "J = unreg_J + reg_J; % Somando os termos"
)
_PT_LETS = ("m = length(y)", "z = X * theta", "h = sigmoid(z)")
_PT_GRAD = "grad = (X' * (h - y) + lambda * theta) / m; % Termo (lambda*theta/2) aplicado"
_PT_WHY = (
    "h = sigmoid(X * theta) is computed before theta(1) = 0, so zeroing it only keeps the intercept out of the "
    "penalty θᵀθ (Octave also reads # as a comment); " + _REGLOG_WHY
)

_CN3_COST = "J=-1/m*(log(h')*y+log(1-h')*(1-y))+lambda/(2*m)*sum(theta(2:end).^2);%代价函数,标量"
_CN3_LETS = ("m = length(y)", "z=X*theta", "h=sigmoid(z)")
_CN3_WHY = "log(h')*y and log(1-h')*(1-y) are row-times-column sums over the examples; " + _REGLOG_WHY

_OVA_COST = (
    "m = X.shape[0]\ny1 = y.dot(np.log(hypo(X,theta)))\ny0 = (1-y).dot(np.log(1-hypo(X,theta)))\n"
    "temp = theta\ntemp[0] = 0\nreg_term = (lamda/(2 * m)) *  (temp.dot(temp))\nJ = (-1/m) * (y1+y0) + reg_term"
)
_OVA_LETS = (
    "def sigmoid(z):\n  return 1.0/(1.0 + np.exp(-z))",
    "def hypo(X,theta):\n  return sigmoid(X.dot(theta))",
)
_OVA_GRAD = (
    "m = X.shape[0]\nht = hypo(X,theta)\nreg_term = (lamda/m) * theta\nreg_term[0] = 0\n"
    "grad = ((ht-y).dot(X)/m) + reg_term"
)
_OVA_WHY = (
    "the body of def Cost (dedented): temp = theta is the same array, so temp[0] = 0 zeroes theta[0] in place, but "
    "only after y1 and y0 are computed: the value is the mean cross-entropy of σ(Xθ) plus (λ/2m)Σ_{j≥2}θ_j² "
    "(lamda is λ, Data.lam; X the design matrix with the ones column OneVsAll prepends, Data.X)"
)

_CF_COST = "(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()"
_CF_LETS = ("h = sigmoid(X.dot(theta))", "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))")
_CF_WHY = "the mean cross-entropy of h = σ(Xθ); X (Data.X), len(y) = m"

_GD_LETS = ("z = np.dot(X, theta)", "h = sigmoid(z)")

_GD3_COST = "L = (1/m) * sum((w*x+b - y)^2)"
_GD3_WHY = (
    "the comment's MSE of the one-feature line w*x + b (no ½): w = Data.w[0], b = Data.b, x = Data.x, m the number "
    "of examples (Data.m)"
)

_CNMD_COST = "np.mean((y_pred - y) ** 2)"
_CNMD_LETS = ("y_pred = np.dot(x, theta)",)
_CNMD_WHY = (
    "loss_function's mean squared error (# 简单的线性回归损失函数, no ½); x is the matrix of examples (Data.X; the "
    "note's loop happens to pass one example), theta = Data.theta, len(x) its number of rows m"
)

_BIAS_COST = "J = (-1/m) * (y'*log(htheta') + (1 - y') * log(1 - htheta')) + bias;"
_BIAS_LETS = (
    "m = length(y)",
    "z = theta' * X'",
    "htheta = sigmoid(z)",
    "bias = lambda/(2*m) * sum(theta.^2)",
)
_BIAS_WHY = (
    "htheta = σ(θᵀXᵀ) is the row (σ(Xθ))ᵀ; y'*log(htheta') and (1 - y')*log(1 - htheta') are sums over the "
    "examples; 'bias' is the penalty (λ/2m)Σθ_j² over every coefficient, θ_1 included: the mean cross-entropy "
    "of σ(Xθ) plus (λ/2m)Σ_jθ_j²; X (Data.X)"
)

_CG_COST = "J = sum(y_error.^2)/(2*m) + lambda/(2*m) * sum(theta.^2);"
_CG_LETS = ("m = length(y)", "y_error =X*theta-y")
_CG_GRAD = "grads = (1/m) * (y_error' * X)' + lambda/m*theta;"
_CG_WHY = "(1/2m)Σ(Xθ − y)² + (λ/2m)Σθ_j² over every coefficient (no intercept exemption); X (Data.X)"

_HYPO_COST = (
    "J=(1/m)*(-y'*log(hypo(X,theta))-(1-y)'*log(1-hypo(X,theta)))  + (lambda/(2*m))*(theta'*theta);"
)
_HYPO_LETS = ("m=size(X,1)", "function [h] = hypo(X,theta)\n\nz=X*theta;\nh= 1./(1+exp(-z));\nend")
_HYPO_WHY = (
    "the mean cross-entropy of hypo(X, θ) = σ(Xθ) plus (λ/2m)θᵀθ, every coefficient penalised; X (Data.X), "
    "m = size(X,1)"
)

_LINCN_COST = (
    "J = 1/(2*m) * sum((X*theta-y).^2) + lambda/(2*m) * sum(theta.^2); % 计算包含惩罚项的误差函数  \n"
    "J = J - lambda/(2*m) * theta(1)^2; % 减去theta0的平方，不需要惩罚theta0  "
)

_NOLOG_COST = "J = (1/m) * sum( (-y .* log(h)) - ((1 -y) .* (1 - h)) ) + reg_cost; "
_NOLOG_LETS = (
    "m = length(y)",
    "h = sigmoid(X * theta)",
    "theta1 = [0 ; theta(2:size(theta), :)]",
    "reg_cost = (lambda/(2*m)) * (theta1'*theta1)",
)

_LINREG_LETS = ("error  = y_pred - y", "y_pred = X @ self.weights + self.bias", "n_samples, n_features = X.shape")

COSTS: list[Cost] = [
    # ============================================================ code (Octave / MATLAB)
    Cost(
        id="f76-idx12392599521-linearregcost-J-theta-2-n",
        source=LIN_PRED + ", J =)",
        text=_PRED_COST,
        intended=_reg_half_mse_skip_first,
        lets=_PRED_LETS,
        why=_PRED_WHY,
    ),
    Cost(
        id="f76-idx10614605605-linearregcost-J-minus-theta1-squared",
        source=LIN_TERM + ", term_1 … J =)",
        text=_TERM_COST,
        intended=_reg_half_mse_skip_first,
        lets=_TERM_LETS,
        why=_TERM_WHY,
    ),
    Cost(
        id="f76-idx739447996-linearregcost-J-decay",
        source=LIN_DECAY + ", decay = …; J = …)",
        text=_DECAY_COST,
        intended=_reg_half_mse_skip_first,
        lets=_DECAY_LETS,
        why="n = size(theta,1), so theta(2:n) is every θ but the first; " + _REGLIN_WHY,
    ),
    Cost(
        id="f76-idx33878242194-linearregcost-J-theta-prime-plus-equals",
        source=LIN_F + ", F = … J += R)",
        text=_F_COST,
        intended=_reg_half_mse_skip_first,
        lets=("m = length(y)",),
        why=_F_WHY,
    ),
    Cost(
        id="f76-idx3396292-linearregcost-J-chinese-minus-theta0",
        source=LIN_CN + ", the two J = lines)",
        text=_LINCN_COST,
        intended=_reg_half_mse_skip_first,
        lets=("m = length(y)",),
        why="the first line penalises every θ, the second takes (λ/2m)θ_1² back out (减去theta0的平方: subtract "
        "theta0's square, theta0 needs no penalty); " + _REGLIN_WHY,
    ),
    Cost(
        id="f76-elcharly64-costgradient-Jobj-Theta-Y",
        source=ELCHARLY + " (Jobj=)",
        text=_EL_COST,
        intended=_half_mse,
        wrt=("Theta_j",),
        lets=_EL_LETS,
        why=_EL_WHY,
    ),
    Cost(
        id="f76-idx21178114664-costfunctionreg-J-portuguese",
        source=PT_REG + ", theta(1) = 0; … J = unreg_J + reg_J)",
        text=_PT_BLOCK,
        intended=_reg_logistic_skip_first,
        lets=_PT_LETS,
        why=_PT_WHY,
    ),
    Cost(
        id="f76-1211315790-ex3-lrcostfunction-J-chinese",
        source=CN_EX3 + " (J=)",
        text=_CN3_COST,
        intended=_reg_logistic_skip_first,
        lets=_CN3_LETS,
        why=_CN3_WHY,
    ),
    Cost(
        id="f76-idx18121048460-costfunctionwithbias-J",
        source=WITHBIAS + ", J =)",
        text=_BIAS_COST,
        intended=_reg_logistic_all,
        lets=_BIAS_LETS,
        why=_BIAS_WHY,
    ),
    Cost(
        id="f76-idx8325314041-computegradients-J-every-theta",
        source=COMPGRAD + ", J =)",
        text=_CG_COST,
        intended=_reg_half_mse_all,
        lets=_CG_LETS,
        why=_CG_WHY,
    ),
    Cost(
        id="f76-idx30550670850-costfunction-J-hypo-every-theta",
        source=HYPO + ", J=)",
        text=_HYPO_COST,
        intended=_reg_logistic_all,
        lets=_HYPO_LETS,
        why=_HYPO_WHY,
    ),
    # ============================================================ code (Python)
    Cost(
        id="f76-idx43230618912-cost-aliased-temp",
        source=PY_ONEVSALL + ", the body of def Cost)",
        text=_OVA_COST,
        intended=_reg_logistic_skip_first,
        lets=_OVA_LETS,
        why=_OVA_WHY,
    ),
    Cost(
        id="f76-idx17262710939-cost-function-mean",
        source=PY_CF + ", def cost_function, the return value)",
        text=_CF_COST,
        intended=_logistic_mean,
        lets=_CF_LETS,
        why=_CF_WHY,
    ),
    Cost(
        id="f76-idx66346450450-chinese-note-loss-function",
        source=CN_MD + ", def loss_function, the return value)",
        text=_CNMD_COST,
        intended=_mse,
        lets=_CNMD_LETS,
        why=_CNMD_WHY,
    ),
    Cost(
        id="f76-idx23275749264-logreg-np-where-refused",
        source=PY_LOGREG + ", the return value)",
        text="-(np.where(y == 1, np.log(h), zeros) + np.where(y == 0, np.log(1-h), zeros)).mean()",
        intended=None,
        wrt=("w_j",),
        lets=("h = self.get_h(self.x_train, w)", "y = self.y_train", "zeros = np.zeros_like(h)"),
        expect="refuse",
        why="np.where picks log h where y == 1 and log(1 − h) where y == 0 (a test of the labels' equality, not a "
        "formula in y): the cross-entropy only for 0/1 labels, and get_h is not defined in the excerpt; not a "
        "formula logderiv can read",
    ),
    # ============================================================ notes (plain text, Python comments)
    Cost(
        id="f76-idx70249476401-comment-mse-w-x-b",
        source=GD3 + ", 'L = …')",
        text=_GD3_COST,
        intended=_mse_slope_b,
        wrt=("w", "b"),
        why=_GD3_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f76-idx42745717507-costfunctionreg-grad-penalised-intercept",
        source=LOG_NOLOG + ", grad =)",
        text="grad = (X' * (h - y) + lambda * theta) / m;",
        cost=_NOLOG_COST,
        verdict="different",
        lets=_NOLOG_LETS,
        why="the file's own J is graded: its second term ((1 -y) .* (1 - h)) lost the log, so its derivative is "
        "(1 − y)h(1 − h)x_j, not the cross-entropy's; and λθ (not theta1) puts λθ_1/m in the intercept's entry "
        "which reg_cost leaves out; the gradient written is the gradient of neither the J written nor ex2's "
        "intended cost; X (Data.X)",
    ),
    Answer(
        id="f76-idx30550670850-grad-1-unpenalised-against-full-penalty",
        source=HYPO + ", grad= and grad(1,:)=)",
        text="grad=(1/m).*((hypo(X,theta)-y)'*X)' + (lambda/m).*theta;\n\n"
        "grad(1,:)= (1/m).*((hypo(X,theta)-y)'*X(:,1));",
        cost=_HYPO_COST,
        verdict="different",
        lets=_HYPO_LETS,
        why="grad(1) is overwritten without its λθ_1/m, as ex2 wants, but this J penalises θ_1 too ((λ/2m)θᵀθ), "
        "so its first partial is x_1ᵀ(σ(Xθ) − y)/m + λθ_1/m; " + _HYPO_WHY,
    ),
    Answer(
        id="f76-idx20456906727-gradient-reg-against-unregularised-J",
        source=PY_GD + ", gradientdescent: reg = …; reg[0] = 0; gradient =)",
        text="np.dot(X.T, (h - y)) / y.size + reg",
        cost=_CF_COST,
        verdict="different",
        lets=_GD_LETS + ("reg = lmd / y.size * theta", "reg[0] = 0"),
        why="the cost the loop computes and prints is J(h, y), the mean cross-entropy with no penalty, but the "
        "gradient adds (lmd/m)θ_j for j ≥ 2 (lmd is λ, Data.lam; y.size = m); graded against def J(h, y), the "
        "source's only cost; X the design matrix with its ones column (Data.X)",
    ),
    Answer(
        id="f76-idx53479975838-db-mse-missing-2",
        source=PY_LINREG + ", fit: db =)",
        text="db = (1 / n_samples) * np.sum(error)",
        cost=_CNMD_COST,
        verdict="different",
        wrt="bias",
        lets=_LINREG_LETS,
        why="the class's loss (mse, logged in loss_history) is np.mean((y_pred - y) ** 2) with no ½, so "
        "∂/∂b = (2/m)Σ(ŷ_i − y_i): the db written is half of it; graded against def mse (its y_pred = "
        "self.predict(X) = X @ self.weights + self.bias); self.weights = Data.w, self.bias = Data.b, X (Data.X)",
    ),
    Answer(
        id="f76-idx18121048460-costfunctionwithbias-grad-y-minus-h",
        source=WITHBIAS + ", grad_bias = …; grad =)",
        text="grad_bias = (lambda/m) * theta;\ngrad = 1/m * X' * (y'-htheta)' + grad_bias; ",
        cost=_BIAS_COST,
        verdict="different",
        lets=_BIAS_LETS,
        why="(y' − htheta)' is y − σ(Xθ): the data term has the wrong sign (the cost's gradient is "
        "Xᵀ(σ(Xθ) − y)/m + (λ/m)θ); " + _BIAS_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f76-idx12392599521-linearregcost-grad-1-patched",
        source=LIN_PRED + ", grad = …; grad(1) = …)",
        text=_PRED_GRAD + "\n" + _PRED_PATCH,
        cost=_PRED_COST,
        verdict="equivalent",
        lets=_PRED_LETS,
        why="Xᵀ(Xθ − y)/m + (λ/m)θ, then the first entry overwritten with Σ(Xθ − y)x_1/m, the unpenalised "
        "intercept's partial; " + _PRED_WHY,
    ),
    Answer(
        id="f76-idx10614605605-linearregcost-grad-1-minus-lambda-theta1",
        source=LIN_TERM + ", grad = …; grad(1) = grad(1) - …)",
        text="grad    = 1/m * (X' * term_1) + lambda/m * theta;\n"
        "grad(1) = grad(1) - lambda/m * theta(1); % do not regularize theta_0",
        cost=_TERM_COST,
        verdict="equivalent",
        lets=_TERM_GRAD_LETS,
        why="the penalty's λθ_1/m is added everywhere and taken back out of the first entry; " + _TERM_WHY,
    ),
    Answer(
        id="f76-idx47305258591-linearregcost-grad-lambda-vector",
        source=LIN_LAMVEC + ", lambda = …; lambda(1)=0; grad=)",
        text="lambda = ones(size(theta))*lambda; \nlambda(1)=0; %lambda equals to zero when j=0 \n\n"
        "grad=(1/m)*sum((X*theta - y).*X)' + (lambda/m).*theta;",
        cost=_LAMVEC_COST,
        verdict="equivalent",
        lets=("m = length(y)",),
        why="lambda is rebound to the vector (0, λ, …, λ) after J is computed; sum((Xθ − y).*X)' is Xᵀ(Xθ − y), so "
        "the gradient is Xᵀ(Xθ − y)/m + (λ/m)[0; θ_2…θ_n]; the file's J line is the cost; " + _REGLIN_WHY,
    ),
    Answer(
        id="f76-idx739447996-linearregcost-decaygrad",
        source=LIN_DECAY + ", decaygrad = …; grad =)",
        text="decaygrad = [zeros(1, 1); (lambda/m)*(theta(2:n))];\ngrad = (1/m)*(X'*((X * theta) - y)).+decaygrad;",
        cost=_DECAY_COST,
        verdict="equivalent",
        lets=_DECAY_LETS,
        why="Xᵀ(Xθ − y)/m plus [0; (λ/m)θ_2…θ_n] (.+ is Octave's plus); " + _REGLIN_WHY,
    ),
    Answer(
        id="f76-idx33878242194-linearregcost-grad-xm",
        source=LIN_F + ", grad = …; xm = …; grad(1) =)",
        text="grad = (X' * F) / m .+ lambda/m * theta;\n\nxm = X( :,1 );\ngrad(1) = (xm' * F) / m;",
        cost=_F_COST,
        verdict="equivalent",
        lets=("m = length(y)", "F = X * theta - y"),
        why="Xᵀ(Xθ − y)/m + (λ/m)θ with its first entry replaced by x_1ᵀ(Xθ − y)/m (xm the first column); " + _F_WHY,
    ),
    Answer(
        id="f76-elcharly64-costgradient-Grad",
        source=ELCHARLY + " (Grad=)",
        text="Grad=X'*(X*Theta-Y)/m;",
        cost=_EL_COST,
        verdict="equivalent",
        wrt="Theta_j",
        lets=_EL_LETS,
        why="Xᵀ(XΘ − Y)/m; " + _EL_WHY,
    ),
    Answer(
        id="f76-idx21178114664-costfunctionreg-grad-after-theta1-zeroed",
        source=PT_REG + ", theta(1) = 0; … grad =)",
        text=_PT_BLOCK + "\n\n# Calcula gradiente para theta_0\n" + _PT_GRAD,
        cost=_PT_BLOCK,
        verdict="equivalent",
        lets=_PT_LETS,
        why="the answer is grad: (Xᵀ(h − y) + λ[0; θ_2…θ_n])/m with h from the unmodified θ (the comment's "
        "'(lambda*theta/2)' describes nothing in the line); " + _PT_WHY,
    ),
    Answer(
        id="f76-1211315790-ex3-lrcostfunction-grad-chinese",
        source=CN_EX3 + " (grad=)",
        text="grad=1/m*X'*(h-y)+lambda/m*[0;theta(2:end)];%梯度列向量",
        cost=_CN3_COST,
        verdict="equivalent",
        lets=_CN3_LETS,
        why="Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ_2…θ_n] (梯度列向量: the gradient column vector); " + _CN3_WHY,
    ),
    Answer(
        id="f76-idx43230618912-fprime",
        source=PY_ONEVSALL + ", the body of def Fprime)",
        text=_OVA_GRAD,
        cost=_OVA_COST,
        verdict="equivalent",
        lets=_OVA_LETS,
        why="(σ(Xθ) − y)ᵀX/m (a 1-D array) plus (λ/m)θ with its first entry zeroed: reg_term is a new array, so "
        "no aliasing here; " + _OVA_WHY,
    ),
    Answer(
        id="f76-idx17262710939-gradient-function",
        source=PY_CF + ", def gradient_function, the return value)",
        text="X.T.dot(h - y) / len(y)",
        cost=_CF_COST,
        verdict="equivalent",
        lets=_CF_LETS,
        why="Xᵀ(σ(Xθ) − y)/m; " + _CF_WHY,
    ),
    Answer(
        id="f76-idx70249476401-comment-dL-dw",
        source=GD3 + ", 'dL/dw = …')",
        text="dL/dw = (2/m) * sum((w*x+b - y) * x)",
        cost=_GD3_COST,
        verdict="equivalent",
        wrt="w",
        why="(2/m)Σ(wx_i + b − y_i)x_i; " + _GD3_WHY,
    ),
    Answer(
        id="f76-idx70249476401-comment-dL-db",
        source=GD3 + ", 'dL/db = …')",
        text="dL/db = (2/m) * sum((w*x+b - y))",
        cost=_GD3_COST,
        verdict="equivalent",
        wrt="b",
        why="(2/m)Σ(wx_i + b − y_i); " + _GD3_WHY,
    ),
    Answer(
        id="f76-idx66346450450-chinese-note-gradient",
        source=CN_MD + ", def gradient, the return value)",
        text="2 * np.dot(x.T, (y_pred - y)) / len(x)",
        cost=_CNMD_COST,
        verdict="equivalent",
        lets=_CNMD_LETS,
        why="2xᵀ(xθ − y)/m, the MSE's gradient; " + _CNMD_WHY,
    ),
    Answer(
        id="f76-idx8325314041-computegradients-grads",
        source=COMPGRAD + ", grads =)",
        text=_CG_GRAD,
        cost=_CG_COST,
        verdict="equivalent",
        lets=_CG_LETS,
        why="((Xθ − y)ᵀX)ᵀ/m + (λ/m)θ, every coefficient penalised as in this J; " + _CG_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f76-idx12392599521-linearregcost-grad-unpatched",
        source=LIN_PRED + "; variant: the grad line alone, grad(1) not overwritten)",
        text=_PRED_GRAD,
        cost=_PRED_COST,
        verdict="different",
        lets=_PRED_LETS,
        why="variant: without the grad(1) line the intercept's entry keeps λθ_1/m, which the cost leaves out of "
        "the penalty; " + _PRED_WHY,
    ),
    Answer(
        id="f76-idx10614605605-linearregcost-grad-1-plus-lambda-theta1",
        source=LIN_TERM + "; variant: grad(1) = grad(1) + … instead of -)",
        text="grad    = 1/m * (X' * term_1) + lambda/m * theta;\ngrad(1) = grad(1) + lambda/m * theta(1);",
        cost=_TERM_COST,
        verdict="different",
        lets=_TERM_GRAD_LETS,
        why="variant: adding λθ_1/m again gives the intercept 2λθ_1/m where the cost gives it none; " + _TERM_WHY,
    ),
    Answer(
        id="f76-elcharly64-costgradient-Grad-no-m",
        source=ELCHARLY + "; variant: Grad without /m)",
        text="Grad=X'*(X*Theta-Y);",
        cost=_EL_COST,
        verdict="different",
        wrt="Theta_j",
        lets=_EL_LETS,
        why="variant: Xᵀ(XΘ − Y) is m times the gradient of the mean; " + _EL_WHY,
    ),
    Answer(
        id="f76-idx21178114664-costfunctionreg-grad-y-minus-h",
        source=PT_REG + "; variant: (h - y) written (y - h) in grad)",
        text=_PT_BLOCK + "\n\n# Calcula gradiente para theta_0\n"
        "grad = (X' * (y - h) + lambda * theta) / m; % Termo (lambda*theta/2) aplicado",
        cost=_PT_BLOCK,
        verdict="different",
        lets=_PT_LETS,
        why="variant: Xᵀ(y − h) flips the sign of the data term only; " + _PT_WHY,
    ),
    Answer(
        id="f76-1211315790-ex3-lrcostfunction-grad-penalised-intercept",
        source=CN_EX3 + "; variant: lambda/m*theta for lambda/m*[0;theta(2:end)])",
        text="grad=1/m*X'*(h-y)+lambda/m*theta;",
        cost=_CN3_COST,
        verdict="different",
        lets=_CN3_LETS,
        why="variant: the full θ penalises the intercept's entry, which the cost's theta(2:end) leaves out; "
        + _CN3_WHY,
    ),
    Answer(
        id="f76-idx43230618912-fprime-intercept-penalised",
        source=PY_ONEVSALL + "; variant: Fprime without reg_term[0] = 0)",
        text="m = X.shape[0]\nht = hypo(X,theta)\nreg_term = (lamda/m) * theta\ngrad = ((ht-y).dot(X)/m) + reg_term",
        cost=_OVA_COST,
        verdict="different",
        lets=_OVA_LETS,
        why="variant: the first entry keeps λθ_1/m, which the cost (temp[0] = 0) leaves out; " + _OVA_WHY,
    ),
    Answer(
        id="f76-idx17262710939-gradient-function-no-len",
        source=PY_CF + "; variant: gradient_function without / len(y))",
        text="X.T.dot(h - y)",
        cost=_CF_COST,
        verdict="different",
        lets=_CF_LETS,
        why="variant: the cost is a mean (.mean()), so its gradient carries 1/m; " + _CF_WHY,
    ),
    Answer(
        id="f76-idx70249476401-comment-dL-dw-one-over-m",
        source=GD3 + "; variant: dL/dw with 1/m for 2/m)",
        text="dL/dw = (1/m) * sum((w*x+b - y) * x)",
        cost=_GD3_COST,
        verdict="different",
        wrt="w",
        why="variant: L has no ½, so the 2 of the square stays: (1/m) is half the partial; " + _GD3_WHY,
    ),
    Answer(
        id="f76-idx66346450450-chinese-note-gradient-no-2",
        source=CN_MD + "; variant: def gradient without its 2 *)",
        text="np.dot(x.T, (y_pred - y)) / len(x)",
        cost=_CNMD_COST,
        verdict="different",
        lets=_CNMD_LETS,
        why="variant: the mean squared error has no ½, so its gradient is 2xᵀ(xθ − y)/m, twice this; " + _CNMD_WHY,
    ),
    Answer(
        id="f76-idx8325314041-computegradients-grads-no-penalty",
        source=COMPGRAD + "; variant: grads without + lambda/m*theta)",
        text="grads = (1/m) * (y_error' * X)';",
        cost=_CG_COST,
        verdict="different",
        lets=_CG_LETS,
        why="variant: the penalty's gradient (λ/m)θ is dropped; " + _CG_WHY,
    ),
]

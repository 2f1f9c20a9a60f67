r"""A fresh held-out wave (f58): the mainstream drawn the way a grader would draw it — a Q&A question "what is
wrong with a gradient for logistic regression?" (with its answer), Andrew Ng's ex1/ex2/ex3 in Octave, MATLAB and
Python ports, the Coursera "Supervised ML" labs' compute_cost/compute_gradient (f_wb, dj_dw, dj_db) as students
wrote them, from-scratch logistic regression in R (optim()-style cost and gradient pairs, two with real bugs),
the Cornell-style logistic(w,xTr,yTr) projects, a "based on Towards Data Science" LogisticReg class whose cost
has a bug, and two course-note pages (an SCPD-style CS229 summary in plain Unicode, a regularized cost in LaTeX).

Gathered blind (logderiv's code, docs and tests other than items.py and the named template unread, logderiv not
run while choosing or working out items) from pages, repositories and public-code-index files that
/tmp/p/used_sources.txt does not list:

* Q&A: example-a.com/answer/47114997 ('What is wrong with a gradient for logistic regression?', the asker's L and
  g and the answer's corrected g — which is the same function: the asker's slip was in the finite-difference check);
* code (public code index and GitHub): a C1 W1 compute_gradient with the x misplaced (index file 27037580702);
  paudelsamir/365DaysOfData's day-13 compute_gradient; Rasolojaona/Exercice_python's compute_cost and vectorized
  compute_gradient; Silva-6/stanford-machine_learning's graded compute_gradient (logistic); rhennigan/code's
  cs545 gradientDescent.m; an R lr_cost (22194102680); a LogisticReg class (31425696766) whose cost_fn logs
  1 − σ in both terms; a zzx cost_function (34835823696); Junxian Ye's ex3 regularized_cost/gradient
  (44130678570); an Octave computeCost (39811374582) and a costFunction with ones(m, 1) (32869612248);
  FILIPPOGALLUZZI98's regularized costs and gradients (36739546416); R logistic regressions: a costFunc with
  cbind (14481758836), costRegFunc/gradRegFunc (279854667), a compute_cost whose penalty lost its square and a
  gradient with m <- length(theta) (21283138867), cost (36303557726), forward/gradient (27279249242); two
  logistic(w,xTr,yTr) solutions (46177730753, 10636144853);
* notes: read.sadh.app's 'Linear Regression' (SCPD ML) page; hackingnote.com's 'Linear Regression' page.

Names follow the sources: X, x (the R, Octave and Python design matrices), Xp (lr_cost's X with its ones column)
are Data.X; xTr (Cornell-style, d × n, "each column is an input vector") is Data.X.T; theta, θ, w, weights are the
weight vector (Data.theta / Data.w), b the intercept Data.b; Y and yTr are the labels Data.y; lambda, lambda_ and
l are Data.lam. R's theta[2:length(theta)], theta[-1] and Octave's theta(2:end) skip the first coefficient
theta[0]. In the one-feature labs x is the single feature Data.x and w, b are scalars. Where a source gives no
cost for an answer, ``why`` says which cost it is graded against. About 40% of the answers are wrong; the real
mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by
hand and checked against finite differences of the costs (/tmp/f58/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
EXA = (
    "https://example-a.com/answer/47114997 ('What is wrong with a gradient for logistic regression?', "
    "machine-learning logistic-regression gradient-descent"
)
SADH = "https://read.sadh.app/courses/scpd-ml/linear-regression.dd.html ('Supervised learning begins with …'"
HACKNOTE = "https://www.hackingnote.com/en/machine-learning/linear-regression ('Linear Regression', 'Regularization'"
C1_XSLIP = (
    "public code index file 27037580702 (Python, a Coursera C1 compute_gradient(x, y, w, b) 'Computes the "
    "gradient for linear regression'; the index does not name its repository"
)
PAUDEL = (
    "https://github.com/paudelsamir/365DaysOfData/blob/5a996a6dd7429595056961880ef873b99b38690a/"
    "01-Supervised-Learning/code/day13_Linear_regression_python.py (def compute_gradient"
)
RASO = "https://github.com/Rasolojaona/Exercice_python (exo.py"
SILVA = (
    "https://github.com/Silva-6/stanford-machine_learning (00-supervised_learning/practice_lab/"
    "compute_gradient_logistic.py, '# UNQ_C3 # GRADED FUNCTION: compute_gradient'"
)
RHENNIGAN = "https://github.com/rhennigan/code (classes/cs545/ps1/gradientDescent.m"
R_LRCOST = (
    "public code index file 22194102680 (R, lr_cost_op / lr_cost 'Compute cost and gradient for linear "
    "regression with multiple variables'; the index does not name its repository"
)
TDS = (
    "public code index file 31425696766 (Python, '\"\"\" Code based on https://towardsdatascience.com/"
    "logistic-regression-from-scratch-69db4f587e17 \"\"\"', class LogisticReg; the index does not name its "
    "repository"
)
ZZX = (
    "public code index file 34835823696 (Python, '@author: zzx', def cost_function(X, y, theta); the index does "
    "not name its repository"
)
UNKNIGHT = (
    "public code index file 44130678570 (Python, 'author: Junxian Ye … link: https://github.com/un-knight/"
    "machine-learning-algorithm', ex3 one-vs-all"
)
OCT_EX1 = (
    "public code index file 39811374582 (Octave, function J = computeCost(X, y, theta); the index does not name "
    "its repository"
)
OCT_ONES = (
    "public code index file 32869612248 (Octave, function [J, grad] = costFunction(theta, X, y) with ones(m, 1); "
    "the index does not name its repository"
)
FILIPPO = (
    "https://github.com/FILIPPOGALLUZZI98/Machine_Learning.py (Regression_&_Classification/5.Regularization.py, "
    "the version stored as public code index file 36739546416"
)
R_CBIND = (
    "public code index file 14481758836 (R, Titanic cleaningData / costFunc / gradient; the index does not name "
    "its repository"
)
R_OPTIM = (
    "public code index file 279854667 (R, logisticRegression() calling optim(initTheta, costRegFunc, "
    "gradRegFunc, …); the index does not name its repository"
)
R_EX2BUG = (
    "public code index file 21283138867 (R, ex2data2 with feature_map, compute_cost(theta, lambda) and "
    "gradient(theta, lambda); the index does not name its repository"
)
R_COST = (
    "public code index file 36303557726 (R, 'cost = function(theta, X, y)' 'Returns cost and gradients'; the "
    "index does not name its repository"
)
R_FORWARD = (
    "public code index file 27279249242 (R, '## Loss Function (Cross Entropy)' forward / '## Gradient' gradient; "
    "the index does not name its repository"
)
CORNELL_A = (
    "public code index file 46177730753 (Python, def logistic(w,xTr,yTr) 'loss = the total loss obtained with w "
    "on xTr and yTr'; the index does not name its repository"
)
CORNELL_B = (
    "public code index file 10636144853 (Python, def logistic(w,xTr,yTr,grad_method=\"newton\"); the index does "
    "not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _exa_sum_log1p(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _cornell_sum_theta(d):
    return float(np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))))


def _sadh_half_sse_intercept(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return 0.5 * float(r @ r)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mean_log_one_minus_sig(d):
    return float(np.mean(np.log(1 - sig(d.X @ d.w))))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _reg_logistic_skip_first_lambda_one(d):
    # un-knight's l is the signature's default l=1, not a λ drawn at random (the corpus's Data.lam is λ's own value)
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + 1 / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_linear_penalty_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(np.sum(t[1:]))


def _reg_linear_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _reg_logistic_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y))) + d.lam / (2 * d.m) * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_EXA_L = "np.sum( np.log1p(np.exp(np.dot(w,(-X.T*y)))) )"
_EXA_WHY = (
    "the question's L(y,X,w) and g(y,X,w): X is N × m (N objects, m features: Data.X), X.T*y scales column i of "
    "Xᵀ by y_i, so np.dot(w,(-X.T*y)) is the vector of −y_i x_iᵀw and L = Σ log(1 + e^{−y_i x_iᵀw}); w the weights"
)

_SADH_J = "J(θ) = ½ Σᵢ(hθ(xⁱ) − yⁱ)²"
_SADH_LETS = ("h(x) = θ₀ + θ₁x₁ + ... + θₙxₙ",)
_SADH_WHY = (
    "the page's hypothesis has the intercept θ₀ (Data.theta0) and the weights θ₁…θₙ (Data.theta); 'The design "
    "matrix X stacks examples as rows' (with the ones column of θ₀); the sum runs over the m examples"
)

_C1_UNI_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
_C1_UNI_WHY = (
    "the file gives no cost; graded against the lab's squared-error cost 1/(2m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², the cost this "
    "compute_gradient is written for (f_wb = w * x[i] + b); x is the one feature (Data.x), w and b scalars, "
    "dj_dw and dj_db start at 0 and m = x.shape[0]"
)
_C1_XSLIP_LOOP = (
    "    m = x.shape[0]          #(number of examples, number of features)\n    dj_dw = 0\n    dj_db = 0\n\n"
    "    for i in range(m):\n        f_wb = w * x[i] + b\n        dj_dw_i = (f_wb - y[i] * x[i]) \n"
    "        dj_db_i = f_wb - y[i]\n        dj_db += dj_db_i\n        dj_dw += dj_dw_i\n        \n"
    "    dj_dw = dj_dw/m\n    dj_db = dj_db/m"
)
_PAUDEL_LOOP = (
    "    m = x.shape[0]\n    dj_dw = 0\n    dj_db = 0\n\n    for i in range(m):  \n        f_wb = w * x[i] + b \n"
    "        dj_dw_i = (f_wb - y[i]) * x[i]\n        dj_db_i = (f_wb - y[i])\n        dj_db += dj_db_i\n"
    "        dj_dw += dj_dw_i\n\n    dj_dw = dj_dw / m\n    dj_db = dj_db / m"
)
_RASO_COST = (
    "    m = x.shape[0]\n\n    total_cost = 0\n\n    for i in range(m):\n        y_pred = w * x[i] + b\n"
    "        total_cost = (y_pred - y[i])**2 + total_cost\n\n    total_cost = (1 / (2 * m)) * total_cost"
)
_RASO_WHY = (
    "graded against the same file's compute_cost, 1/(2m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²; x is the one feature (Data.x), w "
    "and b scalars, m = x.shape[0]"
)

_C1_LOG_COST = (
    r"J(\mathbf{w},b) = \frac{1}{m} \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) \right]"
)
_C1_LOG_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)", r"g(z) = \frac{1}{1+e^{-z}}")
_SILVA_LOOP = (
    "    m, n = X.shape\n    dj_dw = np.zeros(w.shape)\n    dj_db = 0.\n\n    ### START CODE HERE ###\n"
    "    for i in range(m):\n        z_i = np.dot(X[i], w) + b\n        f_wb = sigmoid(z_i)\n\n"
    "        dj_db_i = f_wb - y[i]\n        dj_db += dj_db_i\n\n        for j in range(n):\n"
    "            dj_dw[j] = dj_dw[j] + (f_wb - y[i]) * X[i][j]\n\n    dj_dw = dj_dw / m\n    dj_db = dj_db / m"
)
_SILVA_WHY = (
    "the graded lab function states no cost; graded against the lab's logistic cost (the mean cross-entropy of "
    "f = g(w·x + b)); X (m × n) is Data.X, w the weights, b the bias, sigmoid the logistic function"
)

_R_LR_LETS = ("result = Xp %*% theta - y", "m = nrow(y)")
_R_LR_WHY = (
    "Xp is X with its column of ones (cbind(array(1, c(m, 1)), X)): the design matrix Data.X; theta the "
    "coefficients, y the targets; lr_cost_op returns Xp %*% theta - y"
)

_TDS_COST = "sum(predicted_1 + predicted_0) / len(X)"
_TDS_LETS = (
    "predicted_1 = y * np.log(1 - self.sigmoid(z))",
    "predicted_0 = (1 - y) * np.log(1 - self.sigmoid(z))",
    "z = np.dot(X, weights)",
    "self.sigmoid(z) = 1 / (1 + np.e**(-z))",
)
_TDS_WHY = (
    "X the design matrix (Data.X), weights the weight vector; np.nan_to_num in sigmoid left out. As written both "
    "terms log 1 − σ(z) and nothing is negated: y·log(1 − σ) + (1 − y)·log(1 − σ) = log(1 − σ(x_iᵀw)), so "
    "cost_fn is the mean of log(1 − σ(Xw)) — not the cross-entropy the TDS article has (the first term should "
    "log σ(z), and the sum be negated)"
)

_ZZX_COST = "-np.mean(y*np.log(h) + (1-y)*np.log(1-h))"
_ZZX_LETS = ("h = sigmoid(np.sum(theta*X, 1))", "sigmoid(z) = 1./(1 + np.exp(-z))")
_ZZX_WHY = (
    "theta*X broadcasts the n-vector theta over the rows of X (m × n, Data.X), so np.sum(theta*X, 1) is Xθ: the "
    "mean cross-entropy"
)

_UNK_COST = "calc_cost(theta, x, y) + regularized_term"
_UNK_COST_LETS = (
    "calc_cost(theta, x, y) = -np.mean(y*np.log(h) + (1-y)*np.log(1-h))",
    "h = sigmoid(x @ theta)",
    "regularized_term = (l/(2*m)) * (theta_j1_to_n ** 2).sum()",
    "theta_j1_to_n = theta[1:]",
    "m = x.shape[0]",
    "l=1",
)
_UNK_WHY = (
    "x is the extended design matrix (x_train_extend, Data.X), theta the coefficients with theta[0] unpenalised, "
    "l the λ, which the source's signature sets (def regularized_cost(theta, x, y, l=1)): the mean cross-entropy "
    "plus λ/(2m)Σ_{k≥1}θ_k² with λ = 1"
)

_OCT_ONES_COST = (
    "J = 1 / m * sum((-y .* log(sigmoid(X * theta))) - (ones(m, 1) - y) .* log(ones(m, 1) - sigmoid(X * theta)));"
)
_OCT_ONES_WHY = "ones(m, 1) is a column of ones; X the design matrix (Data.X), theta the coefficients, m = length(y)"

_FIL_LIN_COST = (
    "    m  = X.shape[0]\n    n  = len(w)\n    cost = 0.\n    for i in range(m):\n"
    "        f_wb_i = np.dot(X[i], w) + b                                   \n"
    "        cost = cost + (f_wb_i - y[i])**2                                            \n"
    "    cost = cost / (2 * m)                                                \n    reg_cost = 0\n"
    "    for j in range(n):\n        reg_cost += (w[j]**2)                                          \n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost                              \n"
    "    total_cost = cost + reg_cost                                       "
)
_FIL_LOG_COST = (
    "    m,n  = X.shape\n    cost = 0.\n    for i in range(m):\n"
    "        z_i = np.dot(X[i], w) + b                                      \n"
    "        f_wb_i = sigmoid(z_i)                                         \n"
    "        cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)     \n"
    "    cost = cost/m                                                     \n    reg_cost = 0\n"
    "    for j in range(n):\n        reg_cost += (w[j]**2)                                         \n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost                                 \n"
    "    total_cost = cost + reg_cost                                       "
)
_FIL_WHY = (
    "X (m × n) is Data.X, w the weights, b the bias (not penalised), lambda_ the λ; sigmoid is the logistic "
    "function (defined in the project's other files); trailing blanks kept as in the file"
)
_FIL_LIN_GRAD = (
    "    m,n = X.shape           \n    dj_dw = np.zeros((n,))\n    dj_db = 0.\n"
    "    for i in range(m):                             \n"
    "        err = (np.dot(X[i], w) + b) - y[i]                 \n"
    "        for j in range(n):                         \n"
    "            dj_dw[j] = dj_dw[j] + err * X[i, j]               \n"
    "        dj_db = dj_db + err                        \n    dj_dw = dj_dw / m                                \n"
    "    dj_db = dj_db / m   \n    for j in range(n):\n        dj_dw[j] = dj_dw[j] + (lambda_/m) * w[j]"
)
_FIL_LOG_GRAD = (
    "    m,n = X.shape\n    dj_dw = np.zeros((n,))                            \n"
    "    dj_db = 0.0                                       \n    for i in range(m):\n"
    "        f_wb_i = sigmoid(np.dot(X[i],w) + b)          \n        err_i  = f_wb_i  - y[i]                       \n"
    "        for j in range(n):\n            dj_dw[j] = dj_dw[j] + err_i * X[i,j]      \n"
    "        dj_db = dj_db + err_i\n    dj_dw = dj_dw/m                                   \n"
    "    dj_db = dj_db/m                                   \n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + (lambda_/m) * w[j]"
)

_R_CBIND_COST = (
    "sum(cbind(y, 1 - y) * cbind(log(sigmoid(X %*% theta)), log(1 - sigmoid(X %*% theta)))) / -nrow(X)"
)
_R_CBIND_WHY = (
    "cbind(y, 1 - y) * cbind(log σ, log(1 − σ)) multiplies elementwise, so the sum is Σ[y log σ + (1 − y) log(1 − σ)]; "
    "divided by −nrow(X): the mean cross-entropy; X the design matrix (Data.X), theta the coefficients"
)

_R_OPTIM_COST = "-(1/m)*((t(log(g))) %*% y + t(log(1-g)) %*% (1-y)) + regularizer"
_R_OPTIM_LETS = (
    "m <- length(y)",
    "g <- sigmoid(X %*% theta)",
    "regularizer <- (lambda/(2*m))*sum((theta[2:length(theta)])^2)",
)
_R_OPTIM_WHY = (
    "X the features matrix with the intercept column (Data.X), theta the model parameters, theta[1] (R's first, "
    "Data.theta[0]) unpenalised: the mean cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²"
)

_R_EX2BUG_COST = (
    "J <- 1/m * sum(-t(Y)   %*% log(    sigmoid(X %*% theta)) - \n"
    "                    t(1-Y) %*% log(1 - sigmoid(X %*% theta))) \n\n"
    "    J <- J + lambda/(2*m) * sum(theta[2:theta_len])"
)
_R_EX2BUG_LETS = ("m <- length(Y)", "theta_len <- length(theta)")
_R_EX2BUG_WHY = (
    "X (the global feature_map matrix, Data.X) and Y (the labels, Data.y) are globals; theta[1] is the intercept. "
    "As written the penalty is λ/(2m)Σ_{k≥2}θ_k — the square of ex2's (λ/2m)Σθ_j² was lost, and the code means "
    "what it computes: the mean cross-entropy plus a penalty linear in θ₂…θₙ"
)

_R_COST_COST = "J = (1/m) * ( (-1 * t(y) ) %*% log(h) - t((1-y)) %*% log(1-h))"
_R_COST_LETS = ("h = sigmoid(X %*% theta)", "m = NROW(y)")

_R_FWD_COST = (
    "1/m * sum(-y * log(sigmoid(X %*% theta)) - (1 - y) *\n"
    "                     log(1 - sigmoid(X %*% theta))) + lambda/2/m * sum(theta[-1]^2)"
)
_R_FWD_LETS = ("m <- length(y)",)
_R_FWD_WHY = (
    "lambda/2/m is λ/(2m); theta[-1] drops R's first coefficient (the intercept, Data.theta[0]); X the mapped "
    "features with their column of ones (Data.X)"
)

_CORNELL_A_COST = "loss = np.sum(np.log(1+e))"
_CORNELL_A_LETS = ("e = np.exp(-1*yTr*(w.T@xTr))",)
_CORNELL_WHY = (
    "xTr is d × n, 'each column is an input vector' (Data.X.T), yTr the 1 × n labels (±1 in the project; the "
    "formula is a function of any y), w the d-vector of weights: Σ log(1 + e^{−y_i wᵀx_i})"
)
_CORNELL_B_COST = "loss = np.sum(np.log(1 + np.exp(-z)))"
_CORNELL_B_LETS = ("z= yTr * (w.T@xTr)",)

COSTS: list[Cost] = [
    # ============================================================ Q&A and notes
    Cost(
        id="f58-exa-47114997-loss-L",
        source=EXA + ", the question's def L(y,X,w))",
        text=_EXA_L,
        intended=_exa_sum_log1p,
        wrt=("w_j",),
        why=_EXA_WHY,
    ),
    Cost(
        id="f58-sadh-half-sse-unicode",
        source=SADH + ", 'The core objective is to find parameters that minimize the cost function')",
        text=_SADH_J,
        intended=_sadh_half_sse_intercept,
        wrt=("theta_j",),
        lets=_SADH_LETS,
        why="½Σ over the m examples, no 1/m; " + _SADH_WHY,
    ),
    Cost(
        id="f58-hackingnote-regularization-free-j",
        source=HACKNOTE + ", the J(θ) under 'Regularization')",
        text=r"J(\theta) = {1 \over 2m} {\Big [} \sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})^2 + \lambda "
        r"\sum_{i=1}^n \theta_j^2 {\Big ]}",
        intended=None,
        wrt=("theta_j",),
        lets=(r"h_\theta(x) = \theta^T x",),
        expect="refuse",
        why="the penalty sums over i from 1 to n but its summand is θ_j: read as written, j is a free index and "
        "Σ_{i=1}^n θ_j² = nθ_j², so J is not a function of θ alone; the page surely means Σ_{j=1}^n θ_j², but "
        "the text says otherwise — a grader asks which, so it is refused, not guessed",
    ),
    # ============================================================ code: linear regression
    Cost(
        id="f58-r-lr-cost-half-mean",
        source=R_LRCOST + ", lr_cost, '# compute cost')",
        text="J = sum(result ^ 2)/(2 * m)",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_R_LR_LETS,
        why=_R_LR_WHY,
    ),
    Cost(
        id="f58-octave-ex1-computecost",
        source=OCT_EX1 + ", J =)",
        text="J = 1/(2*m) * sum((X*theta - y).^2);",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why="X the design matrix with its ones column (Data.X), theta the coefficients: Σ(Xθ − y)²/(2m)",
    ),
    Cost(
        id="f58-filippo-cost-regularized-linear",
        source=FILIPPO + ", def cost_regularized_linear)",
        text=_FIL_LIN_COST,
        intended=_reg_linear_w_b,
        wrt=("w_j", "b"),
        why=_FIL_WHY + ": Σ(Xw + b − y)²/(2m) + λ/(2m)Σw_j²",
    ),
    # ============================================================ code: logistic regression
    Cost(
        id="f58-tds-logisticreg-cost-fn-log-one-minus",
        source=TDS + ", def cost_fn)",
        text=_TDS_COST,
        intended=_mean_log_one_minus_sig,
        wrt=("weights_j",),
        lets=_TDS_LETS,
        why=_TDS_WHY,
    ),
    Cost(
        id="f58-zzx-cost-function-sum-theta-X",
        source=ZZX + ", cost =)",
        text=_ZZX_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_ZZX_LETS,
        why=_ZZX_WHY,
    ),
    Cost(
        id="f58-unknight-regularized-cost",
        source=UNKNIGHT + ", def regularized_cost)",
        text=_UNK_COST,
        intended=_reg_logistic_skip_first_lambda_one,
        wrt=("theta_j",),
        lets=_UNK_COST_LETS,
        why=_UNK_WHY,
    ),
    Cost(
        id="f58-octave-costfunction-ones-m-1",
        source=OCT_ONES + ", J =)",
        text=_OCT_ONES_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why=_OCT_ONES_WHY,
    ),
    Cost(
        id="f58-filippo-cost-regularized-logistic",
        source=FILIPPO + ", def cost_regularized_logistic)",
        text=_FIL_LOG_COST,
        intended=_reg_logistic_w_b,
        wrt=("w_j", "b"),
        why=_FIL_WHY + ": the mean cross-entropy of σ(Xw + b) plus λ/(2m)Σw_j²",
    ),
    Cost(
        id="f58-r-costfunc-cbind",
        source=R_CBIND + ", costFunc)",
        text=_R_CBIND_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why=_R_CBIND_WHY,
    ),
    Cost(
        id="f58-r-costregfunc-optim",
        source=R_OPTIM + ", costRegFunc)",
        text=_R_OPTIM_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_R_OPTIM_LETS,
        why=_R_OPTIM_WHY,
    ),
    Cost(
        id="f58-r-ex2-compute-cost-penalty-not-squared",
        source=R_EX2BUG + ", compute_cost)",
        text=_R_EX2BUG_COST,
        intended=_reg_logistic_linear_penalty_skip_first,
        wrt=("theta_j",),
        lets=_R_EX2BUG_LETS,
        why=_R_EX2BUG_WHY,
    ),
    Cost(
        id="f58-r-cost-t-y-log-h",
        source=R_COST + ", '#Compute Cost')",
        text=_R_COST_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_R_COST_LETS,
        why="t(y) %*% log(h) is the sum Σ y log h (y and h are m × 1); X the design matrix (Data.X), theta the "
        "coefficients: the mean cross-entropy",
    ),
    Cost(
        id="f58-r-forward-lambda-over-2-over-m",
        source=R_FORWARD + ", forward)",
        text=_R_FWD_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_R_FWD_LETS,
        why=_R_FWD_WHY,
    ),
    Cost(
        id="f58-cornell-logistic-loss-e",
        source=CORNELL_A + ", loss =)",
        text=_CORNELL_A_COST,
        intended=_cornell_sum_theta,
        wrt=("w_j",),
        lets=_CORNELL_A_LETS,
        why=_CORNELL_WHY,
    ),
    Cost(
        id="f58-cornell-logistic-loss-z",
        source=CORNELL_B + ", '#对损失函数矩阵进行求和' loss =)",
        text=_CORNELL_B_COST,
        intended=_cornell_sum_theta,
        wrt=("w_j",),
        lets=_CORNELL_B_LETS,
        why=_CORNELL_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f58-c1-compute-gradient-dj-dw-x-misplaced",
        source=C1_XSLIP + ", dj_dw_i = (f_wb - y[i] * x[i]))",
        text=_C1_XSLIP_LOOP,
        cost=_C1_UNI_COST,
        verdict="different",
        wrt="w",
        lets=("m = x.shape[0]",),
        why="the bracket closes in the wrong place: dj_dw_i = f_wb − y⁽ⁱ⁾x⁽ⁱ⁾ instead of (f_wb − y⁽ⁱ⁾)x⁽ⁱ⁾, so dj_dw is "
        "(1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾x⁽ⁱ⁾), not ∂J/∂w = (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾ (the function also returns dj_db, "
        "dj_dw in the wrong order); " + _C1_UNI_WHY,
    ),
    Answer(
        id="f58-c1-compute-gradient-dj-db-same-file",
        source=C1_XSLIP + ", dj_db_i = f_wb - y[i])",
        text=_C1_XSLIP_LOOP,
        cost=_C1_UNI_COST,
        verdict="equivalent",
        wrt="b",
        lets=("m = x.shape[0]",),
        why="dj_db = (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾) is right even though dj_dw beside it is not; " + _C1_UNI_WHY,
    ),
    Answer(
        id="f58-tds-fit-step-against-its-cost-fn",
        source=TDS + ", fit: weights -= lr * np.dot(X.T, y_hat - y) / N)",
        text="np.dot(X.T, y_hat - y) / N",
        cost=_TDS_COST,
        verdict="different",
        wrt="weights_j",
        lets=("y_hat = self.sigmoid(np.dot(X, weights))", "N = len(X)", *_TDS_LETS),
        why="the step is the mean cross-entropy's gradient Xᵀ(σ − y)/N, but the class's own cost_fn (the loss it "
        "records) is the mean of log(1 − σ(Xw)), whose gradient is −Xᵀσ/N: the two do not belong together; "
        + _TDS_WHY,
    ),
    Answer(
        id="f58-r-ex2-gradient-m-is-length-theta",
        source=R_EX2BUG + ", gradient(theta, lambda))",
        text="m <- length(theta)\n    grad <- 1/m * t(X) %*% (sigmoid(X %*% theta) - Y)\n"
        "    grad[2:m] <- grad[2:m] + lambda/m * theta[2:m]",
        cost=_R_EX2BUG_COST,
        verdict="different",
        wrt="theta_j",
        lets=("theta_len <- length(theta)",),
        why="(the cost's m is length(Y), the gradient's own first line sets m <- length(theta), so m is not in "
        "lets) m is set to the number of parameters, not of examples (compute_cost's m <- length(Y)), so both "
        "terms are scaled by 1/length(theta); and the penalty term λθ_j/m is the gradient of a squared penalty, "
        "while this file's compute_cost has λ/(2m)Σθ_k (gradient λ/(2m)); wrong against the cost as written and "
        "against ex2's squared one alike; " + _R_EX2BUG_WHY,
    ),
    Answer(
        id="f58-exa-47114997-asker-g",
        source=EXA + ", the asker's def g(y,X,w), 'Where I made a mistake?')",
        text="(-X.T*y).dot(1-1/(1+(np.exp(np.dot(w,(-X.T*y))))))",
        cost=_EXA_L,
        verdict="equivalent",
        wrt="w_j",
        why="with u_i = −y_i x_iᵀw, 1 − 1/(1 + e^{u}) = e^{u}/(1 + e^{u}) = σ(u), so g = Σ(−y_i x_i)σ(u_i), exactly "
        "∇L: the asker's analytic gradient was right — the mismatch came from the numeric check, which passed "
        "the scalar w[0] ± e as w; " + _EXA_WHY,
    ),
    Answer(
        id="f58-exa-47114997-answer-right-is",
        source=EXA + ", the answer's 'right is a:' def g)",
        text="(-X.T * y).dot(1 / (1 + (np.exp(np.dot(w,(X.T * y))))))",
        cost=_EXA_L,
        verdict="equivalent",
        wrt="w_j",
        why="1/(1 + e^{y_i x_iᵀw}) = σ(−y_i x_iᵀw): the same function as the asker's g, written otherwise; "
        + _EXA_WHY,
    ),
    Answer(
        id="f58-sadh-gradient-xt-xtheta-minus-y",
        source=SADH + ", 'The gradient of the cost function is ∇J(θ) = Xᵀ(Xθ − y).')",
        text="∇J(θ) = Xᵀ(Xθ − y)",
        cost=_SADH_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SADH_LETS,
        why="with the design matrix's ones column Xθ = θ₀ + Σθ_k x_k, so component j of Xᵀ(Xθ − y) is "
        "Σ(h(x⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾ = ∂J/∂θ_j (the ½ cancels the 2); " + _SADH_WHY,
    ),
    Answer(
        id="f58-paudel-day13-dj-dw",
        source=PAUDEL + ", dj_dw)",
        text=_PAUDEL_LOOP,
        cost=_C1_UNI_COST,
        verdict="equivalent",
        wrt="w",
        lets=("m = x.shape[0]",),
        why=_C1_UNI_WHY,
    ),
    Answer(
        id="f58-paudel-day13-dj-db",
        source=PAUDEL + ", dj_db)",
        text=_PAUDEL_LOOP,
        cost=_C1_UNI_COST,
        verdict="equivalent",
        wrt="b",
        lets=("m = x.shape[0]",),
        why=_C1_UNI_WHY,
    ),
    Answer(
        id="f58-rasolojaona-vectorized-dj-dw",
        source=RASO + ", '# descent gradient' def compute_gradient)",
        text="predictions = w * x + b\n    dj_dw = (1 / m) * np.sum((predictions - y) * x)",
        cost=_RASO_COST,
        verdict="equivalent",
        wrt="w",
        lets=("m = x.shape[0]",),
        why=_RASO_WHY,
    ),
    Answer(
        id="f58-silva-graded-compute-gradient-dj-dw",
        source=SILVA + ", dj_dw)",
        text=_SILVA_LOOP,
        cost=_C1_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_C1_LOG_LETS,
        why=_SILVA_WHY,
    ),
    Answer(
        id="f58-silva-graded-compute-gradient-dj-db",
        source=SILVA + ", dj_db)",
        text=_SILVA_LOOP,
        cost=_C1_LOG_COST,
        verdict="equivalent",
        wrt="b",
        lets=_C1_LOG_LETS,
        why=_SILVA_WHY,
    ),
    Answer(
        id="f58-rhennigan-cs545-gradient-row",
        source=RHENNIGAN + ", theta = theta - (alpha * (…) / m)')",
        text="(((theta' * X')' - y)' * X) / m",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        why="the factor the step multiplies by alpha: (θᵀXᵀ)ᵀ = Xθ, so ((Xθ − y)ᵀX)/m is the row vector "
        "(1/m)(Xθ − y)ᵀX, transposed by the line's final '; graded against ex1's cost 1/(2m)Σ(Xθ − y)² (the "
        "'linear' preset), which the file's computeCost computes; X the design matrix (Data.X), m = length(y)",
    ),
    Answer(
        id="f58-r-lr-cost-gradient",
        source=R_LRCOST + ", '# compute gradient')",
        text="gradient = t(Xp) %*% result / m",
        cost="J = sum(result ^ 2)/(2 * m)",
        verdict="equivalent",
        wrt="theta_j",
        lets=_R_LR_LETS,
        why=_R_LR_WHY,
    ),
    Answer(
        id="f58-zzx-grad-loop",
        source=ZZX + ", grad[j] =)",
        text="for j in range(n):\n        grad[j] = -np.sum((y-h)*X[:, j])/m",
        cost=_ZZX_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_ZZX_LETS, "[m, n] = X.shape"),
        why="−Σ(y − h)x_j/m = (1/m)Σ(h − y)x_j; " + _ZZX_WHY,
    ),
    Answer(
        id="f58-unknight-regularized-gradient",
        source=UNKNIGHT + ", def regularized_gradient)",
        text="gradient(theta, x, y) + regularized_term",
        cost=_UNK_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(
            "gradient(theta, x, y) = (1 / m) * x.T @ (h - y)",
            "regularized_term = np.concatenate([np.array([0]), regularized_theta])",
            "regularized_theta = l / m * theta_j1_to_n",
            *_UNK_COST_LETS[1:],
        ),
        why="the penalty's gradient (λ/m)θ_k with a 0 put in front for theta[0]; " + _UNK_WHY,
    ),
    Answer(
        id="f58-octave-costfunction-ones-grad-row",
        source=OCT_ONES + ", grad =)",
        text="grad = 1 / m * sum((sigmoid(X * theta) - y) .* X);",
        cost=_OCT_ONES_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=("m = length(y)",),
        why="(σ − y) .* X scales row i of X by its error (broadcast) and sum adds the rows: the row vector "
        "(1/m)Σ(σ − y)x⁽ⁱ⁾; " + _OCT_ONES_WHY,
    ),
    Answer(
        id="f58-filippo-gradient-regularized-linear-dj-dw",
        source=FILIPPO + ", def gradient_regularized_linear)",
        text=_FIL_LIN_GRAD,
        cost=_FIL_LIN_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_FIL_WHY,
    ),
    Answer(
        id="f58-filippo-gradient-regularized-logistic-dj-dw",
        source=FILIPPO + ", def gradient_regularized_logistic)",
        text=_FIL_LOG_GRAD,
        cost=_FIL_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_FIL_WHY,
    ),
    Answer(
        id="f58-r-gradregfunc-optim",
        source=R_OPTIM + ", gradRegFunc)",
        text="grad[1] <- (1/m)*(t(X[,1]) %*% (g - y))\n"
        "        grad[2:length(grad)] <- (1/m)*(t(X[,2:ncol(X)]) %*% (g - y)) + regularizer",
        cost=_R_OPTIM_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(
            "m = length(y)",
            "grad <- rep(0, length(theta))",
            "g <- sigmoid(X %*% theta)",
            "regularizer <- (lambda/m)*(theta[2:length(theta)])",
        ),
        why="the intercept's component without, the others with (λ/m)θ_k (gradRegFunc's own regularizer, not "
        "costRegFunc's); " + _R_OPTIM_WHY,
    ),
    Answer(
        id="f58-cornell-logistic-gradient-e",
        source=CORNELL_A + ", gradient =)",
        text="gradient = xTr @ ((-1*yTr*e)/(1+e)).T",
        cost=_CORNELL_A_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_CORNELL_A_LETS,
        why="d/dw log(1 + e^{−y wᵀx}) = −y x e/(1 + e): summed over the columns of xTr; " + _CORNELL_WHY,
    ),
    Answer(
        id="f58-r-forward-gradient-c-0",
        source=R_FORWARD + ", gradient)",
        text="1/m * t(X) %*% (sigmoid(X %*% theta) - y) + lambda/m *\n           c(0, theta[-1])",
        cost=_R_FWD_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_R_FWD_LETS,
        why="c(0, theta[-1]) leaves the intercept out of the penalty's gradient; " + _R_FWD_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f58-sadh-gradient-with-one-over-m",
        source=SADH + "; variant: a 1/m put in)",
        text="∇J(θ) = (1/m)Xᵀ(Xθ − y)",
        cost=_SADH_J,
        verdict="different",
        wrt="theta_j",
        lets=_SADH_LETS,
        why="variant: this page's J is ½Σ with no 1/m, so the 1/m makes the gradient m times too small; "
        + _SADH_WHY,
    ),
    Answer(
        id="f58-paudel-day13-dj-dw-x-dropped",
        source=PAUDEL + "; variant: the * x[i] dropped from dj_dw_i)",
        text=_PAUDEL_LOOP.replace("dj_dw_i = (f_wb - y[i]) * x[i]", "dj_dw_i = (f_wb - y[i])"),
        cost=_C1_UNI_COST,
        verdict="different",
        wrt="w",
        lets=("m = x.shape[0]",),
        why="variant: without x⁽ⁱ⁾ dj_dw equals dj_db, (1/m)Σ(wx + b − y), not ∂J/∂w; " + _C1_UNI_WHY,
    ),
    Answer(
        id="f58-silva-dj-dw-not-divided-by-m",
        source=SILVA + "; variant: the dj_dw = dj_dw / m line dropped)",
        text=_SILVA_LOOP.replace("    dj_dw = dj_dw / m\n", ""),
        cost=_C1_LOG_COST,
        verdict="different",
        wrt="w_j",
        lets=_C1_LOG_LETS,
        why="variant: Σ(f − y)x_j is m times the mean cost's gradient; " + _SILVA_WHY,
    ),
    Answer(
        id="f58-rhennigan-gradient-no-m",
        source=RHENNIGAN + "; variant: the / m dropped)",
        text="(((theta' * X')' - y)' * X)",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        why="variant: (Xθ − y)ᵀX is m times the gradient of 1/(2m)Σ(Xθ − y)²; X the design matrix (Data.X)",
    ),
    Answer(
        id="f58-r-lr-cost-gradient-over-2m",
        source=R_LRCOST + "; variant: / (2 * m) for / m)",
        text="gradient = t(Xp) %*% result / (2 * m)",
        cost="J = sum(result ^ 2)/(2 * m)",
        verdict="different",
        wrt="theta_j",
        lets=_R_LR_LETS,
        why="variant: the 2 of the square cancels the ½, so the gradient is Xpᵀ(Xpθ − y)/m, not /(2m); " + _R_LR_WHY,
    ),
    Answer(
        id="f58-unknight-regularized-gradient-theta0-penalised",
        source=UNKNIGHT + "; variant: the leading 0 dropped, every theta penalised)",
        text="gradient(theta, x, y) + l / m * theta",
        cost=_UNK_COST,
        verdict="different",
        wrt="theta_j",
        lets=("gradient(theta, x, y) = (1 / m) * x.T @ (h - y)", *_UNK_COST_LETS[1:]),
        why="variant: theta[0] is not in regularized_cost, so its component gets no (λ/m)θ₀; " + _UNK_WHY,
    ),
    Answer(
        id="f58-filippo-gradient-regularized-logistic-lambda-over-2m",
        source=FILIPPO + "; variant: (lambda_/(2*m)) for (lambda_/m) in the last loop)",
        text=_FIL_LOG_GRAD.replace("(lambda_/m) * w[j]", "(lambda_/(2*m)) * w[j]"),
        cost=_FIL_LOG_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the derivative of λ/(2m)Σw_j² is (λ/m)w_j; the ½ was kept; " + _FIL_WHY,
    ),
    Answer(
        id="f58-r-gradregfunc-regularizer-over-2m",
        source=R_OPTIM + "; variant: regularizer <- (lambda/(2*m))*(…))",
        text="grad[1] <- (1/m)*(t(X[,1]) %*% (g - y))\n"
        "        grad[2:length(grad)] <- (1/m)*(t(X[,2:ncol(X)]) %*% (g - y)) + regularizer",
        cost=_R_OPTIM_COST,
        verdict="different",
        wrt="theta_j",
        lets=(
            "m = length(y)",
            "grad <- rep(0, length(theta))",
            "g <- sigmoid(X %*% theta)",
            "regularizer <- (lambda/(2*m))*(theta[2:length(theta)])",
        ),
        why="variant: the cost's regularizer copied into the gradient: half the penalty's gradient (λ/m)θ_k; "
        + _R_OPTIM_WHY,
    ),
    Answer(
        id="f58-cornell-logistic-gradient-sign-lost",
        source=CORNELL_A + "; variant: -1*yTr for yTr)",
        text="gradient = xTr @ ((yTr*e)/(1+e)).T",
        cost=_CORNELL_A_COST,
        verdict="different",
        wrt="w_j",
        lets=_CORNELL_A_LETS,
        why="variant: the chain rule's −y dropped to y: the negative of the gradient; " + _CORNELL_WHY,
    ),
    Answer(
        id="f58-r-forward-gradient-c-1",
        source=R_FORWARD + "; variant: c(1, theta[-1]) for c(0, theta[-1]))",
        text="1/m * t(X) %*% (sigmoid(X %*% theta) - y) + lambda/m *\n           c(1, theta[-1])",
        cost=_R_FWD_COST,
        verdict="different",
        wrt="theta_j",
        lets=_R_FWD_LETS,
        why="variant: c(1, …) adds λ/m to the intercept's component, which the cost does not penalise; "
        + _R_FWD_WHY,
    ),
]

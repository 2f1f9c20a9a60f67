r"""A fresh held-out wave (f77): Octave ex2/ex3/ex5 labs (a linearRegCostFunction that zeroes theta(1) after the
residuals and before both the penalty and grad, one whose loop adds λθ_j/m from i = 2, one with theta_nobias, one with
temptheta, a Korean-commented costFunctionReg whose commented-out J has (lambda/2*m), an lrCostFunction that reads
X'(1,:), and a cost summed in a for/if loop over y(i) == 1, refused), R (a computeCost whose m = length(X) counts
every entry of the matrix, a costs/grad pair), NumPy code (a computeCostReg penalising every θ beside a gradient that
spares the intercept, the same mismatch in a Chinese-commented np.matrix costReg/gradientReg, a gradientReg whose data
term lost its 1/m, a costFunctionReg with no penalty at all beside an unpenalised loop gradient, a computeCostReg whose
m is a global n = len(data), French-commented computeCostReg/gradientDescent, a gradient over X_train and Y_train
globals, a minv-scaled computeGradientReg), and Markdown/LaTeX notes (a Chinese note's summed cross-entropy and its
gradient, a log-likelihood ℓ(θ) with its ascent gradient, a Chinese formula sheet whose gradient drops the 1/2m).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers):

* code (Octave): public code index files 14083225, 40200368605, 31168315060, 34832822515 (ex5
  linearRegCostFunction.m), 15718522159 (ex2 costFunctionReg.m, Korean comment), 33505764164 (ex3 lrCostFunction.m),
  16866536802 (ex2 costFunctionReg.m with a hypothesis function);
* code (R): public code index files 20674280028 (computeCost, ex1), 31289103286 (costs / grad);
* code (Python): public code index files 22213760901 (computeCostReg / gradientCostReg), 4956826793 (costReg /
  gradientReg, Chinese comments), 23483638191 (J_Reg / gradientReg), 27794624240 (costFunctionReg / gradientReg),
  49547012629 (computeCostReg / gradient), 6020503114 (computeCostReg / gradientDescent, French comments and
  docstrings), 46979451946 (costFunctionReg / gradientReg over X_train), 4565193837 (computeCostReg /
  computeGradientReg);
* notes (Markdown with LaTeX): public code index files 32807895793 (a Chinese answer note on logistic regression),
  39857300084 (notes on the log-likelihood and gradient ascent), 8960075808 (a Chinese appendix of formulas).

Names follow the sources: X, x (the lowercase matrix of the Python and R files) and X_train are Data.X (X(i, j) =
Data.X[i-1, j-1]); y, Y and Y_train are Data.y; theta, θ are Data.theta; lambda, lamda, lambda1, lambda_, lam and
lamb are Data.lam. Octave's theta(1) (Python's theta[0]) is the first coefficient Data.theta[0], theta(2:end) the
rest. Where a source gives no cost for an answer, ``why`` says which cost it is graded against. The real mistakes
come first among the answers, then the real right answers, then the one-slip variants of real answers, marked
"variant". Verdicts were worked out by hand and checked against finite differences of the costs (/tmp/f77/check.py,
not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_IDX = "public code index file "
_NONAME = "; the index does not name its repository"
LIN_ZERO = _IDX + "14083225 (Octave, ex5 linearRegCostFunction.m, 'yi=X*theta;' … 'theta(1)=0;'" + _NONAME
LIN_LOOP = _IDX + "40200368605 (Octave, ex5 linearRegCostFunction.m, '%%this quiz not need sigmoid?'" + _NONAME
LIN_NOBIAS = _IDX + "31168315060 (Octave, ex5 linearRegCostFunction.m, 'theta_nobias = theta;'" + _NONAME
LIN_TEMP = _IDX + "34832822515 (Octave, ex5 linearRegCostFunction.m, '% X = 12*2 y = 12*1 theta = 2*1'" + _NONAME
KO_REG = _IDX + "15718522159 (Octave, ex2 costFunctionReg.m with a Korean comment, 'H = sigmoid(X*theta);'" + _NONAME
LR_ROW = _IDX + "33505764164 (Octave, ex3 lrCostFunction.m, 'grad(1,1) = (1/m) * X'(1,:) * (h - y)'" + _NONAME
IF_LOOP = _IDX + "16866536802 (Octave, ex2 costFunctionReg.m, 's = s - log(hypothesis(theta, X(i,:)));'" + _NONAME
R_LENX = _IDX + "20674280028 (R, ex1 'computeCost = function(X, y, theta)'" + _NONAME
R_COSTS = _IDX + "31289103286 (R, 'costs <- function(x, y, theta)' and 'grad <- function(x, y, theta)'" + _NONAME
PY_HANDS = _IDX + "22213760901 (Python, 'def computeCostReg(theta, x, y, lamda):' and 'def gradientCostReg'" + _NONAME
PY_CN = _IDX + "4956826793 (Python, 'def costReg(theta, X, Y, lambda1, reg_on = True):', Chinese comments" + _NONAME
PY_POW = _IDX + "23483638191 (Python, 'def J_Reg(theta, x, y, lamda):' and 'def gradientReg'" + _NONAME
PY_NOPEN = _IDX + "27794624240 (Python, 'def costFunctionReg(theta, X, y, lamb):' with no penalty" + _NONAME
PY_NGLOB = _IDX + "49547012629 (Python, 'def computeCostReg(theta,X,y,lambda_):' over a global n = len(data)" + _NONAME
PY_FR = _IDX + "6020503114 (Python, French, 'def computeCostReg(X, y, theta, lambda_):' and gradientDescent" + _NONAME
PY_TRAIN = _IDX + "46979451946 (Python, 'def costFunctionReg(theta, X, y, lam):' over X_train, Y_train" + _NONAME
PY_MINV = _IDX + "4565193837 (Python, 'def computeCostReg(theta,X,y,lam):' with minv = 1./len(y)" + _NONAME
MD_CN = _IDX + "32807895793 (Markdown, a Chinese answer note, 'Logistic回归模型可以用于处理二分类问题'" + _NONAME
MD_ELL = _IDX + "39857300084 (Markdown notes, '### **3.3 Cost Function (Maximum Likelihood)**'" + _NONAME
MD_SHEET = _IDX + "8960075808 (Markdown, a Chinese appendix, '##### B.4 深度学习相关的数学公式'" + _NONAME


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _logistic_mean(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _logistic_sum(d):
    return -float(np.sum(_ce_terms(d, sig(d.X @ d.theta))))


def _log_likelihood(d):
    return float(np.sum(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_logistic_all(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t @ t)


def _half_mse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_sse_over_entries(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.X.size)


def _reg_half_mse_skip_first(d):
    t = d.theta
    return _half_mse(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


# ------------------------------------------------------------------ texts the items share
_REGLIN_WHY = (
    "ex5's regularized linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θ_j², theta(1) = Data.theta[0] unpenalised; "
    "X the design matrix with its ones column (Data.X), m = length(y)"
)
_REGLOG_WHY = (
    "the regularized logistic cost: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over every coefficient "
    "but the first (Data.theta[0]); X the design matrix with its ones column (Data.X)"
)

# --- Octave, ex5 (14083225)
_ZERO_COST = (
    "yi=X*theta;\nerr=yi-y;\nf=(1/(2*m))*sum((err).^2);\ntheta(1)=0;\nr=(lambda/(2*m))*sum(theta.^2);\nJ=f+r;"
)
_ZERO_LETS = ("m = length(y); % number of training examples",)
_ZERO_WHY = (
    "err is computed from the unmodified θ; theta(1)=0 only keeps the intercept out of the penalty sum(theta.^2) "
    "(and out of grad's λθ/m); " + _REGLIN_WHY
)

# --- Octave, ex5 (40200368605)
_LOOP_COST = "J = sum((h - y).^2)/(2*m) + lambda*sum([theta(2:end,1)].^2)/(2*m);"
_LOOP_LETS = ("m = length(y); % number of training examples", "h = X * theta;")
_LOOP_WHY = "[theta(2:end,1)] is every θ but the first; " + _REGLIN_WHY

# --- Octave, ex5 (31168315060)
_NOBIAS_COST = "J = 0.5*(X*theta - y)'*(X*theta - y)./m + 0.5*lambda/m * theta_reg'*theta_reg;"
_NOBIAS_LETS = ("m = length(y); % number of training examples", "nrows = size(theta)(1);",
                "theta_reg = theta(2:nrows,:);")
_NOBIAS_WHY = "0.5·rᵀr/m + 0.5·(λ/m)·θ_regᵀθ_reg with θ_reg = θ_2…θ_n; " + _REGLIN_WHY

# --- Octave, ex5 (34832822515)
_TEMP_COST = (
    "J = (1/(2*m)) * sum(error .^ 2);\n\ntheta_new = theta';\ntheta_new = theta_new(:,2:end);\n"
    "reg = (lambda/(2*m)) * sum(theta_new .^ 2);\n\nJ = J + reg;"
)
_TEMP_LETS = ("m = length(y); % number of training examples", "hypo = X * theta; % 12*1", "error = hypo - y; % 12*1")
_TEMP_WHY = "theta_new is the row θᵀ without its first entry; " + _REGLIN_WHY

# --- Octave, ex2 with a Korean comment (15718522159)
_KO_COST = (
    "J = (-1/m)*sum(y'*log(H)+(1-y)'*log(1-H)) + (lambda/(2*m))*(theta(2:end)'*theta(2:end));\n"
    "%J = (-1/m)*(y'*log(H)+(1-y')*log(1-H)) + (lambda/2*m)*sum(theta(2:end).^2);\n"
    "%논리형 스칼라 에러, 인덱스 에러 - j가 저장되지 않음"
)
_KO_LETS = ("m = length(y); % number of training examples", "H = sigmoid(X*theta);")
_KO_GRAD = (
    "grad(1,1) = (1/m)*(X(:,1))'*(H-y);\n"
    "grad(2:end,1)=(1/m)*X(:,2:end)'*(H-y) + (lambda/m)*(theta(2:end));\ngrad = grad(:);"
)
_KO_WHY = (
    "the first line is the cost; the second, with its (lambda/2*m) slip, is commented out (%), and the Korean "
    "comment says 'logical scalar error, index error - j is not stored'; " + _REGLOG_WHY
)

# --- Octave, ex3 (33505764164)
_ROW_BLOCK = (
    "h = sigmoid(X * theta);\ntheta(1,1) = 0;\n"
    "J = (1/m) * ((-y)' * log(h) - (1-y)' * log(1 -h)) + (lambda/(2*m)) * (theta' * theta);"
)
_ROW_LETS = ("m = length(y); % number of training examples",)
_ROW_WHY = (
    "h is computed before theta(1,1) = 0, so zeroing it only keeps the intercept out of the penalty θᵀθ; "
    + _REGLOG_WHY
)

# --- R (20674280028, 31289103286)
_LENX_COST = "computeCost = function(X, y, theta) {\n  m = length(X)\n  return(sum(((X %*% theta) - y)^2)/(2*m))\n}"
_RCOSTS_COST = "costs<-(t(x %*% theta - y)) %*% (x %*% theta - y) / (2*length(y))"
_RCOSTS_WHY = (
    "(1/2m)(xθ − y)ᵀ(xθ − y), half the mean squared residual; x is the matrix of examples (Data.X), theta = "
    "Data.theta, length(y) = m; the file's comment reads 'dJ/dtheata: 1/m * (h(x)-y))*x where h(x) = x*theta'"
)

# --- Python (22213760901)
_HANDS_COST = (
    "m = len(y)\nhypo = sigmoid(x.dot(theta))\nterm1 = np.log(hypo).T.dot(-y)\nterm2 = np.log(1-hypo).T.dot(1-y)\n"
    "left_hand = (term1 - term2)/m\nright_hand = (lamda/(2*m))*(theta.T.dot(theta)) \n"
    "return (left_hand + right_hand).flatten()"
)
_HANDS_LETS = ("def sigmoid(z):\n  g = 1.0 / (1.0 + np.exp(-z))\n  return g",)
_HANDS_WHY = (
    "the body of def computeCostReg (dedented): −yᵀlog σ(xθ) − (1 − y)ᵀlog(1 − σ(xθ)), over m, plus "
    "(λ/2m)θᵀθ with every coefficient penalised, θ_1 included; x is the design matrix (Data.X), lamda is λ"
)

# --- Python, Chinese comments (4956826793)
_CN_COST = (
    "theta = np.matrix(theta)\nX = np.matrix(X)\nY = np.matrix(Y)\n"
    "seg1 = np.multiply(Y, np.log(sigmoid(X * theta.T)))    #elementwise product\n"
    "seg2 = np.multiply((1 - Y), np.log(1 - sigmoid(X * theta.T)))\n"
    "if(reg_on == True) :\n    reg = (lambda1 /(2 * len(X))) * np.sum(np.power(theta, 2))\n"
    "    return np.sum(- (seg1 + seg2)) / len(X) + reg\nelse :\n    return np.sum(- (seg1 + seg2)) / len(X)"
)
_CN_LETS = (
    "def sigmoid(z) :\n    return 1 / (1 + np.exp(-z))  #np.exp() Calculate the exponential of all elements in the "
    "input array",
)
_CN_WHY = (
    "the body of def costReg (dedented) with its default reg_on = True: np.matrix makes X * theta.T the product Xθ "
    "(theta the row θᵀ), so the value is the mean cross-entropy of σ(Xθ) plus (λ/2m)Σθ_j² over every coefficient, "
    "θ_1 included (np.power(theta, 2) is not sliced); Y is Data.y, lambda1 is λ, len(X) = m"
)

# --- Python (23483638191)
_POW_COST = (
    "ones = np.ones((y.shape[0],), dtype=np.float64)\nh = g(x @ theta)\n"
    "tmp = y.transpose() @ np.log(h) + (ones - y).transpose() @ np.log(ones - h)\n"
    "reg_term = lamda / (2 * x.shape[0]) * (theta[1:].transpose() @ theta[1:])\nj = -(tmp) / x.shape[0] + reg_term\n"
    "return j"
)
_POW_LETS = (
    "def g(z):\n\t#sigmoid function\n\treturn 1.0 / (1 + math.pow(math.e, -z))",
    "g = np.vectorize(g, otypes=[np.float64])",
)
_POW_WHY = (
    "the body of def J_Reg (dedented): g is 1/(1 + e^(−z)) applied entrywise (np.vectorize), x.shape[0] = m; "
    + _REGLOG_WHY
)

# --- Python (27794624240)
_NOPEN_COST = "theta = np.matrix(theta)\nh = sigmoid(X*theta.T)\nm = len(X)\nreturn ((-y).T*np.log(h) - (1-y).T*np.log(1-h))/m"
_NOPEN_LETS = ("def sigmoid(z):\n\treturn 1.00/(1.00 + np.exp(-z))",)
_NOPEN_WHY = (
    "the body of def costFunctionReg (dedented): X and y are np.matrix, theta the row θᵀ, so the value is the mean "
    "cross-entropy of σ(Xθ); lamb is never used, so there is no penalty; X (Data.X)"
)
_NOPEN_GRAD = (
    "theta = np.matrix(theta)\nparameters = int(theta.shape[1])\ngrad = np.zeros(parameters)\n"
    "error = sigmoid(X * theta.T) - y\nfor i in range(parameters):\n\tterm = np.multiply(error, X[:,i])\n"
    "\tgrad[i] = np.sum(term) / len(X)\nreturn grad"
)

# --- Python, global n (49547012629)
_NGLOB_COST = (
    "J = (-1/n) * np.sum(np.matmul(y.T,np.log(hx)) + np.matmul((1-y).T,np.log(1-hx))) + (lambda_/(2*n)) * "
    "np.sum(theta[1:]**2)"
)
_NGLOB_LETS = ("hx = sigmoid(np.matmul(X,theta))", "n = len(data)", "def sigmoid(x):\n    return 1/(1+np.exp(-x))")
_NGLOB_WHY = (
    "n is the module's global n = len(data), the number of rows of the data, i.e. of examples (m), not a feature "
    "count; " + _REGLOG_WHY
)

# --- Python, French (6020503114)
_FR_COST = (
    "m = y.shape[0]  # nombre d'exemples\n\n# Hypothèses (probabilités prédites)\n"
    "h = 1 / (1 + np.exp(-X.dot(theta)))  # = Sigmoid(X @ theta)\n\n# Coût sans régularisation\n"
    "cost = (-1/m) * (y.T @ np.log(h) + (1 - y).T @ np.log(1 - h))\n\n# Régularisation (on exclut theta[0])\n"
    "reg = (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))\n\n# Coût total\nJ = cost + reg"
)
_FR_LETS = (
    "m = y.shape[0]",
    "h = 1 / (1 + np.exp(-X.dot(theta)))  # prédictions",
    "error = h - y",
    "gradient = (1/m) * X.T.dot(error)",
    "reg = (lambda_/m) * theta",
)
_FR_WHY = (
    "the update theta = theta - alpha * (gradient + reg) of def gradientDescent steps along gradient + reg; "
    "computeCostReg's body (dedented) is the cost (Régularisation (on exclut theta[0]): the penalty leaves out "
    "theta[0]); " + _REGLOG_WHY
)

# --- Python, X_train globals (46979451946)
_TRAIN_COST = (
    "theta0=theta.copy()\ntheta0[0]=0\ncost = (1/m)*((-(numpy.dot(numpy.transpose(Y_train),numpy.log(H)))-"
    "(numpy.dot(numpy.transpose(1-Y_train),numpy.log(1-H))))+((lam/2)*(theta0.T.dot(theta0))))"
)
_TRAIN_LETS = ("m=numpy.size(y)", "H = sigmoid(numpy.dot(X_train,theta))")
_TRAIN_WHY = (
    "the functions read the module's globals X_train (Data.X, with its ones column appended) and Y_train (Data.y) "
    "in place of their X and y arguments; (1/m)(cross-entropy sum + (λ/2)θ0ᵀθ0) with θ0 = θ, first entry zeroed "
    "on a copy, is the mean cross-entropy plus (λ/2m)Σ_{j≥2}θ_j²; m = numpy.size(y) = y.shape[0]"
)

# --- Python, minv (4565193837)
_MINV_COST = "minv * (- y.dot(np.log(h)) - (1.- y).dot(np.log(1.- h))) + lam*minv/2. * np.sum(theta[1:]**2)"
_MINV_LETS = ("minv = 1./len(y)", "h = sigmoid(theta.dot(X.T))", "def sigmoid(z):\n    return 1./(1.+np.exp(-z))")
_MINV_WHY = "theta.dot(X.T) is the row (Xθ)ᵀ, minv = 1/m; " + _REGLOG_WHY

# --- Markdown notes
_CN_MD_COST = (
    r"J(\theta) = -\sum_{i=1}^m (y^{(i)}\log(h_{\theta}(x^{(i)})) + (1-y^{(i)})\log(1-h_{\theta}(x^{(i)})))"
)
_CN_MD_LETS = (r"h_{\theta}(x) = \frac{1}{1+e^{-\theta^Tx}}",)
_CN_MD_WHY = (
    "the note's 对数似然损失函数 (log-likelihood loss): the cross-entropy summed over the m examples, no 1/m; "
    "h_θ(x⁽ⁱ⁾) = σ(θᵀx⁽ⁱ⁾) with x⁽ⁱ⁾ row i of Data.X"
)
_ELL_COST = (
    r"\ell(\theta) = \sum_{i=1}^m \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) \log (1 - h_\theta(x^{(i)})) "
    r"\right]"
)
_ELL_LETS = (r"h_\theta(x) = g(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}}", r"g(z) = \frac{1}{1+e^{-z}}")
_ELL_WHY = (
    "the log-likelihood itself (to be maximised by gradient ascent, no minus sign): Σ[y log σ(θᵀx⁽ⁱ⁾) + (1 − y) "
    "log(1 − σ(θᵀx⁽ⁱ⁾))], x⁽ⁱ⁾ row i of Data.X"
)
_SHEET_COST = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"
_SHEET_WHY = (
    "the sheet's 损失函数 (loss) line: half the mean squared error; the sheet defines no h_θ, read as the linear "
    "hypothesis h_θ(x) = θᵀx of this squared loss (x⁽ⁱ⁾ row i of Data.X)"
)

COSTS: list[Cost] = [
    # ============================================================ code (Octave)
    Cost(
        id="f77-idx14083225-linearregcost-J-theta1-zeroed-after-residuals",
        source=LIN_ZERO + ", yi= … J=f+r;)",
        text=_ZERO_COST,
        intended=_reg_half_mse_skip_first,
        lets=_ZERO_LETS,
        why=_ZERO_WHY,
    ),
    Cost(
        id="f77-idx40200368605-linearregcost-J-bracketed-theta-2-end",
        source=LIN_LOOP + ", J =)",
        text=_LOOP_COST,
        intended=_reg_half_mse_skip_first,
        lets=_LOOP_LETS,
        why=_LOOP_WHY,
    ),
    Cost(
        id="f77-idx15718522159-costfunctionreg-J-korean-commented-slip",
        source=KO_REG + ", J = … and the two comment lines under it)",
        text=_KO_COST,
        intended=_reg_logistic_skip_first,
        lets=_KO_LETS,
        why=_KO_WHY,
    ),
    Cost(
        id="f77-idx16866536802-costfunctionreg-if-y-loop-refused",
        source=IF_LOOP + ", s = 0; … J =)",
        text="s = 0; \nfor i = 1:m\n  if y(i) == 1\n    s = s - log(hypothesis(theta, X(i,:)));\n"
        "  elseif y(i) == 0\n    s = s - log(1 - hypothesis(theta, X(i,:)));\n  endif\nendfor\n\n"
        "J = (s/m) + ((lambda/(2*m))*sum(theta(2:end).^2));",
        intended=None,
        lets=("m = length(y); % number of training examples",),
        expect="refuse",
        why="the cross-entropy is summed by a loop that branches on the labels (if y(i) == 1 … elseif y(i) == 0), "
        "a test of equality, not a formula in y, and hypothesis is not defined in the excerpt: not a formula "
        "logderiv can read",
    ),
    # ============================================================ code (R)
    Cost(
        id="f77-idx20674280028-r-computecost-m-length-X",
        source=R_LENX + ", the function)",
        text=_LENX_COST,
        intended=_half_sse_over_entries,
        why="in R, length of a matrix is its number of entries, so m = length(X) is m·n for the m×n design matrix "
        "X (Data.X; the script's X has 2 columns, V3 = 1 and V1): the value is Σ(Xθ − y)²/(2·m·n), not the "
        "half-mean the author meant (the gradient-descent loop beside it uses m <- length(y))",
    ),
    Cost(
        id="f77-idx31289103286-r-costs-crossproduct",
        source=R_COSTS + ", costs<-)",
        text=_RCOSTS_COST,
        intended=_half_mse,
        why=_RCOSTS_WHY,
    ),
    # ============================================================ code (Python)
    Cost(
        id="f77-idx22213760901-computecostreg-every-theta",
        source=PY_HANDS + ", the body of def computeCostReg)",
        text=_HANDS_COST,
        intended=_reg_logistic_all,
        lets=_HANDS_LETS,
        why=_HANDS_WHY,
    ),
    Cost(
        id="f77-idx4956826793-costreg-np-power-every-theta",
        source=PY_CN + ", the body of def costReg)",
        text=_CN_COST,
        intended=_reg_logistic_all,
        lets=_CN_LETS,
        why=_CN_WHY,
    ),
    Cost(
        id="f77-idx23483638191-j-reg-math-pow-sigmoid",
        source=PY_POW + ", the body of def J_Reg)",
        text=_POW_COST,
        intended=_reg_logistic_skip_first,
        lets=_POW_LETS,
        why=_POW_WHY,
    ),
    Cost(
        id="f77-idx27794624240-costfunctionreg-without-penalty",
        source=PY_NOPEN + ", the body of def costFunctionReg)",
        text=_NOPEN_COST,
        intended=_logistic_mean,
        lets=_NOPEN_LETS,
        why=_NOPEN_WHY,
    ),
    Cost(
        id="f77-idx49547012629-computecostreg-global-n-examples",
        source=PY_NGLOB + ", J =)",
        text=_NGLOB_COST,
        intended=_reg_logistic_skip_first,
        lets=_NGLOB_LETS,
        why=_NGLOB_WHY,
    ),
    Cost(
        id="f77-idx6020503114-computecostreg-french",
        source=PY_FR + ", the body of def computeCostReg up to J = cost + reg)",
        text=_FR_COST,
        intended=_reg_logistic_skip_first,
        why="the cost with its French comments (nombre d'exemples: number of examples; on exclut theta[0]: "
        "theta[0] left out); " + _REGLOG_WHY,
    ),
    # ============================================================ notes (Markdown, LaTeX)
    Cost(
        id="f77-idx32807895793-chinese-note-J-summed-cross-entropy",
        source=MD_CN + ", J(\\theta) = …)",
        text=_CN_MD_COST,
        intended=_logistic_sum,
        lets=_CN_MD_LETS,
        why=_CN_MD_WHY,
    ),
    Cost(
        id="f77-idx39857300084-log-likelihood-ell",
        source=MD_ELL + ", Log-Likelihood: \\ell(\\theta) = …)",
        text=_ELL_COST,
        intended=_log_likelihood,
        lets=_ELL_LETS,
        why=_ELL_WHY,
    ),
    Cost(
        id="f77-idx8960075808-chinese-sheet-J-half-mean",
        source=MD_SHEET + ", - **损失函数**：$J(\\theta) = …$)",
        text=_SHEET_COST,
        intended=_half_mse,
        why=_SHEET_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f77-idx22213760901-gradientcostreg-intercept-spared-against-full-penalty",
        source=PY_HANDS + ", the body of def gradientCostReg)",
        text="m = len(y)\ny = y.flatten()\ngrad = x.T.dot((sigmoid(x.dot(theta))-y)) / m\n"
        "grad[1:] = grad[1:] + ( (theta[1:]*lamda) / m )\nreturn grad",
        cost=_HANDS_COST,
        verdict="different",
        lets=_HANDS_LETS,
        why="the gradient spares the intercept (grad[1:] only gets λθ_j/m), as ex2 wants, but the file's own "
        "computeCostReg penalises every θ ((λ/2m)θᵀθ), so its first partial is x_1ᵀ(σ(xθ) − y)/m + λθ_1/m; "
        + _HANDS_WHY,
    ),
    Answer(
        id="f77-idx4956826793-gradientreg-chinese-loop-intercept-spared",
        source=PY_CN + ", the body of def gradientReg)",
        text="theta = np.matrix(theta)\nX = np.matrix(X)\nY = np.matrix(Y)\nparameters = int(theta.ravel().shape[1])\n"
        "gradient = np.zeros(parameters)         #用來存新的theta\nerror = sigmoid(X * theta.T) - Y\n\n"
        "for i in range(parameters) :\n    term = np.multiply(error, X[:, i])\n    if(i == 0) :\n"
        "        gradient[i] = sum(term) / len(X)\n    else :\n"
        "        gradient[i] =  sum(term) / len(X) + (lambda1 / len(X)) * theta[:, i]\nreturn gradient",
        cost=_CN_COST,
        verdict="different",
        lets=_CN_LETS,
        why="(#用來存新的theta: 'used to store the new theta') the loop leaves λθ_1/m out of entry 0, but costReg "
        "penalises every θ (np.sum(np.power(theta, 2))), so the intercept's partial carries λθ_1/m; " + _CN_WHY,
    ),
    Answer(
        id="f77-idx23483638191-gradientreg-data-term-missing-one-over-m",
        source=PY_POW + ", the body of def gradientReg)",
        text="tmp = x.transpose() @ (g(x @ theta) - y)\nreg_term = (lamda / x.shape[0]) * theta\nreg_term[0] = 0\n"
        "grad = tmp + reg_term\nreturn grad",
        cost=_POW_COST,
        verdict="different",
        lets=_POW_LETS,
        why="tmp = xᵀ(σ(xθ) − y) is not divided by m (x.shape[0]) while J_Reg's cross-entropy is: the data term is "
        "m times too large (the penalty's (λ/m)[0; θ_2…θ_n] is right); " + _POW_WHY,
    ),
    Answer(
        id="f77-idx8960075808-chinese-sheet-gradient-drops-half-m",
        source=MD_SHEET + ", - **梯度**：$\\frac{\\partial J}{\\partial \\theta_j} = …$)",
        text=r"\frac{\partial J}{\partial \theta_j} = \sum_{i=1}^m \frac{\partial}{\partial \theta_j} "
        r"[h_\theta(x^{(i)}) - y^{(i)}]^2",
        cost=_SHEET_COST,
        verdict="different",
        why="(梯度: gradient) the sheet's J has 1/(2m) in front of the sum, its gradient line drops it: "
        "Σ∂/∂θ_j(h − y)² = 2Σ(h − y)x_j is 2m times ∂J/∂θ_j = (1/m)Σ(h − y)x_j; " + _SHEET_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f77-idx14083225-linearregcost-grad-after-theta1-zeroed",
        source=LIN_ZERO + ", yi= … grad =)",
        text=_ZERO_COST + "\ngrad = ((1/m)*(X'*(err)))+((lambda/m)*theta);",
        cost=_ZERO_COST,
        verdict="equivalent",
        lets=_ZERO_LETS,
        why="the answer is grad: Xᵀ(Xθ − y)/m (err from the unmodified θ) plus (λ/m)[0; θ_2…θ_n] (theta(1) is "
        "zeroed by then); " + _ZERO_WHY,
    ),
    Answer(
        id="f77-idx40200368605-linearregcost-grad-loop-from-2",
        source=LIN_LOOP + ", i = 1; grad(i,1) = …; for i = 2:n … end)",
        text="i = 1;\ngrad(i,1) = sum((h - y).*X(:,i))/m;\n\nn = size(X,2);\n\nfor i = 2:n\n"
        "  grad(i,1) = sum((h - y).*X(:,i))/m + (lambda/m)*theta(i,1);\nend",
        cost=_LOOP_COST,
        verdict="equivalent",
        lets=_LOOP_LETS,
        why="entry 1 is Σ(Xθ − y)x_1/m, entries 2…n add (λ/m)θ_j; " + _LOOP_WHY,
    ),
    Answer(
        id="f77-idx31168315060-linearregcost-grad-theta-nobias",
        source=LIN_NOBIAS + ", theta_nobias = theta; … grad =)",
        text="theta_nobias = theta;\ntheta_nobias(1, :) = 0;\ngrad = X'*(X*theta-y)./m + lambda*theta_nobias./m;",
        cost=_NOBIAS_COST,
        verdict="equivalent",
        lets=_NOBIAS_LETS,
        why="Xᵀ(Xθ − y)/m + λ[0; θ_2…θ_n]/m; " + _NOBIAS_WHY,
    ),
    Answer(
        id="f77-idx34832822515-linearregcost-grad-temptheta",
        source=LIN_TEMP + ", temptheta = theta; … grad =)",
        text="temptheta = theta;\ntemptheta(1) = 0;\ngrad = (1/m) * (X' * error) + (lambda/m) * temptheta;",
        cost=_TEMP_COST,
        verdict="equivalent",
        lets=_TEMP_LETS,
        why="Xᵀ(Xθ − y)/m + (λ/m)[0; θ_2…θ_n]; " + _TEMP_WHY,
    ),
    Answer(
        id="f77-idx15718522159-costfunctionreg-grad-korean",
        source=KO_REG + ", grad(1,1) = …; grad(2:end,1) = …; grad = grad(:);)",
        text=_KO_GRAD,
        cost=_KO_COST,
        verdict="equivalent",
        lets=_KO_LETS,
        why="x_1ᵀ(σ(Xθ) − y)/m for the intercept, X(:,2:end)ᵀ(σ(Xθ) − y)/m + (λ/m)θ_{2…n} for the rest; " + _KO_WHY,
    ),
    Answer(
        id="f77-idx33505764164-lrcostfunction-grad-X-transposed-row",
        source=LR_ROW + ", h = … J = …; grad = …; grad(1,1) =)",
        text=_ROW_BLOCK + "\ngrad = (1/m) * X' * (h - y) + (lambda/m) * theta;\ngrad(1,1) = (1/m) * X'(1,:) * (h - y)",
        cost=_ROW_BLOCK,
        verdict="equivalent",
        lets=_ROW_LETS,
        why="the answer is grad: Xᵀ(h − y)/m + (λ/m)θ with θ_1 already zeroed, then entry 1 overwritten with "
        "X'(1,:)(h − y)/m, Octave's first row of Xᵀ (= x_1ᵀ, the same value: the overwrite is redundant); "
        + _ROW_WHY,
    ),
    Answer(
        id="f77-idx31289103286-r-grad",
        source=R_COSTS + ", gradient <-)",
        text="gradient <- (1/length(y))* (t(x) %*% (x %*% theta - y))",
        cost=_RCOSTS_COST,
        verdict="equivalent",
        why="xᵀ(xθ − y)/m; " + _RCOSTS_WHY,
    ),
    Answer(
        id="f77-idx27794624240-gradientreg-loop-against-unpenalised-cost",
        source=PY_NOPEN + ", the body of def gradientReg)",
        text=_NOPEN_GRAD,
        cost=_NOPEN_COST,
        verdict="equivalent",
        lets=_NOPEN_LETS,
        why="entry i is Σ(σ(Xθ) − y)x_i/m, no penalty, which is right for the file's costFunctionReg: it has no "
        "penalty either (neither function uses lamb; against ex2's regularized cost both would be wrong); "
        + _NOPEN_WHY,
    ),
    Answer(
        id="f77-idx49547012629-gradient-grad0-minus-lambda-theta0",
        source=PY_NGLOB + ", def gradient: grad = …; grad[0] = …)",
        text="grad = (1/n) * np.matmul(X.T, hx - y) + (lambda_/n) * theta\ngrad[0] = grad[0] - (lambda_/n) * theta[0]",
        cost=_NGLOB_COST,
        verdict="equivalent",
        lets=_NGLOB_LETS,
        why="Xᵀ(σ(Xθ) − y)/n + (λ/n)θ with λθ_1/n taken back out of entry 0, n the number of examples; "
        + _NGLOB_WHY,
    ),
    Answer(
        id="f77-idx6020503114-gradientdescent-french-gradient-plus-reg",
        source=PY_FR + ", gradientDescent: gradient = …; reg = …; reg[0] = 0; theta = theta - alpha * (gradient + reg))",
        text="gradient + reg",
        cost=_FR_COST,
        verdict="equivalent",
        lets=_FR_LETS + ("reg[0] = 0  # pas de régularisation pour le biais",),
        why="Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ_2…θ_n] (pas de régularisation pour le biais: no penalty on the bias); "
        + _FR_WHY,
    ),
    Answer(
        id="f77-idx46979451946-gradientreg-X-train-theta0-copy",
        source=PY_TRAIN + ", def gradientReg: grad =)",
        text="grad = (1/m)*(numpy.dot(numpy.transpose(X_train), (H-Y_train))+(lam*theta0))",
        cost=_TRAIN_COST,
        verdict="equivalent",
        lets=("m= y.shape[0]", "H = sigmoid(numpy.dot(X_train,theta))", "theta0=theta.copy()", "theta0[0]=0"),
        why="(X_trainᵀ(σ(X_trainθ) − Y_train) + λθ0)/m, θ0 the copy with its first entry zeroed; " + _TRAIN_WHY,
    ),
    Answer(
        id="f77-idx4565193837-computegradientreg-minv",
        source=PY_MINV + ", def computeGradientReg, the return value)",
        text="minv * ((h-y).dot(X) + lam*thetaReg)",
        cost=_MINV_COST,
        verdict="equivalent",
        lets=_MINV_LETS + ("thetaReg = np.hstack([0,theta[1:]])",),
        why="((σ(Xθ) − y)ᵀX + λ[0, θ_2…θ_n])/m; " + _MINV_WHY,
    ),
    Answer(
        id="f77-idx32807895793-chinese-note-gradient-sum",
        source=MD_CN + ", 2. 计算损失函数的梯度：…)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \sum_{i=1}^m (h_{\theta}(x^{(i)}) - y^{(i)}) x_j^{(i)}",
        cost=_CN_MD_COST,
        verdict="equivalent",
        lets=_CN_MD_LETS,
        why="(计算损失函数的梯度: compute the loss's gradient) Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾, no 1/m as the J has none; "
        + _CN_MD_WHY,
    ),
    Answer(
        id="f77-idx39857300084-log-likelihood-gradient",
        source=MD_ELL + ", Derivative Derivation: \\frac{\\partial \\ell(\\theta)}{\\partial \\theta_j} = …)",
        text=r"\frac{\partial \ell(\theta)}{\partial \theta_j} = \sum_{i=1}^m \left( y^{(i)} - h_\theta(x^{(i)}) "
        r"\right) x_j^{(i)}",
        cost=_ELL_COST,
        verdict="equivalent",
        lets=_ELL_LETS,
        why="Σ(y⁽ⁱ⁾ − σ(θᵀx⁽ⁱ⁾))x_j⁽ⁱ⁾, the gradient of the log-likelihood (y − h, as ℓ carries no minus sign); "
        + _ELL_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f77-idx14083225-linearregcost-grad-theta1-not-zeroed",
        source=LIN_ZERO + "; variant: the grad line alone, θ not zeroed first)",
        text="grad = ((1/m)*(X'*(err)))+((lambda/m)*theta);",
        cost=_ZERO_COST,
        verdict="different",
        lets=_ZERO_LETS + ("err=yi-y;", "yi=X*theta;"),
        why="variant: with the unmodified θ, (λ/m)θ puts λθ_1/m in the intercept's entry, which the cost leaves "
        "out of the penalty; " + _ZERO_WHY,
    ),
    Answer(
        id="f77-idx40200368605-linearregcost-grad-loop-no-m",
        source=LIN_LOOP + "; variant: the loop's data term without /m)",
        text="i = 1;\ngrad(i,1) = sum((h - y).*X(:,i))/m;\n\nn = size(X,2);\n\nfor i = 2:n\n"
        "  grad(i,1) = sum((h - y).*X(:,i)) + (lambda/m)*theta(i,1);\nend",
        cost=_LOOP_COST,
        verdict="different",
        lets=_LOOP_LETS,
        why="variant: entries 2…n lose the 1/m of the data term (m times too large); " + _LOOP_WHY,
    ),
    Answer(
        id="f77-idx15718522159-costfunctionreg-grad-korean-first-entry-y-minus-H",
        source=KO_REG + "; variant: (H-y) written (y-H) in grad(1,1))",
        text="grad(1,1) = (1/m)*(X(:,1))'*(y-H);\n"
        "grad(2:end,1)=(1/m)*X(:,2:end)'*(H-y) + (lambda/m)*(theta(2:end));\ngrad = grad(:);",
        cost=_KO_COST,
        verdict="different",
        lets=_KO_LETS,
        why="variant: the intercept's entry has the wrong sign; " + _KO_WHY,
    ),
    Answer(
        id="f77-idx33505764164-lrcostfunction-grad-X-transposed-second-row",
        source=LR_ROW + "; variant: X'(2,:) for X'(1,:) in grad(1,1))",
        text=_ROW_BLOCK + "\ngrad = (1/m) * X' * (h - y) + (lambda/m) * theta;\ngrad(1,1) = (1/m) * X'(2,:) * (h - y)",
        cost=_ROW_BLOCK,
        verdict="different",
        lets=_ROW_LETS,
        why="variant: entry 1 is overwritten with the second feature's sum, x_2ᵀ(h − y)/m, not x_1's; " + _ROW_WHY,
    ),
    Answer(
        id="f77-idx31289103286-r-grad-no-length",
        source=R_COSTS + "; variant: gradient without (1/length(y)))",
        text="gradient <- (t(x) %*% (x %*% theta - y))",
        cost=_RCOSTS_COST,
        verdict="different",
        why="variant: xᵀ(xθ − y) is m times the gradient of the half-mean; " + _RCOSTS_WHY,
    ),
    Answer(
        id="f77-idx27794624240-gradientreg-loop-no-len",
        source=PY_NOPEN + "; variant: grad[i] without / len(X))",
        text=_NOPEN_GRAD.replace("np.sum(term) / len(X)", "np.sum(term)"),
        cost=_NOPEN_COST,
        verdict="different",
        lets=_NOPEN_LETS,
        why="variant: the cost is divided by m = len(X), the gradient is not; " + _NOPEN_WHY,
    ),
    Answer(
        id="f77-idx49547012629-gradient-grad0-plus-lambda-theta0",
        source=PY_NGLOB + "; variant: grad[0] + … instead of -)",
        text="grad = (1/n) * np.matmul(X.T, hx - y) + (lambda_/n) * theta\ngrad[0] = grad[0] + (lambda_/n) * theta[0]",
        cost=_NGLOB_COST,
        verdict="different",
        lets=_NGLOB_LETS,
        why="variant: adding λθ_1/n again gives the intercept 2λθ_1/n where the cost gives it none; " + _NGLOB_WHY,
    ),
    Answer(
        id="f77-idx6020503114-gradientdescent-french-reg-0-not-zeroed",
        source=PY_FR + "; variant: without reg[0] = 0)",
        text="gradient + reg",
        cost=_FR_COST,
        verdict="different",
        lets=_FR_LETS,
        why="variant: without reg[0] = 0 the bias's entry keeps λθ_1/m, which the cost leaves out; " + _FR_WHY,
    ),
    Answer(
        id="f77-idx46979451946-gradientreg-X-train-lam-theta",
        source=PY_TRAIN + "; variant: lam*theta for lam*theta0)",
        text="grad = (1/m)*(numpy.dot(numpy.transpose(X_train), (H-Y_train))+(lam*theta))",
        cost=_TRAIN_COST,
        verdict="different",
        lets=("m= y.shape[0]", "H = sigmoid(numpy.dot(X_train,theta))"),
        why="variant: the full θ penalises the intercept's entry, which the cost's θ0 leaves out; " + _TRAIN_WHY,
    ),
    Answer(
        id="f77-idx4565193837-computegradientreg-minv-lam-theta",
        source=PY_MINV + "; variant: lam*theta for lam*thetaReg)",
        text="minv * ((h-y).dot(X) + lam*theta)",
        cost=_MINV_COST,
        verdict="different",
        lets=_MINV_LETS,
        why="variant: the intercept's entry gets λθ_1/m, which the cost's theta[1:] leaves out; " + _MINV_WHY,
    ),
    Answer(
        id="f77-idx32807895793-chinese-note-gradient-y-minus-h",
        source=MD_CN + "; variant: (h − y) written (y − h))",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \sum_{i=1}^m (y^{(i)} - h_{\theta}(x^{(i)})) x_j^{(i)}",
        cost=_CN_MD_COST,
        verdict="different",
        lets=_CN_MD_LETS,
        why="variant: y − h is the gradient of the log-likelihood, the negative of this J's; " + _CN_MD_WHY,
    ),
    Answer(
        id="f77-idx39857300084-log-likelihood-gradient-h-minus-y",
        source=MD_ELL + "; variant: (y − h) written (h − y))",
        text=r"\frac{\partial \ell(\theta)}{\partial \theta_j} = \sum_{i=1}^m \left( h_\theta(x^{(i)}) - y^{(i)} "
        r"\right) x_j^{(i)}",
        cost=_ELL_COST,
        verdict="different",
        lets=_ELL_LETS,
        why="variant: h − y is the gradient of the negative log-likelihood, not of ℓ; " + _ELL_WHY,
    ),
]

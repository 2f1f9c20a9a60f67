r"""A fresh held-out wave (f56), drawn the way a grader would draw one: the mainstream, in rough thirds — Q&A threads
(DeepLearning.AI course forums, a Stack Overflow answer, a study-group thread), lab and from-scratch code (NumPy
classes, Coursera ports, a notebook export with Chinese comments) and course notes (CS229-style notebooks, Morten
Hjorth-Jensen's slides). Logistic regression, linear regression / MSE, ridge (L2) and Poisson regression.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: DeepLearning.AI forum 'Week 3: Derivations of J(w,b) for Sigmoid Function' (the asker's linear J and J'
  with the sum dropped, and a logistic J written without its minus beside dJ/dw = Σ(f − y)x); 'Derivative of
  "Simplified Cost Function"' (the lab's dj_dw loop); 'Derivation of Linear Regression Cost Function wx+b' (J(w, b)
  and both partials); a study-group thread on the 1/2m (∂J/∂θ_j); a Stack Overflow answer vectorising computeCost;
* code: a Python port of ex2 (compute_cost's grad, and compute_grad's stray '* -1'); a regularised logistic class
  whose loss sums but whose gradient averages; a compute_cost / compute_gradient pair with λ/(2m)‖w‖²; a notebook
  export 'regression_utils' with Chinese comments (the log1p(exp) logistic cost, the ridge cost, dj_dw, dj_db);
  three ridge classes (a dw that drops the data term's 2; an l2 step(); a db with the wrong sign); an ex3 port
  (lrCostFunction with θ₀ unpenalised);
* notes: Morten Hjorth-Jensen's slide 'Gradient descent and Ridge' (C_ridge and ∇C_ridge); chrissaia/Stanford_CS229
  notebooks (MSE J(θ) and its vectorised gradient; a cross-entropy J(θ) written without brackets and log_grad; a
  Poisson mean log-likelihood and its ascent gradient).

Names follow the sources: X (also Xb, with or without an intercept column) is the design matrix Data.X;
theta / beta / w / weights is the weight vector (Data.theta / Data.beta / Data.w), b / bias the intercept Data.b; in
the one-feature forum texts x is Data.x and w the scalar slope Data.w[0]. λ (lambda_, lambda) is Data.lam. Where a
source gives no cost for an answer, ``why`` says which cost it is graded against. About half the answers are wrong;
the real mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked
out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DLAI_W3 = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Week 3: Derivations of J(w,b) for Sigmoid "
    "Function', Course Q&A, Machine Learning Specialization, Bernhard Wieczorek's question of May 30, 2023"
)
DLAI_SIMPLIFIED = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Derivative of \"Simplified Cost Function\"', "
    "Course Q&A, Machine Learning Specialization Week 3, Arne_Schirmacher's question of March 19, 2023"
)
GIST_PY = (
    "public code index file 2084538077 (Python, a port of the Coursera ex2 logistic regression, compute_cost and "
    "compute_grad; the index does not name its repository"
)
REG_LOG_SUM = (
    "public code index file 30528543164 (Python, a regularised LogisticRegression class, loss() and gradient(); the "
    "index does not name its repository"
)
REG_LOG_MEAN = (
    "public code index file 37032622575 (Python, compute_cost / compute_gradient for regularised logistic "
    "regression; the index does not name its repository"
)
ZH_UTILS = (
    "public code index file 60497956409 (Markdown notebook export 'regression_utils' with Chinese comments, after "
    "the Machine Learning Specialization lab utilities; the index does not name its repository"
)
RIDGE_GD_CLASSES = (
    "public code index file 36018246596 (Python, class RidgeRegressionGD(GradientDescentRegressor), fit(); the "
    "index does not name its repository"
)
RIDGE_STEP = (
    "public code index file 38387598899 (Python, linear_regression_build_model.py, class LinearRegressionGD with "
    "regularization='l2', loss() and step(); the index does not name its repository"
)
RIDGE_RR_MAIN = (
    "public code index file 2803355622 (Python, a ridge class with fit() and RR_main(); the index does not name its "
    "repository"
)
COMPPHYS_RIDGE = (
    "https://compphysics.github.io/MachineLearningMSU/doc/pub/GradientOptim/html/._GradientOptim-bs045.html "
    "(Morten Hjorth-Jensen's course slides, 'Gradient descent and Ridge'"
)
CHRISSAIA = "https://github.com/chrissaia/Stanford_CS229"
CHRISSAIA_LIN = (
    CHRISSAIA + "/blob/99873658eed57febd9f64abb61de0d55630f35a6/lesson_files/"
    "lesson_02_linear_regression.ipynb (notebook after Stanford CS229, "
    "'## Linear Regression Model'"
)
CHRISSAIA_LOG = (
    CHRISSAIA + "/blob/99873658eed57febd9f64abb61de0d55630f35a6/lesson_files/"
    "lesson_03_logistic_regression.ipynb (notebook after Stanford CS229"
)
CHRISSAIA_GLM = (
    CHRISSAIA + " (stored page of the notebook '# Lesson 06: Generalized Linear Models (GLMs)', "
    "'## Implementation: Poisson regression (gradient ascent on log-likelihood)'"
)
EX3_PY = (
    "public code index file 8501575199 (Python port of Coursera ML ex3, lrCostFunction; the index does not name "
    "its repository"
)
DLAI_WXB = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Derivation of Linear Regression Cost Function "
    "wx+b', Course Q&A, Machine Learning Specialization Week 1, gkouro's question of July 22, 2022 and the replies"
)
STUDY_GROUP = (
    NEMOTRON + " (stored copy of a Stanford ML class study-group discussion 'Understanding the Cost Function in "
    "Linear Regression', why 1/2m"
)
SO_COMPUTECOST = (
    NEMOTRON + " (stored copy of the Stack Overflow question 'Cost Function in Linear Regression' (computeCost with "
    "theta hardcoded) and its answer"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _sum_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _half_mean_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _loglik_sum_wx_b(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_sum_w_b_l2(d):
    return -float(np.sum(_ll(sig(d.X @ d.w + d.b), d.y))) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_mean_w_b_l2(d):
    return _logistic_mean_w_b(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_mean_theta_l2_skip_first(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _half_mean_sq_w_b_l2(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _ridge_sse_beta(d):
    r = d.X @ d.beta - d.y
    return float(r @ r) + d.lam * float(d.beta @ d.beta)


def _mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _poisson_mean_loglik_eps_theta(d):
    mu = np.exp(d.X @ d.theta)
    return float(np.mean(d.y * np.log(mu + 1e-9) - mu))


# ------------------------------------------------------------------ texts the items share
_WZ_LIN_J = r"J(w,b) = \sum[((wx+b)-y)^2]"
_WZ_LOG_J = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_WZ_WHY = (
    "the forum's one-feature model wx + b: x is Data.x, w the scalar slope, b the intercept; the sum runs over the "
    "examples"
)
_MLS_J = (
    r"J(\mathbf{w},b) = \frac{1}{m} \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} "
    r"\right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) "
    r"\right) \right]"
)
_MLS_LETS = (
    r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)",
    r"g(z) = \frac{1}{1+e^{-z}}",
)
_SCHIR_LOOP = (
    "for i in range(m):\n"
    "    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
    "    err_i  = f_wb_i  - y[i]                       # scalar\n"
    "    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n"
    "    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m                                    # (n,)\n"
    "dj_db = dj_db/m                                    # scalar"
)
_GIST_J = (
    "J = (1. / m) * (\n"
    "                -np.transpose(y).dot(np.log(sigmoid(X.dot(theta)))) - transpose(1 - y).dot(log(1 - "
    "sigmoid(X.dot(theta)))))"
)
_GIST_WHY = (
    "X the design matrix (ex2's data with a column of ones), theta reshaped to a column, y the 0/1 labels: the mean "
    "cross-entropy; transpose/log are numpy's (the file mixes np. and bare names)"
)
_RLS_LOSS = (
    "-np.sum(y * np.log(self.sigmoid(X.dot(w) + b)) +\n"
    "                       (1 - y) * np.log(1 - self.sigmoid(X.dot(w) + b))) + reg"
)
_RLS_LETS = ("reg = (self.lambda_ / (2 * m)) * np.sum(w ** 2)", "m = X.shape[0]")
_RLS_WHY = (
    "X (m × n, Data.X), w the weights, b the bias, self.lambda_ is λ: the SUMMED cross-entropy plus λ/(2m)‖w‖² "
    "(the penalty has the 1/m, the data term does not)"
)
_RLM_COST = "cost + reg_cost"
_RLM_LETS = (
    "cost = -np.mean(y * np.log(f_wb) + (1 - y) * np.log(1 - f_wb))",
    "reg_cost = (lambda_ / (2 * m)) * np.sum(w ** 2)",
    "f_wb = sigmoid(np.dot(X, w) + b)",
    "m = len(y)",
)
_RLM_WHY = (
    "the source clips f_wb to [1e-10, 1 − 1e-10] in a line between (f_wb = np.clip(f_wb, 1e-10, 1 - 1e-10)), left "
    "out: the mean cross-entropy in w and b plus λ/(2m)‖w‖² (b unpenalised)"
)
_ZH_SAFE = "np.sum(cost) / m"
_ZH_SAFE_LETS = (
    "cost = -(y * z) + log_1pexp(z)",
    "z = X @ w + b",
    "log_1pexp(x) = np.log(1 + np.exp(x))",
    "m = X.shape[0]",
)
_ZH_SAFE_WHY = (
    "compute_cost_matrix's safe logistic branch (comment: 计算每个样本的成本：-y·z + log(1+exp(z))); log_1pexp is "
    "given by its body out[i] = np.log(1 + np.exp(x[i])) (for x ≤ 20; larger x returns x itself), written here as a "
    "definition: −yz + log(1 + e^z) is the cross-entropy of σ(z), so the mean cross-entropy in w and b"
)
_ZH_LIN = "cost + reg_cost"
_ZH_LIN_LETS = (
    "cost = (1/(2*m)) * np.sum((f - y) **2)",
    "f = X @ w + b",
    "reg_cost = (lambda_ / (2 * m)) * np.sum(w** 2)",
    "m = X.shape[0]",
)
_ZH_LIN_WHY = (
    "compute_cost_matrix with logistic=False (comment: 计算均方误差成本：(1/(2m))·Σ(f - y)²) plus the L2 term: "
    "1/(2m)Σ(Xw + b − y)² + λ/(2m)‖w‖²"
)
_RIDGE_MSE_ALPHA = r"\frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \alpha \sum_{j} w_j^2"
_RIDGE_MSE_ALPHA_LETS = (r"\hat{y}_i = w \cdot x_i + b",)
_STEP_LOSS = "mse + reg_term"
_STEP_LETS = (
    "mse = np.mean((y_true - y_pred) ** 2)",
    "reg_term = self.alpha * np.sum(self.weights ** 2)",
    "y_pred = X.dot(self.weights) + self.bias",
    "y_true = y",
)
_STEP_WHY = (
    "loss(y, y_pred) with regularization='l2': the mean squared error plus α‖w‖² (no 1/m on the penalty); X the "
    "design matrix, self.weights w, self.bias b"
)
_RR_COST = r"\frac{1}{n} \left[ \sum_{i=1}^{n} (y_i - \hat{y}_i)^2 + \alpha \sum_{j} w_j^2 \right]"
_RR_LETS = (r"\hat{y}_i = w \cdot x_i + b",)
_RR_WHY = (
    "the file gives no loss; graded against the cost its dW is the gradient of, (1/n)[Σ(y − ŷ)² + α‖w‖²] with "
    "ŷ = Xw + b (predict: np.dot(X, self.weights) + self.bias)"
)
_CR_COST = r"C_{\text{ridge}}(\beta) = ||X\beta -\mathbf{y}||^2 + \lambda ||\beta||^2"
_CR_WHY = "X the design matrix (Data.X), β the coefficients: the residual sum of squares plus λ‖β‖² (β₀ penalised too)"
_CHR_LIN_J = r"J(\theta) = \frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
_CHR_LIN_LETS = (r"h_\theta(x) = \theta^T x",)
_CHR_LOG_LOSS = "-np.mean(y*np.log(h)+(1-y)*np.log(1-h))"
_CHR_LOG_LETS = ("h = sigmoid(Xb @ theta)",)
_CHR_LOG_WHY = (
    "log_loss: Xb the design matrix with its bias column (Data.X), theta the weights; the line h = np.clip(h,1e-9,"
    "1-1e-9) between is left out: the mean cross-entropy"
)
_CHR_GLM_LL = "np.mean(y * np.log(mu + 1e-9) - mu)"
_CHR_GLM_LETS = ("mu = np.exp(X @ theta)",)
_CHR_GLM_WHY = (
    "poisson_loglik: X with its column of ones (Data.X), theta the coefficients: the MEAN Poisson log-likelihood "
    "(log y! dropped) with a 1e-9 guard inside the log, maximised by gradient ascent"
)
_EX3_J = (
    "J = (1 / m) * (-np.log(h).T @ y - np.log(1 - h).T @ (1 - y)) + \\\n"
    "        (lambda_ / (2 * m)) * np.sum(temp ** 2)"
)
_EX3_LETS = ("h = sigmoid(X @ theta)", "temp = theta", "temp[0] = 0", "m = y.size")
_EX3_WHY = (
    "lrCostFunction: X with the intercept column, theta the parameters; temp is theta with its first entry zeroed, "
    "so the penalty is λ/(2m)Σ_{j≥1}θ_j² (θ's first component, Data.theta[0], unpenalised); the mean cross-entropy "
    "plus that"
)
_WXB_J = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)^2"
_WXB_LETS = (r"h_w(x^{(i)}) = wx^{(i)} + b",)
_WXB_WHY = "the one-feature model wx + b of Week 1: x⁽ⁱ⁾ is Data.x, w the scalar slope, b the intercept"


COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f56-dlai-wieczorek-linear-J-sum-no-mean",
        source=DLAI_W3 + ", 'For the linear cost function')",
        text=_WZ_LIN_J,
        intended=_sum_sq_wx_b,
        wrt=("w", "b"),
        why=_WZ_WHY + ": Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², no 1/m",
    ),
    Cost(
        id="f56-dlai-wieczorek-logistic-J-minus-dropped",
        source=DLAI_W3 + ", 'J for logistic regression is')",
        text=_WZ_LOG_J,
        intended=_loglik_sum_wx_b,
        wrt=("w", "b"),
        why=_WZ_WHY + "; as written there is no leading minus (and no 1/m): the summed log-likelihood "
        "Σ[y log σ(wx + b) + (1 − y) log(1 − σ(wx + b))], not the cross-entropy the course minimises",
    ),
    Cost(
        id="f56-dlai-wxb-J-half-mean",
        source=DLAI_WXB + ", 'The cost function for linear regression is typically given by')",
        text=_WXB_J,
        intended=_half_mean_sq_wx_b,
        wrt=("w", "b"),
        lets=_WXB_LETS,
        why=_WXB_WHY,
    ),
    Cost(
        id="f56-so-computecost-vectorised-answer",
        source=SO_COMPUTECOST + ", the answer's 'you can vectorize h in your code')",
        text="H = (theta' * X')';\nS = sum((H - y) .^ 2);\nJ = S / (2 * m);",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why="Octave: (theta' * X')' is Xθ (X m × (n+1) with its column of ones, Data.X); .^ squares elementwise: "
        "1/(2m)Σ(Xθ − y)²",
    ),
    # ============================================================ code
    Cost(
        id="f56-gist-ex2-compute-cost-transpose-dot",
        source=GIST_PY + ", def compute_cost)",
        text=_GIST_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why=_GIST_WHY,
    ),
    Cost(
        id="f56-reglog-loss-sum-plus-lambda-over-2m",
        source=REG_LOG_SUM + ", def loss)",
        text=_RLS_LOSS,
        intended=_logistic_sum_w_b_l2,
        wrt=("w_j", "b"),
        lets=_RLS_LETS,
        why=_RLS_WHY,
    ),
    Cost(
        id="f56-reglog-compute-cost-mean-plus-reg",
        source=REG_LOG_MEAN + ", def compute_cost)",
        text=_RLM_COST,
        intended=_logistic_mean_w_b_l2,
        wrt=("w_j", "b"),
        lets=_RLM_LETS,
        why=_RLM_WHY,
    ),
    Cost(
        id="f56-zh-utils-safe-logistic-log1pexp",
        source=ZH_UTILS + ", def compute_cost_matrix, '# 使用数值稳定的方式计算，避免指数溢出')",
        text=_ZH_SAFE,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_ZH_SAFE_LETS,
        why=_ZH_SAFE_WHY,
    ),
    Cost(
        id="f56-zh-utils-linear-plus-reg-cost",
        source=ZH_UTILS + ", def compute_cost_matrix, '# 线性回归的成本计算（均方误差）' and '# 总成本')",
        text=_ZH_LIN,
        intended=_half_mean_sq_w_b_l2,
        wrt=("w_j", "b"),
        lets=_ZH_LIN_LETS,
        why=_ZH_LIN_WHY,
    ),
    Cost(
        id="f56-ex3-lrcostfunction-temp-zeroed",
        source=EX3_PY + ", def lrCostFunction, '# ====================== YOUR CODE HERE')",
        text=_EX3_J,
        intended=_logistic_mean_theta_l2_skip_first,
        wrt=("theta_j",),
        lets=_EX3_LETS,
        why=_EX3_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f56-compphys-C-ridge-norms",
        source=COMPPHYS_RIDGE + ", the loss function)",
        text=_CR_COST,
        intended=_ridge_sse_beta,
        wrt=("beta_j",),
        why=_CR_WHY,
    ),
    Cost(
        id="f56-cs229-notebook-J-mse-one-over-m",
        source=CHRISSAIA_LIN + ", '### Objective (MSE)')",
        text=_CHR_LIN_J,
        intended=_mse_theta,
        wrt=("theta_j",),
        lets=_CHR_LIN_LETS,
        why="x⁽ⁱ⁾ a row of the design matrix (Data.X): the mean of the squared residuals, 1/m (no ½)",
    ),
    Cost(
        id="f56-cs229-notebook-J-cross-entropy-no-brackets",
        source=CHRISSAIA_LOG + ", '## Logistic Regression Loss (Negative Log-Likelihood)')",
        text=r"J(θ) = -\frac{1}{m} \sum y\log(h) + (1-y)\log(1-h)",
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_CHR_LOG_LETS,
        why="the sum's summand is not bracketed, but the heading (negative log-likelihood), the phrase 'the "
        "cross-entropy loss' and log_loss below (-np.mean(y*np.log(h)+(1-y)*np.log(1-h))) all say the sum covers "
        "both terms: the mean cross-entropy; h = σ(Xθ) as log_loss defines it",
    ),
    Cost(
        id="f56-cs229-notebook-poisson-loglik-mean-eps",
        source=CHRISSAIA_GLM + ", def poisson_loglik)",
        text=_CHR_GLM_LL,
        intended=_poisson_mean_loglik_eps_theta,
        wrt=("theta_j",),
        lets=_CHR_GLM_LETS,
        why=_CHR_GLM_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Q&A, right and wrong
    Answer(
        id="f56-dlai-wieczorek-Jprime-sum-dropped",
        source=DLAI_W3 + ", 'I understand that')",
        text=r"J' = 2((wx+b)-y)x",
        cost=_WZ_LIN_J,
        verdict="different",
        wrt="w",
        why=_WZ_WHY + "; J sums over the examples but J' is the derivative of one term: the Σ is lost "
        "(∂J/∂w = 2Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾)",
    ),
    Answer(
        id="f56-dlai-wieczorek-dJdw-vs-J-without-minus",
        source=DLAI_W3 + ", 'it is stated in Week 3, Video 1 that')",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_WZ_LOG_J,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why=_WZ_WHY + "; the asker's J has no leading minus, so its derivative is Σ(y − f(x))x: the quoted "
        "Σ(f(x) − y)x is its negative (it is the gradient of −J, the course's cross-entropy without 1/m)",
    ),
    Answer(
        id="f56-dlai-schirmacher-lab-dj-dw-loop",
        source=DLAI_SIMPLIFIED + ", the C1_W3_Lab06_Gradient_Descent_Soln code quoted)",
        text=_SCHIR_LOOP,
        cost=_MLS_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MLS_LETS,
        why="the thread quotes only the code; graded against the lab's J(w, b) (compute_cost_logistic, the mean "
        "cross-entropy of g(w·x + b)); X[i] is example i (a row of Data.X): dj_dw[j] = (1/m)Σ(f − y)X[i, j]",
    ),
    Answer(
        id="f56-dlai-wxb-partial-w",
        source=DLAI_WXB + ", '1. Partial Derivative with respect to w')",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right) "
        r"x^{(i)}",
        cost=_WXB_J,
        verdict="equivalent",
        wrt="w",
        lets=_WXB_LETS,
        why=_WXB_WHY,
    ),
    Answer(
        id="f56-dlai-wxb-partial-b",
        source=DLAI_WXB + ", '2. Partial Derivative with respect to b')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)",
        cost=_WXB_J,
        verdict="equivalent",
        wrt="b",
        lets=_WXB_LETS,
        why=_WXB_WHY,
    ),
    Answer(
        id="f56-study-group-partial-theta-j",
        source=STUDY_GROUP + ", '2. Mathematical Convenience')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} ((h_\theta(x^{(i)}) - "
        r"y^{(i)}) \cdot x_j^{(i)})",
        cost="linear",
        verdict="equivalent",
        why="the thread's J(θ) = 1/(2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)², the linear preset",
    ),
    # ============================================================ code, right and wrong
    Answer(
        id="f56-gist-ex2-compute-cost-grad-line",
        source=GIST_PY + ", def compute_cost, grad =)",
        text="grad = np.transpose((1. / m) * np.transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        why=_GIST_WHY + "; ((σ(Xθ) − y)ᵀX)ᵀ/m = Xᵀ(σ(Xθ) − y)/m",
    ),
    Answer(
        id="f56-gist-ex2-compute-grad-times-minus-one",
        source=GIST_PY + ", def compute_grad)",
        text="grad[i] = (1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        wrt="theta_j",
        lets=("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))"),
        why=_GIST_WHY + "; i runs over the parameters (for i in range(l), l = grad.size), so sumdelta = "
        "Σ(h − y)x_i and the stray '* -1' returns −(1/m)Σ(h − y)x_i, the negative of the gradient",
    ),
    Answer(
        id="f56-reglog-gradient-dw-mean-vs-summed-loss",
        source=REG_LOG_SUM + ", def gradient, dw =)",
        text="dw = 1 / m * X.T.dot(err) + (self.lambda_ / m) * w",
        cost=_RLS_LOSS,
        verdict="different",
        wrt="w_j",
        lets=("err = f_w - y", "f_w = self.sigmoid(X.dot(w) + b)", *_RLS_LETS),
        why=_RLS_WHY + "; the loss sums the cross-entropy, so its data term's gradient is Xᵀ(σ − y), not "
        "(1/m)Xᵀ(σ − y)",
    ),
    Answer(
        id="f56-reglog-gradient-db-mean-vs-summed-loss",
        source=REG_LOG_SUM + ", def gradient, db =)",
        text="db = 1 / m * np.sum(err)",
        cost=_RLS_LOSS,
        verdict="different",
        wrt="b",
        lets=("err = f_w - y", "f_w = self.sigmoid(X.dot(w) + b)", *_RLS_LETS),
        why=_RLS_WHY + "; ∂loss/∂b = Σ(σ − y), the code divides by m",
    ),
    Answer(
        id="f56-reglog-compute-gradient-dj-dw",
        source=REG_LOG_MEAN + ", def compute_gradient, dj_dw =)",
        text="dj_dw = (np.dot(X.T, err) / m) + (lambda_ / m) * w",
        cost=_RLM_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("err = sigmoid(np.dot(X, w) + b) - y", *_RLM_LETS),
        why=_RLM_WHY,
    ),
    Answer(
        id="f56-reglog-compute-gradient-dj-db",
        source=REG_LOG_MEAN + ", def compute_gradient, dj_db =)",
        text="dj_db = np.mean(err)",
        cost=_RLM_COST,
        verdict="equivalent",
        wrt="b",
        lets=("err = sigmoid(np.dot(X, w) + b) - y", *_RLM_LETS),
        why=_RLM_WHY,
    ),
    Answer(
        id="f56-zh-utils-dj-dw-linear-plus-reg",
        source=ZH_UTILS + ", def compute_gradient_matrix, '# 计算权重w的梯度' to '# 正则化梯度')",
        text="dj_dw = (1/m) * (X.T @ err)\n\n# 计算偏置b的梯度：dj_db = (1/m)·Σ(err)，为标量\n"
        "dj_db = (1/m) * np.sum(err)\n\n# 添加L2正则化项对权重梯度的影响（偏置b不参与正则化）\n"
        "# 正则化梯度：(lambda_/m)·w，形状为(n,1)\ndj_dw += (lambda_ / m) * w",
        cost=_ZH_LIN,
        verdict="equivalent",
        wrt="w_j",
        lets=("err = f_wb - y", "f_wb = X @ w + b", *_ZH_LIN_LETS),
        why="with logistic=False the source's f_wb = sigmoid(X @ w + b) if logistic else X @ w + b is X @ w + b; "
        + _ZH_LIN_WHY,
    ),
    Answer(
        id="f56-zh-utils-dj-db-logistic",
        source=ZH_UTILS + ", def compute_gradient_matrix, dj_db =)",
        text="dj_db = (1/m) * np.sum(err)",
        cost=_ZH_SAFE,
        verdict="equivalent",
        wrt="b",
        lets=("err = f_wb - y", "f_wb = sigmoid(X @ w + b)", *_ZH_SAFE_LETS),
        why="with logistic=True the source's f_wb = sigmoid(X @ w + b) if logistic else X @ w + b is "
        "sigmoid(X @ w + b); graded against the safe logistic cost of the same file: " + _ZH_SAFE_WHY,
    ),
    Answer(
        id="f56-ridge-gd-classes-dw-data-term-2-dropped",
        source=RIDGE_GD_CLASSES + ", dw =)",
        text="dw = (1 / n_samples) * X.T @ error + (2 * self.alpha * self.weights)",
        cost=_RIDGE_MSE_ALPHA,
        verdict="different",
        wrt="w_j",
        lets=("error = y_pred - y", "y_pred = X @ self.weights + self.bias", *_RIDGE_MSE_ALPHA_LETS),
        why="the class's own cost line, mean_squared_error(y, y_pred) + self.alpha * np.sum(self.weights ** 2), "
        "written out (mean_squared_error the mean of the squared residuals): its gradient is (2/n)Xᵀ(ŷ − y) + 2αw; "
        "dw keeps the penalty's 2 but drops the data term's",
    ),
    Answer(
        id="f56-ridge-step-l2-dw",
        source=RIDGE_STEP + ", def step)",
        text="dw = -(2 / m) * X.T.dot(y - y_pred)\ndb = -(2 / m) * np.sum(y - y_pred)\n\n"
        "# Apply regularization if needed\nif self.regularization == 'l2':\n    dw += (2 * self.alpha * self.weights)",
        cost=_STEP_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=_STEP_LETS,
        why=_STEP_WHY + "; with regularization='l2' dw = (2/m)Xᵀ(ŷ − y) + 2αw",
    ),
    Answer(
        id="f56-ridge-step-l2-db",
        source=RIDGE_STEP + ", def step, db =)",
        text="db = -(2 / m) * np.sum(y - y_pred)",
        cost=_STEP_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_STEP_LETS,
        why=_STEP_WHY,
    ),
    Answer(
        id="f56-ridge-rr-main-dW",
        source=RIDGE_RR_MAIN + ", def fit, dW =)",
        text="dW = (-(2 * np.dot(X.T, (y - y_pred))) + (2 * self.alpha * self.weights)) / n_samples",
        cost=_RR_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("y_pred = np.dot(X, self.weights) + self.bias", *_RR_LETS),
        why=_RR_WHY,
    ),
    Answer(
        id="f56-ridge-rr-main-db-sign-flipped",
        source=RIDGE_RR_MAIN + ", def fit, db =)",
        text="db = -2 * np.sum(y_pred - y) / n_samples",
        cost=_RR_COST,
        verdict="different",
        wrt="b",
        lets=("y_pred = np.dot(X, self.weights) + self.bias", *_RR_LETS),
        why=_RR_WHY + "; ∂/∂b = (2/n)Σ(ŷ − y), the line's −2Σ(ŷ − y)/n keeps dW's leading minus but turns the "
        "difference round as well: the negative of the gradient",
    ),
    Answer(
        id="f56-ex3-lrcostfunction-grad-temp",
        source=EX3_PY + ", def lrCostFunction, grad =)",
        text="grad = (1 / m) * (X.T @ (h - y)) + (lambda_ / m) * temp",
        cost=_EX3_J,
        verdict="equivalent",
        lets=_EX3_LETS,
        why=_EX3_WHY,
    ),
    # ============================================================ notes
    Answer(
        id="f56-compphys-grad-C-ridge-matrix-form",
        source=COMPPHYS_RIDGE + ", 'we only have adjust the gradient as follows', the last member)",
        text=r"\nabla_\beta C_{\text{ridge}}(\beta) = 2 (X^T(X\beta - \mathbf{y})+\lambda \beta)",
        cost=_CR_COST,
        verdict="equivalent",
        wrt="beta_j",
        why=_CR_WHY + "; the slide's middle member (the same gradient written out for the 100 points of a line "
        "β₀ + β₁x) is left out",
    ),
    Answer(
        id="f56-cs229-notebook-grad-mse-two-over-m",
        source=CHRISSAIA_LIN + ", '### Gradient')",
        text=r"\nabla_\theta J(\theta) = \frac{2}{m} X^T (X\theta - y)",
        cost=_CHR_LIN_J,
        verdict="equivalent",
        lets=_CHR_LIN_LETS,
        why="X the design matrix (Data.X): the gradient of the mean of the squared residuals",
    ),
    Answer(
        id="f56-cs229-notebook-log-grad",
        source=CHRISSAIA_LOG + ", def log_grad)",
        text="Xb.T @ (sigmoid(Xb @ theta) - y) / len(y)",
        cost=_CHR_LOG_LOSS,
        verdict="equivalent",
        lets=_CHR_LOG_LETS,
        why=_CHR_LOG_WHY,
    ),
    Answer(
        id="f56-cs229-notebook-poisson-ascent-grad",
        source=CHRISSAIA_GLM + ", def poisson_gd, grad =)",
        text="grad = X.T @ (y - mu) / len(y)",
        cost=_CHR_GLM_LL,
        verdict="equivalent",
        lets=_CHR_GLM_LETS,
        why=_CHR_GLM_WHY + "; the gradient of the mean log-likelihood (the 1e-9 guard changes it by a relative "
        "1e-9/μ, nothing a grader counts)",
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f56-variant-gist-grad-y-minus-h",
        source=GIST_PY + ", def compute_cost, grad = — variant)",
        text="grad = np.transpose((1. / m) * np.transpose(y - sigmoid(X.dot(theta))).dot(X))",
        cost=_GIST_J,
        verdict="different",
        why="variant: y − σ(Xθ) for σ(Xθ) − y, the negative of the gradient; " + _GIST_WHY,
    ),
    Answer(
        id="f56-variant-compphys-lambda-outside-the-2",
        source=COMPPHYS_RIDGE + " — variant)",
        text=r"\nabla_\beta C_{\text{ridge}}(\beta) = 2 X^T(X\beta - \mathbf{y})+\lambda \beta",
        cost=_CR_COST,
        verdict="different",
        wrt="beta_j",
        why="variant: the penalty's gradient is 2λβ, the bracket moved so only the data term is doubled; " + _CR_WHY,
    ),
    Answer(
        id="f56-variant-cs229-notebook-grad-one-over-m",
        source=CHRISSAIA_LIN + ", '### Gradient' — variant)",
        text=r"\nabla_\theta J(\theta) = \frac{1}{m} X^T (X\theta - y)",
        cost=_CHR_LIN_J,
        verdict="different",
        lets=_CHR_LIN_LETS,
        why="variant: J has 1/m and no ½, so the gradient is (2/m)Xᵀ(Xθ − y), twice this",
    ),
    Answer(
        id="f56-variant-cs229-notebook-poisson-mu-minus-y",
        source=CHRISSAIA_GLM + ", def poisson_gd — variant)",
        text="grad = X.T @ (mu - y) / len(y)",
        cost=_CHR_GLM_LL,
        verdict="different",
        lets=_CHR_GLM_LETS,
        why="variant: μ − y is the gradient of the negative log-likelihood; the cost here is the log-likelihood "
        "itself. " + _CHR_GLM_WHY,
    ),
    Answer(
        id="f56-variant-reglog-dj-dw-lambda-over-2m",
        source=REG_LOG_MEAN + ", def compute_gradient — variant)",
        text="dj_dw = (np.dot(X.T, err) / m) + (lambda_ / (2 * m)) * w",
        cost=_RLM_COST,
        verdict="different",
        wrt="w_j",
        lets=("err = sigmoid(np.dot(X, w) + b) - y", *_RLM_LETS),
        why="variant: the penalty λ/(2m)‖w‖² has gradient (λ/m)w, the ½ kept; " + _RLM_WHY,
    ),
    Answer(
        id="f56-variant-dlai-wxb-partial-w-two-over-m",
        source=DLAI_WXB + " — variant)",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right) "
        r"x^{(i)}",
        cost=_WXB_J,
        verdict="different",
        wrt="w",
        lets=_WXB_LETS,
        why="variant: J has 1/(2m), the 2 of the square cancels the ½; " + _WXB_WHY,
    ),
    Answer(
        id="f56-variant-study-group-x-j-dropped",
        source=STUDY_GROUP + " — variant)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - "
        r"y^{(i)})",
        cost="linear",
        verdict="different",
        why="variant: the chain rule's factor x_j⁽ⁱ⁾ is dropped (right only for an intercept θ₀ with x₀ = 1); the "
        "thread's J(θ) = 1/(2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²",
    ),
    Answer(
        id="f56-variant-ex3-grad-penalty-m-dropped",
        source=EX3_PY + ", def lrCostFunction — variant)",
        text="grad = (1 / m) * (X.T @ (h - y)) + lambda_ * temp",
        cost=_EX3_J,
        verdict="different",
        lets=_EX3_LETS,
        why="variant: the penalty's 1/m dropped, λθ_j for (λ/m)θ_j; " + _EX3_WHY,
    ),
]

r"""A fresh held-out wave (f54): the mainstream a student lands on first — the DeepLearning.AI course forums (Andrew
Ng's Machine Learning and Deep Learning Specializations), their lab notebooks and students' copies of them, Ng's
Coursera exercises in Octave, well-known repositories and tutorials, course notes and wikis, in English and Chinese.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses (checked against
/tmp/p/used_sources.txt):

* Q&A: the DeepLearning.AI forum threads 'Week 3: Derivations of J(w,b) for Sigmoid Function' (a stored copy: the
  question's logistic J without its minus, its linear J and J′ with no Σ, and dJ/dw = Σ[(f(x)−y)x]), 'Course 1 week
  2 exercise 5 propagate' (dw = (1/m) X·(A − Y)ᵀ), 'W3E3 question solution unclear' (∂J/∂w_j, equation (3)),
  'Linear Regression: Compute Gradient' (a stored copy: ∂J/∂b, ∂J/∂w), 'Sigmoid's Gradient Derivation' (a stored
  copy: the lab's dj_dw loop) and 'Week_3_lab_09: Vectorized Implementation of Cost Function and Regularization
  Term' (a stored copy: the asker's J with the penalty *subtracted*);
* notes: afetmin.github.io's Chinese notes on the Deep Learning Specialization ('在 m 个样本上执行梯度下降'); a
  hackmd.io note on Ng's Coursera course (J(Θ) of θ₀ + θ₁x); a GitHub wiki 'ML Logistics' (ℓ(β), ∂ℓ/∂β and
  Xᵀ(y − σ)); deepakrb.com's linear-regression notes (a Cost(h, y) whose minus is lost — refused); jemoka.com's
  'nonlinear linear regression' note (½Σ(h − y)² set equal to (Xθ − y)ᵀ(Xθ − y) — refused); a stored copy of the
  blog post 'Poisson Distribution --> Regression' (the PRM likelihood as a product); compphysics (UiO/MSU
  FYS-STK4155) week 37's ridge gradient-descent example;
* code: TheAlgorithms/Python's logistic_regression.py; SalmanAhmad-24/Machine-Learning-Course's Regularization
  notebook (Ng's regularized-cost and gradient labs, loops); kbrars/Coursera's copy of the cost lab (the code
  divides by m where its own equation (1) has 2m); Jamie33/learngit's copy of the regularized-cost lab (λ/2 on the
  penalty); Swanchris/c_swan_research's Poisson notebook (f_poisson); leihao0.github.io's Octave solutions of Ng's
  ex2 and ex5 (costFunctionReg, linearRegCostFunction); a stored copy of the article 'Logistic Regression from
  Scratch' (propagate: cost, dw, db); a CSDN post (Chinese) on Ng's vectorised logistic regression (dw with an
  element-wise *).

Names follow the sources: X (or a) is the design matrix Data.X except where the Deep Learning Specialization's
convention makes it features × examples (Data.X.T, said in ``why``); w (weights, T) is the weight vector Data.w, b
the intercept Data.b; in the one-feature models of the forum threads, the hackmd note and kbrars' lab x is Data.x and
w the scalar slope Data.w[0] (θ₀, θ₁ are Data.theta0, Data.theta1); theta and beta are Data.theta and Data.beta,
and Octave's theta(1) is theta[0]. Where a source gives no cost for an answer, ``why`` says which cost it is graded
against. About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of real
answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DLAI_DERIV = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Week 3: Derivations of J(w,b) for Sigmoid "
    "Function', Course Q&A, Machine Learning Specialization, Bernhard Wieczorek's question of May 30, 2023"
)
DLS_PROPAGATE = (
    "https://community.deeplearning.ai/t/course-1-week-2-exercise-5-propagate/119220 (DeepLearning.AI forum, "
    "the mentor's reply 'Here's the math formula that you need to write the code for:'"
)
W3E3 = (
    "https://community.deeplearning.ai/t/w3e3-question-solution-unclear/142701 (DeepLearning.AI forum, Elemento's "
    "answer, 'the below equation for calculating the gradient for a single weight'"
)
DHIVYA = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Linear Regression: Compute Gradient', Machine "
    "Learning Specialization week 2, AbdElRhaman_Fakhry's reply of July 1, 2023"
)
SIGGRAD = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Sigmoid's Gradient Derivation', Machine "
    "Learning Specialization week 3, WhyNotPyTorch's snippet of September 28, 2022"
)
ESLAM = (
    NEMOTRON + " (stored copy of the DeepLearning.AI forum thread 'Week_3_lab_09: Vectorized Implementation of "
    "Cost Function and Regularization Term', eslam_shaheen's question of July 17, 2022"
)
AFETMIN = (
    "https://afetmin.github.io/blog/13%20%E5%9C%A8%20m%20%E4%B8%AA%E6%A0%B7%E6%9C%AC%E4%B8%8A%E6%89%A7%E8%A1%8C%E6"
    "%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D%EF%BC%88Gradient%20Descent%20on%20m%20Examples%EF%BC%89 (Chinese notes "
    "'13 在 m 个样本上执行梯度下降(Gradient Descent on m Examples)'"
)
HACKMD = "https://hackmd.io/@machine-learning/HJsGZfx88 (notes on Ng's Coursera course, 'Regression Problem'"
LYDIA = (
    "https://github-wiki-see.page/m/lydia-hsu-1111/prep/wiki/ML-Logistics (GitHub wiki page 'ML Logistics' of "
    "lydia-hsu-1111/prep"
)
DEEPAKRB = "https://www.deepakrb.com/notes/statistics/linear-regression/ (notes 'Linear Regression', 'Cost Function'"
JEMOKA = "https://www.jemoka.com/posts/kbhnonlinear_linear_regression (note 'nonlinear linear regression'"
PRM = NEMOTRON + " (stored copy of the blog post 'Poisson Distribution --> Regression' (a dissertation's PRM)"
COMPPHYS = (
    "https://compphysics.github.io/MachineLearning/doc/pub/week37/html/._week37-bs012.html (UiO/MSU FYS-STK4155 "
    "lecture notes, week 37, 'Program example for gradient descent with Ridge Regression'"
)
ALGOS = (
    "https://github.com/TheAlgorithms/Python/blob/01d58a12dc767535e98451e1b565dde001315101/machine_learning/"
    "logistic_regression.py (TheAlgorithms/Python"
)
SALMAN = (
    "https://github.com/SalmanAhmad-24/Machine-Learning-Course/blob/60c9edd286ba6b1e21b48219da203637d9f40f04/"
    "Regularization.ipynb (Jupyter notebook, Ng's regularization lab functions"
)
KBRARS = "https://github.com/kbrars/Coursera (Jupyter notebook 'Optional  Lab: Cost Function', In [6], compute_cost"
JAMIE = (
    "https://github.com/Jamie33/learngit (Jupyter notebook 'Ungraded Lab - Regularized Cost', 'Cost function for "
    "regularized logistic regression'"
)
SWAN = (
    "https://github.com/Swanchris/c_swan_research/blob/384ebabb40a9df9f58c827f4e5155c466834ee1e/"
    "Poisson_regression.ipynb (Jupyter notebook 'Poisson Regression', def f_poisson"
)
LEIHAO_EX2 = "http://leihao0.github.io/Logistic-Regression (Octave solutions of Ng's ex2, 'Logistic Regression'"
LEIHAO_EX5 = (
    "https://leihao0.github.io/cn/Advice-for-Applying-Machine-Learning (Octave solutions of Ng's ex5, 'Advice for "
    "Applying Machine Learning'"
)
SCRATCH = (
    NEMOTRON + " (stored copy of the article 'Logistic Regression from Scratch' ('In this article, I will show you "
    "how to write the logistic regression algorithm from scratch'), def propagate"
)
CSDN_VEC = (
    "https://blog.csdn.net/m0_52935007/article/details/110563154 (CSDN post, Chinese, on Ng's course, "
    "'2、m个样本的梯度下降(向量化)'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _loglik_sum_wx_b(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _sq_sum_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _sq_mean_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_mean_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_theta01(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _loglik_sum_beta(d):
    return float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _ridge_half_mean_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _ridge_minus_half_mean_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) - d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_ridge_mean_w_b(d):
    return _logistic_mean_w_b(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_half_lam_w_b(d):
    return _logistic_mean_w_b(d) + d.lam / 2 * float(d.w @ d.w)


def _ridge_octave_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _logistic_octave_reg_theta(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _ridge_mean_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m + d.lam * float(d.theta @ d.theta)


def _poisson_nll_sum_w(d):
    u = d.X @ d.w
    return float(np.sum(np.exp(u)) - d.y @ u)


def _poisson_likelihood_product_beta(d):
    mu = np.exp(d.X @ d.beta)
    log_fact = np.array([math.lgamma(v + 1.0) for v in d.y])
    return float(np.prod(np.exp(-mu) * mu ** d.y / np.exp(log_fact)))


# ------------------------------------------------------------------ texts the items share
_DLAI_J_LOGISTIC = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_DLAI_J_LINEAR = r"J(w,b) = \sum[((wx+b)-y)^2]"
_DLAI_WHY = (
    "the course's week-1 notation: x the one feature (Data.x), w its scalar slope, b the intercept; the Σ runs over "
    "the training examples, which the question leaves unindexed"
)
_DLS_COST = (
    r"J = -\frac{1}{m}\sum_{i=1}^{m}\left(y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})\right)"
)
_DLS_COST_LETS = (r"a^{(i)} = \sigma(w^T x^{(i)} + b)",)
_DLS_WHY = (
    "the thread gives no cost; graded against the assignment's mean cross-entropy J = −(1/m)Σ[y log a + (1 − y) "
    "log(1 − a)], a = σ(wᵀx + b); in the Deep Learning Specialization X is features × examples (Data.X.T) and A, Y "
    "are 1 × m rows, so X·(A − Y)ᵀ is Σᵢ x⁽ⁱ⁾(a⁽ⁱ⁾ − y⁽ⁱ⁾)"
)
_MLS_LOGISTIC_COST = (
    r"J(\mathbf{w},b) = -\frac{1}{m} \sum_{i=0}^{m-1} \left[ y^{(i)} \log f_{\mathbf{w},b}(\mathbf{x}^{(i)}) + "
    r"(1 - y^{(i)}) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) \right]"
)
_MLS_LOGISTIC_LETS = (
    r"f_{\mathbf{w},b}(\mathbf{x}) = g(\mathbf{w} \cdot \mathbf{x} + b)",
    r"g(z) = \frac{1}{1+e^{-z}}",
)
_MLS_LOGISTIC_WHY = (
    "the thread gives no cost; graded against the week-3 assignment's mean cross-entropy with f = g(w·x + b), g the "
    "sigmoid (x⁽ⁱ⁾ a row of Data.X, w the weights, b the intercept)"
)
_MLS_LINEAR_COST = r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
_MLS_LINEAR_LETS = (r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",)
_DHIVYA_WHY = (
    "the thread gives no cost; graded against the week-2 lab's J(w,b) = 1/(2m)Σ(f_{w,b}(x⁽ⁱ⁾) − y⁽ⁱ⁾)², "
    "f = wx + b, x the one feature (Data.x), w its slope"
)
_DHIVYA_LETS = (r"f(x) = w \cdot x^{(i)} + b", *_MLS_LINEAR_LETS)
_AFETMIN_J = (
    r"J(\mathbf{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log (1 - a^{(i)}) "
    r"\right]"
)
_AFETMIN_LETS = (
    r"z^{(i)} = \mathbf{w}^\top \mathbf{x}^{(i)} + b",
    r"a^{(i)} = \sigma(z^{(i)}) = \frac{1}{1 + e^{-z^{(i)}}}",
)
_AFETMIN_GRAD_LETS = (
    r"d\mathbf{w}^{(i)} = \mathbf{x}^{(i)} dz^{(i)}",
    r"dz^{(i)} = a^{(i)} - y^{(i)}",
    *_AFETMIN_LETS,
)
_AFETMIN_WHY = "x⁽ⁱ⁾ is example i (a row of Data.X), w the weight vector, b the intercept: the mean cross-entropy"
_CSDN_LETS = ("dz=A-Y", "A=sigmoid(Z)", "z=np.dot(w.T,X)+b")
_CSDN_WHY = (
    "the post gives the cost only in its loop; graded against the mean cross-entropy it averages (J/= m); X is "
    "features × examples (Data.X.T), w a column, dz = A − Y a 1 × m row (the post writes z, then sigmoid(Z))"
)
_SCRATCH_COST = "-(1/m) * np.sum(left + right)"
_SCRATCH_LETS = (
    "left = Y * np.log(A)",
    "right = (1 - Y) * np.log(1 - A)",
    "A = sigmoid(np.dot(w.T, X) + b)",
    "m = X.shape[1]",
)
_SCRATCH_WHY = (
    "X is (number of features, number of examples) — Data.X.T — Y a 1 × m row, w a column, b the bias: "
    "A = σ(wᵀX + b) and the cost is the mean cross-entropy"
)
_ALGOS_COST = "(-y*np.log(h)-(1-y)*np.log(1-h)).mean()"
_ALGOS_LETS = ("h=sigmoid_function(z)", "z=np.dot(X,theta)", "sigmoid_function(z) = 1/(1+np.exp(-z))")
_ALGOS_WHY = "X the feature matrix (Data.X), theta the weights (no intercept): the mean cross-entropy, y.size = m"
_SALMAN_LIN_COST = (
    "m  = X.shape[0]\n    n  = len(w)\n    cost = 0.\n    for i in range(m):\n"
    "        f_wb_i = np.dot(X[i], w) + b\n"
    "        cost = cost + (f_wb_i - y[i])**2\n"
    "    cost = cost / (2 * m)\n\n    reg_cost = 0\n    for j in range(n):\n"
    "        reg_cost += (w[j]**2)\n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost\n"
    "    total_cost = cost + reg_cost\n    return total_cost"
)
_SALMAN_LOG_COST = (
    "m,n  = X.shape\n    cost = 0.\n    for i in range(m):\n"
    "        z_i = np.dot(X[i], w) + b\n"
    "        f_wb_i = sigmoid(z_i)\n"
    "        cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n\n"
    "    cost = cost/m\n\n    reg_cost = 0\n    for j in range(n):\n"
    "        reg_cost += (w[j]**2)\n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost\n\n"
    "    total_cost = cost + reg_cost\n    return total_cost"
)
_SALMAN_LETS = ("sigmoid(z) = 1 / (1 + np.exp(-z))",)
_SALMAN_WHY = "X[i] is example i (a row of Data.X), w the weights, b the unpenalised intercept, lambda_ is λ"
_SALMAN_LIN_GRAD = (
    "m,n = X.shape\n    dj_dw = np.zeros((n,))\n    dj_db = 0.\n\n    for i in range(m):"
    "\n        err = (np.dot(X[i], w) + b) - y[i]\n"
    "        for j in range(n):\n            dj_dw[j] = dj_dw[j] + err * X[i, j]"
    "\n        dj_db = dj_db + err\n"
    "    dj_dw = dj_dw / m\n    dj_db = dj_db / m\n\n"
    "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + (lambda_/m) * w[j]\n\n    return dj_db, dj_dw"
)
_SALMAN_LOG_GRAD = (
    "m,n = X.shape\n    dj_dw = np.zeros((n,))\n    dj_db = 0.0"
    "\n\n    for i in range(m):\n"
    "        f_wb_i = sigmoid(np.dot(X[i],w) + b)\n        err_i  = f_wb_i  - y[i]\n"
    "        for j in range(n):\n            dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n        dj_db = dj_db + err_i\n"
    "    dj_dw = dj_dw/m\n    dj_db = dj_db/m\n\n"
    "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + (lambda_/m) * w[j]\n\n    return dj_db, dj_dw"
)
_LEIHAO_EX2_J = "J = (-y'*log(sigmoid(X*theta)) - (1-y)'*log(1-sigmoid(X*theta)))/m"
_LEIHAO_EX2_JREG = _LEIHAO_EX2_J + " + r1"
_LEIHAO_EX2_LETS = ("r1 = sum(theta(2:end).^2)*lambda/2/m",)
_LEIHAO_EX2_GRAD_LETS = ("r2 = ones(size(theta))", "r2(1) = 0")
_LEIHAO_WHY = (
    "Octave: X the design matrix (Data.X, its first column the ones of the intercept in the exercise), theta the "
    "parameters, theta(2:end) every component but the first (theta(1), the intercept, is not penalised)"
)
_LEIHAO_EX5_J = "J = 1/(2*m)*sum( (X*theta - y).^2 ) + lambda/(2*m)*sum(theta(2:end).^2);"
_COMPPHYS_COST = r"\frac{1}{m}\sum_{i=1}^{m}(x_i^T\theta - y_i)^2 + \lambda\sum_{j=1}^{n}\theta_j^2"
_COMPPHYS_WHY = (
    "the page gives no cost; graded against the ridge cost its Hessian H = (2.0/n)*XT_X + 2*lmbda*I and its "
    "closed form inv(XT_X + n*lmbda*I) @ X.T @ y belong to, (1/n)‖Xθ − y‖² + λ‖θ‖²; n in the code is the number of "
    "data points (Data.m), X the design matrix (Data.X), lmbda is λ"
)
_LYDIA_L = (
    r"\ell(\boldsymbol{\beta}) = \sum_{i=1}^n \left[ y_i \log \sigma(\mathbf{x}_i^\top \boldsymbol{\beta}) + "
    r"(1 - y_i) \log (1 - \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})) \right]"
)
_LYDIA_LETS = (
    r"\sigma(\mathbf{x}_i^\top \boldsymbol{\beta}) = \frac{1}{1 + e^{-\mathbf{x}_i^\top \boldsymbol{\beta}}}",
)
_LYDIA_GRAD_LETS = (r"\sigma_i = \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})", *_LYDIA_LETS)
_LYDIA_WHY = (
    "n is the number of samples (Data.m; X is the n × d feature matrix, Data.X), β the parameter vector: the "
    "log-likelihood, to be maximised"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f54-dlai-forum-logistic-J-sum-no-minus",
        source=DLAI_DERIV + ", 'J for logistic regression is')",
        text=_DLAI_J_LOGISTIC,
        intended=_loglik_sum_wx_b,
        wrt=("w", "b"),
        why="as written: the summed log-likelihood Σ[y log σ(wx + b) + (1 − y) log(1 − σ(wx + b))], with neither the "
        "course's minus nor its 1/m; " + _DLAI_WHY,
    ),
    Cost(
        id="f54-dlai-forum-linear-J-sum-sq",
        source=DLAI_DERIV + ", 'For the linear cost function')",
        text=_DLAI_J_LINEAR,
        intended=_sq_sum_wx_b,
        wrt=("w", "b"),
        why="Σ((wx + b) − y)² as written (no 1/(2m)); " + _DLAI_WHY,
    ),
    Cost(
        id="f54-dlai-forum-lab09-J-penalty-subtracted",
        source=ESLAM + ", 'The equation is:')",
        text=r"J(\vec{w},b) = \frac{1}{2m} ||f_{w,b}(X) - y||^2_2 - \frac{\lambda}{2m} ||w||^2_2 = "
        r"\frac{1}{2m}(f_{w,b}(X) - y)^T(f_{w,b}(X) - y) - \frac{\lambda}{2m}w^T w",
        intended=_ridge_minus_half_mean_w_b,
        wrt=("w_j", "b"),
        lets=(r"f_{w,b}(X) = Xw + b",),
        why="as written, both sides alike: the half mean squared error *minus* λ/(2m)‖w‖² (the asker's sign slip; the "
        "lab adds the penalty); f_{w,b}(X) = Xw + b is the lab's linear model (X the design matrix, Data.X)",
    ),
    # ============================================================ notes
    Cost(
        id="f54-afetmin-dls-J-w-b-mean",
        source=AFETMIN + ", '📌 2. 成本函数(Cost Function)')",
        text=_AFETMIN_J,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_AFETMIN_LETS,
        why=_AFETMIN_WHY,
    ),
    Cost(
        id="f54-hackmd-coursera-J-Theta-theta0-theta1",
        source=HACKMD + ", '**Cost function:** (MSE: Mean Square Error)')",
        text=r"J(\Theta) = \frac{1}{2m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^{2}",
        intended=_half_mean_sq_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h(x) = \theta_0 + \theta_1 *x",),
        why="the note's hypothesis is the one-variable h(x) = θ₀ + θ₁x (x Data.x); Θ stands for (θ₀, θ₁)",
    ),
    Cost(
        id="f54-lydia-wiki-loglik-beta",
        source=LYDIA + ", 'To simplify computation, take the log of the likelihood:')",
        text=_LYDIA_L,
        intended=_loglik_sum_beta,
        wrt=("beta_j",),
        lets=_LYDIA_LETS,
        why=_LYDIA_WHY,
    ),
    Cost(
        id="f54-prm-blog-likelihood-product",
        source=PRM + ", 'The likelihood function of the PRM is')",
        text=r"L({\boldsymbol{\beta \vert y, X}}) = \prod_{i=1}^N Pr(y_i \vert \mu_i) = \prod_{i=1}^N "
        r"\frac{exp(-\mu_i) \mu_i^{y_i}}{y_i !}",
        intended=_poisson_likelihood_product_beta,
        wrt=("beta_j",),
        lets=(r"\mu_i = E(y_i \vert {\boldsymbol{x_i}}) = exp({\boldsymbol{x_i \beta}})",),
        why="the likelihood itself (a product over the N examples, not its log): Πᵢ e^{−μᵢ}μᵢ^{yᵢ}/yᵢ! with "
        "μᵢ = exp(xᵢβ), xᵢ a row of Data.X; Pr(yᵢ|μᵢ) is the middle form of the same product",
    ),
    Cost(
        id="f54-deepakrb-cost-minus-lost",
        source=DEEPAKRB + ", the line after J(θ₀, θ₁) = 1/(2n) Cost(…))",
        text=r"\mathrm{Cost}(h_\theta(x),y) = = \sum_{i=1}^n \left (h_{\theta}(x_{i})  y_{i} \right)^2",
        intended=None,
        expect="refuse",
        lets=(r"h_\theta(x) = \theta^T x",),
        why="the operator between h_θ(x_i) and y_i is lost (two spaces stand where the minus was) and the '=' is "
        "doubled: reading (h y)² as a product would be a guess, not the text",
    ),
    Cost(
        id="f54-jemoka-half-sse-equals-matrix-form",
        source=JEMOKA + ", 'least-squares error becomes:')",
        text=r"J\qty(\theta) = \frac{1}{2} \sum_{i=1}^{n} \qty(h\qty(x^{(i)}) - y^{(i)}) ^{2} = \qty(X \theta - y)^{T} "
        r"\qty(X \theta - y)",
        intended=None,
        expect="refuse",
        why="the two sides the note sets equal differ by a factor 2 (½Σ(h − y)² against (Xθ − y)ᵀ(Xθ − y), the ½ lost "
        "on the matrix side): which of the two costs J is cannot be told from the text",
    ),
    # ============================================================ code
    Cost(
        id="f54-thealgorithms-cost-function-mean",
        source=ALGOS + ", def cost_function)",
        text=_ALGOS_COST,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_ALGOS_LETS,
        why=_ALGOS_WHY,
    ),
    Cost(
        id="f54-salman-compute-cost-linear-reg-loop",
        source=SALMAN + ", def compute_cost_linear_reg)",
        text=_SALMAN_LIN_COST,
        intended=_ridge_half_mean_w_b,
        wrt=("w_j", "b"),
        why="1/(2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λ/(2m)Σw_j²; " + _SALMAN_WHY,
    ),
    Cost(
        id="f54-salman-compute-cost-logistic-reg-loop",
        source=SALMAN + ", def compute_cost_logistic_reg)",
        text=_SALMAN_LOG_COST,
        intended=_logistic_ridge_mean_w_b,
        wrt=("w_j", "b"),
        lets=_SALMAN_LETS,
        why="the mean cross-entropy + λ/(2m)Σw_j²; " + _SALMAN_WHY,
    ),
    Cost(
        id="f54-kbrars-compute-cost-one-over-m",
        source=KBRARS + ")",
        text="m = x.shape[0] # number of training examples\n\n    cost_sum = 0\n\n    for i in range(m):\n"
        "        f_wb = w * x[i] +b\n        cost = (f_wb - y[i]) **2\n        cost_sum +=cost\n"
        "    total_cost = (1/m) * cost_sum\n    return total_cost",
        intended=_sq_mean_wx_b,
        wrt=("w", "b"),
        why="as coded: (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², although the notebook's own equation (1) above it has 1/(2m); x "
        "is the one feature (Data.x), w the scalar slope",
    ),
    Cost(
        id="f54-jamie33-lab-regularized-cost-lambda-over-2",
        source=JAMIE + ", 'the cost function is of the form')",
        text=r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
        r"\mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
        r"\mathbf{x}^{(i)} \right) \right) \right] + \frac{\lambda}{2}  \sum_{j=0}^{n-1} w_j^2",
        intended=_logistic_half_lam_w_b,
        wrt=("w_j", "b"),
        lets=(r"z =  w_0x_0^{(i)} + w_1x_1^{(i)} + b = \mathbf{x}^{(i)T}\mathbf{w} +b", r"f =  g(z)"),
        why="as written in this copy: the mean cross-entropy + (λ/2)Σw_j² (the course's lab has λ/(2m)); f_{w,b} = "
        "g(xᵀw + b), g the sigmoid ('where g is the sigmoid function'), x⁽ⁱ⁾ a row of Data.X; j runs over the n "
        "weights, 0-based",
    ),
    Cost(
        id="f54-swan-f-poisson",
        source=SWAN + ")",
        text="np.sum(np.exp(u)) - np.dot(y,u)",
        intended=_poisson_nll_sum_w,
        wrt=("T_j",),
        lets=("u = a @ T",),
        why="a is the regressor matrix as the code uses it, examples × features (Data.X, called with x), T the weight "
        "vector (Data.w), y the counts: Σe^{aT} − y·aT, the Poisson negative log-likelihood without its log y! "
        "(the docstring's 'a in R^{n x m}' does not match a @ T)",
    ),
    Cost(
        id="f54-lr-scratch-propagate-cost",
        source=SCRATCH + ", cost =)",
        text=_SCRATCH_COST,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_SCRATCH_LETS,
        why=_SCRATCH_WHY,
    ),
    Cost(
        id="f54-leihao0-ex5-linear-reg-cost",
        source=LEIHAO_EX5 + ", '1.2 Regularized linear regression cost function')",
        text=_LEIHAO_EX5_J,
        intended=_ridge_octave_theta,
        wrt=("theta_j",),
        why="1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{j≥2}θ_j²; " + _LEIHAO_WHY,
    ),
    Cost(
        id="f54-leihao0-ex2-cost-function-reg",
        source=LEIHAO_EX2 + ", '2.3 Cost function and gradient')",
        text=_LEIHAO_EX2_JREG,
        intended=_logistic_octave_reg_theta,
        wrt=("theta_j",),
        lets=_LEIHAO_EX2_LETS,
        why="the mean cross-entropy + λ/(2m)Σ_{j≥2}θ_j² (lambda/2/m is λ/(2m)); " + _LEIHAO_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes
    Answer(
        id="f54-dlai-forum-linear-Jprime-no-sum",
        source=DLAI_DERIV + ", 'I understand that')",
        text=r"J' = 2((wx+b)-y)x",
        cost=_DLAI_J_LINEAR,
        verdict="different",
        wrt="w",
        why="the derivative of one example's term: J sums ((wx + b) − y)² over the examples, so ∂J/∂w = "
        "Σ2((wx + b) − y)x; without the Σ it is one summand; " + _DLAI_WHY,
    ),
    Answer(
        id="f54-dlai-forum-dJdw-against-J-without-minus",
        source=DLAI_DERIV + ", 'only with a different function f')",
        text=r"\frac{dJ}{dw} = \sum[(f(x)-y)x]",
        cost=_DLAI_J_LOGISTIC,
        verdict="different",
        wrt="w",
        why="graded against the J the same question writes (no leading minus): its derivative is Σ(y − f)x, the "
        "negative of Σ(f − y)x — the lecture's gradient belongs to −J; f(x) is the sigmoid 1/(1 + e^{−(wx+b)}) of the "
        "question's J; " + _DLAI_WHY,
    ),
    Answer(
        id="f54-csdn-vectorized-dw-elementwise-star",
        source=CSDN_VEC + ", dw=)",
        text="dw=(X*(dz.T))/m;",
        cost=_DLS_COST,
        verdict="different",
        wrt="w_j",
        lets=_CSDN_LETS,
        why="in the post's NumPy (np.dot just above) * is the element-wise product: X (n × m) times dz.T (m × 1) "
        "broadcasts, it is not the matrix product X·dzᵀ the lecture writes, so it is no gradient; " + _CSDN_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f54-dls-forum-dw-matrix",
        source=DLS_PROPAGATE + ")",
        text=r"dw = \displaystyle \frac {1}{m} X \cdot (A - Y)^T",
        cost=_DLS_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"A = \sigma(w^T X + b)", *_DLS_COST_LETS),
        why="the reply stresses that · is the matrix product; " + _DLS_WHY,
    ),
    Answer(
        id="f54-dlai-w3e3-dJ-dwj-eq3",
        source=W3E3 + ")",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} "
        r"(f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - \mathbf{y}^{(i)})x_{j}^{(i)} \tag{3}",
        cost=_MLS_LOGISTIC_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_MLS_LOGISTIC_LETS,
        why=_MLS_LOGISTIC_WHY + " (W3E3 is the week-3 logistic-regression assignment's exercise 3, compute_gradient)",
    ),
    Answer(
        id="f54-dlai-sigmoid-thread-dj-dw-loop",
        source=SIGGRAD + ")",
        text="for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)  # (n,)(n,)=scalar\n"
        "    err_i  = f_wb_i  - y[i]                # scalar\n    for j in range(n):\n"
        "        dj_dw[j] = dj_dw[j] + err_i * X[i,j]  # scalar\n    dj_db = dj_db + err_i\n"
        "dj_dw = dj_dw/m                               # (n,)\ndj_db = dj_db/m                               # scalar",
        cost=_MLS_LOGISTIC_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_MLS_LOGISTIC_LETS,
        why=_MLS_LOGISTIC_WHY + "; the loop's dj_dw is (1/m)Σ(σ(w·x⁽ⁱ⁾ + b) − y⁽ⁱ⁾)x_j⁽ⁱ⁾",
    ),
    Answer(
        id="f54-dlai-compute-gradient-dJ-db",
        source=DHIVYA + ", 'The partial derivative with respect to b')",
        text=r"\frac{\partial J(w,b)}{\partial b} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})",
        cost=_MLS_LINEAR_COST,
        verdict="equivalent",
        wrt="b",
        lets=_DHIVYA_LETS,
        why=_DHIVYA_WHY,
    ),
    Answer(
        id="f54-dlai-compute-gradient-dJ-dw",
        source=DHIVYA + ", 'The partial derivative with respect to w')",
        text=r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)}) "
        r"x^{(i)}",
        cost=_MLS_LINEAR_COST,
        verdict="equivalent",
        wrt="w",
        lets=_DHIVYA_LETS,
        why=_DHIVYA_WHY,
    ),
    Answer(
        id="f54-afetmin-dJ-dw",
        source=AFETMIN + ", '📌 4. 整体梯度(m 个样本)')",
        text=r"\frac{\partial J}{\partial \mathbf{w}} = \frac{1}{m} \sum_{i=1}^{m} d\mathbf{w}^{(i)} = \frac{1}{m} "
        r"\sum_{i=1}^{m} \mathbf{x}^{(i)} (a^{(i)} - y^{(i)})",
        cost=_AFETMIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_AFETMIN_GRAD_LETS,
        why=_AFETMIN_WHY,
    ),
    Answer(
        id="f54-afetmin-dJ-db",
        source=AFETMIN + ", '📌 4. 整体梯度(m 个样本)')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (a^{(i)} - y^{(i)})",
        cost=_AFETMIN_J,
        verdict="equivalent",
        wrt="b",
        lets=_AFETMIN_LETS,
        why=_AFETMIN_WHY,
    ),
    Answer(
        id="f54-lr-scratch-propagate-dw",
        source=SCRATCH + ", dw =)",
        text="np.dot(X, (A-Y).T) / m",
        cost=_SCRATCH_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SCRATCH_LETS,
        why=_SCRATCH_WHY,
    ),
    Answer(
        id="f54-lr-scratch-propagate-db",
        source=SCRATCH + ", db =)",
        text="np.mean(A - Y)",
        cost=_SCRATCH_COST,
        verdict="equivalent",
        wrt="b",
        lets=_SCRATCH_LETS,
        why=_SCRATCH_WHY,
    ),
    Answer(
        id="f54-thealgorithms-gradient",
        source=ALGOS + ", gradient =)",
        text="np.dot(X.T,(h-y))/y.size",
        cost=_ALGOS_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ALGOS_LETS,
        why=_ALGOS_WHY,
    ),
    Answer(
        id="f54-salman-compute-gradient-linear-reg-dj-dw",
        source=SALMAN + ", def compute_gradient_linear_reg)",
        text=_SALMAN_LIN_GRAD,
        cost=_SALMAN_LIN_COST,
        verdict="equivalent",
        wrt="w_j",
        why="(1/m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)x_j⁽ⁱ⁾ + (λ/m)w_j; " + _SALMAN_WHY,
    ),
    Answer(
        id="f54-salman-compute-gradient-logistic-reg-dj-dw",
        source=SALMAN + ", def compute_gradient_logistic_reg)",
        text=_SALMAN_LOG_GRAD,
        cost=_SALMAN_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SALMAN_LETS,
        why="(1/m)Σ(σ(w·x⁽ⁱ⁾ + b) − y⁽ⁱ⁾)x_j⁽ⁱ⁾ + (λ/m)w_j; " + _SALMAN_WHY,
    ),
    Answer(
        id="f54-leihao0-ex2-grad-reg",
        source=LEIHAO_EX2 + ", '2.3 Cost function and gradient', grad =)",
        text="grad = (X'*(sigmoid(X*theta) - y))/m + (theta.*r2)*lambda/m",
        cost=_LEIHAO_EX2_JREG,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_LEIHAO_EX2_GRAD_LETS, *_LEIHAO_EX2_LETS),
        why="r2 masks theta(1), so the penalty's (λ/m)θ_j reaches every component but the first; " + _LEIHAO_WHY,
    ),
    Answer(
        id="f54-leihao0-ex5-grad-reg",
        source=LEIHAO_EX5 + ", '1.3 Regularized linear regression gradient')",
        text="grad = 1/m*(X'*(X*theta-y)) + lambda/m*r;",
        cost=_LEIHAO_EX5_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("r = theta", "r(1) = 0"),
        why="r is theta with its first component zeroed, the unpenalised intercept; " + _LEIHAO_WHY,
    ),
    Answer(
        id="f54-compphysics-ridge-gradients",
        source=COMPPHYS + ", gradients =)",
        text="2.0/n*X.T @ (X @ (theta)-y)+2*lmbda*theta",
        cost=_COMPPHYS_COST,
        verdict="equivalent",
        wrt="theta_j",
        why=_COMPPHYS_WHY,
    ),
    Answer(
        id="f54-lydia-wiki-dl-dbeta-sum",
        source=LYDIA + ", 'The gradient is:')",
        text=r"\frac{\partial \ell}{\partial \boldsymbol{\beta}} = \sum_{i=1}^n (y_i - \sigma_i) \mathbf{x}_i",
        cost=_LYDIA_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_LYDIA_GRAD_LETS,
        why=_LYDIA_WHY,
    ),
    Answer(
        id="f54-lydia-wiki-gradient-vectorized",
        source=LYDIA + ", 'Vectorized form:')",
        text=r"\nabla_{\boldsymbol{\beta}} \ell(\boldsymbol{\beta}) = X^\top (\mathbf{y} - \boldsymbol{\sigma})",
        cost=_LYDIA_L,
        verdict="equivalent",
        wrt="beta_j",
        lets=_LYDIA_GRAD_LETS,
        why="σ is the vector of the σ_i, X the n × d feature matrix; " + _LYDIA_WHY,
    ),
    # ============================================================ one-slip variants of real answers
    Answer(
        id="f54-dlai-compute-gradient-dJ-dw-no-1-over-m",
        source=DHIVYA + "; variant: the 1/m dropped)",
        text=r"\frac{\partial J(w,b)}{\partial w} = \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)}) x^{(i)}",
        cost=_MLS_LINEAR_COST,
        verdict="different",
        wrt="w",
        lets=_DHIVYA_LETS,
        why="variant: the cost's 1/(2m) leaves 1/m after the square's 2 cancels, so the sum alone is m times the "
        "gradient; " + _DHIVYA_WHY,
    ),
    Answer(
        id="f54-dlai-w3e3-dJ-dwj-feature-dropped",
        source=W3E3 + "; variant: the factor x_j⁽ⁱ⁾ dropped)",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} "
        r"(f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - \mathbf{y}^{(i)}) \tag{3}",
        cost=_MLS_LOGISTIC_COST,
        verdict="different",
        wrt="w_j",
        lets=_MLS_LOGISTIC_LETS,
        why="variant: without x_j⁽ⁱ⁾ it is ∂J/∂b, the same for every j; " + _MLS_LOGISTIC_WHY,
    ),
    Answer(
        id="f54-afetmin-dJ-dw-residual-reversed",
        source=AFETMIN + "; variant: the residual reversed)",
        text=r"\frac{\partial J}{\partial \mathbf{w}} = \frac{1}{m} \sum_{i=1}^{m} \mathbf{x}^{(i)} "
        r"(y^{(i)} - a^{(i)})",
        cost=_AFETMIN_J,
        verdict="different",
        wrt="w_j",
        lets=_AFETMIN_LETS,
        why="variant: (y − a) is the gradient of the log-likelihood, the negative of J's; " + _AFETMIN_WHY,
    ),
    Answer(
        id="f54-lr-scratch-propagate-dw-no-m",
        source=SCRATCH + "; variant: the / m dropped)",
        text="np.dot(X, (A-Y).T)",
        cost=_SCRATCH_COST,
        verdict="different",
        wrt="w_j",
        lets=_SCRATCH_LETS,
        why="variant: the cost is the mean, so its gradient carries 1/m; " + _SCRATCH_WHY,
    ),
    Answer(
        id="f54-thealgorithms-gradient-residual-reversed",
        source=ALGOS + "; variant: (y-h) for (h-y))",
        text="np.dot(X.T,(y-h))/y.size",
        cost=_ALGOS_COST,
        verdict="different",
        wrt="theta_j",
        lets=_ALGOS_LETS,
        why="variant: the residual reversed gives the negative of the gradient; " + _ALGOS_WHY,
    ),
    Answer(
        id="f54-salman-compute-gradient-linear-reg-lambda-not-over-m",
        source=SALMAN + ", def compute_gradient_linear_reg; variant: lambda_ for (lambda_/m))",
        text=_SALMAN_LIN_GRAD.replace("(lambda_/m) * w[j]", "lambda_ * w[j]"),
        cost=_SALMAN_LIN_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the penalty λ/(2m)Σw_j² has derivative (λ/m)w_j, not λw_j; " + _SALMAN_WHY,
    ),
    Answer(
        id="f54-leihao0-ex5-grad-reg-intercept-penalised",
        source=LEIHAO_EX5 + "; variant: lambda/m*theta for lambda/m*r)",
        text="grad = 1/m*(X'*(X*theta-y)) + lambda/m*theta;",
        cost=_LEIHAO_EX5_J,
        verdict="different",
        wrt="theta_j",
        why="variant: the cost leaves theta(1) out of the penalty, so its component must carry no (λ/m)θ₁; "
        + _LEIHAO_WHY,
    ),
    Answer(
        id="f54-leihao0-ex2-grad-reg-lambda-over-2m",
        source=LEIHAO_EX2 + "; variant: lambda/2/m in the gradient's penalty)",
        text="grad = (X'*(sigmoid(X*theta) - y))/m + (theta.*r2)*lambda/2/m",
        cost=_LEIHAO_EX2_JREG,
        verdict="different",
        wrt="theta_j",
        lets=(*_LEIHAO_EX2_GRAD_LETS, *_LEIHAO_EX2_LETS),
        why="variant: the penalty λ/(2m)θ_j² differentiates to (λ/m)θ_j, so keeping the ½ halves it; " + _LEIHAO_WHY,
    ),
    Answer(
        id="f54-compphysics-ridge-gradients-penalty-2-dropped",
        source=COMPPHYS + "; variant: lmbda*theta for 2*lmbda*theta)",
        text="2.0/n*X.T @ (X @ (theta)-y)+lmbda*theta",
        cost=_COMPPHYS_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: λ‖θ‖² differentiates to 2λθ; " + _COMPPHYS_WHY,
    ),
    Answer(
        id="f54-lydia-wiki-gradient-loss-sign",
        source=LYDIA + "; variant: (σ − y) for (y − σ))",
        text=r"\nabla_{\boldsymbol{\beta}} \ell(\boldsymbol{\beta}) = X^\top (\boldsymbol{\sigma} - \mathbf{y})",
        cost=_LYDIA_L,
        verdict="different",
        wrt="beta_j",
        lets=_LYDIA_GRAD_LETS,
        why="variant: Xᵀ(σ − y) is the gradient of the negative log-likelihood, the negative of ℓ's; " + _LYDIA_WHY,
    ),
]

r"""A fresh held-out wave (f78): Russian notebooks on the mean squared error (a Q(w) with ⟨w, x_i⟩, the same Q written
with a model named α, a Q whose sum is expanded as w_1x_1^i + … + w_jx_j^i so that j is both the last feature and the
derivative's index), a JetBrains Academy course (its MSE Q(w) with a_w(x_i), the L2 form with μ/2‖w‖², a full-batch
calc_gradient and an AdagradReg calc_gradient that adds self.w * self.mu to super()'s), Coursera ex2/ex3/ex5 labs in
Octave (sophia-jihye: thetaTemp and theta4Penealty; henryyhu: errors, regTerm and temp; Sundrique: the row
h = sigmoid(theta' * X') with (h - y') * X), a NumPy file with a log-likelihood, its ascent gradient and a mean
cross-entropy, a Spanish-named repository "derivada" whose gradient sums every entry of (h - y) * X into one number, a
Python file whose computeCost squares the sum of the residuals and whose θ₁ step lost its x, and a cs.stackexchange
question whose cost writes log(h_θ · x⁽ⁱ⁾) and never closes its bracket.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers); all but one have an address:

* notebooks (Russian, Markdown with LaTeX): github.com/financier-py/loss_functions (LossFunctions.ipynb, 'Функции
  потерь в машинном обучении'), github.com/Nechetnaya/study_notebooks ('ML_Gradient descent.ipynb', 'Градиентный
  спуск');
* course tasks (Markdown with LaTeX, Python): github.com/jetbrains-academy/youth-ai-club (GradientDescent/Intro/task.md,
  Regularization/task.md, FullGD/task.py, Regularization/task.py);
* code (Octave): github.com/sophia-jihye/coursera-ml (ex2 costFunction.m, costFunctionReg.m; ex5
  linearRegCostFunction.m), github.com/henryyhu/helpers (logreg/lrCostFunction.m, linreg/linearRegCostFunction.m),
  github.com/Sundrique/mlclass (ex2 costFunction.m, ex3 lrCostFunction.m, ex5 linearRegCostFunction.m);
* code (Python): github.com/shantam21/Machine-Learning-Examples (decision_tree_example/helper_functions.py),
  github.com/jua16073/derivada (derivada.py), public code index file 3264421547 (computeCost / gradientDescent);
* Q&A: cs.stackexchange.com/q/74371 (the asker's cost).

Names follow the sources: X, x (the matrices of the Python and LaTeX texts) and x_i (row i) are Data.X; y, Y are
Data.y; theta, θ are Data.theta; w, self.w, weights, weight are Data.w; lambda is Data.lam; μ (self.mu) is its own
constant, Data.gamma; l, ℓ, m and len(X) are the number of examples (Data.m). Octave's theta(1) (Python's theta[0])
is the first coefficient Data.theta[0]. In the one-feature file (index 3264421547) theta[0], theta[1] are Data.theta0,
Data.theta1 and X[:, 1] is Data.x. Where a source gives no cost for an answer, ``why`` says which cost it is graded
against. The real mistakes come first among the answers, then the real right answers, then the one-slip variants of
real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs
(/tmp/f78/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
FIN = (
    _GH + "financier-py/loss_functions/blob/4ab965db903e476888d8173588669a20bdd2ff9a/LossFunctions.ipynb (Russian "
    "notebook 'Функции потерь в машинном обучении', ## Mean Squared Error (MSE)"
)
_JB = _GH + "jetbrains-academy/youth-ai-club/blob/"
JB_INTRO = _JB + "c7ee6a7d32134b7bbd79e576521f13d7e5da7a65/GradientDescent/Intro/task.md (the MSE loss"
JB_REG = _JB + "c7ee6a7d32134b7bbd79e576521f13d7e5da7a65/GradientDescent/Regularization/task.md (Task 5"
JB_FULL = _JB + "c7ee6a7d32134b7bbd79e576521f13d7e5da7a65/GradientDescent/FullGD/task.py (class GradientDescent"
JB_ADAREG = _JB + "7efb438d3c6e283c2ff9a9be53888c7f6e17cdd6/GradientDescent/Regularization/task.py (class AdagradReg"
NECH = (
    _GH + "Nechetnaya/study_notebooks/blob/04c2fa714ffc4fbfb16e4c3d8e8ee7f47f470d82/ML_Gradient%20descent.ipynb "
    "(Russian notebook, ### Градиентный спуск"
)
_SOPH = _GH + "sophia-jihye/coursera-ml/blob/"
SOPH_REG = _SOPH + "3cc93682f715a5bab43c09e02240aa1fc0342f20/machine-learning-ex2/ex2/costFunctionReg.m (Octave, ex2"
SOPH_CF = _SOPH + "3cc93682f715a5bab43c09e02240aa1fc0342f20/machine-learning-ex2/ex2/costFunction.m (Octave, ex2"
SOPH_LIN = _SOPH + "fc117b37226d503e49afdfb7b3e85e16ca5bd8ff/machine-learning-ex5/ex5/linearRegCostFunction.m (Octave, ex5"
_HENRY = _GH + "henryyhu/helpers/blob/36c3360876cd898838f08211b9d5543c4dd66350/"
HENRY_LR = _HENRY + "logreg/lrCostFunction.m (Octave, ex3"
HENRY_LIN = _HENRY + "linreg/linearRegCostFunction.m (Octave, ex5"
SHANT = (
    _GH + "shantam21/Machine-Learning-Examples/blob/1cb7f24ea3c4971ee3a25ca33eab28918ddeb3b9/decision_tree_example/"
    "helper_functions.py (Python"
)
_SUND = _GH + "Sundrique/mlclass/blob/"
SUND_LR = _SUND + "ba36c62bf692c9420c019df52a4e91f61becdd62/machine-learning-ex3/ex3/lrCostFunction.m (Octave, ex3"
SUND_CF = _SUND + "56fb97d8983458039bd44cb7f8b60ac76bfb3e5c/machine-learning-ex2/ex2/costFunction.m (Octave, ex2"
SUND_LIN = _SUND + "86af11c5ce8086e14ac4b135876f83c650a04c05/machine-learning-ex5/ex5/linearRegCostFunction.m (Octave, ex5"
JUA = _GH + "jua16073/derivada/blob/6adf5cd2299ace9c84d21b266427dfe44dcbae5a/derivada.py (Python, repository 'derivada'"
IDX = (
    "public code index file 3264421547 (Python, 'J = 1 / (2 * m) * sum(np.dot(X, theta.T) - y)**2' and "
    "def gradientDescent; the index does not name its repository"
)
CSSE = "https://cs.stackexchange.com/q/74371 (question, 'I set my cost function to be'"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _mse_w_mu(d):
    return _mse_w(d) + d.gamma / 2 * float(d.w @ d.w)


def _logistic_mean(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _logistic_mean_w(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w))))


def _log_likelihood_w(d):
    z = d.X @ d.w
    return float(np.sum(d.y * z - np.log(1 + np.exp(z))))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _half_mse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _reg_half_mse_skip_first(d):
    t = d.theta
    return _half_mse(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _square_of_sum(d):
    return float(np.sum(d.X @ d.theta - d.y)) ** 2 / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
# --- financier-py (Russian notebook)
_FIN_Q = r"Q(w) = \frac{1}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i)^2"
_FIN_WHY = (
    "the notebook's Q(w) (Для всей выборки функция потерь: the loss over the whole sample): the mean squared error, "
    "no ½; ⟨w, x_i⟩ the inner product of w (Data.w) and object i's features (row i of Data.X, the fictitious x_0 = 1 "
    "folded in), l the number of objects (Data.m)"
)

# --- jetbrains-academy (course tasks)
_JB_Q = r"Q(w) = \dfrac{1}{\ell} \sum\limits_{i=1}^{\ell} \left(a_w(x_i) - y_i\right)^2"
_JB_WHY = (
    "the task's MSE loss Q(w) for its linear regression model: a_w(x_i) is the model's prediction ⟨w, x_i⟩ "
    "(np.dot(X, self.w) in calc_gradient), x_i row i of Data.X, w = Data.w, ℓ the number of objects (Data.m); no ½"
)
_JB_QREG = r"Q(w) = \dfrac{1}{\ell} \sum\limits_{i=1}^{\ell} (a_w(x_i) - y_i)^2 + \dfrac{\mu}{2} \| w \|^2"
_JB_REG_WHY = (
    "Task 5's loss with the L_2 term: the mean squared error plus (μ/2)‖w‖², every weight penalised; μ (self.mu, "
    "'l2 coefficient') is its own constant, Data.gamma; " + _JB_WHY
)
_JB_GRAD = "2 * np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]"

# --- Nechetnaya (Russian notebook)
_NECH_Q = r"\frac{1}{m}\sum_{i}^{m}{(w_1x_1^i +w_2x_2^i +...+w_jx_j^i - y^i)^2}"
_NECH_WHY = (
    "the second member of the notebook's 'функционал качества' (quality functional) Q: the mean squared error of "
    "the linear model, x_k^i feature k of object i (Data.X), w = Data.w (the intercept is w_0 with x_0^i = 1, "
    "'b = w_0, x_0^i = 1'); inside the sum w_jx_j^i is the last term (j the number of features), \\sum_{i}^{m} the "
    "sum over the m objects"
)

# --- sophia-jihye (Octave)
_SOPH_REG_COST = (
    "h = sigmoid(X*theta)\n\nthetaTemp = [0; theta(2:size(theta), :)]\n"
    "regJ = lambda / (2*m) * (thetaTemp' * thetaTemp)\nJ = -1/m * (y' * log(h) + (1-y)' * log(1-h)) + regJ"
)
_M_LET = ("m = length(y); % number of training examples",)
_REGLOG_WHY = (
    "the regularized logistic cost: the mean cross-entropy of h = σ(Xθ) plus (λ/2m)Σθ_j² over every coefficient "
    "but the first (Data.theta[0]); X the design matrix with its ones column (Data.X)"
)
_SOPH_REG_WHY = (
    "the lines end without semicolons (Octave prints them); thetaTemp = [0; θ_2…θ_n] keeps θ_1 out of the penalty; "
    + _REGLOG_WHY
)
_SOPH_CF_COST = "h = sigmoid(X*theta)\nJ = -1/m * (y' * log(h) + (1-y)' * log(1-h))"
_LOG_WHY = "the mean cross-entropy of h = σ(Xθ), no penalty; X the design matrix with its ones column (Data.X)"
_SOPH_LIN_COST = (
    "theta4Penealty = [0; theta(2:end, :)];\n\nregJ = lambda / (2*m) * (theta4Penealty' * theta4Penealty)\n"
    "J = 1 / (2*m) * sum((X*theta - y).^2) + regJ"
)
_REGLIN_WHY = (
    "ex5's regularized linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θ_j², theta(1) = Data.theta[0] unpenalised; "
    "X the design matrix with its ones column (Data.X), m = length(y)"
)
_SOPH_LIN_WHY = "theta4Penealty (so spelt) = [0; θ_2…θ_n], '% exclude theta_0 from regularization'; " + _REGLIN_WHY

# --- henryyhu (Octave)
_HENRY_LR_COST = (
    "predictions = sigmoid(X*theta);\t% predictions of hypothesis on all m\n"
    "errors = -y .* log(predictions) - (1-y) .* log(1-predictions); % errors\n"
    "regTerm = lambda/(2*m) * sum(theta(2:size(theta)).^2); % regularization term\n\n"
    "J = 1/m * sum(errors) + regTerm;"
)
_HENRY_LR_WHY = (
    "theta(2:size(theta)): a colon range with the vector size(theta) = [n 1] as its end uses its first element, "
    "so this is θ_2…θ_n; " + _REGLOG_WHY
)
_HENRY_LR_GRAD = (
    "grad = 1/m .* X' * (predictions - y);\ntemp = theta; \ntemp(1) = 0;   % account for j = 0\n\n"
    "grad = grad + lambda / m * temp;"
)
_HENRY_LIN_COST = (
    "J = 1 / (2 * m) * sum((h_theta - y) .^ 2);\n\n"
    "% the bias can't be regularizated... because it's a regularizer!\ntheta1 = [0 ; theta(2:size(theta), :)];\n\n"
    "% penalty (regularization)\nReg = lambda * sum(theta1 .^ 2) / (2 * m);\n\nJ = J + Reg;"
)
_HENRY_LIN_LETS = _M_LET + ("h_theta = X * theta;",)

# --- shantam21 (Python)
_SHANT_SIG = "def sigmoid(X, weight):\n    z = np.dot(X, weight)\n    return 1 / (1 + np.exp(-z))"
_SHANT_LL = "z = np.dot(x, weights)\nll = np.sum( y*z - np.log(1 + np.exp(z)) )\nreturn ll"
_SHANT_LL_WHY = (
    "the body of def log_likelihood(x, y, weights) (dedented): the logistic log-likelihood Σ(y_i z_i − log(1 + e^z_i)) "
    "with z = xw, to be climbed (update_weight_mle adds learning_rate * gradient); x is Data.X, weights Data.w"
)
_SHANT_LOSS = "(-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()"
_SHANT_LOSS_WHY = (
    "the return value of def loss(h, y): the mean cross-entropy of h = sigmoid(X, weight) = σ(Xw) (update_weight_loss "
    "subtracts learning_rate * gradient); X is Data.X, weight Data.w"
)

# --- Sundrique (Octave, the row h)
_SUND_LR_COST = "J = -(log(h) * y + log(1 - h) * (1 - y) - lambda / 2 * sum(thetaReg .^ 2)) / m;"
_SUND_LR_LETS = _M_LET + (
    "n = length(theta);",
    "h = sigmoid(theta' * X');",
    "thetaReg = [0; theta(2:n)];",
    "thetaReg(1) = 0;",
)
_SUND_LR_WHY = (
    "h = σ(θᵀXᵀ) is the row of the m predictions, so log(h) * y is Σ y_i log h_i (a row times a column); "
    "−(Σ[y log h + (1 − y) log(1 − h)] − (λ/2)Σθ_reg²)/m, θ_reg = [0; θ_2…θ_n]; " + _REGLOG_WHY
)
_SUND_CF_COST = "J = -(log(h) * y + log(1 - h) * (1 - y)) / m;"
_SUND_CF_LETS = _M_LET + ("h = sigmoid(theta' * X');",)
_SUND_LIN_COST = "J = (sum((h - y) .^ 2) + sum(thetaReg .^ 2) * lambda) / 2 / m;"
_SUND_LIN_LETS = _M_LET + ("thetaReg = [0; theta(2:end)];", "h = X * theta;")
_SUND_LIN_WHY = "(Σ(h − y)² + λΣθ_reg²)/2/m with θ_reg = [0; θ_2…θ_n]; " + _REGLIN_WHY

# --- index file 3264421547 (Python, one feature)
_IDX_COST = "m = len(y)\nJ = 1 / (2 * m) * sum(np.dot(X, theta.T) - y)**2\nreturn J"
_IDX_GD_COST = "J = 1 / (2 * m) * sum((h - y)**2)"
_IDX_GD_LETS = ("m = len(y)", "h = theta[0] + theta[1] * X[:, 1]")
_IDX_GD_WHY = (
    "the steps of def gradientDescent, th_0 = theta[0] - alpha * (…) and th_1 = theta[1] - alpha * (…): the "
    "parenthesis is the partial the step follows; graded against the half-mean squared error of the hypothesis "
    "the loop uses, h = θ₀ + θ₁x (theta[0] = Data.theta0, theta[1] = Data.theta1, X[:, 1] = Data.x), ex1's cost — "
    "the file's own computeCost squares the sum of the residuals instead, a different cost"
)

# --- cs.stackexchange 74371
_CSSE_COST = (
    r"J(\theta) = -\frac{1}{m} [\sum\limits_{i=1}^{m} y^{(i)} log{(h_\theta \cdot x^{(i)})} + (1-y^{(i)}) "
    r"log(1-h_\theta(x^{(i)}))"
)

COSTS: list[Cost] = [
    # ============================================================ notebooks (Russian, LaTeX)
    Cost(
        id="f78-fin-russian-Q-angle-brackets",
        source=FIN + ", Поскольку … мы можем подставить это выражение: $$Q(w) = …$$)",
        text=_FIN_Q,
        intended=_mse_w,
        wrt=("w_j",),
        why=_FIN_WHY,
    ),
    Cost(
        id="f78-fin-russian-Q-alpha-model",
        source=FIN + ", Для всей выборки функция потерь будет выглядеть так: $$Q(w) = MSE(\\alpha, X) = …$$)",
        text=r"Q(w) = MSE(\alpha, X) = \frac{1}{l} \sum_{i = 1}^l (\alpha(x_i) - y_i)^2",
        intended=_mse_w,
        wrt=("w_j",),
        lets=(r"\alpha(x) = \langle w, x \rangle",),
        why="the model is named α (a function, not a constant), α(x) = ⟨w, x⟩ as the notebook sets it just above "
        "(В этом случае модель можно записать так); MSE(α, X) is only a name for the same sum; " + _FIN_WHY,
    ),
    Cost(
        id="f78-nech-russian-Q-expanded-sum",
        source=NECH + ", функционал качества $ Q = … = \\frac{1}{m}\\sum_{i}^{m}{(w_1x_1^i +…)^2} $, the second member)",
        text=_NECH_Q,
        intended=_mse_w,
        wrt=("w_j",),
        why="the excerpt is the second member only: the first, \\frac{1}{m}\\sum_{i}^{m}{(f(x_i) - y_i)^2)}, has an "
        "unmatched ')'; " + _NECH_WHY,
    ),
    # ============================================================ course tasks (LaTeX)
    Cost(
        id="f78-jb-intro-Q-a-w",
        source=JB_INTRO + ", 'We will use the Mean Squared Error (MSE) loss function:')",
        text=_JB_Q,
        intended=_mse_w,
        wrt=("w_j",),
        why=_JB_WHY,
    ),
    Cost(
        id="f78-jb-reg-Q-mu-half-norm",
        source=JB_REG + ", 'the loss function takes the following form:')",
        text=_JB_QREG,
        intended=_mse_w_mu,
        wrt=("w_j",),
        why=_JB_REG_WHY,
    ),
    # ============================================================ code (Octave)
    Cost(
        id="f78-soph-costfunctionreg-J-thetaTemp",
        source=SOPH_REG + ", h = … J = … + regJ)",
        text=_SOPH_REG_COST,
        intended=_reg_logistic_skip_first,
        lets=_M_LET,
        why=_SOPH_REG_WHY,
    ),
    Cost(
        id="f78-soph-costfunction-J",
        source=SOPH_CF + ", h = …; J = …)",
        text=_SOPH_CF_COST,
        intended=_logistic_mean,
        lets=_M_LET,
        why=_LOG_WHY,
    ),
    Cost(
        id="f78-soph-linearreg-J-theta4Penealty",
        source=SOPH_LIN + ", theta4Penealty = … J = …)",
        text=_SOPH_LIN_COST,
        intended=_reg_half_mse_skip_first,
        lets=_M_LET,
        why=_SOPH_LIN_WHY,
    ),
    Cost(
        id="f78-henry-lrcost-J-errors-regTerm",
        source=HENRY_LR + ", predictions = … J = …)",
        text=_HENRY_LR_COST,
        intended=_reg_logistic_skip_first,
        lets=_M_LET,
        why=_HENRY_LR_WHY,
    ),
    Cost(
        id="f78-sund-lrcost-J-row-h",
        source=SUND_LR + ", J = …)",
        text=_SUND_LR_COST,
        intended=_reg_logistic_skip_first,
        lets=_SUND_LR_LETS,
        why=_SUND_LR_WHY,
    ),
    Cost(
        id="f78-sund-linearreg-J-over-2-over-m",
        source=SUND_LIN + ", J = …)",
        text=_SUND_LIN_COST,
        intended=_reg_half_mse_skip_first,
        lets=_SUND_LIN_LETS,
        why=_SUND_LIN_WHY,
    ),
    # ============================================================ code (Python)
    Cost(
        id="f78-shant-log-likelihood-ll",
        source=SHANT + ", the body of def log_likelihood)",
        text=_SHANT_LL,
        intended=_log_likelihood_w,
        wrt=("weights_j",),
        why=_SHANT_LL_WHY,
    ),
    Cost(
        id="f78-shant-loss-mean",
        source=SHANT + ", def loss(h, y): return …)",
        text=_SHANT_LOSS,
        intended=_logistic_mean_w,
        wrt=("weights_j",),
        lets=(_SHANT_SIG, "h = sigmoid(X, weight)"),
        why=_SHANT_LOSS_WHY,
    ),
    Cost(
        id="f78-idx3264421547-computecost-square-of-sum",
        source=IDX + ", the body of def computeCost)",
        text=_IDX_COST,
        intended=_square_of_sum,
        why="as written: ** binds tighter than *, and sum(…)**2 squares the sum of the residuals Xθ − y (theta.T of "
        "the 1-D θ is θ), so J = (Σ_i(x_iθ − y_i))²/(2m), not the sum of squares the author meant (Python's sum of "
        "the 1-D residual array is a number); X is Data.X, θ Data.theta",
    ),
    # ============================================================ Q&A
    Cost(
        id="f78-csse-74371-J-h-cdot-x",
        source=CSSE + ", $J(\\theta) = …$)",
        text=_CSSE_COST,
        intended=_logistic_mean,
        why="the asker applies logistic regression, so h_θ is the logistic hypothesis σ(θᵀx); the first log's "
        "h_\\theta \\cdot x^{(i)} is a slip for h_θ(x⁽ⁱ⁾) (the second log writes it so) and the '[' is never "
        "closed: the mean cross-entropy −(1/m)Σ[y log h + (1 − y) log(1 − h)] is meant, x⁽ⁱ⁾ row i of Data.X",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f78-jua-derivada-sum-of-every-entry",
        source=JUA + ", the body of def cost(theta, X, y))",
        text="m, n = X.shape\nh = np.matmul(X, theta)\nsq = (h - y) * X\nreturn sq.sum() / m",
        cost="linear",
        verdict="different",
        why="in a repository named derivada (derivative), graded against the half-mean squared error of Xθ (the "
        "'linear' preset): (h − y) * X scales each row of X by its residual, the right terms, but sq.sum() adds "
        "them over the features as well as the examples, so it returns one number, Σ_j Σ_i(h_i − y_i)x_ij/m, not "
        "the vector of partials Σ_i(h_i − y_i)x_ij/m",
    ),
    Answer(
        id="f78-idx3264421547-theta1-step-lost-its-x",
        source=IDX + ", def gradientDescent: th_1 = theta[1] - alpha * (1 / m * sum(h - y)))",
        text="(1 / m * sum(h - y))",
        cost=_IDX_GD_COST,
        verdict="different",
        wrt="theta_1",
        lets=_IDX_GD_LETS,
        why="the θ₁ step is a copy of the θ₀ step: the partial of the half-mean squared error in θ₁ is "
        "(1/m)Σ(h − y)x⁽ⁱ⁾, and the factor X[:, 1] is missing; " + _IDX_GD_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f78-fin-russian-dQ-dwj",
        source=FIN + ", Поэтому: $$\\frac{\\partial Q}{\\partial w_j} = …$$)",
        text=r"\frac{\partial Q}{\partial w_j} = \frac{2}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i) x_{ij}",
        cost=_FIN_Q,
        verdict="equivalent",
        wrt="w_j",
        why="x_{ij} is feature j of object i; (2/l)Σ(⟨w, x_i⟩ − y_i)x_ij; " + _FIN_WHY,
    ),
    Answer(
        id="f78-fin-russian-nabla-Q-matrix",
        source=FIN + ", И его можем записать в матричном виде: $$\\nabla Q = …$$)",
        text=r"\nabla Q = \frac{2}{l} X^T (X w - y)",
        cost=_FIN_Q,
        verdict="equivalent",
        wrt="w_j",
        why="(в матричном виде: in matrix form) the whole gradient (2/l)Xᵀ(Xw − y), X the l×n matrix of the objects; "
        + _FIN_WHY,
    ),
    Answer(
        id="f78-nech-russian-dQ-dwj-expanded",
        source=NECH + ", $ \\frac{dQ}{dw_j} = … $, the last of the partials)",
        text=r"\frac{dQ}{dw_j} = \frac{2}{m}\sum_{i}^{m}{(w_1x_1^i +w_2x_2^i +...+w_jx_j^i - y^i)}x_j^i",
        cost=_NECH_Q,
        verdict="equivalent",
        wrt="w_j",
        why="(2/m)Σ_i(⟨w, x^i⟩ − y^i)x_j^i: inside the parenthesis w_jx_j^i is the last term of the model (j the "
        "number of features, as in Q), outside x_j^i is the feature of the partial's w_j — the same letter for both, "
        "as the notebook writes it; " + _NECH_WHY,
    ),
    Answer(
        id="f78-jb-fullgd-calc-gradient",
        source=JB_FULL + ", def calc_gradient, the return value)",
        text=_JB_GRAD,
        cost=_JB_Q,
        verdict="equivalent",
        wrt="w_j",
        why="2Xᵀ(Xw − y)/ℓ, self.w = Data.w, X.shape[0] the number of objects; " + _JB_WHY,
    ),
    Answer(
        id="f78-jb-adagradreg-super-plus-l2",
        source=JB_ADAREG + ", def calc_gradient)",
        text="l2 = self.w * self.mu\nreturn super().calc_gradient(X, y) + l2",
        cost=_JB_QREG,
        verdict="equivalent",
        wrt="w_j",
        lets=("def calc_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:\n    return " + _JB_GRAD,),
        why="super().calc_gradient is the chain's full-batch gradient (Adagrad inherits GradientDescent's "
        "calc_gradient, FullGD/task.py, given as the let), 2Xᵀ(Xw − y)/ℓ; adding μw, the derivative of (μ/2)‖w‖², "
        "gives the gradient of Task 5's loss; " + _JB_REG_WHY,
    ),
    Answer(
        id="f78-soph-costfunctionreg-grad-regGrad",
        source=SOPH_REG + ", regGrad = …; grad = …)",
        text="regGrad = (lambda / m) * thetaTemp\ngrad = 1/m * (X'*(h - y)) + regGrad;",
        cost=_SOPH_REG_COST,
        verdict="equivalent",
        lets=_M_LET + ("h = sigmoid(X*theta)", "thetaTemp = [0; theta(2:size(theta), :)]"),
        why="Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ_2…θ_n] (the same lines are the repository's ex3 lrCostFunction.m); "
        + _SOPH_REG_WHY,
    ),
    Answer(
        id="f78-soph-costfunction-grad",
        source=SOPH_CF + ", grad = …)",
        text="grad = 1/m * (X'*(h - y));",
        cost=_SOPH_CF_COST,
        verdict="equivalent",
        lets=_M_LET + ("h = sigmoid(X*theta)",),
        why="Xᵀ(σ(Xθ) − y)/m; " + _LOG_WHY,
    ),
    Answer(
        id="f78-soph-linearreg-grad-regGrad",
        source=SOPH_LIN + ", regGrad = …; grad = …)",
        text="regGrad = (lambda / m) * theta4Penealty;\ngrad = (1/m) * (X'*(X*theta - y)) + regGrad;",
        cost=_SOPH_LIN_COST,
        verdict="equivalent",
        lets=_M_LET,
        why="Xᵀ(Xθ − y)/m + (λ/m)[0; θ_2…θ_n]; " + _SOPH_LIN_WHY,
    ),
    Answer(
        id="f78-henry-lrcost-grad-temp",
        source=HENRY_LR + ", grad = …; temp = theta; temp(1) = 0; grad = grad + …)",
        text=_HENRY_LR_GRAD,
        cost=_HENRY_LR_COST,
        verdict="equivalent",
        lets=_M_LET,
        why="1/m .* X' * (p − y) is (Xᵀ(σ(Xθ) − y))/m (the scalar .* and * agree), plus (λ/m)[0; θ_2…θ_n]; "
        + _HENRY_LR_WHY,
    ),
    Answer(
        id="f78-henry-linearreg-grad-theta1",
        source=HENRY_LIN + ", grad = …)",
        text="grad =  ( X' * (h_theta - y) + lambda*theta1 ) / m;",
        cost=_HENRY_LIN_COST,
        verdict="equivalent",
        lets=_HENRY_LIN_LETS + ("theta1 = [0 ; theta(2:size(theta), :)];",),
        why="(Xᵀ(Xθ − y) + λ[0; θ_2…θ_n])/m; theta1 is the penalised copy, not θ₁; " + _REGLIN_WHY,
    ),
    Answer(
        id="f78-shant-gradient-ascent",
        source=SHANT + ", def gradient_ascent(X, h, y): return …)",
        text="np.dot(X.T, y - h)",
        cost=_SHANT_LL,
        verdict="equivalent",
        wrt="weights_j",
        lets=(_SHANT_SIG, "h = sigmoid(X, weight)"),
        why="Xᵀ(y − σ(Xw)), the gradient of the log-likelihood (y − h, as ll is climbed, not descended); "
        + _SHANT_LL_WHY,
    ),
    Answer(
        id="f78-shant-gradient-descent",
        source=SHANT + ", def gradient_descent(X, h, y): return …)",
        text="np.dot(X.T, (h - y)) / y.shape[0]",
        cost=_SHANT_LOSS,
        verdict="equivalent",
        wrt="weights_j",
        lets=(_SHANT_SIG, "h = sigmoid(X, weight)"),
        why="Xᵀ(σ(Xw) − y)/m, y.shape[0] = m; " + _SHANT_LOSS_WHY,
    ),
    Answer(
        id="f78-sund-lrcost-grad-row",
        source=SUND_LR + ", grad = …)",
        text="grad = ((h - y') * X + lambda * thetaReg')' / m;",
        cost=_SUND_LR_COST,
        verdict="equivalent",
        lets=_SUND_LR_LETS,
        why="(h − yᵀ)X is the row (σ(Xθ) − y)ᵀX; adding λθ_regᵀ and transposing gives the column "
        "(Xᵀ(σ(Xθ) − y) + λ[0; θ_2…θ_n])/m; " + _SUND_LR_WHY,
    ),
    Answer(
        id="f78-sund-costfunction-grad-row",
        source=SUND_CF + ", grad = …)",
        text="grad = ((h - y') * X ./ m)';",
        cost=_SUND_CF_COST,
        verdict="equivalent",
        lets=_SUND_CF_LETS,
        why="((σ(Xθ) − y)ᵀX/m)ᵀ = Xᵀ(σ(Xθ) − y)/m, h the row σ(θᵀXᵀ); " + _LOG_WHY,
    ),
    Answer(
        id="f78-sund-linearreg-grad",
        source=SUND_LIN + ", grad = …)",
        text="grad = (X' * (h - y) + lambda * thetaReg) / m;",
        cost=_SUND_LIN_COST,
        verdict="equivalent",
        lets=_SUND_LIN_LETS,
        why="(Xᵀ(Xθ − y) + λ[0; θ_2…θ_n])/m; " + _SUND_LIN_WHY,
    ),
    Answer(
        id="f78-idx3264421547-theta0-step",
        source=IDX + ", def gradientDescent: th_0 = theta[0] - alpha * (1 / m * sum(h - y)))",
        text="(1 / m * sum(h - y))",
        cost=_IDX_GD_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=_IDX_GD_LETS,
        why="(1/m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾), the partial in θ₀ (its x₀ is 1); " + _IDX_GD_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f78-fin-russian-nabla-Q-one-over-l",
        source=FIN + "; variant: \\frac{2}{l} written \\frac{1}{l})",
        text=r"\nabla Q = \frac{1}{l} X^T (X w - y)",
        cost=_FIN_Q,
        verdict="different",
        wrt="w_j",
        why="variant: Q has no ½, so the 2 of the square stays; (1/l)Xᵀ(Xw − y) is half the gradient; " + _FIN_WHY,
    ),
    Answer(
        id="f78-nech-russian-dQ-dwj-one-over-m",
        source=NECH + "; variant: \\frac{2}{m} written \\frac{1}{m})",
        text=r"\frac{dQ}{dw_j} = \frac{1}{m}\sum_{i}^{m}{(w_1x_1^i +w_2x_2^i +...+w_jx_j^i - y^i)}x_j^i",
        cost=_NECH_Q,
        verdict="different",
        wrt="w_j",
        why="variant: the 2 of the square is lost (Q has no ½), half the gradient; " + _NECH_WHY,
    ),
    Answer(
        id="f78-jb-fullgd-calc-gradient-no-2",
        source=JB_FULL + "; variant: the leading 2 * dropped)",
        text="np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]",
        cost=_JB_Q,
        verdict="different",
        wrt="w_j",
        why="variant: without the 2 this is the gradient of half the MSE, not of Q; " + _JB_WHY,
    ),
    Answer(
        id="f78-jb-adagradreg-twice-mu",
        source=JB_ADAREG + "; variant: l2 = 2 * self.w * self.mu)",
        text="l2 = 2 * self.w * self.mu\nreturn super().calc_gradient(X, y) + l2",
        cost=_JB_QREG,
        verdict="different",
        wrt="w_j",
        lets=("def calc_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:\n    return " + _JB_GRAD,),
        why="variant: 2μw is the derivative of μ‖w‖² (the task's first sentence), but its Q carries (μ/2)‖w‖², whose "
        "derivative is μw; " + _JB_REG_WHY,
    ),
    Answer(
        id="f78-soph-costfunctionreg-grad-lambda-theta",
        source=SOPH_REG + "; variant: regGrad = (lambda / m) * theta)",
        text="regGrad = (lambda / m) * theta\ngrad = 1/m * (X'*(h - y)) + regGrad;",
        cost=_SOPH_REG_COST,
        verdict="different",
        lets=_M_LET + ("h = sigmoid(X*theta)",),
        why="variant: the full θ puts λθ_1/m in the intercept's entry, which thetaTemp keeps out of J; "
        + _SOPH_REG_WHY,
    ),
    Answer(
        id="f78-soph-costfunction-grad-y-minus-h",
        source=SOPH_CF + "; variant: (h - y) written (y - h))",
        text="grad = 1/m * (X'*(y - h));",
        cost=_SOPH_CF_COST,
        verdict="different",
        lets=_M_LET + ("h = sigmoid(X*theta)",),
        why="variant: the sign is flipped, Xᵀ(y − h)/m is the gradient of the mean log-likelihood, not of J; "
        + _LOG_WHY,
    ),
    Answer(
        id="f78-soph-linearreg-grad-minus-regGrad",
        source=SOPH_LIN + "; variant: - regGrad for + regGrad)",
        text="regGrad = (lambda / m) * theta4Penealty;\ngrad = (1/m) * (X'*(X*theta - y)) - regGrad;",
        cost=_SOPH_LIN_COST,
        verdict="different",
        lets=_M_LET,
        why="variant: the penalty's partial enters with the wrong sign; " + _SOPH_LIN_WHY,
    ),
    Answer(
        id="f78-henry-lrcost-grad-temp-not-zeroed",
        source=HENRY_LR + "; variant: without temp(1) = 0)",
        text="grad = 1/m .* X' * (predictions - y);\ntemp = theta; \n\ngrad = grad + lambda / m * temp;",
        cost=_HENRY_LR_COST,
        verdict="different",
        lets=_M_LET,
        why="variant: temp is the whole θ, so the intercept's entry gets λθ_1/m that regTerm never charges; "
        + _HENRY_LR_WHY,
    ),
    Answer(
        id="f78-henry-linearreg-grad-lambda-theta",
        source=HENRY_LIN + "; variant: lambda*theta for lambda*theta1)",
        text="grad =  ( X' * (h_theta - y) + lambda*theta ) / m;",
        cost=_HENRY_LIN_COST,
        verdict="different",
        lets=_HENRY_LIN_LETS,
        why="variant: the unmasked θ penalises the bias in the gradient, which Reg leaves out of J; " + _REGLIN_WHY,
    ),
    Answer(
        id="f78-shant-gradient-ascent-h-minus-y",
        source=SHANT + "; variant: y - h written h - y)",
        text="np.dot(X.T, h - y)",
        cost=_SHANT_LL,
        verdict="different",
        wrt="weights_j",
        lets=(_SHANT_SIG, "h = sigmoid(X, weight)"),
        why="variant: Xᵀ(h − y) is the gradient of the negative log-likelihood, the opposite of ll's; "
        + _SHANT_LL_WHY,
    ),
    Answer(
        id="f78-sund-lrcost-grad-lambda-theta",
        source=SUND_LR + "; variant: lambda * theta' for lambda * thetaReg')",
        text="grad = ((h - y') * X + lambda * theta')' / m;",
        cost=_SUND_LR_COST,
        verdict="different",
        lets=_SUND_LR_LETS,
        why="variant: θᵀ in place of θ_regᵀ gives the intercept's entry λθ_1/m, which J does not charge; "
        + _SUND_LR_WHY,
    ),
    Answer(
        id="f78-sund-linearreg-grad-over-2-over-m",
        source=SUND_LIN + "; variant: / 2 / m copied from J)",
        text="grad = (X' * (h - y) + lambda * thetaReg) / 2 / m;",
        cost=_SUND_LIN_COST,
        verdict="different",
        lets=_SUND_LIN_LETS,
        why="variant: the ½ of J cancels against the 2 of the square; dividing the gradient by 2 again halves it; "
        + _SUND_LIN_WHY,
    ),
]

r"""A fresh held-out wave (f41): a mix as a random draw would give it, with every third source a university lab
worksheet, a course assignment's code or a video course's companion notes — LaTeX, Python, R and Octave.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and repositories no other corpus file uses:

* lab worksheets, course code and video notes: Ishuv Giri's solved worksheets 5 and 6 ('Linear Regression from
  Scratch', 'Sigmoid Regression from Scratch'; a feature matrix written d × n, the log loss L(y, ŷ) applied inside
  the cost, the gradients in w and b in LaTeX and NumPy); stats-comp-algo-software-2024/acolum's R/mle_helper.R (a
  course repository: the linear log-likelihood with noise_var and the logistic log-likelihood, each with its
  gradient); stored copies of companion notes to the Coursera video 'Simplified Cost Function and Gradient Descent'
  (one copy's ∂J/∂θ_j has lost the 1/m of the mean);
* Q&A and discussion: a stored copy of the Data Science Stack Exchange question 'Logistic Regression Algorithm Fails
  to Work' (Octave cost and gradient, and a commenter's Cost/Gradient); a stored copy of the Cross Validated
  question 'Poisson regression likelihood estimation' (the log-likelihood with β₀ through x_{i0} = 1 and its
  partial derivative by β_a); a stored copy of the question 'Gradient Descent Implementation of Logistic Regression'
  (one-feature updates in a and b); a stored copy of a GitHub gist thread 'Logistic Regression' whose compute_grad
  multiplies the gradient by −1;
* notes and blogs: a CSDN post 'Python手写岭回归算法' (the λΣθ_j² term written inside the sum over the examples, and
  the matrix form without 1/(2m));
* code: Mark-Daniels-Tamakloe's ridge.py (xTr features × examples, the penalty named lambdaa); two R files of
  logistic negative log-likelihoods (AU-R-Data-Science/FinalProject_Group3, benkeser/survtmle, whose probability
  vector is named pi) and an R file whose gradient adds + beta that its objective does not have; two Octave files
  of one author (public code index files 20291232328 and 20976674030): the first penalises every θ in J but
  leaves θ(1) out of the gradient, the second penalises theta(2:end) in both.

Names follow the sources: a feature matrix written features × examples (Giri's X ∈ ℝ^{d×n}, Tamakloe's xTr) is
Data.X transposed; R's design is Data.X and outcome Data.y; the Octave x of the Stack Exchange question (ones
prepended) is the data matrix Data.X and theta its θ; β₀ of the Poisson question is the intercept (theta0) and β_j
its feature weights; a one-feature slope named a is w[0] with Data.x its feature. Where a source gives no cost for
an answer the answer's own page or file gives it, and ``why`` says so. About half the answers are wrong; the real
mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by
hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
GIRI = "https://github.com/Ishuvgiri/Machine-Learning-and-Algorithms-part-2-part-one-didnt-work-/blob/"
GIRI5 = (
    GIRI + "c88c91fa772e91e1903058952b94df48367daa27/Worksheet_5_Linear_Regression_From_Scratch.ipynb (solved lab "
    "worksheet 'Worksheet 5 — Linear Regression from Scratch'"
)
GIRI6 = (
    GIRI + "c88c91fa772e91e1903058952b94df48367daa27/Worksheet_6_Sigmoid_Regression_From_Scratch.ipynb (solved lab "
    "worksheet 'Sigmoid Regression from Scratch'"
)
ACOLUM = (
    "https://github.com/stats-comp-algo-software-2024/acolum/blob/2ce38cf1cc32a0f9838c77033ccbe81f392e69bd/R/"
    "mle_helper.R (course repository, R"
)
COURSERA = (
    NEMOTRON + " (stored copies of companion notes to the Coursera 'Machine Learning' video 'Simplified Cost "
    "Function and Gradient Descent'"
)
DSSE = (
    NEMOTRON + " (stored copy of the Data Science Stack Exchange question 'Logistic Regression Algorithm Fails to "
    "Work', Octave"
)
CVPOIS = NEMOTRON + " (stored copy of the Cross Validated question 'Poisson regression likelihood estimation'"
LOGITQ = (
    NEMOTRON + " (stored copy of the question 'Gradient Descent Implementation of Logistic Regression', Python "
    "def LogitRegression(arr)"
)
GIST = (
    NEMOTRON + " (stored copy of a GitHub gist thread 'Logistic Regression' with @waylonflinn's comment of Nov 27, "
    "2013, Python"
)
XILIGEY = (
    "https://blog.youkuaiyun.com/xiligey1/article/details/81387009 (mirror of the CSDN post 'Python手写岭回归算法', "
    "'理论'"
)
TAMAKLOE = (
    "https://github.com/Mark-Daniels-Tamakloe/Spam-email-classifier/blob/2583d1157d482f330dfa84e4a08514ccfc68274e/"
    "ridge.py (Python, def ridge(w, xTr, yTr, lambdaa)"
)
AUR = (
    "https://github.com/AU-R-Data-Science/FinalProject_Group3/blob/1d04e3bba9ac242c325a5f98601aa1f15f1c1336/R/"
    "logistic_regression.R (R, log_regression"
)
SURVTMLE = (
    "https://github.com/benkeser/survtmle/blob/18ef05da3dca55c1f0bb7a67e8e83eabf195ddc9/R/ (R, LogLikelihood.R and "
    "grad.R"
)
RLOGREG = (
    "public code index file 24963416559 (R, '# Functions that compute gradient and hessian for fitting logistic "
    "regression model'; the index does not name its repository"
)
OCT_ALL = (
    "public code index file 20291232328 (Octave, function [J, grad] = costFunctionReg(theta, X, y, lambda), "
    "'Compute cost for linear regression'; the index does not name its repository"
)
OCT_SKIP = (
    "public code index file 20976674030 (Octave, gradientDescent_intercept(X, y, theta, alpha, num_iters, lambda), "
    "the same author's code; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _half_mean_sq_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / (2 * d.m)


def _ce_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _ridge_mean_w(d):
    r = d.X @ d.w - d.y
    return float(np.mean(r * r)) + d.lam * float(d.w @ d.w)


def _gauss_loglik_beta(d):
    r = d.y - d.X @ d.beta
    return -0.5 * float(r @ r)


def _logit_loglik_beta(d):
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.log1p(np.exp(z))))


def _logit_nll_mean_beta(d):
    z = d.X @ d.beta
    return -float(np.mean(d.y * z - np.log1p(np.exp(z))))


def _logit_nll_sum_beta(d):
    return -float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _linear_l2_all_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _linear_l2_skip_first(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta[1:] @ d.theta[1:])) / (2 * d.m)


def _ce_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _poisson_loglik_intercept(d):
    z = d.theta0 + d.X @ d.beta
    return float(np.sum(d.y * z - np.exp(z)))


def _ridge_penalty_inside_sum(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return (float(r @ r) + d.m * d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _ridge_sse_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r) + d.lam * float(d.theta @ d.theta)


# ------------------------------------------------------------------ texts the items share
_GIRI5_WHY = (
    "the worksheet's model has no bias (Y = WᵀX with W ∈ ℝ^d, X ∈ ℝ^{d×n}: features × samples, Data.X transposed; "
    "its code computes np.dot(X, W) on samples × features); W and w are the same weight vector in its text"
)
_GIRI6_J = r"\frac{1}{n} \sum_{i=1}^{n} L\left(y_i, \frac{1}{1 + e^{-(x_i \cdot w + b)}}\right)"
_GIRI6_LOSS = r"L(y, \hat{y}) = -y \log(\hat{y}) - (1 - y) \log(1 - \hat{y})"
_GIRI6_LETS = (_GIRI6_LOSS,)
_GIRI6_GRAD_LETS = (
    _GIRI6_LOSS,
    r"\hat{y} = \sigma(x \cdot w^T + b) = \frac{1}{1 + e^{-(x \cdot w^T + b)}}",
)
_GIRI6_WHY = (
    "the worksheet's 'L(w, b) := C(y, ŷ | X, w, b) = …', its right side: the mean over the n observations of the log "
    "loss L(y, ŷ) of its Task 2, applied to ŷ_i = σ(x_i·w + b) — the mean cross-entropy in the weights w and the "
    "bias b"
)
_GIRI6_CODE_LETS = ("y_pred = 1 / (1 + np.exp(-(np.dot(X, w) + b)))", "n, d = X.shape")
_TAMAKLOE_J = "np.mean(error ** 2) + lambdaa * np.sum(w ** 2)"
_TAMAKLOE_LETS = ("error = (w.T @ xTr) - yTr",)
_TAMAKLOE_WHY = (
    "xTr is d × n, 'each column is an input vector' (Data.X transposed), yTr 1 × n, lambdaa the regularisation "
    "constant (λ): the mean squared error plus λ‖w‖², every w_k penalised"
)
_ACOLUM_LM_J = "-0.5 / noise_var * sum((outcome - est)^2)"
_ACOLUM_LM_LETS = ("est <- design %*% beta", "noise_var = 1")
_ACOLUM_LM_WHY = (
    "lm_log_likelihood(design, outcome, beta, noise_var = 1): the Gaussian log-likelihood up to a constant, at the "
    "default noise_var = 1 — −½Σ(y − Xβ)²"
)
_ACOLUM_LOGIT_J = "sum(outcome * est - log(1 + exp(est)))"
_ACOLUM_LOGIT_LETS = ("est <- design %*% beta",)
_ACOLUM_LOGIT_GRAD_LETS = ("est <- design %*% beta", "mu <- sigmoid(est)", "sigmoid(x) = 1 / (1 + exp(-x))")
_ACOLUM_LOGIT_WHY = (
    "logit_log_likelihood: Σ(y_i z_i − log(1 + e^{z_i})) with z = Xβ — the Bernoulli log-likelihood, to be "
    "maximised"
)
_RLOG_J = "-(1/sample.size)*sum(y*(X%*%beta) - log(1 + exp(X%*%beta)))"
_RLOG_WHY = (
    "log_reg_obj_function, '# negative log likelihood': −(1/n)Σ(y_i z_i − log(1 + e^{z_i})), z = Xβ, n = nrow(X) — "
    "the mean negative log-likelihood with no penalty"
)
_OCT_ALL_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta.^2)/(2*m)"
_OCT_SKIP_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta(2:end).^2)/(2*m)"
_OCT_LETS = ("h = X*theta", "m = length(y)")
_OCT_GRAD_LETS = ("h = X*theta", "m = length(y)", "temp = lambda*theta/m", "temp(1) = 0")
_DSSE_J = "(1./m) * ( -y' * log(h) - (1 - y') * log(1 - h))"
_DSSE_LETS = ("z = x * theta", "h = g(z)", 'g = inline("1 ./ (1 + exp(-z))")', "m = length(y)")
_DSSE_WHY = (
    "the question's j = …: x is its data matrix with a column of ones prepended (x = [ones(size(x, 1), 1) x]), "
    "theta its parameters, y the 0/1 column of labels; -y' * log(h) is an inner product — the mean cross-entropy"
)
_DSSE_MEDIA_J = (
    r"\text{Cost} = \frac{1}{m} \sum \left( (-y) \cdot \log(h) - (1 - y) \cdot \log(1 - h) \right)"
)
_CVPOIS_J = r"-\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + \sum_{i=1}^n y_i \sum_{j=0}^p \beta_j x_{ij}"
_CVPOIS_LETS = ("x_{i0} = 1",)
_CVPOIS_WHY = (
    "the question's l(β) ∝ … (the right side; −Σlog y_i! dropped): log λ_i = Σ_{j=0}^p β_j x_{ij} with x_{i0} = 1, so "
    "β₀ is the intercept and β_1…β_p the weights of the p features"
)
_LOGITQ_J = r"- \left [y \log(z) + (1-y) \log(1-z) \right ]"
_LOGITQ_LETS = (r"z = \sigma(a \cdot x + b)",)
_LOGITQ_WHY = (
    "the question's cross-entropy of one example (x, y) with one feature: z = σ(a·x + b), σ the sigmoid; each "
    "answer is what the code subtracts from a (or b) with its learning rate lr = 1.0"
)
_GIST_J = (
    "(1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
_GIST_LETS = ("m = X.shape[0]", "sigmoid(X) = 1 / (1 + numpy.exp(-X))")
_GIST_WHY = (
    "the gist's compute_cost: y a column of 0/1 labels, X the data with a column of ones, θ reshaped to a column; "
    "the mean cross-entropy (sigmoid as the thread's simplified version writes it)"
)
_COURSERA_J = (
    r"J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left[ -y^{(i)} \log(h(x^{(i)})) - (1-y^{(i)}) \log(1-h(x^{(i)})) "
    r"\right]"
)
_COURSERA_LETS = (r"h(x) = \frac{1}{1 + e^{-\theta^T x}}",)
_COURSERA_WHY = (
    "the video's J(θ) = (1/m)Σ cost(h(x⁽ⁱ⁾), y⁽ⁱ⁾) with cost(h(x), y) = −y log h(x) − (1 − y) log(1 − h(x)), "
    "h(x) = 1/(1 + e^{−θᵀx}) as another copy of the notes writes it — the mean cross-entropy"
)
_SURV_J = "-logLike"
_SURV_LETS = ("logLike <- sum(Y*log(pi) + (1-Y)*log(1-pi))", "pi <- plogis(X%*%beta)")
_SURV_GRAD_LETS = ("gr <- crossprod(X, Y-pi)", "pi <- plogis(X%*%beta)")
_SURV_WHY = (
    "R's plogis is the logistic function; pi here is the vector of fitted probabilities (it shadows R's constant "
    "π), the lines clipping pi to (0, 1) left off: LogLikelihood returns the summed negative log-likelihood, "
    "crossprod(X, v) is Xᵀv"
)

COSTS: list[Cost] = [
    # ============================================================ lab worksheets, course code, video notes
    Cost(
        id="f41-giri5-half-mse-d-by-n",
        source=GIRI5 + ", 'Step 2 — Build a Cost Function')",
        text=r"L(w) = \frac{1}{2n} \sum_{i=1}^{n} (y_{pred}^{(i)} - y_i)^2",
        intended=_half_mean_sq_w,
        wrt=("w_j",),
        lets=(r"y_{pred}(w) = W^T X",),
        why="y_pred^{(i)} is the i-th entry of the row WᵀX, Σ_k W_k X_{ki}: half the mean squared error; " + _GIRI5_WHY,
    ),
    Cost(
        id="f41-giri6-mean-log-loss-applied",
        source=GIRI6 + ", 'Task 4: Cost Function for Sigmoid Regression')",
        text=_GIRI6_J,
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=_GIRI6_LETS,
        why=_GIRI6_WHY,
    ),
    Cost(
        id="f41-acolum-gaussian-loglik",
        source=ACOLUM + ", lm_log_likelihood)",
        text=_ACOLUM_LM_J,
        intended=_gauss_loglik_beta,
        wrt=("beta_j",),
        lets=_ACOLUM_LM_LETS,
        why=_ACOLUM_LM_WHY,
    ),
    Cost(
        id="f41-acolum-logit-loglik",
        source=ACOLUM + ", logit_log_likelihood)",
        text=_ACOLUM_LOGIT_J,
        intended=_logit_loglik_beta,
        wrt=("beta_j",),
        lets=_ACOLUM_LOGIT_LETS,
        why=_ACOLUM_LOGIT_WHY,
    ),
    Cost(
        id="f41-coursera-notes-J-mean",
        source=COURSERA + ", 'Cost Function: Our overall cost function …')",
        text=_COURSERA_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_COURSERA_LETS,
        why=_COURSERA_WHY,
    ),
    # ============================================================ Q&A and discussion
    Cost(
        id="f41-dsse-octave-j",
        source=DSSE + ", the asker's loop: j = …)",
        text=_DSSE_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_DSSE_LETS,
        why=_DSSE_WHY,
    ),
    Cost(
        id="f41-dsse-comment-cost-unindexed-sum",
        source=DSSE + ", a commenter: 'change your cost function to the following')",
        text=_DSSE_MEDIA_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_DSSE_LETS[:3],
        why="the comment's Σ runs over the entries of the vectors y and h = g(x·θ) of the question's code (· "
        "elementwise): the same mean cross-entropy; " + _DSSE_WHY,
    ),
    Cost(
        id="f41-cvpois-loglik-j-from-0",
        source=CVPOIS + ", 'a) … l(β) ∝')",
        text=_CVPOIS_J,
        intended=_poisson_loglik_intercept,
        wrt=("beta_0", "beta_j"),
        lets=_CVPOIS_LETS,
        why="the Poisson log-likelihood Σ(y_i z_i − e^{z_i}) with z_i = β₀ + Σ_{j≥1}β_j x_{ij}; " + _CVPOIS_WHY,
    ),
    Cost(
        id="f41-gist-compute-cost",
        source=GIST + ", compute_cost: J = …)",
        text=_GIST_J,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_GIST_LETS,
        why=_GIST_WHY,
    ),
    Cost(
        id="f41-gist-simplified-cost-mean",
        source=GIST + ", the comment's simplified cost: return log_l.mean())",
        text="log_l.mean()",
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=(
            "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
            "p_1 = sigmoid(numpy.dot(X, theta))",
            "sigmoid(X) = 1 / (1 + numpy.exp(-X))",
        ),
        why="log_l is the vector of per-example losses ('# log-likelihood vector', though it is the negative one), "
        "its mean the mean cross-entropy",
    ),
    # ============================================================ notes, blogs
    Cost(
        id="f41-xiligey-penalty-inside-sum",
        source=XILIGEY + ", '损失函数:')",
        text=r"J\left(\theta \right)=\frac{1}{2m}\sum\limits_{i=1}^{m}{[({ {({h_\theta}({ {x}^{(i)}})-{ {y}^{(i)}})}^"
        r"{2}}+\lambda \sum\limits_{j=1}^{n}{\theta _{j}^{2}})]}",
        intended=_ridge_penalty_inside_sum,
        wrt=("theta_0", "theta_j"),
        lets=(r"h_\theta(x) = \theta_0 + \theta_1 x_1 + \theta_2 x_2 + \cdots + \theta_n x_n",),
        why="the bracket after Σ_{i=1}^m closes after λΣ_{j=1}^nθ_j², so the penalty is added once per example: J = "
        "(1/(2m))Σ(h − y)² + (λ/2)Σ_{j≥1}θ_j², the intercept θ₀ unpenalised (as written; most notes put λ outside "
        "the sum)",
    ),
    Cost(
        id="f41-xiligey-matrix-form",
        source=XILIGEY + ", '损失函数的矩阵形式:')",
        text=r"J(\theta)= (y - X\theta)^T (y - X\theta) + \lambda \theta^T \theta",
        intended=_ridge_sse_theta,
        wrt=("theta_j",),
        why="the post's matrix form: the sum of squared residuals plus λθᵀθ over every θ_k, with no 1/(2m) (it does "
        "not equal the post's own J above)",
    ),
    # ============================================================ code
    Cost(
        id="f41-tamakloe-ridge-loss",
        source=TAMAKLOE + ", loss = …)",
        text=_TAMAKLOE_J,
        intended=_ridge_mean_w,
        wrt=("w_j",),
        lets=_TAMAKLOE_LETS,
        why=_TAMAKLOE_WHY,
    ),
    Cost(
        id="f41-rlogreg-obj-mean-nll",
        source=RLOGREG + ", log_reg_obj_function)",
        text=_RLOG_J,
        intended=_logit_nll_mean_beta,
        wrt=("beta_j",),
        lets=("sample.size <- nrow(X)",),
        why=_RLOG_WHY,
    ),
    Cost(
        id="f41-aur-log-regression-sum",
        source=AUR + ")",
        text="sum(-((1 - y) * log(1 - p)) - (y * log(p)))",
        intended=_logit_nll_sum_beta,
        wrt=("beta_j",),
        lets=("p <- 1 / (1 + exp(-X %*% beta))",),
        why="the summed negative log-likelihood of logistic regression (R's unary minus binds before %*%: "
        "(−X)β = −Xβ)",
    ),
    Cost(
        id="f41-survtmle-minus-loglike-pi",
        source=SURVTMLE + ", LogLikelihood)",
        text=_SURV_J,
        intended=_logit_nll_sum_beta,
        wrt=("beta_j",),
        lets=_SURV_LETS,
        why=_SURV_WHY,
    ),
    Cost(
        id="f41-octave-all-theta-penalised",
        source=OCT_ALL + ", J = …)",
        text=_OCT_ALL_J,
        intended=_linear_l2_all_theta,
        wrt=("theta_j",),
        lets=_OCT_LETS,
        why="sum(theta.^2) runs over every θ, theta(1) (the intercept of its ones column) included: the linear-l2 "
        "preset",
    ),
    Cost(
        id="f41-octave-theta-2-end-penalised",
        source=OCT_SKIP + ", J = …)",
        text=_OCT_SKIP_J,
        intended=_linear_l2_skip_first,
        wrt=("theta_j",),
        lets=_OCT_LETS,
        why="theta(2:end) leaves θ(1) (Octave's first entry, theta[0] here) out of the penalty",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f41-rlogreg-grad-adds-beta",
        source=RLOGREG + ", log_reg_grad_function)",
        text="-as.vector((1/sample_size)*t(X)%*%(y - p)) + beta",
        cost=_RLOG_J,
        verdict="different",
        wrt="beta_j",
        lets=(
            "sample_size <- nrow(X)",
            "p <- as.matrix(predict(X, beta),ncol = 1)",
            "predict(X, beta) = as.vector(1/(1 + exp(- (X%*%beta))))",
        ),
        why="the objective has no penalty, so its gradient is −(1/n)Xᵀ(y − p); the + beta (and the + I in the "
        "file's Hessian) belong to an objective with ½‖β‖² added, which log_reg_obj_function does not have; "
        + _RLOG_WHY,
    ),
    Answer(
        id="f41-octave-grad-skips-theta1-cost-does-not",
        source=OCT_ALL + ", grad = …)",
        text="X'*(h-y)/m+temp",
        cost=_OCT_ALL_J,
        verdict="different",
        wrt="theta_j",
        lets=_OCT_GRAD_LETS,
        why="temp(1) = 0 leaves λθ(1)/m out of the first component, but this J penalises sum(theta.^2), θ(1) "
        "included: the first component is off by λθ₁/m (the same author's gradientDescent_intercept penalises "
        "theta(2:end) in J, where this gradient is right)",
    ),
    Answer(
        id="f41-gist-compute-grad-times-minus-one",
        source=GIST + ", compute_grad: grad[i] = …)",
        text="(1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        wrt="theta_j",
        lets=("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))"),
        why="the loop's i is the component (grad[i], X[:, i]); (1/m)Σ(h − y)x_i is the gradient of the cost, and "
        "the * -1 negates it (the thread's simplified grad 'took out the negatives'); " + _GIST_WHY,
    ),
    Answer(
        id="f41-coursera-notes-dJ-no-1-over-m",
        source=COURSERA + ", one copy: 'The derivative term simplifies to:')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)}) x_j^{(i)}",
        cost=_COURSERA_J,
        verdict="different",
        wrt="theta_j",
        lets=_COURSERA_LETS,
        why="J is the mean, so its derivative carries 1/m: Σ(h − y)x_j is m times ∂J/∂θ_j (the same copy's update "
        "then writes α(1/m)Σ…, and the other copies write the 1/m); " + _COURSERA_WHY,
    ),
    # ============================================================ variants (one slip each)
    Answer(
        id="f41-giri6-dw-sign-lost-variant",
        source=GIRI6 + ", ∂Log Loss/∂w without its leading minus — a variant)",
        text=r"\frac{\partial \text{Log Loss}}{\partial w} = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i) x_i",
        cost=_GIRI6_J,
        verdict="different",
        wrt="w_j",
        lets=_GIRI6_GRAD_LETS,
        why="variant: (1/n)Σ(y − ŷ)x is minus the gradient of the mean log loss; " + _GIRI6_WHY,
    ),
    Answer(
        id="f41-giri6-grad-b-sign-lost-variant",
        source=GIRI6 + ", compute_gradient's grad_b without its minus — a variant)",
        text="(1 / n) * np.sum(y - y_pred)",
        cost=_GIRI6_J,
        verdict="different",
        wrt="b",
        lets=_GIRI6_GRAD_LETS[:1] + _GIRI6_CODE_LETS,
        why="variant: ∂/∂b of the mean log loss is (1/n)Σ(ŷ − y); " + _GIRI6_WHY,
    ),
    Answer(
        id="f41-tamakloe-penalty-factor-2-lost-variant",
        source=TAMAKLOE + ", gradient with lambdaa * w — a variant)",
        text="(2 / n) * (xTr @ error.T) + lambdaa * w",
        cost=_TAMAKLOE_J,
        verdict="different",
        wrt="w_j",
        lets=_TAMAKLOE_LETS + ("d, n = xTr.shape",),
        why="variant: d/dw of λ‖w‖² is 2λw; " + _TAMAKLOE_WHY,
    ),
    Answer(
        id="f41-acolum-logit-grad-flipped-variant",
        source=ACOLUM + ", logit_loglik_gradient with mu - outcome — a variant)",
        text="as.vector(t(design) %*% (mu - outcome))",
        cost=_ACOLUM_LOGIT_J,
        verdict="different",
        wrt="beta_j",
        lets=_ACOLUM_LOGIT_GRAD_LETS,
        why="variant: Xᵀ(μ − y) is the gradient of the negative log-likelihood, not of this log-likelihood; "
        + _ACOLUM_LOGIT_WHY,
    ),
    Answer(
        id="f41-acolum-lm-grad-flipped-variant",
        source=ACOLUM + ", lm_loglik_gradient with est - outcome — a variant)",
        text="t(design) %*% (est - outcome) / noise_var",
        cost=_ACOLUM_LM_J,
        verdict="different",
        wrt="beta_j",
        lets=_ACOLUM_LM_LETS,
        why="variant: −½Σ(y − Xβ)² has gradient Xᵀ(y − Xβ); " + _ACOLUM_LM_WHY,
    ),
    Answer(
        id="f41-dsse-grad-y-minus-h-variant",
        source=DSSE + ", grad with (y - h) — a variant)",
        text="1./m * x' * (y - h)",
        cost=_DSSE_J,
        verdict="different",
        wrt="theta_j",
        lets=_DSSE_LETS,
        why="variant: (1/m)xᵀ(y − h) is minus the gradient of the mean cross-entropy; " + _DSSE_WHY,
    ),
    Answer(
        id="f41-logitq-a-step-reverted-variant",
        source=LOGITQ + ", the asker's reverted update a = a + x * (z - y), as a gradient — a variant)",
        text="x * (y - z)",
        cost=_LOGITQ_J,
        verdict="different",
        wrt="a",
        lets=_LOGITQ_LETS,
        why="variant: the asker found 'if the sign of the gradient update is reverted, the implementation works', "
        "i.e. took x(y − z) as the gradient; ∂L/∂a = x(z − y), and the reverted step climbs the loss; " + _LOGITQ_WHY,
    ),
    Answer(
        id="f41-cvpois-exp-term-factor-lost-variant",
        source=CVPOIS + ", b) without x_{ia} on the exponential term — a variant)",
        text=r"\frac{\partial l(\beta)}{\partial \beta_a} = -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + "
        r"\sum_{i=1}^n y_i x_{ia}",
        cost=_CVPOIS_J,
        verdict="different",
        wrt="beta_j",
        lets=_CVPOIS_LETS,
        why="variant: the chain rule gives e^{z_i}x_{ia}; the question's index a is the component (read as j); "
        + _CVPOIS_WHY,
    ),
    Answer(
        id="f41-survtmle-gr-unnegated-variant",
        source=SURVTMLE + ", grad returning gr instead of -gr — a variant)",
        text="gr",
        cost=_SURV_J,
        verdict="different",
        wrt="beta_j",
        lets=_SURV_GRAD_LETS,
        why="variant: Xᵀ(Y − π) is the gradient of the log-likelihood; LogLikelihood returns its negative; "
        + _SURV_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f41-giri6-dw-latex",
        source=GIRI6 + ", 'Computing the Gradient', ∂Log Loss/∂w)",
        text=r"\frac{\partial \text{Log Loss}}{\partial w} = -\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i) x_i",
        cost=_GIRI6_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_GIRI6_GRAD_LETS,
        why="'Log Loss' is the worksheet's cost L(w, b); x_i the feature vector of observation i; " + _GIRI6_WHY,
    ),
    Answer(
        id="f41-giri6-db-latex",
        source=GIRI6 + ", 'Computing the Gradient', ∂Log Loss/∂b)",
        text=r"\frac{\partial \text{Log Loss}}{\partial b} = -\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)",
        cost=_GIRI6_J,
        verdict="equivalent",
        wrt="b",
        lets=_GIRI6_GRAD_LETS,
        why=_GIRI6_WHY,
    ),
    Answer(
        id="f41-giri6-grad-w-code",
        source=GIRI6 + ", compute_gradient: grad_w = …)",
        text="-(1 / n) * np.dot(X.T, (y - y_pred))",
        cost=_GIRI6_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_GIRI6_GRAD_LETS[:1] + _GIRI6_CODE_LETS,
        why="X here is n × d (observations × features); " + _GIRI6_WHY,
    ),
    Answer(
        id="f41-giri5-one-example-gradient",
        source=GIRI5 + ", 'Key Formulas', Gradient)",
        text=r"\frac{\partial \text{Loss}}{\partial w} = 2 \cdot (h_w(x) - y) \cdot x",
        cost=r"(h_w(x) - y)^2",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"h_w(x) = W^T x",),
        why="the worksheet's 'Loss Function: Loss = (h_w(x) − y)²' of one example (x a feature vector, y its target), "
        "h_w(x) = Wᵀx its 'Hypothesis'; " + _GIRI5_WHY,
    ),
    Answer(
        id="f41-acolum-lm-grad",
        source=ACOLUM + ", lm_loglik_gradient)",
        text="t(design) %*% (outcome - est) / noise_var",
        cost=_ACOLUM_LM_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ACOLUM_LM_LETS,
        why=_ACOLUM_LM_WHY,
    ),
    Answer(
        id="f41-acolum-logit-grad",
        source=ACOLUM + ", logit_loglik_gradient)",
        text="as.vector(t(design) %*% (outcome - mu))",
        cost=_ACOLUM_LOGIT_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ACOLUM_LOGIT_GRAD_LETS,
        why=_ACOLUM_LOGIT_WHY,
    ),
    Answer(
        id="f41-coursera-notes-dJ-mean",
        source=COURSERA + ", another copy: 'The partial derivative is:')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left( h(x^{(i)}) - "
        r"y^{(i)} \right) x_j^{(i)}",
        cost=_COURSERA_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_COURSERA_LETS,
        why=_COURSERA_WHY,
    ),
    Answer(
        id="f41-dsse-octave-grad",
        source=DSSE + ", the asker's loop: grad = …)",
        text="1./m * x' * (h - y)",
        cost=_DSSE_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DSSE_LETS,
        why="the question's gradient is right (the thread's trouble is the data and the step size); " + _DSSE_WHY,
    ),
    Answer(
        id="f41-dsse-comment-gradient",
        source=DSSE + ", a commenter: 'and your gradient to the following')",
        text=r"\text{Gradient} = \frac{1}{m} x' (h - y)",
        cost=_DSSE_MEDIA_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_DSSE_LETS[:3],
        why="x' the transpose of the question's data matrix x; " + _DSSE_WHY,
    ),
    Answer(
        id="f41-cvpois-dl-dbeta-a",
        source=CVPOIS + ", 'b)')",
        text=r"\frac{\partial l(\beta)}{\partial \beta_a} = -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} + "
        r"\sum_{i=1}^n y_i x_{ia}",
        cost=_CVPOIS_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_CVPOIS_LETS,
        why="the question writes the component as β_a (j is taken by the inner sum), checked here for a = 1…p; the "
        "answer to the question finds fault only with its second derivatives; " + _CVPOIS_WHY,
    ),
    Answer(
        id="f41-logitq-a-step",
        source=LOGITQ + ", a = a - x * (z - y))",
        text="x * (z - y)",
        cost=_LOGITQ_J,
        verdict="equivalent",
        wrt="a",
        lets=_LOGITQ_LETS,
        why="∂/∂a of the cross-entropy of σ(ax + b) is x(z − y): the asker's first update was right; " + _LOGITQ_WHY,
    ),
    Answer(
        id="f41-logitq-b-step",
        source=LOGITQ + ", b = b - (z - y))",
        text="(z - y)",
        cost=_LOGITQ_J,
        verdict="equivalent",
        wrt="b",
        lets=_LOGITQ_LETS,
        why=_LOGITQ_WHY,
    ),
    Answer(
        id="f41-gist-compute-cost-grad",
        source=GIST + ", compute_cost: grad = …)",
        text="transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_GIST_LETS,
        why="((1/m)(h − y)ᵀX)ᵀ = (1/m)Xᵀ(h − y); " + _GIST_WHY,
    ),
    Answer(
        id="f41-tamakloe-ridge-gradient",
        source=TAMAKLOE + ", gradient = …)",
        text="(2 / n) * (xTr @ error.T) + 2 * lambdaa * w",
        cost=_TAMAKLOE_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TAMAKLOE_LETS + ("d, n = xTr.shape",),
        why="xTr @ error.T = Σ_i e_i x⁽ⁱ⁾ with n the examples; " + _TAMAKLOE_WHY,
    ),
    Answer(
        id="f41-octave-grad-theta-2-end",
        source=OCT_SKIP + ", grad = …)",
        text="X'*(h-y)/m+temp",
        cost=_OCT_SKIP_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_OCT_GRAD_LETS,
        why="here J penalises theta(2:end) only, so temp(1) = 0 is right",
    ),
    Answer(
        id="f41-survtmle-minus-gr",
        source=SURVTMLE + ", grad)",
        text="-gr",
        cost=_SURV_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_SURV_GRAD_LETS,
        why="−Xᵀ(Y − π) = Xᵀ(π − Y), the gradient of the summed negative log-likelihood; " + _SURV_WHY,
    ),
]

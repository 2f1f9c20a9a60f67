r"""A fresh held-out wave (f72): the mainstream drawn the way a grader would draw it — lecture-style LaTeX from a
from-scratch notebook series and from course slides, an R package's roxygen documentation, course-homework MATLAB
(a Cornell-style CSE517 project 4: ridge, logistic and hinge losses with their gradients), Julia solver code, a
PyTorch lecture cell, and a garbled homework-help page.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, repositories and index files no other corpus file uses:

* LaTeX notes: srimugunthan/ml-algos-from-scratch (logistic_regression_from_scratch.ipynb and
  linear_regression_from_scratch.ipynb: the 'Mathematical Foundation' cells, the loss and the two partial
  derivatives, the ridge and lasso losses, and a docstring derivation); the Michigan State / Oslo course slides
  compphysics.github.io (MachineLearning week36 'Deriving the Ridge Regression Equations', and MachineLearningMSU
  GradientOptim 'The equations to solve', the compact derivative of the cross entropy);
* documentation with a real mistake: an R package 'AdamReg' (its roxygen @details give the ridge 'gradient' as
  the penalty itself, \frac{\lambda}{2}\sum\beta^2, and the lasso one with |\beta|); an R grad.logistic whose
  roxygen states the averaged logistic risk and its gradient;
* code: bremerle3/cse517 project4 ridge.m, logistic.m, hinge.m (MATLAB, columns of xTr are the examples); a Julia
  SAGA benchmark file whose logreg_l2_loss adds .5 * lambda * norm(w) (the norm, not its square) while
  logreg_l2_grad adds lambda .* w — a real loss/gradient mismatch; a second Julia file of the same family
  (logistic_diff_phi, '# correct'); a PyTorch lecture cell (eceml.com Lecture 8, the loss autograd differentiates);
* Q&A and more code: a stats.SE answer writing a ridge objective with X′ and Y′ as names (not transposes); an R
  lasso file whose log.lik/grad.loglik (least squares despite the comments' 'logit model') feed a proximal
  gradient;
* a homework-help page whose OCR turned the negative log-likelihood into unreadable text (refused).

Names follow the sources: X, \hat{X}, A, X_train are the design matrix Data.X (rows are examples); xTr (MATLAB) is
d × n with the examples as columns, i.e. Data.X.T; w, \boldsymbol{\beta}, \hat{\beta}, theta, x (the R
grad.logistic's parameter vector) and w_gd are the weight vector (Data.w / Data.beta); b the intercept Data.b; y,
Y, yTr, t, b_i (grad.logistic's labels) are the labels Data.y; lambda, λ are Data.lam. Labels written ±1 in a
source (logistic.m, the Julia files, grad.logistic) enter the formulas as numbers, so the same function of y is
meant for any y. About 40% of the answers are wrong; the real mistakes come first, the rest are one-slip variants
of real answers, marked "variant". Verdicts were worked out by hand and checked against finite differences of
the costs (/tmp/f72/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
SRI_LOG = (
    "https://github.com/srimugunthan/ml-algos-from-scratch/blob/2cb069fd7a411cdc6efd2452b7c2082b7099a979/"
    "classification/logistic_regression_from_scratch.ipynb"
)
SRI_LIN = (
    "https://github.com/srimugunthan/ml-algos-from-scratch/blob/2cb069fd7a411cdc6efd2452b7c2082b7099a979/"
    "linear_regression_from_scratch.ipynb"
)
CP_RIDGE = (
    "https://compphysics.github.io/MachineLearning/doc/pub/week36/html/._week36-bs010.html ('Deriving the Ridge "
    "Regression Equations', the first display"
)
CP_MSU = (
    "https://compphysics.github.io/MachineLearningMSU/doc/pub/GradientOptim/html/._GradientOptim-bs004.html "
    "('The equations to solve', the compact first derivative"
)
BREM = "github:bremerle3/cse517 @14b997bc874e683adc7d8ccbc405e85582ca3875"
BREM_RIDGE = BREM + " project4/ridge.m"
BREM_LOG = BREM + " project4/logistic.m"
BREM_HINGE = BREM + " project4/hinge.m"
JL_SAGA = (
    "public code index file 47538217043 (Julia, 'Implementation based on Algorithm 2 of N. Gazagnadou, R. Gower, "
    "J. Salmon, Optimal Mini-Batch and Step Sizes for SAGA'; the index does not name its repository"
)
JL_PHI = (
    "public code index file 47946067279 (Julia, logistic_loss via logistic_diff_phi, 'function logistic_grad(X, y, "
    "w::Array{Float64}) # correct'; the index does not name its repository"
)
R_ADAM = (
    "public code index file 14680154429 (R, '# Functions for AdamReg package', the roxygen @details of "
    "gradient_function; the index does not name its repository"
)
R_GRADLOG = (
    "public code index file 27341389617 (R, roxygen '#' Gradient of the logistic regression risk.' and "
    "grad.logistic; the index does not name its repository"
)
ECEML = (
    "https://eceml.com/materials/lectures/lec08/Lecture08_Kani.html (multiple linear regression, the gradient "
    "descent loop: errors = …, loss = …, loss.backward())"
)
R_PROX = (
    "public code index file 9225257032 (R, log.lik / grad.loglik / soft.thresholding / proximal.gradient for "
    "the lasso; the index does not name its repository"
)
CV_427171 = (
    "https://stats.stackexchange.com/questions/427171/simplifying-the-matrix-form-of-the-solution-to-ridge-regression/"
    "427180 (the answer, 'Your function … for a fixed scalar λ'"
)
STUDYDADDY = (
    "https://studydaddy.com/question/the-negative-log-likelihood-can-be-calculated-according-to-nll-d-w-2-1-1-yg-lcg "
    "(the question text, 'The negative log-likelihood can be calculated according to')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _half_mean_sq_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_mean_w_b(d):
    return _half_mean_sq_w_b(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _ridge_sum_w(d):
    # xTr is d × n (examples as columns): transpose(w)*xTr is the row of predictions Xw
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _logloss_margin_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _logloss_margin_sum_half_norm_w(d):
    return _logloss_margin_sum_w(d) + 0.5 * d.lam * float(np.linalg.norm(d.w))


def _logloss_margin_mean_w(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _ridge_sum_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) + d.lam * float(d.beta @ d.beta)


def _nll_sum_beta(d):
    return -float(np.sum(_ll(sig(d.X @ d.beta), d.y)))


def _nll_sum_half_ridge_beta(d):
    return _nll_sum_beta(d) + d.lam / 2 * float(d.beta @ d.beta)


def _half_rss_beta(d):
    r = d.y - d.X @ d.beta
    return 0.5 * float(r @ r)


def _ridge_sum_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) + d.lam * float(d.theta @ d.theta)


def _sq_sum_over_n_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


# ------------------------------------------------------------------ texts the items share
_SRI_LOG_COST = (
    r"L(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \log(h(x^{(i)})) + (1-y^{(i)}) \log(1-h(x^{(i)}))]"
)
_SRI_LOG_LETS = (r"h(x) = \sigma(w^T x + b)", r"\sigma(z) = \frac{1}{1 + e^{-z}}")
_SRI_LIN_COST = r"L(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2"
_SRI_LIN_LETS = (r"h(x) = w^T x + b",)
_SRI_RIDGE_COST = r"L_{Ridge} = L_{MSE} + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2"
_SRI_RIDGE_LETS = (r"L_{MSE} = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2", r"h(x) = w^T x + b")
_SRI_DW = r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (h(x) - y)"
_SRI_DB = r"\frac{\partial L}{\partial b} = \frac{1}{m} \sum(h(x) - y)"
_SRI_WHY = (
    "the notebook's X is the m × n design matrix (Data.X, no ones column: the bias b is separate), w the weights, "
    "b the bias, m the number of examples; in the derivative lines h(x) and y stand for the vectors of all m "
    "predictions and labels, X^T (h(x) - y) the matrix product"
)

_BREM_RIDGE_COST = "loss = sum((transpose(w)*xTr - yTr).^2) + lambda*transpose(w)*w;"
_BREM_LOG_COST = "loss = sum(log(1+exp(-yTr.*(transpose(w)*xTr))));"
_BREM_WHY = (
    "xTr is d × n with the examples as columns (Data.X.T), yTr the 1 × n label row (±1 in the project; the "
    "formula is a function of any y), w the d × 1 weight column, lambda the λ (Data.lam)"
)
_BREM_LOG_LETS = ("[d,n]=size(xTr);",)
_BREM_LOG_GRAD = (
    "partial_grad = (repmat(yTr,d,1).*xTr)./repmat((1+exp(yTr.*(transpose(w)*xTr))),d,1);\n"
    "gradient = -sum(partial_grad,2);"
)

_JL_LOSS = "sum( log.(1. .+  exp.(-(y .* (X*w)))) )"
_JL_L2_LOSS = "logistic_loss(X, y, w) + (.5 * lambda * norm(w))"
_JL_L2_LETS = ("logistic_loss(X, y, w) = sum( log.(1. .+  exp.(-(y .* (X*w)))) )",)
_JL_GRAD = "X' * (y .* (z .- 1))"
_JL_GRAD_LETS = ("z = sigmoid(y .* (X*w))", "sigmoid(z) = 1 / (1 + e^(-z))")
_JL_WHY = (
    "Julia: X is the n_samples × n_features design matrix (Data.X), y the labels (±1 in the benchmark), w the "
    "weights; .* and .+ are elementwise, X' the transpose; the file's sigmoid is the logistic function written "
    "piecewise for stability (its comment: '\\sigma(z) = 1 / (1 + e^(-z))')"
)

_R_GL_COST = "f(x) = 1/n sum_{i=1}^n ( log(1 + exp(- b_i * x' * A_i) ) ,"
_R_GL_WHY = (
    "roxygen text, its '#'' line break removed; A is the n × p design matrix (Data.X, A_i its row i), b the ±1 "
    "response (Data.y), x the p-vector of coefficients (drawn as Data.w); the source's parentheses are unbalanced "
    "(one ')' is missing after A_i) but the meaning, (1/n)Σ log(1 + e^{−b_i x'A_i}), is plain"
)

_ADAM_NLL = r"-\sum_{i=1}^n \left[Y_i\log(\mu_i) + (1-Y_i)\log(1-\mu_i)\right]"
_ADAM_NLL_L2 = _ADAM_NLL + r" + \frac{\lambda}{2}\sum_{j}\beta_j^2"
_ADAM_LETS = (r"\mu = \frac{e^{X^T\beta}}{1+e^{X^T\beta}}",)
_ADAM_WHY = (
    "the roxygen gives no objective, only 'the gradient of the objective function for logistic regression'; "
    "graded against the logistic negative log-likelihood it belongs to (the no-penalty gradient −Xᵀ(Y − μ) is "
    "the summed one's), written in the package's names; X is the n × p feature matrix (Data.X), Y the 0/1 "
    "response, β the coefficients (Data.beta); X^Tβ in μ is read row by row, μ_i = σ(x_iᵀβ)"
)

_R_PROX_SMOOTH = "(1/2)*crossprod(y - Xbeta)"
_R_PROX_WHY = (
    "X is the n × p feature matrix (Data.X), beta the coefficients (Data.beta), y the response; crossprod(v) is "
    "vᵀv; the comments call it 'the negative log-lik of the logit model', but the function is least squares: "
    "proximal.gradient uses grad.loglik for the smooth part ½‖y − Xβ‖² of log.lik and soft-thresholds for the "
    "λΣ|β| part"
)

_CP_MSU_COST = (
    r"\mathcal{C}(\hat{\beta}) = -\sum_{i=1}^n \left(y_i\log p(y_i\vert x_i,\hat{\beta}) + (1-y_i)\log\left[1-"
    r"p(y_i\vert x_i,\hat{\beta})\right]\right)"
)
_CP_MSU_LETS = (
    r"p(y_i\vert x_i,\hat{\beta}) = \frac{\exp{(\hat{\beta}^T x_i)}}{1+\exp{(\hat{\beta}^T x_i)}}",
    r"\hat{p}_i = p(y_i\vert x_i,\hat{\beta})",
)
_CP_MSU_WHY = (
    "the slide compacts the derivative of the lectures' cross entropy (the summed negative log-likelihood of "
    "the logistic model, written here in the slides' notation: the page itself shows only the derivative); "
    "\\hat{X} is the n × p design matrix (Data.X), \\hat{y} the labels, \\hat{p} the vector of fitted "
    "probabilities, \\hat{\\beta} the coefficients (Data.beta)"
)

COSTS: list[Cost] = [
    # ============================================================ LaTeX notes and slides
    Cost(
        id="f72-sri-logistic-bce-w-b",
        source=SRI_LOG + " ('Part 1: Mathematical Foundation', '**3. Binary Cross-Entropy Loss:**')",
        text=_SRI_LOG_COST,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_SRI_LOG_LETS,
        why=_SRI_WHY,
    ),
    Cost(
        id="f72-sri-linear-mse-w-b",
        source=SRI_LIN + " ('Mathematical Foundation', '**Mean Squared Error Loss:**')",
        text=_SRI_LIN_COST,
        intended=_half_mean_sq_w_b,
        wrt=("w_j", "b"),
        lets=_SRI_LIN_LETS,
        why=_SRI_WHY,
    ),
    Cost(
        id="f72-sri-linear-ridge-w-b",
        source=SRI_LIN + " ('Mathematical Foundation', '**L2 Regularization (Ridge):**')",
        text=_SRI_RIDGE_COST,
        intended=_ridge_half_mean_w_b,
        wrt=("w_j", "b"),
        lets=_SRI_RIDGE_LETS,
        why="L_{MSE} is the notebook's 'Mean Squared Error Loss' L(w, b) just above (the let gives it under the "
        "ridge line's name); the penalty sums the weights w_1…w_n only, the bias b is not penalised; " + _SRI_WHY,
    ),
    Cost(
        id="f72-sri-linear-lasso-refused",
        source=SRI_LIN + " ('Mathematical Foundation', '**L1 Regularization (Lasso):**')",
        text=r"L_{Lasso} = L_{MSE} + \frac{\lambda}{m} \sum_{j=1}^{n} |w_j|",
        intended=None,
        wrt=("w_j", "b"),
        lets=_SRI_RIDGE_LETS,
        expect="refuse",
        why="|w_j|: the lasso penalty is not differentiable where a weight is 0",
    ),
    Cost(
        id="f72-compphysics-week36-ridge-beta",
        source=CP_RIDGE + ")",
        text=r"C(\boldsymbol{X},\boldsymbol{\beta})=\left\{(\boldsymbol{y}-\boldsymbol{X}\boldsymbol{\beta})^T"
        r"(\boldsymbol{y}-\boldsymbol{X}\boldsymbol{\beta})\right\}+\lambda\boldsymbol{\beta}^T\boldsymbol{\beta},",
        intended=_ridge_sum_beta,
        wrt=("beta_j",),
        why="the slide drops the 1/n of the MSE ('dropping the parameter 1/n in front'): the residual sum of squares "
        "plus λβᵀβ; the braces are plain grouping; X the design matrix (Data.X), β the coefficients; the trailing "
        "comma is the sentence's",
    ),
    Cost(
        id="f72-cv-427171-ridge-X-prime-is-a-name",
        source=CV_427171 + ")",
        text=r"J(\theta) = (\mathbf{X}'\theta - Y')^{T}(\mathbf{X}'\theta - Y') + \lambda \theta^{T}\theta,",
        intended=_ridge_sum_theta,
        wrt=("theta_j",),
        lets=(r"\mathbf{X}' is an n \times p matrix", r"Y' is an n dimensional vector"),
        why="the primes are names, not transposes: the answer says 'θ is a p dimensional vector, X′ is an n × p "
        "matrix, and Y′ is an n dimensional vector'; so "
        "‖X′θ − Y′‖² + λθᵀθ with X′ the design matrix (Data.X) and Y′ the labels",
    ),
    # ============================================================ course code (MATLAB)
    Cost(
        id="f72-brem-ridge-loss",
        source=BREM_RIDGE + " (loss =)",
        text=_BREM_RIDGE_COST,
        intended=_ridge_sum_w,
        wrt=("w_j",),
        why=_BREM_WHY + ": Σ(wᵀx_i − y_i)² + λwᵀw",
    ),
    Cost(
        id="f72-brem-logistic-loss",
        source=BREM_LOG + " (loss =)",
        text=_BREM_LOG_COST,
        intended=_logloss_margin_sum_w,
        wrt=("w_j",),
        why=_BREM_WHY + ": Σ log(1 + e^{−y_i wᵀx_i})",
    ),
    Cost(
        id="f72-brem-hinge-loss-refused",
        source=BREM_HINGE + " (loss =)",
        text="loss = sum(max(1 - yTr.*(transpose(w)*xTr), 0)) + lambda*transpose(w)*w;",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max(·, 0): the hinge loss is not differentiable where a margin is exactly 1",
    ),
    # ============================================================ Julia
    Cost(
        id="f72-julia-saga-logistic-loss",
        source=JL_SAGA + ", function logistic_loss)",
        text=_JL_LOSS,
        intended=_logloss_margin_sum_w,
        wrt=("w_j",),
        why=_JL_WHY,
    ),
    Cost(
        id="f72-julia-saga-logreg-l2-loss-norm-unsquared",
        source=JL_SAGA + ", function logreg_l2_loss)",
        text=_JL_L2_LOSS,
        intended=_logloss_margin_sum_half_norm_w,
        wrt=("w_j",),
        lets=_JL_L2_LETS,
        why="read literally: LinearAlgebra's norm(w) is the Euclidean norm ‖w‖, not its square, so the penalty is "
        "½λ‖w‖ (the file's own commented formula has \\frac{\\lambda}{2} \\norm{w}_2^2, and its gradient adds "
        "λw — see the answer below); " + _JL_WHY,
    ),
    Cost(
        id="f72-julia-phi-logistic-loss",
        source=JL_PHI + ", function logistic_loss)",
        text="-sum( log.(logistic_diff_phi(y .* (X*w))) )",
        intended=_logloss_margin_sum_w,
        wrt=("w_j",),
        lets=("logistic_diff_phi(z) = 1 / (1 + e^(-z))",),
        why="logistic_diff_phi is the logistic function (its comment: \"phi'(z) = 1 / (1 + e^(-z))\"), so "
        "−Σ log σ(y_i x_iᵀw) = Σ log(1 + e^{−y_i x_iᵀw}), the commented 'other implementation'; " + _JL_WHY,
    ),
    # ============================================================ R documentation
    Cost(
        id="f72-r-grad-logistic-risk",
        source=R_GRADLOG + ", the roxygen description)",
        text=_R_GL_COST,
        intended=_logloss_margin_mean_w,
        wrt=("x_j",),
        why=_R_GL_WHY,
    ),
    Cost(
        id="f72-r-prox-log-lik-lasso-refused",
        source=R_PROX + ", function log.lik)",
        text="ll <- (1/2)*crossprod(y - Xbeta) + lambda * sum(abs(beta))",
        intended=None,
        wrt=("beta_j",),
        lets=("Xbeta <- X %*% beta",),
        expect="refuse",
        why="abs: the lasso objective is not differentiable where a coefficient is 0 (the file's own algorithm "
        "handles that part by soft thresholding)",
    ),
    Cost(
        id="f72-r-prox-smooth-part",
        source=R_PROX + ", function log.lik, its first term)",
        text=_R_PROX_SMOOTH,
        intended=_half_rss_beta,
        wrt=("beta_j",),
        lets=("Xbeta <- X %*% beta",),
        why=_R_PROX_WHY,
    ),
    # ============================================================ lecture code (PyTorch)
    Cost(
        id="f72-eceml-torch-sum-sq-over-N",
        source=ECEML,
        text="errors = t-(X@w_gd)\nloss = torch.sum((errors)**2)/N",
        intended=_sq_sum_over_n_w,
        wrt=("w_gd_j",),
        lets=("N = X.shape[0]",),
        why="X is the design matrix with its column of ones (torch.column_stack((torch.ones(…), points)), Data.X), "
        "t the targets (Data.y), w_gd the weight vector (drawn as Data.w): the mean squared error Σ(t − Xw)²/N, "
        "which loss.backward() differentiates",
    ),
    # ============================================================ garbled text
    Cost(
        id="f72-studydaddy-ocr-garbled-nll",
        source=STUDYDADDY,
        text="NLL [D,w) = — 2:1 [(1 — yg) lcg(1 — CI'(WTXt-)) + yl- log cr[wa,-)ﬂ",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="OCR garbage of −Σ[(1 − y_i) log(1 − σ(wᵀx_i)) + y_i log σ(wᵀx_i)]: 'lcg', 'CI'', 'cr[wa,-)ﬂ' and the "
        "unbalanced brackets cannot be read as a formula",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f72-julia-saga-logreg-l2-grad-vs-unsquared-norm",
        source=JL_SAGA + ", function logreg_l2_grad, against logreg_l2_loss)",
        text="logistic_grad(X, y, w) .+ (lambda .* w)",
        cost=_JL_L2_LOSS,
        verdict="different",
        wrt="w_j",
        lets=("logistic_grad(X, y, w) = X' * (y .* (z .- 1))", *_JL_GRAD_LETS, *_JL_L2_LETS),
        why="a real mismatch in the file: λw is the gradient of ½λ‖w‖², but logreg_l2_loss adds ½λ·norm(w), whose "
        "gradient is ½λw/‖w‖; the data term is right; " + _JL_WHY,
    ),
    Answer(
        id="f72-adamreg-ridge-gradient-is-the-penalty",
        source=R_ADAM + ", 'The gradient with L2 penalty (\"Ridge\") is:')",
        text=r"-X^T(Y-\mu) + \frac{\lambda}{2}\sum_{i=1}^n{\beta^2}",
        cost=_ADAM_NLL_L2,
        verdict="different",
        wrt="beta_j",
        lets=_ADAM_LETS,
        why="the documented 'gradient' adds the ridge penalty itself, (λ/2)Σβ², a scalar, to every component, where "
        "its derivative λβ_j belongs (the package's code adds 2*lambda*theta to a gradient divided by nrow(X)); "
        "graded against the negative log-likelihood plus (λ/2)Σβ_j², the objective the line's own penalty "
        "describes; " + _ADAM_WHY,
    ),
    Answer(
        id="f72-adamreg-plain-gradient",
        source=R_ADAM + ", 'The gradient without penalties is:')",
        text=r"-X^T(Y-\mu)",
        cost=_ADAM_NLL,
        verdict="equivalent",
        wrt="beta_j",
        lets=_ADAM_LETS,
        why=_ADAM_WHY,
    ),
    Answer(
        id="f72-adamreg-lasso-gradient-refused",
        source=R_ADAM + ", 'The gradient with L1 penalty (\"LASSO\") is:')",
        text=r"-X^T(Y-\mu) + \lambda\sum_{i=1}^n{|\beta|}",
        cost=_ADAM_NLL + r" + \lambda\sum_{j}|\beta_j|",
        verdict="refuse",
        wrt="beta_j",
        lets=_ADAM_LETS,
        why="|β|: the lasso penalty (and so the cost it answers) is not differentiable where a coefficient is 0",
    ),
    Answer(
        id="f72-sri-logistic-dL-dw",
        source=SRI_LOG + " ('Part 1: Mathematical Foundation', 'where:' under '**4. Gradient Descent Update:**')",
        text=_SRI_DW,
        cost=_SRI_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SRI_LOG_LETS,
        why=_SRI_WHY,
    ),
    Answer(
        id="f72-sri-logistic-dL-db",
        source=SRI_LOG + " ('Part 1: Mathematical Foundation', 'where:' under '**4. Gradient Descent Update:**')",
        text=_SRI_DB,
        cost=_SRI_LOG_COST,
        verdict="equivalent",
        wrt="b",
        lets=_SRI_LOG_LETS,
        why=_SRI_WHY,
    ),
    Answer(
        id="f72-sri-logistic-docstring-dL-dwj",
        source=SRI_LOG + " (class LogisticRegressionScratch, _compute_gradients docstring 'Mathematical "
        "derivation:')",
        text="∂L/∂w_j = 1/m Σ(h(x_i) - y_i) * x_ij",
        cost=_SRI_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SRI_LOG_LETS,
        why="x_ij is feature j of example i; 1/m Σ(…) means (1/m)·Σ; graded against the notebook's LaTeX loss (the "
        "docstring restates it as 'L = -1/m Σ[y*log(h) + (1-y)*log(1-h)]'); " + _SRI_WHY,
    ),
    Answer(
        id="f72-sri-linear-dL-dw",
        source=SRI_LIN + " ('Mathematical Foundation', 'where:' under '**Gradient Descent Update:**')",
        text=_SRI_DW,
        cost=_SRI_LIN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SRI_LIN_LETS,
        why="the same line as in the logistic notebook, here with h(x) = wᵀx + b: the ½ cancels the square's 2; "
        + _SRI_WHY,
    ),
    Answer(
        id="f72-sri-linear-dL-db",
        source=SRI_LIN + " ('Mathematical Foundation', 'where:' under '**Gradient Descent Update:**')",
        text=_SRI_DB,
        cost=_SRI_LIN_COST,
        verdict="equivalent",
        wrt="b",
        lets=_SRI_LIN_LETS,
        why=_SRI_WHY,
    ),
    Answer(
        id="f72-compphysics-msu-compact-derivative",
        source=CP_MSU + ")",
        text=r"\frac{\partial \mathcal{C}(\hat{\beta})}{\partial \hat{\beta}} = -\hat{X}^T\left(\hat{y}-\hat{p}\right)",
        cost=_CP_MSU_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=_CP_MSU_LETS,
        why=_CP_MSU_WHY,
    ),
    Answer(
        id="f72-brem-ridge-gradient",
        source=BREM_RIDGE + " (gradient =)",
        text="gradient = 2*xTr*transpose(xTr)*w - 2*xTr*transpose(yTr) + 2*lambda*w;",
        cost=_BREM_RIDGE_COST,
        verdict="equivalent",
        wrt="w_j",
        why="2XᵀXw − 2Xᵀy + 2λw in the file's column layout (the comment above it still says 'logistic loss "
        "gradient', copied from logistic.m); " + _BREM_WHY,
    ),
    Answer(
        id="f72-brem-logistic-gradient",
        source=BREM_LOG + " (partial_grad = …; gradient =)",
        text=_BREM_LOG_GRAD,
        cost=_BREM_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_BREM_LOG_LETS,
        why="column i of partial_grad is y_i x_i/(1 + e^{y_i wᵀx_i}); minus their sum is the gradient of "
        "Σ log(1 + e^{−y_i wᵀx_i}); " + _BREM_WHY,
    ),
    Answer(
        id="f72-julia-saga-logistic-grad",
        source=JL_SAGA + ", function logistic_grad)",
        text=_JL_GRAD,
        cost=_JL_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=_JL_GRAD_LETS,
        why="d/dz log(1 + e^{−yz}) = −yσ(−yz) = y(σ(yz) − 1): Σ y_i(σ(y_i x_iᵀw) − 1)x_i; " + _JL_WHY,
    ),
    Answer(
        id="f72-julia-phi-logistic-grad-marked-correct",
        source=JL_PHI + ", function logistic_grad … # correct)",
        text=_JL_GRAD,
        cost="-sum( log.(logistic_diff_phi(y .* (X*w))) )",
        verdict="equivalent",
        wrt="w_j",
        lets=("z = logistic_diff_phi(y .* (X*w))", "logistic_diff_phi(z) = 1 / (1 + e^(-z))"),
        why="the author's '# correct' holds: the gradient of −Σ log σ(y_i x_iᵀw); " + _JL_WHY,
    ),
    Answer(
        id="f72-r-grad-logistic-doc-derivative",
        source=R_GRADLOG + ", the roxygen @return 'which is:')",
        text="f'(x) = 1/n sum_{i=1}^n -b_i A_i / (1 + exp( b_i * x' * A_i ))",
        cost=_R_GL_COST,
        verdict="equivalent",
        wrt="x_j",
        why="(1/n)Σ −b_i A_i/(1 + e^{b_i x'A_i}) = (1/n)Σ −b_i σ(−b_i x'A_i) A_i; " + _R_GL_WHY,
    ),
    Answer(
        id="f72-r-grad-logistic-code",
        source=R_GRADLOG + ", function grad.logistic)",
        text='sA <- opts[["A"]]*opts[["b"]]\n'
        'return( crossprod( -sA , 1 / (1 + exp(sA %*% x))) / nrow(opts[["A"]]) )',
        cost=_R_GL_COST,
        verdict="equivalent",
        wrt="x_j",
        why="A*b recycles the n-vector b down the columns of the n × p matrix A, scaling row i by b_i; "
        "crossprod(−sA, v) = −sAᵀv: the documented derivative; opts[[\"A\"]] is A, opts[[\"b\"]] is b; "
        + _R_GL_WHY,
    ),
    Answer(
        id="f72-r-prox-grad-loglik",
        source=R_PROX + ", function grad.loglik)",
        text="grad.ll <- - crossprod(X, as.numeric(y - Xbeta))",
        cost=_R_PROX_SMOOTH,
        verdict="equivalent",
        wrt="beta_j",
        lets=("Xbeta <- X %*% beta",),
        why="−Xᵀ(y − Xβ), the gradient of ½‖y − Xβ‖²; " + _R_PROX_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f72-sri-logistic-dL-dw-no-1-over-m",
        source=SRI_LOG + "; variant: the \\frac{1}{m} dropped)",
        text=r"\frac{\partial L}{\partial w} = X^T (h(x) - y)",
        cost=_SRI_LOG_COST,
        verdict="different",
        wrt="w_j",
        lets=_SRI_LOG_LETS,
        why="variant: the loss is a mean, so the sum Xᵀ(h − y) is m times its gradient; " + _SRI_WHY,
    ),
    Answer(
        id="f72-sri-logistic-dL-db-flipped",
        source=SRI_LOG + "; variant: (y - h(x)) for (h(x) - y))",
        text=r"\frac{\partial L}{\partial b} = \frac{1}{m} \sum(y - h(x))",
        cost=_SRI_LOG_COST,
        verdict="different",
        wrt="b",
        lets=_SRI_LOG_LETS,
        why="variant: the sign of the log-likelihood's derivative, the negative of ∂L/∂b; " + _SRI_WHY,
    ),
    Answer(
        id="f72-sri-linear-dL-dw-flipped",
        source=SRI_LIN + "; variant: (y - h(x)) for (h(x) - y))",
        text=r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (y - h(x))",
        cost=_SRI_LIN_COST,
        verdict="different",
        wrt="w_j",
        lets=_SRI_LIN_LETS,
        why="variant: the residual turned round, the negative of the gradient; " + _SRI_WHY,
    ),
    Answer(
        id="f72-sri-ridge-dL-dw-code-penalty",
        source=SRI_LIN + "; variant: the LaTeX line with the code's '+ (self.lambda_reg / m) * self.weights' added)",
        text=r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (h(x) - y) + \frac{\lambda}{m} w",
        cost=_SRI_RIDGE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_SRI_RIDGE_LETS,
        why="variant: the notebook's _compute_gradients adds (λ/m)w for 'l2', the derivative of "
        "λ/(2m)Σw_j²; written into the LaTeX line; " + _SRI_WHY,
    ),
    Answer(
        id="f72-compphysics-msu-derivative-sign-dropped",
        source=CP_MSU + "; variant: the leading minus dropped)",
        text=r"\frac{\partial \mathcal{C}(\hat{\beta})}{\partial \hat{\beta}} = \hat{X}^T\left(\hat{y}-\hat{p}\right)",
        cost=_CP_MSU_COST,
        verdict="different",
        wrt="beta_j",
        lets=_CP_MSU_LETS,
        why="variant: \\hat{X}^T(\\hat{y} − \\hat{p}) is the log-likelihood's gradient, the negative of the cross "
        "entropy's; " + _CP_MSU_WHY,
    ),
    Answer(
        id="f72-brem-ridge-gradient-lambda-w",
        source=BREM_RIDGE + "; variant: lambda*w for 2*lambda*w)",
        text="gradient = 2*xTr*transpose(xTr)*w - 2*xTr*transpose(yTr) + lambda*w;",
        cost=_BREM_RIDGE_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the penalty λwᵀw has no ½, so its gradient is 2λw; " + _BREM_WHY,
    ),
    Answer(
        id="f72-brem-logistic-gradient-minus-dropped",
        source=BREM_LOG + "; variant: gradient = sum(partial_grad,2))",
        text="partial_grad = (repmat(yTr,d,1).*xTr)./repmat((1+exp(yTr.*(transpose(w)*xTr))),d,1);\n"
        "gradient = sum(partial_grad,2);",
        cost=_BREM_LOG_COST,
        verdict="different",
        wrt="w_j",
        lets=_BREM_LOG_LETS,
        why="variant: without the minus this is the ascent direction, the negative of the gradient; " + _BREM_WHY,
    ),
    Answer(
        id="f72-julia-saga-logistic-grad-one-minus-z",
        source=JL_SAGA + "; variant: (1 .- z) for (z .- 1))",
        text="X' * (y .* (1 .- z))",
        cost=_JL_LOSS,
        verdict="different",
        wrt="w_j",
        lets=_JL_GRAD_LETS,
        why="variant: y(1 − σ(yz)) is the negative of the loss's derivative in z; " + _JL_WHY,
    ),
    Answer(
        id="f72-r-prox-grad-loglik-minus-dropped",
        source=R_PROX + "; variant: the leading minus dropped)",
        text="grad.ll <- crossprod(X, as.numeric(y - Xbeta))",
        cost=_R_PROX_SMOOTH,
        verdict="different",
        wrt="beta_j",
        lets=("Xbeta <- X %*% beta",),
        why="variant: Xᵀ(y − Xβ) is the negative of the gradient; " + _R_PROX_WHY,
    ),
    Answer(
        id="f72-r-grad-logistic-doc-no-1-over-n",
        source=R_GRADLOG + "; variant: the 1/n dropped)",
        text="f'(x) = sum_{i=1}^n -b_i A_i / (1 + exp( b_i * x' * A_i ))",
        cost=_R_GL_COST,
        verdict="different",
        wrt="x_j",
        why="variant: the risk is averaged, so the plain sum is n times its gradient; " + _R_GL_WHY,
    ),
]

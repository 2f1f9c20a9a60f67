r"""A fresh held-out wave (f70): the mainstream drawn the way a grader would draw it — costs and gradients in R, MATLAB,
Julia and NumPy code (logistic log-likelihoods, L2-regularised logistic losses, ridge objectives in several scalings,
MSE with and without a ½), lecture-note and blog LaTeX (least squares with the page's own macros, ½‖Xw − y‖², an
empirical-risk template with ℓ and R defined beside it, a Poisson GLM log-likelihood from a Q&A post) and a Q&A
question whose asker compares two 'gradients' of the logistic cost.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses (each checked against the used-sources
list and by grepping the existing corpus files):

* code: an R package's logit solver (jhu-statprogramming-fall-2023/biostat777-project3-part1-LMY99, log-likelihood
  and its gradient for optim's BFGS with fnscale = -1); UBC CPSC 340 a4 logRegL2.m (weininghu1012/cs340: an L2
  logistic loss whose gradient loop assigns a whole vector to g(i)); mli/powerball logit_loss.m (the objective has no
  penalty, the gradient adds l2 * w); a Julia Ridge module (ridge_loss / ridge_gradient!); a NumPy Regression class
  whose 'mse' is a sum (np.mean of a scalar) while ols_grad is the mean's gradient; a polynomial-regression objectives
  file (½·MSE, ridge with an intercept mask); a ridge_obj/ridge_grad pair with λ = 200 written in; a notebook's
  ridge_grad for a slope/intercept line that drops the 2 of the squared error;
* notes and Q&A: the-learning-machine.com's 'linear least squares' (the loss with the site's \loss, \vy, \mX, \vw
  macros); luna9476's 'Gradient Descent' post (½‖Xw − y‖² and Xᵀ(Xw − y)); Middlebury CSCI 0451's OLS warm-up (the
  empirical risk with ℓ and R defined); a stored copy of the math.SE question 'Partial derivative in gradient descent
  for logistic regression' (the asker's 'First Formula' from a video and the Udacity 'Second Formula'); a stored copy
  of a Mathematica SE question on a Poisson GLM (log l with data[i] and input[i]); upscfever's transcript of the deep
  learning course (J = − 1/m Σ L(ŷ, y) with L left undefined: a refusal).

Names follow the sources: design, X, X_transformed, self.design_matrix and A-like matrices are the design matrix
Data.X; coef, w, w_, beta are the weight vector (Data.w, differentiated as coef_j, w_j, beta_j as the text names
it); outcome, y, Y, target, y_ (and data[i]) are the labels Data.y; lambda, lam, λ, α (a ridge strength) are Data.lam.
Where a source gives no cost for an answer, ``why`` says which cost it is graded against. About 45% of the answers are
wrong; the real mistakes come first, the rest are one-slip variants of real answers, marked "variant". Every verdict
was worked out by hand and checked against central finite differences of the cost (/tmp/f70/check.py, not kept).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
LMY99 = (
    "github:jhu-statprogramming-fall-2023/biostat777-project3-part1-LMY99:R/logit_solver.R at "
    "0897ca2be21b7e4bab045742520a7819bcd80ce2 (public code index file 17957983340"
)
CS340 = (
    "github:weininghu1012/cs340:assignment/a4/a4/logRegL2.m at a6925963e4a349df04c33590d2238ae20b9034c1 (public code "
    "index file 24172971790, function logisticLoss"
)
POWERBALL = (
    "github:mli/powerball:logit_loss.m at 16f27f3a9de61ad12a8dcdb6d6b844e92c9ce91f (public code index file "
    "48819685673"
)
UDACITY_Q = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the math.SE question 'Partial "
    "derivative in gradient descent for logistic regression', the asker comparing Andrew Ng's video and Udacity's "
    "nanodegree"
)
MMA_POIS = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the question 'Convex Optimization for "
    "Poisson Generalized Linear Model Parameter Estimation', section 'Log-Likelihood Function', the simplified form"
)
LEARNING_MACHINE = (
    "https://the-learning-machine.com/article/ml/linear-least-squares ('Minimizing the training loss', the first "
    "displayed equation"
)
LUNA = "https://luna9476.github.io/2022/02/14/gradient-descent ('Gradient Descent for Least Squares'"
MIDDCS = (
    "https://middcs.github.io/csci-0451-s25/assignments/warmups/ols.html (Ordinary Least-Squares Linear Regression "
    "warm-up, the first displayed equation and the two choices in the next sentence"
)
UPSCFEVER = (
    "http://upscfever.com/upsc-fever/en/data/deeplearning/8.html (transcript notes of the deep-learning course's "
    "'Gradient Descent' lecture, 'the cost function, J'"
)
JL_RIDGE = (
    "public code index file 47051657812 (Julia, a Ridge model with fit_intercept, lsqr and ridge_loss / "
    "ridge_gradient!; the index does not name its repository"
)
REGCLASS = (
    "public code index file 16644667 (Python module 'A module for doing regression tasks with the help of gradient "
    "methods', class Regression with mse, ols_grad, ridge_grad; the index does not name its repository"
)
POLYOBJ = (
    "public code index file 56979128687 (Python '\"\"\"Objective functions for polynomial regression.\"\"\"', "
    "mse_loss / mse_grad / ridge_loss / ridge_grad with regularization_mask; the index does not name its repository"
)
RIDGEOBJ = (
    "public code index file 5835430232 (Python, a momentum gradient descent on ridge_obj / ridge_grad with lam = 200 "
    "and X_transformed; the index does not name its repository"
)
L1L2NB = (
    "public code index file 31593606459 (Python notebook export, 'Plotting the loss versus different regularization': "
    "ridge_loss and the loop's ridge_loss_fn / ridge_grad for y_pred = w[0]*x + w[1]; the index does not name its "
    "repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _lmy99_loglik(d):
    z = d.X @ d.w
    return float(np.sum(d.y * (-np.log1p(np.exp(-z))) + (1 - d.y) * (-np.log1p(np.exp(z)))))


def _softplus_margin_l2_half(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) + d.lam / 2 * float(d.w @ d.w)


def _softplus_margin(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def _poisson_loglik_theta(d):
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.exp(z)))


def _sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r)


def _half_sse_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(r @ r)


def _half_mse_w(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r**2))


def _julia_ridge(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / 2 + d.lam * float(d.w @ d.w) / 2


def _sse_beta(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


def _half_mse_ridge_masked(d):
    r = d.X @ d.w - d.y
    return 0.5 * float(np.mean(r**2)) + 0.5 * d.lam * float(d.w[1:] @ d.w[1:])


def _sse_ridge_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _line_ridge_01(d):
    w0, w1 = d.w[0], d.w[1]
    return float(np.mean((d.y - (w0 * d.x + w1)) ** 2)) + 0.1 * (w0**2 + w1**2)


# ------------------------------------------------------------------ texts the items share
_LMY99_COST = "sum(\n    outcome * -log1p(exp(-linear_score)) +\n    (1-outcome) * -log1p(exp(linear_score))\n  )"
_LMY99_LETS = ("linear_score = design %*% coef",)
_LMY99_GRAD_LETS = ("mean = drop(1/(1+exp(-linear_score)))", "linear_score = design %*% coef")
_LMY99_WHY = (
    "R's '<-' written as '='; design is the design matrix (Data.X), coef the coefficients (drawn as Data.w), outcome "
    "the 0/1 labels (Data.y); logit_log_likelihood is the log-likelihood Σ[y·log σ(z) + (1 − y)·log(1 − σ(z))] "
    "written with −log1p(exp(∓z)), which the package MAXIMISES (optim with control = list(fnscale = -1))"
)

_CS340_COST = "sum(log(1 + exp(-yXw))) + (lambda/2)*(w'*w)"
_CS340_LETS = ("yXw = y.*(X*w)",)
_CS340_WHY = (
    "X is the n × d design matrix (Data.X), w the weights, y the labels (±1 in the course; the loss is a function of "
    "any y), lambda the λ: Σ log(1 + exp(−yᵢxᵢᵀw)) + (λ/2)wᵀw"
)

_PB_COST = "sum(log(1 + exp(-tau)))"
_PB_LETS = ("tau = Y .* (Xw)", "Xw = X * w")
_PB_WHY = (
    "X the design matrix (Data.X), w the weights, Y the labels (Data.y): objv is Σ log(1 + e^{−yᵢxᵢᵀw}) with no "
    "penalty, although the file's own gradient line adds l2 * w (its l2 is never given a value, so that line is not "
    "graded here); the clamp tau = max(-100, min(100, tau)) before the gradient is left out"
)

_UDACITY_WHY = (
    "graded against Ng's cost J(θ) = −(1/m)Σ[y log h + (1 − y) log(1 − h)] with h = σ(θᵀx) (the 'logistic' preset), "
    "which the question starts from"
)

_JL_COST = "sum(abs2, X * w - y) / 2 + α * sum(abs2, w) / 2"
_JL_WHY = (
    "Julia: sum(abs2, v) is Σv²; X the design matrix (Data.X), w the weights, α the ridge strength (Data.lam): "
    "½‖Xw − y‖² + (α/2)‖w‖²; ridge_gradient!(X, y, w, α) is the answer"
)

_REG_COST = "np.mean((target-input_).T@(target-input_))"
_REG_LETS = ("input_ = self.design_matrix @ beta",)
_REG_WHY = (
    "train() calls self.mse(self.design_matrix @ self.beta, self.target): target is the label vector (Data.y), "
    "self.design_matrix the design matrix (Data.X), beta the coefficients; with 1-D arrays (target-input_).T@"
    "(target-input_) is already a scalar, so np.mean of it is the SUM of squared errors, not its mean"
)

_POLY_MSE = "0.5 * float(np.mean(r ** 2))"
_POLY_MSE_LETS = ("r = X @ w - y",)
_POLY_RIDGE = "mse_loss(X, y, w) + 0.5 * lam * float(np.sum((mask * w) ** 2))"
_POLY_RIDGE_LETS = (
    "mask = regularization_mask(len(w))",
    "regularization_mask(d): mask = np.ones(d); mask[0] = 0.0  # do not regularize intercept",
    "mse_loss(X, y, w) = 0.5 * float(np.mean(r ** 2))",
    "r = X @ w - y",
)
_POLY_WHY = (
    "X the polynomial design matrix (Data.X, column 0 the intercept), w the weights, lam the λ (Data.lam): "
    "½·mean((Xw − y)²), and for ridge + ½λΣ_{k≥1}w_k² (mask[0] = 0 leaves the intercept w[0] unpenalised)"
)
_POLY_GRAD_LETS = (
    "mse_grad(X, y, w) = (X.T @ (X @ w - y)) / n",
    "n = X.shape[0]",
    "mask = regularization_mask(len(w))",
    "regularization_mask(d): mask = np.ones(d); mask[0] = 0.0  # do not regularize intercept",
    # the cost these answers are checked against calls mse_loss, which the same file defines beside mse_grad: the
    # collector gave only the gradient's helpers (the integrator's correction, session 29, as for f69's tx items)
    "mse_loss(X, y, w) = 0.5 * float(np.mean(r ** 2))",
    "r = X @ w - y",
)

_RO_COST = "((y - X_transformed @ w).T @ (y - X_transformed @ w)) + ((w.T @ w) * lam)"
_RO_WHY = (
    "X_transformed is the (feature-transformed) design matrix (Data.X), w the weights, lam the λ (Data.lam; the "
    "script sets lam = 200): ‖y − Xw‖² + λ‖w‖²"
)

_L1L2_COST = "np.mean((y - y_pred)**2) + l2_reg * (w[0]**2 + w[1]**2)"
_L1L2_COST_LETS = ("y_pred = w[0]*x + w[1]", "l2_reg=0.1")
_L1L2_GRAD_LETS = ("y_pred = w_[0]*x_ + w_[1]", "x_ = x", "y_ = y", "w_ = w", "l2_reg = 0.1")
_L1L2_WHY = (
    "x is the one feature (Data.x), y the targets, w = [slope, intercept] (w[0], w[1] of Data.w; the other entries "
    "do not occur); gd.run(ridge_grad, x, y_noisy_linear, w_init) passes x, y, w as x_, y_, w_; l2_reg is ridge_loss's "
    "default 0.1 (the loop runs it over l2_values, the gradient's slip does not depend on it): "
    "mean((y − w₀x − w₁)²) + 0.1(w₀² + w₁²)"
)

COSTS: list[Cost] = [
    # ============================================================ code: R, MATLAB, Julia, NumPy
    Cost(
        id="f70-lmy99-logit-log-likelihood",
        source=LMY99 + ", logit_log_likelihood, the numeric-outcome branch)",
        text=_LMY99_COST,
        intended=_lmy99_loglik,
        wrt=("coef_j",),
        lets=_LMY99_LETS,
        why=_LMY99_WHY,
    ),
    Cost(
        id="f70-cs340-logisticloss-l2-half",
        source=CS340 + ", f = …)",
        text=_CS340_COST,
        intended=_softplus_margin_l2_half,
        wrt=("w_j",),
        lets=_CS340_LETS,
        why=_CS340_WHY,
    ),
    Cost(
        id="f70-powerball-logit-loss-objv",
        source=POWERBALL + ", objv = …)",
        text=_PB_COST,
        intended=_softplus_margin,
        wrt=("w_j",),
        lets=_PB_LETS,
        why=_PB_WHY,
    ),
    Cost(
        id="f70-julia-ridge-loss-alpha",
        source=JL_RIDGE + ", function ridge_loss)",
        text=_JL_COST,
        intended=_julia_ridge,
        wrt=("w_j",),
        why=_JL_WHY,
    ),
    Cost(
        id="f70-regclass-mse-is-a-sum",
        source=REGCLASS + ", def mse, '''Mean square error.''')",
        text=_REG_COST,
        intended=_sse_beta,
        wrt=("beta_j",),
        lets=_REG_LETS,
        why=_REG_WHY,
    ),
    Cost(
        id="f70-polyobj-mse-loss-half-mean",
        source=POLYOBJ + ", def mse_loss)",
        text=_POLY_MSE,
        intended=_half_mse_w,
        wrt=("w_j",),
        lets=_POLY_MSE_LETS,
        why=_POLY_WHY,
    ),
    Cost(
        id="f70-polyobj-ridge-loss-masked",
        source=POLYOBJ + ", def ridge_loss)",
        text=_POLY_RIDGE,
        intended=_half_mse_ridge_masked,
        wrt=("w_j",),
        lets=_POLY_RIDGE_LETS,
        why=_POLY_WHY,
    ),
    Cost(
        id="f70-ridgeobj-sse-plus-lam-wtw",
        source=RIDGEOBJ + ", def ridge_obj)",
        text=_RO_COST,
        intended=_sse_ridge_w,
        wrt=("w_j",),
        why=_RO_WHY,
    ),
    Cost(
        id="f70-l1l2-notebook-ridge-loss-line",
        source=L1L2NB + ", def ridge_loss)",
        text=_L1L2_COST,
        intended=_line_ridge_01,
        wrt=("w_j",),
        lets=_L1L2_COST_LETS,
        why=_L1L2_WHY,
    ),
    # ============================================================ notes, blogs, Q&A (LaTeX)
    Cost(
        id="f70-learning-machine-lsq-site-macros",
        source=LEARNING_MACHINE + ")",
        text=r"\loss(D) = \left(\vy - \mX\vw\right)^T (\vy - \mX\vw)",
        intended=_sse_w,
        wrt=("w_j",),
        why="the page's MathJax macros: \\vy the target vector y (Data.y), \\mX the design matrix X whose rows are the "
        "training instances (Data.X), \\vw the parameters w; \\loss(D) the loss on the data set D: (y − Xw)ᵀ(y − Xw)",
    ),
    Cost(
        id="f70-luna-half-norm-squared",
        source=LUNA + ", f(w) =)",
        text=r"f(w) = \frac{1}{2} ||Xw-y||^2",
        intended=_half_sse_w,
        wrt=("w_j",),
        why="X the design matrix (Data.X), w the weights: ½‖Xw − y‖²",
    ),
    Cost(
        id="f70-middcs-empirical-risk-template-ols",
        source=MIDDCS + ")",
        text=r"L(\mathbf{w}) = \frac{1}{n} \sum_{i=1}^n \ell(\langle \mathbf{w}, \mathbf{x}_i\rangle, y_i) + "
        r"\Lambda R(\mathbf{w})",
        intended=_half_mse_w,
        wrt=("w_j",),
        lets=(
            r"\ell(\langle \mathbf{w}, \mathbf{x}_i\rangle, y_i) = \frac{1}{2}(\langle \mathbf{w}, \mathbf{x}_i\rangle "
            r"- y_i)^2",
            r"R(\mathbf{w}) = 0",
        ),
        why="the page's 'unregularized linear least-squares' choices for ℓ and R; n is the number of examples (m), "
        "x_i the rows of Data.X: (1/n)Σ½(⟨w, x_i⟩ − y_i)² (Λ multiplies R = 0)",
    ),
    Cost(
        id="f70-mma-poisson-glm-log-l",
        source=MMA_POIS + ")",
        text=r"\log l = \sum_{i=1}^{n} \left( \text{data}[i] \cdot (\theta \cdot \text{input}[i]) - e^{\theta \cdot "
        r"\text{input}[i]} \right)",
        intended=_poisson_loglik_theta,
        wrt=("theta_j",),
        why="the question's names: data is the list of n non-negative counts (Data.y, n = m examples), input[i] the "
        "i-th input vector (row i of Data.X), θ the parameter vector, θ·input[i] a dot product: the Poisson "
        "log-likelihood Σ(yᵢθᵀxᵢ − e^{θᵀxᵢ}) (the post then minimises −log l)",
    ),
    Cost(
        id="f70-upscfever-J-minus-mean-of-undefined-L",
        source=UPSCFEVER + ")",
        text=r"J(w,b) = − \frac{1}{m} \sum_{i = 1}^{m} L(\hat{y}^{(i)}, y^{(i)})",
        intended=None,
        wrt=("w_j", "b"),
        lets=(r"\hat{y}^{(i)} = \sigma(w^Tx^{(i)} + b)",),
        expect="refuse",
        why="L is 'the loss function' of an earlier lecture and is not defined here, and the leading minus (the "
        "transcript says 'the average … 1 over m times the sum of this loss function') flips whatever L is: the line "
        "cannot be read as a cost without guessing L and the sign",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f70-udacity-q-first-formula-cost-times-x",
        source=UDACITY_Q + ", 'First Formula', attributed to Andrew Ng's video)",
        text=r"\nabla J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left(-y^{(i)} \log(h_\theta(x^{(i)})) - (1-y^{(i)}) "
        r"\log(1-h_\theta(x^{(i)}))\right) x^{(i)}",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        why="the formula as the asker typed it multiplies each example's LOSS −y log h − (1 − y) log(1 − h) by x⁽ⁱ⁾ "
        "where the error h − y belongs; no identity turns the one into the other, so this is not ∇J; " + _UDACITY_WHY,
    ),
    Answer(
        id="f70-udacity-q-second-formula",
        source=UDACITY_Q + ", 'Second Formula', from Udacity's nanodegree)",
        text=r"\nabla J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left(h_\theta(x^{(i)}) - y^{(i)}\right) x^{(i)}",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        why=_UDACITY_WHY,
    ),
    Answer(
        id="f70-regclass-ols-grad-against-summed-mse",
        source=REGCLASS + ", def ols_grad, '''Analytic gradient of OLS with respect to MSE.''')",
        text="2.0/self.n*self.design_matrix.T @ ((self.design_matrix @ beta)-self.target)",
        cost=_REG_COST,
        verdict="different",
        wrt="beta_j",
        lets=("self.n = len(target)", *_REG_LETS),
        why="(2/n)Xᵀ(Xβ − y) is the gradient of the MEAN squared error, but the class's own mse, which train() "
        "monitors, is the sum (np.mean of a scalar), whose gradient is 2Xᵀ(Xβ − y): n times larger; " + _REG_WHY,
    ),
    Answer(
        id="f70-l1l2-notebook-ridge-grad-lost-2",
        source=L1L2NB + ", the Ridge loop's def ridge_grad)",
        text="y_pred = w_[0]*x_ + w_[1]\ngrad_w0 = np.mean((y_pred - y_)*x_) + 2*l2_reg*w_[0]\n"
        "grad_w1 = np.mean(y_pred - y_) + 2*l2_reg*w_[1]\nreturn np.array([grad_w0, grad_w1])",
        cost=_L1L2_COST,
        verdict="different",
        wrt="w_j",
        lets=_L1L2_GRAD_LETS,
        why="the penalty's 2·l2_reg·w is right, but ∂/∂w of mean((y − ŷ)²) is 2·mean((ŷ − y)x) (and 2·mean(ŷ − y) "
        "for the intercept): the data term is half what it should be; " + _L1L2_WHY,
    ),
    Answer(
        id="f70-cs340-gradient-loop-vector-into-gi",
        source=CS340 + ", g = … loop)",
        text="g = zeros(1,d);\nfor i = 1:d\n    g(i) = -X'*(y./(1+exp(yXw)))+lambda*w(i,:); % Gradient\nend",
        cost=_CS340_COST,
        verdict="refuse",
        wrt="w_j",
        lets=("[n,d] = size(X)", *_CS340_LETS),
        why="-X'*(y./(1+exp(yXw))) is the whole d × 1 data gradient, so each g(i) = … assigns a d-vector to one "
        "entry: MATLAB stops ('the number of elements in B and I must be the same'), and no per-component reading "
        "is written down to grade; " + _CS340_WHY,
    ),
    Answer(
        id="f70-lmy99-logit-loglike-grad",
        source=LMY99 + ", logit_loglike_grad, the numeric-outcome branch)",
        text="t(design) %*% (outcome - mean)",
        cost=_LMY99_COST,
        verdict="equivalent",
        wrt="coef_j",
        lets=_LMY99_GRAD_LETS,
        why="∂/∂z[−y·log(1 + e^{−z}) − (1 − y)·log(1 + e^{z})] = y − σ(z), so the gradient is Xᵀ(y − σ(Xβ)); "
        + _LMY99_WHY,
    ),
    Answer(
        id="f70-julia-ridge-gradient",
        source=JL_RIDGE + ", function ridge_gradient!)",
        text="X' * (X * w - y) + α * w",
        cost=_JL_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_JL_WHY,
    ),
    Answer(
        id="f70-polyobj-mse-grad",
        source=POLYOBJ + ", def mse_grad)",
        text="(X.T @ (X @ w - y)) / n",
        cost=_POLY_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=("n = X.shape[0]", *_POLY_MSE_LETS),
        why="the ½ cancels the 2 of the square: Xᵀ(Xw − y)/n; " + _POLY_WHY,
    ),
    Answer(
        id="f70-polyobj-ridge-grad-masked",
        source=POLYOBJ + ", def ridge_grad)",
        text="mse_grad(X, y, w) + lam * mask * w",
        cost=_POLY_RIDGE,
        verdict="equivalent",
        wrt="w_j",
        lets=_POLY_GRAD_LETS,
        why="½λΣ(mask·w)² has gradient λ·mask·w (mask² = mask for a 0/1 mask); " + _POLY_WHY,
    ),
    Answer(
        id="f70-ridgeobj-ridge-grad",
        source=RIDGEOBJ + ", def ridge_grad)",
        text="((X_transformed.T @ (X_transformed @ w - y)) * 2) + (w * 2 * lam)",
        cost=_RO_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_RO_WHY,
    ),
    Answer(
        id="f70-luna-grad-half-norm",
        source=LUNA + ", \\nabla f(w) =)",
        text=r"\nabla f(w) = X^T(Xw-y)",
        cost=r"f(w) = \frac{1}{2} ||Xw-y||^2",
        verdict="equivalent",
        wrt="w_j",
        why="X the design matrix (Data.X), w the weights",
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f70-lmy99-logit-loglike-grad-crossprod",
        source=LMY99 + "; variant: crossprod for t(…) %*% …)",
        text="crossprod(design, outcome - mean)",
        cost=_LMY99_COST,
        verdict="equivalent",
        wrt="coef_j",
        lets=_LMY99_GRAD_LETS,
        why="variant: R's crossprod(A, v) is t(A) %*% v, the same Xᵀ(y − σ(Xβ)); " + _LMY99_WHY,
    ),
    Answer(
        id="f70-lmy99-logit-loglike-grad-flipped",
        source=LMY99 + "; variant: mean - outcome)",
        text="t(design) %*% (mean - outcome)",
        cost=_LMY99_COST,
        verdict="different",
        wrt="coef_j",
        lets=_LMY99_GRAD_LETS,
        why="variant: Xᵀ(σ − y) is the gradient of the NEGATIVE log-likelihood; the cost here is the log-likelihood "
        "itself; " + _LMY99_WHY,
    ),
    Answer(
        id="f70-cs340-gradient-vectorised",
        source=CS340 + "; variant: the loop written as one vector line)",
        text="g = -X'*(y./(1+exp(yXw))) + lambda*w;",
        cost=_CS340_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_CS340_LETS,
        why="variant: what the loop means, without the indexing: ∂/∂w log(1 + e^{−yxᵀw}) = −y·x/(1 + e^{yxᵀw}), plus "
        "λw from (λ/2)wᵀw; " + _CS340_WHY,
    ),
    Answer(
        id="f70-cs340-gradient-vectorised-lambda-dropped",
        source=CS340 + "; variant: the vector line without + lambda*w)",
        text="g = -X'*(y./(1+exp(yXw)));",
        cost=_CS340_COST,
        verdict="different",
        wrt="w_j",
        lets=_CS340_LETS,
        why="variant: the data term alone; the (λ/2)wᵀw in f needs its λw; " + _CS340_WHY,
    ),
    Answer(
        id="f70-powerball-grad-without-l2",
        source=POWERBALL + "; variant: the grad line without + l2 * w, matching objv)",
        text="X' * (- Y ./ (1  + exp(tau)))",
        cost=_PB_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_PB_LETS,
        why="variant: −Σ yᵢxᵢ/(1 + e^{yᵢxᵢᵀw}) is the gradient of Σ log(1 + e^{−yᵢxᵢᵀw}); " + _PB_WHY,
    ),
    Answer(
        id="f70-powerball-grad-sign-flipped",
        source=POWERBALL + "; variant: the minus before Y dropped, l2 term left out)",
        text="X' * (Y ./ (1  + exp(tau)))",
        cost=_PB_COST,
        verdict="different",
        wrt="w_j",
        lets=_PB_LETS,
        why="variant: the sign of the chain rule's −yᵢ is lost: this is minus the gradient; " + _PB_WHY,
    ),
    Answer(
        id="f70-luna-grad-sign-flipped",
        source=LUNA + "; variant: y - Xw for Xw - y)",
        text=r"\nabla f(w) = X^T(y-Xw)",
        cost=r"f(w) = \frac{1}{2} ||Xw-y||^2",
        verdict="different",
        wrt="w_j",
        why="variant: Xᵀ(y − Xw) is the descent direction −∇f, not ∇f",
    ),
    Answer(
        id="f70-julia-ridge-gradient-2alpha",
        source=JL_RIDGE + "; variant: 2α * w for α * w)",
        text="X' * (X * w - y) + 2α * w",
        cost=_JL_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the penalty α‖w‖²/2 already carries the ½, so its gradient is αw, not 2αw (Julia's 2α is 2·α); "
        + _JL_WHY,
    ),
    Answer(
        id="f70-polyobj-ridge-grad-mask-dropped",
        source=POLYOBJ + "; variant: lam * w for lam * mask * w)",
        text="mse_grad(X, y, w) + lam * w",
        cost=_POLY_RIDGE,
        verdict="different",
        wrt="w_j",
        lets=_POLY_GRAD_LETS,
        why="variant: the intercept w[0] is not in the penalty (mask[0] = 0), so its component gets no λw[0]; "
        + _POLY_WHY,
    ),
    Answer(
        id="f70-ridgeobj-ridge-grad-data-2-dropped",
        source=RIDGEOBJ + "; variant: the * 2 on the data term dropped)",
        text="(X_transformed.T @ (X_transformed @ w - y)) + (w * 2 * lam)",
        cost=_RO_COST,
        verdict="different",
        wrt="w_j",
        why="variant: ‖y − Xw‖² has no ½, so its gradient is 2Xᵀ(Xw − y); " + _RO_WHY,
    ),
    Answer(
        id="f70-l1l2-notebook-ridge-grad-2-restored",
        source=L1L2NB + "; variant: the 2 of the squared error put back)",
        text="y_pred = w_[0]*x_ + w_[1]\ngrad_w0 = 2*np.mean((y_pred - y_)*x_) + 2*l2_reg*w_[0]\n"
        "grad_w1 = 2*np.mean(y_pred - y_) + 2*l2_reg*w_[1]\nreturn np.array([grad_w0, grad_w1])",
        cost=_L1L2_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_L1L2_GRAD_LETS,
        why="variant: with the factor 2 on both data terms this is the gradient of ridge_loss; " + _L1L2_WHY,
    ),
]

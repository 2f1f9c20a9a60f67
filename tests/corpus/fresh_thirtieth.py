r"""A fresh held-out wave (f30): lecture notes, textbooks-in-the-making and course code, in Italian, Hebrew, Polish.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* lecture notes with LaTeX: Italian LyX notes on Ng's course (w4nderlust/appunti-machine-learning) — the
  univariate cost as ``\min_{\theta_{0}\theta_{1}}\frac{1}{2m}…`` with a capital ``h_{\Theta}``, a logistic cost
  whose ``\left[`` opens before the sum, ``\frac{1}{2n}\sum_{i=1}^{n}`` with n counting examples, regularised
  linear and logistic costs whose penalty ``\sum_{i=1}^{n}\theta_{i}^{2}`` skips θ₀, and update rules whose
  bracketed gradient subtracts ``\frac{\lambda}{m}\theta_{k}`` (a real sign slip, twice); MIT 6.390's Quarto notes
  (390introml/notes) — ``J_\text{lr}`` through a named loss ``\mathcal{L}_\text{nll}(\text{guess},\text{actual})``,
  ridge with a separate offset θ₀, gradients inside ``aligned`` rows with ``& =``, and the RR-Gradient-Descent
  pseudocode whose step is half the gradient derived above it (iterates written ``{{\theta}^{(t-1)}}^T``); UCSD
  notes (eldridgejm/ml4p) with ``\vec w`` next to a bare ``w^T`` and a norm of two ASCII bars; Hebrew course
  pages (pythonai250824/pages) with a slope called ``m`` next to a count called ``n`` and a logistic likelihood
  written as a product ``\prod_{i=1}^{n} (\hat{p}_i)^{y_i} \cdot (1 - \hat{p}_i)^{1 - y_i}``; a student's
  Obsidian note whose regularised cost puts the penalty inside ``\log{…}`` after ``\color{cyan}`` (refused);
* course code: CMU 10-601 (Fall 2014) assignment code whose logistic cost is ``log1p(exp(xt(:)))`` minus
  ``y(:)'*xt(:)`` and whose gradient goes through a ``delta``; McGill COMP 551's given cost written with
  ``np.log1p(np.exp(±z))`` and no sigmoid; Polish lab code (KrzysiekJa/ML-basics-theory) with the examples as
  *columns* (``Theta' * X``, ``m = size(X, 2)``), a regularised cost written as ``J = J + …``, and an earlier commit
  of the logistic lab whose gradient kept the linear one ('taki sam zostaje' — 'stays the same'); a Polish
  bootcamp note's ``(2 / m) * X.T.dot(X.dot(weights) - Y)``; a CS229 problem-set-1 Poisson solution whose step
  ``np.mean((y - h)[:, None] * x, axis=0)`` is the mean log-likelihood's gradient (an ascent step).

One-feature models keep the source's letters: a scalar slope (``m`` here) is the judge's ``w[0]`` with the feature
``x``; θ₀, θ₁ (β₀, β₁) of a one-feature model are ``theta0``, ``theta1``; ``Theta_j``/``weights_j`` are the weight
vector ``w`` (judge.py's _Data). Code assignments in ``lets`` are written ``NAME = EXPR`` (the right-hand side
verbatim); a function definition used as a let is written ``f(args) = body``. An update rule's gradient is given as
its bracketed or α-multiplied part, verbatim. About half the answers are wrong; most wrong ones are real (the
source's own line), the rest a one-slip variant of a real answer, marked "variant" in ``why``. Verdicts were worked
out by hand.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
APPUNTI = "github:w4nderlust/appunti-machine-learning"
APPUNTI_LOG = (
    APPUNTI + ":Regressione Logistica.lyx (Italian LyX lecture notes on Ng's course, chapter 'Regressione Logistica'"
)
APPUNTI_LIN = (
    APPUNTI + ":Regressione Lineare.lyx (Italian LyX lecture notes, chapter 'Regressione Lineare'"
)
APPUNTI_REG = (
    APPUNTI + ":Regolarizzazione.lyx (Italian LyX lecture notes, chapter 'Regolarizzazione'"
)
HE_GD = (
    "github:pythonai250824/pages:2-linear-regression-gd.md (Hebrew course page 'רגרסיה לינארית באמצעות Gradient "
    "Descent', '### The Cost Function' and '### The Partial Derivatives')"
)
HE_LOG = (
    "github:pythonai250824/pages:6-logistic-regression.md (Hebrew course page 'רגרסיה לוגיסטית', 'שלב 3: נבנה את "
    "פונקציית ההסתברות הכוללת (Likelihood)')"
)
CMU601_LR = (
    "github:HarryGifford/601_hws:LR/costLR.m (CMU 10-601 Fall 2014 Assignment 3 'Logistic Regression', the code "
    "between %% BEGIN SOLUTION and %% END SOLUTION)"
)
CMU601_SE = (
    "github:HarryGifford/601_hws:LR/costSE.m (CMU 10-601 Fall 2014 Assignment 3, 'Squared error cost function', the "
    "code between %% BEGIN SOLUTION and %% END SOLUTION)"
)
PL_LAB4 = (
    "github:KrzysiekJa/ML-basics-theory:lab_4_linear_regression/CostFun.m (Polish university ML lab, function [J, dJ] "
    "= CostFun( X, Y, Theta ))"
)
PL_LAB5 = (
    "github:KrzysiekJa/ML-basics-theory:lab_5_logistic_regression/CostFun.m (Polish university ML lab, function "
    "[J, dJ] = CostFun( X, Y, Theta ), commit 10101b1dc7da97beb0af227666605f0b42fb8d53)"
)
PL_LAB5_OLD = (
    "github:KrzysiekJa/ML-basics-theory:lab_5_logistic_regression/CostFun.m at commit "
    "56e6af04f08971e95d6effa70f9445e3a6cd7c31 (the first version of the logistic lab: J marked '% zmienić' "
    "('change'), dJ marked '% taki sam zostaje' ('stays the same'))"
)
PL_LAB7 = (
    "github:KrzysiekJa/ML-basics-theory:lab_7_logistic_regression_regularization/CostFun.m (Polish university ML lab, "
    "function [J, dJ] = CostFun( X, Y, Theta, lambda ))"
)
FLOREK = (
    "github:florek/machine-learning-bootcamp:docs/summary_p6.md (Polish note 'Gradient Descent – prosta regresja "
    "liniowa (krowie na rowie)', '## 7. Gradient Descent – serce algorytmu')"
)
CS229_POISSON = (
    "github:AndreyBocharnikov/cs229:problem set 1/src/p03d_poisson.py (a student's Stanford CS229 problem set 1, "
    "'Problem 3(d): Poisson regression with gradient ascent', class PoissonRegression, def fit)"
)

MIT6390_CLS = (
    "github:390introml/notes:classification.qmd (MIT 6.390 'Introduction to Machine Learning' lecture notes, commit "
    "4b48a9aa58d572b6db961b9d5a4cd47f2eac3352, 'What is the objective function for linear logistic classification?' "
    "(@eq-lr_with_reg) and '## Gradient descent for logistic regression'"
)
MIT6390_GD = (
    "github:390introml/notes:gradient_descent.qmd (MIT 6.390 lecture notes, commit "
    "4b48a9aa58d572b6db961b9d5a4cd47f2eac3352, the ridge-regression objective, its gradients, and the pseudocode "
    "RR-Gradient-Descent"
)
MIT6390_REG = (
    "github:390introml/notes:regression.qmd (MIT 6.390 lecture notes, commit 4b48a9aa58d572b6db961b9d5a4cd47f2eac3352, "
    "the matrix form of J(θ) and its gradient under 'Now we can write'"
)
ML4P = (
    "github:eldridgejm/ml4p:content/01-erm/02-least_squares/01-vector_calculus.rst (UCSD course notes 'Vector "
    "Calculus', the empirical risk with respect to the square loss and its gradient"
)
COMP551 = (
    "github:felixsimard/comp551-p2:GradientGiven.py (a student team's repository for McGill COMP 551 mini-project "
    "2, the file of the given logistic-regression cost and gradient: def cost_fn and def gradient)"
)
ATLAS = (
    "github:Atlas975/Notes:MachineLearning/Logistic_regression.md (a student's Obsidian notes, '## Regularized "
    "logistic loss' and '## Sigmoid function')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_mean_theta(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.theta), d.y)))


def _ce_mean_w(d):
    return -float(np.mean(_ce_terms(sig(d.X @ d.w), d.y)))


def _ce_mean_w_l2_all(d):
    return _ce_mean_w(d) + d.lam / (2 * d.m) * float(np.sum(d.w**2))


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _half_mse_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) / (2 * d.m)


def _half_mse_theta0_theta1(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def _half_mse_slope_m_b(d):
    return float(np.sum((d.y - (d.w[0] * d.x + d.b)) ** 2)) / (2 * d.m)


def _likelihood_beta0_beta1(d):
    p = sig(d.theta0 + d.theta1 * d.x)
    return float(np.prod(p**d.y * (1 - p) ** (1 - d.y)))


def _ridge_linear_theta0_unpenalised(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(np.sum(d.theta**2))) / (2 * d.m)


def _ridge_logistic_theta0_unpenalised(d):
    p = sig(d.theta0 + d.X @ d.theta)
    return -float(np.mean(_ce_terms(p, d.y))) + d.lam / (2 * d.m) * float(np.sum(d.theta**2))


def _mse_theta(d):
    return float(np.mean((d.X @ d.theta - d.y) ** 2))


def _mse_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2))


def _mit_lr_objective(d):
    p = sig(d.X @ d.theta + d.theta0)
    return -float(np.mean(_ce_terms(p, d.y))) + d.lam * float(np.sum(d.theta**2))


def _mit_ridge_objective(d):
    r = d.X @ d.theta + d.theta0 - d.y
    return float(np.mean(r**2)) + d.lam * float(np.sum(d.theta**2))


# ------------------------------------------------------------------ shared texts
_IT_H_SIG = r"h_{\theta}(x)=\frac{1}{1+e^{-\theta^{\top}x}}"
_IT_H_UNI = r"h_{\theta}(x)=h(x)=\theta_{0}+\theta_{1}x"
_IT_H_MULTI = r"h_{\theta}(x)=\theta_{0}+\theta_{1}x_{1}+\cdots+\theta_{n}x_{n}"
_IT_LOG_J = (
    r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^{m}y^{(i)}\log(h_{\theta}(x^{(i)}))+(1-y^{(i)})\log(1-h_{\theta}"
    r"(x^{(i)}))\right]"
)
_IT_UNI_J = r"J(\theta_{0},\theta_{1})=\frac{1}{2m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)^{2}"
_IT_RIDGE_LIN_J = (
    r"J(\theta)=\frac{1}{2m}\left[\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)^{2}+\lambda\sum_{i=1}^{n}"
    r"\theta_{i}^{2}\right]"
)
_IT_RIDGE_LOG_J = (
    r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^{m}y^{(i)}\log(h_{\theta}(x^{(i)}))+(1-y^{(i)})\log(1-h_{\theta}"
    r"(x^{(i)}))\right]+\frac{\lambda}{2m}\sum_{i=1}^{n}\theta_{i}^{2}"
)
_IT_RIDGE_GRAD_K = (
    r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x_{k}^{(i)}-\frac{\lambda}{m}"
    r"\theta_{k}"
)
_IT_RIDGE_LOG_LETS = (_IT_H_SIG, "x_{0}=1")
_HE_J = r"J(m, b) = \frac{1}{2n} \sum_{i=1}^{n} (y_i - (mx_i + b))^2"
_HE_LIK = (
    r"L(\beta_0, \beta_1) = \prod_{i=1}^{n} \left( \hat{p}_i \right)^{y_i} \cdot \left(1 - \hat{p}_i \right)^{1 - "
    r"y_i}"
)
_HE_LIK_LETS = (r"\hat{p}_i = \frac{1}{1 + e^{-(\beta_0 + \beta_1 x_i)}}",)
_CMU_LR_J = "1/m*(sum(log1p(exp(xt(:)))) - y(:)'*xt(:))"
_CMU_LR_LETS = ("xt = X*theta", "delta = 1/m*(sigmoid(xt) - y)", "sigmoid(x) = 1./(1+exp(-x))")
_CMU_SE_LETS = ("xt = X*theta", "diff = xt - y", "delta = 1/m*diff")
_PL_LOG_J = "- sum( Y .* log(h_theta) + (1-Y) .* log(1-h_theta) ) /m"
_PL_LOG_LETS = ("m = size(X, 2)", "h_theta = sigmoid( Theta' * X )", "sigmoid(x) = 1. / (1 + exp(-x))")
_PL_LIN_J = "sum( (Theta' * X - Y) .^2) /(2*m)"
_PL_LIN_LETS = ("m = size(X, 2)",)
_PL_GRAD_LIN = "( (Theta' * X - Y) *(X') /m )'"
_FLOREK_COST = "MSE = (1 / m) * np.sum((X.dot(weights) - Y) ** 2)"
_CS229_LOGLIK_MEAN = (
    r"\ell(\theta) = \frac{1}{m}\sum_{i=1}^{m}\left(y^{(i)}\theta^T x^{(i)} - e^{\theta^T x^{(i)}}\right)"
)
_CS229_LETS = ("h = np.exp(np.dot(x, self.theta))",)
_PL_LAYOUT = (
    "the lab stores the examples as columns (X is features × examples, m = size(X, 2) counts the columns, Theta' * "
    "X is the row of θ·x_i)"
)

_MIT_LR_J = (
    "J_\\text{lr}(\\theta, \\theta_0; {\\cal D}) =\n"
    "  \\left(\\frac{1}{n} \\sum_{i=1}^n\n"
    "  \\mathcal{L}_\\text{nll}(\\sigma(\\theta^T x^{(i)} + \\theta_0), y^{(i)})\\right) +\n"
    "  \\lambda \\left\\lVert\\theta\\right\\rVert^2\\;\\;."
)
_MIT_LR_LETS = (
    r"\mathcal{L}_\text{nll}(\text{guess},\text{actual}) = -\left(\text{actual}\cdot \log (\text{guess}) + (1 - "
    r"\text{actual})\cdot\log (1 - \text{guess})\right)",
    r"\sigma(z) = \frac{1}{1+e^{-z}}",
    r"g^{(i)} = \sigma(\theta^Tx^{(i)} + \theta_0)",
)
_MIT_RIDGE_J = (
    r"J_{\text{ridge}}(\theta, \theta_0) = \frac{1}{n}\sum_{i = 1}^n\left(\theta^Tx^{(i)} + \theta_0 - "
    r"y^{(i)}\right)^2 + \lambda\|\theta\|^2"
)
_MIT_REG_J = (
    r"J(\theta) = \frac{1}{n} \sum_{i=1}^n (\theta^T x^{(i)} - y^{(i)})^2 =  \frac{1}{n} (X \theta - Y)^T(X \theta "
    r"- Y)."
)
_ML4P_SUM = r"R(\vec w) = \frac{1}{n} \sum_{i=1}^n (w^T \vec x_i - y_i)^2"
_ML4P_NORM = r"R(\vec w) = \frac{1}{n} ||X \vec w - \vec y||^2"
_COMP551_J = "np.mean(y * np.log1p(np.exp(-z)) + (1-y) * np.log1p(np.exp(z)))"
_COMP551_LETS = (
    "z = np.dot(x, w)",
    "yh = logistic(np.dot(x, self.w))",
    "logistic(z) = 1./ (1 + np.exp(-z))",
)

COSTS: list[Cost] = [
    # ============================================================ Italian LyX notes
    Cost(
        id="f30-appunti-it-logistic-bracket-before-sum",
        source=APPUNTI_LOG + ", section 'Discesa del Gradiente per la Regressione Logistica', the first display)",
        text=_IT_LOG_J,
        intended=_ce_mean_theta,
        lets=(_IT_H_SIG,),
        why="\\left[ opens before \\sum and closes after the (1−y) term: the sum covers both terms (the chapter's own "
        "Cost(h, y) = −y log h − (1−y) log(1−h), summed): the mean cross-entropy of σ(θᵀx)",
    ),
    Cost(
        id="f30-appunti-it-linear-one-over-2n-n-examples",
        source=APPUNTI_LOG + ", 'La funzione costo J nel caso della regressione lineare era definita come …')",
        text=r"J(\theta)=\frac{1}{2n}\sum_{i=1}^{n}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)^{2}",
        intended=_half_mse_theta,
        lets=(r"h_{\theta}(x)=\theta^{\top}x",),
        why="here n counts the examples (the sum runs over i = 1 … n, the superscript (i) indexes examples): the "
        "half mean squared error of θᵀx, the same cost the notes' linear chapter writes with m",
    ),
    Cost(
        id="f30-appunti-it-min-theta0-theta1-capital-h",
        source=APPUNTI_LIN + ", 'Regressione Lineare Univariata', the minimisation problem)",
        text=r"\min_{\theta_{0}\theta_{1}}\frac{1}{2m}\sum_{i=1}^{m}\left(h_{\Theta}(x^{(i)})-y^{(i)}\right)^{2}",
        intended=_half_mse_theta0_theta1,
        wrt=("theta_0", "theta_1"),
        lets=(_IT_H_UNI,),
        why="the objective of \\min_{\\theta_{0}\\theta_{1}} (the notes go on: 'La funzione da minimizzare prende il "
        "nome di Cost Function'); h_{\\Theta} is the same hypothesis as h_{\\theta} (a capital slip), θ₀ + θ₁x",
    ),
    Cost(
        id="f30-appunti-it-univariate-chained-let",
        source=APPUNTI_LIN + ", the cost J(θ₀, θ₁) and 'Ipotesi: h_θ(x)=h(x)=θ₀+θ₁x')",
        text=_IT_UNI_J,
        intended=_half_mse_theta0_theta1,
        wrt=("theta_0", "theta_1"),
        lets=(_IT_H_UNI,),
        why="one feature x: (1/2m)Σ(θ₀ + θ₁x_i − y_i)²; the hypothesis is defined by a chained equality h_θ(x) = "
        "h(x) = …",
    ),
    Cost(
        id="f30-appunti-it-ridge-linear-penalty-inside-bracket",
        source=APPUNTI_REG + ", 'Regolarizzazione nella Regressione Lineare')",
        text=_IT_RIDGE_LIN_J,
        intended=_ridge_linear_theta0_unpenalised,
        wrt=("theta_0", "theta_j"),
        lets=(_IT_H_MULTI,),
        why="1/(2m) multiplies both the squared errors and λΣθ_i²; the penalty runs i = 1 … n (the notes: 'Il "
        "parametro θ₀ non viene penalizzato') and reuses the letter i of the data sum; h = θ₀ + θ₁x₁ + ⋯ + θₙxₙ",
    ),
    Cost(
        id="f30-appunti-it-ridge-logistic-x0-is-one",
        source=APPUNTI_REG + ", 'Regolarizzazione nella Regressione Logistica')",
        text=_IT_RIDGE_LOG_J,
        intended=_ridge_logistic_theta0_unpenalised,
        wrt=("theta_0", "theta_j"),
        lets=_IT_RIDGE_LOG_LETS,
        why="θᵀx = θ₀x₀ + θ₁x₁ + ⋯ + θₙxₙ with x₀ = 1 (the linear chapter: 'Per convenienza di notazione definiamo "
        "x₀ = 1'), so θ₀ is the intercept; the penalty (λ/2m)Σ_{i=1}^{n}θ_i² leaves θ₀ out",
    ),
    # ============================================================ Hebrew course pages
    Cost(
        id="f30-pythonai-he-slope-named-m-count-n",
        source=HE_GD,
        text=_HE_J,
        intended=_half_mse_slope_m_b,
        wrt=("m", "b"),
        why="the slope is called m and the number of data points n ('$n$ is the number of data points'): y = mx + b "
        "with scalar m and b; (1/2n)Σ(y_i − (m x_i + b))²",
    ),
    Cost(
        id="f30-pythonai-he-logistic-likelihood-product",
        source=HE_LOG,
        text=_HE_LIK,
        intended=_likelihood_beta0_beta1,
        wrt=("beta_0", "beta_1"),
        lets=_HE_LIK_LETS,
        why="the likelihood itself (to be maximised, 'נרצה למצוא β₀ ו־β₁ אחרים שייתנו ערך גבוה יותר ל־L'), not its "
        "log: Π p̂_i^{y_i}(1 − p̂_i)^{1−y_i} with p̂_i = σ(β₀ + β₁x_i), one feature x; \\cdot is a product",
    ),
    # ============================================================ CMU 10-601 assignment code
    Cost(
        id="f30-cmu601-costlr-log1p-minus-y-xt",
        source=CMU601_LR + " (cost = …; xt from the line above it)",
        text=_CMU_LR_J,
        intended=_ce_mean_theta,
        lets=_CMU_LR_LETS[:1],
        why="(1/m)(Σ log(1 + e^{x_iθ}) − Σ y_i x_iθ), which is the mean cross-entropy of σ(x_iθ); log1p(u) is "
        "log(1 + u); xt(:) and y(:) are the column vectors (one class, k = 1); m is the number of rows of X "
        "([m, n] = size(X))",
    ),
    Cost(
        id="f30-cmu601-costse-diff-colon",
        source=CMU601_SE + " (cost = …; xt, diff from the lines above it)",
        text="1/(2*m)*sum(diff(:).^2)",
        intended=_half_mse_theta,
        lets=_CMU_SE_LETS[:2],
        why="diff = Xθ − y; (1/2m)Σ diff², m the number of rows of X",
    ),
    # ============================================================ Polish lab code
    Cost(
        id="f30-krzysiekja-pl-logistic-examples-as-columns",
        source=PL_LAB5 + " (J = …; m, h_theta from the lines above it, sigmoid from the comment below)",
        text=_PL_LOG_J,
        intended=_ce_mean_w,
        wrt=("Theta_j",),
        lets=_PL_LOG_LETS,
        why=_PL_LAYOUT + "; the mean cross-entropy of σ(θ·x_i); the sigmoid is the file's comment 'g(x) = 1. / (1 + "
        "exp(-x))'",
    ),
    Cost(
        id="f30-krzysiekja-pl-linear-examples-as-columns",
        source=PL_LAB4 + " (J = …; m from the line above it)",
        text=_PL_LIN_J,
        intended=_half_mse_w,
        wrt=("Theta_j",),
        lets=_PL_LIN_LETS,
        why=_PL_LAYOUT + "; Σ(θ·x_i − y_i)²/(2m)",
    ),
    Cost(
        id="f30-krzysiekja-pl-regularised-j-reassigned",
        source=PL_LAB7 + " (the second line J = J + …; the first J = … and h_theta above it)",
        text="J + (lambda/(2*m)) * sum( Theta .^ 2)",
        intended=_ce_mean_w_l2_all,
        wrt=("Theta_j",),
        lets=(
            "m = size(X, 2)",
            "h_theta = sigmoid( Theta' * X )",
            "J = - sum( Y .* log(h_theta) + (1-Y) .* log(1-h_theta) ) /m",
            "sigmoid(x) = 1. / (1 + exp(-x))",
        ),
        why=_PL_LAYOUT + "; the code builds J in two statements (J = …; J = J + …): the mean cross-entropy plus "
        "λ/(2m)Σθ_k² over every θ_k, Theta(1) included (the file's dJ leaves Theta(1) unregularised, but the cost "
        "as written penalises it)",
    ),
    # ============================================================ MIT 6.390 notes
    Cost(
        id="f30-mit6390-jlr-nll-of-sigma-plus-lambda-norm",
        source=MIT6390_CLS + ", @eq-lr_with_reg)",
        text=_MIT_LR_J,
        intended=_mit_lr_objective,
        wrt=("theta_j", "theta_0"),
        lets=_MIT_LR_LETS[:2],
        why="the mean of the loss function L_nll(guess, actual) applied to guess σ(θᵀx⁽ⁱ⁾ + θ₀) and actual y⁽ⁱ⁾, "
        "plus λ‖θ‖² (no ½, the offset θ₀ not penalised); {\\cal D} is the data set, \\lVert…\\rVert the norm, "
        "the trailing \\;\\;. is spacing and a full stop",
    ),
    Cost(
        id="f30-mit6390-ridge-with-offset",
        source=MIT6390_GD + ", 'Now, let's add in the regularization term, to get the ridge-regression objective')",
        text=_MIT_RIDGE_J,
        intended=_mit_ridge_objective,
        wrt=("theta_j", "theta_0"),
        why="(1/n)Σ(θᵀx⁽ⁱ⁾ + θ₀ − y⁽ⁱ⁾)² + λ‖θ‖²: mean squared error (no ½) and a penalty on θ only",
    ),
    Cost(
        id="f30-mit6390-sum-equals-matrix-form",
        source=MIT6390_REG + ")",
        text=_MIT_REG_J,
        intended=_mse_theta,
        why="an equality chain: the sum form and the matrix form (Xθ − Y)ᵀ(Xθ − Y)/n are the same cost, the mean "
        "squared error with no offset (the notes' hyperplane through the origin); the full stop ends the sentence",
    ),
    # ============================================================ UCSD notes, McGill course code, student notes
    Cost(
        id="f30-ml4p-risk-sum-w-without-vec",
        source=ML4P + ", the first display)",
        text=_ML4P_SUM,
        intended=_mse_w,
        wrt=("w_j",),
        why="\\vec w and the bare w^T are the same weight vector (the arrow dropped once): (1/n)Σ(w·x_i − y_i)²",
    ),
    Cost(
        id="f30-ml4p-risk-norm-double-bars",
        source=ML4P + ", 'In matrix-vector form, we can rewrite this as')",
        text=_ML4P_NORM,
        intended=_mse_w,
        wrt=("w_j",),
        why="||·|| written with two ASCII bars is the Euclidean norm: (1/n)‖Xw − y‖², X's i-th row x_iᵀ",
    ),
    Cost(
        id="f30-comp551-log1p-both-branches",
        source=COMP551 + " (def cost_fn: J = …; z from the line above it)",
        text=_COMP551_J,
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_COMP551_LETS[:1],
        why="log1p(e^{−z}) = −log σ(z) and log1p(e^{z}) = −log(1 − σ(z)): the mean cross-entropy of σ(xw), written "
        "without the sigmoid",
    ),
    Cost(
        id="f30-atlas-regularized-cost-undefined-yhat-refuse",
        source=ATLAS,
        text=r"\text{Regularized Cost}=-\frac{1}{m} \sum_{i=1}^{m} y \log{(\hat{y})} + {(1-y)}\log{(1-\hat{y})"
        r"\color{cyan}+ \frac{\lambda} {2m}\sum_{i=1}^{n}\theta^2}",
        intended=None,
        lets=(r"h(x)=\frac{1}{1+ e^{-y}}",),
        expect="refuse",
        why="ŷ is never tied to θ and x (the note's only model is h(x) = 1/(1 + e^{−y}), a function of y), θ² has no "
        "index under Σ_{i=1}^{n}, and the penalty sits inside the braces of \\log{…} after \\color{cyan}: no "
        "single cost in θ can be read from it",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Italian LyX notes
    Answer(
        id="f30-appunti-it-logistic-update-gradient",
        source=APPUNTI_LOG + ", the update rule θ_k := θ_k − α…, its part after α)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x_{k}^{(i)}",
        cost=_IT_LOG_J,
        verdict="equivalent",
        wrt="theta_k",
        lets=(_IT_H_SIG,),
        why="(1/m)Σ(σ(θᵀx_i) − y_i)x_ik, the gradient of the mean cross-entropy; \\cdot is a product",
    ),
    Answer(
        id="f30-appunti-it-logistic-update-gradient-no-x-variant",
        source=APPUNTI_LOG + ", the update rule's gradient without the factor x_k^{(i)} — a variant)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)",
        cost=_IT_LOG_J,
        verdict="different",
        wrt="theta_k",
        lets=(_IT_H_SIG,),
        why="variant: the chain rule brings x_k^{(i)} for every θ_k here (θ has no separate intercept in this "
        "cost's h)",
    ),
    Answer(
        id="f30-appunti-it-univariate-theta1",
        source=APPUNTI_LIN + ", the θ₁ rule after α)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x^{(i)}",
        cost=_IT_UNI_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=(_IT_H_UNI,),
        why="(1/m)Σ(h(x_i) − y_i)x_i; \\cdot is a product",
    ),
    Answer(
        id="f30-appunti-it-univariate-theta1-half-kept-variant",
        source=APPUNTI_LIN + ", the θ₁ rule with the cost's 1/(2m) kept — a variant)",
        text=r"\frac{1}{2m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x^{(i)}",
        cost=_IT_UNI_J,
        verdict="different",
        wrt="theta_1",
        lets=(_IT_H_UNI,),
        why="variant: the square's 2 cancels the ½, leaving 1/m",
    ),
    Answer(
        id="f30-appunti-it-ridge-linear-minus-lambda-slip",
        source=APPUNTI_REG + ", 'Regolarizzazione nella Regressione Lineare', the θ_k rule, the bracket after α)",
        text=_IT_RIDGE_GRAD_K,
        cost=_IT_RIDGE_LIN_J,
        verdict="different",
        wrt="theta_k",
        lets=(_IT_H_MULTI,),
        why="real slip: ∂/∂θ_k of (λ/2m)θ_k² is +(λ/m)θ_k, and the notes' own second line θ_k(1 − αλ/m) − … has it "
        "right; the bracket subtracts it",
    ),
    Answer(
        id="f30-appunti-it-ridge-linear-plus-lambda-variant",
        source=APPUNTI_REG + ", the θ_k bracket with + \\frac{\\lambda}{m}\\theta_{k} — a variant, the correction)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}\left(h_{\theta}(x^{(i)})-y^{(i)}\right)\cdot x_{k}^{(i)}+\frac{\lambda}{m}"
        r"\theta_{k}",
        cost=_IT_RIDGE_LIN_J,
        verdict="equivalent",
        wrt="theta_k",
        lets=(_IT_H_MULTI,),
        why="variant: (1/m)Σ(h − y)x_k + (λ/m)θ_k for k = 1 … n, which the notes' expanded second line implies",
    ),
    Answer(
        id="f30-appunti-it-ridge-logistic-minus-lambda-slip",
        source=APPUNTI_REG + ", 'Regolarizzazione nella Regressione Logistica', the θ_k rule, the bracket after α)",
        text=_IT_RIDGE_GRAD_K,
        cost=_IT_RIDGE_LOG_J,
        verdict="different",
        wrt="theta_k",
        lets=_IT_RIDGE_LOG_LETS,
        why="real slip, copied from the linear section: the penalty's derivative is +(λ/m)θ_k, the bracket "
        "subtracts it",
    ),
    # ============================================================ Hebrew course page
    Answer(
        id="f30-pythonai-he-dJdm-minus-x-form",
        source=HE_GD + " (∂J/∂m, the first form before the second '=')",
        text=r"\frac{\partial J}{\partial m} = \frac{1}{n} \sum_{i=1}^{n} -x_i(y_i - (mx_i + b))",
        cost=_HE_J,
        verdict="equivalent",
        wrt="m",
        why="−(1/n)Σx_i(y_i − m x_i − b): the derivative of (1/2n)Σ(y_i − (m x_i + b))² by the slope m",
    ),
    Answer(
        id="f30-pythonai-he-dJdb-simplified",
        source=HE_GD + " (∂J/∂b under 'Simplifying:')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{n} \sum_{i=1}^{n} (mx_i + b - y_i)",
        cost=_HE_J,
        verdict="equivalent",
        wrt="b",
        why="(1/n)Σ(m x_i + b − y_i)",
    ),
    Answer(
        id="f30-pythonai-he-dJdm-sign-dropped-variant",
        source=HE_GD + " (∂J/∂m with the minus sign dropped — a variant)",
        text=r"\frac{\partial J}{\partial m} = \frac{1}{n} \sum_{i=1}^{n} x_i(y_i - (mx_i + b))",
        cost=_HE_J,
        verdict="different",
        wrt="m",
        why="variant: the inner derivative of y_i − (m x_i + b) by m is −x_i; without it the sign flips",
    ),
    # ============================================================ CMU 10-601
    Answer(
        id="f30-cmu601-costlr-grad-through-delta",
        source=CMU601_LR + " (grad = X'*delta; delta, xt, sigmoid from the file)",
        text="X'*delta",
        cost="logistic",
        verdict="equivalent",
        lets=_CMU_LR_LETS,
        why="Xᵀ(σ(Xθ) − y)/m, the 1/m carried by delta",
    ),
    Answer(
        id="f30-cmu601-costlr-grad-no-one-over-m-variant",
        source=CMU601_LR + " (grad written without delta's 1/m — a variant)",
        text="X'*(sigmoid(xt) - y)",
        cost="logistic",
        verdict="different",
        lets=(_CMU_LR_LETS[0], _CMU_LR_LETS[2]),
        why="variant: the cost is the mean, (1/m)Σ…, so the gradient keeps 1/m",
    ),
    # ============================================================ Polish lab code
    Answer(
        id="f30-krzysiekja-pl-logistic-dj-transposed",
        source=PL_LAB5 + " (dJ = …)",
        text="( (h_theta - Y) * (X') /m )'",
        cost=_PL_LOG_J,
        verdict="equivalent",
        wrt="Theta_j",
        lets=_PL_LOG_LETS,
        why=_PL_LAYOUT + "; (h − Y) is a row, times Xᵀ gives Σ_i(h_i − y_i)x_iᵀ, transposed back to a column: "
        "(1/m)Σ(σ(θ·x_i) − y_i)x_i",
    ),
    Answer(
        id="f30-krzysiekja-pl-logistic-dj-linear-kept",
        source=PL_LAB5_OLD + " (dJ = …)",
        text=_PL_GRAD_LIN,
        cost=_PL_LOG_J,
        verdict="different",
        wrt="Theta_j",
        lets=_PL_LOG_LETS,
        why="real slip (the first commit of the logistic lab): the linear-regression gradient (1/m)Σ(θ·x_i − "
        "y_i)x_i was kept ('taki sam zostaje'); for the cross-entropy the residual is σ(θ·x_i) − y_i",
    ),
    Answer(
        id="f30-krzysiekja-pl-linear-dj-transposed",
        source=PL_LAB4 + " (dJ = …)",
        text=_PL_GRAD_LIN,
        cost=_PL_LIN_J,
        verdict="equivalent",
        wrt="Theta_j",
        lets=_PL_LIN_LETS,
        why=_PL_LAYOUT + "; (1/m)Σ(θ·x_i − y_i)x_i",
    ),
    # ============================================================ Polish bootcamp note
    Answer(
        id="f30-florek-pl-two-over-m-mse",
        source=FLOREK + " (gradient = …; the note: 'kierunek, w którym trzeba zmniejszyć błąd MSE')",
        text="(2 / m) * X.T.dot(X.dot(weights) - Y)",
        cost=_FLOREK_COST,
        verdict="equivalent",
        wrt="weights_j",
        why="the note's cost is the MSE (no ½), written here with its names: (2/m)Xᵀ(Xw − Y); X carries the bias "
        "column",
    ),
    Answer(
        id="f30-florek-pl-one-over-m-variant",
        source=FLOREK + " (gradient with 1 / m for 2 / m — a variant)",
        text="(1 / m) * X.T.dot(X.dot(weights) - Y)",
        cost=_FLOREK_COST,
        verdict="different",
        wrt="weights_j",
        why="variant: without the ½ in the MSE, the square's 2 stays",
    ),
    # ============================================================ CS229 Poisson (student solution)
    Answer(
        id="f30-cs229-poisson-ascent-step-mean-loglik",
        source=CS229_POISSON + " (delta = …; h from the line above it)",
        text="np.mean((y - h)[:, None] * x, axis=0)",
        cost=_CS229_LOGLIK_MEAN,
        verdict="equivalent",
        lets=_CS229_LETS,
        why="x is the (m, n) design matrix; (y − h)[:, None] * x scales row i by y_i − e^{θ·x_i}, the mean over "
        "axis 0 gives (1/m)Σ(y_i − e^{θ·x_i})x_i: the gradient of the mean log-likelihood (up to the constant "
        "−log y!) that the code climbs",
    ),
    Answer(
        id="f30-cs229-poisson-ascent-step-for-nll",
        source=CS229_POISSON + " (delta = … judged as the gradient of the Poisson negative log-likelihood)",
        text="np.mean((y - h)[:, None] * x, axis=0)",
        cost="poisson",
        verdict="different",
        lets=_CS229_LETS,
        why="the step climbs the log-likelihood: (1/m)Σ(y_i − e^{θ·x_i})x_i points the other way from the "
        "gradient of the negative log-likelihood, Σ(e^{θ·x_i} − y_i)x_i (over any positive scale)",
    ),
    # ============================================================ MIT 6.390 notes
    Answer(
        id="f30-mit6390-grad-theta-jlr-aligned",
        source=MIT6390_CLS + ", 'Explicitly, they are:', the first row of the aligned display)",
        text="\\nabla_\\theta J_\\text{lr}(\\theta, \\theta_0)                      & =  \\frac{1}{n}\\sum_{i=1}^n\n"
        "  \\left(g^{(i)} -\n  y^{(i)}\\right) x^{(i)}\n  + 2\\lambda\\theta",
        cost=_MIT_LR_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_MIT_LR_LETS,
        why="g⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾ + θ₀) (the notes: 'Letting g⁽ⁱ⁾ = …'): (1/n)Σ(g⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾ + 2λθ; '& =' is "
        "alignment",
    ),
    Answer(
        id="f30-mit6390-grad-theta0-jlr-penalised-variant",
        source=MIT6390_CLS + ", the second row of the aligned display with + 2\\lambda\\theta_0 added — a variant)",
        text="\\frac{\\partial J_\\text{lr}(\\theta, \\theta_0)}{\\partial \\theta_0} & =\n"
        "  \\frac{1}{n}\\sum_{i=1}^n\n  \\left(g^{(i)} -\n  y^{(i)} \\right) + 2\\lambda\\theta_0 \\;\\;.",
        cost=_MIT_LR_J,
        verdict="different",
        wrt="theta_0",
        lets=_MIT_LR_LETS,
        why="variant: λ‖θ‖² leaves the offset θ₀ out ('we have separated θ₀ from θ'), so ∂J_lr/∂θ₀ is "
        "(1/n)Σ(g⁽ⁱ⁾ − y⁽ⁱ⁾) with no 2λθ₀",
    ),
    Answer(
        id="f30-mit6390-grad-theta-ridge-aligned",
        source=MIT6390_GD + ", the first row of the gradients' aligned display)",
        text="\\nabla_\\theta J_\\text{ridge}(\\theta, \\theta_0)                      & =  \\frac{2}{n}\\sum_{i=1}^n\n"
        "  \\left(\\theta^Tx^{(i)} + \\theta_0 -\n  y^{(i)}\\right) x^{(i)}\n  + 2\\lambda\\theta",
        cost=_MIT_RIDGE_J,
        verdict="equivalent",
        wrt="theta_j",
        why="(2/n)Σ(θᵀx⁽ⁱ⁾ + θ₀ − y⁽ⁱ⁾)x⁽ⁱ⁾ + 2λθ",
    ),
    Answer(
        id="f30-mit6390-grad-theta0-ridge-aligned",
        source=MIT6390_GD + ", the second row of the gradients' aligned display)",
        text="\\frac{\\partial J_\\text{ridge}(\\theta, \\theta_0)}{\\partial \\theta_0} & =\n"
        "  \\frac{2}{n}\\sum_{i=1}^n\n  \\left(\\theta^Tx^{(i)} + \\theta_0 -\n  y^{(i)} \\right) \\;\\;.",
        cost=_MIT_RIDGE_J,
        verdict="equivalent",
        wrt="theta_0",
        why="(2/n)Σ(θᵀx⁽ⁱ⁾ + θ₀ − y⁽ⁱ⁾); θ₀ is not penalised",
    ),
    Answer(
        id="f30-mit6390-rr-pseudocode-step-theta-half",
        source=MIT6390_GD + ", RR-Gradient-Descent, the θ^{(t)} line, the bracket after η)",
        text="\\frac{1}{n}\\sum_{i=1}^n\n    \\left({{\\theta}^{(t-1)}}^T {x}^{(i)} + {\\theta_0}^{(t-1)} -\n"
        "      {y}^{(i)}\\right) {x}^{(i)}\n    + \\lambda{\\theta}^{(t-1)}",
        cost=_MIT_RIDGE_J,
        verdict="different",
        wrt="theta_j",
        why="real: the pseudocode's step is half the gradient the notes derive just above it ((2/n)Σ(…)x⁽ⁱ⁾ + 2λθ); "
        "θ^{(t-1)}, θ₀^{(t-1)} are the current iterate θ, θ₀; as ∂J_ridge/∂θ it is off by the factor 2 (the step "
        "size absorbs it)",
    ),
    Answer(
        id="f30-mit6390-rr-pseudocode-step-theta0-half",
        source=MIT6390_GD + ", RR-Gradient-Descent, the θ₀^{(t)} line, the bracket after η)",
        text="\\frac{1}{n}\\sum_{i=1}^n\n    \\left({{\\theta}^{(t-1)}}^T {x}^{(i)} + {\\theta_0}^{(t-1)} -\n"
        "      {y}^{(i)} \\right)",
        cost=_MIT_RIDGE_J,
        verdict="different",
        wrt="theta_0",
        why="real: half of ∂J_ridge/∂θ₀ = (2/n)Σ(θᵀx⁽ⁱ⁾ + θ₀ − y⁽ⁱ⁾); θ^{(t-1)}, θ₀^{(t-1)} are the current iterate",
    ),
    Answer(
        id="f30-mit6390-grad-matrix-form",
        source=MIT6390_REG + ", the last line of the aligned derivation)",
        text=r"\frac{2}{n} \left( X^T X \theta - X^T Y\right)",
        cost=_MIT_REG_J,
        verdict="equivalent",
        why="(2/n)(XᵀXθ − XᵀY) = (2/n)Xᵀ(Xθ − Y)",
    ),
    # ============================================================ UCSD notes
    Answer(
        id="f30-ml4p-grad-two-over-n",
        source=ML4P + ", the last line of the gradient)",
        text=r"\frac{2}{n} X^T (X \vec w - \vec y)",
        cost=_ML4P_NORM,
        verdict="equivalent",
        wrt="w_j",
        why="(2/n)Xᵀ(Xw − y)",
    ),
    Answer(
        id="f30-ml4p-grad-one-over-n-variant",
        source=ML4P + ", the last line with 1/n for 2/n — a variant)",
        text=r"\frac{1}{n} X^T (X \vec w - \vec y)",
        cost=_ML4P_NORM,
        verdict="different",
        wrt="w_j",
        why="variant: the risk has no ½, so the square's 2 stays",
    ),
    # ============================================================ McGill COMP 551 given code
    Answer(
        id="f30-comp551-given-gradient",
        source=COMP551 + " (def gradient: grad = …; yh from the line above it)",
        text="np.dot(x.T, yh - y)/N",
        cost=_COMP551_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_COMP551_LETS,
        why="N is the number of rows of x (N,D = x.shape; 'divide by N because cost is mean over N points'); "
        "self.w is the w of the cost: xᵀ(σ(xw) − y)/N",
    ),
    Answer(
        id="f30-comp551-gradient-no-mean-variant",
        source=COMP551 + " (grad without /N — a variant)",
        text="np.dot(x.T, yh - y)",
        cost=_COMP551_J,
        verdict="different",
        wrt="w_j",
        lets=_COMP551_LETS,
        why="variant: the cost is a mean (np.mean), so its gradient keeps 1/N",
    ),
]

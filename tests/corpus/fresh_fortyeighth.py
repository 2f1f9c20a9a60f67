r"""A fresh held-out wave (f48): a mix as a random draw would give it — Q&A (a Mathematics Stack Exchange question and
its answer, a Data Science Stack Exchange question, a Russian programming-exercise page), course notes and slides (a
stored copy of University of Washington ridge-regression notes, Japanese PRML-style slides on SlideShare, a repository
README), and from-scratch code in R (two repositories), Python (a textbook's example code) — on linear regression,
ridge and logistic regression.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: the Mathematics Stack Exchange question 'Statistics: Minimized parameters of an error function in regression'
  (stored copy; the error function (1/N)Σ[rᵗ − (w₁xᵗ + w₀)]² and the answer's two partial derivatives of the summed
  error, written with x^{2t} for (xᵗ)²); the Data Science Stack Exchange question 'Logistic regression from scratch in
  Python' (the weight gradient and the intercept line); silvertests.ru's exercise 68806 (Russian, gradient descent
  for a one-feature logistic regression: ∂Loss/∂w and ∂Loss/∂b);
* notes and slides: a stored copy of 'Computing the Gradient of the Ridge Objective' (University of Washington,
  Machine Learning: Regression; the cost (y − Hw)ᵀ(y − Hw) + λwᵀw and ∇_w = −2Hᵀ(y − Hw) + 2λw); Takayuki Yagi's
  SlideShare deck (Japanese, slides 64–65: E(w), its derivative in sum and matrix form; transcribed from the deck's
  text layer); Tanmay-Pardhi/ML-algos-from-scratch's Logistic_Regression/readme.md (dw and db);
* code: MichaelSali/MLR's lin_reg_functions.R (compute.cost and the gradient inside gradient.descent); Ivan Jacob
  Agaloos Pesigan's R logreg_negll (−Σ log dbinom); the example code of Yuxi (Hayden) Liu's 'Python Machine Learning
  By Example' (3rd ed., p. 158: compute_cost of a logistic regression).

Names follow the sources: H, X, x (the R design matrix), Φ's rows φᵢ, X_transpose are the design matrix Data.X; w,
theta, weights are the weight vector Data.w / Data.theta; b, bias, w_[0] the intercept; in the Mathematics Stack
Exchange error function rᵗ is the target (Data.y), xᵗ the one feature (Data.x), w₀ and w₁ the intercept and slope
(theta0, theta1); in silvertests' one-feature model w is the scalar slope (Data.w[0]) and xᵢ Data.x. Where a source
gives no cost for an answer, ``why`` says which cost it is graded against. About half the answers are wrong; the real
mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by
hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
UW_RIDGE = (
    NEMOTRON + " (stored copy of the notes 'Computing the Gradient of the Ridge Objective', University of Washington, "
    "Machine Learning: Regression; '## Gradient of the Ridge Objective'"
)
MATHSE = (
    NEMOTRON + " (stored copy of the Mathematics Stack Exchange question 'Statistics: Minimized parameters of an error "
    "function in regression' and its Answer 1"
)
DSSE = (
    "https://datascience.stackexchange.com/questions/40796/logistic-regression-from-scratch-in-python (question "
    "'Logistic regression from scratch in Python', fit()"
)
SILVER = (
    "https://www.silvertests.ru/OlympTask.aspx?id=68806 (Russian exercise on gradient descent for logistic regression, "
    "'Вычислить градиенты по формулам'"
)
YAGI = (
    "https://www.slideshare.net/TakayukiYagi1/ss-65883197 (Japanese slides, text layer of slides 64–65, "
    "'対数尤度を (−1) 倍したものを誤差関数とし'"
)
TANMAY = (
    "https://github.com/Tanmay-Pardhi/ML-algos-from-scratch/blob/HEAD/Logistic_Regression/readme.md (readme, "
    "'Fitting', step 4.3"
)
MLR = "https://github.com/MichaelSali/MLR/blob/HEAD/lin_reg_functions.R (R"
PESIGAN = (
    "public code index file 44955945908 (R, '# Logistic Regression Functions' by Ivan Jacob Agaloos Pesigan, "
    "logreg_negll; the index does not name its repository"
)
LIU = (
    "public code index file 26139565254 (Python, 'Training a logistic regression model', example code of Yuxi (Hayden) "
    "Liu, 'Python Machine Learning By Example', 3rd ed., p. 158; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r)


def _mean_sq_one_feature(d):
    r = d.y - (d.theta1 * d.x + d.theta0)
    return float(r @ r) / d.m


def _logistic_sum_theta(d):
    return -float(np.sum(_ll(sig(d.X @ d.theta), d.y)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _logistic_sum_w(d):
    return -float(np.sum(_ll(sig(d.X @ d.w), d.y)))


def _logistic_mean_w(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y)))


# ------------------------------------------------------------------ texts the items share
_UW_COST = r"\text{Cost} = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_RSS = r"(y - Hw)^T(y - Hw)"
_UW_WHY = "H is the matrix of input features (Data.X), w the regression coefficients, y the observations"
_MATHSE_MEAN = r"\frac{1}{N}\sum_{t=1}^{N}[r^t-(w_1x^t+w_0)]^2"
_MATHSE_SUM = r"\sum_t[r^t-(w_1x^t+w_0)]^2"
_MATHSE_WHY = (
    "the superscript t numbers the example (not a power): rᵗ is the target (Data.y), xᵗ the one feature (Data.x), "
    "w₀ the intercept and w₁ the slope"
)
_MATHSE_ANS_WHY = (
    "the answer says 'ignoring the constant 1/N', so its derivatives are graded against the summed error; "
    "x^{2t} is the answer's notation for (xᵗ)², as in its expansion Σ r^{2t} + w₁² Σ x^{2t} + …; " + _MATHSE_WHY
)
_YAGI_E = (
    r"E(w) = -\sum_i [t_i \ln\sigma(w^T\phi_i) + (1-t_i)\ln\{1-\sigma(w^T\phi_i)\}]"
)
_YAGI_WHY = (
    "φᵢ is example i (a row of Data.X, the slides' X = (φ₁, …, φₙ)ᵀ), tᵢ its label, w the weights: the summed "
    "cross-entropy (minus the log-likelihood)"
)
_YAGI_MATRIX_LETS = (
    r"t = (t_1, t_2, \ldots, t_n)^T",
    r"y = (\sigma(w^T\phi_1), \sigma(w^T\phi_2), \ldots, \sigma(w^T\phi_n))^T",
    r"X = (\phi_1, \phi_2, \ldots, \phi_n)^T",
)
_MLR_COST = "J <- sum((x%*%theta-y)^2)/(2*m)"
_MLR_COST_LETS = ("m <- length(y)",)
_MLR_GRAD_LETS = (
    "temp <- err * x",
    "err <- as.vector((x %*% theta - y),mode = 'numeric')",
    "m <- length(y)",
)
_MLR_WHY = "x is the design matrix (Data.X), theta the coefficients: 1/(2m)·Σ(xθ − y)²"
_SILVER_COST = r"\text{Loss} = -\frac{1}{n} \sum_{i=1}^{n} [y_i \log p_i + (1 - y_i) \log(1 - p_i)]"
_SILVER_LETS = (r"z = w \cdot X + b", r"p = \sigma(z)")
_SILVER_WHY = (
    "the page gives the update formulas; graded against the log-loss the exercise series had the student compute "
    "before (the mean cross-entropy); one feature per object (the input's first line is the feature of each object): "
    "X and xᵢ are that feature (Data.x), w the scalar slope, b the intercept, pᵢ = σ(w·xᵢ + b)"
)
_TANMAY_COST = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i)]"
)
_TANMAY_COST_LETS = (r"\hat{y}_i = \sigma(w \cdot x_i + b)",)
_TANMAY_LETS = (
    "y_pred = sigmoid(linear)",
    "linear = (X.weights) + bias",
)
_TANMAY_WHY = (
    "the readme gives no cost; graded against the mean cross-entropy in w (its 'weights') and b (its 'bias'); "
    "X_transpose.(…) is the product Xᵀ(…), X the m × n data (Data.X), num_samples its number of rows m"
)
_DSSE_COST = (
    r"J(w_0, \mathbf{w}) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log h_i + (1 - y_i) \log(1 - h_i)]"
)
_DSSE_COST_LETS = (r"h_i = \sigma(w_0 + \mathbf{x}_i \cdot \mathbf{w})",)
_DSSE_LETS = (
    "h = self.hyp(X)",
    "self.hyp(X) = self.sigmoid(self.w_[0] + X@self.w_[1:])",
    "x0 = np.ones(X.shape[0])",
    "m = X.shape[0]",
)
_DSSE_WHY = (
    "the question gives no cost; graded against the mean cross-entropy its gradient descent minimises; w_[0] is the "
    "intercept w₀, w_[1:] the weights w (X the m × n data, Data.X); the stored page shows X@self.w_[1:] mangled by an "
    "e-mail obfuscator, restored here"
)

COSTS: list[Cost] = [
    # ============================================================ notes and slides
    Cost(
        id="f48-uw-ridge-cost-matrix",
        source=UW_RIDGE + ", the ridge regression objective)",
        text=_UW_COST,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY + ": ‖y − Hw‖² + λ‖w‖², every w penalised (the notes' ‖w‖² = w₀² + … + w_D²)",
    ),
    Cost(
        id="f48-uw-rss-matrix",
        source=UW_RIDGE + ", '1. Residual Sum of Squares Term')",
        text=_UW_RSS,
        intended=_sse_w,
        wrt=("w_j",),
        why=_UW_WHY + ": the residual sum of squares",
    ),
    Cost(
        id="f48-yagi-slides-E-w",
        source=YAGI + ", slide 64)",
        text=_YAGI_E,
        intended=_logistic_sum_w,
        wrt=("w_j",),
        why=_YAGI_WHY,
    ),
    # ============================================================ Q&A
    Cost(
        id="f48-mathse-error-function-w1-w0",
        source=MATHSE + ", 'The error function is given by')",
        text=_MATHSE_MEAN,
        intended=_mean_sq_one_feature,
        wrt=("w_0", "w_1"),
        why=_MATHSE_WHY + ": the mean squared error of a line",
    ),
    Cost(
        id="f48-mathse-error-function-summed",
        source=MATHSE + ", Answer 1: 'Let's start by ignoring the constant 1/N. Then')",
        text=_MATHSE_SUM,
        intended=lambda d: _mean_sq_one_feature(d) * d.m,
        wrt=("w_0", "w_1"),
        why=_MATHSE_WHY + ": the summed squared error",
    ),
    # ============================================================ code
    Cost(
        id="f48-pesigan-r-logreg-negll-dbinom",
        source=PESIGAN + ")",
        text="-sum(\n    dbinom(\n      x = y,\n      size = 1,\n      prob = inv_logit(X %*% theta),\n      log = TRUE\n"
        "    )\n  )",
        intended=_logistic_sum_theta,
        wrt=("theta_j",),
        why=(
            "dbinom(y, size = 1, prob = p, log = TRUE) is the Bernoulli log-probability y log p + (1 − y) log(1 − p); "
            "inv_logit is the logistic function, X the design matrix (Data.X), theta the coefficients: the summed "
            "cross-entropy"
        ),
    ),
    Cost(
        id="f48-michaelsali-r-compute-cost",
        source=MLR + ", compute.cost)",
        text=_MLR_COST,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_MLR_COST_LETS,
        why=_MLR_WHY,
    ),
    Cost(
        id="f48-liu-textbook-compute-cost",
        source=LIU + ", compute_cost)",
        text="cost = np.mean(-y * np.log(predictions) - (1 - y) * np.log(1 - predictions))",
        intended=_logistic_mean_w,
        wrt=("weights_j",),
        lets=("predictions = compute_prediction(X, weights)", "z = np.dot(X, weights)", "predictions = sigmoid(z)",
              "sigmoid(input) = 1.0 / (1 + np.exp(-input))"),
        why="X the design matrix (Data.X), weights the weight vector (Data.w): the mean cross-entropy",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f48-uw-ridge-gradient",
        source=UW_RIDGE + ", 'The gradient with respect to w is')",
        text=r"\nabla_w = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_COST,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f48-uw-rss-gradient",
        source=UW_RIDGE + ", '1. Residual Sum of Squares Term: The gradient … is')",
        text=r"-2H^T(y - Hw)",
        cost=_UW_RSS,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f48-uw-penalty-gradient",
        source=UW_RIDGE + ", '2. Penalty Term: The gradient of the penalty term λwᵀw is')",
        text=r"2\lambda w",
        cost=r"\lambda w^T w",
        verdict="equivalent",
        wrt="w_j",
        why="the penalty term alone",
    ),
    Answer(
        id="f48-mathse-answer-d-w0",
        source=MATHSE + ", Answer 1, the first of 'Take the partial derivatives with respect to w₀ and w₁')",
        text=r"2N w_0 -2 \sum_t r^t + 2 w_1 \sum_t x^t",
        cost=_MATHSE_SUM,
        verdict="equivalent",
        wrt="w_0",
        why=_MATHSE_ANS_WHY,
    ),
    Answer(
        id="f48-mathse-answer-d-w1-x2t",
        source=MATHSE + ", Answer 1, the second partial derivative)",
        text=r"2 w_1 \sum_t x^{2t} -2 \sum_t r^t x^t + 2 w_0 \sum_t x^t",
        cost=_MATHSE_SUM,
        verdict="equivalent",
        wrt="w_1",
        why=_MATHSE_ANS_WHY,
    ),
    Answer(
        id="f48-mathse-answer-d-w0-against-mean",
        source=MATHSE + ", Answer 1's ∂/∂w₀, graded against the question's error function with its 1/N)",
        text=r"2N w_0 -2 \sum_t r^t + 2 w_1 \sum_t x^t",
        cost=_MATHSE_MEAN,
        verdict="different",
        wrt="w_0",
        why="the answer dropped the 1/N on purpose: as the derivative of the (1/N) error it is N times too large; "
        + _MATHSE_WHY,
    ),
    Answer(
        id="f48-yagi-gradient-sum-braces",
        source=YAGI + ", slide 64, 'とかける')",
        text=r"\frac{d}{dw}E(w) = -\sum_i\{t_i - \sigma(w^T\phi_i)\}\phi_i",
        cost=_YAGI_E,
        verdict="equivalent",
        wrt="w_j",
        why=_YAGI_WHY,
    ),
    Answer(
        id="f48-yagi-gradient-two-terms",
        source=YAGI + ", slide 64, 'で微分すると, w')",
        text=r"\frac{d}{dw}E(w) = -\sum_i[t_i\{1 - \sigma(w^T\phi_i)\}\phi_i + (1 - t_i)\{0 - \sigma(w^T\phi_i)\}\phi_i]",
        cost=_YAGI_E,
        verdict="equivalent",
        wrt="w_j",
        why=_YAGI_WHY,
    ),
    Answer(
        id="f48-yagi-gradient-matrix",
        source=YAGI + ", slide 65, '誤差関数の勾配は以下のように表せる')",
        text=r"\frac{d}{dw}E(w) = -X^T(t - y) = X^T(y - t)",
        cost=_YAGI_E,
        verdict="equivalent",
        wrt="w_j",
        lets=_YAGI_MATRIX_LETS,
        why=_YAGI_WHY + "; y is the column of predictions σ(wᵀφᵢ), t the labels",
    ),
    Answer(
        id="f48-michaelsali-r-colsums-gradient",
        source=MLR + ", gradient.descent: delta_theta <- alpha*colSums(temp)/m, without the step alpha)",
        text="colSums(temp)/m",
        cost=_MLR_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_MLR_GRAD_LETS,
        why="err * x scales row i of x by err[i] (R recycles the vector down the columns), so colSums gives "
        "xᵀ(xθ − y); " + _MLR_WHY,
    ),
    Answer(
        id="f48-silvertests-dloss-dw",
        source=SILVER + ", ∂Loss/∂w)",
        text=r"\frac{\partial \text{Loss}}{\partial w} = \frac{1}{n} \sum_{i=1}^{n} (p_i - y_i) \cdot x_i",
        cost=_SILVER_COST,
        verdict="equivalent",
        wrt="w",
        lets=_SILVER_LETS,
        why=_SILVER_WHY,
    ),
    Answer(
        id="f48-silvertests-dloss-db",
        source=SILVER + ", ∂Loss/∂b)",
        text=r"\frac{\partial \text{Loss}}{\partial b} = \frac{1}{n} \sum_{i=1}^{n} (p_i - y_i)",
        cost=_SILVER_COST,
        verdict="equivalent",
        wrt="b",
        lets=_SILVER_LETS,
        why=_SILVER_WHY,
    ),
    Answer(
        id="f48-tanmay-readme-dw",
        source=TANMAY + ", dw)",
        text="dw = (1/num_samples) * (X_transpose.(y_pred - y))",
        cost=_TANMAY_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_TANMAY_LETS,
        why=_TANMAY_WHY,
    ),
    Answer(
        id="f48-tanmay-readme-db",
        source=TANMAY + ", db)",
        text="db = (1/num_samples) * Summation(y_pred - y)",
        cost=_TANMAY_COST,
        verdict="equivalent",
        wrt="b",
        lets=_TANMAY_LETS,
        why=_TANMAY_WHY,
    ),
    Answer(
        id="f48-dsse-weights-gradient",
        source=DSSE + ", 'gradient = (X.T)@(h - y)/m')",
        text="gradient = (X.T)@(h - y)/m",
        cost=_DSSE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DSSE_LETS,
        why=_DSSE_WHY,
    ),
    Answer(
        id="f48-dsse-intercept-line",
        source=DSSE + ", the line marked '# This line is problematic !!!', without the step self.alpha)",
        text="x0@(h - y)/m",
        cost=_DSSE_COST,
        verdict="equivalent",
        wrt="w_0",
        lets=_DSSE_LETS,
        why="the asker's suspicion was unfounded (the answer: the maths was right, only slow); " + _DSSE_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f48-uw-ridge-gradient-penalty-2-dropped",
        source=UW_RIDGE + "; variant: the penalty's 2 dropped)",
        text=r"\nabla_w = -2H^T(y - Hw) + \lambda w",
        cost=_UW_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the derivative of λwᵀw is 2λw; " + _UW_WHY,
    ),
    Answer(
        id="f48-uw-rss-gradient-sign-flipped",
        source=UW_RIDGE + "; variant: the leading minus dropped)",
        text=r"2H^T(y - Hw)",
        cost=_UW_RSS,
        verdict="different",
        wrt="w_j",
        why="variant: 2Hᵀ(y − Hw) is the negative of the gradient; " + _UW_WHY,
    ),
    Answer(
        id="f48-mathse-answer-d-w0-sign-slip",
        source=MATHSE + "; variant: the sign of the w₁ term flipped)",
        text=r"2N w_0 -2 \sum_t r^t - 2 w_1 \sum_t x^t",
        cost=_MATHSE_SUM,
        verdict="different",
        wrt="w_0",
        why="variant: the cross term 2w₁w₀Σxᵗ differentiates to +2w₁Σxᵗ; " + _MATHSE_ANS_WHY,
    ),
    Answer(
        id="f48-yagi-gradient-matrix-reversed",
        source=YAGI + "; variant: the residual reversed)",
        text=r"\frac{d}{dw}E(w) = X^T(t - y)",
        cost=_YAGI_E,
        verdict="different",
        wrt="w_j",
        lets=_YAGI_MATRIX_LETS,
        why="variant: Xᵀ(t − y) is the gradient of the log-likelihood, the negative of E's; " + _YAGI_WHY,
    ),
    Answer(
        id="f48-michaelsali-r-colsums-over-2m",
        source=MLR + "; variant: colSums(temp)/(2*m))",
        text="colSums(temp)/(2*m)",
        cost=_MLR_COST,
        verdict="different",
        wrt="theta_j",
        lets=_MLR_GRAD_LETS,
        why="variant: the square's 2 cancels the 2 of 2m, so dividing by 2m halves the gradient; " + _MLR_WHY,
    ),
    Answer(
        id="f48-silvertests-dloss-dw-residual-reversed",
        source=SILVER + "; variant: (y_i − p_i))",
        text=r"\frac{\partial \text{Loss}}{\partial w} = \frac{1}{n} \sum_{i=1}^{n} (y_i - p_i) \cdot x_i",
        cost=_SILVER_COST,
        verdict="different",
        wrt="w",
        lets=_SILVER_LETS,
        why="variant: the residual reversed gives the negative of the gradient; " + _SILVER_WHY,
    ),
    Answer(
        id="f48-tanmay-readme-db-without-mean",
        source=TANMAY + "; variant: the 1/num_samples dropped)",
        text="db = Summation(y_pred - y)",
        cost=_TANMAY_COST,
        verdict="different",
        wrt="b",
        lets=_TANMAY_LETS,
        why="variant: the cost is a mean, so its gradient keeps the 1/m; " + _TANMAY_WHY,
    ),
    Answer(
        id="f48-dsse-weights-gradient-without-m",
        source=DSSE + "; variant: the /m dropped)",
        text="gradient = (X.T)@(h - y)",
        cost=_DSSE_COST,
        verdict="different",
        wrt="w_j",
        lets=_DSSE_LETS,
        why="variant: m times the gradient of the mean cross-entropy; " + _DSSE_WHY,
    ),
]

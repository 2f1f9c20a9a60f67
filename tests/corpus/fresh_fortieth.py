r"""A fresh held-out wave (f40): a mix as a random draw would give it, with every third source a notebook, course
notes or a textbook-style exercise — English, Chinese, Japanese, and code in Python, R and JavaScript.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and repositories no other corpus file uses:

* notebooks, course notes and exercises: the notebook 'Cross Entropy Derivatives' of dobrynin/deep-learning (a
  first E(θ) whose first σ reads w_j^i where x_j^i is meant (refused), the z-form E(θ), the per-θ_k derivative in
  two lines, and a σ′ step whose (1 + e^{−z}) lost the minus of its exponent); stored copies of the University of
  Washington course lecture 'Computing the Gradient of the Ridge Objective' ((y − Hw)ᵀ(y − Hw) + λwᵀw and
  −2Hᵀ(y − Hw) + 2λw); a note 'New World to Brian and Machine Learning' working Andrew Ng's exercise (J = Σ(H(x) −
  y)²/(2m), the step for θ₁ with X(:,1)); Chinese course notes on logistic regression (jxch.github.io: the ½(h − y)²
  cost with h = g(θᵀx));
* Q&A: a stored copy of the Stack Exchange question 'Derivation of Regularized Linear Regression Cost Function per
  Coursera Machine Learning Course' (the slide's gradient with −λθ_j and the asker's with +y⁽ⁱ⁾ and +λθ_j); a stored
  copy of the Cross Validated question 'How do we apply derivatives to the vector version of canonical
  exponential-family log-likelihood?' (the asker's Σ(y_i x_i − y_i μ_i), the answer's Σx_i(y_i − μ_i), and the
  generic l(y) = Σ(y_iθ_i − b(θ_i)), refused); a stored copy of the Stack Overflow question 'What is wrong in this
  Python code for Regularized Linear Regression?' (its J and its intercept gradient);
* notes and blogs: a Japanese blog on 詳解ディープラーニング's logistic regression (sumikitch.com, the summed
  cross-entropy written with en-dashes for minus signs); a stored copy of mteguhsat's post 'Machine Learning: Linear
  Regression' (7 Jan 2016), whose θ₁ step multiplies only y⁽ⁱ⁾ by x⁽ⁱ⁾;
* code: Benardi/touvlo's lgx_rg/cmpt_grf.py in two versions (the later grad divides by the examples, the earlier
  unpacks m, _ = X.shape from the n×m transposed data and so divides by the number of features); a Chinese Node.js
  snippet (gj62.com) whose cost and steps reduce over predictions; an R file of log-likelihood gradients
  (gr_poisson, gr_binomial in the linear predictor z).

Names follow the sources: touvlo's X is the n×m transposed data (Data.X.T), its w the weights and b the bias;
sumikitch's t_n are the labels (Data.y) and y_n the predictions; dobrynin's θ₀ is the intercept (theta0) and θ_k
the feature weights; the UW lecture's H is the feature matrix (Data.X); a one-feature slope named β (the CV
question) is w[0] with Data.x its feature; the R file's z is the linear predictor, a scalar here. Where a source
gives no cost for an answer it is written out by hand in the source's own names and ``why`` says so. About half
the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers, marked
"variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DOBRYNIN = (
    "https://github.com/dobrynin/deep-learning/blob/69208a33147c43cc52461bb9a9c206e33080b801/01_logistic_regression/"
    "01d_cross_entropy_derivatives.ipynb (notebook 'Cross Entropy Derivatives'"
)
UWRIDGE = (
    NEMOTRON + " (stored copy of the University of Washington course 'Machine Learning: Regression', lecture "
    "'Computing the Gradient of the Ridge Objective'"
)
NEWWORLD = NEMOTRON + " (stored copy of a note 'New World to Brian and Machine Learning', Andrew Ng's exercise"
JXCH = (
    "https://jxch.github.io/2023/03/07/architect/shen-jing-wang-luo/shen-jing-wang-luo-logistic-hui-gui (Chinese "
    "course notes '神经网络 Logistic 回归', '代价函数'"
)
CVREGLIN = (
    NEMOTRON + " (stored copy of the Stack Exchange question 'Derivation of Regularized Linear Regression Cost "
    "Function per Coursera Machine Learning Course'"
)
CVEXPFAM = (
    NEMOTRON + " (stored copy of the Cross Validated question 'How do we apply derivatives to the vector version of "
    "canonical exponential-family log-likelihood?'"
)
SOREGLIN = (
    NEMOTRON + " (stored copy of the Stack Overflow question 'What is wrong in this Python code for Regularized "
    "Linear Regression?', the asker's CostRegFunction"
)
SUMIKITCH = (
    "http://sumikitch.com/blog/2019/02/10/logistic-regression4/ (Japanese blog 'ロジスティック回帰④ 勾配法その2', "
    "'勾配法の式のおさらい', the cross-entropy quoted from 詳解ディープラーニング"
)
MTEGUH = (
    NEMOTRON + " (stored copy of mteguhsat's post 'Machine Learning: Linear Regression' (7 Jan 2016)"
)
TOUVLO = (
    "https://github.com/Benardi/touvlo/blob/5c4913b6d04c576ae662187f078f3f1f35bf78c8/touvlo/lgx_rg/cmpt_grf.py "
    "(Python, Logistic Regression 'via computation graph'"
)
TOUVLO_OLD = (
    "public code index file 27621266285 (Python, an earlier version of Benardi/touvlo's lgx_rg/cmpt_grf.py, "
    "def grad(w, b, X, Y)"
)
GJ62 = (
    "https://gj62.com/cht/program-code-nodejs/10064 (Chinese page '使用nodejs語言實現“梯度下降”代碼', function "
    "gradientDescent(x, y, theta, alpha, num_iters)"
)
RGRAD = (
    "public code index file 48961756725 (R, '# --- LOG LIKELIHOOD GRADIENTS', with the log-likelihoods of public "
    "code index file 48779889888; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_sum_intercept_theta(d):
    z = d.theta0 + d.X @ d.theta
    return -float(np.sum(d.y * np.log(sig(z)) + (1 - d.y) * np.log(sig(-z))))


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _half_mean_line(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_sigmoid(d):
    r = sig(d.X @ d.theta) - d.y
    return 0.5 * float(np.mean(r * r))


def _ce_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _ce_sum_w_b(d):
    return -float(np.sum(_ll(sig(d.X @ d.w + d.b), d.y)))


def _linear_l2_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _linear_l2_intercept(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
_DOB_E = (
    r"E(\theta) = - \sum_i^N y_i \left( \log \sigma\left(z_\theta(x^i)\right) \right) + (1 - y_i) \left( \log "
    r"\sigma\left(-z_\theta(x^i)\right) \right)"
)
_DOB_LETS = (r"z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^i",)
_DOB_WHY = (
    "the notebook's E(θ) after 'Thus:' (its align's '&' dropped): the summed cross-entropy with σ(−z) = 1 − σ(z); "
    "θ₀ the intercept, θ_j the weights of the binary features x_j^i, y_i (also written y^i) the label; the sum's "
    "reach is unbracketed, and the notebook's own derivative treats both terms as inside it"
)
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = (
    "the lecture's ridge total cost for N observations: H the N×D feature matrix, w the coefficients (every w_k "
    "penalised), λ the regularisation constant; a sum, no mean"
)
_MTEGUH_J = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum\limits_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"
_MTEGUH_LETS = (r"h_\theta(x) = \theta_0 + \theta_1 x",)
_MTEGUH_WHY = (
    "the post's one-feature squared-error cost; each answer is the factor after α in its 'repeat until convergence' "
    "step θ := θ − α·(…)"
)
_CVREG_WHY = (
    "the question's cost J(θ) = 1/(2m)[Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² + λΣ_{j=1}^n θ_j²] from Ng's 'Regularized Linear "
    "Regression' slides — the linear-l2 preset (h_θ(x) = θᵀx); the correct component is (1/m)[Σ(h − y)x_j + λθ_j]"
)
_CVEXP_J = r"\sum{(y_i x_i\beta - e^{x_i\beta})}"
_CVEXP_LETS = (r"\mu_i = e^{x_i\beta}",)
_CVEXP_WHY = (
    "the question's l(y) = Σ(y_iθ_i − b(θ_i)) with θ_i = x_iβ and a single parameter β, written here by hand for the "
    "Poisson member (b(θ) = e^θ, so μ_i = b′(θ_i) = e^{x_iβ}): β is the slope of a one-feature model, x_i its "
    "feature"
)
_TOUVLO_J = "-(1 / m) * add((Y * log(hyp) + (1 - Y) * log(1 - hyp)))"
_TOUVLO_LETS = ("hyp = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))")
_TOUVLO_WHY = (
    "touvlo's X is the transposed data (features × examples, 'Transposed features' dataset'), Y a row vector of "
    "labels and m its number of columns (_, m = Y.shape), the examples; g is touvlo.utils' sigmoid; add is numpy's "
    "sum: the mean cross-entropy in the weights w and the intercept b"
)
_TOUVLO_GRAD_LETS = ("dz = A - Y", "A = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))")
_GJ62_J = (
    "(1 / (2 * m)) * predictions.reduce(function(sum, val, i) {\n"
    "            return sum + Math.pow(val - y[i], 2);\n"
    "        }, 0)"
)
_GJ62_LETS = ("predictions = x.map(function(val) { return theta[0] + theta[1] * val; })", "m = x.length")
_GJ62_WHY = (
    "JavaScript: x and y are arrays of one feature and the targets, m = x.length the examples, theta[0] the "
    "intercept and theta[1] the slope; reduce adds over the predictions — the half mean squared error"
)
_NEWWORLD_J = r"J = \frac{\sum (H(x) - y)^2}{2m}"
_NEWWORLD_WHY = (
    "the note's cost of 'Simple Linear Regression' with H(x) = θ·x over the examples, θ a vector (its steps update θ₁ "
    "and θ₂ with the columns X(:,1) and X(:,2) of the data matrix X): the half mean squared error"
)
_RGRAD_POIS_J = "y*z - exp(z)"
_RGRAD_BIN_J = "y*z - Ni*log(1+exp(z))"
_RGRAD_WHY = (
    "the file's log-likelihoods are ll_poisson = dpois(y, exp(z), log=T) and ll_binomial = dbinom(y, Ni, "
    "1/(1+exp(-z)), log=T): written here by hand without the terms free of z (−log y!, log choose(Ni, y)); z is the "
    "linear predictor of one observation, y its count, Ni its trials; the gradients are by z"
)

COSTS: list[Cost] = [
    # ============================================================ notebooks, course notes
    Cost(
        id="f40-dobrynin-first-E-w-typo-refused",
        source=DOBRYNIN + ", 'From our prior book, we have:')",
        text=r"E(\theta) = - \sum_i^N y_i \left( \log \sigma\left( \theta_0 + \sum_{j = 1}^M \theta_j w_j^i \right) "
        r"\right) + (1 - y_i) \left( \log \sigma\left( -\theta_0 - \sum_{j = 1}^M \theta_j x_j^i \right) \right)",
        intended=None,
        wrt=("theta_0", "theta_j"),
        expect="refuse",
        why="the first σ sums θ_j w_j^i, the second θ_j x_j^i: w_j^i is named nowhere in the notebook (the next cell "
        "writes z_θ(x^i) = θ₀ + Σθ_j x_j^i, so a typo for x_j^i), and as written the two terms read different data",
    ),
    Cost(
        id="f40-dobrynin-E-z-form",
        source=DOBRYNIN + ", 'Thus:')",
        text=_DOB_E,
        intended=_ce_sum_intercept_theta,
        wrt=("theta_0", "theta_j"),
        lets=_DOB_LETS,
        why=_DOB_WHY,
    ),
    Cost(
        id="f40-uwridge-J-w",
        source=UWRIDGE + ", '1. Objective Function')",
        text=_UW_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY,
    ),
    Cost(
        id="f40-uwridge-text-cost",
        source=UWRIDGE + ", another stored copy: 'The ridge regression objective is defined as:')",
        text=r"\text{Cost} = (y - Hw)^T(y - Hw) + \lambda w^T w",
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why="the cost named with \\text{Cost}; " + _UW_WHY,
    ),
    Cost(
        id="f40-newworld-sum-over-2m",
        source=NEWWORLD + ", 'The cost function for linear regression is:')",
        text=_NEWWORLD_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=(r"H(x) = \theta \cdot x",),
        why=_NEWWORLD_WHY,
    ),
    Cost(
        id="f40-jxch-half-square-of-sigmoid",
        source=JXCH + ")",
        text=r"J(\theta)=\frac{1}{m}\sum_{i=1}^m cost(h_\theta(x^{(i)}),y^{(i)})",
        intended=_half_mean_sq_sigmoid,
        wrt=("theta_j",),
        lets=(
            r"cost(h_\theta(x),y)=\frac{1}{2}(h_\theta(x)-y)^2",
            r"h_\theta(x)=g(\theta^Tx)",
            r"g(z)=\frac{1}{1+e^{-z}}",
        ),
        why="the notes define J through a per-example cost(h, y) = ½(h − y)² and h_θ(x) = g(θᵀx) with the sigmoid g "
        "(only afterwards do they switch to −log h for classification): the mean of ½(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)², the "
        "squared error of the sigmoid",
    ),
    # ============================================================ Q&A
    Cost(
        id="f40-cvreglin-question-cost",
        source=CVREGLIN + ", the cost quoted from the slides)",
        text=r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 + \lambda \sum_{j=1}^n "
        r"\theta_j^2 \right]",
        intended=_linear_l2_theta,
        wrt=("theta_j",),
        lets=(r"h_\theta(x) = \theta^T x",),
        why="regularised linear regression as in Ng's slides the question cites (h_θ(x) = θᵀx, the course's "
        "hypothesis; the question does not restate it): half the mean squared error plus λ/(2m) Σθ_j²",
    ),
    Cost(
        id="f40-cvexpfam-generic-cumulant-refused",
        source=CVEXPFAM + ", 'Background:')",
        text=r"l(y) = \sum{(y_i\theta_i - b(\theta_i))}",
        intended=None,
        wrt=("beta",),
        lets=(r"\theta_i = x_i\beta",),
        expect="refuse",
        why="b is the cumulant function of any member of the exponential family ('a (simplified) exponential-family "
        "distribution'), left unspecified — the function of β cannot be written down (only b′ = μ is used)",
    ),
    Cost(
        id="f40-soreglin-cost-code",
        source=SOREGLIN + ", J = …)",
        text="(1 / (2 * m)) * (np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])) + (lambda_ / (2 * m)) * "
        "np.sum(theta[1:]**2)",
        intended=_linear_l2_intercept,
        wrt=("theta_0", "theta_j"),
        lets=("H = np.dot(X, theta)", "X = np.concatenate((np.ones((m,1)), X), 1)", "m = len(X)"),
        why="the function prepends a column of ones to X ('# add bias unit'), so H = θ[0] + Σ_k θ[k] x_k: theta[0] "
        "is the intercept θ₀ and theta[1:] the feature weights, the only ones penalised; y is an m×1 column (y[i][0] "
        "its entries); half the mean squared error plus λ/(2m) Σ_{k≥1} θ_k²",
    ),
    # ============================================================ notes, blogs
    Cost(
        id="f40-sumikitch-en-dash-cross-entropy",
        source=SUMIKITCH + ", the right side of E(w, b))",
        text=r"– \sum_{n=1}^N \{t_n log y_n + (1 – t_n) log (1 – y_n)\}",
        intended=_ce_sum_w_b,
        wrt=("w_j", "b"),
        lets=(r"y_n = \sigma({\bf w}^T {\bf x}_n + b)",),
        why="the page writes minus as an en-dash '–' (E(w, b) := −log L(w, b) = – Σ{…}); t_n is the label, y_n the "
        "output for the input x_n — y_n = σ(wᵀx_n + b) is the series' model from its earlier article (this page only "
        "names 入力x_n、出力y_n、実際の結果t_n): the summed cross-entropy in the weights w and the bias b",
    ),
    Cost(
        id="f40-mteguh-cost-theta0-theta1",
        source=MTEGUH + ", '## Cost Function')",
        text=_MTEGUH_J,
        intended=_half_mean_line,
        wrt=("theta_0", "theta_1"),
        lets=_MTEGUH_LETS,
        why="the one-feature line θ₀ + θ₁x: half the mean squared error",
    ),
    # ============================================================ code
    Cost(
        id="f40-touvlo-cost-func",
        source=TOUVLO + ", cost_func)",
        text=_TOUVLO_J,
        intended=_ce_mean_w_b,
        wrt=("w_j", "b"),
        lets=_TOUVLO_LETS + ("m = Y.shape[1]",),
        why=_TOUVLO_WHY,
    ),
    Cost(
        id="f40-gj62-js-reduce-cost",
        source=GJ62 + ", let cost = …)",
        text=_GJ62_J,
        intended=_half_mean_line,
        wrt=("theta_0", "theta_1"),
        lets=_GJ62_LETS,
        why=_GJ62_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f40-dobrynin-sigma-prime-exponent-lost-minus",
        source=DOBRYNIN + ", the derivative of σ(z), its fourth line)",
        text=r"(-1) \left( 1 + e^{-z} \right)^2 e^{-z} (-1)",
        cost=r"\frac{1}{1 + e^{-z}}",
        verdict="different",
        wrt="z",
        why="d/dz (1 + e^{−z})^{−1} = (−1)(1 + e^{−z})^{−2} e^{−z}(−1): the notebook's line writes the power as ^2 "
        "(its source '\\right)^2' lost the minus of −2; the next line continues as if it were there) — as written "
        "it is e^{−z}(1 + e^{−z})², not σ(z)(1 − σ(z)); the cost is the σ of the previous line of that align",
    ),
    Answer(
        id="f40-mteguh-theta1-step-only-y-times-x",
        source=MTEGUH + ", the θ₁ step's factor after α)",
        text=r"\frac{1}{m} \sum\limits_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)} x^{(i)})",
        cost=_MTEGUH_J,
        verdict="different",
        wrt="theta_1",
        lets=_MTEGUH_LETS,
        why="the bracket closes after y⁽ⁱ⁾x⁽ⁱ⁾, so only y⁽ⁱ⁾ is multiplied by x⁽ⁱ⁾: (1/m)Σ(h − y x) is not "
        "∂J/∂θ₁ = (1/m)Σ(h − y)x; " + _MTEGUH_WHY,
    ),
    Answer(
        id="f40-cvreglin-slide-minus-lambda",
        source=CVREGLIN + ", 'Then, he gives the following gradient for this cost function:')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \left[ \sum_{i=1}^m (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)} - \lambda \theta_j \right]",
        cost="linear-l2",
        verdict="different",
        wrt="theta_j",
        lets=(r"h_\theta(x) = \theta^T x",),
        why="the penalty λ/(2m)Σθ_j² adds +(λ/m)θ_j; the slide's −λθ_j is the typo the thread confirms; " + _CVREG_WHY,
    ),
    Answer(
        id="f40-cvreglin-asker-plus-y",
        source=CVREGLIN + ", 'When I tried to do my own derivation, I had the following result:')",
        text=r"\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{m} \left[ \sum_{i=1}^m (h_\theta(x^{(i)}) + "
        r"y^{(i)}) x_j^{(i)} + \lambda \theta_j \right]",
        cost="linear-l2",
        verdict="different",
        wrt="theta_j",
        lets=(r"h_\theta(x) = \theta^T x",),
        why="the penalty term is right but the residual reads h + y (a commenter asks 'is that a typo?'); " + _CVREG_WHY,
    ),
    Answer(
        id="f40-cvexpfam-asker-y-times-mu",
        source=CVEXPFAM + ", the asker's dl(y)/dβ)",
        text=r"\frac{dl(y)}{d\beta} = \sum{(y_ix_i - y_i\mu_i)}",
        cost=_CVEXP_J,
        verdict="different",
        wrt="beta",
        lets=_CVEXP_LETS,
        why="d/dβ b(x_iβ) = b′(x_iβ) x_i = μ_i x_i, so the second term is x_iμ_i, not y_iμ_i (the answer's 'Be "
        "careful with notation. It should be: … x_iμ_i'); " + _CVEXP_WHY,
    ),
    Answer(
        id="f40-touvlo-old-dw-divides-by-features",
        source=TOUVLO_OLD + ", dw = …)",
        text="(1 / m) * dot(X, dz.T)",
        cost=_TOUVLO_J,
        verdict="different",
        wrt="w_j",
        lets=_TOUVLO_GRAD_LETS + ("m = X.shape[0]",),
        why="this version unpacks m, _ = X.shape, and X is features × examples: its m is the number of features n, "
        "so dw = X(a − y)ᵀ/n, not /m (the later version fixed it to _, m = X.shape); " + _TOUVLO_WHY,
    ),
    Answer(
        id="f40-touvlo-old-db-divides-by-features",
        source=TOUVLO_OLD + ", db = …)",
        text="(1 / m) * add(dz)",
        cost=_TOUVLO_J,
        verdict="different",
        wrt="b",
        lets=_TOUVLO_GRAD_LETS + ("m = X.shape[0]",),
        why="the same m = X.shape[0], the number of features: Σ(a − y)/n instead of Σ(a − y)/m; " + _TOUVLO_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f40-dobrynin-dE-dtheta-k-combined",
        source=DOBRYNIN + ", 'Combining this, we have:', the last line)",
        text=r"\sum_i^N - y_i x_k^i \left( 1 - \sigma\left(z_\theta(x^i)\right) \right) + (1 - y_i) x_k^i "
        r"\sigma\left(z_\theta(x^i)\right)",
        cost=_DOB_E,
        verdict="equivalent",
        wrt="theta_k",
        lets=_DOB_LETS,
        why="Σ_i x_k^i(σ(z_i) − y_i) term by term; " + _DOB_WHY,
    ),
    Answer(
        id="f40-dobrynin-dE-dtheta-k-first-line",
        source=DOBRYNIN + ", 'Combining this, we have:', the first line)",
        text=r"- \sum_i^N y_i \left( 1 - \sigma\left(z_\theta(x^i)\right) \right) x_k^i + (1 - y_i) \left( "
        r"-\sigma\left( z_\theta(x^i) \right) \right) x_k^i",
        cost=_DOB_E,
        verdict="equivalent",
        wrt="theta_k",
        lets=_DOB_LETS,
        why="the minus outside the sum multiplies both terms, as in E(θ) itself; " + _DOB_WHY,
    ),
    Answer(
        id="f40-uwridge-gradient",
        source=UWRIDGE + ", '2. Gradient Calculation')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f40-mteguh-theta0-step",
        source=MTEGUH + ", the θ₀ step's factor after α)",
        text=r"\frac{1}{m} \sum\limits_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})",
        cost=_MTEGUH_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_MTEGUH_LETS,
        why=_MTEGUH_WHY,
    ),
    Answer(
        id="f40-newworld-theta1-step-column",
        source=NEWWORLD + ", the θ₁ update's factor after α)",
        text=r"\frac{1}{m} \sum (X \cdot \theta - y) \cdot X(:,1)",
        cost=_NEWWORLD_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=(r"H(x) = \theta \cdot x",),
        why="Octave notation: X·θ the predictions of all examples, X(:,1) the first column of X (the feature of θ₁), "
        "· elementwise, Σ over the examples; " + _NEWWORLD_WHY,
    ),
    Answer(
        id="f40-touvlo-dw",
        source=TOUVLO + ", grad: dw = …)",
        text="(1 / m) * dot(X, dz.T)",
        cost=_TOUVLO_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TOUVLO_GRAD_LETS + ("m = X.shape[1]",),
        why="this version unpacks _, m = X.shape: m the examples; X(a − y)ᵀ/m is Σ_i(a_i − y_i)x⁽ⁱ⁾/m; "
        + _TOUVLO_WHY,
    ),
    Answer(
        id="f40-touvlo-db",
        source=TOUVLO + ", grad: db = …)",
        text="(1 / m) * add(dz)",
        cost=_TOUVLO_J,
        verdict="equivalent",
        wrt="b",
        lets=_TOUVLO_GRAD_LETS + ("m = X.shape[1]",),
        why=_TOUVLO_WHY,
    ),
    Answer(
        id="f40-gj62-theta0-step",
        source=GJ62 + ", the theta[0] update's factor after alpha)",
        text="(1 / m) * predictions.reduce(function(sum, val, i) {\n"
        "            return sum + (val - y[i]);\n"
        "        }, 0)",
        cost=_GJ62_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_GJ62_LETS,
        why=_GJ62_WHY,
    ),
    Answer(
        id="f40-gj62-theta1-step",
        source=GJ62 + ", the theta[1] update's factor after alpha)",
        text="(1 / m) * predictions.reduce(function(sum, val, i) {\n"
        "            return sum + (val - y[i]) * x[i];\n"
        "        }, 0)",
        cost=_GJ62_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_GJ62_LETS,
        why=_GJ62_WHY,
    ),
    Answer(
        id="f40-cvexpfam-answer-x-times-residual",
        source=CVEXPFAM + ", the answer's 'It should be:')",
        text=r"\frac{dl(y)}{d\beta} = \sum_{i=1}^{n}(y_ix_i - x_i\mu_i) = \sum_{i=1}^{n}x_i(y_i - \mu_i)",
        cost=_CVEXP_J,
        verdict="equivalent",
        wrt="beta",
        lets=_CVEXP_LETS,
        why=_CVEXP_WHY,
    ),
    Answer(
        id="f40-soreglin-intercept-gradient",
        source=SOREGLIN + ", grad_.append(…) before the loop)",
        text="(1 / m) * np.sum([(H[j] - y[j][0]) for j in range(len(H))])",
        cost="(1 / (2 * m)) * (np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])) + (lambda_ / (2 * m)) * "
        "np.sum(theta[1:]**2)",
        verdict="equivalent",
        wrt="theta_0",
        lets=("H = np.dot(X, theta)", "X = np.concatenate((np.ones((m,1)), X), 1)", "m = len(X)"),
        why="the intercept theta[0] is not penalised: its component is (1/m)Σ(H_j − y_j); X carries the prepended "
        "column of ones, so H = θ₀ + Σ_k θ_k x_k",
    ),
    Answer(
        id="f40-rgrad-poisson-dz",
        source=RGRAD + ", gr_poisson)",
        text="y-exp(z)",
        cost=_RGRAD_POIS_J,
        verdict="equivalent",
        wrt="z",
        why=_RGRAD_WHY,
    ),
    Answer(
        id="f40-rgrad-binomial-dz",
        source=RGRAD + ", gr_binomial)",
        text="(y-(Ni-y)*exp(z))/(1+exp(z))",
        cost=_RGRAD_BIN_J,
        verdict="equivalent",
        wrt="z",
        why="y − Ni e^z/(1 + e^z) = (y + y e^z − Ni e^z)/(1 + e^z); " + _RGRAD_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f40-uwridge-gradient-lambda-without-2-variant",
        source=UWRIDGE + ", the gradient with λw for 2λw — a variant)",
        text=r"\nabla J(w) = -2H^T(y - Hw) + \lambda w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: the gradient of λwᵀw is 2λw; " + _UW_WHY,
    ),
    Answer(
        id="f40-dobrynin-combined-signs-swapped-variant",
        source=DOBRYNIN + ", the combined line with the signs of both terms swapped — a variant)",
        text=r"\sum_i^N y_i x_k^i \left( 1 - \sigma\left(z_\theta(x^i)\right) \right) - (1 - y_i) x_k^i "
        r"\sigma\left(z_\theta(x^i)\right)",
        cost=_DOB_E,
        verdict="different",
        wrt="theta_k",
        lets=_DOB_LETS,
        why="variant: this is the gradient of the log-likelihood −E(θ), the ascent direction, not of the error E(θ); "
        + _DOB_WHY,
    ),
    Answer(
        id="f40-gj62-theta1-step-over-2m-variant",
        source=GJ62 + ", the theta[1] factor with 1 / (2 * m) as in the cost — a variant)",
        text="(1 / (2 * m)) * predictions.reduce(function(sum, val, i) {\n"
        "            return sum + (val - y[i]) * x[i];\n"
        "        }, 0)",
        cost=_GJ62_J,
        verdict="different",
        wrt="theta_1",
        lets=_GJ62_LETS,
        why="variant: the square's 2 cancels the 2 of 2m, the gradient is (1/m)Σ(ŷ − y)x; " + _GJ62_WHY,
    ),
    Answer(
        id="f40-touvlo-db-without-mean-variant",
        source=TOUVLO + ", db without the 1 / m — a variant)",
        text="add(dz)",
        cost=_TOUVLO_J,
        verdict="different",
        wrt="b",
        lets=_TOUVLO_GRAD_LETS,
        why="variant: the cost is a mean over the m examples, so is its gradient; " + _TOUVLO_WHY,
    ),
    Answer(
        id="f40-rgrad-poisson-sign-flipped-variant",
        source=RGRAD + ", gr_poisson with the sign flipped — a variant)",
        text="exp(z)-y",
        cost=_RGRAD_POIS_J,
        verdict="different",
        wrt="z",
        why="variant: e^z − y is the gradient of the negative log-likelihood; the file differentiates the "
        "log-likelihood itself; " + _RGRAD_WHY,
    ),
    Answer(
        id="f40-cvexpfam-answer-residual-flipped-variant",
        source=CVEXPFAM + ", the answer with μ_i − y_i — a variant)",
        text=r"\sum_{i=1}^{n}x_i(\mu_i - y_i)",
        cost=_CVEXP_J,
        verdict="different",
        wrt="beta",
        lets=_CVEXP_LETS,
        why="variant: the log-likelihood (to be maximised) has gradient Σx_i(y_i − μ_i); " + _CVEXP_WHY,
    ),
    Answer(
        id="f40-mteguh-theta0-step-over-2m-variant",
        source=MTEGUH + ", the θ₀ factor with 1/(2m) — a variant)",
        text=r"\frac{1}{2m} \sum\limits_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})",
        cost=_MTEGUH_J,
        verdict="different",
        wrt="theta_0",
        lets=_MTEGUH_LETS,
        why="variant: d/dθ₀ of (1/(2m))Σr² is (1/m)Σr; " + _MTEGUH_WHY,
    ),
]

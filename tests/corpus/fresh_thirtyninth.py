r"""A fresh held-out wave (f39): a mix as a random draw would give it, leaning to Q&A and notes — four languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and repositories no other corpus file uses:

* Q&A: a search-result page quoting Łukasz Grad's Stack Exchange answer whose logistic cost lost the definition
  of its h_i (refused); the Cross Validated question 'gradient of the log-likelihood of a multivariate Poisson',
  whose last line leaves −log(y_t!) outside its sum over t (refused); a stored copy of the Cross Validated
  question 'Working for Logistic regression partial derivatives' (the slide's ∂L/∂a and the asker's expected sign);
  a stored copy of the R-help thread 'nlm() Problem: Extra Parameters' (a grouped-binomial logistic objective with
  its analytic gradient attribute); a Spanish translation (mejorcodigo) of a Stack Overflow question whose
  LinearRegression class steps with (2/m) x (ŷ − y)ᵀ;
* notes: a HackMD note in Chinese (ridge written with single-bar norms |y − Xw|₂²), a Chinese note on ridge
  regression (L(W) = Σ‖Wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾‖²), a CSDN note whose least-squares objective lost its sub- and superscripts
  and names only a generic f(x, θ) (refused), stored copies of Chi & Chi 'Getting to the Bottom of Regression with
  Gradient Descent' (½‖y − Xb‖²), of a note 'Logistic Regression with Gradient Descent Algorithm' (two forms of the
  mean cross-entropy in β and a term-by-term ∂J/∂β_j), of a post 'How to Use optim in R' (Σ(y_i − (β₀ + β₁x_i))²)
  and of a post 'Gradient Descent for Logistic Regression' (November 2017);
* code: three stored versions of one Python file (a squared-error gradient with its factor 2, two later versions
  that drop the 2, and a logistic gradient written with * where a matrix product is meant), a Poisson solver's
  gradient X.T @ (np.exp(X @ beta) - y), GitBook notes' gradientDescent (cost np.sum(loss ** 2) / (2 * m)), an R
  Metropolis sampler's Poisson log-likelihood sum(y * log(lambda) - lambda), R notes in Japanese weighing squares
  by 1/y (sum((y - lambda)^2 / y)) and an R optim objective sum(residuals^2) in a slope a and intercept b.

Names follow the sources: a regression vector named ``b`` (Chi & Chi) is the weight vector w of judge.py's _Data
(``b_j``), not the bias; ``W`` (the Chinese note's 𝒲) is the weight vector too; ``beta`` is beta; a one-feature
model's slope named ``a`` is ``w[0]``; code's ``train_ex`` is X and ``sol`` is y. Where a source gives no cost for
an answer it is written out by hand in the source's own names and ``why`` says so. About half the answers are
wrong; the real mistakes come first, the rest are one-slip variants of real answers, marked "variant". Verdicts
were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
MOSTLYVOID = (
    "https://cfs.mostlyvoid.xyz/search?q=logistic+regression+gradient+descent+matrix+form&source=relatedQueries "
    "(search-result page quoting 'Answer from Łukasz Grad on Stack Exchange', 'Here is my try'"
)
CV22491 = (
    "https://stats.stackexchange.com/q/22491 (Cross Validated question on the gradient of the log-likelihood of a "
    "multivariate Poisson distribution, 'Here's where I am:'"
)
CVWORK = (
    NEMOTRON + " (stored copy of the Cross Validated question 'Working for Logistic regression partial derivatives' "
    "(Andrew Ng's Neural Networks and Deep Learning course)"
)
RHELP = (
    NEMOTRON + " (stored copy of the R-help thread 'nlm() Problem: Extra Parameters' (Rolf Turner replying to "
    "Mervyn G. Marasinghe, 2 Mar 2007), the asker's derfs4"
)
MEJOR = (
    "https://mejorcodigo.com/p/45698.html (Spanish translation of a Stack Overflow question 'La regresión lineal en "
    "Python sopla gradientes para valores más grandes de x en y = mx + c', the asker's class LinearRegression"
)
CSDN = "https://blog.csdn.net/MyArrow/article/details/56279273 (CSDN note, '1. 最小二乘法', '目标函数:'"
HACKMD = "https://hackmd.io/@gdgncue/BkodSi1SZg (HackMD note 'L2 正則化(Ridge Regression)', '### Ridge的封閉解'"
ECOM = (
    "https://e-com-net.com/article/1596755525540806656.htm (Chinese note '机器学习笔记之线性回归——正则化介绍与岭回归', "
    "'回顾:最小二乘法'"
)
CHI = (
    NEMOTRON + " (stored copy of Jocelyn T. Chi and Eric C. Chi, 'Getting to the Bottom of Regression with Gradient "
    "Descent' (Statisticsviews.com, 10 Jan 2014), Introduction"
)
LOGGD = (
    NEMOTRON + " (stored copy of a note 'Logistic Regression with Gradient Descent Algorithm' (with a practical "
    "implementation in R)"
)
OPTIM = NEMOTRON + " (stored copy of a blog post 'How to Use `optim` in R'"
GDLR17 = (
    NEMOTRON + " (stored copy of a post 'Gradient Descent for Logistic Regression' (written on November 29, 2017), "
    "'## Assumptions'"
)
SQERR = (
    "public code index file 2721124644 (Python, '#gradient descent algorithm for minimizing cost': squared_error_cost "
    "and linear_squared_error_gradient; the index does not name its repository"
)
SQERR_LOG = (
    "public code index file 2652992456 (Python, a later version of the same file: linear_squared_error_gradient, "
    "sigmoid, logistic_cost and logistic_cost_gradient; the index does not name its repository"
)
SQERR_FLAT = (
    "public code index file 2422526397 (Python, another version of the same file, with np.ndarray.flatten; the index "
    "does not name its repository"
)
GITBOOK = (
    "https://stephanosterburg.gitbook.io/scrapbook/career/learn.co/gradient-descent (GitBook notes 'Gradient "
    "Descent', def gradientDescent(x, y, theta, alpha, m, numIterations)"
)
RLR = NEMOTRON + " (stored copy of a note 'Regularized Logistic Regression'"
RMCMC = (
    "public code index file 27500848246 (R, a Metropolis sampler for Poisson regression: '#initialize' eta <- …, "
    "lambda <- …, log.like <- …; the index does not name its repository"
)
RJP = (
    "public code index file 6807206862 (R notes in Japanese, '### 9.5 ポアソン回帰と似た方法，等価な方法', the first "
    "f = function(arg); the index does not name its repository"
)
POISGD = (
    "public code index file 6107323477 (Python, _poisson_gradient_descent and _poisson_newton; the index does not "
    "name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


def _half_sse_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(r @ r)


def _ce_mean_beta(d):
    return -float(np.mean(_ll(sig(d.X @ d.beta), d.y)))


def _ce_sum_theta(d):
    return -float(np.sum(_ll(sig(d.X @ d.theta), d.y)))


def _rss_intercept_slope(d):
    r = d.y - (d.theta0 + d.theta1 * d.x)
    return float(r @ r)


def _ce_mean_theta_l2(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _pois_loglik_beta(d):
    s = d.X @ d.beta
    return float(np.sum(d.y * s - np.exp(s)))


def _wls_over_y(d):
    r = d.y - (d.w[0] * d.x + d.b)
    return float(np.sum(r * r / d.y))


def _rss_slope_a_bias_b(d):
    r = d.y - (d.w[0] * d.x + d.b)
    return float(r @ r)


# ------------------------------------------------------------------ texts the items share
_CVWORK_L = r"\mathcal L(a,y) = - \Big(y\log a + (1 - y)\log (1 -a)\Big)"
_CVWORK_WHY = (
    "the loss of one training example as a function of the activation a (the neuron's output), y the label; the "
    "derivative is by a, not by a weight"
)
_RHELP_F = "-sum(log(choose(n, y)) - n * log(1 + d) + y * c)"
_RHELP_LETS = ("c = b0 + b1 * x", "d = exp(c)", "p = d / (1 + d)")
_RHELP_WHY = (
    "derfs4's objective f: minus the grouped-binomial log-likelihood (y successes of n trials at each x, "
    "log(choose(n, y)) a constant); b0 = b[1] and b1 = b[2] are R's 1-based entries of b, the intercept and slope; "
    "its attr(f, \"gradient\") is c(-sum(y - n * p), -sum(x * (y - n * p)))"
)
_MEJOR_J = r"\frac{1}{m}\sum_{i=1}^{m}\left(w^T x^{(i)} + c - y^{(i)}\right)^2"
_MEJOR_LETS = ("yhat = np.dot(self.w.T,x) + self.c",)
_MEJOR_WHY = (
    "the question gives no cost: its steps (2/m)·(…) are those of the mean squared error of yhat = wᵀx + c, written "
    "here by hand in the code's names (x is n×m, features by examples; m = x.shape[1]; c the bias, self.w the weights)"
)
_LOGGD_J = (
    r"J = \frac{1}{m} \sum_{i = 1}^m \left[ y_i \log (1+e^{-x_i \cdot \beta}) + (1 - y_i) \log \left( 1+e^{x_i "
    r"\cdot \beta} \right) \right]"
)
_LOGGD_LETS = (r"H_i = \frac{1}{1 + e^{-x_i \cdot \beta}}",)
_LOGGD_WHY = (
    "the mean cross-entropy of logistic regression in softplus form: y log(1 + e^{−x_i·β}) = −y log H_i and "
    "log(1 + e^{x_i·β}) = −log(1 − H_i); x_i (X_i) is the i-th row of the design matrix X, H_i = h(x_i)"
)
_GDLR17_LETS = (r"h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}",)
_GDLR17_WHY = (
    "the post gives no cost formula, only 'the Logistic Regression Cost Function' with h_θ(x) = 1/(1 + e^{−θᵀx}): "
    "the mean cross-entropy (the logistic preset); it writes dJ(θ)/dθ but means the component by θ_j (x_j⁽ⁱ⁾)"
)
_SQ_J = "np.sum(np.power(train_ex @ theta - sol,2))"
_SQ_WHY = (
    "the file's cost is squared_error_cost(a,b) = np.sum(np.power(a - b,2)), called as squared_error_cost(train_ex "
    "@ curr_theta,solutions): written here as one expression in the gradient's names (train_ex the m×n matrix X, "
    "sol the targets y, theta the parameters); a sum, no mean and no ½"
)
_SQLOG_J = "-np.sum(sol.T @ np.log(h) + (1-sol).T @ np.log(1-h))"
_SQLOG_LETS = ("h = 1/(1+exp(z))", "z = -train_ex @ theta")
_SQLOG_WHY = (
    "the file's logistic_cost(h,y) = -np.sum(y.T @ np.log(h) + (1-y).T @ np.log(1-h)), with h = sigmoid(train_ex, "
    "theta) (sigmoid's body: z = -train_ex @ theta; 1/(1+exp(z))), written here with the labels named sol as the "
    "gradient names them: the summed cross-entropy, no mean"
)
_POIS_J = "np.sum(np.exp(X @ beta) - y * (X @ beta))"
_POIS_WHY = (
    "the solver gives no cost; its steps are those of the Poisson negative log-likelihood without the constant Σ log "
    "yᵢ!, Σ(e^{x⁽ⁱ⁾·β} − yᵢ x⁽ⁱ⁾·β), written here by hand in the code's names (X the m×n design matrix)"
)

_RLR_J = (
    r"J(\theta) = - \frac{1}{m} \sum_{i=1}^m \left[ y^{(i)}\log (h_\theta (x^{(i)})) + (1 - y^{(i)})\log (1 - "
    r"h_\theta(x^{(i)})) \right] + \frac{\lambda}{2m} \sum_{j=1}^n \theta_j^2"
)
_RLR_LETS = (r"h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}",)
_RLR_WHY = (
    "the mean cross-entropy plus λ/(2m) Σ_{j=1}^n θ_j², θ₁ … θₙ the feature weights (the note leaves θ₀, the bias, "
    "out of the penalty and out of this corpus's θ); h_θ(x) = 1/(1 + e^{−θᵀx}) as the other stored copy defines it"
)
_GITBOOK_LETS = ("loss = hypothesis - y", "hypothesis = np.dot(x, theta)")
_GITBOOK_WHY = (
    "x is the m×n data matrix here (xTrans = x.transpose(), np.dot(x, theta)), m the number of examples ('m denotes "
    "the number of examples here, not the number of features'): the half mean squared error (Xθ − y)ᵀ(Xθ − y)/(2m)"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f39-mostlyvoid-lukasz-grad-undefined-h-refused",
        source=MOSTLYVOID + ")",
        text=r"J(x) = -\frac{1}{m}\sum_{i = 1}^{m} b_iln(h_i) + (1 - b_i)ln(1 - h_i)",
        intended=None,
        wrt=("x_j",),
        expect="refuse",
        why="the quoted answer's definition of h_i was lost with the page's images ('where . Let .'): nothing on the "
        "page says how h_i depends on x, the variable J is a function of; the sum's reach (does it cover the "
        "second term?) is unbracketed too — which function of x is meant cannot be read from the text",
    ),
    Cost(
        id="f39-cv22491-poisson-loglik-term-outside-sum-refused",
        source=CV22491 + ", the last line of the align)",
        text=r"l\left(\boldsymbol\theta\right)=\sum_{\mathbf{t}\in T}\left(-\lambda_\mathbf{t}\left(\boldsymbol\theta"
        r"\right) + y_\mathbf{t}\log\left(\lambda_\mathbf{t}\left(\boldsymbol\theta\right)\right)\right)-\log\left(y_"
        r"\mathbf{t}!\right)",
        intended=None,
        wrt=("theta_k",),
        lets=(r"\lambda_{\mathbf{t}}\left(\boldsymbol{\theta}\right) = \sum_{k=1}^{d}\theta_k f_k\left(\mathbf{t}\right)",),
        expect="refuse",
        why="the sum runs over a set T of vectors t with d unspecified functions f_k(t), and the closing −log(y_t!) "
        "stands outside the sum's parentheses with t free; the question's own model draws y_t ~ Poisson(exp(λ_t)) "
        "while this likelihood uses λ_t itself — genuinely ambiguous as written",
    ),
    # ============================================================ notes
    Cost(
        id="f39-csdn-flattened-least-squares-generic-f-refused",
        source=CSDN + ")",
        text="Q=∑i=0n(yi−f(xi,θ))2",
        intended=None,
        wrt=("theta",),
        lets=("y=f(x,θ)",),
        expect="refuse",
        why="the page's MathJax was flattened ('∑i=0n' is Σ_{i=0}^{n}, the final '2' a lost superscript) and f(x, θ) "
        "is any function ('θ 为待估参数(可为向量或标量)'): the note states least squares for a generic model, not a "
        "function of θ that can be differentiated",
    ),
    Cost(
        id="f39-hackmd-ridge-single-bar-norms",
        source=HACKMD + ", 'L2 正則最常用的目標函數是:')",
        text=r"J(w) = |y-Xw|_2^2+\lambda |w|_2^2",
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why="the note writes the 2-norm with single bars and the subscript 2 (|y − Xw|₂ is 'SSE', |w|₂² = wᵀw as the "
        "note says): ‖y − Xw‖² + λ‖w‖², every w_k penalised, no mean",
    ),
    Cost(
        id="f39-ecomnet-sum-of-squared-norms-W",
        source=ECOM + ", '那么最小二乘法的表示结果如下:')",
        text=r"\mathcal L(\mathcal W) = \sum_{i=1}^N ||\mathcal W^{T}x^{(i)} - y^{(i)}||^2",
        intended=_sse_w,
        wrt=("W_j",),
        why="𝒲 is the weight vector of the fitted line F(𝒲) = 𝒲ᵀx⁽ⁱ⁾ and x⁽ⁱ⁾ the i-th row of the N×p matrix 𝒳; each "
        "norm is of a scalar residual, so this is the residual sum of squares Σ(𝒲ᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², no mean",
    ),
    Cost(
        id="f39-chi-half-norm-regression-vector-b",
        source=CHI + ", 'the objective or loss function')",
        text=r"f({\bf b}) = \frac{1}{2} || {\bf y} - {\bf X}{\bf b} ||^{2}",
        intended=_half_sse_w,
        wrt=("b_j",),
        why="b is the regression vector (the weights, not a bias), X the design matrix and y the responses: ½‖y − Xb‖², "
        "no mean",
    ),
    Cost(
        id="f39-logisticgd-softplus-form",
        source=LOGGD + ", '## Cost Function', the last line)",
        text=_LOGGD_J,
        intended=_ce_mean_beta,
        wrt=("beta_j",),
        why=_LOGGD_WHY,
    ),
    Cost(
        id="f39-logisticgd-sigmoid-form",
        source=LOGGD + ", '## Cost Function', the middle line)",
        text=r"J = \frac{1}{m} \sum_{i = 1}^m \left[ -y_i \log \frac{1}{1+e^{- x_i \cdot \beta}} - (1-y_i) \log \left( 1"
        r" - \frac{1}{1+e^{- x_i \cdot \beta}} \right) \right]",
        intended=_ce_mean_beta,
        wrt=("beta_j",),
        why="the mean cross-entropy with the hypothesis H_i = 1/(1 + e^{−x_i·β}) written out; x_i is the i-th row of "
        "the design matrix X",
    ),
    Cost(
        id="f39-optim-rss-beta0-beta1",
        source=OPTIM + ", '### Example 1: Linear Regression', 'minimize:')",
        text=r"\sum (y_i - (\beta_0 + \beta_1 x_i))^2",
        intended=_rss_intercept_slope,
        wrt=("beta_0", "beta_1"),
        why="the residual sum of squares of the line y = β₀ + β₁x over the data points (x_i, y_i); the sum's limits "
        "are left implicit (all i), no mean",
    ),
    Cost(
        id="f39-rlr-regularized-logistic-cost",
        source=RLR + ", '## Cost Function')",
        text=_RLR_J,
        intended=_ce_mean_theta_l2,
        wrt=("theta_j",),
        lets=_RLR_LETS,
        why=_RLR_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f39-gitbook-half-mean-squared-loss",
        source=GITBOOK + ", cost = …)",
        text="np.sum(loss ** 2) / (2 * m)",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_GITBOOK_LETS,
        why=_GITBOOK_WHY,
    ),
    Cost(
        id="f39-r-mcmc-poisson-log-likelihood",
        source=RMCMC + ", log.like)",
        text="sum(y * log(lambda) - lambda)",
        intended=_pois_loglik_beta,
        wrt=("beta_j",),
        lets=("lambda = exp(eta)", "eta = x %*% beta"),
        why="the Poisson log-likelihood without the constant −Σ log yᵢ! (to be maximised, differentiated as written): "
        "x is the design matrix (x <- cbind(c(rep(1,n)),x), a column of ones first), %*% the matrix product, so "
        "log λᵢ = x⁽ⁱ⁾·β and the sum is Σ(yᵢ x⁽ⁱ⁾·β − e^{x⁽ⁱ⁾·β})",
    ),
    Cost(
        id="f39-r-japanese-weighted-squares-over-y",
        source=RJP + ", the first f's last line)",
        text="sum((y - lambda)^2 / y)",
        intended=_wls_over_y,
        wrt=("a", "b"),
        lets=("lambda = a * x + b",),
        why="the notes' 'method similar to Poisson regression': least squares weighted by 1/yᵢ (Neyman's χ²) for the "
        "line λ = a x + b (a <- arg[1] the slope, b <- arg[2] the intercept of a one-feature model); the weights are data, not "
        "parameters",
    ),
    Cost(
        id="f39-optim-r-objective-a-b",
        source=OPTIM + ", '## Example Code': objective_function <- function(params, x, y))",
        text="sum(residuals^2)",
        intended=_rss_slope_a_bias_b,
        wrt=("a", "b"),
        lets=("residuals = y - (a * x + b)",),
        why="R: residuals <- y - (a * x + b) with a <- params[1] the slope and b <- params[2] the intercept of a "
        "one-feature line; ^ is elementwise, sum adds the squares — the residual sum of squares, no mean",
    ),
    Cost(
        id="f39-sqerr-file-logistic-cost",
        source=SQERR_LOG + ", logistic_cost)",
        text="-np.sum(y.T @ np.log(h) + (1-y).T @ np.log(1-h))",
        intended=_ce_sum_theta,
        wrt=("theta_j",),
        lets=_SQLOG_LETS,
        why="h is sigmoid(train_ex, theta), whose body is z = -train_ex @ theta; return 1/(1+exp(z)) (train_ex the m×n "
        "matrix X): the summed cross-entropy −Σ[y log h + (1 − y) log(1 − h)], no mean; y.T @ v is the dot product",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f39-sqerr-gradient-missing-2",
        source=SQERR_LOG + ", linear_squared_error_gradient)",
        text="train_ex.T @ (h - sol)",
        cost=_SQ_J,
        verdict="different",
        wrt="theta_j",
        lets=("h = train_ex @ theta",),
        why="the gradient of Σ(x⁽ⁱ⁾·θ − yᵢ)² is 2Xᵀ(Xθ − y); the earlier version of the file had the 2, this one "
        "dropped it (half the gradient); " + _SQ_WHY,
    ),
    Answer(
        id="f39-sqerr-gradient-missing-2-flatten",
        source=SQERR_FLAT + ", linear_squared_error_gradient)",
        text="train_ex.T @ (np.ndarray.flatten(h) - np.ndarray.flatten(sol))",
        cost=_SQ_J,
        verdict="different",
        wrt="theta_j",
        lets=("h = train_ex @ theta",),
        why="np.ndarray.flatten only makes both vectors 1-D; the factor 2 of d/dθ Σr² is missing as in the later "
        "version; " + _SQ_WHY,
    ),
    Answer(
        id="f39-sqerr-logistic-gradient-elementwise-star",
        source=SQERR_LOG + ", logistic_cost_gradient)",
        text="train_ex.T*(sigmoid(train_ex,theta)-sol)",
        cost=_SQLOG_J,
        verdict="different",
        wrt="theta_j",
        lets=_SQLOG_LETS,
        why="* is NumPy's elementwise product: train_ex.T (n×m) times the m residuals scales each column of Xᵀ and "
        "never adds over the examples — an n×m array, not the n-vector Xᵀ(σ(Xθ) − y) the summed cross-entropy has; "
        + _SQLOG_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f39-cvwork-slide-dL-da",
        source=CVWORK + ", 'The following slide gives the partial derivatives, including:')",
        text=r"\frac{\delta \mathcal L(a, y)}{\delta a} = - \frac y a + \frac{1-y}{1-a}",
        cost=_CVWORK_L,
        verdict="equivalent",
        wrt="a",
        why="δ stands for ∂; " + _CVWORK_WHY,
    ),
    Answer(
        id="f39-rhelp-derfs4-gradient-b0",
        source=RHELP + ", attr(f, \"gradient\"), first entry)",
        text="-sum(y - n * p)",
        cost=_RHELP_F,
        verdict="equivalent",
        wrt="b0",
        lets=_RHELP_LETS,
        why="∂/∂b0 of n log(1 + e^c) is n p; " + _RHELP_WHY,
    ),
    Answer(
        id="f39-rhelp-derfs4-gradient-b1",
        source=RHELP + ", attr(f, \"gradient\"), second entry)",
        text="-sum(x * (y - n * p))",
        cost=_RHELP_F,
        verdict="equivalent",
        wrt="b1",
        lets=_RHELP_LETS,
        why="∂c/∂b1 = x; " + _RHELP_WHY,
    ),
    Answer(
        id="f39-mejor-dlw",
        source=MEJOR + ", dlw = …)",
        text="(2/self.m)*np.dot(x, (yhat-y).T)",
        cost=_MEJOR_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_MEJOR_LETS,
        why="x (n×m) times the m residuals (as a column) is Σᵢ(ŷᵢ − yᵢ)x⁽ⁱ⁾; " + _MEJOR_WHY,
    ),
    Answer(
        id="f39-mejor-dlc",
        source=MEJOR + ", dlc = …)",
        text="(2/self.m)*np.sum(yhat-y)",
        cost=_MEJOR_J,
        verdict="equivalent",
        wrt="c",
        lets=_MEJOR_LETS,
        why=_MEJOR_WHY,
    ),
    Answer(
        id="f39-logisticgd-dJ-dbeta-j-term-by-term",
        source=LOGGD + ", '## Gradient Descent', the first line)",
        text=r"\frac{\partial J}{\partial \beta_j} = \frac{1}{m} \sum_{i=1}^m \left[ y_{i}H_{i}e^{-X_{i}\cdot \beta }"
        r"\left( -X_{ij}\right ) + \left( 1-y_{i}\right) H_i X_{ij} \right]",
        cost=_LOGGD_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_LOGGD_LETS,
        why="d/dβ_j log(1 + e^{−x_i·β}) = −X_ij e^{−x_i·β}/(1 + e^{−x_i·β}) = −H_i e^{−X_i·β} X_ij and d/dβ_j log(1 "
        "+ e^{x_i·β}) = H_i X_ij; " + _LOGGD_WHY,
    ),
    Answer(
        id="f39-gdlr17-dJ-dtheta",
        source=GDLR17 + ", item 2)",
        text=r"\frac{dJ(\theta)}{d\theta} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) "
        r"x_j^{(i)}",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=_GDLR17_LETS,
        why=_GDLR17_WHY,
    ),
    Answer(
        id="f39-sqerr-gradient-with-2",
        source=SQERR + ", linear_squared_error_gradient)",
        text="np.array([[2*np.dot(np.ndarray.flatten(train_ex @ theta) - np.ndarray.flatten(sol), x)] for x in "
        "train_ex.T])",
        cost=_SQ_J,
        verdict="equivalent",
        wrt="theta_j",
        why="each row is 2 Σᵢ(x⁽ⁱ⁾·θ − yᵢ) X_ij for the column x = X[:, j] of train_ex (the comprehension's x is a "
        "feature column, not data); an n×1 array; " + _SQ_WHY,
    ),
    Answer(
        id="f39-poisgd-gradient",
        source=POISGD + ", _poisson_gradient_descent: gradient = …)",
        text="X.T @ (np.exp(X @ beta) - y)",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="beta_j",
        why=_POIS_WHY,
    ),
    Answer(
        id="f39-poisnewton-gradient-mu",
        source=POISGD + ", _poisson_newton: gradient = …)",
        text="X.T @ (mu - y)",
        cost=_POIS_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=("mu = np.exp(X @ beta)",),
        why=_POIS_WHY,
    ),
    Answer(
        id="f39-rlr-gradient-j-ge-1",
        source=RLR + ", '### Gradient Descent for Regularized Logistic Regression', 'for j ≥ 1')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
        r"y^{(i)} \right) x_j^{(i)} + \frac{\lambda}{m} \theta_j",
        cost=_RLR_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_RLR_LETS,
        why=_RLR_WHY,
    ),
    Answer(
        id="f39-gitbook-gradient",
        source=GITBOOK + ", gradient = …)",
        text="np.dot(xTrans, loss) / m",
        cost="np.sum(loss ** 2) / (2 * m)",
        verdict="equivalent",
        wrt="theta_j",
        lets=("xTrans = x.transpose()",) + _GITBOOK_LETS,
        why=_GITBOOK_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f39-cvwork-asker-second-term-negative",
        source=CVWORK + ", the asker's 'Why isn't the 2nd term negative, i.e., − (1−y)/(1−a)' — the whole "
        "derivative with that term; a variant built on the asker's words)",
        text=r"- \frac y a - \frac{1-y}{1-a}",
        cost=_CVWORK_L,
        verdict="different",
        wrt="a",
        why="variant: d/da log(1 − a) = −1/(1 − a), so −(1 − y)·log(1 − a) has derivative +(1 − y)/(1 − a) — the "
        "answer's chain-rule point; " + _CVWORK_WHY,
    ),
    Answer(
        id="f39-rlr-gradient-penalty-2m-variant",
        source=RLR + ", the j ≥ 1 gradient with λ/(2m) θ_j for λ/m θ_j — a variant)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
        r"y^{(i)} \right) x_j^{(i)} + \frac{\lambda}{2m} \theta_j",
        cost=_RLR_J,
        verdict="different",
        wrt="theta_j",
        lets=_RLR_LETS,
        why="variant: d/dθ_j of λ/(2m) θ_j² is (λ/m) θ_j — the 2 of the square cancels the 2 of 2m; " + _RLR_WHY,
    ),
    Answer(
        id="f39-gitbook-gradient-2m-variant",
        source=GITBOOK + ", the gradient divided by 2 * m as the cost is — a variant)",
        text="np.dot(xTrans, loss) / (2 * m)",
        cost="np.sum(loss ** 2) / (2 * m)",
        verdict="different",
        wrt="theta_j",
        lets=("xTrans = x.transpose()",) + _GITBOOK_LETS,
        why="variant: the square's 2 cancels the 2 of 2m, so the gradient is Xᵀ(Xθ − y)/m (the notes' own comment "
        "says as much); " + _GITBOOK_WHY,
    ),
    Answer(
        id="f39-rhelp-derfs4-gradient-b1-without-n-variant",
        source=RHELP + ", the second entry with the trials n dropped — a variant)",
        text="-sum(x * (y - p))",
        cost=_RHELP_F,
        verdict="different",
        wrt="b1",
        lets=_RHELP_LETS,
        why="variant: the n trials at each x weigh p — the mean count is n p, so the gradient is −Σx(y − n p); "
        + _RHELP_WHY,
    ),
    Answer(
        id="f39-mejor-dlw-without-2-variant",
        source=MEJOR + ", dlw with 1/m for 2/m — a variant)",
        text="(1/self.m)*np.dot(x, (yhat-y).T)",
        cost=_MEJOR_J,
        verdict="different",
        wrt="w_j",
        lets=_MEJOR_LETS,
        why="variant: the mean squared error has no ½, so its gradient keeps the 2 of the square; " + _MEJOR_WHY,
    ),
    Answer(
        id="f39-mejor-dlc-sign-variant",
        source=MEJOR + ", dlc with the residual reversed — a variant)",
        text="(2/self.m)*np.sum(y-yhat)",
        cost=_MEJOR_J,
        verdict="different",
        wrt="c",
        lets=_MEJOR_LETS,
        why="variant: y − ŷ is minus the residual of the cost's (ŷ − y)², the gradient's sign flips; " + _MEJOR_WHY,
    ),
    Answer(
        id="f39-logisticgd-dropped-minus-variant",
        source=LOGGD + ", the first line with (−X_ij) written X_ij — a variant)",
        text=r"\frac{\partial J}{\partial \beta_j} = \frac{1}{m} \sum_{i=1}^m \left[ y_{i}H_{i}e^{-X_{i}\cdot \beta }"
        r"X_{ij} + \left( 1-y_{i}\right) H_i X_{ij} \right]",
        cost=_LOGGD_J,
        verdict="different",
        wrt="beta_j",
        lets=_LOGGD_LETS,
        why="variant: the inner derivative of e^{−x_i·β} is −X_ij; without the minus the y_i term pushes the wrong "
        "way; " + _LOGGD_WHY,
    ),
    Answer(
        id="f39-gdlr17-missing-xj-variant",
        source=GDLR17 + ", item 2 with the factor x_j⁽ⁱ⁾ dropped — a variant)",
        text=r"\frac{dJ(\theta)}{d\theta} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right)",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=_GDLR17_LETS,
        why="variant: ∂(θᵀx⁽ⁱ⁾)/∂θ_j = x_j⁽ⁱ⁾ is missing (only θ₀'s component, with x₀ = 1, has this form); "
        + _GDLR17_WHY,
    ),
    Answer(
        id="f39-sqerr-logistic-gradient-matmul-variant",
        source=SQERR_LOG + ", logistic_cost_gradient with @ for * — a variant)",
        text="train_ex.T@(sigmoid(train_ex,theta)-sol)",
        cost=_SQLOG_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SQLOG_LETS,
        why="variant (the one-character fix): Xᵀ(σ(Xθ) − y) is the gradient of the summed cross-entropy; sigmoid("
        "train_ex,theta) is the file's 1/(1+exp(-train_ex @ theta)); " + _SQLOG_WHY,
    ),
    Answer(
        id="f39-poisgd-gradient-sign-variant",
        source=POISGD + ", the gradient with the residual reversed — a variant)",
        text="X.T @ (y - np.exp(X @ beta))",
        cost=_POIS_J,
        verdict="different",
        wrt="beta_j",
        why="variant: Xᵀ(y − e^{Xβ}) is the gradient of the log-likelihood (the score), minus the negative "
        "log-likelihood's; " + _POIS_WHY,
    ),
    Answer(
        id="f39-poisnewton-gradient-mean-variant",
        source=POISGD + ", _poisson_newton's gradient divided by the number of rows — a variant)",
        text="X.T @ (mu - y) / X.shape[0]",
        cost=_POIS_J,
        verdict="different",
        wrt="beta_j",
        lets=("mu = np.exp(X @ beta)",),
        why="variant: the cost is a sum, not a mean; dividing by m gives the gradient of the mean loss; " + _POIS_WHY,
    ),
]

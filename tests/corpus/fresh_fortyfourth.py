r"""A fresh held-out wave (f44): a mix as a random draw would give it — course forums and a gist's discussion
thread, from-scratch code in languages the corpus has little of (Haskell, R, JavaScript, Octave, Python with
Chinese, Turkish and Hungarian comments), and course notes (a lecture transcript, a blog post, a Chinese
lab write-up) — on logistic regression, least squares, ridge and Poisson regression.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: a stored copy of a GitHub gist's discussion 'Logistic Regression' (compute_cost / compute_grad of a Coursera
  ex2 port, the grad with a stray '* -1', and waylonflinn's simplified cost and grad of Nov 27, 2013); a stored
  copy of the DeepLearning.AI community thread 'Derivative of "Simplified Cost Function"' (Arne_Schirmacher,
  March 19, 2023: the lab's gradient loop); a stored copy of the DeepLearning.AI thread 'C2_W2_Assignment -
  Section 3 / Exercise 5 - Clarification' (jbloom and Alireza_Saei, May 22, 2024: E with slope m and intercept
  b); a stored copy of the Learning From Data book forum thread 'Question on Regularization for Logistic
  Regression' (melipone and yaser, February 2013: λ/(2N)wᵀw);
* code: a Haskell regression module (hmatrix: computeCost, and a BFGS gradient that adds a penalty its cost
  lacks); an R Poisson-regression script (dldb and nll2); a mathjs linear-regression cost; an Octave Newton's
  method file with Chinese comments; three Octave costFunctionReg / lrCostFunction solutions; a Turkish-commented
  and a Hungarian-commented NumPy implementation (the latter's gradient is half its cost's);
* notes: a stored transcript of the University of Washington 'Computing the Gradient of the Ridge Objective'
  lecture; a stored blog post 'Gradient Descent for Logistic Regression' (November 29, 2017); a Chinese lab
  write-up on blog.youkuaiyun.com (fayoung3568, '3计算梯度').

Names follow the sources: Octave's and Haskell's X / x and theta (a column of ones in X, theta(1) the intercept)
are Data.X and Data.theta, so theta(2:end) is theta[1:]; the R script's xmat and initpars are Data.X and Data.w;
the lecture's feature matrix H is Data.X; the forum's slope m (a scalar, with n the number of examples) is the
slope Data.w[0] and its X_i, Y_i are Data.x, Data.y; the mathjs x is the design matrix transposed (features ×
examples). Where a source gives no cost for an answer, ``why`` says which cost the answer is graded against.
About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
GIST = (
    NEMOTRON + " (stored copy of a GitHub gist's page and discussion 'Logistic Regression' (a Python port of the "
    "Coursera ex2 functions, with @waylonflinn's comment of Nov 27, 2013 'Here are some slightly simplified "
    "versions')"
)
FORUM_SIMPLIFIED = (
    NEMOTRON + " (stored copy of the DeepLearning.AI community 'Course Q&A' thread 'Derivative of \"Simplified "
    "Cost Function\"', Arne_Schirmacher's question of March 19, 2023, quoting C1_W3_Lab06_Gradient_Descent_Soln"
)
FORUM_C2W2 = (
    NEMOTRON + " (stored copy of the DeepLearning.AI community thread 'C2_W2_Assignment - Section 3 / Exercise 5 - "
    "Clarification', Alireza_Saei's reply of May 22, 2024 to jbloom"
)
LFD = (
    NEMOTRON + " (stored copy of the Learning From Data book forum thread 'Question on Regularization for Logistic "
    "Regression' (Homework 6), melipone's follow-up of 02-16-2013"
)
UWRIDGE = (
    NEMOTRON + " (stored transcripts of the University of Washington 'Machine Learning: Regression' lecture "
    "'Computing the Gradient of the Ridge Objective'"
)
GDBLOG = (
    NEMOTRON + " (stored blog post 'Gradient Descent for Logistic Regression: Implementation of Gradient Descent "
    "for optimizing Logistic Regression Cost Function', written on November 29, 2017"
)
FAYOUNG = (
    "https://blog.youkuaiyun.com/fayoung3568/article/details/131159005 (Chinese lab write-up of the course's "
    "linear-regression gradient descent, '3计算梯度'"
)
HS_LIN = (
    "public code index file 4678381870 (Haskell, module Regression.Linear of an hmatrix regression project: "
    "computeCost and minimizeBFGS2's computeGradients; the index does not name its repository"
)
HS_LOG = (
    "public code index file 4568183558 (Haskell, module Regression.Logistic of the same kind of project, the "
    "vectorised computeCost; the index does not name its repository"
)
MATHJS = (
    "public code index file 24193203735 (JavaScript, an ES-module mathjs gradient-descent demo, function cost; the "
    "same function in file 35117906905"
)
RPOIS = (
    "public code index file 38367986983 (R, a Poisson-regression script: '# gradient descent route' dldb and "
    "'# the optim route' nll2"
)
NEWTON_ZH = (
    "public code index file 25336473996 (Octave, function theta=Newton_Method(x,y) with Chinese comments, "
    "'计算损失函数' and '计算J对theta的一阶导'"
)
AAKHEDR = "https://github.com/aakhedr/ML_logistic_regression/blob/HEAD/costFunctionReg.m (Octave"
LRCOST = (
    "public code index file 13807835979 (Octave, an ex3 lrCostFunction solution with the penalty "
    "lambda/(2*m)*(theta'*theta - theta(1)^2)"
)
REDACTED = (
    "public code index file 9898387924 (Octave, an ex2 costFunctionReg solution with unregJ/regJ and "
    "unregGrad/regGrad"
)
TURKISH = (
    "public code index file 66303650903 (Python, Turkish comments: '# Cross-entropy loss fonksiyonu' compute_loss "
    "and '# Logistic Regression eğitim fonksiyonu (binary için)'"
)
HUNGARIAN = (
    "public code index file 16904769322 (Python, class LinearRegression with Hungarian comments: "
    "'számítjuk a költségfüggvény értékét' and 'számítjuk a gradienteket a súlyok és bias szerint'"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _logistic_l2_skip_first(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta[1:] @ d.theta[1:])


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_sse_theta(d):
    r = d.X @ d.theta - d.y
    return 0.5 * float(r @ r)


def _half_sse_slope(d):
    r = d.w[0] * d.x + d.b - d.y
    return 0.5 * float(r @ r)


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _poisson_nll_w(d):
    eta = d.X @ d.w
    return float(np.sum(np.exp(eta) - d.y * eta))


def _l2_term_w(d):
    return d.lam / (2 * d.m) * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_GIST_J = (
    "(1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
_GIST_WHY = (
    "X carries a column of ones (X_1 in the usage example), theta its weights: the mean cross-entropy "
    "−(1/m)Σ[y log h + (1 − y) log(1 − h)], h = σ(Xθ)"
)
_GIST_SIMPLE_J = "log_l.mean()"
_GIST_SIMPLE_LETS = (
    "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
    "p_1 = sigmoid(numpy.dot(X, theta))",
)
_FORUM_LOGISTIC = (
    r"J(\mathbf{w},b) = -\frac{1}{m} \sum_{i=0}^{m-1} \left[ y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) + \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
    r"\mathbf{x}^{(i)} \right) \right) \right]"
)
_FORUM_LOGISTIC_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)",
                        r"g(z) = \frac{1}{1+e^{-z}}")
_C2W2_E = r"E = \frac{1}{2} \sum_{i=1}^{n} (mX_i + b - Y_i)^2"
_C2W2_WHY = (
    "a one-feature line: m is the slope (not a count; the sum runs over n examples), b the intercept, X_i and Y_i "
    "the examples' input and target (Data.x, Data.y)"
)
_UW_J = r"(y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = "H is the lecture's feature matrix (Data.X), w the coefficients, λ the penalty weight; no 1/N"
_GD_J = (
    r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log(h_\theta(x^{(i)})) + (1 - y^{(i)}) "
    r"\log(1 - h_\theta(x^{(i)})) \right)"
)
_GD_LETS = (r"h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}",)
_FAY_J = r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
_FAY_LETS = (r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",)
_FAY_WHY = (
    "the page's costFun accumulates (w*x[i]+b − y[i])² and returns 1/(2*m)*cost ('均值平方差,1/2m(y_pre - y)²'): "
    "that cost, written out, is what its gradients answer; one feature, scalar w and b"
)
_HS_LIN_J = "(a <.> a) / (2 * m)"
_HS_LIN_LETS = ("a = (x #> theta) + (-1 * y)", "m = fromIntegral $ size y")
_HS_WHY = "hmatrix: x #> theta is the matrix–vector product Xθ, <.> the dot product; x is Data.X"
_RPOIS_J = "-sum(y * log(yhat) - yhat)"
_RPOIS_LETS = ("yhat = exp(xmat %*% initpars)",)
_RPOIS_WHY = (
    "xmat is the design matrix (a column of ones and five covariates; Data.X), initpars the coefficient vector "
    "(Data.w): log(yhat) = xmat·initpars, so nll2 = Σ(e^{η} − yη)"
)
_LFD_J = r"\frac{\lambda}{2N}\mathbf{w}^T\mathbf{w}"
_LFD_WHY = "only the weight-decay term of the augmented error; N is the number of examples (Data.m)"
_NEWTON_J = "(1/2) .* sum((h-y).^2)"
_NEWTON_LETS = ("h = x*theta",)
_NEWTON_WHY = "x has had a column of ones prepended ('加入偏置项1到第一列'): Data.X; half the sum of squared residuals"
_AAK_J = (
    "(1/ m) * (-y' * log(H) - (1 - y)' * log(1 - H)) + lambda / (2 * m) * sum(theta(2:end, :).^2)"
)
_AAK_LETS = ("H = sigmoid(X * theta)",)
_AAK_WHY = "Octave: theta(2:end) skips the intercept theta(1), i.e. theta[1:] of Data.theta"
_RED_J = "unregJ + regJ"
_RED_LETS = (
    "unregJ = (1 / m) * sum(((-1 * y) .* log(h)) - ((1 - y) .* log(1 - h)))",
    "regJ = lambda / (2 * m) * sum(theta(2:end) .^ 2)",
    "h = sigmoid(X * theta)",
)
_TR_J = "-np.sum(y_true * np.log(y_pred + 1e-9) + (1 - y_true) * np.log(1 - y_pred + 1e-9)) / m"
_TR_LETS = (
    "y_true = y",
    "y_pred = sigmoid(linear_output)",
    "linear_output = np.dot(X, weights) + bias",
)
_TR_WHY = (
    "compute_loss(y, y_pred) is the mean cross-entropy (the 1e-9 inside the logs only guards log 0 and moves "
    "the gradient by about 1e-9); weights is a vector, bias a scalar"
)
_HU_J = "np.mean((y_pred - y) ** 2)"
_HU_LETS = ("y_pred = np.dot(X, self.weights) + self.bias",)
_HU_WHY = (
    "the class stores np.mean((y_pred - y) ** 2) as its cost: the mean squared error without a ½, whose gradient "
    "is 2Xᵀ(ŷ − y)/n and 2Σ(ŷ − y)/n"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f44-gist-compute-cost-transpose",
        source=GIST + ", def compute_cost(theta, X, y): the J = line)",
        text=_GIST_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why=_GIST_WHY,
    ),
    Cost(
        id="f44-gist-simplified-cost-mean",
        source=GIST + ", @waylonflinn's simplified def cost(theta, X, y))",
        text=_GIST_SIMPLE_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_GIST_SIMPLE_LETS,
        why="log_l is the per-example cross-entropy ('log-likelihood vector' in the comment, but with the minus "
        "signs); its mean is the usual cost; " + _GIST_WHY,
    ),
    Cost(
        id="f44-c2w2-half-sse-slope-m",
        source=FORUM_C2W2 + ", 'Cost Function:')",
        text=_C2W2_E,
        intended=_half_sse_slope,
        wrt=("m", "b"),
        why=_C2W2_WHY + "; no 1/n: half the sum of squared errors",
    ),
    Cost(
        id="f44-lfd-weight-decay-term",
        source=LFD + ", 'if I take the derivative of λ/(2N)wᵀw')",
        text=_LFD_J,
        intended=_l2_term_w,
        wrt=("w_j",),
        why=_LFD_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f44-uw-ridge-objective-matrix",
        source=UWRIDGE + ", the ridge regression objective in matrix notation)",
        text=_UW_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY,
    ),
    Cost(
        id="f44-gdblog-logistic-j",
        source=GDBLOG + ", '2. Calculate the cost function')",
        text=_GD_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=_GD_LETS,
        why="h_θ is given in step 1 of the same list; the mean cross-entropy over m examples",
    ),
    # ============================================================ code
    Cost(
        id="f44-haskell-linear-computecost",
        source=HS_LIN + ", computeCost)",
        text=_HS_LIN_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_HS_LIN_LETS,
        why=_HS_WHY + "; a = Xθ − y: (1/(2m))‖Xθ − y‖²",
    ),
    Cost(
        id="f44-haskell-logistic-computecost",
        source=HS_LOG + ", computeCost)",
        text="((y <.> log (s)) + ((1 - y) <.> log (1 - s))) / fromIntegral (-m)",
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=("s = sigmoidVec (x #> theta)", "m = size y"),
        why=_HS_WHY + "; sigmoidVec is the element-wise logistic function; dividing by −m makes it the mean "
        "cross-entropy",
    ),
    Cost(
        id="f44-mathjs-cost-features-by-examples",
        source=MATHJS + ", function cost(theta, x, y))",
        text="math.sum(math.square(error)) / (2 * x.size()[1])",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("error = math.subtract(math.multiply(theta, x), y)",),
        why="theta is a 1 × 2 row, x a 2 × N matrix (a row of ones over the inputs: one column per example, the "
        "transpose of Data.X), so theta·x − y is the row of residuals and x.size()[1] = N: (1/(2N))Σ(θᵀxᵢ − yᵢ)²",
    ),
    Cost(
        id="f44-r-poisson-nll2",
        source=RPOIS + ", nll2)",
        text=_RPOIS_J,
        intended=_poisson_nll_w,
        wrt=("initpars_j",),
        lets=_RPOIS_LETS,
        why=_RPOIS_WHY,
    ),
    Cost(
        id="f44-octave-newton-half-sse-zh",
        source=NEWTON_ZH + ", the commented-out J(i) = line)",
        text=_NEWTON_J,
        intended=_half_sse_theta,
        wrt=("theta_j",),
        lets=_NEWTON_LETS,
        why=_NEWTON_WHY,
    ),
    Cost(
        id="f44-octave-aakhedr-costfunctionreg",
        source=AAKHEDR + ", the J = line)",
        text=_AAK_J,
        intended=_logistic_l2_skip_first,
        wrt=("theta_j",),
        lets=_AAK_LETS,
        why=_AAK_WHY,
    ),
    Cost(
        id="f44-octave-lrcost-theta-minus-first",
        source=LRCOST + ", J = (1/m)*j_ + reg)",
        text="(1/m)*j_ + reg",
        intended=_logistic_l2_skip_first,
        wrt=("theta_j",),
        lets=(
            "j_ = -y' * log(H) - (1 - y)'*log(1-H)",
            "reg = lambda/(2*m)*(theta'*theta - theta(1)^2)",
            "H = sigmoid(X*theta)",
        ),
        why="θᵀθ − θ(1)² is the sum of squares without the intercept theta(1): the penalty λ/(2m)Σ_{j≥2}θⱼ² "
        "(theta[1:] of Data.theta)",
    ),
    Cost(
        id="f44-octave-unregj-plus-regj",
        source=REDACTED + ", J = unregJ + regJ)",
        text=_RED_J,
        intended=_logistic_l2_skip_first,
        wrt=("theta_j",),
        lets=_RED_LETS,
        why=_AAK_WHY,
    ),
]


ANSWERS: list[Answer] = [
    # ============================================================ real mistakes first
    Answer(
        id="f44-gist-compute-grad-times-minus-one",
        source=GIST + ", def compute_grad(theta, X, y))",
        text="grad[i] = (1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        wrt="theta_j",
        lets=("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))"),
        why="(1/m)Σ(h − y)x_i is already the gradient of the cost; the trailing '* -1' makes it the ascent "
        "direction (the commenter 'took out the negatives in the cost function and grad'); " + _GIST_WHY,
    ),
    Answer(
        id="f44-haskell-bfgs-gradient-with-penalty-cost-without",
        source=HS_LIN + ", minimizeBFGS2's computeGradients against computeCost)",
        text="(delta + penalizedTheta) / scalar m",
        cost=_HS_LIN_J,
        verdict="different",
        wrt="theta_j",
        lets=(
            "delta = (tr' x) #> ((x #> th) - y)",
            "penalizedTheta = fromList $ 0 : (tail $ ((* regFactor) <$> toList theta))",
            *_HS_LIN_LETS,
        ),
        why="minimizeVD is handed computeCost (no penalty) with this gradient, which adds regFactor·θⱼ/m for "
        "j ≥ 1 (and builds it from the initial theta, not th): not the gradient of (1/(2m))‖Xθ − y‖² unless "
        "regFactor = 0; " + _HS_WHY,
    ),
    Answer(
        id="f44-hungarian-dw-half-of-mse-gradient",
        source=HUNGARIAN + ", dw)",
        text="np.dot(X.T, (y_pred - y)) / len(y)",
        cost=_HU_J,
        verdict="different",
        wrt="weights_j",
        lets=_HU_LETS,
        why=_HU_WHY + "; this is half of it",
    ),
    Answer(
        id="f44-hungarian-db-half-of-mse-gradient",
        source=HUNGARIAN + ", db)",
        text="np.sum(y_pred - y) / len(y)",
        cost=_HU_J,
        verdict="different",
        wrt="bias",
        lets=_HU_LETS,
        why=_HU_WHY + "; this is half of it",
    ),
    # ============================================================ right answers
    Answer(
        id="f44-gist-compute-cost-grad",
        source=GIST + ", def compute_cost(theta, X, y): the grad = line)",
        text="transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        wrt="theta_j",
        why="(1/m)(h − y)ᵀX, transposed: (1/m)Xᵀ(h − y); " + _GIST_WHY,
    ),
    Answer(
        id="f44-gist-simplified-grad",
        source=GIST + ", @waylonflinn's simplified def grad(theta, X, y))",
        text="numpy.dot(error, X_1) / y.size",
        cost=_GIST_SIMPLE_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("error = p_1 - y", "p_1 = sigmoid(numpy.dot(X, theta))", _GIST_SIMPLE_LETS[0]),
        why="the function reads the global X_1, which is the X it is called with (args=(X_1, y)): "
        "(1/m)Xᵀ(σ(Xθ) − y); " + _GIST_WHY,
    ),
    Answer(
        id="f44-forum-lab06-gradient-loop",
        source=FORUM_SIMPLIFIED + ", the quoted gradient code)",
        text="for i in range(m):\n"
        "    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
        "    err_i  = f_wb_i  - y[i]                       # scalar\n"
        "    for j in range(n):\n"
        "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n"
        "    dj_db = dj_db + err_i\n"
        "dj_dw = dj_dw/m                                    # (n,)\n"
        "dj_db = dj_db/m                                    # scalar",
        cost=_FORUM_LOGISTIC,
        verdict="equivalent",
        wrt="w_j",
        lets=_FORUM_LOGISTIC_LETS,
        why="the asker doubts it, but dj_dw = (1/m)Σ(σ(w·xᵢ + b) − yᵢ)xᵢⱼ is the gradient of the lab's "
        "compute_cost_logistic (the cost written out here, as in the lab), as the reply's linked derivation shows",
    ),
    Answer(
        id="f44-c2w2-de-dm",
        source=FORUM_C2W2 + ", 'Partial Derivative with respect to m')",
        text=r"\frac{\partial E}{\partial m} = \sum_{i=1}^{n} (mX_i + b - Y_i) \cdot X_i",
        cost=_C2W2_E,
        verdict="equivalent",
        wrt="m",
        why=_C2W2_WHY,
    ),
    Answer(
        id="f44-c2w2-de-db",
        source=FORUM_C2W2 + ", 'Partial Derivative with respect to b')",
        text=r"\frac{\partial E}{\partial b} = \sum_{i=1}^{n} (mX_i + b - Y_i)",
        cost=_C2W2_E,
        verdict="equivalent",
        wrt="b",
        why=_C2W2_WHY,
    ),
    Answer(
        id="f44-lfd-add-lambda-over-n-w",
        source=LFD + ", 'I just add λ/N w to the gradient')",
        text=r"\frac{\lambda}{N}\mathbf{w}",
        cost=_LFD_J,
        verdict="equivalent",
        wrt="w_j",
        why=_LFD_WHY + " (yaser confirms: 'you add the linear term')",
    ),
    Answer(
        id="f44-uw-ridge-gradient",
        source=UWRIDGE + ", 'the gradient of the ridge objective')",
        text=r"-2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f44-gdblog-partial-theta-j",
        source=GDBLOG + ", '3. Compute the gradient')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
        r"y^{(i)} \right) x_j^{(i)}",
        cost=_GD_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_GD_LETS,
    ),
    Answer(
        id="f44-fayoung-dj-dw",
        source=FAYOUNG + ", formula (4))",
        text=r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})x^{(i)}",
        cost=_FAY_J,
        verdict="equivalent",
        wrt="w",
        lets=_FAY_LETS,
        why=_FAY_WHY,
    ),
    Answer(
        id="f44-fayoung-dj-db",
        source=FAYOUNG + ", formula (5))",
        text=r"\frac{\partial J(w,b)}{\partial b} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})",
        cost=_FAY_J,
        verdict="equivalent",
        wrt="b",
        lets=_FAY_LETS,
        why=_FAY_WHY,
    ),
    Answer(
        id="f44-r-poisson-dldb",
        source=RPOIS + ", dldb)",
        text="((t(xmat) %*% exp(xmat %*% initpars)) - (t(xmat) %*% y))",
        cost=_RPOIS_J,
        verdict="equivalent",
        wrt="initpars_j",
        lets=_RPOIS_LETS,
        why="Xᵀe^{Xβ} − Xᵀy, the gradient of nll2 (the script descends along it); " + _RPOIS_WHY,
    ),
    Answer(
        id="f44-octave-newton-grad-zh",
        source=NEWTON_ZH + ", grad = x' * (h - y))",
        text="x' * (h - y)",
        cost=_NEWTON_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_NEWTON_LETS,
        why=_NEWTON_WHY,
    ),
    Answer(
        id="f44-octave-aakhedr-grad-split",
        source=AAKHEDR + ", grad_0, grad_rest, grad)",
        text="[grad_0; grad_rest]",
        cost=_AAK_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=(
            "grad_0 = 1/m  * (X(:,1)' * (H - y))",
            "grad_rest = 1/m * (X(:,2:end)' * (H - y)) + lambda/ m * theta(2:end,:)",
            *_AAK_LETS,
        ),
        why="the intercept's component without the penalty, the rest with λθⱼ/m; " + _AAK_WHY,
    ),
    Answer(
        id="f44-octave-unreggrad-plus-reggrad",
        source=REDACTED + ", grad = (1 / m) * unregGrad + regGrad)",
        text="(1 / m) * unregGrad + regGrad",
        cost=_RED_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("unregGrad = X' * (h - y)", "regGrad = lambda / m * [0; theta(2:end)]", *_RED_LETS),
        why=_AAK_WHY,
    ),
    Answer(
        id="f44-turkish-dw",
        source=TURKISH + ", dw)",
        text="np.dot(X.T, (y_pred - y)) / m",
        cost=_TR_J,
        verdict="equivalent",
        wrt="weights_j",
        lets=_TR_LETS,
        why=_TR_WHY,
    ),
    Answer(
        id="f44-turkish-db",
        source=TURKISH + ", db)",
        text="np.sum(y_pred - y) / m",
        cost=_TR_J,
        verdict="equivalent",
        wrt="bias",
        lets=_TR_LETS,
        why=_TR_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f44-c2w2-de-db-with-x",
        source=FORUM_C2W2 + ", 'Partial Derivative with respect to b'; variant: the factor X_i kept)",
        text=r"\frac{\partial E}{\partial b} = \sum_{i=1}^{n} (mX_i + b - Y_i) \cdot X_i",
        cost=_C2W2_E,
        verdict="different",
        wrt="b",
        why="variant: that is ∂E/∂m; b enters with coefficient 1; " + _C2W2_WHY,
    ),
    Answer(
        id="f44-lfd-lambda-over-2n-w",
        source=LFD + ", 'add λ/N w'; variant: the 2 of λ/(2N) kept)",
        text=r"\frac{\lambda}{2N}\mathbf{w}",
        cost=_LFD_J,
        verdict="different",
        wrt="w_j",
        why="variant: d/dw of wᵀw is 2w, which cancels the 2; this is half; " + _LFD_WHY,
    ),
    Answer(
        id="f44-uw-ridge-gradient-without-two",
        source=UWRIDGE + ", 'the gradient of the ridge objective'; variant: the 2 of the penalty dropped)",
        text=r"-2H^T(y - Hw) + \lambda w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: d/dw of λwᵀw is 2λw; " + _UW_WHY,
    ),
    Answer(
        id="f44-gdblog-partial-sign-flipped",
        source=GDBLOG + ", '3. Compute the gradient'; variant: y − h for h − y)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} - "
        r"h_\theta(x^{(i)}) \right) x_j^{(i)}",
        cost=_GD_J,
        verdict="different",
        wrt="theta_j",
        lets=_GD_LETS,
        why="variant: the gradient of the log-likelihood, the negative of the cost's",
    ),
    Answer(
        id="f44-fayoung-dj-dw-without-x",
        source=FAYOUNG + ", formula (4); variant: the factor x^{(i)} dropped)",
        text=r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - "
        r"y^{(i)})",
        cost=_FAY_J,
        verdict="different",
        wrt="w",
        lets=_FAY_LETS,
        why="variant: that is ∂J/∂b; the chain rule brings x⁽ⁱ⁾ for w; " + _FAY_WHY,
    ),
    Answer(
        id="f44-r-poisson-dldb-without-exp",
        source=RPOIS + ", dldb; variant: the exp dropped)",
        text="((t(xmat) %*% (xmat %*% initpars)) - (t(xmat) %*% y))",
        cost=_RPOIS_J,
        verdict="different",
        wrt="initpars_j",
        lets=_RPOIS_LETS,
        why="variant: Xᵀ(Xβ − y) is the least-squares gradient; the Poisson mean is e^{Xβ}; " + _RPOIS_WHY,
    ),
    Answer(
        id="f44-octave-newton-grad-over-m",
        source=NEWTON_ZH + ", grad = x' * (h - y); variant: divided by m)",
        text="x' * (h - y) / m",
        cost=_NEWTON_J,
        verdict="different",
        wrt="theta_j",
        lets=_NEWTON_LETS,
        why="variant: the cost is half the sum, not the mean, of the squared residuals; " + _NEWTON_WHY,
    ),
    Answer(
        id="f44-octave-aakhedr-grad-rest-lambda-not-over-m",
        source=AAKHEDR + ", grad_rest; variant: the /m of the penalty dropped)",
        text="[grad_0; grad_rest]",
        cost=_AAK_J,
        verdict="different",
        wrt="theta_j",
        lets=(
            "grad_0 = 1/m  * (X(:,1)' * (H - y))",
            "grad_rest = 1/m * (X(:,2:end)' * (H - y)) + lambda * theta(2:end,:)",
            *_AAK_LETS,
        ),
        why="variant: the penalty λ/(2m)Σθⱼ² has derivative λθⱼ/m, not λθⱼ; " + _AAK_WHY,
    ),
]

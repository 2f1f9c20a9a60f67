r"""A fresh held-out wave (f45): a mix as a random draw would give it — course notes, Q&A threads, a Chinese blog
post and lab-style code — with every third source of a kind the corpus had little of: JavaScript (plain and
TensorFlow.js) from-scratch implementations, an R package, an Octave Poisson likelihood, in English and Chinese.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: a stored copy of the Q&A page 'Can't understand the cost function for Linear Regression' (ParasSharma1's
  question, Jul 16, 2019); a stored copy of the question 'Linear Regression to Minimize the Cost Function' (J with
  h_θ(x) = θ·x = θ₀ + θ₁x₁); a stored copy of the DeepLearning.AI 'Course Q&A' thread 'Derivation of Linear
  Regression Cost Function wx+b' (its ∂J/∂w and ∂J/∂b); a stored study-group discussion 'Understanding the Cost
  Function in Linear Regression' (∂J/∂θⱼ); a stored copy of a GitHub gist 'Logistic Regression' and its
  comment thread (compute_cost, compute_grad — whose '* -1' flips the gradient's sign — and @waylonflinn's
  simplified cost); a CSDN post (Chinese) 'deepseek.com:逻辑回归的目标函数,损失函数,梯度下降…' (J(w, b) in scalar
  and matrix form and ∇_w J);
* code: davide97g/ml-modules' logreg.js (JavaScript loops: ridge-style linear and logistic regression, whose
  logistic gradient adds λθ_d once per example); Himanshuraj677/javascript-machine-learning's TensorFlow.js
  linear and logistic regression (slopes of the MSE without the 2, on purpose; the cross-entropy in a comment
  and in a method chain); garyzhang0128/LogitRegression_R_Package (R, softplus form of the summed NLL, optional
  α‖w‖²); an Octave neglogli_poiss.m (Poisson NLL up to a constant) and a Python PoissonRegressionScratch (the
  log-likelihood's gradient), both from the public code index;
* notes: stored copies of the University of Washington course page 'Computing the Gradient of the Ridge
  Objective' ((y − Hw)ᵀ(y − Hw) + λwᵀw and its gradient).

Names follow the sources: H (UW), X, X_b, this.features and features (TensorFlow.js) are the design matrix
Data.X; the JavaScript files' X[i][d] likewise, with theta[d] Data.theta (the column of ones the code prepends is
just one of Data.X's columns, and theta[0] is penalised like every other component, so the presets *-l2 fit);
TensorFlow.js's weights are Data.w (wrt weights_j), labels and Y are Data.y; in the one-feature threads x⁽ⁱ⁾ is
Data.x and w the slope Data.w[0], θ₀ and θ₁ Data.theta0 and Data.theta1. Where a source gives no cost for an
answer, ``why`` says which cost it is graded against. About half the answers are wrong; the real mistakes come
first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and
checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
UW = (
    NEMOTRON + " (stored copies of the University of Washington course page 'Computing the Gradient of the Ridge "
    "Objective', Machine Learning: Regression"
)
CSDN = (
    "https://tianqi.csdn.net/68a57d90080e555a88db53e4.html (CSDN post, Chinese, 'deepseek.com:逻辑回归的目标函数,"
    "损失函数,梯度下降 标量和矩阵形式的数学推导…', '一、数学推导'"
)
GIST = (
    NEMOTRON + " (stored copy of a GitHub gist 'Logistic Regression' (Python) and its discussion, @waylonflinn's "
    "comment of Nov 27, 2013"
)
INTELLIPAAT = (
    NEMOTRON + " (stored Q&A page 'Can't understand the cost function for Linear Regression', asked Jul 16, 2019 "
    "by ParasSharma1"
)
MINIMIZE = NEMOTRON + " (stored question 'Linear Regression to Minimize the Cost Function'"
STUDY = (
    NEMOTRON + " (stored page 'Understanding the Cost Function in Linear Regression', a study group for the "
    "Stanford Machine Learning class"
)
DLAI = (
    NEMOTRON + " (stored DeepLearning.AI 'Course Q&A' thread 'Derivation of Linear Regression Cost Function wx+b', "
    "gkouro's question of July 22, 2022 and its answers"
)
JSREG = (
    "https://github.com/davide97g/ml-modules/blob/acd805f0b3c5190118e19b318084a4d9a3574b93/src/js/logreg/logreg.js "
    "(JavaScript"
)
TFJS_LIN = (
    "https://github.com/Himanshuraj677/javascript-machine-learning/blob/fb3bf6765f422361fbb4e8ca9322516b320bcd56/"
    "03-gas-mileage-calculator/linear-regression-V2.js (JavaScript, TensorFlow.js, after Stephen Grider's course"
)
TFJS_LOG = (
    "https://github.com/Himanshuraj677/javascript-machine-learning/blob/0f62993baacae39d16a067fcc701ecb0fb995370/"
    "04-smog-test/logistic-regression.js (JavaScript, TensorFlow.js"
)
RPKG = (
    "https://github.com/garyzhang0128/LogitRegression_R_Package/blob/1c40ecaa6f0221e8a95ca0686a91298a729ec6db/"
    "logitRegression/R/lossFunction.r and logitRegression.Rcheck/00_pkg_src/logitRegression/R/gradient.r (R"
)
OCTPOIS = "public code index file 11163784005 (Octave, neglogli_poiss.m; the index does not name its repository"
PYPOIS = (
    "public code index file 32460034212 (Python, class PoissonRegressionScratch, fit(); the index does not name "
    "its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ridge_sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _logistic_mean_w(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y)))


def _logistic_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _ridge_half_mean_theta(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _logistic_l2_theta(d):
    return _logistic_mean_theta(d) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _softplus_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(-z * d.y + np.log(1 + np.exp(z))))


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


def _half_mean_sq_theta01(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_wx_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
_UW_J = r"J(w) = (y - Hw)^T(y - Hw) + \lambda w^T w"
_UW_WHY = "H is the course's feature matrix (N × D, Data.X), w the coefficients: RSS + λ‖w‖², no 1/N"
_CSDN_JM = (
    r"J(\mathbf{w}, b) = -\frac{1}{N} \left[ \mathbf{y}^\top \log(\sigma(\mathbf{X}\mathbf{w} + b)) + "
    r"(1-\mathbf{y})^\top \log(1-\sigma(\mathbf{X}\mathbf{w} + b)) \right]"
)
_CSDN_LETS = (r"\sigma(z) = \frac{1}{1+e^{-z}}",)
_CSDN_WHY = "X the design matrix, N the number of examples, b the intercept added to every row: the mean cross-entropy"
_TFJS_MSE = (
    "this.features\n      .matMul(this.weights)\n      .sub(this.labels)\n      .pow(2)\n      .sum()\n"
    "      .div(this.features.shape[0])"
)
_TFJS_WHY = (
    "this.features is the standardised design matrix with a column of ones (Data.X), this.weights the weight "
    "column (Data.w), this.labels the targets"
)
_TFJS_LIN_SLOPES = "this.features\n      .transpose()\n      .matMul(differences)\n      .div(this.features.shape[0])"
_TFJS_LIN_LETS = (
    "differences = currentGuesses.sub(this.labels)",
    "currentGuesses = this.features.matMul(this.weights)",
)
_JS_LIN_COST = (
    "for (let i = 0; i < N; ++i) {\n    let x_i = X[i];\n    let predicted = this.h(x_i, theta);\n"
    "    cost += (predicted - Y[i]) * (predicted - Y[i]);\n  }\n\n  for (let d = 0; d < this.dim; ++d) {\n"
    "    cost += this.lambda * theta[d] * theta[d];\n  }\n\n  return cost / (2.0 * N);"
)
_JS_LOG_COST = (
    "for (let i = 0; i < N; ++i) {\n    let y_i = Y[i];\n    let x_i = X[i];\n    sum +=\n      -(\n"
    "        y_i * Math.log(this.h(x_i, theta)) +\n        (1 - y_i) * Math.log(1 - this.h(x_i, theta))\n"
    "      ) / N;\n  }\n\n  for (let d = 0; d < this.dim; ++d) {\n"
    "    sum += (this.lambda * theta[d] * theta[d]) / (2.0 * N);\n  }\n  return sum;"
)
_JS_WHY = (
    "X[i] is example i with a leading 1 (a row of Data.X), theta[d] component d of Data.theta, N the number of "
    "examples; the accumulator starts at 0"
)
_GIST_J = (
    "(1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
_R_LOSS_LET = "loss_vector = -X %*% w * y + log(1 + exp(X %*% w))"
_R_WHY = (
    "R's unary minus binds before %*%, so -X %*% w * y is −(Xw)·y; Σ[−y·Xw + log(1 + e^{Xw})] is the summed "
    "negative log-likelihood of the logistic model"
)
_R_GRAD_LET = "grad = t(X) %*% as.matrix(1 / (1 + exp(-X %*% w)) - y)"
_OCT_LETS = ("mu = exp(Xw)", "Xw = X * w")
_OCT_WHY = (
    "the file clips Xw to [−50, 50] before the exponential; away from the clip nll = Σ(e^{Xw} − y·Xw), the "
    "Poisson negative log-likelihood without Σ log y!"
)
_POIS_LL = (
    r"\ell(\beta) = \sum_{i=1}^{n} \left( y_i \mathbf{x}_i^\top \beta - e^{\mathbf{x}_i^\top \beta} \right)"
)
_POIS_LETS = ("lambda_ = np.exp(X_b @ self.beta)",)
_POIS_WHY = (
    "the code gives no cost, only '# Gradient of log-likelihood'; graded against the Poisson log-likelihood "
    "Σ(yᵢxᵢᵀβ − e^{xᵢᵀβ}) (its constant −Σ log yᵢ! dropped), X_b the design matrix with a column of ones (Data.X)"
)
_DLAI_J = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)^2"
_DLAI_LETS = (r"h_w(x^{(i)}) = wx^{(i)} + b",)
_DLAI_WHY = "one feature: x⁽ⁱ⁾ is Data.x, w the scalar slope, b the intercept"

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f45-intellipaat-linear-theta01-superscript-i",
        source=INTELLIPAAT + ", the question's equation)",
        text=r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} [h_\theta(x^i) - y^i]^2",
        intended=_half_mean_sq_theta01,
        wrt=("theta_0", "theta_1"),
        why="x^i and y^i are example i (a superscript index, not a power); the page does not restate h: the "
        "course's one-variable model h_θ(x) = θ₀ + θ₁x, as J(θ₀, θ₁) says",
    ),
    Cost(
        id="f45-minimize-linear-theta-dot-x",
        source=MINIMIZE + ", 'Linear regression aims to minimize the Cost Function')",
        text=r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x_i) - y_i \right)^2",
        intended=_half_mean_sq_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta \cdot x = \theta_0 + \theta_1 x_1",),
        why="x_i is example i's single feature (Data.x) while the x₁ of h is the feature's number: "
        "h_θ(x_i) = θ₀ + θ₁x_i",
    ),
    Cost(
        id="f45-dlai-linear-wx-b-half-mean",
        source=DLAI + ", 'The cost function for linear regression is typically given by')",
        text=_DLAI_J,
        intended=_half_mean_sq_wx_b,
        wrt=("w", "b"),
        lets=_DLAI_LETS,
        why=_DLAI_WHY,
    ),
    Cost(
        id="f45-gist-compute-cost-transpose-dot",
        source=GIST + ", def compute_cost, J =)",
        text=_GIST_J,
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        why="numpy names imported bare (transpose, log, dot); y and X·θ are columns, so yᵀlog h is a 1 × 1 sum: "
        "the mean cross-entropy",
    ),
    Cost(
        id="f45-gist-simplified-log-l-mean",
        source=GIST + ", @waylonflinn's 'Cost Function', def cost)",
        text="log_l.mean()",
        intended=_logistic_mean_theta,
        wrt=("theta_j",),
        lets=(
            "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
            "p_1 = sigmoid(numpy.dot(X, theta))",
        ),
        why="the comment calls log_l the 'log-likelihood vector', but with (-y) it is the negative one: the mean "
        "of it is the mean cross-entropy",
    ),
    Cost(
        id="f45-csdn-logistic-matrix-form",
        source=CSDN + ", '矩阵形式')",
        text=_CSDN_JM,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_CSDN_LETS,
        why=_CSDN_WHY,
    ),
    Cost(
        id="f45-csdn-logistic-scalar-form",
        source=CSDN + ", '所有样本的平均损失(标量形式)')",
        text=r"J(\mathbf{w}, b) = -\frac{1}{N} \sum_{i=1}^N \left[ y_i \log(\hat{y}_i) + (1-y_i) "
        r"\log(1-\hat{y}_i) \right]",
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=(r"\hat{y} = \sigma(\mathbf{w}^\top \mathbf{x} + b)", *_CSDN_LETS),
        why="the post defines ŷ for one example (ŷ = σ(wᵀx + b)); ŷᵢ is it at example i",
    ),
    # ============================================================ notes
    Cost(
        id="f45-uw-ridge-matrix-objective",
        source=UW + ", 'Objective Function')",
        text=_UW_J,
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY,
    ),
    Cost(
        id="f45-uw-ridge-cost-text",
        source=UW + ", another stored copy: 'The ridge regression objective is defined as')",
        text=r"\text{Cost} = (y - Hw)^T(y - Hw) + \lambda w^T w",
        intended=_ridge_sse_w,
        wrt=("w_j",),
        why=_UW_WHY + "; the copy names the objective \\text{Cost}",
    ),
    # ============================================================ code
    Cost(
        id="f45-tfjs-linear-record-mse-chain",
        source=TFJS_LIN + ", recordMSE())",
        text=_TFJS_MSE,
        intended=_mse_w,
        wrt=("weights_j",),
        why=_TFJS_WHY + "; Σ(Xw − y)²/n, the mean squared error (no ½)",
    ),
    Cost(
        id="f45-tfjs-logistic-cost-comment",
        source=TFJS_LOG + ", recordCost(), the comment '// Calculate vectorized cost')",
        text="-(1/n) x (actual^T x log(guesses) + (- actual + 1)^T x log(- guesses + 1))",
        intended=_logistic_mean_w,
        wrt=("weights_j",),
        lets=("guesses = this.features.matMul(this.weights).sigmoid()",),
        why="the comment writes 'x' for the product (it has no data x), actual for the labels (Data.y) and n for "
        "the number of examples: −(1/n)[yᵀlog σ(Xw) + (1 − y)ᵀlog(1 − σ(Xw))]; " + _TFJS_WHY,
    ),
    Cost(
        id="f45-tfjs-logistic-cost-chain",
        source=TFJS_LOG + ", recordCost(), const cost =)",
        text="termOne\n      .add(termTwo)\n      .div(this.features.shape[0])\n      .mul(-1)",
        intended=_logistic_mean_w,
        wrt=("weights_j",),
        lets=(
            "termOne = this.labels.transpose().matMul(guesses.log())",
            "termTwo = this.labels\n      .mul(-1)\n      .add(1)\n      .transpose()\n"
            "      .matMul(guesses.mul(-1).add(1).log())",
            "guesses = this.features.matMul(this.weights).sigmoid()",
        ),
        why="the trailing .arraySync()[0][0] only reads the 1 × 1 tensor's number; " + _TFJS_WHY,
    ),
    Cost(
        id="f45-js-linear-ridge-loops",
        source=JSREG + ", LinearRegression.prototype.cost)",
        text=_JS_LIN_COST,
        intended=_ridge_half_mean_theta,
        wrt=("theta_j",),
        why="this.h(x_i, theta) sums x_i[d] * theta[d] over d (the linear prediction); the penalty loop runs over "
        "every d, the intercept's theta[0] too: (Σ(h − y)² + λΣθ_d²)/(2N); " + _JS_WHY,
    ),
    Cost(
        id="f45-js-logistic-l2-loops",
        source=JSREG + ", LogisticRegression.prototype.cost)",
        text=_JS_LOG_COST,
        intended=_logistic_l2_theta,
        wrt=("theta_j",),
        why="here this.h(x_i, theta) is 1.0 / (1.0 + Math.exp(-gx)) with gx = Σ_d theta[d] * x_i[d]: the mean "
        "cross-entropy plus λ/(2N)Σθ_d² over every d; " + _JS_WHY,
    ),
    Cost(
        id="f45-r-package-softplus-nll-sum",
        source=RPKG + ", lossFunction, the L2 = FALSE branch)",
        text="sum(loss_vector)",
        intended=_softplus_nll_sum_w,
        wrt=("w_j",),
        lets=(_R_LOSS_LET,),
        why=_R_WHY,
    ),
    Cost(
        id="f45-octave-poisson-nll",
        source=OCTPOIS + ", nll =)",
        text="sum(mu - y .* Xw)",
        intended=_poisson_nll_sum_w,
        wrt=("w_j",),
        lets=_OCT_LETS,
        why=_OCT_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f45-uw-ridge-gradient",
        source=UW + ", 'Therefore, the gradient of the total cost is')",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="equivalent",
        wrt="w_j",
        why=_UW_WHY,
    ),
    Answer(
        id="f45-csdn-logistic-matrix-gradient",
        source=CSDN + ", '矩阵形式梯度')",
        text=r"\nabla_{\mathbf{w}} J = \frac{1}{N} \mathbf{X}^\top (\sigma(\mathbf{X}\mathbf{w} + b) - \mathbf{y})",
        cost=_CSDN_JM,
        verdict="equivalent",
        wrt="w_j",
        lets=_CSDN_LETS,
        why=_CSDN_WHY,
    ),
    Answer(
        id="f45-study-linear-partial-theta-j",
        source=STUDY + ", 'simplifying the gradient expression')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} ((h_\theta(x^{(i)}) - "
        r"y^{(i)}) \cdot x_j^{(i)})",
        cost="linear",
        verdict="equivalent",
        why="the page's J(θ) = 1/(2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)², the linear preset",
    ),
    Answer(
        id="f45-dlai-partial-w",
        source=DLAI + ", '1. Partial Derivative with respect to w')",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right) "
        r"x^{(i)}",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="w",
        lets=_DLAI_LETS,
        why=_DLAI_WHY,
    ),
    Answer(
        id="f45-dlai-partial-b",
        source=DLAI + ", '2. Partial Derivative with respect to b')",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)",
        cost=_DLAI_J,
        verdict="equivalent",
        wrt="b",
        lets=_DLAI_LETS,
        why=_DLAI_WHY,
    ),
    Answer(
        id="f45-gist-compute-cost-grad",
        source=GIST + ", def compute_cost, grad =)",
        text="transpose((1./m)*transpose(sigmoid(X.dot(theta)) - y).dot(X))",
        cost=_GIST_J,
        verdict="equivalent",
        why="(1/m)(h − y)ᵀX transposed: (1/m)Xᵀ(h − y)",
    ),
    Answer(
        id="f45-gist-compute-grad-times-minus-one",
        source=GIST + ", def compute_grad)",
        text="(1.0 / m) * sumdelta * -1",
        cost=_GIST_J,
        verdict="different",
        lets=("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))"),
        why="grad[i] for column i of X (the loop's i is the component): delta = h − y already gives the "
        "cost's gradient (1/m)Σ(h − y)x_i; the '* -1' flips it to the gradient of the log-likelihood while "
        "compute_cost is the cross-entropy (the comment thread notes the negatives)",
    ),
    Answer(
        id="f45-tfjs-linear-slopes-without-two",
        source=TFJS_LIN + ", gradientDescent(), const slopes =)",
        text=_TFJS_LIN_SLOPES,
        cost=_TFJS_MSE,
        verdict="different",
        wrt="weights_j",
        lets=_TFJS_LIN_LETS,
        why="the code says 'Calculate slope of MSE' and leaves out .mul(2) on purpose ('only +/- is useful'); the "
        "MSE recordMSE computes is Σ(Xw − y)²/n, whose gradient is 2Xᵀ(Xw − y)/n: this is half of it; "
        + _TFJS_WHY,
    ),
    Answer(
        id="f45-tfjs-logistic-slopes",
        source=TFJS_LOG + ", gradientDescent(features, labels), const slopes =)",
        text="features\n      .transpose()\n      .matMul(differences)\n      .div(features.shape[0])",
        cost="logistic",
        verdict="equivalent",
        wrt="weights_j",
        lets=("differences = currentGuesses.sub(labels)", "currentGuesses = features.matMul(this.weights).sigmoid()"),
        why="recordCost is the mean cross-entropy of σ(Xw) (the logistic preset); features and labels are the "
        "batch passed in, the design matrix and targets; " + _TFJS_WHY,
    ),
    Answer(
        id="f45-js-logistic-grad-lambda-per-example",
        source=JSREG + ", LogisticRegression.prototype.grad, the loop over i)",
        text="for (let i = 0; i < N; ++i) {\n      let x_i = X[i];\n      let predicted = this.h(x_i, theta);\n"
        "      sum += ((predicted - Y[i]) * x_i[d] + this.lambda * theta[d]) / N;\n    }",
        cost="logistic-l2",
        verdict="different",
        lets=(),
        why="the file's cost is the mean cross-entropy + λ/(2N)Σθ_d² over every d (the logistic-l2 preset), so "
        "∂/∂θ_d has λθ_d/N; inside the loop over the N examples the penalty λθ_d/N is added N times, λθ_d in "
        "all; sum starts at 0 for each d; " + _JS_WHY,
    ),
    Answer(
        id="f45-js-linear-grad-ridge",
        source=JSREG + ", LinearRegression.prototype.grad)",
        text="for (let i = 0; i < N; ++i) {\n        let x_i = X[i];\n        let y_i = Y[i];\n\n"
        "        let predicted = this.h(x_i, theta);\n\n        g += (predicted - y_i) * x_i[d];\n      }\n\n"
        "      g = (g + this.lambda * theta[d]) / N;",
        cost="linear-l2",
        verdict="equivalent",
        why="the file's cost is (Σ(h − y)² + λΣθ_d²)/(2N) over every d (the linear-l2 preset); g starts at 0; "
        "(Σ(h − y)x_d + λθ_d)/N is its ∂/∂θ_d; " + _JS_WHY,
    ),
    Answer(
        id="f45-r-package-gradient",
        source=RPKG + ", gradient, the L2 = FALSE branch)",
        text="t(X) %*% as.matrix(1 / (1 + exp(-X %*% w)) - y)",
        cost="sum(loss_vector)",
        verdict="equivalent",
        wrt="w_j",
        lets=(_R_LOSS_LET,),
        why=_R_WHY,
    ),
    Answer(
        id="f45-r-package-gradient-l2",
        source=RPKG + ", gradient, the L2 = TRUE branch)",
        text="grad + alpha * 2 * w",
        cost="loss_sum + alpha * t(w) %*% w",
        verdict="equivalent",
        wrt="w_j",
        lets=(_R_GRAD_LET, "loss_sum = sum(loss_vector)", _R_LOSS_LET),
        why="alpha is the package's penalty weight (gradDesc's step size is called lamda): d/dw of αwᵀw is 2αw; "
        + _R_WHY,
    ),
    Answer(
        id="f45-octave-poisson-gradient",
        source=OCTPOIS + ", grad =)",
        text="X' * (mu - y)",
        cost="sum(mu - y .* Xw)",
        verdict="equivalent",
        wrt="w_j",
        lets=_OCT_LETS,
        why=_OCT_WHY,
    ),
    Answer(
        id="f45-pypoisson-loglik-gradient",
        source=PYPOIS + ", '# Gradient of log-likelihood')",
        text="X_b.T @ (y - lambda_)",
        cost=_POIS_LL,
        verdict="equivalent",
        wrt="beta_j",
        lets=_POIS_LETS,
        why=_POIS_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f45-uw-ridge-gradient-lambda-dropped",
        source=UW + "; variant: the page's '2w' for wᵀw carried without λ)",
        text=r"\nabla J(w) = -2H^T(y - Hw) + 2w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: the penalty is λwᵀw, whose gradient is 2λw, not 2w; " + _UW_WHY,
    ),
    Answer(
        id="f45-uw-ridge-gradient-sign",
        source=UW + "; variant: the data term's minus lost)",
        text=r"\nabla J(w) = 2H^T(y - Hw) + 2\lambda w",
        cost=_UW_J,
        verdict="different",
        wrt="w_j",
        why="variant: d/dw of (y − Hw)ᵀ(y − Hw) is −2Hᵀ(y − Hw); " + _UW_WHY,
    ),
    Answer(
        id="f45-csdn-logistic-gradient-y-minus-sigma",
        source=CSDN + ", '矩阵形式梯度'; variant: the difference reversed)",
        text=r"\nabla_{\mathbf{w}} J = \frac{1}{N} \mathbf{X}^\top (\mathbf{y} - \sigma(\mathbf{X}\mathbf{w} + b))",
        cost=_CSDN_JM,
        verdict="different",
        wrt="w_j",
        lets=_CSDN_LETS,
        why="variant: Xᵀ(y − σ)/N is the gradient of the mean log-likelihood, the negative of J's; " + _CSDN_WHY,
    ),
    Answer(
        id="f45-dlai-partial-w-x-dropped",
        source=DLAI + "; variant: ∂J/∂w without the factor x⁽ⁱ⁾)",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} \left( h_w(x^{(i)}) - y^{(i)} \right)",
        cost=_DLAI_J,
        verdict="different",
        wrt="w",
        lets=_DLAI_LETS,
        why="variant: the chain rule's ∂h/∂w = x⁽ⁱ⁾ is lost — this is ∂J/∂b; " + _DLAI_WHY,
    ),
    Answer(
        id="f45-tfjs-linear-slopes-with-two",
        source=TFJS_LIN + "; variant: the commented-out .mul(2) put back)",
        text=_TFJS_LIN_SLOPES + "\n      .mul(2)",
        cost=_TFJS_MSE,
        verdict="equivalent",
        wrt="weights_j",
        lets=_TFJS_LIN_LETS,
        why="variant: 2Xᵀ(Xw − y)/n is the gradient of the MSE Σ(Xw − y)²/n; " + _TFJS_WHY,
    ),
    Answer(
        id="f45-r-package-gradient-l2-without-two",
        source=RPKG + "; variant: the penalty's 2 dropped)",
        text="grad + alpha * w",
        cost="loss_sum + alpha * t(w) %*% w",
        verdict="different",
        wrt="w_j",
        lets=(_R_GRAD_LET, "loss_sum = sum(loss_vector)", _R_LOSS_LET),
        why="variant: d/dw of αwᵀw is 2αw; αw is half the penalty's gradient; " + _R_WHY,
    ),
    Answer(
        id="f45-octave-poisson-gradient-flipped",
        source=OCTPOIS + "; variant: y − mu)",
        text="X' * (y - mu)",
        cost="sum(mu - y .* Xw)",
        verdict="different",
        wrt="w_j",
        lets=_OCT_LETS,
        why="variant: Xᵀ(y − μ) is the log-likelihood's gradient, the negative of the NLL's; " + _OCT_WHY,
    ),
    Answer(
        id="f45-pypoisson-gradient-flipped",
        source=PYPOIS + "; variant: lambda_ − y under the same comment)",
        text="X_b.T @ (lambda_ - y)",
        cost=_POIS_LL,
        verdict="different",
        wrt="beta_j",
        lets=_POIS_LETS,
        why="variant: Xᵀ(λ − y) is the gradient of the negative log-likelihood, not of ℓ(β); " + _POIS_WHY,
    ),
    Answer(
        id="f45-study-linear-partial-two-over-m",
        source=STUDY + "; variant: 2/m kept)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{2}{m} \sum_{i=1}^{m} ((h_\theta(x^{(i)}) - "
        r"y^{(i)}) \cdot x_j^{(i)})",
        cost="linear",
        verdict="different",
        why="variant: the ½ of 1/(2m) cancels the square's 2; 2/m is twice the gradient",
    ),
]

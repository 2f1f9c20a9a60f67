r"""A fresh held-out wave (f66, gathered as 'f65' while another collector wrote fresh_sixtyfifth.py in the same
worktree): typed mathematics more than code — course and self-study notes written in LaTeX or in plain text
(English, Spanish, Vietnamese, Chinese), a forum question on a regularized gradient, and a few code comments and
functions where the formulas are typed out.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* notes: a 'Base Formula' markdown sheet (public code index file 31378590365: MSE and cross-entropy costs, the linear
  and logistic gradient-descent steps, ∂J/∂w = (1/m)Xᵀ(ŷ − y), ∂J/∂b = (1/m)1ᵀ(ŷ − y)); JhonSanz/llm_from_scratch's
  Spanish explanation/logistic_regression.md (the log-loss J(θ), its derivation 'Ahora un poema' and the squared-error
  cost it recalls); xt0307vngame-commits/markdown's Vietnamese README (J(θ₀, θ₁)); apachecn/ailearning's Chinese blog
  post 'linear-logistic-mle.md' (the cross-entropy as a negative log-likelihood, and a least-squares line with
  undefined constants B, C); Tiancheng-Luo/Memo's Chinese sklearn.md (ordinary least squares min‖Xω − y‖²);
* Q&A: the Learning From Data forum thread 'Question on Regularization for Logistic Regression' (melipone's
  derivative of λ/(2N)wᵀw), as stored in the Nemotron-CC-Math set;
* code with the formulas typed in comments: a Chinese deep-learning notebook script (public code index file
  17489407695: J(w,b), dJ/dw, dJ/db, and a vectorised step whose sigmoid is written A = 1/exp(-Z)); a RidgeRegression
  class (public code index file 46785279660) whose loss has no λ but whose gradient has one.

Names follow the sources: X is the m × n design matrix Data.X (in the Chinese script's vectorised lines x/X is the
transposed n × m matrix, Data.X.T); w, W, self.W, ω are the weight vector (Data.w), θ the coefficients (Data.theta),
θ₀, θ₁ of a one-feature line Data.theta0, Data.theta1 with the feature x = Data.x; b the intercept Data.b; y, Y the
labels; λ is Data.lam and N, m, n (RidgeRegression) the number of examples. Where a source gives no cost for an
answer, ``why`` says which cost it is graded against. About 40% of the answers are wrong; the real mistakes come
first, the rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked
by central finite differences (/tmp/f65/check_typed.py, outside the tree).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
BASE = (
    "public code index file 31378590365 (Markdown '## Base Formula' sheet: Mean Squared Error, Cross-Entropy Loss, "
    "Linear Regression, Logistic Regression; the index does not name its repository"
)
JHON = (
    "https://github.com/JhonSanz/llm_from_scratch/blob/05f5649293a31aa9f21c528ac2b0fa1c1221e909/explanation/"
    "logistic_regression.md (Spanish"
)
XT = (
    "https://github.com/xt0307vngame-commits/markdown/blob/bf9951a17be3656e5e8ebc78d039c6ec920a70a1/README.md "
    "(Vietnamese"
)
APACHECN = (
    "https://github.com/apachecn/ailearning/blob/47360a4c6168a74053cdfe72480c5ad195ddc714/blog/"
    "linear-logistic-mle.md (Chinese, '线性回归和逻辑回归的 MLE 视角'"
)
MEMO = "https://github.com/Tiancheng-Luo/Memo (sklearn.md, Chinese notes, '### 1.1.1普通最小二乘法'"
LFD = (
    "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the stored Learning From Data forum thread "
    "'Question on Regularization for Logistic Regression', melipone 02-16-2013, and yaser's reply"
)
CNDL = (
    "public code index file 17489407695 (Python script with Chinese notes '#%% 以逻辑回归为例子引入', logistic "
    "regression by the computation graph; the index does not name its repository"
)
RIDGECLS = (
    "public code index file 46785279660 (Python 'class RidgeRegression(LinearRegression)', compute_loss and "
    "compute_grad; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _lin_half_mean_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _log_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _log_sum_w_b(d):
    return -float(np.sum(_ll(sig(d.X @ d.w + d.b), d.y)))


def _log_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _lin_half_mean_theta01(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _lfd_penalty(d):
    return d.lam / (2 * d.m) * float(d.w @ d.w)


def _ridgecls_loss(d):
    r = d.y - (d.X @ d.w + d.b)
    return float(np.mean(r**2)) + float(d.w @ d.w)


def _ols_sq(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


# ------------------------------------------------------------------ texts the items share
_BASE_LIN = r"J(w,b) = {1 \over2m}\sum_{n=1}^{m}(w^Tx + b-y)^2"
_BASE_LIN_ONE = r"J(w,b) = {1 \over2m}\sum_{n=1}^{m}(f_{w,b}(x^{(i)})-y^{(i)})^2"
_BASE_LOG = r"J(w,b) = -{1 \over m}(y^{T}log(\hat{y})+(1-y)^{T}log(1-\hat{y}))"
_BASE_LOG_LETS = (r"\hat{y}=\sigma(z) = {1 \over 1 + e^{-(w^Tx + b)}}",)
_BASE_LIN_WHY = (
    "the sheet sums over n = 1…m but writes no index on w^Tx + b − y: the sum is over the examples, x the example's "
    "feature vector (a row of Data.X), w the weights, b the bias: 1/(2m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²"
)
_BASE_LOG_WHY = (
    "the vectorised cross-entropy: y and ŷ are m-vectors, ŷ = σ(wᵀx + b) for every row, i.e. σ(Xw + b) with X the "
    "design matrix (Data.X), w the weights, b the bias; log is the natural log"
)
_BASE_ONE_WHY = (
    "the sheet's 'Formula of a line' f(x)=wx+b: one feature x (Data.x), a scalar slope w and the bias b; the sum "
    "over n = 1…m is over the examples"
)

_JHON_COST = (
    r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_\theta(x^{(i)})) + (1 - y^{(i)}) "
    r"\log(1 - h_\theta(x^{(i)})) \right]"
)
_JHON_LETS = (r"h_\theta(x) = g(z) = \frac{1}{1 + e^{-z}}", r"z = \theta^T x")
_JHON_WHY = (
    "the notes' log-loss ('El truco matemático'): x⁽ⁱ⁾ the example's feature vector with x₀ = 1 (a row of Data.X), "
    "θ the coefficients (Data.theta), log natural"
)

_APACHE_LETS = (r"z = w^T x + b", r"a = \sigma(z)")

_LFD_COST = r"\frac{\lambda}{2N}\mathbf{w}^T\mathbf{w}"
_LFD_WHY = (
    "the regularization term the asker differentiates (the logistic error E_in it is added to is the lecture's and "
    "not written in the thread, so the answer is graded against the term alone); N is the number of examples "
    "(Data.m), w the weights, λ Data.lam"
)

_CN_COST = "J(w,b) = 1/m * sumi=1,mL(y_^,y)"
_CN_LETS = (
    "L(y_^, y)= - (y * logy_^ + (1-y) *log(1-y_^))",
    "y_^=sigmod(Z)",
    "Z = wx+b",
    "sigmod(Z) = 1/(1+exp(-Z))",
)
_CN_WHY = (
    "'sumi=1,m' is the sum Σ_{i=1}^{m} typed in plain text; L is the per-example cross-entropy the notes define "
    "just above, y_^ = σ(wᵀx + b) with x the example's features (a row of Data.X), w the weights, b the bias: the "
    "mean cross-entropy"
)
_CN_VEC_LETS = ("dZ = A-Y", "A = 1/exp(-Z)", "z = np.dot(w.T,x)+b")
_CN_VEC_WHY = (
    "in the '全改写' block x/X is features × examples (the transposed design matrix, Data.X.T), Y the label row, "
    "dz and dZ the same dZ, Z the z above; graded against the notes' J(w,b) = (1/m)ΣL"
)

_RIDGECLS_COST = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_RIDGECLS_LETS = ("Y_pred = X @ self.W + self.b", "n = X.shape[0]")
_RIDGECLS_WHY = (
    "Y is an n × 1 column, so the sum over axis 1 is the squared error of each row and the mean divides by n: "
    "(1/n)Σ(y − ŷ)² + ΣW_k²; the penalty has no lambda_ (the class's lambda_ = 0.1 appears only in the gradient); "
    "Y_pred comes from the base class LinearRegression (not in the file), read here as X @ W + b; X the design "
    "matrix (Data.X), self.W the weights (Data.w), self.b the bias"
)

COSTS: list[Cost] = [
    # ============================================================ notes
    Cost(
        id="f66-base-formula-linear-cost-w-b",
        source=BASE + ", '#### Cost of Linear Regression')",
        text=_BASE_LIN,
        intended=_lin_half_mean_w_b,
        wrt=("w_j", "b"),
        why=_BASE_LIN_WHY,
    ),
    Cost(
        id="f66-base-formula-logistic-cost-vectorised",
        source=BASE + ", '#### Cost of Logistic Regression')",
        text=_BASE_LOG,
        intended=_log_mean_w_b,
        wrt=("w_j", "b"),
        lets=_BASE_LOG_LETS,
        why=_BASE_LOG_WHY,
    ),
    Cost(
        id="f66-jhonsanz-es-log-loss-theta",
        source=JHON + ", 'Ahora un poema', the J(θ) under h_θ(x) = g(z))",
        text=_JHON_COST,
        intended=_log_mean_theta,
        wrt=("theta_j",),
        lets=_JHON_LETS,
        why=_JHON_WHY,
    ),
    Cost(
        id="f66-jhonsanz-es-squared-error-recalled",
        source=JHON + ", '### Función de costo': the linear-regression cost, with the line h_θ(x) = θ₀ + θ₁x)",
        text=r"J(\theta_0, \theta_1, \dots, \theta_n) = \frac{1}{2m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2",
        intended=_lin_half_mean_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta_0 + \theta_1 x",),
        why="the arguments list θ₀ … θₙ, but the hypothesis the notes give first is the one-feature line "
        "θ₀ + θ₁x: read with that line (x = Data.x), the cost is 1/(2m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)²",
    ),
    Cost(
        id="f66-xt0307-vi-cost-theta0-theta1",
        source=XT + ", '**Cost Function**:')",
        text=r"\mathcal{J}(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2",
        intended=_lin_half_mean_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta_0 + \theta_1x",),
        why="the README's own hypothesis ('**Linear Regression**'): one feature x (Data.x); \\mathcal{J} is J",
    ),
    Cost(
        id="f66-apachecn-zh-mle-cross-entropy-sum",
        source=APACHECN + ", '## 逻辑回归', 然后计算损失函数)",
        text=r"L = -\sum_i \log p_{Y|X}(y^{(i)}) \\ = -\sum_i(y^{(i)} \log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)}))",
        intended=_log_sum_w_b,
        wrt=("w_j", "b"),
        lets=(*_APACHE_LETS, r"p_{Y|X}(y) = a^y(1-a)^{1-y}"),
        why="a chain of two equal expressions joined by '\\\\' (a LaTeX line break): the negative log-likelihood of "
        "the Bernoulli model, written out as the summed cross-entropy (no 1/m); x⁽ⁱ⁾ a row of Data.X, w the "
        "weights, b the bias",
    ),
    Cost(
        id="f66-apachecn-zh-mle-least-squares-constants",
        source=APACHECN + ", '## 线性回归', 计算损失函数, the last line)",
        text=r"L = B \sum_i(y^{(i)} - z^{(i)})^2 + C",
        intended=None,
        wrt=("w_j", "b"),
        lets=(r"z = w^T x + b", r"f_{Y|X}(y) = A \exp(-B (y - z)^2), \, A, B > 0"),
        expect="refuse",
        why="B and C are constants the post leaves unspecified (B > 0 stands for 1/(2σ²), C collects log A terms): "
        "no value to differentiate with, and the post only uses the line to argue min L ⇔ min Σ(y − z)²",
    ),
    Cost(
        id="f66-memo-zh-ols-min-omega",
        source=MEMO + ", equation (1-1))",
        text=r"\underset{\omega}{\min}{||X\omega - y||_2}^2",
        intended=_ols_sq,
        wrt=("ω_j",),
        why="the objective inside the min: ‖Xω − y‖² = Σ(x⁽ⁱ⁾ᵀω − y⁽ⁱ⁾)², X the design matrix (Data.X), ω the "
        "coefficients (Data.w)",
    ),
    # ============================================================ Q&A
    Cost(
        id="f66-lfd-forum-penalty-lambda-over-2N",
        source=LFD + ": 'if I take the derivative of … for the regularization')",
        text=_LFD_COST,
        intended=_lfd_penalty,
        wrt=("w_j",),
        why=_LFD_WHY,
    ),
    # ============================================================ code with typed formulas
    Cost(
        id="f66-cn-notes-J-sum-of-L",
        source=CNDL + ", '# 适用于损失函数时，共m个组合', the first half of the J(w,b) line)",
        text=_CN_COST,
        intended=_log_mean_w_b,
        # judged by w_j only (fixf66's change to the collector's ("w_j", "b"), as f46's J(w, b) with σ(wx + b) was):
        # asked by b alone, the let's bare wx beside an x with no feature index is MLS's one-feature model, read so
        # with two notes, the second saying how to ask for a vector w (tests/test_wx_by_b.py holds both readings);
        # the notes' vectorised block, which makes w a vector, is not given to logderiv
        wrt=("w_j",),
        lets=_CN_LETS,
        why=_CN_WHY,
    ),
    Cost(
        id="f66-cn-notes-J-expanded-garbled",
        source=CNDL + ", the docstring's J(w,b) line, its second equality)",
        text="-1/m * sum([y(i)*y_^(i)+(1-y(i))*(1-y(i)_^)",
        intended=None,
        wrt=("w_j", "b"),
        lets=("y_^=sigmod(Z)", "Z = wx+b"),
        expect="refuse",
        why="the expansion has lost both logs (y·ŷ + (1 − y)(1 − ŷ) is not the cross-entropy it stands for) and "
        "its bracket '[' is never closed: it cannot be read as the cost meant",
    ),
    Cost(
        id="f66-ridgecls-compute-loss-no-lambda",
        source=RIDGECLS + ", def compute_loss)",
        text=_RIDGECLS_COST,
        intended=_ridgecls_loss,
        wrt=("W_j", "b"),
        lets=_RIDGECLS_LETS,
        why=_RIDGECLS_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f66-cn-notes-vectorised-dw-exp-not-sigmoid",
        source=CNDL + ", '# 全改写：' block, dw = …)",
        text="dw = 1/m * X * dz.T",
        cost=_CN_COST,
        verdict="different",
        wrt="w_j",
        lets=_CN_VEC_LETS,
        why="the block's activation is typed A = 1/exp(-Z), i.e. e^Z, not the sigmoid 1/(1+exp(-Z)): with that A, "
        "(1/m)X(A − Y)ᵀ is not the cross-entropy's gradient; " + _CN_VEC_WHY,
    ),
    Answer(
        id="f66-cn-notes-vectorised-db-exp-not-sigmoid",
        source=CNDL + ", '# 全改写：' block, db = …)",
        text="db = 1/m * np.sum(dZ)",
        cost=_CN_COST,
        verdict="different",
        wrt="b",
        lets=_CN_VEC_LETS,
        why="the same A = 1/exp(-Z) = e^Z: (1/m)Σ(e^{z} − y) is not (1/m)Σ(σ(z) − y); " + _CN_VEC_WHY,
    ),
    Answer(
        id="f66-cn-notes-dJ-dw-sum",
        source=CNDL + ", '# dJ(w,b)/dw =')",
        text="dJ(w,b)/dw = 1/m * sum(dL(a,y)/d(w)) = 1/m * sum[ X(i) * (a(i)-y(i))]",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("a=y_^", "y_^=sigmod(Z)", "Z = wx+b", "dL(a,y)/d(w) = x * (a-y)"),
        why="X(i) is example i's feature vector and a(i) = σ(wᵀx⁽ⁱ⁾ + b): (1/m)Σ(a − y)x⁽ⁱ⁾; " + _CN_WHY,
    ),
    Answer(
        id="f66-cn-notes-dJ-db-sum",
        source=CNDL + ", '# dJ(w,b)/db =')",
        text="dJ(w,b)/db =  1/m * sum(dL(a,y)/d(b)) = 1/m * sum[a(i)-y(i)]",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="b",
        lets=("a=y_^", "y_^=sigmod(Z)", "Z = wx+b", "dL(a,y)/d(b) = (a-y)"),
        why=_CN_WHY,
    ),
    Answer(
        id="f66-ridgecls-grad-w-lambda-not-in-loss",
        source=RIDGECLS + ", def compute_grad, grad_w =)",
        text="grad_w = (2/n)*((X.T) @ (Y_pred - Y)) + self.lambda_*2*self.W",
        cost=_RIDGECLS_COST,
        verdict="different",
        wrt="W_j",
        lets=_RIDGECLS_LETS,
        why="the loss's penalty is ΣW² with coefficient 1, whose gradient is 2W; the gradient scales it by lambda_ "
        "(0.1 by default), so the two agree only when lambda_ = 1; " + _RIDGECLS_WHY,
    ),
    Answer(
        id="f66-ridgecls-grad-b",
        source=RIDGECLS + ", def compute_grad, grad_b =)",
        text="grad_b = (2/n)*np.sum(Y_pred - Y,axis = 0)",
        cost=_RIDGECLS_COST,
        verdict="equivalent",
        wrt="b",
        lets=_RIDGECLS_LETS,
        why="b is not penalised: ∂/∂b of (1/n)Σ(y − ŷ)² is (2/n)Σ(ŷ − y); " + _RIDGECLS_WHY,
    ),
    Answer(
        id="f66-base-formula-dJ-dw-matrix",
        source=BASE + ", under '#### Cost of Logistic Regression')",
        text=r"{\partial J \over \partial w} = {1\over m}X^T(\hat{y}-y)",
        cost=_BASE_LOG,
        verdict="equivalent",
        wrt="w_j",
        lets=_BASE_LOG_LETS,
        why=_BASE_LOG_WHY,
    ),
    Answer(
        id="f66-base-formula-dJ-db-ones",
        source=BASE + ", under '#### Cost of Logistic Regression')",
        text=r"{\partial J \over \partial b} = {1\over m}1^T(\hat{y}-y)",
        cost=_BASE_LOG,
        verdict="equivalent",
        wrt="b",
        lets=_BASE_LOG_LETS,
        why="1ᵀ(ŷ − y) is the sum Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾); " + _BASE_LOG_WHY,
    ),
    Answer(
        id="f66-base-formula-linear-step-w",
        source=BASE + ", '#### Linear Gradient Descent', the bracket the w step multiplies by α)",
        text=r"{1 \over m}\sum_{n=1}^{m}(w^Tx + b-y)x",
        cost=_BASE_LIN,
        verdict="equivalent",
        wrt="w_j",
        why="the step w := w − α(…) uses the gradient (1/m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾; " + _BASE_LIN_WHY,
    ),
    Answer(
        id="f66-base-formula-linear-step-b",
        source=BASE + ", '#### Linear Gradient Descent', the bracket the b step multiplies by α)",
        text=r"{1 \over m}\sum_{n=1}^{m}(w^Tx + b-y)",
        cost=_BASE_LIN,
        verdict="equivalent",
        wrt="b",
        why=_BASE_LIN_WHY,
    ),
    Answer(
        id="f66-base-formula-linear-step-w-one-feature",
        source=BASE + ", '#### Linear Gradient Descent', graded against the '#### Mean Squared Error' line)",
        text=r"{1 \over m}\sum_{n=1}^{m}(w^Tx + b-y)x",
        cost=_BASE_LIN_ONE,
        verdict="equivalent",
        wrt="w",
        lets=("f(x)=wx+b",),
        why="with one feature the transpose of the scalar w is w itself: (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)x⁽ⁱ⁾; " + _BASE_ONE_WHY,
    ),
    Answer(
        id="f66-base-formula-linear-step-b-one-feature",
        source=BASE + ", '#### Linear Gradient Descent', graded against the '#### Mean Squared Error' line)",
        text=r"{1 \over m}\sum_{n=1}^{m}(w^Tx + b-y)",
        cost=_BASE_LIN_ONE,
        verdict="equivalent",
        wrt="b",
        lets=("f(x)=wx+b",),
        why=_BASE_ONE_WHY,
    ),
    Answer(
        id="f66-jhonsanz-es-resultado-final",
        source=JHON + ", 'resultado final')",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
        r"y^{(i)} \right) x_j^{(i)}",
        cost=_JHON_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_JHON_LETS,
        why=_JHON_WHY,
    ),
    Answer(
        id="f66-lfd-forum-lambda-over-N-w",
        source=LFD + ": 'I just add \\frac{\\lambda}{N}w to the gradient', confirmed by yaser)",
        text=r"\frac{\lambda}{N}\mathbf{w}",
        cost=_LFD_COST,
        verdict="equivalent",
        wrt="w_j",
        why="d/dw of (λ/2N)wᵀw is (λ/N)w; " + _LFD_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f66-cn-notes-vectorised-dw-sigmoid-restored",
        source=CNDL + "; variant: A = 1/(1+exp(-Z)), the notes' own sigmod)",
        text="dw = 1/m * X * dz.T",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("dZ = A-Y", "A = 1/(1+exp(-Z))", "z = np.dot(w.T,x)+b"),
        why="variant: with the sigmoid the notes define, (1/m)X(A − Y)ᵀ is Σ(σ − y)x⁽ⁱ⁾/m; " + _CN_VEC_WHY,
    ),
    Answer(
        id="f66-cn-notes-vectorised-db-sigmoid-restored",
        source=CNDL + "; variant: A = 1/(1+exp(-Z)), the notes' own sigmod)",
        text="db = 1/m * np.sum(dZ)",
        cost=_CN_COST,
        verdict="equivalent",
        wrt="b",
        lets=("dZ = A-Y", "A = 1/(1+exp(-Z))", "z = np.dot(w.T,x)+b"),
        why="variant: the sigmoid restored; " + _CN_VEC_WHY,
    ),
    Answer(
        id="f66-ridgecls-grad-w-lambda-dropped",
        source=RIDGECLS + "; variant: self.lambda_* dropped, matching the loss)",
        text="grad_w = (2/n)*((X.T) @ (Y_pred - Y)) + 2*self.W",
        cost=_RIDGECLS_COST,
        verdict="equivalent",
        wrt="W_j",
        lets=_RIDGECLS_LETS,
        why="variant: the penalty ΣW² (coefficient 1) gives 2W; " + _RIDGECLS_WHY,
    ),
    Answer(
        id="f66-base-formula-dJ-dw-matrix-sign-flipped",
        source=BASE + "; variant: y − ŷ for ŷ − y)",
        text=r"{\partial J \over \partial w} = {1\over m}X^T(y-\hat{y})",
        cost=_BASE_LOG,
        verdict="different",
        wrt="w_j",
        lets=_BASE_LOG_LETS,
        why="variant: the negative of the gradient (the ascent direction of the log-likelihood); " + _BASE_LOG_WHY,
    ),
    Answer(
        id="f66-base-formula-dJ-db-no-one-over-m",
        source=BASE + "; variant: the 1/m dropped)",
        text=r"{\partial J \over \partial b} = 1^T(\hat{y}-y)",
        cost=_BASE_LOG,
        verdict="different",
        wrt="b",
        lets=_BASE_LOG_LETS,
        why="variant: m times ∂J/∂b of the mean cost; " + _BASE_LOG_WHY,
    ),
    Answer(
        id="f66-base-formula-linear-step-w-over-2m",
        source=BASE + "; variant: 1/(2m) kept from the cost)",
        text=r"{1 \over 2m}\sum_{n=1}^{m}(w^Tx + b-y)x",
        cost=_BASE_LIN,
        verdict="different",
        wrt="w_j",
        why="variant: differentiating the square brings a 2 that cancels the ½; keeping 1/(2m) halves the gradient; "
        + _BASE_LIN_WHY,
    ),
    Answer(
        id="f66-jhonsanz-es-resultado-final-sign",
        source=JHON + "; variant: the sign of the per-example step (y − h) carried into the result)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} - "
        r"h_\theta(x^{(i)}) \right) x_j^{(i)}",
        cost=_JHON_COST,
        verdict="different",
        wrt="theta_j",
        lets=_JHON_LETS,
        why="variant: (y − h)x_j is the derivative of the bracket without the leading minus; J's gradient is its "
        "negative; " + _JHON_WHY,
    ),
    Answer(
        id="f66-jhonsanz-es-resultado-final-x-dropped",
        source=JHON + "; variant: x_j⁽ⁱ⁾ dropped)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - "
        r"y^{(i)} \right)",
        cost=_JHON_COST,
        verdict="different",
        wrt="theta_j",
        lets=_JHON_LETS,
        why="variant: without ∂z/∂θ_j = x_j⁽ⁱ⁾ every component gets the same value (right only for a θ₀ whose "
        "x₀ = 1, and Data.X has no ones column); " + _JHON_WHY,
    ),
    Answer(
        id="f66-lfd-forum-lambda-over-2N-w",
        source=LFD + "; variant: the 2 of the square not cancelled)",
        text=r"\frac{\lambda}{2N}\mathbf{w}",
        cost=_LFD_COST,
        verdict="different",
        wrt="w_j",
        why="variant: half the penalty's gradient; " + _LFD_WHY,
    ),
]

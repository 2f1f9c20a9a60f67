r"""A fresh held-out wave (f33): a mix as a random draw would give it — Q&A, code, and notes, in five languages.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and repositories no other corpus file uses:

* Q&A: the math.stackexchange question "Partial derivative in gradient descent for two variables" (its cost, with
  ``h_\theta`` and substituted); the cost a Korean Coursera-notes page writes with an undefined ``L`` (refused);
* code: a Vietnamese course notebook checking ``grad`` against a numerical gradient (cuongpiger/
  Machine_Learning_co_ban); a Spanish optimisation course's one-feature ``w * x + b`` loop (luise-phd/
  AlgoritmosDeOptimizacion); a data-science course solution whose gradient is ``X.T @ δ / nsamples`` (yoavram/
  DataSciPy); an R package's binomial and Poisson negative log-likelihoods (doccstat/fastcpd); a JavaScript class
  whose step ``X.transpose().dot(yHat.subtract(Y))`` drops the ``1/len`` its cost has (nabinchaulagain/
  leapfrog-assignments); a markdown lab with binary cross-entropy code (Ckhanoyan/deep-learning-from-scratch);
* notes and blogs: a Japanese blog on 『詳解ディープラーニング』 whose labels are ``t_n`` and predictions ``y_n``
  (zeema.hatenablog.com); a Spanish blog on gradient descent writing ``θ`` as a Unicode letter inside LaTeX
  (asimov.cloud); an RPubs note on the partial derivatives of the squared error; ethann's notes on regularised
  linear regression (``∇J(w)=2(X⊤Xw−X⊤y+λw)``, Unicode operators); Chinese notes on the UFLDL tutorial
  (fengshikun/stanford_dl_ex); a blog's NumPy sketch with ``dL/dw = -(2/n) X^T (y - y_hat)`` (rfvasile.github.io);
  a GitHub mirror of a one-feature ``f_{w,b}`` README (EliasNowak/LinearRegression); a Chinese notes page whose
  formula survives only as KaTeX's flattened text (553668.com, refused: ``1 2 ∑ i = 1 m`` is not readable).

One-feature models keep the source's letters: ``θ_0``/``θ_1`` are ``theta0``/``theta1`` with the feature ``x``;
a scalar slope ``w`` with ``b`` is ``w[0]`` and ``b`` (judge.py's _Data); a parameter vector named ``a``, ``b``
or ``weights`` in code is the weight vector ``w``. Where a source gives no cost formula for an answer (ethann,
the UFLDL notes, the JavaScript class), the ``cost`` is written out by hand from the source's model
and says so in ``why``. About half the answers are wrong; the real mistake (the JavaScript step) comes first, the
rest are one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked
against finite differences of the intended costs.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
MSE_70728 = (
    "https://math.stackexchange.com/questions/70728/partial-derivative-in-gradient-descent-for-two-variables "
    "(the question)"
)
KO_DLS = (
    "https://theintrance.github.io/deep-learning-specialization//ko/1_신경망_및_딥_러닝/02_신경망_기초/04_경사_하강법 "
    "(Korean notes on the Deep Learning Specialization, '경사 하강법', first display)"
)
CUONG = (
    "github:cuongpiger/Machine_Learning_co_ban:Chapter 12. Gradient descent/03.web - kiem tra dao ham.ipynb "
    "(Vietnamese course notebook, commit 5fc01e17909dffb1a14b0f03ec60fc6fad464580, cell 3"
)
LUISE = (
    "github:luise-phd/AlgoritmosDeOptimizacion:02 - Gradiente descendente por lotes.ipynb (Spanish optimisation "
    "course, commit 4cadf08fe9d23f098bd2d2eb6e3157456b6c9bd6, def entrenar_regresion_lineal"
)
YOAV = (
    "github:yoavram/DataSciPy:solutions/logistic-model.py (course solution, commit "
    "148abdf11cd47983df758b22e9fe089a78f44660"
)
FASTCPD = (
    "github:doccstat/fastcpd:R/neg_log_lik.R (R package, commit 1b655494b86bdbb47a2693bd2f05ae36382539e7, "
    "neg_log_lik"
)
JS = (
    "github:nabinchaulagain/leapfrog-assignments:final-project/js/LogisticRegression.js (commit "
    "09358103b08976a87c9bfea84794d53a1bd3fe7e, class LogisticRegression"
)
CKH = (
    "github:Ckhanoyan/deep-learning-from-scratch:basics/sigmoid_gradient.md (markdown lab, 'Health Insurance "
    "Approval Prediction' code"
)
ZEEMA = (
    "http://zeema.hatenablog.com/entry/2017/11/09/223026 (Japanese blog, '【式展開】2値分類問題における交差エントロピー"
    "誤差関数…', '交差エントロピー誤差関数の導出について'"
)
ASIMOV = (
    "https://asimov.cloud/blog/programacion-5/metodo-de-gradiente-descendente-lineal-conceptos-implementacion-en-"
    "python-y-mejores-practicas-491 (Spanish blog 'Método de Gradiente Descendente Lineal'"
)
RPUBS = (
    "https://rstudio-pubs-static.s3.amazonaws.com/54682_5bb088a5d578416f89b6a88bfd2803b7.html ('Partial "
    "Derivatives of Cost Function for Linear Regression'"
)
ETHANN = (
    "https://ethann.netlify.app/docs/regularized-linear-regression (notes 'Regularized Linear Regression', the "
    "gradient line; also at /notes/regularized-linear-regression)"
)
FENG = (
    "github:fengshikun/stanford_dl_ex:notes/LinearRegression.markdown (Chinese notes on the UFLDL tutorial, commit "
    "43e91d71ffa8bb68c63d2918187fc5fb245ddd0a, 'J(\\theta)对于某个参数\\theta_j的求法是')"
)
RFV = (
    "https://rfvasile.github.io/posts/experiments/linear_regression/ (blog, 'Solution (Python sketch)' loop"
)
ELIAS = (
    "https://702912.g0sbs.group/EliasNowak/LinearRegression (mirror of the GitHub README of EliasNowak/"
    "LinearRegression, 'cost function')"
)
CN_FLAT = (
    "https://553668.com/manong/619366.html (Chinese notes '机器学习算法进阶学习笔记——回归算法', '高斯对数似然与最小二乘', "
    "the flattened KaTeX text)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _half_mse_theta01(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _half_mse_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(r @ r) / d.m


def _mse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


def _mse_wb_one(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_mse_wb_one(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _ce_mean_w(d):
    return -float(np.mean(_ce(sig(d.X @ d.w), d.y)))


def _ce_mean_theta(d):
    return -float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _ce_sum_wb(d):
    return -float(np.sum(_ce(sig(d.X @ d.w + d.b), d.y)))


def _ce_mean_wb(d):
    return -float(np.mean(_ce(sig(d.X @ d.w + d.b), d.y)))


def _softplus_nll_w(d):
    u = d.X @ d.w
    return float(np.sum(-d.y * u + np.log1p(np.exp(u))))


def _poisson_nll_w(d):
    u = d.X @ d.w
    lfact = np.array([math.lgamma(v + 1.0) for v in d.y])
    return float(np.sum(-d.y * u + np.exp(u) + lfact))


def _sse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r)


def _mse_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / d.m


def _half_sse_theta(d):
    r = d.X @ d.theta - d.y
    return 0.5 * float(r @ r)


def _ridge_sse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the answers share
_J_70728_H = r"J(\theta_0,\theta_1) = \frac{1}{2m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})^2"
_CUONG_J = ".5/N*np.linalg.norm(y - Xbar.dot(w), 2)**2"
_CUONG_LETS = ("N = Xbar.shape[0]",)
_CUONG_WHY = "Xbar (the design matrix with its column of ones) is X; (1/(2N))‖y − Xw‖²"
_LUISE_J = "np.mean(error ** 2)"
_LUISE_LETS = ("error = y_pred - y", "y_pred = w * x + b")
_YOAV_J = "-logliks.mean()"
_YOAV_J_LETS = ("logliks = -Z * (1 - Y) - np.log(1 + np.exp(-Z))", "Z = X @ a")
_YOAV_G_LETS = ("δ = Yhat - Y", "Yhat = 1 / (1 + np.exp(-Z))", "Z = X @ a", "nsamples = Y.shape[0]")
_ASIMOV_J = r"J(θ) = \frac{1}{2m}\sum_{i=1}^{m}(h_θ(x^{(i)}) - y^{(i)})^2"
_ASIMOV_LETS = (r"h_θ(x) = θ_0 + θ_1x",)
_CKH_J = "-1/m * (np.dot(y, np.log(predictions)) + np.dot((1 - y), np.log(1 - predictions)))"
_CKH_LETS = ("predictions = sigmoid(logits)", "logits = np.dot(X, weights)", "sigmoid(z) = 1 / (1 + np.exp(-z))")
_RFV_J = "np.mean(error**2)"
_RFV_LETS = ("error = y - y_pred", "y_pred = X.dot(self.w)")
_RIDGE_BY_HAND = r"J(\mathbf{w}) = \|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2+\lambda\|\mathbf{w}\|^2"
_UFLDL_J = r"J(\theta) = \frac{1}{2}\sum_{i}(h_{\theta}(x^{(i)})-y^{(i)})^2"
_UFLDL_LETS = (r"h_\theta(x) = \sum_{j}\theta_j x_j = \theta x",)

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f33-mse70728-half-mse-h",
        source=MSE_70728 + ", 'The cost function for any guess of θ0,θ1 can be computed as')",
        text=_J_70728_H,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta_0+\theta_1x",),
    ),
    Cost(
        id="f33-mse70728-half-mse-substituted",
        source=MSE_70728 + ", 'If we substitute for h_θ(x)')",
        text=r"J(\theta_0,\theta_1) = \frac{1}{2m}\sum_{i=1}^m(\theta_0 + \theta_1x^{(i)} - y^{(i)})^2",
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
    ),
    Cost(
        id="f33-ko-dls-undefined-loss",
        source=KO_DLS,
        text=r"J(w, b) = \frac{1}{m}\sum_{i=1}^m L(\hat y^{(i)}, y^{(i)})",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="L and ŷ are not defined on the page (the loss is on the previous page): nothing to differentiate",
    ),
    # ============================================================ code
    Cost(
        id="f33-cuong-half-mse-norm",
        source=CUONG + ", def cost(w))",
        text=_CUONG_J,
        intended=_half_mse_w,
        wrt=("w_j",),
        lets=_CUONG_LETS,
        why=_CUONG_WHY,
    ),
    Cost(
        id="f33-luise-mse-one-feature",
        source=LUISE + ", loss = …)",
        text=_LUISE_J,
        intended=_mse_wb_one,
        wrt=("w", "b"),
        lets=_LUISE_LETS,
        why="w is the scalar slope of the one-feature model w·x + b",
    ),
    Cost(
        id="f33-yoav-cross-entropy-logodds",
        source=YOAV + ", def cross_entropy: return …)",
        text=_YOAV_J,
        intended=_ce_mean_w,
        wrt=("a_j",),
        lets=_YOAV_J_LETS,
        why="−mean(−z(1 − y) − log(1 + e^{−z})) is the mean cross-entropy of σ(z) (z(1 − y) + log(1 + e^{−z}) = "
        "−[y log σ(z) + (1 − y) log(1 − σ(z))]); the file's cross_entropy has Z = logodds(X, a), and its "
        "gradient_descent spells the same Z = X @ a, given here",
    ),
    Cost(
        id="f33-fastcpd-binomial-nll",
        source=FASTCPD + ", family == \"binomial\")",
        text="sum(-Y * u + log(1 + exp(u)))",
        intended=_softplus_nll_w,
        wrt=("b_j",),
        lets=("u <- as.numeric(X %*% b)",),
        why="b is the coefficient vector (not an intercept); Σ[−y u + log(1 + e^u)] is the summed logistic NLL",
    ),
    Cost(
        id="f33-fastcpd-poisson-nll",
        source=FASTCPD + ", family == \"poisson\")",
        text="sum(-Y * u + exp(u) + lfactorial(Y))",
        intended=_poisson_nll_w,
        wrt=("b_j",),
        lets=("u <- as.numeric(X %*% b)",),
        why="the Poisson NLL with log link; lfactorial(Y) = log Γ(Y + 1) is constant in b",
    ),
    Cost(
        id="f33-ckh-bce-code",
        source=CKH + ", def compute_loss)",
        text=_CKH_J,
        intended=_ce_mean_w,
        wrt=("weights_j",),
        lets=_CKH_LETS,
        why="the code's model has no bias: logits = X·weights; −(1/m)(y·log p + (1 − y)·log(1 − p))",
    ),
    # ============================================================ notes and blogs
    Cost(
        id="f33-zeema-ce-t-labels",
        source=ZEEMA + ", E(w, b) の二行目)",
        text=r"- \sum_{n=1}^{N}{t_nlogy_n+(1-t_n)log(1-y_n)}",
        intended=_ce_sum_wb,
        wrt=("w_j", "b"),
        lets=(r"y := \sigma(w^{T}x+b)",),
        why="the labels are t_n (d.y here) and y_n = σ(wᵀx_n + b) the predictions; the braces only group, so the "
        "sum runs over both terms: −Σ[t_n log y_n + (1 − t_n) log(1 − y_n)]",
    ),
    Cost(
        id="f33-asimov-half-mse-unicode-theta",
        source=ASIMOV + ", '1. ¿Qué es el Gradiente Descendente?')",
        text=_ASIMOV_J,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=_ASIMOV_LETS,
        why="θ is a Unicode letter inside the LaTeX",
    ),
    Cost(
        id="f33-rpubs-sse",
        source=RPUBS + ", 'This is the cost function in its simplest form')",
        text=r"J(\theta) = \sum\limits_{i=1}^m (h_{\theta}(x^{(i)}) - y^{(i)})^2",
        intended=_sse_theta,
        lets=(r"h_{\theta} = \theta^Tx",),
    ),
    Cost(
        id="f33-rpubs-mse",
        source=RPUBS + ", 'To get the mean of the squared errors')",
        text=r"J(\theta) = \frac{1}{m}\sum\limits_{i=1}^m (h_{\theta}(x^{(i)}) - y^{(i)})^2",
        intended=_mse_theta,
        lets=(r"h_{\theta} = \theta^Tx",),
    ),
    Cost(
        id="f33-rfv-mse-code",
        source=RFV + ", L = np.mean(error**2) + self.regularization(self.w), the data term)",
        text=_RFV_J,
        intended=_mse_w,
        wrt=("w_j",),
        lets=_RFV_LETS,
        why="the line's data term only (the regularizer is an object defined elsewhere); the intercept is folded "
        "into w as the page says",
    ),
    Cost(
        id="f33-elias-half-mse-fwb",
        source=ELIAS,
        text=r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2",
        intended=_half_mse_wb_one,
        wrt=("w", "b"),
        lets=(r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",),
        why="the sum runs over the m examples, indexed from 0",
    ),
    Cost(
        id="f33-cn-flattened-katex",
        source=CN_FLAT,
        text="J ( θ ) = 1 2 ∑ i = 1 m ( h θ ( x ( i ) ) − y ( i ) ) 2",
        intended=None,
        expect="refuse",
        why="KaTeX's flattened text: '1 2' could be 12 or ½, '( i )' superscripts and the trailing '2' exponent "
        "are indistinguishable from factors — genuinely ambiguous",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ the real mistake first
    Answer(
        id="f33-js-step-missing-mean",
        source=JS + ", train: const delta = …, against calcCost's (-1 / len) * crossEntropy(preds, Y))",
        text="X.transpose().dot(yHat.subtract(Y))",
        cost="logistic",
        verdict="different",
        lets=("yHat = this.predictMany(X, false)", "result = X.dot(this.params).applyFunc(sigmoid)",
              "sigmoid(x) = 1 / (1 + Math.exp(-x))"),
        why="real: calcCost is the MEAN cross-entropy (−1/len)·Σ, but the step uses Xᵀ(ŷ − y) without the 1/len — "
        "len times its gradient (this.params is θ, each row of X has a leading 1; predictMany returns result; crossEntropy is in another file, "
        "read as Σ[y log p + (1 − y) log(1 − p)])",
    ),
    # ============================================================ code
    Answer(
        id="f33-yoav-grad",
        source=YOAV + ", def gradient_descent: grad = …)",
        text="X.T @ δ / nsamples",
        cost=_YOAV_J,
        verdict="equivalent",
        wrt="a_j",
        lets=_YOAV_J_LETS[:1] + _YOAV_G_LETS,
        why="(1/m)Xᵀ(σ(Xa) − y), the gradient of the mean cross-entropy",
    ),
    Answer(
        id="f33-yoav-grad-no-mean-variant",
        source=YOAV + ", grad with '/ nsamples' dropped — a variant)",
        text="X.T @ δ",
        cost=_YOAV_J,
        verdict="different",
        wrt="a_j",
        lets=_YOAV_J_LETS[:1] + _YOAV_G_LETS,
        why="variant: m times the gradient of the mean",
    ),
    Answer(
        id="f33-cuong-grad",
        source=CUONG + ", def grad(w))",
        text="1/N * Xbar.T.dot(Xbar.dot(w) - y)",
        cost=_CUONG_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CUONG_LETS,
        why=_CUONG_WHY + "; its gradient is (1/N)Xᵀ(Xw − y) (the notebook's numerical check prints True)",
    ),
    Answer(
        id="f33-cuong-grad-sign-variant",
        source=CUONG + ", def grad(w) with the residual reversed — a variant)",
        text="1/N * Xbar.T.dot(y - Xbar.dot(w))",
        cost=_CUONG_J,
        verdict="different",
        wrt="w_j",
        lets=_CUONG_LETS,
        why="variant: minus the gradient",
    ),
    Answer(
        id="f33-cuong-grad-no-mean-variant",
        source=CUONG + ", def grad(w) with the 1/N dropped — a variant)",
        text="Xbar.T.dot(Xbar.dot(w) - y)",
        cost=_CUONG_J,
        verdict="different",
        wrt="w_j",
        lets=_CUONG_LETS,
        why="variant: N times the gradient of the half mean",
    ),
    Answer(
        id="f33-luise-dw",
        source=LUISE + ", dw = …)",
        text="(2/n) * np.dot(error, x)",
        cost=_LUISE_J,
        verdict="equivalent",
        wrt="w",
        lets=_LUISE_LETS + ("n = len(x)",),
        why="∂/∂w mean((wx + b − y)²) = (2/n)Σ(wx + b − y)x",
    ),
    Answer(
        id="f33-luise-dw-sign-variant",
        source=LUISE + ", dw with a minus in front — a variant)",
        text="-(2/n) * np.dot(error, x)",
        cost=_LUISE_J,
        verdict="different",
        wrt="w",
        lets=_LUISE_LETS + ("n = len(x)",),
        why="variant: error = y_pred − y already, so the minus makes it minus the gradient",
    ),
    Answer(
        id="f33-luise-db",
        source=LUISE + ", db = …)",
        text="(2/n) * np.sum(error)",
        cost=_LUISE_J,
        verdict="equivalent",
        wrt="b",
        lets=_LUISE_LETS + ("n = len(x)",),
    ),
    Answer(
        id="f33-luise-db-half-variant",
        source=LUISE + ", db with 2/n written 1/n — a variant)",
        text="(1/n) * np.sum(error)",
        cost=_LUISE_J,
        verdict="different",
        wrt="b",
        lets=_LUISE_LETS + ("n = len(x)",),
        why="variant: the loss is the plain mean (no ½), so the factor 2 stays",
    ),
    Answer(
        id="f33-ckh-grad",
        source=CKH + ", def compute_gradient)",
        text="(1/m) * np.dot(X.T, (predictions - y))",
        cost=_CKH_J,
        verdict="equivalent",
        wrt="weights_j",
        lets=_CKH_LETS,
    ),
    Answer(
        id="f33-ckh-grad-sign-variant",
        source=CKH + ", compute_gradient with y − predictions — a variant)",
        text="(1/m) * np.dot(X.T, (y - predictions))",
        cost=_CKH_J,
        verdict="different",
        wrt="weights_j",
        lets=_CKH_LETS,
        why="variant: the gradient of the log-likelihood, minus that of this loss",
    ),
    # ============================================================ notes and blogs
    Answer(
        id="f33-asimov-dtheta0",
        source=ASIMOV + ", '2. Derivación del Gradiente', ∂J/∂θ_0)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_θ(x^{(i)})-y^{(i)})",
        cost=_ASIMOV_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_ASIMOV_LETS,
    ),
    Answer(
        id="f33-asimov-dtheta0-half-variant",
        source=ASIMOV + ", ∂J/∂θ_0 with the 1/(2m) of J kept — a variant)",
        text=r"\frac{1}{2m}\sum_{i=1}^{m}(h_θ(x^{(i)})-y^{(i)})",
        cost=_ASIMOV_J,
        verdict="different",
        wrt="theta_0",
        lets=_ASIMOV_LETS,
        why="variant: the 2 from the square cancels the 2 of 2m; this is half the gradient",
    ),
    Answer(
        id="f33-asimov-dtheta1",
        source=ASIMOV + ", '2. Derivación del Gradiente', ∂J/∂θ_1)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_θ(x^{(i)})-y^{(i)})x^{(i)}",
        cost=_ASIMOV_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_ASIMOV_LETS,
    ),
    Answer(
        id="f33-asimov-dtheta1-x-dropped-variant",
        source=ASIMOV + ", ∂J/∂θ_1 with the factor x^{(i)} dropped — a variant)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_θ(x^{(i)})-y^{(i)})",
        cost=_ASIMOV_J,
        verdict="different",
        wrt="theta_1",
        lets=_ASIMOV_LETS,
        why="variant: that is ∂J/∂θ_0; the chain factor ∂h/∂θ_1 = x^{(i)} is missing",
    ),
    Answer(
        id="f33-ethann-ridge-grad",
        source=ETHANN,
        text="∇J(w)=2(X⊤Xw−X⊤y+λw)",
        cost=_RIDGE_BY_HAND,
        verdict="equivalent",
        wrt="w_j",
        why="the page gives no J; the ridge objective its closed form (X⊤X+λI)^{-1}X⊤y minimises, ‖Xw − y‖² + "
        "λ‖w‖², is written by hand; Unicode ⊤ and minus signs as on the page",
    ),
    Answer(
        id="f33-ethann-ridge-penalty-undoubled-variant",
        source=ETHANN + " — the 2 kept off the penalty, a variant",
        text="∇J(w)=2(X⊤Xw−X⊤y)+λw",
        cost=_RIDGE_BY_HAND,
        verdict="different",
        wrt="w_j",
        why="variant: ∂(λ‖w‖²)/∂w = 2λw, not λw",
    ),
    Answer(
        id="f33-feng-ufldl-grad",
        source=FENG,
        text=r"\sum_{i}x_{j}^{i}(h_{\theta}(x^{i})-y^{(i)})",
        cost=_UFLDL_J,
        verdict="equivalent",
        lets=_UFLDL_LETS,
        why="the notes give h but not J; the UFLDL tutorial's J(θ) = ½Σ_i(h_θ(x^{(i)}) − y^{(i)})² is written by "
        "hand; x_j^i (no parentheses) is feature j of example i",
    ),
    Answer(
        id="f33-feng-ufldl-grad-mean-variant",
        source=FENG + " — with a 1/m added, a variant",
        text=r"\frac{1}{m}\sum_{i}x_{j}^{i}(h_{\theta}(x^{i})-y^{(i)})",
        cost=_UFLDL_J,
        verdict="different",
        lets=_UFLDL_LETS,
        why="variant: UFLDL's J is the half SUM of squares, so there is no 1/m",
    ),
    Answer(
        id="f33-rfv-grad-code",
        source=RFV + ", dL_dw = …)",
        text="-2 * X.T.dot(error) / X.shape[0]",
        cost=_RFV_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RFV_LETS,
        why="−(2/n)Xᵀ(y − Xw), the gradient of the mean squared error (regularizer term left out as in the cost)",
    ),
    Answer(
        id="f33-rfv-grad-sign-variant",
        source=RFV + ", dL_dw with the leading minus dropped — a variant)",
        text="2 * X.T.dot(error) / X.shape[0]",
        cost=_RFV_J,
        verdict="different",
        wrt="w_j",
        lets=_RFV_LETS,
        why="variant: error = y − ŷ here, so without the minus it is minus the gradient",
    ),
]

r"""A fresh held-out wave (f20): course notes, lecture notes and course exercises, many not in English.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* LaTeX: Chinese study notes (a 西瓜书 notebook with E_{(w,b)}, \cdots expansions and ``mb`` for m·b; Andrew
  Ng notes in Chinese whose update rule drops the 1/m; a blog with ``{1\over m}`` inside ``\begin{equation}``;
  a log-likelihood typed with en dashes for minus), CS229-style lecture notes (½Σ, matrix form with
  \vec{y}), Spanish ridge notes (β, \min_\beta, norms, α with an intercept b);
* code: Portuguese course code (NumPy with a lower-case design matrix ``x``, Octave ``sigmoide`` and
  ``transpose``, a hard-coded /30), a Spanish university practice (``rows(X)``, a 1e-15 guard inside the log,
  a masked ridge term), an inline-sigmoid Octave file, a Russian Poisson-regression notebook
  (``special.xlogy``), an Italian author's NumPy linear regression;
* refusals: text whose backslashes or MathML were lost in scraping, a stray factor, an L1 penalty.

About a third of the answers are wrong; the real wrong ones are an update rule that lost its 1/m and a
stochastic (one-example) step given for a batch cost; the others are one-slip variants of real answers on the
same page, each marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``; for an update rule, the factor after α); ``cost`` and ``lets`` are the
same source's, verbatim. Verdicts were worked out by hand; logderiv was not run. Files of the public code index
whose repository the index does not name are cited by the index's file id and the file's own heading.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEX3Z = (
    "https://blog.nex3z.com/2020/08/13/ml-notes-logistic-%E5%9B%9E%E5%BD%92/ ('ML Notes: Logistic 回归', "
    "# 3. 最大似然估计, eq. (8); f from eq. (1))"
)
LIHAORAN = "https://lihaoran.work/logistic-regression ('逻辑回归 (Logistic Regression)', Cost function, Gradient Descent)"
THALMENOCH = "github:Thalmenoch/Linear-regression:breast_cancer/regressao_logistica.py"
GABRIEL = "github:gabrielpiovanisantos/AM:funcaoCusto.m ('%FUNCAOCUSTO Calcula o custo da regressao logistica')"
OCT_INLINE = (
    "GitHub Octave 'function [J, grad] = costFunction(theta, X, y)' with the sigmoid written inline as "
    "1./(1+exp(-theta'*X')) (public code index file 6769201883; the index names no repository)"
)
HARDPROXY = "github:HardProxy/Machine_Learning_Octave:Multiclassification_(Logistic_Regression)/Logistic_Regression.m"
ARRANZ = "github:arranzropablo/Aprendizaje-automatico:proyecto/reglogistica/costereg.m"
HAZEOVICH = "github:Hazeovich/Methods_ML:Logistic regression/Poisson_regression.ipynb (class PoissonRegression)"
GITEE_XIGUA = (
    "https://huggingface.co/datasets/nyuuzyou/gitee-code (a Gitee Jupyter notebook on 西瓜书 一元线性回归: "
    "'现在对$w$和$b$分别求偏导')"
)
SIMDANGELO = "github:simdangelo/MachineLearning (linear regression notebook after Aladdin Persson, class LinearRegression)"
ROBERTOSAM = "github:RobertoSam/Regresion-Regularizada (notebook 'Regresión Ridge: Teoría y Aplicación')"
KDM = "https://k-dm.work/es/basic/regression/ridge_and_lasso (Formulación matemática)"
STEMKB = "https://stemkb.andreaminini.com/machine-learning/regressione-logistica ('Regressione logistica')"
MCORNE = "https://mcorne.blogspot.com/2023/05/perceptron-et-descente-de-gradient.html ('Perceptron et descente de gradient')"
ZOUKANKAN = "http://t.zoukankan.com/smallredness-p-11027873.html (损失函数 / 偏导数, a scraped copy)"
CS229NOTES = (
    "GitHub Markdown '# Lec 2 — Linear regression, LMS, normal equations', ## Derivations (public code index file "
    "63138535217; the index names no repository)"
)
ZHNOTES2 = (
    "GitHub Markdown '# 04 logistics回归' (Chinese notes on Andrew Ng's course, the version with indexed terms and "
    "a '## 矩阵格式计算推导' section; public code index file 12140548066; the index names no repository)"
)
ZHNOTES1 = (
    "GitHub Markdown '# 04 logistics回归' (the earlier version of the same notes, its sum's terms written without "
    "the example index; public code index file 12275300226; the index names no repository)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll_sum_w(d):
    p = sig(d.X @ d.w)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_over_30_w(d):
    p = sig(d.X @ d.w)
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) / 30.0)


def _ce_eps_reg_skip_first(d):
    p = sig(d.X @ d.theta)
    data = np.mean(-d.y * np.log(p) - (1 - d.y) * np.log((1 + 1e-15) - p))
    return float(data + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2))


def _poisson_dev_mean_l2(d):
    yp = np.exp(d.X @ d.theta + d.b)
    return float(np.mean(d.y * np.log(d.y / yp) - d.y + yp) + d.lam / 2 * np.sum(d.theta**2))


def _sse_one_wb(d):
    return float(np.sum((d.y - d.w[0] * d.x - d.b) ** 2))


def _mse_w(d):
    return float(np.mean((d.X @ d.w - d.y) ** 2))


def _ridge_beta(d):
    return float(np.sum((d.y - d.X @ d.beta) ** 2) + d.lam * np.sum(d.beta**2))


def _ridge_beta_b(d):
    return float(np.sum((d.y - (d.X @ d.beta + d.b)) ** 2) + d.lam * np.sum(d.beta**2))


def _half_sse_theta(d):
    return float(0.5 * np.sum((d.X @ d.theta - d.y) ** 2))


# ------------------------------------------------------------------ shared texts
_NEX3Z_L = (
    r"\sum_{i=1}^m y^{(i)} \log f(\boldsymbol{x}^{(i)}) + (1 – y^{(i)}) \log \big(1 – "
    r"f(\boldsymbol{x}^{(i)})\big)"
)
_NEX3Z_LETS = (
    r"f(\boldsymbol{x}) = g(\boldsymbol{w}^\mathrm{T} \boldsymbol{x}) = \frac{1}{1 + "
    r"e^{-\boldsymbol{w}^\mathrm{T} \boldsymbol{x}}} \tag{1}",
)
_LIH_J = (
    r"\begin{equation}J(\theta)=-{1\over m}\sum_{i=1}^m{(y^{(i)}log(h_\theta(x^{(i)}))+(1-y^{(i)})"
    r"log(1-h_\theta(x^{(i)})))}\end{equation}"
)
_LIH_LETS = (r"h_\theta(x)={1\over 1+e^{-\theta^Tx}}",)
_THAL_J = "(-1/m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))"
_THAL_LETS = ("m = len(y)", "h = sigmoid(np.dot(x, theta))")
_GAB_J = (
    "(1/m) * sum(-transpose(y) * log(sigmoide(X * theta)) - (1 - transpose(y)) * log(1 - sigmoide(X * theta)))"
)
_GAB_LETS = ("m = length(y);",)
_OCTI_J = "1./m*sum((-y'.*log(1./(1+exp(-theta'*X'))))-((1-y)'.*log(1-1./(1+exp(-theta'*X')))))"
_OCTI_LETS = ("m = length(y);",)
_XIGUA_E = r"E_{(w,b)} = \sum_{i=1}^m(y_i-wx_i-b)^2"
_SIMD_L = "1/self.m * np.sum(np.power(yhat - y, 2))"
_SIMD_LETS = ("yhat = self.y_hat(X,w)", "self.y_hat(X, w) = np.dot(X, w)", "self.m = X.shape[0]")
_CS229_J = r"J(\theta) = \frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
_CS229_JM = r"J(\theta) = \frac{1}{2}(X\theta - \vec{y})^T(X\theta - \vec{y})"
_ZH2_J = (
    r"J(\theta)=\frac{1}{m}\sum_{i=1}^{m}Cost(h_\theta(x^{(i)}),y^{(i)})=\frac{1}{m}[\sum_{i=1}^{m}-y^{(i)} "
    r"log(h_\theta(x^{(i)}))-(1-y^{(i)})log(1-h_\theta(x^{(i)}))]"
)
_ZH1_J = (
    r"J(\theta)=\frac{1}{m}\sum_{i=1}^{m}Cost(h_\theta(x^{(i)}),y^{(i)})=\frac{1}{m}[\sum_{i=1}^{m}-y "
    r"log(h_\theta(x))-(1-y)log(1-h_\theta(x))]"
)
_ZH_LETS = (
    r"Cost(h_\theta(x^{(i)}),y^{(i)}) = -y log(h_\theta(x))-(1-y)log(1-h_\theta(x))",
    r"h_\theta(z) = \frac{1}{1+e^{-z}}",
    r"z = g(x)",
    r"g(x) = x*\theta",
)
_ZH_STEP = r"\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"

COSTS: list[Cost] = [
    # ============================================================ LaTeX
    Cost(
        id="f20-nex3z-loglik-en-dash-minus",
        source=NEX3Z + " (the second row of the aligned display, after '&= ')",
        text=_NEX3Z_L,
        intended=_ll_sum_w,
        wrt=("w_j",),
        lets=_NEX3Z_LETS,
        why="the log-likelihood l(w) itself (to be maximised; the page defines J = −l later): the minus signs in "
        "'1 – y' are EN DASHES (U+2013) as the page has them; the sum has no brackets but its scope covers both "
        "terms (both carry i); f = σ(wᵀx) with the intercept absorbed (x₀ = 1)",
    ),
    Cost(
        id="f20-lihaoran-J-over-inside-equation",
        source=LIHAORAN + " (Cost function; h from Hypothesis, its first equality)",
        text=_LIH_J,
        intended=_ce_mean_theta,
        lets=_LIH_LETS,
        why="TeX's {1\\over m} for 1/m, the whole display wrapped in \\begin{equation}…\\end{equation}, the sum's "
        "argument in a brace group, log without a backslash: the mean cross-entropy",
    ),
    Cost(
        id="f20-xigua-E-wb-sum",
        source=GITEE_XIGUA + " (the first display, its first side)",
        text=_XIGUA_E,
        intended=_sse_one_wb,
        wrt=("w", "b"),
        why="one-feature linear regression (西瓜书 3.1): scalar w, x_i the single feature; a plain sum of squares, "
        "no 1/m; E_{(w,b)} names the function by a subscript",
    ),
    Cost(
        id="f20-xigua-E-wb-cdots-expansion",
        source=GITEE_XIGUA + " (the first display, whole)",
        text=_XIGUA_E + r" = (y_1-wx_1-b)^2 + \cdots + (y_m-wx_m-b)^2",
        intended=_sse_one_wb,
        wrt=("w", "b"),
        why="a chain whose last side spells the sum out with \\cdots between the first and the m-th term; both "
        "sides are the same sum of squares",
    ),
    Cost(
        id="f20-cs229notes-J-half-sum-no-m",
        source=CS229NOTES + " ('- Cost Function:')",
        text=_CS229_J,
        intended=_half_sse_theta,
        why="LMS notes: h_θ(x) = θᵀx (the lecture's linear hypothesis, not restated in the file); ½ of the sum "
        "of squares, no 1/m",
    ),
    Cost(
        id="f20-zhnotes-J-cost-chain-indexed",
        source=ZHNOTES2 + " ('综上，' display; Cost, h and z from the lines above it, g from 矩阵格式计算推导)",
        text=_ZH2_J,
        intended=_ce_mean_theta,
        lets=_ZH_LETS,
        why="a chain J = (1/m)ΣCost(…) = (1/m)[Σ −y log h − (1−y) log(1−h)]: the brackets hold the whole sum, "
        "log without a backslash; h_θ is the sigmoid of g(x) = xθ (the let chain h(z), z = g(x), g = xθ)",
    ),
    Cost(
        id="f20-zhnotes-J-cost-chain-unindexed",
        source=ZHNOTES1 + " ('综上，' display)",
        text=_ZH1_J,
        intended=_ce_mean_theta,
        lets=_ZH_LETS,
        why="the same chain as the later version, but the summed terms are written -y log(h_θ(x)) without the "
        "example index (i): read as the per-example term, i.e. the same mean cross-entropy (the first side of "
        "the chain, with x^{(i)}, y^{(i)}, says so)",
    ),
    Cost(
        id="f20-robertosam-ridge-min-beta-p",
        source=ROBERTOSAM + " (## 🧱 Ridge Regression, 'Ecuación objetivo')",
        text=r"\min_\beta \sum_{i=1}^n (y_i - X_i^T \beta)^2 + \lambda \sum_{j=1}^p \beta_j^2",
        intended=_ridge_beta,
        wrt=("beta_j",),
        why="the objective under \\min_\\beta: n counts the examples, p the coefficients (all of β penalised), X_i "
        "row i; a plain sum of squares plus λΣβⱼ²",
    ),
    Cost(
        id="f20-robertosam-ridge-norms-text-min",
        source=ROBERTOSAM + " (## 2. Fundamento teórico, 'La regresión Ridge minimiza:')",
        text=r"\text{min} \left\{ \| y - X\beta \|^2 + \lambda \|\beta\|_2^2 \right\}",
        intended=_ridge_beta,
        wrt=("beta_j",),
        why="the same ridge objective with norms: ‖y − Xβ‖² + λ‖β‖₂² inside \\left\\{ … \\right\\} after a "
        "\\text{min}",
    ),
    Cost(
        id="f20-kdm-ridge-beta-b-alpha-lVert",
        source=KDM + " ('- Ridge')",
        text=r"\min_{\boldsymbol\beta, b} \sum_{i=1}^{n} \left(y_i - (\boldsymbol\beta^\top \mathbf{x}_i + b)"
        r"\right)^2 + \alpha \lVert \boldsymbol\beta \rVert_2^2",
        intended=_ridge_beta_b,
        wrt=("beta_j", "b"),
        why="α is the penalty strength (lam); the intercept b is not penalised; \\boldsymbol\\beta without braces, "
        "\\lVert…\\rVert_2^2 the squared L2 norm",
    ),
    # ============================================================ code
    Cost(
        id="f20-thalmenoch-custo-lowercase-x-matrix",
        source=THALMENOCH + " (def calcular_custo: custo = …; m and h from the lines above it)",
        text=_THAL_J,
        intended=_ce_mean_theta,
        lets=_THAL_LETS,
        why="Portuguese course code: the design matrix is the lower-case x (m×n), so np.dot(x, theta) is Xθ; "
        "the mean cross-entropy",
    ),
    Cost(
        id="f20-gabriel-octave-sigmoide-transpose",
        source=GABRIEL + " (J = …; m from the line above)",
        text=_GAB_J,
        intended=_ce_mean_theta,
        lets=_GAB_LETS,
        why="sigmoide is the course's (Portuguese) name for the sigmoid; transpose(y) * log(…) is an inner "
        "product (1×m · m×1), so sum(…) of that scalar is itself: the mean cross-entropy",
    ),
    Cost(
        id="f20-hardproxy-octave-over-30",
        source=HARDPROXY + " (l = … '%Função de custo'; h from the line above it, '%Sigmoid')",
        text="-(y'*log(h) + (1-y)'*log(1 - h))/30",
        intended=_ce_over_30_w,
        wrt=("w_j",),
        lets=("h = 1./(1 + exp(-data*w));",),
        why="the design matrix is called data (ones column prepended); the author hard-codes his 30 examples: "
        "the summed cross-entropy divided by the constant 30 (not by m)",
    ),
    Cost(
        id="f20-arranz-costereg-eps-in-log-masked-ridge",
        source=ARRANZ + " (J = …; valhipotesis, m, valory0, valory1 from the lines above it)",
        text="(1/m)*(valory0-valory1) + (lambda/(2*m)) * [0;theta(2:rows(theta),:)]' * [0;theta(2:rows(theta),:)]",
        intended=_ce_eps_reg_skip_first,
        lets=(
            "valhipotesis = sigmoide(X*theta);",
            "m = rows(X);",
            "valory0 = (-y' * log(valhipotesis));",
            "valory1 = ((1-y)' * log((1 + 1e-15)-valhipotesis));",
        ),
        why="Spanish university practice: the second log is log((1 + 1e-15) − h), a guard the authors added "
        "(it is part of the cost as written); [0; θ(2:end)]'·[0; θ(2:end)] is Σ_{j≥2} θⱼ² (intercept not "
        "penalised); m = rows(X) is the number of examples",
    ),
    Cost(
        id="f20-hazeovich-poisson-xlogy-code",
        source=HAZEOVICH + " (def loss: return …; y_predict and m from the lines above it, predict's return line)",
        text="1/m * (special.xlogy(y, (y / y_predict)) - y + y_predict).sum() + self.alpha/2 * "
        "(np.power(self._theta, 2).sum())",
        intended=_poisson_dev_mean_l2,
        wrt=("theta_j",),
        lets=("y_predict = self.predict(X)", "self.predict(X) = np.exp(X @ self._theta + self._bias)", "m = len(y)"),
        why="Poisson regression (log link): special.xlogy(y, y/ŷ) is y·log(y/ŷ); the mean half-deviance "
        "(1/m)Σ(y log(y/ŷ) − y + ŷ) plus (α/2)Σθ² with α the regularisation strength (lam) and the bias "
        "self._bias (= b) not penalised",
    ),
    Cost(
        id="f20-simdangelo-loss-np-power",
        source=SIMDANGELO + " (def loss: L = …; yhat from main(), y_hat's return line, self.m from main())",
        text=_SIMD_L,
        intended=_mse_w,
        wrt=("w_j",),
        lets=_SIMD_LETS,
        why="the mean squared error (no ½) of Xw; the ones column is appended to X so w absorbs the intercept",
    ),
    # ============================================================ refusals
    Cost(
        id="f20-kdm-lasso-l1-norm",
        source=KDM + " ('- Lasso')",
        text=r"\min_{\boldsymbol\beta, b} \sum_{i=1}^{n} \left(y_i - (\boldsymbol\beta^\top \mathbf{x}_i + b)"
        r"\right)^2 + \alpha \lVert \boldsymbol\beta \rVert_1",
        intended=None,
        expect="refuse",
        why="an L1 penalty ‖β‖₁ = Σ|βⱼ|: not differentiable at 0, out of scope",
    ),
    Cost(
        id="f20-stemkb-max-L-stray-factor-x",
        source=STEMKB + " (the 'max L(W)' display)",
        text=r"max \: L(W) = \sum_{i=1}^N y_i \log f(z_{(i)}) (x) + (1-y_i) \log (1-f(z_{(i)}))",
        intended=None,
        expect="refuse",
        why="'\\log f(z_{(i)}) (x)' has a stray (x) after f(z_(i)): a factor x, or a leftover of f(x)? A careful "
        "reader cannot tell which function is meant (and the sum's scope is unbracketed)",
    ),
    Cost(
        id="f20-mcorne-mathml-flattened",
        source=MCORNE + " ('Rappel des fonctions de classification, activation et coût', the L line)",
        text="L=-1mi=1myilog(ai)+(1-yi)log(1-ai)",
        intended=None,
        expect="refuse",
        why="the page's MathML was flattened to text: the fraction 1/m, the sum's limits and the subscripts "
        "all collapsed ('-1mi=1myilog(ai)'); not a formula any more",
    ),
    Cost(
        id="f20-zoukankan-backslashes-lost",
        source=ZOUKANKAN + " (损失函数: the J(w) line)",
        text="J(w)=frac{1}{2}sum_{i=1}^{m}(h_{w}(x_{i})-y_{i})^2",
        intended=None,
        expect="refuse",
        why="a scraped copy whose backslashes were eaten (frac, sum without \\): not LaTeX any more; guessing it "
        "back is not reading it",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX
    Answer(
        id="f20-lihaoran-step-over-m",
        source=LIHAORAN + " (Gradient Descent: the factor after α in θⱼ := θⱼ – α…)",
        text=r"{1\over m}\sum_{i=1}^m(h_\theta(x^{(i)})-y^{(i)})x^{(i)}_j",
        cost=_LIH_J,
        verdict="equivalent",
        lets=_LIH_LETS,
        why="{1\\over m}Σ(h − y)xⱼ⁽ⁱ⁾ (superscript before subscript) is the cross-entropy gradient",
    ),
    Answer(
        id="f20-lihaoran-step-sign-flipped",
        source=LIHAORAN + " (the same factor with the residual reversed — a variant)",
        text=r"{1\over m}\sum_{i=1}^m(y^{(i)}-h_\theta(x^{(i)}))x^{(i)}_j",
        cost=_LIH_J,
        verdict="different",
        lets=_LIH_LETS,
        why="variant (sign): (y − h) is the log-likelihood's direction, minus the cost's gradient",
    ),
    Answer(
        id="f20-xigua-dE-dw-closed",
        source=GITEE_XIGUA + " (∂E/∂w display, last row after '&= ')",
        text=r"2(w\sum_{i=1}^mx_i^2 - \sum_{i=1}^m(y_i-b)x_i)",
        cost=_XIGUA_E,
        verdict="equivalent",
        wrt="w",
        why="−2Σ(yᵢ − wxᵢ − b)xᵢ = 2(wΣxᵢ² − Σ(yᵢ − b)xᵢ); note \\sum_{i=1}^mx_i^2 runs the sum into x_i^2",
    ),
    Answer(
        id="f20-xigua-dE-db-mb",
        source=GITEE_XIGUA + " (∂E/∂b display, last row after '&= ')",
        text=r"2(mb-\sum_{i=1}^m(y_i-wx_i))",
        cost=_XIGUA_E,
        verdict="equivalent",
        wrt="b",
        why="−2Σ(yᵢ − wxᵢ − b) = 2(mb − Σ(yᵢ − wxᵢ)): 'mb' is m·b, m the number of examples",
    ),
    Answer(
        id="f20-xigua-dE-dw-cdots-first-row",
        source=GITEE_XIGUA + " (∂E/∂w display, first row after '&= ')",
        text=r"2(y_1-wx_1-b)(-x_1) + \cdots + 2(y_m-wx_m-b)(-x_m)",
        cost=_XIGUA_E,
        verdict="equivalent",
        wrt="w",
        why="the chain rule term by term, first and m-th written, \\cdots between: Σ 2(yᵢ − wxᵢ − b)(−xᵢ)",
    ),
    Answer(
        id="f20-xigua-dE-db-cdots-second-row",
        source=GITEE_XIGUA + " (∂E/∂b display, second row after '&= ')",
        text=r"2(wx_1+b-y_1) + \cdots + 2(wx_m+b-y_m)",
        cost=_XIGUA_E,
        verdict="equivalent",
        wrt="b",
        why="Σ 2(wxᵢ + b − yᵢ) spelled out with \\cdots",
    ),
    Answer(
        id="f20-xigua-dE-db-lost-m",
        source=GITEE_XIGUA + " (the ∂E/∂b result with the m of mb dropped — a variant)",
        text=r"2(b-\sum_{i=1}^m(y_i-wx_i))",
        cost=_XIGUA_E,
        verdict="different",
        wrt="b",
        why="variant (lost m): b appears in all m squared terms, so the b part of the gradient is 2mb, not 2b",
    ),
    Answer(
        id="f20-cs229notes-stochastic-one-example",
        source=CS229NOTES + " ('- Update Rule(Stochastic):', the factor after α)",
        text=r"(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}",
        cost=_CS229_J,
        verdict="different",
        why="the one-example (stochastic) step: it is the gradient of the i-th term only, not of the summed J "
        "(which needs Σᵢ); i is a free index here",
    ),
    Answer(
        id="f20-zhnotes-update-with-1m",
        source=ZHNOTES2 + " (the update factor with the 1/m restored — a variant)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
        cost=_ZH2_J,
        verdict="equivalent",
        lets=_ZH_LETS,
        why="variant (the slip corrected): (1/m)Σ(h − y)xⱼ is the mean cross-entropy's gradient",
    ),
    # ============================================================ code
    Answer(
        id="f20-thalmenoch-gradient-x-T",
        source=THALMENOCH + " (def treinar_regressao_logistica: gradient = …; z = np.dot(x, theta), h = sigmoid(z) "
        "in the same loop; cost from calcular_custo)",
        text="(1/m) * np.dot(x.T, (h - y))",
        cost=_THAL_J,
        verdict="equivalent",
        lets=_THAL_LETS,
        why="xᵀ(h − y)/m with x the design matrix (m, n = x.shape there, the same m as len(y))",
    ),
    Answer(
        id="f20-thalmenoch-gradient-lost-1m",
        source=THALMENOCH + " (gradient = … without the (1/m) — a variant)",
        text="np.dot(x.T, (h - y))",
        cost=_THAL_J,
        verdict="different",
        lets=_THAL_LETS,
        why="variant (lost 1/m): the cost is a mean",
    ),
    Answer(
        id="f20-gabriel-grad-broadcast-row",
        source=GABRIEL + " (grad = …, 'Calculo o gradiente e o custo baseado no PDF.')",
        text="sum((sigmoide(X * theta) - y).*X) / m",
        cost=_GAB_J,
        verdict="equivalent",
        lets=_GAB_LETS,
        why="(h − y).*X broadcasts the m×1 residual over the columns of X; sum down the rows gives the 1×n row "
        "Σᵢ(hᵢ − yᵢ)xᵢⱼ, over m: the gradient (as a row)",
    ),
    Answer(
        id="f20-gabriel-grad-lost-m",
        source=GABRIEL + " (grad = … without '/ m' — a variant)",
        text="sum((sigmoide(X * theta) - y).*X)",
        cost=_GAB_J,
        verdict="different",
        lets=_GAB_LETS,
        why="variant (lost 1/m)",
    ),
    Answer(
        id="f20-octave-inline-grad-sign-flipped",
        source=OCT_INLINE + " (grad=… with y' − h' — a variant)",
        text="1./m*(y' - 1./(1+exp(-theta'*X')))*X",
        cost=_OCTI_J,
        verdict="different",
        lets=_OCTI_LETS,
        why="variant (sign): the log-likelihood's gradient, minus the cost's",
    ),
    Answer(
        id="f20-simdangelo-dLdW-code",
        source=SIMDANGELO + " (def gradient_descent: dLdW = …)",
        text="2/self.m * np.dot(X.T, (yhat - y))",
        cost=_SIMD_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_SIMD_LETS,
        why="no ½ in the mean squared error, so the 2 stays: (2/m)Xᵀ(ŷ − y)",
    ),
    Answer(
        id="f20-simdangelo-dLdwj-latex-unindexed-xj",
        source=SIMDANGELO + " (markdown 'With calculation:'; cost from def loss)",
        text=r"\frac{\partial}{\partial w_j}L(w) = \frac{2}{m}\sum(\hat{y}_{w}^{(i)} - y^i)x_j",
        cost=_SIMD_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_SIMD_LETS,
        why="a sum without limits over the examples; y^i is y⁽ⁱ⁾ and x_j, written without the example index, is "
        "feature j of the same example: (2/m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾",
    ),
    Answer(
        id="f20-simdangelo-dLdW-halved",
        source=SIMDANGELO + " (dLdW = … with 1/self.m for 2/self.m — a variant)",
        text="1/self.m * np.dot(X.T, (yhat - y))",
        cost=_SIMD_L,
        verdict="different",
        wrt="w_j",
        lets=_SIMD_LETS,
        why="variant (the ½-convention gradient for a cost without ½): half the gradient",
    ),
]

r"""A fresh held-out wave (f16): university course material (lecture notes, exercise sheets, homework code).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* LaTeX lecture notes: a German university of applied sciences (HSBI, Bielefeld) neural-network lecture (NN02
  linear regression as markdown source, NN03 logistic regression as the printed e-learning page, with the
  deep-learning convention X = features × examples), a Spanish university exercise sheet (UHU, ``\sum`` written
  without limits), a Chinese note deriving the logistic gradient after 《统计学习方法》 (``logh_w(x)`` typed without
  a backslash, ``\sum_{i=1}{m}`` with the caret missing, an update rule that drops the 1/m), a Chinese note where
  ``n`` counts both the features and the examples, a homework statement (numerade), and a Unicode ``∑``/``∂``
  note on the sum of squared residuals (one-feature w, b; a ``∂/∂w`` typed under the ``∂E/∂b`` heading);
* code: student submissions of one Python homework (``cost_function``/``gradient`` for θ₀ + θ₁x, with a real
  wrong submission that multiplies by ``x[0]``/``x[1]`` instead of ``x[i]``), a Chinese blog's NumPy example with a
  wrong gradient (sign and lost 2), a Python Linear/Lasso/Ridge class file whose ridge gradient has a λ its cost
  does not, a course project's ``grad.py`` (docstring costs), the Cornell-style ``ridge.m`` homework (xTr is d×n),
  pmtk3's ``LinregLoss.m``, a Poisson negative log-likelihood in MATLAB, a Fortran comment stating a ridge
  objective with ``.T``, and two Brazilian course files of regularised logistic regression (CEFET/RJ NumPy with an
  aliased ``temp``; UFSCar Octave whose first ``grad`` line penalises θ₀ until the next line removes it);
* a Portuguese markdown note whose formatter mangled the LaTeX underscores (``\sum*{i=1}``, ``h\_{\theta}``).

About 30% of the answers are wrong; most wrong ones are real (the homework submission, the blog, the ridge class,
the Chinese update rule, the ∂E/∂b typo, the UFSCar line before its fix-up); four are one-slip variants of a
real answer, marked "variant" in ``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand side of
the assignment or ``return``, or the loop lines that compute it); ``cost`` and ``lets`` are the same source's,
verbatim. Verdicts were worked out by hand. Files of the public code index whose repository the index does not
name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
HSBI_NN03 = (
    "https://hsbi.de/elearning/data/FH-Bielefeld/lm_data/lm_1358898/nn/nn03-logistic-regression/index.print.html "
    "(NN03 - Logistische Regression, 'Formalisierung' and 'Gradientenabstieg')"
)
HSBI_NN02 = (
    "github:cagix/test-pandoc-semester:lecture/03-test/nn02-linear-regression.md (HSBI lecture 'NN02 - Lineare "
    "Regression und Gradientenabstieg', 'Formalisierung (original)')"
)
UHU = (
    "github:MRamiBalles/MRamiBalles.github.io:Grado_Ingenieria_Informatica/4_Curso/1_Cuatrimestre/"
    "Aprendizaje_Automatico/Boletines/Relacion_1_Optimizacion_Gradiente.md ('AA - Relación 1: Optimización y "
    "Descenso de Gradiente (Oficial UHU)')"
)
TJXX = (
    "GitHub Markdown '# 写出并解释逻辑回归的损失函数，并推导参数$w$的梯度下降公式' (after 《统计学习方法》 6.1) "
    "(public code index file 32604286962; the index names no repository)"
)
_HW = (
    "GitHub Python homework 'def cost_function( x, y, theta0, theta1 ): \"\"\"Compute the squared error cost "
    "function' / 'def gradient(x, y, theta_0, theta_1)' with '# TODO: write code here', one student's submission "
    "(public code index file {}; the index names no repository)"
)
HW_A = _HW.format(7317414586)
HW_B = _HW.format(15910039158)
HW_C = _HW.format(23144281986)
HW_D = _HW.format(21196020491)
CNBLOG = (
    "GitHub Markdown blog post on open-source AI models, '### 4.3 举例说明' (public code index file 9216525960; the "
    "index names no repository)"
)
RIDGECLS = (
    "GitHub Python file with 'class LassoRegression(LinearRegression)' and 'class RidgeRegression(LinearRegression)' "
    "after the base class (public code index file 47156278792; the index names no repository)"
)
GRADPY = (
    "GitHub Python '# Code for gradients and gradient descent (GD).' (def grad_ols / def grad_ridge docstrings) "
    "(public code index file 46622883318; the index names no repository)"
)
CS4780 = (
    "GitHub MATLAB homework 'function [loss,gradient]=ridge(w,xTr,yTr,lambda)' ('xTr dxn matrix (each column is an "
    "input vector)') (public code index file 11140198579; the index names no repository)"
)
PMTK = (
    "GitHub MATLAB '% This file is from pmtk3.googlecode.com' 'function [f,g,H] = LinregLoss(w,X,y)' (public code "
    "index file 2353017559; the index names no repository)"
)
POISS = (
    "GitHub MATLAB 'function [nll, grad] = neglogli_poiss(w, X, y, L2op)' (public code index file 11163784005; the "
    "index names no repository)"
)
FORTRAN = (
    "GitHub Fortran 'subroutine ridgetrain(X,y,beta,lm,crit,Nfeatures,Nsamples)', header comment (public code index "
    "file 43486972622; the index names no repository)"
)
SSR = (
    "GitHub Markdown note 'The loss function, Sum of Square Residuals' / 'Gradients:' (public code index file "
    "6012961290; the index names no repository)"
)
CNLIN = (
    "GitHub Markdown note '# 梯度下降' (损失函数为 / 对损失函数进行求导) (public code index file 36388066315; the index "
    "names no repository)"
)
CEFET = "github:AILAB-CEFET-RJ/ml-class:ml-t1/code/costFunctionReg.py (CEFET/RJ course, def costFunctionReg)"
UFSCAR = (
    "github:marcosmcb/mlproject-ufscar:funcaoCustoReg.m (UFSCar course project, function [J, grad] = "
    "funcaoCustoReg(theta, X, y, lambda))"
)
RDENADAI = (
    "github:rdenadai/python_series:ml101/2.logistic_regression/README.md (Portuguese ml101 notes, markdown whose "
    "underscores a formatter turned into '*' and '\\_')"
)
NUMERADE = (
    "https://www.numerade.com/student-profile/jose-manuel-walker-6321/ (homework '(15 pts) In this problem, we will "
    "find $\\nabla l(\\theta)$')"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_w(d):
    p = sig(d.X @ d.w)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_w_intercept(d):
    # h(x) = σ(w^T x) = σ(w_0 + w_1 x_1 + ... + w_n x_n): n features and the intercept w_0 (x_0 = 1), w_0 in theta0
    p = sig(d.X @ d.w + d.theta0)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _half_mse_w_intercept(d):
    # h(x) = w^T x = w_0 + w_1 x_1 + ... + w_n x_n: n features and the intercept w_0 (x_0 = 1), w_0 in theta0
    return float(np.sum((d.X @ d.w + d.theta0 - d.y) ** 2)) / (2 * d.m)


def _half_mse_theta(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _half_mse_ridge_half_lam_theta(d):
    return _half_mse_theta(d) + d.lam / 2 * float(np.sum(d.theta**2))


def _half_mse_theta01(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def _half_sse_theta01(d):
    return 0.5 * float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2))


def _mse_theta01(d):
    return float(np.mean((d.y - (d.theta0 + d.theta1 * d.x)) ** 2))


def _mse_wb(d):
    return float(np.mean((d.y - (d.X @ d.w + d.b)) ** 2))


def _mse_wb_plus_w2(d):
    return _mse_wb(d) + float(np.sum(d.w**2))


def _half_mse_wb(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


def _sse_ridge_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w**2))


def _half_sse_w(d):
    return 0.5 * float(np.sum((d.y - d.X @ d.w) ** 2))


def _half_sse_ridge_beta(d):
    return 0.5 * float(np.sum((d.y - d.X @ d.beta) ** 2)) + 0.5 * d.lam * float(np.sum(d.beta**2))


def _sse_one_wb(d):
    return float(np.sum((d.y - d.w[0] * d.x - d.b) ** 2))


def _poisson_nll_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.exp(z) - d.y * z))


def _ce_reg_theta_skip_first(d):
    return _ce_mean_theta(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


# ------------------------------------------------------------------ shared texts
_NN03_J = r"J = \frac{1}{m} \sum_{i=1}^m \mathcal{L}(a^{(i)}, y^{(i)})\tag{3}"
_NN03_LETS = (
    r"\mathcal{L}(a, y) = - y \log(a) - (1-y) \log(1-a)\tag{2}",
    r"a := \hat{y}",
    r"h(\mathbf{x}) = \sigma (\mathbf{w}^T\mathbf{x}) = \sigma (w_0 + w_1x_1 + w_2x_2 + \ldots + w_nx_n) \tag{1}",
)
_NN02_J = (
    r"J = \frac{1}{2m} \sum_{i=1}^{m} (\hat{y} - y)^2 = \frac{1}{2m} \sum_{i=1}^{m} (h(\mathbf{x}) - y)^2"
)
_NN02_LETS = (r"h(\mathbf{x}) = \mathbf{w}^T\mathbf{x} = w_0 + w_1x_1 + w_2x_2 + \ldots + w_nx_n",)
_UHU_J = r"J(\theta) = \frac{1}{2m} \sum (h_\theta(x^{(i)}) - y^{(i)})^2"
_UHU_LETS = (r"h_\theta(x) = \theta_0 + \theta_1 x",)
_TJXX_J = r"J(w)&=-\frac{1}{m}\sum_{i=1}^m[y_i \cdot logh_w(x)+(1-y_i)log(1-h_w(x_i))]"
_TJXX_LETS = (
    r"g(z)=\frac{1}{1+e^{-z}}",
    r"h_w(x)=g(w^TX)=\frac{1}{1+e^{-w^TX}}",
)
_HWA_J = "0.5 * np.sum((theta1 * x + theta0 - y) ** 2)"
_HWB_J = "np.sum(e ** 2) / 2"
_HWB_LETS = ("h0 = theta0 + (np.array(x) * theta1)", "e = h0 - np.array(y)")
_HWC_J = "1/2 * np.sum((theta_0 + (theta_1 * x) - y) ** 2)"
_CNBLOG_J = "((y - (theta_0 + theta_1 * x))**2).mean()"
_RG_LIN_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1))"
_RG_RIDGE_J = "np.mean(np.sum((Y - Y_pred) ** 2, axis=1)) + np.sum(self.W**2)"
_RG_LETS = ("Y_pred = (X @ self.W) + self.b", "n = X.shape[0]")
_GP_OLS_J = "(1/2n)||Xθ - y||^2"
_CS_J = "(h - yTr) * (h - yTr)' + lambda * (w' * w)"
_CS_LETS = ("h = w' * xTr;",)
_PMTK_J = "(0.5)*(y-X*w)'*(y-X*w)"
_POISS_J = "sum(mu - y .* Xw)"
_POISS_LETS = ("Xw = X * w;", "mu = exp(Xw);")
_SSR_J = r"E = ∑(y_t - y_p)^2 = ∑(y_t - f(x))^2 = ∑(y_t - w \cdot x - b)^2"
_SSR_LETS = (r"line = f(x) = w \cdot x + b",)
_CNLIN_J = (
    "\\mathcal{L}&=\\frac{1}{2n}\\sum_{i=1}^n(y_i-\\hat{y}_i)^2\\\\\n"
    "&=\\frac{1}{2n}\\sum_{i=1}^n(y_i-h_\\theta(\\vec{x_i}))^2\\\\\n"
    "&=\\frac{1}{2n}\\sum_{i=1}^n(\\vec{w}\\vec{x_i}+b-y_i)^2"
)
_CNLIN_LETS = (r"f(\bold{x}) = \vec{W}\vec{x}+b",)
_NUM_J = (
    r"l(\theta) = -\frac{1}{n} \sum_{i=1}^{n} (y^{(i)} \log(h_{\theta}(x^{(i)})) + (1 - y^{(i)}) \log(1 - "
    r"h_{\theta}(x^{(i)})))"
)
_CEFET_J = (
    "(1 / m) * np.sum(-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) + (lambda_ / (2 * m)) * "
    "np.sum(np.square(temp))"
)
_CEFET_LETS = ("m = y.size", "h = sigmoide(X.dot(theta.T))", "temp = theta", "temp[0] = 0")
_UFSCAR_J = (
    "(-1/m) * sum( y .* log(h_X) + (1-y) .* log(1 - h_X) ) + ( (lambda / (2*m)) * sum(theta(2:end).^2))"
)
_UFSCAR_LETS = ("m = length(y);", "h_X = sigmoid(X * theta);")
_RDEN_J = (
    r"J(\theta) = -\frac{1}{m} \sum*{i=1}^{m} [y^{(i)} log(h*{\theta}(x^{(i)})) + (1 - y^{(i)}) log(1 - "
    r"h\_{\theta}(x^{(i)}))]"
)
_RDEN_LETS = (r"f(x) = \frac{1}{1 + e^{-x}}",)
_NUM_LETS = (r"h_{\theta}(x) = g(\theta^T x)", r"g(z) = \frac{1}{1 + e^{-z}}")

COSTS: list[Cost] = [
    # ============================================================ LaTeX lecture notes
    Cost(
        id="f16-hsbi-nn03-J-mean-of-mathcal-L",
        source=HSBI_NN03 + " (eq. (3); L from eq. (2), h from eq. (1))",
        text=_NN03_J,
        intended=_ce_mean_w_intercept,
        wrt=("w_j",),
        lets=_NN03_LETS,
        why="J is the mean of the per-point cross-entropy 𝓛(a, y) (eq. 2) with a := ŷ the prediction, i.e. "
        "a⁽ⁱ⁾ = h(x⁽ⁱ⁾) = σ(wᵀx⁽ⁱ⁾) (eq. 1; w₀ is the intercept with x₀ = 1); \\tag{n} are labels. (fixlets: the "
        "intended first had σ(X @ w), the n columns alone, without the w₀ this why and eq. (1)'s σ(w_0 + w_1x_1 + … + "
        "w_nx_n) hold: the slip the lead fixed in NN02; w₀ put in)",
    ),
    Cost(
        id="f16-hsbi-nn02-J-chain-no-example-index",
        source=HSBI_NN02 + " ('Die Kosten (engl. cost) sind der durchschnittliche Verlust über alle Datenpunkte'; h "
        "from 'Hypothesenfunktion')",
        text=_NN02_J,
        intended=_half_mse_w_intercept,
        wrt=("w_j",),
        lets=_NN02_LETS,
        why="the summand carries no example index ((ŷ − y)², (h(x) − y)²) although the sum runs i = 1…m: the "
        "lecture means example i; h = wᵀx; the half mean squared error. (Lead, on merging: the let writes wᵀx out as "
        "w_0 + w_1x_1 + … + w_nx_n, n features and an intercept w_0 with x_0 = 1; the intended first had X @ w, "
        "the n columns alone, a harness mapping slip: ∂/∂w_j for j ≥ 1 is (1/m) Σ (h − y) x_j either way, but h "
        "holds w_0.)",
    ),
    Cost(
        id="f16-uhu-J-sum-without-limits",
        source=UHU + " ('1. Función de Coste'; h from the 'Ejercicio Técnico' 'Sea h_θ(x) = θ₀ + θ₁x')",
        text=_UHU_J,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=_UHU_LETS,
        why="\\sum has no limits but runs over the m examples i; one-feature h = θ₀ + θ₁x",
    ),
    Cost(
        id="f16-tjxx-J-logh-no-backslash-index-typo",
        source=TJXX + " (损失函数, the first line of the align*, trailing \\\\\\\\ dropped; h and g from the lines "
        "above)",
        text=_TJXX_J,
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_TJXX_LETS,
        why="'logh_w' is log h_w typed without a backslash or space; the first term's h_w(x) lacks the index i "
        "(the second term and the chain's later lines have x_i): the mean cross-entropy of h_w(x_i) = "
        "σ(wᵀx_i); '&=' is the align point",
    ),
    Cost(
        id="f16-tjxx-J-softplus-form-caret-missing",
        source=TJXX + " (损失函数, the last line of the align*, after '&=')",
        text=r"\frac{1}{m}\sum_{i=1}{m}[-wx_iy_i+ln(1+e^{wx_i})]",
        intended=_ce_mean_w,
        wrt=("w_j",),
        lets=_TJXX_LETS,
        why="\\sum_{i=1}{m} is \\sum_{i=1}^{m} with the caret missing (the chain's other lines have ^m); "
        "(1/m)Σ[ln(1 + e^{wx_i}) − y_i·wx_i] is the mean cross-entropy written with softplus; wx_i is wᵀx_i",
    ),
    Cost(
        id="f16-cnlin-L-aligned-chain-n-twice",
        source=CNLIN + " (损失函数为, the aligned chain; f from 写称向量形式为)",
        text=_CNLIN_J,
        intended=_half_mse_wb,
        wrt=("w_j", "b"),
        lets=_CNLIN_LETS,
        why="the page uses n both for the features (w₁…w_n) and for the examples (y₁…y_n): the sums run over "
        "the examples, so 1/(2n)Σ is the half mean squared error; h_θ(x_i) and ŷ_i are w·x_i + b (the chain "
        "says so), \\vec{w}\\vec{x_i} a dot product",
    ),
    Cost(
        id="f16-cnlin-L-last-line",
        source=CNLIN + " (损失函数为, the last line of the chain, after '&=')",
        text=r"\frac{1}{2n}\sum_{i=1}^n(\vec{w}\vec{x_i}+b-y_i)^2",
        intended=_half_mse_wb,
        wrt=("w_j", "b"),
        lets=_CNLIN_LETS,
        why="n counts the examples here (i runs over the training pairs); \\vec{w}\\vec{x_i} is wᵀx_i",
    ),
    Cost(
        id="f16-ssr-E-unicode-sum-chain",
        source=SSR + " ('The loss function, Sum of Square Residuals:'; f from '$line = f(x) = w \\cdot x + b$')",
        text=_SSR_J,
        intended=_sse_one_wb,
        wrt=("w", "b"),
        lets=_SSR_LETS,
        why="one feature, scalar w; Unicode ∑ without index or limits over the training pairs (y_t the training "
        "value, x its input); the plain sum of squared residuals, no 1/m",
    ),
    Cost(
        id="f16-numerade-l-theta-n-examples",
        source=NUMERADE + " (the cross-entropy loss l(θ); h and g from part a)",
        text=_NUM_J,
        intended=_ce_mean_theta,
        lets=_NUM_LETS,
        why="n is the number of examples (i = 1…n over (x⁽ⁱ⁾, y⁽ⁱ⁾)): the mean cross-entropy",
    ),
    # ============================================================ code: homework
    Cost(
        id="f16-hw-a-half-sse-theta0-theta1",
        source=HW_A + " (def cost_function: cost = …)",
        text=_HWA_J,
        intended=_half_sse_theta01,
        wrt=("theta_0", "theta_1"),
        why="½Σ(θ₁x + θ₀ − y)², no 1/m (the assignment's cost); theta0/theta1 are θ₀, θ₁",
    ),
    Cost(
        id="f16-hw-b-np-sum-e-squared-over-2",
        source=HW_B + " (def cost_function: cost = …; h0 and e from the two lines above)",
        text=_HWB_J,
        intended=_half_sse_theta01,
        wrt=("theta_0", "theta_1"),
        lets=_HWB_LETS,
        why="e = θ₀ + θ₁x − y elementwise, Σe²/2",
    ),
    Cost(
        id="f16-hw-c-one-half-np-sum",
        source=HW_C + " (def cost_function: cost = …)",
        text=_HWC_J,
        intended=_half_sse_theta01,
        wrt=("theta_0", "theta_1"),
        why="1/2 * Σ(θ₀ + θ₁x − y)² (Python 3: 1/2 is 0.5)",
    ),
    Cost(
        id="f16-cnblog-mean-method-theta0-theta1",
        source=CNBLOG + " (# 损失函数 def loss: return …)",
        text=_CNBLOG_J,
        intended=_mse_theta01,
        wrt=("theta_0", "theta_1"),
        why="the mean squared error (no ½) of θ₀ + θ₁x",
    ),
    Cost(
        id="f16-cnblog-multiclass-ce-refuse",
        source=CNBLOG + " (### 4.1 损失函数, the CE display)",
        text=r"CE = -\frac{1}{n} \sum_{i=1}^{n} \sum_{j=1}^{c} y_{ij} \log(\hat{y}_{ij})",
        intended=None,
        expect="refuse",
        why="a c-class cross-entropy over one-hot y_ij with ŷ_ij left undefined (a softmax over classes): out of "
        "scope",
    ),
    Cost(
        id="f16-gradpy-docstring-ols-half-n-norm",
        source=GRADPY + " (def grad_ols docstring: 'OLS gradient for loss (1/2n)||Xθ - y||^2.')",
        text=_GP_OLS_J,
        intended=_half_mse_theta,
        why="plain-text docstring: (1/2n) is 1/(2n) with n the number of samples (X.shape[0] in the code), "
        "||·||^2 the squared Euclidean norm",
    ),
    Cost(
        id="f16-gradpy-docstring-ridge-alpha-half",
        source=GRADPY + " (def grad_ridge docstring: 'Ridge gradient for loss (1/2n)||Xθ - y||^2 + (α/2)||θ||^2.')",
        text="(1/2n)||Xθ - y||^2 + (α/2)||θ||^2",
        intended=_half_mse_ridge_half_lam_theta,
        why="α is the penalty weight (the code sets α = λ/n from lam; here α is the cost's own constant, read as "
        "the regularisation parameter lam); every θ component penalised",
    ),
    Cost(
        id="f16-cs4780-ridge-xtr-columns",
        source=CS4780 + " (loss = …; h from the line above)",
        text=_CS_J,
        intended=_sse_ridge_w,
        wrt=("w_j",),
        lets=_CS_LETS,
        why="xTr is d×n with one example per COLUMN, so h = w'·xTr is the 1×n row of predictions and (h − yTr)"
        "(h − yTr)' the sum of squared residuals; plus λ‖w‖², no ½, no 1/n",
    ),
    Cost(
        id="f16-pmtk-linregloss-half-sse",
        source=PMTK + " (f = …)",
        text=_PMTK_J,
        intended=_half_sse_w,
        wrt=("w_j",),
        why="½(y − Xw)ᵀ(y − Xw), X is N×d (N = size(X,1) examples)",
    ),
    Cost(
        id="f16-fortran-comment-ridge-dot-T",
        source=FORTRAN + " ('by minimizing the modified error function')",
        text="E(beta) = 0.5*(y-X*beta).T*(y-X*beta) + 0.5*lm*beta.T*beta",
        intended=_half_sse_ridge_beta,
        wrt=("beta_j",),
        why="NumPy-style .T for the transpose in a Fortran comment; lm is the ridge parameter λ; "
        "½‖y − Xβ‖² + ½λ‖β‖² with every β component penalised",
    ),
    Cost(
        id="f16-cefet-reg-logistic-dot-temp-alias",
        source=CEFET + " (J = …; m, h, temp from the lines above)",
        text=_CEFET_J,
        intended=_ce_reg_theta_skip_first,
        lets=_CEFET_LETS,
        why="-y.dot(log h) is the inner product Σyᵢ log hᵢ, so np.sum of that scalar is itself; sigmoide is the "
        "course's sigmoid; temp is θ with temp[0] = 0 (an alias of theta, zeroed after h was computed), so the "
        "penalty leaves out the intercept: mean cross-entropy + λ/(2m)Σ_{j≥1}θⱼ²",
    ),
    Cost(
        id="f16-ufscar-reg-logistic-octave",
        source=UFSCAR + " (J = …; m and h_X from the lines above)",
        text=_UFSCAR_J,
        intended=_ce_reg_theta_skip_first,
        lets=_UFSCAR_LETS,
        why="theta(2:end) leaves out the intercept theta(1); λ/(2m)",
    ),
    Cost(
        id="f16-rdenadai-J-mangled-underscores",
        source=RDENADAI + " (3. Entropia Cruzada (Cross-Entropy Loss); the sigmoid f from 1.)",
        text=_RDEN_J,
        intended=_ce_mean_theta,
        lets=_RDEN_LETS,
        why="a formatter rewrote '_' as '*' or '\\_': \\sum*{i=1}^{m} is \\sum_{i=1}^{m}, h*{\\theta} and "
        "h\\_{\\theta} are h_θ; h_θ(x) = f(θᵀx) (the page's update rule writes it out); the mean cross-entropy",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ LaTeX lecture notes
    Answer(
        id="f16-hsbi-nn03-grad-X-A-minus-Y-T",
        source=HSBI_NN03 + " (Gradientenabstieg, eq. (5) 'Der Gradient für alle Datenpunkte X in Matrix-Notation')",
        text=r"\nabla J = \frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T\tag{5}",
        cost=_NN03_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_NN03_LETS,
        why="the lecture's deep-learning convention: X holds the examples x⁽ⁱ⁾ as COLUMNS (features × m), A and Y "
        "are 1×m rows of a⁽ⁱ⁾ and y⁽ⁱ⁾; so X(A − Y)ᵀ/m has component j = (1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾, the gradient",
    ),
    Answer(
        id="f16-hsbi-nn03-grad-Y-minus-A",
        source=HSBI_NN03 + " (eq. (5) with A and Y swapped — a variant)",
        text=r"\frac{1}{m}X(Y-A)^T",
        cost=_NN03_J,
        verdict="different",
        wrt="w_j",
        lets=_NN03_LETS,
        why="variant (sign): (Y − A) is minus the residual; this is the log-likelihood's ascent direction",
    ),
    Answer(
        id="f16-uhu-dJ-dtheta0-sum-no-limits",
        source=UHU + " ('Ejercicio Técnico: Cálculo de Gradiente', Resolución, second bullet)",
        text=r"\frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum (h_\theta(x^{(i)}) - y^{(i)})",
        cost=_UHU_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_UHU_LETS,
    ),
    Answer(
        id="f16-uhu-dJ-dtheta1-cdot",
        source=UHU + " ('Ejercicio Técnico: Cálculo de Gradiente', Resolución, third bullet)",
        text=r"\frac{\partial J}{\partial \theta_1} = \frac{1}{m} \sum (h_\theta(x^{(i)}) - y^{(i)}) \cdot x^{(i)}",
        cost=_UHU_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_UHU_LETS,
    ),
    Answer(
        id="f16-uhu-dtheta1-kept-2m",
        source=UHU + " (the ∂J/∂θ₁ bullet with the cost's 1/2m kept — a variant)",
        text=r"\frac{1}{2m} \sum (h_\theta(x^{(i)}) - y^{(i)}) \cdot x^{(i)}",
        cost=_UHU_J,
        verdict="different",
        wrt="theta_1",
        lets=_UHU_LETS,
        why="variant (kept ½): the 2 of the square cancels the ½, the gradient is (1/m)Σ(…)x⁽ⁱ⁾, twice this",
    ),
    Answer(
        id="f16-tjxx-grad-final-bracket-x-ij",
        source=TJXX + " (梯度下降$w$参数的梯度为, the last line of the align*, after '&=')",
        text=r"\frac{1}{m}\sum_i^m[h_w(x_i)-y_i]x_{i,j}",
        cost=_TJXX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TJXX_LETS,
        why="\\sum_i^m is the sum over i = 1…m; x_{i,j} is feature j of example i (the page's LHS says ∂w_i, a "
        "slip for w_j, and is left out)",
    ),
    Answer(
        id="f16-tjxx-grad-first-line-exp-fraction",
        source=TJXX + " (梯度下降$w$参数的梯度为, the first line of the align*, the part after '&=')",
        text=r"\frac{1}{m}\sum_i^m[-x_{i,j}y_i+\frac{x_{i,j} \cdot e^{wx_i}}{1+e^{wx_i}}]",
        cost=_TJXX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TJXX_LETS,
        why="e^{z}/(1 + e^{z}) = σ(z), so each term is x_{i,j}(σ(wᵀx_i) − y_i): the gradient",
    ),
    Answer(
        id="f16-tjxx-grad-middle-sigmoid-written-out",
        source=TJXX + " (梯度下降$w$参数的梯度为, the middle line of the align*, after '&=')",
        text=r"\frac{1}{m}\sum_i^mx_{i,j}(\frac{1}{1+e^{-wx_i}}-y_i)",
        cost=_TJXX_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_TJXX_LETS,
    ),
    Answer(
        id="f16-tjxx-update-rule-drops-1m",
        source=TJXX + " (所以最后的$w$参数公式为: the factor after α in w_{j+1}=w_j-\\alpha…)",
        text=r"\sum_{i=1}^m[h_w(x_i)-y_i]x_{i,j}",
        cost=_TJXX_J,
        verdict="different",
        wrt="w_j",
        lets=_TJXX_LETS,
        why="real slip on the page: the update rule steps along Σ(h − y)x_{i,j} without the 1/m its own "
        "gradient (and J's mean) has, m times ∂J/∂w_j",
    ),
    Answer(
        id="f16-numerade-dl-dtheta-j",
        source=NUMERADE + " (part c, 'Finally show that:')",
        text=r"\frac{\partial l(\theta)}{\partial \theta_j} = \frac{1}{n} \sum_{i=1}^{n} (h_{\theta}(x^{(i)}) - "
        r"y^{(i)})x_j^{(i)}",
        cost=_NUM_J,
        verdict="equivalent",
        lets=_NUM_LETS,
        why="n is the number of examples in both; (1/n)Σ(h − y)x_j is the gradient of the mean cross-entropy",
    ),
    Answer(
        id="f16-ssr-dE-dw-minus-2x",
        source=SSR + " (Gradients:, ∂E/∂w, the last line)",
        text=r"∑-2x(y_t - w \cdot x - b)",
        cost=_SSR_J,
        verdict="equivalent",
        wrt="w",
        lets=_SSR_LETS,
        why="Σ −2x(y − wx − b) = ∂/∂w Σ(y − wx − b)²; x and y_t are the pair of each term",
    ),
    Answer(
        id="f16-ssr-dE-dw-chain-rule-line",
        source=SSR + " (Gradients:, ∂E/∂w, the middle line)",
        text=r"∑2(y_t - w \cdot x - b)(-x)",
        cost=_SSR_J,
        verdict="equivalent",
        wrt="w",
        lets=_SSR_LETS,
    ),
    Answer(
        id="f16-ssr-dE-db-minus-2",
        source=SSR + " (Gradients:, ∂E/∂b, the last line)",
        text=r"∑-2(y_t - w \cdot x - b)",
        cost=_SSR_J,
        verdict="equivalent",
        wrt="b",
        lets=_SSR_LETS,
    ),
    Answer(
        id="f16-ssr-dE-db-first-line-d-dw-typo",
        source=SSR + " (Gradients:, the first line under '$∂E/∂b = …', the part after '=')",
        text=r"∑\frac{∂}{∂w}(y_t - w \cdot x - b)^2",
        cost=_SSR_J,
        verdict="different",
        wrt="b",
        lets=_SSR_LETS,
        why="real typo on the page: the ∂E/∂b line differentiates by w (copied from the ∂E/∂w line); as written "
        "it is Σ −2x(y − wx − b) = ∂E/∂w, not ∂E/∂b = Σ −2(y − wx − b)",
    ),
    Answer(
        id="f16-cnlin-dL-dw-vec-x",
        source=CNLIN + " (对损失函数进行求导, first line of the aligned pair, after '&=')",
        text=r"\frac{1}{n}\sum_{i=1}^n(h_\theta(\vec{x}_i)-y_i)\cdot \vec{x}_i",
        cost=_CNLIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CNLIN_LETS,
        why="the vector gradient: component j is (1/n)Σ(w·x_i + b − y_i)x_ij (h_θ(x_i) = w·x_i + b by the cost's "
        "chain); n counts the examples",
    ),
    Answer(
        id="f16-cnlin-dL-db",
        source=CNLIN + " (对损失函数进行求导, second line of the aligned pair, after '&=')",
        text=r"\frac{1}{n}\sum_{i=1}^n(h_\theta(\vec{x}_i)-y_i)",
        cost=_CNLIN_J,
        verdict="equivalent",
        wrt="b",
        lets=_CNLIN_LETS,
    ),
    # ============================================================ code: homework submissions
    Answer(
        id="f16-hw-a-d-theta0-np-sum",
        source=HW_A + " (def gradient: d_theta_0 = …; cost from def cost_function)",
        text="np.sum(theta_1 * x + theta_0 - y)",
        cost=_HWA_J,
        verdict="equivalent",
        wrt="theta_0",
        why="the gradient function names the parameters theta_0/theta_1, the cost function theta0/theta1: the "
        "same θ₀, θ₁; ∂/∂θ₀ ½Σ(θ₁x + θ₀ − y)² = Σ(θ₁x + θ₀ − y)",
    ),
    Answer(
        id="f16-hw-a-d-theta1-np-dot",
        source=HW_A + " (def gradient: d_theta_1 = …)",
        text="np.dot(theta_1 * x + theta_0 - y, x)",
        cost=_HWA_J,
        verdict="equivalent",
        wrt="theta_1",
        why="np.dot of the residual vector with x is Σ(θ₁x⁽ⁱ⁾ + θ₀ − y⁽ⁱ⁾)x⁽ⁱ⁾",
    ),
    Answer(
        id="f16-hw-b-d-theta0-h-let",
        source=HW_B + " (def gradient: d_theta_0 = …; h = … the line above; cost from def cost_function)",
        text="np.sum(h - y)",
        cost=_HWB_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_HWB_LETS + ("h = theta_0 + theta_1 * x",),
        why="the cost's lets name the prediction h0 (theta0, theta1), the gradient's h (theta_0, theta_1): the same "
        "θ₀ + θ₁x",
    ),
    Answer(
        id="f16-hw-b-d-theta1-h-let",
        source=HW_B + " (def gradient: d_theta_1 = …)",
        text="np.sum((h - y) * x)",
        cost=_HWB_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_HWB_LETS + ("h = theta_0 + theta_1 * x",),
    ),
    Answer(
        id="f16-hw-c-d-theta0",
        source=HW_C + " (def gradient: d_theta_0 = …)",
        text="np.sum(theta_0 + (theta_1 * x) - y)",
        cost=_HWC_J,
        verdict="equivalent",
        wrt="theta_0",
    ),
    Answer(
        id="f16-hw-c-d-theta1",
        source=HW_C + " (def gradient: d_theta_1 = …)",
        text="np.sum((theta_0 + (theta_1 * x) - y) * x)",
        cost=_HWC_J,
        verdict="equivalent",
        wrt="theta_1",
    ),
    Answer(
        id="f16-hw-d-d-theta0-times-x0-loop",
        source=HW_D + " (def gradient: the for loop's d_theta_0 line; d_theta_0 = 0.0 above it; the assignment's "
        "cost ½Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)², as another submission writes it)",
        text="for i in range(len(x)):\n        d_theta_0=(theta_0 +x[i]*theta_1 -y[i])*x[0]+d_theta_0",
        cost=_HWC_J,
        verdict="different",
        wrt="theta_0",
        lets=("d_theta_0 = 0.0",),
        why="real wrong submission: each residual is multiplied by x[0], the FIRST data point's x, so the sum is "
        "x⁽¹⁾·Σ(h − y), not ∂/∂θ₀ = Σ(h − y) (this student's own cost loop is the same ½Σ(…)², written "
        "'cost=(theta0 +x[i]*theta1 -y[i])**2+cost' … 'return .5*cost')",
    ),
    Answer(
        id="f16-hw-d-d-theta1-times-x1-loop",
        source=HW_D + " (def gradient: the for loop's d_theta_1 line; d_theta_1 = 0.0 above it)",
        text="for i in range(len(x)):\n        d_theta_1=(theta_0 +x[i]*theta_1 -y[i])*x[1]+d_theta_1",
        cost=_HWC_J,
        verdict="different",
        wrt="theta_1",
        lets=("d_theta_1 = 0.0",),
        why="real wrong submission: x[1] (the second data point) for x[i]: x⁽²⁾·Σ(h − y) instead of Σ(h − y)x⁽ⁱ⁾",
    ),
    Answer(
        id="f16-cnblog-grad0-sign-and-2-lost",
        source=CNBLOG + " (# 梯度计算 def gradient: the first entry of the returned np.array; cost from def loss)",
        text="(y - (theta_0 + theta_1 * x)).mean()",
        cost=_CNBLOG_J,
        verdict="different",
        wrt="theta_0",
        why="real wrong: ∂/∂θ₀ mean((y − θ₀ − θ₁x)²) = −2·mean(y − θ₀ − θ₁x); this has the wrong sign and no 2 "
        "(the code then steps θ₀ −= α·this, i.e. uphill)",
    ),
    Answer(
        id="f16-cnblog-grad1-factor-2-lost",
        source=CNBLOG + " (def gradient: the second entry of the returned np.array)",
        text="(-x * (y - (theta_0 + theta_1 * x))).mean()",
        cost=_CNBLOG_J,
        verdict="different",
        wrt="theta_1",
        why="real wrong: the sign is right but the factor 2 of the square is lost (the cost has no ½): the "
        "gradient is −2·mean(x(y − θ₀ − θ₁x))",
    ),
    Answer(
        id="f16-gradpy-grad-ols-shape0",
        source=GRADPY + " (def grad_ols: return …; r = … the line above; cost from its docstring)",
        text="(X.T @ r) / X.shape[0]",
        cost=_GP_OLS_J,
        verdict="equivalent",
        lets=("r = X @ theta - y",),
        why="X.shape[0] is the number of samples n: Xᵀ(Xθ − y)/n, the gradient of (1/2n)‖Xθ − y‖²",
    ),
    Answer(
        id="f16-cs4780-ridge-gradient-transposes",
        source=CS4780 + " (gradient = …)",
        text="(2 * h * xTr')' - 2 * xTr * yTr' + 2 * lambda * w",
        cost=_CS_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_CS_LETS,
        why="with xTr d×n: (2h·xTr')' = 2·xTr·xTr'·w and −2·xTr·yTr' together are 2Σ(wᵀxᵢ − yᵢ)xᵢ; plus 2λw",
    ),
    Answer(
        id="f16-cs4780-ridge-gradient-lambda-no-2",
        source=CS4780 + " (gradient = … with 2 * lambda * w written lambda * w — a variant)",
        text="(2 * h * xTr')' - 2 * xTr * yTr' + lambda * w",
        cost=_CS_J,
        verdict="different",
        wrt="w_j",
        lets=_CS_LETS,
        why="variant (penalty's 2 lost): ∇ λw'w = 2λw, the cost has no ½ to cancel it",
    ),
    Answer(
        id="f16-pmtk-linregloss-g",
        source=PMTK + " (g = …)",
        text="1 * X'*X*w - X'*y",
        cost=_PMTK_J,
        verdict="equivalent",
        wrt="w_j",
        why="XᵀXw − Xᵀy = Xᵀ(Xw − y), the gradient of ½‖y − Xw‖²",
    ),
    Answer(
        id="f16-cefet-reg-grad-two-lines",
        source=CEFET + " (grad = … and grad = grad + … on the next line)",
        text="grad = (1 / m) * (h - y).dot(X)\n  grad = grad + (lambda_ / m) * temp",
        cost=_CEFET_J,
        verdict="equivalent",
        lets=_CEFET_LETS,
        why="(h − y).dot(X) is Xᵀ(h − y); adding (λ/m)·temp (temp[0] = 0) penalises only θ₁…: the gradient",
    ),
    Answer(
        id="f16-ufscar-reg-grad-before-fixup",
        source=UFSCAR + " (the first 'grad = …' line, before the next line subtracts the intercept's penalty)",
        text="(X' * (h_X - y)) ./ m + ( (lambda/m) * theta)",
        cost=_UFSCAR_J,
        verdict="different",
        lets=_UFSCAR_LETS,
        why="on its own this penalises theta(1) too (the file fixes it on the next line, grad(1) = grad(1) - "
        "((lambda/m) * theta(1))): component 1 has an extra (λ/m)θ₁",
    ),
    Answer(
        id="f16-ufscar-reg-grad-with-fixup",
        source=UFSCAR + " (the two grad lines together)",
        text="grad = (X' * (h_X - y)) ./ m + ( (lambda/m) * theta);\ngrad(1) = grad(1) - ( (lambda/m) * theta(1));",
        cost=_UFSCAR_J,
        verdict="equivalent",
        lets=_UFSCAR_LETS,
        why="the second line removes the intercept's penalty: Xᵀ(h − y)/m + (λ/m)θⱼ for j ≥ 2 only",
    ),
    Answer(
        id="f16-rdenadai-dJ-mangled-theta-star-j",
        source=RDENADAI + " (2. Fórmula do Gradiente Descendente, first display, the part after '=')",
        text=r"\frac{1}{m} \sum*{i=1}^{m} (h\_{\theta}(x^{(i)}) - y^{(i)}) x_j^{(i)}",
        cost=_RDEN_J,
        verdict="equivalent",
        lets=_RDEN_LETS,
        why="\\sum*{i=1} is \\sum_{i=1}, h\\_{\\theta} is h_θ (the formatter's mangling); (1/m)Σ(h − y)xⱼ",
    ),
    Answer(
        id="f16-rdenadai-update-sigmoid-written-out",
        source=RDENADAI + " (2., the third display: the factor after α in θⱼ := θⱼ − α…)",
        text=r"\frac{1}{m} \sum_{i=1}^{m} ((\frac{1}{1 + e^{-\theta^T x^{(i)}}}) - y^{(i)}) x_j^{(i)}",
        cost=_RDEN_J,
        verdict="equivalent",
        lets=_RDEN_LETS,
    ),
]

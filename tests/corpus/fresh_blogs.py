r"""A fresh held-out wave (f6): blog posts, tutorials and reference pages, copied verbatim, judged by hand.

Gathered blind (without reading logderiv's source) from pages no other corpus file
uses: personal blogs (GitHub Pages / Jekyll / Hexo / hashnode sources, Notion and
Obsidian-publish pages), tutorial sites and practice sites (click4ai, aicassindra),
interview-prep and learning-journal notebooks, and library reference pages
(PyTorch, the R package gelnet, docs.rs). The notation is what such pages really
show: Unicode plain text (θ₀, Σ, ŷ, ²), pseudo-code and NumPy, MathJax/KaTeX
LaTeX with decorations (\overbrace, \red, \lvert), text mangled by a copy from
rendered math, a site's own math delimiters.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$``, an
``align``'s ``&`` or a site delimiter such as ``{% … %}`` dropped where the
``source`` says so); ``lets`` are definitions the same page gives, verbatim.
``intended`` and ``verdict`` were worked out by hand, before logderiv was run.
Several sources are files of the public code index whose repository the index
does not name; they are cited by the index's file id and the page's own title.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)


def _lgamma1(y):
    """log Γ(y + 1) for each entry of y (a constant of the Poisson log-likelihood)."""
    return np.array([math.lgamma(v + 1) for v in y])


def _powers(d):
    """The polynomial features x_i, x_i², …, x_i^p of the one feature x (p = the number of weights)."""
    return np.stack([d.x ** (j + 1) for j in range(d.n)], axis=1)


# ------------------------------------------------------------------ sources and shared texts
PFANN = "https://bernhard-pfann.dev/notes/Machine+Learning/Ridge+Regression"
_PFANN_J = (
    r"J_{n, \lambda}(\beta)=\frac{\lambda}{2} \lvert \lvert \beta \rvert \rvert^2+ \frac{1}{n} \sum_{i=1}^n "
    r"\frac{1}{2}(y_i - x_i \cdot \beta)^2"
)

FISHITMO = "https://github.com/fishitmo/Data-Science-Interview-Preparation (notebook 'Mean Squared Error (MSE)')"
_FISHITMO_MSE = r"\mathrm{MSE} \;=\; \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^{2}"
_FISHITMO_LETS = (r"\hat y_i \;=\; m\,x_i + b",)

AICASSINDRA = "https://www.aicassindra.com/blogs/algorithms/logistic_regression.html"
_AICASSINDRA_LOSS = "-sum[y·log(p) + (1-y)·log(1-p)]"

JACKEY = "github:jackey8616/jackey8616.github.io:source/_posts/AI/logistic-regression-and-its-math.md"
_JACKEY_J_EXPANDED = r"J(w_1, w_2, b) = \frac{1}{N}\sum_{i=1}^{N}[\ln(1 + e^{-z_i}) + (1 - y_i)z_i]"
_JACKEY_Z = r"z_i = w_1x_{i1} + w_2x_{i2} + b"

MANI = "github:mani2106/Blog-Posts:_posts/2020-08-31-linear-regression-grad-desc.md"
_MANI_J = r"(\frac{1}{2m}\sum_{i=1}^{m}  (\theta_0+\theta_1X^i - y^i)^2)"

VAMSHI = (
    "hashnode blog post 'Understanding Batch and Stochastic Gradient Descent and Normal Equation for Linear "
    "Regression' (vamshi.study, 2024-06-23; public code index file 4822447663, the index names no repository)"
)
_VAMSHI_J = r"J(\theta) = \frac{1}{2}\sum(\hat{y}_i - y_i)^2"
_VAMSHI_VEC = r"\frac{1}{2}(X\theta - \hat{y})^T(X\theta - \hat{y})"
_VAMSHI_VEC_LETS = (r"\hat{y} = \begin{bmatrix} y^{(1)} \\ y^{(2)} \\ : \\ y^{(n)} \\ \end{bmatrix}",)

MLF = (
    "Jekyll post 'ML Foundations: Linear Regression and Gradient Descent' (2025-12-28; public code index file "
    "36504049114, the index names no repository)"
)
_MLF_J = "J(θ₀, θ₁) = (1 / 2m) * Σ(h(xᵢ) - yᵢ)²"
_MLF_LETS = ("h(x) = θ₁x + θ₀",)

MIHAI = (
    "https://mihai2014.github.io/ml/Logistic_regression/0_gradients.html (source: "
    "github:mihai2014/mihai2014.github.io:debug/0_gradients.ipynb)"
)
_MIHAI_LOSS = r"Loss(Error function)=-y\cdot ln(\hat{y})-(1-y)\cdot ln(1-\hat{y})"
_MIHAI_LETS = (
    r"{ \hat{y} } =\sigma ({ z }) = \frac { 1 }{ 1+{ e }^{ -z } }",
    r"{ z }={ w }_{ 1 }{ x }_{ 1 }+{ w }_{ 2 }{ x }_{ 2 }+{ b }",
)

KOREAN = (
    "Korean blog post '비용 함수의 바닥까지 걸어 내려가는 경사하강법' (2026-01-05; public code index file 69550459394, "
    "the index names no repository)"
)
_KOREAN_J = r"J(w, b) = \frac{1}{n}\sum_{i=1}^{n}\left(wx^{(i)} + b - y^{(i)}\right)^2"

BG1346 = "https://github.com/BG1346/python_ml_perfect_guide (linear-regression notebook, 'We have the cost function')"
_BG1346_COST = r"Cost(w,b) = \frac{1}{2N} \sum_{i=0}^{N-1} (wx_i+b-y_i)^2"

ARNAV = "https://github.com/arnav-tomar/100days_of_ML (Ridge Regression using Gradient Descent)"
_ARNAV_J = r"J(W) = \frac{1}{2m}(XW - y)^T(XW - y) + \frac{\lambda}{2m} W^T W"

KHANAL = "https://github.com/khanalasmit/machinelearning (RIDGE REGRESSION USING THE GRADIENT DESCENT)"
_KHANAL_L = r"L=\frac{1}{2}(XW-Y)^{T}(XW-Y)+\frac{1}{2} \lambda W^{T}W"

SIVALIEN = "https://github.com/sivalien/regression-implementation (Ridge, 'Для Ridge обозначения сохраняются')"
_SIVALIEN_Q = r"Q = ||\mathbb{Y} - \mathbb{X}\omega||_2^2 + \alpha||\omega||_2^2"

CLICK4AI = "https://click4ai.perfionixai.com/problems/ridge-regression"
_CLICK4AI_LOSS = "Loss = (1/n) * sum((y_pred - y)^2) + alpha * sum(w^2)"

CNNOTES = (
    "Chinese study notes '逻辑回归' on the CS229 logistic-regression notes (public code index file 14477456454, "
    "the index names no repository)"
)
_CNNOTES_L = (
    r"l(\theta)=logL(\theta)=\sum_{i=1}^{m}y^{(i)}logh_\theta(x^{(i)})+(1-y^{(i)})log(1-h_\theta(x^{(i)}))"
)

HHNRO = "https://github.com/Hhnro/Machine-Learning-Interviews (Logistic Regression notebook, class LogisticRegression.fit)"
_HHNRO_COST = "(-1 / n_samples) * np.sum(y * np.log(y_pred) + (1 - y) * np.log(1 - y_pred))"
_HHNRO_LETS = ("z = np.dot(X, self.weights) + self.bias", "y_pred = self._sigmoid(z)")

OBSIDIAN_POLY = (
    "Obsidian notes 'Polynomial Regression' / 'Regularization' (public code index file 21255855777, the index "
    "names no repository)"
)
_OBSIDIAN_POLY_LETS = (r"h(x_i) = b + \sum_{j=1}^{p}x_{i}^{j}w_j",)
_OBSIDIAN_POLY_L = r"L = \frac{1}{2n} \sum_{i=1}^{n}(y_i - h(x_i))^2"
_OBSIDIAN_POLY_REG = r"L = \frac{\| Y - h(X) \|_{2}^2}{2n} + \lambda \sum_{j=1}^p w_{j}^2"

OBSIDIAN_LOG = (
    "Obsidian notes 'Module 8 — Regularization' of a logistic-regression series (public code index file "
    "65756188750, the index names no repository)"
)
_OBSIDIAN_LOG_L2 = (
    r"\mathcal{L}_{\text{L2}} = -\frac{1}{n}\sum_i \left[y_i \log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\right] "
    r"+ \lambda \sum_j w_j^2"
)

CNBLOG = (
    "Jekyll blog notes on Andrew Ng's Machine Learning course, Chinese/English (public code index file "
    "46681548822, the index names no repository)"
)
_CNBLOG_LIN = (
    r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})^2 "
    r"\overbrace{\red{+ \lambda\sum_{j=1}^n\theta_j^2}}^{\tt \small regulation\ term} \right]"
)
_CNBLOG_LOG = (
    r"J(\theta) =\frac{1}{m}\sum_{i=1}^m{\left[-y^{(i)} \log(h_{\theta}(x^{(i)}))-(1-y^{(i)}) "
    r"\log(1-h_{\theta}(x^{(i)}))\right]} +\frac{\lambda}{2m}\sum_{j=1}^n{\theta_j^2}"
)


def _ce(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


COSTS = [
    # ------------------------------------------------------------------ ridge / least squares
    Cost(
        id="f6-pfann-ridge-lvert-norm",
        source=PFANN + " (Objective Function)",
        text=_PFANN_J,
        intended=lambda d: d.lam / 2 * np.sum(d.beta**2) + np.mean(0.5 * (d.y - d.X @ d.beta) ** 2),
        wrt=("beta_j",),
        why="\\lvert\\lvert β \\rvert\\rvert^2 is the squared Euclidean norm; n counts the observations, x_i is the "
        "feature vector of observation i and x_i · β its dot product",
    ),
    Cost(
        id="f6-arnav-ridge-matrix-2m",
        source=ARNAV + " (3. Ridge Regression Loss Function)",
        text=_ARNAV_J,
        intended=lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m) + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("W_j",),
        why="matrix form: (XW − y)ᵀ(XW − y) is the sum of squared residuals, WᵀW the sum of squared weights",
    ),
    Cost(
        id="f6-khanal-ridge-half",
        source=KHANAL + " (first line of the derivation, its trailing '\\\\[6pt]' dropped)",
        text=_KHANAL_L,
        intended=lambda d: 0.5 * np.sum((d.X @ d.w - d.y) ** 2) + 0.5 * d.lam * np.sum(d.w**2),
        wrt=("W_j",),
        why="capital Y is the target vector; ½(XW−Y)ᵀ(XW−Y) + ½λWᵀW",
    ),
    Cost(
        id="f6-sivalien-ridge-mathbb-omega",
        source=SIVALIEN,
        text=_SIVALIEN_Q,
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("omega_j",),
        why="blackboard-bold \\mathbb{X}, \\mathbb{Y} are the design matrix and targets, ω the weights, α the "
        "regularisation strength (d.lam); ||·||_2^2 the squared 2-norm",
    ),
    Cost(
        id="f6-click4ai-ridge-pseudocode",
        source=CLICK4AI + " ('Loss Function:')",
        text=_CLICK4AI_LOSS,
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j", "b"),
        why="pseudo-code: y_pred is the linear prediction X @ w + b (the page: 'Linear Regression with L2 "
        "regularization', 'The L2 penalty only applies to weights, not the bias term'); alpha is the regularisation "
        "strength (d.lam); sum(w^2) sums over the weights",
    ),
    Cost(
        id="f6-cnblog-overbrace-red-ridge",
        source=CNBLOG + " (Regularization, Cost function)",
        text=_CNBLOG_LIN,
        intended=lambda d: (np.sum((d.X @ d.theta - d.y) ** 2) + d.lam * np.sum(d.theta**2)) / (2 * d.m),
        wrt=("theta_j",),
        why="\\overbrace{…}^{label} and \\red{…} only decorate the penalty term: (1/2m)[Σ(h−y)² + λΣθ_j²], "
        "h undefined in a squared error: θᵀx",
    ),
    Cost(
        id="f6-obsidian-poly-powers",
        source=OBSIDIAN_POLY + " (Loss Function, first part of the chain; h from 'Model (Hypothesis)')",
        text=_OBSIDIAN_POLY_L,
        intended=lambda d: np.sum((d.y - (_powers(d) @ d.w + d.b)) ** 2) / (2 * d.m),
        wrt=("w_j", "b"),
        lets=_OBSIDIAN_POLY_LETS,
        why="polynomial regression in the one feature x: here x_i^j IS a power (the page's model line is "
        "b + x_iw_1 + x_i^2w_2 + … + x_i^pw_p); n counts the examples, p the weights",
    ),
    Cost(
        id="f6-obsidian-lasso-norm1",
        source=OBSIDIAN_POLY + " (Regularization Methods in Regression, Lasso)",
        text=r"L = \frac{\| Y - h(X) \|_{2}^2}{2n} + \lambda \| W \|_1",
        intended=None,
        wrt=("w_j",),
        lets=_OBSIDIAN_POLY_LETS,
        expect="refuse",
        why="the L1 norm ‖W‖_1 = Σ|w_j|",
    ),
    # ------------------------------------------------------------------ squared error, one feature
    Cost(
        id="f6-notion-mse-hat-y-i-lost-subscript",
        source="https://alive-lumber-714.notion.site/Optimization-Algorithms-Gradient-Descent-24c9212713998022b179fc5ca91ee3fb "
        "('The Updated Equation', the align's '&' dropped; ŷ from its first line)",
        text=r"\text{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - \hat{y}i)^2",
        intended=lambda d: np.mean((d.y - (d.theta0 + d.theta1 * d.x)) ** 2),
        wrt=("w_0", "w_1"),
        lets=(r"\hat{y}i = w_0 + w_1 x_i",),
        why="Notion ate the underscore: \\hat{y}i is ŷ_i (the let defines the same \\hat{y}i as w_0 + w_1 x_i); "
        "the mean squared error of a line",
    ),
    Cost(
        id="f6-fishitmo-mse-slope-m",
        source=FISHITMO + " (the MSE display; ŷ_i from the same display after \\quad, the trailing ',' dropped)",
        text=_FISHITMO_MSE,
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        lets=_FISHITMO_LETS,
        why="m is the slope (a parameter), n the number of examples; \\; and \\, are spacing",
    ),
    Cost(
        id="f6-korean-blog-mse-wb",
        source=KOREAN + " (MSE를 파라미터로 미분하면)",
        text=_KOREAN_J,
        intended=lambda d: np.mean((d.w[0] * d.x + d.b - d.y) ** 2),
        wrt=("w", "b"),
        why="one feature: w the slope, b the intercept, n examples",
    ),
    Cost(
        id="f6-bg1346-cost-zero-based",
        source=BG1346,
        text=_BG1346_COST,
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        why="'Cost' is the name of the function; 0-based sum over the N examples",
    ),
    Cost(
        id="f6-mani-superscript-example-index",
        source=MANI + " (Deriving the derivative term, the third line of the chain g(θ_0, θ_1) = J(θ_0, θ_1) = …, "
        "its leading '=' dropped)",
        text=_MANI_J,
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        why="X^i and y^i are the i-th example (the post writes h_θ(x^i) for 'the i-th training example'), not powers; "
        "the outer parentheses are the post's",
    ),
    Cost(
        id="f6-mlfoundations-unicode-theta0-theta1",
        source=MLF + " (2. Measuring Error: 'MSE Formula:'; h from '1. The Goal')",
        text=_MLF_J,
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        lets=_MLF_LETS,
        why="plain Unicode with subscript digits; the post explains (1 / 2m) as 'we average … The 2 is just a "
        "mathematical convenience', i.e. 1/(2m); Σ over the m data points",
    ),
    Cost(
        id="f6-vamshi-half-sse-unbounded-sum",
        source=VAMSHI + " (Batch Gradient Descent, first line of the \\displaylines)",
        text=_VAMSHI_J,
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2),
        wrt=("theta_j",),
        why="Σ without limits runs over the examples; ŷ is h(x) = θ_0x_0 + θ_1x_1 + … + θ_nx_n (the post's derivation), θᵀx",
    ),
    Cost(
        id="f6-vamshi-vectorized-hat-y-labels",
        source=VAMSHI + " (Normal Equation: '=> \\frac{1}{2}(X\\theta - \\hat{y})^T(X\\theta - \\hat{y}) = …'; "
        "ŷ from the same \\displaylines)",
        text=_VAMSHI_VEC,
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2),
        wrt=("theta_j",),
        lets=_VAMSHI_VEC_LETS,
        why="in this section the post's \\hat{y} is the column of TARGETS y^{(1)} … y^{(n)} (its let), not a "
        "prediction: ½‖Xθ − y‖²",
    ),
    # ------------------------------------------------------------------ cross-entropy
    Cost(
        id="f6-jackey-softplus-expanded",
        source=JACKEY + " (Expands the Loss Function, last line; z_i from the derivative of z_i in (9))",
        text=_JACKEY_J_EXPANDED,
        intended=lambda d: np.mean(
            np.log(1 + np.exp(-(d.w[0] * d.X[:, 0] + d.w[1] * d.X[:, 1] + d.b)))
            + (1 - d.y) * (d.w[0] * d.X[:, 0] + d.w[1] * d.X[:, 1] + d.b)
        ),
        wrt=("w_1", "w_2", "b"),
        lets=(_JACKEY_Z,),
        why="the cross-entropy with σ(z) substituted: −[y ln σ + (1−y) ln(1−σ)] = ln(1+e^{−z}) + (1−y)z; two "
        "features x_{i1}, x_{i2}",
    ),
    Cost(
        id="f6-jackey-capital-P-let",
        source=JACKEY + " (Optimizer, 'The loss function'; σ(z_i) = P_i from the expansion's '\\because' line, "
        "its '\\because' and '&' dropped)",
        text=r"J(w_1, w_2, b) = - \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i) + (1 - y_i)\ln(1-p_i)]",
        intended=lambda d: np.mean(_ce(sig(d.w[0] * d.X[:, 0] + d.w[1] * d.X[:, 1] + d.b), d.y)),
        wrt=("w_1", "w_2", "b"),
        lets=(r"\sigma(z_i) = P_i = \frac{1}{1 + e^{-z_i}}", _JACKEY_Z),
        why="the post writes the predicted probability p_i in the loss and P_i in its definition (a case slip); "
        "p_i = σ(z_i)",
    ),
    Cost(
        id="f6-aicassindra-bce-sum-plain",
        source=AICASSINDRA + " (Loss)",
        text=_AICASSINDRA_LOSS,
        intended=lambda d: np.sum(_ce(sig(d.X @ d.w), d.y)),
        wrt=("w_j",),
        why="plain text with '·' products; p is the predicted probability σ(Xw) (the page's gradient next to it uses "
        "σ(Xw), no intercept); a sum, no 1/N",
    ),
    Cost(
        id="f6-lihaoran-lg-log",
        source="https://lihaoran.work/regularization (Cost Function of Logistic Regression; \\begin{equation} dropped)",
        text=r"J_\theta=-{1\over m}\sum_{i=1}^m{(y^{(i)}lg(h_\theta(x^{(i)}))+(1-y^{(i)})lg(1-h_\theta(x^{(i)})))} "
        r"+ {\lambda \over 2m}\sum_{j=1}^n\theta_j^2",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="'lg' is the base-10 (or, in CS, base-2) logarithm by convention, while the cost it copies (Ng's "
        "regularised logistic cost) uses the natural log: the gradient changes by a constant factor with the base, "
        "so which one is meant is a guess",
    ),
    Cost(
        id="f6-gelnet-logreg-obj-l1-penalty",
        source="https://www.rdocumentation.org/packages/gelnet/versions/1.2.1/topics/gelnet.logreg.obj (Description)",
        text=r"-\frac{1}{n} \sum_i y_i s_i - \log( 1 + \exp(s_i) ) + R(w)",
        intended=None,
        wrt=("w_j", "b"),
        lets=(
            r"s_i = w^T x_i + b",
            r"R(w) = \lambda_1 \sum_j d_j |w_j| + \frac{\lambda_2}{2} (w-m)^T P (w-m)",
        ),
        expect="refuse",
        why="R(w) has the L1 term |w_j| (with feature weights d_j), a penalty matrix P and a translation m; and the "
        "Σ_i has no bracket, so whether −log(1+exp(s_i)) is inside it is a guess",
    ),
    Cost(
        id="f6-pytorch-bceloss-unreduced-vector",
        source="https://docs.pytorch.org/docs/stable/generated/torch.nn.modules.loss.BCELoss.html "
        "(the unreduced loss, LaTeX of the KaTeX rendering)",
        text=r"\ell(x, y) = L = \{l_1,\dots,l_N\}^\top, \quad l_n = - w_n \left[ y_n \cdot \log x_n + (1 - y_n) "
        r"\cdot \log (1 - x_n) \right],",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="the unreduced loss is a VECTOR {l_1, …, l_N}ᵀ, not a scalar cost; x_n are the probabilities handed to "
        "the loss and w_n per-element rescaling weights, not model parameters",
    ),
    Cost(
        id="f6-neuronika-two-line-ascii",
        source="https://docs.rs/crate/neuronika/latest/target-redirect/x86_64-unknown-linux-gnu/neuronika/nn/loss/fn.bce_loss.html "
        "(Expand description; whitespace as the stored page has it)",
        text="1 n\nLᴏss = ― ∑ - [ʏᵢ * ln(xᵢ) + (1 - ʏᵢ) * ln(1 - xᵢ)]\nn i=1",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="a two-dimensional ASCII layout (1/n and the sum's limits on the lines above and below), small-capital "
        "letters ᴏ, ʏ; and xᵢ are the inputs (probabilities), no model",
    ),
    Cost(
        id="f6-atzy-code-unclosed-mean",
        source="https://notes.atzy.dev/log-likelihood-cross-entropy-function (def log_likelihood_loss, return …)",
        text="-1 * np.mean(y * n.log(pred) + (1-y) * np.log(1 - pred)",
        intended=None,
        wrt=("a", "b"),
        lets=("pred = logistic_regression(x, a, b)",),
        expect="refuse",
        why="np.mean( is never closed, 'n.log' is a typo for np.log, and logistic_regression is not defined on the page",
    ),
    Cost(
        id="f6-atzy-rendered-fraction-lost",
        source="https://notes.atzy.dev/log-likelihood-cross-entropy-function ('Defined as:', text of the rendered page)",
        text="L=1NiN[yiln(s(axi+b))+(1yi)ln(1s(axi+b))]",
        intended=None,
        wrt=("a", "b"),
        expect="refuse",
        why="copied from rendered math: the fraction 1/N, the sum sign, the subscripts and the minus signs are gone "
        "('1NiN', '(1yi)', '(1s(…))')",
    ),
    # ------------------------------------------------------------------ Poisson
    Cost(
        id="f6-davinci-poisson-percent-delimiters",
        source="https://davinci-net.com/home/corners/statistics/regression/poisson/fitting.html (Overview; the site's "
        "'{% … %}' math delimiters dropped)",
        text=r"\mathcal{L}(\mu,y) = \sum_{i=1}^n [y_i ln(\mu_i) - \mu_i - ln \Gamma(y_i + 1)]",
        intended=lambda d: np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta) - _lgamma1(d.y)),
        wrt=("beta_j",),
        lets=(r"\mu_i = exp[\vec{x}_i^T \vec{\beta}]",),
        why="the Poisson log-likelihood (to maximise) with μ_i = exp(x_iᵀβ); 'ln' and 'exp' without backslashes, "
        "exp[…] with square brackets; ln Γ(y_i + 1) = ln(y_i!) is a constant",
    ),
]


ANSWERS = [
    # ------------------------------------------------------------------ ridge
    Answer(
        id="f6-pfann-ridge-grad-sum",
        source=PFANN + " (Gradient Descent: 'The gradient of the ridge regression loss w.r.t. β is')",
        text=r"\nabla_\beta = \lambda \beta + \frac{1}{n}\sum_{i=1}^n-(y^{(i)}-x^{(i)}\cdot \beta)*x^{(i)}",
        cost=_PFANN_J,
        verdict="equivalent",
        wrt="beta_j",
        why="λβ + (1/n)Σ −(y − x·β)x; the page switches from y_i, x_i to y^{(i)}, x^{(i)} for the same examples",
    ),
    Answer(
        id="f6-pfann-ridge-single-observation",
        source=PFANN + " (Gradient Descent: 'For a single observation (x_i, y_i) the gradient is')",
        text=r"\nabla_\beta^{(i)} = \lambda\beta -\big(y^{(i)}-x^{(i)}\cdot \beta \big)*x^{(i)}",
        cost=_PFANN_J,
        verdict="different",
        wrt="beta_j",
        why="the stochastic (one-observation) gradient: it drops the average (1/n)Σ over the examples, so it is not "
        "∇J_{n,λ}",
    ),
    Answer(
        id="f6-arnav-ridge-grad",
        source=ARNAV + " (8. Total Gradient of Ridge Loss)",
        text=r"\nabla_W J(W) = \frac{1}{m} X^T(XW - y) + \frac{\lambda}{m} W",
        cost=_ARNAV_J,
        verdict="equivalent",
        wrt="W_j",
    ),
    Answer(
        id="f6-khanal-ridge-transposed-YtX",
        source=KHANAL + " (the derivation's last line, 'Now, dL/dW =')",
        text=r"\frac{dL}{dW}=X^{T}XW-Y^{T}X+\lambda W",
        cost=_KHANAL_L,
        verdict="equivalent",
        wrt="W_j",
        why="Yᵀ X is the transpose of XᵀY (a row for a column); component j of both is Σ_i y_i x_ij, so component by "
        "component this is XᵀXW − XᵀY + λW, the gradient (the orientation slip does not change any component)",
    ),
    Answer(
        id="f6-sivalien-ridge-grad",
        source=SIVALIEN + " (\\nabla_{\\omega}Q)",
        text=r"\nabla_{\omega}Q = 2(\mathbb{X}^T(\mathbb{X}\omega - \mathbb{Y}) + \alpha\omega)",
        cost=_SIVALIEN_Q,
        verdict="equivalent",
        wrt="omega_j",
    ),
    Answer(
        id="f6-click4ai-ridge-dw",
        source=CLICK4AI + " (Gradient Descent Update Rules: 'dw = …')",
        text="(2/n) * (X^T @ (y_pred - y)) + 2 * alpha * w",
        cost=_CLICK4AI_LOSS,
        verdict="equivalent",
        wrt="w_j",
        why="y_pred = X @ w + b (linear regression with L2); alpha the regularisation strength",
    ),
    Answer(
        id="f6-click4ai-ridge-db",
        source=CLICK4AI + " (Gradient Descent Update Rules: 'db = …')",
        text="(2/n) * sum(y_pred - y)",
        cost=_CLICK4AI_LOSS,
        verdict="equivalent",
        wrt="b",
        why="the bias is not penalised",
    ),
    Answer(
        id="f6-cnblog-penalty-derivative-squared",
        source=CNBLOG + " (Regularized linear regression: the bracket of the θ_j update, which is ∂J/∂θ_j; its '&' "
        "and line breaks dropped)",
        text=r"\left( \frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})\cdot x_j^{(i)} \right) + "
        r"\frac{\lambda}{2m}\theta_j^2",
        cost=_CNBLOG_LIN,
        verdict="different",
        wrt="theta_j",
        why="the penalty's derivative is (λ/m)θ_j; the post copies the penalty term itself, (λ/2m)θ_j², into the "
        "gradient",
    ),
    Answer(
        id="f6-cnblog-logistic-l2-grad",
        source=CNBLOG + " (Regularized Logistic Regression, ∂J/∂θ_j for j ≥ 1)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \left( \frac{1}{m}\sum_{i=1}^m{\left( "
        r"h_\theta(x^{(i)})-y^{(i)}\right)x_j^{(i)}} \right)+\frac{\lambda}{m}\theta_j",
        cost=_CNBLOG_LOG,
        verdict="equivalent",
        wrt="theta_j",
        why="h = σ(θᵀx) in the cross-entropy",
    ),
    Answer(
        id="f6-obsidian-poly-ridge-grad",
        source=OBSIDIAN_POLY + " (Regularization, The Derivatives)",
        text=r"\frac{\partial L}{\partial w_j} = \frac{1}{n}[\sum_{i=0}^{n}(y_i - h(x_i))(-x_{i}^{j}) + 2\lambda w_j]",
        cost=_OBSIDIAN_POLY_REG,
        verdict="different",
        wrt="w_j",
        lets=_OBSIDIAN_POLY_LETS,
        why="two slips: the penalty λΣw_j² is not divided by 2n, so its derivative is 2λw_j, but the answer puts it "
        "inside the 1/n bracket (2λw_j/n); and the sum runs i = 0..n, one example more than the cost's i = 1..n",
    ),
    Answer(
        id="f6-obsidian-poly-grad-from-zero",
        source=OBSIDIAN_POLY + " (Polynomial Regression, Derivatives, 'For w_j')",
        text=r"\frac{\partial L}{\partial w_j} = \frac{1}{n}\sum_{i=0}^{n}(y_i - h(x_i))(-x_{i}^{j})",
        cost=_OBSIDIAN_POLY_L,
        verdict="different",
        wrt="w_j",
        lets=_OBSIDIAN_POLY_LETS,
        why="wrong index range: Σ_{i=0}^{n} has n+1 terms where the cost sums i = 1..n (x_0, y_0 are no example); "
        "the rest, (1/n)Σ(y_i − h)(−x_i^j) with x_i^j a power, is right",
    ),
    # ------------------------------------------------------------------ squared error, one feature
    Answer(
        id="f6-fishitmo-dmse-dm",
        source=FISHITMO + " (Gradient w.r.t. m, first form)",
        text=r"-\;\frac{2}{n}\sum_{i=1}^{n}x_i\,(y_i - \hat y_i)",
        cost=_FISHITMO_MSE,
        verdict="equivalent",
        wrt="m",
        lets=_FISHITMO_LETS,
    ),
    Answer(
        id="f6-fishitmo-dmse-db",
        source=FISHITMO + " (Gradient w.r.t. b, second form)",
        text=r"\frac{2}{n}\sum_{i=1}^{n}(\hat y_i - y_i)",
        cost=_FISHITMO_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_FISHITMO_LETS,
    ),
    Answer(
        id="f6-korean-dw",
        source=KOREAN + " (∂J/∂w)",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n}\sum_{i=1}^{n}\left(wx^{(i)} + b - y^{(i)}\right)x^{(i)}",
        cost=_KOREAN_J,
        verdict="equivalent",
        wrt="w",
    ),
    Answer(
        id="f6-korean-code-db",
        source=KOREAN + " (처음부터 구현하기: 'db = …', y_pred from the line above)",
        text="(2 / n) * np.sum(y_pred - y)",
        cost=_KOREAN_J,
        verdict="equivalent",
        wrt="b",
        lets=("y_pred = w * X + b",),
        why="the code's X is the 1-D array of the one feature (x^{(i)} in the cost)",
    ),
    Answer(
        id="f6-bg1346-dw-unbounded-sum",
        source=BG1346 + " ('Hence the gradients … are given by', dw; the trailing '\\\\' dropped)",
        text=r"dw = \frac{1}{N} \sum (wx_i + b -y_i) x_i",
        cost=_BG1346_COST,
        verdict="equivalent",
        wrt="w",
        why="Σ without limits over the N examples",
    ),
    Answer(
        id="f6-mani-dtheta1-superscripts",
        source=MANI + " (j = 1, the last line of the chain)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}  (\theta_0+\theta_1X^i - y^i) * X^i",
        cost=_MANI_J,
        verdict="equivalent",
        wrt="theta_1",
        why="X^i, y^i the i-th example, as in the cost",
    ),
    Answer(
        id="f6-mlfoundations-code-2-over-m",
        source=MLF + " (A. Batch Gradient Descent, 'gradients = …'; X_b from section 4)",
        text="(2/m) * X_b.T.dot(X_b.dot(theta) - y)",
        cost=_MLF_J,
        verdict="different",
        wrt="theta_1",
        lets=("X_b = np.c_[np.ones((100, 1)), X]",),
        why="theta = [θ₀, θ₁] and X_b = [1, x]: the code computes (2/m)Σ(h − y)[1, x], the gradient of the MSE "
        "WITHOUT the ½; the post's own J has 1/(2m), whose gradient is (1/m)Σ(h − y)[1, x] — twice too large",
    ),
    Answer(
        id="f6-vamshi-x-superscript-j",
        source=VAMSHI + " (Batch Gradient Descent, the last line of the derivation)",
        text=r"\sum(h(x) - y) x^j",
        cost=_VAMSHI_J,
        verdict="refuse",
        wrt="theta_j",
        why="no example index at all (h(x), y, x) under an unbounded Σ, and x^j with a superscript j where the "
        "derivation just wrote x^i: whether x^j is feature j of each example or a power is a guess",
    ),
    Answer(
        id="f6-vamshi-update-unbalanced",
        source=VAMSHI + " (the batch update θ_j := θ_j − α…, the part after α)",
        text=r"\sum(h_θ(x^i) - y^j)x_j^i)",
        cost=_VAMSHI_J,
        verdict="refuse",
        wrt="theta_j",
        why="a stray ')' closes nothing, and y^j (for y^i) indexes the target by the feature index",
    ),
    Answer(
        id="f6-vamshi-normal-equation-gradient",
        source=VAMSHI + " (Normal Equation: ∇_θJ(θ) chain, the line '= (X^TX\\theta - X^TY)')",
        text=r"(X^TX\theta - X^TY)",
        cost=_VAMSHI_VEC,
        verdict="equivalent",
        wrt="theta_j",
        lets=_VAMSHI_VEC_LETS,
        why="Y is the post's target vector (its \\hat{y}); the gradient of ½‖Xθ − y‖² is XᵀXθ − Xᵀy",
    ),
    # ------------------------------------------------------------------ cross-entropy
    Answer(
        id="f6-jackey-dw1-sigma-z-unindexed",
        source=JACKEY + " (Parameter w_1, the end of the align, tag (10))",
        text=r"\frac{1}{N}\sum_{i=1}^{N}[(\sigma(z) - y_i)x_{i1}]",
        cost=_JACKEY_J_EXPANDED,
        verdict="equivalent",
        wrt="w_1",
        lets=(_JACKEY_Z,),
        why="σ(z) without its index inside Σ_i is σ(z_i) (the same post restates (10) with σ(z_i)); "
        "(1/N)Σ(σ(z_i) − y_i)x_{i1}",
    ),
    Answer(
        id="f6-jackey-dw2",
        source=JACKEY + " (Parameter w_2, tag (13))",
        text=r"\frac{1}{N}\sum_{i=1}^{N}[(\sigma(z_i) - y_i)x_{i2}]",
        cost=_JACKEY_J_EXPANDED,
        verdict="equivalent",
        wrt="w_2",
        lets=(_JACKEY_Z,),
    ),
    Answer(
        id="f6-jackey-db",
        source=JACKEY + " (Parameter b, tag (16))",
        text=r"\frac{1}{N}\sum_{i=1}^{N}(\sigma(z_i) - y_i)",
        cost=_JACKEY_J_EXPANDED,
        verdict="equivalent",
        wrt="b",
        lets=(_JACKEY_Z,),
    ),
    Answer(
        id="f6-aicassindra-grad-over-N",
        source=AICASSINDRA + " (Gradient)",
        text="X^T(σ(Xw) - y) / N",
        cost=_AICASSINDRA_LOSS,
        verdict="different",
        wrt="w_j",
        why="the page's loss is a plain sum −Σ[…] (no 1/N), whose gradient is Xᵀ(σ(Xw) − y); the answer divides by N",
    ),
    Answer(
        id="f6-mihai-dw1",
        source=MIHAI + " (Gradients calculations: '=(\\hat{y}-y)\\cdot x_{1}')",
        text=r"(\hat{y}-y)\cdot x_{1}",
        cost=_MIHAI_LOSS,
        verdict="equivalent",
        wrt="w_1",
        lets=_MIHAI_LETS,
        why="one example (the page averages per-example gradients afterwards); ŷ = σ(w_1x_1 + w_2x_2 + b)",
    ),
    Answer(
        id="f6-mihai-chain-product",
        source=MIHAI + " (Gradients calculations: the product after 'So:')",
        text=r"(-\frac{y}{\hat{y}}+\frac{1-y}{1-\hat{y}}) \cdot \hat{y}(1-\hat{y}) \cdot x_{1}",
        cost=_MIHAI_LOSS,
        verdict="equivalent",
        wrt="w_1",
        lets=_MIHAI_LETS,
        why="the chain rule before cancelling: (−y/ŷ + (1−y)/(1−ŷ))·ŷ(1−ŷ) = ŷ − y",
    ),
    Answer(
        id="f6-mihai-db",
        source=MIHAI + " (Gradients calculations: dLoss/db)",
        text=r"\frac{dLoss}{{db}}=(\hat{y}-y)",
        cost=_MIHAI_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_MIHAI_LETS,
    ),
    Answer(
        id="f6-cnnotes-loglik-grad",
        source=CNNOTES + " (the first ∂l/∂θ_j)",
        text=r"\frac{\partial }{\partial \theta_j}l(\theta)=\sum_{i=1}^{m}(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}",
        cost=_CNNOTES_L,
        verdict="equivalent",
        wrt="theta_j",
        why="l is the log-likelihood (maximised); h = σ(θᵀx); 'log' without a backslash is the natural log; the Σ "
        "covers both terms (both use i)",
    ),
    Answer(
        id="f6-cnnotes-loglik-grad-sign-flipped",
        source=CNNOTES + " (the aligned derivation of ∂l/∂θ_j, its last line)",
        text=r"-\sum_{i=1}^n (y_i-\sigma(\theta ^Tx_i))x_i^{(j)}",
        cost=_CNNOTES_L,
        verdict="different",
        wrt="theta_j",
        why="sign error: the derivation starts '∂l/∂θ_j = −Σ(…)', the derivative of −l, while l is the "
        "log-likelihood the page just defined; ∂l/∂θ_j = +Σ(y_i − σ(θᵀx_i))x_ij (x_i^{(j)} is feature j of "
        "example i, n the page's other name for m)",
    ),
    Answer(
        id="f6-hhnro-code-dw",
        source=HHNRO + " (dw = …; cost, z and y_pred from the same loop)",
        text="(1 / n_samples) * np.dot(X.T, (y_pred - y))",
        cost=_HHNRO_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_HHNRO_LETS,
        why="self._sigmoid is the class's 1 / (1 + np.exp(-z)); n_samples the number of rows of X",
    ),
    Answer(
        id="f6-obsidian-logistic-l2-grad",
        source=OBSIDIAN_LOG + " (8.3, 'What it does to the gradient')",
        text=r"\nabla_{w_j} \mathcal{L}_{\text{L2}} = \frac{1}{n}\sum_i (\hat{p}_i - y_i)x_{ij} + 2\lambda w_j",
        cost=_OBSIDIAN_LOG_L2,
        verdict="equivalent",
        wrt="w_j",
        why="p̂_i = σ(wᵀx_i) (defined in the series' earlier modules); the penalty λΣw_j² has no 1/n, so 2λw_j",
    ),
]

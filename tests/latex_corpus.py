r"""Formulas in LaTeX as course notes, textbooks and Q&A answers write them, each with its plain spelling.

Every entry must build (logderiv.notation.read_problem) to the same cost as its
plain spelling, and ``logderiv derive`` must give both the same gradient
(tests/test_latex.py). Styles covered: the Coursera logistic cost with
``h_\theta\left(x^{(i)}\right)``, linear and ridge regression, L2 penalties
written as sums and as norms, Poisson, softplus, Gaussian likelihood, scalar
σ and tanh costs; with and without ``\left``/``\right``, ``\big``-sizes, a named
left side, display delimiters, environments, spacing and annotations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """A LaTeX cost, the plain spelling it must equal, and what both are read with."""

    id: str
    latex: str
    plain: str
    latex_lets: tuple[str, ...] = ()
    plain_lets: tuple[str, ...] = ()
    wrt: str = "theta_j"
    latex_wrt: str | None = None
    #: the cost's name as the left side gives it
    name: str = "J"


LOGISTIC = "-1/m * sum(y log(h) + (1-y) log(1-h))"
LOGISTIC_SIGMA = "-1/m * sum(y log(sigmoid(theta^T x)) + (1-y) log(1 - sigmoid(theta^T x)))"
LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
L2 = "lambda/(2m) * sum_k(theta_k^2)"

CORPUS = [
    Case(
        "coursera-logistic",
        r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\left(h_\theta\left(x^{(i)}\right)\right)"
        r" + \left(1-y^{(i)}\right)\log\left(1-h_\theta\left(x^{(i)}\right)\right)\right]",
        LOGISTIC,
    ),
    Case(
        "coursera-logistic-open-log",
        r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]",
        LOGISTIC,
    ),
    Case(
        "logistic-sigma-big",
        r"-\frac{1}{m}\sum_{i=1}^m \Big[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)}) \log\big(1 - \sigma(\theta^T x^{(i)})\big) \Big]",
        LOGISTIC_SIGMA,
    ),
    Case(
        "logistic-ln-bigl",
        r"-\frac{1}{m}\sum_{i=1}^{m}\Bigl[y^{(i)}\ln h + \bigl(1-y^{(i)}\bigr)\ln\bigl(1-h\bigr)\Bigr]",
        LOGISTIC,
    ),
    Case(
        "logistic-mathcal-yhat",
        r"\mathcal{L}(w) = -\frac{1}{m}\sum_{i=1}^{m}\left[ y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i) \right]",
        LOGISTIC,
        # L(w) names the parameters: the undefined prediction is σ(wᵀx)
        plain_lets=("h = sigmoid(w^T x)",),
        wrt="w_j",
        name="L",
    ),
    Case(
        "logistic-yhat-let",
        r"-\sum_{i=1}^{m}\left[y\log\hat{y} + (1-y)\log(1-\hat{y})\right]",
        "-sum(y log(h) + (1-y) log(1-h))",
        latex_lets=(r"\hat{y} = \sigma(\theta^\top x)",),
        plain_lets=("h = sigmoid(theta^T x)",),
    ),
    Case(
        "logistic-h-let-frac",
        r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_{\theta}\left(x^{(i)}\right) + \left(1-y^{(i)}\right)\log\left(1-h_{\theta}\left(x^{(i)}\right)\right)\right]",
        LOGISTIC,
        latex_lets=(r"h_\theta(x) = \frac{1}{1+e^{-\theta^\top x}}",),
        plain_lets=("h = 1/(1 + exp(-theta^T x))",),
    ),
    Case(
        "logistic-operatorname-sigmoid",
        r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\operatorname{sigmoid}(\theta^{T}x^{(i)}) + (1-y^{(i)})\log\left(1-\operatorname{sigmoid}(\theta^{T}x^{(i)})\right)\right]",
        LOGISTIC_SIGMA,
    ),
    Case(
        "logistic-display-dollars",
        r"$$ J(\theta) = \displaystyle -\frac{1}{m} \sum_{i=1}^{m} \Bigl[ y^{(i)} \log h + (1-y^{(i)}) \log (1 - h) \Bigr] \, . $$",
        LOGISTIC,
    ),
    Case(
        "logistic-brackets-display",
        r"\[ J(\theta)=-\tfrac{1}{m}\textstyle\sum_{i=1}^{m}\left[y^{(i)}\log h+(1-y^{(i)})\log(1-h)\right] \]",
        LOGISTIC,
    ),
    Case(
        "logistic-align",
        "\\begin{align*}\n  J(\\theta) &= -\\frac{1}{m}\\sum_{i=1}^{m}\\Big[y^{(i)}\\log h_\\theta(x^{(i)}) \\\\\n"
        "  &\\qquad + (1-y^{(i)})\\log\\big(1-h_\\theta(x^{(i)})\\big)\\Big]\n\\end{align*}",
        LOGISTIC,
    ),
    Case(
        "logistic-equation-comment",
        "\\begin{equation}\\label{eq:cost}\n  % the cross-entropy\n"
        "  J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^{m}\\left[y^{(i)}\\log h + (1-y^{(i)})\\log(1-h)\\right]\n\\end{equation}",
        LOGISTIC,
    ),
    Case(
        "logistic-l2",
        r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right] + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2",
        LOGISTIC + " + " + L2,
    ),
    Case(
        "logistic-l2-norm",
        r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h + (1-y^{(i)})\log(1-h)\right] + \frac{\lambda}{2m}\|\theta\|^2",
        LOGISTIC + " + " + L2,
    ),
    Case(
        "logistic-l2-norm-2",
        r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h + (1-y^{(i)})\log(1-h)\right] + \frac{\lambda}{2m}\left\|\theta\right\|_2^2",
        LOGISTIC + " + " + L2,
    ),
    Case(
        "linear-named-two-parameters",
        r"J(\theta_0,\theta_1) := \frac{1}{2m}\sum_{i=1}^m (\theta^{T}x^{(i)} - y^{(i)})^2",
        LINEAR,
    ),
    Case(
        "linear-h-let",
        r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2",
        "1/(2m) * sum((h - y)^2)",
        latex_lets=(r"h_\theta(x) = \theta^\top x",),
        plain_lets=("h = theta^T x",),
    ),
    Case(
        "linear-mathbf",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\mathbf{\theta}^\top\mathbf{x}^{(i)} - y^{(i)}\right)^{2}",
        LINEAR,
    ),
    Case(
        "linear-boldsymbol",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\boldsymbol{\theta}^{\top}\boldsymbol{x}^{(i)} - y^{(i)}\right)^{2}",
        LINEAR,
    ),
    Case(
        "linear-dfrac-cdot",
        r"\dfrac{1}{2m} \cdot \sum_{i=1}^{m} \left( \theta^T x^{(i)} - y^{(i)} \right)^2",
        LINEAR,
    ),
    Case(
        "linear-frac12-times",
        r"\frac12 \times \frac1m \sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)})^2",
        LINEAR,
    ),
    Case(
        "linear-mean",
        r"\frac{1}{2}\operatorname{mean}_i\left[(\theta^\top x^{(i)} - y^{(i)})^2\right]",
        LINEAR,
    ),
    Case(
        "linear-superscript-i",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta^T x^i - y^i\right)^2",
        LINEAR,
    ),
    Case(
        "linear-subscript-i",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta^T x_i - y_i\right)^2",
        LINEAR,
    ),
    Case(
        "linear-explicit-feature-sum",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\sum_{k=1}^{n}\theta_k x^{(i)}_k - y^{(i)}\right)^2",
        "1/(2m) * sum((sum_k(theta_k x_k) - y)^2)",
    ),
    Case(
        "linear-bias-features",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x_1^{(i)} - y^{(i)}\right)^2",
        "1/(2m) * sum((theta_0 + theta_1 x_1 - y)^2)",
        wrt="theta_1",
        latex_wrt=r"\theta_1",
    ),
    Case(
        "linear-unicode-theta",
        r"\frac{1}{2m}\sum_{i=1}^{m}(θ^\top x^{(i)} - y^{(i)})^2",
        LINEAR,
    ),
    Case(
        "linear-annotation-quad",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta^\top x^{(i)} - y^{(i)}\right)^2 \quad \text{(mean squared error)},",
        LINEAR,
    ),
    Case(
        "linear-cdot-dot-product",
        r"\frac{1}{2m}\sum_i\left(\theta\cdot x - y\right)^2",
        LINEAR,
    ),
    Case(
        "ridge-w-b",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(w^\top x^{(i)} + b - y^{(i)}\right)^2 + \frac{\lambda}{2m}\|w\|^2",
        "1/(2m) * sum((w^T x + b - y)^2) + lambda/(2m) * sum_k(w_k^2)",
        wrt="w_j",
        latex_wrt="w_j",
    ),
    Case(
        "ridge-w-b-wrt-b",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(w^\top x^{(i)} + b - y^{(i)}\right)^2 + \frac{\lambda}{2m}\lVert w\rVert^2",
        "1/(2m) * sum((w^T x + b - y)^2) + lambda/(2m) * sum_k(w_k^2)",
        wrt="b",
        latex_wrt="b",
    ),
    Case(
        "linear-l2-sum-j",
        r"\frac{1}{2m}\left[\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2 + \lambda\sum_{j=1}^{n}\theta_j^2\right]",
        "1/(2m) * (sum((h - y)^2) + lambda sum_k(theta_k^2))",
        latex_lets=(r"h_\theta(x) = \theta^T x",),
        plain_lets=("h = theta^T x",),
    ),
    Case(
        "poisson-e",
        r"\frac{1}{m}\sum_{i=1}^{m}\left(e^{\theta^\top x^{(i)}} - y^{(i)}\theta^\top x^{(i)}\right)",
        "1/m * sum(exp(theta^T x) - y theta^T x)",
    ),
    Case(
        "poisson-exp",
        r"\ell(\theta) = \frac1m \sum_{i=1}^m \left[\exp(\theta^T x^{(i)}) - y^{(i)} \, \theta^T x^{(i)}\right]",
        "1/m * sum(exp(theta^T x) - y theta^T x)",
        name="ℓ",
    ),
    Case(
        "softplus-operatorname",
        r"\frac{1}{m}\sum_{i=1}^{m}\left[\operatorname{softplus}(\theta^\top x^{(i)}) - y^{(i)}\theta^\top x^{(i)}\right]",
        "1/m * sum(softplus(theta^T x) - y theta^T x)",
    ),
    Case(
        "softplus-mathrm",
        r"\frac{1}{m}\sum_{i=1}^{m}\left[\mathrm{softplus}\left(\theta^\top x^{(i)}\right) - y^{(i)}\theta^\top x^{(i)}\right]",
        "1/m * sum(softplus(theta^T x) - y theta^T x)",
    ),
    Case(
        "softplus-log-one-plus-e",
        r"\frac{1}{m}\sum_{i=1}^{m} \left[ \log\left(1 + e^{\theta^{T} x^{(i)}}\right) - y^{(i)} \theta^{T} x^{(i)} \right]",
        "1/m * sum(log(1 + exp(theta^T x)) - y theta^T x)",
    ),
    Case(
        "mse-sigmoid",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\sigma\left(\theta^\top x^{(i)}\right) - y^{(i)}\right)^2",
        "1/(2m) * sum((sigmoid(theta^T x) - y)^2)",
    ),
    Case(
        "sigmoid-w-sum-i",
        r"\sum_i \left(\sigma(w^\top x_i) - y_i\right)^2",
        "sum((sigmoid(w^T x) - y)^2)",
        wrt="w_j",
        latex_wrt="w_j",
    ),
    Case(
        "gaussian-likelihood-pi",
        r"\frac{1}{m}\sum_{i=1}^{m}\left[\frac{1}{2}\log(2\pi) + \frac{1}{2}\left(y^{(i)} - \theta^\top x^{(i)}\right)^2\right]",
        "1/m * sum(1/2 log(2 pi) + 1/2 (y - theta^T x)^2)",
    ),
    Case(
        "pseudo-huber-sqrt",
        r"\frac{1}{m}\sum_{i=1}^{m}\left(\sqrt{1 + \left(\theta^\top x^{(i)} - y^{(i)}\right)^{2}} - 1\right)",
        "1/m * sum(sqrt(1 + (theta^T x - y)^2) - 1)",
    ),
    Case(
        "tanh-squared",
        r"\frac{1}{2m}\sum_{i=1}^{m}\left(\tanh\left(\theta^\top x^{(i)}\right) - y^{(i)}\right)^2",
        "1/(2m) * sum((tanh(theta^T x) - y)^2)",
    ),
    Case(
        "sigmoid-scalar",
        r"\frac{1}{1+e^{-z}}",
        "1/(1 + exp(-z))",
        wrt="z",
        latex_wrt="z",
    ),
    Case(
        "log-sigmoid-scalar",
        r"-\log\sigma(z) \; ,",
        "-log(sigmoid(z))",
        wrt="z",
        latex_wrt="z",
    ),
    Case(
        "tanh-scalar-half",
        r"\tfrac{1}{2}\left(\tanh(z) - y\right)^{2}",
        "1/2 * (tanh(z) - y)^2",
        wrt="z",
        latex_wrt="z",
    ),
    Case(
        "cross-entropy-xj-superscript-first",
        r"\frac{1}{m}\sum_{i=1}^{m}\left(h - y^{(i)}\right)^{2} x^{(i)}_j",
        "1/m * sum((h - y)^2 x_j)",
    ),
    Case(
        "size-commands",
        r"{\small J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\bigg(\theta^\top x^{(i)} - y^{(i)}\bigg)^2}",
        LINEAR,
    ),
    Case(
        "equation-editor-braces",
        r"J(\theta )=\frac{1}{2m}\sum\limits_{i=1}^{m}{{{\left( {{h}_{\theta }}\left( {{x}^{(i)}} \right)-{{y}^{(i)}} \right)}^{2}}}",
        "1/(2m) * sum((h - y)^2)",
        latex_lets=(r"{{h}_{\theta }}\left( x \right)={{\theta }^{T}}x",),
        plain_lets=("h = theta^T x",),
    ),
    Case(
        "equation-editor-logistic-l2",
        r"J\left( \theta  \right)=-\frac{1}{m}\sum\limits_{i=1}^{m}{\left[ {{y}^{(i)}}\log \left( {{h}_{\theta }}\left( {{x}^{(i)}} \right) \right)+\left( 1-{{y}^{(i)}} \right)\log \left( 1-{{h}_{\theta }}\left( {{x}^{(i)}} \right) \right) \right]}+\frac{\lambda }{2m}\sum\limits_{j=1}^{n}{\theta _{j}^{2}}",
        LOGISTIC + " + " + L2,
    ),
    Case(
        "inline-math-braces",
        r"$\frac{1}{2m}\sum_{i=1}^{m}{\left(\theta^{\top}x^{(i)}-y^{(i)}\right)}^{2}$",
        LINEAR,
    ),
]

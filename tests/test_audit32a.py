"""audit32a: misreadings of fixcold33a's new readings, each worked out by hand (NumPy finite differences below).

* δ read as ridge's constant (δ²θᵀθ) wherever a matrix line writes it: a page whose δ is the residual vector
  (δ = Xθ − y, J = (1/2m)δᵀδ) had its right gradient (1/m)Xᵀ(Xθ − y) judged wrong, the cost read as a constant.
"""

from __future__ import annotations

import numpy

import json

from _derivations_table import steps_of_page as _steps
from _numeric import central_differences


_RESIDUAL_DEFINED_INLINE = r"""Let the residual be $\delta = X\theta - y$. The cost is

$$J(\theta) = \frac{1}{2m}\delta^T\delta$$

and its gradient

$$\nabla_\theta J(\theta) = \frac{1}{2m}\nabla_\theta (X\theta - y)^T(X\theta - y) = \frac{1}{2m}\left(2X^TX\theta - 2X^Ty\right) = \frac{1}{m}X^T(X\theta - y)$$
"""

_RESIDUAL_DEFINED_DISPLAYED = _RESIDUAL_DEFINED_INLINE.replace(
    r"Let the residual be $\delta = X\theta - y$. The cost is",
    "Let the residual be\n\n$$\\delta = X\\theta - y$$\n\nThe cost is")


def test_the_residual_page_gradient_by_finite_differences():
    # J = (1/2m)δᵀδ with δ = Xθ − y: ∇J = (1/m)Xᵀ(Xθ − y), every side of the page's chain
    generator = numpy.random.default_rng(32)
    X, y, theta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    m = len(y)

    def cost(v):
        delta = X @ v - y
        return delta @ delta / (2 * m)

    numeric = central_differences(cost, theta)
    assert numpy.allclose(numeric, (2 * X.T @ X @ theta - 2 * X.T @ y) / (2 * m), atol=1e-6)
    assert numpy.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)


def _never_wrong(tmp_path, page):
    """The page is read right (every step holds, the gradient) or refused: never a step judged wrong."""
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    if result.exit_code not in (0, 1):
        assert "error" in result.output, result.output  # refused
        return
    review = json.loads(result.stdout)
    assert [step["line"] for step in review["steps"] if step["valid"] is False] == [], result.stdout
    assert review["ending"] == "gradient", result.stdout


def test_delta_the_residual_vector_is_no_ridge_constant_inline(tmp_path):
    _never_wrong(tmp_path, _RESIDUAL_DEFINED_INLINE)


def test_delta_the_residual_vector_is_no_ridge_constant_displayed(tmp_path):
    _never_wrong(tmp_path, _RESIDUAL_DEFINED_DISPLAYED)


# -- \begin{matrix} read as eqnarray's rows: the reading said -----------------------------------------------------

_MATRIX_ROWS = r"""The cost:

$$J(w) = \frac{1}{2}\sum_i (y_i - w^T x_i)^2$$

$$\begin{matrix}\frac{\partial J}{\partial w_j} &=& \frac{\partial}{\partial w_j}\frac{1}{2}\sum_i (y_i - w^T x_i)^2 \\ &=& \sum_i (y_i - w^T x_i) x_{ij} \end{matrix}$$
"""


def test_matrix_rows_are_said_and_the_dropped_minus_is_wrong(tmp_path):
    # ∂/∂w_j ½Σ(yᵢ − wᵀxᵢ)² = −Σ(yᵢ − wᵀxᵢ)x_ij: the last row drops the minus (line 5's second '=')
    generator = numpy.random.default_rng(5)
    X, y, w = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    numeric = central_differences(lambda v: 0.5 * numpy.sum((y - X @ v) ** 2), w)
    assert numpy.allclose(numeric, -X.T @ (y - X @ w), atol=1e-6)
    result = _steps(tmp_path, _MATRIX_ROWS, "-f", "json", "--timeout", "60")
    review = json.loads(result.stdout)
    assert [step["valid"] for step in review["steps"]][-1] is False
    assert any("\\begin{matrix}" in note and "rows" in note for note in review["notes"]), review["notes"]


# -- an increment whose chain goes on to take the derivative: a derivation, not an update rule set aside ------------

_INCREMENT_DERIVES = r"""The Adaline cost is the sum of squared errors:

$$J(\mathbf{w}) = \frac{1}{2}\sum_i \left(y^{(i)} - \phi(z^{(i)})\right)^2 = \frac{1}{2}\sum_i \left(y^{(i)} - \mathbf{w}^T\mathbf{x}^{(i)}\right)^2$$

The partial derivative:

$$\frac{\partial J}{\partial w_j} = \frac{\partial}{\partial w_j}\frac{1}{2}\sum_i \left(y^{(i)} - \mathbf{w}^T\mathbf{x}^{(i)}\right)^2 = -\sum_i \left(y^{(i)} - \mathbf{w}^T\mathbf{x}^{(i)}\right) x_j^{(i)}$$

The weight change is the negative gradient times the learning rate:

$$\Delta w_j = -\eta \frac{\partial J}{\partial w_j} = -\eta \frac{\partial}{\partial w_j} \frac{1}{2}\sum_i \left(y^{(i)} - \mathbf{w}^T\mathbf{x}^{(i)}\right)^2 = -\eta \sum_i \left(y^{(i)} - \mathbf{w}^T\mathbf{x}^{(i)}\right) x_j^{(i)}$$

so that

$$\mathbf{w} := \mathbf{w} + \Delta\mathbf{w}$$
"""


def test_an_increment_chain_that_takes_the_derivative_is_not_set_aside_unchecked(tmp_path):
    # −η ∂/∂w_j ½Σ(y − wᵀx)² = +η Σ(y − wᵀx)x_j: the last side's minus is wrong (finite differences)
    generator = numpy.random.default_rng(4)
    X, y, w, eta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.1
    numeric = central_differences(lambda v: 0.5 * numpy.sum((y - X @ v) ** 2), w)
    assert numpy.allclose(-eta * numeric, eta * X.T @ (y - X @ w), atol=1e-6)
    assert not numpy.allclose(-eta * numeric, -eta * X.T @ (y - X @ w), atol=1e-3)
    result = _steps(tmp_path, _INCREMENT_DERIVES, "-f", "json", "--timeout", "60")
    if result.exit_code in (0, 1):
        review = json.loads(result.stdout)
        # read: the wrong side must be found, never every step holding with it set aside unchecked
        assert any(step["valid"] is False for step in review["steps"]), result.stdout
    else:
        assert "error" in result.output  # refused


# -- a probability chain set aside beside the derivation hid a false rewrite: its sides are now compared first ------

_PROBABILITY_WRONG_REWRITE = r"""The model:

$$P(y=1|x) = \frac{1}{1+e^{-\theta^Tx}} = \frac{e^{-\theta^Tx}}{1+e^{-\theta^Tx}}$$

The cost is $J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$ with $h_\theta(x) = \frac{1}{1+e^{-\theta^Tx}}$.

$$\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\sum_{i=1}^m \left[\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1-y^{(i)}}{1-h_\theta(x^{(i)})}\right]h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$
"""


def test_a_false_rewrite_in_a_set_aside_probability_chain_is_not_passed_over(tmp_path):
    u = numpy.linspace(-2, 2, 5)
    assert not numpy.allclose(1 / (1 + numpy.exp(-u)), numpy.exp(-u) / (1 + numpy.exp(-u)))
    result = _steps(tmp_path, _PROBABILITY_WRONG_REWRITE, "-f", "json", "--timeout", "60")
    if result.exit_code in (0, 1):
        review = json.loads(result.stdout)
        assert any(step["valid"] is False for step in review["steps"]), result.stdout
    else:
        assert "error" in result.output

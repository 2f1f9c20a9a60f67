"""audit31h: an adversarial audit of fixvocab31's readings (the bullet as the times sign, the operator's bare Σ, λ_i/π_i
per example, ŷ in a matrix line beside a cost in index form), each misread found pinned here.

- ``\\bullet`` between two digits (``0\\bullet5``, ``0 \\bullet 5``) was read as the product where the pasted ``0•5`` is
  refused: a ½ written so became 0 and a right answer was judged "different". TeX sets both alike and a converted
  page's raised decimal point becomes \\bullet, so it is refused with a caret, as 0•5 is.
- λ typed as itself (``λ‖w‖²``) beside a ``\\lambda_i`` the page defines per example was read as the strength
  unasked, where ``\\lambda`` alone is refused: refused alike.
- A page saying in prose that its ŷ "is the sigmoid of wᵀx + b", its cost the squared error of an undefined ŷ: the
  default linear ŷ = wᵀx + b was taken (noted), so (2/m)Xᵀ(ŷ − y) — σ's factor dropped, wrong — was said to hold.
  Refused with a caret at the word, naming both readings.

Every gradient a test relies on is checked here by finite differences (tests/_numeric.py), never against logderiv.
"""

from __future__ import annotations

import numpy
from click.testing import CliRunner

from _numeric import central_differences, half_mean_square, sigmoid

from logderiv.cli import main

_RNG = numpy.random.default_rng(3108)
_X = _RNG.normal(size=(5, 3))
_Y = _RNG.normal(size=5)

# -- \bullet between two digits ---------------------------------------------------------------------------------------

_HALF = r"{half} \cdot \frac{2}{m}\sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)}) x^{(i)}"


def test_a_half_times_two_over_m_is_the_gradient_by_finite_differences():
    theta = numpy.array([0.4, -0.2, 0.7])
    gradient = central_differences(lambda t: half_mean_square(_X, _Y, t), theta)
    assert numpy.allclose(gradient, 0.5 * 2 / 5 * _X.T @ (_X @ theta - _Y), atol=1e-6)
    assert not numpy.allclose(gradient, 0 * gradient, atol=1e-3)  # read as 0 · 5, the answer is 0: a false "different"


def test_bullet_command_between_two_digits_is_refused_with_a_caret():
    for half in (r"0\bullet5", r"0 \bullet 5", r"0\bullet 5"):
        result = CliRunner().invoke(main, ["check", "--cost", "linear", "--wrt", "theta", _HALF.replace("{half}", half)])
        assert result.exit_code == 2, (half, result.output)  # was 1: "different", the answer read as 0
        assert "may be a decimal point" in result.stderr and "^" in result.stderr, result.stderr
        assert "0.5" in result.stderr  # the hint names the decimal reading


def test_bullet_command_between_factors_is_still_the_product():
    # \frac{1}{m} \bullet 2 \bullet \frac{1}{2}: a digit on one side only, the product (1/m)·2·½ = 1/m
    answer = r"\frac{1}{m} \bullet 2 \bullet \frac{1}{2} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)}) x^{(i)}"
    result = CliRunner().invoke(main, ["check", "--cost", "linear", "--wrt", "theta", answer])
    assert result.exit_code == 0, result.output
    assert "\\bullet between two factors is read as the product dot" in result.output


# -- λ typed as itself beside \lambda_i defined per example ----------------------------------------------------------

_RATE = r"""The rate of example $i$ is $\lambda_i = \exp(\mathbf{w}^\top\mathbf{x}_i)$, and we add a penalty of strength {alone}:

$$ \ell(\mathbf{w}) = \sum_{i=1}^N \left( y_i \log \lambda_i - \lambda_i \right) - \frac{{alone}}{2}\|\mathbf{w}\|^2 $$

$$ \nabla_\mathbf{w} \ell(\mathbf{w}) = \sum_{i=1}^N (y_i - \lambda_i)\mathbf{x}_i - {alone}\mathbf{w} $$
"""


def test_a_pasted_lambda_beside_lambda_i_is_refused_as_backslash_lambda_is(tmp_path):
    # was read silently as the strength (the line said to hold) while the same page with \lambda was refused: which λ
    # is meant is no more said for a pasted λ
    from _derivations_table import steps_of_page

    for alone in ("λ", r"\lambda"):
        result = steps_of_page(tmp_path, _RATE.replace("{alone}", alone))
        assert result.exit_code == 2, (alone, result.output)
        assert "the regularisation strength λ, or the per-example quantity" in result.stderr
        assert "^" in result.stderr and "line 1" in result.stderr


def test_the_penalised_poisson_gradient_by_finite_differences():
    # what the page would mean with λ the strength: Σ (yᵢ − exp(wᵀxᵢ)) xᵢ − λw (why reading it so is no absurdity —
    # the refusal is for the unsaid reading, not a wrong line)
    counts, lam, w = numpy.array([1.0, 0.0, 2.0, 1.0, 3.0]), 0.3, numpy.array([0.1, -0.2, 0.3])

    def objective(v: numpy.ndarray) -> float:
        z = _X @ v
        return float((counts * z - numpy.exp(z)).sum() - lam / 2 * v @ v)

    expected = _X.T @ (counts - numpy.exp(_X @ w)) - lam * w
    assert numpy.allclose(central_differences(objective, w), expected, atol=1e-5)


# -- a prediction the prose calls a sigmoid, beside a squared error of an undefined ŷ ---------------------------------

_SIGMOID_PROSE = r"""The output $\hat{y}$ is the sigmoid of $\mathbf{w}^T\mathbf{x} + b$, and the loss is the squared error:

$$J(\mathbf{w}, b) = \frac{1}{m} \sum_{i=1}^{m} \left( \hat{y}^{(i)} - y^{(i)} \right)^2$$

$$\frac{\partial J}{\partial \mathbf{w}} = {line}$$
"""


def test_the_squared_error_of_a_sigmoid_by_finite_differences():
    # the page's line (2/m)Xᵀ(ŷ − y) is the gradient only for a linear ŷ; for the sigmoid the prose names it is not
    v, y = numpy.array([0.3, -0.5, 0.2, 0.1]), _RNG.normal(size=5)
    w, b = v[:-1], v[-1]

    def squared(u: numpy.ndarray, link) -> float:
        return float(((link(_X @ u[:-1] + u[-1]) - y) ** 2).mean())

    p = sigmoid(_X @ w + b)
    by_sigmoid = central_differences(lambda u: squared(u, sigmoid), v)[:-1]
    assert not numpy.allclose(by_sigmoid, 2 / 5 * _X.T @ (p - y), atol=1e-3)
    assert numpy.allclose(by_sigmoid, 2 / 5 * _X.T @ ((p - y) * p * (1 - p)), atol=1e-5)
    by_line = central_differences(lambda u: squared(u, lambda z: z), v)[:-1]
    assert numpy.allclose(by_line, 2 / 5 * _X.T @ (_X @ w + b - y), atol=1e-5)


def test_a_linear_default_the_prose_calls_a_sigmoid_is_refused(tmp_path):
    from _derivations_table import steps_of_page

    for line in (r"\frac{2}{m} X^T (\hat{\mathbf{y}} - \mathbf{y})",
                 r"\frac{2}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)}) \mathbf{x}^{(i)}"):
        result = steps_of_page(tmp_path, _SIGMOID_PROSE.replace("{line}", line))
        assert result.exit_code == 2, (line, result.output)  # was 0: "every step holds"
        assert "the page's words say 'sigmoid' here" in result.stderr and "^" in result.stderr
        assert "line 1" in result.stderr


def test_the_same_page_without_the_word_reads_linear_and_noted(tmp_path):
    from _derivations_table import review_of_page

    page = _SIGMOID_PROSE.replace("is the sigmoid of", "is").replace(
        "{line}", r"\frac{2}{m} X^T (\hat{\mathbf{y}} - \mathbf{y})")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("linear regression's prediction" in note for note in review["notes"])

"""audit31h: an adversarial audit of fixvocab31's readings (the bullet as the times sign, the operator's bare Σ, λ_i/π_i
per example, ŷ in a matrix line beside a cost in index form), each misread found pinned here.

- ``\\bullet`` between two digits (``0\\bullet5``, ``0 \\bullet 5``) was read as the product where the pasted ``0•5`` is
  refused: a ½ written so became 0 and a right answer was judged "different". TeX sets both alike and a converted
  page's raised decimal point becomes \\bullet, so it is refused with a caret, as 0•5 is.

Every gradient a test relies on is checked here by finite differences (tests/_numeric.py), never against logderiv.
"""

from __future__ import annotations

import numpy
from click.testing import CliRunner

from _numeric import central_differences, half_mean_square

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

"""audit29e (issue 10): an adversarial audit of fixcold29c's readings (y_{pred} defined on a page, y_{true} beside it
read as the label y, J_{\\rm SGD}, ∇(…) with no subscript), and the misread it found.

fixcold29c reads ``y_{true}`` as the label y beside a prediction ``y_{pred}`` only where no text defines y itself
(``fit a line $y = wx + b$``: the page's y may be the line, not the label). That guard looked for y only right after
``$``, a line's start or ``&``: a page writing the same definition in LaTeX's other maths delimiters,
``\\(y = wx + b\\)`` or ``\\[y = wx + b\\]``, or in its prose, slipped past it, y_{true} was read as y, and a line
``(2/N)Σ(y⁽ⁱ⁾ − y_true⁽ⁱ⁾)`` that writes the page's y (the line wx + b) became (2/N)Σ(y − y) = 0: a right step judged
wrong. Now y standing alone before '=' anywhere (not inside a longer name, an argument as in P(y = 1 | x), a sum's
limit, or under an accent as in \\hat y) defines y, and y_{true} stays as written (refused: unknown index).

The mathematics is checked by central finite differences with NumPy, never against logderiv's output.
"""

from __future__ import annotations

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RNG = numpy.random.default_rng(2905)
_X = _RNG.normal(size=6)
_TRUTH = _RNG.normal(size=6)


def _mse(parameters: numpy.ndarray) -> float:
    """(1/N) Σ (w xᵢ + b − y_trueᵢ)²: the page's cost, the prediction the line y = w x + b."""
    w, b = parameters
    return float(numpy.mean((w * _X + b - _TRUTH) ** 2))


def test_the_line_the_page_writes_is_the_gradient():
    # the writer's last line (2/N)Σ(y⁽ⁱ⁾ − y_true⁽ⁱ⁾), y the line w x + b: ∂L/∂b, so "wrong" at it was a false verdict
    at = numpy.array([0.6, -1.1])
    w, b = at
    assert numpy.isclose(central_differences(_mse, at)[1], 2 * numpy.mean(w * _X + b - _TRUTH), atol=1e-6)
    # and (y − y) = 0, what the misread made of it, is not
    assert not numpy.isclose(central_differences(_mse, at)[1], 0.0, atol=1e-3)


_PAGE = (
    "We fit the line {line}, the prediction $$y_{{pred}} = w \\cdot x + b$$\n\n"
    "$$L(w, b) = \\frac{{1}}{{N}} \\sum_{{i=1}}^{{N}} (y_{{pred}}^{{(i)}} - y_{{true}}^{{(i)}})^2$$\n\n"
    "$$\n\\begin{{aligned}}\n"
    "\\frac{{\\partial L}}{{\\partial b}} &= \\frac{{1}}{{N}} \\sum_{{i=1}}^{{N}} \\frac{{\\partial}}{{\\partial b}} "
    "(y_{{pred}}^{{(i)}} - y_{{true}}^{{(i)}})^2 \\\\\n"
    "&= \\frac{{2}}{{N}} \\sum_{{i=1}}^{{N}} (y^{{(i)}} - y_{{true}}^{{(i)}})\n"
    "\\end{{aligned}}\n$$\n")
_TRUTH_NOTE = "y_{true} beside the prediction y_{pred} is read as y"


@pytest.mark.parametrize("line", [
    "$y = w x + b$",  # the form fixcold29c's guard saw
    "\\(y = w x + b\\)",  # LaTeX's inline maths: was read, and line 8 judged wrong
    "\\[y = w x + b\\]",  # LaTeX's display: the same
    "y = w x + b in words",  # the prose's own y
])
def test_a_page_that_defines_y_in_any_delimiters_keeps_y_true_as_written(tmp_path, line):
    result = _steps(tmp_path, _PAGE.format(line=line), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "unknown index" in result.stdout + result.stderr
    assert _TRUTH_NOTE not in result.stdout


_READ_PAGE = (
    "{prose}\n\n$$y_{{pred}} = w \\cdot x + b$$\n\n"
    "$$L(w, b) = \\frac{{1}}{{N}} \\sum_{{i=1}}^{{N}} (y_{{pred}}^{{(i)}} - y_{{true}}^{{(i)}})^2$$\n\n"
    "$$\n\\begin{{aligned}}\n"
    "\\frac{{\\partial L}}{{\\partial b}} &= \\frac{{2}}{{N}} \\sum_{{i=1}}^{{N}} (y_{{pred}}^{{(i)}} - y_{{true}}^{{(i)}})\n"
    "\\end{{aligned}}\n$$\n")


@pytest.mark.parametrize("prose", [
    "The event $P(y = 1 \\mid x)$ is not used here.",  # y inside an argument: no definition of y
    "Some write the prediction $\\hat y = w x + b$.",  # ŷ, another quantity
    "The sum $\\sum_{y=0}^{1} p(y)$ is one.",  # a sum's variable
])
def test_a_y_that_is_not_defined_leaves_the_label_reading(tmp_path, prose):
    # (2/N)Σ(ŷ − y) is ∂L/∂b (above, the prediction w x + b): the gradient, y_{true} read as the label
    code, ending, wrong, review = review_of_page(tmp_path, _READ_PAGE.format(prose=prose))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_TRUTH_NOTE in note for note in review["notes"])

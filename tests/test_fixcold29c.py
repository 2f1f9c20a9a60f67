"""fixcold29c (issue 10): blockers of the blind set cold29's remaining pages, each read by a general rule, and what
the rules must leave refused.

The pages of cold29 worked by hand (tests/derivations_cold29/expected.txt) stop at more than one blocker each; this
stop reads three of them as the general rule behind each:

* a page's definition ``y_{pred} = w \\cdot x + b`` (y with a word subscript) names the prediction, as
  ``--let 'y_{pred} = …'`` does: the name is one name in the cost, the lines and the definition, and ``y_{true}``
  beside it (one word of truth: true, actual, target, label, real) is the label y;
* ``J_{\\rm SGD}`` (plain TeX's font switch inside the subscript's braces) names the objective as
  ``J_{\\text{SGD}}`` does;
* ``\\nabla\\left(…\\right)`` with no subscript is the gradient by the one parameter vector the text writes, and a
  step's ``\\nabla J(\\theta)`` keeps J's argument.

Each is noted, in every output format where a page is read. The mathematics the synthetic pages rest on is checked
here by central finite differences with NumPy, never against logderiv's output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

import logderiv

_RNG = numpy.random.default_rng(2903)
_X1 = _RNG.normal(size=7)  # one feature
_Y = _RNG.normal(size=7)
_X = numpy.column_stack([numpy.ones(7), _RNG.normal(size=(7, 2))])


def _mse(parameters: numpy.ndarray) -> float:
    """(1/N) Σ (w xᵢ + b − yᵢ)², parameters (w, b): the MSE without ½ of a one-feature line."""
    w, b = parameters
    return float(numpy.mean((w * _X1 + b - _Y) ** 2))


def _ridge(theta: numpy.ndarray, lam: float = 0.7) -> float:
    """(1/n) Σ (θᵀxₖ − yₖ)² + λθᵀθ: ridge without ½ over a mean."""
    return float(numpy.mean((_X @ theta - _Y) ** 2) + lam * theta @ theta)


def test_the_facts_the_pages_rest_on():
    at = numpy.array([0.9, -0.4])
    w, b = at
    residual = w * _X1 + b - _Y
    # ∂/∂b (1/N)Σ(ŷ − y)² = (2/N)Σ(ŷ − y), and (1/N)Σ(ŷ − y) is not it
    assert numpy.isclose(central_differences(_mse, at)[1], 2 * numpy.mean(residual), atol=1e-6)
    assert not numpy.isclose(central_differences(_mse, at)[1], numpy.mean(residual), atol=1e-3)
    theta = numpy.array([0.2, -0.5, 0.7])
    gradient = 2 * _X.T @ (_X @ theta - _Y) / len(_Y) + 2 * 0.7 * theta
    assert numpy.allclose(central_differences(_ridge, theta), gradient, atol=1e-6)
    # λθ for 2λθ (the penalty's 2 dropped) is not it
    assert not numpy.allclose(central_differences(_ridge, theta), gradient - 0.7 * theta, atol=1e-3)


# --- y_{pred} defined on the page, y_{true} beside it --------------------------------------------------------

_PREDICTION_PAGE = (
    "$$y_{pred} = w \\cdot x + b$$\n\n"
    "$$L(w, b) = \\frac{1}{N} \\sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})^2$$\n\n"
    "$$\n\\begin{aligned}\n"
    "\\frac{\\partial L}{\\partial b} &= \\frac{1}{N} \\sum_{i=1}^{N} \\frac{\\partial}{\\partial b} "
    "(y_{pred}^{(i)} - y_{true}^{(i)})^2 \\\\\n"
    "&= \\frac{2}{N} \\sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})\n"
    "\\end{aligned}\n$$\n")
_NAME_NOTE = "y_{pred} is one name, defined on line 1 (the prediction, not y with the subscript pred)"
_TRUTH_NOTE = "y_{true} beside the prediction y_{pred} is read as y, the example's label"


def test_a_prediction_defined_with_a_word_subscript_is_one_name(tmp_path):
    # (2/N)Σ(ŷ − y) is ∂L/∂b (above): the gradient; was refused, "unknown index 'p'" (y with the subscript p, r, e, d)
    code, ending, wrong, review = review_of_page(tmp_path, _PREDICTION_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_NAME_NOTE in note for note in review["notes"])
    assert any(_TRUTH_NOTE in note for note in review["notes"])
    # 1/N for 2/N (not the gradient, above): wrong at that line
    code, ending, wrong, _ = review_of_page(tmp_path, _PREDICTION_PAGE.replace("&= \\frac{2}{N}", "&= \\frac{1}{N}"))
    assert (code, ending, wrong) == (1, "wrong", [8])


@pytest.mark.parametrize("form", ["json", "text", "markdown", "latex"])
def test_the_word_subscript_readings_are_noted_in_every_format(tmp_path, form):
    result = _steps(tmp_path, _PREDICTION_PAGE, "-f", form, "--timeout", "60")
    assert result.exit_code == 0, result.output
    notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout + result.stderr
    notes = notes.replace("\\_", "_").replace("\\{", "{").replace("\\}", "}")  # Markdown's and LaTeX's escapes
    assert _NAME_NOTE in notes and _TRUTH_NOTE in notes


def test_two_words_of_truth_are_not_read_as_one_label(tmp_path):
    # y_{true} in the cost and y_{actual} in the lines: one label or two quantities is not said, so neither is y
    page = _PREDICTION_PAGE.replace("y_{true}^{(i)})^2$$", "y_{actual}^{(i)})^2$$")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2
    assert "unknown index" in result.stdout + result.stderr


def test_a_page_that_defines_y_keeps_y_true_as_written(tmp_path):
    # y defined (the line, as a prose's "fit a line $y = wx + b$" says) beside y_{true}: the page's y is another
    # quantity, maybe, so y_{true} is not read as it (refused as before)
    page = "We fit a line $y = wx + b$.\n\n" + _PREDICTION_PAGE
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert _TRUTH_NOTE not in result.stdout


def test_check_reads_y_true_beside_a_let_of_y_pred():
    # the same reading in a formula: ∂/∂b of the MSE is (2/N)Σ(ŷ − y) (above)
    verdict = logderiv.check(r"\frac{2}{N}\sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})",
                             cost=r"L(w, b) = \frac{1}{N} \sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})^2",
                             let=[r"y_{pred} = w x + b"], wrt="b", timeout=60)
    assert verdict.verdict == "equivalent"
    assert any("y_{true} beside the prediction y_{pred} is read as y" in note for note in verdict.notes)
    verdict = logderiv.check(r"\frac{1}{N}\sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})",
                             cost=r"L(w, b) = \frac{1}{N} \sum_{i=1}^{N} (y_{pred}^{(i)} - y_{true}^{(i)})^2",
                             let=[r"y_{pred} = w x + b"], wrt="b", timeout=60)
    assert verdict.verdict == "different"


# --- J_{\rm SGD} and ∇(…) with no subscript ------------------------------------------------------------------

_RIDGE_PAGE = (
    "$$\n\\begin{align*}\n"
    "J_{\\rm SGD}(\\theta)&=\\frac{1}{n}\\sum_{k=1}^{n}\\left(\\theta^Tx_{k}-y_{k}\\right)^2+\\lambda\\theta^T\\theta\\\\\n"
    "\\end{align*}\n$$\n\n"
    "$$\n\\begin{align*}\n"
    "\\nabla J_{\\rm SGD}(\\theta)&=\\nabla\\left(\\frac{1}{n}\\sum_{k=1}^{n}\\left(\\theta^Tx_{k}-y_{k}\\right)^2"
    "+\\lambda\\theta^T\\theta\\right)\\\\\n"
    "&=\\frac{1}{n}\\sum_{k=1}^{n}\\nabla\\left(\\left(\\theta^Tx_{k}-y_{k}\\right)^2\\right)+2\\lambda\\theta\\\\\n"
    "&=\\frac{2}{n}\\sum_{k=1}^{n}\\left(\\theta^Tx_{k}-y_{k}\\right)x_{k}+2\\lambda\\theta\n"
    "\\end{align*}\n$$\n")
_LABEL_NOTE = "SGD} names the objective with a word below it, no index: read as the cost's name J"
_NABLA_NOTE = "the one parameter vector written:"


def test_a_labelled_objective_and_its_gradient_with_no_subscript_are_read(tmp_path):
    # the last line is the ridge gradient (above): right; was refused, "unknown index 'S'", then "'\nabla' is not
    # supported"
    code, ending, wrong, review = review_of_page(tmp_path, _RIDGE_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_LABEL_NOTE in note for note in review["notes"])
    assert any(_NABLA_NOTE in note for note in review["notes"])
    # λθ for 2λθ on the line of ∇ inside the sum (not the gradient, above): wrong at that line; the last line is
    # still the gradient, so the ending is (as expected.txt's convention has it for a slip not carried)
    code, ending, wrong, _ = review_of_page(tmp_path, _RIDGE_PAGE.replace(
        "\\right)^2\\right)+2\\lambda\\theta", "\\right)^2\\right)+\\lambda\\theta"))
    assert (code, ending, wrong) == (1, "gradient", [10])


@pytest.mark.parametrize("form", ["json", "text", "markdown", "latex"])
def test_the_label_and_the_gradient_readings_are_noted_in_every_format(tmp_path, form):
    result = _steps(tmp_path, _RIDGE_PAGE, "-f", form, "--timeout", "60")
    assert result.exit_code == 0, result.output
    notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout + result.stderr
    notes = notes.replace("\\_", "_").replace("\\{", "{").replace("\\}", "}")  # Markdown's and LaTeX's escapes
    assert _LABEL_NOTE in notes and _NABLA_NOTE in notes


@pytest.mark.parametrize("formula", [
    # the weights and the intercept: by w, or by (w, b)? not said
    r"\nabla\left(\frac{1}{n}\sum_{i=1}^{n}(w^Tx_i + b - y_i)^2\right)",
    # two parameter vectors: by which?
    r"\nabla\left(\theta^T\theta + w^Tw\right)",
])
def test_a_gradient_with_no_subscript_and_no_one_vector_stays_refused(formula):
    with pytest.raises(logderiv.InputError) as refused:
        logderiv.check(formula, cost="linear", timeout=60)
    assert "'\\nabla' is not supported" in str(refused.value)


def test_a_formula_reads_the_gradient_by_the_one_vector():
    # ∇((θᵀx − y)²) summed is ∇ of the cost's sum: (1/2m)·∇Σ(θᵀx − y)² is the linear cost's gradient (above, ×½)
    verdict = logderiv.check(r"\frac{1}{2m}\nabla\left(\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2\right)",
                             cost="linear", wrt="theta_j", timeout=60)
    assert "unevaluated derivative" in verdict.reason
    assert any(_NABLA_NOTE in note for note in verdict.notes)

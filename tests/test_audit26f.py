"""audit26f (issue 10): a misread hunt in `steps`, the review of written derivations.

* CS229's "for a single training example: ∂J/∂θⱼ = (θᵀx − y)xⱼ", then "summing over the examples: ∂J/∂θⱼ =
  (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾" beside a cost written as a sum: the one-example claim was read only where no
  line indexes an example, so the page was judged against the sum throughout and called wrong at its one-example
  line, a claim its writer never made (a false 'wrong step'). Whether that line is one example's term or the whole
  cost's with its sum dropped only the writer knows: refused, the caret at it, naming both readings.
* ``Σⱼ ∂/∂θⱼ (θⱼxⱼ)`` beside ∂J/∂θⱼ: the derivative's j was silently read as the gradient's, while the sum binds
  it (literally Σⱼ xⱼ); a page whose next line is Σⱼ xⱼ was called wrong a line late, one whose next line is xⱼ
  right. Refused, the caret at the θⱼ under ∂, naming both readings.

The gradients the pages claim are checked by central finite differences with NumPy, never by logderiv's output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

_RNG = numpy.random.default_rng(2026)
_X = _RNG.normal(size=(5, 3))
_Y = _RNG.normal(size=5)


def _half_mean_squared(theta: numpy.ndarray) -> float:
    return float(((_X @ theta - _Y) ** 2).sum() / (2 * len(_Y)))


def _one_example(theta: numpy.ndarray) -> float:
    return float(0.5 * (_X[0] @ theta - _Y[0]) ** 2)


def test_the_pages_two_gradients_by_finite_differences():
    # one example's ½(θᵀx − y)² has (θᵀx − y)x as its gradient, the mean's (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾: the page's
    # lines 5 and 9 are each right of its own cost, and line 5 is not the mean's
    at = numpy.array([0.4, -1.1, 0.7])
    assert central_differences(_one_example, at) == pytest.approx((_X[0] @ at - _Y[0]) * _X[0], abs=1e-7)
    mean = central_differences(_half_mean_squared, at)
    assert mean == pytest.approx(_X.T @ (_X @ at - _Y) / len(_Y), abs=1e-7)
    assert numpy.abs(mean - (_X[0] @ at - _Y[0]) * _X[0]).max() > 1e-2


_PAGE = r"""The cost is $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$.

For a single training example:

$$\frac{\partial J}{\partial \theta_j} = (\theta^T x - y) x_j$$

Summing over all examples:

$$\frac{\partial J}{\partial \theta_j} = MEAN$$
"""


@pytest.mark.parametrize("mean", [
    r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}",  # right: was 'wrong at line 5'
    r"\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}",  # its 1/m dropped: line 9 is the slip, not line 5
], ids=["right", "mean-without-1/m"])
def test_one_example_then_the_sum_is_asked_about(tmp_path, mean):
    result = steps_of_page(tmp_path, _PAGE.replace("MEAN", mean), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["kind"] == "input"
    assert review["line"] == 5
    assert "says the derivation is of one example" in review["message"]
    assert "with its sum dropped" in review["message"] and "line 9" in review["message"]
    assert "keep the sum over the examples in every line" in review["hint"]


def test_without_the_words_a_dropped_sum_is_still_a_wrong_step(tmp_path):
    # no claim of one example: the line without the sum is the slip it looks like (wrong at line 5, as before)
    page = _PAGE.replace("For a single training example:", "Then:").replace(
        "MEAN", r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    assert wrong[:1] == [5]


def test_every_line_of_the_sum_beside_the_words_is_judged(tmp_path):
    # the words and every line indexing the examples: nothing of one example to ask about, judged as before
    page = _PAGE.replace(r"(\theta^T x - y) x_j$$", r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$")
    page = page.replace("MEAN", r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert json.loads(result.stdout)["ending"] == "gradient"


# ---- ∂/∂θⱼ inside a sum over j ----------------------------------------------------------------------------------
#
# Σⱼ ∂/∂θⱼ (θⱼxⱼ⁽ⁱ⁾): read literally (every j the sum's) it is Σⱼ xⱼ⁽ⁱ⁾, the page's next line; read with the
# derivative's j the gradient's, it is xⱼ⁽ⁱ⁾ and that next line is the slip. The reader took the second silently
# (wrong at line 5, where the literal reading is wrong at line 4): now asked, the caret at the θⱼ under ∂.

def test_the_two_readings_of_a_derivative_inside_a_sum_differ():
    # with the inner j the sum's, each term θⱼxⱼ by its own θⱼ is xⱼ: the sum Σⱼ xⱼ; the gradient's j-th entry of
    # Σₖ θₖxₖ is xⱼ (finite differences of the inner sum at one example)
    x = _X[0]

    def inner(theta: numpy.ndarray) -> float:
        return float(theta @ x)

    gradient = central_differences(inner, numpy.array([0.4, -1.1, 0.7]))
    assert gradient == pytest.approx(x, abs=1e-7)
    assert abs(gradient[1] - x.sum()) > 1e-2


_CLASH = r"""$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(\sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)}\right)^2$$

$$\begin{aligned}
\frac{\partial J}{\partial \theta_j} &= \frac{1}{m}\sum_{i=1}^m \left(\sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)}\right) \sum_{j=1}^n \frac{\partial}{\partial \theta_j}\theta_j x_j^{(i)} \\
&= \frac{1}{m}\sum_{i=1}^m \left(\sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)}\right) LAST
\end{aligned}$$
"""


@pytest.mark.parametrize("last", [r"\sum_{j=1}^n x_j^{(i)}", "x_j^{(i)}"], ids=["literal-next", "gradient-next"])
def test_a_derivative_by_a_summed_component_is_asked_about(tmp_path, last):
    result = steps_of_page(tmp_path, _CLASH.replace("LAST", last), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["kind"] == "input" and review["line"] == 4
    assert "inside a sum over j" in review["message"] and "the gradient's" in review["message"]
    assert "another letter" in review["hint"]


def test_the_sums_index_named_apart_is_read(tmp_path):
    # Σₖ ∂/∂θⱼ (θₖxₖ⁽ⁱ⁾) = xⱼ⁽ⁱ⁾: no clash, the derivation is right as before
    page = _CLASH.replace(r"\sum_{j=1}^n \frac{\partial}{\partial \theta_j}\theta_j x_j^{(i)}",
                          r"\sum_{k=1}^n \frac{\partial}{\partial \theta_j}\theta_k x_k^{(i)}").replace("LAST", "x_j^{(i)}")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert json.loads(result.stdout)["ending"] == "gradient"

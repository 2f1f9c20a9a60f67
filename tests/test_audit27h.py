"""audit27h (issue 10): answers pasted with prose around them — conditions, definitions — the misreads found, held.

An answer written for one component, ``(1/m) Σᵢ (h(xᵢ) − yᵢ) x_ij, j = 1``, is checked as the derivative by θ₁
with j put as 1 in the answer. Only a subscript holding j alone was put (``θ_j``, ``x^{(i)}_j``): the feature
written with both indices in one subscript (``x_ij``, ``x_{ij}``, ``x_{ji}``, ``x_{i,j}``) kept its j, and the
answer was judged as feature j against ∂J/∂θ₁, a false "different" (the note even said j = 1 was put in). Now the
number takes j's place beside the example's index; a j glued among more letters is refused, never kept.

The facts are checked by central finite differences of a NumPy logistic cost, never by logderiv's output.
"""

from __future__ import annotations

import numpy
import pytest
from _numeric import central_differences

import logderiv
from logderiv.errors import InputError

# ---- the fact, by finite differences ------------------------------------------------------------------------------

_X = numpy.array([[0.5, -1.2, 0.3], [1.1, 0.4, -0.7], [-0.3, 0.8, 1.5], [0.9, -0.6, 0.2]])
_Y = numpy.array([1.0, 0.0, 1.0, 0.0])


def _logistic(theta):
    """J(θ) = −(1/m) Σᵢ [yᵢ log h + (1 − yᵢ) log(1 − h)], h = σ(θᵀxᵢ): the logistic preset (features 1..n)."""
    h = 1 / (1 + numpy.exp(-_X @ theta))
    return float(-numpy.mean(_Y * numpy.log(h) + (1 - _Y) * numpy.log(1 - h)))


def test_feature_one_of_every_example_is_the_derivative_by_theta_one():
    theta = numpy.array([0.4, -0.9, 0.6])
    h = 1 / (1 + numpy.exp(-_X @ theta))
    written = numpy.mean((h - _Y) * _X[:, 0])  # (1/m) Σᵢ (h(xᵢ) − yᵢ) x_i1: the answer with j = 1 put in
    other = numpy.mean((h - _Y) * _X[:, 1])  # x_i2: what a j left free may stand for
    numeric = central_differences(_logistic, theta)
    assert numeric[0] == pytest.approx(written, abs=1e-7)
    assert abs(numeric[0] - other) > 1e-3


# ---- j put in a subscript it shares with the example's index --------------------------------------------------------

@pytest.mark.parametrize("answer", [
    "(1/m) sum_i (h(x_i) - y_i) x_ij, j = 1",
    "(1/m) sum_i (h(x_i) - y_i) x_{ij}, j = 1",
    r"\frac{1}{m} \sum_i (h(x_i) - y_i) x_{ij}, \quad j = 1",
    r"\frac{1}{m} \sum_i (h(x_i) - y_i) x_{ji} \quad \text{for } j = 1",
    r"\frac{1}{m} \sum_i (h(x_i) - y_i) x_{i,j} \quad \text{for } j = 1",
])
def test_a_two_index_feature_takes_the_component(answer):
    # right by the finite differences above (x_i1); judged as feature j against ∂J/∂θ₁ it was "different"
    verdict = logderiv.check(answer, cost="logistic", wrt="theta_j")
    assert verdict.verdict == "equivalent", verdict.to_text()
    assert any("is the component it is for: checked as the derivative by theta_1" in note for note in verdict.notes)


def test_a_numbered_wrt_puts_its_number_beside_the_example():
    # 'for j ≥ 1' with --wrt theta_2: j put as 2 in x_ij (feature 2), the derivative by θ₂
    verdict = logderiv.check("(1/m) sum_i (h(x_i) - y_i) x_ij for j >= 1", cost="logistic", wrt="theta_2")
    assert verdict.verdict == "equivalent", verdict.to_text()


def test_a_wrong_answer_for_one_component_stays_different():
    # x_i1 squared: (1/m) Σ (h − y) x_i1² is not the derivative by θ₁ (finite differences: the column is not ±1)
    assert numpy.any(numpy.abs(_X[:, 0]) != 1)
    verdict = logderiv.check("(1/m) sum_i (h(x_i) - y_i) x_{i,j} x_{i,j}, j = 1", cost="logistic", wrt="theta_j")
    assert verdict.verdict == "different", verdict.to_text()


def test_a_letter_glued_among_more_letters_is_refused():
    # x_{ijk}: j among three letters, an index or part of a name: no component can be put for it
    with pytest.raises(InputError, match="'j' is also written where no component can be put") as caught:
        logderiv.check("(1/m) sum_i (h(x_i) - y_i) x_{ijk}, j = 1", cost="logistic", wrt="theta_j")
    assert caught.value.column == "(1/m) sum_i (h(x_i) - y_i) x_{ijk}, j = 1".index("jk")

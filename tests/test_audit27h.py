r"""audit27h (issue 10): answers pasted with prose around them — conditions, definitions — the misreads found, held.

An answer written for one component, ``(1/m) Σᵢ (h(xᵢ) − yᵢ) x_ij, j = 1``, is checked as the derivative by θ₁
with j put as 1 in the answer. Only a subscript holding j alone was put (``θ_j``, ``x^{(i)}_j``): the feature
written with both indices in one subscript (``x_ij``, ``x_{ij}``, ``x_{ji}``, ``x_{i,j}``) kept its j, and the
answer was judged as feature j against ∂J/∂θ₁, a false "different" (the note even said j = 1 was put in). Now the
number takes j's place beside the example's index; a j glued among more letters is refused, never kept.

Words in ``\text{…}`` after an answer were dropped as a remark, silently, whatever they said:
``\quad \text{where m is the number of features}`` and ``\text{where h is the linear hypothesis}`` beside the
logistic cost were judged "equivalent" (the formula read with logderiv's m and h, not the words'), and
``\sum_i (h − y) x_ij \quad \text{up to a constant}`` "different" though the writer said so. A remark that defines
a name the formula writes, or changes its value or what it is the derivative of (up to, ignoring, the intercept,
ascent, no regularization, …), is refused with a caret at it; an aside (``(our result)``, ``where some\_name is
the data``, a name the formula never writes) is dropped as before.

A range of j that takes in 0 (``\quad \text{for } j = 0, 1, \dots, n``, ``\text{for all } j``, ``\forall j``) was
set aside and the general component checked. Beside a cost that writes the intercept θ₀ apart (and leaves it out of
the penalty), the general component is θ₁ … θₙ's, so ``… + \frac{\lambda}{m}\theta_j`` "for j = 0, …, n" was judged
"equivalent" though it is wrong at θ₀. Such an answer is now checked at θ₀ too (j put as 0), noted.

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


# ---- a remark that redefines or qualifies the answer is refused, not dropped --------------------------------------

_LOGISTIC_RIGHT = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"


def test_what_the_remarks_would_change_is_not_the_gradient():
    # the facts behind the refusals below, by finite differences of the logistic cost (m = 4 examples, n = 3)
    theta = numpy.array([0.4, -0.9, 0.6])
    numeric = central_differences(_logistic, theta)
    m, n = _X.shape
    h = 1 / (1 + numpy.exp(-_X @ theta))
    summed = (h - _Y) @ _X  # Σᵢ (h − y) x_ij: the gradient "up to a constant", m times it
    assert numeric == pytest.approx(summed / m, abs=1e-7)
    assert numpy.all(numpy.abs(summed - numeric) > 1e-3)
    assert numpy.all(numpy.abs(summed / n - numeric) > 1e-3)  # 1/m with m the number of features: n = 3 ≠ 4
    linear = (_X @ theta - _Y) @ _X / m  # h the linear hypothesis θᵀx: another gradient
    assert numpy.all(numpy.abs(linear - numeric) > 1e-3)


@pytest.mark.parametrize("remark, said", [
    (r"\quad \text{where m is the number of features}", "where m is"),
    (r"\quad \text{(m = number of features)}", "m ="),
    (r"\quad \text{where h is the linear hypothesis}", "where h is"),
    (r"\quad \text{where g is the identity}", "identity"),
    (r"\quad \text{(for the intercept)}", "intercept"),
    (r"\quad \text{(for gradient ascent)}", "ascent"),
    (r"\quad \text{(no regularization)}", "no regularization"),
    (r"\text{ (negated)}", "negated"),
])
def test_a_remark_that_redefines_or_qualifies_a_right_formula_is_refused(remark, said):
    # the formula alone is the gradient (finite differences above): judged "equivalent" with the words dropped
    answer = _LOGISTIC_RIGHT + " " + remark
    with pytest.raises(InputError, match="says something the formula is read by") as caught:
        logderiv.check(answer, cost="logistic", wrt="theta_j")
    assert f"('{said}')" in caught.value.message
    assert caught.value.column == answer.index("\\text")


@pytest.mark.parametrize("remark", [r"\quad \text{up to a constant}", r"\quad \text{(ignoring the 1/m)}",
                                    r"\text{ (up to scale)}"])
def test_an_answer_said_to_be_up_to_a_constant_is_refused_not_different(remark):
    # Σ (h − y) xⱼ is m times the gradient (above): the writer says so, so "different" misread the words
    answer = r"\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} " + remark
    with pytest.raises(InputError, match="says something the formula is read by"):
        logderiv.check(answer, cost="logistic", wrt="theta_j")


@pytest.mark.parametrize("remark", [r"\quad \text{(our result)}", r"\quad \text{where some\_name is the data}",
                                    r"\quad \text{vectorized}", r"\quad \text{summed over all examples}"])
def test_an_aside_is_still_dropped(remark):
    # words that change nothing the formula is read by (a name it never writes, a label of it): as before
    verdict = logderiv.check(_LOGISTIC_RIGHT + " " + remark, cost="logistic", wrt="theta_j")
    assert verdict.verdict == "equivalent", verdict.to_text()


# ---- a range from j = 0 beside a cost with θ₀ apart is checked at θ₀ too -----------------------------------------

_LAMBDA = 0.7
_COST_APART = (r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]"
               r" + \frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2")
_H_APART = r"h_\theta(x) = \sigma(\theta_0 + \sum_{k=1}^n \theta_k x_k)"
_REGULARISED = (r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j")


def _cost_apart(parameters):
    """The cost above: θ₀ + Σₖ θₖxₖ inside σ, the penalty (λ/2m) Σ_{j≥1} θⱼ², parameters = (θ₀, θ₁, θ₂, θ₃)."""
    h = 1 / (1 + numpy.exp(-(parameters[0] + _X @ parameters[1:])))
    data = -numpy.mean(_Y * numpy.log(h) + (1 - _Y) * numpy.log(1 - h))
    return float(data + _LAMBDA / (2 * len(_Y)) * numpy.sum(parameters[1:] ** 2))


def test_the_penalty_term_is_wrong_at_theta_zero():
    parameters = numpy.array([0.3, 0.4, -0.9, 0.6])
    numeric = central_differences(_cost_apart, parameters)
    m = len(_Y)
    h = 1 / (1 + numpy.exp(-(parameters[0] + _X @ parameters[1:])))
    features = numpy.column_stack([numpy.ones(m), _X])  # x₀ = 1, the intercept's feature
    written = (h - _Y) @ features / m + _LAMBDA / m * parameters  # the formula at every j = 0 … n
    assert numeric[1:] == pytest.approx(written[1:], abs=1e-7)  # right for j ≥ 1
    assert abs(numeric[0] - written[0]) > 1e-3  # wrong at j = 0: θ₀ is not in the penalty
    assert numeric[0] == pytest.approx(numpy.mean(h - _Y), abs=1e-7)


@pytest.mark.parametrize("qualifier", [r"\quad \text{for } j = 0, 1, \dots, n", r"\quad \text{for all } j",
                                       r"\quad \forall j", r"\quad (j = 0,1,\dots,n)"])
def test_a_range_from_zero_claims_theta_zero_too(qualifier):
    # right for j ≥ 1, wrong at θ₀ (above): the range says θ₀ too, so "different", no longer "equivalent"
    verdict = logderiv.check(f"{_REGULARISED} {qualifier}", cost=_COST_APART, wrt="theta_j", let=[_H_APART])
    assert verdict.verdict == "different", verdict.to_text()
    assert any("says it holds for theta_0 too" in note for note in verdict.notes)


def test_a_range_from_one_is_still_the_general_component():
    # j = 1, …, n leaves θ₀ out: the formula is right there (above)
    verdict = logderiv.check(_REGULARISED + r" \quad \text{for } j = 1, \dots, n", cost=_COST_APART, wrt="theta_j",
                             let=[_H_APART])
    assert verdict.verdict == "equivalent", verdict.to_text()


def test_a_formula_right_at_theta_zero_too_stays_equivalent():
    # with no penalty the formula (1/m) Σ (h − y) xⱼ, x₀ = 1, is right at every j = 0 … n (the data term above)
    cost = _COST_APART[:_COST_APART.index(" + \\frac{\\lambda}")]
    answer = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} \quad \text{for } j = 0, 1, \dots, n"
    verdict = logderiv.check(answer, cost=cost, wrt="theta_j", let=[_H_APART])
    assert verdict.verdict == "equivalent", verdict.to_text()
    assert any("says it holds for theta_0 too" in note for note in verdict.notes)

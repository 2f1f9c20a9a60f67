"""audzip39: an adversarial review of fixzip39's readings, for silent misreads.

fixzip39 reads ``def f(xvect=[], yvect=[], theta=1): for x, y in zip(xvect, yvect): …`` with the zip's first array
as the inputs X and its second as the targets y, whatever the arrays are called. Where the names say the other roles
(zip(yvect, xvect), zip(targets, inputs)) that reading hides a swapped zip or turns the writer's roles round:

* der_min_cuadrados with zip(yvect, xvect) computes (1/m)Σ(θ·yvectᵢ − xvectᵢ)·yvectᵢ, while the cost
  fc_min_cuadrados(xvect, yvect, θ) = (1/2m)Σ(θ·xvectᵢ − yvectᵢ)² has the derivative (1/m)Σ(θ·xvectᵢ − yvectᵢ)·xvectᵢ:
  a different function of the same arrays (checked below by finite differences at random points), yet it was
  judged "equivalent" (both zips were read as zip(X, Y)).
* ``def f(targets, inputs, theta): for x, y in zip(targets, inputs): J += (theta*y - x)**2`` means
  (1/2m)Σ(θ·inputsᵢ − targetsᵢ)², whose derivative is the hand answer (1/m)Σ(θxᵢ − yᵢ)xᵢ with x the inputs; it was
  judged "different" (targets read as the inputs X).

Such texts are now refused (the zip pairs arrays whose names do not say inputs first, targets second).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

# the fixer's items, verbatim with their source there
from test_fixzip39 import COST, GRAD, H

RNG = np.random.default_rng(3990)


def _python(text: str, xvect: np.ndarray, yvect: np.ndarray, theta: float) -> float:
    """The text run as Python (its own meaning), with h as the let defines it."""
    space: dict = {}
    exec(H[0] + "\n" + text, space)  # noqa: S102 - the test's own fixed texts
    name = text.split("(")[0].split()[-1]
    return float(space[name](list(xvect), list(yvect), theta))


def test_a_swapped_zip_in_the_answer_is_a_different_function_by_finite_differences():
    swapped = GRAD.replace("zip(xvect, yvect)", "zip(yvect, xvect)")
    differs = False
    for _ in range(3):
        x, y, theta = RNG.normal(size=6), RNG.normal(size=6), RNG.normal()
        slope = _fd(lambda t: _python(COST, x, y, t[0]), np.array([theta]))[0]
        assert np.isclose(slope, _python(GRAD, x, y, theta), atol=1e-6)  # the source's answer is right
        differs |= not np.isclose(slope, _python(swapped, x, y, theta), atol=1e-6)
    assert differs
    try:
        verdict = check(swapped, cost=COST, wrt="theta", let=H).verdict
    except InputError as error:
        assert "zip(yvect, xvect)" in str(error)
        return
    assert verdict != "equivalent"


TARGETS_FIRST = ("def f(targets, inputs, theta=1):\n    J = 0\n    for x, y in zip(targets, inputs):\n"
                 "        J += (theta*y - x)**2\n    J /= 2*len(targets)\n    return J")


def test_a_zip_of_the_targets_first_is_not_read_with_the_targets_as_x():
    # by hand: the cost is (1/2m)Σ(θ·inputsᵢ − targetsᵢ)², derivative (1/m)Σ(θ·inputsᵢ − targetsᵢ)·inputsᵢ
    for _ in range(2):
        inputs, targets, theta = RNG.normal(size=5), RNG.normal(size=5), RNG.normal()
        slope = _fd(lambda t: float(np.sum((t[0] * inputs - targets) ** 2) / 10), np.array([theta]))[0]
        space: dict = {}
        exec(TARGETS_FIRST, space)  # noqa: S102
        assert np.isclose(_fd(lambda t: space["f"](list(targets), list(inputs), t[0]), np.array([theta]))[0], slope,
                          atol=1e-6)
        assert np.isclose(slope, np.sum((theta * inputs - targets) * inputs) / 5, atol=1e-6)
    try:
        verdict = check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=TARGETS_FIRST, wrt="theta").verdict
    except InputError as error:
        assert "zip(targets, inputs)" in str(error)
        return
    assert verdict == "equivalent"


@pytest.mark.parametrize("params, zipped", [("xs, ys", "zip(xs, ys)"), ("x_data, y_data", "zip(x_data, y_data)"),
                                            ("inputs, targets", "zip(inputs, targets)")])
def test_arrays_named_inputs_then_targets_are_still_read(params, zipped):
    cost = COST.replace("xvect = [], yvect=[]", params).replace("zip(xvect, yvect)", zipped) \
        .replace("len(xvect)", f"len({params.split(',')[0]})")
    assert check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=cost, wrt="theta", let=H).verdict == "equivalent"


def test_a_let_that_defines_a_zipped_array_is_not_overridden_by_the_reading():
    """--let 'yvect = 2*y' says the targets the function is given are 2y: the cost is (1/2m)Σ(θxᵢ − 2yᵢ)², whose
    derivative (1/m)Σ(θxᵢ − 2yᵢ)xᵢ is not the answer (1/m)Σ(θxᵢ − yᵢ)xᵢ (they differ by (1/m)Σyᵢxᵢ, checked by finite
    differences); read with yvect as y it was judged equivalent."""
    for _ in range(2):
        x, y, theta = RNG.normal(size=6), RNG.normal(size=6), RNG.normal()
        slope = _fd(lambda t: _python(COST, x, 2 * y, t[0]), np.array([theta]))[0]
        assert np.isclose(slope, np.sum((theta * x - 2 * y) * x) / 6, atol=1e-6)
        assert not np.isclose(slope, np.sum((theta * x - y) * x) / 6, atol=1e-6)
    try:
        verdict = check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=COST, wrt="theta", let=H + ("yvect = 2*y",)).verdict
    except InputError:
        return
    assert verdict != "equivalent"


def test_a_zip_of_the_models_values_is_not_read_as_the_targets():
    """``zip(x_data, y_pred)``: y_pred names the model's values, not the targets the cost compares them with."""
    cost = COST.replace("xvect = [], yvect=[]", "x_data, y_pred").replace("zip(xvect, yvect)", "zip(x_data, y_pred)") \
        .replace("len(xvect)", "len(x_data)")
    with pytest.raises(InputError) as caught:
        check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=cost, wrt="theta", let=H)
    assert "zip(x_data, y_pred)" in str(caught.value)


@pytest.mark.parametrize("body", [
    "        J += (theta*x_i - y)**2",  # the pair is x_i, y_i; y is Python's global y (the whole vector), not y_i
    "        J += (theta*x - y_i)**2",  # x is a global, not the example's x_i
])
def test_a_body_that_writes_the_pair_under_another_spelling_is_not_read_as_the_pair(body):
    """``for x_i, y_i in zip(xvect, yvect): J += (theta*x_i - y)**2``: y is not the loop's y_i (Python reads the
    global y; the writer slipped). Read as y_i the slip was hidden: judged equivalent to (1/m)Σ(θxᵢ − yᵢ)xᵢ."""
    cost = ("def f(xvect, yvect, theta=1):\n    J = 0\n    for x_i, y_i in zip(xvect, yvect):\n" + body +
            "\n    J /= 2*len(xvect)\n    return J")
    try:
        verdict = check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=cost, wrt="theta").verdict
    except InputError:
        return
    assert verdict != "equivalent"

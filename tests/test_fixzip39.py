"""fixzip39 (issue 10): a Python function whose own parameters are the data, zipped into (x, y) pairs.

gandresto's Spanish practice (f84) writes the half-mean squared error as a function of its data vectors:

    def fc_min_cuadrados(xvect = [], yvect=[], theta=1):
        J = 0
        for x, y in zip(xvect, yvect):
            J += (h(x, theta)-y)**2
        J /= 2*len(xvect)
        return J

with the helper ``def h(x, theta=1): return x*theta``. It was refused ("zip(xvect, yvect) does not pair the
inputs x with the targets y"): the arrays are not named X and Y. By the convention of such code the function's
parameters are its data, the zip pairs them example by example, the loop's x and y are the example's input and
target, and len(xvect) counts the examples. Read so, with a note, only where both arrays are the function's own
parameters (no parameter vector's or gradient's name), used nowhere but in the zip and len(), and the pair's names
are neither set in the loop nor read after it. The helper's numeric default (theta=1), which its body uses, is read
as a parameter every call passes; a call leaving it out is refused by the arity check.

Expected values are worked out by hand ((1/2m)Σ(θxᵢ − yᵢ)² has derivative (1/m)Σ(θxᵢ − yᵢ)xᵢ) and checked by
central finite differences of a NumPy cost written here.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

# github.com/gandresto/Introduccion-a-DNNs-2020-1/blob/28fdf44a218e5d016f33a198e1cd3dbc9dd475b0/Práctica3/gradesc.py
H = ("def h(x, theta=1):\n    return x*theta",)
COST = (
    "def fc_min_cuadrados(xvect = [], yvect=[], theta=1):\n    J = 0\n    for x, y in zip(xvect, yvect):\n"
    "        J += (h(x, theta)-y)**2\n    J /= 2*len(xvect)\n    return J"
)
GRAD = (
    "def der_min_cuadrados(xvect = [], yvect=[], theta=1):\n    J = 0\n    for x, y in zip(xvect, yvect):\n"
    "        J += (h(x, theta)-y)*x\n    J /= len(xvect)\n    return J"
)
ZIP_NOTE = "read as code: the function's parameters xvect and yvect are its data"
RNG = np.random.default_rng(3939)


def test_the_hand_derivative_agrees_with_finite_differences():
    """d/dθ (1/2m)Σ(θxᵢ − yᵢ)² = (1/m)Σ(θxᵢ − yᵢ)xᵢ, at random points (m = 7)."""
    for _ in range(3):
        x, y, theta = RNG.normal(size=7), RNG.normal(size=7), RNG.normal(size=1)

        def cost(t):
            return float(np.sum((t[0] * x - y) ** 2) / (2 * len(x)))
        assert np.allclose(_fd(cost, theta), [np.sum((theta[0] * x - y) * x) / len(x)], atol=1e-7)


def test_the_cost_function_is_read_with_its_parameters_as_the_data():
    result = derive(COST, wrt="theta", let=H)
    notes = result.problem.notes
    assert any(note.startswith(ZIP_NOTE) and "len(xvect) counts them, the number of examples m" in note
               for note in notes)
    assert any("its parameter theta = 1 has a default, which the body uses" in note for note in notes)
    # the derived gradient is the hand one: the cost and the hand formula are judged one
    hand = check("(1/m) * sum_i (theta*x_i - y_i)*x_i", cost=COST, wrt="theta", let=H)
    assert hand.verdict == "equivalent"


@pytest.mark.parametrize("text, verdict", [
    (GRAD, "equivalent"),  # the source's der_min_cuadrados
    (GRAD.replace("J /= len(xvect)", "J /= 2*len(xvect)"), "different"),  # the cost's 1/(2m) kept: half the partial
    (GRAD.replace("(h(x, theta)-y)*x", "(x*theta-y)*x"), "equivalent"),  # h written out
    (GRAD.replace("(h(x, theta)-y)*x", "(h(x, theta)-y)"), "different"),  # the factor x lost
])
def test_the_derivative_functions_are_judged_against_the_cost(text, verdict):
    result = check(text, cost=COST, wrt="theta", let=H)
    assert result.verdict == verdict
    assert any(note.startswith(ZIP_NOTE) for note in result.notes)


def _refused(text: str, lets=H) -> InputError:
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta", let=lets)
    return caught.value


def test_zip_of_the_parameters_and_their_gradient_is_no_pair_of_an_example():
    error = _refused("def step(theta, grad):\n    J = 0\n    for x, y in zip(theta, grad):\n        J += (x - y)**2\n"
                     "    return J")
    assert "zip(theta, grad) does not pair the inputs x with the targets y" in str(error)
    assert error.column == "for x, y in zip(theta, grad):".index("zip")


@pytest.mark.parametrize("text", [
    # x read after the loop: Python leaves it at the last example
    COST.replace("    return J", "    J += x\n    return J"),
    # the arrays are not the function's parameters
    COST.replace("(xvect = [], yvect=[], theta=1)", "(theta=1)"),
    # an array used beyond the zip and its length
    COST.replace("J /= 2*len(xvect)", "J /= 2*len(xvect) + xvect[0]"),
    # the pair named the other way round: x of yvect
    COST.replace("for x, y in zip(xvect, yvect)", "for y, x in zip(xvect, yvect)"),
    # x set anew in the loop
    COST.replace("        J += (h(x, theta)-y)**2", "        x = x + 1\n        J += (h(x, theta)-y)**2"),
])
def test_near_misses_stay_refused(text):
    error = _refused(text)
    assert "does not pair the inputs x with the targets y" in str(error)
    assert "a function's own two data parameters" in str(error)
    assert error.column is not None


def test_len_of_the_parameter_vector_is_not_read_as_m():
    error = _refused(COST.replace("len(xvect)", "len(theta)"))
    assert "len(theta) counts the entries of the parameter vector" in str(error)


def test_a_call_that_leaves_the_default_out_is_refused_not_read_with_it():
    error = _refused(COST.replace("h(x, theta)", "h(x)"))
    assert "takes 2 arguments, given 1" in str(error)


@pytest.mark.parametrize("helper", [
    "def h(x, a=2, theta=1):\n    return x*theta",  # a default before it unused: a call's 2nd argument is a
    "def h(x, theta='t'):\n    return x*theta",  # a default that is no number
])
def test_defaults_that_are_not_read_as_parameters(helper):
    error = _refused(COST, (helper,))
    assert "the left side of a --let is a name" in str(error)


# ------------------------------------------------------------------ m = len(km) beside km[i] for i in range(m)
# github.com/pineauofficial/ft_linear_regression/blob/de8a061d8ae797a6b2849ace3baccd557f0caa5b/algo.py (m = len(km),
# def sumError(): … sum += (T0 + T1 * km[i]) - price[i]); the cost in the same names (f84's, written for the corpus)
PIN_COST = "(1/(2*m)) * sum(((T0 + T1 * km[i]) - price[i]) ** 2 for i in range(m))"
PIN_LETS = ("m = len(km)",
            "def sumError():\n\tsum = 0\n\tfor i in range(m):\n\t\tsum += (T0 + T1 * km[i]) - price[i]\n\treturn sum")


def _counted(cost: str, lets: tuple[str, ...]):
    from logderiv.notation.redefined import Respelled, _refuse_unread_count_of_m

    result = Respelled(cost, None, lets)
    _refuse_unread_count_of_m(result)
    return result


def test_len_of_an_array_read_only_by_the_loops_index_is_m():
    result = _counted(PIN_COST, PIN_LETS)
    assert "m = len(km)" not in result.lets
    assert result.notes == ["m = len(km) counts the entries of km, which the lines read only as km[i] for each i of "
                            "range(m): one entry per example the sums run over, so m is the number of examples (the "
                            "--let says what m is already)"]


@pytest.mark.parametrize("cost", [
    PIN_COST.replace("km[i]", "km[0]"),  # an entry not of the loop: km is not said to hold one per example
    PIN_COST + " + km.mean()",  # km used whole
    PIN_COST.replace("for i in range(m)", "for i in range(n)"),  # a loop over another count
])
def test_len_of_an_array_used_otherwise_stays_refused(cost):
    with pytest.raises(InputError) as caught:
        _counted(cost, PIN_LETS)
    assert "m = len(km) defines m, logderiv's number of examples" in str(caught.value)


def test_the_tmp_theta0_item_now_stops_at_its_next_doubt():
    """The count is read; the item stays refused, now at the looping helper (then T0 and km): a miss, no misread."""
    with pytest.raises(InputError) as caught:
        check("(1/m) * sumError()", cost=PIN_COST, wrt="T0", let=PIN_LETS)
    assert "m = len(km)" not in str(caught.value)
    assert "the body of def sumError has 'for'" in str(caught.value)


# ------------------------------------------------------------------ a note's model named y
# github.com/pineauofficial/ft_linear_regression/blob/0bfcc9910469cb45d04395662f417e50cd758c98/trainning.py (a French
# note: y = θ0 + θ1 * x, the estimated price; the answer (1 / m) * (estimatedPrice(km - price) * km))
def test_a_let_of_y_as_a_line_in_x_is_refused_naming_the_prediction():
    with pytest.raises(InputError) as caught:
        check("(1 / m) * (estimatedPrice(km - price) * km)", cost=PIN_COST, wrt="T1", let=("y = θ0 + θ1 * x",))
    error = caught.value
    assert "'y' has a fixed meaning, the targets y, and this --let makes it a function of the input x" in str(error)
    assert error.column == 0
    assert "--let 'h(x) = " in (error.hint or "")


def test_a_let_of_y_without_x_keeps_the_plain_refusal():
    with pytest.raises(InputError) as caught:
        derive("J = 1/(2*m) * sum_i (theta*x_i - y_i)^2", wrt="theta", let=("y = 2*t - 1",))
    assert "'y' has a fixed meaning" in str(caught.value)
    assert "function of the input x" not in str(caught.value)

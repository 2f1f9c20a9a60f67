"""audit31f (issue 10): an adversarial audit of fixaudits30's readings of gradient code, and the misreads it found.

fixaudits30 read ``grad_reg = grad + lam/m*theta`` then ``grad_reg[0] = grad[0]`` (SO 54017246) by putting the
--let's value of grad in for grad[0]. NumPy's assignment copies nothing: after ``grad_reg = grad``, a change in
place of grad_reg (``grad_reg += …``, ``grad_reg[0] = 0``) changes grad too, and grad[0] read after it is the
changed entry. ``grad_reg = grad; grad_reg += lam/m*theta; grad_reg[0] = grad[0]`` leaves the intercept penalised,
and it was judged equivalent to the gradient of a cost that leaves it out. Such a read is now refused with a caret at
it; reads of entries the change did not touch, rebinding (``grad_reg = grad_reg + …``) and Octave's copying
assignment keep their readings. The same array read whole after the change (``g = grad; g += …; g = 2*g - grad``,
g in NumPy) was judged different, read with grad's first value: refused likewise.

A bare name on the last line after lines that assign it in turn (``grad = … + lam/m*theta; grad[0] -= …; grad``)
sent them to the parts' reader, which refused what it reads without the bare name: now read as without it, noted.

Verdicts are not taken from logderiv: each code is run here as NumPy (with its aliasing) and held against central
finite differences of the cost (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from logderiv.errors import InputError

_LAM = 0.7
_NUMPY_COST = "J = (1/m) * np.sum(-y * np.log(h) - (1-y) * np.log(1 - h)) + lam/(2*m) * np.sum(theta[1:]**2)"
_OCTAVE_COST = "J = (1/m) * sum(-y .* log(h) - (1-y) .* log(1 - h)) + lambda/(2*m) * sum(theta(2:end).^2)"
_NUMPY_LETS = ("h = sigmoid(X @ theta)", "grad = X.T @ (h - y) / m")
_OCTAVE_LETS = ("h = sigmoid(X*theta)", "grad = X' * (h - y) / m")


def _data_gradient(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    return X.T @ (sigmoid(X @ theta) - y) / len(y)


# each code below run as NumPy runs it, Python's own assignment (no copies) and all
def _shared_then_all(X, y, theta):
    grad = _data_gradient(X, y, theta)
    grad_reg = grad
    grad_reg += _LAM / len(y) * theta
    grad_reg[0] = grad[0]
    return grad_reg


def _shared_then_zeroed(X, y, theta):
    grad = _data_gradient(X, y, theta)
    grad_reg = grad
    grad_reg[0] = 0
    grad_reg[1:] = grad[1:] + _LAM / len(y) * theta[1:]
    grad_reg[0] = grad[0]
    return grad_reg


def _shared_then_rebound(X, y, theta):
    grad = _data_gradient(X, y, theta)
    grad_reg = grad
    grad_reg = grad_reg + _LAM / len(y) * theta
    grad_reg[0] = grad[0]
    return grad_reg


def _shared_then_rest(X, y, theta):
    grad = _data_gradient(X, y, theta)
    grad_reg = grad
    grad_reg[1:] += _LAM / len(y) * theta[1:]
    grad_reg[0] = grad[0]
    return grad_reg


def _new_array(X, y, theta):
    grad = _data_gradient(X, y, theta)
    grad_reg = grad + _LAM / len(y) * theta
    grad_reg[0] = grad[0]
    return grad_reg


def _copied(X, y, theta):
    """Octave's grad_reg = grad copies: NumPy's .copy() is its twin."""
    grad = _data_gradient(X, y, theta)
    grad_reg = grad.copy()
    grad_reg += _LAM / len(y) * theta
    grad_reg[0] = grad[0]
    return grad_reg


def _expected(run) -> str:
    for seed in (30, 31):
        X, y, theta = intercept_data(seed, 6, 4)
        numeric = central_differences(lambda t: penalised_cross_entropy(X, y, t, _LAM), theta)
        if not np.allclose(run(X, y, theta.copy()), numeric, atol=1e-6):
            return "different"
    return "equivalent"


@pytest.mark.parametrize(("code", "run", "changed"), [
    # the whole shared array changed in place, then the other name's intercept read: it is the penalised one
    ("grad_reg = grad\ngrad_reg += lam / m * theta\ngrad_reg[0] = grad[0]", _shared_then_all, "grad_reg += "),
    ("g = grad\ng += lam / m * theta\ng[0] = grad[0]", _shared_then_all, "g += "),
    # the intercept set in place, then read back through the other name
    ("grad_reg = grad\ngrad_reg[0] = 0\ngrad_reg[1:] = grad[1:] + lam / m * theta[1:]\ngrad_reg[0] = grad[0]",
     _shared_then_zeroed, "grad_reg[0] = 0"),
])
def test_a_shared_arrays_entries_read_after_a_change_in_place_are_refused(code, run, changed):
    assert _expected(run) == "different"  # NumPy's run: not the gradient (the old reading said "equivalent")
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_NUMPY_LETS, timeout=60)
    said = str(caught.value)
    assert "copies nothing in NumPy" in said and changed.split()[0] in said, said
    assert caught.value.column == code.rindex("grad[")
    assert ".copy()" in (caught.value.hint or "")


@pytest.mark.parametrize(("code", "run"), [
    # a new array bound to the name: grad is left as it was
    ("grad_reg = grad\ngrad_reg = grad_reg + lam / m * theta\ngrad_reg[0] = grad[0]", _shared_then_rebound),
    # the change in place touches only the rest; grad[0] is still grad's own
    ("grad_reg = grad\ngrad_reg[1:] += lam / m * theta[1:]\ngrad_reg[0] = grad[0]", _shared_then_rest),
    ("grad_reg = grad + lam / m * theta\ngrad_reg[0] = grad[0]", _new_array),
])
def test_reads_the_change_in_place_does_not_touch_keep_their_reading(code, run):
    verdict = logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_NUMPY_LETS, timeout=60)
    assert verdict.verdict == _expected(run) == "equivalent", (code, verdict.verdict)
    assert any("together are the gradient vector" in note for note in verdict.notes), verdict.notes


def test_octaves_assignment_copies_so_its_read_is_kept():
    """Octave's grad_reg = grad copies: grad(1) after grad_reg += … is grad's own, unpenalised entry."""
    code = "grad_reg = grad;\ngrad_reg += lambda / m * theta;\ngrad_reg(1) = grad(1);"
    verdict = logderiv.check(code, cost=_OCTAVE_COST, wrt="theta_j", let=_OCTAVE_LETS, timeout=60)
    assert verdict.verdict == _expected(_copied) == "equivalent", verdict.verdict


# ------------------------------------------------------------------ a bare name after lines that assign it in turn

def _fixed_up_intercept(X, y, theta):
    """grad = Xᵀ(h − y)/m + λθ/m, then its first entry's penalty taken off, as NumPy runs the lines."""
    grad = _data_gradient(X, y, theta) + _LAM / len(y) * theta
    grad[0] -= _LAM / len(y) * theta[0]
    return grad


@pytest.mark.parametrize(("code", "cost", "lets"), [
    ("grad = X.T @ (h - y) / m + lam / m * theta\ngrad[0] -= lam / m * theta[0]\ngrad", _NUMPY_COST, _NUMPY_LETS[:1]),
    ("grad = X' * (h - y) / m + lambda / m * theta;\ngrad(1) = grad(1) - lambda / m * theta(1);\ngrad", _OCTAVE_COST,
     _OCTAVE_LETS[:1]),
])
def test_a_bare_name_after_lines_that_assign_it_in_turn_is_their_value(code, cost, lets):
    """Read without the bare last line, these were refused with it: the bare name sent them to the parts' reader,
    where the first line's whole value and the fix-up are no two parts ("the parts differ by …")."""
    verdict = logderiv.check(code, cost=cost, wrt="theta_j", let=lets, timeout=60)
    assert verdict.verdict == _expected(_fixed_up_intercept) == "equivalent", (code, verdict.verdict)
    assert any("the lines assign grad in turn" in note and "the last line, grad, names the value the lines leave"
               in note for note in verdict.notes), verdict.notes


def test_a_bare_name_after_a_wrong_fix_up_is_judged_different():
    code = "grad = X.T @ (h - y) / m + lam / m * theta\ngrad[0] += lam / m * theta[0]\ngrad"

    def run(X, y, theta):
        grad = _data_gradient(X, y, theta) + _LAM / len(y) * theta
        grad[0] += _LAM / len(y) * theta[0]
        return grad

    verdict = logderiv.check(code, cost=_NUMPY_COST, wrt="theta_j", let=_NUMPY_LETS[:1], timeout=60)
    assert verdict.verdict == _expected(run) == "different", verdict.verdict


# ------------------------------------------------------------------ the shared array read whole after the change

_ALL_COST = "J = (1/m) * np.sum(-y * np.log(h) - (1-y) * np.log(1 - h)) + lam/(2*m) * np.sum(theta**2)"


def _doubled_less_grad(X, y, theta):
    grad = _data_gradient(X, y, theta)
    g = grad
    g += _LAM / len(y) * theta
    g = 2 * g - grad
    return g


def _halved_with_rest(X, y, theta):
    grad = _data_gradient(X, y, theta)
    g = grad
    g[1:] += _LAM / len(y) * theta[1:]
    g = (g + grad) / 2
    return g


def _all_penalised(X, y, theta):
    return penalised_cross_entropy(X, y, theta, _LAM) + _LAM / (2 * len(y)) * float(theta[0] ** 2)


@pytest.mark.parametrize(("code", "run", "cost", "oracle"), [
    # NumPy: g += … changes grad too, so 2 * g - grad is g, the all-penalised gradient (was judged different)
    ("g = grad\ng += lam / m * theta\ng = 2 * g - grad", _doubled_less_grad, _ALL_COST, _all_penalised),
    # NumPy: g[1:] += … changes grad too, so (g + grad) / 2 is g, the gradient of the cost (was judged different)
    ("g = grad\ng[1:] += lam / m * theta[1:]\ng = (g + grad) / 2", _halved_with_rest, _NUMPY_COST,
     lambda X, y, t: penalised_cross_entropy(X, y, t, _LAM)),
])
def test_the_shared_array_read_whole_after_a_change_in_place_is_refused(code, run, cost, oracle):
    for seed in (30, 31):
        X, y, theta = intercept_data(seed, 6, 4)
        assert np.allclose(run(X, y, theta.copy()), central_differences(lambda t: oracle(X, y, t), theta), atol=1e-6)
    with pytest.raises(InputError) as caught:
        logderiv.check(code, cost=cost, wrt="theta_j", let=_NUMPY_LETS, timeout=60)
    assert "g = grad copies nothing in Python" in str(caught.value), str(caught.value)
    assert caught.value.column == code.rindex("grad")
    assert "g = grad.copy()" in (caught.value.hint or "")

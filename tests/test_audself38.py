"""Audit of fixself38's reading of a pasted method (self.NAME(…) beside its def given by --let).

Each expectation is worked by hand and checked independently (central differences of the NumPy cost the writer
means), never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

from _numeric import central_differences

COST = "0.5 * np.mean((y - self.act(z))**2)"


def _point(seed, m=5, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


def test_a_one_line_head_whose_argument_is_not_a_name_is_not_the_methods_def():
    """--let 'act(2*z) = z' is no def of the method act: if anything it says act(u) = u/2, so
    ½·mean((y − Xw/2)²), whose gradient X^T(Xw/2 − y)/(2m) is not the identity's X^T(Xw − y)/m. It was read as
    the identity (the cost's act(z) silently z, the identity's gradient 'equivalent'): refused now."""
    for seed in (1, 2):
        X, y, w = _point(seed)
        m = len(y)
        halved = (X.T @ (X @ w / 2 - y)) / (2 * m)
        assert np.allclose(halved, central_differences(lambda v: 0.5 * np.mean((y - X @ v / 2) ** 2), w), atol=1e-6)
        assert not np.allclose(halved, X.T @ (X @ w - y) / m)
    lets = ("act(2*z) = z", "z = X @ w")
    with pytest.raises(InputError) as caught:
        logderiv.check("X.T @ (X @ w - y) / m", cost=COST, wrt="w_j", let=lets)
    assert "act(2*z) = … is not read as the method's def" in str(caught.value)
    with pytest.raises(InputError):
        logderiv.derive(COST, wrt="w_j", let=lets)


def test_the_one_line_def_with_names_is_still_read():
    """act(u) = u/2 written as a def: ½·mean((y − Xw/2)²), gradient X^T(Xw/2 − y)/(2m) (checked above)."""
    lets = ("act(u) = u/2", "z = X @ w")
    assert logderiv.check("X.T @ (X @ w/2 - y) / (2*m)", cost=COST, wrt="w_j", let=lets).verdict == "equivalent"
    assert logderiv.check("X.T @ (X @ w - y) / m", cost=COST, wrt="w_j", let=lets).verdict == "different"


def _refusal(call):
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(("lets", "says"), [
    # the def is given, and declined: the refusal must not say that no --let gives it
    (("def act(self, u):\n    return u", "def act(self, u):\n    return 2*u", "z = X @ w"), "more than one --let"),
    (("def act(self, u):\n    return u", "z = X @ w", "q = act(y)"), "also written without the object"),
    (("_act(u) = 2*u", "z = X @ w"), "is not read as the method's def"),
])
def test_a_def_given_but_not_read_is_said_so(lets, says):
    cost = COST.replace("self.act", "self._act") if lets[0].startswith("_act") else COST
    error = _refusal(lambda: logderiv.derive(cost, wrt="w_j", let=lets))
    assert says in str(error), str(error)
    assert "whose body no --let gives" not in str(error)

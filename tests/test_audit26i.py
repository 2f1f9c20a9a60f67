"""Adversarial audit of fixtail26's readings of gradient code built in steps (branch audit26i, issue 10).

fixtail26 reads NumPy's ``grad[0] -= c * w[0]`` (and Octave's ``grad(1) = grad(1) - c * theta(1)``) as the
intercept's penalty taken off: ``- c * (w - [0; w(2:end)])`` added to the whole gradient. It took everything before
``* w[0]`` as the factor c, so ``grad[0] = grad[0] - lam / m + 0 * w[0]`` (λ/m subtracted, 0·w₀ added) was read as
``- (lam/m + 0) * w[0]``: a false "equivalent". Such a change is now refused with a caret at it and a hint naming the
one-product spelling; the plain fix-ups still read.

Each hand verdict is checked here independently of logderiv: the program is run in NumPy and compared with central
finite differences of the cost (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_verdict_read, refused
from logderiv import check

# the cost, the fixed data and the oracle running a program in NumPy are test_fixtail26's (the same ex5 cost)
from test_fixtail26 import COST, W, _cost, _run  # noqa: E402

PENALISED = "grad = X.T @ (X @ w - y) / m + lam / m * w\n"


# the first entry changed by a sum, not a number times w[0]: each was read as a number times w[0] ("equivalent")
# (the line, and where the caret goes: the change's first term)
UNFACTORED = [
    ("grad[0] = grad[0] - lam / m + 0 * w[0]", "lam / m + 0"),
    ("grad[0] -= lam / m - 1 + 1 * w[0]", "lam / m - 1"),
    ("grad[0] = grad[0] + 1 - (1 + lam / m) * w[0]", "1 - (1"),
]


@pytest.mark.parametrize("line, at", UNFACTORED)
def test_a_first_entry_change_that_is_no_product_is_refused_at_it(line, at):
    answer = PENALISED + line
    # by hand, independently: the program's gradient is not the cost's (entry 0 is off by a constant)
    assert not np.allclose(_run(answer), central_differences(_cost, W), atol=1e-6)
    error = refused(check, answer, cost=COST, wrt="w_j")
    assert "is not one number times w[0]" in error.message
    assert error.column == answer.index(at, len(PENALISED))
    assert "grad[0] -= lam / m * w[0]" in (error.hint or "")


def test_octaves_first_entry_change_that_is_no_product_is_refused():
    # Octave's spelling of the same slip: grad(1) loses λ/m, not λ/m·θ₁
    cost = "J = (1/(2*m))*sum((h - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"
    answer = "grad=(1/m)*(X'*(h-y)) + (lambda/m)*theta;\ngrad(1) = grad(1) - lambda/m + 0*theta(1);"
    error = refused(check, answer, cost=cost, let=("h=X*theta",))
    assert "is not one number times theta(1)" in error.message


@pytest.mark.parametrize("line, verdict", [
    ("grad[0] -= lam / m * w[0]", "equivalent"),
    ("grad[0] -= (lam / m) * w[0]", "equivalent"),
    ("grad[0] -= -lam / m * w[0]", "different"),  # a leading sign is part of the number: the penalty doubled
])
def test_first_entry_changes_that_are_one_product_still_read(line, verdict):
    answer = PENALISED + line
    agrees = np.allclose(_run(answer), central_differences(_cost, W), atol=1e-6)
    assert agrees == (verdict == "equivalent")
    assert_verdict_read(answer, COST, verdict, wrt="w_j")

"""Audit 20: near-variants of the readings merged by fixcode4, fixtex4 and fixderivs4 where the reading would be wrong.

Each expected result is worked out by hand (the code's real value written beside it);
none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"
# (1/(2m)) Σᵢ (θᵀxᵢ − yᵢ)²: ∇J = (1/m) Xᵀ(Xθ − y)
HALF_MSE_GRAD = "(1/m) * X' * (X*theta - y)"


# --- code: a loop's per-example names -----------------------------------------------------------------
@pytest.mark.parametrize("cost, said", [
    # J = 0 inside the loop: J ends as the last example's term over 2m, not the sum (was: equivalent)
    ("J = 0\nfor i in range(m):\n    J = 0\n    J += (X[i].dot(theta) - y[i])**2\nreturn J / (2*m)", "anew"),
    # the loop overwrites J each example: no sum at all
    ("J = 0\nfor i in range(m):\n    J = (X[i].dot(theta) - y[i])**2\nreturn J / (2*m)", "adds to no name"),
    # d used after the loop is the last example's residual (was: equivalent, d dropped)
    ("J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nreturn J / (2*m) + d", "after the loop"),
    ("J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nd += 1\nreturn J / (2*m) + d",
     "after the loop"),
    # d used above the line that sets it: the previous example's d
    ("J = 0\nd = 0\nfor i in range(m):\n    J += d**2\n    d = X[i].dot(theta) - y[i]\nreturn J / (2*m)", "before"),
])
def test_a_loops_per_example_names_used_out_of_their_example_are_refused(cost, said):
    with pytest.raises(InputError) as refused:
        check(HALF_MSE_GRAD, cost=cost)
    assert said in str(refused.value)


def test_the_plain_loop_with_a_temporary_still_reads_as_the_sum():
    # J = (1/(2m)) Σ dᵢ², dᵢ = θᵀxᵢ − yᵢ: ∇J = (1/m) Xᵀ(Xθ − y); twice that is different
    cost = "J = 0\nfor i in range(m):\n    d = X[i].dot(theta) - y[i]\n    J += d**2\nreturn J / (2*m)"
    assert check(HALF_MSE_GRAD, cost=cost).verdict == EQ
    assert check("(2/m) * X' * (X*theta - y)", cost=cost).verdict == DIFF

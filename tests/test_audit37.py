"""Issue 10, audit37: misreads found in the readings merged in the hour before (fixwave38, the coordinator's, audit36).

Each case names the text, what logderiv said, and the meaning worked out by hand; gradients are held to central
finite differences of a NumPy cost written here (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check

RNG = np.random.default_rng(37)

# --- (1) a cost in X' (X' alone: the data matrix) beside an answer in X ------------------------------------------

PRIMED_RIDGE = r"\mathcal{L}(w) = \|y - X'w\|^2 + \lambda \|w\|^2"


def test_an_answer_in_x_is_not_the_gradient_of_a_cost_in_x_prime_with_its_column_of_ones():
    """Premise: with X' = [1, X] (the variant a prime names), ∇(‖y − X'w‖² + λ‖w‖²) = −2X'ᵀ(y − X'w) + 2λw, and the
    answer's −2Xᵀ(y − Xw) + 2λw (X without the ones) is another vector (finite differences of the NumPy cost)."""
    m, n = 6, 2
    X, y, lam = RNG.normal(size=(m, n)), RNG.normal(size=m), 0.5
    Xp = np.hstack([np.ones((m, 1)), X])
    w = RNG.normal(size=n + 1)
    gradient = central_differences(lambda v: float((y - Xp @ v) @ (y - Xp @ v)) + lam * float(v @ v), w)
    assert np.allclose(gradient, -2 * Xp.T @ (y - Xp @ w) + 2 * lam * w, atol=1e-5)
    assert not np.allclose(gradient[1:], -2 * X.T @ (y - X @ w[1:]) + 2 * lam * w[1:], atol=1e-3)


@pytest.mark.parametrize("answer, caret", [
    # was 'equivalent': the answer's X' read as Xᵀ (it stands beside X), the cost's X' as X — one X' read two ways
    (r"-2X'(y - Xw) + 2\lambda w", 9),
    # was 'equivalent': the cost's X' read as X, the answer's bare X as the same matrix
    (r"-2X^T(y - Xw) + 2\lambda w", 2),
    (r"-2X^T(y - X'w) + 2\lambda w", 2),
])
def test_an_answer_writing_x_beside_a_cost_in_x_prime_is_refused_at_its_x(answer, caret):
    error = refused(check, answer, cost=PRIMED_RIDGE, wrt="w_j")
    assert "the cost's data matrix is X'" in str(error) and error.column == caret


def test_an_answer_in_the_costs_own_x_prime_is_still_judged():
    # −2X'ᵀ(y − X'w) + 2λw is the gradient (premise above, X' the data matrix); without the penalty's 2 it is not
    assert check(r"-2X'^T(y - X'w) + 2\lambda w", cost=PRIMED_RIDGE, wrt="w_j").verdict == "equivalent"
    assert check(r"-2X'^T(y - X'w) + \lambda w", cost=PRIMED_RIDGE, wrt="w_j").verdict == "different"


def test_x_prime_as_the_transpose_beside_a_cost_in_x_still_reads():
    # the fixwave38 reading itself: the cost writes X, so the answer's X' beside X is Xᵀ
    assert check(r"-2X'(y - Xw) + 2\lambda w", cost=r"\mathcal{L}(w) = \|y - Xw\|^2 + \lambda \|w\|^2",
                 wrt="w_j").verdict == "equivalent"

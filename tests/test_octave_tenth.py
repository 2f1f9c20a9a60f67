"""Octave/MATLAB exercise code as students hand it in, tenth round (issue 10).

Continued lines (``...  % comment``), row vectors h = sigmoid(z)', counts from size(X, 2), the
penalty's copy of θ without its intercept. Each reading is said in a note; the expected gradients
are worked out by hand and, before a verdict is asserted, confirmed against central finite
differences of the cost written here in NumPy (X m×n with a column of ones, y m×1, θ₁ the intercept).
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(10)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _finite_difference(cost, w, step=1e-6):
    grad = np.zeros_like(w)
    for k in range(w.size):
        e = np.zeros_like(w)
        e[k] = step
        grad[k] = (cost(w + e) - cost(w - e)) / (2 * step)
    return grad


def _assert_is_gradient(cost, gradient, size):
    """The hand-derived ``gradient`` is ∂cost (finite differences at a few random points)."""
    for _ in range(3):
        w = RNG.normal(size=size)
        assert np.allclose(gradient(w), _finite_difference(cost, w), rtol=1e-5, atol=1e-7)


X = np.hstack([np.ones((6, 1)), RNG.normal(size=(6, 2))])
Y = RNG.integers(0, 2, size=6).astype(float)
M, N = X.shape
LAM = 0.7


def _logistic_mean(theta):
    h = _sigmoid(X @ theta)
    return -np.mean(Y * np.log(h) + (1 - Y) * np.log(1 - h))


def _logistic_gradient(theta):
    return X.T @ (_sigmoid(X @ theta) - Y) / M


# --- '...' continues a line; a '% comment' after it is dropped ------------------------------------------------

CONTINUED = (
    "sum(  (y-1).*log(1-h) - y.*log(h) )/m ...    % unregularized cost\n"
    "    + lambda/(2*m)*(theta(2:end)'*theta(2:end))"
)


def _continued_cost(theta):
    return _logistic_mean(theta) + LAM / (2 * M) * np.sum(theta[1:] ** 2)


def _continued_gradient(theta):
    return _logistic_gradient(theta) + LAM / M * np.concatenate([[0.0], theta[1:]])


def test_continuation_with_a_comment_is_one_statement():
    """'...   % unregularized cost' then a new line: one cost, the penalty from θ₂ on (FD-checked gradient)."""
    _assert_is_gradient(_continued_cost, _continued_gradient, N)
    lets = ["h = sigmoid(X*theta);"]
    right = check("X'*(h-y)/m + [0; lambda/m*theta(2:end)]", cost=CONTINUED, let=lets)
    assert right.verdict == "equivalent"
    assert any("continues the Octave statement" in note and "unregularized cost" in note for note in right.notes)
    # the intercept penalised too: not this cost's gradient
    assert check("X'*(h-y)/m + lambda/m*theta", cost=CONTINUED, let=lets).verdict == "different"


def test_continuation_without_a_comment():
    """A bare '...' at a line's end continues the statement too, noted."""
    derivation = derive("sum((h - y).^2)/(2*m) ...\n + lambda/(2*m)*(theta'*theta)", let=["h = X*theta;"])
    assert any("continues the Octave statement" in note for note in derivation.notes)
    lets = ["h = X*theta;"]
    cost = "sum((h - y).^2)/(2*m) ...\n + lambda/(2*m)*(theta'*theta)"
    _assert_is_gradient(
        lambda t: np.sum((X @ t - Y) ** 2) / (2 * M) + LAM / (2 * M) * np.sum(t**2),
        lambda t: X.T @ (X @ t - Y) / M + LAM / M * t,
        N,
    )
    assert check("X'*(h - y)/m + lambda/m*theta", cost=cost, let=lets).verdict == "equivalent"
    assert check("X'*(h - y)/m", cost=cost, let=lets).verdict == "different"


def test_ellipsis_between_plus_signs_is_not_a_continuation():
    """'+ ...' then '+ theta_n x_n': an operator on both sides, so not blanked into '+ +' (which would read
    θ₁x₁ + θₙxₙ and lose the terms between): refused as it was, with a caret."""
    with pytest.raises(InputError) as caught:
        derive("sum_i (theta_1 x_1^(i) + ...\n + theta_n x_n^(i) - y^(i))^2")
    assert caught.value.column is not None

"""Right answers hunt 4 found refused (issue 10): DLAI's dj_dw left sides, ':' slicing, trailing conditions, ….

Each expected verdict is worked out by hand; where it rests on a gradient, that gradient is also held to
central finite differences of the cost written in NumPy (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(4)
M, N = 5, 3
X = RNG.normal(size=(M, N))
Y = RNG.integers(0, 2, size=M).astype(float)
W = RNG.normal(size=N)
B = 0.3
LAM = 0.7


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _logistic_cost(wb):
    a = _sigmoid(X @ wb[:N] + wb[N])
    return -np.mean(Y * np.log(a) + (1 - Y) * np.log(1 - a))


def _ridge_cost(wb):
    e = X @ wb[:N] + wb[N] - Y
    return np.sum(e ** 2) / (2 * M) + LAM / (2 * M) * np.sum(wb[:N] ** 2)


def test_the_hand_gradients_below_agree_with_finite_differences():
    """The DLAI labs' dj_dw = Xᵀ(a − y)/m, dj_db = mean(a − y), and the ridge's + (λ/m)w: checked numerically."""
    at = np.append(W, B)
    error = _sigmoid(X @ W + B) - Y
    assert np.allclose(central_differences(_logistic_cost, at), np.append(X.T @ error / M, np.mean(error)), atol=1e-6)
    residual = X @ W + B - Y
    ridge = np.append(X.T @ residual / M + LAM / M * W, np.sum(residual) / M)
    assert np.allclose(central_differences(_ridge_cost, at), ridge, atol=1e-6)


# --- 1. DLAI's dj_dw = … / dj_db = … (the cost's letter in lowercase, as the labs' code writes it) ---------------

DLAI_COST = "-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))"
DLAI_LETS = ["error = a - y", "a = sigmoid(z)", "z = np.dot(X, w) + b"]
RIDGE_COST = "np.sum((np.dot(X, w) + b - y) ** 2) / (2 * m) + (lambda_ / (2 * m)) * np.sum(w ** 2)"


@pytest.mark.parametrize(
    "answer, cost, lets, wrt, verdict",
    [
        ("dj_dw = np.dot(X.T, error) / m", DLAI_COST, DLAI_LETS, "w_j", "equivalent"),
        ("dj_db = np.mean(error)", DLAI_COST, DLAI_LETS, "b", "equivalent"),
        ("dj_dw = np.dot(error, X) / m", DLAI_COST, DLAI_LETS, "w_j", "equivalent"),
        # error = y − a: the sign flipped
        ("dj_dw = np.dot(X.T, error) / m", DLAI_COST, ["error = y - a", *DLAI_LETS[1:]], "w_j", "different"),
        ("dj_dw = np.dot(X.T, np.dot(X, w) + b - y) / m + (lambda_ / m) * w", RIDGE_COST, [], "w_j", "equivalent"),
        # λ/(2m) w: half the penalty's derivative
        ("dj_dw = np.dot(X.T, np.dot(X, w) + b - y) / m + (lambda_ / (2 * m)) * w", RIDGE_COST, [], "w_j",
         "different"),
    ],
)
def test_dlai_dj_left_sides_name_the_gradient(answer, cost, lets, wrt, verdict):
    result = check(answer, cost=cost, let=lets, wrt=wrt)
    assert result.verdict == verdict
    name = answer.split("=")[0].strip()
    assert any(note.startswith(f"the left side {name} = names the gradient") for note in result.notes), result.notes


def test_a_dj_left_side_naming_another_variable_is_refused():
    """dj_db = … checked by wⱼ: the name says ∂J/∂b, so the answer is not the one asked for."""
    with pytest.raises(InputError) as error:
        check("dj_db = np.mean(error)", cost=DLAI_COST, let=DLAI_LETS, wrt="w_j")
    assert "the left side dj_db names the gradient by b" in str(error.value)
    assert error.value.column == 0

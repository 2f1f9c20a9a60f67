"""fixcode8 (issue 10): ``np.mean(np.dot(a, b))`` / ``np.dot(a, b).mean()`` of two vectors of the examples.

NumPy's np.dot of two 1-D arrays is one number, Σᵢ aᵢbᵢ, and the mean of one number is that number: the code
computes exactly the inner product, with no 1/m (f26-pyeng-*: the widely copied ``np.dot(2*x, y_pred - y).mean()``
is m times the gradient of the MSE). Read so, with a note, as one sum over i (built m·Σᵢ aᵢbᵢ, never a sum over i
inside another). A mean of np.dot(a, b) beside other terms stays refused. Expected values are finite differences
of costs written here in NumPy, and NumPy's own value of the answer's code.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(808)
LETS = ["y_pred = w * x + b"]
MSE = "np.mean((y_pred - y) ** 2)"


def test_numpy_computes_m_times_the_gradient():
    """By FD, d/dw mean((wx + b − y)²) = (2/m)Σ xᵢ(ŷᵢ − yᵢ); NumPy's np.dot(2*x, ŷ − y).mean() is m times it."""
    x, y, b = RNG.normal(size=7), RNG.normal(size=7), -0.4
    w = np.array([1.3])
    gradient = _fd(lambda v: np.mean((v[0] * x + b - y) ** 2), w)[0]
    y_pred = w[0] * x + b
    assert np.isclose(np.dot(2 * x, y_pred - y).mean(), x.size * gradient)
    assert np.isclose(np.mean(np.dot(2 * x, y_pred - y)) / x.size, gradient)


@pytest.mark.parametrize("answer", ["np.dot(2*x, y_pred - y).mean()", "np.mean(np.dot(2*x, y_pred - y))",
                                    "np.mean(np.dot(y_pred - y, 2*x))", "2 * np.mean((y_pred - y).dot(x))"])
def test_mean_of_np_dot_is_the_inner_product_with_a_note(answer):
    result = check(answer, cost=MSE, let=LETS, wrt="w")
    assert result.verdict == "different"  # m times the gradient (FD above)
    assert any("the mean of one number is that number" in note for note in result.notes)
    assert "missing the factor 1/m" in result.to_text()


@pytest.mark.parametrize("answer", ["np.dot(2*x, y_pred - y).mean() / m", "np.mean(np.dot(2*x, y_pred - y)) / m",
                                    "2 / m * np.mean(np.dot(x, y_pred - y))"])
def test_mean_of_np_dot_over_m_is_the_gradient(answer):
    assert check(answer, cost=MSE, let=LETS, wrt="w").verdict == "equivalent"


def test_mean_of_np_dot_in_the_json_notes():
    result = check("np.dot(2*x, y_pred - y).mean()", cost=MSE, let=LETS, wrt="w")
    assert "the mean of one number is that number" in result.to_json()
    assert "the mean of one number is that number" in result.to_markdown()


@pytest.mark.parametrize("answer", ["np.mean(np.dot(2*x, y_pred - y) + 0)", "np.mean(np.dot(2*x, y_pred - y) * x)"])
def test_mean_of_np_dot_beside_other_terms_stays_refused(answer):
    with pytest.raises(InputError) as caught:
        check(answer, cost=MSE, let=LETS, wrt="w")
    assert "np.mean of one number is that number" in caught.value.message


def test_mean_of_elementwise_product_is_still_the_mean():
    """np.mean(2*x*(ŷ − y)) is entry by entry: (2/m)Σ xᵢ(ŷᵢ − yᵢ), the gradient (FD above)."""
    assert check("np.mean(2 * x * (y_pred - y))", cost=MSE, let=LETS, wrt="w").verdict == "equivalent"


def test_np_dot_of_data_and_parameters_under_a_mean_stays_per_example():
    """z = np.dot(θ, x): θ is no vector of the examples, so z is θᵀx⁽ⁱ⁾ per example, averaged (FD)."""
    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    assert np.allclose(_fd(lambda t: np.mean((X @ t - y) ** 2) / 2, theta), np.mean((X @ theta - y)[:, None] * X, axis=0))
    assert check("np.mean((z - y) * x_j)", cost="np.mean((z - y) ** 2) / 2",
                 let=["z = np.dot(theta, x)"]).verdict == "equivalent"

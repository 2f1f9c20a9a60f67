"""auddot36: an adversarial audit of fixdot36 (a def's np.dot / @ / .dot read at the call with the argument's shape).

Every expectation is worked out by NumPy semantics and held to central finite differences of the def itself, run
here on random data — never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused_by_logderiv
from logderiv import check, derive


def _data(seed: int, m: int = 5, n: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


# ------------------------------------------------------------------ np.dot(z, z.T): a transpose on the right

#: bodies whose right operand is written transposed: of a 1-D z, z.T is z and the product is zᵀz, one number; of a
#: column z (m×1) it is the outer product zzᵀ, m×m. fixdot36 made the product (Xθ − y)ᵀ(Xθ − y)ᵀ, and np.mean of it
#: was read as the mean squared error — NumPy's meaning under neither shape.
RIGHT_TRANSPOSED = {
    "np.dot(z, z.T)": lambda z: np.dot(z, z.T),
    "z @ z.T": lambda z: z @ z.T,
    "z.dot(z.T)": lambda z: z.dot(z.T),
}


@pytest.mark.parametrize("body", list(RIGHT_TRANSPOSED))
def test_the_two_numpy_meanings_of_a_right_transpose_and_the_misread(body):
    g = RIGHT_TRANSPOSED[body]
    X, y, theta = _data(5)
    r = X @ theta - y
    one_d = central_differences(lambda t: float(np.mean(g(X @ t - y))), theta)
    column = central_differences(lambda t: float(np.mean(g((X @ t - y).reshape(-1, 1)))), theta)
    assert np.allclose(one_d, 2 * X.T @ r, atol=1e-5)  # 1-D: zᵀz, np.mean of one number is that number
    assert np.allclose(column, 2 * np.sum(r) * X.sum(axis=0) / len(y) ** 2, atol=1e-5)  # column: mean of zzᵀ
    misread = 2 * X.T @ r / len(y)  # the mean squared error's gradient, what fixdot36 read
    assert not np.allclose(one_d, misread) and not np.allclose(column, misread)


@pytest.mark.parametrize("body", list(RIGHT_TRANSPOSED))
@pytest.mark.parametrize("cost", ["np.mean(g(X @ theta - y))", "np.sum(g(X @ theta - y))/(2*m)"])
def test_a_right_transposed_product_at_a_vector_is_refused(body, cost):
    """Was: np.mean(g(Xθ − y)) read as the MSE, ``2*X.T @ (X@theta - y)/m`` "equivalent" (a false equivalent)."""
    let = f"def g(z):\n    return {body}"
    for answer in ("2*X.T @ (X@theta - y)/m", "2*X.T @ (X@theta - y)", "X.T @ (X@theta - y)/m"):
        refused_by_logderiv(lambda: check(answer, cost=cost, wrt="theta", let=[let]))
    error = refused_by_logderiv(lambda: derive(cost, let=[let]))
    assert "outer product" in str(error), str(error)


def test_two_parameters_with_the_right_one_transposed_are_refused():
    let = "def f(a, b):\n    return np.dot(a, b.T)"
    refused_by_logderiv(lambda: check("2*X.T @ (X@theta - y)/m", cost="np.mean(f(X @ theta - y, X @ theta - y))",
                                      wrt="theta", let=[let]))


def test_the_transpose_on_the_left_is_still_the_inner_product():
    """np.dot(z.T, z) (z.T @ z): zᵀz under either shape, np.mean of it zᵀz, ∇ = 2Xᵀ(Xθ − y) (kept)."""
    X, y, theta = _data(6)
    assert np.allclose(central_differences(lambda t: float(np.mean(np.dot((X @ t - y).T, X @ t - y))), theta),
                       2 * X.T @ (X @ theta - y), atol=1e-5)
    let = "def g(z):\n    return np.dot(z.T, z)"
    assert check("2*X.T @ (X@theta - y)", cost="np.mean(g(X @ theta - y))", wrt="theta", let=[let]).verdict \
        == "equivalent"
    assert check("2*X.T @ (X@theta - y)/m", cost="np.mean(g(X @ theta - y))", wrt="theta", let=[let]).verdict \
        == "different"


# ------------------------------------------------------------------ the parameter without its intercept, theta[1:]


@pytest.mark.parametrize("body", ["np.dot(z, z)", "z @ z", "z.dot(z)"])
def test_a_reducing_def_at_theta_without_its_intercept_is_read_as_main_read_it(body):
    """mean((Xθ − y)²) + g(θ[1:]): NumPy's θ[1:] is 1-D, g of it Σ_{j≥2} θⱼ², ∇ = 2Xᵀ(Xθ − y)/m + 2(θ − θ₁e₁).

    main read it so; fixdot36 refused it (θ[1:] was of no known shape), a regression in reach (a refusal, no misread).
    """
    from _reading import assert_gradient_read

    X, y, theta = _data(8)
    hand = 2 * X.T @ (X @ theta - y) / len(y) + 2 * np.concatenate([[0.0], theta[1:]])
    assert np.allclose(central_differences(lambda t: float(np.mean((X @ t - y) ** 2) + np.dot(t[1:], t[1:])), theta),
                       hand, atol=1e-5)
    let = f"def g(z):\n    return {body}"
    assert_gradient_read("np.mean((X @ theta - y)**2) + g(theta[1:])",
                         lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2) + np.dot(d.theta[1:], d.theta[1:])),
                         lets=(let,))


# ------------------------------------------------------------------ guards the audit found read right (kept)


def test_np_mean_of_two_inner_products_is_their_sum_not_a_mean():
    """def f(a, b): np.dot(a, b); −np.mean(f(y, log σ(Xθ)) + f(1 − y, log(1 − σ(Xθ)))): np.mean of one number is
    that number, the summed cross-entropy, ∇ = Xᵀ(σ(Xθ) − y) — no 1/m."""
    from _numeric import sigmoid

    X, y, theta = _data(9)
    y = (y > 0).astype(float)
    summed = central_differences(
        lambda t: -float(np.mean(np.dot(y, np.log(sigmoid(X @ t))) + np.dot(1 - y, np.log(1 - sigmoid(X @ t))))), theta)
    assert np.allclose(summed, X.T @ (sigmoid(X @ theta) - y), atol=1e-5)
    let = "def f(a, b):\n    return np.dot(a, b)"
    cost = "-np.mean(f(y, np.log(sigmoid(X @ theta))) + f(1 - y, np.log(1 - sigmoid(X @ theta))))"
    assert check("X.T @ (sigmoid(X @ theta) - y)", cost=cost, wrt="theta", let=[let]).verdict == "equivalent"
    assert check("X.T @ (sigmoid(X @ theta) - y)/m", cost=cost, wrt="theta", let=[let]).verdict == "different"


def test_a_residual_times_the_data_matrix_in_a_def_is_xt_r():
    """np.dot(r, X) of a 1-D r is rᵀX = (Xᵀr)ᵀ, 1-D: the answer 2*f(Xθ − y, X)/m is the MSE's gradient."""
    X, y, theta = _data(10)
    r = X @ theta - y
    assert np.allclose(np.dot(r, X), X.T @ r)
    assert np.allclose(central_differences(lambda t: float(np.mean((X @ t - y) ** 2)), theta), 2 * np.dot(r, X) / 5,
                       atol=1e-5)
    let = "def f(a, b):\n    return np.dot(a, b)"
    assert check("2*f(X @ theta - y, X)/m", cost="np.mean((X @ theta - y)**2)", wrt="theta", let=[let]).verdict \
        == "equivalent"
    assert check("2*f(X @ theta - y, X)", cost="np.mean((X @ theta - y)**2)", wrt="theta", let=[let]).verdict \
        == "different"

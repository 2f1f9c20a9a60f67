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


# --- theta(1) = 0 on θ itself, read in order, as the statements run ----------------------------------------------

OCT_CE = "((1/m) * (-y' * log(h) - ((1 - y') * log(1 - h)))) + ((lambda/(2 * m)) * (theta' * theta ))"
OCT_LETS = ["m = length(y);", "h = sigmoid(X * theta);", "theta(1) = 0;"]
PY_MSE = "np.sum((h - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(w ** 2)"
PY_LETS = ["h = X @ w", "w[0] = 0"]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_zeroed_after_h_is_the_gradient_without_the_intercepts_penalty():
    """By FD: the Octave lines compute CE(σ(Xθ)) + λ/(2m)Σ_{j≥2}θⱼ²; its gradient is Xᵀ(h − y)/m + (λ/m)[0; θ₂…]."""
    X, y, theta, lam = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=3), 0.7

    def cost(t):
        h = _sigmoid(X @ t)
        return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / (2 * 6) * np.sum(t[1:] ** 2)
    zeroed = np.r_[0.0, theta[1:]]
    assert np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6 + lam / 6 * zeroed)
    assert not np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6 + lam / 6 * theta)


@pytest.mark.parametrize("answer, verdict", [
    ("(1/m) * (X' * (h - y)) + (lambda/m) * theta", "equivalent"),   # θ is the zeroed copy here (FD above)
    ("(1/m) * (X' * (h - y)) + (lambda/(2*m)) * theta", "different"),
    ("(1/m) * (X' * (h - y))", "different"),                           # the penalty's part dropped
])
def test_octave_zeroed_in_place_with_a_note(answer, verdict):
    result = check(answer, cost=OCT_CE, let=OCT_LETS)
    assert result.verdict == verdict
    assert any(note.startswith("read in order, as the statements run") for note in result.notes)
    assert "read in order, as the statements run" in result.to_json()


def test_numpy_zeroed_in_place():
    """w[0] = 0 after h = X @ w: ½Σ(h − y)²/m + λ/(2m)Σ_{j≥2}wⱼ², gradient Xᵀ(h − y)/m + (λ/m)[0; w₂…] (FD)."""
    X, y, w, lam = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.4
    gradient = _fd(lambda v: np.sum((X @ v - y) ** 2) / 10 + lam / 10 * np.sum(v[1:] ** 2), w)
    assert np.allclose(gradient, X.T @ (X @ w - y) / 5 + lam / 5 * np.r_[0.0, w[1:]])
    assert check("X.T @ (h - y) / m + lam / m * w", cost=PY_MSE, let=PY_LETS).verdict == "equivalent"
    assert check("X.T @ (h - y) / m", cost=PY_MSE, let=PY_LETS).verdict == "different"


@pytest.mark.parametrize("answer", ["(1/m) * (X' * (h - y)) + (lambda/m) * theta(1)",
                                    "(1/m) * (X' * (h - y)) + (lambda/m) * theta(j)"])
def test_an_entry_of_theta_after_the_zeroing_is_refused(answer):
    # θ(1) after theta(1) = 0 is 0 in the program, θ₁ as written: which is meant is not said
    with pytest.raises(InputError) as caught:
        check(answer, cost=OCT_CE, let=OCT_LETS)
    assert "comes after theta(1) = 0" in caught.value.message
    assert caught.value.column == answer.index("theta(")


def test_zeroing_another_entry_or_before_h_is_not_read_silently():
    cost = "(1/(2*m)) * sum((h - y) .^ 2) + (lambda/(2*m)) * sum(theta .^ 2)"
    for lets in (["h = X * theta;", "theta(2) = 0;"], ["theta(1) = 0;", "h = X * theta;"]):
        with pytest.raises(InputError):
            check("(1/m) * (X' * (h - y)) + (lambda/m) * theta", cost=cost, let=lets)


def test_a_zeroed_copy_is_read_as_before():
    """temp = theta; temp(1) = 0: the copy is zeroed, θ itself is whole (the penalty uses temp)."""
    lets = ["h = X * theta;", "temp = theta;", "temp(1) = 0;"]
    cost = "(1/(2*m)) * sum((h - y) .^ 2) + (lambda/(2*m)) * sum(temp .^ 2)"
    assert check("(1/m) * (X' * (h - y)) + (lambda/m) * temp", cost=cost, let=lets).verdict == "equivalent"
    assert check("(1/m) * (X' * (h - y)) + (lambda/m) * theta", cost=cost, let=lets).verdict == "different"


def test_latex_beside_the_zeroing_is_refused():
    # \theta in a LaTeX answer is the mathematics' θ: the program's zeroed θ or the whole one is not said
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m} X^T (h - y) + \frac{\lambda}{m} \theta", cost=OCT_CE, let=OCT_LETS)
    assert "LaTeX beside theta(1) = 0" in caught.value.message


# --- R: theta[2:length(theta)], θ from its second entry to its last (1-based) ------------------------------------

R_LETS = ["h = sigmoid(X %*% theta)", "r4 = sum(theta[2:length(theta)]^2)"]
R_COST = "mean(-y * log(h) - (1 - y) * log(1 - h)) + lambda / (2 * m) * r4"


def test_r_range_from_the_second_entry_is_theta_without_the_intercept():
    """By FD: the penalty over theta[2:length(theta)] (R, 1-based) leaves θ₁ out: λ/m·θⱼ for j ≥ 2 only."""
    X, y, theta, lam = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=3), 0.5

    def cost(t):
        h = _sigmoid(X @ t)
        return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / 12 * np.sum(t[1:] ** 2)
    assert np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6 + lam / 6 * np.r_[0.0, theta[1:]])
    result = check("t(X) %*% (h - y) / m + lambda / m * c(0, theta[-1])", cost=R_COST, let=R_LETS)
    assert result.verdict == "equivalent"
    assert any("theta[2:length(theta)] is entries 2 to length(theta)" in note for note in result.notes)
    assert check("t(X) %*% (h - y) / m + lambda / m * theta", cost=R_COST, let=R_LETS).verdict == "different"


@pytest.mark.parametrize("lets", [
    ["h = sigmoid(X %*% theta)", "r4 = sum(theta[3:length(theta)]^2)"],   # another range: not read
    ["h = sigmoid(X %*% theta)", "r4 = sum(theta[2:length(w)]^2)"],       # to another vector's length: not read
    ["h = sigmoid(X @ theta)", "r4 = sum(theta[2:length(theta)]^2)"],     # no R mark: not read as R
])
def test_other_r_ranges_stay_refused(lets):
    with pytest.raises(InputError):
        check("t(X) %*% (h - y) / m", cost=R_COST, let=lets)

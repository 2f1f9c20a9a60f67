"""Code of the tenth blind corpus (issue 10): costs built in steps, Python's private names, NumPy's 1-D arrays.

Each reading is one the code itself makes, said in a note: ``S = sum((H - y).^2)`` with ``H = X*theta`` is one
number; ``_sigmoid`` is the sigmoid and ``Y_label`` the labels y; ``np.dot`` of two 1-D vectors is their inner
product; ``np.sum(M, 1)`` counts NumPy's axes from 0. The gradients below are worked out by hand and checked
against central finite differences of the cost written here in NumPy before a verdict is asserted.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _finite_difference
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(10)

# the data of the NumPy costs below: X m×n, y 1-D of shape (m,), as NumPy code keeps them
X = RNG.normal(size=(5, 3))
Y = RNG.integers(0, 2, size=5).astype(float)
M = X.shape[0]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _notes(read):
    """Every note of a check: the answer's and the cost's (both are shown in every output format)."""
    return (*read.notes, *read.problem.notes)


def _assert_is_gradient(cost, gradient, size):
    """The hand-derived ``gradient`` is ∂cost (finite differences at a few random points)."""
    for _ in range(3):
        v = RNG.normal(size=size)
        assert np.allclose(gradient(v), _finite_difference(cost, v), rtol=1e-5, atol=1e-7)


# --- a let that sums a let in matrix form is one number ------------------------------------------------------

ES_LETS = ["m = X.shape[0]", "prediction = np.dot(X, w) + b", "sum_errors = np.sum((prediction - y) ** 2)",
           "error = prediction - y"]


def test_a_summed_let_over_a_matrix_let_is_one_number():
    """Spanish compute_cost: sum_errors / (2m), sum_errors = Σ(Xw + b − y)²; ∂w = Xᵀ(Xw + b − y)/m, ∂b = mean."""
    b = 0.3
    cost = lambda w: np.sum((X @ w + b - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda w: (X @ w + b - Y) @ X / M, 3)
    w0 = RNG.normal(size=3)
    bias_cost = lambda v: np.sum((X @ w0 + v[0] - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(bias_cost, lambda v: np.array([np.mean(X @ w0 + v[0] - Y)]), 1)
    read = check("np.dot(error, X) / m", cost="sum_errors / (2 * m)", let=ES_LETS, wrt="w_j")
    assert read.verdict == "equivalent"
    assert any("sum_errors" in note and "is one number" in note for note in _notes(read)), _notes(read)
    assert check("np.mean(error)", cost="sum_errors / (2 * m)", let=ES_LETS, wrt="b").verdict == "equivalent"
    # the ½ kept: half the gradient
    assert check("np.dot(error, X) / (2 * m)", cost="sum_errors / (2 * m)", let=ES_LETS,
                 wrt="w_j").verdict == "different"


def test_octaves_cost_in_steps_is_read():
    """newbetuts: H = X*theta; S = sum((H - y).^2); J = S/(2m): the squared-error cost, ∇ = Xᵀ(Xθ − y)/m."""
    cost = lambda t: np.sum((X @ t - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    lets = ["H = (X*theta);", "S = sum((H - y) .^ 2);"]
    assert check("X' * (X*theta - y) / m", cost="S / (2*m)", let=lets).verdict == "equivalent"
    assert check("X' * (X*theta - y) / (2*m)", cost="S / (2*m)", let=lets).verdict == "different"


def test_a_let_of_squares_not_summed_stays_a_vector():
    """S = (H - y).^2 is m×1: S/(2m) is no number, and stays refused."""
    with pytest.raises(InputError, match="must be a number"):
        check("X' * (X*theta - y) / m", cost="S / (2*m)", let=["H = (X*theta);", "S = (H - y) .^ 2;"])


# --- Hung-yi Lee's HW2: _sigmoid, Y_label, np.dot of 1-D arrays, np.sum(M, 1) ----------------------------------

HW2_COST = "-np.dot(Y_label, np.log(y_pred)) - np.dot((1 - Y_label), np.log(1 - y_pred))"
HW2_LETS = ["y_pred = _sigmoid(np.matmul(X, w) + b)", "pred_error = Y_label - y_pred"]


def _hw2_cost(w, b=0.2):
    p = _sigmoid(X @ w + b)
    return -np.dot(Y, np.log(p)) - np.dot(1 - Y, np.log(1 - p))


def test_hw2_summed_cross_entropy_and_its_gradients():
    """Σ cross-entropy of σ(Xw + b): ∂w = Σ(p − y)x = −Σ(y − p)x, ∂b = −Σ(y − p)."""
    _assert_is_gradient(_hw2_cost, lambda w: -np.sum((Y - _sigmoid(X @ w + 0.2)) * X.T, 1), 3)
    read = check("-np.sum(pred_error * X.T, 1)", cost=HW2_COST, let=HW2_LETS, wrt="w_j")
    assert read.verdict == "equivalent"
    for fragment in ("_sigmoid(…) is the code's own sigmoid", "Y_label is code's name of the targets",
                     "inner product", "1-D"):
        assert any(fragment in note for note in _notes(read)), (fragment, _notes(read))
    assert check("-np.sum(pred_error)", cost=HW2_COST, let=HW2_LETS, wrt="b").verdict == "equivalent"
    # the sign lost: the log-likelihood's gradient, not the cost's
    assert check("np.sum(pred_error * X.T, 1)", cost=HW2_COST, let=HW2_LETS, wrt="w_j").verdict == "different"


def test_numpy_positional_axis_counts_from_zero():
    """UFLDL layout (X n×m, h = θᵀX): np.sum((h - y) * X, 1) adds each row, Σᵢ(hᵢ − yᵢ)xⱼ⁽ⁱ⁾ (the m×n axis 1)."""
    Xc = X.T  # n×m, one example per column
    cost = lambda t: np.sum((t @ Xc - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: np.sum((t @ Xc - Y) * Xc, 1) / M, 3)
    read = check("1/m * np.sum((h - y) * X, 1)", cost="1/(2*m)*sum((h - y).^2)", let=["h = theta'*X"])
    assert read.verdict == "equivalent"
    assert any("axis=1" in note for note in _notes(read)), _notes(read)
    # axis 0 of the n×m product is 1×m: no gradient, refused
    with pytest.raises(InputError):
        check("1/m * np.sum((h - y) * X, 0)", cost="1/(2*m)*sum((h - y).^2)", let=["h = theta'*X"])


def test_broadcast_product_alone_keeps_its_refusal():
    """X.T * (h - y) with no sum is an n×m array in NumPy: still refused at the '*' with @ named."""
    with pytest.raises(InputError, match="entry by entry"):
        check("X.T * (h - y) / m", cost="logistic")


def test_private_name_beside_its_public_twin_is_not_read():
    """_sigmoid and sigmoid both written may be two functions: neither is read as the other."""
    with pytest.raises(InputError, match="'_sigmoid' and 'sigmoid' are both written") as caught:
        check("X.T @ (h - y) / m", let=["h = _sigmoid(X @ theta)"],
              cost="-np.mean(y * np.log(h) + (1 - y) * np.log(1 - sigmoid(X @ theta)))")
    assert caught.value.column == 4


def test_y_true_is_the_labels():
    """np.mean((X @ theta - y_true) ** 2) / 2: ∇ = Xᵀ(Xθ − y)/m, y_true read as y (noted)."""
    cost = lambda t: np.mean((X @ t - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    read = check("X.T @ (X @ theta - y_true) / m", cost="np.mean((X @ theta - y_true) ** 2) / 2")
    assert read.verdict == "equivalent"
    assert any("y_true is code's name of the targets" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (X @ theta - y_true) / (2 * m)",
                 cost="np.mean((X @ theta - y_true) ** 2) / 2").verdict == "different"


# --- a Python def written as a let: code's names in its head ---------------------------------------------------


def test_private_helper_with_code_names_as_a_function_let():
    """def _cross_entropy(y_hat2, y): its mean over σ(Xθ) is the logistic cost, ∇ = Xᵀ(σ(Xθ) − y)/m."""
    _assert_is_gradient(lambda t: -np.mean(Y * np.log(_sigmoid(X @ t)) + (1 - Y) * np.log(1 - _sigmoid(X @ t))),
                        lambda t: X.T @ (_sigmoid(X @ t) - Y) / M, 3)
    lets = ["_cross_entropy(y_hat2, y) = -(y * np.log(y_hat2) + (1 - y) * np.log(1 - y_hat2))",
            "y_hat2 = sigmoid(X @ theta)"]
    read = check("X.T @ (y_hat2 - y) / m", cost="np.mean(_cross_entropy(y_hat2, y))", let=lets)
    assert read.verdict == "equivalent"
    assert any("_cross_entropy is Python's private name" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (y - y_hat2) / m", cost="np.mean(_cross_entropy(y_hat2, y))",
                 let=lets).verdict == "different"
    # the same def without the underscore, its name of code whole in the head
    assert check("X.T @ (h - y) / m", cost="np.mean(cross_entropy(h, y))",
                 let=["cross_entropy(p, t) = -(t * np.log(p) + (1 - t) * np.log(1 - p))",
                      "h = sigmoid(X @ theta)"]).verdict == "equivalent"


# --- Octave's column of ones: v' * ones(m, 1) is sum(v) ----------------------------------------------------------


def test_octave_transposed_vector_times_a_column_of_ones_is_its_sum():
    """newbetuts: (1/(2m)) (((Xθ − y).^2)' * ones(m,1)) = (1/2m)Σ(Xθ − y)², ∇ = Xᵀ(Xθ − y)/m."""
    ones = np.ones(M)
    cost = lambda t: ((X @ t - Y) ** 2) @ ones / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    written = "(1/(2*m)) * ((((X * theta) - y).^2)'* ones(m,1))"
    read = check("X'*(X*theta - y)/m", cost=written)
    assert read.verdict == "equivalent"
    assert any("column of ones, is sum(v)" in note for note in _notes(read)), _notes(read)
    assert check("X'*(X*theta - y)/(2*m)", cost=written).verdict == "different"
    # the residuals themselves, not squared: (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾), whose gradient is (1/2m)Σx⁽ⁱ⁾ = Xᵀ1/(2m)
    assert check("sum(X', 2)/(2*m)",
                 cost="(1/(2*m)) * (((X * theta) - y)'* ones(m,1))").verdict == "equivalent"


def test_a_let_named_sigma_with_a_number():
    """satoshi's sigma_1 (a partial sum): σ takes no index, so sigma_1 is a name; log_2 stays a base-2 log."""
    read = check("X.T @ (X @ theta - y) / m", cost="sigma_1 / (2 * m)",
                 let=["sigma_1 = np.sum((X @ theta - y) ** 2)"])
    assert read.verdict == "equivalent"  # (1/2m)Σ(Xθ − y)²: ∇ = Xᵀ(Xθ − y)/m, checked by FD above
    with pytest.raises(InputError, match="entry of the notation"):
        check("X.T @ (X @ theta - y) / m", cost="log_2 / (2 * m)", let=["log_2 = np.sum((X @ theta - y) ** 2)"])


# --- Octave's concatenation: refused with its reading named --------------------------------------------------------

SO_CN = "1/(2*m)* (X*theta - y)'*(X*theta-y)"


@pytest.mark.parametrize(
    ("answer", "column", "fragment"),
    [
        ("1/m * ([theta', -1]*[X';y']*X)'", 7, "builds a matrix from blocks"),
        ("X'*([ones(m, 1), X] * theta - y) / m", 4, "puts a column of ones before X"),
        ("[ones(m,1) X]' * ([ones(m,1) X] * theta - y) / m", 0, "puts a column of ones before X"),
    ],
)
def test_octave_concatenation_is_refused_clearly(answer, column, fragment):
    with pytest.raises(InputError) as caught:
        check(answer, cost=SO_CN)
    assert fragment in str(caught.value), str(caught.value)
    assert caught.value.column == column, (caught.value.column, str(caught.value))


def test_octave_zero_first_still_reads():
    """[0; theta(2:end)] (Ng's penalty gradient) is no concatenation refused: λ[0; θ(2:end)]/m is still read."""
    cost = "1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum(theta(2:end).^2)"
    assert check("X'*(X*theta - y)/m + lambda/m * [0; theta(2:end)]", cost=cost).verdict == "equivalent"


def test_underscore_lambda_stays_code_lambda():
    """_lambda is code's λ (lambda is a keyword), not a private helper beside λ: (1/2m)Σ(Xθ − y)² + (_lambda/2m)Σθ²."""
    cost = "np.sum((X @ theta - y) ** 2) / (2 * m) + _lambda / (2 * m) * np.sum(theta ** 2)"
    assert check("X.T @ (X @ theta - y) / m + _lambda / m * theta", cost=cost).verdict == "equivalent"

"""NumPy and Octave code as people write it (issue 10, the eleventh round).

NumPy's arithmetic spelled as calls (np.subtract, np.add, np.power, np.multiply of a number), ``.transpose()``,
``theta[1:, 0]``, ``np.ones(len(X)).dot(v)``, ``logistic(z)``: each reading is what NumPy computes, said in a note.
The gradients below are worked out by hand and checked against central finite differences of the cost written
here in NumPy before a verdict is asserted.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _finite_difference
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(11)

# the data of the NumPy costs below: X m×n, y 1-D of shape (m,), x one feature per example
X = RNG.normal(size=(5, 3))
Y = RNG.integers(0, 2, size=5).astype(float)
x = RNG.normal(size=5)
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


# --- NumPy's arithmetic as calls --------------------------------------------------------------------------------

T01_COST = "1/2 * np.sum(np.power(np.subtract(h_theta,y),2))"
T01_LETS = ["h_theta = np.add(theta0,np.multiply(theta1,x))", "prediction = np.add(np.dot(x,theta1),theta0)"]


def test_np_add_subtract_power_of_a_one_feature_line():
    """½ Σ (θ₀ + θ₁x − y)²: ∂θ₀ = Σ(θ₀ + θ₁x − y), ∂θ₁ = Σ(θ₀ + θ₁x − y)x (no 1/m)."""
    cost = lambda t: 0.5 * np.sum(np.power(np.subtract(np.add(t[0], np.multiply(t[1], x)), Y), 2))  # noqa: E731
    residual = lambda t: t[0] + t[1] * x - Y  # noqa: E731
    _assert_is_gradient(cost, lambda t: np.array([np.sum(residual(t)), np.sum(residual(t) * x)]), 2)
    read = check("np.sum(np.subtract(prediction,y))", cost=T01_COST, let=T01_LETS, wrt="theta_0")
    assert read.verdict == "equivalent"
    notes = _notes(read)
    assert any("np.subtract(a, b) is a - b" in note for note in notes), notes
    assert any("np.add(a, b) is a + b" in note for note in notes), notes
    assert any("np.power(a, b) is a**b" in note for note in notes), notes
    assert check("np.sum(x.dot(np.subtract(prediction,y)))", cost=T01_COST, let=T01_LETS,
                 wrt="theta_1").verdict == "equivalent"
    # a 1/m that the ½ Σ does not have
    assert check("np.mean(np.subtract(prediction,y))", cost=T01_COST, let=T01_LETS,
                 wrt="theta_0").verdict == "different"
    # the residual the wrong way round: the sign flips
    assert check("np.sum(np.subtract(y,prediction))", cost=T01_COST, let=T01_LETS,
                 wrt="theta_0").verdict == "different"


def test_np_divide_is_the_quotient():
    """np.divide(np.sum((Xθ − y)**2), 2m) is the half mean squared error: ∇ = Xᵀ(Xθ − y)/m."""
    cost = lambda t: np.divide(np.sum((X @ t - Y) ** 2), 2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    text = "np.divide(np.sum((X @ theta - y) ** 2), 2 * m)"
    assert check("X.T @ (X @ theta - y) / m", cost=text).verdict == "equivalent"
    assert check("X.T @ (X @ theta - y) / (2 * m)", cost=text).verdict == "different"


def test_np_subtract_needs_its_two_arguments():
    with pytest.raises(InputError, match="expected ',' between the two arguments of np.subtract"):
        derive("np.sum(np.subtract(X @ theta) ** 2)")
    with pytest.raises(InputError, match="expected ',' between the two arguments of np.power"):
        derive("np.sum(np.power(X @ theta - y))")


# --- .transpose(), theta[1:, 0], np.ones(len(X)).dot(v), logistic(z) ------------------------------------------

def test_transpose_method_and_the_tail_of_a_column_theta():
    """-(1/m)(yᵀ log h + (1 − y)ᵀ log(1 − h)) + (1/2m) Σ_{k≥2} θ_k²: ∇ = Xᵀ(h − y)/m + [0; θ(2:end)]/m."""
    def cost(t):
        h = _sigmoid(X @ t)
        return -(Y @ np.log(h) + (1 - Y) @ np.log(1 - h)) / M + np.sum(t[1:] ** 2) / (2 * M)

    _assert_is_gradient(cost, lambda t: X.T @ (_sigmoid(X @ t) - Y) / M + np.r_[0, t[1:]] / M, 3)
    text = ("J = -(1 / m) * (y.transpose().dot(log(h)) + (np.subtract(1, y)).transpose().dot(log(1-h)))"
            " + (1 / (2*m)) * np.sum(np.power(theta[1:, 0], 2))")
    lets = ["m = X.shape[0]", "h = sigmoid(X.dot(theta))", "delta = np.subtract(h, y)"]
    read = check("(1/m) * (X.transpose().dot(delta)) + (1/m) * theta", cost=text, let=lets)
    # θ/m penalises the intercept too: different from [0; θ(2:end)]/m
    assert read.verdict == "different"
    assert any(".transpose() is the transpose of the bracket" in note for note in _notes(read)), _notes(read)
    # the intercept left out of the penalty's gradient, as the cost's theta[1:, 0] leaves it out
    assert check("(1/m) * X.transpose().dot(delta) + (1/m) * [0; theta(2:end)]", cost=text,
                 let=lets).verdict == "equivalent"


def test_ones_dot_sums_over_the_examples_and_logistic_is_the_sigmoid():
    """CSE 6040: yᵀXθ + 𝟏ᵀ log G(−Xθ), G the logistic function: ∇ = Xᵀ(y − G(Xθ))."""
    cost = lambda t: Y @ X @ t + np.ones(M) @ np.log(_sigmoid(-X @ t))  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (Y - _sigmoid(X @ t)), 3)
    text = "y.T.dot(X).dot(theta) + np.ones(len(X)).dot(np.log(logistic(-X.dot(theta))))"
    read = check("X.T.dot(y - logistic(X.dot(theta)))", cost=text)
    assert read.verdict == "equivalent"
    notes = _notes(read)
    assert any("'logistic' is read as the sigmoid" in note for note in notes), notes
    assert any("np.ones(len(X)).dot(v)" in note and "Σᵢ vᵢ" in note for note in notes), notes
    # the descent direction of the log-likelihood, not its gradient
    assert check("X.T.dot(logistic(X.dot(theta)) - y)", cost=text).verdict == "different"


def test_ones_of_the_examples_dotted_with_a_vector_of_features_is_refused():
    """np.ones(len(X)) has m entries: against θ² (n entries) it would raise in NumPy."""
    with pytest.raises(InputError, match="one entry per example|adds the entries of an m×1 vector, and this is n×1"):
        derive("np.ones(len(X)).dot(theta ** 2) + np.sum((X @ theta - y) ** 2)")


# --- a trailing comment, keepdims=True, Python's 1., a function under another name ----------------------------

ALEPH_LETS = ["MSELoss = lambda t, p: ((t - p)**2).mean()", "forward = X.dot(w) + b", "error = forward - y"]


def test_a_trailing_comment_after_an_answer_of_code_is_no_part_of_it():
    """mean((Xw + b − y)²): ∇w = (2/m)Xᵀ(Xw + b − y), ∂b = (2/m)Σ(Xw + b − y)."""
    b = 0.4
    cost = lambda w: np.mean((X @ w + b - Y) ** 2)  # noqa: E731
    _assert_is_gradient(cost, lambda w: 2 * X.T @ (X @ w + b - Y) / M, 3)
    read = check("gradient_w = X.T.dot(error) * (2 / X.shape[0]) # compute gradients for weights",
                 cost="MSELoss(y, forward)", let=ALEPH_LETS, wrt="w_j")
    assert read.verdict == "equivalent"
    assert any("'# compute gradients for weights' is a Python comment" in note for note in _notes(read)), _notes(read)
    assert check("gradient_w = X.T.dot(error) * (1 / X.shape[0]) # compute gradients for weights",
                 cost="MSELoss(y, forward)", let=ALEPH_LETS, wrt="w_j").verdict == "different"


def test_keepdims_alone_keeps_the_whole_sum():
    """error.sum(keepdims=True) is Σᵢ errorᵢ in a 1×1 array: ∂b mean((Xw + b − y)²) = (2/m)Σ(Xw + b − y)."""
    w = RNG.normal(size=3)
    cost = lambda v: np.mean((X @ w + v[0] - Y) ** 2)  # noqa: E731
    _assert_is_gradient(cost, lambda v: np.array([2 * np.sum(X @ w + v[0] - Y, keepdims=True)[0] / M]), 1)
    read = check("gradient_b = error.sum(keepdims=True) * (2 / X.shape[0]) # compute gradients for bias",
                 cost="MSELoss(y, forward)", let=ALEPH_LETS, wrt="b")
    assert read.verdict == "equivalent"
    assert any("keepdims=True only keeps the sum in a 1×1 array" in note for note in _notes(read)), _notes(read)
    assert check("np.sum(error, keepdims=True) / X.shape[0]", cost="MSELoss(y, forward)", let=ALEPH_LETS,
                 wrt="b").verdict == "different"


def test_a_float_with_a_bare_point_in_numpy_code():
    """-Σ(y log σ(Xw) + (1. − y) log(1. − σ(Xw)))/m: ∇ = Xᵀ(σ(Xw) − y)/m."""
    def cost(w):
        p = _sigmoid(X @ w)
        return np.sum(-Y * np.log(p) - (1. - Y) * np.log(1. - p)) / M

    _assert_is_gradient(cost, lambda w: X.T @ (_sigmoid(X @ w) - Y) / M, 3)
    text = "np.sum(-y * np.log(p) - (1. - y) * np.log(1. - p)) / m"
    lets = ["p = sigmoid(X @ w)"]
    read = check("X.T @ (p - y) / m", cost=text, let=lets, wrt="w_j")
    assert read.verdict == "equivalent"
    assert any("1. is the number 1.0" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (p - y)", cost=text, let=lets, wrt="w_j").verdict == "different"


def test_a_bare_point_outside_code_is_still_refused():
    with pytest.raises(InputError, match="a number cannot end with '.'"):
        derive("1/(2m) * sum_i ((1. - y^(i)) - theta^T x^(i))^2")


def test_a_function_under_another_name():
    """model = predict, predict(X, theta) = Xθ: ½ mean((Xθ − y)²) has ∇ = Xᵀ(Xθ − y)/m."""
    cost = lambda t: np.mean((X @ t - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    lets = ["predict(X, theta) = X @ theta", "model = predict"]
    read = check("X.T @ (model(X, theta) - y) / m", cost="np.mean((model(X, theta) - y)**2) / 2", let=lets)
    assert read.verdict == "equivalent"
    assert any("model = predict names the function predict" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (model(X, theta) - y) / m", cost="np.mean((model(X, theta) - y)**2)",
                 let=lets).verdict == "different"


def test_a_name_of_no_function_is_no_alias():
    """model = predict with predict defined nowhere: an unknown name, refused."""
    with pytest.raises(InputError, match="predict"):
        check("X.T @ (model(X, theta) - y) / m", cost="np.mean((model(X, theta) - y)**2)", let=["model = predict"])


# --- .5, np.squeeze(v), np.ravel(v) ---------------------------------------------------------------------------

def test_a_number_without_its_leading_zero():
    """½ mean((Xθ − y)²) + .5 Σθ²: ∇ = Xᵀ(Xθ − y)/m + θ (.5 · 2θ)."""
    cost = lambda t: np.mean((X @ t - Y) ** 2) / 2 + .5 * np.sum(t ** 2)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M + t, 3)
    text = "np.mean((X @ theta - y)**2)/2 + .5 * np.sum(theta**2)"
    read = check("X.T @ (X @ theta - y) / m + theta", cost=text)
    assert read.verdict == "equivalent"
    assert any(".5 is the number 0.5" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (X @ theta - y) / m + .5 * theta", cost=text).verdict == "different"


def test_squeeze_and_ravel_only_reshape():
    """np.squeeze(Xθ) has Xθ's entries: ½ mean((Xθ − y)²) has ∇ = Xᵀ(Xθ − y)/m."""
    cost = lambda t: np.mean((np.squeeze(X @ t) - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M, 3)
    read = check("X.T @ (np.ravel(X @ theta) - y) / m", cost="np.mean((np.squeeze(X @ theta) - y)**2)/2")
    assert read.verdict == "equivalent"
    assert any("np.squeeze(v) only reshapes v" in note for note in _notes(read)), _notes(read)
    assert any("np.ravel(v) only reshapes v" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (np.ravel(X @ theta) - y)", cost="np.mean((np.squeeze(X @ theta) - y)**2)/2").verdict \
        == "different"


@pytest.mark.parametrize("answer", ["X.T @ np.ravel(X @ theta - y, 1) / m", "X.T @ np.array([1, 2]) / m"])
def test_reshaping_with_more_than_one_array_is_refused(answer):
    with pytest.raises(InputError, match="is not read"):
        check(answer, cost="np.mean((X @ theta - y)**2)/2")


# --- np.dot of two vectors of the examples is one number (a false "different" before) ------------------------

ONE_FEATURE_LETS = ["y_pred = w * x + b", "error = y_pred - y"]
ONE_FEATURE_COST = "np.mean((y_pred - y) ** 2) / 2"


@pytest.mark.parametrize("dot", ["np.dot(error, x)", "error.dot(x)", "np.dot(x, error)", "x.dot(error)",
                                 "(y_pred - y).dot(x)"])
def test_np_dot_of_two_vectors_of_the_examples_is_their_inner_product(dot):
    """½ mean((wx + b − y)²) with one feature: ∂w = Σᵢ(wxᵢ + b − yᵢ)xᵢ / m, which np.dot(error, x) / m is."""
    b = -0.2
    cost = lambda v: np.mean((v[0] * x + b - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda v: np.array([np.dot(v[0] * x + b - Y, x) / M]), 1)
    read = check(f"{dot} / m", cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS, wrt="w")
    assert read.verdict == "equivalent"
    assert any("inner product Σᵢ aᵢbᵢ" in note for note in _notes(read)), _notes(read)
    # without the 1/m of the mean: m times the gradient
    assert check(dot, cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS, wrt="w").verdict == "different"


def test_a_number_times_np_dot_stays_the_product_numpy_makes():
    """np.dot(error, x) * y is the number Σ error·x times the vector y: no gradient by a number w."""
    assert check("np.dot(error, x) * y / m", cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS,
                 wrt="w").verdict == "different"
    # a product without np.dot is one example's term, as before
    assert check("error * x / m", cost=ONE_FEATURE_COST, let=ONE_FEATURE_LETS, wrt="w").verdict == "different"


# --- code's X as the one feature's array beside a number w --------------------------------------------------

ARRAY_LETS = ["n = len(X)", "y_pred = w * X + b", "error = y_pred - y_true"]
ARRAY_COST = "np.mean((y_pred - y_true) ** 2) / 2"


def test_x_times_a_number_w_is_the_one_feature():
    """mean((wX + b − y)²)/2, X 1-D: ∂w = Σ(wXᵢ + b − yᵢ)Xᵢ / m, ∂b = Σ(wXᵢ + b − yᵢ) / m."""
    cost = lambda v: np.mean((v[0] * x + v[1] - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda v: np.array([np.dot(v[0] * x + v[1] - Y, x), np.sum(v[0] * x + v[1] - Y)]) / M,
                        2)
    read = check("np.dot(error, X) / n", cost=ARRAY_COST, let=ARRAY_LETS, wrt="w")
    assert read.verdict == "equivalent"
    assert any("X is the one feature's 1-D array" in note for note in _notes(read)), _notes(read)
    assert check("np.sum(error) / n", cost=ARRAY_COST, let=ARRAY_LETS, wrt="b").verdict == "equivalent"
    assert check("np.sum(error) / n", cost=ARRAY_COST, let=ARRAY_LETS, wrt="w").verdict == "different"
    assert check("2 * np.dot(error, X) / n", cost=ARRAY_COST, let=ARRAY_LETS, wrt="w").verdict == "different"


@pytest.mark.parametrize("wrt, extra", [("w_j", ()), ("w", ("z = X.T @ y",)), ("w", ("z = x",))])
def test_x_stays_the_matrix_where_the_code_says_so(wrt, extra):
    """w's entries asked for, X used as a matrix, or a lowercase x beside X: X stays the matrix, and is refused."""
    with pytest.raises(InputError):
        check("np.dot(error, X) / n", cost=ARRAY_COST, let=[*ARRAY_LETS, *extra], wrt=wrt)


# --- np.sum(w * X, axis=1), a model function passed on under another name ----------------------------------

def test_a_row_weighted_sum_is_x_times_w():
    """np.sum(w * X, axis=1) with w 1-D is Xw: ½ mean((Xw − y)²) has ∇ = Xᵀ(Xw − y)/m."""
    cost = lambda w: np.mean((np.sum(w * X, axis=1) - Y) ** 2) / 2  # noqa: E731
    _assert_is_gradient(cost, lambda w: X.T @ (X @ w - Y) / M, 3)
    text = "np.mean((np.sum(w * X, axis=1) - y)**2)/2"
    read = check("X.T @ (X @ w - y) / m", cost=text, wrt="w_j")
    assert read.verdict == "equivalent"
    assert any("np.sum(w * X, axis=1) runs only with w 1-D" in note for note in _notes(read)), _notes(read)
    assert check("X.T @ (np.sum(X * w, axis=1) - y) / m", cost=text, wrt="w_j").verdict == "equivalent"
    assert check("X.T @ (np.sum(X * w, axis=1) - y)", cost=text, wrt="w_j").verdict == "different"


def test_along_axis_0_it_stays_refused():
    """np.sum(X * w, axis=0) would broadcast w over X's rows and add up each column: no m-vector, refused."""
    with pytest.raises(InputError):
        check("X.T @ (np.sum(X * w, axis=0) - y) / m", cost="np.mean((X @ w - y)**2)/2", wrt="w_j")


DANG_LETS = ["m = len(y)", "y_pred = f(w, b, x)", "f = f_wb",
             "f_wb(w, b, x) = (sigmoid(np.sum(w * x, axis = 1) + b)).reshape(-1, 1)"]
DANG_COST = "np.sum(-y * np.log(y_pred) - (1. - y) * np.log(1. - y_pred)) / m"


def test_a_model_function_under_another_name_inside_a_sum_along_an_axis():
    """Dang: f = f_wb, f_wb = σ(np.sum(w * x, axis=1) + b): the mean cross-entropy, ∇w = Xᵀ(σ(Xw + b) − y)/m."""
    b = 0.1

    def cost(w):
        p = _sigmoid(np.sum(w * X, axis=1) + b)
        return np.sum(-Y * np.log(p) - (1. - Y) * np.log(1. - p)) / M

    _assert_is_gradient(cost, lambda w: np.sum((_sigmoid(X @ w + b) - Y)[:, None] * X, axis=0) / M, 3)
    read = check("np.sum((f(w, b, x) - y) * x, axis = 0) / m", cost=DANG_COST, let=DANG_LETS, wrt="w_j")
    assert read.verdict == "equivalent"
    assert any("f = f_wb names the function f_wb" in note for note in _notes(read)), _notes(read)
    assert check("np.sum((f(w, b, x) - y) * x, axis = 0)", cost=DANG_COST, let=DANG_LETS,
                 wrt="w_j").verdict == "different"


# --- np.dot inside a function's body, at its call -------------------------------------------------------------

CE_LETS = ["cross_entropy(p, t) = -np.dot(t, np.log(p)) - np.dot((1 - t), np.log(1 - p))",
           "y_pred = sigmoid(np.matmul(X, w) + b)"]


def test_np_dot_in_a_functions_body_is_the_inner_product_at_its_call():
    """cross_entropy(y_pred, y) + λΣw²: -yᵀlog p − (1 − y)ᵀlog(1 − p) + λ‖w‖², ∇w = Xᵀ(p − y) + 2λw."""
    b, lam = 0.3, 0.7

    def cost(w):
        p = _sigmoid(X @ w + b)
        return -np.dot(Y, np.log(p)) - np.dot(1 - Y, np.log(1 - p)) + lam * np.sum(np.square(w))

    _assert_is_gradient(cost, lambda w: X.T @ (_sigmoid(X @ w + b) - Y) + 2 * lam * w, 3)
    text = "cross_entropy(y_pred, y) + lamda * np.sum(np.square(w))"
    read = check("X.T @ (y_pred - y) + 2 * lamda * w", cost=text, let=CE_LETS, wrt="w_j")
    assert read.verdict == "equivalent"
    # Hung-yi Lee's HW2 regularised: λw where the penalty λΣw² gives 2λw
    assert check("X.T @ (y_pred - y) + lamda * w", cost=text, let=CE_LETS, wrt="w_j").verdict == "different"


def test_code_x_beside_a_latex_weight_vector_is_not_the_one_feature():
    """The notes' w is a vector (\\mathbf{w}^T x): w * X is then no number times the one feature, and is refused."""
    with pytest.raises(InputError):
        check("(2 / n) * np.sum(y_pred - y)",
              cost=r"J = \frac{1}{n}\sum_{i=1}^{n}(\mathbf{w}^T\mathbf{x}^{(i)} + b - y^{(i)})^2",
              let=["y_pred = w * X + b"], wrt="b")

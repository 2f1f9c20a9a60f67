"""Issue 10, audit51: near-variants of the oldest code readings (NumPy, Octave, R) that meant something else.

Each case names the text, what it means worked out by hand, and what logderiv said before the fix (a confident
gradient for another meaning). Each is now refused; the readings they vary are still read (the hand-worked
gradients they rest on are held to finite differences here, tests/_numeric.py).
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused


def test_the_gradients_the_cases_rest_on_match_finite_differences():
    rng = np.random.default_rng(51)
    X = rng.normal(size=(6, 3))
    W, v, y = rng.normal(size=(3, 2)), rng.normal(size=2), rng.normal(size=6)
    # by hand: mean((X W v − y)²) with W n×k and v k×1 (two linear layers) has ∇_W = (2/m) Xᵀ r vᵀ, r = XWv − y: a
    # matrix; read as one weight vector w times a number v it would be the vector (2v/m) Xᵀ(v Xw − y)
    cost = lambda flat: float(np.mean((X @ flat.reshape(3, 2) @ v - y) ** 2))
    r = X @ W @ v - y
    assert np.allclose(central_differences(cost, W.ravel()).reshape(3, 2), 2 / 6 * np.outer(X.T @ r, v), atol=1e-5)
    # and NumPy's @ refuses a number for an operand: v can only be an array
    with pytest.raises(ValueError):
        X @ W[:, 0] @ 2.0
    # by hand: ‖Xw − y‖² + λ(Gw)ᵀ(Gw) with G a matrix (Tikhonov) has ∇ = 2Xᵀ(Xw − y) + 2λGᵀGw; G read as a number
    # gives 2Xᵀ(Xw − y) + 2λG²w, another vector whenever GᵀG is no multiple of the identity
    G, w, lam = rng.normal(size=(3, 3)), rng.normal(size=3), 0.7
    tikhonov = lambda u: float((X @ u - y) @ (X @ u - y) + lam * (G @ u) @ (G @ u))
    found = central_differences(tikhonov, w)
    assert np.allclose(found, 2 * X.T @ (X @ w - y) + 2 * lam * G.T @ G @ w, atol=1e-5)


# ------------------------------------------------------------------ a letter in a matrix product read as a number

@pytest.mark.parametrize("cost", [
    # said before: v a constant, ∂J/∂wⱼ = (2v/m) Σᵢ (v wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; meant: W n×k, v k×1 (above), or an error
    "np.mean((X @ W @ v - y)**2)",
    "np.mean((X @ w @ v - y)**2)",
    "np.mean((X.dot(W).dot(v) - y)**2)",
    "np.mean((np.dot(np.dot(X, W), v) - y)**2)",
])
def test_a_letter_multiplied_as_a_matrix_is_not_read_as_a_number(cost):
    assert "'v'" in str(refused(logderiv.derive, cost))


def test_the_matrix_products_of_one_output_are_still_read():
    intended = lambda d: float(np.mean((d.X @ d.w - d.y) ** 2))
    assert_gradient_read("np.mean((X @ w - y)**2)", intended, wrt=("w_j",))
    assert_gradient_read("np.mean((np.dot(X, w) - y)**2)", intended, wrt=("w_j",))
    assert_gradient_read("np.mean((X.dot(w) - y)**2)", intended, wrt=("w_j",))


# ------------------------------------------------------------------ a capital before the weights read as a number

@pytest.mark.parametrize("cost", [
    # said before: G a constant, ∇ = 2Xᵀ(Xw − y) + 2λG²w; meant: Tikhonov's 2Xᵀ(Xw − y) + 2λGᵀGw (above)
    "(X w - y)^T (X w - y) + lambda (G w)^T (G w)",
    "(X w - y)^T (X w - y) + (L w)^T (L w)",
    "sum((X w - y)^2) + lambda * sum((D w)^2)",
    "1/(2m) (X theta - y)^T (X theta - y) + lambda/2 (K theta)^T (K theta)",
    "(G w)^T (G w)",
])
def test_a_capital_before_the_weights_is_not_read_as_a_number(cost):
    refused(logderiv.derive, cost)


def test_the_least_squares_residual_beside_them_is_still_read():
    assert_gradient_read("(X w - y)^T (X w - y)", lambda d: float((d.X @ d.w - d.y) @ (d.X @ d.w - d.y)),
                         wrt=("w_j",))


# ------------------------------------------------------------------ φ applied to a bracket read as a number

def test_phi_of_the_score_differs_from_phi_times_it():
    rng = np.random.default_rng(3)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    # by hand: with φ an activation (tanh here) the gradient of Σ(φ(wᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)² is 2 Σ (φ(z) − y) φ′(z) x, z = Xw;
    # φ read as a number c gives 2c Σ (c z − y) x, which no c makes the same vector at every w
    cost = lambda u: float(np.sum((np.tanh(X @ u) - y) ** 2))
    z = X @ w
    assert np.allclose(central_differences(cost, w), 2 * X.T @ ((np.tanh(z) - y) * (1 - np.tanh(z) ** 2)), atol=1e-5)


@pytest.mark.parametrize("cost", [
    # said before: φ a constant, ∂J/∂wⱼ = (2φ/m) Σᵢ (φ wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; meant: φ a function (above)
    "1/m * sum((phi(w^T x) - y)^2)",
    r"\frac{1}{m}\sum_{i=1}^m (\phi(w^T x^{(i)}) - y^{(i)})^2",
    r"\frac{1}{2}\sum_i (y_i - \phi(\mathbf{w}^T\mathbf{x}_i))^2",
    "sum((y - psi(w^T x))^2)",
])
def test_phi_applied_to_a_bracket_is_not_read_as_a_number(cost):
    message = str(refused(logderiv.derive, cost, wrt="w_j"))
    assert "'phi' is applied to a bracket" in message or "'psi' is applied to a bracket" in message


def test_phi_defined_as_a_function_is_read():
    assert_gradient_read("1/m * sum((phi(w^T x) - y)^2)", lambda d: float(np.mean((np.tanh(d.X @ d.w) - d.y) ** 2)),
                         wrt=("w_j",), lets=("phi(z) = tanh(z)",))


def test_phi_written_as_a_product_stays_a_product():
    # phi*(…) says the product: φ a number (noted), (phi wᵀx − y)² by hand
    derivation = logderiv.derive("sum((phi*(w^T x) - y)^2)", wrt="w_j")
    assert any("phi is not defined" in note for note in derivation.notes)


# ------------------------------------------------------------------ W and Y both capitals, averaged over every entry

def test_the_mean_over_a_matrix_of_targets_is_not_the_one_output_mean():
    rng = np.random.default_rng(7)
    X, Y, W = rng.normal(size=(6, 3)), rng.normal(size=(6, 2)), rng.normal(size=(3, 2))
    # by hand: np.mean((X @ W - Y)**2) with W n×k and Y m×k averages m·k squares: ∇_W = (2/(mk)) Xᵀ(XW − Y); the
    # one-output reading gives each column (2/m) Xᵀ(Xw − y), k times too large
    cost = lambda flat: float(np.mean((X @ flat.reshape(3, 2) - Y) ** 2))
    found = central_differences(cost, W.ravel()).reshape(3, 2)
    assert np.allclose(found, 2 / 12 * X.T @ (X @ W - Y), atol=1e-5)
    assert not np.allclose(found[:, 0], 2 / 6 * X.T @ (X @ W[:, 0] - Y[:, 0]), atol=1e-3)


@pytest.mark.parametrize("cost", [
    # said before: W read as w, Y as y, ∂J/∂wⱼ = (2/m) Σᵢ (wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; meant: (2/(mk)) Xᵀ(XW − Y) (above)
    "np.mean((X @ W - Y)**2)",
    "np.mean((np.dot(X, W) - Y)**2)",
    "np.mean((X @ W + b - Y)**2)",
    "-np.mean(Y * np.log(sigmoid(X @ W)) + (1 - Y) * np.log(1 - sigmoid(X @ W)))",
])
def test_capital_weights_beside_capital_targets_under_a_whole_mean_are_refused(cost):
    assert "'W'" in str(refused(logderiv.derive, cost))


def test_capital_weights_with_one_output_are_still_read():
    # y lower case: one output, W the weight column (noted); --wrt W_j says W is one column (the corpus's WMAT class)
    intended = lambda d: float(np.mean((d.X @ d.w - d.y) ** 2))
    assert_gradient_read("np.mean((X @ W - y)**2)", intended, wrt=("w_j",))
    assert_gradient_read("((Y - X.dot(W)) ** 2).mean()", intended, wrt=("W_j",))


def test_tensorflow_mean_by_b_alone_does_not_say_one_output():
    # TensorFlow's reduce_mean over (XW + b − Y)²: by b with W n×k the gradient is (2/(mk)) Σᵢ rᵢ per output, not the
    # one-output (2/m) Σᵢ rᵢ; --wrt b does not say k = 1 (--wrt W_j does: tests/test_fixcode3.py)
    cost = "tf.reduce_mean(tf.square(tf.matmul(X, W) + b - Y))"
    assert "'W'" in str(refused(logderiv.derive, cost, wrt="b"))


# ------------------------------------------------------------------ a let that says what the capital is

def test_a_capital_a_let_makes_a_number_is_read_as_that_number():
    # --let G = 2 says G is a number: (G w)ᵀ(G w) = 4 wᵀw, so ∇ = 2Xᵀ(Xw − y) + 8w (finite differences)
    assert_gradient_read("(X w - y)^T (X w - y) + (G w)^T (G w)",
                         lambda d: float((d.X @ d.w - d.y) @ (d.X @ d.w - d.y) + 4 * d.w @ d.w),
                         wrt=("w_j",), lets=("G = 2",))


def test_a_gram_matrix_let_is_not_read_as_a_square():
    # said before: --let G = A^T A read as the number A² (A undefined, "Aᵀ is read as A"), the penalty G²‖w‖²;
    # meant: G = AᵀA, the Gram matrix of a matrix A, the penalty wᵀGᵀGw with gradient 2GᵀGw (the Tikhonov case above)
    message = str(refused(logderiv.derive, "(X w - y)^T (X w - y) + (G w)^T (G w)", let=["G = A^T A"]))
    assert "'Aᵀ'" in message


# ------------------------------------------------------------------ a function's name glued to a number

@pytest.mark.parametrize("cost", [
    # said before: σ(2), with no note: the SSE divided by σ(2) ≈ 0.88; meant: sigma2, the noise variance σ² (a
    # constant of the writer's, the Gaussian likelihood's 1/(2σ²)), or code's own name
    "(y - X w)^T (y - X w) / sigma2",
    "sum((y - w^T x)^2) / (2*sigma2)",
    "sum((y - w^T x)^2) / tanh2",
])
def test_a_function_name_glued_to_a_number_is_refused(cost):
    assert "glued to a number" in str(refused(logderiv.derive, cost, wrt="w_j"))


def test_a_function_of_a_number_with_a_space_is_still_read():
    # log 2 with a space is the constant log 2: (1/log 2) Σ (y − wᵀx)², by hand 2/log 2 · Xᵀ(Xw − y)
    assert_gradient_read("sum((y - w^T x)^2) / log 2", lambda d: float(np.sum((d.y - d.X @ d.w) ** 2) / np.log(2)),
                         wrt=("w_j",))


@pytest.mark.parametrize("cost", [
    # said before: Theta read as θ and Y as y, ∇ = (2/m) Xᵀ(Xθ − y); meant with Θ n×K, Y m×K: (2/(mK)) Xᵀ(XΘ − Y), the
    # W case above with Ng's capital
    "np.mean((X @ Theta - Y)**2)",
    "((X @ Theta - Y)**2).mean()",
    "-np.mean(Y * np.log(sigmoid(X @ Theta)) + (1 - Y) * np.log(1 - sigmoid(X @ Theta)))",
])
def test_capital_theta_beside_capital_targets_under_a_whole_mean_is_refused(cost):
    assert "'Theta' beside the targets' capital Y" in str(refused(logderiv.derive, cost))


def test_capital_theta_with_one_output_is_still_read():
    intended = lambda d: float(np.mean((d.X @ d.theta - d.y) ** 2))
    assert_gradient_read("np.mean((X @ Theta - y)**2)", intended)

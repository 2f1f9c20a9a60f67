"""Issue 10, audit50: near-variants of the readings fixf48 and fixfam merged that meant something else.

Each case names the text, what it means worked out by hand, and what logderiv said before the fix (a confident
gradient or verdict for another meaning). Each is now refused; the readings they vary are still read (the hand-worked
gradients they rest on are held to finite differences here, tests/_numeric.py).
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_gradients_the_cases_rest_on_match_finite_differences():
    rng = np.random.default_rng(50)
    A, X, y, w = rng.normal(size=(5, 3)), rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    # by hand: ∇ (y − Aw)ᵀ(y − Aw) + (Xw)ᵀ(Xw) = −2Aᵀ(y − Aw) + 2XᵀXw; with A and X two matrices this is not
    # 2Xᵀ(2Xw − y), what reading A as X gives
    cost = lambda v: float((y - A @ v) @ (y - A @ v) + (X @ v) @ (X @ v))
    found = central_differences(cost, w)
    assert np.allclose(found, -2 * A.T @ (y - A @ w) + 2 * X.T @ X @ w, atol=1e-5)
    assert not np.allclose(found, 2 * X.T @ (2 * X @ w - y), atol=1e-3)
    # by hand: Bishop's φ_n = φ(x_n): the gradient of the cross-entropy in wᵀφ_n is Φᵀ(σ(Φw) − t), rows φ_n; the
    # raw inputs' Xᵀ(σ(Φw) − t) is another vector (here φ(x) = (x, x²) elementwise, a basis that is no identity)
    t = rng.integers(0, 2, size=5).astype(float)
    Phi = np.hstack([X, X ** 2])
    v = rng.normal(size=6)
    cross = lambda u: -float(np.sum(t * np.log(_sigmoid(Phi @ u)) + (1 - t) * np.log(1 - _sigmoid(Phi @ u))))
    assert np.allclose(central_differences(cross, v), Phi.T @ (_sigmoid(Phi @ v) - t), atol=1e-5)
    assert X.T.shape[0] != Phi.T.shape[0]  # Xᵀ(…) is not even the same length: no reading makes them one
    # by hand: R's dbinom(y, 1, p, log = TRUE) = y log p + (1 − y) log(1 − p) for y ∈ {0, 1} (the reading the swapped
    # call would wrongly get): the swapped dbinom(p, 1, y, log = TRUE) is R's log-density at a non-integer x, −∞
    for label in (0, 1):
        assert np.isclose(np.log(0.3 ** label * 0.7 ** (1 - label)), label * np.log(0.3) + (1 - label) * np.log(0.7))


# ------------------------------------------------------------------ A (or H) as X only where no X is written

@pytest.mark.parametrize("cost", [
    # said before: A read as X beside X itself, ∇ = 2Σ(2wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾ (one matrix); meant: −2Aᵀ(y − Aw) + 2XᵀXw
    "(y - Aw)^T(y - Aw) + (Xw)^T(Xw)",
    # the same with UW's H: H read as X beside a glued Xw, which the 'no X written' test did not see
    "(y - Hw)^T(y - Hw) + (Xw)^T(Xw)",
])
def test_a_design_letter_beside_a_glued_x_is_not_read_as_x(cost):
    refused(logderiv.derive, cost, wrt="w_j")


def test_the_uw_residual_alone_is_still_read():
    assert_gradient_read("(y - Hw)^T(y - Hw)", lambda d: float((d.y - d.X @ d.w) @ (d.y - d.X @ d.w)), wrt=("w_j",))


# ------------------------------------------------------------------ Bishop's columns: φ rows against x rows

YAGI_E = r"E(w) = -\sum_i [t_i \ln\sigma(w^T\phi_i) + (1-t_i)\ln\{1-\sigma(w^T\phi_i)\}]"
T_LET = r"t = (t_1, t_2, \ldots, t_n)^T"
Y_PHI = r"y = (\sigma(w^T\phi_1), \sigma(w^T\phi_2), \ldots, \sigma(w^T\phi_n))^T"
X_PHI = r"X = (\phi_1, \phi_2, \ldots, \phi_n)^T"


@pytest.mark.parametrize("lets", [
    # said before: 'equivalent'; meant: Xᵀ(y − t) with X's rows the raw inputs x_n, not the cost's φ_n = φ(x_n)
    (T_LET, Y_PHI, r"X = (x_1, x_2, \ldots, x_n)^T"),
    # the predictions in x where the cost weighs φ: σ(wᵀx_n) is another column than σ(wᵀφ_n)
    (T_LET, r"y = (\sigma(w^Tx_1), \sigma(w^Tx_2), \ldots, \sigma(w^Tx_n))^T", X_PHI),
])
def test_a_column_in_x_beside_a_cost_in_phi_is_refused(lets):
    refused(logderiv.check, r"X^T(y - t)", cost=YAGI_E, wrt="w_j", let=lets)


def test_bishops_columns_in_phi_are_still_read():
    # Xᵀ(σ(Xw) − t) with X's rows φ_n: the gradient by hand above
    assert_verdict_read(r"X^T(y - t)", YAGI_E, "equivalent", wrt="w_j", lets=(T_LET, Y_PHI, X_PHI))


# ------------------------------------------------------------------ R's dbinom: x must be the labels

@pytest.mark.parametrize("cost, lets", [
    # said before: the gradient of σ log y + (1 − σ) log(1 − y) (x and prob swapped, read as written); R gives −∞
    ("-sum(dbinom(plogis(X %*% theta), 1, y, log = TRUE))", ()),
    ("-sum(dbinom(p, 1, y, log = TRUE))", ("p <- plogis(X %*% theta)",)),
])
def test_dbinom_of_a_computed_x_is_refused(cost, lets):
    refused(logderiv.derive, cost, wrt="theta_j", let=list(lets))


def test_dbinom_of_the_labels_is_still_read():
    def negll(d):
        p = _sigmoid(d.X @ d.theta)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read("-sum(dbinom(y, 1, plogis(X %*% theta), log = TRUE))", negll, wrt=("theta_j",))


# ------------------------------------------------------------------ code's log_lik beside another model's let

@pytest.mark.parametrize("lets", [
    # said before: the Bernoulli −Σ y log π + (1 − y) log(1 − π), π the one sigmoid let; meant: a zero-inflated
    # Poisson's likelihood, π the zero-inflation and λ the counts' mean (another likelihood, another gradient)
    ("pi <- plogis(X %*% beta)", "lambda <- exp(X %*% beta)"),
    # a Gaussian mean or its residuals beside the sigmoid: the log-likelihood may be the Gaussian one
    ("mu <- X %*% beta", "p <- plogis(X %*% beta)"),
    ("p <- plogis(X %*% beta)", "resid <- y - X %*% beta"),
    ("p <- plogis(X %*% beta)", "sigma2 <- sum((y - X %*% beta)^2)/n"),
])
def test_log_lik_beside_another_model_of_the_parameters_is_refused(lets):
    refused(logderiv.derive, "-log_lik", wrt="beta_j", let=list(lets))


def test_log_lik_through_its_linear_predictor_is_still_read():
    def nll(d):
        p = _sigmoid(d.X @ d.beta)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    # eta is the probability's own linear predictor, the chain p ← eta ← Xβ: no other model
    assert_gradient_read("-log_lik", nll, wrt=("beta_j",), lets=("eta <- X %*% beta", "p <- plogis(eta)"))


# ------------------------------------------------------------------ --wrt W_j: W inside a product is a matrix

RU_MSE = r"\text{MSE} = \frac{1}{m} \sum_{i=1}^m (y_{pred_i} - y_i)^2"
RISHITH_LETS = ("BCE_i = - [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]", "ŷ_i = sigma(z_i)",
                "sigma(z) = 1 / (1 + exp(-z))")


@pytest.mark.parametrize("cost, lets", [
    # said before: W read as the weight vector w and v as a number, ∇ = (2v/m) Σ (v xᵢ·w − yᵢ) xᵢⱼ; meant: X W v, W
    # an n×k layer's matrix and v a k-vector (a product after X·W needs W to be a matrix)
    (RU_MSE, (r"y_{pred} = X \cdot W \cdot v",)),
    ("BCE = (1/N) * Σ_i BCE_i", (*RISHITH_LETS, "z_i = x_i · W · v + b")),
])
def test_w_between_two_factors_is_not_the_weight_vector(cost, lets):
    refused(logderiv.derive, cost, wrt="W_j", let=list(lets))


def test_x_times_w_alone_is_still_the_weight_vector():
    assert_gradient_read(RU_MSE, lambda d: float(np.mean((d.X @ d.w - d.y) ** 2)), wrt=("W_j",),
                         lets=(r"y_{pred} = X \cdot W",))


def test_w_dot_x_then_times_v_in_code_is_not_the_weight_vector():
    # said before: 'different', reading σ(v · wᵀx) with v a number; meant: W a layer's matrix (W.dot(x) a vector of
    # hidden values) and v the output weights, σ(vᵀWx): nothing says W is the weight vector
    refused(logderiv.check, "X.T @ (y_hat - y)", cost="np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))",
            wrt="W_j", let=["sigmoid(x) = 1 / (1 + np.exp(-x))", "y_hat = sigmoid(self.W.dot(x).dot(self.v))"])


# ------------------------------------------------------------------ Σ_n over yⁿ: the letter in a text outside the sums

LEE_CE = r"-\sum_n [y^n \ln f(x^n) + (1 - y^n)\ln(1 - f(x^n))]"


@pytest.mark.parametrize("let", [
    # said before: n·Σ(f − y)(wᵀx)^{n−1}xⱼ, the let's x^n a power by logderiv's n, the features' count; meant: the
    # same example's xⁿ (Hung-yi Lee's), or, as written in a let of x, something the let does not say
    r"f(x) = \sigma(w^T x^n + b)",
    r"f(x) = \sigma(w^T x + n)",  # n a number in the model: not the examples' index the sum binds
])
def test_the_bound_letter_in_a_let_outside_the_sums_is_refused(let):
    refused(logderiv.derive, LEE_CE, wrt="w_j", let=[let])


def test_hung_yi_lees_cross_entropy_with_a_clean_let_is_still_read():
    def cross(d):
        p = _sigmoid(d.X @ d.w + d.b)
        return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(LEE_CE, cross, wrt=("w_j",), lets=(r"f(x) = \sigma(w^T x + b)",))

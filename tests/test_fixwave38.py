"""Issue 10, the f38/f39 waves' families (fixwave38): R's norm(v, type = "2"), crossprod, length(Y), t(x).

The texts are the waves' own, verbatim (their sources in tests/corpus/fresh_thirtyeighth.py). Each gradient is
held to finite differences of a NumPy cost written here by hand (tests/_numeric.py, or the corpus judge through
tests/_reading.py); each verdict is worked out by hand in the comment beside it. Near-variants that mean
something else (R's default one norm, crossprod of the data matrix) must be refused, never read.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv

# source: public code index file 14012216541 (R, obj_old <- …)
HALF_NORM = '0.5 * norm(X %*% beta - y, type = "2") ** 2'
# source: public code index file 21166870568 (R, cost_new = …)
NORM_OVER_2N = '(norm((Y - X%*%beta), type = "2")**2)/(2*nrow(X))'
# source: public code index file 1959694555 (R, nloptr script, objfun)
CROSSPROD = "crossprod(y-X%*%beta)"


def _half_sse(d):
    r = d.X @ d.beta - d.y
    return 0.5 * float(r @ r)


def _sse_over_2m(d):
    r = d.y - d.X @ d.beta
    return float(r @ r) / (2 * d.m)


def _sse(d):
    r = d.y - d.X @ d.beta
    return float(r @ r)


@pytest.mark.parametrize("text, intended", [(HALF_NORM, _half_sse), (NORM_OVER_2N, _sse_over_2m),
                                            (CROSSPROD, _sse)])
def test_r_norm_and_crossprod_costs_read_as_sums_of_squares(text, intended):
    # ½‖Xβ − y‖², ‖Y − Xβ‖²/(2m), (y − Xβ)ᵀ(y − Xβ): judged against finite differences of the NumPy costs above
    assert_gradient_read(text, intended, wrt=("beta_j",))


def test_r_norm_gradient_against_finite_differences_and_noted():
    # ½‖Xβ − y‖² has the gradient Xᵀ(Xβ − y) (by hand): compare the derived gradient's value at one point
    rng = np.random.default_rng(38)
    X, y, beta = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    by_hand = X.T @ (X @ beta - y)
    numeric = central_differences(lambda b: 0.5 * float((X @ b - y) @ (X @ b - y)), beta)
    assert np.allclose(by_hand, numeric, atol=1e-6)
    derivation = logderiv.derive(HALF_NORM, wrt="beta_j")
    assert any('norm(v, type = "2")^2 is ‖v‖²' in note for note in notes_of(derivation))


@pytest.mark.parametrize("answer, verdict", [
    # source: the same R file's grad <- …: Xᵀ(Xβ − y), the gradient of ½‖Xβ − y‖²
    ("t(X) %*% (X %*% beta - y)", "equivalent"),
    # variant: twice it
    ("2 * t(X) %*% (X %*% beta - y)", "different"),
])
def test_r_half_norm_answers(answer, verdict):
    assert_verdict_read(answer, HALF_NORM, verdict, wrt="beta_j")


@pytest.mark.parametrize("answer, verdict", [
    # source: delta <- …: (1/m)Xᵀ(Xβ − Y), length(Y) = m, the gradient of ‖Y − Xβ‖²/(2m)
    ("(t(X) %*% (X %*% beta - Y)) / length(Y)", "equivalent"),
    # the wave's variant: over 2m, half the gradient
    ("(t(X) %*% (X %*% beta - Y)) / (2*length(Y))", "different"),
])
def test_r_length_of_capital_y_is_m(answer, verdict):
    assert_verdict_read(answer, NORM_OVER_2N, verdict, wrt="beta_j")


def test_r_lower_case_data_transposed_beside_x_times_beta():
    # source: the nloptr script's gradient: −2xᵀ(y − xβ), the gradient of Σ(y − xβ)² with x the data matrix
    assert_verdict_read("as.vector(-2*t(x)%*%(y-x%*%beta))", "sum((y-x%*%beta)^2)", "equivalent", wrt="beta_j")
    # half of it is not
    assert_verdict_read("-t(x)%*%(y-x%*%beta)", "sum((y-x%*%beta)^2)", "different", wrt="beta_j")


def test_r_crossprod_of_two_arguments_is_a_transposed_product():
    # crossprod(X %*% beta - y, X %*% beta - y) = rᵀr, the residual sum of squares: gradient 2Xᵀ(Xβ − y)
    assert_verdict_read("2 * crossprod(X, X %*% beta - y)", "crossprod(X %*% beta - y, X %*% beta - y)",
                        "equivalent", wrt="beta_j")


@pytest.mark.parametrize("text, words", [
    # R's default norm is the one norm, Σ|rᵢ| of a column: its square is not ‖r‖²
    ("norm(X %*% beta - y)^2", "one norm"),
    ('norm(X %*% beta - y, "O")^2', "one norm"),
    ('norm(X %*% beta - y, type = "I")^2', "infinity norm"),
    # the norm itself (a square root) is not read
    ('norm(X %*% beta - y, type = "2")', "read only squared"),
    # crossprod(X) is the n×n XᵀX, no sum of squares
    ("crossprod(X) %*% beta", "XᵀX"),
])
def test_r_variants_that_mean_something_else_are_refused(text, words):
    error = refused(logderiv.derive, text, wrt="beta_j")
    assert words in str(error) and error.column is not None


def test_length_of_capital_y_beside_a_lower_case_y_is_not_read():
    # with y and Y both written, Y may be another quantity: length(Y) is left to be refused
    refused(logderiv.check, "(t(X) %*% (X %*% beta - y)) / length(Y)", cost=NORM_OVER_2N, wrt="beta_j")


def test_transposed_lower_case_x_alone_is_not_the_data_matrix():
    # every x transposed and none times β: nothing says x is the m×n data matrix
    refused(logderiv.check, "-2*t(x)%*%(y-x)", cost="sum((y-x%*%beta)^2)", wrt="beta_j")


# --- LaTeX: single bars with the 2-norm's subscript; a bold coefficient vector b -------------------------------

# source: https://hackmd.io/@gdgncue/BkodSi1SZg ('L2 正則最常用的目標函數是:')
SINGLE_BAR_RIDGE = r"J(w) = |y-Xw|_2^2+\lambda |w|_2^2"
# source: the CHI notes' 'the objective or loss function' (tests/corpus/fresh_thirtyninth.py, CHI)
BOLD_B = r"f({\bf b}) = \frac{1}{2} || {\bf y} - {\bf X}{\bf b} ||^{2}"


def _ridge_sse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _half_sse_w(d):
    r = d.y - d.X @ d.w
    return 0.5 * float(r @ r)


def test_single_bars_with_subscript_two_are_the_two_norm():
    # ‖y − Xw‖² + λ‖w‖²: every w_k penalised, no mean (finite differences of the NumPy cost above)
    assert_gradient_read(SINGLE_BAR_RIDGE, _ridge_sse_w, wrt=("w_j",))
    notes = notes_of(logderiv.derive(SINGLE_BAR_RIDGE, wrt="w_j"))
    assert any("the single bars |y-Xw| hold a vector of the examples" in note for note in notes)


@pytest.mark.parametrize("text", [
    r"J(w) = |y-Xw|_1^2 + \lambda w^T w",  # the one norm, squared: not ‖·‖²
    r"J(w) = |y-Xw|_2 + \lambda w^T w",  # the norm itself, a square root
    r"J(w) = |y-Xw|_2^3 + \lambda w^T w",  # a cube
    r"J(w) = |y-Xw|^2 + \lambda |w|_1",  # the lasso's penalty
])
def test_single_bars_that_are_not_a_squared_two_norm_stay_refused(text):
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="w_j"))
    assert "absolute value" in str(error)


def test_bold_b_times_bold_x_is_the_coefficient_vector():
    # ½‖y − Xb‖², b the regression vector: its gradient by b_j (finite differences of ½‖y − Xw‖², w as b)
    assert_gradient_read(BOLD_B, _half_sse_w, wrt=("b_j",))
    # by hand: ∇ = −Xᵀ(y − Xb) = XᵀXb − Xᵀy
    assert_verdict_read(r"X^T X b - X^T y", BOLD_B, "equivalent", wrt="b_j")
    assert_verdict_read(r"X^T y - X^T X b", BOLD_B, "different", wrt="b_j")


def test_bold_b_asked_as_the_bias_stays_refused():
    # --wrt b asks for one number: Xb is then an m×n matrix and y − Xb does not conform
    refused(logderiv.derive, BOLD_B, wrt="b")



# --- LaTeX: statistics' X' beside X ----------------------------------------------------------------------------

# source: the Nemotron CV ridge item ('The derivative with respect to w is:'), tests/corpus/fresh_thirtyeighth.py
RIDGE = r"\mathcal{L}(w) = \|y - Xw\|^2 + \lambda \|w\|^2"


def test_primed_x_beside_x_as_a_left_factor_is_the_transpose():
    # ∇(‖y − Xw‖² + λ‖w‖²) = −2Xᵀ(y − Xw) + 2λw, by hand; checked against finite differences at one point
    rng = np.random.default_rng(39)
    X, y, w, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7
    cost = lambda v: float((y - X @ v) @ (y - X @ v)) + lam * float(v @ v)  # noqa: E731
    assert np.allclose(-2 * X.T @ (y - X @ w) + 2 * lam * w, central_differences(cost, w), atol=1e-5)
    verdict = logderiv.check(r"\nabla_w \mathcal{L} = -2X'(y - Xw) + 2\lambda w", cost=RIDGE, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert any("X' beside X, as a left factor" in note for note in notes_of(verdict))
    # the wave's variant without the penalty's 2, and X'X written out
    assert logderiv.check(r"\nabla_w \mathcal{L} = -2X'(y - Xw) + \lambda w", cost=RIDGE, wrt="w_j").verdict \
        == "different"
    assert logderiv.check(r"-2X'y + 2X'Xw + 2\lambda w", cost=RIDGE, wrt="w_j").verdict == "equivalent"


@pytest.mark.parametrize("answer", [
    r"-2X'(y - Xw) + 2\lambda X'w",  # X'w: X' times the n-vector w could be a second m×n matrix
    r"\frac{1}{m} X'^\mathsf{T}(X\theta - y)",  # X' transposed: X' is then a matrix of its own
])
def test_primed_x_that_may_be_another_matrix_stays_refused(answer):
    error = refused(logderiv.check, answer, cost=RIDGE, wrt="w_j")
    assert "X' is then a matrix of its own" in str(error)


# --- LaTeX: a slide's δ/δ for the derivative -------------------------------------------------------------------

# source: the cvwork slide ('The following slide gives the partial derivatives, including:')
CE_OF_A = r"\mathcal L(a,y) = - \Big(y\log a + (1 - y)\log (1 -a)\Big)"


def test_delta_over_delta_is_the_derivative():
    # d/da of −(y log a + (1 − y) log(1 − a)) = −y/a + (1 − y)/(1 − a), by hand; at a = 0.3, y = 0.8 by differences
    a, y = 0.3, 0.8
    loss = lambda v: -(y * np.log(v[0]) + (1 - y) * np.log(1 - v[0]))  # noqa: E731
    assert np.allclose(-y / a + (1 - y) / (1 - a), central_differences(loss, np.array([a])), atol=1e-6)
    verdict = logderiv.check(r"\frac{\delta \mathcal L(a, y)}{\delta a} = - \frac y a + \frac{1-y}{1-a}",
                             cost=CE_OF_A, wrt="a")
    assert verdict.verdict == "equivalent"
    assert any("over '\\delta' in the left side's derivative is read as ∂/∂" in note for note in notes_of(verdict))
    assert logderiv.check(r"\frac{\delta \mathcal L}{\delta a} = - \frac y a - \frac{1-y}{1-a}", cost=CE_OF_A,
                          wrt="a").verdict == "different"


def test_delta_written_elsewhere_keeps_the_refusal():
    # δ on the right too: it may be a quantity of its own (a backprop error term), so the left side is not read
    refused(logderiv.check, r"\frac{\delta \mathcal L}{\delta a} = \delta a", cost=CE_OF_A, wrt="a")

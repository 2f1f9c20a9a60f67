"""Wave f54's refusals read by rules that transfer (issue 10): a model --let given twice that agrees as written (the
MLS labs' f_{w,b} beside a page's f(x) = w·x + b); σᵢ = σ(xᵢᵀβ) naming the prediction at example i beside the cost's
σ(xᵢᵀβ) (a wiki's ℓ(β)); the MLS labs' loops (``m,n = X.shape``, a penalty's loop over the features, a gradient's
``np.zeros`` start and ``return dj_db, dj_dw``); NumPy's ``x.shape[0]`` as a one-feature array's length; a --let
chain that writes the dot product out for its first two features, numbered from 0.

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# DeepLearning.AI forum, 'Linear Regression: Compute Gradient' (a stored copy, AbdElRhaman_Fakhry's reply): the
# thread gives no cost; the collector grades against the week-2 lab's J and its f_wb, and the page's f(x) = w·x + b
DLAI_J = r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
DLAI_LETS = (r"f(x) = w \cdot x^{(i)} + b", r"f_{w,b}(x^{(i)}) = wx^{(i)} + b")
DLAI_DB = r"\frac{\partial J(w,b)}{\partial b} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})"
DLAI_DW = (r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)}) "
           r"x^{(i)}")
# a GitHub wiki 'ML Logistics' ('To simplify computation, take the log of the likelihood:', 'The gradient is:',
# 'Vectorized form:'); σᵢ = σ(xᵢᵀβ) as the wiki uses it, written out by the collector
LYDIA_L = (r"\ell(\boldsymbol{\beta}) = \sum_{i=1}^n \left[ y_i \log \sigma(\mathbf{x}_i^\top \boldsymbol{\beta}) + "
           r"(1 - y_i) \log (1 - \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})) \right]")
LYDIA_LETS = (r"\sigma_i = \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})",
              r"\sigma(\mathbf{x}_i^\top \boldsymbol{\beta}) = \frac{1}{1 + e^{-\mathbf{x}_i^\top \boldsymbol{\beta}}}")
LYDIA_SUM = r"\frac{\partial \ell}{\partial \boldsymbol{\beta}} = \sum_{i=1}^n (y_i - \sigma_i) \mathbf{x}_i"
LYDIA_VECTOR = r"\nabla_{\boldsymbol{\beta}} \ell(\boldsymbol{\beta}) = X^\top (\mathbf{y} - \boldsymbol{\sigma})"
# https://github.com/SalmanAhmad-24/Machine-Learning-Course (Regularization notebook: compute_cost_linear_reg,
# compute_cost_logistic_reg, compute_gradient_linear_reg, the bodies as pasted)
SALMAN_LIN_COST = (
    "m  = X.shape[0]\n    n  = len(w)\n    cost = 0.\n    for i in range(m):\n"
    "        f_wb_i = np.dot(X[i], w) + b\n"
    "        cost = cost + (f_wb_i - y[i])**2\n"
    "    cost = cost / (2 * m)\n\n    reg_cost = 0\n    for j in range(n):\n"
    "        reg_cost += (w[j]**2)\n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost\n"
    "    total_cost = cost + reg_cost\n    return total_cost"
)
SALMAN_LOG_COST = (
    "m,n  = X.shape\n    cost = 0.\n    for i in range(m):\n"
    "        z_i = np.dot(X[i], w) + b\n"
    "        f_wb_i = sigmoid(z_i)\n"
    "        cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n\n"
    "    cost = cost/m\n\n    reg_cost = 0\n    for j in range(n):\n"
    "        reg_cost += (w[j]**2)\n"
    "    reg_cost = (lambda_/(2*m)) * reg_cost\n\n"
    "    total_cost = cost + reg_cost\n    return total_cost"
)
SALMAN_LETS = ("sigmoid(z) = 1 / (1 + np.exp(-z))",)
SALMAN_LIN_GRAD = (
    "m,n = X.shape\n    dj_dw = np.zeros((n,))\n    dj_db = 0.\n\n    for i in range(m):"
    "\n        err = (np.dot(X[i], w) + b) - y[i]\n"
    "        for j in range(n):\n            dj_dw[j] = dj_dw[j] + err * X[i, j]"
    "\n        dj_db = dj_db + err\n"
    "    dj_dw = dj_dw / m\n    dj_db = dj_db / m\n\n"
    "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + (lambda_/m) * w[j]\n\n    return dj_db, dj_dw"
)
# https://github.com/kbrars/Coursera ('Optional  Lab: Cost Function', In [6], compute_cost)
KBRARS_COST = ("m = x.shape[0] # number of training examples\n\n    cost_sum = 0\n\n    for i in range(m):\n"
               "        f_wb = w * x[i] +b\n        cost = (f_wb - y[i]) **2\n        cost_sum +=cost\n"
               "    total_cost = (1/m) * cost_sum\n    return total_cost")
# https://github.com/Jamie33/learngit ('Ungraded Lab - Regularized Cost', 'the cost function is of the form'; the
# lab's z for its two features, and f = g(z), g the sigmoid)
JAMIE_J = (r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( "
           r"\mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( "
           r"\mathbf{x}^{(i)} \right) \right) \right] + \frac{\lambda}{2}  \sum_{j=0}^{n-1} w_j^2")
JAMIE_Z = r"z =  w_0x_0^{(i)} + w_1x_1^{(i)} + b = \mathbf{x}^{(i)T}\mathbf{w} +b"

RNG = np.random.default_rng(54)
XS, YS = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, size=6)
LAM = 0.7


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


# ------------------------------------------------------------------ the truths, by hand, against finite differences


def test_the_hand_gradients_of_the_one_feature_line_agree_with_finite_differences():
    """By hand: J = 1/(2m)Σ(wx + b − y)²: ∂J/∂b = (1/m)Σ(wx + b − y), ∂J/∂w = (1/m)Σ(wx + b − y)x; Σ alone is m×."""
    x, m = XS[:, 0], len(YS)
    cost = lambda v: float(np.sum((v[0] * x + v[1] - YS) ** 2)) / (2 * m)  # noqa: E731
    at = np.array([0.4, -0.3])
    r = at[0] * x + at[1] - YS
    by_hand = np.array([float(r @ x) / m, float(np.sum(r)) / m])
    assert np.allclose(central_differences(cost, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(cost, at), by_hand * m, atol=1e-6)


def test_the_hand_gradient_of_the_log_likelihood_agrees_with_finite_differences():
    """By hand: ℓ(β) = Σ[y log σ(xᵀβ) + (1 − y) log(1 − σ(xᵀβ))]: ∇ℓ = Σ(yᵢ − σᵢ)xᵢ = Xᵀ(y − σ); Xᵀ(σ − y) is −∇ℓ."""
    def loglik(v):
        p = _sigmoid(XS @ v)
        return float(np.sum(YS * np.log(p) + (1 - YS) * np.log(1 - p)))

    at = RNG.normal(size=3)
    by_hand = XS.T @ (YS - _sigmoid(XS @ at))
    assert np.allclose(central_differences(loglik, at), by_hand, atol=1e-5)
    assert not np.allclose(central_differences(loglik, at), -by_hand, atol=1e-5)


def test_the_hand_gradients_of_the_labs_regularised_costs_agree_with_finite_differences():
    """By hand: ∂/∂wⱼ [1/(2m)Σ(wᵀx + b − y)² + λ/(2m)Σw²] = (1/m)Σ(wᵀx + b − y)xⱼ + (λ/m)wⱼ; the logistic one has
    σ(wᵀx + b) − y for the residual; λwⱼ in place of (λ/m)wⱼ is not it."""
    m, b = len(YS), 0.2
    at = RNG.normal(size=3)

    def ridge(v):
        r = XS @ v + b - YS
        return float(r @ r) / (2 * m) + LAM / (2 * m) * float(v @ v)

    def logistic(v):
        p = _sigmoid(XS @ v + b)
        return -float(np.mean(YS * np.log(p) + (1 - YS) * np.log(1 - p))) + LAM / (2 * m) * float(v @ v)

    assert np.allclose(central_differences(ridge, at), XS.T @ (XS @ at + b - YS) / m + LAM / m * at, atol=1e-5)
    assert not np.allclose(central_differences(ridge, at), XS.T @ (XS @ at + b - YS) / m + LAM * at, atol=1e-5)
    by_hand = XS.T @ (_sigmoid(XS @ at + b) - YS) / m + LAM / m * at
    assert np.allclose(central_differences(logistic, at), by_hand, atol=1e-5)


# the intended costs, on the corpus's Data (written here, by hand)


def _ridge_half_mean(d) -> float:
    """1/(2m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λ/(2m)Σⱼwⱼ²."""
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _cross_entropy(d) -> float:
    p = _sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _logistic_ridge(d) -> float:
    """The mean cross-entropy of σ(wᵀx + b) + λ/(2m)Σⱼwⱼ²."""
    return _cross_entropy(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _logistic_half_lam(d) -> float:
    """The mean cross-entropy + (λ/2)Σⱼwⱼ², as Jamie33's copy writes it (no m under λ)."""
    return _cross_entropy(d) + d.lam / 2 * float(d.w @ d.w)


def _sq_mean_one_feature(d) -> float:
    """(1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², x the one feature, w its slope (as kbrars' code divides: by m)."""
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


# ------------------------------------------------------------------ a model --let given twice, agreeing as written


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (DLAI_DB, "b", "equivalent"),
    (DLAI_DW, "w", "equivalent"),
    (DLAI_DW.replace(r"\frac{1}{m} ", ""), "w", "different"),  # the collector's variant: the 1/m dropped
])
def test_the_labs_f_given_twice_is_read_once(answer, wrt, verdict):
    """By hand (above): ∂J/∂b = (1/m)Σ(wx + b − y), ∂J/∂w = (1/m)Σ(wx + b − y)x."""
    assert_verdict_read(answer, DLAI_J, verdict, wrt=wrt, lets=DLAI_LETS)


def test_the_twice_given_f_is_noted_in_text_and_json():
    """Both formats say which --let was dropped, and why its '·' is a product of numbers."""
    said = "defines f again, as --let f_{w,b}(x^{(i)}) = wx^{(i)} + b does, its '·' between two letters the product"
    assert any(said in note for note in notes_of(logderiv.check(DLAI_DB, cost=DLAI_J, wrt="b", let=DLAI_LETS)))
    args = ["check", "--cost", DLAI_J, "--wrt", "b", "--let", DLAI_LETS[0], "--let", DLAI_LETS[1], DLAI_DB]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and "note: --let f(x) = w \\cdot x^{(i)} + b defines f again" in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])


@pytest.mark.parametrize("first", [
    r"f(x) = w \cdot x^{(i)} - b",  # another sign: another model
    r"f(x) = w \cdot z^{(i)} + b",  # another letter
    r"f(x) = \mathbf{w} \cdot \mathbf{x}^{(i)} + b",  # bold: the writer says vectors, the other one number
    r"f(x) = \vec{w} \cdot \vec{x}^{(i)} + b",
    r"f(x) = w^T x^{(i)} + b",  # a transpose: the dot product of vectors
    r"f(x) = w \cdot x^{(i)} + b + 1",  # a term more
])
def test_two_definitions_that_say_different_things_stay_refused(first):
    """Only two definitions the same as written (or w·x beside wx) are one."""
    error = refused_by_logderiv(lambda: logderiv.check(DLAI_DB, cost=DLAI_J, wrt="b", let=(first, DLAI_LETS[1])))
    assert "'f' is defined twice" in str(error)


# ------------------------------------------------------------------ σᵢ = σ(xᵢᵀβ): the prediction at example i


@pytest.mark.parametrize(("answer", "verdict"), [
    (LYDIA_SUM, "equivalent"),
    (LYDIA_VECTOR, "equivalent"),
    (LYDIA_VECTOR.replace(r"\mathbf{y} - \boldsymbol{\sigma}", r"\boldsymbol{\sigma} - \mathbf{y}"), "different"),
    (LYDIA_SUM.replace(r"(y_i - \sigma_i)", r"(\sigma_i - y_i)"), "different"),  # the NLL's gradient, −∇ℓ
])
def test_sigma_i_is_the_prediction_at_example_i(answer, verdict):
    """By hand (above): ∇ℓ = Σ(yᵢ − σᵢ)xᵢ = Xᵀ(y − σ)."""
    assert_verdict_read(answer, LYDIA_L, verdict, wrt="beta_j", lets=LYDIA_LETS)


def test_sigma_i_read_as_the_prediction_is_noted():
    """The note says what σᵢ was read as."""
    verdict = logderiv.check(LYDIA_SUM, cost=LYDIA_L, wrt="beta_j", let=LYDIA_LETS)
    assert any(r"\sigma_i = … names the prediction at example i" in note for note in notes_of(verdict))


@pytest.mark.parametrize("let", [
    r"\sigma_i = \sigma(2\mathbf{x}_i^\top \boldsymbol{\beta})",  # another argument than the cost's: would be replaced
    r"\sigma_i = \sigma(\mathbf{x}_j^\top \boldsymbol{\beta})",  # a feature's index
    r"\sigma_i = \sigma(\mathbf{x}_i^\top \boldsymbol{\beta}) + 1",  # more than the prediction
    r"\sigma_i = \sigma(\mathbf{x}_i^\top \boldsymbol{\beta})^2",
])
def test_a_sigma_i_that_is_not_the_costs_prediction_stays_refused(let):
    """Only σᵢ of the very argument the cost applies σ to is its prediction."""
    error = refused_by_logderiv(lambda: logderiv.check(LYDIA_SUM, cost=LYDIA_L, wrt="beta_j", let=(let,)))
    assert "names the definition" in str(error)


# ------------------------------------------------------------------ the MLS labs' loops


def test_the_labs_regularised_costs_are_read():
    """m,n = X.shape, the loop over the examples, and the penalty's loop over the features, Σⱼwⱼ²."""
    assert_gradient_read(SALMAN_LIN_COST, _ridge_half_mean, wrt=("w_j", "b"))
    assert_gradient_read(SALMAN_LOG_COST, _logistic_ridge, wrt=("w_j", "b"), lets=SALMAN_LETS)


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (SALMAN_LIN_GRAD, "w_j", "equivalent"),
    (SALMAN_LIN_GRAD, "b", "equivalent"),  # return dj_db, dj_dw: dj_db by b, b unpenalised
    (SALMAN_LIN_GRAD.replace("(lambda_/m) * w[j]", "lambda_ * w[j]"), "w_j", "different"),  # λwⱼ for (λ/m)wⱼ
])
def test_the_labs_regularised_gradient_is_read(answer, wrt, verdict):
    """By hand (above): (1/m)Σ(wᵀx + b − y)xⱼ + (λ/m)wⱼ by wⱼ, (1/m)Σ(wᵀx + b − y) by b."""
    assert_verdict_read(answer, SALMAN_LIN_COST, verdict, wrt=wrt)


def test_the_labs_loops_read_are_noted():
    """Each reading says what it read."""
    said = " ".join(notes_of(logderiv.check(SALMAN_LIN_GRAD, cost=SALMAN_LIN_COST, wrt="w_j")))
    assert "m,n = X.shape gives the rows of X, the examples (logderiv's m)" in said
    assert "over the features adds reg_cost once per feature" in said
    assert "dj_dw = np.zeros((n,)) starts every entry of dj_dw at 0" in said
    assert "the lines return dj_db, dj_dw, the gradients by b and w; --wrt w_j asks for the one by w" in said


@pytest.mark.parametrize(("cost", "said"), [
    (SALMAN_LIN_COST.replace("reg_cost += (w[j]**2)", "reg_cost += (X[0, j]**2)"), "number of examples"),  # data
    (SALMAN_LIN_COST.replace("reg_cost += (w[j]**2)", "reg_cost += (w[j]**2) * j"), "number of examples"),  # j bare
    (SALMAN_LIN_COST.replace("reg_cost += (w[j]**2)", "reg_cost += (w[j] * y[j])"), "number of examples"),  # y[j]
    (SALMAN_LIN_COST.replace("m  = X.shape[0]\n    n  = len(w)", "n, m = X.shape"), "names the cost"),  # swapped
])
def test_other_loops_over_the_features_stay_refused(cost, said):
    """Only a loop adding the parameters' own entry j, by j alone, is Σⱼ; logderiv's letters swapped are not read."""
    assert said in str(refused_by_logderiv(lambda: logderiv.derive(cost, wrt="w_j")))


@pytest.mark.parametrize("answer", [
    SALMAN_LIN_GRAD.replace("np.zeros((n,))", "np.zeros((n,)) + np.ones((n,))"),  # a start that is not 0
    SALMAN_LIN_GRAD.replace("return dj_db, dj_dw", "return dj_db, dj_dw, cost"),  # three results
])
def test_other_starts_and_returns_stay_refused(answer):
    """Only zeros whole start the j-th entry at 0; only two gradients' return gives the one asked for."""
    refused_by_logderiv(lambda: logderiv.check(answer, cost=SALMAN_LIN_COST, wrt="w_j"))


def test_a_one_feature_array_counted_by_its_shape_is_read():
    """kbrars' copy of the cost lab: m = x.shape[0] is the length of the one feature's x."""
    assert_gradient_read(KBRARS_COST, _sq_mean_one_feature, wrt=("w", "b"))


def test_a_loop_over_the_features_alone_is_the_sum_of_the_parameters_squares():
    """J = Σⱼθⱼ², written as a loop to n (the old refusal of tests/test_fixcode4.py): by hand ∂J/∂θⱼ = 2θⱼ."""
    at = RNG.normal(size=3)
    assert np.allclose(central_differences(lambda v: float(v @ v), at), 2 * at, atol=1e-6)
    assert_gradient_read("J = 0\nfor i in range(n):\n    J += theta[i]**2\nJ", lambda d: float(d.theta @ d.theta))


def _sq_sum_rows(d) -> float:
    """Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², x⁽ⁱ⁾ a row of the data matrix."""
    r = d.X @ d.w - d.y
    return float(r @ r)


def test_a_row_added_up_entry_by_entry_is_no_one_feature():
    """np.sum(w * x[i]) beside x.shape[0]: x[i] is a row (dropbox's q loop, f51), not the one feature's value."""
    loop = "q = 0\nfor i in range(x.shape[0]):\n    q += (np.sum(w * x[i]) - y[i]) ** 2"
    assert_gradient_read(loop, _sq_sum_rows, wrt=("w_j",))


@pytest.mark.parametrize("cost", [
    KBRARS_COST.replace("x.shape[0]", "x.shape[1]"),  # x's second size: x is no 1-D array
    KBRARS_COST.replace("+b\n", "+b + w[0]\n"),  # w indexed: not one number
])
def test_an_array_that_is_not_one_feature_stays_refused(cost):
    """x.shape[0] counts the examples only beside a 1-D x multiplied by one number."""
    assert "otherwise than times the parameters" in str(refused_by_logderiv(lambda: logderiv.derive(cost, wrt="w")))


# ------------------------------------------------------------------ z = w₀x₀ + w₁x₁ + b = xᵀw + b


def test_the_labs_two_features_written_out_read_the_dot_product():
    """Read over every feature: the mean cross-entropy + (λ/2)Σwⱼ² at n = 2 and n = 3 alike."""
    assert_gradient_read(JAMIE_J, _logistic_half_lam, wrt=("w_j", "b"), lets=(JAMIE_Z, "f =  g(z)"))
    said = " ".join(notes_of(logderiv.derive(JAMIE_J, wrt="w_j", let=(JAMIE_Z, "f =  g(z)"))))
    assert "writes the dot product out for its first features, numbered from 0" in said


@pytest.mark.parametrize("z", [
    r"z =  w_1x_1^{(i)} + w_2x_2^{(i)} + b = \mathbf{x}^{(i)T}\mathbf{w} +b",  # 1-based: not the labs' numbering
    r"z =  w_0x_0^{(i)} + w_1x_2^{(i)} + b = \mathbf{x}^{(i)T}\mathbf{w} +b",  # a weight beside another feature
    r"z =  w_0x_0^{(i)} + w_1x_1^{(i)} + c = \mathbf{x}^{(i)T}\mathbf{w} +b",  # another intercept
    r"z =  w_0x_0^{(i)} + w_1x_1^{(i)} = \mathbf{x}^{(i)T}\mathbf{w} +b",  # no intercept on one side
])
def test_other_written_out_sides_stay_refused(z):
    """Only wₖxₖ for k = 0, 1, … and the same intercept on both sides are the dot product written out."""
    error = refused_by_logderiv(lambda: logderiv.derive(JAMIE_J, wrt="w_j", let=(z, "f =  g(z)")))
    assert "the sides of the chain differ" in str(error)

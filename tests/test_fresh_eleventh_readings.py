r"""The refusal causes of the eleventh blind corpus (tests/corpus/fresh_eleventh.py), read (issue 10).

* ``h = sigmoid(X dot theta)``, ``theta dot x``: 'dot' needs two vectors — the word is now the dot '.', and
  ``X . v`` (X the data matrix) the matrix product X v, both noted; ``J_MSE = …`` names the cost (a label
  subscript), ``grad_j = …`` names component j of the gradient (refused beside --wrt b).
* ``reg = (lambda_/m)*theta`` then ``reg[0] = 0.0``: the scaled θ with its intercept's entry zeroed.
* ``Σᵢ(h(xⁱ) - yⁱ)²``: a bare superscript ⁱ is the example index, noted.
* ``X*THETA``, ``THETA^T * x``, ``Θ₀ + Θ₁x``: θ written in capitals, read where it can be nothing else, noted;
  refused beside a lowercase theta, glued to a layer number or where a weight matrix could be meant.
* Octave: ``theta_reg = [0; shift_theta]`` with ``shift_theta = theta(2:size(theta))``; ``sum(theta.^2) -
  theta(1)^2`` beside ``h = X * theta``; ``pinv(2*m)``; ``sum_1_m``; a comment's ``dJ/dTheta_j``.
* NumPy and pandas: ``y.values.flatten()``, ``Lambda``, ``np.transpose([y])``; LaTeX's ``\color{red}{…}``
  and a derivation's written-out ``0 +`` in a matrix answer.

Gradients are held against central finite differences of NumPy costs written here by hand (the corpus
judge differences them, tests/corpus/judge.py; tests/_numeric.py where a verdict is worked out below);
verdicts are worked by hand in the docstrings.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from corpus.items import Cost, sig
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError


def _assert_gradient(text, intended, *, wrt=("theta_j",), lets=()):
    """logderiv's gradient of ``text`` agrees with finite differences of ``intended`` (NumPy, by hand)."""
    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


def _ce(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def _logistic_mean(d):
    """(1/m) Σᵢ CE(σ(θᵀx⁽ⁱ⁾), y⁽ⁱ⁾)."""
    return float(np.mean(_ce(sig(d.X @ d.theta), d.y)))


def _logistic_reg_tail(d):
    """The mean cross-entropy + λ/(2m) Σ θ[1:]² (the intercept, θ's first entry, unpenalised)."""
    return _logistic_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def _half_sse(d):
    """½ Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², no 1/m."""
    return 0.5 * float(np.sum((d.X @ d.theta - d.y) ** 2))


def _half_sse_mean(d):
    return _half_sse(d) / d.m


def _linear_reg_tail(d):
    return _half_sse_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


_SK_J = "J(theta) = -1/m * sum( y*log(h) + (1-y)*log(1-h) )"


# --- 1. the word 'dot', X . v, J_MSE, grad_j ---------------------------------------------------------------

@pytest.mark.parametrize("let", ["h = sigmoid(X dot theta)", "h = sigmoid(theta dot x)", "h = sigmoid(X . theta)"])
def test_a_docstrings_dot_is_the_product_it_names(let):
    """σ(X dot θ) per example is σ(θᵀx⁽ⁱ⁾), as σ(θ dot x) is: the mean cross-entropy."""
    _assert_gradient(_SK_J, _logistic_mean, lets=(let,))


def test_the_worded_dot_and_the_matrix_period_are_noted():
    notes = derive(_SK_J, wrt="theta_j", let=("h = sigmoid(X dot theta)",)).problem.notes
    assert any("the word 'dot'" in note for note in notes), notes
    assert any("matrix product X v" in note for note in notes), notes


def test_dot_with_nothing_after_it_is_still_refused():
    with pytest.raises(InputError):
        derive(_SK_J, wrt="theta_j", let=("h = sigmoid(X dot)",))


def test_a_labelled_cost_name_names_the_cost():
    """J_MSE = (1/2m) Σ (σ(θᵀx) − y)²: the subscript MSE is a label, not an index."""
    text = "J_MSE = (1 / 2m) * sum( (h - y)^2 )"
    _assert_gradient(text, lambda d: float(np.sum((sig(d.X @ d.theta) - d.y) ** 2)) / (2 * d.m),
                     lets=("h = sigmoid(X dot theta)",))
    notes = derive(text, wrt="theta_j", let=("h = sigmoid(X dot theta)",)).problem.notes
    assert any("'J_MSE' names the cost" in note for note in notes), notes


def test_a_cost_letter_with_an_index_subscript_still_does_not_name_the_cost():
    with pytest.raises(InputError) as caught:
        derive("J_ij = sum_i (theta^T x_i - y_i)^2", wrt="theta_j")
    assert "names the cost" in str(caught.value)


@pytest.mark.parametrize("answer, cost, verdict", [
    # ∂/∂θⱼ of the mean cross-entropy of σ(θᵀx) is (1/m)Σ(h − y)xⱼ
    ("grad_j = (1/m) * sum( (h - y) * x_j )", _SK_J, "equivalent"),
    # x_j dropped: the derivative by an intercept, not by θⱼ
    ("grad_j = (1/m) * sum( (h - y) )", _SK_J, "different"),
    # d/dθⱼ of (1/2m)Σ(h − y)² with h = σ(θᵀx) is (1/m)Σ(h − y)h(1 − h)xⱼ, since σ' = σ(1 − σ)
    ("grad_j = (1/m) * sum( (h - y)*h*(1-h)*x_j )", "J_MSE = (1 / 2m) * sum( (h - y)^2 )", "equivalent"),
])
def test_grad_j_names_component_j(answer, cost, verdict):
    assert check(answer, cost=cost, wrt="theta_j", let=("h = sigmoid(X dot theta)",)).verdict == verdict


def test_grad_j_beside_a_scalar_wrt_is_refused():
    """grad_j names a component of a vector's gradient: against --wrt b it would be ∂J/∂b, which it does not name."""
    with pytest.raises(InputError) as caught:
        check("grad_j = 1/m * sum_i (w^T x_i + b - y_i)", cost="J = 1/(2m) sum_i (w^T x_i + b - y_i)^2", wrt="b")
    assert "component j" in str(caught.value)


# --- 2. reg = c*theta with reg[0] = 0.0 ------------------------------------------------------------------

_REG_LETS = (
    "m = len(y)",
    "h = sigmoid(X.dot(theta))",
    "cost_unreg = -(1/m)*np.sum(y*np.log(h) + (1-y)*np.log(1-h))",
    "reg_term = (lambda_/(2*m))*np.sum(theta[1:]**2)",
    "grad = (1.0/m)*X.T.dot(h - y)",
    "reg = (lambda_/m)*theta",
)


@pytest.mark.parametrize("answer, verdict", [
    # λθ/m with its first entry zeroed is the gradient of λ/(2m)Σθ[1:]²
    ("grad + reg", "equivalent"),
    # twice the penalty's gradient: 2λθⱼ/m for λθⱼ/m at every j ≥ 2
    ("grad + 2*reg", "different"),
])
def test_a_scaled_copy_with_its_first_entry_zeroed(answer, verdict):
    result = check(answer, cost="cost_unreg + reg_term", wrt="theta_j", let=(*_REG_LETS, "reg[0] = 0.0"))
    assert result.verdict == verdict
    assert any("reg[0] = 0.0" in note for note in result.notes), result.notes


def test_a_scaled_copy_never_zeroed_is_not_read_as_zeroed():
    """reg = λθ/m alone is never taken for the intercept-free penalty. Refused once (a vector a --let cannot hold);
    since fixfam put in the answer whole, as the code adds it: by hand the answer then penalises θ₀ too, which
    reg_term (θ[1:]) does not, so it is different."""
    assert check("grad + reg", cost="cost_unreg + reg_term", wrt="theta_j", let=_REG_LETS).verdict == "different"


# --- 3. a superscript ⁱ, capital THETA and Θ -------------------------------------------------------------

def test_a_bare_superscript_i_is_the_example_index():
    """(1/2m)Σᵢ(θᵀxⁱ − yⁱ)² + λ/(2m)Σⱼθⱼ² (h undefined: θᵀx, noted)."""
    text = "J(θ) = 1/2m Σᵢ(h(xⁱ) - yⁱ)² + λ/(2m) Σⱼθⱼ²"
    _assert_gradient(text, lambda d: _half_sse_mean(d) + d.lam / (2 * d.m) * float(np.sum(d.theta ** 2)))
    notes = derive(text, wrt="theta_j").problem.notes
    assert any("superscript i is read as the example index" in note for note in notes), notes


_FP_J = "J(theta) = 1/2 (X*THETA - y)^T(X*THETA - y)"


@pytest.mark.parametrize("text, lets", [
    (_FP_J, ()),
    ("J(THETA) = 1/2 sum_i (THETA^T x_i - y_i)^2", ()),
    ("1/2 sum_i (h(x_i) - y_i)^2", ("h(x) = THETA^T * x",)),
    ("1/2 sum_i (Θᵀx_i - y_i)^2", ()),
])
def test_theta_in_capitals_is_theta_where_it_can_be_nothing_else(text, lets):
    _assert_gradient(text, _half_sse, lets=lets)
    notes = derive(text, wrt="theta_j", let=lets).problem.notes
    assert any("is read as θ, the parameter vector" in note for note in notes), notes


def test_a_matrix_answer_in_capitals():
    """∇ of ½(Xθ − y)ᵀ(Xθ − y) is Xᵀ(Xθ − y); half of it is not."""
    assert check("X^T(X*THETA - y)", cost=_FP_J).verdict == "equivalent"
    assert check("1/2 X^T(X*THETA - y)", cost=_FP_J).verdict == "different"


def test_one_capital_entry_beside_a_feature():
    """h = Θ₀ + Θ₁x (French notes), one feature: ½Σ(θ₀ + θ₁x − y)²."""
    _assert_gradient("1/2 sum_i (h(x_i) - y_i)^2",
                     lambda d: 0.5 * float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)),
                     wrt=("theta_0", "theta_1"), lets=("h(x) = Θ₀ + Θ₁x",))


@pytest.mark.parametrize("text, column", [
    # beside a lowercase theta: θ, or a layer's weight matrix Θ?
    ("1/2 sum_i (theta^T x_i - y_i)^2 + lambda/2 * THETA^T x_1", 45),
    # Ng's network: Θ multiplies a layer's activations
    ("sum_i (sigmoid(THETA * a_i) - y_i)^2", 15),
    # THETA1: a layer's matrix, not an entry
    ("sum(THETA1 * x)", 4),
])
def test_theta_in_capitals_that_could_be_a_matrix_is_refused(text, column):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta_j")
    assert caught.value.column == column
    assert "THETA" in str(caught.value)


# --- 4. Octave ------------------------------------------------------------------------------------------

_SH_LETS = ("h = sigmoid(X*theta);", "shift_theta= theta(2:size(theta));", "theta_reg=[0;shift_theta];")
_SH_J = "(1/m)*(-y'*log(h)-(1-y)'*log(1-h)) + (lambda/(2*m))*theta_reg'*theta_reg"


def test_a_slice_let_used_as_zero_first_in_another_let():
    """theta_reg = [0; θ(2:end)]: θ_regᵀθ_reg = Σθ[1:]², the intercept unpenalised."""
    _assert_gradient(_SH_J, _logistic_reg_tail, lets=_SH_LETS)
    # (1/m)Xᵀ(h − y) + λ/m·[0; θ(2:end)] is that cost's gradient; with λθ/m it is off at the intercept
    assert check("(1/m)*(X')*(h-y)+ (lambda/m)*theta_reg", cost=_SH_J, let=_SH_LETS).verdict == "equivalent"
    assert check("(1/m)*(X')*(h-y)+ (lambda/m)*theta", cost=_SH_J, let=_SH_LETS).verdict == "different"


_CN_J = "(1 / (2 * m)) * sum((h - y).^2) + (lambda/(2 * m)) *(sum(theta.^2) - theta(1)^2)"


def test_the_sum_of_squares_less_the_first_entry():
    """sum(θ.^2) − θ(1)² is Σθ[1:]²: the penalty leaves the intercept out."""
    _assert_gradient(_CN_J, _linear_reg_tail, lets=("h = X * theta;",))
    notes = derive(_CN_J, wrt="theta_j", let=("h = X * theta;",)).problem.notes
    assert not any("its gradient has λ on every entry" in note for note in notes), notes


def test_the_octave_line_before_its_fix_is_different():
    """Xᵀ(h − y)/m + λθ/m adds λθ₁/m at the intercept, which the cost does not penalise (checked numerically)."""
    rng = np.random.default_rng(11)
    X, y, lam, m = rng.normal(size=(4, 3)), rng.normal(size=4), 0.7, 4
    theta = rng.normal(size=3)

    def cost(t):
        return float(np.sum((X @ t - y) ** 2)) / (2 * m) + lam / (2 * m) * float(np.sum(t ** 2) - t[0] ** 2)

    written = X.T @ (X @ theta - y) / m + lam / m * theta
    gap = written - central_differences(cost, theta)
    assert abs(gap[0] - lam * theta[0] / m) < 1e-6 and np.allclose(gap[1:], 0, atol=1e-6)
    assert check("(X' * (h - y))/ m + (lambda / m) * theta", cost=_CN_J, let=("h = X * theta;",)).verdict == "different"


def test_pinv_of_the_count_is_one_over_it():
    """pinv(2m)·Σ(Xθ − y)² with J the squared residuals of the line before: (1/2m)Σ(Xθ − y)²."""
    _assert_gradient("pinv(2*m)*sum(J)", _half_sse_mean, lets=("J = (X*theta-y).^2;",))


def test_pinv_of_a_matrix_is_still_not_read():
    with pytest.raises(Exception) as caught:
        derive("pinv(X'*X)*sum(J)", wrt="theta_j", let=("J = (X*theta-y).^2;",))
    assert "pinv" in str(caught.value)


_LTS_J = "1/(2*m) * sum((H - y).^2) + lambda/(2*m) * sum(theta(2:end).^2)"


@pytest.mark.parametrize("answer, verdict", [
    # the comment's λθⱼ²/m: the penalty's derivative is λθⱼ/m, not λθⱼ²/m
    ("dJ/dTheta_j = 1/m * (sum_1_m (h(x_i)-y_i) * x_j_i) + lambda/m * theta_j^2", "different"),
    # the data term alone, (1/m)Σ(h − y)xⱼ, is not the gradient of a cost with λ
    ("dJ/dTheta_j = 1/m * (sum_1_m (h(x_i)-y_i) * x_j_i)", "different"),
])
def test_an_octave_comment_with_sum_1_m_and_dtheta(answer, verdict):
    assert check(answer, cost=_LTS_J, let=("H = X * theta;",)).verdict == verdict


def test_sum_1_m_is_noted_and_sum_1_n_over_the_examples_refused():
    notes = check("1/m * sum_1_m (h(x_i)-y_i) * x_j_i", cost=_LTS_J, let=("H = X * theta;",)).notes
    assert any("sum_1_m is read as the sum" in note for note in notes), notes
    with pytest.raises(InputError) as caught:
        check("1/m * sum_1_n (h(x_i)-y_i) * x_j_i", cost=_LTS_J, let=("H = X * theta;",))
    assert "counted by m" in str(caught.value)


# --- 5. NumPy, pandas, LaTeX -----------------------------------------------------------------------------

def test_pandas_values_flatten_and_a_capital_lambda():
    text = ("(1.0/m) *np.sum(-y.values.flatten() * np.log( sigmoid(X.dot(theta))) -(1-y).values.flatten() * "
            "np.log(1-sigmoid(X.dot(theta)))) + (Lambda/(2.0*m))*np.sum( theta[1:]**2 )")
    _assert_gradient(text, _logistic_reg_tail)
    notes = derive(text, wrt="theta_j").problem.notes
    assert any("read as pandas" in note for note in notes) and any("Lambda is λ" in note for note in notes), notes


def test_transpose_of_a_listed_y_is_the_column_y():
    _assert_gradient("(1.0/(2*m)) * s.sum( axis = 0 )", _half_sse_mean,
                     lets=("m = len(y)", "s = np.power(( X.dot(theta) - np.transpose([y]) ), 2)"))


_RIN_COST = r"J(\hat \beta)= (y - \mathbf{X}\hat \beta)^\top(y- \mathbf{X} \hat \beta)"


@pytest.mark.parametrize("answer, verdict", [
    # ∇(y − Xβ)ᵀ(y − Xβ) = 2XᵀXβ − 2Xᵀy; the 0 is the derivative of yᵀy, written out
    (r"0 +2 \color{red}{X^\top X\,\hat \beta}-2X^\top y", "equivalent"),
    (r"0 +2 \textcolor{red}{X^\top X\,\hat \beta}-2X^\top y", "equivalent"),
    # −Xᵀy for −2Xᵀy: not the gradient
    (r"0 +2 \color{red}{X^\top X\,\hat \beta}-X^\top y", "different"),
])
def test_a_colour_only_colours(answer, verdict):
    result = check(answer, cost=_RIN_COST, wrt="beta_j")
    assert result.verdict == verdict
    assert any("only colours what follows" in note for note in result.notes), result.notes


# --- 6. lowercase x as the data matrix in a docstring: x.w, x^T . error, sum(error) ---------------------------

_HOUSING_J = "J(w,b) = 1/(2m) * sum((x.w + b - y)^2)"
_HOUSING_LETS = ("error = np.dot(x, w) + b - y",)


@pytest.mark.parametrize("answer, wrt, verdict", [
    # ∂/∂w of Σ(Xw + b − y)²/(2m) is Xᵀ(Xw + b − y)/m
    ("dJ/dw = 1/m * x^T . error", "w_j", "equivalent"),
    # ∂/∂b is Σ(Xw + b − y)/m
    ("dJ/db = 1/m * sum(error)", "b", "equivalent"),
    # the ½ kept: half the derivative
    ("dJ/db = 1/(2*m) * sum(error)", "b", "different"),
])
def test_a_docstrings_lowercase_data_matrix(answer, wrt, verdict):
    result = check(answer, cost=_HOUSING_J, wrt=wrt, let=_HOUSING_LETS)
    assert result.verdict == verdict
    if verdict == "equivalent" and wrt == "b":
        assert any("error⁽ⁱ⁾" in note for note in result.notes), result.notes


def test_a_period_after_a_scaled_data_matrix_is_its_product():
    """(1/m)·Xᵀ . (Xw + b − y) is (1/m)·Xᵀ(Xw + b − y), the gradient by w; without b in the residual it is not."""
    cost = "J(w,b) = 1/(2m) * sum((X.w + b - y)^2)"
    assert check("1/m * X^T . (X @ w + b - y)", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check("1/m * X^T . (X @ w - y)", cost=cost, wrt="w_j").verdict == "different"


# --- 7. an answer's own let calls the problem's function ----------------------------------------------------

_AERIN_J = ("(1.0/m) *np.sum(-y * np.log( sigmoid(X.dot(theta))) -(1-y) * np.log(1-sigmoid(X.dot(theta)))) "
            "+ (Lambda/(2.0*m))*np.sum( theta[1:]**2 )")
_AERIN_LETS = ("h(X,theta) = sigmoid(X.dot(theta))", "h0 = h(X, theta)")


@pytest.mark.parametrize("answer, verdict", [
    # Lambda*theta penalises θ₁ too, which the cost (theta[1:]) does not: off by λθ₁/m at the intercept
    ("1.0/m* ( X.T.dot(h0-y) + Lambda*theta)", "different"),
    # with the intercept's entry zeroed it is the gradient
    ("1.0/m* ( X.T.dot(h0-y) + Lambda*[0; theta(2:end)])", "equivalent"),
])
def test_an_answer_let_that_calls_the_problems_function(answer, verdict):
    result = check(answer, cost=_AERIN_J, wrt="theta_j", let=_AERIN_LETS)
    assert result.verdict == verdict
    assert any("h(X,theta) = … is read as its definition" in note for note in result.notes), result.notes


# --- 8. plain notes with braced superscripts and a bracketed worded sum ---------------------------------------

_FP_SUM_J = "J(theta) = 1/2 * sum (from i = 1 to m) (h(x)^{i} - y^{i})^2"
_FP_LETS = ("h(x) = THETA^T * x",)


def test_a_bracketed_worded_sum_with_braced_example_indices():
    """½ Σ_{i=1}^{m} (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²: h(x)^{i} is h at example i, y^{i} example i's label."""
    _assert_gradient(_FP_SUM_J, _half_sse, lets=_FP_LETS)
    notes = derive(_FP_SUM_J, wrt="theta_j", let=_FP_LETS).problem.notes
    assert any("is the sum Σ_{i=1}^{m}" in note for note in notes), notes
    assert any("h(x)^{i} is h(x^(i))" in note for note in notes), notes


@pytest.mark.parametrize("answer, verdict", [
    # ∂/∂θⱼ of ½Σ(h − y)² is Σ(h − y)xⱼ
    ("dJ/dtheta_j = sum (from i = 1 to m) (h(x)^{i} - y^{i}) * x_j", "equivalent"),
    # y − h: minus the gradient
    ("dJ/dtheta_j = sum (from i = 1 to m) (y^{i} - h(x)^{i}) * x_j", "different"),
])
def test_its_answers(answer, verdict):
    assert check(answer, cost=_FP_SUM_J, let=_FP_LETS).verdict == verdict


def test_braces_outside_a_sum_over_the_examples_are_not_read_as_the_example():
    """x^{i} with no sum over the examples could be a power (a polynomial): left to the reader, which refuses it."""
    with pytest.raises(InputError):
        derive("h = sum_j theta_j x^{i}", wrt="theta_j")

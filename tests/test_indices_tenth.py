"""Indices, sums and lets as real notes write them, tenth round (issue 10).

* ``-(1 / m) * np.sum(p1 + p2)`` with lets ``p1 = np.dot(y.T, …)``, ``p2 = np.dot(1 - y.T, …)`` (each one
  number, a sum over the examples already): NumPy's sum of a number is that number. It was refused as
  "a sum over examples inside another sum over examples"; now read, noted. A sum that mixes such a number
  with something per example (``np.sum(p1 * y)``) is still refused, never read as a nested sum.
* Bishop's and Ito's ``y_n = σ(a_n)`` beside ``a_n = w_0 x_n + w_1``: ``a_n`` is the let's pre-activation,
  not the activation a⁽ⁱ⁾ that stands for the prediction when nothing defines it. It was refused as
  "--let h uses itself"; now a is the let's value, noted.

A cost's gradient is held against central finite differences of the same cost written here by hand in
NumPy (the corpus judge does the differencing, tests/corpus/judge.py, with its own oracle evaluation of
logderiv's result); verdicts are worked out by hand in the docstrings.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost, sig
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError


def _nll(p, y):
    """Σᵢ −[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], by hand."""
    return float(np.sum(-(y * np.log(p) + (1 - y) * np.log(1 - p))))


def _assert_gradient(text, intended, *, wrt=("theta_j",), lets=()):
    """logderiv's gradient of ``text`` agrees with finite differences of ``intended`` (NumPy, by hand)."""
    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


# --- 1. np.sum of lets that are one number each ------------------------------------------------------

_P_LETS = (
    "m = len(y)",
    "z = np.dot(X, theta)",
    "p1 = np.dot(y.T, np.log(sigmoid(z)))",
    "p2 = np.dot(1 - y.T, np.log(1 - sigmoid(z)))",
)


@pytest.mark.parametrize("cost", ["-(1 / m) * np.sum(p1 + p2)", "-(p1 + p2).sum() / m", "-(1/m) * sum(p1 + p2)"])
def test_the_sum_of_two_lets_that_are_numbers_is_their_sum(cost):
    """p1 + p2 = Σᵢ [yᵢ log σ(θᵀxᵢ) + (1 − yᵢ) log(1 − σ(θᵀxᵢ))] is one number; its np.sum is itself, so the
    cost is the mean cross-entropy (finite differences of it), with a note naming p1 and p2."""
    _assert_gradient(cost, lambda d: _nll(sig(d.X @ d.theta), d.y) / d.m, lets=_P_LETS)
    notes = derive(cost, let=_P_LETS).problem.notes
    assert any("adds up a single number" in note and "p1 and p2" in note for note in notes), notes


def test_a_weighted_sum_of_number_lets_keeps_its_weights():
    """np.sum(2*p1 - p2) is 2 p1 − p2: J = −(1/m)[2 Σ y log σ − Σ (1 − y) log(1 − σ)], by finite differences."""
    cost = "-(1/m) * np.sum(2*p1 - p2)"

    def intended(d):
        s = sig(d.X @ d.theta)
        return -(2 * np.sum(d.y * np.log(s)) - np.sum((1 - d.y) * np.log(1 - s))) / d.m

    _assert_gradient(cost, intended, lets=_P_LETS)


def test_the_gradient_of_the_number_lets_cost_is_checked_by_hand():
    """∂J/∂θⱼ of the mean cross-entropy is (1/m) Σ (σ(θᵀxᵢ) − yᵢ) xᵢⱼ = Xᵀ(σ(z) − y)/m: equivalent; without
    the 1/m it is m times that: different."""
    cost = "-(1 / m) * np.sum(p1 + p2)"
    assert check("(1 / m) * np.dot(X.T, (sigmoid(z) - y))", cost=cost, let=_P_LETS).verdict == "equivalent"
    assert check("np.dot(X.T, (sigmoid(z) - y))", cost=cost, let=_P_LETS).verdict == "different"


@pytest.mark.parametrize("cost", ["-(1/m) * np.sum(p1 * y)", "-(1/m) * np.sum(p1 + y)"])
def test_a_number_let_summed_with_values_per_example_is_refused_not_nested(cost):
    """p1 (a number) times or plus y (per example) is no number: not the sum of a number, and a sum over
    the examples around p1's own sum is refused rather than read."""
    with pytest.raises(InputError):
        derive(cost, let=_P_LETS)


# --- 2. a_n defined by a let beside y_n = σ(a_n) ---------------------------------------------------------

_BISHOP_COST = r"-\frac{1}{N} \sum_{n=1}^{N} \{ t_n \log y_n + (1-t_n) \log (1-y_n) \}"


@pytest.mark.parametrize(
    "lets",
    [
        (r"y_n = \sigma(a_n)", r"a_n = w_0 x_n + w_1"),
        (r"y_n = \sigma(a_n) = \frac{1}{1 + \exp(-a_n)}", r"a_n = w_0 x_n + w_1"),
        (r"y_n = \sigma(a_n)", r"a_n = w_0 \cdot x_n + w_1"),
    ],
)
def test_a_let_defined_pre_activation_a_n_is_its_value_not_the_prediction(lets):
    """a_n = w₀xₙ + w₁ (w₀ the slope, w₁ the intercept), yₙ = σ(aₙ), tₙ the target: J is the mean
    cross-entropy of σ(w₀x + w₁), by finite differences in w₀ and in w₁."""
    _assert_gradient(
        _BISHOP_COST, lambda d: _nll(sig(d.theta0 * d.x + d.theta1), d.y) / d.m, wrt=("w_0", "w_1"), lets=lets
    )
    notes = derive(_BISHOP_COST, wrt="w_0", let=lets).problem.notes
    assert any("the n on a_n" in note for note in notes), notes


def test_the_slope_and_intercept_answers_of_the_bishop_cost_are_judged_by_hand():
    """∂J/∂w₀ = (1/N) Σ (yₙ − tₙ) xₙ and ∂J/∂w₁ = (1/N) Σ (yₙ − tₙ): each equivalent for its own parameter,
    and the intercept's answer is different for the slope."""
    lets = (r"y_n = \sigma(a_n)", r"a_n = w_0 x_n + w_1")
    slope = r"\frac{1}{N}\sum_{n=1}^{N}(y_n-t_n)x_n"
    intercept = r"\frac{1}{N}\sum_{n=1}^{N}(y_n-t_n)"
    assert check(slope, cost=_BISHOP_COST, wrt="w_0", let=lets).verdict == "equivalent"
    assert check(intercept, cost=_BISHOP_COST, wrt="w_1", let=lets).verdict == "equivalent"
    assert check(intercept, cost=_BISHOP_COST, wrt="w_0", let=lets).verdict == "different"


def test_an_undefined_a_i_is_still_the_prediction():
    """Without a let for a, a^{(i)} stays the prediction σ(θᵀx⁽ⁱ⁾) (DeepLearning.AI), as before."""
    cost = r"-\frac{1}{m}\sum_{i=1}^m y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})"
    notes = derive(cost, let=(r"h(x) = \sigma(\theta^T x)",)).problem.notes
    assert any("read as the prediction" in note for note in notes), notes


# --- 3. a sum over k whose terms are written with i -------------------------------------------------------


def test_a_sum_over_k_of_terms_in_i_is_the_sum_over_the_examples():
    """J(w, b) = (1/m) Σ_{k=1}^m ((w xᵢ + b) − yᵢ)²: k marks nothing and i nothing binds, so the one index is the
    example's: the mean squared error of one feature (finite differences in w and b), noted."""
    cost = r"J(w,b) = \dfrac{1}{m} \sum_{k=1}^m  \big((wx_i + b) - y_i\big) ^2"
    _assert_gradient(cost, lambda d: float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2)), wrt=("w", "b"))
    notes = derive(cost, wrt="b").problem.notes
    assert any("k and i are read as one index" in note for note in notes), notes


def test_the_k_sum_answers_are_judged_by_hand():
    """∂J/∂b = (2/m) Σ (w xᵢ + b − yᵢ): equivalent; ∂J/∂w = (2/m) Σ (w xᵢ + b − yᵢ) xᵢ: equivalent; the b answer
    for w lacks the xᵢ: different."""
    cost = r"J(w,b) = \dfrac{1}{m} \sum_{k=1}^m  \big((wx_i + b) - y_i\big) ^2"
    db = r"\frac{1}{m} \sum_{k=1}^m  2\big((wx_i + b) - y_i\big)"
    dw = r"\frac{1}{m} \sum_{k=1}^m  2\big((wx_i + b) - y_i\big) \times x_i"
    assert check(db, cost=cost, wrt="b").verdict == "equivalent"
    assert check(dw, cost=cost, wrt="w").verdict == "equivalent"
    assert check(db, cost=cost, wrt="w").verdict == "different"


@pytest.mark.parametrize(
    "cost",
    [
        r"\sum_{k=1}^n (\theta^T x^{(i)} - y^{(i)})^2",  # n may count the features: not read as the examples
        r"\sum_{k=1}^m k (\theta^T x^{(i)} - y^{(i)})^2",  # k written in the terms: no misspelling
        r"\sum_{k=1}^m (\theta_k x^{(i)} - y^{(i)})^2",  # k subscripts a parameter
    ],
)
def test_a_sum_over_k_is_not_merged_with_i_otherwise(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- 4. a plain note's sum(1, m, …) and its glued xji -----------------------------------------------------


def test_sum_with_its_limits_as_arguments_is_the_sum_over_the_examples():
    """-1/m sum(1, m, yi log h(xi) + (1 − yi) log(1 − h(xi))) is −(1/m) Σ_{i=1}^m […]: the mean cross-entropy
    of the logistic model (h undefined in a cross-entropy, noted), by finite differences; the limits noted."""
    cost = "-1/m sum(1, m, yi * log(h(xi)) + (1-yi) * log(1-h(xi)))"
    _assert_gradient(cost, lambda d: _nll(sig(d.X @ d.theta), d.y) / d.m)
    notes = derive(cost).problem.notes
    assert any("sum(1, m, …) is read as the sum Σ_{i=1}^{m}" in note for note in notes), notes


def test_the_glued_xji_is_feature_j_of_example_i():
    """∂J/∂θⱼ of the mean logistic loss is (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾: xji written for xⱼ⁽ⁱ⁾ is equivalent;
    without the 1/m it is m times too large: different; without the xji it is ∂J/∂θ₀'s form: different."""
    verdict = check("1/m sum(1,m, (h(xi) - yi) xji)", cost="logistic")
    assert verdict.verdict == "equivalent"
    assert any("'xji' as x_j^(i)" in note for note in verdict.notes), verdict.notes
    assert check("sum(1,m, (h(xi) - yi) xji)", cost="logistic").verdict == "different"
    assert check("1/m sum(1,m, (h(xi) - yi))", cost="logistic").verdict == "different"


def test_sum_limits_that_count_the_other_range_are_refused():
    """sum(1, n, …) of terms per example: n is not the examples' count m here; refused with a caret at n."""
    with pytest.raises(InputError) as caught:
        derive("-1/m sum(1, n, yi * log(h(xi)) + (1-yi) * log(1-h(xi)))")
    assert "counted by m, not n" in str(caught.value)
    assert caught.value.column == len("-1/m sum(1, ")


# --- 5. x_i^{(j)}: feature j of example i; a bare x_i^j refused with both readings --------------------------

_LOGLIK = r"l(\theta)=\sum_{i=1}^{m}y^{(i)}\log h_\theta(x^{(i)})+(1-y^{(i)})\log(1-h_\theta(x^{(i)}))"


def test_x_i_with_a_parenthesised_feature_mark_is_feature_j_of_example_i():
    """l is the log-likelihood (maximised); ∂l/∂θⱼ = Σᵢ (yᵢ − σ(θᵀxᵢ)) xᵢⱼ by hand: with xᵢ^{(j)} for xᵢⱼ it is
    equivalent, its negation (the derivative of −l) different, and the reading is noted."""
    right = r"\sum_{i=1}^m (y_i-\sigma(\theta ^Tx_i))x_i^{(j)}"
    verdict = check(right, cost=_LOGLIK, wrt="theta_j")
    assert verdict.verdict == "equivalent"
    assert any("feature j of example i" in note for note in verdict.notes), verdict.notes
    assert check("-" + right, cost=_LOGLIK, wrt="theta_j").verdict == "different"


@pytest.mark.parametrize("script", ["x_{i}^{j}", "x_i^j"])
def test_a_bare_feature_index_over_x_i_is_refused_with_both_readings(script):
    """x_i^j: a power (polynomial regression) or feature j: different models, so refused at the '^'.

    (Where the text writes x_i as a vector, θ^T x_i, a power j of it is meaningless and x_i^j is read as
    feature j: tests/test_fixf29.py. Here nothing in the answer says x_i is a vector.)
    """
    prefix = r"\sum_{i=1}^m (y_i-h_\theta(x^{(i)}))"
    answer = prefix + script
    with pytest.raises(InputError) as caught:
        check(answer, cost=_LOGLIK, wrt="theta_j")
    message = str(caught.value)
    assert "to the power j" in message and "feature j of example i" in message
    assert caught.value.column == len(prefix) + script.index("^")


# --- 6. a Python lambda's body is code like any let's; gradient_w = … names the gradient ---------------------

_ALEPH_LETS = ("MSELoss = lambda t, p: ((t - p)**2).mean()", "forward = x.dot(w) + b", "error = forward - y")


def test_a_lambda_body_with_a_method_mean_is_read():
    """MSELoss(y, forward) = mean((y − (Xw + b))²): finite differences in wⱼ and b; .mean() noted as np.mean."""
    _assert_gradient("MSELoss(y, forward)", lambda d: float(np.mean((d.y - d.X @ d.w - d.b) ** 2)),
                     wrt=("w_j", "b"), lets=_ALEPH_LETS)
    notes = derive("MSELoss(y, forward)", wrt="b", let=_ALEPH_LETS).problem.notes
    assert any(".mean() is np.mean" in note for note in notes), notes


def test_code_names_gradient_w_and_gradient_b_name_the_gradient():
    """∂/∂w of mean((Xw + b − y)²) is (2/m) Xᵀ(Xw + b − y) and ∂/∂b is (2/m) Σ (Xw + b − y), by hand: each
    equivalent under its own name; a name for the other parameter is refused, never compared."""
    w = "gradient_w = x.T.dot(error) * (2 / x.shape[0])"
    b = "grad_b = np.sum(error) * (2 / x.shape[0])"
    assert check(w, cost="MSELoss(y, forward)", wrt="w_j", let=_ALEPH_LETS).verdict == "equivalent"
    assert check(b, cost="MSELoss(y, forward)", wrt="b", let=_ALEPH_LETS).verdict == "equivalent"
    with pytest.raises(InputError, match="names the gradient by w"):
        check(w, cost="MSELoss(y, forward)", wrt="b", let=_ALEPH_LETS)


# --- 7. an undefined y_pred beside weights w: refused with both models named ------------------------------


@pytest.mark.parametrize("wrt", ["w_j"])  # by --wrt b the model has b: read since branch oldmiss (test_oldmiss.py)
def test_an_undefined_y_pred_beside_weights_is_refused_naming_both_models(wrt):
    """sum((y_pred - y)^2) + alpha * sum(w^2): y_pred may be Xw or Xw + b, whose ∂/∂wⱼ differ (the residual
    holds b or not); the refusal says so at y_pred, instead of "unknown index 'p'"."""
    cost = "Loss = (1/n) * sum((y_pred - y)^2) + alpha * sum(w^2)"
    with pytest.raises(InputError) as caught:
        derive(cost, wrt=wrt)
    assert "Xw or Xw + b" in str(caught.value)
    assert caught.value.column == cost.index("y_pred")


def test_y_pred_defined_by_a_let_is_read():
    """With --let y_pred = X @ w + b the cost is mean((Xw + b − y)²): finite differences in wⱼ and b."""
    cost = "Loss = (1/n) * sum((y_pred - y)^2)"
    _assert_gradient(cost, lambda d: float(np.mean((d.X @ d.w + d.b - d.y) ** 2)),
                     wrt=("w_j", "b"), lets=("y_pred = X @ w + b",))

"""Audit of issue 10's new readings for silent misreads (audit 10).

Each test names the input, what logderiv did before and what it must do now. Expected verdicts are worked
by hand in the comments; gradients are checked by finite differences of the cost written here in NumPy,
never copied from logderiv's own output.

1. Costs "written for labels" (verify/labels.py). The reading compares an answer at y ∈ {0, 1} or {−1, 1}
   only, so it must fire only on costs that are truly written for labels:
   * the Poisson likelihood written −log e^(y θᵀx − e^(θᵀx)) was read as a {0, 1} cost: an answer with y²
     for y was called **equivalent** (a false "equivalent"; y is a count);
   * a soft label's KL term y log(y/σ(θᵀx)) and the Poisson deviance y log(y/e^(θᵀx)) were read as ±1
     costs (a false note; at y = −1 their log is undefined);
   * the Bernoulli likelihood in softmax form −log(e^(y θᵀx)/(1 + e^(θᵀx))) (y ∈ {0, 1}) was read as a ±1
     cost: an answer right at ±1 but wrong at y = 0 was called **equivalent**.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
import logderiv._api
from _numeric import central_differences as _fd
from logderiv.verify import labels

LABELS_NOTE = "written for labels"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _assumed(cost):
    return labels.assumed_labels(logderiv._api.checker(cost).problem)


# --- 1. costs written for labels, and costs that only look so --------------------------------------------

POISSON_EXP = r"-\sum_{i=1}^{m} \log\left(e^{y_i\theta^Tx_i - e^{\theta^Tx_i}}\right)"
KL_TERM = r"\sum_{i=1}^{m} y_i \log\left(\frac{y_i}{\sigma(\theta^Tx_i)}\right)"
DEVIANCE = r"\sum_{i=1}^{m} \left[y_i \log\left(\frac{y_i}{e^{\theta^Tx_i}}\right) - (y_i - e^{\theta^Tx_i})\right]"
SOFTMAX_BERNOULLI = r"-\sum_{i=1}^{m} \log\left(\frac{e^{y_i\theta^Tx_i}}{1+e^{\theta^Tx_i}}\right)"
TWO_Y_MINUS_ONE = r"\sum_{i=1}^{m}\log(1+e^{-(2y_i-1)\theta^Tx_i})"
PLUS_MINUS_B = r"\sum_{i=1}^{m}\log(1+e^{-y_i(w^Tx_i+b)})"


def test_the_gradients_used_below_match_finite_differences_at_real_and_label_y():
    rng = np.random.default_rng(10)
    X, theta = rng.normal(size=(5, 3)), rng.normal(size=3)
    y = rng.uniform(0.1, 3.0, size=5)  # counts / soft labels: real
    # Poisson: −(y z − e^z) → (e^z − y) x
    assert np.allclose(_fd(lambda t: -np.sum(y * (X @ t) - np.exp(X @ t)), theta), X.T @ (np.exp(X @ theta) - y))
    # KL term y log(y/σ(z)) → −y (1 − σ(z)) x
    assert np.allclose(_fd(lambda t: np.sum(y * np.log(y / _sigmoid(X @ t))), theta),
                       X.T @ (-y * (1 - _sigmoid(X @ theta))))
    # softmax-form Bernoulli −log(e^(yz)/(1 + e^z)) → (σ(z) − y) x, for any real y
    assert np.allclose(_fd(lambda t: -np.sum(y * (X @ t) - np.log1p(np.exp(X @ t))), theta),
                       X.T @ (_sigmoid(X @ theta) - y))
    # (2y − 1) form at y ∈ {0, 1}: the cross-entropy, gradient (σ(z) − y) x
    y01 = np.array([0.0, 1.0, 1.0, 0.0, 1.0])
    assert np.allclose(_fd(lambda t: np.sum(np.log1p(np.exp(-(2 * y01 - 1) * (X @ t)))), theta),
                       X.T @ (_sigmoid(X @ theta) - y01))


@pytest.mark.parametrize("cost", [POISSON_EXP, KL_TERM, DEVIANCE, SOFTMAX_BERNOULLI])
def test_costs_for_counts_or_soft_labels_are_not_read_as_written_for_labels(cost):
    assert _assumed(cost) is None


@pytest.mark.parametrize(("cost", "expected"), [(TWO_Y_MINUS_ONE, labels.BINARY), (PLUS_MINUS_B, labels.SIGNED)])
def test_costs_truly_written_for_labels_still_are(cost, expected):
    assert _assumed(cost) == expected


def test_a_poisson_answer_with_y_squared_is_different_not_equivalent_at_binary_labels():
    # before: "equivalent" with a {0, 1} note. By hand at y = 0.5: e^z − 0.25 ≠ e^z − 0.5
    verdict = logderiv.check(r"\sum_{i=1}^{m} (e^{\theta^Tx_i} - y_i^2) x_{ij}", cost=POISSON_EXP)
    assert verdict.verdict == "different"
    assert not any(LABELS_NOTE in note for note in verdict.notes)
    right = logderiv.check(r"\sum_{i=1}^{m} (e^{\theta^Tx_i} - y_i) x_{ij}", cost=POISSON_EXP)
    assert right.verdict == "equivalent"


@pytest.mark.parametrize(("cost", "answer"), [
    (KL_TERM, r"\sum_{i=1}^{m} -(1-\sigma(\theta^Tx_i)) x_{ij}"),  # the y dropped: wrong for y ≠ 1
    (DEVIANCE, r"\sum_{i=1}^{m} (e^{\theta^Tx_i} - 1) x_{ij}"),  # y read as 1: wrong for y ≠ 1
])
def test_soft_label_and_deviance_answers_carry_no_plus_minus_one_note(cost, answer):
    verdict = logderiv.check(answer, cost=cost)
    assert verdict.verdict == "different"
    assert not any(LABELS_NOTE in note for note in verdict.notes)


def test_the_softmax_form_bernoulli_is_judged_for_real_y_not_at_plus_minus_one():
    # σ(z) − y − 1 + y² equals σ(z) − y at y = ±1 but is σ(z) − 1 at y = 0, a label the cost is written for
    verdict = logderiv.check(r"\sum_{i=1}^{m} (\sigma(\theta^Tx_i) - y_i - 1 + y_i^2) x_{ij}", cost=SOFTMAX_BERNOULLI)
    assert verdict.verdict == "different"
    assert not any(LABELS_NOTE in note for note in verdict.notes)
    assert logderiv.check(r"\sum_{i=1}^{m} (\sigma(\theta^Tx_i) - y_i) x_{ij}", cost=SOFTMAX_BERNOULLI).verdict == "equivalent"


def test_the_two_y_minus_one_form_keeps_its_binary_reading_with_a_note():
    verdict = logderiv.check(r"\sum_{i=1}^{m}(\sigma(\theta^Tx_i) - y_i)x_{ij}", cost=TWO_Y_MINUS_ONE)
    assert verdict.verdict == "equivalent"
    assert any("written for labels y⁽ⁱ⁾ ∈ {0, 1}" in note for note in verdict.notes)


# --- 2. a model written with its intercept, and an answer in θᵀx ------------------------------------------
# Before: against h = θ₀ + θ₁x₁ + θ₂x₂ (x₀ = 1, which logderiv itself notes), the answer (1/m) Σ (θᵀx − y) xⱼ
# was called different, "the term θ₀ is missing": θᵀx was read over 1..n. In those notes θᵀx = θ₀x₀ + θ₁x₁ +
# θ₂x₂. Now read so, with a note; an answer writing θ₀ beside θᵀx keeps θᵀx over 1..n.

WRITTEN = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)} - y^{(i)})^2"
THETA_T_X_NOTE = "the answer's θᵀx is read as θ₀ + θ₁x₁ + …"


def test_the_theta_t_x_answer_is_the_gradient_with_x0_one_by_finite_differences():
    rng = np.random.default_rng(3)
    X, y, theta = rng.normal(size=(4, 2)), rng.normal(size=4), rng.normal(size=3)  # theta = (θ₀, θ₁, θ₂)

    def J(t):  # the cost as written
        return np.sum((t[0] + X @ t[1:] - y) ** 2) / (2 * 4)

    X1 = np.hstack([np.ones((4, 1)), X])  # x₀ = 1
    answer = X1.T @ (X1 @ theta - y) / 4  # (1/m) Σ (θᵀx − y) xⱼ, j = 0, 1, 2, with θᵀx over 0..2
    assert np.allclose(_fd(J, theta), answer)


@pytest.mark.parametrize(("answer", "wrt", "expected", "noted"), [
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}", "theta_j", "equivalent", True),
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})", "theta_0", "equivalent", True),
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})x_2^{(i)}", "theta_2", "equivalent", True),
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta_0 + \theta^Tx^{(i)} - y^{(i)})x_j^{(i)}", "theta_j", "equivalent", False),
    (r"\frac{1}{m}\sum_{i=1}^{m}(y^{(i)} - \theta^Tx^{(i)})x_j^{(i)}", "theta_j", "different", True),  # sign
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})x_1^{(i)}", "theta_2", "different", True),  # x₁ for x₂
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})", "theta_j", "different", True),  # xⱼ dropped
    # Σ_{k=1}^{n} θₖxₖ written out: its bounds leave θ₀ out, so the answer misses θ₀ (wrong at every j)
    (r"\frac{1}{m}\sum_{i=1}^{m}(\sum_{k=1}^{n}\theta_k x_k^{(i)} - y^{(i)})x_j^{(i)}", "theta_j", "different", False),
    ("1/m sum((sum_k theta_k x_k) - y) x_j", "theta_j", "different", False),
    ("1/m sum (theta . x - y) x_j", "theta_j", "equivalent", True),
])
def test_theta_t_x_beside_a_written_intercept_is_read_with_theta_0(answer, wrt, expected, noted):
    verdict = logderiv.check(answer, cost=WRITTEN, wrt=wrt)
    assert verdict.verdict == expected
    assert any(THETA_T_X_NOTE in note for note in verdict.notes) == noted
    if noted:  # notes appear in every output format
        assert THETA_T_X_NOTE in verdict.to_text() and THETA_T_X_NOTE in verdict.to_json()


# The same model and a vectorised answer: Ng's ex1 writes grad = X'(Xθ − y)/m with X holding the column of
# ones. Before: "different", diagnosed as "the gradient of another cost, the linear preset" (θ over 1..n).
MATRIX_NOTE = "the answer's X holds the column of ones x₀ = 1"


@pytest.mark.parametrize(("answer", "expected", "noted"), [
    (r"\frac{1}{m}X^T(X\theta - y)", "equivalent", True),
    ("X.T @ (X @ theta - y) / m", "equivalent", True),
    ("X.T @ (y - X @ theta) / m", "different", True),  # the sign, by hand
    (r"\frac{1}{m}X^T(X\theta - y) + \frac{1}{m}\theta", "different", True),  # a term (1/m)θⱼ too many
])
def test_a_vectorised_answer_beside_a_written_intercept_holds_the_column_of_ones(answer, expected, noted):
    verdict = logderiv.check(answer, cost=WRITTEN)
    assert verdict.verdict == expected
    assert any(MATRIX_NOTE in note for note in verdict.notes) == noted


# One scalar feature, h = θ₀ + θ₁x: θᵀx is θ₀ + θ₁x (x₀ = 1, x₁ = x). Before: different ("other").
ONE_FEATURE = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"


@pytest.mark.parametrize(("answer", "wrt", "expected"), [
    ("1/m sum (theta^T x - y) x_j", "theta_j", "equivalent"),  # j = 0: Σ(h − y)/m, j = 1: Σ(h − y)x/m
    ("1/m sum (theta^T x - y)", "theta_0", "equivalent"),
    ("1/m sum (y - theta^T x) x_j", "theta_j", "different"),  # the sign
])
def test_theta_t_x_beside_a_one_feature_line_is_theta_0_plus_theta_1_x(answer, wrt, expected):
    verdict = logderiv.check(answer, cost=ONE_FEATURE, wrt=wrt)
    assert verdict.verdict == expected
    assert any(THETA_T_X_NOTE in note for note in verdict.notes)


# A penalty that writes θ₀² too: the general answer holds at j = 0 (x₀ = 1, λθ₀ from θ₀²). Before: checked at
# j = 1, 2 only, with a false note that "the penalty leaves θ₀ out".
PENALTY_ALL = WRITTEN + r" + \frac{\lambda}{2m}(\theta_0^2 + \theta_1^2 + \theta_2^2)"
PENALTY_FEATURES = WRITTEN + r" + \frac{\lambda}{2m}(\theta_1^2 + \theta_2^2)"
REGULARISED = (r"\frac{1}{m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)} - y^{(i)})x_j^{(i)}"
               r" + \frac{\lambda}{m}\theta_j")
LEAVES_OUT = "the penalty leaves θ₀ out"


def test_a_penalty_on_every_component_is_checked_at_j_zero_too():
    rng = np.random.default_rng(5)
    X, y, theta, lam = rng.normal(size=(4, 2)), rng.normal(size=4), rng.normal(size=3), 0.7

    def J(t):
        return np.sum((t[0] + X @ t[1:] - y) ** 2) / 8 + lam / 8 * np.sum(t**2)

    X1 = np.hstack([np.ones((4, 1)), X])
    assert np.allclose(_fd(J, theta), X1.T @ (X1 @ theta - y) / 4 + lam / 4 * theta)  # j = 0 included
    verdict = logderiv.check(REGULARISED, cost=PENALTY_ALL)
    assert verdict.verdict == "equivalent"
    assert any("checked for j = 0, 1, 2" in note for note in verdict.notes)
    assert not any(LEAVES_OUT in note for note in verdict.notes)


def test_a_penalty_on_the_features_only_still_leaves_theta_0_to_its_own_check():
    verdict = logderiv.check(REGULARISED, cost=PENALTY_FEATURES)
    assert verdict.verdict == "equivalent"  # j = 1, 2: (h − y)xⱼ/m + λθⱼ/m, by hand
    assert any(LEAVES_OUT in note for note in verdict.notes)


# --- 3. an answer's n read as m beside a mean cost -------------------------------------------------------
# Before: beside J = np.mean((Xw − y)²) + λ Σ w²/len(w), the answer 2/n Xᵀ(Xw − y) + 2λw/len(w) had every n
# renamed to m, len(w)'s too: the penalty became 2λw/m and a right answer was called different. Only the n
# the answer writes is the count of its examples; len(w), w.size stay the features'.

MEAN_COST = "J = np.mean((X @ w - y)**2) + lam * np.sum(w**2) / len(w)"


def test_the_mean_cost_gradient_by_finite_differences():
    rng = np.random.default_rng(11)
    X, y, w, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.6

    def J(v):
        return np.mean((X @ v - y) ** 2) + lam * np.sum(v**2) / v.size

    assert np.allclose(_fd(J, w), 2 / 5 * X.T @ (X @ w - y) + 2 * lam * w / 3)  # n = 5 samples, 3 features


@pytest.mark.parametrize(("answer", "expected"), [
    ("2/n * X.T @ (X @ w - y) + 2*lam*w/len(w)", "equivalent"),
    ("2/n * X.T @ (X @ w - y) + 2*lam*w/w.size", "equivalent"),
    ("2/n * X.T @ (X @ w - y) + 2*lam*w/n", "different"),  # one n for both counts: wrong under either reading
    ("2/n * X.T @ (X @ w - y) + 2*lam*w", "different"),  # the penalty's count dropped
])
def test_only_the_written_n_of_an_answer_is_read_as_the_count_of_the_examples(answer, expected):
    verdict = logderiv.check(answer, cost=MEAN_COST)
    assert verdict.verdict == expected
    assert any("counts its examples only by its mean" in note for note in verdict.notes)


# --- 4. b_0 + b_1 x read as θ₀ + θ₁x: only a line with its intercept b₀ -------------------------------------
# Before: in a scalar two-layer net, w_2 σ(w_1 x + b_1) + b_2, the layers' biases b_1, b_2 were read as θ₁, θ₂
# under the note "the intercept and slope of the line" (false: there is no line, and b_1 is no slope). Now b's
# numbered without a b₀ are not read as a line's: the text is refused (a miss, not a false note).

NET = "1/2 sum (w_2 sigma(w_1 x + b_1) + b_2 - y)^2"


def test_layer_biases_are_not_read_as_a_lines_intercept_and_slope():
    with pytest.raises(logderiv.InputError):
        logderiv.check("sum (w_2 sigma(w_1 x + b_1) + b_2 - y)", cost=NET, wrt="b_2")


def test_a_line_with_its_intercept_is_still_read_as_theta():
    # ∂/∂b₁ of ½ Σ (b₀ + b₁x − y)² = Σ (b₀ + b₁x − y) x, by hand
    verdict = logderiv.check("sum (b_0 + b_1 x - y) x", cost="1/2 sum (b_0 + b_1 x - y)^2", wrt="b_1")
    assert verdict.verdict == "equivalent"
    assert any("intercept and slope of the line" in note for note in verdict.notes)

"""Issue 10 (fixtex40): two sources of f85 refused, read where their convention is plain, refused better where not.

* Ukrainian Markdown notes (posulka50) define the model by its probability, a --let chain whose first side is
  ``P(y=1|X)``, and name the prediction in prose, ``$\\hat{p}$ — передбачена ймовірність $P(y=1)$`` ("p̂ — the
  predicted probability P(y=1)"). The chain is read as h(X) = σ(βᵀX) = 1/(1 + e^{−βᵀX}) (each '=' checked), the prose
  line as p̂_i = h(x_i), both noted. A prose line that says anything else, or a chain whose sides differ, stays refused.
* A polynomial-regression docstring writes its prediction at example i as ``y_hat_i`` beside ``y_hat = …``: the
  name with the example index, read so (noted); ``y_pred_j`` stays refused. Its model
  ``theta_0 + theta_1 * x + theta_2 * x^2 + ... + theta_n * x^n`` (powers of one input as the features) stays
  refused, now said to be a polynomial, not "no one pattern" with a hint to write θ_j x_j (another model).

Expected results are worked out by hand and held to central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from logderiv.errors import InputError
from logderiv.notation import plain

_RNG = np.random.default_rng(40)

# source: github.com/posulka50/ML-notes/blob/554d7ecc7986e41ad6bb566321547fbb45571bb8/ML-notes/Лінійна регресія/
# Логістична регресія.md ('### Передбачення ймовірності', '### Для всього датасету', '### Градієнт функції втрат'),
# verbatim as tests/corpus/fresh_eightyfifth.py holds them
POS_LETS = (
    r"P(y=1|X) = \sigma(\beta^T X) = \frac{1}{1 + e^{-\beta^T X}}",
    r"$\hat{p}$ — передбачена ймовірність $P(y=1)$",
)
POS_J = r"J(\beta) = -\frac{1}{n} \sum_{i=1}^{n} [y_i \log(\hat{p}_i) + (1-y_i) \log(1-\hat{p}_i)]"
POS_G = r"\frac{\partial J}{\partial \beta_j} = \frac{1}{n} \sum_{i=1}^{n} (\hat{p}_i - y_i) x_{ij}"
POS_FLIPPED = POS_G.replace(r"(\hat{p}_i - y_i)", r"(y_i - \hat{p}_i)")

# source: public code index file 57007738117 (Python, '"""Polynomial regression trained with manual gradient
# descent.'), its module docstring, verbatim
PO_LET = "y_hat = theta_0 + theta_1 * x + theta_2 * x^2 + ... + theta_n * x^n"
PO_COST = "J(theta) = (1 / m) * sum_i (y_hat_i - y_i) ** 2"
PO_GRAD = "dJ/dtheta_j = (2 / m) * sum_i (y_hat_i - y_i) * x_i ** j"

POLYNOMIAL = "are powers of one input, θ_k x^k (a polynomial"


def _mean_cross_entropy(X: np.ndarray, y: np.ndarray, beta: np.ndarray) -> float:
    p = sigmoid(X @ beta)
    return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_hand_gradient_of_the_notes_agrees_with_finite_differences() -> None:
    # by hand: ∂/∂β_j of −(1/n)Σ[y log p̂ + (1−y) log(1−p̂)], p̂_i = σ(βᵀx_i), is (1/n)Σ(p̂_i − y_i)x_ij
    for m, n in ((5, 3), (4, 2)):
        X, y, beta = _RNG.normal(size=(m, n)), _RNG.integers(0, 2, size=m).astype(float), _RNG.normal(size=n)
        by_hand = X.T @ (sigmoid(X @ beta) - y) / m
        assert np.allclose(by_hand, central_differences(lambda b: _mean_cross_entropy(X, y, b), beta), atol=1e-6)
        flipped = X.T @ (y - sigmoid(X @ beta)) / m
        assert not np.allclose(flipped, by_hand)


def test_the_notes_cost_is_derived_with_both_readings_noted() -> None:
    derivation = logderiv.derive(POS_J, wrt="beta_j", let=POS_LETS)
    said = " | ".join(derivation.notes)
    assert "--let P(y=1|X) = … defines the model's probability that y = 1 given x" in said
    assert "names \\hat{p} the probability P(y=1) that --let P(y=1|X) = … defines: read as \\hat{p}_i = h(x_{i})" in said
    assert "the --let chain's sides \\sigma(\\beta^T X) and \\frac{1}{1 + e^{-\\beta^T X}} are one" in said


def test_the_notes_gradient_is_equivalent_and_its_flip_different() -> None:
    verdict = logderiv.check(POS_G, cost=POS_J, wrt="beta_j", let=POS_LETS)
    assert verdict.verdict == "equivalent"
    assert any("передбачена ймовірність" in note for note in verdict.notes)
    assert logderiv.check(POS_FLIPPED, cost=POS_J, wrt="beta_j", let=POS_LETS).verdict == "different"


def test_a_chain_whose_sides_differ_stays_refused() -> None:
    # 1/(1 + e^{+βᵀX}) is σ(−βᵀX), not σ(βᵀX): the chain's '=' is false
    lets = (POS_LETS[0].replace("e^{-", "e^{"), POS_LETS[1])
    with pytest.raises(InputError, match="the sides of the chain differ"):
        logderiv.derive(POS_J, wrt="beta_j", let=lets)


@pytest.mark.parametrize("prose", [
    r"$\hat{p}$ — передбачена ймовірність $P(y=0)$",  # the probability of the other label
    r"$\hat{p}$ — передбачена ймовірність $P(y=1)$ + 1",  # more than words after it
    r"$\hat{p}$ — передбачена ймовірність $P(y=1|Z)$",  # another condition than the let's
    r"$\hat{p}_i$ — передбачена ймовірність $P(y=1)$",  # an indexed name: not the plain line read here
])
def test_a_prose_line_that_says_more_or_other_is_not_read(prose: str) -> None:
    with pytest.raises(InputError):
        logderiv.derive(POS_J, wrt="beta_j", let=(POS_LETS[0], prose))


def test_a_prose_line_without_the_probability_let_is_not_read() -> None:
    # nothing defines the probability: p̂ is not taken for the default model
    with pytest.raises(InputError):
        logderiv.derive(POS_J, wrt="beta_j", let=(POS_LETS[1],))


def test_the_single_probability_let_of_x_reads_as_before() -> None:
    lets = (r"P(y=1|x) = \sigma(\beta^T x)", r"\hat{p}_i = P(y=1|x_i)")
    assert logderiv.check(POS_G, cost=POS_J, wrt="beta_j", let=lets).verdict == "equivalent"


# --------------------------------------------------------------------------- y_hat_i, the name at example i
LINE_LET = ("y_hat = theta_0 + theta_1 * x",)


def _line_mse(x: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    return float(np.mean((theta[0] + theta[1] * x - y) ** 2))


def test_name_with_the_example_index_is_the_name_at_example_i() -> None:
    # by hand: ∂/∂θ₁ of (1/m)Σ(θ₀ + θ₁x_i − y_i)² is (2/m)Σ(ŷ_i − y_i)x_i
    x, y, theta = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    by_hand = 2 * np.mean((theta[0] + theta[1] * x - y) * x)
    assert np.isclose(by_hand, central_differences(lambda t: _line_mse(x, y, t), theta)[1], atol=1e-6)
    verdict = logderiv.check("dJ/dtheta_1 = (2 / m) * sum_i (y_hat_i - y_i) * x_i", cost=PO_COST, wrt="theta_1",
                             let=LINE_LET)
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("y_hat_i is y_hat, which --let defines, at example i") for note in verdict.notes)
    assert logderiv.check("dJ/dtheta_1 = (1 / m) * sum_i (y_hat_i - y_i) * x_i", cost=PO_COST, wrt="theta_1",
                          let=LINE_LET).verdict == "different"


def test_name_with_the_example_index_of_a_vector_let_reads_the_same() -> None:
    # y_hat = X @ theta is a vector over the examples: y_hat_i is its entry i, θᵀx⁽ⁱ⁾, as with the scalar let
    X, y, theta = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    by_hand = 2 * X.T @ (X @ theta - y) / 5
    assert np.allclose(by_hand, central_differences(lambda t: float(np.mean((X @ t - y) ** 2)), theta), atol=1e-6)
    verdict = logderiv.check("dJ/dtheta_j = (2 / m) * sum_i (y_hat_i - y_i) * x_ij", cost=PO_COST, wrt="theta_j",
                             let=("y_hat = X @ theta",))
    assert verdict.verdict == "equivalent"


def test_name_with_a_feature_index_stays_refused() -> None:
    cost = "J(theta) = (1 / m) * sum_i (y_hat_j - y_i) ** 2"
    with pytest.raises(InputError, match="unknown name 'y_hat_j': --let defines 'y_hat'") as caught:
        logderiv.derive(cost, wrt="theta_1", let=LINE_LET)
    assert caught.value.column == cost.index("y_hat_j")


def test_a_power_by_the_feature_index_is_not_read_as_a_feature() -> None:
    # x_i ** j beside a straight line: j is no exponent logderiv has, never taken for x_ij
    with pytest.raises(InputError):
        logderiv.check("dJ/dtheta_1 = (2 / m) * sum_i (y_hat_i - y_i) * x_i ** j", cost=PO_COST, wrt="theta_1",
                       let=LINE_LET)


def test_a_power_by_a_number_stays_a_power() -> None:
    # x_i ** 2 for ∂/∂θ₁ of the line: the square of x_i, so a different answer (by hand (2/m)Σ r_i x_i)
    x, y, theta = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    assert not np.isclose(2 * np.mean((theta[0] + theta[1] * x - y) * x ** 2),
                          central_differences(lambda t: _line_mse(x, y, t), theta)[1])
    assert logderiv.check("dJ/dtheta_1 = (2 / m) * sum_i (y_hat_i - y_i) * x_i ** 2", cost=PO_COST, wrt="theta_1",
                          let=LINE_LET).verdict == "different"


# --------------------------------------------------------------------------- the polynomial, kept refused
def test_the_polynomial_docstring_is_refused_as_a_polynomial() -> None:
    for run in (lambda: logderiv.derive(PO_COST, wrt="theta_j", let=(PO_LET,)),
                lambda: logderiv.check(PO_GRAD, cost=PO_COST, wrt="theta_j", let=(PO_LET,))):
        with pytest.raises(InputError, match="a power whose exponent is the term's own index") as caught:
            run()
        assert POLYNOMIAL in str(caught.value)
        assert "np.vander" in (caught.value.hint or "")


def test_the_polynomial_refusal_points_at_the_last_power() -> None:
    text = "theta_0 + theta_1 * x + theta_2 * x^2 + ... + theta_n * x^n"
    with pytest.raises(InputError, match="powers of one input") as caught:
        plain.parse(text)
    assert caught.value.column == text.rindex("x^n")


def test_terms_that_follow_no_pattern_keep_their_message() -> None:
    text = "theta_0 + theta_1 * x_1 + theta_2 * x_3 + ... + theta_n * x_n"
    with pytest.raises(InputError, match="do not follow one pattern in their index") as caught:
        plain.parse(text)
    assert POLYNOMIAL not in str(caught.value)
    assert caught.value.column == text.index("theta_2")


def test_the_run_of_features_is_read_as_before() -> None:
    tree = plain.parse("theta_0 + theta_1 * x_1 + theta_2 * x_2 + ... + theta_n * x_n")
    assert "Sum" in repr(tree)

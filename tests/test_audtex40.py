"""audtex40: an adversarial review of fixtex40's new readings (the probability chain of X, the prose let of the
prediction, a code name with _i) for silent misreads.

Expected results are worked out by hand and held to central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from logderiv.errors import InputError

_RNG = np.random.default_rng(4040)

HEAD = r"P(y=1|X) = \sigma(\beta^T X) = \frac{1}{1 + e^{-\beta^T X}}"
POS_J = r"J(\beta) = -\frac{1}{n} \sum_{i=1}^{n} [y_i \log(\hat{p}_i) + (1-y_i) \log(1-\hat{p}_i)]"
POS_G = r"\frac{\partial J}{\partial \beta_j} = \frac{1}{n} \sum_{i=1}^{n} (\hat{p}_i - y_i) x_{ij}"
POS_FLIPPED = POS_G.replace(r"(\hat{p}_i - y_i)", r"(y_i - \hat{p}_i)")


def test_the_complement_cost_has_the_flipped_gradient() -> None:
    # by hand: with q_i = 1 − σ(βᵀx_i), ∂/∂β_j of −(1/n)Σ[y log q + (1−y) log(1−q)] is
    # −(1/n)Σ[−y σ + (1−y)(1−σ)] x_ij = (1/n)Σ(σ − 1 + y) x_ij = (1/n)Σ(y_i − q_i) x_ij: the "flipped" line
    X, y, beta = _RNG.normal(size=(6, 3)), _RNG.integers(0, 2, size=6).astype(float), _RNG.normal(size=3)

    def cost(b: np.ndarray) -> float:
        q = 1 - sigmoid(X @ b)
        return -float(np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))

    q = 1 - sigmoid(X @ beta)
    assert np.allclose(X.T @ (y - q) / 6, central_differences(cost, beta), atol=1e-6)
    assert not np.allclose(X.T @ (q - y) / 6, central_differences(cost, beta), atol=1e-6)


@pytest.mark.parametrize("words", [
    "complement of",  # p̂ = 1 − P(y=1)
    "one minus the probability",
    "log of the predicted probability",  # log P(y=1)
    "the odds of",
    "логарифм шансів",  # the log-odds of
    "ймовірність протилежного до",  # the probability of the opposite of
    "not",
])
def test_a_prose_let_whose_words_name_another_quantity_is_not_read_as_the_probability(words: str) -> None:
    # fixtex40 read any words between the dash and $P(y=1)$ as "the probability", so "p̂ — complement of P(y=1)"
    # became p̂_i = h(x_i): the (p̂ − y)x line was called equivalent and the right (y − p̂)x line different
    prose = rf"$\hat{{p}}$ — {words} $P(y=1)$"
    for answer in (POS_G, POS_FLIPPED):
        with pytest.raises(InputError):
            logderiv.check(answer, cost=POS_J, wrt="beta_j", let=(HEAD, prose))


@pytest.mark.parametrize("words", [
    "передбачена ймовірність",  # the notes' own words
    "predicted probability",
    "the predicted probability",
    "estimated probability",
    "probability",
    "прогнозована ймовірність",
])
def test_a_prose_let_that_names_the_probability_is_still_read(words: str) -> None:
    prose = rf"$\hat{{p}}$ — {words} $P(y=1)$"
    assert logderiv.check(POS_G, cost=POS_J, wrt="beta_j", let=(HEAD, prose)).verdict == "equivalent"
    assert logderiv.check(POS_FLIPPED, cost=POS_J, wrt="beta_j", let=(HEAD, prose)).verdict == "different"


def test_the_refusal_of_other_words_says_why_and_points_at_them() -> None:
    prose = r"$\hat{p}$ — complement of $P(y=1)$"
    with pytest.raises(InputError, match="are not read: .* only when the words name the probability") as caught:
        logderiv.derive(POS_J, wrt="beta_j", let=(HEAD, prose))
    assert caught.value.column == prose.index("complement")
    assert "P(y=1|x_i)" in (caught.value.hint or "")


def test_a_prose_line_about_another_probability_is_still_left_to_the_readers_after() -> None:
    # P(y=0) is not the let's probability: not this reader's line at all (fixtex40's own guard, kept)
    with pytest.raises(InputError):
        logderiv.derive(POS_J, wrt="beta_j", let=(HEAD, r"$\hat{p}$ — complement of $P(y=0)$"))

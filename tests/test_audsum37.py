"""Audit of fixsum37 (np.sum(w * x) in a model's --let read as one example's w·x): near misses it misread.

1. The answer writes the model's own sum: ``--cost '(y - y_hat) ** 2' --let 'y_hat = np.sum(w * x) + b' --wrt w
   '2 * (np.sum(w * x) + b - y) * x'``. The let's sum was read as w·x, the answer's same text as Σᵢ wᵀx⁽ⁱ⁾ (a sum
   over the examples): a right answer judged "different". By hand the answer is 2(ŷ − y)x, the gradient.
2. A third factor in the model's sum (the fixer's open question): ``y_hat = np.sum(w * x * y) + b``,
   ``np.sum(2 * w * x)``, ``np.sum(w * x ** 2)``, ``np.sum(w * (x - mu))`` were read as sums over the examples of a
   scalar w's one-feature line (Σᵢ yᵢ xᵢ …), right answers judged "different"; ``np.sum(w * x_i)`` crashed. The
   writer means a sum over one example's features (w a vector): refused now, with a caret and both readings, never
   read as Σᵢ inside a model's value.

Every expectation is worked out by hand and checked by finite differences (tests/_numeric.py), nothing from logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

from _numeric import central_differences

COST = "(y - y_hat) ** 2"
LET = "y_hat = np.sum(w * x) + b"


def _hand_and_numeric(model, hand_gradient, seed=37):
    """Whether hand_gradient(w, x, b, y) is ∇_w (y − model(w, x) − b)² at random points (finite differences)."""
    rng = np.random.default_rng(seed)
    for _ in range(4):
        x, w, b, y = rng.normal(size=4), rng.normal(size=4), rng.normal(), rng.normal()
        numeric = central_differences(lambda v: float((y - (model(v, x, y) + b)) ** 2), w)
        if not np.allclose(hand_gradient(w, x, b, y), numeric, atol=1e-5):
            return False
    return True


# 1. the answer's own np.sum(w * x) is the let's w·x


def test_the_answer_writing_the_models_sum_is_the_gradient_by_hand():
    """2(Σⱼ wⱼxⱼ + b − y)x is ∇_w (y − w·x − b)²; the answer without its x is not."""
    def model(w, x, y):
        return np.sum(w * x)
    assert _hand_and_numeric(model, lambda w, x, b, y: 2 * (np.sum(w * x) + b - y) * x)
    assert not _hand_and_numeric(model, lambda w, x, b, y: 2 * (np.sum(w * x) + b - y) * np.ones_like(x))


@pytest.mark.parametrize("answer", ["2 * (np.sum(w * x) + b - y) * x", "2 * (sum(w*x) + b - y) * x",
                                    "-2 * (y - np.sum(x * w) - b) * x", "2 * ((w * x).sum() + b - y) * x"])
def test_the_answer_writing_the_models_sum_is_equivalent(answer):
    verdict = check(answer, cost=COST, let=[LET], wrt="w")
    assert verdict.verdict == "equivalent"


def test_the_answer_writing_the_models_sum_without_x_is_different():
    """2(w·x + b − y) alone (x forgotten) is no gradient by w (finite differences above): still different."""
    assert check("2 * (np.sum(w * x) + b - y)", cost=COST, let=[LET], wrt="w").verdict == "different"


def test_the_answer_by_b_writing_the_models_sum():
    """∂/∂b = 2(w·x + b − y): equivalent; times x it is not."""
    assert check("2 * (np.sum(w * x) + b - y)", cost=COST, let=[LET], wrt="b").verdict == "equivalent"
    assert check("2 * (np.sum(w * x) + b - y) * x", cost=COST, let=[LET], wrt="b").verdict == "different"


# 2. a model's sum of a product with a third factor: never a sum over the examples


THIRD = [
    # (let, a right answer by w, the model's sum by hand as numpy, its gradient by w by hand: ∂ŷ/∂w times 2(ŷ − y))
    ("y_hat = np.sum(w * x * y) + b", "2 * (y_hat - y) * x * y", lambda w, x, y: np.sum(w * x * y),
     lambda w, x, y: x * y),
    ("y_hat = np.sum(2 * w * x) + b", "4 * (y_hat - y) * x", lambda w, x, y: np.sum(2 * w * x), lambda w, x, y: 2 * x),
    ("y_hat = np.sum(w * x ** 2) + b", "2 * (y_hat - y) * x ** 2", lambda w, x, y: np.sum(w * x ** 2),
     lambda w, x, y: x ** 2),
    ("y_hat = (w * x * y).sum() + b", "2 * (y_hat - y) * x * y", lambda w, x, y: np.sum(w * x * y),
     lambda w, x, y: x * y),
    ("y_hat = sum(x * w * y) + b", "2 * (y_hat - y) * x * y", lambda w, x, y: np.sum(w * x * y),
     lambda w, x, y: x * y),
    ("y_hat = np.sum(w * (x - mu)) + b", "2 * (y_hat - y) * (x - mu)", lambda w, x, y: np.sum(w * (x - 0.3)),
     lambda w, x, y: x - 0.3),
]


@pytest.mark.parametrize(("let", "answer", "model", "inner"), THIRD)
def test_a_third_factor_in_the_models_sum_is_refused(let, answer, model, inner):
    """The right answer (checked by finite differences, w a vector of one example's features) was judged different
    (read as Σᵢ over the examples with w one number): refused now at the sum, naming both readings."""
    assert _hand_and_numeric(model, lambda w, x, b, y: 2 * (model(w, x, y) + b - y) * inner(w, x, y))
    with pytest.raises(InputError) as raised:
        check(answer, cost=COST, let=[let], wrt="w")
    error = raised.value
    assert "sum over the examples" in str(error) and "features" in str(error)
    assert error.source == let


def test_an_examples_x_in_the_models_sum_is_refused_not_a_crash():
    """np.sum(w * x_i): one example's features (w·x⁽ⁱ⁾); it crashed (ValueError out of sympy). Refused now."""
    with pytest.raises(InputError):
        check("2 * (y_hat - y) * x_i", cost=COST, let=["y_hat = np.sum(w * x_i) + b"], wrt="w")


def test_guard_a_let_summing_the_loss_over_examples_is_read_as_ever():
    """J = np.sum((y - (w * x + b)) ** 2): a one-feature cost summed over the examples (w a scalar), no product at
    the sum's top: not refused. ∂J/∂w = Σᵢ 2(ŷᵢ − yᵢ)xᵢ by hand, checked by finite differences."""
    rng = np.random.default_rng(5)
    x, y, w, b = rng.normal(size=6), rng.normal(size=6), rng.normal(), rng.normal()
    hand = np.sum(2 * (w * x + b - y) * x)
    numeric = central_differences(lambda v: float(np.sum((y - (v[0] * x + b)) ** 2)), np.array([w]))[0]
    assert np.isclose(hand, numeric, atol=1e-5)
    verdict = check("np.sum(2 * (w * x + b - y) * x)", cost="J", let=["J = np.sum((y - (w * x + b)) ** 2)"], wrt="w")
    assert verdict.verdict == "equivalent"

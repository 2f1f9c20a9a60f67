"""audpycls37: an adversarial audit of fixpycls37's readings (a sigmoid method's def, the singular weight's slope,
tx handed to the labs' helpers) for silent misreads; each misread found is held here by hand and by finite
differences, and the reading narrowed so that it refuses instead.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check

RNG = np.random.default_rng(3737)


# ------------------------------------------------------------------ the singular weight summed with x: a vector
# y_hat = np.sum(weight * x) + bias for one example: weight and x are vectors of the same length (np.sum of a scalar
# times one feature would add up the examples' predictions, no model), so y_hat = weight·x + bias and the gradient
# of (y − y_hat)² by the vector weight is 2(y_hat − y)·x, entry by entry. Read as the one feature's slope w (Σᵢ w xᵢ),
# the same answer was judged 'different': a false verdict.
SUMMED_LETS = ("y_hat = np.sum(weight * x) + bias",)
SUMMED_COST = "cost = (y - y_hat) ** 2"
SUMMED_ANSWER = "2 * (y_hat - y) * x"


def test_the_summed_weight_is_a_vector_and_the_answer_its_gradient_numerically():
    for _ in range(3):
        x, weight, bias, y = RNG.normal(size=4), RNG.normal(size=4), float(RNG.normal()), float(RNG.normal())

        def cost(v):
            return float((y - (np.sum(v * x) + bias)) ** 2)

        answer = 2 * (np.sum(weight * x) + bias - y) * x
        assert np.allclose(answer, central_differences(cost, weight), atol=1e-6)


@pytest.mark.parametrize("let", [
    "y_hat = np.sum(weight * x) + bias",
    "y_hat = sum(x * weight) + bias",
    "y_hat = (weight * x).sum() + bias",
])
def test_the_summed_weight_is_not_read_as_the_one_features_slope(let):
    # refused (a miss, not a false verdict): weight is then no name the texts define
    error = refused(check, SUMMED_ANSWER, cost=SUMMED_COST, wrt="weight", let=(let,))
    assert "weight" in str(error), error


def test_the_summed_weights_of_the_line_still_read():
    # the guard is the product summed alone: the squared residuals summed over examples keep the slope reading
    result = check("np.sum(2 * (weight * x + bias - y) * x)", cost="np.sum((weight * x + bias - y) ** 2)",
                   wrt="weight")
    assert result.verdict == "equivalent"
    assert any("weight is code's name for the line's slope" in note for note in result.notes), result.notes


# ------------------------------------------------------------------ slope and weight in one text: two quantities
# np.mean(weight * x * (slope * x - y) ** 2): slope is the line's slope, weight another factor of each example's
# term (a per-example weight times the feature). ∂/∂slope = mean(2 · weight · x · (slope·x − y) · x), the answer
# below. Both words were read as the same w (the guard 'no text writes w' looked at the texts before slope became w),
# making the cost mean(w x (w x − y)²) and the right answer 'different'.
TWO_COST = "np.mean(weight * x * (slope * x - y) ** 2)"
TWO_ANSWER = "np.mean(2 * weight * x * (slope * x - y) * x)"


def test_the_slope_partial_beside_a_weight_holds_numerically():
    for _ in range(3):
        x, y, weight = RNG.normal(size=6), RNG.normal(size=6), RNG.normal(size=6)
        slope = float(RNG.normal())

        def cost(v):
            return float(np.mean(weight * x * (v[0] * x - y) ** 2))

        answer = np.mean(2 * weight * x * (slope * x - y) * x)
        assert np.isclose(answer, central_differences(cost, np.array([slope]))[0], atol=1e-6)


@pytest.mark.parametrize("wrt", ["slope", "weight"])
def test_slope_and_weight_are_never_both_read_as_w(wrt):
    try:
        result = check(TWO_ANSWER, cost=TWO_COST, wrt=wrt)
    except Exception as error:  # a refusal is only a miss
        assert "weight" in str(error) or "slope" in str(error), error
        return
    renamed = [note for note in result.notes if "is code's name for the line's slope" in note]
    assert len(renamed) <= 1, result.notes
    if wrt == "slope":
        assert result.verdict == "equivalent", (result.verdict, result.notes)

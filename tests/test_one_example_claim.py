"""A page that says its derivation is of one example (audit35's "for one example ($m = 1$)") is never called wrong
for the summed cost's gradient (issue 10).

By hand: for one example, J = ½(θᵀx − y)² and ∂J/∂θⱼ = (θᵀx − y)xⱼ; the summed cost (1/2m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has
(1/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, which the premise below tells apart with numbers. "m = 1" was no announcement of one
example, and with --cost linear no announcement could be read (the one-example reading takes a cost the page
writes), so those pages were judged 'wrong' against the sum.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import steps
from logderiv.errors import InputError

RNG = np.random.default_rng(35)
COST = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$" "\n\n"
ONE = r"$$\frac{\partial J}{\partial \theta_j} = (\theta^T x - y) x_j$$" "\n"
ONE_WRONG = r"$$\frac{\partial J}{\partial \theta_j} = (y - \theta^T x) x_j$$" "\n"


def test_one_examples_gradient_is_not_the_sums():
    x, y, theta = RNG.normal(size=3), 0.4, RNG.normal(size=3)
    one = _fd(lambda t: 0.5 * (t @ x - y) ** 2, theta)
    assert np.allclose(one, (theta @ x - y) * x, atol=1e-6)
    X, ys = np.vstack([x, RNG.normal(size=3)]), np.array([y, -0.3])
    summed = _fd(lambda t: np.sum((X @ t - ys) ** 2) / (2 * 2), theta)
    assert not np.allclose(summed, one, atol=1e-3)
    # and the page that says so, with its cost written, reads m = 1 as the claim: checked against that one term
    review = steps(COST + "For one example ($m = 1$):\n\n" + ONE, file_kind="markdown")
    assert review.ending == "gradient" and any("'m = 1'" in note for note in review.notes)


def test_a_wrong_one_example_step_is_still_wrong_where_the_claim_is_read():
    review = steps(COST + "For one example ($m = 1$):\n\n" + ONE_WRONG, file_kind="markdown")
    assert review.ending == "wrong" and review.first_error is not None


@pytest.mark.parametrize("words", ["For one example ($m = 1$):", "For a single training example:",
                                   "With m=1 the cost is one term:"])
def test_the_claim_beside_a_preset_is_refused_not_called_wrong(words):
    with pytest.raises(InputError) as refused:
        steps(words + "\n\n" + ONE, cost="linear", file_kind="markdown")
    assert "says its derivation is of one example" in str(refused.value) and refused.value.line == 1


@pytest.mark.parametrize("words", [r"Here $\sum_{m=1}^M$ sums the outputs.", "For m = 1, …, M:", "With M = 1 feature:",
                                   "For m = 10 examples:"])
def test_no_claim_of_one_example_keeps_the_verdict(words):
    # a sum's lower bound, a range, a capital M (Bishop's basis functions), m = 10: the page is judged as before
    review = steps(words + "\n\n" + ONE, cost="linear", file_kind="markdown")
    assert review.ending == "wrong"

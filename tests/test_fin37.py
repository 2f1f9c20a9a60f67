"""An answer's np.sum(w * x) beside a cost of one example: the sum of the entrywise product, over the features.

Found by audsum37 (a misread on main, left by that stop's branches): with ``--let 'y_hat = np.dot(w, x) + b'`` and the
cost ``(y - y_hat) ** 2`` (one example's squared error, w and x vectors of its features), the answer
``2 * (np.sum(w * x) + b - y) * x`` writes the model again with NumPy's sum of the entrywise product, which is w·x;
logderiv read that sum over the examples (Σᵢ wᵀx⁽ⁱ⁾) and judged the right gradient "different". Each expectation
below is worked by hand and checked with central differences at random points.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences

COST = "(y - y_hat) ** 2"
LET = "y_hat = np.dot(w, x) + b"


def _loss(w, b, x, y):
    return (y - (w @ x + b)) ** 2


def _point(seed=37):
    rng = np.random.default_rng(seed)
    return rng.normal(size=3), float(rng.normal()), rng.normal(size=3), float(rng.normal())


def test_the_gradient_by_hand_is_the_finite_differences():
    w, b, x, y = _point()
    by_hand = 2 * (np.sum(w * x) + b - y) * x  # NumPy's own sum of the entrywise product: w·x
    assert np.allclose(by_hand, central_differences(lambda v: _loss(v, b, x, y), w), atol=1e-6)
    lost_x = 2 * (np.sum(w * x) + b - y) * np.ones(3)
    assert not np.allclose(lost_x, central_differences(lambda v: _loss(v, b, x, y), w), atol=1e-3)


def test_the_answers_sum_of_the_entrywise_product_is_the_inner_product():
    verdict = logderiv.check("2 * (np.sum(w * x) + b - y) * x", cost=COST, let=[LET], wrt="w")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("the answer's np.sum(…) of the parameters times x is read over the features")
               for note in verdict.notes)
    # by b: 2(w·x + b − y), the same sum in either order
    assert logderiv.check("2 * (np.sum(x * w) + b - y)", cost=COST, let=[LET], wrt="b").verdict == "equivalent"
    # the array method's sum, which the reader first writes as np.sum((w * x)) (noted)
    method = logderiv.check("2 * ((w * x).sum() + b - y) * x", cost=COST, let=[LET], wrt="w")
    assert method.verdict == "equivalent"
    assert any(note.startswith("the answer's np.sum(…) of the parameters times x") for note in method.notes)


def test_a_slip_beside_it_is_still_found():
    # the factor x lost: 2(w·x + b − y) is the derivative by b, not by w (the finite differences above)
    assert logderiv.check("2 * (np.sum(w * x) + b - y)", cost=COST, let=[LET], wrt="w").verdict == "different"


def test_a_summed_cost_is_not_read_so():
    # a cost summed over the examples: the answer's sum is not rewritten, and no such note is given
    verdict = logderiv.check("2 * (np.sum(w * x) + b - y) * x", cost="np.mean((y - y_hat) ** 2)",
                             let=["y_hat = np.dot(X, w) + b"], wrt="w")
    assert not any("is read over the features, as np.dot(w, x)" in note for note in verdict.notes)

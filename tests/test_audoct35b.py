r"""audoct35b: silent misreads found auditing fixoct35b's intercept patches (grad(1) = c * sum(v .* X(:,1))).

* ``grad(1) = (1/m)*sum(pred - y.*X(:,1))``: Octave's ``.*`` binds tighter than ``-``, so the sum is
  Σ(predᵢ − yᵢ·xᵢ₁), not Σ(predᵢ − yᵢ)·xᵢ₁. The summed-product reading split at the last ``.*`` and took all before it
  as one factor, so it read the slip as the intercept's true entry. Where X has no ones column (the intercept a
  separate b, gradient with respect to w) the two differ, and logderiv said "equivalent" (main did too: the reading
  predates fixoct35b, which the audit brief's "X(:,1) when X has no ones column" pointed at). Now a factor of the
  summed product with a top-level + or − is no factor: refused, as any unread patch is.

Expected results are worked out by hand and held to central finite differences (tests/_numeric.py), never to
logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused

_RNG = np.random.default_rng(35_2)

WB_COST = "J = 1/(2*m)*sum((X*w + b - y).^2)"
WB_LETS = ("m = length(y)", "pred = X*w + b")
WHOLE = "grad = (1/m)*X'*(pred - y);\n"


def _wb_cost(X, y, b, w):
    r = X @ w + b - y
    return float(r @ r) / (2 * len(y))


def test_the_precedence_slip_differs_from_the_gradient_by_finite_differences():
    X, y, b, w = _RNG.normal(size=(7, 3)), _RNG.normal(size=7), 0.4, _RNG.normal(size=3)
    m = 7
    numeric = central_differences(lambda t: _wb_cost(X, y, b, t), w)
    pred = X @ w + b
    # by hand, the correct patch: Σ(pred − y)·x₁ / m, entry 1 of X'(pred − y)/m
    assert np.isclose(numeric[0], np.sum((pred - y) * X[:, 0]) / m, atol=1e-6)
    # by hand, Octave's sum(pred - y.*X(:,1)): .* first, so Σ(pred − y·x₁) / m
    assert not np.isclose(numeric[0], np.sum(pred - y * X[:, 0]) / m, atol=1e-3)
    # and sum(X(:,1).*pred - y): Σ(x₁·pred − y) / m
    assert not np.isclose(numeric[0], np.sum(X[:, 0] * pred - y) / m, atol=1e-3)


def test_the_bracketed_patch_stays_equivalent():
    assert_verdict_read(WHOLE + "grad(1) = (1/m)*sum((pred - y).*X(:,1));", WB_COST, "equivalent", wrt="w_j",
                        lets=WB_LETS)


@pytest.mark.parametrize("patch", [
    "grad(1) = (1/m)*sum(pred - y.*X(:,1));",
    "grad(1) = (1/m)*sum(X(:,1).*pred - y);",
    "grad(1) = (1/m)*sum(X*w + b - y.*X(:,1));",
])
def test_a_sum_whose_dot_product_binds_to_one_side_only_is_not_read_as_the_shared_term(patch):
    answer = WHOLE + patch
    if "X*w" in patch:
        answer = answer.replace("pred", "(X*w + b)")
    # never "equivalent": the intercept's entry it writes is not ∂J/∂w₁ (finite differences above)
    error = refused(logderiv.check, answer, cost=WB_COST, let=WB_LETS, wrt="w_j")
    assert "the parts differ by" in str(error)

r"""audit33a: the fixer branch fixf74a's readings attacked.

* ``{\sum_{}^{i}}`` is read as Σᵢ only when the Σ's own terms mark the example with i. The look for that mark
  ran on past the Σ's terms to the end of the formula, through every later Σ written with its index on top
  (``sum_letter_at`` saw no index there), so a later term's ``y^{(i)}`` let a Σ whose terms do not use i at all
  be read, with a note saying the terms mark the example with i (false); and over a long cost each Σ looked at
  the whole rest of it (quadratic). Expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

import logderiv
from _reading import refused
from work import assert_linear

_LETS = (r"h_{\theta}(x) = \theta^{\top}x",)


@pytest.mark.parametrize("cost", [
    # the first Σ's terms, (h(x) − y)², use no i: only the second Σ's terms, and a later term, mark the example
    r"J = \frac{1}{2}{\sum_{}^{i}}\left( h_{\theta}(x) - y\right)^{2} + \frac{1}{2}{\sum_{}^{i}}\left( "
    r"h_{\theta}(x^{(i)}) - y^{(i)}\right)^{2}",
    r"J = \frac{1}{2}{\sum_{}^{i}}\left( h_{\theta}(x) - y\right)^{2} + \lambda y^{(i)}",
])
def test_an_i_on_top_used_only_by_a_later_term_is_refused(cost):
    # as the fixer's own near miss (an i on top the terms do not use): the subscript's refusal stands
    error = refused(logderiv.derive, cost, wrt="theta_j", let=_LETS)
    assert "a sum's subscript names its index" in str(error)
    assert error.column == cost.index(r"\sum_{}^{i}") + len(r"\sum")  # its subscript: the first Σ's


def test_the_index_on_top_still_reads_when_its_own_terms_mark_the_example():
    # by hand: ½Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + ½Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², its ∂/∂θⱼ 2Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
    term = r"\frac{1}{2}{\sum_{}^{i}}\left( h_{\theta}(x^{(i)}) - y^{(i)}\right)^{2}"
    answer = r"2\sum_{i=1}^{m}\left(\theta^{\top}x^{(i)} - y^{(i)}\right)x_{j}^{(i)}"
    assert logderiv.check(answer, cost=f"J = {term} + {term}", wrt="theta_j", let=_LETS).verdict == "equivalent"
    halved = r"\sum_{i=1}^{m}\left(\theta^{\top}x^{(i)} - y^{(i)}\right)x_{j}^{(i)}"
    assert logderiv.check(halved, cost=f"J = {term} + {term}", wrt="theta_j", let=_LETS).verdict == "different"


@pytest.mark.parametrize("term", [r"\sum_{}^{i}y_i+", r"{\sum_{}^{i}}y_i+"])
def test_many_sums_with_their_index_on_top_stay_linear(term):
    # each Σ's look ends at its own terms: counted, not timed (tests/work.py), 100 Σs make about 205,000 calls and
    # 400 about 900,000 (4.4×); the look to the end of the cost (before 0fae8ac2) made 341,000 and 3,120,000 (9.1×,
    # 18 s at 1,300 Σs). The reading's own work per Σ (~2,000 calls) hides the quadratic look below ~160 Σs and the
    # nesting overflows past ~450, hence the bound of 6×, not 8×
    def derived(n: int):
        cost = "J = " + term * n + "0"

        def work() -> None:
            try:
                logderiv.derive(cost, wrt="theta_j")
            except (logderiv.errors.LogderivError, RecursionError):
                pass  # (the nesting depth of so long a sum is refused or overflows alike, as \sum_{i} does on int33)
        return work

    derived(25)()  # a longer sum's first reading fills caches (~130,000 calls) that one Σ does not
    assert_linear(derived, 100, ratio=6.0)


def test_the_doubled_half_sum_of_squares_by_finite_differences():
    # by hand: ½‖Xθ − y‖² + ½‖Xθ − y‖² = ‖Xθ − y‖², whose gradient is 2Xᵀ(Xθ − y) (the answer above, 2Σᵢ(…)xⱼ⁽ⁱ⁾)
    import numpy as np
    from _numeric import central_differences

    rng = np.random.default_rng(33)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda v: 2 * float(np.sum((X @ v - y) ** 2)) / 2, theta)
    assert np.allclose(numeric, 2 * X.T @ (X @ theta - y), atol=1e-6)

"""A sum operator in braces alone, ``-{\\sum_{i}}\\left(…\\right)`` (UFLDL's Chinese notes), is the sum.

Braces in math mode only group: TeX sets ``{\\sum_{i}}`` as the same Σᵢ before the bracket. Verdicts worked out
by hand; the corpus items (f28-ufldl-zh-*) hold the gradient to finite differences.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

#: J = −Σᵢ[y log h + (1 − y) log(1 − h)], no 1/m: by hand ∂J/∂θⱼ = Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
COST = (r"J(\theta) = -{\sum_{i}}\left (y^{(i)}\log{(h_{\theta}(x^{(i)}))} + (1-y^{(i)}) "
        r"\log{(1 - h_{\theta}(x^{(i)}))}\right ).")


def test_the_braced_sum_takes_the_bracket_after_it():
    right = r"\sum_{i} x_{j}^{(i)} \left( h_{\theta}(x^{(i)}) - y^{(i)} \right)"
    assert logderiv.check(right, cost=COST).verdict == "equivalent"
    # the source's own slip, h applied to x − y, is no function of one example: refused, never judged
    slip = r"\sum_{i} x_{j}^{(i)} \left( h_{\theta}(x^{(i)} - y^{(i)}) \right)"
    with pytest.raises(InputError):
        logderiv.check(slip, cost=COST)
    # the sign flipped
    flipped = r"\sum_{i} x_{j}^{(i)} \left( y^{(i)} - h_{\theta}(x^{(i)}) \right)"
    assert logderiv.check(flipped, cost=COST).verdict == "different"
    # with 1/m the answer is m times too small for a cost that has none
    assert logderiv.check(r"\frac{1}{m}" + right, cost=COST).verdict == "different"


def test_braces_around_a_sum_with_its_limits_inside_go_too():
    cost = r"-{\sum_{i=1}^{m}}\left(y^{(i)}\log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))\right)"
    assert logderiv.check(r"\sum_{i=1}^m (h(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=cost).verdict == "equivalent"


def test_a_script_after_the_braced_sum_keeps_the_braces_and_is_refused():
    with pytest.raises(InputError):
        logderiv.derive(r"-{\sum_{i}}^{m}\left(y^{(i)}\log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))\right)")

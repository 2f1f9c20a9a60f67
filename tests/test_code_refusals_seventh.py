"""Refusals that name what code and notes mean: Octave's ``pinv`` and the identity matrix ``I`` in a gradient."""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError, UnsupportedError


def test_pinv_is_refused_by_name_with_what_it_computes():
    """haltode/mlai cost.m: pinv(tempT) for the transpose of a column; pinv(v) = vᵀ/(vᵀv)."""
    answer = "(1 / m) * sum((h - y) .* X) + (lambda / m) .* pinv(theta)"
    with pytest.raises(UnsupportedError) as caught:
        check(answer, cost="logistic-l2")
    assert isinstance(caught.value, InputError)
    assert caught.value.column == answer.index("pinv")
    assert "vᵀ/(vᵀv)" in caught.value.hint


def test_the_identity_matrix_in_a_gradient_is_refused_with_the_penalty_gradient():
    """-2(y - Xβ)ᵀX + 2λI: I for β; the hint gives the penalty's gradient 2λθ."""
    answer = r"-2(y - X \beta)^TX + 2 \lambda I"
    with pytest.raises(InputError) as caught:
        check(answer, cost=r"(y - X\beta)^T(y - X\beta) + \lambda \beta^T\beta", wrt="beta_j")
    assert caught.value.column == answer.index("I")
    assert "identity matrix" in str(caught.value) and "2λθ" in caught.value.hint

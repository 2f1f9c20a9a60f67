r"""Readings of plain text and LaTeX spellings (issue 10, fixtex6): each noted, and their limits.

* full-width ASCII typed with a CJK input method (``2*（xx.T+lambda*I）*w``, ``（1／m）＊Σ…``): each form is its
  ASCII character, one for one;

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import pytest
from _handcosts import assert_derives as _assert_derives
from _handcosts import dot as _dot
from _handcosts import i, j, m, theta, y
from _handcosts import noted_everywhere as _noted_everywhere
from _handcosts import over_examples as _over_examples
from _handcosts import refused as _refused
from _reading import notes_of

from logderiv import check, derive
from logderiv.errors import InputError

# ------------------------------------------------------------------ full-width forms (f24-ridge-cn)

WIDE = "full-width characters"
WIDE_COST = "1／（2m）＊sum_i（theta^T x_i － y_i）^2"


def test_full_width_cost_is_read_as_ascii_and_noted():
    """（ ） ／ ＊ － are ( ) / * -: the half mean squared error (1/2m)Σ(θᵀxᵢ − yᵢ)²."""
    derivation = derive(WIDE_COST, wrt="theta_j")
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])
    _noted_everywhere(derivation, WIDE)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        # (1/m)Σ(θᵀxᵢ − yᵢ)xᵢⱼ is the gradient of (1/2m)Σ(θᵀxᵢ − yᵢ)², by hand
        ("（1／m）＊sum_i（theta^T x_i － y_i）＊x_ij", "equivalent"),
        # the ideographic space U+3000 is a space: θᵀ x with the space typed wide
        ("（1／m）＊sum_i（theta^T\u3000x_i－y_i）x_ij", "equivalent"),
        # ＊＊ is Python's power, not a product: (θᵀx − y)^(x_ij) is no gradient
        ("（1／m）＊sum_i（theta^T x_i － y_i）＊＊x_ij", "different"),
        # 1/m dropped: m times the gradient
        ("sum_i（theta^T x_i － y_i）＊x_ij", "different"),
    ],
)
def test_full_width_answers(answer, verdict):
    result = check(answer, cost="(1/(2m)) * sum_i (theta^T x_i - y_i)^2", wrt="theta_j")
    assert result.verdict == verdict
    assert any(WIDE in note for note in notes_of(result))


def test_full_width_let_is_read_as_ascii():
    """A --let typed with full-width forms: h = θᵀx, the same half mean squared error."""
    derivation = derive("1/(2m) * sum_i (h(x_i) - y_i)^2", wrt="theta_j", let=["h（x）＝theta^T x"])
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])
    assert any(WIDE in note for note in notes_of(derivation))


def test_full_width_error_is_shown_as_written():
    """An unknown name after full-width forms: the caret's column is in the text as typed (one for one)."""
    error = _refused(check, "qq", "（theta^T x － y）＊qq", cost="(theta^T x - y)^2/2", wrt="theta_j")
    assert isinstance(error, InputError)
    assert error.source == "（theta^T x － y）＊qq"
    assert error.column == error.source.index("qq")


def test_ascii_text_gets_no_full_width_note():
    derivation = derive("(theta^T x - y)^2/2", wrt="theta_j")
    assert not any(WIDE in note for note in notes_of(derivation))

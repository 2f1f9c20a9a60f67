"""notation.brackets.closing: where a bracket closes in raw text (expected offsets counted by hand)."""

from __future__ import annotations

import pytest

from logderiv.notation.brackets import closing, top_level


@pytest.mark.parametrize(("text", "opener", "expected"), [
    ("f(x)", 1, 3),
    ("np.sum((h - y) * x[:, j])", 6, 24),   # the call's bracket closes after the inner ( ) and [ ]
    ("np.sum((h - y) * x[:, j])", 7, 13),
    ("[0; theta(2:end)]", 0, 16),
    ("{a(b}c)", 0, 6),                        # kinds are counted together: the } closes the ( level
])
def test_the_closing_bracket_is_found(text, opener, expected):
    assert closing(text, opener) == expected


@pytest.mark.parametrize(("text", "opener"), [("f(x", 1), ("((a)", 0), ("", 0)])
def test_an_unclosed_bracket_has_no_closing(text, opener):
    assert closing(text, opener) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("h = f(a = 1) = b", [2, 13]),          # the = inside the call's bracket is not a side's
    ("[m, n] = size(X)", [7]),
    ("x^{(i)} = (a, b)", [8]),
    ("no sides", []),
])
def test_the_top_level_equals_are_found(text, expected):
    assert top_level(text, "=") == expected

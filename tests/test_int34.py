"""int34: three readings that copied or backtracked on long input, found when the suite's timed bounds became counts.

A count of calls (tests/work.py) cannot see work inside one C call, so the helpers that replaced the timed bounds
timed such inputs at two sizes (benchmarks/scaling.py) and found three super-linear today:

* ``page._without_trailing_space`` copied the text's start at each TeX spacing piece it cut (1.5 s at 48,000);
* ``gradient_pieces._terms`` copied and searched the text before every top-level sign (9 s at 16,000 terms);
* ``matrix_chain._COST_NAME`` had two ``\\s*`` side by side, which split a run of spaces every way (3 s at 20,000).

Each now finds the same thing without the copy or the backtracking. The results are held here against the plain
definitions the code had (a reference written out in the test, quadratic but obviously right) on generated input,
and the work by counted calls; the times are benchmarks/scaling.py's cases "trailing spaces", "flat terms" and
"cost name, spaces".
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from logderiv.notation.gradient_pieces import _terms
from logderiv.notation.page import _TRAILING_SPACES, _without_trailing_space
from logderiv.notation.brackets import closing, top_level
from logderiv.verify.matrix_chain import _COST_NAME
from work import assert_linear


def _trailing_reference(maths: str) -> str:
    """The definition: strip spaces and TeX spacing pieces from the end, one at a time, until neither is left."""
    while True:
        stripped = maths.rstrip()
        piece = next((piece for piece in _TRAILING_SPACES if stripped.endswith(piece)), None)
        if piece is None:
            return stripped
        maths = stripped[: len(stripped) - len(piece)]


_SPACING = st.lists(st.sampled_from([*_TRAILING_SPACES, " ", "\t", "x", "\\", "q", "uad", ",", "~", "a + b"]),
                    max_size=12).map("".join)


@given(_SPACING)
def test_trailing_spacing_is_cut_as_defined(maths: str) -> None:
    assert _without_trailing_space(maths) == _trailing_reference(maths)


def test_trailing_spacing_examples() -> None:
    assert _without_trailing_space(r"e_i = wX_i + b - y_i \quad ") == r"e_i = wX_i + b - y_i"
    assert _without_trailing_space(r"x \, \; \qquad~ ") == "x"
    assert _without_trailing_space(r"\quad \,") == ""
    assert _without_trailing_space(r"\quadratic") == r"\quadratic"  # a longer command is no spacing: kept whole


def _terms_reference(value: str) -> list[int]:
    """Where the code cuts: at a top-level + or − written after an operand (not after an operator or an opening,
    nor the sign of an exponent, 1e-3)."""
    cuts = []
    for offset in sorted(top_level(value, "+") + top_level(value, "-")):
        before = value[:offset].rstrip()
        if before and before[-1] not in "([{,=*/^+-" and not re.search(r"\d[eE]$", before):
            cuts.append(offset)
    return cuts


_SUMS = st.lists(st.sampled_from(["a", "b", "2", "1e", "E", " ", "+", "-", "*", "(", ")", "x^", "=", ",", "٣e"]),
                 max_size=14).map("".join)


@given(_SUMS)
def test_terms_are_cut_where_defined(value: str) -> None:
    cuts = [0, *_terms_reference(value), len(value)]
    expected = []
    for start, end in zip(cuts, cuts[1:]):
        piece = value[start:end].strip()
        sign = "-" if piece.startswith("-") else "+"
        piece = piece[1:].strip() if piece[:1] in "+-" else piece
        expected.append((sign, piece))
    # the code also opens brackets round a whole term and drops empty pieces: compare where it cut, by the terms
    # it kept that the reference cut the same way
    got = _terms(value)
    assert got == [term for term in _strip_brackets(expected) if term[1]]


def _strip_brackets(terms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for sign, piece in terms:
        while piece.startswith("(") and closing(piece, 0) == len(piece) - 1:
            piece = piece[1:-1].strip()
        out.append((sign, piece))
    return out


def test_terms_examples() -> None:
    assert _terms("a - b + 2*c") == [("+", "a"), ("-", "b"), ("+", "2*c")]
    assert _terms("1e-3 * theta - x") == [("+", "1e-3 * theta"), ("-", "x")]
    assert _terms("(lambda/m)*theta + (a - b)") == [("+", "(lambda/m)*theta"), ("+", "a - b")]


def test_terms_stay_linear() -> None:
    assert_linear(lambda n: lambda: _terms("(" * 40 + "a + b" + ")" * 40 + " - c" * n), 500)


def test_the_cost_name_is_matched_as_before() -> None:
    # by hand: the cost's name alone, with its parameters in a bracket (plain, hatted, listed); nothing else
    named = {"J": "J", "  J ( w )  ": "J", r"J(\theta)": "J", r"\mathcal{L}(\hat{w})": r"\mathcal{L}",
             r"J(\boldsymbol{\theta})": "J", "L ": "L", r"J(\theta_0, \theta_1, \ldots, \theta_n)": "J"}
    for text, cost in named.items():
        found = _COST_NAME.fullmatch(text)
        assert found is not None and found.group("cost") == cost, text
    for text in ["J x", "J(x)", "Jw", "J(w) x", "K", "J()"]:
        assert _COST_NAME.fullmatch(text) is None, text


def test_a_run_of_spaces_after_the_cost_name_is_matched_one_way() -> None:
    # one regular expression's work, which a count cannot see: its time at two sizes is benchmarks/scaling.py's
    # "cost name, spaces"; here the result, at a size where the old pattern took seconds
    assert _COST_NAME.fullmatch("J" + " " * 20_000 + "x") is None
    assert _COST_NAME.fullmatch("J" + " " * 20_000) is not None

"""Bare braces around a sum, beside a factor: read as the bracket the writer meant, and said so.

TeX's ``{…}`` groups without printing a bracket: ``\\sum_i {h - y} x_j`` shows h − y xⱼ on the page. Only
the bracket makes sense of it, so logderiv reads (h − y)xⱼ — but the literal page means something else,
so the reading is a visible note, never silent (it was silent before). A sum's own summand group
(``\\sum_{i=1}^{m}{…}``) and braces holding one term are plain grouping and get no note. A letter glued to
the braces (``y{a - b}``) is refused elsewhere (tests/test_fixderivs6.py).
"""

from __future__ import annotations

import pytest

from logderiv import check

NOTE = "{…} around a sum beside a factor is read as a bracket"
CANONICAL = r"\frac{1}{m}\sum_{i=1}^m (h(x^{(i)}) - y^{(i)})x_j^{(i)}"


def _noted(verdict) -> bool:
    return any(note.startswith(NOTE) for note in verdict.notes)


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}\sum_{i=1}^m {h(x^{(i)}) - y^{(i)}}x_j^{(i)}",  # factor after
    r"\frac{1}{m}\sum_{i=1}^m x_j^{(i)} {h(x^{(i)}) - y^{(i)}}",  # factor before, itself scripted
])
def test_braces_around_a_sum_beside_a_factor_are_a_bracket_noted(answer):
    # by hand: (1/m) Σ (h − y) xⱼ is the logistic gradient, so equivalent under the bracket reading
    verdict = check(answer, cost="logistic")
    assert verdict.verdict == "equivalent"
    assert _noted(verdict)


@pytest.mark.parametrize("answer", [
    CANONICAL,
    r"\frac{1}{m}\sum_{i=1}^m {(h(x^{(i)}) - y^{(i)})x_j^{(i)}}",  # the whole summand in braces
    r"\frac{1}{m}{\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})x_j^{(i)}}",  # one term in braces
])
def test_plain_grouping_gets_no_note(answer):
    verdict = check(answer, cost="logistic")
    assert verdict.verdict == "equivalent"
    assert not _noted(verdict)


def test_a_summand_group_after_the_sums_scripts_is_not_beside_a_factor():
    # \sum_{i=1}^{m}{h - y}: the braces are the summand; by hand Σ(h − y)/m lacks xⱼ: different, no note
    verdict = check(r"\frac{1}{m}\sum_{i=1}^{m}{h(x^{(i)}) - y^{(i)}}", cost="logistic")
    assert verdict.verdict == "different"
    assert not _noted(verdict)

"""What the fuzz harness and direct feeding of today's readings found (issue 12, branch fuzzfix).

Each test holds the minimal input of one finding. Expected results are worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

# --- a bracket of any kind after a slash's denominator --------------------------------------------------
#
# The cross-entropy in a, −(y log a + (1 − y) log(1 − a)), has derivative −y/a + (1 − y)/(1 − a)
# = (a − y)/(a(1 − a)) (over the common denominator a(1 − a): −y(1 − a) + (1 − y)a = a − y). Written
# (a - y)/a(1 - a) it is refused as ambiguous; with a square bracket, a curly brace, \{ \}, \bigl( \bigr) or
# a power on the denominator, the same slip was read left to right, ((a − y)/a)·(1 − a), and the right dz
# was called "different" with no note.

COST = "-(y log(a) + (1-y) log(1-a))"
LATEX_COST = r"-(y \log(a) + (1-y) \log(1-a))"


@pytest.mark.parametrize("answer, cost, column", [
    ("(a - y)/a [1 - a]", COST, 10),  # 0-based offsets of the opening bracket, counted by hand
    ("(a-y)/a{1-a}", COST, 7),
    ("(a-y)/a^2(1-a)", COST, 9),
    (r"(a - y)/a\left[1 - a\right]", LATEX_COST, 9),
    (r"(a - y)/a\{1 - a\}", LATEX_COST, 9),
    (r"(a-y)/a\bigl(1-a\bigr)", LATEX_COST, 7),
    (r"(a-y)/a{1-a}", LATEX_COST, 7),
    (r"(a-y)/a^{2}(1-a)", LATEX_COST, 11),
])
def test_any_bracket_after_a_slash_denominator_is_refused_with_both_readings(answer, cost, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, wrt="a")
    assert "ambiguous" in caught.value.message and "the product as the denominator" in caught.value.message
    assert caught.value.column == column


@pytest.mark.parametrize("answer", ["(a - y)/(a [1 - a])", "(a-y)/{a(1-a)}", r"\frac{a-y}{a\left[1-a\right]}"])
def test_the_bracketed_denominator_is_the_derivative(answer):
    # (a − y)/(a(1 − a)), worked out above
    assert check(answer, cost=COST if "\\" not in answer else LATEX_COST, wrt="a").verdict == "equivalent"


def test_a_squared_denominator_written_whole_is_judged():
    # (a − y)/(a²(1 − a)) differs from (a − y)/(a(1 − a)) by the factor 1/a: at a = 1/2 it is twice as large
    assert check("(a-y)/(a^2 (1-a))", cost=COST, wrt="a").verdict == "different"

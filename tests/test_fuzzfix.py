"""What the fuzz harness and direct feeding of today's readings found (issue 12, branch fuzzfix).

Each test holds the minimal input of one finding. Expected results are worked out by hand in the comments.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from work import assert_linear

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


# --- a long run of spaces in an answer ------------------------------------------------------------------
#
# The pattern of a trailing condition (``… \quad \text{for } j \geq 1``) had several optional runs of spaces
# side by side, tried from every start: an answer of 250 spaces and one letter took 12 s, 500 took two
# minutes (the fuzz's "%*%" + spaces + "x" never came back). Now each run has one place in the pattern.


def test_a_long_run_of_spaces_in_an_answer_is_read_at_once():
    from logderiv.verify.conditions import split_condition

    def texts(n: int) -> tuple[str, ...]:
        return (" " * n + "x", "x" + " " * n, "(" + " " * n + "x", "x" + "\\," * (n // 2) + "y",
                "x, (" + " " * (n // 2) + "j = 0" + " " * (n // 2) + "z")

    for text in texts(20000):
        assert split_condition(text) is None  # no condition ends any of them
    # counted, not timed (tests/work.py): 18 calls at any length. The old pattern needed hours for these inside one
    # regular expression's call, which the count cannot see: benchmarks/scaling.py times them ("conditions")
    def split(n: int) -> Callable[[], list[object]]:
        written = texts(n)
        return lambda: [split_condition(text) for text in written]

    assert_linear(split, 5000)


def test_the_api_refuses_an_r_answer_of_spaces_promptly():
    def refused(n: int) -> Callable[[], None]:
        answer = "%*%" + " " * n + "x"

        def work() -> None:
            with pytest.raises(InputError):
                check(answer, cost="sum((X %*% theta - y)^2)")  # a product with nothing before it
        return work

    # counted, not timed (tests/work.py): about 9,700 calls at 2,000 spaces, 27,700 at 8,000 (3 calls a space). The
    # old condition pattern hung here inside one regular expression's call, which the count cannot see:
    # benchmarks/scaling.py times it ("r answer of spaces")
    assert_linear(refused, 2000)


@pytest.mark.parametrize("answer, kind, number, written", [
    # the conditions read as before (the two kinds, by hand: j = k is one component, j ≥ 1 / j > 0 all but θ₀)
    (r"\frac{1}{m}\sum_i (h - y) x_j \quad \text{for } j \geq 1", "beyond", 1, r"\text{for } j \geq 1"),
    ("1/m sum((h - y) x_j),   (j = 0)", "at", 0, "(j = 0)"),
    (r"1/m sum((h - y) x_j)\, j > 0 .", "beyond", 1, "j > 0 ."),
    ("1/m sum((h - y) x_j)  for j = 3   ", "at", 3, "for j = 3"),
])
def test_conditions_are_still_found_after_long_separators(answer, kind, number, written):
    from logderiv.verify.conditions import split_condition

    found = split_condition(answer)
    assert (found.kind, found.number, found.written) == (kind, number, written)
    assert found.text.rstrip() == answer[:len(found.text.rstrip())]


def test_h_then_a_long_run_of_spaces_is_read_at_once():
    # the patterns of h applied to the example had two runs of spaces side by side: h + 8,000 spaces took 1.4 s
    from logderiv import derive
    from logderiv.notation import _H_OF_EXAMPLE, _H_OF_OTHER, _PREDICTION_OF_LETTER

    def searched(n: int) -> Callable[[], tuple[object, ...]]:
        spaces = " " * n
        return lambda: (_H_OF_EXAMPLE.search("h" + spaces + "y"), _H_OF_OTHER.search("h" + spaces + "y"),
                        _H_OF_EXAMPLE.search("h(x" + spaces + "y"), _PREDICTION_OF_LETTER.match("h" + spaces + "y"))

    assert searched(40000)() == (None, None, None, None)
    # counted, not timed (tests/work.py): 6 calls at any length; the old patterns' quadratic work (1.4 s at 8,000
    # spaces) was inside those calls, which the count cannot see: benchmarks/scaling.py times them ("h then spaces")
    assert_linear(searched, 10000)
    # and what they are for still reads: h_θ(x) in the cost, h(z) and z = θᵀx in the lets
    assert _H_OF_EXAMPLE.search(r"(h_\theta  (x^{(i)}) - y)") is not None
    with pytest.raises(InputError):
        derive("h" + " " * 5000 + "<- x")  # R's arrow before a cost's name that is not J: refused, not slow

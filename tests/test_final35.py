"""The final read of session 35: lazy groups before an optional ending, read without backtracking.

An outside review measured ``(?P<value>.+?)\\s*;?\\s*$`` (the Octave function file's assignment, entry loops'
statements and headers) backtracking over every space of a long line: cubic, 145 s for one let of 5,000 spaces,
which the time limit then refused. ``patterns.without_end`` takes the ending off first, and the groups are greedy.
Here: it leaves what the lazy pattern left (checked against that pattern on short strings), and the reviewer's let
with thousands of spaces is read. benchmarks/scaling.py times the patterns at n and 4n (cases "function file
spaces" and "entry loop spaces").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from logderiv import check, patterns

LAZY = re.compile(r"^\s*(?P<name>[A-Za-z]\w*)\s*=(?!=)\s*(?P<value>.+?)\s*;?\s*$", re.S)
GREEDY = re.compile(r"\s*(?P<name>[A-Za-z]\w*)\s*=(?!=)\s*(?P<value>.+)", re.S)


@given(st.text(alphabet="ab ;=x(", max_size=14))
def test_without_end_leaves_what_the_lazy_pattern_left(tail):
    text = "h =" + tail
    lazy = LAZY.match(text)
    greedy = GREEDY.fullmatch(patterns.without_end(text, ";"))
    if lazy is None or not lazy.group("value").strip(" ;"):
        return  # no value but a ';' (h = ;): the lazy group took the ';' itself, which is no value; now none is read
    assert greedy is not None and greedy.group("value") == lazy.group("value")


@pytest.mark.parametrize("spaces", [1_500, 3_000])
def test_a_function_file_let_with_a_long_run_of_spaces_is_read(spaces):
    let = "function h = hypo(X,theta)\nh = sigmoid(X*theta)" + " " * spaces + "+ 0;\nend"
    cost = "J = -1/m*sum(y.*log(hypo(X,theta))+(1-y).*log(1-hypo(X,theta)))"
    assert check("1/m * X'*(sigmoid(X*theta) - y)", cost=cost, let=[let], timeout=60).verdict == "equivalent"

"""int31 (issue 10): fixes made while merging this stop's branches and in its final read.

- gradient_pieces' ``sum(a .* b)`` finder: one pattern, ``.*?sum\\((.+)\\.\\*(.+)\\)(.*)``, backtracked cubically on a
  long term it did not match (7,000 characters of ``sum(a.*`` took 11 s, 14,000 took 100 s on the development machine;
  measured, not asserted here: the suite holds no timed assertion). It is found by offsets now; the pieces it gives are
  the pattern's on every one of 300,000 random short terms (checked when it was written), and these cases fix them by
  hand.
"""
from __future__ import annotations

import pytest

from logderiv.notation.gradient_pieces import _product_key, _summed_product


@pytest.mark.parametrize("written, pieces", [
    ("sum((h-y).*X)/m", ("", "(h-y)", "X", "/m")),
    ("(1/m)*sum(X.*(h-y))", ("(1/m)*", "X", "(h-y)", "")),
    # the last .* inside the sum splits it, as the pattern's greedy first piece did
    ("sum(a.*b.*X)", ("", "a.*b", "X", "")),
    # the sum must close at the text's last ')', and each piece hold a character
    ("sum(a.*X)+f(y)", None),
    ("sum(.*X)", None),
    ("sum(a.*)", None),
    ("sum(aX)", None),
    ("(h-y).*X", None),
    ("sum((h-y).*X", None),
])
def test_a_summed_product_is_split_where_the_pattern_split_it(written, pieces):
    assert _summed_product(written) == pieces


def test_octaves_column_sum_is_still_the_transposed_product():
    # sum((h - y) .* X(:,1)) written as the part's X' * (h - y): the two keys are one
    assert _product_key("sum((h - y) .* X) / m") == _product_key("X' * (h - y) / m")


def test_a_long_term_that_is_no_summed_product_is_passed_over():
    # 14,000 characters: the old pattern's cubic backtracking took about 100 s here
    assert _summed_product("sum(a.*" * 2000) is None
    term = "sum(a.*" * 2000
    assert _product_key(term) == ((), (term,))  # one factor, as written: no number, no product

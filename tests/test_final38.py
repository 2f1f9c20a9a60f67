"""The final read of session 38: two lazy groups before an optional ';' that fixloop38 added, read without backtracking.

``\\s*delta\\s*<-\\s*(.+?)\\s*;?\\s*`` (an R --let that starts a filled array) backtracked over every space of a long
let: cubic, 1.1 s at 1,000 spaces and 68 s at 4,000 measured with ``re`` alone (a let may hold 20,000 characters), as
the pattern session 35's final read mended did; ``J[i] <- (.+?)\\s*;?`` on a loop's line was quadratic. Both now take
the ending off with ``patterns.without_end`` first. Here: the lines read as before (the gradient checked by central
differences in tests/test_fixloop38b.py), and a let and a loop line with thousands of spaces are read. Before the
mend the let below took about 100 s here, and passed: the time limit is not looked at while a regular expression
runs, so it did not stop it (older patterns of the same shape, listed in the session's closing note, still do this).
"""

from __future__ import annotations

import pytest

import logderiv

from test_fixloop38b import BYE_COST, BYE_GLETS, BYE_GRAD, BYE_H

GRAD = BYE_GRAD.replace("J = (1/m)", "grad = (1/m)")


@pytest.mark.parametrize("spaces", [4_000])
def test_a_filled_arrays_let_with_a_long_run_of_spaces_is_read(spaces):
    lets = [BYE_H, "m <- length(y)", 'delta <- vector(mode="numeric",' + " " * spaces + 'length=m);']
    verdict = logderiv.check(GRAD, cost=BYE_COST, let=lets, wrt="theta_j")
    assert verdict.verdict == "equivalent"  # (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾, as without the spaces


@pytest.mark.parametrize("spaces", [4_000])
def test_a_filled_line_with_a_long_run_of_spaces_is_read(spaces):
    text = GRAD.replace("* X[i, j]\n", "* X[i, j]" + " " * spaces + ";\n")
    verdict = logderiv.check(text, cost=BYE_COST, let=BYE_GLETS, wrt="theta_j")
    assert verdict.verdict == "equivalent"


def test_the_lines_read_as_before_the_mend():
    # the ';' and the spaces around the value are no part of it: the same verdict and the same note as unspaced
    verdict = logderiv.check(GRAD, cost=BYE_COST, let=BYE_GLETS[:2] + ['delta <- vector(mode="numeric", length=m) ;  '],
                             wrt="theta_j")
    assert verdict.verdict == "equivalent"
    # the start as the let's value holds it, without its ';' and spaces
    assert any('delta starts as zeros (vector(mode="numeric", length=m)), the loop sets its entry delta[i]' in note
               for note in verdict.notes)

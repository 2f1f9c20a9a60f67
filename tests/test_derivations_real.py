"""Real written derivations (``tests/derivations_real/``), copied verbatim from public notes, Q&A answers and notebooks.

What each must yield was worked out by hand, line by line, and written in
``expected.txt`` beside its source (never from logderiv's output): how it ends
(gradient / wrong / unfinished) and the file line of the first wrong step. A
derivation logderiv cannot read is refused with exit 2 — a miss, counted by the
ratchet below; one it reads must be judged exactly as by hand — a confident
wrong verdict fails at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _derivations_table import outcome, read_table

REAL = Path(__file__).parent / "derivations_real"

#: how many of the derivations must be read and judged right: raise it as reading improves, never lower it
READ_AT_LEAST = 15

TABLE = read_table(REAL)


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[str, str]]:
    return {row.file: outcome(REAL, row) for row in TABLE}


@pytest.mark.parametrize("row", TABLE, ids=[row.file for row in TABLE])
def test_a_read_derivation_is_judged_as_by_hand(row, outcomes):
    kind, detail = outcomes[row.file]
    assert kind != "wrong", detail


def test_enough_real_derivations_are_read(outcomes):
    right = sorted(file for file, (kind, _) in outcomes.items() if kind == "right")
    assert len(right) >= READ_AT_LEAST, (right, {f: d for f, (k, d) in outcomes.items() if k == "refused"})


def test_the_public_answer_verbatim_is_all_valid(outcomes):
    """The math.SE answer this project started from, as its mirror shows it with \\small and \\Tiny."""
    assert outcomes["parellada_small_tiny.md"][0] == "right"

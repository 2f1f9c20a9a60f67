"""Issue 10, the third blind held-out set of derivations (``tests/derivations_cold3/``).

What each derivation must yield was worked out by hand by its collector in ``expected.txt`` (never from
logderiv's output). A derivation logderiv cannot read is refused with exit 2 — a miss, counted by the
ratchet; one it reads must be judged exactly as by hand: a confident wrong ending or first wrong line fails
at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _derivations_table import outcome, read_table

COLD = Path(__file__).parent / "derivations_cold3"

#: how many derivations of the set must be read and judged right: raise it as reading improves, never lower it
READ_AT_LEAST = 6

TABLE = read_table(COLD)


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[str, str]]:
    return {row.file: outcome(COLD, row) for row in TABLE}


@pytest.mark.parametrize("row", TABLE, ids=[row.file for row in TABLE])
def test_a_cold_derivation_read_is_judged_as_by_hand(row, outcomes):
    kind, detail = outcomes[row.file]
    assert kind != "wrong", detail


def test_enough_cold_derivations_are_read(outcomes):
    right = sorted(file for file, (kind, _) in outcomes.items() if kind == "right")
    assert len(right) >= READ_AT_LEAST, (right, {f: d for f, (k, d) in outcomes.items() if k == "refused"})

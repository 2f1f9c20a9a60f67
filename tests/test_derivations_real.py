"""Real written derivations (``tests/derivations_real/``), copied verbatim from public notes, Q&A answers and notebooks.

What each must yield was worked out by hand, line by line, and written in
``expected.txt`` beside its source (never from logderiv's output): how it ends
(gradient / wrong / unfinished) and the file line of the first wrong step. A
derivation logderiv cannot read is refused with exit 2 — a miss, counted by the
ratchet below; one it reads must be judged exactly as by hand — a confident
wrong verdict fails at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main

REAL = Path(__file__).parent / "derivations_real"

#: how many of the derivations must be read and judged right: raise it as reading improves, never lower it
READ_AT_LEAST = 15


@dataclass(frozen=True)
class Expected:
    file: str
    cost: str | None
    ending: str
    line: int | None


def _table() -> list[Expected]:
    rows = []
    for line in (REAL / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        file, cost, ending, error_line, _kind = line.split()
        rows.append(Expected(file, None if cost == "-" else cost, ending, None if error_line == "-" else int(error_line)))
    return rows


TABLE = _table()


def _outcome(row: Expected) -> tuple[str, str]:
    """("refused" | "right" | "wrong", detail) for one derivation, run as a user runs it."""
    arguments = ["steps", str(REAL / row.file), "-f", "json", "--timeout", "60"]
    if row.cost:
        arguments += ["--cost", row.cost]
    result = CliRunner().invoke(main, arguments)
    if result.exit_code == 2:
        return "refused", result.stderr.strip().splitlines()[0] if result.stderr else ""
    assert result.exit_code in (0, 1), (row.file, result.exit_code, result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step.get("line") for step in review.get("steps", []) if step.get("valid") is False]
    got = (review.get("ending"), wrong[0] if wrong else None)
    if got == (row.ending, row.line):
        return "right", ""
    return "wrong", f"logderiv: ending {got[0]}, first wrong line {got[1]}; by hand: {row.ending}, {row.line}"


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[str, str]]:
    return {row.file: _outcome(row) for row in TABLE}


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

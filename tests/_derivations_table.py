"""A folder of real derivations and its ``expected.txt``, read and judged the way a user runs ``logderiv steps``.

``tests/derivations_real/`` and ``tests/derivations_cold/`` share the format (see either ``expected.txt``):
one row per file, ``file --cost ending error-line kind``, worked out by hand before logderiv was run. This
module reads the rows and gives each file's outcome: ``right`` (the hand-worked ending and first wrong line),
``refused`` (exit 2, a miss) or ``wrong`` (a confident verdict that is not the hand-worked one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from logderiv.cli import main


@dataclass(frozen=True)
class Expected:
    file: str
    cost: str | None
    ending: str
    line: int | None


def read_table(folder: Path) -> list[Expected]:
    """The rows of ``folder/expected.txt``."""
    rows = []
    for line in (folder / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        file, cost, ending, error_line, _kind = line.split()
        rows.append(Expected(file, None if cost == "-" else cost, ending, None if error_line == "-" else int(error_line)))
    return rows


def outcome(folder: Path, row: Expected) -> tuple[str, str]:
    """("refused" | "right" | "wrong", detail) for one derivation, run as a user runs it."""
    arguments = ["steps", str(folder / row.file), "-f", "json", "--timeout", "60"]
    if row.cost:
        arguments += ["--cost", row.cost]
    result = CliRunner().invoke(main, arguments)
    if result.exit_code in (2, 3):
        # exit 3 (unsupported: |x|, a function logderiv does not differentiate) is a refusal too, with its reason in
        # the JSON error on stdout
        message = result.stderr.strip().splitlines()[0] if result.stderr.strip() else result.stdout.strip()[:300]
        return "refused", message
    assert result.exit_code in (0, 1), (row.file, result.exit_code, result.output, result.stderr)
    review = json.loads(result.stdout)
    # the first wrong step on the page, the derivation's or a lemma's (expected.txt judges a lemma's steps as any)
    steps = [*review.get("steps", []), *(step for lemma in review.get("lemmas", []) for step in lemma["steps"])]
    wrong = sorted((step.get("cell") or 0, step.get("line")) for step in steps if step.get("valid") is False)
    got = (review.get("ending"), wrong[0][1] if wrong else None)
    if got == (row.ending, row.line):
        return "right", ""
    return "wrong", f"logderiv: ending {got[0]}, first wrong line {got[1]}; by hand: {row.ending}, {row.line}"



def outcome_of(folder: Path, file: str) -> tuple[str, str]:
    """:func:`outcome` of the row of ``folder/expected.txt`` for ``file`` (a test of one real page names it)."""
    return outcome(folder, next(row for row in read_table(folder) if row.file == file))


def steps_of_page(tmp_path: Path, text: str, *options: str):
    """``logderiv steps`` on ``text`` written to a Markdown file in ``tmp_path``: click's result."""
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), *options])


def review_of_page(tmp_path: Path, text: str):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of a page that was read."""
    # the default budget is 10 s of wall clock: a page of 1–3 s of CPU ran past it on a loaded 2-core machine (a
    # niced pytest -n 2 among other suites), so a verdict is asked with room to spare, as outcome() does
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


def display(maths: str) -> str:
    """``maths`` as a Markdown page's display block."""
    return f"$$\n{maths}\n$$\n"


def derivative_page(name: str, last: str) -> str:
    """A one-display page: ∂/∂θⱼ of the objective ``name``(θ), operator first, equal to ``last``."""
    return display(rf"\frac{{\partial}}{{\partial \theta_j}}{name}(\theta)={last}")

"""The regression check of grading's optimisations (issue 15): a fixed mixed class graded to the same bytes.

``benchmarks/grading.py``'s mixed set (right answers in many spellings, every
kind of mistake the diagnosis names, unreadable and undecided answers, repeats
with other spaces) is graded by ``logderiv grade`` in this process and with
two workers; both outputs must equal, byte for byte, the snapshot
``tests/snapshots/grade_mixed.csv``, which was written by the code *before*
the optimisations of issue 15 (a snapshot holds output, not an independent
truth: its verdicts are checked by hand only where the test says so). The big
set (1,000 rows) is ``python benchmarks/grading.py --check FILE``.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from _snapshots import SNAPSHOTS, assert_snapshot
from logderiv.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import grading  # noqa: E402

ROWS = 100


@pytest.fixture(scope="module")
def submissions(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("mixed")
    grading.write_csv(folder / "class.csv", grading.mixed_answers(ROWS, seed=15))
    (folder / "q.toml").write_text(grading.QUESTION)
    return folder / "class.csv", folder / "q.toml"


def _graded_here(submissions: tuple[Path, Path]) -> str:
    """The CSV ``grade`` writes, the answers judged in this process (``jobs=None``: no workers)."""
    from logderiv.grading import graded, read_question, read_submissions
    from logderiv.render.grades import csv_header, csv_line

    answers, question = submissions
    read = read_submissions(str(answers))
    grades = graded(read.rows, read_question(str(question)), jobs=None, timeout=120)
    return csv_header(read) + "".join(csv_line(grade, read) for grade in grades)


def _graded_by_the_command(submissions: tuple[Path, Path], tmp_path: Path) -> str:
    answers, question = submissions
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["grade", str(answers), "--question", str(question), "--out", str(out),
                                       "--jobs", "2", "--timeout", "120"])
    assert result.exit_code in (0, 1), result.output  # 1: some answers are not right
    return out.read_text(encoding="utf-8")


def test_the_mixed_set_covers_every_outcome_and_most_kinds():
    """The set exercises what the optimisations could change: each verdict, and the diagnosis kinds."""
    rows = list(csv.DictReader(io.StringIO((SNAPSHOTS / "grade_mixed.csv").read_text(encoding="utf-8"))))
    assert len(rows) == ROWS
    assert set(Counter(row["verdict"] for row in rows)) == {"equivalent", "different", "unreadable", "undecided"}
    kinds = {kind for row in rows for kind in row["diagnosis"].split(";") if kind}
    assert kinds >= {"sign", "factor", "missing-factor", "extra-factor", "missing-term", "extra-term", "wrong-index",
                     "wrong-variable", "log-likelihood", "other-cost", "unfinished", "other"}
    # by hand: |…| is read but not handled (undecided); a bracket never closed, a free index k, an empty answer
    # are unreadable; Σ(y − h)xⱼ with no 1/m is the log-likelihood's gradient
    verdicts = Counter((row["verdict"], row["diagnosis"]) for row in rows if "|" in row["answer"])
    assert verdicts and set(verdicts) == {("undecided", "")}
    unreadable = [row for row in rows if row["answer"].count("(") > row["answer"].count(")")
                  or "x_k" in row["answer"] or not row["answer"]]
    assert len(unreadable) == 7 and all(row["verdict"] == "unreadable" for row in unreadable)
    assert any(row["answer"] == "sum((y - h) x_j)" and row["diagnosis"] == "log-likelihood" for row in rows)


def test_the_mixed_set_grades_to_the_bytes_graded_before_the_optimisations(submissions, tmp_path):
    assert_snapshot("grade_mixed.csv", _graded_by_the_command(submissions, tmp_path))


def test_judged_in_this_process_the_bytes_are_the_same(submissions):
    assert_snapshot("grade_mixed.csv", _graded_here(submissions))


@pytest.mark.parametrize("before, answer, note", [
    # sum(…) and sum_i(…) are one tree, but only sum_i says that i is implied
    ("2/(2 m) * sum((sigmoid(theta^T x) - y) x_j)", "(1/m) sum_i ((sigmoid(theta^T x) - y) x_j)",
     "the example index is implied: sum_i names i"),
    # a second g(z) in one answer repeats the note the first made: the sub-tree still notes
    ("1/m * sum((g(theta^T x) - y) g(theta^T x) x_j)", "1/m * sum((g(theta^T x) - y) x_j)", "g is read as the sigmoid"),
])
def test_an_answers_notes_do_not_depend_on_the_answers_read_before(before, answer, note):
    """A checker remembers built sub-trees across answers; what an answer's notes say must not depend on that."""
    from logderiv.verify.costs import read_cost
    from logderiv.services.check import Checker

    fresh = Checker(read_cost("logistic", input="plain"), input="plain").check(answer)
    warm = Checker(read_cost("logistic", input="plain"), input="plain")
    warm.check(before)
    said = warm.check(answer)
    assert any(text.startswith(note) for text in fresh.notes)
    assert said.notes == fresh.notes


def test_a_checkpoint_line_is_the_json_of_the_row_and_its_whole_outcome(tmp_path):
    """Outcomes shared by rows are turned into JSON once; each line still reads back as the row's full outcome."""
    import dataclasses
    import json

    from logderiv.grading.checkpoint import Checkpoint
    from logderiv.grading.judging import Outcome

    shared = Outcome("different", "numeric", ("sign", "factor"), ("the sign is “flipped”", "off by 2"), "at m = 2",
                     ("σ read as σ",), "", "")
    other = Outcome("unreadable", reason="the answer is empty", error="logderiv: error: the answer is empty\n")
    checkpoint = Checkpoint(tmp_path / "out.csv.checkpoint", "run", resume=False)
    for row, outcome in enumerate([shared, other, shared]):
        checkpoint.record(row, outcome)
    checkpoint.close(finished=False)
    lines = (tmp_path / "out.csv.checkpoint").read_text(encoding="utf-8").splitlines()[1:]
    expected = [{"row": row, "outcome": json.loads(json.dumps(dataclasses.asdict(outcome)))}
                for row, outcome in enumerate([shared, other, shared])]
    assert [json.loads(line) for line in lines] == expected
    assert lines[0] == json.dumps(expected[0], ensure_ascii=False)  # the bytes json.dumps writes, separators and all

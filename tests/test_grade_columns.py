"""`logderiv grade` on a wide export (issue 15): one answer column per question, and the progress bar.

Two questions, their scores worked out by hand from the question files:

* q1, the logistic cost, 4 points, a missing 1/m (``factor``) earns half: right 4,
  ``sum((h - y) x_j)`` 4 × 0.5 = 2, empty 0 (unreadable);
* q2, the squared error 1/(2m) Σ (θᵀx − y)², 2 points, a flipped sign earns half:
  right 2, ``(y - θᵀx)`` 2 × 0.5 = 1, empty 0.

A ragged row is unreadable in both columns (0 and 0). The totals are the sums,
out of 4 + 2 = 6.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from logderiv import console
from logderiv.cli import main
from logderiv.grading import Grade, RowGrades, by_row
from logderiv.grading.judging import Outcome
from logderiv.grading.submissions import Row

ROOT = Path(__file__).parent.parent

Q1 = 'title = "logistic"\ncost = "logistic"\npoints = 4\n[credit]\nfactor = 0.5\n'
Q2 = 'title = "linear"\ncost = "1/(2m) * sum((theta^T x - y)^2)"\npoints = 2\n[credit]\nsign = 0.5\n'

RIGHT_1, HALF_1 = "1/m * sum((h - y) x_j)", "sum((h - y) x_j)"
RIGHT_2, HALF_2 = "1/m * sum((theta^T x - y) x_j)", "1/m * sum((y - theta^T x) x_j)"

#: student → (q1 verdict, q1 score, q2 verdict, q2 score, total), by hand
EXPECTED = {
    "s1": ("equivalent", "4", "equivalent", "2", "6"),
    "s2": ("different", "2", "different", "1", "3"),
    "s3": ("unreadable", "0", "equivalent", "2", "2"),
    "s4": ("unreadable", "0", "unreadable", "0", "0"),  # ragged
    "s5": ("equivalent", "4", "unreadable", "0", "4"),
    "s6": ("equivalent", "4", "equivalent", "2", "6"),  # s1's answers again, spaced differently
}


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wide")
    (folder / "q1.toml").write_text(Q1)
    (folder / "q2.toml").write_text(Q2)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([["student", "q1", "q2"], ["s1", RIGHT_1, RIGHT_2], ["s2", HALF_1, HALF_2],
                      ["s3", "", RIGHT_2]])
    text = out.getvalue() + "s4,1/m,x,extra\n"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([["s5", RIGHT_1, ""],
                                                    ["s6", RIGHT_1.replace(" ", "  "), RIGHT_2 + "  "]])
    (folder / "wide.csv").write_text(text + out.getvalue())
    return folder


def _args(folder, out: str, *extra: str) -> list[str]:
    return ["grade", str(folder / "wide.csv"), "--answer", "q1", "--question", str(folder / "q1.toml"),
            "--answer", "q2", "--question", str(folder / "q2.toml"), "--out", str(folder / out), "--timeout", "20",
            *extra]


def _run(folder, out: str, *extra: str):
    result = CliRunner().invoke(main, _args(folder, out, *extra))
    assert result.exit_code == 0, result.output
    return result


def test_a_wide_csv_is_graded_per_column_as_by_hand_the_same_whatever_the_jobs(wide):
    """Every row once, in order: its cells, each question's columns prefixed by its column's name, the totals."""
    one = _run(wide, "one.csv", "--jobs", "1")
    _run(wide, "two.csv", "--jobs", "2")
    assert (wide / "one.csv").read_bytes() == (wide / "two.csv").read_bytes()
    assert not (wide / "one.csv.checkpoint").exists()
    reader = csv.DictReader(io.StringIO((wide / "one.csv").read_text()))
    header = reader.fieldnames
    per_question = ["verdict", "score", "max_score", "method", "diagnosis", "feedback", "notes", "first_error_line",
                    "error"]
    assert header == ["student", "q1", "q2", *(f"q1_{name}" for name in per_question),
                      *(f"q2_{name}" for name in per_question), "total_score", "total_max_score"]
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "```text\n" + ",".join(header) + "\n```" in documented  # the docs' sample header is this one
    rows = list(reader)
    assert [row["student"] for row in rows] == list(EXPECTED)
    for row in rows:
        got = (row["q1_verdict"], row["q1_score"], row["q2_verdict"], row["q2_score"], row["total_score"])
        assert got == EXPECTED[row["student"]], row
        assert (row["q1_max_score"], row["q2_max_score"], row["total_max_score"]) == ("4", "2", "6")
    s2 = rows[1]
    assert (s2["q1_diagnosis"], s2["q2_diagnosis"]) == ("factor", "sign")
    assert rows[1]["q1"] == HALF_1  # the input's cells, as they were
    assert "has 4 cells where the header has 3" in rows[3]["q1_error"] and rows[3]["q2_error"] == rows[3]["q1_error"]
    assert "the answer is empty" in rows[2]["q1_error"] and "the answer is empty" in rows[4]["q2_error"]
    # one summary per question on stderr, and no progress bar: CliRunner's stderr is no terminal
    assert "q1: logistic" in one.stderr and "q2: linear" in one.stderr
    assert "6/6 rows" not in one.stderr and "\x1b[?25l" not in one.stderr


def test_a_wide_jsonl_has_one_object_per_row_with_a_list_of_its_questions(tmp_path):
    """A value that is not text spoils its own column only; the total waits for no column."""
    (tmp_path / "q1.toml").write_text(Q1)
    (tmp_path / "q2.toml").write_text(Q2)
    lines = [{"id": "a", "q1": RIGHT_1, "q2": HALF_2}, {"id": "b", "q1": HALF_1, "q2": 5}]
    (tmp_path / "wide.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = CliRunner().invoke(main, ["grade", str(tmp_path / "wide.jsonl"), "--answer", "q1", "--answer", "q2",
                                       "--question", str(tmp_path / "q1.toml"), "--question",
                                       str(tmp_path / "q2.toml"), "--out", str(tmp_path / "out.jsonl"),
                                       "--jobs", "1", "--timeout", "20"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [row["id"] for row in rows] == ["a", "b"]
    schema = json.loads((ROOT / "logderiv" / "schema" / "grade-row.schema.json").read_text(encoding="utf-8"))
    for row in rows:
        jsonschema.Draft202012Validator(schema).validate(row)
    assert all(row["schema"] == "logderiv/grade-row/1" for row in rows)
    assert rows[1]["input"] == lines[1]
    said = [[(q["answer_column"], q["verdict"], q["score"], q["max_score"]) for q in row["questions"]] for row in rows]
    assert said == [[("q1", "equivalent", 4, 4), ("q2", "different", 1, 2)],
                    [("q1", "different", 2, 4), ("q2", "unreadable", 0, 2)]]
    assert "not text" in rows[1]["questions"][1]["error"]
    assert rows[0]["questions"][0]["check"]["schema"] == "logderiv/verdict/1"  # the full verdict, as for one column
    assert [(row["total_score"], row["total_max_score"]) for row in rows] == [(5, 6), (2, 6)]


def test_an_interrupted_wide_run_resumes_to_the_same_bytes(wide, monkeypatch):
    """Ctrl-C in the second column keeps a checkpoint keyed by column and row; --resume grades only the rest."""
    _run(wide, "whole.csv", "--jobs", "1")
    import logderiv.grading as grading

    real, seen = grading.graded, []

    def interrupted(rows, question, **options):
        for made in real(rows, question, **options):
            yield made
            seen.append(made)
            if len(seen) == len(EXPECTED) + 2:  # all of q1, and q2's first two rows
                raise KeyboardInterrupt

    monkeypatch.setattr(grading, "graded", interrupted)
    stopped = CliRunner().invoke(main, _args(wide, "resumed.csv", "--jobs", "1"))
    assert stopped.exit_code == 3, stopped.output
    assert "interrupted after 8 of 12 answers" in stopped.stderr
    lines = [json.loads(line) for line in (wide / "resumed.csv.checkpoint").read_text().splitlines()[1:]]
    assert [line["key"] for line in lines] == [f"q1 row {n}" for n in range(1, 7)] + ["q2 row 1", "q2 row 2"]
    assert not (wide / "resumed.csv").exists()
    monkeypatch.setattr(grading, "graded", real)
    resumed = _run(wide, "resumed.csv", "--jobs", "1", "--resume")
    assert "resuming: 8 of 12 answers (6 rows × 2 questions) were graded before" in resumed.stderr
    assert (wide / "resumed.csv").read_bytes() == (wide / "whole.csv").read_bytes()
    assert not (wide / "resumed.csv.checkpoint").exists()


@pytest.mark.parametrize(("answers", "questions", "said"), [
    (["q1", "q2"], ["q1.toml"], "2 --answer columns and 1 --question file: in a wide export each answer column is "
                                "graded against its own question, paired in order"),
    ([], ["q1.toml", "q2.toml"], "0 --answer columns and 2 --question files"),
    (["q1", "q2", "q1"], ["q1.toml", "q2.toml"], "3 --answer columns and 2 --question files"),
    (["q1", "q1"], ["q1.toml", "q2.toml"], "--answer q1 is given twice"),
    (["q1", "q3"], ["q1.toml", "q2.toml"], "--answer q3: there is no such column"),
])
def test_answer_columns_and_questions_that_do_not_pair_are_refused(wide, answers, questions, said):
    args = ["grade", str(wide / "wide.csv")]
    args += [item for answer in answers for item in ("--answer", answer)]
    args += [item for question in questions for item in ("--question", str(wide / question))]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert "Traceback" not in result.output and result.stdout == ""


def test_an_input_column_named_as_a_graded_one_is_refused(tmp_path):
    (tmp_path / "q.toml").write_text(Q1)
    (tmp_path / "a.csv").write_text("id,q1,q2,q2_score\ns1,a,b,3\n")
    result = CliRunner().invoke(main, ["grade", str(tmp_path / "a.csv"), "--answer", "q1", "--answer", "q2",
                                       "--question", str(tmp_path / "q.toml"), "--question", str(tmp_path / "q.toml")])
    assert result.exit_code == 2
    assert "already have a column 'q2_score', which grading writes" in result.stderr


def test_a_wide_report_has_a_section_per_question(wide):
    _run(wide, "r.csv", "--jobs", "1", "--report", str(wide / "r.html"))
    page = (wide / "r.html").read_text()
    assert page.count("<!DOCTYPE html>") == 1 and page.count("<section>") == 2
    assert "<h2>Class report: q1: logistic</h2>" in page and "<h2>Class report: q2: linear</h2>" in page


def _grade(score: float | None, max_score: float) -> Grade:
    verdict = "undecided" if score is None else "equivalent"
    return Grade(Row(1, {}, "a"), Outcome(verdict), score, max_score, "")


def test_the_total_waits_while_any_question_is_undecided():
    """A person's grade is part of the total: no number stands in for it."""
    decided = RowGrades(Row(1, {}, "a"), ("q1", "q2"), (_grade(1.5, 2), _grade(3, 4)))
    assert (decided.total_score, decided.total_max_score) == (4.5, 6)
    waiting = RowGrades(Row(1, {}, "a"), ("q1", "q2"), (_grade(None, 2), _grade(3, 4)))
    assert (waiting.total_score, waiting.total_max_score) == (None, 6)
    assert by_row(["q1", "q2"], [[_grade(1, 2)], [_grade(None, 4)]])[0].total_score is None


# --- the progress bar ---------------------------------------------------------------------------------------------


def test_the_progress_bar_shows_rows_done_of_all_on_a_terminal():
    """A terminal forced on a StringIO: one bar per question, its rows done of all and a unit."""
    from rich.console import Console

    out = StringIO()
    terminal = Console(file=out, force_terminal=True, width=100)
    with console.progress([("q1", 3, 0), ("q2", 2, 1)], console=terminal) as advance:
        for _ in range(3):
            advance(0)
        advance(1)
    shown = out.getvalue()
    assert "q1" in shown and "3/3" in shown and "q2" in shown and "2/2" in shown and "rows/s" in shown


def test_no_bar_and_no_rich_progress_when_stderr_is_not_a_terminal():
    """Piped stderr (as in CI or a log): nothing drawn, and rich.progress never imported; nor by grade --help."""
    code = ("import sys\n"
            "from logderiv import console\n"
            "with console.progress([('q1', 2, 0)]) as advance:\n"
            "    advance(0); advance(0)\n"
            "from logderiv.cli import main\n"
            "try:\n"
            "    main(['grade', '--help'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print('rich.progress' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("False")
    assert done.stderr == ""

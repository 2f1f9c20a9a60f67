"""`logderiv grade FOLDER`: one file per student, each a written derivation checked step by step, or one answer.

The files are real derivations from ``tests/derivations_written`` and
``tests/derivations_real``; their steps, the steps that hold and the line of the
first wrong one are those worked out by hand in each folder's ``expected.txt``
(and its comments), and every score below is worked from them by the rule
docs/cli.md states: a derivation earns ``points`` when its last line is the
gradient, plus ``step_points`` per step that holds, out of ``points +
step_points × steps``, where a first line that only states ∂J/∂θⱼ (``d/dtheta_j
J``, or ∂/∂θⱼ of the cost written out) is not a step; a file of one formula is
scored as a CSV answer.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import logderiv.grading.checkpoint as checkpoint_module
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.grading import read_folder
from logderiv.grading.checkpoint import Checkpoint, checkpoint_path
from logderiv.grading.derivations import FileAnswer, judge_file
from logderiv.grading.judging import Outcome, feedback, max_score, score
from logderiv.grading.question import question_from

TESTS = Path(__file__).parent
WRITTEN = TESTS / "derivations_written"
REAL = TESTS / "derivations_real"
SCHEMA = TESTS.parent / "logderiv" / "schema" / "grade.schema.json"

QUESTION = 'cost = "logistic"\npoints = 10\nstep_points = 1\n\n[credit]\nsign = 0.5\nunfinished = 0.5\n'

#: what each row must be, worked by hand: (id, file, verdict, score, max_score, first_error_line, diagnosis)
EXPECTED = [
    # logistic_align.tex: 7 `&=` rows (lines 4-10); line 4 is ∂/∂θⱼ of the cost, the question stated; the other 6
    # steps hold and the last is the gradient: 10 + 6 of 16
    ("alice", "alice.tex", "equivalent", "16", "16", "", ""),
    # parellada_small_tiny_planted_sign_chain_rule.md: 10 steps, the first the cost's derivative stated; step 3
    # (line 15) is the planted slip and step 4 does not follow from it either; the other 7 hold and the last line
    # is the gradient: 10 + 7 of 19
    ("bob", "bob.md", "different", "17", "19", "15", None),
    # logistic_align_sign.tex in a notebook's third cell (its lines are the cell's): 6 steps after the statement,
    # line 6 flips a sign and line 7 flips it back (neither follows from the line before), the last is the
    # gradient: 10 + 4 of 16
    ("carol", "carol.ipynb", "different", "14", "16", "cell 3, line 6", "sign"),
    # one formula, the sign flipped: a CSV answer's score, 10 × the sign's 0.5, of 10
    ("eve", "eve.txt", "different", "5", "10", "", "sign"),
    ("frank", "frank.txt", "unreadable", "0", "10", "", ""),  # bytes that are not UTF-8
    ("gina", "gina.ipynb", "unreadable", "0", "10", "", ""),  # a notebook that is not JSON
    ("hal", "hal.md", "unreadable", "0", "10", "", ""),  # empty
    # logistic_dropped_1_over_m.txt: line 1 is d/dtheta_j J, the question; of the 4 steps after it, line 4 drops the
    # 1/m and line 5 follows from it; the last line is not the gradient: 0 + 3 of 14
    ("late/dan", "late/dan.txt", "different", "3", "14", "4", "factor"),
]


def _class(folder: Path, witness: Path) -> None:
    """The class's folder: the files of EXPECTED, and three that are not submissions."""
    (folder / "late").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "alice.tex").write_bytes((WRITTEN / "logistic_align.tex").read_bytes())
    (folder / "bob.md").write_bytes((REAL / "parellada_small_tiny_planted_sign_chain_rule.md").read_bytes())
    (folder / "carol.ipynb").write_text(json.dumps(_notebook(witness), indent=1), encoding="utf-8")
    (folder / "eve.txt").write_text("1/m * sum((y - h) x_j)\n")
    (folder / "frank.txt").write_bytes(b"d/dtheta_j J = 1/m \xff sum\n")
    (folder / "gina.ipynb").write_text('{"cells": [')
    (folder / "hal.md").write_text("")
    (folder / "late" / "dan.txt").write_bytes((WRITTEN / "logistic_dropped_1_over_m.txt").read_bytes())
    (folder / "ivy.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")


def _notebook(witness: Path) -> dict:
    """A notebook: a title cell, a code cell that would leave ``witness`` behind if it ran, the derivation's cell."""
    derivation = (WRITTEN / "logistic_align_sign.tex").read_text(encoding="utf-8")
    return {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Homework 2\n", "The gradient, step by step:"]},
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
             "source": [f"open({str(witness)!r}, 'w').write('this cell ran')"]},
            {"cell_type": "markdown", "metadata": {}, "source": derivation.splitlines(keepends=True)},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }


def _grade(folder: Path, *args: str):
    return CliRunner().invoke(main, ["grade", str(folder / "class"), "--question", str(folder / "q.toml"), *args],
                              catch_exceptions=False)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """The class graded once, with one worker, into whole.csv (the run the others are held to)."""
    folder = tmp_path_factory.mktemp("folder")
    _class(folder / "class", folder / "ran.txt")
    (folder / "q.toml").write_text(QUESTION)
    result = _grade(folder, "--jobs", "1", "--out", str(folder / "whole.csv"))
    assert result.exit_code == 0, result.output
    return folder, result


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_every_file_is_a_row_graded_as_worked_by_hand(graded_class):
    folder, _ = graded_class
    rows = _rows(folder / "whole.csv")
    got = [(row["id"], row["file"], row["verdict"], row["score"], row["max_score"], row["first_error_line"],
            row["diagnosis"]) for row in rows]
    expected = [(*want[:6], got_row[6] if want[6] is None else want[6]) for want, got_row in zip(EXPECTED, got)]
    assert got == expected
    assert "factor" in rows[-1]["feedback"] or "1/m" in rows[-1]["feedback"]
    assert rows[1]["feedback"].startswith("7 of 9 steps hold. The first wrong step is at line 15.")


def test_the_csv_has_the_columns_the_docs_promise(graded_class):
    folder, _ = graded_class
    header = (folder / "whole.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == ("id,file,verdict,score,max_score,method,diagnosis,feedback,notes,first_error_line,error")
    documented = (TESTS.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    promised = re.search(r"^`verdict`, .*`error`$", documented, re.MULTILINE).group(0)
    assert header == "id,file," + promised.replace("`", "").replace(", ", ",")


def test_unreadable_files_say_why_and_skipped_files_are_named(graded_class):
    folder, result = graded_class
    errors = {row["id"]: row["error"] for row in _rows(folder / "whole.csv")}
    assert "frank.txt is not UTF-8 text" in errors["frank"]
    assert "gina.ipynb cannot be read: the notebook is not valid JSON" in errors["gina"]
    assert "hal.md is empty" in errors["hal"]
    assert "3 not graded" in result.stderr
    for skipped in (".DS_Store", ".git/", "ivy.pdf"):
        assert skipped in result.stderr
    assert "HEAD" not in result.stderr  # a hidden folder is named once, not file by file


def test_a_notebooks_code_is_never_run(graded_class):
    folder, _ = graded_class
    assert not (folder / "ran.txt").exists()


def test_two_workers_write_the_same_bytes_and_the_report_shows_wrong_steps_not_files(graded_class):
    folder, _ = graded_class
    result = _grade(folder, "--jobs", "2", "--out", str(folder / "two.csv"), "--report", str(folder / "r.md"))
    assert result.exit_code == 0, result.output
    assert (folder / "two.csv").read_bytes() == (folder / "whole.csv").read_bytes()
    report = (folder / "r.md").read_text(encoding="utf-8")
    # dan's mistake is shown by his wrong step, line 4 of logistic_dropped_1_over_m.txt, and no one is named
    assert "| factor | 1 | 12.5% | `-sum((y - h) x_j)` | the first wrong step (line 4): " in report
    mistakes = report.split("## Most common mistakes")[1].split("## To follow up")[0]
    assert "Adapted from the notes" not in mistakes  # never a whole file
    assert not re.search(r"\b(alice|bob|carol|dan|eve)\b", mistakes)
    # the mean of the scores scaled to the 10 points: (10 + 17/19·10 + 14/16·10 + 5 + 0 + 0 + 0 + 3/14·10) / 8
    mean = (10 + 170 / 19 + 140 / 16 + 5 + 30 / 14) / 8
    assert f"The mean score is {mean:.2f} of 10" in report


def test_jsonl_rows_follow_the_schema_with_the_review_of_each_derivation(graded_class):
    folder, _ = graded_class
    result = _grade(folder, "--jobs", "2", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for line in lines:
        jsonschema.validate(line, schema)
    assert [line["first_error_line"] for line in lines] == [None, 15, "cell 3, line 6", None, None, None, None, 4]
    assert [(line["check"] or {}).get("schema") for line in lines] == [
        "logderiv/review/1", "logderiv/review/1", "logderiv/review/1", "logderiv/verdict/1", None, None, None,
        "logderiv/review/1"]
    assert lines[0]["input"] == {"id": "alice", "file": "alice.tex"}


def test_an_interrupted_folder_run_resumes_to_the_same_bytes(graded_class, monkeypatch):
    folder, _ = graded_class
    out = folder / "resumed.csv"
    record = Checkpoint.record

    def interrupted(self, row, outcome):
        record(self, row, outcome)
        if row == 2:
            raise KeyboardInterrupt  # a Ctrl-C once three rows are in the checkpoint

    monkeypatch.setattr(checkpoint_module.Checkpoint, "record", interrupted)
    stopped = _grade(folder, "--jobs", "1", "--out", str(out))
    assert stopped.exit_code == 3 and "--resume" in stopped.stderr
    assert not out.exists()
    lines = checkpoint_path(str(out)).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["key"] for line in lines[1:]] == ["alice.tex", "bob.md", "carol.ipynb"]
    monkeypatch.setattr(checkpoint_module.Checkpoint, "record", record)
    resumed = _grade(folder, "--jobs", "1", "--out", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert "resuming: 3 of 8 rows were graded before" in resumed.stderr
    assert out.read_bytes() == (folder / "whole.csv").read_bytes()
    assert not checkpoint_path(str(out)).exists()


def test_a_changed_folder_is_another_run(tmp_path):
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "a.txt").write_text("1/m * sum((h - y) x_j)\n")
    (tmp_path / "q.toml").write_text(QUESTION)
    out = tmp_path / "out.csv"
    checkpoint = Checkpoint(checkpoint_path(str(out)), checkpoint_module.fingerprint(
        [str(tmp_path / "class"), str(tmp_path / "q.toml")],
        {"format": "csv", "timeout": 10.0, "id": None, "answer": None}), resume=False, keys=["a.txt"])
    checkpoint.close(finished=False)
    (tmp_path / "class" / "b.txt").write_text("1/m * sum((y - h) x_j)\n")  # a late submission
    result = _grade(tmp_path, "--jobs", "1", "--out", str(out), "--resume")
    assert result.exit_code == 2 and "the checkpoint of another run" in result.stderr


def test_a_checkpoint_line_of_another_file_is_not_trusted(tmp_path):
    path = tmp_path / "c"
    checkpoint = Checkpoint(path, "run", resume=False, keys=["a.txt", "b.txt", "c.txt"])
    for row in range(3):
        checkpoint.record(row, Outcome(verdict="equivalent", method="symbolic"))
    checkpoint.close(finished=False)
    again = Checkpoint(path, "run", resume=True, keys=["a.txt", "b2.txt", "c.txt"])
    assert len(again.done) == 1  # b.txt's outcome is not b2.txt's: it and what follows are graded again
    again.close(finished=False)


def test_a_file_of_one_formula_is_an_answer_and_d_dtheta_j_j_equals_one_step_is_a_derivation(tmp_path):
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "named.txt").write_text("dJ/dtheta_j = sum((h - y) x_j)\n")  # 1/m left out
    (tmp_path / "class" / "notes.md").write_text("# Q1\n\nMy answer:\n\n$$\\frac{1}{m}\\sum_{i=1}^{m}"
                                                 "(y^{(i)} - h_\\theta(x^{(i)}))x_j^{(i)}$$\n")
    # check takes d/dtheta_j J as the cost's derivative's name since fixll29 (as dJ/dtheta_j): an answer, as named.txt
    (tmp_path / "class" / "stated.txt").write_text("d/dtheta_j J = 1/m * sum((h - y) x_j)\n")
    (tmp_path / "q.toml").write_text('cost = "logistic"\npoints = 4\nstep_points = 2\n[credit]\nfactor = 0.5\n'
                                     'sign = 0.25\n')
    result = _grade(tmp_path, "--jobs", "1")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    got = [(row["id"], row["verdict"], row["score"], row["max_score"], row["diagnosis"]) for row in rows]
    assert got == [("named", "different", "2", "4", "factor"),  # 4 × 0.5, as in a CSV
                   ("notes", "different", "1", "4", "sign"),  # 4 × 0.25; the display block judged
                   ("stated", "equivalent", "4", "4", "")]  # an answer, right: full marks
    assert "the display block at line 5 of notes.md" in rows[1]["notes"]


def test_a_derivation_out_of_time_is_undecided_with_no_score():
    """The whole file keeps to the time limit (here far too short to check seven steps): a person grades it."""
    question = question_from({"cost": "logistic", "points": 4, "step_points": 1})
    text = (WRITTEN / "logistic_align.tex").read_text(encoding="utf-8")
    outcome = judge_file(FileAnswer(text, "alice.tex"), question, timeout=0.001)
    assert outcome.verdict == "undecided" and "time limit" in outcome.reason
    assert score(outcome, question) is None and max_score(outcome, question) == 4


# --- reading the folder -------------------------------------------------------------------------------------------


def test_rows_are_the_files_in_sorted_path_order_with_their_paths_as_ids(tmp_path):
    for name in ("b.md", "a.tex", "sub/z.txt", "sub/a.ipynb", "a.txt", "notes.docx", "sub/.hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('{"cells": []}' if name.endswith(".ipynb") else "x\n")
    read = read_folder(tmp_path)
    assert [row.file for row in read.rows] == ["a.tex", "a.txt", "b.md", "sub/a.ipynb", "sub/z.txt"]
    assert [row.id for row in read.rows] == ["a", "a", "b", "sub/a", "sub/z"]
    assert [row.number for row in read.rows] == [1, 2, 3, 4, 5]
    assert read.skipped == ("notes.docx", "sub/.hidden.txt")
    # a notebook with no Markdown cell has no derivation: unreadable, with the reason
    assert read.rows[3].answer is None and "no Markdown cells" in read.rows[3].problem


def test_a_pipe_named_like_a_submission_is_skipped_not_read(tmp_path):
    """Reading a named pipe would wait for a writer forever: it is named as skipped, like a .pdf."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    (tmp_path / "a.txt").write_text("x\n")
    os.mkfifo(tmp_path / "b.txt")
    read = read_folder(tmp_path)
    assert [row.file for row in read.rows] == ["a.txt"] and read.skipped == ("b.txt",)


def test_a_folder_with_nothing_to_grade_is_refused_naming_what_it_holds(tmp_path):
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "scan.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"holds no \.txt, \.tex, \.md or \.ipynb file.*scan\.pdf"):
        read_folder(tmp_path / "class")
    (tmp_path / "q.toml").write_text(QUESTION)
    result = _grade(tmp_path)
    assert result.exit_code == 2 and "scan.pdf" in result.stderr


@pytest.mark.parametrize("option", ["--id", "--answer"])
def test_column_options_are_refused_for_a_folder(tmp_path, option):
    (tmp_path / "class").mkdir()
    (tmp_path / "q.toml").write_text(QUESTION)
    result = _grade(tmp_path, option, "student")
    assert result.exit_code == 2 and "is a folder" in result.stderr


# --- scoring and the question's step_points ----------------------------------------------------------------------


def _derivation(steps: int, valid: int, ending: str, line: str = "") -> Outcome:
    return Outcome(verdict="equivalent" if valid == steps and ending == "gradient" else "different",
                   method="numeric", steps=steps, valid_steps=valid, ending=ending, first_error_line=line)


@pytest.mark.parametrize(("outcome", "points", "out_of"), [
    (_derivation(6, 6, "gradient"), 4 + 6 * 0.5, 4 + 6 * 0.5),
    (_derivation(6, 4, "gradient", "3"), 4 + 4 * 0.5, 7),  # the last line right after two wrong steps
    (_derivation(6, 5, "wrong", "6"), 5 * 0.5, 7),  # no points for a last line that is not the gradient
    (_derivation(4, 4, "unfinished"), 4 * 0.25 + 4 * 0.5, 6),  # the unfinished share of the points
])
def test_a_derivation_earns_its_last_line_and_its_steps(outcome, points, out_of):
    question = question_from({"cost": "logistic", "points": 4, "step_points": 0.5, "credit": {"unfinished": 0.25}})
    assert score(outcome, question) == points
    assert max_score(outcome, question) == out_of


def test_an_undecided_derivation_has_no_score_and_an_answer_is_out_of_the_points():
    question = question_from({"cost": "logistic", "points": 4, "step_points": 0.5})
    assert score(Outcome(verdict="undecided", reason="the time limit"), question) is None
    assert max_score(Outcome(verdict="different", kinds=("sign",)), question) == 4


def test_derivation_feedback_names_the_line_and_the_questions_own_sentence():
    question = question_from({"cost": "logistic", "feedback": {"sign": "Watch the sign."}})
    outcome = Outcome(verdict="different", method="numeric", kinds=("sign",), messages=("the sign is flipped",),
                      steps=5, valid_steps=3, ending="gradient", first_error_line="cell 2, line 4")
    assert feedback(outcome, question) == ("3 of 5 steps hold. The first wrong step is at cell 2, line 4. "
                                           "Watch the sign. The last line is the gradient.")


@pytest.mark.parametrize(("line", "message"), [
    ("step_points = -1", "'step_points' must be a number, 0 or more"),
    ('step_points = "one"', "'step_points' must be a number"),
])
def test_step_points_are_validated_with_the_line(tmp_path, line, message):
    path = tmp_path / "q.toml"
    path.write_text(f'cost = "logistic"\n{line}\n')
    result = CliRunner().invoke(main, ["grade", str(tmp_path), "--question", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and "line 2" in result.stderr and line in result.stderr

"""logderiv grade --gradescope: one student's submission folder to Gradescope's results.json.

Scores are worked out by hand from the question files (points, credit) and
the answers' known verdicts (the spellings of tests/test_grade.py); the file
is validated against a schema written here from Gradescope's documentation.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from logderiv import cli
from logderiv.cli import main
from logderiv.grading import read_question
from logderiv.grading.gradescope import RESULTS, SUBMISSION, answer_rows, grade_submission
from logderiv.render.grades import gradescope_results

RIGHT = "1/m * sum((h - y) x_j)"
SIGN = "1/m * sum((y - h) x_j)"  # by hand: the sign flipped
ABS = "1/m * sum(|h - y| x_j)"  # read, but outside what logderiv handles: undecided
NUMPY = "X.T @ (sigmoid(X @ theta) - y) / m"  # right, read as NumPy (a note says so)

# Gradescope's autograder results.json, from its documentation, "Output format":
# https://gradescope-autograders.readthedocs.io/en/latest/specs/#output-format
# Top level: score (optional, but required if not on each test), execution_time (seconds), output,
# output_format / test_output_format / test_name_format (text, html, simple_format, md, ansi), visibility and
# stdout_visibility (hidden, after_due_date, after_published, visible), extra_data, tests, leaderboard.
# Each test: score (optional, but required if not on the top level), max_score, status (passed, failed), name,
# name_format, number, output, output_format, tags, visibility, extra_data. Nothing else is documented, so
# nothing else is allowed here: a field logderiv made up would fail.
_FORMATS = {"enum": ["text", "html", "simple_format", "md", "ansi"]}
_VISIBILITY = {"enum": ["hidden", "after_due_date", "after_published", "visible"]}
GRADESCOPE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "score": {"type": "number"},
        "execution_time": {"type": "number", "minimum": 0},
        "output": {"type": "string"},
        "output_format": _FORMATS, "test_output_format": _FORMATS, "test_name_format": _FORMATS,
        "visibility": _VISIBILITY, "stdout_visibility": _VISIBILITY,
        "extra_data": {"type": "object"},
        "leaderboard": {"type": "array", "items": {"type": "object", "required": ["name", "value"]}},
        "tests": {"type": "array", "items": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "score": {"type": "number"}, "max_score": {"type": "number"},
                "status": {"enum": ["passed", "failed"]},
                "name": {"type": "string"}, "name_format": _FORMATS, "number": {"type": ["string", "number"]},
                "output": {"type": "string"}, "output_format": _FORMATS,
                "tags": {"type": "array", "items": {"type": "string"}},
                "visibility": _VISIBILITY, "extra_data": {"type": "object"},
            },
        }},
    },
    # the score on the top level, or on every test
    "anyOf": [{"required": ["score"]},
              {"required": ["tests"], "properties": {"tests": {"items": {"required": ["score"]}}}}],
}


def _questions(tmp_path, *specs):
    """Question files q1.toml, q2.toml, … each (points, credit for sign) and titled when a title is given."""
    paths = []
    for index, (points, sign, title) in enumerate(specs, 1):
        path = tmp_path / f"q{index}.toml"
        path.write_text((f'title = "{title}"\n' if title else "") + f'cost = "logistic"\npoints = {points}\n'
                        f"[credit]\nsign = {sign}\n")
        paths.append(path)
    return paths


def _folder(tmp_path, files):
    folder = tmp_path / "submission"
    folder.mkdir(parents=True)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return folder


def _results(folder, paths):
    questions = [read_question(path) for path in paths]
    data = json.loads(gradescope_results(grade_submission(folder, questions, jobs=None, timeout=10)))
    jsonschema.Draft202012Validator(GRADESCOPE_SCHEMA).validate(data)
    return data


def test_one_test_per_question_scored_by_hand(tmp_path):
    paths = _questions(tmp_path, (4, 0.25, "Q1: logistic"), (2, 0.5, ""), (3, 0.5, ""))
    folder = _folder(tmp_path, {"q1.txt": SIGN + "\n", "sub/q2.tex": RIGHT, "notes.pdf": "x"})
    data = _results(folder, paths)
    q1, q2, q3 = data["tests"]
    # q1: the sign flipped, 4 × 0.25; q2: right, its 2 points; q3: no file, 0
    assert (q1["name"], q1["score"], q1["max_score"], q1["status"]) == ("Q1: logistic", 1.0, 4.0, "failed")
    assert q1["output"].startswith("The sign is flipped")
    assert (q2["name"], q2["score"], q2["max_score"], q2["status"]) == ("q2", 2.0, 2.0, "passed")
    assert (q3["name"], q3["score"], q3["max_score"], q3["status"]) == ("q3", 0.0, 3.0, "failed")
    assert "no answer to q3: submit it as q3.txt or q3.tex or q3.md" in q3["output"]
    assert "q1.txt, sub/q2.tex" in q3["output"]  # what the student did submit, to find the mistake
    assert data["score"] == 3.0  # 1 + 2 + 0
    assert all(test["visibility"] == "visible" and test["output_format"] == "text" for test in data["tests"])


def test_with_one_question_the_one_answer_file_is_the_answer_whatever_its_name(tmp_path):
    [path] = _questions(tmp_path, (4, 0.25, ""))
    data = _results(_folder(tmp_path, {"my answer.md": RIGHT}), [path])
    assert data["tests"][0]["score"] == 4.0 and data["score"] == 4.0


def test_two_files_that_could_be_the_answer_are_never_chosen_between(tmp_path):
    [path] = _questions(tmp_path, (4, 0.25, ""))
    data = _results(_folder(tmp_path, {"a.txt": RIGHT, "b.txt": SIGN}), [path])
    test = data["tests"][0]
    assert test["score"] == 0.0 and "2 files could be the answer to q1 (a.txt, b.txt)" in test["output"]
    data = _results(_folder(tmp_path / "x", {"q1.txt": RIGHT, "q1.tex": SIGN}), [path])
    assert "which one is meant cannot be told" in data["tests"][0]["output"]


def test_an_undecided_answer_has_no_score_and_the_student_is_told(tmp_path):
    paths = _questions(tmp_path, (4, 0.25, ""), (2, 0.5, "Q2"))
    data = _results(_folder(tmp_path, {"q1.txt": RIGHT, "q2.txt": ABS}), paths)
    q1, q2 = data["tests"]
    assert q1["score"] == 4.0 and "score" not in q2 and "status" not in q2 and q2["max_score"] == 2.0
    assert data["score"] == 4.0  # the top level carries the score, as the format requires when a test has none
    assert "a person will grade it: Q2" in data["output"]


def test_the_readings_and_the_caret_reach_the_student(tmp_path):
    paths = _questions(tmp_path, (4, 0.25, ""), (2, 0.5, ""))
    data = _results(_folder(tmp_path, {"q1.txt": NUMPY, "q2.txt": "1/m * sum((h - y) x_j"}), paths)
    q1, q2 = data["tests"]
    assert q1["score"] == 4.0 and "How your answer was read:\n- read as NumPy: A.T is the transpose Aᵀ" in q1["output"]
    assert "  1/m * sum((h - y) x_j\n           ^" in q2["output"] and q2["score"] == 0.0


def test_an_answer_that_is_not_utf8_is_unreadable_not_a_crash(tmp_path):
    [path] = _questions(tmp_path, (4, 0.25, ""))
    data = _results(_folder(tmp_path, {"q1.txt": b"1/m \xff"}), [path])
    assert data["tests"][0]["score"] == 0.0 and "is not UTF-8 text (byte 4)" in data["tests"][0]["output"]


def test_hidden_files_are_not_answers(tmp_path):
    folder = _folder(tmp_path, {".git/q1.txt": SIGN, "q1.txt": RIGHT})
    [row] = answer_rows(folder, [read_question(_questions(tmp_path, (4, 0.25, ""))[0])])
    assert row.answer == RIGHT and row.fields["file"] == "q1.txt"


def test_the_same_submission_gives_the_same_bytes(tmp_path):
    paths = _questions(tmp_path, (4, 0.25, ""))
    folder = _folder(tmp_path, {"q1.txt": SIGN})
    questions = [read_question(path) for path in paths]
    first = gradescope_results(grade_submission(folder, questions, jobs=None, timeout=10))
    assert gradescope_results(grade_submission(folder, questions, jobs=None, timeout=10)) == first


def test_the_command_writes_results_json_where_told(tmp_path):
    paths = _questions(tmp_path, (4, 0.25, ""), (2, 0.5, ""))
    folder = _folder(tmp_path, {"q1.txt": SIGN, "q2.txt": RIGHT})
    out = tmp_path / "results" / "results.json"
    out.parent.mkdir()
    args = ["grade", "--gradescope", str(folder), "--out", str(out), "--jobs", "1"]
    result = CliRunner().invoke(main, [*args, "--question", str(paths[0]), "--question", str(paths[1])])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    jsonschema.Draft202012Validator(GRADESCOPE_SCHEMA).validate(data)
    assert [test["score"] for test in data["tests"]] == [1.0, 2.0] and data["score"] == 3.0


def test_the_container_paths_are_gradescopes():
    assert (SUBMISSION, RESULTS) == ("/autograder/submission", "/autograder/results/results.json")
    assert (cli._GRADESCOPE_IN, cli._GRADESCOPE_OUT) == (SUBMISSION, RESULTS)  # the copy --help shows


@pytest.mark.parametrize("args, message", [
    (["-f", "gradescope", "FILE"], "grades one student's submission folder"),
    (["--gradescope", "-f", "csv", "FOLDER"], "--gradescope writes Gradescope's results.json, not csv"),
    (["--gradescope", "FOLDER", "--report", "r.md"], "--report sums up a class"),
    (["--gradescope"], "the submission folder /autograder/submission does not exist"),
])
def test_what_gradescope_cannot_do_is_refused(tmp_path, args, message):
    [path] = _questions(tmp_path, (4, 0.25, ""))
    folder = _folder(tmp_path, {"q1.txt": RIGHT})
    answers = tmp_path / "a.csv"
    answers.write_text(f"id,answer\ns1,{RIGHT}\n")
    args = [{"FILE": str(answers), "FOLDER": str(folder)}.get(arg, arg) for arg in args]
    result = CliRunner().invoke(main, ["grade", *args, "--question", str(path), "--jobs", "1",
                                       "--out", str(tmp_path / "results.json")])
    assert result.exit_code == 2 and message in result.output, result.output
    assert not (tmp_path / "results.json").exists()

"""logderiv grade: submissions read whatever the export, every row out once in order, questions validated.

Expected verdicts and scores are worked out by hand (the class below takes its
verdicts from the corpus's hand-worked ones), never copied from logderiv's output.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.grading import EXAMPLE, grade, graded, read_question, read_submissions
from logderiv.grading.judging import same_answer
from logderiv.grading.question import question_from
from logderiv.render.errors import render_error

RIGHT = "1/m * sum((h - y) x_j)"
SIGN = "1/m * sum((y - h) x_j)"  # by hand: the sign flipped
NO_M = "sum((h - y) x_j)"  # by hand: the factor 1/m left out

QUESTION = """\
cost = "logistic"
points = 4

[credit]
sign = 0.25
factor = 0.5
log-likelihood = 0.5
"""


@pytest.fixture
def question(tmp_path):
    path = tmp_path / "q.toml"
    path.write_text(QUESTION)
    return path


def _graded(path, question, **options):
    submissions = read_submissions(path, **options)
    return submissions, list(graded(submissions.rows, read_question(question), jobs=None, timeout=10))


# --- reading submissions ----------------------------------------------------------------------


def test_a_semicolon_export_with_bom_crlf_and_a_multiline_cell(tmp_path, question):
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeffstudent;answer;comment\r\ns1;1/m * sum((h - y) x_j);ok\r\n"
                     's2;"1/m *\r\n sum((y - h) x_j)";two lines\r\ns3;sum((h - y) x_j);\r\n'.encode())
    submissions, grades = _graded(path, question)
    assert submissions.delimiter == ";" and submissions.bom
    assert submissions.columns == ("student", "answer", "comment")
    assert [row.id for row in submissions.rows] == ["s1", "s2", "s3"]
    assert submissions.rows[1].answer == "1/m *\r\n sum((y - h) x_j)"
    assert [row.line for row in submissions.rows] == [2, 3, 5]
    assert [(grade.verdict, grade.score) for grade in grades] == [("equivalent", 4), ("different", 1.0),
                                                                  ("different", 2.0)]


def test_a_ragged_row_is_graded_unreadable_with_its_row_number(tmp_path, question):
    path = tmp_path / "a.csv"
    path.write_text(f"id,answer\ns1,{RIGHT}\ns2,a,b\ns3\ns4,{NO_M}\n")
    _, grades = _graded(path, question)
    assert [grade.verdict for grade in grades] == ["equivalent", "unreadable", "unreadable", "different"]
    assert grades[1].outcome.reason == "row 2 (line 3) has 3 cells where the header has 2"
    assert grades[2].outcome.reason == "row 3 (line 4) has 1 cells where the header has 2"
    assert grades[1].score == 0 and grades[1].row.fields == {"id": "s2", "answer": "a"}


def test_bad_jsonl_lines_are_rows_graded_unreadable(tmp_path, question):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "s1", "response": RIGHT}) + "\n{not json\n\n[1, 2]\n"
                    + json.dumps({"id": "s4", "response": 3}) + "\n" + json.dumps({"id": "s5", "response": SIGN}))
    submissions, grades = _graded(path, question)
    assert submissions.answer_column == "response"
    assert [grade.verdict for grade in grades] == ["equivalent", "unreadable", "unreadable", "unreadable",
                                                   "different"]
    assert grades[1].outcome.reason.startswith("row 2 (line 2) is not JSON")
    assert grades[2].outcome.reason == "row 3 (line 4) is JSON but not an object (list)"
    assert grades[3].outcome.reason == "row 4 (line 5): the answer is int, not text"


def test_bytes_that_are_not_utf8_make_their_row_unreadable(tmp_path, question):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,answer\ns1,1/m * sum((h - y) x_j)\ns2,caf\xe9\n")
    _, grades = _graded(path, question)
    assert [grade.verdict for grade in grades] == ["equivalent", "unreadable"]
    assert grades[1].outcome.reason == "row 2 (line 3) holds bytes that are not UTF-8"


@pytest.mark.parametrize("text, message", [
    ("id;answer,x\ns1;a,b\n", "equally often"),
    ("id,text\ns1,a\n", "no column is named like 'answer'"),
    ("id,answer,score\ns1,a,3\n", "already have a column 'score'"),
    ("id,answer,answer\ns1,a,b\n", "appears twice"),
    ("", "no header"),
])
def test_a_file_that_cannot_be_read_as_a_table_is_refused(tmp_path, text, message):
    path = tmp_path / "a.csv"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        read_submissions(path)


def test_columns_chosen_by_name(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("name,email,q1_answer\nAda,a@x,x\n")
    assert read_submissions(path).answer_column == "q1_answer"
    chosen = read_submissions(path, id_column="email", answer_column="q1_answer")
    assert chosen.rows[0].id == "a@x"
    with pytest.raises(InputError, match="--answer q2: there is no such column"):
        read_submissions(path, answer_column="q2")


def test_meaningless_whitespace_only_makes_answers_the_same():
    assert same_answer("  1/m *  sum((h -\ty) x_j)  \r\n") == same_answer("1/m * sum((h - y) x_j)")
    assert same_answer("x y") != same_answer("xy")  # juxtaposition: the space is meaningful
    assert same_answer("def g():\n    return 1") != same_answer("def g():\n return 1")  # indentation kept
    assert same_answer("  def g():\n      return 1") == same_answer("def g():\n    return 1")  # shared: not
    assert same_answer("a = x \\  \n+ y") != same_answer("a = x \\\n+ y")  # a backslash continues only at the end


def test_identical_answers_are_judged_once(tmp_path, question):
    calls = []

    def counting(answer, question, *, timeout, full=False):
        from logderiv.grading.judging import judge

        calls.append(answer)
        return judge(answer, question, timeout=timeout, full=full)

    rows = read_submissions(_write(tmp_path, [RIGHT, SIGN, RIGHT + "  ", "1/m *  sum((h - y) x_j)", SIGN])).rows
    grades = list(graded(rows, read_question(question), jobs=None, timeout=10, judge_one=counting))
    assert calls == [RIGHT, SIGN]
    assert [grade.score for grade in grades] == [4, 1.0, 4, 4, 1.0]


def _write(tmp_path, answers, name="a.csv"):
    path = tmp_path / name
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "answer"])
    writer.writerows([f"s{number}", text] for number, text in enumerate(answers, 1))
    path.write_text(out.getvalue())
    return path


# --- the question file ------------------------------------------------------------------------


def _error(tmp_path, text) -> str:
    path = tmp_path / "q.toml"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        read_question(path)
    return render_error(caught.value)


def test_an_unknown_key_is_named_with_its_line_and_a_suggestion(tmp_path):
    shown = _error(tmp_path, 'cost = "logistic"\npionts = 3\n')
    assert "q.toml, line 2: pionts): unknown key 'pionts'" in shown
    assert "  pionts = 3\n  ^\n" in shown and "did you mean 'points'?" in shown


def test_a_value_of_the_wrong_type(tmp_path):
    shown = _error(tmp_path, 'cost = "logistic"\npoints = "ten"\n')
    assert "line 2: points): 'points' must be a number" in shown


def test_credit_must_be_a_share_of_a_known_kind(tmp_path):
    assert "line 3: sign): the credit for 'sign' must be a share" in _error(tmp_path, 'cost = "logistic"\n[credit]\n'
                                                                                    "sign = 2\n")
    shown = _error(tmp_path, 'cost = "logistic"\n[credit]\nsing = 0.5\n')
    assert "line 3: sing): 'sing' is not a diagnosis kind" in shown and "did you mean 'sign'?" in shown


def test_invalid_toml_is_shown_at_its_line_and_column(tmp_path):
    shown = _error(tmp_path, 'cost = "logistic"\npoints = \n')
    assert "(in " in shown and "q.toml, line 2): not valid TOML: Invalid value" in shown
    assert "  points = \n           ^\n" in shown  # tomllib's column 10, the caret under it (after the 2 spaces)


def test_a_cost_that_cannot_be_read_points_at_its_line(tmp_path):
    shown = _error(tmp_path, 'title = "Q"\ncost = "1/m * sum(lgo(h))"\n')
    assert "q.toml, line 2: cost): unknown function 'lgo'" in shown
    assert "  1/m * sum(lgo(h))\n            ^\n" in shown


def test_a_question_needs_a_cost(tmp_path):
    assert "the question has no cost" in _error(tmp_path, "points = 1\n")


def test_the_init_example_is_a_valid_question(tmp_path):
    path = tmp_path / "q.toml"
    path.write_text(EXAMPLE)
    question = read_question(path)
    assert (question.cost, question.points, question.credit["factor"]) == ("logistic", 10, 0.5)


def test_grade_init_writes_the_example_and_never_overwrites(tmp_path):
    path = tmp_path / "q.toml"
    runner = CliRunner()
    assert runner.invoke(main, ["grade", "--init", "--question", str(path)]).exit_code == 0
    assert path.read_text() == EXAMPLE
    again = runner.invoke(main, ["grade", "--init", "--question", str(path)])
    assert again.exit_code == 2 and "exists" in again.output


def test_a_bad_question_file_exits_2(tmp_path):
    submissions = _write(tmp_path, [RIGHT])
    path = tmp_path / "q.toml"
    path.write_text('cost = "logistic"\nwrtt = "theta_j"\n')
    result = CliRunner().invoke(main, ["grade", str(submissions), "--question", str(path)])
    assert result.exit_code == 2 and "line 2: wrtt): unknown key 'wrtt'" in result.output


# --- scores, feedback, the Python API -----------------------------------------------------------


def test_several_mistakes_earn_the_product_of_their_credit():
    from logderiv.grading.judging import Outcome, score

    question = question_from({"cost": "logistic", "points": 8, "credit": {"sign": 0.25, "factor": 0.5}})
    assert score(Outcome("different", kinds=("sign", "factor")), question) == 1.0  # 8 × 0.25 × 0.5
    assert score(Outcome("different", kinds=("sign", "other")), question) == 0.0  # other: no credit listed
    assert score(Outcome("different"), question) == 0.0
    assert score(Outcome("undecided"), question) is None


def test_the_question_s_feedback_replaces_the_diagnosis_sentence(question):
    own = question_from({"cost": "logistic", "feedback": {"sign": "Mind the sign", "equivalent": "Well done!"}})
    grades = list(grade([{"id": "a", "answer": SIGN}, {"id": "b", "answer": RIGHT}], own))
    assert grades[0].feedback.startswith("Mind the sign. For example, at m = ")
    assert grades[1].feedback == "Well done!"


def test_every_reading_is_said_in_the_notes_of_each_format(tmp_path, question):
    path = _write(tmp_path, ["X.T @ (sigmoid(X @ theta) - y) / m"])
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["grade", str(path), "--question", str(question), "--out", str(out),
                                       "--jobs", "1"])
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(out.read_text())))
    assert row["verdict"] == "equivalent" and "read as NumPy: A.T is the transpose Aᵀ" in row["notes"]
    jsonl = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["grade", str(path), "--question", str(question), "--out", str(jsonl), "--jobs", "1"])
    line = json.loads(jsonl.read_text())
    assert "read as NumPy: A.T is the transpose Aᵀ" in line["notes"]
    assert line["check"]["schema"] == "logderiv/verdict/1" and line["check"]["notes"] == line["notes"]

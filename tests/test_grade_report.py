"""logderiv grade --report: a class's grades summed up for the lecturer, as Markdown or HTML.

The class below is built by hand (rows, verdicts, kinds, scores), so every
count, bin and share is worked out here from the list, not read off the
report; one test runs real answers through check, with verdicts known by hand
(the spellings of tests/test_grade.py).
"""

from __future__ import annotations

import html
import re

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.grading import Grade, Row
from logderiv.grading.judging import Outcome
from logderiv.grading.question import question_from
from logderiv.grading.report import UNDIAGNOSED, summarise
from logderiv.render.report import report_html, report_markdown

RIGHT = "1/m * sum((h - y) x_j)"
SIGN = "1/m * sum((y - h) x_j)"  # by hand: the sign flipped
NO_M = "sum((h - y) x_j)"  # by hand: the factor 1/m left out
READ = "read as NumPy: A.T is the transpose Aᵀ"
NASTY = "G | `x` ``y``\n<b>bold</b> $a$ *b*"  # what would break a table or turn into markup
SCRIPT_ID = "<script>alert(1)</script>|x"


def _question(points=10):
    return question_from({"cost": "logistic", "points": points, "credit": {"sign": 0.25, "factor": 0.5}})


def _grade(number, student, answer, verdict, score, kinds=(), notes=(), reason=""):
    outcome = Outcome(verdict=verdict, kinds=tuple(kinds), messages=tuple(f"says {kind}" for kind in kinds),
                      notes=tuple(notes), reason=reason)
    row = Row(number, {"id": student, "answer": answer or ""}, answer, student, "", number + 1)
    return Grade(row, outcome, score, 10.0, "")


#: ten rows, points 10, credit sign 0.25, factor 0.5: the scores are the question's, worked by hand
CLASS = [
    _grade(1, "stud-001", "A", "equivalent", 10.0),
    _grade(2, "stud-002", "B", "different", 2.5, ["sign"]),
    _grade(3, "stud-003", "B  ", "different", 2.5, ["sign"]),  # the same answer as row 2, up to spaces
    _grade(4, "stud-004", "C", "different", 1.25, ["sign", "factor"]),  # 10 × 0.25 × 0.5
    _grade(5, "stud-005", "D", "different", 5.0, ["factor"]),
    _grade(6, "stud-006", None, "unreadable", 0.0, reason="row 6 (line 7) has 3 cells where the header has 2"),
    _grade(7, SCRIPT_ID, "E", "undecided", None, reason="the time limit of 10 s was reached"),
    _grade(8, "stud-008", "F", "different", 0.0),  # different, with no diagnosis
    _grade(9, "stud-009", NASTY, "different", 0.0, ["extra-term"], notes=[READ]),
    _grade(10, "stud-010", "A", "equivalent", 10.0, notes=[READ]),
]


def test_the_counts_bins_and_shares_of_a_hand_built_class():
    report = summarise(CLASS, _question())
    assert report.rows == 10
    assert dict(report.counts) == {"equivalent": 2, "different": 6, "undecided": 1, "unreadable": 1}
    assert report.mean == pytest.approx((10 + 2.5 + 2.5 + 1.25 + 5 + 0 + 0 + 0 + 10) / 9)
    # bins of 1 point: [0,1) holds the three 0s, [1,2) the 1.25, [2,3) both 2.5s, [5,6) the 5, [9,10] both 10s
    assert [item.rows for item in report.bins] == [3, 1, 2, 0, 0, 1, 0, 0, 0, 2]
    assert [(item.low, item.high) for item in report.bins] == [(float(k), float(k + 1)) for k in range(10)]
    assert report.unscored == 1
    # sign: rows 2, 3, 4; factor: 4, 5; extra-term: 9; no diagnosis: 8 (ties in the kinds' order, this last)
    assert [(item.kind, item.rows) for item in report.mistakes] == [
        ("sign", 3), ("factor", 2), ("extra-term", 1), (UNDIAGNOSED, 1)]
    sign = report.mistakes[0]
    assert sign.example == "B" and sign.message == "says sign"  # written twice (rows 2, 3), C once
    assert report.mistakes[2].notes == (READ,)
    assert [(item.row, item.verdict) for item in report.follow_up] == [(6, "unreadable"), (7, "undecided")]
    assert report.follow_up[1].id == SCRIPT_ID
    assert report.readings == ((READ, 2),)


def test_a_score_on_a_bins_edge_falls_in_the_bin_it_opens():
    """0.3 / 0.1 is 2.9999999999999996 in floats: the bins are counted in exact fractions."""
    question = _question(points=1)
    grades = [_grade(1, "a", "x", "different", 0.3, ["sign"]), _grade(2, "b", "y", "different", 0.7, ["sign"]),
              _grade(3, "c", "z", "equivalent", 1.0)]
    bins = summarise(grades, question).bins
    assert [item.rows for item in bins] == [0, 0, 0, 1, 0, 0, 0, 1, 0, 1]
    assert (bins[3].low, bins[3].high) == (pytest.approx(0.3), pytest.approx(0.4))


def _cells(line: str) -> list[str]:
    """A GFM table row split at the pipes no backslash escapes (as GitHub splits it)."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    following = text.find("\n## ", start + 1)
    return text[start: following if following >= 0 else len(text)]


def test_markdown_shows_the_numbers_and_keeps_every_table_whole():
    text = report_markdown(summarise(CLASS, _question()))
    assert "| equivalent | 2 | 20.0% |" in text and "| unreadable | 1 | 10.0% |" in text
    assert "| all | 10 | 100.0% |" in text
    assert "| sign | 3 | 30.0% |" in text and "| factor | 2 | 20.0% |" in text
    assert "| no score (undecided) | 1 | 10.0% |" in text
    for line in text.splitlines():  # every row of a table has as many cells as its header
        if line.startswith("|"):
            if line.startswith(("| verdict", "| score", "| mistake", "| row", "| reading")):  # a header
                width = len(_cells(line))
            assert len(_cells(line)) == width, line
    mistakes = _section(text, "## Most common mistakes")
    nasty = next(line for line in mistakes.splitlines() if line.startswith("| extra-term"))
    # the answer's two lines as two code spans, each fenced past its longest run of backticks, its | escaped
    assert "``` G \\| `x` ``y`` ```<br>`<b>bold</b> $a$ *b*`" in nasty
    assert READ in nasty
    follow = _section(text, "## To follow up")
    assert "\\<script\\>alert\\(1\\)" not in follow  # ( is not markup: only what is
    assert "\\<script\\>alert(1)\\</script\\>\\|x" in follow


def test_no_student_is_named_beside_a_mistake():
    text = report_markdown(summarise(CLASS, _question()))
    mistakes = _section(text, "## Most common mistakes")
    assert not any(f"stud-00{k}" in mistakes for k in range(1, 10))
    assert "stud-006" in _section(text, "## To follow up")  # the rows to follow up are named: someone must look


def test_html_escapes_every_piece_of_student_text():
    text = report_html(summarise(CLASS, _question()))
    assert "<script>" not in text and "<b>bold" not in text
    assert html.escape(SCRIPT_ID) in text
    assert f"<code>{html.escape(NASTY)}</code>" in text
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert '<td class="n">3</td><td class="n">30.0%</td>' in text  # sign: 3 rows, 30%


def test_invisible_characters_are_shown_not_obeyed():
    grades = [_grade(1, "s\u202eevil", "1/m \u202e x", "different", 0.0, ["sign"])]
    grades.append(_grade(2, "t\x1b[2J", None, "unreadable", 0.0, reason="bad"))
    for text in (report_markdown(summarise(grades, _question())), report_html(summarise(grades, _question()))):
        assert "\u202e" not in text and "\x1b" not in text
        assert "U+202E" in text


def test_the_same_grades_give_the_same_bytes():
    first = summarise(CLASS, _question())
    again = summarise(list(CLASS), _question())
    assert report_markdown(first) == report_markdown(again)
    assert report_html(first) == report_html(again)


def test_an_empty_class_and_a_class_with_no_mistakes_still_make_a_report():
    empty = report_markdown(summarise([], _question()))
    assert "0 rows graded" in empty and "No row has a score." in empty
    right = report_markdown(summarise([CLASS[0]], _question()))
    assert "No answer was different from the gradient." in right
    assert "None: every row was graded automatically." in right
    assert "Every answer was read literally." in right


# --- from the command line, with real answers --------------------------------------------------

QUESTION = """\
title = "Q1"
cost = "logistic"
points = 4

[credit]
sign = 0.25
"""


def test_grade_writes_the_report_of_real_answers(tmp_path):
    question = tmp_path / "q.toml"
    question.write_text(QUESTION)
    answers = tmp_path / "a.csv"
    rows = [("s1", RIGHT), ("s2", SIGN), ("s3", SIGN), ("s4", NO_M), ("s5", "1/m * sum((h - y) x_j"), ("s6", "")]
    answers.write_text("id,answer\n" + "".join(f'{student},"{answer}"\n' for student, answer in rows))
    markdown, page = tmp_path / "r.md", tmp_path / "r.html"
    for report in (markdown, page):
        result = CliRunner().invoke(main, ["grade", str(answers), "--question", str(question), "--jobs", "1",
                                           "--out", str(tmp_path / "out.csv"), "--report", str(report)])
        assert result.exit_code == 0, result.output
    text = markdown.read_text(encoding="utf-8")
    # by hand: RIGHT 4 points; SIGN twice, 4 × 0.25 = 1; NO_M 0 (factor has no credit); two unreadable, 0
    assert "| equivalent | 1 | 16.7% |" in text and "| different | 3 | 50.0% |" in text
    assert "| unreadable | 2 | 33.3% |" in text and "| undecided | 0 | 0.0% |" in text
    assert "| \\[0, 0.4) | 3 | 50.0% |" in text and "| \\[0.8, 1.2) | 2 | 33.3% |" in text
    assert "| \\[3.6, 4\\] | 1 | 16.7% |" in text
    assert f"| sign | 2 | 33.3% | `{SIGN}` |" in text and f"| factor | 1 | 16.7% | `{NO_M}` |" in text
    assert "| 5 | 6 | s5 | unreadable |" in text and "| 6 | 7 | s6 | unreadable | the answer is empty |" in text
    assert "<h1>Class report: Q1</h1>" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--report", "r.txt"], "the report is Markdown (.md) or HTML (.html)"),
    # two questions are a wide export (tests/test_grade_columns.py): each needs its --answer column
    (["--question", "q2.toml"], "0 --answer columns and 2 --question files"),
])
def test_options_grade_cannot_honour_are_refused_before_grading(tmp_path, args, message):
    question = tmp_path / "q.toml"
    question.write_text(QUESTION)
    answers = tmp_path / "a.csv"
    answers.write_text(f"id,answer\ns1,{RIGHT}\n")
    result = CliRunner().invoke(main, ["grade", str(answers), "--question", str(question), *args],
                                catch_exceptions=False)
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "r.txt").exists()


def test_a_folder_with_no_submission_file_is_refused_naming_what_it_holds(tmp_path):
    """A folder is one file per student (tests/test_grade_folder.py); here only the question file is in it."""
    question = tmp_path / "q.toml"
    question.write_text(QUESTION)
    result = CliRunner().invoke(main, ["grade", str(tmp_path), "--question", str(question)])
    assert result.exit_code == 2 and "holds no .txt, .tex, .md or .ipynb file" in result.output
    assert "q.toml" in result.output

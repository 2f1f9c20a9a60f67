"""Graded rows (:class:`~logderiv.records.grading.Grade`) as CSV or JSONL, and the run's summary as a rich table. Pure.

CSV: the input's columns as read, then :data:`~logderiv.records.grading.OUTPUT_COLUMNS`.
JSONL: one object per row, with the full verdict JSON (``logderiv/verdict/1``;
a written derivation's review, ``logderiv/review/1``) under ``check``. A wide
export (one answer column per question, :class:`~logderiv.records.grading.RowGrades`):
CSV, the input's columns, then each question's columns prefixed by its answer
column's name, then the totals; JSONL, one object per row with a list of its
questions' grades (``logderiv/grade-row/1``). The
user's text is written as it is: these are files, not a terminal (the summary,
for a terminal, is escaped by :mod:`logderiv.console`).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..records.grading import OUTCOMES, OUTPUT_COLUMNS, UNDECODABLE, wide_columns

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import RenderableType

    from ..records.grading import Grade, Question, Row, RowGrades, Submissions

__all__ = ["GRADES_SCHEMA_ID", "ROW_GRADES_SCHEMA_ID", "csv_header", "csv_line", "jsonl_line", "wide_csv_header",
           "wide_csv_line", "wide_jsonl_line", "gradescope_results", "summary_table", "number"]

#: the value of each JSONL line's ``schema`` field
GRADES_SCHEMA_ID = "logderiv/grade/1"
#: the same, for a wide export's line: a row with one grade per answer column
ROW_GRADES_SCHEMA_ID = "logderiv/grade-row/1"


def number(value: float | None) -> str:
    """A score as a spreadsheet reads it: ``10``, ``2.5``; empty for none (undecided)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(round(value, 6))


def csv_header(submissions: Submissions) -> str:
    return _csv((*submissions.columns, *OUTPUT_COLUMNS), submissions.delimiter)


def csv_line(grade: Grade, submissions: Submissions) -> str:
    cells = [_cell(grade.row.fields.get(column)) for column in submissions.columns]
    return _csv(cells + _graded_cells(grade), submissions.delimiter)


def wide_csv_header(submissions: Submissions, answer_columns: Sequence[str]) -> str:
    """A wide export's header: the input's columns, ``q1_verdict`` … ``q1_error``, ``q2_verdict`` …, the totals."""
    return _csv((*submissions.columns, *wide_columns(answer_columns)), submissions.delimiter)


def wide_csv_line(row_grades: RowGrades, submissions: Submissions) -> str:
    cells = [_cell(row_grades.row.fields.get(column)) for column in submissions.columns]
    for grade in row_grades.grades:
        cells += _graded_cells(grade)
    cells += [number(row_grades.total_score), number(row_grades.total_max_score)]
    return _csv(cells, submissions.delimiter)


def _graded_cells(grade: Grade) -> list[str]:
    outcome = grade.outcome
    return [outcome.verdict, number(grade.score), number(grade.max_score), outcome.method or "",
            ";".join(dict.fromkeys(outcome.kinds)), grade.feedback, "\n".join(outcome.notes),
            outcome.first_error_line, outcome.error.rstrip("\n")]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _no_surrogates(value)
    return json.dumps(value, ensure_ascii=False)


def _no_surrogates(text: str) -> str:
    """Bytes that were not UTF-8 (kept as lone surrogates on reading) written as U+FFFD: the output is UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8") if UNDECODABLE.search(text) else text


def _csv(cells: Iterable[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(list(cells))
    return out.getvalue()


def jsonl_line(grade: Grade) -> str:
    data = {"schema": GRADES_SCHEMA_ID, **_row_data(grade.row), **_grade_data(grade)}
    return json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n"


def wide_jsonl_line(row_grades: RowGrades) -> str:
    """A wide export's row: its cells once, then per answer column (in order) what grading it gave, then the totals."""
    questions = [{"answer_column": column, **_grade_data(grade)}
                 for column, grade in zip(row_grades.columns, row_grades.grades)]
    data = {"schema": ROW_GRADES_SCHEMA_ID, **_row_data(row_grades.row), "questions": questions,
            "total_score": row_grades.total_score, "total_max_score": row_grades.total_max_score}
    return json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n"


def _row_data(row: Row) -> dict[str, object]:
    return {"row": row.number, "line": row.line, "id": _no_surrogates(row.id),
            "input": {key: _no_surrogates(value) if isinstance(value, str) else value
                      for key, value in row.fields.items()}}


def _grade_data(grade: Grade) -> dict[str, object]:
    outcome = grade.outcome
    return {
        "verdict": outcome.verdict,
        "score": grade.score,
        "max_score": grade.max_score,
        "method": outcome.method,
        "diagnosis": list(dict.fromkeys(outcome.kinds)),
        "feedback": grade.feedback,
        "notes": list(outcome.notes),
        "first_error_line": _line(outcome.first_error_line),
        "error": outcome.error.rstrip("\n") or None,
        "check": outcome.data,
    }


def _line(where: str) -> int | str | None:
    """A derivation's first wrong line for JSON: a number in a file, ``cell 3, line 6`` in a notebook, else null."""
    return int(where) if where.isdigit() else where or None


def gradescope_results(graded: Sequence[tuple[Question, Grade]]) -> str:
    """Gradescope's autograder ``results.json``: one test per question, scored, with the student's feedback.

    The documented format (https://gradescope-autograders.readthedocs.io/en/latest/specs/#output-format):
    a test's ``output`` is plain ``text``, so nothing a student wrote is read as HTML or Markdown. An
    undecided answer's test has no ``score`` (a person grades it; the top-level ``score``, always given, counts
    the others, and its ``output`` says so). No ``execution_time``: the file is the same for the same submission.
    """
    tests = [_gradescope_test(question, grade) for question, grade in graded]
    total = sum(grade.score for _, grade in graded if grade.score is not None)
    possible = sum(grade.max_score for _, grade in graded)
    output = f"Graded by logderiv: {number(total)} of {number(possible)} points."
    waiting = [test["name"] for test, (_, grade) in zip(tests, graded) if grade.score is None]
    if waiting:
        output += (f" Not graded automatically, a person will grade it: {', '.join(waiting)}; until then the score "
                   "counts only the other questions.")
    data = {"score": total, "output": output, "output_format": "text", "stdout_visibility": "hidden",
            "tests": tests}
    return json.dumps(data, ensure_ascii=True, indent=2) + "\n"


def _gradescope_test(question: Question, grade: Grade) -> dict[str, Any]:
    outcome = grade.outcome
    parts = [grade.feedback]
    if outcome.notes:
        parts.append("How your answer was read:\n" + "\n".join(f"- {note}" for note in outcome.notes))
    error = outcome.error.rstrip("\n")
    if "\n" in error:  # the answer shown with a caret under the place it could not be read
        parts.append(error)
    test = {"name": _no_surrogates(question.title or str(grade.row.fields.get("question", ""))),
            "max_score": grade.max_score, "output": _no_surrogates("\n\n".join(parts)), "output_format": "text",
            "visibility": "visible"}
    if grade.score is not None:
        test["score"] = grade.score
        test["status"] = "passed" if outcome.verdict == "equivalent" else "failed"
    return test


def summary_table(grades: Iterable[Grade], *, title: str = "", seconds: float | None = None) -> RenderableType:
    """Counts per verdict, with their share, and the mean score of the rows that have one."""
    from rich.table import Table

    grades = list(grades)
    counts = Counter(grade.verdict for grade in grades)
    table = Table(title=title or None, show_footer=True)
    table.add_column("verdict", footer="all")
    table.add_column("rows", justify="right", footer=str(len(grades)))
    table.add_column("share", justify="right", footer="100%" if grades else "")
    for verdict in OUTCOMES:
        share = f"{100 * counts[verdict] / len(grades):.0f}%" if grades else ""
        table.add_row(verdict, str(counts[verdict]), share)
    scored = [grade.score for grade in grades if grade.score is not None]
    maxima = {grade.max_score for grade in grades}
    out_of = f" / {number(maxima.pop())}" if len(maxima) == 1 else ""  # several questions: no one maximum
    mean = f"{sum(scored) / len(scored):.2f}{out_of}" if scored else "—"
    caption = f"mean score {mean} over the {len(scored)} rows with a score (undecided rows have none)"
    if seconds is not None and seconds > 0:
        caption += f"; {len(grades)} rows in {seconds:.1f} s ({len(grades) / seconds:.0f} rows/s)"
    table.caption = caption
    return table

"""Grading a class: every submission judged against one question, scored, with feedback; none lost.

:func:`grade` is the library's entry (``logderiv.grade``); ``logderiv grade``
is a thin command over it. Answers that are the same text (up to meaningless
whitespace, :func:`~logderiv.grading.judging.same_answer`) are judged once,
and the gradient is derived once per process (``logderiv._api.checker`` keeps
it). Records come back in the order of the rows, whatever order the workers
finish in, so the output is the same for any number of workers.

A wide export (one column per question) is graded a column at a time, each
against its own question (:func:`by_row` puts each row's grades back together
as a :class:`RowGrades`): answers are the same text only within a column, and
a worker derives one question's gradient.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..records.grading import OUTPUT_COLUMNS, Grade, Outcome, Question, Row, RowGrades, Submissions
from .derivations import FileAnswer, judge_submitted
from .judging import feedback, max_score, same_answer, score, unreadable
from .question import EXAMPLE, question_from, read_question
from .submissions import read_folder, read_submissions, rows_from

__all__ = ["grade", "graded", "by_row", "Grade", "RowGrades", "Question", "read_question", "read_submissions",
           "read_folder", "Submissions", "Row", "EXAMPLE", "OUTPUT_COLUMNS"]

#: seconds each answer may take, as for ``check``
DEFAULT_TIMEOUT = 10.0


def by_row(columns: Sequence[str], graded_columns: Sequence[Sequence[Grade]]) -> list[RowGrades]:
    """Each row's grades, one per column, from each column's grades (all of the same rows, in the same order)."""
    if len({len(grades) for grades in graded_columns}) > 1:
        raise ValueError("every column's grades must be of the same rows")
    return [RowGrades(grades[0].row, tuple(columns), tuple(grades)) for grades in zip(*graded_columns)]


def grade(rows: Iterable[Mapping[str, Any]] | Submissions, question: Question | Mapping[str, Any] | str, *,
          jobs: int | None = None, timeout: float = DEFAULT_TIMEOUT, id_column: str | None = None,
          answer_column: str | None = None, full: bool = False) -> Iterator[Grade]:
    """Grade each row's answer against ``question``; yield one :class:`Grade` per row, in the rows' order.

    ``rows`` are dicts (the answer under a key named like ``answer`` or
    ``response``, or ``answer_column``) or :class:`Submissions` read from a
    file or a folder (:func:`read_folder`: each file a derivation, checked
    step by step, or one answer). ``question`` is a :class:`Question`, the
    data of a question file (a dict), or the path of one. ``jobs`` worker processes judge the answers, each
    under a hard limit of ``timeout`` seconds kept from outside it; ``None``
    judges them here, in this process, where only check's own time limit holds.
    ``full`` keeps each verdict's JSON data in ``Grade.outcome.data``.
    """
    if isinstance(question, str):
        question = read_question(question)
    elif not isinstance(question, Question):
        question = question_from(question)
    submissions = rows if isinstance(rows, Submissions) else rows_from(rows, id_column=id_column,
                                                                       answer_column=answer_column)
    return graded(submissions.rows, question, jobs=jobs, timeout=timeout, full=full)


def graded(rows: Iterable[Row], question: Question, *, jobs: int | None, timeout: float, full: bool = False,
           judge_one: Callable[..., Outcome] = judge_submitted, done: Sequence[Outcome] = (),
           record: Callable[[int, Outcome], None] | None = None) -> Iterator[Grade]:
    """:func:`grade` on rows already read: each distinct answer judged once, the grades in the rows' order.

    ``done`` are the outcomes of the first rows, graded by an interrupted run (a
    checkpoint's): those rows are scored from them, not judged again. ``record``
    is told each row judged here, in order, as soon as its grade is made.
    """
    rows = list(rows)
    for row, outcome in zip(rows, done):
        yield _grade(row, outcome, question)
    for index, grade_made in enumerate(_judged_rows(rows[len(done):], question, jobs=jobs, timeout=timeout,
                                                    full=full, judge_one=judge_one), start=len(done)):
        if record is not None:
            record(index, grade_made.outcome)
        yield grade_made


def _grade(row: Row, outcome: Outcome, question: Question) -> Grade:
    return Grade(row, outcome, score(outcome, question), max_score(outcome, question), feedback(outcome, question))


def _judged_rows(rows: list[Row], question: Question, *, jobs: int | None, timeout: float, full: bool,
                 judge_one: Callable[..., Outcome]) -> Iterator[Grade]:
    keys: dict[str, int] = {}  # an answer's normalised text → its task's key (first seen first)
    texts: list[str | FileAnswer] = []  # each key's answer, as its first row wrote it
    row_keys: list[int | None] = []
    for row in rows:
        if row.answer is None:
            row_keys.append(None)
            continue
        # a folder's file is judged on its own: how it is read, and what its errors are named, depend on its path
        normal = f"{row.file}\0{row.answer}" if row.file else same_answer(row.answer)
        if normal not in keys:
            keys[normal] = len(texts)
            texts.append(FileAnswer(row.answer, row.file) if row.file else row.answer)
        row_keys.append(keys[normal])
    outcomes = _judged(list(enumerate(texts)), question, jobs=jobs, timeout=timeout, full=full, judge_one=judge_one)
    done: dict[int, Outcome] = {}
    for index, row in enumerate(rows):
        key = row_keys[index]
        while key is not None and key not in done:
            finished, outcome = next(outcomes)
            done[finished] = outcome
        outcome = (unreadable(row.problem) if key is None else done[key] if row.file
                   else _as_written(done[key], row.answer))
        yield _grade(row, outcome, question)


def _judged(tasks: list[tuple[int, str | FileAnswer]], question: Question, *, jobs: int | None, timeout: float,
            full: bool, judge_one: Callable[..., Outcome]) -> Iterator[tuple[int, Outcome]]:
    if jobs is None:
        return ((key, judge_one(answer, question, timeout=timeout, full=full)) for key, answer in tasks)
    from .pool import judged_in_workers

    return judged_in_workers(tasks, question, jobs=jobs, timeout=timeout, full=full, judge_one=judge_one)


def _as_written(outcome: Outcome, answer: str | None) -> Outcome:
    """An outcome shared by answers the same up to whitespace, its JSON's ``source`` the row's own text."""
    if outcome.data is None or outcome.data.get("source") == answer:
        return outcome
    return dataclasses.replace(outcome, data={**outcome.data, "source": answer})

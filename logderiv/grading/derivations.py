"""A student's whole file judged (in a worker): a written derivation checked step by step, or one formula as an answer.

A folder of submissions has one file per student
(:func:`~logderiv.grading.submissions.read_folder`). The file is read as
``logderiv steps`` reads one: plain text or LaTeX (``.txt``, ``.tex``), notes
whose display blocks are the steps (``.md``), or a notebook's Markdown cells
(``.ipynb``, JSON read with :mod:`json`; its code cells are never run). A file of
several steps is a derivation: :func:`logderiv.steps` checks each, and the
:class:`~logderiv.records.grading.Outcome` carries how many there are, how many
hold, how the last line ends and where the first wrong one stands, for
:func:`~logderiv.grading.judging.score`. A file that holds one formula is an
answer, judged as a CSV cell is (:func:`~logderiv.grading.judging.judge`), so it
earns partial credit per kind of mistake as any answer does.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TypeVar

from ..errors import InputError, LogderivError, TimeLimitError, UnsupportedError
from ..record import record
from ..records.grading import Outcome, Question
from .judging import judge, undecided, unreadable

if TYPE_CHECKING:
    from ..records.review import Review, StepReview

_Error = TypeVar("_Error", bound=LogderivError)

__all__ = ["FileAnswer", "judge_submitted", "judge_file"]


@record
class FileAnswer:
    """A student's whole file, as a worker is given it: its text, and its path in the folder (the suffix says how
    to read it)."""

    text: str
    name: str


def judge_submitted(answer: str | FileAnswer, question: Question, *, timeout: float, full: bool = False) -> Outcome:
    """What a worker runs on each task: :func:`judge_file` for a whole file, :func:`judge` for an answer's text."""
    if not isinstance(answer, FileAnswer):
        return judge(answer, question, timeout=timeout, full=full)
    try:
        return judge_file(answer, question, timeout=timeout, full=full)
    except Exception as error:  # noqa: BLE001 - a bug past steps (reading its review) must not stop the class
        return undecided(f"internal error: {type(error).__name__}: {error}")


def judge_file(answer: FileAnswer, question: Question, *, timeout: float, full: bool = False) -> Outcome:
    """Check the derivation in a student's file, or judge its one formula as an answer: never raises for the file.

    The whole call keeps to ``timeout``: reading the file as a derivation and,
    when it turns out to be one formula, judging that formula share it.
    """
    from .._api import steps
    from ..notation.notes import kind_of_file
    from ..render.errors import render_error

    started = time.monotonic()
    kind = kind_of_file(answer.name, answer.text)  # a .tex with prose around its displays is notes, as steps reads it
    unread: InputError | None = None
    try:
        review = steps(answer.text, timeout=timeout, file_kind=kind, **question.steps_options())
    except (TimeLimitError, UnsupportedError) as error:
        return undecided(error.message, render_error(_named(error, answer.name)))
    except InputError as error:  # perhaps one formula steps does not read (NumPy code): judged as an answer below
        review, unread = None, _named(error, answer.name)
    except LogderivError as error:  # a bug, for a human to look at, never a 0
        return undecided(f"internal error: {error.message}", render_error(error))
    except Exception as error:  # noqa: BLE001 - one file's bug must not stop a class's grading
        return undecided(f"internal error: {type(error).__name__}: {error}")
    if review is not None and _count(review) > 1:
        if question.objective != "cost":
            return undecided("a derivation is checked against the gradient of the cost, and this question's "
                             "objective is the log-likelihood")
        return _derivation(review, full)
    left = timeout - (time.monotonic() - started)
    if left <= 0:
        return undecided(f"the time limit of {timeout:g} s was reached")
    outcome = _formula(answer, kind, question, left, full)
    if outcome.verdict == "unreadable" and unread is not None:
        return unreadable(unread.message, render_error(unread))  # read as a derivation first: its error says most
    if outcome.verdict == "unreadable" and review is not None and review.steps and question.objective == "cost":
        return _derivation(review, full)  # d/dtheta_j J = …: one step steps reads and check does not
    return outcome


def _named(error: _Error, name: str) -> _Error:
    """The error naming the student's file where ``steps`` says FILE (the command's argument)."""
    if not isinstance(error, InputError):
        return error  # a time limit names no place
    label = error.label or ""
    error.label = name + label[len("FILE"):] if label.startswith("FILE") else label or name
    return error


def _count(review: Review) -> int:
    """The steps of a review that earn step points: the derivation's, and those of each lemma written beside it."""
    return len(_scored(review)) + sum(len(lemma.steps) for lemma in review.lemmas)


def _scored(review: Review) -> list[StepReview]:
    """The derivation's steps that earn (or miss) step points: all but a first line that is ∂J/∂θⱼ itself.

    ``d/dtheta_j J`` or ``∂/∂θⱼ`` of the cost written out states the question, and
    is where the derivation starts: counting it would pay for copying the question
    (and for a line ``d/dtheta_j J =`` of its own). A first line that is not equal
    to it is a wrong step, and counts as one.
    """
    first = review.steps[0]
    return list(review.steps[1:] if first.valid and first.expression == review.start else review.steps)


def _formula(answer: FileAnswer, kind: str | None, question: Question, timeout: float, full: bool) -> Outcome:
    """The file's one formula judged as an answer: a notes file's one display block (as ``check --from`` takes it)."""
    if kind is None:
        return judge(answer.text, question, timeout=timeout, full=full)
    from ..render.errors import render_error
    from ..sources import formula_in_notes

    try:
        place = formula_in_notes(answer.text, name=answer.name, notebook=kind == "notebook")
    except InputError as error:
        error.label = answer.name
        return unreadable(error.message, render_error(error))
    return judge(place.text, question, timeout=timeout, full=full, place=place)


def _derivation(review: Review, full: bool) -> Outcome:
    """A reviewed derivation as plain data: its steps, those that hold, its ending and its first wrong step."""
    from ..render.review import review_data

    every = [*_scored(review), *(step for lemma in review.lemmas for step in lemma.steps)]
    wrong = review.first_wrong  # the earliest on the page, the derivation's or a lemma's
    kinds = tuple(diagnosis.kind for diagnosis in wrong.diagnosis) if wrong else ()
    messages = tuple(diagnosis.message for diagnosis in wrong.diagnosis) if wrong else ()
    if review.ending == "unfinished":
        kinds += ("unfinished",)
        messages += ("the last line still has a derivative to take",)
    checks = [step.check for step in every] + [review.ending_check]
    data = review_data(review)
    return Outcome(
        verdict="equivalent" if review.ok else "different",
        method="symbolic" if all(check.method == "symbolic" for check in checks) else "numeric",
        kinds=kinds, messages=messages, notes=tuple(data["notes"]), data=data if full else None,
        steps=len(every), valid_steps=sum(step.valid for step in every), ending=review.ending,
        first_error_line="" if wrong is None else _where(review, wrong.written.line),
        first_error_step="" if wrong is None else wrong.written.written,
    )


def _where(review: Review, line: int) -> str:
    """A line as ``steps`` names it: ``15`` in a file, ``cell 3, line 6`` in a notebook."""
    if not review.cells:
        return str(line)
    from ..notation.notes import cell_line

    return "cell {}, line {}".format(*cell_line(review.cells, line))

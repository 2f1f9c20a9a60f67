"""A class's grades summed up for the lecturer (:func:`summarise`): what ``logderiv grade --report`` shows. Pure.

Only counts and what the class wrote: the students' ids appear in the rows
to follow up (a person must look at them), never beside a mistake's example,
which stands for everyone who made it. Every number is computed from the
grades alone and every tie is broken by input order, so the same grades give
the same report.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from typing import TYPE_CHECKING, Iterable

from ..record import record
from ..records.verdict import KINDS
from .judging import error_place, same_answer
from ..records.grading import OUTCOMES

if TYPE_CHECKING:  # pragma: no cover
    from . import Grade
    from ..records.grading import Question

__all__ = ["ClassReport", "Bin", "Mistake", "FollowUp", "summarise", "BINS", "UNDIAGNOSED"]

#: the score histogram's bins: tenths of the points, the last one closed ([0.9, 1.0] of the points)
BINS = 10
#: what a ``different`` answer with no diagnosis kind is counted under among the mistakes
UNDIAGNOSED = "no diagnosis"


@record
class Bin:
    """Scores from ``low`` (included) to ``high`` (excluded; included for the last bin), and how many rows."""

    low: float
    high: float
    rows: int


@record
class Mistake:
    """A diagnosis kind, the rows whose answer made it, and the answer most of them wrote (no id)."""

    kind: str
    rows: int
    #: the answer written most often among those rows (the first written, on a tie), as its first row wrote it
    example: str
    #: what logderiv says about that answer for this kind
    message: str
    #: every non-literal reading of the example, as check says it
    notes: tuple[str, ...] = ()


@record
class FollowUp:
    """A row a person must look at: undecided (no score) or unreadable (0 for now)."""

    row: int
    line: int
    id: str
    verdict: str
    reason: str


@record
class ClassReport:
    title: str
    points: float
    #: some rows are out of more than the points (written derivations' step points): the mean and the bins are of
    #: each score scaled to the points, score / max_score × points
    scaled: bool
    rows: int
    #: rows per outcome, in :data:`~logderiv.grading.question.OUTCOMES` order
    counts: tuple[tuple[str, int], ...]
    #: the mean score of the rows that have one (None when none has)
    mean: float | None
    bins: tuple[Bin, ...]
    #: rows with no score (undecided): outside every bin
    unscored: int
    #: most rows first; a kind made by no row is left out
    mistakes: tuple[Mistake, ...]
    follow_up: tuple[FollowUp, ...]
    #: each non-literal reading made of some answer, and the rows whose answer it was made of; most rows first
    readings: tuple[tuple[str, int], ...]


def summarise(grades: Iterable[Grade], question: Question) -> ClassReport:
    """The report of ``grades`` (rows in input order), all graded against ``question``."""
    grades = list(grades)
    counts = Counter(grade.verdict for grade in grades)
    scaled = any(grade.outcome.steps and grade.max_score != question.points for grade in grades)
    scored = [_scaled(grade, question.points) for grade in grades if grade.score is not None]
    readings = Counter(note for grade in grades for note in dict.fromkeys(grade.outcome.notes))
    return ClassReport(
        title=question.title or question.path or "the question", points=question.points, scaled=scaled,
        rows=len(grades),
        counts=tuple((verdict, counts[verdict]) for verdict in OUTCOMES),
        mean=sum(scored) / len(scored) if scored else None,
        bins=_bins(scored, question.points), unscored=len(grades) - len(scored),
        mistakes=_mistakes(grades),
        follow_up=tuple(FollowUp(grade.row.number, grade.row.line, grade.row.id, grade.verdict,
                                 grade.outcome.reason) for grade in grades
                        if grade.verdict in ("undecided", "unreadable")),
        readings=tuple(sorted(readings.items(), key=lambda item: -item[1])),  # stable: first made first on a tie
    )


def _scaled(grade: Grade, points: float) -> float:
    """The score out of the question's points: an answer's as it is, a derivation's scaled from its own maximum."""
    score = grade.score
    assert score is not None, "only a grade with a score is scaled (undecided rows have none)"
    if not grade.outcome.steps or grade.max_score == points:
        return score
    return float(Fraction(str(score)) / Fraction(str(grade.max_score)) * Fraction(str(points)))


def _bins(scores: list[float], points: float) -> tuple[Bin, ...]:
    """Ten bins of a tenth of the points each; exact fractions, so 0.7 of the points falls in [0.7, 0.8)."""
    width = Fraction(str(points)) / BINS
    tally = Counter(min(int(Fraction(str(score)) / width), BINS - 1) for score in scores)
    return tuple(Bin(float(width * index), float(width * (index + 1)), tally[index]) for index in range(BINS))


def _mistakes(grades: list[Grade]) -> tuple[Mistake, ...]:
    by_kind: dict[str, list[Grade]] = {}
    for grade in grades:
        if grade.verdict != "different":
            continue
        for kind in dict.fromkeys(grade.outcome.kinds) or (UNDIAGNOSED,):
            by_kind.setdefault(kind, []).append(grade)
    order = {kind: index for index, kind in enumerate((*KINDS, UNDIAGNOSED))}
    ranked = sorted(by_kind, key=lambda kind: (-len(by_kind[kind]), order.get(kind, len(order))))
    return tuple(_mistake(kind, by_kind[kind]) for kind in ranked)


def _mistake(kind: str, grades: list[Grade]) -> Mistake:
    written = Counter(_written(grade) for grade in grades)
    most = max(written.values())
    example = next(grade for grade in grades if written[_written(grade)] == most)
    outcome = example.outcome
    message = dict(zip(outcome.kinds, outcome.messages)).get(kind, "")
    if outcome.first_error_step:  # a derivation: its first wrong step stands for it (its line names no one)
        message = f"the first wrong step ({error_place(outcome)}): {message}"
    return Mistake(kind, len(grades), _written(example, as_written=True), message, outcome.notes)


def _written(grade: Grade, *, as_written: bool = False) -> str:
    """What a row's mistake is shown by: the answer, or a derivation's first wrong step, never the whole file."""
    if grade.outcome.steps:
        return grade.outcome.first_error_step  # "" when every step holds (an unfinished derivation)
    return (grade.row.answer or "") if as_written else same_answer(grade.row.answer or "")

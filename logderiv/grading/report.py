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

from ..records.grading import OUTCOMES, Bin, ClassReport, FollowUp, Mistake
from ..records.verdict import KINDS
from .judging import error_place, same_answer

if TYPE_CHECKING:  # pragma: no cover
    from ..records.grading import Grade, Question

__all__ = ["summarise", "BINS", "UNDIAGNOSED"]

#: the score histogram's bins: tenths of the points, the last one closed ([0.9, 1.0] of the points)
BINS = 10
#: what a ``different`` answer with no diagnosis kind is counted under among the mistakes
UNDIAGNOSED = "no diagnosis"


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

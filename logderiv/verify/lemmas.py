"""The lemmas marked beside a written derivation, checked on their own (see :mod:`logderiv.notation.lemmas`).

A lemma is a chain of its own: its first line is its left side, and each later
line is compared with the line before it by the judge every step of the
derivation gets, in the derivation's context (its cost's names, ``--let``).
It is never compared with ∂J/∂θⱼ nor with the gradient. A lemma whose lines
cannot be read is not read, with a note, as notes do with a lemma beside the
derivation: it is no part of what is checked.
"""

from __future__ import annotations

from ..errors import InputError
from ..notation.document import Document, WrittenLemma
from ..problem import Problem
from ..review import LemmaReview, StepReview
from .samples import Samples

__all__ = ["review_lemmas"]


def review_lemmas(document: Document, problem: Problem, samples: Samples, names, lets) -> tuple[
        tuple[LemmaReview, ...], list[str]]:
    """Each lemma of ``document`` reviewed in ``problem``'s context, and the notes saying how each was read."""
    reviews, notes = [], []
    for lemma in document.lemmas:
        first = lemma.steps[0]
        if len(lemma.steps) < 2:
            notes.append(f"line {first.line} is marked a lemma but states no equation: not read")
            continue
        try:
            lines, read_notes = _lines(document, lemma, problem, names, lets)
        except InputError as error:
            notes.append(f"line {first.line} is a lemma, not read: {error.message}")
            continue
        steps: list[StepReview] = []
        for number, (step, before, after) in enumerate(zip(lemma.steps[1:], lines, lines[1:]), start=1):
            from .chain import _compare

            first_wrong = all(review.valid for review in steps)
            verdict = _compare(before, after, problem, samples, step, diagnosed=first_wrong)
            steps.append(StepReview(number, step, after, verdict.verdict == "equivalent", verdict.check,
                                    verdict.counterexample, verdict.diagnosis))
        reviews.append(LemmaReview(lemma.title, first, tuple(steps)))
        notes += read_notes
        last = lemma.steps[-1].line
        span = f"line {first.line}" if last == first.line else f"lines {first.line}–{last}"
        notes.append(f"{span} {'are' if last != first.line else 'is'} a lemma ({lemma.title or 'marked so'}): "
                     "read as a chain of its own, each line checked against the one before it, "
                     "not as steps of the derivation")
    return tuple(reviews), notes


def _lines(document: Document, lemma: WrittenLemma, problem: Problem, names, lets) -> tuple[list, list[str]]:
    """The lemma's lines built as expressions and what they were read as, or :class:`InputError`."""
    from .chain import _build, _parse_in

    lines, notes = [], []
    for step in lemma.steps:
        parsed = _parse_in(document, step, names)
        built = _build(document, step, parsed.tree, problem, lets)
        lines.append(built.expr)
        notes += [*parsed.notes, *built.notes]
    return lines, notes

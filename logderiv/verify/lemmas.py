"""The lemmas marked beside a written derivation, checked on their own (see :mod:`logderiv.notation.lemmas`).

A lemma is a chain of its own: its first line is its left side, and each later
line is compared with the line before it by the judge every step of the
derivation gets, in the derivation's context (its cost's names, ``--let``).
It is never compared with ∂J/∂θⱼ nor with the gradient. A lemma whose lines
cannot be read is not read, with a note, as notes do with a lemma beside the
derivation: it is no part of what is checked.

The reading of a line and the judge come from :mod:`logderiv.verify.chain`, which
calls this module, as two functions: this module imports nothing above it.
"""

from __future__ import annotations

from typing import Any, Callable

import sympy

from ..errors import InputError
from ..notation.document import Document, WrittenLemma, WrittenStep
from ..review import LemmaReview, StepReview

__all__ = ["review_lemmas"]

#: a written line built as an expression in the derivation's context, and the notes of its reading
ReadLine = Callable[[WrittenStep], tuple[sympy.Expr, list[str]]]
#: the judge of one step: (the line before, this line, its written step, whether to diagnose) -> a verdict
Compare = Callable[[sympy.Expr, sympy.Expr, WrittenStep, bool], Any]


def review_lemmas(document: Document, read_line: ReadLine, compare: Compare) -> tuple[
        tuple[LemmaReview, ...], list[str]]:
    """Each lemma of ``document`` reviewed with the derivation's reading and judge, and the notes on each."""
    reviews, notes = [], []
    for lemma in document.lemmas:
        first = lemma.steps[0]
        if len(lemma.steps) < 2:
            notes.append(f"line {first.line} is marked a lemma but states no equation: not read")
            continue
        try:
            lines, read_notes = _lines(lemma, read_line)
        except InputError as error:
            notes.append(f"line {first.line} is a lemma, not read: {error.message}")
            continue
        steps: list[StepReview] = []
        for number, (step, before, after) in enumerate(zip(lemma.steps[1:], lines, lines[1:]), start=1):
            first_wrong = all(review.valid for review in steps)
            verdict = compare(before, after, step, first_wrong)
            steps.append(StepReview(number, step, after, verdict.verdict == "equivalent", verdict.check,
                                    verdict.counterexample, verdict.diagnosis))
        reviews.append(LemmaReview(lemma.title, first, tuple(steps), start=lines[0]))
        notes += read_notes
        last = lemma.steps[-1].line
        span = f"line {first.line}" if last == first.line else f"lines {first.line}–{last}"
        notes.append(f"{span} {'are' if last != first.line else 'is'} a lemma ({lemma.title or 'marked so'}): "
                     "read as a chain of its own, each line checked against the one before it, "
                     "not as steps of the derivation")
    return tuple(reviews), notes


def _lines(lemma: WrittenLemma, read_line: ReadLine) -> tuple[list[sympy.Expr], list[str]]:
    """The lemma's lines built as expressions and what they were read as, or :class:`InputError`."""
    lines, notes = [], []
    for step in lemma.steps:
        expr, read = read_line(step)
        lines.append(expr)
        notes += read
    return lines, notes

"""A written derivation, reviewed: each step's verdict, how it was checked, and the first error.

The checker (``logderiv.services.steps``) builds these records; renderers
(``logderiv.render.review``) read them. Nothing here checks, prints or does I/O; the ``to_*``
methods hand ``self`` to a renderer through :mod:`logderiv.facade`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import sympy

from .. import facade
from .derivation import Check
from ..notation.problem import Problem
from ..record import record
from .verdict import Counterexample, Diagnosis

if TYPE_CHECKING:  # pragma: no cover
    from ..notation.document import WrittenStep

__all__ = ["StepReview", "LemmaReview", "Review", "ENDINGS"]

#: how a written derivation ends: at the gradient, correct so far but with a
#: derivative still to take, or at something that is not the gradient
ENDINGS = ("gradient", "unfinished", "wrong")


@record
class StepReview:
    """One written line, compared with the line before it (the first: with ∂J/∂θⱼ)."""

    #: 1-based position of the step in the derivation
    number: int
    written: WrittenStep
    #: the line as built (defined names kept, ``J`` replaced by the cost)
    expression: sympy.Expr
    valid: bool
    #: how the equality with the previous line was checked
    check: Check
    #: where the two differ, when they do, confirmed at 50 digits (``expected`` is the
    #: previous line's value, ``answer`` this line's)
    counterexample: Counterexample | None = None
    #: how this line differs from the previous one (only for the first wrong step)
    diagnosis: tuple[Diagnosis, ...] = ()
    #: False when the line has no value as mathematics (a product whose shapes do not conform):
    #: ``expression`` is then only a placeholder, and the line is shown as written
    has_value: bool = True

    @property
    def claimed_rule(self) -> str | None:
        """The rule the writer gave for this step, if any."""
        return self.written.rule


@record
class LemmaReview:
    """A lemma written beside the derivation, checked on its own: each line against the line before it."""

    #: what its mark says it is (``σ′(z) = σ(z)(1 − σ(z))``), if anything
    title: str | None
    #: its first line, the left side every later line is equal to
    statement: WrittenStep
    #: its further lines, each compared with the one before (``number`` counts from 1 in the lemma)
    steps: tuple[StepReview, ...]
    #: its first line as built, for showing it as mathematics (None: shown as written)
    start: sympy.Expr | None = None


@record
class Review:
    """A written derivation of ∂J/∂θⱼ, every step checked, and how it ends."""

    problem: Problem
    #: ∂J/∂θⱼ as asked, an unevaluated derivative: what the first line must equal
    start: sympy.Expr
    #: the true gradient, derived by the engine
    gradient: sympy.Expr
    steps: tuple[StepReview, ...]
    #: one of :data:`ENDINGS`
    ending: Literal["gradient", "unfinished", "wrong"]
    #: how the last line was compared with the gradient
    ending_check: Check
    notation: Literal["plain", "latex"] = "plain"
    #: the derivative's name as written at the top (``dJ/dtheta_j``), if any
    name: str | None = None
    notes: tuple[str, ...] = ()
    #: read from a notebook: (cell number, first line of the cell in the joined Markdown cells), in order
    cells: tuple[tuple[int, int], ...] = ()
    #: the lemmas marked beside the derivation, each checked on its own
    lemmas: tuple[LemmaReview, ...] = ()
    #: what each step was compared with, in words, when it is not the line before it (a derivation in
    #: matrix form: a new chain's first side is compared with ∇J); empty: the usual order
    compared: tuple[str, ...] = ()
    #: a page of several derivations, each by its own parameter, checked in turn: for each after the first, the
    #: number of its first step and the derivative it opens with, in words (``∂J/∂b``); empty: one derivation
    parts: tuple[tuple[int, str], ...] = ()
    #: the derivation is of one example's term of a summed cost (the page says so): the summed cost's derivative,
    #: in words (``∂ℓ/∂θⱼ``), which the one-example gradient becomes summed over the examples; None: the cost's own
    summed: str | None = None
    #: a page of several derivations whose ending is decided by one by another variable than the first's: that
    #: variable (∂J/∂b's b), whose derivative ``gradient`` is; None: ``problem.wrt``'s
    gradient_wrt: sympy.Expr | None = None

    @property
    def first_error(self) -> StepReview | None:
        """The first step that does not hold, if any."""
        return next((step for step in self.steps if not step.valid), None)

    @property
    def lemma_error(self) -> tuple[LemmaReview, StepReview] | None:
        """The first lemma step that does not hold, and its lemma, if any."""
        return next(((lemma, step) for lemma in self.lemmas for step in lemma.steps if not step.valid), None)

    @property
    def first_wrong(self) -> StepReview | None:
        """The earliest step on the page that does not hold, the derivation's or a lemma's (in page order)."""
        wrong = [step for step in self.steps if not step.valid]
        wrong += [step for lemma in self.lemmas for step in lemma.steps if not step.valid]
        return min(wrong, key=lambda step: step.written.offset, default=None)

    @property
    def ok(self) -> bool:
        """Every step holds, every lemma's too, and the last line is the gradient."""
        return self.first_error is None and self.lemma_error is None and self.ending == "gradient"

    def to_json(self) -> str:
        """The review as schema-versioned JSON (see ``docs/json.md``)."""
        return facade.text("render_review_json", self)

    def to_text(self) -> str:
        """The review as plain Unicode text."""
        return facade.text("render_review_text", self)

    def to_markdown(self) -> str:
        """The review as Markdown with ``$…$`` math."""
        return facade.text("render_review_markdown", self)

    def to_latex(self, *, standalone: bool = False) -> str:
        """The review as LaTeX (ASCII, amsmath and amssymb); ``standalone``: a whole pdflatex-ready document."""
        return facade.text("render_review_latex", self, standalone=standalone)

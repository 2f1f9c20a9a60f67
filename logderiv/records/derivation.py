"""A derivation as data: steps, how each was verified, the result and its verdict.

The engine builds these records; renderers read them. Nothing here simplifies,
prints or does I/O: the ``to_*`` methods only hand ``self`` to a renderer, through
:mod:`logderiv.facade` (renderers import records, never the reverse).
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Literal

import sympy

from .. import facade
from ..record import record
from ..notation.problem import Problem
from .step import Check, Step  # defined below the records that hold steps (MatrixForm too); named here as before

if TYPE_CHECKING:  # pragma: no cover
    from .matrix import MatrixForm, NoMatrixForm

__all__ = ["Check", "Step", "Lemma", "Canonical", "Factor", "FinalCheck", "Derivation"]


@record
class Lemma:
    """A short derivation of a fact a step relies on (σ′ = σ(1 − σ))."""

    title: str
    start: sympy.Expr
    steps: tuple[Step, ...]


@record
class Canonical:
    """How the gradient compares with the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.

    ``verdict`` is ``canonical`` (the per-example derivative w.r.t. z = θᵀx is
    h(z) − y with h free of y), ``canonical+extra`` (the same plus terms that do
    not depend on the data, named in ``extra``), ``not-canonical`` (it differs by
    ``factor``), or ``not-applicable`` (the cost is not a sum over examples of a
    loss of θᵀx⁽ⁱ⁾, or the variable is not a component of θ).
    """

    verdict: Literal["canonical", "canonical+extra", "not-canonical", "not-applicable"]
    note: str
    #: the canonical gradient the result was compared with, when there is one
    form: sympy.Expr | None = None
    #: terms beyond the canonical form, each with a name ("L2 regularisation")
    extra: tuple[tuple[str, sympy.Expr], ...] = ()
    #: the factor by which a non-canonical per-example derivative differs
    factor: sympy.Expr | None = None


@record
class Factor:
    """One node of the computational graph in ``--view factors``: ∂above/∂below = value."""

    above: sympy.Expr
    below: sympy.Expr
    value: sympy.Expr


@record
class FinalCheck:
    """The result checked against plain ``sympy.diff`` and central finite differences."""

    against_diff: Check
    finite_differences: Check


@record
class Derivation:
    """The whole answer: ``start = step₁ = step₂ = … = result``, each step verified."""

    problem: Problem
    #: ∂J/∂θⱼ, the derivative as asked: an unevaluated ``Derivative``
    start: sympy.Expr
    steps: tuple[Step, ...]
    canonical: Canonical
    final_check: FinalCheck
    lemmas: tuple[Lemma, ...] = ()
    #: the chain-rule factorisation of one example's loss (``--view factors``)
    factors: tuple[Factor, ...] = ()
    #: the product of the factors, cancelled: one example's gradient
    factor_product: sympy.Expr | None = None
    notes: tuple[str, ...] = field(default=())
    #: the matrix form (``--form matrix``/``both``), why there is none, or None when not asked for
    matrix: MatrixForm | NoMatrixForm | None = None

    @property
    def result(self) -> sympy.Expr:
        """The simplified gradient: the last step's expression."""
        return self.steps[-1].expression if self.steps else self.start

    @property
    def cost(self) -> sympy.Expr:
        return self.problem.cost

    @property
    def wrt(self) -> sympy.Expr:
        return self.problem.wrt

    def to_latex(self, *, standalone: bool = False) -> str:
        """The derivation as a LaTeX ``align*`` block (a compilable document if ``standalone``)."""
        return facade.text("render_latex", self, standalone=standalone)

    def to_markdown(self) -> str:
        """The derivation as Markdown with ``$$`` math blocks."""
        return facade.text("render_markdown", self)

    def to_json(self) -> str:
        """The derivation as schema-versioned JSON (see ``docs/json.md``)."""
        return facade.text("render_json", self)

    def to_text(self) -> str:
        """The derivation as plain Unicode text."""
        return facade.text("render_text", self)

    def _repr_latex_(self) -> str:
        return self.to_latex()

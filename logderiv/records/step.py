"""One verified step: ``previous = expression`` by a rule, and how the equality was checked.

The lowest of the records: a :class:`~logderiv.records.derivation.Derivation` and a
:class:`~logderiv.records.matrix.MatrixForm` are both made of steps, so steps live
below both (``logderiv.records.derivation`` names them too, as it always has).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import sympy

from ..record import record

if TYPE_CHECKING:  # pragma: no cover
    from ..engine.rules import Rule

__all__ = ["Check", "Step"]


@record
class Check:
    """How one equality was verified.

    ``symbolic``: both sides reduce to the same expression (definitions
    expanded, expanded algebraically). ``numeric``: both sides agree at
    ``points`` random points for each concrete size ``(m, n)`` in ``sizes``,
    within relative ``tolerance``.
    """

    method: Literal["symbolic", "numeric"]
    points: int = 0
    sizes: tuple[tuple[int, int], ...] = ()
    tolerance: float = 0.0

    def describe(self) -> str:
        """One line a reader can trust: what was checked, and how."""
        if self.method == "symbolic":
            return "symbolic"
        from ..notation.printed import sizes_text  # sympy-free: the count as the writer names it

        sizes = sizes_text(self.sizes)
        return f"numeric: {self.points} random points ({sizes}), rel. tol. {self.tolerance:g}"


@record
class Step:
    """``previous = expression`` by ``rule``, verified by ``check``."""

    rule: Rule
    expression: sympy.Expr
    check: Check

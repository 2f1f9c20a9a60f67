"""One verified step: ``previous = expression`` by a rule, and how the equality was checked.

The lowest of the records: a :class:`~logderiv.records.derivation.Derivation` and a
:class:`~logderiv.records.matrix.MatrixForm` are both made of steps, so steps live
below both (``logderiv.records.derivation`` names them too, as it always has). The
base of the rule records, :class:`Rule`, is here too: the engine's rules extend it.
"""

from __future__ import annotations

from typing import Callable, ClassVar, Literal

import sympy

from ..record import record

__all__ = ["Check", "Rule", "Show", "Step"]

#: how a caller prints an expression in its format (a rule's label names expressions so)
Show = Callable[[sympy.Expr], str]


@record
class Rule:
    """Base of every rule record (the rules themselves are ``logderiv.engine.rules``). Subclasses set the three
    class attributes.

    It is a record's type, below the engine: a :class:`Step` holds the rule it was made by, and the renderers read
    its name, label and statement, so the records name it without importing the engine.
    """

    #: stable identifier, used in JSON and tests
    name: ClassVar[str]
    #: short label shown beside a step
    title: ClassVar[str]
    #: the rule in general form, in Unicode
    statement: ClassVar[str]
    #: the same, in LaTeX
    statement_latex: ClassVar[str]

    def label(self, show: Show) -> str:
        """The label beside a step; ``show`` prints an expression in the caller's format."""
        return self.title


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

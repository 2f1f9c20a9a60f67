"""A cost to differentiate, as sympy objects: what the builder hands the engine."""

from __future__ import annotations

from dataclasses import field
from typing import Mapping

import sympy

from .record import record

__all__ = ["Problem", "expand_definitions"]


def expand_definitions(expr: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr]) -> sympy.Expr:
    """Replace every defined name in ``expr`` by its value, until none is left.

    Values may use other defined names, so substitute until nothing changes; the
    builder guarantees there is no cycle, and ``len(definitions) + 1`` rounds suffice.
    """
    for _ in range(len(definitions) + 1):
        replaced = expr.xreplace(dict(definitions))
        if replaced == expr:
            return expr
        expr = replaced
    return expr


@record
class Problem:
    """A cost, the variable to differentiate with respect to, and what its names mean.

    ``definitions`` maps each defined name *as it occurs in the cost* to its
    value in that context: ``h(i)`` (inside a sum over examples) to
    ``σ(Σₖ θₖ x[i, k])``, the bare symbol ``h`` to ``σ(Σₖ θₖ x[k])``. A value may
    itself use other defined names (``--let z=theta^T x --let h=sigmoid(z)``);
    the builder guarantees there is no cycle.
    """

    cost: sympy.Expr
    wrt: sympy.Expr
    definitions: Mapping[sympy.Basic, sympy.Expr] = field(default_factory=dict)
    #: things the reader should know, e.g. an assumed definition of ``h``
    notes: tuple[str, ...] = ()
    #: the cost as the user wrote it (or the preset's name), for headers
    source: str = ""
    #: a name for the cost (``J``), when the user gave one
    name: str = "J"
    #: expressions already expanded: each step's right side is the next step's left
    _expanded: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    #: one round of substitution, by sub-expression (see ``_substitute``)
    _substituted: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def expand_definitions(self, expr: sympy.Expr) -> sympy.Expr:
        """Replace every defined name in ``expr`` by its value, until none is left.

        The same as :func:`expand_definitions`, round for round, but each round
        remembers what it made of every sub-expression: consecutive steps share
        most of their sub-expressions, which are then rebuilt once, not once a step.
        """
        if not self.definitions:
            return expr
        expanded = self._expanded.get(expr)
        if expanded is None:
            expanded = expr
            for _ in range(len(self.definitions) + 1):
                replaced = self._substitute(expanded)[0]
                if replaced == expanded:
                    break
                expanded = replaced
            self._expanded[expr] = expanded
        return expanded

    def _substitute(self, node: sympy.Basic) -> tuple[sympy.Basic, bool]:
        """``(node.xreplace(definitions), whether anything was replaced)``, remembered.

        Mirrors ``Basic._xreplace`` exactly (a node above a replacement is rebuilt
        with ``func(*args)``, so sympy evaluates it as xreplace would), so the
        expansion is the same expression, not just an equal one.
        """
        found = self._substituted.get(node)
        if found is not None:
            return found
        if node in self.definitions:
            found = (self.definitions[node], True)
        else:
            args = []
            changed = False
            for arg in node.args:
                if isinstance(arg, sympy.Basic):
                    arg, replaced = self._substitute(arg)
                    changed |= replaced
                args.append(arg)
            found = (node.func(*args), True) if changed else (node, False)
        self._substituted[node] = found
        return found

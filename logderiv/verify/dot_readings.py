"""Whether a derivative by b of ``w \\cdot x + b`` is the same under both readings of ``w \\cdot x``.

A text writing ``w \\cdot x`` with w bare and x one number per example does not say whether w is the weight vector
(``wᵀx⁽ⁱ⁾``) or one number (one feature's ``w·x⁽ⁱ⁾``); by --wrt w the latter is read, by --wrt b nothing decides.
:func:`logderiv.derive` derives under both and prints the dot product's result only where this says the two agree:
the dot reading's result with one feature (n = 1, w₁ = w, x⁽ⁱ⁾₁ = x⁽ⁱ⁾) is the one-feature result at random points.
"""

from __future__ import annotations

import sympy

from ..equality import numeric
from ..equality.numeric import close
from ..notation import symbols
from ..records.derivation import Derivation

__all__ = ["one_feature_agrees"]

#: the example counts and points the two readings are compared at
_SIZES = (2, 3)
_POINTS = 4


def _one_feature(expr: sympy.Expr, letters: frozenset[str]) -> sympy.Expr:
    """``expr`` (definitions expanded) at n = 1, its vectors w₁ and xᵢ₁ written as the one-feature w and xᵢ."""
    at_one = expr.xreplace({symbols.n: sympy.Integer(1)})
    while sums := _one_term_sums(at_one):  # a sum over one term nested in another's body: until none is left
        at_one = at_one.xreplace(sums)
    swaps: dict[sympy.Basic, sympy.Basic] = {}
    for node in sympy.preorder_traversal(at_one):
        if not isinstance(node, sympy.Indexed):
            continue
        name = symbols.label(node.base)
        if name in letters and node.indices == (sympy.Integer(1),):
            swaps[node] = symbols.scalar(name)
        elif name == "x" and len(node.indices) == 2 and node.indices[1] == sympy.Integer(1):
            swaps[node] = node.base[node.indices[0]]
    return at_one.xreplace(swaps)


def _one_term_sums(expr: sympy.Expr) -> dict[sympy.Basic, sympy.Basic]:
    """Each ``Σ_{k=1}^{1} f(k)`` in ``expr`` mapped to its one term ``f(1)``."""
    return {node: node.function.xreplace({node.limits[0][0]: sympy.Integer(1)})
            for node in sympy.preorder_traversal(expr)
            if isinstance(node, sympy.Sum) and len(node.limits) == 1
            and node.limits[0][1:] == (sympy.Integer(1), sympy.Integer(1))}


def one_feature_agrees(dot: Derivation, scalar: Derivation) -> bool:
    """Whether ``dot``'s result (w · x read as wᵀx) with one feature is ``scalar``'s (w · x read as one feature's).

    False where the dot reading's result still holds a vector entry after n = 1, where the two differ at a point,
    or where too few points are defined to tell.
    """
    # the letters one number in the one-feature reading and a vector in the dot reading (w; never the data x, a
    # vector in both, whose label sympy counts among the free symbols)
    letters = (frozenset(str(symbol) for symbol in scalar.result.free_symbols | _definition_symbols(scalar)
                         if isinstance(symbol, sympy.Symbol))
               & frozenset(symbols.label(base) for base in _bases(dot))) \
        - frozenset(symbols.label(base) for base in _bases(scalar))
    if not letters:
        return False
    left = _one_feature(dot.problem.expand_definitions(dot.result), letters)
    right = scalar.problem.expand_definitions(scalar.result)
    if any(symbols.label(node.base) in letters for node in sympy.preorder_traversal(left)
           if isinstance(node, sympy.Indexed)):
        return False
    defined = 0
    for m in _SIZES:
        size = numeric.Size(m, 1, 1)
        for index in range(_POINTS):
            point = numeric.draw("dot-readings", size, index)
            try:
                a = numeric.evaluate(left, point, size)
                b = numeric.evaluate(right, point, size)
            except (numeric.Undefined, numeric.Overflow):
                continue
            if not close(a, b):
                return False
            defined += 1
    return defined >= _POINTS


def _definition_symbols(derivation: Derivation) -> set[sympy.Basic]:
    found: set[sympy.Basic] = set()
    for value in derivation.problem.definitions.values():
        found |= value.free_symbols
    return found


def _bases(derivation: Derivation) -> set[sympy.IndexedBase]:
    found: set[sympy.IndexedBase] = set()
    for expr in (derivation.result, *derivation.problem.definitions.values()):
        found |= {node.base for node in sympy.preorder_traversal(expr) if isinstance(node, sympy.Indexed)}
    return found

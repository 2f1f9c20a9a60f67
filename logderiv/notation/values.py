"""Whether the ``--let`` values leave the cost defined: ``log(g)`` with ``--let g = 0`` is not.

The builder refuses ``log(0)`` written in the cost (it sees the number), but a
name is a symbol while the cost is built; only once its value is put in place
does the cost become ``log(0)``, which sympy makes complex infinity, or
``sqrt(-m)``, an imaginary number. Nothing downstream can evaluate either, so
the definition that does it is refused here, as bad input pointing at its value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import sympy

from ..errors import InputError
from .problem import Problem
from .symbols import graph_has

if TYPE_CHECKING:
    from .tree import Span

__all__ = ["check_let_values"]

#: what sympy makes of a value that is infinite, undefined or not real
_UNDEFINED = (sympy.S.ComplexInfinity, sympy.S.NaN, sympy.S.Infinity, sympy.S.NegativeInfinity, sympy.I)


def check_let_values(problem: Problem, lets: Sequence[str], *, split: Callable[[str], tuple[str, Span, int]]) -> None:
    """Refuse a ``--let`` whose value makes the cost infinite, undefined or not real.

    ``split(text)`` gives a let's ``(name, name span, offset of its value)``, as
    the readers' ``split_let`` do. The cost with every definition in place is
    what the engine expands anyway (and remembered), so a cost that is fine
    costs one walk of it.
    """
    # graph_has: sympy's has follows every path of a substituted chain of definitions, 2^d of them
    if not problem.definitions or not graph_has(problem.expand_definitions(problem.cost), *_UNDEFINED):
        return
    culprit = _smallest_undefined(problem)
    names = {_name(key) for key in sympy.preorder_traversal(culprit) if key in problem.definitions}
    for text in lets:
        try:
            name, _, start = split(text)
        except InputError:
            continue  # a function definition or a chain: it was read, so it is not the one to name
        if name in names:
            raise InputError(
                f"with this value of {name}, {culprit} is not a finite real number",
                source=text,
                column=start + len(text[start:]) - len(text[start:].lstrip()),
                label="--let",
                hint="a --let value is put in place of its name: give one where the cost is defined",
            )
    raise InputError(
        f"with the --let definitions, {culprit} is not a finite real number",
        source=problem.source,
        label="COST",
        hint="a --let value is put in place of its name: give one where the cost is defined",
    )


def _smallest_undefined(problem: Problem) -> sympy.Basic:
    """The smallest piece of the cost that is undefined once expanded (``log(g)``), looking into definitions.

    A defined name found undefined (``a`` with ``--let a = log(g)``) is looked
    into: the piece to blame is in its value, next to the name that makes it so.
    """
    piece = problem.cost
    for _ in range(len(problem.definitions) + 1):
        found = next(node for node in sympy.postorder_traversal(piece)
                     if problem.expand_definitions(node).has(*_UNDEFINED))
        if found not in problem.definitions:
            return found
        piece = problem.definitions[found]
    return piece  # pragma: no cover - the builder refuses definitions that use themselves


def _name(key: sympy.Basic) -> str:
    if isinstance(key, sympy.Indexed):
        return str(key.base)
    if isinstance(key, sympy.core.function.AppliedUndef):
        return type(key).__name__
    return str(key)

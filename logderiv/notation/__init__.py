"""Front ends (plain notation, LaTeX) to one allow-listed tree, and the builder to sympy.

The front door:

* :func:`parse` reads plain notation into a tree (``logderiv.notation.tree``);
* :func:`parse_let` reads a ``--let NAME=EXPR`` definition;
* :func:`read_problem` reads a cost, ``--wrt`` and ``--let`` texts and builds a
  :class:`~logderiv.problem.Problem`.

Importing this package (and parsing) never imports sympy; only
:func:`read_problem` loads the builder, and with it sympy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..errors import InputError
from . import vocabulary
from .plain import parse, parse_let, split_let

if TYPE_CHECKING:  # pragma: no cover
    from ..problem import Problem

__all__ = ["parse", "parse_let", "read_problem"]


def _let_names(lets: Sequence[str]) -> list[str]:
    """The names the lets define, read before any value so values may use later names."""
    names = []
    for text in lets:
        try:
            name, _, _ = split_let(text)
        except InputError as error:
            raise error.with_label("--let") from None
        names.append(name)
    return names


def read_problem(
    cost: str,
    *,
    wrt: str = vocabulary.DEFAULT_WRT,
    lets: Sequence[str] = (),
) -> Problem:
    """Read a cost, the variable to differentiate by and ``--let`` definitions into a Problem.

    Every error is an :class:`~logderiv.errors.InputError` labelled with the
    argument it came from: ``COST``, ``--let`` or ``--wrt``.
    """
    names = _let_names(lets)
    multi_letter = {name for name in names if len(name) > 1}
    parsed = []
    for text in lets:
        try:
            name, value = parse_let(text, names=multi_letter)
        except InputError as error:
            raise error.with_label("--let") from None
        parsed.append((name, value, text))
    try:
        cost_tree = parse(cost, names=multi_letter)
    except InputError as error:
        raise error.with_label("COST") from None
    try:
        wrt_tree = parse(wrt, names=multi_letter)
    except InputError as error:
        raise error.with_label("--wrt") from None

    from .builder import build_problem  # sympy is loaded only once there is something to build

    try:
        return build_problem(cost_tree, source=cost, wrt=wrt_tree, wrt_source=wrt, lets=parsed)
    except InputError as error:
        # errors in a let or in --wrt are labelled by the builder; the rest are the cost's
        raise error.with_label("COST") from None

"""Readings of what people write that are not literal: shared by both front ends, sympy-free.

Course notes count examples with ``m``, ``n``, ``N`` or ``M`` and index them with
``i``, ``n``, ``t``…; logderiv's tree knows one example count (``m``), one
example index (``i``) and one feature count (``n``). What a sum ranges over is
decided by what its index subscripts — a target, an input's prediction
(``y_n``, ``\\hat y_n``, ``h``) makes it a sum over examples, a parameter
(``\\theta_d``, ``w_d``, ``\\beta_d``) a sum over features — and the letters
are then renamed to logderiv's, with a note saying so. Where the text does not
say, the reader refuses rather than guesses.
"""

from __future__ import annotations

from . import tree
from . import vocabulary as vocab
from .tree import Node

__all__ = ["EXAMPLE_NAMES", "FEATURE_NAMES", "COUNT_LETTERS", "role_of", "rename_counts"]

#: Names whose index is the example's: targets and predictions (``y_n``, ``\hat y_n``, ``p_i``, ``a^{(i)}``).
EXAMPLE_NAMES: frozenset[str] = vocab.PER_EXAMPLE | {vocab.PREDICTION, "p", "a", "f", "H"}

#: Names whose index is a feature's: the parameters (``\theta_d``, ``w_d``, ``\beta_d``).
FEATURE_NAMES: frozenset[str] = vocab.PARAMETER_VECTORS

#: Letters that may count examples or features (the upper bound of a sum).
COUNT_LETTERS: frozenset[str] = frozenset("mnNMdDpPKT")


def role_of(name: str) -> str | None:
    """``"examples"`` when an index on ``name`` is the example's, ``"features"`` when a feature's, else None (``x``)."""
    if name in EXAMPLE_NAMES:
        return "examples"
    if name in FEATURE_NAMES:
        return "features"
    return None


def rename_counts(node: Node, mapping: dict[str, str]) -> Node:
    """``node`` with every bare variable named in ``mapping`` renamed (``N`` → ``m``), spans kept."""
    if not mapping:
        return node
    return _rename(node, mapping)


def _rename(node: Node, mapping: dict[str, str]) -> Node:
    if isinstance(node, tree.Variable):
        if node.name in mapping and node.feature is None and node.example is None:
            return tree.Variable(mapping[node.name], node.span)
        return node
    if isinstance(node, tree.Binary):
        return tree.Binary(node.op, _rename(node.left, mapping), _rename(node.right, mapping), node.span)
    if isinstance(node, tree.Apply):
        return tree.Apply(node.function, _rename(node.argument, mapping), node.span)
    if isinstance(node, tree.Call):
        return tree.Call(node.name, _rename(node.argument, mapping), node.span)
    if isinstance(node, tree.Negate):
        return tree.Negate(_rename(node.operand, mapping), node.span)
    if isinstance(node, tree.Sum):
        return tree.Sum(node.over, node.index, _rename(node.body, mapping), node.span)
    if isinstance(node, tree.Derivative):
        return tree.Derivative(_rename(node.body, mapping), node.wrt, node.span)
    return node

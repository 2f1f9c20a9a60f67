"""Lets whose value is the parameter vector or a number times it: ``--let 'W = \\theta'``, ``--let 'W = 2\\theta'``.

Notes name the weights anew (``W = θ``, then ``z = Wᵀx``); a let's value is
otherwise built as a number per example, where a whole vector has no place.
Such a let is read as what it says: every ``W`` in the cost and the other lets
is the value, the number kept outside the vector — ``Wᵀx`` is ``2 θᵀx``,
``W_k`` is ``2 θ_k`` — with a note. Only a number (no letter) may scale the
vector, so nothing the number holds depends on the data or the parameters.
Sympy-free, like the front ends.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from . import tree
from . import vocabulary as vocab

__all__ = ["read_vector_lets"]


def _multiple(value: tree.Node) -> tuple[tree.Node | None, tree.Variable] | None:
    """``(c, θ)`` for a value ``θ`` (c None), ``c θ`` or ``θ c`` with c free of letters; else None."""
    if _whole_parameters(value):
        return None, value
    if isinstance(value, tree.Binary) and value.op == "*":
        for scale, vector in ((value.left, value.right), (value.right, value.left)):
            if _whole_parameters(vector) and not any(isinstance(node, tree.Variable) for node in tree.walk(scale)):
                return scale, vector
    return None


def _whole_parameters(node: tree.Node) -> bool:
    return (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS
            and node.feature is None and node.example is None)


def _scaled(scale: tree.Node | None, node: tree.Node) -> tree.Node:
    return node if scale is None else tree.Binary("*", scale, node, node.span)


def _substitute(node: tree.Node, name: str, scale: tree.Node | None, vector: str) -> tree.Node:
    """``node`` with every ``name`` the vector, the scale multiplying the smallest part that holds it."""
    if isinstance(node, tree.Variable):
        if node.name != name:
            return node
        return _scaled(scale, dataclasses.replace(node, name=vector))
    if (isinstance(node, tree.Binary) and node.op == "*" and isinstance(node.left, tree.Transpose)
            and isinstance(node.left.operand, tree.Variable) and node.left.operand.name == name
            and isinstance(node.right, tree.Variable) and node.right.name in vocab.DATA_VECTORS
            and node.right.feature is None):
        # W^T x_i, read as a matrix product while W was a letter of its own: the dot product θᵀx⁽ⁱ⁾ it now is
        return _scaled(scale, tree.Dot(dataclasses.replace(node.left.operand, name=vector), node.right, node.span))
    if isinstance(node, tree.Dot) and name in (node.left.name, node.right.name):
        return _scaled(scale, tree.rename(node, name, vector))
    if isinstance(node, tree.Transpose) and isinstance(node.operand, tree.Variable) and node.operand.name == name:
        return _scaled(scale, tree.rename(node, name, vector))
    changes = {}
    for field in dataclasses.fields(node):  # type: ignore[arg-type]
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        if isinstance(value, tuple) and any(hasattr(item, "span") for item in value):
            changed = tuple(_substitute(item, name, scale, vector) if hasattr(item, "span") else item for item in value)
            if any(a is not b for a, b in zip(changed, value)):
                changes[field.name] = changed
        elif hasattr(value, "span"):
            changed = _substitute(value, name, scale, vector)
            if changed is not value:
                changes[field.name] = changed
    return dataclasses.replace(node, **changes) if changes else node


def read_vector_lets(
    cost: tree.Node, lets: Sequence[tuple[str, tree.Node, str]]
) -> tuple[tree.Node, list[tuple[str, tree.Node, str]], list[str], tuple[str, ...]]:
    """The cost and the lets with each let ``W = c θ`` put in where W is written, that let dropped; the notes,
    and the texts of the lets put in (an answer puts them in too)."""
    kept = list(lets)
    notes: list[str] = []
    texts: list[str] = []
    for name, value, text in lets:
        multiple = _multiple(value)
        if multiple is None or name in vocab.PARAMETER_VECTORS:
            continue
        scale, vector = multiple
        kept.remove((name, value, text))
        texts.append(text)
        cost = _substitute(cost, name, scale, vector.name)
        kept = [(other, _substitute(tree_, name, scale, vector.name), source) for other, tree_, source in kept]
        shown = {"theta": "θ", "beta": "β"}.get(vector.name, vector.name)
        notes.append(f"--let {text.strip()} is the parameter vector {shown}"
                     + ("" if scale is None else " times a number")
                     + f": {name} is read as its value wherever it is written")
    return cost, kept, notes, tuple(texts)

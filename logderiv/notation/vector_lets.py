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
import re
from typing import Any, Sequence, TypeGuard

from ..errors import InputError
from . import tree
from . import vocabulary as vocab
from .. import patterns

__all__ = ["read_vector_lets", "read_entry_lets"]

_INDEX = "|".join(sorted(vocab.FEATURE_INDICES))
#: ``W_j = 2\theta_j``: one entry of a vector let, the number and θ written with the head's index
_ENTRY_LET = patterns.compile(
    rf"\s*(?P<name>[A-Za-z])\s*_\s*(?P<brace>\{{)?\s*(?P<index>{_INDEX})\s*(?(brace)\}})\s*(?P<sign>:?=)(?!=)\s*"
    rf"(?P<scale>\d+(?:\.\d+)?)?\s*(?:\\cdot|\*)?\s*"
    rf"(?P<vector>\\theta|\\beta|theta|beta|θ|β)\s*_\s*(?P<vbrace>\{{)?\s*(?P=index)\s*(?(vbrace)\}})\s*"
)

#: a head with a feature index, ``v_j =`` / ``v_{j} :=``: a let's head keeps none (it names v)
_INDEXED_HEAD = patterns.compile(rf"\s*[A-Za-z]\s*_\s*(?P<brace>\{{)?\s*(?P<index>{_INDEX})\s*(?(brace)\}})\s*:?=(?!=)")


def _refuse_loose_index(text: str) -> None:
    """Refuse ``v_j = θ_j²``: the head's j is dropped, so the value's j would be left loose (read as --wrt's)."""
    head = _INDEXED_HEAD.match(text)
    if head is None:
        return
    index = head.group("index")
    if re.search(rf"_\s*\{{?\s*{index}(?![A-Za-z])", text[head.end():]) is None:
        return
    raise InputError(f"a --let defines a name, not one entry per {index}: the {index} of this value would be left loose",
                     source=text, column=head.start("index"), label="--let",
                     hint=f"a number times the parameters' entry (W_{index} = 2\\theta_{index}) is read as the vector "
                          f"(W = 2\\theta); otherwise write the entries into the cost, e.g. \\sum_{index} \\theta_{index}^2")


def read_entry_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each ``--let 'W_j = 2\\theta_j'`` as the vector let ``W = 2\\theta`` it is, for every j, noted.

    A let's head keeps no feature index (W_j names W), so the value's θⱼ would be left with its j loose:
    ``z_i = W^T x_i`` beside it was read as 2θⱼ times the example, a wrong gradient. Only a number times
    θ's (β's) entry with the head's own index is read so; any other value that holds the head's index is refused.
    """
    read: list[str] = []
    notes: list[str] = []
    for text in lets:
        match = _ENTRY_LET.fullmatch(text) if isinstance(text, str) else None
        if match is None or match.group("name") in (*vocab.PARAMETER_VECTORS, "x", "y"):
            if isinstance(text, str):
                _refuse_loose_index(text)
            read.append(text)
            continue
        scale = f"{match.group('scale')} " if match.group("scale") else ""
        whole = f"{match.group('name')} {match.group('sign')} {scale}{match.group('vector')}"
        read.append(whole)
        notes.append(f"--let {text.strip()} says it for every entry {match.group('index')}: "
                     f"the vector {whole}")
    return read, notes


def _multiple(value: tree.Node) -> tuple[tree.Node | None, tree.Variable] | None:
    """``(c, θ)`` for a value ``θ`` (c None), ``c θ`` or ``θ c`` with c free of letters; else None."""
    if _whole_parameters(value):
        return None, value
    if isinstance(value, tree.Binary) and value.op == "*":
        for scale, vector in ((value.left, value.right), (value.right, value.left)):
            if _whole_parameters(vector) and not any(isinstance(node, tree.Variable) for node in tree.walk(scale)):
                return scale, vector
    return None


def _whole_parameters(node: tree.Node) -> TypeGuard[tree.Variable]:
    return (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS
            and node.feature is None and node.example is None)


def _scaled(scale: tree.Node | None, node: tree.Node) -> tree.Node:
    return node if scale is None else tree.Binary("*", scale, node, node.span)


#: a node's field as the walk by field name meets it (a child, a tuple of children, a name, a span): its type is
#: the field's own, which a walk over every kind of node cannot say
_Field = Any


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
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        if isinstance(value, tuple) and any(hasattr(item, "span") for item in value):
            changed = tuple(_substitute(item, name, scale, vector) if hasattr(item, "span") else item for item in value)
            if any(a is not b for a, b in zip(changed, value)):
                changes[field.name] = changed
        elif hasattr(value, "span"):
            child = _substitute(value, name, scale, vector)
            if child is not value:
                changes[field.name] = child
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

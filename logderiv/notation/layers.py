"""A network split across definitions: W read as the weight vector in one text, output weights in another.

Each front end refuses to read a capital ``W`` as the weight vector w where the same
text also multiplies a function by a letter nothing defines (``v·σ(W·x + b)``: v the
output weights, W a hidden layer's matrix; :func:`conventions._weights_before_a_layer`).
A page may split that network over its definitions instead::

    \\hat y = v \\cdot \\sigma(z)        z = \\mathbf{W} \\cdot \\mathbf{x} + b

Read one text at a time, ``z``'s W looks like the weight vector and ``v`` like a
constant, and the cost would be derived as one unit's ``v σ(wᵀx + b)``: a confident
gradient of another model. This module looks at all the parsed texts together and
refuses where the two meet. Sympy-free, like the front ends.
"""

from __future__ import annotations

from typing import Collection, Iterable, Mapping

from ..errors import InputError
from . import conventions, registry
from . import vocabulary as vocab
from .tree import Apply, Binary, Call, Negate, Node, Transpose, Variable, walk

__all__ = ["refuse_split_network"]

#: what the front ends note when they read a capital W as the weight vector w
_CAPITAL_W_READINGS = frozenset(
    {*conventions.CAPITAL_W_NOTES, conventions.CAPITAL_W_VEC_NOTE, conventions.ROW_WEIGHTS_NOTE})
#: letters that are never a network's output weights (as the front ends' own guard has them)
_NOT_OUTPUT_WEIGHTS = frozenset(vocab.FIXED_NAMES | {"W", "b", "h", "z", "e", "T"})


def refuse_split_network(trees: Iterable[tuple[str, str, Node]], notes: Collection[str],
                          defined: Mapping[str, Node]) -> None:
    """Refuse when a W was read as w (``notes`` say so) and some tree multiplies a function by an undefined letter.

    ``trees`` are the cost's and the lets' parsed values, each with its argument's label (``COST``,
    ``--let``) and its text (for the caret), ``defined`` the lets' values by the names they define.
    """
    if not _CAPITAL_W_READINGS & set(notes):
        return
    for label, source, tree in trees:
        found = _output_weights(tree, defined)
        if found is not None:
            letter = found.name
            raise InputError(
                f"'W' was read as the weight vector w, but '{letter}' (defined nowhere) multiplies a function of a "
                "definition: that is a network's output layer, whose W is a hidden layer's matrix, not the weight "
                "vector; a network is not read",
                hint=f"for one unit write the weights w and define {letter} with --let (or drop it); "
                     "a network of several hidden units is not supported yet", label=label, source=source,
                column=found.span.start)


def _output_weights(tree: Node, defined: Mapping[str, Node]) -> Variable | None:
    """The undefined letter that multiplies a function call in ``tree`` (``v · σ(z)``, ``σ(z)ᵀ v``), or None."""
    for node in walk(tree):
        if isinstance(node, Binary) and node.op in ("*", "⊙"):
            for one, other in ((node.left, node.right), (node.right, node.left)):
                letter = _letter(one, defined)
                if letter is not None and _a_call(other, defined):
                    return letter
    return None


def _letter(node: Node, defined: Collection[str]) -> Variable | None:
    while isinstance(node, (Transpose, Negate)):
        node = node.operand
    if (isinstance(node, Variable) and node.feature is None and node.example is None
            and (len(node.name) == 1 or node.name in vocab.WORDS)
            and node.name not in _NOT_OUTPUT_WEIGHTS and node.name not in defined):
        return node
    return None


#: the activations of a layer, the registry's (log and exp of a cost are not one)
_ACTIVATIONS = frozenset(function.name for function in registry.FUNCTIONS if function.predictor == "activation")


def _a_call(node: Node, defined: Mapping[str, Node], seen: frozenset[str] = frozenset()) -> bool:
    """Whether ``node`` is an activation applied (``σ(z)``), a defined name called (``h(x)``, ``a(x)``), or a let's
    name whose value is one (``ŷ = v·a`` with ``a = σ(z)``: the hidden layer's output named in its own let)."""
    while isinstance(node, (Transpose, Negate)):
        node = node.operand
    if isinstance(node, Variable) and node.name in defined and node.name not in seen:
        return _a_call(defined[node.name], defined, seen | {node.name})
    return isinstance(node, Call) or isinstance(node, Apply) and node.function in _ACTIVATIONS

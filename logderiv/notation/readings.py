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


#: how a parameter's index is shown in a note
_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}
_SUBSCRIPTS = {"j": "ⱼ", "k": "ₖ", "i": "ᵢ", "l": "ₗ"}


def unindexed_range(body: Node) -> tuple[str, str, str] | tuple[None, None, str]:
    """What a Σ written without an index (``Σ θ_j²``, ``\\sum (h - y)^2``) ranges over, from its body.

    Returns ``("examples", "i", "")`` when the body has anything per example (y,
    h, x⁽ⁱ⁾, a scalar such as z or a defined name); ``("features", letter, note)``
    when it only subscripts parameters by one letter (``θ_j²``, ``θ_j x_j``: the
    writer's sum index, as in Ng's ``λ/2m Σ θ_j²``); else ``(None, None, why)``:
    the caller refuses.
    """
    letters: dict[str, str] = {}
    data = False
    for node in _free_nodes(body):
        if _matrix_form(node):
            # sum(theta(2:end).^2), sum((X*theta - y).^2): code's sum of a vector, read in matrix form
            return "examples", vocab.EXAMPLE_INDEX, ""
        if isinstance(node, (tree.Call, tree.FunctionCall)):
            data = True
        elif isinstance(node, tree.Variable):
            if node.name in vocab.PARAMETER_VECTORS:
                if node.feature is not None and not node.feature.isdigit():
                    letters.setdefault(node.feature, node.name)
                if node.example is not None:
                    data = True
            elif node.name in vocab.DATA_VECTORS and node.feature is not None and node.example is None:
                continue  # x_j beside θ_j: decided by the parameter's letter below
            elif node.name not in vocab.CONSTANTS:
                data = True
    stray = {
        node.feature
        for node in _free_nodes(body)
        if isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is not None
        and node.example is None and node.feature not in letters and not node.feature.isdigit()
    }
    if data or stray:
        return "examples", vocab.EXAMPLE_INDEX, ""
    if len(letters) == 1:
        letter, name = next(iter(letters.items()))
        shown = _SHOWN.get(name, name) + _SUBSCRIPTS.get(letter, "_" + letter)
        return "features", letter, f"Σ without an index is read over the features: its body indexes {shown}"
    if letters:
        return None, None, "its body subscripts the parameters by " + " and ".join(sorted(letters))
    return None, None, "its body has nothing indexed by an example or a feature"


def _matrix_form(node: Node) -> bool:
    """Whether ``node`` is a whole vector or matrix (θ, X, θ(2:end), a transpose): the text is in matrix form."""
    if isinstance(node, (tree.Transpose,)) or type(node).__name__ in ("Tail", "ZeroFirst"):
        return True
    return (
        isinstance(node, tree.Variable)
        and node.feature is None
        and node.example is None
        and (node.name in vocab.PARAMETER_VECTORS or node.name == vocab.DATA_MATRIX)
    )


def _free_nodes(body: Node):
    """``tree.walk(body)`` without what an inner sum binds: ``θ_k`` in ``Σ_k θ_k x_k`` is no clue to the outer Σ
    (an example index on such a name, ``x_k^(i)``, still is)."""
    stack: list[tuple[Node, frozenset[str]]] = [(body, frozenset())]
    while stack:
        node, bound = stack.pop()
        if isinstance(node, tree.Sum) and node.over == "features":
            bound = bound | {node.index}
        if isinstance(node, tree.Variable) and node.feature in bound:
            if node.example is not None:
                yield tree.Variable(node.name, node.span, None, node.example)  # x_k^(i): still per example
            continue
        yield node
        stack.extend((child, bound) for child in tree._children(node))

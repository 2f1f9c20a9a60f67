"""The allow-listed expression tree every front end produces.

A front end (plain notation, LaTeX) turns text into these frozen records and
nothing else; the builder (``logderiv.notation.builder``) is the only code that
turns them into sympy objects. Names in the tree are already canonical
vocabulary names (``theta``, not ``θ``), so the builder never sees raw user
spelling. Every node carries the :class:`Span` of source text it came from,
which is how errors found after parsing still point at a column.

The tree is sympy-free on purpose: parsing (and rejecting bad input) must not
pay for importing sympy.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Literal, Union

from .. import memo
from ..record import record

__all__ = [
    "shape",
    "Span",
    "Number",
    "Constant",
    "Variable",
    "Apply",
    "Call",
    "FunctionCall",
    "Binary",
    "Negate",
    "Sum",
    "Dot",
    "Derivative",
    "Kronecker",
    "Transpose",
    "Tail",
    "ZeroFirst",
    "AxisSum",
    "Node",
    "walk",
    "rename",
]


@record
class Span:
    """Half-open range ``[start, end)`` of 0-based character offsets into the source."""

    start: int
    end: int


@record
class Number:
    """A non-negative numeric literal: ``2``, ``0.5``. ``text`` holds the digits as written."""

    text: str
    span: Span


@record
class Constant:
    """A mathematical constant: ``e`` (Euler's number) or ``pi``."""

    name: Literal["e", "pi"]
    span: Span


@record
class Variable:
    """A named quantity, optionally indexed.

    ``name`` is canonical (``theta``, ``lambda``, ``x``, ``y``, ``h``, ``b``...).
    ``feature`` is the subscript (``theta_j`` -> ``"j"``, ``theta_0`` -> ``"0"``).
    ``example`` is the per-example superscript (``y^(i)`` -> ``"i"``).
    """

    name: str
    span: Span
    feature: str | None = None
    example: str | None = None


@record
class Apply:
    """An allow-listed function applied to one argument: ``log(u)``, ``sigmoid(u)``.

    ``function`` is one of ``vocabulary.FUNCTIONS``' canonical names.
    """

    function: str
    argument: Node
    span: Span


@record
class Call:
    """A defined name used as a function of the example: ``h(x)``, ``h_theta(x^(i))``.

    ``name`` is a name given with ``--let`` (or the prediction ``h``); ``argument``
    is what the user wrote between the parentheses (normally ``x`` or ``x^(i)``).
    """

    name: str
    argument: Node
    span: Span


@record
class FunctionCall:
    """A function defined with ``--let`` applied to arguments: ``g(\\theta^T x)``, ``L(a^(i), y^(i))``.

    ``name`` is the function's name, ``feature`` and ``example`` the scripts written on it
    (``\\ell_i(w, b)``). The reader expands every such call into the function's
    definition (:mod:`logderiv.notation.functions`) before anything is built.
    ``primed`` marks ``g'(z)``, the function's derivative at the argument, which the
    expansion reads only where the definition is the sigmoid.
    """

    name: str
    arguments: tuple[Node, ...]
    span: Span
    feature: str | None = None
    example: str | None = None
    primed: bool = False


@record
class Binary:
    """``left op right`` for ``op`` in ``+ - * / ^ ⊙``. Juxtaposition is ``*``.

    ``⊙`` (written ``⊙``, ``.*``, ``\\odot``, ``\\circ``) is the elementwise product of
    two vectors, read only in a matrix-form answer.
    """

    op: Literal["+", "-", "*", "/", "^", "⊙"]
    left: Node
    right: Node
    span: Span


@record
class Negate:
    """Unary minus."""

    operand: Node
    span: Span


@record
class Sum:
    """A sum over examples (``i = 1..m``) or over features (``k = 1..n``).

    ``index`` is the bound index as the user wrote it; the builder renames
    feature indices so they never clash with the ``j`` of ``∂/∂θⱼ``.
    """

    over: Literal["examples", "features"]
    index: str
    body: Node
    span: Span


@record
class Dot:
    """A dot product ``θᵀx``, ``theta . x``, ``dot(theta, x)``: a sum over features."""

    left: Variable
    right: Variable
    span: Span


@record
class Derivative:
    """An unevaluated derivative ``∂/∂wrt body`` (``d/dz (...)``, ``\\frac{\\partial}{\\partial\\theta_j}``)."""

    body: Node
    wrt: Variable
    span: Span


@record
class Kronecker:
    """The Kronecker delta ``δⱼₖ`` (1 when two feature indices are equal, else 0): ``∂θₖ/∂θⱼ``.

    ``first`` and ``second`` are feature indices as written (``j``, ``k``, ``0``).
    """

    first: str
    second: str
    span: Span


@record
class Transpose:
    """A transpose: ``Xᵀ`` (``X^T``, ``X^\\top``) in a matrix-form answer; in a matrix-form cost also
    ``(Xθ − y)ᵀ``, ``yᵀ``, ``y'`` (read by ``logderiv.notation.matrix_cost``)."""

    operand: Node
    span: Span


@record
class Tail:
    """A parameter vector without its first entry, the intercept: Octave's ``theta(2:end)``, NumPy's ``theta[1:]``.

    An (n−1)×1 vector, read only in matrix form (``logderiv.notation.matrix_cost``, ``matrices``).
    """

    operand: Variable
    span: Span


@record
class ZeroFirst:
    """Octave's ``[0; theta(2:end)]``: the parameter vector with its first entry (the intercept) set to 0.

    An n×1 vector, θ − θ₁e₁, read only in matrix form.
    """

    operand: Tail
    span: Span


@record
class AxisSum:
    """Octave's ``sum(M, 2)`` (``sum(M, 1)``): M's entries added up along one dimension, 2 along each row.

    Read only in a matrix answer, where the shapes say what the sum is (``logderiv.notation.matrices``).
    """

    body: Node
    dimension: int
    span: Span


Node = Union[
    Number, Constant, Variable, Apply, Call, FunctionCall, Binary, Negate, Sum, Dot, Derivative, Kronecker, Transpose,
    Tail, ZeroFirst, AxisSum,
]


#: the nodes of the trees walked lately, by the root's id, each with its root (kept, so that the id is not
#: reused while it is remembered); least recently used dropped first
_WALKED: memo.Table[int, tuple[Node, tuple[Node, ...]]] = memo.table("notation.tree.walked", 256)


def walk(node: Node) -> Iterator[Node]:
    """Iterate over ``node`` and every node below it, depth first.

    A tree is walked once and its nodes remembered: the reader's conventions and the checker's refusals walk
    an answer's tree and its sub-trees about 20 times, some 500 nodes visited an answer, and a walk was the
    largest single function of a graded answer's own time (issue 15, fourth round). The nodes are frozen
    records, so the same root has the same nodes, in the same order.
    """
    known = _WALKED.get(id(node))
    if known is not None and known[0] is node:
        return iter(known[1])
    nodes = _nodes(node)
    _WALKED[id(node)] = (node, nodes)
    return iter(nodes)


def _nodes(node: Node) -> tuple[Node, ...]:
    """``node`` and every node below it, depth first: the walk itself."""
    # a lookup by type, not a chain of isinstance (issue 15's second round)
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(_CHILDREN.get(type(current), _children_by_kind)(current))
    return tuple(found)


def _children(node: Node) -> tuple[Node, ...]:
    return _CHILDREN.get(type(node), _children_by_kind)(node)


def _children_by_kind(node: Node) -> tuple[Node, ...]:
    """The children of a node whose type :data:`_CHILDREN` does not list (a subclass of a node type)."""
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, (Apply, Call)):
        return (node.argument,)
    if isinstance(node, Negate):
        return (node.operand,)
    if isinstance(node, (Sum, Derivative)):
        return (node.body,) if isinstance(node, Sum) else (node.body, node.wrt)
    if isinstance(node, Dot):
        return (node.left, node.right)
    if isinstance(node, (Transpose, Tail, ZeroFirst)):
        return (node.operand,)
    if isinstance(node, AxisSum):
        return (node.body,)
    if isinstance(node, FunctionCall):
        return tuple(node.arguments)
    return ()


def _no_children(node: Node) -> tuple[Node, ...]:
    return ()


#: the children of a node of one type: handed only nodes of the type it is listed under in :data:`_CHILDREN`, which
#: a table from types to functions cannot say (a function of a ``Binary`` is no function of every ``Node``)
_ChildrenOf = Callable[[Any], tuple[Node, ...]]

#: each node type's children, in order
_CHILDREN: dict[type, _ChildrenOf] = {
    Number: _no_children, Constant: _no_children, Variable: _no_children, Kronecker: _no_children,
    Binary: lambda node: (node.left, node.right),
    Apply: lambda node: (node.argument,),
    Call: lambda node: (node.argument,),
    Negate: lambda node: (node.operand,),
    Sum: lambda node: (node.body,),
    Derivative: lambda node: (node.body, node.wrt),
    Dot: lambda node: (node.left, node.right),
    Transpose: lambda node: (node.operand,),
    Tail: lambda node: (node.operand,),
    ZeroFirst: lambda node: (node.operand,),
    AxisSum: lambda node: (node.body,),
    FunctionCall: lambda node: tuple(node.arguments),
}


def shape(node: Node) -> tuple[object, ...]:
    """``node`` as nested tuples without spans: two spellings of one tree have one shape."""
    if isinstance(node, Number):
        return ("number", node.text)
    if isinstance(node, Constant):
        return ("constant", node.name)
    if isinstance(node, Variable):
        return ("variable", node.name, node.feature, node.example)
    if isinstance(node, Kronecker):
        return ("kronecker", node.first, node.second)
    if isinstance(node, Apply):
        return ("apply", node.function, shape(node.argument))
    if isinstance(node, Call):
        return ("call", node.name, shape(node.argument))
    if isinstance(node, FunctionCall):
        called = ("function", node.name, node.feature, node.example, tuple(shape(a) for a in node.arguments))
        return (*called, "primed") if node.primed else called  # g'(z) is not g(z)
    if isinstance(node, Binary):
        return ("binary", node.op, shape(node.left), shape(node.right))
    if isinstance(node, Negate):
        return ("negate", shape(node.operand))
    if isinstance(node, Sum):
        return ("sum", node.over, node.index, shape(node.body))
    if isinstance(node, Dot):
        return ("dot", shape(node.left), shape(node.right))
    if isinstance(node, Derivative):
        return ("derivative", shape(node.body), shape(node.wrt))
    if isinstance(node, Transpose):
        return ("transpose", shape(node.operand))
    return (type(node).__name__,)


def rename(node: Node, old: str, new: str) -> Node:
    """``node`` with every variable named ``old`` named ``new``, spans kept (the answer's w is the cost's θ)."""
    import dataclasses

    if isinstance(node, Variable):
        return dataclasses.replace(node, name=new) if node.name == old else node
    return map_children(node, lambda child: rename(child, old, new))


def map_children(node: Node, change: Callable[[Node], Node]) -> Node:
    """``node`` with ``change`` applied to each child node (in fields and tuples of them), spans kept.

    The node itself is returned when no child changed (identity kept), so a rewrite that touches
    nothing costs no copies. The one walk the tree rewrites share (rename, a mark dropped, …).
    """
    import dataclasses

    changes: dict[str, Node | tuple[Node, ...]] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        if isinstance(value, tuple) and any(hasattr(item, "span") for item in value):
            changed = tuple(change(item) if hasattr(item, "span") else item for item in value)
            if any(a is not b for a, b in zip(changed, value)):
                changes[field.name] = changed
        elif hasattr(value, "span"):
            changed_one = change(value)
            if changed_one is not value:
                changes[field.name] = changed_one
    # each change is for a field of this node's own, of that field's type; mypy checks the keywords against the
    # fields of every node type at once
    return dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]

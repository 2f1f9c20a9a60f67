"""The builder: the only place a tree becomes sympy.

Every front end hands :func:`build_problem` (a cost) or :func:`build_expression`
(an answer to check) a :mod:`logderiv.notation.tree`; the builder gives each
canonical name the object :mod:`logderiv.notation.symbols` defines for it, so
the engine, the verifier and the printers all see the same ``theta[j]``,
``x[i, k]`` and ``h(i)``.

What a name means depends on where it stands:

* inside a sum over examples, ``y`` is ``y[i]``, ``x_j`` is ``x[i, j]``, bare
  ``x`` is ``x[i]`` and a defined name is ``h(i)``; outside one, they are the
  symbols ``y``, ``x`` and ``h`` and ``x_j`` is ``x[j]``;
* a feature sum's index is renamed to the first of ``symbols.feature_indices``
  not bound by an enclosing sum, so it never clashes with the ``j`` of ``∂/∂θⱼ``;
* ``θᵀx`` is ``Σₖ θₖ xₖ`` (``x[i, k]`` inside a sum over examples).

Names given with ``--let`` are kept as names: the built cost holds ``h(i)``,
and :attr:`Problem.definitions` maps it to its value built in the same context.
Errors found here still point at a column: every tree node carries its span.
"""

from __future__ import annotations

import math
import re
import sys
from contextlib import contextmanager
from dataclasses import field, fields
from typing import Collection, Iterable, Iterator, Mapping, Sequence

import sympy
from sympy.core.function import AppliedUndef

from .. import patterns
from ..record import record
from ..errors import InputError, InputTooLargeError, UnsupportedInputError
from .problem import Problem, expand_definitions
from . import conventions, differentiated_data, example_terms, models, registry, scalars, symbols, tree, unmarked_features
from . import vocabulary as vocab
from .brackets import closing
from .. import patterns
from ..memo import remembered

__all__ = ["build_problem", "build_expression", "BuildMemo", "Expression", "DEFAULT_NOTE"]

#: The note added when a cross-entropy cost in θ uses ``h`` and nothing defines it.
DEFAULT_NOTE = models.model_for("cross-entropy").note

# A power of two numbers is computed exactly by sympy; refuse ones whose result
# would have more bits than this before sympy tries (9^9^9 would never finish).
# Every step is also checked numerically in floats, so the bound is a float's
# range (about 10^308): 9^9999 would fit in sympy but overflow every check.
_MAX_POWER_BITS = 1_000

_VECTORS = vocab.PARAMETER_VECTORS | vocab.DATA_VECTORS

# Trees are at most MAX_DEPTH (100) deep, but building one level costs a few
# frames here and sympy's constructors and assumption queries recurse through
# the whole depth again; make room for that whatever the caller's stack holds.
_RECURSION_LIMIT = 10_000


@contextmanager
def _room_to_recurse() -> Iterator[None]:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        yield
    except RecursionError:
        raise InputTooLargeError("the expression is nested too deeply to build", column=None) from None
    finally:
        sys.setrecursionlimit(limit)


@record
class Expression:
    """An expression built in a problem's context, with what its defined names mean.

    ``definitions`` holds the problem's definitions plus, for a defined name the
    expression uses in a context the problem did not (``h`` outside a sum where
    the cost only has ``h(i)``), its value in that context.
    """

    expr: sympy.Expr
    definitions: Mapping[sympy.Basic, sympy.Expr] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def expand_definitions(self, expr: sympy.Expr | None = None) -> sympy.Expr:
        """Replace every defined name in ``expr`` (default: this expression) by its value."""
        return expand_definitions(self.expr if expr is None else expr, self.definitions)


# --- sources and contexts ---------------------------------------------------------


#: NumPy's np.dot( or np.matmul( starting a product's text
_NUMPY_DOT_CALL = patterns.compile(r"(?:(?:np|numpy)\.)?(?:dot|matmul)\s*\(")
#: the words a product written with NumPy's functions holds (and its operator @, of two 1-D arrays the same number)
_DOT_WORD = patterns.compile(r"dot|matmul|@")
#: where a sum over the examples is written as a call, sum(v) or np.sum(v) (not one the matrix form lowered)
_SUM_CALL = patterns.compile(r"(?:(?:np|numpy)\.)?sum\s*\(")
#: where a sum over the examples is written as a mean, mean(v) or np.mean(v): (1/m) Σᵢ vᵢ
_MEAN_CALL = patterns.compile(r"(?:(?:np|numpy)\.)?mean\s*\(")


def _written_numpy_dot(node: tree.Binary, text: str) -> bool:
    """Whether the product ``node`` is written ``np.dot(a, b)``, ``np.matmul(a, b)``, ``a.dot(b)`` or ``a @ b``."""
    if not 0 <= node.span.start <= node.span.end <= len(text) or not _DOT_WORD.search(text):
        return False  # (no dot or matmul in the text: the walk below, once per product, is quadratic in a deep tree)
    if any(isinstance(inside, tree.Binary) and inside.op == "*" and _written_numpy_dot(inside, text)
           for side in (node.left, node.right) for inside in tree.walk(side)):
        return False  # a.dot(b).dot(c): the first is a number, the second NumPy's product of it with a vector
    call = _NUMPY_DOT_CALL.match(text, node.span.start)
    if call is not None:
        # np.dot(a, b) itself, not np.dot(a, b) * y, whose span starts at the same place
        return closing(text, call.end() - 1) == node.span.end - 1
    left, right = node.left.span, node.right.span
    between = text[left.end:right.start].strip(" )") if left.end <= right.start <= len(text) else ""
    # (-y) @ np.log(h) of two 1-D arrays is their inner product too, as np.dot is (audit34)
    return between.startswith(".dot(") or between.startswith("@")




def _additive_terms(node: tree.Node) -> list[tree.Node]:
    """The terms a sum or difference adds (a − (b + c) gives a, b, c), signs dropped."""
    terms: list[tree.Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, tree.Binary) and current.op in ("+", "-"):
            pending += [current.left, current.right]
        elif isinstance(current, tree.Negate):
            pending.append(current.operand)
        else:
            terms.append(current)
    return terms


@record
class _Source:
    """The text a tree was read from, and which argument it was (for the error label)."""

    text: str
    label: str | None = None


@record
class _Context:
    """Where a node stands: inside a sum over examples? which feature indices are bound?"""

    example: bool = False
    #: (letter the user wrote, bound index symbol), innermost last
    bound: tuple[tuple[str, sympy.Symbol], ...] = ()
    #: inside a sum over the examples written as a mean, np.mean(v): (1/m) Σᵢ vᵢ
    mean: bool = False

    def feature(self, letter: str) -> sympy.Symbol | None:
        for written, symbol in reversed(self.bound):
            if written == letter:
                return symbol
        return None

    def free_bound_index(self) -> sympy.Symbol | None:
        taken = {symbol for _, symbol in self.bound}
        for symbol in symbols.feature_indices:
            if symbol not in taken:
                return symbol
        return None


class _Let:
    """A defined name: from a ``--let`` tree, or from a problem's built definitions.

    (A plain class: a dataclass's methods would be compiled on every cold start, unused.)
    """

    def __init__(self, name: str, tree: tree.Node | None, source: _Source) -> None:
        self.name = name
        self.tree = tree
        self.source = source
        #: values already built, by context (True: inside a sum over examples)
        self.known: dict[bool, sympy.Expr] = {}


@record
class _Use:
    """A defined name used in a context, and where (for errors)."""

    name: str
    example: bool
    node: tree.Node
    source: _Source


def _refuse_a_component_zero_delta(node: tree.Kronecker, delta: sympy.Expr, source: _Source) -> None:
    """``(1 − δ_{j0}) λθⱼ``: a Kronecker δ of a general index and component 0, which logderiv's indices never take.

    logderiv numbers the components θ₁ … θₙ (the intercept, where there is one, θ₁), so δ_{j0} was 0 for every j
    and vanished silently: ``+ (λ/m)(1 − δ_{j0})θⱼ``, the notes' intercept kept out of the penalty (θ₀ in their
    numbering), was "equivalent" to a penalty on every component, and ``+ δ_{j0}`` to nothing. Whether the writer's
    0 is the intercept (logderiv's δ_{j1}) or a component no cost here has, the text does not say: refused, naming
    both readings.
    """
    if delta != 0 or "0" not in (node.first, node.second):
        return
    other = node.second if node.first == "0" else node.first
    if other.isdigit():
        return
    raise _fail(
        f"δ_{{{node.first}{node.second}}} compares the index {other} with component 0, which logderiv's components "
        "(θ₁ … θₙ, the intercept θ₁ where there is one) never are: read in logderiv's numbering it is 0 for every "
        f"{other}, read in the notes' (θ₀ the intercept) it is logderiv's δ_{{{other}1}}; the text does not say which",
        node,
        source,
        hint=f"write δ_{{{other}1}} for the intercept in logderiv's numbering (θ₁, x₁ = 1), or check the intercept's "
             "line apart with --wrt",
    )


def _refuse_mixed_example_index(node: tree.Sum, source: _Source, defined: Collection[str] = ()) -> list[str]:
    """``Σ (w x_i + b − y_i) * x``: a datum written with the example index and, in the same sum, without it.

    A bare x inside a sum is usually the example's (Σ (h − y) x), but beside an x_i of the same sum it may
    as well be a slip for x_i as a different, unindexed x (a real slip of typed notes): both readings are
    named and neither is taken. Only uses with the same feature index are compared (x_j beside x⁽ⁱ⁾ is
    another quantity), and arguments of calls and dot products (h(x), θᵀx) are not looked in: they are
    the model's, the example's by convention. A bare use that is a term of its own under a derivative by a
    parameter (∂/∂θⱼ(ŷᵢ − y)) vanishes in either reading and is not compared
    (:mod:`~logderiv.notation.differentiated_data`): the notes saying so are returned.
    """
    vanishing = differentiated_data.vanishing_terms(node.body)
    notes: list[str] = []
    written: dict[tuple[str, str | None], list[tree.Variable]] = {}
    stack: list[tree.Node] = [node.body]
    while stack:
        current = stack.pop()
        if isinstance(current, (tree.Call, tree.Dot)):
            continue  # h(x), θᵀx: the model's operand, the example's by convention
        if isinstance(current, tree.Variable) and current.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE:
            written.setdefault((current.name, current.feature), []).append(current)
        stack.extend(tree._children(current))
    for (name, _), uses in sorted(written.items(), key=lambda item: (item[0][0], str(item[0][1]))):
        bare = [use for use in uses if use.example is None]
        if name not in defined and bare and len(bare) < len(uses) \
                and all(id(use) in vanishing for use in bare):
            shown = source.text[bare[0].span.start:bare[0].span.end]
            notes.append(differentiated_data.VANISHING_NOTE.format(shown=shown, name=name))
            continue
        if bare and len(bare) < len(uses):
            shown = source.text[bare[0].span.start:bare[0].span.end]
            raise _fail(
                f"'{shown}' has no example index, though the same sum writes {name} with it: it may be a slip for "
                f"{name}⁽ⁱ⁾ (the i-th example's) or a different, unindexed {name}",
                bare[0],
                source,
                hint=f"write {name}_i (or {name}^(i)) for the example's value",
            )
    return notes


#: the model a subscripted by its parameters, a_w(x), a_{\\theta}(x_i) (Vorontsov's a(x, w)): group "by" the parameters
_VORONTSOV_MODEL = patterns.compile(r"(?<![A-Za-z\\])a_\s*\{?\s*(?P<by>\\?(?:w|theta|beta)|θ|β)\s*\}?\s*\(")


def _fail(message: str, node: tree.Node | None, source: _Source, hint: str | None = None) -> InputError:
    return InputError(
        message,
        source=source.text,
        column=None if node is None else node.span.start,
        hint=hint,
        label=source.label,
    )


@remembered("notation.builder.definition_source", 256)
def _definition_source(value: sympy.Expr) -> _Source:
    """A problem's definition as the source errors about it quote (printed once: every answer of a check asks)."""
    return _Source(str(value), "--let")


def _key(name: str, example: bool) -> sympy.Basic:
    """The object a defined name is in the cost: ``h(i)`` in a sum over examples, else ``h``."""
    if example:
        return symbols.defined(name)(symbols.example_index)
    return symbols.scalar(name)


# --- sub-expressions remembered across answers ------------------------------------


class BuildMemo:
    """Sub-trees already built, for building many answers to one question (a checker's).

    The answers to one question share most of their sub-trees (σ(θᵀx), xⱼ⁽ⁱ⁾, a
    sum's body); building one costs sympy's constructors every time. A sub-tree's
    expression depends on its structure (not where it stands in the text), the
    context (inside a sum over examples? which indices are bound?), which names
    are defined, and how it is written: ``sum(…)`` and ``sum_i(…)`` are one
    structure, but only the second says that the example index is implied (a
    note), and a bracket after a parameter vector is refused. So the key holds
    the sub-tree's text and whether a bracket follows it too (without them, the
    notes an answer got depended on which answers the same process had read
    before: ``grade --jobs 2`` wrote different notes from run to run). Only
    sub-trees that use no defined name and note nothing are remembered: building
    those records nothing else (the builder's ``uses``). Structures are numbered
    through ``shapes`` (a node's number from its type, its fields and its
    children's numbers), so the structure part of a key is hashed in constant
    time however deep the sub-tree.
    """

    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        #: (node type, fields, children's numbers) -> number
        self.shapes: dict[tuple[object, ...], int] = {}
        #: (number, context, defined names) -> built expression
        self.built: dict[tuple[object, ...], sympy.Expr] = {}

    def start(self) -> None:
        """Called before each build: forget everything past the limit (never during a build, when numbers are in use)."""
        if len(self.built) > self.limit or len(self.shapes) > 4 * self.limit:
            self.shapes.clear()
            self.built.clear()


#: the fields of each node type that make its structure (all but the span), by type
_SHAPE_FIELDS: dict[type, tuple[str, ...]] = {}


def _shape_fields(kind: type) -> tuple[str, ...]:
    names = _SHAPE_FIELDS[kind] = tuple(f.name for f in fields(kind) if f.name != "span")
    return names


# --- the tree walk ----------------------------------------------------------------


class _Builder:
    """Builds trees against one set of definitions, recording which defined names are used."""

    def __init__(
        self,
        lets: Mapping[str, _Let],
        memo: BuildMemo | None = None,
        scalars: frozenset[str] = frozenset(),
        vector_x: sympy.Expr | None = None,
        free: str = vocab.WRT_INDEX,
        vector_parameter: tuple[str, sympy.Expr, frozenset[int], frozenset[int]] | None = None,
    ) -> None:
        self.lets = dict(lets)
        #: in an answer checked by a component of a parameter vector: that vector's name, the component's index,
        #: the ids of the bare occurrences that are the term's only vector (2λβ), read as the vector's entry, and
        #: the ids of an identity I written before such an occurrence (λIβ), read as 1
        self.vector_parameter = vector_parameter
        #: the letter of the gradient's component, free in the cost and the answer: j, or k of --wrt theta_k
        self.free = free
        #: parameter letters read as one-feature scalars (``w`` in ``w x⁽ⁱ⁾ + b``), see :mod:`.scalars`
        self.scalars = scalars
        #: letters of a ``w \\cdot x`` read as a dot product though the texts read one feature too (noted)
        self.undecided: frozenset[str] = frozenset()
        #: in an answer whose problem's x is the feature vector: the feature index a bare x⁽ⁱ⁾ takes
        #: (the answer is the whole gradient ∇J, compared entry by entry), else None
        self.vector_x = vector_x
        self.uses: list[_Use] = []
        #: conventions applied while building (``g(z)`` read as σ(z)), for the output's notes
        self.notes: list[str] = []
        #: how many times a note was made (said or not)
        self.noted = 0
        self.memo = memo
        #: the defined names, part of a remembered sub-tree's key
        self.defined = frozenset(self.lets) | {vocab.PREDICTION} | {f"scalar {name}" for name in scalars}
        if vector_x is not None:
            self.defined |= {f"vector x {vector_x}"}
        if vector_parameter is not None:
            self.defined |= {f"vector {vector_parameter[0]} {vector_parameter[1]} {sorted(vector_parameter[2])} "
                             f"{sorted(vector_parameter[3])}"}
        if free != vocab.WRT_INDEX:
            self.defined |= {f"free {free}"}
        #: each node's structure number and the node (kept, so that its id is not reused), by id
        self.shapes: dict[int, tuple[int, tree.Node]] = {}

    def is_defined(self, name: str) -> bool:
        return name in self.lets or name == vocab.PREDICTION

    def build(self, node: tree.Node, context: _Context, source: _Source) -> sympy.Expr:
        """Return the sympy expression of ``node`` in ``context``."""
        if self.memo is None:
            return self._build(node, context, source)
        span = node.span
        key = (self.shape(node), context, self.defined, source.text[span.start:span.end],
               _applied_to_a_bracket(node, source))
        built = self.memo.built.get(key)
        if built is not None:
            return built
        uses, noted = len(self.uses), self.noted
        built = self._build(node, context, source)
        if len(self.uses) == uses and self.noted == noted:
            # no defined name below, no note: the same expression wherever it stands
            self.memo.built[key] = built
        return built

    def note(self, text: str) -> None:
        # counted even when said already: a sub-tree that repeats a note (a second g(z)) still notes it, and is
        # not remembered as noting nothing
        self.noted += 1
        if text not in self.notes:
            self.notes.append(text)

    def shape(self, node: tree.Node) -> int:
        """The number of ``node``'s structure in the memo (equal numbers: equal trees, spans aside)."""
        known = self.shapes.get(id(node))
        if known is not None:
            return known[0]
        kind = type(node)
        names = _SHAPE_FIELDS.get(kind) or _shape_fields(kind)
        values = (getattr(node, name) for name in names)
        shallow = (kind, *(self.shape(v) if hasattr(v, "span") else v for v in values))
        assert self.memo is not None, "asked only by build, where there is a memo"
        shapes = self.memo.shapes
        number = shapes.setdefault(shallow, len(shapes))
        self.shapes[id(node)] = (number, node)
        return number

    def _build(self, node: tree.Node, context: _Context, source: _Source) -> sympy.Expr:
        if isinstance(node, tree.Transpose) or isinstance(node, tree.Binary) and node.op == "⊙":
            raise _fail(
                "matrix notation (Xᵀ, ⊙) is read only in an answer to check, not here",
                node.right if isinstance(node, tree.Binary) else node,
                source,
                hint="write the index form: sums over i, theta_j, x_j^(i)",
            )
        if isinstance(node, tree.Binary):
            return self.binary(node, context, source)
        if isinstance(node, tree.Number):
            return _number(node.text)
        if isinstance(node, tree.Constant):
            return sympy.E if node.name == "e" else sympy.pi
        if isinstance(node, tree.Variable):
            return self.variable(node, context, source)
        if isinstance(node, tree.Negate):
            return -self.build(node.operand, context, source)
        if isinstance(node, tree.Apply):
            return self.apply(node, context, source)
        if isinstance(node, tree.Call):
            return self.call(node, context, source)
        if isinstance(node, tree.Sum):
            return self.sum(node, context, source)
        if isinstance(node, tree.Dot):
            return self.dot(node, context, source)
        if isinstance(node, tree.Derivative):
            inner = next((below for below in tree.walk(node.body) if isinstance(below, tree.Derivative)), None)
            if inner is not None:
                # well formed, but one dual number evaluates one derivative: the checks cannot take a second
                raise UnsupportedInputError(
                    "a derivative of a derivative: logderiv checks first derivatives only",
                    source=source.text, column=inner.span.start, label=source.label,
                    hint="write the inner derivative out first, then differentiate that",
                )
            if isinstance(node.wrt, tree.Variable) and self.is_defined(node.wrt.name) and node.wrt.feature is None \
                    and node.wrt.name != vocab.PREDICTION:
                # \frac{d J_i}{d z_i}: a chain-rule factor by a name the page defines (z_i = wᵀx_i + b), taken
                # once every definition is known (_through_defined_names)
                key = self.variable(node.wrt, context, source)
                body = self.build(node.body, context, source)
                return sympy.Derivative(body, key, evaluate=False)
            if isinstance(node.wrt, tree.Variable) and node.wrt.name == vocab.PREDICTION and node.wrt.feature is None \
                    and context.example and isinstance(node.body, tree.Variable) and not self.is_defined(node.body.name) \
                    and node.body.feature is None and node.body.example is None:
                # Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂w: the cost by one example's prediction, inside a sum over the examples; taken
                # (or refused) once the cost is known (_through_defined_names, example_terms)
                key = self.variable(node.wrt, context, source)
                return sympy.Derivative(self.build(node.body, context, source), key, evaluate=False)
            if isinstance(node.wrt, tree.Variable) and node.wrt.name == vocab.PREDICTION and node.wrt.feature is None \
                    and context.example and any(isinstance(below, (tree.Variable, tree.Call))
                                                and below.name == vocab.PREDICTION for below in tree.walk(node.body)):
                # Σᵢ ∂/∂h_θ (log h_θ(x⁽ⁱ⁾)) · ∂h_θ/∂θ₀: the chain rule's factor by one example's prediction, of an
                # expression written with it; taken by it, h(x⁽ⁱ⁾) held as a variable, once every definition is known
                # (_through_defined_names, which refuses a body depending on the parameters otherwise than through h)
                key = self.variable(node.wrt, context, source)
                return sympy.Derivative(self.build(node.body, context, source), key, evaluate=False)
            _refuse_a_derivative_by_a_summed_component(node, context, source)
            wrt = self.wrt(node.wrt, context, source)
            body = self.build(node.body, context, source)
            return sympy.Derivative(body, wrt, evaluate=False)
        if isinstance(node, tree.Kronecker):
            delta = sympy.KroneckerDelta(
                self.feature(node, node.first, context, source), self.feature(node, node.second, context, source)
            )
            _refuse_a_component_zero_delta(node, delta, source)
            return delta
        if isinstance(node, tree.AxisSum):
            raise _fail(
                f"sum(…, {node.dimension}) is a sum along one dimension of a matrix, read only in an answer in "
                "matrix notation (Octave)",
                node,
                source,
                hint="write the sum over the examples as sum(...) or sum_i(...)",
            )
        raise _fail(f"cannot read {type(node).__name__}", None, source)

    def binary(self, node: tree.Binary, context: _Context, source: _Source) -> sympy.Expr:
        if node.op == "^":
            base = self.build(node.left, context, source)
            exponent = self.build(node.right, context, source)
            if isinstance(node.left, tree.Constant) and node.left.name == "e":
                return sympy.exp(exponent)
            _check_power_size(base, exponent, node, source)
            return _finite(sympy.Pow(base, exponent), node, source)
        if node.op == "*" and (not context.example or context.mean) and _written_numpy_dot(node, source.text):
            inner = self.numpy_inner_product(node, context, source)
            if inner is not None and context.mean:
                # np.mean(np.dot(error, x)): the np.dot is already one number, Σᵢ errorᵢxᵢ, and np.mean of a number
                # is that number; read as example i's product errorᵢxᵢ, the mean divided it by m (a false
                # "equivalent" for an answer m times too large). np.sum of the number is the number, which the
                # product per example summed gives too: read as before
                raise _fail(
                    "np.dot(a, b) of two vectors of the examples is one number, their inner product Σᵢ aᵢbᵢ, and "
                    "np.mean of one number is that number, not 1/m of it: a sum over examples inside a mean",
                    node,
                    source,
                    hint="write np.dot(error, x) / m, or np.mean(error * x) (entry by entry)",
                )
            if inner is not None and not context.example:
                return inner
        # Chains are left-deep (a+b+c+…); walk them in a loop so a long flat sum
        # or product never recurses once per operand.
        family = ("+", "-") if node.op in ("+", "-") else ("*", "/")
        operands: list[tuple[str, tree.Node]] = []
        current: tree.Node = node
        while isinstance(current, tree.Binary) and current.op in family and not (
            current is not node and current.op == "*" and _written_numpy_dot(current, source.text)
        ):  # np.dot(error, x) / m: the np.dot is one factor, built (and read as NumPy's) on its own
            operands.append((current.op, current.right))
            current = current.left
        operands.append((family[0], current))
        operands.reverse()
        if family[0] == "*":
            operands = self.juxtaposed_dots(operands, source)
        built = []
        denominator = None
        for op, operand in operands:
            value = self.build(operand, context, source)
            if op == "-":
                value = -value
            elif op == "/":
                if value == 0:
                    raise _fail("division by zero", operand, source)
                denominator = value
                value = _finite(sympy.Pow(value, -1), operand, source)
            built.append(value)
        if family[0] == "+":
            return sympy.Add(*built)
        if len(built) == 2 and denominator is not None and operands[1][0] == "/":
            sigmoid = _sigmoid_written_out(built[0], denominator)
            if sigmoid is not None:
                written = source.text[node.span.start:node.span.end]
                if sigmoid.args[0].could_extract_minus_sign():
                    # 1/(1 + e^z) is σ(−z), not σ(z): the note said σ(z) of a text whose model is σ(−z) (audit30)
                    self.note(f"{written} is the sigmoid of minus its exponent, σ(−u) = 1/(1 + e^u): read as σ(−u), "
                              "so its derivative by u is −σ(−u)(1 − σ(−u))")
                elif (scale := sigmoid.args[0].as_coeff_Mul()[0]) != 1:
                    # 1/(1 + e^(−2θᵀx)) is σ(2θᵀx): "read as σ" alone left the 2 to be found in the steps
                    shown = str(scale) if scale.is_Integer else f"({scale})"
                    self.note(f"{written} is the sigmoid σ(z) = 1/(1 + e^(−z)) at z = {shown}·u, u the rest of its "
                              f"exponent: read as σ({shown}u), so its derivative by u is {shown}·σ(1 − σ)")
                else:
                    self.note(f"{written} is the sigmoid σ(z) = 1/(1 + e^(−z)): read as σ, so its derivative is "
                              "σ(1 − σ)")
                return sigmoid
        product = sympy.Mul(*built)
        _check_number_size(product.as_coeff_Mul()[0], node, source)  # 10^300 * 10^300 * …
        return product

    def mean_of_inner_product(self, node: tree.Sum, context: _Context, source: _Source) -> sympy.Expr | None:
        """``np.mean(np.dot(a, b))``, ``np.dot(a, b).mean()``: the mean of one number, Σᵢ aᵢbᵢ, is that number.

        The mean is written (1/m)·Σᵢ over its body; the body here is the one number NumPy computes, the same for
        every i, so the sum over i is m times it, and the mean is the inner product itself (no 1/m). Built as
        m·Σᵢ aᵢbᵢ: one sum over i, never one inside another. None when the body is anything else (a mean of
        np.dot(a, b) beside other terms stays refused where the np.dot is built).
        """
        body = node.body
        if not (isinstance(body, tree.Binary) and body.op == "*" and _written_numpy_dot(body, source.text)):
            return None
        product = self.numpy_inner_product(body, context, source)
        if product is None:
            return None
        written = source.text[node.span.start:node.span.end]
        self.note(f"read as NumPy: in {written} the np.dot is already one number, Σᵢ aᵢbᵢ, and the mean of one "
                  "number is that number: no 1/m")
        return symbols.m * product

    def refuse_mean_of_inner_product(self, name: str, node: tree.Variable, source: _Source) -> None:
        """``np.mean(s)`` with ``--let s = np.dot(error, x)``: s is one number, and np.mean of it is s, not s/m.

        The let's value is built once per example (the resolver knows no mean), where its np.dot is example i's
        product; under the mean that is (1/m)Σᵢ errorᵢxᵢ, 1/m of what NumPy computes: refused, as the np.dot
        written inside the mean is.
        """
        let = self.lets.get(name)
        written = getattr(let, "tree", None)
        if written is None:
            return
        assert let is not None, "only a let has a tree"
        for part in tree.walk(written):
            if isinstance(part, tree.Binary) and part.op == "*" and _written_numpy_dot(part, let.source.text) \
                    and self.numpy_inner_product(part, _Context(), let.source) is not None:
                raise _fail(
                    f"'{name}' is defined with np.dot(a, b) of two vectors of the examples, one number (their inner "
                    f"product Σᵢ aᵢbᵢ), and np.mean of one number is that number, not 1/m of it",
                    node,
                    source,
                    hint=f"write {name} / m, or define {name} entry by entry (error * x) before its mean",
                )

    def refuse_inner_product_among_terms(self, node: tree.Sum, source: _Source) -> None:
        """``np.sum(first - second)`` with ``first = (-y) @ np.log(h)``: a number beside an example's terms.

        np.sum of inner products alone (np.sum(-y.dot(log h) - (1 - y).dot(log(1 - h)))) is that number, which the
        products per example summed give too; beside a term with a value per example NumPy broadcasts the number
        to every example, so the sum counts it m times, and the terms read per example (Σᵢ aᵢbᵢ once) were a false
        "equivalent" (audit34): refused.
        """
        if _SUM_CALL.match(source.text, node.span.start) is None:
            return  # np.dot(Y.T, np.log(h)) + …: sums the matrix form lowered from the products themselves
        terms = _additive_terms(node.body)
        inner = [self.inner_product_in(term, source) for term in terms]
        where = next((found for found in inner if found is not None), None)
        if where is None or all(self.is_inner_product(term, source) for term in terms):
            return
        part, name = where
        said = f"'{name}' is defined with np.dot(a, b) (a @ b)" if name else "np.dot(a, b) (a @ b)"
        raise _fail(f"{said} of two vectors of the examples: one number, their inner product Σᵢ aᵢbᵢ, which beside "
                    "a value per example in a sum over the examples NumPy counts once per example: a sum over "
                    "examples inside a sum over examples", part, source,
                    hint="write the inner product outside the sum, or multiply entry by entry (a * b)")

    def inner_product_in(self, term: tree.Node, source: _Source) -> tuple[tree.Node, str] | None:
        """The first np.dot of two vectors of the examples in ``term``, or a let's name holding one; else None."""
        for part in tree.walk(term):
            if isinstance(part, tree.Binary) and part.op == "*" and _written_numpy_dot(part, source.text) \
                    and self.numpy_inner_product(part, _Context(), source) is not None:
                return part, ""
            if isinstance(part, tree.Variable) and self.is_defined(part.name):
                let = self.lets.get(part.name)
                written = getattr(let, "tree", None)
                if written is not None and let is not None and any(
                        isinstance(inside, tree.Binary) and inside.op == "*"
                        and _written_numpy_dot(inside, let.source.text)
                        and self.numpy_inner_product(inside, _Context(), let.source) is not None
                        for inside in tree.walk(written)):
                    return part, part.name
        return None

    def is_inner_product(self, term: tree.Node, source: _Source) -> bool:
        """Whether ``term`` is one number: an inner product (or a let holding one) times numbers."""
        while isinstance(term, tree.Negate) or isinstance(term, tree.Binary) and term.op in ("*", "/") and (
                isinstance(term.right, tree.Number) or isinstance(term.left, tree.Number) and term.op == "*") \
                and not _written_numpy_dot(term, source.text):
            if isinstance(term, tree.Negate):
                term = term.operand
            else:
                term = term.left if isinstance(term.right, tree.Number) else term.right
        if isinstance(term, tree.Binary) and term.op == "*" and _written_numpy_dot(term, source.text):
            return self.numpy_inner_product(term, _Context(), source) is not None
        if not (isinstance(term, tree.Variable) and self.is_defined(term.name)):
            return False
        let = self.lets.get(term.name)  # first = y @ log(h) + (1 - y) @ log(1 - h): every term one number
        written = getattr(let, "tree", None)
        return written is not None and let is not None and all(self.is_inner_product(part, let.source)
                                                               for part in _additive_terms(written))

    def numpy_inner_product(self, node: tree.Binary, context: _Context, source: _Source) -> sympy.Expr | None:
        """NumPy's ``np.dot(error, x)`` (``error.dot(x)``) of two vectors of the examples, outside any sum: Σᵢ aᵢbᵢ.

        np.dot of two 1-D arrays is their inner product, one number; read as the product of one example's
        values it would be a term with the example index free, judged at one example. Only when both
        factors are per example (each depends on the example); else None, and the product is read as before.
        """
        inner = _Context(example=True, bound=context.bound)
        try:
            left = self.build(node.left, inner, source)
            right = self.build(node.right, inner, source)
        except InputError:
            return None
        if not (left.has(symbols.example_index) and right.has(symbols.example_index)):
            return None
        self.note("read as NumPy: np.dot(a, b) of two vectors of the examples runs only with 1-D arrays, and is then "
                  "their inner product Σᵢ aᵢbᵢ, a number")
        return symbols.example_sum(left * right)

    def juxtaposed_dots(self, operands: list[tuple[str, tree.Node]], source: _Source) -> list[tuple[str, tree.Node]]:
        """``wx``, ``\\mathbf{x}\\mathbf{w}``: a parameter vector times the data vector x, both whole, is wᵀx.

        Only where the parameter is a vector here (not a one-feature scalar): a product
        of two whole vectors can then mean only their dot product. Noted.
        """
        whole = [operand for op, operand in operands if op == "*" and _whole_vector(operand, self.scalars)]
        if len(whole) > 2 and any(_vector_pair(a, b, self.scalars) for a in whole for b in whole):
            # (x·x)w and x(x·w) flatten to one product x x w, and the brackets are gone from the tree: which two
            # vectors make the dot product is not said, and the readings differ (xᵀx w is not x xᵀw)
            raise _fail(
                "a product of three whole vectors: which two of them make a dot product is not said",
                whole[-1],
                source,
                hint="write the dot product with its indices, e.g. sum_k(w_k x_k^(i)) x_j^(i), or w^T x once",
            )
        result: list[tuple[str, tree.Node]] = []
        for op, operand in operands:
            # -wx_i (e^{-wx_i}): the reader puts the minus on the first factor, (−w)·x_i; the sign is a number's,
            # and the product of the two vectors is still their dot product, negated
            negated = bool(result) and isinstance(result[-1][1], tree.Negate)
            if result and op == "*" and result[-1][0] == "*" and _vector_pair(
                    _unnegated(result[-1][1]), operand, self.scalars):
                left = _unnegated(result[-1][1])
                assert isinstance(left, tree.Variable) and isinstance(operand, tree.Variable), "_vector_pair said both are"
                parameter, data = (left, operand) if left.name in vocab.PARAMETER_VECTORS else (operand, left)
                if parameter is operand and _applied_to_a_bracket(operand, source):
                    # \mathbf{x}_n\theta(-y_n w^Tx_n): Learning From Data's θ(s) is the logistic function;
                    # read as θᵀx times the bracket, the answer would silently gain a second parameter vector
                    shown = {"theta": "θ", "beta": "β"}.get(operand.name, operand.name)
                    raise _fail(
                        f"'{source.text[operand.span.start:operand.span.end]}' is applied to a bracket: {shown}ᵀx "
                        f"times the bracket, or a function {shown}(s)?",
                        operand,
                        source,
                        hint=f"{shown} is a parameter vector here; if {shown}(s) is the logistic function (Learning From "
                        "Data's θ(s) = e^s/(1 + e^s)) write \\sigma(s), or define it: --let '\\theta(s) = "
                        "\\frac{e^s}{1+e^s}'; for the product write the dot product out, \\theta^T x \\cdot (…)",
                    )
                span = tree.Span(left.span.start, operand.span.end)
                written = source.text[span.start:span.end]
                shown = {"theta": "θ", "beta": "β"}.get(parameter.name, parameter.name)
                self.note(f"'{written}' is read as {shown}ᵀx, the dot product: {shown} is a vector here "
                          "(no one-feature model), and so is x")
                dot = tree.Dot(parameter, data, span)
                result[-1] = ("*", tree.Negate(dot, tree.Span(result[-1][1].span.start, span.end)) if negated else dot)
                continue
            result.append((op, operand))
        return result

    def apply(self, node: tree.Apply, context: _Context, source: _Source) -> sympy.Expr:
        argument = self.build(node.argument, context, source)
        if node.function == "factorial":
            return _factorial(argument, node, source)
        if node.function not in registry.NAMES:
            raise _fail(f"unknown function '{node.function}'", node, source)
        if node.function == "log":
            softplus = _softplus_written_out(argument)
            if softplus is not None:
                written = source.text[node.span.start:node.span.end]
                self.note(
                    f"{written} is softplus(z) = log(1 + e^z), as in the logistic log-likelihood: "
                    "read as softplus, so its derivative is σ(z)"
                )
                return softplus
        return _finite(symbols.function(node.function)(argument), node, source)

    # -- names --

    def variable(self, node: tree.Variable, context: _Context, source: _Source) -> sympy.Expr:
        name = node.name
        if self.vector_parameter is not None and id(node) in self.vector_parameter[3]:
            shown = {"theta": "θ", "beta": "β"}.get(self.vector_parameter[0], self.vector_parameter[0])
            self.note(f"I{shown}: I is the identity matrix, and I{shown} = {shown}")
            return sympy.Integer(1)
        if name in vocab.RESERVED and name != "e":
            raise _fail(f"'{name}' is {vocab.RESERVED[name]}, not a variable", node, source)
        if self.is_defined(name):
            if node.feature is not None:
                raise _fail(f"'{name}' is defined by --let and has no feature index", node, source)
            if name in _PER_EXAMPLE_CONSTANTS and node.example is None:
                raise _fail(f"'{name}' is defined per example by --let ({name}_i), and written here without its index",
                            node, source, hint=f"write {name}_i for the value of example i; "
                            "a regularisation strength beside it needs another letter")
            example = self.example(node, context, source)
            if context.mean:
                self.refuse_mean_of_inner_product(name, node, source)
            self.uses.append(_Use(name, example, node, source))
            return _key(name, example)
        if name in vocab.CONSTANTS:
            if node.feature is not None or node.example is not None:
                raise _fail(f"'{name}' is a constant and has no index", node, source)
            return symbols.scalar(name)
        if name in vocab.PARAMETER_VECTORS:
            if node.example is not None:
                raise _fail(
                    f"'{name}' does not depend on the example: it has no ^(i)",
                    node,
                    source,
                    hint=f"write {name}_j",
                )
            if node.feature is None and name in self.scalars:
                self.note(scalars.scalar_note(name))
                return symbols.scalar(name)
            lone = self.vector_parameter
            if node.feature is None and lone is not None and lone[0] == name and id(node) in lone[2]:
                shown = {"theta": "θ", "beta": "β"}.get(name, name)
                self.note(f"{shown} alone in a term of the answer is the parameter vector: the answer is the whole "
                          f"gradient, compared entry by entry ({shown} as {shown}ⱼ)")
                return symbols.vector(name)[lone[1]]
            if node.feature is None:
                raise _fail(
                    f"'{name}' is a vector: write {name}_j or {name}^T x",
                    node,
                    source,
                    hint=f"a component is {name}_j (or {name}_0); a dot product is {name}^T x",
                )
            return symbols.vector(name)[self.feature(node, node.feature, context, source)]
        if name in vocab.DATA_VECTORS:
            example = self.example(node, context, source)
            if node.feature is None and self.vector_x is not None:
                # ∇J = (1/m) Σ (h − y) x⁽ⁱ⁾: the feature vector, whose entry is compared
                return symbols.vector(name)[symbols.example_index, self.vector_x] if example else symbols.vector(name)[self.vector_x]
            if node.feature is None:
                if example:
                    return symbols.vector(name)[symbols.example_index]
                return symbols.scalar(name)
            feature = self.feature(node, node.feature, context, source)
            if example:
                return symbols.vector(name)[symbols.example_index, feature]
            return symbols.vector(name)[feature]
        if name in vocab.PER_EXAMPLE:
            if node.feature is not None:
                raise _fail(f"'{name}' has no feature index", node, source, hint=f"write {name} or {name}^(i)")
            example = self.example(node, context, source)
            return symbols.vector(name)[symbols.example_index] if example else symbols.scalar(name)
        if name == "e":  # e₁ as a parser reads it for matrix answers
            raise _fail("'e' is Euler's number and has no index", node, source,
                        hint="the unit vectors e₁, e₂, … are read only in a matrix answer (one with X or Xᵀ)")
        # any other letter or Greek name: a plain scalar
        if node.feature is not None:
            raise _fail(
                f"'{name}' has no feature index: only theta, w and x are indexed by feature",
                node,
                source,
            )
        if node.example is not None:
            raise _fail(
                f"'{name}' does not depend on the example: only x, y and names given with --let do",
                node,
                source,
                hint=f"define it per example with --let {name}=...",
            )
        return symbols.scalar(name)

    def example(self, node: tree.Node, context: _Context, source: _Source) -> bool:
        """Whether ``node`` means one example's value; a written ``^(i)`` needs an enclosing sum."""
        written = getattr(node, "example", None)
        if written is None:
            return context.example
        if written != vocab.EXAMPLE_INDEX:
            raise _fail(f"unknown example index '{written}'", node, source, hint="examples are indexed by i")
        if not context.example:
            raise _fail(
                "the example index i is free here: there is no sum over examples around it",
                node,
                source,
                hint="put it inside sum_i(...), or drop the ^(i)",
            )
        return True

    def feature(self, node: tree.Node, letter: str, context: _Context, source: _Source) -> sympy.Expr:
        """The sympy index of a feature subscript: bound by a sum, ``j``, or a number."""
        if letter.isascii() and letter.isdigit():
            if len(letter) > 1 and letter.startswith("0"):
                # θ01, \theta_{01}: two indices (θ₀,₁, a layer's weight) or θ₁ zero-padded; int() made it θ₁,
                # and beside θ₁ the same parameter twice (audit29)
                raise _fail(
                    f"the index {letter} starts with 0: it may be two indices ({letter[0]}, {letter[1:]}) or "
                    f"{letter.lstrip('0') or '0'} written with a leading zero",
                    node,
                    source,
                    hint=f"write the index without the leading zero ({letter.lstrip('0') or '0'}) if that is meant",
                )
            return symbols.index(letter)
        bound = context.feature(letter)
        if bound is not None:
            return bound
        if letter == self.free:
            return symbols.wrt_index
        if letter == vocab.EXAMPLE_INDEX:
            raise _fail("i is the example index, not a feature index", node, source, hint=f"write x_{self.free}^(i)")
        if letter in vocab.FEATURE_INDICES:
            raise _fail(
                f"the index {letter} is free here: there is no sum_{letter} around it",
                node,
                source,
                hint=f"write sum_{letter}(...) around it, or use the index {self.free}"
                + (f" (--wrt names the component {self.free})" if self.free != vocab.WRT_INDEX else ""),
            )
        raise _fail(f"unknown index '{letter}'", node, source)

    def call(self, node: tree.Call, context: _Context, source: _Source) -> sympy.Expr:
        name = node.name
        if not self.is_defined(name) and not _is_example(node.argument):
            return self.function_call(node, context, source)
        if not self.is_defined(name):
            defined = sorted(self.lets)
            if defined:
                listed = ", ".join(f"'{n}'" for n in defined)
                raise _fail(
                    f"'{name}' is used but --let defines {listed}",
                    node,
                    source,
                    hint=f"define it with --let {name}=..., or use {listed}",
                )
            vorontsov = _VORONTSOV_MODEL.search(source.text) if name == "a" else None
            if vorontsov is not None:
                # Q(w) = (1/ℓ) Σ (a_w(x_i) − y_i)² (a Russian course's task): a_w(x) is the model's prediction by the
                # parameters w — ⟨w, x⟩ for a linear model, σ(⟨w, x⟩) for a logistic one: which, the text does not say
                raise _fail(
                    f"'{vorontsov.group(0).rstrip('( ')}(…)' is the model's prediction by the parameters "
                    f"{vorontsov.group('by')} (the notation a(x) of Russian ML courses), but no text says which model "
                    "a is: the linear ⟨w, x⟩, or another (σ(⟨w, x⟩))",
                    node,
                    source,
                    hint="define it with --let, e.g. --let 'a_w(x) = \\langle w, x \\rangle' for the linear model",
                )
            raise _fail(
                f"'{name}' is not defined",
                node,
                source,
                hint=f"define it with --let {name}=... (e.g. --let {name}=sigmoid(theta^T x))",
            )
        argument = node.argument
        if not (
            isinstance(argument, tree.Variable)
            and argument.name in vocab.DATA_VECTORS
            and argument.feature is None
        ):
            raise _fail(
                f"'{name}' is a function of the example: write {name}(x) or {name}(x^(i))",
                argument,
                source,
            )
        example = self.example(argument, context, source)
        self.uses.append(_Use(name, example, node, source))
        return _key(name, example)

    def function_call(self, node: tree.Call, context: _Context, source: _Source) -> sympy.Expr:
        """An undefined letter applied to a bracket: ``g(z)`` is Ng's sigmoid; any other is refused.

        Never a product: the front ends make a call only of a letter that is no
        quantity of the text (``y(1-h)`` stays a product).
        """
        name = node.name
        if name == conventions.SIGMOID_LETTER:
            self.note(conventions.SIGMOID_G_NOTE)
            return symbols.sigmoid(self.build(node.argument, context, source))
        raise _fail(
            f"'{name}' is applied to a bracket as a function, but no function {name} is defined",
            node,
            source,
            hint=f"define it with --let (e.g. --let {name}=sigmoid(z)), or write the product with * ({name}*(...))",
        )

    # -- sums, dot products, derivatives --

    def sum(self, node: tree.Sum, context: _Context, source: _Source) -> sympy.Expr:
        if node.over == "examples":
            if context.example:
                raise _fail(
                    "a sum over examples inside another sum over examples",
                    node,
                    source,
                    hint="the inner i would hide the outer one; write the sums side by side",
                )
            unmarked = unmarked_features.reading(node, source.text, self.free, self.scalars)
            if unmarked is not None:
                # Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x_j: one rule for both front ends, read as xⱼ⁽ⁱ⁾ (noted) or refused; before the
                # refusal of a datum marked once and not once, whose readings miss an x_j that an inner Σ_j binds
                if unmarked.refuse:
                    raise _fail(unmarked.message, unmarked.node, source, hint=unmarked.hint)
                self.note(unmarked.message)
            for said in _refuse_mixed_example_index(node, source, [name for name in vocab.DATA_VECTORS
                                                                    | vocab.PER_EXAMPLE if self.is_defined(name)]):
                self.note(said)
            label = unmarked_features.unmarked_label(node, source.text)
            if label is not None and not any(self.is_defined(name) for name in vocab.PER_EXAMPLE):
                self.note(label)  # Σᵢ (θᵀx⁽ⁱ⁾ − y) xⱼ⁽ⁱ⁾: read as y⁽ⁱ⁾, as every datum of the sum is
            operand = unmarked_features.model_operand_note(node, source.text)
            if operand is not None:
                self.note(operand)  # Σᵢ (θᵀx − yᵢ)²: the model's x supplied its mark, said (f68)
            weights = self.one_weight_penalty(node, source)
            if weights is not None:
                return self.build(node.body, context, source)
            inner = _Context(example=True, bound=context.bound,
                             mean=_MEAN_CALL.match(source.text, node.span.start) is not None)
            if inner.mean:
                whole = self.mean_of_inner_product(node, context, source)
                if whole is not None:
                    return whole
            else:
                self.refuse_inner_product_among_terms(node, source)
            built = symbols.example_sum(self.build(node.body, inner, source))
            if _index_only_on_the_sum(node, source) and built.function.has(symbols.example_index):
                # \sum_{i=1}^m (h_\theta(x) - y) x_j: i is written on Σ alone; the data are read as example i's
                self.note(f"the example index is implied: {_head(node, source)} names i, and nothing it sums "
                          "is written with it (no x^{(i)}, y^{(i)}, y_i): y, x and h(x) are read as the i-th "
                          "example's, y⁽ⁱ⁾, x⁽ⁱ⁾ and h(x⁽ⁱ⁾)")
            return built
        bound = context.free_bound_index()
        if bound is None:
            raise _fail("too many nested sums over features", node, source)
        inner = _Context(example=context.example, bound=context.bound + ((node.index, bound),))
        return symbols.feature_sum(self.build(node.body, inner, source), bound)

    def one_weight_penalty(self, node: tree.Sum, source: _Source) -> str | None:
        r"""``\sum w^2`` (no index, no bounds) of a one-feature model: the penalty's Σ over its one weight, noted.

        A penalty's Σ runs over the weights, never over the examples; read over the examples it was m·w² (issue 10:
        a false "different"). Read so only when the Σ writes neither index nor bounds and its body holds nothing
        but the one-feature model's scalar weights and constants (no datum, call or defined name); a Σ written over
        the examples (``\sum_{i=1}^m w^2``) stays as written. Returns the note, else None.
        """
        if not _UNBOUNDED_SIGMA.match(source.text, node.span.start):
            return None
        variables = [each for each in tree.walk(node.body) if isinstance(each, tree.Variable)]
        if any(isinstance(each, (tree.Call, tree.FunctionCall, tree.Sum, tree.Dot)) for each in tree.walk(node.body)):
            return None
        if not all(each.example is None and each.feature is None and not self.is_defined(each.name)
                   and (each.name in self.scalars or each.name in vocab.CONSTANTS or each.name == _INTERCEPT)
                   for each in variables):
            return None
        weights = sorted({each.name for each in variables if each.name in self.scalars})
        written = " ".join(source.text[node.span.start:node.span.end].split())
        if not weights or any(each.name == _INTERCEPT for each in variables):
            # \sum b^2, \sum \lambda: nothing per example and no weight alone: m copies of the body (a sum over the
            # examples) or the body once (over the one weight)? Their gradients differ, so neither is guessed
            raise _fail(f"'{written}' has no index and sums nothing per example and no weight alone: summed over the "
                        f"m examples it is m times its body, taken once it is its body alone; which is meant is not written",
                        node, source, hint="write the sum's index and bounds (\\sum_{i=1}^{m} for the examples), or "
                                           "the term without a Σ")
        shown = ", ".join(weights)
        if not _squared_weight(node.body, self.scalars) or _beside_an_unindexed_sum(node, source.text):
            # Σ 2λw, Σ λw², Σ w (a number inside, or no power: the split of a sum over the examples, Σᵢ (aᵢ + 2λw) =
            # Σ a + Σ 2λw), or Σ w² in one bracket with an unindexed Σ over the examples: read once, an answer's
            # 2λw was 2λw/m, a false "different" (audmis37); read over the examples, a penalty's w² was m·w²
            raise _fail(f"'{written}' has no index: summed over the m examples it is m times its body, taken once "
                        f"(a penalty's Σ over the one weight {shown}) it is its body alone; which is meant is not "
                        f"written (only a Σ of {shown} squared, with no other unindexed Σ in its bracket, is read "
                        f"as the penalty)", node, source,
                        hint="write the sum's index and bounds (\\sum_{i=1}^{m} for the examples), or the term "
                             "without a Σ")
        said = (f"{written} has no index and sums only the weight {shown}: a penalty's Σ runs over the weights, "
                f"and the one-feature model has the one weight {shown}: read as its body alone (not m times it, a "
                f"sum over the m examples)")
        self.note(said)
        return said

    def dot(self, node: tree.Dot, context: _Context, source: _Source) -> sympy.Expr:
        bound = context.free_bound_index()
        if bound is None:
            raise _fail("too many nested sums over features", node, source)
        if node.left.name in self.scalars or node.right.name in self.scalars:
            # w · x⁽ⁱ⁾ of a one-feature model (differentiated by the whole w): a product of scalars
            written = source.text[node.span.start:node.span.end]
            self.note(f"{written} is a product of scalars here, not a dot product: one-feature model")
            return self.build(node.left, context, source) * self.build(node.right, context, source)
        undecided = {node.left.name, node.right.name} & self.undecided
        if undecided:
            self.note(scalars.dot_read_note(source.text[node.span.start:node.span.end], undecided.pop()))
        left = self.component(node.left, bound, context, source)
        right = self.component(node.right, bound, context, source)
        if node.left.name in vocab.PARAMETER_VECTORS:
            return symbols.dot(symbols.vector(node.left.name), right, bound)
        if node.right.name in vocab.PARAMETER_VECTORS:
            return symbols.dot(symbols.vector(node.right.name), left, bound)
        return symbols.feature_sum(left * right, bound)

    def component(self, node: tree.Variable, bound: sympy.Symbol, context: _Context, source: _Source) -> sympy.Expr:
        """The ``bound``-th component of a vector in a dot product."""
        if node.name not in _VECTORS:
            raise _fail(f"'{node.name}' is not a vector", node, source, hint="write theta^T x")
        if node.feature is not None:
            raise _fail("a dot product takes whole vectors", node, source, hint="write theta^T x")
        if node.name in vocab.PARAMETER_VECTORS:
            if node.example is not None:
                raise _fail(f"'{node.name}' does not depend on the example", node, source)
            return symbols.vector(node.name)[bound]
        if self.example(node, context, source):
            return symbols.vector(node.name)[symbols.example_index, bound]
        return symbols.vector(node.name)[bound]

    def wrt(self, node: tree.Node, context: _Context, source: _Source) -> sympy.Expr:
        """The variable to differentiate by: a parameter, not a constant or defined name."""
        if not isinstance(node, tree.Variable):
            raise _fail(
                "differentiate by a single variable, such as theta_j, w_j, b or z",
                node,
                source,
            )
        name = node.name
        if name in vocab.CONSTANTS:
            hint = None
            if name == vocab.EXAMPLE_COUNT:
                # ŷ = m x + b: a slope named m is the count to logderiv
                hint = "m is the number of examples; for a slope named m, call it another letter (w or a): (w x + b - y)^2, --wrt w"
            raise _fail(f"'{name}' is a constant; differentiate by a variable such as theta_j", node, source, hint=hint)
        if self.is_defined(name):
            raise _fail(
                f"'{name}' is a defined name; differentiate by a variable such as theta_j",
                node,
                source,
                hint=f"derivatives with respect to {name} are taken through the chain rule",
            )
        if node.example is not None and name in vocab.PARAMETER_VECTORS:
            # theta_i: notes that index the features by i (and the examples by j) read the other way here
            raise _fail(
                f"i is the example index, and {name} has one value for all examples: its component is "
                f"{name}_{vocab.WRT_INDEX} (or {name}_k)",
                node,
                source,
                hint=f"write --wrt {name}_{vocab.WRT_INDEX}, with the examples indexed by i in the texts",
            )
        if node.example is not None or name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE:
            raise _fail(
                f"'{name}' is data; differentiate by a parameter such as theta_j, w_j or b",
                node,
                source,
                hint="for a scalar variable of your own use another letter, e.g. d/dz",
            )
        if (node.feature is not None and node.feature in vocab.FEATURE_INDICES and node.feature != vocab.WRT_INDEX
                and name in vocab.PARAMETER_VECTORS and name not in self.scalars):
            # --wrt theta_k (notes that write the component k, as in x_k^(i)): k is the gradient's free index
            # wherever no sum binds it, in the cost and in the answer; the output writes it j
            self.free = node.feature
            self.defined |= {f"free {node.feature}"}
            self.note(FREE_LETTER_NOTE.format(name=_wrt_written(node, source), letter=node.feature,
                                              j=vocab.WRT_INDEX))
            return symbols.vector(name)[symbols.wrt_index]
        if (node.feature == vocab.WRT_INDEX and self.free != vocab.WRT_INDEX and name in vocab.PARAMETER_VECTORS
                and name not in self.scalars and "_" not in source.text[node.span.start:node.span.end]):
            # ∇J(θ) beside ∂J/∂θ_k: the reader, not the writer, gave ∇'s entry the letter j; the entry compared is
            # the component the derivation is by, k (cold6's linear-regression notes: ∂J/∂θ_k, then ∇J(θ⃗))
            written = source.text[node.span.start:node.span.end].strip()
            self.note(f"∇ by {written}, beside a derivation by its component {self.free}: its entry {self.free} is the "
                      f"one compared (the reader, not the text, names ∇'s entry j); the output writes it {vocab.WRT_INDEX}")
            return symbols.vector(name)[symbols.wrt_index]
        if node.feature is not None and not node.feature.isdigit() and node.feature != vocab.WRT_INDEX:
            raise _fail(
                f"differentiate by the component {name}_{vocab.WRT_INDEX} (or {name}_0, {name}_1, ...)",
                node,
                source,
                hint=f"{node.feature} names a summed feature; the free component index is {vocab.WRT_INDEX}",
            )
        if name in vocab.PARAMETER_VECTORS and node.feature is None and name not in self.scalars:
            # --wrt w beside a cost in the vector w: its gradient ∇_w J, whose entry j is ∂J/∂wⱼ for every j,
            # the same derivative --wrt w_j takes (a one-feature w, a scalar, is taken as written above)
            self.note(WHOLE_VECTOR_NOTE.format(name=_wrt_written(node, source), vector=name, index=vocab.WRT_INDEX))
            return symbols.vector(name)[symbols.wrt_index]
        # outside any sum: the wrt never picks up an example or a bound index
        return self.variable(node, _Context(), source)


def _refuse_a_derivative_by_a_summed_component(node: tree.Derivative, context: _Context, source: _Source) -> None:
    """Refuse ``Σⱼ ∂/∂θⱼ (θⱼxⱼ)``: a derivative by a component whose letter a sum around it binds.

    Read literally, each term is differentiated by its own θⱼ and the sum is Σⱼ xⱼ; read as the gradient's
    component, the derivative takes the j-th term only, xⱼ. The reader took the second silently while the page's
    next line (Σⱼ xⱼ) followed the first, so the wrong step was named a line late (audit26f). Which j is meant
    only the writer knows.
    """
    wrt = node.wrt
    if not isinstance(wrt, tree.Variable) or wrt.feature is None or wrt.feature.isdigit() \
            or wrt.name not in vocab.PARAMETER_VECTORS or context.feature(wrt.feature) is None:
        return
    written = source.text[wrt.span.start:wrt.span.end].strip()
    raise _fail(
        f"a derivative by {written} inside a sum over {wrt.feature}: is its {wrt.feature} the sum's (each term "
        f"differentiated by its own component) or the gradient's (the {wrt.feature}-th term only)?",
        wrt,
        source,
        hint=f"write the sum's index as another letter (Σ_k {wrt.name}_k x_k, the derivative's {wrt.feature} then "
             f"the gradient's), or take the derivative of each term before summing",
    )


def _wrt_written(node: tree.Variable, source: _Source) -> str:
    """The variable differentiated by, as its note names it: ``--wrt theta_k``, or a line's own ``∂/∂theta_k``.

    A derivative inside a line is read with the line as its source: the note names the variable
    the line writes under ∂, never the whole line.
    """
    if source.label == "--wrt":
        return f"--wrt {source.text.strip()}"
    return f"∂/∂{source.text[node.span.start:node.span.end].strip()}"


#: the note for --wrt naming the component by another feature letter than j
FREE_LETTER_NOTE = (
    "{name}: {letter} is the component differentiated by, free wherever no sum over {letter} binds it "
    "(an answer's x_{letter}^(i) is that component's feature); the output writes it {j}"
)
#: the note for --wrt naming a whole parameter vector that the cost holds as a vector
WHOLE_VECTOR_NOTE = (
    "{name} names the whole vector {vector}: its gradient is taken entry by entry, ∂J/∂{vector}_{index} "
    "for every {index} (as --wrt {vector}_{index})"
)


def _scalars_of(exprs: Sequence[sympy.Expr]) -> frozenset[str]:
    """The parameter letters built expressions hold as scalars (``w``), not as vectors (``w[k]``)."""
    return _scalars_in(tuple(exprs))


@remembered("notation.builder.scalars_in", 256)
def _scalars_in(exprs: tuple[sympy.Expr, ...]) -> frozenset[str]:
    # remembered: a problem's cost and definitions are asked again for every answer checked against it
    vectors = {symbols.label(indexed.base) for e in exprs for indexed in e.atoms(sympy.Indexed)}
    names = {str(symbol) for e in exprs for symbol in e.atoms(sympy.Symbol)}
    return frozenset(name for name in vocab.PARAMETER_VECTORS if name in names and name not in vectors)


#: the intercept's letter: a number of its own, never a weight (ML notes' w x + b)
_INTERCEPT = "b"
#: a Σ written with neither index nor bounds (``\sum w^2``, ``Σ w²``, ``\sum\limits w^2``), not ``\sum_i`` or
#: ``\sum^m`` (nor ``\sum\limits_i``)
_UNBOUNDED_SIGMA = patterns.compile(r"(?:\\sum|\\Sigma|Σ|∑)(?!\s*(?:\\limits|\\nolimits)?\s*(?:_|\^))")


def _squared_weight(body: tree.Node, weights: frozenset[str]) -> bool:
    r"""Whether ``body`` is a penalty's term of the one weight: ``w^2`` (``w^k``, k a numeral ≥ 2), ``(2w)^2``, times
    numerals only — no name such as λ inside (``Σ λw²`` is how a sum over the examples is split) and no bare ``w``."""
    if isinstance(body, tree.Binary) and body.op == "*":
        sides = (body.left, body.right)
        numbers = [side for side in sides if isinstance(side, tree.Number)]
        return len(numbers) == 1 and _squared_weight(next(side for side in sides if side is not numbers[0]), weights)
    if not (isinstance(body, tree.Binary) and body.op == "^" and isinstance(body.right, tree.Number)):
        return False
    try:
        if float(body.right.text) < 2:
            return False
    except ValueError:
        return False
    base = [each for each in tree.walk(body.left)]
    return all(isinstance(each, tree.Number) or isinstance(each, tree.Variable) and each.name in weights
               or isinstance(each, tree.Binary) and each.op == "*" for each in base) \
        and any(isinstance(each, tree.Variable) for each in base)


def _beside_an_unindexed_sum(node: tree.Sum, text: str) -> bool:
    r"""Whether another Σ with no index stands in the innermost bracket holding ``node`` (not the text's top level):
    ``\frac{1}{m}(\sum (w x + b - y)^2 + \sum w^2)`` shares its 1/m, as a sum over the examples split in two does."""
    opened: list[int] = []
    start = end = None
    for at, char in enumerate(text):
        if at == node.span.start:
            if not opened:
                return False
            start = opened[-1]
            depth = len(opened)
        if char in "([{":
            opened.append(at)
        elif char in ")]}" and opened:
            if start is not None and len(opened) == depth and opened[-1] == start:
                end = at
                break
            opened.pop()
    if start is None:
        return False
    inside = text[start:len(text) if end is None else end]
    return any(start + found.start() != node.span.start for found in _UNBOUNDED_SIGMA.finditer(inside))


_SUM_HEAD = patterns.compile(r"(?:\\sum|\\Sigma|sum|Σ)(?:\\limits|\\nolimits)?\s*_\s*\{?\s*i\b[^\s(\[]*")


def _index_only_on_the_sum(node: tree.Sum, source: _Source) -> bool:
    """Whether the sum writes its index (``\\sum_{i=1}^m``, ``Σ_i``) and no variable in its body carries it."""
    if not _SUM_HEAD.match(source.text, node.span.start):
        return False
    return not any(isinstance(current, tree.Variable) and current.example is not None
                   for current in tree.walk(node.body))


def _head(node: tree.Sum, source: _Source) -> str:
    found = _SUM_HEAD.match(source.text, node.span.start)
    return found.group(0) if found else "the sum"


def _is_example(node: tree.Node) -> bool:
    """Whether a call's argument is the example ``x`` or ``x^(i)``, as in ``h(x)``."""
    return isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is None


def _sigmoid_written_out(numerator: sympy.Expr, denominator: sympy.Expr) -> sympy.Expr | None:
    """σ(z) when ``numerator/denominator`` is the sigmoid written out, else None.

    ``1/(1 + e^(−z))`` and ``e^z/(1 + e^z)`` are σ(z): read as σ, the chain rule
    goes through σ′ = σ(1 − σ) and the verdict sees the model it is.
    """
    if not (denominator.is_Add and len(denominator.args) == 2 and sympy.S.One in denominator.args):
        return None
    other = denominator.args[0] if denominator.args[1] == 1 else denominator.args[1]
    if not isinstance(other, sympy.exp):
        return None
    exponent = other.args[0]
    if numerator == 1:
        return symbols.sigmoid(-exponent)
    if numerator == other:
        return symbols.sigmoid(exponent)
    return None


def _softplus_written_out(argument: sympy.Expr) -> sympy.Expr | None:
    """softplus(z) when ``log(argument)`` is log(1 + e^z), else None.

    ``Σ [log(1 + e^(θᵀx)) − y θᵀx]`` is the logistic negative log-likelihood
    (ESL, CS229): read as softplus, its model is σ(θᵀx), never Poisson's e^(θᵀx).
    """
    if not (argument.is_Add and len(argument.args) == 2 and sympy.S.One in argument.args):
        return None
    other = argument.args[0] if argument.args[1] == 1 else argument.args[1]
    if not isinstance(other, sympy.exp):
        return None
    return symbols.softplus(other.args[0])


def _number(text: str) -> sympy.Rational:
    """An exact number: ``0.5`` is 1/2, never a float."""
    whole, _, fraction = text.partition(".")
    if not fraction:
        return sympy.Integer(int(whole))
    return sympy.Rational(int(whole + fraction), 10 ** len(fraction))


def _check_power_size(base: sympy.Expr, exponent: sympy.Expr, node: tree.Node, source: _Source) -> None:
    """Refuse a power of two numbers too large to compute before sympy computes it."""
    if not (base.is_Rational and exponent.is_Rational):
        return
    if abs(base) == 1 or base == 0:
        return
    bits = math.log2(max(abs(int(base.p)), int(base.q)))
    if abs(exponent) * bits > _MAX_POWER_BITS:
        raise InputTooLargeError(
            "this power is too large (or too small) a number to compute",
            source=source.text,
            column=node.span.start,
            hint="logderiv checks every step in floating point: keep powers of numbers between about 10^-300 and 10^300",
            label=source.label,
        )


def _check_number_size(value: sympy.Expr, node: tree.Node, source: _Source) -> None:
    """Refuse an exact number, such as a product of powers, beyond a float's range (every step is checked in floats)."""
    if value.is_Rational and max(abs(int(value.p)), int(value.q)).bit_length() > _MAX_POWER_BITS + 24:
        raise InputTooLargeError(
            "this product is too large (or too small) a number to compute",
            source=source.text,
            column=node.span.start,
            hint="logderiv checks every step in floating point: keep numbers between about 10^-300 and 10^300",
            label=source.label,
        )


def _finite(value: sympy.Expr, node: tree.Node, source: _Source) -> sympy.Expr:
    """Refuse a value that is infinite, undefined or not real (1/0, log(0), sqrt(-1), sqrt(-m) with m > 0).

    Its arguments passed here already, so an imaginary unit in ``value`` is new
    at this node: sympy makes one of the square root or logarithm of a quantity
    it knows is negative, and nothing downstream evaluates it.
    """
    if (value.is_number and (
        value.has(sympy.S.ComplexInfinity, sympy.S.NaN, sympy.S.Infinity, sympy.S.NegativeInfinity)
        or value.is_extended_real is False
    )) or value.has(sympy.I):
        raise _fail(
            f"'{source.text[node.span.start:node.span.end]}' is not a finite real number",
            node,
            source,
        )
    return value


# --- definitions ------------------------------------------------------------------


def _factorial(argument: sympy.Expr, node: tree.Node, source: _Source) -> sympy.Expr:
    """``y_i!``: a quantity of the data of its own, ``y!`` per example (the parsers read ! of x or y alone).

    It holds no parameter, so every derivative of it is 0; a verifier draws it as
    data (positive, as a factorial is).
    """
    if isinstance(argument, sympy.Indexed):
        return symbols.vector(f"{argument.base}!")[argument.indices]
    if isinstance(argument, sympy.Symbol):
        return symbols.scalar(f"{argument}!")
    raise _fail("a factorial is read only of the data (y_i!)", node, source)


def _references(let: _Let, defined: set[str]) -> list[tree.Variable | tree.Call]:
    """The nodes of a let's tree that use a defined name, leftmost first."""
    if let.tree is None:
        return []
    found = [
        node
        for node in tree.walk(let.tree)
        if isinstance(node, (tree.Variable, tree.Call)) and node.name in defined
    ]
    return sorted(found, key=lambda node: node.span.start)


def _check_cycles(lets: Mapping[str, _Let]) -> None:
    """Refuse definitions that use themselves, directly or through others."""
    defined = set(lets)
    graph = {name: _references(let, defined) for name, let in lets.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for reference in graph[name]:
            target = reference.name
            if state.get(target) == 1:
                cycle = path[path.index(target) :] + [name, target] if target in path else [name, target]
                let = lets[name]
                if target == name:
                    message = f"--let {name} uses itself"
                else:
                    message = "--let definitions use each other in a circle: " + " → ".join(cycle)
                raise _fail(
                    message,
                    reference,
                    let.source,
                    hint="each name must be defined from the others without a loop",
                )
            if state.get(target) is None:
                visit(target, path + [name])
        state[name] = 2

    for name in lets:
        if state.get(name) is None:
            visit(name, [])


def _reachable(start: set[str], lets: Mapping[str, _Let]) -> set[str]:
    defined = set(lets)
    seen: set[str] = set()
    stack = [name for name in start if name in lets]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(node.name for node in _references(lets[name], defined) if node.name not in seen)
    return seen


def _default_prediction(text: str = vocab.DEFAULT_PREDICTION) -> _Let:
    from .plain import parse  # sympy-free; imported here only to keep the import graph one-way

    return _Let(vocab.PREDICTION, parse(text), _Source(text, "--let"))


@remembered("notation.builder.build_text", 64)
def _build_text(text: str, example: bool) -> sympy.Expr:
    """A plain-notation text of logderiv's own, built inside (or outside) a sum over examples."""
    from .plain import parse

    return _Builder({}).build(parse(text), _Context(example=example), _Source(text))


def _parameters(
    expressions: Sequence[sympy.Expr], declared: Collection[str] = (), wrt: sympy.Expr | None = None,
    written: Collection[str] = (),
) -> tuple[str, bool]:
    """The cost's parameter vector and whether it has a bias b.

    The vector is the one the cost uses (θ, w or β); for a cost that uses none,
    the one its text declares (``J(\\mathbf w, b) =``, ``f_{\\mathbf w, b}``), else
    the one the page's other lines write (``written``: a derivation's steps, ``y_i − w x_i − b``), else
    the one differentiated by (``--wrt beta_j``), else θ. A bias is there when
    any of them names b. ``written`` makes the reading the page's, one for all its derivations: ∂J/∂w and ∂J/∂b on
    a page writing w and b both read h = wᵀx + b, never wᵀx for the one and θᵀx + b for the other.
    """
    def bases_in(exprs: Iterable[sympy.Expr]) -> set[str]:
        return {
            str(indexed.base)
            for expr in exprs
            for indexed in expr.atoms(sympy.Indexed)
            if str(indexed.base) in vocab.PARAMETER_VECTORS
        }

    others = () if wrt is None else (wrt,)
    bias = "b" in declared or "b" in written or any(
        symbols.scalar("b") in expr.free_symbols for expr in (*expressions, *others))
    lettered = {name for name in written if name in _WRITTEN_VECTORS}
    bases = (bases_in(expressions) or {name for name in declared if name in vocab.PARAMETER_VECTORS}
             or (lettered if len(lettered) == 1 else set()) or bases_in(others))
    if len(bases) == 1:
        return bases.pop(), bias
    return ("w" if "w" in bases else "theta"), bias


#: the parameter vectors a page's lines may write for the default model's letter (models' linear predictors)
_WRITTEN_VECTORS = frozenset({"theta", "w", "beta"})


def written_parameters(nodes: Iterable[tree.Node]) -> frozenset[str]:
    """The parameter letters (θ, w, β, and the bias b) the trees write, for the default model (see :func:`_parameters`)."""
    return frozenset(
        node.name for each in nodes for node in tree.walk(each)
        if isinstance(node, tree.Variable) and (node.name in _WRITTEN_VECTORS or node.name == "b")
    )


def _prediction_uses_in_lets(prepared: Mapping[str, _Let], reachable: Collection[str]) -> list[sympy.Expr]:
    """The values of the reachable lets that write the prediction h, built (term1 = np.log(h).dot(y): its kind)."""
    scratch = _Builder(prepared)
    return [
        scratch.build(let_tree, _Context(example=True), prepared[name].source)
        for name in reachable
        if (let_tree := prepared[name].tree) is not None and _references(prepared[name], {vocab.PREDICTION})
    ]


def _prediction_kind(prepared: Mapping[str, _Let], reachable: Collection[str], cost: sympy.Expr) -> str | None:
    """What the uses of the undefined h in the cost and its lets show: see :func:`models.cost_kind`."""
    return models.cost_kind([cost, *_prediction_uses_in_lets(prepared, reachable)])


def _inferred_prediction(
    prepared: Mapping[str, _Let],
    reachable: set[str],
    cost: sympy.Expr,
    wrt: sympy.Expr,
    first: tuple[tree.Node, _Source],
    parameters: frozenset[str] = frozenset(),
    written: frozenset[str] = frozenset(),
    plain_line: str | None = None,
) -> models.Model:
    """The model of an undefined ``h``, told from the cost's kind (see :mod:`logderiv.notation.models`), or refuse.

    ``plain_line``: the cost's ``f_{w,b}(x^{(i)})`` as written, where :func:`scalars.plain_model_line` read it as the
    ML Specialization's one-feature line: the kind's model of w x⁽ⁱ⁾ + b (w one number), noted.
    """
    values = _prediction_uses_in_lets(prepared, reachable)
    kind = models.cost_kind([cost, *values])
    if kind is None:
        node, source = first
        spelled = source.text[node.span.start:node.span.end].strip() or vocab.PREDICTION
        if models.one_term_cross_entropy([cost, *values]):
            # fixmsg29: −Σ_c t_c log(y_c) was told "'h' is not defined, and the cost is not … a cross-entropy": the
            # text writes y, and its cost is a cross-entropy, of one-hot targets over classes (softmax's)
            raise UnsupportedInputError(
                f"the cost weighs log({spelled}) by the targets with no log(1 − {spelled}) term: the cross-entropy of "
                "one-hot targets over classes (−Σ_c t_c log y_c), whose prediction is a softmax over a weight matrix, "
                "is not supported yet; the two-class cross-entropy is read",
                source=source.text, column=node.span.start, label=source.label,
                hint=f"for two classes add the (1 − target)·log(1 − {spelled}) term (the logistic preset's cost), "
                "or define the prediction with --let")
        read_as = "" if spelled == vocab.PREDICTION else f" (read as the prediction {vocab.PREDICTION})"
        raise _fail(
            f"'{spelled}'{read_as} is not defined, and the cost is not a squared error, a cross-entropy "
            "or a Poisson likelihood, whose model would say what it is",
            node,
            source,
            hint=f"define it with --let {vocab.PREDICTION}=... (e.g. --let h=sigmoid(theta^T x) or --let h=theta^T x)",
        )
    if plain_line is not None:
        template, display, model_name, why = models.KINDS[kind]
        return models.Model(
            template.format("w x + b"),
            f"{models.DEFAULT_PREDICTION_NOTE_START}{display.format('w x⁽ⁱ⁾ + b')}, {model_name} on "
            + scalars.PLAIN_LINE_NOTE.format(written=plain_line, kind=why),
        )
    line = scalars.line_of_declared(parameters)
    if kind == "squared" and line is not None and not _has_vector_data([cost, *values]):
        # J(θ₀, θ₁) = (1/2m) Σ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²: Ng's week 1, one scalar feature
        text, shown = line
        return models.Model(
            text,
            f"{scalars.LINE_OF_DECLARED}{shown.split(' + ')[0]}, "
            f"{shown.split(' + ')[1][:2]}, so reading h = {shown}, the one-feature line of linear regression "
            "with a scalar x⁽ⁱ⁾, since the cost is a squared error (define h with --let to override)",
        )
    vector, bias = _parameters([cost, *values], parameters, wrt, written)
    model = models.model_for(kind, vector=vector, bias=bias)
    if (vector, bias) != _parameters([cost, *values], parameters, wrt):
        # the page's lines, not the cost or the derivative, gave the letters: say so, or ∂J/∂b's θ would look chosen
        model = models.Model(model.text, model.note.replace(
            " (define h", f", in the parameters the page's lines write ({_written_shown(written)}) (define h", 1))
    return model


def _written_shown(written: Collection[str]) -> str:
    """The parameter letters a page writes, as shown in a note: ``w and b``."""
    shown = [{"theta": "θ", "beta": "β"}.get(name, name) for name in sorted(written, key=lambda name: (name == "b", name))]
    return " and ".join(shown)


def _has_vector_data(exprs: Sequence[sympy.Expr]) -> bool:
    """Whether the expressions hold a feature of x (xⱼ⁽ⁱ⁾, x_k) or a parameter vector's non-numbered component."""
    for expr in exprs:
        for indexed in expr.atoms(sympy.Indexed):
            base = str(indexed.base)
            if base in vocab.DATA_VECTORS and (len(indexed.indices) == 2 or indexed.indices[0] != symbols.example_index):
                return True
            if base in vocab.PARAMETER_VECTORS and not indexed.indices[0].is_Integer:
                return True
    return False


def _name_of(key: sympy.Basic) -> tuple[str, bool] | None:
    """The defined name and context of a definitions key (``h(i)`` or ``h``)."""
    if isinstance(key, AppliedUndef):
        return key.func.__name__, True
    if isinstance(key, sympy.Symbol):
        return key.name, False
    return None


def _convert(value: sympy.Expr, to_example: bool, defined: set[str]) -> sympy.Expr:
    """Move a definition's value between contexts: ``x[k]`` ↔ ``x[i, k]``, ``y`` ↔ ``y[i]``, ``g`` ↔ ``g(i)``.

    Sums over examples inside the value bind their own ``i`` and are left alone.
    """
    i = symbols.example_index
    masks = {s: sympy.Dummy() for s in value.atoms(sympy.Sum) if symbols.is_example_sum(s)}
    masked = value.xreplace(masks)
    mapping: dict[sympy.Basic, sympy.Basic] = {}
    for indexed in masked.atoms(sympy.Indexed):
        base = str(indexed.base)
        if base in vocab.DATA_VECTORS | vocab.PER_EXAMPLE:
            if to_example and len(indexed.indices) == 1:
                mapping[indexed] = symbols.vector(base)[i, indexed.indices[0]]
            elif not to_example and indexed.indices[0] == i:
                rest = indexed.indices[1:]
                mapping[indexed] = symbols.vector(base)[rest] if rest else symbols.scalar(base)
    if to_example:
        for symbol in masked.free_symbols:
            if isinstance(symbol, sympy.Symbol) and (
                symbol.name in defined or symbol.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE
            ):
                if symbol.name in defined:
                    mapping[symbol] = _key(symbol.name, True)
                else:
                    mapping[symbol] = symbols.vector(symbol.name)[i]
    else:
        for applied in masked.atoms(AppliedUndef):
            if applied.func.__name__ in defined and applied.args == (i,):
                mapping[applied] = _key(applied.func.__name__, False)
    converted = masked.xreplace(mapping)
    return converted.xreplace({dummy: s for s, dummy in masks.items()})


def _uses_in_value(value: sympy.Expr, defined: set[str]) -> set[tuple[str, bool]]:
    """The defined names a built value refers to, each with its context."""
    return {(name, example) for name, example in _names_in(value) if name in defined}


@remembered("notation.builder.names_in", 256)
def _names_in(value: sympy.Expr) -> frozenset[tuple[str, bool]]:
    """The names a value may refer to as defined names, each with its context (remembered: building
    every answer to one question looks again at the same few definitions)."""
    found = {
        (a.func.__name__, True) for a in value.atoms(AppliedUndef) if a.args == (symbols.example_index,)
    }
    found |= {(s.name, False) for s in value.free_symbols if isinstance(s, sympy.Symbol)}
    return frozenset(found)


class _Resolver:
    """Builds the value of every defined name in every context it is used in."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.values: dict[tuple[str, bool], sympy.Expr] = {}
        self.depends: dict[str, set[str]] = {}

    def resolve(self) -> None:
        builder = self.builder
        done = 0
        while done < len(builder.uses):
            use = builder.uses[done]
            done += 1
            key = (use.name, use.example)
            if key in self.values:
                continue
            let = builder.lets[use.name]
            before = len(builder.uses)
            value = self.value(let, use.example)
            self.values[key] = value
            # a value built from a tree recorded its uses while building; one
            # taken from a problem (or converted) is scanned for them instead
            names = {u.name for u in builder.uses[before:]}
            if let.tree is None:
                for name, example in _uses_in_value(value, set(builder.lets)):
                    names.add(name)
                    builder.uses.append(_Use(name, example, use.node, use.source))
            self.depends.setdefault(use.name, set()).update(names - {use.name})

    def value(self, let: _Let, example: bool) -> sympy.Expr:
        if example in let.known:
            return let.known[example]
        if let.tree is not None:
            return self.builder.build(let.tree, _Context(example=example), let.source)
        other = let.known[not example]
        return _convert(other, example, set(self.builder.lets))

    def ordered(self, order: Sequence[str]) -> dict[sympy.Basic, sympy.Expr]:
        """The values, each name after the names its value uses."""
        placed: list[str] = []

        def place(name: str, path: frozenset[str]) -> None:
            if name in placed or name in path:
                return
            for dependency in sorted(self.depends.get(name, ())):
                place(dependency, path | {name})
            placed.append(name)

        for name in order:
            if any(key[0] == name for key in self.values):
                place(name, frozenset())
        result: dict[sympy.Basic, sympy.Expr] = {}
        for name in placed:
            for example in (True, False):
                if (name, example) in self.values:
                    result[_key(name, example)] = self.values[(name, example)]
        return result


#: constants a --let may define per example (with the example index on the name): λᵢ, a Poisson rate
_PER_EXAMPLE_CONSTANTS = frozenset({"lambda"})
_RATE_HEAD = patterns.compile(r"\s*(?:\\log|\\ln)?\s*(?:\\left)?[({]?\s*(?:\\lambda|λ)\s*(?:_\s*\{?\s*i\s*\}?|\^\s*\{?\s*\(\s*i\s*\)\s*\}?)")


def _prepare_lets(lets: Sequence[tuple[str, tree.Node, str]]) -> dict[str, _Let]:
    prepared: dict[str, _Let] = {}
    for name, value, text in lets:
        source = _Source(text, "--let")
        if name in prepared:
            column = max(text.find(name), 0)
            # both places: the caret at the second, the first quoted (notation.twice_defined read agreeing ones once)
            raise InputError(
                f"'{name}' is defined twice: here and by --let '{' '.join(prepared[name].source.text.split())}', "
                "and the two are not one value (they differ, or could not be compared)",
                source=text,
                column=column,
                hint="give each --let a different name",
                label="--let",
            )
        if name in _PER_EXAMPLE_CONSTANTS and _RATE_HEAD.match(text):
            pass  # \lambda_i = …: a rate per example (a Poisson model's), its uses all carry the index
        elif name in vocab.CONSTANTS | _VECTORS | vocab.PER_EXAMPLE or name in vocab.RESERVED:
            raise InputError(
                f"'{name}' has a fixed meaning and cannot be defined",
                source=text,
                column=max(text.find(name), 0),
                label="--let",
            )
        prepared[name] = _Let(name, value, source)
    _check_cycles(prepared)
    return prepared


# --- public -----------------------------------------------------------------------


def build_problem(
    cost: tree.Node,
    *,
    source: str,
    wrt: tree.Node | None = None,
    wrt_source: str | None = None,
    lets: Sequence[tuple[str, tree.Node, str]] = (),
    parameters: Collection[str] = (),
    operator: tree.Node | None = None,
    written: Collection[str] = (),
) -> Problem:
    """Build the cost, the variable to differentiate by, and the definitions it uses.

    ``source`` is the cost's text (errors point into it); ``wrt`` defaults to
    ``theta_j`` and ``wrt_source`` is its text. Each let is ``(name, value tree,
    the let's text)``. A cost that uses ``h`` without defining it gets the
    model its kind says (:mod:`logderiv.notation.models`) and a note, unless a
    ``--let`` that is never used suggests the user meant that one.
    ``parameters`` are the names the text declares without using them
    (``J(\\mathbf w, b) =``): that model takes them too. ``operator``: the letter the text differentiates the cost
    by when ``wrt`` is another (``∂E/∂b = Σ ∂/∂w (…)²``): as a bare ``wrt`` does, it says w is one number.
    ``written``: the parameter letters the page's other lines write (:func:`written_parameters`), which an undefined
    ``h``'s model takes where the cost names none.
    """
    with _room_to_recurse():
        return _build_problem(
            cost, source=source, wrt=wrt, wrt_source=wrt_source, lets=lets, parameters=frozenset(parameters),
            operator=operator, written=frozenset(written),
        )


def _build_problem(
    cost: tree.Node,
    *,
    source: str,
    wrt: tree.Node | None,
    wrt_source: str | None,
    lets: Sequence[tuple[str, tree.Node, str]],
    parameters: frozenset[str] = frozenset(),
    operator: tree.Node | None = None,
    written: frozenset[str] = frozenset(),
) -> Problem:
    from .plain import parse

    prepared = _prepare_lets(lets)
    if wrt is None:
        wrt_source = vocab.DEFAULT_WRT
        wrt = parse(wrt_source)
    by = operator if operator is not None else wrt
    one_feature = scalars.scalar_parameters([(cost, source), *((value, text) for _, value, text in lets)], by)
    # J(w, b) = (1/2m) Σ (f_{w,b}(x⁽ⁱ⁾) − y⁽ⁱ⁾)², f defined nowhere, everything plain: MLS's one-feature line
    plain_line = None if lets else scalars.plain_model_line(cost, source, by, parameters)
    if plain_line is not None:
        one_feature = one_feature | {"w"}
    undecided = scalars.undecided_products([(cost, source), *((value, text) for _, value, text in lets)], by)
    if scalars.UNDECIDED_AS_SCALARS.get():
        one_feature = one_feature | undecided  # the other reading of w · x, for a caller judging both
        undecided = frozenset()
    builder = _Builder(prepared, scalars=one_feature)
    builder.undecided = undecided
    cost_source = _Source(source)
    wrt_text = _Source(wrt_source if wrt_source is not None else "", "--wrt")
    wrt_value = builder.wrt(wrt, _Context(), wrt_text)
    expr = builder.build(cost, _Context(), cost_source)

    notes: list[str] = []
    used = {use.name for use in builder.uses}
    reachable = _reachable(used, prepared)
    prediction_uses = [use for use in builder.uses if use.name == vocab.PREDICTION]
    if vocab.PREDICTION not in prepared:
        # h may also be used only inside a let's value
        inside_lets = [
            node
            for name in reachable
            for node in _references(prepared[name], {vocab.PREDICTION})
        ]
        if prediction_uses or inside_lets:
            unused = [name for name in prepared if name not in reachable]
            renamed = _prediction_under_another_name(unused, prepared) if prediction_uses else None
            if renamed in _ACTIVATION_NAMES and _prediction_kind(prepared, reachable, expr) != "cross-entropy":
                # np.sum((h - y)**2) beside A = sigmoid(X @ theta) (audit31e): a squared error's h is linear
                # regression's θᵀx by the notes' convention, so A, σ of it, is no more its h than another quantity
                renamed = None
            if renamed is not None:
                _refuse_a_sigmoid_of_a_sigmoid(cost, cost_source, prediction_uses, renamed, prepared)
                # the text writes the prediction h (ŷ, h_θ(x)) and the one --let it never uses defines the
                # prediction under code's or another page's name (y_hat, f): that definition, noted
                prepared[vocab.PREDICTION] = _Let(vocab.PREDICTION, prepared[renamed].tree, prepared[renamed].source)
                builder.lets[vocab.PREDICTION] = prepared[vocab.PREDICTION]
                notes.append(_PREDICTION_RENAMED_NOTE.format(name=renamed)
                             + (_ACTIVATION_RENAMED_NOTE if renamed in _ACTIVATION_NAMES else ""))
                # the let's own name stays defined, with the same value, for an answer that writes it (y_hat)
                builder.uses.extend(_Use(renamed, use.example, use.node, use.source) for use in prediction_uses)
                # and what the let reaches (A = sigmoid(Z), Z = …): Z is used through A, not 'defined but not used'
                reachable = reachable | _reachable({renamed}, prepared)
            else:
                if unused:
                    listed = ", ".join(f"'{n}'" for n in unused)
                    if prediction_uses:
                        first_use = min(prediction_uses, key=lambda use: use.node.span.start)
                        # named as written: the cost's ŷ is read as h, and "'h' is used" was said of a cost writing
                        # no h (fixmsg29)
                        spelled = first_use.source.text[first_use.node.span.start:first_use.node.span.end].strip()
                        read_as = "" if spelled in ("", vocab.PREDICTION) else \
                            f" (read as the prediction {vocab.PREDICTION})"
                        raise _fail(
                            f"'{spelled or vocab.PREDICTION}'{read_as} is used but --let defines {listed}",
                            first_use.node,
                            first_use.source,
                            hint=f"rename the --let to {vocab.PREDICTION}, or use {listed} in the cost",
                        )
                if prediction_uses:
                    first_use = min(prediction_uses, key=lambda use: use.node.span.start)
                    first = (first_use.node, first_use.source)
                else:
                    first = (inside_lets[0], next(prepared[n].source for n in reachable if _references(prepared[n], {vocab.PREDICTION})))
                model = _inferred_prediction(prepared, reachable, expr, wrt_value, first, parameters, written,
                                             plain_line)
                prepared[vocab.PREDICTION] = _default_prediction(model.text)
                builder.lets[vocab.PREDICTION] = prepared[vocab.PREDICTION]
                notes.append(model.note)
    for name in prepared:
        # h too: a --let h the cost does not use (MSE written out in m x_i + c) is the answer's own
        if name not in reachable and (name != vocab.PREDICTION or any(given == name for given, _, _ in lets)):
            notes.append(f"--let {name} is defined but not used")

    resolver = _Resolver(builder)
    resolver.resolve()
    if plain_line is not None and isinstance(by, tree.Variable) and by.name != "w":
        notes.append(scalars.scalar_by_another_note("w", by.name))
    elif isinstance(by, tree.Variable) and by.name not in one_feature:
        # --wrt b beside a bare w x (read after the lets are built: w may be written only there): the one-feature
        # reading is the course's, but a vector w is spelled alike
        notes += [scalars.scalar_by_another_note(name, by.name) for name in sorted(one_feature)
                  if scalars.scalar_note(name) in builder.notes]
    order = list(prepared)
    definitions = resolver.ordered(order)
    expr, through = _through_defined_names(expr, definitions, cost, cost_source)
    return Problem(
        cost=expr,
        wrt=wrt_value,
        definitions=definitions,
        notes=tuple(dict.fromkeys([*builder.notes, *notes, *through])),
        source=source,
        free_letter=builder.free,
    )


#: names a --let gives the prediction where a text writes h or ŷ: code's (y_hat, y_pred) and pages' (f, as f_{w,b})
_PREDICTION_NAMES = frozenset({"f", "y_hat", "yhat", "y_pred", "ypred", "pred", "preds", "prediction", "predictions"})
_PREDICTION_RENAMED_NOTE = (
    "the text writes the prediction h (ŷ, h_θ(x)) and --let defines it as {name}, a name the text never uses: "
    "h is read as {name}, the prediction under another name"
)


#: DeepLearning.AI's name of the activations, A = σ(wᵀX + b): logistic regression's prediction where its value is σ
_ACTIVATION_NAMES = frozenset({"A"})
_ACTIVATION_RENAMED_NOTE = (" (A = σ(…) is DeepLearning.AI's activation, which in logistic regression is the "
                            "prediction ŷ)")


def _is_sigmoid(let: _Let) -> bool:
    """Whether ``let``'s value is σ of something (A = sigmoid(…), or g(…) with g read as σ)."""
    value = let.tree
    return isinstance(value, tree.Apply) and value.function == "sigmoid"


def _prediction_under_another_name(unused: Sequence[str], lets: Mapping[str, _Let]) -> str | None:
    """The one unused --let that names the prediction as code or another page does (y_hat, f), else None.

    The other unused lets may be its own parts (y_pred = sigmoid(linear), linear = X·weights + bias): what
    the prediction's value reaches is read with it, so they are no second, unexplained quantity. Nor are lets
    built from the prediction (touvlo's dz = A - Y, the answer's residual): they say the prediction is that
    name. A let the prediction does not reach, and that does not use it, keeps the refusal (which of the two
    the text's h is, is not said). A value that uses the target y (y_pred = y − wᵀx − b, a residual) is no
    prediction, whatever its name. DeepLearning.AI's A counts only where its value is σ of something (a layer's
    activation A = tanh(…) is no prediction).
    """
    named = [name for name in unused if name in _PREDICTION_NAMES or name in _ACTIVATION_NAMES and _is_sigmoid(lets[name])]
    if len(named) != 1:
        return None
    # built from it with the target (dz = A - Y, a residual): a later layer's output (A2 = sigmoid(2 * A + 1), no
    # y) is another prediction, which the text's h may be as well (audit31e): it keeps the refusal
    own = _reachable({named[0]}, lets)
    built_from = {name for name in unused if name != named[0] and named[0] in _reachable({name}, lets)
                  and any(_references(lets[other], set(vocab.PER_EXAMPLE)) for other in _reachable({name}, lets) - own)}
    parts = set(unused) - built_from
    if not parts <= own:
        return None
    if any(_references(lets[name], set(vocab.PER_EXAMPLE)) for name in parts):
        return None
    return named[0]


def _refuse_a_sigmoid_of_a_sigmoid(cost: tree.Node, source: _Source, uses: Sequence[_Use], renamed: str,
                                   lets: Mapping[str, _Let]) -> None:
    """Refuse reading the text's h as ``renamed`` where the text takes σ (or e^) of h and that let is itself a σ.

    ``-Σ[y log σ(ŷ) + …]`` beside ``--let 'y_pred = sigmoid(linear)'``: the text's ŷ is the score σ is applied
    to (the logit, perhaps the let ``linear``), code's y_pred the probability; reading one as the other would
    apply σ twice and judge a right gradient "different". Which the writer meant is not said. The logistic
    loss log(1 + e^{−y ŷ}) takes e to the margin of the score alike.
    """
    from .functions import is_sigmoid_of_something

    written = {id(use.node) for use in uses if use.source is source}

    def holds_the_prediction(node: tree.Node) -> bool:
        return any(id(inner) in written for inner in tree.walk(node))

    # σ(ŷ), σ written out (1/(1 + e^{−ŷ})), or Ng's g(ŷ) where no --let defines g (read as σ, SIGMOID_G_NOTE)
    under = [node for node in tree.walk(cost)
             if (is_sigmoid_of_something(node) or isinstance(node, tree.Call) and node.name == conventions.SIGMOID_LETTER
                 and node.name not in lets) and holds_the_prediction(node)]
    what = "σ"
    if not under:
        # the logistic loss log(1 + e^{−y ŷ}): e to the margin, whose ŷ is the score as σ's is
        under = [node for node in tree.walk(cost) if holds_the_prediction(node) and (
            isinstance(node, tree.Apply) and node.function == "exp"
            or isinstance(node, tree.Binary) and node.op == "^" and isinstance(node.left, tree.Constant)
            and node.left.name == "e")]
        what = "e to the power"
    if not under:
        return
    if not any(is_sigmoid_of_something(node) for name in _reachable({renamed}, lets)
               if (value := lets[name].tree) is not None for node in tree.walk(value)):
        return
    raise _fail(
        f"the text takes {what} of the prediction {vocab.PREDICTION}, and --let {renamed} (the prediction under "
        f"code's name) is itself a sigmoid: {vocab.PREDICTION} there may be the score, not the probability {renamed}",
        min(under, key=lambda node: node.span.start),
        source,
        hint=f"{vocab.PREDICTION} under {what} may be the score (the logit), not {renamed}: write --let "
             f"'{vocab.PREDICTION} = …' with the score, or write {renamed} without {what} in the cost",
    )


def build_expression(
    node: tree.Node,
    *,
    source: str,
    definitions_of: Problem | None = None,
    lets: Sequence[tuple[str, tree.Node, str]] = (),
    memo: BuildMemo | None = None,
) -> Expression:
    """Build an expression alone (an answer to check) in the same context as a problem.

    A defined name means what it means in ``definitions_of`` (``h`` in an
    answer is the cost's ``h``); further names may be given with ``lets``. An
    undefined ``h`` is assumed to be σ(θᵀx), with a note. A :class:`BuildMemo`
    shared by the calls for one problem builds each sub-tree they share once.
    """
    if memo is not None:
        memo.start()
    with _room_to_recurse():
        return _build_expression(node, source=source, definitions_of=definitions_of, lets=lets, memo=memo)


def _build_expression(
    node: tree.Node,
    *,
    source: str,
    definitions_of: Problem | None,
    lets: Sequence[tuple[str, tree.Node, str]],
    memo: BuildMemo | None = None,
) -> Expression:
    prepared = _prepare_lets(lets)
    known: dict[str, _Let] = {}
    if definitions_of is not None:
        for key, value in definitions_of.definitions.items():
            named = _name_of(key)
            if named is None:
                continue
            name, example = named
            let = known.get(name)
            if let is None:
                let = known[name] = _Let(name, None, _definition_source(value))
            let.known[example] = value
    for name, let in prepared.items():
        if name in known:
            raise InputError(
                f"'{name}' is already defined by the problem",
                source=let.source.text,
                column=max(let.source.text.find(name), 0),
                label="--let",
            )
    all_lets = {**known, **prepared}
    one_feature: frozenset[str] = frozenset()
    if definitions_of is not None:
        # the answer's w is the cost's: a scalar when the problem read it as one
        one_feature = _scalars_of((definitions_of.cost, *definitions_of.definitions.values()))
    vector_x = _vector_x_entry(definitions_of, [node, *(let.tree for let in prepared.values())])
    if vector_x is not None:
        _refuse_function_of_features(node, _Source(source))
        _refuse_component_beside_vector_x(node, _Source(source), str(vector_x))
    _refuse_model_without_brackets(node, _Source(source), definitions_of, vector=vector_x is not None)
    free = vocab.WRT_INDEX if definitions_of is None else definitions_of.free_letter
    vector_parameter = _vector_parameter_entry(definitions_of, node, one_feature)
    builder = _Builder(all_lets, memo, scalars=one_feature, vector_x=vector_x, free=free,
                       vector_parameter=vector_parameter)
    expr = builder.build(node, _Context(), _Source(source))
    notes: list[str] = []
    if vector_x is not None:
        notes.append(
            "x⁽ⁱ⁾ is the feature vector of example i: the answer is the whole gradient ∇J, compared entry by entry"
        )
    if one_feature and one_feature & _scalars_of([expr]):  # the walk of the answer only when the cost has one
        notes += [scalars.scalar_note(name) for name in sorted(one_feature)]
    prediction_used = any(use.name == vocab.PREDICTION for use in builder.uses) or any(
        _references(let, {vocab.PREDICTION}) for let in prepared.values()
    )
    if vocab.PREDICTION not in all_lets and prediction_used:
        if definitions_of is None:
            model: models.Model | None = models.model_for("cross-entropy")
        else:
            model = models.model_of_cost(definitions_of.cost, definitions_of.definitions, _build_text)
        if model is None:
            first = min(
                (use.node for use in builder.uses if use.name == vocab.PREDICTION),
                key=lambda n: n.span.start,
                default=None,
            )
            # named as the answer writes it (ŷ, y_hat, p_i), as the cost's own refusal does (fixmsg29)
            written = vocab.PREDICTION if first is None else source[first.span.start:first.span.end].strip()
            read_as = "" if written in ("", vocab.PREDICTION) else f" (read as the prediction {vocab.PREDICTION})"
            raise _fail(
                f"'{written or vocab.PREDICTION}'{read_as} is not defined, and the cost does not show which model's "
                "prediction it is",
                first,
                _Source(source),
                hint=f"define it with --let {vocab.PREDICTION}=... (e.g. --let h=sigmoid(theta^T x) or --let h=theta^T x)",
            )
        builder.lets[vocab.PREDICTION] = _default_prediction(model.text)
        notes.append(model.note)
    resolver = _Resolver(builder)
    if definitions_of is not None:
        for key, value in definitions_of.definitions.items():
            named = _name_of(key)
            if named is not None:
                resolver.values[named] = value
                resolver.depends.setdefault(named[0], set()).update(
                    name for name, _ in _uses_in_value(value, set(all_lets)) if name != named[0]
                )
    resolver.resolve()
    order = list(known) + [name for name in builder.lets if name not in known]
    definitions = resolver.ordered(order)
    expr, through = _through_defined_names(expr, definitions, node, _Source(source), definitions_of)
    return Expression(expr=expr, definitions=definitions,
                      notes=tuple(dict.fromkeys([*builder.notes, *notes, *through])))


def _through_defined_names(expr: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr], root: tree.Node,
                           source: _Source, problem: Problem | None = None) -> tuple[sympy.Expr, list[str]]:
    """Each derivative by a defined name (``\\frac{d J_i}{d z_i}``) taken: ∂(body, every other name expanded)/∂z.

    Notes write the chain rule through their own names: z_i = wᵀx_i + b, p_i = σ(z_i), J_i = −[y_i log p_i + …],
    then ∇_w J = Σ dJ_i/dz_i · ∂z_i/∂w. dJ_i/dz_i is J_i as a function of z_i alone: every other defined name is
    written out (p_i as σ(z_i)) and the result differentiated by z_i, which keeps its own definition. That is only
    so when the body depends on the parameters through z_i alone: a body that holds a parameter itself (the
    weights, the intercept) would ask which of them are held fixed, and is refused.

    The cost's own name differentiated so (∂L/∂a of one example's L = −y log a − (1 − y) log(1 − a), a = σ(z)) is
    the cost's definition by that name, as the chain rule's first factor means it: only for a cost of one example
    (a sum has a term, and an a, for each example; refused below as before).
    """
    found = [each for each in symbols.atoms(expr, sympy.Derivative) if each.variables[0] in definitions]
    if not found:
        return expr, []
    replaced = {}
    notes = []
    for derivative in found:
        variable = derivative.variables[0]
        named = _name_of(variable)
        assert named is not None, "a definitions key is a defined name, h or h(i)"
        others = {key: value for key, value in definitions.items() if key != variable}
        written = derivative.expr
        if named[0] == vocab.PREDICTION and problem is not None and written == sympy.Symbol(problem.name) \
                and problem.cost.has(sympy.Sum):
            factor = example_terms.by_one_examples_prediction(problem.cost, variable, definitions[variable])
            scaled = None if factor is None else example_terms.scaled_by_the_count(expr, derivative, symbols.m)
            if scaled is not None:
                raise _fail(example_terms.TWO_READINGS.format(cost=problem.name, name=named[0],
                                                              factor=str(scaled)), root, source,
                            hint=f"write Σᵢ ∂{problem.name}/∂{named[0]}⁽ⁱ⁾ · … without the count for the summed cost's "
                                 "derivative, or name one example's loss (L_i = …) for the mean of its derivatives")
            if factor is not None:
                replaced[derivative] = factor
                notes.append(example_terms.NOTE.format(cost=problem.name, name=named[0]))
                continue
        if problem is not None and written == sympy.Symbol(problem.name) and not problem.cost.has(sympy.Sum) \
                and problem.cost.has(variable):
            written = problem.cost
            notes.append(f"∂{problem.name}/∂{named[0]}: the cost {problem.name}, one example's, is "
                         f"written with {named[0]}: its definition differentiated by it")
        body = expand_definitions(written, others)
        parameters = [each for each in body.free_symbols | body.atoms(sympy.Indexed)
                      if str(getattr(each, "base", each)) in vocab.PARAMETER_VECTORS | {"b"}]
        if parameters or body.has(sympy.Derivative):
            name = named[0]
            where = next((each for each in tree.walk(root) if isinstance(each, tree.Derivative)
                          and isinstance(each.wrt, tree.Variable) and each.wrt.name == name), root)
            raise _fail(f"the derivative by {name} is of something that depends on the parameters other than through "
                        f"{name}: which of them are held fixed is not said", where, source,
                        hint=f"write the derivative by {name} out, or differentiate by a parameter")
        if isinstance(body, sympy.Symbol) and body != variable \
                and (problem is None or body != sympy.Symbol(problem.name)):
            # ∂q/∂z of a q the page defines nowhere: what q is a function of is not said (read as a letter, its
            # derivative would be 0 and a true lemma wrong)
            name = named[0]
            raise _fail(f"{body} is not defined: its derivative by {name} is not said by the page", root, source,
                        hint=f"define {body} (--let {body}=...) or leave the lemma out")
        if body.has(sympy.Sum) or not body.has(variable):
            # ∂J/∂z_i of the cost: a sum over the examples, each term with its own z, so only the i-th depends on
            # z_i; read as written (J a name of its own, or the sum with its bound index) it was 0, and the right
            # Σ (∂J/∂z_i) ∂z_i/∂w was judged wrong (audit29b)
            name = named[0]
            where = next((each for each in tree.walk(root) if isinstance(each, tree.Derivative)
                          and isinstance(each.wrt, tree.Variable) and each.wrt.name == name), root)
            raise _fail(f"the derivative by {name} is of what does not hold one example's {name} as written (the "
                        f"cost, a sum over the examples, each term with its own {name}): it would be 0", where, source,
                        hint=f"write one example's term (J_i = …, then \\frac{{d J_i}}{{d {name}_i}}), or differentiate "
                             "by a parameter")
        replaced[derivative] = sympy.diff(body, variable)
        name = named[0]
        notes.append(f"a derivative by {name}, a name the page defines, is taken with every other defined name written "
                     f"out and {name} held as itself: the chain rule's factor through {name}")
    return expr.xreplace(replaced), notes


def _vector_parameter_entry(problem: Problem | None, root: tree.Node,
                            scalar_names: Collection[str]) -> tuple[str, sympy.Expr, frozenset[int], frozenset[int]] | None:
    r"""The parameter vector of ``--wrt`` (β of β_j), its entry, and the bare occurrences of it read as that entry.

    ``2\lambda\beta``, ``\lambda\beta + \frac{1}{n}\sum …``: an answer to a gradient by βⱼ that writes β
    whole, as a term's only vector (times numbers and scalars), is the gradient vector, and its entry j is
    compared. Where another whole vector shares the term (β x, β β, β^2, β in a denominator or a function),
    the product is not said (a dot product? entry by entry?), so those stay refused.
    """
    if problem is None:
        return None
    wrt = problem.wrt
    if not (isinstance(wrt, sympy.Indexed) and symbols.label(wrt.base) in vocab.PARAMETER_VECTORS
            and len(wrt.indices) == 1):
        return None
    name = symbols.label(wrt.base)
    if name in scalar_names:
        return None
    if not any(isinstance(node, tree.Variable) and node.name == name and node.feature is None and node.example is None
               for node in tree.walk(root)):
        return None  # no bare β at all, so none of the terms below (most answers; one walk, not one a term)
    lone: set[int] = set()
    identity: set[int] = set()
    _mark_lone(root, name, scalar_names, lone, identity)
    if not lone:
        return None  # most answers: the cost's letters below (a walk of the whole cost) are not needed
    letters = {str(symbol) for symbol in problem.expand_definitions(problem.cost).free_symbols}
    if "I" in letters or any((_name_of(key) or ("",))[0] == "I" for key in problem.definitions):
        identity = set()  # the cost's own I is a quantity, not the identity
    return (name, wrt.indices[0], frozenset(lone), frozenset(identity)) if lone else None


def _mark_lone(node: tree.Node, name: str, scalar_names: Collection[str], lone: set[int], identity: set[int]) -> None:
    """Collect (by id) the bare ``name`` that is the only whole vector of its product, term by term."""
    if isinstance(node, tree.Binary) and node.op in ("+", "-"):
        _mark_lone(node.left, name, scalar_names, lone, identity)
        _mark_lone(node.right, name, scalar_names, lone, identity)
        return
    if isinstance(node, tree.Negate):
        _mark_lone(node.operand, name, scalar_names, lone, identity)
        return
    factors: list[tree.Node] = []
    denominators: list[tree.Node] = []

    def flatten(part: tree.Node) -> None:
        if isinstance(part, tree.Binary) and part.op == "*":
            flatten(part.left)
            flatten(part.right)
        elif isinstance(part, tree.Binary) and part.op == "/":
            flatten(part.left)
            denominators.append(part.right)
        elif isinstance(part, tree.Negate):
            flatten(part.operand)
        else:
            factors.append(part)

    flatten(node)
    if any(_holds_whole_vector(part, scalar_names) for part in denominators):
        return
    whole = [part for part in factors if _holds_whole_vector(part, scalar_names)]
    if len(whole) != 1:
        return
    (only,) = whole
    if isinstance(only, tree.Variable) and only.name == name and only.feature is None and only.example is None:
        lone.add(id(only))
        before = factors[factors.index(only) - 1] if factors.index(only) else None
        if (isinstance(before, tree.Variable) and before.name == "I" and before.feature is None
                and before.example is None and before.span.end <= only.span.start):
            identity.add(id(before))  # λIβ: the identity matrix times β, written before it
    elif isinstance(only, tree.Binary) and only.op in ("+", "-") or isinstance(only, tree.Negate):
        _mark_lone(only, name, scalar_names, lone, identity)  # λ(β + …): a bracket of vectors, each term on its own
    elif isinstance(only, tree.Sum) and only.over == "examples" and _holds_example_data(only.body):
        # Σᵢ(−2(yᵢ − xᵢᵀβ)xᵢⱼ + 2λβ): a term of the summand. A sum of β alone (\mathbf{1}^T\beta, read as a sum
        # over the examples) is Σₖβₖ, a number: βⱼ in it made 2λ1ᵀβ/m "equivalent" to 2λβⱼ
        _mark_lone(only.body, name, scalar_names, lone, identity)


def _holds_example_data(node: tree.Node) -> bool:
    """Whether ``node`` uses an example's data: x, X, y, h(x), or a name with an example index."""
    return any(isinstance(part, (tree.Call, tree.FunctionCall)) or isinstance(part, tree.Variable) and (
        part.example is not None or part.name in vocab.DATA_VECTORS | {vocab.DATA_MATRIX, "y", vocab.PREDICTION})
        for part in tree.walk(node))


def _holds_whole_vector(node: tree.Node, scalar_names: Collection[str]) -> bool:
    """Whether ``node`` holds a parameter or data vector written whole, outside a dot product and a call h(x)."""
    if isinstance(node, (tree.Dot, tree.Call, tree.FunctionCall)):
        return False
    if isinstance(node, tree.Variable):
        return _whole_vector(node, scalar_names)
    return any(_holds_whole_vector(child, scalar_names) for child in tree._children(node))


def _bare_examples(root: tree.Node) -> bool:
    """Whether ``root`` holds an x (x⁽ⁱ⁾) with no feature index outside a call ``h(x)`` and a dot product ``θᵀx``."""
    skipped: set[int] = set()
    for node in tree.walk(root):
        if isinstance(node, tree.Call):
            skipped.add(id(node.argument))
        elif isinstance(node, tree.Dot):
            skipped.update((id(node.left), id(node.right)))
        elif (
            isinstance(node, tree.Variable)
            and node.name in vocab.DATA_VECTORS
            and node.feature is None
            and id(node) not in skipped
        ):
            return True
    return False


def _refuse_function_of_features(root: tree.Node, source: _Source) -> None:
    """Refuse ``σ(x⁽ⁱ⁾)`` where a bare x⁽ⁱ⁾ is the feature vector: a function of the features alone, no parameter in it.

    Read entry by entry it would be σ(xⱼ⁽ⁱ⁾), which nobody means; notes write
    σ(x⁽ⁱ⁾) as shorthand for the prediction h_θ(x⁽ⁱ⁾) = σ(θᵀx⁽ⁱ⁾), a guess.
    A σ(x) with no example mark (one example's loss) is left to the verdict: it
    does not depend on θ, and a grader marks it different.
    """
    for node in tree.walk(root):
        if (isinstance(node, tree.Apply) and isinstance(node.argument, tree.Variable)
                and node.argument.name in vocab.DATA_VECTORS and node.argument.feature is None
                and node.argument.example is not None):
            raise _fail(
                f"'{source.text[node.span.start:node.span.end]}' is a function of the feature vector x⁽ⁱ⁾ alone, "
                "with no parameter in it: shorthand for the prediction h(x⁽ⁱ⁾)?",
                node,
                source,
                hint="write the prediction: h_\\theta(x^{(i)}) or \\sigma(\\theta^T x^{(i)})",
            )


#: letters that are never a model applied to x: the parameters (w x is the weight times x), the data, the bias
_NOT_MODELS = vocab.PARAMETER_VECTORS | vocab.DATA_VECTORS | vocab.PER_EXAMPLE | {"b"}


def _refuse_model_without_brackets(root: tree.Node, source: _Source, problem: Problem | None, *, vector: bool) -> None:
    """Refuse ``(h x - y) x_j``: the model h (or a name the problem calls, ``f(x)``) before x without brackets.

    A function written before its argument without brackets is read so elsewhere (``σ z``, ``log h``), but h is a
    letter, so the reader made the product h·x, and a bare x beside the problem's feature vector the whole
    gradient compared entry by entry: ``1/m Σ (h x − y) xⱼ`` was judged "different" (hunt28), where h(x), the
    model at x, is meant (h times the vector x, less the number y, is no component xⱼ multiplies). Only in an
    answer that writes a feature xⱼ: one with none (``Σ (h x − y x)``) is a vector, the whole gradient, as read.
    Where x is one number (``h(x) = w x + b``, ``vector`` False) h·x is a product too, but a name the problem
    writes as a call, ``h(x)``, is as likely applied: refused then, and only then.
    """
    if problem is None or vector and not any(isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS
                                             and node.feature is not None for node in tree.walk(root)):
        return  # an answer with no x_j is a vector: Σ (h x − y x) is Σ (h − y) x, the whole gradient
    texts = (problem.source, *problem.function_lets)
    for node in tree.walk(root):
        if not (isinstance(node, tree.Binary) and node.op == "*"):
            continue
        left, right = node.left, node.right
        while isinstance(left, tree.Binary) and left.op == "*":
            left = left.right
        if not (isinstance(left, tree.Variable) and left.feature is None and left.name not in _NOT_MODELS
                and isinstance(right, tree.Variable)
                and right.name in vocab.DATA_VECTORS and right.feature is None
                and not source.text[left.span.end:right.span.start].strip()):
            continue
        written = source.text[left.span.start:left.span.end]
        # the name written as a call, its subscript or none: h(x), h_θ(x), h_\\theta(x^{(i)}), hθ(x)
        called = re.compile(rf"(?<![A-Za-z\\]){re.escape(left.name)}(?:_(?:\{{[^}}]*\}}|\\?\w+)|[θβ])?\s*\(")
        calls = any(called.search(text) for text in texts)
        if not calls and not (vector and left.name == vocab.PREDICTION):
            continue
        shown = source.text[left.span.start:right.span.end]
        argument = source.text[right.span.start:right.span.end]
        raise _fail(
            f"'{shown}' is ambiguous: {written}({argument}), the model {written} at {argument} written without "
            f"brackets{f' (the cost writes {written}(…))' if calls else ''}, or {written} times "
            + (f"the whole feature vector {argument}, which makes the answer the whole gradient?" if vector
               else f"{argument}?"),
            left,
            source,
            hint=f"write {written}({argument}) for the model's value, or {written}*{argument} for the product",
        )


def _refuse_component_beside_vector_x(root: tree.Node, source: _Source, entry: str) -> None:
    """Refuse ``(1/m) Σ (f − y) x⁽ⁱ⁾ + (λ/m) w_j`` where the bare x⁽ⁱ⁾ is the feature vector: a vector plus a number.

    Read as the whole gradient ∇J, the answer adds the component w_j to a vector; read as its entry j, the
    x⁽ⁱ⁾ is x_j⁽ⁱ⁾, which the text does not write. Which one the writer meant (x_j⁽ⁱ⁾ forgotten, or w for w_j)
    the text does not say, so neither is picked (f69's AI-Notes ∂J/∂w_j). An entry that multiplies the bare x
    (``θ₀ + θ₁x⁽ⁱ⁾``, a prediction written out in components) is no such sum: other rules say what is wrong there.
    """
    times_x: set[int] = set()
    for node in tree.walk(root):
        if isinstance(node, tree.Binary) and node.op == "*":
            factors = [node.left, node.right]
            if any(isinstance(part, tree.Variable) and part.name in vocab.DATA_VECTORS and part.feature is None
                   for factor in factors for part in tree.walk(factor)):
                times_x.update(id(factor) for factor in factors)
        elif isinstance(node, tree.Derivative):
            times_x.add(id(node.wrt))  # ∂/∂θ₁ names the entry, adds nothing
    for node in tree.walk(root):
        if (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS and node.feature == entry
                and id(node) not in times_x):
            raise _fail(
                f"'{source.text[node.span.start:node.span.end]}' is entry {entry} of the parameters, but the bare "
                f"x⁽ⁱ⁾ beside it is example i's whole feature vector: a vector plus a number. Is x⁽ⁱ⁾ meant as "
                f"x_{entry}⁽ⁱ⁾ (the answer ∂J/∂{node.name}_{entry}), or the component as the whole vector (∇J)?",
                node,
                source,
                hint=f"write x_{entry}^{{(i)}} for the entry {entry}, or the whole vector ({node.name}, not "
                     f"{node.name}_{entry}) for ∇J",
            )


def _vector_x_entry(problem: Problem | None, roots: Sequence[tree.Node | None]) -> sympy.Expr | None:
    """The feature index a bare x⁽ⁱ⁾ of an answer takes, when it can only be the feature vector; else None.

    ``(1/m) Σ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) x⁽ⁱ⁾`` is the textbook ∇J: when the problem's x is
    a feature vector (it holds xₖ⁽ⁱ⁾, from θᵀx, and never a scalar x⁽ⁱ⁾) and the
    gradient is taken by a component θⱼ (θ₂), the answer's bare x⁽ⁱ⁾ is that
    vector and its entry j is compared. A one-feature problem (scalar x) keeps
    x⁽ⁱ⁾ a scalar.
    """
    if problem is None or not any(root is not None and _bare_examples(root) for root in roots):
        return None
    wrt = problem.wrt
    if not (isinstance(wrt, sympy.Indexed) and str(wrt.base) in vocab.PARAMETER_VECTORS and len(wrt.indices) == 1):
        return None
    i = symbols.example_index
    vector = scalar = False
    for expr in (problem.cost, *problem.definitions.values()):
        for indexed in expr.atoms(sympy.Indexed):
            if str(indexed.base) not in vocab.DATA_VECTORS:
                continue
            if len(indexed.indices) == 2 or indexed.indices[0] != i:
                vector = True
            else:
                scalar = True
        masked = expr.xreplace({indexed: sympy.Dummy() for indexed in expr.atoms(sympy.Indexed)})  # x[k]'s label is no x
        if any(symbol.name in vocab.DATA_VECTORS for symbol in masked.free_symbols if isinstance(symbol, sympy.Symbol)):
            scalar = True
    return wrt.indices[0] if vector and not scalar else None


def _whole_vector(node: tree.Node, scalar_names: Collection[str]) -> bool:
    """Whether ``node`` is a parameter vector (not a one-feature scalar) or the data vector x, with no component."""
    return (isinstance(node, tree.Variable) and node.feature is None
            and (node.name in vocab.DATA_VECTORS or (node.name in vocab.PARAMETER_VECTORS and node.name not in scalar_names)))


def _unnegated(node: tree.Node) -> tree.Node:
    """``node``'s operand if it is negated (−w, as the reader puts a product's minus on its first factor), else it."""
    return node.operand if isinstance(node, tree.Negate) else node


def _applied_to_a_bracket(node: tree.Node, source: _Source) -> bool:
    """Whether an opening round bracket follows ``node`` directly in the text, as a function's argument would."""
    rest = source.text[node.span.end:].lstrip()
    return rest.startswith(("(", "\\left(", "\\left ("))


def _vector_pair(left: tree.Node, right: tree.Node, scalar_names: Collection[str]) -> bool:
    """Whether ``left right`` is a whole parameter vector and the whole data vector x, in either order."""
    if not (isinstance(left, tree.Variable) and isinstance(right, tree.Variable)):
        return False
    if left.feature is not None or right.feature is not None:
        return False
    names = {left.name, right.name}
    parameters = names & vocab.PARAMETER_VECTORS
    return (len(parameters) == 1 and names - parameters == set(vocab.DATA_VECTORS) and not parameters & set(scalar_names)
            and all(node.example is None for node in (left, right) if node.name in vocab.PARAMETER_VECTORS))

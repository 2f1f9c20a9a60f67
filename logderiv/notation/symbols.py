"""The sympy objects behind the vocabulary: θ, x⁽ⁱ⁾, y⁽ⁱ⁾, σ, Σ over examples.

Conventions, fixed here and nowhere else:

* examples are indexed by ``i = 1..m``, features by a bound index ``k = 1..n``;
  the component we differentiate with respect to is ``θⱼ`` (``theta[j]``);
* a parameter vector ``θ`` is ``IndexedBase('theta')``: ``θⱼ = theta[j]``;
* data ``x`` is ``x[i, k]`` inside a sum over examples (``xₖ⁽ⁱ⁾``), ``x[k]`` outside;
* ``y`` is ``y[i]`` inside a sum over examples, the symbol ``y`` outside;
* ``θᵀx⁽ⁱ⁾`` is ``Sum(theta[k]*x[i, k], (k, 1, n))``;
* a name defined with ``--let`` (the prediction ``h``) is an undefined function
  of the example index inside a sum (``h(i)``, printed ``h(x⁽ⁱ⁾)``) and a plain
  symbol outside one.

σ, softplus, ReLU and its derivative, the unit step, are sympy functions with
their own derivative rules, so differentiating never detours through
``1/(1 + e^(−z))`` (or sympy's ``Max``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import sympy
from sympy import Function, IndexedBase, Symbol
from sympy.concrete.expr_with_limits import ExprWithLimits

from . import registry
from ..memo import remembered

__all__ = [
    "sigmoid",
    "function",
    "function_class",
    "by_class",
    "elementwise_classes",
    "derivative",
    "graph_has",
    "graph_free_symbols",
    "softplus",
    "relu",
    "heaviside",
    "example_index",
    "wrt_index",
    "feature_indices",
    "m",
    "n",
    "slope_m",
    "vector",
    "scalar",
    "defined",
    "label",
    "example_sum",
    "feature_sum",
    "dot",
    "expand",
    "expands_cheaply",
    "atoms",
    "expanded_terms",
    "tree_size",
    "is_example_sum",
    "example_summand",
    "is_feature_sum",
    "is_dot",
]


class sigmoid(Function):  # type: ignore[misc]  # sympy is untyped: Function is Any
    """The logistic function σ(z) = 1/(1 + e^(−z)), with σ′(z) = σ(z)(1 − σ(z))."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sympy.Expr:
        s = sigmoid(self.args[0])
        return s * (1 - s)

    def _eval_rewrite_as_exp(self, arg: sympy.Expr, **kwargs: Any) -> sympy.Expr:
        return 1 / (1 + sympy.exp(-arg))

    def _eval_evalf(self, prec: int) -> sympy.Expr:
        return self.rewrite(sympy.exp)._eval_evalf(prec)

    def _eval_is_real(self) -> bool | None:
        real: bool | None = self.args[0].is_real  # sympy's fuzzy answer: True, False or None (unknown)
        return real


class softplus(Function):  # type: ignore[misc]  # sympy is untyped: Function is Any
    """softplus(z) = log(1 + e^z), with softplus′(z) = σ(z)."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sympy.Expr:
        return sigmoid(self.args[0])

    def _eval_rewrite_as_exp(self, arg: sympy.Expr, **kwargs: Any) -> sympy.Expr:
        return sympy.log(1 + sympy.exp(arg))

    def _eval_rewrite_as_log(self, arg: sympy.Expr, **kwargs: Any) -> sympy.Expr:
        return sympy.log(1 + sympy.exp(arg))

    def _eval_evalf(self, prec: int) -> sympy.Expr:
        return self.rewrite(sympy.exp)._eval_evalf(prec)

    def _eval_is_real(self) -> bool | None:
        real: bool | None = self.args[0].is_real  # sympy's fuzzy answer: True, False or None (unknown)
        return real


class relu(Function):  # type: ignore[misc]  # sympy is untyped: Function is Any
    """ReLU(z) = max(0, z), with ReLU′(z) = heaviside(z) for z ≠ 0 (no derivative at 0)."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sympy.Expr:
        return heaviside(self.args[0])

    def _eval_rewrite_as_Max(self, arg: sympy.Expr, **kwargs: Any) -> sympy.Expr:
        return sympy.Max(0, arg)

    def _eval_evalf(self, prec: int) -> sympy.Expr:
        return self.rewrite(sympy.Max)._eval_evalf(prec)

    def _eval_is_real(self) -> bool | None:
        real: bool | None = self.args[0].is_real  # sympy's fuzzy answer: True, False or None (unknown)
        return real


class heaviside(Function):  # type: ignore[misc]  # sympy is untyped: Function is Any
    """The unit step: heaviside(z) = 1 for z > 0, 0 for z < 0, undefined at 0; its derivative is 0 for z ≠ 0.

    sympy's own ``Heaviside`` takes the value 1/2 at 0, which would hide the one point where ReLU has no
    derivative; the evaluators of this one refuse that point instead.
    """

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sympy.Expr:
        return sympy.S.Zero

    def _eval_rewrite_as_Heaviside(self, arg: sympy.Expr, **kwargs: Any) -> sympy.Expr:
        return sympy.Heaviside(arg)

    def _eval_evalf(self, prec: int) -> sympy.Expr:
        return self.rewrite(sympy.Heaviside)._eval_evalf(prec)

    def _eval_is_real(self) -> bool | None:
        real: bool | None = self.args[0].is_real  # sympy's fuzzy answer: True, False or None (unknown)
        return real


def _real_if_argument_is(self: sympy.Expr) -> bool | None:
    """tanh u is real (and finite) when u is real; otherwise unknown, which is always a sound answer."""
    return True if self.args[0].is_extended_real else None


# sympy decides whether tanh u is real or finite through u's real and imaginary parts and a remainder
# modulo π (hyperbolic.py, _eval_is_real, _eval_is_finite), recursively: for logderiv's symbols, which
# carry no realness assumptions, that is exponential in the nesting (tanh nested 8 deep took 7 s to build,
# 10 deep over a minute) and sympy asks it whenever it builds or multiplies a tanh. logderiv's costs are
# real by construction (equality.compare.ensure_real_cost), so the rule σ and softplus use is all it needs.
# sympy reads these handlers from a table made when the class was created, so that table is where they go.
sympy.tanh._prop_handler["real"] = _real_if_argument_is
sympy.tanh._prop_handler["finite"] = _real_if_argument_is


# --- the function registry's sympy side ----------------------------------------------------


def function_class(function: registry.Function) -> type | None:
    """The sympy class of ``function``'s applications (``sympy.tanh``, ``sigmoid``), or None (√ is a power)."""
    if function.sympy_name is None:
        return None
    found: type = getattr(sympy if function.sympy_home == "sympy" else sys.modules[__name__], function.sympy_name)
    return found


def function(name: str) -> Callable[..., sympy.Expr]:
    """What builds the registry function ``name`` applied to an argument: its class, or ``sympy.sqrt`` for √."""
    record = registry.by_name(name)
    return function_class(record) or getattr(sympy, record.name)


def by_class() -> dict[type, registry.Function]:
    """sympy class -> registry record, for every function with a class of its own."""
    if not _BY_CLASS:
        _BY_CLASS.update((cls, f) for f in registry.FUNCTIONS if (cls := function_class(f)) is not None)
    return _BY_CLASS


_BY_CLASS: dict[type, registry.Function] = {}


def elementwise_classes() -> tuple[type, ...]:
    """The sympy classes of the registry functions a vector applies to each entry."""
    return tuple(cls for cls, f in by_class().items() if f.elementwise)


def derivative(record: registry.Function, argument: sympy.Expr) -> sympy.Expr:
    """f′(argument) for the registry function ``record`` (its rule's mathematics)."""
    assert record.derivative is not None, record.name
    return record.derivative(argument, function)


example_index = Symbol("i", integer=True, positive=True)
wrt_index = Symbol("j", integer=True, positive=True)
#: bound feature indices, in the order the builder hands them out
feature_indices = tuple(Symbol(name, integer=True, positive=True) for name in ("k", "l", "p", "q"))
m = Symbol("m", integer=True, positive=True)
n = Symbol("n", integer=True, positive=True)
#: a slope written m beside another letter that counts the examples (``m x_i + b``): a real
#: parameter, a symbol apart from the count m (which has other assumptions), printed m
slope_m = Symbol("m")

_INDEX_NAMES = {"i": example_index, "j": wrt_index}
_INDEX_NAMES.update({s.name: s for s in feature_indices})


def index(name: str) -> sympy.Expr:
    """Return the index symbol (or integer, for ``theta_0``) called ``name``."""
    if name.isdigit():
        return sympy.Integer(int(name))
    return _INDEX_NAMES[name]


def vector(name: str) -> IndexedBase:
    """Return the indexed base of a vector (``theta``, ``w``, ``x``, ``y``)."""
    return IndexedBase(name)


def scalar(name: str) -> Symbol:
    """Return the symbol of a scalar. Constants are positive, the rest real."""
    if name in ("m", "n"):
        return {"m": m, "n": n}[name]
    if name == "m(slope)":  # vocabulary.SLOPE_M
        return slope_m
    if name == "lambda":
        return Symbol("lambda", positive=True)
    return Symbol(name)


def defined(name: str) -> sympy.FunctionClass:
    """Return the function class of a name given with ``--let``, applied as ``h(i)``."""
    return Function(name)


def label(base: IndexedBase) -> str:
    """The name of an indexed quantity's base, ``str(base)`` without sympy's printer (hot in rendering)."""
    symbol = base.label
    return symbol.name if type(symbol) is Symbol else str(symbol)


def example_sum(body: sympy.Expr) -> sympy.Sum:
    """Σ over examples i = 1..m."""
    return sympy.Sum(body, (example_index, 1, m))


def feature_sum(body: sympy.Expr, bound: Symbol) -> sympy.Sum:
    """Σ over features ``bound`` = 1..n."""
    return sympy.Sum(body, (bound, 1, n))


def dot(parameter: IndexedBase, data: sympy.Expr, bound: Symbol) -> sympy.Sum:
    """θᵀx as Σₖ θₖ xₖ; ``data`` is a function of the bound index (``x[i, k]``)."""
    return feature_sum(parameter[bound] * data, bound)


def expand(expr: sympy.Expr) -> sympy.Expr:
    """Multiply out products and integer powers of sums, and nothing else.

    Plain ``sympy.expand`` also rewrites exp(a + b) as exp(a)·exp(b), which turns
    exp(θᵀx) = exp(Σₖ θₖxₖ) into a product Πₖ exp(θₖxₖ), and splits logarithms.
    """
    return sympy.expand(expr, power_exp=False, power_base=False, log=False)


def atoms(expr: sympy.Basic, *types: type) -> set[sympy.Basic]:
    """``expr.atoms(*types)``, from one walk of ``expr`` remembered for the next question about it.

    An answer's expression is asked for its indexed quantities, symbols, powers, derivatives and functions by
    some ten checks, each a whole walk of the tree (6 % of judging an answer): the walk is made once here and
    each question filters it. The set is built from the nodes in the order sympy's own walk visits them, so
    it is the same set, iterated in the same order.
    """
    if not isinstance(expr, sympy.Basic) or not all(isinstance(kind, type) for kind in types) or not types:
        leaves: set[sympy.Basic] = expr.atoms(*types)  # the leaves, or types given by an instance: as sympy answers
        return leaves
    return {node for node in _nodes(expr) if isinstance(node, types)}


@remembered("notation.symbols.nodes", 256)
def _nodes(expr: sympy.Basic) -> tuple[sympy.Basic, ...]:
    """Every node of ``expr`` in sympy's preorder (as ``Basic.atoms`` walks it), a shared one at each use.

    ``sympy.preorder_traversal``'s walk, as a loop over a stack: sympy's is a generator per node, each node
    handed up through every level above it, and cost several times as much (issue 15, fourth round). The
    same nodes in the same order: a node, then the sub-trees of its args in order (a lattice's, such as
    Max's, in the order of its set of args, as sympy takes them).
    """
    found: list[sympy.Basic] = []
    stack: list[object] = [expr]  # sympy nodes, and an arg that is none (a plain tuple)
    while stack:
        node = stack.pop()
        if not isinstance(node, sympy.Basic):
            found.extend(sympy.preorder_traversal(node))  # not a sympy node (a plain tuple as an arg): sympy's walk
            continue
        found.append(node)
        args = node._argset if hasattr(node, "_argset") else node.args
        stack.extend(reversed(tuple(args)))
    return tuple(found)


def expands_cheaply(expr: sympy.Expr, *, max_ops: int = 200, max_terms: int = 400) -> bool:
    """Whether :func:`expand` on ``expr`` is sure to be quick: judged *before* expanding.

    ``count_ops`` alone does not bound the work: a power of a sum, nested in
    another, multiplies out to thousands of terms, and so does a product of d
    sums of two (σ(1 − σ) and 1 − tanh² at every level of a tower of d
    functions: 2^d terms from a short input). So also refuse any power of a sum
    with an exponent beyond ±3 or not an integer, and any expression that
    :func:`expanded_terms` says would give more than ``max_terms`` terms. The
    tree's size is bounded first, by a walk that visits a shared sub-expression
    once: ``count_ops`` walks every path, and a chain of ``--let`` definitions
    that each use the one before twice shares its way to 2^d paths.
    """
    if expanded_terms(expr, cap=max_terms) > max_terms:
        return False
    if tree_size(expr, cap=4 * max_ops) > 4 * max_ops:
        return False
    if sympy.count_ops(expr) > max_ops:
        return False
    for power in atoms(expr, sympy.Pow):
        if power.base.has(sympy.Add) and not (power.exp.is_Integer and abs(power.exp) <= 3):
            return False
    return True


def tree_size(expr: sympy.Basic, *, cap: int) -> int:
    """The nodes of ``expr`` as a tree (a shared sub-expression counted at every use), past ``cap`` not exactly.

    Counted over the shared graph, each distinct node once, so the count costs
    the graph's size even when the tree is exponentially larger.
    """
    sizes: dict[sympy.Basic, int] = {}

    def size(node: sympy.Basic) -> int:
        known = sizes.get(node)
        if known is None:
            known = 1
            for arg in node.args:
                known += size(arg) if isinstance(arg, sympy.Basic) else 1
                if known > cap:
                    break
            sizes[node] = known
        return known

    return size(expr)


def graph_atoms(expr: sympy.Basic, *types: type) -> set[sympy.Basic]:
    """``expr.atoms(*types)``, walking the shared graph: each distinct sub-expression once.

    sympy's ``atoms``, ``has`` and ``free_symbols`` walk every path, and an
    expression with a chain of ``--let`` definitions substituted (each using the
    one before twice) has 2^d paths through d definitions.
    """
    found: set[sympy.Basic] = set()
    seen: set[sympy.Basic] = set()
    pending = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, types):
            found.add(node)
        for arg in node.args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)
    return found


def graph_has(expr: sympy.Basic, *targets: sympy.Basic) -> bool:
    """``expr.has(*targets)`` for targets that are expressions (not types), walking the shared graph once."""
    return graph_any(expr, set(targets).__contains__)


def graph_any(expr: sympy.Basic, found: Callable[[sympy.Basic], bool],
              skip: Callable[[sympy.Basic], bool] | None = None) -> bool:
    """Whether some node of ``expr`` is ``found``, each distinct node of the shared graph visited once (sympy's own
    walks revisit a subtree at each of its uses); the args of a node ``skip`` says so of are not looked into."""
    seen = {expr}
    pending = [expr]
    while pending:
        node = pending.pop()
        if found(node):
            return True
        if skip is not None and skip(node):
            continue
        for arg in node.args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)
    return False


def graph_free_symbols(expr: sympy.Basic) -> set[Symbol]:
    """The Symbols of ``expr.free_symbols``, walking the shared graph: each distinct (node, bound indices) once.

    As sympy counts them: a Σ's index is bound in its summand (and in the limits
    of the sums around it); θₖ's label θ and its index k are free. sympy's
    ``free_symbols`` walks every path of a substituted chain of definitions,
    2^d of them.
    """
    found: set[Symbol] = set()
    start: tuple[sympy.Basic, frozenset[Symbol]] = (expr, frozenset())
    seen = {start}
    pending = [start]
    while pending:
        node, bound = pending.pop()
        if isinstance(node, sympy.Symbol):
            if node not in bound:
                found.add(node)
            continue
        if isinstance(node, ExprWithLimits):
            # sympy binds each limit's index in the summand and in the limits *after* it (the outer ones)
            variables = [limit[0] for limit in node.limits]
            children = [(node.function, bound | set(variables))]
            for place, limit in enumerate(node.limits):
                outer = bound | set(variables[place + 1:])
                children += [(part, outer) for part in (limit[1:] if len(limit) > 1 else limit)]
        else:
            children = [(arg, bound) for arg in node.args if isinstance(arg, sympy.Basic)]
        for child in children:
            if child not in seen:
                seen.add(child)
                pending.append(child)
    return found


def expanded_terms(expr: sympy.Expr, *, cap: int) -> int:
    """An upper bound on the number of terms :func:`expand` gives ``expr``, counted without expanding.

    A sum adds its terms' counts, a product multiplies them, a positive integer
    power raises them; anything else is one term, but :func:`expand` also
    multiplies out inside function arguments and sums, so an argument's count
    bounds it too. Counting stops past ``cap`` (returning more than ``cap``), and
    a shared sub-expression is counted once: the estimate costs one walk of the
    expression's graph, never the expansion.
    """
    counts: dict[sympy.Basic, int] = {}

    def count(node: sympy.Basic) -> int:
        known = counts.get(node)
        if known is None:
            known = counts[node] = _terms(node, count, cap)
        return known

    return count(expr)


def _terms(expr: sympy.Basic, count: Callable[[sympy.Basic], int], cap: int) -> int:
    if expr.is_Atom:
        return 1
    if isinstance(expr, sympy.Add):
        total = 0
        for arg in expr.args:
            total += count(arg)
            if total > cap:
                return total
        return total
    if isinstance(expr, sympy.Mul):
        product = 1
        for arg in expr.args:
            product *= count(arg)
            if product > cap:
                return product
        return product
    if isinstance(expr, sympy.Pow) and expr.exp.is_Integer and expr.exp > 0:
        base = count(expr.base)
        return base ** min(int(expr.exp), 64) if base > 1 else 1
    inner = max((count(arg) for arg in expr.args if isinstance(arg, sympy.Basic)), default=1)
    return 1 if inner <= cap else inner


def is_example_sum(expr: sympy.Basic) -> bool:
    """Whether ``expr`` is Σ over examples i = 1..m (of a summand that may itself be Σ over features).

    sympy merges Σᵢ Σₖ f into one ``Sum`` with limits ((k, 1, n), (i, 1, m)),
    innermost first; that is an example sum too, of the summand Σₖ f
    (see :func:`example_summand`).
    """
    if not isinstance(expr, sympy.Sum) or expr.limits[-1] != (example_index, 1, m):
        return False
    return all(limit[0] in feature_indices and limit[1:] == (1, n) for limit in expr.limits[:-1])


def example_summand(expr: sympy.Sum) -> sympy.Expr:
    """The summand of an example sum: ``f`` of Σᵢ f, and Σₖ f of a merged Σᵢ Σₖ f."""
    if len(expr.limits) == 1:
        return expr.function
    return sympy.Sum(expr.function, *expr.limits[:-1])


def is_feature_sum(expr: sympy.Basic) -> bool:
    """Whether ``expr`` is Σ over a feature index = 1..n."""
    return (
        isinstance(expr, sympy.Sum)
        and len(expr.limits) == 1
        and expr.limits[0][0] in feature_indices
        and expr.limits[0][1:] == (1, n)
    )


def is_dot(expr: sympy.Basic) -> bool:
    """Whether ``expr`` is a dot product Σₖ θₖ xₖ(⁽ⁱ⁾) of a parameter and a data vector."""
    if not is_feature_sum(expr):
        return False
    bound = expr.limits[0][0]
    body = expr.function
    if not isinstance(body, sympy.Mul) or len(body.args) != 2:
        return False
    parameter, data = _dot_factors(body, bound)
    return parameter is not None


def dot_parts(expr: sympy.Sum) -> tuple[IndexedBase, sympy.Indexed, Symbol]:
    """Return ``(parameter base, data indexed at bound, bound)`` of a dot product."""
    bound = expr.limits[0][0]
    parameter, data = _dot_factors(expr.function, bound)
    assert parameter is not None and data is not None, "asked only of a dot product (is_dot): both factors are found"
    return parameter, data, bound


def _dot_factors(body: sympy.Mul, bound: Symbol) -> tuple[IndexedBase | None, sympy.Indexed | None]:
    from .vocabulary import DATA_VECTORS, PARAMETER_VECTORS

    a, b = body.args
    for p, d in ((a, b), (b, a)):
        if (
            isinstance(p, sympy.Indexed)
            and label(p.base) in PARAMETER_VECTORS
            and p.indices == (bound,)
            and isinstance(d, sympy.Indexed)
            and label(d.base) in DATA_VECTORS
            and d.indices[-1] == bound
        ):
            return p.base, d
    return None, None

"""Numbers for expressions the builder made: concrete sizes, random points, evaluation.

:func:`evaluate` computes an index-form expression (Σ over i = 1..m, θⱼ,
x[i, k], unevaluated derivatives) at a :class:`Point` for a concrete
:class:`Size`, walking the sympy tree through an allow-list of node types: no
code is generated or executed, and an unknown node is an internal error.

* Sums are looped over, with the bound index in an environment.
* An unevaluated ``∂u/∂v`` is computed by forward-mode automatic
  differentiation (dual numbers): independent of sympy's own ``diff``, which
  the final check uses, so the two checks cannot share a mistake.
* Arithmetic is complex, so ``log`` of a negative number is a value, not a
  crash, and both sides of an identity are compared on the same branch.
"""

from __future__ import annotations

import cmath
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, TypeAlias

import sympy

from ..record import record
from ..errors import InternalError, UnsupportedError
from ..notation import registry, symbols
from .tolerances import PRECISE_DIGITS, TOLERANCE
from .. import memo
from ..memo import remembered

__all__ = ["Size", "Point", "SIZES", "Undefined", "Overflow", "evaluate", "evaluate_precisely", "key_of", "draw", "point", "close", "sizes_for", "components", "distinct_nodes"]


class Undefined(ArithmeticError):
    """The expression has no finite value at this point (division by zero, overflow)."""


class Overflow(Undefined):
    """The value, or one on the way to it, is beyond double precision's range (u ↦ u + u² 14 times over)."""


@record
class Size:
    """Concrete sizes: ``m`` examples, ``n`` features, and ``j`` the component differentiated."""

    m: int
    n: int
    j: int


#: the sizes every equality is checked at when it names no component above 2; two different
#: shapes catch an index mix-up (see :func:`sizes_for` for the others)
SIZES: tuple[Size, ...] = (Size(m=2, n=3, j=2), Size(m=3, n=2, j=1))


def sizes_for(*exprs: sympy.Expr, named: frozenset[int] = frozenset()) -> tuple[Size, ...]:
    """The sizes to compare ``exprs`` at: every numbered component they name is sampled, and a generic j.

    The one sample plan of every numeric verdict (a step, the final result, an
    answer, a line of a derivation). ``SIZES`` sample j ∈ {1, 2} at n ∈ {2, 3},
    where δ₅ⱼ is always 0: an answer dropping a θ₅ term would agree everywhere.
    So when the expressions (pass every side, the variable, and the defined
    names substituted) name a component c above what ``SIZES`` cover, n is
    raised to the largest (a Σₖ over 1..n must hold it, or Σₖ δ₅ₖ θₖ would be
    0 where θ₅ is not), each c gets a size with j = c, and one size keeps a j
    no expression names (``named`` adds components the caller found, e.g. in
    the values of defined names the expressions keep). Components below 1 (θ₀) are never a j: features are
    numbered 1..n. Without such components the plan is ``SIZES``, at no cost.

    Each size costs about n per evaluation, so a plan beyond ``PLAN_LIMIT``
    (the sizes' n summed) is refused (:class:`UnsupportedError`, exit 3)
    rather than run for minutes or sampled short of a component.
    """
    named = named.union(*(components(expr) for expr in exprs))
    named = frozenset(c for c in named if c >= 1)
    top = max(named, default=0)
    if top <= 2 and named != {1, 2}:
        return SIZES  # j = 2 at n = 3 and j = 1 at n = 2 cover them, one of the two is generic
    if (top + 1) + top * len(named) > PLAN_LIMIT:
        which = f"component {top}" if len(named) == 1 else f"{len(named)} numbered components, up to {top},"
        raise UnsupportedError(
            f"too large to verify: the {which} would be sampled at n ≥ {top} features, "
            "more work than logderiv does for one check",
            hint="write the general component (theta_j): the result for a numbered one is the theta_j result "
            f"at that j; a single component up to {(PLAN_LIMIT - 1) // 2} is verified",
        )
    generic = next(j for j in range(2, top + 2) if j not in named)
    return (Size(m=2, n=top + 1, j=generic), *(Size(m=3, n=top, j=c) for c in sorted(named)))


#: the most work a sample plan may take: the sizes' n summed (θ₁₀₀₀ alone: 2001; θ₁..θ₄₄: 1981)
PLAN_LIMIT = 2_000


@remembered("equality.numeric.components", 1024)  # the same expressions (the gradient, a step's sides) are planned again and again
def components(expr: sympy.Expr) -> frozenset[int]:
    """The feature numbers ``expr`` names: θ₅ → 5, x₄⁽ⁱ⁾ → 4, w₇ → 7, δ₃ⱼ → 3, θ₀ → 0."""
    found = set()
    for node in distinct_nodes(expr):
        if isinstance(node, sympy.Indexed):
            last = node.indices[-1]
            if last.is_Integer and str(node.base) != "y":  # y's index counts examples, not features
                found.add(int(last))
        elif isinstance(node, sympy.KroneckerDelta):
            found.update(int(arg) for arg in node.args if arg.is_Integer)
    return frozenset(found)


def distinct_nodes(expr: sympy.Basic) -> list[sympy.Basic]:
    """Each distinct node of ``expr`` once: ``atoms`` walks every path, 2^d of them through a chain of
    ``--let`` definitions that each use the one before twice."""
    seen = {expr}
    pending = [expr]
    nodes = []
    while pending:
        node = pending.pop()
        nodes.append(node)
        for arg in node.args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)
    return nodes

#: a quantity's name and indices: ("theta", (2,)) for θ₂, ("lambda", ()) for λ
Key: TypeAlias = tuple[str, tuple[int, ...]]
#: a number of a precise evaluation: mpmath's ``mpf`` or ``mpc``; ``Any``, as mpmath ships no types
Precise: TypeAlias = Any
#: a value the walk computes with: a complex number (or an int or float on the way), a :class:`Dual` under a
#: derivative, or in a precise evaluation an mpmath number (``Precise``), which mypy cannot check
Value: TypeAlias = "complex | Dual | Precise"
#: the bound indices of the sums being walked (i ↦ 2), by their sympy symbols
Env: TypeAlias = dict[sympy.Symbol, int]
#: what a point's remembered values hold for: a size, or a size and the definitions evaluated through
Where: TypeAlias = "Size | tuple[Size, tuple[tuple[sympy.Basic, sympy.Expr], ...]]"
#: a sub-expression as evaluated: the expression, the sums' bound indices there, and the derivative's seed
Visit: TypeAlias = "tuple[sympy.Expr, tuple[tuple[sympy.Symbol, int], ...], Key | None]"


@dataclass
class Point:
    """Values for every quantity, each drawn on first use from its own seeded generator.

    A value depends only on the point's ``label`` and the quantity's key, never on
    which quantities were asked for before it, so the same point gives every
    expression the same values and a sub-expression's value can be remembered
    (``memo``) from one comparison to the next. y in (0.05, 0.95) (a label or
    probability), λ and other positive constants in (0.2, 2), everything else in
    (−1.5, 1.5).
    """

    label: str
    values: dict[Key, float] = field(default_factory=dict)
    #: values of sub-expressions at this point, shared by every evaluation here (see ``_Evaluation``)
    memo: dict[Where, dict[Visit, Value]] = field(default_factory=dict, repr=False, compare=False)

    def __getitem__(self, key: Key) -> float:
        value = self.values.get(key)
        if value is None:
            value = self.values[key] = self._draw(key)
        return value

    def _draw(self, key: Key) -> float:
        name, indices = key
        rng = random.Random(f"{self.label}/{name}{list(indices)}")
        if name == "y":
            return rng.uniform(0.05, 0.95)
        if name in _POSITIVE or name.endswith("!"):  # y!: a factorial of the data
            return rng.uniform(0.2, 2.0)
        return rng.uniform(-1.5, 1.5)

    def moved(self, key: Key, step: float) -> Point:
        """This point with one value moved by ``step`` (for finite differences).

        Values not drawn yet are drawn into *this* point, so the moved copies and
        the original agree on everything but ``key``.
        """
        return _Moved(self.label, {key: self[key] + step}, base=self)


@dataclass
class _Moved(Point):
    base: Point | None = None

    def __getitem__(self, key: Key) -> float:
        value = self.values.get(key)
        if value is not None:
            return value
        # ``moved`` always sets ``base``; the default is there only because a dataclass field after ``Point``'s
        # defaulted ones must have one
        assert self.base is not None
        return self.base[key]


#: the points handed out by :func:`point`, by (stream, size, index)
_POINTS = memo.table("equality.numeric.points", 1000)
#: remembered sub-expression values, all points together, before the memos are emptied
_MEMO_LIMIT = 200_000


def draw(stream: int | str, size: Size, index: int) -> Point:
    """A new ``index``-th random point of ``stream`` at ``size``: the sampler of steps, answers and the matrix form.

    Steps (through :func:`point`), answers (``samples.Samples``) and the matrix
    form all name their points so; a point's values depend only on that name
    (see :class:`Point`), so two checks that draw from one stream get the same
    values, and a check that must not share values with another has a stream
    of its own (``tolerances``' seeds).
    """
    return Point(f"{stream}/{size.m}x{size.n}/{index}")


def close(a: complex, b: complex, tolerance: float = TOLERANCE) -> bool:
    """Whether ``a`` and ``b`` agree within relative ``tolerance`` (absolute below 1): "equal here" for steps and answers."""
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def point(stream: int, size: Size, index: int) -> Point:
    """The ``index``-th random point of ``stream`` at ``size``: always the same values.

    Comparisons draw their points from here, so consecutive steps (whose sides
    are shared) and the sub-expressions they have in common are evaluated once
    per point. The memos are emptied when they grow past a bound, so a long run
    (a test suite, a batch) does not hold every expression it ever saw.
    """
    found = _POINTS.get((stream, size, index))
    if found is None:
        if sum(len(memo) for p in _POINTS.values() for memo in p.memo.values()) > _MEMO_LIMIT:
            _POINTS.clear()
        found = _POINTS[(stream, size, index)] = draw(stream, size, index)
    return found


_POSITIVE = frozenset({"lambda"})


def key_of(quantity: sympy.Expr, size: Size, env: Env | None = None) -> Key:
    """The key of a variable (``theta[j]`` at ``size`` -> ``("theta", (j,))``)."""
    env = env or {}
    if isinstance(quantity, sympy.Indexed):
        return (quantity.base.label.name, tuple(_index(i, size, env) for i in quantity.indices))
    return (quantity.name, ())


def _index(expr: sympy.Expr, size: Size, env: Env) -> int:
    if expr.is_Integer:
        return int(expr)
    if expr in env:
        return env[expr]
    if expr == symbols.wrt_index:
        return size.j
    raise InternalError(f"index {expr} has no value")


# --- dual numbers ---------------------------------------------------------------------


class Dual:
    """a + b ε with ε² = 0: a value and its derivative along one seed variable."""

    __slots__ = ("a", "b")

    def __init__(self, a: complex, b: complex) -> None:
        self.a = a
        self.b = b

    def __add__(self, other: Value) -> Dual:
        if isinstance(other, Dual):
            return Dual(self.a + other.a, self.b + other.b)
        return Dual(self.a + other, self.b)

    __radd__ = __add__

    def __mul__(self, other: Value) -> Dual:
        if isinstance(other, Dual):
            return Dual(self.a * other.a, self.a * other.b + self.b * other.a)
        return Dual(self.a * other, self.b * other)

    __rmul__ = __mul__

    def reciprocal(self) -> Dual:
        return Dual(1 / self.a, -self.b / (self.a * self.a))


def _lift(f: Callable[[Any], Any], df: Callable[[Any], Any]) -> Callable[[Value], Value]:
    """Extend a complex function ``f`` with derivative ``df`` to dual numbers."""

    def lifted(u: Value) -> Value:
        if isinstance(u, Dual):
            return Dual(f(u.a), df(u.a) * u.b)
        return f(u)

    return lifted


def _power(base: Value, exponent: Value, functions: dict[type, Callable[[Value], Value]] | None = None) -> Value:
    if isinstance(exponent, Dual):
        functions = functions or _FUNCTIONS
        return functions[sympy.exp](exponent * functions[sympy.log](base))
    if isinstance(base, Dual):
        if base.a == 0:
            raise ZeroDivisionError("0 to a power, differentiated")
        return Dual(base.a**exponent, exponent * base.a ** (exponent - 1) * base.b)
    return base**exponent


# --- evaluation -----------------------------------------------------------------------


def evaluate(expr: sympy.Expr, point: Point, size: Size, definitions: Mapping[sympy.Basic, sympy.Expr] | None = None) -> complex:
    """The value of ``expr`` at ``point`` with sizes ``size``. Raises :class:`Undefined`.

    ``definitions`` (a defined name as it occurs -> its value) lets ``expr`` hold
    the names themselves: a name is evaluated from its value, once per point and
    environment (remembered), so a chain of definitions that each use the one
    before twice costs its length, where substituting it first builds 2^d paths.
    """
    try:
        result = _Evaluation(point, size, definitions=definitions).value(expr, {}, None)
    except OverflowError as error:
        raise Overflow(str(error)) from None
    except (ZeroDivisionError, ValueError) as error:
        raise Undefined(str(error)) from None
    if isinstance(result, Dual):  # pragma: no cover - a seed never escapes its Derivative
        raise InternalError("a derivative seed escaped its derivative")
    if cmath.isinf(result) and not cmath.isnan(result):
        raise Overflow("not finite")
    if cmath.isnan(result):
        raise Undefined("not finite")
    return complex(result)


def read_keys(exprs: Iterable[sympy.Expr], values: dict[Key, float], size: Size,
              definitions: Mapping[sympy.Basic, sympy.Expr] | None = None) -> set[Key]:
    """The quantities ``exprs`` read, evaluated with ``values``.

    A point serves every comparison made at it, so it may hold values that
    other expressions drew; a counterexample lists only what its two sides read.
    """
    reader = _Reader("read", dict(values))
    for expr in exprs:
        try:
            evaluate(expr, reader, size, definitions)
        except Undefined:
            pass
    return reader.read


@dataclass
class _Reader(Point):
    read: set[Key] = field(default_factory=set)

    def __getitem__(self, key: Key) -> float:
        self.read.add(key)
        return super().__getitem__(key)



def evaluate_precisely(expr: sympy.Expr, point: Point, size: Size,
                       definitions: Mapping[sympy.Basic, sympy.Expr] | None = None) -> Precise:
    """The value of ``expr`` at ``point``, computed with ``PRECISE_DIGITS`` digits (an mpmath ``mpc``).

    For finite differences, which subtract nearly equal values: in double
    precision a cost such as log(1 − σ(u)) at u ≈ 20 is itself only good to
    about 1e-7, which a difference quotient turns into an error of order 1e-2.
    Same walk, same allow-list; only the arithmetic is mpmath's. Raises
    :class:`Undefined`.
    """
    import mpmath  # sympy's own dependency, already loaded by sympy

    with mpmath.workdps(PRECISE_DIGITS):
        try:
            result = _Evaluation(point, size, precise=True, definitions=definitions).value(expr, {}, None)
        except (ZeroDivisionError, OverflowError, ValueError) as error:
            raise Undefined(str(error)) from None
        if isinstance(result, Dual):  # pragma: no cover - a seed never escapes its Derivative
            raise InternalError("a derivative seed escaped its derivative")
        result = mpmath.mpc(result)
        if mpmath.isnan(result) or mpmath.isinf(result):
            raise Undefined("not finite")
        return result


class _Evaluation:
    """One evaluation: the point, the sizes, and a memo of sub-results."""

    def __init__(self, point: Point, size: Size, *, precise: bool = False,
                 definitions: Mapping[sympy.Basic, sympy.Expr] | None = None) -> None:
        self.point = point
        self.size = size
        self.precise = precise
        self.functions = _precise_functions() if precise else _FUNCTIONS
        self.definitions = definitions or {}
        # a point's memo is shared by every evaluation at the same size (values
        # depend on m, n and j) and the same definitions (a name's value depends on
        # them: two problems may define u differently); a precise evaluation keeps
        # its own: its values are of another kind
        where = (size, tuple(self.definitions.items())) if self.definitions else size
        self.memo: dict[Visit, Value] = {} if precise else point.memo.setdefault(where, {})

    def value(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        if self.definitions and expr in self.definitions:
            method = _Evaluation.defined
        else:
            method = _METHODS.get(type(expr)) or _method_for(type(expr))
        # ``_args``, not the ``args`` property: this runs for every node at every point. Leaves are cheaper to
        # compute than to memoise, and so is a quantity x[i, k]: its value is a look-up of the point, while its
        # memo hit compares the key with an equal Indexed that is seldom the same object, and sympy's equality
        # of two Indexed rebuilds both's assumptions (a third of the evaluator's time before, on the corpus)
        if not expr._args or method is _QUANTITY:
            return method(self, expr, env, seed)
        # sub-expressions repeat a lot (σ(θᵀx⁽ⁱ⁾) in every term of the summand)
        memo_key = (expr, tuple(env.items()) if env else (), seed)
        hit = self.memo.get(memo_key)
        if hit is None:
            hit = self.memo[memo_key] = method(self, expr, env, seed)
        return hit

    def defined(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        # a name's value holds the indices the name is written with (h(i) -> σ(Σₖ θₖ x[i, k])),
        # so it is evaluated in the same environment
        return self.value(self.definitions[expr], env, seed)

    def quantity(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        if isinstance(expr, sympy.Symbol):
            if expr in env:
                return env[expr]
            if expr == symbols.m:
                return self.size.m
            if expr == symbols.n:
                return self.size.n
            if expr == symbols.wrt_index:
                return self.size.j
        key = key_of(expr, self.size, env)
        value = self.point[key]
        if self.precise:
            value = _mpf(value)
        return Dual(value, 1) if key == seed else value

    indexed = symbol = quantity

    def number(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        if expr.is_Integer:
            return int(expr)
        if self.precise:
            if expr.is_Rational:
                return _mpf(expr.p) / expr.q
            return _mpf(str(expr.evalf(PRECISE_DIGITS + 5)))
        if expr.is_Rational:
            ratio: float = expr.p / expr.q  # sympy's numerator and denominator are Python ints
            return ratio
        return complex(expr.evalf(17))

    def add(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        total: Value = 0
        for arg in expr.args:
            total = total + self.value(arg, env, seed)
        return total

    def mul(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        product: Value = 1
        for arg in expr.args:
            product = product * self.value(arg, env, seed)
        return product

    def pow(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        base = self.value(expr.base, env, seed)
        exponent = expr.exp
        if exponent.is_Integer:
            k = int(exponent)
            if abs(k) > 10_000:
                raise OverflowError("exponent too large to evaluate")
            if k < 0:
                base = base.reciprocal() if isinstance(base, Dual) else 1 / base
                k = -k
            # by repeated squaring: x^9998 is 20 products, not 9998
            result: Value = 1
            while k:
                if k & 1:
                    result = result * base
                k >>= 1
                if k:
                    base = base * base
            return result
        exponent_value = self.value(exponent, env, seed)
        if not isinstance(base, Dual) and base == 0:
            return 0
        return _power(base, exponent_value, self.functions)

    def function(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        return self.functions[type(expr)](self.value(expr.args[0], env, seed))

    def sum(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        # sympy merges Σᵢ Σₖ f into one Sum with limits ((k, …), (i, …)): innermost first
        return self._sum(expr.function, list(reversed(expr.limits)), env, seed)

    def _sum(self, body: sympy.Expr, limits: list[tuple[sympy.Symbol, sympy.Expr, sympy.Expr]], env: Env,
             seed: Key | None) -> Value:
        if not limits:
            return self.value(body, env, seed)
        (bound, low, high), rest = limits[0], limits[1:]
        total: Value = 0
        for value in range(self._bound(low, env), self._bound(high, env) + 1):
            total = total + self._sum(body, rest, {**env, bound: value}, seed)
        return total

    def _bound(self, limit: sympy.Expr, env: Env) -> int:
        value = self.value(limit, env, None)
        # a bound is an integer expression (1, m, n), never under a derivative's seed (``None`` above)
        assert not isinstance(value, Dual)
        if isinstance(value, complex):
            value = value.real
        return int(value)

    def derivative(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        (variable, count), = expr.variable_count
        if seed is not None or count != 1:
            # the engine takes none (a cost holding a derivative is refused), so this is the user's, through a --let
            raise UnsupportedError(
                "a derivative of a derivative: logderiv checks first derivatives only",
                hint="write the inner derivative out first, then differentiate that",
            )
        result = self.value(expr.expr, env, key_of(variable, self.size, env))
        return result.b if isinstance(result, Dual) else 0

    def kronecker(self, expr: sympy.Expr, env: Env, seed: Key | None) -> Value:
        a, b = (self.value(arg, env, None) for arg in expr.args)
        return 1 if a == b else 0


#: each function of the registry on dual numbers: its complex value and derivative (``Function.complex_*``)
def _lifted(function: registry.Function, precise: bool) -> Callable[[Value], Value]:
    """``function`` on dual numbers, in double precision (``complex_*``) or mpmath arithmetic (``precise_*``)."""
    value, derivative = ((function.precise_value, function.precise_derivative) if precise
                         else (function.complex_value, function.complex_derivative))
    # every function with a sympy class of its own (``by_class``) has all four; only √, which sympy writes as a
    # power, has none, and it has no class
    if value is None or derivative is None:  # pragma: no cover - a registry entry missing an evaluator
        raise InternalError(f"the registry's {function.name} cannot be evaluated numerically")
    return _lift(value, derivative)


_FUNCTIONS = {cls: _lifted(function, precise=False) for cls, function in symbols.by_class().items()}


def _mpf(value: object) -> Precise:
    import mpmath

    return mpmath.mpf(value)


@lru_cache(maxsize=1)
def _precise_functions() -> dict[type, Callable[[Value], Value]]:
    """``_FUNCTIONS`` in mpmath arithmetic (no overflow to guard against at any size): ``Function.precise_*``."""
    return {cls: _lifted(function, precise=True) for cls, function in symbols.by_class().items()}


#: What a numeric walker may meet: each allow-listed node type and the name of the
#: method that evaluates it. The one list for this evaluator and gradcheck's
#: reference: only expressions made of these are ever evaluated, and a walker
#: without a method of that name refuses the type.
NODES: tuple[tuple[type, str], ...] = (
    (sympy.Indexed, "indexed"),
    (sympy.Symbol, "symbol"),
    (sympy.Number, "number"),
    (sympy.NumberSymbol, "number"),
    (sympy.Add, "add"),
    (sympy.Mul, "mul"),
    (sympy.Pow, "pow"),
    *((cls, "function") for cls in symbols.by_class()),
    (sympy.Sum, "sum"),
    (sympy.Derivative, "derivative"),
    (sympy.KroneckerDelta, "kronecker"),
)


class Dispatch:
    """A walker's method for each node type, by :data:`NODES`, found once by ``issubclass``.

    ``methods`` is the cache a hot loop reads first (``methods.get(type(expr)) or
    dispatch(type(expr))``); ``refuse`` makes the error for a type outside the list.
    """

    def __init__(self, walker: type, refuse: Callable[[type], Exception], *,
                 extra: tuple[tuple[type, str], ...] = ()) -> None:
        self.table: tuple[tuple[type, Callable[..., Any]], ...] = tuple(
            (base, getattr(walker, name)) for base, name in (*NODES, *extra) if hasattr(walker, name)
        )
        self.refuse = refuse
        # a method of the walker, unbound: (walker, expr, env, …) -> value; the walkers' signatures differ
        self.methods: dict[type, Callable[..., Any]] = {}

    def __call__(self, kind: type) -> Callable[..., Any]:
        for base, method in self.table:
            if issubclass(kind, base):
                self.methods[kind] = method
                return method
        raise self.refuse(kind)


_DISPATCH = Dispatch(_Evaluation, lambda kind: InternalError(f"cannot evaluate {kind.__name__} numerically"))
_METHODS = _DISPATCH.methods
#: the method of every quantity (Indexed, Symbol): evaluated, never memoised (see ``_Evaluation.value``)
_QUANTITY = _Evaluation.quantity
_method_for = _DISPATCH

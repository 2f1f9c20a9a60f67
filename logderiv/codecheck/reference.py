"""The gradient a user's code should compute: derived by logderiv's engine, evaluated with NumPy.

The cost is derived by the rewrites ``logderiv derive`` uses (index form):
∂J/∂θⱼ = (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ for the logistic cost. That
expression, made by logderiv's builder and engine (never by the user's text),
is then computed on concrete arrays by :func:`evaluate`, a walk over an
allow-list of sympy node types in which each index is an array axis::

    Σᵢ …        sum over the rows (axis i, length m)
    xₖ⁽ⁱ⁾        X[i, k]             (index k = 1..n is column k − 1)
    θⱼ, y⁽ⁱ⁾     theta[j], y[i]
    σ, softplus  stable NumPy forms (no overflow at |z| = 800)

so the whole gradient, all n components, is one vectorised evaluation. The
steps are not verified one by one (none is shown); instead the result is
checked on the very data it judges against central differences of the cost
(:func:`verify_reference`), so a wrong reference ends in an internal error,
never in a verdict.

Engine index k = 1 is NumPy's column 0, the intercept: data made here have a
first column of ones, as in the usual ``X = [1, x₁, …]`` set-up.
"""

from __future__ import annotations

import math
import random
from functools import reduce

import numpy as np
import sympy

from ..errors import InputError, InternalError, UnsupportedError
from ..notation import symbols
from ..record import record
from ..equality import numeric
from ..equality.elementwise import FUNCTIONS as _FUNCTIONS
from ..equality.tolerances import GRADCHECK_FD_FLOOR, GRADCHECK_FD_STEP, GRADCHECK_FD_TOLERANCE, GRADCHECK_SEED

__all__ = ["Data", "Derived", "Reference", "make_data", "reference", "evaluate", "cost_value", "derive_reference", "verify_reference"]

#: every index the engine uses, each an array axis in this order
_AXES = (symbols.example_index, symbols.wrt_index, *symbols.feature_indices)
_EXAMPLES = 0
_COMPONENT = 1

#: presets whose y is a real number, or a count; every other cost gets labels in {0, 1}
_REAL_Y = frozenset({"linear", "linear-l2"})
_COUNT_Y = frozenset({"poisson"})


@record
class Data:
    """One random data set: θ (n,), X (m, n) with a first column of ones, y (m,), λ (or None)."""

    theta: np.ndarray
    X: np.ndarray
    y: np.ndarray
    lam: float | None

    @property
    def m(self) -> int:
        return int(self.X.shape[0])

    @property
    def n(self) -> int:
        return int(self.X.shape[1])


@record
class Derived:
    """The derived gradient, ready to evaluate: its index form, the cost's name, whether it has λ."""

    cost: str
    #: the cost as written (a preset's formula, or the user's)
    formula: str
    #: the gradient in index form, every defined name (``h``) replaced by its value
    gradient: sympy.Expr
    #: the gradient as ``logderiv derive`` ends with it, names such as h kept (for the report, which prints it)
    result: sympy.Expr
    has_lambda: bool
    parameter: str  # "theta" or "w"
    #: the cost itself, definitions replaced, for the finite-difference check
    expanded_cost: sympy.Expr
    #: what the reader should know about how the cost was read (an assumed h = σ(θᵀx))
    notes: tuple[str, ...] = ()


@record
class Reference:
    """The reference gradient on one data set, split so a diagnosis can fit its parts.

    ``data_term`` is the gradient with λ = 0; ``regularisation`` is the rest
    (``(λ/m)θ`` for the L2 presets). ``full`` regularises every θₖ, as the
    cost is written; ``no_intercept`` leaves θ₀ out of the regularisation (the
    two differ in component 0 only).
    """

    data_term: np.ndarray
    regularisation: np.ndarray

    @property
    def full(self) -> np.ndarray:
        full: np.ndarray = self.data_term + self.regularisation
        return full

    @property
    def no_intercept(self) -> np.ndarray:
        gradient = self.full.copy()
        gradient[0] = self.data_term[0]
        return gradient


def derive_reference(cost: str) -> Derived:
    """Derive ∂cost/∂θⱼ with the engine; ``cost`` is a preset's name or a formula.

    The engine's rewrites are used without verifying each step (no step is
    shown); :func:`verify_reference` checks the result on the data instead.
    """
    from ..verify.costs import read_cost
    from ..engine.driver import gradient
    from ..presets import find_preset

    try:
        problem, parameter = read_cost(cost), "theta"
        expanded = problem.expand_definitions(problem.cost)
        if "theta" not in _bases(expanded) and "w" in _bases(expanded):
            problem, parameter = read_cost(cost, wrt="w_j"), "w"
    except InputError as error:
        raise error.with_label("--cost") from None
    expanded = problem.expand_definitions(problem.cost)
    if not any(symbols.is_example_sum(node) for node in sympy.preorder_traversal(expanded)):
        raise UnsupportedError(
            "gradcheck needs a cost that is a sum over examples",
            hint="write it with sum(...), e.g. --cost '1/(2m) * sum((theta^T x - y)^2)'",
        )
    result = gradient(problem)
    preset = find_preset(cost)
    return Derived(
        cost=preset.name if preset else cost,
        formula=preset.cost if preset else cost,
        gradient=problem.expand_definitions(result),
        result=result,
        has_lambda=_LAMBDA in expanded.free_symbols,
        parameter=parameter,
        expanded_cost=expanded,
        notes=problem.notes,
    )


_LAMBDA = sympy.Symbol("lambda", positive=True)


def verify_reference(derived: Derived, data: Data, gradient: np.ndarray, *, directions: int = 2) -> None:
    """Check ``gradient`` against central differences of the cost at ``data``, along random directions.

    Raises :class:`~logderiv.errors.VerificationError` (an engine bug) when they
    disagree: a reference that is wrong must never judge anyone's code.
    """
    rng = random.Random(GRADCHECK_SEED)
    step = GRADCHECK_FD_STEP * max(1.0, float(np.linalg.norm(data.theta)))
    scale = float(np.linalg.norm(gradient))
    for _ in range(directions):
        direction = np.array([rng.gauss(0, 1) for _ in range(data.n)])
        direction /= np.linalg.norm(direction)
        ahead, behind = (
            cost_value(derived, Data(data.theta + sign * step * direction, data.X, data.y, data.lam))
            for sign in (1, -1)
        )
        estimate = (ahead - behind) / (2 * step)
        exact = float(gradient @ direction)
        if not np.isfinite(estimate):
            raise UnsupportedError(
                f"the cost {derived.cost} is not finite on the random data, so its gradient cannot be checked",
                hint="try smaller --m and --n",
            )
        if not abs(estimate - exact) <= GRADCHECK_FD_TOLERANCE * (abs(exact) + scale) + GRADCHECK_FD_FLOOR:
            from ..errors import VerificationError

            raise VerificationError(
                f"the derived gradient of {derived.cost} disagrees with finite differences of the cost "
                f"({exact:.10g} against {estimate:.10g})",
                hint="this is a bug in logderiv; please report it with the cost",
            )


def cost_value(derived: Derived, data: Data) -> float:
    """The cost J at ``data`` (a number)."""
    walk = _Walk(data, derived.parameter)
    with np.errstate(all="ignore"):
        value = np.asarray(walk.value(derived.expanded_cost), dtype=float)
    if value.size != 1:
        raise InternalError("the cost depends on an index")
    return float(value.reshape(()))


def _bases(expr: sympy.Expr) -> set[str]:
    return {str(node.base) for node in expr.atoms(sympy.Indexed)}


def make_data(rng: random.Random, m: int, n: int, cost: str, *, has_lambda: bool) -> Data:
    """Random data suited to ``cost``: labels in {0, 1} (both present), real targets, or counts.

    Drawn with the standard library's ``random`` (numpy.random costs a cold run
    tens of milliseconds to import), the same data for the same seed.
    """
    X = np.array([[1.0] + [rng.gauss(0, 1) for _ in range(n - 1)] for _ in range(m)])
    # θᵀx⁽ⁱ⁾ of order 1 whatever n: σ neither saturates (log(1 − h) stays finite) nor is flat
    theta = np.array([rng.gauss(0, 1 / math.sqrt(n)) for _ in range(n)])
    if cost in _REAL_Y:
        y = np.array([rng.gauss(0, 1) for _ in range(m)])
    elif cost in _COUNT_Y:
        y = np.array([float(_poisson(rng, 2.0)) for _ in range(m)])
    else:
        labels = [float(i % 2) for i in range(m)]
        rng.shuffle(labels)
        y = np.array(labels)
    lam = rng.uniform(0.5, 2.0) if has_lambda else None
    return Data(theta=theta, X=X, y=y, lam=lam)


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson count (Knuth's method: fine for a small mean)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def reference(derived: Derived, data: Data) -> Reference:
    """The reference gradient on ``data``, as its data term and its λ term."""
    full = evaluate(derived.gradient, data, parameter=derived.parameter)
    if data.lam is None:
        return Reference(full, np.zeros_like(full))
    data_term = evaluate(derived.gradient, Data(data.theta, data.X, data.y, 0.0), parameter=derived.parameter)
    return Reference(data_term, full - data_term)


# --- the walk ---------------------------------------------------------------------------


def evaluate(gradient: sympy.Expr, data: Data, *, parameter: str = "theta") -> np.ndarray:
    """∂J/∂θⱼ for j = 1..n at ``data``, as an (n,) array. Raises :class:`UnsupportedError`."""
    walk = _Walk(data, parameter)
    with np.errstate(all="ignore"):
        value = walk.value(gradient)
    value = np.asarray(value, dtype=float)
    shape = [1] * len(_AXES)
    shape[_COMPONENT] = data.n
    if value.ndim and any(size != 1 for axis, size in enumerate(value.shape) if axis != _COMPONENT):
        raise InternalError("the gradient depends on an index other than j")
    return np.broadcast_to(value, shape).reshape(data.n).astype(float, copy=True)


#: a value while evaluating: a number, or an array on some of the six axes (see :func:`_placed`)
_Value = float | np.ndarray


class _Walk:
    def __init__(self, data: Data, parameter: str) -> None:
        self.sizes = {axis: data.n for axis in _AXES}
        self.sizes[symbols.example_index] = data.m
        self.arrays = {parameter: data.theta, "x": data.X, "y": data.y}
        self.scalars = {symbols.m: float(data.m), symbols.n: float(data.n)}
        if data.lam is not None:
            self.scalars[sympy.Symbol("lambda", positive=True)] = data.lam
        self.memo: dict[sympy.Expr, _Value] = {}

    def value(self, expr: sympy.Expr) -> _Value:
        hit = self.memo.get(expr)
        if hit is None:
            method = _METHOD.get(type(expr)) or _method_for(type(expr))
            made: _Value = method(self, expr)
            hit = self.memo[expr] = made
        return hit

    def indexed(self, expr: sympy.Indexed) -> _Value:
        array = self.arrays.get(expr.base.label.name)
        if array is None or array.ndim != len(expr.indices):
            raise UnsupportedError(f"gradcheck cannot give {expr} a value", hint="use θ, x and y only")
        picks: list[int | slice] = []
        axes: list[sympy.Symbol] = []
        for index in expr.indices:
            if index.is_Integer:
                if not 1 <= int(index) <= array.shape[len(picks)]:
                    raise UnsupportedError(f"{expr} is outside the data")
                picks.append(int(index) - 1)
            elif index in _AXES and index not in axes:
                picks.append(slice(None))
                axes.append(index)
            else:
                raise UnsupportedError(f"gradcheck cannot evaluate the index {index} of {expr}")
        return _placed(array[tuple(picks)], axes)

    def symbol(self, expr: sympy.Symbol) -> _Value:
        if expr in self.scalars:
            return self.scalars[expr]
        if expr in _AXES:  # an index used as a number (δⱼₖ compares them)
            return _placed(np.arange(1, self.sizes[expr] + 1, dtype=float), [expr])
        raise UnsupportedError(f"gradcheck cannot give '{expr}' a value", hint="use θ, x, y, m, n and λ only")

    def number(self, expr: sympy.Number) -> _Value:
        return float(expr)

    def add(self, expr: sympy.Add) -> _Value:
        return reduce(np.add, (self.value(arg) for arg in expr.args))

    def mul(self, expr: sympy.Mul) -> _Value:
        return reduce(np.multiply, (self.value(arg) for arg in expr.args))

    def pow(self, expr: sympy.Pow) -> _Value:
        base = self.value(expr.base)
        power: _Value = (np.power(np.asarray(base, dtype=float), int(expr.exp)) if expr.exp.is_Integer
                         else np.power(base, self.value(expr.exp)))
        return power

    def function(self, expr: sympy.Function) -> _Value:
        applied: _Value = _FUNCTIONS[type(expr)](np.asarray(self.value(expr.args[0]), dtype=float))
        return applied

    def sum(self, expr: sympy.Sum) -> _Value:
        total = self.value(expr.function)
        for bound, low, high in expr.limits:
            if bound not in _AXES or low != 1 or high != (symbols.m if bound == symbols.example_index else symbols.n):
                raise UnsupportedError(f"gradcheck cannot evaluate the sum over {bound} = {low}..{high}")
            axis = _AXES.index(bound)
            total = np.broadcast_to(total, _full_shape(total, axis, self.sizes[bound])).sum(axis=axis, keepdims=True)
        return total

    def kronecker(self, expr: sympy.KroneckerDelta) -> _Value:
        a, b = (self.value(arg) for arg in expr.args)
        return np.equal(a, b).astype(float)


def _full_shape(value: _Value, axis: int, size: int) -> tuple[int, ...]:
    shape = list(np.shape(value)) or [1] * len(_AXES)
    shape[axis] = size
    return tuple(shape)


def _placed(array: np.ndarray, axes: list[sympy.Symbol]) -> np.ndarray:
    """``array`` (one dimension per symbol in ``axes``) as a 6-dimensional array on those axes."""
    positions = [_AXES.index(axis) for axis in axes]
    order = np.argsort(positions)
    array = np.transpose(array, order) if len(order) > 1 else array
    shape = [1] * len(_AXES)
    for position in sorted(positions):
        shape[position] = array.shape[sorted(positions).index(position)]
    return array.reshape(shape)


_DISPATCH = numeric.Dispatch(
    _Walk, lambda kind: UnsupportedError(f"gradcheck cannot evaluate {kind.__name__} numerically")
)
_METHOD = _DISPATCH.methods
_method_for = _DISPATCH

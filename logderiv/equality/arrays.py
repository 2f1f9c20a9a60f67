"""Numbers for matrix-form expressions: evaluate them with numpy, check them against the index form.

:func:`evaluate_array` walks a matrix expression (``logderiv.records.matrix``) through
an allow-list of node types, like :mod:`logderiv.equality.numeric` does for the
index form: nothing is compiled or executed, and an unknown node is an
internal error. Arithmetic is complex, so both sides of a comparison take the
same branch of ``log`` and ``sqrt``.

:func:`verify_matrix_step` checks one step of the matrix chain against the
index-form gradient: both are evaluated at the same random θ, X, y, λ (drawn
by :class:`~logderiv.equality.numeric.Point`, so the index side reads the very
numbers the arrays hold), for every component j.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, TypeAlias

import numpy as np
import sympy
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.matrices.expressions.matexpr import MatrixElement

from ..records.derivation import Check
from ..errors import InternalError, VerificationError
from ..notation.matrix_symbols import unit_index
from ..notation import symbols
from ..notation.vocabulary import DATA_VECTORS
from ..notation.problem import Problem
from . import numeric
from .elementwise import FUNCTIONS as _FUNCTIONS
from .tolerances import MATRIX_POINTS as POINTS, MATRIX_SIZES as SIZES, MATRIX_TOLERANCE as TOLERANCE
from ..memo import remembered

#: a value of the walk: a 2-D complex array, a complex or int scalar, as the node gives; ``Any``, since numpy's
#: operators on the mixture (array @ array, scalar * array, array.T) type each result only for known operand
#: kinds, and the walk's are known only at run time
Value: TypeAlias = Any
#: an array of one value per component j = 1..n
Components: TypeAlias = "np.ndarray[Any, np.dtype[np.complex128]]"
#: the first disagreement of a comparison: the step's position, m, n, its values and the index form's
Disagreement: TypeAlias = "tuple[int, int, int, Components, Components]"

__all__ = ["evaluate_array", "verify_matrix_step", "verify_matrix_steps", "find_disagreement", "verify_cost", "shapes_for", "SIZES", "POINTS", "TOLERANCE"]


def shapes_for(expr: sympy.Expr) -> tuple[tuple[int, int], ...]:
    """``SIZES``, with n raised past every numbered component ``expr`` names (θ₅ needs n ≥ 5).

    The matrix form is compared at every j = 1..n, so a component within n is
    sampled; one beyond it would be an entry the arrays do not have. The shapes
    keep m ≠ n, as ``SIZES`` do.
    """
    top = max(numeric.components(expr), default=0)
    if top <= min(n for _, n in SIZES):
        return SIZES
    return tuple((m, n + top) for m, n in SIZES)


def evaluate_array(expr: sympy.Basic, values: Mapping[str, Any], env: Mapping[sympy.Symbol, int] | None = None,
                   ) -> Value:
    """The value of a matrix-form expression: a 2-D complex array, or a complex scalar.

    ``values`` maps each ``MatrixSymbol``'s name to an array of its shape
    (``X`` (m, n), ``theta`` (n, 1), ``y`` (m, 1)) and each scalar's name
    (``lambda``) to a number; m and n are read from the shape of ``X``, or
    given as ``values["m"]``, ``values["n"]``. ``env`` binds indices (i, j) to
    1-based integers.
    """
    with np.errstate(all="ignore"):
        return _Walk(values).value(expr, dict(env or {}))


class _Walk:
    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values: dict[str, Value] = {
            name: (np.asarray(v, dtype=complex) if np.ndim(v) else complex(v)) for name, v in values.items()
        }
        data = next((v for v in self.values.values() if np.ndim(v) == 2 and v.shape[1] != 1), None)
        self.sizes: dict[sympy.Symbol, int | None] = {symbols.m: values.get("m"), symbols.n: values.get("n")}
        if data is not None:
            self.sizes = {symbols.m: data.shape[0], symbols.n: data.shape[1]}

    def value(self, expr: sympy.Basic, env: dict[sympy.Symbol, Value]) -> Value:
        if isinstance(expr, sympy.MatrixSymbol):
            return self._named(expr.name)
        if isinstance(expr, sympy.Transpose):
            return self.value(expr.arg, env).T
        if isinstance(expr, sympy.MatMul):
            result: Value = 1
            for arg in expr.args:
                part = self.value(arg, env)
                result = result @ part if np.ndim(result) and np.ndim(part) else result * part
            return result
        # elementwise: the same arithmetic as on scalars
        if isinstance(expr, (sympy.MatAdd, sympy.HadamardProduct, sympy.HadamardPower)):
            return self._scalar(expr, env)
        if isinstance(expr, ElementwiseApplyFunction):
            function = expr.function
            argument = self.value(expr.expr, env)
            if isinstance(function, sympy.Lambda) and len(function.variables) == 1:
                return self.value(function.expr, {**env, function.variables[0]: argument})
            return _FUNCTIONS[function](argument)
        if isinstance(expr, sympy.OneMatrix):
            return np.ones(self._shape(expr), dtype=complex)
        if isinstance(expr, sympy.ZeroMatrix):
            return np.zeros(self._shape(expr), dtype=complex)
        if isinstance(expr, MatrixElement):
            row, column = (self._index(index, env) for index in expr.indices)
            # 1-based row (logderiv's i, j); a column vector's only column is 0
            return self.value(expr.parent, env)[row - 1, column - 1 if expr.parent.shape[1] != 1 else 0]
        return self._scalar(expr, env)

    def _scalar(self, expr: sympy.Basic, env: dict[sympy.Symbol, Value]) -> Value:
        if isinstance(expr, sympy.Symbol):
            if expr in env:  # a bound index, or the variable of an elementwise Lambda
                return env[expr]
            if expr in self.sizes and self.sizes[expr] is not None:
                return self.sizes[expr]
            return self._named(expr.name)
        if isinstance(expr, sympy.Indexed):
            array = self._named(str(expr.base))
            indices = [self._index(index, env) - 1 for index in expr.indices]
            return array[indices[0], 0] if len(indices) == 1 else array[tuple(indices)]
        if expr.is_Number or isinstance(expr, sympy.NumberSymbol):
            return complex(expr) if not expr.is_Integer else int(expr)
        if isinstance(expr, (sympy.Add, sympy.MatAdd)):
            return sum(self.value(arg, env) for arg in expr.args)
        if isinstance(expr, (sympy.Mul, sympy.HadamardProduct)):
            result = 1
            for arg in expr.args:
                result = result * self.value(arg, env)
            return result
        if isinstance(expr, (sympy.Pow, sympy.HadamardPower)):
            return self.value(expr.base, env) ** self.value(expr.exp, env)
        if type(expr) in _FUNCTIONS:
            return _FUNCTIONS[type(expr)](self.value(expr.args[0], env))
        if isinstance(expr, sympy.Sum):
            return self._sum(expr.function, list(reversed(expr.limits)), env)
        if isinstance(expr, sympy.KroneckerDelta):
            a, b = (self._index(arg, env) for arg in expr.args)
            return 1 if a == b else 0
        raise InternalError(f"cannot evaluate {type(expr).__name__} in a matrix form")

    def _sum(self, body: sympy.Basic, limits: list[tuple[sympy.Symbol, sympy.Basic, sympy.Basic]],
             env: dict[sympy.Symbol, Value]) -> Value:
        if not limits:
            return self.value(body, env)
        (bound, low, high), rest = limits[0], limits[1:]
        return sum(
            self._sum(body, rest, {**env, bound: value})
            for value in range(self._index(low, env), self._index(high, env) + 1)
        )

    def _index(self, index: sympy.Basic | int, env: dict[sympy.Symbol, Value]) -> int:
        return int(self._scalar(index, env).real) if not isinstance(index, int) else index

    def _shape(self, expr: sympy.MatrixExpr) -> tuple[int, int]:
        rows, columns = expr.shape
        return self._index(rows, {}), self._index(columns, {})

    def _named(self, name: str) -> Value:
        if name in self.values:
            return self.values[name]
        unit = unit_index(sympy.MatrixSymbol(name, symbols.n, 1))
        n = self.sizes[symbols.n]
        if unit is not None and n is not None:
            vector = np.zeros((int(n), 1), dtype=np.complex128)
            vector[unit - 1, 0] = 1
            return vector
        raise InternalError(f"no value given for {name!r}")


# --- verification ------------------------------------------------------------------------


def verify_matrix_step(expression: sympy.Basic, index_form: sympy.Expr, problem: Problem, rule_name: str) -> Check:
    """Check one matrix-chain expression against the index-form gradient at random data.

    A scalar expression (holding entries, for component j) is compared with the
    index form at every j = 1..n; an n×1 vector is compared with the stacked
    index form. Raises :class:`~logderiv.errors.VerificationError` on any
    disagreement, so the step is never shown.
    """
    return verify_matrix_steps([(rule_name, expression)], index_form, problem)[0]


def verify_matrix_steps(
    steps: list[tuple[str, sympy.Basic]], index_form: sympy.Expr, problem: Problem
) -> list[Check]:
    """:func:`verify_matrix_step` for several steps at once, sharing the points and the index-form values."""
    found, wrong = _compare([e for _, e in steps], index_form, problem, "matrix:" + ",".join(n for n, _ in steps))
    if wrong is not None:
        position, m, n, actual, expected = wrong
        raise VerificationError(
            f"internal error: the {steps[position][0]} step of the matrix form failed verification and was not printed",
            hint=f"at m={m} n={n}: {actual.tolist()} != index form {expected.tolist()}; this is a bug in logderiv",
        )
    check = Check("numeric", points=found, sizes=shapes_for(problem.expand_definitions(index_form)), tolerance=TOLERANCE)
    return [check for _ in steps]


def find_disagreement(expression: sympy.Basic, index_form: sympy.Expr, problem: Problem,
                      ) -> tuple[int, int, Components, Components] | None:
    """Where a matrix expression (an n×1 gradient, or entries for component j) differs from the index form.

    For comparing someone's matrix-form answer with a derivation: returns None
    when they agree at every random point of every size, else ``(m, n, actual,
    expected)`` with the two values as arrays over j = 1..n. Raises
    :class:`~logderiv.errors.UnsupportedError` when no point makes both defined.
    """
    _, wrong = _compare([expression], index_form, problem, "answer")
    if wrong is None:
        return None
    _, m, n, actual, expected = wrong
    return m, n, actual, expected


def _compare(expressions: list[sympy.Basic], index_form: sympy.Expr, problem: Problem, seed: str,
             ) -> tuple[int, Disagreement | None]:
    """(points found per size, first disagreement as (position, m, n, actual, expected) or None)."""
    counted: list[int] = []
    for m, n in shapes_for(problem.expand_definitions(index_form)):
        found = 0
        size = numeric.Size(m=m, n=n, j=1)  # only names the points (by m and n): the arrays hold every j
        for attempt in range(POINTS * 10):
            if found == POINTS:
                break
            point = numeric.draw(seed, size, attempt)
            expected = _index_values(index_form, problem, point, m, n)
            if expected is None:
                continue
            values = [_matrix_values(e, _arrays(e, index_form, point, m, n), m, n) for e in expressions]
            actuals = [actual for actual in values if actual is not None]
            if len(actuals) < len(values):  # an expression undefined here
                continue
            found += 1
            for position, actual in enumerate(actuals):
                scale = np.maximum(1.0, np.maximum(np.abs(actual), np.abs(expected)))
                if not np.all(np.abs(actual - expected) <= TOLERANCE * scale):
                    return found, (position, m, n, actual, expected)
        if not found:
            raise VerificationError(
                f"internal error: the matrix form could not be checked at m={m} n={n}",
                hint="no random point where both sides are defined; this is a bug in logderiv",
            )
        counted.append(found)
    return min(counted), None


def verify_cost(terms: Iterable[tuple[sympy.Expr, sympy.MatrixExpr | None]], problem: Problem) -> None:
    """Check a vectorised cost (terms ``(c, v)``: c × Σ entries of v) against the index-form cost."""
    cost = problem.expand_definitions(problem.cost)
    for m, n in shapes_for(cost):
        found = 0
        size = numeric.Size(m=m, n=n, j=1)
        for attempt in range(POINTS * 10):
            if found == POINTS:
                break
            point = numeric.draw("matrix:cost", size, attempt)
            try:
                expected = numeric.evaluate(cost, point, size)
            except numeric.Undefined:
                continue
            total: Value = 0
            with np.errstate(all="ignore"):
                for coefficient, vector in terms:
                    if vector is None:
                        total += evaluate_array(coefficient, _arrays(coefficient, coefficient, point, m, n))
                        continue
                    values = _arrays(vector, coefficient, point, m, n)
                    total += evaluate_array(coefficient, values) * np.sum(evaluate_array(vector, values))
            # a point where either side is not a finite number proves nothing: NaN compares false with '>', so
            # it would pass as agreement
            if not (np.isfinite(total) and np.isfinite(expected)):
                continue
            found += 1
            if abs(total - expected) > TOLERANCE * max(1.0, abs(total), abs(expected)):
                raise VerificationError(
                    "internal error: the vectorised cost failed verification and was not used",
                    hint=f"at m={m} n={n}: {total} != index form {expected}; this is a bug in logderiv",
                )
        if not found:
            raise VerificationError(f"internal error: the vectorised cost could not be checked at m={m} n={n}")


def _index_values(index_form: sympy.Expr, problem: Problem, point: numeric.Point, m: int, n: int,
                  ) -> Components | None:
    expr = problem.expand_definitions(index_form)
    try:
        return np.array([numeric.evaluate(expr, point, numeric.Size(m=m, n=n, j=j)) for j in range(1, n + 1)])
    except numeric.Undefined:
        return None


def _arrays(expression: sympy.Basic, index_form: sympy.Basic, point: numeric.Point, m: int, n: int,
            ) -> dict[str, Any]:
    """Arrays holding the very numbers ``point`` gives the index form, for each name used."""
    data, columns, parameters, scalars = _names(expression, index_form)
    values: dict[str, Any] = {"m": m, "n": n}
    for name in data:
        base = name.lower()
        values[name] = np.array([[point[(base, (i, k))] for k in range(1, n + 1)] for i in range(1, m + 1)])
    for name, per_example in columns:
        rows = m if per_example else n
        values[name] = np.array([[point[(name, (r,))]] for r in range(1, rows + 1)])
    for name in parameters:
        if name not in values:
            values[name] = np.array([[point[(name, (r,))]] for r in range(1, n + 1)])
    for name in scalars:
        if name not in values:
            values[name] = point[(name, ())]
    return values


@remembered("equality.arrays.names", 64)
def _names(expression: sympy.Basic, index_form: sympy.Basic,
           ) -> tuple[tuple[str, ...], tuple[tuple[str, bool], ...], tuple[str, ...], tuple[str, ...]]:
    """What :func:`_arrays` must fill for ``expression``: found once, not at every point (atoms are slow)."""
    data: list[str] = []
    columns: list[tuple[str, bool]] = []
    for matrix in expression.atoms(sympy.MatrixSymbol):
        if unit_index(matrix) is not None:
            continue  # a unit vector eₐ: fixed, not data
        if matrix.name.lower() in DATA_VECTORS and matrix.shape[1] != 1:
            data.append(matrix.name)
        else:
            columns.append((matrix.name, matrix.shape[0] == symbols.m))
    parameters = sorted({str(indexed.base) for indexed in expression.atoms(sympy.Indexed)})
    fixed = {symbols.m, symbols.n, symbols.example_index, symbols.wrt_index}
    scalars = sorted(
        symbol.name
        for symbol in expression.free_symbols | index_form.free_symbols
        if isinstance(symbol, sympy.Symbol) and not isinstance(symbol, sympy.Dummy) and symbol not in fixed
    )
    return tuple(data), tuple(columns), tuple(parameters), tuple(scalars)


def _matrix_values(expression: sympy.Basic, values: dict[str, Any], m: int, n: int) -> Components | None:
    with np.errstate(all="ignore"):
        if isinstance(expression, sympy.MatrixExpr):
            result = np.asarray(evaluate_array(expression, values)).reshape(-1)
        else:
            result = np.array(
                [evaluate_array(expression, values, {symbols.wrt_index: j}) for j in range(1, n + 1)], dtype=complex
            )
    if result.shape != (n,) or not np.all(np.isfinite(result)):
        return None
    return result

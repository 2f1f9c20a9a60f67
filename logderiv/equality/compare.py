"""Is ``a = b``? Symbolically where that is cheap, otherwise numerically.

The symbolic test expands both sides (definitions substituted) and asks whether
the difference is zero; it proves the equality for every m and n. The numeric
test evaluates both sides at each concrete size ``numeric.sizes_for`` plans, at
random points: strong evidence, not proof, and reported as such. A failed
comparison comes with a counterexample.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Iterator, Mapping

import sympy

from ..record import record
from ..records.derivation import Check, FinalCheck
from ..errors import UnsupportedError, VerificationError
from ..notation import symbols
from ..notation.problem import Problem
from . import numeric
# every constant of the comparison is defined once, with its reason, in .tolerances (answer judging reads it too)
from .tolerances import (
    DOUBLE_DIGITS,
    FD_POINTS,
    FD_STEP,
    FD_TOLERANCE,
    PRECISE_DIGITS,
    REAL_ATTEMPTS,
    REAL_PART_TOLERANCE,
    REAL_SEED,
    RESULT_SEED,
    SHARED_SYMBOLIC_NODES,
    STEP_ATTEMPTS,
    STEP_POINTS,
    STEP_SEED,
    SYMBOLIC_OPS,
    TOLERANCE,
)
from ..memo import remembered

if TYPE_CHECKING:  # pragma: no cover
    from ..records.verdict import Counterexample

__all__ = ["Comparison", "compare", "verify_step", "check_result", "TOLERANCE"]

#: a problem's defined names (as they occur in an expression) and their values
Definitions = Mapping[sympy.Basic, sympy.Expr]


@record
class Comparison:
    """The outcome of :func:`compare`."""

    equal: bool
    check: Check
    counterexample: Counterexample | None = None


def compare(a: sympy.Expr, b: sympy.Expr, problem: Problem, *, symbolic: bool = True) -> Comparison:
    """Compare ``a`` and ``b`` (which may use the problem's defined names).

    With shared definitions (:meth:`Problem.shares_definitions`) the names are
    kept: the sides are evaluated through the definitions, each name once per
    point, and the symbolic attempt is made only where the size the sides would
    expand to, estimated before expanding, is small.
    """
    (left, right), definitions = _sides(problem, a, b)
    if symbolic and definitions and _expands_within(problem, a, b):
        if _symbolically_equal(problem.expand_definitions(a), problem.expand_definitions(b)):
            return Comparison(True, Check("symbolic"))
    elif symbolic and not definitions and _symbolically_equal(left, right):
        return Comparison(True, Check("symbolic"))
    points = 0
    sizes = _sizes(problem, definitions, left, right, problem.wrt)
    for size in sizes:
        for point, value_left, value_right in _values(left, right, size, STEP_SEED, definitions=definitions):
            points += 1
            if not numeric.close(value_left, value_right, TOLERANCE):
                counterexample = _counterexample(left, right, size, point, definitions, value_left, value_right)
                return Comparison(False, _numeric(points, TOLERANCE, sizes), counterexample)
    return Comparison(True, _numeric(points, TOLERANCE, sizes))


def _counterexample(left: sympy.Expr, right: sympy.Expr, size: numeric.Size, point: numeric.Point,
                    definitions: Definitions | None,
                    value_left: complex, value_right: complex) -> Counterexample:
    """Where the two sides of a step differ, as the record a verdict's counterexample is (one record for both).

    ``expected`` is the left side's value, ``answer`` the right's, in double
    precision: a failed step is an internal error, never printed, so it is not
    confirmed with more digits as an answer's counterexample is.
    """
    # imported here: a derivation whose steps all hold (every one printed) never needs the record
    from ..records.verdict import Counterexample, Value

    read = numeric.read_keys((left, right), point.values, size, definitions)
    return Counterexample(
        m=size.m,
        n=size.n,
        j=size.j,
        values=tuple(Value(name, indices, value) for (name, indices), value in point.values.items() if (name, indices) in read),
        expected=_decimal(value_left),
        answer=_decimal(value_right),
        digits=DOUBLE_DIGITS,
    )


def _decimal(value: complex) -> str:
    """``value`` as the decimal string a counterexample holds (``"a + bj"`` when complex), every digit a double has."""
    if value.imag == 0:
        return repr(value.real)
    return f"{value.real!r} {'+' if value.imag >= 0 else '-'} {abs(value.imag)!r}j"


def verify_step(
    before: sympy.Expr, after: sympy.Expr, problem: Problem, rule_name: str, *, symbolic: bool = True
) -> Check:
    """Return how ``before = after`` was verified; raise VerificationError if it is false.

    ``symbolic=False`` skips the attempt at a proof by expansion, for a step
    that expansion cannot show (it goes straight to the numeric test).
    """
    outcome = compare(before, after, problem, symbolic=symbolic)
    if not outcome.equal:
        raise VerificationError(
            f"internal error: the {rule_name} step failed verification and was not printed",
            hint="this is a bug in logderiv; please report the command you ran",
        )
    return outcome.check


def check_result(problem: Problem, result: sympy.Expr) -> FinalCheck:
    """Check the result against plain ``sympy.diff`` and central finite differences.

    With shared definitions, sympy differentiates each definition's value once
    (:func:`_diff_through_definitions`), and the result, that reference and the
    cost are evaluated through the definitions, never substituted.
    """
    diff_points = fd_points = 0
    # sympy differentiates the index form itself (Σ and θᵀx become sums of Kronecker deltas),
    # which the evaluator computes at each size: no unrolled copy of the cost is needed
    through = _diff_through_definitions(problem) if problem.shares_definitions() else None
    if through is None:
        cost = problem.expand_definitions(problem.cost)
        gradient = problem.expand_definitions(result)
        expected = _diff_by_summand(cost, problem.wrt)
        definitions = None
    else:
        cost, gradient, expected, definitions = problem.cost, result, through, problem.definitions
    sizes = _sizes(problem, definitions, cost, gradient, problem.wrt)
    for size in sizes:
        key = numeric.key_of(problem.wrt, size)
        for point, value, reference in _values(gradient, expected, size, RESULT_SEED, definitions=definitions):
            diff_points += 1
            if not numeric.close(value, reference, TOLERANCE):
                raise VerificationError("internal error: the result differs from sympy.diff of the cost")
            if fd_points >= FD_POINTS * (sizes.index(size) + 1):
                continue  # finite differences cost four evaluations: a few points suffice
            # double precision first; a disagreement is looked at again with 30 digits, because
            # rounding inside a cancelling cost can make a right result look wrong, never the reverse
            for precise in (False, True):
                difference = _central_difference(cost, key, point, size, precise=precise, definitions=definitions)
                if difference is None or _agrees(value, difference):
                    break
            else:
                raise VerificationError("internal error: the result differs from finite differences of the cost")
            if difference is None:
                continue
            fd_points += 1
    return FinalCheck(
        against_diff=_numeric(diff_points, TOLERANCE, sizes),
        finite_differences=_numeric(fd_points, FD_TOLERANCE, sizes),
    )


def _diff_by_summand(cost: sympy.Expr, wrt: sympy.Expr) -> sympy.Expr:
    """``sympy.diff(cost, wrt)``, with sympy differentiating each summand rather than each Σ.

    ∂(c Σᵢ fᵢ)/∂v = c Σᵢ ∂fᵢ/∂v when c and the limits are free of v: what sympy's
    own ``Sum._eval_derivative`` does, but sympy also asks assumption questions of
    every Σ it builds on the way, which costs it two to three times the work.
    Any term not of that shape is handed to ``sympy.diff`` whole.
    """
    base = wrt.base if isinstance(wrt, sympy.Indexed) else wrt
    terms = []
    for term in sympy.Add.make_args(sympy.expand_mul(cost, deep=False)):
        coefficient, rest = term.as_independent(sympy.Sum, as_Add=False)
        if (
            isinstance(rest, sympy.Sum)
            and not coefficient.has(base)
            and not any(part.has(base) for limit in rest.limits for part in limit[1:])
        ):
            terms.append(coefficient * sympy.Sum(sympy.diff(rest.function, wrt), *rest.limits))
        else:
            terms.append(sympy.diff(term, wrt))
    return sympy.Add(*terms)


def _diff_through_definitions(problem: Problem) -> sympy.Expr | None:
    """``sympy.diff`` of the cost by the chain rule through its definitions, each name's derivative built once.

    df/dv = ∂f/∂v + Σₕ ∂f/∂h · dh/dv, with sympy differentiating each summand
    and each definition's value with every defined name held as a symbol.
    Substituting first would hand sympy a tree that doubles per definition for
    a chain that uses each name twice (u₂ = σ(u₁) u₁); this way each dh/dv is
    one shared sub-expression. None when a name sits under a sum over one of
    its own indices (a symbol cannot stand for it there): the caller then
    differentiates the substituted cost.
    """
    definitions = problem.definitions
    names = {key: sympy.Dummy(f"h{index}") for index, key in enumerate(definitions)}
    values = {names[key]: value.xreplace(names) for key, value in definitions.items()}
    if any(_bound_inside(value, definitions) for value in definitions.values()):
        return None
    wrt = problem.wrt
    base = wrt.base if isinstance(wrt, sympy.Indexed) else wrt
    totals: dict[sympy.Dummy, sympy.Expr] = {}

    def total(expr: sympy.Expr) -> sympy.Expr:
        result = sympy.diff(expr, wrt)
        for name in sorted(expr.atoms(sympy.Dummy) & values.keys(), key=str):
            if name not in totals:
                totals[name] = total(values[name])
            result += sympy.diff(expr, name) * totals[name]
        return result

    terms = []
    for term in sympy.Add.make_args(sympy.expand_mul(problem.cost, deep=False)):
        coefficient, rest = term.as_independent(sympy.Sum, as_Add=False)
        plain = not coefficient.has(*definitions) and not coefficient.has(base)
        if not (isinstance(rest, sympy.Sum) and plain and not any(part.has(base) for limit in rest.limits for part in limit[1:])):
            if term.has(*definitions):
                return None  # a name outside an example's summand: its index would be bound by the symbol
            terms.append(sympy.diff(term, wrt))
            continue
        if _bound_inside(rest.function, definitions):
            return None
        terms.append(coefficient * sympy.Sum(total(rest.function.xreplace(names)), *rest.limits))
    return sympy.Add(*terms).xreplace({name: key for key, name in names.items()})


def _bound_inside(expr: sympy.Basic, definitions: Definitions) -> bool:
    """Whether a defined name in ``expr`` uses the index of a sum it sits in."""
    for node in expr.atoms(sympy.Sum):
        bound = {limit[0] for limit in node.limits}
        if any(key.free_symbols & bound for key in node.function.atoms(*{type(k) for k in definitions}) if key in definitions):
            return True
    return False


def _numeric(points: int, tolerance: float, sizes: tuple[numeric.Size, ...]) -> Check:
    return Check("numeric", points, tuple(dict.fromkeys((s.m, s.n) for s in sizes)), tolerance)


def _symbolically_equal(left: sympy.Expr, right: sympy.Expr) -> bool:
    if left == right:
        return True
    if left.has(sympy.Derivative) or right.has(sympy.Derivative):
        # a calculus step: expanding cannot see through an unevaluated derivative
        return False
    difference = left - right
    if not symbols.expands_cheaply(difference, max_ops=SYMBOLIC_OPS):
        return False
    return bool(symbols.expand(difference) == 0)  # a sympy expression's == is a Python bool


def _sides(problem: Problem, *exprs: sympy.Expr) -> tuple[tuple[sympy.Expr, ...], Definitions | None]:
    """``exprs`` as the evaluator takes them, and the definitions it evaluates their names through.

    Substituted (definitions None), unless the problem shares definitions: then
    the names are kept, and evaluated from their values (a substituted chain of
    d definitions that each use the one before twice has 2^d paths, which every
    sympy walk of it follows).
    """
    if problem.shares_definitions():
        return exprs, problem.definitions
    return tuple(problem.expand_definitions(expr) for expr in exprs), None


def _sizes(problem: Problem, definitions: Definitions | None, *exprs: sympy.Expr) -> tuple[numeric.Size, ...]:
    """``numeric.sizes_for`` the expressions as substituted: with names kept, the values they reach name the rest."""
    if not definitions:
        return numeric.sizes_for(*exprs)
    items = tuple(definitions.items())
    named = frozenset[int]().union(*(_named_through(expr, items) for expr in exprs))
    return numeric.sizes_for(*exprs, named=named)


@remembered("equality.compare.named_through", 1024)  # consecutive steps share a side: each is planned twice
def _named_through(expr: sympy.Expr, items: tuple[tuple[sympy.Basic, sympy.Expr], ...]) -> frozenset[int]:
    """The numbered components the defined names in ``expr`` reach."""
    reached = _reached_components(items)
    return frozenset[int]().union(*(reached[node] for node in numeric.distinct_nodes(expr) if node in reached))


@remembered("equality.compare.reached_components", 16)
def _reached_components(items: tuple[tuple[sympy.Basic, sympy.Expr], ...]) -> dict[sympy.Basic, frozenset[int]]:
    """Per defined name: the numbered components its value names, directly or through the names it uses.

    Found once per set of definitions, each name from those its value uses, so
    a comparison's sample plan costs the walk of its own two sides.
    """
    definitions = dict(items)
    found: dict[sympy.Basic, frozenset[int]] = {}

    def of(name: sympy.Basic) -> frozenset[int]:
        known = found.get(name)
        if known is None:
            found[name] = frozenset()  # the builder refuses cycles; this only stops a walk from going round one
            value = definitions[name]
            used = [node for node in numeric.distinct_nodes(value) if node in definitions and node != name]
            known = found[name] = numeric.components(value).union(*(of(other) for other in used))
        return known

    for name in definitions:
        of(name)
    return found


def _expands_within(problem: Problem, *exprs: sympy.Expr) -> bool:
    """Whether ``exprs`` substituted stay small: estimated before substituting (:meth:`Problem.expanded_size`)."""
    total = 0
    for expr in exprs:
        total += problem.expanded_size(expr, cap=SHARED_SYMBOLIC_NODES)
        if total > SHARED_SYMBOLIC_NODES:
            return False
    return True


def _values(left: sympy.Expr, right: sympy.Expr, size: numeric.Size, stream: int, *, wanted: int = STEP_POINTS,
            attempts: int = STEP_ATTEMPTS, definitions: Definitions | None = None,
            ) -> Iterator[tuple[numeric.Point, complex, complex]]:
    """Yield ``(point, left, right)`` at the first ``wanted`` points of ``stream`` where both are defined."""
    found = overflowed = 0  # overflows said as such; most show up as NaN (inf·0), which _beyond_doubles tells
    for index in range(attempts):
        if found == wanted:
            return
        point = numeric.point(stream, size, index)
        try:
            value_left = numeric.evaluate(left, point, size, definitions)
            value_right = numeric.evaluate(right, point, size, definitions)
        except numeric.Overflow:
            overflowed += 1
            continue
        except numeric.Undefined:
            continue
        found += 1
        yield point, value_left, value_right
    if found == 0 and (overflowed or _beyond_doubles(left, size, definitions)):
        raise UnsupportedError(
            "could not verify a step: at every random point tried a value on the way is beyond double precision "
            "(past about 1e308; 30-digit arithmetic gives it a value)",
            hint="a chain of definitions that squares its value at every link grows past any float in a few "
            "dozen links; a shorter chain, or one that stays bounded (σ(u)·u), is verified",
        )
    if found == 0:
        raise UnsupportedError(
            "could not verify a step: the expression is undefined at every random point tried",
            hint="logderiv checks each step numerically; a cost must be finite somewhere",
        )


def _agrees(value: complex, difference: tuple[complex, float]) -> bool:
    estimate, allowance = difference
    return abs(value - estimate) <= allowance + FD_TOLERANCE * max(1.0, abs(value))


def _central_difference(
    cost: sympy.Expr, key: numeric.Key, point: numeric.Point, size: numeric.Size, *, precise: bool = True,
    definitions: Definitions | None = None,
) -> tuple[complex, float] | None:
    """A central difference at step h and the error it can honestly claim.

    Rounding costs about ε·|J|/h; truncation, about h²J‴/6, is measured by the
    difference between the estimates at h and 2h (Richardson). Without this
    allowance a large or steep cost makes a correct result look wrong. A
    cancelling cost is worse: log(1 − σ(21)) is only good to about 10⁻⁷ in
    double precision, 10⁻² once divided by h, far beyond ε·|J|/h; ``precise``
    evaluates the cost with ``PRECISE_DIGITS`` digits, where that
    rounding is negligible.
    """
    step = FD_STEP * max(1.0, abs(point[key]))
    evaluate = numeric.evaluate_precisely if precise else numeric.evaluate
    epsilon = 10.0 ** -PRECISE_DIGITS if precise else sys.float_info.epsilon
    try:
        values = {
            multiple: evaluate(cost, point.moved(key, multiple * step), size, definitions) for multiple in (1, -1, 2, -2)
        }
    except numeric.Undefined:
        return None
    at_h = complex((values[1] - values[-1]) / (2 * step))
    at_2h = complex((values[2] - values[-2]) / (4 * step))
    rounding = 64 * epsilon * max(abs(complex(v)) for v in values.values()) / step
    truncation = abs(at_h - at_2h)
    return at_h, 10 * (rounding + truncation)


def _beyond_doubles(expr: sympy.Expr, size: numeric.Size, definitions: Definitions | None) -> bool:
    """Whether ``expr``, undefined in double precision at the first point, has a value there in mpmath.

    Double arithmetic turns an overflow into inf, and inf·0 or inf − inf into
    NaN, so "undefined" does not tell a log of 0 from a value on the way past
    1e308 (log(u₃₀) of u ↦ u + u² is about 5·10⁸, u₃₀ itself about 10^(10⁸));
    mpmath's exponent has no such limit. One evaluation, made only once every
    point has failed.
    """
    try:
        numeric.evaluate_precisely(expr, numeric.point(REAL_SEED, size, 0), size, definitions)
    except numeric.Undefined:
        return False
    return True


def ensure_real_cost(problem: Problem) -> None:
    """Refuse a cost that has no real, finite value at any of the random points tried.

    Arithmetic is complex (so both sides of an identity are compared on one
    branch), which lets every step of a cost such as log(1 − h) with h = 1 + e^(−z)
    (1 − h < 0 everywhere) agree as complex numbers and look verified. A cost
    is a real number: if none of the points gives one, the cost as read is
    almost surely not what was meant, and that is said instead.
    """
    from ..errors import InputError
    from ..printing.expressions import show_unicode

    (cost,), definitions = _sides(problem, problem.cost)
    seen: complex | None = None
    tried = overflowed = 0
    sizes = _sizes(problem, definitions, cost, problem.wrt)
    for size in sizes:
        for index in range(REAL_ATTEMPTS):
            tried += 1
            try:
                value = numeric.evaluate(cost, numeric.point(REAL_SEED, size, index), size, definitions)
            except numeric.Overflow:
                overflowed += 1
                continue
            except numeric.Undefined:
                continue
            if abs(value.imag) <= REAL_PART_TOLERANCE * max(1.0, abs(value)):
                return
            seen = value if seen is None else seen
    if seen is None and (overflowed == tried or _beyond_doubles(cost, sizes[0], definitions)):
        # a real cost (u ↦ u + u², 20 times over: about 1.5^(2^19)) that no double holds: a limit of the
        # checker, not an error in the input, and no step could be verified at such a point
        raise UnsupportedError(
            f"the cost is beyond double precision: at all {tried} random points tried it, or a value on the way to "
            "it, overflows (past about 1e308; 30-digit arithmetic gives it a value), so no step could be verified",
            hint="a chain of definitions that squares its value at every link grows past any float in a few "
            "dozen links; a shorter chain, or one that stays bounded (σ(u)·u), is verified",
        )
    example = "" if seen is None else f"; e.g. {seen.real:.3g} {'+' if seen.imag >= 0 else '−'} {abs(seen.imag):.3g}i"
    raise InputError(
        f"the cost has no real value at the points tried: {tried} random points "
        f"({', '.join(dict.fromkeys(f'm={s.m} n={s.n}' for s in sizes))}) give "
        f"{'only undefined values' if seen is None else 'only complex values'}{example}",
        source=show_unicode(problem.cost),
        hint="a logarithm (or root) of a quantity that is negative everywhere? check the brackets "
        "(the sigmoid is 1/(1+e^(-z)), not 1/1+e^(-z)) and the definitions given with --let",
        label="COST",
    )

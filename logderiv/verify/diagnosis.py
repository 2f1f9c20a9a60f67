"""What is wrong with an answer: a table of small detectors, tried in a fixed order.

Each detector is a function ``(expected, answer, context) -> Diagnosis | None``.
It builds a few *candidates*, each the expected expression changed in one
named way (its sign flipped, a term dropped, a factor removed, an index
changed, another cost's gradient), and asks whether the answer equals one of
them, numerically at the context's shared points. The first candidate that
matches names the mistake. So a diagnosis is never a guess from the answer's
look: it says "your answer is exactly the gradient with *this* changed".

:func:`diagnose` works on any two expressions in a problem's context, not
only a final gradient and an answer: ``steps`` uses it on two consecutive lines
of a derivation. ``expected`` may hold unevaluated derivatives (they are
evaluated by dual numbers).

The table (``DETECTORS``) is ordered from the most specific to the least; a
sign flip is also tried together with every later detector. Nothing found is
the explicit ``other`` diagnosis, never an error.
"""

from __future__ import annotations

from dataclasses import field
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Generic, Iterable, Iterator, Sequence, TypeVar

import sympy
from sympy.tensor.indexed import IndexException

from ..notation import symbols
from ..notation.vocabulary import DATA_VECTORS, PARAMETER_VECTORS
from ..notation.problem import Problem
from ..record import record
from ..records.verdict import Diagnosis
from ..equality import numeric
from .samples import Samples, Values, close, finite
from .. import memo
from ..memo import remembered

if TYPE_CHECKING:  # pragma: no cover
    from ..records.verdict import Kind

__all__ = ["Context", "diagnose", "DETECTORS", "Detector"]


@record
class Context:
    """The problem two expressions belong to, and the random points they are compared at.

    ``answer`` and ``expected`` are what the messages call the two: an answer
    and the gradient for ``check``, this line and the previous one for ``steps``.
    ``final``: an answer must be finished (no derivative left); a line of a
    derivation need not be.
    """

    problem: Problem
    samples: Samples = field(default_factory=Samples)
    answer: str = "the answer"
    expected: str = "the gradient"
    final: bool = True
    #: the sizes compared at: the plan of the two expressions diagnosed (``numeric.sizes_for``)
    sizes: tuple[numeric.Size, ...] = numeric.SIZES

    def same(self, a: sympy.Expr, b: sympy.Expr) -> bool:
        """Whether ``a`` and ``b`` agree at every shared point where both are defined (one at least).

        The first size is tried alone first: most candidates fail there, cheaply.
        """
        definitions = self.problem.definitions
        agreed = 0
        for size in self.sizes:
            found = _agreed(self.samples.values(a, size, definitions), self.samples.values(b, size, definitions),
                            self.samples.tolerance)
            if found is None:
                return False
            agreed += found
        return agreed > 0

    def same_without(self, a: sympy.Expr, part: sympy.Expr, b: sympy.Expr, instead: sympy.Expr = sympy.S.Zero) -> bool:
        """Whether ``a − part + instead`` and ``b`` agree, as :meth:`same`, from the values of the three.

        Spares building ``a − part + instead`` (a new sympy expression, dear with a sum in it) for every
        part tried.
        """
        definitions = self.problem.definitions
        if self.sizes:
            # the part is new (a term or factor of the answer) and seldom the one: where the first point shows
            # that, as _agreed would at that point, the part is not evaluated at the others
            first, samples = self.sizes[0], self.samples
            left = samples.value(a, first, 0, definitions) - samples.value(part, first, 0, definitions)
            if instead != 0:
                left = left + samples.value(instead, first, 0, definitions)
            right = samples.value(b, first, 0, definitions)
            if finite(left) and finite(right) and not close(left, right, samples.tolerance):
                return False
        agreed = 0
        for size in self.sizes:
            value_left = [x - y for x, y in zip(self.samples.values(a, size, definitions),
                                                self.samples.values(part, size, definitions))]
            if instead != 0:
                value_left = [x + y for x, y in zip(value_left, self.samples.values(instead, size, definitions))]
            found = _agreed(value_left, self.samples.values(b, size, definitions), self.samples.tolerance)
            if found is None:
                return False
            agreed += found
        return agreed > 0

    def kept(self, candidate: sympy.Expr) -> sympy.Expr:
        """``candidate``, its values kept across answers: it was made from the expected expression alone."""
        self.samples.keep.add(candidate)
        return candidate

    def values(self, expr: sympy.Expr) -> Values:
        """``expr`` at every shared point (``nan`` where undefined), sizes in order."""
        definitions = self.problem.definitions
        return tuple(value for size in self.sizes for value in self.samples.values(expr, size, definitions))


def _agreed(left: Iterable[complex], right: Iterable[complex], tolerance: float) -> int | None:
    """How many points both are defined at, or None if they disagree at one of them."""
    count = 0
    for x, y in zip(left, right):
        if finite(x) and finite(y):
            if not close(x, y, tolerance):
                return None
            count += 1
    return count


Detector = Callable[[sympy.Expr, sympy.Expr, Context], "Diagnosis | None"]


def diagnose(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> tuple[Diagnosis, ...]:
    """Name what is wrong with ``answer`` where ``expected`` was meant; ``other`` if nothing fits."""
    return tuple(
        Diagnosis(found.kind, _worded(found.template, context), found.subject, found.parts)
        for found in _findings(expected, answer, context)
    )


def _worded(message: str, context: Context) -> str:
    """The message with its two placeholders named as the context calls them."""
    return message.replace("{answer}", context.answer).replace("{expected}", context.expected)


def _findings(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> tuple[Diagnosis, ...]:
    found: list[Diagnosis] = []
    unfinished = _unfinished(expected, answer, context) if context.final else None
    if unfinished is not None:
        found.append(unfinished)
    for detector in DETECTORS:
        diagnosis = detector(expected, answer, context)
        if diagnosis is not None:
            return (*found, diagnosis)
    # two mistakes at once, the commonest pair: a sign flipped and one more
    flipped = -expected
    for detector in DETECTORS:
        if detector in (_objective, _sign):
            continue  # another objective, or the sign alone: tried above
        diagnosis = detector(flipped, answer, context)
        if diagnosis is not None:
            sign = Diagnosis("sign", "the sign of the whole of {answer} is flipped, besides the mistake named next")
            return (*found, sign, diagnosis)
    if found:
        return tuple(found)
    return (
        Diagnosis(
            "other",
            "{answer} differs from {expected} in a way logderiv cannot name; "
            "compare the two side by side, and the counterexample",
        ),
    )


# --- detectors --------------------------------------------------------------------------


def _unfinished(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """The answer still holds an unevaluated ∂/∂θⱼ (that ``expected`` does not)."""
    left = [d for d in symbols.atoms(answer, sympy.Derivative) if d not in symbols.atoms(expected, sympy.Derivative)]
    if not left:
        return None
    first = min(left, key=sympy.count_ops)
    return _said("unfinished", ("{answer} still contains the unevaluated derivative ", first), first)


def _objective(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """The answer is the gradient of the other objective: the log-likelihood's ℓ = c·J for the cost's, or the reverse.

    Only for a final answer, whose ``expected`` is the gradient: two lines of a derivation
    that differ by −m are simply unequal. c is −m or −1, as the cost decides (:mod:`.objective`).
    """
    if not context.final:
        return None
    from .objective import LOG_LIKELIHOOD, LOSS, describe_log_likelihood, log_likelihood_scale, orientation

    problem = context.problem
    found = orientation(problem)
    if found == LOG_LIKELIHOOD:
        # the cost is ℓ itself: under either objective the gradient asked for is ∇ℓ, and −∇ℓ is the descent one
        if context.same(answer, _negated(expected)):
            return Diagnosis(
                "cost-gradient",
                "this is the gradient of the negative log-likelihood −ℓ (J = −ℓ, what gradient descent minimises); "
                "the cost given is the log-likelihood ℓ itself (it is never above 0, to be maximised), and its "
                "gradient, {expected}, is the one asked for: for gradient ascent",
                sympy.Integer(-1),
            )
        return None
    if found != LOSS and problem.objective == "cost":
        return None  # neither a loss nor a log-likelihood that logderiv can tell: −∇ is only a flipped sign
    scale = log_likelihood_scale(problem)
    times = "−m times" if scale != -1 else "the negative of"
    if problem.objective == "cost":
        if context.same(answer, context.kept(scale * expected)):
            return Diagnosis(
                "log-likelihood",
                f"this is the gradient of the log-likelihood, {describe_log_likelihood(problem)}: {times} the "
                "cost's gradient; it is right for gradient ascent on ℓ (--objective log-likelihood), not as the "
                "gradient of the cost",
                scale,
            )
    elif context.same(answer, context.kept(expected / scale)):
        return Diagnosis(
            "cost-gradient",
            f"this is the gradient of the cost J, not of the log-likelihood {describe_log_likelihood(problem)}: "
            "it is right for gradient descent on J (--objective cost)",
            1 / scale,
        )
    return None


def _sign(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer = −expected (say which difference is the wrong way round), or one term's sign flipped."""
    if context.same(answer, _negated(expected)):
        for wrong, meant in _flipped_factors(expected, answer):
            return _said("sign", ("the sign is flipped: ", *_bracket(wrong), " where ", *_bracket(meant), " is meant"),
                         wrong)
        return Diagnosis("sign", "the sign is flipped: {answer} is −1 times {expected}")
    for name, whole, candidate in _remembered(_sign_flips, expected):
        if context.same(answer, context.kept(candidate)):
            return _said("sign", ("the sign of ", *_term_name(name, whole), " is flipped"), whole)
    return None


#: constant factors an answer is commonly off by, each with how to say it
_FACTORS: tuple[tuple[sympy.Expr, str], ...] = (
    (symbols.m, "missing the factor 1/m"),
    (1 / symbols.m, "an extra factor 1/m"),
    (sympy.Integer(2), "a stray factor 2: {answer} is twice {expected}"),
    (sympy.Rational(1, 2), "a stray factor 1/2: {answer} is half {expected}"),
    (2 * symbols.m, "missing the factor 1/m, and a stray factor 2"),
    (symbols.m / 2, "missing the factor 1/m, and a stray factor 1/2"),
    (1 / (2 * symbols.m), "an extra factor 1/(2m)"),
    (2 / symbols.m, "an extra factor 1/m, and a stray factor 2"),
)


def _factor(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer = c·expected (or one term of it times c) for a constant c: name c."""
    for (factor, said), scaled in zip(_FACTORS, _scaled(expected)):
        if context.same(answer, context.kept(scaled)):
            return Diagnosis("factor", said + _mean_or_sum(factor, context), factor)
    terms = sympy.Add.make_args(expected)
    if len(terms) > 1:
        for term in terms:
            for factor, said in _FACTORS:
                if context.same(answer, context.kept(expected + (factor - 1) * term)):
                    return _said("factor", ("the term ", term, f" is off: {said.split(':')[0]}"), factor)
    ratio = _constant_ratio(expected, answer, context)
    if ratio is not None and ratio not in (0, 1, -1):
        return _said("factor", ("off by the constant factor ", ratio, ": {answer} is that times {expected}"), ratio)
    return None


def _mean_or_sum(factor: sympy.Expr, context: Context) -> str:
    """Why a final answer is off by m or 1/m exactly, when the cost's form (a mean or a sum) explains it."""
    if not context.final or factor not in (symbols.m, 1 / symbols.m):
        return ""
    from .objective import is_mean_form

    problem = context.problem
    mean = is_mean_form(problem.expand_definitions(problem.cost))
    from .objective import LOG_LIKELIHOOD, orientation

    if orientation(problem) == LOG_LIKELIHOOD:
        return ""  # the cost is ℓ itself: neither J's mean nor the ℓ = −m·J below is the reason
    if problem.objective != "cost":
        if factor == 1 / symbols.m and mean:
            return ": {answer} is the gradient of the mean log-likelihood ℓ/m = −J; ℓ = −m·J has no 1/m"
        return ""
    if factor == symbols.m and mean:
        return (": {answer} is the gradient of the summed cost m·J = Σᵢ …, right for a cost written without 1/m; "
                "this cost is a mean, (1/m) Σᵢ …")
    if factor == 1 / symbols.m and not mean and problem.expand_definitions(problem.cost).has(sympy.Sum):
        return (": {answer} is the gradient of the mean cost J/m = (1/m) Σᵢ …; this cost is a sum, Σᵢ … "
                "with no 1/m, so its gradient has none")
    return ""


@remembered("verify.diagnosis.negated", 64)
def _negated(expected: sympy.Expr) -> sympy.Expr:
    """−expected, made once per expected expression (one gradient for all of check's answers)."""
    return -expected


@remembered("verify.diagnosis.scaled", 64)
def _scaled(expected: sympy.Expr) -> tuple[sympy.Expr, ...]:
    """``c · expected`` for each constant c of ``_FACTORS``, made once per expected expression."""
    return tuple(factor * expected for factor, _ in _FACTORS)


def _missing_term(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer = expected − t for a term t of expected (or a term inside its sum)."""
    for name, whole, candidate in _remembered(_term_drops, expected):
        if context.same(answer, context.kept(candidate)):
            return _said("missing-term", (*_term_name(name, whole), " is missing"), whole)
    return None


def _extra_term(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer = expected + t for a term t of the answer (or a term inside its sum)."""
    for name, whole in _parts(answer):
        if context.same_without(answer, whole, expected):
            return _said("extra-term", (*_term_name(name, whole), " should not be there"), whole)
    return None


def _missing_factor(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer = expected with a factor of one of its summands removed."""
    for factor, without in _remembered(_factor_removals, expected):
        if context.same(answer, context.kept(without)):
            return _said("missing-factor", ("the factor ", *_bracket(factor), " is missing"), factor)
    return None


def _extra_factor(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """answer with one of its factors removed = expected."""
    for factor, term, rebuilt in _factor_swaps(answer):
        if context.same_without(answer, term, expected, rebuilt):
            return _said("extra-factor", ("an extra factor ", *_bracket(factor)), factor)
    return None


def _wrong_index(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """The answer is right once a data or parameter component gets the index j."""
    fixes = _index_fixes(answer)
    if not fixes:
        return None
    for chosen in [*([fix] for fix in fixes), fixes] if len(fixes) > 1 else [fixes]:
        mapping = dict(chosen)
        if context.same(answer.xreplace(mapping), expected):
            said = [piece for number, (wrong, right) in enumerate(chosen)
                    for piece in (", " if number else "", *_index_name(wrong), " where ", *_index_name(right), " is meant")]
            return _said("wrong-index", ("the wrong index: ", *said), chosen[0][0])
    return None


def _other_cost(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """The answer is the gradient of another built-in cost."""
    from ..presets import PRESETS

    wrt = context.problem.wrt
    if wrt != symbols.vector("theta")[symbols.wrt_index]:
        return None
    for name, preset in PRESETS.items():
        # this cost's own preset (and any with the same gradient) is skipped by comparison
        gradient = _preset_gradient(name)
        context.samples.keep.add(gradient)  # the same few gradients for every answer: keep their values
        if gradient is None or context.same(gradient, expected):
            continue  # the same gradient as this cost's (softplus-logistic for logistic)
        if context.same(answer, gradient):
            return Diagnosis(
                "other-cost",
                f"this is the gradient of another cost, the {name} preset ({preset.description})",
                gradient,
            )
    return None


def _wrong_variable(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> Diagnosis | None:
    """The answer is the derivative of the cost with respect to another variable."""
    problem = context.problem
    cost = problem.expand_definitions(problem.cost)
    for variable in _other_variables(cost, problem.wrt):
        try:
            derivative = _differentiate(cost, variable)
        except (TypeError, ValueError, NotImplementedError, IndexException):  # pragma: no cover - sympy declined
            continue
        context.samples.keep.add(derivative)
        if derivative == 0 or context.same(derivative, expected):
            continue
        if context.same(answer, derivative):
            return _said("wrong-variable",
                         ("this is the derivative with respect to ", *_index_name(variable), ", not ", problem.wrt),
                         variable)
    return None


#: the detectors, in the order they are tried (``unfinished`` is always tried first, apart)
DETECTORS: tuple[Detector, ...] = (
    _objective,
    _sign,
    _factor,
    _missing_term,
    _extra_term,
    _missing_factor,
    _extra_factor,
    _wrong_index,
    _other_cost,
    _wrong_variable,
)


# --- candidates -------------------------------------------------------------------------


#: a candidate a diagnosis tries (its shape is the maker's: (name, part, candidate), (factor, candidate))
_Candidate = TypeVar("_Candidate")


class _Lazy(Generic[_Candidate]):
    """A generator's items, remembered as they come, so that a second reader does not make them again."""

    def __init__(self, items: Iterator[_Candidate]) -> None:
        self._items = items
        self._seen: list[_Candidate] = []

    def __iter__(self) -> Iterator[_Candidate]:
        index = 0
        while True:
            if index == len(self._seen):
                try:
                    self._seen.append(next(self._items))
                except StopIteration:
                    return
            yield self._seen[index]
            index += 1


#: expected expressions whose candidates are remembered (one gradient for all of check's answers;
#: a derivation's lines for steps)
_REMEMBER = 64
_REMEMBERED = memo.table("verify.diagnosis.remembered", _REMEMBER)


def _remembered(make: Callable[[sympy.Expr], Iterator[_Candidate]], expected: sympy.Expr) -> _Lazy[_Candidate]:
    """``make(expected)``'s candidates, made once per expected expression and read again by later answers."""
    key = (make, expected)
    # a key holds its maker, and each maker makes one kind of candidate
    found: _Lazy[_Candidate] | None = _REMEMBERED.get(key)
    if found is None:
        found = _REMEMBERED[key] = _Lazy(make(expected))
    return found


def _sign_flips(expected: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr, sympy.Expr]]:
    """``(name, part, expected with that part's sign flipped)`` for each part of expected."""
    return ((name, whole, expected - 2 * whole) for name, whole in _parts(expected))


def _term_drops(expected: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr, sympy.Expr]]:
    """``(name, part, expected without it)`` for each part of expected."""
    return ((name, whole, expected - whole) for name, whole in _parts(expected))



def _example_sum(term: sympy.Expr) -> tuple[sympy.Expr, sympy.Sum | None]:
    """``c · Σᵢ body`` -> ``(c, the Sum)``; ``(term, None)`` when the term is not of that form."""
    factors = sympy.Mul.make_args(term)
    sums = [f for f in factors if isinstance(f, sympy.Sum) and f.limits[-1][0] == symbols.example_index]
    if len(sums) != 1:
        return term, None
    return sympy.Mul(*(f for f in factors if f is not sums[0])), sums[0]


#: a summand is multiplied out, for the terms lost in distributing, only below this many operations
_DISTRIBUTED_OPS = 200


def _parts(expr: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr]]:
    """Terms that could be dropped: ``(what to call it, what the whole expression loses)``.

    The top-level terms, and each addend of a difference inside a sum over
    examples: in (1/m) Σᵢ (h − y) xⱼ dropping ``−y`` loses (1/m) Σᵢ (−y) xⱼ.
    Lazy: a detector usually stops at the first few.
    """
    terms = sympy.Add.make_args(expr)
    if len(terms) > 1:
        yield from ((term, term) for term in terms)
    for term in terms:
        coefficient, total = _example_sum(term)
        if total is None:
            continue
        body = total.function
        factors = sympy.Mul.make_args(body)
        for position, factor in enumerate(factors):
            if isinstance(factor, sympy.Add):
                # the other factors, not body / factor: dividing by a sum is dear in sympy
                rest = sympy.Mul(*factors[:position], *factors[position + 1 :])
                for addend in factor.args:
                    if len(factor.args) == 2 and all(a.is_Number for a in factor.args if a is not addend):
                        continue  # (1 − h) left as 1: that is a lost factor, not a lost term
                    yield addend, coefficient * _over(total, addend * rest)
    # then the pieces of each addend multiplied out on its own, before anything cancels between
    # addends: y(1 − h)xⱼ − (1 − y)h xⱼ gives y xⱼ, −y h xⱼ, −h xⱼ, y h xⱼ, so that a term lost
    # in distributing (a step of a written derivation) is one of them
    for term in terms:
        coefficient, total = _example_sum(term)
        if total is None or not symbols.expands_cheaply(total.function, max_ops=_DISTRIBUTED_OPS):
            continue
        for addend in sympy.Add.make_args(total.function):
            pieces = sympy.Add.make_args(symbols.expand(addend))
            if len(pieces) > 1:
                for piece in pieces:
                    yield piece, coefficient * _over(total, piece)


def _over(total: sympy.Sum, body: sympy.Expr) -> sympy.Sum:
    """The sum ``total`` with ``body`` in place of its summand: ``Sum(body, *total.limits)``, made quickly.

    ``Sum(...)`` checks its limits and folds piecewise functions out of the summand,
    every time; the limits are ``total``'s own, already checked, and a summand without a
    nested sum or a piecewise function needs no folding. Diagnosis makes hundreds of these.
    """
    if not isinstance(body, sympy.Expr) or isinstance(body, sympy.Sum) or body is sympy.nan or body.has(sympy.Piecewise):
        return total.func(body, *total.limits)
    made = sympy.Expr.__new__(total.func)
    made._args = (body, *total.limits)
    made.is_commutative = body.is_commutative
    return made


def _factor_removals(expr: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr]]:
    """``(factor, expr without it)`` for each factor (or pair) of a summand over examples."""
    terms = sympy.Add.make_args(expr)
    for factor, term, rebuilt in _factor_swaps(expr):
        index = terms.index(term)
        yield factor, sympy.Add(*terms[:index], rebuilt, *terms[index + 1 :])


def _factor_swaps(expr: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr, sympy.Expr]]:
    """``(factor, term, term without it)`` for each factor (or pair) of a summand over examples."""
    terms = sympy.Add.make_args(expr)
    for term in terms:
        coefficient, total = _example_sum(term)
        if total is None:
            continue
        factors = []
        whole = sympy.Mul.make_args(total.function)
        for factor in whole:
            if factor.is_number:
                continue
            factors.append(factor)
            if isinstance(factor, sympy.Pow) and factor.exp.is_Integer and factor.exp > 1:
                factors.append(factor.base)  # xⱼ² holds a removable xⱼ
        for count in (1, 2):
            for chosen in combinations(factors, count):
                removed = sympy.Mul(*chosen)
                if all(f in whole for f in chosen) and len(set(chosen)) == len(chosen):
                    # the other factors, not a division: dividing by a sum is dear in sympy
                    body = sympy.Mul(*(f for f in whole if f not in chosen))
                else:
                    body = total.function / removed
                yield removed, term, coefficient * _over(total, body)


def _flipped_factors(expected: sympy.Expr, answer: sympy.Expr) -> Iterator[tuple[sympy.Expr, sympy.Expr]]:
    """Differences in the answer whose negation is a factor of the expected expression."""
    meant = {symbols.expand(f): f for f in _all_factors(expected) if isinstance(f, sympy.Add)}
    for factor in _all_factors(answer):
        if isinstance(factor, sympy.Add):
            negated = symbols.expand(-factor)
            if negated in meant:
                yield factor, meant[negated]


def _all_factors(expr: sympy.Expr) -> Iterator[sympy.Expr]:
    for term in sympy.Add.make_args(expr):
        coefficient, total = _example_sum(term)
        yield from sympy.Mul.make_args(coefficient)
        if total is not None:
            yield from sympy.Mul.make_args(total.function)


def _index_fixes(answer: sympy.Expr) -> list[tuple[sympy.Expr, sympy.Expr]]:
    """``(wrong, right)`` for each component of a vector indexed by anything but j."""
    j = symbols.wrt_index
    fixes = []
    for node in sorted(answer.atoms(sympy.Indexed), key=sympy.default_sort_key):
        name = node.base.label.name
        indices = node.indices
        if name in DATA_VECTORS and indices == (symbols.example_index,):
            fixes.append((node, node.base[symbols.example_index, j]))
        elif name in DATA_VECTORS and len(indices) == 2 and indices[1].is_Integer:
            fixes.append((node, node.base[indices[0], j]))
        elif name in PARAMETER_VECTORS and len(indices) == 1 and indices[0].is_Integer:
            fixes.append((node, node.base[j]))
    return fixes


@remembered("verify.diagnosis.other_variables", 64)  # the cost's, asked again for every wrong answer: three walks of the whole cost
def _other_variables(cost: sympy.Expr, wrt: sympy.Expr) -> tuple[sympy.Expr, ...]:
    """Variables a student might differentiate by instead: other scalars, θⱼ, xⱼ⁽ⁱ⁾."""
    theta_j = symbols.vector("theta")[symbols.wrt_index]
    candidates: list[sympy.Expr] = []
    if wrt != theta_j and cost.has(symbols.vector("theta")):
        candidates.append(theta_j)
    x = symbols.vector("x")
    featured = any(node.base == x and len(node.indices) == 2 for node in cost.atoms(sympy.Indexed))
    if featured and any(
        isinstance(s, sympy.Sum) and s.limits[-1][0] == symbols.example_index for s in cost.atoms(sympy.Sum)
    ):
        # xⱼ⁽ⁱ⁾ only where x has features: a one-feature x⁽ⁱ⁾ (w x + b) cannot be differentiated by it
        candidates.append(x[symbols.example_index, symbols.wrt_index])
    fixed = {symbols.m, symbols.n, symbols.example_index, symbols.wrt_index, *symbols.feature_indices}
    fixed |= {base.label for base in cost.atoms(sympy.IndexedBase)}  # θ in θₖ is not a variable
    for symbol in sorted(cost.free_symbols, key=sympy.default_sort_key):
        if isinstance(symbol, sympy.Symbol) and symbol not in fixed and symbol != wrt:
            candidates.append(symbol)
    return tuple(c for c in candidates if c != wrt)


@remembered("verify.diagnosis.differentiate", 64)
def _differentiate(cost: sympy.Expr, variable: sympy.Expr) -> sympy.Expr:
    """∂cost/∂variable; a per-example variable (xⱼ⁽ⁱ⁾) is differentiated inside Σᵢ."""
    if variable.has(symbols.example_index):
        return cost.replace(
            lambda e: isinstance(e, sympy.Sum) and e.limits[-1][0] == symbols.example_index,
            lambda e: e.func(sympy.diff(e.function, variable), *e.limits),
        )
    return sympy.diff(cost, variable)


@remembered("verify.diagnosis.preset_gradient", 32)
def _preset_gradient(name: str) -> sympy.Expr | None:
    """A preset's gradient w.r.t. θⱼ by plain ``sympy.diff`` (fast; its look does not matter here)."""
    from ..notation import read_problem
    from ..presets import PRESETS

    preset = PRESETS[name]
    problem = read_problem(preset.cost, lets=preset.lets)
    return sympy.diff(problem.expand_definitions(problem.cost), problem.wrt)


# --- words ------------------------------------------------------------------------------


def _constant_ratio(expected: sympy.Expr, answer: sympy.Expr, context: Context) -> sympy.Rational | None:
    """answer/expected when it is the same small rational at every point, else None."""
    from fractions import Fraction

    ratios = []
    for a, e in zip(context.values(answer), context.values(expected)):
        if not (finite(a) and finite(e)) or abs(e) < 1e-9:
            continue
        ratios.append(complex(a / e))
    if len(ratios) < 2 or any(not close(r, ratios[0], 1e-7) for r in ratios):
        return None
    guess = Fraction(ratios[0].real).limit_denominator(24)
    if abs(ratios[0].imag) > 1e-9 or not close(complex(float(guess)), ratios[0], 1e-9):
        return None
    return sympy.Rational(guess.numerator, guess.denominator)


def _said(kind: Kind, pieces: Sequence[str | sympy.Basic], subject: sympy.Expr | None = None) -> Diagnosis:
    """The diagnosis whose sentence is ``pieces`` in order: the words kept, each expression a part, ``{0}``, ``{1}`` …

    The sentence holds no typeset mathematics: the renderers print the parts (Unicode
    in the text views, LaTeX in LaTeX; :mod:`logderiv.render.diagnosis`).
    """
    template: list[str] = []
    parts: list[sympy.Basic] = []
    for piece in pieces:
        if isinstance(piece, str):
            template.append(piece)
        else:
            template.append("{%d}" % len(parts))
            parts.append(piece)
    return Diagnosis(kind, "".join(template), subject, tuple(parts))


def _term_name(name: sympy.Expr, whole: sympy.Expr) -> tuple[str | sympy.Basic, ...]:
    if name is whole or name == whole:
        if not any(isinstance(s, sympy.Sum) for s in whole.atoms(sympy.Sum)) and whole.has(symbols.scalar("lambda")):
            if whole.could_extract_minus_sign() and any(1 in delta.args for delta in whole.atoms(sympy.KroneckerDelta)):
                # −(λ/m) θ₁ δ₁ⱼ: what --no-reg-intercept adds, so say what it means, not just its shape
                # (a penalty λθ₃² of one other component has nothing to do with the intercept)
                return ("the term ", whole, ", which keeps the intercept θ₁ out of the L2 penalty,")
            return ("the regularisation term ", whole)
        return ("the term ", whole)
    return ("the term ", name, " inside the sum over examples")


def _bracket(expr: sympy.Expr) -> tuple[str | sympy.Basic, ...]:
    return ("(", expr, ")") if isinstance(expr, sympy.Add) else (expr,)


def _index_name(expr: sympy.Expr) -> tuple[str | sympy.Basic, ...]:
    if isinstance(expr, sympy.Indexed) and expr.indices == (symbols.example_index,):
        # y⁽ⁱ⁾ as the writer reads it: the printer sets a vector indexed by i alone as its entry, xᵢ
        return (f"{expr.base}⁽ⁱ⁾",)
    return (expr,)

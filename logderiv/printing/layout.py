"""Where the parts of a printed expression go, shared by logderiv's three printers.

:class:`Layout` decides the shape of the output (signs, the coefficient in
front, fractions, the operators Σ and ∂ last in a product, the order of terms,
when brackets show where a Σ ends); :mod:`logderiv.printing.expressions` subclasses
it once per notation to say how each piece is spelled. Nothing here simplifies:
a product's factors and an evaluated sum's terms may be reordered, which
leaves the value unchanged, and number literals are multiplied together.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import sympy
from sympy.core.exprtools import decompose_power
from sympy.core.function import AppliedUndef

from ..notation import registry, symbols
from ..notation.vocabulary import CONSTANTS, DATA_VECTORS, PER_EXAMPLE

__all__ = ["ADD", "MUL", "POW", "ATOM", "Product", "Layout", "standard_limits", "example_superscript"]

from ..notation.printed import count_name  # noqa: E402
from ..memo import remembered

# Binding strength of a printed form, loosest first: a sum, a product (also a
# fraction, a negative number, and the prefix forms Σᵢ f, log u, ∂/∂v [u]), a
# power, an atom (a name, an indexed name, a call with parentheses).
ADD, MUL, POW, ATOM = 10, 20, 30, 40

class Product:
    """A product taken apart for layout: sign, coefficient, fraction, trailing operators."""

    def __init__(self, expr: sympy.Basic) -> None:
        self.negative = False
        self.coefficient: sympy.Rational | sympy.Number = sympy.Integer(1)
        self.constants: list[sympy.Basic] = []
        self.constants_below: list[sympy.Basic] = []
        self.factors: list[sympy.Basic] = []
        self.below: list[sympy.Basic] = []
        self.operators: list[sympy.Basic] = []
        for factor in _flat_factors(expr):
            self._add(factor)
        if self.coefficient.is_negative:
            self.negative = True
            self.coefficient = -self.coefficient
        self.factors.sort(key=_reading_order)
        self.below.sort(key=_reading_order)
        if self.below and not self.factors:
            self._one_fraction()

    def _one_fraction(self) -> None:
        """Fold the coefficient into the fraction: 1/(m z), not (1/m) 1/z."""
        number = self.coefficient
        if not number.is_Rational:
            return
        self.factors = ([sympy.Integer(number.p)] if number.p != 1 else []) + self.constants
        self.below = ([sympy.Integer(number.q)] if number.q != 1 else []) + self.constants_below + self.below
        self.coefficient = sympy.Integer(1)
        self.constants, self.constants_below = [], []

    def _add(self, factor: sympy.Basic) -> None:
        if factor.is_Number:
            # Multiplying number literals is arithmetic, not simplification.
            self.coefficient *= factor
            return
        if isinstance(factor, sympy.Pow) and factor.exp.is_Number and factor.exp.is_negative:
            base = factor.base if factor.exp == -1 else sympy.Pow(factor.base, -factor.exp)
            (self.constants_below if _is_constant(base) else self.below).append(base)
            return
        if _is_constant(factor):
            self.constants.append(factor)
        elif isinstance(factor, (sympy.Sum, sympy.Derivative)) and not symbols.is_dot(factor):
            self.operators.append(factor)
        else:
            self.factors.append(factor)

    @property
    def is_single(self) -> bool:
        """Whether this is one factor with nothing around it (so print it by its own rule)."""
        parts = len(self.constants) + len(self.factors) + len(self.operators)
        return (
            not self.negative
            and self.coefficient == 1
            and parts == 1
            and not self.below
            and not self.constants_below
        )


def _reading_order(factor: sympy.Basic) -> int:
    """Sort key of a factor: σ(z)(1 − σ(z)), (h − y) xⱼ, y log h (a log is open, so last)."""
    if isinstance(factor, sympy.log):
        return 3
    if isinstance(factor, sympy.Indexed) and symbols.label(factor.base) in DATA_VECTORS:
        return 2
    if isinstance(factor, sympy.Add) or (isinstance(factor, sympy.Pow) and isinstance(factor.base, sympy.Add)):
        return 1
    return 0


def _flat_factors(expr: sympy.Basic) -> Iterator[sympy.Basic]:
    # An unevaluated Mul may nest Muls; a product's factors are the same either way.
    if isinstance(expr, sympy.Mul):
        for arg in expr.args:
            yield from _flat_factors(arg)
    elif expr.is_Rational and not expr.is_Integer:
        yield sympy.Integer(expr.p)
        if expr.q != 1:
            yield sympy.Pow(sympy.Integer(expr.q), -1, evaluate=False)
    else:
        yield expr


def _is_constant(expr: sympy.Basic) -> bool:
    """Whether ``expr`` belongs in the coefficient: m, n, λ, numbers and their powers."""
    if expr.is_Number:
        return True
    if isinstance(expr, sympy.Symbol):
        return expr.name in CONSTANTS
    if isinstance(expr, sympy.Pow):
        return _is_constant(expr.base) and expr.exp.is_Number
    return False


def _is_negative_term(term: sympy.Basic) -> bool:
    return Product(term).negative


def _has_sum_factor(term: sympy.Basic) -> bool:
    factors = _flat_factors(term)
    return any(
        isinstance(f, sympy.Add) or (isinstance(f, sympy.Pow) and isinstance(f.base, sympy.Add))
        for f in factors
    )


@remembered("printing.layout.ordered_terms", 4096)  # a step repeats most of the sums of the step before it
def _ordered_terms(expr: sympy.Add) -> tuple[sympy.Basic, ...]:
    """The terms of a sum in reading order.

    An unevaluated sum (the engine's "distribute" steps) keeps the order it was
    built in. An evaluated one puts the term over examples first, then positive
    terms before negative ones (``h − y``, not ``−y + h``), then terms without a
    parenthesised factor (``y log h + (1 − y) log(1 − h)``), else sympy's order.
    """
    args: tuple[sympy.Basic, ...] = expr.args
    if sympy.Add(*args).args != args:
        return args
    terms = _sympy_term_order(expr)

    def key(item: tuple[int, sympy.Basic]) -> tuple[Any, ...]:
        position, term = item
        return (not _holds_example_sum(term), _is_negative_term(term), _has_sum_factor(term), position)

    return tuple(term for _, term in sorted(enumerate(terms), key=key))


def _holds_example_sum(expr: sympy.Basic) -> bool:
    """Whether some Σ in ``expr`` (itself included) is over examples; stops at the first."""
    pending = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, sympy.Sum) and symbols.is_example_sum(node):
            return True
        pending.extend(node.args)
    return False


def _sympy_term_order(expr: sympy.Add) -> list[sympy.Basic]:
    """``expr.as_ordered_terms()``, without its costly parts where they cannot matter.

    sympy orders terms by the exponents of their factors (lex over the factors
    in ``default_sort_key`` order), then by coefficient. For that it turns each
    coefficient into a complex number through ``evalf`` and asks every factor
    ``is_number`` (for a Σ: its free symbols); with a rational coefficient and
    factors that are plainly not numbers, ``float`` and a look at the type give
    the same key. Anything else is left to sympy.
    """
    args = expr.args
    if len(args) == 2:
        # sympy's special case: a positive number minus a term keeps that order (1 − x)
        numbers = (sympy.Number, sympy.NumberSymbol)
        first, second = sorted(args, key=lambda arg: not isinstance(arg, numbers))
        if isinstance(first, numbers) and isinstance(second, sympy.Mul):
            factors = sorted(second.args, key=lambda arg: not isinstance(arg, numbers))
            if (len(factors) == 2 and isinstance(factors[0], sympy.Number)
                    and first.is_positive and factors[0].is_negative):
                return [first, second]
    terms = []
    gens = set()
    for term in args:
        coeff, rest = term.as_coeff_Mul()
        if not coeff.is_Rational:
            return list(expr.as_ordered_terms())
        powers = {}
        if rest is not sympy.S.One:
            for factor in sympy.Mul.make_args(rest):
                if not factor.is_commutative or not _not_a_number(factor):
                    return list(expr.as_ordered_terms())
                base, exponent = decompose_power(factor)
                powers[base] = exponent
                gens.add(base)
        terms.append((term, float(coeff), powers))
    index = {gen: position for position, gen in enumerate(sorted(gens, key=sympy.default_sort_key))}

    def key(item: tuple[Any, float, dict[sympy.Basic, sympy.Expr]]) -> tuple[Any, ...]:
        _, coeff, powers = item
        monom = [0] * len(index)
        for base, exponent in powers.items():
            monom[index[base]] = -exponent
        return tuple(monom), (), ((False, 0.0), (coeff, 0.0))

    return [term for term, _, _ in sorted(terms, key=key)]


def _not_a_number(factor: sympy.Basic) -> bool:
    """Whether ``factor.is_number`` is False, asking sympy only when the type does not tell."""
    if isinstance(factor, (sympy.Symbol, sympy.Indexed, AppliedUndef)):
        return True
    if isinstance(factor, sympy.Sum):
        bound = set(factor.variables)
        if any(isinstance(end, sympy.Symbol) and end not in bound for limit in factor.limits for end in limit[1:]):
            return True
    return factor.is_number is False


class Layout:
    """Where the parts of an expression go; subclasses spell them."""

    # sympy lets an object print itself (Indexed prints ``y[i]``); these printers
    # own every spelling, so no object's own method is looked up.
    printmethod = "_logderiv_print"
    MINUS = "-"
    TIMES = " "
    #: written before the operator between two terms of a sum (a printer that marks breaks sets it)
    SUM_JOIN = ""

    if TYPE_CHECKING:
        # what each printer spells (its own methods) and what sympy's Printer, its other base, provides: declared
        # for type checkers only, since a definition here would come before sympy's in the printers' MRO
        def _print(self, expr: Any, **kwargs: Any) -> str: ...
        def _name(self, name: str) -> str: ...
        def _function_name(self, name: str) -> str: ...
        def _call(self, name: str, argument: str) -> str: ...
        def _indexed(self, base: str, sub: sympy.Basic | None, sup: sympy.Basic | None) -> str: ...
        def _indexed_fallback(self, expr: sympy.Indexed) -> str: ...
        def _dot(self, parameter: str, data: str, example: sympy.Basic | None) -> str: ...
        def _sum(self, limit: tuple[Any, ...], body: sympy.Basic) -> str: ...
        def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str: ...
        def _sqrt(self, base: sympy.Basic) -> str: ...
        def _power(self, base: str, exp: sympy.Basic) -> str: ...

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)  # type: ignore[call-arg]
        # Whether more of a product or sum follows what is being printed: an
        # open form (Σᵢ f g) then needs brackets to show where it ends.
        self._followed = False

    # --- spelling hooks ------------------------------------------------------------

    def _paren(self, text: str) -> str:
        return f"({text})"

    def _bracket(self, text: str) -> str:
        return f"[{text}]"

    def _fraction(self, top: str, bottom: str) -> str:
        return f"{top}/{bottom}"

    # --- context -------------------------------------------------------------------

    @contextmanager
    def _trailing(self, followed: bool) -> Iterator[None]:
        saved, self._followed = self._followed, followed
        try:
            yield
        finally:
            self._followed = saved

    def _closed(self, expr: sympy.Basic) -> str:
        """Print ``expr`` where nothing of the outer expression follows (inside delimiters)."""
        with self._trailing(False):
            return self._print(expr)

    def _level(self, expr: sympy.Basic) -> int:
        """How tightly the printed form of ``expr`` binds."""
        if isinstance(expr, sympy.Add):
            return ADD
        if isinstance(expr, sympy.Mul) and sum(arg != 1 for arg in expr.args) == 1:
            # an unevaluated 1 · u prints as u alone, so it binds as u does
            return self._level(next(arg for arg in expr.args if arg != 1))
        if isinstance(expr, sympy.Mul) or (expr.is_Number and (expr.is_negative or not expr.is_Integer)):
            return MUL
        if isinstance(expr, sympy.Pow):
            if expr.exp.is_Number and expr.exp.is_negative:
                return MUL
            return POW
        if isinstance(expr, sympy.Sum):
            return MUL
        if isinstance(expr, sympy.Derivative):
            return MUL
        if isinstance(expr, sympy.log) and self._open_log(expr):
            return MUL
        if isinstance(expr, sympy.exp):
            return self._exp_level
        return ATOM

    #: e^u is a power in Unicode and LaTeX, a call exp(u) in plain notation
    _exp_level = POW

    def _open_log(self, expr: sympy.log) -> bool:
        """Whether ``log u`` may be printed without parentheses (u a name, a call)."""
        return False

    def _wrapped(self, expr: sympy.Basic, level: int) -> str:
        """Print ``expr``, in parentheses when it binds more loosely than ``level``."""
        if self._level(expr) < level:
            return self._paren(self._closed(expr))
        return self._print(expr)

    def _as_power_base(self, expr: sympy.Basic) -> str:
        if isinstance(expr, sympy.Indexed) and example_superscript(expr):
            # y⁽ⁱ⁾² would read as a double superscript.
            return self._paren(self._closed(expr))
        if isinstance(expr, sympy.log):
            return self._paren(self._closed(expr))
        return self._wrapped(expr, ATOM)

    # --- sums and products ------------------------------------------------------------

    def _print_Add(self, expr: sympy.Add, order: str | None = None) -> str:
        terms = self._terms_in_order(expr)
        pieces: list[str] = []
        for position, term in enumerate(terms):
            product = Product(term)
            last = position == len(terms) - 1
            with self._trailing(self._followed or not last):
                text = self._print_product(product, signed=False)
            if position == 0:
                pieces.append(self.MINUS + text if product.negative else text)
            else:
                pieces.append(self.SUM_JOIN + (" " + self.MINUS + " " if product.negative else " + ") + text)
        return "".join(pieces)

    def _terms_in_order(self, expr: sympy.Add) -> Sequence[sympy.Basic]:
        """The terms of a sum as printed (a hook, so a printer of richer trees can refine it)."""
        return _ordered_terms(expr)

    def _print_Mul(self, expr: sympy.Mul) -> str:
        if any(isinstance(arg, sympy.Mul) for arg in expr.args):
            return self._print_grouped(expr)
        return self._print_product(Product(expr))

    def _print_grouped(self, expr: sympy.Mul) -> str:
        """An unevaluated product of products, each kept whole: 1/(1 + e^(−z)) · e^(−z)/(1 + e^(−z)).

        Only an unevaluated Mul has Mul arguments; the engine builds one to show
        a grouping (split the fraction) that flattening would hide.
        """
        coefficient = sympy.Integer(1)
        groups = []
        for arg in expr.args:
            if arg.is_Number:
                coefficient *= arg
            else:
                groups.append(arg)
        sign = self.MINUS if coefficient.is_negative else ""
        coefficient = abs(coefficient)
        if not groups:
            return sign + self._print(coefficient)
        pieces = [] if coefficient == 1 else [self._wrapped(coefficient, POW)]
        for position, group in enumerate(groups):
            last = position == len(groups) - 1
            if self._level(group) == ADD or (position + len(pieces) > 0 and Product(group).negative):
                pieces.append(self._paren(self._closed(group)))
            elif not last and (group.has(sympy.Derivative) or any(not symbols.is_dot(s) for s in group.atoms(sympy.Sum))):
                pieces.append(self._paren(self._closed(group)))
            else:
                with self._trailing(self._followed or not last):
                    pieces.append(self._print(group))
        if len(pieces) == 1:
            return sign + pieces[0]
        return sign + self.EXPLICIT_TIMES.join(pieces)

    EXPLICIT_TIMES = " · "

    def _print_Rational(self, expr: sympy.Rational) -> str:
        if expr.is_Integer:
            return self._print_Integer(expr)
        return self._print_product(Product(expr))

    def _print_Integer(self, expr: sympy.Integer) -> str:
        return self.MINUS + str(-expr.p) if expr.p < 0 else str(expr.p)

    _print_Half = _print_Rational
    _print_NegativeOne = _print_Integer

    def _print_product(self, product: Product, *, signed: bool = True) -> str:
        """Print a product as sign, coefficient, fraction and trailing operators."""
        sign = self.MINUS if signed and product.negative else ""
        if product.is_single:
            item = (product.constants + product.factors + product.operators)[0]
            return sign + self._print(item)
        pieces: list[str] = []
        rest = bool(product.factors or product.below or product.operators)
        coefficient = self._coefficient(product, followed=rest)
        if coefficient:
            pieces.append(coefficient)
        if product.below:
            top = self._factors(product.factors, followed=True) if product.factors else "1"
            bottom = self._factors(product.below, followed=True, level=POW)
            if len(product.factors) == 1 and isinstance(product.factors[0], sympy.Add):
                top = self._paren(self._closed(product.factors[0]))
            fraction = self._fraction(top, bottom)
            pieces.append(self._paren(fraction) if product.operators else fraction)
        elif product.factors:
            pieces.append(self._factors(product.factors, followed=bool(product.operators)))
        if product.operators:
            pieces.append(self._factors(product.operators, followed=False))
        if not pieces:
            pieces.append("1")
        return sign + self._join(pieces)

    def _coefficient(self, product: Product, *, followed: bool) -> str:
        """The constant part in front: ``2``, ``(1/m)``, ``(λ/(2m))``, ``2 λ``."""
        number = product.coefficient
        if number.is_Rational:
            top = [sympy.Integer(number.p)] if number.p != 1 else []
            bottom = [sympy.Integer(number.q)] if number.q != 1 else []
        else:
            top, bottom = [number], []
        top += product.constants
        bottom += product.constants_below
        if not bottom:
            return self._join([self._print(f) for f in top]) if top else ""
        top_text = self._constants(top) if top else "1"
        bottom_text = self._constants(bottom, below=True)
        fraction = self._fraction(top_text, bottom_text)
        return self._paren(fraction) if followed and self._coefficient_parens else fraction

    _coefficient_parens = True

    def _constants(self, factors: list[sympy.Basic], *, below: bool = False) -> str:
        text = self._join([self._wrapped(f, POW) for f in factors], constants=True)
        return self._paren(text) if below and len(factors) > 1 and self._coefficient_parens else text

    def _factors(self, factors: list[sympy.Basic], *, followed: bool, level: int = MUL) -> str:
        """Print factors side by side; only the last may stay open (``Σᵢ f``, ``log u``)."""
        pieces: list[str] = []
        for position, factor in enumerate(factors):
            open_ok = position == len(factors) - 1 and not followed and level <= MUL
            if isinstance(factor, sympy.Add):
                pieces.append(self._paren(self._closed(factor)))
            elif open_ok:
                pieces.append(self._print(factor))
            elif isinstance(factor, sympy.log):
                pieces.append(self._closed_log(factor))
            elif self._is_open(factor):
                pieces.append(self._paren(self._closed(factor)))
            else:
                with self._trailing(True):
                    pieces.append(self._wrapped(factor, max(level, MUL)))
        text = self._join(pieces)
        if level >= POW and len(factors) > 1:
            return self._paren(text)
        return text

    def _is_open(self, expr: sympy.Basic) -> bool:
        """Whether the printed form of ``expr`` runs on to the right (Σᵢ f, log u, ∂/∂v [u])."""
        if isinstance(expr, sympy.Sum):
            return not symbols.is_dot(expr)
        if isinstance(expr, sympy.log):
            return self._open_log(expr)
        return isinstance(expr, sympy.Derivative)

    def _closed_log(self, expr: sympy.log) -> str:
        return self._print(expr)

    def _join(self, pieces: list[str], *, constants: bool = False) -> str:
        out = pieces[0]
        for piece in pieces[1:]:
            out += self._times_before(piece, constants=constants) + piece
        return out

    def _times_before(self, piece: str, *, constants: bool) -> str:
        return self.TIMES

    # --- names, data, operators -------------------------------------------------------

    def _print_Pow(self, expr: sympy.Pow, rational: bool = False) -> str:
        base, exp = expr.base, expr.exp
        if exp.is_Number and exp.is_negative:
            return self._print_product(Product(expr))
        if exp == sympy.S.Half:
            return self._sqrt(base)
        return self._power(self._as_power_base(base), exp)

    def _print_Indexed(self, expr: sympy.Indexed) -> str:
        base = self._name(symbols.label(expr.base))
        indices = expr.indices
        example = example_superscript(expr)
        if example and len(indices) == 1:
            return self._indexed(base, None, indices[0])
        if example and len(indices) == 2:
            return self._indexed(base, indices[1], indices[0])
        if len(indices) == 1:
            return self._indexed(base, indices[0], None)
        return self._indexed_fallback(expr)

    def _print_IndexedBase(self, expr: sympy.IndexedBase) -> str:
        return self._name(symbols.label(expr))

    def _print_Symbol(self, expr: sympy.Symbol) -> str:
        if expr == symbols.m:
            return self._name(count_name())
        return self._name(expr.name)

    _print_Dummy = _print_Symbol

    def _print_AppliedUndef(self, expr: AppliedUndef) -> str:
        name = self._function_name(expr.func.__name__)
        if expr.args == (symbols.example_index,):
            return self._call(name, self._example_data())
        return self._call(name, ", ".join(self._closed(a) for a in expr.args))

    #: which of a registry function's printed names this printer writes: "plain", "unicode" or "latex"
    _FUNCTION_SPELLING = "plain"

    def _shown(self, function: registry.Function) -> str:
        """The name this printer writes for a registry function (``σ``, ``\\tanh``, ``softplus``)."""
        return str(getattr(function, "shown_" + self._FUNCTION_SPELLING))

    def _print_registry_call(self, expr: sympy.Function) -> str:
        return self._call(self._shown(symbols.by_class()[type(expr)]), self._closed(expr.args[0]))

    def _print_Sum(self, expr: sympy.Sum) -> str:
        if symbols.is_dot(expr):
            parameter, data, _bound = symbols.dot_parts(expr)
            # the example's index as it stands: i, or the 1 an answer's free i is judged at (θᵀx⁽¹⁾, not θᵀx)
            example = data.indices[0] if example_superscript(data) else None
            return self._dot(self._name(symbols.label(parameter)), self._name(symbols.label(data.base)), example)
        if len(expr.limits) != 1:
            inner = sympy.Sum(expr.function, *expr.limits[:-1])
            return self._sum(expr.limits[-1], inner)
        return self._sum(expr.limits[0], expr.function)

    def _print_Derivative(self, expr: sympy.Derivative) -> str:
        body: sympy.Basic = expr.expr
        text: str | None = None
        for variable, count in expr.variable_count:
            text = self._derivative(self._print(variable), int(count), body if text is None else text)
        assert text is not None
        return text

    def _example_data(self) -> str:
        return self._indexed(self._name("x"), None, symbols.example_index)


# a function the registry prints as a call, name(argument), is printed so by every printer (sympy finds a printer's
# method by the class's name: _print_sigmoid, _print_tanh, …); log, eᵘ and √ have layouts of their own
for _class, _function in symbols.by_class().items():
    if _function.layout == "call":
        setattr(Layout, f"_print_{_class.__name__}", Layout._print_registry_call)


def standard_limits(limit: tuple[Any, ...]) -> bool:
    """Whether a sum runs over all examples (i = 1..m) or all features (k = 1..n)."""
    index, low, high = limit
    if low != 1:
        return False
    return (index == symbols.example_index and high == symbols.m) or (
        index in symbols.feature_indices and high == symbols.n
    )


def example_superscript(expr: sympy.Basic) -> bool:
    """Whether an indexed quantity carries the example index as a superscript: ``y⁽ⁱ⁾``, ``xₖ⁽ⁱ⁾``."""
    if not isinstance(expr, sympy.Indexed):
        return False
    name = symbols.label(expr.base)
    first = expr.indices[0]
    # an example by number too: an answer's free i is judged at i = 1, and y₁ or x[1, j] would hide that it is one
    if first != symbols.example_index and not (first.is_Integer and len(expr.indices) <= 2):
        return False
    return (len(expr.indices) == 1 and name in PER_EXAMPLE) or len(expr.indices) == 2

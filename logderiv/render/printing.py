"""Three printers of one layout: logderiv's plain notation, one-line Unicode, LaTeX.

All three share :class:`_Layout`, which decides *where* things go (signs, the
coefficient in front, fractions, operators such as Σ and ∂ last in a product,
the order of terms); each subclass only says *how* a piece is spelled. A
printer never simplifies: it prints the tree it is given, reordering only the
factors of a product and the terms of an evaluated sum, which leaves the value
unchanged.

Conventions of the plain printer (its output parses back to the same
expression with ``logderiv.notation.plain``): ``theta_j``, ``x_j^(i)``,
``y^(i)``, ``theta^T x^(i)``, ``h(x^(i))``, ``sum_i(...)``, ``sum_k(...)``,
``d/dtheta_j (...)``, ``exp(...)``, ``sqrt(...)``, ``*`` for every product.
Two things have no plain spelling and are printed for reading only:
``KroneckerDelta(j, k)`` as ``delta_jk``, and sums whose limits are not
``1..m`` / ``1..n`` (sympy's own ``Sum(...)``).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import sympy
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

from ..notation import symbols
from ..notation.vocabulary import CONSTANTS, GREEK, PER_EXAMPLE

__all__ = ["show_plain", "show_unicode", "show_latex"]

# Binding strength of a printed form, loosest first. ``_OPEN`` forms (Σᵢ f,
# log u, ∂/∂v [u], a fraction) extend as far right as a product does.
_ADD, _MUL, _POW, _ATOM = 10, 20, 30, 40

_LETTER = {name: letter for letter, name in GREEK.items()} | {"pi": "π"}

_SUBSCRIPT = dict(zip("0123456789aehijklmnoprstuvx+-−()", "₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₊₋₋₍₎"))
_SUPERSCRIPT = dict(
    zip("0123456789abcdefghijklmnoprstuvwxyzT+-−()", "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ⁺⁻⁻⁽⁾")
)


def show_plain(expr: sympy.Basic) -> str:
    """Print ``expr`` in logderiv's plain notation (parses back to ``expr``)."""
    return _PlainPrinter().doprint(expr)


def show_unicode(expr: sympy.Basic) -> str:
    """Print ``expr`` as one line of Unicode mathematics: ``(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾``."""
    return _UnicodePrinter().doprint(expr)


def show_latex(expr: sympy.Basic) -> str:
    """Print ``expr`` as LaTeX math (amsmath), ASCII only."""
    return _LatexPrinter().doprint(expr)


def _script(text: str, table: dict[str, str]) -> str | None:
    """``text`` in sub- or superscript characters, or None when one has no such form."""
    if not all(ch in table for ch in text):
        return None
    return "".join(table[ch] for ch in text)


class _Product:
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
    if isinstance(factor, sympy.Indexed):
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
    return _Product(term).negative


def _has_sum_factor(term: sympy.Basic) -> bool:
    factors = _flat_factors(term)
    return any(
        isinstance(f, sympy.Add) or (isinstance(f, sympy.Pow) and isinstance(f.base, sympy.Add))
        for f in factors
    )


def _ordered_terms(expr: sympy.Add) -> list[sympy.Basic]:
    """The terms of a sum in reading order.

    An unevaluated sum (the engine's "distribute" steps) keeps the order it was
    built in. An evaluated one puts the term over examples first, then positive
    terms before negative ones (``h − y``, not ``−y + h``), then terms without a
    parenthesised factor (``y log h + (1 − y) log(1 − h)``), else sympy's order.
    """
    args = list(expr.args)
    if sympy.Add(*args).args != expr.args:
        return args
    terms = expr.as_ordered_terms()

    def key(item: tuple[int, sympy.Basic]) -> tuple:
        position, term = item
        has_example_sum = any(symbols.is_example_sum(s) for s in term.atoms(sympy.Sum))
        return (not has_example_sum, _is_negative_term(term), _has_sum_factor(term), position)

    return [term for _, term in sorted(enumerate(terms), key=key)]


class _Layout:
    """Where the parts of an expression go; subclasses spell them."""

    # sympy lets an object print itself (Indexed prints ``y[i]``); these printers
    # own every spelling, so no object's own method is looked up.
    printmethod = "_logderiv_print"
    MINUS = "-"
    TIMES = " "

    def __init__(self, settings: dict | None = None) -> None:
        super().__init__(settings)  # type: ignore[call-arg]
        # Whether more of a product or sum follows what is being printed: an
        # open form (Σᵢ f g) then needs brackets to show where it ends.
        self._followed = False

    # --- spelling hooks ------------------------------------------------------------

    def _paren(self, text: str) -> str:
        return f"({text})"

    def _bracket(self, text: str) -> str:
        return f"[{text}]"

    def _fraction(self, top: str, bottom: str, *, coefficient: bool) -> str:
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
            return _ADD
        if isinstance(expr, sympy.Mul) or (expr.is_Number and (expr.is_negative or not expr.is_Integer)):
            return _MUL
        if isinstance(expr, sympy.Pow):
            if expr.exp.is_Number and expr.exp.is_negative:
                return _MUL
            return _POW
        if isinstance(expr, sympy.Sum):
            return _MUL
        if isinstance(expr, sympy.Derivative):
            return _MUL
        if isinstance(expr, sympy.log) and self._open_log(expr):
            return _MUL
        if isinstance(expr, sympy.exp):
            return self._exp_level
        return _ATOM

    _exp_level = _POW

    def _open_log(self, expr: sympy.log) -> bool:
        """Whether ``log u`` may be printed without parentheses (u a name, a call)."""
        return False

    def _wrapped(self, expr: sympy.Basic, level: int) -> str:
        """Print ``expr``, in parentheses when it binds more loosely than ``level``."""
        if self._level(expr) < level:
            return self._paren(self._closed(expr))
        return self._print(expr)

    def _as_power_base(self, expr: sympy.Basic) -> str:
        if isinstance(expr, sympy.Indexed) and _example_superscript(expr):
            # y⁽ⁱ⁾² would read as a double superscript.
            return self._paren(self._closed(expr))
        if isinstance(expr, sympy.log):
            return self._paren(self._closed(expr))
        return self._wrapped(expr, _ATOM)

    # --- sums and products ------------------------------------------------------------

    def _print_Add(self, expr: sympy.Add, order=None) -> str:
        terms = _ordered_terms(expr)
        pieces: list[str] = []
        for position, term in enumerate(terms):
            product = _Product(term)
            last = position == len(terms) - 1
            with self._trailing(self._followed or not last):
                text = self._print_product(product, signed=False)
            if position == 0:
                pieces.append(self.MINUS + text if product.negative else text)
            else:
                pieces.append((" " + self.MINUS + " " if product.negative else " + ") + text)
        return "".join(pieces)

    def _print_Mul(self, expr: sympy.Mul) -> str:
        return self._print_product(_Product(expr))

    def _print_Rational(self, expr: sympy.Rational) -> str:
        if expr.is_Integer:
            return self._print_Integer(expr)
        return self._print_product(_Product(expr))

    def _print_Integer(self, expr: sympy.Integer) -> str:
        return self.MINUS + str(-expr.p) if expr.p < 0 else str(expr.p)

    _print_Half = _print_Rational
    _print_NegativeOne = _print_Integer

    def _print_product(self, product: _Product, *, signed: bool = True) -> str:
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
            bottom = self._factors(product.below, followed=True, level=_POW)
            if len(product.factors) == 1 and isinstance(product.factors[0], sympy.Add):
                top = self._paren(self._closed(product.factors[0]))
            fraction = self._fraction(top, bottom, coefficient=False)
            pieces.append(self._paren(fraction) if product.operators else fraction)
        elif product.factors:
            pieces.append(self._factors(product.factors, followed=bool(product.operators)))
        if product.operators:
            pieces.append(self._factors(product.operators, followed=False))
        if not pieces:
            pieces.append("1")
        return sign + self._join(pieces)

    def _coefficient(self, product: _Product, *, followed: bool) -> str:
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
        fraction = self._fraction(top_text, bottom_text, coefficient=True)
        return self._paren(fraction) if followed and self._coefficient_parens else fraction

    _coefficient_parens = True

    def _constants(self, factors: list[sympy.Basic], *, below: bool = False) -> str:
        text = self._join([self._wrapped(f, _POW) for f in factors], constants=True)
        return self._paren(text) if below and len(factors) > 1 and self._coefficient_parens else text

    def _factors(self, factors: list[sympy.Basic], *, followed: bool, level: int = _MUL) -> str:
        """Print factors side by side; only the last may stay open (``Σᵢ f``, ``log u``)."""
        pieces: list[str] = []
        for position, factor in enumerate(factors):
            open_ok = position == len(factors) - 1 and not followed and level <= _MUL
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
                    pieces.append(self._wrapped(factor, max(level, _MUL)))
        text = self._join(pieces)
        if level >= _POW and len(factors) > 1:
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
            return self._print_product(_Product(expr))
        if exp == sympy.S.Half:
            return self._sqrt(base)
        return self._power(self._as_power_base(base), exp)

    def _print_Indexed(self, expr: sympy.Indexed) -> str:
        base = self._name(str(expr.base.label))
        indices = expr.indices
        example = _example_superscript(expr)
        if example and len(indices) == 1:
            return self._indexed(base, None, indices[0])
        if example and len(indices) == 2:
            return self._indexed(base, indices[1], indices[0])
        if len(indices) == 1:
            return self._indexed(base, indices[0], None)
        return self._indexed_fallback(expr)

    def _print_IndexedBase(self, expr: sympy.IndexedBase) -> str:
        return self._name(str(expr.label))

    def _print_Symbol(self, expr: sympy.Symbol) -> str:
        return self._name(expr.name)

    _print_Dummy = _print_Symbol

    def _print_AppliedUndef(self, expr: AppliedUndef) -> str:
        name = self._function_name(expr.func.__name__)
        if expr.args == (symbols.example_index,):
            return self._call(name, self._example_data())
        return self._call(name, ", ".join(self._closed(a) for a in expr.args))

    def _print_sigmoid(self, expr: sympy.Function) -> str:
        return self._call(self._sigmoid_name, self._closed(expr.args[0]))

    def _print_softplus(self, expr: sympy.Function) -> str:
        return self._call(self._softplus_name, self._closed(expr.args[0]))

    def _print_tanh(self, expr: sympy.Function) -> str:
        return self._call(self._tanh_name, self._closed(expr.args[0]))

    _sigmoid_name = "sigmoid"
    _softplus_name = "softplus"
    _tanh_name = "tanh"

    def _print_Sum(self, expr: sympy.Sum) -> str:
        if symbols.is_dot(expr):
            parameter, data, _bound = symbols.dot_parts(expr)
            example = _example_superscript(data)
            return self._dot(self._name(str(parameter.label)), self._name(str(data.base.label)), example)
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


def _example_superscript(expr: sympy.Basic) -> bool:
    """Whether an indexed quantity carries the example index as a superscript: ``y⁽ⁱ⁾``, ``xₖ⁽ⁱ⁾``."""
    if not isinstance(expr, sympy.Indexed):
        return False
    name = str(expr.base.label)
    first = expr.indices[0]
    if first != symbols.example_index:
        return False
    return (len(expr.indices) == 1 and name in PER_EXAMPLE) or len(expr.indices) == 2


class _PlainPrinter(_Layout, StrPrinter):
    """logderiv's plain notation: what a user types, and what parses back."""

    MINUS = "-"
    TIMES = "*"

    def _name(self, name: str) -> str:
        return name

    def _function_name(self, name: str) -> str:
        return name

    def _call(self, name: str, argument: str) -> str:
        return f"{name}({argument})"

    def _indexed(self, base: str, sub: sympy.Basic | None, sup: sympy.Basic | None) -> str:
        text = base
        if sub is not None:
            text += "_" + self._index(sub)
        if sup is not None:
            text += "^(" + self._index(sup) + ")"
        return text

    def _index(self, index: sympy.Basic) -> str:
        text = StrPrinter().doprint(index)
        return text if text.isalnum() else f"({text})"

    def _indexed_fallback(self, expr: sympy.Indexed) -> str:
        return StrPrinter._print_Indexed(self, expr)

    def _dot(self, parameter: str, data: str, example: bool) -> str:
        return f"{parameter}^T {data}" + ("^(i)" if example else "")

    def _sum(self, limit: tuple, body: sympy.Basic) -> str:
        index, low, high = limit
        if low == 1 and high in (symbols.m, symbols.n):
            return f"sum_{index}({self._closed(body)})"
        return StrPrinter._print_Sum(self, sympy.Sum(body, limit))

    def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str:
        text = body if isinstance(body, str) else self._closed(body)
        for _ in range(count):
            text = f"d/d{variable} ({text})"
        return text

    def _print_KroneckerDelta(self, expr: sympy.KroneckerDelta) -> str:
        # No plain spelling: printed for reading, it does not parse back.
        return "delta_" + "".join(self._index(a) for a in expr.args)

    def _print_log(self, expr: sympy.log) -> str:
        return f"log({self._closed(expr.args[0])})"

    def _print_exp(self, expr: sympy.exp) -> str:
        return f"exp({self._closed(expr.args[0])})"

    _exp_level = _ATOM

    def _print_Exp1(self, expr: sympy.Basic) -> str:
        return "e"

    def _print_Pi(self, expr: sympy.Basic) -> str:
        return "pi"

    def _sqrt(self, base: sympy.Basic) -> str:
        return f"sqrt({self._closed(base)})"

    def _power(self, base: str, exp: sympy.Basic) -> str:
        if exp.is_Integer and exp.is_positive or isinstance(exp, sympy.Symbol):
            return f"{base}^{self._print(exp)}"
        return f"{base}^({self._closed(exp)})"

    def _fraction(self, top: str, bottom: str, *, coefficient: bool) -> str:
        return f"{top}/{bottom}"

    def _times_before(self, piece: str, *, constants: bool) -> str:
        return "*"


class _UnicodePrinter(_Layout, StrPrinter):
    """One line of Unicode mathematics, for terminals and text files."""

    MINUS = "−"
    TIMES = " "

    _sigmoid_name = "σ"

    def _name(self, name: str) -> str:
        if name in _LETTER:
            return _LETTER[name]
        base, sep, sub = name.partition("_")
        if sep and base and sub:
            sub = _LETTER.get(sub, sub)
            small = _script(sub, _SUBSCRIPT)
            return _LETTER.get(base, base) + (small if small is not None else "_" + sub)
        return name

    def _function_name(self, name: str) -> str:
        return self._name(name)

    def _call(self, name: str, argument: str) -> str:
        return f"{name}({argument})"

    def _indexed(self, base: str, sub: sympy.Basic | None, sup: sympy.Basic | None) -> str:
        text = base
        if sub is not None:
            index = self._index(sub)
            small = _script(index, _SUBSCRIPT)
            text += small if small is not None else f"_{index}" if len(index) == 1 else f"_({index})"
        if sup is not None:
            index = self._index(sup)
            small = _script(f"({index})", _SUPERSCRIPT)
            text += small if small is not None else f"^({index})"
        return text

    def _index(self, index: sympy.Basic) -> str:
        return self._closed(index)

    def _indexed_fallback(self, expr: sympy.Indexed) -> str:
        indices = ", ".join(self._closed(i) for i in expr.indices)
        return f"{self._print(expr.base)}[{indices}]"

    def _dot(self, parameter: str, data: str, example: bool) -> str:
        return f"{parameter}ᵀ{data}" + ("⁽ⁱ⁾" if example else "")

    def _sum(self, limit: tuple, body: sympy.Basic) -> str:
        index, low, high = limit
        name = self._print(index)
        if low == 1 and high in (symbols.m, symbols.n):
            small = _script(name, _SUBSCRIPT)
            sigma = "Σ" + (small if small is not None else f"_{name}")
        else:
            sigma = f"Σ[{name}={self._closed(low)}..{self._closed(high)}]"
        return f"{sigma} {self._sum_body(body)}"

    def _sum_body(self, body: sympy.Basic) -> str:
        if isinstance(body, sympy.Add) or (self._followed and self._level(body) < _ATOM):
            return self._bracket(self._closed(body))
        return self._print(body)

    def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str:
        text = body if isinstance(body, str) else self._closed(body)
        if count == 1:
            return f"∂/∂{variable} [{text}]"
        power = _script(str(count), _SUPERSCRIPT) or f"^{count}"
        return f"∂{power}/∂{variable}{power} [{text}]"

    def _print_KroneckerDelta(self, expr: sympy.KroneckerDelta) -> str:
        indices = "".join(self._index(a) for a in expr.args)
        small = _script(indices, _SUBSCRIPT)
        return "δ" + (small if small is not None else f"_({indices})")

    def _open_log(self, expr: sympy.log) -> bool:
        return self._level(expr.args[0]) == _ATOM and not isinstance(expr.args[0], sympy.exp)

    def _print_log(self, expr: sympy.log) -> str:
        argument = expr.args[0]
        if self._open_log(expr):
            return f"log {self._print(argument)}"
        return f"log({self._closed(argument)})"

    def _closed_log(self, expr: sympy.log) -> str:
        return f"log({self._closed(expr.args[0])})"

    def _print_exp(self, expr: sympy.exp) -> str:
        argument = expr.args[0]
        if isinstance(argument, sympy.Symbol):
            return f"e^{self._print(argument)}"
        return f"e^({self._closed(argument)})"

    def _print_Exp1(self, expr: sympy.Basic) -> str:
        return "e"

    def _print_Pi(self, expr: sympy.Basic) -> str:
        return "π"

    def _print_Infinity(self, expr: sympy.Basic) -> str:
        return "∞"

    def _sqrt(self, base: sympy.Basic) -> str:
        return "√" + self._wrapped(base, _ATOM)

    def _power(self, base: str, exp: sympy.Basic) -> str:
        if exp.is_Integer and exp.is_positive:
            return base + (_script(str(exp), _SUPERSCRIPT) or f"^{exp}")
        if isinstance(exp, sympy.Symbol):
            return f"{base}^{self._print(exp)}"
        return f"{base}^({self._closed(exp)})"

    def _times_before(self, piece: str, *, constants: bool) -> str:
        if piece[:1].isdigit():
            return "·"
        return "" if constants else " "


class _LatexPrinter(_Layout, LatexPrinter):
    """LaTeX math for amsmath: ``\\frac{1}{m} \\sum_{i=1}^{m} \\left[ ... \\right]``."""

    MINUS = "-"
    TIMES = " "

    _sigmoid_name = r"\sigma"
    _softplus_name = r"\operatorname{softplus}"
    _tanh_name = r"\tanh"
    _coefficient_parens = False

    def _paren(self, text: str) -> str:
        return rf"\left({text}\right)"

    def _bracket(self, text: str) -> str:
        return rf"\left[ {text} \right]"

    def _fraction(self, top: str, bottom: str, *, coefficient: bool) -> str:
        return rf"\frac{{{top}}}{{{bottom}}}"

    def _print_product(self, product: _Product, *, signed: bool = True) -> str:
        # \frac needs no parentheses around its parts: print them unwrapped.
        if product.below and not product.is_single:
            return self._latex_fraction(product, signed)
        return super()._print_product(product, signed=signed)

    def _latex_fraction(self, product: _Product, signed: bool) -> str:
        sign = self.MINUS if signed and product.negative else ""
        pieces: list[str] = []
        coefficient = self._coefficient(product, followed=True)
        if coefficient:
            pieces.append(coefficient)
        top = self._fraction_part(product.factors)
        bottom = self._fraction_part(product.below)
        pieces.append(self._fraction(top, bottom, coefficient=False))
        if product.operators:
            pieces.append(self._factors(product.operators, followed=False))
        return sign + self._join(pieces)

    def _fraction_part(self, factors: list[sympy.Basic]) -> str:
        if not factors:
            return "1"
        if len(factors) == 1:
            return self._closed(factors[0])
        with self._trailing(False):
            return self._factors(factors, followed=False)

    def _constants(self, factors: list[sympy.Basic], *, below: bool = False) -> str:
        return self._join([self._wrapped(f, _POW) for f in factors])

    def _name(self, name: str) -> str:
        return LatexPrinter._print_Symbol(self, sympy.Symbol(name))

    def _function_name(self, name: str) -> str:
        return self._hprint_Function(name)

    def _call(self, name: str, argument: str) -> str:
        return rf"{name}\left({argument}\right)"

    def _indexed(self, base: str, sub: sympy.Basic | None, sup: sympy.Basic | None) -> str:
        text = base
        if sub is not None:
            text += "_" + self._group(self._index(sub))
        if sup is not None:
            text += "^{(" + self._index(sup) + ")}"
        return text

    def _group(self, text: str) -> str:
        return text if len(text) == 1 else "{" + text + "}"

    def _index(self, index: sympy.Basic) -> str:
        return self._closed(index)

    def _indexed_fallback(self, expr: sympy.Indexed) -> str:
        indices = ",".join(self._closed(i) for i in expr.indices)
        return f"{self._print(expr.base)}_{{{indices}}}"

    def _dot(self, parameter: str, data: str, example: bool) -> str:
        return rf"{parameter}^{{\top}} {data}" + ("^{(i)}" if example else "")

    def _sum(self, limit: tuple, body: sympy.Basic) -> str:
        index, low, high = limit
        sigma = rf"\sum_{{{self._print(index)}={self._closed(low)}}}^{{{self._closed(high)}}}"
        if isinstance(body, sympy.Add) or (self._followed and self._level(body) < _ATOM):
            return f"{sigma} {self._bracket(self._closed(body))}"
        return f"{sigma} {self._print(body)}"

    def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str:
        text = body if isinstance(body, str) else self._closed(body)
        if count == 1:
            return rf"\frac{{\partial}}{{\partial {variable}}}\left[ {text} \right]"
        return rf"\frac{{\partial^{{{count}}}}}{{\partial {variable}^{{{count}}}}}\left[ {text} \right]"

    def _print_KroneckerDelta(self, expr: sympy.KroneckerDelta, exp=None) -> str:
        return r"\delta_{" + "".join(self._index(a) for a in expr.args) + "}"

    def _open_log(self, expr: sympy.log) -> bool:
        return self._level(expr.args[0]) == _ATOM and not isinstance(expr.args[0], sympy.exp)

    def _print_log(self, expr: sympy.log, exp=None) -> str:
        argument = expr.args[0]
        if self._open_log(expr):
            return rf"\log {self._print(argument)}"
        return self._closed_log(expr)

    def _closed_log(self, expr: sympy.log) -> str:
        return rf"\log\left({self._closed(expr.args[0])}\right)"

    def _print_exp(self, expr: sympy.exp, exp=None) -> str:
        return "e^{" + self._closed(expr.args[0]) + "}"

    def _print_Exp1(self, expr: sympy.Basic, exp=None) -> str:
        return "e"

    def _print_Pi(self, expr: sympy.Basic, exp=None) -> str:
        return r"\pi"

    def _sqrt(self, base: sympy.Basic) -> str:
        return r"\sqrt{" + self._closed(base) + "}"

    def _power(self, base: str, exp: sympy.Basic) -> str:
        return f"{base}^{{{self._closed(exp)}}}"

    def _times_before(self, piece: str, *, constants: bool) -> str:
        return r" \cdot " if piece[:1].isdigit() else " "

    def _print_Integer(self, expr: sympy.Integer) -> str:
        return _Layout._print_Integer(self, expr)

    def _print_Symbol(self, expr: sympy.Symbol, style: str = "plain") -> str:
        return self._name(expr.name)

    def _print_Indexed(self, expr: sympy.Indexed) -> str:
        return _Layout._print_Indexed(self, expr)

"""Three printers of one layout: logderiv's plain notation, one-line Unicode, LaTeX.

All three share :class:`~logderiv.printing.layout.Layout`, which decides *where*
things go (signs, the coefficient in front, fractions, Σ and ∂ last in a
product, the order of terms); each printer here only says *how* a piece is
spelled. A printer never simplifies: it prints the tree it is given.

Conventions of the plain printer (its output parses back to the same
expression with ``logderiv.notation.plain``): ``theta_j``, ``x_j^(i)``,
``y^(i)``, ``theta^T x^(i)``, ``h(x^(i))``, ``sum_i(...)``, ``sum_k(...)``,
``d/dtheta_j (...)``, ``exp(...)``, ``sqrt(...)``, ``*`` for every product.
Two things have no plain spelling and are printed for reading only:
``KroneckerDelta(j, k)`` as ``delta_jk``, and sums whose limits are not
``1..m`` / ``1..n`` (sympy's own ``Sum(...)``).
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

from .. import memo
from ..notation.vocabulary import DATA_VECTORS, GREEK, PER_EXAMPLE
from . import linebreaks
from ..notation.printed import count_name
from .layout import ADD, ATOM, POW, Layout, Product, standard_limits

__all__ = ["show_plain", "show_unicode", "show_unicode_breaks", "show_latex", "show_input", "show_input_plain"]

_LETTER = {name: letter for letter, name in GREEK.items()} | {"pi": "π"}

_SUBSCRIPT = dict(zip("0123456789aehijklmnoprstuvx+-−()", "₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₊₋₋₍₎"))
_SUPERSCRIPT = dict(
    zip("0123456789abcdefghijklmnoprstuvwxyzT+-−()", "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ⁺⁻⁻⁽⁾")
)


def show_plain(expr: sympy.Basic) -> str:
    """Print ``expr`` in logderiv's plain notation (parses back to ``expr``)."""
    return str(_PlainPrinter().doprint(expr))


def show_unicode(expr: sympy.Basic) -> str:
    """Print ``expr`` as one line of Unicode mathematics: ``(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾``."""
    return str(_UnicodePrinter().doprint(expr))


def show_unicode_breaks(expr: sympy.Basic) -> str:
    """:func:`show_unicode`'s line with marks where it may break (:mod:`logderiv.printing.linebreaks`)."""
    return str(_BreakingUnicodePrinter().doprint(expr))


def show_latex(expr: sympy.Basic) -> str:
    """Print ``expr`` as LaTeX math (amsmath), ASCII only."""
    return str(_LatexPrinter().doprint(expr))


def _script(text: str, table: dict[str, str]) -> str | None:
    """``text`` in sub- or superscript characters, or None when one has no such form."""
    if not all(ch in table for ch in text):
        return None
    return "".join(table[ch] for ch in text)


class _PlainPrinter(Layout, StrPrinter):  # type: ignore[misc]  # sympy's printers are untyped
    """logderiv's plain notation: what a user types, and what parses back."""

    MINUS = "-"
    TIMES = "*"
    EXPLICIT_TIMES = "*"

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
        # No plain spelling (three indices, an index expression): sympy's own.
        return f"{self._print(expr.base)}[{', '.join(self._closed(i) for i in expr.indices)}]"

    def _dot(self, parameter: str, data: str, example: sympy.Basic | None) -> str:
        return f"{parameter}^T " + (data if example is None else self._indexed(data, None, example))

    def _sum(self, limit: tuple[Any, ...], body: sympy.Basic) -> str:
        if standard_limits(limit):
            return f"sum_{limit[0]}({self._closed(body)})"
        return str(StrPrinter._print_Sum(self, sympy.Sum(body, limit)))

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

    _exp_level = ATOM

    def _print_Exp1(self, expr: sympy.Basic) -> str:
        # a bare e is refused on input (Euler's number, or a quantity named e? conventions.bare_e_message), so the
        # plain form, which is meant to be pasted back, spells Euler's number the way the reader takes it
        return "exp(1)"

    def _print_Pi(self, expr: sympy.Basic) -> str:
        return "pi"

    def _sqrt(self, base: sympy.Basic) -> str:
        return f"sqrt({self._closed(base)})"

    def _power(self, base: str, exp: sympy.Basic) -> str:
        if exp.is_Integer and exp.is_positive or isinstance(exp, sympy.Symbol):
            return f"{base}^{self._print(exp)}"
        return f"{base}^({self._closed(exp)})"

    def _fraction(self, top: str, bottom: str) -> str:
        return f"{top}/{bottom}"

    def _times_before(self, piece: str, *, constants: bool) -> str:
        return "*"


#: what ``_UnicodePrinter`` printed, by (id of the expression, ``_followed``), with the
#: expression itself (which keeps the id from being reused while it is remembered)
_PRINTED_LIMIT = 20_000
_PRINTED: memo.Table[tuple[int, bool, str], tuple[sympy.Basic, str]] = memo.table("printing.expressions.printed", _PRINTED_LIMIT)


class _UnicodePrinter(Layout, StrPrinter):  # type: ignore[misc]  # sympy's printers are untyped
    """One line of Unicode mathematics, for terminals and text files."""

    MINUS = "−"
    TIMES = " "

    _FUNCTION_SPELLING = "unicode"

    def _print(self, expr: sympy.Basic, **kwargs: Any) -> str:
        # Each step of a chain is printed whole, yet keeps most of the step before it
        # (xreplace returns untouched parts as the same objects): print each part once.
        # What this printer writes depends only on the expression and on ``_followed``
        # (its settings are the defaults, and its Float needs no _print_level), so the
        # same object prints the same text; a subclass may know more, so it is left out.
        if kwargs or type(self) is not _UnicodePrinter:
            return super()._print(expr, **kwargs)
        key = (id(expr), self._followed, count_name())
        found = _PRINTED.get(key)
        if found is not None and found[0] is expr:
            return found[1]
        text = super()._print(expr)
        _PRINTED[key] = (expr, text)
        return text

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

    def _dot(self, parameter: str, data: str, example: sympy.Basic | None) -> str:
        return f"{parameter}ᵀ" + (data if example is None else self._indexed(data, None, example))

    def _sum(self, limit: tuple[Any, ...], body: sympy.Basic) -> str:
        index, low, high = limit
        name = self._print(index)
        if standard_limits(limit):
            small = _script(name, _SUBSCRIPT)
            sigma = "Σ" + (small if small is not None else f"_{name}")
        else:
            sigma = f"Σ[{name}={self._closed(low)}..{self._closed(high)}]"
        return f"{sigma} {self._sum_body(body)}"

    def _sum_body(self, body: sympy.Basic) -> str:
        if self._level(body) == ADD or (self._followed and self._level(body) < ATOM):
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
        return self._level(expr.args[0]) == ATOM and not isinstance(expr.args[0], sympy.exp)

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

    def _print_NegativeInfinity(self, expr: sympy.Basic) -> str:
        return "−∞"

    def _print_Float(self, expr: sympy.Float) -> str:
        # For reading: sympy's shortest round-tripping digits, not its full precision.
        return str(sympy.sstr(expr, full_prec=False).replace("-", self.MINUS))

    def _sqrt(self, base: sympy.Basic) -> str:
        return "√" + self._wrapped(base, ATOM)

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


class _BreakingUnicodePrinter(_UnicodePrinter):
    """:class:`_UnicodePrinter`, marking where a long line may break; without the marks, the same text.

    Sums and products are marked where their parts join; a bracket deepens
    the marks inside it; a unit (a function's argument, a fraction, a power, an
    index, ``log u``, a small bracketed factor) has its
    marks taken out, so a line never breaks inside one.
    """

    SUM_JOIN = linebreaks.mark(linebreaks.SUM)
    EXPLICIT_TIMES = linebreaks.mark(linebreaks.PRODUCT) + _UnicodePrinter.EXPLICIT_TIMES

    #: a bracketed factor this short (``(1 − y⁽ⁱ⁾)``, ``(h(x⁽ⁱ⁾) − y⁽ⁱ⁾)``) is read as one unit
    SMALL = 24

    def _times_before(self, piece: str, *, constants: bool) -> str:
        times = super()._times_before(piece, constants=constants)
        # a coefficient's constants (λ/(2m), 2m) stay together
        return times if constants else linebreaks.mark(linebreaks.PRODUCT) + times

    def _inside(self, text: str) -> str:
        """``text`` about to be bracketed: its marks one deeper, or none when it is small."""
        return linebreaks.strip(text) if linebreaks.visible(text) <= self.SMALL else linebreaks.deepen(text)

    def _paren(self, text: str) -> str:
        return super()._paren(self._inside(text))

    def _bracket(self, text: str) -> str:
        return super()._bracket(self._inside(text))

    def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str:
        text = body if isinstance(body, str) else self._closed(body)
        return super()._derivative(variable, count, self._inside(text))

    def _sum_body(self, body: sympy.Basic) -> str:
        text = super()._sum_body(body)
        # Σᵢ f g without brackets runs to the end of the term: its factors may break as a
        # bracket's would (one step deeper than the Σ), never between Σᵢ and f
        return text if text.startswith("[") else linebreaks.deepen(text)

    def _sum(self, limit: tuple[Any, ...], body: sympy.Basic) -> str:
        text = super()._sum(limit, body)
        return text if standard_limits(limit) else linebreaks.strip(text)

    def _call(self, name: str, argument: str) -> str:
        return super()._call(name, linebreaks.strip(argument))

    def _fraction(self, top: str, bottom: str) -> str:
        return super()._fraction(linebreaks.strip(top), linebreaks.strip(bottom))

    def _power(self, base: str, exp: sympy.Basic) -> str:
        return linebreaks.strip(super()._power(base, exp))

    def _sqrt(self, base: sympy.Basic) -> str:
        return linebreaks.strip(super()._sqrt(base))

    def _index(self, index: sympy.Basic) -> str:
        return linebreaks.strip(super()._index(index))

    def _indexed_fallback(self, expr: sympy.Indexed) -> str:
        return linebreaks.strip(super()._indexed_fallback(expr))

    def _print_log(self, expr: sympy.log) -> str:
        return linebreaks.strip(super()._print_log(expr))

    def _closed_log(self, expr: sympy.log) -> str:
        return linebreaks.strip(super()._closed_log(expr))

    def _print_exp(self, expr: sympy.exp) -> str:
        return linebreaks.strip(super()._print_exp(expr))


class _LatexPrinter(Layout, LatexPrinter):  # type: ignore[misc]  # sympy's printers are untyped
    """LaTeX math for amsmath: ``\\frac{1}{m} \\sum_{i=1}^{m} \\left[ ... \\right]``."""

    # Constants such as I and oo print themselves in LaTeX; no object of the
    # vocabulary does, so the object's own method may be used here.
    printmethod = "_latex"

    MINUS = "-"
    TIMES = " "
    EXPLICIT_TIMES = r" \cdot "

    _FUNCTION_SPELLING = "latex"
    _coefficient_parens = False

    def _paren(self, text: str) -> str:
        return rf"\left({text}\right)"

    def _bracket(self, text: str) -> str:
        return rf"\left[ {text} \right]"

    def _fraction(self, top: str, bottom: str) -> str:
        return rf"\frac{{{top}}}{{{bottom}}}"

    def _print_product(self, product: Product, *, signed: bool = True) -> str:
        # \frac needs no parentheses around its parts: print them unwrapped.
        if product.below and not product.is_single:
            return self._latex_fraction(product, signed)
        return super()._print_product(product, signed=signed)

    def _latex_fraction(self, product: Product, signed: bool) -> str:
        sign = self.MINUS if signed and product.negative else ""
        pieces: list[str] = []
        coefficient = self._coefficient(product, followed=True)
        if coefficient:
            pieces.append(coefficient)
        top = self._fraction_part(product.factors)
        bottom = self._fraction_part(product.below)
        pieces.append(self._fraction(top, bottom))
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
        return self._join([self._wrapped(f, POW) for f in factors])

    def _name(self, name: str) -> str:
        return str(LatexPrinter._print_Symbol(self, sympy.Symbol(name)))

    def _function_name(self, name: str) -> str:
        return str(self._hprint_Function(name))

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

    def _dot(self, parameter: str, data: str, example: sympy.Basic | None) -> str:
        return rf"{parameter}^{{\top}} " + (data if example is None else self._indexed(data, None, example))

    def _sum(self, limit: tuple[Any, ...], body: sympy.Basic) -> str:
        index, low, high = limit
        sigma = rf"\sum_{{{self._print(index)}={self._closed(low)}}}^{{{self._closed(high)}}}"
        # followed by more terms, even a one-symbol summand is bracketed: the LaTeX reader takes an unbracketed sum
        # over the whole summand that uses its index (\sum_i y^{(i)} + \theta^\top x read x as x^{(i)}, noted)
        if self._level(body) == ADD or self._followed:
            return f"{sigma} {self._bracket(self._closed(body))}"
        return f"{sigma} {self._print(body)}"

    def _derivative(self, variable: str, count: int, body: sympy.Basic | str) -> str:
        text = body if isinstance(body, str) else self._closed(body)
        if count == 1:
            return rf"\frac{{\partial}}{{\partial {variable}}}\left[ {text} \right]"
        return rf"\frac{{\partial^{{{count}}}}}{{\partial {variable}^{{{count}}}}}\left[ {text} \right]"

    def _print_KroneckerDelta(self, expr: sympy.KroneckerDelta, exp: str | None = None) -> str:
        return r"\delta_{" + "".join(self._index(a) for a in expr.args) + "}"

    def _open_log(self, expr: sympy.log) -> bool:
        # a number's log is bracketed: \log 2 - \theta_j is refused by the reader (the log of a constant, or a
        # bracket missing?), \log\left(2\right) - \theta_j reads back (found by the round-trip property, seed 17)
        argument = expr.args[0]
        return self._level(argument) == ATOM and not isinstance(argument, sympy.exp) and not argument.is_Number

    def _print_log(self, expr: sympy.log, exp: str | None = None) -> str:
        argument = expr.args[0]
        if self._open_log(expr):
            return rf"\log {self._print(argument)}"
        return self._closed_log(expr)

    def _closed_log(self, expr: sympy.log) -> str:
        return rf"\log\left({self._closed(expr.args[0])}\right)"

    def _print_exp(self, expr: sympy.exp, exp: str | None = None) -> str:
        return "e^{" + self._closed(expr.args[0]) + "}"

    def _print(self, expr: Any, **kwargs: Any) -> str:
        # Euler's number prints itself ("e", its own _latex method, which printmethod prefers to _print_Exp1): the
        # upright e of ISO 80000-2 instead, which the reader takes as Euler's number, where a bare e is refused
        # (a name the text does not define, or Euler's number? conventions.bare_e_message)
        if expr is sympy.E:
            return r"\mathrm{e}"
        return str(super()._print(expr, **kwargs))

    def _print_Pi(self, expr: sympy.Basic, exp: str | None = None) -> str:
        return r"\pi"

    def _sqrt(self, base: sympy.Basic) -> str:
        return r"\sqrt{" + self._closed(base) + "}"

    def _power(self, base: str, exp: sympy.Basic) -> str:
        return f"{base}^{{{self._closed(exp)}}}"

    def _times_before(self, piece: str, *, constants: bool) -> str:
        return r" \cdot " if piece[:1].isdigit() else " "

    def _print_Integer(self, expr: sympy.Integer) -> str:
        return Layout._print_Integer(self, expr)

    def _print_Symbol(self, expr: sympy.Symbol, style: str = "plain") -> str:
        return Layout._print_Symbol(self, expr)

    def _print_Indexed(self, expr: sympy.Indexed) -> str:
        return Layout._print_Indexed(self, expr)


# --- one input of a counterexample, by its key (name, indices) -----------------------------------


def show_input(name: str, indices: tuple[int, ...]) -> str:
    """A counterexample's input in Unicode: ``θ₂``, ``x₃⁽¹⁾``, ``y⁽¹⁾``, ``λ``."""
    letter = _LETTER.get(name, name)
    if name in DATA_VECTORS and len(indices) == 2:
        return letter + _scripted(_SUBSCRIPT, str(indices[1])) + _scripted(_SUPERSCRIPT, f"({indices[0]})")
    if name in PER_EXAMPLE and len(indices) == 1:
        return letter + _scripted(_SUPERSCRIPT, f"({indices[0]})")
    return letter + "".join(_scripted(_SUBSCRIPT, str(index)) for index in indices)


def show_input_plain(name: str, indices: tuple[int, ...]) -> str:
    """A counterexample's input in plain notation: ``theta_2``, ``x_3^(1)``, ``y^(1)``."""
    if name in DATA_VECTORS and len(indices) == 2:
        return f"{name}_{indices[1]}^({indices[0]})"
    if name in PER_EXAMPLE and len(indices) == 1:
        return f"{name}^({indices[0]})"
    return name + "".join(f"_{index}" for index in indices)


def _scripted(table: dict[str, str], text: str) -> str:
    return "".join(table[char] for char in text)

"""Printers of matrix forms (``logderiv.records.matrix``): Unicode, LaTeX and plain, and the shared words.

Each printer extends one of :mod:`logderiv.printing.expressions`'s printers with the
matrix nodes, so a step that mixes entries and index sums (``(1/m) Σᵢ Xᵢⱼ
(σ(Xθ) − y)ᵢ``) prints with the same layout as the index chain. Elementwise
operations are written as such: ⊙ (``\\odot``, ``.*``) for the elementwise
product, ``^∘p`` (``^{\\circ p}``, ``.^p``) for the elementwise power; σ, e^,
log applied to a vector are elementwise, as :data:`~logderiv.records.matrix.ELEMENTWISE_NOTE`
says beside every matrix form. A printer never simplifies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import sympy
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.matrices.expressions.matexpr import MatrixElement

from ..records.derivation import Step
from ..notation.matrix_symbols import operands
from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm
from ..notation import symbols
from ..printing.layout import ADD, ATOM, MUL, POW
from ..printing import linebreaks
from ..printing.expressions import _BreakingUnicodePrinter, _LatexPrinter, _PlainPrinter, _UnicodePrinter

if TYPE_CHECKING:
    from ..printing.layout import Layout

    # the matrix nodes are a mixin before a printer (a Layout) in each matrix printer's bases: type checkers read it as
    # one, at run time it is a plain class, so that the MRO stays the printers' own
    _Printer = Layout
else:
    _Printer = object

__all__ = [
    "show_matrix_unicode",
    "show_matrix_unicode_breaks",
    "show_matrix_latex",
    "show_matrix_plain",
    "shapes",
    "matrix_verification",
    "step_text",
    "ELEMENTWISE_NOTE",
]


def show_matrix_unicode(expr: sympy.Basic) -> str:
    """A matrix-form expression in one line of Unicode: ``(1/m) Xᵀ(σ(Xθ) − y)``."""
    return str(_UnicodeMatrix().doprint(expr))


def show_matrix_unicode_breaks(expr: sympy.Basic) -> str:
    """:func:`show_matrix_unicode`'s line with marks where it may break (:mod:`logderiv.printing.linebreaks`)."""
    return str(_BreakingUnicodeMatrix().doprint(expr))


def show_matrix_latex(expr: sympy.Basic) -> str:
    """A matrix-form expression as LaTeX: ``\\frac{1}{m} X^{\\top} \\left(\\sigma\\left(X \\theta\\right) - y\\right)``."""
    return str(_LatexMatrix().doprint(expr))


def show_matrix_plain(expr: sympy.Basic) -> str:
    """A matrix-form expression in ASCII: ``1/m * X^T (sigmoid(X theta) - y)`` (reads back as an answer to ``check``)."""
    return str(_PlainMatrix().doprint(expr))


def shapes(form: MatrixForm, show: Callable[[sympy.Basic], str] = show_matrix_unicode, times: str = "×") -> str:
    """``X is m×n (row i is x⁽ⁱ⁾ᵀ), θ is n×1, y is m×1; ∇J is n×1`` for the matrices the gradient uses."""
    parts = []
    for matrix in operands(form.gradient):
        rows, columns = (show(side) for side in matrix.shape)
        text = f"{show(matrix)} is {rows}{times}{columns}"
        if columns != "1":
            text += " (row i is example i)"
        parts.append(text)
    rows, columns = (show(side) for side in form.gradient.shape)
    return ", ".join(parts) + f"; ∇J is {rows}{times}{columns}"


def matrix_verification(form: MatrixForm) -> str:
    """How the matrix steps were checked, in one line."""
    return f"matrix form verified against the index form: every step {form.check.describe()}"


class _MatrixLayout(_Printer):
    """The matrix nodes, shared by the three printers; subclasses set the spellings below."""

    HADAMARD = " ⊙ "
    TRANSPOSE = "ᵀ"
    ONES = "𝟏"
    MATMUL = ""

    if TYPE_CHECKING:
        # spelled by each matrix printer
        def _hadamard_power(self, base: str, exp: sympy.Basic) -> str: ...
        def _entry(self, base: str, index: str) -> str: ...

    def _matrix_level(self, expr: sympy.Basic) -> int:
        if isinstance(expr, sympy.MatAdd):
            return ADD
        if isinstance(expr, sympy.HadamardProduct):
            return MUL
        if isinstance(expr, sympy.MatMul):
            scalar, _ = self._split(expr)
            return MUL if scalar != 1 else ATOM
        if isinstance(expr, sympy.HadamardPower):
            return POW
        return ATOM

    def _level(self, expr: sympy.Basic) -> int:
        if isinstance(expr, sympy.MatrixExpr):
            return self._matrix_level(expr)
        return super()._level(expr)

    def _matrix_closed(self, expr: sympy.Basic, level: int) -> str:
        text = self._closed(expr)
        return self._paren(text) if self._matrix_level(expr) < level else text

    @staticmethod
    def _split(expr: sympy.MatMul) -> tuple[sympy.Expr, list[sympy.MatrixExpr]]:
        scalars, matrices = [], []
        stack = list(expr.args)
        while stack:
            arg = stack.pop(0)
            if isinstance(arg, sympy.MatMul):
                stack[:0] = list(arg.args)
            elif isinstance(arg, sympy.MatrixExpr):
                matrices.append(arg)
            else:
                scalars.append(arg)
        return sympy.Mul(*scalars), matrices

    def _terms_in_order(self, expr: sympy.Add) -> Sequence[sympy.Basic]:
        # Terms holding matrix entries first, as the steps are built ((1/m)(Xᵀv)ⱼ + (λ/m)θⱼ);
        # the index form's own order decides among the rest.
        terms = super()._terms_in_order(expr)
        return sorted(terms, key=lambda term: not term.has(MatrixElement))

    def _print_MatrixSymbol(self, expr: sympy.MatrixSymbol) -> str:
        return self._name(expr.name)

    def _print_Transpose(self, expr: sympy.Transpose) -> str:
        return self._matrix_closed(expr.arg, ATOM) + self.TRANSPOSE

    def _print_MatMul(self, expr: sympy.MatMul, negate: bool = False) -> str:
        scalar, matrices = self._split(expr)
        if negate:
            scalar = -scalar
        pieces = []
        for position, matrix in enumerate(matrices):
            if isinstance(matrix, sympy.OneMatrix) and len(matrices) == 1:
                pieces.append(self._print(matrix))
            else:
                pieces.append(self._matrix_closed(matrix, ATOM if position else MUL + 1))
        body = self._matrix_join(pieces)
        return self._scaled(scalar, body)

    def _scaled(self, scalar: sympy.Expr, body: str) -> str:
        if scalar == 1:
            return body
        if scalar == -1:
            return self.MINUS + body
        coefficient = self._print(scalar)
        if self._bracket_coefficient(scalar):
            coefficient = self._paren(coefficient)
        return coefficient + self.COEFFICIENT + body

    def _bracket_coefficient(self, scalar: sympy.Expr) -> bool:
        # (1/m) Xᵀv, but (λ/m) θ₁ e₁: a product with a quantity in it brackets its own constants
        constant = not scalar.has(sympy.Indexed)
        return self._level(scalar) < ATOM and (constant or isinstance(scalar, sympy.Add))

    COEFFICIENT = " "

    def _matrix_join(self, pieces: list[str]) -> str:
        return self.MATMUL.join(pieces)

    def _print_MatAdd(self, expr: sympy.MatAdd) -> str:
        terms = sorted(expr.args, key=lambda term: (not term.has(sympy.Transpose), self._negative(term)))
        text = ""
        for position, term in enumerate(terms):
            negative = self._negative(term)
            shown = self._term(term, negate=negative)
            if position == 0:
                text = (self.MINUS if negative else "") + shown
            else:
                text += self.SUM_JOIN + (f" {self.MINUS} " if negative else " + ")
                text += shown
        return text

    @staticmethod
    def _negative(term: sympy.Basic) -> bool:
        if isinstance(term, sympy.MatMul):
            scalar = sympy.Mul(*(a for a in term.args if not isinstance(a, sympy.MatrixExpr)))
            negative: bool = scalar.could_extract_minus_sign()
            return negative
        return False

    def _term(self, term: sympy.Basic, negate: bool = False) -> str:
        # a number added to a vector is added to each entry: c·𝟏 prints as c.
        # (Negating a MatMul with ``-term`` would call doit(): the sign is flipped here instead.)
        if isinstance(term, sympy.MatMul):
            scalar, matrices = self._split(term)
            if len(matrices) == 1 and isinstance(matrices[0], sympy.OneMatrix):
                return self._print(-scalar if negate else scalar)
            return self._print_MatMul(term, negate=negate)
        if isinstance(term, sympy.OneMatrix):
            return self._print(sympy.Integer(1))
        return self._print(term)

    def _print_HadamardProduct(self, expr: sympy.HadamardProduct) -> str:
        per_example = {s for s in expr.atoms(sympy.MatrixSymbol) if s.shape[1] == 1 and s.shape[0] == symbols.m}

        def order(factor: sympy.MatrixExpr) -> tuple[bool, bool]:
            return (not (factor.atoms(sympy.MatrixSymbol) & per_example), isinstance(factor, sympy.MatAdd))

        return self.HADAMARD.join(self._matrix_closed(f, MUL + 1) for f in sorted(expr.args, key=order))

    def _print_HadamardPower(self, expr: sympy.HadamardPower) -> str:
        return self._hadamard_power(self._matrix_closed(expr.base, ATOM), expr.exp)

    def _print_ElementwiseApplyFunction(self, expr: ElementwiseApplyFunction) -> str:
        function = expr.function
        placeholder = sympy.Symbol("_")
        if isinstance(function, sympy.Lambda):
            body = function.expr.xreplace({function.variables[0]: placeholder})
        else:
            body = function(placeholder)
        return self._apply(body, expr.expr)

    def _apply(self, body: sympy.Basic, argument: sympy.MatrixExpr) -> str:
        if len(body.args) == 1 and body.args[0] == sympy.Symbol("_"):
            return self._elementwise(body.func, argument)
        if len(body.args) == 1:
            return self._elementwise(body.func, None, inner=self._apply(body.args[0], argument))
        return self._print(body).replace("_", self._closed(argument))  # pragma: no cover - never built

    def _elementwise(self, function: sympy.FunctionClass, argument: sympy.MatrixExpr, inner: str | None = None) -> str:
        text = inner if inner is not None else self._closed(argument)
        if function is sympy.exp:
            return self._exp_of(text, argument)
        known = symbols.by_class().get(function)
        return self._call(self._shown(known) if known else self._function_name(function.__name__), text)

    def _exp_of(self, text: str, argument: sympy.MatrixExpr) -> str:
        return f"e^({text})"

    def _print_OneMatrix(self, expr: sympy.OneMatrix) -> str:
        return self.ONES

    def _print_Trace(self, expr: sympy.Trace) -> str:
        """1ᵀM1, the sum of every entry of M (NumPy's np.sum(M) in an answer), as ``sum(M)``."""
        inner = expr.arg
        if (isinstance(inner, sympy.MatMul) and len(inner.args) >= 3 and isinstance(inner.args[0], sympy.OneMatrix)
                and isinstance(inner.args[-1], sympy.OneMatrix)):
            middle = inner.args[1] if len(inner.args) == 3 else sympy.MatMul(*inner.args[1:-1])
            return self._call("sum", self._print(middle))
        return self._call("tr", self._print(inner))  # pragma: no cover - never built

    def _print_ZeroMatrix(self, expr: sympy.ZeroMatrix) -> str:
        return "0"

    def _print_MatrixElement(self, expr: MatrixElement) -> str:
        parent = expr.parent
        row, column = expr.indices
        if parent.shape[1] == 1:
            index = self._print(row)
        else:
            index = self._print(row) + self._print(column)
        base = self._print(parent) if isinstance(parent, sympy.MatrixSymbol) else self._paren(self._closed(parent))
        return self._entry(base, index)


class _UnicodeMatrix(_MatrixLayout, _UnicodePrinter):
    def _hadamard_power(self, base: str, exp: sympy.Basic) -> str:
        return f"{base}^∘{self._print(exp)}" if exp.is_Integer and exp > 0 else f"{base}^∘({self._closed(exp)})"

    def _entry(self, base: str, index: str) -> str:
        from ..printing.expressions import _SUBSCRIPT, _script

        small = _script(index, _SUBSCRIPT)
        return base + (small if small is not None else f"_({index})")


class _BreakingUnicodeMatrix(_UnicodeMatrix, _BreakingUnicodePrinter):
    """The Unicode matrix printer, marking where a long line may break (as the index chain's)."""

    COEFFICIENT = linebreaks.mark(linebreaks.PRODUCT) + _UnicodeMatrix.COEFFICIENT
    HADAMARD = linebreaks.mark(linebreaks.PRODUCT) + _UnicodeMatrix.HADAMARD

    def _hadamard_power(self, base: str, exp: sympy.Basic) -> str:
        return linebreaks.strip(super()._hadamard_power(base, exp))

    def _exp_of(self, text: str, argument: sympy.MatrixExpr) -> str:
        return super()._exp_of(linebreaks.strip(text), argument)


class _LatexMatrix(_MatrixLayout, _LatexPrinter):
    HADAMARD = r" \odot "
    TRANSPOSE = r"^{\top}"
    ONES = r"\mathbf{1}"
    MATMUL = " "

    def _exp_of(self, text: str, argument: sympy.MatrixExpr) -> str:
        return "e^{" + text + "}"

    def _hadamard_power(self, base: str, exp: sympy.Basic) -> str:
        return f"{base}^{{\\circ {self._closed(exp)}}}"

    def _entry(self, base: str, index: str) -> str:
        return f"{base}_{{{index}}}"

    def _print_Transpose(self, expr: sympy.Transpose) -> str:
        return self._matrix_closed(expr.arg, ATOM) + self.TRANSPOSE

    def _bracket_coefficient(self, scalar: sympy.Expr) -> bool:
        return False  # \frac needs no brackets


class _PlainMatrix(_MatrixLayout, _PlainPrinter):
    HADAMARD = " .* "
    TRANSPOSE = "^T"
    ONES = "ones"
    MATMUL = " "
    COEFFICIENT = " * "

    def _exp_of(self, text: str, argument: sympy.MatrixExpr) -> str:
        return f"exp({text})"

    def _hadamard_power(self, base: str, exp: sympy.Basic) -> str:
        return f"{base}.^{self._print(exp)}" if exp.is_Integer and exp > 0 else f"{base}.^({self._closed(exp)})"

    def _entry(self, base: str, index: str) -> str:
        return f"{base}_{index}" if len(index) == 1 else f"{base}_({index})"

    def _bracket_coefficient(self, scalar: sympy.Expr) -> bool:
        # 1/m * X^T v reads right in ASCII (/ and * associate left); a sum needs brackets
        return self._level(scalar) < MUL


def step_text(step: Step, show: Callable[[sympy.Basic], str] = show_matrix_unicode) -> str:
    """A matrix step's expression, with ``∇J =`` before the stacked vector."""
    if isinstance(step.expression, sympy.MatrixExpr):
        return f"∇J = {show(step.expression)}"
    return f"= {show(step.expression)}"

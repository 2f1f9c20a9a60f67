"""The matrix form of a gradient as data: ∇J = (1/m) Xᵀ(σ(Xθ) − y), and how it was reached.

The engine (``logderiv.engine.matrix``) builds these records from a finished
index-form :class:`~logderiv.records.derivation.Derivation`; renderers read them.

Representation: sympy's matrix expressions, used only as a tree to print and
evaluate (sympy's own matrix derivatives are not used). ``X`` is the m×n data
matrix (row i is x⁽ⁱ⁾ᵀ, so Xᵢⱼ = xⱼ⁽ⁱ⁾), a parameter vector ``θ`` is n×1, a
per-example vector ``y`` is m×1, all ``MatrixSymbol``. A function applied to
every entry is an ``ElementwiseApplyFunction``; ⊙ is ``HadamardProduct`` and
an elementwise power ``HadamardPower``; a number added to a vector is that
number times ``OneMatrix`` (every entry). Entries inside the intermediate
steps are ``MatrixElement`` with logderiv's 1-based indices (i = 1..m,
j = 1..n), not sympy's 0-based ones: evaluate them with
:func:`logderiv.equality.arrays.evaluate_array`, never by sympy's indexing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy

from .. import facade
from ..record import record
from .step import Check, Step

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["MatrixForm", "NoMatrixForm", "ELEMENTWISE_NOTE"]

#: said beside every matrix form, in every format
ELEMENTWISE_NOTE = "functions of a vector apply to each entry; ⊙ is the elementwise product; a number added to a vector is added to each entry"


@record
class MatrixForm:
    """``∂J/∂θⱼ = … = ∇J``: the index-form gradient, rewritten step by step into a vector.

    ``start`` is the index-form result; each step is verified numerically
    against it on random data (``check`` says how the last, the whole vector,
    was checked). The last step's expression is the gradient, an n×1 matrix
    expression.
    """

    start: sympy.Expr
    steps: tuple[Step, ...]
    #: the parameter vector θ (an n×1 ``MatrixSymbol``) the gradient is taken with respect to
    parameter: sympy.MatrixSymbol
    check: Check
    #: the cost as terms ``(c, v)``: c times the sum of v's entries (``v`` None: the constant c),
    #: checked against the index-form cost; None when the cost has no such form
    cost: tuple[tuple[sympy.Expr, sympy.MatrixExpr | None], ...] | None = None

    @property
    def gradient(self) -> sympy.MatrixExpr:
        """∇J, an n×1 matrix expression."""
        return self.steps[-1].expression

    @property
    def operands(self) -> tuple[sympy.MatrixSymbol, ...]:
        """The matrices the gradient uses (X, θ, y), in reading order, for stating shapes."""
        from ..notation.matrix_symbols import operands  # on first use: loading a record loads no notation

        return operands(self.gradient)

    def evaluate(self, values: dict[str, Any]) -> "numpy.ndarray":
        """∇J at ``values`` (``{"X": (m, n), "theta": (n, 1), "y": (m, 1), "lambda": 0.1}``), as an (n, 1) array.

        Arithmetic is complex (so a log of a negative number is a value); the
        result is real when its imaginary parts are negligible.
        """
        import numpy

        return numpy.real_if_close(facade.call("evaluate_array", self.gradient, values))


@record
class NoMatrixForm:
    """The gradient has no matrix form logderiv can state; ``reason`` says why, plainly.

    The reason is data, as a diagnosis's sentence is: ``template`` holds its
    words with ``{0}``, ``{1}`` … where the sub-expressions ``parts`` (sympy
    objects) stand (``in the term {0}, it holds {1}``), and each renderer
    prints the parts in its own notation (:mod:`logderiv.render.diagnosis`).
    """

    #: the reason, ``{k}`` where ``parts[k]`` stands (no part: the reason itself)
    template: str
    #: the sub-expressions the reason names, in the order of their places
    parts: tuple[sympy.Basic, ...] = ()

    @property
    def reason(self) -> str:
        """The reason with its parts in Unicode, as the text views print it (a renderer's, called by name)."""
        return self.template if not self.parts else facade.text("diagnosis_text", self)

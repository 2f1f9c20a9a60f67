"""The matrix form's own symbols: the unit vector eₐ, column j of X (code's ``X[:, j]``), and the order of a matrix
expression's operands.

Names of the notation, which reads them (``logderiv.notation.matrices``: ``e_1``, ``X[:, j]``) as much as the
engine's matrix form (``logderiv.engine.matrix``), the evaluators (``logderiv.equality.arrays``,
``logderiv.verify.matrix_answer``) and the renderers make and read them; so they live here, below all of them,
and the records of the matrix form (``logderiv.records.matrix``) import nothing of the notation for them.
"""

from __future__ import annotations

import sympy

from . import symbols

__all__ = ["FEATURE_COLUMN", "feature_column", "operands", "unit_index", "unit_vector"]


def unit_vector(index: int) -> sympy.MatrixSymbol:
    """eₐ, the n×1 vector with 1 in entry ``index`` (1-based) and 0 elsewhere: ``MatrixSymbol("e_1", n, 1)``.

    It is where δₐⱼ goes when the components are stacked (a term in θ₁ alone, as
    when the intercept is not regularised). Evaluators recognise the name.
    """
    return sympy.MatrixSymbol(f"e_{index}", symbols.n, 1)


#: the name of column j of the data matrix (code's X[:, j]) as an m×1 matrix symbol: see :func:`feature_column`
FEATURE_COLUMN = "X[:, j]"


def feature_column() -> sympy.MatrixSymbol:
    """Column j of X, code's ``X[:, j]`` (Octave's ``X(:, j)``): the m×1 vector of xⱼ⁽ⁱ⁾, j the derivative's index.

    An answer that uses it is entry j of the gradient, a number; evaluators take its entry i as xⱼ⁽ⁱ⁾.
    """
    return sympy.MatrixSymbol(FEATURE_COLUMN, symbols.m, 1)


def unit_index(matrix: sympy.MatrixSymbol) -> int | None:
    """``a`` when ``matrix`` is the unit vector eₐ (see :func:`unit_vector`), else None."""
    name = matrix.name
    if name.startswith("e_") and name[2:].isdigit() and matrix.shape[1] == 1:
        return int(name[2:])
    return None


def operands(expr: sympy.Basic) -> tuple[sympy.MatrixSymbol, ...]:
    """The ``MatrixSymbol`` s in ``expr``: the data matrix first, then parameters, then per-example vectors."""
    def order(matrix: sympy.MatrixSymbol) -> tuple[int, str]:
        rows, columns = matrix.shape
        kind = 0 if columns != 1 else 1 if rows == symbols.n else 2
        return (kind, matrix.name)

    found = (s for s in expr.atoms(sympy.MatrixSymbol) if unit_index(s) is None)
    return tuple(sorted(found, key=order))

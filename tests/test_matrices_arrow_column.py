"""``notation.matrices.build_matrix`` with ``arrow_columns``: ``\\vec{x_j}`` read as column j of X, notes or none.

Found while typing the module (issue 14): the entry-j reading appended its note to ``notes`` unconditionally, so
``build_matrix(..., arrow_columns=True)`` without ``notes`` (which the signature allows, and the docstring says
only code needs) ended in ``AttributeError: 'NoneType' object has no attribute 'append'``. The value is checked
here against the entry computed by hand with NumPy, (1/m) Σᵢ Xᵢⱼ (Xθ − y)ᵢ.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

from logderiv.notation import latex, matrices, symbols

TEXT = r"\frac{1}{m} \vec{x_j}^T (X\theta - y)"


def _evaluated(value: sympy.Basic, X: np.ndarray, theta: np.ndarray, y: np.ndarray, j: int) -> float:
    """``value`` at the data given, with sizes m, n and the index j (1-based, as the notation numbers features)."""
    m, n = X.shape
    value = value.subs({symbols.m: m, symbols.n: n, symbols.wrt_index: j})
    # feature j's column is a symbol of its own, named as code writes it (notation.matrix_symbols.feature_column)
    arrays = {"X": X, "X[:, j]": X[:, j - 1].reshape(m, 1), "theta": theta.reshape(n, 1), "y": y.reshape(m, 1)}
    value = value.subs({atom: sympy.ImmutableMatrix(arrays[atom.name]) for atom in value.atoms(sympy.MatrixSymbol)})
    return float(sympy.N(value.doit()))


@pytest.mark.parametrize("notes", [None, []], ids=["no notes", "notes"])
def test_an_arrow_column_is_entry_j_of_the_gradient_with_or_without_notes(notes):
    """The line is the number (1/m) x⃗ⱼᵀ(Xθ − y), equal to the hand-computed entry at two j; the note only when asked."""
    node = latex.parse(TEXT).tree
    value = matrices.build_matrix(node, source=TEXT, notes=notes, arrow_columns=True)
    rng = np.random.default_rng(7)
    X, theta, y = rng.normal(size=(4, 3)), rng.normal(size=3), rng.normal(size=4)
    for j in (1, 3):
        by_hand = float(np.mean(X[:, j - 1] * (X @ theta - y)))
        assert _evaluated(value, X, theta, y, j) == pytest.approx(by_hand, rel=1e-12)
    if notes is not None:
        assert notes == [matrices.COMPONENT_NOTE]

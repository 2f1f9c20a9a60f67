r"""Code and notes from the f70 wave (issue 10, fixf70b): general readings behind its refused items, and their limits.

* a code name of the data matrix whose word says it was transformed (``X_transformed @ w``): the underscore joins
  the name (it is no subscript), and the one name multiplying the parameters is read as X, as ``X_poly`` was;
  ``Xtranspose`` (a transpose already taken) stays refused.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import sympy
from _handcosts import assert_derives, dot, i, j, k, lam, n, noted_everywhere, over_examples, refused, w, y

from logderiv import check, derive

# ---------------------------------------------------------------- X_transformed (f70-ridgeobj)

RIDGEOBJ = "((y - X_transformed @ w).T @ (y - X_transformed @ w)) + ((w.T @ w) * lam)"


def _sse_ridge():
    """Σᵢ (yᵢ − wᵀxᵢ)² + λ Σₖ wₖ²: the ridge objective with no ½ and no mean."""
    return over_examples((y[i] - dot(w)) ** 2) + lam * sympy.Sum(w[k] ** 2, (k, 1, n))


def test_transformed_data_name_is_the_data_matrix_noted():
    """X_transformed is the only name multiplying w: read as X, the ridge objective's gradient by w_j."""
    derivation = derive(RIDGEOBJ, wrt="w_j")
    assert_derives(derivation, _sse_ridge(), w[j])
    noted_everywhere(derivation, "transformed is the code's name of the data matrix")  # Markdown escapes the _


def test_transformed_data_name_checks_answers():
    """By hand: ∇ = 2Xᵀ(Xw − y) + 2λw; without the data term's 2 it is not."""
    right = "((X_transformed.T @ (X_transformed @ w - y)) * 2) + (w * 2 * lam)"
    assert check(right, cost=RIDGEOBJ, wrt="w_j").verdict == "equivalent"
    slip = "(X_transformed.T @ (X_transformed @ w - y)) + (w * 2 * lam)"
    assert check(slip, cost=RIDGEOBJ, wrt="w_j").verdict == "different"


def test_transpose_name_stays_refused():
    """Xtranspose names Xᵀ already taken: never read as the data matrix."""
    refused(derive, "Xtranspose", "((y - Xtranspose @ w).T @ (y - Xtranspose @ w))", wrt="w_j")

r"""Gradient code from the f69 wave (issue 10, fixf69b): general readings behind its refused code items, and limits.

* a loop's row of the data transposed before its product with the parameters (``tx[ind,:].T @ w``): NumPy's
  ``.T`` of the 1-D row taken by one index is the row itself, so the product is the row's dot product with w;

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import sympy
from _handcosts import assert_derives, b_, dot, i, j, lam, m, noted_everywhere, over_examples, refused, sig, w, x, y

from logderiv import check, derive

# ---------------------------------------------------------------- a transposed row in a loop (f69-sloth-epfl)

SLOTH = ("loss = 0\n    for ind in range(len(y)):\n"
         "        loss = loss - y[ind]*tx[ind,:].T @ w + np.log(1+np.exp(tx[ind,:].T @ w))")


def _nll():
    """Σᵢ (log(1 + e^{wᵀxᵢ}) − yᵢ wᵀxᵢ): the summed negative log-likelihood of logistic regression."""
    return over_examples(sympy.log(1 + sympy.exp(dot(w))) - y[i] * dot(w))


def test_transposed_row_in_a_loop_is_the_rows_dot_product_noted():
    """tx[ind,:].T @ w is xᵢᵀw (NumPy's .T of a 1-D array is the array): the summed NLL, its gradient by w_j."""
    derivation = derive(SLOTH, wrt="w_j")
    assert_derives(derivation, _nll(), w[j])
    noted_everywhere(derivation, "whose .T in NumPy is the row itself")


def test_transposed_row_loop_checks_answers():
    """By hand: ∇ = Xᵀ(σ(Xw) − y), with σ written e^t/(1 + e^t); Xᵀ(y − σ) is its negative."""
    answer = "sig = np.exp(tx @ w)/(1+np.exp(tx @ w))\n    grad = tx.T @ ({})"
    assert check(answer.format("sig - y"), cost=SLOTH, wrt="w_j").verdict == "equivalent"
    assert check(answer.format("y - sig"), cost=SLOTH, wrt="w_j").verdict == "different"


def test_transposed_row_used_otherwise_stays_refused():
    """tx[ind,:].T alone (no product with w) is a vector added to a number: still refused, the row named."""
    text = "loss = 0\n    for ind in range(len(y)):\n        loss = loss + y[ind]*tx[ind,:].T"
    refused(derive, "row ind of the data is used otherwise than times the parameters", text, wrt="w_j")


r"""Audit of fixf70b's readings (audit29f): where the statement-built intercept mask was read against the code's order.

fixf70b reads ``mask * w`` (NumPy) and ``mask .* theta`` (Octave), with the mask (0, 1, …, 1) built by statements,
as w with its first entry zeroed, ``[0; w(2:end)]``. The text was rewritten without looking at what stands before
the mask: both languages evaluate ``*``, ``@``, ``/`` left to right, so in

* NumPy's ``w.T @ mask * w`` the mask is taken by ``@`` first: (wᵀ·mask)·w, a number times the vector w — no cost;
* Octave's ``theta' * mask .* theta`` likewise: (θᵀ·mask) .* θ, a vector (main refused it: "1×n and n×1 cannot be
  multiplied entry by entry");

the branch read both as the penalty ½λ Σ_{k≥2} wₖ², a silent regrouping (a wrong reading of the text). After an
operator that takes the mask first (``@``, ``/``, ``**``, ``^``, a transpose's ``*``) the product is no longer
rewritten, so the cost's mask is refused as any other use of it; a product by a number before the mask, or NumPy's
entrywise ``*`` (associative), is read as before, and brackets that say the grouping (``theta' * (mask .* theta)``)
are read right.

Expected gradients are costs written here by hand in sympy, held by ``_oracle.assert_gradient`` (sympy.diff and
central finite differences), never logderiv's own output.
"""

from __future__ import annotations

import sympy
from _handcosts import assert_derives, j, k, lam, m, n, noted_everywhere, refused, theta, w

from logderiv import derive

NUMPY_MASK = ("mask = np.ones_like(w); mask[0] = 0",)
OCTAVE_MASK = ("mask = ones(size(theta)); mask(1) = 0;",)
MASK_REFUSAL = "a cost reads it only as a factor of the parameter vector entry by entry"


def test_numpy_matrix_product_before_the_mask_is_refused():
    """w.T @ mask * w is (wᵀ mask) w in NumPy (left to right), a vector: not the penalty Σ_{k≥2} wₖ²."""
    refused(derive, MASK_REFUSAL, "0.5 * lam * w.T @ mask * w", wrt="w_j", let=NUMPY_MASK)
    refused(derive, MASK_REFUSAL, "0.5 * lam * w @ mask * w", wrt="w_j", let=NUMPY_MASK)


def test_octave_row_times_the_mask_is_refused():
    """theta' * mask .* theta is (θᵀ mask) .* θ in Octave (* and .* left to right), a vector: refused, as on main."""
    refused(derive, MASK_REFUSAL, "lambda/(2*m) * theta' * mask .* theta", wrt="theta_j", let=OCTAVE_MASK)


def test_division_or_power_before_the_mask_is_refused():
    """1 / mask * w is (1/mask)·w and 2 ** mask * w is (2^mask)·w: the mask is no factor of w there."""
    refused(derive, MASK_REFUSAL, "np.sum(1 / mask * w)", wrt="w_j", let=NUMPY_MASK)
    refused(derive, MASK_REFUSAL, "np.sum(2 ** mask * w)", wrt="w_j", let=NUMPY_MASK)
    refused(derive, MASK_REFUSAL, "lambda/(2*m) * sum(theta .^ mask .* theta)", wrt="theta_j", let=OCTAVE_MASK)


def test_bracketed_grouping_is_read():
    """theta' * (mask .* theta) is θᵀ[0; θ(2:end)] = Σ_{k≥2} θₖ²: ∂/∂θⱼ of (λ/2m) Σ_{k≥2} θₖ², noted."""
    derivation = derive("lambda/(2*m) * theta' * (mask .* theta)", wrt="theta_j", let=OCTAVE_MASK)
    assert_derives(derivation, lam / (2 * m) * sympy.Sum(theta[k] ** 2, (k, 2, n)), theta[j])
    noted_everywhere(derivation, "multiplies theta entry by entry by the mask (0, 1, …, 1)")


def test_number_or_entrywise_product_before_the_mask_is_read():
    """A number before the mask (λ * mask .* θ) or NumPy's entrywise w.T * mask * w (w 1-D, w.T is w) groups alike:
    Σ_{k≥2} λθₖ and ½λ Σ_{k≥2} wₖ², by hand."""
    derivation = derive("lambda/2 * sum(lambda * mask .* theta)", wrt="theta_j", let=OCTAVE_MASK)
    assert_derives(derivation, lam / 2 * sympy.Sum(lam * theta[k], (k, 2, n)), theta[j])
    derivation = derive("0.5 * lam * np.sum(w.T * mask * w)", wrt="w_j", let=NUMPY_MASK)
    assert_derives(derivation, lam / 2 * sympy.Sum(w[k] ** 2, (k, 2, n)), w[j])

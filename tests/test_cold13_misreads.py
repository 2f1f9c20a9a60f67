"""Misreads found by the thirteenth blind wave (dask_glm's Logistic family, stats.SE / math.SE answers).

dask_glm writes the logistic negative log-likelihood as

    (Xbeta + log1p(enXbeta)).sum() - dot(y, Xbeta)      with Xbeta = X.dot(beta), enXbeta = exp(-Xbeta)

By hand: Σᵢ [zᵢ + log(1 + e^{−zᵢ})] − Σᵢ yᵢzᵢ = Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ] with zᵢ = βᵀx⁽ⁱ⁾, whose gradient is
Xᵀ(σ(Xβ) − y), i.e. ∂J/∂βⱼ = Σᵢ (σ(zᵢ) − yᵢ) xⱼ⁽ⁱ⁾ (a sum: no 1/m). logderiv read the bare ``dot(y, Xbeta)``
beside the ``.sum()`` as one example's product y·Xbeta standing outside the sum — a number minus one
example's value — and called dask_glm's own gradient ``dot(X.T, p - y)`` "different". The same happened to
any per-example vector of a matrix-form let written outside a sum (``np.sum(Xb) - y*Xb``), which NumPy
broadcasts to a vector: that is now read in matrix form, where the shapes are checked.
"""

from __future__ import annotations

import pytest

from logderiv import check, derive
from logderiv.errors import InputError

COST = "(Xbeta + log1p(enXbeta)).sum() - dot(y, Xbeta)"
LETS = ("Xbeta = X.dot(beta)", "enXbeta = exp(-Xbeta)")


@pytest.mark.parametrize("answer, verdict", [
    # dask_glm's Logistic.gradient, with p = sigmoid(Xbeta): Xᵀ(σ(Xβ) − y), right (worked out above)
    ("dot(X.T, p - y)", "equivalent"),
    ("sum_i (sigmoid(beta^T x^(i)) - y^(i)) x_j^(i)", "equivalent"),
    # the sign flipped (the log-likelihood's ascent direction) and a spurious 1/m: both wrong for this sum
    ("dot(X.T, y - p)", "different"),
    ("dot(X.T, p - y) / m", "different"),
])
def test_dask_logistic_family(answer, verdict):
    result = check(answer, cost=COST, let=(*LETS, "p = sigmoid(Xbeta)"), wrt="beta_j")
    assert result.verdict == verdict


@pytest.mark.parametrize("cost", [COST, "np.sum(Xbeta) - dot(y, Xbeta)", "dot(y, Xbeta)"])
def test_a_bare_dot_of_two_example_vectors_is_their_inner_product(cost):
    # each has Σᵢ yᵢ zᵢ in it: the inner product of two 1-D arrays, noted as such
    derivation = derive(cost, let=LETS, wrt="beta_j")
    assert any("inner product" in note for note in derivation.notes)


@pytest.mark.parametrize("cost", [
    "np.sum(Xbeta) - y*Xbeta",  # a number minus an m-vector: NumPy broadcasts it to a vector, no cost
    "Xbeta.sum() - y * Xbeta",
])
def test_a_vector_beside_a_sum_is_refused(cost):
    with pytest.raises(InputError):
        derive(cost, let=LETS, wrt="beta_j")


def test_inside_the_sum_the_product_is_entrywise():
    # np.sum(Xbeta - y*Xbeta) = Σᵢ (1 − yᵢ) zᵢ: its gradient is Σᵢ (1 − yᵢ) xⱼ⁽ⁱ⁾ (by hand)
    result = check("sum_i (1 - y^(i)) x_j^(i)", cost="np.sum(Xbeta - y*Xbeta)", let=LETS, wrt="beta_j")
    assert result.verdict == "equivalent"

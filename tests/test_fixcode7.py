"""fixcode7: code constructs read with a note — a 1×1 zero stacked on w[1:], the intercept column joined to the data.

Each expected verdict is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"

# J = ½·mean((Xw − y)²) + λ/(2m)Σ_{k≥2}w_k²: ∂J/∂w = (Xᵀ(Xw − y) + λ[0; w₂…])/m (by hand: the penalty's
# derivative is λw_k/m for k ≥ 2 and 0 for the intercept's w₁)
RIDGE = "0.5 * np.mean((X @ w - y)**2) + lam/(2.*y.shape[0]) * np.sum(w[1:]**2)"


@pytest.mark.parametrize("zeroed, verdict", [
    ("np.r_[[[0.]], w[1:]]", EQ),       # tirtha: the 1×1 zero on a column w
    ("np.r_[[[0]], w[1:]]", EQ),
    ("np.r_[[[0.]], w[1:, :]]", EQ),    # the column spelled out
    ("np.r_[0., w[1:]]", EQ),           # a float zero on a 1-D w
    ("np.r_[[0.], w[1:]]", EQ),
    ("w", DIFF),                        # the intercept penalised: λw₁/m too many
])
def test_a_zero_stacked_on_w_without_its_first_entry(zeroed, verdict):
    answer = f"(1./y.shape[0]) * (X.T @ (X @ w - y) + lam * {zeroed})"
    result = check(answer, cost=RIDGE, wrt="w_j")
    assert result.verdict == verdict
    if zeroed.startswith("np.r_"):
        assert any("set to 0" in note and "np.r_" in note for note in result.notes)


@pytest.mark.parametrize("vector", [
    "np.r_[[[1.]], w[1:]]",     # a one on top: not the zeroed w
    "np.r_[0, w[1:, :]]",       # a 1-D zero on a column raises in NumPy
])
def test_other_stacks_are_still_refused(vector):
    with pytest.raises(InputError):
        check(f"(1./y.shape[0]) * (X.T @ (X @ w - y) + lam * {vector})", cost=RIDGE, wrt="w_j")

r"""Families of real text the blind wave f32 (tests/corpus/fresh_thirtysecond.py) showed logderiv refusing (issue 10).

* ``z = \beta_0 + \beta_1x_1 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}`` (NayeyYe/NyeWeb's Chinese notes): the
  example with a 1 stacked on top, so βᵀ(1;x) is β₀ + βᵀx (noted).

Each reading has near variants that mean something else and must stay refused (or read as they mean). Verdicts
are worked out by hand in the comments and the gradients they rest on checked by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(3232)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _notes(result) -> str:
    """Every note the output shows: the answer's and the problem's (the cost's and the lets')."""
    return " | ".join((*result.notes, *result.problem.notes))


# --- the augmented example (1; x) -----------------------------------------------------------------------------------

#: github:NayeyYe/NyeWeb (Chinese notes on logistic regression), '* 负对数似然' and its lets '1.', '2.'
NY_COST = r"l(\beta) = -\sum_{i=1}^n \left[y^{(i)}log(h(x^{(i)})) + (1-y^{(i)})log(1-h(x^{(i)}))     \right]"
NY_LETS = [r"h(x) = \sigma(z) = \frac{1}{1 + e^{-z}}",
           r"z = \beta_0 + \beta_1x_1 + \beta_2x_2 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}"]


def test_nll_with_an_intercept_gradient_by_finite_differences():
    """−Σ[y log σ(β₀ + β·xᵢ) + (1 − y) log(1 − σ(…))]: ∂/∂β = Σ(σᵢ − yᵢ)xᵢ and ∂/∂β₀ = Σ(σᵢ − yᵢ), by hand."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)

    def cost(v):
        p = _sigmoid(v[0] + X @ v[1:])
        return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    v = RNG.normal(size=4)
    residual = _sigmoid(v[0] + X @ v[1:]) - y
    assert np.allclose(_fd(cost, v), np.concatenate([[residual.sum()], X.T @ residual]), atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (r"\sum_{i=1}^n (\sigma(\beta_0 + \beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", "equivalent"),  # FD above
    (r"\sum_{i=1}^n (\sigma(\beta_0 + \beta^T x^{(i)}) - y^{(i)})", "beta_0", "equivalent"),            # FD above
    (r"\sum_{i=1}^n (\sigma(\beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", "different"),            # β₀ dropped
    (r"\sum_{i=1}^n (y^{(i)} - \sigma(\beta_0 + \beta^T x^{(i)})) x_j^{(i)}", "beta_j", "different"),  # minus it
])
def test_augmented_example_in_a_let_chain(answer, wrt, verdict):
    result = check(answer, cost=NY_COST, wrt=wrt, let=NY_LETS)
    assert result.verdict == verdict
    assert "a 1 stacked on top" in _notes(result)


def test_augmented_example_alone_in_a_let():
    # z = wᵀ(1;x) alone: w₀ + wᵀx, so ∂/∂w_j of the NLL is Σ(σ(w₀ + w·xᵢ) − yᵢ)x_ij (FD above, β renamed w)
    cost = r"-\sum_{i=1}^n \left[y^{(i)}\log(h(x^{(i)})) + (1-y^{(i)})\log(1-h(x^{(i)}))\right]"
    lets = [r"h(x) = \sigma(z)", r"z = w^T(1;x)"]
    right = r"\sum_{i=1}^n (\sigma(w_0 + w^T x^{(i)}) - y^{(i)}) x_j^{(i)}"
    assert check(right, cost=cost, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(right, cost=cost, wrt="w_j", let=[r"h(x) = \sigma(z)", r"z = w^T x"]).verdict == "different"


@pytest.mark.parametrize("let", [
    r"z = \beta_1x_1 + \beta_2x_2 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}",  # the written side has no β₀
    r"z = \beta^T\mathbf{(x;1)}",   # the 1 last: the intercept is β's last entry, another numbering
    r"z = \beta^T(1,x)",            # a pair, not the stacked column
    r"z = \beta\mathbf{(1;x)}",     # no transpose
    r"z = \beta^T(2;x)",            # not the intercept's 1
    r"z = \theta^T(1; x)",          # read so, but its respelling would not fit: refused with the spelling to write
])
def test_augmented_example_near_variants_refused(let):
    with pytest.raises(InputError):
        check(r"\sum_{i=1}^n (h(x^{(i)}) - y^{(i)})x_j^{(i)}", cost=NY_COST, wrt="beta_j",
              let=[r"h(x) = \sigma(z) = \frac{1}{1 + e^{-z}}", let])

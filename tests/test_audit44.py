r"""Issue 10, audit44: misreads found in the readings merged by fixf42, fixderiv7, log_guards, fixf43 and the
continued-derivation rule of ``steps``.

Each case names the text, what logderiv read, and the writer's meaning worked out by hand; each is now refused (or
read as the writer means). Gradients the verdicts lean on are checked by central finite differences
(``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import refused_by_logderiv

from logderiv import check

RNG = np.random.default_rng(44)

# ------------------------------------------------------------------ fixf42: an update whose learning rate is a let


def test_a_step_of_eta_over_m_is_the_courses_gradient_step():
    """With η = α/m, θ − η·Σᵢ(hᵢ − yᵢ)xᵢ is θ − α·(1/m)Xᵀ(σ(Xθ) − y): α times the logistic gradient, 1/m and all."""
    X, y, theta, alpha = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6), RNG.normal(size=3), 0.1
    h = 1 / (1 + np.exp(-X @ theta))
    cost = lambda t: -np.mean(y * np.log(1 / (1 + np.exp(-X @ t))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(-X @ t))))
    step = (alpha / 6) * X.T @ (h - y)
    assert np.allclose(step, alpha * _fd(cost, theta), atol=1e-6)


@pytest.mark.parametrize("answer, let", [
    # audit44: each was judged 'different' against the logistic cost, the rate read as 1 and its let dropped: by hand
    # the step is α·(1/m)Σ(h − y)xⱼ (eta = alpha/m), or 0.01·(1/m)Σ… — the gradient's own 1/m is in the let
    ("theta_j := theta_j - eta * sum((h(x_i) - y_i) x_ij)", "eta = alpha/m"),
    ("theta_j := theta_j - lr * sum((h(x_i) - y_i) x_ij)", "lr = 0.01/m"),
    ("theta := theta - eta * g", "eta = 1/m"),
])
def test_a_learning_rate_a_let_defines_is_not_read_as_one(answer, let):
    """Refused at the rate: whether what the let holds besides the step is part of the gradient is not written."""
    lets = [let, "g = sum((h(x_i) - y_i) x_ij)"] if answer.endswith("g") else [let]
    error = refused_by_logderiv(lambda: check(answer, let=lets))
    assert "defined by a --let" in str(error)


def test_a_learning_rate_without_a_let_is_still_read():
    """The same update with α undefined keeps fixf42's reading: (1/m)Σ(h − y)xⱼ, the logistic gradient."""
    verdict = check("theta_j := theta_j - alpha * 1/m * sum((h(x_i) - y_i) x_ij)")
    assert verdict.verdict == "equivalent"

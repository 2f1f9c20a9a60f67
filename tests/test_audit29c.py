r"""Issue 10, audit29c: near-variants of the readings fixleft and fixf29 merged, that mean something else.

Each test names the text, what its writer means (worked out by hand in its docstring or comment), and holds
logderiv to that meaning or to a refusal. Gradients the verdicts lean on are checked by central finite differences
of a NumPy cost written here (``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import notes_of, refused

from logderiv import check, derive

RNG = np.random.default_rng(29)

# ------------------------------------------------------------------ a code comment over a gradient

#: ∂/∂θⱼ of (1/2m)Σ(θᵀx − y)², written as code names a gradient
GRADIENT = "1/m * sum((theta^T x - y) * x_j)"


def test_the_hand_gradient_of_the_half_mean_squared_error():
    """∇ of (1/2m)‖Xθ − y‖² is (1/m)Xᵀ(Xθ − y): GRADIENT entry by entry."""
    X, target, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda v: np.sum((X @ v - target) ** 2) / (2 * len(target))
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - target) / len(target), atol=1e-6)


@pytest.mark.parametrize("head", ["# dJ", "// dJ", "dJ", "# grad", "grad", "# gradient", "# grad_j", "# dtheta",
                                  "# J_grad", "# cost_gradient"])
def test_a_left_side_that_names_a_gradient_is_not_the_cost(head):
    """``# dJ = (1/m)Σ(θᵀx − y)xⱼ`` states ∂J/∂θⱼ (above); it was read as a cost named dJ and differentiated again."""
    error = refused(derive, f"{head} = {GRADIENT}", wrt="theta_j")
    assert "names a gradient" in str(error), str(error)


@pytest.mark.parametrize("head", ["# grad", "grad", "dtheta"])
def test_the_same_line_as_an_answer_is_the_gradient(head):
    """As an answer, the left side names the gradient: (1/m)Σ(θᵀx − y)xⱼ is ∂/∂θⱼ of (1/2m)Σ(θᵀx − y)² (above)."""
    verdict = check(f"{head} = {GRADIENT}", cost="1/(2m) * sum((theta^T x - y)^2)", wrt="theta_j")
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("head", ["# J", "# cost", "J_train"])
def test_a_cost_named_as_code_names_it_still_reads(head):
    """``# J = (1/2m)Σ(θᵀx − y)²``: the cost, whose gradient is GRADIENT (above)."""
    derivation = derive(f"{head} = 1/(2*m) * sum((theta^T x - y)**2)", wrt="theta_j")
    assert check(GRADIENT, cost=f"{head} = 1/(2*m) * sum((theta^T x - y)**2)").verdict == "equivalent"
    assert derivation.result is not None


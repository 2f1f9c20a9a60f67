"""A left side that names one part of a penalised cost (``∂J_{reg}/∂θⱼ``) is refused, not judged as the gradient.

audit37: the reader takes a labelled name for the cost's (E_{in}, the cost's own L_{reg}), so
``\\frac{\\partial J_{reg}}{\\partial \\theta_j} = \\frac{\\lambda}{m}\\theta_j`` beside --cost linear-l2 was judged
"different: the term (1/m) Σ (θᵀx − y)xⱼ is missing" — but (λ/m)θⱼ is exactly the derivative of the penalty
(λ/2m)Σθ_k², the part the label names (premise below), a true claim called wrong. Ng's J_reg is the whole
regularised cost, so which is meant is not said.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(37)
PENALTY_GRADIENT = r"\frac{\partial J_{reg}}{\partial \theta_j} = \frac{\lambda}{m}\theta_j"
WHOLE = r"\frac{1}{m}\sum_i (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j"


def test_the_penalty_alone_has_the_derivative_the_answer_states():
    m, lam, theta = 4, 0.7, RNG.normal(size=3)
    assert np.allclose(_fd(lambda t: lam / (2 * m) * np.sum(t ** 2), theta), lam / m * theta, atol=1e-6)
    with pytest.raises(InputError) as refused:
        check(PENALTY_GRADIENT, cost="linear-l2", wrt="theta_j")
    assert refused.value.column == PENALTY_GRADIENT.index("_{reg}") and "'reg'" in str(refused.value)


@pytest.mark.parametrize("label", ["reg", r"\text{reg}", "data", "penalty"])
def test_every_part_label_beside_a_penalised_cost_is_refused(label):
    with pytest.raises(InputError):
        check(rf"\frac{{\partial J_{{{label}}}}}{{\partial \theta_j}} = " + WHOLE, cost="linear-l2", wrt="theta_j")


def test_the_costs_own_label_and_an_unpenalised_cost_read_as_before():
    # the whole ridge gradient under the cost's own name L_{reg}, and J_{reg} beside a cost with no λ: the cost itself
    own = r"L_{reg}(w) = \frac{1}{2m}\sum_i (w^Tx_i - y_i)^2 + \frac{\lambda}{2m}\sum_k w_k^2"
    answer = r"\frac{\partial L_{reg}}{\partial w_j} = \frac{1}{m}\sum_i (w^Tx_i - y_i)x_{ij} + \frac{\lambda}{m}w_j"
    assert check(answer, cost=own, wrt="w_j").verdict == "equivalent"
    plain = r"\frac{\partial J_{reg}}{\partial \theta_j} = \frac{1}{m}\sum_i (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
    assert check(plain, cost="linear", wrt="theta_j").verdict == "equivalent"
    # E_{in}, the in-sample error (Learning from Data), is a whole cost's name, not a part
    assert check(r"\frac{\partial E_{in}}{\partial \theta_j} = " + WHOLE, cost="linear-l2",
                 wrt="theta_j").verdict == "equivalent"

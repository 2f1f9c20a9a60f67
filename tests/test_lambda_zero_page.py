r"""Issue 10: a page that sets λ = 0 beside a cost with λ — never judged wrong for dropping the penalty.

audit33 found it: "Ridge regression, with $\lambda = 0$:" and then ∂J/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ was judged
wrong against --cost linear-l2, because a page's setting of λ is not read (the cost keeps λ as a symbol). By hand,
at λ = 0 the ridge gradient (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ is exactly that line: the verdict was a confident false
"wrong". Such a page is now refused with a caret at the setting; a page judged right, one that never says λ = 0,
and one setting λ to another number are as before.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import steps
from logderiv.errors import InputError

LINE = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}"
RIDGE_LINE = LINE + r" + \frac{\lambda}{m}\theta_j"


def _page(setting: str, line: str) -> str:
    return f"Ridge regression, with ${setting}$:\n\n$${line}$$\n"


def test_a_page_setting_lambda_zero_is_refused_not_called_wrong():
    # at λ = 0 the ridge gradient (1/m)Xᵀ(Xθ − y) + (λ/m)θ is the page's line (1/m)Xᵀ(Xθ − y), worked here
    rng = np.random.default_rng(4)
    X, y, theta, m = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 5
    assert np.allclose(X.T @ (X @ theta - y) / m + 0.0 / m * theta, X.T @ (X @ theta - y) / m)
    page = _page(r"\lambda = 0", LINE)
    with pytest.raises(InputError, match="sets λ = 0") as caught:
        steps(page, cost="linear-l2", file_kind="markdown")
    assert page[caught.value.column:].startswith(r"\lambda = 0")


def test_the_same_page_keeping_the_penalty_is_still_right():
    assert steps(_page(r"\lambda = 0", RIDGE_LINE), cost="linear-l2", file_kind="markdown").ending == "gradient"


@pytest.mark.parametrize("setting", [r"\lambda = 0.5", r"\lambda \geq 0"])
def test_other_settings_leave_the_verdict_as_it_was(setting):
    """At λ = 0.5 dropping (λ/m)θⱼ is a real slip: still judged wrong."""
    assert steps(_page(setting, LINE), cost="linear-l2", file_kind="markdown").ending == "wrong"

r"""Issue 10: a number in brackets over a name, ``x^{(2)}``, is an example's number — never read as a power.

Notes mark the i-th example x^{(i)}, and a number in the same brackets names one example (Ng's x^{(1)}, the
first). logderiv read ``\frac{1}{2}(\theta^T x^{(2)} - y^{(2)})^2`` as ½((θᵀx)² − y²)², a cost nobody meant, and
derived it with a green ✓: a silent misread (found in this stop's review). A number in brackets over a NAME is now
refused with a caret; over a bracket, ``(h - y)^{(2)}``, it stays the power it must be (no example is marked on a
group). The two readings differ (worked here with NumPy), which is why a guess is not allowed.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check, derive
from logderiv.errors import InputError


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2}(\theta^T x^{(2)} - y^{(2)})^2",
    r"\frac{1}{2}(h_\theta(x^{(1)}) - y^{(1)})^2",
    r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(3)})^2",
])
def test_a_numbered_example_over_a_name_is_refused_with_a_caret(cost):
    with pytest.raises(InputError, match=r"marks example \d") as caught:
        derive(cost)
    assert cost[caught.value.column:].startswith("^{(")


def test_over_a_bracket_the_brackets_stay_a_power():
    """(θᵀx − y)^{(2)} is (θᵀx − y)²: by hand its half's derivative by θⱼ is (θᵀx − y)xⱼ, not twice it."""
    # and the misread's reading of x^{(2)} as a power differs from example 2's cost (worked here)
    rng = np.random.default_rng(2)
    theta, x, y = rng.normal(size=3), rng.normal(size=3), 0.3
    example = 0.5 * (theta @ x - y) ** 2
    power = 0.5 * ((theta @ x) ** 2 - y ** 2) ** 2
    assert not np.isclose(example, power)
    cost = r"\frac{1}{2}(\theta^T x - y)^{(2)}"
    assert check(r"(\theta^T x - y) x_j", cost=cost).verdict == "equivalent"
    assert check(r"2(\theta^T x - y) x_j", cost=cost).verdict == "different"

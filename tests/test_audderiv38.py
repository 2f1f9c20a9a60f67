"""Audit of fixderiv38: a cost written as one name the page defines takes its count of the examples from there.

fixderiv38 took every letter D's definition writes for the cost's count of the examples. A definition writing n as
the features' count (a penalty λ Σ_{j=1}^{n} w_j², beside Σ_{i=1}^{m} over the examples) then let a line's slip,
Σ_{i=1}^{n} over the examples, be read as Σ_{i=1}^{m}: judged the gradient, though it sums n examples of m. Only a
letter the definition counts the examples by is the cost's count. Expectations are worked out by hand and checked
by central differences, never taken from logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import steps_of_page
from _numeric import central_differences

# m examples, n features; the line sums the examples to n: a slip (n is the features' count here)
FEATURES_PAGE = (
    "We have $m$ examples with $n$ features each and minimize "
    "$D=\\sum_{i=1}^m (y_i - w^T x_i)^2 + \\lambda \\sum_{j=1}^n w_j^2$.\n\n"
    "• $\\frac{\\partial D}{\\partial w_k}=\\sum_{i=1}^n 2 (y_i - w^T x_i) (-x_{ik}) + 2 \\lambda w_k$\n"
)


def test_a_sum_to_the_features_count_is_not_the_gradient() -> None:
    # by hand: ∂D/∂w_k = Σ_{i=1}^{m} 2(yᵢ − wᵀxᵢ)(−x_ik) + 2λw_k; the line's Σ_{i=1}^{n} leaves out examples n+1..m
    rng = np.random.default_rng(3)
    m, n, lam = 5, 3, 0.7
    X, y, w = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)

    def cost(v: np.ndarray) -> float:
        return float(np.sum((y - X @ v) ** 2) + lam * np.sum(v ** 2))

    numeric = central_differences(cost, w)
    all_m = np.array([np.sum(2 * (y - X @ w) * -X[:, k]) + 2 * lam * w[k] for k in range(n)])
    first_n = np.array([np.sum(2 * (y[:n] - X[:n] @ w) * -X[:n, k]) + 2 * lam * w[k] for k in range(n)])
    assert np.allclose(numeric, all_m, rtol=1e-6)
    assert not np.allclose(numeric, first_n, rtol=1e-3)


def test_a_line_counting_the_examples_by_the_definitions_feature_count_is_refused(tmp_path: Path) -> None:
    # fixderiv38 read the line's n as m (the n written in D's definition, as the features' count): judged right
    result = steps_of_page(tmp_path, FEATURES_PAGE, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "n counts the examples in this line, but the cost counts the examples by m" in result.stderr

r"""Issue 10, audit24b: an adversarial audit of the fixf61b readings, and the misreads it found, each fixed.

fixf61b refused ``MSE = 1/N * (w*x - y)**2`` (a count over one example's term, no Σ), read ``\\|…\\|`` as the
norm, dropped ``--let 'x_{ij} = x_j^{(i)}'`` and read ``\hat{X}\theta`` as Xθ. Near-variants real notes and code
write were tried against each, the expected result worked out by hand and checked by central finite differences
(``tests/_numeric.py``) before logderiv was run. What read wrong is pinned here:

* the count of the examples over one example's term with no Σ, when the count is m itself or a --let/code says N
  counts the examples (``N = len(x)``, ``/len(x)``), or n: it was read as one example's loss over m, a confident
  gradient of one term where the tutorial means the mean (a right mean answer "different", a one-term answer
  "equivalent"). Refused as the lone N is.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import refused_by_logderiv

from logderiv import check, derive

RNG = np.random.default_rng(2404)

# ------------------------------------------------------------------ a count of the examples over one term, no Σ

#: the PyTorch tutorial's comment (fixf61b's item) with the line its code writes above it, N = len(x)
TORCH_COMMENT = "MSE = 1/N * (w*x - y)**2"


def test_the_two_readings_have_different_gradients():
    """The mean (1/m)Σ(w xᵢ − yᵢ)² has ∂/∂w = (2/m)Σ xᵢ(w xᵢ − yᵢ); one term over m, 2x₁(w x₁ − y₁)/m, is another."""
    x, y, w = RNG.normal(size=5), RNG.normal(size=5), 0.7
    mean = _fd(lambda v: float(np.mean((v[0] * x - y) ** 2)), np.array([w]))[0]
    assert np.isclose(mean, 2 / 5 * float(x @ (w * x - y)), atol=1e-6)
    assert not np.isclose(mean, 2 * x[0] * (w * x[0] - y[0]) / 5, atol=1e-3)


@pytest.mark.parametrize("cost, lets, letter", [
    # the tutorial's N = len(x) (before: one example's 2x(wx − y)/m, with confidence)
    (TORCH_COMMENT, ("N = len(x)",), "m"),
    # variants: N = len(y), N = x.shape[0], the count in code, m itself, 1/(2m) in LaTeX, n (many notes' count)
    (TORCH_COMMENT, ("N = len(y)",), "m"),
    (TORCH_COMMENT, ("N = x.shape[0]",), "m"),
    ("(w*x - y)**2 / len(x)", (), "m"),
    ("1/m * (w*x - y)**2", (), "m"),
    (r"\frac{1}{2m}(h_\theta(x) - y)^2", (), "m"),
    ("1/n * (w*x - y)**2", (), "n"),
    (TORCH_COMMENT, ("N = n",), "N"),
])
def test_the_count_over_one_examples_term_is_refused(cost, lets, letter):
    wrt = "theta_j" if "theta" in cost else "w"
    error = refused_by_logderiv(lambda: derive(cost, wrt=wrt, let=lets))
    assert "with its sum left out" in error.message and "one example's loss" in error.message
    assert error.hint is not None and "Σ" in error.hint
    assert error.column is not None


def test_a_right_mean_answer_is_no_longer_judged_against_one_term():
    """Before: 2/N Σ x(wx − y) (the mean's gradient, above) was "different" and 2/N x(wx − y) "equivalent"."""
    for answer in ("2/N * sum(x*(w*x - y))", "2/N * x*(w*x - y)"):
        refused_by_logderiv(lambda: check(answer, cost=TORCH_COMMENT, wrt="w", let=["N = len(x)"]))


def test_the_sum_written_keeps_the_mean():
    """With the Σ written the text says the mean: its gradient (2/m)Σ xᵢ(w xᵢ − yᵢ) (checked above) is right."""
    cost = "MSE = 1/N * sum((w*x - y)**2)"
    assert check("2/N * sum(x*(w*x - y))", cost=cost, wrt="w", let=["N = len(x)"]).verdict == "equivalent"
    assert check("2/N * x*(w*x - y)", cost=cost, wrt="w", let=["N = len(x)"]).verdict == "different"


def test_the_count_over_a_term_without_data_keeps_its_reading():
    """λ/(2m) w² beside one example's (w x − y)²: ∂/∂w = 2x(wx − y) + λw/m (by hand and finite differences)."""
    x, y, w, lam, m = 0.3, -1.2, 0.8, 0.5, 7.0
    by_hand = 2 * x * (w * x - y) + lam * w / m
    assert np.isclose(_fd(lambda v: (v[0] * x - y) ** 2 + lam / (2 * m) * v[0] ** 2, np.array([w]))[0], by_hand)
    assert check("2*x*(w*x - y) + lambda*w/m", cost="lambda/(2*m) * w**2 + (w*x - y)**2",
                 wrt="w").verdict == "equivalent"

r"""Issue 10, audit24b: an adversarial audit of the fixf61b readings, and the misreads it found, each fixed.

fixf61b refused ``MSE = 1/N * (w*x - y)**2`` (a count over one example's term, no Σ), read ``\\|…\\|`` as the
norm, dropped ``--let 'x_{ij} = x_j^{(i)}'`` and read ``\hat{X}\theta`` as Xθ. Near-variants real notes and code
write were tried against each, the expected result worked out by hand and checked by central finite differences
(``tests/_numeric.py``) before logderiv was run. What read wrong is pinned here:

* the count of the examples over one example's term with no Σ, when the count is m itself or a --let/code says N
  counts the examples (``N = len(x)``, ``/len(x)``), or n: it was read as one example's loss over m, a confident
  gradient of one term where the tutorial means the mean (a right mean answer "different", a one-term answer
  "equivalent"). Refused as the lone N is;
* an entry written in the other order from a dropped ``--let 'x_{ij} = x_j^{(i)}'`` (``x_{ji}`` in an answer, or a
  cost whose sums make i the feature's index): read by its sums' roles and the let dropped, a swapped answer was
  judged "equivalent" and the note claimed a reading the cost did not get. Refused at the entry;
* ``\hat{X}`` read as X in an answer to a cost in a plain X (or a cost in X̂ beside an answer in X): "no plain X
  is written" held in the one text only, and a gradient in another matrix (X standardised, or with its ones
  column) was judged "equivalent". Refused, naming both.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_verdict_read, refused_by_logderiv

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


# ------------------------------------------------------------------ x_{ji} beside --let 'x_{ij} = x_j^{(i)}'

#: fixf61b's Japanese ridge note (public code index file 37825152493): ½Σ(wᵀxᵢ − yᵢ)² + (λ/2)‖w‖², bars escaped
JP_RIDGE = (r"J_2(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2 + \frac{\lambda}{2} "
            r"\\|\bm{w}\\|_2^2")
JP_H = r"h_{\bm{w}}(\bm{x}) = \bm{w}^T\bm{x}"
JP_ENTRY = "x_{ij} = x_j^{(i)}"
#: its gradient component by component, in the let's entries x_{ij} (example i, feature j)
JP_COMPONENT = r"\sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})x_{ij} + \lambda w_j"


def test_the_ridge_gradient_by_hand():
    """∂/∂wⱼ of ½Σᵢ(wᵀxᵢ − yᵢ)² + (λ/2)‖w‖² is Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + λwⱼ (finite differences)."""
    X, y, w, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.3
    grad = _fd(lambda v: 0.5 * float((X @ v - y) @ (X @ v - y)) + lam / 2 * float(v @ v), w)
    assert np.allclose(grad, X.T @ (X @ w - y) + lam * w, atol=1e-5)


def test_the_entries_in_the_lets_order_stay_read():
    assert_verdict_read(JP_COMPONENT, JP_RIDGE, "equivalent", wrt="w_j", lets=(JP_H, JP_ENTRY))


@pytest.mark.parametrize("answer", [
    # the entries swapped: by the let x_{ji} is feature i of example j (before: "equivalent", read by roles)
    JP_COMPONENT.replace("x_{ij}", "x_{ji}"),
    JP_COMPONENT.replace("x_{ij}", "x_{j,i}"),
])
def test_an_answer_with_the_entry_swapped_is_refused(answer):
    error = refused_by_logderiv(lambda: check(answer, cost=JP_RIDGE, wrt="w_j", let=[JP_H, JP_ENTRY]))
    assert "writes the example first and the feature second" in error.message
    assert error.column is not None and answer[error.column] == "x"


@pytest.mark.parametrize("cost, entry", [
    # one example per column (CS4780's d×n X): the sums make j the example's index, i the feature's (before: the let
    # was dropped with a note saying x_{ij} is feature j of example i, and x_{ij} read as feature i of example j)
    (r"\sum_{j=1}^{m} (y_j - \sum_{i=1}^{n} w_i x_{ij})^2", JP_ENTRY),
    (r"\sum_{i=1}^{m} (y_i - \sum_{j=1}^{n} w_j x_{ji})^2", JP_ENTRY),
    (r"\sum_{i=1}^{m} (y_i - \sum_{k=1}^{n} w_k x_{ki})^2", "x_{ik} = x_k^{(i)}"),
])
def test_a_cost_against_the_lets_order_is_refused(cost, entry):
    error = refused_by_logderiv(lambda: derive(cost, wrt="w_j", let=[entry]))
    assert entry in error.message and "feature second" in error.message


# ------------------------------------------------------------------ \hat{X} in one text, a plain X in the other

#: the least-squares cost in X (Ng's matrix form), and an answer in X̂ (a standardised X, as a student's notes write it)
LS_X = r"\frac{1}{2m}\|X\theta - y\|^2"
LS_HAT = r"\frac{1}{2m}\|\hat{X}\theta - y\|^2"


def test_another_matrix_gives_another_gradient():
    """∇ (1/2m)‖Xθ − y‖² = (1/m)Xᵀ(Xθ − y) (finite differences); with X̂ = X standardised, (1/m)X̂ᵀ(X̂θ − y) is not it."""
    X, y, theta = RNG.normal(size=(6, 3)) * 3 + 1, RNG.normal(size=6), RNG.normal(size=3)
    grad = _fd(lambda v: float((X @ v - y) @ (X @ v - y)) / 12, theta)
    assert np.allclose(grad, X.T @ (X @ theta - y) / 6, atol=1e-5)
    Xs = (X - X.mean(axis=0)) / X.std(axis=0)
    assert not np.allclose(grad, Xs.T @ (Xs @ theta - y) / 6, atol=1e-3)


@pytest.mark.parametrize("answer, cost", [
    # before: "equivalent", X̂ read as the cost's X
    (r"\frac{1}{m}\hat{X}^T(\hat{X}\theta - y)", LS_X),
    (r"\frac{1}{m}X^T(X\theta - y)", LS_HAT),
])
def test_hatted_and_plain_x_across_cost_and_answer_are_refused(answer, cost):
    error = refused_by_logderiv(lambda: check(answer, cost=cost))
    assert "the same matrix, or X̂ another" in error.message and "hat{X}" in error.hint


def test_hatted_x_in_both_stays_read():
    """(1/m)X̂ᵀ(X̂θ − y) against (1/2m)‖X̂θ − y‖², X̂ the data matrix in both (the gradient above): equivalent."""
    assert_verdict_read(r"\frac{1}{m}\hat{X}^T(\hat{X}\theta - y)", LS_HAT, "equivalent")

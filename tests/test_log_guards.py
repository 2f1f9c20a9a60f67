"""A small ε inside a log, a guard against log(0), read away with a note (logderiv/notation/log_guards.py).

f44-turkish (a blind wave, Turkish-commented NumPy) writes the loss
``-np.sum(y_true * np.log(y_pred + 1e-9) + (1 - y_true) * np.log(1 - y_pred + 1e-9)) / m`` and, as its gradient,
``np.dot(X.T, (y_pred - y)) / m``: the gradient of the cross-entropy without the ε, which the code adds only so that a
prediction of exactly 0 or 1 gives no −∞. Kept as written, the ε-cost's exact gradient differs from it by a factor
p/(p + ε) per example (about 10⁻⁹/p relative), which the 10⁻⁸ check sees wherever p < 0.1: the writer's right gradient
was judged 'different' — a false verdict on arrival. The meanings, by hand and by finite differences below:

* J(w, b) = −(1/m) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], pᵢ = σ(wᵀxᵢ + b): ∂J/∂wⱼ = (1/m) Σᵢ (pᵢ − yᵢ) xᵢⱼ,
  ∂J/∂b = (1/m) Σᵢ (pᵢ − yᵢ) — the writer's cost, read with every ε from 10⁻¹⁰ to 10⁻⁶ away;
* with ε = 10⁻⁵ (a lab's ``eps = 1e-5``, kept as written): ∂J_ε/∂θⱼ = (1/m) Σᵢ pᵢ(1 − pᵢ)[(1 − yᵢ)/(1 − pᵢ + ε) −
  yᵢ/(pᵢ + ε)] xᵢⱼ, which differs from (1/m) Σ (p − y) xⱼ by about 10⁻⁵/p: still 'different' (tests/test_numpy_tenth.py);
* a number that is not added to the log's argument (log(10⁻⁹·p) = log p − 9 log 10) is no guard and changes nothing
  in the gradient anyway; a guard of the wrong sign (log(p − 10⁻⁹)) is not read away.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences

from logderiv import check, derive

_LOSS = "-np.sum(y_true * np.log(y_pred + 1e-9) + (1 - y_true) * np.log(1 - y_pred + 1e-9)) / m"
_LETS = ("y_true = y", "y_pred = sigmoid(linear_output)", "linear_output = np.dot(X, weights) + bias")
_GUARD_NOTE = "added inside a log is a guard against log(0)"


def _sig(z):
    return 1 / (1 + np.exp(-z))


def test_the_writers_gradient_is_the_guardless_costs_by_finite_differences():
    generator = np.random.default_rng(44)
    m, n = 7, 3
    X, y = generator.normal(size=(m, n)), generator.integers(0, 2, size=m).astype(float)
    w, b = generator.normal(size=n), 0.3

    def cost(v):
        p = _sig(X @ v[:n] + v[n])
        return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)) / m

    p = _sig(X @ w + b)
    assert np.allclose(central_differences(cost, np.append(w, b)), np.append(X.T @ (p - y) / m, np.mean(p - y)),
                       atol=1e-7)


@pytest.mark.parametrize("answer, wrt", [("np.dot(X.T, (y_pred - y)) / m", "weights_j"),
                                         ("np.sum(y_pred - y) / m", "b")])
def test_the_turkish_codes_gradient_is_equivalent_with_a_note(answer, wrt):
    verdict = check(answer, cost=_LOSS, let=_LETS, wrt=wrt)
    assert verdict.verdict == "equivalent"
    assert any(_GUARD_NOTE in note and "10⁻⁹" in note for note in verdict.problem.notes), verdict.problem.notes


def test_a_slip_beside_the_guard_is_still_different():
    """The residual flipped, Xᵀ(y − p)/m = −∂J/∂w: different, the guard notwithstanding."""
    assert check("np.dot(X.T, (y - y_pred)) / m", cost=_LOSS, let=_LETS, wrt="weights_j").verdict == "different"


@pytest.mark.parametrize("epsilon", ["1e-7", "1e-8", "0.000001"])
def test_a_guard_named_by_a_let_or_written_as_a_decimal_is_read_away(epsilon):
    cost = "(1/m) * (((-y).T @ np.log(h + eps)) - ((1-y).T @ np.log(1-h + eps)))"
    lets = ("m = len(y)", "h = sigmoid(X.dot(theta))", f"eps = {epsilon}")
    verdict = check("X.T @ (h - y) / m", cost=cost, let=lets)
    assert verdict.verdict == "equivalent"
    assert any(_GUARD_NOTE in note for note in verdict.problem.notes), verdict.problem.notes


def test_the_derived_gradient_is_the_guardless_costs():
    result = derive(_LOSS, wrt="b", let=_LETS)
    assert "1000000000" not in str(result.result)  # no ε left in the derived gradient
    assert any(_GUARD_NOTE in note for note in result.problem.notes)


def test_a_larger_epsilon_is_kept_and_a_gradient_without_it_differs():
    cost = _LOSS.replace("1e-9", "1e-5")
    verdict = check("np.dot(X.T, (y_pred - y)) / m", cost=cost, let=_LETS, wrt="weights_j")
    assert verdict.verdict == "different"
    assert not any(_GUARD_NOTE in note for note in verdict.problem.notes)


def test_a_minus_epsilon_is_no_guard():
    """log(p − 10⁻⁹) is not log(0)'s guard (it makes log(0) nearer): kept, so the ε-free gradient differs."""
    cost = _LOSS.replace("y_pred + 1e-9", "y_pred - 1e-9")
    verdict = check("np.dot(X.T, (y_pred - y)) / m", cost=cost, let=_LETS, wrt="weights_j")
    assert not any(_GUARD_NOTE in note for note in verdict.problem.notes)

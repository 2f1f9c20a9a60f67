r"""An adversarial audit of fixleft28's readings (session 28, issue 10): where a new reading gave a verdict it should not.

* A "where" clause after an answer was taken as a --let where the cost's TEXT did not write its name; a formula
  cost's --let s are the cost's too, so ``…, where z = θᵀx`` beside ``--cost '…log(h)…' --let 'h = sigmoid(z)'``
  defined the cost's z (a cost that, as given, does not depend on θ) and was judged against that new cost.
* A clause defining a name the answer never writes (``1/m sum((h - y) x_j), where z = θᵀx + 1``) was read as an
  unused --let and the answer judged "equivalent" with the preset's h = σ(θᵀx), though the only thing such a
  clause can define is the answer's h through z (h = σ(θᵀx + 1), another model): refused now.
* ``≈`` was read as '=' wherever the answer had one, though its reading (and note) is for a left side that names
  the derivative: ``θⱼ ≈ θⱼ − α…`` (an update rule, which ≈ makes no update), ``A ≈ B`` (a chain) and a clause's
  ``where z ≈ θᵀx`` (a --let, where ≈ is refused) were judged as equalities. Refused now, as ≈ is elsewhere.

The refused readings' mathematics is checked with NumPy (finite differences of the costs written by hand), the
readings kept by the corpus judge (tests/corpus/judge.py).
"""
from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_verdict_read, refused
from logderiv import check


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _cross_entropy_gradient(X, y, theta, shift=0.0, scale=1.0):
    """∂/∂θ of −(1/m) Σ [y log σ(s) + (1 − y) log(1 − σ(s))] with s = scale·θᵀx + shift, by central differences."""
    def cost(t):
        h = _sigmoid(scale * X @ t + shift)
        return -(y * np.log(h) + (1 - y) * np.log(1 - h)).mean()

    step = 1e-6
    return np.array([(cost(theta + step * e) - cost(theta - step * e)) / (2 * step) for e in np.eye(len(theta))])


DATA = (np.random.default_rng(28).normal(size=(6, 3)), np.array([0., 1, 1, 0, 1, 0]), np.array([.4, -.3, .2]))


# --- a clause whose name the cost's --let writes ---------------------------------------------------------------------

COST_OF_H = "-1/m sum(y log(h) + (1-y) log(1-h))"


@pytest.mark.parametrize("answer", [
    "1/m sum((sigmoid(z) - y) x_j), where z = theta^T x",
    "1/m sum((sigmoid(z) - y) x_j), where z = 2 theta^T x",
])
def test_a_clause_defining_a_name_of_the_costs_let_is_refused(answer):
    # the cost's --let h = σ(z) leaves z to be defined: the answer's clause would define the cost's z, and so the cost
    # (with z = 2θᵀx the true gradient is 2/m Σ(σ − y)xⱼ, twice the answer's: see the numbers below)
    X, y, theta = DATA
    doubled = _cross_entropy_gradient(X, y, theta, scale=2.0)
    assert np.allclose(doubled, 2 * X.T @ (_sigmoid(2 * X @ theta) - y) / len(y), atol=1e-6)
    error = refused(check, answer, cost=COST_OF_H, let=["h = sigmoid(z)"])
    assert "the answer's clause defines z, which the cost's --let writes too" in error.message
    assert error.label == "ANSWER" and answer[error.column:].startswith("z = ")
    assert "--let 'z = " in error.hint


def test_the_same_clause_beside_a_cost_that_defines_it_alike_is_read():
    # the cost's --let s already say z = θᵀx: nothing changes, so the clause is read (as fixleft28 reads h)
    answer = "1/m sum((sigmoid(z) - y) x_j), where z = theta^T x"
    assert_verdict_read(answer, COST_OF_H, "equivalent", lets=("h = sigmoid(z)", "z = theta^T x"))


# --- a clause whose name the answer does not write ----------------------------------------------------------------

@pytest.mark.parametrize("answer, cost", [
    ("1/m sum((h - y) x_j), where z = theta^T x + 1", "logistic"),
    ("1/m sum((h - y) x_j), where a = theta^T x + 1", "logistic"),
    ("1/m sum((h - y) x_j), where z = theta^T x + 1", "linear"),
    (r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} \quad \text{where } z = \theta^T x + 1",
     "logistic"),
])
def test_a_clause_the_answer_does_not_use_is_refused(answer, cost):
    # read as an unused --let, the answer was "equivalent" with the preset's h = σ(θᵀx); read as the writer's h = σ(z)
    # the answer is the gradient of another cost: the two differ (by finite differences)
    X, y, theta = DATA
    assert not np.allclose(_cross_entropy_gradient(X, y, theta), _cross_entropy_gradient(X, y, theta, shift=1.0))
    error = refused(check, answer, cost=cost)
    assert "which the answer before it does not write" in error.message
    assert error.label == "ANSWER"
    assert answer[error.column:].lstrip().startswith(("z = ", "a = "))


@pytest.mark.parametrize("answer, verdict", [
    ("1/m sum((sigmoid(z) - y) x_j), where z = theta^T x", "equivalent"),   # (1/m)Σ(σ(θᵀx) − y)xⱼ, by hand
    ("1/m sum((sigmoid(z) - y) x_j), where z = theta^T x + 1", "different"),  # σ(θᵀx + 1): another model
])
def test_a_clause_the_answer_uses_is_still_read(answer, verdict):
    assert_verdict_read(answer, "logistic", verdict)


# --- ≈ before a left side that names no derivative --------------------------------------------------------------

@pytest.mark.parametrize("answer, sign", [
    (r"\theta_j \approx \theta_j - \alpha \frac{1}{m}\sum_i (h_i - y_i) x_{ij}", r"\approx"),   # an update rule
    (r"\theta_j \approx \theta_j - \alpha \frac{1}{m}\sum_i (h_i - y_i)", r"\approx"),
    ("1/m sum((h - y) x_j) ≈ 1/m sum((h - y) x_j)", "≈"),                                     # a chain
    ("1/m sum((sigmoid(z) - y) x_j), where z ≈ theta^T x", "≈"),                              # a clause's --let
    ("1/m sum((sigmoid(z) - y) x_j), where z ≈ theta^T x + 1", "≈"),
])
def test_approximately_equal_with_no_derivative_on_its_left_is_refused(answer, sign):
    # each was judged as if '=' stood there (equivalent, or undecided), under a note saying the left side named the
    # derivative; ≈ makes no update rule, chain or definition, which are read only as equalities
    error = refused(check, answer, cost="logistic", timeout=120)
    assert f"'{sign}' (approximately equal) is read only between the derivative an answer names" in error.message
    assert error.label == "ANSWER" and error.source == answer
    assert answer[error.column:].startswith(sign)


@pytest.mark.parametrize("answer, verdict", [
    # the logistic gradient is (1/m)Σ(σ(θᵀx) − y)xⱼ (by hand; the judge checks the '=' forms by finite differences)
    ("grad ≈ 1/m sum((h - y) x_j)", "equivalent"),
    (r"\nabla J \approx \frac{1}{m}X^T(h - y)", "equivalent"),
    (r"-\frac{\partial J}{\partial \theta_j} \approx \frac{1}{m}\sum_i (h_i - y_i) x_{ij}", "undecided"),  # −∇J
])
def test_approximately_equal_after_a_named_derivative_is_still_read(answer, verdict):
    written = answer.replace(r"\approx", "=").replace("≈", "=")
    assert_verdict_read(written, "logistic", "equivalent" if verdict == "equivalent" else "different")
    result = check(answer, cost="logistic", timeout=120)
    assert result.verdict == verdict
    assert any("'≈' after the left side is read as '='" in note for note in result.notes)

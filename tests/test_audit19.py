r"""Audit of the readings merged with fixtex3 and lead (xw, \cdots over the examples, per-example function
lets, \min\{…\}, RSS chains, NumPy's x * w, x_ij, undefined letters as constants): the misreads found.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every refusal is of a text with two readings,
both named in the test's docstring.
"""

from __future__ import annotations

import pytest
import sympy

from _oracle import assert_gradient
from _reading import notes_of, refused
from logderiv import derive
from logderiv.notation import free_constants, symbols

i = symbols.example_index
m = symbols.m
x, y = symbols.vector("x"), symbols.vector("y")
w_, b_ = symbols.scalar("w"), symbols.scalar("b")

ONE_FEATURE = "h(x) = w x + b"


# ---------------------------------------------------------------- h(x_1): a defined name before a numbered x


@pytest.mark.parametrize(("cost", "let"), [
    # the 西瓜书's run over the examples with the prediction written as a call: read as h·xᵢ it derived
    # Σ(h(x⁽ⁱ⁾)·xᵢ − yᵢ)², a cost nobody wrote
    (r"J = \frac{1}{m}[(h(x_1) - y_1)^2 + \cdots + (h(x_m) - y_m)^2]", r"h(x) = wx+b"),
    (r"(h(x_{1}) - y)^2", r"h(x) = wx+b"),
    ("(h(x_1) - y)^2", ONE_FEATURE),
    ("1/m * sum((h(x_j) - y)^2)", ONE_FEATURE),
])
def test_a_call_on_a_numbered_x_is_refused_naming_both_readings(cost, let):
    """h(x_1) is h at the first example (or at feature 1) or h times x_1: neither is picked."""
    error = refused(derive, cost, wrt="w", let=(let,))
    assert "is ambiguous" in str(error) and "times x_" in str(error), str(error)
    assert "h(x^(i))" in error.hint


def test_a_call_on_x_numbered_by_an_aliased_example_index_is_the_prediction():
    r"""\sum_{n=1}^{N} (h(x_n) - y_n)^2 is Bishop's Σₙ (h(xₙ) − yₙ)²: n marks the example (it was h·xₙ, silently).

    By hand: with h(x) = w x + b, (1/N) Σₙ (w xₙ + b − yₙ)²; its gradient in w is held to sympy.diff and to
    finite differences by the oracle.
    """
    cost = sympy.Sum((w_ * x[i] + b_ - y[i]) ** 2, (i, 1, m)) / m
    for text, let in ((r"\frac{1}{N}\sum_{n=1}^{N} (h(x_n) - y_n)^2", r"h(x) = wx+b"),
                      ("1/N * sum_{n=1}^N (h(x_n) - y_n)^2", ONE_FEATURE)):
        derivation = derive(text, wrt="w", let=(let,))
        problem = derivation.problem
        assert_gradient(cost, w_, problem.expand_definitions(derivation.result), problem.definitions)


def test_a_call_on_the_example_is_still_a_call():
    """h(x_i) in a sum over i (and h(x)) stay the prediction of the example: Σᵢ (w xᵢ + b − yᵢ)²/m."""
    cost = sympy.Sum((w_ * x[i] + b_ - y[i]) ** 2, (i, 1, m)) / m
    for text in ("1/m * sum((h(x_i) - y_i)^2)", "1/m * sum((h(x) - y)^2)"):
        derivation = derive(text, wrt="w", let=(ONE_FEATURE,))
        problem = derivation.problem
        assert_gradient(cost, w_, problem.expand_definitions(derivation.result), problem.definitions)


# ---------------------------------------------------------------- the index of --wrt w_j is no constant


def test_the_index_of_the_component_asked_for_is_not_named_a_constant():
    """Σᵢ (yᵢ − wᵀxᵢ)² + λwⱼ² by wⱼ: j is the component's index, free in the cost; the note called it undefined.

    By hand: ∂/∂wⱼ = −2 Σᵢ (yᵢ − wᵀxᵢ) xᵢⱼ + 2λwⱼ (held to sympy.diff and finite differences). audit25m: the
    cost this test first wrote, Σᵢ (yᵢ − wⱼ x_ij)², is now refused: wⱼx_ij with j free is a model of feature j
    alone or Σⱼ wⱼx_ij with its sum left out, whose gradients differ (tests/test_audit25m.py); the penalty's wⱼ²
    has one gradient either way, so it keeps this test's point.
    """
    j = symbols.wrt_index
    k = sympy.Symbol("k", integer=True)
    theta = symbols.vector("w")
    lam = symbols.scalar("lambda")
    cost = sympy.Sum((y[i] - sympy.Sum(theta[k] * x[i, k], (k, 1, symbols.n))) ** 2, (i, 1, m)) + lam * theta[j] ** 2
    derivation = derive("sum_i (y_i - w^T x_i)^2 + lambda w_j^2", wrt="w_j")
    problem = derivation.problem
    assert_gradient(cost, theta[j], problem.expand_definitions(derivation.result), problem.definitions)
    assert not any(free_constants.CONSTANT_NOTE_MARK in note for note in notes_of(derivation)), notes_of(derivation)


def test_a_letter_that_is_no_index_is_still_named_a_constant():
    """(y − c θᵀx)² by θⱼ: c is still a constant, and said so."""
    derivation = derive("(y - c theta^T x)^2", wrt="theta_j")
    assert any(note.startswith("c is " + free_constants.CONSTANT_NOTE_MARK) for note in notes_of(derivation))


def test_names_of_wrt():
    theta = symbols.vector("theta")
    assert free_constants.names_of_wrt(theta[symbols.wrt_index]) == {symbols.wrt_index.name}
    assert free_constants.names_of_wrt(b_) == {"b"}

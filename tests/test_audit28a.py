r"""Audit of fixf69a's two readings (issue 10): a --let whose head lost its ')' and a name two --let s define.

Why: the rule for a name defined twice meant to compare the two values at random points, but the comparison put
a number for the example index i into the sum that binds it, crashed, and so never ran: only values built alike
were read once, and the note's "compared at random points" was never so. Made to run, it had to be made sound
first: it compared the sums over the examples (the mean prediction sums as the predictions do), at one size of
the data only (three examples, two features: ``w_1 x_1 + w_2 x_2 + b`` beside ``\vec{w} \cdot \vec{x} + b`` or
``\frac{3}{m}`` agree there), and passed over points where a value is not finite. Now terms are compared, at
three sizes, and a point that is not finite leaves it unsure (refused). Truth is worked by hand and held to finite
differences (``_numeric``) or the corpus judge, never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.errors import InputError
from logderiv.notation import symbols
from logderiv.notation.twice_defined import same_at_random_points

LL_F = r"f_{\vec{w},b}(\vec{x}) = \frac{1}{1 + e^{-(\vec{w} \cdot \vec{x} + b)}}"
LL_COST = (r"J(\vec{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f^{(i)}) + (1 - y^{(i)}) "
           r"\log(1 - f^{(i)}) \right]")
LL_DW = r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right) x_j^{(i)}"
SQ_COST = r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(f^{(i)} - y^{(i)} \right)^2"
# 1 − 1/(1 + e^z) = e^z/(1 + e^z) = 1/(1 + e^{−z}) (by hand): the same value, written otherwise; so is
# 1/2 + tanh(z/2)/2 (tanh(u) = (e^{2u} − 1)/(e^{2u} + 1), so it is (1/2)(2e^z/(e^z + 1)))
EXP_FORM = r"f^{(i)} = 1 - \frac{1}{1 + e^{\vec{w} \cdot \vec{x}^{(i)} + b}}"
TANH_FORM = r"f^{(i)} = \frac{1}{2} + \frac{1}{2}\tanh(\frac{\vec{w} \cdot \vec{x}^{(i)} + b}{2})"


def _cross_entropy_w_b(d) -> float:
    """−(1/m)Σ[yᵢ log σ(w·xᵢ + b) + (1 − yᵢ) log(1 − σ(w·xᵢ + b))], by hand."""
    s = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


@pytest.mark.parametrize("second", [EXP_FORM, TANH_FORM])
def test_a_second_let_equal_by_value_but_not_by_build_is_read_once(second):
    """The random-point comparison runs: 1 − 1/(1 + e^z) beside 1/(1 + e^{-z}) is one f (refused before: it
    crashed, and only values built alike were read once)."""
    assert_gradient_read(LL_COST, _cross_entropy_w_b, wrt=("w_j", "b"), lets=(LL_F, second))
    assert_verdict_read(LL_DW, LL_COST, "equivalent", wrt="w_j", lets=(LL_F, second))
    assert_verdict_read(LL_DW.replace("f^{(i)} - y^{(i)}", "y^{(i)} - f^{(i)}"), LL_COST, "different", wrt="w_j",
                        lets=(LL_F, second))
    said = "the two give the same value at every example (compared at random points)"
    assert any(said in note for note in notes_of(logderiv.check(LL_DW, cost=LL_COST, wrt="w_j", let=(LL_F, second))))


@pytest.mark.parametrize(("cost", "lets"), [
    # 1 − 1/(1 + e^{w·x − b}): another bias sign
    (LL_COST, (LL_F, EXP_FORM.replace("+ b", "- b"))),
    # two features written out: w·x + b at n = 2 only
    (SQ_COST, (r"f_{\vec{w},b}(\vec{x}) = w_1 x_1 + w_2 x_2 + b", r"f^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b")),
    (SQ_COST, (r"f^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b", r"f_{\vec{w},b}(\vec{x}) = w_1 x_1 + w_2 x_2 + b")),
    # a size in the value: the same at m = 3 only
    (SQ_COST, (r"f_{\vec{w},b}(\vec{x}) = \vec{w} \cdot \vec{x} + b",
               r"f^{(i)} = \frac{3}{m} f_{\vec{w},b}(\vec{x}^{(i)})")),
    # √(z²) is |z|, not z: the same at a positive score only
    (SQ_COST, (r"f_{\vec{w},b}(\vec{x}) = \vec{w} \cdot \vec{x} + b",
               r"f^{(i)} = \sqrt{(\vec{w} \cdot \vec{x}^{(i)} + b)^2}")),
])
def test_two_lets_that_agree_at_one_size_or_sign_only_stay_refused(cost, lets):
    error = refused_by_logderiv(lambda: logderiv.check(LL_DW, cost=cost, wrt="w_j", let=lets))
    assert isinstance(error, InputError) and "'f' is defined twice" in str(error)


def _x(i, k):
    return sympy.Indexed(sympy.IndexedBase("x"), i, k)


def _w(k):
    return sympy.Indexed(sympy.IndexedBase("w"), k)


I, M, N = symbols.example_index, symbols.m, symbols.n
K, P = sympy.Symbol("k", integer=True), sympy.Symbol("p", integer=True)
SCORE = sympy.Sum(_w(K) * _x(I, K), (K, 1, N))


def _over_examples(term):
    return sympy.Sum(term, (I, 1, M))


@pytest.mark.parametrize(("first", "second", "same"), [
    # by hand: the two forms of the sigmoid are equal everywhere
    (1 / (1 + sympy.exp(-SCORE)), sympy.exp(SCORE) / (1 + sympy.exp(SCORE)), True),
    # the mean prediction sums over the examples as the predictions do, but is no prediction of example i
    (SCORE, sympy.Sum(SCORE.subs(I, P), (P, 1, M)) / M, False),
    # w₁x₁ + w₂x₂ is w·x at n = 2 only
    (SCORE, _w(1) * _x(I, 1) + _w(2) * _x(I, 2), False),
    # 3/m is 1 at m = 3 only
    (SCORE, 3 * SCORE / M, False),
    # x⁽ᵐ⁺¹⁻ⁱ⁾: the examples in reverse order sum alike, term by term they differ
    (SCORE, SCORE.subs(I, M + 1 - I), False),
])
def test_the_comparison_is_term_by_term_at_several_sizes(first, second, same):
    assert same_at_random_points(_over_examples(first), _over_examples(second)) is same



# velog's note with its two lets in the other order: read_restated_lets (gone in fixf69a) read it, the rule that
# replaced it compared the later let with the earlier only, so the restatement written first was refused
VELOG_F = r"f(x) = \frac{1}{1 + e^{-(w \cdot x + b)}}"
VELOG_FI = r"f^{(i)} = f(x^{(i)})"
VELOG_COST = (r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f^{(i)}) + (1 - y^{(i)}) "
              r"\log(1 - f^{(i)}) \right]")
VELOG_DB = r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (f^{(i)} - y^{(i)})"


@pytest.mark.parametrize(("answer", "verdict"), [
    (VELOG_DB, "equivalent"),  # by hand: ∂/∂b of the mean cross-entropy of σ(w·x + b) is (1/m)Σ(σ − y)
    (VELOG_DB.replace("f^{(i)} - y^{(i)}", "y^{(i)} - f^{(i)}"), "different"),
])
def test_a_restatement_written_before_the_definition_is_read_once(answer, verdict):
    assert_verdict_read(answer, VELOG_COST, verdict, wrt="b", lets=(VELOG_FI, VELOG_F))
    assert_gradient_read(VELOG_COST, _cross_entropy_w_b, wrt=("w_j",), lets=(VELOG_FI, VELOG_F))
    said = "defines f again, beside --let f(x) = \\frac{1}{1 + e^{-(w \\cdot x + b)}}: its value is the other let's f"
    assert any(said in note for note in notes_of(logderiv.check(answer, cost=VELOG_COST, wrt="b",
                                                                let=(VELOG_FI, VELOG_F))))


def test_a_restatement_written_first_that_differs_stays_refused():
    error = refused_by_logderiv(lambda: logderiv.check(VELOG_DB, cost=VELOG_COST, wrt="b",
                                                       let=(r"f^{(i)} = 2f(x^{(i)})", VELOG_F)))
    assert "'f' is defined twice" in str(error)

"""A bracket lost after a slash (hunt5's M1 and M2): refused with both readings, never read silently.

DeepLearning.AI's dz for the cross-entropy, −y/a + (1 − y)/(1 − a) = (a − y)/(a(1 − a)) (by hand: over the
common denominator a(1 − a) the numerator is −y(1 − a) + (1 − y)a = a − y), is typed by students as
``(a - y)/a(1 - a)`` and ``-y/a + (1-y)/1-a``. Read left to right the first is ((a − y)/a)(1 − a) and the
second (1 − y) − a: both right answers were called "different" with no note. Dividing by 1 is never meant,
and a product followed by a bracket after a slash, glued or spaced, has two readings; both are refused at the place, the
readings named. Spaced factors and a count before its bracket keep their documented readings.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

COST = "-(y log(a) + (1-y) log(1-a))"
LATEX_COST = r"-(y \log(a) + (1-y) \log(1-a))"
P_COST = "-(y log(p) + (1-y) log(1-p))"


@pytest.mark.parametrize("answer, cost, wrt, column", [
    ("(a - y)/a(1 - a)", COST, "a", 9),  # the caret at the glued bracket (0-based offsets, counted by hand)
    ("(a - y)/a (1 - a)", COST, "a", 10),  # spaced, the same slip (audit14)
    ("(p - y)/p(1 - p)", P_COST, "p", 9),
    ("1/p(1-p) (p - y)", P_COST, "p", 3),
    ("x/sigmoid(a)(1-sigmoid(a))", COST, "a", 12),
    ("-y/a + (1-y)/1-a", COST, "a", 13),  # the caret at the 1 divided by
    ("(1-y)/1-a", COST, "a", 6),
    (r"(a-y)/a\left(1-a\right)", LATEX_COST, "a", 7),
    (r"\frac{-y}{a} + (1-y)/1-a", LATEX_COST, "a", 21),
])
def test_lost_bracket_after_a_slash_is_refused_at_its_place(answer, cost, wrt, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, wrt=wrt)
    assert "ambiguous" in caught.value.message
    assert caught.value.column == column


@pytest.mark.parametrize("answer", [
    "(a - y)/(a(1 - a))", "(a - y)/a/(1 - a)", "-y/a + (1-y)/(1-a)", r"\frac{a-y}{a(1-a)}",
])
def test_bracketed_forms_are_the_gradient(answer):
    # the gradient worked out above
    assert check(answer, cost=COST, wrt="a").verdict == "equivalent"


def test_spaced_factors_stay_left_to_right():
    # y/σ(a) σ(a)(1 − σ(a)) = y(1 − σ(a)) as the docs read it: not the gradient of the cost in a, so "different"
    assert check("y/sigmoid(a) sigmoid(a)(1-sigmoid(a))", cost=COST, wrt="a").verdict == "different"


def test_a_count_before_a_spaced_bracket_is_the_mean():
    # 1/m (Σ (h − y) xⱼ): the mean's 1/m times the bracket, as ML notes write it (the logistic gradient)
    assert check("1/m (sum((h - y) x_j))", cost="logistic").verdict == "equivalent"


def test_a_count_before_its_bracket_is_the_mean():
    # 1/m(Σ (h − y) xⱼ) is (1/m)·Σ …: the logistic gradient (the canonical form, by hand)
    assert check("1/m(sum((h - y) x_j))", cost="logistic").verdict == "equivalent"

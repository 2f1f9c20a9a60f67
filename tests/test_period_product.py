"""A period between two factors in plain text (2.(a + b), x_j.(h - y)) is a product sign, noted."""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_equal

NOTE = "'.' between two factors is read as a product (·)"


def same(first: str, second: str) -> None:
    a, b = read_problem(first), read_problem(second)
    assert_equal([a.expand_definitions(a.cost), b.expand_definitions(b.cost)])
    assert NOTE in a.notes, a.notes


@pytest.mark.parametrize(
    "period, star",
    [
        ("1/(2m) sum_i 2.(theta^T x - y)^2", "1/(2m) sum_i 2*(theta^T x - y)^2"),
        ("1/m sum_i x_j.(theta^T x - y)", "1/m sum_i x_j*(theta^T x - y)"),
        ("1/m sum_i (theta^T x - y).x_j", "1/m sum_i (theta^T x - y)*x_j"),
        ("1/m sum_i (y - theta^T x).(x_1 + x_2)^2", "1/m sum_i (y - theta^T x)*(x_1 + x_2)^2"),
    ],
)
def test_period_is_a_product(period, star):
    same(period, star)


def test_period_in_an_answer_is_judged():
    verdict = check("1/m sum_i x_j.(theta^T x - y)", cost="1/(2m) sum_i (theta^T x - y)^2")
    assert verdict.verdict == "equivalent"
    assert any(NOTE in note for note in verdict.notes)


@pytest.mark.parametrize(
    "text, column",
    [
        ("1/m sum_i x_j.5", 13),  # a decimal point or a product?
        ("1/m sum_i h.y", 11),  # after a bare name: the dot product of two vectors, as before
        ("1/(2m) * sum((X*theta - y).(X*theta - y))", 26),  # vectors of matrix form
        ("1/m sum_i x_j . (h - y)", 14),  # spaced: a dot product, not a typed product sign
    ],
)
def test_period_refused(text, column):
    with pytest.raises(InputError) as caught:
        read_problem(text)
    assert caught.value.column == column


def test_dot_product_kept():
    a = read_problem("1/(2m) sum_i (theta . x - y)^2")
    b = read_problem("1/(2m) sum_i (theta^T x - y)^2")
    assert_equal([a.expand_definitions(a.cost), b.expand_definitions(b.cost)])
    assert NOTE not in a.notes

"""Chains of '=' in a --let: every name side is defined as the last side (noted); expression sides must agree."""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv.errors import InputError
from logderiv.notation import read_problem

DLAI = r"J = -\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})]"


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


def test_a_chain_of_names_defines_each_as_the_last_side():
    r"""\hat{y}^{(i)} = a^{(i)} = sigmoid(z^{(i)}): a is σ(z⁽ⁱ⁾), as if written alone."""
    chained = read_problem(DLAI, wrt="b", lets=[r"z^{(i)} = w^T x^{(i)} + b", r"\hat{y}^{(i)} = a^{(i)} = \sigma(z^{(i)})"])
    alone = read_problem(DLAI, wrt="b", lets=[r"z^{(i)} = w^T x^{(i)} + b", r"a^{(i)} = \sigma(z^{(i)})"])
    same_cost(chained, alone)
    assert any("--let chain" in note and "defines h, a" in note for note in chained.notes), chained.notes


def test_a_chain_in_plain_notation_with_names_of_code():
    chained = read_problem("1/(2m) sum_i (y_hat - y)^2", lets=["y_hat = a = theta^T x"])
    written = read_problem("1/(2m) sum_i (theta^T x - y)^2")
    same_cost(chained, written)


def test_two_spellings_of_the_prediction_define_it_once():
    r"""\hat{y} = h_\theta(x) = …: both sides name h."""
    chained = read_problem(r"\frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2", lets=[r"\hat{y} = h_\theta(x) = \theta^T x"])
    written = read_problem(r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2")
    same_cost(chained, written)


def test_an_expression_side_equal_to_the_last_is_accepted():
    chained = read_problem("1/(2m) sum_i (h - y)^2", lets=["h = theta^T x = theta^T x"])
    same_cost(chained, read_problem("1/(2m) sum_i (theta^T x - y)^2"))
    assert any("the same expression" in note for note in chained.notes)


@pytest.mark.parametrize(
    "let, column, message",
    [
        # θᵀx written out must number its terms as the features: θ₀ + θ₂x₁ is not θᵀx
        ("h_theta(x) = theta^T x = theta_0 + theta_2 x_1", 13, "the sides of the chain differ"),
        ("h_theta(x) = theta^T x = theta_1 x_1 + theta_2 x_2", 13, "the sides of the chain differ"),
        ("h_theta(x) = theta^T x = theta_0 + theta_1 x_2", 13, "the sides of the chain differ"),
        ("theta^T x = h = theta^T x", 14, "a chain whose first side is a name"),
    ],
)
def test_a_chain_that_is_not_one_definition_is_refused(let, column, message):
    with pytest.raises(InputError) as error:
        read_problem("1/(2m) sum_i (h - y)^2", lets=[let])
    assert message in str(error.value)
    assert error.value.column == column

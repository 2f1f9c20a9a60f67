"""Issue 10, fifth wave: ellipses and the long tail of spellings (each reading noted, each ambiguity refused)."""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv.errors import InputError
from logderiv.notation import read_problem


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


RIDGE = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2"


@pytest.mark.parametrize(
    "let",
    [
        r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \sum\limits_{j=1}^{n} \theta_j x_j^{(i)}",
    ],
)
def test_an_equals_sign_of_a_sum_limit_in_a_let_is_not_a_chain(let):
    r"""The '=' of \sum_{j=1} inside a --let is the sum's limit, not a second side (it once failed 'unmatched }')."""
    problem = read_problem(RIDGE, lets=[let])
    written = read_problem(r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m (\theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)})^2")
    same_cost(problem, written)


def test_a_chain_with_a_sum_limit_still_splits_at_its_own_equals_signs():
    chained = read_problem(RIDGE, lets=[r"h_\theta(x) = \hat y = \theta_0 + \sum_{j=1}^n \theta_j x_j"])
    alone = read_problem(RIDGE, lets=[r"h_\theta(x) = \theta_0 + \sum_{j=1}^n \theta_j x_j"])
    same_cost(chained, alone)

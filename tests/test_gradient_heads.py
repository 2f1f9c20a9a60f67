"""Answers with a left side of code naming the gradient (dw = …, db = …, grad = …): noted, checked against --wrt."""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

COST = "-1/m * sum_i (y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        ("dw = 1/m sum_i (sigmoid(w^T x + b) - y) x_j", "w_j", "equivalent"),
        ("dW = 1/m sum_i (sigmoid(w^T x + b) - y) x_j", "w_j", "equivalent"),
        ("db = 1/m sum_i (sigmoid(w^T x + b) - y)", "b", "equivalent"),
        ("grad = 1/m sum_i (sigmoid(w^T x + b) - y)", "b", "equivalent"),
        ("dJ_db = 1/m sum_i (sigmoid(w^T x + b) - y)", "b", "equivalent"),
        ("db = 1/m sum_i (sigmoid(w^T x + b) + y)", "b", "different"),
        ("dw = sum_i (sigmoid(w^T x + b) - y) x_j", "w_j", "different"),
    ],
)
def test_a_gradient_named_on_the_left_is_checked(answer, wrt, verdict):
    result = check(answer, cost=COST, wrt=wrt)
    assert result.verdict == verdict
    assert any("names the gradient" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    "answer, wrt, column",
    [("db = 1/m sum_i (sigmoid(w^T x + b) - y)", "w_j", 0), ("  dw = 1/m sum_i (sigmoid(w^T x + b) - y) x_j", "b", 2)],
)
def test_a_gradient_named_by_another_variable_is_refused(answer, wrt, column):
    with pytest.raises(InputError) as error:
        check(answer, cost=COST, wrt=wrt)
    assert error.value.column == column
    assert "names the gradient by" in str(error.value)


BCE = "BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]"
BCE_LETS = ["ŷ = σ(z)", "z = a x + b"]


@pytest.mark.parametrize(
    "answer, verdict",
    [("∂BCE/∂a = (ŷ - y) * x", "equivalent"), ("dBCE/da = (ŷ - y) x", "equivalent"), ("∂BCE/∂a = (ŷ - y)", "different")],
)
def test_a_plain_derivative_named_by_the_costs_letters(answer, verdict):
    """∂BCE/∂a = …: the cost's name in letters on a plain derivative's left side (not only dJ/dθ)."""
    result = check(answer, cost=BCE, wrt="a", let=BCE_LETS)
    assert result.verdict == verdict
    assert any("the left side names" in note for note in result.notes), result.notes


def test_a_plain_named_derivative_by_another_variable_is_refused():
    with pytest.raises(InputError) as error:
        check("∂BCE/∂b = (ŷ - y)", cost=BCE, wrt="a", let=BCE_LETS)
    assert error.value.column == 6

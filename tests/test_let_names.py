"""Names of code defined with --let (y_pred, theta_reg, theta1, var_1, y_hat): one name each, noted; entries refused."""

from __future__ import annotations

import pytest

from logderiv.errors import InputError
from logderiv.notation import plain, read_problem

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


@pytest.mark.parametrize(
    "text, name",
    [
        ("y_pred = theta^T x", "y_pred"),
        ("y_hat = sigmoid(z)", "y_hat"),
        ("theta_reg = theta^T x", "theta_reg"),
        ("theta1 = theta^T x", "theta1"),
        ("var_1 = y * -1 + 1;", "var_1"),
        ("y_p = theta^T x", "y_p"),
        ("thetaReg = theta^T x", "thetaReg"),
    ],
)
def test_a_name_of_code_is_one_let_name(text, name):
    assert plain.split_let(text)[0] == name


def test_h_theta_is_still_the_prediction():
    assert plain.split_let("h_theta = theta^T x")[0] == "h"
    assert plain.split_let("h_theta(x) = theta^T x")[0] == "h"


@pytest.mark.parametrize(
    "text, column",
    [("theta_1 = 3", 0), ("  x_i = 2", 2), ("w_j = 1", 0), ("y_i = 2", 0), ("sigmoid_2 = 1", 0)],
)
def test_an_entry_of_the_notation_cannot_be_defined(text, column):
    with pytest.raises(InputError) as error:
        plain.split_let(text)
    assert error.value.column == column
    assert "entry of the notation" in str(error.value)


def test_y_pred_and_error_in_a_cost():
    """error = y - y_pred, y_pred = theta^T x: the cost is the squared error written out, and so is its gradient."""
    lets = ["y_pred = theta^T x", "error = (y - y_pred)"]
    derivation = derive("cost = 1/(2m) sum_i error^2", let=lets)
    reference = read_cost("1/(2m) sum_i (y - theta^T x)^2")
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert any("y_pred is one name" in note for note in read.notes), read.notes


def test_a_code_name_is_not_read_inside_a_longer_word():
    """y_pred defined: y_predx is not y_pred followed by x (refused as an unknown name, not misread)."""
    with pytest.raises(InputError):
        read_problem("1/(2m) sum_i (y - y_predx)^2", lets=["y_pred = theta^T x"])


def test_var_1_in_a_cross_entropy():
    named = read_problem(
        "-1/m sum_i (y log(hyp) + var_1 log(var_2))",
        lets=["hyp = sigmoid(theta^T x)", "var_1 = y * -1 + 1", "var_2 = hyp * -1 + 1"],
    )
    written = read_problem("-1/m sum_i (y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))")
    same_cost(named, written)


def test_octave_transpose_of_a_let_vector():
    """var_1' in Octave is the transpose of the m-vector var_1: (var_1)' · log(var_2) is Σᵢ var_1⁽ⁱ⁾ log(var_2⁽ⁱ⁾)."""
    lets = ["hyp = sigmoid(X * theta);", "var_1 = y * -1 + 1;", "var_2 = hyp * -1 + 1;"]
    primed = read_problem("(1/m) * (((y * -1)' * (log(hyp))) - (var_1' * log(var_2)))", lets=lets)
    bracketed = read_problem("(1/m) * (((y * -1)' * (log(hyp))) - ((var_1)' * log(var_2)))", lets=lets)
    written = read_problem("-1/m sum_i (y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))")
    same_cost(primed, bracketed)
    same_cost(primed, written)


def test_octave_transpose_of_a_let_parameter_vector():
    """theta_reg' * theta_reg with theta_reg = [0; theta(2:end)] is Σ_{k≥2} θₖ², as theta(2:end)' * theta(2:end)."""
    primed = read_problem("lambda*(theta_reg'*theta_reg)/(2*m)", lets=["theta_reg = [0 ; theta(2:end)]"])
    written = read_problem("lambda*(theta(2:end)'*theta(2:end))/(2*m)")
    same_cost(primed, written)

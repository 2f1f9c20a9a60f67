"""LaTeX cost names of several letters (MSE =, mse =, Cost(w,b) =); s(x) = … with no parameter is a function; W^t refused."""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv import check
from logderiv.errors import InputError
from logderiv.notation import latex, read_problem

BODY = r"\frac{1}{2m}\sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2"


@pytest.mark.parametrize("left, name", [("MSE", "MSE"), ("mse", "mse"), ("Cost(w,b)", "Cost"), ("Loss", "Loss"), ("J", "J")])
def test_letters_written_together_name_the_cost(left, name):
    named = read_problem(f"{left} = {BODY}")
    assert named.name == name
    assert_equal([named.cost, read_problem(BODY).cost])


@pytest.mark.parametrize("text, column", [(r"ln = " + BODY, 0), (r"M SE = " + BODY, 2)])
def test_other_left_sides_are_still_refused(text, column):
    with pytest.raises(InputError) as error:
        latex.parse(text)
    assert error.value.column == column


def test_a_let_of_x_without_parameters_is_a_function_of_a_number():
    r"""s(x) = \frac{1}{e^{-x}+1}, s(w^Tx_i): s applied to wᵀx (σ), not s(x⁽ⁱ⁾) times wᵀx."""
    cost = r"- \sum_{i=1}^m[(1-y^{(i)})\log(1-s(w^Tx^{(i)}))+y^{(i)}\log(s(w^Tx^{(i)}))]"
    read = read_problem(cost, wrt="w_j", lets=[r"s(x) =\frac{1}{e^{-x}+1}"])
    written = read_problem(cost.replace("s(", r"\sigma("), wrt="w_j")
    assert_equal([read.expand_definitions(read.cost), written.expand_definitions(written.cost)])
    assert any("function of the number x" in note for note in read.notes), read.notes


def test_a_prediction_of_x_is_still_a_value_per_example():
    read = read_problem("1/(2m) sum_i (h(x) - y)^2", lets=["h(x) = theta^T x"])
    assert_equal([read.expand_definitions(read.cost), read_problem("1/(2m) sum_i (theta^T x - y)^2").cost])


def test_w_to_the_t_before_x_in_an_answer_is_the_transpose_of_w():
    """W^t x⁽ⁱ⁾, W written only so: the weights transposed (noted), not W to the power t."""
    verdict = check(r"\sum_{i=1}^m (\sigma(W^t x^{(i)}) - y^{(i)}) x_j^{(i)}",
                    cost=r"-\sum_{i=1}^m [y^{(i)}\log\sigma(w^T x^{(i)}) + (1-y^{(i)})\log(1-\sigma(w^T x^{(i)}))]",
                    wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("W is read as w") for note in verdict.notes)
    assert any(note.startswith("a superscript t") for note in verdict.notes)


def test_w_to_the_power_t_beside_a_bare_w_is_refused():
    """W written once not transposed is no weight vector: W^t stays a power, and is refused as one."""
    with pytest.raises(InputError) as error:
        check(r"\sum_{i=1}^m (\sigma(W^t x^{(i)}) - y^{(i)}) x_j^{(i)} W",
              cost=r"-\sum_{i=1}^m [y^{(i)}\log\sigma(w^T x^{(i)}) + (1-y^{(i)})\log(1-\sigma(w^T x^{(i)}))]", wrt="w_j")
    assert "to the power t" in str(error.value)
    assert error.value.column == 0
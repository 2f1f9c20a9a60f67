"""Lets only the answer uses (dz = A - Y for dw = np.dot(X, dz.T)/m): given with the cost's, read as the answer's own."""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

DLAI_COST = "(-1 / m) * np.sum((Y * np.log(A)) + (1 - Y) * np.log(1 - A))"
A = "A = sigmoid(np.dot(w.T, X) + b)"
LOGISTIC = "-1/m sum_i (y log h + (1 - y) log(1 - h))"
H = "h = sigmoid(theta^T x)"


@pytest.mark.parametrize(
    "answer, wrt, dz, verdict",
    [
        ("np.dot(X, dz.T)", "w_j", "dz = (1 / m) * (A - Y)", "equivalent"),
        ("np.sum(dz)", "b", "dz = (1 / m) * (A - Y)", "equivalent"),
        ("1/m * np.dot(X, dz.T)", "w_j", "dz = A - Y", "equivalent"),
        ("1/m * np.sum(dz)", "b", "dz = A - Y", "equivalent"),
        ("dw = 1/m * np.dot(X, dz.T)", "w_j", "dz = A - Y", "equivalent"),
        ("np.dot(X, dz.T)", "w_j", "dz = A - Y", "different"),  # the 1/m is missing
        ("np.sum(dz)", "b", "dz = Y - A", "different"),  # the sign
        ("1/m * np.dot(X, dz.T)", "w_j", "dz = A + Y", "different"),
    ],
)
def test_a_let_the_cost_does_not_use_is_the_answers(answer, wrt, dz, verdict):
    result = check(answer, cost=DLAI_COST, wrt=wrt, let=[dz, A])
    assert result.verdict == verdict, result
    assert any("is read as the answer's own" in note for note in result.notes), result.notes


def test_in_a_matrix_answer_the_let_is_the_vector_of_its_values():
    result = check("1/m * np.dot(X, dz.T)", cost=DLAI_COST, wrt="w_j", let=["dz = A - Y", A])
    # one example per column (DeepLearning.AI's layout): A − Y, so dz, is the 1×m row of its values (review 5, c)
    assert any("dz is the 1×m row of its values" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    "answer, verdict",
    [("1/m sum_i r x_j", "equivalent"), ("1/m sum_i r", "different"), ("sum_i r x_j", "different")],
)
def test_an_answer_let_in_index_form(answer, verdict):
    assert check(answer, cost=LOGISTIC, let=[H, "r = h - y"]).verdict == verdict


def test_an_answer_let_in_matrix_form_of_its_own_is_refused():
    """dz = Xᵀ(h − y) is no value per example: refused, not read as a scalar or guessed as a vector."""
    with pytest.raises(InputError):
        check("1/m * np.sum(dz)", cost=DLAI_COST, wrt="w_j", let=["dz = np.dot(X.T, A - Y)", A])
    # an answer's own Octave let holding a matrix is put into the answer (f13-octave-S-grad-broadcast), and then
    # X'·X'(h − y) does not conform: Xᵀ is n×m and Xᵀ(h − y) is n×1 (by hand), refused for that
    with pytest.raises(InputError) as error:
        check("X' * dz / m", cost="logistic", let=["dz = X' * (h - y)"])
    assert "n×m" in str(error.value) and "n×1" in str(error.value)

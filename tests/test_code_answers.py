"""Gradient answers pasted as code: a matrix-form --let per example, X_train/y_train, np.matmul.

Each reading is held against a spelling that was read before it (the let's value put in,
X for X_train, np.dot for np.matmul): both must give the same verdict, and a wrong
answer in the new spelling must stay wrong.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError


@pytest.mark.parametrize(
    "answer, let, inlined",
    [
        ("1 / m * (X' * (h - y))", "h = sigmoid(X*theta)", "1 / m * (X' * (sigmoid(X*theta) - y))"),
        ("X' * (h - y)", "h = sigmoid(X*theta)", "X' * (sigmoid(X*theta) - y)"),  # the 1/m missing
        ("1/m * X' * (y - h)", "h = sigmoid(X*theta)", "1/m * X' * (y - sigmoid(X*theta))"),  # the sign
        ("1/m * X.T @ (h - y)", "h = sigmoid(X @ theta)", "1/m * X.T @ (sigmoid(X @ theta) - y)"),
    ],
)
def test_a_matrix_form_let_restating_the_presets_h_is_read_as_it(answer, let, inlined):
    """--let h = sigmoid(X*theta) with --cost logistic is the preset's h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾), with a note."""
    read = check(answer, cost="logistic", let=[let])
    assert read.verdict == check(inlined, cost="logistic").verdict
    assert any("the value the cost gives it" in note for note in read.notes), read.notes


def test_an_index_form_let_restating_the_presets_h_is_read_as_it():
    read = check("1/m * sum((h - y) x_j)", cost="logistic", let=["h = sigmoid(theta^T x)"])
    assert read.verdict == "equivalent"
    assert any("the value the cost gives it" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, lets",
    [
        ("1/m * sum((h - y) x_j)", ["h = tanh(theta^T x)"]),
        ("1 / m * (X' * (h - y))", ["h = X*theta"]),
        ("1 / m * (X' * (h - y))", ["h = tanh(X*theta)"]),
    ],
)
def test_a_let_giving_the_presets_h_another_value_is_refused(answer, lets):
    """Never one of the two values silently: the preset's h and the let's differ."""
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic", let=lets)
    assert "already defined by the problem" in str(caught.value)
    assert caught.value.column == 0


def test_a_matrix_form_let_per_example_is_the_vector_of_its_values():
    """With a cost that leaves h undefined (linear), --let h = sigmoid(X*theta) is σ(θᵀx⁽ⁱ⁾) per example."""
    read = check("1/m * X' * (h - y)", cost="linear", let=["h = sigmoid(X*theta)"])
    assert read.verdict == "different"  # the logistic gradient against the linear cost
    assert any("for each example i, h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾)" in note for note in read.notes), read.notes
    assert check("1/m * X' * (h - y)", cost="linear", let=["h = X*theta"]).verdict == "equivalent"


@pytest.mark.parametrize(
    "answer, lets, plain",
    [
        ("1 / m * (X_train.T @ (h-y_train))", ["h = sigmoid(X_train @ theta)"], "1 / m * (X.T @ (sigmoid(X @ theta) - y))"),
        ("1 / m * (X_train.T @ (h-y))", [], "1 / m * (X.T @ (h - y))"),
        ("X_train.T @ (h-y_train)", [], "X.T @ (h - y)"),  # the 1/m missing
        ("1/m * np.matmul(X_train.T, (h - y_train))", ["z = np.matmul(X_train, theta)", "h = sigmoid(z)"],
         "1/m * np.dot(X.T, (sigmoid(np.dot(X, theta)) - y))"),
        ("1/m * np.matmul(X.T, h - y)", [], "1/m * np.dot(X.T, h - y)"),
        ("np.matmul(X.T, y - h)", [], "np.dot(X.T, y - h)"),
    ],
)
def test_training_names_and_matmul_read_as_x_y_and_the_product(answer, lets, plain):
    read = check(answer, cost="logistic", let=lets)
    assert read.verdict == check(plain, cost="logistic").verdict
    if "_train" in answer:
        assert any("is the training data" in note for note in read.notes), read.notes
    if "matmul" in answer:
        assert any("np.matmul(A, B) is the matrix product" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, column",
    [
        ("1 / m * (X_train.T @ (h - y)) + X_test.T @ y", 9),  # two data sets in play
        ("1 / m * (X_train.T @ (X @ theta - y))", 9),  # X beside X_train
        ("1 / m * (X_val.T @ (h - y))", 9),  # a validation set is not what a gradient is taken on
    ],
)
def test_training_names_beside_other_data_are_refused(answer, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic")
    assert caught.value.column == column
    assert "name of code for a data set" in str(caught.value)

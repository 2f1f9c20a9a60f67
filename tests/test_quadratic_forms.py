"""Matrix-form costs written with X and Xᵀ by their shapes: expanded quadratic forms, and Xᵀw with X n×m.

θᵀXᵀXθ − 2θᵀXᵀy + yᵀy (X m×n) and w'*X*X'*w − 2w'*X*y' + y*y' (X n×m, one example per column) are
‖Xθ − y‖² written out: each product of X with a vector of examples is read as Σᵢ over the examples
(vᵀX = Σᵢ vᵢx⁽ⁱ⁾ᵀ), and its product with the parameters as Σᵢ vᵢ θᵀx⁽ⁱ⁾. np.dot(X.T, w) with X n×m is
the m×1 column of wᵀx⁽ⁱ⁾, beside DeepLearning.AI's 1×m row Y. Gradients are held against the squared
norm or the index form read before (``tests/_oracle.py``); refusals keep their column.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError


def _same_gradient(text: str, reference: str, wrt: str, lets=(), reference_lets=()) -> None:
    derivation = derive(text, let=lets, wrt=wrt)
    expected = read_cost(reference, let=reference_lets, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


@pytest.mark.parametrize(
    "cost, reference, wrt",
    [
        # the textbook expansion of (Xθ − y)ᵀ(Xθ − y), X m×n (cs229's normal-equation derivation)
        ("theta' * X' * X * theta - 2 * theta' * X' * y + y' * y", "(X*theta - y)' * (X*theta - y)", "theta_j"),
        ("1/(2*m) * (theta' * X' * X * theta - 2 * y' * X * theta + y' * y)",
         "1/(2*m) * (X*theta - y)' * (X*theta - y)", "theta_j"),
        # github:Joy93/Machine-Learning_cse517a spamfilter/ridge.m: X n×m (xTr d×n, each column an input), yTr 1×m
        ("w'*xTr*(xTr)'*w-w'*xTr*(yTr)'-yTr*(xTr)'*w+yTr*(yTr)'+lambda*(w)'*w",
         "sum((w^T x - y)^2) + lambda * sum_k(w_k^2)", "w_j"),
        # a Python port of the same assignment (w.T@xTr@xTr.T@w-2*w.T@xTr@yTr.T+yTr@yTr.T, its penalty left out)
        ("w.T@xTr@xTr.T@w-2*w.T@xTr@yTr.T+yTr@yTr.T", "sum((w^T x - y)^2)", "w_j"),
    ],
)
def test_an_expanded_quadratic_form_has_the_gradient_of_the_squared_norm(cost, reference, wrt):
    _same_gradient(cost, reference, wrt)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        # Joy93's gradient = 2*xTr*(xTr)'*w-2*xTr*(yTr)'+2*lambda*w, and aswin1447/Machine-Learning-Project
        # hw04/ridge.m's 2 * xTr * (w' * xTr)' - 2 * xTr * yTr' + 2 * lambda * w
        ("2*xTr*(xTr)'*w-2*xTr*(yTr)'+2*lambda*w", "equivalent"),
        ("2 * xTr * (w' * xTr)' - 2 * xTr * yTr' + 2 * lambda * w", "equivalent"),
        ("2*xTr*(xTr)'*w-2*xTr*(yTr)'+lambda*w", "different"),  # the penalty's 2 lost
        ("xTr*(xTr)'*w-xTr*(yTr)'+2*lambda*w", "different"),  # the 2 of the loss lost
    ],
)
def test_ridge_gradients_against_the_quadratic_form(answer, verdict):
    cost = "w'*xTr*(xTr)'*w-w'*xTr*(yTr)'-yTr*(xTr)'*w+yTr*(yTr)'+lambda*(w)'*w"
    assert check(answer, cost=cost, wrt="w_j").verdict == verdict


def test_the_quadratic_forms_reading_is_said():
    read = read_cost("theta' * X' * X * theta - 2 * theta' * X' * y + y' * y")
    assert any(note.startswith("read in matrix form: θᵀ Xᵀ X θ = Σᵢ") for note in read.notes), read.notes


@pytest.mark.parametrize(
    "cost, column, message",
    [
        ("X' * y", 0, "a cost must be a number, and this is n×1 in matrix form"),
        # ‖Xᵀy‖² would be a sum over the features of squared sums over the examples: not read
        ("y' * X * X' * y", 0, "a product of X with X (XᵀX, XXᵀ) between two vectors of examples is not read"),
        ("theta' * X' * theta", 14, "cannot be multiplied"),
    ],
)
def test_quadratic_forms_that_do_not_make_a_number_are_refused(cost, column, message):
    with pytest.raises(InputError) as caught:
        read_cost(cost)
    assert message in caught.value.message, caught.value.message
    assert caught.value.column == column, (caught.value.column, caught.value.message)


# --- np.dot(X.T, w) with X n×m: a column of values per example beside the row Y ------------------------
# Refused at the let: NumPy broadcasts what combines the column A with the row Y (A - Y, Y * log(A),
# np.sum(A - Y)) to m×m arrays, and a reading of that mix let such code through (the second review's finding).

# github:Y1ran/Introduction-to-Machine-Learning-with-Python-code Deep_learning/propagate.py
Y1RAN_COST = "-1 / m * (np.dot(Y,np.log(A)) + np.dot((1 - Y), np.log(1 - A)))"


@pytest.mark.parametrize("lets", [("A = sigmoid(np.dot(X.T ,w) + b)",), ("Z = np.dot(X.T, w) + b", "A = sigmoid(Z)")])
@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_x_transposed_times_w_beside_the_row_y_is_refused_at_the_let(lets, wrt):
    with pytest.raises(InputError) as caught:
        read_cost(Y1RAN_COST, let=lets, wrt=wrt)
    assert caught.value.label == "--let" and "is an m×1 column" in caught.value.message


@pytest.mark.parametrize("answer", ["1 / m * np.dot(X, (A - Y.T))", "1 / m * np.sum(A - Y)", "np.dot(X, (A - Y.T)) / m"])
def test_answers_with_the_column_of_predictions_are_refused(answer):
    with pytest.raises(InputError):
        check(answer, cost=Y1RAN_COST, let=["A = sigmoid(np.dot(X.T ,w) + b)"], wrt="w_j")

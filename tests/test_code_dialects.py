"""Pasted NumPy/Octave code read by its own rules (review 2: F4, F9, F5, F2, F1).

A silent misread is the worst bug: what code computes differently from what
the hand notation would say is read as the code computes it (noted), or
refused with the column and both readings. Gradients are checked against an
independent spelling through ``tests/_oracle.py``.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

LOGISTIC = "-1/m * sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"


def _refused(call, column: int, *pieces: str) -> InputError:
    with pytest.raises(InputError) as caught:
        call()
    error = caught.value
    for piece in pieces:
        assert piece in error.message or piece in (error.hint or ""), (error.message, error.hint)
    assert error.column == column, (error.column, error.message)
    assert error.exit_code == 2
    return error


# --- F4: NumPy's * is entry by entry (broadcasting), Octave's the matrix product ---------------------------


@pytest.mark.parametrize(
    "answer, column",
    [
        ("X.T * (h - y) / m", 4),
        ("1/m * X.T * (sigmoid(X @ theta) - y)", 10),
    ],
)
def test_numpy_star_of_two_arrays_in_an_answer_is_refused(answer, column):
    """X.T * (h - y) in NumPy broadcasts to an n×m matrix (or fails): refused at the '*', @ named."""
    _refused(lambda: check(answer, cost="logistic"), column, "in NumPy '*' multiplies entry by entry", "@")


@pytest.mark.parametrize(
    "answer",
    ["X.T @ (h - y) / m", "np.dot(X.T, h - y) / m", "1/m * X.T @ (sigmoid(X @ theta) - y)",
     "X' * (h - y) / m", "1/m * X' * (sigmoid(X * theta) - y)", "X^T (h - y) / m"],
)
def test_the_matrix_product_spelled_for_its_dialect_is_read(answer):
    """@ and np.dot in NumPy, * in Octave (or with no mark of NumPy): Xᵀ(h − y)/m, the gradient."""
    assert check(answer, cost="logistic").verdict == "equivalent"


def test_a_text_marked_both_numpy_and_octave_refuses_star():
    """X' (Octave) beside @ (NumPy): '*' of two arrays has two meanings, so it is refused, both named."""
    _refused(lambda: check("1/m * X' * (sigmoid(X @ theta) - y)", cost="logistic"), 9,
             "both as NumPy", "Octave")


def test_numpy_star_of_row_and_column_in_a_cost_is_refused():
    """y.T * np.log(h) in NumPy is an m×m matrix (or an m-vector), never yᵀlog(h): refused at the '*'."""
    cost = "J = -1/m * (y.T * np.log(h) + (1 - y).T * np.log(1 - h))"
    _refused(lambda: read_cost(cost, let=("h = sigmoid(X @ theta)",)), 16,
             "in NumPy '*' multiplies entry by entry", "y.T @ np.log(h)")
    _refused(lambda: read_cost("J = np.sum((X * theta - y)**2) / (2*m)"), 14, "X @ theta")


def test_numpy_matrix_product_and_entrywise_star_in_a_cost_are_read():
    """y.T @ np.log(h) is Σᵢ yᵢ log hᵢ; Y*np.log(A) inside np.sum is entry by entry, as NumPy computes."""
    derivation = derive("J = -1/m * (y.T @ np.log(h) + (1 - y).T @ np.log(1 - h))", let=("h = sigmoid(X @ theta)",))
    reference = read_cost(LOGISTIC)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert check("X' * (h - y) / m", cost="J = -1/m * (y' * log(h) + (1 - y)' * log(1 - h));",
                 let=("h = sigmoid(X * theta);",)).verdict == "equivalent"
    assert check("np.dot(X,(A-Y).T)/m", cost="-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/m",
                 let=("A = sigmoid(np.dot(w.T, X) + b)",), wrt="w_j").verdict == "equivalent"


# --- F9: code's sum(v).^2 is the square of the sum ----------------------------------------------------------

SQUARE_OF_SUM = "1/(2m) * (sum_i (theta^T x - y))^2"


@pytest.mark.parametrize(
    "code",
    ["J = 1/(2*m) * sum(X*theta - y).^2;", "J = np.sum(X @ theta - y)**2 / (2*m)",
     "1/(2*m) * (sum(X*theta - y))^2"],
)
def test_code_sum_then_power_is_the_power_of_the_sum(code):
    """sum(v).^2, np.sum(v)**2: a call ends at its ')', so (Σᵢ vᵢ)², as Octave and NumPy compute (noted)."""
    derivation = derive(code)
    reference = read_cost(SQUARE_OF_SUM)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])
    if "(sum" not in code:
        assert any("is a power of the sum" in note for note in read.notes), read.notes


def test_the_ex1_bracket_bug_is_no_longer_equivalent():
    """X'(Xθ − y)/m is the gradient of the sum of squares, not of sum(Xθ − y).^2/(2m) (review's F9 command)."""
    assert check("X' * (X*theta - y)/m", cost="J = 1/(2*m) * sum(X*theta - y).^2;").verdict == "different"
    assert check("X' * (X*theta - y)/m", cost="J = 1/(2*m) * sum((X*theta - y).^2);").verdict == "equivalent"


def test_sum_then_power_with_only_x_as_a_mark_of_code_is_refused():
    """sum(X*theta - y)^2 (no mark of code but X): both readings named, caret at the sum."""
    _refused(lambda: read_cost("1/(2*m) * sum(X*theta - y)^2"), 10, "is ambiguous", "sum((X*theta - y)^2)")


def test_hand_notation_sum_then_power_stays_the_sum_of_squares():
    """sum(y - h)^2 in plain notation stays Σ (y − h)², the whiteboard convention."""
    read = read_cost("1/(2m) sum(theta^T x - y)^2")
    reference = read_cost("1/(2m) sum_i((theta^T x - y)^2)")
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])


# --- F5: with X n×m (DeepLearning.AI's layout), X.shape[1] is m and X.shape[0], len(X) are n -----------------

DLAI_COST = "-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/m"
DLAI_LET = ("A = sigmoid(np.dot(w.T, X) + b)",)
LOGISTIC_WB = "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"


def test_dlai_x_shape_1_is_the_example_count():
    """The course's m = X.shape[1]: the correct answer is equivalent (noted), in cost and answer alike."""
    result = check("np.dot(X, (A-Y).T)/X.shape[1]", cost=DLAI_COST, let=DLAI_LET, wrt="w_j")
    assert result.verdict == "equivalent", result
    assert any("X.shape[1] is the number of examples m" in note for note in result.notes), result.notes
    derivation = derive("-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/X.shape[1]", let=DLAI_LET, wrt="w_j")
    reference = read_cost(LOGISTIC_WB, wrt="w_j")
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert any("X.shape[1] is the number of examples m" in note for note in read.notes), read.notes


@pytest.mark.parametrize("count", ["X.shape[0]", "len(X)", "size(X, 1)", "len(y)"])
def test_dlai_x_shape_0_and_len_x_are_refused_as_the_feature_count(count):
    """X.shape[0] and len(X) are n when X is n×m (len(y) of a 1×m row is 1): refused, not read as m, at the count."""
    answer = f"np.dot(X, (A-Y).T)/{count}"
    _refused(lambda: check(answer, cost=DLAI_COST, let=DLAI_LET, wrt="w_j"), answer.index(count), "since X is n×m here",
             "X.shape[1]")
    cost = f"-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/{count}"
    _refused(lambda: read_cost(cost, let=DLAI_LET, wrt="w_j"), cost.index(count),
             "it is not the number of examples m")


def test_rows_layout_counts_keep_their_reading():
    """With X m×n, X.shape[0] / size(X, 1) stay m, and size(X, 2) is n (so dividing by it is different)."""
    assert check("X.T @ (h - y) / X.shape[0]", cost="logistic").verdict == "equivalent"
    assert check("X' * (h - y) / size(X, 1)", cost="logistic").verdict == "equivalent"
    result = check("X' * (h - y) / size(X, 2)", cost="logistic")
    assert result.verdict == "different"
    assert any("size(X, 2) is X's second size: n" in note for note in result.notes), result.notes


# --- F2: a cost with no sum of m-vectors a --let defines in matrix form is refused, as with the let inlined ----


@pytest.mark.parametrize(
    "cost, lets, column, message",
    [
        ("J = 1/m * (-y * log(h) - (1-y) * log(1-h));", ("h = sigmoid(X*theta);",), 16,
         "'-y' is m×1 and 'log(h)' is m×1: they cannot be multiplied"),
        ("J = 1/m * (-y * log(sigmoid(X*theta)) - (1-y) * log(1-sigmoid(X*theta)));", (), 16,
         "'-y' is m×1 and 'log(sigmoid(X*theta))' is m×1: they cannot be multiplied"),
        ("-1/m * (np.dot(Y, np.log(A)) + np.dot(1-Y, np.log(1-A)))", DLAI_LET, 21,
         "'Y' is 1×m and 'log(A)' is 1×m: they cannot be multiplied"),
    ],
)
def test_a_product_of_m_vectors_with_no_sum_is_refused_let_or_not(cost, lets, column, message):
    """h = sigmoid(X*theta) is an m-vector: -y * log(h) is refused (not one example's loss), shapes named."""
    wrt = "w_j" if "w" in "".join(lets) else "theta_j"
    _refused(lambda: read_cost(cost, let=lets, wrt=wrt), column, message)


def test_the_course_spelling_with_the_transpose_is_read():
    """np.dot(Y, np.log(A).T) is Σᵢ yᵢ log Aᵢ: the gradient is the index form's."""
    derivation = derive("-1/m * (np.dot(Y, np.log(A).T) + np.dot(1-Y, np.log(1-A).T))", let=DLAI_LET, wrt="w_j")
    reference = read_cost(LOGISTIC_WB, wrt="w_j")
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)

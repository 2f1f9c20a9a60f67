"""NumPy's ``np.sum(v, axis=…, keepdims=True)`` of a vector, and DeepLearning.AI's ``lambd``.

A sum along the axis that holds a vector's entries is the number Σ of them (axis 1 of a 1×m row,
as DeepLearning.AI keeps Y and A; axis 0 of a column); along the other axis it is the array itself,
which is refused with the caret at ``axis``. Gradients are held against the index-form spelling
that was read before (``tests/_oracle.py``), verdicts against ``np.sum(A-Y)/m``.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

DLAI_LET = ("A = sigmoid(np.dot(w.T, X) + b)",)
LOGISTIC_WB = "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"
# github:babibo180918/BBBLearning BBBLearning/lr/propagate.py (the cost line of propagate)
KEEPDIMS_COST = "-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True)"


def _same_gradient(text: str, reference: str, wrt: str, lets=DLAI_LET) -> None:
    derivation = derive(text, let=lets, wrt=wrt)
    expected = read_cost(reference, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


@pytest.mark.parametrize("wrt", ["w_j", "b"])
@pytest.mark.parametrize(
    "cost",
    [
        KEEPDIMS_COST,
        # the same line with its left side, as the function writes it: the '=' inside np.sum is a keyword
        "cost = -1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True)",
        # github:Jeraldy/deeplearning (README, L2 regularization): keepdims left out, axis=1 alone
        "-(1.0/m) * np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis=1)",
    ],
)
def test_a_sum_along_axis_1_of_the_row_of_examples_is_the_sum_over_the_examples(cost, wrt):
    """np.sum(row, axis=1, keepdims=True) with X n×m: Σᵢ of the row's m entries, the logistic cost in w, b."""
    _same_gradient(cost, LOGISTIC_WB, wrt)


def test_the_reading_is_said():
    read = derive(KEEPDIMS_COST, let=DLAI_LET, wrt="b").problem
    assert any("adds up the m entries of the 1×m row along axis=1: the number Σᵢ of them (keepdims keeps it a "
               "1×1 array, that number)" in note for note in read.notes), read.notes


def test_a_sum_along_axis_1_of_the_transposed_weights_is_the_sum_of_the_weights():
    """np.sum(w.T, axis=1, keepdims=True) of the 1×n row wᵀ: Σₖ wₖ (BBBLearning's penalty, not squared)."""
    # github:babibo180918/BBBLearning at ec4abe6 (propagate.py, regularized cost)
    cost = KEEPDIMS_COST + " + lambd/(2*m)*np.sum(w.T, axis=1, keepdims=True)"
    _same_gradient(cost, LOGISTIC_WB + " + lambda/(2*m) * sum_k(w_k)", "w_j")
    read = derive(cost, let=DLAI_LET, wrt="w_j").problem
    assert "read as code: lambd is λ, the regularisation strength (lambda is a keyword in Python)" in read.notes


@pytest.mark.parametrize(
    "answer, lets, verdict",
    [
        # github:babibo180918/BBBLearning BBBLearning/lr/propagate.py (db = ...)
        ("1/m*np.sum(A-Y, axis=1, keepdims = True)", (), "equivalent"),
        # github:Jeraldy/deeplearning README (db2 = (1/m)*np.sum(dZ2,axis=1,keepdims=True), dZ2 = A2 - Y)
        ("db = (1/m)*np.sum(dZ,axis=1,keepdims=True)", ("dZ = A - Y",), "equivalent"),
        ("(1/m)*np.sum(dZ,axis=1,keepdims=True)", ("dZ = Y - A",), "different"),  # the sign
        ("np.sum(A-Y, axis=1, keepdims=True)", (), "different"),  # the 1/m missing
    ],
)
def test_the_bias_gradient_as_an_axis_sum(answer, lets, verdict):
    """db = 1/m np.sum(A − Y, axis=1, keepdims=True) is Σᵢ (A⁽ⁱ⁾ − y⁽ⁱ⁾)/m, as np.sum(A - Y)/m is."""
    result = check(answer, cost=KEEPDIMS_COST, let=[*DLAI_LET, *lets], wrt="b")
    assert result.verdict == verdict, result
    assert result.verdict == check("np.sum(A-Y)/m" if verdict == "equivalent" else "np.sum(Y-A)/m",
                                   cost=KEEPDIMS_COST, let=list(DLAI_LET), wrt="b").verdict
    assert any("along axis=1: the number Σᵢ of them" in note for note in result.notes), result.notes


def test_the_weight_gradient_against_a_keepdims_cost():
    """The cost's keyword arguments do not change the matrix answer's reading: X(A − Y)ᵀ/m."""
    assert check("1/m*np.dot(X, (A-Y).T)", cost=KEEPDIMS_COST, let=list(DLAI_LET), wrt="w_j").verdict == "equivalent"
    assert check("1/m*np.dot(X, (A-Y).T) - lambd/m*w", cost=KEEPDIMS_COST, let=list(DLAI_LET),
                 wrt="w_j").verdict == "different"


@pytest.mark.parametrize(
    "cost, lets, column, message",
    [
        # a 1×m row has one entry down axis 0: the sum is the row itself, not a number
        ("-1/m*np.sum(Y*np.log(A), axis=0, keepdims=True)", DLAI_LET, 25, "adds up along axis=0 of the 1×m array"),
        # an m×1 column (X m×n) has one entry along axis 1
        ("np.sum((np.dot(X, w) - y)**2, axis=1)/(2*m)", (), 30, "adds up along axis=1 of the m×1 array"),
        ("np.sum(X, axis=1)", (), 3, "sums the m×n matrix along axis=1"),
        ("np.sum(Y*np.log(A), axis=2)", DLAI_LET, 20, "'axis=2' is read only in NumPy's np.sum"),
        ("sum(Y*np.log(A), axis=1)", DLAI_LET, 17, "'axis=1' is read only in NumPy's np.sum"),
    ],
)
def test_axis_sums_that_are_not_a_number_are_refused(cost, lets, column, message):
    with pytest.raises(InputError) as caught:
        read_cost(cost, let=lets, wrt="w_j")
    assert message in caught.value.message, caught.value.message
    assert caught.value.column == column, (caught.value.column, caught.value.message)


def test_keepdims_with_no_axis_is_the_whole_sum():
    """np.sum(M, keepdims=True) adds up every entry (kept as a 1×1 array), as np.sum(M) does (read since issue 10)."""
    cost = "-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), keepdims=True)"
    _same_gradient(cost, LOGISTIC_WB, "w_j")
    read = derive(cost, let=DLAI_LET, wrt="w_j").problem
    assert any("keepdims=True only keeps the sum in a 1×1 array" in note for note in read.notes), read.notes


def test_an_answer_summed_along_the_wrong_axis_is_refused_at_axis():
    with pytest.raises(InputError) as caught:
        check("1/m*np.sum(A-Y, axis=0, keepdims=True)", cost=KEEPDIMS_COST, let=list(DLAI_LET), wrt="b")
    assert caught.value.column == 16  # the a of axis=0
    assert "the result is the array itself, not a number" in caught.value.message


@pytest.mark.parametrize("wrt", ["w_j", "b"])
@pytest.mark.parametrize(
    "cost",
    [
        # DeepLearning.AI week 3 (quoted on community.deeplearning.ai): logprobs = np.multiply(np.log(A2), Y) +
        # np.multiply((1 - Y), np.log(1 - A2)); cost = - np.sum(logprobs) / m, with the logprobs put in
        "- np.sum(np.multiply(np.log(A), Y) + np.multiply((1 - Y), np.log(1 - A))) / m",
        "cost = (-1/m) * np.sum(np.multiply(Y, np.log(A)) + np.multiply(1-Y, np.log(1-A)))",
    ],
)
def test_np_multiply_of_two_rows_is_entry_by_entry(cost, wrt):
    """np.multiply of two 1×m rows (X n×m) pairs entry i with entry i, and a row divided by m each entry."""
    _same_gradient(cost, LOGISTIC_WB, wrt)


def test_np_multiply_of_a_row_and_a_column_is_refused():
    """Y (1×m) times log(A).T (m×1) entry by entry would broadcast to m×m in NumPy: refused at the column."""
    with pytest.raises(InputError) as caught:
        read_cost("-np.sum(np.multiply(Y, np.log(A).T))/m", let=DLAI_LET, wrt="w_j")
    assert "'Y' is 1×m and 'log(A).T' is m×1: they cannot be multiplied entry by entry" in caught.value.message
    assert caught.value.column == 26


def test_np_square_is_each_entry_squared():
    """np.sum(np.square(w)) is Σₖ wₖ² (github:Jeraldy/deeplearning README: 'use np.sum(np.square(Wl))')."""
    cost = KEEPDIMS_COST + " + lambd/(2*m)*np.sum(np.square(w))"
    _same_gradient(cost, LOGISTIC_WB + " + lambda/(2*m) * sum_k(w_k^2)", "w_j")
    read = derive(cost, let=DLAI_LET, wrt="w_j").problem
    assert "read as NumPy: np.square(v) is v**2, each entry squared" in read.notes
    # the Jeraldy weight gradient's (lambd * W2) / m term, here for w
    assert check("(1/m)*np.dot(X, (A - Y).T) + (lambd * w) / m", cost=cost, let=list(DLAI_LET),
                 wrt="w_j").verdict == "equivalent"


def test_square_without_numpy_is_not_read():
    with pytest.raises(InputError) as caught:
        read_cost("square(theta^T x - y)", wrt="theta_j")
    assert caught.value.column == 0

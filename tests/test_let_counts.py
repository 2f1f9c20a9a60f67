"""A --let that says what a count letter is, against a reading that would take the letter as another count.

Found by the second outside review: ``--let "N = X.shape[1]"`` (the features) beside ``/(2*N)`` before a sum was
dropped ("defined but not used") and N read as the number of examples, so a wrong answer was called equivalent;
``--let "N = X.shape[0]"`` in DeepLearning.AI's layout (X n×m: the rows are the features) was read as the examples.
Both are refused at the let now, never read one way silently.
"""

from __future__ import annotations

from logderiv import check
from logderiv.errors import InputError

import pytest


@pytest.mark.parametrize(
    "answer, cost, lets",
    [
        ("X.T @ (X @ w - y)/m", "np.sum((X @ w - y)**2)/(2*N)", ["N = X.shape[1]"]),
        ("X.T @ (X @ w - y)/X.shape[1]", "np.sum((X @ w - y)**2)/(2*N)", ["N = X.shape[1]"]),
        ("np.dot(X, (A-Y).T)/m", "-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/N",
         ["A = sigmoid(np.dot(w.T, X) + b)", "N = X.shape[0]"]),
    ],
)
def test_a_let_of_a_count_letter_read_otherwise_is_refused_at_the_let(answer, cost, lets):
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, let=lets, wrt="w_j")
    assert caught.value.label == "--let"
    assert caught.value.column == 0


def test_a_row_count_let_in_the_row_layout_still_reads():
    # X m×n: X.shape[0] is the number of examples, as the cost's 1/N means it
    verdict = check("X.T @ (X @ w - y)/N", cost="np.sum((X @ w - y)**2)/(2*N)", let=["N = X.shape[0]"], wrt="w_j")
    assert verdict.verdict == "equivalent"

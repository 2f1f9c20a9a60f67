"""Math-text spellings of issue 10's seventh wave: slips and shorthands of blog and Q&A math.

Each reading is held against an equivalent spelling that already worked (or the
oracle), never against logderiv's own output; each refusal names its column.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

# --- a cost and an answer that both sum from 0 to n beside 1/n ---------------------------------

ZERO_COST = r"f(m,b) = \frac{1}{n}\sum_{i=0}^n {(y_i-(mx_i + b))^2}"
ONE_COST = r"f(m,b) = \frac{1}{n}\sum_{i=1}^n {(y_i-(mx_i + b))^2}"
ZERO_NOTE = "the cost and the answer both sum from i = 0 to n beside 1/n"


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        (r"\frac{\partial f}{\partial m}= \frac{2}{n}\sum_{i=0}^n {-x_i(y_i-(mx_i + b))}", "m", "equivalent"),
        (r"\frac{\partial f}{\partial b}= \frac{2}{n}\sum_{i=0}^{n} -(y_i-(mx_i + b))", "b", "equivalent"),
        (r"\frac{1}{n}\sum_{i=0}^{n} -(y_i-(mx_i + b))", "b", "different"),  # the 2 lost
        (r"\frac{2}{n}\sum_{i=0}^{n} x_i(y_i-(mx_i + b))", "m", "different"),  # the sign lost
    ],
)
def test_the_same_zero_based_slip_on_both_sides_is_read_with_a_note(answer, wrt, verdict):
    """Σ_{i=0}^n beside 1/n in the cost and the answer: the verdict is the one of Σ_{i=1}^n on both, noted."""
    got = logderiv.check(answer, cost=ZERO_COST, wrt=wrt)
    reference = logderiv.check(answer.replace("i=0", "i=1"), cost=ONE_COST, wrt=wrt)
    assert got.verdict == reference.verdict == verdict
    assert any(ZERO_NOTE in note for note in got.notes)


@pytest.mark.parametrize(
    "answer, cost, refused",
    [
        # the answer sums from 1: the verdict would depend on the reading of the cost's range
        (r"\frac{2}{n}\sum_{i=1}^n -(y_i-(mx_i + b))", ZERO_COST, "cost"),
        # the cost sums from 1, the answer from 0
        (r"\frac{2}{n}\sum_{i=0}^n -(y_i-(mx_i + b))", ONE_COST, "answer"),
        # no 1/n beside the sum in the cost
        (r"2\sum_{i=0}^n -(y_i-(mx_i + b))", r"\sum_{i=0}^n (y_i-(mx_i + b))^2", "cost"),
    ],
)
def test_a_zero_based_sum_on_one_side_only_is_still_refused(answer, cost, refused):
    """The reading needs the same slip on both sides, beside 1/n: otherwise the n + 1 terms are refused at the 0."""
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=cost, wrt="b")
    assert "from 0 to n" in str(caught.value)
    text = cost if refused == "cost" else answer
    assert caught.value.column == text.index("i=0") + 2


def test_a_cost_alone_with_the_slip_is_still_refused():
    """Derived on its own, Σ_{i=0}^n beside 1/n would change the gradient: refused, with the column of the 0."""
    with pytest.raises(InputError) as caught:
        logderiv.derive(ZERO_COST, wrt="b")
    assert caught.value.column == ZERO_COST.index("0")


# --- σ(x⁽ⁱ⁾) where x⁽ⁱ⁾ is the feature vector -----------------------------------------------------

LOGISTIC = r"J(\theta) = -\frac{1}{m} \sum_{i=1}^m[y^{(i)}\log(h_\theta(x^{(i)})) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))]"


def test_a_sigmoid_of_the_feature_vector_alone_is_refused():
    """σ(x⁽ⁱ⁾) with x⁽ⁱ⁾ the feature vector has no θ in it: shorthand for h(x⁽ⁱ⁾)? refused at the σ."""
    answer = r"\frac{1}{m}\sum_{i=1}^m(\sigma(x^{(i)}) - y^{(i)}) x^{(i)}"
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=LOGISTIC, wrt="theta_j")
    assert caught.value.column == answer.index(r"\sigma")
    assert "no parameter" in str(caught.value)


def test_the_sigmoid_of_the_prediction_beside_the_feature_vector_is_read():
    """σ(θᵀx⁽ⁱ⁾) beside the bare x⁽ⁱ⁾ stays the textbook gradient."""
    answer = r"\frac{1}{m}\sum_{i=1}^m(\sigma(\theta^T x^{(i)}) - y^{(i)}) x^{(i)}"
    assert logderiv.check(answer, cost=LOGISTIC, wrt="theta_j").verdict == "equivalent"

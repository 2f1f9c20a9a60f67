"""An answer that calls a function the cost's --let defines, and bounds its sum by the letter wᵀx implies.

``--let "s(x) = 1/(e^{-x}+1)"`` defines s for the cost; the answer ``Σ_{i=1}^{n} x_i(s(w^Tx_i) − y_i)``
calls the same s (read as its definition, noted) and bounds its sum over the examples by n, a letter
the cost never writes (there n is only logderiv's count of the features, implied by wᵀx), so the answer's
n counts the examples as the cost's N does (noted). A cost that writes n itself keeps the refusal.
Verdicts are held against spellings read before (σ written out, the bound N).
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

# https://stats.stackexchange.com/questions/258709 (the question's NLL, as a later copy writes it, with y_i)
NLL = r"NLL = - \sum_{i=1}^N[(1-y_i)\log(1-s(w^Tx_i)) + y_i\log(s(w^Tx_i))]"
S = (r"s(x) = \frac{1}{1 + e^{-x}}",)


@pytest.mark.parametrize(
    "answer, same_as, verdict",
    [
        # the accepted answer's last line, as the copy writes it, and the asker's target with the bound N
        (r"\sum_{i=1}^{n} x_i(s(w^Tx_i) - y_i)", r"\sum_{i=1}^{N} x_i(\sigma(w^Tx_i) - y_i)", "equivalent"),
        (r"\sum_{i=1}^{n} (s(w^Tx_i) - y_i) x_i", r"\sum_{i=1}^{N} (\sigma(w^Tx_i) - y_i) x_i", "equivalent"),
        # https://…/1.1 Logistic Regression: Gradients (a blog's ∇L = −Σ_{i=1}^{n} (y_i − σ(wᵀx_i)) x_i)
        (r"-\sum_{i=1}^{n} (y_i - s(w^T x_i)) x_i", r"-\sum_{i=1}^{N} (y_i - \sigma(w^T x_i)) x_i", "equivalent"),
        (r"\sum_{i=1}^{n} (y_i - s(w^T x_i)) x_i", r"\sum_{i=1}^{N} (y_i - \sigma(w^T x_i)) x_i", "different"),
        (r"\frac{1}{n}\sum_{i=1}^{n} x_i(s(w^Tx_i) - y_i)", r"\frac{1}{N}\sum_{i=1}^{N} x_i(\sigma(w^Tx_i) - y_i)",
         "different"),  # the NLL has no 1/N
    ],
)
def test_the_answers_n_counts_the_examples_and_s_is_the_costs_s(answer, same_as, verdict):
    read = check(answer, cost=NLL, wrt="w_j", let=S)
    assert read.verdict == verdict == check(same_as, cost=NLL, wrt="w_j", let=S).verdict
    assert "n counts the examples in the answer (its sum's bound), as N does in the cost, which never writes n: " \
           "read as m" in read.notes, read.notes
    assert any("s read as σ" in note for note in read.notes), read.notes


def test_a_cost_that_writes_n_keeps_the_refusal():
    """(1/n) in the cost makes n a quantity of its own: the answer's bound n is not read as N's count."""
    cost = r"NLL = - \frac{1}{n}\sum_{i=1}^N[(1-y_i)\log(1-s(w^Tx_i)) + y_i\log(s(w^Tx_i))]"
    with pytest.raises(InputError) as caught:
        check(r"\sum_{i=1}^{n} x_i(s(w^Tx_i) - y_i)", cost=cost, wrt="w_j", let=S)
    assert "the cost leaves n a quantity of its own" in caught.value.message
    assert caught.value.column == 0


@pytest.mark.parametrize(
    "answer, verdict",
    [
        (r"\sum_{i=1}^m (f(w^T x^{(i)}) - y^{(i)})(1 - f(w^T x^{(i)})^2) x_j^{(i)}", "equivalent"),
        (r"\sum_{i=1}^m (f(w^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "different"),  # f' = 1 − f² forgotten
    ],
)
def test_an_answer_calls_a_function_the_cost_defines(answer, verdict):
    """f(z) = tanh(z) for the cost and the answer: the answer's f(wᵀx⁽ⁱ⁾) is tanh(wᵀx⁽ⁱ⁾), noted."""
    cost = r"J(w) = \frac{1}{2}\sum_{i=1}^m (f(w^T x^{(i)}) - y^{(i)})^2"
    read = check(answer, cost=cost, wrt="w_j", let=(r"f(z) = \tanh(z)",))
    assert read.verdict == verdict
    written = answer.replace("f(", r"\tanh(")
    assert check(written, cost=cost, wrt="w_j", let=(r"f(z) = \tanh(z)",)).verdict == verdict
    assert "f(z) = … is a function: f applied to w^T x^{(i)}" in read.notes


def test_a_call_with_the_wrong_number_of_arguments_is_refused_at_it():
    cost = r"J(w) = \frac{1}{2}\sum_{i=1}^m (f(w^T x^{(i)}) - y^{(i)})^2"
    with pytest.raises(InputError) as caught:
        check(r"\sum_{i=1}^m (f(w^T x^{(i)}, 2) - y^{(i)}) x_j^{(i)}", cost=cost, wrt="w_j", let=(r"f(z) = \tanh(z)",))
    assert "f(z) takes 1 argument, given 2" in caught.value.message
    assert caught.value.column == 14  # the f of the call
    assert caught.value.label == "ANSWER"

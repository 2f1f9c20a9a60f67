"""An answer with the example index i free, to a cost that sums over the examples: one example's term.

``(y_i − σ(wᵀx_i)) x_{ij}`` for ``ℓ = Σ_{i=1}^n […]`` writes no sum over the examples: whichever i the writer
means, it is one term of the gradient, not the gradient, and it is judged so (at i = 1, said in a note), to
a "different" with a counterexample. A cost with a free i is still refused, and so is an answer that has a
sum over the examples beside a free i.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

# github:hguangshuai/lingying ML_fundamental/logistic_regression_derivation.md (the log-likelihood)
LOGLIK = (r"\ell(\mathbf{w}) = \sum_{i=1}^n [y_i \ln(\sigma(\mathbf{w}^T\mathbf{x}_i)) + "
          r"(1 - y_i) \ln(1 - \sigma(\mathbf{w}^T\mathbf{x}_i))]")
NOTE = ("the example index i is free in the answer (no sum over the examples around it): it is one example's "
        "term, compared at i = 1 with the gradient of the whole cost, a sum over the examples")


@pytest.mark.parametrize(
    "answer",
    [
        # hguangshuai's 'Simplifying' line, its last side (the page says: for a single sample i)
        r"(y_i - \sigma(\mathbf{w}^T\mathbf{x}_i))x_{ij}",
        # https://math.techqa.club/partial-derivative-of-log-of-sigmoid-function-with-respect-to-w-3527059
        # ('which simplifies to'), there of one example's loss; here against the summed log-likelihood
        r"(y_i-\sigma(w^Tx_i))x_{ij}",
        r"x_{ij}[-\sigma(w^T x_i) + y_i]",
    ],
)
def test_one_examples_term_is_not_the_gradient_of_the_sum(answer):
    read = check(answer, cost=LOGLIK, wrt="w_j")
    assert read.verdict == "different"
    assert read.counterexample is not None
    assert NOTE in read.notes
    # the same term summed over the examples is the gradient
    assert check(r"\sum_{i=1}^n " + answer, cost=LOGLIK, wrt="w_j").verdict == "equivalent"


def test_a_free_index_beside_a_sum_over_the_examples_stays_refused():
    with pytest.raises(InputError) as caught:
        check(r"\sum_{i=1}^n [(y_i - \sigma(w^Tx_i))x_{ij}] + y_i", cost=LOGLIK, wrt="w_j")
    assert "the example index i is free here" in caught.value.message
    assert caught.value.column == 46  # the y of the last y_i


def test_a_cost_with_a_free_index_stays_refused():
    """[(1 − y_i) log(1 − σ(wᵀx_i)) + y_i log σ(wᵀx_i)] with no sum: which example is not said."""
    with pytest.raises(InputError) as caught:
        check(r"(y_i-\sigma(w^Tx_i))x_{ij}", cost=r"[(1 - y_i)\log(1 - \sigma(w^T x_i)) + y_i \log \sigma(w^T x_i)]",
              wrt="w_j")
    assert "the example index i is free here" in caught.value.message

"""Plain ``x_ij`` (one underscore, the example index then a feature index) is x_{ij}, feature j of example i.

Read as one-letter subscripts, as LaTeX reads ``x_ij``, the text is x_i times a bare j, which means nothing
(it was refused). Q&A answers and homework type ``x_ij`` for the entry of the data matrix; it is read so and
noted. Verdicts are worked out by hand: ∂/∂θⱼ of the logistic cost (1/m) Σᵢ [−y log σ(θᵀx) − (1 − y) log(1 − σ)]
is (1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError


def test_x_ij_is_feature_j_of_example_i_and_noted():
    verdict = check("1/m sum_i (h_i - y_i) x_ij", cost="logistic")
    assert verdict.verdict == "equivalent"
    assert any("x_ij is read with two indices: feature j of example i" in note for note in verdict.notes)


def test_a_wrong_answer_in_x_ij_is_still_different():
    # the sign of the residual flipped: −(1/m) Σ (h − y) xⱼ, not the gradient
    assert check("1/m sum_i (y_i - h_i) x_ij", cost="logistic").verdict == "different"


def test_x_ik_with_wrt_theta_k():
    verdict = check("1/m sum_i (sigmoid(theta^T x_i) - y_i) x_ik", cost="logistic", wrt="theta_k")
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("answer", [
    "1/m sum_i (h_i - y_i) x_ijk",  # three letters: not two indices
    "1/m sum_i (h_i - y_i) x_ji",   # the feature first: not the order the notes write
    "1/m sum_i (h_i - y_i) y_ij",   # y has one index per example
])
def test_other_letter_runs_stay_refused(answer):
    with pytest.raises(InputError):
        check(answer, cost="logistic")

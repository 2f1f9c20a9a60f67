"""Found reading this stop's change again: a worded λ before another word was dropped as a remark.

``\\text{lambda}\\text{lambda} w_j`` is λ²wⱼ. The first word, followed by another ``\\text{…}``, stood neither where
logderiv reads a factor nor where it refuses a remark between operands, so it was dropped; the second was read as λ,
and the answer judged as λwⱼ: "equivalent" to ∂/∂wⱼ of (λ/2)‖w‖², which is λwⱼ — false. Code's name of λ with more
of the formula after it is now refused where it is not read; one that ends the formula or is set apart with \\quad is
a remark, as before.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

_COST = r"\frac{\lambda}{2}\|w\|^2"  # ∂/∂wⱼ = λwⱼ, by hand


@pytest.mark.parametrize("answer", [r"\text{lambda}\text{lambda} w_j", r"\frac{\text{lam}\text{lam} w_j}{m}",
                                    r"\text{lmbda} \text{lmbda} w_j"])
def test_a_worded_lambda_before_another_word_is_refused_not_dropped(answer):
    with pytest.raises(InputError, match="code's name of λ"):
        logderiv.check(answer, cost=_COST, wrt="w_j")


def test_a_worded_lambda_alone_still_reads_and_a_set_apart_one_stays_a_remark():
    assert logderiv.check(r"\text{lambda} w_j", cost=_COST, wrt="w_j").verdict == "equivalent"
    # w_j \quad \text{lambda}: the words set apart are a remark; the answer is wⱼ, not λwⱼ
    assert logderiv.check(r"w_j \quad \text{lambda}", cost=_COST, wrt="w_j").verdict == "different"

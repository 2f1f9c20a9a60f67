r"""Readings found by the blind eighth corpus (tests/corpus/fresh_eighth.py) and by the second misread hunt.

Each input below was once read into a confident wrong verdict. Expected gradients are
worked out by hand in each docstring; nothing here is pasted from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

# --- the n of a matrix-form answer beside a mean cost ------------------------------------------

_MEAN_CE = "-mean(y*log(p) + (1-y)*log(1-p))"
_LETS = ("p = sigmoid(Xw + b)", "predictions = sigmoid(Xw + b)")


def test_n_of_a_matrix_answer_beside_a_mean_cost_is_the_count_of_the_mean():
    """deep-ml's explanation: J = −mean(y log p + (1 − y) log(1 − p)), p = σ(Xw + b); by hand
    ∂J/∂wⱼ = (1/m) Σᵢ (pᵢ − yᵢ) xᵢⱼ = [Xᵀ(p − y)/m]ⱼ. The page's n is n_samples: the answer's n,
    a count the cost never writes, is the mean's m (noted). It was the feature count, and a right
    answer 'different'."""
    right = check("X^T(predictions - y) / n", cost=_MEAN_CE, wrt="w_j", let=_LETS)
    assert right.verdict == "equivalent"
    assert any("read as m, the count of the examples" in note for note in right.notes), right.notes
    # the sign flipped and the half are still wrong under the reading
    assert check("X^T(y - predictions) / n", cost=_MEAN_CE, wrt="w_j", let=_LETS).verdict == "different"
    assert check("X^T(predictions - y) / (2n)", cost=_MEAN_CE, wrt="w_j", let=_LETS).verdict == "different"


def test_n_of_a_matrix_answer_beside_a_cost_that_writes_m_is_refused():
    """The cost writes m (examples), and a matrix formula's n may be the features' count (Ng's notation: Xᵀ(p − y)/n
    is the gradient times m/n, different) or the student's own name for the examples (then it is the gradient): the
    verdict turns on which, and nothing written says it. It was judged different; since audit26g it is refused,
    as the same answer in Octave, NumPy or index form already was (tests/test_audit26g.py)."""
    cost = r"-\frac{1}{m}\sum_{i=1}^{m} y_i\log p_i + (1-y_i)\log(1-p_i)"
    with pytest.raises(InputError, match="the verdict turns on n"):
        check("X^T(predictions - y) / n", cost=cost, wrt="w_j", let=_LETS)
    assert check("X^T(predictions - y) / m", cost=cost, wrt="w_j", let=_LETS).verdict == "equivalent"

"""fixlatex3 (issue 10): LaTeX spellings that real writers use and that were refused, one rule per family.

Each reading starts from the real text, quoted verbatim with its source. What a text means is held to a NumPy
function written here and checked by central finite differences (tests/_numeric.py), never to logderiv's own
output; the verdicts asked of logderiv are the ones those checks (and the corpus's hand-worked notes) give. Beside
each reading, near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check

from _numeric import central_differences as _fd
from _reading import assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(103)


# --- E_{(w, b)}: the parameters listed below the cost's name -----------------------------------------------------

#: CSDN, '机器学习公式推导【Day6】线性回归模型的最小二乘估计' (https://blog.csdn.net/qq_43246110/article/details/105335318),
#: the watermelon book's one-variable least squares, '已知' (verbatim)
CSDN_COST = r"E_{(w, b)}=\sum_{i=1}^{m}\left(y_{i}-w x_{i}-b\right)^{2}"
#: … '1、对w求导' and '2、对b求导', 原公式 (verbatim)
CSDN_DW = (r"\frac{\partial E_{(w, b)}}{\partial w}=2\left(w \sum_{i=1}^{m} x_{i}^{2}-\sum_{i=1}^{m}\left(y_{i}-b"
           r"\right) x_{i}\right)")
CSDN_DB = r"\frac{\partial E_{(w, b)}}{\partial b}=2\left(m b-\sum_{i=1}^{m}\left(y_{i}-w x_{i}\right)\right)"


def _sse(params, x, y):
    """By hand: Σ (yᵢ − w xᵢ − b)², params = (w, b)."""
    return np.sum((y - params[0] * x - params[1]) ** 2)


def test_the_hand_gradient_of_the_watermelon_least_squares():
    """2(wΣxᵢ² − Σ(yᵢ − b)xᵢ) and 2(mb − Σ(yᵢ − wxᵢ)) are ∂E/∂w and ∂E/∂b; y + wx in the second is not."""
    x, y, (w, b) = _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=2)
    gradient = _fd(lambda p: _sse(p, x, y), np.array([w, b]))
    assert np.isclose(2 * (w * np.sum(x**2) - np.sum((y - b) * x)), gradient[0])
    assert np.isclose(2 * (len(y) * b - np.sum(y - w * x)), gradient[1])
    assert not np.isclose(2 * (len(y) * b - np.sum(y + w * x)), gradient[1], rtol=1e-3)


def test_parameters_below_the_cost_name_are_its_arguments():
    """∂E_{(w, b)}/∂w is ∂E(w, b)/∂w: both CSDN lines are right, the sign slip wrong (as worked above); noted."""
    assert_verdict_read(CSDN_DW, CSDN_COST, "equivalent", wrt="w")
    assert_verdict_read(CSDN_DB, CSDN_COST, "equivalent", wrt="b")
    assert_verdict_read(CSDN_DB.replace(r"y_{i}-w x_{i}", r"y_{i}+w x_{i}"), CSDN_COST, "different", wrt="b")
    notes = notes_of(check(CSDN_DB, cost=CSDN_COST, wrt="b"))
    assert "E_{(w, b)}: the parameters in brackets below the name are its arguments, read as E(w, b)" in notes


@pytest.mark.parametrize("below", [r"(x, y)", r"(W, b)", r"(w, w)", r"(w b)", r"(j)"])
def test_other_brackets_below_the_name_stay_refused(below):
    """Data, a matrix W of another layer, a repeated or unseparated list, a feature index: not the parameters."""
    error = refused(check, CSDN_DB.replace("(w, b)", below, 1), cost=CSDN_COST, wrt="b")
    assert error.column is not None

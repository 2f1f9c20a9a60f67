"""A cost that counts its examples only as code does (``np.mean``, ``len(X)``) beside a slope m in a ``--let``.

``np.mean(error**2)`` with ``--let "y_pred = m*x + b"`` writes no count: m is then the one
quantity written m, the slope, read so (noted). A cost that writes m itself, or a let whose
m does not multiply the data, stays refused. Gradients are held against the spelling with n
counting the examples, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

SLOPE_LETS = ("y_pred = m*x + b", "error = (y- y_pred)")
REFERENCE = "1/n sum_i (y_i - (m x_i + b))^2"


@pytest.mark.parametrize("wrt", ["m", "b"])
@pytest.mark.parametrize("cost", ["cost = np.mean(error**2)", "np.sum(error**2)/len(x)", "np.mean((y - y_pred)**2)"])
def test_a_code_count_leaves_m_to_the_slope(cost, wrt):
    derivation = derive(cost, let=SLOPE_LETS, wrt=wrt)
    expected = read_cost(REFERENCE, wrt=wrt)
    read = derivation.problem
    gradient = read.expand_definitions(derivation.result)
    # the count is n on both sides: the reference's 1/n is read as the example count, as np.mean's is
    assert_gradient(expected.cost, expected.wrt, gradient, {**read.definitions, **expected.definitions})
    assert any(note.startswith("m is a quantity of its own here (the slope of m x)") and "never writing m" in note
               for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("cost", "lets", "label", "column"),
    [
        ("np.sum(error**2)/m", SLOPE_LETS, "--let", 9),  # the cost writes m as a count: which m is which?
        ("np.mean(error**2)", ("y_pred = m*x + b + m", "error = (y- y_pred)"), "--let", 9),  # an m that is no slope
    ],
)
def test_an_m_the_cost_writes_or_that_is_no_slope_stays_refused(cost, lets, label, column):
    with pytest.raises(InputError) as caught:
        derive(cost, let=lets, wrt="b")
    assert caught.value.label == label and caught.value.column == column, caught.value

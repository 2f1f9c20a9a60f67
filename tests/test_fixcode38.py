"""Code readers, round 2 (fixcode38): a Spanish script's gradient loops over the TF tutorials' trX, trY.

Source (tests/corpus/fresh_eightythird.py, LBA, the f83-lbanda items): a script fitting y = W*x + b by gradient
descent, '# Proceso iterativo':

    for i in range(0, len(trX)):
        b_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b))
        W_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b)) * trX[i]

with ``def gradient_func(W, x, b): return W*x + b``, ``N = float(len(trX))`` and both gradients set to 0 first. Three
conventions are read, each noted: ``ACC -= BODY`` from a start of 0 is minus the sum of the bodies; ``range(0, N)`` is
``range(N)``; trX, trY (the TensorFlow tutorials' training inputs and labels) are the data x and the labels y where no
other spelling of the data is beside them. The expectations are worked by hand and checked with central differences.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError
from _numeric import central_differences

# the corpus item's cost (the script gives none): the mean squared error of W*x + b in the script's own names
COST = "(1/N) * sum((trY[i] - gradient_func(W, trX[i], b)) ** 2 for i in range(0, len(trX)))"
LETS = ("def gradient_func(W, x, b):\n    return W*x + b", "N = float(len(trX))")
B_LOOP = "for i in range(0, len(trX)):\n    b_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b))"
W_LOOP = "for i in range(0, len(trX)):\n    W_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b)) * trX[i]"


def _cost(W, b, x, y):
    return float(np.mean((y - (W * x + b)) ** 2))


def _loops(W, b, x, y):
    """The script's loops run as written, in Python: (b_gradient, W_gradient)."""
    N = float(len(x))
    b_gradient = W_gradient = 0.0
    for i in range(0, len(x)):
        b_gradient -= (2 / N) * (y[i] - (W * x[i] + b))
        W_gradient -= (2 / N) * (y[i] - (W * x[i] + b)) * x[i]
    return b_gradient, W_gradient


def test_the_loops_by_hand_are_the_finite_differences():
    rng = np.random.default_rng(38)
    for _ in range(3):
        x, y, W, b = rng.normal(size=5), rng.normal(size=5), float(rng.normal()), float(rng.normal())
        db, dW = _loops(W, b, x, y)
        assert np.isclose(db, central_differences(lambda v: _cost(W, v[0], x, y), np.array([b]))[0], atol=1e-6)
        assert np.isclose(dW, central_differences(lambda v: _cost(v[0], b, x, y), np.array([W]))[0], atol=1e-6)
        # the slips below are not: += gives minus the partial, (1/N) half of it
        assert not np.isclose(-dW, central_differences(lambda v: _cost(v[0], b, x, y), np.array([W]))[0])
        assert not np.isclose(db / 2, central_differences(lambda v: _cost(W, v[0], x, y), np.array([b]))[0])


def test_the_b_loop_is_read_and_noted():
    verdict = logderiv.check(B_LOOP, cost=COST, wrt="b", let=LETS + ("b_gradient = 0",))
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("read as Python: the loop subtracts its body from b_gradient, which starts at 0")
               for note in verdict.notes)
    assert "read as code: trX is the training data, the data x" in verdict.notes
    assert "read as code: trY is the training data, the targets y" in verdict.notes
    assert any("(i in range(0, len(trX)), 0 … m−1): Σᵢ" in note for note in verdict.notes)


def test_the_W_loop_and_its_slips():
    lets = LETS + ("W_gradient = 0",)
    assert logderiv.check(W_LOOP, cost=COST, wrt="W", let=lets).verdict == "equivalent"
    # += for -=: minus the partial
    plus = W_LOOP.replace("W_gradient -=", "W_gradient +=")
    assert logderiv.check(plus, cost=COST, wrt="W", let=lets).verdict == "different"
    # += with the residual turned around too: the partial again
    flipped = "for i in range(0, len(trX)):\n    W_gradient += (2/N) * (gradient_func(W, trX[i], b) - trY[i]) * trX[i]"
    assert logderiv.check(flipped, cost=COST, wrt="W", let=lets).verdict == "equivalent"
    # (1/N) for (2/N) in the b loop: half the partial
    half = B_LOOP.replace("(2/N)", "(1/N)")
    assert logderiv.check(half, cost=COST, wrt="b", let=LETS + ("b_gradient = 0",)).verdict == "different"


def test_another_start_of_the_range_stays_refused():
    # range(1, N) skips the first example: not the sum over the examples, refused at the comprehension's for
    with pytest.raises(InputError) as caught:
        logderiv.check(B_LOOP.replace("range(0,", "range(1,"), cost=COST, wrt="b", let=LETS + ("b_gradient = 0",))
    assert "range(1, len(trX)) is not the range of the examples" in str(caught.value)
    assert caught.value.column is not None


def test_trX_beside_a_bare_X_stays_refused():
    # two spellings of the data in one text: which is the data is not said, trX is not read there
    with pytest.raises(InputError) as caught:
        logderiv.check(W_LOOP, cost=COST.replace("(1/N) * sum", "(1/N) * X.shape[0] * sum"), wrt="W",
                       let=LETS + ("W_gradient = 0",))
    assert "unknown name 'trX'" in str(caught.value)


def test_a_minus_equals_without_a_zero_start_is_not_read():
    # no --let of the start: the accumulator's value is not said, so the loop is not read as a sum
    with pytest.raises(InputError, match="unexpected character ':'"):
        logderiv.check(B_LOOP, cost=COST, wrt="b", let=LETS)
    with pytest.raises(InputError, match="unexpected character ':'"):
        logderiv.check(B_LOOP, cost=COST, wrt="b", let=LETS + ("b_gradient = 1",))


def test_trX_elsewhere_is_not_a_data_name():
    # a name that merely begins with tr (trXa, matrX) is not the data
    with pytest.raises(InputError, match="unknown name 'trXa'"):
        logderiv.check("(2/N) * sum(trXa[i] - trY[i] for i in range(len(trY)))", cost=COST, wrt="b", let=LETS)

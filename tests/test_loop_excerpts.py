"""Loops pasted as excerpts: an accumulator whose start is above the lines, a bound named N beside the data's rows.

Blind waves f45 and f46 cut JavaScript and TypeScript cost functions at the loop (``let cost = 0;`` and
``const N = X.length;`` above the lines pasted), and logderiv refused them: "the loop adds to cost, which the lines
do not start" and "the loop runs to N, which does not say it is the number of examples". A name a loop adds to and
the lines set nowhere is a sum, which starts at 0; a loop that takes row i of the data for every i below N runs over
the examples, so N is their number. Both are said in notes. What means something else stays refused: a parameter a
loop adds to (a stochastic gradient step), a bound N over the parameters' entries. Gradients are held against
finite differences of costs written by hand in NumPy (tests/corpus/judge.py), never against logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, notes_of, refused


def _half_mse(d) -> float:
    return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))


def _mse(d) -> float:
    return float(np.mean((d.X @ d.theta - d.y) ** 2))


NO_START = "for i in range(m):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\ncost = cost / (2 * m)"
BOUND_N = "cost = 0\nfor i in range(N):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\nreturn cost / N"
BOTH = "for i in range(N):\n    cost += (X[i] @ theta - y[i]) ** 2\nreturn cost / (2 * N)"


def test_an_accumulator_the_lines_never_start_is_a_sum_from_0():
    assert_gradient_read(NO_START, _half_mse)
    assert any("the lines do not start cost" in note and "is read as 0" in note
               for note in notes_of(logderiv.derive(NO_START)))


def test_a_bound_named_n_beside_the_data_rows_is_the_number_of_examples():
    assert_gradient_read(BOUND_N, _mse)
    assert any("N, the bound of a loop that takes the data's rows by i, is their number m" in note
               for note in notes_of(logderiv.derive(BOUND_N)))


def test_both_in_one_excerpt():
    assert_gradient_read(BOTH, _half_mse)


@pytest.mark.parametrize("text, why", [
    # a bound N over the parameters' entries: no data row taken by i, so N may count anything
    ("J = 0\nfor i in range(N):\n    J += theta[i] ** 2\nJ", "does not say it is the number of examples"),
    # a parameter a loop adds to is a stochastic gradient step, not a sum from 0
    ("for i in range(m):\n    theta -= alpha * y[i]\ntheta", "do not start"),
    ("for i in range(m):\n    b -= alpha * (y[i] - 1)\nb", "do not start"),
    ("for i in range(m):\n    weights += 0.1 * y[i]\nweights", "do not start"),
])
def test_what_means_something_else_is_refused(text, why):
    assert why in str(refused(logderiv.derive, text))

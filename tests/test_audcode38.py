"""Audit of fixcode38 (audcode38): near misses of the TF tutorials' trX, trY read as x and y.

Each text below was read by fixcode38 as the gradient ("equivalent") although what it means depends on arrays the text
does not tie together; worked by hand, a data set where the names differ gives another value, so the reading is not
said and the text is refused (a refusal is only a miss; the false "equivalent" is the release-blocking bug).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError


def _loop_sum(x, y, W, b, count):
    """(-2/m) Σ_{i < count} (y_i - W x_i - b) x_i, the answer as Python runs it (m the length of y)."""
    return -2 / len(y) * sum((y[i] - W * x[i] - b) * x[i] for i in range(count))


def _partial_W(x, y, W, b):
    """∂/∂W of (1/m) Σ (y_i - W x_i - b)²: −(2/m) Σ (y_i − W x_i − b) x_i, by central differences."""
    h = 1e-6
    cost = lambda v: float(np.mean((y - v * x - b) ** 2))  # noqa: E731
    return (cost(W + h) - cost(W - h)) / (2 * h)


def test_a_count_by_trX_over_a_body_of_x_is_not_the_examples():
    # the body sums x[i], y[i]; the range counts trX, a name the body never indexes (the text has a bare x, so trX is not
    # x here): with trX a training split of x (80 of 100 examples) the loop is not the gradient
    rng = np.random.default_rng(380)
    x, y, W, b = rng.normal(size=100), rng.normal(size=100), 0.3, -0.2
    assert np.isclose(_loop_sum(x, y, W, b, len(x)), _partial_W(x, y, W, b), atol=1e-6)
    assert not np.isclose(_loop_sum(x, y, W, b, len(x[:80])), _partial_W(x, y, W, b), atol=1e-3)
    cost = "(1/m) * sum((y[i] - W*x[i] - b)**2 for i in range(len(y)))"
    with pytest.raises(InputError, match="range\\(len\\(trX\\)\\) does not say it runs over the examples"):
        logderiv.check("(-2/m) * sum((y[i] - W*x[i] - b)*x[i] for i in range(len(trX)))", cost=cost, wrt="W")
    # kept: the count by trX where the body indexes trX (fixcode38's reading)
    assert logderiv.check("(-2/m) * sum((trY[i] - W*trX[i] - b)*trX[i] for i in range(len(trX)))",
                          cost=cost.replace("y[i]", "trY[i]").replace("x[i]", "trX[i]"), wrt="W").verdict == "equivalent"


def test_trX_beside_another_training_spelling_of_the_data_is_not_read():
    # trX and x_train in one text: two arrays, both read as x by fixcode38; with trX scaled (a normalised copy) the
    # product (W trX_i + b − y_i) x_i is not the gradient of the cost in x_train
    rng = np.random.default_rng(381)
    x, y, W, b = rng.normal(size=20), rng.normal(size=20), 0.7, 0.1
    tr = (x - x.mean()) / x.std()
    written = 2 / len(y) * np.sum((W * tr + b - y) * x)
    assert np.isclose(2 / len(y) * np.sum((W * x + b - y) * x), _partial_W(x, y, W, b), atol=1e-6)
    assert not np.isclose(written, _partial_W(x, y, W, b), atol=1e-3)
    cost = "(1/m) * sum((W*x_train[i] + b - y_train[i])**2 for i in range(len(y_train)))"
    with pytest.raises(InputError, match="unknown name 'trX'|'x_train' is a name of code"):
        logderiv.check("(2/m) * sum((W*trX[i] + b - y_train[i]) * x_train[i] for i in range(len(y_train)))",
                       cost=cost, wrt="W")
    # trY beside y_train likewise (x and y both ambiguous there: the text is refused at the first of its names)
    with pytest.raises(InputError, match="unknown name 'trY'|'y_train' is a name of code"):
        logderiv.check("(2/m) * sum((W*x_train[i] + b - trY[i]) * x_train[i] for i in range(len(y_train)))"
                       " + 0 * sum(y_train[i] for i in range(len(y_train)))", cost=cost, wrt="W")

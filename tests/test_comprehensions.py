"""Python's sum over a comprehension: ``np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])``.

A sum over ``range`` of the examples (m, ``len(X)``, ``len(y)``, ``X.shape[0]``, the length
of a name indexed beside y) is Σᵢ; ``v[i]``, ``v[i][0]``, ``v[i, 0]`` in its body are vᵢ.
Anything else is left alone and refused. Gradients are held against the Σ spelling read
before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

H_LET = ("H = np.dot(X,theta)",)


def _same_gradient(text: str, reference: str, wrt: str = "theta_j", lets=()) -> None:
    derivation = derive(text, let=lets, wrt=wrt)
    expected = read_cost(reference, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


@pytest.mark.parametrize(
    ("text", "lets", "reference"),
    [
        # stackoverflow.com/questions/17696797 (the question's CostRegFunction), y an (m, 1) column
        ("J = (1 / (2 * m)) * (np.sum([(H[i] - y[i][0])**2 for i in range(len(H))]))", H_LET,
         "1/(2m) sum_i((theta^T x^(i) - y^(i))^2)"),
        ("sum((H[k] - y[k, 0])**2 for k in range(m)) / m", H_LET, "1/m sum_i((theta^T x^(i) - y^(i))^2)"),
        ("np.sum([(h[i] - y[i])**2 for i in range(len(y))])", ("h = X @ theta",), "sum_i((theta^T x^(i) - y^(i))^2)"),
        ("-sum([y[i]*np.log(h[i]) + (1 - y[i])*np.log(1 - h[i]) for i in range(X.shape[0])])",
         ("h = sigmoid(X @ theta)",), "-sum_i(y^(i) log(sigmoid(theta^T x^(i))) + (1 - y^(i)) log(1 - sigmoid(theta^T x^(i))))"),
    ],
)
def test_a_comprehension_over_the_examples_is_a_sum_over_them(text, lets, reference):
    _same_gradient(text, reference, lets=lets)


def test_the_reading_is_said():
    notes = derive("np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])", let=H_LET).problem.notes
    assert any(note.startswith("read as Python: np.sum([(H[i] - y[i][0])**2 for i in range(len(H))]) adds up its body "
                               "over the examples") for note in notes), notes


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("np.sum([(H[i] - y[i])**2 for i in range(n)])", 25),  # n counts the features, not the examples
        ("np.sum([(H[i] - y[i])**2 for i in range(1, m)])", 25),  # a range that skips example 0
        ("np.sum([(H[i] - y[i])**2 * i for i in range(m)])", 29),  # the loop variable used as a number
    ],
)
def test_other_comprehensions_are_refused(text, column):
    with pytest.raises(InputError) as caught:
        derive(text, let=H_LET)
    assert caught.value.column == column, caught.value

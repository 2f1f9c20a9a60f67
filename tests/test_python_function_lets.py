"""Python's function definitions as ``--let`` s: ``def predict(X, theta): return X.dot(theta)``, ``lambda``.

Each is the function definition ``predict(X,theta) = X.dot(theta)`` (noted), then read as any
``--let`` function. Gradients and verdicts are held against the spelling with the function
written out, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

COST = "np.sum(error**2)/len(X)"


@pytest.mark.parametrize(
    "definition",
    [
        "def predict(X, theta): return X.dot(theta)",
        "def predict(X,theta):return X @ theta",
        "predict = lambda X, theta: X.dot(theta)",
    ],
)
def test_a_python_function_is_a_function_let(definition):
    derivation = derive(COST, let=("error = predict(X,theta) - y", definition))
    expected = read_cost("1/m sum_i((theta^T x^(i) - y^(i))^2)")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any(note.startswith("read as Python: ") and "defines the function predict(X,theta) = " in note
               for note in read.notes), read.notes


@pytest.mark.parametrize(("answer", "verdict"), [("(1/len(X)) * X.T.dot(error)", "different"),
                                                 ("(2/len(X)) * X.T.dot(error)", "equivalent")])
def test_an_answer_through_the_python_function(answer, verdict):
    lets = ("error = predict(X,theta) - y", "def predict(X, theta): return X.dot(theta)")
    assert check(answer, cost=COST, let=lets).verdict == verdict
    assert check(answer, cost=COST, let=("error = X.dot(theta) - y",)).verdict == verdict


def test_a_def_without_return_is_refused():
    with pytest.raises(InputError):
        derive(COST, let=("error = predict(X,theta) - y", "def predict(X, theta): X.dot(theta)"))

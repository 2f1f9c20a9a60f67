"""Code's functions with a number in their name: ``np.log1p``, ``np.expm1``, ``np.log2``, ``np.log10``.

Read literally, ``log1p(z)`` split into log(1)·p·z, a silent zero; they are read as code
means them (noted), and a bare ``log2(v)`` (code's logarithm, or log 2 times v?) is refused.
Gradients are held against the spelling written out, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

LETS = ("z = X @ w",)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # the cross-entropy in softplus form: log(1 + e^(−z)) + (1 − y) z
        ("np.sum(np.log1p(np.exp(-z)) + (1 - y) * z)", "sum(log(1 + exp(-w^T x)) + (1 - y) w^T x)"),
        ("np.mean(np.log1p(np.exp(-y * z)))", "1/m sum(log(1 + exp(-y w^T x)))"),
        ("np.sum(np.expm1(z) - y * z)", "sum(exp(w^T x) - 1 - y w^T x)"),
        ("-np.sum(y * np.log2(sigmoid(z)) + (1 - y) * np.log2(1 - sigmoid(z)))",
         "-sum(y log(sigmoid(w^T x)) + (1 - y) log(1 - sigmoid(w^T x))) / log(2)"),
        ("np.sum(math.log10(10) * (z - y)**2)", "sum((w^T x - y)^2)"),
    ],
)
def test_a_numbered_function_reads_as_code_means_it(text, reference):
    derivation = derive(text, let=LETS, wrt="w_j")
    expected = read_cost(reference, wrt="w_j")
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


def test_the_reading_is_said():
    notes = derive("np.sum(np.log1p(np.exp(-z)) + (1 - y) * z)", let=LETS, wrt="w_j").problem.notes
    assert "read as code: np.log1p(v) is log(1 + v)" in notes, notes


@pytest.mark.parametrize(("text", "column"), [("sum(log2(h))", 4), ("1/m * sum(log10(h) * y)", 10)])
def test_a_bare_log2_is_ambiguous(text, column):
    with pytest.raises(InputError) as caught:
        derive(text, let=("h = sigmoid(theta^T x)",))
    assert caught.value.column == column and "ambiguous" in str(caught.value), caught.value


@pytest.mark.parametrize(("text", "column"), [("np.sum(np.exp2(z) - y)", 7), ("np.sum(sqrt2(z))", 7)])
def test_another_function_joined_to_a_number_is_refused(text, column):
    """exp2(z) read literally is exp(2)·z: refused at the name, both readings named."""
    with pytest.raises(InputError) as caught:
        derive(text, let=LETS, wrt="w_j")
    assert caught.value.column == column and "joined to a number" in str(caught.value), caught.value

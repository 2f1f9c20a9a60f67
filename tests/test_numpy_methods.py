"""NumPy's method forms on any operand: ``v.sum(axis=0)``, ``v.mean()``, ``v.reshape(-1, 1)``.

``v.sum(…)`` is ``np.sum(v, …)`` and ``v.mean(…)`` is ``np.mean(v, …)`` (the receiver is the
operand just before the '.', as Python binds it); ``.reshape(-1, 1)``, ``.flatten()``,
``.ravel()``, ``.squeeze()`` only reshape an array and are dropped. Each is noted; other
arguments are left to the readers, which refuse them at their column. Gradients are held
against the function spelling, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation.pasted import rewrite

POISSON_LETS = ("z = X @ w", "pointwise_loss = np.exp(z) - y * z")


def _same_gradient(text: str, reference: str, wrt: str, lets=()) -> None:
    derivation = derive(text, let=lets, wrt=wrt)
    expected = read_cost(reference, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


@pytest.mark.parametrize(
    ("text", "lets", "reference"),
    [
        ("pointwise_loss.sum(axis=0)", POISSON_LETS, "sum(exp(w^T x) - y w^T x)"),
        ("pointwise_loss.sum()", POISSON_LETS, "sum(exp(w^T x) - y w^T x)"),
        ("pointwise_loss.mean()", POISSON_LETS, "1/m sum(exp(w^T x) - y w^T x)"),
        ("((X @ w - y)**2).mean() / 2", (), "1/(2m) sum((w^T x - y)^2)"),
        ("0.5 * ((X @ w - y)**2).sum() + lam * (w**2).sum()", (), "1/2 sum((w^T x - y)^2) + lambda sum_k(w_k^2)"),
        ("np.square(X @ w - y).reshape(-1, 1).sum(axis=0)", (), "sum((w^T x - y)^2)"),
        ("np.exp(z).flatten().sum() - (y * z).ravel().sum()", ("z = X @ w",), "sum(exp(w^T x) - y w^T x)"),
    ],
)
def test_a_method_reads_as_its_function(text, lets, reference):
    """v.sum(axis=0) of a vector over the examples is Σᵢ vᵢ; v.mean() is (1/m)Σᵢ vᵢ; reshapes keep the entries."""
    _same_gradient(text, reference, "w_j", lets)


def test_the_method_reading_is_said():
    notes = derive("pointwise_loss.sum(axis=0)", let=POISSON_LETS, wrt="w_j").problem.notes
    assert "read as NumPy: pointwise_loss.sum(axis=0) is np.sum(pointwise_loss, axis=0), the method as its function" \
        in notes, notes
    pasted = rewrite("v.mean(axis=0).reshape(-1, 1)")
    assert pasted.text == "np.mean(v, axis=0)"
    assert "read as NumPy: .reshape(-1, 1) only reshapes the array before it: its entries are the same, and are " \
        "compared one by one" in pasted.notes


def test_a_method_binds_to_the_operand_before_the_dot():
    """a * b.sum() sums b alone, as Python binds the attribute tighter than '*'."""
    assert rewrite("a * b.sum()").text == "a * np.sum(b)"
    assert rewrite("(a * b).sum()").text == "np.sum((a * b))"
    assert rewrite("np.exp(z).sum()").text == "np.sum(np.exp(z))"


def test_a_gradient_through_a_method_is_checked():
    """The Poisson loss summed over the samples: Xᵀ(e^{Xw} − y) is its gradient; the mean of the pieces is not."""
    right = check("X.T @ (np.exp(z) - y)", cost="pointwise_loss.sum(axis=0)", let=POISSON_LETS, wrt="w_j")
    assert right.verdict == "equivalent", right.notes
    wrong = check("X.T @ (np.exp(z) - y) / m", cost="pointwise_loss.sum(axis=0)", let=POISSON_LETS, wrt="w_j")
    assert wrong.verdict == "different"


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("pointwise_loss.sum(axis=2)", 14),  # no third axis: left alone, refused at the '.'
        ("pointwise_loss.reshape(3, 4)", 14),  # a shape logderiv does not read
        ("2.sum()", 1),  # a number has no methods
    ],
)
def test_other_arguments_are_refused_at_their_column(text, column):
    with pytest.raises(InputError) as caught:
        derive(text, let=POISSON_LETS, wrt="w_j")
    assert caught.value.column == column, caught.value

"""NumPy's ``np.linalg.norm(v)**2``, ``np.power(a, b)``, ``np.average(v)`` and PyTorch's ``torch.sum`` … in a cost.

Each is put in a spelling already read (‖v‖², a**b, np.mean, NumPy's functions), noted; a norm not
squared, a weighted average and PyTorch's keywords are left alone and refused. Gradients are held
against the spelling written out, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

RIDGE = "1/m sum((w^T x - y)^2) + lambda sum_k(w_k^2)"
LOGISTIC = "-1/m sum(y log(sigmoid(w^T x)) + (1 - y) log(1 - sigmoid(w^T x)))"


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("np.linalg.norm(X @ w - y)**2 / m + lam * np.linalg.norm(w, 2) ** 2", RIDGE),
        ("np.power(X @ w - y, 2).mean() + lam * np.sum(np.power(w, 2))", RIDGE),
        ("np.average((X @ w - y)**2) + lam * np.linalg.norm(w, ord=2)**2", RIDGE),
        ("torch.mean((X @ w - y)**2) + lam * torch.sum(w**2)", RIDGE),
        ("-(y * torch.log(torch.sigmoid(X @ w)) + (1 - y) * torch.log(1 - torch.sigmoid(X @ w))).mean()", LOGISTIC),
    ],
)
def test_a_library_call_reads_as_its_formula(text, reference):
    derivation = derive(text, wrt="w_j")
    expected = read_cost(reference, wrt="w_j")
    read = derivation.problem
    definitions = {**read.definitions, **expected.definitions}
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([expected.expand_definitions(expected.cost), read.expand_definitions(read.cost)])


def test_the_readings_are_said():
    notes = derive("np.linalg.norm(X @ w - y)**2 + torch.sum(w**2)", wrt="w_j").problem.notes
    assert "read as NumPy: np.linalg.norm(v)**2 is ‖v‖², the sum of the squares of v's entries" in notes, notes
    assert any(note.startswith("read as PyTorch: torch.sum") for note in notes), notes


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("np.linalg.norm(X @ w - y) / m", 0),  # a norm not squared: a square root, not read
        ("np.linalg.norm(X @ w - y, 1)**2", 0),  # another order
        # (torch.sum(…, dim=0) was refused here as PyTorch's keyword; fixtail_a reads it: dim is exactly NumPy's
        # axis, so the sum is np.sum(…, axis=0), noted — tests/test_fixtail_a.py holds it to finite differences)
    ],
)
def test_other_calls_are_refused(text, column):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="w_j")
    assert caught.value.column == column, caught.value

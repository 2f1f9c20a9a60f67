"""NumPy's ``X * (h - y)`` (a column broadcast across X) and ``np.sum/np.mean(M, axis=0)`` in a matrix answer.

The matrix form holds the values per example as an m×1 column; NumPy's ``*`` of the m×n X and
such a column multiplies row i of X by vᵢ, and ``axis=0`` adds up (averages) each column: the
per-sample gradients summed (averaged). Noted; axis=1 of a mean, a mean
whose matrix has no m rows stay refused. Verdicts are held against Xᵀ(…), read before.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

# a Poisson regression class (the poissonclass items of the corpus): the loss sums the pointwise losses
POISSON = "np.sum(np.exp(z) - y * z)"
LETS = ("z = X @ w",)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("np.sum(X * (np.exp(z) - y), axis=0)", "equivalent"),
        ("np.sum((np.exp(z) - y) * X, axis=0)", "equivalent"),
        ("(X * (np.exp(z) - y)).sum(axis=0)", "equivalent"),
        ("np.mean(X * (np.exp(z) - y), axis=0)", "different"),  # the mean of a summed loss's pieces: 1/m too small
        ("(X * (np.exp(z) - y)).mean(axis=0).reshape(-1, 1) * m", "equivalent"),
        ("np.sum(X * (np.exp(z) + y), axis=0)", "different"),
    ],
)
def test_per_sample_gradients_summed_over_axis_0(answer, verdict):
    read = check(answer, cost=POISSON, let=LETS, wrt="w_j")
    assert read.verdict == verdict, read.notes
    reference = "X.T @ (np.exp(z) - y)" if verdict == "equivalent" else None
    if reference is not None:
        assert check(reference, cost=POISSON, let=LETS, wrt="w_j").verdict == "equivalent"


def test_the_readings_are_said():
    notes = check("np.mean(X * (np.exp(z) - y), axis=0)", cost=POISSON, let=LETS, wrt="w_j").notes
    assert any(note.startswith("read as NumPy: M * v of the m×n matrix M and the m×1 column v multiplies row i of M "
                               "by vᵢ") for note in notes), notes
    assert "read as NumPy: np.mean(M, axis=0) averages each column of M (m×n here)" in notes, notes


def test_a_matrix_let_of_the_answer_is_put_in_place():
    """pointwise_loss_grad = X * (np.exp(z) - y) is a matrix: put in the answer that uses it, noted."""
    read = check("pointwise_loss_grad.sum(axis=0)", cost=POISSON, wrt="w_j",
                 let=LETS + ("pointwise_loss_grad = X * (np.exp(z) - y)",))
    assert read.verdict == "equivalent", read.notes


def test_numpy_positional_axis_is_numpys():
    """np.sum(M, 0) in NumPy's call is axis 0, as NumPy counts: Σᵢ (e^{zᵢ} − yᵢ) x⁽ⁱ⁾, the Poisson gradient (by hand)."""
    assert check("np.sum(X * (np.exp(z) - y), 0)", cost=POISSON, let=LETS, wrt="w_j").verdict == "equivalent"
    assert check("np.sum(X * (y - np.exp(z)), 0)", cost=POISSON, let=LETS, wrt="w_j").verdict == "different"
    # X.T * v with v 1-D broadcasts v along X.T's rows: axis 1 adds up Σᵢ vᵢ x⁽ⁱ⁾ too
    assert check("np.sum(X.T * (np.exp(z) - y), axis=1)", cost=POISSON, let=LETS, wrt="w_j").verdict == "equivalent"


@pytest.mark.parametrize(
    ("answer", "column", "fragment"),
    [
        # a positional axis of NumPy's call counts from 0, as NumPy does (the code runs there): axis 1 of the m×n
        # product is its m row sums, no gradient (axis 0 is read: test_numpy_positional_axis_is_numpys)
        ("np.sum(X * (np.exp(z) - y), 1)", 3, "must be n×1"),
        ("np.mean(X * (np.exp(z) - y), axis=1)", 3, "divides by the n columns of a m×n matrix"),
        # n×m times the 1-D m-vector broadcasts as a row; its axis 0 has the n rows: no mean over the examples
        ("np.mean(X.T * (np.exp(z) - y), axis=0)", 3, "divides by the n rows of a n×m matrix"),
        ("np.sum(X.T @ (np.exp(z) - y), axis=0)", 3, "sums a vector or a number along one axis"),
    ],
)
def test_other_axes_and_shapes_are_refused(answer, column, fragment):
    with pytest.raises(InputError) as caught:
        check(answer, cost=POISSON, let=LETS, wrt="w_j")
    assert fragment in str(caught.value), str(caught.value)
    assert caught.value.column == column, (caught.value.column, str(caught.value))


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [("np.mean(h - y, axis=0)", "equivalent"), ("np.mean(h - y, axis=0) * 2", "different")],
)
def test_a_mean_along_the_examples_of_a_vector(answer, verdict):
    """np.mean(h - y, axis=0) of the m×1 column: (1/m) Σᵢ (hᵢ − yᵢ), the bias gradient of the mean cross-entropy."""
    read = check(answer, cost="-np.mean(y*np.log(h) + (1-y)*np.log(1-h))", let=("h = sigmoid(X @ w + b)",), wrt="b")
    assert read.verdict == verdict


def test_a_mean_of_the_parameters_is_refused():
    """np.mean(w, axis=0) divides by n; the mean's 1/m counts the examples: refused, not read as (1/m) Σₖ wₖ."""
    with pytest.raises(InputError) as caught:
        check("np.mean(w, axis=0)", cost="-np.mean(y*np.log(h) + (1-y)*np.log(1-h))", let=("h = sigmoid(X @ w + b)",),
              wrt="b")
    assert "divides by n, not by the m examples" in str(caught.value)
    assert caught.value.column == 3

"""audit32g: near-misses of fixf73b's readings (grad = grad + p after a --let, sum(X .* repmat(v, 1, size(X,2))),
and grad(:, 2:…) of a 1×n row gradient).

Each expected verdict is worked out by hand; the Octave semantics it rests on are mirrored in NumPy here, sharing no
code with logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

LR_COST = ("J = (1/m) * sum(-y .* log(sigmoid(X*theta)) - (1-y) .* log(1 - sigmoid(X*theta))) + "
           "(lambda/(2*m)) * sum(theta(2:end).^2)")
ROW_GRAD = "grad = (1/m) * (sigmoid(X*theta) - y)' * X;\n"


def _octave_colon(start: int, stop: int) -> list[int]:
    """Octave's start:stop as 0-based positions (empty when stop < start)."""
    return list(range(start - 1, stop))


def test_size_of_row_first_dimension_is_one_by_hand():
    # a 1×n row: size(grad, 1) is 1, so grad(:, 2:size(grad,1)) is grad(:, 2:1), an empty 1×0 slice; adding the
    # 1×(n−1) row theta(2:end)' to it does not conform (Octave stops) — never the regularised gradient
    grad = np.zeros((1, 4))
    assert grad.shape[0] == 1
    assert _octave_colon(2, grad.shape[0]) == []
    assert grad[:, _octave_colon(2, grad.shape[0])].shape == (1, 0)
    # while 2:length(grad) and 2:end are the entries after the first
    assert _octave_colon(2, grad.size) == [1, 2, 3]


@pytest.mark.parametrize("line", [
    "grad(:, 2:size(grad,1)) = grad(:, 2:size(grad,1)) + (lambda/m) * theta(2:end)';",
    "grad(:, 2:end) = grad(:, 2:size(grad, 1)) + (lambda/m) * theta(2:end)';",
])
def test_row_columns_counted_by_its_rows_are_refused(line):
    with pytest.raises(InputError):
        logderiv.check(ROW_GRAD + line, cost=LR_COST, wrt="theta_j", timeout=60)


@pytest.mark.parametrize("line", [
    "grad(:, 2:end) = grad(:, 2:end) + (lambda/m) * theta(2:end)';",
    "grad(:, 2:length(grad)) = grad(:, 2:length(grad)) + (lambda/m) * theta(2:length(theta))';",
    "grad(:, 2:size(theta,1)) = grad(:, 2:size(theta,1)) + (lambda/m) * theta(2:end)';",
])
def test_row_columns_still_read(line):
    # ((h − y)ᵀX)/m with (λ/m)θⱼ added for j ≥ 2: the regularised logistic gradient, a row
    assert logderiv.check(ROW_GRAD + line, cost=LR_COST, wrt="theta_j", timeout=60).verdict == "equivalent"


def test_column_slice_of_a_column_is_empty_by_hand():
    # grad an n×1 column: grad(:, 2:end) takes columns 2..1 of it, none: an n×0 slice, which no (n−1)×1 penalty
    # can be added to (Octave: "nonconformant arguments"); a row grad plus the column theta(2:end) broadcasts into
    # an (n−1)×(n−1) matrix that grad(2:end)'s n−1 entries cannot take
    grad = np.zeros((4, 1))
    assert grad[:, _octave_colon(2, grad.shape[1])].shape == (4, 0)
    with pytest.raises(ValueError):
        grad[:, _octave_colon(2, grad.shape[1])] + np.ones((3, 1))
    row = np.zeros((1, 4))
    assert (row[:, 1:] + np.ones((3, 1))).shape == (3, 3)


@pytest.mark.parametrize("code", [
    # a column gradient, its rest read as grad(:, 2:end) (n×0) while grad(2:end) is written
    "grad = (1/m) * X' * (sigmoid(X*theta) - y);\ngrad(2:end) = grad(:, 2:end) + (lambda/m) * theta(2:end);",
    # a row gradient with a column added: an (n−1)×(n−1) matrix put in n−1 entries
    ROW_GRAD + "grad(2:end) = grad(:, 2:end) + (lambda/m) * theta(2:end);",
])
def test_row_columns_read_by_a_plain_write_are_refused(code):
    with pytest.raises(InputError):
        logderiv.check(code, cost=LR_COST, wrt="theta_j", timeout=60)


def test_plain_rest_update_of_a_column_still_read():
    code = "grad = (1/m) * X' * (sigmoid(X*theta) - y);\ngrad(2:end) = grad(2:end) + (lambda/m) * theta(2:end);"
    assert logderiv.check(code, cost=LR_COST, wrt="theta_j", timeout=60).verdict == "equivalent"


# ------------------------------------------------------------------ sum(X .* repmat(c, 1, size(X,2))) of a number c
def _octave_repmat_sum(X: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Octave's sum(X .* repmat(v, 1, size(X,2))): v tiled one row of size(X,2) copies, the product, column sums."""
    tiled = np.tile(v, (1, X.shape[1]))
    return np.sum(X * tiled, axis=0, keepdims=True)  # X .* tiled must conform: same shape, or a 1 to broadcast


def test_number_repmat_is_a_row_of_column_sums_by_hand():
    X = np.arange(1.0, 13.0).reshape(4, 3)
    c = np.array([[0.25]])  # 1/m with m = 4
    row = _octave_repmat_sum(X, c)
    assert row.shape == (1, 3) and np.allclose(row, 0.25 * X.sum(axis=0))
    assert np.isclose(row.sum(), 0.25 * X.sum())  # sum(sum(…)) is one number, not c·Xᵀ1
    v = np.array([[1.0], [2.0], [3.0], [4.0]])  # an m×1 column: v' * X
    assert np.allclose(_octave_repmat_sum(X, v), v.T @ X)


@pytest.mark.parametrize("answer", [
    # one number (1/m)·ΣᵢⱼXᵢⱼ, while the gradient of (1/m)·sum(X*w) is the vector (1/m)·Xᵀ1
    "g = sum(sum(X .* repmat(1/m, 1, size(X,2))));",
    "g = sum(sum(X .* repmat((1/m), 1, size(X,2))));",
])
def test_number_repeated_is_not_read_as_a_column(answer):
    with pytest.raises(InputError):
        logderiv.check(answer, cost="(1/m) * sum(X*w)", wrt="w_j", timeout=60)


def test_column_repeated_still_read():
    # (1/m)(σ(Xθ) − y)ᵀX: the unregularised logistic gradient, a row
    cost = "J = (1 / m) * sum(-y'*log(sigmoid(X*theta)) - (1-y)'*log( 1 - sigmoid(X*theta)))"
    answer = "grad = (1 / m) * sum( X .* repmat((sigmoid(X*theta) - y), 1, size(X,2)) );"
    result = logderiv.check(answer, cost=cost, wrt="theta_j", timeout=60)
    assert result.verdict == "equivalent"
    assert any("repmat(v, 1, size(X,2))" in note for note in result.notes)


def test_number_repeated_beside_a_vector_by_hand():
    # w an n×1 column: size(w,2) is 1, repmat(c, 1, 1) is c, and sum(w .* c) is c·Σⱼwⱼ, one number, not c·w
    w = np.array([[1.0], [2.0], [3.0]])
    assert np.allclose(_octave_repmat_sum(w, np.array([[2.0]])), 2.0 * w.sum())
    assert _octave_repmat_sum(w, np.array([[2.0]])).shape == (1, 1)


def test_repmat_beside_a_vector_is_refused():
    # sum(X)' + λ·Σⱼwⱼ (a number added to each entry), not the gradient sum(X)' + λw of λ/2·wᵀw + sum(Xw − y)
    with pytest.raises(InputError):
        logderiv.check("g = sum(X)' + sum(w .* repmat(lambda * 1, 1, size(w,2)));",
                       cost="lambda/2 * (w' * w) + sum(X*w - y)", wrt="w_j", timeout=60)

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

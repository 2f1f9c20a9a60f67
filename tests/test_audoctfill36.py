"""audoctfill36: silent misreads in fixoctfill36's Octave fill readings, each held to a hand-worked verdict.

The expected verdicts are not logderiv's: each code is run here as NumPy, line by line as Octave runs it, and held
against central finite differences of the cost (tests/_numeric.py). A refusal is allowed (a miss, not a misread);
a verdict other than the hand-worked one is not.

* ``size(grad,1)`` is θ's count only while grad is the --let's ``zeros(size(theta))``: once a line of the answer has
  set grad anew (``grad = ((h - y)'*X)/m``, a 1×n row) ``size(grad,1)`` is that value's rows, 1 for a row, and
  ``grad(2:size(grad,1))`` is empty: no penalty at all.
* ``grad(2:rest,1)`` names rows 2…n of grad's first column: of the row grad = ((h - y)'*X)/m it names rows that do
  not exist (Octave stops: index out of bound), so it is not grad(2:end), the row's entries 2…n.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import gradient_agrees, half_mean_square
from logderiv.errors import InputError

_LAM = 0.7


def _ex5(X, y, theta):
    """(1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θⱼ²."""
    return half_mean_square(X, y, theta) + _LAM / (2 * len(y)) * float(theta[1:] @ theta[1:])



def _agrees(gradient, cost) -> bool:
    return gradient_agrees(gradient, cost, seeds=(36, 37))


def _verdict_or_refusal(text, cost, lets):
    try:
        return logderiv.check(text, cost=cost, let=lets, timeout=60).verdict
    except InputError:
        return "refused"


_J = "J=(1/(2*m))*sum((h0xi-y).^2)+(lambda/(2*m))*sum(theta(2:end,:).^2);"
_START = ("m = length(y); % number of training examples", "grad = zeros(size(theta));", "h0xi=X*theta;")


def _row_size_one(X, y, t):
    """grad = ((h0xi-y)'*X)/m, a 1×n row; size(grad,1) is 1, so grad(2:1) = grad(2:1) + … changes nothing."""
    grad = ((X @ t - y) @ X) / len(y)  # the row, as Octave's (h0xi-y)'*X
    rows = 1  # size(grad, 1) of a 1×n row
    grad[1:rows] = grad[1:rows] + _LAM / len(y) * t[1:rows]  # 2:1 is empty
    return grad


def _column_size_n(X, y, t):
    grad = X.T @ (X @ t - y) / len(y)
    rows = grad.shape[0]
    grad[1:rows] = grad[1:rows] + _LAM / len(y) * t[1:rows]
    return grad


def test_hand_verdicts_tell_the_row_from_the_column():
    assert not _agrees(_row_size_one, _ex5)  # the penalty is missing
    assert _agrees(_column_size_n, _ex5)


def test_size_of_grad_after_the_answer_sets_it_as_a_row_is_not_thetas_count():
    # size(grad,1) written after grad = ((h0xi-y)'*X)/m: 1, not n; the answer leaves out the penalty
    text = ("grad = ((h0xi-y)'*X)/m;\n"
            "grad(2:size(grad,1)) = grad(2:size(grad,1)) + (lambda/m)*theta(2:size(grad,1))';")
    expected = "equivalent" if _agrees(_row_size_one, _ex5) else "different"
    assert _verdict_or_refusal(text, _J, _START) in (expected, "refused")


def test_the_start_is_still_read_for_a_let_that_counts_it():
    # --let rest=size(grad,1) is computed from the start, before the answer: n, and the row's grad(2:rest) is 2…n
    lets = (*_START, "rest=size(grad,1);")
    text = "grad = ((h0xi-y)'*X)/m;\ngrad(2:rest) = grad(2:rest) + (lambda/m)*theta(2:rest)';"
    expected = "equivalent" if _agrees(_column_size_n, _ex5) else "different"
    assert _verdict_or_refusal(text, _J, lets) == expected


def test_a_row_grad_with_a_column_index_is_not_read_as_its_entries():
    # grad(2:rest,1) of the 1×n row: rows 2…n of column 1 do not exist (Octave: index out of bound); not the
    # row's entries 2…n, so not "equivalent"
    lets = (*_START, "rest=size(grad,1);")
    text = "grad = ((h0xi-y)'*X)/m;\ngrad(2:rest,1) = grad(2:rest,1) + (lambda/m)*theta(2:rest,1)';"
    assert _verdict_or_refusal(text, _J, lets) in ("different", "refused")
    assert _verdict_or_refusal(text, _J, lets) != "equivalent"


def test_the_fixers_column_reading_is_kept():
    lets = (*_START, "rest=size(grad,1);")
    text = "grad = (1/m)*(X'*(h0xi-y));\ngrad(2:rest,1)= grad(2:rest,1) + (lambda/m)*theta(2:rest,1);"
    expected = "equivalent" if _agrees(_column_size_n, _ex5) else "different"
    assert _verdict_or_refusal(text, _J, lets) == expected


def test_size_of_grad_in_the_first_line_that_writes_it_is_the_starts():
    # grad(2:size(grad,1)) = grad(2:size(grad,1)) + …, the answer's first line: grad is still the start (n×1), so
    # each size(grad,1) of the line, left and right of '=', is n
    text = ("grad(1) = (1/m)*(X(:,1)'*(h0xi-y));\n"
            "grad(2:size(grad,1)) = grad(2:size(grad,1)) + (1/m)*(X(:,2:end)'*(h0xi-y)) "
            "+ (lambda/m)*theta(2:size(grad,1));")
    expected = "equivalent" if _agrees(_column_size_n, _ex5) else "different"
    assert _verdict_or_refusal(text, _J, _START) in (expected, "refused")

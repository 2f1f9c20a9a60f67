"""A superscript small t (ᵗ, U+1D57) after a vector is the transpose, noted: wᵗx is wᵀx."""

from __future__ import annotations

import pytest

from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_equal, assert_gradient

NOTE = "a superscript t (ᵗ) after a vector is read as the transpose ᵀ"


def test_small_t_is_the_transpose_with_a_note():
    read = read_problem("1/(2m) sum_i (wᵗx - y)^2", wrt="w_j")
    written = read_problem("1/(2m) sum_i (w^T x - y)^2", wrt="w_j")
    assert_equal([read.expand_definitions(read.cost), written.expand_definitions(written.cost)])
    assert NOTE in read.notes


def test_small_t_gradient():
    derivation = derive("1/(2m) sum_i (wᵗx - y)^2", wrt="w_j")
    reference = read_cost("1/(2m) sum_i (sum_k w_k x_k - y)^2", wrt="w_j")
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)


def test_small_t_in_a_let():
    read = read_problem("-1/m sum_i (y log(h) + (1 - y) log(1 - h))", lets=["h = σ(θᵗx)"])
    written = read_problem("-1/m sum_i (y log(σ(θᵀx)) + (1 - y) log(1 - σ(θᵀx)))")
    assert_equal([read.expand_definitions(read.cost), written.expand_definitions(written.cost)])
    assert NOTE in read.notes


@pytest.mark.parametrize("text, column", [("1/(2m) sum_i (2ᵗ - y)^2", 15), ("ᵗ", 0)])
def test_small_t_after_no_vector_is_refused(text, column):
    with pytest.raises(InputError) as caught:
        read_problem(text)
    assert caught.value.column == column

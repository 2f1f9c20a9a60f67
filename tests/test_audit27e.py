"""Misreads of one example against all the examples (audit27e): what logderiv said of each, and what it says now.

Issue 10: never pick a reading silently, and never judge an answer against a different count of examples
without a word. Each case below was worked out by hand and held to central finite differences of a NumPy cost
written here (``_numeric``) before logderiv was asked; the tests hold the new behaviour and the mathematics that
makes it right, never logderiv's own output.

1. A label y written without the example index inside a sum over the examples whose other data carry it
   (``(1/m) sum_i (theta^T x^(i) - y) x_j^(i)``, ``\\frac{1}{m}\\sum_{i=1}^m (\\hat{y} - y) x_{ij}``, and the cost
   ``1/(2m) sum_i (theta^T x^(i) - y)^2``) was read as y⁽ⁱ⁾ without a note, though the same sum with x_j left
   unmarked too is refused and an unmarked x_j alone is read with one. The reading (the mark dropped, as the rest
   of the sum shows) is right; it is now said.
2. An answer about one example, ``(h(x) - y) x_j`` ("for a single training example"), or an SGD update
   ``theta_j := theta_j - alpha (h(x) - y) x_j``, checked against a cost summed over the examples, was judged
   'different' (right: the gradient of the mean is the mean of those terms) with the diagnosis "differs in a way
   logderiv cannot name" and a counterexample of a new x and y beside the examples' x⁽ⁱ⁾, y⁽ⁱ⁾: judged against a
   different count of examples without a word. The reverse, ``sum((h - y) x_j)`` against one example's loss
   ``L = 1/2 (theta^T x - y)^2``, likewise. Both now say so in a note (as an answer with i free already did).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of
from logderiv.cli import main

_LINEAR = "J = 1/(2m) sum_i (theta^T x^(i) - y^(i))^2"


def _data(seed: int):
    rng = np.random.default_rng(seed)
    m, n = 5, 3
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


def _mean_half_sse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ 1. an unmarked y beside marked data


def test_by_hand_the_label_of_each_example_makes_the_gradient():
    """∂/∂θⱼ (1/2m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾; with one y for every example it is not."""
    X, y, theta = _data(1)
    m = len(y)
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (X @ theta - y[0]) / m, atol=1e-3)  # y a value not following the sum


_UNMARKED_Y = [
    "(1/m) sum_i (theta^T x^(i) - y) x_j^(i)",
    r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y) x_j^{(i)}",
    "(1/m) sum_i (h - y) x_ij",
    r"\frac{1}{m}\sum_{i=1}^m (\hat{y} - y) x_{ij}",
    "(1/m) sum_i (h(x^(i)) - y) x_j^(i)",
]


@pytest.mark.parametrize("answer", _UNMARKED_Y)
def test_an_unmarked_label_beside_marked_data_is_read_as_the_examples_and_said(answer):
    # equivalent by the hand check above, with y read as y⁽ⁱ⁾; was read so without a note
    assert_verdict_read(answer, _LINEAR, "equivalent")
    said = notes_of(logderiv.check(answer, cost=_LINEAR))
    assert any("'y' has no example index beside" in note and "read as y⁽ⁱ⁾" in note for note in said), said


def test_an_unmarked_label_in_the_cost_is_read_as_the_examples_and_said():
    cost = "J = 1/(2m) sum_i (theta^T x^(i) - y)^2"
    assert_gradient_read(cost, _mean_half_sse)
    said = notes_of(logderiv.derive(cost, wrt="theta_j"))
    assert any("'y' has no example index beside x^(i)" in note for note in said), said


def test_a_sum_that_marks_every_label_or_none_gets_no_such_note():
    for answer in ("(1/m) sum_i (theta^T x^(i) - y^(i)) x_j^(i)", "(1/m) sum (h - y) x_j"):
        said = notes_of(logderiv.check(answer, cost=_LINEAR))
        assert not any("'y' has no example index" in note for note in said), (answer, said)


def test_an_unmarked_label_is_still_wrong_where_the_answer_is():
    # the sign flipped: by the hand check above the gradient is (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
    assert_verdict_read("(1/m) sum_i (y - theta^T x^(i)) x_j^(i)", _LINEAR, "different")


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_unmarked_label_note_is_in_every_format(fmt):
    result = CliRunner().invoke(main, ["check", _UNMARKED_Y[0], "--cost", _LINEAR, "-f", fmt])
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "has no example index beside" in shown and "label" in shown, shown


# ------------------------------------------------------------------ 2. one example's gradient against all examples'


def test_by_hand_one_examples_gradient_is_not_the_means():
    """∂/∂θⱼ of ½(θᵀx − y)² is (θᵀx − y)xⱼ; of (1/2m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² it is the mean of those terms, another value."""
    X, y, theta = _data(2)
    m = len(y)
    one = central_differences(lambda t: float((X[0] @ t - y[0]) ** 2) / 2, theta)
    assert np.allclose(one, (X[0] @ theta - y[0]) * X[0], atol=1e-6)
    mean = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m), theta)
    assert not np.allclose(one, mean, atol=1e-3)


_ONE_EXAMPLE = [
    "(h(x) - y) x_j",
    "(theta^T x - y) x_j",
    r"(h_\theta(x) - y) x_j",
    "theta_j := theta_j - alpha (h(x) - y) x_j",
]


@pytest.mark.parametrize("answer", _ONE_EXAMPLE)
def test_one_examples_gradient_against_the_summed_cost_is_different_and_says_why(answer):
    # different by the hand check above; was 'different' with nothing said of the examples
    assert_verdict_read(answer, _LINEAR, "different")
    said = notes_of(logderiv.check(answer, cost=_LINEAR))
    assert any("no sum over the examples and no example index" in note and "one example's gradient" in note
               for note in said), said


def test_one_examples_gradient_against_the_preset_is_different_and_says_why():
    # the logistic preset is the mean cross-entropy: its gradient is (1/m)Σᵢ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, a mean
    said = notes_of(logderiv.check("(h - y) x_j", cost="logistic"))
    assert any("one example's gradient" in note for note in said), said


@pytest.mark.parametrize("answer", ["sum((h - y) x_j)", "(1/m) sum_i (h(x^(i)) - y^(i)) x_j^(i)"])
def test_a_summed_answer_against_one_examples_loss_is_different_and_says_why(answer):
    cost = "L = 1/2 (theta^T x - y)^2"
    assert_verdict_read(answer, cost, "different")  # by hand above: one example's gradient is no sum
    said = notes_of(logderiv.check(answer, cost=cost))
    assert any("the answer sums over the examples, but the cost is one example's loss" in note for note in said), said


def test_answers_of_the_same_count_get_no_such_note():
    # equivalent by the hand checks above: one example's gradient to one example's loss, the mean to the mean
    for answer, cost in (("(h - y) x_j", "L = 1/2 (theta^T x - y)^2"),
                         ("(1/m) sum_i (h(x^(i)) - y^(i)) x_j^(i)", _LINEAR)):
        assert_verdict_read(answer, cost, "equivalent")
        said = notes_of(logderiv.check(answer, cost=cost))
        assert not any("one example's" in note for note in said), (answer, said)


def test_an_answer_with_the_index_free_keeps_its_own_note_alone():
    said = notes_of(logderiv.check("(h(x^(i)) - y^(i)) x_j^(i)", cost=_LINEAR))
    assert any("the example index i is free in the answer" in note for note in said), said
    assert not any("no sum over the examples and no example index" in note for note in said), said


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_one_example_note_is_in_every_format(fmt):
    result = CliRunner().invoke(main, ["check", "(h(x) - y) x_j", "--cost", _LINEAR, "-f", fmt])
    assert result.exit_code == 1, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "no sum over the examples and no example index" in shown, shown

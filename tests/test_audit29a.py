"""audit29a (issue 10): where fixcold30a's "Σ dropped" reading misjudged a page, and what it must leave as it was.

fixcold30a reads a line that marks example i outside any Σ over the examples, where the cost sums over them, as the
Σ dropped by a slip and judges it (wrong) against the line before. Read so, pages that mean one example's loss in
words the one-example announcement does not take ("in stochastic gradient descent … the i-th example's loss"), or
that leave the sum unwritten on purpose ("the sum over i is understood"), were called WRONG — a false verdict. What
each page means was worked by hand; the mathematics it rests on is checked here by central finite differences
(tests/_numeric.py), never by logderiv: one example's loss ½(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has the gradient (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
(so the SGD page is right by its own reading), and the mean's gradient is not it (so the Σ-dropped reading calls it
wrong). Two readings, both plausible: refused, never picked.

The rule now: only a line that keeps the mean's count m ((1/m)(h − y)xⱼ: the mean's factor with no sum under it) is
read as the Σ dropped, and only on a page whose words say neither one example nor an unwritten sum; anything else is
refused as a free index, as before fixcold30a.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RNG = numpy.random.default_rng(29)
_X = numpy.column_stack([numpy.ones(6), _RNG.normal(size=(6, 2))])
_Y = _RNG.normal(size=6)
_THETA = numpy.array([0.3, -0.4, 0.9])

_DROPPED_NOTE = "over the examples, where the cost sums over them: the"
_COST = "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})^2$$\n\n"
_LOSS = "\\frac{\\partial}{\\partial \\theta_j}\\frac{1}{2}(\\theta^Tx^{(i)} - y^{(i)})^2"
_LOSS_GRADIENT = "(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
_MEAN_GRADIENT = "\\frac{1}{m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
_TERM = "\\frac{1}{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    mean = _X.T @ (_X @ _THETA - _Y) / m
    assert numpy.allclose(central_differences(lambda t: numpy.mean((_X @ t - _Y) ** 2) / 2, _THETA), mean, atol=1e-6)
    for i in range(m):
        # one example's loss ½(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²: its gradient is (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾, the SGD page's last line
        loss_gradient = central_differences(lambda t, i=i: (_X[i] @ t - _Y[i]) ** 2 / 2, _THETA)
        assert numpy.allclose(loss_gradient, (_X[i] @ _THETA - _Y[i]) * _X[i], atol=1e-6)
        # and it is not the mean's gradient: read as the Σ dropped, the same line is a wrong step
        assert not numpy.allclose(loss_gradient, mean, atol=1e-3)
        assert not numpy.allclose(loss_gradient / m, mean, atol=1e-3)


def _refused(tmp_path, page: str) -> None:
    for form in ("json", "text"):
        result = _steps(tmp_path, page, "-f", form, "--timeout", "60")
        assert result.exit_code == 2, (form, result.output)
        assert "example index i is free" in result.stderr, result.stderr
        assert _DROPPED_NOTE not in result.stdout + result.stderr


@pytest.mark.parametrize("words", [
    "In stochastic gradient descent we use the gradient of the i-th example's loss:",
    "The gradient of the loss on example $i$:",
    "For each training example we compute",
    "The per-example gradient is",
    "随机梯度下降，第i个样本的梯度为：",
])
def test_one_examples_loss_in_other_words_is_refused_not_judged_wrong(tmp_path, words):
    # ∂J/∂θⱼ written for ∂ℓᵢ/∂θⱼ, the page's words saying so: right as one example's loss (above), wrong as a Σ
    # dropped — refused, as before fixcold30a (which called it wrong at the loss's line)
    page = _COST + words + "\n\n$$\\frac{\\partial J}{\\partial \\theta_j} = " + _LOSS + " = " + _LOSS_GRADIENT + "$$\n"
    _refused(tmp_path, page)


def test_one_examples_loss_with_no_words_and_no_count_is_refused(tmp_path):
    # no m left on the line: ½(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² is one example's loss as much as the mean's Σ dropped
    page = _COST + "$$\\frac{\\partial J}{\\partial \\theta_j} = " + _LOSS + " = " + _LOSS_GRADIENT + "$$\n"
    _refused(tmp_path, page)


@pytest.mark.parametrize("words", [
    "Below, the sum over $i$ is understood and not written.",
    "We drop the sum for brevity.",
    "For stochastic gradient descent we take the gradient on example $i$ only.",
])
def test_a_sum_left_unwritten_by_the_writer_is_refused_not_judged_wrong(tmp_path, words):
    # the mean's 1/m kept, the Σ left off by the writer's stated convention: not a slip to judge wrong
    page = (_COST + words + "\n\n$$\\frac{\\partial J}{\\partial \\theta_j} = " + _MEAN_GRADIENT + " = " + _TERM
            + "$$\n")
    _refused(tmp_path, page)


def test_a_sum_dropped_with_no_words_and_the_count_kept_is_still_judged(tmp_path):
    # the mean's gradient, then (1/m)(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (not the gradient, above): fixcold30a's reading stands
    page = _COST + "$$\\frac{\\partial J}{\\partial \\theta_j} = " + _MEAN_GRADIENT + " \\\\\n= " + _TERM + "$$\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong") and wrong, review
    assert any(_DROPPED_NOTE in note for note in review["notes"])
    assert json.dumps(review)  # the review is JSON all through

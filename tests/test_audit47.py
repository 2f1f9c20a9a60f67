"""audit47: near-variants of three readings merged today that mean something else, each worked out by hand.

Loops pasted as excerpts (an accumulator the lines never start is a sum from 0; a bound N beside the data's rows is
m), ``--wrt b`` beside a bare ``w x`` (one feature's product), and a steps page of several derivatives. Each case
below was read confidently as another formula than the writer's; each is now refused (or read right), and the
meaning worked out by hand is in its comment.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import logderiv
from _oracle import assert_gradient
from _reading import assert_gradient_read, refused
from logderiv.notation import read_problem

# --- loops: the value the lines end with names a gradient --------------------------------------------------------


@pytest.mark.parametrize("text", [
    # DLAI's loop: dj_db = (1/m) Σᵢ (σ(w·x⁽ⁱ⁾ + b) − y⁽ⁱ⁾) is ∂J/∂b itself; read as a cost it was derived again
    # (logderiv printed ∂/∂w_j of ∂J/∂b)
    "dj_db = 0\nfor i in range(m):\n    dj_db += sigmoid(np.dot(X[i], w) + b) - y[i]\ndj_db = dj_db / m",
    # the same cut at the loop (its start above the lines): read from 0, and still a gradient
    "for i in range(m):\n    dj_db += sigmoid(np.dot(X[i], w) + b) - y[i]\ndj_db = dj_db / m",
    "for i in range(m):\n    db += sigmoid(np.dot(X[i], w) + b) - y[i]\ndb = db / m",
    # the value ends the lines without a name on its left: the accumulator it divides still names a gradient
    "for i in range(m):\n    gradient += sigmoid(np.dot(X[i], w) + b) - y[i]\ngradient / m",
    # code's other names of ∂J/∂b: d_b, db_sum, partial_b, and Stanford's g
    "d_b = 0\nfor i in range(m):\n    d_b += sigmoid(np.dot(X[i], w) + b) - y[i]\nd_b / m",
    "db_sum = 0\nfor i in range(m):\n    db_sum += sigmoid(np.dot(X[i], w) + b) - y[i]\ndb_sum / m",
    "partial_b = 0\nfor i in range(m):\n    partial_b += sigmoid(np.dot(X[i], w) + b) - y[i]\npartial_b / m",
    "g = 0\nfor i in range(m):\n    g += sigmoid(np.dot(X[i], w) + b) - y[i]\ng / m",
])
def test_lines_that_end_with_a_gradient_are_not_derived_as_a_cost(text):
    assert "names a gradient" in str(refused(logderiv.derive, text, wrt="w_j"))


def test_the_same_lines_are_still_checked_as_an_answer():
    """By hand: ∂/∂b of −(1/m) Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], zᵢ = wᵀx⁽ⁱ⁾ + b, is (1/m) Σᵢ (σ(zᵢ) − yᵢ)."""
    cost = ("J = -(1/m) * sum_i(y^(i) log(sigmoid(w^T x^(i) + b)) + (1 - y^(i)) log(1 - sigmoid(w^T x^(i) + b)))")
    answer = "dj_db = 0\nfor i in range(m):\n    dj_db += sigmoid(np.dot(X[i], w) + b) - y[i]\ndj_db = dj_db / m"
    assert logderiv.check(answer, cost=cost, wrt="b").verdict == "equivalent"


def test_a_cost_accumulated_under_its_own_name_is_still_read():
    """The loop's cost cut at the loop still reads: (1/(2m)) Σᵢ (θᵀx⁽ⁱ⁾ − yᵢ)², by finite differences."""
    def half_mse(d) -> float:
        return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))

    assert_gradient_read("for i in range(m):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\ncost = cost / (2 * m)",
                         half_mse)


@pytest.mark.parametrize("text", [
    # a stochastic gradient step under a parameter's other names: W1 ← W1 + 0.01 Σᵢ (yᵢ − θᵀx⁽ⁱ⁾) from W1's value
    # before the loop, no cost; read from 0 it was derived as the cost 0.01 Σᵢ (yᵢ − θᵀx⁽ⁱ⁾)
    "for i in range(m):\n    W1 += 0.01 * (y[i] - np.dot(X[i], theta))\nW1",
    "for i in range(m):\n    coef += 0.01 * (y[i] - np.dot(X[i], theta))\ncoef",
    "for i in range(m):\n    k -= 0.01 * (np.dot(X[i], theta) - y[i])\nk",
    "for i in range(m):\n    delta += np.dot(X[i], theta) - y[i]\ndelta / m",
])
def test_a_name_the_lines_never_start_is_read_from_0_only_when_it_names_a_sum(text):
    assert "do not start" in str(refused(logderiv.derive, text))


# --- loops: a bound N beside a text that also names m -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Σ over the first N rows, over 2m: N ≠ m (a batch of N, the first N examples) gives (1/m) Σ_{i<N} (θᵀx⁽ⁱ⁾ − yᵢ)x⁽ⁱ⁾,
    # which logderiv printed as (1/m) Σᵢ₌₁ᵐ …, N taken for m
    "cost = 0\nfor i in range(N):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\nreturn cost / (2 * m)",
    # N the number of classes beside m the examples' number: which N counts is not said
    "cost = 0\nfor i in range(N):\n    cost += -y[i] * np.log(sigmoid(np.dot(X[i], theta)))\nreturn cost / m",
    # the other way round: Σ over the m examples, over 2N; the 1/N read as m's lost the loop's bound m
    "cost = 0\nfor i in range(m):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\nreturn cost / (2 * N)",
])
def test_a_bound_n_beside_m_is_refused(text):
    assert "also name m" in str(refused(logderiv.derive, text)) or "also divide by N" in str(
        refused(logderiv.derive, text))


# --- --wrt b beside a bare w x: an answer that writes w as a vector ------------------------------------------------

MSE_WX = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2"


@pytest.mark.parametrize("answer", [
    # by hand with w the weight vector: ∂J/∂b = (1/m) Σᵢ (Σⱼ wⱼ xⱼ⁽ⁱ⁾ + b − y⁽ⁱ⁾) — right; under the one-feature
    # reading it was judged 'different'
    r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (\sum_j w_j x_j^{(i)} + b - y^{(i)})",
    "dJ/db = 1/m sum_i (sum_j w_j x_j^(i) + b - y^(i))",
    # NumPy's mean of Xw + b − y: the same gradient with w a vector, judged 'different' too
    "db = (1/m) * np.sum(X @ w + b - y)",
])
def test_an_answer_writing_w_as_a_vector_is_not_judged_under_the_one_feature_reading(answer):
    assert "which is meant decides the verdict" in str(refused(logderiv.check, answer, cost=MSE_WX, wrt="b"))


@pytest.mark.parametrize("answer", [
    # by hand, either reading: ∂J/∂b = (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾), wᵀx⁽ⁱ⁾ with a vector w
    r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})",
    r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (\mathbf{w}^T \mathbf{x}^{(i)} + b - y^{(i)})",
])
def test_an_answer_right_under_both_readings_is_still_judged_right(answer):
    assert logderiv.check(answer, cost=MSE_WX, wrt="b").verdict == "equivalent"


def test_a_wrong_answer_in_the_one_feature_letters_is_still_judged_wrong():
    """By hand ∂J/∂b has no factor x⁽ⁱ⁾: (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾) x⁽ⁱ⁾ is ∂J/∂w, wrong under either reading."""
    answer = r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}"
    assert logderiv.check(answer, cost=MSE_WX, wrt="b").verdict == "different"


# --- steps: a page of two derivatives, the gradient shown and the derivative it is of ----------------------------

COST = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2"
BY_W = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}"
# ∂J/∂b by hand is (1/m) Σᵢ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾): this line keeps ∂J/∂w's factor x⁽ⁱ⁾
BY_B_WRONG = r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}"
BY_W_WRONG = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})"


def _page(*displays: str) -> str:
    return "\n\n".join(f"$${display}$$" for display in (COST, *displays)) + "\n"


def test_the_gradient_shown_for_a_wrong_second_derivative_is_named_by_its_own_variable():
    """The page derives ∂J/∂w right, then ∂J/∂b wrong: the gradient shown is ∂J/∂b's, and every format says so.

    The standalone LaTeX printed ``\\frac{∂J}{∂w} = (1/m) Σᵢ [b + w xᵢ − y⁽ⁱ⁾]`` (∂J/∂b's gradient under ∂J/∂w) and
    the JSON paired "wrt": w with it: a false equation, shown confidently.
    """
    import sympy

    from logderiv.render.review import (
        render_review_json, render_review_latex, render_review_markdown, render_review_rich, render_review_text,
    )
    from rich.console import Console

    review = logderiv.steps(_page(BY_W, BY_B_WRONG), file_kind="markdown")
    assert review.gradient_wrt == sympy.Symbol("b")
    # the gradient shown is ∂J/∂b's: held to sympy.diff and finite differences of the cost by b (tests/_oracle.py)
    problem = read_problem("1/(2m) sum((w x + b - y)^2)", wrt="b")
    assert_gradient(problem.cost, problem.wrt, review.gradient, problem.definitions)
    assert "the gradient ∂J/∂b:" in render_review_text(review)
    assert "The gradient ∂J/∂b:" in render_review_markdown(review)
    assert r"the gradient \partial J/\partial b:" in render_review_latex(review)
    assert r"\frac{\partial J}{\partial b} &=" in render_review_latex(review, standalone=True)
    assert r"\frac{\partial J}{\partial w} &= \frac{1}{m}" not in render_review_latex(review, standalone=True)
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(render_review_rich(review))
    assert "the gradient ∂J/∂b:" in console.export_text()
    import json

    assert json.loads(render_review_json(review))["gradient_wrt"]["text"] == "b"


def test_a_page_ended_by_its_first_derivative_names_no_other_variable():
    """∂J/∂w wrong first, ∂J/∂b wrong too: the page's ending is the first's, ∂J/∂w's gradient, and wrt says it."""
    from logderiv.render.review import render_review_text

    review = logderiv.steps(_page(BY_W_WRONG, BY_B_WRONG), file_kind="markdown")
    assert review.gradient_wrt is None
    assert "  the gradient: " in render_review_text(review)


@pytest.mark.parametrize("lines", [
    # by hand with w the weight vector, ∂J/∂b = (1/m) Σᵢ (Σⱼ wⱼ xⱼ⁽ⁱ⁾ + b − y⁽ⁱ⁾): each line holds; judged under the
    # one-feature reading of the cost's bare w x, the line indexing w was called wrong
    r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (\sum_j w_j x_j^{(i)} + b - y^{(i)})",
    r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) "
    r"= \frac{1}{m}\sum_{i=1}^m (\sum_j w_j x_j^{(i)} + b - y^{(i)})",
])
def test_a_page_by_b_whose_lines_index_w_is_not_judged_under_the_one_feature_reading(lines):
    error = refused(logderiv.steps, _page(lines), file_kind="markdown")
    assert "which is meant decides whether the page is wrong" in str(error)

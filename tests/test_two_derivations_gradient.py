"""A page of two derivatives, one ending wrong: the gradient shown under the verdict is the wrong one's own.

A page derived ∂J/∂w right and ∂J/∂b wrong (its last line kept ∂J/∂w's factor x⁽ⁱ⁾); the verdict said the page ends
wrong and then showed "the gradient:" ∂J/∂w's — a reader fixing ∂J/∂b was shown the wrong target. The gradient shown
is held against sympy.diff and finite differences of the cost by b (tests/_oracle.py), not against logderiv's output.
"""

from __future__ import annotations

import logderiv
from _oracle import assert_gradient
from logderiv.notation import read_problem

COST = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2"
BY_W = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}"
BY_B_WRONG = r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}"
BY_B_RIGHT = r"\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})"
BY_W_WRONG = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})"


def _page(*displays: str) -> str:
    return "\n\n".join(f"$${display}$$" for display in (COST, *displays)) + "\n"


def _assert_shows_the_gradient_by(review, letter: str) -> None:
    problem = read_problem("1/(2m) sum((w x + b - y)^2)", wrt=letter)
    assert_gradient(problem.cost, problem.wrt, review.gradient, problem.definitions)


def test_the_wrong_second_derivative_shows_its_own_gradient():
    review = logderiv.steps(_page(BY_W, BY_B_WRONG), file_kind="markdown")
    assert review.ending == "wrong"
    _assert_shows_the_gradient_by(review, "b")


def test_the_wrong_first_derivative_shows_its_own_gradient():
    review = logderiv.steps(_page(BY_W_WRONG, BY_B_RIGHT), file_kind="markdown")
    assert review.ending == "wrong"
    _assert_shows_the_gradient_by(review, "w")

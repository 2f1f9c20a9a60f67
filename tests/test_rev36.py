"""The stop's outside review (rev36): an answer that writes a weight vector against a cost read as the one-feature line.

``J(w,b)=\\frac{1}{2m}\\sum(f_{w,b}(x^{(i)})-y^{(i)})^2`` with f undefined is read, since fixmisc36, as the ML
Specialization's one-feature line w x⁽ⁱ⁾ + b (plain letters; its many-feature model is bold). The cost is read once
for every answer a checker judges, so an answer in ``x_j^{(i)}`` (the gradient of a weight vector's entry j, right
under the vector reading) was judged against the line and called "different": a false verdict, where main said
"equivalent". Such an answer is refused now, with a caret at its vector mark and both readings; answers written in
the line's own letters are judged as before. Verdicts are the corpus judge's (finite differences of the NumPy cost
written here by hand, tests/corpus/judge.py).
"""

from __future__ import annotations

import pytest

import logderiv
from _reading import assert_verdict_read, refused

PLAIN_J = r"J(w,b)=\frac{1}{2m}\sum(f_{w,b}(x^{(i)})-y^{(i)})^2"


@pytest.mark.parametrize(("answer", "mark"), [
    # the review's case: entry j of a weight vector's gradient
    (r"\frac1m\sum(f_{w,b}(x^{(i)})-y^{(i)})x_j^{(i)}", "x_j"),
    # the matrix form of the same gradient, and a transposed product
    (r"\frac{1}{m} X^T (Xw + b - y)", "^T"),
    (r"\frac1m\sum(w^T x^{(i)} + b - y^{(i)})x^{(i)}", "^T"),
    (r"\frac1m\sum(f_{w,b}(\mathbf{x}^{(i)})-y^{(i)})\mathbf{x}^{(i)}", "\\mathbf"),
])
def test_an_answer_in_a_weight_vector_is_refused_beside_the_plain_line(answer, mark):
    error = refused(logderiv.check, answer, cost=PLAIN_J, wrt="w")
    assert "one-feature line" in error.message and "weight vector" in error.message
    assert error.label == "ANSWER" and error.column == answer.index(mark)
    assert "--wrt w_j" in (error.hint or "")


@pytest.mark.parametrize(("answer", "verdict"), [
    # by hand: ∂/∂w (1/2m) Σ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² = (1/m) Σ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾) x⁽ⁱ⁾
    (r"\frac1m\sum(f_{w,b}(x^{(i)})-y^{(i)})x^{(i)}", "equivalent"),
    # without the factor x⁽ⁱ⁾: ∂J/∂b, not ∂J/∂w
    (r"\frac1m\sum(f_{w,b}(x^{(i)})-y^{(i)})", "different"),
])
def test_an_answer_in_the_lines_letters_is_judged_as_before(answer, verdict):
    assert_verdict_read(answer, PLAIN_J, verdict, wrt="w")


def test_the_vector_reading_is_judged_when_asked_by_an_entry():
    # --wrt w_j keeps the cost's vector reading (fixmisc36's rule): the answer in x_j is right, by hand
    assert_verdict_read(r"\frac1m\sum(f_{w,b}(x^{(i)})-y^{(i)})x_j^{(i)}", PLAIN_J, "equivalent", wrt="w_j")


# The same plain cost reads as the line outside a page and as a weight vector's model on a page whose lines write
# one (audmisc36); read_cost remembers readings, so a reading made in one place must not be handed to the other, in
# either order (a grading worker or a notebook reads many pages and answers in one process)
_VECTOR_LINE = r"\frac{\partial J}{\partial w} = \frac{1}{m}\sum(w^T x^{(i)}+b-y^{(i)}) x^{(i)}"


def _read_as_the_line(inside_a_page: bool) -> bool:
    from logderiv.notation.scalars import PLAIN_LINE_MARK, plain_line_page
    from logderiv.verify.costs import read_cost

    if inside_a_page:
        with plain_line_page([_VECTOR_LINE]):
            problem = read_cost(PLAIN_J, wrt="w", input="latex")
    else:
        problem = read_cost(PLAIN_J, wrt="w", input="latex")
    return any(PLAIN_LINE_MARK in note for note in problem.notes)


@pytest.mark.parametrize("order", [(False, True, False), (True, False, True)])
def test_a_cost_read_outside_a_page_and_on_one_reads_as_each_says_in_any_order(order):
    # by hand: outside, nothing writes a vector (the line); on the page, wᵀx does (the vector's model)
    assert [_read_as_the_line(inside) for inside in order] == [not inside for inside in order]

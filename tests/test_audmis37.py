"""audmis37: an adversarial review of fixmis37's new readings for silent misreads.

fixmis37 reads an unindexed Σ whose body is only a one-feature model's weight (``\\sum w^2``) as that weight's penalty,
its body once (issue 10). The same Σ with no index is also how a student splits a sum over the examples
(Σᵢ (aᵢ + 2λw) written Σ 2a x + Σ 2λw): read once there, the answer's 2λw became 2λw/m, a false "different".
Expectations are worked out by hand and checked here by central finite differences of a NumPy cost
(tests/_numeric.py), never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# the penalty written inside the mean over the examples: J(w, b) = (1/m) Σᵢ [(w xᵢ + b − yᵢ)² + λw²]
INSIDE = r"\frac{1}{m}\sum_{i=1}^m \left[(w x^{(i)} + b - y^{(i)})^2 + \lambda w^2\right]"


def _data(seed: int = 3, m: int = 6):
    generator = np.random.default_rng(seed)
    return generator.normal(size=m), generator.normal(size=m), 0.7


def _inside_cost(x, y, lam):
    return lambda p: float(np.mean((p[0] * x + p[1] - y) ** 2 + lam * p[0] ** 2))


def test_by_hand_the_split_sums_answer_is_the_gradient():
    # the independent check of the expectation below: the answer read as its writer means it, each Σ over the m
    # examples, (1/m)(Σᵢ 2(w xᵢ + b − yᵢ) xᵢ + m·2λw), is ∂J/∂w by finite differences; read with its second Σ
    # taken once, (1/m)(… + 2λw), it is not
    x, y, lam = _data()
    w, b = 0.4, -0.3
    numeric = central_differences(_inside_cost(x, y, lam), np.array([w, b]))[0]
    meant = (np.sum(2 * (w * x + b - y) * x) + len(x) * 2 * lam * w) / len(x)
    once = (np.sum(2 * (w * x + b - y) * x) + 2 * lam * w) / len(x)
    assert abs(numeric - meant) < 1e-6 and abs(numeric - once) > 1e-3


@pytest.mark.parametrize("answer", [
    # the writer's sum over the examples split in two, both Σ without index: 2λw per example, m of them
    r"\frac{1}{m}\left(\sum 2(w x + b - y) x + \sum 2\lambda w\right)",
    # the same split, the data Σ indexed and the other not: λ inside a Σ of the weight is no penalty's Σ_j w_j²
    r"\frac{2}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)} + \frac{1}{m}\sum 2\lambda w",
    # a Σ of w alone: no penalty (a penalty squares its weights); m·w over the examples or w once is not written
    r"\frac{2}{m}\sum (w x + b - y) x + \frac{2\lambda}{m}\sum w",
])
def test_a_split_sum_over_the_examples_is_never_read_once(answer):
    # by hand (test above): each is ∂J/∂w, equivalent. fixmis37 said "different" (the Σ of 2λw read once).
    # Equivalent or refused with both readings; never "different"
    try:
        verdict = logderiv.check(answer, cost=INSIDE, wrt="w")
    except logderiv.InputError as error:
        assert "m times its body" in error.message
        return
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("cost", [
    # λ inside the unindexed Σ: Σᵢ λw² split off a sum over the examples (m·λw²), or the penalty λw² once?
    r"\frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2 + \frac{1}{m}\sum \lambda w^2",
    # the Σ of w² sharing its bracket with an unindexed Σ over the examples: (1/m)Σᵢ[(…)² + w²], or w² once?
    r"\frac{1}{m}\left(\sum (w x + b - y)^2 + \sum w^2\right)",
])
def test_an_unindexed_sum_of_the_weight_that_may_be_over_the_examples_is_refused(cost):
    # their gradients by w differ by (m − 1)·2λw/m (resp. (m − 1)·2w/m): neither is guessed
    error = refused(logderiv.derive, cost, wrt="w")
    assert "m times its body" in error.message


def _one_weight_ridge(d) -> float:
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * d.w[0] ** 2


@pytest.mark.parametrize("cost", [
    # guard: the fixer's reading kept: a penalty's Σ w² beside the data's Σ (indexed or not), λ outside
    r"\frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m}\sum w^2",
    r"\frac{1}{2m}\sum (w x + b - y)^2 + \frac{\lambda}{2m}\sum w^2",
    # \limits with no index or bound written is the same Σ with no index (it was read as m·w²)
    r"\frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m}\sum\limits w^2",
])
def test_guard_a_penalty_sum_of_the_one_weight_squared_is_read_once(cost):
    assert_gradient_read(cost, _one_weight_ridge, wrt=("w", "b"))
    assert any("runs over the weights" in note for note in notes_of(logderiv.derive(cost, wrt="w")))


def test_guard_the_split_answer_with_its_indices_is_judged():
    # with the index written the Σ of 2λw is over the examples as written: by hand (above) equivalent
    answer = r"\frac{1}{m}\left(\sum_{i=1}^m 2(w x^{(i)} + b - y^{(i)}) x^{(i)} + \sum_{i=1}^m 2\lambda w\right)"
    assert_verdict_read(answer, INSIDE, "equivalent", wrt="w")


# --- a page stating X features × examples in other words than fixmis37's -------------------------------------------
# lines written in logderiv's layout (X m×n) under a statement that X is features × examples: the page's own lines
# do not multiply out in its stated layout (Xθ with X n×m), yet the page was judged all valid, ending "gradient"
ROWS_LINES_PAGE = (
    "Let {stated} hold the examples in its columns.\n\n"
    "$$J(\\theta) = \\frac{{1}}{{2m}}(X\\theta - y)^T(X\\theta - y)$$\n\n"
    "$$\\nabla_\\theta J = \\frac{{1}}{{m}} X^T (X\\theta - y)$$\n"
)


@pytest.mark.parametrize("stated", [
    r"$X \in R^{n \times m}$",  # a plain R, as notes written without \mathbb write it
    r"$X \in \mathbb{R}^{D \times N}$",  # D features × N examples
])
def test_a_page_stating_columns_in_other_words_is_refused(stated):
    page = ROWS_LINES_PAGE.format(stated=stated)
    error = refused(logderiv.steps, page, file_kind="markdown")
    assert "one example per column" in error.message


@pytest.mark.parametrize("stated", [r"$X \in R^{m \times n}$", r"$X \in \mathbb{R}^{N \times D}$"])
def test_guard_a_page_stating_rows_in_those_words_is_read(stated):
    # by hand ∇J = (1/m) Xᵀ(Xθ − y), the page's last line, in its own (rows) layout
    review = logderiv.steps(ROWS_LINES_PAGE.format(stated=stated).replace(" in its columns", " in its rows"),
                            file_kind="markdown")
    assert all(step.valid for step in review.steps) and review.ending == "gradient"

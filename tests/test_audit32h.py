"""audit32h: the update rule's sides (fixupd32) misread on pages as people write them.

Each page: squared error J(θ) = (1/2m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² (or ½Σ), whose ∂J/∂θⱼ = (1/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ by hand
(the chain rule on u²/2m, ∂u/∂θⱼ = xⱼ). Checked here by central finite differences in NumPy, never from logderiv.

1. ``θⱼ := θⱼ − α ∂J/∂θⱼ \\quad \\text{for } j = 1``: the '=' of the condition "for j = 1" is no side of the update;
   read as one, "θⱼ − α ∂J/∂θⱼ for j" = "1" was judged wrong (a false wrong).
2. ``θⱼ := θⱼ − α ∂J/∂θⱼ = θⱼ − αΣ(θᵀx − y)xⱼ`` beside J = (1/2m)Σ…: the 1/m taken into α, as pages do (Ng's
   notes, many blogs say so in words): loose by the writer's convention, was judged wrong with no word of it; now
   set aside with a note naming the factor. A sign slipped (factor −1) stays wrong.
3. ∂J/∂wⱼ in an update beside a derivation of one example's ∂L/∂wⱼ (J = (1/m)Σᵢ Lᵢ in words): J is not L; read as
   L's derivative, a per-example side was judged equal to the batch step (a false valid).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import steps
from logderiv.notation.lemmas import UPDATE_SIDES_TITLE
from work import assert_linear

_HEAD = r"""The cost is

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2$$

Its derivative:

$$\frac{\partial J}{\partial \theta_j} = \frac{\partial}{\partial \theta_j}\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})x_j^{(i)}$$

The update:

"""
_D = r"\theta_j - \alpha \frac{\partial J}{\partial \theta_j}"
_S = r"\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})x_j^{(i)}"


def _page(update: str) -> str:
    return _HEAD + update + "\n"


def _update_lemmas(review):
    return [lemma for lemma in review.lemmas if lemma.title == UPDATE_SIDES_TITLE]


def _data(seed: int = 5):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)


def test_the_hand_worked_gradient_and_the_absorbed_factor() -> None:
    """∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ (finite differences); αΣ(θᵀx − y)xⱼ is m times α ∂J/∂θⱼ, not it."""
    X, y, theta = _data()
    m, alpha, j = len(y), 0.3, 2
    gradient = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) / (2 * m), theta)
    summed = float(np.sum((X @ theta - y) * X[:, j]))
    assert gradient[j] == pytest.approx(summed / m, rel=1e-6)
    step_written, step_true = alpha * summed, alpha * gradient[j]
    assert step_written == pytest.approx(m * step_true, rel=1e-6)  # the factor m, positive, taken into α
    assert abs(step_written - step_true) > 1e-3  # literally unequal


def test_a_condition_after_the_update_is_no_side() -> None:
    r"""θⱼ := θⱼ − α ∂J/∂θⱼ \quad \text{for } j = 1: was "✗ wrong at … 1 does not equal …"; no side to check."""
    review = steps(_page(rf"$$\theta_j := {_D} \quad \text{{for }} j = 1$$"), file_kind="markdown")
    assert review.ok and not _update_lemmas(review)
    assert any("update rule" in note and "not checked" in note for note in review.notes)


def test_a_condition_after_the_sides_ends_them() -> None:
    r"""θⱼ := A = B \quad \text{for } j = 1 with A = B true (B = θⱼ − (α/m)Σ…): the sides A = B only, and they hold."""
    update = rf"$$\theta_j := {_D} = \theta_j - \frac{{\alpha}}{{m}}{_S} \quad \text{{for }} j = 1$$"
    review = steps(_page(update), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [True]
    assert review.ok


def test_a_learning_rates_value_after_a_comma_is_no_side() -> None:
    r"""θⱼ := A = B, \quad α = 0.01: "B, α" = "0.01" is no equation of the update's; A = B (true) checked alone."""
    update = rf"$$\theta_j := {_D} = \theta_j - \frac{{\alpha}}{{m}}{_S}, \quad \alpha = 0.01$$"
    review = steps(_page(update), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [True]
    assert review.ok


def test_the_sign_slipped_is_still_wrong_with_a_condition_after_it() -> None:
    update = rf"$$\theta_j := {_D} = \theta_j + \frac{{\alpha}}{{m}}{_S} \quad \text{{for }} j = 1$$"
    review = steps(_page(update), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [False]
    assert not review.ok


@pytest.mark.parametrize("prose", ["The update:", "The update (the constant 1/m absorbed into the learning rate α):"])
def test_the_one_over_m_taken_into_the_rate_is_not_judged_wrong(prose: str) -> None:
    """θⱼ − α ∂J/∂θⱼ = θⱼ − αΣ(θᵀx − y)xⱼ: m times the step (test above), the writer's convention: set aside, noted."""
    page = _page(rf"$$\theta_j := {_D} = \theta_j - \alpha{_S}$$").replace("The update:", prose)
    review = steps(page, file_kind="markdown")
    assert review.ok and review.lemma_error is None
    assert any("the factor m on the learning rate's step" in note and "not checked" in note for note in review.notes)


def test_a_sign_slipped_is_no_constant_taken_into_the_rate() -> None:
    """θⱼ − α ∂J/∂θⱼ = θⱼ + αΣ(θᵀx − y)xⱼ: the factor −m, a sign slipped, still wrong at its line."""
    review = steps(_page(rf"$$\theta_j := {_D} = \theta_j + \alpha{_S}$$"), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [False]
    assert not review.ok


def test_a_step_off_by_a_term_is_still_wrong() -> None:
    """θⱼ − α ∂J/∂θⱼ = θⱼ − (α/m)Σ(θᵀx − y) (xⱼ dropped): no constant factor, wrong."""
    update = rf"$$\theta_j := {_D} = \theta_j - \frac{{\alpha}}{{m}}\sum_{{i=1}}^{{m}}(\theta^T x^{{(i)}} - y^{{(i)}})$$"
    review = steps(_page(update), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [False]


_PER_EXAMPLE = r"""The loss on one example is

$$L(w) = \frac{1}{2}(y - w^T x)^2$$

Its derivative:

$$\frac{\partial L}{\partial w_j} = \frac{\partial}{\partial w_j}\frac{1}{2}(y - w^T x)^2 = -(y - w^T x)x_j$$

With the cost $J(w) = \frac{1}{m}\sum_{i} L^{(i)}(w)$ the batch update is

$$w_j := w_j - \eta \frac{\partial J}{\partial w_j} = w_j + \eta (y - w^T x)x_j$$
"""


def test_the_hand_worked_batch_step_is_not_one_examples() -> None:
    """∂J/∂wⱼ of J = (1/m)Σᵢ ½(yᵢ − wᵀxᵢ)² is the mean over examples, not one example's −(y − wᵀx)xⱼ."""
    X, y, w = _data(7)
    j = 0
    batch = central_differences(lambda v: float(np.mean(0.5 * (y - X @ v) ** 2)), w)[j]
    one = -(y[0] - X[0] @ w) * X[0, j]
    assert abs(batch - one) > 1e-3


def test_another_costs_derivative_is_not_read_as_the_derivations() -> None:
    """∂J/∂wⱼ beside a derivation of ∂L/∂wⱼ: J is not L; the sides set aside, noted (was ✓, J read as L)."""
    review = steps(_PER_EXAMPLE, file_kind="markdown")
    assert not _update_lemmas(review)
    assert any("the update rule of w_j" in note and "not checked" in note for note in review.notes)


def test_the_derivations_own_name_is_still_read() -> None:
    """∂L/∂wⱼ in the update beside the derivation of ∂L/∂wⱼ: L's own; wⱼ − η∂L/∂wⱼ = wⱼ + η(y − wᵀx)xⱼ holds."""
    page = _PER_EXAMPLE.replace(r"\frac{\partial J}{\partial w_j} =", r"\frac{\partial L}{\partial w_j} =").replace(
        r"With the cost $J(w) = \frac{1}{m}\sum_{i} L^{(i)}(w)$ the batch update is", "The update is")
    review = steps(page, file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [True]


def test_the_note_says_how_the_sides_are_read() -> None:
    review = steps(_page(rf"$$\theta_j := {_D} = \theta_j - \frac{{\alpha}}{{m}}{_S}$$"), file_kind="markdown")
    assert any("read as the derivation's own, the learning rate (α, η) a free letter" in note
               for note in review.notes)


def test_the_end_of_the_sides_is_found_in_bounded_time() -> None:
    from logderiv.notation.notes import display_blocks
    from logderiv.notation.page import update_sides

    # many brackets and commas inside them: each bracket counted once, never rescanned. Counted, not timed
    # (tests/work.py): about 2 calls a bracket. The brackets are counted in a loop over characters that calls nothing,
    # so a rescan from the value at each comma (quadratic) would make no more calls: benchmarks/scaling.py times it
    # as a ratio ("update sides' brackets"); the count holds the rest of the reading linear
    def sides(n: int) -> Callable[[], object]:
        text = "$$w := w - \\eta x = " + "f(a, b) + " * n + "x \\quad \\text{for } j = 1$$"
        (block,) = display_blocks(text)
        return lambda: update_sides(text, [block])

    assert_linear(sides, 625)
    text = "$$w := w - \\eta x = " + "f(a, b) + " * 2500 + "x \\quad \\text{for } j = 1$$"
    assert len(text) > 20_000
    (block,) = display_blocks(text)
    read = update_sides(text, [block])
    # the sides end at the condition: its '=' (j = 1) is none of theirs
    assert read is not None and read[2] == "w" and text[read[1]:].lstrip().startswith("\\quad"), read


_MATRIX = r"""The cost is

$$J(\theta) = \frac{1}{2m}(X\theta - y)^T(X\theta - y)$$

Its gradient:

$$\nabla_\theta J = \frac{1}{2m}\nabla_\theta (X\theta - y)^T(X\theta - y) = \frac{1}{m}X^T(X\theta - y)$$

The update:

$$\theta := \theta - \alpha \nabla_\theta J = \theta - \frac{\alpha}{m}X^T(X\theta - y)$$
"""


def test_the_hand_worked_matrix_gradient() -> None:
    X, y, theta = _data(11)
    m = len(y)
    gradient = central_differences(lambda v: float((X @ v - y) @ (X @ v - y)) / (2 * m), theta)
    assert gradient == pytest.approx(X.T @ (X @ theta - y) / m, rel=1e-6)


def test_a_vector_update_beside_a_matrix_derivation_is_set_aside_not_refused() -> None:
    """θ := θ − α∇J = θ − (α/m)Xᵀ(Xθ − y), true: read before fixupd32 with the update noted, then refused as "a lemma
    beside a derivation in matrix form"; its sides are set aside, noted, and the derivation judged."""
    review = steps(_MATRIX, file_kind="markdown")
    assert review.ok and review.ending == "gradient"
    assert any("the update rule of \\theta" in note and "not checked" in note for note in review.notes)

"""fixupd32: an update rule written on with '=' has its later sides checked (``wⱼ := A = B``: A = B is an equation).

The rule itself (``wⱼ :=`` its first side) is a definition and stays no step; its sides after the first are compared
with each other as "the update rule's sides", the learning rate and the parameter free, a derivative of the cost by
the derivation's parameter (∂J/∂wⱼ) read as the derivation's own. A side that does not read is set aside, noted, as
every update rule was before.

The page (the task's brief, fixupd32): squared error J = ½Σᵢ(y⁽ⁱ⁾ − wᵀx⁽ⁱ⁾)², whose ∂J/∂wⱼ = −Σᵢ(y⁽ⁱ⁾ − wᵀx⁽ⁱ⁾)xⱼ⁽ⁱ⁾
by hand (the chain rule on ½u², u = y − wᵀx, ∂u/∂wⱼ = −xⱼ); so wⱼ − η ∂J/∂wⱼ = wⱼ + ηΣᵢ(y⁽ⁱ⁾ − wᵀx⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and
the side written ``wⱼ − ηΣ…`` has its sign slipped. Each expected verdict is checked here against central finite
differences of the cost in NumPy (tests/_numeric.py), never taken from logderiv.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import steps
from logderiv.notation.lemmas import UPDATE_SIDES_TITLE
from work import assert_linear

_COST = r"$$J(w) = \frac{1}{2}\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})^2$$"
_DERIVATION = (r"$$\frac{\partial J}{\partial w_j} = \frac{\partial}{\partial w_j}\frac{1}{2}\sum_{i=1}^{m}"
               r"(y^{(i)} - w^T x^{(i)})^2 = -\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})x_j^{(i)}$$")
_SUM = r"\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})x_j^{(i)}"
#: the brief's update, verbatim (the derivative written out inside it, the second side's sign slipped)
_BRIEF_UPDATE = (r"$$w_j := w_j - \eta \frac{\partial}{\partial w_j}\frac{1}{2}\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})^2"
                 r" = w_j - \eta\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})x_j^{(i)}$$")


def _page(update: str) -> str:
    return f"The cost is\n\n{_COST}\n\nIts derivative:\n\n{_DERIVATION}\n\nThe update is\n\n{update}\n"


def _sides_by_hand(sign: float, seed: int = 3) -> tuple[float, float]:
    """wⱼ − η ∂J/∂wⱼ (∂J/∂wⱼ by central differences of J) and wⱼ + sign·ηΣᵢ(yᵢ − wᵀxᵢ)xᵢⱼ, at random data, j = 1."""
    rng = np.random.default_rng(seed)
    X, y, w, eta, j = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3), 0.37, 1
    gradient = central_differences(lambda v: 0.5 * float(np.sum((y - X @ v) ** 2)), w)
    return w[j] - eta * gradient[j], w[j] + sign * eta * float(np.sum((y - X @ w) * X[:, j]))


def test_the_hand_worked_sides() -> None:
    """The independent check behind every verdict below: + is the update's side, − is not."""
    left, plus = _sides_by_hand(+1)
    _, minus = _sides_by_hand(-1)
    assert left == pytest.approx(plus, rel=1e-6)
    assert abs(left - minus) > 1e-3


def _update_lemmas(review):
    return [lemma for lemma in review.lemmas if lemma.title == UPDATE_SIDES_TITLE]


def test_the_brief_page_is_wrong_at_its_update_side() -> None:
    """The brief's page: "✓ every step holds" before; now wrong at line 11, in the update rule's sides."""
    review = steps(_page(_BRIEF_UPDATE), file_kind="markdown")
    assert not review.ok
    (lemma,) = _update_lemmas(review)
    assert lemma.statement.line == 11 and [step.valid for step in lemma.steps] == [False]
    assert review.lemma_error is not None
    assert "the update rule's sides" in review.to_text()
    # the derivation itself still holds and ends at the gradient
    assert review.first_error is None and review.ending == "gradient"


def test_the_brief_page_with_the_right_sign_holds() -> None:
    review = steps(_page(_BRIEF_UPDATE.replace(r"= w_j - \eta\sum", r"= w_j + \eta\sum")), file_kind="markdown")
    assert review.ok
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [True]
    assert any("checked against each other" in note for note in review.notes)


@pytest.mark.parametrize("update, right", [
    # ∂J/∂wⱼ named, read as the derivation's own derivative (the cost's, by the derivation's parameter)
    (rf"$$w_j := w_j - \eta \frac{{\partial J}}{{\partial w_j}} = w_j + \eta{_SUM}$$", True),
    (rf"$$w_j := w_j - \eta \frac{{\partial J}}{{\partial w_j}} = w_j - \eta{_SUM}$$", False),
    # the arrow
    (rf"$$w_j \leftarrow w_j - \eta \frac{{\partial J}}{{\partial w_j}} = w_j + \eta{_SUM}$$", True),
    (rf"$$w_j \leftarrow w_j - \eta \frac{{\partial J}}{{\partial w_j}} = w_j - \eta{_SUM}$$", False),
    # Raschka's increment Δwⱼ = −η ∂J/∂wⱼ = ηΣ(y − wᵀx)xⱼ (notation/page.py _opens_with_an_increment)
    (rf"$$\Delta w_j = -\eta \frac{{\partial J}}{{\partial w_j}} = \eta{_SUM}$$", True),
    (rf"$$\Delta w_j = -\eta \frac{{\partial J}}{{\partial w_j}} = -\eta{_SUM}$$", False),
])
def test_each_update_form_has_its_sides_checked(update: str, right: bool) -> None:
    review = steps(_page(update), file_kind="markdown")
    (lemma,) = _update_lemmas(review)
    assert [step.valid for step in lemma.steps] == [right]
    assert review.ok is right


def test_a_side_that_does_not_read_is_set_aside_noted() -> None:
    """foo is no function logderiv knows: the sides are not read, and the page is judged as before, noted."""
    review = steps(_page(r"$$w_j := w_j - \eta \frac{\partial J}{\partial w_j} = w_j + \eta\,\mathrm{foo}(q)$$"),
                   file_kind="markdown")
    assert review.ok and not _update_lemmas(review)
    assert any("the update rule of w_j" in note and "not checked" in note for note in review.notes)


def test_a_derivative_by_another_parameter_is_not_read_as_the_derivations() -> None:
    """∂J/∂b beside a derivation by wⱼ: not the derivation's derivative, left a letter, the sides set aside (noted)."""
    review = steps(_page(rf"$$b := b - \eta \frac{{\partial J}}{{\partial b}} = b - \eta{_SUM}$$"), file_kind="markdown")
    assert not _update_lemmas(review)
    assert any("the update rule of b" in note and "not checked" in note for note in review.notes)


def test_the_rule_alone_stays_unchecked() -> None:
    """No '=' after the rule's side: nothing to check, set aside as before."""
    review = steps(_page(r"$$w_j := w_j - \eta \frac{\partial J}{\partial w_j}$$"), file_kind="markdown")
    assert review.ok and not _update_lemmas(review)


def test_a_row_of_its_own_after_the_rule_is_no_side() -> None:
    r"""cold30's recap: θⱼ := θⱼ − α ∂J/∂θⱼ \\ α = learning rate: "θⱼ − α ∂J \\ α" = "learning rate" is no equation."""
    from logderiv.notation.page import update_sides
    from logderiv.notation.notes import display_blocks

    text = "$$\n\\theta_j := \\theta_j - \\alpha \\frac{\\partial}{\\partial\\theta_j} J(\\theta_0, \\theta_1)\n\\\\\n" \
           "\\alpha = learning \\ rate\n$$\n"
    (block,) = display_blocks(text)
    assert update_sides(text, [block]) is None


def test_a_long_update_reads_in_bounded_time() -> None:
    from logderiv.notation.page import update_sides
    from logderiv.notation.notes import display_blocks

    # every row goes on with '=': each row break is looked at, none rescans the text before it. Counted, not timed
    # (tests/work.py): about 12 calls a row (30,000 at 2,500 rows). A rescan would slice the text before each row, C
    # work a count cannot see (the same calls, quadratic copying): benchmarks/scaling.py times it as a ratio ("update
    # rows")
    def sides(n: int) -> Callable[[], object]:
        text = "$$w := w - \\eta x" + " \\\\ &= x" * n + "$$"
        (block,) = display_blocks(text)
        return lambda: update_sides(text, [block])

    assert_linear(sides, 625)
    text = "$$w := w - \\eta x" + " \\\\ &= x" * 2500 + "$$"
    assert len(text) > 20_000
    (block,) = display_blocks(text)
    read = update_sides(text, [block])
    assert read is not None and read[2] == "w", read

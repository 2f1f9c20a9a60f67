"""audit32b: the page of headed sections, each defining its own cost L (fixcold33b), where it misread.

Facts worked by hand and checked here by central finite differences with NumPy at one example (x, y) and one (w, b):
with ŷ = σ(wx + b), ∂/∂w ½(y − ŷ)² = (ŷ − y)ŷ(1 − ŷ)x, which is not (ŷ − y)x (the cross-entropy's gradient), and
(ŷ − y)x = ŷx − yx.

1. A section's own definitions (ŷ = σ(wx + b) written under the first heading, not before it) were blanked in the other
   sections' readings: the second section's ŷ was then read as a default model (h = wᵀx for a squared loss), and its
   (ŷ − y)x, wrong for the writer's sigmoid ŷ, was passed as "every step holds, the gradient" (a false gradient).
2. A section after the costed ones was taken for "prose alone" when it held no '$': a '\\[ = ŷx − yx \\]' under a heading
   "Simplified" (the cross-entropy's derivation continued) was kept in EVERY section's reading, so it was judged a
   step of the squared loss's section too and the page called wrong at it (a false "wrong").
Both are now left to the page's reader (refused as before): a costed section that defines anything beside its cost, or
a later section holding maths of any kind, is no page of sections.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy
import pytest
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, sigmoid
from work import assert_linear

_SECTIONS_NOTE = "each define the cost L and derive it: each read as a page of its own"

_X, _Y, _W, _B = 0.8, 1.0, -0.4, 0.3

_CE = ("$$\nL = - ( y \\ln \\hat{y} + (1-y) \\ln (1 - \\hat{y}) )\n$$\n\n"
       "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) x\n$$\n\n")
_SQUARED = ("$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$\n\n"
            "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) \\hat{y} (1 - \\hat{y}) x\n$$\n\n")
_MODEL = "$$\n\\hat{y} = \\sigma(wx + b)\n$$\n\n"


def test_the_hand_worked_facts() -> None:
    def squared(parameters: numpy.ndarray) -> float:
        w, b = parameters
        return float(0.5 * (_Y - sigmoid(w * _X + b)) ** 2)

    p = sigmoid(_W * _X + _B)
    slope = central_differences(squared, numpy.array([_W, _B]))[0]
    assert slope == pytest.approx((p - _Y) * p * (1 - p) * _X, abs=1e-8)
    assert slope != pytest.approx((p - _Y) * _X, abs=1e-3)  # (ŷ − y)x is wrong for the squared loss of σ
    assert p * _X - _Y * _X == pytest.approx((p - _Y) * _X)


def test_a_model_defined_inside_the_first_section_is_not_lost_to_the_second(tmp_path: Path) -> None:
    # the model is written under the first heading; the second section's squared loss uses the same ŷ and ends at
    # (ŷ − y)x, wrong for ŷ = σ(wx + b): never "the gradient" (before: ✓ every step, ŷ read as wᵀx in section 2)
    page = ("### Why cross-entropy\n\nSome prose.\n\n#### Cross-entropy\n\n" + _MODEL + _CE
            + "#### Squared loss\n\n$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$\n\n"
            "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) x\n$$\n\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    said = result.output + result.stderr
    assert "every step holds" not in said
    assert result.exit_code != 0
    assert _SECTIONS_NOTE not in said


def test_a_model_defined_inline_inside_a_section_is_not_lost_either(tmp_path: Path) -> None:
    page = ("### Why cross-entropy\n\nSome prose.\n\n#### Cross-entropy\n\nwith $\\hat{y} = \\sigma(wx + b)$:\n\n" + _CE
            + "#### Squared loss\n\n$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$\n\n"
            "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) x\n$$\n\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    said = result.output + result.stderr
    assert "every step holds" not in said
    assert _SECTIONS_NOTE not in said


@pytest.mark.parametrize("opening, closing", [("\\[", "\\]"), ("\\begin{align}", "\\end{align}")])
def test_a_later_section_of_maths_without_dollars_is_not_taken_for_prose(tmp_path: Path, opening: str,
                                                                          closing: str) -> None:
    # "#### Simplified" continues the cross-entropy's derivation, = ŷx − yx (right: (ŷ − y)x = ŷx − yx): before, it
    # was kept in the squared loss's reading too and the page called wrong at it
    page = ("### Why cross-entropy\n\n" + _MODEL + "#### With the squared loss\n\n" + _SQUARED
            + "#### With the cross-entropy\n\n" + _CE + f"#### Simplified\n\n{opening}\n= \\hat{{y}} x - y x\n{closing}\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    said = result.output + result.stderr
    assert "wrong at" not in said
    assert result.exit_code != 1


def test_sections_of_prose_alone_and_a_shared_model_are_still_read(tmp_path: Path) -> None:
    # what the narrowing leaves: the model before the sections, a section of prose alone after them
    page = ("### Why cross-entropy\n\n" + _MODEL + "#### With the squared loss\n\n" + _SQUARED
            + "#### With the cross-entropy\n\n" + _CE + "#### Conclusion\n\nThe second is simpler.\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 0, result.output + result.stderr
    assert _SECTIONS_NOTE in result.output + result.stderr


def test_inline_maths_of_a_long_section_is_found_in_linear_time() -> None:
    from logderiv.notation.cost_sections import sections_of_their_own_cost

    # counted, not timed (tests/work.py): each \( is one piece of _inline's one pass, about one call each (2,800 calls
    # at 2,500 of them, 10,300 at 10,000); a look from each \( to the end of the section would be quadratic. A regular
    # expression's backtracking over the run would be one call: benchmarks/scaling.py times it ("inline maths")
    def page(n: int) -> Callable[[], object]:
        section = "#### With the squared loss\n\n" + _SQUARED + "\\(" * n + "\n"
        text = "### Why\n\n" + _MODEL + section + "#### Cross\n\n" + _CE
        return lambda: sections_of_their_own_cost(text)

    assert_linear(page, 2_500)


# 3. The cost stated twice, read beside --cost once per definition (fixcold33b): the page states the mean squared
#    error, then restates it WITH a penalty, $J = (1/2m)Σ(θᵀx − y)² + (λ/2m)Σθⱼ²$, and derives that one, rightly:
#    (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ. Beside --cost linear, the reading that kept the first definition judged the
#    derivation against it and called the page wrong, though its lines write λ, which only the blanked definition
#    holds (a false "wrong"; with the penalised definition alone the page is refused as not --cost's, as it should).

_MEAN_COST = r"$J(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2$"
_PENALISED = (r"$J(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2"
              r"+\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2$")
_PENALISED_GRADIENT = ("$$\n\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}(\\theta^T x^{(i)}"
                       "-y^{(i)})x_j^{(i)} + \\frac{\\lambda}{m}\\theta_j\n$$\n")


def test_the_hand_worked_penalised_gradient() -> None:
    rng = numpy.random.default_rng(32)
    X, y, theta, lam = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3), 0.7

    def penalised(t: numpy.ndarray) -> float:
        return float(((X @ t - y) ** 2).sum() / 14 + lam / 14 * (t ** 2).sum())

    written = X.T @ (X @ theta - y) / 7 + lam / 7 * theta
    assert central_differences(penalised, theta) == pytest.approx(written, abs=1e-7)
    assert not numpy.allclose(written, X.T @ (X @ theta - y) / 7)  # not the unpenalised gradient


def test_a_derivation_of_the_penalised_restatement_is_not_judged_against_the_first(tmp_path: Path) -> None:
    page = f"The cost is {_MEAN_COST}.\n\nWith the penalty, {_PENALISED}.\n\n{_PENALISED_GRADIENT}"
    result = _steps(tmp_path, page, "--cost", "linear", "--timeout", "60")
    said = result.output + result.stderr
    assert result.exit_code == 2, said
    assert "wrong at" not in said
    assert "the derivation writes \\lambda, which only the other definition holds" in result.stderr


# 4. (main's page reader, found beside the sections) The same two losses, the model in prose before them: main read
#    the second section's "L = ½(y − ŷ)²" as a STEP of the first derivation (L, the cross-entropy, "= ½(y − ŷ)²") and
#    called the page wrong there, though both derivations are right ((ŷ − y)x for the cross-entropy, (ŷ − y)ŷ(1 − ŷ)x
#    for the squared loss, test_the_hand_worked_facts): a false "wrong". A later step that is the cost's bare name is
#    a definition again: refused, so headed sections are read one by one and a page without headings is refused.

_SQUARED_AFTER = ("$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$\n\n"
                  "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) \\hat{y} (1 - \\hat{y}) x\n$$\n")


def test_two_losses_under_headings_with_the_model_in_prose_are_read_by_sections(tmp_path: Path) -> None:
    page = ("### Why cross-entropy\n\nwith $\\hat{y} = \\sigma(wx + b)$:\n\n#### Cross-entropy\n\n" + _CE
            + "#### Squared loss\n\n" + _SQUARED_AFTER)
    result = _steps(tmp_path, page, "--timeout", "60")
    said = result.output + result.stderr
    assert result.exit_code == 0, said
    assert "wrong at" not in said and _SECTIONS_NOTE in said


def test_two_losses_without_headings_are_refused_not_judged_one_chain(tmp_path: Path) -> None:
    result = _steps(tmp_path, _CE + _SQUARED_AFTER, "--timeout", "60")
    said = result.output + result.stderr
    assert result.exit_code == 2, said
    assert "wrong at" not in said
    assert "writes the cost L again after its derivation began" in result.stderr

"""audit32c: adversarial checks of fixcold32c's readings, each expected value worked out by hand.

The rows of one display (∂J/∂θⱼ &= … \\ ∂J/∂θ₀ &= …) are two derivations of two derivatives: the page ends at the
gradient only if no row is left unfinished. Before this audit the display took its last row's ending, so a page
whose ∂J/∂θⱼ row stopped before its gradient above a right ∂J/∂θ₀ row was printed "every step holds, and the last
line is the gradient", exit 0 / ending 'gradient'. A row ending wrong keeps cold9's convention (the display ends
where its last row does, as a chain past a wrong step ends at its last line): its wrong step is the page's, exit 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from _derivations_table import steps_of_page as _steps

_DOT_PAGE = Path(__file__).parent / "derivations_cold32" / "en_notes_linear_theta_j_theta_0_gradient_descent_dotproduct.md"
_LAST_J_LINE = "  &= \\frac{1}{m}\\sum(\\hat{y}_i - y)x_{ij}\n"


def _review(tmp_path: Path, text: str):
    result = _steps(tmp_path, text, "-f", "json", "--timeout", "60", "--cost", "linear")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return result.exit_code, json.loads(result.stdout)["ending"]


def test_the_gradient_by_hand_is_not_the_unfinished_row():
    # J = (1/2m) Σ (θᵀxᵢ − yᵢ)²: ∂J/∂θⱼ = (1/m) Σ (θᵀxᵢ − yᵢ) xᵢⱼ (finite differences), which the row's last line
    # (1/m) Σ (ŷᵢ − yᵢ) ∂/∂θⱼ(ŷᵢ − y) only names: the row is unfinished
    generator = numpy.random.default_rng(32)
    X = numpy.column_stack([numpy.ones(7), generator.normal(size=(7, 2))])
    y, theta = generator.normal(size=7), numpy.array([0.2, -0.5, 0.7])

    def cost(t):
        return float(((X @ t - y) ** 2).sum() / 14)

    numeric = numpy.array([(cost(theta + 1e-6 * e) - cost(theta - 1e-6 * e)) / 2e-6 for e in numpy.eye(3)])
    assert numpy.allclose(numeric, X.T @ (X @ theta - y) / 7, atol=1e-6)


def test_a_row_left_unfinished_above_a_right_row_does_not_end_the_page_at_the_gradient(tmp_path):
    text = _DOT_PAGE.read_text(encoding="utf-8")
    assert _LAST_J_LINE in text
    code, ending = _review(tmp_path, text.replace(_LAST_J_LINE, ""))
    assert (code, ending) == (1, "unfinished")


def test_a_row_ending_wrong_above_a_right_row_is_still_the_pages_error(tmp_path):
    # the ∂J/∂θⱼ row's last line with the sign flipped, (1/m) Σ (y − ŷᵢ) xᵢⱼ: minus the gradient, wrong at line 15.
    # The display ends where its last row does (cold9's convention, as a chain past a wrong step ends at its last
    # line), but the wrong step is the page's: exit 1, and the row's ending is said
    text = _DOT_PAGE.read_text(encoding="utf-8")
    result = _steps(tmp_path, text.replace(_LAST_J_LINE, "  &= \\frac{1}{m}\\sum(y - \\hat{y}_i)x_{ij}\n"), "-f", "json",
                    "--timeout", "60", "--cost", "linear")
    review = json.loads(result.stdout)
    assert result.exit_code == 1
    assert min(step["line"] for step in review["steps"] if step["valid"] is False) == 15
    assert any("∂J/∂θⱼ (line 13) ends wrong" in note for note in review["notes"])


# -- (1/m) Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂Wⱼ: the chain factor written times the example count as well ---------------------------
#
# The linear blog page (J = (1/2m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)², ŷ⁽ⁱ⁾ = Σⱼ Wⱼxⱼ⁽ⁱ⁾ + b) with its ∂J/∂ŷ⁽ⁱ⁾ lemma left out and the chain
# written (1/m) Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂Wⱼ, as notes write dw = (1/m) Σ dw⁽ⁱ⁾ with J loosely for one example's loss. Read
# strictly, ∂J/∂ŷ⁽ⁱ⁾ = (1/m)(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) and the line is (1/m²) Σ (ŷ − y)xⱼ, 1/m times the gradient; read loosely
# (∂/∂ŷ of ½(ŷ − y)²) it is the gradient (1/m) Σ (ŷ − y)xⱼ. Before this audit the strict reading was taken and the
# writer's line called wrong; the two readings differ (below), so neither is taken.

_BLOG = Path(__file__).parent / "derivations_cold32" / "en_blog_linear_w_j_b_chain_through_y_hat.md"
_CHAIN = r"\sum_{i=1}^{m}\frac{\partial{J}}{\partial{\hat{y}^{(i)}}}*\frac{\partial{\hat{y}^{(i)}}}{\partial{W_j}}"
_LEMMA = r"$$ \frac{\partial{J}}{\partial{\hat{y}^{(i)}}} =\frac{1}{m}(\hat{y}^{(i)} - y^{(i)}) $$"


def test_the_two_readings_of_the_counted_chain_differ():
    generator = numpy.random.default_rng(5)
    X, y, w, b = generator.normal(size=(7, 2)), generator.normal(size=7), generator.normal(size=2), 0.3
    residual = X @ w + b - y
    strict = (residual / 7) @ X / 7  # (1/m) Σ [(1/m)(ŷ − y)] xⱼ
    loose = residual @ X / 7  # (1/m) Σ (ŷ − y) xⱼ

    def cost(v):
        return float(((X @ v + b - y) ** 2).sum() / 14)

    numeric = numpy.array([(cost(w + 1e-6 * e) - cost(w - 1e-6 * e)) / 2e-6 for e in numpy.eye(2)])
    assert numpy.allclose(numeric, loose, atol=1e-6) and not numpy.allclose(strict, loose)


@pytest.mark.parametrize("written", [r"\frac{1}{m}" + _CHAIN,
                                     _CHAIN.replace(r"\frac{\partial{J}}", r"\frac{1}{m}\frac{\partial{J}}", 1)])
def test_the_chain_factor_times_the_count_is_refused_naming_both_readings(tmp_path, written):
    text = _BLOG.read_text(encoding="utf-8")
    assert _CHAIN in text and _LEMMA in text
    result = _steps(tmp_path, text.replace(_LEMMA, "").replace(_CHAIN, written), "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "one example's loss" in result.stderr and "summed cost's derivative" in result.stderr

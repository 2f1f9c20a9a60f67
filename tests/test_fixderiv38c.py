"""An align's row labels ``j = 0:``, rows split by ``\\newline``, and ∂J/∂θ₀, ∂J/∂θ₁ after a general ∂J/∂θⱼ chain
(issue 10, fixderiv38c).

tests/derivations_cold38/es_notes_linear_theta0_theta1_half_m_align_j0_j1.md (Spanish Hugo notes on linear regression
in θ₀, θ₁) derives ∂/∂θⱼ J(θ₀, θ₁) = ∂/∂θⱼ (1/2m)Σ(h − y)² = (1/m)Σ(h − y)·∂/∂θⱼ(h − y) (line 45), then works the
inner derivative out per component on rows labelled ``j = 0:&`` and ``j = 1:&``, split by ``\\newline`` (line 63), then
states "the gradient is" ∂J/∂θ₀ = (1/m)Σ(h − y) and ∂J/∂θ₁ = (1/m)Σ(h − y)x on two rows (line 72). It was refused:
"the notes hold 3 derivations … 'j' is a feature index, not a variable". Now the labels are index conditions (blanked,
noted), the \\newline rows are lemmas of their own (as \\\\ rows are), and the two component rows are derivations of
their own that finish the general one (the model the page defines has exactly θ₀, θ₁).

Guards: a label whose row differentiates by another component is left as written (refused as before); a general
chain followed by θ₀ alone stays unfinished. Every value is worked out by hand and checked by central differences,
never taken from logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import outcome_of, steps_of_page
from _numeric import central_differences
from logderiv.notation.row_conditions import row_conditions_blanked

TESTS = Path(__file__).parent
COLD38 = TESTS / "derivations_cold38"
NAME = "es_notes_linear_theta0_theta1_half_m_align_j0_j1.md"
# verbatim, tests/derivations_cold38/es_notes_linear_theta0_theta1_half_m_align_j0_j1.md (Spanish Hugo notes)
PAGE = (COLD38 / NAME).read_text(encoding="utf-8")


def _cost(x: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """J(θ₀, θ₁) = (1/2m) Σᵢ (θ₁xᵢ + θ₀ − yᵢ)², the page's lines 4 and 23."""
    return float(np.sum((theta[1] * x + theta[0] - y) ** 2) / (2 * len(x)))


def test_the_hand_derivatives_and_the_planted_slip() -> None:
    # by hand: ∂J/∂θ₀ = (1/m)Σ(h − y) (line 74), ∂J/∂θ₁ = (1/m)Σ(h − y)x (line 75); the planted page's line 75 drops
    # the inner derivative x, (1/m)Σ(h − y): not ∂J/∂θ₁ at a random point; the lemmas ∂/∂θ₀(θ₀ + θ₁x − y) = 1 and
    # ∂/∂θ₁(…) = x (lines 65, 66)
    rng = np.random.default_rng(382)
    x, y, theta = rng.normal(size=7), rng.normal(size=7), rng.normal(size=2)
    residual = theta[1] * x + theta[0] - y
    numeric = central_differences(lambda t: _cost(x, y, t), theta)
    assert np.allclose(numeric, [residual.mean(), (residual * x).mean()], rtol=1e-6)
    assert not np.isclose(residual.mean(), numeric[1], rtol=1e-3)
    inner = central_differences(lambda t: float(t[0] + t[1] * x[0] - y[0]), theta)
    assert np.allclose(inner, [1.0, x[0]], rtol=1e-6)


def test_both_pages_are_judged_as_their_table_says() -> None:
    # tests/derivations_cold38/expected.txt: gradient; the planted one wrong at line 75 (chain-rule)
    assert outcome_of(COLD38, NAME) == ("right", "")
    assert outcome_of(COLD38, NAME.replace(".md", "_planted_chain_rule.md")) == ("right", "")


def test_the_readings_are_noted(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, PAGE, "--cost", "linear")
    assert result.exit_code == 0, result.output
    assert "line 65: 'j = 0:' labels the row by the component it works out" in result.output
    assert "line 66: 'j = 1:' labels the row" in result.output
    assert "the model the page defines has the components θ₀ and θ₁" in result.output
    assert "lemma (line 66" in result.output  # the \newline row is a lemma of its own, not a step of line 65's


def test_newline_rows_read_as_double_backslash_rows(tmp_path: Path) -> None:
    # the same page with \\ for every \newline: the same reading, the same verdict
    result = steps_of_page(tmp_path, PAGE.replace("\\newline", "\\\\"), "--cost", "linear")
    assert result.exit_code == 0, result.output
    assert "every step holds, and the last line is the gradient" in result.output


def test_a_label_on_a_row_by_another_component_is_left_as_written(tmp_path: Path) -> None:
    # guard: 'j = 0:' before ∂/∂θ₁: the label says nothing the row shows, so it is not read as one (refused, as before)
    text = "$$\n\\begin{align*}\n j = 0:& \\quad \\frac{\\partial}{\\partial \\theta_1} (\\theta_0 + \\theta_1 x) =& x\n\\end{align*}\n$$\n"
    blanked, notes = row_conditions_blanked(text, lambda line: f"line {line}")
    assert (blanked, notes) == (text, [])
    page = PAGE.replace(r"j = 0:& \quad \frac{\partial}{\partial \theta_0}", r"j = 0:& \quad \frac{\partial}{\partial \theta_1}")
    result = steps_of_page(tmp_path, page, "--cost", "linear")
    assert result.exit_code == 2, result.output
    assert "line 64" in result.output and "defines j" in result.output


def test_a_label_is_blanked_over_its_own_characters() -> None:
    text = "$$\n\\begin{align*}\n j = 1:& \\quad \\frac{\\partial}{\\partial \\theta_1} (\\theta_0 + \\theta_1 x) =& x\n\\end{align*}\n$$\n"
    blanked, notes = row_conditions_blanked(text, lambda line: f"line {line}")
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "j = 1" not in blanked and "\\frac{\\partial}{\\partial \\theta_1}" in blanked
    assert notes == ["line 3: 'j = 1:' labels the row by the component it works out (j = 1, the row's derivative by "
                     "the component 1), an index condition, no equation: not read"]


def test_a_general_chain_with_one_component_after_it_stays_unfinished(tmp_path: Path) -> None:
    # guard: ∂J/∂θ₁'s row removed: θ₁ is never finished, so the page does not end at the gradient
    row = ("    \\frac{\\partial}{\\partial \\theta_1} J(\\theta_0, \\theta_1) =& \\frac{1}{m} \\sum^m_{i=1} "
           "\\left(h(x^{(i)}) - y^{(i)}\\right) x^{(i)} \\newline\n")
    assert row in PAGE
    result = steps_of_page(tmp_path, PAGE.replace(row, ""), "--cost", "linear")
    assert result.exit_code == 1, result.output
    assert "unfinished" in result.output and "the model the page defines has the components" not in result.output

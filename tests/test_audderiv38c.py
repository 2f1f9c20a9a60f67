"""Audit of fixderiv38c's readings (row labels ``j = 0:``, ``\\newline`` rows, ∂J/∂θ₀, ∂J/∂θ₁ after a general θⱼ chain).

Two misreads found, each worked out by hand and checked by central differences, never from logderiv's output:

1. A label ``j = 0:`` on a row that writes its letter (``∂/∂θⱼ(θ₀ + θ₁x − y) = ∂/∂θ₀(θ₀ + θ₁x − y) = 1``): the
   label sets j = 0 on the row, so the row is right (∂/∂θ₀(θ₀ + θ₁x − y) = 1); blanked, θⱼ was read as a general
   component and the right row judged wrong at line 65. Now a row that writes the label's letter, or whose first
   derivative is by another component, keeps its label as written (refused, as before the fix).
2. The general chain followed by both components, on a model logderiv has no note for (h = θ₀x + θ₁, the slope
   θ₀; or θ₁ + θ₂x numbered from 1): every derivative on the page right and both components derived, yet the page
   was judged "unfinished" (a wrong ending). Now refused, both readings named.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import steps_of_page
from _numeric import central_differences

PAGE = (Path(__file__).parent / "derivations_cold38" / "es_notes_linear_theta0_theta1_half_m_align_j0_j1.md").read_text(
    encoding="utf-8")
R65 = (r"j = 0:& \quad \frac{\partial}{\partial \theta_0} \left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) =& "
       r"1 + 0 - 0 =& 1 \newline")
R66 = (r"j = 1:& \quad \frac{\partial}{\partial \theta_1} \left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) =& "
       r"0 + x^{(i)} - 0 =& x^{(i)} \newline")
R74 = (r"\frac{\partial}{\partial \theta_0} J(\theta_0, \theta_1) =& \frac{1}{m} \sum^m_{i=1} "
       r"\left(h(x^{(i)}) - y^{(i)}\right) \newline")
R75 = (r"\frac{\partial}{\partial \theta_1} J(\theta_0, \theta_1) =& \frac{1}{m} \sum^m_{i=1} "
       r"\left(h(x^{(i)}) - y^{(i)}\right) x^{(i)} \newline")


def test_the_rows_as_written_are_in_the_page() -> None:
    assert all(row in PAGE for row in (R65, R66, R74, R75))


def test_a_labelled_row_that_writes_the_labels_letter_is_not_judged_wrong(tmp_path: Path) -> None:
    # by hand: with j = 0 (the label), ∂/∂θⱼ(θ₀ + θ₁x − y) is ∂/∂θ₀(θ₀ + θ₁x − y) = 1: the row is right
    rng = np.random.default_rng(3803)
    x, y = rng.normal(), rng.normal()
    inner = central_differences(lambda t: float(t[0] + t[1] * x - y), rng.normal(size=2))
    assert np.isclose(inner[0], 1.0, rtol=1e-6)
    row = (r"j = 0:& \quad \frac{\partial}{\partial \theta_j} \left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) =& "
           r"\frac{\partial}{\partial \theta_0} \left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) =& 1 \newline")
    result = steps_of_page(tmp_path, PAGE.replace(R65, row), "--cost", "linear")
    # was: exit 1, wrong at line 65 (θⱼ read as a general component, the label dropped)
    assert result.exit_code in (0, 2), result.output
    assert "wrong at line 65" not in result.output


def test_a_label_whose_row_opens_by_another_component_is_left_as_written(tmp_path: Path) -> None:
    # 'j = 0:' before ∂/∂θ₁(…): the \partial \theta_0 further on the row says nothing of the row's own variable
    row = (r"j = 0:& \quad \frac{\partial}{\partial \theta_1} \left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) =& "
           r"x^{(i)} + \frac{\partial \theta_0}{\partial \theta_0} =& x^{(i)} + 1 \newline")
    result = steps_of_page(tmp_path, PAGE.replace(R66, row), "--cost", "linear")
    assert "line 66: 'j = 0:' labels the row" not in result.output


def _cost(x: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """J = (1/2m) Σ (θ₀xᵢ + θ₁ − yᵢ)², the model h(x) = θ₀x + θ₁ (θ₀ the slope)."""
    return float(np.sum((theta[0] * x + theta[1] - y) ** 2) / (2 * len(x)))


def test_both_components_of_another_model_are_not_judged_unfinished(tmp_path: Path) -> None:
    # h(x) = θ₀x + θ₁: by hand ∂J/∂θ₀ = (1/m)Σ(h − y)x, ∂J/∂θ₁ = (1/m)Σ(h − y); ∂/∂θ₀(θ₀x + θ₁ − y) = x and
    # ∂/∂θ₁(…) = 1. Every line of the page so written is right and both components are derived: the page ends at the
    # gradient; "unfinished" is a wrong ending
    rng = np.random.default_rng(3804)
    x, y, theta = rng.normal(size=6), rng.normal(size=6), rng.normal(size=2)
    residual = theta[0] * x + theta[1] - y
    assert np.allclose(central_differences(lambda t: _cost(x, y, t), theta),
                       [(residual * x).mean(), residual.mean()], rtol=1e-6)
    page = PAGE.replace(r"h(x) = \theta_1 x + \theta_0", r"h(x) = \theta_0 x + \theta_1")
    page = page.replace(R74, R74.replace(r"\right) \newline", r"\right) x^{(i)} \newline"))
    page = page.replace(R75, R75.replace(r"\right) x^{(i)} \newline", r"\right) \newline"))
    page = page.replace(r"=& 1 + 0 - 0 =& 1", r"=& x^{(i)}").replace(r"=& 0 + x^{(i)} - 0 =& x^{(i)}", r"=& 1")
    page = page.replace(r"\theta_0 + \theta_1 x^{(i)}", r"\theta_0 x^{(i)} + \theta_1")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code in (0, 2), result.output  # was: exit 1, unfinished
    assert "unfinished: every step holds" not in result.output
    if result.exit_code == 2:
        assert "cannot tell which components" in result.output and "line 47" in result.output


def test_the_fixers_page_still_ends_at_the_gradient(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, PAGE, "--cost", "linear")
    assert result.exit_code == 0 and "every step holds, and the last line is the gradient" in result.output

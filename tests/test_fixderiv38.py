"""A cost written as one name the page defines counts its examples by that definition's letter (issue 10, fixderiv38).

tests/derivations_cold13/mathwikia_least_squares_dropped_two.md (a math wiki's least-squares page) defines its cost
inline, ``minimize $D=\\sum_{i=1}^n (y_i - (ax_i+b))^2$``, and derives ∂D/∂a and ∂D/∂b, each its own chain of '='
(one derivation per parameter of the line). Each chain judged alone was refused: "n counts the examples in this line,
but the cost counts the examples by m" — the cost was J = D, its text the first line's ``\\frac{∂ D}{∂ a}``, which
writes no n, so the lines' Σ_{i=1}^{n} looked like a count of their own. D's definition (read as --let D=…, noted)
is the cost's text: the n written there is the cost's own count, the one the lines write (noted: n read as m).

Guards: a line counting by a letter the cost's definition does not write is still refused; a cost whose definition is
not the only thing the first line names (a model h written in the cost) keeps its own text. Every value below is
worked out by hand and checked by central differences, never taken from logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import outcome_of, steps_of_page
from _numeric import central_differences

TESTS = Path(__file__).parent
COLD13 = TESTS / "derivations_cold13"

# verbatim, tests/derivations_cold13/mathwikia_least_squares_dropped_two.md (a math wiki's least-squares page)
PAGE = (COLD13 / "mathwikia_least_squares_dropped_two.md").read_text(encoding="utf-8")


def _d(x: np.ndarray, y: np.ndarray, params: np.ndarray) -> float:
    """D = Σᵢ (yᵢ − (a xᵢ + b))², the page's line 1."""
    a, b = params
    return float(np.sum((y - (a * x + b)) ** 2))


def test_the_hand_derivatives_and_the_dropped_two() -> None:
    # by hand: ∂D/∂a = Σ 2(yᵢ − (axᵢ + b))(−xᵢ), ∂D/∂b = Σ 2(yᵢ − (axᵢ + b))(−1) (lines 5, 6: right); line 10 writes
    # Σ (yᵢ − (axᵢ + b))(−xᵢ), half of it: wrong unless the residuals' product with x is 0
    rng = np.random.default_rng(38)
    x, y, params = rng.normal(size=6), rng.normal(size=6), rng.normal(size=2)
    a, b = params
    numeric = central_differences(lambda p: _d(x, y, p), params)
    line_5 = np.sum(2 * (y - (a * x + b)) * (-x))
    line_6 = np.sum(2 * (y - (a * x + b)) * (-1))
    line_10 = np.sum((y - (a * x + b)) * (-x))
    assert np.allclose(numeric, [line_5, line_6], rtol=1e-6)
    assert not np.isclose(line_10, numeric[0], rtol=1e-3)
    # line 10's later side, Σ(a xᵢ² + xᵢ b − xᵢ yᵢ), is its first side expanded (right, after the wrong step)
    assert np.isclose(np.sum(a * x**2 + x * b - x * y), line_10)


def test_the_page_is_judged_wrong_at_line_10_as_its_table_says() -> None:
    # tests/derivations_cold13/expected.txt: wrong, line 10, constant
    assert outcome_of(COLD13, "mathwikia_least_squares_dropped_two.md") == ("right", "")


def test_the_reading_is_noted(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, PAGE)
    assert result.exit_code == 1, result.output
    assert "wrong at line 10:30" in result.output
    assert "n counts the examples here: read as m" in result.output
    assert "read as --let D=\\sum_{i=1}^n (y_i - (ax_i+b))^2" in result.output


def test_a_line_counting_by_another_letter_stays_refused(tmp_path: Path) -> None:
    # the guard: D counts by n, the line by N: whether N is the cost's n cannot be told
    page = PAGE.replace("\\sum_{i=1}^n (y_i - (ax_i + b)) (-x_i) =", "\\sum_{i=1}^N (y_i - (ax_i + b)) (-x_i) =")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "N counts the examples in this line, but the cost counts the examples by m" in result.stderr
    assert "line 10, column 41" in result.stderr


def test_a_cost_defined_with_m_and_a_line_with_n_stays_refused(tmp_path: Path) -> None:
    # the guard: the cost's definition writes m, the line n: two letters, refused as before
    page = PAGE.replace("minimize $D=\\sum_{i=1}^n", "minimize $D=\\sum_{i=1}^m")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "n counts the examples in this line, but the cost counts the examples by m" in result.stderr


def test_only_a_cost_written_as_one_name_takes_its_definition() -> None:
    # the guard: a cost written out (its model h beside it, whose n counts the features) keeps its own text
    from logderiv.services.steps import _cost_text

    written = "J = \\frac{1}{2m} \\sum_{i=1}^m (h(x_i) - y_i)^2"
    assert _cost_text(written, ["h(x) = \\sum_{j=1}^n \\theta_j x_j"]) == written
    assert "\\sum_{i=1}^n" in _cost_text("\\frac{∂ D}{∂ a}", ["D=\\sum_{i=1}^n (y_i - (ax_i+b))^2"])
    assert _cost_text("\\frac{∂ D}{∂ a}", ["E=\\sum_{i=1}^n e_i^2"]).strip() == "\\frac{∂ D}{∂ a}"

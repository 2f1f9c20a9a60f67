"""fixroute34: a derivative gone wrong and stated again at the gradient later — a convention the tables disagree on.

derivations_cold36/es_notes_linear_theta0_theta1_paso_a_paso_half_m_planted_constant.md (a planted copy of a Spanish
study guide for the 42-school project ft_linear_regression, public code index file 52495756230) writes ∂J/∂θ₀ three
times, each in a display of its own: "Paso 3" (line 21, right), "Paso 4" (line 26, the planted 2/m for 1/m: wrong) and
the boxed "Resultado final" (line 31, right again). cold36's table (and cold35's header) read one derivation written
across the displays, ending at its last statement: ending ``gradient``, first wrong line 26. logderiv judged each
display a route and ended the page wrong — the reading of cold20's and cold21's headers ("a derivative and the same
derivative restated, EACH is judged … if any ends wrong the ending is `wrong`") and of two cold20 rows (an asker's
δL/δb wrong on line 4, the answer's dL/db right: `wrong`, 4). The rule "a derivative ends where its last statement
does" was implemented and measured (all 460 table pages: only the cold36 page changed), but it contradicts those
rows, so such a page is refused at its wrong step, both readings named, for the integrator to decide.

Kept as judged: the reverse (right first, the LAST statement wrong: wrong under either convention), a right page that
restates a derivative, another derivative's right display after a wrong one, a restatement itself wrong or unfinished
(nothing at the gradient last).

Every expected result is worked out by hand and checked here by finite differences, never taken from logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences, half_mean_square

COLD36 = Path(__file__).parent / "derivations_cold36"
PLANTED = "es_notes_linear_theta0_theta1_paso_a_paso_half_m_planted_constant.md"

_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} \bigl(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\bigr)^2"
_ERROR = r"\bigl(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\bigr)"
_D0 = r"\frac{\partial J}{\partial \theta_0}"
_D1 = r"\frac{\partial J}{\partial \theta_1}"
# ∂J/∂θ₀ right, ∂J/∂θ₀ with the ½ kept (twice the gradient), the sign flipped, left unfinished; ∂J/∂θ₁ right
RIGHT_0 = rf"\frac{{1}}{{m}} \sum_{{i=1}}^{{m}} {_ERROR}"
TWICE_0 = rf"\frac{{2}}{{m}} \sum_{{i=1}}^{{m}} {_ERROR}"
NEGATED_0 = rf"-\frac{{1}}{{m}} \sum_{{i=1}}^{{m}} {_ERROR}"
UNFINISHED_0 = rf"\frac{{1}}{{2m}} \sum_{{i=1}}^{{m}} \frac{{\partial}}{{\partial \theta_0}} {_ERROR}^2"
RIGHT_1 = rf"\frac{{1}}{{m}} \sum_{{i=1}}^{{m}} {_ERROR} x^{{(i)}}"


def _page(*displays: tuple[str, str]) -> str:
    """The cost on line 2, then each (derivative, value) as 'Step k:' and a display of its own: 5 lines each (a blank
    line, the words, $$, the equation, $$), the k-th display's equation on line 5k + 2 (7, 12, 17, …)."""
    text = f"$$\n{_COST}\n$$\n"
    for k, (left, right) in enumerate(displays, start=1):
        text += f"\nStep {k}:\n$$\n{left} = {right}\n$$\n"
    return text


def _line(k: int) -> int:
    return 5 * k + 2


def test_the_values_by_finite_differences():
    # J = (1/2m)Σ(θ₀ + θ₁x − y)² at random data: (1/m)Σ(h − y) and (1/m)Σ(h − y)x are its partials; 2/m, the negated
    # value are not (the slips planted below)
    generator = np.random.default_rng(34)
    x, y = generator.normal(size=7), generator.normal(size=7)
    theta = np.array([0.2, -0.5])
    X = np.column_stack([np.ones(7), x])

    numeric = central_differences(lambda t: half_mean_square(X, y, t), theta)
    error = X @ theta - y
    assert np.allclose(numeric, [np.mean(error), np.mean(error * x)], atol=1e-7)
    assert not np.isclose(numeric[0], 2 * np.mean(error))
    assert not np.isclose(numeric[0], -np.mean(error))


def _refusal(result, wrong: int, again: int) -> None:
    assert result.exit_code == 2, result.output
    assert f"∂J/∂θ₀ goes wrong on line {wrong} and is stated again on line {again}, its last statement on the page" \
        in result.stderr
    assert "read as one derivation written across displays it ends there" in result.stderr
    assert "read as two routes, each judged, the wrong one ends the page wrong" in result.stderr
    assert f"(in FILE, line {wrong}, column" in result.stderr
    assert f"hint: check the derivation you mean alone: fix line {wrong}" in result.stderr


def test_the_cold36_page_is_refused_at_paso_4_with_both_readings(tmp_path):
    # by hand: ∂J/∂θ₀ wrong on line 26 (2/m, twice the gradient: finite differences above), the boxed line 31 the
    # gradient again; the tables disagree on the ending, so neither is given
    text = (COLD36 / PLANTED).read_text(encoding="utf-8")
    result = steps_of_page(tmp_path, text, "--cost", "linear", "--timeout", "60")
    _refusal(result, 26, 31)
    # the caret under line 26's wrong value, the 2/m
    lines = result.stderr.splitlines()
    caret = next(index for index, line in enumerate(lines) if line.strip() == "^")
    assert lines[caret - 1][lines[caret].index("^"):].startswith("\\frac{2}{m}")
    kind, _ = outcome_of(COLD36, PLANTED)
    assert kind == "refused"


def test_a_route_gone_wrong_then_restated_right_is_refused(tmp_path):
    page = _page((_D0, TWICE_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    _refusal(steps_of_page(tmp_path, page, "--timeout", "60"), _line(1), _line(2))


def test_right_then_wrong_then_right_is_refused_at_the_wrong_display(tmp_path):
    # the cold36 shape in small: Paso 3 right, Paso 4 wrong, the result right
    page = _page((_D0, RIGHT_0), (_D0, TWICE_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    _refusal(steps_of_page(tmp_path, page, "--timeout", "60"), _line(2), _line(3))


@pytest.mark.parametrize("slip", [TWICE_0, NEGATED_0])
def test_a_last_restatement_gone_wrong_ends_the_page_wrong(tmp_path, slip):
    # the reverse: right first, the LAST statement wrong
    page = _page((_D0, RIGHT_0), (_D0, slip), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(2)])


def test_guard_another_derivative_repairs_nothing(tmp_path):
    # ∂J/∂θ₀ wrong, then ∂J/∂θ₁ right: θ₀'s derivative is never restated
    page = _page((_D0, TWICE_0), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(1)])


def test_guard_a_wrong_restatement_repairs_nothing(tmp_path):
    # wrong (2/m), restated wrong again (the sign): ends wrong at the first
    page = _page((_D0, TWICE_0), (_D0, NEGATED_0), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(1)])


def test_guard_an_unfinished_restatement_repairs_nothing(tmp_path):
    # wrong, then restated with a derivative still to take: the wrong route is not repaired by it
    page = _page((_D0, TWICE_0), (_D0, UNFINISHED_0), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert code == 1 and wrong == [_line(1)]
    assert ending == "wrong"


def test_a_page_right_throughout_still_ends_at_the_gradient(tmp_path):
    page = _page((_D0, RIGHT_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])

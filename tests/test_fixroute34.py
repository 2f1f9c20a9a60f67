"""fixroute34: a derivative stated again across displays ends where its LAST statement does.

derivations_cold36/es_notes_linear_theta0_theta1_paso_a_paso_half_m_planted_constant.md (a planted copy of a Spanish
study guide for the 42-school project ft_linear_regression, public code index file 52495756230) writes ∂J/∂θ₀ three
times, each in a display of its own: "Paso 3" (line 21, right), "Paso 4" (line 26, the planted 2/m for 1/m: wrong) and
the boxed "Resultado final" (line 31, right again). A TA reads one derivation written across the displays, its last
line the result: wrong at line 26, the final result right — ending ``gradient``, first wrong line 26 (the table's row).
Each display was judged as a route of its own and any route ending wrong ended the page wrong ('wrong', 26).

The rule now: a derivative stated more than once ends where its last statement does. A route that went wrong and is
restated at the gradient later is repaired there (its wrong step stays the page's first wrong line, exit 1, and a
note says so); an earlier route right and the last statement wrong still ends the page wrong. Another derivative's
right display repairs nothing, and neither does a restatement that is itself wrong or unfinished (the guards below).

Every expected result is worked out by hand and checked here by finite differences, never taken from logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import outcome_of, review_of_page
from _numeric import central_differences

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

    def cost(t):
        return float(np.sum((X @ t - y) ** 2) / (2 * len(y)))

    numeric = central_differences(cost, theta)
    error = X @ theta - y
    assert np.allclose(numeric, [np.mean(error), np.mean(error * x)], atol=1e-7)
    assert not np.isclose(numeric[0], 2 * np.mean(error))
    assert not np.isclose(numeric[0], -np.mean(error))


def test_the_cold36_page_is_wrong_at_paso_4_and_ends_at_its_boxed_result():
    # the table's row, worked by hand: ∂J/∂θ₀ wrong on line 26 (2/m), the boxed line 31 the gradient again
    kind, detail = outcome_of(COLD36, PLANTED)
    assert kind == "right", detail


def test_the_cold36_page_says_the_earlier_route_was_restated_right(tmp_path):
    text = (COLD36 / PLANTED).read_text(encoding="utf-8")
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (1, "gradient", [26])
    assert "∂J/∂θ₀ (line 26) goes wrong (line 26) and is restated at the gradient on line 31, its last statement on " \
           "the page: the earlier route was wrong and is restated right later" in " ".join(review["notes"])


def test_a_route_gone_wrong_then_restated_right_ends_at_the_gradient(tmp_path):
    page = _page((_D0, TWICE_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [_line(1)])
    assert any(note.startswith(f"∂J/∂θ₀ (line {_line(1)}) goes wrong (line {_line(1)}) and is restated at the "
                               f"gradient on line {_line(2)}") for note in review["notes"])


def test_right_then_wrong_then_right_ends_at_the_gradient(tmp_path):
    # the cold36 shape in small: Paso 3 right, Paso 4 wrong, the result right
    page = _page((_D0, RIGHT_0), (_D0, TWICE_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [_line(2)])


@pytest.mark.parametrize("slip", [TWICE_0, NEGATED_0])
def test_a_last_restatement_gone_wrong_ends_the_page_wrong(tmp_path, slip):
    # the reverse: right first, the LAST statement wrong
    page = _page((_D0, RIGHT_0), (_D0, slip), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(2)])
    assert not any("goes wrong" in note for note in review["notes"])


def test_guard_another_derivative_repairs_nothing(tmp_path):
    # ∂J/∂θ₀ wrong, then ∂J/∂θ₁ right: θ₀'s derivative is never restated
    page = _page((_D0, TWICE_0), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(1)])
    assert not any("goes wrong" in note for note in review["notes"])


def test_guard_a_wrong_restatement_repairs_nothing(tmp_path):
    # wrong (2/m), restated wrong again (the sign): ends wrong at the first
    page = _page((_D0, TWICE_0), (_D0, NEGATED_0), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line(1)])
    assert not any("goes wrong" in note for note in review["notes"])


def test_guard_an_unfinished_restatement_repairs_nothing(tmp_path):
    # wrong, then restated with a derivative still to take: the wrong route is not repaired by it
    page = _page((_D0, TWICE_0), (_D0, UNFINISHED_0), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert code == 1 and wrong == [_line(1)]
    assert ending == "wrong"
    assert not any("goes wrong" in note for note in review["notes"])


def test_a_page_right_throughout_still_ends_at_the_gradient(tmp_path):
    page = _page((_D0, RIGHT_0), (_D0, RIGHT_0), (_D1, RIGHT_1))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any("goes wrong" in note for note in review["notes"])

r"""Audit of fixderiv40: silent misreads of its '→ min' goal display.

fixderiv40 sets aside a display that only states ``expr \to \min`` as the problem stated. Where that display is the
only place the page writes its cost, the derivation was then judged against the default logistic cost: a right
derivative of the stated objective was "wrong" (a false "different"). And a display that names the cost with a
relation other than '=' (``J \equiv …``, ``J \coloneqq …``, ``J \triangleq …``, ``J: …``) before the arrow is a
definition, not the problem alone: it was set aside the same way. Both are now refused, never judged.

Expected results worked out by hand, checked by finite differences (tests/_numeric.py), never copied from logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import steps_of_page
from _numeric import central_differences

# Σᵢ (yᵢ − w xᵢ)² → min, then ∂J/∂w = −2 Σᵢ xᵢ (yᵢ − w xᵢ): right for the objective stated (w one number)
ONLY_BY_ARROW = ("$$\\sum_{i=1}^N (y_i - w x_i)^2 \\to \\min$$\n\n"
                 "$$\\frac{\\partial J}{\\partial w} = -2\\sum_{i=1}^N x_i (y_i - w x_i)$$\n")


def test_the_hand_result_holds_by_finite_differences():
    rng = np.random.default_rng(40)
    x, y, w = rng.normal(size=6), rng.normal(size=6), rng.normal(size=1)
    numeric = central_differences(lambda v: float(np.sum((y - v[0] * x) ** 2)), w)
    assert np.allclose(numeric[0], -2 * np.sum(x * (y - w[0] * x)), atol=1e-5)
    # and ½Σ(yᵢ − w xᵢ)²'s derivative is −Σ xᵢ(yᵢ − w xᵢ), not −2Σ…
    half = central_differences(lambda v: float(0.5 * np.sum((y - v[0] * x) ** 2)), w)
    assert np.allclose(half[0], -np.sum(x * (y - w[0] * x)), atol=1e-5)


def test_a_cost_stated_only_by_an_arrow_is_not_judged_against_the_default(tmp_path):
    # was: "✗ wrong at line 3", checked against the default logistic cost, the arrow display set aside
    result = steps_of_page(tmp_path, ONLY_BY_ARROW, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "→ min" in result.stderr and "--cost" in result.stderr


def test_a_log_likelihood_stated_only_by_an_arrow_to_max_is_not_judged_against_the_default(tmp_path):
    # Σ[y log σ + (1−y) log(1−σ)] → max, ∂J/∂w = Σ(yᵢ − σ(w xᵢ)) xᵢ: the writer's J is what is maximised (its
    # gradient, right); judged against the default −(1/m)Σ… it was "wrong"
    page = ("$$\\sum_{i=1}^N \\left[ y_i \\log \\sigma(w x_i) + (1 - y_i) \\log(1 - \\sigma(w x_i)) \\right] \\to \\max$$"
            "\n\n$$\\frac{\\partial J}{\\partial w} = \\sum_{i=1}^N (y_i - \\sigma(w x_i)) x_i$$\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("relation", ["\\equiv", "\\coloneqq", "\\triangleq", ":"])
def test_a_cost_defined_by_another_relation_before_the_arrow_is_not_set_aside(tmp_path, relation):
    # J ≡ ½Σ(yᵢ − w xᵢ)² → min, then ∂J/∂w = −Σ xᵢ(yᵢ − w xᵢ): right (finite differences above); was "wrong at line 3"
    page = (f"$$J {relation} \\frac{{1}}{{2}}\\sum_{{i=1}}^N (y_i - w x_i)^2 \\to \\min$$\n\n"
            "$$\\frac{\\partial J}{\\partial w} = -\\sum_{i=1}^N x_i (y_i - w x_i)$$\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    from logderiv.notation.page import _states_an_arrow_goal
    assert not _states_an_arrow_goal(f"J {relation} \\frac{{1}}{{2}}\\sum_{{i=1}}^N (y_i - w x_i)^2 \\to \\min")

r"""Issue 10, fixderiv40: a cold42 derivation page that was refused, read by the convention it writes.

1. "→ min": Vietnamese (and Russian) notes state the objective as an expression with an arrow to \min,
   ``\sum_{i=1}^N \lVert y_i - \hat{y}_i \rVert^2 \to \min.`` — the expression made least, no equation. A display that
   holds only that (one arrow, to \min or \max at its end, no '=' outside a sum's bounds) is the problem stated: not a
   step, not read, noted, as ``\min_\theta J(\theta)`` is. Any other ``\to`` (a limit, a map, an arrow inside a step)
   is refused, now saying what an arrow is, not "unknown command".
2. The squared norm of one example's residual with the model written by its components,
   ``\lVert y_i - (w_0 + w_1 x_{i1} + \ldots + w_d x_{id}) \rVert^2``: w₀ + Σₖ wₖxᵢₖ is a number, so ‖s‖² = s² exactly
   (the page itself says the squared Euclidean norm is the square), noted. A norm of y_i − w_0 alone (no model sum), or
   the norm not squared, stays refused.

Expected results are worked out by hand and checked here by finite differences, never copied from logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences

HERE = Path(__file__).parent
COLD42 = HERE / "derivations_cold42"
VIETNAMESE_FILE = "vi_notes_rst_least_squares_partial_w_j_plus_two_x_ij_sign.md"

# source: public code index file as tests/derivations_cold42/vi_notes_rst_least_squares_partial_w_j_plus_two_x_ij_sign.md
# holds it (Vietnamese reStructuredText notes "Linear Regression"), lines 7-27 verbatim
VIETNAMESE = r"""Mục tiêu là xây dựng hàm số :math:`\hat{y} = f(x_1, x_2, \ldots, x_d)` sao cho tổng sai số của :math:`y_i` và :math:`\hat{y}_i` là nhỏ nhất, tức là

.. math:: \sum_{i=1}^N \lVert y_i - \hat{y}_i \rVert^2 \to \min.

Để hàm số đạt giá trị nhỏ nhất (hoặc lớn nhất) ta tìm cực trị của hàm số và khảo sát. Tuy nhiên không phải hàm số nào cũng đạo hàm được. Một cách tiếp cận đơn giản là sử dụng hàm tuyến tính, dễ xây dựng và luôn khả vi. Ta đặt

.. math:: \hat{y} = f(x_1, x_2, \ldots, x_d) = w_0 + w_1 x_1 + w_2 x_2 + \ldots + w_d x_d.

Lúc này, hàm mất mát có dạng

.. math:: \mathcal{L} = \sum_{i=1}^N \lVert y_i - (w_0 + w_1 x_{i1} + w_2 x_{i2} + \ldots + w_d x_{id}) \rVert^2.

Bình phương chuẩn Euclid chính là bình phương của vector. Do đó dưới dấu tổng là các hàm số bình phương. Khi đạo hàm riêng theo :math:`w_j` ta có

.. math:: \dfrac{\partial \mathcal{L}}{\partial w_j} = \sum_{i=1}^N 2 x_{ij} \cdot \left[ y_i - (w_0 + w_1 x_{i1} + w_2 x_{i2} + \ldots + w_d x_{id}) \right]

với :math:`1 \leqslant j \leqslant d`.

Với :math:`j = 0` có chút khác biệt:

.. math:: \dfrac{\partial \mathcal{L}}{\partial w_0} = \sum_{i=1}^N 2 \cdot \left[ y_i - (w_0 + w_1 x_{i1} + \ldots + w_d x_{id}) \right].
"""
#: the page's first derivative display, 1-based line in VIETNAMESE (the file's line 21)
LINE_OF_THE_PARTIAL = 15

COST = r"\mathcal{L} = \sum_{i=1}^N \lVert y_i - (w_0 + w_1 x_{i1} + w_2 x_{i2} + \ldots + w_d x_{id}) \rVert^2"
MODEL = r"(w_0 + w_1 x_{i1} + w_2 x_{i2} + \ldots + w_d x_{id})"


def _data(seed: int = 40, m: int = 7, d: int = 3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, d)), rng.normal(size=m), rng.normal(size=d + 1)


def _cost(X, y, w):
    # 𝓛 = Σᵢ (yᵢ − w₀ − Σₖ wₖxᵢₖ)²: the squared norm of a number is its square
    return float(np.sum((y - w[0] - X @ w[1:]) ** 2))


def test_the_hand_results_hold_by_finite_differences():
    # ∂𝓛/∂wⱼ = −2 Σᵢ xᵢⱼ (yᵢ − ŷᵢ), ∂𝓛/∂w₀ = −2 Σᵢ (yᵢ − ŷᵢ); the page's +2 Σᵢ xᵢⱼ[yᵢ − ŷᵢ] is its negative
    X, y, w = _data()
    residual = y - w[0] - X @ w[1:]
    numeric = central_differences(lambda v: _cost(X, y, v), w)
    assert np.allclose(numeric[0], -2 * residual.sum(), atol=1e-5)
    assert np.allclose(numeric[1:], -2 * X.T @ residual, atol=1e-5)
    assert not np.allclose(numeric[1:], 2 * X.T @ residual, atol=1e-3)
    assert not np.allclose(numeric[0], 2 * residual.sum(), atol=1e-3)


def test_the_vietnamese_page_is_judged_as_its_row_says():
    # expected.txt: wrong at line 21 (sign)
    assert outcome_of(COLD42, VIETNAMESE_FILE) == ("right", "")


def test_the_excerpt_is_wrong_at_its_first_partial_with_both_readings_noted(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, VIETNAMESE)
    assert (code, ending, wrong) == (1, "wrong", [LINE_OF_THE_PARTIAL])
    notes = " ".join(review["notes"])
    assert "line 3 states the problem, the expression made least ('→ min' written after it), no equation: " \
           "not a step, not read" in notes
    assert "w₀ + Σₖ wₖxᵢₖ (the model by its components) is a number, so the residual is one" in notes


def test_the_right_partial_of_the_component_norm_cost_is_the_gradient(tmp_path):
    page = (f"$$\n{COST}\n$$\n\n$$\n\\frac{{\\partial \\mathcal{{L}}}}{{\\partial w_j}} = "
            f"-2\\sum_{{i=1}}^N x_{{ij}} \\left[ y_i - {MODEL} \\right]\n$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("(the model by its components)" in note for note in review["notes"])


def test_the_sign_slip_under_a_stated_goal_is_wrong_where_written(tmp_path):
    # the goal display beside a one-feature derivation: set aside, and a dropped factor x_i still found
    page = ("$$J(w) = \\sum_{i=1}^N (y_i - w x_i)^2$$\n\n$$\\sum_{i=1}^N (y_i - w x_i)^2 \\to \\min$$\n\n"
            "$$\\frac{\\partial J}{\\partial w} = -2\\sum_{i=1}^N (y_i - w x_i)$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [5])
    assert any("line 3 states the problem, the expression made least" in note for note in review["notes"])


def test_an_arrow_in_a_step_is_refused_saying_what_it_is(tmp_path):
    # guard: "→ 0" after a step's right side is no '→ min' display of its own: refused, with its position
    page = ("$$J(w) = \\sum_{i=1}^N (y_i - w x_i)^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial w} = -2\\sum_{i=1}^N x_i (y_i - w x_i) \\to 0$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 3, column 68" in result.stderr
    assert "an arrow ('tends to' of a limit, 'maps to', or '→ min', the objective stated) is no '='" in result.stderr
    assert "unknown command" not in result.stderr


def test_an_arrow_to_min_after_an_equation_is_not_set_aside(tmp_path):
    # guard: J(w) = … \to \min holds an '=': not the goal alone, so not set aside (it is refused, as on main)
    page = ("$$J(w) = \\sum_{i=1}^N (y_i - w x_i)^2 \\to \\min$$\n\n"
            "$$\\frac{\\partial J}{\\partial w} = -2\\sum_{i=1}^N x_i (y_i - w x_i)$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "states the problem" not in result.output


def test_two_arrows_are_not_a_goal(tmp_path):
    # guard: a → b → min is a chain of maps, not the objective stated: not set aside
    from logderiv.notation.page import _states_an_arrow_goal
    assert _states_an_arrow_goal(r"\sum_{i=1}^N \lVert y_i - \hat{y}_i \rVert^2 \to \min")
    assert _states_an_arrow_goal(r"\sum_i (y_i - w x_i)^2 \rightarrow \max.")
    assert not _states_an_arrow_goal(r"x \to \sum_i (y_i - w x_i)^2 \to \min")
    assert not _states_an_arrow_goal(r"\lim_{n \to \infty} \frac{1}{n}")
    assert not _states_an_arrow_goal(r"w \to \min")  # no expression of the data: nothing says what is minimised


def test_a_norm_of_no_model_sum_stays_refused(tmp_path):
    # guard: ‖yᵢ − w₀‖²: w₀ beside a target, no model sum: not read as a number's norm
    page = ("$$\\mathcal{L} = \\sum_{i=1}^N \\lVert y_i - w_0 \\rVert^2$$\n\n"
            "$$\\frac{\\partial \\mathcal{L}}{\\partial w_0} = -2\\sum_{i=1}^N (y_i - w_0)$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 1, column 30" in result.stderr and "a norm is read only of a parameter vector" in result.stderr


def test_the_component_norm_not_squared_stays_refused(tmp_path):
    # guard: ‖s‖ = |s| is not read, squared only
    unsquared = COST.replace(r"\rVert^2", r"\rVert")
    page = (f"$$\n{unsquared}\n$$\n\n$$\n\\frac{{\\partial \\mathcal{{L}}}}{{\\partial w_0}} = "
            f"-2\\sum_{{i=1}}^N \\left[ y_i - {MODEL} \\right]\n$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 2" in result.stderr and "the norm of one example's residual is read only squared" in result.stderr


# source: tests/derivations_cold42/es_obsidian_ols_callout_expand_then_nabla_beta_rules.md (a Spanish Obsidian vault
# note, public code index file 61666352580), lines 3, 13 and 17 verbatim: the page stays refused (its line 11 states
# two general rules with a vector a and a matrix A, and its cost is rewritten in displays of their own), but the
# refusal now says the hat is only the estimate stated after the derivation
SPANISH = r"""> $$J(\beta) = \|y-X\beta\|^2 = (y-X\beta)^T(y-X\beta)$$
>
> $$\nabla_\beta J(\beta) = -2X^Ty + 2X^TX\beta$$
>
> $$-2X^Ty + 2X^TX\beta = 0 \;\Longrightarrow\; X^TX\beta = X^Ty \;\Longrightarrow\; \hat\beta = (X^TX)^{-1}X^Ty$$
"""


def test_a_hat_only_on_the_estimate_stated_is_refused_saying_so(tmp_path):
    result = steps_of_page(tmp_path, SPANISH)
    assert result.exit_code == 2
    assert "line 1, column 7" in result.stderr
    assert ("\\hat{\\beta} is written only where the page states the estimate, \\hat{\\beta} = … (line 5), the \\beta "
            "where the gradient is 0") in result.stderr


def test_a_hat_whose_value_holds_the_plain_name_keeps_the_old_refusal(tmp_path):
    # guard: β̂ = β − α∇J is no estimate stated in the data: the estimate and the coefficient, which? (as before)
    page = SPANISH.replace(r"\hat\beta = (X^TX)^{-1}X^Ty", r"\hat\beta = \beta - 2X^Ty")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "\\hat{\\beta} and a plain \\beta are both written" in result.stderr
    assert "states the estimate" not in result.stderr


def test_the_spanish_page_is_refused_by_its_row(tmp_path):
    # expected.txt: gradient; refused is only a miss, never a wrong verdict
    kind, detail = outcome_of(COLD42, "es_obsidian_ols_callout_expand_then_nabla_beta_rules.md")
    assert kind == "refused" and "states the estimate" in detail

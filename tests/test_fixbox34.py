"""fixbox34: two silent misreads found by the blind set cold36, each read as by hand or refused.

1. ``\\boxed{\\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{m}\\sum_i (…)}``, a boxed result of one '=': the box's
   brace hid the derivative on its left, the line was judged against ∂J/∂θⱼ and a right page was "wrong at line 31"
   (derivations_cold36/es_notes_linear_theta0_theta1_paso_a_paso_half_m.md). The box is now opened when the display
   is the box alone and its left side is the cost's derivative by a parameter, with a note.
2. ``\\sum\\_{i=1}^N \\[h\\_\\theta(x_i) - y_i\\]^2`` on a page of bare LaTeX in Markdown: Markdown's escaped square
   brackets were read as a TeX display, "h − y" judged a step, "wrong at line 5:52"
   (derivations_cold36/fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md). They are read as brackets on evidence
   (inside a line of maths, the page escaping '_' or a power after the bracket), refused where unclear. Its next
   blocker: a cost rewritten in its own chain (J = A = B) then ∂J/∂θ₀ = … and ∂J/∂θ₁ = … each in a display of one
   '=' were judged as one chain, the second "does not follow" from the first; each is now a derivation of its own.

Every expected result is worked out by hand and checked here with sympy or finite differences, never taken from
logderiv's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import sympy

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.escaped_brackets import escaped_brackets_read
from logderiv.notation.page import result_boxes_opened

COLD36 = Path(__file__).parent / "derivations_cold36"

_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} \bigl(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\bigr)^2"


def _boxed(left: str, right: str) -> str:
    # line 2 the cost, line 6 the boxed result (the brief's minimal reproduction)
    return f"$$\n{_COST}\n$$\n\n$$\n\\boxed{{{left} = {right}}}\n$$\n"


_THETA0 = r"\frac{1}{m} \sum_{i=1}^{m} \bigl(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\bigr)"


def _half_mean_square_partials() -> tuple[sympy.Expr, sympy.Expr]:
    """∂J/∂θ₀ and ∂J/∂θ₁ of J = (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)² by sympy.diff at m = 3, against the hand results."""
    t0, t1 = sympy.symbols("t0 t1")
    xs, ys = sympy.symbols("x1:4"), sympy.symbols("y1:4")
    cost = sympy.Rational(1, 6) * sum((t0 + t1 * x - y) ** 2 for x, y in zip(xs, ys))
    by_hand_0 = sympy.Rational(1, 3) * sum(t0 + t1 * x - y for x, y in zip(xs, ys))
    by_hand_1 = sympy.Rational(1, 3) * sum((t0 + t1 * x - y) * x for x, y in zip(xs, ys))
    assert sympy.expand(sympy.diff(cost, t0) - by_hand_0) == 0
    assert sympy.expand(sympy.diff(cost, t1) - by_hand_1) == 0
    assert sympy.expand(sympy.diff(cost, t1) - by_hand_0) != 0  # θ₀'s expression is no ∂J/∂θ₁
    return by_hand_0, by_hand_1


def test_a_boxed_derivative_is_read_by_its_left_side(tmp_path):
    _half_mean_square_partials()  # (1/m)Σ(θ₀ + θ₁x − y) is ∂J/∂θ₀
    result = steps_of_page(tmp_path, _boxed(r"\frac{\partial J}{\partial \theta_0}", _THETA0), "--cost", "linear")
    assert result.exit_code == 0, result.output
    assert "Checking ∂J/∂θ₀" in result.output
    assert "line 6: \\boxed{…} frames the result, \\frac{\\partial J}{\\partial \\theta_0} = …: read as the equation " \
           "it holds" in result.output


def test_a_slip_in_a_boxed_derivative_is_wrong_at_its_line(tmp_path):
    # 2/m for 1/m: twice ∂J/∂θ₀ (the ½ of the cost kept)
    slip = _THETA0.replace(r"\frac{1}{m}", r"\frac{2}{m}")
    result = steps_of_page(tmp_path, _boxed(r"\frac{\partial J}{\partial \theta_0}", slip), "--cost", "linear",
                           "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.output
    assert '"ending": "wrong"' in result.stdout


def test_a_boxed_derivative_by_the_other_parameter_is_judged_as_that_one(tmp_path):
    # ∂J/∂θ₁ written with ∂J/∂θ₀'s value: wrong (sympy above: they differ), judged against ∂J/∂θ₁
    result = steps_of_page(tmp_path, _boxed(r"\frac{\partial J}{\partial \theta_1}", _THETA0), "--cost", "linear")
    assert result.exit_code == 1, result.output
    assert "Checking ∂J/∂θ₁" in result.output
    assert "wrong at line 6" in result.output


def test_the_spanish_guide_is_read_to_its_gradient(tmp_path):
    # source: derivations_cold36/es_notes_linear_theta0_theta1_paso_a_paso_half_m.md (public code index file
    # 52495756230, a Spanish ft_linear_regression study guide), verbatim; boxed results on lines 31 and 64
    text = (COLD36 / "es_notes_linear_theta0_theta1_paso_a_paso_half_m.md").read_text(encoding="utf-8")
    _half_mean_square_partials()
    result = steps_of_page(tmp_path, text, "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert '"ending": "gradient"' in result.stdout


def test_the_spanish_guides_planted_constant_is_wrong_at_line_26(tmp_path):
    # source: derivations_cold36/es_notes_…_planted_constant.md: line 26 writes (2/m)Σ(h − y), twice ∂J/∂θ₀; its boxed
    # line 31 is right. The first wrong step is line 26 (by hand and by sympy above). The page's ending depends on a
    # convention the tables disagree on (fixroute34): refused at line 26, the wrong step named
    text = (COLD36 / "es_notes_linear_theta0_theta1_paso_a_paso_half_m_planted_constant.md").read_text(encoding="utf-8")
    result = steps_of_page(tmp_path, text, "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "(in FILE, line 26, column" in result.stderr
    assert "∂J/∂θ₀ goes wrong on line 26 and is stated again on line 31" in result.stderr


@pytest.mark.parametrize("display", [
    r"\boxed{dw = \frac{1}{m} X^T (\hat{y} - y)}",                       # a code name's gradient: as before
    r"\boxed{\frac{\partial L}{\partial z} = \hat{y} - y}",              # a lemma by z, not a parameter
    r"\boxed{\frac{d\sigma}{dz} = \sigma(z)(1 - \sigma(z)) = \hat{y}(1 - \hat{y})}",  # two '=': the lemma's path
    r"\boxed{\frac{\partial J}{\partial \theta_0}} = \frac{1}{m}\sum_i (h - y)",     # the box holds no equation
    r"J = \boxed{\frac{1}{2m}\sum_i (h - y)^2}",                          # the box is part of a side
])
def test_other_boxes_are_left_as_written(display):
    text = f"$$\n{display}\n$$\n"
    assert result_boxes_opened(text) == (text, [])


def test_the_opened_box_keeps_every_position():
    text = _boxed(r"\frac{\partial J}{\partial \theta_0}", _THETA0)
    opened, notes = result_boxes_opened(text)
    assert len(opened) == len(text) and "\\boxed" not in opened and len(notes) == 1
    assert opened.index(r"\frac{\partial J}") == text.index(r"\frac{\partial J}")


def test_a_boxed_answer_in_check_is_its_equation():
    from click.testing import CliRunner
    from logderiv.cli import main

    cost = "(1/(2*m))*sum_i (theta_0 + theta_1*x_i - y_i)^2"
    answer = r"\boxed{\frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x_i - y_i)}"
    right = CliRunner().invoke(main, ["check", "--cost", cost, "--wrt", "theta_0", answer])
    assert right.exit_code == 0 and "equivalent" in right.output, right.output
    # the left side names θ₀, asked for θ₁: refused at the name, never judged against θ₁
    other = CliRunner().invoke(main, ["check", "--cost", cost, "--wrt", "theta_1", answer])
    assert other.exit_code == 2 and "with respect to θ₀" in other.output, other.output


# --- Markdown's escaped brackets ------------------------------------------------------------------------------------

_FR = COLD36 / "fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md"


def _mse_partials_hold() -> None:
    """(2/N)Σ[θ₀ + θ₁xᵢ − yᵢ] and (2/N)Σxᵢ[θ₀ + θ₁xᵢ − yᵢ] are ∇ of (1/N)Σ[θ₀ + θ₁xᵢ − yᵢ]² (finite differences)."""
    rng = np.random.default_rng(34)
    x, y = rng.normal(size=7), rng.normal(size=7)

    def cost(theta: np.ndarray) -> float:
        return float(np.mean((theta[0] + theta[1] * x - y) ** 2))

    theta = np.array([0.2, -0.5])
    error = theta[0] + theta[1] * x - y
    assert np.allclose(central_differences(cost, theta), [2 * np.mean(error), 2 * np.mean(x * error)], atol=1e-7)


def test_the_french_slides_are_read_to_their_gradient(tmp_path):
    # source: derivations_cold36/fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md (public code index file
    # 69631330385, French Quarto slides rendered to Markdown), verbatim: no --cost, the cost is its line 5
    _mse_partials_hold()
    code, ending, wrong, review = review_of_page(tmp_path, _FR.read_text(encoding="utf-8"))
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "line 5: \\[ … \\] inside a line of maths on a page escaping Markdown's specials is Markdown's escaped " \
           "square bracket" in notes


def test_a_slip_in_the_french_slides_is_wrong_at_its_line(tmp_path):
    # line 17 with 1/N for 2/N: half of ∂J/∂θ₁ (finite differences above); line 11 stays right
    text = _FR.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[16] = lines[16].replace(r"\frac{2}{N}", r"\frac{1}{N}")
    code, ending, wrong, _ = review_of_page(tmp_path, "\n".join(lines))
    assert (code, ending, wrong) == (1, "wrong", [17])


@pytest.mark.parametrize("text", [
    "\\[\nJ = \\frac{1}{m}\\sum\\_{i} (h - y)^2\n\\]\n",             # a display on lines of its own
    "\\[ J = \\frac{1}{m}\\sum\\_{i} (h - y)^2 \\]\n",               # a display on its own line ('=' inside)
    "the cost is \\[ \\frac{1}{m}\\sum\\_{i} (h - y)^2 \\]\n",       # after prose: a display
    "$J = \\frac{1}{m}\\sum\\_{i} \\[h - y\\]^2$\n",                 # inside $…$: left to the maths reader
    "```\nJ = \\sum\\_{i} \\[h - y\\]^2\n```\n",                     # code
])
def test_brackets_that_may_be_displays_are_left_as_written(text):
    assert escaped_brackets_read(text) == (text, [])


def test_an_escaped_bracket_keeps_every_position():
    text = "J = \\frac{1}{N}\\sum\\_{i=1}^N \\[h\\_\\theta(x_i) - y_i\\]^2\n"
    read, notes = escaped_brackets_read(text)
    assert read == "J = \\frac{1}{N}\\sum\\_{i=1}^N [ h\\_\\theta(x_i) - y_i ]^2\n" and len(read) == len(text)
    assert len(notes) == 1 and notes[0].startswith("line 1: ")


def test_a_bracket_read_on_its_power_alone():
    # no '\_' on the page, but the bracket is squared: no display's end takes a power
    read, notes = escaped_brackets_read("J = \\frac{1}{N}\\sum_{i=1}^N \\[h(x_i) - y_i\\]^2\n")
    assert "[ h(x_i) - y_i ]^2" in read and len(notes) == 1


def test_an_unclear_bracket_is_refused_at_it():
    # maths before it, but neither a Markdown escape on the page nor a power after it: bracket or display?
    text = "Then\n\nD = \\frac{2}{N}\\sum_{i=1}^N \\[h(x_i) - y_i\\]\n"
    with pytest.raises(InputError) as refused:
        escaped_brackets_read(text)
    assert refused.value.line == 3 and refused.value.column == text.index("\\[")
    assert "Markdown's escaped square bracket" in str(refused.value) and "display" in str(refused.value)


# --- a cost rewritten in a chain, then one display per parameter ----------------------------------------------------

def _mse_page(theta1_factor: str = "2") -> str:
    # line 4 the cost and its rewrite, line 10 ∂J/∂θ₀, line 16 ∂J/∂θ₁
    inside = r"(\theta_0 + \theta_1 x_i - y_i)"
    return (f"Given\n\n$$\nJ(\\theta_0, \\theta_1) = \\frac{{1}}{{N}}\\sum_{{i=1}}^N (h(x_i) - y_i)^2 = "
            f"\\frac{{1}}{{N}}\\sum_{{i=1}}^N {inside}^2\n$$\n\nWe have\n\n"
            f"$$\n\\frac{{\\partial J}}{{\\partial \\theta_0}} = \\frac{{2}}{{N}} \\sum_{{i=1}}^{{N}} {inside}\n$$\n\n"
            f"and\n\n$$\n\\frac{{\\partial J}}{{\\partial \\theta_1}} = \\frac{{{theta1_factor}}}{{N}} \\sum_{{i=1}}^{{N}} "
            f"x_i {inside}\n$$\n")


def test_each_display_after_a_rewritten_cost_is_a_derivation_of_its_own(tmp_path):
    _mse_partials_hold()
    code, ending, wrong, _ = review_of_page(tmp_path, _mse_page())
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_slip_in_the_second_display_is_wrong_at_it(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _mse_page("1"))
    assert (code, ending, wrong) == (1, "wrong", [16])


def test_one_display_after_a_rewritten_cost_is_still_the_derivation(tmp_path):
    # the guard: a cost's chain and one derivative is one derivation, as before (its rewrite checked)
    page = _mse_page().split("and\n")[0]
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("rewrites the cost" in note for note in review["notes"])

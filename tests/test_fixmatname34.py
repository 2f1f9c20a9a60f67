"""fixmatname34 (issue 10): the gradient's name typed in plain text (∂J/∂w, dJ/dw) on a page in matrix form.

An audit's Markdown page in plain text (no $) named the gradient ∂J/∂w; the plain reader took it for ∂/∂w of an
unknown number J, 0, and the right page was judged wrong at its name ("line 3:1 ✗ num 0 does not equal ∇wJ"). The
name is now read as the LaTeX fraction \\frac{\\partial J}{\\partial w} is (noted): ∂ or d over ∂ or d alike, J or L
(bracketed by the denominator's vector, or bare) over the whole vector w, θ, β (or the intercept b). Swept with it:
∂/∂w of any letter a matrix line does not read (its value would be 0) is refused, and a ``check`` answer holding
∂J/∂θⱼ of the cost's own name beside other terms (read as 0: the answer was judged equivalent) is refused.

The gradients the verdicts rest on are checked here by central finite differences with NumPy (tests/_numeric.py),
never against logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, half_mean_square
from click.testing import CliRunner

from logderiv.cli import main

_RANDOM = numpy.random.default_rng(34)
_X = _RANDOM.normal(size=(7, 3))
_Y = _RANDOM.normal(size=7)

# the audit's page, verbatim (fixmatname34's brief: a Markdown page in plain text, no $, in matrix form)
_PAGE = """J(w) = 1/(2m)*||X w - y||^2

∂J/∂w = 1/m * X^T (X w - y)
"""
_NOTE = ("line 3: ∂J/∂w, typed in plain text, is read as the derivative's name written as a fraction: the gradient of "
         "the cost J by the whole vector w, ∇wJ")


def _review(tmp_path, page, *options):
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step.get("valid") is False]
    return result.exit_code, review["ending"], wrong, review["notes"]


def _refusal(tmp_path, page):
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2, result.output
    return result.output + (result.stderr or "")


def _intercept_cost(parameters: numpy.ndarray) -> float:
    """(1/(2m))‖Xw + b·1 − y‖² of (w, b) stacked."""
    w, b = parameters[:-1], parameters[-1]
    return float(numpy.sum((_X @ w + b - _Y) ** 2) / (2 * len(_Y)))


def test_the_pages_gradient_is_the_half_mean_squares_by_finite_differences():
    # the facts the pages below rest on: ∇_w (1/(2m))‖Xw − y‖² = (1/m)Xᵀ(Xw − y), not (2/m)Xᵀ(Xw − y); by the
    # intercept, ∂/∂b (1/(2m))‖Xw + b − y‖² = (1/m)Σᵢ(Xw + b − y)ᵢ, not twice that
    w = _RANDOM.normal(size=3)
    numeric = central_differences(lambda v: half_mean_square(_X, _Y, v), w)
    assert numpy.allclose(numeric, _X.T @ (_X @ w - _Y) / len(_Y), atol=1e-6)
    assert not numpy.allclose(numeric, 2 * _X.T @ (_X @ w - _Y) / len(_Y), atol=1e-3)
    b = 0.3
    by_b = central_differences(_intercept_cost, numpy.append(w, b))[-1]
    assert abs(by_b - numpy.sum(_X @ w + b - _Y) / len(_Y)) < 1e-6
    assert abs(by_b - 2 * numpy.sum(_X @ w + b - _Y) / len(_Y)) > 1e-3


def test_the_audits_page_is_right_and_says_how_it_read_the_name(tmp_path):
    code, ending, wrong, notes = _review(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert _NOTE in notes


def test_a_planted_slip_is_wrong_at_its_line(tmp_path):
    # 2/m for 1/m: twice the gradient (finite differences above)
    code, _, wrong, _ = _review(tmp_path, _PAGE.replace("∂J/∂w = 1/m", "∂J/∂w = 2/m"))
    assert (code, wrong) == (1, [3])


@pytest.mark.parametrize(("cost", "name", "vector"), [
    ("J(w)", "∂J/∂w", "w"),
    ("J(w)", "dJ/dw", "w"),
    ("J(w)", "∂J(w)/∂w", "w"),
    ("L(w)", "∂L/∂w", "w"),
    ("J(θ)", "∂J/∂θ", "θ"),
    ("J(θ)", "∂J(θ)/∂θ", "θ"),
    ("J(theta)", "dJ/dtheta", "theta"),
    ("J(theta)", "∂J/∂theta", "theta"),
    # ∇ spellings, read before this fix: kept
    ("J(w)", "∇_w J", "w"),
    ("J(w)", "∇J(w)", "w"),
    # ∇ by θ typed in plain text, J(θ) under it: read now too (the subscript θ and the bracket's θ were refused)
    ("J(θ)", "∇_θ J(θ)", "θ"),
    ("J(θ)", "∇_θ J", "θ"),
    ("J(θ)", "∇J(θ)", "θ"),
])
def test_unicode_and_ascii_spellings_are_read_right_and_a_slip_wrong(tmp_path, cost, name, vector):
    page = f"{cost} = 1/(2m)*||X {vector} - y||^2\n\n{name} = 1/m * X^T (X {vector} - y)\n"
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])
    slipped = page.replace(f"{name} = 1/m", f"{name} = 2/m")
    code, _, wrong, _ = _review(tmp_path, slipped)
    assert (code, wrong) == (1, [3])


def test_the_name_by_the_intercept_is_its_derivative_not_the_gradient(tmp_path):
    page = ("J(w, b) = 1/(2m)*||X w + b - y||^2\n\n∂J/∂w = 1/m * X^T (X w + b - y)\n\n"
            "∂J/∂b = 1/m * sum(X w + b - y)\n")
    code, ending, wrong, notes = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert ("line 5: ∂J/∂b, typed in plain text, is read as the derivative's name written as a fraction: the cost's "
            "derivative by the intercept b, a number") in notes
    # twice the derivative by b (finite differences above): wrong at that line, the one by w still right
    code, _, wrong, _ = _review(tmp_path, page.replace("∂J/∂b = 1/m", "∂J/∂b = 2/m"))
    assert (code, wrong) == (1, [5])


def test_a_lemmas_derivative_by_z_is_not_read_as_the_gradient(tmp_path):
    # ∂L/∂z: a lemma's derivative by the score, not by the parameter vector: refused at z, as before
    output = _refusal(tmp_path, "J(w) = 1/(2m)*||X w - y||^2\n\n∂L/∂z = 1/m * X^T (X w - y)\n")
    assert "line 3, column 5" in output
    assert "read only by the whole parameter vector" in output


def test_a_component_or_another_vector_is_not_read_as_the_gradient(tmp_path):
    # ∂J/∂w_j names one entry; ∂J(w)/∂θ a cost in w by θ: neither is the gradient's name, both refused
    output = _refusal(tmp_path, "J(w) = 1/(2m)*||X w - y||^2\n\n∂J/∂w_j = 1/m * X^T (X w - y)\n")
    assert "line 3, column 5" in output and "read only by the whole parameter vector" in output
    output = _refusal(tmp_path, "J(w) = 1/(2m)*||X w - y||^2\n\n∂J(w)/∂θ = 1/m * X^T (X w - y)\n")
    assert "line 3, column 1" in output


def test_the_derivative_of_a_letter_a_matrix_line_does_not_read_is_refused_not_zero(tmp_path):
    # ∂c/∂w of a stray c was 0, and the line the gradient: refused at c
    page = "J(w) = 1/(2m)*||X w - y||^2\n\n∂J/∂w = 1/m * X^T (X w - y) + ∂c/∂w\n"
    output = _refusal(tmp_path, page)
    assert "line 3, column 32" in output
    assert "∂/∂w is taken of 'c', which has no value in a line in matrix form" in output


def test_the_component_form_in_plain_text_reads_the_name_as_the_cost(tmp_path):
    # ∂J/∂θ_j on the index-form path: J is the cost (line 1), its derivative by θⱼ (1/m)Σᵢ(θᵀxᵢ − yᵢ)xᵢⱼ
    page = "J(θ) = 1/(2m) Σ_i (θ^T x_i - y_i)^2\n\n∂J/∂θ_j = 1/m Σ_i (θ^T x_i - y_i) x_ij\n"
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])
    code, _, wrong, _ = _review(tmp_path, page.replace("∂J/∂θ_j = 1/m", "∂J/∂θ_j = 2/m"))
    assert (code, wrong) == (1, [3])


def _check(answer):
    return CliRunner().invoke(main, ["check", answer, "--cost", "linear"])


def test_check_reads_the_plain_name_on_the_left():
    for answer in ("∂J/∂θ_j = 1/m * sum((h - y) x_j)", "dJ/dtheta_j = 1/m * sum((h - y) x_j)",
                   "∂J/∂θ = 1/m * X^T (X θ - y)"):
        result = _check(answer)
        assert result.exit_code == 0 and result.output.startswith("✓ equivalent"), (answer, result.output)
    result = _check("∂J/∂θ = 2/m * X^T (X θ - y)")
    assert result.exit_code == 1 and result.output.startswith("✗ different")


@pytest.mark.parametrize("answer", ["1/m * sum((h - y) x_j) + ∂J/∂θ_j",
                                    "∂J/∂θ_j = 1/m * sum((h - y) x_j) + ∂J/∂θ_j"])
def test_check_refuses_the_costs_own_derivative_inside_an_answer(answer):
    # the gradient plus ∂J/∂θⱼ is twice the gradient, not the gradient: it was read with ∂J/∂θⱼ = 0 and judged
    # equivalent
    result = _check(answer)
    assert result.exit_code == 2
    message = result.output + (result.stderr or "")
    assert "∂J/∂… of the cost's own name is a part of this answer" in message
    assert " " * (2 + answer.rindex("∂J")) + "^" in message

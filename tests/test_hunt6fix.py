"""hunt6's silent misreads, fixed: pages whose derivation is a lemma or one display, J(θ₀, θ₁), R's …/2*length(y).

Each expected verdict is worked out by hand and, where it rests on a derivative, checked here by
finite differences with NumPy (never by logderiv): the page is right exactly when its formula equals
the finite-difference gradient of the cost it states.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.document import read_document
from logderiv.notation.lemmas import markdown_lemmas
from logderiv.notation.notes import display_blocks

PAGES = Path(__file__).parent / "hunt6"
RIGHT, WRONG, REFUSED = 0, 1, 2


def _steps(name: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["steps", str(PAGES / name), "-f", "json"])
    return result.exit_code, json.JSONDecoder().raw_decode(result.output, result.output.index("{"))[0]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _numeric_gradient(cost, theta, step=1e-6):
    gradient = np.zeros_like(theta)
    for j in range(len(theta)):
        bump = np.zeros_like(theta)
        bump[j] = step
        gradient[j] = (cost(theta + bump) - cost(theta - bump)) / (2 * step)
    return gradient


_RANDOM = np.random.default_rng(6)
_X = _RANDOM.normal(size=(5, 3))
_Y = _RANDOM.uniform(size=5)
_THETA = _RANDOM.normal(size=3)


# --- the hand working, checked numerically -------------------------------------------------------------


def test_the_logistic_lemma_pages_derive_the_true_gradient():
    """s06/s08/s39: −(1/m)Σ[y(1−h) − (1−y)h]xⱼ and (1/m)Σ(h − y)xⱼ are both ∂J/∂θⱼ of the log-loss."""
    def cost(theta):
        h = _sigmoid(_X @ theta)
        return -np.mean(_Y * np.log(h) + (1 - _Y) * np.log(1 - h))

    h = _sigmoid(_X @ _THETA)
    first = -((_Y * (1 - h) - (1 - _Y) * h) @ _X) / len(_Y)
    last = ((h - _Y) @ _X) / len(_Y)
    assert np.allclose(_numeric_gradient(cost, _THETA), first, atol=1e-7)
    assert np.allclose(first, last)


def test_the_squared_sigmoid_page_drops_the_sigmoid_derivative():
    """s35/s37: with h = σ(θᵀx) the gradient of (1/2m)Σ(h − y)² carries h(1 − h); the page's (1/m)Σ(h − y)xⱼ does not."""
    def cost(theta):
        return np.sum((_sigmoid(_X @ theta) - _Y) ** 2) / (2 * len(_Y))

    h = _sigmoid(_X @ _THETA)
    numeric = _numeric_gradient(cost, _THETA)
    assert np.allclose(numeric, ((h - _Y) * h * (1 - h)) @ _X / len(_Y), atol=1e-7)
    assert not np.allclose(numeric, (h - _Y) @ _X / len(_Y), atol=1e-3)


def test_week_one_theta_zero_is_the_mean_residual():
    """s17/s19: h = θ₀ + θ₁x, so ∂J/∂θ₀ of (1/2m)Σ(h − y)² is (1/m)Σ(h − y), not 0."""
    x, y = np.array([1.2, -0.4, 2.0]), np.array([0.5, 1.0, -1.0])

    def cost(theta):
        return np.sum((theta[0] + theta[1] * x - y) ** 2) / (2 * len(y))

    theta = np.array([0.3, -0.7])
    assert _numeric_gradient(cost, theta)[0] == pytest.approx(np.mean(theta[0] + theta[1] * x - y), abs=1e-8)
    assert np.mean(theta[0] + theta[1] * x - y) != pytest.approx(0)


# --- M1: a derivation marked as a lemma ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["s06_derivation_marked_lemma_right.md", "s08_tex_lemma_comment_derivation.tex"])
def test_a_derivation_marked_as_a_lemma_is_read_as_the_derivation(name):
    code, review = _steps(name)
    assert code == RIGHT, review
    assert review["ending"] == "gradient"
    assert any("marks a lemma" in note and "read as the derivation" in note for note in review["notes"])
    assert review["lemmas"] == []


def test_a_sentence_citing_a_lemma_marks_none():
    code, review = _steps("s39_lemma_prose_line.md")
    assert code == RIGHT, review
    assert not any("lemma" in note for note in review["notes"])


def test_only_a_title_like_lemma_line_marks_a_lemma():
    for line, marks in [("Lemma 1 above gives $h' = h(1-h)x_j$, so:", False), ("Lemmas like this one:", False),
                        ("Lemma 1.", True), ("Lemma:", True), ("**Lemma 2** (σ′)", True), ("### Lemma 1 (σ′)", True),
                        ("Lemma 3 (the sigmoid's derivative)", True)]:
        text = f"{line}\n$$\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$$\n"
        assert bool(markdown_lemmas(text, display_blocks(text))) is marks, line


def test_a_true_lemma_beside_the_derivation_stays_a_lemma_and_its_slip_is_caught():
    """s03: σ′ = σ(1 + σ) in a marked lemma is wrong (σ′ = σ(1 − σ)); the derivation of ∂J/∂θⱼ beside it holds."""
    code, review = _steps("s03_logistic_marked_lemma_wrong.tex")
    assert code == WRONG
    assert len(review["lemmas"]) == 1
    assert not any("marks a lemma" in note for note in review["notes"])


def test_a_blank_line_and_a_display_end_the_cost_line_in_tex():
    r"""``J = A``, a blank line, ``\begin{align*} ∂J/∂θⱼ &= B``: B's row is a step of its own, never a factor of A."""
    source = ("J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)})^2\n\n"
              "\\begin{align*}\n\\frac{\\partial J}{\\partial\\theta_j} &= \\frac{1}{m}\\sum_{i=1}^m "
              "(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)}\n\\end{align*}\n")
    steps = [step.text.strip() for step in read_document(source, input="latex").steps]
    assert len(steps) == 4
    assert "\\partial" not in steps[1]


# --- M2: J(θ₀, θ₁) ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["s19_nohyp_theta0.md", "s17_ng_week1_theta0_only.md"])
def test_week_one_theta_zero_pages_are_right(name):
    code, review = _steps(name)
    assert code == RIGHT, review
    assert any("θ₀ + θ₁x" in note or "\\theta_0 + \\theta_1 x" in note for note in review["notes"])


def test_two_partials_in_two_displays_are_two_derivations_each_checked():
    # issue 10 (fixderivs3) decided a TA checks each derivation by its own parameter, where this refused them.
    # By hand, h = θ₀ + θ₁x and J = (1/2m)Σ(h − y)²: ∂J/∂θ₀ = (1/m)Σ(h − y) and ∂J/∂θ₁ = (1/m)Σ(h − y)x, both right
    code, review = _steps("s15_ng_week1_two_partials_dJ.md")
    assert code == RIGHT and review["ending"] == "gradient"
    assert [step["line"] for step in review["steps"]] == [9, 9, 11, 11]
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])


# --- M3: an inline cost in the prose -------------------------------------------------------------------


def test_a_cost_defined_inline_in_the_prose_is_the_cost():
    code, review = _steps("s12_prose_inline_cost_linear.md")
    assert code == RIGHT, review
    assert any("defines the cost in its prose" in note for note in review["notes"])


def test_two_different_inline_costs_are_refused(tmp_path):
    page = tmp_path / "two.md"
    page.write_text("The cost $J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2$, or rather "
                    "$J(\\theta) = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2$.\n\n"
                    "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m "
                    "(\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$\n")
    result = CliRunner().invoke(main, ["steps", str(page)])
    assert result.exit_code == REFUSED
    assert "defines the cost twice" in result.output and "^" in result.output


# --- M4, M6: a one-display answer beside definitions ---------------------------------------------------


@pytest.mark.parametrize("name", ["s35_g_prose_onerow.md", "s37_sigma_prose_onerow.md"])
def test_the_prose_sigmoid_model_makes_the_forgotten_derivative_wrong(name):
    code, review = _steps(name)
    assert code == WRONG, review
    assert any("defines h_\\theta beside the derivation" in note for note in review["notes"])


def test_math_se_layout_right_answer_is_right():
    code, review = _steps("s41_mathse_shape_fixed.md")
    assert code == RIGHT, review
    # g's display is h's definition's: read as --let (audit17; it was set aside, and g fell back to Ng's σ by name)
    assert any("line 8 defines g beside the derivation" in note for note in review["notes"])


def test_math_se_question_as_posted_is_wrong_at_the_answer_not_a_definition():
    """The question drops 1/m: Σ(h − y)xⱼ is m times the gradient, so the answer's row is the first error."""
    code, review = _steps("s40_mathse_question_shape.md")
    assert code == WRONG
    assert review["first_error"]["line"] == 12


# --- M5: R's …/2*length(y) -----------------------------------------------------------------------------


def _check(answer: str, cost: str) -> dict:
    result = CliRunner().invoke(main, ["check", answer, "--cost", cost, "-f", "json"])
    return json.loads(result.output[result.output.index("{"):])


def test_r_division_then_times_is_noted_in_words():
    """(Σr²)/2·m as R computes it is (m/2)Σr², whose gradient m·Σ rxⱼ is not the answer's (1/m)Σ rxⱼ."""
    verdict = _check("t(X) %*% (X %*% theta - y) / length(y)", "sum((X %*% theta - y)^2)/2*length(y)")
    assert verdict["verdict"] == "different"
    assert any("MULTIPLIES by length(y)" in note and "/(2*length(y))" in note for note in verdict["notes"])
    # the matrix-form note brackets the quotient: never "…²/2 m", which reads as a division by 2m
    assert not any("/2 m" in note for note in verdict["notes"])


def test_r_half_times_count_keeps_its_own_note_only():
    verdict = _check("t(X) %*% (X %*% theta - y) * length(y)", "1/2*length(y) * sum((X %*% theta - y)^2)")
    notes = [note for note in verdict["notes"] if note.startswith("read as R: 1/2*length(y)")]
    assert len(notes) == 1
    assert not any("MULTIPLIES" in note for note in verdict["notes"])


def test_r_mean_written_with_brackets_has_no_precedence_note():
    verdict = _check("t(X) %*% (X %*% theta - y) / length(y)", "sum((X %*% theta - y)^2)/(2*length(y))")
    assert verdict["verdict"] == "equivalent"
    assert not any("MULTIPLIES" in note for note in verdict["notes"])


# --- B1: a middle dot after a slash's denominator -------------------------------------------------------


@pytest.mark.parametrize("answer", ["(a-y)/a·(1-a)", "(a-y)/a⋅(1-a)"])
def test_a_middle_dot_before_the_bracket_is_the_glued_slip_refused(answer):
    """(a − y)/(a(1 − a)) is ∂/∂a of the log-loss (−y/a + (1 − y)/(1 − a) over one denominator); ((a − y)/a)(1 − a) is not."""
    result = CliRunner().invoke(main, ["check", answer, "--cost", "-(y log(a) + (1-y) log(1-a))", "--wrt", "a"])
    assert result.exit_code == REFUSED
    assert "ambiguous" in result.output and "^" in result.output


def test_the_middle_dot_inside_the_denominator_is_read():
    result = CliRunner().invoke(main, ["check", "(a-y)/(a·(1-a))", "--cost", "-(y log(a) + (1-y) log(1-a))",
                                       "--wrt", "a"])
    assert result.exit_code == 0, result.output

"""fixcold19 (issue 10): cold19's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold19/expected.txt, never logderiv's output), and the
facts the pages below rest on are checked here by central finite differences with NumPy:

* L(w) = ‖Xw − y‖² has ∇L = 2XᵀXw − 2Xᵀy = 2Xᵀ(Xw − y); with ridge's λ‖w‖² added, + 2λw; never − … + 2Xᵀy;
* J(θ) = ½Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∇J = Σx⁽ⁱ⁾(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾);
* J(w, b) = (1/2m)Σ(w xᵢ + b − yᵢ)² has ∂J/∂w = (1/m)Σ(…)xᵢ and ∂J/∂b = (1/m)Σ(…), never (2/m)Σ(…).

The rules: a style's brace closed after its argument (\\mathcal{L(\\hat{w})}) is \\mathcal{L}(\\hat{w}); a hatted
parameter vector is the vector in matrix form (ŵ and a plain w both written are refused); a last '= 0' after a side
that is the gradient is the first-order condition, no step (since session 21 on a row of its own too, in matrix and
index form alike: tests/test_first_order.py); ∇J = \\begin{align}[column of partials]\\end{align} defines ∇J; J(θ₀, θ₁) lists the cost's parameters; a
chain that only defines the model beside derivations of the cost by their parameters is a definition. The refusals
that stay say why: 'delta' spelled out, a letter the page never defines.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD19 = Path(__file__).parent / "derivations_cold19"
_LSQ = "cn_blog_lsq_matrix_rules_foc.md"
_RIDGE = "cn_blog_ridge_matrix_no_half_foc.md"


def test_the_facts_by_finite_differences():
    """The gradients the pages below are judged against, by central differences."""
    generator = numpy.random.default_rng(19)
    X, y, w, lam = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.7
    least_squares = central_differences(lambda v: ((X @ v - y) ** 2).sum(), w)
    assert numpy.allclose(least_squares, 2 * X.T @ X @ w - 2 * X.T @ y, atol=1e-5)
    assert numpy.allclose(least_squares, 2 * X.T @ (X @ w - y), atol=1e-5)
    ridge = central_differences(lambda v: ((X @ v - y) ** 2).sum() + lam * (v @ v), w)
    assert numpy.allclose(ridge, 2 * X.T @ X @ w - 2 * X.T @ y + 2 * lam * w, atol=1e-5)
    assert not numpy.allclose(ridge, 2 * X.T @ X @ w + 2 * X.T @ y + 2 * lam * w, atol=1e-2)  # the planted sign
    assert not numpy.allclose(ridge, 2 * X.T @ X @ w - 2 * X.T @ y + lam * w, atol=1e-2)  # λ without its 2
    half_sum = central_differences(lambda v: ((X @ v - y) ** 2).sum() / 2, w)
    assert numpy.allclose(half_sum, X.T @ (X @ w - y), atol=1e-5)
    x, labels = generator.normal(size=6), generator.normal(size=6)
    residual = 0.5 * x - 0.3 - labels
    by_w_and_b = central_differences(lambda p: ((p[0] * x + p[1] - labels) ** 2).mean() / 2, numpy.array([0.5, -0.3]))
    assert numpy.allclose(by_w_and_b, [(residual * x).mean(), residual.mean()], atol=1e-6)
    assert not numpy.isclose(by_w_and_b[1], 2 * residual.mean(), atol=1e-3)  # (2/m): the planted factor


@pytest.mark.parametrize("name", [_LSQ, _RIDGE, "cn_blog_ridge_matrix_no_half_foc_planted_sign.md",
                                  "en_notes_lsq_half_sum_componentwise_vector.md"])
def test_the_pages_read_as_worked_by_hand(name):
    """Each page's row of expected.txt: gradient with no wrong step, or (planted +2XᵀY) wrong at line 7."""
    row = next(row for row in read_table(_COLD19) if row.file == name)
    kind, detail = outcome(_COLD19, row)
    assert kind == "right", detail


def _page(name: str, **lines: str) -> str:
    """A cold19 page with some of its lines (``line_7="…"``, 1-based) written otherwise."""
    text = (_COLD19 / name).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    for key, line in lines.items():
        text[int(key.split("_")[1]) - 1] = line
    return "\n".join(text)


def test_the_lsq_page_is_checked_side_by_side(tmp_path):
    """Line 6's ((XᵀX)ᵀ + XᵀX)ŵ − XᵀY − (YᵀX)ᵀ and line 7's two sides each hold; '= 0' is no step (noted)."""
    code, ending, wrong, review = _review(tmp_path, _page(_LSQ))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [2, 6, 7, 7]
    assert any("the last '= 0' sets the gradient on its left to zero" in note for note in review["notes"])
    assert any("\\mathcal{L}(w)" in note for note in review["notes"])


def test_a_ridge_derivative_without_the_2_of_its_penalty_is_wrong(tmp_path):
    """2XᵀXŵ − 2XᵀY + λŵ: half the penalty's gradient, wrong at line 7 (the '= 0' after it is then a step too)."""
    line = (r"\frac{\partial \mathcal{L(\hat{w})}}{\partial \hat{w}} = 2X^TX\hat{w} - 2X^TY + \lambda\hat{w}  = 0 "
            r"\tag{23}")
    code, ending, wrong, _ = _review(tmp_path, _page(_RIDGE, line_7=line))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_a_zero_on_a_row_of_its_own_is_the_first_order_condition_too(tmp_path):
    """'= 0' under the gradient on the chain's next row: the same condition as on the gradient's line (one rule
    since session 21, whatever the layout), set aside and noted at line 8."""
    page = _page(_LSQ, line_7=r"= 2X^TX\hat{w} - 2X^TY  = 2X^T(X\hat{w} - Y)\\", line_8=r"= 0" + "\n$$")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [2, 6, 7, 7]
    assert any(note.startswith("line 8: the last '= 0'") for note in review["notes"])


def test_a_zero_after_a_side_that_is_not_the_gradient_is_judged(tmp_path):
    """'… = 2XᵀXŵ − XᵀY = 0' on one line: the side before the zero is no gradient, so both are judged, wrong."""
    code, ending, wrong, _ = _review(tmp_path, _page(_LSQ, line_7=r"= 2X^TX\hat{w} - X^TY = 0"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_a_hatted_and_a_plain_vector_are_not_merged(tmp_path):
    """L(ŵ) = ‖Xŵ − Y‖², then 2Xᵀ(Xw − Y): ŵ and w may be two quantities; refused, pointing at the plain w."""
    page = ("$$\n\\mathcal{L(\\hat{w})} = (X\\hat{w} - Y)^T(X\\hat{w} - Y)\n$$\nso\n$$\n"
            "\\frac{\\partial \\mathcal{L(\\hat{w})}}{\\partial \\hat{w}} = 2X^T(Xw - Y)\n$$\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "\\hat{w} and a plain w are both written" in result.stderr


def test_a_style_around_two_letters_is_not_respelled(tmp_path):
    """\\mathcal{Lw} holds two letters and no bracket: no call, left as written and refused where it is read."""
    page = _page(_LSQ, line_2=r"\mathcal{Lw} =\hat{w}^TX^TX\hat{w} - \hat{w}^TX^TY - Y^TX\hat{w} + Y^TY \tag{19}")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "a style's braces around a letter" not in result.stderr


def test_a_column_of_other_entries_in_an_align_is_no_definition_of_the_gradient(tmp_path):
    """∇J = \\begin{align}[x₁ ⋮ xₙ]\\end{align} is no column of the cost's partials: not set aside as ∇J's meaning."""
    name = "en_notes_lsq_half_sum_componentwise_vector.md"
    page = _page(name, line_23=r"x_1  \\", line_24=r"x_2  \\", line_26=r"x_n")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "\\vdots" in result.stderr  # read as a display of its own, whose row of dots is refused
    assert "defines the gradient as the column of the cost's partial derivatives" not in result.stderr


_MODEL = "The model:\n\n$$\\hat{y} = wx + b = b + wx$$\n\nThe cost is $J(w, b) = \\frac{1}{2m}\\sum_{i=1}^{m}" \
         "(\\hat{y}^{(i)} - y^{(i)})^2$.\n\n"
_BY_W = ("$$\\frac{\\partial J}{\\partial w} = \\frac{1}{2m}\\sum_{i=1}^{m} 2(\\hat{y}^{(i)} - y^{(i)})x^{(i)} = "
         "\\frac{1}{m}\\sum_{i=1}^{m}(\\hat{y}^{(i)} - y^{(i)})x^{(i)}$$\n\n")
_BY_B = ("$$\\frac{{\\partial J}}{{\\partial b}} = \\frac{{1}}{{2m}}\\sum_{{i=1}}^{{m}} 2(\\hat{{y}}^{{(i)}} - y^{{(i)}}) = "
         "\\frac{{{factor}}}{{m}}\\sum_{{i=1}}^{{m}}(\\hat{{y}}^{{(i)}} - y^{{(i)}})$$\n")


@pytest.mark.parametrize("factor, code, ending, wrong", [("1", 0, "gradient", []), ("2", 1, "wrong", [9])])
def test_a_models_chain_beside_two_derivations_is_a_definition(tmp_path, factor, code, ending, wrong):
    """ŷ = wx + b = b + wx beside ∂J/∂w and ∂J/∂b: each derivation checked with ŷ read as the model."""
    got_code, got, first, review = _review(tmp_path, _MODEL + _BY_W + _BY_B.format(factor=factor))
    assert (got_code, got, first) == (code, ending, wrong)
    assert review["notes"][0].startswith("the notes hold 2 derivations, each of the cost by a parameter")


def test_a_models_chain_whose_sides_differ_is_wrong_at_its_line(tmp_path):
    """ŷ = wx + b = 2wx + b: the model's own rewrite is false (wx ≠ 2wx unless wx = 0); ŷ is read as its first value,
    wx + b, and the rewrite is checked as a chain of its own: wrong at line 3 (pages22; it was refused, "the sides of
    the chain differ"), never read as the second side."""
    page = _MODEL.replace("b + wx", "2wx + b") + _BY_W + _BY_B.format(factor="1")
    result = _steps(tmp_path, page, "--timeout", "60", "-f", "json")
    assert result.exit_code == 1, result.output
    review = json.loads(result.stdout)
    [rewrite] = [lemma for lemma in review["lemmas"] if lemma["title"] == "a definition, rewritten"]
    assert [(step["line"], step["valid"]) for step in rewrite["steps"]] == [(3, False)]


def test_a_chain_of_a_name_no_derivation_uses_stays_refused(tmp_path):
    """q = wx = xw, a name the derivations never write: no definition of theirs, so which chain is checked is asked."""
    page = _MODEL.replace("\\hat{y} = wx + b = b + wx", "q = wx = xw") + _BY_W + _BY_B.format(factor="1")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "which one is checked?" in result.stderr


def test_delta_spelled_out_is_said_so(tmp_path):
    """deltaRSS/deltab0 was said to be 'a derivative by e': the refusal now names the word."""
    result = _steps(tmp_path, (_COLD19 / "en_qa_rss_steps_b0_dropped_minus.md").read_text(encoding="utf-8"))
    assert result.exit_code == 2, result.output
    assert "'delta' spelled out as a word before RSS and b0" in result.stderr
    assert "a derivative by e" not in result.stderr


def test_a_letter_the_page_never_defines_is_said_so(tmp_path):
    """∂C/∂b₀ and ∂C/∂b₁ with no 'C = …' anywhere: which cost C is, the page does not write."""
    result = _steps(tmp_path, (_COLD19 / "en_nb_rss_closed_form_b0_b1.md").read_text(encoding="utf-8"))
    assert result.exit_code == 2, result.output
    assert "a derivative of C, a name the page never defines" in result.stderr


@pytest.mark.parametrize("form", ["json", "text", "markdown", "latex"])
def test_the_readings_are_noted_in_every_format(tmp_path, form):
    result = _steps(tmp_path, _page(_LSQ), "-f", form, "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    said = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
    said = " ".join(said.replace("\\", "").split())
    assert "the first-order condition for the minimum" in said
    assert "the styled letter applied to the argument" in said


def test_a_row_of_dots_elsewhere_says_why(tmp_path):
    """\\vdots in a column of other entries: refused saying the dots stand for entries unwritten, never '\\dot'."""
    name = "en_notes_lsq_half_sum_componentwise_vector.md"
    page = _page(name, line_23=r"x_1  \\", line_24=r"x_2  \\", line_26=r"x_n")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "a column's row of dots stands for entries left unwritten" in result.stderr
    assert "did you mean" not in result.stderr

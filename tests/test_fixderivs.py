"""Derivations pasted with their page (issue 10): definitions beside the derivation, lemmas, `$\\ \\ =…$` lines.

Every expected verdict below was worked out by hand from the derivation's text (the
comments say how); none is copied from logderiv's output.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from logderiv.cli import main

REAL = Path(__file__).parent / "derivations_real"

# one example's squared error, ½(h − y)², each step its own `$…$` indented with TeX's control spaces (as
# datascience.SE pastes it), the model defined inline in the sentence above
ONE_EXAMPLE = r"""But specifically about the cost of one example:
Consider that: $h_\theta(x)={model}$
$\frac{{\partial}}{{\partial\theta_j}}J(\theta) = \frac{{\partial}}{{\partial\theta_j}}\frac{{1}}{{2}}(h_{{\theta}}(x)-y)^2$
$\ \ \ \ =(h_{{\theta}}(x)-y)\frac{{\partial}}{{\partial\theta_j}}(h_{{\theta}}(x)-y)$
$\ \ \ \ = (h_{{\theta}}(x)-y)x_j$
"""

DERIVATION = r"""$$\begin{{aligned}}
\frac{{\partial J}}{{\partial\theta_j}} &= \frac{{1}}{{m}}\sum_{{i=1}}^m (\theta^Tx^{{(i)}} - y^{{(i)}}) x_j^{{(i)}} \\
&= \frac{{1}}{{m}}\sum_{{i=1}}^m \theta^Tx^{{(i)}} x_j^{{(i)}} - \frac{{1}}{{m}}\sum_{{i=1}}^m y^{{(i)}} x_j^{{(i)}}{last}
\end{{aligned}}$$
"""
COST = r"$$J(\theta)=\frac{1}{2m}\sum_{i=1}^m(\theta^Tx^{(i)}-y^{(i)})^2$$"
LEMMA = r"$$\frac{d}{dz}z^2 = 2z)$$"  # a lemma with a stray ')', as the maykulkarni notebook's cell 1 has
# a stray ')' with two meanings: dropped, 4z − z − z = 2z; a '(' before the second z, 4z − (z − z) = 4z. fixlines
# reads a stray ')' only where it has one meaning (LEMMA's 2z has), so this one stays unreadable
UNREADABLE_LEMMA = r"$$\frac{d}{dz}z^2 = 4z - z - z)$$"


def _steps(tmp_path, text: str, *options: str, name: str = "notes.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60", *options])


def _review(result) -> dict:
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout)


def _first_wrong(review: dict) -> int | None:
    return next((step["line"] for step in review["steps"] if step["valid"] is False), None)


# --- the note of a derivative a line writes names the variable, not the line ---------------------------------


def test_a_lines_component_note_names_theta_k_not_the_whole_line():
    """brandokoch writes ∂/∂θ_k on lines 5–7: the note names θ_k, never the bracket the line differentiates."""
    result = CliRunner().invoke(main, ["steps", str(REAL / "brandokoch_linear_partial.md"), "--cost", "linear",
                                       "-f", "json", "--timeout", "60"])
    notes = _review(result)["notes"]
    component = [note for note in notes if "is the component differentiated by" in note]
    assert component and all("\\left" not in note and "\\sum" not in note for note in component)
    assert any(note.startswith("∂/∂\\theta_k: k is the component") for note in notes)


def test_a_lines_whole_vector_note_names_beta_not_the_line():
    """ESL's ∂/∂β Σ{…}: the whole-vector note names β, and says ∂J/∂β_j, not ∂J/∂<the line>_j."""
    notes = _review(CliRunner().invoke(main, ["steps", str(REAL / "esl_eq_4_21_loglik.md"), "-f", "json"]))["notes"]
    vector = [note for note in notes if "names the whole vector" in note]
    assert any(note.startswith("∂/∂\\beta names the whole vector beta") for note in vector)
    assert all("\\sum" not in note for note in vector)
    # p is the lines' (the last line's p(x_i;β)), so no note may say it is unused
    assert not any("is defined but not used" in note for note in notes)


# --- definitions beside the derivation -------------------------------------------------------------------------


def test_an_inline_definition_and_control_space_continuations_are_read(tmp_path):
    """h = θᵀx: ∂/∂θⱼ ½(θᵀx − y)² = (θᵀx − y)·∂(θᵀx − y)/∂θⱼ = (θᵀx − y)xⱼ — every step holds, the gradient."""
    review = _review(_steps(tmp_path, ONE_EXAMPLE.format(model=r"\theta^Tx")))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)
    assert any(note.startswith("line 2 defines h_\\theta beside the derivation") for note in review["notes"])


def test_the_inline_definition_decides_the_verdict(tmp_path):
    """h = σ(θᵀx): ∂(h − y)/∂θⱼ = σ(1 − σ)xⱼ, so the last line (h − y)xⱼ drops σ′: first wrong on file line 5."""
    review = _review(_steps(tmp_path, ONE_EXAMPLE.format(model=r"\sigma(\theta^Tx)")))
    assert (review["ending"], _first_wrong(review)) == ("wrong", 5)
    text = _steps(tmp_path, ONE_EXAMPLE.format(model=r"\sigma(\theta^Tx)"), "-f", "text").stdout
    assert "line 2 defines h_\\theta beside the derivation" in text  # the reading is said in every format


def test_two_different_definitions_of_one_name_are_refused(tmp_path):
    text = ONE_EXAMPLE.format(model=r"\theta^Tx") + "\nwhere $$h_\\theta(x)=\\sigma(\\theta^Tx)$$\n"
    result = _steps(tmp_path, text)
    assert result.exit_code == 2 and "defined twice" in result.stderr and "^" in result.stderr


# --- lemmas and the cost beside the derivation ------------------------------------------------------------------


def test_an_unreadable_lemma_beside_the_derivation_is_noted_not_read(tmp_path):
    """J = (1/2m)Σ(θᵀx − y)² defined first: ∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ, split into two sums: all valid."""
    text = (f"The cost is\n\n{COST}\n\nand the lemma {UNREADABLE_LEMMA} helps. The derivation:\n\n"
            + DERIVATION.format(last=""))
    review = _review(_steps(tmp_path, text))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)
    # a lemma found beside the derivation (fixchains), of one '=', that cannot be read: named, why, not read
    assert any(note.startswith("line 5: not read:") and "unmatched" in note for note in review["notes"])
    assert review["lemmas"] == []
    assert any(note.startswith("the cost is the one line 3 defines") for note in review["notes"])


def test_a_lemma_whose_stray_close_has_one_meaning_is_read_and_checked(tmp_path):
    """d/dz z² = 2z): the ')' can only be dropped (fixlines), so the lemma reads and is checked on its own terms
    (fixchains): 2z holds; 3z does not (d/dz z² = 2z, by hand), and a wrong lemma is a wrong step of the page."""
    page = "The cost is\n\n{cost}\n\nand the lemma {lemma} helps. The derivation:\n\n{derivation}"
    for right, lemma in ((True, LEMMA), (False, LEMMA.replace("2z)", "3z)"))):
        text = page.format(cost=COST, lemma=lemma, derivation=DERIVATION.format(last=""))
        review = _review(_steps(tmp_path, text))
        assert (review["ending"], _first_wrong(review)) == ("gradient", None)  # the derivation's own steps hold
        assert [(lemma["line"], [step["valid"] for step in lemma["steps"]]) for lemma in review["lemmas"]] == [
            (5, [right])]
        assert any("closes no '('" in note for note in review["notes"])


def test_a_broken_line_inside_the_derivation_is_still_refused(tmp_path):
    text = f"{LEMMA}\n\n" + DERIVATION.format(last=")")  # the stray ')' now in the derivation's own line 5
    result = _steps(tmp_path, text)
    assert result.exit_code == 2 and "line 5" in result.stderr and "^" in result.stderr


def test_a_cost_defined_beside_the_derivation_must_agree_with_cost(tmp_path):
    text = f"{COST}\n\n{LEMMA}\n\n" + DERIVATION.format(last="")
    result = _steps(tmp_path, text, "--cost", "logistic")
    assert result.exit_code == 2 and "which is not --cost logistic" in result.stderr


def test_the_pages_only_cost_defined_after_the_derivation_is_the_cost_derived(tmp_path):
    """fixmulti (issue 10): "where J(θ) = …", the page's only cost, is read as if it stood first, noted.

    ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ (tests/test_fixmulti.py holds this cost's truth by sympy.diff).
    """
    result = _steps(tmp_path, DERIVATION.format(last="") + f"\nwhere\n\n{COST}\n")
    assert result.exit_code == 0, result.stderr
    assert "defines the cost after the derivation" in result.stdout


def test_a_cost_defined_after_the_derivation_beside_another_is_refused(tmp_path):
    """Two costs after the derivation (least squares, then ridge): which one is derived is unsaid, exit 2."""
    ridge = COST.replace("^2$$", r"^2 + \lambda\sum_{j=1}^n\theta_j^2$$")
    result = _steps(tmp_path, DERIVATION.format(last="") + f"\nwhere\n\n{COST}\n\nor\n\n{ridge}\n")
    assert result.exit_code == 2 and "after the derivation" in result.stderr


def test_two_derivations_on_one_page_are_both_checked(tmp_path):
    """One derivation written twice: both checked (was refused; issue 10, fixmulti2), the note naming both.

    By hand: (1/m)Σ(θᵀx − y)xⱼ is ∂J/∂θⱼ of COST (tests/test_fixmulti2.py holds it by sympy.diff), and the second
    line splits the sum: both hold.
    """
    text = f"{COST}\n\n" + DERIVATION.format(last="") + "\nand again, by the chain rule:\n\n" + DERIVATION.format(last="")
    result = _steps(tmp_path, text)
    assert result.exit_code == 0, result.stderr
    # the cost (line 1), a blank line, the first display lines 3–6 (its derivative on line 4), a blank line, the
    # sentence, a blank line, the second display from line 10 (its derivative on line 11)
    assert "the notes hold 2 derivations" in result.stdout
    assert "∂J/∂θⱼ (line 4) ends at the gradient; ∂J/∂θⱼ (line 11) ends at the gradient" in result.stdout


def test_the_notebook_lemma_no_longer_stops_the_reading():
    """maykulkarni: cell 1's lemma (stray ')') is set aside; the derivation's own Σ_{i=0}^m on cell 2 line 9 is
    what stops it now (m + 1 examples, or m?), a refusal inside the derivation, at its line."""
    result = CliRunner().invoke(main, ["steps", str(REAL / "maykulkarni_deriving_logistic_regression.ipynb")])
    assert result.exit_code == 2 and "cell 2, line 9" in result.stderr and "unmatched ')'" not in result.stderr


def test_a_lone_expression_after_the_derivation_is_still_its_step(tmp_path):
    """A block with no '=' goes on with the derivation (as it always did), lemma or not on the page:
    (2/m)Σ(θᵀx − y)xⱼ is twice the line before, so it is the first wrong step, on file line 10
    (counted: the lemma 1, blank 2, the display 3–6, blank 7, 'that is' 8, blank 9, the block 10)."""
    lone = r"$$\frac{2}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)}) x_j^{(i)}$$"
    text = f"{LEMMA}\n\n" + DERIVATION.format(last="") + f"\nthat is\n\n{lone}\n"
    review = _review(_steps(tmp_path, text, "--cost", "linear"))  # the lines derive (1/2m)Σ(θᵀx − y)²
    assert (review["ending"], _first_wrong(review)) == ("wrong", 10)
    # the lemma, its stray ')' of one meaning dropped (fixlines), is set aside as a lemma (fixchains), not a step
    assert any(note.startswith("line 1 is a chain of its own beside the derivation") for note in review["notes"])
    assert [lemma["line"] for lemma in review["lemmas"]] == [1]


def test_a_case_in_the_prose_is_no_definition(tmp_path):
    """'when $y = 1$' states a case: y is data, never defined by the page (the verdict is the h = θᵀx one)."""
    text = "When $y = 1$ the loss is small.\n" + ONE_EXAMPLE.format(model=r"\theta^Tx")
    review = _review(_steps(tmp_path, text))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)
    assert not any("defines y" in note for note in review["notes"])


def test_an_equation_after_the_derivation_that_restates_its_derivative_is_its_last_step(tmp_path):
    """'so that ∂J/∂θⱼ = (2/m)Σ(θᵀx − y)xⱼ' after the derivation concludes it: twice the gradient of the cost
    defined first, so that display is the first wrong step, lemma on the page or not."""
    conclusion = r"$$\frac{\partial J}{\partial\theta_j} = \frac{2}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)}) x_j^{(i)}$$"
    text = f"{COST}\n\n{LEMMA}\n\n" + DERIVATION.format(last="") + f"\nso that\n\n{conclusion}\n"
    # lines: COST 1, blank 2, LEMMA 3, blank 4, display 5–8, blank 9, 'so that' 10, blank 11, conclusion 12
    review = _review(_steps(tmp_path, text))
    assert (review["ending"], _first_wrong(review)) == ("wrong", 12)

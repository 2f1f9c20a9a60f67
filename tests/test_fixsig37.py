"""fixsig37: a page that differentiates the sigmoid itself by x reads x as its argument, noted (issue 10, cold39).

A σ′ page (σ(x) = 1/(1 + e^{−x}) defined, d/dx σ(x), dσ/dx or f′(x) taken, no cost, no parameter, no --cost,
--wrt or --let) differentiates a function of one number: its x is that function's argument, not the data. Where
the page uses x as nothing else (no x_j, x⁽ⁱ⁾, θᵀx, h(x), X, sum, log or parameter) and has no z of its own, it is
read with x as z (the sigmoid's argument), with a note saying so, and every step is checked as any step is. A page
whose derivative by x was read as a cost's by a parameter (f′(x) compared with the default logistic cost's
gradient: a false "wrong" on main) is refused instead. The pages below are worked out by hand; their values are
checked here with central differences (tests/_numeric.py), not with logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, sigmoid
from logderiv.cli import main
from logderiv.notation.sigmoid_page import ARGUMENT_NOTE, as_argument

COLD39 = Path(__file__).parent / "derivations_cold39"

SAID = "the page differentiates the sigmoid itself by x"
NOTED = "x is read as that function's argument, a number written z in the lines checked"
DEFINED = "$$\\sigma(x)=\\frac{1}{1+e^{-x}}$$\n\n"
# d/dx σ(x) = e^{−x}/(1 + e^{−x})² = σ(x)(1 − σ(x)): the page of the fixderiv37 hint, written in x as the blogs
# write it (cold39's ko, en pages: "\frac{d}{dx}sigmoid(x)", "\frac{d\sigma}{dx}")
RIGHT = DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\frac{e^{-x}}{(1 + e^{-x})^{2}} = \\sigma(x)\\cdot (1 - \\sigma(x))$$\n"
# the chain of the Korean post (datamasters.tistory.com/40, line 16), its first four sides, in σ
CHAIN = DEFINED + ("$$\\frac{d}{dx}\\sigma(x) = \\frac{d}{dx}\\frac{1}{1+e^{-x}} = -(1+e^{-x})^{-2}\\cdot-e^{-x}"
                   "= \\frac{e^{-x}}{(1 + e^{-x})^{2}}$$\n")


def sigma_prime(at: np.ndarray) -> np.ndarray:
    """σ′ at ``at`` by central differences of σ (each point on its own: σ acts entrywise)."""
    return np.array([central_differences(lambda v: float(np.sum(sigmoid(v))), np.array([point]))[0]
                     for point in at])


POINTS = np.array([0.37, -1.3, 2.1])


def test_the_right_hand_sides_are_sigma_prime() -> None:
    # by hand: e^{−x}/(1+e^{−x})² = σ(1 − σ); −(1+e^{−x})^{−2}·(−e^{−x}) the same; σ(1 + σ) is not (the slip below)
    numeric = sigma_prime(POINTS)
    e = np.exp(-POINTS)
    assert np.allclose(numeric, e / (1 + e) ** 2, rtol=1e-6)
    assert np.allclose(numeric, sigmoid(POINTS) * (1 - sigmoid(POINTS)), rtol=1e-6)
    assert np.allclose(numeric, -((1 + e) ** -2) * -e, rtol=1e-6)
    assert not np.allclose(numeric, sigmoid(POINTS) * (1 + sigmoid(POINTS)), rtol=1e-2)
    assert not np.allclose(numeric, -e / (1 + e) ** 2, rtol=1e-2)


@pytest.mark.parametrize("text", [RIGHT, CHAIN])
def test_a_sigma_prime_page_in_x_is_read_with_x_as_its_argument(tmp_path: Path, text: str) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(NOTED in note for note in review["notes"])


def test_the_note_is_shown(tmp_path: Path) -> None:
    result = steps_of_page(tmp_path, RIGHT)
    assert result.exit_code == 0, result.output
    assert "x is read as that function's argument" in " ".join(result.output.split())


@pytest.mark.parametrize(("text", "line"), [
    # σ(1 + σ) for σ(1 − σ): the sign of the last side (0.941 against 0.2416 at x = 0.37)
    (DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\frac{e^{-x}}{(1 + e^{-x})^{2}} = "
               "\\sigma(x)\\cdot (1 + \\sigma(x))$$\n", 3),
    # the chain with the two minus signs taken as negative, on its own line: −e^{−x}/(1+e^{−x})²
    (DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\frac{d}{dx}\\frac{1}{1+e^{-x}}$$\n\n"
               "$$= -\\frac{e^{-x}}{(1 + e^{-x})^{2}}$$\n", 5),
])
def test_a_slip_on_a_page_in_x_is_found_at_its_line(tmp_path: Path, text: str, line: int) -> None:
    code, ending, wrong, _ = review_of_page(tmp_path, text)
    assert code == 1 and ending == "wrong" and wrong == [line]


def test_f_prime_of_x_is_no_longer_judged_against_the_logistic_cost(tmp_path: Path) -> None:
    # f(x) = 1/(1+e^{−x}), f'(x) = e^{−x}/(1+e^{−x})² = f(x)(1 − f(x)): every side right (checked above), but main
    # read f'(x) as ∂J/∂θⱼ of the default logistic cost and said "wrong at line 3" — a false "wrong"; refused now,
    # the caret at f'(x) (line 3, column 3, 1-based, after the $$)
    text = "$$f(x)=\\frac{1}{1+e^{-x}}$$\n\n$$f'(x) = \\frac{e^{-x}}{(1 + e^{-x})^{2}} = f(x) (1 - f(x))$$\n"
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert "(in FILE, line 3, column 3)" in first and f"{SAID} (f'(x), line 3)" in first
    assert "read as the default cost's by a parameter" in first


# guards: pages on which x is (or may be) data, or z is already the page's: not read the new way
NEAR_MISSES = [
    # x_j beside σ(x): a feature
    DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x)) x_j$$\n",
    # θᵀx: a model's input
    DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\sigma(\\theta^T x)(1-\\sigma(x))$$\n",
    # h(x): a hypothesis of x
    DEFINED + "$$\\frac{d}{dx}\\sigma(x) = h(x)(1-\\sigma(x))$$\n",
    # a sum: a cost over the examples
    DEFINED + "$$\\frac{d}{dx}\\sigma(x) = \\sum \\sigma(x)(1-\\sigma(x))$$\n",
    # the page's own z (the math10.com reply's z(y) = y^{-1}): x cannot be written z
    DEFINED + "$$z = 1+e^{-x}$$\n\n$$\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))$$\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_read_with_x_as_the_argument(tmp_path: Path, text: str) -> None:
    assert as_argument(text) is None
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert SAID in result.stderr.splitlines()[0]


def test_the_renaming_keeps_every_column_and_other_words() -> None:
    text = ("$$\\sigma(x)=\\frac{1}{1+e^{-x}}$$ \\exp(x) max \\times\n\n"
            "$$\\frac{d}{dx}sigmoid(x) = \\frac { dy }{ d x } \\sigma(x)(1-\\sigma(x))$$\n")
    read = as_argument(text)
    assert read is not None
    written, page, notes = read
    assert len(written) == len(text) and written.count("\n") == text.count("\n")
    assert written == ("$$\\sigma(z)=\\frac{1}{1+e^{-z}}$$ \\exp(z) max \\times\n\n"
                       "$$\\frac{d}{dz}\\sigma (z) = \\frac { dy }{ d z } \\sigma(z)(1-\\sigma(z))$$\n")
    assert notes[0] == ARGUMENT_NOTE.format(written="\\frac{d}{dx}", line=3) and len(notes) == 2
    assert page.line == 3


# the Korean post's convention (datamasters.tistory.com/40, lines 9 and 16): sigmoid written as a word, its definition
# rewritten (1/(1+e^{−x}) = e^x/(1+e^x), the same function: checked below), and the derivative taken of the word
WORD_DEFINED = "$$sigmoid(x)=\\frac{1}{1+e^{-x}}=\\frac{e^x}{1+e^x}$$\n\n"
WORD_CHAIN = WORD_DEFINED + (
    "$$\\begin{align}\\frac{d}{dx}sigmoid(x) & = \\frac{d}{dx}\\frac{1}{1+e^{-x}} \\\\& = -(1+e^{-x})^{-2}\\cdot-e^{-x}"
    " \\\\& = \\frac{e^{-x}}{(1+e^{-x})(1+e^{-x})} \\\\& = sigmoid(x)\\cdot(1-sigmoid(x))\\end{align}$$\n")


def test_the_rewrites_by_hand() -> None:
    e = np.exp(POINTS)
    assert np.allclose(e / (1 + e), sigmoid(POINTS))  # e^x/(1+e^x) = σ(x)
    assert not np.allclose(e / (1 - e), sigmoid(POINTS), rtol=1e-2)  # e^x/(1−e^x) is not
    # −(1+e^{−x})^{−2}·e^{−x} (the minus of −e^{−x} lost) is −σ′: the slip of the next page
    assert np.allclose(-((1 + np.exp(-POINTS)) ** -2) * np.exp(-POINTS), -sigma_prime(POINTS), rtol=1e-6)


def test_sigmoid_written_as_a_word_beside_its_rewritten_definition_is_read(tmp_path: Path) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, WORD_CHAIN)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert "sigmoid written as a word is read as σ, the sigmoid function the page defines" in review["notes"]


@pytest.mark.parametrize(("text", "ending", "line"), [
    # the slip on line 3 (its third side), repaired by the last side: gradient, line 3 (the cold37–39 convention)
    (WORD_DEFINED.replace("\n\n", "\n") + WORD_CHAIN[len(WORD_DEFINED):].replace("\\cdot-e^{-x}", "\\cdot e^{-x}"),
     "gradient", 2),
    # a wrong rewrite of the definition (e^x/(1−e^x)): wrong at its own line, the derivative right
    (WORD_CHAIN.replace("=\\frac{e^x}{1+e^x}", "=\\frac{e^x}{1-e^x}"), "gradient", 1),
])
def test_a_slip_beside_the_word_is_found(tmp_path: Path, text: str, ending: str, line: int) -> None:
    code, got, _, review = review_of_page(tmp_path, text)
    # the first wrong step on the page, the derivation's or a lemma's (a rewrite is checked as a lemma), as
    # expected.txt counts it
    steps = [*review["steps"], *(step for lemma in review.get("lemmas", []) for step in lemma["steps"])]
    wrong = sorted(step["line"] for step in steps if step["valid"] is False)[:1]
    assert (got, wrong) == (ending, [line]) and code == 1


def test_the_korean_post_stays_refused_for_its_empty_exponent() -> None:
    # datamasters.tistory.com/40 verbatim (cold39): its sixth '=' writes \frac{1}{(1+e^{-})} — the x dropped, an empty
    # exponent: not guessed, refused, the reason said; the same page with e^{-x} there is read, as the hand says
    # (cold39's expected.txt: gradient, no wrong step)
    path = COLD39 / "ko_blog_sigmoid_prime_one_line_align_seven_steps.md"
    result = CliRunner().invoke(main, ["steps", str(path)])
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert "(in FILE, line 11, column 3)" in first
    assert "read with x as its argument z: unexpected '}' after '-'" in first


def test_the_korean_post_with_its_exponent_written_is_read(tmp_path: Path) -> None:
    text = (COLD39 / "ko_blog_sigmoid_prime_one_line_align_seven_steps.md").read_text(encoding="utf-8")
    assert text.count("e^{-})") == 1
    code, ending, wrong, _ = review_of_page(tmp_path, text.replace("e^{-})", "e^{-x})"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_definition_chain_beside_another_functions_derivative_keeps_its_refusal(tmp_path: Path) -> None:
    # σ(x) = A = B beside d q/dx (q never defined): not the defined function differentiated, "which one is checked?"
    text = WORD_DEFINED + "$$\\frac{dq}{dx} = \\frac{e^{-x}}{(1+e^{-x})^2} = q$$\n"
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "the notes hold 2 derivations" in result.stderr.splitlines()[0]

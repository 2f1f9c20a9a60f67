"""fixderiv37: a page that differentiates the sigmoid itself by x is refused saying so (issue 10, cold39).

The cold39 σ′ pages (a Chinese, a Korean, a Japanese and an English blog post, a math10.com forum reply) define
σ(x) = 1/(1 + e^{−x}) and take its derivative by x, no cost and no parameter. logderiv reads x as data and checks a
cost's derivative by a parameter, σ′ only as a lemma beside one: such a page stays refused (a refusal is a miss, a
misread a release-blocking bug), but the refusal now says why, with a caret at the first derivative by x, and how to
check the derivation (in z), instead of what the general reader met first ("the notes hold 2 derivations",
"σ is defined twice", "no display maths"). The real pages are read from tests/derivations_cold39/ verbatim (their
sources are in its expected.txt, and repeated beside each row below).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, sigmoid
from logderiv.cli import main
from logderiv.notation.sigmoid_page import sigmoid_derivative_page

COLD39 = Path(__file__).parent / "derivations_cold39"
SAID = "the page differentiates the sigmoid itself by x"

# (file, line, column, the derivative named) — the line and column worked out by hand from the file: the first
# derivative by x the page writes
PAGES = [
    # http://zebplay.com/2018/10/21/sigmoid-derivative/ — line 8 "f’(x) &= …" (f defined on line 4 as the sigmoid)
    ("zh_blog_sigmoid_prime_aligned_exponent_minus_two_in_denominator_repaired.md", 8, 1, "f’(x)"),
    # https://datamasters.tistory.com/40 — line 11 "$$\frac{d}{dx}sigmoid(x)=…": the stated lemma, column 3
    ("ko_blog_sigmoid_prime_one_line_align_seven_steps.md", 11, 3, "\\frac{d}{dx}"),
    # https://hongtaoh.com/en/2022/10/30/sigmoid-derivative/ — line 25 "$$\begin{aligned} \frac{d\sigma}{dx}"
    ("en_blog_sigmoid_prime_four_function_chain_g_h_t_m.md", 25, 19, "\\frac{d\\sigma}{dx}"),
    # its planted sign copy (tests/derivations_cold39/expected.txt): the same first derivative
    ("en_blog_sigmoid_prime_four_function_chain_g_h_t_m_planted_sign.md", 25, 19, "\\frac{d\\sigma}{dx}"),
    # https://imagingsolution.net/deep-learning/mathematics/derivative-of-sigmoid-function/amp — line 9 "$$f'(x)=…"
    ("ja_blog_sigmoid_prime_composite_u_backslash_lines_continued.md", 9, 3, "f'(x)"),
    # https://www.math10.com/forum/viewtopic.php?f=13&t=8920 — line 2's "[tex]\frac{dz}{dx}= …[/tex]" (bbcode tags)
    ("en_forum_sigmoid_prime_tex_tags_z_of_y_chain_rule.md", 2, 178, "\\frac{dz}{dx}"),
]


@pytest.mark.parametrize(("file", "line", "column", "written"), PAGES)
def test_a_sigmoid_page_in_x_is_refused_saying_why(file: str, line: int, column: int, written: str) -> None:
    result = CliRunner().invoke(main, ["steps", str(COLD39 / file)])
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert f"(in FILE, line {line}, column {column}): {SAID} ({written}, line {line})" in first
    assert "reads x as data" in first and "the page was refused:" in first  # the reader's own reason kept
    assert "write its variable as z" in result.stderr  # the hint: how to check it


def test_the_column_is_where_the_derivative_stands() -> None:
    text = (COLD39 / "en_forum_sigmoid_prime_tex_tags_z_of_y_chain_rule.md").read_text(encoding="utf-8")
    page = sigmoid_derivative_page(text)
    assert page is not None
    assert text[page.offset:].startswith("\\frac{dz}{dx}")
    assert text.count("\n", 0, page.offset) + 1 == page.line == 2


def test_the_hint_works_the_page_in_z_is_read(tmp_path: Path) -> None:
    # the hint's page: σ(z) and dσ/dz, the derivative's value checked here by central differences (not by logderiv)
    z = np.array([0.37, -1.3])
    numeric = central_differences(lambda at: float(np.sum(sigmoid(at))), z)
    assert np.allclose(numeric, np.exp(-z) / (1 + np.exp(-z)) ** 2, rtol=1e-6)
    assert np.allclose(numeric, sigmoid(z) * (1 - sigmoid(z)), rtol=1e-6)
    code, ending, wrong, _ = review_of_page(tmp_path, "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
                                            "$$\\frac{d\\sigma}{dz} = \\frac{e^{-z}}{(1 + e^{-z})^{2}} = "
                                            "\\sigma(z)\\cdot (1 - \\sigma(z))$$\n")
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_slip_in_the_page_in_z_is_still_found(tmp_path: Path) -> None:
    # σ(1 + σ) is not σ′ (at z = 0.37: 0.5915·1.5915 = 0.941 against 0.2416): wrong at line 3
    code, ending, wrong, _ = review_of_page(tmp_path, "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
                                            "$$\\frac{d\\sigma}{dz} = \\frac{e^{-z}}{(1 + e^{-z})^{2}} = "
                                            "\\sigma(z)\\cdot (1 + \\sigma(z))$$\n")
    assert (code, ending, wrong) == (1, "wrong", [3])


# guards: pages that must not be said to differentiate the sigmoid itself
NEAR_MISSES = [
    # a cost's derivative by a parameter beside σ(x): ∂ is written
    "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n\n$$\\frac{\\partial J}{\\partial w} = \\frac{d}{dx} q,$$\n",
    # d/dw beside σ(x) and d/dx
    "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n\n$$\\frac{dJ}{dw} = \\frac{d\\sigma}{dx} q,$$\n",
    # a derivative by x of no sigmoid (the page defines none)
    "$$f(x) = x^2$$\n\n$$\\frac{d f}{dx} = 2x,,$$\n",
    # the sigmoid of x defined, its derivative by z (another function's variable), none by x
    "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n\n$$\\frac{d q}{dz} = ,,$$\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_keep_their_own_refusal(tmp_path: Path, text: str) -> None:
    assert sigmoid_derivative_page(text) is None
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert SAID not in result.stderr


def test_a_sigmoid_page_given_options_keeps_its_own_refusal() -> None:
    # --cost, --wrt or --let say what to read: the reader's refusal is the one shown
    result = CliRunner().invoke(main, ["steps", str(COLD39 / PAGES[2][0]), "--cost", "logistic"])
    assert result.exit_code == 2 and SAID not in result.stderr, result.output


# --- σ restated as a power: σ(x) = (1 + e^{−x})^{−1} (hongtaoh.com/en/2022/10/30/sigmoid-derivative/, line 11) ---

HONGTAOH_LINE_5 = r"\sigma(x) = \frac{1}{1 + e^{-x}}"
HONGTAOH_LINE_11 = r"\sigma (x) = (1 + e^{-x})^{-1}"


def test_the_power_of_minus_one_is_the_sigmoid() -> None:
    from logderiv.notation import read_lets

    # (1 + e^{−x})^{−1} = 1/(1 + e^{−x}) exactly (checked at two points here, not by logderiv)
    x = np.array([0.37, -1.3])
    assert np.allclose((1 + np.exp(-x)) ** -1.0, sigmoid(x))
    lets, _, notes = read_lets([HONGTAOH_LINE_11])
    assert lets == [] and notes == [r"\sigma (x) = (1 + e^{-x})^{-1} is the sigmoid σ, as logderiv reads σ"]


@pytest.mark.parametrize("other", [r"\sigma(x) = (1 + e^{-x})^{-2}", r"\sigma(x) = (1 + e^{x})^{-1}",
                                   r"\sigma(x) = (2 + e^{-x})^{-1}"])
def test_another_power_is_not_the_sigmoid(other: str) -> None:
    from logderiv.errors import InputError
    from logderiv.notation import read_lets

    with pytest.raises(InputError, match="σ is the sigmoid 1/\\(1 \\+ e\\^\\(−z\\)\\) here, and this definition is not it"):
        read_lets([other])


def _restated_page(second: str) -> str:
    # the hongtaoh page's lines 5, 9, 11 and 29, its variable written z (x is data to logderiv; see the tests above)
    return ("$$" + HONGTAOH_LINE_5.replace("x", "z") + "$$\n\nIt can be rewritten as\n\n$$" + second.replace("x", "z")
            + "$$\n\n$$\\frac{d\\sigma}{dz} = \\frac{e^{-z}}{(1 + e^{-z})^{2}} = \\sigma(z)\\cdot (1 - \\sigma(z))$$\n")


def test_a_sigmoid_restated_as_a_power_is_one_definition(tmp_path: Path) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, _restated_page(HONGTAOH_LINE_11))
    assert (code, ending, wrong) == (0, "gradient", [])  # σ′ = e^{−z}/(1+e^{−z})² = σ(1 − σ): checked above
    assert any("line 5 defines \\sigma again, beside line 1" in note and "are each the sigmoid σ written out" in note
               for note in review["notes"])


@pytest.mark.parametrize("other", [r"\sigma (x) = (1 + e^{-x})^{-2}", r"\sigma (x) = (1 + e^{x})^{-1}"])
def test_a_sigmoid_restated_otherwise_is_still_refused(tmp_path: Path, other: str) -> None:
    result = steps_of_page(tmp_path, _restated_page(other))
    assert result.exit_code == 2, result.output
    assert "(in FILE, line 5, column 3): \\sigma is defined twice, differently (line 1 and line 5)" in result.stderr

"""audit40 (issue 10): a metamorphic misread hunt over the written derivations ``steps`` reads right.

``benchmarks/rewrites.py`` rewrites a page's text in ways whose effect is known by construction (the full run and
its counts: ``benchmarks/rewrites-report.txt``); these tests hold the misreads it found, each against its page's
hand-worked ``expected.txt`` row, and run a fixed, seeded sample of the harness itself.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest
import sympy

from _derivations_table import read_table
from _numeric import central_differences

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import rewrites  # noqa: E402

_TESTS = Path(__file__).resolve().parent


def _page(folder: str, file: str) -> tuple[rewrites.Page, tuple[str, int | None]]:
    """A page of a derivation set and its hand-worked (ending, first wrong line) from ``expected.txt``."""
    row = next(row for row in read_table(_TESTS / folder) if row.file == file)
    text = (_TESTS / folder / file).read_text(encoding="utf-8")
    return rewrites.Page(_TESTS / folder, file, row.cost, text), (row.ending, row.line)


def _read(page: rewrites.Page, edits) -> tuple[str | None, int | None]:
    text, _ = rewrites.apply(page.text, edits)
    reading = rewrites.read(page, text)
    assert not reading.refused, reading.message
    return reading.ending, reading.line


# --- \tag / \label on the displays: a restated chain stayed one derivation --------------------------------------

def test_the_hand_worked_meaning_of_the_cs229_page():
    """cs229_ps1_sol_logistic_sigmoid_prime_sign.md: its line 6 writes g′(z) = −e^{−z}/(1 + e^{−z})², a sign too
    many (sympy.diff), and its chain (lines 13–14, restated and gone on with at lines 52–55) ends at
    −(1/m) Σᵢ xⱼ⁽ⁱ⁾ (y⁽ⁱ⁾ − h(x⁽ⁱ⁾)), the logistic cost's gradient (finite differences): ending gradient, line 6."""
    z = sympy.Symbol("z")
    prime = sympy.diff(1 / (1 + sympy.exp(-z)), z)
    assert sympy.simplify(prime - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    assert sympy.simplify(prime + sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) != 0
    rng = np.random.default_rng(40)
    x, y, theta = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5), rng.normal(size=3)

    def cost(t):
        h = 1 / (1 + np.exp(-x @ t))
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    h = 1 / (1 + np.exp(-x @ theta))
    assert np.allclose(central_differences(cost, theta), -(x * (y - h)[:, None]).mean(axis=0), atol=1e-7)


@pytest.mark.parametrize("kind", ["\\tag", "\\label", "\\"])
def test_a_tag_or_label_keeps_a_restated_chain_one_derivation(kind):
    r"""cs229_ps1_sol_logistic_sigmoid_prime_sign.md with ``\tag{k}`` before each display's closing ``$$`` (and/or
    ``\label{…}`` after each ``\begin{align*}``): the display at line 52 restates where lines 13–14 end and goes on,
    one derivation. The label opened its first side and the tag kept ``\end{align*}`` on its last, the restatement
    was missed, lines 13–14 were read as a derivation of their own that 'ends unfinished': ending unfinished on a
    page that ends at the gradient (audit40). By hand: ending gradient, first wrong line 6."""
    page, expected = _page("derivations_cold5", "cs229_ps1_sol_logistic_sigmoid_prime_sign.md")
    edits = [edit for edit in rewrites.tag_displays(page.text) if edit[2].lstrip().startswith(kind)]
    assert edits
    assert expected == ("gradient", 6)
    assert _read(page, edits) == expected


# --- CRLF line ends: a page read right with LF was refused -------------------------------------------------------

@pytest.mark.parametrize("folder, file", [
    # a '\r' before the line end hid the cost's definition J(\bm{w}) = …: "the lines define the cost … but take no
    # derivative of it"
    ("derivations_cold7", "jp_hugo_ridge_half_lambda_half.md"),
    # and the displays of an indented cheat sheet: "the notes hold no display maths"
    ("derivations_cold9", "pyglmnet_cheatsheet_gaussian_l2_elasticnet.md"),
    ("derivations_cold9", "pyglmnet_cheatsheet_softplus_poisson_extra_sigma.md"),
])
def test_crlf_line_ends_read_as_the_page_with_lf(folder, file):
    """The page with every line end CRLF (as a Windows editor saves it): its hand-worked row, as with LF."""
    page, expected = _page(folder, file)
    assert _read(page, rewrites.crlf(page.text)) == expected


# --- \displaystyle opening a display: the cost's definition was missed ----------------------------------------

def test_the_hand_worked_gradients_of_the_two_hugo_pages():
    """J(w) = ½ Σᵢ (wᵀxᵢ − yᵢ)² (+ λ/2 ‖w‖²): ∂J/∂wⱼ = Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ (+ λwⱼ), by finite differences."""
    rng = np.random.default_rng(41)
    x, y, w, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.7
    residual = x @ w - y
    assert np.allclose(central_differences(lambda v: 0.5 * np.sum((x @ v - y) ** 2), w), x.T @ residual, atol=1e-6)
    assert np.allclose(central_differences(lambda v: 0.5 * np.sum((x @ v - y) ** 2) + lam / 2 * v @ v, w),
                       x.T @ residual + lam * w, atol=1e-6)


@pytest.mark.parametrize("file", ["jp_hugo_ridge_half_lambda_half.md", "jp_hugo_gd_half_sse_component.md"])
def test_displaystyle_before_the_cost_keeps_its_definition(file):
    r"""``\displaystyle`` opening each ``$$`` display of two Hugo posts (cold7): ``\displaystyle J_2(\bm{w}) = …``
    hid the cost's name, the default (logistic) cost was taken and the right ∂J/∂wⱼ was 'wrong at line 14' (22):
    a misread (audit40). By hand: each derives its least-squares cost (ridge) right, ending at the gradient."""
    page, expected = _page("derivations_cold7", file)
    assert expected == ("gradient", None)
    assert _read(page, rewrites.displaystyle(page.text)) == expected


# --- a fixed, seeded sample of the harness --------------------------------------------------------------------

_SAMPLE_FROM = [
    ("derivations_written", "logistic_align.tex"),
    ("derivations_written", "linear_correct.txt"),
    ("derivations_real", "mmuratarat_blog_logistic_align.md"),
    ("derivations_real", "brandokoch_linear_partial.md"),
    ("derivations_cold5", "cs229_ps1_sol_logistic_sigmoid_prime_sign.md"),
]
_PRESERVING = ["crlf", "cdot_to_space", "drop_left_right", "tag_displays", "trailing_dot", "reflow_join"]
_CHANGING = ["negate", "swap_residual", "drop_one_minus_h"]


def test_a_seeded_sample_of_rewrites_keeps_or_refuses_and_names_the_changed_line():
    """Meaning-preserving rewrites keep the hand-worked reading (or refuse); a meaning-changing rewrite of one step
    that held is named at its line (or refused), never 'all steps hold'."""
    chosen = random.Random(40).sample(_SAMPLE_FROM, 2)
    pages = [_page(folder, file)[0] for folder, file in chosen]
    trials = list(rewrites.trials(pages, _PRESERVING, _CHANGING, most=1))
    assert [(t.page.file, t.rewrite, t.expected, t.got) for t in trials if t.verdict == "changed"] == []
    # the sample reaches both kinds, and is read, not only refused: a harness that refuses everything proves little
    assert {t.rewrite for t in trials if t.verdict == "same"} & set(_PRESERVING)
    assert {t.rewrite for t in trials if t.verdict == "same"} & set(_CHANGING)

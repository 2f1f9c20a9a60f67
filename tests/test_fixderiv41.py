r"""Issue 10, fixderiv41: an Obsidian vault's ``\par{…}`` in a page's maths, read as the bracket ( … ).

TeX's ``\par`` is the paragraph break: maths cannot hold it and it takes no argument. An Italian Obsidian vault
(tests/derivations_cold10 and cold12, it_obsidian_*.md) writes ``\log \par{1 + e^{…}}`` and ``\loss \par{y, x, w}``:
its own macro for a bracket. Each ``\par{…}`` stands where a bracket must, so it is read as ``( … )`` with a note.
A bare ``\par``, an unclosed group, or a ``\par`` opening a group (where a derivative's ∂ stands, a vault may
abbreviate \partial) is left, and refused as before.

The real pages move on to their next blocker (the loss \loss written with three arguments), tested below. Expected
verdicts are worked out by hand and checked here by finite differences, never copied from logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

HERE = Path(__file__).parent
NOTE = "\\par{…} is read as the bracket ( … )"

# source: public code index file 20604104683 (an Italian Obsidian note, "[[funzione]] [[perdita]] parametrica."),
# as tests/derivations_cold10/it_obsidian_logistic_softplus_one_example_gradient.md holds it: its lines 1-19 verbatim
OBSIDIAN_LOSS = r"""[[funzione]] [[perdita]] parametrica.
$$
\Large
\loss \par{ {\color{darkcyan} \mathbf{y}}, {\color{darkcyan} \mathbf{x}}, {\color{orange} \mathbf{w}} }
=
\log \par{
	1
	+
	e^{
		-
		{\color{darkcyan} \mathbf{y}}
		\times
		{\color{darkcyan} \mathbf{x}}^\dagger
		\times
		{\color{orange} \mathbf{w}}
	}
}
$$
"""

#: the vault's loss, one example, label y = ±1, written with \par{…} in the page's layout (the cost named J and x's
#: transpose written ᵀ: those are the real page's next blockers, not this reading's)
SOFTPLUS_PAGE = ("$$\nJ = \\log \\par{ 1 + e^{ - y x^T w } }\n$$\n\n"
                 "$$\n\\frac{\\partial J}{\\partial w_j} = \\frac{ e^{ - y x^T w } \\cdot \\par{ - y x_j } }"
                 "{ 1 + e^{ - y x^T w } }\n$$\n")


def _softplus_loss(x, y, w):
    return float(np.log1p(np.exp(-y * (x @ w))))


def test_the_hand_gradient_of_the_vault_loss_holds_by_finite_differences():
    # ∂/∂wⱼ log(1 + e^{−y xᵀw}) = e^{−y xᵀw}(−y xⱼ)/(1 + e^{−y xᵀw}); the sign-slipped (+y xⱼ) is its negative
    rng = np.random.default_rng(41)
    for y in (1.0, -1.0):
        x, w = rng.normal(size=3), rng.normal(size=3)
        numeric = central_differences(lambda v: _softplus_loss(x, y, v), w)
        e = np.exp(-y * (x @ w))
        assert np.allclose(numeric, e * (-y * x) / (1 + e), atol=1e-6)
        assert not np.allclose(numeric, e * (y * x) / (1 + e), atol=1e-3)


def test_the_page_with_par_brackets_is_read_to_the_gradient_with_the_note(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, SOFTPLUS_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert f"line 2: {NOTE}" in notes and f"line 6: {NOTE}" in notes
    assert "a macro of its own (an Obsidian vault's)" in notes


def test_a_sign_slip_inside_a_par_bracket_is_wrong_at_its_line(tmp_path):
    page = SOFTPLUS_PAGE.replace("\\par{ - y x_j }", "\\par{ y x_j }")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_the_squared_par_bracket_keeps_its_power(tmp_path):
    # J = (1/2m) Σ (θᵀx − y)², its bracket written \par{…}^2: the power is the bracket's, so the usual gradient
    page = ("$$\nJ = \\frac{1}{2m}\\sum_{i=1}^{m} \\par{\\theta^T x^{(i)} - y^{(i)}}^2\n$$\n\n"
            "$$\n\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m} "
            "\\par{\\theta^T x^{(i)} - y^{(i)}} x_j^{(i)}\n$$\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    # the power read on θᵀx − y alone (the bracket lost) would give a different gradient: the slip is caught
    slipped = page.replace("\\frac{1}{m}\\sum", "\\frac{2}{m}\\sum")
    code, ending, wrong, _ = review_of_page(tmp_path, slipped)
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_the_real_page_moves_on_to_its_next_blocker(tmp_path):
    # progress: \par is read; the loss of three arguments (y, x, w) is the next refusal, at line 4's first comma
    for folder, name in (("derivations_cold10", "it_obsidian_logistic_softplus_one_example_gradient.md"),
                         ("derivations_cold12", "it_obsidian_square_loss_exponent_misplaced.md")):
        text = (HERE / folder / name).read_text(encoding="utf-8")
        assert text.startswith(OBSIDIAN_LOSS.split("=", 1)[0])
        result = steps_of_page(tmp_path, text)
        assert result.exit_code == 2
        assert "paragraph break" not in result.stderr
        assert "line 4, column 42" in result.stderr
        assert "writes \\loss of 3 arguments" in result.stderr


def test_the_vault_loss_alone_moves_on_to_its_next_blocker(tmp_path):
    result = steps_of_page(tmp_path, OBSIDIAN_LOSS + SOFTPLUS_PAGE.split("$$\n\n", 1)[1].replace("J", "\\loss"))
    assert result.exit_code == 2
    assert "paragraph break" not in result.stderr
    assert "line 4, column 42" in result.stderr
    assert "writes \\loss of 3 arguments" in result.stderr


def test_a_bare_par_stays_refused_with_its_position(tmp_path):
    # guard: \par with no group after it is the paragraph break (or a macro of no argument): not read
    page = SOFTPLUS_PAGE.replace("\\par{ - y x_j }", "\\par - y x_j")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "'\\par' is TeX's paragraph break, which maths cannot hold" in result.stderr
    assert "line 6, column 64" in result.stderr  # at the bare \par: no \par{…} of the page read either
    assert "read as a bracket only where every \\par of its maths takes a closed group" in result.stderr
    assert "hint: write what it stands for" in result.stderr


def test_a_par_opening_a_group_stays_refused(tmp_path):
    # guard: \frac{\par{J}}{\par{w_j}} puts \par where a derivative's ∂ stands: a bracket? not guessed
    page = ("$$\nJ = \\log \\par{ 1 + e^{ - y x^T w } }\n$$\n\n"
            "$$\n\\frac{\\par{J}}{\\par{w_j}} = \\frac{ e^{ - y x^T w } \\cdot ( - y x_j ) }{ 1 + e^{ - y x^T w } }\n$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "'\\par' is TeX's paragraph break" in result.stderr
    assert "line 2, column 10" in result.stderr


def test_an_unclosed_par_group_stays_refused(tmp_path):
    # guard: \par{ with no closing brace in its display is no bracket read
    page = "$$\nJ = \\log \\par{ 1 + e^{ - y x^T w }\n$$\n\n" + SOFTPLUS_PAGE.split("$$\n\n", 1)[1]
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert NOTE not in result.stderr


def test_a_par_bracket_in_inline_maths_is_read_too(tmp_path):
    # the cost stated in a sentence's $…$ with the vault's bracket: read as in a display, noted on its line
    page = ("The loss is $J = \\log \\par{ 1 + e^{ - y x^T w } }$ and\n\n"
            + SOFTPLUS_PAGE.split("$$\n\n", 1)[1])
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(f"line 1: {NOTE}") for note in review["notes"])


def test_a_page_without_par_is_left_as_written():
    # the reader changes nothing (no note) where no \par stands in the maths; \parallel and \partial are no \par
    from logderiv.notation.paragraph_brackets import paragraph_brackets_read
    text = "$$\n\\frac{\\partial J}{\\partial w} = \\|w\\|_{\\parallel} \\par\n$$\n"
    assert paragraph_brackets_read(text, []) == (text, [])
    spans = [(3, len(text) - 3)]
    assert paragraph_brackets_read(text, spans) == (text, [])  # the bare \par: nothing read
    braced = "$$ a \\par{b + c} d $$"
    assert paragraph_brackets_read(braced, [(2, len(braced) - 2)])[0] == "$$ a     (b + c) d $$"


def test_a_dagger_stays_refused_saying_both_readings(tmp_path):
    # the vault's x^\dagger: the transpose of a real vector, or the pseudo-inverse? Refused with its position, both named
    page = SOFTPLUS_PAGE.replace("x^T w", "x^\\dagger w")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 6, column 52" in result.stderr  # the step's first \\dagger, at the derivation read first
    assert "the conjugate transpose (xᵀ for real data)" in result.stderr and "pseudo-inverse" in result.stderr
    assert "unknown command" not in result.stderr

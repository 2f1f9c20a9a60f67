"""audbox34: an adversarial review of fixbox34's new readings (boxed results, Markdown's escaped brackets, a cost's
rewritten chain before one display per parameter), each misread found pinned here with its by-hand expectation.

Every expectation is worked out by hand and checked with finite differences (tests/_numeric.py), never taken from
logderiv's output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import steps_of_page
from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.escaped_brackets import escaped_brackets_read


def _mean_square_partials(x: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """∇ of J = (1/N)Σ(θ₀ + θ₁xᵢ − yᵢ)² by finite differences."""
    return central_differences(lambda t: float(np.mean((t[0] + t[1] * x - y) ** 2)), theta)


# --- a display after prose, on a page escaping '\_' ----------------------------------------------------------------

# bare LaTeX in Markdown (the French slides' kind: no '$', '\_' escaped), the derivative by θ₀ given in prose with a
# one-line display after it: "… vaut \[ (1/N) Σᵢ (θ₀ + θ₁xᵢ − yᵢ) \]". The writer's \[ … \] after the word "vaut"
# (is) is TeX's display holding the result, not a bracket: a bracket is no sentence's object. Its 1/N is a slip
# (∂J/∂θ₀ is (2/N)Σ(…), finite differences below). fixbox34 read the display as a bracket in the prose, the slip
# never checked, and judged the page "every step holds … the gradient" (exit 0): a false right.
_PROSE_PAGE = (
    "## Dérivées partielles\n\nÉtant donnée\n\n"
    "J(\\theta_0, \\theta_1) = \\frac{1}{N}\\sum\\_{i=1}^N (\\theta_0 + \\theta_1 x_i - y_i)^2\n\n"
    "La dérivée par rapport à \\theta\\_0 vaut \\[ \\frac{1}{N} \\sum\\_{i} (\\theta_0 + \\theta_1 x_i - y_i) \\]\n\n"
    "et\n\n"
    "\\frac {\\partial}{\\partial \\theta_1}J(\\theta_0, \\theta_1) = \\frac{2}{N} \\sum\\limits\\_{i=1}^{N} x_i "
    "(\\theta_0 + \\theta_1 x_i - y_i)\n")


def _the_slip_is_one() -> None:
    rng = np.random.default_rng(3434)
    x, y, theta = rng.normal(size=6), rng.normal(size=6), np.array([0.3, -0.7])
    error = theta[0] + theta[1] * x - y
    grad = _mean_square_partials(x, y, theta)
    assert np.isclose(grad[0], 2 * np.mean(error), atol=1e-7)        # ∂J/∂θ₀ = (2/N)Σ(…)
    assert not np.isclose(grad[0], np.mean(error), atol=1e-3)        # the page's (1/N)Σ(…) is not it
    assert np.isclose(grad[1], 2 * np.mean(x * error), atol=1e-7)    # line 11 is right


def test_a_display_after_a_prose_word_is_no_bracket():
    read, notes = escaped_brackets_read(_PROSE_PAGE)
    assert read == _PROSE_PAGE and notes == []


def test_a_slip_in_a_display_after_prose_is_not_hidden(tmp_path):
    _the_slip_is_one()
    result = steps_of_page(tmp_path, _PROSE_PAGE, "-f", "json", "--timeout", "60")
    # never "every step holds": the display's slip is wrong (exit 1), or the page is refused (exit 2)
    assert result.exit_code in (1, 2), result.output
    assert '"ending": "gradient"' not in result.stdout


def test_a_bracket_after_a_sum_still_reads_as_one():
    # the guard reads the word just before '\[': a bound (N), a brace or a script is maths
    for text in ("J = \\frac{1}{N}\\sum\\_{i=1}^N \\[h\\_\\theta(x_i) - y_i\\]^2\n",
                 "D = \\frac{2}{N} \\sum\\limits\\_{i=1}^{N} x_i \\[\\theta_0 + \\theta_1 x_i - y_i\\]\n",
                 "D = \\frac{2}{N} \\sum\\limits\\_{i=1}^{N} \\[\\theta_0 + \\theta_1 x_i - y_i\\]\n",
                 "L = -\\log \\[1 - h(x)\\] \\* y\n"):
        read, notes = escaped_brackets_read(text)
        assert "\\[" not in read and len(notes) == 1, text


def test_a_doubled_backslash_bracket_is_left_as_written():
    # '\\[' is no escaped bracket: a row's spacing (\\[2pt]) or the display a Markdown page keeps as '\['. Read as
    # one, its second backslash was kept before the '[' written in its place: a display opened ('\[') mid-line
    for text in ("J = \\frac{1}{m}\\sum\\_{i} (h - y)^2 \\\\[2pt] \\quad + \\lambda \\]\n",
                 "so that \\\\( \\theta\\_0 \\\\) is \\\\[ \\frac{2}{m} \\sum\\_{i} (h - y) \\\\]\n"):
        assert escaped_brackets_read(text) == (text, []), text


# --- a squared bracket with no maths before it ---------------------------------------------------------------------

_FR = Path(__file__).parent / "derivations_cold36" / "fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md"


def _with_line_7(line: str) -> str:
    # the French slides (cold36, right: fixbox34's test holds their partials by finite differences) with one more
    # line after the cost: the error's square written out, as slides do
    lines = _FR.read_text(encoding="utf-8").split("\n")
    return "\n".join([*lines[:6], line, "", *lines[6:]])


def _the_french_partials_hold() -> None:
    rng = np.random.default_rng(34)
    x, y, theta = rng.normal(size=7), rng.normal(size=7), np.array([0.2, -0.5])
    error = theta[0] + theta[1] * x - y
    assert np.allclose(_mean_square_partials(x, y, theta), [2 * np.mean(error), 2 * np.mean(x * error)], atol=1e-7)


@pytest.mark.parametrize("line", [
    "\\[h\\_\\theta(x_i) - y_i\\]^2 = \\[\\theta_0 + \\theta_1 x_i - y_i\\]^2",        # the bracket opens the line
    "où \\[h\\_\\theta(x_i) - y_i\\]^2 = \\[\\theta_0 + \\theta_1 x_i - y_i\\]^2",     # after a word of prose
])
def test_a_squared_bracket_is_a_bracket_wherever_it_stands(tmp_path, line):
    # \[ … \]^2: no display's end takes a power, so it is Markdown's bracket however the line opens. Left a display,
    # its inside "h − y" was judged a step against the default cost: the right slides "wrong at line 7" (fixbox34
    # read the bracket only after maths)
    _the_french_partials_hold()
    read, notes = escaped_brackets_read(_with_line_7(line))
    assert "\\[" not in read.split("\n")[6] and any(note.startswith("line 7: ") for note in notes)
    result = steps_of_page(tmp_path, _with_line_7(line), "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 2), result.output  # read right, or refused: never "wrong"
    assert '"ending": "wrong"' not in result.stdout


def test_a_script_on_the_next_line_is_no_power_of_the_bracket():
    # the script must follow '\]' on its line: "^2" opening the next line raises nothing of this one. With no other
    # sign (no '\_' on the page) the bracket is unclear: refused, not read on the next line's '^'
    text = "J = \\frac{1}{m}\\sum_{i} x \\[ \\frac{1}{m}\\sum_{i} (h - y) \\]\n^2 is its square\n"
    with pytest.raises(InputError):
        escaped_brackets_read(text)

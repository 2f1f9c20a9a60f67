"""audderiv36: an adversarial review of fixderiv36's readings (n bounding the examples' sum, the b derivation of a
b + w x page read with w one number, ``\\\\[2ex]`` blanked) for silent misreads.

Each expectation here is worked out by hand and held to central finite differences (tests/_numeric.py), never to
logderiv's own output.
"""

from __future__ import annotations

import numpy
import pytest
from _derivations_table import review_of_page
from _numeric import central_differences

from logderiv.notation.row_spacing import row_spacing_blanked

_RNG = numpy.random.default_rng(3636)
_X = _RNG.normal(size=6)
_Y = _RNG.normal(size=6)


def _mean_square(parameters):
    """L(w, b) = (1/n) Σᵢ (yᵢ − (w xᵢ + b))², the README's loss, n the examples."""
    w, b = parameters
    return float(numpy.mean((_Y - (w * _X + b)) ** 2))


def _readme(row_break: str, b_line: str = r"-\frac{2}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)") -> str:
    """The cold37 README's shape: y = wx + b, L = (1/n) Σ (y − ŷ)², ∂L/∂w and ∂L/∂b in one aligned display."""
    return ("**1. The Hypothesis (Linear Model)**\n$$y = wx + b$$\n\n**2. The Cost Function**\n"
            "$$L = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2$$\n\n**3. The Gradients**\n"
            " $\\displaystyle \\begin{aligned}\n"
            f"\\frac{{\\partial L}}{{\\partial w}} &= -\\frac{{2}}{{n}} \\sum_{{i=1}}^{{n}} x_i (y_i - \\hat{{y}}_i) {row_break}\n"
            f"\\frac{{\\partial L}}{{\\partial b}} &= {b_line}\n\\end{{aligned}}$\n")


def test_the_readmes_rows_by_finite_differences():
    w, b = 0.7, -0.3
    numeric = central_differences(_mean_square, numpy.array([w, b]))
    residual = _Y - (w * _X + b)
    assert numeric[0] == pytest.approx(-2 / len(_Y) * numpy.sum(_X * residual), abs=1e-7)  # the ∂L/∂w row
    assert numeric[1] == pytest.approx(-2 / len(_Y) * numpy.sum(residual), abs=1e-7)  # the ∂L/∂b row
    assert abs(numeric[1] - (-1 / len(_Y) * numpy.sum(residual))) > 1e-3  # the planted 1/n: not it


# ---- \\*[3pt]: the starred row break (no page break there) ------------------------------------------------------
# fixderiv36's row_spacing says it reads \\*[-1mm] as the row break \\, but it blanked only the length and left the
# star at the head of the next row: '* \frac{∂L}{∂b} &= …' made the right ∂L/∂b row (line 10) "wrong" (a false
# "different"; the plain \\* did the same before fixderiv36)

@pytest.mark.parametrize("row_break", [r"\\*[3pt]", r"\\*", r"\\* [-1ex]", r"\\*[2ex]"])
def test_a_starred_row_break_reads_as_the_row_break(tmp_path, row_break):
    starred = review_of_page(tmp_path, _readme(row_break))
    plain = review_of_page(tmp_path, _readme(r"\\"))
    assert starred[:3] == plain[:3] == (0, "gradient", [])
    assert [step["line"] for step in starred[3]["steps"]] == [step["line"] for step in plain[3]["steps"]]


def test_a_slip_after_a_starred_row_break_is_found_at_its_line(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _readme(r"\\*[3pt]", r"-\frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)"))
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_the_star_is_blanked_only_as_a_row_breaks():
    def where(line: int) -> str:
        return f"line {line}"

    blanked, notes = row_spacing_blanked("a \\\\*[3pt]\nb \\\\*\nc", where)
    assert blanked == "a \\\\      \nb \\\\ \nc"
    assert notes[0].startswith("line 1: ") and "space below the row" in notes[0]
    assert notes[1].startswith("line 2: \\\\* is a row break with no page break after the row")
    # an escaped backslash's star that is no row break's (a regex in code, a star before a word) is left as written
    for kept in ('r"\\\\*"', "a \\\\*b", "\\\\\\*"):
        assert row_spacing_blanked(kept, where) == (kept, [])


# ---- n bounding the examples' sum: near misses that must stay refused or be found wrong (they were) -------------

def _half_mean_square(theta):
    """(1/2n) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)², n the examples: the German page's J."""
    return float(numpy.sum((theta[0] + theta[1] * _X - _Y) ** 2) / (2 * len(_Y)))


def test_the_german_slips_by_finite_differences():
    theta = numpy.array([0.4, -0.9])
    h, n = theta[0] + theta[1] * _X, len(_Y)
    numeric = central_differences(_half_mean_square, theta)
    assert numeric[0] == pytest.approx(-numpy.sum(_Y - h) / n, abs=1e-7)
    assert abs(numeric[0] - (-numpy.sum(_X * (_Y - h)) / n)) > 1e-3  # x put into ∂J/∂θ₀: not it
    assert abs(numeric[0] - (-numpy.sum(_Y - h) / (2 * n))) > 1e-3  # 1/(2n) kept in ∂J/∂θ₀: not it


@pytest.mark.parametrize("first", [
    r"\frac{-1}{n} \sum_{i=1}^{n} x^{(i)} \left( y^{(i)} - h_\theta(x^{(i)}) \right)",
    r"\frac{-1}{2n} \sum_{i=1}^{n} \left( y^{(i)} - h_\theta(x^{(i)}) \right)",
], ids=["x-in-the-intercepts", "half-kept"])
def test_a_slip_in_the_intercepts_derivation_is_found(tmp_path, first):
    from test_fixderiv36 import _german, _linear_review

    page = _german().replace(
        r"\frac{-1}{n} \sum_{i=1}^{n} \left( y^{(i)} - h_\theta(x^{(i)}) \right)" + "\n$$\n\n$$\n\\dfrac{\\partial}{\\partial \\theta_1}",
        first + "\n$$\n\n$$\n\\dfrac{\\partial}{\\partial \\theta_1}")
    assert first in page
    code, ending, wrong, _ = _linear_review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [13])


@pytest.mark.parametrize("prose", [r"Modell mit $\theta \in \mathbb{R}^n$:", "Modell mit n Merkmalen:"],
                         ids=["R^n", "n-features-in-words"])
def test_n_counting_the_features_elsewhere_keeps_the_refusal(tmp_path, prose):
    from _derivations_table import steps_of_page
    from test_fixderiv36 import _german

    result = steps_of_page(tmp_path, _german(prose=prose), "--cost", "linear")
    assert result.exit_code == 2
    assert "whether this n is the cost's m cannot be told" in result.stderr

"""audit26h (issue 10): an adversarial audit of fixderiv26's readings, the misreads it found, held fixed.

fixderiv26 read a word typed in italics below the cost's letter (``J_{loss}``, ``E_{in}``) as the objective's label,
as ``J_{\\text{loss}}`` was, and set aside a cost of another name defined after a derivation. A word below E is also
how notes write an expectation over a distribution: ``J(w) = E_{data}[½(wx − y)² + (λ/2)w²]``. Read as the cost's
label, E became a factor, and a right step that takes the constant (λ/2)w² out of the expectation (E[c] = c) was
judged wrong — a false "wrong". A labelled letter written before a square bracket, or never defined nor
differentiated on the page, names no objective: it is not read as a label (refused as before, a miss).

The facts the pages rest on are checked here by central finite differences with NumPy over an empirical
distribution (a data set's mean standing for the expectation), never by logderiv's output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

# ---- the fact, by finite differences -----------------------------------------------------------------------------

_XS = numpy.array([0.7, -1.1, 0.4, 2.0])
_YS = numpy.array([-0.4, 0.9, 0.3, 1.5])
_LAMBDA = 0.8


def _expected_risk(w):
    """E over the data set of ½(wx − y)² + (λ/2)w²: the mean of the example's terms."""
    return float(numpy.mean(0.5 * (w[0] * _XS - _YS) ** 2 + 0.5 * _LAMBDA * w[0] ** 2))


def test_the_expectation_of_a_constant_is_the_constant():
    w = numpy.array([1.3])
    numeric = central_differences(_expected_risk, w)
    right = numpy.mean((w[0] * _XS - _YS) * _XS) + _LAMBDA * w[0]  # E[(wx − y)x] + λw: the page's last line
    assert numeric == pytest.approx([right], abs=1e-7)


# ---- a word below E before a bracket is an expectation's subscript -----------------------------------------------

def _expectation_page(subscript: str) -> str:
    return ("The expected risk is\n\n"
            f"$$J(w) = {subscript}\\left[\\frac{{1}}{{2}}(w x - y)^2 + \\frac{{\\lambda}}{{2}} w^2\\right]$$\n\n"
            "so that\n\n$$\\begin{aligned}\n"
            f"\\frac{{\\partial J}}{{\\partial w}} &= {subscript}\\left[(w x - y) x\\right] + \\lambda w\n"
            "\\end{aligned}$$\n")


@pytest.mark.parametrize("subscript", ["E_{data}", "E_{train}", "E_{\\text{data}}", "E_{\\mathrm{train}}"])
def test_an_expectations_subscript_is_no_label(tmp_path, subscript):
    # the page is right (above); read as a factor E it was judged wrong at line 8: now refused, never 'wrong'
    result = steps_of_page(tmp_path, _expectation_page(subscript), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "names the objective with a word below it" not in result.stdout + result.stderr


def test_a_label_never_defined_nor_differentiated_is_not_read(tmp_path):
    # E_{data}( … ) with parentheses: an expectation too; the page neither defines nor differentiates E_{data}
    page = _expectation_page("E_{data}").replace("\\left[", "\\left(").replace("\\right]", "\\right)")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "names the objective with a word below it" not in result.stdout + result.stderr


def test_a_label_defined_and_differentiated_is_still_read(tmp_path):
    # E_{tot} = ½(t − wx)² + ½(s − wz)², then ∂E_{tot}/∂w = −(t − wx)x − (s − wz)z: the cost's label, as before
    page = ("The error is\n\n$$E_{tot} = \\frac{1}{2}(t - w x)^2 + \\frac{1}{2}(s - w z)^2$$\n\nso that\n\n"
            "$$\\begin{aligned}\n\\frac{\\partial E_{tot}}{\\partial w} &= -(t - w x) x - (s - w z) z\n"
            "\\end{aligned}$$\n")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert "E_{tot} names the objective with a word below it, no index: read as the cost's name E" in review["notes"]


def _two_outputs_error(w):
    t, x, s, z = 0.9, 0.6, -0.3, 1.4
    return float(0.5 * (t - w[0] * x) ** 2 + 0.5 * (s - w[0] * z) ** 2)


def test_the_two_outputs_errors_derivative_is_the_pages_line():
    w = numpy.array([0.45])
    t, x, s, z = 0.9, 0.6, -0.3, 1.4
    assert central_differences(_two_outputs_error, w) == pytest.approx([-(t - w[0] * x) * x - (s - w[0] * z) * z],
                                                                      abs=1e-7)


# ---- E[…] alone: the expectation written without a subscript --------------------------------------------------------

@pytest.mark.parametrize("operator", ["E", "\\mathrm{E}", "\\operatorname{E}"])
def test_an_expectation_before_a_square_bracket_is_refused(tmp_path, operator):
    # the same right page (above) with E[…]: read as the letter E times the bracket it was judged wrong at line 8 (on
    # main too); the operator is not read, so it is refused at the bracket's E, naming both readings
    result = steps_of_page(tmp_path, _expectation_page(operator), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "is an expectation over a distribution (𝔼[…]), an operator logderiv does not read, or E times the " \
        "bracket?" in result.stderr


# ---- a later "cost" the derived cost writes: a part of it, never another cost set aside ------------------------------

def _penalised(w):
    x, y, lam = 0.7, -0.4, 0.8
    return float(0.5 * (w[0] * x - y) ** 2 + 0.5 * lam * w[0] ** 2)


def test_the_penalised_costs_derivative():
    w = numpy.array([1.3])
    x, y, lam = 0.7, -0.4, 0.8
    numeric = central_differences(_penalised, w)
    assert numeric == pytest.approx([(w[0] * x - y) * x + lam * w[0]], abs=1e-7)  # the right page's line 8
    assert abs(numeric[0] - (w[0] * x - y) * x) > 1e-3  # the penalty's λw left out: the slipped page's line 8


def _penalty_after(last: str, written: str = "L", penalty: str = "\\frac{\\lambda}{2} w^2") -> str:
    """J = ½(wx − y)² + L, its derivative by w, then "where the penalty is L = …": L is a part of J."""
    return (f"The objective is\n\n$$J = \\frac{{1}}{{2}}(w x - y)^2 + {written}$$\n\nso that\n\n"
            f"$$\\begin{{aligned}}\n\\frac{{\\partial J}}{{\\partial w}} &= {last}\n\\end{{aligned}}$$\n\n"
            f"where the penalty is\n\n$$L = {penalty}$$\n")


@pytest.mark.parametrize(("last", "written", "penalty"), [
    ("(w x - y) x + \\lambda w", "L", "\\frac{\\lambda}{2} w^2"),  # right: was judged wrong (L a constant)
    ("(w x - y) x", "L", "\\frac{\\lambda}{2} w^2"),  # the penalty's gradient left out: was judged the gradient
    ("(w x - y) x", "\\lambda L", "\\frac{1}{2} w^2"),  # the same slip, L behind a command: was judged the gradient
])
def test_a_later_cost_the_derived_cost_writes_is_not_set_aside(tmp_path, last, written, penalty):
    result = steps_of_page(tmp_path, _penalty_after(last, written, penalty), "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "defines another cost than the one the derivation writes out" not in result.stdout + result.stderr
    assert "defines the cost L after the derivation" in result.stderr


def test_a_labelled_penalty_after_the_derivation_is_not_set_aside(tmp_path):
    # L_{reg}: read as L by its label, then the same page as above; the slip (λw left out) was judged the gradient
    page = _penalty_after("(w x - y) x", "L_{reg}").replace("$$L = ", "$$L_{reg} = ")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "defines another cost than the one the derivation writes out" not in result.stdout + result.stderr

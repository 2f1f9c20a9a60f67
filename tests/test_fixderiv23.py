"""fixderiv23 (issue 10): the written-derivation sets' refusals that recur, each read by a general rule or refused
more clearly.

The real pages' outcomes were worked by hand in their sets' expected.txt (never from logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy (tests/_numeric.py):

* MSE(w, b) = (1/n) Σᵢ (yᵢ − (w xᵢ + b))² has ∂/∂w = −(2/n) Σᵢ xᵢ (yᵢ − (w xᵢ + b)) and ∂/∂b = −(2/n) Σᵢ (yᵢ −
  (w xᵢ + b)); SSE(w, b) = Σᵢ (…)² has ∂/∂w = −2 Σᵢ xᵢ (…), never −Σᵢ xᵢ (…).

The rules:

* a cost named by a word the page never defines (MSE, SSE), differentiated by a parameter at the head of a line —
  ``\\frac{\\partial}{\\partial w} \\left( MSE \\right) = \\frac{\\partial}{\\partial w}[ … ]``, its operand bracketed
  or not, or ``\\frac{\\partial MSE}{\\partial w} = …`` — and written out under the operator after that '=', is the
  cost: read as J, noted. Only a word that names an error or a cost (MSE, SSE, RSS, NLL, \\text{MSE}, loss): capitals
  that may be a product (XW, the data times the weights) stay as they were read. A word the page neither defines
  nor writes out under the derivative stays unread.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_TESTS = Path(__file__).parent

#: real pages a rule of this stop reads, each with its hand-worked row in its set's expected.txt
_READ = [("derivations_cold23", "en_book_tex_linear_mse_two_partials_align.md"),
         ("derivations_cold23", "en_book_tex_linear_mse_two_partials_align_planted_sign.md")]


@pytest.mark.parametrize("folder, file", _READ, ids=[file for _, file in _READ])
def test_the_real_page_is_read_and_judged_as_by_hand(folder, file):
    row = next(row for row in read_table(_TESTS / folder) if row.file == file)
    assert outcome(_TESTS / folder, row) == ("right", "")


def _line_data():
    generator = numpy.random.default_rng(23)
    return generator.normal(size=7), generator.normal(size=7)


def _squared(scale):
    """scale · Σᵢ (yᵢ − (w xᵢ + b))² as a function of (w, b), at the line's data."""
    x, y = _line_data()
    return lambda v: scale * float(numpy.sum((y - (v[0] * x + v[1])) ** 2))


def _claimed(scale, at):
    """−2·scale · (Σᵢ xᵢ (yᵢ − (w xᵢ + b)), Σᵢ (yᵢ − (w xᵢ + b))): what the pages below write for ∂/∂w and ∂/∂b."""
    x, y = _line_data()
    residual = y - (at[0] * x + at[1])
    return -2 * scale * numpy.array([numpy.sum(x * residual), numpy.sum(residual)])


def test_the_hand_worked_facts():
    at = numpy.array([0.4, -0.3])
    n = len(_line_data()[0])
    # the mean's derivatives are −(2/n)Σ…, the sum's −2Σ…: the sum's written −Σ… is half of it
    assert numpy.allclose(central_differences(_squared(1 / n), at), _claimed(1 / n, at), atol=1e-6)
    assert numpy.allclose(central_differences(_squared(1.0), at), _claimed(1.0, at), atol=1e-6)
    assert not numpy.allclose(central_differences(_squared(1.0), at), _claimed(0.5, at), atol=1e-3)


_UNDER = ("$$\n\\frac{{\\partial}}{{\\partial w}} {operand} = \\frac{{\\partial}}{{\\partial w}}\\left[{scale}"
          "\\sum_{{i=1}}^{{n}}(y_i - (w x_i + b))^2\\right] = {last}\\sum_{{i=1}}^{{n}} x_i (y_i - (w x_i + b))\n$$\n")


@pytest.mark.parametrize("operand, scale, last, ending, wrong", [
    # the mean, its derivative −(2/n)Σ xᵢ(…): right
    (r"\left( MSE \right)", r"\frac{1}{n}", r"-\frac{2}{n}", "gradient", []),
    # the sum, its derivative written −Σ xᵢ(…), half of −2Σ xᵢ(…): wrong at the line's second step
    ("(SSE)", "", "-", "wrong", [2]),
    # the operand not bracketed
    ("MSE", r"\frac{1}{n}", r"-\frac{2}{n}", "gradient", []),
    # an upright word
    (r"\left( \text{MSE} \right)", r"\frac{1}{n}", r"-\frac{2}{n}", "gradient", []),
])
def test_a_word_the_line_writes_out_under_the_operator_is_the_cost(tmp_path, operand, scale, last, ending, wrong):
    page = _UNDER.format(operand=operand, scale=scale, last=last)
    code, got, first_wrong, review = review_of_page(tmp_path, page)
    assert (got, first_wrong) == (ending, wrong)
    name = operand.replace(r"\left(", "").replace(r"\right)", "").strip("() ")
    assert any(note.startswith(f"{name} names the cost") and "writes it out under the derivative" in note
               for note in review["notes"]), review["notes"]


def test_the_quotient_form_is_read_so_too(tmp_path):
    page = (r"$$\frac{\partial MSE}{\partial w} = \frac{\partial}{\partial w}\left[\frac{1}{n}\sum_{i=1}^{n}"
            r"(y_i - (w x_i + b))^2\right] = -\frac{2}{n}\sum_{i=1}^{n} x_i (y_i - (w x_i + b))$$" "\n")
    _, ending, wrong, review = review_of_page(tmp_path, page)
    assert (ending, wrong) == ("gradient", [])
    assert any(note.startswith("MSE names the cost") for note in review["notes"])


def test_a_bracketed_word_the_page_defines_is_the_cost(tmp_path):
    page = ("$$\nMSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - (w x_i + b))^2\n$$\n"
            "$$\n\\frac{\\partial}{\\partial b} \\left( MSE \\right) = -\\frac{2}{n}\\sum_{i=1}^{n} (y_i - (w x_i + b))\n$$\n")
    _, ending, wrong, review = review_of_page(tmp_path, page)
    assert (ending, wrong) == ("gradient", [])
    assert any(note.startswith("MSE names the cost: line 2 defines it") for note in review["notes"])


def test_a_word_neither_defined_nor_written_out_stays_unread(tmp_path):
    # ∂/∂w (MSE) = −(2/n)Σ…: which cost MSE is, the page never says
    page = "$$\n\\frac{\\partial}{\\partial w} \\left( MSE \\right) = -\\frac{2}{n}\\sum_{i=1}^{n} x_i (y_i - (w x_i + b))\n$$\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output


def test_capitals_that_may_be_a_product_are_no_cost_name(tmp_path):
    # ∂/∂W (XW) = ∂/∂W[…]: XW is the data times the weights as likely as a name; it is not read as the cost
    page = _UNDER.format(operand=r"\left( XW \right)", scale=r"\frac{1}{n}", last=r"-\frac{2}{n}")
    result = _steps(tmp_path, page, "-f", "json")
    assert result.exit_code == 2, result.output
    assert "names the cost" not in result.output + result.stderr

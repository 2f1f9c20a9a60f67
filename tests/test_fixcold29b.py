"""fixcold29b (issue 10): the first blockers of cold29's pages (second half), each read by a general rule or refused.

The blind set tests/derivations_cold29 met these spellings first (tests/derivations_cold29/expected.txt holds each
page's hand-worked row); the rules behind them, not the pages, are tested here:

* a coloured group that ends in a sum still waiting for its summand (``\\textcolor{cyan}{\\frac{1}{N} \\sum }
  \\frac{\\partial}{\\partial w}[…]``, a Traditional Chinese note's linearity step) is a sum over what follows the
  colour's braces: the braces only delimit the colour (noted). Any other coloured group stays a group;
* ``\\therefore`` (∴, "hence") opening a row (or a definition) is a mark in words, dropped (noted); between two
  pieces of maths on one row it would make a product of two statements, and is refused.

The facts the synthetic pages rest on are checked by central finite differences (tests/_numeric.py), never by
logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import review_of_page
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

#: the preset linear's cost, then its derivative by θⱼ with linearity's factor coloured apart from its summand
_COLOURED_SUM = ("$$\nJ(\\theta) = \\frac{{1}}{{2m}} \\sum_{{i=1}}^{{m}} (\\theta^T x^{{(i)}} - y^{{(i)}})^2\n$$\n\n"
                 "$$\n\\frac{{\\partial J}}{{\\partial \\theta_j}} = {colour}{{\\frac{{1}}{{2m}} \\sum_{{i=1}}^{{m}} }} "
                 "\\frac{{\\partial}}{{\\partial \\theta_j}} (\\theta^T x^{{(i)}} - y^{{(i)}})^2\n$$\n\n"
                 "$$\n= {last}\n$$\n")
_RIGHT = "\\frac{1}{m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
_DOUBLED = "\\frac{2}{m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"


def _data(seed: int = 29):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(7, 3)), generator.normal(size=7), generator.normal(size=3)


def test_the_facts_by_finite_differences():
    """(1/2m)Σ(θᵀx − y)² has the gradient (1/m)Σ(θᵀx − y)x, not (2/m)Σ(θᵀx − y)x: the pages' right and wrong ends."""
    X, y, theta = _data()
    m = len(y)
    numeric = central_differences(lambda t: (X @ t - y) @ (X @ t - y) / (2 * m), theta)
    assert numpy.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not numpy.allclose(numeric, 2 * X.T @ (X @ theta - y) / m, atol=1e-3)


@pytest.mark.parametrize("colour", ["\\textcolor{cyan}", "\\color{cyan}", "\\red"])
def test_a_coloured_sum_runs_over_what_follows_the_colour(tmp_path, colour):
    """Was "unexpected '}' after '\\sum'": the Σ read with the summand after the colour's braces, and noted."""
    code, ending, wrong, review = review_of_page(tmp_path, _COLOURED_SUM.format(colour=colour, last=_RIGHT))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the coloured sum has no summand inside the colour's braces" in note for note in review["notes"])


def test_a_coloured_sum_before_a_wrong_step_finds_it(tmp_path):
    """The same page ending at twice the gradient is wrong at that line (line 10), as by hand."""
    code, ending, wrong, _ = review_of_page(tmp_path, _COLOURED_SUM.format(colour="\\textcolor{cyan}", last=_DOUBLED))
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_a_coloured_group_that_holds_its_summand_stays_a_group():
    """\\textcolor{red}{(θᵀx − y)}^2: the square is of the group, as TeX sets it; only the colour is dropped."""
    result = CliRunner().invoke(main, ["derive", "\\frac{1}{2m}\\sum_{i=1}^{m}\\textcolor{red}{(\\theta^T x^{(i)} - "
                                       "y^{(i)})}^2", "--wrt", "theta_j", "-f", "json"])
    assert result.exit_code == 0, result.output
    notes = json.loads(result.stdout)["notes"]
    assert "\\textcolor{red} only colours what follows: dropped" in notes
    assert not any("coloured sum" in note for note in notes)


def test_a_conclusion_mark_opening_a_cost_is_dropped():
    """\\therefore J(θ) = … (an align row's "hence"): the equation read as written, the mark noted in JSON."""
    result = CliRunner().invoke(main, ["derive", "\\therefore J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^{m} "
                                       "(\\theta^T x^{(i)} - y^{(i)})^2", "--wrt", "theta_j", "-f", "json"])
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert "\\therefore opening a row is a mark in words (hence): dropped, the row's equation read as written" \
        in review["notes"]


def test_a_conclusion_mark_in_a_page_row_is_read(tmp_path):
    """An align row opening with \\therefore that rewrites the cost is read; the derivation after it is judged."""
    page = ("\\[\n\\begin{align*}\nJ(\\theta) &= \\frac{1}{2m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)})^2 \\\\\n"
            "\\therefore J(\\theta) &= \\frac{1}{2m} \\sum_{i=1}^{m} (y^{(i)} - \\theta^T x^{(i)})^2\n\\end{align*}\n\\]\n\n"
            f"$$\n\\frac{{\\partial J}}{{\\partial \\theta_j}} = {_DOUBLED}\n$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    # the row is the cost's rewrite, checked equal to it; read as a step of ∂J/∂θⱼ it was "wrong at line 4"
    assert (code, ending, wrong) == (1, "wrong", [9])
    assert "line 4: '\\therefore' (hence) opening the row is a mark in words: dropped, the row's equation read as " \
        "written" in review["notes"]
    assert any(note.startswith("line 4 rewrites the cost J") for note in review["notes"])


def test_the_facts_of_a_sigmoid_under_a_squared_error():
    """(1/2m)Σ(σ(θᵀx) − y)² has the gradient (1/m)Σ(σ − y)σ(1 − σ)x, not (1/m)Σ(σ − y)x (the linear model's)."""
    X, y, theta = _data()
    m = len(y)
    sigma = 1 / (1 + numpy.exp(-X @ theta))
    numeric = central_differences(lambda t: ((1 / (1 + numpy.exp(-X @ t)) - y) ** 2).sum() / (2 * m), theta)
    assert numpy.allclose(numeric, X.T @ ((sigma - y) * sigma * (1 - sigma)) / m, atol=1e-6)
    assert not numpy.allclose(numeric, X.T @ (sigma - y) / m, atol=1e-3)


def test_a_definition_after_a_conclusion_mark_is_read(tmp_path):
    """$$\\therefore h_θ(x) = σ(θᵀx)$$: the page's model, not the squared error's default θᵀx (was: "not read", and
    the linear gradient judged the gradient)."""
    page = ("$$\nJ(\\theta) = \\frac{1}{2m} \\sum_{i=1}^{m} (h_\\theta(x^{(i)}) - y^{(i)})^2\n$$\n\n"
            "$$\n\\therefore h_\\theta(x) = \\sigma(\\theta^T x)\n$$\n\n"
            "$$\n\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x^{(i)}) - y^{(i)}) "
            "x_j^{(i)}\n$$\n")
    code, ending, _, review = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert any(note.startswith("line 6 defines h_\\theta beside the derivation") for note in review["notes"])


def test_a_conclusion_mark_between_two_pieces_of_maths_is_refused():
    """a … \\therefore 2: dropped, the 2 would multiply the cost; refused at the mark, naming the reading."""
    result = CliRunner().invoke(main, ["derive", "\\frac{1}{2m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)})^2 "
                                       "\\therefore 2", "--wrt", "theta_j"])
    assert result.exit_code == 2
    assert "'\\therefore' (hence) joins two statements on one row" in result.stderr
    assert "^" in result.stderr

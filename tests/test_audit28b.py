"""audit28b (issue 10): an adversary's reading of fixcold29b's coloured sum and \\therefore, and what it found.

fixcold29b reads ``\\textcolor{cyan}{\\frac{1}{N}\\sum} f`` as a sum over f, and drops ``\\therefore`` opening a row.
Two inputs came out wrong, each now refused where it was read wrong:

* ``A \\\\ \\therefore B`` given as ONE formula (``--cost``, an answer to ``check``): the formula's reader reads its
  rows as one product (a line break is layout to it), so the dropped mark made B a factor of A — the regularised
  cost ``(1/2m)Σ(θᵀx − y)² \\\\ ∴ (λ/2m)Σθⱼ²`` was differentiated as the product of the two (main refused the
  unknown command). ``logderiv steps`` reads each row on its own and keeps the reading;
* braces that are a command's argument and hold a sum alone, ``\\sqrt{\\sum_{i=1}^m} (…)^2`` (a colour's sum inside
  them alike, ``\\sqrt{\\textcolor{red}{\\sum_i}}``): the braced-sum reading (UFLDL's ``-{\\sum_i}(…)``) dropped them,
  and the root took in the summand after them, √(Σ(…)²); TeX sets a root of the sum alone.

The facts are checked by central finite differences (tests/_numeric.py), never against logderiv's own output.
"""

from __future__ import annotations

import numpy
import pytest
from _derivations_table import review_of_page
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_COST = r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"
_PENALTY = r"\frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2"
_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"


def _data(seed: int = 28):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)


def _run(*arguments: str):
    return CliRunner().invoke(main, [*arguments, "--timeout", "60"])


def test_the_facts_two_statements_are_no_product():
    """The gradient of the cost plus the penalty is not the gradient of their product: the misread was wrong."""
    X, y, theta = _data()
    m, lam = len(y), 0.7

    def cost(t):
        return (X @ t - y) @ (X @ t - y) / (2 * m)

    def penalty(t):
        return lam * t @ t / (2 * m)

    of_the_sum = central_differences(lambda t: cost(t) + penalty(t), theta)
    of_the_product = central_differences(lambda t: cost(t) * penalty(t), theta)
    assert numpy.allclose(of_the_sum, X.T @ (X @ theta - y) / m + lam * theta / m, atol=1e-6)
    assert not numpy.allclose(of_the_sum, of_the_product, atol=1e-3)


@pytest.mark.parametrize("rows", [r" \\ \therefore ", r" \\[2ex] \therefore ", "\\\\\n\\therefore "])
def test_a_conclusion_after_a_line_break_in_one_cost_is_refused(rows):
    """Was the derivative of the cost times the penalty, its note saying the row was 'read as written'."""
    result = _run("derive", _COST + rows + _PENALTY, "--wrt", "theta_j")
    assert result.exit_code == 2, result.output
    assert "'\\therefore' (hence) after a line break starts a second statement" in result.stderr
    assert "^" in result.stderr and "logderiv steps" in result.stderr


def test_a_conclusion_after_a_line_break_in_one_answer_is_refused():
    """An answer A \\\\ ∴ B was "equivalent" when A·B happened to be the gradient: a verdict on no statement written."""
    result = _run("check", r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) \\ \therefore x_j^{(i)}",
                  "--cost", _COST, "--wrt", "theta_j")
    assert result.exit_code == 2, result.output
    assert "after a line break starts a second statement" in result.stderr


def test_a_conclusion_opening_one_answer_is_still_read():
    """∴ opening the answer is still 'hence', dropped and noted: (1/m)Σ(θᵀx − y)xⱼ is the gradient (the facts above)."""
    result = _run("check", r"\therefore " + _GRADIENT, "--cost", _COST, "--wrt", "theta_j")
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.stdout
    assert "\\therefore opening a row is a mark in words (hence)" in result.stdout


def test_a_conclusion_row_of_a_page_is_still_read(tmp_path):
    """On a page each row is read alone: ∴ after \\\\ opens a row, dropped (noted); the right gradient is right."""
    page = ("$$\nJ(\\theta) = " + _COST + "\n$$\n\n$$\n\\begin{aligned}\n"
            "\\frac{\\partial J}{\\partial \\theta_j} &= \\frac{1}{2m}\\sum_{i=1}^m 2(\\theta^T x^{(i)} - y^{(i)}) "
            "x_j^{(i)} \\\\\n\\therefore \\frac{\\partial J}{\\partial \\theta_j} &= " + _GRADIENT
            + "\n\\end{aligned}\n$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("'\\therefore' (hence) opening the row" in note for note in review["notes"])


def test_the_facts_a_root_of_the_sum_alone_is_no_root_of_the_sum_of_squares():
    """√(Σ(θᵀx − y)²) has another gradient than Σ(θᵀx − y)²: reading the one for the other changes the gradient."""
    X, y, theta = _data()
    root = central_differences(lambda t: numpy.sqrt((X @ t - y) @ (X @ t - y)), theta)
    squares = central_differences(lambda t: (X @ t - y) @ (X @ t - y), theta)
    assert numpy.allclose(root, X.T @ (X @ theta - y) / numpy.linalg.norm(X @ theta - y), atol=1e-6)
    assert not numpy.allclose(root, squares, atol=1e-3)


@pytest.mark.parametrize("argument", [r"\sqrt{\sum_{i=1}^m}", r"\sqrt{\textcolor{red}{\sum_{i=1}^m}}",
                                      r"\sqrt{\color{red}{\sum_{i=1}^m}}", r"\sqrt{\red{\sum_{i=1}^m}}"])
def test_a_root_of_a_sum_alone_does_not_take_in_the_summand_after_it(argument):
    """Was ∂/∂θⱼ [√(Σᵢ (θᵀx − y)²)]: the root's braces dropped as a braced sum's, the summand pulled under it."""
    result = _run("derive", r"\frac{1}{2m}" + argument + r" (\theta^T x^{(i)} - y^{(i)})^2", "--wrt", "theta_j")
    assert result.exit_code == 2, result.output
    assert "unexpected '}' after '\\sum'" in result.stderr


def test_a_fraction_of_a_sum_alone_is_refused():
    """\\frac{\\sum_i}{2m} (…)^2: the sum is the numerator alone, with no summand; refused as written."""
    result = _run("derive", r"\frac{\sum_{i=1}^m}{2m} (\theta^T x^{(i)} - y^{(i)})^2", "--wrt", "theta_j")
    assert result.exit_code == 2, result.output
    assert "after '\\sum'" in result.stderr


@pytest.mark.parametrize("braced", [r"{\sum_{i=1}^m}", r"{\textcolor{red}{\sum_{i=1}^m}}",
                                    r"\textcolor{red}{\sum_{i=1}^m}"])
def test_a_sum_braced_alone_outside_an_argument_is_still_the_sum(braced):
    """Plain braces (and a colour's) around a sum alone only group: the gradient (1/m)Σ(θᵀx − y)xⱼ is equivalent."""
    result = _run("check", _GRADIENT, "--cost", r"\frac{1}{2m}" + braced + r" (\theta^T x^{(i)} - y^{(i)})^2",
                  "--wrt", "theta_j")
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.stdout

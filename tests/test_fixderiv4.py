"""fixderiv4 (issue 10, fourth round): a cost named by a letter of its own, f(w) = … then ∂f(w)/∂wⱼ = ….

A convex-optimisation writer names the objective f(w) as often as an ML course names it J(θ): a techqa question
(tests/derivations_cold11) defines ``f(w) = \\frac{1}{2}\\|w\\|^2 + C \\sum_{i=1}^n\\log(1 + \\exp(-y_iw^Tx_i))`` and
writes its j-th partial ``\\frac{\\partial f(w)}{\\partial w_j} = w_j + C \\sum_{i=1}^n -x_{ij}y_i \\frac{…}{…}``. The
page was refused as "the derivation's first line defines f(w), which is not the cost J". The definition is read as
the cost when its argument names the parameters and a later line differentiates that very letter, with a note; f(x)
(a function of the data), f(w) beside a derivative of J, and another letter (g(w), the sigmoid's usual name) stay
refused. The hand-worked truths are checked independently of logderiv (sympy.diff, central finite differences).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import sympy

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent

#: source: techqa (the Newton's-method Hessian question, tests/derivations_cold11): f(w) (line 2), ∂f(w)/∂wⱼ (line 4)
_L2_LOGISTIC = (HERE / "derivations_cold11" / "techqa_l2_logistic_newton_partial_j.md").read_text(encoding="utf-8")
#: the same page with the penalty's derivative doubled (2wⱼ) on line 4, as the set plants it
_L2_LOGISTIC_PLANTED = (HERE / "derivations_cold11"
                        / "techqa_l2_logistic_newton_partial_j_planted_penalty_double.md").read_text(encoding="utf-8")

_LEAST_SQUARES = ("The cost:\n$$f(w) = \\frac{1}{2}\\sum_{i=1}^m (w^Tx_i - y_i)^2$$\nIts partial:\n"
                  "$$\\frac{\\partial f(w)}{\\partial w_j} = \\sum_{i=1}^m (w^Tx_i - y_i)x_{ij}$$\n")


def _refused(result) -> bool:
    return result.exit_code == 2 and "^" in result.stderr and "Traceback" not in result.stderr


# -- the hand-worked truths, checked independently ----------------------------------------------------------------


def test_the_l2_logistic_partial_by_finite_differences():
    """∂f/∂wⱼ = wⱼ + C Σᵢ −xᵢⱼyᵢ e^{−yᵢwᵀxᵢ}/(1 + e^{−yᵢwᵀxᵢ}); with 2wⱼ (the planted slip) it is not."""
    rng = numpy.random.default_rng(4)
    n, k, c = 5, 3, 0.7
    x, y = rng.normal(size=(n, k)), rng.choice([-1.0, 1.0], size=n)

    def cost(w):
        return 0.5 * w @ w + c * numpy.sum(numpy.log1p(numpy.exp(-y * (x @ w))))

    w = rng.normal(size=k)
    e = numpy.exp(-y * (x @ w))
    written = w + c * numpy.sum((-x * y[:, None]) * (e / (1 + e))[:, None], axis=0)
    numeric = central_differences(cost, w)
    numpy.testing.assert_allclose(numeric, written, rtol=1e-6)
    assert not numpy.allclose(numeric, written + w, rtol=1e-3)


def test_the_least_squares_partial_by_sympy_diff():
    """f = ½Σᵢ(wᵀxᵢ − yᵢ)²: ∂f/∂wⱼ = Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ, and Σᵢ(wᵀxᵢ + yᵢ)xᵢⱼ (the sign slipped) is not."""
    n, k = 3, 2
    w = sympy.symbols(f"w1:{k + 1}")
    x = [[sympy.Symbol(f"x{i}_{j}") for j in range(k)] for i in range(n)]
    y = sympy.symbols(f"y0:{n}")
    fit = [sum(w[j] * x[i][j] for j in range(k)) for i in range(n)]
    cost = sympy.Rational(1, 2) * sum((fit[i] - y[i]) ** 2 for i in range(n))
    for j in range(k):
        assert sympy.expand(sympy.diff(cost, w[j]) - sum((fit[i] - y[i]) * x[i][j] for i in range(n))) == 0
        assert sympy.expand(sympy.diff(cost, w[j]) - sum((fit[i] + y[i]) * x[i][j] for i in range(n))) != 0


# -- the pages -----------------------------------------------------------------------------------------------------


def test_the_techqa_page_reads_its_f_as_the_cost(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _L2_LOGISTIC)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert {step["line"] for step in review["steps"]} == {4}
    assert any(note.startswith("f(w) is read as the cost") for note in review["notes"])


def test_the_planted_penalty_is_caught_at_its_line(tmp_path):
    assert _L2_LOGISTIC_PLANTED != _L2_LOGISTIC
    code, ending, wrong, _ = _review(tmp_path, _L2_LOGISTIC_PLANTED)
    assert (code, ending, wrong) == (1, "wrong", [4])


def test_a_least_squares_f_reads_and_a_slipped_sign_is_caught(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _LEAST_SQUARES)
    assert (code, ending, wrong) == (0, "gradient", [])
    slipped = _LEAST_SQUARES.replace("(w^Tx_i - y_i)x_{ij}", "(w^Tx_i + y_i)x_{ij}")
    assert slipped != _LEAST_SQUARES
    code, ending, wrong, _ = _review(tmp_path, slipped)
    assert (code, ending, wrong) == (1, "wrong", [4])


# -- near-variants that mean something else stay refused -----------------------------------------------------------


def test_f_of_the_data_stays_refused(tmp_path):
    """f(x) = … is a function of the data, not the cost of the parameters."""
    page = _LEAST_SQUARES.replace("$$f(w)", "$$f(x)").replace("\\partial f(w)}", "\\partial f(x)}")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page)
    assert _refused(result) and "defines f(x), which is not the cost J" in result.stderr


def test_f_beside_a_derivative_of_j_stays_refused(tmp_path):
    """f(w) defined, J differentiated: the derivation is of another name, and f is not read as its cost.

    (What the page then gets is the reading it had before this round: its J is the default cost, noted, and the
    f(w) display "not part of the derivation", noted.)
    """
    page = _LEAST_SQUARES.replace("\\partial f(w)}", "\\partial J(w)}")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page, "-f", "text")
    assert "is read as the cost" not in result.output and "Checking ∂f" not in result.output
    assert "line 2 is not part of the derivation" in result.output


def test_another_letter_stays_refused(tmp_path):
    """g(w), the letter notes give the sigmoid or a model, is not read as a cost's name."""
    page = _LEAST_SQUARES.replace("f(w)", "g(w)")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page)
    assert _refused(result) and "defines g(w), which is not the cost J" in result.stderr

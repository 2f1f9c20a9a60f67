"""fixderiv4 (issue 10, fourth round): a cost named by a letter of its own, and a Newton step written with ':='.

(a) A convex-optimisation writer names the objective f(w) as often as an ML course names it J(θ): a techqa question
(tests/derivations_cold11) defines ``f(w) = \\frac{1}{2}\\|w\\|^2 + C \\sum_{i=1}^n\\log(1 + \\exp(-y_iw^Tx_i))`` and
writes its j-th partial ``\\frac{\\partial f(w)}{\\partial w_j} = w_j + C \\sum_{i=1}^n -x_{ij}y_i \\frac{…}{…}``. The
page was refused as "the derivation's first line defines f(w), which is not the cost J". The definition is read as
the cost when its argument names the parameters and a later line differentiates that very letter, with a note; f(x)
(a function of the data), f(w) beside a derivative of J, and another letter (g(w), the sigmoid's usual name) stay
refused.

(b) ``\theta_{new} := \theta_{old} - H^{-1} \nabla_{\theta} J(\theta)``, the next iterate assigned from the last, is an
update rule like ``θ := θ − α∇J``: it was read as a definition of θ_{new} and stopped a math.stackexchange page
(tests/derivations_cold11) at "unknown index 'n'". A name marked new that writes no letter of its own on the right
(z_{new} := θᵀx) stays a definition.

The hand-worked truths are checked independently of logderiv (sympy.diff, central finite differences).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import sympy
from click.testing import CliRunner

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.cli import main

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


def test_f_of_the_bold_data_vector_stays_refused(tmp_path):
    """f(\\mathbf{x}): the argument is the data vector, bold or not, never the parameters."""
    page = _LEAST_SQUARES.replace("f(w)", "f(\\mathbf{x})")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page)
    assert _refused(result) and "which is not the cost J" in result.stderr


def test_f_beside_a_derivative_of_j_stays_refused(tmp_path):
    """f(w) defined, J differentiated: the derivation is of another name, and f is not read as its cost.

    Nor is J then the default logistic cost: the page was judged against it and its right least-squares steps called
    wrong (fixderiv4's report). J is not said to be f, so the page is refused at f, as E(w) beside ∂J is
    (tests/test_audit32.py).
    """
    page = _LEAST_SQUARES.replace("\\partial f(w)}", "\\partial J(w)}")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page, "-f", "text")
    assert "is read as the cost" not in result.output and "Checking ∂f" not in result.output
    assert _refused(result) and "line 2 defines f(w), a cost of the parameters by its look" in result.stderr


def test_another_letter_stays_refused(tmp_path):
    """g(w), the letter notes give the sigmoid or a model, is not read as a cost's name."""
    page = _LEAST_SQUARES.replace("f(w)", "g(w)")
    assert page != _LEAST_SQUARES
    result = _steps(tmp_path, page)
    assert _refused(result) and "defines g(w), which is not the cost J" in result.stderr


# -- a next iterate assigned from the last: Newton's θ_new := θ_old − H⁻¹∇J(θ) is an update rule -------------------

#: source: the math.stackexchange question "Hessian of the Logistic Regression Cost Function" as stored in
#: Nemotron-CC-Math (tests/derivations_cold11): J(θ) (line 3), the Newton update (line 7), ∇J = ∂/∂θⱼ[…] (line 12),
#: = (1/m)Σ −yxⱼe^{−yθᵀx}/(1 + e^{−yθᵀx}) (line 13)
_NEWTON = (HERE / "derivations_cold11" / "mathse_newton_softplus_logistic_partial_j.md").read_text(encoding="utf-8")


def test_the_softplus_component_by_finite_differences():
    """J = (1/m)Σ log(1 + e^{−yᵢθᵀxᵢ}), yᵢ = ±1: ∂J/∂θⱼ = (1/m)Σ −yᵢxᵢⱼe^{−yᵢθᵀxᵢ}/(1 + e^{−yᵢθᵀxᵢ}); not with +yᵢ."""
    rng = numpy.random.default_rng(11)
    m, k = 5, 3
    x, y = rng.normal(size=(m, k)), rng.choice([-1.0, 1.0], size=m)

    def cost(theta):
        return numpy.mean(numpy.log1p(numpy.exp(-y * (x @ theta))))

    theta = rng.normal(size=k)
    e = numpy.exp(-y * (x @ theta))
    written = numpy.mean((-y[:, None] * x) * (e / (1 + e))[:, None], axis=0)
    numeric = central_differences(cost, theta)
    numpy.testing.assert_allclose(numeric, written, rtol=1e-6)
    assert not numpy.allclose(numeric, -written, rtol=1e-3)


def test_the_newton_page_reads_past_its_update(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _NEWTON)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert {step["line"] for step in review["steps"]} == {12, 13}
    assert any(note.startswith("line 7 is an update rule") for note in review["notes"])


def test_a_slip_after_the_update_is_caught_at_its_line(tmp_path):
    planted = _NEWTON.replace(r"\frac{-y^{(i)} x^{(i)}_j \exp", r"\frac{y^{(i)} x^{(i)}_j \exp")
    assert planted != _NEWTON
    code, ending, wrong, _ = _review(tmp_path, planted)
    assert (code, ending, wrong) == (1, "wrong", [13])


def test_a_step_from_t_is_an_update_too(tmp_path):
    page = _NEWTON.replace(r"\theta_{new} := \theta_{old}", r"\theta_{t+1} := \theta_{t}")
    assert page != _NEWTON
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 7 is an update rule") for note in review["notes"])


def test_a_name_marked_new_defined_from_other_letters_stays_a_definition(tmp_path):
    """z_{new} := θᵀx writes no z on its right: a definition of z_{new} (noted as one), no update."""
    page = _NEWTON.replace(r"\theta_{new} := \theta_{old} - H^{-1} \nabla_{\theta} J(\theta)", r"z_{new} := \theta^T x")
    assert page != _NEWTON
    result = _steps(tmp_path, page, "-f", "text")
    assert "z_{new} := … defines z_{new}" in result.output and "update rule" not in result.output


# -- the f(w) reading in plain text ---------------------------------------------------------------------------------

_PLAIN = "f(w) = 1/2 * sum_i (w^T x_i - y_i)^2\n∂f/∂w_j = sum_i (w^T x_i - y_i) x_ij\n"


def _plain_steps(tmp_path, text):
    path = tmp_path / "steps.txt"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "-f", "text", "--timeout", "60"])


def test_a_plain_f_reads_and_a_slip_after_it_is_caught(tmp_path):
    result = _plain_steps(tmp_path, _PLAIN)
    assert result.exit_code == 0 and "f(w) is read as the cost" in result.output
    result = _plain_steps(tmp_path, _PLAIN + "= sum_i (w^T x_i + y_i) x_ij\n")
    assert result.exit_code == 1 and "wrong at line 3" in result.output


def test_a_plain_f_differentiated_by_the_data_stays_refused(tmp_path):
    """∂f/∂x_j differentiates by the data: no derivative of the cost by a parameter, whatever f names."""
    result = _plain_steps(tmp_path, _PLAIN.replace("∂f/∂w_j = sum_i (w^T x_i - y_i) x_ij", "∂f/∂x_j = sum_i (w^T x_i - y_i) w_j"))
    assert result.exit_code == 2 and "'x' is data" in result.stderr and "Traceback" not in result.stderr

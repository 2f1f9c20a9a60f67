"""fixcold33a: written derivations of tests/derivations_cold33 read as their writers mean them.

Each reading holds a real page (its source named, verbatim) and what it must yield, worked out by hand and checked
independently (central finite differences with NumPy, numpy.linalg.solve), never against logderiv; near-misses that
mean something else must be caught or refused.

* δ, a constant of the lines in matrix form (ridge's J(θ) = (y − Xθ)ᵀ(y − Xθ) + δ²θᵀθ, δ² the penalty's weight);
* a row ``0 = …`` under the gradient: the first-order condition written as an equation, checked as the equations
  after a ``= 0`` are; the solution ``θ = (XᵀX + δ²I)⁻¹Xᵀy`` checked to be ∇J = 0's one solution;
* an increment ``Δw_j = −η ∂J/∂w_j = …`` (Raschka's Adaline) and an update ``\\boldsymbol{w} := \\boldsymbol{w} + Δ\\boldsymbol{w}``:
  update rules, no derivation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy
import pytest

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.errors import InputError
from work import assert_linear

_HERE = Path(__file__).parent
_COLD33 = _HERE / "derivations_cold33"


# -- ridge with δ²: hand-worked gradient and solution, checked by finite differences --------------------------------

def _ridge_data(seed: int = 33):
    generator = numpy.random.default_rng(seed)
    X, y, theta = generator.normal(size=(7, 3)), generator.normal(size=7), generator.normal(size=3)
    return X, y, theta, 0.25  # δ² = 0.25


def test_the_hand_worked_ridge_gradient_and_solution_by_finite_differences():
    X, y, theta, delta2 = _ridge_data()

    def cost(v):
        r = y - X @ v
        return r @ r + delta2 * v @ v

    numeric = central_differences(cost, theta)
    assert numpy.allclose(numeric, -2 * X.T @ y + 2 * X.T @ X @ theta + 2 * delta2 * theta, atol=1e-5)
    # the planted slip: the penalty's 2 dropped
    assert not numpy.allclose(numeric, -2 * X.T @ y + 2 * X.T @ X @ theta + delta2 * theta, atol=1e-3)
    # the solution (XᵀX + δ²I)⁻¹Xᵀy zeroes the gradient, and the halved row 0 = −Xᵀy + XᵀXθ + δ²θ with it
    solution = numpy.linalg.solve(X.T @ X + delta2 * numpy.eye(3), X.T @ y)
    assert numpy.allclose(central_differences(cost, solution), 0, atol=1e-5)
    # a wrong solution (δ² for its sign flipped) does not
    wrong = numpy.linalg.solve(X.T @ X - delta2 * numpy.eye(3), X.T @ y)
    assert not numpy.allclose(central_differences(cost, wrong), 0, atol=1e-3)


# source: public code index file 2008947369 (Chinese Markdown course notes, 岭回归), the cold33 file
# zh_notes_ridge_delta_squared_matrix_expand_then_solve.md, verbatim
_RIDGE = (_COLD33 / "zh_notes_ridge_delta_squared_matrix_expand_then_solve.md").read_text(encoding="utf-8")


def test_the_ridge_page_with_delta_squared_is_read_to_its_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _RIDGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = review["notes"]
    assert any(note.startswith("δ is a constant the lines share") for note in notes)
    assert any("line 16: the row '0 = …' under the gradient" in note for note in notes)
    assert any("lines 16, 17, 18 solve the first-order condition" in note for note in notes)


def test_the_planted_constant_in_the_ridge_page_is_wrong_at_its_line(tmp_path):
    page = (_COLD33 / "zh_notes_ridge_delta_squared_matrix_expand_then_solve_planted_constant.md").read_text(encoding="utf-8")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [15])


def test_a_wrong_solution_after_the_zero_row_is_a_wrong_step(tmp_path):
    page = _RIDGE.replace(r"\theta &= (X^TX + \delta^2I)^{-1}X^Ty", r"\theta &= (X^TX - \delta^2I)^{-1}X^Ty")
    assert page != _RIDGE
    code, ending, wrong, _ = _review(tmp_path, page)
    assert code == 1 and wrong == [18]


def test_a_zero_row_that_drops_the_penalty_is_a_wrong_step(tmp_path):
    page = _RIDGE.replace(r"0 &= -X^Ty + X^TX\theta + \delta^2\theta", r"0 &= -X^Ty + X^TX\theta")
    assert page != _RIDGE
    code, ending, wrong, _ = _review(tmp_path, page)
    assert code == 1 and wrong == [16]


def test_delta_and_lambda_are_two_constants_not_one(tmp_path):
    # J with δ², the lines with λ: two letters, two values (a shared value would read a wrong page as right)
    page = _RIDGE.replace(r"&= -2X^Ty + 2X^TX\theta + 2\delta^2\theta", r"&= -2X^Ty + 2X^TX\theta + 2\lambda\theta")
    assert page != _RIDGE
    code, ending, wrong, _ = _review(tmp_path, page)
    assert code == 1 and wrong == [15]


def test_a_singular_inverse_is_refused_not_judged(tmp_path):
    # (XᵀX − XᵀX)⁻¹ is no matrix: the solution line is not read (refused), never judged
    page = _RIDGE.replace(r"\theta &= (X^TX + \delta^2I)^{-1}X^Ty", r"\theta &= (X^TX - X^TX)^{-1}X^Ty")
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)
    assert "only a matrix of the data is inverted, where it is invertible" in result.output + result.stderr


# -- Raschka's Adaline: an increment Δwⱼ = −η ∂J/∂wⱼ = …, a bold update w := w + Δw, rows laid out as a matrix --------
# source: public code index file 9763189309 (Korean lecture notes on Raschka's "Python Machine Learning" ch. 2), the
# cold33 file ko_notes_adaline_sse_w_j_inner_sum_over_i_repeated.md, verbatim
_ADALINE = (_COLD33 / "ko_notes_adaline_sse_w_j_inner_sum_over_i_repeated.md").read_text(encoding="utf-8")
_PHI = r"\phi\left(z^{\left(i\right)}\right)"
# the page with φ(z⁽ⁱ⁾) written out as the linear activation's value wᵀx⁽ⁱ⁾, and rows 3–4 as Raschka's book writes
# them, ∂/∂wⱼ(y⁽ⁱ⁾ − φ(z⁽ⁱ⁾)) without a second Σᵢ: every step right, ending at the gradient
_WRITTEN_OUT = _ADALINE.replace(_PHI, "(w^Tx^{(i)})")
_BOOK = _WRITTEN_OUT.replace(r"\frac{\partial}{\partial w_j}\sum_i \left(", r"\frac{\partial}{\partial w_j}\left(").replace(
    r"-\sum_k\left(w_kx_k^{\left(i\right)}\right)\right)", r"-\sum_k w_kx_k^{\left(i\right)}\right)")


def test_the_hand_worked_adaline_gradient_by_finite_differences():
    generator = numpy.random.default_rng(9)
    X, y, w = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)

    def cost(v):
        return 0.5 * ((y - X @ v) ** 2).sum()

    numeric = central_differences(cost, w)
    assert numpy.allclose(numeric, -(y - X @ w) @ X, atol=1e-5)
    # the inner Σᵢ read as a second sum: the product of two sums, no gradient
    assert not numpy.allclose(numeric, -(y - X @ w).sum() * X.sum(axis=0), atol=1e-3)


def test_the_real_adaline_page_is_no_longer_refused_as_several_chains(tmp_path):
    # the increment (line 14) and the bold updates (lines 8, 16) are set aside; the page stops at φ, which its prose
    # names a linear activation only in words (not read: a reading for another day, or --let)
    assert _BOOK != _WRITTEN_OUT != _ADALINE
    result = _steps(tmp_path, _ADALINE)
    said = result.output + result.stderr
    assert result.exit_code not in (0, 1)
    assert "each a chain of '='" not in said and "'phi'" in said


def test_the_adaline_rows_in_a_matrix_with_the_increment_beside_are_read_right(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _BOOK)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = review["notes"]
    assert any(note.startswith("line 14 is an update rule (Δ, the increment an update adds) written out with the "
                               "gradient") for note in notes)
    assert any(note.startswith("line 10 is an update rule (Δ, the increment an update adds), not a step")
               for note in notes)
    assert any(note.startswith(r"line 8 is an update rule (:=), not a step: not read (\boldsymbol{w}:=") for note in notes)
    # line 17 restates ∂J/∂wⱼ (compared with line 12's end), then its six &=& rows are six steps
    assert [step["line"] for step in review["steps"]].count(17) == 7


def test_the_inner_sum_over_the_same_index_is_refused_not_guessed(tmp_path):
    # ∂/∂wⱼ Σᵢ(…) inside Σᵢ: a second sum (a product of sums, wrong) or a slip of notation for the outer i (right)
    result = _steps(tmp_path, _WRITTEN_OUT)
    assert result.exit_code not in (0, 1)
    assert "a sum over examples inside another sum over examples" in result.output + result.stderr


def test_a_slip_in_a_matrix_row_is_wrong_at_its_line(tmp_path):
    page = _BOOK.replace(r"\frac{1}{2}\sum_i 2\left(", r"\frac{1}{2}\sum_i \left(")
    assert page != _BOOK
    assert _review(tmp_path, page)[:3] == (1, "gradient", [17])  # wrong at 17, repaired by the rows after it


def test_an_increment_without_a_learning_rate_is_no_update(tmp_path):
    # Δwⱼ = ∂J/∂wⱼ = ηΣ…: no rate before the derivative, so no increment; not set aside (refused, as before)
    page = _BOOK.replace(r"\Delta w_j=-\eta\frac{\partial J}", r"\Delta w_j=\frac{\partial J}")
    assert page != _BOOK
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)


def test_a_real_matrix_is_still_no_layout_of_rows(tmp_path):
    page = _BOOK.replace(r"\begin{matrix}\frac{\partial J}{\partial w_j} &=& ",
                         r"\begin{matrix}\frac{\partial J}{\partial w_j} & ")
    assert page != _BOOK
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)
    assert "the environment 'matrix' is not supported" in result.output + result.stderr


def test_the_readings_stay_linear_on_long_input():
    from logderiv.notation import page

    # counted, not timed (tests/work.py). A pattern's match is one regular expression's work, which a count cannot
    # see: it is timed as a ratio by benchmarks/scaling.py ("update rows"); here, what the patterns give
    def update_rows(n: int) -> Callable[[], object]:
        texts = ["\\Delta w_j = -\\eta " + "a" * (10 * n), "\\boldsymbol{w}:=" + "w+" * (5 * n),
                 "\\Delta" * (2 * n) + "=" * (n // 2)]
        return lambda: [(page._INCREMENT.fullmatch(text) is not None, page._ASSIGNMENT.fullmatch(text) is not None)
                        for text in texts]

    assert update_rows(2_000)() == [(True, False), (False, False), (False, False)]
    assert_linear(update_rows, 500)
    from logderiv.notation.document import read_document

    # matrices never closed: 260 and 1,040 of them (the latter 20,000 characters) make about 25,000 and 86,000 calls
    # (3.4x), both refused (more than 200 steps)
    def matrices(n: int) -> Callable[[], bool]:
        text = "\\begin{matrix}a&=&b" * n

        def refused() -> bool:
            try:
                read_document(text)
            except InputError:
                return True
            return False
        return refused

    assert matrices(260)()
    assert_linear(matrices, 260)


# -- the label's probability stated as a chain beside the derivation; ∂J(w)/w_j with the denominator's ∂ dropped ----
# The probability rows are the cold33 Newton post's (public code index file 16905444889, lines 7–8, verbatim but for
# θ for β and e^{−θᵀx} written as its writer's e^{βᵀx} form flipped to the logistic model of θ); the derivative's head
# is cold32's ∂J(w)/w_j (public code index file 39809082659, line 46), here with θ.
_PROBABILITY = (
    "The model gives the label's probability:\n\n$$\n\\begin{align*}\n"
    "&P(y=1|x;\\theta) = \\frac{1}{1+e^{-\\theta^{T}x}} \\\\\n"
    "&P(y=0|x;\\theta) = 1 - \\frac{1}{1+e^{-\\theta^{T}x}} = \\frac{e^{-\\theta^{T}x}}{1+e^{-\\theta^{T}x}} \\\\\n"
    "\\end{align*}\n$$\n\n"
    "The cost is $J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^m [y^{(i)}\\log \\sigma(\\theta^Tx^{(i)}) + (1-y^{(i)})"
    "\\log(1-\\sigma(\\theta^Tx^{(i)}))]$ and\n\n$$\n"
    "\\frac{\\partial J(\\theta)}{\\theta_j} = -\\frac{1}{m}\\sum_{i=1}^m (y^{(i)} - \\sigma(\\theta^Tx^{(i)}))x_j^{(i)}"
    " = \\frac{1}{m}\\sum_{i=1}^m (\\sigma(\\theta^Tx^{(i)}) - y^{(i)})x_j^{(i)}\n$$\n"
)


def test_the_hand_worked_logistic_gradient_by_finite_differences():
    generator = numpy.random.default_rng(32)
    X, theta = generator.normal(size=(7, 3)), generator.normal(size=3)
    labels = (generator.random(7) < 0.5).astype(float)

    def cost(v):
        p = 1 / (1 + numpy.exp(-X @ v))
        return -(labels * numpy.log(p) + (1 - labels) * numpy.log(1 - p)).mean()

    p = 1 / (1 + numpy.exp(-X @ theta))
    numeric = central_differences(cost, theta)
    assert numpy.allclose(numeric, (p - labels) @ X / 7, atol=1e-6)
    assert not numpy.allclose(numeric, (labels - p) @ X / 7, atol=1e-3)  # the sign slip below
    # the probability rows: 1 − σ(u) = e^{−u}/(1 + e^{−u})
    u = X @ theta
    assert numpy.allclose(1 - p, numpy.exp(-u) / (1 + numpy.exp(-u)))


def test_a_probability_chain_beside_the_derivation_is_set_aside_and_the_dropped_partial_read(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _PROBABILITY)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = review["notes"]
    assert any(note.startswith("line 4 states the label's probability given the features") for note in notes)
    assert any(note.startswith("∂J/\\theta_j (\\frac{\\partial J}{\\theta_j}) is read as ∂J/∂\\theta_j") for note in notes)


def test_a_sign_slip_after_the_dropped_partial_is_wrong(tmp_path):
    page = _PROBABILITY.replace(" = \\frac{1}{m}\\sum_{i=1}^m (\\sigma", " = \\frac{1}{m}\\sum_{i=1}^m -(\\sigma")
    assert page != _PROBABILITY
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [13])


def test_a_probability_chain_with_a_model_name_in_it_is_kept(tmp_path):
    # p(y=1|x;w) = σ(wᵀx + b) = σ(z) (cold32's notes): σ(z) may define z, which the derivation writes; not set aside
    page = (_COLD33.parent / "derivations_cold32" / "zh_notes_logistic_w_j_sum_without_one_over_m_four_lines.md").read_text(
        encoding="utf-8")
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)
    assert "each a chain of '='" in result.output + result.stderr


def test_the_newton_post_is_no_longer_refused_as_several_chains(tmp_path):
    # its probability rows set aside, the page stops further on (its cost's name l read in matrix form)
    page = (_COLD33 / "en_notes_logistic_loglik_softplus_beta_newton_gradient.md").read_text(encoding="utf-8")
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)
    assert "each a chain of '='" not in result.output + result.stderr


@pytest.mark.parametrize("below", [r"x_j", r"z", r"\sum_i w_i", r"w_j x_j"])
def test_a_denominator_that_is_no_parameter_alone_is_still_refused(tmp_path, below):
    page = _PROBABILITY.replace(r"\frac{\partial J(\theta)}{\theta_j}", rf"\frac{{\partial J(\theta)}}{{{below}}}")
    assert page != _PROBABILITY
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)


def test_a_probability_chain_alone_is_left_as_it_was(tmp_path):
    page = _PROBABILITY.split("The cost is")[0]
    result = _steps(tmp_path, page)
    assert result.exit_code not in (0, 1)
    assert "states the label's probability" not in result.output

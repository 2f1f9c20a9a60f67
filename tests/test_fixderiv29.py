"""fixderiv29: cold reading of written derivations (issue 10), one family of real layouts per section.

Each section quotes the real text (or a minimal real-shaped excerpt, with its source) and the result worked
out by hand; the mathematics behind the hand-worked results is checked with NumPy (finite differences),
never against logderiv. Near-variants that mean something else (a planted slip, another layout) are
checked to be caught.
"""

from __future__ import annotations

import numpy
import pytest

from _derivations_table import review_of_page as _review, steps_of_page as _steps


def _gradient_by_finite_differences(cost, w: numpy.ndarray) -> numpy.ndarray:
    step = 1e-6
    return numpy.array([(cost(w + step * e) - cost(w - step * e)) / (2 * step) for e in numpy.eye(len(w))])


# -- matrix form: ∂/∂w (or d/dw) by the whole vector, the operator written before the number, is ∇_w --------------
#
# mlcourse.ai, Topic 4 Part 1 (tests/derivations_cold/mlcourse_ols_matrix_array.md), the vectors in \textbf and
# the transpose ^{\text{T}}:  ∂L/∂w = ∂/∂w (1/2n)(yᵀy − 2yᵀXw + wᵀXᵀXw) = (1/2n)(−2Xᵀy + 2XᵀXw).
# By hand: ∇(yᵀXw) = Xᵀy and ∇(wᵀXᵀXw) = 2XᵀXw (XᵀX symmetric), so the last line is ∇ of the number under ∂/∂w.

_MLCOURSE = (
    "What we get is:\n\n"
    r"$$\Large \begin{array}{rcl} \frac{\partial \mathcal{L}}{\partial \textbf{w}} &=& \frac{\partial}{\partial "
    r"\textbf{w}} \frac{1}{2n} \left( \textbf{y}^{\text{T}} \textbf{y} -2\textbf{y}^{\text{T}} \textbf{X} \textbf{w} "
    r"+ \textbf{w}^{\text{T}} \textbf{X}^{\text{T}} \textbf{X} \textbf{w}\right) \\" "\n"
    r"&=& \frac{1}{2n} \left(-2 \textbf{X}^{\text{T}} \textbf{y} + 2\textbf{X}^{\text{T}} \textbf{X} \textbf{w}\right)"
    "\n" r"\end{array}$$" "\n"
)


def test_the_hand_worked_matrix_gradients_by_finite_differences():
    generator = numpy.random.default_rng(29)
    X, y, w = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    n = 5
    cost = lambda v: (y @ y - 2 * y @ X @ v + v @ X.T @ X @ v) / (2 * n)  # noqa: E731
    assert numpy.allclose(_gradient_by_finite_differences(cost, w), (-2 * X.T @ y + 2 * X.T @ X @ w) / (2 * n))
    # the expansion of mse1540047's (y − Xw)ᵀ(y − Xw), and its gradient −2Xᵀy + 2XᵀXw
    squared = lambda v: (y - X @ v) @ (y - X @ v)  # noqa: E731
    assert numpy.isclose(squared(w), y @ y - 2 * y @ X @ w + w @ X.T @ X @ w)
    assert numpy.allclose(_gradient_by_finite_differences(squared, w), -2 * X.T @ y + 2 * X.T @ X @ w)


def test_the_derivative_by_the_bold_vector_before_the_number_is_read_as_its_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _MLCOURSE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [3, 4]


@pytest.mark.parametrize("slip, line", [
    (r"2\textbf{X}^{\text{T}} \textbf{X} \textbf{w}\right)", 4),  # the 2 of 2XᵀXw dropped (the planted file's slip)
    (r"-2 \textbf{X}^{\text{T}} \textbf{y}", 4),  # the sign of Xᵀy flipped
])
def test_a_slip_in_the_bold_matrix_derivation_is_found_on_its_line(tmp_path, slip, line):
    planted = {r"2\textbf{X}^{\text{T}} \textbf{X} \textbf{w}\right)": r"\textbf{X}^{\text{T}} \textbf{X} \textbf{w}\right)",
               r"-2 \textbf{X}^{\text{T}} \textbf{y}": r"2 \textbf{X}^{\text{T}} \textbf{y}"}[slip]
    text = _MLCOURSE.replace(slip, planted)
    assert text != _MLCOURSE
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "wrong", [line])


def test_the_same_derivation_in_plain_letters_and_an_aligned_block_is_read_alike(tmp_path):
    text = ("$$\\begin{aligned}\n\\frac{\\partial L}{\\partial w} &= \\frac{\\partial}{\\partial w} \\frac{1}{2n}"
            "(y^T y - 2y^T X w + w^T X^T X w) \\\\\n&= \\frac{1}{2n}(-2X^T y + 2X^T X w) \\\\\n"
            "&= \\frac{1}{n}X^T(Xw - y)\n\\end{aligned}$$\n")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    # by hand: (1/n)Xᵀ(Xw + y) is (1/2n)(2XᵀXw + 2Xᵀy), not the line before
    code, ending, wrong, _ = _review(tmp_path, text.replace("X^T(Xw - y)", "X^T(Xw + y)"))
    assert (code, ending, wrong) == (1, "wrong", [4])


def test_a_derivative_by_one_component_in_matrix_form_stays_refused_saying_why(tmp_path):
    result = _steps(tmp_path, _MLCOURSE.replace(r"{\partial \textbf{w}} \frac{1}{2n}", r"{\partial \textbf{w}_j} \frac{1}{2n}"))
    assert result.exit_code == 2, result.output
    assert "not the whole parameter vector" in result.stderr and "^" in result.stderr


def test_a_derivative_by_another_vector_than_the_lines_write_is_refused(tmp_path):
    # ∂/∂θ of a number in w is 0, never its gradient: which vector is meant?
    result = _steps(tmp_path, _MLCOURSE.replace(r"{\partial \textbf{w}} \frac{1}{2n}", r"{\partial \theta} \frac{1}{2n}"))
    assert result.exit_code == 2, result.output
    assert "differentiates by θ" in result.stderr


# math.stackexchange 1540047 (tests/derivations_cold/mse1540047_least_squares_unfinished.md): the cost's chain in an
# inline $…$ line, then d/dw of each rewrite, the X glued to its neighbours (y^TXw, y - Xw). By hand every step is
# an expansion or a scalar's transpose, and the last line still has d/dw to take: unfinished.

_MSE1540047 = (
    "The loss function of a Least Squares Regression is defined as (for example, in this question) :\n"
    "$L(w) = (y - Xw)^T (y - Xw) = (y^T - w^TX^T)(y - Xw)$\n"
    "Taking the derivatives of the loss w.r.t. the parameter vector $w$:\n"
    r"\begin{align} \frac{d L(w)}{d w} & = \frac{d}{dw} (y^T - w^TX^T)(y - Xw) \\ & = \frac{d}{dw} "
    r"(y^Ty - y^TXw - w^TX^Ty + w^TX^TXw) \\ & = \frac{d}{dw} (y^Ty - y^TXw - (y^TXw)^T + w^TX^TXw) \end{align}" "\n"
    "as the second and third terms are scalars resulting in the same quantity, this implies,\n"
    r"\begin{align} & = \frac{d}{dw} (y^Ty - 2y^TXw + w^TX^TXw) \end{align}" "\n"
)
_LAST = r"\begin{align} & = \frac{d}{dw} (y^Ty - 2y^TXw + w^TX^TXw) \end{align}"


def test_d_by_dw_of_each_rewrite_is_an_unfinished_matrix_derivation(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _MSE1540047)
    assert (code, ending, wrong) == (1, "unfinished", [])


@pytest.mark.parametrize("last, expected", [
    # finished by hand: d/dw (yᵀy − 2yᵀXw + wᵀXᵀXw) = −2Xᵀy + 2XᵀXw
    (r"\\ & = -2X^Ty + 2X^TXw", (0, "gradient", [])),
    # the 2 of 2XᵀXw dropped
    (r"\\ & = -2X^Ty + X^TXw", (1, "wrong", [6])),
])
def test_the_least_squares_question_finished_is_judged_on_its_last_line(tmp_path, last, expected):
    text = _MSE1540047.replace(_LAST, _LAST.replace(r" \end{align}", f" {last} \\end{{align}}"))
    assert text != _MSE1540047
    assert _review(tmp_path, text)[:3] == expected


def test_a_sign_slip_in_the_expansion_is_the_first_wrong_step(tmp_path):
    # by hand: −wᵀXᵀy written +wᵀXᵀy; the later lines go on from the right expansion, still under d/dw
    text = _MSE1540047.replace("- y^TXw - w^TX^Ty + w^TX^TXw", "- y^TXw + w^TX^Ty + w^TX^TXw")
    assert text != _MSE1540047
    assert _review(tmp_path, text)[:3] == (1, "unfinished", [4])


def test_a_wrong_rewrite_of_the_cost_is_found_on_its_line(tmp_path):
    # by hand: (y − Xw)ᵀ(y + Xw) = yᵀy − wᵀXᵀXw (+ yᵀXw − wᵀXᵀy = 0), not (y − Xw)ᵀ(y − Xw)
    text = _MSE1540047.replace("(y - Xw)^T (y - Xw) =", "(y - Xw)^T (y + Xw) =")
    assert _review(tmp_path, text)[:3] == (1, "wrong", [2])

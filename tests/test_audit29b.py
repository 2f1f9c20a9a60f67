"""audit29b: near-variants of this session's readings of written derivations and of ReLU that mean something else.

Each test names the text a person could write, what it means worked out by hand (checked here with NumPy's finite
differences, never against logderiv), and what logderiv must do: read it so, or refuse it.
"""

from __future__ import annotations

import numpy
import pytest
from click.testing import CliRunner

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.cli import main


def _derive(*arguments: str):
    return CliRunner().invoke(main, ["derive", "-f", "text", *arguments])


# -- a bracketless function of a bare number, then a factor: relu 2z ------------------------------------------------
#
# "relu 2z", like "\tanh 2x" in every textbook, means relu(2z), whose derivative is 2·heaviside(2z); it was derived as
# z·ReLU(2) = 2z, whose derivative is 2 everywhere: at z = −0.3 the two are 0 and 2.


def test_the_hand_worked_meaning_of_relu_2z_by_finite_differences():
    relu = lambda v: numpy.maximum(0.0, v[0])  # noqa: E731
    meant = lambda v: relu(2 * v)  # noqa: E731
    literal = lambda v: v[0] * relu(numpy.array([2.0]))  # noqa: E731
    at = numpy.array([-0.3])
    assert numpy.allclose(central_differences(meant, at), [0.0])
    assert numpy.allclose(central_differences(literal, at), [2.0])


@pytest.mark.parametrize("cost", ["relu 2z", "ReLU 2 z", r"\mathrm{ReLU} 2z", r"\tanh 2z", "sigma 2z", "softplus 2z"])
def test_a_function_of_a_bare_number_before_a_factor_is_refused(cost):
    result = _derive(cost, "--wrt", "z")
    assert result.exit_code == 2, result.output
    assert "is ambiguous" in result.stderr and "of a constant" in result.stderr


@pytest.mark.parametrize("cost", ["relu(2z)", "relu z", "relu(z) (1 + z)", r"\sqrt 2 z"])
def test_the_bracketed_and_single_operand_forms_stay_read(cost):
    assert _derive(cost, "--wrt", "z").exit_code == 0


# -- costs listed side by side, the later one the earlier plus a penalty, neither written under the derivative -------
#
# J = ½(Xθ − y)ᵀ(Xθ − y), then ridge's J = ½(Xθ − y)ᵀ(Xθ − y) + (λ/2)θᵀθ, then ∇J = ∇[½(Xθ − y)ᵀ(Xθ − y)] + λθ =
# XᵀXθ − Xᵀy + λθ: by hand a right derivation of ridge's gradient. It was judged wrong at line 10 (the ridge
# definition, checked as a rewrite of the least squares J) and at line 15 (its right first step).

_LISTED = r"""Least squares:

$$
J(\theta) = \frac{1}{2} (X\theta - y)^T(X\theta - y)
$$

Ridge:

$$
J(\theta) = \frac{1}{2} (X\theta - y)^T(X\theta - y) + \frac{\lambda}{2}\theta^T\theta
$$

$$
\begin{aligned}
\nabla_\theta J(\theta) & = \nabla_\theta [\frac{1}{2} (X\theta - y)^T(X\theta - y)] + \lambda\theta \\
& = X^T X \theta - X^T y + \lambda\theta
\end{aligned}
$$
"""


def test_the_hand_worked_ridge_gradient_by_finite_differences():
    generator = numpy.random.default_rng(292)
    X, y, theta, lam = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.7
    ridge = lambda t: 0.5 * (X @ t - y) @ (X @ t - y) + lam / 2 * t @ t  # noqa: E731
    assert numpy.allclose(central_differences(ridge, theta), X.T @ X @ theta - X.T @ y + lam * theta)


def test_a_right_ridge_derivation_beside_the_least_squares_cost_is_refused_not_judged_wrong(tmp_path):
    # fixcosts31: the derivation's lines write λθ, the penalty's strength that the least-squares cost never writes:
    # they derive ridge's cost, read so with a note (was refused, "which one does it derive?"); its gradient is
    # checked by finite differences above, and dropping the λθ is still wrong, never read as least squares
    result = _steps(tmp_path, _LISTED)
    assert result.exit_code == 0, result.output
    assert "with a penalty added" in result.output and "λ" in result.output
    assert _review(tmp_path, _LISTED.replace(r"- X^T y + \lambda\theta", r"- X^T y"))[:2] == (1, "wrong")


def test_the_same_page_in_index_form_is_refused_too(tmp_path):
    # J = (1/2m)Σ(θᵀx − y)², then the same + (λ/2m)Σθⱼ², then ∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ: right for the first only
    text = ("$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - y^{(i)})^2$$\n\n"
            "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - y^{(i)})^2 + \\frac{\\lambda}{2m}\\sum_{j=1}^n"
            "\\theta_j^2$$\n\n$$\\frac{\\partial}{\\partial \\theta_j} J(\\theta) = \\frac{1}{m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - "
            "y^{(i)})x_j^{(i)}$$\n")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "which one does it derive?" in result.stderr


def test_the_ridge_cost_written_out_under_the_derivative_is_still_derived(tmp_path):
    # the derivation names which cost: ridge's, whose gradient XᵀXθ − Xᵀy + λθ is checked by hand above
    text = _LISTED.replace(r"\nabla_\theta [\frac{1}{2} (X\theta - y)^T(X\theta - y)] + \lambda\theta",
                           r"\nabla_\theta [\frac{1}{2} (X\theta - y)^T(X\theta - y) + \frac{\lambda}{2}\theta^T\theta]")
    assert text != _LISTED
    assert _review(tmp_path, text)[:3] == (0, "gradient", [])
    assert _review(tmp_path, text.replace(r"- X^T y + \lambda\theta", r"- X^T y"))[:3] == (1, "wrong", [16])


# -- an equation's number by section (2.1) or with a letter (3a) ----------------------------------------------------
#
# ∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ is the gradient of (1/2m)Σ(θᵀx − y)²; "\qquad (2.1)" at the row's end is its number, as
# (7) is. It was read as a factor 2.1 and the right row judged wrong.

_ROW = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
_COST = "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - y^{(i)})^2$$\n\n"


def test_the_hand_worked_linear_gradient_by_finite_differences():
    generator = numpy.random.default_rng(2921)
    X, y, theta = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    cost = lambda t: (X @ t - y) @ (X @ t - y) / (2 * 5)  # noqa: E731
    assert numpy.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / 5)


@pytest.mark.parametrize("number", ["2.1", "3a", "4.2.1"])
def test_an_equation_number_by_section_or_letter_is_not_read(tmp_path, number):
    code, ending, wrong, review = _review(tmp_path, f"{_COST}$${_ROW} \\qquad ({number})$$\n")
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert f"line 3: ({number}), set apart by a space at the end of its row, is the equation's number: not read" \
        in review["notes"]


@pytest.mark.parametrize("space", [r"\hspace{1cm} ", r"\hspace*{2em}", "~~~ "])
def test_an_equation_number_set_apart_by_hspace_or_ties_is_not_read(tmp_path, space):
    # \hspace{…} was dropped and ~ read as a space, so (7) became a factor 7 and the right row was judged wrong
    code, ending, wrong, review = _review(tmp_path, f"{_COST}$${_ROW} {space}(7)$$\n")
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert "line 3: (7), set apart by a space at the end of its row, is the equation's number: not read" in review["notes"]


@pytest.mark.parametrize("after", [r" \label{eq:gradient}", r" \nonumber", " % the gradient"])
def test_an_equation_number_before_a_label_or_comment_is_not_read(tmp_path, after):
    # … \qquad (7) \label{…}: the number still ends its row; it was a factor 7, and the right row judged wrong
    code, ending, wrong, review = _review(tmp_path, f"{_COST}$${_ROW} \\qquad (7){after}\n$$\n")
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert "line 3: (7), set apart by a space at the end of its row, is the equation's number: not read" in review["notes"]


def test_a_slip_beside_an_hspace_numbered_equation_is_still_found(tmp_path):
    page = f"{_COST}$${_ROW.replace('{1}{m}', '{2}{m}')} \\hspace{{1cm}} (7)$$\n"
    assert "{2}{m}" in page and "hspace{1cm}" in page
    assert _review(tmp_path, page)[:3] == (1, "wrong", [3])


def test_a_slip_beside_a_section_numbered_equation_is_found(tmp_path):
    page = f"{_COST}$${_ROW.replace('{1}{m}', '{2}{m}')} \\qquad (2.1)$$\n"
    assert "{2}{m}" in page
    assert _review(tmp_path, page)[:3] == (1, "wrong", [3])


# -- the chain rule through the page's names, by the whole cost's ∂J/∂z_i rather than one example's dJ_i/dz_i ------
#
# z_i = wᵀx_i + b, J = ½Σ(z_i − y_i)², ∇_w J = Σ (∂J/∂z_i)(∂z_i/∂w) = Σ(z_i − y_i)x_i: by hand ∂J/∂z_i = z_i − y_i
# (only the i-th term holds z_i), so every step holds. ∂J/∂z_i was read as 0 (J a name of its own) and the right
# step judged wrong.

_WHOLE_COST_FACTOR = (r"$$z_i = w^\top x_i + b$$" "\n\n" r"$$J(w,b) = \frac{1}{2}\sum_{i=1}^n (z_i - y_i)^2$$" "\n\n"
                      r"$$\nabla_w J = \sum_{i=1}^n \frac{\partial J}{\partial z_i} \frac{\partial z_i}{\partial w} = "
                      r"\sum_{i=1}^n (z_i - y_i) x_i$$" "\n")


def test_the_hand_worked_factor_of_the_whole_cost_by_finite_differences():
    generator = numpy.random.default_rng(2922)
    X, y, w, b = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3), 0.4
    cost_of_z = lambda z: 0.5 * (z - y) @ (z - y)  # noqa: E731
    z = X @ w + b
    assert numpy.allclose(central_differences(cost_of_z, z), z - y)
    cost = lambda v: cost_of_z(X @ v + b)  # noqa: E731
    assert numpy.allclose(central_differences(cost, w), X.T @ (z - y))


def test_the_whole_costs_derivative_by_one_examples_name_is_refused_not_read_as_zero(tmp_path):
    result = _steps(tmp_path, _WHOLE_COST_FACTOR)
    assert result.exit_code == 2, result.output
    assert "it would be 0" in result.stderr and "^" in result.stderr


def test_one_examples_term_by_its_name_is_still_read(tmp_path):
    text = _WHOLE_COST_FACTOR.replace("\n\n$$\\nabla", "\n\n$$J_i = \\frac{1}{2}(z_i - y_i)^2$$\n\n$$\\nabla") \
        .replace(r"\frac{\partial J}{\partial z_i}", r"\frac{d J_i}{d z_i}")
    assert "J_i =" in text
    assert _review(tmp_path, text)[:3] == (0, "gradient", [])


# -- a matrix-form line with σ, log or ReLU of θ: no polynomial, so expanding the difference decides nothing ------
#
# By hand: σ(u) = 1 − σ(−u), so Xᵀ(1 − σ(−Xw) − y) is the logistic gradient Xᵀ(σ(Xw) − y); heaviside(u)·u = ReLU(u),
# so Xᵀ(heaviside(Xw) ⊙ (Xw − y)) is the gradient Xᵀ(heaviside(Xw) ⊙ (ReLU(Xw) − y)) of ½‖ReLU(Xw) − y‖². Both were
# judged wrong, with a 'counterexample' whose two sides are equal; Xᵀ(Xw − y), ReLU's step dropped, is wrong.

_LOGISTIC = r"\frac{d}{dw}\left[-y^T\log\sigma(Xw) - (1-y)^T\log(1-\sigma(Xw))\right]"
_RELU = r"\frac{d}{dw}\frac{1}{2}(\mathrm{ReLU}(Xw) - y)^T(\mathrm{ReLU}(Xw) - y)"


def test_the_hand_worked_logistic_and_relu_gradients_by_finite_differences():
    generator = numpy.random.default_rng(2923)
    X, y, w = generator.normal(size=(6, 3)), generator.uniform(size=6), generator.normal(size=3)
    sigma = lambda u: 1 / (1 + numpy.exp(-u))  # noqa: E731
    logistic = lambda v: -y @ numpy.log(sigma(X @ v)) - (1 - y) @ numpy.log(1 - sigma(X @ v))  # noqa: E731
    assert numpy.allclose(central_differences(logistic, w), X.T @ (1 - sigma(-X @ w) - y))
    relu = lambda v: numpy.maximum(0.0, X @ v)  # noqa: E731
    squared = lambda v: 0.5 * (relu(v) - y) @ (relu(v) - y)  # noqa: E731
    step = (X @ w > 0).astype(float)
    assert numpy.allclose(central_differences(squared, w), X.T @ (step * (X @ w - y)))
    assert not numpy.allclose(central_differences(squared, w), X.T @ (X @ w - y))  # ReLU's step dropped


@pytest.mark.parametrize("line", [
    rf"$${_LOGISTIC} = X^T(1 - \sigma(-Xw) - y)$$",
    r"$$\frac{d}{dw}\left[-y^T\log\sigma(Xw) - (1-y)^T\log(\sigma(-Xw))\right] = X^T(\sigma(Xw) - y)$$",
    rf"$${_RELU} = X^T(\mathrm{{heaviside}}(Xw) \odot (Xw - y))$$",
    rf"$${_RELU} = X^T(\mathrm{{ReLU}}(Xw) - \mathrm{{heaviside}}(Xw) \odot y)$$",
])
def test_a_matrix_line_right_by_an_identity_of_its_functions_holds(tmp_path, line):
    assert _review(tmp_path, line + "\n")[:3] == (0, "gradient", [])


def test_a_matrix_line_without_relus_step_is_wrong_with_a_real_counterexample(tmp_path):
    code, ending, wrong, review = _review(tmp_path, rf"$${_RELU} = X^T(Xw - y)$$" "\n")
    assert (code, ending, wrong) == (1, "wrong", [1])
    shown = review["steps"][0]["counterexample"]
    assert "heaviside" not in shown["previous"] and shown["previous"] != shown["this"]


# -- the cost's name with a bold argument, J(\mathbf{w}), in matrix form ---------------------------------------------
#
# J(w) = ½Σ(wᵀxᵢ − yᵢ)² = ½(Xw − y)ᵀ(Xw − y), ∇J = Xᵀ(Xw − y) (by hand, checked by finite differences above for ½‖Xθ −
# y‖²'s gradient with X m×n): the same page with plain w was read, with bold w it was refused at J.

_BOLD = (r"$$J(\mathbf{w}) = \frac{1}{2}\sum_{i=1}^m (\mathbf{w}^T\mathbf{x}_i - y_i)^2 = "
         r"\frac{1}{2}(\mathbf{X}\mathbf{w} - \mathbf{y})^T(\mathbf{X}\mathbf{w} - \mathbf{y})$$" "\n\n"
         r"$$\nabla_{\mathbf{w}} J = \mathbf{X}^T(\mathbf{X}\mathbf{w} - \mathbf{y})$$" "\n")


def test_the_hand_worked_least_squares_gradient_without_a_half_by_finite_differences():
    generator = numpy.random.default_rng(2924)
    X, y, w = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    assert numpy.allclose(central_differences(lambda v: (X @ v - y) @ (X @ v - y), w), 2 * X.T @ (X @ w - y))


def test_the_costs_name_with_a_bold_argument_is_read(tmp_path):
    assert _review(tmp_path, _BOLD)[:3] == (0, "gradient", [])
    slipped = _BOLD.replace(r"\mathbf{X}^T(\mathbf{X}\mathbf{w} - \mathbf{y})$$", r"\mathbf{X}^T(\mathbf{X}\mathbf{w} + \mathbf{y})$$")
    assert slipped != _BOLD
    assert _review(tmp_path, slipped)[:3] == (1, "wrong", [3])
    # ‖Xw − y‖² has gradient 2Xᵀ(Xw − y) (by hand, above)
    norm = (r"$$J(\mathbf{w}) = \|\mathbf{X}\mathbf{w} - \mathbf{y}\|^2$$" "\n\n"
            r"$$\frac{\partial J}{\partial \mathbf{w}} = 2\mathbf{X}^T(\mathbf{X}\mathbf{w} - \mathbf{y})$$" "\n")
    assert _review(tmp_path, norm)[:3] == (0, "gradient", [])
    assert _review(tmp_path, norm.replace(r"= 2\mathbf{X}^T", r"= \mathbf{X}^T"))[:3] == (1, "wrong", [3])


def test_a_matrix_line_compared_at_random_theta_says_so_in_its_check(tmp_path):
    """The sampled comparison (6 random θ at each size, 50 digits, rel. tol. 1e-30) is what the step's check shows.

    It was shown under the exact check's label, 'rel. tol. 0', as if the line's difference had expanded to zero.
    """
    code, ending, wrong, review = _review(tmp_path, rf"$${_LOGISTIC} = X^T(1 - \sigma(-Xw) - y)$$" "\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    check = review["steps"][0]["verified"]
    assert check["method"] == "numeric" and check["tolerance"] == 1e-30 and check["points"] == 6, check
    polynomial = _review(tmp_path, r"$$\frac{d}{dw}\frac{1}{2}(Xw - y)^T(Xw - y) = X^T(Xw - y)$$" "\n")
    assert polynomial[:3] == (0, "gradient", []) and polynomial[3]["steps"][0]["verified"]["tolerance"] == 0.0

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


# -- a page that lists costs side by side (least squares, ridge, lasso) and derives the one it writes out -----------
#
# tests/derivations_cold4/ls_matrix_ridge_lasso_notes.md (public code index file 46233312351): three J(θ) displays,
# then ∇_θ J(θ) = ∇_θ[½(Xθ − y)ᵀ(Xθ − y)] = … = XᵀXθ − Xᵀy. By hand the derivation differentiates the first
# display's cost (its last side, written identically under ∇); ridge's and lasso's J are other costs, and the
# steps are valid: ∇θᵀXᵀXθ = 2XᵀXθ, ∇θᵀXᵀy = ∇yᵀXθ = Xᵀy, so ½[2XᵀXθ − Xᵀy − (yᵀX)ᵀ] = XᵀXθ − Xᵀy.

_LISTED_COSTS = r"""linear regression error:

$$
J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 = \frac{1}{2} (X\theta - y)^T(X\theta - y)
$$

Ridge regression error (with regularization):

$$
J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 + \frac{\alpha}{2}\sum_{i=1}^{n}\theta_i^2
$$

Lasso regression error (with regularization):

$$
J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 + \alpha\sum_{i=1}^{n}|\theta_i|
$$

$$
\begin{aligned}
\nabla_\theta J(\theta) & = \nabla_\theta [\frac{1}{2} (X\theta - y)^T(X\theta - y)] \\
& = \nabla_\theta [\frac{1}{2} (\theta^T X^T - y^T)(X\theta - y)] \\
& = \nabla_\theta [\frac{1}{2} (\theta^T X^T X \theta - \theta^T X^T y - y^T X \theta + y^T y)] \\
& = \frac{1}{2} [2 X^T X \theta - X^T y - (y^T X)^T] \\
& = X^T X \theta - X^T y
\end{aligned}
$$
"""


def test_the_hand_worked_least_squares_gradient_by_finite_differences():
    generator = numpy.random.default_rng(2929)
    X, y, theta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    cost = lambda t: 0.5 * (X @ t - y) @ (X @ t - y)  # noqa: E731
    assert numpy.allclose(_gradient_by_finite_differences(cost, theta), X.T @ X @ theta - X.T @ y)


def test_of_costs_listed_side_by_side_the_one_written_under_the_derivative_is_derived(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _LISTED_COSTS)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]][-5:] == [21, 22, 23, 24, 25]
    set_aside = [note for note in review["notes"] if "defines another cost" in note]
    assert [note.split()[1] for note in set_aside] == ["10", "16"]


def test_a_sign_slip_after_costs_listed_side_by_side_is_found(tmp_path):
    # by hand: XᵀXθ + Xᵀy is not ½[2XᵀXθ − 2Xᵀy]
    text = _LISTED_COSTS.replace(r"& = X^T X \theta - X^T y", r"& = X^T X \theta + X^T y")
    assert _review(tmp_path, text)[:3] == (1, "wrong", [25])


def test_costs_listed_beside_a_derivation_that_writes_none_out_stay_as_they_were(tmp_path):
    # ∇_θ J(θ) = ½∇[…] with the ½ outside: no definition is written identically under ∇, so which J is derived is
    # not said; the lasso line (|θ_i|) is then read, and refused as before
    text = _LISTED_COSTS.replace(r"\nabla_\theta [\frac{1}{2} (X\theta - y)^T(X\theta - y)]",
                                 r"\frac{1}{2}\nabla_\theta [(X\theta - y)^T(X\theta - y)]")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "line 16" in result.stderr and "^" in result.stderr


_LINEAR = r"\frac{1}{2m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2"
_PENALTY = r"\frac{\lambda}{2m}\sum_{k=1}^n\theta_k^2"
_TWO_COSTS = (
    f"Least squares:\n\n$$J(\\theta) = {_LINEAR}$$\n\nRidge:\n\n$$J(\\theta) = {_LINEAR} + {_PENALTY}$$\n\n"
    f"$$\\frac{{\\partial J}}{{\\partial\\theta_j}} = \\frac{{\\partial}}{{\\partial\\theta_j}}\\left[{_LINEAR} + "
    f"{_PENALTY}\\right] = \\frac{{1}}{{m}}\\sum_{{i=1}}^m(\\theta^Tx^{{(i)}} - y^{{(i)}})x_j^{{(i)}} + "
    f"\\frac{{\\lambda}}{{m}}\\theta_j$$\n"
)


def test_the_ridge_cost_written_under_the_derivative_is_the_one_derived(tmp_path):
    # by hand: ∂/∂θⱼ [(1/2m)Σ(θᵀx − y)² + (λ/2m)Σθₖ²] = (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ
    code, ending, wrong, review = _review(tmp_path, _TWO_COSTS)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 3 defines another cost") for note in review["notes"])


def test_the_ridge_cost_derived_without_its_penalty_is_wrong(tmp_path):
    # by hand: (λ/m)θⱼ, the penalty's derivative, is missing from the last side (line 9)
    text = _TWO_COSTS.replace(r" + \frac{\lambda}{m}\theta_j$$", "$$")
    assert text != _TWO_COSTS
    assert _review(tmp_path, text)[:3] == (1, "wrong", [9])


# -- a display that restates the cost identically is no step (it was read as step 1 and judged "not ∂J/∂θⱼ") ------


def _restated(page: str) -> str:
    return page.replace(f"Least squares:\n\n$$J(\\theta) = {_LINEAR}$$",
                        f"Ridge:\n\n$$J(\\theta) = {_LINEAR} + {_PENALTY}$$")


def test_the_cost_defined_twice_identically_is_one_cost_and_no_step(tmp_path):
    # by hand: both displays define the ridge cost; the derivation of it is right (as above)
    text = _restated(_TWO_COSTS)
    assert text.count(_PENALTY) == 3
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [9, 9, 9]
    assert "line 7 restates the cost line 3 defines, written identically: not a step" in review["notes"]
    assert not any("defines another cost" in note for note in review["notes"])


def test_the_cost_defined_twice_and_derived_without_its_penalty_is_wrong(tmp_path):
    text = _restated(_TWO_COSTS).replace(r" + \frac{\lambda}{m}\theta_j$$", "$$")
    assert _review(tmp_path, text)[:3] == (1, "wrong", [9])


def test_a_second_definition_that_differs_by_one_sign_is_another_cost_when_the_first_is_written_out(tmp_path):
    # not written identically: another cost (ridge's + becomes −); the derivation writes out line 3's, the one derived
    text = _restated(_TWO_COSTS).replace(f"$$J(\\theta) = {_LINEAR} + {_PENALTY}$$\n\n$$\\frac",
                                         f"$$J(\\theta) = {_LINEAR} - {_PENALTY}$$\n\n$$\\frac", 1)
    assert text.count(f"{_LINEAR} - {_PENALTY}") == 1
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 7 defines another cost") for note in review["notes"])
    assert not any("restates the cost" in note for note in review["notes"])


# -- the cost called by the page's own name (ε_mean, loss), in matrix form with ridge's λwᵀw and the count N ----------
#
# 0h-n0's post "リッジ回帰モデル" (tests/derivations_cold4/ja_blog_ridge_mean_missing_lambda.md): each display wrapped
# in \color{#1F618D}{…}, the cost ε_mean = (1/N)(y − Xw)ᵀ(y − Xw) + λwᵀw and ∂ε_mean/∂w = −(2/N)Xᵀ(y − Xw) = 0.
# By hand the gradient is −(2/N)Xᵀ(y − Xw) + 2λw: the published line drops 2λw (the post's draft has it), so the
# first step (line 16) is wrong.

_RIDGE_POST = r"""## リッジ回帰モデルの解

リッジ回帰の二乗誤差は、重回帰モデルの二乗誤差に$\color{#1F618D}{\lambda\mathbf{w}^T\mathbf{w}}$を付け加えてモデルになります。この項を導入することでそれぞれのパラメータが大きくなり過ぎることを抑制します。

$$
\color{#1F618D}{
\begin{eqnarray*}
    \varepsilon_{mean} =  \frac{1}{N}(\mathbf{y} - X\mathbf{w})^T(\mathbf{y} - X\mathbf{w}) + \lambda\mathbf{w}^T\mathbf{w}
\end{eqnarray*}
}
$$

$$
\color{#1F618D}{
\begin{eqnarray*}
    \frac{\partial\varepsilon_{mean}}{\partial \mathbf{w}} = -\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w})=0
\end{eqnarray*}
}
$$
"""
_PUBLISHED = r"-\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w})=0"


def test_the_hand_worked_ridge_gradient_by_finite_differences():
    generator = numpy.random.default_rng(290)
    X, y, w, penalty = generator.normal(size=(7, 3)), generator.normal(size=7), generator.normal(size=3), 0.8
    N = 7
    cost = lambda v: (y - X @ v) @ (y - X @ v) / N + penalty * v @ v  # noqa: E731
    gradient = -2 / N * X.T @ (y - X @ w) + 2 * penalty * w
    assert numpy.allclose(_gradient_by_finite_differences(cost, w), gradient)
    assert not numpy.allclose(gradient, -2 / N * X.T @ (y - X @ w))  # the published line is not it


def test_the_posts_own_cost_name_is_read_as_the_cost_and_its_dropped_penalty_found(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _RIDGE_POST)
    assert (code, ending, wrong) == (1, "wrong", [16])
    assert any(note.startswith(r"\varepsilon_{mean} names the cost: line 8 defines it and line 16") for note in review["notes"])
    assert "N is read as m, the number of examples (the rows of X)" in review["notes"]


@pytest.mark.parametrize("last, expected", [
    (r"-\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w}) + 2\lambda\mathbf{w}", (0, "gradient", [])),  # the draft's line
    (r"\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w}) + 2\lambda\mathbf{w}", (1, "wrong", [16])),  # its sign slipped
    (r"-\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w}) + \lambda\mathbf{w}", (1, "wrong", [16])),  # the 2 of 2λw lost
])
def test_the_ridge_posts_gradient_written_otherwise_is_judged_by_hand(tmp_path, last, expected):
    assert _review(tmp_path, _RIDGE_POST.replace(_PUBLISHED, last))[:3] == expected


def test_the_colour_wrapper_changes_nothing(tmp_path):
    plain = _RIDGE_POST.replace("\\color{#1F618D}{\n", "").replace("\\end{eqnarray*}\n}", "\\end{eqnarray*}")
    assert "\\color{#1F618D}{\n" not in plain and plain.count("\\begin{eqnarray*}") == 2
    # three lines fewer above the derivative's line (two \color lines and one closing brace): it is line 13
    assert plain.splitlines()[12].lstrip().startswith(r"\frac{\partial\varepsilon_{mean}}")
    assert _review(tmp_path, plain)[:3] == (1, "wrong", [13])


def test_a_plain_word_as_the_cost_name_with_the_operator_before_it(tmp_path):
    # the Poisson post's layout: loss = …, then \frac{\partial}{\partial w} loss = …; by hand as above
    text = ("$$\nloss = \\frac{1}{N}(y - Xw)^T(y - Xw) + \\lambda w^Tw\n$$\n\nthus\n\n"
            "$$\n\\frac{\\partial}{\\partial w} loss = -\\frac{2}{N}X^T(y - Xw) + 2\\lambda w\n$$\n")
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("loss names the cost") for note in review["notes"])
    assert _review(tmp_path, text.replace("+ 2\\lambda w\n", "\n"))[:3] == (1, "wrong", [8])


def test_a_name_differentiated_but_never_defined_is_not_taken_for_the_cost(tmp_path):
    text = _RIDGE_POST.replace(r"\varepsilon_{mean} =  \frac{1}{N}", r"\varepsilon_{all} =  \frac{1}{N}")
    result = _steps(tmp_path, text, "-f", "json")
    assert "names the cost" not in result.output


def test_a_page_that_writes_j_keeps_its_other_names_as_they_are(tmp_path):
    text = "We minimise $J$.\n\n" + _RIDGE_POST
    result = _steps(tmp_path, text, "-f", "json")
    assert "names the cost" not in result.output


# -- the chain rule written through the page's own names: ∇_w J = Σ dJ_i/dz_i ∂z_i/∂w ------------------------------
#
# tests/derivations_cold2/nll_note_logistic_step3.md (public code index file 41541580822): z_i = wᵀx_i + b,
# p_i = σ(z_i), the NLL J(w,b) = −Σ[y_i log p_i + (1 − y_i) log(1 − p_i)] and one example's term J_i (the cost's
# letter with the example's index), then ∇_w J = Σ dJ_i/dz_i ∂z_i/∂w = Σ(p_i − y_i)x_i. By hand:
# dJ_i/dz_i = −(y_i/p_i − (1 − y_i)/(1 − p_i))·p_i(1 − p_i) = p_i − y_i and ∂z_i/∂w = x_i: every step holds.

_NLL_NOTE = r"""Define the linear predictor and predicted probability:

$$
 z_i = w^\top x_i + b, \qquad
 p_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}.
$$

The **negative log-likelihood (NLL)** over the dataset is

$$
J(w,b) = - \sum_{i=1}^n \Big[ y_i \log p_i + (1 - y_i) \log(1 - p_i) \Big].
$$

Consider the contribution of a single data point:

$$
J_i = -\Big[y_i \log p_i + (1 - y_i) \log(1 - p_i)\Big].
$$

Applying the chain rule:

$$
\nabla_w J
= \sum_{i=1}^n \frac{d J_i}{d z_i} \frac{\partial z_i}{\partial w}
= \sum_{i=1}^n (p_i - y_i) x_i.
$$
"""


def test_the_hand_worked_chain_rule_factor_by_finite_differences():
    generator = numpy.random.default_rng(2901)
    z, y = generator.normal(size=5), generator.uniform(size=5)
    term = lambda v: -(y * numpy.log(1 / (1 + numpy.exp(-v))) + (1 - y) * numpy.log(1 - 1 / (1 + numpy.exp(-v))))  # noqa: E731
    step = 1e-6
    assert numpy.allclose((term(z + step) - term(z - step)) / (2 * step), 1 / (1 + numpy.exp(-z)) - y)


def test_a_chain_rule_through_the_pages_names_is_read(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _NLL_NOTE)
    assert (code, ending, wrong) == (0, "gradient", [])
    # by hand, the chain's two steps stand on lines 24 (Σ dJ_i/dz_i ∂z_i/∂w) and 25 (Σ(p_i − y_i)x_i)
    assert {24, 25} <= {step["line"] for step in review["steps"]}
    assert any("J_i written Q_i there" in note for note in review["notes"])
    assert any(note.startswith("a derivative by z, a name the page defines") for note in review["notes"])


@pytest.mark.parametrize("written, line", [
    (r"= \sum_{i=1}^n (p_i - y_i) p_i(1 - p_i) x_i.", 25),  # σ′ planted (the planted file's slip)
    (r"= \sum_{i=1}^n (y_i - p_i) x_i.", 25),  # the sign of the residual flipped
])
def test_a_slip_after_the_chain_rule_through_names_is_found(tmp_path, written, line):
    text = _NLL_NOTE.replace(r"= \sum_{i=1}^n (p_i - y_i) x_i.", written)
    assert text != _NLL_NOTE
    assert _review(tmp_path, text)[:3] == (1, "wrong", [line])


def test_the_factor_by_the_wrong_name_is_a_wrong_step(tmp_path):
    # dJ_i/dp_i = −(y_i/p_i − (1 − y_i)/(1 − p_i)) is not dJ_i/dz_i: line 24 is not ∇_w J
    text = _NLL_NOTE.replace(r"\frac{d J_i}{d z_i} \frac{\partial z_i}{\partial w}", r"\frac{d J_i}{d p_i} \frac{\partial z_i}{\partial w}")
    assert text != _NLL_NOTE
    # the last line, Σ(p_i − y_i)x_i, is still the gradient: the page ends right after a wrong step
    assert _review(tmp_path, text)[:3] == (1, "gradient", [24])


def test_the_same_chain_rule_for_the_squared_error(tmp_path):
    # by hand: J_i = ½(z_i − y_i)², dJ_i/dz_i = z_i − y_i, so ∇_w J = Σ(z_i − y_i)x_i; with x_i dropped, wrong
    text = (r"$$z_i = w^\top x_i + b$$" "\n\n" r"$$J(w,b) = \frac{1}{2}\sum_{i=1}^n (z_i - y_i)^2$$" "\n\n"
            r"$$J_i = \frac{1}{2}(z_i - y_i)^2$$" "\n\n"
            r"$$\nabla_w J = \sum_{i=1}^n \frac{d J_i}{d z_i} \frac{\partial z_i}{\partial w} = \sum_{i=1}^n (z_i - y_i) x_i$$"
            "\n")
    assert _review(tmp_path, text)[:3] == (0, "gradient", [])
    assert _review(tmp_path, text.replace("(z_i - y_i) x_i$$", "(z_i - y_i)$$"))[:3] == (1, "wrong", [7])


def test_a_factor_by_a_name_whose_term_holds_a_parameter_itself_is_refused(tmp_path):
    # J_i + b depends on the intercept b outside z_i too: which of them is held fixed under d/dz_i is not said
    text = _NLL_NOTE.replace(r"J_i = -\Big[y_i \log p_i + (1 - y_i) \log(1 - p_i)\Big].",
                             r"J_i = -\Big[y_i \log p_i + (1 - y_i) \log(1 - p_i)\Big] + b.")
    assert text != _NLL_NOTE
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "other than through z" in result.stderr and "^" in result.stderr


def test_a_term_named_with_the_cost_letter_but_never_defined_stays_refused(tmp_path):
    text = _NLL_NOTE.replace("Consider the contribution of a single data point:\n\n$$\n"
                             r"J_i = -\Big[y_i \log p_i + (1 - y_i) \log(1 - p_i)\Big]." "\n$$\n", "")
    assert "J_i =" not in text
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


# -- matrix form: what is differentiated written in the numerator, \frac{\partial{(…)}}{\partial{\theta}} ----------
#
# math.stackexchange 4822462 (tests/derivations_cold4/mathse_4822462_lsq_transpose_question.md, its line 6 verbatim;
# the cost, stated there in words, is written here as a definition): ∂L/∂θ = ∂((Xθ − Y)ᵀ(Xθ − Y))/∂θ
# = ∂(θᵀXᵀXθ − θᵀXᵀY − YᵀXθ + YᵀY)/∂θ = 2XᵀXθ − XᵀY − YᵀX. By hand the first two steps hold and the third adds the
# row YᵀX to columns (the asker's question: the gradient of YᵀXθ is XᵀY): the first wrong step, and not the gradient.

_MSE4822462 = (
    "$$L(\\theta) = (X\\theta - Y)^T (X\\theta - Y)$$\n"
    r"So to minimize this, $$ \frac{\partial{L(\theta)}}{\partial{\theta}} = \frac{\partial{((X\theta - Y)^T "
    r"(X\theta - Y))}}{\partial{\theta}} $$ $$ =\frac{\partial{(\theta^T X^T X\theta - \theta^T X^T Y - Y^T X\theta "
    r"+ Y^T Y)}}{\partial{\theta}} $$ $$ =2X^T X \theta - X^T Y - Y^T X $$" "\n"
)


def test_a_row_added_to_columns_in_a_derivation_line_is_its_wrong_step(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _MSE4822462)
    assert (code, ending, wrong) == (1, "wrong", [2])
    assert not any("read as its transpose" in note for note in review["notes"])


def test_the_numerator_form_finished_right_is_the_gradient(tmp_path):
    # by hand: ∇(θᵀXᵀXθ − θᵀXᵀY − YᵀXθ + YᵀY) = 2XᵀXθ − 2XᵀY
    text = _MSE4822462.replace(r"=2X^T X \theta - X^T Y - Y^T X", r"=2X^T X \theta - 2X^T Y")
    assert text != _MSE4822462
    assert _review(tmp_path, text)[:3] == (0, "gradient", [])


def test_the_numerator_form_with_a_wrong_expansion_is_found(tmp_path):
    # by hand: + θᵀXᵀY is not the expansion's −θᵀXᵀY
    text = _MSE4822462.replace(r"X\theta - \theta^T X^T Y - Y^T", r"X\theta + \theta^T X^T Y - Y^T")
    assert text != _MSE4822462
    code, ending, wrong, _ = _review(tmp_path, text.replace(r"=2X^T X \theta - X^T Y - Y^T X", r"=2X^T X \theta - 2X^T Y"))
    assert (code, wrong) == (1, [2])


def test_the_numerator_form_by_a_component_is_not_read_as_the_gradient(tmp_path):
    text = _MSE4822462.replace(r"(X\theta - Y))}}{\partial{\theta}}", r"(X\theta - Y))}}{\partial{\theta_j}}")
    assert text != _MSE4822462
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


def test_an_upright_word_as_the_cost_name_in_index_form(tmp_path):
    # mse_note_theta_t_matrix.md's \text{MSE}, in index form: by hand ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ
    text = ("$$\\text{MSE} = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - y^{(i)})^2$$\n\n"
            "$$\\frac{\\partial \\text{MSE}}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^Tx^{(i)} - "
            "y^{(i)})x_j^{(i)}$$\n")
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(r"\text{MSE} names the cost") for note in review["notes"])
    # twice the gradient (2/m): wrong on line 3
    assert _review(tmp_path, text.replace(r"= \frac{1}{m}", r"= \frac{2}{m}"))[:3] == (1, "wrong", [3])


# -- an equation's number set apart at its row's end: (7), never a factor 7 -----------------------------------------
#
# ximenasandoval's Poisson post (tests/derivations_cold/ximenasandoval_poisson_nll_w.md) numbers its displays
# ``… \ \ \ \ (6)`` and ``… \ \ \ \ (7)``; read as a product, the 7 made a right last line wrong. By hand
# ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ, whatever the number after it.

_NUMBERED = (r"\frac{\partial}{\partial \theta_j} \frac{1}{2m}\sum_{i=1}^m(\theta^Tx^{(i)} - y^{(i)})^2 "
             r"= \frac{1}{m}\sum_{i=1}^m(\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}")


@pytest.mark.parametrize("page", [
    f"$${_NUMBERED} \\ \\ \\ \\ (7)$$\n",  # the post's control spaces
    f"$${_NUMBERED} \\qquad (7)$$\n",
    f"\\begin{{equation}}\n  {_NUMBERED} \\ \\ \\ \\ (7)\n\\end{{equation}}\n",
    f"$$\\begin{{aligned}}\n{_NUMBERED.replace('= ', '&= ', 1)} \\quad (12) \\\\\n&= \\frac{{1}}{{m}}\\sum_{{i=1}}^m"
    f"x_j^{{(i)}}(\\theta^Tx^{{(i)}} - y^{{(i)}}) \\quad (13)\n\\end{{aligned}}$$\n",
])
def test_an_equation_number_at_a_rows_end_is_not_read(tmp_path, page):
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("is the equation's number: not read" in note for note in review["notes"])


def test_a_slip_beside_an_equation_number_is_still_found(tmp_path):
    # by hand: (2/m)Σ… is twice the gradient, numbered or not
    twice = _NUMBERED.replace(r"= \frac{1}{m}", r"= \frac{2}{m}")
    page = f"$${twice} \\qquad (7)$$\n"
    assert "{2}{m}" in page
    assert _review(tmp_path, page)[:3] == (1, "wrong", [1])


def test_a_bracketed_number_with_maths_after_it_is_no_equation_number(tmp_path):
    # (2) followed by more of the row is a factor, as written: 2xⱼ makes the line twice the gradient
    without = _NUMBERED.replace("x_j^{(i)}", "")
    page = f"$${without} \\quad (2) x_j^{{(i)}}$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [1])
    assert not any("equation's number" in note for note in review["notes"])


def test_an_equation_numbers_note_names_the_notebook_cell(tmp_path):
    import json

    from click.testing import CliRunner

    from logderiv.cli import main

    cell = ["Hello\n", "\n", f"$${_NUMBERED} \\qquad (7)$$\n"]
    notebook = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# title\n"]},
                          {"cell_type": "markdown", "metadata": {}, "source": cell}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "notes.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    notes = json.loads(result.stdout)["notes"]
    assert "cell 2, line 3: (7), set apart by a space at the end of its row, is the equation's number: not read" in notes


def test_a_cost_defined_twice_in_two_forms_in_matrix_form_stays_checked_as_before(tmp_path):
    # by hand: ½Σ(θᵀx − y)² = ½(Xθ − y)ᵀ(Xθ − y), a rewrite, and ∇J = Xᵀ(Xθ − y); neither is written under ∇
    text = ("The cost:\n\n$$J(\\theta) = \\frac{1}{2}\\sum_{i=1}^m (\\theta^Tx^{(i)} - y^{(i)})^2$$\n\nIn matrix form:\n\n"
            "$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y)$$\n\n$$\\nabla_\\theta J = X^T(X\\theta - y)$$\n")
    assert _review(tmp_path, text)[:3] == (0, "gradient", [])
    # a sign slipped in the matrix form's rewrite: not the cost, found on its line; the last line is still ∇J
    assert _review(tmp_path, text.replace("(X\\theta - y)^T(X\\theta - y)$$", "(X\\theta + y)^T(X\\theta - y)$$"))[:3] \
        == (1, "gradient", [7])


def test_a_name_defined_only_after_its_derivative_is_not_taken_for_the_cost(tmp_path):
    # loss is differentiated (line 1) before any line defines it (line 3): which cost is meant is not said there
    text = ("$$\\frac{\\partial}{\\partial w} loss = -\\frac{2}{N}X^T(y - Xw) + 2\\lambda w$$\n\nwhere\n\n"
            "$$loss = \\frac{1}{N}(y - Xw)^T(y - Xw) + \\lambda w^Tw$$\n")
    result = _steps(tmp_path, text, "-f", "json")
    assert "names the cost" not in result.output
    assert result.exit_code == 2, result.output

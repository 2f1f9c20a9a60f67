"""cold30's pages, second half (fixcold30b): what a Chinese notebook's least-squares page taught, as general rules.

* A display holding only words of a CJK script (``$$和$$``, "and", between two identities) is prose set in a
  display: set aside, noted, never "unexpected character".
* An equation after the derivation with the parameter on one side only and no derivative (``X^TX\\theta = X^TY``,
  ``\\theta = (X^TX)^{-1}X^TY``: the gradient set to zero and solved) is no step: read as one, the right page was
  judged wrong at it. Set aside, noted.
* A lemma beside a derivation in matrix form is not checked by the matrix review: a lemma by the derivation's own
  parameter is refused (a slip in it would pass), a rule of matrix calculus in letters of its own (dAB/dB = Aᵀ) is
  noted as cited, not a step.

The gradient each page ends at is checked by central finite differences of the cost in NumPy (tests/_numeric.py),
never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences
from pathlib import Path

from logderiv.notation.solved_equations import parameter_differentiated, solves_for

HERE = Path(__file__).parent

_HEAD = r"""因此可以把损失函数写作

$$J(\theta)=\frac{1}{2}(X\theta-Y)^T(X\theta-Y)$$

对$\theta$求导可得：

\begin{align*}
\frac{\partial{J(\theta)}}{\partial\theta}
&= \frac{\partial}{\partial\theta} \frac{1}{2}(X\theta-Y)^T(X\theta-Y) \\
&= X^TX\theta - X^TY
\end{align*}
"""


def test_the_page_ends_at_the_gradient_by_finite_differences():
    # the gradient the pages below end at, X^TXθ − X^TY, is ∇ of ½(Xθ − Y)ᵀ(Xθ − Y)
    rng = np.random.default_rng(30)
    X, Y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    cost = lambda t: 0.5 * (X @ t - Y) @ (X @ t - Y)  # noqa: E731
    assert np.allclose(central_differences(cost, theta), X.T @ X @ theta - X.T @ Y, atol=1e-5)


def test_a_cjk_word_alone_in_a_display_is_prose(tmp_path):
    page = _HEAD + "\n$$\n和\n$$\n\n$$\\frac{\\partial{J(\\theta)}}{\\partial\\theta} = X^TX\\theta - X^TY$$\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("CJK script's words" in note and "(和)" in note for note in review["notes"])


def test_the_normal_equations_after_the_gradient_are_no_steps(tmp_path):
    page = _HEAD + "\n令导数等于零，\n\n$$X^TX\\theta = X^TY$$\n\n$$\\theta = (X^TX)^{-1}X^TY$$\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    solved = [note for note in review["notes"] if "an equation to solve, not a step" in note]
    assert [note.split(" is ")[0] for note in solved] == ["line 15", "line 17"]


def test_a_wrong_line_after_the_gradient_with_the_parameter_on_both_sides_is_still_judged(tmp_path):
    # X^TXθ − X^TY = X^TXθ + X^TY: θ on both sides, a step (wrong: it flips the sign of X^TY), never set aside
    page = _HEAD + "\n$$X^TX\\theta - X^TY = X^TX\\theta + X^TY$$\n"
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.output


def test_what_solves_for_the_parameter():
    assert solves_for(r"X^TX\theta = X^TY", r"\theta")
    assert solves_for(r"\theta = (X^TX)^{-1}X^TY", r"\theta")
    assert solves_for(r"X^Tw - X^Ty = 0", "w")
    # a definition of another name, a step with θ on both sides, a derivative, a continuation: none is
    assert not solves_for(r"J(\theta) = \frac12 (X\theta-y)^T(X\theta-y)", r"\theta")
    assert not solves_for(r"h_\theta(x) = \theta^T x", r"\theta")
    assert not solves_for(r"z = \theta^T x", r"\theta")
    assert not solves_for(r"X^T(X\theta - y) = X^TX\theta - X^Ty", r"\theta")
    assert not solves_for(r"\nabla_\theta J = X^TX\theta", r"\theta")
    assert not solves_for(r"= X^TX\theta", r"\theta")
    assert [parameter_differentiated(text) for text in (
        r"\frac{\partial{J(\theta)}}{\partial\theta}", r"\frac{\partial J}{\partial \mathbf{w}}", r"\nabla_\theta J",
        r"\frac{dAB}{dB}")] == [r"\theta", "w", r"\theta", "B"]


def test_a_lemma_by_the_parameter_beside_a_matrix_derivation_is_checked(tmp_path):
    # was refused (a slip in it would pass unread); fixcold30c checks it with the matrix review, the formula under
    # its ∂/∂θ its cost: a right lemma holds (∂/∂θ θᵀXᵀXθ = 2XᵀXθ by sympy.diff below), a slip in one is wrong
    # (tests/test_fixcold30c.py), so the refusal's reason is gone
    import sympy

    theta = sympy.Matrix(sympy.symbols("t1:4"))
    data = sympy.Matrix(3, 3, lambda r, c: r * 3 + c + (r == c))
    form = (theta.T * data.T * data * theta)[0]
    assert sympy.Matrix([form.diff(t) for t in theta]) == 2 * data.T * data * theta
    page = _HEAD + "\n$$\\frac{\\partial}{\\partial\\theta} \\theta^TX^TX\\theta = 2X^TX\\theta$$\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("a lemma by \\theta beside the derivation in matrix form: checked" in note for note in review["notes"])


def test_a_rule_in_letters_of_its_own_beside_a_matrix_derivation_is_noted(tmp_path):
    page = _HEAD + "\n$$\\frac{dAB}{dB}=A^T$$\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("a rule of matrix calculus" in note and "derivative by B" in note for note in review["notes"])


def test_the_cold30_notebook_reads_with_its_lemma_checked():
    # its lemma ∂/∂θ θᵀXᵀXθ = … = 2XᵀXθ (lines 82–85) is by θ: it was refused, unchecked; fixcold30c checks it in
    # matrix form (∂(Xθ)ᵀ/∂θ read in the denominator layout), and the page reads as its row says
    kind, detail = outcome_of(HERE / "derivations_cold30", "zh_notebook_least_squares_matrix_normal_equation_yty_sign.md")
    assert kind == "right", detail

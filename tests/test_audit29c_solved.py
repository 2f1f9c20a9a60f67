"""audit29c, second pass: an adversary's pages against fixcold30b's equations to solve (``X^TX\\theta = X^TY``).

(tests/test_audit29c.py holds an earlier audit of the same name, kept as it is.)

fixcold30b set aside, after the derivation, an equation with the parameter on one side only and no derivative, as
the normal equations are. But the side without θ may still depend on θ through a name: ``\\hat y_i``, ``h(x_i)``,
``\\sigma(z)``, ``A`` stand for functions of it. ``\\frac1m\\sum_i(\\hat y_i - y_i)x_i = \\frac1m X^T(X\\theta + y)`` is the
gradient restated in matrix form, a step, and a wrong one (a sign): set aside, the page was said to end at the
gradient with every step holding (main judged it wrong). Now an equation is one to solve only when its side
without the parameter holds the data alone (X, y, sums, means, transposes, inverses, numbers, λ); the normal
equations stay set aside.

The sign slip is shown by central finite differences of the cost in NumPy (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, half_mean_square

from logderiv.notation.solved_equations import solves_for

_RESTATED = r"""The cost is

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^Tx_i - y_i)^2$$

Differentiating,

$$\frac{\partial J}{\partial\theta} = \frac{1}{m}\sum_{i=1}^m (\theta^Tx_i - y_i)x_i$$

In matrix form,

$$\frac{1}{m}\sum_{i=1}^m (\hat y_i - y_i)x_i = \frac{1}{m}X^T(X\theta SIGN y)$$
"""


def test_the_restated_gradient_with_a_plus_is_not_the_gradient_by_finite_differences():
    # (1/m)Xᵀ(Xθ − y) is ∇ of (1/2m)Σ(θᵀxᵢ − yᵢ)²; (1/m)Xᵀ(Xθ + y), the page's last side, is not
    rng = np.random.default_rng(29)
    X, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    gradient = central_differences(lambda t: half_mean_square(X, y, t), theta)
    assert np.allclose(gradient, X.T @ (X @ theta - y) / 7, atol=1e-6)
    assert not np.allclose(gradient, X.T @ (X @ theta + y) / 7, atol=1e-2)


def test_the_gradient_restated_in_matrix_form_with_a_slip_is_judged_not_set_aside(tmp_path):
    # ŷᵢ hides θ: the line is a step (the gradient restated), not an equation to solve; its sign slip is found
    code, ending, wrong, review = review_of_page(tmp_path, _RESTATED.replace("SIGN", "+"))
    assert (code, wrong) == (1, [11]), review
    assert ending != "gradient"
    assert not any("an equation to solve" in note for note in review["notes"])


def test_the_gradient_restated_in_matrix_form_right_is_judged_right(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _RESTATED.replace("SIGN", "-"))
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert not any("an equation to solve" in note for note in review["notes"])


def test_only_a_side_of_data_makes_an_equation_to_solve():
    # the normal equations and their solution: data on the side without the parameter
    assert solves_for(r"X^TX\theta = X^TY", r"\theta")
    assert solves_for(r"(X^TX + \lambda I)w = X^Ty", "w")
    assert solves_for(r"\theta_1 = \frac{\sum_i (x_i - \bar{x})(y_i - \bar{y})}{\sum_i (x_i - \bar{x})^2}", r"\theta")
    # a name on that side may stand for a function of the parameter: a step to judge
    assert not solves_for(r"\frac{1}{m}\sum_i (\hat y_i - y_i)x_i = \frac{1}{m}X^T(X\theta - y)", r"\theta")
    assert not solves_for(r"\frac{1}{m}X^T(X\theta - y) = \frac{1}{m}\sum_i (h(x_i) - y_i)x_i", r"\theta")
    assert not solves_for(r"\frac{1}{m}X^T(A - Y) = \frac{1}{m}X^T(\sigma(Xw) - y)", "w")
    assert not solves_for(r"X^Te = X^TX\theta - X^Ty", r"\theta")


# ------------------------------------------------------------------ a lemma of the page's own names beside a matrix derivation

_CHAIN_LEMMA = r"""The cost is

$$J(\theta) = \frac{1}{2}(X\theta - y)^T(X\theta - y)$$

Differentiating,

$$\frac{\partial J}{\partial\theta} = X^T(X\theta - y) = X^TX\theta - X^Ty$$

where, with $\hat y = X\theta$,

$$\frac{\partial J}{\partial \hat y} = \hat y + y$$
"""


def test_the_chain_lemma_with_a_plus_is_wrong_by_finite_differences():
    # J = ½(ŷ − y)ᵀ(ŷ − y) as a function of ŷ: its gradient is ŷ − y, not the page's ŷ + y
    rng = np.random.default_rng(291)
    y, y_hat = rng.normal(size=5), rng.normal(size=5)
    gradient = central_differences(lambda v: 0.5 * (v - y) @ (v - y), y_hat)
    assert np.allclose(gradient, y_hat - y, atol=1e-6)
    assert not np.allclose(gradient, y_hat + y, atol=1e-2)


def test_a_lemma_writing_the_derivations_own_names_is_refused_not_noted_as_a_cited_rule(tmp_path):
    # ∂J/∂ŷ is by ŷ, not θ, so fixcold30b noted it as "a rule of matrix calculus … cited, not checked" and the
    # page held at every step; J and y are the derivation's own: a step of its working, refused with a caret
    result = steps_of_page(tmp_path, _CHAIN_LEMMA, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 11 is a lemma beside a derivation in matrix form that writes the derivation's own J, y" \
        in result.stderr
    assert "a rule of matrix calculus" not in result.output

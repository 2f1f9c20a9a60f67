"""Silent misreads audit57 reported, each now read with a note or refused with a caret (issue 10).

1. An undefined letter multiplying an example's term inside a sum over the examples (R's weighted least squares
   ``sum(w * (y - a*x - b)^2)``) was read as one constant, only noted: it may as well be a weight per example, so it
   is refused; the Greek hyper-parameters (λ) and a letter outside the sum stay constants.
2. A per-example ``--let`` written outside every sum over the examples (``sum((y - h)^2) + h`` with h = θᵀx) had an
   unindexed x: refused, the caret at the name.
3. A bold ``\\mathbf{b}`` beside labels y is read as the intercept (b repeated for every example) with a note in every
   format; in a norm with no labels (``\\|X\\mathbf{w} - \\mathbf{b}\\|^2``, Ax = b's targets) it is refused.
4. Octave's ``theta(1)`` beside ``(h - y)'*X(:,j)``, an answer for entry j, gave "cannot read Identity" (sympy's class
   name): it is θ₁, noted, and the verdict is the hand-worked one.

Every gradient read is held to central finite differences of a NumPy cost written here (the corpus judge, through
``_reading``), and every verdict to one worked by hand — never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import _oracle as oracle
import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


# --- 1. a letter weighting an example's loss inside the sum ------------------------------------------------------

@pytest.mark.parametrize(("cost", "spot"), [
    ("sum(w * (y - a*x - b)^2)", "w *"),  # R: sum(w * (y - a*x - b)^2), w the weights of lm(weights = w)
    ("sum(c * (y - a*x - b)^2)", "c *"),
    (r"\sum_i w (y_i - a x_i - b)^2", "w ("),
    ("sum((y - a*x - b)^2 * r)", "r)"),
    ("sum(W * (y - a*x - b)^2)", "W *"),  # the weights' capital (code's W), a parameter vector's name as w is
    ("sum(s*exp(theta^T x) - y*theta^T x)", "s*"),  # Poisson's exposure per example, or one scale
    ("-sum(y*log(h) + v*(1 - y)*log(1 - h))", "v*"),  # a class weight or a weight per example: not said
])
def test_a_letter_weighting_the_example_term_inside_the_sum_is_refused_at_the_letter(cost, spot):
    wrt = "theta_j" if "h" in cost or "theta" in cost else "a"
    error = refused(logderiv.derive, cost, wrt=wrt)
    assert "weight per example" in error.message and "one number for every example" in error.message
    assert error.column == cost.index(spot)
    assert "outside the sum" in (error.hint or "")


@pytest.mark.parametrize(("cost", "wrt", "spot"), [
    (r"\sum_i (y_i - w x_i - b - u)^2", "b", "u)"),  # an offset per example (a GLM's) or one number: not said
    ("sum((y - a*x - b - r)^2)", "a", "r)"),
    # a GLM's offset (log exposure) per example beside the score, or one number
    ("sum(exp(theta^T x + o) - y*(theta^T x + o))", "theta_j", "o)"),
])
def test_a_letter_beside_the_label_in_the_residual_is_refused_at_the_letter(cost, wrt, spot):
    error = refused(logderiv.derive, cost, wrt=wrt)
    assert "stands beside the labels" in error.message and "offset per example" in error.message
    assert error.column == cost.index(spot)


@pytest.mark.parametrize(("cost", "let", "spot"), [
    ("sum((h - y)^2)", "h = theta^T x + o", "o"),  # the offset inside a per-example let, used inside the sum
    ("sum(exp(z) - y*z)", "z = theta^T x + o", "o"),
    ("sum(loss)", "loss = w*(y - a*x - b)^2", "w"),  # the weight inside the example's loss, summed by the cost
])
def test_a_weight_or_offset_inside_a_per_example_let_is_refused_in_that_let(cost, let, spot):
    error = refused(logderiv.derive, cost, let=(let,), wrt="a" if "a*x" in let else "theta_j")
    assert error.label == "--let" and error.source == let and error.column == let.index(spot)
    assert "per example" in error.message and "one number for every example" in error.message


def _mean_offset(d) -> float:
    """Σᵢ (yᵢ − b)², b the one number asked for, by hand."""
    r = d.y - d.b
    return float(r @ r)


def _line_by_b(d) -> float:
    """Σᵢ (yᵢ − a − b xᵢ)², the statistics line a + bx; a drawn as the judge's w₀, by hand."""
    r = d.y - d.w[0] - d.b * d.x
    return float(r @ r)


def test_the_intercept_a_of_a_line_beside_the_label_stays_a_constant():
    # y = a + bx (statistics' line): a is the constant term, one number, not an offset per example
    assert_gradient_read("sum((y - a - b*x)^2)", _line_by_b, wrt=("a", "b"))  # by b, a is undefined


def test_the_letter_asked_for_beside_the_label_is_no_offset():
    # Σ(yᵢ − b)² by b: the mean's least squares, b the unknown (asked for, so no undefined letter)
    assert_gradient_read("sum((y - b)^2)", _mean_offset, wrt=("b",))


def _weighted_by_lambda(d) -> float:
    """Σᵢ λ(yᵢ − a xᵢ − b)², a the slope (the judge draws it as w₀), by hand."""
    r = d.y - d.w[0] * d.x - d.b
    return float(d.lam * (r @ r))


def test_a_greek_hyper_parameter_inside_the_sum_stays_a_constant():
    # λ, α, η, C are hyper-parameters by the conventions of the notes, inside a sum as outside it
    assert_gradient_read("sum(lambda * (y - a*x - b)^2)", _weighted_by_lambda, wrt=("a", "b"))


def test_svm_s_c_inside_the_sum_stays_a_constant_with_its_note():
    derivation = logderiv.derive("sum(C * (y - a*x - b)^2)", wrt="a")
    assert any("C is not defined, so read as a constant" in note for note in notes_of(derivation))
    problem = derivation.problem
    oracle.assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize("cost", ["sum(y*log(h) + (1-y)*log(1-h)) * q", "np.sum((X @ theta - y)**2) * q"])
def test_a_letter_after_the_bracket_of_a_sum_written_as_a_call_stays_a_constant(cost):
    # sum(A) * q: the reader takes it as Σ (A q), the same number while q is one, and the text puts q outside the sum
    derivation = logderiv.derive(cost)
    assert any("q is not defined, so read as a constant" in note for note in notes_of(derivation))
    problem = derivation.problem
    oracle.assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_a_letter_outside_the_sum_stays_a_constant_with_its_note():
    derivation = logderiv.derive("c * sum((y - a*x - b)^2)", wrt="a")
    assert any("c is not defined, so read as a constant" in note for note in notes_of(derivation))
    # by hand: ∂/∂a c Σ(y − a x − b)² = −2c Σ (y − a x − b) x; held to finite differences, not to logderiv
    rng = np.random.default_rng(23)
    x, y, c, a, b = rng.normal(size=4), rng.normal(size=4), 1.7, 0.3, -0.4

    def cost(v: np.ndarray) -> float:
        return float(c * np.sum((y - v[0] * x - b) ** 2))

    assert np.isclose(central_differences(cost, np.array([a]))[0], -2 * c * np.sum((y - a * x - b) * x))


def _scaled_score(d) -> float:
    """Σᵢ (yᵢ − λ θᵀxᵢ)², λ a scale of the score, by hand (the docs' c θᵀx, with a letter the judge draws)."""
    r = d.y - d.lam * (d.X @ d.theta)
    return float(r @ r)


def test_a_scale_of_the_score_is_no_weight():
    assert_gradient_read("sum((y - lambda*theta^T x)^2)", _scaled_score)
    derivation = logderiv.derive("sum((y - c*theta^T x)^2)")  # c beside θᵀx, not beside a function of the data
    assert any("c is not defined, so read as a constant" in note for note in notes_of(derivation))


def test_a_slope_beside_x_inside_the_sum_is_no_weight():
    # a x_i is the model's slope times the input (f35-lulaoshi's (a x + b − y)²): kept, read by b too
    def mse(d) -> float:
        r = d.w[0] * d.x + d.b - d.y
        return float(r @ r)

    assert_gradient_read("sum((a*x + b - y)^2)", mse, wrt=("a", "b"))


# --- 2. a per-example let outside its sum ------------------------------------------------------------------------

@pytest.mark.parametrize(("cost", "lets", "name"), [
    ("sum((y - h)^2) + h", ("h = theta^T x",), "h"),
    (r"\sum_i (y_i - p_i)^2 + p", (r"p = \sigma(z)", "z = w^T x + b"), "p"),  # p per example through z
    ("1/m * sum((h - y)^2) + lambda * h", ("h = theta^T x",), "h"),
])
def test_a_per_example_let_outside_every_sum_is_refused_at_the_name(cost, lets, name):
    error = refused(logderiv.derive, cost, let=lets)
    assert "outside every sum over the examples" in error.message and "one value per example" in error.message
    assert error.column == cost.rindex(name)


@pytest.mark.parametrize(("cost", "spot"), [
    ("sum((y - theta^T x)^2) + theta^T x", "x", ),  # the let of item 2 written out: the same unindexed x
    ("sum((y - h)^2) + y", "y"),
])
def test_the_data_itself_outside_every_sum_is_refused(cost, spot):
    error = refused(logderiv.derive, cost, let=("h = theta^T x",) if "h" in cost else ())
    assert "outside every sum over the examples" in error.message and "the data of an example" in error.message
    assert error.column == cost.rindex(spot)


def test_a_per_example_let_outside_the_sum_of_another_let_is_refused_in_that_let():
    let = "L = sum((y - h)^2) + h"
    error = refused(logderiv.derive, "L/m", let=(let, "h = theta^T x"))
    assert error.label == "--let" and error.source == let and error.column == let.rindex("h")


def test_a_per_example_let_in_one_examples_loss_is_not_refused():
    # (y − h)² + h with no sum over the examples is one example's loss, its h that example's: read, and its
    # gradient held to the oracle's sympy.diff and finite differences of the cost read
    derivation = logderiv.derive("(y - h)^2 + h", let=("h = theta^T x",))
    problem = derivation.problem
    assert str(problem.definitions) and "h" in str(problem.cost)
    oracle.assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_a_let_summed_inside_its_own_value_is_no_value_per_example():
    # J = Σᵢ … is one number: a cost adding it outside a sum is not refused for it (the letter stays J's)
    def cost(d) -> float:
        r = d.X @ d.theta - d.y
        return float(r @ r + 2 * (r @ r))

    assert_gradient_read("sum((h - y)^2) + 2*S", cost, lets=("h = theta^T x", "S = sum((h - y)^2)"))


# --- 3. the bold b -----------------------------------------------------------------------------------------------

AMRANI_NB = r"J(\mathbf{w}, \mathbf{b}) = \frac{1}{2m} \| \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \|^2"
BOLD_B_NOTE = "'\\mathbf{b}' (bold, as a vector is set) is read as the intercept b"


def _half_mean_sq_wb(d) -> float:
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def test_bold_b_beside_labels_is_the_intercept_judged_by_finite_differences():
    assert_gradient_read(AMRANI_NB, _half_mean_sq_wb, wrt=("w_j", "b"))
    assert_gradient_read(r"\frac{1}{2m}\sum_i (\mathbf{w}^T\mathbf{x}_i + \mathbf{b} - y_i)^2", _half_mean_sq_wb,
                         wrt=("w_j", "b"))


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_bold_b_is_noted_in_every_format(fmt):
    result = CliRunner().invoke(main, ["derive", AMRANI_NB, "--wrt", "b", "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert any(note.startswith(BOLD_B_NOTE) for note in json.loads(result.output)["notes"])
    else:
        assert "bold, as a vector is set" in result.output and "intercept b" in result.output


@pytest.mark.parametrize("cost", [r"\|X\mathbf{w} - \mathbf{b}\|^2", r"\frac{1}{2}\|X\vec{w} - \vec{b}\|_2^2"])
def test_bold_b_in_a_norm_with_no_labels_is_refused(cost):
    # ‖Xw − b‖² may be the least squares of Xw = b (b the targets) as well as Σ(wᵀxᵢ − b)²
    error = refused(logderiv.derive, cost, wrt="w_j")
    assert "in a norm with no labels y" in error.message
    bold = r"\mathbf{b}" if r"\mathbf{b}" in cost else r"\vec{b}"
    assert error.column == cost.index(bold)


@pytest.mark.parametrize("cost", [r"\|X\mathbf{w} + \mathbf{c} - \mathbf{y}\|^2", r"\|X\mathbf{w} + \vec c - \mathbf{y}\|^2"])
def test_an_undefined_bold_letter_is_refused_as_a_vector_or_a_number(cost):
    # set as a vector is, c may be the examples' own values (an offset vector); read as a constant it was one number
    error = refused(logderiv.derive, cost, wrt="w_j")
    assert "set as a vector is and nothing defines it" in error.message
    assert error.column == cost.index(r"\mathbf{c}" if r"\mathbf{c}" in cost else r"\vec c")


def test_a_plain_undefined_letter_in_the_norm_stays_a_constant():
    derivation = logderiv.derive(r"\|X\mathbf{w} + c - \mathbf{y}\|^2", wrt="w_j")
    assert any("c is not defined, so read as a constant" in note for note in notes_of(derivation))
    problem = derivation.problem
    oracle.assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


# --- 4. Octave's theta(1) in an answer for entry j ---------------------------------------------------------------

OCTAVE_COST = "1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum(theta.^2)"


def test_theta_1_beside_column_j_is_the_first_entry_and_the_answer_is_different():
    # by hand: ∂J/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ + (λ/m)θⱼ; the answer's (λ/m)θ₁ differs wherever j ≠ 1
    answer = "(1/m)*(X*theta-y)'*X(:,j) + (lambda/m)*theta(1)"
    assert_verdict_read(answer, OCTAVE_COST, "different")
    verdict = logderiv.check(answer, cost=OCTAVE_COST)
    assert any("theta(1) is the entry θ₁" in note for note in notes_of(verdict))
    # X(:,j) is a column, not an entry: the entry's note was given to it
    assert not any("X(:,j) is the entry" in note for note in notes_of(verdict))


def test_theta_j_beside_column_j_is_equivalent():
    assert_verdict_read("(1/m)*(X*theta-y)'*X(:,j) + (lambda/m)*theta(j)", OCTAVE_COST, "equivalent")
    assert_verdict_read("lambda/m*theta(j) + (1/m)*(X*theta-y)'*X(:,j)", OCTAVE_COST, "equivalent")

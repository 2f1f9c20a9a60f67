"""Issue 10, wave f72's remaining families (fixf72b): h(x) of the bare x in a matrix answer, and more.

The texts are the wave's own (tests/corpus/fresh_seventysecond.py) or near-variants of them. Each verdict is worked
out by hand in the comment beside it and judged through the corpus judge (tests/_reading.py), never against
logderiv's own output; each gradient is held to finite differences of a NumPy cost written here. Near-variants that
mean something else (a cost that shows no model for an undefined h) must be refused, never read.
"""

import json

import pytest
from click.testing import CliRunner

import logderiv
from _reading import assert_verdict_read, notes_of, refused
from logderiv.cli import main

# ------------------------------------------------------------------ h(x) in a matrix answer: the vector of predictions
# source: srimugunthan/ml-algos-from-scratch, logistic_regression_from_scratch.ipynb and
# linear_regression_from_scratch.ipynb ('where:' under 'Gradient Descent Update'): "h(x) and y stand for the vectors
# of all m predictions and labels, X^T (h(x) - y) the matrix product"
LOG_COST = r"L(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \log(h(x^{(i)})) + (1-y^{(i)}) \log(1-h(x^{(i)}))]"
LOG_LETS = (r"h(x) = \sigma(w^T x + b)", r"\sigma(z) = \frac{1}{1 + e^{-z}}")
LIN_COST = r"L(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2"
LIN_LETS = (r"h(x) = w^T x + b",)
RIDGE_COST = r"L(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2"
NG_COST = (r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log\sigma(\theta^T x^{(i)}) + (1 - y^{(i)})"
           r"\log(1 - \sigma(\theta^T x^{(i)}))]")


@pytest.mark.parametrize("answer, cost, lets, wrt, verdict", [
    # by hand: ∂/∂wⱼ of −(1/m)Σ[y log σ(z) + (1 − y) log(1 − σ(z))], z = wᵀx⁽ⁱ⁾ + b, is (1/m)Σ(σ(z⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾,
    # entry j of (1/m)Xᵀ(h − y) with h the vector of σ(wᵀx⁽ⁱ⁾ + b)
    (r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (h(x) - y)", LOG_COST, LOG_LETS, "w_j", "equivalent"),
    (r"\frac{\partial L}{\partial w} = X^T (h(x) - y)", LOG_COST, LOG_LETS, "w_j", "different"),  # m times it
    (r"\frac{1}{m} X^T (y - h(x))", LOG_COST, LOG_LETS, "w_j", "different"),  # its negative
    # ½ of the mean square: (1/m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, the ½ cancelling the square's 2
    (r"\frac{\partial L}{\partial w} = \frac{1}{m} X^T (h(x) - y)", LIN_COST, LIN_LETS, "w_j", "equivalent"),
    (r"\frac{\partial L}{\partial w} = \frac{2}{m} X^T (h(x) - y)", LIN_COST, LIN_LETS, "w_j", "different"),
    # the ridge term λ/(2m)Σwⱼ² adds (λ/m)wⱼ
    (r"\frac{1}{m} X^T (h(x) - y) + \frac{\lambda}{m} w", RIDGE_COST, LIN_LETS, "w_j", "equivalent"),
    (r"\frac{1}{m} X^T (h(x) - y) + \frac{\lambda}{2m} w", RIDGE_COST, LIN_LETS, "w_j", "different"),
    # no --let: the cost's own σ(θᵀx) is the model of its undefined h (read so for bare h before), h_θ(x) alike
    (r"\frac{1}{m} X^T (h(x) - y)", NG_COST, (), "theta_j", "equivalent"),
    (r"\frac{1}{m} X^T (h_\theta(x) - y)", NG_COST, (), "theta_j", "equivalent"),
    (r"\frac{1}{m} X^T (y - h_\theta(x))", NG_COST, (), "theta_j", "different"),
])
def test_h_of_the_bare_x_in_a_matrix_answer_is_the_vector_of_predictions(answer, cost, lets, wrt, verdict):
    assert_verdict_read(answer, cost, verdict, wrt=wrt, lets=lets)


def test_h_of_the_bare_x_in_a_matrix_answer_is_noted_in_every_format():
    verdict = logderiv.check(r"\frac{1}{m} X^T (h(x) - y)", cost=LOG_COST, wrt="w_j", let=LOG_LETS)
    assert any(note.startswith("read in matrix notation: h(x) is the m×1 vector of its values h(x⁽ⁱ⁾)")
               for note in notes_of(verdict))
    lets = [part for let in LOG_LETS for part in ("--let", let)]
    runner = CliRunner()
    shown = runner.invoke(main, ["check", r"\frac{1}{m} X^T (h(x) - y)", "--cost", LOG_COST, "--wrt", "w_j", *lets,
                                 "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert any("h(x) is the m×1 vector" in note for note in json.loads(shown.stdout)["notes"])
    for form, mark in (("text", "note:"), ("markdown", ""), ("latex", "")):
        shown = runner.invoke(main, ["check", r"\frac{1}{m} X^T (h(x) - y)", "--cost", LOG_COST, "--wrt", "w_j",
                                     *lets, "-f", form])
        # LaTeX sets m×1 and h(x⁽ⁱ⁾) as mathematics: the words between them are the note's in every format
        assert shown.exit_code == 0 and "h(x) is the" in shown.stdout and "vector of its values" in shown.stdout \
            and mark in shown.stdout


def test_h_of_the_bare_x_beside_a_cost_that_shows_no_model_is_still_refused():
    # the residual to the fourth power: neither a squared error nor a cross-entropy, so no model says what h is
    error = refused(logderiv.check, "(1/m) X^T (h(x) - y)", cost="1/m sum((theta^T x - y)^4)")
    assert "'h' is not read in a matrix answer" in error.message


# ------------------------------------------------------------------ \hat{y} beside \hat{p}: two quantities, asked
# source: compphysics.github.io MachineLearningMSU GradientOptim ('The equations to solve'):
# -\hat{X}^T(\hat{y} - \hat{p}), the hat marking vectors: \hat{y} the labels, \hat{p} the fitted probabilities
CP_COST = r"-\sum_{i=1}^n \left(y_i\log h(x_i) + (1-y_i)\log\left[1-h(x_i)\right]\right)"
CP_LETS = (r"h(x_i) = \frac{\exp{(\beta^T x_i)}}{1+\exp{(\beta^T x_i)}}", r"\hat{p}_i = h(x_i)")


@pytest.mark.parametrize("answer", [
    r"-\hat{X}^T\left(\hat{y}-\hat{p}\right)",  # the slide's own line: read as h − h it was 0, a false 'different'
    r"\hat{X}^T\left(\hat{y}-\hat{p}\right)",
    r"-X^T\left(\hat{y_i}-\hat{p}\right)",  # the hat over the script too
    r"-X^T\left(\hat y - \hat{\mathbf{p}}\right)",
])
def test_hat_y_beside_hat_p_is_refused_never_read_as_h_minus_h(answer):
    error = refused(logderiv.check, answer, cost=CP_COST, wrt="beta_j", let=CP_LETS)
    assert "\\hat{y} and \\hat{p} are both written here" in error.message
    assert "write the labels as y" in (error.hint or "")


def test_hat_p_beside_the_plain_labels_is_still_read():
    # by hand: ∂/∂βⱼ of −Σ[y log σ + (1 − y) log(1 − σ)] is Σ(σ(βᵀxᵢ) − yᵢ)xᵢⱼ, entry j of −Xᵀ(y − p̂)
    assert_verdict_read(r"-\hat{X}^T\left(y-\hat{p}\right)", CP_COST, "equivalent", wrt="beta_j", lets=CP_LETS)
    assert_verdict_read(r"\hat{X}^T\left(y-\hat{p}\right)", CP_COST, "different", wrt="beta_j", lets=CP_LETS)

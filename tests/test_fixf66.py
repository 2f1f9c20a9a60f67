r"""Readings from the held-out wave f66 (typed mathematics: Chinese, Spanish, Vietnamese notes, a formula sheet) and why.

* ``\underset{\omega}{\min}`` / ``\min_\omega`` before a cost: the min's subscript may name ω, the weights as
  some notes write them (Tiancheng-Luo/Memo's ``\underset{\omega}{\min}{||X\omega - y||_2}^2``), as it may name θ, w,
  β, b; the objective is what follows (noted, as ``\underset{w}{\min}`` was).
* ``sumi=1,m`` (a Chinese deep-learning script's comment ``J(w,b) = 1/m * sumi=1,mL(y_^,y)``): Σ_{i=1}^{m} typed with
  no marks, its one-letter upper bound glued to what it sums; read as the worded ``sum from i = 1 to m of`` is, with
  the same bounds checked, and noted.
* ``y_^`` (the same comments' ŷ: the hat typed after the letter), and ``logy_^`` (log ŷ): read as the prediction
  only where nothing after the ``^`` could be a power (``y_^(i)``, ``y_^2`` stay refused with the hint), noted.

Gradients are held against finite differences of costs written by hand in NumPy (tests/corpus/judge.py), verdicts
against the hand-worked ones; never against logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def _least_squares(d) -> float:
    """‖Xw − y‖² by hand: X the design matrix, w (ω) the weights."""
    r = d.X @ d.w - d.y
    return float(r @ r)


def _half_mean_squares(d) -> float:
    r = d.X @ d.w - d.y
    return float(r @ r) / (2 * d.m)


def _mean_cross_entropy(d) -> float:
    p = _sig(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _one_feature_cross_entropy(d) -> float:
    p = _sig(d.w[0] * d.x + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


# ------------------------------------------------------------------ \underset{\omega}{\min}
MEMO = r"\underset{\omega}{\min}{||X\omega - y||_2}^2"


def test_a_min_over_omega_opens_the_objective_and_is_noted():
    notes = notes_of(logderiv.derive(MEMO, wrt="omega_j"))
    assert any(note.startswith(r"'\underset{\omega}{\min}' opens the text: the cost is what follows") for note in notes)
    assert any(note.startswith("ω (omega) is read as w") for note in notes)


@pytest.mark.parametrize("text, intended", [
    (MEMO, _least_squares),
    (r"\min_\omega \|X\omega - y\|^2", _least_squares),
    (r"\underset{\omega}{\arg\min}\frac{1}{2m}\sum_{i=1}^{m}(\omega^T x^{(i)} - y^{(i)})^2", _half_mean_squares),
])
def test_a_min_over_omega_derives_the_objective(text, intended):
    assert_gradient_read(text, intended, wrt=("omega_j",))


def test_a_min_over_omega_then_an_equals_stays_refused():
    # \min_\omega J(\omega) = …: the min is the problem, not the cost's name; refused as \min_w J(w) = … is
    refused(logderiv.derive, r"\min_\omega J(\omega) = \|X\omega - y\|^2", wrt="omega_j")


def test_a_min_over_something_else_stays_refused():
    refused(logderiv.derive, r"\underset{x}{\min}\|X\omega - y\|^2", wrt="omega_j")


# ------------------------------------------------------------------ sumi=1,m and y_^
CN_COST = "J(w,b) = 1/m * sumi=1,mL(y_^,y)"
CN_LETS = (
    "L(y_^, y)= - (y * logy_^ + (1-y) *log(1-y_^))",
    "y_^=sigmod(Z)",
    "Z = wx+b",
    "sigmod(Z) = 1/(1+exp(-Z))",
)


def test_the_glued_sum_and_the_typed_hat_are_read_and_noted():
    notes = notes_of(logderiv.derive(CN_COST, wrt="w_j", let=CN_LETS))
    assert "'sumi=1,m' is read as the sum over i = 1..m of what follows (Σ_{i=1}^{m}, sum_i)" in notes
    assert any(note.startswith("y_^ is read as ŷ, the prediction h") for note in notes)


def test_the_glued_sum_gradient_by_w_j_is_the_mean_cross_entropys():
    assert_gradient_read(CN_COST, _mean_cross_entropy, wrt=("w_j",), lets=CN_LETS)


def test_the_glued_sum_gradient_by_w_and_b_with_one_feature():
    # by b alone the bare wx is one feature's product (tests/test_wx_by_b.py); by w, w is one number
    assert_gradient_read(CN_COST, _one_feature_cross_entropy, wrt=("w", "b"), lets=CN_LETS)


@pytest.mark.parametrize("cost", [
    "1/m * sumi=1,m(-(y*log(y_^) + (1-y)*log(1-y_^)))",
    "1/m * sumi=1,m -(y * logy_^ + (1-y) * log(1 - y_^))",
])
def test_the_glued_sum_and_the_hat_in_the_cost_itself(cost):
    assert_gradient_read(cost, _mean_cross_entropy, wrt=("w_j",), lets=("y_^ = sigmoid(w^T x + b)",))


def test_a_check_answer_against_the_glued_sum():
    # (1/m)Σ(ŷ − y)x⁽ⁱ⁾ is the mean cross-entropy's gradient; without the 1/m it is m times it
    lets = ("y_^ = sigmoid(w^T x + b)",)
    cost = "1/m * sumi=1,m(-(y*log(y_^) + (1-y)*log(1-y_^)))"
    assert_verdict_read("1/m * sum_i((y_^ - y) * x_j)", cost, "equivalent", wrt="w_j", lets=lets)
    assert_verdict_read("sum_i((y_^ - y) * x_j)", cost, "different", wrt="w_j", lets=lets)


@pytest.mark.parametrize("cost, said", [
    ("1/m * sumi=0,m(y - w^T x)^2", "a sum from 0 to m is not read"),
    ("1/m * sumi=1,n(y - w^T x)^2", "a sum from 1 to n is not read"),
])
def test_a_glued_sum_with_other_bounds_is_refused_at_the_bound(cost, said):
    assert said in str(refused(logderiv.derive, cost, wrt="w_j"))


@pytest.mark.parametrize("cost", [
    "-(y*log(y_^(i)) + (1-y)*log(1-y_^(i)))",  # y to the power (i)?
    "(y_^2 - y)^2",  # a power 2?
    "(y_^-1 - y)^2",  # an inverse?
    "(y_^ x - y)^2",  # ŷ·x or y to the power x?
])
def test_a_typed_hat_before_what_could_be_a_power_stays_refused(cost):
    error = refused(logderiv.derive, cost, wrt="w_j", let=("y_^ = sigmoid(w^T x + b)",))
    assert "'_' must be followed by an index" in str(error) and "y_hat" in (error.hint or "")


# ------------------------------------------------------------------ every output format carries the notes
@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_new_notes_are_in_every_output_format(fmt):
    runner = CliRunner()
    lets = [arg for let in CN_LETS for arg in ("--let", let)]
    summed = runner.invoke(main, ["derive", CN_COST, *lets, "--wrt", "w_j", "-f", fmt])
    minimised = runner.invoke(main, ["derive", MEMO, "--wrt", "omega_j", "-f", fmt])
    for result, said in ((summed, "is read as the sum over i = 1..m"), (summed, "the hat typed after the letter"),
                         (minimised, "opens the text: the cost is what follows")):
        assert result.exit_code == 0, result.output
        if fmt == "json":
            assert any(said in note for note in json.loads(result.output)["notes"]), result.output
        else:
            assert said in result.output, result.output


# ------------------------------------------------------------------ 1^T(…): the all-ones vector in plain type
BASE_COST = r"J(w,b) = -{1 \over m}(y^{T}log(\hat{y})+(1-y)^{T}log(1-\hat{y}))"
BASE_LETS = (r"\hat{y}=\sigma(z) = {1 \over 1 + e^{-(w^Tx + b)}}",)


@pytest.mark.parametrize("answer, verdict", [
    (r"{\partial J \over \partial b} = {1\over m}1^T(\hat{y}-y)", "equivalent"),
    (r"\frac{1}{m} 1^{\top} \left(\hat{y} - y\right)", "equivalent"),
    (r"{\partial J \over \partial b} = 1^T(\hat{y}-y)", "different"),  # m times the mean cost's ∂J/∂b
    (r"\frac{1}{m} 1^T(y - \hat{y})", "different"),  # the sign flipped
])
def test_a_transposed_one_is_the_ones_vector(answer, verdict):
    assert_verdict_read(answer, BASE_COST, verdict, wrt="b", lets=BASE_LETS)


def test_a_transposed_one_is_noted():
    notes = notes_of(logderiv.check(r"\frac{1}{m}1^T(\hat{y}-y)", cost=BASE_COST, wrt="b", let=BASE_LETS))
    assert "'1^T' is read as 𝟏ᵀ, the all-ones vector transposed: a number has no transpose (\\mathbf{1} in plain type)" \
        in notes
    assert any(note.startswith(r"1^T(\hat{y}-y) is read as a sum over the examples") for note in notes)


def test_a_transposed_one_in_a_cost_sums_the_examples():
    def summed_squares(d) -> float:
        r = d.X @ d.w + d.b - d.y
        return float(np.sum(r**2)) / (2 * d.m)

    assert_gradient_read(r"\frac{1}{2m} 1^T (Xw + b - y)^2", summed_squares, wrt=("w_j", "b"))


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}1^T(w)",  # a vector of the features, not of the examples
    r"\frac{1}{m}1^T w",  # no bracket: left to the transpose's own refusal
    r"\frac{1}{m}x_1^T(\hat{y}-y)",  # x₁ transposed, not a 1
])
def test_a_transposed_one_of_anything_else_is_refused(answer):
    refused(logderiv.check, answer, cost=BASE_COST, wrt="b", let=BASE_LETS)

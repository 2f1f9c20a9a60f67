r"""Issue 10, audit25j: near-variants of fixxj's unmarked x_j where reading it as xⱼ⁽ⁱ⁾ would be a guess.

fixxj reads ``Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x_j`` as xⱼ⁽ⁱ⁾ with a note, and refuses it where y is unmarked too, the model has
one feature (w x + b) or j also runs over the features. This audit wrote what real notes and students write
around that spelling and found three where the reading picked one of two meanings with no word for the other
(a false "equivalent" whenever the writer meant the other):

- the mark on the label only, ``(θᵀx − y_i) x_j``, ``(h(x) − y⁽ⁱ⁾) x_j``, ``(ŷ − y_i) x_j``, ``θ₁x₁ + θ₂x₂ − y_i``: the
  model's x and x_j both dropped the mark, as y and x_j do in fixxj's own refusal — refused alike;
- a bold ``\mathbf{x}_j`` beside ``\mathbf{x}_i``: bold is a vector, the j-th example's, never one number of
  example i (the LaTeX reader refused it before fixxj) — refused;
- a one-feature model θ₀ + θ₁x whose example the sum writes as a subscript (``θ₁x_i``, ``h(x_i)``, ``ŷ_i``): by
  that notation ``x_1`` is the first example's x, by Ng's numbering feature 1 — refused (the LaTeX reader refused
  it before fixxj; written x⁽ⁱ⁾ the example sits above and Ng's reading stays, noted).

What each reading stands for is held to central finite differences of NumPy costs (tests/_numeric.py), and
the verdicts kept to the corpus judge's hand-worked ones (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused

COST = "J = 1/(2m) sum_i (theta^T x^(i) - y^(i))^2"
LINE = "J = 1/(2m) sum_i (theta_0 + theta_1 x_i - y_i)^2"  # one feature, the example as a subscript


# ------------------------------------------------------------------ the readings differ (so a guess can be wrong)
def test_a_fixed_x_and_the_examples_x_give_different_gradients():
    # (θᵀx − yᵢ) x_j with x the i-th example's is ∂J/∂θⱼ; with one x that does not follow the sum it is not
    rng = np.random.default_rng(25)
    X, y, theta, fixed = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), rng.normal(size=3)
    m = len(y)
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2) / (2 * m)), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-7)
    assert not np.allclose(numeric, np.sum(fixed @ theta - y) * fixed / m, atol=1e-3)


def test_the_first_examples_x_is_not_the_one_feature_models_gradient():
    # θ₀ + θ₁xᵢ: ∂J/∂θ₁ = (1/m) Σᵢ rᵢ xᵢ; x_1 read as the first example's x gives (1/m) Σᵢ rᵢ x₁, another number
    rng = np.random.default_rng(1)
    x, y, t = rng.normal(size=7), rng.normal(size=7), rng.normal(size=2)
    m = len(y)
    numeric = central_differences(lambda p: float(np.sum((p[0] + p[1] * x - y) ** 2) / (2 * m)), t)
    residual = t[0] + t[1] * x - y
    assert np.isclose(numeric[1], np.sum(residual * x) / m, atol=1e-7)
    assert not np.isclose(numeric[1], np.sum(residual) * x[0] / m, atol=1e-3)


def test_the_jth_examples_vector_is_no_component_of_the_gradient():
    # \mathbf{x}_j as the j-th example: Σᵢ rᵢ x⁽ʲ⁾ is a vector, and not the gradient ∇J either
    rng = np.random.default_rng(2)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    m, j = len(y), 1
    numeric = central_differences(lambda v: float(np.sum((X @ v - y) ** 2) / (2 * m)), w)
    residual = X @ w - y
    assert np.isclose(numeric[j], residual @ X[:, j] / m, atol=1e-7)
    assert not np.allclose(numeric, np.sum(residual) * X[j] / m, atol=1e-3)


# ------------------------------------------------------------------ the mark on the label only: refused
@pytest.mark.parametrize(("answer", "other"), [
    (r"\frac{1}{m}\sum_i (\theta^T x - y_i) x_j", "'x'"),
    ("1/m sum_i (theta^T x - y_i) x_j", "'x'"),
    ("1/m sum_i (h(x) - y^(i)) x_j", "'h(x)'"),
    (r"\frac{1}{m}\sum_i (h_\theta(x) - y^{(i)}) x_j", r"'h_\theta(x)'"),
    (r"\frac{1}{m}\sum_i (\hat{y} - y_i) x_j", r"'\hat{y}'"),
])
def test_the_mark_on_the_label_only_is_refused(answer, other):
    # fixxj read these as xⱼ⁽ⁱ⁾ beside x⁽ⁱ⁾ (equivalent); x unmarked in the model too makes two dropped marks
    error = refused(logderiv.check, answer, cost=COST, wrt="theta_j", timeout=60)
    assert f"'x_j' and {other} have no example index beside" in error.message
    assert "values that do not follow the sum" in error.message
    assert error.column == answer.rindex("x_j")
    assert "x^(i)" in error.hint


@pytest.mark.parametrize("answer", [
    "1/m sum_i (sum_k theta_k x_k - y_i) x_j",
    r"\frac{1}{m}\sum_i \left(\sum_k \theta_k x_k - y_i\right) x_j",
])
def test_an_unmarked_x_k_of_an_inner_sum_beside_the_label_only_is_a_second_dropped_mark(answer):
    error = refused(logderiv.check, answer, cost=COST, wrt="theta_j", timeout=60)
    assert "'x_j' and 'x_k' have no example index beside y_i" in error.message
    assert error.column == answer.rindex("x_j")


def test_the_inner_sum_marked_keeps_the_reading():
    # x_k^{(i)} carries the example: x_j alone dropped its mark, read as fixxj reads it
    assert_verdict_read(r"\frac{1}{m}\sum_i \left(\sum_k \theta_k x_k^{(i)} - y^{(i)}\right) x_j", COST, "equivalent")


@pytest.mark.parametrize("wrt", ["theta_1", "theta_j"])
def test_two_unmarked_features_beside_the_label_only_are_refused_in_a_cost(wrt):
    # x₁ and x₂ both without the example, only y_i with it: the same two dropped marks, in the cost
    cost = "J = 1/(2m) sum_i (theta_1 x_1 + theta_2 x_2 - y_i)^2"
    error = refused(logderiv.derive, cost, wrt=wrt)
    assert "'x_1' and 'x_2' have no example index beside y_i" in error.message
    assert "x_1^(i) and x_2^(i)" in error.hint


def test_one_feature_written_twice_is_one_dropped_mark_and_still_read():
    # σ(θⱼxⱼ) … xⱼ: the same x_j twice is not a second datum; read as xⱼ⁽ⁱ⁾, the answer's model is still wrong
    assert_verdict_read(r"\sum_i (\sigma(\theta_j x_j) - y_i) x_j",
                        "J = -sum_i [y_i log(sigmoid(theta^T x_i)) + (1-y_i) log(1-sigmoid(theta^T x_i))]",
                        "different")


# ------------------------------------------------------------------ a bold x_j: refused
@pytest.mark.parametrize("bold", [r"\mathbf{x}_j", r"\bm{x}_j", r"\boldsymbol{x}_j"])
def test_a_bold_x_j_is_a_vector_and_refused(bold):
    answer = r"\frac{1}{m}\sum_i (\mathbf{w}^T \mathbf{x}_i - y_i) " + bold
    error = refused(logderiv.check, answer, cost="J = 1/(2m) sum_i (w^T x_i - y_i)^2", wrt="w_j", timeout=60)
    assert "is bold, a vector" in error.message and "the j-th example's x" in error.message
    assert error.column == answer.rindex("\\")


def test_a_plain_x_j_beside_bold_examples_is_still_read():
    assert_verdict_read(r"\frac{1}{m}\sum_i (\mathbf{w}^T \mathbf{x}_i - y_i) x_j",
                        "J = 1/(2m) sum_i (w^T x_i - y_i)^2", "equivalent", wrt="w_j")


# ------------------------------------------------------------------ one feature, the example below: refused
@pytest.mark.parametrize(("answer", "wrt"), [
    ("1/m sum_i (theta_0 + theta_1 x_i - y_i) x_1", "theta_1"),
    (r"\frac{1}{m}\sum_i (\theta_0 + \theta_1 x_i - y_i) x_1", "theta_1"),
    ("1/m Σᵢ (θ₀ + θ₁xᵢ − yᵢ) x₁", "theta_1"),
    ("1/m sum_i (theta_0 + theta_1 x_i - y_i) x_j", "theta_j"),
    (r"\frac{1}{m}\sum_i (h_\theta(x_i) - y_i) x_1", "theta_1"),  # the cost says x is one number
    (r"\frac{1}{m}\sum_i (\hat{y}_i - y_i) x_1", "theta_1"),
])
def test_a_one_feature_model_with_the_example_below_is_refused(answer, wrt):
    error = refused(logderiv.check, answer, cost=LINE, wrt=wrt, timeout=60)
    assert "x is one number per example here" in error.message
    assert "example 1's x" in error.message or "example j's x" in error.message
    assert error.column == answer.rindex("x")  # at the x of x_1, x_j, x₁


def test_x_beside_theta_transpose_is_a_vector_not_one_number():
    # θᵀx_i makes x a vector: x_i beside it is no one-feature model's x, and the refusal above does not apply
    verdict = logderiv.check("1/m sum_i (theta^T x_i - y_i) x_j x_i", cost=COST, wrt="theta_j", timeout=60)
    assert verdict.verdict == "different"  # x_j x_i is no entry of the gradient (1/m) Σᵢ rᵢ xⱼ⁽ⁱ⁾, by any reading
    assert not any("one number per example" in note for note in verdict.notes)


def test_a_one_feature_model_with_the_example_above_keeps_ngs_reading():
    # x⁽ⁱ⁾: the subscript is free to number the feature, x₁ = x beside θ₁ (verify/letters.py), noted
    cost = "J = 1/(2m) sum_i (theta_0 + theta_1 x^(i) - y^(i))^2"
    answer = "1/m sum_i (theta_0 + theta_1 x^(i) - y^(i)) x_1"
    assert_verdict_read(answer, cost, "equivalent", wrt="theta_1")
    notes = logderiv.check(answer, cost=cost, wrt="theta_1", timeout=60).notes
    assert any("Ng's numbering" in note for note in notes)
    assert any("has no example index beside" in note for note in notes)


# ------------------------------------------------------------------ variants fixxj already gets right (guards)
@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (r"\frac{1}{m}x_j\sum_i (\theta^T x^{(i)} - y^{(i)})", "theta_j", "different"),  # x_j outside the sum
    ("(1/m sum_i (theta^T x^(i) - y^(i))) x_j", "theta_j", "different"),
    (r"\frac{1}{m}\sum_{j=1}^m (\theta^T x^{(j)} - y^{(j)}) x_k", "theta_k", "equivalent"),  # j the example
])
def test_guards(answer, wrt, verdict):
    assert_verdict_read(answer, COST, verdict, wrt=wrt)


def test_the_component_written_k_beside_an_answers_x_j_stays_refused():
    error = refused(logderiv.check, r"\frac{1}{m}\sum_i (\theta^T x_i - y_i) x_j", cost=COST, wrt="theta_k",
                    timeout=60)
    assert "the index j is free" in error.message

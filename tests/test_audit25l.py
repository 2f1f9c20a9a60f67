"""Issue 10, audit25l: a misread hunt on LaTeX and typed-maths answers, each misread found held to a test.

One reading was silent where the text does not say which it means: a function without brackets of a parameter,
of an example's data or of a negated number, then a juxtaposed factor (``\\exp -y_i\\theta^Tx_i``,
``\\tanh w x_i``, ``\\tanh -2 w x_i``). By precedence the function takes the name alone, exp(−yᵢ)·θᵀxᵢ,
tanh(w)·xᵢ, which no model computes; the ±1-label loss's e^(−yθᵀx) and tanh(wx) may be meant. LaTeX derived the
literal reading silently (the plain reader refused ``exp -y theta^T x`` and ``tanh 2z``, but not ``tanh w x`` or
``tanh -2 w x``): now both refuse, at the place, naming both readings.

And a typed vulgar fraction against a count, ``½m Σᵢ (θᵀxᵢ − yᵢ)²``, was read (1/2)·m, m/2 times the sum over the
m examples, with no word: the typed twin of ``1/2m``, which ML notes mean (and logderiv reads) as 1/(2m), is as
likely, and the mean's right gradient was judged "different". Refused now, both readings named.

Each expected result is worked out by hand and held to finite differences (tests/_numeric.py) or the corpus judge
(tests/_reading.py), never to logderiv's output; where a text does not say what it means, a refusal at the place.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, refused


# ------------------------------------------------------------------ a bracketless function, then a factor
# The ±1-label logistic loss (1/m) Σᵢ log(1 + exp(−yᵢθᵀxᵢ)): its gradient by θⱼ is −(1/m) Σᵢ yᵢxᵢⱼ σ(−yᵢθᵀxᵢ)
# (checked by finite differences below). Written \exp -y_i\theta^Tx_i, LaTeX derived it as
# (1/m) Σᵢ log(1 + exp(−yᵢ)·θᵀxᵢ), another cost with another gradient, and said nothing.
MARGIN = r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp(-y_i\theta^Tx_i))"


def _margin(d):
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.theta)))))


def test_the_margin_loss_gradient_by_finite_differences():
    rng = np.random.default_rng(25)
    X, y, theta = rng.normal(size=(6, 3)), rng.choice([-1.0, 1.0], size=6), rng.normal(size=3)

    def cost(t):
        return np.mean(np.log1p(np.exp(-y * (X @ t))))

    by_hand = -(X * (y / (1 + np.exp(y * (X @ theta))))[:, None]).mean(axis=0)
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-7)


def test_the_bracketed_margin_loss_is_read():
    assert_gradient_read(MARGIN, _margin)


@pytest.mark.parametrize("written", [
    r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp -y_i\theta^Tx_i)",
    r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp -y^{(i)}\theta^Tx^{(i)})",
    r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp - y_i \cdot \theta^T x_i)",
    r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp -2\theta^Tx_i)",
])
def test_a_latex_exp_of_a_signed_operand_before_a_factor_is_refused(written):
    # the plain reader's refusal of exp -y theta^T x, now LaTeX's too: caret at the exponent's sign
    error = refused(logderiv.derive, written)
    assert "is ambiguous: the exponent could be" in error.message
    assert error.column == written.index("-", written.index(r"\exp"))
    assert r"\exp\left(" in error.hint


def test_a_signed_exponent_that_is_one_power_is_still_read():
    # \exp -\theta^T x_i: the dot product is one power, nothing follows it; log(1 + e^(−θᵀx)) as written
    def intended(d):
        return float(np.mean(np.log1p(np.exp(-(d.X @ d.theta)))))

    assert_gradient_read(r"\frac{1}{m}\sum_{i=1}^m \log(1+\exp -\theta^Tx_i)", intended)


# tanh(w)·x, σ(w)·x, e^w·x: a function of the weight alone times the example is no model; tanh(wx) may be meant
@pytest.mark.parametrize("written, function", [
    (r"\frac{1}{2m}\sum_{i=1}^m (\tanh w x_i - y_i)^2", "tanh"),
    (r"\frac{1}{2m}\sum_{i=1}^m (\sigma w x_i - y_i)^2", "sigma"),
    (r"\frac{1}{2m}\sum_{i=1}^m (\exp w x_i - y_i)^2", "exp"),
    ("1/(2m) sum_i (tanh w x_i - y_i)^2", "tanh"),
    ("1/(2m) sum_i (sigma w x_i - y_i)^2", "sigma"),
])
def test_a_function_of_a_bare_weight_before_the_example_is_refused(written, function):
    error = refused(logderiv.derive, written, wrt="w")
    assert f"'{function} w x_i' is ambiguous: {function} without brackets takes only w" in error.message
    assert f"{function}(w x_i), may be meant" in error.message
    assert written[error.column:].lstrip("\\").startswith(function)


@pytest.mark.parametrize("written", [
    r"\frac{1}{2m}\sum_{i=1}^m (\tanh -2 w x_i - y_i)^2",
    "1/(2m) sum_i (tanh -2 w x_i - y_i)^2",
])
def test_a_function_of_a_negated_number_before_a_factor_is_refused(written):
    # tanh 2 w x was refused (tanh(2)·wx, the tanh of a constant); with the sign it was read as −tanh(2)·w·x
    error = refused(logderiv.derive, written, wrt="w")
    assert "'tanh -2 w x_i' is ambiguous: tanh without brackets takes only -2" in error.message


def test_the_one_feature_tanh_model_in_brackets_is_read():
    # w a scalar (one feature, the judge's w[0]): the mean squared error of tanh(w xᵢ), by finite differences
    def intended(d):
        return float(np.mean((np.tanh(d.w[0] * d.x) - d.y) ** 2) / 2)

    assert_gradient_read(r"\frac{1}{2m}\sum_{i=1}^m (\tanh(w x_i) - y_i)^2", intended, wrt=("w",))


SIGMOID_SQUARED = r"\frac{1}{2m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)})^2"


def test_a_bracketless_sigmoid_of_the_dot_product_before_a_factor_keeps_its_reading():
    # σθᵀx⁽ⁱ⁾ (1 − σθᵀx⁽ⁱ⁾): the operand is the dot product, one power, and σ(z)(1 − σ(z)) is meant; the
    # gradient of (1/2m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)² is (1/m) Σᵢ (σ − y) σ(1 − σ) xⱼ⁽ⁱ⁾ (chain rule, σ' = σ(1 − σ))
    answer = (r"\frac{1}{m}\sum_{i=1}^m (\sigma\theta^Tx^{(i)} - y^{(i)})\sigma\theta^Tx^{(i)}"
              r"(1-\sigma\theta^Tx^{(i)})x_j^{(i)}")
    assert_verdict_read(answer, SIGMOID_SQUARED, "equivalent")


# ------------------------------------------------------------------ ½m: a typed fraction against the count
def test_the_half_mean_squared_error_gradient_by_finite_differences():
    # ∂/∂θⱼ (1/2m) Σᵢ (θᵀxᵢ − yᵢ)² = (1/m) Σᵢ (θᵀxᵢ − yᵢ) xᵢⱼ, the answer ½m's writer would give
    rng = np.random.default_rng(2)
    X, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    by_hand = X.T @ (X @ theta - y) / 7
    assert np.allclose(central_differences(lambda t: np.sum((X @ t - y) ** 2) / 14, theta), by_hand, atol=1e-7)


@pytest.mark.parametrize("cost", [
    "½m Σᵢ (θᵀxᵢ − yᵢ)²",
    "½ m Σᵢ (θᵀxᵢ − yᵢ)²",
    "(½m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²",
    r"½m\sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2",
])
def test_a_vulgar_fraction_against_the_count_is_refused(cost):
    # it was read (m/2)·Σ, and the mean's gradient (1/m) Σ (θᵀx − y) xⱼ called "different"
    error = refused(logderiv.check, "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾", cost=cost)
    assert "is ambiguous: (1/2)·m, as the fraction ½ reads, or 1/(2m), the mean's factor" in error.message
    # fixhalfm: the caret stands at the count, as for every half before the count (one rule, one message:
    # \frac{1}{2}m\sum, (1/2) m sum, \frac12m alike); it stood at the fraction
    assert error.column == cost.index("m", cost.index("½"))
    assert ("1/(2m)" in error.hint or r"\frac{1}{2m}" in error.hint) and "m" in error.hint


def test_a_vulgar_fraction_before_anything_else_keeps_its_reading():
    # ½m⁻¹ is 1/(2m) under either reading; ½ Σ, ½ mean(…) are the fraction times what follows
    def mean_half(d):
        return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))

    def half_sum(d):
        return float(np.sum((d.X @ d.theta - d.y) ** 2) / 2)

    assert_gradient_read("½m⁻¹Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²", mean_half)
    assert_gradient_read("½ mean((X θ - y)^2)", mean_half)
    assert_gradient_read("½Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²", half_sum)

"""audit31b (issue 10): an adversarial audit of hunt31's readings of typed answers — two misreads, fixed here.

hunt31 read a plain text's ``sum_{i=1}^m`` beside ``x^(i)``/``e^(-z)``/``m^-1``, typeset dashes, slashes and the
bullet operator, and the sigmoid's prime ``σ'(z)`` in plain text. Probed against answers worked out by hand and by
NumPy (limits 0..m, 2..m, j over an example term, K, ``^2`` after ``^m``, mixed ``x^{(i)}``/``x^(i)``, ``2^-1
m^-1``, ``(h - y)^(1)``, nested sums; ``log‐likelihood``-style hyphens, ``1‒m``, ``1⁄2m``, a leading bullet; σ' after
a name, of a vector, squared, double-primed, spaced, as a transpose, with σ defined by --let), and sweeping the
corpus with each typeset character put for its ASCII one, three readings were wrong:

* ``1⁄2m``: the fraction slash U+2044 between digits sets them as ONE fraction (Unicode's rule: 1⁄2 shows as ½),
  so the page shows ½m — which logderiv refuses as ambiguous ((1/2)·m or 1/(2m)) — yet it was read as 1/(2m).
  It is refused now with ½m's message; the division slash ∕ (U+2215) composes nothing and ``1∕2m`` stays 1/2m.
* ``h_θ σ'(z)``, ``g σ'(z)``: the bracket standing for σ'(z) became the argument of a call of the name before it
  (h_θ(σ'(z)), g(σ'(z))), where ``h_θ σ(z)`` and ``g σ(z)`` are products. σ'(z) is now the factor σ(z) is.
* ``1/m sum_i (y_i - w ∙ x_i)^2 + lambda ∙ w ∙ w`` by w: a WRONG gradient. The bullet operator was not among the
  signs that make ``w · x`` of bare letters a product of scalars in a one-feature model, so ∙ read w as a vector
  where · reads it as one number (noted). It counts now. ⋅ (U+22C5) has the same gap on main, LEFT: counting it
  turns the corpus item f15-ascii-J-sigma-limits-on-own-lines (``z = w ⋅ x + b`` by b) from right into the
  refusal ``w · x`` by b gets, below the corpus ratchet.

The mathematics is held to central finite differences in NumPy (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, half_mean_square, sigmoid
from _reading import assert_gradient_read, refused
from logderiv import check
from logderiv.notation import parse_text, tree


def _data():
    rng = np.random.default_rng(3102)
    return rng.normal(size=(6, 3)), rng.uniform(0.05, 0.95, size=6), np.array([0.3, -0.5, 0.8])


# ------------------------------------------------------------------ 1⁄2m: the page's ½m


def test_the_two_readings_of_a_half_before_m_give_different_gradients_by_numpy():
    X, y, theta = _data()
    truth = central_differences(lambda t: half_mean_square(X, y, t), theta)
    summed = X.T @ (2 * (X @ theta - y))  # Σᵢ 2(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾
    m = len(y)
    assert np.allclose(summed / (2 * m), truth, atol=1e-6)  # 1/(2m) Σ …: the gradient
    assert not np.allclose(summed * m / 2, truth, atol=1e-3)  # (1/2)·m Σ …: not it


@pytest.mark.parametrize("answer", ["1\u20442m sum_i 2(theta^T x^(i) - y^(i)) x_j^(i)",
                                    "3\u20442m sum_i (theta^T x^(i) - y^(i)) x_j^(i)",
                                    "1\u20442m sum_{i=1}^m 2(h(x^(i)) - y^(i)) x_j^(i)"])
def test_a_fraction_slash_between_digits_before_the_count_is_refused_as_half_m_is(answer):
    error = refused(check, answer, cost="linear")
    assert "is ambiguous" in error.message and "as the fraction slash sets" in error.message
    assert "1/(2m)" in error.hint or "3/(2m)" in error.hint
    assert answer[error.column] == "m"  # the caret at the count, as for ½m
    refused(check, "\u00bdm sum_i 2(theta^T x^(i) - y^(i)) x_j^(i)", cost="linear")  # the glyph it shows: refused


def test_the_division_slash_and_a_letter_over_the_fraction_slash_keep_the_1_over_2m_convention():
    # ∕ (U+2215) is a slash, not a fraction former; λ⁄2 has no digit to compose: both are 1/2m, λ/2m, noted
    verdict = check("1\u22152m sum_i 2(theta^T x^(i) - y^(i)) x_j^(i)", cost="linear")
    assert verdict.verdict == "equivalent"  # 1/(2m) Σ 2(…)x: the NumPy test above
    assert any("as ML notes mean it" in note for note in verdict.notes)
    verdict = check("1\u2044m sum_i (theta^T x^(i) - y^(i)) x_j^(i)", cost="linear")  # no count after a digit
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ σ'(z) after a name is a factor


def test_the_residual_times_the_sigmoids_derivative_over_it_is_the_gradient_by_numpy():
    X, y, theta = _data()
    p = sigmoid(X @ theta)
    derivative = p * (1 - p)
    written = X.T @ ((p * derivative - y * derivative) / derivative) / len(y)  # (h σ' − y σ')/(σ(1 − σ)) x_j
    assert np.allclose(written, central_differences(lambda t: cross_entropy(X, y, t), theta), atol=1e-6)


def test_a_sigmoids_prime_after_the_prediction_is_a_factor_not_its_argument():
    verdict = check("1/m sum (h_θ σ'(θᵀx) - y σ'(θᵀx)) / (σ(θᵀx) (1 - σ(θᵀx))) x_j")
    assert verdict.verdict == "equivalent"  # the NumPy test above (it was refused: h_θ called on σ'(θᵀx))
    assert any("is the derivative of the sigmoid at θᵀx" in note for note in verdict.notes)


@pytest.mark.parametrize("before", ["g", "h_theta", "L"])
def test_a_name_before_a_sigmoids_prime_multiplies_it_as_it_does_sigma(before):
    primed = parse_text(f"{before} σ'(z)", names=("z",)).tree
    plain = parse_text(f"{before} σ(z)", names=("z",)).tree
    assert isinstance(plain, tree.Binary) and plain.op == "*"  # g σ(z) is g·σ(z)
    assert isinstance(primed, tree.Binary) and primed.op == "*", primed  # so g σ'(z) is g·σ'(z), not g(σ'(z))
    assert primed.left == plain.left


def test_a_function_before_a_sigmoids_prime_still_applies_to_it():
    node = parse_text("log σ'(z)", names=("z",)).tree
    assert isinstance(node, tree.Apply) and node.function == "log"


# ------------------------------------------------------------------ ∙ and ⋅ between letters: the dot · is


def _one_feature_ridge(d):
    """(1/m) Σᵢ (yᵢ − w xᵢ)² + λ w², w one number (the one-feature model the middle dot's reading gives)."""
    return float(np.sum((d.y - d.w[0] * d.x) ** 2)) / d.m + d.lam * d.w[0] ** 2


@pytest.mark.parametrize("dot", ["\u00b7", "\u2219"])
def test_every_product_dot_between_two_letters_is_read_as_the_middle_dot(dot):
    # w ∙ w was a dot product of a vector w where w · w is w², a one-feature model (noted): the gradient by w
    # differed with the glyph of the dot (∙ since hunt31 read it as the dot; ⋅ U+22C5 differs on main, left: see
    # the module docstring)
    assert_gradient_read(f"1/m sum_i (y_i - w {dot} x_i)^2 + lambda {dot} w {dot} w", _one_feature_ridge, wrt=("w",))

"""Two notes that said less, or other, than what was read (found reviewing last stop's change).

* The sigmoid written out with a scaled exponent, 1/(1 + e^(−2θᵀx)), is σ(2θᵀx). Its note said only "read as σ, so
  its derivative is σ(1 − σ)", which a student checks against a gradient with a factor 2 in it and does not find.
  The note now names the scale. The gradient itself is checked here by finite differences, not by logderiv.
* R's length(X) was refused with a message about Octave's length(X) alone; it names both languages now.
* A coefficient glued to x (``wx``) was noted "w·x, w times x" and, where w and x are vectors, also "wᵀx, the dot
  product": two readings of one text, side by side. The glued note now says only that the letters are multiplied;
  the second note says which product.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

_SCALED = "-1/m sum_i (y^(i) log(1/(1+e^(-2 theta^T x^(i)))) + (1-y^(i)) log(1 - 1/(1+e^(-2 theta^T x^(i)))))"


def test_a_scaled_sigmoid_is_noted_with_its_scale():
    derivation = logderiv.derive(_SCALED, wrt="theta_j")
    (note,) = [note for note in derivation.notes if "is the sigmoid" in note]
    assert "read as σ(2u)" in note and "2·σ(1 − σ)" in note


def test_the_scaled_sigmoids_gradient_has_the_factor_two():
    """∂J/∂θⱼ = (1/m) Σᵢ 2 (σ(2θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, against central differences of J; logderiv agrees."""
    rng = np.random.default_rng(26)
    m, n = 4, 3
    X, y, theta = rng.normal(size=(m, n)), rng.integers(0, 2, size=m).astype(float), rng.normal(size=n)

    def cost(t):
        p = 1 / (1 + np.exp(-2 * X @ t))
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    step = 1e-6
    numeric = np.array([(cost(theta + step * e) - cost(theta - step * e)) / (2 * step) for e in np.eye(n)])
    by_hand = 2 * X.T @ (1 / (1 + np.exp(-2 * X @ theta)) - y) / m
    assert np.allclose(numeric, by_hand, rtol=1e-6)
    verdict = logderiv.check("(1/m) sum_i 2 (sigmoid(2 theta^T x^(i)) - y^(i)) x_j^(i)", cost=_SCALED, wrt="theta_j")
    assert verdict.verdict == "equivalent"


def test_an_unscaled_sigmoid_keeps_its_short_note():
    derivation = logderiv.derive("-1/m sum(y log h + (1-y) log(1-h))", let=["h = 1/(1+exp(-theta^T x))"])
    assert any(note.endswith("read as σ, so its derivative is σ(1 − σ)") for note in derivation.notes)


def test_a_glued_product_of_vectors_has_one_reading_in_its_notes():
    verdict = logderiv.check("(a - y) x_j", cost="-(y log(a) + (1-y) log(1-a))", let=["a = sigma(Z)", "Z = wx+b"],
                             wrt="w_j")
    assert verdict.verdict == "equivalent"
    glued = [note for note in (*verdict.problem.notes, *verdict.notes) if note.startswith("'wx'")]
    assert any("wᵀx, the dot product" in note for note in glued), glued
    assert not any("w·x" in note or "w times x" in note for note in glued), glued


def test_lengths_message_holds_for_r_code_too():
    """R's length(X) is m·n (its entries), Octave's the larger of m and n: the refusal names both, neither is m."""
    with pytest.raises(InputError) as refused:
        logderiv.check("X' * (h - y) / length(X)", cost="logistic", let=["h = sigmoid(X * theta)"])
    assert "in Octave" in str(refused.value) and "m·n in R" in str(refused.value)


def test_in_r_code_length_of_the_data_matrix_is_its_entries():
    # since fixrlen35, text that is R (%*%, t(X)) says which length it is: m·n, so (1/(mn)) Xᵀ(h − y), not the
    # gradient (1/m) Xᵀ(h − y) (tests/test_fixrlen35.py checks m·n against finite differences)
    verdict = logderiv.check("t(X) %*% (h - y) / length(X)", cost="logistic", let=["h = 1/(1 + exp(-X %*% theta))"])
    assert verdict.verdict == "different"
    assert any("length(X) counts every entry of the matrix X" in note for note in verdict.notes)

"""Ng's h_θ(x) pasted as plain Unicode, ``hθ(x)`` (Unicode has no subscript θ), is the hypothesis h_θ(x), noted.

Found by the blind wave f58 (read.sadh.app's SCPD notes: ``J(θ) = ½ Σᵢ(hθ(xⁱ) − yⁱ)²`` with
``h(x) = θ₀ + θ₁x₁ + ... + θₙxₙ``): the glued θ was read as θᵀx and h as a factor beside it, h(x)·θᵀx, a wrong
gradient under a mere note. θ cannot be called, so h times θ(x) is no reading; the spaced ``h θ(x)`` was already
read as h_θ(x). The truths are finite differences of NumPy costs written here (``_reading``).
"""

from __future__ import annotations

import pytest

import logderiv
from _reading import assert_gradient_read, notes_of


def _half_sse_with_intercept(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return 0.5 * float(r @ r)


def test_glued_h_theta_with_the_pages_model_is_its_hypothesis():
    assert_gradient_read("J(θ) = ½ Σᵢ(hθ(xⁱ) − yⁱ)²", _half_sse_with_intercept,
                         lets=("h(x) = θ₀ + θ₁x₁ + ... + θₙxₙ",))


def _mean_half_sse(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _mean_cross_entropy(d):
    import numpy as np
    h = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


@pytest.mark.parametrize(("text", "intended"), [
    ("1/(2m) sum_i (hθ(x^(i)) - y^(i))^2", _mean_half_sse),
    ("J(θ) = 1/(2m) Σᵢ(hθ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²", _mean_half_sse),
    ("-1/m Σᵢ [yⁱ log(hθ(xⁱ)) + (1 − yⁱ) log(1 − hθ(xⁱ))]", _mean_cross_entropy),
])
def test_glued_h_theta_takes_the_model_of_its_cost(text, intended):
    """An undefined h_θ in a squared error is linear, in a cross-entropy logistic (issue 10, item 3): so is hθ."""
    assert_gradient_read(text, intended)


def test_the_reading_is_noted():
    derivation = logderiv.derive("1/(2m) sum_i (hθ(x^(i)) - y^(i))^2", wrt="theta_j")
    assert "'hθ(' is read as h_θ(: the subscript written on the line" in notes_of(derivation)


@pytest.mark.parametrize(("text", "lets", "intended"), [
    (r"\frac{1}{2m}\sum_{i=1}^m (h\theta(x^{(i)}) - y^{(i)})^2", (), _mean_half_sse),
    (r"\frac{1}{2m}\sum_{i=1}^m (h\theta(x^{(i)}) - y^{(i)})^2", (r"h(x) = \theta^T x",), _mean_half_sse),
    (r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log h\theta(x^{(i)}) + (1-y^{(i)})\log(1-h\theta(x^{(i)}))]", (),
     _mean_cross_entropy),
])
def test_glued_h_theta_in_latex_is_its_hypothesis(text, lets, intended):
    r"""``h\theta(x)`` (the _ of h_\theta lost): with the page's h(x) = θᵀx it was h(x)·θᵀx, a wrong gradient."""
    assert_gradient_read(text, intended, lets=lets)


def test_the_latex_reading_is_noted():
    derivation = logderiv.derive(r"\frac{1}{2m}\sum_{i=1}^m (h\theta(x^{(i)}) - y^{(i)})^2", wrt="theta_j")
    assert r"'h\theta(' is read as h_θ(: the subscript written on the line" in notes_of(derivation)

"""audit33f: the fixer's two readings (fixold33) held to their notes and their limits.

* a --let defining σ′ as the sigmoid's derivative is set aside: in ``steps`` the set-aside was silent (the note was
  dropped with the lets the lines did not need), so a let the writer gave was not read and nothing said so.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

KEN_SIGMA = r"\sigma(x)=\frac{1}{1+e^{-x}}"
KEN_SIGMA_PRIME = r"\sigma^{'}(x)=\frac{e^{-x}}{(1+e^{-x})^2}"
Z = r"\theta^Tx^{(i)}"
#: ken8860's notes as a written derivation: the cost, the chain rule with σ′, and the gradient −(1/m)Σ(y − σ)x_j
#: (σ′/σ = 1 − σ and −σ′/(1 − σ) = −σ, worked by hand: every step holds)
KEN_DERIVATION = "\n".join([
    r"$$J(\theta)=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}\ln(\sigma(" + Z + r"))+(1-y^{(i)})\ln(1-\sigma(" + Z + ")))$$",
    r"$$\frac{\partial J}{\partial \theta_j}=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}\frac{\sigma^{'}(" + Z + r")}{\sigma("
    + Z + r")}x^{(i)}_j+(1-y^{(i)})\frac{-\sigma^{'}(" + Z + r")}{1-\sigma(" + Z + r")}x_j^{(i)})$$",
    r"$$=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}-\sigma(" + Z + r"))x_j^{(i)}$$",
])


def test_steps_says_the_sigma_prime_let_is_set_aside():
    review = logderiv.steps(KEN_DERIVATION, wrt="theta_j", let=(KEN_SIGMA, KEN_SIGMA_PRIME))
    assert review.ok
    assert any("defines the sigmoid's derivative σ′" in note and KEN_SIGMA_PRIME in note for note in review.notes)


def test_steps_says_the_product_form_let_is_set_aside():
    product = r"\sigma'(z)=\sigma(z)(1-\sigma(z))"
    review = logderiv.steps(KEN_DERIVATION, wrt="theta_j", let=(product,))
    assert review.ok
    assert any("defines the sigmoid's derivative σ′" in note for note in review.notes)


# --------------------------------------------------------------------------- near-misses of the count reading that held

@pytest.mark.parametrize("text", [
    # a sum from 0 to n has n + 1 terms: n is not the examples' count n_samples names
    r"\frac{1}{n_{samples}} \sum_{i=0}^{n} (w^T x_i - y_i)^2",
    # the bare n as a space's dimension (the features), not a sum's limit
    r"\frac{1}{n_{samples}} \sum_{i=1}^{n} (w^T x_i - y_i)^2, \quad w \in \mathbb{R}^n",
    # i labels y, but this sum over i runs over the weights (the features): n is not n_samples
    r"\frac{1}{n_{samples}} \sum_{i=1}^{n_{samples}} (y_i - w^T x_i)^2 + \lambda \sum_{i=1}^{n} w_i^2",
])
def test_count_near_misses_refused(text):
    with pytest.raises(InputError):
        logderiv.derive(text, wrt="w_j")


def test_labelled_count_in_an_answer_is_judged_by_value():
    # by hand: ∂/∂w_j (1/(2N))Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/N)Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾; N_{samples} beside the sum's N is one count
    cost = r"\frac{1}{2N_{samples}}\sum_{i=1}^{N}(w^Tx^{(i)}-y^{(i)})^2"
    right = r"\frac{1}{N_{samples}}\sum_{i=1}^{N}(w^Tx^{(i)}-y^{(i)})x_j^{(i)}"
    assert logderiv.check(right, cost=cost, wrt="w_j").verdict == "equivalent"
    half = r"\frac{1}{2N_{samples}}\sum_{i=1}^{N}(w^Tx^{(i)}-y^{(i)})x_j^{(i)}"
    assert logderiv.check(half, cost=cost, wrt="w_j").verdict == "different"

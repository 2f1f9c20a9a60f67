"""audit33f: the fixer's two readings (fixold33) held to their notes and their limits.

* a --let defining σ′ as the sigmoid's derivative is set aside: in ``steps`` the set-aside was silent (the note was
  dropped with the lets the lines did not need), so a let the writer gave was not read and nothing said so.
"""

from __future__ import annotations

import logderiv

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

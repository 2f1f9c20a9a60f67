"""fixderivs5: cold reading of written derivations — the likelihood named by its log, typos the pages kept.

Expected results are worked out by hand: for ℓ(θ) = Σᵢ [yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ)], hᵢ = σ(θᵀxᵢ),

    ∂ℓ/∂θⱼ = Σᵢ (yᵢ/hᵢ − (1 − yᵢ)/(1 − hᵢ)) hᵢ(1 − hᵢ) xᵢⱼ = Σᵢ (yᵢ − hᵢ) xᵢⱼ

and the negative log-likelihood −ℓ has the gradient Σᵢ (hᵢ − yᵢ) xᵢⱼ (checked below against central
finite differences with NumPy, never against logderiv).
"""

from __future__ import annotations

import numpy
from _derivations_table import derivative_page as _derivation
from _derivations_table import display as _display
from _derivations_table import review_of_page as _review
from _numeric import central_differences

_ASCENT_LAST = r"\sum_{i=1}^m(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}"
_DESCENT_LAST = r"\sum_{i=1}^m(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"
_LOG_LIKELIHOOD = r"\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"


def test_the_hand_worked_gradients_by_finite_differences():
    generator = numpy.random.default_rng(5)
    m, n = 5, 3
    X, y = generator.normal(size=(m, n)), generator.uniform(0.1, 0.9, size=m)
    theta = generator.normal(size=n)

    def log_likelihood(v):
        h = 1 / (1 + numpy.exp(-(X @ v)))
        return numpy.sum(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    numeric = central_differences(log_likelihood, theta)
    h = 1 / (1 + numpy.exp(-(X @ theta)))
    assert numpy.allclose(numeric, X.T @ (y - h), atol=1e-6)
    assert numpy.allclose(-numeric, X.T @ (h - y), atol=1e-6)  # the negative log-likelihood's


# -- 1. ℓ(θ) = log L(θ) = Σ …, L's log spelled as pages spell it --------------------------------------------------

def test_minus_ln_l_defines_the_negative_log_likelihood_whose_gradient_has_h_minus_y(tmp_path):
    # l(θ) = −ln L(θ) = −Σ …: the side after −ln L defines l, the NEGATIVE log-likelihood
    page = _display(rf"l(\theta)=-lnL(\theta)=-{_LOG_LIKELIHOOD}") + "\n" + _derivation("l", _DESCENT_LAST)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("log of the likelihood L" in note for note in review["notes"])


def test_minus_ln_l_then_the_ascent_gradient_is_wrong(tmp_path):
    # the same l, derived as if it were +ℓ: y − h is −∂l/∂θⱼ, the one step is wrong
    page = _display(rf"l(\theta)=-\ln\,L(\theta)=-{_LOG_LIKELIHOOD}") + "\n" + _derivation("l", _ASCENT_LAST)
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert wrong == [6]  # lines 1–3 the definition, 4 blank, 5 "$$", 6 the step


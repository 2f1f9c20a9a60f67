"""audit21: near-variants of the readings merged in fixtex5, fixcode5/6, fixderivs5, where a reading would be wrong.

Every expected result is worked out by hand (the gradients below are checked against central finite
differences with NumPy, never against logderiv). For the Bernoulli log-likelihood

    ℓ(θ) = Σᵢ [yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ)],  hᵢ = σ(θᵀxᵢ),  ∂ℓ/∂θⱼ = Σᵢ (yᵢ − hᵢ) xᵢⱼ,

and the negative log-likelihood −ℓ has Σᵢ (hᵢ − yᵢ) xᵢⱼ. ℓ is never above 0 (a log of probabilities), −ℓ
never below 0.
"""

from __future__ import annotations

import numpy
import pytest

import logderiv
from logderiv.errors import InputError

from _derivations_table import derivative_page, display, steps_of_page

_LOG_LIKELIHOOD = r"\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"
_ASCENT = r"\sum_{i=1}^m(y^{(i)}-h(x^{(i)}))x_j^{(i)}"
_DESCENT = r"\sum_{i=1}^m(h(x^{(i)})-y^{(i)})x_j^{(i)}"


def test_the_hand_worked_gradients_and_signs_by_finite_differences():
    generator = numpy.random.default_rng(21)
    X, y = generator.normal(size=(6, 3)), generator.uniform(0.05, 0.95, size=6)
    theta = generator.normal(size=3)

    def log_likelihood(v):
        h = 1 / (1 + numpy.exp(-(X @ v)))
        return numpy.sum(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    step = 1e-6
    numeric = numpy.array([(log_likelihood(theta + step * e) - log_likelihood(theta - step * e)) / (2 * step)
                           for e in numpy.eye(3)])
    h = 1 / (1 + numpy.exp(-(X @ theta)))
    assert numpy.allclose(numeric, X.T @ (y - h), atol=1e-6)
    assert numpy.allclose(-numeric, X.T @ (h - y), atol=1e-6)
    assert log_likelihood(theta) < 0  # so −ln L is the positive one, ln L the negative one


# -- 1. l(θ) = −ln L(θ) = Σ … with the last side of the other sign (fixderivs5's −ln L) ------------------------
# The −ln L side says l is the negative log-likelihood (gradient Σ(h − y)x); the last side, with no minus, is
# the log-likelihood (gradient Σ(y − h)x). Read by the last side alone, either derivation was judged
# confidently by a guess: refused, naming both.

@pytest.mark.parametrize("last", [_ASCENT, _DESCENT])
def test_steps_minus_ln_l_beside_a_positive_log_likelihood_is_refused(tmp_path, last):
    page = display(rf"l(\theta)=-\ln L(\theta)={_LOG_LIKELIHOOD}") + "\n" + derivative_page("l", last)
    result = steps_of_page(tmp_path, page, "-f", "text")
    assert result.exit_code == 2
    assert "negative log-likelihood" in result.stderr and "log-likelihood (to maximise)" in result.stderr
    assert "^" in result.stderr and "hint:" in result.stderr


def test_steps_log_l_beside_a_negative_last_side_is_refused(tmp_path):
    page = display(rf"\ell(\theta)=\log L(\theta)=-{_LOG_LIKELIHOOD}") + "\n" + derivative_page(r"\ell", _ASCENT)
    result = steps_of_page(tmp_path, page, "-f", "text")
    assert result.exit_code == 2
    assert "is ℓ the negative log-likelihood" in result.stderr


@pytest.mark.parametrize("sign, last, code", [("-", _DESCENT, 0), ("-", _ASCENT, 1), ("", _ASCENT, 0)])
def test_steps_agreeing_signs_are_still_read(tmp_path, sign, last, code):
    # −ln L = −Σ…: descent Σ(h − y)x right, ascent wrong; ln L = Σ…: ascent right
    page = display(rf"l(\theta)={sign}\ln L(\theta)={sign}{_LOG_LIKELIHOOD}") + "\n" + derivative_page("l", last)
    assert steps_of_page(tmp_path, page, "-f", "text").exit_code == code


def test_check_cost_chain_minus_ln_l_beside_a_positive_log_likelihood_is_refused():
    # was 'different: the cost given is the log-likelihood itself' for the NLL's own gradient Σ(h − y)x
    with pytest.raises(InputError, match="log-likelihood \\(to maximise\\)") as error:
        logderiv.check(_DESCENT, cost=rf"l(\theta)=-\ln L(\theta)={_LOG_LIKELIHOOD}")
    assert error.value.column == len(r"l(\theta)=")


def test_check_cost_chain_agreeing_signs_are_read():
    assert logderiv.check(_DESCENT, cost=rf"l(\theta)=-\ln L(\theta)=-{_LOG_LIKELIHOOD}").verdict == "equivalent"
    assert logderiv.check(_ASCENT, cost=rf"l(\theta)=\ln L(\theta)={_LOG_LIKELIHOOD}").verdict == "equivalent"

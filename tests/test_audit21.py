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


# -- 2. lambda set by --let to a per-example rate in notes' notation (fixcode5's code variables) -------------------
# Σᵢ (λᵢ − yᵢ log λᵢ) + (λ/2) Σₖ θₖ², λᵢ = exp(θᵀxᵢ): the writer's second λ is the penalty strength (by hand
# ∂/∂θⱼ = Σᵢ (e^{θᵀxᵢ} − yᵢ) xᵢⱼ + λθⱼ); read with every lambda renamed to the rate, the penalty became
# e^{θᵀx}/2 Σθₖ² at an example no sum names (a confident wrong gradient). In notes, λ may mean two things:
# only code (one variable, one value) renames it.

def test_lambda_rate_let_beside_a_penalty_lambda_in_notes_is_refused():
    with pytest.raises(InputError, match="fixed meaning"):
        logderiv.derive("sum(lambda - y log(lambda)) + lambda/2 sum_k theta_k^2", let=("lambda = exp(theta^T x)",))


def test_lambda_rate_in_code_is_still_its_value():
    # −Σ(yᵢ zᵢ − e^{zᵢ}), z = Xw: ∇ = Xᵀ(e^{Xw} − y) by hand; the sign flipped is different
    cost, lets = "-sum(y.*z - lambda)", ("z = X*w;", "lambda = exp(z);")
    assert logderiv.check("X' * (exp(X*w) - y)", cost=cost, wrt="w_j", let=lets).verdict == "equivalent"
    assert logderiv.check("X' * (y - exp(X*w))", cost=cost, wrt="w_j", let=lets).verdict == "different"


def test_the_poisson_rate_gradient_by_finite_differences():
    generator = numpy.random.default_rng(7)
    X, y, w = generator.normal(size=(5, 3)), generator.poisson(2.0, size=5), 0.3 * generator.normal(size=3)

    def negative_log_likelihood(v):
        return -numpy.sum(y * (X @ v) - numpy.exp(X @ v))

    step = 1e-6
    numeric = [(negative_log_likelihood(w + step * e) - negative_log_likelihood(w - step * e)) / (2 * step)
               for e in numpy.eye(3)]
    assert numpy.allclose(numeric, X.T @ (numpy.exp(X @ w) - y), atol=1e-5)

r"""hunt32d: a misread hunt on ``logderiv check`` with answers written in maths (LaTeX, plain text, Unicode).

Each misread found is refused here, and each test of a refusal fails on the code before hunt32d:

* a Kronecker δ of the general index and component 0, ``+ \frac{\lambda}{m}(1 - \delta_{j0})\theta_j`` (the notes'
  "every component but the intercept θ₀", their [j ≥ 1] as (1 − δ_{j0})): logderiv numbers the components θ₁ … θₙ
  (the intercept θ₁), so its j is never 0 and δ_{j0} was 0 everywhere, silently. Against logistic-l2 (every θ
  penalised) the answer, wrong at the intercept, was "equivalent"; with --no-reg-intercept, where it is right, it
  was "different"; ``+ \delta_{j0}`` alone was "equivalent". Refused naming both readings (logderiv's numbering:
  0; the notes': logderiv's δ_{j1}); δ_{j1} and a δ of two numbers keep their readings.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
never to logderiv's output.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from _reading import refused

LAM = 0.7

_DATA_TERM = r"\frac{1}{m}\sum_{i=1}^m (h^{(i)} - y^{(i)}) x^{(i)}_j"


def _penalised_everywhere(X, labels, theta):
    """logistic-l2: the cross-entropy plus (λ/2m) Σₖ θₖ², the intercept (column 0 here) penalised too."""
    return penalised_cross_entropy(X, labels, theta, LAM) + LAM / (2 * len(labels)) * theta[0] ** 2


def test_intercept_kept_out_of_the_penalty_is_not_logistic_l2s_gradient():
    """By hand: (1/m)Σ(h − y)xⱼ + (λ/m)(1 − δ_{j0})θⱼ, j = 0 the intercept, misses λθ₀/m at j = 0 only."""
    X, labels, theta = intercept_data(32, 9, 3)
    full = central_differences(lambda t: _penalised_everywhere(X, labels, t), theta)
    free = central_differences(lambda t: penalised_cross_entropy(X, labels, t, LAM), theta)
    h = sigmoid(X @ theta)
    answer = np.array([np.sum((h - labels) * X[:, j]) / 9 + LAM / 9 * (1 - (j == 0)) * theta[j] for j in range(3)])
    assert np.allclose(answer[1:], full[1:], atol=1e-6)
    assert not np.isclose(answer[0], full[0], atol=1e-3)
    assert np.allclose(answer, free, atol=1e-6)


@pytest.mark.parametrize("answer, options", [
    (_DATA_TERM + r" + \frac{\lambda}{m}(1 - \delta_{j0})\theta_j", {}),
    (_DATA_TERM + r" + \frac{\lambda}{m}(1 - \delta_{j0})\theta_j", {"regularise_intercept": False}),
    (_DATA_TERM + r" + \frac{\lambda}{m}\theta_j - \frac{\lambda}{m}\delta_{0j}\theta_j", {}),
    ("1/m * sum((h - y) x_j) + lambda/m * (1 - delta_j0) * theta_j", {}),
    ("(1/m)Σ(h − y)xⱼ + (λ/m)(1 − δⱼ₀)θⱼ", {}),
])
def test_delta_of_j_and_component_zero_is_refused_naming_both_readings(answer, options):
    """Was "equivalent" (logistic-l2) or "different" (--no-reg-intercept): δ_{j0} silently 0."""
    error = refused(logderiv.check, answer, cost="logistic-l2", **options)
    assert "component 0" in str(error) and "δ_{j1}" in str(error), answer


def test_lone_delta_of_j_and_zero_is_refused():
    """``+ δ_{j0}`` adds 1 at the notes' intercept: not the gradient there, and it was "equivalent"."""
    refused(logderiv.check, _DATA_TERM + r" + \delta_{j0}", cost="logistic")


def test_delta_of_j_and_the_intercept_one_keeps_its_reading():
    """δ_{j1} in logderiv's numbering: (λ/m)θⱼ − (λ/m)θ₁δ_{j1} is --no-reg-intercept's penalty (the finite
    differences of the first test, ``free``, with the intercept first)."""
    verdict = logderiv.check(_DATA_TERM + r" + \frac{\lambda}{m}\theta_j - \frac{\lambda}{m}\theta_1\delta_{j1}",
                             cost="logistic-l2", regularise_intercept=False)
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check(_DATA_TERM + r" + \frac{\lambda}{m}\theta_j - \frac{\lambda}{m}\theta_1\delta_{j1}",
                             cost="logistic-l2")
    assert verdict.verdict == "different"


def test_delta_refusal_stays_fast_on_long_input():
    answer = _DATA_TERM + r" + \delta_{j0}" + r" + 0 \theta_j" * 1500
    start = time.perf_counter()
    with pytest.raises(logderiv.InputError):
        logderiv.check(answer, cost="logistic", timeout=5)
    assert time.perf_counter() - start < 5.0

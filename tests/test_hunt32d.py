r"""hunt32d: a misread hunt on ``logderiv check`` with answers written in maths (LaTeX, plain text, Unicode).

Each misread found is refused here, and each test of a refusal fails on the code before hunt32d:

* a Kronecker δ of the general index and component 0, ``+ \frac{\lambda}{m}(1 - \delta_{j0})\theta_j`` (the notes'
  "every component but the intercept θ₀", their [j ≥ 1] as (1 − δ_{j0})): logderiv numbers the components θ₁ … θₙ
  (the intercept θ₁), so its j is never 0 and δ_{j0} was 0 everywhere, silently. Against logistic-l2 (every θ
  penalised) the answer, wrong at the intercept, was "equivalent"; with --no-reg-intercept, where it is right, it
  was "different"; ``+ \delta_{j0}`` alone was "equivalent". Refused naming both readings (logderiv's numbering:
  0; the notes': logderiv's δ_{j1}); δ_{j1} and a δ of two numbers keep their readings.
* a condition or range that leaves the intercept out in the notes' numbering (θ₀ the intercept), ``+
  \frac{\lambda}{m}\theta_j \quad (j \ge 1)``, ``j \neq 0``, ``\text{for } j \ge 1``, ``(j = 1, \ldots, n)`` (ex2's
  "for j ≥ 1" line), beside a cost that writes its intercept θ₁ apart (--no-reg-intercept): checked as the general
  component, which there takes in the intercept θ₁, so the answer, right for every component its condition names,
  was "different" (the intercept's −(λ/m)θ₁ missing). In logderiv's numbering the same condition is every component,
  and the answer wrong at the intercept. Refused naming both numberings; with every θ penalised, and with a numbered
  --wrt past the intercept (theta_2), it keeps its reading.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
never to logderiv's output.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from _reading import refused
from work import assert_linear

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
    # counted, not timed (tests/work.py): 75 and 300 terms make about 90,000 and 330,000 calls (3.7x); the 1,500
    # once timed here (19,600 characters) make 1,600,000, about 4 s counted
    def answer(n: int) -> Callable[[], object]:
        text = _DATA_TERM + r" + \delta_{j0}" + r" + 0 \theta_j" * n

        def refused() -> None:
            with pytest.raises(logderiv.InputError, match="compares the index j with component 0"):
                logderiv.check(text, cost="logistic", timeout=5)
        return refused

    assert_linear(answer, 75)


# ---------------------------------------------------------------- j ≥ 1 beside a cost with its intercept θ₁ apart

_LINEAR_DATA = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x^{(i)}_j"


def _half_mean_square_penalised(X, y, theta, everywhere):
    m = len(y)
    penalty = np.sum(theta ** 2) if everywhere else np.sum(theta[1:] ** 2)
    return float(np.sum((X @ theta - y) ** 2)) / (2 * m) + LAM / (2 * m) * penalty


def test_penalty_line_is_right_past_the_intercept_and_wrong_at_it():
    """By hand: (1/m)Σ(θᵀx − y)xⱼ + (λ/m)θⱼ is the unpenalised-intercept gradient at every j but the intercept's
    (the notes' j ≥ 1), and not at the intercept (logderiv's j = 1 among j ≥ 1)."""
    X, _, theta = intercept_data(7, 8, 3)
    y = np.random.default_rng(3).normal(size=8)
    truth = central_differences(lambda t: _half_mean_square_penalised(X, y, t, everywhere=False), theta)
    answer = X.T @ (X @ theta - y) / 8 + LAM / 8 * theta
    assert np.allclose(answer[1:], truth[1:], atol=1e-6)
    assert not np.isclose(answer[0], truth[0], atol=1e-3)


@pytest.mark.parametrize("condition", [
    r"\quad (j \ge 1)", r"\quad \text{for } j \ge 1", r"\quad j \neq 0", r"\quad (j = 1,\ldots,n)",
    r", j = 1, \dots, n",
])
def test_intercept_condition_beside_an_intercept_one_apart_is_refused(condition):
    """Was "different" with the note "for every component but the intercept θ₀" (a false different)."""
    answer = _LINEAR_DATA + r" + \frac{\lambda}{m}\theta_j" + condition
    for cost in ("linear-l2", "logistic-l2"):
        text = answer if cost == "linear-l2" else answer.replace(r"\theta^T x^{(i)}", r"h_\theta(x^{(i)})")
        error = refused(logderiv.check, text, cost=cost, regularise_intercept=False)
        assert "numbers the components from the intercept" in str(error) and "θ_1" in str(error), (cost, condition)


def test_plain_intercept_condition_is_refused_too():
    error = refused(logderiv.check, "1/m * sum((theta^T x - y) x_j) + lambda/m * theta_j  for j >= 1",
                    cost="linear-l2", regularise_intercept=False)
    assert "the text does not say which" in str(error)


@pytest.mark.parametrize("condition", [r"\quad (j \ge 1)", r"\quad (j = 1,\ldots,n)", r"\quad j \neq 0"])
def test_intercept_condition_with_every_theta_penalised_keeps_its_reading(condition):
    """Every θ penalised: (λ/m)θⱼ is right at every component, whichever numbering (the test above's
    finite differences with ``everywhere=True`` agree at every j)."""
    X, _, theta = intercept_data(7, 8, 3)
    y = np.random.default_rng(3).normal(size=8)
    truth = central_differences(lambda t: _half_mean_square_penalised(X, y, t, everywhere=True), theta)
    assert np.allclose(X.T @ (X @ theta - y) / 8 + LAM / 8 * theta, truth, atol=1e-6)
    verdict = logderiv.check(_LINEAR_DATA + r" + \frac{\lambda}{m}\theta_j" + condition, cost="linear-l2")
    assert verdict.verdict == "equivalent"


def test_intercept_condition_at_a_component_past_the_intercept_keeps_its_reading():
    verdict = logderiv.check(_LINEAR_DATA + r" + \frac{\lambda}{m}\theta_j \quad (j \ge 1)", cost="linear-l2",
                             regularise_intercept=False, wrt="theta_2")
    assert verdict.verdict == "equivalent"
    refused(logderiv.check, _LINEAR_DATA + r" + \frac{\lambda}{m}\theta_j \quad (j \ge 1)", cost="linear-l2",
            regularise_intercept=False, wrt="theta_1")


def test_range_from_one_stays_fast_on_long_input():
    from logderiv.verify.conditions import range_from_one

    assert range_from_one(", j = 1," * 2500) is None
    assert range_from_one("a" + " " * 20000 + "(j = 1," + "x" * 20000) is None
    # counted, not timed (tests/work.py): the calls do not grow with the text; the pattern's work on it is one
    # regular expression's, timed as a ratio by benchmarks/scaling.py ("range from one")
    assert_linear(lambda n: lambda: (range_from_one(", j = 1," * n),
                                     range_from_one("a" + " " * (8 * n) + "(j = 1," + "x" * (8 * n))), 625)

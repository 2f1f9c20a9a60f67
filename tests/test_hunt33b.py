r"""hunt33b: an adversarial hunt over the last two stops' readings; the one misread found is refused here.

* An answer's θᵀx (no θ₀ written in it) beside a cost that writes the intercept apart beside a sum over the features
  from 1, ``\theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}`` (in the cost, or in its let: mathgpt.today's
  multiple-linear-regression page, the corpus items mathgpt-ridge-*): read over 1..n, without θ₀, the answer
  ``\frac{1}{m}\sum (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j`` was "different" with no note,
  while in Ng's notes, which number θ₀ first as this cost does, θᵀx = θ₀x₀ + θ₁x₁ + ⋯ (x₀ = 1) holds the intercept
  and the answer is right; beside the same model written term by term (θ₀ + θ₁x₁ + θ₂x₂) logderiv reads it so. With a
  separate bias (θ = (θ₁ … θₙ)) the answer forgot θ₀: the text does not say which. Refused naming both readings.
  A cost that writes θᵀx itself beside θ₀ (θ₀ + θᵀx) has said its θ leaves θ₀ out, and keeps its verdict; an answer
  that writes θ₀ + θᵀx is read.

The truths are worked by hand and held to central finite differences of NumPy costs written here, never to
logderiv's output.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused
from work import assert_linear
from logderiv.notation import parse_text
from logderiv.notation.zero_intercept import intercepts_written_apart

LAM = 0.7
_RNG = np.random.default_rng(33)
_X, _Y = _RNG.normal(size=(9, 3)), _RNG.normal(size=9)

#: the cost with its intercept apart, written out (the features x_1..x_n, θ₀ on its own, the penalty from 1)
APART = (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)})^2"
         r" + \frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2")
#: mathgpt.today/problems/machine%20learning/multiple-linear-regression (the corpus's _MATHGPT_COST and its let)
MATHGPT = (r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2 + \lambda "
           r"\sum_{j=1}^n \theta_j^2 \right]")
MATHGPT_LET = r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}"
#: the page's 'For j ≥ 1' line with h_θ(x⁽ⁱ⁾) spelt θᵀx⁽ⁱ⁾, as Ng's notes write it
DOT_ANSWER = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j"


def _cost(t):
    """(1/2m) Σ (θ₀ + Σ_{j≥1} θⱼxⱼ − y)² + (λ/2m) Σ_{j≥1} θⱼ², t = (θ₀, θ₁ … θₙ)."""
    r = t[0] + _X @ t[1:] - _Y
    return (float(r @ r) + LAM * float(t[1:] @ t[1:])) / (2 * len(_Y))


def test_the_dot_answer_is_right_with_theta0_in_it_and_wrong_without():
    t = _RNG.normal(size=4)
    truth = central_differences(_cost, t)[1:]
    m = len(_Y)
    with_intercept = _X.T @ (t[0] + _X @ t[1:] - _Y) / m + LAM / m * t[1:]  # θᵀx = θ₀x₀ + …, x₀ = 1 (Ng)
    without = _X.T @ (_X @ t[1:] - _Y) / m + LAM / m * t[1:]  # θᵀx over 1..n: the intercept forgotten
    assert np.allclose(with_intercept, truth, atol=1e-6)
    assert not np.allclose(without, truth, atol=1e-3)


@pytest.mark.parametrize("answer, cost, lets, wrt", [
    (DOT_ANSWER, APART, (), "theta_j"),                       # was "different", no note
    (DOT_ANSWER, MATHGPT, (MATHGPT_LET,), "theta_j"),         # the let's model: was "different", no note
    (r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})", MATHGPT, (MATHGPT_LET,), "theta_0"),  # the same at θ₀
    (r"\frac{1}{m}\sum_{i=1}^m (\beta^T x_i - y_i) x_{ij}",
     r"\frac{1}{2m}\sum_{i=1}^m (\beta_0 + \sum_{j=1}^n \beta_j x_{ij} - y_i)^2", (), "beta_j"),
    (r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)}) x^{(i)}_j",
     r"\frac{1}{2m}\sum_{i=1}^m (w_0 + \sum_{j=1}^n w_j x_j^{(i)} - y^{(i)})^2", (), "w_j"),
    ("1/m * sum((theta^T x - y) x_j)", "1/(2m) * sum((theta_0 + sum_j(theta_j x_j) - y)^2)", (), "theta_j"),
])
def test_a_dot_beside_an_intercept_written_apart_is_refused(answer, cost, lets, wrt):
    error = refused(logderiv.check, answer, cost=cost, let=lets, wrt=wrt)
    assert "writes the intercept" in str(error) and "x_0 = 1, Ng's convention" in str(error)
    assert "over 1..n without it" in str(error)
    assert error.column is not None


def test_the_answer_with_its_intercept_written_is_read():
    # θ₀ + θᵀx: the answer says its θᵀx leaves θ₀ out; right, by the finite differences above
    answer = DOT_ANSWER.replace(r"\theta^T x^{(i)}", r"\theta_0 + \theta^T x^{(i)}")
    assert logderiv.check(answer, cost=APART).verdict == "equivalent"
    assert logderiv.check(answer, cost=MATHGPT, let=[MATHGPT_LET]).verdict == "equivalent"


def test_the_pages_own_line_keeps_its_reading():
    # mathgpt's 'For j ≥ 1' line in h_θ: right (finite differences above, h_θ being θ₀ + Σ_{j≥1} θⱼxⱼ)
    answer = r"\frac{1}{m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)} + \frac{\lambda}{m} \theta_j"
    assert logderiv.check(answer, cost=MATHGPT, let=[MATHGPT_LET]).verdict == "equivalent"


def test_a_cost_that_writes_the_dot_beside_theta0_keeps_its_verdict():
    # θ₀ + θᵀx in the cost: θ leaves θ₀ out, and the answer's θᵀx without θ₀ forgets it (t[0] ≠ 0): different
    t = _RNG.normal(size=4)
    truth = central_differences(_cost, t)[1:]
    assert not np.allclose(_X.T @ (_X @ t[1:] - _Y) / len(_Y) + LAM / len(_Y) * t[1:], truth, atol=1e-3)
    cost = APART.replace(r"\sum_{j=1}^n \theta_j x_j^{(i)}", r"\theta^T x^{(i)}")
    assert logderiv.check(DOT_ANSWER, cost=cost).verdict == "different"


def test_the_model_written_term_by_term_keeps_its_reading():
    # θ₀ + θ₁x₁ + θ₂x₂: θᵀx read with θ₀ in it (x₀ = 1), as the written-model reading says
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)} - y^{(i)})^2"
    answer = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x^{(i)}_j"
    result = logderiv.check(answer, cost=cost)
    assert result.verdict == "equivalent"
    assert any("x₀ = 1" in note for note in result.notes)


@pytest.mark.parametrize("text, expected", [
    (APART, {"theta"}),
    (MATHGPT_LET, {"theta"}),
    (APART.replace(r"\sum_{j=1}^n \theta_j x_j^{(i)}", r"\theta^T x^{(i)}"), set()),  # dotted: θ leaves θ₀ out
    (r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^n \theta_j^2",
     set()),  # the only feature sum is the penalty's: no data in it
])
def test_intercepts_written_apart(text, expected):
    assert intercepts_written_apart([parse_text(text).tree]) == expected


def test_intercepts_written_apart_stays_fast_on_long_input():
    def apart(n: int) -> Callable[[], None]:
        text = " + ".join([r"\theta_0 + \sum_{j=1}^n \theta_j x_j"] * n)
        assert n < 500 or 19_000 < len(text) <= 20_000  # the longest the input's bounds let through
        tree = parse_text(text).tree

        def work() -> None:
            assert intercepts_written_apart([tree]) == {"theta"}
        return work

    # counted, not timed (tests/work.py): one walk, about 124 calls a copy (15,800 at 127 copies, 63,000 at 508)
    assert_linear(apart, 127)

"""audit25m (issue 10): a misread hunt over the conventions logderiv applies where a text leaves something implicit.

Each section is one convention, a near-variant that real course material writes where the convention gave the
WRONG verdict on main, the fact by finite differences (tests/_numeric.py, never logderiv's own output), and the
fixed behaviour:

* an undefined prediction ŷ beside a squared error is read as the linear model wᵀx (noted). An answer that
  multiplies by ŷ(1 − ŷ), the sigmoid's derivative σ(1 − σ), says its ŷ is σ(wᵀx) (a sigmoid unit under a
  squared error, as backpropagation notes derive it), and for that model it is right; judged against the
  default it was 'different'. Refused, asking for the cost's model.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_RNG = numpy.random.default_rng(25)
_X = _RNG.normal(size=(6, 3))
_Y = _RNG.normal(size=6)


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _check(answer: str, cost: str, wrt: str, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", answer, "--cost", cost, "--wrt", wrt, *extra, "-f", "json"])
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


# ---- ŷ(1 − ŷ) beside an undefined ŷ read as the linear model --------------------------------------------------------

def test_the_sigmoid_slope_answer_is_right_for_a_sigmoid_unit():
    # (1/m) Σ (yᵢ − σ(wᵀxᵢ))², by w_j: (2/m) Σ (σ − y) σ (1 − σ) x_ij, the answer below with ŷ = σ(wᵀx)
    w = _RNG.normal(size=3)
    numeric = central_differences(lambda v: float(numpy.mean((_Y - _sigmoid(_X @ v)) ** 2)), w)
    s = _sigmoid(_X @ w)
    assert numeric == pytest.approx(2 / len(_Y) * _X.T @ ((s - _Y) * s * (1 - s)), abs=1e-6)
    # and not the linear model's gradient, which the default reads: the old 'different' was the default's
    assert not numpy.allclose(numeric, 2 / len(_Y) * _X.T @ (_X @ w - _Y), atol=1e-3)


@pytest.mark.parametrize("answer, cost, wrt", [
    ("2/m sum (ŷ - y) ŷ (1 - ŷ) x_j", "1/m sum (y - ŷ)^2", "w_j"),
    ("1/m sum (h(x^(i)) - y^(i)) h(x^(i))(1 - h(x^(i))) x_j^(i)", "1/(2m) sum (h(x^(i)) - y^(i))^2", "theta_j"),
    ("2/m sum (sigmoid(w^T x) - y) sigmoid(w^T x)(1 - sigmoid(w^T x)) x_j", "1/m sum (y - ŷ)^2", "w_j"),
    ("X' * ((h - y) .* h .* (1 - h)) / m", "1/(2m) sum (h - y)^2", "theta_j"),  # Octave, a matrix answer
])
def test_a_sigmoid_slope_beside_a_default_linear_h_is_refused(answer, cost, wrt):
    code, out = _check(answer, cost, wrt)
    assert code == 2, out
    assert "σ(1 − σ), the sigmoid's derivative" in out["message"]
    assert "is read as h = " in out["message"] and "--let 'h = sigmoid(" in out["hint"]
    assert answer[out["column"] - 1:].startswith("1 -")  # the caret at the (1 − h), columns counted from 1


def test_the_sigmoid_slope_is_judged_where_the_cost_says_its_model():
    # with the model given, the same answer is judged (right), as the finite differences above say
    code, out = _check("1/m sum (h - y) h (1-h) x_j", "1/(2m) sum (h - y)^2", "theta_j",
                       "--let", "h = sigmoid(theta^T x)")
    assert code == 0 and out["verdict"] == "equivalent", out
    # and beside a cross-entropy (default σ) the sigmoid's slope is the default's own: nothing to ask
    code, out = _check("1/m sum (h - y) x_j", "-1/m sum (y log h + (1-y) log(1-h))", "theta_j")
    assert out["verdict"] == "equivalent", out

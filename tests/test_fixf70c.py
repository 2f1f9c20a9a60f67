"""A gradient returned as an array of its components (NumPy's ``np.array([grad_w0, grad_w1])``, Octave's
``[g0; g1]``, R's ``c(g0, g1)``), judged entry by entry, and a function's arguments under names of their own
(``--let 'w_ = w'``) read as the quantities (fixf70c, issue 10).

Why: f70's notebook computes a line's ridge gradient part by part and returns the parts as one array through the
arguments ``x_, y_, w_``; it was refused ("square brackets right after a name look like indexing", "NumPy's np.array
is not read") though the array is plainly the gradient vector, its entry k the derivative by the code's k-th
parameter. Each reading is noted; arrays whose entries do not match the cost's parameters stay refused. The verdicts
are worked by hand and the hand gradients held to finite differences (``_numeric``), never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

RNG = np.random.default_rng(7030)
XS, YS = RNG.normal(size=6), RNG.normal(size=6)

# public code index file 31593606459 (ridge_loss of the line y_pred = w[0]*x + w[1], def ridge_grad(x_, y_, w_))
COST = "np.mean((y - y_pred)**2) + l2_reg * (w[0]**2 + w[1]**2)"
LETS = ("y_pred = w_[0]*x_ + w_[1]", "x_ = x", "y_ = y", "w_ = w", "l2_reg = 0.1")
RIGHT_0 = "2*np.mean((y_pred - y_)*x_) + 2*l2_reg*w_[0]"
RIGHT_1 = "2*np.mean(y_pred - y_) + 2*l2_reg*w_[1]"


def _lines(first: str, second: str, returned: str = "return np.array([grad_w0, grad_w1])") -> str:
    return f"y_pred = w_[0]*x_ + w_[1]\ngrad_w0 = {first}\ngrad_w1 = {second}\n{returned}"


def test_the_hand_gradient_agrees_with_finite_differences():
    """∇ of mean((y − w₀x − w₁)²) + 0.1(w₀² + w₁²) is (2·mean((ŷ − y)x) + 0.2w₀, 2·mean(ŷ − y) + 0.2w₁)."""
    at = RNG.normal(size=2)

    def cost(w):
        return float(np.mean((YS - (w[0] * XS + w[1])) ** 2) + 0.1 * (w[0] ** 2 + w[1] ** 2))

    residual = at[0] * XS + at[1] - YS
    by_hand = np.array([2 * np.mean(residual * XS) + 0.2 * at[0], 2 * np.mean(residual) + 0.2 * at[1]])
    found = central_differences(cost, at)
    assert np.allclose(found, by_hand, atol=1e-6)
    assert not np.allclose(found, by_hand[::-1], atol=1e-6)  # the entries swapped
    half = np.array([np.mean(residual * XS) + 0.2 * at[0], np.mean(residual) + 0.2 * at[1]])
    assert not np.allclose(found, half, atol=1e-6)  # the data term's 2 lost


@pytest.mark.parametrize(("answer", "verdict"), [
    (_lines(RIGHT_0, RIGHT_1), "equivalent"),
    (_lines(RIGHT_0.replace("2*np.mean", "np.mean"), RIGHT_1.replace("2*np.mean", "np.mean")), "different"),
    (_lines(RIGHT_0, RIGHT_1, "return np.array([grad_w1, grad_w0])"), "different"),  # swapped
    (f"np.array([{RIGHT_0}, {RIGHT_1}])", "equivalent"),  # one line
])
def test_an_array_of_components_is_judged_entry_by_entry(answer, verdict):
    assert_verdict_read(answer, COST, verdict, wrt="w_j", lets=LETS)


@pytest.mark.parametrize(("answer", "verdict"), [
    ("g0 = 2*(w_1*x + w_2 - y)*x;\ng1 = 2*(w_1*x + w_2 - y);\ngrad = [g0; g1];", "equivalent"),  # Octave
    ("g0 = 2*(w_1*x + w_2 - y);\ng1 = 2*(w_1*x + w_2 - y)*x;\ngrad = [g0; g1];", "different"),
    ("g0 <- 2*(w_1*x + w_2 - y)*x\ng1 <- 2*(w_1*x + w_2 - y)\nreturn(c(g0, g1))", "equivalent"),  # R
    ("g0 <- 2*(w_1*x + w_2 - y)*x\ng1 <- 2*(w_1*x + w_2 - y)*x\nreturn(c(g0, g1))", "different"),
])
def test_octave_and_r_arrays_are_judged_too(answer, verdict):
    """(w₁x + w₂ − y)² has ∇ = (2(w₁x + w₂ − y)x, 2(w₁x + w₂ − y)), worked by hand."""
    assert_verdict_read(answer, "(w_1*x + w_2 - y)^2", verdict, wrt="w_j")


def test_the_readings_are_noted_in_every_format():
    answer = _lines(RIGHT_0, RIGHT_1)
    notes = notes_of(logderiv.check(answer, cost=COST, wrt="w_j", let=LETS))
    assert any("w_ is read as w" in note for note in notes)
    assert any("an array of 2 components" in note for note in notes)
    args = ["check", answer, "--cost", COST, "--wrt", "w_j", *[part for let in LETS for part in ("--let", let)]]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert "note:" in text.output and "an array of 2 components" in text.output
    said = json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"]
    assert any("w_ is read as w" in note for note in said)
    assert "an array of 2 components" in CliRunner().invoke(main, [*args, "-f", "latex"]).output


@pytest.mark.parametrize(("answer", "cost", "lets"), [
    (_lines(RIGHT_0, RIGHT_1, "return np.array([grad_w0, grad_w1, grad_w1])"), COST, LETS),  # 3 entries, 2 weights
    ("w_ = w_ * 2\n" + _lines(RIGHT_0, RIGHT_1), COST, LETS),  # the alias set again: no longer w
    ("np.array([2*(w^T x - y)*x_1, 2*(w^T x - y)*x_2])", "(w^T x - y)^2", ()),  # n weights, 2 entries
    ("np.array([[1, 2], [3, 4]])", "(w_1*x + w_2 - y)^2", ()),  # a matrix
    ("c(2*(w_1*x + w_2 - y)*x, 2*(w_1*x + w_2 - y))", "(w_1*x + w_2 - y)^2", ()),  # c(…) alone: a function c?
])
def test_arrays_whose_components_are_not_plain_stay_refused(answer, cost, lets):
    refused_by_logderiv(lambda: logderiv.check(answer, cost=cost, wrt="w_j", let=lets))

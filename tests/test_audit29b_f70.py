r"""Audit of fixf70a's readings (audit29b; tests/test_audit29b.py holds an earlier audit of that name): inputs where a new reading gave a wrong result, each now refused or read
right, and near-variants probed by hand that were already right (kept so they stay so).

Why: NumPy's ``w[0]``, ``w[1]`` with ``--wrt w_j`` are read as w₁, w₂ only where no text numbers w otherwise (w₀: is
w[0] that w₀ or w₁?). ``check`` reads the cost alone too, where the answer is out of sight, so an answer in w_0, w_1
(NumPy's own numbering, from 0) was judged against w[0] read as w_1: a right answer called "different". Truth is
worked by hand and held to finite differences (``_numeric``) or to the corpus judge, never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused_by_logderiv
from logderiv.cli import main

RNG = np.random.default_rng(2029)

# a notebook's ridge line, w = [slope, intercept] (test_fixf70a's LINE_COST without the penalty)
LINE_COST = "np.mean((y - y_pred)**2)"
LINE_LETS = ("y_pred = w[0]*x + w[1]",)
# the answer in NumPy's numbering (entries from 0): component j of the gradient, δ picking the entry
ZERO_BASED = "-2/m*sum((y - w_0*x - w_1)*(delta_0j*x + delta_1j))"
ZERO_BASED_LATEX = r"-\frac{2}{m}\sum_{i=1}^{m} (y_i - w_{0} x_i - w_1)(\delta_{0j} x_i + \delta_{1j})"


def test_the_zero_based_answer_is_right_in_its_own_numbering():
    """By hand ∂/∂w[0] = −(2/m)Σ(y − w[0]x − w[1])x and ∂/∂w[1] = −(2/m)Σ(y − w[0]x − w[1]): the answer above, read
    with w_0 = w[0], w_1 = w[1] and j from 0, is the gradient; read with w_0, w_1 as logderiv's entries 0 and 1 beside
    w[0] = w_1 it is not. So a verdict on it depends on the numbering, which nothing says."""
    x, y, at = RNG.normal(size=6), RNG.normal(size=6), RNG.normal(size=2)

    def cost(w):
        return float(np.mean((y - (w[0] * x + w[1])) ** 2))

    r = y - (at[0] * x + at[1])
    zero_based = np.array([-2 * np.mean(r * x), -2 * np.mean(r)])
    assert np.allclose(central_differences(cost, at), zero_based, atol=1e-6)


@pytest.mark.parametrize("answer", [ZERO_BASED, ZERO_BASED_LATEX])
def test_an_answer_numbering_w_beside_numpy_entries_is_refused(answer):
    """The old code read the cost's w[0] as w_1 alone and the answer's w_0 as w_0: 'different' for a right answer."""
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=LINE_COST, wrt="w_j", let=LINE_LETS))
    assert "counting from 0" in str(error) and "numbers w too" in str(error)


def test_the_refusal_points_at_the_answers_numbered_w():
    result = CliRunner().invoke(main, ["check", ZERO_BASED, "--cost", LINE_COST, "--wrt", "w_j",
                                       "--let", LINE_LETS[0], "-f", "json"])
    error = json.loads(result.output[:result.output.rindex("}") + 1])
    assert error["source"] == "ANSWER"
    assert ZERO_BASED[error["column"] - 1:].startswith("w_0")
    assert "w[0], w[1] throughout" in error["hint"]


@pytest.mark.parametrize(("cost", "wrt"), [
    ("np.mean((theta[0] + theta[1]*x - y)**2)/2 + θ₀", "theta_j"),  # θ numbered in Unicode beside NumPy's entries
    ("np.mean((beta[0] + beta[1]*x - y)**2) + 0.1 * beta_0**2", "beta_j"),  # β₀ a name of its own too
])
def test_a_cost_numbering_the_vector_beside_its_numpy_entries_is_refused(cost, wrt):
    error = refused_by_logderiv(lambda: logderiv.derive(cost, wrt=wrt))
    assert "counting from 0" in str(error)


def test_an_answer_in_the_cost_s_own_entries_is_still_judged():
    """An answer that keeps the texts' names (y_pred of w[0], w[1]) and logderiv's δ from 1: equivalent by hand."""
    assert_verdict_read("-2/m*sum((y - y_pred)*(delta_1j*x + delta_2j))", LINE_COST, "equivalent", wrt="w_j",
                        lets=LINE_LETS)

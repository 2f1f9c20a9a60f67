"""``steps --let``: names in a written derivation, with the meaning ``check --let`` gives them.

With a preset the lets are the lines' (ŷ, r for the residual); with a formula
cost, given or written on the first line, they are the cost's, and the lines may
use them too. Each ✓ and ✗ is confirmed by the independent oracle
(``tests/_oracle.py``), and the gradient of each finished derivation by
``sympy.diff`` and finite differences of the cost.
"""

from __future__ import annotations

import random

import pytest
from click.testing import CliRunner

import _oracle
import logderiv
from logderiv.cli import main
from logderiv.errors import InputError

LINEAR_YHAT = (
    r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\hat y^{(i)} - y^{(i)}) "
    r"\frac{\partial}{\partial \theta_j}(\theta^T x^{(i)})" "\n"
    r"= \frac{1}{m}\sum_{i=1}^m (\hat y^{(i)} - y^{(i)}) x_j^{(i)}" "\n"
)
RESIDUAL = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m r^{(i)} x_j^{(i)}" "\n"
RESIDUAL_SIGN = r"\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\sum_{i=1}^m r^{(i)} x_j^{(i)}" "\n"
F_COST = r"J = \frac{1}{2m}\sum_{i=1}^m (f^{(i)} - y^{(i)})^2"
F_STEPS = (
    r"\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_{i=1}^m (f^{(i)} - y^{(i)}) "
    r"\frac{\partial f^{(i)}}{\partial w_j}" "\n"
    r"= \frac{1}{m}\sum_{i=1}^m (f^{(i)} - y^{(i)}) x_j^{(i)}" "\n"
)
FIRST_LINE_COST = (
    r"\frac{\partial}{\partial w_j} \frac{1}{2m}\sum_{i=1}^m (f^{(i)} - y^{(i)})^2" "\n"
    r"= \frac{1}{m}\sum_{i=1}^m (f^{(i)} - y^{(i)}) x_j^{(i)}" "\n"
)

#: (text, cost, lets, ending, first wrong line or None) — worked out by hand:
#: ŷ = θᵀx and r = θᵀx − y make each line the linear cost's gradient; −(1/m) Σ r x is its negative
CASES = [
    (LINEAR_YHAT, "linear", (r"\hat y = \theta^T x",), "gradient", None),
    (RESIDUAL, "linear", (r"r = \theta^T x - y",), "gradient", None),
    (RESIDUAL_SIGN, "linear", (r"r = \theta^T x - y",), "wrong", 1),
    (F_STEPS, F_COST, ("f = w^T x + b",), "gradient", None),
    (FIRST_LINE_COST, None, ("f = w^T x + b",), "gradient", None),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}:{c[2][0]}:{c[3]}" for c in CASES])
def test_steps_let_reviews(case):
    """Each derivation gets the hand-worked ending and first wrong line; the oracle agrees with every step."""
    text, cost, lets, ending, wrong_line = case
    review = logderiv.steps(text, cost=cost, let=lets)
    assert review.ending == ending
    first = review.first_error
    assert (first.written.line if first else None) == wrong_line
    definitions = review.problem.definitions
    previous = review.start
    for step in review.steps:
        prepared = [_oracle.prepare(e, definitions) for e in (previous, step.expression)]
        failures = [f for size in _oracle.SIZES for f in _oracle.agree(prepared, size, random.Random(step.number))]
        assert (not failures) == step.valid, step.number
        previous = step.expression
    if ending == "gradient":
        _oracle.assert_gradient(review.problem.cost, review.problem.wrt, review.steps[-1].expression, definitions)


def test_without_the_let_the_residual_cannot_be_read():
    """r is no name of the linear preset: without --let the derivation is refused at its column (exit 2)."""
    with pytest.raises(InputError):
        logderiv.steps(RESIDUAL, cost="linear")


def test_cli_steps_let(tmp_path):
    """steps --let on the command line: exit 0 for the right derivation, 1 for the sign error."""
    right = tmp_path / "right.tex"
    right.write_text(RESIDUAL, encoding="utf-8")
    wrong = tmp_path / "wrong.tex"
    wrong.write_text(RESIDUAL_SIGN, encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["steps", str(right), "--cost", "linear", "--let", r"r = \theta^T x - y", "-f", "text"])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(main, ["steps", str(wrong), "--cost", "linear", "--let", r"r = \theta^T x - y", "-f", "text"])
    assert bad.exit_code == 1 and "line 1  ✗" in bad.output

"""ReLU, added through the function registry (issue 14, item 1): read, derived, checked, refused only at 0.

ReLU(z) = max(0, z) has the derivative heaviside(z) (1 for z > 0, 0 for z < 0)
everywhere but z = 0, where it has none. The registry test walks it through
every stage; these tests add what is particular to it: the spellings that used to
be refused, the derivative by hand, a right and a wrong answer, and exit 3 where
the data put an argument of ReLU exactly at 0.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sympy
from click.testing import CliRunner

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.cli import main
from logderiv.notation import symbols

ROOT = Path(__file__).resolve().parents[1]
COST = "1/(2m) * sum((relu(theta^T x) - y)^2)"


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr kept apart."""
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=True)


@pytest.mark.parametrize("text, factor", [
    ("ReLU(z)", 1), ("relu(z)", 1), ("2 relu z", 2),
    (r"\operatorname{ReLU}(z)", 1), (r"\text{ReLU}(z)", 1), (r"\operatorname{relu}(z)", 1),
])
def test_spellings_once_refused_are_read_and_differentiated(text, factor):
    """Each spelling the refusal list had is ReLU now: d/dz [c ReLU(z)] = c heaviside(z), by hand."""
    derivation = derive(text, wrt="z")
    z = derivation.wrt
    assert derivation.cost == factor * symbols.relu(z)
    assert sympy.simplify(derivation.result - factor * symbols.heaviside(z)) == 0


def test_a_relu_cost_derives_to_the_gradient_the_oracle_computes():
    """The chain rule through ReLU, checked against the oracle's own max(0, u) (sympy.diff and differences)."""
    derivation = derive(COST)
    assert "chain-relu" in {step.rule.name for step in derivation.steps}
    assert_gradient(derivation.cost, derivation.wrt, derivation.result, derivation.problem.definitions)


def test_right_and_wrong_answers_are_judged():
    """(1/m) Σ heaviside(θᵀx)(ReLU(θᵀx) − y) xⱼ is the gradient (by hand); without the step it is not."""
    right = check("1/m * sum(heaviside(theta^T x) (relu(theta^T x) - y) x_j)", cost=COST)
    wrong = check("1/m * sum((relu(theta^T x) - y) x_j)", cost=COST)
    assert right.verdict == "equivalent"
    assert wrong.verdict == "different"


def test_max_is_still_refused_and_points_at_relu(run):
    """max(0, z) is not read as ReLU silently: exit 3, and the hint names relu(z)."""
    result = run("derive", "--wrt", "z", "max(0, z)")
    assert result.exit_code == 3
    assert "relu(z)" in result.stderr.split("hint:")[1]


@pytest.mark.parametrize("text, reading", [
    ("1/(2m) * sum((relu w^T x + b - y)^2)", "reads as relu(w^T x) + b"),
    ("1/(2m) * sum((relu 1-h)^2)", "reads as relu(1) - h"),
])
def test_bracketless_relu_is_ambiguous_as_sigmoid_is(run, text, reading):
    """ReLU is a link like σ: a bias after it without brackets, or a bare constant, is refused with a caret (exit 2)."""
    result = run("derive", "--wrt", "b", text)
    assert result.exit_code == 2
    assert reading in result.stderr and "ambiguous" in result.stderr
    assert f"  {text}\n  {' ' * text.index('relu')}^" in result.stderr


def test_gradcheck_exits_3_where_an_argument_of_relu_is_0_on_the_data(run, tmp_path):
    """x₁ is the column of ones, so ReLU(θ₁x₁ − θ₁) has the argument 0 on every row: ReLU′ is undefined there."""
    code = tmp_path / "relu_grad.py"
    code.write_text("import numpy as np\n\ndef gradient(theta, X, y):\n    return np.zeros_like(theta)\n",
                    encoding="utf-8")
    result = run("gradcheck", f"{code}:gradient", "--cost", "1/(2m) * sum((relu(theta_1 x_1 - theta_1) - y)^2)")
    assert result.exit_code == 3, result.output
    assert "ReLU has no derivative at 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_gradcheck_judges_a_relu_gradient(run, tmp_path):
    """A right NumPy ReLU gradient passes; the same without the step ((z > 0)) fails."""
    body = "    z = X @ theta\n    return X.T @ ({} (np.maximum(z, 0) - y)) / len(y)\n"
    for name, step, code in (("right", "(z > 0) *", 0), ("wrong", "", 1)):
        path = tmp_path / f"relu_{name}.py"
        path.write_text("import numpy as np\n\ndef gradient(theta, X, y):\n" + body.format(step), encoding="utf-8")
        result = run("gradcheck", f"{path}:gradient", "--cost", COST)
        assert result.exit_code == code, (name, result.output)


def test_the_docs_sample_is_the_real_output(run):
    """docs/notation.md's ReLU sample is what ``derive -f text`` prints."""
    docs = (ROOT / "docs" / "notation.md").read_text(encoding="utf-8")
    sample = re.search(r"<!-- sample: relu -->\n```text\n(.*?)^```", docs, re.DOTALL | re.MULTILINE)
    assert sample is not None
    result = run("derive", COST, "-f", "text")
    assert result.exit_code == 0
    assert result.stdout == sample.group(1)

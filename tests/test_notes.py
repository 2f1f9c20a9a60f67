"""Every reading that is not literal is said, in every output format (issue 10).

Each row is an input that logderiv reads by a convention, and a fragment of the
note that must say so. The note must reach every format of the command: a
``note:`` line in text and rich, the ``notes`` list in JSON, a remark in LaTeX and
Markdown. The fragment is written here by hand, from what the reading means.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from logderiv.cli import main

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

#: (command arguments, a fragment of the note): the fragment is matched ignoring
#: spaces, backslashes and Markdown/LaTeX escapes, so it survives every renderer
DERIVE_NOTES = [
    (["derive", "-1/m * sum(y log(h) + (1 - y) log(1 - h))"], "h is not defined"),
    (["derive", "1/2m * sum((theta^T x - y)^2)"], "read 1/2m as 1/(2m)"),
    (["derive", "-1/m * sum y log(h) + (1 - y) log(1 - h)"], "the sum without brackets is read over the whole summand"),
    (["derive", r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log g(\theta^T x^{(i)}) + (1-y^{(i)})\log(1-g(\theta^T x^{(i)}))]"],
     "g is read as the sigmoid"),
    (["derive", "-1/m * sum(y log(h) + (1 - y) log(1 - h))", "--let", "h = 1/(1+exp(-theta^T x))"], "is the sigmoid"),
    (["derive", r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]"], "N counts the examples"),
    (["derive", r"\frac{1}{2m}\sum_{i=0}^{m-1}(\theta^T x^{(i)} - y^{(i)})^2"], "read as the sum over the m examples"),
    (["derive", r"\frac{1}{2m}\|X\theta - y\|^2"], "read in matrix form"),
    (["derive", "Logistic"], "is read as the preset"),
    (["derive", "1/(2m) * sum((w^T x - y)^2)"], "differentiating by w"),
    (["derive", "J = 1/(2*m) * sum((X*theta - y).^2);"], "the ';' that ends the line is dropped"),
    (["derive", "-1/m sum(y log(g(theta^T x)) + (1-y) log(1 - g(theta^T x)))", "--let", "g(z) = 1/(1+e^(-z))"],
     "g read as σ"),
    (["derive", "1/(2m) sum((w x + b - y)^2)", "--wrt", "w"], "w is a scalar here"),
    (["derive", "1/(2m) sum((w x + b - y)^2)", "--wrt", "b"], "by --wrt b nothing asks for w's entries"),
    (["derive", "1 / (2 * m) * math.sum(math.square(math.subtract(math.multiply(X, theta), y)))"],
     "read as math.js"),
    (["derive", "for i in range(N):\n    cost += (X[i] @ theta - y[i]) ** 2\nreturn cost / (2 * N)"],
     "the lines do not start cost"),
    (["derive", "cost = 0\nfor i in range(N):\n    cost += (X[i] @ theta - y[i]) ** 2\nreturn cost / N"],
     "is their number m"),
    (["derive", "1/m sum (log(1 + e^(theta^T x)) - y theta^T x)"], "is softplus"),
    (["derive", "-1/m Σ [y log h + (1-y) log(1-h)] + λ/2m Σ θ_j^2"], "Σ without an index is read over the features"),
]
CHECK_NOTES = [
    (["check", "1/m * sum((h - y) x_j)", "--cost", "-1/m * sum(y log(h) + (1 - y) log(1 - h))"], "h is not defined"),
    (["check", "1/m * sum((h - y) x_j)", "--cost", "linear"], "h is not defined"),
    (["check", r"\frac{1}{N}\sum_{n=1}^{N}(\hat y_n - y_n)x_{nj}", "--cost", "logistic"], "N counts the examples"),
    (["check", "1/m * sum((h - y) x_j)", "--cost", "1/2m * sum((theta^T x - y)^2)"], "read 1/2m as 1/(2m)"),
    (["check", "1/m sum (h(x^(i)) - y^(i)) x^(i)", "--cost", "logistic"], "is the feature vector of example i"),
    (["check", "-2/N sum (y - (w x + b))", "--cost", r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (w x_i + b))^2", "--wrt", "b"],
     "the answer's N is read as m too"),
    (["check", "(1/m) * X' * (sigmoid(X*theta) - y);", "--cost", "logistic"], "the ';' that ends the line is dropped"),
]


#: how the LaTeX renderer spells the symbols a note holds (σ as \\sigma, Σ as \\sum)
_LATEX_SPELLINGS = {"σ": "sigma", "Σ": "sum", "θ": "theta", "λ": "lambda", "ⱼ": "j"}


def _squash(text: str) -> str:
    """The text without spaces, backslashes, braces and the escapes renderers add; symbols by their LaTeX names."""
    for symbol, name in _LATEX_SPELLINGS.items():
        text = text.replace(symbol, name)
    return re.sub(r"[\s\\{}$*_`]|\\text|\\mathrm", "", text)


def _run(args: list[str], fmt: str):
    runner = CliRunner(env=_CLEAN_ENV)
    result = runner.invoke(main, [*args, "-f", fmt], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), DERIVE_NOTES, ids=[a[1] for a, _ in DERIVE_NOTES])
def test_derive_says_each_reading_in_every_format(args, fragment, fmt):
    """derive's note reaches text, rich, LaTeX, Markdown and JSON."""
    result = _run(args, fmt)
    if fmt == "json":
        notes = json.loads(result.stdout)["notes"]
        assert any(_squash(fragment) in _squash(note) for note in notes), notes
    else:
        assert _squash(fragment) in _squash(result.stdout), result.stdout


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHECK_NOTES, ids=[a[1] for a, _ in CHECK_NOTES])
def test_check_says_each_reading_in_every_format(args, fragment, fmt):
    """check's note reaches text, rich, Markdown and JSON."""
    result = _run(args, fmt)
    if fmt == "json":
        notes = json.loads(result.stdout)["notes"]
        assert any(_squash(fragment) in _squash(note) for note in notes), notes
    else:
        assert _squash(fragment) in _squash(result.stdout), result.stdout

"""Derivations as they are written: \\underset{…}= unbraced, size switches, eqnarray, notes files and notebooks.

The real derivation (``tests/derivations_notes/``, sources in its README) was worked
by hand; each ✓ and ✗ is confirmed by the independent oracle (``tests/_oracle.py``).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

import _oracle
import logderiv
from logderiv.cli import main
from logderiv.errors import InputError

HERE = Path(__file__).parent / "derivations_notes"
PARELLADA = (HERE / "parellada_truncated.tex").read_text(encoding="utf-8")
PLANTED = (HERE / "parellada_sign_planted.tex").read_text(encoding="utf-8")


def _agrees_with_the_oracle(review) -> None:
    definitions = review.problem.definitions
    previous = review.start
    for step in review.steps:
        prepared = [_oracle.prepare(e, definitions) for e in (previous, step.expression)]
        failures = [f for size in _oracle.SIZES for f in _oracle.agree(prepared, size, random.Random(step.number))]
        assert (not failures) == step.valid, step.number
        previous = step.expression


def test_the_public_answer_reads_and_every_step_holds():
    """The copy that stops at the σ′ step: every step ✓, ending unfinished; no \\small or \\Tiny in a line."""
    review = logderiv.steps(PARELLADA)
    assert [step.valid for step in review.steps] == [True] * 5
    assert review.ending == "unfinished"
    assert not any("small" in step.written.text or "Tiny" in step.written.text for step in review.steps)
    _agrees_with_the_oracle(review)


def test_claimed_rules_are_typeset_as_written():
    """The labels under the = signs, in order, typeset: \\left/\\right gone, θ^\\top as θᵀ."""
    review = logderiv.steps(PARELLADA)
    assert [step.claimed_rule for step in review.steps] == [
        None, "linearity", "chain rule", "h_θ(x)=σ(θᵀ x)", "σ'"]


def test_a_planted_sign_is_found_at_its_step():
    """The sign planted in the chain-rule step is the first wrong step, diagnosed as a sign."""
    review = logderiv.steps(PLANTED)
    first = review.first_error
    # line 1, column 562 counted from 1: where the chain-rule step starts, worked out from the file by hand
    assert first is not None and first.number == 3 and (first.written.line, first.written.column + 1) == (1, 562)
    assert first.diagnosis[0].kind == "sign"
    _agrees_with_the_oracle(review)


@pytest.mark.parametrize("relation", [r"\underset{\text{linearity}}=", r"\overset{\text{linearity}}{=}",
                                      r"\stackrel{\text{linearity}}=", r"\underset{\text{linearity}} ="])
def test_annotated_relations_braced_or_not(relation):
    """\\underset, \\overset and \\stackrel take = braced or not; the label is the step's rule."""
    text = (r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} " + relation
            + r" \frac{1}{m}\sum_{i=1}^m h_\theta(x^{(i)}) x_j^{(i)} - \frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)}")
    review = logderiv.steps(text)
    assert review.ok
    assert review.steps[1].claimed_rule == "linearity"


EQNARRAY = r"""\begin{eqnarray*}
\frac{\partial}{\partial\theta_j}J(\theta) &=& \frac{\partial}{\partial\theta_j}\Big[ \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 \Big] \\
&=& \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}
\end{eqnarray*}
"""


def test_eqnarray_and_a_first_line_that_writes_the_cost_out():
    """&=& aligns (no rule column); ∂/∂θⱼ J(θ) = ∂/∂θⱼ[½m⁻¹Σ(θᵀx − y)²] makes that the cost, noted: all valid."""
    review = logderiv.steps(EQNARRAY)
    assert review.ok
    assert any("writes out under ∂/∂θⱼ" in note for note in review.notes)
    _oracle.assert_gradient(review.problem.cost, review.problem.wrt, review.steps[-1].expression,
                            review.problem.definitions)


NOTES = """# Logistic regression gradient

We start from the gradient of the cost.

$$
\\frac{\\partial J}{\\partial\\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}
$$

Then we split the sum (`$$ not maths $$` in code is prose):

```
$$ 1 = 2 $$
```

\\[
= \\frac{1}{m}\\sum_{i=1}^m h_\\theta(x^{(i)}) x_j^{(i)} - \\frac{1}{m}\\sum_{i=1}^m y^{(i)} x_j^{(i)}
\\]
"""


def test_markdown_notes_with_prose(tmp_path):
    """Each maths block is a piece of the derivation, prose and code ignored, lines the file's own."""
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "text"])
    assert result.exit_code == 0, result.output
    assert "line 6 " in result.output and "line 16 " in result.output
    review = logderiv.steps(NOTES, file_kind="markdown")
    assert [step.written.line for step in review.steps] == [6, 16]
    _agrees_with_the_oracle(review)


def _notebook(cells) -> str:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_a_notebook_reports_cell_and_line(tmp_path):
    """Markdown cells only (a code cell's $$ is not read, nothing runs); a wrong step is named by cell and line."""
    notebook = _notebook([
        {"cell_type": "markdown", "metadata": {}, "source": ["# Gradient\n", "We differentiate term by term:"]},
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": ["raise SystemExit('never run')  # $$ 1 = 2 $$"]},
        {"cell_type": "markdown", "metadata": {}, "source": [
            "$$\n",
            "\\frac{\\partial J}{\\partial\\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}\n",
            "$$\n", "so, splitting the sum,\n", "$$\n",
            "= \\frac{1}{m}\\sum_{i=1}^m h_\\theta(x^{(i)}) x_j^{(i)} + \\frac{1}{m}\\sum_{i=1}^m y^{(i)} x_j^{(i)}\n",
            "$$"]},
    ])
    path = tmp_path / "gradient.ipynb"
    path.write_text(notebook, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "text"])
    assert result.exit_code == 1
    assert "cell 3 line 2  ✓" in result.output and "cell 3 line 6  ✗" in result.output
    review = logderiv.steps(notebook, file_kind="notebook")
    _agrees_with_the_oracle(review)


def test_notebook_errors_name_the_cell(tmp_path):
    """Unreadable maths in a notebook: exit 2 with the cell and its line; invalid JSON or no maths: exit 2."""
    path = tmp_path / "bad.ipynb"
    path.write_text(_notebook([{"cell_type": "markdown", "source": ["text\n", "$$\\frac{1}{m} \\sum (h - y x_j $$"]}]),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path)])
    assert result.exit_code == 2 and "cell 1, line 2" in result.stderr
    with pytest.raises(InputError):
        logderiv.steps("{not json", file_kind="notebook")
    with pytest.raises(InputError):
        logderiv.steps("only prose, no maths", file_kind="markdown")


def test_github_math_fences_and_single_dollar_displays_are_maths():
    """```math fences (GitHub) and a $ … $ that fills its line or opens one and runs over several are
    displays; an inline $θ$ inside a sentence stays prose, and a plain ``` fence stays code."""
    from logderiv.notation.notes import math_of_markdown

    text = ("We differentiate $J$ now.\n"
            "```math\nA = B\n```\n"
            "$C = D$\n"
            "$E =\nF$\n"
            "```\n$$G$$\n```\n")
    kept = math_of_markdown(text).text
    assert len(kept) == len(text) and kept.count("\n") == text.count("\n")
    for maths in ("A = B", "$C = D$", "$E =\nF$"):
        assert maths in kept
    for prose in ("$J$", "math", "G"):
        assert prose not in kept


def test_an_unpaired_parenthesis_does_not_hide_the_next_rows_label():
    """TeX pairs no ( ) across \\\\: a row that leaves one open (\\log(h \\left(x\\right)\\right)) must not
    turn the next row's \\underset{…}= into text; the error is then the row's own, at its pairing."""
    text = ("\\begin{align}\n"
            "J &= \\frac{1}{m}\\sum_{i=1}^m \\log(h_\\theta \\left(x^{(i)}\\right)\\right) \\\\[2ex]\n"
            "&\\underset{\\text{linearity}}= \\frac{1}{m}\\sum_{i=1}^m y^{(i)}\n"
            "\\end{align}\n")
    with pytest.raises(logderiv.InputError) as error:
        logderiv.steps(text)
    assert "underset" not in str(error.value)

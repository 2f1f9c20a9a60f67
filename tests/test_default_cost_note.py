"""``steps`` says when it checks a file against its default cost (logistic), because nothing gave one.

A linear-regression page with no cost line was judged against the logistic cost
— "✗ … the gradient of another cost, the linear preset" — and only the
"Checking … for J = …" header showed why. The default is documented; a reading
the user did not ask for is still said as a note (every format has it).
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from logderiv.cli import main

_NOTE = "no cost is given with --cost or written in the file"
_LINEAR_ANSWER = r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$"


def _notes(tmp_path, text: str, *options: str) -> tuple[int, list[str]]:
    path = tmp_path / "page.md"
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", *options])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["notes"]


def test_the_default_cost_is_said(tmp_path):
    _, notes = _notes(tmp_path, _LINEAR_ANSWER)
    assert any(_NOTE in note for note in notes), notes


def test_a_given_cost_needs_no_such_note(tmp_path):
    """(1/m) Σ (θᵀx − y) xⱼ is ∂/∂θⱼ of the linear preset (1/2m) Σ (θᵀx − y)² (by hand): right, and no note."""
    code, notes = _notes(tmp_path, _LINEAR_ANSWER, "--cost", "linear")
    assert code == 0
    assert not any(_NOTE in note for note in notes), notes


def test_a_cost_written_in_the_file_needs_no_such_note(tmp_path):
    page = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$" + "\n\n" + _LINEAR_ANSWER
    code, notes = _notes(tmp_path, page)
    assert code == 0
    assert not any(_NOTE in note for note in notes), notes

"""Readings found while integrating this stop's branches.

A line break ``\\`` inside one formula, between two operands with no sign at it, is read as the product TeX shows
(a long product broken over lines), but a ``+`` lost at the break would read a cost's penalty as a factor of its
data term: the product is said in a note, in every format (audit28b noticed it, older than this stop).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from logderiv.cli import main

NOTE = "the line break \\\\ between two factors"


def _notes(*arguments: str) -> list[str]:
    result = CliRunner().invoke(main, [*arguments, "-f", "json"])
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return json.loads(result.stdout)["notes"]


@pytest.mark.parametrize("arguments", [
    ("derive", r"\frac{1}{2m}\sum_i(\theta^Tx^{(i)}-y^{(i)})^2 \\ \frac{\lambda}{2m}\sum_j\theta_j^2"),
    ("check", r"\frac{1}{m}\sum_i(h_\theta(x^{(i)})-y^{(i)}) \\ x_j^{(i)}", "--cost", "logistic"),
    ("check", r"\frac{1}{m}\sum_i(h_\theta(x^{(i)})-y^{(i)}) \\[2ex] x_j^{(i)}", "--cost", "logistic"),
])
def test_a_break_between_two_factors_is_noted(arguments):
    assert any(note.startswith(NOTE) for note in _notes(*arguments))


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}\sum_i(h_\theta(x^{(i)})-y^{(i)}) x_j^{(i)}",
    r"\frac{1}{m}\sum_i\left((h_\theta(x^{(i)})-y^{(i)}) \\ \cdot x_j^{(i)}\right)",
])
def test_no_break_or_a_sign_at_it_is_not_noted(answer):
    assert not any(note.startswith(NOTE) for note in _notes("check", answer, "--cost", "logistic"))


def test_the_note_is_in_the_text_output_too():
    result = CliRunner().invoke(main, ["check", r"\frac{1}{m}\sum_i(h_\theta(x^{(i)})-y^{(i)}) \\ x_j^{(i)}",
                                       "--cost", "logistic"])
    assert result.exit_code == 0, (result.output, result.stderr)
    assert "between two factors" in result.output + result.stderr

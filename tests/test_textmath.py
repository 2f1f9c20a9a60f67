"""Maths written inside \\text{…} / \\mbox{…} is refused, not dropped as words.

A matsteps review found ``(X\\theta - y)\\mbox{.^2}`` (an Octave square pasted
into LaTeX) read as ``X\\theta - y``: \\text-like braces are annotations
("for all j") and were dropped whole, so a squared residual lost its square
and an answer was judged against the wrong formula. ``^`` and an unescaped
``_`` cannot be prose (TeX stops with "Missing $ inserted" on either in text
mode), so a text holding one is refused at the place.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from logderiv.cli import main

_RUNNER = CliRunner()


def _check(answer: str, *options: str):
    return _RUNNER.invoke(main, ["check", answer, "--cost", "linear", "-f", "text", *options])


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}\sum_{i=1}^m (h - y) x_j \text{.^2}",  # was "equivalent": the .^2 dropped
    r"\frac{1}{m}\sum_{i=1}^m (h - y) \mbox{.^2} x_j",
    r"\frac{1}{m}\sum_{i=1}^m (h - y) x_j \textrm{_i}",
])
def test_maths_inside_text_is_refused_at_its_place(answer):
    result = _check(answer)
    assert result.exit_code == 2, result.output
    assert "holds mathematics" in result.output
    caret = result.output.splitlines()
    column = answer.index("\\text") if "\\text" in answer else answer.index("\\mbox")
    assert any(line.strip() == "^" and line.index("^") - 2 == column for line in caret), result.output


def test_a_derived_cost_with_an_octave_square_in_mbox_is_refused():
    result = _RUNNER.invoke(main, ["derive", r"J = \frac{1}{2m} \sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) \mbox{.^2}",
                                   "-f", "text"])
    assert result.exit_code == 2, result.output
    assert "holds mathematics" in result.output


@pytest.mark.parametrize("answer", [
    r"\frac{1}{m}\sum_{i=1}^m (h - y) x_j \text{ for all } j",
    r"\frac{1}{m}\sum_{i=1}^m (h - y) x_j \quad \text{where some\_name is the data}",
])
def test_words_in_text_are_still_annotations(answer):
    """Prose stays prose, an escaped \\_ included: the right answer (1/m)Σ(h − y)xⱼ of the linear preset."""
    result = _check(answer)
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.output

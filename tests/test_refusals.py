"""Clear refusals (issue 10, item 9): what logderiv does not differentiate yet, and preset names as typed.

``abs``, ``|x|``, ``max``, ``softmax`` and ``hinge`` are "not supported yet"
(exit 3, with a caret and a hint), never "unknown function" (exit 2); ReLU,
refused here before, is read since the function registry (``tests/test_relu.py``); a preset's name is matched whatever its case and separators, and a
misspelt one is told the preset it probably meant.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main
from logderiv.errors import InputError, UnsupportedError, UnsupportedInputError
from logderiv.notation import parse, parse_text
from logderiv.presets import PRESETS, find_preset, suggest_preset

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}
CARET = re.compile(r"^ *\^$", re.MULTILINE)


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr kept apart."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=True)

    return invoke


def caret_under(text: str, column: int) -> str:
    """The two lines the CLI prints for a column: the text, and a caret under that column."""
    return f"  {text}\n  {' ' * column}^"


# (cost, the word as the message quotes it, column of the caret, a phrase of the hint)
NOT_YET = [
    ("abs(theta_j)", "abs", 0, "no derivative at 0"),
    ("1/m * sum(abs(theta^T x - y))", "abs", 10, "no derivative at 0"),
    ("|z|", "'|' (an absolute value |x|)", 0, "no derivative at 0"),
    ("z + |z|", "'|' (an absolute value |x|)", 4, "no derivative at 0"),
    ("1/m * sum(max(0, 1 - y theta^T x))", "max", 10, "softplus"),
    ("min(z, 1)", "min", 0, "smooth"),
    ("softmax(z)", "softmax", 0, "weight matrix"),
    ("hinge(y z)", "hinge", 0, "logistic loss"),
    (r"\max(0, z)", r"\max", 0, "softplus"),
    (r"\min(z, 1)", r"\min", 0, "smooth"),
    (r"\mathrm{softmax}(z)", r"\mathrm{softmax}", 0, "weight matrix"),
    (r"\operatorname{hinge}(z)", r"\operatorname{hinge}", 0, "logistic loss"),
    (r"\frac{|x|}{2}", "'|' (an absolute value |x|)", 6, "no derivative at 0"),
    (r"\frac{1}{2}|z|", "'|' (an absolute value |x|)", 11, "no derivative at 0"),
    (r"\left| z \right|", r"'\left|' (an absolute value |x|)", 0, "no derivative at 0"),
    (r"\frac{1}{m}\sum_{i=1}^{m} \max(0, 1 - y^{(i)} z)", r"\max", 26, "softplus"),
]


@pytest.mark.parametrize("text, word, column, hint", NOT_YET)
def test_not_yet_supported_is_exit_3_with_caret_and_hint(run, text, word, column, hint):
    """A function logderiv does not differentiate yet: exit 3, 'not supported yet', the caret under it, a hint."""
    result = run("derive", "--wrt", "z", text)
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert "not supported yet" in result.stderr
    assert "unknown" not in result.stderr
    quoted = word if word.startswith("'") else f"'{word}'"
    assert quoted in result.stderr
    assert caret_under(text, column) in result.stderr, result.stderr
    assert hint in result.stderr.split("hint:")[1]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("text, word, column, hint", NOT_YET)
def test_not_yet_supported_is_an_unsupported_input_error(text, word, column, hint):
    """The library raises UnsupportedInputError: an InputError (column) and an UnsupportedError (exit 3)."""
    with pytest.raises(UnsupportedInputError) as caught:
        parse_text(text)
    error = caught.value
    assert isinstance(error, InputError) and isinstance(error, UnsupportedError)
    assert error.exit_code == 3
    assert error.column == column
    assert error.source == text


def test_not_yet_supported_in_check_answer_and_let(run):
    """An answer or a --let naming hinge is refused the same way: exit 3, labelled with where it was."""
    answer = run("check", "hinge(theta_j)")
    assert answer.exit_code == 3, answer.stderr
    assert "(in ANSWER)" in answer.stderr and "'hinge' is not supported yet" in answer.stderr
    let = run("derive", "sum(g)", "--let", "g = max(0, theta^T x)")
    assert let.exit_code == 3, let.stderr
    assert "(in --let)" in let.stderr
    assert caret_under("g = max(0, theta^T x)", 4) in let.stderr


def test_a_defined_name_is_not_refused_as_unsupported():
    """A multi-letter name given with --let (here 'hinge') is that name, not the refused function."""
    node = parse("hinge + 1", names={"hinge"})
    assert node.left.name == "hinge"


def test_sin_is_still_an_input_error_not_exit_3():
    """Only the listed functions changed: \\sin stays exit 2 (a function of no ML cost logderiv knows)."""
    with pytest.raises(InputError) as caught:
        parse_text(r"\sin(z)")
    assert caught.value.exit_code == 2


# --- presets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, name",
    [
        ("Logistic", "logistic"),
        ("LOGISTIC", "logistic"),
        ("logistic_l2", "logistic-l2"),
        ("Linear-L2", "linear-l2"),
        ("linear l2", "linear-l2"),
        ("  linear_L2 ", "linear-l2"),
        ("Softplus_Logistic", "softplus-logistic"),
        ("MSE-sigmoid", "mse-sigmoid"),
    ],
)
def test_preset_names_match_whatever_the_case_and_separators(typed, name):
    """find_preset: case-insensitive, with -, _ and spaces alike."""
    assert find_preset(typed) is PRESETS[name]


@pytest.mark.parametrize("typed", ["logistic", "linear-l2", "poisson"])
def test_exact_preset_name_has_no_note(typed):
    """The name as listed is read without a note."""
    problem = derive(typed).problem
    assert not any("read as the preset" in note for note in problem.notes)


def test_preset_spelled_otherwise_derives_the_preset_with_a_note(run):
    """'Linear-L2' derives exactly what 'linear-l2' does, and says how it was read (text and JSON)."""
    typed = run("derive", "Linear-L2", "-f", "json")
    exact = run("derive", "linear-l2", "-f", "json")
    assert typed.exit_code == 0 and exact.exit_code == 0, typed.stderr
    typed_json, exact_json = json.loads(typed.stdout), json.loads(exact.stdout)
    assert typed_json["result"] == exact_json["result"]
    assert "'Linear-L2' is read as the preset 'linear-l2'" in typed_json["notes"]
    text = run("derive", "logistic_l2", "-f", "text")
    assert "note: 'logistic_l2' is read as the preset 'logistic-l2'" in text.stdout


def test_check_against_a_preset_spelled_otherwise(run):
    """check --cost Logistic is the logistic preset: the canonical answer is equivalent, with the note."""
    result = run("check", "1/m * sum((h - y) x_j)", "--cost", "Logistic")
    assert result.exit_code == 0, result.stderr
    assert "'Logistic' is read as the preset 'logistic'" in result.stdout


@pytest.mark.parametrize(
    "typed, guess",
    [("logisitc", "logistic"), ("lienar", "linear"), ("logisitc-l2", "logistic-l2"), ("Poison", "poisson"),
     ("linaer_l2", "linear-l2")],
)
def test_misspelt_preset_gets_did_you_mean(run, typed, guess):
    """A misspelt preset name: exit 2, "did you mean the preset '…'?", not a hint about multiplying letters."""
    result = run("derive", typed)
    assert result.exit_code == 2, result.stderr
    assert f"did you mean the preset '{guess}'?" in result.stderr
    assert "multiply" not in result.stderr
    assert CARET.search(result.stderr)
    checked = run("check", "1/m * sum((h - y) x_j)", "--cost", typed)
    assert checked.exit_code == 2 and f"the preset '{guess}'" in checked.stderr


@pytest.mark.parametrize("text", ["lgo(h)", "h", "xy", "sigma", "loss", "theta"])
def test_no_preset_suggested_for_what_is_not_near_one(text):
    """Formulas and words far from every preset's name get no preset suggestion."""
    assert suggest_preset(text) is None


def test_a_formula_near_a_preset_name_is_still_a_formula_error(run):
    """'lgo(h)' is told about log, as before: the preset guess is only for a bare name."""
    result = run("derive", "lgo(h)")
    assert result.exit_code == 2
    assert "did you mean 'log'?" in result.stderr and "preset" not in result.stderr

"""No internal error from merely odd input (issue 12, item 4): each is a clean exit 2 with a caret or 3 with a reason.

Exit 4 says "a bug in logderiv"; none of these is one. Each case runs through
the command line: the exit code, nothing on stdout, a message (and a caret
where the text is at fault) on stderr, never a traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main

ROOT = Path(__file__).resolve().parent.parent

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}
_CARET = re.compile(r"^ *\^$")


@pytest.fixture
def run():
    """The CLI in-process, stdout and stderr apart."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=True)

    return invoke


def _refused(result, code: int, *said: str) -> list[str]:
    """Assert a clean refusal with ``code``; return stderr's lines."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped exception
    assert result.stdout == ""
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for text in said:
        assert text in result.stderr, result.stderr
    return result.stderr.splitlines()


def _caret_column(lines: list[str]) -> tuple[str, int]:
    """The excerpt above the caret (without its indent) and the caret's column in it."""
    index = next(i for i, line in enumerate(lines) if _CARET.match(line))
    return lines[index - 1][2:], lines[index].index("^") - 2


# --- a derivative where a cost should be ------------------------------------------------------


@pytest.mark.parametrize(
    "cost",
    ["d/dz (z^2)", "(d/dz (z^2))^2", "z^2 + d/dz (z^2)", "sum(d/dz (z^2)) + z", "log(1 + (d/dz z^3)^2)",
     r"\frac{d}{dz} z^2 + z"],
)
def test_a_cost_holding_a_derivative_exits_3_with_the_reason(run, cost):
    """A derivative in the cost (alone, under a power, inside a sum or a function) is refused, said why: exit 3."""
    _refused(run("derive", cost, "--wrt", "z"), 3, "the cost holds a derivative")


def test_a_cost_holding_a_derivative_is_refused_by_check_too(run):
    """check derives the cost too: the same refusal, not a verdict on a cost it cannot derive."""
    _refused(run("check", "2 theta_j", "--cost", "d/dtheta_j (theta_j^2)^2"), 3, "the cost holds a derivative")


def test_a_let_holding_a_derivative_is_refused(run):
    """A derivative reaching the cost through a --let is the same derivative in the cost."""
    _refused(run("derive", "g^2 + z", "--let", "g = d/dz (z^2)", "--wrt", "z"), 3, "the cost holds a derivative")


# --- second derivatives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "inner"),
    [("d/dz (d/dz (z^3))", "d/dz (z^3)"), ("d/dz d/dz z^3", "d/dz z^3"), ("6z - d/dz(d/dz(z^3))", "d/dz(z^3)"),
     (r"\frac{d}{dz}\frac{d}{dz} z^3", r"\frac{d}{dz} z^3")],
)
def test_an_answer_holding_a_second_derivative_exits_3_with_a_caret(run, answer, inner):
    """A derivative of a derivative in an answer: exit 3, the caret under the inner derivative."""
    lines = _refused(run("check", answer, "--cost", "z^3", "--wrt", "z"), 3, "a derivative of a derivative")
    excerpt, column = _caret_column(lines)
    assert excerpt == answer
    assert column == answer.rindex(inner)


def test_a_second_derivative_through_a_let_exits_3(run):
    """The inner derivative given by --let: the evaluator refuses it, exit 3, not a bug."""
    _refused(run("check", "d/dz (g)", "--let", "g = d/dz (z^3)", "--cost", "z^3", "--wrt", "z"), 3,
             "a derivative of a derivative")


def test_a_first_derivative_in_an_answer_is_still_judged(run):
    """One derivative in an answer is read and evaluated, as before: unfinished, not refused."""
    result = run("check", "d/dz (z^3)", "--cost", "z^3", "--wrt", "z")
    assert result.exit_code == 3 and "unfinished" in result.stdout, result.stdout


# --- values sympy makes imaginary or infinite ------------------------------------------------


@pytest.mark.parametrize(
    ("args", "text", "column"),
    [
        (("derive", "sqrt(-m) z", "--wrt", "z"), "sqrt(-m) z", 0),
        (("derive", "z + (-m)^(1/2)", "--wrt", "z"), "z + (-m)^(1/2)", 4),
        (("check", "sqrt(-m) + 2 theta_j", "--cost", "theta_j^2"), "sqrt(-m) + 2 theta_j", 0),
    ],
    ids=["sqrt(-m) in COST", "a half power in COST", "sqrt(-m) in ANSWER"],
)
def test_the_root_of_a_negative_constant_exits_2_with_a_caret(run, args, text, column):
    """m > 0, so sqrt(-m) is imaginary: bad input under a caret (exit 2), as log(0) is."""
    lines = _refused(run(*args), 2, "is not a finite real number")
    assert _caret_column(lines) == (text, column)


@pytest.mark.parametrize(
    ("lets", "bad", "value"),
    [
        (("g = 0",), "g = 0", "0"),
        (("g=0",), "g=0", "0"),
        (("g = -m",), "g = -m", "-m"),
        (("a = log(g)", "g = y - y"), "g = y - y", "y - y"),
    ],
)
def test_a_let_that_makes_the_cost_undefined_exits_2_at_its_value(run, lets, bad, value):
    """log(g) with --let g = 0 is log(0): exit 2 with the caret under the value, as the same text inline."""
    cost = "log(g) + sqrt(g) + theta_j" if "a = log(g)" not in lets else "a + theta_j"
    args = [arg for let in lets for arg in ("--let", let)]
    lines = _refused(run("derive", cost, *args), 2, "(in --let)", "is not a finite real number")
    assert _caret_column(lines) == (bad, bad.index(value))


def test_the_same_text_inline_is_refused_alike(run):
    """The inline log(0) was already exit 2 with a caret: the --let is now its equal."""
    _refused(run("derive", "log(0) + theta_j"), 2, "is not a finite real number")


def test_a_let_that_keeps_the_cost_defined_still_derives(run):
    """The refusal is only for values that make the cost undefined: g = 1 derives."""
    result = run("derive", "log(g) + theta_j^2", "--let", "g = 1", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "2 θⱼ" in result.stdout


# --- a result that cannot be written -----------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [("derive",), ("derive", "-f", "json"), ("check", "1/m * sum((h - y) x_j)"), ("rules",)],
    ids=["derive", "derive json", "check", "rules"],
)
def test_a_full_disk_is_a_clean_exit_3(args):
    """stdout on a full disk: exit 3 with a message on stderr, never 1 (check's "different") nor a traceback."""
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "logderiv", *args], stdout=full, stderr=subprocess.PIPE,
                                cwd=ROOT, timeout=300, text=True)
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("logderiv: error: cannot write the result: No space left on device\n")
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


# --- steps' diagnosis of a wrong line ---------------------------------------------------------


@pytest.mark.parametrize("text", ["m\n", "(m)\n", "d/dtheta_j J\n= m\n", "1/m * sum((h - y) x_j)\n= n\n"])
def test_a_line_that_is_a_size_alone_is_judged_wrong_not_a_crash(run, text):
    """A line that is m (or n) alone: its counterexample is worked out and the step is wrong (exit 1)."""
    result = run("steps", "-", input=text)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stderr == ""
    assert "✗ wrong at line" in result.stdout
    assert "counterexample" in result.stdout

"""Errors as data (issue 13): with ``-f json`` every failure is a ``logderiv/error/1`` object on stdout.

A grading script reads stdout; it must tell a parse error at column 12 from a
time limit or a crash without scraping stderr. Each case below runs the real
command line, validates stdout against the shipped schema, and checks the
fields against what the input says by hand (which column holds the fault),
the exit code against docs/exit-codes.md, and that people still get the
message on stderr.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError, InternalError, OutputError, TimeLimitError, UserCodeError
from logderiv.render.errors import error_data

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "logderiv" / "schema" / "error.schema.json").read_text(encoding="utf-8"))


def _run(*arguments: str):
    result = CliRunner().invoke(main, list(arguments))
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def _valid(data: dict) -> dict:
    jsonschema.validate(data, SCHEMA)
    return data


def test_bad_cost_is_an_input_error_at_its_column():
    # "theta_j^2 + * y": the '*' has nothing on its left; it is the 13th character
    result, data = _run("derive", "theta_j^2 + * y", "-f", "json")
    assert result.exit_code == 2
    _valid(data)
    assert (data["kind"], data["source"], data["line"], data["column"]) == ("input", "COST", 1, 13)
    assert data["excerpt"] == "theta_j^2 + * y"
    assert data["exit_code"] == 2
    assert "logderiv: error" in result.stderr  # people still read it on stderr


def test_check_answer_error_names_the_answer():
    result, data = _run("check", "sum((h - y) x_j", "--cost", "logistic", "-f", "json")
    assert result.exit_code == 2
    _valid(data)
    assert data["kind"] == "input" and data["exit_code"] == 2
    assert data["excerpt"] == "sum((h - y) x_j"
    assert data["column"] == 4  # the '(' after 'sum' is the one never closed (1-based column 4)


def test_unsupported_function_is_exit_3():
    result, data = _run("derive", "abs(theta_j)", "-f", "json")
    assert result.exit_code == 3
    _valid(data)
    assert data["kind"] == "unsupported" and data["exit_code"] == 3 and data["column"] == 1


def test_steps_error_gives_the_file_line(tmp_path):
    written = tmp_path / "derivation.txt"
    written.write_text("dJ/dtheta_j = sum((h - y) x_j)/m\n  = sum((h - y) x_j/m\n", encoding="utf-8")
    result, data = _run("steps", str(written), "-f", "json")
    assert result.exit_code == 2
    _valid(data)
    assert data["kind"] == "input" and data["line"] == 2 and data["source"] == "FILE"
    assert data["excerpt"] == "  = sum((h - y) x_j/m"


def test_bad_option_value_is_a_usage_error_once_json_is_asked():
    result, data = _run("derive", "--timeout", "-1", "-f", "json")
    assert result.exit_code == 2
    _valid(data)
    assert data["kind"] == "usage" and data["exit_code"] == 2 and "--timeout" in data["message"]


def test_text_format_prints_nothing_on_stdout():
    result, data = _run("derive", "(", "-f", "text")
    assert result.exit_code == 2 and data is None


def test_control_characters_stay_exact_in_json_but_escaped_on_the_wire():
    result, data = _run("derive", "theta_j^2 + \x1b[2J(", "-f", "json")
    assert result.exit_code == 2
    assert "\x1b" not in result.stdout  # a terminal showing the JSON is not cleared
    assert data["excerpt"] == "theta_j^2 + \x1b[2J("  # a JSON reader gets the exact text back


@pytest.mark.parametrize("error, kind, code", [
    (TimeLimitError(2.0, doing="deriving"), "time-limit", 3),
    (OutputError("cannot write the result: No space left on device"), "output", 3),
    (UserCodeError("grad() raised ValueError: x"), "user-code", 3),
    (InternalError("internal error: KeyError: 1"), "internal", 4),
])
def test_errors_without_a_place_have_null_positions(error, kind, code):
    data = _valid(error_data(error))
    assert (data["kind"], data["exit_code"]) == (kind, code)
    assert data["source"] is data["excerpt"] is data["line"] is data["column"] is None


def test_a_document_error_counts_lines_of_the_source():
    # the fault is the 'x' on line 3 at offset 2 of that line: 1-based column 3
    source = "a = 1\nb = 2\nc x\n"
    data = _valid(error_data(InputError("unexpected name", source=source, column=source.index("x"), label="--let")))
    assert (data["line"], data["column"], data["excerpt"], data["source"]) == (3, 3, "c x", "--let")


def test_docs_example_is_real_output():
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    section = text[text.index("## Errors (`logderiv/error/1`)"):]
    shown = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))
    _, data = _run("derive", shown["excerpt"], "-f", "json")
    assert data == shown

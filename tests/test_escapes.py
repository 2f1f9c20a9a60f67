"""Safe to print (issue 12, item 5): no text a user gave reaches a terminal with its control characters.

Every input channel (COST, ANSWER, --cost, --let, --wrt, a steps file, a
gradcheck target and the user's own exception message) is fed each payload
that a terminal acts on (ESC sequences, OSC 8 hyperlinks and titles, BEL, the
C1 CSI, DEL, bidirectional overrides and isolates, invisible format
characters). Whatever logderiv prints must hold none of them raw, the caret
must stand under the escape of the character the message names, and JSON
must give the exact text back once parsed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.render.escapes import escape, escape_json, escape_line

ROOT = Path(__file__).resolve().parent.parent

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

#: what a terminal obeys or hides, by name; each holds at least one unsafe character
PAYLOADS = {
    "clear screen (CSI)": "\x1b[2J",
    "window title (OSC 0)": "\x1b]0;pwned\x07",
    "hyperlink (OSC 8)": "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07",
    "bell": "\x07",
    "C1 CSI": "\x9b2J",
    "DEL": "\x7f",
    "bidi override": "\u202eevil",
    "bidi isolate": "\u2066evil\u2069",
    "zero-width space": "\u200b",
}

#: categories no output may hold raw (tab and newline aside)
_UNSAFE = {"Cc", "Cf", "Cs", "Zl", "Zp"}

#: a line of spaces ending in a caret
_CARET = re.compile(r"^ *\^$")


def _raw_unsafe(text: str) -> list[str]:
    return [char for char in text if char not in "\t\n" and unicodedata.category(char) in _UNSAFE]


def _first_unsafe(text: str) -> str:
    return _raw_unsafe(text)[0]


@pytest.fixture
def run():
    """The CLI in-process, colour on so click strips nothing: the test sees every byte a terminal would."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=True, color=True)

    return invoke


# --- the escapes themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_escape_leaves_no_unsafe_character_and_is_idempotent(payload):
    """Each payload escapes to visible text only, and escaping that again changes nothing."""
    shown = escape(f"a {payload} b")
    assert _raw_unsafe(shown) == []
    assert shown.isprintable()
    assert escape(shown) == shown


def test_escape_spells_controls_and_format_characters():
    """C0, DEL and C1 as \\xNN; format characters as U+XXXX; a byte that was not UTF-8 as \\xNN; text kept."""
    assert escape("\x1b[2J") == "\\x1b[2J"
    assert escape("\x7f\x9b") == "\\x7f\\x9b"
    assert escape("\u202eθ\u2066") == "U+202EθU+2066"
    assert escape("\udc9b") == "\\x9b"  # surrogateescape's reading of the byte 0x9b
    assert escape("a\rb") == "a\\x0db"  # a carriage return would let later text overwrite earlier
    assert escape("θⱼ ∑ (h − y)\tx\n") == "θⱼ ∑ (h − y)\tx\n"


@pytest.mark.parametrize(
    ("line", "column", "shown", "moved"),
    [
        ("ab\x1bc", 2, "ab\\x1bc", 2),  # the caret under the escape's backslash
        ("\x1b\x1bc@", 3, "\\x1b\\x1bc@", 9),  # two escapes of 4 before it
        ("\u202eab@", 3, "U+202Eab@", 8),
        ("a\tb@", 3, "a b@", 3),  # a tab is a space: a terminal would widen it away from the caret
        ("plain @", 6, "plain @", 6),
    ],
)
def test_escape_line_moves_the_column_by_the_escapes_before_it(line, column, shown, moved):
    """The excerpt's column counts the escapes' widths, so the caret stays under the same character."""
    assert escape_line(line, column) == (shown, moved)
    assert shown[moved] == escape(line[column])[0] or line[column] == "\t"


@pytest.mark.parametrize("payload", [*PAYLOADS.values(), "\U000e0041 tag", "\udcff"], ids=[*PAYLOADS, "tag", "byte"])
def test_escape_json_keeps_the_exact_text(payload):
    """JSON escaped for a terminal parses back to the very same string."""
    document = json.dumps({"text": payload, "n": [1, 2]}, ensure_ascii=False, indent=2)
    safe = escape_json(document)
    assert _raw_unsafe(safe) == []
    assert json.loads(safe) == {"text": payload, "n": [1, 2]}


# --- every channel through the command line ---------------------------------------------------


def _channels(payload: str, tmp_path: Path) -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Each way user text enters logderiv, carrying ``payload``: (arguments, stdin).

    Read as plain notation, so that what refuses each is its control
    character, whatever a terminator (OSC's ESC backslash) would make of auto.
    """
    plain = ("--input", "plain")
    return {
        "COST": (("derive", *plain, f"theta_j^2 + {payload} theta_j"), None),
        "ANSWER": (("check", *plain, f"1/m * sum((h - y) x_j) {payload}"), None),
        "--cost": (("check", *plain, "2 theta_j", "--cost", f"theta_j^2 {payload}"), None),
        "--let": (("derive", *plain, "log(g) + theta_j", "--let", f"g = 2 {payload}"), None),
        "--wrt": (("derive", *plain, "theta_j^2", "--wrt", f"theta_j{payload}"), None),
        "steps file": (("steps", *plain, "-"), f"d/dtheta_j (theta_j^2)\n= 2 theta_j {payload}\n"),
        "gradcheck target": (("gradcheck", f"{tmp_path}/no{payload}such.py:gradient"), None),
    }


_CHANNELS = ["COST", "ANSWER", "--cost", "--let", "--wrt", "steps file", "gradcheck target"]


@pytest.mark.parametrize("channel", _CHANNELS)
@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_no_channel_echoes_a_control_character(run, tmp_path, channel, payload):
    """Bad input exits 2 with the text escaped on stderr, the caret under the escape of the character named."""
    args, stdin = _channels(payload, tmp_path)[channel]
    result = run(*args, input=stdin)
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert _raw_unsafe(result.stdout) == [] and _raw_unsafe(result.stderr) == [], result.stderr
    assert escape(payload) in result.stderr
    lines = result.stderr.splitlines()
    carets = [index for index, line in enumerate(lines) if _CARET.match(line)]
    assert carets, result.stderr
    caret = carets[0]
    column = lines[caret].index("^")
    excerpt = lines[caret - 1]
    if channel == "gradcheck target":  # a missing file is pointed at from its start
        assert column == 2
        return
    # the message names the character it stopped at; the caret stands under that character's escape
    named = _first_unsafe(payload)
    assert f"U+{ord(named):04X}" in lines[0], lines[0]
    assert excerpt[column:].startswith(escape(named)), (excerpt, column)


#: what rich's own Text drops before any renderer sees it (BEL, BS, VT, FF, CR): gone, not escaped, in rich output
_RICH_DROPS = "\x07\x08\x0b\x0c\r"


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize(
    "args",
    [("steps", "{tmp}/no{payload}such.txt"), ("derive", "--from", "{tmp}/no{payload}such.tex"),
     ("check", "x", "--timeout", "{payload}"), ("derive", "--format", "{payload}"), ("{payload}",)],
    ids=["steps FILE", "--from", "--timeout", "--format", "command"],
)
def test_usage_errors_quoting_user_text_are_escaped(run, tmp_path, payload, args):
    """click's own errors (a missing FILE, a bad option value, an unknown command) quote the text escaped too."""
    result = run(*(arg.format(tmp=tmp_path, payload=payload) for arg in args))
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert _raw_unsafe(result.stdout) == [] and _raw_unsafe(result.stderr) == [], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize("output_format", ["text", "markdown", "rich"])
def test_steps_rule_comment_is_escaped_in_every_format(run, payload, output_format):
    """A rule named in a steps file is echoed in the report: each unsafe character escaped, whatever the format."""
    result = run("steps", "--input", "plain", "-", "-f", output_format,
                 input=f"d/dtheta_j (theta_j^2)\n= 2 theta_j  # chain {payload} rule\n")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert _raw_unsafe(result.stdout) == [] and result.stderr == ""
    assert "chain " in result.stdout
    for char in _raw_unsafe(payload):
        if not (output_format == "rich" and char in _RICH_DROPS):
            assert escape(char) in result.stdout, (char, result.stdout)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_steps_json_keeps_the_exact_rule(run, payload):
    """JSON gives back exactly the text the user wrote, written in JSON's escapes, nothing raw on stdout."""
    rule = f"chain {payload} rule"
    result = run("steps", "--input", "plain", "-", "-f", "json",
                 input=f"d/dtheta_j (theta_j^2)\n= 2 theta_j  # {rule}\n")
    assert result.exit_code == 0, result.stderr
    assert _raw_unsafe(result.stdout) == []
    claimed = [step.get("claimed_rule") for step in json.loads(result.stdout)["steps"]]
    assert rule in claimed, claimed


@pytest.mark.parametrize("markup", ["[bold red]x[/]", "[link=http://evil.example/]x[/link]"])
def test_rich_markup_in_user_text_is_shown_as_written(markup):
    """On a colour terminal, markup in a steps file's rule is text: no style or hyperlink is made of it."""
    runner = CliRunner(env={**_CLEAN_ENV, "FORCE_COLOR": "1"})
    text = f"d/dtheta_j (theta_j^2)\n= 2 theta_j  # chain {markup}\n"
    result = runner.invoke(main, ["steps", "-", "-f", "rich"], input=text, color=True)
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout  # the terminal is styled: rich's own codes are there
    assert markup in result.stdout
    assert "\x1b]8" not in result.stdout  # no hyperlink
    assert "\x1b[1;31m" not in result.stdout  # no bold red


def test_rich_output_on_a_colour_terminal_escapes_user_text_keeps_its_styles():
    """rich's styles pass, the user's ESC does not: the escape is in the styled output, the byte is not."""
    runner = CliRunner(env={**_CLEAN_ENV, "FORCE_COLOR": "1"})
    text = "d/dtheta_j (theta_j^2)\n= 2 theta_j  # chain \x1b]8;;http://evil.example/\x1b\\x\n"
    result = runner.invoke(main, ["steps", "--input", "plain", "-", "-f", "rich"], input=text, color=True)
    assert result.exit_code == 0, result.stderr
    assert "\\x1b]8;;http://evil.example/\\x1b\\x" in result.stdout
    assert "\x1b]" not in result.stdout


def test_user_code_exception_message_is_escaped(run, tmp_path):
    """gradcheck shows the user's exception message: escaped, so their code cannot drive the terminal either."""
    module = tmp_path / "hostile.py"
    module.write_text('raise ValueError("\\x1b]0;pwned\\x07\\x1b[2J\\u202e")\n', encoding="utf-8")
    result = run("gradcheck", f"{module}:gradient")
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert _raw_unsafe(result.stdout) == [] and _raw_unsafe(result.stderr) == []
    assert "\\x1b]0;pwned\\x07\\x1b[2JU+202E" in result.stderr


def test_the_reported_command_on_a_real_terminal_stream():
    """The command of the report, in a real process: the ESC is shown as \\x1b and the caret stands under it."""
    result = subprocess.run(
        [sys.executable, "-m", "logderiv", "derive", "theta_j \x1b[2J+ @"],
        capture_output=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 2
    stderr = result.stderr.decode("utf-8")
    assert b"\x1b" not in result.stderr and result.stdout == b""
    assert "  theta_j \\x1b[2J+ @\n          ^\n" in stderr


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_gradcheck_report_escapes_the_file_name(run, tmp_path, output_format):
    """A file whose name holds ESC and U+202E, checked: the report names it escaped; JSON keeps the exact path."""
    name = "ok\x1b[2J\u202e.py"
    (tmp_path / name).write_text((ROOT / "tests" / "gradcheck_gallery" / "correct_vectorised.py").read_text())
    result = run("gradcheck", f"{tmp_path / name}:gradient", "-f", output_format)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert _raw_unsafe(result.stdout) == [] and _raw_unsafe(result.stderr) == []
    if output_format == "json":
        assert json.loads(result.stdout)["path"] == str(tmp_path / name)
    else:
        assert "ok\\x1b[2JU+202E.py" in result.stdout


@pytest.mark.parametrize("markup", ["[bold red]x[/]", "[link=http://evil.example/]x[/link]"])
def test_rich_markup_in_an_error_is_shown_as_written(markup):
    """On a colour terminal, markup quoted in an error message and its excerpt stays text."""
    runner = CliRunner(env={**_CLEAN_ENV, "FORCE_COLOR": "1"})
    result = runner.invoke(main, ["derive", "--input", "plain", f"theta_j^2 + {markup} @"], color=True)
    assert result.exit_code == 2, result.stderr
    assert f"  theta_j^2 + {markup} @" in result.stderr
    assert "\x1b]8" not in result.stderr and "\x1b[1;31m" not in result.stderr

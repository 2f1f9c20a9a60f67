"""The command line as real processes: start-up imports, a real terminal, `python -m`, the garbage collector.

Each test starts a fresh interpreter (a second or two of CPU each), so this file runs in the gate (``--full``),
not in the quick suite; the CLI's contract in-process (output, stdout vs stderr, exit codes) is tests/test_cli.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: a line of spaces ending in a caret: the pointer under the offending column
CARET = re.compile(r"^ *\^$", re.MULTILINE)


# --- real processes ------------------------------------------------------------------------


def _python(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=environment,
        timeout=300,
    )


def _imported(importtime_log: str) -> set[str]:
    # -X importtime lines: "import time:   self |  cumulative | <indent>package.module"
    names = set()
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["derive", "--frobnicate"]]
    + [[command, "--help"] for command in ("derive", "check", "steps", "gradcheck", "presets", "rules")],
)
def test_help_does_not_import_sympy(args):
    """`python -m logderiv --help` (and usage errors) never import sympy."""
    completed = _python("-X", "importtime", "-m", "logderiv", *args)
    assert completed.returncode in (0, 2), completed.stderr
    imported = _imported(completed.stderr)
    assert "click" in imported
    assert "sympy" not in imported


@pytest.mark.parametrize(
    "args",
    [["gradcheck", "--help"], ["gradcheck", "nofile.py:gradient"], ["gradcheck", "x.py:f", "--frobnicate"]],
)
def test_gradcheck_help_and_usage_errors_do_not_import_sympy(args):
    """`gradcheck --help` and a missing file answer without loading sympy."""
    completed = _python("-X", "importtime", "-m", "logderiv", *args)
    assert completed.returncode in (0, 2), completed.stderr
    assert "sympy" not in _imported(completed.stderr)


def test_import_logderiv_is_cheap():
    """Importing the package and its CLI module does not load sympy."""
    code = "import sys, logderiv, logderiv.cli; print('sympy' in sys.modules)"
    completed = _python("-c", code)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "False"


def test_text_derivation_imports_no_rich_and_no_pretty_printer():
    """`derive -f text` loads neither rich nor sympy.physics (which sympy's pretty printer pulls in).

    Both are start-up cost that plain text does not need (benchmarks/bench.py).
    """
    completed = _python("-X", "importtime", "-m", "logderiv", "derive", "logistic", "-f", "text")
    assert completed.returncode == 0, completed.stderr
    modules = {line.rsplit("|", 1)[1].strip() for line in completed.stderr.splitlines()
               if line.startswith("import time:") and "|" in line}
    assert "sympy" in modules
    assert not {name for name in modules if name == "rich" or name.startswith("rich.")}
    assert not {name for name in modules if name.startswith("sympy.physics")}
    assert "∂J/∂θⱼ" in completed.stdout


def test_module_entry_point_error_is_clean():
    """A real process on bad input: exit 2, caret on stderr, empty stdout, no traceback."""
    completed = _python("-m", "logderiv", "derive", "lgo(x)")
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert CARET.search(completed.stderr)
    assert "Traceback" not in completed.stderr


def test_module_entry_point_debug_shows_traceback():
    """A real process with `--debug`: Python prints the traceback."""
    completed = _python("-m", "logderiv", "derive", "lgo(x)", "--debug")
    assert completed.returncode != 0
    assert "Traceback" in completed.stderr
    assert "InputError" in completed.stderr


def _run_in_pty(args: list[str], env: dict) -> bytes:
    """Run ``python -m logderiv ARGS`` with stdout on a pseudo-terminal; return what it wrote."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    environment = {**os.environ, **env}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        environment.pop(name, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "logderiv", *args], cwd=ROOT, stdout=slave, stderr=subprocess.PIPE, env=environment
    )
    os.close(slave)
    output = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    process.stderr.close()
    assert process.wait(timeout=300) == 0
    return output


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_rich_on_a_terminal_uses_escapes():
    """On a terminal, `-f rich` styles its output (the baseline for the NO_COLOR test)."""
    assert b"\x1b[" in _run_in_pty(["derive", "linear", "-f", "rich"], {})


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_no_color_on_a_terminal_has_no_escapes():
    """`NO_COLOR=1 logderiv derive -f rich` on a real terminal writes no ESC characters."""
    assert b"\x1b" not in _run_in_pty(["derive", "linear", "-f", "rich"], {"NO_COLOR": "1"})


@pytest.mark.parametrize("start", [
    "runpy.run_module('logderiv', run_name='__main__')",  # python -m logderiv
    "from logderiv.cli import run; run()",  # the installed logderiv command
])
def test_the_command_starts_the_garbage_collector_again_after_its_imports(start):
    # run() pauses the collector for the imports; a command that stayed paused would
    # never free a reference cycle, so the child reports what it sees after the command
    script = (
        "import gc, runpy, sys, atexit\n"
        "atexit.register(lambda: print('enabled' if gc.isenabled() else 'paused', file=sys.stderr))\n"
        "sys.argv = ['logderiv', 'derive', 'linear', '-f', 'text']\n"
        f"{start}\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("enabled")
    assert "∂J/∂θⱼ" in result.stdout

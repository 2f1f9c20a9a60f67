"""Every command's --help shows two examples that run as documented and says where the docs are; shell
completion offers preset names and formats (issue 13, item 6).
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from logderiv.cli import main

ROOT = Path(__file__).resolve().parent.parent
_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None, "COLUMNS": "100"}
#: an example in an epilog: "# exit N: what it shows", then the command line
_EXAMPLE = re.compile(r"^ +# exit (\d): .+\n +(logderiv .+)$", re.MULTILINE)
COMMANDS = sorted(main.commands)


def _help(*argv: str) -> str:
    result = CliRunner(env=_ENV).invoke(main, [*argv, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


def _examples() -> list[tuple[str, str, int]]:
    return [(name, line, int(code)) for name in COMMANDS for code, line in _EXAMPLE.findall(_help(name))]


EXAMPLES = _examples()


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_two_examples(name):
    """Each command's --help shows at least two examples under 'Examples:'."""
    text = _help(name)
    assert "Examples:" in text
    assert len(_EXAMPLE.findall(text)) >= 2, text


@pytest.mark.parametrize("name", COMMANDS)
def test_help_points_to_the_docs(name):
    """Each command's --help names the page documenting it, and that page has its section."""
    text = " ".join(_help(name).split())  # click wraps the line
    assert "Docs: docs/cli.md in logderiv's repository" in text and f"section 'logderiv {name}'" in text
    assert f"## `logderiv {name}`" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_main_help_points_to_the_docs_and_completion():
    text = " ".join(_help().split())
    assert "docs/ folder of logderiv's repository" in text and "docs/completion.md" in text
    assert (ROOT / "docs" / "completion.md").exists()


@pytest.mark.parametrize(("name", "line", "code"), EXAMPLES, ids=[line for _, line, _ in EXAMPLES])
def test_help_example_runs(name, line, code, tmp_path, monkeypatch):
    """Each example, run from a copy of the repository's docs/examples, ends with the exit code it documents."""
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")  # with grade's folder example
    monkeypatch.chdir(tmp_path)  # grade --init writes question.toml here, not in the repository
    argv = shlex.split(line)
    assert argv[0] == "logderiv"
    result = CliRunner(env=_ENV).invoke(main, argv[1:])
    assert result.exit_code == code, (line, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def test_examples_cover_both_outcomes():
    """The examples show a wrong answer, step and gradient too (exit 1), not only successes."""
    failing = {name for name, _, code in EXAMPLES if code == 1}
    assert {"check", "steps", "gradcheck"} <= failing


# --- shell completion ------------------------------------------------------------------------


def _completions(line: str) -> list[click.shell_completion.CompletionItem]:
    """What click's completion offers after ``line`` (its last word, possibly empty, is being typed)."""
    words = shlex.split(line)
    incomplete = "" if line.endswith(" ") else words.pop()
    return ShellComplete(main, {}, "logderiv", "_LOGDERIV_COMPLETE").get_completions(words[1:], incomplete)


def _values(line: str) -> list[str]:
    return [item.value for item in _completions(line)]


def test_derive_completes_preset_names():
    assert sorted(_values("logderiv derive lo")) == ["logistic", "logistic-l2"]


def test_preset_completion_ignores_case():
    assert sorted(_values("logderiv derive LO")) == ["logistic", "logistic-l2"]
    assert _values("logderiv derive Linear_") == ["linear-l2"]


@pytest.mark.parametrize("command", ["check", "steps"])
def test_cost_option_completes_preset_names(command):
    assert sorted(_values(f"logderiv {command} --cost lin")) == ["linear", "linear-l2"]


def test_gradcheck_cost_completes_preset_names():
    assert _values("logderiv gradcheck grad.py:gradient --cost mse") == ["mse-sigmoid"]


def test_a_formula_is_not_completed():
    assert _values("logderiv derive theta") == []


def test_formats_complete():
    assert _values("logderiv derive -f la") == ["latex"]
    assert sorted(_values("logderiv steps -f ")) == ["json", "latex", "markdown", "rich", "text"]
    assert _values("logderiv grade --format g") == ["gradescope"]


def test_preset_completion_keeps_the_misspelling_hint():
    """Completion is not a Choice: a misspelt preset still runs into the 'did you mean' hint, exit 2."""
    result = CliRunner(env=_ENV).invoke(main, ["derive", "logisitc", "-f", "text"])
    assert result.exit_code == 2
    assert "logistic" in result.stderr


def test_preset_names_still_match_in_any_case():
    result = CliRunner(env=_ENV).invoke(main, ["derive", "LINEAR", "-f", "text"])
    assert result.exit_code == 0, result.stderr
    assert "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾" in result.stdout  # worked by hand: d/dθⱼ of (1/2m)Σ(θᵀx − y)²


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_is_generated(shell, monkeypatch):
    """The documented `_LOGDERIV_COMPLETE=SHELL_source logderiv` prints the shell's script."""
    monkeypatch.setattr("click.shell_completion.BashComplete._check_version", lambda self: None)
    result = CliRunner(env={**_ENV, "_LOGDERIV_COMPLETE": f"{shell}_source"}).invoke(main, [], prog_name="logderiv")
    assert result.exit_code == 0
    assert "_LOGDERIV_COMPLETE" in result.stdout and f"{shell}_complete" in result.stdout


_ROW = re.compile(r"^\| `(logderiv [^`]*)` \| (.*) \|$", re.MULTILINE)


def test_completion_page_table_is_true():
    """Each row of docs/completion.md's table is what click's completion offers."""
    page = (ROOT / "docs" / "completion.md").read_text(encoding="utf-8")
    assert "_LOGDERIV_COMPLETE=bash_source logderiv" in page
    assert "zsh_source" in page and "fish_source" in page
    rows = _ROW.findall(page)
    assert len(rows) >= 5
    for line, offered in rows:
        items = _completions(line)
        listed = re.findall(r"`([^`]+)`", offered.split("(")[0])
        if listed:
            assert sorted(item.value for item in items) == sorted(listed), line
        elif "options" in offered:
            assert items and all(item.value.startswith("-") for item in items), line
        else:
            assert [item.type for item in items] == ["file"], line

"""The documentation stays complete and true: every command, option, exit code and rule is in it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.engine.rules import RULES
from logderiv.presets import PRESETS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOCS = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
EXIT_CODES = (ROOT / "docs" / "exit-codes.md").read_text(encoding="utf-8")
RULES_DOCS = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")

_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


def _mentioned(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (``--let`` is not ``--letter``)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _options(command: click.Command) -> list[str]:
    ctx = click.Context(command, info_name=command.name)
    return [
        name
        for param in command.get_params(ctx)
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
    ]


COMMANDS = sorted(main.commands)
OPTIONS = [(None, option) for option in _options(main)] + [
    (name, option) for name in COMMANDS for option in _options(main.commands[name])
]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented(name):
    """Each CLI command appears, as `logderiv NAME`, in README.md or docs/cli.md."""
    assert f"logderiv {name}" in README + CLI_DOCS


@pytest.mark.parametrize(("command", "option"), OPTIONS)
def test_every_option_is_documented(command, option):
    """Each option of each command appears in README.md or docs/cli.md."""
    assert _mentioned(option, README + CLI_DOCS), f"{option} of {command or 'logderiv'}"


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_have_a_section_per_command(name):
    """docs/cli.md has a heading for each command."""
    assert re.search(rf"^#+ .*`logderiv {re.escape(name)}", CLI_DOCS, re.MULTILINE), name


@pytest.mark.parametrize("code", range(5))
def test_every_exit_code_is_documented(code):
    """Each exit code 0–4 has a row in docs/exit-codes.md."""
    assert re.search(rf"^\| `{code}` \|", EXIT_CODES, re.MULTILINE), code


def test_exit_codes_match_the_errors():
    """The codes the error classes carry are the ones documented."""
    from logderiv import errors

    assert errors.InputError.exit_code == 2
    assert errors.UnsupportedError.exit_code == 3
    assert errors.InternalError.exit_code == 4
    for name in ("InputError", "UnsupportedError", "InternalError"):
        assert name in EXIT_CODES


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_is_documented(rule):
    """Each rule in RULES has a row in docs/rules.md with its name and statement."""
    row = re.search(rf"^\| `{re.escape(rule.name)}` \|(.*)$", RULES_DOCS, re.MULTILINE)
    assert row, rule.name
    assert rule.statement in row.group(1), rule.name


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_is_in_the_readme(name):
    """The README's presets table lists each preset."""
    assert re.search(rf"^\| `{re.escape(name)}`[ |]", README, re.MULTILINE), name


# --- the README's examples run ----------------------------------------------------------------

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SHELL = {"sh", "shell", "bash", "console"}
#: where a command line stops being logderiv's arguments
_SHELL_SYNTAX = {">", ">>", "|", "&&", ";", "2>", "<"}


def _readme_commands() -> list[str]:
    lines = []
    for language, body in _FENCE.findall(README):
        if language not in _SHELL:
            continue
        for line in body.splitlines():
            line = line.strip().removeprefix("$ ")
            if line.startswith("logderiv "):
                lines.append(line)
    return lines


README_COMMANDS = _readme_commands()


def test_readme_has_examples():
    """The README shows how to run logderiv."""
    assert len(README_COMMANDS) >= 5


@pytest.mark.parametrize("line", README_COMMANDS)
def test_readme_example_runs(line):
    """Each `logderiv …` line in a README shell block runs with exit 0."""
    argv = shlex.split(line)[1:]
    for index, token in enumerate(argv):
        if token in _SHELL_SYNTAX:
            argv = argv[:index]
            break
    result = CliRunner(env=_ENV).invoke(main, argv)
    assert result.exit_code == 0, (line, result.stderr, result.exception)


def test_readme_sample_is_the_real_output():
    """The README's sample output is what `logderiv derive -f text` prints now.

    If this fails after a deliberate change to the text renderer, paste the new
    output of `logderiv derive -f text` into the README's sample block.
    """
    sample = re.search(r"<!-- sample: logderiv derive -f text -->\n```text\n(.*?)^```", README, re.DOTALL | re.MULTILINE)
    assert sample, "the README has no sample block"
    result = CliRunner(env=_ENV).invoke(main, ["derive", "-f", "text"])
    assert result.exit_code == 0, result.stderr
    assert sample.group(1) == result.stdout


def test_readme_setup_commands():
    """The README's two set-up commands; the second, its test command, is exactly the suite .ci/run runs first."""
    assert "pip install . && logderiv derive\n" in README
    readme = re.findall(r"^pip install '\.\[test\]' && (python -m pytest\b.*)$", README, re.MULTILINE)
    assert len(readme) == 1, readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # the test command's arguments as a whole (xdist's -n and --dist, say), not only its start
    ran = re.findall(r"^pip install (?:-q )?'\.\[test\]' && (python -m pytest\b.*)$", ci, re.MULTILINE)
    assert ran[:1] == readme, (ran, readme)

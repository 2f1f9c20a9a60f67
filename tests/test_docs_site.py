"""The documentation site builds without a warning, and its generated samples are the real current output.

``mkdocs build --strict`` (mkdocs.yml at the root, the ``docs`` extra) runs into a temporary folder; it is
skipped, saying how to install it, when mkdocs-material is not installed. The gallery (docs/gen_gallery.py)
and every ``<!-- sample: logderiv … -->`` block of docs/*.md must equal a fresh run, and the gallery's
maths must render with KaTeX, as the site renders it.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}
_SAMPLE = re.compile(r"<!-- sample: (logderiv [^\n]*?) -->\n```text\n(.*?)^```", re.DOTALL | re.MULTILINE)


@functools.cache
def _gallery():
    """docs/gen_gallery.py as a module (registered first: its dataclass looks its module up)."""
    spec = importlib.util.spec_from_file_location("gen_gallery", DOCS / "gen_gallery.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_site_builds_strictly(tmp_path):
    """mkdocs build --strict: a broken link, a missing anchor or a page left out of the nav fails it."""
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        pytest.skip("mkdocs-material is not installed: pip install '.[docs]'")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr, run.stderr
    gallery = (tmp_path / "site" / "gallery" / "index.html").read_text(encoding="utf-8")
    assert gallery.count('<div class="arithmatex">') >= 4  # the display maths reached the page, marked for KaTeX
    assert (tmp_path / "site" / "schema" / "verdict.schema.json").exists()  # json.md's links lead somewhere


def test_every_page_is_in_the_nav():
    """Each docs/*.md is a page of the site (mkdocs only warns about a page left out of nav)."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        assert f": {page.name}\n" in nav, page.name


def test_gallery_is_the_real_output():
    """docs/gallery.md is what docs/gen_gallery.py writes now (after a deliberate renderer change: run it again)."""
    assert (DOCS / "gallery.md").read_text(encoding="utf-8") == _gallery().render()


def test_gallery_shows_what_it_says():
    """Each gallery example is on the page with its command and exit code, and the derivations hold maths."""
    page = (DOCS / "gallery.md").read_text(encoding="utf-8")
    for example in _gallery().EXAMPLES:
        assert f"logderiv {shlex.join(example.argv)}   # exit {example.exit_code}\n" in page
    assert page.count("\\begin{aligned}") >= 3
    assert "## Checking an answer with a flipped sign" in page and "`sign`" in page


def _samples() -> list[tuple[str, str, str]]:
    return [(page.name, command, text) for page in sorted(DOCS.glob("*.md"))
            for command, text in _SAMPLE.findall(page.read_text(encoding="utf-8"))]


def test_getting_started_has_a_sample():
    assert any(page == "index.md" for page, _, _ in _samples())


@pytest.mark.parametrize(("page", "command", "text"), _samples(), ids=lambda value: value[:40])
def test_sample_is_the_real_output(page, command, text):
    """A docs block marked <!-- sample: logderiv … --> is what that command prints now (paste it again if not)."""
    result = CliRunner(env=_ENV).invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 0, result.stderr
    assert text == result.stdout, f"{page}: {command}"


def test_gallery_maths_renders_with_katex():
    """Every $$…$$ and $…$ of the gallery renders with KaTeX in strict mode (the site renders it with KaTeX)."""
    from test_katex import _collect, _fragments_of_markdown, _render

    fragments = _collect({"gallery.md": (DOCS / "gallery.md").read_text(encoding="utf-8")}, _fragments_of_markdown)
    assert _render(fragments) == {}


# --- transcripts: "$ logderiv …" followed by what it printed, in docs/*.md code blocks ------------

_FENCE = re.compile(r"^```\w*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_FILE_ENDINGS = (".py", ".tex", ".txt", ".csv", ".jsonl", ".toml", ".md", ".ipynb")


def _runnable(command: str) -> bool:
    """A transcript this test can rerun: logderiv's own arguments, no shell syntax, no file of the reader's."""
    if not command.startswith("logderiv ") or command.endswith("\\") or "$'" in command:
        return False
    words = shlex.split(command)
    return not any(word in {"|", "<", ">", ">>", "2>", "&&"} or word.split(":")[0].endswith(_FILE_ENDINGS)
                   for word in words)


def _transcripts() -> list[tuple[str, str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for body in _FENCE.findall(page.read_text(encoding="utf-8")):
            for part in re.split(r"^\$ ", body, flags=re.MULTILINE)[1:]:
                command, _, printed = part.partition("\n")
                if _runnable(command):
                    found.append((page.name, command, printed))
    return found


TRANSCRIPTS = _transcripts()


def test_docs_have_transcripts():
    assert len(TRANSCRIPTS) >= 10


@pytest.mark.parametrize(("page", "command", "printed"), TRANSCRIPTS, ids=[command for _, command, _ in TRANSCRIPTS])
def test_transcript_is_the_real_output(page, command, printed):
    """A "$ logderiv …" block in docs/*.md shows what the command prints now, stdout and stderr as a terminal
    interleaves them (rerun it and paste the output if this fails after a deliberate change)."""
    result = CliRunner(env=_ENV).invoke(main, shlex.split(command)[1:], prog_name="logderiv")
    assert result.output.rstrip() == printed.rstrip(), f"{page}: {command}"

"""Snapshot files of rendered output, in one place: ``tests/snapshots/NAME``.

A snapshot is what a reader sees, so trailing blanks (rich's table padding) are dropped before
comparing. ``LOGDERIV_UPDATE_SNAPSHOTS=1`` rewrites the files instead of comparing: review the
diff before committing it, since a snapshot holds output, not an independent truth.
"""

from __future__ import annotations

import difflib
import io
import os
from pathlib import Path

import pytest
from rich.console import Console

SNAPSHOTS = Path(__file__).parent / "snapshots"


def normalise(text: str) -> str:
    """``text`` as a reader sees it: each line without trailing blanks, one final newline."""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def assert_snapshot(name: str, text: str) -> None:
    """Compare ``text`` with ``tests/snapshots/name``; LOGDERIV_UPDATE_SNAPSHOTS=1 rewrites it."""
    path = SNAPSHOTS / name
    text = normalise(text)
    if os.environ.get("LOGDERIV_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"snapshot {path} is missing: run with LOGDERIV_UPDATE_SNAPSHOTS=1 to create it")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        # this helper is no test module, so pytest does not rewrite its assert: say where the texts part
        diff = difflib.unified_diff(expected.splitlines(), text.splitlines(), f"snapshots/{name}", "now", lineterm="", n=1)
        pytest.fail("output differs from its snapshot:\n" + "\n".join(list(diff)[:60]), pytrace=False)


def rich_text(renderable, width: int = 100) -> str:
    """``renderable`` as a terminal ``width`` columns wide without colour shows it."""
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(renderable)
    return console.file.getvalue()

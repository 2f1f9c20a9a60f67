"""The package's own source, each module parsed once per test process.

Seven test files walk the syntax of every module of logderiv (the import graph, evaluator calls, memo tables,
frozen dataclasses, module-level patterns, names bound twice): 4.4 MB of source, about 3 s of CPU to parse
each time, so the suite parsed the package eight times over (docs/testing.md, "The suite's time"). A module's
tree is kept here by its path and modification time, so each worker parses a file once however many tests read
it, and a file that changed is parsed again. A file outside the package (a test's own ``tmp_path`` module) is
parsed afresh every time. The trees are shared: a test walks them and never changes them.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "logderiv"


def tree(path: Path) -> ast.Module:
    """The syntax tree of the Python file at ``path``, kept if it is one of the package's modules."""
    path = Path(path).resolve()
    if path.is_relative_to(PACKAGE):
        return _kept(path, path.stat().st_mtime_ns)
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def _kept(path: Path, mtime_ns: int) -> ast.Module:  # mtime_ns: part of the key, so an edited module is read again
    return ast.parse(path.read_text(encoding="utf-8"))

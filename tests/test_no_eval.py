"""No module of logderiv calls sympify, parse_expr, eval or exec: each runs arbitrary code on text (the brief's first
non-negotiable). User text is parsed into an allow-listed tree; gradcheck runs the user's file in its own sandboxed
worker process, not through any of these. The calls are found in the syntax tree, so a comment or a docstring that
names them does not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

from _source import tree

import logderiv

FORBIDDEN = {"sympify", "parse_expr", "eval", "exec"}
PACKAGE = Path(logderiv.__file__).parent


def _forbidden_calls(module: ast.Module) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(module):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if called in FORBIDDEN:
                found.append((node.lineno, called))
    return found


def test_no_module_calls_an_evaluator():
    calls = {f"{path.relative_to(PACKAGE)}:{line}": name for path in sorted(PACKAGE.rglob("*.py"))
             for line, name in _forbidden_calls(tree(path))}
    assert calls == {}


def test_the_scan_finds_each_spelling():
    """The scan itself: every forbidden call is found, as a name and as an attribute; a mention in text is not."""
    source = "import sympy\nsympy.sympify(t)\nparse_expr(t)\neval(t)\nexec(t)\n# sympify(t)\n'eval(t)'\n"
    assert _forbidden_calls(ast.parse(source)) == [(2, "sympify"), (3, "parse_expr"), (4, "eval"), (5, "exec")]

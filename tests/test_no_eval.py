"""No module of logderiv calls sympify, parse_expr, eval or exec: each runs arbitrary code on text (the brief's first
non-negotiable). User text is parsed into an allow-listed tree; gradcheck runs the user's file in its own sandboxed
worker process, not through any of these. The calls are found in the syntax tree, so a comment or a docstring that
names them does not count.
"""

from __future__ import annotations

import ast
import re
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


#: a call of one of them writes its name as a whole word (an identifier is one in the text), so a module whose text
#: never has the word calls none: only the others are parsed (the package is 4.4 MB of source, seconds to parse)
MENTION = re.compile(r"\b(?:" + "|".join(sorted(FORBIDDEN)) + r")\b")


def _mentioning() -> list[Path]:
    return [path for path in sorted(PACKAGE.rglob("*.py")) if MENTION.search(path.read_text(encoding="utf-8"))]


def test_no_module_calls_an_evaluator():
    calls = {f"{path.relative_to(PACKAGE)}:{line}": name for path in _mentioning()
             for line, name in _forbidden_calls(tree(path))}
    assert calls == {}


def test_the_scan_finds_each_spelling():
    """The scan itself: every forbidden call is found, as a name and as an attribute; a mention in text is not."""
    source = "import sympy\nsympy.sympify(t)\nparse_expr(t)\neval(t)\nexec(t)\n# sympify(t)\n'eval(t)'\n"
    assert _forbidden_calls(ast.parse(source)) == [(2, "sympify"), (3, "parse_expr"), (4, "eval"), (5, "exec")]
    # and the text filter before it keeps every line a call is on (and more: a comment, a string)
    assert {number for number, line in enumerate(source.splitlines(), 1) if MENTION.search(line)} >= {2, 3, 4, 5}
    assert not MENTION.search("evaluate(t); executor.submit(t); sympy.S(t)")

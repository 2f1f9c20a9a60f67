"""No module of logderiv binds one top-level name twice (an ``@overload`` stub excepted).

Two branches merged on the same day each added a module-level ``_DERIVATIVE_D`` to ``notation/redefined.py``;
the later assignment silently replaced the earlier pattern for every function of the module, and a let named d
beside ``dJ/dθ`` was read as that quantity instead of refused (tests/test_fixcode.py caught the symptom only).
Python allows the rebinding, so this test forbids it: a second binding of a name is a new name, or a deliberate
change of the first one.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from _source import tree

PACKAGE = Path(__file__).resolve().parent.parent / "logderiv"


def _overload(node: ast.AST) -> bool:
    decorators = getattr(node, "decorator_list", [])
    return any((isinstance(d, ast.Name) and d.id == "overload")
               or (isinstance(d, ast.Attribute) and d.attr == "overload") for d in decorators)


def _bound_names(tree: ast.Module) -> Counter[str]:
    """The names the module's top level binds by assignment, def or class, each counted once a binding."""
    counts: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            counts.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not _overload(node):
            counts[node.name] += 1
    return counts


def test_the_check_sees_a_rebinding():
    """Checked on a module written here: a name assigned twice is found, an overload's stubs are not."""
    source = ("from typing import overload\nA = 1\ndef f(x): ...\nA = 2\n"
              "@overload\ndef g(x: int) -> int: ...\n@overload\ndef g(x: str) -> str: ...\ndef g(x): return x\n")
    counts = _bound_names(ast.parse(source))
    assert counts["A"] == 2 and counts["g"] == 1 and counts["f"] == 1


def test_no_module_binds_a_top_level_name_twice():
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = _bound_names(tree(path))
        repeated = sorted(name for name, count in counts.items() if count > 1)
        if repeated:
            twice[str(path.relative_to(PACKAGE.parent))] = repeated
    assert not twice, twice

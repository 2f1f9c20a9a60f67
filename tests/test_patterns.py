"""logderiv.patterns: module-level regular expressions compile on first use, and every one of them compiles.

The deferral exists for the cold start (``benchmarks/bench.py``): it is only
worth having if importing the readers compiles nothing, and only safe if no
pattern is broken and the stand-in answers exactly as the compiled pattern does.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest
from _source import tree

import logderiv
from logderiv import patterns


def _import_every_module() -> None:
    for module in pkgutil.walk_packages(logderiv.__path__, "logderiv."):
        importlib.import_module(module.name)


def test_every_deferred_pattern_compiles():
    """All module-level patterns of every module, compiled: a broken one fails here, not in a user's run."""
    _import_every_module()
    assert len(patterns.MADE) > 300  # the readers' patterns are registered (328 when this was written)
    for deferred in patterns.MADE:
        assert isinstance(deferred.compiled(), re.Pattern), deferred


def test_no_module_level_re_compile_is_left():
    """Every module-level pattern goes through patterns.compile (one place to make them lazy)."""
    import ast
    from pathlib import Path

    eager = []
    for path in Path(logderiv.__file__).parent.rglob("*.py"):
        for node in tree(path).body:
            value = getattr(node, "value", None)
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Call) \
                    and isinstance(value.func, ast.Attribute) and value.func.attr == "compile" \
                    and isinstance(value.func.value, ast.Name) and value.func.value.id == "re":
                eager.append(f"{path.name}:{node.lineno}")
    assert eager == []


def test_importing_the_commands_compiles_no_pattern():
    """A fresh interpreter importing what every command imports has compiled none of them yet."""
    code = (
        "import logderiv.cli, logderiv._api, logderiv.services.steps, logderiv.notation.page, logderiv.verify.lemmas\n"
        "from logderiv import patterns\n"
        "print(len(patterns.MADE), sum(1 for d in patterns.MADE if set(vars(d)) - {'_source', '_flags'}))\n"
    )
    made, used = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                         check=True).stdout.split())
    assert made > 100
    assert used == 0


@pytest.mark.parametrize(("source", "flags", "text"), [
    (r"(?P<name>[a-z]+)_(\d+)", 0, "theta_12 and w_3"),
    (r"sum\s*\(", re.IGNORECASE, "SUM (x) + Sum(y)"),
    (r"^\s*$", re.MULTILINE, "a\n\n  \nb"),
])
def test_the_stand_in_answers_as_the_compiled_pattern(source, flags, text):
    """match/search/finditer/sub/split/findall and the attributes agree with re.compile's, before and after use."""
    eager, lazy = re.compile(source, flags), patterns.compile(source, flags)
    assert lazy.pattern == eager.pattern and lazy.flags == eager.flags and lazy.groups == eager.groups
    assert lazy.groupindex == eager.groupindex
    for _ in range(2):  # the first use compiles, the second reads the kept bound method
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert bool(lazy.search(text)) == bool(eager.search(text))
        assert (lazy.match(text) is None) == (eager.match(text) is None)
        assert lazy.sub("#", text) == eager.sub("#", text)
        assert lazy.subn("#", text) == eager.subn("#", text)
        assert lazy.split(text) == eager.split(text)
        assert lazy.findall(text) == eager.findall(text)
        assert (lazy.fullmatch(text) is None) == (eager.fullmatch(text) is None)


def test_a_broken_pattern_fails_when_used():
    """Deferral moves a bad pattern's error to its first use (which the test above reaches for every pattern)."""
    broken = patterns._Deferred(r"(unclosed", 0)  # not registered: the test of every pattern must not meet it
    with pytest.raises(re.error):
        broken.search("x")


def test_a_pattern_made_inside_a_function_is_made_once_and_the_register_stays_bounded():
    """patterns.compile called again and again (inside a reader's function, once per input) adds nothing.

    The readers also build patterns inside functions, some from the user's own names (``re.escape(var)``); each call
    appended a stand-in to MADE, so a long-running grader's register grew with every answer (rev38). The same source
    and flags now give the same stand-in, and past MADE_BOUND distinct sources nothing more is registered.
    """
    _import_every_module()
    before = len(patterns.MADE)
    first = patterns.compile(r"(?<![\w.])rev38_probe\[\s*i\s*\]")
    for _ in range(1000):
        assert patterns.compile(r"(?<![\w.])rev38_probe\[\s*i\s*\]") is first
    assert len(patterns.MADE) == before + 1
    assert patterns.compile(r"(?<![\w.])rev38_probe\[\s*i\s*\]", re.IGNORECASE) is not first  # flags count
    for k in range(patterns.MADE_BOUND + 50):
        made = patterns.compile(rf"rev38_name_{k}\[")
        assert made.search(f"rev38_name_{k}[0]") is not None  # past the bound it still answers as re would
    assert len(patterns.MADE) <= patterns.MADE_BOUND

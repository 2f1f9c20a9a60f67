"""Memo tables are owned by a context, bounded, and clearable (issue 14, item 5).

Every cache of logderiv is a table declared with :mod:`logderiv.memo`: the
source is walked for a module-level ``lru_cache`` or an empty dict filled at
run time, so a new global cache fails here. The tables' entries belong to a
``Context``: ``clear()`` empties them, a second context shares none, a
table holds no more than its bound, and what logderiv prints does not depend
on what was remembered before.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
import sympy
from _source import tree
from click.testing import CliRunner

import logderiv
from logderiv import memo

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "logderiv"

#: module-level containers filled at run time that are no memo, each with why
NOT_MEMOS = {
    "logderiv.memo.MEMOS": "the tables' declarations, filled as modules are imported",
    "logderiv.memo._FUNCTIONS": "the functions of those declarations",
    "logderiv.patterns.MADE": "compiled regular expressions (compiled on first use): not memo state",
    "logderiv.patterns._BY_SOURCE": "the same stand-ins as MADE, by source and flags, bounded by MADE_BOUND",
    "logderiv.notation.builder._SHAPE_FIELDS": "a tree node class's field names: one entry per class, a constant",
    "logderiv.notation.symbols._BY_CLASS": "the registry's functions by sympy class, filled once: a constant",
    "logderiv.deadline._active": "the time limits entered and not yet left: a stack, not a cache",
}

_CACHE_DECORATORS = {"lru_cache", "cache"}
_EMPTY_CALLS = {"dict", "set", "list", "OrderedDict", "defaultdict", "WeakKeyDictionary", "WeakValueDictionary",
                "deque"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()
for _module in MODULES:
    if not _module.endswith("__main__"):
        importlib.import_module(_module)  # each declares its tables on import: MEMOS is then complete


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else ""


def _is_empty_container(value: ast.expr) -> bool:
    if isinstance(value, ast.Dict):
        return not value.keys
    if isinstance(value, (ast.Set, ast.List)):
        return not value.elts
    return isinstance(value, ast.Call) and _decorator_name(value) in _EMPTY_CALLS and not value.args


def _global_caches(module: str, path: Path) -> list[str]:
    """The module's caches that no context owns: an ``lru_cache`` anywhere, an empty container at module level."""
    module_tree = tree(path)
    found = []
    for node in ast.walk(module_tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(_decorator_name(d) in _CACHE_DECORATORS for d in node.decorator_list):
                if f"{module}.{node.name}" not in memo.LAZY_CONSTANTS:
                    found.append(f"{module}.{node.name} (line {node.lineno}): functools cache")
    for node in module_tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and _is_empty_container(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = f"{module}.{ast.unparse(target)}"
                if name not in NOT_MEMOS:
                    found.append(f"{name} (line {node.lineno}): an empty container filled at run time")
    return found


def test_no_global_cache() -> None:
    """No module keeps a cache of its own: each is a table of :mod:`logderiv.memo` (or allowed, with why)."""
    found = [cache for module, path in MODULES.items() for cache in _global_caches(module, path)]
    assert found == [], "declare these with logderiv.memo.remembered or logderiv.memo.table:\n" + "\n".join(found)


def test_the_walker_finds_a_global_cache(tmp_path: Path) -> None:
    """The walk above does catch both kinds of global cache (a test of the test)."""
    path = tmp_path / "cached.py"
    path.write_text("import functools\n_SEEN: dict = {}\n\n@functools.lru_cache(maxsize=8)\ndef f(x):\n    return x\n")
    assert len(_global_caches("logderiv.cached", path)) == 2


def test_every_table_is_declared_and_named_for_its_module() -> None:
    """Importing every module declares each table the source declares, once, named after its module."""
    declared = set()
    for module, path in MODULES.items():
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Call) and _decorator_name(node) in ("remembered", "table") and node.args:
                if isinstance(node.args[0], ast.Constant) and module != "logderiv.memo":
                    name = node.args[0].value
                    assert f"logderiv.{name}".startswith(module + "."), (module, name)
                    declared.add(name)
    assert declared == set(memo.MEMOS)
    assert all(m.eviction == "LRU" and m.bound >= 1 for m in memo.MEMOS.values())


def test_clear_empties_every_table() -> None:
    """After a check and a derivation a context holds entries; ``clear()`` leaves none, and stats say so."""
    with logderiv.Context() as context:
        assert logderiv.current_context() is context
        logderiv.check("1/m * sum((h - y) x_j)")
        logderiv.derive("linear").to_text()
    assert logderiv.current_context() is memo.DEFAULT
    before = context.stats()
    assert set(before) == set(memo.MEMOS)
    assert sum(s.size for s in before.values()) > 10
    assert before["_api.checker"].size == 1 and before["_api.checker"].misses == 1
    context.clear()
    assert all(s.size == 0 for s in context.stats().values())


def test_a_second_context_shares_no_entry() -> None:
    """Two contexts each make their own checker, and filling one leaves the other as it was."""
    from logderiv import _api

    with logderiv.Context() as first:
        one = _api.checker("logistic")
    with logderiv.Context() as second:
        assert second.stats()["_api.checker"].size == 0
        other = _api.checker("logistic")
        assert _api.checker("logistic") is other  # remembered within the context
    assert one is not other
    assert first.stats()["_api.checker"].size == 1
    with first:
        assert _api.checker("logistic") is one


def test_a_function_table_holds_its_bound() -> None:
    """``equality.numeric.components`` (bound 1,024) filled past it keeps the bound, the oldest entries dropped."""
    from logderiv.equality import numeric

    bound = memo.MEMOS["equality.numeric.components"].bound
    with logderiv.Context() as context:
        names = [sympy.Symbol(f"a{k}") for k in range(bound + 50)]
        for name in names:
            assert numeric.components(name) == frozenset()
        assert context.stats()["equality.numeric.components"].size == bound
        numeric.components(names[-1])
        assert context.stats()["equality.numeric.components"].hits == 1
        numeric.components(names[0])  # dropped: computed again
        assert context.stats()["equality.numeric.components"].misses == bound + 51


@pytest.mark.parametrize("name", sorted(n for n, m in memo.MEMOS.items() if m.kind == "table"))
def test_a_table_holds_its_bound_least_recently_used_out(name: str) -> None:
    """Each hand-made table filled past its bound keeps the bound; the entry read last survives, the oldest goes."""
    bound = memo.MEMOS[name].bound
    handle = memo.Table(name)
    untouched = memo.DEFAULT.stats()[name]
    with logderiv.Context() as context:
        for key in range(bound):
            handle[("test", key)] = key
        assert handle.get(("test", 0)) == 0  # now the most recently used
        for key in range(bound, bound + 5):
            handle[("test", key)] = key
        assert len(handle) == bound == context.stats()[name].size
        assert handle.get(("test", 0)) == 0
        assert handle.get(("test", 1)) is None  # the least recently used went first
        assert handle[("test", bound + 4)] == bound + 4
    assert memo.DEFAULT.stats()[name] == untouched  # the default context saw none of it


def test_memo_declarations_refuse_a_second_name_and_no_bound() -> None:
    """A table is declared once, with a bound of at least one entry."""
    with pytest.raises(ValueError, match="declared twice"):
        memo.table("equality.numeric.points", 10)
    with pytest.raises(ValueError, match="bound"):
        memo.table("test_memo.unbounded", 0)


ANSWERS = ("1/m * sum((h - y) x_j)", "1/m * sum((y - h) x_j)", r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})")


def _api_outputs() -> list[str]:
    outputs = [logderiv.derive("logistic").to_text(), logderiv.derive("linear").to_json()]
    outputs += [logderiv.check(answer).to_json() for answer in ANSWERS]
    return outputs


def test_api_output_is_the_same_with_caches_cleared_between_calls() -> None:
    """derive and check print the same text warm (tables full from earlier calls) and cold (each call in a fresh context)."""
    warm = _api_outputs()
    warm_again = _api_outputs()
    cold = []
    for call in (lambda: logderiv.derive("logistic").to_text(), lambda: logderiv.derive("linear").to_json(),
                 *(lambda answer=answer: logderiv.check(answer).to_json() for answer in ANSWERS)):
        with logderiv.Context():
            cold.append(call())
    assert warm == warm_again == cold


def test_cli_output_is_the_same_with_caches_cleared_between_calls() -> None:
    """``derive -f text`` and ``check`` print the same, exit the same, with the default context cleared before each."""
    from logderiv.cli import main

    commands = [["derive", "-f", "text"], ["check", ANSWERS[0]], ["check", ANSWERS[1]]]
    runner = CliRunner()
    warm = [runner.invoke(main, command) for command in commands]
    cleared = []
    for command in commands:
        memo.DEFAULT.clear()
        cleared.append(runner.invoke(main, command))
    assert [(r.exit_code, r.output) for r in warm] == [(r.exit_code, r.output) for r in cleared]
    assert [r.exit_code for r in warm] == [0, 0, 1]  # right, right, wrong


def test_the_architecture_sample_is_real_output() -> None:
    """docs/architecture.md's Caches sample runs, and the Stats it shows is what the call returns."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text[text.index("## Caches"):]
    sample = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert sample
    lines = sample.group(1).splitlines()
    at = next(number for number, line in enumerate(lines) if line.startswith("context.stats()"))
    expression, _, comment = lines[at].partition("#")
    namespace: dict = {}
    exec("\n".join(lines[:at]), namespace)  # noqa: S102 - our own docs, not user text
    assert repr(eval(expression, namespace)) == comment.strip()  # noqa: S307
    exec("\n".join(lines[at + 1:]), namespace)  # noqa: S102
    assert all(stats.size == 0 for stats in namespace["context"].stats().values())


def test_a_cost_read_again_is_the_problem_read_first() -> None:
    """``read_cost`` of the same arguments is served from ``verify.costs.problems``: one read, the same record as a
    fresh read in a context of its own; another --wrt is another read, and a refused text is refused every time."""
    from logderiv.errors import InputError
    from logderiv.verify.costs import read_cost

    cost = "-1/m * sum(y log(h) + (1 - y) log(1 - h))"
    with logderiv.Context():
        fresh = read_cost(cost, let=["h = sigma(theta^T x)"])
    with logderiv.Context() as context:
        first = read_cost(cost, let=["h = sigma(theta^T x)"])
        again = read_cost(cost, let=("h = sigma(theta^T x)",))
        read_cost(cost, wrt="w_j", let=["h = sigma(w^T x)"])
        for _ in range(2):
            with pytest.raises(InputError):
                read_cost("1/m * sum(h - y", let=["h = sigma(theta^T x)"])
        stats = context.stats()["verify.costs.problems"]
    assert again is first and first == fresh
    assert (stats.size, stats.hits) == (2, 1)

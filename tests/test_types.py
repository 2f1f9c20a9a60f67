"""``mypy logderiv`` finds no error in the modules held to --strict (issue 14): every one but the modules listed as
not strict yet in pyproject.toml's [tool.mypy] overrides (the one place the list lives; docs/architecture.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the backport, a dependency there
    import tomli as tomllib


def _not_strict_yet() -> list[str]:
    """The module patterns pyproject.toml exempts from --strict: the overrides that turn its checks off."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config.get("strict") is True, "pyproject.toml's [tool.mypy] no longer says strict = true"
    patterns = []
    for override in config.get("overrides", []):
        if override.get("disallow_untyped_defs") is False:
            modules = override["module"]
            patterns += [modules] if isinstance(modules, str) else modules
    return patterns


def _exempt(path: str, patterns: list[str]) -> bool:
    """Whether the file ``logderiv/…/x.py`` is a module of an exempt pattern (``a.b`` or ``a.b.*``)."""
    module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    return any(module == pattern.removesuffix(".*") or (pattern.endswith(".*") and module.startswith(pattern[:-1]))
               for pattern in patterns)


def test_exempt_patterns_are_read_as_meant():
    """The exemption covers a package and its modules, and nothing beside them (checked on names, by hand)."""
    patterns = ["logderiv.notation", "logderiv.notation.*"]
    assert _exempt("logderiv/notation/__init__.py", patterns)
    assert _exempt("logderiv/notation/plain.py", patterns)
    assert not _exempt("logderiv/notation_extra.py", patterns)
    assert not _exempt("logderiv/render/plain.py", patterns)
    assert not _exempt("logderiv/notation/plain.py", ["logderiv.notation"])  # a package's name is its __init__ alone


def test_the_not_strict_list_names_modules_that_exist_and_no_more():
    """pyproject.toml lists notation's modules one by one: each name is a real module (a stale or misspelt one would
    exempt nothing and hide nothing, but would say a module is exempt that is not) whose file the exemption covers,
    and a notation module off the list, such as ``registry`` (clean from the start), is among the files the strict
    run checks."""
    patterns = _not_strict_yet()
    for pattern in patterns:
        path = ROOT / (pattern.removesuffix(".*").replace(".", "/"))
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), pattern
        module = path.with_suffix(".py") if path.with_suffix(".py").is_file() else path / "__init__.py"
        assert _exempt(str(module.relative_to(ROOT)), patterns), pattern
    assert not _exempt("logderiv/notation/registry.py", patterns)


def test_the_strict_modules_type_check(tmp_path):
    """mypy, as pyproject.toml configures it (--strict), finds nothing in the modules held to --strict.

    Only they are named; what they import of the packages not strict yet is analysed silently
    (``--follow-imports=silent``), as it is needed to type the strict modules' uses of it. With a cold cache,
    as CI's fresh clone has, and 163 files held: the whole test 23 s of wall time (10 s of CPU) on a 2-core machine
    at load average 6-7, where ``mypy logderiv`` takes 82 s (12 s) (docs/architecture.md).
    """
    pytest.importorskip("mypy", reason="mypy is not installed: pip install '.[test]' (the test extra has it)")
    patterns = _not_strict_yet()
    files = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "logderiv").rglob("*.py")
                   if not _exempt(str(path.relative_to(ROOT)), patterns))
    assert len(files) > 40, files  # the package outside the exempt ones, not a handful that a pattern left
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--cache-dir", str(tmp_path / "mypy-cache"), *files],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not errors, f"{len(errors)} mypy --strict errors in modules held to it:\n" + "\n".join(errors[:50])
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert f"no issues found in {len(files)} source files" in result.stdout, result.stdout[-2000:]

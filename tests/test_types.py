"""``mypy logderiv`` finds no error, with every module held to --strict (issue 14; docs/architecture.md "Types").

pyproject.toml's [tool.mypy] says ``strict = true`` and exempts no module of the package: its only overrides are for
sympy, mpmath and matplotlib, which ship no types. A module added later is held from the start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the backport, a dependency there
    import tomli as tomllib


def _mypy_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def test_every_module_is_held_to_strict():
    """No override turns a strict check off for logderiv's own modules: the exemption list is gone, not emptied."""
    config = _mypy_config()
    assert config.get("strict") is True, "pyproject.toml's [tool.mypy] no longer says strict = true"
    assert "untyped_calls_exclude" not in config  # nothing untyped is left to call into
    for override in config.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        assert not any(module.startswith("logderiv") for module in modules), override
        assert set(override) <= {"module", "ignore_missing_imports"}, override  # third-party stubs only


def test_the_package_type_checks(tmp_path):
    """``mypy logderiv``, as pyproject.toml configures it (--strict), finds nothing in any of the package's files.

    With a cold cache, as CI's fresh clone has: 165 files, the whole test about 20–80 s of wall time (10–12 s of CPU)
    on a 2-core machine at load average 6 (docs/architecture.md).
    """
    pytest.importorskip("mypy", reason="mypy is not installed: pip install '.[test]' (the test extra has it)")
    files = sorted((ROOT / "logderiv").rglob("*.py"))
    assert len(files) > 100, files
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache"), "logderiv"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not errors, f"{len(errors)} mypy --strict errors:\n" + "\n".join(errors[:50])
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert f"no issues found in {len(files)} source files" in result.stdout, result.stdout[-2000:]

"""Where the test suite's time goes: per-file totals of a pytest JUnit XML report (benchmarks/suite-notes.md).

Run from the project root::

    nice /usr/bin/time -v python -m pytest -n auto --dist loadfile -q --junitxml=/tmp/suite.xml
    python benchmarks/suite_times.py /tmp/suite.xml            # the ten slowest files
    python benchmarks/suite_times.py /tmp/suite.xml --top 30 --tests 20

A test's time in the report is wall time (setup, call and teardown) in the worker that ran it: on a machine
shared with other work it grows with the load, so compare files by their share of the total, and runs by the
CPU seconds ``/usr/bin/time`` reports (user + system, the workers and their subprocesses included).

This is a benchmark, not a test: it lives outside ``tests/`` and is never collected.
"""

from __future__ import annotations

import argparse
import collections
import xml.etree.ElementTree as ElementTree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="a JUnit XML report (pytest --junitxml=FILE)")
    parser.add_argument("--top", type=int, default=10, help="files to list (default 10)")
    parser.add_argument("--tests", type=int, default=0, help="slowest single tests to list too (default none)")
    arguments = parser.parse_args()

    seconds: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    tests = []
    for case in ElementTree.parse(arguments.report).iter("testcase"):
        module = case.get("classname", "").split(".")
        # tests.test_x.TestClass → tests/test_x.py: the module is the last dotted part starting test_
        name = next((part for part in reversed(module) if part.startswith("test_")), module[-1])
        elapsed = float(case.get("time", 0))
        seconds[name] += elapsed
        counts[name] += 1
        tests.append((elapsed, f"{name}::{case.get('name')}"))
    total = sum(seconds.values())
    print(f"{sum(counts.values())} tests, {total:.0f} s of test time")
    print(f"{'seconds':>8} {'share':>6} {'tests':>6}  file")
    for name, elapsed in seconds.most_common(arguments.top):
        print(f"{elapsed:8.1f} {elapsed / total:6.1%} {counts[name]:6d}  tests/{name}.py")
    for elapsed, test in sorted(tests, reverse=True)[:arguments.tests]:
        print(f"{elapsed:8.2f}  {test}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

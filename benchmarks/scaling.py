"""How readings scale with their input: time at four times the size, as a ratio to the time at the size.

Run from the project root::

    python benchmarks/scaling.py             # every case, 5 runs of each size
    python benchmarks/scaling.py --runs 9 --only headings

A test bounds work by counting calls (``tests/work.py``); a count cannot see work inside one C call, a regular
expression backtracking on a long line. Each case here is such an input, kept where it was fixed: the ratio of
the median time at ``4n`` to the median at ``n`` is about 4 for linear work and 16 for quadratic. A ratio is
measured in one run, the sizes interleaved, so a shared machine's load hits both alike; no absolute time is
held. A case over ``LIMIT`` is flagged and the exit status is 1.

This is a benchmark, not a test: it lives outside ``tests/`` and is never collected.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: four times the input may take at most this many times as long (linear: about 4; quadratic: 16)
LIMIT = 8.0


@dataclass(frozen=True)
class Case:
    """An input whose reading once went super-linear, built at size ``n`` by ``build``; ``test`` holds its result."""

    name: str
    size: int
    build: Callable[[int], Callable[[], object]]
    test: str


def _headings(n: int) -> Callable[[], object]:
    from logderiv.notation.cost_sections import sections_of_their_own_cost

    page = "## a\n\n$$\nL = x\n$$\n\n" * n + "#" * (10 * n)
    return lambda: sections_of_their_own_cost(page)


CASES: list[Case] = [
    Case("headings", 2_000, _headings, "tests/test_fixcold33b.py::test_a_long_page_of_headings_is_read_in_linear_time"),
]


def _median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each size (default 5)")
    parser.add_argument("--only", help="the cases whose name contains this")
    arguments = parser.parse_args()
    flagged = 0
    for case in CASES:
        if arguments.only and arguments.only not in case.name:
            continue
        small, large = case.build(case.size), case.build(4 * case.size)
        small()  # caches filled before either size is timed
        ratio = _median_seconds(large, arguments.runs) / _median_seconds(small, arguments.runs)
        flag = "  OVER" if ratio > LIMIT else ""
        flagged += bool(flag)
        print(f"{case.name:<32} n={case.size:<7,} 4n/n = {ratio:5.1f}{flag}   ({case.test})")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())

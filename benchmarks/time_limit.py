"""How far past ``--timeout`` a check ends: the promise is within the limit + 1 s (check's acceptance 4).

Run from the project root::

    python benchmarks/time_limit.py            # 5 runs at --timeout 0.3
    python benchmarks/time_limit.py --runs 9 --timeout 1

The test suite only checks that the limit ends the check (exit 3, "time limit of 0.3 s",
tests/test_check_cli.py) and that it does so within a bound far from any machine's noise: a wall-clock
assert as tight as the promise failed on a loaded machine shared by a parallel suite. The promise itself is
measured here, in one process as the test runs it, the gradient derived first (the limit covers one
check), on an answer whose judging needs some seconds (the test's ``SLOW``).

This is a benchmark, not a test: it lives outside ``tests/`` and is never collected.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: the answer of tests/test_check_cli.py: 779 distinct powers near 10⁴, seconds to read and judge
SLOW = " + ".join(f"tanh(theta_j/{k})^{9999 - k}" for k in range(1, 780))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed checks (default 5)")
    parser.add_argument("--timeout", type=float, default=0.3, help="the --timeout given (default 0.3 s)")
    arguments = parser.parse_args()

    from click.testing import CliRunner

    from logderiv import check
    from logderiv.cli import main as cli

    check("1/m * sum((h - y) x_j)")  # the gradient derived first, as in the test
    runner = CliRunner()
    overshoots = []
    for _ in range(arguments.runs):
        start = time.monotonic()
        result = runner.invoke(cli, ["check", SLOW, "--timeout", str(arguments.timeout)])
        elapsed = time.monotonic() - start
        if result.exit_code != 3:
            print(f"exit {result.exit_code}, not 3: {result.stderr[-300:]}", file=sys.stderr)
            return 1
        overshoots.append(elapsed - arguments.timeout)
    print(f"--timeout {arguments.timeout} s, {arguments.runs} runs: ended {statistics.median(overshoots):.2f} s "
          f"after the limit (median), {max(overshoots):.2f} s at most; promised: within 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

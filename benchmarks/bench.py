"""Cold start-up cost of the CLI, as ratios against the imports it cannot avoid.

Run from the project root::

    python benchmarks/bench.py            # N = 5 runs of each command
    python benchmarks/bench.py --runs 9

Machines are noisy, so nothing here is an absolute time: each command's
median wall time (N cold runs, interleaved with its floor's runs so that drift
hits both alike) is divided by the median of a *floor*, a bare interpreter
importing the libraries the command must import anyway:

* ``python -m logderiv derive <preset> -f text`` against
  ``python -c "import sympy, click, rich.console"``; target ≤ 1.5×.
* ``python -m logderiv --help`` against ``python -c "import click, rich.console"``;
  target ≤ 1.3× (``--help`` must not import sympy).

This is a benchmark, not a test: it lives outside ``tests/`` (pytest's
``testpaths``) and is never collected. The exit status is 0 whether or not a
target is met; a failing command (non-zero exit) is reported and exits 1.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logderiv.presets import PRESETS  # noqa: E402  (sympy-free)

PY = sys.executable
HELP_TARGET = 1.3
DERIVE_TARGET = 1.5


def wall(argv: list[str]) -> float:
    """Seconds for one cold run of ``argv``; raises if it fails."""
    start = time.perf_counter()
    completed = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {completed.returncode}: {completed.stderr.decode()[-500:]}")
    return elapsed


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, the commands' runs interleaved round-robin."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():  # one warm-up each: page cache, .pyc files
        wall(argv)
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(wall(argv))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold runs per command (default 5)")
    args = parser.parse_args()

    help_floor = [PY, "-c", "import click, rich.console"]
    derive_floor = [PY, "-c", "import sympy, click, rich.console"]
    commands = {
        "floor: import click, rich.console": help_floor,
        "floor: import sympy, click, rich.console": derive_floor,
        "logderiv --help": [PY, "-m", "logderiv", "--help"],
    }
    for name in PRESETS:
        commands[f"logderiv derive {name}"] = [PY, "-m", "logderiv", "derive", name, "-f", "text"]

    try:
        median = medians(commands, args.runs)
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    print(f"python {sys.version.split()[0]}, median of {args.runs} cold runs each, interleaved")
    print()
    width = max(len(name) for name in commands)
    print(f"{'command':<{width}}  {'median':>8}  {'ratio':>6}  {'target':>7}  ")
    rows = [("floor: import click, rich.console", None, None), ("floor: import sympy, click, rich.console", None, None),
            ("logderiv --help", "floor: import click, rich.console", HELP_TARGET)]
    rows += [(f"logderiv derive {name}", "floor: import sympy, click, rich.console", DERIVE_TARGET) for name in PRESETS]
    for name, floor, target in rows:
        line = f"{name:<{width}}  {median[name] * 1000:>6.0f}ms"
        if floor is not None:
            ratio = median[name] / median[floor]
            verdict = "ok" if ratio <= target else "OVER"
            line += f"  {ratio:>5.2f}×  ≤ {target:.1f}×  {verdict}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

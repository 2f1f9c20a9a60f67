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

Before timing, the package is byte-compiled (``compileall``), as ``pip install``
does: with ``PYTHONDONTWRITEBYTECODE`` set (it is, on the shared machines) a
run from the source tree would otherwise compile every logderiv module on every
start, some 50–70 ms that no installed copy ever spends.

This is a benchmark, not a test: it lives outside ``tests/`` (pytest's
``testpaths``) and is never collected. The exit status is 0 whether or not a
target is met; a failing command (non-zero exit) is reported and exits 1.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logderiv.presets import PRESETS  # noqa: E402  (sympy-free)

PY = sys.executable

#: floors: a bare interpreter importing what a command must import anyway
FLOORS = {
    "click": [PY, "-c", "import click, rich.console"],
    "sympy": [PY, "-c", "import sympy, click, rich.console"],
}


@dataclass(frozen=True)
class Cold:
    """One command timed cold, as a ratio to one of the FLOORS."""

    name: str
    argv: list[str]
    floor: str
    target: float


#: every cold command, in the order printed; each issue adds its own rows
COLD = [
    Cold("logderiv --help", [PY, "-m", "logderiv", "--help"], "click", 1.3),
    *(Cold(f"logderiv derive {name}", [PY, "-m", "logderiv", "derive", name, "-f", "text"], "sympy", 1.5)
      for name in PRESETS),
]

#: in-process measurements: each a function printing its own lines, with its own baseline
IN_PROCESS: list[Callable[[], None]] = []


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
    parser.add_argument("--only", metavar="TEXT", help="time only the cold commands whose name contains TEXT")
    args = parser.parse_args()

    # what an installed copy has: bytecode for every module (written even under PYTHONDONTWRITEBYTECODE)
    compileall.compile_dir(ROOT / "logderiv", quiet=1)

    rows = [row for row in COLD if args.only is None or args.only in row.name]
    commands = {f"floor: {' '.join(argv[2:])}": argv for key, argv in FLOORS.items()
                if any(row.floor == key for row in rows)}
    commands.update({row.name: row.argv for row in rows})
    try:
        median = medians(commands, args.runs)
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    print(f"python {sys.version.split()[0]}, median of {args.runs} cold runs each, interleaved")
    print()
    width = max(len(name) for name in commands)
    print(f"{'command':<{width}}  {'median':>8}  {'ratio':>6}  {'target':>7}  ")
    for name in commands:
        if name.startswith("floor: "):
            print(f"{name:<{width}}  {median[name] * 1000:>6.0f}ms")
    for row in rows:
        ratio = median[row.name] / median[f"floor: {' '.join(FLOORS[row.floor][2:])}"]
        verdict = "ok" if ratio <= row.target else "OVER"
        print(f"{row.name:<{width}}  {median[row.name] * 1000:>6.0f}ms  {ratio:>5.2f}×  ≤ {row.target:.1f}×  {verdict}")
    if args.only is None:
        for measure in IN_PROCESS:
            print()
            measure()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How the time of a cold command grows with nesting depth and with --let chains (issue 12, item 3).

Run from the project root::

    python benchmarks/nesting.py                     # every family, depths 2..12
    python benchmarks/nesting.py --only tanh --depths 4,8,12
    python benchmarks/nesting.py --out benchmarks/nesting.txt

The families are the reproductions of issue 12: towers ``sum(f(f(…θᵀx…)))``
of σ, tanh and softplus (an answer is checked against the σ tower too, and a
steps file of the tanh tower is read), and ``--let`` chains in which each
definition uses the previous one twice (``u2 = sigmoid(u1) * u1``, …, 50
long). Each case runs ``python -m logderiv … -f text --timeout LIMIT`` cold;
the time is given as a ratio to a floor measured in the same run
(``python -c "import sympy, click, rich.console"``, interleaved), never as an
absolute target. The ``growth`` column is how a case's own work (its time
less the floor) grows from the previous depth: 2.0 per level is exponential;
quadratic growth from depth d to d+2 is ((d+2)/d)², about 1.4 at depth 10.

The target of issue 12: every family at depth 12 and a 50-definition chain
within 2 s cold, and growth no worse than quadratic. A case that hits LIMIT
exits 3 and is shown as ``>LIMIT``. Not a test: never collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FLOOR = [PY, "-c", "import sympy, click, rich.console"]


def tower(function: str, depth: int, inner: str = "theta^T x") -> str:
    """``function(function(…inner…))``, ``depth`` deep."""
    text = inner
    for _ in range(depth):
        text = f"{function}({text})"
    return text


def chain(depth: int, link: str) -> list[str]:
    """``--let`` definitions u1 … u<depth>, each using the one before it twice (``link`` with {p} for it)."""
    lets = ["--let", "u1 = sigmoid(theta^T x)"]
    for k in range(2, depth + 1):
        lets += ["--let", f"u{k} = " + link.format(p=f"u{k - 1}")]
    return lets


def _chain_rule(depth: int) -> str:
    """The gradient of ``sum(σ(σ(…θᵀx…)))`` written out by the chain rule: Σ Π σ⁽ᵏ⁾(1 − σ⁽ᵏ⁾) xⱼ."""
    levels = [tower("sigmoid", k) for k in range(1, depth + 1)]
    return "sum(" + " * ".join(f"{level} * (1 - {level})" for level in levels) + " * x_j)"


def _steps_file(depth: int) -> str:
    path = Path(f"/tmp/logderiv-nesting-steps-{depth}.txt")
    path.write_text(f"d/dtheta_j sum({tower('tanh', depth)})\n= sum(d/dtheta_j {tower('tanh', depth)})\n",
                    encoding="utf-8")
    return str(path)


#: each family: depth -> the arguments after ``python -m logderiv``
FAMILIES: dict[str, Callable[[int], list[str]]] = {
    "sigmoid tower": lambda d: ["derive", f"sum({tower('sigmoid', d)})"],
    "tanh tower": lambda d: ["derive", f"sum({tower('tanh', d)})"],
    "softplus tower": lambda d: ["derive", f"sum({tower('softplus', d)})"],
    "check vs sigmoid tower": lambda d: ["check", "sum(x_j)", "--cost", f"sum({tower('sigmoid', d)})"],
    # the chain rule written out by hand against the same tower: right, then doubled (a numerically tiny gradient)
    "check chain rule (right)": lambda d: ["check", _chain_rule(d), "--cost", f"sum({tower('sigmoid', d)})"],
    "check chain rule (2x)": lambda d: ["check", f"2 * {_chain_rule(d)}", "--cost", f"sum({tower('sigmoid', d)})"],
    "steps of tanh tower": lambda d: ["steps", _steps_file(d)],
    "let chain sigmoid(u)*u": lambda d: ["derive", f"sum(u{d})", *chain(d, "sigmoid({p}) * {p}")],
    "let chain u + u^2": lambda d: ["derive", f"sum(log(u{d}))", *chain(d, "{p} + {p}^2")],
}

#: the depths of the let chains are scaled: depth d of a tower is a chain of 4d definitions (12 -> 48)
CHAIN_SCALE = 4


def wall(argv: list[str], limit: float) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=limit + 30)
    return time.perf_counter() - start, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="2,4,6,8,10,12", help="comma-separated depths (default 2,4,...,12)")
    parser.add_argument("--only", metavar="TEXT", help="only the families whose name contains TEXT")
    parser.add_argument("--runs", type=int, default=1, help="cold runs per case, the median kept (default 1)")
    parser.add_argument("--limit", type=float, default=30.0, help="--timeout of each run, seconds (default 30)")
    parser.add_argument("--out", metavar="FILE", help="also write the table to FILE")
    parser.add_argument("--chain-scale", type=int, default=CHAIN_SCALE,
                        help=f"definitions of a let chain per unit of depth (default {CHAIN_SCALE}; 1: --depths are lengths)")
    args = parser.parse_args()
    depths = [int(d) for d in args.depths.split(",")]
    families = {name: build for name, build in FAMILIES.items() if args.only is None or args.only in name}

    floors: list[float] = []
    lines = [f"python {sys.version.split()[0]}; --timeout {args.limit:g}; median of {args.runs} cold run(s)", ""]
    header = f"{'family':<24} {'depth':>5} {'wall':>8} {'× floor':>8} {'growth':>7}  exit"
    lines.append(header)
    print("\n".join(lines), flush=True)
    for name, build in families.items():
        previous = None
        for depth in depths:
            real = depth * args.chain_scale if name.startswith("let chain") else depth
            argv = [PY, "-m", "logderiv", *build(real), "-f", "text", "--timeout", f"{args.limit:g}"]
            times, codes = [], []
            for _ in range(args.runs):
                floors.append(wall(FLOOR, args.limit)[0])
                elapsed, code = wall(argv, args.limit)
                times.append(elapsed)
                codes.append(code)
            floor = statistics.median(floors)
            elapsed = statistics.median(times)
            own = max(elapsed - floor, 1e-3)
            growth = f"{own / previous:>6.2f}×" if previous else f"{'':>7}"
            shown = f">{args.limit:g}s" if 3 in codes and elapsed >= args.limit else f"{elapsed:>7.2f}s"
            line = f"{name:<24} {real:>5} {shown:>8} {elapsed / floor:>7.2f}× {growth}  {','.join(map(str, codes))}"
            print(line, flush=True)
            lines.append(line)
            previous = own
    summary = f"\nfloor (import sympy, click, rich.console): median {statistics.median(floors):.2f}s over {len(floors)} runs"
    print(summary)
    lines.append(summary)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Interrupt ``logderiv grade`` at random moments and resume it: no row lost, none written twice (issue 15).

    python benchmarks/resume.py                      # 100 trials of a 2,000-row class (about half an hour)
    python benchmarks/resume.py --trials 5 --rows 300

A class file is made from answer spellings real students write, right and wrong
(a few hundred distinct texts, the rest repeats). It is graded once without
interruption; then each trial starts the same command, stops it at a random
moment (SIGKILL, as a crash or ``kill -9``, or SIGINT, as Ctrl-C) — and the
resumed run again, at random, until one finishes — and compares the output with
the uninterrupted one, byte for byte. A row lost, written twice or graded
differently shows as a difference. The test suite runs the same check on a
40-row class (tests/test_grade_resume.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: how students write the gradient of the logistic cost (right, and with the slips the corpus holds)
SPELLINGS = (
    "1/m * sum((h - y) x_j)", "(1/m) * sum((h(x) - y) * x_j)", "1/m sum_i (h_i - y_i) x_ij",
    "1/m * sum((y - h) x_j)", "sum((h - y) x_j)", "1/m * sum((h - y))", "2/m * sum((h - y) x_j)",
    "-1/m * sum((y - h) x_j)", "1/m * sum((h - y) x_j) + lambda/m theta_j", "1/m * sum(h (1 - h) x_j)",
)


def class_file(path: Path, rows: int, rng: random.Random) -> None:
    """``rows`` answers: the spellings, each also with a student's own factor (k/(k m)), so many are distinct."""
    lines = ["id,answer"]
    for number in range(1, rows + 1):
        text = rng.choice(SPELLINGS)
        if rng.random() < 0.5:
            k = rng.randrange(2, 200)
            text = text.replace("1/m", f"{k}/({k}*m)", 1)
        lines.append(f's{number},"{text}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(folder: Path, out: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "logderiv", "grade", str(folder / "class.csv"), "--question",
            str(folder / "q.toml"), "--out", str(folder / out), *extra]


def trial(folder: Path, out: str, seconds: float, rng: random.Random, env: dict) -> tuple[int, bool]:
    """Run, stop at random and resume until a run finishes: how many times it was stopped, and whether the
    output is the uninterrupted one's."""
    stops = 0
    resume: tuple[str, ...] = ()
    while True:
        process = subprocess.Popen(command(folder, out, *resume), env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            process.wait(timeout=rng.uniform(0.5, seconds))
        except subprocess.TimeoutExpired:
            process.send_signal(rng.choice([signal.SIGKILL, signal.SIGINT]))
            process.wait()
            stops += 1
            resume = ("--resume",)
            continue
        if process.returncode == 0:
            break
        resume = ("--resume",)  # stopped by itself (exit 3 after a SIGINT that came as it started): go on
    same = (folder / out).read_bytes() == (folder / "whole.csv").read_bytes()
    return stops, same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "q.toml").write_text('cost = "logistic-l2"\npoints = 2\n[credit]\nsign = 0.5\nfactor = 0.5\n')
        class_file(folder / "class.csv", args.rows, rng)
        started = time.monotonic()
        subprocess.run(command(folder, "whole.csv"), env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        seconds = time.monotonic() - started
        print(f"{args.rows} rows graded in {seconds:.1f} s without interruption", flush=True)
        stops = failures = 0
        for number in range(args.trials):
            stopped, same = trial(folder, f"out{number}.csv", seconds, rng, env)
            stops += stopped
            failures += not same
            print(f"trial {number + 1}: stopped {stopped} times, output {'identical' if same else 'DIFFERENT'}",
                  flush=True)
        print(f"{args.trials} trials, {stops} interruptions, {failures} outputs different from the "
              f"uninterrupted run")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Grading throughput: ``logderiv grade`` against checking the same answers one by one in one process.

Run from the project root::

    python benchmarks/grading.py                 # N = 400 distinct answers, a 2,000-row class
    python benchmarks/grading.py --distinct 2000 --rows 10000 --jobs 2

Machines are noisy (and shared), so the number held is a ratio to a baseline
measured in the same run, as in ``bench.py``:

* **distinct**: N different answers (half right, half wrong in several ways,
  so the diagnosis runs) graded by ``python -m logderiv grade --jobs J``
  (wall time, start-up and the derivation included), against the same
  answers through ``logderiv.check`` in a loop in a warm process (the
  baseline: what a notebook does, with no start-up at all);
* **class**: a realistic file of ROWS rows drawn from N/10 of those answers
  (a class repeats itself), graded the same way: identical answers are
  judged once, so its rows/s should far exceed the distinct case.

For each, rows/s and the ratio of grade's wall time to the baseline's are
printed. The CSV of each run is thrown away. This is a benchmark, not a test:
it lives outside ``tests/``; the exit status is 0 unless a run fails.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTION = 'cost = "logistic"\npoints = 4\n[credit]\nfactor = 0.5\nsign = 0.25\n'


def answers(count: int) -> list[str]:
    """``count`` distinct answers: right ones, a sign flipped, a factor off, both, and a bracket slip."""
    shapes = [
        "{a}/({a} m) * sum((h - y) x_j)",          # right
        "1/({a} m) * sum(({a} h - {a} y) x_j)",    # right
        "{a}/m * sum((h - y) x_j)",                # factor (right when a = 1)
        "1/m * sum((y - h) x_j) * {a}",            # sign, and a factor unless a = 1
        "1/m * sum(h - y x_j) + {a} - {a}",        # a bracket slip: other
    ]
    found: list[str] = []
    a = 1
    while len(found) < count:
        found += [shape.format(a=a) for shape in shapes][: count - len(found)]
        a += 1
    return found


def write_csv(path: Path, texts: list[str]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "answer"])
    writer.writerows((f"s{number}", text) for number, text in enumerate(texts, 1))
    path.write_text(out.getvalue())


def run_grade(submissions: Path, question: Path, jobs: int) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "logderiv", "grade", str(submissions), "--question", str(question),
                           "--out", str(submissions.with_suffix(".out.csv")), "--jobs", str(jobs)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"grade failed ({done.returncode}): {done.stderr}")
    return time.perf_counter() - started


def run_baseline(texts: list[str]) -> float:
    """The distinct answers through logderiv.check, one by one, in this (warm) process."""
    from logderiv import check

    check("1/m * sum((h - y) x_j)")  # derive the gradient first: the baseline pays no start-up
    started = time.perf_counter()
    for text in dict.fromkeys(texts):
        check(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--distinct", type=int, default=400)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    distinct = answers(options.distinct)
    rng = random.Random(0)
    pool = distinct[: max(1, options.distinct // 10)]
    class_rows = [rng.choice(pool) for _ in range(options.rows)]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        question = folder / "q.toml"
        question.write_text(QUESTION)
        print(f"{'case':<10} {'rows':>6} {'distinct':>8} {'grade s':>8} {'rows/s':>8} {'check loop s':>12} {'ratio':>6}")
        for name, texts in (("distinct", distinct), ("class", class_rows)):
            path = folder / f"{name}.csv"
            write_csv(path, texts)
            wall = run_grade(path, question, options.jobs)
            base = run_baseline(texts)
            print(f"{name:<10} {len(texts):>6} {len(set(texts)):>8} {wall:>8.2f} {len(texts) / wall:>8.0f} "
                  f"{base:>12.2f} {wall / base:>6.2f}")
    print(f"\ngrade: --jobs {options.jobs}, wall time of the whole command (start-up, the question derived, "
          "answers judged, the CSV written); check loop: the distinct answers in one warm process.")


if __name__ == "__main__":
    main()

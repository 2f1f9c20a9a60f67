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
* ``python -m logderiv gradcheck tests/gradcheck_gallery/correct_vectorised.py:gradient``
  against ``python -c "import sympy, numpy, click, rich.console"``; target ≤ 1.5×.
* ``derive --form both`` and ``derive -f numpy`` (the matrix form, verified with
  numpy) against ``python -c "import sympy, numpy, click, rich.console"``; ≤ 1.5×.

``logderiv`` pauses the cyclic garbage collector while a command imports
sympy (``cli.run``), which makes its import of sympy cheaper than the floor's.
The ratio held against each target is to the floor as the issues define it;
a second column gives the ratio to the same floor with the same pause, so
that a reader sees how much of the gain is the cheaper import and how much
is less work.

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
    "numpy": [PY, "-c", "import sympy, numpy, click, rich.console"],
}

#: the same floors with the cyclic collector paused for the imports, as ``logderiv`` pauses it
#: (``cli.run``). Shown beside the target's ratio, not instead of it: how much of a command's
#: time is its own work, with the import made as cheap for the floor as logderiv makes it.
PAUSED = {
    key: [PY, "-c", f"import gc; gc.disable(); {argv[2]}; gc.freeze(); gc.enable()"]
    for key, argv in FLOORS.items() if key != "click"
}


@dataclass(frozen=True)
class Cold:
    """One command timed cold, as a ratio to one of the FLOORS."""

    name: str
    argv: list[str]
    floor: str
    target: float
    #: exit statuses that mean the command worked (``check`` exits 1 for a wrong answer)
    ok: tuple[int, ...] = (0,)


#: every cold command, in the order printed; each issue adds its own rows
COLD = [
    Cold("logderiv --help", [PY, "-m", "logderiv", "--help"], "click", 1.3),
    *(Cold(f"logderiv derive {name}", [PY, "-m", "logderiv", "derive", name, "-f", "text"], "sympy", 1.5)
      for name in PRESETS),
    Cold("logderiv gradcheck", [PY, "-m", "logderiv", "gradcheck", "tests/gradcheck_gallery/correct_vectorised.py:gradient"],
         "numpy", 1.5),
    # issue 5: the matrix form (verified with numpy) and the NumPy printer
    *(Cold(f"logderiv derive {name} --form both", [PY, "-m", "logderiv", "derive", name, "--form", "both", "-f", "text"],
           "numpy", 1.5) for name in ("logistic", "mse-sigmoid")),
    Cold("logderiv derive logistic -f numpy", [PY, "-m", "logderiv", "derive", "logistic", "-f", "numpy"], "numpy", 1.5),
    Cold("logderiv check (right answer)",
         [PY, "-m", "logderiv", "check", "1/m * sum((sigmoid(theta^T x) - y) x_j)", "-f", "text"], "sympy", 1.5),
    Cold("logderiv check (wrong answer)",
         [PY, "-m", "logderiv", "check", "1/m * sum((y - h) x_j)", "-f", "text"], "sympy", 1.5, ok=(1,)),
]

#: issue 4: a written derivation checked line by line (7 lines, the logistic gradient)
COLD.append(Cold("logderiv steps", [PY, "-m", "logderiv", "steps", "docs/examples/logistic-steps.txt", "-f", "text"],
                 "sympy", 1.5))

def _formula(term: str, length: int) -> str:
    """``term + term + ...``, padded with a short term to just under ``length`` characters."""
    pieces: list[str] = []
    for piece in (term, "z"):
        while len(" + ".join([*pieces, piece])) <= length:
            pieces.append(piece)
    return " + ".join(pieces)


def _best_ms(function: Callable[[], object], runs: int = 30) -> float:
    """The fastest of ``runs`` calls, in milliseconds: the least disturbed by a noisy machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def latex_parse() -> None:
    """A 2,000-character LaTeX formula parsed, against the plain parser on 2,000 characters."""
    from logderiv.notation import latex, plain

    tex = _formula(
        r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma\left(\theta^\top x^{(i)}\right)"
        r" + \left(1-y^{(i)}\right)\log\left(1-\sigma\left(\theta^\top x^{(i)}\right)\right)\right]",
        2_000,
    )
    text = _formula("-1/m * sum(y log(sigmoid(theta^T x)) + (1-y) log(1 - sigmoid(theta^T x)))", 2_000)
    baseline = _best_ms(lambda: plain.parse(text))
    measured = _best_ms(lambda: latex.parse(tex))
    print(f"parse, best of 30 in-process runs (baseline: the plain parser on {len(text):,} characters)")
    print(f"{'plain notation, ' + format(len(text), ',') + ' chars':<36}  {baseline:>6.1f}ms")
    print(f"{'LaTeX, ' + format(len(tex), ',') + ' chars':<36}  {measured:>6.1f}ms  {measured / baseline:>5.2f}×")


#: in-process measurements: each a function printing its own lines, with its own baseline
IN_PROCESS: list[Callable[[], None]] = [latex_parse]


# --- check: answers per second, against sympy.simplify -------------------------------------------

#: ways to write σ(θᵀx), and right and wrong bodies of the logistic gradient's sum
_H = ["h", "h(x^(i))", "sigmoid(theta^T x)", "1/(1 + e^(-theta^T x))", "1/(1 + exp(-dot(theta, x)))",
      "(1 + tanh(theta^T x / 2))/2", "e^(theta^T x)/(1 + e^(theta^T x))", "1 - sigmoid(-theta^T x)"]
_RIGHT = ["({h} - y) {x}", "-(y - {h}) {x}", "{x} {h} - y {x}", "{x} ({h} - y)"]
_WRONG = ["(y - {h}) {x}", "({h} - y)", "({h} - y) {h} (1 - {h}) {x}", "{h} {x}", "({h} - y) x",
          "({h} - y) theta_j", "2 ({h} - y) {x}", "({h} + y) {x}"]


def typical_answers(count: int, *, wrong: float = 0.3, seed: int = 1, distinct: bool = False) -> list[str]:
    """``count`` distinct answers for the logistic gradient: random spellings, ``wrong`` of them wrong.

    Many of them build to the same expression (``c/(c m)`` is ``1/m``); with
    ``distinct`` most build to different ones, each with an added polynomial
    ``(θⱼ + c)² − θⱼ² − 2c θⱼ − c²`` that only expansion shows is zero.
    """
    import random

    rng = random.Random(seed)
    answers: dict[str, None] = {}
    while len(answers) < count:
        h = f"({rng.choice(_H)})"
        x = rng.choice(["x_j", "x_j^(i)"])
        body = rng.choice(_WRONG if rng.random() < wrong else _RIGHT).format(h=h, x=x)
        c = rng.randint(1, 60)
        if distinct:
            answers[f"1/m * sum({body}) + (theta_j + {c})^2 - theta_j^2 - {2 * c} theta_j - {c * c}"] = None
        elif rng.random() < 0.5:
            answers[f"{c}/({c} m) * sum({body})"] = None
        else:
            answers[f"1/m * sum({body}) + {c} theta_j - {c} theta_j"] = None
    return list(answers)


def check_throughput(count: int = 1000, simplify_sample: int = 20, simplify_limit: float = 10.0) -> None:
    """1,000 answers checked in one process (library API), and sympy.simplify(a - b) == 0 on a sample.

    The figure held against the target is for answers that nearly all build to
    different expressions (the checker judges each distinct expression once, so
    answers that collapse to a few expressions would flatter it); the repeated
    spellings are a second, labelled line.
    """
    import sympy

    from logderiv.verify.costs import read_cost
    from logderiv.services.check import Checker

    def judged(answers: list[str]):
        # a checker of its own (not api.checker's cached one): nothing remembered from another run
        judge = Checker(read_cost("logistic", input="plain"), input="plain")
        start = time.perf_counter()
        judge.expected  # derived once, then reused for every answer
        setup = time.perf_counter() - start
        verdicts = {}
        start, cpu = time.perf_counter(), time.process_time()
        for answer in answers:
            verdicts[answer] = judge.check(answer).verdict
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        counts = {kind: list(verdicts.values()).count(kind) for kind in ("equivalent", "different", "undecided")}
        return judge, setup, verdicts, elapsed, cpu, counts

    answers = typical_answers(count, distinct=True)
    judge, setup, verdicts, elapsed, cpu, counts = judged(answers)
    print(f"check, {count} answers in one process, {judge.judged} distinct expressions once built "
          f"(gradient derived once in {setup * 1000:.0f} ms):")
    print(f"  {elapsed:.2f} s wall, {cpu:.2f} s CPU: {count / elapsed:.0f} answers/s "
          f"(target: {count} in < 5 s: {'ok' if elapsed < 5 else 'NOT MET'})   {counts}")
    repeated, _, _, seconds, spent, _ = judged(typical_answers(count))
    print(f"  secondary, answers that collapse to {repeated.judged} distinct expressions (each judged once): "
          f"{seconds:.2f} s wall, {spent:.2f} s CPU ({count / seconds:.0f} answers/s)")

    derivation = judge.derivation
    expected = derivation.problem.expand_definitions(derivation.result).rewrite(sympy.exp)
    sample = answers[:: max(1, count // simplify_sample)][:simplify_sample]
    said_zero, timed_out, wrong, elapsed = simplify_agreement(sample, expected, derivation.problem, verdicts,
                                                              simplify_limit)
    print(f"sympy.simplify(a - b) == 0 on {len(sample)} of the same (distinct) answers (σ rewritten as exp, "
          f"{simplify_limit:g} s limit each):")
    print(f"  {elapsed:.2f} s: {len(sample) / elapsed:.1f} answers/s; said equal {said_zero}, "
          f"disagreed with check on {wrong}, gave up {timed_out}")


IN_PROCESS.append(check_throughput)


def grading_throughput(count: int = 1000) -> None:
    """Issue 15's grading targets, projected: ``benchmarks/grading.py --per-answer`` (a process of its own).

    CPU per distinct answer judged as a worker judges them, the start-up of a grading run (its critical
    path of CPU: the parent beside the forkserver, then a worker), and what they make of 10,000 distinct
    answers and of a 1,000-answer class on two idle cores. A process of its own: the workers' sympy cache
    is sized before sympy is imported. The whole runs, interleaved with a floor:
    ``python benchmarks/grading.py``. Last measured (fourth round, load 8-10): 4.8-5.1 ms an answer (4.5-5.6
    before it), 0.5-0.6 s start-up; on a quiet machine about 4.1-4.4 ms, so about 21-23 s for 10,000 distinct
    answers (target 10 s) and about 2.9-3.1 s for the class (target 3 s): ``benchmarks/grading-notes.md``.
    """
    completed = subprocess.run([PY, str(ROOT / "benchmarks" / "grading.py"), "--per-answer", str(count)], cwd=ROOT,
                               capture_output=True, text=True)
    print("grade (issue 15), projected from one warm process:")
    for line in (completed.stdout or completed.stderr).splitlines():
        print(f"  {line}")


IN_PROCESS.append(grading_throughput)


def simplify_agreement(answers, expected, problem, verdicts: dict[str, str], limit: float) -> tuple[int, int, int, float]:
    """``sympy.simplify(expected − answer) == 0`` for each answer (σ written with exp), each under ``limit`` s.

    The ratio issue 15 asks for: how many it calls equal, how many it gave up on, how many disagree with
    check's ``verdicts``, and the seconds it took. An answer the plain reader cannot take is left out.
    """
    import sympy

    from logderiv.notation import parse
    from logderiv.notation.builder import build_expression
    from logderiv.deadline import TimeLimit, within

    said_zero = gave_up = disagreed = 0
    started = time.perf_counter()
    for text in answers:
        try:
            built = build_expression(parse(text), source=text, definitions_of=problem)
        except Exception:  # noqa: BLE001 - an answer simplify's reader cannot take is left out
            continue
        difference = expected - built.expand_definitions().rewrite(sympy.exp)
        try:
            zero = within(limit, lambda _: sympy.simplify(difference) == 0)
        except TimeLimit:
            gave_up += 1
            continue
        said_zero += zero
        disagreed += zero != (verdicts[text] == "equivalent")
    return said_zero, gave_up, disagreed, time.perf_counter() - started


def wall(argv: list[str], ok: tuple[int, ...] = (0,)) -> float:
    """Seconds for one cold run of ``argv``; raises if it fails."""
    start = time.perf_counter()
    completed = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if completed.returncode not in ok:
        raise RuntimeError(f"{' '.join(argv)} exited {completed.returncode}: {completed.stderr.decode()[-500:]}")
    return elapsed


def medians(commands: dict[str, list[str]], runs: int, ok: dict[str, tuple[int, ...]] | None = None) -> dict[str, float]:
    """Median wall time of each command, the commands' runs interleaved round-robin."""
    ok = ok or {}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, argv in commands.items():  # one warm-up each: page cache, .pyc files
        wall(argv, ok.get(name, (0,)))
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(wall(argv, ok.get(name, (0,))))
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
    commands.update({f"paused floor: {key}": argv for key, argv in PAUSED.items() if any(row.floor == key for row in rows)})
    commands.update({row.name: row.argv for row in rows})
    try:
        median = medians(commands, args.runs, {row.name: row.ok for row in rows})
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    print(f"python {sys.version.split()[0]}, median of {args.runs} cold runs each, interleaved")
    print()
    width = max(len(name) for name in commands)
    print(f"{'command':<{width}}  {'median':>8}  {'ratio':>6}  {'target':>7}        {'vs paused floor':>15}")
    for name in commands:
        if name.startswith(("floor: ", "paused floor: ")):
            print(f"{name:<{width}}  {median[name] * 1000:>6.0f}ms")
    for row in rows:
        ratio = median[row.name] / median[f"floor: {' '.join(FLOORS[row.floor][2:])}"]
        verdict = "ok" if ratio <= row.target else "OVER"
        paused = f"{median[row.name] / median[f'paused floor: {row.floor}']:>14.2f}×" if row.floor in PAUSED else ""
        print(f"{row.name:<{width}}  {median[row.name] * 1000:>6.0f}ms  {ratio:>5.2f}×  ≤ {row.target:.1f}×  {verdict:<4}  {paused}")
    if args.only is None:
        for measure in IN_PROCESS:
            print()
            measure()
    return 0


if __name__ == "__main__":
    sys.exit(main())

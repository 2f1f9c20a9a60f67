"""Grading throughput: ``logderiv grade`` on 10,000 distinct answers and on a realistic class, as ratios.

Run from the project root::

    python benchmarks/grading.py                       # 10,000 distinct; a class of 10,000 rows, 1,000 distinct
    python benchmarks/grading.py --distinct 2000 --rows 2000 --runs 1
    python benchmarks/grading.py --simplify 10         # and sympy.simplify(a - b) == 0 on 10 of the answers
    python benchmarks/grading.py --check out.csv       # grade the mixed set; compare with out.csv if it exists
    python benchmarks/grading.py --per-answer 1000     # CPU per answer in one warm process, and what it projects
    python benchmarks/grading.py --memory 100000       # memory of one worker over 100,000 answers

The targets (issue 15): 10,000 distinct answers in ≤ 10 s wall with
``--jobs 2``, diagnosis included; a class file of 10,000 rows (about 1,000
distinct answers) in ≤ 3 s; peak memory ≤ 500 MB (every process of the run,
summed, shared pages shared out). Machines are noisy (and shared), so each case is run ``--runs``
times, interleaved with a floor (a bare interpreter importing sympy, click
and rich, which every grading run must), and the median is printed both in
seconds and as a ratio to the floor's median.

``--check FILE`` is the regression check of the optimisations: the mixed set
(every kind of mistake, unreadable and undecided answers, repeats) graded by
``grade --jobs 2``; the first run writes FILE, later runs compare their
output with it byte for byte. ``tests/test_grade_regression.py`` does the same on
a small set against a snapshot.

``--per-answer N`` judges N of the distinct answers (spread over the set) in
this process as a worker judges them (sympy's cache sized as the pool sizes
it, the forkserver's warm-up done, the question derived, ``gc.freeze``), and
times a grading run of two rows, three times (start-up: every process's CPU,
the wall, and the critical path of CPU; the package byte-compiled first, as
``pip install`` does). From the CPU per answer it projects what an idle
two-core machine would take for 10,000 distinct answers: CPU per answer ×
10,000 / 2 cores + the start-up. On a loaded machine the CPU per answer is
the figure the load disturbs least (it still grows with the load: two
processes share a core's caches), and the start-up's wall is inflated: the
projection takes the start-up's critical path of CPU instead (the larger of
the parent's and the forkserver's followed by a worker's, each process's CPU
sampled from ``/proc``).

Where the time goes, measured, is in ``benchmarks/grading-notes.md``. This is
a benchmark, not a test: it lives outside ``tests/``; the exit status is 0
unless a run fails or the check finds a difference.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTION = 'cost = "logistic"\npoints = 4\n[credit]\nfactor = 0.5\nsign = 0.25\n'
#: the floor: what every grading run imports before it does anything
FLOOR = [sys.executable, "-c", "import sympy, click, rich.console"]
#: the targets of issue 15, in seconds and megabytes
TARGETS = {"distinct": 10.0, "class": 3.0}
PEAK_TARGET_MB = 500


# --- the answers: real spellings of right and wrong gradients of the logistic cost ------------------

#: ways to write h(x⁽ⁱ⁾) = σ(θᵀx⁽ⁱ⁾) inside a sum over examples, in plain notation and in LaTeX
_H = {
    "plain": ["h", "h(x^(i))", "sigmoid(theta^T x)", "g(theta^T x)", "1/(1 + e^(-theta^T x))",
              "1/(1 + exp(-dot(theta, x)))", "(1 + tanh(theta^T x / 2))/2", "e^(theta^T x)/(1 + e^(theta^T x))",
              "1 - sigmoid(-theta^T x)", "σ(θᵀx)"],
    "latex": [r"h_\theta(x^{(i)})", r"h^{(i)}", r"\sigma(\theta^T x^{(i)})", r"\sigma(\theta^\top x^{(i)})",
              r"\frac{1}{1+e^{-\theta^T x^{(i)}}}", r"g(\theta^T x^{(i)})"],
}
#: the feature xⱼ⁽ⁱ⁾
_X = {"plain": ["x_j", "x_j^(i)", "x_j", "xⱼ"], "latex": ["x_j^{(i)}", "x^{(i)}_j", "x_{j}^{(i)}"]}
#: a wrong index (x₁⁽ⁱ⁾) and a wrong variable (θⱼ)
_X1 = {"plain": "x_1", "latex": "x_1^{(i)}"}
_THETA = {"plain": "theta_j", "latex": r"\theta_j"}
#: y⁽ⁱ⁾
_Y = {"plain": ["y", "y^(i)", "y"], "latex": ["y^{(i)}", "y^{(i)}"]}
#: the body of the sum over examples: right ones, and wrong ones with the kind check names (one each kind)
_RIGHT = ["({h} - {y}) {x}", "-({y} - {h}) {x}", "{x} {h} - {y} {x}", "{x} ({h} - {y})", "({h} - {y}) * {x}"]
_WRONG = ["({y} - {h}) {x}",             # sign
          "({h} - {y})",                 # missing-factor
          "({h} - {y}) {h} (1 - {h}) {x}",  # extra-factor
          "({h} - {y}) {x} + {h} {x}",   # extra-term
          "-{y} {x}",                    # missing-term (and a sign)
          "({h} - {y}) {x1}",            # wrong-index
          "({h} - {y}) {t}",             # wrong-variable
          "2 ({h} - {y}) {x}",           # factor
          "({h} + {y}) {x}",             # sign (of y alone)
          "{h} - {y} {x}"]               # other: a bracket slip
#: how the sum and its 1/m are written around the body
_SUM = {"plain": ["1/m * sum({body})", "sum({body})/m", "(1/m) sum_i ({body})", "{c}/({c} m) * sum({body})",
                  "1/m Σ_i ({body})", "dJ/dtheta_j = 1/m * sum({body})"],
        "latex": [r"\frac{1}{m}\sum_{i=1}^{m}\left({body}\right)", r"\frac{1}{m}\sum_{i=1}^m ({body})",
                  r"\frac{{c}}{{c} m}\sum_{i=1}^{m}\left[{body}\right]",
                  r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left({body}\right)"]}
#: a zero added to make answers build to different expressions: only expansion shows it is zero
_ZERO = {"plain": " + (theta_j + {c})^2 - theta_j^2 - {d} theta_j - {e}",
         "latex": r" + (\theta_j + {c})^2 - \theta_j^2 - {d}\theta_j - {e}"}
#: answers that are not graded automatically: unreadable (a typo, a bracket never closed) and undecided (|…|)
_UNREADABLE = ["1/m * sum(({h} - {y}) {x}", "1/m * sum(lgo({h}) {x})", "1/m * sum(({h} - {y}) x_k)", ""]
_UNDECIDED = ["1/m * sum(|{h} - {y}| {x})"]
#: the kinds of mistake no body above makes: the log-likelihood's gradient, another cost's, a derivative left, a λ
_OTHER_KINDS = ["sum(({y} - {h}) {x})", "1/m * sum((theta^T x - {y}) {x})",
                "1/m * sum(d/dtheta_j({h}) ({h} - {y})/({h} (1 - {h})))", "1/m * sum(({h} - {y}) {x}) + lambda/m theta_j",
                "-1/m * sum(({h} + {y}) {x})"]


def distinct_answers(count: int, *, seed: int = 0, wrong: float = 0.4, latex: float = 0.3,
                     zero: float = 0.9) -> list[str]:
    """``count`` different answers (texts) for the logistic gradient, deterministic for a ``seed``.

    Each is a random spelling (h, xⱼ⁽ⁱ⁾, y⁽ⁱ⁾, the sum and its 1/m; plain or,
    a ``latex`` share of them, LaTeX) of a right body or, a ``wrong`` share,
    one of nine wrong ones (each a kind of mistake the diagnosis names). A
    ``zero`` share carry an added ``(θⱼ + c)² − θⱼ² − 2cθⱼ − c²``, so that
    they build to different expressions too (the checker judges an expression
    once: answers that collapse to a few would flatter it).
    """
    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < count:
        style = "latex" if rng.random() < latex else "plain"
        spelled = dict(h=rng.choice(_H[style]), x=rng.choice(_X[style]), y=rng.choice(_Y[style]), x1=_X1[style],
                       t=_THETA[style])
        if style == "plain" and not spelled["h"].isalpha():
            spelled["h"] = f"({spelled['h']})"
        body = rng.choice(_WRONG if rng.random() < wrong else _RIGHT).format(**spelled)
        c = rng.randint(2, 999)
        text = rng.choice(_SUM[style]).replace("{c}", str(c)).replace("{body}", body)
        if rng.random() < zero:
            c = rng.randint(1, 999)
            text += _ZERO[style].format(c=c, d=2 * c, e=c * c)
        found[text] = None
    return list(found)


def mixed_answers(count: int, *, seed: int = 0) -> list[str]:
    """``count`` answers of every outcome: right, each kind of mistake, unreadable and undecided, some repeated.

    The fixed set the regression check grades before and after a change
    (``--check``): one in ten is unreadable or undecided, one in ten makes a
    mistake the spellings of :func:`distinct_answers` do not (the
    log-likelihood's gradient, another cost's, a derivative left, two at
    once), one in ten repeats an earlier answer (with other spaces: judged
    once, written as the row has it).
    """
    rng = random.Random(seed)
    texts = distinct_answers(count, seed=seed, wrong=0.6, zero=0.3)
    for index in range(0, count, 10):
        spelled = dict(h=rng.choice(_H["plain"][:3]), x=rng.choice(_X["plain"]), y="y")
        texts[index] = rng.choice(_UNREADABLE + _UNDECIDED).format(**spelled)
        texts[index + 3] = rng.choice(_OTHER_KINDS).format(**spelled)
    for index in range(5, count, 10):
        texts[index] = "  " + texts[rng.randrange(1, index, 10)].replace(" ", "  ", 1)
    return texts


def class_answers(rows: int, distinct: int, *, seed: int = 0) -> list[str]:
    """A realistic class file's answers: ``rows`` rows drawn from ``distinct`` answers, the common ones often."""
    rng = random.Random(seed)
    pool = distinct_answers(distinct, seed=seed + 1, zero=0.5)
    # each answer once, the rest drawn unevenly: a few answers (the textbook's) are written by many students
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    chosen = pool[:rows] + rng.choices(pool, weights, k=max(0, rows - len(pool)))
    rng.shuffle(chosen)
    return chosen


def write_csv(path: Path, texts: list[str]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "answer"])
    writer.writerows((f"s{number}", text) for number, text in enumerate(texts, 1))
    path.write_text(out.getvalue(), encoding="utf-8")


def _group(group: int) -> dict[int, tuple[int, float, int]]:
    """Each process of the process group ``group`` (the run, its forkserver, its workers): (resident bytes, CPU s, parent)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == group:  # the fields after the name: state, ppid, pgrp, …; utime, stime, …, rss
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                found[int(entry)] = (_proportional(entry) or int(fields[21]) * os.sysconf("SC_PAGE_SIZE"), cpu,
                                     int(fields[1]))
        except (OSError, IndexError, ValueError):
            continue
    return found


def _proportional(pid: str) -> int | None:
    """A process's proportional set size (its own pages, and its share of those it shares), in bytes.

    The workers fork from one forkserver and share its pages of sympy until they write them: summing their
    resident sizes would count those pages once per process.
    """
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def timed(argv: list[str], path: list[float] | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak memory (proportional set size) and CPU seconds of one run of ``argv``, every process summed.

    Memory and CPU are sampled every 50 ms (what a process spends in its last 50 ms is not counted): the CPU
    time is the figure a loaded machine disturbs least, the wall time the one the targets are set in.
    ``path``, if given, receives the run's critical path of CPU (:func:`_critical_path`).
    """
    peak = 0
    cpu: dict[int, float] = {}
    parents: dict[int, int] = {}
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            found = _group(process.pid)
            peak = max(peak, sum(rss for rss, _, _ in found.values()))
            cpu.update((pid, spent) for pid, (_, spent, _) in found.items())
            parents.update((pid, parent) for pid, (_, _, parent) in found.items())

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    _, error = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    if process.returncode not in (0, 1):  # 1: some answers are not right
        sys.exit(f"{' '.join(map(str, argv))} failed ({process.returncode}): {error.decode()[-2000:]}")
    if path is not None:
        path.append(_critical_path(process.pid, cpu, parents))
    return wall, peak, sum(cpu.values())


def _critical_path(root: int, cpu: dict[int, float], parents: dict[int, int]) -> float:
    """The CPU seconds of the longest chain of processes that must run one after another: the run on two idle cores.

    The parent (imports, the question derived, the rows read) runs beside the forkserver (imports and the
    warm-up, :mod:`logderiv.grading.warmup`); a worker starts when the forkserver has finished and forks it.
    So a run of few answers takes, on cores of its own, about the larger of the parent's CPU and the
    forkserver's followed by its slowest worker's: a loaded machine's wall time says nothing of that.
    """
    def longest(pid: int) -> float:
        children = [child for child, parent in parents.items() if parent == pid and child != pid]
        return cpu.get(pid, 0.0) + max((longest(child) for child in children), default=0.0)

    forkservers = [child for child, parent in parents.items() if parent == root]
    return max([cpu.get(root, 0.0), *(longest(child) for child in forkservers)])


def grade_argv(submissions: Path, question: Path, jobs: int, out: Path) -> list[str]:
    return [sys.executable, "-m", "logderiv", "grade", str(submissions), "--question", str(question),
            "--out", str(out), "--jobs", str(jobs)]


def simplify_ratio(texts: list[str], sample: int, limit: float = 10.0) -> None:
    """``sympy.simplify(a − b) == 0`` on ``sample`` of the answers (σ written with exp), each under ``limit`` s."""
    import sympy

    from bench import simplify_agreement
    from logderiv._api import checker

    judge = checker("logistic", input="plain")
    problem = judge.problem
    expected = problem.expand_definitions(judge.expected).rewrite(sympy.exp)
    plain = [text for text in texts if not text.startswith(("\\", "dJ")) and "|" not in text]
    chosen = plain[:: max(1, len(plain) // sample)][:sample]
    verdicts = {text: judge.check(text).verdict for text in chosen}  # check's, for the agreement
    said_zero, gave_up, disagreed, elapsed = simplify_agreement(chosen, expected, problem, verdicts, limit)
    print(f"sympy.simplify(a - b) == 0 on {len(chosen)} of the distinct answers, one process ({limit:g} s limit each): "
          f"{elapsed:.1f} s, {elapsed / len(chosen) * 1000:.0f} ms an answer; said zero {said_zero}, gave up {gave_up}, "
          f"disagreed with check on {disagreed} (check: {list(verdicts.values()).count('equivalent')} equivalent)")


def per_answer(folder: Path, question: Path, count: int, jobs: int) -> None:
    """CPU per distinct answer in one warm process, the start-up of a grading run, and the projection from them."""
    import gc

    if "sympy" in sys.modules:
        sys.exit("--per-answer must size sympy's cache before sympy is imported")
    from logderiv.grading import pool

    os.environ.setdefault("SYMPY_CACHE_SIZE", str(pool.SYMPY_CACHE_SIZE))  # as in the workers
    from logderiv.grading import warmup  # noqa: F401  (the forkserver's warm-up, as in the workers)
    from logderiv.grading.judging import judge
    from logderiv.grading.question import read_question

    texts = distinct_answers(10_000)
    chosen = texts[:: max(1, len(texts) // count)][:count]
    judged = read_question(question)  # derives the gradient, as each worker does before its first answer
    gc.freeze()
    started = time.process_time()
    verdicts = [judge(text, judged, timeout=10.0).verdict for text in chosen]
    milliseconds = (time.process_time() - started) / len(chosen) * 1000
    import compileall

    # what an installed copy has (as bench.py does): with PYTHONDONTWRITEBYTECODE, set on the shared machines, the
    # parent and the forkserver would otherwise compile every logderiv module they import, 0.2-0.4 s each
    compileall.compile_dir(ROOT / "logderiv", quiet=1)
    small = folder / "two.csv"
    write_csv(small, texts[:2])
    starts: list[tuple[float, float, float]] = []
    for _ in range(3):  # the median of three: one run's start-up is at the mercy of the load
        path: list[float] = []
        wall, _, cpu = timed(grade_argv(small, question, jobs, folder / "two.out.csv"), path)
        starts.append((wall, cpu, path[0]))
    wall, cpu, critical = (statistics.median(values) for values in zip(*starts))
    right = verdicts.count("equivalent")
    print(f"{len(chosen)} of the distinct answers ({right} right, {len(chosen) - right} not) judged in one warm process, "
          f"as a worker judges them: {milliseconds:.2f} ms of CPU an answer")
    print(f"start-up (grade of 2 rows, --jobs {jobs}, median of 3): {wall:.2f} s wall, {cpu:.2f} s CPU of every "
          f"process, {critical:.2f} s CPU on its critical path (parent, or forkserver then a worker)")
    for name, answers in (("distinct", 10_000), ("class", 1_000)):
        projected = milliseconds * answers / 1000 / jobs + critical
        print(f"idle-equivalent {name}: {answers:,} answers judged × {milliseconds:.2f} ms / {jobs} cores + "
              f"{critical:.2f} s start-up = {projected:.1f} s (target ≤ {TARGETS[name]:g} s)")


def _own_memory() -> tuple[int, int]:
    """This process's proportional and resident set sizes, in bytes (``/proc/self/smaps_rollup``)."""
    sizes = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("Pss", "Rss"):
            sizes[name] = int(rest.split()[0]) * 1024
    return sizes["Pss"], sizes["Rss"]


def memory(question: Path, count: int, samples: int = 20) -> None:
    """Memory of one worker process over ``count`` distinct answers: is it flat once the memo tables are full?

    Set up as :func:`per_answer` is (sympy's cache sized as the pool sizes it, the warm-up, the question
    derived, ``gc.freeze``), then the answers judged one after another; the proportional and resident set
    sizes are read ``samples`` times along the way, and the memo tables' sizes against their bounds at the end.
    """
    import gc

    if "sympy" in sys.modules:
        sys.exit("--memory must size sympy's cache before sympy is imported")
    from logderiv.grading import pool

    os.environ.setdefault("SYMPY_CACHE_SIZE", str(pool.SYMPY_CACHE_SIZE))
    from logderiv.grading import warmup  # noqa: F401  (the forkserver's warm-up, as in the workers)
    from logderiv.grading.judging import judge
    from logderiv.grading.question import read_question

    texts = distinct_answers(count)
    judged = read_question(question)
    gc.freeze()
    from sympy.core.cache import CACHE  # sympy's own caches, one per cached function: bounded by SYMPY_CACHE_SIZE each

    def sympy_entries() -> int:
        return sum(cached.cache_info().currsize for cached in CACHE)

    every = max(1, count // samples)
    started = time.process_time()
    print(f"{'answers':>8} {'PSS MB':>7} {'RSS MB':>7} {'CPU s':>7} {'sympy cache entries':>20}", flush=True)
    pss, rss = _own_memory()
    print(f"{0:>8} {pss / 2**20:>7.1f} {rss / 2**20:>7.1f} {0:>7.1f} {sympy_entries():>20,}", flush=True)
    for number, text in enumerate(texts, 1):
        judge(text, judged, timeout=10.0)
        if number % every == 0 or number == count:
            pss, rss = _own_memory()
            print(f"{number:>8} {pss / 2**20:>7.1f} {rss / 2**20:>7.1f} {time.process_time() - started:>7.1f} "
                  f"{sympy_entries():>20,}", flush=True)
    try:
        from logderiv import memo
    except ImportError:  # a checkout from before the memo tables
        return
    full = [f"{s.name} {s.size}/{s.bound}" for s in memo.current_context().stats().values() if s.size]
    print("memo tables in use (entries/bound):", ", ".join(full))


def check_outputs(folder: Path, question: Path, saved: Path, rows: int, jobs: int) -> int:
    """Grade the mixed set; write ``saved`` the first time, compare with it byte for byte after."""
    path = folder / "mixed.csv"
    write_csv(path, mixed_answers(rows, seed=15))
    out = folder / "mixed.out.csv"
    wall, _, _ = timed(grade_argv(path, question, jobs, out))
    made = out.read_bytes()
    if not saved.exists():
        saved.write_bytes(made)
        print(f"{rows} mixed rows graded in {wall:.1f} s; output written to {saved}")
        return 0
    same = made == saved.read_bytes()
    print(f"{rows} mixed rows graded in {wall:.1f} s; output {'byte-identical to' if same else 'DIFFERS from'} {saved}")
    return 0 if same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--distinct", type=int, default=10_000, help="distinct answers (default 10,000)")
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the class file (default 10,000)")
    parser.add_argument("--class-distinct", type=int, default=1_000, help="distinct answers in it (default 1,000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="runs of each case, interleaved (default 3)")
    parser.add_argument("--simplify", type=int, default=0, metavar="N", help="also time sympy.simplify on N answers")
    parser.add_argument("--check", type=Path, metavar="FILE", help="the regression check on the mixed set, only")
    parser.add_argument("--check-rows", type=int, default=1000)
    parser.add_argument("--per-answer", type=int, metavar="N",
                        help="only: CPU per answer on N distinct answers in one warm process, and the projection")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="only: memory of one worker process over N distinct answers (is it flat after warm-up?)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        question = folder / "q.toml"
        question.write_text(QUESTION)
        if options.check is not None:
            return check_outputs(folder, question, options.check, options.check_rows, options.jobs)
        if options.memory:
            memory(question, options.memory)
            return 0
        if options.per_answer:
            per_answer(folder, question, options.per_answer, options.jobs)
            return 0
        cases = {"distinct": distinct_answers(options.distinct),
                 "class": class_answers(options.rows, options.class_distinct)}
        commands = {"floor": FLOOR}
        for name, texts in cases.items():
            write_csv(folder / f"{name}.csv", texts)
            commands[name] = grade_argv(folder / f"{name}.csv", question, options.jobs, folder / f"{name}.out.csv")
        times: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, list[int]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, argv in commands.items():
                wall, peak, cpu = timed(argv)
                times[name].append(wall)
                peaks[name].append(peak)
                cpus[name].append(cpu)
        floor = statistics.median(times["floor"])
        print(f"python {sys.version.split()[0]}, --jobs {options.jobs}, median of {options.runs} runs, interleaved; "
              f"floor (import sympy, click, rich): {floor:.2f} s")
        print(f"{'case':<9} {'rows':>6} {'distinct':>8} {'median s':>8} {'runs s':>18} {'× floor':>7} {'rows/s':>7} "
              f"{'CPU s':>6} {'peak MB':>7} {'target':>8}")
        for name, texts in cases.items():
            median = statistics.median(times[name])
            peak = max(peaks[name]) / 2**20
            verdict = "ok" if median <= TARGETS[name] and peak <= PEAK_TARGET_MB else "NOT MET"
            runs = " ".join(f"{value:.1f}" for value in times[name])
            print(f"{name:<9} {len(texts):>6} {len(set(texts)):>8} {median:>8.2f} {runs:>18} {median / floor:>7.1f} "
                  f"{len(texts) / median:>7.0f} {statistics.median(cpus[name]):>6.1f} {peak:>7.0f} "
                  f"{'≤ ' + format(TARGETS[name], 'g') + ' s':>8} {verdict}")
        print("wall time of the whole command: start-up, the question derived, the answers judged, the CSV written; "
              "CPU (median) and peak memory (proportional set size): every process of the run, summed")
        if options.simplify:
            simplify_ratio(cases["distinct"], options.simplify)
    return 0


if __name__ == "__main__":
    sys.exit(main())

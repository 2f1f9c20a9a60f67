"""A fuzz harness that stays (issue 12, item 6): random and mutated input through the API and the CLI.

Run from the project root::

    python benchmarks/fuzz.py                                # 2,000 in-process + 30 CLI runs, seed 0
    python benchmarks/fuzz.py --inputs 100000 --cli 500 --seed 7 --out benchmarks/fuzz-report.txt
    nice python benchmarks/fuzz.py --inputs 20000 --out benchmarks/fuzz-report.txt   # the long run

Inputs are drawn from the grammar of random expressions that the property
tests use (``tests/test_parsing.py``: its leaves and its ways of composing
them), wrapped as costs, answers, written derivations (``steps``) and CLI
argument lists; a share of them is then mutated byte-wise (a character
inserted, deleted, doubled or swapped, including ESC, C1 controls, bidi
overrides and NUL). Each input runs through the library API in a worker
process with a watchdog (a worker that does not answer within the budget + 5 s
is killed, the input recorded as ``hung``, a fresh worker started), or through
``python -m logderiv`` as a subprocess. Every outcome is classified:

``ok``          exit 0 (a derivation, a verdict "equivalent", a review)
``exit 1``      a verdict "different", or another exit-1 error
``exit 2``      an InputError with a column (the caret); ``exit 2 whole input`` when it names no column
                (an error about the whole text: "the cost does not depend on θⱼ")
``exit 3``      undecided / unsupported / out of time
``exit 4``      an InternalError: a bug (the input is listed)
``traceback``   any other exception (listed)
``over budget`` finished more than 1 s past its ``timeout`` (listed)
``echoed``      a control byte reached the rendered message raw (listed)

The report gives counts per kind and class, and every listed input with a
command that reproduces it. Time is measured, never asserted: the test
(``tests/test_fuzz.py``) runs a short seeded run and asserts the classes only.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue
import random
import resource
import shlex
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the leaves of ``tests/test_parsing.py``'s grammar, and a few more of the notation's words
LEAVES = ["x", "y", "h", "z", "m", "lambda", "theta_j", "θ_0", "x_j", "2", "0.5", "e", "h(x)", "theta^T x", "θᵀx",
          "theta_5", "x_4", "b", "w_j", "1"]
#: its ways of composing two or one children, as format strings
PAIRS = ["{a} + {b}", "{a} - ({b})", "({a}) ({b})", "({a})*({b})", "({a})/(1 + ({b})^2)"]
SINGLES = ["log(1 + ({a})^2)", "σ({a})", "exp({a})", "-({a})", "[{a}]^2", "sum_k(theta_k ({a}))",
           "tanh({a})", "softplus({a})", "sqrt(1 + ({a})^2)", "log({a})"]
#: what a mutation inserts: syntax, other scripts, and the bytes a terminal obeys
INSERTS = list("()[]{}^_*/+-=,;|'\"\\ 0123456789xyzhθσΣ∂") + [
    "\x1b", "\x1b[2J", "\x9b", "\x07", "\x00", "\x7f", "\u202e", "\u2066", "\r", "\t", "\n", "sum(", "d/dtheta_j ",
    "\\frac{1}{m}", "\\sum_{i=1}^m", "^T", "e^", "theta_99", "x_1000"]
#: per-run time budget handed to the library (seconds), and the worker's watchdog beyond it
BUDGET = 4.0
WATCHDOG = 5.0
#: CPU seconds of a cold start (importing sympy, click, rich), and the wall time a loaded machine may add
FLOOR_CPU = 1.5
WALL_SLACK = 60.0
#: control characters that must never reach a terminal raw (tab and newline are allowed)
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {chr(c) for c in range(0x7f, 0xa0)} | {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
LISTED = ("exit 4", "traceback", "over budget", "echoed", "hung")


def expression(rng: random.Random, leaves: int = 6) -> str:
    """A random expression of the property tests' grammar, about ``leaves`` leaves."""
    if leaves <= 1 or rng.random() < 0.2:
        return rng.choice(LEAVES)
    if rng.random() < 0.6:
        split = rng.randint(1, leaves - 1)
        return rng.choice(PAIRS).format(a=expression(rng, split), b=expression(rng, leaves - split))
    return rng.choice(SINGLES).format(a=expression(rng, leaves - 1))


def mutate(rng: random.Random, text: str, times: int = 3) -> str:
    """``text`` with a few characters inserted, deleted, doubled or swapped."""
    for _ in range(rng.randint(1, times)):
        at = rng.randint(0, len(text))
        kind = rng.randrange(4)
        if kind == 0 or not text:
            text = text[:at] + rng.choice(INSERTS) + text[at:]
        elif kind == 1:
            text = text[:at] + text[at + rng.randint(1, 4):]
        elif kind == 2:
            end = min(len(text), at + rng.randint(1, 8))
            text = text[:end] + text[at:end] + text[end:]
        else:
            other = rng.randint(0, len(text) - 1)
            chars = list(text)
            if at < len(chars):
                chars[at], chars[other] = chars[other], chars[at]
            text = "".join(chars)
    return text


def case(rng: random.Random) -> dict:
    """One input: ``kind`` (derive, check or steps), its text(s) and lets, maybe mutated."""
    body = expression(rng, rng.randint(1, 7))
    wrap = rng.choice(["-1/m sum_i({e})", "sum({e})", "{e}", "1/(2m) sum(({e})^2)", "sum(y log(h) + ({e}))"])
    cost = wrap.format(e=body)
    lets = ["h=sigmoid(theta^T x)"] if rng.random() < 0.5 else []
    if rng.random() < 0.1:
        lets.append(f"g = {expression(rng, 3)}")
    kind = rng.choice(["derive", "derive", "check", "check", "steps"])
    answer = expression(rng, rng.randint(1, 5))
    if rng.random() < 0.5:
        answer = f"1/m sum(({answer}) x_j)"
    mutated = rng.random() < 0.6
    if mutated:
        target = rng.choice(["cost", "answer", "let"] if lets else ["cost", "answer"])
        if target == "cost":
            cost = mutate(rng, cost)
        elif target == "answer":
            answer = mutate(rng, answer)
        else:
            index = rng.randrange(len(lets))
            lets[index] = mutate(rng, lets[index])
    item = {"kind": kind, "cost": cost, "lets": lets, "mutated": mutated}
    if kind == "check":
        item["answer"] = answer
    if kind == "steps":
        item["text"] = f"d/dtheta_j {cost}\n= {answer}\n"
    return item


def _run_api(item: dict) -> dict:
    """Run ``item`` through the library API in this process; its class and seconds."""
    import logderiv
    from logderiv.errors import InputError, InternalError, LogderivError
    from logderiv.render.errors import render_error

    start = time.perf_counter()
    cpu_start = time.process_time()
    outcome = "ok"
    detail = ""
    try:
        if item["kind"] == "derive":
            logderiv.derive(item["cost"], let=item["lets"], timeout=BUDGET)
        elif item["kind"] == "check":
            verdict = logderiv.check(item["answer"], cost=item["cost"], let=item["lets"], timeout=BUDGET)
            outcome = {"equivalent": "ok", "different": "exit 1", "undecided": "exit 3"}.get(verdict.verdict, "ok")
        else:
            review = logderiv.steps(item["text"], timeout=BUDGET)
            outcome = "ok" if review.ok else "exit 1"
    except LogderivError as error:
        shown = render_error(error)
        detail = shown.splitlines()[0][:200]
        if any(ch in CONTROL for ch in shown):
            outcome = "echoed"
        elif isinstance(error, InternalError) or error.exit_code == 4:
            outcome = "exit 4"
        elif isinstance(error, InputError):
            outcome = "exit 2" if error.column is not None else "exit 2 whole input"
        else:
            outcome = f"exit {error.exit_code}"
    except Exception as error:  # noqa: BLE001 - a bug, which is what we are looking for
        outcome = "traceback"
        detail = f"{type(error).__name__}: {error}"[:200]
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # the budget is wall time, but a loaded machine can starve a nice'd worker: a run is over budget when
    # its own CPU time says so; past it in wall time only, it is "late (load)", counted apart
    if seconds > BUDGET + 1.0 and outcome not in ("exit 4", "traceback", "echoed"):
        outcome = "over budget" if cpu > BUDGET + 1.0 else "late (load)"
        detail = f"{seconds:.1f} s wall, {cpu:.1f} s CPU"
    return {"class": outcome, "seconds": seconds, "detail": detail}


def _worker(inbox, outbox) -> None:
    import logderiv

    # the first call of each kind imports its modules (seconds on a loaded machine): before any input's clock
    logderiv.derive("sum(theta^T x)")
    logderiv.check("sum(x_j)", cost="sum(theta^T x)")
    logderiv.steps("d/dtheta_j sum(theta^T x)\n= sum(x_j)\n")

    while True:
        item = inbox.get()
        if item is None:
            return
        outbox.put(_run_api(item))


class Pool:
    """One worker process and a watchdog: an input that takes past ``BUDGET + WATCHDOG`` is ``hung``."""

    def __init__(self) -> None:
        self.context = mp.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.inbox = self.context.Queue()
        self.outbox = self.context.Queue()
        self.process = self.context.Process(target=_worker, args=(self.inbox, self.outbox), daemon=True)
        self.process.start()

    def run(self, item: dict) -> dict:
        self.inbox.put(item)
        try:
            return self.outbox.get(timeout=BUDGET + WATCHDOG + 30.0 * (not getattr(self, "warm", False)))
        except queue.Empty:
            self.process.kill()
            self.process.join()
            self._start()
            return {"class": "hung", "seconds": BUDGET + WATCHDOG, "detail": "killed by the watchdog"}
        finally:
            self.warm = True

    def close(self) -> None:
        self.inbox.put(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()


def command(item: dict) -> list[str]:
    """The ``python -m logderiv`` arguments that run ``item``."""
    lets = [arg for text in item["lets"] for arg in ("--let", text)]
    if item["kind"] == "derive":
        return ["derive", item["cost"], *lets]
    if item["kind"] == "check":
        return ["check", item["answer"], "--cost", item["cost"], *lets]
    return ["steps", "-"]


def cli_arguments(rng: random.Random, item: dict) -> list[str]:
    """``item``'s command, sometimes with an odd option added (a mutated CLI argument list)."""
    args = command(item)
    extra = rng.choice([[], [], ["-f", "json"], ["-f", "latex"], ["-f", "markdown"], ["--wrt", mutate(rng, "theta_j")],
                        ["--timeout", rng.choice(["0", "-1", "nan", "1e9", "0.001"])], ["--input", "latex"],
                        ["--explain"], ["--bogus\x1b[31m"]])
    return args + extra


def run_cli(args: list[str], stdin: str | None) -> dict:
    """Run ``python -m logderiv ARGS``; its class and seconds.

    The machine may be shared and loaded (a cold start that needs 0.6 s of CPU
    can take 4 s of wall time), so a run is judged by the CPU time it used,
    read from ``getrusage`` of the reaped child: over budget past the timeout +
    1 s + ``FLOOR_CPU`` (the imports, which the command's clock does not see
    all of), hung only if the wall-clock watchdog killed it *and* it had used
    more CPU than the budget + ``WATCHDOG``. A run the watchdog killed with
    little CPU used is ``starved`` (the machine's load, not logderiv), listed
    apart.
    """
    argv = [sys.executable, "-m", "logderiv", *args]
    if any("\x00" in arg for arg in argv):
        # no operating system passes a NUL inside an argument: a shell could not type it either (stdin can)
        return {"class": "not passable", "seconds": 0.0, "detail": "an argument holds NUL, which no process argv can"}
    if "--timeout" not in args:
        argv += ["--timeout", f"{BUDGET:g}"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    killed = False
    try:
        done = subprocess.run(argv, cwd=ROOT, input=stdin or "", capture_output=True, text=True,
                              timeout=BUDGET + WATCHDOG + WALL_SLACK, errors="replace")
    except subprocess.TimeoutExpired:
        killed = True
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = time.perf_counter() - start
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if killed:
        outcome = "hung" if cpu > BUDGET + WATCHDOG else "starved"
        return {"class": outcome, "seconds": seconds, "detail": f"killed by the watchdog after {seconds:.0f} s wall, {cpu:.1f} s CPU"}
    out = done.stdout + done.stderr
    if "Traceback (most recent call last)" in out:
        outcome = "traceback"
    elif any(ch in CONTROL for ch in out):
        outcome = "echoed"
    elif done.returncode == 2 and "^" not in done.stderr:
        outcome = "exit 2 whole input"
    elif done.returncode == 0:
        outcome = "ok"
    elif done.returncode in (1, 2, 3, 4):
        outcome = f"exit {done.returncode}"
    else:
        outcome = f"signal/exit {done.returncode}"
    timeout = BUDGET
    if "--timeout" in args:
        try:
            timeout = float(args[args.index("--timeout") + 1])
        except ValueError:
            pass
    if outcome not in LISTED and timeout == timeout and 0 < timeout < 1e6 and cpu > timeout + 1.0 + FLOOR_CPU:
        outcome = "over budget"
    detail = done.stderr.strip().splitlines()[0][:200] if done.stderr.strip() else ""
    return {"class": outcome, "seconds": seconds, "detail": f"{detail} ({seconds:.1f} s wall, {cpu:.1f} s CPU)"}


def reproduce(item: dict, args: list[str] | None = None) -> str:
    """A shell command that reproduces ``item``."""
    args = args or command(item)
    line = "python -m logderiv " + " ".join(shlex.quote(a) for a in args)
    if item["kind"] == "steps":
        line = f"printf %s {shlex.quote(item['text'])} | " + line
    return line


def fuzz(inputs: int, cli: int, seed: int, *, progress: bool = False) -> dict:
    """Run ``inputs`` cases in-process (a worker) and ``cli`` through the CLI; the tallies and the listed findings."""
    rng = random.Random(seed)
    tally: Counter = Counter()
    findings: list[dict] = []
    slowest = 0.0
    pool = Pool()
    started = time.perf_counter()
    try:
        for index in range(inputs):
            item = case(rng)
            result = pool.run(item)
            slowest = max(slowest, result["seconds"])
            tally[(item["kind"], "api", result["class"])] += 1
            if result["class"] in LISTED:
                findings.append({"index": index, "via": "api", **result, "item": item, "repro": reproduce(item)})
                if progress:  # at once, so a run that dies or is stopped still says what it found
                    print(f"finding at input {index}: {result['class']} {result['detail']}: {findings[-1]['repro']}",
                          flush=True)
            if progress and index % 500 == 499:
                print(f"{index + 1} inputs, {time.perf_counter() - started:.0f} s, findings {len(findings)}", flush=True)
    finally:
        pool.close()
    for index in range(cli):
        item = case(rng)
        args = cli_arguments(rng, item)
        result = run_cli(args + ["-f", "text"] if "-f" not in args else args, item.get("text"))
        tally[(item["kind"], "cli", result["class"])] += 1
        if result["class"] in LISTED or result["class"].startswith("signal"):
            findings.append({"index": index, "via": "cli", **result, "item": item, "repro": reproduce(item, args)})
            if progress:
                print(f"finding at CLI input {index}: {result['class']}: {findings[-1]['repro']}", flush=True)
    return {"seed": seed, "inputs": inputs, "cli": cli, "tally": tally, "findings": findings, "slowest": slowest,
            "seconds": time.perf_counter() - started}


def report(outcome: dict) -> str:
    """The report: counts per kind, route and class; every listed finding with a command that reproduces it."""
    lines = [f"logderiv fuzz: seed {outcome['seed']}, {outcome['inputs']} inputs in-process, {outcome['cli']} through "
             f"the CLI, budget {BUDGET:g} s per input; {outcome['seconds']:.0f} s in all; slowest in-process "
             f"{outcome['slowest']:.1f} s", ""]
    classes = Counter()
    for (kind, via, klass), count in sorted(outcome["tally"].items()):
        lines.append(f"  {kind:<7} {via:<4} {klass:<22} {count:>7}")
        classes[klass] += count
    lines += ["", "by class: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())), ""]
    findings = outcome["findings"]
    lines.append(f"findings (exit 4, traceback, over budget + 1 s, control bytes echoed, hung): "
                 f"{len(findings)}")
    for finding in findings:
        lines.append(f"- [{finding['class']}] via {finding['via']} #{finding['index']}: {finding['detail']}")
        lines.append(f"    {json.dumps(finding['repro'])}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=2000, help="inputs through the API, in a worker (default 2000)")
    parser.add_argument("--cli", type=int, default=30, help="inputs through python -m logderiv (default 30)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", metavar="FILE", help="also write the report to FILE")
    args = parser.parse_args()
    outcome = fuzz(args.inputs, args.cli, args.seed, progress=True)
    text = report(outcome)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 1 if outcome["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())

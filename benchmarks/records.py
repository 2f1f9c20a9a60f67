"""Does ``logderiv.record.record`` still pay for itself? Ratios against ``dataclass(frozen=True, slots=True)``.

Run from the project root::

    python benchmarks/records.py
    python benchmarks/records.py --repeat 9

A record is a frozen dataclass whose ``__init__``, ``__repr__``, ``__eq__`` and
``__hash__`` are shared closures instead of methods compiled for each class
(``logderiv/record.py``). That trades the cost of *defining* a class (paid once
per class at import, some forty classes on a cold start) against the cost of
*making* an instance (paid on every construction: tokens and spans are made
thousands of times per command). This measures both sides in one run, with
the same class shapes for each mechanism, and prints each as a ratio to
``dataclass(frozen=True, slots=True)`` so that the machine's speed cancels
out (the shared machines are noisy; a ratio in one run is what is comparable).

The shapes:

* *define*: a class of four fields, one with a default, defined afresh; and a
  subclass of it that adds only a ``ClassVar`` (a rewrite rule's shape);
* *positional*: ``Span(1, 2, "x", 3)``, every field by position (the short path);
* *keyword*: ``Span(start=1, end=2, text="x")``, the default taken;
* *post_init*: a class with ``__post_init__`` (a record's general path);
* *eq* and *hash*: two equal instances compared, one hashed.

The frozen-plain dataclass (no slots) is shown too, since that is what the
other records in logderiv used.

Then the whole trade on the package itself: ``--imports N`` times, in fresh
interpreters interleaved, the import of what ``derive`` loads (sympy imported
first, not timed) with ``record`` as it is and with ``record`` replaced by
``dataclass(frozen=True)``, and gives the medians and their ratio.

This is a benchmark, not a test: it lives outside ``tests/`` and is never
collected.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import timeit
from pathlib import Path
from typing import Any, Callable, ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logderiv.record import record  # noqa: E402

Decorator = Callable[[type], type]

MECHANISMS: dict[str, Decorator] = {
    "dataclass(frozen, slots)": lambda cls: dataclasses.dataclass(frozen=True, slots=True)(cls),
    "dataclass(frozen)": lambda cls: dataclasses.dataclass(frozen=True)(cls),
    "record": record,
}


def _span_class(decorate: Decorator) -> type:
    class Span:
        """A span of text (the docstring keeps dataclass from writing one from the signature)."""

        start: int
        end: int
        text: str
        line: int = 0

    # annotations are strings here (from __future__), as in the package
    return decorate(Span)


def _rule_class(decorate: Decorator, base: type) -> type:
    class Cancel(base):  # type: ignore[valid-type,misc]  # a base made at run time
        """A rewrite rule: class attributes only, no field of its own."""

        name: ClassVar[str] = "cancel"

    return decorate(Cancel)


def _checked_class(decorate: Decorator) -> type:
    class Checked:
        """A record with a __post_init__ that validates."""

        low: int
        high: int

        def __post_init__(self) -> None:
            if self.low > self.high:
                raise ValueError("low > high")

    return decorate(Checked)


def _cases(decorate: Decorator) -> dict[str, tuple[Callable[[], Any], int]]:
    """Each case: a thunk and how many times to call it per timing."""
    span = _span_class(decorate)
    checked = _checked_class(decorate)
    a, b = span(1, 2, "x", 3), span(1, 2, "x", 3)
    return {
        "define a class": (lambda: _span_class(decorate), 200),
        "define a fieldless subclass": (lambda: _rule_class(decorate, span), 200),
        "make, positional": (lambda: span(1, 2, "x", 3), 20_000),
        "make, keyword + default": (lambda: span(start=1, end=2, text="x"), 20_000),
        "make, __post_init__": (lambda: checked(1, 2), 20_000),
        "eq": (lambda: a == b, 20_000),
        "hash": (lambda: hash(a), 20_000),
    }


def measure(repeat: int) -> dict[str, dict[str, float]]:
    """Best-of-``repeat`` seconds per call, case by case, the mechanisms interleaved so drift hits all alike."""
    cases = {name: _cases(decorate) for name, decorate in MECHANISMS.items()}
    names = list(next(iter(cases.values())))
    best: dict[str, dict[str, float]] = {case: {} for case in names}
    for case in names:
        for _ in range(repeat):
            for mechanism, table in cases.items():
                thunk, number = table[case]
                seconds = timeit.timeit(thunk, number=number) / number
                best[case][mechanism] = min(seconds, best[case].get(mechanism, float("inf")))
    return best


#: run in a fresh interpreter: the import of derive's modules, record as it is or replaced by a frozen dataclass
_IMPORTS = """
import dataclasses, sys, time
sys.path.insert(0, {root!r})
import sympy  # the floor: imported by every command anyway, not timed
import logderiv.record
count = [0]
made = logderiv.record.record if {mechanism!r} == "record" else dataclasses.dataclass(frozen=True)
def counted(cls):
    count[0] += 1
    return made(cls)
logderiv.record.record = counted
start = time.perf_counter()
import logderiv.cli, logderiv._api, logderiv.records.derivation, logderiv.engine.driver, logderiv.render.text
import logderiv.equality.compare
print(count[0], time.perf_counter() - start)
"""


def measure_imports(runs: int) -> dict[str, list[float]]:
    """Seconds to import derive's modules, per run, for ``record`` and for ``dataclass(frozen=True)``."""
    import subprocess

    seconds: dict[str, list[float]] = {"record": [], "dataclass(frozen)": []}
    for _ in range(runs):
        for mechanism in seconds:
            code = _IMPORTS.format(root=str(ROOT), mechanism=mechanism)
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            count, took = out.split()
            seconds[mechanism].append(float(took))
    print(f"{count} records defined importing derive's modules")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timings per case and mechanism (best is kept)")
    parser.add_argument("--imports", type=int, default=0, metavar="N",
                        help="also time importing derive's modules N times with each mechanism (fresh interpreters)")
    args = parser.parse_args()
    best = measure(args.repeat)
    base = "dataclass(frozen, slots)"
    print(f"Python {sys.version.split()[0]}; best of {args.repeat}; ratio to {base} (lower is faster)")
    print(f"{'case':<30}" + "".join(f"{m:>28}" for m in MECHANISMS))
    for case, row in best.items():
        cells = "".join(f"{row[m] * 1e6:>14.2f} µs {row[m] / row[base]:>7.2f}×  " for m in MECHANISMS)
        print(f"{case:<30}{cells}")
    ratios = [best[case]["record"] / best[case][base] for case in best if not case.startswith("define")]
    print(f"record, geometric mean over the making/comparing cases: {statistics.geometric_mean(ratios):.2f}×")
    if args.imports:
        imports = measure_imports(args.imports)
        medians = {mechanism: statistics.median(times) for mechanism, times in imports.items()}
        for mechanism, median in medians.items():
            print(f"import, {mechanism}: median {median * 1e3:.1f} ms of {args.imports} "
                  f"(range {min(imports[mechanism]) * 1e3:.1f}-{max(imports[mechanism]) * 1e3:.1f} ms)")
        print(f"record / dataclass(frozen): {medians['record'] / medians['dataclass(frozen)']:.2f}×")


if __name__ == "__main__":
    main()

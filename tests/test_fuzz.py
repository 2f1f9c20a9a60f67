"""The fuzz harness, in short seeded runs (issue 12, item 6; the long run: ``benchmarks/fuzz.py``, see README).

Random costs, answers and written derivations from the property tests' grammar,
most of them mutated byte-wise (control bytes included), go through the library
API in a worker with a watchdog and a few through ``python -m logderiv``. Every
outcome is classified; none may be an internal error (exit 4), a traceback, a
run past its budget + 1 s, a hang, or a control byte echoed raw. The short run
is in the default suite; the run of a few thousand is marked ``slow``
(``python -m pytest -m slow``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# imported by name, so that the worker process (spawned) imports the same module
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import fuzz  # noqa: E402


def _assert_clean(outcome: dict) -> None:
    report = fuzz.report(outcome)
    assert not outcome["findings"], report
    classes = {klass for (_kind, _via, klass) in outcome["tally"]}
    # the inputs reach both the happy path and the refusals: a harness that only ever saw one proves little
    assert "ok" in classes and "exit 2" in classes, report
    assert sum(outcome["tally"].values()) == outcome["inputs"] + outcome["cli"]


def test_a_short_seeded_fuzz_run_finds_nothing():
    """50 inputs in-process and 2 through the CLI (seed 0): every outcome is ok, exit 1, 2 or 3."""
    _assert_clean(fuzz.fuzz(50, 2, seed=0))


@pytest.mark.slow
def test_a_few_thousand_fuzzed_inputs_find_nothing():
    """3,000 inputs in-process and 30 through the CLI (seed 1): no exit 4, traceback, overrun, hang or echo."""
    _assert_clean(fuzz.fuzz(3000, 30, seed=1))


def test_a_mutation_can_plant_a_control_byte_and_the_grammar_is_seeded():
    """The generator is deterministic per seed, and mutation does insert the bytes a terminal obeys."""
    import random

    assert fuzz.case(random.Random(5)) == fuzz.case(random.Random(5))
    rng = random.Random(0)
    planted = [fuzz.mutate(rng, "sum(theta^T x)", times=6) for _ in range(400)]
    assert any(any(ch in fuzz.CONTROL for ch in text) for text in planted)


def test_a_cli_argument_holding_nul_is_classed_not_passable_instead_of_crashing_the_harness():
    """The 100,000-input run of stop 24 died at its CLI phase: a mutation planted NUL in an argument, which no
    process argv can hold (subprocess raises ValueError), and the report was never written."""
    result = fuzz.run_cli(["derive", "theta_1\x00"], None)
    assert result["class"] == "not passable"

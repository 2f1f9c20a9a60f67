"""The suite's two tiers (tests/conftest.py, docs/testing.md): what the quick suite leaves to ``--full``.

The quick suite (``python -m pytest``, the files ``QUICK`` names) must stay a real suite — a test of every
layer, a sample of the corpus — and the gate (``--full``, what CI runs) runs every file.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import conftest

TESTS = Path(__file__).parent
ROOT = TESTS.parent

#: at least one test file of each layer, text → notation → engine → verify → services → render → CLI, and the
#: suite's own checks of the product's promises: each must run in the quick suite
LAYERS = {"notation": "test_parsing.py", "LaTeX": "test_latex.py", "engine": "test_engine.py",
          "verify": "test_equality_core.py", "check": "test_check.py", "steps": "test_steps.py", "grade": "test_grade.py",
          "gradcheck": "test_gradcheck.py", "render": "test_render.py", "CLI": "test_cli.py",
          "properties": "test_properties.py", "fuzz": "test_fuzz.py", "no eval": "test_no_eval.py",
          "corpus": "test_corpus.py", "derivations": "test_derivations_real.py", "registry": "test_registry.py",
          "docs": "test_docs.py"}


def test_every_quick_file_exists():
    missing = [name for name in conftest.QUICK if not (TESTS / name).is_file()]
    assert not missing, missing
    assert len(set(conftest.QUICK)) == len(conftest.QUICK)


def test_the_quick_suite_keeps_a_test_of_every_layer():
    assert [layer for layer, name in LAYERS.items() if name not in conftest.QUICK] == []


def test_no_regression_file_of_a_session_is_quick():
    # the names sessions give a fix's, an audit's, a hunt's or a merge's own file: the gate runs them all
    session = [path.name for path in TESTS.glob("test_*.py")
               if re.match(r"test_(audit|fix|hunt|int\d|cold\d|derivcold)", path.name)]
    assert len(session) > 200
    assert [name for name in session if name in conftest.QUICK] == []


def test_ci_runs_the_gate():
    readme = re.findall(r"^pip install '\.\[test\]' && (python -m pytest\b.*)$",
                        (ROOT / "README.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert readme and "--full" in readme[0].split(), readme


class _Hook:
    def __init__(self):
        self.deselected = []

    def pytest_deselected(self, items):
        self.deselected.extend(items)


def _item(file: str, name: str, index=None):
    callspec = SimpleNamespace(params={"index": index}) if index is not None else None
    item = SimpleNamespace(path=TESTS / file, name=name)
    if callspec:
        item.callspec = callspec
    return item


def _config(args=()):
    return SimpleNamespace(hook=_Hook(), args=list(args), invocation_params=SimpleNamespace(dir=ROOT))


def test_the_quick_suite_judges_every_50th_corpus_item():
    items = [_item("test_corpus.py", f"test_cost_is_never_misread[c{k}]", k) for k in range(120)]
    items += [_item("test_corpus.py", "test_ids_are_unique_and_sourced"),
              _item("test_corpus.py", "test_most_of_the_corpus_is_read"), _item("test_cli.py", "test_x")]
    config = _config()
    conftest._sample_the_corpus(config, items)
    assert [item.name for item in items] == ["test_cost_is_never_misread[c0]", "test_cost_is_never_misread[c50]",
                                             "test_cost_is_never_misread[c100]", "test_ids_are_unique_and_sourced",
                                             "test_x"]
    assert len(config.hook.deselected) == 118


def test_a_corpus_named_on_the_command_line_runs_whole():
    items = [_item("test_corpus.py", f"test_cost_is_never_misread[c{k}]", k) for k in range(30)]
    conftest._sample_the_corpus(_config(["tests/test_corpus.py"]), items)
    assert len(items) == 30


def test_a_gate_file_is_collected_only_with_full_or_by_name():
    quick, full = SimpleNamespace(getoption=lambda name: False), SimpleNamespace(getoption=lambda name: True)
    for config in (quick, full):
        config.args, config.invocation_params = [], SimpleNamespace(dir=ROOT)
    gate, kept = TESTS / "test_audit31a.py", TESTS / "test_cli.py"
    assert conftest.pytest_ignore_collect(gate, quick) is True
    assert conftest.pytest_ignore_collect(kept, quick) is None
    assert conftest.pytest_ignore_collect(gate, full) is None
    quick.args = ["tests/test_audit31a.py::test_something"]
    assert conftest.pytest_ignore_collect(gate, quick) is None


def test_the_longest_files_are_quick_files_run_first():
    # each name a quick file (a renamed one would silently drop out of the order), and the order applied
    assert set(conftest.LONGEST_FIRST) <= set(conftest.QUICK)
    items = [_item(name, "test_x") for name in ("test_cli.py", "test_check.py", "test_latex.py", "test_cli.py")]
    config = _config()
    config.getoption = lambda name: False if name == "--full" else "slow"  # -m slow: no marker is looked at
    conftest.pytest_collection_modifyitems(config, items)
    assert [item.path.name for item in items] == ["test_latex.py", "test_check.py", "test_cli.py", "test_cli.py"]


#: the tests of a time limit itself: each drives or waits on the clock (``_spin``, a child's end), and the one
#: bound each asserts is a hang's, tens of times the work (the brief: no timed assertion of performance)
CLOCKED = {"test_budget.py", "test_check_cli.py", "test_grade_resume.py"}


def test_no_test_times_the_code_it_tests():
    # a wall-clock bound that held by 300× on an idle core failed in CI (a worker's collector, a neighbour's
    # load): tests count work (tests/work.py) and benchmarks/ measure time, as ratios within one run
    clock = re.compile(r"\btime\.(perf_counter|monotonic|time|process_time)(_ns)?\(|\bfrom time import\b")
    timing = sorted(path.name for path in TESTS.glob("test_*.py")
                    if path.name not in CLOCKED and clock.search(path.read_text(encoding="utf-8")))
    assert timing == []


def test_every_scaling_case_names_a_test_that_exists():
    # benchmarks/scaling.py times what a count cannot see; each case names the test that holds its result, so a
    # renamed or deleted test leaves no case pointing nowhere
    cases = (ROOT / "benchmarks" / "scaling.py").read_text(encoding="utf-8")
    named = re.findall(r'"(tests/test_\w+\.py)::(\w+)"', cases)
    assert len(named) >= 30
    missing = [f"{file}::{test}" for file, test in named
               if not re.search(rf"^def {test}\(", (ROOT / file).read_text(encoding="utf-8"), re.MULTILINE)]
    assert missing == []

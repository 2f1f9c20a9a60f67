"""Shared test configuration: the two tiers of the suite, the hypothesis profiles and the ``slow`` marker.

Two tiers (issue 14: a quick default suite; docs/testing.md):

* ``python -m pytest``, the quick suite (about a minute on two cores): the files ``QUICK`` names — every layer's
  own tests, the CLI, the renderers' snapshots, the property tests, and a sample of the real-world corpus (every
  ``CORPUS_SAMPLE``-th item): what a developer runs while working;
* ``python -m pytest --full``, the whole suite, the release gate (the README's test command; CI runs it): every
  file — also the corpora judged item by item, the regression test of every reading and misread found in real
  material, the topic files, and the tests that run mypy, pdflatex, KaTeX and mkdocs. A file named on the
  command line always runs whole, in either tier.

Two hypothesis profiles (issue 14), chosen with hypothesis's own ``--hypothesis-profile``:

* ``dev``, the default (the README's test command, and CI's first step): each property test runs a quarter of
  its examples (tests/_effort.py), and failing examples are kept in ``.hypothesis/`` and tried first next time;
* ``ci``, the thorough run: every property test with its full count, and no example database, so a run
  depends on nothing but the checkout (the seed is fixed in pyproject.toml either way).

The suite runs in parallel (``python -m pytest -n auto --dist loadfile``, pytest-xdist): each test file
runs whole in one worker, so a module's fixtures and caches (a judged corpus, a graded class) are built once.
"""

from pathlib import Path

from hypothesis import settings

#: the test files the quick suite runs (``python -m pytest``), by layer: each layer's own contract, the CLI, the
#: property tests and the fuzz sample, the product's promises (no eval, the README's commands), and samples of the
#: real material. Every other file runs only with ``--full`` (the release gate CI runs): the regression file of each
#: reading, fix, audit and hunt (one a session adds several), the written-derivation sets, the topic files, and the
#: tests that run mypy, pdflatex, KaTeX and mkdocs. An allow-list, so the quick suite stays a minute as the gate grows.
QUICK = (
    # text → notation: the two readers, the builder, brackets and escapes, carets, the function registry
    "test_parsing.py", "test_latex.py", "test_builder.py", "test_brackets.py", "test_escapes.py", "test_spellings.py",
    "test_functions.py", "test_document.py", "test_refusals.py", "test_json_errors.py", "test_caret_as_written.py",
    "test_registry.py",
    # engine and verify: the named rewrites, ReLU through the registry, one equality core, the work budget
    "test_engine.py", "test_relu.py", "test_symbols_atoms.py", "test_dependence.py", "test_equality_core.py",
    "test_budget.py", "test_deep_checks.py",
    # services: check, steps, matrix answers, gradcheck, grade
    "test_check.py", "test_check_cli.py", "test_steps.py", "test_matrix.py", "test_gradcheck.py", "test_objective.py",
    "test_grade.py", "test_grade_class.py", "test_grade_columns.py", "test_grade_gradescope.py",
    "test_grade_schema.py", "test_grade_report.py", "test_grade_regression.py",
    # render and CLI: snapshots at fixed widths, the NumPy printer, stdout/stderr and exit codes
    "test_render.py", "test_layout.py", "test_terminal_wrap.py", "test_numpy.py", "test_cli.py",
    # properties and fuzz (hypothesis's dev profile, the fuzz harness's sample)
    "test_properties.py", "test_roundtrip.py", "test_fuzz.py", "test_fuzzfix.py",
    # the product's promises: no eval, the README's commands and figures, the two tiers themselves
    "test_no_eval.py", "test_docs.py", "test_readme_figures.py", "test_tiers.py",
    # real material: a sample of the corpus (below) and the real derivations
    "test_corpus.py", "test_derivations_real.py",
)

#: the quick suite judges every CORPUS_SAMPLE-th item of the real-world corpus (tests/test_corpus.py); --full, all
CORPUS_SAMPLE = 50

#: the quick suite's longest files, longest first (measured: docs/testing.md, "The quick suite's time"): run first,
#: so that under ``--dist loadfile`` no worker starts a long file while the other has nothing left (the longest
#: processing time first; any other order passes too)
LONGEST_FIRST = ("test_latex.py", "test_check.py", "test_gradcheck.py", "test_steps.py", "test_engine.py",
                 "test_corpus.py", "test_fuzz.py", "test_builder.py", "test_escapes.py", "test_properties.py",
                 "test_render.py", "test_roundtrip.py")

# print_blob lets a failure be replayed elsewhere; the random seed is fixed in pyproject.toml (--hypothesis-seed)
settings.register_profile("dev", print_blob=True)
settings.register_profile("ci", print_blob=True, database=None)
settings.load_profile("dev")


def _thorough(config) -> bool:
    """The ``ci`` profile, or a ``-m`` that names ``slow``: every property test with its full count."""
    return config.getoption("--hypothesis-profile") == "ci" or "slow" in (config.getoption("markexpr") or "")


def pytest_addoption(parser):
    parser.addoption("--full", action="store_true", default=False,
                     help="run the whole suite, the release gate CI runs: also the corpora judged item by item, every "
                          "reading's regression tests, and the tests that run mypy, pdflatex, KaTeX and mkdocs "
                          "(tests/conftest.py QUICK names the quick suite)")


def _named(config, path: Path) -> bool:
    """Whether ``path`` was named on the command line (a file asked for by name runs whole, in either tier)."""
    return any(Path(config.invocation_params.dir, argument.split("::")[0]).resolve() == path.resolve()
               for argument in config.args)


def pytest_ignore_collect(collection_path, config):
    """Outside ``--full``, do not even collect a test file QUICK does not name (collecting costs each worker seconds)."""
    if config.getoption("--full") or collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    if collection_path.name not in QUICK and not _named(config, collection_path):
        return True
    return None


def pytest_configure(config):
    """Set how hard the property tests try (tests/_effort.py) before any test module is imported."""
    import _effort

    _effort.THOROUGH = _thorough(config)


def pytest_collection_modifyitems(config, items):
    """The quick suite's sample of the corpus, its longest files first; skip the tests marked ``slow`` unless ``-m``
    names that marker."""
    import pytest

    if not config.getoption("--full"):
        _sample_the_corpus(config, items)
        rank = {name: number for number, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's own order kept
    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with python -m pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def _sample_the_corpus(config, items) -> None:
    """Keep every CORPUS_SAMPLE-th corpus item and the corpus's own checks; deselect the rest and the full count.

    The sample is by position in the corpus, so it spreads over every wave and both kinds (costs and answers).
    """
    kept, dropped = [], []
    for item in items:
        if item.path.name != "test_corpus.py" or _named(config, item.path):
            kept.append(item)
        elif item.name.startswith("test_most_of_the_corpus_is_read"):
            dropped.append(item)  # the ratchet judges every item: --full
        else:
            index = getattr(item, "callspec", None) and item.callspec.params.get("index")
            (dropped if index is not None and index % CORPUS_SAMPLE else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept

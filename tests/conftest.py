"""Shared test configuration: the two tiers of the suite, the hypothesis profiles and the ``slow`` marker.

Two tiers (issue 14: a quick default suite; docs/testing.md):

* ``python -m pytest``, the quick suite (about a minute on two cores): every layer's own tests, the CLI, the
  renderers' snapshots, the property tests, and a sample of the real-world corpus (every ``CORPUS_SAMPLE``-th
  item): what a developer runs while working;
* ``python -m pytest --full``, the whole suite, the release gate (the README's test command; CI runs it): also
  the files ``FULL_ONLY`` names — the corpora judged item by item, the regression test of every reading and
  misread found in real material, and the tests that run mypy, pdflatex, KaTeX and mkdocs. A file named on
  the command line always runs whole, in either tier.

Two hypothesis profiles (issue 14), chosen with hypothesis's own ``--hypothesis-profile``:

* ``dev``, the default (the README's test command, and CI's first step): each property test runs a quarter of
  its examples (tests/_effort.py), and failing examples are kept in ``.hypothesis/`` and tried first next time;
* ``ci``, the thorough run: every property test with its full count, and no example database, so a run
  depends on nothing but the checkout (the seed is fixed in pyproject.toml either way).

The suite runs in parallel (``python -m pytest -n auto --dist loadfile``, pytest-xdist): each test file
runs whole in one worker, so a module's fixtures and caches (a judged corpus, a graded class) are built once.
"""

from fnmatch import fnmatch
from pathlib import Path

from hypothesis import settings

#: the test files only ``--full`` runs, by name (one place: a new file whose name fits a pattern joins the gate).
#: Each is either a corpus judged item by item or a regression test of a reading found in real material, added
#: wave by wave and session by session (the misreads they pin must never come back, so CI runs them all), or a
#: test that runs an outside tool over the whole package or every document.
FULL_ONLY = (
    # real-world material judged item by item: the written-derivation sets (the corpus is sampled, see below)
    "test_derivcold*.py", "test_cold*.py",
    # one regression file per fix, audit, hunt or merge of a session, and per corpus wave
    "test_audit*.py", "test_fix*.py", "test_hunt*.py", "test_int[0-9]*.py", "test_final*.py",
    "test_misreads*.py", "test_oldmiss.py", "test_fresh_*.py", "test_readings_f*.py", "test_notation_third_wave.py",
    "test_*_seventh.py", "test_*_eighth*.py", "test_*_ninth.py", "test_*_tenth*.py", "test_*_eleventh*.py",
    "test_*_twelfth*.py", "test_*22.py", "test_*22b.py", "test_*26.py", "test_review*.py", "test_derivs[0-9].py",
    "test_pages2.py", "test_counts2.py", "test_b3.py", "test_speed15.py", "test_dlai_counts.py",
    # outside tools over the whole package or every document: mypy --strict, pdflatex, KaTeX (node), mkdocs;
    # and the import graph of every module
    "test_types.py", "test_texlayout*.py", "test_katex.py", "test_docs_site.py", "test_cycles.py",
)

#: the quick suite judges every CORPUS_SAMPLE-th item of the real-world corpus (tests/test_corpus.py); --full, all
CORPUS_SAMPLE = 25

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
                          "(tests/conftest.py FULL_ONLY)")


def _named(config, path: Path) -> bool:
    """Whether ``path`` was named on the command line (a file asked for by name runs whole, in either tier)."""
    return any(Path(config.invocation_params.dir, argument.split("::")[0]).resolve() == path.resolve()
               for argument in config.args)


def pytest_ignore_collect(collection_path, config):
    """Outside ``--full``, do not even collect the FULL_ONLY files (collecting costs each worker seconds)."""
    if config.getoption("--full") or collection_path.suffix != ".py":
        return None
    if any(fnmatch(collection_path.name, pattern) for pattern in FULL_ONLY) and not _named(config, collection_path):
        return True
    return None


def pytest_configure(config):
    """Set how hard the property tests try (tests/_effort.py) before any test module is imported."""
    import _effort

    _effort.THOROUGH = _thorough(config)


def pytest_collection_modifyitems(config, items):
    """The quick suite's sample of the corpus; skip the tests marked ``slow`` unless ``-m`` names that marker."""
    import pytest

    if not config.getoption("--full"):
        _sample_the_corpus(config, items)
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

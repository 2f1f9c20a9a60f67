"""Shared test configuration: the hypothesis profiles and the ``slow`` marker.

Two hypothesis profiles (issue 14), chosen with hypothesis's own ``--hypothesis-profile``:

* ``dev``, the default (the README's test command, and CI's first step): each property test runs a quarter of
  its examples (tests/_effort.py), and failing examples are kept in ``.hypothesis/`` and tried first next time;
* ``ci``, the thorough run: every property test with its full count, and no example database, so a run
  depends on nothing but the checkout (the seed is fixed in pyproject.toml either way).

The suite runs in parallel (``python -m pytest -n auto --dist loadfile``, pytest-xdist): each test file
runs whole in one worker, so a module's fixtures and caches (a judged corpus, a graded class) are built once.
"""

from hypothesis import settings

# print_blob lets a failure be replayed elsewhere; the random seed is fixed in pyproject.toml (--hypothesis-seed)
settings.register_profile("dev", print_blob=True)
settings.register_profile("ci", print_blob=True, database=None)
settings.load_profile("dev")


def _thorough(config) -> bool:
    """The ``ci`` profile, or a ``-m`` that names ``slow``: every property test with its full count."""
    return config.getoption("--hypothesis-profile") == "ci" or "slow" in (config.getoption("markexpr") or "")


def pytest_configure(config):
    """Set how hard the property tests try (tests/_effort.py) before any test module is imported."""
    import _effort

    _effort.THOROUGH = _thorough(config)


def pytest_collection_modifyitems(config, items):
    """Skip the tests marked ``slow`` unless ``-m`` names that marker (``python -m pytest -m slow``)."""
    import pytest

    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with python -m pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)

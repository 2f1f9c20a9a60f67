"""Shared test configuration."""

from hypothesis import settings

# The random seed is fixed in pyproject.toml (--hypothesis-seed), so a red CI run is
# reproducible; print_blob lets a failure be replayed elsewhere.
settings.register_profile("logderiv", print_blob=True)
settings.load_profile("logderiv")


def pytest_configure(config):
    """A ``-m`` that names ``slow`` asks for the thorough run: every property test with its full count (tests/_effort.py)."""
    import _effort

    _effort.THOROUGH = "slow" in (config.getoption("markexpr") or "")


def pytest_collection_modifyitems(config, items):
    """Skip the tests marked ``slow`` unless ``-m`` names that marker (``python -m pytest -m slow``)."""
    import pytest

    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with python -m pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)

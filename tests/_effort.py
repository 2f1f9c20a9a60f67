"""How hard the property tests try: a quick default, and a thorough run behind the ``slow`` marker.

The default suite (the README's test command, and CI's first step: hypothesis profile ``dev``) runs each
hypothesis test with a quarter of its examples (at least 10), so the whole suite stays quick; the profile
``ci`` (``--hypothesis-profile=ci``) or any ``-m`` that names ``slow`` runs every test with its full count:
``python -m pytest -n auto --hypothesis-profile=ci -m "slow or hypothesis"`` is the thorough run of the
property tests and the slow tests (tests/conftest.py). The seed is fixed either way (pyproject.toml), so a
red run is reproducible.
"""

from __future__ import annotations

#: set by tests/conftest.py before any test module is imported
THOROUGH = False


def examples(full: int) -> int:
    """The number of hypothesis examples for a test whose thorough run takes ``full`` of them."""
    return full if THOROUGH else max(10, full // 4)

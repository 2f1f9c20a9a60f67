"""Shared test configuration."""

from hypothesis import settings

# The random seed is fixed in pyproject.toml (--hypothesis-seed), so a red CI run is
# reproducible; print_blob lets a failure be replayed elsewhere.
settings.register_profile("logderiv", print_blob=True)
settings.load_profile("logderiv")

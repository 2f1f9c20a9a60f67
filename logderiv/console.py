"""The one place that creates rich Consoles: results to stdout, diagnostics to stderr.

rich already honours ``NO_COLOR`` and writes no escape codes when its stream
is not a terminal, so piped output is plain text. rich is imported on first
use: ``derive -f text`` never needs it, and its import is a tenth of the floor.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["stdout", "stderr", "is_terminal"]


def stdout() -> Console:
    """A console for results. ``NO_COLOR`` drops bold and dim too: no escape codes at all."""
    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))
    return Console(soft_wrap=False, highlight=False, color_system=None if plain else "auto", no_color=plain)


def stderr() -> Console:
    """A console for errors and warnings."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False)


def is_terminal() -> bool:
    """Whether results go to a terminal (the default format depends on it)."""
    return stdout().is_terminal

"""A class report's two plots, as PNG bytes: the score histogram and the mistakes bar chart. Pure.

Drawn with matplotlib, an optional extra (``pip install 'logderiv[plots]'``):
the standard, well-kept plotting library, imported only here and only when a
report is asked for, so that no other command pays for its import (a few
hundred milliseconds). Without it, :func:`draw` returns None and the report
says in one line how to get the plots; it is never an error.

The images are made with the Agg backend at a fixed size and resolution, with
no metadata (no software version, no date), so the same report gives the same
bytes. Their data (:func:`score_bars`, :func:`mistake_bars`) is what the
report's tables show, taken from the same :class:`ClassReport`.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .grades import number

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ..records.grading import ClassReport

__all__ = ["draw", "score_bars", "mistake_bars", "PLOTS_HINT", "SIZE", "DPI"]

#: the report's one line when matplotlib is not installed
PLOTS_HINT = ("Plots (a score histogram and a mistakes bar chart) are drawn when matplotlib is installed: "
              "pip install 'logderiv[plots]'.")
#: each image's size in inches, and its resolution: 800×400 pixels
SIZE = (8.0, 4.0)
DPI = 100
#: one colour for every bar: the plots count rows, nothing is better or worse by colour
_COLOUR = "#4477aa"


def score_bars(report: ClassReport) -> list[tuple[str, int]]:
    """The histogram's bars: each score bin's label (``[0, 0.4)``, …, the last closed) and its rows."""
    last = len(report.bins) - 1
    return [(f"[{number(item.low)}, {number(item.high)}{']' if index == last else ')'}", item.rows)
            for index, item in enumerate(report.bins)]


def mistake_bars(report: ClassReport) -> list[tuple[str, int]]:
    """The mistakes chart's bars: each diagnosis kind and its rows, most first (as the report's table)."""
    return [(item.kind, item.rows) for item in report.mistakes]


def draw(report: ClassReport) -> dict[str, bytes] | None:
    """``{"scores": PNG, "mistakes": PNG}`` (no mistakes chart when no answer was different); None without matplotlib."""
    try:
        import matplotlib  # noqa: F401 - whether the extra is installed
    except ImportError:
        return None
    drawn = {"scores": _png(_bars(score_bars(report), f"score (of {number(report.points)} points)", "rows",
                                  f"Scores: {report.rows - report.unscored} rows with a score"))}
    if report.mistakes:
        drawn["mistakes"] = _png(_bars(mistake_bars(report), "rows", "", "Most common mistakes", across=True))
    return drawn


def _bars(bars: list[tuple[str, int]], x_label: str, y_label: str, title: str, *, across: bool = False) -> Figure:
    """A figure of one bar per (label, rows); ``across``: horizontal bars, the first at the top."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    # not pyplot, and no matplotlib.use(): no global state changed in the caller's process (a notebook keeps
    # its backend), nothing kept after the call; Agg draws it, with no display, the same pixels everywhere
    figure = Figure(figsize=SIZE, dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [label for label, _ in bars]
    rows = [count for _, count in bars]
    if across:
        places = list(range(len(bars)))[::-1]
        axes.barh(places, rows, color=_COLOUR)
        axes.set_yticks(places, labels)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # rows are counted: no half a row on the axis
    else:
        axes.bar(range(len(bars)), rows, color=_COLOUR)
        axes.set_xticks(range(len(bars)), labels, rotation=30, ha="right")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    axes.set_title(title)
    figure.tight_layout()
    return figure


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    # metadata None: no "Software: matplotlib x.y" or date, so a report's images are the same bytes every run
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()

"""A class report (:class:`~logderiv.records.grading.ClassReport`) as Markdown or HTML. Pure.

Both are laid out once (:func:`_sections`: headings, sentences and tables)
and written by two small writers, so they always say the same things. Every
piece of text is escaped by the writer, none is trusted: an answer, an id or
a reason holds what a student typed. Markdown escapes what would break a
table or turn into markup (``|``, newlines, backticks, ``*``, ``<``, ``$``…);
HTML escapes ``<``, ``>``, ``&`` and quotes. Invisible and control characters
are shown as visible escapes (:func:`~logderiv.render.escapes.escape`) in
both: a right-to-left override must not make an answer read other than it is.
"""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Sequence, Union
from urllib.parse import quote

from ..record import record
from .escapes import escape
from .grades import number

if TYPE_CHECKING:  # pragma: no cover
    from ..records.grading import ClassReport

__all__ = ["report_markdown", "report_html", "reports_markdown", "reports_html", "REPORT_FORMATS", "report_format",
           "Figures"]

#: a report's format by its file's suffix
REPORT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
#: the longest histogram bar, in blocks
_BAR = 20
#: the HTML report's whole style: readable tables, numbers to the right, an answer's lines kept
_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}"
          "td.n{text-align:right}code{white-space:pre-wrap}")


@record
class _Code:
    """A cell shown as code: an answer, exactly as written (its lines kept)."""

    text: str


_Cell = Union[str, _Code]


@record
class _Table:
    header: tuple[str, ...]
    #: per column: True to align right (numbers)
    right: tuple[bool, ...]
    rows: tuple[tuple[_Cell, ...], ...]


@record
class _Section:
    heading: str
    #: sentences before the table (and after it, when there is no table)
    text: tuple[str, ...] = ()
    table: _Table | None = None
    #: a plot after the table: (its description, where the image is)
    image: tuple[str, str] | None = None


@record
class Figures:
    """The report's plots (:mod:`logderiv.render.plots`): where each image is, or the line said instead of them.

    A place is what the report links: a file name beside a Markdown report, a
    ``data:`` URI in an HTML one; "" when there is no such plot.
    """

    scores: str = ""
    mistakes: str = ""
    #: said under the scores when there are no plots (matplotlib is not installed)
    missing: str = ""


def report_format(path: str) -> str | None:
    """``markdown`` or ``html`` by the suffix of ``path``; None for any other."""
    from pathlib import Path

    return REPORT_FORMATS.get(Path(path).suffix.lower())


def report_markdown(report: ClassReport, figures: Figures | None = None) -> str:
    """The report in Markdown; ``figures``: its plots' files, linked (None: a report without plots, nothing said)."""
    lines = [f"# Class report: {_md_text(report.title)}", ""]
    for section in _sections(report, figures):
        lines += [f"## {_md_text(section.heading)}", ""]
        for sentence in section.text:
            lines += [_md_text(sentence), ""]
        if section.table is not None:
            lines += _md_table(section.table) + [""]
        if section.image is not None:
            description, place = section.image
            lines += [f"![{_md_text(description)}](<{quote(place)}>)", ""]
    return "\n".join(lines)


def report_html(report: ClassReport, figures: Figures | None = None) -> str:
    """The report in HTML; ``figures``: its plots, as ``data:`` URIs (None: a report without plots, nothing said)."""
    return _html_page(f"Class report: {report.title}", _html_body(report, figures, level=1))


def reports_markdown(reports: Sequence[tuple[ClassReport, Figures | None]]) -> str:
    """Several questions' reports (a wide export's), one after the other, each its own section."""
    return "\n".join(report_markdown(report, figures) for report, figures in reports)


def reports_html(reports: Sequence[tuple[ClassReport, Figures | None]]) -> str:
    """Several questions' reports in one HTML page, a section per question (its heading one level down)."""
    title = f"Class report: {len(reports)} questions"
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for report, figures in reports:
        parts += ["<section>", *_html_body(report, figures, level=2), "</section>"]
    return _html_page(title, parts)


def _html_page(title: str, body: list[str]) -> str:
    """A whole page: ``body`` (which starts with its own ``<h1>``) under a head titled ``title``."""
    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            f"<title>{html.escape(escape(title))}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>"]
    return "\n".join([*head, *body, "</body>", "</html>", ""])


def _html_body(report: ClassReport, figures: Figures | None, *, level: int) -> list[str]:
    title = html.escape(escape(report.title))
    parts = [f"<h{level}>Class report: {title}</h{level}>"]
    for section in _sections(report, figures):
        parts.append(f"<h{level + 1}>{html.escape(section.heading)}</h{level + 1}>")
        parts += [f"<p>{_html_text(sentence)}</p>" for sentence in section.text]
        if section.table is not None:
            parts += _html_table(section.table)
        if section.image is not None:
            description, place = section.image
            parts.append(f'<p><img src="{html.escape(place)}" alt="{_html_text(description)}"></p>')
    return parts


# --- what the report says -------------------------------------------------------------------


def _sections(report: ClassReport, figures: Figures | None) -> list[_Section]:
    sections = [_verdicts(report), _scores(report), _mistakes(report), _follow_up(report), _readings(report)]
    if figures is None:
        return sections
    scores, mistakes = sections[1], sections[2]
    if figures.missing:
        sections[1] = dataclasses.replace(scores, text=(*scores.text, figures.missing))
    elif figures.scores:
        sections[1] = dataclasses.replace(scores, image=("Histogram of the scores", figures.scores))
    if figures.mistakes:
        sections[2] = dataclasses.replace(mistakes, image=("Bar chart of the mistakes, by kind", figures.mistakes))
    return sections


def _verdicts(report: ClassReport) -> _Section:
    rows = tuple((verdict, str(count), _share(count, report.rows)) for verdict, count in report.counts)
    rows += (("all", str(report.rows), _share(report.rows, report.rows)),)
    scored = report.rows - report.unscored
    mean = (f"The mean score is {report.mean:.2f} of {number(report.points)} over the {scored} rows with a score "
            "(undecided rows have none)." if report.mean is not None else "No row has a score.")
    worth = (f"{report.rows} rows graded, each worth {number(report.points)} points"
             + (" (a written derivation: its score scaled from its own maximum, score / max_score × "
                f"{number(report.points)})." if report.scaled else "."))
    return _Section("Verdicts", (worth, mean),
                    _Table(("verdict", "rows", "share"), (False, True, True), rows))


def _scores(report: ClassReport) -> _Section:
    largest = max([item.rows for item in report.bins] + [1])
    rows = []
    for index, item in enumerate(report.bins):
        closing = "]" if index == len(report.bins) - 1 else ")"
        bar = "█" * -(-_BAR * item.rows // largest)  # rounded up: a bin with a row shows a block
        rows.append((f"[{number(item.low)}, {number(item.high)}{closing}", str(item.rows),
                     _share(item.rows, report.rows), bar))
    rows.append(("no score (undecided)", str(report.unscored), _share(report.unscored, report.rows), ""))
    return _Section("Scores", (f"Rows per score, in tenths of the {number(report.points)} points.",),
                    _Table(("score", "rows", "share", ""), (False, True, True, False), tuple(rows)))


def _mistakes(report: ClassReport) -> _Section:
    if not report.mistakes:
        return _Section("Most common mistakes", ("No answer was different from the gradient.",))
    rows = tuple((item.kind, str(item.rows), _share(item.rows, report.rows), _Code(item.example), item.message,
                  "\n".join(item.notes)) for item in report.mistakes)
    return _Section("Most common mistakes", (
        (f"By diagnosis kind; the share is of all {report.rows} rows, and an answer with several mistakes counts "
         "under each. The example is the answer written most often among them (no student named), with how it "
         "was read where that was not literal."),),
        _Table(("mistake", "rows", "share of the class", "example answer", "what logderiv says", "read as"),
               (False, True, True, False, False, False), rows))


def _follow_up(report: ClassReport) -> _Section:
    if not report.follow_up:
        return _Section("To follow up", ("None: every row was graded automatically.",))
    rows = tuple((str(item.row), str(item.line), item.id, item.verdict, item.reason) for item in report.follow_up)
    return _Section("To follow up", (
        f"{len(rows)} rows need a person: an undecided answer has no score, an unreadable one scored 0.",),
        _Table(("row", "line", "id", "verdict", "why"), (True, True, False, False, False), rows))


def _readings(report: ClassReport) -> _Section:
    if not report.readings:
        return _Section("How answers were read", ("Every answer was read literally.",))
    rows = tuple((note, str(count)) for note, count in report.readings)
    return _Section("How answers were read", (
        ("Readings that are not literal, and the rows whose answer each was made of: check they are what the "
         "students meant."),), _Table(("reading", "rows"), (False, True), rows))


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else ""


# --- Markdown -------------------------------------------------------------------------------

#: characters that are markup inline (a table's cell holds no block); each written after a backslash
_MD_SPECIAL = frozenset("\\`*_[]<>&|~$!#")


def _md_table(table: _Table) -> list[str]:
    lines = ["| " + " | ".join(_md_text(name) for name in table.header) + " |",
             "|" + "|".join("---:" if right else "---" for right in table.right) + "|"]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in table.rows]
    return lines


def _md_cell(cell: _Cell) -> str:
    if isinstance(cell, _Code):
        return "<br>".join(_md_code(line) for line in escape(cell.text).split("\n"))
    return "<br>".join(_md_text(line) for line in cell.split("\n"))


def _md_text(text: str) -> str:
    """Text that stays text: every inline markup character escaped, line breaks made spaces (a cell is one line)."""
    return "".join("\\" + char if char in _MD_SPECIAL else char for char in escape(text).replace("\n", " "))


def _md_code(line: str) -> str:
    """One line as a code span: fenced with more backticks than it holds in a row, its ``|`` escaped for the table."""
    if not line.strip():
        return "" if not line else "` " + line + " `"
    run = longest = 0
    for char in line:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    padded = f" {line} " if line[0] in "` " or line[-1] in "` " else line  # one space each side is stripped
    return fence + padded.replace("|", "\\|") + fence


# --- HTML -----------------------------------------------------------------------------------


def _html_table(table: _Table) -> list[str]:
    lines = ["<table>", "<tr>" + "".join(f"<th>{_html_text(name)}</th>" for name in table.header) + "</tr>"]
    for row in table.rows:
        cells = "".join(("<td class=\"n\">" if right else "<td>") + _html_cell(cell) + "</td>"
                        for cell, right in zip(row, table.right))
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return lines


def _html_cell(cell: _Cell) -> str:
    if isinstance(cell, _Code):
        return f"<code>{html.escape(escape(cell.text))}</code>"
    return "<br>".join(_html_text(line) for line in cell.split("\n"))


def _html_text(text: str) -> str:
    return html.escape(escape(text))

"""The derivation as a rich renderable for the terminal; the CLI owns the console.

Every piece of user-derived text goes in a ``rich.text.Text``, never a markup
string, so a ``[`` in an expression or a note is printed as it is.

The equations are laid out when rich knows the width (``__rich_console__``):
a right-hand side too long for its column breaks as :mod:`logderiv.printing.linebreaks`
says, at a ``+`` or ``−`` of the shallowest bracket depth, and a continuation
line starts with its operator, indented past the ``=``. Each row opens with
how its step was verified (``✓ sym``, ``✓ num``), then its rule label; the tags
and the rule labels of the chain, the lemmas and the matrix form each share one
column width, the labels' the longest label's, at most :data:`LABEL_SHARE` of the
terminal (a longer label wraps within the column). A continuation line leaves
both columns blank.
"""

from __future__ import annotations

from typing import Callable, Literal

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..records.derivation import Derivation, Step
from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm
from ..printing import linebreaks
from .matrix import matrix_verification, shapes, show_matrix_unicode_breaks, step_text
from ..printing.expressions import show_unicode, show_unicode_breaks
from .summary import factor_rows, notes, verdict, verification
from .text import header, step_tag

__all__ = ["render_rich", "TONES", "LABEL_SHARE"]

#: verdict tone -> rich style
TONES = {"good": "bold green", "bad": "bold red", "neutral": "bold yellow"}

#: the widest the rule-label column gets, as a share of the terminal's width
LABEL_SHARE = 0.3

#: the narrowest a right-hand side's column is made, however narrow the terminal
_NARROWEST = 16

#: the narrowest the label column is made so that a right-hand side's unbreakable piece fits
_LABEL_FLOOR = 10

#: how much narrower than the terminal a lemma's panel draws its chain: a border and a blank either side
_PANEL_FRAME = 4

#: blanks between the label column and the expression column (the table's padding either side)
_GAP = 2


def render_rich(
    derivation: Derivation,
    *,
    explain: bool = False,
    view: Literal["chain", "factors"] = "chain",
    form: Literal["index", "matrix", "both"] = "both",
) -> RenderableType:
    """The chain (or the factors view) as a table with the rule column dimmed, lemmas, verdict.

    The matrix form follows the chain when ``derivation.matrix`` holds one;
    ``form="matrix"`` leaves out the index chain.
    """
    parts: list[RenderableType] = []
    if view == "factors":
        parts += _factors(derivation)
    else:
        index = form != "matrix" or derivation.matrix is None
        columns = _Columns()
        if index:
            parts.append(_Equation(f"{header(derivation)} = ", show_unicode_breaks(derivation.start), style="bold"))
            parts.append(_chain(derivation.steps, explain, columns))
            for lemma in derivation.lemmas:
                chain = _chain(lemma.steps, explain, columns, frame=_PANEL_FRAME)
                body = Group(_Equation("", show_unicode_breaks(lemma.start)), chain)
                parts.append(Panel(body, title=Text(f"Lemma: {lemma.title}"), title_align="left", expand=False))
        if form != "index":
            parts += _matrix(derivation, explain, columns)
    parts += _verdict(derivation)
    parts.append(Text(verification(derivation), style="dim"))
    parts += [Text(f"note: {note}", style="italic") for note in notes(derivation)]
    return Group(*parts)


def _matrix(derivation: Derivation, explain: bool, columns: _Columns) -> list[RenderableType]:
    form = derivation.matrix
    if form is None:
        return []
    if not isinstance(form, MatrixForm):
        return [Text(""), Text(f"Matrix form: none — {form.reason}", style="yellow")]
    return [
        Text(""),
        Text(f"Matrix form: {shapes(form)}", style="bold"),
        _Equation(f"{header(derivation)} = ", show_unicode_breaks(form.start)),
        _chain(form.steps, explain, columns, show=lambda step: step_text(step, show_matrix_unicode_breaks)),
        Text(ELEMENTWISE_NOTE[:1].upper() + ELEMENTWISE_NOTE[1:] + ".", style="italic"),
        Text(matrix_verification(form), style="dim"),
    ]


def _chain(
    steps: tuple[Step, ...], explain: bool, columns: _Columns, show: Callable[[Step], str] | None = None, frame: int = 0
) -> _Chain:
    rows = []
    for step in steps:
        expression = show(step) if show else f"= {show_unicode_breaks(step.expression)}"
        rows.append((step_tag(step), step.rule.label(show_unicode), expression,
                     step.rule.statement if explain else None))
    columns.add(rows, frame)
    return _Chain(rows, columns)


class _Columns:
    """The tag and rule-label columns' widths, one each for the whole output.

    The tag column is as wide as the widest tag. The label column is the longest label's, within
    :data:`LABEL_SHARE` of the terminal, and narrower (down to :data:`_LABEL_FLOOR`) while a right-hand
    side has a piece that cannot break and would not fit beside it: a label wrapping in its column
    reads better than mathematics cut at the edge. Every chain adds its rows before any is drawn.
    """

    def __init__(self) -> None:
        self.rows: list[tuple[tuple[str, str, str, str | None], int]] = []
        self._labels: dict[int, int] = {}

    def add(self, rows: list[tuple[str, str, str, str | None]], frame: int) -> None:
        """Rows drawn ``frame`` columns narrower than the terminal (a lemma's panel border)."""
        self.rows += [(row, frame) for row in rows]

    @property
    def tag(self) -> int:
        return max((cell_len(tag) for (tag, *_), _ in self.rows), default=0)

    def label(self, console: Console) -> int:
        # the console's width, not the space left: a lemma's panel has less, and its column is the same
        if console.width not in self._labels:
            longest = max((len(label) for (_, label, *_), _ in self.rows), default=0)
            label = min(longest, max(int(console.width * LABEL_SHARE), 1))
            while label > _LABEL_FLOOR:
                over = max(self._overflow(console.width - frame - self.tag - _GAP - label - _GAP, expression)
                           for (_, _, expression, _), frame in self.rows)
                if over <= 0:
                    break
                label = max(label - over, _LABEL_FLOOR)
            self._labels[console.width] = label
        return self._labels[console.width]

    @staticmethod
    def _overflow(width: int, expression: str) -> int:
        """How many columns the widest line of ``expression`` broken to ``width`` is over it."""
        width = max(width, _NARROWEST)
        prefix, marked = _split_prefix(expression)
        return max(len(line) for line in linebreaks.break_lines(prefix + marked, width, indent=len(prefix))) - width

    def before(self, console: Console) -> int:
        """Columns before a right-hand side: the tag, the label and the blanks after each."""
        return self.tag + _GAP + self.label(console) + _GAP


def _equation_lines(prefix: str, marked: str, width: int) -> list[str]:
    """``prefix`` + ``marked`` broken to ``width``: continuations start past the prefix (its ``=``)."""
    lines = linebreaks.break_lines(prefix + marked, width, indent=len(prefix))
    return [part for line in lines for part in linebreaks.fold(line, width, indent=len(prefix))]


def _split_prefix(text: str) -> tuple[str, str]:
    """``= …`` or ``∇J = …`` as the part up to and with ``= `` and the marked expression after it."""
    end = text.find("= ")
    return (text[: end + 2], text[end + 2:]) if end >= 0 else ("", text)


class _Equation:
    """A line ``prefix expression``, broken as mathematics to the width it is given."""

    def __init__(self, prefix: str, marked: str, style: str = "") -> None:
        self.prefix, self.marked, self.style = prefix, marked, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = _equation_lines(self.prefix, self.marked, max(options.max_width, _NARROWEST))
        # overflow="fold", not no_wrap: a terminal narrower than _NARROWEST wraps the lines, never crops them
        yield Text("\n".join(lines), style=self.style, overflow="fold")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        whole = len(self.prefix) + linebreaks.visible(self.marked)
        return Measurement(min(whole, _NARROWEST), whole).clamp(max_width=options.max_width)


class _Chain:
    """Steps as rows: the step's check tag, the dimmed rule label in the shared column, then ``= expression``
    broken to fit; the tag and label columns are blank on a continuation line.

    Laid out line by line rather than as a rich table, so that no line carries a table's
    trailing padding (a copied chain is the mathematics and nothing after it).
    """

    def __init__(self, rows: list[tuple[str, str, str, str | None]], columns: _Columns) -> None:
        self.rows, self.columns = rows, columns

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width, before = self.columns.label(console), self.columns.before(console)
        width = max(options.max_width - before, _NARROWEST)
        tag_blank = " " * (self.columns.tag + _GAP)
        for tag, label, expression, statement in self.rows:
            labels = [line.plain.rstrip() for line in Text(label).wrap(console, label_width, overflow="fold")]
            lines = _equation_lines(*_split_prefix(expression), width)
            row = Text(overflow="fold")
            for position in range(max(len(labels), len(lines))):
                if position:
                    row.append("\n" + tag_blank)
                else:
                    row.append(tag, style="green")
                    row.append(" " * (self.columns.tag + _GAP - cell_len(tag)))
                if position < len(labels):
                    row.append(labels[position], style="dim")
                if position < len(lines):
                    row.append(" " * (label_width + _GAP - (len(labels[position]) if position < len(labels) else 0)))
                    row.append(lines[position])
            yield row
            if statement is not None:
                said = Text(f"  by {statement}").wrap(console, width)
                yield Text("\n".join(" " * before + line.plain.rstrip() for line in said), style="dim italic")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        before = self.columns.before(console)
        widest = max((max(linebreaks.visible(expression), len(f"  by {statement}") if statement else 0)
                      for _, _, expression, statement in self.rows), default=0)
        return Measurement(before + min(widest, _NARROWEST), before + widest).clamp(max_width=options.max_width)


def _verdict(derivation: Derivation) -> list[RenderableType]:
    said = verdict(derivation.canonical)
    line = Text(f"{said.mark} {said.line(show_unicode)}", style=TONES[said.tone])
    if said.note:
        line.append(f" — {said.note}", style="default")
    lines: list[RenderableType] = [Text(""), line]
    lines += [Text(f"  + {name}: {show_unicode(term)}") for name, term in said.extra]
    return lines


def _factors(derivation: Derivation) -> list[RenderableType]:
    if not derivation.factors:
        return [Text("no factor view: the cost is not a sum over examples of a loss of θᵀx⁽ⁱ⁾", style="yellow")]
    rows, definitions = factor_rows(derivation.factors, show_unicode)
    parts: list[RenderableType] = [Text("One example's loss, factorised along its computational graph:", style="bold")]
    parts += [Text(f"  {name} = {show_unicode(value)}") for name, value in definitions]
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("factor", style="dim")
    table.add_column("value", overflow="fold")
    heads = [f"∂{row.above}/∂{row.below}" for row in rows]
    for head, row in zip(heads, rows):
        table.add_row(Text(head), Text(f"= {show_unicode(row.value)}"))
    whole = f"∂{rows[0].above}/∂{rows[-1].below}"
    table.add_row(Text(whole, style="bold"), Text(f"= {' · '.join(heads)}"))
    table.add_row(Text(""), Text(f"= {show_unicode(derivation.factor_product)}", style="bold"))
    parts.append(table)
    return parts

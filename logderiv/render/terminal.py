"""The derivation as a rich renderable for the terminal; the CLI owns the console.

Every piece of user-derived text goes in a ``rich.text.Text``, never a markup
string, so a ``[`` in an expression or a note is printed as it is.

The equations are laid out when rich knows the width (``__rich_console__``):
a right-hand side too long for its column breaks as :mod:`logderiv.render.linebreaks`
says, at a ``+`` or ``−`` of the shallowest bracket depth, and a continuation
line starts with its operator, indented past the ``=``. The rule labels of the
chain, the lemmas and the matrix form share one column width: the longest
label's, at most :data:`LABEL_SHARE` of the terminal (a longer label wraps
within the column).
"""

from __future__ import annotations

from typing import Iterable, Literal

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..derivation import Derivation, Step
from ..matrix import ELEMENTWISE_NOTE, MatrixForm
from . import linebreaks
from .matrix import matrix_verification, shapes, show_matrix_unicode_breaks, step_text
from .printing import show_unicode, show_unicode_breaks
from .summary import factor_rows, notes, verdict, verification
from .text import header

__all__ = ["render_rich", "TONES", "LABEL_SHARE"]

#: verdict tone -> rich style
TONES = {"good": "bold green", "bad": "bold red", "neutral": "bold yellow"}

#: the widest the rule-label column gets, as a share of the terminal's width
LABEL_SHARE = 0.3

#: the narrowest a right-hand side's column is made, however narrow the terminal
_NARROWEST = 16

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
        labels = _Labels(_labels(derivation, index=index, matrix=form != "index"))
        if index:
            parts.append(_Equation(f"{header(derivation)} = ", show_unicode_breaks(derivation.start), style="bold"))
            parts.append(_chain(derivation.steps, explain, labels))
            for lemma in derivation.lemmas:
                body = Group(_Equation("", show_unicode_breaks(lemma.start)), _chain(lemma.steps, explain, labels))
                parts.append(Panel(body, title=Text(f"Lemma: {lemma.title}"), title_align="left", expand=False))
        if form != "index":
            parts += _matrix(derivation, explain, labels)
    parts += _verdict(derivation)
    parts.append(Text(verification(derivation), style="dim"))
    parts += [Text(f"note: {note}", style="italic") for note in notes(derivation)]
    return Group(*parts)


def _matrix(derivation: Derivation, explain: bool, labels: _Labels) -> list[RenderableType]:
    form = derivation.matrix
    if form is None:
        return []
    if not isinstance(form, MatrixForm):
        return [Text(""), Text(f"Matrix form: none — {form.reason}", style="yellow")]
    return [
        Text(""),
        Text(f"Matrix form: {shapes(form)}", style="bold"),
        _Equation(f"{header(derivation)} = ", show_unicode_breaks(form.start)),
        _chain(form.steps, explain, labels, show=lambda step: step_text(step, show_matrix_unicode_breaks)),
        Text(ELEMENTWISE_NOTE[:1].upper() + ELEMENTWISE_NOTE[1:] + ".", style="italic"),
        Text(matrix_verification(form), style="dim"),
    ]


def _labels(derivation: Derivation, *, index: bool, matrix: bool) -> list[str]:
    """Every rule label the chain view shows: the index chain's and its lemmas', the matrix form's."""
    steps: list[Step] = []
    if index:
        steps += derivation.steps
        for lemma in derivation.lemmas:
            steps += lemma.steps
    if matrix and isinstance(derivation.matrix, MatrixForm):
        steps += derivation.matrix.steps
    return [step.rule.label(show_unicode) for step in steps]


def _chain(steps: tuple[Step, ...], explain: bool, labels: _Labels, show=None) -> _Chain:
    rows = []
    for step in steps:
        expression = show(step) if show else f"= {show_unicode_breaks(step.expression)}"
        rows.append((step.rule.label(show_unicode), expression, step.rule.statement if explain else None))
    return _Chain(rows, labels)


class _Labels:
    """The rule-label column's width, one for the whole output: the longest label's, within a share of the terminal."""

    def __init__(self, labels: Iterable[str]) -> None:
        self.longest = max((len(label) for label in labels), default=0)

    def width(self, console: Console) -> int:
        # the console's width, not the space left: a lemma's panel has less, and its column is the same
        return min(self.longest, max(int(console.width * LABEL_SHARE), 1))


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
    """Steps as rows: the dimmed rule label in the shared column, then ``= expression`` broken to fit.

    Laid out line by line rather than as a rich table, so that no line carries a table's
    trailing padding (a copied chain is the mathematics and nothing after it).
    """

    def __init__(self, rows: list[tuple[str, str, str | None]], labels: _Labels) -> None:
        self.rows, self.labels = rows, labels

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = self.labels.width(console)
        width = max(options.max_width - label_width - _GAP, _NARROWEST)
        blank = " " * (label_width + _GAP)
        for label, expression, statement in self.rows:
            labels = [line.plain.rstrip() for line in Text(label).wrap(console, label_width, overflow="fold")]
            lines = _equation_lines(*_split_prefix(expression), width)
            row = Text(overflow="fold")
            for position in range(max(len(labels), len(lines))):
                if position:
                    row.append("\n")
                if position < len(labels):
                    row.append(labels[position], style="dim")
                if position < len(lines):
                    row.append(" " * (label_width + _GAP - (len(labels[position]) if position < len(labels) else 0)))
                    row.append(lines[position])
            yield row
            if statement is not None:
                said = Text(f"  by {statement}").wrap(console, width)
                yield Text("\n".join(blank + line.plain.rstrip() for line in said), style="dim italic")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        label_width = self.labels.width(console)
        widest = max((max(linebreaks.visible(expression), len(f"  by {statement}") if statement else 0)
                      for _, expression, statement in self.rows), default=0)
        return Measurement(label_width + _GAP + min(widest, _NARROWEST), label_width + _GAP + widest).clamp(
            max_width=options.max_width)


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

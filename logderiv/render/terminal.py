"""The derivation as a rich renderable for the terminal; the CLI owns the console.

Every piece of user-derived text goes in a ``rich.text.Text``, never a markup
string, so a ``[`` in an expression or a note is printed as it is.
"""

from __future__ import annotations

from typing import Literal

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..derivation import Derivation, Step
from ..matrix import ELEMENTWISE_NOTE, MatrixForm
from .matrix import matrix_verification, shapes, show_matrix_unicode, step_text
from .printing import show_unicode
from .summary import factor_rows, notes, verdict, verification
from .text import header, step_tag

__all__ = ["render_rich", "TONES"]

#: verdict tone -> rich style
TONES = {"good": "bold green", "bad": "bold red", "neutral": "bold yellow"}


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
        if form != "matrix" or derivation.matrix is None:
            parts.append(Text(f"{header(derivation)} = {show_unicode(derivation.start)}", style="bold"))
            parts.append(_chain(derivation.steps, explain))
            for lemma in derivation.lemmas:
                body = Group(Text(show_unicode(lemma.start)), _chain(lemma.steps, explain))
                parts.append(Panel(body, title=Text(f"Lemma: {lemma.title}"), title_align="left", expand=False))
        if form != "index":
            parts += _matrix(derivation, explain)
    parts += _verdict(derivation)
    parts.append(Text(verification(derivation), style="dim"))
    parts += [Text(f"note: {note}", style="italic") for note in notes(derivation)]
    return Group(*parts)


def _matrix(derivation: Derivation, explain: bool) -> list[RenderableType]:
    form = derivation.matrix
    if form is None:
        return []
    if not isinstance(form, MatrixForm):
        return [Text(""), Text(f"Matrix form: none — {form.reason}", style="yellow")]
    return [
        Text(""),
        Text(f"Matrix form: {shapes(form)}", style="bold"),
        Text(f"{header(derivation)} = {show_unicode(form.start)}"),
        _chain(form.steps, explain, show=lambda step: step_text(step, show_matrix_unicode)),
        Text(ELEMENTWISE_NOTE[:1].upper() + ELEMENTWISE_NOTE[1:] + ".", style="italic"),
        Text(matrix_verification(form), style="dim"),
    ]


def _chain(steps: tuple[Step, ...], explain: bool, show=None) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("check", style="green", no_wrap=True)  # how each step was verified: ✓ sym, ✓ num
    table.add_column("rule", style="dim", max_width=32, overflow="fold")
    table.add_column("expression", overflow="fold")
    for step in steps:
        expression = show(step) if show else f"= {show_unicode(step.expression)}"
        table.add_row(Text(step_tag(step)), Text(step.rule.label(show_unicode)), Text(expression))
        if explain:
            table.add_row(Text(""), Text(""), Text(f"  by {step.rule.statement}", style="dim italic"))
    return table


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

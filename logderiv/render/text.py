"""The derivation as plain Unicode text: no colour, no escape codes, one step a line."""

from __future__ import annotations

from typing import Callable, Literal

from ..records.derivation import Derivation, Step
from ..printing.expressions import show_unicode
from .summary import check_tag, factor_rows, notes, verdict, verification

__all__ = ["render_text", "render_factors_text", "header", "step_tag", "LABEL_WIDTH", "Form"]

#: which chains to show: the index form, the matrix form (``derivation.matrix``), or both
Form = Literal["index", "matrix", "both"]

#: the widest rule column; a longer label gets a line of its own
LABEL_WIDTH = 28


def render_text(derivation: Derivation, *, explain: bool = False, form: Form = "both") -> str:
    """The chain ``∂J/∂θⱼ = …``, one verified step a line, then lemmas, verdict, checks, notes.

    With ``explain`` each step is followed by the general statement of its rule.
    The matrix form follows when the derivation holds one (``derivation.matrix``);
    ``form="matrix"`` leaves out the index chain and its lemmas.
    """
    width = _label_width(derivation)
    lines = []
    if form != "matrix" or derivation.matrix is None:
        lines.append(f"{header(derivation)} = {show_unicode(derivation.start)}")
        lines += _step_lines(derivation.steps, width, explain)
        for lemma in derivation.lemmas:
            lines += ["", f"Lemma: {lemma.title}", f"  {show_unicode(lemma.start)}"]
            lines += _step_lines(lemma.steps, width, explain)
        lines.append("")
    if form != "index":
        lines += matrix_lines(derivation, explain)
    lines += _verdict_lines(derivation)
    lines.append(verification(derivation))
    lines += [f"note: {note}" for note in notes(derivation)]
    return "\n".join(lines) + "\n"


def matrix_lines(derivation: Derivation, explain: bool = False) -> list[str]:
    """The matrix-form chain as text lines (ending in a blank line), or why there is none."""
    matrix = derivation.matrix
    if matrix is None:
        return []
    # imported here: the index-only default (the README sample, the benchmark) never needs them
    from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm
    from .matrix import matrix_verification, shapes, show_matrix_unicode, step_text

    if not isinstance(matrix, MatrixForm):
        return [f"Matrix form: none — {matrix.reason}", ""]
    width = min(max(len(step.rule.label(show_unicode)) for step in matrix.steps), LABEL_WIDTH)
    lines = [f"Matrix form: {shapes(matrix)}", f"{header(derivation)} = {show_unicode(matrix.start)}"]
    lines += _step_lines(matrix.steps, width, explain, show=lambda step: step_text(step, show_matrix_unicode))
    lines += [ELEMENTWISE_NOTE[:1].upper() + ELEMENTWISE_NOTE[1:] + ".", matrix_verification(matrix), ""]
    return lines


def render_factors_text(derivation: Derivation) -> str:
    """The ``--view factors`` view: ∂L/∂h, ∂h/∂z, ∂z/∂θⱼ for one example, and their product."""
    if not derivation.factors:
        return "no factor view: the cost is not a sum over examples of a loss of θᵀx⁽ⁱ⁾\n"
    rows, definitions = factor_rows(derivation.factors, show_unicode)
    lines = ["One example's loss, factorised along its computational graph:"]
    lines += [f"  {name} = {show_unicode(value)}" for name, value in definitions]
    lines.append("")
    heads = [f"∂{row.above}/∂{row.below}" for row in rows]
    width = max(len(head) for head in heads)
    lines += [f"  {head:<{width}} = {show_unicode(row.value)}" for head, row in zip(heads, rows)]
    whole = f"∂{rows[0].above}/∂{rows[-1].below}"
    lines += [
        "",
        f"  {whole} = {' · '.join(heads)}",
        f"  {'':<{len(whole)}} = {show_unicode(derivation.factor_product)}",
    ]
    return "\n".join(lines) + "\n"


def header(derivation: Derivation) -> str:
    """``∂J/∂θⱼ``: the derivative asked for, by name."""
    return f"∂{derivation.problem.name}/∂{show_unicode(derivation.wrt)}"


def _label_width(derivation: Derivation) -> int:
    steps = list(derivation.steps)
    for lemma in derivation.lemmas:
        steps.extend(lemma.steps)
    labels = [len(step.rule.label(show_unicode)) for step in steps]
    return min(max(labels, default=0), LABEL_WIDTH)


def step_tag(step: Step) -> str:
    """How this one step was verified, before its label: ``✓ sym`` or ``✓ num`` (every printed step holds)."""
    return f"✓ {check_tag(step.check)}"


def _step_lines(
    steps: tuple[Step, ...], width: int, explain: bool, show: Callable[[Step], str] | None = None
) -> list[str]:
    lines = []
    for step in steps:
        label = step.rule.label(show_unicode)
        tag = step_tag(step)
        blank = " " * len(tag)
        expression = show(step) if show else f"= {show_unicode(step.expression)}"
        if len(label) > width:
            lines += [f"  {tag}  {label}", f"  {blank}  {'':<{width}}  {expression}"]
        else:
            lines.append(f"  {tag}  {label:<{width}}  {expression}")
        if explain:
            lines.append(f"  {blank}  {'':<{width}}    by {step.rule.statement}")
    return lines


def _verdict_lines(derivation: Derivation) -> list[str]:
    said = verdict(derivation.canonical)
    lines = [f"{said.mark} {said.line(show_unicode)}" + (f" — {said.note}" if said.note else "")]
    lines += [f"  + {name}: {show_unicode(term)}" for name, term in said.extra]
    return lines

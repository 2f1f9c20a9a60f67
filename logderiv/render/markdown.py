"""The derivation as Markdown: the chain in a ``$$`` block, the rules it used, the verdict."""

from __future__ import annotations

import re

from ..records.derivation import Derivation, Step
from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm
from .latex import chain_rows, derivative_name, matrix_rows
from .matrix import matrix_verification, shapes
from ..printing.expressions import show_latex, show_unicode
from .summary import final_checks, notes, step_checks, verdict
from .text import header
from .. import patterns

__all__ = ["render_markdown", "escape_markdown"]

_MARKDOWN_SPECIAL = patterns.compile(r"([\\`*_\[\]<>#|])")


def render_markdown(derivation: Derivation, *, form: str = "both") -> str:
    """Title, the chain as ``$$\\begin{aligned}…\\end{aligned}$$``, rules with statements, verdict, checks.

    The matrix form (when ``derivation.matrix`` holds one) follows under its own
    heading; ``form="matrix"`` leaves out the index chain.
    """
    parts = [f"# {escape_markdown(header(derivation))}"]
    index = form != "matrix" or derivation.matrix is None
    if index and derivation.problem.definitions:
        parts.append(_definitions(derivation))
    if index:
        parts.append(_display(chain_rows(derivation.start, derivation.steps, first=derivative_name(derivation))))
        for lemma in derivation.lemmas:
            parts.append(f"### Lemma: {escape_markdown(lemma.title)}")
            parts.append(_display(chain_rows(lemma.start, lemma.steps)))
    if form != "index" and derivation.matrix is not None:
        parts += _matrix(derivation)
    parts.append("## Rules used\n\n" + _rule_list(derivation, index=index, matrix=form != "index"))
    parts.append(_verdict(derivation))
    parts.append(f"**Verified:** {escape_markdown(step_checks(derivation))}; {escape_markdown(final_checks(derivation))}")
    remarks = notes(derivation)
    if remarks:
        parts.append("**Notes:**\n\n" + "\n".join(f"- {escape_markdown(note)}" for note in remarks))
    return "\n\n".join(parts) + "\n"


def _definitions(derivation: Derivation) -> str:
    """``where $h(x^{(i)}) = \\sigma(\\theta^\\top x^{(i)})$.``: what the chain's names stand for, stated before it.

    The chain writes h and substitutes its value at a step; a reader of the page (and ``logderiv steps``,
    which reads a prose definition beside a derivation) must not have to guess which model h is.
    """
    stated = [f"${show_latex(name)} = {show_latex(value)}$" for name, value in derivation.problem.definitions.items()]
    return "where " + ", ".join(stated) + "."


def escape_markdown(text: str) -> str:
    """Escape the characters Markdown would read as formatting."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _display(rows: list[str]) -> str:
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}\n$$"


def _matrix(derivation: Derivation) -> list[str]:
    form = derivation.matrix
    assert form is not None, "a matrix section is asked for only where the derivation has tried a matrix form"
    if not isinstance(form, MatrixForm):
        return ["## Matrix form", escape_markdown(f"None: {form.reason}.")]
    return [
        "## Matrix form",
        escape_markdown(shapes(form)[:1].upper() + shapes(form)[1:] + "; " + ELEMENTWISE_NOTE + "."),
        _display(matrix_rows(derivation)),
        escape_markdown(matrix_verification(form)[:1].upper() + matrix_verification(form)[1:] + "."),
    ]


def _rule_list(derivation: Derivation, *, index: bool = True, matrix: bool = False) -> str:
    """Each rule used, once, in order of first use, with its general statement."""
    steps: list[Step] = []
    if index:
        steps += derivation.steps
        for lemma in derivation.lemmas:
            steps.extend(lemma.steps)
    if matrix and isinstance(derivation.matrix, MatrixForm):
        steps += derivation.matrix.steps
    seen: dict[str, Step] = {}
    for step in steps:
        seen.setdefault(step.rule.name, step)
    lines = [
        f"{number}. **{escape_markdown(step.rule.title)}**: ${step.rule.statement_latex}$"
        for number, step in enumerate(seen.values(), start=1)
    ]
    return "\n".join(lines) if lines else "(none)"


def _verdict(derivation: Derivation) -> str:
    said = verdict(derivation.canonical)
    line = f"**Verdict:** {said.mark} {escape_markdown(said.line(show_unicode))}"
    if said.note:
        line += f" — {escape_markdown(said.note)}"
    extras = [f"- {escape_markdown(name)}: ${show_latex(term)}$" for name, term in said.extra]
    return "\n\n".join([line, "\n".join(extras)]) if extras else line

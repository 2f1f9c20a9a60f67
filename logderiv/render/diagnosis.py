"""A diagnosis's sentence, typeset: its template's words, with the sub-expressions it names printed by the output's printer.

A :class:`~logderiv.records.verdict.Diagnosis` carries its sentence as a template
(``the sign of the term {0} is flipped``) and the sub-expressions as sympy objects
(``parts``), never as typeset text. The text views (plain, rich, Markdown, JSON)
print each part with the Unicode printer, so their sentence is the one the
diagnosis always read as; LaTeX prints each part with the LaTeX printer, as one
``\\(…\\)`` of its own, instead of translating Unicode mathematics back into
LaTeX. The reason a gradient has no matrix form (:class:`~logderiv.records.matrix.NoMatrixForm`)
is a sentence of the same kind, typeset the same way. Pure: no simplifying, no I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Protocol

from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    import sympy

__all__ = ["Said", "typeset", "diagnosis_text", "diagnosis_latex", "said_latex"]


class Said(Protocol):
    """A sentence as data: a diagnosis (``records.verdict.Diagnosis``), why there is no matrix form (``NoMatrixForm``)."""

    @property
    def template(self) -> str: ...

    @property
    def parts(self) -> tuple[sympy.Basic, ...]: ...

#: a part's place in a template, ``{0}``; brackets written around it (``({0})``, a sum as a factor) are kept with it
_PLACE = patterns.compile(r"(\()?\{(\d+)\}(\))?")


def typeset(template: str, parts: tuple[sympy.Basic, ...], show: Callable[[sympy.Basic], str]) -> str:
    """``template`` with each ``{k}`` replaced by ``show(parts[k])``."""
    if not parts:
        return template

    def placed(found: re.Match[str]) -> str:
        opened, index, closed = found.groups()
        return (opened or "") + show(parts[int(index)]) + (closed or "")

    return _PLACE.sub(placed, template)


def diagnosis_text(diagnosis: Said) -> str:
    """The sentence in Unicode, as text, rich, Markdown and JSON print it (``Diagnosis.message``, ``NoMatrixForm.reason``).
    """
    from ..printing.expressions import show_unicode

    return typeset(diagnosis.template, diagnosis.parts, show_unicode)


def diagnosis_latex(diagnosis: Said) -> str:
    """The sentence as LaTeX prose, its first letter a capital and a full stop at its end."""
    from .tex import sentence

    return said_latex(sentence(diagnosis.template) + ".", diagnosis.parts)


def said_latex(template: str, parts: tuple[sympy.Basic, ...]) -> str:
    """``template`` as LaTeX prose, with each ``{k}`` printed by the LaTeX printer as a formula of its own.

    The words pass through :func:`~logderiv.render.tex.prose`, as every sentence
    of a LaTeX view does; each part is printed by the LaTeX printer, inside its
    brackets when the template writes them.
    """
    from ..printing.expressions import show_latex
    from .tex import prose

    if not parts:
        return prose(template)
    out: list[str] = []
    position = 0
    for found in _PLACE.finditer(template):
        out.append(prose(template[position:found.start()]))
        opened, index, closed = found.groups()
        shown = show_latex(parts[int(index)])
        if opened and closed:  # a sum as a factor: its brackets sized with it, inside the mathematics
            shown, opened, closed = rf"\left({shown}\right)", "", ""
        out.append((opened or "") + r"\(" + shown + r"\)" + (closed or ""))
        position = found.end()
    out.append(prose(template[position:]))
    return "".join(out)

"""A diagnosis's sentence, typeset: its template's words, with the sub-expressions it names printed by the output's printer.

A :class:`~logderiv.records.verdict.Diagnosis` carries its sentence as a template
(``the sign of the term {0} is flipped``) and the sub-expressions as sympy objects
(``parts``), never as typeset text. The text views (plain, rich, Markdown, JSON)
print each part with the Unicode printer, so their sentence is the one the
diagnosis always read as; LaTeX prints each part with the LaTeX printer, as one
``\\(…\\)`` of its own, instead of translating Unicode mathematics back into
LaTeX. Pure: no simplifying, no I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    import sympy

    from ..records.verdict import Diagnosis

__all__ = ["typeset", "diagnosis_text", "diagnosis_latex"]

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


def diagnosis_text(diagnosis: Diagnosis) -> str:
    """The sentence in Unicode, as text, rich, Markdown and JSON print it (``Diagnosis.message``)."""
    from .printing import show_unicode

    return typeset(diagnosis.template, diagnosis.parts, show_unicode)


def diagnosis_latex(diagnosis: Diagnosis) -> str:
    """The sentence as LaTeX prose, its first letter a capital and a full stop at its end.

    The words pass through :func:`~logderiv.render.tex.prose`, as every sentence
    of a LaTeX view does; each part is printed by the LaTeX printer, inside its
    brackets when the template writes them.
    """
    from .latex import sentence
    from .printing import show_latex
    from .tex import prose

    template = sentence(diagnosis.template) + "."
    if not diagnosis.parts:
        return prose(template)
    out: list[str] = []
    position = 0
    for found in _PLACE.finditer(template):
        out.append(prose(template[position:found.start()]))
        opened, index, closed = found.groups()
        shown = show_latex(diagnosis.parts[int(index)])
        if opened and closed:  # a sum as a factor: its brackets sized with it, inside the mathematics
            shown, opened, closed = rf"\left({shown}\right)", "", ""
        out.append((opened or "") + r"\(" + shown + r"\)" + (closed or ""))
        position = found.end()
    out.append(prose(template[position:]))
    return "".join(out)

r"""A partial derivative named by its subscript before it is written: ``L_w = \frac{\partial L(w,b)}{\partial w} = …``.

Notes on functions of two variables write the partials as subscripts, ``f_x``, ``f_y`` (∇f = [f_x, f_y]), and then
name each partial of the cost so before writing it out: ``L_w = \frac{\partial L(w,b)}{\partial w} = \frac{2}{m}Σ…``.
The name and its '=' are that notation saying what the derivative is called, true by definition; read as a side
they made the chain open with a name that is no cost and no derivative, and the page (∂L/∂w, then ∂L/∂b) was
refused as chains whose subjects are unclear. The name is set aside, noted, and the chain is read from the
derivative it names. Only where the name's letter and subscript are the derivative's own (L_w beside ∂L/∂w, never
L_b beside ∂L/∂w) and a side follows the derivative (a chain, not a lone naming). Same length, same offsets.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["subscript_partials_named"]

#: NAME_p = \frac{\partial NAME(…)}{\partial p} =, at the start of a display (after an environment's opening)
_NAMED = patterns.compile(
    r"(?P<head>\s*(?:\\begin\s*\{[A-Za-z*]+\}\s*)?)"
    r"(?P<name>(?P<cost>[A-Za-z])\s*_\s*(?:\{\s*(?P<braced>[a-z])\s*\}|(?P<bare>[a-z]))\s*&?\s*=)"
    r"\s*&?\s*\\d?frac\s*\{\s*\\partial\s*(?P=cost)\s*(?:\([^(){}=]{0,40}\))?\s*\}"
    r"\s*\{\s*\\partial\s*(?P<by>[a-z])\s*\}\s*&?\s*=(?!=)")


def subscript_partials_named(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each ``L_w =`` that names the partial ∂L/∂w opening a chain blanked; a note for each."""
    notes: list[str] = []
    for block in display_blocks(text, inline=False):
        found = _NAMED.match(text, block.maths[0], block.maths[1])
        if found is None or (found.group("braced") or found.group("bare")) != found.group("by"):
            continue
        start, end = found.span("name")
        written = re.sub(r"\s+", "", text[start:end].rstrip("=&").strip())
        text = text[:start] + " " * (end - start) + text[end:]
        cost, by = found.group("cost"), found.group("by")
        notes.append(f"{where(text.count(chr(10), 0, start) + 1)} names ∂{cost}/∂{by} as {written} (a partial "
                     f"derivative written by its subscript, as f_x is ∂f/∂x) before writing it: the name is not a "
                     f"step, the chain is read from ∂{cost}/∂{by}")
    return text, notes

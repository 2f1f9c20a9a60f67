r"""A cost defined first with one parameter fixed at zero, captioned so, then with it free: the first set aside, noted.

A notebook moves from one parameter to two by defining the cost twice under one name: ``L(w,b) = \frac{1}{m}Σ(wx_i
- y_i)^2`` captioned ``$$\text{Funcion de pérdida con b=0}$$`` ("the loss with b = 0"), then ``L(w,b) =
\frac{1}{m}Σ([wx_i + b] - y_i)^2`` ("with b as a parameter"), and derives ∂L/∂w and ∂L/∂b. The first is the special
case its caption names, b fixed at zero (b, a parameter its left side lists, stands nowhere in its formula); read as
a second definition of the cost, the page was refused as defining L twice. It is set aside, noted, and the cost is
the later one, where: the caption right after it (a display of words only) writes ``b = 0`` for that parameter; a
later display defines the same ``NAME(args)`` with the parameter in its formula; and a derivative on the page is
taken by that parameter or writes it (what is derived is the cost with it free), and no derivative stands between
the two (one there derives the special case: judged against the later cost it would be a false wrong step). Nothing
of the first is read, so nothing is judged against it. Same length, same offsets.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["special_case_costs_set_aside"]

#: NAME(args) = formula, the whole display, one '=' (a sum's i=1 inside braces aside)
_DEFINED = patterns.compile(r"\s*(?P<head>(?P<name>[JLE])\s*\((?P<arguments>[^()=]{1,40})\))\s*=(?P<formula>.*)", re.S)
#: words set in a display: \text{…} (or \textrm, \mbox) and nothing else
_CAPTION = patterns.compile(r"\s*\\(?:text|textrm|mbox)\s*\{(?P<words>[^{}]*)\}\s*")
#: a derivative's operator
_PARTIAL = patterns.compile(r"\\partial|∂|\\nabla|∇")
#: the cost named with its arguments, ∂L(w,b)/∂w: its b is the name's, not the formula's
_COST_NAMED = patterns.compile(r"(?<![A-Za-z\\])[JLE]\s*\([^()]{0,40}\)")
#: a derivative written by ∂ or d (∇f = [f_x, f_y] names a gradient, writing none of the cost's letters)
_DERIVED = patterns.compile(r"\\partial|∂|\\d?frac\s*\{\s*d(?![A-Za-z])")


def _letter(name: str) -> re.Pattern[str]:
    """``name`` standing alone as a letter (not inside \\beta or a word)."""
    return re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")


def _top_equals(formula: str) -> int:
    """How many '=' stand outside braces in ``formula`` (a sum's i=1 is inside its subscript's braces)."""
    depth, count = 0, 0
    for character in formula:
        depth += character == "{"
        depth -= character == "}"
        count += character == "=" and depth == 0
    return count


def special_case_costs_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each cost's definition at a parameter fixed to zero (captioned so) blanked; a note for each."""
    blocks = display_blocks(text, inline=False)
    notes: list[str] = []
    # each display's definition and derivative found once (the work linear in the page, however many displays)
    written = [text[block.maths[0]:block.maths[1]] for block in blocks]
    defined = [_DEFINED.fullmatch(maths) for maths in written]
    derivatives = [number for number, maths in enumerate(written) if _PARTIAL.search(maths)]
    for number, block in enumerate(blocks[:-1]):
        maths = written[number]
        found = defined[number]
        caption = _CAPTION.fullmatch(written[number + 1])
        if found is None or caption is None or _top_equals(found.group("formula")):
            continue
        arguments = [argument.strip() for argument in found.group("arguments").split(",")]
        fixed = [argument for argument in arguments if re.fullmatch(r"[a-z]", argument)
                 and re.search(rf"(?<![A-Za-z]){argument}\s*=\s*0(?![0-9.])", caption.group("words"))
                 and not _letter(argument).search(found.group("formula"))]
        if len(fixed) != 1:
            continue
        parameter = fixed[0]
        head = re.sub(r"\s+", "", found.group("head"))
        later = [other for other, again in zip(blocks[number + 2:], defined[number + 2:])
                 if again is not None
                 and re.sub(r"\s+", "", again.group("head")) == head and not _top_equals(again.group("formula"))
                 and _letter(parameter).search(again.group("formula"))]
        if len(later) != 1 or not derivatives:
            continue
        if any(not _letter(parameter).search(_COST_NAMED.sub(" ", written[other]))
               for other in derivatives if _DERIVED.search(written[other])):
            # a derivative that writes no b is the special case's own (∂L/∂w = (2/m)Σx(wx − y) at b = 0, before or
            # after the cost with b): judged against the later cost it would be a false wrong step; left, two costs
            continue
        text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", maths) + text[block.maths[1]:]
        line = text.count("\n", 0, block.maths[0]) + 1
        notes.append(f"{where(line)} defines {head} with {parameter} = 0, as its caption ({where(line + text.count(chr(10), block.maths[1], blocks[number + 1].maths[0]))}) "
                     f"says ({parameter} stands nowhere in it): the cost at {parameter} fixed to zero, a special case; "
                     f"the cost derived is {where(text.count(chr(10), 0, later[0].maths[0]) + 1)}'s, with "
                     f"{parameter} free, which the derivatives write: line {line} is not read")
    return text, notes

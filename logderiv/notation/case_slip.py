r"""A --let that defines P where the cost writes p: the predicted probability, its case slipped.

A blog's loss writes ``\ln(p_i)`` and its definition ``\sigma(z_i) = P_i = \frac{1}{1+e^{-z_i}}``
(jackey8616's logistic-regression post). Letters are case-sensitive, but here the capital
is written nowhere else and the small letter is defined nowhere: the cost means nothing
unless P_i is its p_i, the probability a log takes (a p no log takes may be a constant of
its own, a count or an exponent, and is left alone). Only P and p count (the probability, written either way): other
capitals carry meanings of their own beside their small letters (X the data matrix beside
x, W a weight matrix, N a count), and a P the texts also write, or a p a --let defines, keeps
both letters apart. Read so, it is noted.
"""

from __future__ import annotations

import re
from typing import Sequence

from .pasted import Pasted
from .. import patterns

__all__ = ["probability_case_slip"]

#: P as a name (P_i, P^{(i)}, P), not inside a word or a command
_CAPITAL = patterns.compile(r"(?<![A-Za-z\\])P(?![A-Za-z])")
_SMALL = patterns.compile(r"(?<![A-Za-z\\])p(?![A-Za-z])")
#: p where only a probability stands: a log's argument, log(p_i), \ln(1 - p_i), \log p
_PROBABILITY_USE = patterns.compile(r"(?<![A-Za-z])\\?(?:ln|log)\s*(?:\\left\s*)?[(\[{]?\s*(?:1\s*-\s*)?p(?![A-Za-z])")
#: a --let side that is P, with the example index or none: the name the let defines
_CAPITAL_SIDE = patterns.compile(r"\s*P\s*(?:_\s*\{?\s*i\s*\}?|\^\s*\{?\s*\(\s*i\s*\)\s*\}?)?\s*")


def _defines_p(text: str) -> bool:
    return any(_SMALL.search(side) and not _SMALL.sub("", side).strip(" _{}^()i") for side in text.split("=")[:-1])


def probability_case_slip(cost: str | None, lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """The lets with a P read as the cost's p (noted), their rewrites by new text, and the notes; unchanged if none."""
    texts = [text for text in lets if isinstance(text, str)]
    if not isinstance(cost, str) or not _SMALL.search(cost) or _CAPITAL.search(cost):
        return list(lets), {}, []
    if not _PROBABILITY_USE.search(cost):
        return list(lets), {}, []  # p no log takes: a constant of the cost's own (a count, an exponent), not the slip
    if any(_defines_p(text) for text in texts):
        return list(lets), {}, []
    out, rewritten, notes = [], {}, []
    for text in lets:
        if not isinstance(text, str):
            out.append(text)
            continue
        sides = text.split("=")
        capitals = list(_CAPITAL.finditer(text))
        named = [side for side in sides[:-1] if _CAPITAL_SIDE.fullmatch(side)]
        if len(capitals) != 1 or len(named) != 1:
            out.append(text)  # P written in an expression as well, or twice: not the slip of one name
            continue
        at = capitals[0].start()
        new = text[:at] + "p" + text[at + 1:]
        shown = named[0].strip()
        note = (f"--let defines {shown}, which no text writes, and the cost writes {shown.replace('P', 'p', 1)}, which "
                f"nothing defines: {shown} is read as {shown.replace('P', 'p', 1)}, the predicted probability (one "
                "letter in two cases)")
        rewritten[new] = Pasted(text, new, ((at, at + 1, at, at + 1),), (note,))
        out.append(new)
        notes.append(note)
    return out, rewritten, notes

r"""A --let written with a sign of definition instead of '=': ``u \equiv (1, \ldots, 1)^T``, ``h \coloneqq …``.

Notes define a name with ≡ ("is defined as", CSE 6040's ``u \equiv (1, \ldots, 1)^T``),
``\coloneqq`` or ``\triangleq``; a --let is a definition, so the sign is read as its '='
(noted). Only a let with no '=' of its own and one such sign, after a name: anywhere else
(``f(x) \equiv 0 \pmod 2``) the text is left as it is.

UFLDL (and its Chinese translation) ends a chain with ≡, "is identically equal to":
``h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} \equiv \sigma(\theta^{\top}x)``, one function said twice.
There the ≡ (``\equiv`` or the character, outside every bracket and after the let's first '=') is read as one
more '=' of the chain, whose sides the chain reading checks to be the same expression and refuses otherwise
(noted); ``\coloneqq`` and ``\triangleq`` after an '=' are no identity and stay as written.
"""

from __future__ import annotations

import re
from typing import Sequence

from .pasted import Pasted
from .. import patterns

__all__ = ["definition_signs"]

_SIGN = patterns.compile(r"\\(?:equiv|coloneqq|triangleq)(?![A-Za-z])|≡|≜|≔")
#: the identity sign, read as a chain's '=' after the let's own '='
_IDENTITY = patterns.compile(r"\\equiv(?![A-Za-z])|≡")


def _identity_signs(text: str) -> list[re.Match[str]]:
    """The ≡ outside every bracket after ``text``'s first top-level '=' (none without such an '='); one pass."""
    depths: list[int] = []
    depth = 0
    first = None
    for k, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char == "=" and depth == 0 and first is None and text[k + 1:k + 2] != "=" \
                and text[k - 1:k] not in ("=", "<", ">", "!", ":"):
            first = k
        depths.append(depth)
    if first is None:
        return []
    return [sign for sign in _IDENTITY.finditer(text, first) if depths[sign.start()] == 0]


def _identity_chain(text: str) -> tuple[str, Pasted, str] | None:
    r"""``NAME = A \equiv B`` as ``NAME = A = B`` (same columns), its rewrite and note; None if no ≡ follows an '='."""
    signs = _identity_signs(text)
    if not signs:
        return None
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    for sign in signs:
        pieces += [text[last:sign.start()], "=" + " " * (sign.end() - sign.start() - 1)]
        edits.append((sign.start(), sign.end(), sign.start(), sign.end()))
        last = sign.end()
    new = "".join(pieces) + text[last:]
    note = (f"'{signs[0].group(0)}' (≡, identically equal) in the --let {' '.join(text.split())} is read as one more "
            "'=' of its chain: its sides are checked to be the same expression")
    return new, Pasted(text, new, tuple(edits), (note,)), note


def definition_signs(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """The lets with a sign of definition read as '=' (noted), their rewrites by new text, and the notes."""
    out, rewritten, notes = [], {}, []
    for text in lets:
        signs = list(_SIGN.finditer(text)) if isinstance(text, str) else []
        chained = _identity_chain(text) if signs and "=" in text else None
        if chained is not None:
            new, rewritten[new], note = chained
            out.append(new)
            notes.append(note)
            continue
        if len(signs) != 1 or "=" in text or not text[:signs[0].start()].strip():
            out.append(text)
            continue
        sign = signs[0]
        new = text[:sign.start()] + "=" + " " * (len(sign.group(0)) - 1) + text[sign.end():]
        note = f"'{sign.group(0)}' in the --let {' '.join(text.split())} is read as its '=': it defines the name"
        rewritten[new] = Pasted(text, new, ((sign.start(), sign.end(), sign.start(), sign.end()),), (note,))
        out.append(new)
        notes.append(note)
    return out, rewritten, notes

r"""A --let written with a sign of definition instead of '=': ``u \equiv (1, \ldots, 1)^T``, ``h \coloneqq …``.

Notes define a name with ≡ ("is defined as", CSE 6040's ``u \equiv (1, \ldots, 1)^T``),
``\coloneqq`` or ``\triangleq``; a --let is a definition, so the sign is read as its '='
(noted). Only a let with no '=' of its own and one such sign, after a name: anywhere else
(``f(x) \equiv 0 \pmod 2``, a chain with '=' as well) the text is left as it is.
"""

from __future__ import annotations

import re
from typing import Sequence

from .pasted import Pasted
from .. import patterns

__all__ = ["definition_signs"]

_SIGN = patterns.compile(r"\\(?:equiv|coloneqq|triangleq)(?![A-Za-z])|≡|≜|≔")


def definition_signs(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """The lets with a sign of definition read as '=' (noted), their rewrites by new text, and the notes."""
    out, rewritten, notes = [], {}, []
    for text in lets:
        signs = list(_SIGN.finditer(text)) if isinstance(text, str) else []
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

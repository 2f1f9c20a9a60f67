r"""Markdown's escaped subscript ``\_`` in maths (``h\_{\theta}(x)``, ``\sum\_{i=1}^m``, ``\theta\_0``): read as ``_``.

A page written for Markdown (a Hugo or Quarto source, a note exported from a notebook, bare LaTeX in a README)
escapes ``_`` as ``\_`` so that Markdown leaves it to MathJax; the writer means the subscript. The LaTeX reader
already reads ``\_`` as ``_`` (noted), but the page's readers before it look for ``_``: a definition
``h\_{\theta}(x) = …`` was no definition and became a step, and a right page was judged wrong (hunt34, cold16's
obsidian note with its underscores escaped). So each such ``\_`` is written `` _`` (same length: a space, then the
subscript, as TeX reads ``x _j`` as ``x_j``) before any reader looks at the page, with one note.

Only a script's escape: after a letter, a digit, a command's name or a closing brace or bracket, before a brace, a
letter, a digit or a command (``\_{i=1}``, ``\_j``, ``\_\theta``); never a word's (``learning\_rate``, ``reg\_lambda``:
a name of three letters or more, read as the LaTeX reader reads it), nor a doubled backslash's (``\\_``), nor in a
fenced block of code. A page that also writes ``\sum*{`` (a formatter's other mangling of ``_``, which the LaTeX
reader tells by the escapes beside it) is left as written. Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns
from .notes import fenced_spans

__all__ = ["escaped_underscores_read", "ESCAPED_UNDERSCORE_NOTE"]

ESCAPED_UNDERSCORE_NOTE = "Markdown's escaped '_' (\\_) is read as '_'"

#: a command's name just before the escape: \theta\_0, \sum\_{i=1}, \mathbf{x}\_i ends with '}'
_COMMAND_BEFORE = patterns.compile(r"\\[A-Za-z]+\Z")
#: the other mangling the LaTeX reader reads by the escapes beside it
_STARRED_SUM = patterns.compile(r"\\sum\*\{")


def escaped_underscores_read(text: str) -> tuple[str, list[str]]:
    r"""``text`` with each Markdown-escaped script ``\_`` written `` _`` (same length), and the note (or none)."""
    if _STARRED_SUM.search(text):
        return text, []
    fences = fenced_spans(text)
    spans = []
    for match in re.finditer(r"(?<!\\)\\_(?=[{A-Za-z0-9\\])", text):
        at = match.start()
        if any(s <= at < e for s, e in fences):
            continue
        before = text[max(0, at - 40):at]
        command = _COMMAND_BEFORE.search(before)
        if command is None:
            word = re.search(r"[A-Za-z]+\Z", before)
            if word is not None and len(word.group()) >= 3:
                continue    # learning\_rate: a word's underscore, left to the LaTeX reader
            if not before or before[-1] not in "0123456789})]" and word is None:
                continue    # after a space or an operator: no script's escape
        spans.append(at)
    if not spans:
        return text, []
    out = list(text)
    for at in spans:
        out[at], out[at + 1] = " ", "_"
    return "".join(out), [ESCAPED_UNDERSCORE_NOTE]

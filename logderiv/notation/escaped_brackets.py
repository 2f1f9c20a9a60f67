r"""Square brackets escaped for Markdown, ``\sum\_{i=1}^N \[h\_\theta(x_i) - y_i\]^2``: read as ``[ … ]``.

A page of bare LaTeX in Markdown (no ``$``: a Quarto or reveal deck rendered to Markdown, cold36's French slides)
escapes Markdown's specials, ``\_`` for ``_`` and ``\[ … \]`` for the square brackets ``[ … ]`` (Markdown would
read ``[…]`` as a link's text). Read as TeX, ``\[ … \]`` is a display: the bracket's inside was judged a step of
its own ("h − y" wrong against the default cost, a right page). So ``\[`` is read as ``[`` only on evidence that
it is a bracket, never a display's opening:

* the pair ``\[ … \]`` stands on one line, the line holds no ``$``, inside it no ``=`` (an operand, not an
  equation), and its ``\[`` is no doubled backslash's (``\\[2pt]``);
* before ``\[`` on its line stands maths, not prose: an ``=`` or a TeX command before it, the line holding no
  ``$`` (a display opens a line, or follows prose; never ``\sum_{i=1}^N`` or ``\frac{2}{N}`` on its own line);
* just before ``\[`` stands no word of prose (``… vaut \[ … \]`` introduces a display: its slip must be checked);
* and the page escapes Markdown's specials (``\_`` or ``\*`` in it), or a script follows ``\]`` (``\]^2``: a
  power of a bracket, which no display's end takes). A script after ``\]`` on its line is enough alone: such a
  pair is a bracket even opening its line or after a word of prose (the two signs before it waived).

Such a pair is written ``[ `` and `` ]`` (same length: ``[`` where ``\[`` stood, ``]`` against what follows), one
note a line. A pair with maths before it but neither of the last two signs is left unclear: refused with a caret
at its ``\[`` and both readings. Any other ``\[`` (a display on its own line, after prose) is left as written.
Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import fenced_spans
from ..errors import InputError

__all__ = ["escaped_brackets_read", "escaped_braces_read"]

#: a pair \[ … \] on one line, its inside free of '=', '$' and another \[ or \]; never the '\[' of '\\[' (a
#: doubled backslash: a line break's spacing \\[2pt], or the display Markdown keeps as \[)
_PAIR = patterns.compile(r"(?<!\\)\\\[(?P<inside>(?:[^\n=$\\]|\\(?![\[\]]))+?)\\\]")
#: Markdown's escapes of its specials in maths: \_ (a subscript), \* (a product)
_ESCAPES = patterns.compile(r"\\[_*](?![A-Za-z])")
#: maths before the bracket on its line: an '=' or a TeX command (\sum, \frac, \limits)
_MATHS_BEFORE = patterns.compile(r"=|\\[A-Za-z]+")
#: a word of prose just before the bracket ("… vaut \[", "… is \["): two letters or more, no command's (\sum), no
#: script's (x_i, ^N) and no brace's; a function written bare (log, exp) is maths
_WORD_BEFORE = patterns.compile(r"(?<![\\\w^{])(?P<word>[^\W\d_]{2,})\s*$")
_FUNCTIONS = frozenset({"log", "ln", "exp", "sin", "cos", "tan", "tanh", "max", "min", "sum", "det", "tr", "sigmoid"})
#: a script right after the closing \] on its line: ^2, _i, \_i (a next line's '^' raises nothing of this one)
_SCRIPT_AFTER = patterns.compile(r"[ \t]*(?:\^|_|\\_)")


#: \left\\{ and \right\\}: Markdown's escape of the brace TeX writes \{ (its processor turns \\{ into \{); \left
#: takes a delimiter, never \\ (a line break), so there is no other reading
_ESCAPED_LEFT_RIGHT_BRACE = patterns.compile(r"\\(?P<side>left|right)\\\\(?P<brace>[{}])")


def escaped_braces_read(text: str, where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    r"""``text`` with ``\left\{`` and ``\right\}`` (Markdown's escaped braces) written ``\left \{`` and
    ``\right \}`` (same length), outside fenced code, and one note a line.

    A Japanese blog's ``l(\bm{w}) = -\sum_{n = 1}^{N} \left\\{ … \right\\}`` (cold36): TeX's ``\left`` must take a
    delimiter and ``\\`` is none, so the doubled backslash can only be Markdown's escape of ``\{``.
    """
    where = where or (lambda line: f"line {line}")
    fences = fenced_spans(text)
    lines: list[int] = []
    for match in reversed(list(_ESCAPED_LEFT_RIGHT_BRACE.finditer(text))):
        if any(s <= match.start() < e for s, e in fences):
            continue
        text = text[:match.start()] + f"\\{match.group('side')} \\{match.group('brace')}" + text[match.end():]
        lines.append(text.count("\n", 0, match.start()) + 1)
    notes = [f"{where(line)}: \\left\\\\{{ … \\right\\\\}} is Markdown's escaped brace (its processor keeps \\{{ of "
             "\\\\{), as \\left takes no line break '\\\\': read as \\left\\{ … \\right\\}"
             for line in sorted(set(lines))]
    return text, notes


def escaped_brackets_read(text: str, where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    r"""``text`` with each Markdown-escaped bracket pair ``\[ … \]`` inside a line of maths written ``[ … ]`` (same
    length), and one note a line; an unclear one refused (:class:`InputError`)."""
    where = where or (lambda line: f"line {line}")
    fences = fenced_spans(text)
    escapes = any(not any(s <= match.start() < e for s, e in fences) for match in _ESCAPES.finditer(text))
    lines: list[int] = []
    for match in reversed(list(_PAIR.finditer(text))):
        if any(s <= match.start() < e for s, e in fences):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:match.start()]
        if "$" in text[line_start:line_end] or not match.group("inside").strip():
            continue  # inside $…$: left to the maths reader
        # \[ … \]^2: no display's end takes a power, so a bracket wherever it stands (opening its line, after prose)
        scripted = _SCRIPT_AFTER.match(text, match.end()) is not None
        if not scripted and (not before.strip() or not _MATHS_BEFORE.search(before)):
            continue  # a display on its own line, or after prose: as written
        word = _WORD_BEFORE.search(before)
        if not scripted and word is not None and word.group("word") not in _FUNCTIONS:
            # "La dérivée par rapport à \theta\_0 vaut \[ (1/N)Σ(…) \]": a sentence's object is the display it
            # introduces, not a bracket (read as one, the display's slip was never checked: a false right)
            continue
        line = text.count("\n", 0, match.start()) + 1
        if not escapes and not scripted:
            raise InputError(
                "'\\[' inside a line of maths: Markdown's escaped square bracket '[', or TeX's display opening "
                "'\\[ … \\]'? The page neither escapes Markdown's '_' (\\_) nor raises the bracket to a power, so "
                "logderiv does not guess",
                source=text, line=line, column=match.start(), label="FILE",
                hint="write the bracket as '[ … ]' (or '\\left[ … \\right]'), or put a display '\\[ … \\]' on lines "
                     "of its own")
        text = text[:match.start()] + "[ " + match.group("inside") + " ]" + text[match.end():]
        lines.append(line)
    notes = [f"{where(line)}: \\[ … \\] inside a line of maths on a page escaping Markdown's specials is Markdown's "
             "escaped square bracket (its processor keeps '[' of '\\['), not a display: read as [ … ]"
             for line in sorted(set(lines))]
    return text, notes

"""A prime typed by a word processor: ``(y-Xw)’`` with the typographic apostrophe ’ for TeX's ``'``.

A mirror of a math.SE answer writes ``L = (y-Xw)'(y-Xw)=(y’-w’X’)(y-Xw)``: an editor turned some of the
primes into the right single quotation mark U+2019. Inside maths, after a letter, a digit, a bracket or a
brace, ’ can only be that prime, so it is read as ``'`` one for one (a caret keeps its column) and noted;
what the prime then means (a transpose where a line is read in matrix form, a derivative f′(z), or neither,
refused with the reason) is the readers' to say, as for a ``'`` typed as such. Prose is left as written
(``doesn’t`` is an apostrophe), and so is a ’ in maths inside ``\\text{…}`` or after a space or an operator.
"""

from __future__ import annotations

from typing import Sequence

from .. import patterns

__all__ = ["CURLY_PRIME_NOTE", "curly_primes_read"]

CURLY_PRIME_NOTE = ("’ (a typographic apostrophe, as a word processor types a prime) after a letter or a bracket "
                    "in maths is read as the prime '")

#: a ’ right after what a prime may follow: a letter, a digit, a closing bracket or brace, another prime
_AFTER_OPERAND = patterns.compile(r"(?<=[A-Za-z0-9)\]}'’])’")
#: words in maths: their apostrophes are prose
_WORDS = patterns.compile(r"\\(?:text|textrm|textit|mbox|mathrm|operatorname)\s*\{[^{}]*\}")


def curly_primes_read(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[str]]:
    """``text`` with each ’ that follows an operand inside ``spans`` (a page's maths) read as ', and the note if any."""
    pieces, at, changed = [], 0, False
    for start, end in sorted(spans):
        if start < at:
            continue  # a span inside one read already
        maths = text[start:end]
        words = [match.span() for match in _WORDS.finditer(maths)]
        read = "".join("'" if match is not None and not any(s <= offset < e for s, e in words) else char
                       for offset, char in enumerate(maths)
                       for match in [_AFTER_OPERAND.match(maths, offset) if char == "’" else None])
        changed = changed or read != maths
        pieces += [text[at:start], read]
        at = end
    pieces.append(text[at:])
    return ("".join(pieces), [CURLY_PRIME_NOTE]) if changed else (text, [])

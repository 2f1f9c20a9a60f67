"""Where a bracket closes in raw text: the front ends' rewrites look before either parser has read the text.

Round, square and curly brackets are counted together, as the rewrites need (a call's bracket
closes after every bracket opened inside it, of whatever kind). Sympy-free and import-free, so that
any module of the notation layer may use it without joining an import cycle.
"""

from __future__ import annotations

__all__ = ["closing", "top_level"]


def closing(text: str, opener: int) -> int | None:
    """The offset of the bracket that closes the one at ``opener`` in ``text``, or None when none does."""
    depth = 0
    for position in range(opener, len(text)):
        if text[position] in "([{":
            depth += 1
        elif text[position] in ")]}":
            depth -= 1
            if depth == 0:
                return position
    return None


def top_level(text: str, char: str) -> list[int]:
    """The offsets of ``char`` in ``text`` outside every bracket (the ``=`` of a chain's sides, say)."""
    depth, found = 0, []
    for offset, written in enumerate(text):
        if written in "([{":
            depth += 1
        elif written in ")]}":
            depth -= 1
        elif written == char and depth == 0:
            found.append(offset)
    return found

"""Where a bracket closes in raw text: the front ends' rewrites look before either parser has read the text.

Round, square and curly brackets are counted together, as the rewrites need (a call's bracket
closes after every bracket opened inside it, of whatever kind). Sympy-free and import-free, so that
any module of the notation layer may use it without joining an import cycle.
"""

from __future__ import annotations

__all__ = ["closing", "top_level", "flattened_bound"]


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
        elif written == char and depth == 0 and not (char == "=" and flattened_bound(text, offset)):
            found.append(offset)
    return found


def flattened_bound(text: str, offset: int) -> bool:
    """Whether the ``=`` at ``offset`` is inside a sum's flattened bounds, ``∑i=1N``: Σ_{i=1}^{N} without its scripts.

    A page copied as text loses the scripts of Σ_{i=1}^{N}; what is left, Σ, a lowercase index, ``=1``
    and one letter standing alone, says nothing else, and its ``=`` is no side of a chain.
    """
    after = offset + 3
    return (
        offset >= 2 and text[offset - 2] in "Σ∑" and "a" <= text[offset - 1] <= "z"
        and text[offset + 1:offset + 2] == "1" and text[offset + 2:offset + 3].isascii()
        and text[offset + 2:offset + 3].isalpha()
        and not (after < len(text) and (text[after].isalnum() or text[after] == "_"))
    )

"""A chain of equalities, ``J = A = B``, cut into its sides; each side read as a formula of its own.

Real notes write a cost twice in one line (``J(θ) = ½ Σ (h − y)² = ½ (Xθ − y)ᵀ(Xθ − y)``)
and an answer with its last simplification (``∂BCE/∂b = (ŷ − y)·1 = ŷ − y``). Every
side is read; the sides must be shown equal before one is used (by the problem's
reader for a cost, by the checker for an answer, both with sympy). This module only
finds the sides, so parsing stays sympy-free: an ``=`` counts when it stands outside
every bracket (``\\sum_{i=1}`` and ``sum(i=1..m)`` keep theirs) and is not part of
``==``, ``<=``, ``>=`` or ``!=``.
"""

from __future__ import annotations

__all__ = ["sides", "variant", "shown"]

_OPENING = "([{"
_CLOSING = ")]}"


def sides(text: str) -> list[tuple[int, int]]:
    """The ``(begin, end)`` of each side of the top-level ``=`` in ``text``; one side when there is none."""
    if not isinstance(text, str):
        return []
    depth = 0
    bounds: list[tuple[int, int]] = []
    begin = 0
    for k, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif (char == "=" and depth == 0 and text[k - 1:k] not in ("=", "<", ">", "!")
              and text[k + 1:k + 2] != "="):
            bounds.append((begin, k))
            begin = k + 1
    bounds.append((begin, len(text)))
    return bounds


def variant(text: str, bounds: list[tuple[int, int]], keep: list[int]) -> str:
    """``text`` with only the sides ``keep`` (in order), joined by their own ``=``; the rest blanked.

    The text keeps its length, so an error's column still points into the text as written.
    """
    characters = [" "] * len(text)
    for number, side in enumerate(keep):
        begin, end = bounds[side]
        characters[begin:end] = text[begin:end]
        if number:
            characters[begin - 1] = "="
    return "".join(characters)


def shown(text: str, bounds: list[tuple[int, int]], side: int) -> str:
    """One side as written, without the spaces around it."""
    begin, end = bounds[side]
    return text[begin:end].strip()


def start(text: str, bounds: list[tuple[int, int]], side: int) -> int:
    """The column of a side's first character (past its leading spaces)."""
    begin, end = bounds[side]
    return begin + len(text[begin:end]) - len(text[begin:end].lstrip())

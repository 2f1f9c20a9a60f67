"""Where a bracket closes in raw text: the front ends' rewrites look before either parser has read the text.

Round, square and curly brackets are counted together, as the rewrites need (a call's bracket
closes after every bracket opened inside it, of whatever kind). Sympy-free and import-free, so that
any module of the notation layer may use it without joining an import cycle.
"""

from __future__ import annotations

from .. import patterns

__all__ = ["closing", "top_level", "flattened_bound", "flattened_bound_after", "flattened_bound_before", "unclosed_head"]


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
    and one letter standing alone, says nothing else, and its ``=`` is no side of a chain. The count may come
    first, ``mΣi=1`` (:func:`flattened_bound_before`).
    """
    return flattened_bound_after(text, offset) or (offset >= 2 and flattened_bound_before(text, offset - 2))


def flattened_bound_after(text: str, offset: int) -> bool:
    """:func:`flattened_bound`'s ``∑i=1N``, the count after the ``=1``."""
    after = offset + 3
    return (
        offset >= 2 and text[offset - 2] in "Σ∑" and "a" <= text[offset - 1] <= "z"
        and text[offset + 1:offset + 2] == "1" and text[offset + 2:offset + 3].isascii()
        and text[offset + 2:offset + 3].isalpha()
        and not (after < len(text) and (text[after].isalnum() or text[after] == "_"))
    )


#: a division by a number just before the count: ``1/2`` of ``1/2 mΣi=1``
_OVER_A_NUMBER = patterns.compile(r"[/÷]\s*\d+(?:\.\d+)?\Z")


def flattened_bound_before(text: str, sigma: int) -> bool:
    """Whether the Σ at ``sigma`` has its bounds flattened around it, ``mΣi=1``: Σ_{i=1}^{m} stacked, copied top down.

    A page that sets Σ_{i=1}^{m} in display (m above the Σ, i=1 below) and is copied as plain text gives the upper
    bound first: ``mΣi=1 (…)``. Only this shape is read: one count letter (m, n, N, M) glued to the Σ, standing alone
    before it (no letter, digit, ``_``, ``.``, ``)`` or ``]`` before), then a lowercase index, ``=1``, and nothing
    glued after the 1 (no letter, digit or ``_``: ``mΣi=1N`` is not this). ``m·Σi=1`` or ``m Σi=1`` (a space or an
    operator between) is not this shape, nor a count after ``/`` or ``^`` (``1/mΣi=1 (…)`` is the mean (1/m)Σ as
    likely as 1/Σ_{i=1}^{m}: the m may be the denominator, the sum's bound lost), nor after ``/`` and a number and a
    space (``1/2 mΣi=1``: 1/(2m) as likely, '1/2 m' being ambiguous).
    """
    if sigma < 1 or text[sigma] not in "Σ∑" or text[sigma - 1] not in "mnNM":
        return False
    if sigma >= 2 and (text[sigma - 2].isalnum() or text[sigma - 2] in "_.)]}"):
        return False
    before = text[:sigma - 1].rstrip()
    if before.endswith(("/", "^", "÷")):  # 1/mΣi=1: m may be the mean's denominator, not the sum's bound
        return False
    if _OVER_A_NUMBER.search(before):  # 1/2 mΣi=1: 1/(2m) as likely ('1/2 m' is ambiguous), the bound lost
        return False
    after = sigma + 4
    return (
        sigma + 3 < len(text) and "a" <= text[sigma + 1] <= "z" and text[sigma + 2] == "=" and text[sigma + 3] == "1"
        and not (after < len(text) and (text[after].isalnum() or text[after] in "_.^"))
    )


#: a definition's name before its argument bracket: a letter or a command (\\hat{y}, \\ell, loss), with its scripts
#: (``_{\\vec{w}, b}``, ``_\\theta``, ``^{(i)}``), one level of braces inside a script
_HEAD_NAME = patterns.compile(
    r"\s*(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z][A-Za-z0-9]*)"
    r"(?:\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9]))*\s*$")


_PAIRED = {")": "(", "]": "[", "}": "{"}


def _closes_at_end(left: str, opened: int) -> bool:
    """Whether ``left``'s brackets pair, each closer its own kind, and the one at ``opened`` closes last."""
    stack: list[int] = []
    for offset, written in enumerate(left):
        if written in "([{":
            stack.append(offset)
        elif written in _PAIRED:
            if not stack or left[stack[-1]] != _PAIRED[written]:
                return False
            if stack.pop() == opened and left[offset + 1:].strip():
                return False
    return not stack


def _balanced(text: str) -> bool:
    depth = 0
    for written in text:
        depth += 1 if written in "([{" else -1 if written in ")]}" else 0
        if depth < 0:
            return False
    return depth == 0


def unclosed_head(text: str, equals: int) -> list[int]:
    r"""Where a definition's left side may have lost the ``)`` of its argument bracket: each place to supply it.

    ``f_{\vec{w}, b}(\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b`` (an AI-Notes page): the left side of
    the ``=`` at ``equals`` is a name, its scripts and a ``(`` that nothing closes, the right side balanced on its
    own. A place counts where the ``)`` makes the left side a name with its arguments, its first ``(`` closed
    last: right before the ``=`` always; before a ``,`` or a ``)`` inside the argument too where a call stands in
    it (``loss(f(x, y) =`` is loss(f(x), y) or loss(f(x, y))). Nearer the ``(`` elsewhere it leaves
    ``f(x)^{(i)}``, not a head, and inside braces the kinds do not pair. Empty unless the text is so: one ``(``
    right after the name, everything after it to the ``=`` balanced, the right side balanced.
    """
    left = text[:equals]
    opened = left.find("(")
    if opened < 0 or _HEAD_NAME.match(left[:opened]) is None:
        return []
    if not _balanced(left[opened + 1:]) or not _balanced(text[equals + 1:]) or not left[opened + 1:].strip():
        return []
    end = len(left.rstrip())
    places = [place for place in range(opened + 1, end) if left[place] in ",)"
              and _closes_at_end(left[:place] + ")" + left[place:], opened)]
    readings = {(left[:place] + ")" + left[place:]).rstrip(): place for place in [*places, end]}
    return sorted(readings.values())

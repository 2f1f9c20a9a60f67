"""Full-width ASCII, as a Chinese or Japanese input method types it: （ ） ［ ］ ， ＋ － ＊ ／ ＝ and the rest.

A student's note typed with a CJK input method left on writes ``2*（xx.T+lambda*I）*w``:
the full-width forms U+FF01–U+FF5E are the ASCII characters U+0021–U+007E, each the
same symbol in a wider box, and the ideographic space U+3000 is a space. They mean
nothing else in a formula, so each is read as its ASCII character, one for one (a
caret keeps its column), and noted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence, overload

if TYPE_CHECKING:
    from ..errors import InputError

__all__ = ["FULL_WIDTH_NOTE", "ascii_forms", "as_written", "in_maths"]

#: U+FF01 … U+FF5E → U+0021 … U+007E, and the ideographic space → a space
_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_ASCII[0x3000] = 0x20

FULL_WIDTH_NOTE = "full-width characters (such as （ ） ， ＋ ＝, typed with a CJK input method) are read as their ASCII forms ( ) , + ="


@overload
def _ascii(text: str) -> str: ...
@overload
def _ascii(text: None) -> None: ...
def _ascii(text: str | None) -> str | None:
    return text.translate(_ASCII) if isinstance(text, str) else text


def ascii_forms(
    cost: str | None, answer: str | None, lets: Sequence[str]
) -> tuple[str | None, str | None, tuple[str, ...], dict[str, str]]:
    """The texts with full-width forms read as ASCII, and each changed text's original (by its new text)."""
    cost_, answer_, lets_ = _ascii(cost), _ascii(answer), tuple(_ascii(text) for text in lets)
    # a new text is a str exactly where its original is: both tests say it, the second for type checkers
    originals = {new: old for new, old in zip((cost_, answer_, *lets_), (cost, answer, *lets))
                 if isinstance(old, str) and isinstance(new, str) and new != old}
    return cost_, answer_, lets_, originals


def in_maths(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[str]]:
    """``text`` with the full-width forms inside ``spans`` (a page's maths) read as ASCII, and the note if any.

    A Chinese page's display closes θ's bracket with （…）: inside maths it is the bracket, one for one, so a
    caret keeps its column; the prose around, full-width commas and all, is left as written.
    """
    pieces, at, changed = [], 0, False
    for start, end in sorted(spans):
        if start < at:
            continue  # a span inside one read already
        maths = text[start:end].translate(_ASCII)
        changed = changed or maths != text[start:end]
        pieces += [text[at:start], maths]
        at = end
    pieces.append(text[at:])
    return ("".join(pieces), [FULL_WIDTH_NOTE]) if changed else (text, [])


def as_written(error: InputError, originals: Mapping[str, str]) -> None:
    """Show ``error`` (an :class:`~logderiv.errors.InputError`) in the text as written: one-for-one, columns keep."""
    source: str | None = getattr(error, "source", None)
    if source is not None and source in originals:
        error.source = originals[source]

"""Where a long line of Unicode mathematics may break, and the lines it breaks into.

The Unicode printer, asked for breaks (:func:`logderiv.printing.expressions.show_unicode_breaks`),
writes a *mark* where its layout joins the parts of a sum or a product: before
each ``+`` and ``−`` between terms, and between the factors of a product. A
mark is one private-use character that says which kind of join it is and at
what bracket depth it sits: the printer writes every mark at depth 0 and adds
one each time it puts a bracket or parenthesis around the text (:func:`deepen`).
Whatever is printed as a unit (a function's argument, a fraction, a power, a
small factor such as ``(1 − y⁽ⁱ⁾)``) has its marks taken out (:func:`strip`), so
nothing can break inside it, and nothing is ever marked between an operator
and its operand (``Σᵢ f``, ``∂/∂θⱼ [u]``, ``log u``).

:func:`break_lines` then lays the marked text out in a width: a line that fits
is left whole; otherwise it breaks at the sum marks of the shallowest depth,
filling each line greedily, then breaks any piece that is still too wide at the
next depth, and only when every sum mark is spent between the factors of a
product (the factors of every depth at once, so a line fills up to the last
factor that fits, not to the first bracket of the product). A
continuation line begins with its operator (``+``, ``−``, or ``·`` for a
product) and is indented past the ``=`` of the first line, one step deeper for
each bracket the break is inside of; a unit too wide for that indent moves left
as far as it must, never past the ``=``. A unit wider than that is left whole:
the line is then too wide, and the caller folds it at the edge (:func:`fold`).

This module knows nothing of sympy or rich: it reads the marks and counts
characters (every character the Unicode printer writes is one column wide).
"""

from __future__ import annotations

__all__ = ["SUM", "PRODUCT", "mark", "deepen", "strip", "visible", "break_lines", "fold", "INDENT"]

#: the kinds of join a mark stands for, in the order they are broken at
SUM, PRODUCT = 0, 1

#: columns a continuation line is indented for each bracket it is inside of
INDENT = 2

_DEPTHS = 256
_BASE = {SUM: 0xE000, PRODUCT: 0xE100}
_FIRST, _LAST = 0xE000, 0xE000 + 2 * _DEPTHS - 1
_DEEPER = {code: code + 1 for code in range(_FIRST, _LAST + 1) if (code - _FIRST) % _DEPTHS < _DEPTHS - 1}
_NONE = dict.fromkeys(range(_FIRST, _LAST + 1))


def mark(kind: int) -> str:
    """The mark of a join of ``kind`` (:data:`SUM` or :data:`PRODUCT`) at depth 0."""
    return chr(_BASE[kind])


def deepen(text: str) -> str:
    """``text`` with each of its marks one bracket deeper (the caller brackets it)."""
    return text.translate(_DEEPER)


def strip(text: str) -> str:
    """``text`` without marks: printed as a unit, or as one line."""
    return text.translate(_NONE)


def visible(text: str) -> int:
    """How many columns ``text`` takes, its marks not counted."""
    return len(strip(text))


class _Piece:
    """A run of text that no mark divides, and the mark that opens it (None for the first)."""

    __slots__ = ("kind", "depth", "text")

    def __init__(self, kind: int | None, depth: int, text: str) -> None:
        self.kind, self.depth, self.text = kind, depth, text

    @property
    def rank(self) -> int:
        # every sum mark, shallowest first, before any product mark; the products of every depth
        # are one rank, so that a line fills up to the last factor that fits
        return _DEPTHS if self.kind == PRODUCT else self.depth


#: what a continuation line broken at a product may already begin with (⊙: the elementwise product)
_PRODUCT_SIGNS = ("·", "⊙")


def _pieces(text: str) -> list[_Piece]:
    pieces = [_Piece(None, 0, "")]
    for char in text:
        code = ord(char)
        if _FIRST <= code <= _LAST:
            kind = SUM if code < _BASE[PRODUCT] else PRODUCT
            pieces.append(_Piece(kind, code - _BASE[kind], ""))
        else:
            pieces[-1].text += char
    return pieces


def _joined(pieces: list[_Piece], opening: bool) -> str:
    """The pieces as one line; ``opening``: the first piece begins a continuation line."""
    text = "".join(piece.text for piece in pieces)
    if not opening:
        return text
    text = text.lstrip()
    if pieces[0].kind == PRODUCT and text[:1] not in _PRODUCT_SIGNS:
        text = "· " + text
    return text


def break_lines(text: str, width: int, indent: int = 0) -> list[str]:
    """``text`` (marked) in lines of at most ``width`` columns where the marks allow.

    ``indent`` is the column past the ``=`` (or whatever opens the first line):
    a continuation line starts there, plus :data:`INDENT` for each bracket the
    break is inside of. A line longer than ``width`` remains only where a unit
    alone is too wide.
    """
    pieces = _pieces(text)
    ranks = sorted({piece.rank for piece in pieces[1:]})
    lines: list[str] = []
    for margin, run in _lay(pieces, 0, width, indent, ranks):
        line = _joined(run, opening=run[0].kind is not None)
        if margin + len(line) > width and margin > indent:
            # a unit too wide at its depth's indent moves left, as far as it must but not
            # past the "=", rather than be cut at the edge
            margin = max(indent, width - len(line))
        lines.append(" " * margin + line)
    return lines


def _width(margin: int, run: list[_Piece]) -> int:
    return margin + len(_joined(run, opening=run[0].kind is not None))


def _lay(run: list[_Piece], margin: int, width: int, indent: int, ranks: list[int]) -> list[tuple[int, list[_Piece]]]:
    """``run`` at ``margin`` as lines, breaking at the first of ``ranks`` that helps, then deeper."""
    if _width(margin, run) <= width:
        return [(margin, run)]
    for position, rank in enumerate(ranks):
        groups: list[list[_Piece]] = [[run[0]]]
        for piece in run[1:]:
            if piece.rank == rank:
                groups.append([piece])
            else:
                groups[-1].append(piece)
        if len(groups) == 1:
            continue
        last = position == len(ranks) - 1
        lines: list[tuple[int, list[_Piece]]] = [(margin, groups[0])]
        for group in groups[1:]:
            here, line = lines[-1]
            start = indent + INDENT * group[0].depth
            # with no deeper break left, a group too wide for a line of its own (even moved left
            # to the "=", as break_lines may) gains nothing by one
            if _width(here, line + group) <= width or (last and _width(indent, group) > width):
                lines[-1] = (here, line + group)
            else:
                lines.append((start, group))
        deeper = ranks[position + 1:]
        return [laid for here, line in lines for laid in _lay(line, here, width, indent, deeper)]
    return [(margin, run)]


def fold(line: str, width: int, indent: int = 0) -> list[str]:
    """``line`` (unmarked) cut at every ``width`` columns; the rest starts at its indent (at least ``indent``).

    Only for a line :func:`break_lines` could not bring within ``width`` (a unit
    wider than the whole width): cutting it at the edge loses nothing, where
    letting it run on would push it under the labels' column, or let rich split it at a space.
    """
    if len(line) <= width:
        return [line]
    margin = max(len(line) - len(line.lstrip(" ")), indent)
    margin = margin if margin <= width // 2 else 0
    lines, rest = [line[:width]], line[width:]
    while rest:
        room = width - margin
        lines.append(" " * margin + rest[:room])
        rest = rest[room:]
    return lines

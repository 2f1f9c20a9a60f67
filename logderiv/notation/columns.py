r"""An answer written as a column or tuple of components, cut into its entries.

Notes write the whole gradient as its components, one per parameter:
``\begin{bmatrix} \frac{1}{m}\sum_i (h-y)x_0^{(i)} \\ \vdots \\ \frac{1}{m}\sum_i (h-y)x_n^{(i)} \end{bmatrix}``,
``\left( …x_0^{(i)}, \dots, …x_n^{(i)} \right)``, ``[a, b]``. Read whole, a bracket
holding several expressions is refused; this module only finds the entries (text,
never sympy), and the indices an entry written as a pattern runs over, so that the
services can judge each entry as the component it stands for. Whether the entries
match the cost's parameters is decided there, against the cost.
"""

from __future__ import annotations

import re

from . import chains
from ..record import record
from .. import patterns

__all__ = ["Column", "Entry", "HOLE", "read_column", "pattern_of", "indexed", "one_pattern_line"]

#: environments whose rows are a column (``&`` in one row: a row of components)
_MATRIX_ENVIRONMENTS = ("bmatrix", "pmatrix", "matrix", "Bmatrix")
_ENVIRONMENT = patterns.compile(r"\\begin\s*\{(?P<env>[A-Za-z]+)\}(?P<body>.*)\\end\s*\{(?P=env)\}", re.DOTALL)
#: a bracket around the whole: \left( … \right), \left[ … \right], ( … ), [ … ]
_BRACKETS = (("\\left(", "\\right)"), ("\\left[", "\\right]"), ("\\big(", "\\big)"), ("\\Big(", "\\Big)"),
             ("(", ")"), ("[", "]"))
#: an entry that only says "and so on"
_ELLIPSIS = patterns.compile(r"\\(?:vdots|dots|ldots|cdots|ddots|dotsc|dotsb)|\.\.\.|…|⋮")
#: a left side naming the whole gradient (∇_θ J, \nabla J(\theta), ∂J/∂θ with no index)
_GRADIENT_NAME = patterns.compile(r"\s*(?:\\nabla|∇|\\operatorname\{grad\}|\\text\{grad\}|grad)(?![A-Za-z]).*", re.DOTALL)
_WHOLE_PARTIAL = patterns.compile(
    r"\s*\\frac\s*\{\s*\\partial\s*J[^}]*\}\s*\{\s*\\partial\s*(?:\\boldsymbol\s*\{?\s*\\theta\s*\}?|\\mathbf\s*\{\s*"
    r"\\theta\s*\}|\\theta|\\vec\s*\{?\s*\\theta\s*\}?)\s*\}\s*(?:J\s*(?:\([^)]*\))?)?\s*")
#: where a pattern's index stands in its text (``template.replace(HOLE, "j")``)
HOLE = "\x00"
#: an index in a subscript: x_0, x_{n}, \theta_1 (not \sum_{i=1}, whose subscript is a range)
_INDEX = patterns.compile(r"_\s*(?:\{\s*(?P<braced>\d+|[a-z])\s*\}|(?P<bare>\d|[a-z]))")


@record
class Entry:
    """One entry of the column: its text, where it starts in the answer, whether it only says "and so on"."""

    text: str
    start: int
    ellipsis: bool


@record
class Column:
    """The entries of a column or tuple answer; ``left`` is the text of a left side naming the gradient, if any."""

    entries: tuple[Entry, ...]
    left: str
    shape: str  # "column" (rows of a matrix environment), "row" (one row, &), "tuple" (a bracket with commas)

    @property
    def written(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.ellipsis)


def read_column(answer: str) -> Column | None:
    """The entries of ``answer`` when it is a column or tuple of at least two components; None when it is not one."""
    if not isinstance(answer, str) or len(answer) > 20_000:
        return None
    answer = _undelimited(answer)
    bounds = chains.sides(answer)
    begin, end = bounds[-1]
    left = ""
    if len(bounds) > 1:
        left = answer[:bounds[-1][0] - 1]
        if not all(_names_the_gradient(answer[b:e]) for b, e in bounds[:-1]):
            return None
    found = _inside(answer, begin, end)
    if found is None:
        return None
    inner_begin, inner_end, shape = found
    pieces = _split(answer, inner_begin, inner_end, shape)
    if pieces is None or len(pieces) < 2:
        return None
    if shape == "column" and any(_top_level(answer, b, e, "&") for b, e in pieces):
        return None  # several columns: a matrix, not a vector of components
    entries = []
    for b, e in pieces:
        text = answer[b:e]
        stripped = text.strip()
        if not stripped:
            return None
        start = b + (len(text) - len(text.lstrip()))
        entries.append(Entry(stripped, start, _ELLIPSIS.fullmatch(stripped) is not None))
    if all(entry.ellipsis for entry in entries):
        return None
    return Column(tuple(entries), left, shape)


def _undelimited(text: str) -> str:
    """``text`` with ``$$ … $$``, ``$ … $`` or ``\\[ … \\]`` around the whole blanked (its length kept, for carets)."""
    core = text.strip()
    lead = len(text) - len(text.lstrip())
    for opening, closing in (("$$", "$$"), ("\\[", "\\]"), ("$", "$")):
        if len(core) > len(opening) + len(closing) and core.startswith(opening) and core.endswith(closing):
            end = lead + len(core)
            return (text[:lead] + " " * len(opening) + text[lead + len(opening):end - len(closing)]
                    + " " * len(closing) + text[end:])
    return text


def _names_the_gradient(side: str) -> bool:
    return _GRADIENT_NAME.fullmatch(side) is not None or _WHOLE_PARTIAL.fullmatch(side) is not None


def _inside(text: str, begin: int, end: int) -> tuple[int, int, str] | None:
    """Where the entries of the bracket or matrix that encloses ``text[begin:end]`` lie, and its shape."""
    side = text[begin:end]
    lead = len(side) - len(side.lstrip())
    trail = len(side.rstrip())
    core = side[lead:trail]
    for opening, closing in (("$$", "$$"), ("$", "$"), ("\\[", "\\]")):
        if len(core) > len(opening) + len(closing) and core.startswith(opening) and core.endswith(closing):
            core = core[len(opening):-len(closing)]
            lead += len(opening)
            lead += len(core) - len(core.lstrip())
            core = core.strip()
            break
    start = begin + lead
    environment = _ENVIRONMENT.fullmatch(core)
    if environment is not None:
        if environment["env"] not in _MATRIX_ENVIRONMENTS:
            return None
        body_start = start + environment.start("body")
        body_end = start + environment.end("body")
        shape = "column" if _top_level(text, body_start, body_end, "\\\\") else "row"
        return body_start, body_end, shape
    for opening, closing in _BRACKETS:
        if core.startswith(opening) and core.endswith(closing) and _matches(core, opening, closing):
            return start + len(opening), start + len(core) - len(closing), "tuple"
    return None


def _matches(core: str, opening: str, closing: str) -> bool:
    """Whether the bracket that opens ``core`` is the one that closes it (``(a)(b)`` is two brackets)."""
    depth = 0
    for k, char in enumerate(core):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0 and k < len(core) - 1:
                return False
    return depth == 0


def _top_level(text: str, begin: int, end: int, separator: str) -> list[int]:
    """Offsets of ``separator`` in ``text[begin:end]`` outside every bracket and brace."""
    found = []
    depth = 0
    k = begin
    while k < end:
        char = text[k]
        if char == "\\" and separator != "\\\\" and k + 1 < end:
            k += 2  # \{ \, \\ : escaped, never a separator nor a bracket
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, k):
            found.append(k)
            k += len(separator)
            continue
        k += 1
    return found


def _split(text: str, begin: int, end: int, shape: str) -> list[tuple[int, int]] | None:
    separator = {"column": "\\\\", "row": "&", "tuple": ","}[shape]
    cuts = _top_level(text, begin, end, separator)
    if not cuts:
        return None
    pieces = []
    start = begin
    for cut in cuts:
        pieces.append((start, cut))
        start = cut + len(separator)
        if separator == "\\\\":
            spacing = re.match(r"\s*\[[^\]]*\]", text[start:end])  # \\[2ex]
            if spacing:
                start += spacing.end()
    pieces.append((start, end))
    if pieces and not text[pieces[-1][0]:pieces[-1][1]].strip() and shape == "column":
        pieces.pop()  # a last row break before \end{bmatrix}
    return pieces


def pattern_of(entries: list[str]) -> tuple[str, list[str]] | None:
    """The entries as one pattern in an index: (the text with :data:`HOLE` where the index stands, each entry's index).

    ``…x_0^{(i)}`` and ``…x_n^{(i)}`` are the pattern ``…x_{HOLE}^{(i)}`` at 0 and at n. The
    entries must be the same text but for the subscripts that change. None when they are not one pattern.
    """
    each = indexed(entries)
    if each is None or len({re.sub(r"\s+", "", template) for _, template in each}) != 1:
        return None
    return each[0][1], [index for index, _ in each]


def indexed(entries: list[str]) -> list[tuple[str, str]] | None:
    """Each entry's component index and its text with :data:`HOLE` there, from the subscripts that change.

    The entries need not be the same text (one may write h, another σ(θᵀx)), but they must
    write as many subscripts, and in each entry every subscript that changes from entry to
    entry must hold the same index. None when no subscript changes or the indices are not one per entry.
    """
    found = [list(_INDEX.finditer(entry)) for entry in entries]
    if any(len(f) != len(found[0]) for f in found):
        return None
    values = [[match["braced"] or match["bare"] for match in f] for f in found]
    changing = [slot for slot in range(len(found[0])) if len({row[slot] for row in values}) > 1]
    if not changing:
        return None
    result = []
    for entry, row, matches in zip(entries, values, found):
        held = {row[slot] for slot in changing}
        if len(held) != 1:
            return None
        template = entry
        for match in reversed([matches[slot] for slot in changing]):
            template = template[:match.start()] + "_{" + HOLE + "}" + template[match.end():]
        result.append((held.pop(), template))
    return result


@record
class PatternLine:
    """A derivation's line that is a column of one pattern around '…', read as its component at ``letter``."""

    #: the line with every entry blanked but the last, whose index is ``letter`` (same length as the line)
    text: str
    #: each written entry's index, in order (``["0", "n"]``)
    indices: tuple[str, ...]
    shape: str
    template: str


def one_pattern_line(text: str, letter: str = "j") -> PatternLine | None:
    r"""A line ``( …_0, \dots, …_n )`` whose entries are one pattern: the last entry at ``letter``, in place.

    The text keeps its length (the other entries, the brackets and the ellipsis blanked; the last
    entry's index, one letter, replaced by ``letter``), so a caret still points into the line as
    written. None when the line is no such column, or the last index is not one letter.
    """
    column = read_column(text)
    if column is None or column.left or not any(entry.ellipsis for entry in column.entries):
        return None
    written = column.written
    pattern = pattern_of([entry.text for entry in written])
    if pattern is None:
        return None
    template, indices = pattern
    last = written[-1]
    found = list(_INDEX.finditer(last.text))
    firsts = list(_INDEX.finditer(written[0].text))
    changing = [slot for slot in range(len(found))
                if (found[slot]["braced"] or found[slot]["bare"]) != (firsts[slot]["braced"] or firsts[slot]["bare"])]
    characters = [char if char == "\n" else " " for char in text]  # line ends kept: lines stay where written
    characters[last.start:last.start + len(last.text)] = last.text
    for slot in changing:
        group = "braced" if found[slot]["braced"] else "bare"
        begin, end = found[slot].span(group)
        if end - begin != 1:
            return None
        characters[last.start + begin] = letter
    return PatternLine("".join(characters), tuple(indices), column.shape, template)

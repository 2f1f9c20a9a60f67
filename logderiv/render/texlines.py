"""Long LaTeX rows broken to fit a page: a width estimate of TeX maths, and where to break.

The printers write each expression on one line; a display row wider than the
text runs off the page. :func:`break_expression` cuts a row's LaTeX into lines
the way a textbook does: at a ``+`` or ``-`` of the top level first; inside the
widest bracket when the top level has none (the bracket's ``\\left``/``\\right``
become fixed ``\\biggl``/``\\biggr`` sizes, which survive the break, where a
``\\left`` must close on its own line); then between the factors of a product.

Nothing is printed anew: every line is a slice of the text it is given, and
the lines joined again (with the delimiters' sizes) read as the same
expression. Widths are estimated from the text alone, in ems of Computer
Modern at 10 pt, a little generously so an estimate that fits does fit; the
compile tests (``tests/test_texlayout.py``) hold the estimate to pdflatex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable
from .. import patterns

__all__ = ["TEXT_WIDTH", "width", "break_expression"]

#: the width a row may take, in ems: the article class's text width at 10 pt (345 pt)
TEXT_WIDTH = 34.5

_QUAD = 1.0
_SCRIPT = 0.72  # a script's size relative to its base (7 pt on 10 pt, a little rounded up)
_BINARY = 1.25  # + or - with its medium spaces
_RELATION = 1.35  # = with its thick spaces
_DELIMITER = 0.5  # a bracket; big ones are a little wider than ( )
_LETTER = 0.6
_CAPITAL = 0.85
_TEXT_LETTER = 0.45  # a letter of upright text
_DIGIT = 0.5

#: widths of commands without arguments, in ems (a Greek letter, an operator's name)
_COMMANDS = {
    "partial": 0.6, "sigma": 0.62, "lambda": 0.62, "theta": 0.5, "alpha": 0.65, "beta": 0.6, "delta": 0.48,
    "mu": 0.62, "eta": 0.52, "gamma": 0.55, "epsilon": 0.45, "pi": 0.6, "ell": 0.45, "nabla": 0.85,
    "top": 0.8, "infty": 1.0, "ldots": 1.2, "cdots": 1.2, "prime": 0.3,
    "log": 1.5, "exp": 1.75, "tanh": 2.2, "ln": 1.1,
    "cdot": 0.3 + 0.45, "odot": 0.8 + 0.45, "times": 0.8 + 0.45, "circ": 0.5 + 0.45,
    ",": 0.17, ":": 0.22, ";": 0.28, "!": -0.17, " ": 0.33, "quad": 1.0, "qquad": 2.0,
    "{": 0.5, "}": 0.5, "%": 0.85, "#": 0.85, "&": 0.8, "$": 0.5, "_": 0.5,
}
#: commands that read one argument and are about as wide as it (times the factor)
_WRAPPERS = {"hat": 1.0, "bar": 1.0, "vec": 1.0, "tilde": 1.0, "mathbf": 1.15, "boldsymbol": 1.15,
             "mathrm": 1.0, "mathit": 1.0, "operatorname": 1.0, "text": 1.0, "textrm": 1.0, "mbox": 1.0,
             "sqrt": 1.0}
#: extra width of a wrapper beyond its argument (the root sign, an operator name's space)
_WRAPPER_EXTRA = {"sqrt": 0.9, "operatorname": 0.17}
_TEXT_COMMANDS = frozenset({"text", "textrm", "mbox"})
_PREFIXES = frozenset({"log", "exp", "tanh", "ln", "sqrt"})
_BIG_SIZES = ("bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr", "big", "Big", "bigg", "Bigg")

_COMMAND = patterns.compile(r"\\([A-Za-z]+|.)")


@dataclass
class _Item:
    """One unit of a row at some level: a sign, a fraction, a name with its scripts, a bracket."""

    start: int
    end: int
    width: float
    sign: bool = False  # a + or - (a binary operator where something precedes it)
    unary: bool = False  # a leading sign, which stays with what follows it
    times: bool = False  # an explicit product sign (\cdot, \times)
    prefix: bool = False  # an operator that takes what follows it (\sum, \log): no break after it
    joined: bool = False  # written right after the item before it (h\left(x\right)): a call, no break
    script: float = 0.0  # the width of its widest script
    #: for a \left…\right pair with nothing after it: its delimiters and what is inside
    opening: str = ""
    closing: str = ""
    inside: list["_Item"] = field(default_factory=list)
    inside_span: tuple[int, int] = (0, 0)


def width(text: str) -> float:
    """The estimated width of ``text`` (LaTeX maths in display style), in ems."""
    return sum(item.width for item in _Reader(text).items(0, len(text), display=True, scale=1.0))


def break_expression(text: str, first: float, rest: float) -> list[str]:
    """``text`` as lines: the first at most ``first`` ems wide, the others ``rest`` (after their indent).

    One line when it fits, or when there is nowhere to break. Each later line
    opens with the ``+``/``-`` it was broken before, or with the next factor
    after a ``\\quad`` (a product's lines stand further in than a sum's).
    """
    items = _Reader(text).items(0, len(text), display=True, scale=1.0)
    if sum(item.width for item in items) <= first:
        return [text]
    return [line.text.strip() for line in _Breaker(text).lines(items, first, rest)]


@dataclass
class _Line:
    text: str
    width: float


class _Breaker:
    def __init__(self, source: str) -> None:
        self.source = source

    def slice(self, items: list[_Item]) -> str:
        return self.source[items[0].start : items[-1].end] if items else ""

    def lines(self, items: list[_Item], first: float, rest: float) -> list[_Line]:
        total = sum(item.width for item in items)
        if total <= first:
            return [_Line(self.slice(items), total)]
        terms = _split(items, lambda position, item: item.sign)
        if len(terms) > 1:
            return self.pack(terms, first, rest)
        broken = self.inside_bracket(items, first, rest)
        if broken is not None:
            return broken
        factors = _split(items, lambda position, item: _between_factors(items[position - 1], item))
        if len(factors) > 1:
            # a product's later lines stand a \quad further in than the terms' lines: they go on the same term
            head, *tail = self.pack(factors, first, rest - _QUAD)
            return [head, *(_Line(r"\quad " + line.text, line.width + _QUAD) for line in tail)]
        return [_Line(self.slice(items), total)]

    def pack(self, groups: list[list[_Item]], first: float, rest: float) -> list[_Line]:
        """Groups side by side, a new line when the next does not fit; a group too wide alone is broken itself."""
        lines: list[_Line] = []
        current: _Line | None = None
        budget = first
        for group in groups:
            size = sum(item.width for item in group)
            if current is not None and current.width + size > budget:
                lines.append(current)
                current, budget = None, rest
            if current is None:
                parts = self.lines(group, budget, rest) if size > budget else [_Line(self.slice(group), size)]
                lines += parts[:-1]
                if len(parts) > 1:
                    budget = rest
                current = parts[-1]
            else:
                current = _Line(current.text + " " + self.slice(group), current.width + size)
        if current is not None:
            lines.append(current)
        return lines

    def inside_bracket(self, items: list[_Item], first: float, rest: float) -> list[_Line] | None:
        """Break inside the widest bracket that can be broken: ``A \\biggl[ B`` … ``+ C \\biggr] D``."""
        candidates = [position for position, item in enumerate(items) if _holds_terms(item)]
        if not candidates:
            return None
        position = max(candidates, key=lambda p: items[p].width)
        bracket = items[position]
        before, after = items[:position], items[position + 1 :]
        size = _size(self.source[bracket.inside_span[0] : bracket.inside_span[1]])
        opening = " ".join(part for part in (self.slice(before), "\\" + size + "l" + bracket.opening) if part)
        opened = sum(item.width for item in before) + _DELIMITER
        inner = self.lines(bracket.inside, first - opened, rest)
        if len(inner) < 2:
            return None
        closing = "\\" + size + "r" + bracket.closing
        tail = " ".join(part for part in (closing, self.slice(after)) if part)
        last = inner[-1]
        return [
            _Line(opening + " " + inner[0].text, opened + inner[0].width),
            *inner[1:-1],
            _Line(last.text + " " + tail, last.width + _DELIMITER + sum(item.width for item in after)),
        ]


def _split(items: list[_Item], starts_group: Callable[[int, _Item], bool]) -> list[list[_Item]]:
    """``items`` cut before each item (not the first) for which ``starts_group(position, item)`` holds."""
    groups: list[list[_Item]] = [[]]
    for position, item in enumerate(items):
        if position > 0 and starts_group(position, item):
            groups.append([])
        groups[-1].append(item)
    return groups


def _holds_terms(item: _Item) -> bool:
    """Whether a bracket holds a sum, at its top level or in a bracket within: somewhere to break at + or -."""
    return any(inner.sign or _holds_terms(inner) for inner in item.inside)


def _between_factors(before: _Item, item: _Item) -> bool:
    """Whether a product may be broken before ``item``: before a \\cdot, or between two factors written apart."""
    if item.times:
        return True
    return not (before.sign or before.unary or before.times or before.prefix or item.sign or item.joined)


def _size(inside: str) -> str:
    """The fixed size of a bracket broken across lines: as tall as a display fraction or sum, or as a bracket around scripts and brackets."""
    return "bigg" if ("\\frac" in inside or "\\sum" in inside) else "Big"


class _Reader:
    """Items of LaTeX maths as the printers write it, with their widths."""

    def __init__(self, source: str) -> None:
        self.source = source

    def items(self, start: int, end: int, *, display: bool, scale: float) -> list[_Item]:
        items: list[_Item] = []
        position = start
        while position < end:
            char = self.source[position]
            if char.isspace():
                position += 1
                continue
            if char in "^_" and items:
                position = self.script(items[-1], position, end, scale)
                continue
            item, stop = self.item(position, end, display=display, scale=scale)
            item.joined = position > start and not self.source[position - 1].isspace()
            if item.sign and (not items or items[-1].sign or items[-1].times or items[-1].width == 0):
                item.sign, item.unary = False, True  # a leading sign: nothing to break before
                item.width = 0.8 * scale
            items.append(item)
            position = stop
        return items

    def item(self, position: int, end: int, *, display: bool, scale: float) -> tuple[_Item, int]:
        source = self.source
        char = source[position]
        if char == "{":
            close = self.closing_brace(position)
            parts = self.items(position + 1, close, display=display, scale=scale)
            return _Item(position, close + 1, sum(i.width for i in parts)), close + 1
        if char in "+-":
            return _Item(position, position + 1, _BINARY * scale, sign=True), position + 1
        if char == "=":
            return _Item(position, position + 1, _RELATION * scale), position + 1
        if char != "\\":
            size = (_DIGIT if char.isdigit() else _CAPITAL if char.isupper() else _LETTER if char.isalpha()
                    else 0.45 if char in "()[]|/" else 0.5)
            return _Item(position, position + 1, size * scale), position + 1
        match = _COMMAND.match(source, position)
        assert match is not None
        name, after = match.group(1), match.end()
        if name == "left":
            return self.bracket(position, after, display=display, scale=scale)
        if name == "frac":
            top_start, top_end = self.argument(after)
            bottom_start, bottom_end = self.argument(top_end)
            inner = scale if display else scale * _SCRIPT
            top = self.width_of(top_start + 1, top_end - 1, inner)
            bottom = self.width_of(bottom_start + 1, bottom_end - 1, inner)
            return _Item(position, bottom_end, max(top, bottom) + 0.3 * scale), bottom_end
        if name == "sum":
            return self.operator(position, after, end, display=display, scale=scale)
        if name in _WRAPPERS:
            arg_start, arg_end = self.argument(after)
            if name in _TEXT_COMMANDS:
                inner = _TEXT_LETTER * scale * len(source[arg_start + 1 : arg_end - 1])
            else:
                inner = self.width_of(arg_start + 1, arg_end - 1, scale)
            return _Item(position, arg_end, inner * _WRAPPERS[name] + _WRAPPER_EXTRA.get(name, 0) * scale), arg_end
        if name in _BIG_SIZES:
            delimiter = _COMMAND.match(source, after) if source[after] == "\\" else None
            stop = delimiter.end() if delimiter else after + 1
            return _Item(position, stop, _DELIMITER * scale * 1.2), stop
        return _Item(position, after, _COMMANDS.get(name, 0.9) * scale, times=name in ("cdot", "times"),
                     prefix=name in _PREFIXES), after

    def bracket(self, start: int, after: int, *, display: bool, scale: float) -> tuple[_Item, int]:
        """``\\left( … \\right)``, with any scripts after it."""
        opening, inside_start = self.delimiter(after)
        depth, position = 1, inside_start
        while True:
            match = re.compile(r"\\(left|right)(?![A-Za-z])").search(self.source, position)
            assert match is not None, "the printers pair every \\left"
            depth += 1 if match.group(1) == "left" else -1
            position = match.end()
            if depth == 0:
                break
        inside_end = match.start()
        closing, stop = self.delimiter(position)
        inside = self.items(inside_start, inside_end, display=display, scale=scale)
        size = sum(item.width for item in inside) + 2 * _DELIMITER * scale
        item = _Item(start, stop, size, opening=opening, closing=closing, inside_span=(inside_start, inside_end))
        # only a bracket with nothing on it (no power, no index) can be broken inside
        follows = self.source[stop:].lstrip()[:1]
        if follows not in ("^", "_") and opening in ("(", "[") and len(inside) > 1:
            item.inside = inside
        return item, stop

    def operator(self, start: int, after: int, end: int, *, display: bool, scale: float) -> tuple[_Item, int]:
        """``\\sum`` with its limits: below and above it in display style, beside it in text style."""
        scripts: list[float] = []
        position = after
        while True:
            script = position
            while script < end and self.source[script].isspace():
                script += 1
            if script < end and self.source[script] in "^_":
                arg_start, arg_end = self.argument(script + 1)
                scripts.append(self.width_of(arg_start + 1, arg_end - 1, scale * _SCRIPT)
                               if self.source[arg_start] == "{" else _LETTER * scale * _SCRIPT)
                position = arg_end
            else:
                break
        widest = max(scripts, default=0.0)
        size = max(1.45 * scale, widest) if display else scale + widest
        return _Item(start, position, size + 0.17 * scale, prefix=True), position

    def script(self, base: _Item, position: int, end: int, scale: float) -> int:
        """Attach ``^{…}``/``_{…}`` to the item before: a sub- and a superscript stack, so the wider counts."""
        arg_start, arg_end = self.argument(position + 1)
        if self.source[arg_start] == "{":
            size = self.width_of(arg_start + 1, arg_end - 1, scale * _SCRIPT)
        else:
            size = _COMMANDS.get(self.source[arg_start + 1 : arg_end], _LETTER) * scale * _SCRIPT
        base.prefix = base.prefix or self.source[arg_start:arg_end] in ("{\\top}", "\\top")  # θᵀ x: one dot product
        base.width += max(size - base.script, 0.0)
        base.script = max(size, base.script)
        base.end = arg_end
        base.inside = []  # a bracket with a power is one unit
        return arg_end

    def width_of(self, start: int, end: int, scale: float) -> float:
        return sum(item.width for item in self.items(start, end, display=False, scale=scale))

    def argument(self, position: int) -> tuple[int, int]:
        """The span of the argument at ``position``: a braced group, a command, or one character."""
        while self.source[position].isspace():
            position += 1
        if self.source[position] == "{":
            return position, self.closing_brace(position) + 1
        if self.source[position] == "\\":
            match = _COMMAND.match(self.source, position)
            assert match is not None
            return position, match.end()
        return position, position + 1

    def delimiter(self, position: int) -> tuple[str, int]:
        while self.source[position].isspace():
            position += 1
        if self.source[position] == "\\":
            match = _COMMAND.match(self.source, position)
            assert match is not None
            return match.group(0), match.end()
        return self.source[position], position + 1

    def closing_brace(self, position: int) -> int:
        depth = 0
        for index in range(position, len(self.source)):
            char = self.source[index]
            if char == "\\":
                continue
            if char == "{" and self.source[index - 1] != "\\":
                depth += 1
            elif char == "}" and self.source[index - 1] != "\\":
                depth -= 1
                if depth == 0:
                    return index
        raise AssertionError("the printers close every brace")

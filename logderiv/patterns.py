"""Regular expressions compiled when first used, not when their module is imported.

logderiv's readers hold some 330 module-level patterns, and compiling them
all was about half of the time its own modules took to import: ~25 ms of
every cold start, though one command uses a few dozen of them (``steps`` on a
short file, nine). :func:`compile` returns a stand-in that compiles on its
first use and then hands out the compiled pattern's own bound methods, so a
pattern that is used costs one extra attribute lookup, once.

The stand-in is not a :class:`re.Pattern`: use its methods (``PATTERN.finditer(text)``),
never pass it to ``re.finditer(PATTERN, text)``. ``tests/test_patterns.py``
compiles every one, so that a broken pattern fails a test, not a user's run.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, cast

__all__ = ["Matcher", "compile", "to_end", "without_end"]

#: every stand-in made, so that a test can compile them all (each source and flags once)
MADE: list["_Deferred"] = []
#: how many distinct patterns MADE holds at most: the modules' own are ~1,000; past the bound (patterns a reader builds
#: inside a function from the user's names, one per name) a stand-in is still made, but neither kept nor registered,
#: so that a long-running grader's memory does not grow with what it reads (re keeps its own bounded cache)
MADE_BOUND = 4096
_BY_SOURCE: dict[tuple[str, int], "_Deferred"] = {}


class _Deferred:
    """A pattern compiled on first use; each attribute, once read, is kept in the instance."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self._source, self._flags)  # re caches it: later calls are a dict lookup

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet: after the first read, no extra cost
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"patterns.compile({self._source!r})"


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re's readers expect
    """``re.compile(source, flags)``, compiled when first used; the same source and flags give the same stand-in."""
    key = (source, flags)
    deferred = _BY_SOURCE.get(key)
    if deferred is None:
        deferred = _Deferred(source, flags)
        if len(MADE) < MADE_BOUND:
            _BY_SOURCE[key] = deferred
            MADE.append(deferred)
    return cast("re.Pattern[str]", deferred)


def without_end(text: str, mark: str) -> str:
    """``text`` without trailing white space, one trailing ``mark`` and the white space before it.

    What ``(?P<value>.+?)\\s*;?\\s*$`` leaves in its group, found without the lazy group: a lazy run before an
    optional ending backtracks over every space of a long line (cubic on a line of spaces; the final read's review).
    """
    text = text.rstrip()
    return text[:-len(mark)].rstrip() if mark and text.endswith(mark) else text


class Matcher(Protocol):
    """What a reader asks of a statement's pattern: a compiled one, or one :func:`to_end` made."""

    def match(self, text: str) -> re.Match[str] | None: ...


class _ToEnd:
    """A pattern matched against its text less the end :func:`without_end` takes off (see :func:`to_end`)."""

    def __init__(self, pattern: re.Pattern[str], mark: str) -> None:
        self.pattern = pattern
        self.mark = mark

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(without_end(text, self.mark))

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(without_end(text, self.mark))

    def __repr__(self) -> str:
        return f"patterns.to_end({self.pattern!r}, mark={self.mark!r})"


def to_end(source: str, flags: int = 0, mark: str = ";") -> _ToEnd:
    """A statement's pattern whose last group runs to the end of the line: ``source`` is matched against the text
    less its trailing white space and one trailing ``mark`` (``;``; ``""`` for none) with the white space before it.

    ``NAME = (?P<value>.+?)\\s*;?\\s*$`` finds the same value, but a lazy group before an optional ending tries every
    split of a run of spaces three ways: ``--let 'h = sigmoid(X*theta)<4,000 spaces>+ 0;'`` took 140 s in one
    ``fullmatch``, which the time limit cannot stop (it is checked between Python steps, never inside ``re``).
    Written ``NAME = (?P<value>.+)$`` and matched here, the group is greedy and the work linear. The match's spans
    are the text's own (only its end is taken off); ``match.string`` is the shortened text.
    """
    return _ToEnd(compile(source, flags), mark)

"""Scala's Breeze, as a course's logistic regression writes it, put in Octave's spelling, each reading noted.

Breeze writes the entry-by-entry product and quotient ``a :* b``, ``a :/ b`` (and power ``:^``) where Octave writes
``.*``, ``./``, ``.^``, and the transpose as the method ``m.t``, Octave's ``m'``. A problem is read as Breeze only
when one of its texts writes ``:*``, ``:/`` or ``:^``, which no other language the readers know writes; then ``.t``
after a name or a bracket is the transpose in every text of the problem (an answer's ``training.t * (probs -
target)`` carries no mark of its own). Nothing here evaluates anything; this module imports no sympy.
"""

from __future__ import annotations

from .. import patterns

__all__ = ["is_breeze", "edits"]

#: Breeze's entry-by-entry operators
_OPERATOR = patterns.compile(r":(?P<op>[*/^])")
#: Breeze's transpose method after a name or a bracket: training.t (not .t2, .tanh, .t(…))
_TRANSPOSE = patterns.compile(r"(?<=[\w)\]])\.t(?![\w(])")
OPERATOR_NOTE = "read as Scala's Breeze: a :{op} b is a .{op} b, entry by entry"
TRANSPOSE_NOTE = "read as Scala's Breeze: m.t is the transpose of m, m'"


def is_breeze(text: str | None) -> bool:
    """Whether ``text`` writes Breeze's ``:*``, ``:/`` or ``:^`` (outside LaTeX, whose ``:`` never precedes them)."""
    return isinstance(text, str) and "\\" not in text and _OPERATOR.search(text) is not None


def edits(text: str) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Breeze's operators and transposes in ``text`` as Octave's: (start, end, new, note) edits, and no other notes."""
    found = [(match.start(), match.end(), "." + match.group("op"), OPERATOR_NOTE.format(op=match.group("op")))
             for match in _OPERATOR.finditer(text)]
    found += [(match.start(), match.end(), "'", TRANSPOSE_NOTE) for match in _TRANSPOSE.finditer(text)]
    return sorted(found), []

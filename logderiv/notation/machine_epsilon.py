r"""Octave's and MATLAB's built-in ``eps`` added inside a log: a guard against log(0), read as 0 (issue 10).

Octave code writes the average log-likelihood ``l = (1/m) * sum(y .* log(h + eps) + (1 - y) .* log(1 - h + eps));``
with no definition of ``eps``: it is the language's built-in machine epsilon, 2⁻⁵² ≈ 2.2·10⁻¹⁶, added only so that
a prediction of exactly 0 or 1 gives no ``-Inf``. It is no part of the cost the writer means, and no check can tell
it from 0 (it moves the gradient by about 10⁻¹⁶ relative), so each such ``eps`` is read as 0 and a note says so:
the gradient derived and judged is the exact gradient of the cost without it. Before, the name was refused
("unknown name 'eps' — did you mean 'psi'?").

Read only where all of these hold, else the text is left as written (the reader refuses the unknown name):

* the text is Octave/MATLAB code: an elementwise operator (``.*``, ``./``, ``.^``) or a ``%`` comment, and nothing
  of Python's (``np.``, ``**``, a ``#`` comment), where ``eps`` would be a constant of the writer's whose value is
  not shown;
* no --let defines ``eps`` (then it is the --let's value, and :mod:`logderiv.notation.log_guards` reads it);
* every ``eps`` outside the comments is a whole term added at the top of a ``log(…)``'s argument
  (``log(h + eps)``, ``log(1 - h + eps)``, ``log(eps + h)``): never ``log(max(h, eps))``, ``log(h) + eps``,
  ``eps * h``, ``log(h - eps)`` or ``log(eps)``, which are not a guard added to a log's argument.

Each ``eps`` and its ``+`` are blanked with spaces, so every column after them keeps its place. Sympy-free.
"""

from __future__ import annotations

from collections.abc import Collection

from .. import patterns

__all__ = ["EPS_NOTE", "machine_epsilon_read"]

EPS_NOTE = ("'eps' inside log(…) is Octave's and MATLAB's built-in machine epsilon (2⁻⁵² ≈ 2.2·10⁻¹⁶), added as a "
            "guard against log(0), not part of the cost: read as 0, so the gradient derived and judged is the exact "
            "gradient of the cost without it (eps moves it by about 10⁻¹⁶ relative, below any check)")

#: the word eps of its own: not self.eps, np.finfo(float).eps, eps_0, epsilon, eps(x)
_EPS = patterns.compile(r"(?<![A-Za-z0-9_.\\])eps(?![A-Za-z0-9_]|\s*\()")
#: a log's opening bracket (log, not log10/log2/logsumexp; Octave's log is natural)
_LOG = patterns.compile(r"(?<![A-Za-z0-9_.])log\s*\(")
#: Octave's signs: an elementwise operator or a % comment
_OCTAVE = patterns.compile(r"\.[*/^]|%")
#: Python's signs: NumPy, a power **, a # comment
_PYTHON = patterns.compile(r"\bnp\.|\*\*|#")
#: a % comment to the end of its line
_COMMENT = patterns.compile(r"%[^\n]*")


def _nonspace(text: str, start: int, end: int, step: int) -> int:
    """The first index from ``start`` towards ``end`` (by ``step``, 1 or -1; ``end`` excluded) of a character that is
    no white space, or ``end``."""
    while start != end and text[start].isspace():
        start += step
    return start


def _guard_spans(text: str) -> list[tuple[int, int]] | None:
    """The spans of ``+ eps``/``eps +`` guards at the top of a log's argument, one per eps; None if an eps is not one.

    One pass over the text (brackets matched on a stack, each eps's innermost bracket noted), then each eps looks only
    at its neighbours: nested logs, or many eps in one argument, cost no more than the text's length.
    """
    logs = {found.end() - 1 for found in _LOG.finditer(text)}  # each log's opening bracket
    words = {found.start(): found for found in _EPS.finditer(text)}
    stack: list[int] = []
    innermost: dict[int, int] = {}  # an eps's start: the bracket it stands in, -1 for none
    closer: dict[int, int] = {}
    for index, char in enumerate(text):
        if index in words:
            innermost[index] = stack[-1] if stack else -1
        if char in "([{":
            stack.append(index)
        elif char in ")]}" and stack:
            closer[stack.pop()] = index
    if any(log not in closer for log in logs):
        return None  # a log never closed
    spans: list[tuple[int, int]] = []
    for at, opener in innermost.items():
        if opener not in logs:
            continue  # not at the top of a log's argument: counted, not a guard (the caller leaves the text)
        start, end, eps = opener + 1, closer[opener], words[at]
        before = _nonspace(text, at - 1, start - 1, -1)  # the last character before eps, start - 1 if none
        after = _nonspace(text, eps.end(), end, 1)  # the first character after eps, end if none
        if before >= start and text[before] == "+" and (after == end or text[after] in "+-") \
                and _nonspace(text, before - 1, start - 1, -1) >= start:
            # h + eps, 1 - h + eps: the + before it and eps blanked
            spans.append((before, eps.end()))
        elif before < start and after < end and text[after] == "+" and _nonspace(text, after + 1, end, 1) < end:
            # eps + h: eps and the + after it blanked
            spans.append((at, after + 1))
        else:
            return None
    return spans


def machine_epsilon_read(text: str, names: Collection[str]) -> tuple[str, list[str]]:
    """``text`` with each Octave ``eps`` guard inside a log blanked (read as 0), and the note; else unchanged."""
    if "eps" not in text or "eps" in names or "epsilon" in names:
        return text, []
    code = _COMMENT.sub(lambda found: " " * len(found.group()), text)
    words = [found.start() for found in _EPS.finditer(code)]
    if not words or not _OCTAVE.search(text) or _PYTHON.search(text):
        return text, []
    spans = _guard_spans(code)
    if spans is None or len(spans) != len(words):
        return text, []
    blanked = list(text)
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    return "".join(blanked), [EPS_NOTE]

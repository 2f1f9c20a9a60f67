r"""Julia code, as a course's solution writes a loss, put in the spelling the readers already read, each reading noted.

Julia squares a vector's entries with an anonymous function, ``sum(map(x -> x ^ 2, y - x * w))``: ``map(p -> body,
v)`` is body at each entry of v, put here as the body with ``(v)`` for p (so the function's ``x`` is no data x). Julia
numbers entries from 1 like Octave, so its ``w[2:end]`` and ``w[2:length(w)]`` are Octave's ``w(2:end)`` (w without
its first entry, the intercept's), and ``unshift(v, 0)`` (``unshift!``, later ``pushfirst!``) puts 0 in front of v:
Octave's ``[0; v]``.

A problem is read as Julia only when one of its texts says so: a ``map(`` whose first argument is an anonymous
function (``x -> …``), an ``unshift``/``pushfirst!``, or a 1-based slice to ``end``/``length(…)`` in square brackets,
and none writes NumPy's marks (``np.``, ``**``, ``@``, ``.T``) or R's (``%*%``, ``<-``); any other is left alone. In a Julia problem a bare ``l`` that only weighs the penalty (``l * w``, ``(l / 2) *
sum(…)``), beside no λ, is λ (the course's name of it). A ``map`` of anything but one anonymous function of one
name and one vector is refused at the ``map``, never guessed. Nothing here evaluates anything; this module imports
no sympy.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..errors import InputError
from .brackets import closing, top_level
from .. import patterns

__all__ = ["is_julia", "numpy_marked", "edits"]

#: what marks a text as Julia
_MARK = patterns.compile(r"(?<![\w.])map\(\s*(?:[A-Za-z_]\w*|\([^()]*\))\s*->|(?<![\w.])(?:unshift!?|pushfirst!)\(|"
                         r"(?<=[\w)\]])\[\s*\d+\s*:\s*(?:end|length\(\s*[A-Za-z_]\w*\s*\))\s*\]")
#: NumPy's own marks, which Julia does not write: np., **, @ (not R's %*%), .T
_NUMPY_MARK = patterns.compile(r"(?<![\w.])(?:np|numpy)\.|\*\*|(?<!%)@|\.T(?![\w(])")
_MAP = patterns.compile(r"(?<![\w.])map\(")
_LAMBDA = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*->\s*(?P<body>.+?)\s*$")
#: a 1-based slice to the end: w[2:end], w[2:length(w)], θ[2:end] (code's T respelled as the parameters' letter)
_SLICE = patterns.compile(r"(?<![\w.])(?P<name>[^\W\d]\w*)\[\s*(?P<first>\d+)\s*:\s*"
                          r"(?:end|length\(\s*(?P=name)\s*\))\s*\]")
#: the parameters' Greek letters by the names Octave's code gives them
_SPELLED = {"θ": "theta", "β": "beta"}
_UNSHIFT = patterns.compile(r"(?<![\w.])(?P<call>unshift!?|pushfirst!)\(")

#: a bare l (not l_1, not lambda, not a call)
_L = patterns.compile(r"(?<![\w\\.])l(?![\w(])")
#: where an l weighs the penalty: l * w (a vector, or its slice), (l / 2) * sum(…)
_L_WEIGHS = patterns.compile(r"l\s*\*\s*(?:w|theta|beta)(?![\w(])|l\s*/\s*2\s*\)\s*\*\s*sum\(")
_LAMBDA_WRITTEN = patterns.compile(r"(?<![\w])\\?lambda(?![\w])|λ")
L_NOTE = ("read as Julia code: l weighs the penalty on the parameters (l * w, (l / 2) * sum(…)) and nothing "
          "else: λ, the regularisation strength")
MAP_NOTE = ("read as Julia: map(x -> f(x), v) applies the anonymous function to each entry of v: f(v) entry by entry "
            "(its x stands for v's entries, not the data x)")
SLICE_NOTE = ("read as Julia: {written} is entries {first} to the last of {name} (Julia numbers from 1): "
              "{name}({first}:end)")
UNSHIFT_NOTE = "read as Julia: {call}(v, 0) puts 0 in front of v: [0; v]"


def is_julia(text: str) -> bool:
    """Whether ``text`` is marked as Julia code (``map(x -> …``, ``unshift(``, ``w[2:end]``)."""
    return isinstance(text, str) and _MARK.search(text) is not None


def numpy_marked(text: str) -> bool:
    """Whether ``text`` writes something only NumPy writes (``np.``, ``**``, ``@``, ``.T``): then it is no Julia."""
    return isinstance(text, str) and _NUMPY_MARK.search(text) is not None


def edits(text: str, *, label: str, defined: Collection[str] = ()) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Julia's spellings in ``text`` as (start, end, replacement, note) edits into Octave's and plain words, and the
    notes of spellings inside a map's vector (``map(x -> x ^ 2, w[2:end])``).

    Raises :class:`InputError` (labelled ``label``) for a ``map`` or an ``unshift`` that is not read.
    """
    notes: list[str] = []
    found: list[tuple[int, int, str, str]] = []
    for match in _MAP.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            found.append(_map(text, match, label, notes))
    inside_maps = list(found)
    for match in _SLICE.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in inside_maps):
            # θ[2:end] (code's T respelled as the parameters' letter) in the ASCII name Octave's slice is read by
            found.append((match.start(), match.end(),
                          f"{_SPELLED.get(match.group('name'), match.group('name'))}({match.group('first')}:end)",
                          SLICE_NOTE.format(written=match.group(0), first=match.group("first"),
                                            name=match.group("name"))))
    for match in _UNSHIFT.finditer(text):
        closer = closing(text, match.end() - 1)
        inside = text[match.end():closer] if closer is not None else ""
        commas = [match.end() + at for at in top_level(inside, ",")]
        if closer is None or len(commas) != 1 or text[commas[0] + 1:closer].strip() != "0":
            raise InputError(f"'{match.group('call')}(' is read only as {match.group('call')}(v, 0), 0 put in front "
                             "of v", source=text, column=match.start(), label=label,
                             hint="write the vector with its first entry: [0; v]")
        found.append((match.start(), match.end(), "[0; ", UNSHIFT_NOTE.format(call=match.group("call"))))
        found.append((commas[0], closer + 1, "]", ""))
    if "l" not in defined:  # --let l = length(y): l is the let's value, not λ
        found += _strength_l(text)
    return sorted(found), notes


def _strength_l(text: str) -> list[tuple[int, int, str, str]]:
    """Every bare ``l`` as λ, where each weighs the penalty (``l * w``, ``(l / 2) * sum(…)``), no λ written."""
    letters = list(_L.finditer(text))
    if not letters or _LAMBDA_WRITTEN.search(text) or not all(_L_WEIGHS.match(text, l.start()) for l in letters):
        return []
    return [(letter.start(), letter.end(), "lambda", L_NOTE) for letter in letters]


def _map(text: str, match: re.Match[str], label: str, notes: list[str]) -> tuple[int, int, str, str]:
    """``map(p -> body, v)`` as one edit: ``(body)`` with ``(v)`` for p, v's own Julia spelled."""
    closer = closing(text, match.end() - 1)
    inside = text[match.end():closer] if closer is not None else ""
    commas = top_level(inside, ",")
    function = _LAMBDA.match(inside[:commas[0]]) if len(commas) == 1 else None
    if closer is None or function is None:
        raise InputError("map is read only as map(x -> f(x), v): one anonymous function of one name, and one vector",
                         source=text, column=match.start(), label=label,
                         hint="write the function's value on the whole vector, entry by entry: (v).^2")
    vector = inside[commas[0] + 1:].strip()
    inner, inner_notes = edits(vector, label=label)
    for start, end, replacement, note in sorted(inner, reverse=True):
        vector = vector[:start] + replacement + vector[end:]
        if note and note not in notes:
            notes.append(note)
    notes += [note for note in inner_notes if note not in notes]
    body = re.sub(r"(?<![\w.])" + re.escape(function.group("name")) + r"(?!\w)", lambda _: f"({vector})",
                  function.group("body"))
    return match.start(), closer + 1, f"({body})", MAP_NOTE

"""A function a Python --let defines, called through the alias of the module it lives in (issue 10).

Course code ported from Octave keeps each function in a file of its own and imports it under a short name
(gardayulada's MLCoursera: ``import sigmoidFunction as sf`` then ``sf.sigmoidFunction(X, theta)``). Where a --let
gives that function (``def sigmoidFunction(X, theta): …``), the call through the alias is a call of it: by
Python's meaning ``ALIAS.NAME(…)`` calls the NAME of the module ALIAS, and the --let is that NAME. The alias
is taken off (the text keeps its columns through the rewrite), said in a note.

Only where all of these hold, else the text is left as written (the reader refuses the unknown alias as before):

* a --let defines NAME with Python's ``def NAME(…)`` (one line or several);
* the alias is a plain name, not NumPy's, math's, torch's or the object's (``np``, ``self`` …), and no --let
  defines it;
* the alias is written nowhere but right before ``.NAME(`` of such functions (a module's name names nothing
  else: ``X.predict(…)`` beside an X used as data is a method of X, not this);
* every call of NAME goes through one alias, or through none (two modules may hold two functions of one name).

Nothing is run. This module imports no sympy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import patterns
from .pasted import Pasted

__all__ = ["read_module_calls", "NOTE"]

#: a Python def's head at the start of a --let: def NAME(
_DEF = patterns.compile(r"\s*def[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*\(")
#: a --let's left side: the name it defines (NAME = …, NAME(…) = …)
_LEFT = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:\([^()=]*\)\s*)?=(?!=)")
#: receivers that are never a module of the writer's own
_NOT_ALIASES = frozenset({"np", "numpy", "math", "torch", "scipy", "special", "linalg", "self", "this", "tf", "jnp",
                          "F", "nn", "pd", "plt", "cls", "super"})
#: a name as a whole (not an attribute, not part of a longer name)
_NAME = r"(?<![\w.]){0}(?!\w)"

NOTE = ("read as Python: {alias}.{name}(…) calls {name} of the module imported as {alias} (import … as {alias}); "
        "the --let def {name}(…) is that function: read as {name}(…)")


def read_module_calls(cost: str | None, answer: str | None, lets: Sequence[str]
                      ) -> tuple[Pasted | None, Pasted | None, list[str], list[str]]:
    """The cost and the answer as rewritten (None where not given), the --let s and the notes."""
    texts = [text for text in (cost, answer, *lets) if isinstance(text, str)]
    defined_functions = {head.group("name") for text in lets if isinstance(text, str)
                         and (head := _DEF.match(text)) is not None}
    if not defined_functions:
        return _same(cost), _same(answer), list(lets), []
    defined_names = {left.group("name") for text in lets if isinstance(text, str)
                     and (left := _LEFT.match(text)) is not None}
    functions = "|".join(re.escape(name) for name in sorted(defined_functions, key=len, reverse=True))
    call = re.compile(r"(?<![\w.])(?P<alias>[A-Za-z_]\w*)[ \t]*\.[ \t]*(?P<name>" + functions + r")[ \t]*\(")
    found = [(text, match) for text in texts for match in call.finditer(text)]
    if not found:
        return _same(cost), _same(answer), list(lets), []
    aliases = {match.group("alias") for _, match in found}
    if len(aliases) != 1:
        return _same(cost), _same(answer), list(lets), []
    alias = aliases.pop()
    if alias in _NOT_ALIASES or alias in defined_names or alias in defined_functions:
        return _same(cost), _same(answer), list(lets), []
    # the alias written anywhere else (as a name, or before another attribute) is something other than a module
    written = sum(len(re.findall(_NAME.format(re.escape(alias)), text)) for text in texts)
    if written != len(found):
        return _same(cost), _same(answer), list(lets), []
    # every call of a function that goes through the alias: a bare call of the same name beside it is the same
    # function (the --let's), so both readings agree; nothing more to ask
    names = sorted({match.group("name") for _, match in found})

    def rewrite(text: str | None) -> Pasted | None:
        if text is None:
            return None
        edits: list[tuple[int, int, int, int]] = []
        pieces: list[str] = []
        last, shift = 0, 0
        for match in call.finditer(text):
            start, end = match.start("alias"), match.start("name")
            pieces.append(text[last:start])
            edits.append((start, end, start - shift, start - shift))
            shift += end - start
            last = end
        if not edits:
            return Pasted(text, text)
        pieces.append(text[last:])
        return Pasted(text, "".join(pieces), tuple(edits))

    new_lets = [done.text if isinstance(text, str) and (done := rewrite(text)) is not None else text
                for text in lets]
    note = NOTE.format(alias=alias, name=names[0]) if len(names) == 1 else \
        NOTE.format(alias=alias, name="{" + ", ".join(names) + "}")
    return rewrite(cost), rewrite(answer), new_lets, [note]


def _same(text: str | None) -> Pasted | None:
    return None if text is None else Pasted(text, text)

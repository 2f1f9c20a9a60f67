"""Code's --let lines that are one script, and a parameter re-bound to a value computed from it, read in order.

Octave and NumPy bodies pasted line by line as --let s re-bind their names as they go (asifelhan's ex5)::

    --let 'h = X * theta ;' 'y2 = h-y;' 'y2 = y2 .^2;' 'J1 = sum((1/(2*m)) * y2);'
          'theta (1) = 0;' 'theta = theta.^2;' 'J2= sum(theta * lambda / (2*m));'   COST 'J = J1+J2;'

Each --let is a definition, and a name defined twice is refused: where the cost's own line stood among them is not
said. Where the cost's line uses none of the names the lines set more than once (nor a fixed name they re-bind),
its place among them changes nothing it reads, so the lines are read as the body they were cut from, in the order
given, with the cost's line last (:func:`script_lets`, noted); the block reader then reads them as it reads any
body. Only one-line statements ``NAME = VALUE`` (or an entry ``NAME(k) = VALUE``), plain code, with no answer
that uses a name they set, and each line reading only names set on the lines before it (``y2 = y2.^2;`` given
before ``y2 = h-y;`` would lose the square: the lines are not in the order they run, left refused).

In such a body, ``theta = theta.^2`` re-binds a parameter vector to a value made from it alone (its entries'
squares, a slice ``theta(2:end)``): the lines after it read that value, the lines before it and the derivative the
θ the code was given. :func:`rebound_parameters` puts ``(theta.^2)`` where each later line writes ``theta``
(noted). A re-binding from anything else (``theta = theta - alpha*grad``), a transpose (``theta = theta'``: which
shape the code's θ had before is not said), a later line that sets the name again or
indexes it, and the data's and labels' names (``y = sigmoid(h)`` re-binds y to the prediction) are left alone, to
be refused as before.

Sympy-free; nothing is run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .. import patterns
from . import vocabulary as vocab

__all__ = ["script_lets", "rebound_parameters", "SCRIPT_NOTE", "REBOUND_NOTE"]

#: one statement: NAME = VALUE, or an entry NAME(k) = VALUE / NAME (k) = VALUE / NAME[k] = VALUE; Octave's ';'
_STATEMENT = patterns.to_end(
    r"\s*(?P<name>[A-Za-z_]\w*)\s*(?P<entry>\(\s*\d+\s*\)|\[\s*\d+\s*\])?\s*=(?!=)\s*(?P<value>[^\n=;]+)")
#: the parameter vectors a body may re-bind from themselves
_PARAMETERS = ("theta", "w", "beta")
#: the words a value made from the parameter alone may hold besides it: Octave's end, NumPy's square and power
_OWN_WORDS = frozenset({"end", "np", "numpy", "square", "power"})

#: a line of a block, whose lines run as often as it says (a loop, an if) or in a scope of their own (a def): its
#: header or its end, Octave's or Python's (a line ending in ':')
_BLOCK = patterns.compile(r"\s*(?:(?:for|while|if|elif|else|elseif|def|function|switch|case|otherwise|try|catch|do|"
                          r"until|with|end\w*)(?![\w.(\[=])(?!\s*[-+*/]?=(?!=))|[^#%\n]*:[ \t]*(?:[#%][^\n]*)?$)")

SCRIPT_NOTE = ("read as code: the --let lines are one body, run in the order given ({names} set more than once), "
               "with the cost's line {cost} last: it uses none of those names, so its place among them changes "
               "nothing it reads")
REBOUND_NOTE = ("read as code: {line} re-binds {name} to a value made from it alone, {value}: the lines after it "
                "read that value (each later {name} is ({value})), the lines before it and the derivative the {name} "
                "the code was given")


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")


def script_lets(cost: str | None, answer: str | None, lets: Sequence[str],
                plain: Callable[[str], bool]) -> tuple[str, str] | None:
    """The --let lines and the cost's line as one body (the cost's last) and the note; None where not such a script.

    ``plain`` says whether a text is plain notation (code), not LaTeX.
    """
    if not isinstance(cost, str) or "\n" in cost.strip() or len(lets) < 2 or not plain(cost):
        return None
    if not all(isinstance(text, str) and "\n" not in text.strip() and plain(text) for text in lets):
        return None
    statements = [_STATEMENT.fullmatch(text) for text in lets]
    if any(match is None for match in statements):
        return None
    names = [match.group("name") for match in statements if match is not None]
    twice = {name for name in names if names.count(name) > 1}
    if not twice:
        return None  # each name set once: a set of definitions, read as --let s
    if any(name in vocab.FIXED_NAMES and name not in _PARAMETERS for name in names):
        return None  # y = sigmoid(h), x = …, m = …: a name of the notation set by a line, left to the readers
    again = sorted(twice | {name for name in names if name in _PARAMETERS})
    if any(_word(name).search(cost) for name in again):
        return None  # the cost reads a name the lines set again: its place among them matters, and is not said
    if isinstance(answer, str) and any(_word(name).search(answer) for name in set(names)):
        return None  # the answer reads the lines too: which of their values it uses is not said
    set_by_lines = set(names)
    seen: set[str] = set()
    for match in statements:
        assert match is not None
        read = set(re.findall(r"(?<![\w.])[A-Za-z_]\w*", match.group("value")))
        if any(name in set_by_lines and name not in seen and name not in _PARAMETERS for name in read):
            return None  # y2 = y2.^2 before y2 = h-y: a line reads a name no line before it set: not the run's order
        seen.add(match.group("name"))
    if not re.fullmatch(r"\s*[A-Za-z_]\w*\s*=(?!=)[^\n]+", cost):
        return None  # the body ends by setting the cost's name: J = J1 + J2
    body = "\n".join(text.strip() for text in lets) + "\n" + cost.strip()
    return body, SCRIPT_NOTE.format(names=", ".join(again), cost=cost.strip())


def rebound_parameters(text: str) -> tuple[str, list[str]]:
    """``text`` (a body of code lines) with each ``theta = <value of theta alone>`` line's value put in the lines
    after it, the line itself left out; and the notes. Unchanged where no line is such a re-binding."""
    notes: list[str] = []
    lines = text.split("\n")
    if len(lines) < 3 or any(_BLOCK.match(line) for line in lines):
        return text, notes  # a loop, an if, a def: how often a line runs, and which lines see it, is the block's
    k = 0
    while k < len(lines):
        match = _STATEMENT.fullmatch(lines[k])
        name = match.group("name") if match is not None and not match.group("entry") else None
        if match is None or name not in _PARAMETERS:
            k += 1
            continue
        value = match.group("value").strip()
        words = set(re.findall(r"[A-Za-z_]\w*", value))
        use = _word(name)
        if name not in words or not words <= _OWN_WORDS | {name} or "'" in value:
            k += 1
            continue  # theta = theta - alpha*grad (other values too), theta = theta' (a shape the code's θ had): not here
        later = lines[k + 1:]
        uses = [found for line in later for found in use.finditer(line)]
        sets = re.compile(rf"^\s*{re.escape(name)}\s*(?:\(|\[|[-+*/]?=(?!=))")
        if not uses or any(sets.match(line) for line in later) \
                or any(re.match(r"\s*[(\[.]", found.string[found.end():]) for found in uses):
            k += 1
            continue  # set again, indexed or read as an attribute after the re-binding: left to the readers
        put = [use.sub(lambda _: f"({value})", line) for line in later]
        notes.append(REBOUND_NOTE.format(line=lines[k].strip().rstrip(";").strip(), name=name, value=value))
        lines = lines[:k] + put
    return "\n".join(lines), notes

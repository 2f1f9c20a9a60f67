"""An Octave function file given as a --let, read as the function it defines.

ex2-style solutions keep a helper in its own file and call it from the cost::

    function [h] = hypo(X,theta)

    z=X*theta;
    h= 1./(1+exp(-z));
    end

Pasted whole as a --let, this is the function ``hypo(X,theta)`` whose value is the
last value of its output variable ``h``. The body's assignments run in order, so
each name a line sets is put, in brackets, where a later line uses it (``z`` in
``h = 1./(1+exp(-z))`` is ``(X*theta)``): the let read is then
``hypo(X,theta) = 1./(1+exp(-(X*theta)))``, the reading a Python ``def`` let gets
(:func:`logderiv.notation.pasted._python_function`), said in a note.

Only simple bodies are read: assignments ``NAME = …`` in order, then ``end`` (or
``endfunction``, or nothing). Comments are dropped: ``%``/``#`` to the end of a line, and a block comment's
lines, from a line ``%{`` (``#{``) of its own to its ``%}`` (``#}``), nested as Octave nests them (a commented-out
old ``h = …`` after the real one is not the function's value); one never closed is refused. A loop or a branch, a write into an entry
(``h(1) = 0``), an update (``h += 1``), a name the body neither receives nor sets,
two outputs, or an output never set is refused with its position. Nothing is run.
This module imports no sympy.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError

__all__ = ["read_function_file"]

#: function [OUT] = NAME(ARGS), function OUT = NAME(ARGS) on the first line (its outputs checked below)
_HEADER = patterns.compile(r"^\s*function\s+(?:\[(?P<outputs>[^\[\]=]*)\]|(?P<output>[A-Za-z]\w*))\s*=\s*"
                           r"(?P<name>[A-Za-z]\w*)\s*\((?P<params>[^()]*)\)\s*(?:;\s*)?(?:%[^\n]*)?$")
#: NAME = VALUE: one assignment of the body (no ==, no entry, no update)
#: (matched against the statement without its ending, patterns.without_end: no lazy value before an optional end)
_ASSIGNMENT = patterns.compile(r"\s*(?P<name>[A-Za-z]\w*)\s*=(?!=)\s*(?P<value>.+)", re.S)
#: a line that opens a block of control flow
_CONTROL = patterns.compile(r"^\s*(?P<word>for|while|if|elseif|else|switch|case|otherwise|do|until|try|catch|"
                            r"unwind_protect|parfor|return|break|continue|global|persistent)\b")
#: a block comment's opening and closing lines: %{ or #{ (%} or #}) alone on its line; they nest
_BLOCK_OPEN = patterns.compile(r"^\s*[%#]\{\s*$")
_BLOCK_CLOSE = patterns.compile(r"^\s*[%#]\}\s*$")
#: the closing line
_END = patterns.compile(r"^\s*(?:end|endfunction)\s*(?:;\s*)?$")
#: an identifier (a field or a method after '.' is no name of its own; 1e-3's e is no name)
_NAME = patterns.compile(r"(?<![\w.])(?<!\d\.)[A-Za-z_]\w*")
#: names a body may use without setting them: the functions and constants Octave has
_BUILT_IN = {"exp", "log", "log1p", "sqrt", "abs", "sum", "mean", "size", "length", "numel", "ones", "zeros",
             "sigmoid", "tanh", "max", "min", "pi", "e", "eps", "end", "transpose", "rows", "columns", "power",
             "prod", "norm", "Inf", "inf"}

NOTE = ("read as Octave: the function file function {header} = {name}({params}) … end defines the function "
        "{name}({params}) = {body}, the last value of its output {output}{put}")


def read_function_file(text: str) -> tuple[str, str] | None:
    """``function [h] = hypo(X,theta) … end`` → (``hypo(X,theta) = BODY``, the note), or None if not one.

    Raises :class:`InputError` (at the offending line) for a function file whose body is not simple.
    """
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    header = _HEADER.match(lines[first])
    if header is None:
        return None
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    params = [p.strip() for p in header.group("params").split(",") if p.strip()]
    outputs = [o for o in re.split(r"[\s,]+", (header.group("outputs") or header.group("output") or "").strip()) if o]
    if len(outputs) != 1 or not all(re.fullmatch(r"[A-Za-z]\w*", p) for p in params) or not params:
        raise InputError(
            f"the function file {header.group('name')} has {len(outputs)} outputs and {len(params)} parameters: only "
            "a function of one output and named parameters is read as a --let",
            source=text, column=starts[first] + lines[first].index("function"), label="--let",
            hint="give the function's value as a --let of its own, e.g. --let 'h = sigmoid(X*theta)'")
    output = outputs[0]
    values: dict[str, str] = {}
    written: dict[str, str] = {}
    put: list[str] = []
    ended = False
    opened: list[int] = []  # the lines of the block comments open (%{ … %}: the lines between are not run)
    for k in range(first + 1, len(lines)):
        if _BLOCK_OPEN.match(lines[k]):
            opened.append(k)
            continue
        if opened:
            if _BLOCK_CLOSE.match(lines[k]):
                opened.pop()
            continue
        line = re.sub(r"\s*[%#][^\n]*$", "", lines[k])  # Octave's comments
        if not line.strip():
            continue
        column = starts[k] + len(line) - len(line.lstrip())
        if ended:
            raise InputError("text after the function file's end: one function is read as a --let", source=text,
                             column=column, label="--let", hint="give each function as a --let of its own")
        if _END.match(line):
            ended = True
            continue
        control = _CONTROL.match(line)
        if control is not None:
            raise InputError(
                f"the function file {header.group('name')} has a '{control.group('word')}' line: only a body of "
                "assignments in order is read as a --let (a loop or a branch is not put in place)",
                source=text, column=column, label="--let",
                hint="write the function's value as one formula, e.g. --let 'h = sigmoid(X*theta)'")
        for statement in _statements(line):
            assignment = _ASSIGNMENT.fullmatch(patterns.without_end(statement, ";"))
            if assignment is None:
                raise InputError(
                    f"'{statement.strip()}' in the function file {header.group('name')} is not NAME = value: only "
                    "assignments in order are read", source=text, column=column, label="--let",
                    hint="a write into an entry or an update (h(1) = 0, h += 1) is not read in a function file")
            name, value = assignment.group("name"), assignment.group("value").strip().rstrip(";").strip()
            for used in _NAME.finditer(value):
                word = used.group()
                called = value[used.end():].lstrip().startswith("(")
                at = re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", line[line.index("=") + 1:])
                where = starts[k] + line.index("=") + 1 + (at.start() if at is not None else 0)
                if word in values:
                    if called:
                        raise InputError(
                            f"'{word}(…)' indexes the name {word} the function file sets: only whole values are put "
                            "in place", source=text, column=where, label="--let",
                            hint="write the function's value as one formula")
                elif word not in params and not (called or word in _BUILT_IN):
                    raise InputError(
                        f"the function file {header.group('name')} uses '{word}', which is not one of its parameters "
                        f"({', '.join(params)}) and which no line before sets", source=text, column=where,
                        label="--let", hint=f"add {word} to the parameters, or write the function's value as one formula")
            body = _NAME.sub(lambda used: f"({values[used.group()]})" if used.group() in values and not
                             value[used.end():].lstrip().startswith("(") else used.group(), value)
            put += [f"{word} = {written[word]}" for word in (used.group() for used in _NAME.finditer(value))
                    if word in values and f"{word} = {written[word]}" not in put]
            values[name], written[name] = body, value
    if opened:
        raise InputError(f"the function file {header.group('name')} opens a block comment that it never closes: the "
                         "lines after it are not run", source=text,
                         column=starts[opened[0]] + lines[opened[0]].index(lines[opened[0]].strip()), label="--let",
                         hint="close the block comment with a line %} (or #}) of its own")
    if output not in values:
        raise InputError(f"the function file {header.group('name')} never sets its output {output}", source=text,
                         column=starts[first] + lines[first].index(output), label="--let",
                         hint=f"set {output} = … in the body")
    arguments = ",".join(params)
    said = f" ({'; '.join(put)}: put in, in brackets, where a later line uses it)" if put else ""
    note = NOTE.format(header=header.group("outputs") is not None and f"[{output}]" or output,
                       name=header.group("name"), params=arguments, body=values[output], output=output, put=said)
    return f"{header.group('name')}({arguments}) = {values[output]}", note


def _statements(line: str) -> list[str]:
    """``line`` split at each ';' outside brackets (``z = X*theta; h = sigmoid(z);``), empty pieces dropped."""
    pieces, depth, start = [], 0, 0
    for position, char in enumerate(line):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == ";" and depth == 0:
            pieces.append(line[start:position])
            start = position + 1
    pieces.append(line[start:])
    return [piece for piece in pieces if piece.strip()]

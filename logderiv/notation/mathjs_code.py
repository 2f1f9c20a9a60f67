"""math.js calls, as JavaScript tutorials write a cost and its gradient, put in NumPy's spelling, each noted.

JavaScript has no operators on matrices, and the math.js library gives them as functions:
``math.sum(math.square(math.subtract(math.multiply(X, theta), y)))``. Each call is put in NumPy's words, its
arguments read the same way first, the value in brackets so that no precedence is guessed. Only what is exact for
every shape math.js accepts is read (https://mathjs.org/docs/reference/functions.html):

=========================  ===========================  ============================================================
call                       read as                      why it is exact
=========================  ===========================  ============================================================
``math.add(a, b)``         ``(a + b)``; ``subtract``    entry by entry, or by a number (math.js broadcasts as NumPy)
``math.dotMultiply(a, b)`` ``(a * b)``; ``dotDivide``   entry by entry
``math.multiply(a, b)``    ``(a @ b)``                  the matrix product (of two vectors, their dot product); with
                                                        a number on either side (``2``, ``alpha / m``) ``(a * b)``
``math.divide(a, b)``      ``(a / b)``                  only by a number or a count: math.js divides by a matrix as
                                                        a times b's inverse
``math.square(a)``         ``(a ** 2)``                 each entry squared
``math.dotPow(a, k)``      ``(a ** k)``                 each entry to the power k
``math.sum(a)``            ``np.sum(a)``                every entry (no dimension given)
``math.mean(a)``           ``np.mean(a)``               every entry (no dimension given)
``math.transpose(a)``      ``(a).T``                    the transpose
``math.dot(a, b)``         ``np.dot(a, b)``             the dot product of two vectors
``math.exp(a)``            ``np.exp(a)``; ``log``,      each entry's function (math.js maps them over a matrix;
                           ``log2``, ``sqrt``           ``log`` of one argument is the natural logarithm)
``A.size()[0]``            ``A.shape[0]``; ``[1]``,     a matrix's size, rows first
                           ``math.size(A)[0]``
=========================  ===========================  ============================================================

Refused, never guessed: ``math.log(a, base)`` (a logarithm to another base), ``math.pow`` (of a square matrix, the matrix power), ``math.sum(a, dim)`` and
``math.mean(a, dim)`` (a vector, not a cost's number), ``math.divide`` by anything but a number or a count, and a
math.js function not in the table. A text is read so when it calls ``math.`` with one of these names; ``Math.`` (the
browser's scalar functions) is another reader's. Nothing is evaluated; this module imports no sympy.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError
from .brackets import closing, top_level

__all__ = ["is_mathjs", "edits", "METHODS_NOTE"]

#: a call of math.js: math.name( — lower-case math, which the browser's Math is not
_CALL = patterns.compile(r"(?<![\w.])math\s*\.\s*(?P<name>[A-Za-z]\w*)\s*\(")
#: math.js's size of a matrix, A.size()[0] (rows) and A.size()[1] (columns): NumPy's A.shape[k]
_SIZE = patterns.compile(r"(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*\.\s*size\(\s*\)\s*\[\s*(?P<k>[01])\s*\]")
#: math.js's size as a function, math.size(A)[0]: NumPy's A.shape[0]
_MATH_SIZE = patterns.compile(r"(?<![\w.])math\s*\.\s*size\(\s*(?P<name>[A-Za-z_]\w*)\s*\)\s*\[\s*(?P<k>[01])\s*\]")
#: names that are numbers wherever they stand in these texts: a learning rate, a penalty's weight, a count
_SCALARS = frozenset({"alpha", "lambda", "lam", "lr", "eta", "learningRate", "learning_rate", "m", "N", "n"})
#: a name in an operand
_NAME = patterns.compile(r"[A-Za-z_]\w*")
#: a number, or a name that counts (m, N, n, a length or a size): what math.divide may divide by, and multiply scale by
_COUNT = patterns.compile(r"\d+(?:\.\d+)?|m|N|n|n_?samples|num_?samples|\(?\s*\d+\s*\*\s*(?:m|N|n)\s*\)?|"
                          r"[A-Za-z_]\w*\s*\.\s*(?:length|size\(\)\s*\[\s*[01]\s*\]|shape\s*\[\s*[01]\s*\])|"
                          r"(?:m|N|n)\s*\*\s*\d+")
#: a name or a number: an operand that needs no bracket
_ATOM = patterns.compile(r"[A-Za-z_][\w.]*(?:\[\d+\])?|\d+(?:\.\d+)?")

#: the calls that act entry by entry (or by a number), by NumPy's operator
_BINARY = {"add": "+", "subtract": "-", "dotMultiply": "*", "dotDivide": "/"}
#: the calls of one argument, by their NumPy spelling of it
_UNARY = {"square": "({} ** 2)", "sum": "np.sum({})", "mean": "np.mean({})", "transpose": "({}).T",
          "exp": "np.exp({})", "log": "np.log({})", "log2": "np.log2({})", "sqrt": "np.sqrt({})"}
#: every call read here; any other math.js function is refused at its name
_KNOWN = frozenset({*_BINARY, *_UNARY, "multiply", "divide", "dotPow", "dot"})

#: how every call is read, said once
METHODS_NOTE = ("read as math.js: multiply is the matrix product (by a number, the product); add, subtract, "
                "dotMultiply, dotDivide act entry by entry; divide is by a number; square and dotPow are powers of "
                "each entry; sum and mean take every entry; transpose; dot of two vectors; exp, log, log2, sqrt apply to "
                "each entry")
#: what one outermost call was read as
_NOTE = "read as math.js: {written} is {read}"


def is_mathjs(text: str | None) -> bool:
    """Whether ``text`` calls a math.js function of the table (``math.multiply(``; not LaTeX, not ``Math.exp``)."""
    if not isinstance(text, str) or "\\" in text:
        return False
    return any(call.group("name") in _KNOWN for call in _CALL.finditer(text))


def edits(text: str, *, label: str = "COST") -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Each outermost math.js call of ``text`` as one (start, end, NumPy text, note) edit; refused where not exact."""
    found = [(begin, end, read, _NOTE.format(written=" ".join(text[begin:end].split()), read=read))
             for begin, end, read in _calls(text, 0, len(text), label)]
    found += [(size.start(), size.end(), _shape(size), _NOTE.format(written=size.group(0), read=_shape(size)))
              for size in _SIZE.finditer(text) if not any(a <= size.start() < b for a, b, _, _ in found)]
    return sorted(found), [METHODS_NOTE] if found else []


def _shape(size: re.Match[str]) -> str:
    """``A.size()[k]`` as NumPy's ``A.shape[k]``."""
    return f"{size.group('name')}.shape[{size.group('k')}]"


def _calls(text: str, begin: int, stop: int, label: str) -> list[tuple[int, int, str]]:
    """The outermost calls in ``text[begin:stop]``: (start, end, the call in NumPy's words) each."""
    found: list[tuple[int, int, str]] = []
    position = begin
    while (call := _CALL.search(text, position, stop)) is not None:
        size = _MATH_SIZE.match(text, call.start(), stop)
        if size is not None:
            found.append((size.start(), size.end(), _shape(size)))
            position = size.end()
            continue
        opener = call.end() - 1
        close = closing(text[:stop], opener)
        if close is None:
            return found  # an unclosed bracket: left to the readers, whose message points at it
        found.append((call.start(), close + 1, _read(text, call.group("name"), call.start("name"), opener, close,
                                                     label)))
        position = close + 1
    return found


def _read(text: str, name: str, at: int, opener: int, close: int, label: str) -> str:
    """The call ``math.name(…)`` whose brackets are ``opener`` and ``close``, in NumPy's words."""
    cuts = [opener, *(opener + 1 + comma for comma in top_level(text[opener + 1:close], ",")), close]
    arguments = [(a + 1, b) for a, b in zip(cuts, cuts[1:])]
    if name not in _KNOWN:
        _refuse(f"'math.{name}' is a math.js function this reading does not know: only add, subtract, multiply, "
                "divide, dotMultiply, dotDivide, dotPow, square, sum, mean, transpose, dot, exp, log, log2 and sqrt are "
                "read" + (" (math.pow of a square matrix is its matrix power)" if name == "pow" else ""),
                text, at, label)
    wanted = 1 if name in _UNARY else 2
    if len(arguments) != wanted or any(not text[a:b].strip() for a, b in arguments):
        extra = (" over a dimension: a vector, not the number of every entry's " + name
                 if name in ("sum", "mean") and len(arguments) == 2 else "")
        _refuse(f"'math.{name}' takes {wanted} argument{'s' if wanted > 1 else ''} here{extra}", text, at, label)
    read = [_argument(text, a, b, label) for a, b in arguments]
    if name in _UNARY:
        return _UNARY[name].format(read[0])
    left, right = read
    if name in _BINARY:
        return f"({left} {_BINARY[name]} {right})"
    if name == "dotPow":
        return f"({left} ** {right})"
    if name == "dot":
        return f"np.dot({left}, {right})"
    if name == "divide":
        if _COUNT.fullmatch(right.strip("()").strip()) is None and _COUNT.fullmatch(right) is None:
            _refuse(f"'math.divide(…, {right})' divides by {right}: math.js divides by a matrix as the product with "
                    "its inverse, so only a number or a count is read", text, at, label)
        return f"({left} / {right})"
    # multiply: the matrix product, or a number's multiple
    scaled = _scalar(left) or _scalar(right)
    return f"({left} {'*' if scaled else '@'} {right})"


def _scalar(operand: str) -> bool:
    """Whether ``operand`` is a number as written: numbers and the names of ``_SCALARS`` under + − * / (``alpha / m``)."""
    if not operand.strip() or any(sign in operand for sign in ("@", ".", "[", ",")) or "np." in operand:
        return False
    return all(name in _SCALARS for name in _NAME.findall(operand)) and \
        all(character.isdigit() or character.isalpha() or character in " _+-*/()" for character in operand)


def _argument(text: str, begin: int, end: int, label: str) -> str:
    """The argument ``text[begin:end]`` with its own calls read, in brackets unless it is a name or a number."""
    pieces, last = [], begin
    for start, stop, read in _calls(text, begin, end, label):
        pieces += [text[last:start], read]
        last = stop
    inner = _SIZE.sub(_shape, " ".join(("".join(pieces) + text[last:end]).split()))
    return inner if _ATOM.fullmatch(inner) or inner.startswith("(") and closing(inner, 0) == len(inner) - 1 \
        else f"({inner})"


def _refuse(message: str, text: str, column: int, label: str) -> None:
    raise InputError(message, source=text, column=column, label=label,
                     hint="write the formula in NumPy (np.sum((X @ theta - y) ** 2) / (2 * m)) or plain notation")

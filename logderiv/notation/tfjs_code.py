"""TensorFlow.js method chains, as its courses write a cost and its slopes, put in NumPy's spelling, each noted.

TensorFlow.js has no operators on tensors: ``features.matMul(weights).sub(labels).pow(2).sum().div(n)`` is a
formula read left to right, each method applied to the value so far. Each method is put in NumPy's words, the
value so far in brackets, so that no precedence is guessed:

================  =====================================  =============================================
method            read as                                why it is exact
================  =====================================  =============================================
``a.matMul(b)``   ``(a @ b)``                            the matrix product
``a.add(b)``      ``(a + b)``; ``sub``, ``mul``, ``div``  entry by entry, or by a number (broadcast),
                  likewise with ``-``, ``*``, ``/``      as NumPy's operators are
``a.pow(k)``      ``(a ** k)``                           each entry to the power k
``a.sum()``       ``np.sum(a)``                          the sum of every entry (no axis given)
``a.mean()``      ``np.mean(a)``                         the mean of every entry (no axis given)
``a.transpose()`` ``(a).T``                              the transpose
``a.sigmoid()``   ``sigmoid(a)``; ``log``, ``exp``       each entry's function
``a.neg()``       ``(-a)``                               each entry's negative
``a.square()``    ``(a ** 2)``                           each entry squared
================  =====================================  =============================================

An argument is read the same way (``guesses.mul(-1).add(1).log()`` inside ``matMul``). A chain that sums or
averages over an axis (``.sum(1)``, ``.mean(0)``: a vector, not the number a cost is), or calls a method not in
the table (``.relu()``, ``.arraySync()``), is refused at that method, never guessed. ``a.shape[0]`` is left to
the readers (the number of examples of the data matrix). A problem is read as TensorFlow.js only when one of its
texts writes ``.matMul(``, a method no other language the readers know spells so; then every text's chains are
read (the cost ``termOne.add(termTwo).div(n)`` carries no mark of its own). Nothing here evaluates anything;
this module imports no sympy.
"""

from __future__ import annotations

from ..errors import InputError
from .brackets import closing
from .. import patterns

__all__ = ["is_tfjs", "edits", "NOTE", "METHODS_NOTE"]

#: TensorFlow.js's matrix product, camel-cased as no other language the readers know writes it
_MARK = patterns.compile(r"\.matMul\s*\(")
#: the start of a chain: a name (an object's attribute this.features too) or a closing bracket, then a method
_RECEIVER = patterns.compile(r"(?<![\w.])(?:(?:this|self)\s*\.\s*)?[A-Za-z_]\w*(?=\s*\.\s*[A-Za-z_]\w*\s*\()")
#: one link of a chain: .name( with any spaces and line breaks before the dot
_LINK = patterns.compile(r"\s*\.\s*(?P<method>[A-Za-z_]\w*)\s*\(")
#: spaces after an opening bracket
_OPEN_SPACE = patterns.compile(r"([(\[])\s+")
#: an argument that is one operand as it stands: a name, an attribute, a size, a number
_ATOM = patterns.compile(r"[A-Za-z_][\w.]*(?:\[\d+\])?|\d+(?:\.\d+)?")
#: modules whose functions take their argument in brackets: np.log(h) is no chain on a tensor np
_MODULES = frozenset({"np", "numpy", "Math", "math", "tf", "torch"})
#: the binary methods, by NumPy's operator
_BINARY = {"matMul": "@", "add": "+", "sub": "-", "mul": "*", "div": "/"}
#: the methods of one tensor and no argument, by their NumPy spelling of the value so far
_UNARY = {
    "sum": "np.sum({})",
    "mean": "np.mean({})",
    "transpose": "({}).T",
    "sigmoid": "sigmoid({})",
    "log": "np.log({})",
    "exp": "np.exp({})",
    "neg": "(-{})",
    "square": "({} ** 2)",
}
#: what one chain was read as
NOTE = "read as TensorFlow.js, a method chain applied left to right: {written} is {read}"
#: how every chain is read, said once
METHODS_NOTE = ("read as TensorFlow.js: matMul is the matrix product; add, sub, mul, div act entry by entry or by a "
                "number; pow is a power of each entry; sum and mean take every entry; transpose; sigmoid, log, exp "
                "apply to each entry")


def is_tfjs(text: str | None) -> bool:
    """Whether ``text`` writes TensorFlow.js's ``.matMul(`` (outside LaTeX, which has no method calls)."""
    return isinstance(text, str) and "\\" not in text and _MARK.search(text) is not None


def edits(text: str, *, label: str = "COST") -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Each method chain of ``text`` as one (start, end, NumPy text, note) edit; refused where a link is not exact."""
    found = [(begin, end, read, NOTE.format(written=_shown(text[begin:end]), read=read))
             for begin, end, read in _chains(text, 0, len(text), label)]
    return found, [METHODS_NOTE] if found else []


def _shown(written: str) -> str:
    """A chain as written, on one line (``this.`` read away earlier leaves spaces after a bracket: dropped)."""
    return _OPEN_SPACE.sub(r"\1", " ".join(written.split())).replace(" .", ".")


def _chains(text: str, begin: int, stop: int, label: str) -> list[tuple[int, int, str]]:
    """The chains in ``text[begin:stop]``: (start, end, the chain in NumPy's words) each."""
    found: list[tuple[int, int, str]] = []
    position = begin
    while (receiver := _RECEIVER.search(text, position, stop)) is not None:
        chain = _chain(text, receiver.start(), receiver.end(), stop, label)
        if chain is None:
            position = receiver.end()
            continue
        end, read = chain
        found.append((receiver.start(), end, read))
        position = end
    return found


def _chain(text: str, start: int, after: int, stop: int, label: str) -> tuple[int, str] | None:
    """The end of the chain whose receiver is ``text[start:after]``, and the chain in NumPy's words; None if no link.

    ``x.shape[0]`` and a method of NumPy's own (``X.dot(theta)``) beside no link of the table are no chain.
    """
    value = " ".join(text[start:after].split())
    if value in _MODULES:
        return None  # np.log(h), Math.exp(z), tf.sigmoid(z): a module's function of its argument, no chain
    position, links = after, 0
    while (link := _LINK.match(text, position, stop)) is not None:
        method = link.group("method")
        opener = link.end() - 1
        close = closing(text[:stop], opener)
        if close is None:
            return None  # an unclosed bracket: left to the readers, whose message points at it
        argument = text[opener + 1:close]
        if method in _BINARY:
            if not argument.strip():
                _refuse(f"'.{method}()' has no argument: TensorFlow.js's {method} takes the other tensor or a number",
                        text, link.start("method"), label)
            value = f"({value} {_BINARY[method]} {_argument(text, opener + 1, close, label)})"
        elif method == "pow" and argument.strip():
            value = f"({value} ** {_argument(text, opener + 1, close, label)})"
        elif method in _UNARY:
            if argument.strip():
                what = ("over an axis: a vector, not the number of every entry's " + method
                        if method in ("sum", "mean") else "with an argument, which this reading does not know")
                _refuse(f"'.{method}({argument.strip()})' is TensorFlow.js's {method} {what}", text,
                        link.start("method"), label)
            value = _UNARY[method].format(value)
        elif links == 0:
            return None  # X.dot(theta), np.log(h): a method of another language, no TensorFlow.js chain
        else:
            _refuse(f"'.{method}(…)' is a TensorFlow.js method this reading does not know: only matMul, add, sub, "
                    "mul, div, pow, sum, mean, transpose, sigmoid, log, exp, neg and square are read", text,
                    link.start("method"), label)
        links += 1
        position = close + 1
    return (position, value) if links else None


def _argument(text: str, begin: int, end: int, label: str) -> str:
    """The argument ``text[begin:end]`` with its own chains read (``guesses.mul(-1).add(1).log()``), in brackets."""
    pieces, last = [], begin
    for start, stop, read in _chains(text, begin, end, label):
        pieces += [text[last:start], read]
        last = stop
    inner = " ".join(("".join(pieces) + text[last:end]).split())
    # a name, a number or an attribute (this.features.shape[0]) needs no bracket; anything else keeps its own
    return inner if _ATOM.fullmatch(inner) else f"({inner})"


def _refuse(message: str, text: str, column: int, label: str) -> None:
    raise InputError(message, source=text, column=column, label=label,
                     hint="write the formula in NumPy (np.sum((X @ w - y) ** 2) / m) or plain notation")

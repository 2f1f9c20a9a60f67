r"""Haskell code with hmatrix, as a regression module writes a cost, put in NumPy's spelling, each reading noted.

hmatrix writes the dot product of two vectors ``u <.> v`` and the matrix–vector product ``x #> theta``; Haskell
applies a function by juxtaposition (``size y``, ``log (s)``), converts a count to a number with ``fromIntegral``
(``fromIntegral $ size y``, ``fromIntegral (-m)``) and lifts a number to a vector with hmatrix's ``scalar m``. Each is
put here as NumPy writes it: ``np.dot(u, v)``, ``x @ theta``, ``length(y)`` (hmatrix's ``size`` of a vector is its
length), and the number itself. Both operators bind tighter than arithmetic (``infixr 8``) and looser than
application, so an operand is one atom: a name, a number or a bracket, with the arguments applied to it.

hmatrix's ``tr' x`` is the transpose ``x.T``, and a function of a number that code maps over a vector under a name
of its own (``sigmoidVec = cmap sigmoid``, called ``sigmoidVec (x #> theta)``) is that function, entry by entry.

A problem is read as Haskell only when one of its texts writes ``<.>``, ``#>`` or ``fromIntegral``, which no other
language the readers know writes; a text with a backslash (LaTeX) is never rewritten. What else Haskell writes
(``fromList``, ``tail``, ``<$>``, a ``$`` elsewhere) is refused at its place, as Haskell not read, rather than left
to a reader that would call it an unclosed bracket. Nothing here evaluates anything; this module imports no sympy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import patterns
from ..errors import InputError
from .brackets import closing

__all__ = ["is_haskell", "haskell_problem", "respell", "DOT_NOTE", "PRODUCT_NOTE", "FROM_INTEGRAL_NOTE",
           "SIZE_NOTE", "SCALAR_NOTE", "TRANSPOSE_NOTE", "VECTOR_FUNCTION_NOTE"]

#: what marks a text as Haskell with hmatrix
_MARK = patterns.compile(r"<\.>|#>|(?<![\w.])fromIntegral(?![\w])")
#: hmatrix's operators
_DOT = patterns.compile(r"<\.>")
_PRODUCT = patterns.compile(r"#>")
#: conversions that keep the value: fromIntegral $ …, fromIntegral x, hmatrix's scalar x
_FROM_INTEGRAL_DOLLAR = patterns.compile(r"(?<![\w.])fromIntegral\s*\$\s*")
_CONVERSION = patterns.compile(r"(?<![\w.])(?P<name>fromIntegral|scalar)\s+(?=[\w(])")
#: hmatrix's size of a vector: size y, size (y)
_SIZE = patterns.compile(r"(?<![\w.])size\s+(?:(?P<name>[A-Za-z_]\w*)(?![\w(])|\(\s*(?P<inner>[A-Za-z_]\w*)\s*\))")
#: hmatrix's transpose: tr' x, tr' (x)
_TRANSPOSE = patterns.compile(r"(?<![\w.])tr'\s*(?:(?P<name>[A-Za-z_]\w*)(?![\w(])|\(\s*(?P<inner>[A-Za-z_]\w*)\s*\))")
#: a function of a number mapped over a vector, named for it (sigmoidVec = cmap sigmoid), applied to something
_VECTOR_FUNCTION = patterns.compile(r"(?<![\w.])(?P<function>sigmoid|exp|log|tanh)Vec(?=\s*\()")
#: Haskell this module does not read: fmap, list building and slicing, a $ left after fromIntegral's are read
_UNREAD = patterns.compile(r"<\$>|(?<![\w.])(?:fromList|toList|tail|head|init|last|fmap|cmap|zipWith|foldr|foldl)"
                           r"(?![\w'])|(?<!<)\$(?!>)")
#: a name applied to a bracket with a space between: log (s)
_APPLIED = patterns.compile(r"(?<![\w.])([A-Za-z_]\w*)\s+\(")
#: a function of a number applied to a name or number by juxtaposition, no bracket: log h, exp z. Application
#: binds tighter than every operator, so ``log h <.> y`` is (log h) <.> y, Σᵢ yᵢ log hᵢ; left as written, the dot
#: product took h alone and log(hᵀy) was read
_APPLIED_TO_ATOM = patterns.compile(
    r"(?<![\w.'])(?P<function>log|exp|sqrt|tanh|abs|sigmoid)[ \t]+(?P<argument>[A-Za-z_][\w']*|\d+(?:\.\d+)?)"
    r"(?![\w'(.])")
_NAME = patterns.compile(r"[A-Za-z_][\w']*")
_NUMBER = patterns.compile(r"\d+(?:\.\d+)?")

DOT_NOTE = "read as Haskell (hmatrix): u <.> v is the dot product of two vectors, uᵀv: np.dot(u, v)"
PRODUCT_NOTE = "read as Haskell (hmatrix): M #> v is the matrix–vector product Mv: M @ v"
FROM_INTEGRAL_NOTE = "read as Haskell: fromIntegral converts a count to a number and keeps its value"
SIZE_NOTE = "read as Haskell (hmatrix): size v of a vector is its length: length(v)"
SCALAR_NOTE = "read as Haskell (hmatrix): scalar x lifts the number x to a vector, broadcast: x"
TRANSPOSE_NOTE = "read as Haskell (hmatrix): tr' x is the transpose xᵀ: x.T"
VECTOR_FUNCTION_NOTE = ("read as Haskell: {written} is the function {function} applied to each entry of a vector "
                        "(a name Haskell code gives to cmap {function}): {function}")


def is_haskell(text: object) -> bool:
    """Whether ``text`` writes hmatrix's ``<.>`` or ``#>``, or Haskell's ``fromIntegral`` (and is no LaTeX)."""
    return isinstance(text, str) and "\\" not in text and _MARK.search(text) is not None


def haskell_problem(texts: Sequence[str | None]) -> bool:
    """Whether any of a problem's texts is Haskell (:func:`is_haskell`): its other plain texts are read so too."""
    return any(is_haskell(text) for text in texts)


def respell(text: str, *, label: str = "COST") -> tuple[str, list[str]]:
    """``text`` with Haskell's and hmatrix's spellings put in NumPy's, and the notes of those put.

    Raises :class:`InputError` (labelled ``label``) at a Haskell construct that is not read (``fromList``, ``<$>``,
    ``tail``, a ``$`` after anything but ``fromIntegral``): left in the text, the readers' complaint about it
    (an unclosed bracket, an unknown name) would not say that it is Haskell's.
    """
    if "\\" in text:
        return text, []
    _refuse_unread(text, label)
    notes: list[str] = []
    text = _transposes(text, notes)
    text = _vector_functions(text, notes)
    text = _sizes(text, notes)
    text = _conversions(text, notes)
    text = _applications(text)
    if _PRODUCT.search(text):
        text = _PRODUCT.sub("@", text)
        notes.append(PRODUCT_NOTE)
    while (match := _DOT.search(text)) is not None:
        left = _operand_before(text, match.start())
        right = _operand_after(text, match.end())
        if left is None or right is None:
            break  # an operand this reading cannot delimit: left as written, for the readers to refuse
        _refuse_power_beside_dot(text, left, right, match.start(), label)
        text = (text[:left] + f"np.dot({text[left:match.start()].strip()}, {text[match.end():right].strip()})"
                + text[right:])
        if DOT_NOTE not in notes:
            notes.append(DOT_NOTE)
    return text, notes


def _refuse_power_beside_dot(text: str, left: int, right: int, column: int, label: str) -> None:
    """Refuse ``u <.> v ^ 2`` (or ``**``, or a power before ``u``): ``^`` is infixr 8 as hmatrix's ``<.>`` is.

    Haskell groups it ``u <.> (v ^ 2)``, Σᵢ uᵢvᵢ², where taking the atom ``v`` alone read (u·v)²; which of the two
    the writer meant, the text does not say.
    """
    after = text[right:].lstrip()
    before = text[:left].rstrip()
    if after.startswith(("^", "**")) or before.endswith(("^", "**")):
        raise InputError(
            "a power beside hmatrix's <.>: Haskell gives ^ and <.> one precedence (infixr 8), so u <.> v ^ 2 is "
            "u <.> (v ^ 2), not (u <.> v) ^ 2",
            source=text, column=column, label=label,
            hint="write the brackets you mean: (u <.> v) ^ 2 or u <.> (v ^ 2)",
        )


def _refuse_unread(text: str, label: str) -> None:
    """Refuse, at its place, a Haskell construct this module does not put in NumPy's words."""
    for match in _UNREAD.finditer(text):
        if match.group() == "$" and text[:match.start()].rstrip().endswith("fromIntegral"):
            continue  # fromIntegral $ size y: read
        raise InputError(
            f"'{match.group().strip()}' is Haskell that logderiv does not read (it reads hmatrix's <.>, #>, tr', "
            "scalar and size, and fromIntegral)",
            source=text, column=match.start(), label=label,
            hint="write the value the expression builds in NumPy's words (theta[1:] for tail theta, with the "
                 "entries it changes written out)",
        )


def _transposes(text: str, notes: list[str]) -> str:
    """``tr' x`` → ``x.T``: hmatrix's transpose of a matrix."""
    new = _TRANSPOSE.sub(lambda match: f"{match.group('name') or match.group('inner')}.T", text)
    if new != text:
        notes.append(TRANSPOSE_NOTE)
    return new


def _vector_functions(text: str, notes: list[str]) -> str:
    """``sigmoidVec (z)`` → ``sigmoid (z)``: Haskell code's name of a function of a number mapped over a vector."""
    found: list[str] = []

    def spelled(match: re.Match[str]) -> str:
        found.append(match.group())
        return match.group("function")

    new = _VECTOR_FUNCTION.sub(spelled, text)
    for written in dict.fromkeys(found):
        notes.append(VECTOR_FUNCTION_NOTE.format(written=written, function=written[: -len("Vec")]))
    return new


def _conversions(text: str, notes: list[str]) -> str:
    """``fromIntegral $ e`` → ``(e)`` (to the end of its bracket), ``fromIntegral x``/``scalar x`` → ``x``."""
    while (match := _FROM_INTEGRAL_DOLLAR.search(text)) is not None:
        end = _group_end(text, match.end())
        inner = text[match.end():end].strip()
        # an atom (m = fromIntegral $ size y) needs no bracket; anything else keeps $'s extent in one
        bracketed = inner if _operand_after(inner, 0) == len(inner) else f"({inner})"
        text = text[:match.start()] + bracketed + text[end:]
        if FROM_INTEGRAL_NOTE not in notes:
            notes.append(FROM_INTEGRAL_NOTE)
    while (match := _CONVERSION.search(text)) is not None:
        text = text[:match.start()] + text[match.end():]
        note = FROM_INTEGRAL_NOTE if match.group("name") == "fromIntegral" else SCALAR_NOTE
        if note not in notes:
            notes.append(note)
    return text


def _sizes(text: str, notes: list[str]) -> str:
    """``size y`` → ``length(y)``: hmatrix's size of a vector."""
    def spelled(match: re.Match[str]) -> str:
        return f"length({match.group('name') or match.group('inner')})"

    new = _SIZE.sub(spelled, text)
    if new != text:
        notes.append(SIZE_NOTE)
    return new


def _applications(text: str) -> str:
    """``log (s)`` → ``log(s)`` and ``log h`` → ``log(h)``: a function applied as Haskell applies it, written as a
    call (no note: the same application, in a bracket)."""
    text = _APPLIED_TO_ATOM.sub(lambda m: f"{m.group('function')}({m.group('argument')})", text)
    return _APPLIED.sub(lambda m: m.group(0) if m.group(1) in _KEYWORDS else m.group(1) + "(", text)


#: words a bracket may follow that are not functions applied to it
_KEYWORDS = frozenset({"in", "if", "then", "else", "let", "where", "of", "and", "or", "not"})


def _group_end(text: str, start: int) -> int:
    """Where the expression starting at ``start`` ends: at the bracket that closes around it, or the text's end."""
    depth = 0
    for position in range(start, len(text)):
        if text[position] in "([":
            depth += 1
        elif text[position] in ")]":
            if depth == 0:
                return position
            depth -= 1
    return len(text)


def _operand_before(text: str, end: int) -> int | None:
    """The start of the atom that ends at ``end`` (spaces skipped): a name or number, a bracket, a call ``f(…)``."""
    position = end
    while position > 0 and text[position - 1].isspace():
        position -= 1
    if position == 0:
        return None
    if text[position - 1] == ")":
        depth = 0
        for opener in range(position - 1, -1, -1):
            if text[opener] == ")":
                depth += 1
            elif text[opener] == "(":
                depth -= 1
                if depth == 0:
                    break
        else:
            return None
        start = opener
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1  # a call: log(s), np.log(s)
        return start
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'"):
        start -= 1
    return start if start < position else None


def _operand_after(text: str, start: int) -> int | None:
    """The end of the atom that starts at ``start`` (spaces skipped): a name or number, a bracket, a call ``f(…)``."""
    position = start
    while position < len(text) and text[position].isspace():
        position += 1
    match = _NAME.match(text, position) or _NUMBER.match(text, position)
    if match is not None:
        position = match.end()
        if position < len(text) and text[position] == "(":
            close = closing(text, position)
            return None if close is None else close + 1
        return position
    if position < len(text) and text[position] == "(":
        close = closing(text, position)
        return None if close is None else close + 1
    return None

r"""Rust code, as a numeric crate writes a loss, put in the spelling the readers already read, each reading noted.

A Rust loss sums over a slice with an iterator chain: ``residuals.iter().map(|x| x * x).sum::<f64>()`` is
Σᵢ rᵢ², ``a.iter().zip(b.iter()).map(|(x, y)| x - y).collect()`` the vector a − b entry by entry. Such a chain
is put in plain words: ``.sum()`` of the closure's value is ``sum(…)`` (code's sum of a vector, which the
readers take over the examples or the features as its body says), ``.collect()`` the closure's value itself,
its parameters standing for the entries of the slices iterated (so a closure's ``x`` is no data x). Around the
chains: ``n as f64`` is n (a cast), ``&v`` is v (a borrow), ``v.len()`` is ``len(v)``, and the float methods
``a.powi(k)``, ``a.powf(k)``, ``a.exp()``, ``a.ln()``, ``a.sqrt()`` are aᵏ, eᵃ, log a and √a.

A text is read as Rust only when it says so: an iterator (``.iter()``), a turbofish (``::<f64>``), a cast
(``as f64``) or a method no other language spells so (``.powi(``, ``.powf(``, ``.ln()``); any other text is
left alone. A chain that ends otherwise than in ``.sum()`` or ``.collect()`` (``.fold``, ``.product()``,
``.max``), or whose closure does not bind one name per slice, is refused at its iterator, never guessed.
Nothing here evaluates anything; this module imports no sympy.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .brackets import closing
from .. import patterns

__all__ = ["is_rust", "edits"]

#: what marks a text as Rust
#: (a cast's spaces from their first: searched from every place of a long run of spaces, \s+as was quadratic)
_MARK = patterns.compile(r"\.(?:into_)?iter\(\s*\)|::<|(?<!\s)\s+as\s+(?:f32|f64|usize|isize|i32|i64|u32|u64)(?!\w)"
                         r"|\.(?:powi|powf)\(|\.ln\(\s*\)")
#: the iterator over a slice (copied or cloned: the same entries)
_ITER = patterns.compile(r"\.(?:into_)?iter\(\s*\)(?:\.(?:copied|cloned)\(\s*\))?")
#: a cast of a number to another number type
_CAST = patterns.compile(r"(?<!\s)\s+as\s+(?:f32|f64|usize|isize|i32|i64|u32|u64)(?!\w)")
#: a borrow of a value (not &&)
_BORROW = patterns.compile(r"(?<![\w)\]&])&(?!&)\s*(?=[A-Za-z_(])")
#: the float methods read, and len
_METHOD = patterns.compile(r"\.(powi|powf|exp|ln|sqrt|len)\(")
#: a turbofish on a method: ::<f64>, ::<Vec<f64>>
_TURBOFISH = patterns.compile(r"\s*::\s*<[\w\s<>,]*>")
#: the end of a chain read: .sum(), .sum::<f64>(), .collect(), .collect::<Vec<f64>>()
_TERMINAL = patterns.compile(r"\.(sum|collect)(?:\s*::\s*<[\w\s<>,]*>)?\(\s*\)")
#: a closure: |x| body, |(x, y)| body, |&x| body, |(&x, &y)| body
_CLOSURE = patterns.to_end(r"^\s*\|\s*(?P<params>[^|]*)\|\s*(?P<body>.+)$", re.DOTALL, mark="")
_ONE = patterns.compile(r"^\s*&?\s*(?P<a>[A-Za-z_]\w*)\s*(?::\s*&?\s*\w+\s*)?$")
_TWO = patterns.compile(r"^\s*&?\s*\(\s*&?\s*(?P<a>[A-Za-z_]\w*)\s*,\s*&?\s*(?P<b>[A-Za-z_]\w*)\s*\)\s*$")

_FUNCTIONS = {"exp": "exp", "ln": "log", "sqrt": "sqrt"}


def is_rust(text: str) -> bool:
    """Whether ``text`` is marked as Rust code (an iterator, a turbofish, a cast, ``.powi(``, ``.ln()``)."""
    return isinstance(text, str) and _MARK.search(text) is not None


def edits(text: str, *, label: str) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Rust's spellings in ``text`` as (start, end, replacement, note) edits into plain notation's words, and notes.

    The notes are those of the constructs spelled inside an edit (a chain inside a method's receiver, a
    method inside a closure's body). Raises :class:`InputError` (labelled ``label``) for an iterator chain
    that is not read.
    """
    notes: list[str] = []
    found = _outermost(text, label, text, notes)
    _refuse_unread_methods(text, label)
    return found, notes


#: a method call on a value: .log(, .ln_1p(, .recip(
_CALL = patterns.compile(r"\.\s*(?P<name>[A-Za-z_]\w*)\s*(?:::\s*<[\w\s<>,]*>\s*)?\(")
#: the methods this module reads (the chain's and the float methods) or refuses with words of its own
_READ_METHODS = frozenset({"iter", "into_iter", "copied", "cloned", "zip", "map", "sum", "collect",
                           "powi", "powf", "exp", "ln", "sqrt", "len"})


def _refuse_unread_methods(text: str, label: str) -> None:
    """Refuse a method this module does not read (``a.log(2.0)``, ``a.recip()``, ``a.ln_1p()``), at its dot.

    Left in the text, ``a.log(2.0)`` (Rust's logarithm to the base 2) was read by the plain reader as the
    product a·log(2), a '.' between two factors; every other float method is as likely a function of a's.
    """
    for match in _CALL.finditer(text):
        if match.group("name") not in _READ_METHODS:
            raise InputError(
                f"'.{match.group('name')}(' is not read as Rust: the float methods read are .powi, .powf, .exp, "
                ".ln and .sqrt", source=text, column=match.start(), label=label,
                hint="write the function applied to the value, as ln(a) / ln(2) for a.log(2.0)",
            )


def _outermost(text: str, label: str, source: str, notes: list[str]) -> list[tuple[int, int, str, str]]:
    """The edits of ``text``'s constructs that no other holds (a chain's body, a method's receiver is spelled in it)."""
    outer: list[tuple[int, int, str, str]] = []
    for edit in sorted(_constructs(text, label, source, notes), key=lambda edit: (edit[0], -edit[1])):
        if not outer or edit[0] >= outer[-1][1]:
            outer.append(edit)
    return outer


def _spell(text: str, label: str, source: str, notes: list[str]) -> str:
    """``text`` (a receiver, a closure's body) with every Rust construct in it spelled, as one string; notes kept."""
    pieces, last = [], 0
    for start, end, replacement, note in _outermost(text, label, source, notes):
        pieces += [text[last:start], replacement]
        last = end
        if note and note not in notes:
            notes.append(note)
    return "".join(pieces) + text[last:]


def _constructs(text: str, label: str, source: str, notes: list[str]) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    reached = 0
    for match in _ITER.finditer(text):
        if match.start() < reached:
            continue  # the iterator of a .zip( or of a closure's body: read with the chain that holds it
        found.append(_chain(text, match, label, source, notes))
        reached = found[-1][1]
    for match in _METHOD.finditer(text):
        method = _method(text, match, label, source, notes)
        if method is not None:
            found.append(method)
    for match in _CAST.finditer(text):
        cast = text[match.start():match.end()].strip()
        found.append((match.start(), match.end(), "", f"read as Rust: '{cast}' converts a number to another number "
                                                       "type: the same number"))
    for match in _BORROW.finditer(text):
        found.append((match.start(), match.end(), "", "read as Rust: &v borrows v: the same values"))
    return found


def _receiver(text: str, dot: int) -> int | None:
    """The start of the operand that ends at ``dot`` (``residuals``, ``self.x``, ``(y - x * w)``, a chain), or None."""
    position = dot
    while position > 0:
        char = text[position - 1]
        if char in ")]":
            opened = _opening(text, position - 1)
            if opened is None:
                return None
            position = opened
        elif char == ">":
            fish = text.rfind("::", 0, position)
            if fish < 0 or not _TURBOFISH.fullmatch(text, fish, position):
                break
            position = fish
        elif char.isalnum() or char in "_.":
            position -= 1
        else:
            break
    if position == dot or not (text[position].isalpha() or text[position] in "_(["):
        return None
    return position


def _opening(text: str, closer: int) -> int | None:
    depth = 0
    for position in range(closer, -1, -1):
        if text[position] in ")]}":
            depth += 1
        elif text[position] in "([{":
            depth -= 1
            if depth == 0:
                return position
    return None


def _refuse(message: str, source: str, text: str, at: int, label: str) -> InputError:
    column = source.find(text) + at if text in source else None
    return InputError(message, source=source, column=column, label=label,
                      hint="write the sum as sum(…) of the closure's value, or the loss in plain notation")


def _chain(text: str, match: re.Match[str], label: str, source: str, notes: list[str]) -> tuple[int, int, str, str]:
    """``a.iter()[.zip(b.iter())][.map(|…| body)].sum()`` (or ``.collect()``) as one edit."""
    start = _receiver(text, match.start())
    if start is None:
        raise _refuse("an iterator is read only of a named slice or a bracket: .iter() follows nothing here",
                      source, text, match.start(), label)
    slices = [_spell(text[start:match.start()].lstrip("&").strip(), label, source, notes)]
    position = match.end()
    if text.startswith(".zip(", position):
        closer = closing(text, position + 4)
        if closer is None:
            raise _refuse("'.zip(' is never closed", source, text, position, label)
        other = text[position + 5:closer].strip().lstrip("&").strip()
        iterated = _ITER.search(other)
        if iterated is not None and iterated.end() == len(other):
            other = other[:iterated.start()]  # .zip(y.iter()) and .zip(&y) iterate the same entries
        slices.append(_spell(other, label, source, notes))
        position = closer + 1
    body = None
    if text.startswith(".map(", position):
        closer = closing(text, position + 4)
        closure = _CLOSURE.match(text[position + 5:closer]) if closer is not None else None
        if closer is None or closure is None:  # no closure where no bracket closes
            raise _refuse("'.map(' is read only with a closure, |x| …", source, text, position, label)
        shape = (_TWO if len(slices) == 2 else _ONE).match(closure.group("params"))
        if shape is None:
            raise _refuse(f"the closure of '.map(' binds {closure.group('params').strip()}: read only as one name "
                          f"per slice iterated ({'|(x, y)|' if len(slices) == 2 else '|x|'})",
                          source, text, position, label)
        body = closure.group("body")
        if body.startswith("{") and closing(body, 0) == len(body) - 1:
            body = body[1:-1].strip()
        for name, value in zip(shape.groupdict().values(), slices):
            # the closure's name stands for each entry of its slice (a closure's x is no data x)
            body = re.sub(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", lambda _: f"({value})", body)
        body = _spell(body, label, source, notes)
        position = closer + 1
    elif len(slices) == 2:
        raise _refuse("'.zip(' is read only before '.map(|(x, y)| …)'", source, text, position, label)
    terminal = _TERMINAL.match(text, position)
    if terminal is None:
        raise _refuse("an iterator chain is read only when it ends in .sum() or .collect()",
                      source, text, position, label)
    value = body if body is not None else slices[0]
    spelled = text[start:terminal.end()]
    shown = spelled if len(spelled) <= 60 else spelled[:59] + "…"
    if terminal.group(1) == "sum":
        return start, terminal.end(), f"sum({value})", (
            f"read as Rust: {shown} adds up "
            + ("its closure's value at each entry of the slices iterated" if body is not None else "the entries")
            + f": sum({value})")
    return start, terminal.end(), f"({value})", (
        f"read as Rust: {shown} is the vector of its closure's value at each entry of the slices iterated, "
        f"entry by entry: {value}")


def _method(text: str, match: re.Match[str], label: str, source: str, notes: list[str]) -> tuple[int, int, str, str] | None:
    """``a.powi(2)``, ``a.exp()``, ``a.ln()``, ``a.sqrt()``, ``v.len()`` as one edit, or None (no receiver)."""
    closer = closing(text, match.end() - 1)
    start = _receiver(text, match.start())
    if closer is None or start is None:
        return None
    method, argument = match.group(1), text[match.end():closer].strip()
    receiver = _spell(text[start:match.start()], label, source, notes)
    if method in ("powi", "powf"):
        if not argument:
            return None
        return start, closer + 1, f"({receiver})^({_spell(argument, label, source, notes)})", (
            f"read as Rust: a.{method}(k) is a to the power k")
    if argument:
        return None
    if method == "len":
        return start, closer + 1, f"len({receiver})", "read as Rust: v.len() is the number of entries of v, len(v)"
    function = _FUNCTIONS[method]
    return start, closer + 1, f"{function}({receiver})", (
        f"read as Rust: a.{method}() is {function}(a)" + (" (the natural logarithm)" if method == "ln" else ""))

r"""JavaScript's (and TypeScript's) arrow functions given as ``--let`` s, applied where the code calls them.

Code from a JavaScript or TypeScript course names its model as a function and
calls it in the loop over the examples:

    --let "f_wb_x = (w: number, b: number) => (x: number) => w * x + b"
    const f_wb = f_wb_x(w, b); const y_hat_i = f_wb(x[i]);        (curried, applied in two steps)
    univariate_linear_regression_model(w, b)(x[i])                 (curried, applied at once)
    multiple_linear_regression_model(w, b, X[i])                   (one list of parameters)

An arrow function is a definition: its value at some arguments is its body
with each parameter replaced by the argument in its place. That is all that is
done here, to the letter, before the statements are read
(:mod:`logderiv.notation.statements`): a call with all its lists of arguments
becomes the body, in brackets; a name set to a call with fewer lists (``const
f_wb = f_wb_x(w, b)``) is the function that is left, applied where it is
called in turn. Each parameter is replaced at once (a parameter's name inside
an argument is not replaced again), and a TypeScript type after a parameter or
a list (``: number``) is dropped: the body says what the value is. A call
whose list has another number of arguments than the definition's, or a
function used otherwise than called (passed on, returned), is refused with a
caret; a function no text calls is left alone. Nothing is run. Sympy-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .. import patterns
from ..errors import InputError
from .brackets import closing, top_level

__all__ = ["apply_arrows", "ARROW_NOTE"]

#: NAME = (params) => (params) => BODY, with let/const/var and TypeScript's types allowed
_ARROW_LET = patterns.compile(
    r"^\s*(?:(?:let|const|var)\s+)?(?P<name>[A-Za-z_]\w*)\s*(?::[^=]*)?=\s*(?P<rest>\(.*)$", re.DOTALL)
#: one list of parameters and its arrow: (w: number, b: number): number =>
_PARAMETERS = patterns.compile(
    r"\(\s*(?P<params>[^()]*?)\s*\)\s*(?::\s*[\w\[\]<>.| ]+?\s*)?=>\s*", re.DOTALL)
#: a statement that names what a call with fewer lists leaves: const f_wb = f_wb_x(w, b);
_PARTIAL = (r"^[ \t]*(?:(?:let|const|var)\s+)?(?P<name>[A-Za-z_]\w*)\s*=\s*{f}\s*\((?P<args>[^()]*)\)[ \t]*;?[ \t]*"
            r"(?:\n|$)")
ARROW_NOTE = ("read as JavaScript: {name} = ({params}) => … is a function; each call of it is its body with the "
              "arguments put in for the parameters")


@dataclass
class _Arrow:
    """A function: its lists of parameters (outermost first) and its body."""

    name: str
    lists: list[list[str]]
    body: str


def _word(name: str) -> str:
    return rf"(?<![\w.]){re.escape(name)}(?!\w)"


def _arrow(text: str) -> _Arrow | None:
    """The arrow function a --let defines, or None when it defines none."""
    match = _ARROW_LET.match(text)
    if match is None:
        return None
    rest, lists = match.group("rest"), []
    while (found := _PARAMETERS.match(rest)) is not None:
        params = [re.sub(r"\s*:.*$", "", part, flags=re.DOTALL).strip()
                  for part in found.group("params").split(",")] if found.group("params").strip() else []
        if not all(re.fullmatch(r"[A-Za-z_]\w*", param) for param in params):
            return None  # a default value or a destructured parameter: not read
        lists.append(params)
        rest = rest[found.end():]
    body = rest.strip().rstrip(";").strip()
    if not lists or not body or body.startswith("{"):
        return None  # a block body ({ return …; }) is not one value
    return _Arrow(match.group("name"), lists, body)


def _put(body: str, params: list[str], args: list[str]) -> str:
    """``body`` with each parameter replaced by its argument, all at once (an argument is not read again)."""
    if not params:
        return body
    table = dict(zip(params, args))
    pattern = "|".join(_word(param) for param in params)
    return re.sub(pattern, lambda m: table[m.group(0)], body)


def _argument(text: str) -> str:
    """An argument as it goes into a body: bracketed unless it is a name, a number or an indexed name."""
    text = text.strip()
    return text if re.fullmatch(r"[A-Za-z_]\w*(?:\s*\[[^\[\]]*\])*|\d+(?:\.\d*)?", text) else f"({text})"


def _fail(text: str, column: int, message: str) -> InputError:
    return InputError(message, source=text, column=max(column, 0),
                      hint="call an arrow function with as many arguments as each of its lists of parameters")


def _apply(text: str, arrows: dict[str, _Arrow]) -> tuple[str, set[str]]:
    """``text`` with each call of an arrow function replaced by its value; the names of the functions applied."""
    applied: set[str] = set()
    arrows = dict(arrows)
    for _ in range(50):  # each pass applies one call; a bound that no real text reaches
        for name, arrow in list(arrows.items()):
            partial = re.search(_PARTIAL.format(f=re.escape(name)), text, re.MULTILINE)
            if partial is not None and len(arrow.lists) > 1:
                args = top_level(partial.group("args"), ",")
                pieces = _pieces(partial.group("args"), args)
                if len(pieces) != len(arrow.lists[0]):
                    raise _fail(text, partial.start("args"), f"{name} is called with {len(pieces)} arguments, and "
                                f"its parameters are {', '.join(arrow.lists[0]) or 'none'}")
                left = partial.group("name")
                # the parameters left get fresh names first, so that an argument's x is not taken for the x of a
                # later list: (w) => (x) => w * x at x[i] is (x__1) => x[i] * x__1
                fresh = [[f"{param}__{len(arrows)}" for param in params] for params in arrow.lists[1:]]
                body = arrow.body
                for params, renamed in zip(arrow.lists[1:], fresh):
                    body = _put(body, params, renamed)
                arrows[left] = _Arrow(left, fresh, _put(body, arrow.lists[0], [_argument(piece) for piece in pieces]))
                text = text[:partial.start()] + text[partial.end():]
                applied.add(name)
                break
            call = re.search(_word(name) + r"\s*\(", text)
            if call is None:
                continue
            table: dict[str, str] = {}  # every list's parameters, put in at once at the end (an inner one shadows)
            end, opened = call.end() - 1, 0
            for params in arrow.lists:
                if end >= len(text) or text[end] != "(":
                    raise _fail(text, call.start(), f"{name} is applied to fewer lists of arguments than it takes: "
                                "the function left is not a value")
                closer = closing(text, end)
                if closer is None:
                    raise _fail(text, end, f"the call of {name} is not closed")
                inside = text[end + 1:closer]
                pieces = _pieces(inside, top_level(inside, ","))
                if len(pieces) != len(params):
                    raise _fail(text, end + 1, f"{name} is called with {len(pieces)} arguments, and its parameters "
                                f"are {', '.join(params) or 'none'}")
                table.update(zip(params, (_argument(piece) for piece in pieces)))
                end = closer + 1
                opened += 1
                while end < len(text) and text[end] in " \t" and opened < len(arrow.lists):
                    end += 1
            value = _put(arrow.body, list(table), list(table.values()))
            text = text[:call.start()] + f"({value})" + text[end:]
            applied.add(name)
            break
        else:
            named = next((match for name in arrows if (match := re.search(_word(name), text))), None)
            if named is not None and applied:
                # const f_wb = f(w, b) then f_wb - y[i]: a function where a value is wanted
                raise _fail(text, named.start(), f"{named.group(0)} is a function here (an arrow function, or what "
                            "calling one with fewer lists of arguments leaves), used otherwise than called")
            return text, applied
    raise _fail(text, 0, "the arrow functions call one another without end")


def _pieces(inside: str, cuts: list[int]) -> list[str]:
    if not inside.strip():
        return []
    bounds = [-1, *cuts, len(inside)]
    return [inside[a + 1:b].strip() for a, b in zip(bounds, bounds[1:])]


def apply_arrows(texts: dict[str, str | None], lets: Sequence[str]
                 ) -> tuple[dict[str, str | None], list[str], list[str]] | None:
    """The texts and the other --let s with each arrow function a --let defines applied where it is called, the lets
    without those functions, and the notes; None when no --let defines an arrow function that a text calls."""
    arrows: dict[str, _Arrow] = {}
    for given in lets:
        arrow = _arrow(given) if isinstance(given, str) else None
        if arrow is None:
            continue
        if arrow.name in arrows:
            # two --let s for one function: which one the writer meant is not ours to pick (the last silently won)
            raise InputError(f"'{arrow.name}' is defined twice", source=given, column=max(given.find(arrow.name), 0),
                             hint="give each --let a different name", label="--let")
        arrows[arrow.name] = arrow
    if not arrows:
        return None
    out: dict[str, str | None] = dict(texts)
    kept: list[str] = []
    used: set[str] = set()
    for key, text in texts.items():
        if isinstance(text, str):
            try:
                out[key], applied = _apply(text, arrows)
            except InputError as error:
                raise error.with_label(key) from None
            used |= applied
    for text in lets:
        arrow = _arrow(text) if isinstance(text, str) else None
        if arrow is not None and arrow.name in arrows:
            continue
        if isinstance(text, str):
            text, applied = _apply(text, arrows)
            used |= applied
        kept.append(text)
    if not used:
        return None
    # a function no text calls stays as it was given (to be refused, as any let that is no value, if it is used)
    kept += [text for text in lets if isinstance(text, str) and (arrow := _arrow(text)) is not None
             and arrow.name not in used]
    notes = [ARROW_NOTE.format(name=name, params=", ".join(arrows[name].lists[0]))
             for name in sorted(used & set(arrows))]
    return out, kept, notes

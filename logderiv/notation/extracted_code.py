"""Code whose tokens a PDF's text extraction spaced apart: ``np . sum (( model (x , theta ) - y ) **2)``.

A report typeset from a notebook and copied back out of its PDF keeps the code's
characters but puts a space around every token: ``x . T . dot ( r )`` for
``x.T.dot(r)``, ``model (x , theta ) = x . dot ( theta )`` for a function's head.
Python has no operator ``.`` of its own between two names and no juxtaposition,
so in Python such spacing changes nothing: ``a . b`` is the attribute ``a.b`` and
``f (x)`` the call ``f(x)``. Plain notation reads the same characters otherwise
(``x . T`` is the period product x·T, ``h (x)`` a product or a call), so the
spacing is taken away here only where the texts are Python code by a mark no
mathematics writes: a spaced dot after NumPy's module (``np . sum``) or before a
NumPy method that is called (``. dot (``, ``. sum (``).

In such a problem a spaced dot is glued when its left is a module or an object
(``np``, ``self`` …) or its right is an array's attribute or method (``T``,
``dot``, ``reshape`` …); a spaced dot before any other name (``x . w``, ``x . y``)
could be the attribute or the product and is refused, as is one before a name a
``--let`` defines (``x . T`` beside ``--let "T = …"``). A name before a spaced
``(`` is called (``model (x`` is ``model(x``), Python's keywords excepted.

Every character keeps its column as far as it can: the spaces taken out of a
chain (``x . T . dot (``) are put before it (``    x.T.dot(``), so an error
still points into the chain as written. Nothing is evaluated; sympy-free.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..errors import InputError
from .. import patterns

__all__ = ["SPACED_CODE_NOTE", "respace_extracted"]

#: the note said when a problem's code is read without the extraction's spaces
SPACED_CODE_NOTE = ("read as Python code whose tokens a PDF's text extraction spaced apart: a . b is the attribute a.b "
                    "and f (x) the call f(x), as Python reads them (it has no operator '.' and no juxtaposition)")

#: modules and objects whose attribute follows a dot: np . sum, self . alpha
_RECEIVERS = frozenset({"np", "numpy", "torch", "math", "scipy", "special", "linalg", "self", "this"})
#: an array's attributes and methods: x . T, x . dot (…), r . reshape (…)
_ARRAY_WORDS = frozenset({"T", "dot", "sum", "mean", "reshape", "transpose", "item", "flatten", "ravel", "squeeze",
                          "shape", "size", "copy", "astype", "max", "min"})
#: methods whose call marks a text as code: . dot (, . sum (
_CALLED_METHODS = frozenset({"dot", "sum", "mean", "reshape", "transpose"})
#: Python's keywords, which a bracket after them does not call
_KEYWORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "return", "for", "lambda", "def"})

#: a dot with a space on at least one side, between a name (or a closing bracket) and a name; spaces within a line
#: only, since a method chain broken over lines (TensorFlow.js's ``this.features\n  .matMul(w)``) is code as written
_SPACED_DOT = patterns.compile(r"(?P<left>[A-Za-z_][A-Za-z0-9_]*|\))(?P<before>[ \t]*)\.(?P<after>[ \t]*)"
                               r"(?P<right>[A-Za-z_][A-Za-z0-9_]*)(?P<call>[ \t]*\()?")
#: a chain of names joined by dots, spaced or not, and the bracket of its call if spaced from it
_CHAIN = patterns.compile(r"(?<![A-Za-z0-9_.])(?P<chain>(?:[A-Za-z_][A-Za-z0-9_]*|\))"
                          r"(?:[ \t]*\.[ \t]*[A-Za-z_][A-Za-z0-9_]*)*)(?P<gap>[ \t]+)?(?P<open>\()?")
#: a let's name side: up to its first '='
_LET_NAME = patterns.compile(r"\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)")


def _marked(text: str) -> bool:
    """Whether ``text`` has a spaced dot no mathematics writes: after NumPy's module, or before a called method."""
    for dot in _SPACED_DOT.finditer(text):
        if not (dot.group("before") or dot.group("after")):
            continue
        if dot.group("left") in ("np", "numpy") or (dot.group("right") in _CALLED_METHODS and dot.group("call")):
            return True
    return False


def _respace(text: str, defined: frozenset[str], label: str) -> str:
    """``text`` with each spaced dot glued and each spaced call's bracket put to its name (columns kept)."""
    for dot in _SPACED_DOT.finditer(text):
        if not (dot.group("before") or dot.group("after")):
            continue
        left, right = dot.group("left"), dot.group("right")
        if right in defined or not (left in _RECEIVERS or right in _ARRAY_WORDS):
            written = text[dot.start():dot.end("right")]
            raise InputError(
                f"'{written}' is spaced as a PDF's text extraction spaces code: it could be the attribute "
                f"{left}.{right} or the product {left}·{right}",
                source=text, column=dot.start("right") - len(dot.group("after")) - 1, label=label,
                hint=f"write {left}.{right} for the attribute (code) or {left}*{right} for the product")
    pieces: list[str] = []
    last = 0
    for chain in _CHAIN.finditer(text):
        written = chain.group("chain")
        glued = "".join(written.split())
        called = chain.group("open") is not None and chain.group("gap") is not None \
            and glued.rsplit(".", 1)[-1] not in _KEYWORDS and glued != ")"
        if glued == written and not called:
            continue
        whole = text[chain.start():chain.end()]
        new = glued + ("(" if called else (chain.group("gap") or "") + (chain.group("open") or ""))
        pieces.append(text[last:chain.start()] + " " * (len(whole) - len(new)) + new)
        last = chain.end()
    pieces.append(text[last:])
    return "".join(pieces)


def respace_extracted(cost: str | None, answer: str | None, lets: Sequence[str],
                      is_plain: Callable[[str], bool]) -> tuple[str | None, str | None, list[str], list[str]]:
    """The texts with a PDF extraction's spaces taken out of their code, and the note; unchanged if none is marked.

    Read only where a plain text of the problem is marked as spaced code (:func:`_marked`); then every
    plain text is respaced, a spaced dot that could be a product refused (:func:`_respace`).
    """
    plain = [text for text in (cost, answer, *lets) if isinstance(text, str) and is_plain(text)]
    if not any(_marked(text) for text in plain):
        return cost, answer, list(lets), []
    defined = frozenset(match.group("name") for text in lets if isinstance(text, str) and "=" in text
                        and (match := _LET_NAME.match(text.split("=", 1)[0])) is not None)

    def respaced(text: str | None, label: str) -> str | None:
        return _respace(text, defined, label) if isinstance(text, str) and is_plain(text) else text

    new_lets = [respaced(text, "--let") or text for text in lets]
    return respaced(cost, "COST"), respaced(answer, "ANSWER"), new_lets, [SPACED_CODE_NOTE]

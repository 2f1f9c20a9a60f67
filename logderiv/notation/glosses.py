r"""A gloss after a LaTeX formula: words saying what a symbol is, set aside with a note.

Notes end a formula with what a symbol means: ``\quad|| \quad \lambda = \text{Regularization parameter}``
(AI-Notes), ``, \text{where } \lambda \text{ is the regularisation strength}``, ``; \alpha: \text{the
learning rate}``. The gloss carries no mathematics — its right side is words, which name a constant and give it
no value — so it is set aside and the formula before it read, noted. Only the very end of the text is read,
and only this shape: a separator (a comma, a semicolon, a bar ``|``/``||``/``\|``/``\mid`` after a space, or a
``\quad``), or the word "where"/"with"/"here" in ``\text{}``; one symbol; then ``=``, ``:=`` or ``:`` and words in
``\text{}`` (``\mbox``, ``\textrm``, ``\textit``), or words beginning ``is``/``denotes``/``means``… A right side
that is mathematics (``\quad \lambda = 0.1``) is not a gloss and is read or refused as before.

The symbol must be one whose meaning the words cannot change: λ, or a letter logderiv gives no fixed meaning (a
constant such as α). Glossing a letter logderiv reads in a fixed way (m the number of examples, x the data, h the
prediction, j the feature index) or one a ``--let`` defines is refused: the formula would be checked as logderiv
reads the letter, not as the words say (``m = \text{number of features}``). Words that are numbers, or that qualify
the formula (``up to a constant``, ``ignoring the bias``), are refused too.

Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from typing import Collection

from .. import patterns
from ..errors import InputError
from . import vocabulary as vocab

__all__ = ["set_aside_trailing_gloss"]

#: TeX's spacing, which may stand around a gloss's separator
_SPACE = r"(?:\s|~|\\q?quad(?![A-Za-z])|\\[,;:! ])"
#: words in text mode: no braces, no maths (^ _ $ \)
_WORDS = r"\\(?:text|textrm|textit|mbox)\s*\{[^{}$\\^_]*[A-Za-z][^{}$\\^_]*\}"
#: the gloss at the end of the text (see the module's docstring)
_GLOSS = patterns.compile(
    rf"(?P<gloss>(?P<separator>{_SPACE}*[,;]|{_SPACE}+(?:\|\||\||\\\||\\(?:vert|Vert|mid)(?![A-Za-z])))?"
    rf"(?P<spacing>{_SPACE}*)"
    r"(?P<where>\\(?:text|textrm|mbox)\s*\{\s*(?:where|with|here)\s*,?\s*\}\s*)?"
    r"(?P<name>\\[A-Za-z]+|[A-Za-z](?:\s*_\s*(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?|[α-ω])\s*"
    rf"(?:(?::=|=|:)\s*(?P<words>{_WORDS}(?:\s*{_WORDS})*)"
    r"|(?P<said>\\(?:text|textrm|textit|mbox)\s*\{\s*(?:is|are|denotes|means|represents|stands\s+for|refers\s+to)"
    r"(?![A-Za-z])[^{}$\\^_]*\}))"
    r"\s*[.,]?\s*)$"
)
#: words that change what the formula is (its value, what it is the derivative of): not a gloss to set aside
_QUALIFIER = patterns.compile(
    r"(?<![A-Za-z])(?:up\s+to|proportional|ignor\w*|drop\w*|omit\w*|without|except\w*|exclud\w*|approx\w*|"
    r"times|negat\w*|divid\w*|multipl\w*|twice|not|intercept|bias)(?![A-Za-z])",
    re.IGNORECASE,
)
#: a number standing alone in the words (``\text{0.1}``), a value; a digit in a word (``L2``) is a name's
_NUMBER = patterns.compile(r"(?<![A-Za-z0-9])\d")


#: how far from the text's end a gloss may begin: its separator, one symbol, = and a few words
_REACH = 600
#: a gloss's last mark: the closing brace of its words, then perhaps a full stop or a comma
_ENDS_IN_WORDS = patterns.compile(r"\}\s*[.,]?\s*$")


#: the Greek letters as Unicode, to name a gloss's symbol in a note (\\lambda: λ)
_LETTERS = {spelled: letter for letter, spelled in vocab.GREEK.items()}


def _base(name: str) -> str:
    """The letter a gloss names, without its subscript, as the readers spell it (``\\lambda``, ``λ``: lambda)."""
    letter = re.split(r"\s*_", name, maxsplit=1)[0]
    return vocab.GREEK.get(letter, letter.removeprefix("\\"))


def set_aside_trailing_gloss(source: str, start: int, end: int, defined: Collection[str]) -> tuple[int, str | None]:
    r"""Where the formula in ``source[start:end]`` ends before a trailing gloss, and the note saying so.

    ``(end, None)`` where the text ends in no gloss. ``defined`` holds the names ``--let`` s define (and the
    functions they define), whose meaning a gloss could contradict. Raises :class:`InputError` where the gloss
    names a letter with a fixed reading or words that are a value or a qualifier.
    """
    # a gloss ends in its words' closing brace, and is short: looking for one only in the text's last _REACH
    # characters keeps the search linear (from every place of a long run of spaces, it was quadratic: 12,000
    # spaces took 13 s)
    if not _ENDS_IN_WORDS.search(source, start, end):
        return end, None
    match = _GLOSS.search(source, max(start, end - _REACH), end)
    if match is None or not source[start:match.start()].strip():
        return end, None
    if not (match.group("where") or re.search(r"[,;|]|\\q?quad|\\Vert|\\vert|\\mid", match.group("separator") or "")
            or re.search(r"\\q?quad", match.group("spacing"))):
        return end, None  # w_j^2 \lambda = \text{…}: no separator marks the end of the formula; read as before
    name, column = match.group("name"), match.start("name")
    letter = _base(name)
    shown = _LETTERS.get(letter, name) if name.startswith("\\") else name
    words = match.group("words") or match.group("said") or ""
    gloss = " ".join(source[match.start("gloss"):end].split())
    fixed = (vocab.FIXED_NAMES | vocab.INDEX_LETTERS | vocab.COUNT_LETTERS | vocab.SUBSCRIPTED_MODELS
             | {vocab.DATA_MATRIX, "Y", "t", "z", "g", "sigma", "Sigma", "ell", "L", "J", "E"}) - {"lambda"}
    if letter != "lambda" and (letter in fixed or letter in defined or name in defined):
        raise InputError(
            f"'{gloss}' after the formula says in words what {shown} is; logderiv does not read words, and {shown} "
            f"has a meaning of its own here: set aside, the formula would be checked as logderiv reads {shown}, not "
            f"as the words say (column {column + 1})",
            source=source, column=column,
            hint=f"end the formula before the words; to say what {name} is, define it: --let '{name} = …'",
        )
    if _NUMBER.search(words) or _QUALIFIER.search(words):
        raise InputError(
            f"'{gloss}' after the formula says something in words that the formula is read by (a value or a "
            f"qualifier); logderiv does not read words, and set aside they would be lost (column {column + 1})",
            source=source, column=column,
            hint=f"write a value as maths (--let '{name} = 0.1'), and give the formula the words describe",
        )
    return match.start("gloss"), (f"'{gloss.lstrip(', ')}' after the formula says in words what {shown} is: it "
                                  "carries no mathematics and is set aside")

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

__all__ = ["set_aside_trailing_gloss", "set_aside_plain_gloss"]

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
#: a number standing alone in the words (``\text{0.1}``), a value; a digit in a word (``L2``) is a name's; or a
#: number spelled out (``lambda is zero``, ``\text{one half}``, ``none``): a value too, which set aside the
#: formula would be checked without (audit29d: ``(lambda = zero)`` was set aside, an answer with no λ term
#: judged "different")
_NUMBER = patterns.compile(
    r"(?<![A-Za-z0-9])\d|(?<![A-Za-z])(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|"
    r"million|half|halves|quarter|third|tenth|nil|none|null|nothing|infinity|infinite)(?![A-Za-z])",
    re.IGNORECASE,
)
#: a letter standing alone among the words (``lambda is the penalty and m is the number of features``): another
#: symbol, glossed inside the first gloss's words, which set aside with them would escape their rules
_LONE_LETTER = patterns.compile(r"(?<![A-Za-z0-9'\\])(?![aAI](?![A-Za-z]))[A-Za-z](?![A-Za-z0-9'])")


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
    _refuse_what_words_cannot_say(source, gloss, name, shown, words, defined, column, latex=True)
    return match.start("gloss"), _said(gloss.lstrip(', '), shown)


#: the letters with a meaning of their own, whose gloss may only say that meaning (:func:`_agrees`)
_FIXED = (vocab.FIXED_NAMES | vocab.INDEX_LETTERS | vocab.COUNT_LETTERS | vocab.SUBSCRIPTED_MODELS
          | {vocab.DATA_MATRIX, "Y", "t", "z", "g", "sigma", "Sigma", "ell", "L", "J", "E"}) - {"lambda"}


def _refuse_what_words_cannot_say(source: str, gloss: str, name: str, shown: str, words: str,
                                  defined: Collection[str], column: int, *, latex: bool) -> None:
    """Refuse a gloss whose words would change the formula if set aside, in LaTeX and plain alike: words saying what a
    letter of fixed (or defined) meaning is, unless they say that meaning; another symbol glossed inside them; a
    value or a qualifier. LaTeX's messages name the column, as the LaTeX reader's do."""
    where = f" (column {column + 1})" if latex else ""
    letter = _base(name)
    if letter != "lambda" and (letter in _FIXED or letter in defined or name in defined) \
            and not (name not in defined and _agrees(letter, words)):
        raise InputError(
            f"'{gloss}' after the formula says in words what {shown} is; logderiv does not read words, and {shown} "
            f"has a meaning of its own here: set aside, the formula would be checked as logderiv reads {shown}, not "
            f"as the words say{where}",
            source=source, column=column,
            hint=f"end the formula before the words; to say what {name} is, define it: --let '{name} = …'",
        )
    _refuse_another_symbol(source, gloss, words, column)
    if _NUMBER.search(words) or _QUALIFIER.search(words):
        raise InputError(
            f"'{gloss}' after the formula says something in words that the formula is read by (a value or a "
            f"qualifier); logderiv does not read words, and set aside they would be lost{where}",
            source=source, column=column,
            hint=f"write a value as maths (--let '{name} = 0.1'), and give the formula the words describe",
        )


def _refuse_another_symbol(source: str, gloss: str, words: str, column: int) -> None:
    """Refuse a gloss whose words name a second symbol (``… and m is the number of features``).

    The gloss's rules (a fixed letter's words must agree, no value, no qualifier) are asked of the symbol it begins
    with; a letter inside its words is another symbol said in words, which would be set aside unasked.
    """
    text = re.sub(r"\\[A-Za-z]+\s*\{|[{}]", " ", words)
    lone = _LONE_LETTER.search(text)
    if lone is not None:
        raise InputError(
            f"'{gloss}' after the formula says in words what {lone.group(0)} is too; logderiv does not read words, "
            f"and a gloss is set aside only where it says what one symbol is", source=source, column=column,
            hint=f"end the formula before the words; to say what {lone.group(0)} is, define it: "
                 f"--let '{lone.group(0)} = …'")


def _said(gloss: str, shown: str) -> str:
    """The note of a gloss set aside."""
    return f"'{gloss}' after the formula says in words what {shown} is: it carries no mathematics and is set aside"


#: the letters logderiv reads in a fixed way whose gloss may say just that meaning, and then is set aside: the words
#: allowed (every word of the gloss is one of them) and those of which one must be said. ``m = number of examples``
#: agrees with m; ``h is the sigmoid`` names a model (not allowed), ``m = number of features`` another count
_AGREEING: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "m": (frozenset("number count size total of the in a our training examples example samples sample data dataset "
                    "points point observations observation instances instance records rows set".split()),
          frozenset("examples example samples sample observations instances records rows points".split())),
    "n": (frozenset("number count total of the a our features feature dimensions dimension predictors".split()),
          frozenset("features feature dimensions dimension predictors".split())),
    "h": (frozenset("the a our hypothesis function prediction predictions predicted value values model "
                    "model's of output estimate".split()),
          frozenset("hypothesis prediction predictions predicted".split())),
    "y": (frozenset("the a true actual observed target targets label labels value values class of ground "
                    "truth".split()),
          frozenset("target targets label labels truth".split())),
}


def _agrees(letter: str, words: str) -> bool:
    """Whether the gloss's ``words`` say of ``letter`` only the meaning logderiv reads it with (:data:`_AGREEING`)."""
    if letter not in _AGREEING:
        return False
    allowed, needed = _AGREEING[letter]
    said = [word.lower() for word in re.findall(r"[A-Za-z']+", re.sub(r"\\[A-Za-z]+\s*\{|[{}]", " ", words))]
    said = [word for word in said if word not in ("is", "are", "denotes", "means", "represents", "stands", "for",
                                                  "refers", "to")]
    return bool(said) and all(word in allowed for word in said) and any(word in needed for word in said)


#: a plain gloss at the end of a text: ``where h is the hypothesis``, ``(m = number of examples)``, ``, lambda:
#: the penalty's weight`` — a separator or the word where/with/here, one symbol, then = : or is, and words
_PLAIN_GLOSS = patterns.compile(
    r"(?P<gloss>(?P<open>\()?\s*(?:(?P<separator>[,;])\s*)?(?:(?P<where>where|with|here)\s+)?"
    r"(?P<name>[A-Za-z](?:_[A-Za-z0-9])?|lambda|alpha|[α-ω])\s*"
    r"(?::=|=|:|(?P<verb>is|are|denotes|means|represents|stands\s+for|refers\s+to)(?![A-Za-z]))\s*"
    r"(?P<words>[A-Za-z][A-Za-z' \-]*?)\s*(?(open)\))\s*[.,]?\s*)$"
)
#: words of the notation, which make a right side mathematics, not words (where h = sigmoid theta x)
_NOTATION_WORDS = frozenset(vocab.GREEK.values()) | frozenset(
    "sum log ln exp sigmoid sigma softmax mean sqrt tanh relu dot transpose norm abs max min".split())


def set_aside_plain_gloss(source: str, start: int, end: int, defined: Collection[str]) -> tuple[int, str | None]:
    """Where the plain formula in ``source[start:end]`` ends before a trailing gloss, and the note saying so.

    The plain notation's glosses (``J = 1/2m sum (h - y)^2 where h is the hypothesis``, ``… (m = number of
    examples)``) are read by the rules of LaTeX's (:func:`set_aside_trailing_gloss`): a separator (a comma, a
    semicolon, an opening bracket closed at the end, or the word where/with/here) must mark the formula's end; the
    right side must be words only — every word a word of English, none the notation's (``where h = sigmoid``
    is a definition, left to be read so) — and a letter with a fixed meaning is set aside only where the words say
    that meaning (:data:`_AGREEING`); else refused, as a value or a qualifier in the words is.
    """
    if end - start > _REACH * 4 or not re.search(r"[A-Za-z]\)?\s*[.,]?\s*$", source[start:end]):
        return end, None
    match = _PLAIN_GLOSS.search(source, max(start, end - _REACH), end)
    if match is None or not source[start:match.start()].strip():
        return end, None
    if not (match.group("where") or match.group("separator") or match.group("open")):
        return end, None  # no mark of the formula's end: read as before
    words = match.group("words")
    written = [word.lower() for word in re.findall(r"[A-Za-z']+", words)]
    if any(word in _NOTATION_WORDS for word in written) or not any(len(word) >= 3 for word in written):
        return end, None  # mathematics, or letters: a definition or a product, read (or refused) as before
    name, column = match.group("name"), match.start("name")
    letter = _base(name)
    shown = _LETTERS.get(letter, name)
    gloss = " ".join(source[match.start("gloss"):end].split())
    _refuse_what_words_cannot_say(source, gloss, name, shown, words, defined, column, latex=False)
    return match.start("gloss"), _said(gloss.lstrip(", ;"), shown)

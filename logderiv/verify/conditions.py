"""The condition an answer is written under: ``… \\quad \\text{for } j \\geq 1``, ``(j = 0)``, a ``cases`` answer.

Notes write the gradient of a regularised cost in two cases, the intercept's (``j = 0``, no λ) and the
others' (``j ≥ 1``), each with its condition after it. The condition is not part of the formula: it says
which components the formula is for. This module finds it at the end of an answer's text (or in each row of
a ``\\begin{cases}`` answer) and says what it asks for; the services check each case against the gradient at
its own j. Only the conditions whose meaning is plain are read: one component ``j = k``, or every component
but the intercept ``j ≥ 1`` (``j > 0``, ``j ≠ 0``); any other is refused with the condition shown. A range
(``j = 1, …, n``, ``for all j``) is the LaTeX reader's, which sets it aside as the general component.
"""

from __future__ import annotations

import re
from typing import NoReturn

from ..errors import InputError
from ..record import record
from .. import patterns

#: what separates the formula from its condition: a comma, LaTeX's spaces (an empty \text{ } too, as MathType
#: writes a space), or an opening bracket
_SEPARATOR = r"(?:\s|,|;|~|\\(?:quad|qquad|,|;|:|!|\s)|\\text\s*\{\s*\})*"
#: the words that introduce a condition: \text{for }, \mbox{if}, for, if, when
_WORD = r"(?:\\(?:text|mbox|mathrm|textrm)\s*\{\s*(?:for|if|when|where)\s*\}|(?<![A-Za-z\\])(?:for|if|when|where)(?![A-Za-z]))"
#: the words with the index inside them, as MathType writes them (fengdu78's widely copied notes of Ng's course:
#: ``\text{ }\text{             for  j}\ge \text{1}``)
_WORDED_LETTER = r"\\(?:text|mbox|mathrm|textrm)\s*\{\s*(?:for|if|when|where)\s+(?P<inner>[jk])\s*\}"
#: a relation between the index and a number
_RELATION = r"(?P<relation>=|\\geq?|\\geqslant|>=|≥|>|\\neq?|!=|≠)"
#: the number, in upright type too (MathType's ``\text{1}``)
_NUMBER = r"(?:(?P<number>[0-9]+)|\\(?:text|mbox|mathrm|textrm)\s*\{\s*(?P<upright>[0-9]+)\s*\})"
#: (a range j = 1, …, n is the LaTeX reader's: set aside there as the general component, noted)
#: each run of spaces has one place in the pattern (the separator's is matched once, as an atomic group would),
#: and a match starts where a separator does, not inside one, nor after a \quad (the leftmost match never does): two optional runs
#: side by side split a long run every way, and an answer of 250 spaces took 12 s (fuzzfix)
_CONDITION = patterns.compile(
    rf"(?<![\s,;~])(?<!\\quad)(?<!\\qquad)(?!(?<=\\)[,;:!\s])(?=(?P<separator>{_SEPARATOR}))(?P=separator)(?:(?P<open>\(|\\left\s*\()\s*)?(?:(?P<word>{_WORD})\s*)?"
    rf"(?:\$\s*)?(?:(?<![A-Za-z0-9_\\{{])(?P<letter>[jk])|(?P<worded>{_WORDED_LETTER}))\s*{_RELATION}\s*{_NUMBER}\s*(?:\$\s*)?"
    rf"(?:(?P<close>\)|\\right\s*\))\s*)?(?:\.\s*)?$"
)


@record
class Condition:
    """One case of an answer: its formula, and the components it is for."""

    #: the answer's text with the condition blanked (columns unchanged)
    text: str
    #: the index letter the condition is on (``j``)
    letter: str
    #: ``"at"``: the one component ``number``; ``"beyond"``: every component but the intercept (j ≥ 1)
    kind: str
    number: int
    #: the condition as written
    written: str


def split_condition(answer: str) -> Condition | None:
    """The answer with a trailing condition on j, and the condition; None if it has none.

    Refused (InputError) where a condition is written but is not one of the two read: a component
    ``j = k``, or all but the intercept ``j ≥ 1`` / ``j > 0``.
    """
    if not isinstance(answer, str):
        return None
    match = _CONDITION.search(answer)
    if match is None or not answer[:match.start()].strip():
        return None
    said = match.group(0)
    # a condition stands apart from the formula: a word, a bracket, a comma or LaTeX's space before it
    if not (match.group("word") or match.group("worded") or match.group("open") and match.group("close")
            or re.match(r"\s*(?:,|\\quad|\\qquad|\\[,;:])", said)):
        return None
    if bool(match.group("open")) != bool(match.group("close")):
        return None
    start = match.start("open") if match.group("open") else (
        match.start("word") if match.group("word") else match.start("worded") if match.group("worded")
        else match.start("letter"))
    written = answer[start:match.end()].strip()
    blanked = answer[:match.start()] + " " * (len(answer) - match.start())
    relation, letter = match.group("relation"), match.group("letter") or match.group("inner")
    number = int(match.group("number") or match.group("upright"))
    if relation == "=":
        return Condition(blanked, letter, "at", number, written)
    if relation in ("\\ne", "\\neq", "!=", "≠"):
        # j ≠ 0 is every component but the intercept, as j ≥ 1 is (audit27a: LaTeX's ', j \neq 0' was set aside as
        # a constraint on a constant, and checked by θ₀ too: a formula its writer says is not θ₀'s judged
        # 'different'); j ≠ 1 excludes the intercept only where components are numbered from 1 (Octave's theta(1))
        if number == 0:
            return Condition(blanked, letter, "beyond", 1, written)
        _refuse(answer, start, written)
    if relation == ">" and number == 0 or relation != ">" and number == 1:
        return Condition(blanked, letter, "beyond", 1, written)
    _refuse(answer, start, written)


def _refuse(answer: str, column: int, written: str) -> NoReturn:
    raise InputError(
        f"the answer is written under the condition '{written}': only a single component (j = 0) or every "
        "component but the intercept (j ≥ 1) is read",
        source=answer, column=column, label="ANSWER",
        hint="give the component with --wrt (e.g. --wrt theta_2), or write the answer for j ≥ 1",
    )


#: a trailing range of the component index that takes in 0: ``\quad \text{for } j = 0, 1, \dots, n``,
#: ``, j = 0, \ldots, n``, ``\quad (j = 0,1,\dots,n)``, ``\in \{0, …, n\}``; or every component: ``\text{for all } j``,
#: ``\forall j``. (A range from 1 says nothing of θ₀, and one without 0 or "all" is the LaTeX reader's alone.)
_FROM_ZERO = r"(?:=\s*0\s*,.*?(?:\\[lc]?dots|\\ldots|…|\.\.\.)\s*,?\s*[nmNpdD]|\\in\s*\\\{\s*0\s*,.*?\\\})"
_ZERO_RANGE = patterns.compile(
    # not from inside a run of separators (a start one place earlier matches too): searched from every place of a long
    # run of spaces, the pattern was quadratic (an answer of 8,000 spaces took 12 s)
    r"(?<![\s,;~])(?<!\\[:!])(?<!\\quad)(?<!\\qquad)"
    rf"(?P<separator>{_SEPARATOR})(?P<open>\(\s*|\\left\s*\(\s*)?"
    r"(?:(?P<all>\\(?:text|mbox|mathrm|textrm)\s*\{\s*for\s+(?:all|each|every)\s*\}|\\forall(?![A-Za-z]))\s*"
    rf"(?P<every>[jk])\s*(?:{_FROM_ZERO})?"
    r"|(?:\\(?:text|mbox|mathrm|textrm)\s*\{\s*for\s*\}\s*)?(?<![A-Za-z0-9_\\{])(?P<letter>[jk])\s*"
    rf"{_FROM_ZERO})"
    r"\s*(?(open)(?:\)|\\right\s*\))\s*)(?:\.\s*)?$"
)


def split_range(answer: str) -> Condition | None:
    r"""The answer with a trailing range of j that takes in the intercept's j = 0 blanked, as the case j = 0.

    ``… + \frac{\lambda}{m}\theta_j \quad \text{for } j = 0, 1, \dots, n`` says the formula holds at θ₀ too: beside
    a cost with θ₀ apart (unregularised) that is a claim of its own, which the general component does not test
    (the λ term is wrong at θ₀). None when the answer ends with no such range.
    """
    if not isinstance(answer, str):
        return None
    match = _ZERO_RANGE.search(answer)
    if match is None or not answer[:match.start()].strip():
        return None
    if not (match.group("separator").strip() or match.group("all")):
        return None
    written = answer[match.end("separator"):match.end()].strip()
    blanked = answer[:match.start()] + " " * (len(answer) - match.start())
    return Condition(blanked, match.group("every") or match.group("letter"), "at", 0, written)


#: a trailing range of j from 1 (``\quad (j = 1, \ldots, n)``, ``, j = 1, …, n``, ``\in \{1, …, n\}``), as _ZERO_RANGE
_FROM_ONE = r"(?:=\s*1\s*,.*?(?:\\[lc]?dots|\\ldots|…|\.\.\.)\s*,?\s*[nmNpdD]|\\in\s*\\\{\s*1\s*,.*?\\\})"
_ONE_RANGE = patterns.compile(
    r"(?<![\s,;~])(?<!\\[:!])(?<!\\quad)(?<!\\qquad)"
    rf"(?P<separator>{_SEPARATOR})(?P<open>\(\s*|\\left\s*\(\s*)?"
    r"(?:\\(?:text|mbox|mathrm|textrm)\s*\{\s*for\s*\}\s*)?(?<![A-Za-z0-9_\\{])(?P<letter>[jk])\s*"
    rf"{_FROM_ONE}"
    r"\s*(?(open)(?:\)|\\right\s*\))\s*)(?:\.\s*)?$"
)


#: how far from its end an answer's trailing range is looked for (a range is a few dozen characters)
_RANGE_TAIL = 240


def range_from_one(answer: str) -> str | None:
    r"""The trailing range of j from 1 an answer ends with (``\quad (j = 1, \ldots, n)``), as written; None if none.

    Notes that number the intercept θ₀ write it for "every component but the intercept"; in logderiv's numbering
    (θ₁ the intercept) it is every component. The LaTeX reader sets it aside; the check asks which is meant where
    the cost writes θ₁ apart (:func:`logderiv._api._refuse_intercept_numbering`).
    """
    if not isinstance(answer, str):
        return None
    # only the answer's end is searched: the lazy '.*?' tried from every '= 1,' of a long answer is quadratic
    tail = answer[-_RANGE_TAIL:]
    match = _ONE_RANGE.search(tail)
    if match is None or not answer[:len(answer) - len(tail) + match.start()].strip() \
            or not match.group("separator").strip():
        return None
    return tail[match.end("separator"):match.end()].strip()


#: a cases environment: its rows, each ``formula & condition``
_CASES = patterns.compile(r"^\s*\\begin\s*\{\s*cases\s*\}(?P<body>.*)\\end\s*\{\s*cases\s*\}\s*\.?\s*$", re.S)


def split_cases(answer: str) -> list[Condition] | None:
    """The rows of a ``\\begin{cases}`` answer, each with its condition; None if the answer is no cases.

    Every row needs a condition that :func:`split_condition` reads (``& j = 0``, ``& \\text{if } j \\geq 1``);
    a row without one (``\\text{otherwise}``) is refused: which components it covers is not written.
    """
    if not isinstance(answer, str):
        return None
    match = _CASES.match(answer)
    if match is None:
        return None
    body_start = match.start("body")
    rows = []
    offset = body_start
    for row in re.split(r"(\\\\)", match.group("body")):
        if row == "\\\\":
            offset += 2
            continue
        if row.strip():
            formula, ampersand, condition = row.partition("&")
            if not ampersand:
                raise InputError("a row of the cases has no condition after '&'", source=answer, column=offset,
                                 label="ANSWER", hint="write each row as formula & j = 0 (or & j \\geq 1)")
            padded = " " * offset + formula + " , " + condition.strip()
            found = split_condition(padded)
            if found is None:
                raise InputError(f"the condition '{condition.strip()}' of a row of the cases is not read",
                                 source=answer, column=offset + len(formula) + 1, label="ANSWER",
                                 hint="write each row's condition as j = 0 or j \\geq 1")
            rows.append(found)
        offset += len(row)
    if not rows:
        return None
    return rows


def component_text(condition: Condition, source: str) -> str:
    """The answer's formula with its index letter put as the component's number: ``θ_j`` → ``θ_0`` for ``j = 0``.

    Only subscripts hold the letter (``\\theta_j``, ``x^{(i)}_{j}``, ``theta_j``), alone or beside the example's
    index (``x_ij``, ``x_{ij}``, ``x_{i,j}``: feature j of example i, put as ``x_{i,0}``); a letter anywhere
    else (a sum over j, a bare j, a subscript it shares with a longer name) is refused, as the component could
    not be put in its place.
    """
    letter, number = condition.letter, str(condition.number)
    text = condition.text
    put = number if len(number) == 1 else "{" + number + "}"  # plain theta_0 reads no braces; LaTeX's _{12} needs them
    replaced = re.sub(rf"_(\s*)\{{\s*{letter}\s*\}}", lambda m: f"_{m.group(1)}{put}", text)
    replaced = re.sub(rf"_(\s*){letter}(?![A-Za-z0-9])", lambda m: f"_{m.group(1)}{put}", replaced)
    # two indices in one subscript: the letter left in it was once kept, and x_ij beside 'j = 1' was judged as
    # feature j against ∂J/∂θ₁, a false "different" (audit27h); the example's index keeps its place, comma apart
    replaced = re.sub(rf"_(\s*)\{{\s*([A-Za-z])\s*,?\s*{letter}\s*\}}",
                      lambda m: f"_{m.group(1)}{{{m.group(2)},{number}}}", replaced)
    replaced = re.sub(rf"_(\s*)\{{\s*{letter}\s*,?\s*([A-Za-z])\s*\}}",
                      lambda m: f"_{m.group(1)}{{{number},{m.group(2)}}}", replaced)
    replaced = re.sub(rf"_(\s*)([A-Za-z]){letter}(?![A-Za-z0-9])", lambda m: f"_{m.group(1)}{{{m.group(2)},{number}}}",
                      replaced)
    left = re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", replaced)
    # in a subscript among other letters (x_{ijk}): a name of its own or an index, which cannot be told
    glued = re.search(rf"_\s*\{{?[A-Za-z,\s]*?{letter}", replaced)
    at = left.start() if left is not None else glued.end() - 1 if glued is not None else None
    if at is not None:
        raise InputError(
            f"the answer is for {letter} = {number} ('{condition.written}'), but '{letter}' is also written "
            "where no component can be put for it", source=source, column=at, label="ANSWER",
            hint=f"write the component out (\\theta_{number}, x_{number}) and give --wrt",
        )
    return replaced

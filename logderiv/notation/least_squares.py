r"""Least squares in linear algebra's letters: ``‖Ax − b‖²`` differentiated by x.

Math Stack Exchange and linear-algebra texts write least squares with the data
matrix A, the unknown vector x and the target b — ``(Ax-b)^T(Ax-b)``,
``\frac{1}{2}\|Ax-b\|_2^2``, answers ``2A^T(Ax-b)`` or ``2(Ax - b)^T A`` — where
logderiv's x is an example and A, b are unknown names. When the user asks for
``--wrt x_j`` and the texts multiply A by x, the only reading is A the m×n data
matrix, x the n×1 parameter vector and b the m×1 targets: the texts are
respelled in place, column for column, as X, w and y (each one character, so a
later caret still points at the right spot), and a note says so.

Only where nothing else is possible: every x stands right after A (``Ax``,
``A x``, ``A*x``, ``\mathbf{A}\mathbf{x}``) or as the argument of a head
(``f(x)``, ``\nabla_x``); every A multiplies x, is transposed (``A^T``) or
follows a transposed factor (``(Ax - b)^T A``); every b stands alone. x written
as data (``x^{(i)}``, ``x_j``), ``x^T A x`` (a quadratic form), ``A^{-1}``, A
alone, and any text that writes X, y, w, θ or β beside them (b then an
intercept, or two models) are left to the front ends, which refuse the unknown
names. Sympy-free, like the front ends.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import patterns
from ..errors import InputError

__all__ = ["NOTE", "respell_least_squares"]

NOTE = ("read as least squares in A, x, b: A is the data matrix, x the unknown (the parameters), b the targets "
        "(respelled X, w, y: X m×n, w the n×1 parameter vector, y m×1)")
#: the note where the targets are written y (klim-cod's ‖Ax − y‖²)
NOTE_Y = ("read as least squares in A, x, y: A is the data matrix, x the unknown (the parameters), y the targets "
          "(respelled X, w, y: X m×n, w the n×1 parameter vector, y m×1)")

#: the note's addition where single bars stand around the vector Ax (Strang's |Ax|², a vector's length)
NOTE_BARS = "; |Ax| with single bars around the vector Ax is its length (Strang's notation): read as ‖Ax‖"
#: single bars around Ax or its residual Ax − b (never doubled, never LaTeX's \|): a vector's length, not |z|
_SINGLE_BARS = patterns.compile(r"(?<![|\\‖])\|(?=\s*A\s*\*?\s*x\s*(?:[-+−]\s*[by]\s*)?\|(?![|‖]))"
                                r"(?P<inner>[^|]*)\|")
#: what adds up a vector's entries right before single bars: sum(…), mean(…), 1ᵀ, \mathbf{1}^T, Σ — there the bars are
#: each entry's absolute value (Σᵢ |rᵢ|, the 1-norm: Boyd's 1ᵀ|Ax − b|), not the vector's length
_SUMMED_BEFORE = patterns.compile(
    r"(?:(?<![A-Za-z])(?:sum|mean)\s*\(|\\sum(?:_\{[^{}]*\}|_\w)?(?:\^\{[^{}]*\}|\^\w)?|[Σ∑]|"
    r"(?:(?<![\w.])1|\\(?:mathbf|textbf|boldsymbol|bm)\s*\{\s*1\s*\})\s*(?:\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?|'))\s*$")
#: a square right after the bars: summed, |rᵢ|² is rᵢ², so Σᵢ |rᵢ|² = ‖r‖² whichever the bars mean
_SQUARED_AFTER = patterns.compile(r"\s*(?:\.?\^|\*\*)\s*(?:2|\{\s*2\s*\})(?![\d.])")

#: the letters read, and the letters they become
_LETTERS = {"A": "X", "x": "w", "b": "y"}
#: the letters where the targets are y, the only target letter written (no b, which beside y is an intercept)
_LETTERS_Y = {"A": "X", "x": "w", "y": "y"}
#: --wrt x_j, x_{k}, x_1: a component of the vector x
_ASKED = patterns.compile(r"\s*x\s*_\s*(?:\{\s*(?P<braced>[A-Za-z]|\d+)\s*\}|(?P<index>[A-Za-z]|\d+))\s*")
#: logderiv's own letters for the data, the targets and the parameters: beside them A, x, b would be something else
_OWN_LETTERS = frozenset("XyYwWθβ")
#: where the targets are y, y is the least squares' own
_OWN_LETTERS_Y = _OWN_LETTERS - {"y"}
#: LaTeX's formatting of a letter that leaves it the letter: \mathbf{A}, \textbf{Ax - b}
_FORMATS = frozenset({"mathbf", "textbf", "boldsymbol", "bm", "vec", "bf", "mathit", "textit"})
#: an expression of A, x, b set in bold: \textbf{Ax - b}, \mathbf{Ax}
_BOLD_GROUP = patterns.compile(r"(?P<command>\\(?:textbf|mathbf|boldsymbol|bm))\s*\{(?P<inner>[Axb\s+\-−]*)\}")
#: plain text's transpose glued to the next factor: A^TAx, A^Tb
_GLUED_TRANSPOSE = patterns.compile(r"\^T(?=[Axb])")
#: a word of plain text
_WORD = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: the words of plain text that hold A, x or b as the letters read: A^TAx is A ^ TAx
_READ_WORDS = frozenset({"A", "x", "b", "y", "Ax"})
#: plain words that spell a function or a symbol, not letters (nabla holds a b, exp an x)
_NAMES = frozenset({"exp", "max", "abs", "nabla", "grad", "argmin", "min", "norm", "sqrt", "log", "sum", "partial",
                    "frac", "dx"})


def respell_least_squares(texts: Sequence[str], asked: str | None,
                          is_latex: Callable[[str], bool]) -> tuple[dict[str, str], str, str] | None:
    """``(respelled texts by original, --wrt respelled, note)`` when ``texts`` are least squares in A, x, b; else None.

    ``texts`` are the cost, the answer and the lets; ``asked`` the --wrt as written. Nothing is respelled unless
    --wrt names a component of x and some text writes A times x; texts that are least squares in A, x, b in every
    other respect, asked by something else (θ, b, nothing), are refused naming the reading --wrt x_j would take.
    """
    match = None if asked is None else _ASKED.fullmatch(asked)
    # klim-cod's ‖Ax − y‖²: with no b anywhere, a y is the targets under ML's own letter; beside a b, y stays
    # another model's (and b its intercept), so nothing is read
    letters = _LETTERS_Y if not any(_writes(text, "b", is_latex(text)) for text in texts) \
        and any(_writes(text, "y", is_latex(text)) for text in texts) else _LETTERS
    if any(_writes_own_letters(text, is_latex(text), letters) for text in texts):
        return None  # b an intercept beside y, or A, x beside another model's X, w, θ
    spans = {}
    for text in texts:
        found = _spans(text, is_latex(text), letters)
        if found is None:
            return None
        spans[text] = found
    product = next(((text, at) for text, found in spans.items() for at, letter in found
                    if letter == "x" and _before(text, at, is_latex(text)) == "A"), None)
    if product is None:
        return None  # no A times x written: nothing says x is the unknown
    if match is None:
        # ‖Ax − b‖² asked by θ (the default), by b or by nothing: the roles follow only from which vector is the
        # unknown, and A, x, b are no names of logderiv's own otherwise; never read silently another way
        text, where = product
        raise InputError(
            "least squares in A, x, b: differentiated by x, A is the data matrix and b the targets, but "
            + ("no --wrt says x is the unknown" if asked is None else f"--wrt {asked.strip()} does not ask for x"),
            source=text, column=_skip(text, where - 1, is_latex(text), -1),
            hint="write --wrt x_j (x the unknown, A the data matrix X, b the targets y), or write the cost in "
                 "logderiv's letters: ||X*theta - y||^2",
        )
    index = match.group("braced") or match.group("index")
    for text in texts:
        at = _n_at(text, is_latex(text))
        if at is not None:
            # A is m×n in these letters, so n counts the unknowns; respelled, the readers would take a divisor n
            # beside the residual for the examples' count m (ML's 1/n Σ): ‖Ax − b‖²/n read as ‖Xw − y‖²/m (audit35)
            raise InputError(
                "n beside least squares in A, x, b: A is m×n in these letters, so n counts the unknowns (x's entries), "
                "while in ML's letters n often counts the examples — which is meant is not said",
                source=text, column=at,
                hint="write m for the number of rows of A (the examples), or the count as a number",
            )
    respelled, bars = {}, False
    for text, found in spans.items():
        chars = list(text)
        for match in _SINGLE_BARS.finditer(text):
            if _SUMMED_BEFORE.search(text, 0, match.start()) and not _SQUARED_AFTER.match(text, match.end()):
                # sum(|Ax − b|), 1ᵀ|Ax − b|: the entries' absolute values added up (the 1-norm), which the length
                # ‖Ax − b‖ is not; a sum of a number would need no sum, so the bars are not the length here (audit26e)
                raise InputError(
                    f"single bars |{match.group('inner').strip()}| inside a sum: added up, they are each entry's "
                    "absolute value |rᵢ| (as in the 1-norm Σᵢ |rᵢ|), not the vector's length ‖·‖ that |Ax|² alone "
                    "is read as",
                    source=text, column=match.start(),
                    hint="write ||Ax - b|| (double bars) for the length, or ||Ax - b||^2 for the sum of squares; "
                         "the 1-norm (a sum of absolute values) is not supported yet",
                )
            # |Ax|²: the length of a vector (|z| of a number is refused by the readers); ‖ is one character too
            chars[match.start()] = chars[match.end() - 1] = "‖"
            bars = True
        for at, letter in found:
            chars[at] = letters[letter]
        latex = is_latex(text)
        # the readers' spellings of what these texts typeset: \textbf{Ax - b} bolds an expression, which the LaTeX
        # reader takes only of one letter (a plain group reads the same), and A^TAx glues the transpose's T to
        # the next factor, which plain text writes A' Ax (each as many characters, so columns stay)
        for match in (_BOLD_GROUP if latex else _GLUED_TRANSPOSE).finditer(text):
            if latex and len([char for char in match.group("inner") if char.isalpha()]) < 2:
                continue  # \textbf{x}: the bold letter, which the reader knows
            start, stop = match.span("command" if latex else 0)
            chars[start:stop] = " " * (stop - start) if latex else "' "
        respelled[text] = "".join(chars)
    return respelled, f"w_{index}", (NOTE if letters is _LETTERS else NOTE_Y) + (NOTE_BARS if bars else "")


def _writes(text: str, letter: str, latex: bool) -> bool:
    """Whether ``text`` writes ``letter`` (outside LaTeX's command names and plain text's function names)."""
    if latex:
        return letter in _outside_commands(text)
    return any(word.group() not in _NAMES and letter in word.group() for word in _WORD.finditer(text))


def _writes_own_letters(text: str, latex: bool, letters: dict[str, str]) -> bool:
    r"""Whether ``text`` writes X, y, w, θ or β (``\theta``, ``theta``, ``Xw`` too), y only where b is the targets."""
    own = _OWN_LETTERS if letters is _LETTERS else _OWN_LETTERS_Y
    if latex:
        return bool(own & set(_outside_commands(text))) or patterns.compile(r"\\(?:var)?theta|\\beta").search(
            text) is not None
    return any(word.group() in ("theta", "beta") or (word.group() not in _NAMES and own & set(word.group()))
               for word in _WORD.finditer(text)) or bool({"θ", "β"} & set(text))


def _n_at(text: str, latex: bool) -> int | None:
    r"""Where ``text`` writes the letter n alone (``/n``, ``\frac{1}{n}``, ``2n``), not inside a word; else None."""
    if latex:
        blanked = _outside_commands(text)
        return next((at for at, char in enumerate(blanked) if char == "n" and not (at and blanked[at - 1].isalpha())
                     and not (at + 1 < len(blanked) and blanked[at + 1].isalpha())), None)
    return next((word.start() for word in _WORD.finditer(text) if word.group() == "n"), None)


def _outside_commands(text: str) -> str:
    r"""``text`` with LaTeX's command names blanked (``\nabla``, ``\textbf`` hold letters that are no names)."""
    return patterns.compile(r"\\[A-Za-z]+").sub(lambda found: " " * len(found.group()), text)


def _spans(text: str, latex: bool, letters_read: dict[str, str]) -> list[tuple[int, str]] | None:
    """Where A, x and b stand in ``text`` as least squares uses them, or None when one of them stands otherwise."""
    letters = []
    if latex:
        blanked = _outside_commands(text)
        for at, char in enumerate(blanked):
            if char in letters_read:
                transpose = blanked[at - 2:at] == "^T"  # A^TAx, A^Tb: the transpose's T, no letter of a word
                if (at and blanked[at - 1].isalpha() and blanked[at - 1:at + 1] != "Ax" and not transpose) \
                        or (at + 1 < len(blanked) and blanked[at + 1].isalpha() and blanked[at:at + 2] != "Ax"):
                    return None  # a word of letters (xi, bx, Ab): not the product A·x
                letters.append((at, char))
    else:
        for word in _WORD.finditer(text):
            name, start = word.group(), word.start()
            if name.startswith("T") and text[:start].rstrip().endswith("^"):
                name, start = name[1:], start + 1  # A^TAx: the transpose's T glued to the next factor
            if name in _NAMES or not set(name) & set(letters_read):
                continue
            if name not in _READ_WORDS or not set(name) <= set(letters_read):
                return None  # x_i, xA, Ab: x as data, or a name of its own
            letters += [(start + offset, char) for offset, char in enumerate(name)]
    for at, letter in letters:
        if not _stands(text, at, letter, latex):
            return None
    return letters


def _stands(text: str, at: int, letter: str, latex: bool) -> bool:
    """Whether the letter at ``at`` stands as least squares has it (x after A, A times x or transposed, b alone)."""
    after = _after(text, at, latex)
    if after in ("_", "(") or (after == "^" and not _transposed(text, at, latex)):
        return False  # x_j, b^{(i)}, A^{-1}, x^2, b(…): an entry, a power or a call, not the whole array
    before = _before(text, at, latex)
    if letter == "x":
        return before == "A" or _argument(text, at, latex) or _row_of_product(text, at, latex)
    if letter == "A":
        # A x, A^T, or A after a transposed row: (Ax - b)^T A, A^TAx, (Ax - b)' * A
        return after == "x" or _transposed(text, at, latex) or before in ("T", "'", "ᵀ", "⊤")
    # b (or y): alone, the targets; never a head's argument (∇f(y) differentiates by the targets, no reading here)
    return not _argument(text, at, latex)


#: a transpose after a letter: ^T, ^{T}, ^\top, ^\intercal (EE263's), ', and plain text's ᵀ and ⊤ (AᵀAx, as the
#: readers take them)
_TRANSPOSE = patterns.compile(r"\^\s*(?:T|\{\s*T\s*\}|\\(?:top|intercal)\b|\{\s*\\(?:top|intercal)\s*\})|'|[ᵀ⊤]")


def _transposed(text: str, at: int, latex: bool) -> bool:
    r"""Whether the letter at ``at`` is followed by a transpose: ``^T``, ``^{T}``, ``^\top``, ``^\intercal``, ``'``."""
    return _TRANSPOSE.match(text, _skip(text, at + 1, latex, 1)) is not None


def _row_of_product(text: str, at: int, latex: bool) -> bool:
    r"""Whether x at ``at`` is the row ``x^T A^T`` = (Ax)ᵀ: x transposed, then A transposed (EE263's ``x^TA^TAx``).

    Only with A transposed after it: ``x^T A x`` is a quadratic form in a square A, no least squares.
    """
    transpose = _TRANSPOSE.match(text, _skip(text, at + 1, latex, 1))
    if transpose is None:
        return False
    following = _skip(text, transpose.end(), latex, 1)
    return text[following:following + 1] == "A" and _transposed(text, following, latex)


def _argument(text: str, at: int, latex: bool) -> bool:
    r"""Whether x at ``at`` is a head's argument: ``f(x)``, ``f(\mathbf{x})``, ``\nabla_x``, ``\nabla_{\textbf{x}}``."""
    head = text[:at]
    if latex:
        head = patterns.compile(r"\\(?:" + "|".join(sorted(_FORMATS)) + r")\b").sub("", head)
    head = head.replace("{", "").replace(" ", "")
    if patterns.compile(r"(?:\\nabla|∇|nabla)_$").search(head):
        return True
    # ∇f(x): the gradient's symbol before the head is no letter of a name (nablaf once the spaces are gone)
    return patterns.compile(r"(?:(?<![A-Za-z\\])|(?<=\\nabla)|(?<=∇))[a-zA-Z]\($").search(head) is not None \
        and _after(text, at, latex) == ")"


def _skip(text: str, at: int, latex: bool, step: int) -> int:
    """The first position from ``at`` (moving by ``step``) past spaces, braces, ``*`` and LaTeX's formatting."""
    while 0 <= at < len(text):
        char = text[at]
        if char.isspace() or char in "{}" or (char == "*" and not latex):
            at += step
            continue
        if latex and char.isalpha() and step < 0:
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if start > 0 and text[start - 1] == "\\" and text[start:at + 1] in _FORMATS:
                at = start - 2
                continue
        if latex and char == "\\" and step > 0:
            stop = at + 1
            while stop < len(text) and text[stop].isalpha():
                stop += 1
            if text[at + 1:stop] in _FORMATS:
                at = stop
                continue
        break
    return at


def _before(text: str, at: int, latex: bool) -> str:
    """The character that stands before position ``at``, past spaces, braces and formatting ('' at the start)."""
    found = _skip(text, at - 1, latex, -1)
    return text[found] if found >= 0 else ""


def _after(text: str, at: int, latex: bool) -> str:
    """The character that stands after position ``at``, past spaces, braces and formatting ('' at the end)."""
    found = _skip(text, at + 1, latex, 1)
    return text[found] if found < len(text) else ""

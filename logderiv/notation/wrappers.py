r"""What a formula is pasted inside: math delimiters, a sentence's last mark, a Markdown quote or list mark.

People copy a formula from a rendered page, a notebook cell or a chat message with
what surrounds it there: ``$…$``, ``$$…$$``, ``\(…\)``, ``\[…\]``, the ``.`` or ``,``
that ends the sentence, a quote's ``>`` or a list's ``* ``. None of it is part of the
formula, and the same formula without it reads; so a text's wrapper is blanked here,
before any reader sees the text, and the text keeps its length (a caret still points
into the text as written, and a chain ``J = A = B`` is cut at its ``=`` only once the
``$`` around the whole chain is gone: cut first, its first side held a ``$`` whose
partner was in the last).

What is blanked, and what is not:

* math delimiters around the whole text, only where the text inside is LaTeX (a
  backslash or a brace): ``$(h - y) x$`` keeps its ``$``, which is what says it is
  LaTeX (``x^10`` is x¹·0 there), and the LaTeX reader drops it as before;
* one final ``.`` or ``,`` (not ``...``, an ellipsis): no formula ends in an operator;
* the ``$`` between inline pieces of one formula, noted: ``$\sum_{i=1}^n$ log$(1+…)$`` (a Q&A page's source,
  whose writer closed the maths around a bare ``log``), ``$\sum_{i=1}^n$ $\frac{…}{…}$``: only where each break
  falls where a formula cannot end (after a sum's limits, an operator, an opening bracket) or resume (before
  ``+``, ``)``, a script), with nothing between the pieces but spaces or a function's bare name before its bracket;
  two formulas set side by side (``$\alpha$ + $\beta$``, ``$h = σ(z)$, $J = …$``) keep their ``$`` (refused);
* a Markdown quote's ``>`` and a list's ``* `` or ``+ `` before the formula, noted:
  neither is ever the start of a formula;
* a list's ``- `` only before ``--let`` texts of which two or more carry it (``- h = σ(z)``
  beside ``- J = …``: a pasted list; nobody negates two definitions). One ``--let`` alone
  with it (``- L = sum(y*log(h) + …)``) is a list's mark or the minus of ``−L = …``,
  which say opposite gradients: refused, as before a cost or an answer with a left side,
  ``- J(θ) = …``. Without a left side the ``-`` is a minus, as it always was.

Nothing here evaluates or parses; this module imports no sympy.
"""

from __future__ import annotations

from typing import Literal, Sequence

from ..errors import InputError
from .. import patterns

__all__ = ["unwrap", "refuse_lone_dash", "MARKDOWN_NOTE"]

#: how the note of a dropped Markdown mark begins
MARKDOWN_NOTE = "a Markdown "

#: math delimiters, opening to closing, longest first (``$$`` before ``$``)
_DELIMITERS = (("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$"))

#: a Markdown quote's ``>`` (nested: ``> >``) or a list's ``*``/``+``/``-`` mark, with the space after it
_MARK = patterns.compile(r"\s*(?P<mark>(?:>\s*)+|[*+]\s+|-\s+)")
#: an ``=`` that is not ``==``, ``<=``, ``>=`` or ``!=``
_EQUALS = patterns.compile(r"(?<![=<>!])=(?!=)")


def unwrap(text: str, kind: Literal["cost", "answer", "let"]) -> tuple[str, str | None]:
    """``text`` with its wrapper blanked (same length) and the note that says so (None: nothing to say).

    A text without a wrapper comes back as it is. Raises :class:`InputError` for a list's
    ``- `` before a cost's or an answer's left side (a mark or a minus: the gradient's sign
    hangs on which).
    """
    if not isinstance(text, str):
        return text, None
    blanked, note = text, None
    mark = _MARK.match(blanked)
    if mark is not None and mark.end() < len(blanked):
        sign = mark.group("mark")[0]
        if sign == "-" and kind != "let":
            if not _left_side(blanked):
                return _delimited(blanked), None  # − (1/m) Σ (h − y) x: a minus, read as before
            raise InputError(
                "a '- ' before the left side is a Markdown list's mark or a minus on the left side, which give "
                "opposite gradients", source=text, column=mark.start("mark"), label=kind.upper(),
                hint="write the formula without the list's '- ', or its minus on the right side")
        blanked = " " * mark.end() + blanked[mark.end():]
        what = "quote's '>'" if sign == ">" else f"list's '{sign}'"
        note = f"{MARKDOWN_NOTE}{what} before the formula is not part of it: dropped"
    blanked, joined = _joined_pieces(blanked)
    return _delimited(blanked), note if joined is None else joined if note is None else f"{note}; {joined}"


#: what ends an inline piece that a formula cannot end with: a sum's (or product's) limits, an operator, an opening
#: bracket; the next piece holds what it needs
_OPEN_END = patterns.compile(
    r"(?:\\(?:sum|prod)(?![A-Za-z])(?:\\limits)?(?:\s*[_^]\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\?[A-Za-z0-9]))*"
    r"|[-+*/=(\[]|\\(?:cdot|times)(?![A-Za-z])|\\left\s*[(\[]|\\(?:frac|dfrac|tfrac)(?:\s*\{[^{}]*\})?)\s*$")
#: what opens an inline piece that a formula cannot open with: a binary operator (not '-', a formula's minus), a
#: closing bracket, a script
_RESUMING_START = patterns.compile(r"\s*(?:[+*/^_)\]]|\\(?:cdot|times)(?![A-Za-z])|\\right(?![A-Za-z]))")
#: a function's name written outside the maths between two pieces (``$…$ log$(…)$``): read as the bare word it is
_GAP_FUNCTION = patterns.compile(r"\s*(?P<word>log|ln|exp)\s*")
#: an opening bracket, the argument of a function named in the gap before it
_ARGUMENT_START = patterns.compile(r"\s*(?:[(\[]|\\left\s*[(\[])")


def _joined_pieces(text: str) -> tuple[str, str | None]:
    r"""``$\sum_{i=1}^n$ log$(1+e^{-y_i w^T x_i})$``: one formula in inline pieces, its inner ``$`` blanked, and the note.

    Copied from a page's source, a formula may be several ``$…$`` pieces: the writer closed the maths around a word
    (``log`` typed as text) or set a sum's sign apart (``$\sum_{i=1}^n$ $\frac{…}{…}$``). Each break must fall where
    one formula cannot end or resume, so nothing that is two formulas side by side is joined; otherwise the text
    comes back as it was (and the LaTeX reader refuses its inner ``$``).
    """
    begin, end = len(text) - len(text.lstrip()), len(text.rstrip())
    inner = text[begin:end]
    if "\\$" in inner or "$$" in inner or not (inner.startswith("$") and inner.endswith("$")) \
            or inner.count("$") < 4 or inner.count("$") % 2:
        return text, None
    dollars = [begin + index for index, char in enumerate(inner) if char == "$"]
    pieces = [text[dollars[k] + 1:dollars[k + 1]] for k in range(0, len(dollars), 2)]
    gaps = [text[dollars[k] + 1:dollars[k + 1]] for k in range(1, len(dollars) - 1, 2)]
    if not any(char in "".join(pieces) for char in "\\{}"):
        return text, None  # plain text in $…$: the $ says it is LaTeX, kept for the LaTeX reader (as _delimited)
    words = []
    for left, gap, right in zip(pieces, gaps, pieces[1:]):
        if not left.strip() or not right.strip():
            return text, None
        word = _GAP_FUNCTION.fullmatch(gap)
        if gap.strip() and (word is None or not _ARGUMENT_START.match(right)):
            return text, None  # words between the pieces ('$a$ and $b$'), or a function's name with no bracket after
        if _OPEN_END.search(left) is None and _RESUMING_START.match(right) is None:
            return text, None  # '$h = \sigma(z)$ $J = …$': two formulas, each whole
        if word is not None:
            words.append(word.group("word"))
    for position in dollars:
        text = text[:position] + " " + text[position + 1:]
    between = f", with {', '.join(repr(word) for word in words)} written between them" if words else ""
    return text, (f"the formula is written in {len(pieces)} inline pieces ($…$ closed and opened again where it "
                  f"cannot end){between}: read as one formula")


def _left_side(text: str) -> bool:
    """Whether ``text`` has an ``=`` outside every bracket (``\\sum_{i=1}`` keeps its own): a left side."""
    depth = 0
    for match in _EQUALS.finditer(text):
        depth = sum(text.count(opening, 0, match.start()) - text.count(closing, 0, match.start())
                    for opening, closing in ("()", "[]", "{}"))
        if depth <= 0:
            return True
    return False


def _delimited(text: str) -> str:
    """``text`` with one final ``.``/``,`` and the math delimiters around the whole of it blanked."""
    end = len(text.rstrip())
    if end >= 2 and text[end - 1] in ".," and text[end - 2] != ".":
        text = text[:end - 1] + " " + text[end:]
    begin, end = len(text) - len(text.lstrip()), len(text.rstrip())
    for opening, closing in _DELIMITERS:
        inner = text[begin + len(opening):end - len(closing)]
        if (text.startswith(opening, begin) and text.endswith(closing, 0, end)
                and end - begin >= len(opening) + len(closing) + 1
                and opening not in inner and closing not in inner and "$" not in inner
                and any(char in inner for char in "\\{}")):
            text = (text[:begin] + " " * len(opening) + inner + " " * len(closing) + text[end:])
            return _delimited(text) if text.rstrip().endswith((".", ",")) else text
    return text


def refuse_lone_dash(lets: Sequence[str | None]) -> None:
    """Refuse a list's ``- `` before one ``--let`` alone: its mark or a minus on the left side (audit42).

    ``--let '- L = sum(y*log(h) + (1-y)*log(1-h))'`` is L = Σ… (a Markdown list item) or −L = Σ…
    (L the negative log-likelihood): opposite gradients, and nothing says which. Two or more lets
    that carry it are a list pasted whole.
    """
    dashed = [text for text in lets if isinstance(text, str) and (mark := _MARK.match(text)) is not None
              and mark.group("mark")[0] == "-" and mark.end() < len(text)]
    if len(dashed) == 1:
        text = dashed[0]
        raise InputError(
            "a '- ' before a --let's left side is a Markdown list's mark or a minus on the left side, which give "
            "opposite values", source=text, column=text.index("-"), label="--let",
            hint="write the definition without the list's '- ', or its minus on the right side")

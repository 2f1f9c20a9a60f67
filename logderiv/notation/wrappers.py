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
    return _delimited(blanked), note


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

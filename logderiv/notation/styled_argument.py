r"""A style command's braces closed after its argument, ``\mathcal{L(\hat{w})}``: read as ``\mathcal{L}(\hat{w})``.

A writer who types the loss's script letter and its argument in one go closes the style's brace after the
bracket (a Chinese post's ridge notes: ``\mathcal{L(\hat{w})} = ‖Xŵ − Y‖²``). TeX shows 𝓛 with a script
bracket, which the reader takes for 𝓛(ŵ): the style is typography, the letter the name. So a style command
(\mathcal, \mathscr, \mathbf, \boldsymbol, \bm, \mathrm, \mathit) whose braces hold exactly one letter and one
bracketed argument after it is read with its brace closed after the letter (same length, so columns stay), and
a note says so. Anything else in the braces (two letters, an operator, a sum) stays as written and is refused
where it is read. Sympy-free.
"""

from __future__ import annotations

from typing import Callable

from .. import patterns

__all__ = ["styled_arguments_read"]

#: \mathcal{L(\hat{w})}: a style's braces around one letter and its bracketed argument (one level of braces inside)
_STYLED_CALL = patterns.compile(
    r"\\(?P<style>mathcal|mathscr|mathbf|boldsymbol|bm|mathrm|mathit)\s*\{\s*(?P<letter>[A-Za-z])\s*"
    r"(?P<argument>\((?:[^(){}$\n]|\{[^{}$\n]*\})*\))\s*\}")


def styled_arguments_read(text: str, where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    """``text`` with each ``\\mathcal{L(w)}`` written ``\\mathcal{L}(w)`` (same length), and one note a line."""
    where = where or (lambda line: f"line {line}")
    lines: list[int] = []
    for match in reversed(list(_STYLED_CALL.finditer(text))):
        read = f"\\{match.group('style')}{{{match.group('letter')}}}{match.group('argument')}"
        text = text[:match.start()] + read.ljust(len(match.group(0))) + text[match.end():]
        lines.append(text.count("\n", 0, match.start()) + 1)
    notes = [f"{where(line)}: a style's braces around a letter and its argument (\\mathcal{{L(w)}}) are read as the "
             "styled letter applied to the argument (\\mathcal{L}(w)): the style is the letter's typography"
             for line in sorted(set(lines))]
    return text, notes

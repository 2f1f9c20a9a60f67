"""What stops a block of code statements no reader took: the first line of a shape none reads, named.

A text of several statements (lines, or ';' between them) that the code readers (notation.statements,
notation.pasted) did not take falls to the formula reader, which takes everything before the first '=' for a
cost's left side and says "the left side of '=' names the cost", true of no line written (pbking1's
gradientdecend.m, a loop over the parameters holding a loop over the examples; maxdeichmann's theta(1) = 0 with
θ used again after it). What the text holds is named instead, and that it was not read (never a claim about what
would be): a loop not over the examples holding one over the examples, an 'if', or a line that sets one entry of
the parameter vector. Only a message: nothing is read.
"""

from __future__ import annotations

import re

from .. import patterns
from . import vocabulary as vocab

__all__ = ["first_unread_statement"]

#: a loop's header and what it runs over (Octave's for t = 1:thetas, Python's for t in range(n))
_LOOP = patterns.compile(r"for\s*(?:\(\s*)?(?P<var>\w+)\s*(?:=|\bin\b)\s*(?P<range>[^{:\n]*(?::[^{\n]*)?)")
#: a range that counts the examples, its spaces taken out: 1:m, 1:length(y), range(m), range(len(y)), 1:size(X,1)
_EXAMPLES = patterns.compile(
    r"(?:1:|range\((?:0,)?)(?:m|N|(?:len|length|numel|nrow)\(\w+\)|size\(\w+,1\)|\w+\.shape\[0\])\)?\)?[,;:{]?")
#: a condition's header: if i > 1, if (j == 0) {, if j > 0:
_IF = patterns.compile(r"if\b")
#: a line that sets one entry of a vector: theta(1) = 0, w[0] = 0 (named only for the parameter vector: an entry of
#: the gradient, G[i] = …, is a shape the readers take)
_ENTRY = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*[(\[][^()\[\]=]*[)\]]\s*=(?!=)")


#: what marks a text as code: a statement's ';' ending a line, or a loop's header or end on a line of its own
_CODE = patterns.compile(r";[ \t]*(?:[%#].*)?$|^[ \t]*(?:for\b.*|end(?:for)?;?)[ \t]*$", re.MULTILINE)


def first_unread_statement(text: str) -> tuple[str, int] | None:
    """The refusal's message and column for the first unread shape of ``text``'s lines; None if none is seen.

    Only for code (:data:`_CODE`): a formula written over lines (``f(x) = …`` then ``= …``) is left to its refusal.
    The message says what the text holds and that it was not read, never what would be: it is given only once every
    reader refused the block.
    """
    if _CODE.search(text) is None:
        return None
    lines = text.split("\n")
    offset = 0
    for number, line in enumerate(lines):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        column = offset + indent
        offset += len(line) + 1
        if stripped.startswith(("%", "#", "//")):
            continue
        loop = _LOOP.match(stripped)
        if loop is not None:
            if _EXAMPLES.fullmatch(re.sub(r"\s+", "", loop.group("range"))):
                continue
            inner = _inner_example_loop(lines[number + 1:], indent)
            if inner is None:
                continue
            return (f"the block of code was not read: its loop over {loop.group('var')}, which does not run over the "
                    f"examples, holds a loop over the examples (over {inner}) inside it"), column
        if _IF.match(stripped):
            return ("the block of code was not read: an 'if' makes the lines under it run only when its condition "
                    "holds"), column
        entry = _ENTRY.match(stripped)
        if entry is not None and vocab.canonical_name(entry.group("name")) in vocab.PARAMETER_VECTORS:
            return (f"the block of code was not read: a line sets one entry of {entry.group('name')}, and the lines "
                    "around it are not read with it"), column
    return None


def _inner_example_loop(lines: list[str], indent: int) -> str | None:
    """The variable of a loop over the examples indented under a loop at ``indent``, before that loop's body ends."""
    for line in lines:
        stripped = line.lstrip()
        if not stripped or stripped.startswith(("%", "#", "//")):
            continue
        if len(line) - len(stripped) <= indent:
            return None  # the outer loop's body ended (its end, or a line at its level)
        loop = _LOOP.match(stripped)
        if loop is not None and _EXAMPLES.fullmatch(re.sub(r"\s+", "", loop.group("range"))):
            return loop.group("var")
    return None

"""What stops a block of code statements no reader took: the first line of a shape none reads, named.

A text of several statements (lines, or ';' between them) that the code readers (notation.statements,
notation.pasted) did not take falls to the formula reader, which takes everything before the first '=' for a
cost's left side and says "the left side of '=' names the cost", true of no line written (pbking1's
gradientdecend.m, a loop over the parameters holding a loop over the examples; maxdeichmann's theta(1) = 0 with
θ used again after it). The first statement of a shape the readers never take alone is named instead: a loop
whose range is not the examples', an 'if', or a line that sets one entry of the parameter vector. Only a message:
nothing is read.
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
    """The refusal's message and column for the first loop or entry-setting line of ``text``; None if none.

    Only for code (:data:`_CODE`): a formula written over lines (``f(x) = …`` then ``= …``) is left to its refusal.
    """
    if _CODE.search(text) is None:
        return None
    offset = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        column = offset + len(line) - len(stripped)
        offset += len(line) + 1
        if stripped.startswith(("%", "#", "//")):
            continue
        loop = _LOOP.match(stripped)
        if loop is not None:
            if _EXAMPLES.fullmatch(re.sub(r"\s+", "", loop.group("range"))):
                continue
            # the line is not quoted: earlier passes may have respelled it (a --let's name put in)
            return (f"the loop over {loop.group('var')} does not run over the examples: a block of code is "
                    "read with a loop only over the examples (for i = 1:m … end, for i in range(m)), or over the "
                    "parameters' entries holding one line (grad(j) = …)"), column
        if _IF.match(stripped):
            return ("an 'if' in the block of code is not read: the lines under it run only when its condition "
                    "holds, which the code readers do not weigh"), column
        entry = _ENTRY.match(stripped)
        if entry is not None and vocab.canonical_name(entry.group("name")) in vocab.PARAMETER_VECTORS:
            return (f"a line sets one entry of {entry.group('name')}: in a block of code such a line is read "
                    "only as the gradient's own entry, or as theta(1) = 0 right before the one line that scales "
                    "theta (no later line naming it)"), column
    return None

"""An Octave cost function's body given as the cost: its gradient's lines left out, since J never reads them.

ex2's costFunctionReg computes its two outputs in one body, often in the same loops (cap's Chinese solution, f81)::

    for i=1:m
        J=J-y(i)*log(sigmoid(X(i,:)*theta))-(1-y(i))*log(1-sigmoid(X(i,:)*theta));
        for j=1:n
        grad(j)=grad(j)+(sigmoid(X(i,:)*theta)-y(i))*X(i,j);
        end
    end
    J=1/m*J;
    grad=1/m.*grad;

Given as the cost, the text's value is J, its last line's. The lines that set the gradient ``grad`` (whole or an
entry) write only grad, and where no other line reads grad they change nothing J is: the body without them computes
the same J. They are left out (blanked, so columns keep), with a loop they leave empty, and said in a note.

Only a cost whose last statement sets J (or cost); every statement naming grad one that sets it, alone on its line;
a loop emptied so dropped only where its index is read nowhere outside a loop of its own. Anything else is left as
written (read or refused as before). Nothing is run.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["without_gradient_lines", "GRADIENT_LINES_NOTE"]

GRADIENT_LINES_NOTE = ("read as Octave: the cost is J, the body's last value; its lines {lines} set only the "
                       "gradient grad (its second output), which no line of J's reads, so J is the same without "
                       "them: they are left out{loops}")

_GRADIENT = patterns.compile(r"(?<![\w.])grad(?!\w)")
#: (each ending written one way, [^;]*(?:;\s*)? and \s*(?:;\s*)?: a run of spaces split two ways was quadratic in it)
#: a statement that sets grad, whole or one entry: grad = …; grad(j) = …; (one statement, an ending ';')
_SETS_GRADIENT = patterns.compile(r"\s*grad\s*(?:\([^()=;]*\))?\s*=(?!=)[^;]*(?:;\s*)?")
_FOR = patterns.compile(r"\s*for\s+(?P<var>[A-Za-z_]\w*)\s*=[^;\n]+")
_END = patterns.compile(r"\s*(?:end|endfor)\s*(?:;\s*)?")
_OTHER_BLOCK = patterns.compile(r"\s*(?:if|while|switch|function|do|try|elseif|else|case|otherwise|until|catch)\b")
_LAST_SETS_COST = patterns.compile(r"\s*(?:J|cost)\s*=(?!=)[^;]*(?:;\s*)?")


def _code(line: str) -> str:
    """The line without its Octave comment (a '%' outside a string; a line with a quote is not read here)."""
    return line.split("%", 1)[0]


def without_gradient_lines(text: str) -> tuple[str, str] | None:
    """``text`` with the gradient's lines blanked and the note, or None where it is not plainly so."""
    if "'" in text or '"' in text or "grad" not in text:
        return None
    lines = text.split("\n")
    codes = [_code(line) for line in lines]
    statements = [code for code in codes if code.strip()]
    if not statements or not _LAST_SETS_COST.fullmatch(statements[-1]):
        return None
    dropped: set[int] = set()
    for k, code in enumerate(codes):
        if not _GRADIENT.search(code):
            continue
        if not _SETS_GRADIENT.fullmatch(code) or code.count(";") > 1 or "," in _outside_brackets(code):
            return None  # grad read by another line, or beside another statement (';' or ','): not a line apart
        dropped.add(k)
    if not dropped:
        return None
    # the loops: a stack of (header line, index); a loop whose lines are all dropped is dropped with its end
    stack: list[tuple[int, str, bool]] = []
    emptied: list[tuple[int, int, str]] = []
    for k, code in enumerate(codes):
        if not code.strip():
            continue
        if _OTHER_BLOCK.match(code):
            return None  # a branch or another block: not read here
        header = _FOR.fullmatch(code)
        if header is not None:
            stack.append((k, header.group("var"), False))
            continue
        if _END.fullmatch(code):
            if not stack:
                return None
            start, var, kept = stack.pop()
            if kept:
                if stack:
                    stack[-1] = (stack[-1][0], stack[-1][1], True)
            else:
                emptied.append((start, k, var))
            continue
        if k not in dropped and stack:
            stack[-1] = (stack[-1][0], stack[-1][1], True)
    if stack:
        return None
    for start, end, var in emptied:
        # the loop's index after it would be its last value: read nowhere outside loops of its own, or not dropped
        if not _index_only_in_its_loops(codes, var, dropped | {start, end}):
            return None
        dropped |= set(range(start, end + 1))
    blanked = [" " * len(line) if k in dropped else line for k, line in enumerate(lines)]
    shown = ", ".join(_code(lines[k]).strip().rstrip(";") for k in sorted(dropped)
                      if _SETS_GRADIENT.fullmatch(codes[k]))
    loops = "" if not emptied else (", with the loop" + ("s " if len(emptied) > 1 else " ")
                                    + ", ".join(f"'{codes[s].strip()}'" for s, _, _ in emptied)
                                    + " that only they made up")
    return "\n".join(blanked), GRADIENT_LINES_NOTE.format(lines=shown, loops=loops)


def _index_only_in_its_loops(codes: list[str], var: str, skipped: set[int]) -> bool:
    """Whether ``var`` is read, in the lines not ``skipped``, only inside loops that bind it themselves."""
    word = re.compile(rf"(?<![\w.]){re.escape(var)}(?!\w)")
    bound = 0
    stack: list[bool] = []
    for k, code in enumerate(codes):
        if k in skipped or not code.strip():
            continue
        header = _FOR.fullmatch(code)
        if header is not None:
            if word.search(code.split("=", 1)[1]) and not bound:
                return False  # for k=j:n: the index read in another loop's range
            binds = header.group("var") == var
            stack.append(binds)
            bound += binds
            continue
        if _END.fullmatch(code):
            bound -= stack.pop() if stack else 0
            continue
        if word.search(code) and not bound:
            return False
    return True


def _outside_brackets(code: str) -> str:
    """``code`` without what stands inside brackets (grad(i,j) = …'s comma is an index's, not a statement's)."""
    kept, depth = [], 0
    for char in code:
        depth += char in "([{"
        if not depth:
            kept.append(char)
        depth -= char in ")]}" and depth > 0
    return "".join(kept)

r"""``\par{…}`` in a page's maths: a bracket macro of the page's own (an Obsidian vault's), read as ``( … )``.

TeX's ``\par`` is the paragraph break, which maths cannot hold (TeX stops with "Missing $ inserted"), and it takes
no argument; a page that writes ``\par{…}`` inside its maths has redefined it (a vault's MathJax preamble,
``\renewcommand{\par}[1]{\left( #1 \right)}``). An Italian Obsidian vault (cold10, cold12) writes its loss
``\loss \par{ y, x, w } = \log \par{ 1 + e^{-y x^\dagger w} }`` and its gradient's factor ``\par{ -y x^\dagger }``:
after a function's name (``\log``) the group is that function's argument, and as a factor it groups a sum, so
each ``\par{…}`` is where a bracket must stand, and there is one reading: the bracket. The macro and its
braces are written ``    (`` and ``)`` (same length: a caret keeps its column) and a note a line says so.

Read so only where nothing else is meant:

* every ``\par`` in the page's maths is followed by a brace group that closes (a bare ``\par`` is the paragraph
  break, or a macro with no argument: nothing is read, and the maths reader refuses it as before);
* no ``\par`` opens a group (``{\par{J}}``, ``\frac{\par{…}}{…}``): there it stands where a derivative's ∂ would
  (a vault may abbreviate ``\partial``), and the page is left as written (refused);
* no ``\par`` group is followed by another brace group (``\par{J}{w_j}``: ∂J/∂wⱼ in the ``physics`` package's
  ``\pdv`` shape, a macro of two arguments; read as brackets it would be (J)·wⱼ), and no two ``\par`` groups stand
  either side of a '/' (``\par{J} / \par{w_j}``: ∂J/∂wⱼ with \par for ∂; as brackets, (J)/(wⱼ)): refused.

Nothing here parses an expression. Sympy-free.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import patterns

__all__ = ["paragraph_brackets_read"]

#: \par with its brace group (spaces allowed between): not \parallel, \partial, \paragraph
_PAR = patterns.compile(r"\\par(?![A-Za-z])")
#: what may stand between \par and its group
_SPACES = patterns.compile(r"[ \t]*")
#: after a \par group, the shapes of a derivative: another group (\par{J}{w}), or a division sign then a \par
#: (\par{J}/\par{w}, \par{J} \div \par{w}, \par{J} \over \par{w}, ÷)
_DERIVATIVE_AFTER = patterns.compile(r"\s*(?:\{|(?:(?:\\[bB]ig{1,2}[lr]?\s*)?/|÷|\\div(?![A-Za-z])|\\over(?![A-Za-z]))"
                                     r"\s*\\par(?![A-Za-z]))")


def _closing(maths: str, opened: int) -> int | None:
    """The offset of the brace closing the one at ``opened`` (TeX's escaped braces \\{ \\} skipped), or None."""
    depth = 0
    at = opened
    while at < len(maths):
        char = maths[at]
        if char == "\\":
            at += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return None


def paragraph_brackets_read(text: str, spans: Sequence[tuple[int, int]],
                            where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    r"""``text`` with each ``\par{…}`` inside ``spans`` (the page's maths) written ``    ( … )``, and a note a line;
    unchanged where any ``\par`` there is not so read (see the module)."""
    where = where or (lambda line: f"line {line}")
    found: list[tuple[int, int, int]] = []  # (\par's start, its brace, the closing brace)
    for start, end in sorted(set(spans)):
        maths = text[start:end]
        for match in _PAR.finditer(maths):
            spaces = _SPACES.match(maths, match.end())
            brace = match.end() if spaces is None else spaces.end()
            closing = _closing(maths, brace) if brace < len(maths) and maths[brace] == "{" else None
            before = maths[:match.start()].rstrip()
            if closing is None or before.endswith("{"):
                return text, []  # a bare \par, an unclosed group, or \par opening a group (a ∂?): as written
            if _DERIVATIVE_AFTER.match(maths, closing + 1):
                return text, []  # \par{J}{w} or \par{J} / \par{w}: a derivative's shape (∂J/∂w?), as written
            found.append((start + match.start(), start + brace, start + closing))
    if not found:
        return text, []
    chars = list(text)
    lines: list[int] = []
    for par, brace, closing in found:
        chars[par:brace + 1] = " " * (brace - par) + "("
        chars[closing] = ")"
        lines.append(text.count("\n", 0, par) + 1)
    notes = [f"{where(line)}: \\par{{…}} is read as the bracket ( … ): TeX's \\par is the paragraph break, which "
             "maths cannot hold and which takes no argument, so the page's \\par{…} is a macro of its own (an "
             "Obsidian vault's), and each stands where a bracket must (a function's argument, a grouped factor)"
             for line in sorted(set(lines))]
    return "".join(chars), notes

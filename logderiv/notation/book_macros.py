"""A book's own LaTeX macros, used on a page that never defines them: read only where the name says the meaning.

Course notes and books copied to the web keep their macros (``\\newcommand``) but not the preamble that
defines them: Harvard's Gov 2002 notes write ``\\mb{X}_i'\\mb{b}``, ``\\bfbeta``, ``\\X_i``, ``\\bhat``.
logderiv reads a styled letter as the letter (``\\mathbf{x}`` is x), so a macro that only styles is plain:

* ``\\mb{…}``, ``\\mbf{…}``: a style of its argument (bold, or blackboard: either way the letter), but for the
  capitals a blackboard makes an operator or a set of (``\\mb{E}[…]`` may be 𝔼, ``\\mb{R}`` ℝ): those are refused;
* ``\\bf<letter>``, ``\\bm<letter>`` — ``\\bfbeta``, ``\\bmtheta``, ``\\bfx`` —: TeX's bold (``\\bf``) or the bm
  package's (``\\bm``) spelled into the name, then a Greek letter's name or one Latin letter;
* the data's capitals as commands, ``\\X`` and ``\\Y``: that letter, in the book's style. No other capital:
  ``\\E``, ``\\R``, ``\\N``, ``\\I`` are books' expectation, reals, naturals and identity or indicator, and
  ``\\H``, ``\\L``, ``\\O``, ``\\P``, ``\\S`` are LaTeX's own.

* Goodfellow, Bengio & Courville's ``math_commands.tex`` (the Deep Learning book's notation, shipped with the ICLR
  and NeurIPS templates and copied to many notes' MathJax): ``\\v<letter>`` a bold vector (``\\vx``, ``\\vy``,
  ``\\vw``, ``\\vtheta``), ``\\m<Capital>`` a bold matrix (``\\mX``, ``\\mW``): that letter, where the letter is
  one of logderiv's vectors (x, y, w, θ, β) or matrices (X, Y, W, Φ); the file's other letters (``\\vb``, ``\\mI``,
  ``\\vone``) are a bias vector, the identity, the ones vector, not read;

and a name that says the cost function, ``\\costfunc`` (EPFL's exercise sheets), ``\\lossfunction``: the cost J.
Each is noted. A name that says more than a style is refused, naming it: ``\\bhat`` is β̂ or b̂
(the hat of what?), ``\\fw`` prefixes no font name. Sympy-free and import-free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers only: at run time the module imports nothing (typing is loaded already)
    from collections.abc import Collection

__all__ = ["COST_MACROS", "cost_note", "STYLE_MACROS", "BLACKBOARD_CAPITALS", "letter_of", "style_note", "letter_note"]

#: macros whose name is the cost function's: the cost J (EPFL's exercise sheets write \\costfunc for their L)
COST_MACROS = frozenset({"costfunc", "costfunction", "lossfunc", "lossfunction", "cost", "loss"})
#: macros that style their one argument
STYLE_MACROS = frozenset({"mb", "mbf"})
#: capitals that, styled, are operators and sets (𝔼, ℝ, ℕ, ℤ, ℚ, ℂ, ℙ, 𝕀, 𝕍): \\mb may be \\mathbb, so not read
BLACKBOARD_CAPITALS = frozenset("ERNZQCPIV")
#: a font's name spelled before the letter: TeX's \bf, the bm package's \bm
_FONT_PREFIXES = ("bf", "bm")
#: the capitals a book's one-letter macro is read as: the data's (\\E[·], \\R, \\I are operators and sets)
_DATA_CAPITALS = frozenset("XY")
#: math_commands.tex's prefixes of a bold vector (\\vx) and a bold matrix (\\mX), and the letters read after each:
#: the vectors and matrices logderiv knows by role (its \\vb, \\mI, \\vone are a bias vector, I and 1: not read)
_DEEP_LEARNING_BOOK = {"v": frozenset({"x", "y", "w", "theta", "beta"}), "m": frozenset({"X", "Y", "W", "Phi"})}


def letter_of(name: str, greek: Collection[str]) -> str | None:
    """The letter a macro named ``name`` styles (``bfbeta`` → ``beta``, ``X`` → ``X``), or None."""
    if name in _DATA_CAPITALS:
        return name
    if name[1:] in _DEEP_LEARNING_BOOK.get(name[:1], ()):
        return name[1:]
    for prefix in _FONT_PREFIXES:
        rest = name[len(prefix):]
        if name.startswith(prefix) and (rest in greek or len(rest) == 1 and rest.isascii() and rest.isalpha()):
            return rest
    return None


def style_note(written: str) -> str:
    return (f"'{written}' is read as its argument: \\{written[1:].split('{')[0]} is a macro of the source's own, "
            "not defined on the page, that styles a letter (bold or blackboard), and a styled letter is the letter")


def letter_note(written: str, letter: str) -> str:
    if written[1:2] in _DEEP_LEARNING_BOOK and written[2:] in _DEEP_LEARNING_BOOK[written[1:2]]:
        kind = "vector" if written[1] == "v" else "matrix"
        return (f"'{written}' is read as {letter}: the bold {kind} {letter} of Goodfellow, Bengio & Courville's "
                f"math_commands.tex (\\v<letter> a vector, \\m<Capital> a matrix), not defined on the page")
    return (f"'{written}' is read as {letter}: a macro of the source's own, not defined on the page, whose name is "
            f"the letter {letter} in a font's style")


def cost_note(written: str) -> str:
    return (f"'{written}' is read as J, the cost: a macro of the source's own, not defined on the page, whose name "
            "says the cost function")

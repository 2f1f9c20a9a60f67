"""A statement of a function's derivative by its argument, written as notes write the sigmoid's: g'(z) = …, dσ/dz = ….

Notes state σ′ in prose ("using $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$") or as the reason for a step
(``\\because \\sigma'(z) = …``); logderiv takes σ′ as the sigmoid's own and checks neither statement, so the
readers (notation.page, notation.document) pass one only where it is written as σ(z)(1 − σ(z)).
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["states_the_sigmoids_derivative", "statement_of_a_derivative"]

#: a prime's statement in prose: $g'(z) = …$, $g^{\prime}(z) = …$ (the derivative of a function, a name before it)
PRIME = patterns.compile(r"\s*(?P<name>\\?[A-Za-z]+)\s*(?:'|\^\s*\{?\s*(?:\\prime|')\s*\}?)\s*\(\s*(?P<at>[A-Za-z])\s*\)"
                     r"\s*=(?P<value>[^=]*)$")

#: the same statement as a quotient: $\frac{d\sigma}{dz} = …$, $\frac{d\sigma(z)}{dz} = …$, $\frac{d}{dz}\sigma(z) = …$
#: (d or \partial), the sigmoid's derivative as notes write it in prose beside the derivation
QUOTIENT = patterns.compile(
    r"\s*\\d?frac\s*\{\s*(?:d|\\partial)\s*(?:(?P<name>\\?[A-Za-z]+)\s*(?:\(\s*(?P<inner>[A-Za-z])\s*\))?\s*)?\}"
    r"\s*\{\s*(?:d|\\partial)\s*(?P<at>[A-Za-z])\s*\}"
    r"\s*(?:(?P<after>\\?[A-Za-z]+)\s*\(\s*(?P<outer>[A-Za-z])\s*\))?\s*=(?P<value>[^=]*)$")


def states_the_sigmoids_derivative(name: str, at: str, value: str, bare: bool = False) -> bool:
    """Whether ``value`` is written as ``g(z)(1 − g(z))`` (or ``(1 − g(z))g(z)``, a ⋅, × or thin space between): the
    sigmoid's. ``bare``: the statement names g bare (dσ/dz), so g may be written bare in the value too (σ(1 − σ))."""
    call = rf"{re.escape(name)}\s*(?:(?:\\left)?\(\s*{re.escape(at)}\s*(?:\\right)?\)){'?' if bare else ''}"
    other = rf"(?:\\left)?\(\s*1\s*-\s*{call}\s*(?:\\right)?\)"
    times = r"\s*(?:\\cdot|\\times|\*|⋅|·|\\,|\\;|\\!)?\s*"
    return re.fullmatch(rf"\s*(?:{call}{times}{other}|{other}{times}{call})\s*", value) is not None


def statement_of_a_derivative(maths: str) -> tuple[str, str, str, bool] | None:
    """(name, argument, value, bare) of a prose ``g'(z) = …`` or ``\\frac{dg}{dz} = …``; None for anything else.

    ``bare``: the quotient names g without its argument (dσ/dz), so its value may write σ bare as well."""
    found = PRIME.fullmatch(maths)
    if found is not None:
        return found.group("name"), found.group("at"), found.group("value"), False
    found = QUOTIENT.fullmatch(maths)
    if found is None or (found.group("name") is None) == (found.group("after") is None):
        return None  # d/dz with no function, or a function both above and after the bar: not this statement
    name = found.group("name") or found.group("after")
    argument = found.group("inner") or found.group("outer")
    if argument is not None and argument != found.group("at"):
        return None  # dσ(u)/dz: a derivative by another variable than the argument, a chain rule's factor
    return name, found.group("at"), found.group("value"), argument is None

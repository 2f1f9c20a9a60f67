r"""A --let chain's side written as a call with a semicolon: ``z_n = \tilde{Y}(x^{(n)}; w) = \sigma(w^T x)``.

ML notes write f(x; w) for the model's value at the example x with the parameters w held (Bishop's
y(x, w), ssshun3's Ỹ(x; w)). In a --let chain such a side is one more name the writer gives the chain's
value; the parsers read no call with a semicolon of data. So the side is taken out of the chain here,
and the same call written in the cost (up to spaces) is read as the chain's name, both noted. A call
the chain does not write stays as it is (and is refused by the parser, as before).

Text to text, before anything is parsed: each replacement keeps the length of what it replaces, so the
columns of later errors still point into the texts as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .brackets import top_level
from .. import patterns

__all__ = ["read_semicolon_calls"]

#: the function of such a call: a letter, optionally decorated (\tilde{Y}, \hat y, \bar{f})
_FUNCTION = patterns.compile(r"\s*(?:\\(?:tilde|hat|bar|widetilde|widehat)\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])|[A-Za-z])\s*\(")


def read_semicolon_calls(
    cost: str, lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[str, list[str], list[str]]:
    """The cost and lets with every chain side ``f(data; parameters)`` read as the chain's name; the notes."""
    read_lets: list[str] = []
    notes: list[str] = []
    for text in lets:
        if not isinstance(text, str) or ";" not in text or not is_latex(text):
            read_lets.append(text)
            continue
        equals = top_level(text, "=")
        if len(equals) < 2:
            read_lets.append(text)
            continue
        name = text[:equals[0]].strip()
        bounds = [(equals[k] + 1, equals[k + 1]) for k in range(len(equals) - 1)]  # the middle sides
        for begin, end in bounds:
            side = text[begin:end]
            if not _is_semicolon_call(side):
                continue
            # blank the side and the '=' before it: z_n = Ỹ(…) = σ(…) becomes z_n = σ(…)
            text = text[:begin - 1] + " " * (end - begin + 1) + text[end:]
            call = side.strip()
            pattern = re.compile(r"\s*".join(re.escape(char) for char in call if not char.isspace()))
            found = False

            def by_name(match: re.Match[str]) -> str:
                nonlocal found
                if len(match.group()) < len(name):
                    return match.group()
                found = True
                return name + " " * (len(match.group()) - len(name))

            cost = pattern.sub(by_name, cost)
            notes.append(
                f"the --let chain writes {call} (the value at the example, the parameters after ';') as one more "
                f"name of {name}'s value" + (f": the cost's {call} is read as {name}" if found else "")
            )
        read_lets.append(text)
    return cost, read_lets, notes




def _is_semicolon_call(side: str) -> bool:
    """``\\tilde{Y}({\\bf x}^{(n)};{\\bf w})``: a letter's call whose brackets hold one ';' at their own depth."""
    head = _FUNCTION.match(side)
    if head is None:
        return False
    depth, semicolons = 1, 0
    for offset in range(head.end(), len(side)):
        char = side[offset]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return semicolons == 1 and not side[offset + 1:].strip()
        elif char == ";" and depth == 1:
            semicolons += 1
    return False

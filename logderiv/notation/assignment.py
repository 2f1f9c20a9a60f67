r"""A name defined with ``:=``, ``J(\theta) := \frac{1}{2m}\sum_i …``: read as its definition with ``=``.

Notes write a definition with ``:=`` (``z := \theta^T x``, ``J(\theta) := …``), the sign that says the left
side is being named. Unread, the page's cost was missed and the lines were checked against the default
cost. Each ``NAME :=`` (a letter or a command, a subscript, a call's arguments) whose value does not write
the name again is that definition: the ``:`` is blanked, so columns keep, and a note says so. An update
(``\theta := \theta - \alpha \nabla J(\theta)``: the name on both sides) is left as written, to be read as
an update rule, and so is a next iterate written from the last (``\theta_{new} := \theta_{old} - H^{-1}\nabla J``,
the letter marked new, next or t + 1 on the left and written again on the right). Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["assignments_as_definitions"]

#: NAME := value, the value up to the end of its line or of its maths ($, \\, \end)
_ASSIGNED = patterns.compile(
    r"(?P<name>(?<![A-Za-z\\])\\?[A-Za-z]+(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)"
    r"(?P<arguments>\s*\([^()=]*\))?\s*(?P<colon>:)=(?P<value>[^$\n]*?)(?=\$|\\\\|\\end|\n|$)")

#: a name marked as the next iterate of its letter: θ_{new}, w_{next}, θ_{t+1}, w_{k+1}
_NEXT_ITERATE = patterns.compile(r"(?P<letter>\\?[A-Za-z]+)\s*_\s*\{\s*(?:new|next|[tkn]\s*\+\s*1)\s*\}")


def assignments_as_definitions(text: str) -> tuple[str, list[str]]:
    """``text`` with each definition's ``:=`` read as ``=`` (the colon blanked), and the notes."""
    notes = []
    for match in reversed(list(_ASSIGNED.finditer(text))):
        name = match.group("name")
        if re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", match.group("value")):
            continue  # θ := θ − α∇J: an update, the name's next value
        iterate = _NEXT_ITERATE.fullmatch(name)
        if iterate is not None and re.search(rf"(?<![A-Za-z\\]){re.escape(iterate.group('letter'))}(?![A-Za-z])",
                                             match.group("value")):
            continue  # θ_{new} := θ_{old} − H⁻¹∇J (Newton's step): the letter's next iterate, an update too
        colon = match.start("colon")
        text = text[:colon] + " " + text[colon + 1:]
        written = " ".join(match.group(0).split())
        notes.append(f"{name} := … defines {name}, read as {name} = … ({written[:60]})")
    return text, notes[::-1]

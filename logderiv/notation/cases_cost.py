r"""One example's cost defined by cases on the label, and the cost's chain written through it: set aside, noted.

Notes after Ng's course define the logistic cost of one example by cases, ``Cost(h_θ(x), y) = \begin{cases}
-\log(h_θ(x)) & \text{if } y = 1 \\ -\log(1 - h_θ(x)) & \text{if } y = 0 \end{cases}``, then the cost as its mean
and its one-line form, ``J(θ) = \frac{1}{m} Σ Cost(h_θ(x^{(i)}), y^{(i)}) = -\frac{1}{m} Σ (y \log h + (1 - y)
\log(1 - h))``. The cases' ``y = 1``, ``y = 0`` are conditions, not sides, and a function of two arguments by cases is
nothing logderiv reads: the page was refused as a chain of its own, and the cost's chain at the ``,`` of the call.

The display of the cases is set aside (not read), and so is the side of the cost's chain that calls it (``= (1/m) Σ
Cost(…)``): the cost is what the chain writes out after it, which the writer says it equals. Only a display that
is all one definition ``NAME(…) = \begin{cases} … \end{cases}`` whose conditions test the label y; only a side that
calls NAME, between two sides of a chain that takes no derivative (the cost's: the side after it is written out; in a
derivation a skipped side could hide the first wrong step). The unread side is a miss, noted, never a reading: nothing
it says is used. Same length, same offsets.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .vocabulary import cost_name_pattern
from .brackets import top_level
from .notes import display_blocks

__all__ = ["cases_costs_set_aside"]

#: NAME(…) = \begin{cases} … \end{cases}, the whole display (an \begin{align} around it too)
_BY_CASES = patterns.compile(
    r"\s*(?:\\begin\s*\{[A-Za-z*]+\}\s*)?(?P<name>[A-Za-z]{2,}|\\mathrm\s*\{[A-Za-z]+\})\s*\((?P<arguments>[^=]*)\)\s*&?=\s*"
    r"\\begin\s*\{cases\}(?P<cases>.*?)\\end\s*\{cases\}\s*(?:\\end\s*\{[A-Za-z*]+\}\s*)?", re.S)
#: a derivative written in a display (∂, ∇, d/d, \frac{d…}{d…}): a derivation's chain, never the cost's
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|\bd\s*/\s*d|\\d?frac\s*\{\s*d(?![A-Za-z])")
#: a case's condition on the label: y = 1, y=0, \text{if } y = 1
_LABEL_CONDITION = patterns.compile(r"(?<![A-Za-z\\])y\s*=\s*[01](?![0-9])")


#: TeX that changes nothing of a case's value: spacing, sizing, the log's backslash
_NOISE = patterns.compile(r"\\(?:left|right|[bB]igg?[lr]?)(?![A-Za-z])|\\[,;:!]|\\(?=log|ln)|\s+")


def _cross_entropy_cases(cases: str) -> bool:
    """Whether the cases are the cross-entropy's, as written: −log(H) if y = 1, −log(1 − H) if y = 0, one H.

    The cases are set aside unread, and the note calls them the cross-entropy's: cases of another cost (a sign
    slipped, the labels swapped: its J is not the chain's written-out side) would be a wrong line called right.
    """
    values: dict[str, str] = {}
    for row in re.split(r"\\\\", cases):
        if not row.strip():
            continue  # a row break after the last case
        value, _, condition = row.partition("&")
        label = _LABEL_CONDITION.findall(condition)
        if len(label) != 1:
            return False
        written = _NOISE.sub("", value).replace("ln", "log").replace("[", "(").replace("]", ")")
        values["".join(label[0].split())[-1]] = written
    one, zero = values.get("1", ""), values.get("0", "")
    found = re.fullmatch(r"-log\((?P<h>.+)\)", one) or re.fullmatch(r"-log(?P<h>[A-Za-z\\].*)", one)
    if len(values) != 2 or found is None:
        return False
    h = found.group("h")
    return zero in (f"-log(1-{h})", f"-log(1-({h}))")


#: NAME(A, B) = body, the whole display once its closing layout is off (:func:`_without_closing_layout`; an equation
#: environment opening it): one example's cost written out as a function of the prediction A and the label B (Ng's
#: Cost(h_θ(x⁽ⁱ⁾), y⁽ⁱ⁾) = −y log h − …)
_WRITTEN_OUT = patterns.compile(
    r"\s*(?:\\require\s*\{[A-Za-z]+\}\s*)?(?:\\begin\s*\{(?:equation|align)\*?\}\s*)?"
    r"(?P<name>\\(?:text|mathrm|operatorname)\s*\{[A-Za-z]{2,}\}|[A-Za-z]{2,})\s*\((?P<arguments>[^=]*)\)\s*&?=(?P<body>[^=]*)")
#: a J(θ) = … display of one '=' (an equation environment opening it, its closing layout off): its right side
_COST_OF_ONE_SIDE = patterns.compile(
    r"\s*(?:\\begin\s*\{(?:equation|align)\*?\}\s*)?" + cost_name_pattern("J", "L", "E") + r"\s*\(\s*\\?[A-Za-z]+\s*\)\s*&?=(?P<side>.*)", re.S)
#: layout that may close a display, taken off its end one at a time: \end{equation}, \tag{4}, \label{eq:cost}
_CLOSING_LAYOUT = patterns.compile(r"\\(?:end\s*\{(?:equation|align)\*?\}|tag\s*\{[^{}]*\}|label\s*\{[^{}]*\})")


def _without_closing_layout(maths: str) -> str:
    """``maths`` with the \\end{…}, \\tag{…} and \\label{…} that close it (and spaces) taken off its end.

    Each is found at the last backslash and matched from there, so the work is the length of what is taken off.
    """
    maths = maths.rstrip()
    while (at := maths.rfind("\\")) >= 0 and _CLOSING_LAYOUT.fullmatch(maths, at) is not None:
        maths = maths[:at].rstrip()
    return maths


def _bare(name: str) -> str:
    """``\\text{Cost}`` → ``Cost``: the letters of a function's name."""
    return re.sub(r"\\(?:text|mathrm|operatorname)\s*\{([A-Za-z]+)\}", r"\1", name)


def _side_as_written(side: str) -> str:
    """A side of a chain as written, its '=', alignment marks, row break and TeX noise aside: two sides compared."""
    return _NOISE.sub("", side.replace("&", " ")).lstrip("=").removesuffix("\\\\").rstrip(".,")


def _cross_entropy_written_out(arguments: str, body: str) -> bool:
    """Whether ``body`` is −B log(A) − (1 − B) log(1 − A), as written, for the two ``arguments`` A, B.

    Only this one form (spaces, \\left/\\right and the log's backslash aside): another body (a sign slipped, the
    arguments swapped) is left to be read as before, never set aside unread.
    """
    cut = top_level(arguments, ",")
    if len(cut) != 1:
        return False
    a = _NOISE.sub("", arguments[:cut[0]])
    b = _NOISE.sub("", arguments[cut[0] + 1:])
    written = _NOISE.sub("", body).replace("ln", "log").rstrip(".,")
    return bool(a and b) and written in (f"-{b}log({a})-(1-{b})log(1-{a})",
                                         f"-({b}log({a})+(1-{b})log(1-{a}))")


def _expands_the_call(side: str, following: str, name: str) -> bool:
    """Whether ``following`` is ``side``'s P·NAME(A, B) with the cross-entropy written out: −P(B log(A) + (1 − B) log(1
    − A)) or P(−B log(A) − (1 − B) log(1 − A)), as written (spaces, \\left/\\right and the log's backslash aside).

    The side through NAME is set aside unread, so the step from it to the next side is judged by this comparison
    alone: any other next side (a factor slipped, 1/(2m) for 1/m; a sign) leaves the chain as written, refused.
    """
    written = _side_as_written(side)
    call = re.fullmatch(rf"(?P<prefix>.*?)(?:\\(?:text|mathrm|operatorname)\{{{name}\}}|{name})\((?P<arguments>.*)\)",
                        written, re.S)
    if call is None:
        return False
    arguments = call.group("arguments")
    cut = top_level(arguments, ",")
    if len(cut) != 1:
        return False
    a, b, prefix = arguments[:cut[0]], arguments[cut[0] + 1:], call.group("prefix")
    if not (a and b):
        return False
    after = _side_as_written(_without_closing_layout(following)).replace("ln", "log")
    return after in (f"-{prefix}({b}log({a})+(1-{b})log(1-{a}))", f"{prefix}(-{b}log({a})-(1-{b})log(1-{a}))")


def cases_costs_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with a cost by cases on the label blanked, and each chain's side that calls it; notes.

    The cross-entropy of one example written out as a function of two arguments, ``Cost(h_θ(x⁽ⁱ⁾), y⁽ⁱ⁾) = −y⁽ⁱ⁾
    log(h_θ(x⁽ⁱ⁾)) − (1 − y⁽ⁱ⁾) log(1 − h_θ(x⁽ⁱ⁾))`` (its body keeping the example's marks, so not read as a
    function of bare letters), is set aside alike, where a chain of the cost writes the cost out after the side that
    calls it; and so is a display J(θ) = (1/m)Σ Cost(…) of one '=' whose side is that chain's side, as written (the
    cost's definition, which the chain restates written out).
    """
    notes: list[str] = []
    blocks = display_blocks(text, inline=False)
    named: dict[str, int] = {}
    written_out: set[str] = set()
    for block in blocks:
        maths = text[block.maths[0]:block.maths[1]]
        found = _BY_CASES.fullmatch(maths)
        if found is not None and len(_LABEL_CONDITION.findall(found.group("cases"))) >= 2 \
                and _cross_entropy_cases(found.group("cases")):
            name = _bare(found.group("name"))
        elif (found := _WRITTEN_OUT.fullmatch(_without_closing_layout(maths))) is not None \
                and _cross_entropy_written_out(found.group("arguments"), found.group("body")):
            name = _bare(found.group("name"))
            written_out.add(name)
        else:
            continue
        named[name] = block.maths[0] + len(maths) - len(maths.lstrip())  # where its first character stands
    if not named:
        return text, []
    blanked_sides: set[str] = set()
    for block in blocks:
        maths = text[block.maths[0]:block.maths[1]]
        if any((_BY_CASES.fullmatch(maths) or _WRITTEN_OUT.fullmatch(_without_closing_layout(maths))) and name in maths
               for name in named) \
                or _DERIVATIVE.search(maths):
            continue  # the cases themselves; or a derivation, whose skipped side could hide its first wrong step
        # the sides by the top-level '=' (a sum's i = 1 stays inside its braces)
        bracketed = re.sub(r"\\[A-Za-z]+", lambda match: " " * len(match.group(0)), maths)
        bracketed = bracketed.replace("\\{", " (").replace("\\}", " )")
        equals = top_level(bracketed, "=")
        if len(equals) < 2:
            continue
        bounds = [*equals, len(maths)]
        for number, (start, end) in enumerate(zip(bounds, bounds[1:])):
            side = maths[start:end]
            called = next((name for name in named if re.search(rf"(?<![A-Za-z\\]){name}\}}?\s*\(", side)), None)
            if called is None or number == len(bounds) - 2:
                continue  # the last side is the cost written out, or the chain ends at the call: left as written
            if called in written_out and not _expands_the_call(side, maths[end:bounds[number + 2]], called):
                continue  # the next side is not the call written out: a slip there (1/2m for 1/m) would go unjudged
            blanked_sides.add(_side_as_written(side))
            begin = block.maths[0] + start
            # the side and its '=' blanked, its row break too (newlines kept): J(θ) = the next side, one row
            blanked = re.sub(r"[^\n]", " ", side)
            text = text[:begin] + blanked + text[begin + len(side):]
            line = text.count("\n", 0, begin) + 1
            how = "as the cross-entropy written out" if called in written_out else "by cases on the label (y = 1, y = 0)"
            notes.append(f"{where(line)} writes the cost through {called}, which "
                         f"{where(text.count(chr(10), 0, named[called]) + 1)} defines {how}: that side is not read, "
                         "the cost is the one the chain writes out after it")
    for block in blocks if written_out and blanked_sides else ():
        # J(θ) = (1/m)Σ Cost(…) alone, the side the cost's chain writes out after it: the same definition, restated
        maths = text[block.maths[0]:block.maths[1]]
        found = _COST_OF_ONE_SIDE.fullmatch(_without_closing_layout(maths))
        if found is None or _side_as_written(found.group("side")) not in blanked_sides \
                or len(top_level(re.sub(r"\\[A-Za-z]+", lambda match: " " * len(match.group(0)), found.group("side")), "=")):
            continue
        text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", maths) + text[block.maths[1]:]
        notes.append(f"{where(text.count(chr(10), 0, block.maths[0]) + 1)} defines the cost through "
                     f"{', '.join(sorted(written_out))}, as the cost's chain does before it writes the cost out: not "
                     "read, the cost is the one that chain writes out")
    for name, start in named.items():
        block = next(block for block in blocks if block.maths[0] <= start < block.maths[1])
        text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", text[block.maths[0]:block.maths[1]]) + text[block.maths[1]:]
        notes.insert(0, f"{where(text.count(chr(10), 0, start) + 1)} defines one example's cost {name} "
                        + ("as a function of the prediction and the label, the cross-entropy written out (−y log h − "
                           "(1 − y) log(1 − h))" if name in written_out else
                           "by cases on the label (y = 1, y = 0), the cases of the cross-entropy") + ": not read")
    return text, notes

r"""A second derivative (the Hessian) stated beside the gradient's derivation: set aside, noted, never judged.

Notes that prove a cost convex derive the gradient, then the Hessian: ``H_{jk} = \frac{\partial^2 L}{\partial w_j
\partial w_k} = \frac{\partial}{\partial w_k}[(σ(wᵀx) − y)x_j] = …``, state it again (``H_{jk} = …``, ``H = …``) and
rewrite a quadratic form of it (``v^T H v = … = Σ σ(1 − σ)(vᵀx)²``) (tests/derivations_cold43, en_qa). logderiv reads
first derivatives only: read with the gradient, the Hessian's chain was one more derivation of unknown role, and the
page was refused ("'H' already has the index j"). The convention of such notes is plain: a chain whose first side is a
second derivative (``\partial^2``, ``∂²``, ``\nabla^2``, ``d^2``), or a capital name (H, \mathbf{H}) whose next side
is one, states the Hessian; the displays after it that open with that name (``H_{jk} = …``, ``H = …``) or write it in
their first side (``v^T H v = …``) state or use it. All of them are set aside (blanked, same length, lines and columns
kept) and noted as not checked; the gradient's derivation is read as a page of its own.

Left as it was (so refused or read as before): a page with no other chain taking a first derivative of the function
the second derivative differentiates (∂L/… beside ∂²L/…; a lemma dσ/dz = σ(1 − σ) is none: the second derivative
would be the page's derivation, its slips unseen), a second derivative whose function it does not write, a page whose other maths writes the Hessian's name (the derivation would lean on a
name set aside), and a chain that uses the name before it is defined.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["second_derivatives_set_aside"]

#: a second derivative: \partial^2, \partial^{2}, ∂², \nabla^2, \nabla_w^2, \nabla^2_w, d^2 J / d w^2
_SECOND = patterns.compile(
    r"(?:\\partial|∂)\s*(?:\^\s*(?:\{\s*)?2(?:\s*\})?|²)"
    r"|(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)\s*)?(?:\^\s*(?:\{\s*)?2(?:\s*\})?|²)"
    r"|\\[dt]?frac\s*\{\s*d\s*\^\s*(?:\{\s*)?2(?:\s*\})?")
#: the function a second derivative differentiates: L of \partial^2 L, ∂²L, \nabla^2 J, \nabla_w^2 J(w), \frac{d^2 J}
_OF = patterns.compile(
    r"(?:(?:\\partial|∂)\s*(?:\^\s*(?:\{\s*)?2(?:\s*\})?|²)|(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)\s*)?"
    r"(?:\^\s*(?:\{\s*)?2(?:\s*\})?|²)(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?|\\[dt]?frac\s*\{\s*d\s*\^\s*(?:\{\s*)?2(?:\s*\})?)\s*"
    r"(?P<of>\\math(?:cal|rm|bf)\s*\{\s*[A-Za-z]\s*\}|\\?[A-Za-z]+)")
#: a first derivative in a first side: \partial, ∂, \nabla, ∇, \frac{d…}{d…}, d/dw
_FIRST = patterns.compile(r"\\partial(?![A-Za-z])|∂|\\nabla(?![A-Za-z])|∇|\\[dt]?frac\s*\{\s*d(?![A-Za-z])")
#: the Hessian's name as a chain's whole first side: H, H_{jk}, H_{ij}, \mathbf{H}, {\bf H}, \boldsymbol{H}(w) (the
#: letter notes name the Hessian by; a second derivative named otherwise, J'' or A, is left as it was)
_NAME = patterns.compile(
    r"\s*(?P<name>(?:\\(?:mathbf|boldsymbol|bm|mathrm)\s*\{\s*(?P<styled>H)\s*\}|\{\s*\\bf\s+(?P<bf>H)\s*\}"
    r"|(?P<bare>H)))(?![A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*)?(?:\([^()=]*\)\s*)?")
#: TeX layout to drop before the sides are cut: environments, tags, labels and the align's marks
_LAYOUT = patterns.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}|\\(?:tag|label)\s*\{[^{}]*\}|&")


def _sides(maths: str) -> list[str]:
    """The sides of a chain, cut at the '=' outside braces and brackets, row breaks and layout dropped."""
    maths = _LAYOUT.sub(" ", maths).replace("\\\\", " ")
    depth, sides, start = 0, [], 0
    for index, char in enumerate(maths):
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif char == "=" and depth == 0 and maths[index - 1: index] not in ("<", ">", "!", ":"):
            sides.append(maths[start:index])
            start = index + 1
    sides.append(maths[start:])
    return [" ".join(side.split()) for side in sides]


def _uses(maths: str, letter: str) -> bool:
    """Whether ``maths`` writes the capital ``letter`` as a name of its own (vᵀHv, H_{jk}, \\mathbf{H}), not in a word."""
    return re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", maths) is not None


def _writes_function(maths: str, function: str) -> bool:
    """Whether ``maths`` writes ``function`` (L, J, \\ell, \\mathcal{L}) as a name of its own, not in a longer one."""
    if function.startswith("\\math"):
        inner = function[function.index("{") + 1:].strip(" }")
        return re.search(rf"\\math[a-z]+\s*\{{\s*{re.escape(inner)}\s*\}}", maths) is not None
    return re.search(rf"(?<![A-Za-z\\]){re.escape(function)}(?![A-Za-z])", maths) is not None


def second_derivatives_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with a Hessian's chain and the displays stating or using its name blanked; one note for them."""
    blocks = display_blocks(text, inline=False)
    if len(blocks) < 2:
        return text, []
    # the displays in order, a display opening with '=' joined to the one before it (one chain)
    runs: list[list[int]] = []
    for index, block in enumerate(blocks):
        maths = _LAYOUT.sub(" ", text[block.maths[0]:block.maths[1]]).lstrip()
        if runs and maths.startswith("="):
            runs[-1].append(index)
        else:
            runs.append([index])

    def chain(run: list[int]) -> str:
        return " ".join(text[blocks[index].maths[0]:blocks[index].maths[1]] for index in run)

    letter = ""
    functions: set[str] = set()  # what the second derivatives differentiate (L of ∂²L/∂w_j∂w_k)
    aside: list[list[int]] = []
    stated = ""
    for run in runs:
        sides = _sides(chain(run))
        if len(sides) < 2:
            if letter and _uses(sides[0], letter):
                return text, []  # the name in a display of no '=' (vᵀHv ≥ 0 displayed): which use, not said
            continue
        first = sides[0]
        named = _NAME.fullmatch(first)
        if _SECOND.search(first) is not None or named is not None and _SECOND.search(sides[1]) is not None:
            if named is not None:
                found = named.group("styled") or named.group("bf") or named.group("bare")
                if letter and found != letter:
                    return text, []  # two names for second derivatives: left as it was
                letter = found
            stated = stated or f"{first} = {sides[1]}"
            of = _OF.search(first) or _OF.search(sides[1])
            if of is None:
                return text, []  # what the second derivative differentiates, not said: left as it was
            functions.add(of.group("of"))
            aside.append(run)
        elif letter and _uses(first, letter) and (named is not None or _FIRST.search(first) is None):
            aside.append(run)  # H = …, H_{jk} = …, vᵀHv = …: the Hessian stated again, or used
    if not aside:
        return text, []
    kept = [run for run in runs if run not in aside]
    if letter and any(_uses(chain(run), letter) for run in kept):
        return text, []  # the derivation kept writes the Hessian's name: set aside, what it stands for is lost
    for function in functions:
        # a first derivative of the function the second derivative differentiates (∂L/∂w_j beside ∂²L/∂w_j∂w_k);
        # a lemma beside it (dσ/dz = σ(1 − σ)) is no gradient of it: the second derivative is the page's derivation
        if not any(len(sides := _sides(chain(run))) >= 2 and _FIRST.search(sides[0]) is not None
                   and _SECOND.search(sides[0]) is None and _writes_function(sides[0], function) for run in kept):
            return text, []  # no first derivative of it left: the second derivative is the page's derivation
    lines = []
    for run in aside:
        for index in run:
            block = blocks[index]
            text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", text[block.maths[0]:block.maths[1]]) \
                + text[block.maths[1]:]
        lines.append(text.count("\n", 0, blocks[run[0]].maths[0]) + 1)
    shown = stated if len(stated) <= 70 else stated[:69] + "…"
    later = "" if len(lines) == 1 else (
        f", and with it {', '.join(where(line) for line in lines[1:])}, which state {letter} again or rewrite an "
        f"expression in it")
    named_as = f" (the Hessian {letter})" if letter else " (the Hessian)"
    return text, [f"{where(lines[0])} states a second derivative, {shown}{named_as}: logderiv checks "
                  f"first derivatives only, so it is set aside, not checked{later}; the gradient's derivation is "
                  "checked without them"]

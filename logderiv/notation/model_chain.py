r"""A model's chain rewritten into matrix form, and the layout of its vectors, beside a derivation that writes neither.

A blog post introduces its model, ``y = w_0x_0 + w_1x_1 + ⋯ + w_{N−1}x_{N−1} = [w_0 ⋯ w_{N−1}][x_0; ⋮; x_{N−1}] =
{\bf w}^T{\bf x}``, lays out its vectors, ``{\bf w} = [w_0; w_1; ⋮; w_{N−1}], {\bf x} = [x_0; x_1; ⋮; x_{N−1}]``, and
only then writes the cost in the parameters, ``J(w) = (1/N)Σ(wᵀx_n − t_n)²``, and derives it (tests/derivations_cold43,
ja_blog). Neither display is a step (the tables count definitions as no steps), and neither is read: y is the label's
letter (a model named y is read nowhere as a definition), and a column of components with dots is no expression. Beside
the derivation each was a chain of unknown role, and the page was refused as several derivations.

By the convention of such notes, the model's chain says what the model is (its last side, the parameters times the
input) and the layout what the vectors are; the derivation writes both out. So, only on a page refused as several
chains, they are set aside (blanked, same length, lines and columns kept), each noted as not checked:

* a model's chain: a bare name on the left (y, ŷ, h, f, with its argument or none), no derivative anywhere in it, two
  '=' or more, its last side the parameter vector transposed times the input (wᵀx, θᵀx, \mathbf{w}^T\mathbf{x});
* a layout: every part of the display (cut at top-level commas) a vector's name (w, θ, x, bold or not) '=' a bracketed
  column or row of that letter's own components (w_0, w_{N−1}) and dots (\vdots, \cdots, \ldots), nothing else.

Left as they were (the page refused as before): a model's name any kept display writes (the derivation or the cost's
last side would read it as the label, or as a name of no value), except in a side of the cost's chain that a later
side of it rewrites without it (``(1/N)Σ(y(x_n) − t_n)² = (1/N)Σ(wᵀx_n − t_n)²``, whose first side the page reader
sets aside, noted, reading the cost from the side written in the parameters).
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .notes import display_blocks

__all__ = ["model_chains_set_aside"]

#: TeX layout around a display's sides: environments, tags, labels, align marks, spacing
_LAYOUT = patterns.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}(?:\s*\{[a-z|]*\})?|\\(?:tag|label)\s*\{[^{}]*\}|&"
                           r"|\\[,;:! ]|\\q?quad(?![A-Za-z])")
#: a bold or vector style around one letter: {\bf w}, \mathbf{w}, \boldsymbol{\theta}, \vec{x}, \bm{x}
_STYLED = patterns.compile(r"\{\s*\\bf\s+(?P<bf>\\?[A-Za-z]+)\s*\}|\\(?:mathbf|boldsymbol|bm|vec|pmb)\s*\{\s*(?P<of>\\?[A-Za-z]+)\s*\}")
#: the model's name alone as the chain's first side: y, \hat{y}, h, f, y(x), h_\theta(x), f(\mathbf{x})
_MODEL_NAME = patterns.compile(
    r"\s*(?P<name>y|\\hat\s*\{\s*y\s*\}|\\hat\s+y|ŷ|h|f)(?:\s*_\s*(?:\{[^{}=]*\}|\\theta|[A-Za-z]))?"
    r"(?:\s*\([^()=]*\))?\s*")
#: the parameter vector transposed times the input: w^T x, w^\mathrm{T} x, \theta^{T}x, w^\top x (styles removed)
_PARAMETERS_TIMES_INPUT = patterns.compile(
    r"\s*(?:w|\\theta|\\beta)\s*\^\s*(?:\{\s*(?:\\mathrm\s*\{\s*T\s*\}|T|\\top)\s*\}|\\mathrm\s*\{\s*T\s*\}|T|\\top)"
    r"\s*(?:\\cdot\s*)?x\s*(?:\.\s*)?")
#: a derivative anywhere: the chain is then no model's
_DERIVATIVE = patterns.compile(r"\\partial(?![A-Za-z])|∂|\\nabla(?![A-Za-z])|∇|\\[dt]?frac\s*\{\s*d(?![A-Za-z])")
#: a layout's part: a vector's name, '=', a bracketed array (its entries read apart)
_LAYOUT_PART = patterns.compile(
    r"\s*(?P<name>w|x|\\theta|\\beta)\s*=\s*(?:\\left\s*[\[(]|\\begin\s*\{[pb]matrix\})(?P<body>.*?)"
    r"(?:\\right\s*[\])]|\\end\s*\{[pb]matrix\})\s*", re.DOTALL)
#: an array's own marks, no entry: \begin{array}{cccc}, \end{array}, row breaks, column marks
_ARRAY_MARKS = patterns.compile(r"\\(?:begin|end)\s*\{array\}(?:\s*\{[a-z|]*\})?|\\\\|&")
#: maths inline in prose: $…$, not a display's $$
_INLINE = patterns.compile(r"(?<![$\\])\$(?!\$)(?P<maths>[^$]+?)\$")
#: a column's dots
_DOTS = patterns.compile(r"\\[vcl]?dots(?![A-Za-z])|\\ldots(?![A-Za-z])|…|⋮|⋯")


def _plain(maths: str) -> str:
    """``maths`` with its styles and layout dropped: {\\bf w}^\\mathrm{T}{\\bf x} → w^\\mathrm{T}x."""
    maths = _STYLED.sub(lambda found: f" {found.group('bf') or found.group('of')} ", maths)
    return " ".join(_LAYOUT.sub(" ", maths).split())


def _top_level(maths: str, mark: str) -> list[int]:
    """Where ``mark`` stands outside every brace, bracket and environment of ``maths``."""
    depth, found = 0, []
    for index, char in enumerate(maths):
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif char == mark and depth == 0:
            found.append(index)
    return found


def _cut(maths: str, at: list[int]) -> list[str]:
    bounds = [-1, *at, len(maths)]
    return [maths[bounds[index] + 1: bounds[index + 1]] for index in range(len(bounds) - 1)]


def _a_layout(maths: str) -> list[str] | None:
    """The vectors a display lays out as columns or rows of their own components (``w = [w_0; ⋮; w_{N−1}], x = …``),
    else None."""
    plain = _STYLED.sub(lambda found: f" {found.group('bf') or found.group('of')} ", maths)
    plain = re.sub(r"\\(?:tag|label)\s*\{[^{}]*\}", " ", plain).strip().rstrip(".").strip()
    names = []
    for part in _cut(plain, _top_level(plain, ",")):
        if not part.strip():
            continue
        found = _LAYOUT_PART.fullmatch(part)
        if found is None:
            return None
        letter = found.group("name")
        entries = _DOTS.sub(" ", _ARRAY_MARKS.sub(" ", found.group("body"))).replace(",", " ").split()
        # each entry the vector's own letter with a subscript: w_{0}, w_1, w_{N-1}
        component = rf"{re.escape(letter)}_(?:\{{[A-Za-z0-9+\- ]+\}}|[A-Za-z0-9])"
        joined = " ".join(entries)
        if not entries or re.fullmatch(rf"(?:{component}\s*)+", joined + " ") is None:
            return None
        names.append(letter)
    return names if names else None


def _writes(maths: str, name: str) -> bool:
    """Whether plain ``maths`` writes the model's ``name`` (its letter: y of \\hat{y}), not inside a longer name."""
    letter = name.rstrip("} ")[-1] if name.startswith("\\hat") else name
    return re.search(rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])", maths) is not None


def model_chains_set_aside(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with a model's chain into matrix form and its vectors' layouts blanked (module docstring); a note each.

    Nothing is blanked where the model's name is written in a kept display (but the cost's side rewritten without it).
    """
    blocks = display_blocks(text, inline=False)
    runs: list[list[int]] = []
    for index, block in enumerate(blocks):
        if runs and _LAYOUT.sub(" ", text[block.maths[0]:block.maths[1]]).lstrip().startswith("="):
            runs[-1].append(index)
        else:
            runs.append([index])

    def chain(run: list[int]) -> str:
        return " ".join(text[blocks[index].maths[0]:blocks[index].maths[1]] for index in run)

    aside: list[tuple[list[int], str]] = []
    names: set[str] = set()  # the models' names: a layout is set aside only beside a model's chain
    for run in runs:
        maths = chain(run)
        if _DERIVATIVE.search(maths):
            continue
        layout = _a_layout(maths)
        if layout is not None:
            aside.append((run, f"lays out {' and '.join(layout)} as the columns of their components: a definition of the "
                               "vectors the derivation writes, no step"))
            continue
        sides = _cut(maths, _top_level(maths, "="))
        if len(sides) < 3:
            continue
        head = _MODEL_NAME.fullmatch(_plain(sides[0]))
        last = _plain(sides[-1]).rstrip(".,;\\ ")
        if head is None or _PARAMETERS_TIMES_INPUT.fullmatch(last) is None:
            continue
        name = head.group("name")
        names.add(name)
        aside.append((run, f"defines the model {_plain(sides[0])} and rewrites it into matrix form, "
                           f"… = {' '.join(_LAYOUT.sub(' ', sides[-1]).split())}: a definition, no step; the "
                           "derivation writes the model out"))
    if not names:
        return text, []  # a layout alone, with no model's chain beside it: left as it was
    # the model stated on its own before or after its chain (y = w_0x_0 + ⋯ + w_{N−1}x_{N−1}, one '='): the same
    # definition, set aside with it
    for run in runs:
        maths = chain(run)
        sides = _cut(maths, _top_level(maths, "="))
        head = _MODEL_NAME.fullmatch(_plain(sides[0])) if len(sides) == 2 else None
        if head is not None and head.group("name") in names and not _DERIVATIVE.search(maths) \
                and all(run is not other for other, _ in aside):
            aside.append((run, f"states the model {_plain(sides[0])} as a sum: a definition, no step"))
    aside.sort(key=lambda each: each[0][0])
    kept = [run for run in runs if all(run is not other for other, _ in aside)]
    for run in kept:
        sides = _cut(chain(run), _top_level(chain(run), "="))
        for number, side in enumerate(sides):
            plain = _plain(side)
            for name in names:
                if not _writes(plain, name):
                    continue
                # the cost's side before one rewritten without the name: read past it by the page reader, noted
                later = [_plain(other) for other in sides[number + 1:]]
                if number == 0 or not later or any(_writes(other, name) for other in later):
                    return text, []
    blanked = text
    for run, _ in aside:
        for index in run:
            block = blocks[index]
            blanked = blanked[:block.maths[0]] + " " * (block.maths[1] - block.maths[0]) + blanked[block.maths[1]:]
    for found in _INLINE.finditer(blanked):
        plain = _plain(found.group("maths"))
        if any(_writes(plain, name) for name in names):
            return text, []  # the prose writes the model's name in its maths: what it stands for there, not said
    notes = []
    for run, said in aside:
        start = blocks[run[0]].maths[0]
        start += len(text[start:]) - len(text[start:].lstrip())  # the line its maths opens on, not its $$'s
        notes.append(f"{where(text.count(chr(10), 0, start) + 1)} {said}; set aside, not checked")
        for index in run:
            block = blocks[index]
            text = text[:block.maths[0]] + re.sub(r"[^\n]", " ", text[block.maths[0]:block.maths[1]]) \
                + text[block.maths[1]:]
    return text, notes

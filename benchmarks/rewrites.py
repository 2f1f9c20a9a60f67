"""A metamorphic misread hunt over the written derivations ``logderiv steps`` reads right (issue 10, audit40).

Run from the project root::

    PYTHONPATH=. nice python benchmarks/rewrites.py                   # every folder of tests/derivations_*
    PYTHONPATH=. nice python benchmarks/rewrites.py --only reflow_join --list   # one rewrite, every outcome listed

Each file of a derivation folder that ``steps`` reads right today (its ``expected.txt`` row, worked by hand) is
rewritten by small string edits whose effect is known by construction, and read again:

* meaning-preserving rewrites of the whole page (``PRESERVING``): the ending and the first wrong line (moved with
  the edit) must stay, or the page is refused (a miss, not a misread);
* meaning-changing rewrites of ONE step's written expression (``CHANGING``), on a step that held: ``steps`` must
  name that line or refuse; "all steps hold", or another line, is a candidate misread;
* ``aside_negated``: the last side of a line the review says it did not read (an equation or chain beside the
  derivation) negated: the verdict on the derivation must not move, unless that line is then read and named.

hunt34 added the shapes cold36 found and their kin (``HUNT34``): the last result boxed (whole, or its right side),
a boxed restatement appended, a one-line chain split into displays restating its derivative and the reverse,
Markdown's ``\\_`` and ``\\*``, ``$$`` displays as ``\\[ … \\]``, ``equation*`` or ``align*`` rows, on one line or three,
prose ("donc", "Hence,", "Thus", "where", "Step 2:"), bullets and headings between displays; and ``--planted negate
double drop_x``: a slip planted in a held step BEFORE each hunt34 rewrite, the slipped line (moved with the rewrite)
to be named. ``--all-folders`` takes every ``tests/derivations_*`` folder with a table; ``--write-right FILE`` rates
them once and ``--right FILE`` reuses that list::

    PYTHONPATH=. nice python benchmarks/rewrites.py --all-folders --write-right /tmp/right.txt
    PYTHONPATH=. nice python benchmarks/rewrites.py --all-folders --right /tmp/right.txt --only box_last_rhs \\
        escape_underscore --planted negate double drop_x

Every outcome is ``same`` / ``refused`` / ``changed``; a ``changed`` one is listed with what ``steps`` said, to be
worked by hand (a rewrite can be wrong too). The edits are conservative: a rewrite that is not clearly applicable
to a page is skipped. ``tests/test_audit40.py`` runs a fixed sample of these; the full run's counts are kept in
``benchmarks/rewrites-report.txt``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ["derivations_cold", *(f"derivations_cold{k}" for k in range(2, 14)), "derivations_real",
           "derivations_written", "derivations_inline"]
#: hunt34: every derivation folder with a hand-worked expected.txt
ALL_FOLDERS = sorted(p.name for p in (ROOT / "tests").glob("derivations_*") if (p / "expected.txt").exists())

#: an edit of the text: replace text[start:end] by the string
Edit = tuple[int, int, str]


@dataclass(frozen=True)
class Page:
    folder: Path
    file: str
    cost: str | None
    text: str


@dataclass(frozen=True)
class Reading:
    """What ``steps`` said: refused, or the ending and the first wrong step (line, or None)."""

    refused: bool
    ending: str | None = None
    line: int | None = None
    message: str = ""
    review: dict | None = None

    def summary(self) -> str:
        return f"refused: {self.message[:160]}" if self.refused else f"ending {self.ending}, first wrong {self.line}"


def apply(text: str, edits: list[Edit]) -> tuple[str, Callable[[int], int]]:
    """``text`` with the (non-overlapping) edits made, and a map of an old offset to its new offset."""
    edits = sorted(edits)
    out, last = [], 0
    for start, end, new in edits:
        assert start >= last, "overlapping edits"
        out += [text[last:start], new]
        last = end
    out.append(text[last:])

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)

    return "".join(out), moved


def offset_of(text: str, line: int, column: int) -> int:
    """The offset of 1-based (line, column) in ``text``."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + column - 1


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --- where the mathematics is -----------------------------------------------------------------------------------

_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
_ENVIRONMENT = re.compile(r"\\begin\{(align\*?|equation\*?|gather\*?)\}(.+?)\\end\{\1\}", re.S)


def displays(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each display's content: ``$$…$$`` and the align/equation/gather environments."""
    spans = [(m.start(1), m.end(1)) for m in _DISPLAY.finditer(text)]
    spans += [(m.start(2), m.end(2)) for m in _ENVIRONMENT.finditer(text)
              if not any(s <= m.start() < e for s, e in spans)]
    return sorted(spans)


# --- meaning-preserving rewrites of a page ------------------------------------------------------------------------

def crlf(text: str) -> list[Edit] | None:
    return [(m.start(), m.end(), "\r\n") for m in re.finditer("\n", text)] or None


def cdot_to_space(text: str) -> list[Edit] | None:
    # between two digits a space would join two numbers: those pages are skipped
    edits = []
    for m in re.finditer(r"\s*\\cdot(?![A-Za-z])\s*", text):
        before, after = text[:m.start()].rstrip()[-1:], text[m.end():m.end() + 1]
        if before.isdigit() and after.isdigit():
            return None
        edits.append((m.start(), m.end(), " "))
    return edits or None


def frac_to_slash(text: str) -> list[Edit] | None:
    """``\\frac{1}{m}\\sum`` → ``1/m \\sum``: the 1/m before a sum, as people write it inline."""
    return [(m.start(), m.end(), "1/m ") for m in re.finditer(r"\\frac\{?1\}?\{?m\}?\s*(?=\\sum)", text)] or None


def drop_left_right(text: str) -> list[Edit] | None:
    sized = re.findall(r"\\(?:left|right)(?![A-Za-z])\s*(\S)", text)
    if not sized or any(c not in "()[]" for c in sized):
        return None    # \left. or \left\{ …: not a plain pair
    return [(m.start(), m.end(1) - 1, "") for m in re.finditer(r"\\(?:left|right)(?![A-Za-z])\s*([()\[\]])", text)]


def align_to_dollars(text: str) -> list[Edit] | None:
    edits = []
    for m in re.finditer(r"\\(begin|end)\{align\*?\}", text):
        edits.append((m.start(), m.end(), r"$$\begin{aligned}" if m.group(1) == "begin" else r"\end{aligned}$$"))
    return edits or None


def tag_displays(text: str) -> list[Edit] | None:
    """A ``\\tag{k}`` at the end of each ``$$`` display, a ``\\label`` after each ``\\begin{align*}``."""
    edits = []
    for k, m in enumerate(_DISPLAY.finditer(text), 1):
        if r"\tag" not in m.group(1):
            edits.append((m.end(1), m.end(1), rf" \tag{{{k}}}"))
    for k, m in enumerate(re.finditer(r"\\begin\{(align\*?|equation\*?)\}", text), 1):
        edits.append((m.end(), m.end(), rf"\label{{eq:a40-{k}}}"))
    return edits or None


def prose_between(text: str) -> list[Edit] | None:
    """A sentence of prose after the first display, where another display follows."""
    spans = displays(text)
    if len(spans) < 2:
        return None
    end = text.find("\n", spans[0][1])
    if end < 0 or end >= spans[1][0]:
        return None
    return [(end + 1, end + 1, "\nWe simplify this next.\n\n")]


def trailing_dot(text: str) -> list[Edit] | None:
    """A ``.`` ending each display (before ``$$``, or before ``\\end{align*}`` after a last row with no ``\\\\``)."""
    edits = []
    for start, end in displays(text):
        body = text[start:end].rstrip()
        closing = re.search(r"\\end\{\w+\*?\}$", body)
        if closing:    # the dot ends the last row, inside the environment
            body = body[:closing.start()].rstrip()
        if body.endswith(("\\\\", ".", ",", "=")) or re.search(r"\\tag\s*\{[^{}]*\}$", body):
            continue
        edits.append((start + len(body), start + len(body), "."))
    return edits or None


def reflow_join(text: str) -> list[Edit] | None:
    """Each display's rows joined on one line (a ``\\\\`` stays: only the line breaks go)."""
    edits = []
    for start, end in displays(text):
        if "%" in text[start:end]:
            continue
        edits += [(start + m.start(), start + m.end(), " ") for m in re.finditer(r"\s*\n\s*", text[start:end])
                  if start + m.start() != start and start + m.end() != end]
    return edits or None


def reflow_split(text: str) -> list[Edit] | None:
    """A one-line ``$$ A = B = C $$`` split into lines at each top-level ``=``."""
    edits = []
    for m in _DISPLAY.finditer(text):
        body = m.group(1)
        if "\n" in body.strip() or "\\begin" in body or "\\\\" in body or body.count("=") < 2:
            continue
        depth = 0
        for k, c in enumerate(body):
            depth += (c in "{([") - (c in "})]")
            if c == "=" and depth == 0 and body[k - 1:k] not in ("&", "<", ">", "!", "\\") and body[k + 1:k + 2] != "=":
                edits.append((m.start(1) + k, m.start(1) + k, "\n"))
    return edits or None


_INDEX_FORMS = [r"\^\{\(i\)\}", r"\^\(i\)", r"_\{i\}", r"_i(?![A-Za-z])", r"_\{i=", r"\\sum_i(?![A-Za-z])"]


def rename_index(text: str) -> list[Edit] | None:
    """The example index i renamed n (k where n is used) in every form it is written; else the page is skipped."""
    letter = next((c for c in "nkt" if not re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", text)), None)
    if letter is None:
        return None
    edits = []
    for form in _INDEX_FORMS:
        for m in re.finditer(form, text):
            i = m.start() + m.group().index("i", 1 if m.group().startswith("\\sum") else 0)
            edits.append((i, i + 1, letter))
    if not edits:
        return None
    new, _ = apply(text, sorted(set(edits)))
    if re.search(r"[_{(,]i[})=,]|(?<![A-Za-z\\])i\s*=\s*1", new):
        return None    # an index i left in a form not renamed: not clearly a rename throughout
    return sorted(set(edits))


def slash_to_frac(text: str) -> list[Edit] | None:
    """``1/m`` → ``\\frac{1}{m}`` on a LaTeX page (the other way of :func:`frac_to_slash`)."""
    if not re.search(r"\\[A-Za-z]", text):
        return None
    return [(m.start(), m.end(), r"\frac{1}{m}") for m in re.finditer(r"(?<![\w.}/])1/m(?![\w{(])", text)] or None


def space_to_cdot(text: str) -> list[Edit] | None:
    """``)(`` → ``) \\cdot (`` in the displays: a product written with a dot."""
    edits = []
    for start, end in displays(text):
        edits += [(start + m.start() + 1, start + m.start() + 1, r" \cdot ")
                  for m in re.finditer(r"\)\s*(?=\(|\\left\()", text[start:end])
                  if not text[start:start + m.start()].endswith(("\\right", "\\big", "\\Big"))]
    return edits or None


def add_left_right(text: str) -> list[Edit] | None:
    """Each plain ``( … )`` of a display around a sum or difference (``(1 − h)``, ``(h − y)``), holding no row
    break or ``&``, written ``\\left( … \\right)``; an example's ``^{(i)}`` is left as it is."""
    edits = []
    for start, end in displays(text):
        body, opens = text[start:end], []
        for k, c in enumerate(body):
            if c == "(":
                opens.append(k)
            elif c == ")" and opens:
                o = opens.pop()
                inner = body[o:k]
                if re.search(r"\\(left|right|big|Big|bigg|Bigg)[lr]?\s*$", body[:o]) or \
                        re.search(r"\\(right|big|Big|bigg|Bigg)[lr]?\s*$", body[:k]) or \
                        "\\\\" in inner or "&" in inner or "\n" in inner or not re.search(r"[^\s(][+-]", inner):
                    continue
                edits += [(start + o, start + o, r"\left"), (start + k, start + k, r"\right")]
    return sorted(edits) or None


def rows_to_displays(text: str) -> list[Edit] | None:
    """An ``align*`` (or ``$$\\begin{aligned} … \\end{aligned}$$``) of one row a line written as one ``$$ … $$``
    display a row, ``&`` and ``\\\\`` dropped."""
    edits = []
    inside = [(d.start(), d.end()) for d in _DISPLAY.finditer(text)]
    forms = [(m, False) for m in re.finditer(r"\\begin\{(align\*?)\}(.*?)\\end\{\1\}", text, re.S)]
    forms += [(m, True) for m in re.finditer(r"\$\$\s*\\begin\{(aligned)\}(.*?)\\end\{\1\}\s*\$\$", text, re.S)]
    for m, wrapped in forms:
        if not wrapped and any(s <= m.start() < e for s, e in inside):
            continue    # an align inside $$: not a display of its own
        rows = m.group(2).split("\n")
        filled = [k for k, r in enumerate(rows) if r.strip()]
        if len(filled) < 2:
            continue
        mine = [(m.start(), m.start(2), "")]
        offset = m.start(2)
        for k, row in enumerate(rows):
            if row.strip():
                if k != filled[-1] and not re.search(r"\\\\(\[[^\]]*\])?\s*$", row):
                    mine = None    # a row over two lines: not clearly one row a line
                    break
                content = re.sub(r"\\\\(\[[^\]]*\])?\s*$", "", row)
                if "\\\\" in content or "%" in content:
                    mine = None
                    break
                mine.append((offset, offset + len(row), "$$" + content.replace("&", " ") + "$$"))
            offset += len(row) + 1
        if mine:
            edits += mine + [(m.start(2) + len(m.group(2)), m.end(), "")]
    return sorted(edits) or None


def prose_everywhere(text: str) -> list[Edit] | None:
    """A sentence of prose between every two displays."""
    spans = displays(text)
    edits = []
    for (_, end), (start, _) in zip(spans, spans[1:]):
        line_end = text.find("\n", end)
        if 0 <= line_end < start:
            edits.append((line_end + 1, line_end + 1, "\nThis gives the next line.\n\n"))
    return edits or None


def displaystyle(text: str) -> list[Edit] | None:
    """``\\displaystyle`` opening each ``$$`` display."""
    return [(m.start(1), m.start(1), r"\displaystyle ") for m in _DISPLAY.finditer(text)
            if not m.group(1).lstrip().startswith("\\begin")] or None


def dfrac(text: str) -> list[Edit] | None:
    """``\\frac`` written ``\\dfrac``."""
    return [(m.start(), m.end(), r"\dfrac") for m in re.finditer(r"\\frac(?![A-Za-z])", text)] or None


def big_sizes(text: str) -> list[Edit] | None:
    """``\\left( … \\right)`` written ``\\Bigl( … \\Bigr)``: a fixed size instead of a stretching one."""
    if drop_left_right(text) is None:
        return None
    return [(m.start(), m.end(1) - 1, r"\Bigl" if m.group().startswith("\\left") else r"\Bigr")
            for m in re.finditer(r"\\(?:left|right)(?![A-Za-z])\s*([()\[\]])", text)]


def transpose_top(text: str) -> list[Edit] | None:
    """A transpose ``^T`` written ``^\\top`` (on a LaTeX page; not a sum's or product's upper limit)."""
    if _plain(text):
        return None
    return [(m.start(1), m.end(1), r"\top") for m in re.finditer(r"\^\{?(T)\}?(?![A-Za-z])", text)
            if not re.search(r"\\(?:sum|prod)\s*_\s*(?:\{[^{}]*\}|\w)\s*$", text[:m.start()])] or None


def log_to_ln(text: str) -> list[Edit] | None:
    """``\\log`` written ``\\ln`` (the natural log either way in these pages)."""
    if re.search(r"\\log\s*_|\\ln(?![A-Za-z])", text):
        return None    # a log to a base, or both written: not clearly one log
    return [(m.start(), m.end(), r"\ln") for m in re.finditer(r"\\log(?![A-Za-z])", text)] or None


def _plain(text: str) -> bool:
    return not re.search(r"\\[A-Za-z]|\$", text)


def plain_trailing_dot(text: str) -> list[Edit] | None:
    """A plain derivation's last line ended with a full stop (before a ``# rule`` comment, if any)."""
    if not _plain(text):
        return None
    lines = text.rstrip("\n").split("\n")
    last = lines[-1].split("#")[0].rstrip()
    if not last or last.endswith((".", ",", "=")):
        return None
    at = len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0) + len(last)
    return [(at, at, ".")]


def plain_one_over_m(text: str) -> list[Edit] | None:
    """A plain ``1/m * A`` written ``(1/m) A``: the same, * and / going left to right."""
    if not _plain(text):
        return None
    return [(m.start(1), m.end(), "(1/m) ") for m in re.finditer(r"(?:^|(?<=[\s(=\-]))(1/m\s*\*\s*)", text, re.M)] or None


# --- hunt34: the shapes cold36 found (a boxed result, Markdown's escapes, a restated derivative) and their kin ---

_DERIVATIVE = re.compile(r"\\partial|∂|\\nabla|∇|\\frac\s*\{?\s*d|\bd/d|\\mathrm\{d\}")


def _top_equals(body: str) -> list[int]:
    """The offsets of the top-level ``=`` of a display's content (not ``&=``'s ``&``, ``\\leq``, ``==``)."""
    depth, found = 0, []
    for k, c in enumerate(body):
        depth += (c in "{([") - (c in "})]")
        if c == "=" and depth == 0 and body[k - 1:k] not in ("<", ">", "!", "\\", ":") and body[k + 1:k + 2] != "=":
            found.append(k)
    return found


def _one_line_displays(text: str) -> list[re.Match[str]]:
    """The ``$$ … $$`` displays holding one plain equation: no environment, row break, ``&``, comment or box."""
    return [m for m in _DISPLAY.finditer(text)
            if not re.search(r"\\begin|\\\\|&|%|\\boxed|\\tag|\\label|\\text|\\quad|\\qquad|,\s*$|;", m.group(1))
            and m.group(1).count("{") == m.group(1).count("}") and _top_equals(m.group(1))]


def _last_equation(text: str) -> re.Match[str] | None:
    """The page's last display, if it is a one-line-equation ``$$`` display and nothing but prose follows it."""
    found = _one_line_displays(text)
    if not found or found[-1].end() != max((m.end() for m in _DISPLAY.finditer(text)), default=-1):
        return None
    last = found[-1]
    if re.search(r"\\begin\{|\\\[|\$", text[last.end():]):
        return None
    return last


def box_last_whole(text: str) -> list[Edit] | None:
    """The last display's equation boxed whole: ``$$ \\boxed{A = B} $$``."""
    m = _last_equation(text)
    if m is None or "\n" in m.group(1).strip():
        return None
    body = m.group(1)
    lead, trail = len(body) - len(body.lstrip()), len(body.rstrip())
    return [(m.start(1) + lead, m.start(1) + lead, r"\boxed{"), (m.start(1) + trail, m.start(1) + trail, "}")]


def box_last_rhs(text: str) -> list[Edit] | None:
    """Only the last display's last side boxed: ``$$ A = \\boxed{B} $$``."""
    m = _last_equation(text)
    if m is None or "\n" in m.group(1).strip():
        return None
    body = m.group(1)
    at = _top_equals(body)[-1] + 1
    lead = at + len(body[at:]) - len(body[at:].lstrip())
    trail = len(body.rstrip())
    return [(m.start(1) + lead, m.start(1) + lead, r"\boxed{"), (m.start(1) + trail, m.start(1) + trail, "}")]


def boxed_restatement(text: str) -> list[Edit] | None:
    """The last display's derivative restated, boxed, in a display appended to the page: ``$$\\boxed{A = C}$$``."""
    m = _last_equation(text)
    if m is None or "\n" in m.group(1).strip():
        return None
    body = m.group(1)
    equals = _top_equals(body)
    first, last = body[:equals[0]].strip(), body[equals[-1] + 1:].strip()
    if not _DERIVATIVE.search(first) or _DERIVATIVE.search(last) or re.fullmatch(r"0[.,]?", last):
        return None    # "∂J/∂w = 0" restated is the condition, not the result: no restatement of it
    end = len(text.rstrip())
    return [(end, end, f"\n\nSo, in short:\n\n$$\\boxed{{{first} = {last}}}$$")]


def split_chain_restate(text: str) -> list[Edit] | None:
    """A one-line ``$$ A = B = C $$`` (A a derivative) split into displays restating A: ``$$A = B$$`` ``$$A = C$$``."""
    edits = []
    for m in _one_line_displays(text):
        body = m.group(1)
        if "\n" in body.strip():
            continue
        equals = _top_equals(body)
        left = body[:equals[0]].strip()
        if len(equals) < 2 or not _DERIVATIVE.search(left) or "\n" in body.strip():
            continue
        # inserted before each later `=`: the old `=` moves onto the new display's line
        edits += [(m.start(1) + k, m.start(1) + k, f"$$\n\n$${left} ") for k in equals[1:]]
    return edits or None


def join_restated(text: str) -> list[Edit] | None:
    """Two displays in a row restating one derivative, ``$$A = B$$`` then ``$$A = C$$``, with only prose between
    (no mathematics: it goes), joined into one chain ``$$A = B = C$$`` (the reverse of :func:`split_chain_restate`)."""
    found = _one_line_displays(text)
    edits: list[Edit] = []
    for a, b in zip(found, found[1:]):
        between = text[a.end():b.start()]
        if re.search(r"[$=]|\\\[|\\begin", between) or "\n" in a.group(1).strip() or "\n" in b.group(1).strip():
            continue
        ea, eb = _top_equals(a.group(1)), _top_equals(b.group(1))
        left_a, left_b = a.group(1)[:ea[0]].strip(), b.group(1)[:eb[0]].strip()
        if left_a != left_b or not _DERIVATIVE.search(left_a) or any(s < b.end() and e > a.start() for s, e, _ in edits):
            continue
        # from the end of B's content to B's display's `=`: the `=` kept, now B = C
        edits.append((a.start(1) + len(a.group(1).rstrip()), b.start(1) + eb[0], " "))
    return edits or None


def _latex_page(text: str) -> bool:
    return bool(re.search(r"\\[A-Za-z]", text))


def escape_underscore(text: str) -> list[Edit] | None:
    """Markdown's escape of ``_``: every subscript ``_`` written ``\\_`` (as Hugo/Quarto sources carry it)."""
    if not _latex_page(text):
        return None
    return [(m.start(), m.end(), r"\_") for m in re.finditer(r"(?<!\\)_", text)] or None


def escape_star(text: str) -> list[Edit] | None:
    """Markdown's escape of ``*``: every ``*`` of a display (of all a bare-LaTeX page), not an environment's name
    nor a ``**bold**``, written ``\\*``."""
    if not _latex_page(text):
        return None
    spans = [(0, len(text))] if "$" not in text else displays(text)    # a bare-LaTeX page: all of it
    return [(start + m.start(), start + m.end(), r"\*") for start, end in spans
            for m in re.finditer(r"(?<![\\a-z*])\*(?![}*])", text[start:end])] or None


def dollars_to_brackets(text: str) -> list[Edit] | None:
    """Each ``$$ … $$`` display written ``\\[ … \\]``."""
    edits = []
    for m in _DISPLAY.finditer(text):
        if text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            continue    # kramdown's inline $$…$$ in a sentence: \[ would open a display there, not the same page
        edits += [(m.start(), m.start(1), r"\["), (m.end(1), m.end(), r"\]")]
    return edits or None


def dollars_to_equation(text: str) -> list[Edit] | None:
    """Each one-equation ``$$ … $$`` display written ``\\begin{equation*} … \\end{equation*}``."""
    edits = []
    for m in _one_line_displays(text):
        edits += [(m.start(), m.start(1), r"\begin{equation*}"), (m.end(1), m.end(), r"\end{equation*}")]
    return edits or None


def dollars_to_align(text: str) -> list[Edit] | None:
    """A one-line chain ``$$ A = B = C $$`` written ``\\begin{align*} A &= B \\\\ &= C \\end{align*}``, a row a line."""
    edits = []
    for m in _one_line_displays(text):
        body = m.group(1)
        equals = _top_equals(body)
        if len(equals) < 2 or "\n" in body.strip():
            continue
        edits += [(m.start(), m.start(1), "\\begin{align*}\n"), (m.end(1), m.end(), "\n\\end{align*}")]
        edits.append((m.start(1) + equals[0], m.start(1) + equals[0], "&"))
        edits += [(m.start(1) + k, m.start(1) + k, "\\\\\n&") for k in equals[1:]]
    return edits or None


def display_three_lines(text: str) -> list[Edit] | None:
    """A one-line ``$$ … $$`` display written over three lines, ``$$`` alone on the first and the last."""
    edits = []
    for m in _DISPLAY.finditer(text):
        if "\n" not in m.group(1):
            edits += [(m.start(1), m.start(1), "\n"), (m.end(1), m.end(1), "\n")]
    return edits or None


def display_one_line(text: str) -> list[Edit] | None:
    """A ``$$`` display over three lines (``$$`` alone above and below one line) written on one line."""
    edits = []
    for m in _DISPLAY.finditer(text):
        body = m.group(1)
        if body.count("\n") == 2 and not body.strip("\n").count("\n") and body.startswith("\n") and body.endswith("\n"):
            edits += [(m.start(1), m.start(1) + 1, ""), (m.end(1) - 1, m.end(1), "")]
    return edits or None


def _prose_at(word: str) -> Callable[[str], list[Edit] | None]:
    def rewrite(text: str) -> list[Edit] | None:
        spans = displays(text)
        edits = []
        for (_, end), (start, _) in zip(spans, spans[1:]):
            line_end = text.find("\n", end)
            if 0 <= line_end < start:
                edits.append((line_end + 1, line_end + 1, f"\n{word}\n\n"))
        return edits or None
    rewrite.__doc__ = f"The words {word!r} on a line of their own between every two displays."
    return rewrite


def bullets(text: str) -> list[Edit] | None:
    """A bullet point of prose before every display after the first (``- which gives:``)."""
    spans = displays(text)
    edits = []
    for (_, end), (start, _) in zip(spans, spans[1:]):
        line_end = text.find("\n", end)
        if 0 <= line_end < start:
            edits.append((line_end + 1, line_end + 1, "\n* which gives, after simplifying:\n\n"))
    return edits or None


def headings(text: str) -> list[Edit] | None:
    """A Markdown heading ``### Step k`` before every display after the first."""
    spans = displays(text)
    edits = []
    for k, ((_, end), (start, _)) in enumerate(zip(spans, spans[1:]), 2):
        line_end = text.find("\n", end)
        if 0 <= line_end < start:
            edits.append((line_end + 1, line_end + 1, f"\n### Step {k}\n\n"))
    return edits or None


HUNT34: dict[str, Callable[[str], list[Edit] | None]] = {
    "box_last_whole": box_last_whole, "box_last_rhs": box_last_rhs, "boxed_restatement": boxed_restatement,
    "split_chain_restate": split_chain_restate, "join_restated": join_restated,
    "escape_underscore": escape_underscore, "escape_star": escape_star,
    "dollars_to_brackets": dollars_to_brackets, "dollars_to_equation": dollars_to_equation,
    "dollars_to_align": dollars_to_align, "display_three_lines": display_three_lines,
    "display_one_line": display_one_line,
    "prose_donc": _prose_at("donc"), "prose_hence": _prose_at("Hence,"), "prose_thus": _prose_at("Thus"),
    "prose_where": _prose_at("where"), "prose_step": _prose_at("Step 2:"),
    "bullets": bullets, "headings": headings,
}


PRESERVING: dict[str, Callable[[str], list[Edit] | None]] = {
    "crlf": crlf, "cdot_to_space": cdot_to_space, "frac_to_slash": frac_to_slash,
    "drop_left_right": drop_left_right, "align_to_dollars": align_to_dollars, "tag_displays": tag_displays,
    "prose_between": prose_between, "trailing_dot": trailing_dot, "reflow_join": reflow_join,
    "reflow_split": reflow_split, "rename_index": rename_index, "slash_to_frac": slash_to_frac,
    "space_to_cdot": space_to_cdot, "add_left_right": add_left_right, "rows_to_displays": rows_to_displays,
    "prose_everywhere": prose_everywhere, "displaystyle": displaystyle, "dfrac": dfrac, "big_sizes": big_sizes,
    "transpose_top": transpose_top, "log_to_ln": log_to_ln, "plain_trailing_dot": plain_trailing_dot, "plain_one_over_m": plain_one_over_m,
    **HUNT34,
}


# --- meaning-changing rewrites of one step's written expression ---------------------------------------------------

def _groups(written: str):
    """(start, end, inner start, inner end) of each parenthesised group, ``\\left(…\\right)`` or ``(…)``."""
    opens = []
    k = 0
    while k < len(written):
        m = re.match(r"\\left\s*\(|\(|\\right\s*\)|\)", written[k:])
        if m:
            token = m.group()
            if token.endswith("("):
                opens.append((k, k + len(token)))
            elif opens:
                start, inner = opens.pop()
                yield start, k + len(token), inner, k
            k += len(token)
        else:
            k += 1


def _top_level_split(inner: str, sign: str) -> list[str] | None:
    depth, parts, last = 0, [], 0
    for k, c in enumerate(inner):
        depth += (c in "{([") - (c in "})]")
        if depth == 0 and c in "+-" and k > 0:
            if c != sign:
                return None
            parts.append(inner[last:k])
            last = k + 1
    parts.append(inner[last:])
    return parts if len(parts) == 2 else None


_Y = re.compile(r"\s*y(\^\{?\(?[a-z]\)?\}?|_\{?[a-z]\}?)?\s*$")


def negate(written: str, latex: bool) -> str | None:
    return rf"-\left({written}\right)" if latex else f"-({written})"


def swap_residual(written: str, latex: bool) -> str | None:
    """The first ``(y − h)`` (or ``(h − y)``) group, not squared, written the other way round."""
    for start, end, inner_start, inner_end in _groups(written):
        parts = _top_level_split(written[inner_start:inner_end], "-")
        if not parts or re.match(r"(\s|\\ |\\mbox\{)*\.?(\^|\*\*)", written[end:]):
            continue    # squared ((y − h)², Octave's .^2): the same either way round
        left, right = parts
        if bool(_Y.match(left)) != bool(_Y.match(right)) and left.strip() and right.strip():
            inner = f"{right.strip()} - {left.strip()}"
            return written[:inner_start] + inner + written[inner_end:]
    return None


def drop_one_minus_h(written: str, latex: bool) -> str | None:
    """σ′'s (1 − σ) factor dropped: the first ``(1 − h…)``/``(1 − σ…)`` group that is a factor, not a log's term."""
    for start, end, inner_start, inner_end in _groups(written):
        parts = _top_level_split(written[inner_start:inner_end], "-")
        if not parts or parts[0].strip() != "1" or written[end:end + 1] in ("^", "_"):
            continue
        if not re.match(r"\s*(h|\\sigma|\\hat|σ|g|a\b|p\b)", parts[1]):
            continue
        before = written[:start].rstrip()
        if not before or before[-1] in "+-=" or re.search(r"\\log\s*$|log\s*$|\\frac\{?$", before):
            continue
        dot = re.search(r"\\cdot\s*$|\*\s*$", before)
        return (before[:dot.start()] if dot else written[:start]) + written[end:]    # its product's dot goes too
    return None


def drop_one_over_m(written: str, latex: bool) -> str | None:
    forms = list(re.finditer(r"(\\frac\{?1\}?\{?m\}?|\(1/m\)|1/m)(\s*(\*|\\cdot(?![A-Za-z])))?", written))
    if len(forms) != 1:
        return None
    m = forms[0]
    rest = written[:m.start()] + written[m.end():]
    return rest if rest.strip() not in ("", "-") else None


def drop_two(written: str, latex: bool) -> str | None:
    forms = list(re.finditer(r"\\frac\{?2\}?\{?m\}?|(?<![\w.^{])2\s*(?=\\left|\(|\\frac|\\sum|\(|[a-zA-Z\\])", written))
    if len(forms) != 1:
        return None
    m = forms[0]
    return written[:m.start()] + (r"\frac{1}{m}" if m.group().startswith("\\frac") else "") + written[m.end():]


def double(written: str, latex: bool) -> str | None:
    """A factor 2 too many: the whole expression doubled."""
    return rf"2\left({written}\right)" if latex else f"2*({written})"


def drop_x(written: str, latex: bool) -> str | None:
    """The chain rule's inner factor x_j⁽ⁱ⁾ (``x_j^{(i)}``, ``x^{(i)}_j``, ``x_{ij}``, ``x_i``, ``x^{(i)}``) dropped,
    when it is written once as a factor (not inside a model's ``θᵀx`` or a residual)."""
    forms = list(re.finditer(r"(\\cdot\s*|\*\s*)?(?<![\w\\])x(?:_\{?[a-z]{1,2}\}?)?(?:\^\{?\(?[a-z]\)?\}?)?(?:_\{?[a-z]\}?)?"
                             r"(?![\w(^])(\s*\\cdot|\s*\*)?", written))
    forms = [m for m in forms if not re.search(r"\(\s*$", written[:m.start()])]    # h(x⁽ⁱ⁾)'s argument: not a factor
    if len(forms) != 1:
        return None
    m = forms[0]
    before, after = written[:m.start()].rstrip(), written[m.end():].lstrip()
    if re.search(r"[+\-=(]$|\\theta\s*$|\^\s*$|\\top\s*$|T\s*$|w\s*$", before) and re.match(r"[+\-)]", after or ")"):
        return None    # a term of a sum (θ₀ + θ₁x − y): dropping it is not the chain rule's factor
    if not before or not after.strip("}) ") and before.rstrip().endswith(("{", "(")):
        return None
    keep = m.group(2) if m.group(1) and m.group(2) else " "
    return written[:m.start()] + keep + written[m.end():]


CHANGING: dict[str, Callable[[str, bool], str | None]] = {
    "negate": negate, "swap_residual": swap_residual, "drop_one_minus_h": drop_one_minus_h,
    "drop_one_over_m": drop_one_over_m, "drop_two": drop_two, "double": double, "drop_x": drop_x,
}


# --- reading a page as a user does ----------------------------------------------------------------------------

def read(page: Page, text: str) -> Reading:
    from click.testing import CliRunner

    from logderiv.cli import main

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / page.file
        path.write_bytes(text.encode("utf-8"))
        arguments = ["steps", str(path), "-f", "json", "--timeout", "60", *(["--cost", page.cost] if page.cost else [])]
        result = CliRunner().invoke(main, arguments)
    if result.exit_code in (2, 3):
        message = result.stderr.strip().splitlines()[0] if result.stderr.strip() else result.stdout.strip()[:300]
        return Reading(True, message=message)
    if result.exit_code not in (0, 1):
        return Reading(True, message=f"exit {result.exit_code}: {result.output[-300:]} {result.stderr[-300:]}")
    review = json.loads(result.stdout)
    wrong = sorted((step.get("cell") or 0, step["line"]) for step in _steps(review) if step.get("valid") is False)
    return Reading(False, review.get("ending"), wrong[0][1] if wrong else None, review=review)


def _steps(review: dict) -> list[dict]:
    return [*review.get("steps", []), *(step for lemma in review.get("lemmas", []) for step in lemma["steps"])]


def pages_read_right(folders: list[str], known: set[str] | None = None) -> list[Page]:
    """The pages of ``folders`` read right today (or, given ``known``, those of its ``folder/file`` names)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _derivations_table import outcome, read_table

    pages = []
    for name in folders:
        folder = ROOT / "tests" / name
        for row in read_table(folder):
            if row.file.endswith(".ipynb"):
                continue    # a notebook's text is JSON: a string edit of it is not the edit a writer makes
            if (f"{name}/{row.file}" in known) if known is not None else outcome(folder, row)[0] == "right":
                pages.append(Page(folder, row.file, row.cost, (folder / row.file).read_text(encoding="utf-8")))
    return pages


@dataclass(frozen=True)
class Trial:
    page: Page
    rewrite: str
    verdict: str          # same / refused / changed
    expected: str
    got: str
    where: int | None = None


def preserve(page: Page, before: Reading, name: str) -> Trial | None:
    edits = PRESERVING[name](page.text)
    if not edits:
        return None
    text, moved = apply(page.text, edits)
    line = None
    if before.line is not None:
        step = next(s for s in sorted(_steps(before.review), key=lambda s: ((s.get("cell") or 0), s["line"]))
                    if s.get("valid") is False)
        line = line_of(text, moved(offset_of(page.text, step["line"], step["column"])))
    after = read(page, text)
    expected = f"ending {before.ending}, first wrong {line}"
    if after.refused:
        return Trial(page, name, "refused", expected, after.summary())
    verdict = "same" if (after.ending, after.line) == (before.ending, line) else "changed"
    return Trial(page, name, verdict, expected, after.summary())


def change(page: Page, before: Reading, name: str, step: dict) -> Trial | None:
    written = step.get("written") or ""
    if not written or step.get("cell"):
        return None
    if any("the cost is" in note and f"line {step['line']} " in note for note in before.review.get("notes", [])):
        return None    # the cost is read from this very line: changing it changes the cost, not a step
    main = before.review.get("steps") or [{}]
    if page.cost is None and step is main[0] and re.search(r"d/d|\\partial|∂|\\nabla|∇", written):
        return None    # d/dθⱼ (…) opening the chain with no --cost: the cost is what it differentiates
    start = offset_of(page.text, step["line"], step["column"])
    if page.text[start:start + len(written)] != written:
        return None    # the step's text is not where the review puts it verbatim: no edit to trust
    latex = "\\" in page.text or page.file.endswith((".md", ".tex"))
    new = CHANGING[name](written, latex)
    if new is None or new == written:
        return None
    text, _ = apply(page.text, [(start, start + len(written), new)])
    after = read(page, text)
    expected = f"first wrong {step['line']} (or refused)"
    if after.refused:
        return Trial(page, name, "refused", expected, after.summary(), step["line"])
    verdict = "same" if after.line == step["line"] else "changed"
    return Trial(page, name, verdict, expected, after.summary(), step["line"])


_ASIDE = re.compile(r"^(?:in the derivation of [^:]*: )?lines? (\d+)(?:–\d+)?(?:: not read| is a chain of its own beside the "
                    r"derivation of the gradient)")


def asides(before: Reading) -> list[int]:
    """The lines the review says it did not read (an equation or chain beside the derivation)."""
    steps = {s["line"] for s in _steps(before.review)}
    found = [int(m.group(1)) for note in before.review.get("notes", []) if (m := _ASIDE.match(note))]
    return sorted(set(line for line in found if line not in steps))


def change_aside(page: Page, before: Reading, line: int) -> Trial | None:
    """An aside's last side negated: the verdict on the derivation must not move (or the line is named, or refused)."""
    lines = page.text.split("\n")
    row = lines[line - 1]
    equals = [m.start() for m in re.finditer(r"(?<![<>!\\])=(?!=)", row)]
    if not equals:
        return None
    tail = row[equals[-1] + 1:]
    closing = re.search(r"(\s*(\$\$|\$|\\\\(\[[^\]]*\])?|\\end\{\w+\*?\}|[.,;]))*\s*$", tail)
    side = tail[:closing.start()]
    if not side.strip() or side.count("{") != side.count("}") or side.count("(") != side.count(")") or "&" in side:
        return None
    start = offset_of(page.text, line, equals[-1] + 2)
    latex = "\\" in page.text
    new = negate(side, latex)
    text, _ = apply(page.text, [(start, start + len(side), new)])
    after = read(page, text)
    expected = f"ending {before.ending}, first wrong {before.line} (an aside at line {line} changed)"
    if after.refused:
        return Trial(page, "aside_negated", "refused", expected, after.summary(), line)
    same = (after.ending, after.line) == (before.ending, before.line) or after.line == line
    return Trial(page, "aside_negated", "same" if same else "changed", expected, after.summary(), line)


def planted_after(page: Page, before: Reading, name: str, slip: str, step: dict) -> Trial | None:
    """A slip (``slip``, one of ``CHANGING``) planted in a held step, then the page rewritten by ``name``: ``steps``
    must name the slipped step's line, moved with the rewrite (or refuse)."""
    written = step.get("written") or ""
    if not written or step.get("cell") or step is (before.review.get("steps") or [{}])[0] and page.cost is None:
        return None
    if any("the cost is" in note and f"line {step['line']} " in note for note in before.review.get("notes", [])):
        return None
    start = offset_of(page.text, step["line"], step["column"])
    if page.text[start:start + len(written)] != written:
        return None
    latex = "\\" in page.text or page.file.endswith((".md", ".tex"))
    new = CHANGING[slip](written, latex)
    if new is None or new == written:
        return None
    slipped, _ = apply(page.text, [(start, start + len(written), new)])
    edits = PRESERVING[name](slipped)
    if not edits:
        return None
    text, moved = apply(slipped, edits)
    line = line_of(text, moved(start))
    after = read(page, text)
    expected = f"first wrong {line} (or refused)"
    label = f"{name}+{slip}"
    if after.refused:
        return Trial(page, label, "refused", expected, after.summary(), line)
    return Trial(page, label, "same" if after.line == line else "changed", expected, after.summary(), line)


def held_steps(before: Reading, most: int = 2) -> list[dict]:
    """Up to ``most`` steps that held before the first wrong one: the last and one in the middle."""
    steps = sorted((s for s in _steps(before.review) if s.get("valid") is True and not s.get("cell")),
                   key=lambda s: s["line"])
    if before.line is not None:
        steps = [s for s in steps if s["line"] < before.line]
    if not steps:
        return []
    chosen = [steps[-1], steps[len(steps) // 2]] if most <= 2 else steps
    return list({s["line"]: s for s in chosen[:most]}.values())


def trials(pages: list[Page], preserving: list[str], changing: list[str], most: int = 2,
           planted: tuple[str, ...] = ()):
    for page in pages:
        before = read(page, page.text)
        if before.refused:
            continue
        for name in preserving:
            trial = preserve(page, before, name)
            if trial:
                yield trial
        for step in held_steps(before, most):
            for name in (n for n in changing if n in CHANGING):
                trial = change(page, before, name, step)
                if trial:
                    yield trial
        if planted:
            held = held_steps(before, 1)
            for k, name in enumerate(n for n in preserving if n in HUNT34):
                for slip in (planted[(k + j) % len(planted)] for j in range(len(planted))):
                    trial = planted_after(page, before, name, slip, held[0]) if held else None
                    if trial:
                        yield trial
                        break    # one slip a rewrite a page: the first that applies, in turn
        if "aside_negated" in changing:
            for line in asides(before)[:most]:
                trial = change_aside(page, before, line)
                if trial:
                    yield trial


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="*", default=FOLDERS)
    parser.add_argument("--only", nargs="*", help="the rewrites to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list every outcome, not only the changed ones")
    parser.add_argument("--steps", type=int, default=2, help="held steps changed per page (default 2: the last and "
                        "one in the middle; more: every step, lemmas' too, up to this many)")
    parser.add_argument("--all-folders", action="store_true", help="every tests/derivations_* folder with an expected.txt")
    parser.add_argument("--planted", nargs="*", default=[], help="slips (of CHANGING) planted in a held step before "
                        "each hunt34 rewrite, one a rewrite a page, in turn (hunt34: negate double drop_x)")
    parser.add_argument("--right", help="a file naming the pages read right (folder/file a line), as --write-right "
                        "wrote it: the pages are not rated again")
    parser.add_argument("--write-right", help="only rate the folders' pages and write those read right to this file")
    args = parser.parse_args(argv)
    if args.all_folders:
        args.folders = ALL_FOLDERS
    preserving = [n for n in PRESERVING if not args.only or n in args.only]
    changing = [n for n in [*CHANGING, "aside_negated"] if not args.only or n in args.only]
    counts: dict[str, Counter] = {}
    if args.write_right:
        right = pages_read_right(args.folders)
        Path(args.write_right).write_text("".join(f"{p.folder.name}/{p.file}\n" for p in right), encoding="utf-8")
        return 0
    known = set(Path(args.right).read_text(encoding="utf-8").split()) if args.right else None
    for trial in trials(pages_read_right(args.folders, known), preserving, changing, args.steps, tuple(args.planted)):
        counts.setdefault(trial.rewrite, Counter())[trial.verdict] += 1
        if args.list or trial.verdict == "changed":
            print(f"{trial.verdict:8} {trial.rewrite:17} {trial.page.folder.name}/{trial.page.file}"
                  f" | expected {trial.expected} | got {trial.got}", flush=True)
    print(f"{'rewrite':17} {'same':>5} {'refused':>8} {'changed':>8}")
    for name in [*preserving, *changing, *sorted(n for n in counts if "+" in n)]:
        c = counts.get(name, Counter())
        print(f"{name:17} {c['same']:5} {c['refused']:8} {c['changed']:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

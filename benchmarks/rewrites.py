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


PRESERVING: dict[str, Callable[[str], list[Edit] | None]] = {
    "crlf": crlf, "cdot_to_space": cdot_to_space, "frac_to_slash": frac_to_slash,
    "drop_left_right": drop_left_right, "align_to_dollars": align_to_dollars, "tag_displays": tag_displays,
    "prose_between": prose_between, "trailing_dot": trailing_dot, "reflow_join": reflow_join,
    "reflow_split": reflow_split, "rename_index": rename_index, "slash_to_frac": slash_to_frac,
    "space_to_cdot": space_to_cdot, "add_left_right": add_left_right, "rows_to_displays": rows_to_displays,
    "prose_everywhere": prose_everywhere, "displaystyle": displaystyle, "dfrac": dfrac, "big_sizes": big_sizes,
    "transpose_top": transpose_top, "log_to_ln": log_to_ln, "plain_trailing_dot": plain_trailing_dot, "plain_one_over_m": plain_one_over_m,
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


CHANGING: dict[str, Callable[[str, bool], str | None]] = {
    "negate": negate, "swap_residual": swap_residual, "drop_one_minus_h": drop_one_minus_h,
    "drop_one_over_m": drop_one_over_m, "drop_two": drop_two,
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


def pages_read_right(folders: list[str]) -> list[Page]:
    sys.path.insert(0, str(ROOT / "tests"))
    from _derivations_table import outcome, read_table

    pages = []
    for name in folders:
        folder = ROOT / "tests" / name
        for row in read_table(folder):
            if row.file.endswith(".ipynb"):
                continue    # a notebook's text is JSON: a string edit of it is not the edit a writer makes
            if outcome(folder, row)[0] == "right":
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


def trials(pages: list[Page], preserving: list[str], changing: list[str], most: int = 2):
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
    args = parser.parse_args(argv)
    preserving = [n for n in PRESERVING if not args.only or n in args.only]
    changing = [n for n in [*CHANGING, "aside_negated"] if not args.only or n in args.only]
    counts: dict[str, Counter] = {}
    for trial in trials(pages_read_right(args.folders), preserving, changing, args.steps):
        counts.setdefault(trial.rewrite, Counter())[trial.verdict] += 1
        if args.list or trial.verdict == "changed":
            print(f"{trial.verdict:8} {trial.rewrite:17} {trial.page.folder.name}/{trial.page.file}"
                  f" | expected {trial.expected} | got {trial.got}", flush=True)
    print(f"{'rewrite':17} {'same':>5} {'refused':>8} {'changed':>8}")
    for name in [*preserving, *changing]:
        c = counts.get(name, Counter())
        print(f"{name:17} {c['same']:5} {c['refused']:8} {c['changed']:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A metamorphic misread hunt over the real corpus (issue 10: never a silent misread).

Run from the project root::

    python benchmarks/misreads.py                         # every item the corpus reads right
    python benchmarks/misreads.py --sample 200 --seed 3   # 200 answers and 200 costs, seeded
    python benchmarks/misreads.py --out /tmp/misreads.txt # the flips, one line each, to study

Each answer or cost of ``tests/corpus`` that logderiv reads right (``tests/corpus/judge.py``) is
rewritten by small, conservative string rewrites whose effect on the meaning is known by
construction, and judged again by the same independent judge:

* **meaning-preserving** rewrites (spaces, parentheses around the whole, ``$…$``, a sum of two
  terms or two factors commuted, ``1/m`` written another way, the example index renamed, and in a
  squared cost the residual's sign flipped): the hand-worked verdict, or the item's own NumPy cost,
  still holds;
* **meaning-changing** rewrites of an answer judged ``equivalent`` (the residual's sign flipped, the
  1/m dropped or doubled, σ dropped, the residual squared, x_j swapped for an unbound x_k): the
  answer is then not the gradient, so ``different`` (or a refusal) is the only right verdict;
* **meaning-changing** rewrites of a cost (the whole cost doubled or negated, a leading 1/m that
  scales all of it dropped): the item's NumPy cost is scaled the same way, by hand, and the derived
  gradient held to finite differences of that.

hunt35 (``--code``): rewrites of CODE answers and costs (Octave/MATLAB, NumPy, R, told apart by their text), statement
by statement: a comment line or a line's end comment, a commented-out statement, a local renamed, two independent
statements swapped, Octave's ';' added or removed and two statements joined on one line, ``A'*b`` as
``transpose(A)*b``, ``np.dot(a, b)`` as ``(a @ b)`` and ``a.dot(b)``, ``np.sum(v)`` as ``v.sum()``, R's ``t(X) %*% v``
as ``crossprod(X, v)``, ``1/m * v`` as ``(v) / m``; and for an answer judged equivalent, the meaning changed: the
``theta(1) = 0`` line dropped or moved before the line computing h, a grad(1) / grad[0] patch dropped, the /m of the
last statement dropped, the last statement's residual flipped, an update written twice. Run it as
``python benchmarks/misreads.py --code --right RATING --skip fresh_seventyseventh`` (a blind set left out).

A rewrite applies only where its pattern is found once and plainly (otherwise the item is skipped
for that rewrite); a rewrite can still be wrong, so every flip is a candidate, to be worked by hand.
Each rewrite is counted as same verdict / refused / flipped. No logderiv output is used to decide
what is right: the verdicts are the corpus's hand-worked ones and the costs its NumPy functions.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import random
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

#: a rewrite: text → rewritten text, or None where it does not clearly apply
Rewrite = Callable[[str], "str | None"]


# --- reading the text's top level -------------------------------------------------------------

_OPEN, _CLOSE = "([{", ")]}"


def _depths(text: str) -> list[int]:
    """The bracket depth before each character (``\\left(`` and ``\\right)`` count as their bracket)."""
    depth, out = 0, []
    for ch in text:
        if ch in _CLOSE:
            depth -= 1
        out.append(depth)
        if ch in _OPEN:
            depth += 1
    return out


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth < 0:
            return False
    return depth == 0


def _top(text: str, chars: str) -> list[int]:
    """Positions of ``chars`` outside every bracket."""
    depths = _depths(text)
    return [k for k, ch in enumerate(text) if ch in chars and depths[k] == 0]


def _is_latex(text: str) -> bool:
    return "\\" in text


def _is_code(text: str) -> bool:
    return any(s in text for s in ("np.", "@", ".T", "'", ".*", "**", "torch", "sum(", "mean(", "dot("))


def _plain_single(text: str) -> bool:
    """One line, balanced, no ``$`` and no alignment: a text the rewrites may touch."""
    return "\n" not in text and "$" not in text and "&" not in text and ";" not in text and _balanced(text)


def _split_rhs(text: str) -> tuple[str, str]:
    """``("J = ", "rest")`` at the last top-level ``=``, or ``("", text)``; ``\\frac{∂J}{∂θ} = …`` too."""
    eqs = [k for k in _top(text, "=") if text[k - 1:k] not in "<>!" and text[k + 1:k + 2] != "="]
    if not eqs:
        return "", text
    k = eqs[-1] + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return text[:k], text[k:]


# --- meaning-preserving rewrites ----------------------------------------------------------------

def spaces(text: str) -> str | None:
    """Every space doubled and a space at each end: ``a + b`` → `` a  +  b ``."""
    if "\n" in text or " " not in text.strip() or "\\ " in text:
        return None
    return " " + text.replace(" ", "  ") + " "


def parentheses(text: str) -> str | None:
    """The right-hand side in one more pair of parentheses: ``J = a + b`` → ``J = (a + b)``."""
    if not _plain_single(text):
        return None
    head, rhs = _split_rhs(text)
    stop = re.search(r"\s*[.,]$", rhs)
    tail, rhs = (rhs[stop.start():], rhs[:stop.start()]) if stop else ("", rhs)
    if not rhs.strip() or "=" in rhs or "#" in rhs:
        return None
    if _is_latex(rhs):
        return f"{head}\\left({rhs}\\right){tail}"
    return f"{head}({rhs}){tail}"


def dollars(text: str) -> str | None:
    """LaTeX wrapped in ``$…$``."""
    if not _is_latex(text) or not _plain_single(text) or "\\begin" in text or "\\\\" in text:
        return None
    return f"${text}$"


def commute_sum(text: str) -> str | None:
    """A right-hand side of exactly two terms swapped: ``a + b`` → ``b + a`` (neither signed, no sum before ``+``).

    Only where the first term holds no ∑/sum whose reach (to the end of its term, or past the ``+``) is a
    question of convention: a sum written as a call, ``sum(…)``, or no sum at all.
    """
    if not _plain_single(text):
        return None
    head, rhs = _split_rhs(text)
    plus = [k for k in _top(rhs, "+-") if k > 0 and rhs[k - 1] not in "eE^_({*/" and rhs[k - 1:k + 1] != "--"]
    if len(plus) != 1 or rhs[plus[0]] != "+" or rhs.lstrip().startswith(("-", "+")):
        return None
    first, second = rhs[:plus[0]].strip(), rhs[plus[0] + 1:].strip()
    if not first or not second or "\\sum" in first or "Σ" in first or "\\sum" in second or "Σ" in second:
        return None
    if "\\" in text and re.search(r"\\(left|right|frac|cdot)\s*$", first):
        return None
    return f"{head}{second} + {first}"


_RESIDUAL_FACTOR = r"(?:x|X)(?:_\{?[a-z0-9,]+\}?)?(?:\^\{?\(?[a-z]\)?\}?)?(?:_\{?[a-z]\}?)?"


def commute_factor(text: str) -> str | None:
    """A last factor and the parenthesised group before it swapped: ``(h − y) x_j`` → ``x_j (h − y)`` (LaTeX)."""
    if not _is_latex(text) or not _plain_single(text):
        return None
    found = list(re.finditer(r"(\\left\(|\()([^()]*?)(\\right\)|\))\s*(\\cdot\s*)?(" + _RESIDUAL_FACTOR + r")\s*$", text))
    if len(found) != 1:
        return None
    match = found[0]
    group = match.group(1) + match.group(2) + match.group(3)
    if "-" not in match.group(2) and "−" not in match.group(2):
        return None
    before = text[:match.start()]
    # the group must be a factor of the product, not a function's argument (σ(z) x_j) or a power's base
    if re.search(r"([A-Za-z}]|\\[a-z]+|\^|_)\s*$", before) and not re.search(r"\\sum(\\limits)?(_\{[^{}]*\}|_\w)?(\^\{[^{}]*\}|\^\w)?\s*$", before):
        return None
    return f"{before}{' ' if before[-1:].isalnum() else ''}{match.group(5)} {group}"


_ONE_OVER = r"\\frac\s*\{\s*1\s*\}\s*\{\s*([mnNM])\s*\}|\\frac1([mnNM])|\\dfrac\s*\{\s*1\s*\}\s*\{\s*([mnNM])\s*\}"


def one_over_latex(text: str) -> str | None:
    r"""``\frac{1}{m} REST`` → ``\frac{REST}{m}``, where REST is one term (no top-level + or −)."""
    if not _is_latex(text) or not _plain_single(text):
        return None
    head, rhs = _split_rhs(text)
    match = re.match(r"\s*(?:" + _ONE_OVER + r")\s*(.*)$", rhs)
    if not match:
        return None
    letter = next(g for g in match.groups()[:3] if g)
    rest = match.group(4).strip()
    stop = re.search(r"\s*[.,]$", rest)
    tail, rest = (rest[stop.start():], rest[:stop.start()]) if stop else ("", rest)
    if not rest or _top(rest, "+-−=") or re.match(r"[\^_*]|\\cdot|\\times", rest):
        return None
    return f"{head}\\frac{{{rest}}}{{{letter}}}{tail}"


def one_over_plain(text: str) -> str | None:
    """``1/m * REST`` or ``(1/m) * REST`` → ``(REST) / m``, where REST is one term (no top-level + or −)."""
    if _is_latex(text) or not _plain_single(text):
        return None
    head, rhs = _split_rhs(text)
    match = re.match(r"\s*(?:\(\s*1\s*/\s*([mnNM])\s*\)|1\s*/\s*([mnNM]))\s*\*\s*(.*)$", rhs)
    if not match:
        return None
    letter = match.group(1) or match.group(2)
    rest = match.group(3).strip()
    if not rest or _top(rest, "+-−=") or rest.startswith(("*", "/")):
        return None
    return f"{head}({rest}) / {letter}"


def rename_index(text: str, to: str = "k") -> str | None:
    """The example index i renamed k where a sum binds it (``\\sum_{i=1}^m … x^{(i)}``) and k is unused."""
    if not _is_latex(text) or "\n" in text:
        return None
    if not re.search(r"\\sum(\\limits)?_\{?\s*i\b", text):
        return None
    letter = r"(?<![A-Za-z\\])%s(?![A-Za-z])"
    # Bishop's n over N: only where neither letter is written already (n may count the features, N the examples)
    if re.search(letter % to, text) or to == "n" and re.search(letter % "N", text):
        return None
    return re.sub(letter % "i", to, text)


def rename_index_n(text: str) -> str | None:
    """The example index i renamed n (Bishop's letter), where a sum binds i and neither n nor N is written."""
    return rename_index(text, "n")


_SQUARED_RESIDUAL = re.compile(
    r"(\\left\(|\(|\\big\[|\[)\s*([^()\[\]]+?)\s*(-|−)\s*(y\^\{?\(i\)\}?|y_\{?i\}?|y\^i|y\^\{i\}|y|Y)\s*(\\right\)|\)|\\big\]|\])(\s*\^\s*\{?2\}?|\s*\*\*\s*2)")


def residual_sign_squared(text: str) -> str | None:
    """In a squared residual the residual's sign flipped: ``(h − y)^2`` → ``(y − h)^2`` (one such square)."""
    if not _plain_single(text):
        return None
    found = list(_SQUARED_RESIDUAL.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    first, minus, second = match.group(2), match.group(3), match.group(4)
    if _top(first, "+-−"):
        # (a + b − y)²: flip as (y − (a + b))², keeping the grouping
        first = f"({first})" if not _is_latex(text) else f"\\left({first}\\right)"
    return text[:match.start()] + f"{match.group(1)}{second} {minus} {first}{match.group(5)}{match.group(6)}" \
        + text[match.end():]


# --- meaning-changing rewrites of an answer (equivalent → different) ---------------------------

_RESIDUAL = re.compile(
    r"(\\left\(|\()\s*([^(),]*?(?:h|\\sigma|\\hat|pred|A|a|p|\\mu|s\()[^(),]*?(?:\([^()]*\))?[^(),]*?)\s*(-|−)\s*"
    r"(y\^\{?\(i\)\}?|y_\{?i\}?|y\^i|y\^\{i\}|y_\{\(i\)\}|y|Y|y\[i\])\s*(\\right\)|\))")


def residual_sign(text: str) -> str | None:
    """The residual's sign flipped, ``(h − y)`` → ``(y − h)``, where it is the one residual and not squared."""
    if not _plain_single(text):
        return None
    found = list(_RESIDUAL.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    after = text[match.end():]
    if re.match(r"\s*(\^|\*\*)", after):
        return None
    first = match.group(2)
    if _top(first, "+-−"):
        first = f"({first})"
    return text[:match.start()] + f"{match.group(1)}{match.group(4)} {match.group(3)} {first}{match.group(5)}" + after


def residual_squared(text: str) -> str | None:
    """The residual squared: ``(h − y)`` → ``(h − y)^2`` (``**2`` in code)."""
    if not _plain_single(text):
        return None
    found = list(_RESIDUAL.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    after = text[match.end():]
    if re.match(r"\s*(\^|\*\*|\.|')", after) or re.search(r"[\w.]$", text[:match.start()]):
        return None
    # Octave squares elementwise with .^ (its ** would mark the text as NumPy too)
    octave = "'" in text or ".*" in text
    power = "^2" if _is_latex(text) or not _is_code(text) else ".^2" if octave else "**2"
    return text[:match.end()] + power + after


def drop_one_over(text: str) -> str | None:
    r"""The 1/m dropped: ``\frac{1}{m}``, ``1/m *``, ``(1/m)*`` or a trailing ``/ m`` removed (one of them)."""
    if not _plain_single(text):
        return None
    patterns = [_ONE_OVER, r"\(\s*1\s*/\s*[mnNM]\s*\)\s*\*?", r"(?<![\w.])1\s*/\s*[mnNM]\s*\*", r"\s*/\s*[mnNM]\s*$"]
    hits = [(p, list(re.finditer(p, text))) for p in patterns]
    hits = [(p, h) for p, h in hits if h]
    if len(hits) != 1 or len(hits[0][1]) != 1:
        return None
    match = hits[0][1][0]
    out = (text[:match.start()] + " " + text[match.end():]).strip()
    if out.startswith(("=", "*", "/")) or out.endswith(("=", "*", "/")) or re.search(r"=\s*$", text[:match.start()]) \
            and re.match(r"\s*[*/]", text[match.end():]):
        return None
    return out


def double_one_over(text: str) -> str | None:
    r"""The 1/m doubled: ``\frac{1}{m}`` → ``\frac{2}{m}``, ``1/m`` → ``2/m`` (the one such factor)."""
    if not _plain_single(text):
        return None
    latex = list(re.finditer(r"\\frac\s*\{\s*1\s*\}\s*\{\s*([mnNM])\s*\}", text))
    plain = list(re.finditer(r"(?<![\w.])1\s*/\s*([mnNM])(?![\w(])", text))
    if len(latex) + len(plain) != 1:
        return None
    match = (latex + plain)[0]
    new = f"\\frac{{2}}{{{match.group(1)}}}" if latex else f"2/{match.group(1)}"
    return text[:match.start()] + new + text[match.end():]


def drop_sigma(text: str) -> str | None:
    r"""σ dropped: ``\sigma(z)`` → ``(z)``, ``sigmoid(z)`` → ``(z)`` (the one σ of the answer)."""
    if not _plain_single(text):
        return None
    found = list(re.finditer(r"\\sigma\s*(?=\\left\(|\()|(?<![\w.])(?:np\.)?sigmoid\s*(?=\()|(?<![\w.])g\s*(?=\()", text))
    if len(found) != 1:
        return None
    match = found[0]
    return text[:match.start()] + text[match.end():]


def swap_feature(text: str) -> str | None:
    """x_j swapped for x_k, k bound nowhere: the answer names a feature the cost never chose (refuse)."""
    if not _is_latex(text) or not _plain_single(text):
        return None
    if re.search(r"(?<![A-Za-z\\])k(?![A-Za-z])", text):
        return None
    found = list(re.finditer(r"(?<![A-Za-z\\])x(_\{?)j(?![A-Za-z])", text))
    if len(found) != 1:
        return None
    match = found[0]
    return text[:match.start()] + f"x{match.group(1)}k" + text[match.end():]


#: meaning-preserving rewrites, for answers and costs alike
PRESERVING: dict[str, Rewrite] = {
    "spaces": spaces,
    "parentheses": parentheses,
    "dollars": dollars,
    "commute-sum": commute_sum,
    "commute-factor": commute_factor,
    "1/m-latex": one_over_latex,
    "1/m-plain": one_over_plain,
    "rename-i": rename_index,
    "rename-i-n": rename_index_n,
    "squared-residual-sign": residual_sign_squared,
}

#: rewrites of an answer judged equivalent, and the verdict a careful grader then gives
CHANGING: dict[str, tuple[Rewrite, str]] = {
    "residual-sign": (residual_sign, "different"),
    "residual-squared": (residual_squared, "different"),
    "drop-1/m": (drop_one_over, "different"),
    "double-1/m": (double_one_over, "different"),
    "drop-sigma": (drop_sigma, "different"),
    "swap-x_j-x_k": (swap_feature, "refuse"),
}


# --- meaning-changing rewrites of a cost: the NumPy cost moves the same way, by hand -----------

def _scaled_cost(factor: str) -> Callable[[str], str | None]:
    def rewrite(text: str) -> str | None:
        # "… \quad \text{with } z_i = …": the last '=' is a definition's, not the cost's
        if not _plain_single(text) or re.search(r"\\quad|\\text|\bwith\b|\bwhere\b", text):
            return None
        head, rhs = _split_rhs(text)
        if not rhs.strip() or "=" in rhs:
            return None
        if _is_latex(text):
            return f"{head}{factor} \\left({rhs}\\right)"
        return f"{head}{factor} * ({rhs})"
    return rewrite


def _drop_leading_one_over(text: str) -> str | None:
    r"""A leading ``\frac{1}{m}`` (or ``1/m *``) that scales the whole right-hand side dropped: J → m·J."""
    if not _plain_single(text):
        return None
    head, rhs = _split_rhs(text)
    match = re.match(r"\s*(?:\\frac\s*\{\s*1\s*\}\s*\{\s*m\s*\}|\(\s*1\s*/\s*m\s*\)\s*\*|1\s*/\s*m\s*\*)\s*(.*)$", rhs)
    if not match or not match.group(1) or _top(match.group(1), "+-−=") or re.match(r"[\^_*/]", match.group(1)):
        return None
    return f"{head}{match.group(1)}"


#: cost rewrites, and how the item's NumPy cost moves: (rewrite, J ↦ J′)
COST_CHANGING: dict[str, tuple[Rewrite, Callable]] = {
    "cost-doubled": (_scaled_cost("2"), lambda intended: lambda d: 2.0 * intended(d)),
    "cost-negated": (_scaled_cost("-1"), lambda intended: lambda d: -1.0 * intended(d)),
    "cost-drop-1/m": (_drop_leading_one_over, lambda intended: lambda d: d.m * intended(d)),
}


# --- hunt35: rewrites of CODE (Octave/MATLAB, NumPy, R), line by line ----------------------------------
#
# The rewrites above touch one plain line; these touch the statements of a code answer or cost, where real code
# differs without changing what it computes (a comment, a renamed local, two independent statements swapped, Octave's
# ';', NumPy's three spellings of a product) or changes it in one line (a zeroing, a /m or a grad(1) patch dropped, the
# last line's residual flipped). Each applies only where the language is plain from the text and the pattern is found
# plainly; every flip is a candidate, worked by hand.

def _language(text: str) -> str | None:
    """``octave``, ``python`` or ``r`` where the text says so plainly, else None."""
    if "%*%" in text or "<-" in text:
        return "r"
    if re.search(r"\bnp\.|\bdef |\brange\(|\*\*|\.T\b|\bnumpy\b", text):
        return None if re.search(r"(?<![\w)\]])'|\.\*|(^|\n)\s*%|\bend\b", text) else "python"
    if re.search(r"[\w)\]]'|\.\*|\.\^|(^|\n)\s*%|;\s*($|\n)|\bend\b", text) and "//" not in text and "{" not in text:
        return "octave"
    return None


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _complete(line: str, language: str) -> bool:
    """A line that ends a statement: balanced, no continuation, not a block opener."""
    body = _code_part(line, language).rstrip()
    if not body or not _balanced(body) or body.endswith(("...", "\\", ",", "+", "-", "*", "/", "(", "=", ":")):
        return False
    return not re.match(r"\s*(for|if|while|def|function|else|elseif|elif|return)\b", body)


def _code_part(line: str, language: str) -> str:
    """The line without its comment (``%`` or ``#`` in Octave, ``#`` in Python and R; ``%*%`` is R's product)."""
    marks = "%#" if language == "octave" else "#"
    if language == "r":
        line = line.replace("%*%", "\0\0\0")
    for k, ch in enumerate(line):
        if ch in marks:
            line = line[:k]
            break
    return line.replace("\0\0\0", "%*%")


def _statements(text: str, language: str) -> list[int]:
    """Indexes of the lines that are whole top-level-or-nested simple statements (``name… = …``)."""
    out = []
    lines = _lines(text)
    for k, line in enumerate(lines):
        body = _code_part(line, language)
        if _complete(line, language) and re.match(r"\s*[A-Za-z_][\w.]*(\([^()]*\)|\[[^\[\]]*\])?\s*([-+*/]?=)(?!=)", body):
            if k > 0 and not _complete(lines[k - 1], language) and _code_part(lines[k - 1], language).strip() \
                    and not re.match(r"\s*(for|if|while|def|function|else|elseif|elif)\b", lines[k - 1]):
                continue
            out.append(k)
    return out


def _comment_mark(language: str) -> str:
    return "%" if language == "octave" else "#"


def code_comment_line(text: str) -> str | None:
    """A comment line added between the first two consecutive statements (same indentation)."""
    language = _language(text)
    if language is None or "\n" not in text:
        return None
    lines = _lines(text)
    for k in _statements(text, language):
        if k + 1 < len(lines) and k + 1 in _statements(text, language):
            indent = re.match(r"\s*", lines[k + 1]).group(0)
            return "\n".join(lines[:k + 1] + [f"{indent}{_comment_mark(language)} the next step"] + lines[k + 1:])
    return None


def code_comment_end(text: str) -> str | None:
    """A comment added at the end of the first statement line that has none."""
    language = _language(text)
    if language is None:
        return None
    lines = _lines(text)
    for k in _statements(text, language):
        if _code_part(lines[k], language) == lines[k]:
            lines[k] = lines[k].rstrip() + f"  {_comment_mark(language)} a step"
            return "\n".join(lines)
    return None


_RENAMES = {"h": "hyp", "error": "err", "errors": "errs", "err": "error", "e": "resid", "hx": "hyp", "h_x": "hyp",
            "pred": "yhat", "preds": "yhats", "predictions": "preds", "prediction": "pred", "diff": "delta_",
            "z": "zz", "temp": "tmp", "residual": "res", "residuals": "res", "f_wb": "fwb", "f_wb_i": "fwb_i",
            "err_i": "e_i", "yh": "y_hat", "a": "act", "y_pred": "yp", "y_hat": "yh_", "hypothesis": "hyp"}


def code_rename_local(text: str) -> str | None:
    """A local assigned in the text (not the last statement's name) renamed everywhere: ``h`` → ``hyp``."""
    language = _language(text)
    if language is None or "\n" not in text:
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    if not statements:
        return None
    last = re.match(r"\s*([A-Za-z_]\w*)", lines[statements[-1]]).group(1)
    for k in statements:
        name = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", _code_part(lines[k], language))
        if not name or name.group(1) == last or name.group(1) not in _RENAMES:
            continue
        old, new = name.group(1), _RENAMES[name.group(1)]
        word = r"(?<![\w.'])%s(?!\w)"
        first = re.search(word % old, text)
        if re.search(word % new, text) or first is None or first.start() < sum(len(x) + 1 for x in lines[:k]):
            continue  # the new name is taken, or the old one is read before it is assigned (a parameter)
        return re.sub(word % old, new, text)
    return None


def _uses(body: str, name: str) -> bool:
    return re.search(r"(?<![\w.])%s(?!\w)" % re.escape(name), body) is not None


def code_swap_independent(text: str) -> str | None:
    """Two adjacent statements (same indentation, neither the last) swapped where neither uses the other's name."""
    language = _language(text)
    if language is None or "\n" not in text:
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    for a, b in zip(statements, statements[1:-1]):
        if b != a + 1 or re.match(r"\s*", lines[a]).group(0) != re.match(r"\s*", lines[b]).group(0):
            continue
        name_a = re.match(r"\s*([A-Za-z_]\w*)", lines[a]).group(1)
        name_b = re.match(r"\s*([A-Za-z_]\w*)", lines[b]).group(1)
        body_a, body_b = _code_part(lines[a], language), _code_part(lines[b], language)
        if name_a == name_b or _uses(body_a, name_b) or _uses(body_b, name_a):
            continue
        lines[a], lines[b] = lines[b], lines[a]
        return "\n".join(lines)
    return None


def octave_semicolons(text: str) -> str | None:
    """Octave: a ``;`` ended every statement line that has none, or, where all have one, every one removed."""
    if _language(text) != "octave" or "\n" not in text and not text.rstrip().endswith(";"):
        return None
    lines = _lines(text)
    statements = _statements(text, "octave")
    if not statements:
        return None
    ended = [_code_part(lines[k], "octave").rstrip().endswith(";") for k in statements]
    for k in statements:
        body = _code_part(lines[k], "octave")
        comment = lines[k][len(body):]
        if all(ended):
            lines[k] = body.rstrip()[:-1] + (" " + comment if comment else "")
        elif not body.rstrip().endswith(";"):
            lines[k] = body.rstrip() + ";" + (" " + comment if comment else "")
    out = "\n".join(lines)
    return out if out != text else None


def octave_transpose_call(text: str) -> str | None:
    """Octave: ``A'*b`` → ``transpose(A)*b`` for every plain name A."""
    if _language(text) != "octave":
        return None
    out = re.sub(r"(?<![\w.'])([A-Za-z_]\w*)'(\s*\*)", r"transpose(\1)\2", text)
    return out if out != text else None


def _call_args(text: str, start: int) -> tuple[int, list[str]] | None:
    """From the ``(`` at ``start``: the end of the call and its top-level arguments."""
    depth, args, last = 0, [], start + 1
    for k in range(start, len(text)):
        if text[k] in _OPEN:
            depth += 1
        elif text[k] in _CLOSE:
            depth -= 1
            if depth == 0:
                args.append(text[last:k])
                return k + 1, args
        elif text[k] == "," and depth == 1:
            args.append(text[last:k])
            last = k + 1
    return None


def _atom(arg: str) -> str:
    arg = arg.strip()
    return arg if re.fullmatch(r"[A-Za-z_][\w.]*(\[[^\[\]]*\])?", arg) else f"({arg})"


def _numpy_call(name: str, build: Callable[[list[str]], str | None]) -> Rewrite:
    def rewrite(text: str) -> str | None:
        if _language(text) != "python":
            return None
        out, k, changed = [], 0, False
        for match in re.finditer(r"(?<![\w.])np\.%s\(" % name, text):
            if match.start() < k:
                continue
            found = _call_args(text, match.end() - 1)
            if found is None:
                return None
            end, args = found
            new = build(args)
            if new is None or "\n" in "".join(args):
                continue
            out.append(text[k:match.start()] + new)
            k, changed = end, True
        return "".join(out) + text[k:] if changed else None
    return rewrite


#: NumPy: np.dot(a, b) → (a @ b), a.dot(b); np.sum(v) → v.sum()
numpy_dot_matmul = _numpy_call("dot", lambda args: f"({_atom(args[0])} @ {_atom(args[1])})" if len(args) == 2 else None)
numpy_dot_method = _numpy_call("dot", lambda args: f"{_atom(args[0])}.dot({args[1].strip()})" if len(args) == 2 else None)
numpy_sum_method = _numpy_call("sum", lambda args: f"{_atom(args[0])}.sum()" if len(args) == 1 else None)


def r_crossprod(text: str) -> str | None:
    """R: ``t(X) %*% v`` → ``crossprod(X, v)``, v a name or a parenthesised group."""
    if _language(text) != "r":
        return None
    out = re.sub(r"\bt\(\s*([A-Za-z_][\w.]*)\s*\)\s*%\*%\s*([A-Za-z_][\w.]*(?![\w.(\[])|\([^()]*\))",
                 r"crossprod(\1, \2)", text)
    return out if out != text else None


def code_one_over(text: str) -> str | None:
    """A statement ``name = 1/m * REST`` (REST one term) written ``name = (REST) / m``, in one line of several."""
    language = _language(text)
    if language is None:
        return None
    lines = _lines(text)
    for k in _statements(text, language):
        body = _code_part(lines[k], language)
        end = ";" if body.rstrip().endswith(";") else ""
        stripped = body.rstrip()[:-1] if end else body.rstrip()
        match = re.match(r"(\s*[A-Za-z_][\w.]*\s*=\s*)(?:\(\s*1\s*/\s*([mnN])\s*\)|1\s*/\s*([mnN]))\s*\*\s*(.*)$", stripped)
        if not match or _top(match.group(4), "+-−=") or match.group(4).startswith(("*", "/", ".")):
            continue
        letter = match.group(2) or match.group(3)
        lines[k] = f"{match.group(1)}({match.group(4)}) / {letter}{end}{lines[k][len(body):]}"
        return "\n".join(lines)
    return None


def code_commented_out(text: str) -> str | None:
    """A commented-out statement added before the last statement: ``% grad = zeros(size(theta));`` (real code keeps
    its earlier tries so); the comment must not be read."""
    language = _language(text)
    if language is None:
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    if not statements:
        return None
    k = statements[-1]
    name = re.match(r"\s*([A-Za-z_]\w*)", lines[k]).group(1)
    indent = re.match(r"\s*", lines[k]).group(0)
    value = "zeros(size(theta));" if language == "octave" else "0"
    return "\n".join(lines[:k] + [f"{indent}{_comment_mark(language)} {name} = {value}"] + lines[k:])


def octave_join_line(text: str) -> str | None:
    """Octave: two adjacent statements (same indentation, the first ended by ';') written on one line."""
    if _language(text) != "octave":
        return None
    lines = _lines(text)
    statements = _statements(text, "octave")
    for a, b in zip(statements, statements[1:]):
        body = _code_part(lines[a], "octave")
        if b == a + 1 and body == lines[a] and body.rstrip().endswith(";") \
                and re.match(r"\s*", lines[a]).group(0) == re.match(r"\s*", lines[b]).group(0):
            return "\n".join(lines[:a] + [body.rstrip() + " " + lines[b].strip()] + lines[b + 1:])
    return None


#: hunt35: meaning-preserving rewrites of code
CODE_PRESERVING: dict[str, Rewrite] = {
    "code-comment-line": code_comment_line,
    "code-comment-end": code_comment_end,
    "code-rename-local": code_rename_local,
    "code-swap-independent": code_swap_independent,
    "octave-semicolons": octave_semicolons,
    "octave-transpose-call": octave_transpose_call,
    "numpy-dot-matmul": numpy_dot_matmul,
    "numpy-dot-method": numpy_dot_method,
    "numpy-sum-method": numpy_sum_method,
    "r-crossprod": r_crossprod,
    "code-1/m-to-/m": code_one_over,
    "code-commented-out": code_commented_out,
    "octave-join-line": octave_join_line,
}


def code_drop_zeroing(text: str) -> str | None:
    """The ``theta(1) = 0`` / ``temp[0] = 0`` line dropped (the one such line): the intercept now regularized."""
    language = _language(text)
    lines = _lines(text)
    found = [k for k, line in enumerate(lines)
             if re.match(r"\s*[A-Za-z_]\w*\s*(\(\s*1\s*(,\s*1\s*)?\)|\[\s*0\s*\])\s*=\s*0(\.0*)?\s*;?\s*(%.*|#.*)?$", line)]
    if language is None or len(found) != 1 or not re.search(r"lambda|lambda_|\blam\b|\breg", text):
        return None
    return "\n".join(lines[:found[0]] + lines[found[0] + 1:])


def code_drop_grad1_patch(text: str) -> str | None:
    """The ``grad(1) = …`` patch line (the intercept's own, unregularized) dropped (the one such line)."""
    if _language(text) != "octave":
        return None
    lines = _lines(text)
    found = [k for k, line in enumerate(lines) if re.match(r"\s*grad\s*\(\s*1\s*(,\s*1\s*)?\)\s*=", line)]
    rest = [k for k, line in enumerate(lines) if re.match(r"\s*grad\s*(\(\s*2\s*:\s*end\s*\)|)\s*=", line)]
    if len(found) != 1 or found[0] == 0 or not rest or rest[0] > found[0] or not re.search(r"lambda", text):
        return None  # the patch must follow a whole-vector grad = … with a penalty
    return "\n".join(lines[:found[0]] + lines[found[0] + 1:])


def code_drop_one_over_line(text: str) -> str | None:
    """A /m dropped in the last statement, of several (``… / m`` at its end, or a leading ``1/m *``)."""
    language = _language(text)
    if language is None or "\n" not in text.strip():
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    if len(statements) < 2:
        return None
    k = statements[-1]
    body = _code_part(lines[k], language)
    new = drop_one_over(body.rstrip().rstrip(";"))
    if new is None or re.match(r"\s*[A-Za-z_]\w*\s*$", new.split("=", 1)[-1]):
        return None  # nothing left but a name: the line was only the division (dj = dj / m), kept for clarity
    indent = re.match(r"\s*", body).group(0)
    lines[k] = indent + new + (";" if body.rstrip().endswith(";") else "")
    return "\n".join(lines)


def code_residual_sign_last(text: str) -> str | None:
    """``(h - y)`` → ``(y - h)`` in the last statement only (its one residual), of several statements."""
    language = _language(text)
    if language is None or "\n" not in text.strip():
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    if len(statements) < 2 or statements[-1] != max(k for k, line in enumerate(lines) if line.strip()):
        return None
    k = statements[-1]
    body = _code_part(lines[k], language)
    new = residual_sign(body.strip())
    if new is None:
        return None
    lines[k] = re.match(r"\s*", body).group(0) + new
    return "\n".join(lines)


def code_zeroing_before_h(text: str) -> str | None:
    """The ``theta(1) = 0`` line moved before the line computing ``h`` from theta: h now misses the intercept."""
    lines = _lines(text)
    zero = [k for k, line in enumerate(lines) if re.match(r"\s*theta\s*(\(\s*1\s*\)|\[\s*0\s*\])\s*=\s*0", line)]
    if len(zero) != 1:
        return None
    later = "\n".join(lines[zero[0] + 1:])
    uses = [k for k in range(zero[0]) if re.match(r"\s*[A-Za-z_]\w*\s*=(?!=)", lines[k])
            and _uses(lines[k].split("=", 1)[1], "theta") and re.match(r"\s*(\w+)", lines[k]).group(1) != "theta"
            and _uses(later, re.match(r"\s*(\w+)", lines[k]).group(1))]
    if not uses:
        return None
    k = uses[0]
    moved = lines[:k] + [lines[zero[0]]] + lines[k:zero[0]] + lines[zero[0] + 1:]
    return "\n".join(moved)


def code_duplicate_update(text: str) -> str | None:
    """An update ``g = g + …`` / ``g += …`` (the last statement, g the output) written twice: the term counted twice."""
    language = _language(text)
    if language is None:
        return None
    lines = _lines(text)
    statements = _statements(text, language)
    if not statements:
        return None
    k = statements[-1]
    body = _code_part(lines[k], language)
    match = re.match(r"\s*([A-Za-z_]\w*)\s*(\+=|=\s*\1\s*\+)(.*)$", body)
    if not match or not match.group(3).strip() or _top(match.group(3), "=") or _uses(match.group(3), match.group(1)):
        return None
    return "\n".join(lines[:k + 1] + [lines[k]] + lines[k + 1:])


def code_drop_intercept_patch(text: str) -> str | None:
    """NumPy: the ``grad[0] = …`` patch line (the intercept's own) after a whole-vector ``grad = …`` dropped."""
    if _language(text) != "python":
        return None
    lines = _lines(text)
    found = [k for k, line in enumerate(lines) if re.match(r"\s*(grad|dj_dw|dw|gradient|g)\s*\[\s*0\s*\]\s*[-+]?=", line)]
    if len(found) != 1 or not re.search(r"lambda|lambda_|\blam\b|\breg", text):
        return None
    name = re.match(r"\s*(\w+)", lines[found[0]]).group(1)
    if not any(re.match(r"\s*%s\s*=(?!=)" % name, line) for line in lines[:found[0]]):
        return None
    return "\n".join(lines[:found[0]] + lines[found[0] + 1:])


#: hunt35: meaning-changing rewrites of a code answer judged equivalent, and the verdict then due
CODE_CHANGING: dict[str, tuple[Rewrite, str]] = {
    "code-drop-zeroing": (code_drop_zeroing, "different"),
    "code-drop-grad1-patch": (code_drop_grad1_patch, "different"),
    "code-drop-1/m-last": (code_drop_one_over_line, "different"),
    "code-residual-sign-last": (code_residual_sign_last, "different"),
    "code-zeroing-before-h": (code_zeroing_before_h, "different"),
    "code-duplicate-update": (code_duplicate_update, "different"),
    "code-drop-intercept-patch": (code_drop_intercept_patch, "different"),
}


def is_code_item(text: str) -> bool:
    """An item in code whose language the rewrites can tell (Octave/MATLAB, NumPy, R)."""
    return "\\" not in text.replace("\\n", "") and _language(text) is not None


def hunt_code(answers, costs, rewrites=None, right=None) -> tuple[collections.Counter, collections.Counter, list[Flip]]:
    """The hunt35 code rewrites over the code answers and costs read right (``right``: the ids known right, else
    each judged first)."""
    from corpus.judge import judge_answer, judge_cost

    answer_counts: collections.Counter = collections.Counter()
    cost_counts: collections.Counter = collections.Counter()
    flips: list[Flip] = []
    for item in answers:
        if item.verdict == "refuse" or not is_code_item(item.text):
            continue
        if (item.id not in right) if right is not None else judge_answer(item).kind != "right":
            continue
        for name, rewrite in CODE_PRESERVING.items():
            if not rewrites or name in rewrites:
                _judge_rewritten("answer", name, item, rewrite, judge_answer, answer_counts, flips, verdict=item.verdict)
        for name, (rewrite, expected) in CODE_CHANGING.items():
            if item.verdict == "equivalent" and (not rewrites or name in rewrites):
                _judge_rewritten("answer", name, item, rewrite, judge_answer, answer_counts, flips, verdict=expected)
    for item in costs:
        if item.expect == "refuse" or not is_code_item(item.text):
            continue
        if (item.id not in right) if right is not None else judge_cost(item).kind != "right":
            continue
        for name, rewrite in CODE_PRESERVING.items():
            if not rewrites or name in rewrites:
                _judge_rewritten("cost", name, item, rewrite, judge_cost, cost_counts, flips, intended=item.intended)
    return answer_counts, cost_counts, flips


# --- the run -----------------------------------------------------------------------------------

@dataclasses.dataclass
class Flip:
    """One rewritten item the judge did not find right: a candidate misread."""

    kind: str
    rewrite: str
    item: str
    text: str
    outcome: str
    detail: str


def hunt_answers(items, rewrites=None) -> tuple[collections.Counter, list[Flip]]:
    """Rewrite every answer of ``items`` that the judge finds right; count and list what each rewrite did."""
    from corpus.judge import judge_answer

    counts: collections.Counter = collections.Counter()
    flips: list[Flip] = []
    names = [name for name in rewrites or PRESERVING | CHANGING if name in PRESERVING or name in CHANGING]
    for item in items:
        if item.verdict == "refuse" or judge_answer(item).kind != "right":
            continue
        for name in names:
            if name in PRESERVING:
                rewrite, expected = PRESERVING[name], item.verdict
            elif item.verdict == "equivalent":
                rewrite, expected = CHANGING[name]
            else:
                continue
            _judge_rewritten("answer", name, item, rewrite, judge_answer, counts, flips, verdict=expected)
    return counts, flips


def hunt_costs(items, rewrites=None) -> tuple[collections.Counter, list[Flip]]:
    """Rewrite every cost of ``items`` that the judge finds right; the gradient held to its moved NumPy cost."""
    from corpus.judge import judge_cost

    counts: collections.Counter = collections.Counter()
    flips: list[Flip] = []
    names = [name for name in rewrites or PRESERVING | COST_CHANGING if name in PRESERVING or name in COST_CHANGING]
    for item in items:
        if item.expect == "refuse" or judge_cost(item).kind != "right":
            continue
        for name in names:
            if name in PRESERVING:
                rewrite, intended = PRESERVING[name], item.intended
            else:
                rewrite, move = COST_CHANGING[name]
                intended = move(item.intended)
            _judge_rewritten("cost", name, item, rewrite, judge_cost, counts, flips, intended=intended)
    return counts, flips


def _judge_rewritten(kind, name, item, rewrite, judge, counts, flips, **truth) -> None:
    """Judge ``item`` rewritten by ``rewrite`` against ``truth`` (its verdict or NumPy cost, moved as the rewrite
    moves the meaning); count the outcome under ``name``, and list it where the judge did not find it right.
    A rewrite that does not apply to the text (None, or the text unchanged) counts nothing."""
    text = rewrite(item.text)
    if text is None or text == item.text:
        return
    outcome = judge(dataclasses.replace(item, text=text, **truth))
    said = {"right": "same", "refused": "refused"}.get(outcome.kind, "flipped")
    counts[name, said] += 1
    if said != "same":
        flips.append(Flip(kind, name, item.id, text, outcome.kind, outcome.detail))


def _table(counts: collections.Counter) -> str:
    names = sorted({name for name, _ in counts})
    lines = [f"{'rewrite':24} {'same':>6} {'refused':>8} {'flipped':>8}"]
    for name in names:
        lines.append(f"{name:24} {counts[name, 'same']:6} {counts[name, 'refused']:8} {counts[name, 'flipped']:8}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0, help="this many answers and costs (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write the flips here, one per line")
    parser.add_argument("--only", choices=("answers", "costs"), help="only answers, or only costs")
    parser.add_argument("--rewrite", action="append", help="only this rewrite (repeatable)")
    parser.add_argument("--code", action="store_true", help="hunt35: the code rewrites over the code items")
    parser.add_argument("--right", type=Path, help="a rating (id<TAB>outcome lines): the items known right")
    parser.add_argument("--skip", action="append", default=[], help="leave out this corpus module (a blind set)")
    args = parser.parse_args(argv)
    from corpus import ANSWERS, COSTS

    if args.skip:
        import importlib
        left = {id(item) for module in args.skip for name in ("ANSWERS", "COSTS")
                for item in getattr(importlib.import_module(f"corpus.{module}"), name, [])}
        ANSWERS = [item for item in ANSWERS if id(item) not in left]
        COSTS = [item for item in COSTS if id(item) not in left]
    if args.code:
        right = None
        if args.right:
            right = {line.split("\t")[0] for line in args.right.read_text().splitlines() if "\tright" in line}
        answer_counts, cost_counts, flips = hunt_code(ANSWERS, COSTS, args.rewrite, right)
        print("\n".join(["answers", _table(answer_counts), "costs", _table(cost_counts)]))
        print(f"{len(flips)} candidates ({sum(f.outcome == 'wrong' for f in flips)} judged wrong)")
        if args.out:
            args.out.write_text("".join(
                f"{f.outcome}\t{f.kind}\t{f.rewrite}\t{f.item}\t{f.text!r}\t{f.detail[:300]!r}\n" for f in flips))
        return 0

    rng = random.Random(args.seed)
    answers = rng.sample(ANSWERS, min(args.sample, len(ANSWERS))) if args.sample else ANSWERS
    costs = rng.sample(COSTS, min(args.sample, len(COSTS))) if args.sample else COSTS
    report, flips = [], []
    if args.only != "costs":
        counts, found = hunt_answers(answers, args.rewrite)
        report += ["answers", _table(counts)]
        flips += found
    if args.only != "answers":
        counts, found = hunt_costs(costs, args.rewrite)
        report += ["costs", _table(counts)]
        flips += found
    print("\n".join(report))
    print(f"{len(flips)} candidates ({sum(f.outcome == 'wrong' for f in flips)} judged wrong)")
    if args.out:
        args.out.write_text("".join(
            f"{f.outcome}\t{f.kind}\t{f.rewrite}\t{f.item}\t{f.text!r}\t{f.detail[:300]!r}\n" for f in flips))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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
    args = parser.parse_args(argv)
    from corpus import ANSWERS, COSTS

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

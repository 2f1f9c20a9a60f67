r"""JavaScript's fold over the examples, ``predictions.reduce(function(sum, val, i) { return sum + …; }, 0)``.

Node.js gradient descent (gj62's) writes the cost and each step as a fold over
the array of predictions, made by a ``--let`` that maps the feature array:

    predictions = x.map(function(val) { return theta[0] + theta[1] * val; })
    (1 / (2 * m)) * predictions.reduce(function(sum, val, i) { return sum + Math.pow(val - y[i], 2); }, 0)

``reduce`` hands its callback the running value (``sum``), each entry
(``val``) and its index (``i``), left to right, starting from the last
argument; a callback that returns ``sum + BODY`` from 0 adds BODY up over the
entries: Σᵢ BODY, the entry the i-th prediction. The fold is respelled as the
generator over the examples that Python writes and the plain reader reads,
``sum(BODY for x, y in zip(x, y))``, with the entry put in as the map's value
of the example's x, ``y[i]`` and ``x[i]`` as the example's y and x (noted).

Only that shape: the fold of x, y or of a let that maps x (one value per
example), from 0, with the running value added once and used nowhere else,
and the index used only to index x and y. A fold from another start, with
another accumulation (``sum * …``, ``sum`` used in the body), of an array not
said to be per example, or an index used otherwise (``y[i + 1]``, ``theta[i]``)
is refused with a caret. Nothing is run or evaluated. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .. import patterns
from ..errors import InputError
from .brackets import closing, top_level

__all__ = ["respell_folds"]

#: arr.reduce(function(acc, val[, i]) {  — the callback's head, up to its body's brace
_REDUCE = patterns.compile(
    r"(?<![\w.])(?P<array>[A-Za-z_]\w*)\s*\.\s*reduce\s*\(\s*function\s*\(\s*(?P<acc>[A-Za-z_]\w*)\s*,\s*"
    r"(?P<val>[A-Za-z_]\w*)\s*(?:,\s*(?P<index>[A-Za-z_]\w*)\s*)?\)\s*(?P<brace>\{)")
#: name = src.map(function(v) { return EXPR; })  (let, const, var before it allowed; a trailing ';' too)
_MAP_LET = patterns.to_end(
    r"^\s*(?:(?:let|const|var)\s+)?(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<source>[A-Za-z_]\w*)\s*\.\s*map\s*\(\s*function\s*"
    r"\(\s*(?P<val>[A-Za-z_]\w*)\s*\)\s*\{\s*return\s+(?P<value>[^{};]*[^{};\s])\s*(?:;\s*)?\}\s*\)$", re.DOTALL)
#: the example's arrays: the one feature and the targets
_DATA = {"x": "x", "X": "x", "y": "y", "Y": "y"}


def _word(name: str) -> str:
    return rf"(?<![\w.]){re.escape(name)}(?!\w)"


def _fail(text: str, column: int, message: str, hint: str) -> InputError:
    return InputError(message, source=text, column=column, hint=hint)


_HINT = ("a fold over the examples is read only as arr.reduce(function(sum, val, i) { return sum + BODY; }, 0), arr "
         "x, y or a --let that maps x, i only in x[i] and y[i]")


def _maps(lets: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The lets that map the feature array: name → (the entry's name in the callback, its value)."""
    found: dict[str, tuple[str, str]] = {}
    for text in lets:
        match = _MAP_LET.match(text) if isinstance(text, str) else None
        if match is not None and _DATA.get(match.group("source")) == "x":
            found[match.group("name")] = (match.group("val"), match.group("value"))
    return found


def _fold(text: str, maps: dict[str, tuple[str, str]]) -> tuple[str, list[str]] | None:
    """``text`` with each fold respelled as a generator over zip(x, y), and the arrays folded; None without one."""
    out, folded = text, []
    while (found := _REDUCE.search(out)) is not None:
        brace = found.start("brace")
        closer = closing(out, brace)
        tail = re.match(r"\s*,\s*(?P<start>[^()]*?)\s*\)", out[closer + 1:]) if closer is not None else None
        if closer is None or tail is None:
            raise _fail(text, min(found.start(), len(text)), "the fold's callback or its call is not closed", _HINT)
        start = tail.group("start")
        if start != "0":
            raise _fail(text, min(found.start(), len(text)), f"the fold starts from {start or 'the first entry'}, "
                        "not 0: it is not the sum of its callback's values", _HINT)
        body = out[brace + 1:closer].strip()
        returned = re.fullmatch(r"return\s+(?P<value>.+)", patterns.without_end(body, ";"), re.DOTALL)
        array, acc, val, index = (found.group(group) for group in ("array", "acc", "val", "index"))
        if returned is None:
            raise _fail(text, min(found.start(), len(text)), "the fold's callback is not one 'return' of a value",
                        _HINT)
        value = returned.group("value")
        cuts = [-1, *top_level(value, "+"), len(value)]
        parts = [value[a + 1:b] for a, b in zip(cuts, cuts[1:])]
        rest = [part for part in parts if part.strip() != acc]
        if len(parts) - len(rest) != 1 or any(re.search(_word(acc), part) for part in rest) \
                or re.match(r"\s*-", value):
            raise _fail(text, min(found.start(), len(text)), f"the fold's callback does not return {acc} plus a value "
                        f"that leaves {acc} out: it is not a sum of its entries' values", _HINT)
        summand = "+".join(rest).strip()
        if array in maps:
            entry, mapped = maps[array]
            entry_value = "(" + re.sub(_word(entry), "x", mapped) + ")"
        elif array in _DATA:
            entry_value = _DATA[array]
        else:
            raise _fail(text, min(found.start(), len(text)), f"'{array}' folded is not said to hold one value per "
                        "example (x, y, or a --let that maps x)", _HINT)
        indexed = rf"(?<![\w.])(?P<name>[xXyY])\s*\[\s*{re.escape(index)}\s*\]" if index is not None else None
        unindexed = re.sub(indexed, "", summand) if indexed is not None else summand
        if index is not None and re.search(_word(index), unindexed) or re.search(r"(?<![\w.])[xXyY](?!\w)", unindexed):
            # y[i + 1], theta[i], or x whole (the array, not the example's x): not Σᵢ of one example's value
            raise _fail(text, min(found.start(), len(text)), (
                f"the fold's index is used otherwise than as x[{index}] or y[{index}], the example's x and y, or x "
                "or y stands whole" if index is not None else "the fold's callback uses x or y whole, with no index"),
                _HINT)
        if indexed is not None:
            summand = re.sub(indexed, lambda m: _DATA[m.group("name")], summand)
        summand = re.sub(_word(val), lambda _: entry_value, summand)
        out = out[:found.start()] + f"sum({summand} for x, y in zip(x, y))" + out[closer + 1 + tail.end():]
        folded.append(array)
    return (out, folded) if folded else None


def respell_folds(cost: str | None, answer: str | None, lets: Sequence[str], is_latex: Callable[[str], bool]
                  ) -> tuple[str | None, str | None, tuple[str, ...], list[str]] | None:
    """The texts with each JavaScript fold over the examples as Python's generator over them; the lets the folds
    used, gone; the notes. None where no text folds, or a text other than a map's let is LaTeX (whose braces a
    callback's would be taken for)."""
    if not any(isinstance(text, str) and "reduce" in text for text in (cost, answer)):
        return None  # every check and derivation passes here: no fold, no further look
    maps = _maps(lets)
    others = [text for text in (cost, answer, *lets)
              if isinstance(text, str) and not (isinstance(text, str) and _MAP_LET.match(text))]
    if any(is_latex(text) and not _REDUCE.search(text) for text in others):
        return None
    texts = {"cost": cost, "answer": answer}
    notes: list[str] = []
    used: set[str] = set()
    for key, text in texts.items():
        if not isinstance(text, str):
            continue
        try:
            read = _fold(text, maps)
        except InputError as error:
            raise error.with_label(key.upper()) from None
        if read is None:
            continue
        texts[key], arrays = read
        used.update(arrays)
    if not used:
        return None
    kept = tuple(text for text in lets if not (isinstance(text, str) and (m := _MAP_LET.match(text)) is not None
                                               and m.group("name") in used))
    spelled = []
    for key, text in texts.items():
        if isinstance(text, str):
            texts[key], said = _math_calls(text, lets)
            spelled += said
    notes.append("read as JavaScript: arr.reduce(function(sum, val, i) { return sum + BODY; }, 0) adds BODY up over "
                 "the entries of arr from 0: Σᵢ over the examples, val the i-th entry, x[i] and y[i] the example's x "
                 "and y" + "".join(f"; {name} = x.map(function(v) {{ return … v …; }}) is one value per example, "
                                   "put in for val" for name in sorted(used & set(maps))))
    return texts["cost"], texts["answer"], kept, [*notes, *dict.fromkeys(spelled)]


def _math_calls(text: str, lets: Sequence[str] = ()) -> tuple[str, list[str]]:
    from .statements import code_spellings

    return code_spellings(text, lets)

r"""Octave's broadcasts over data kept one example per column, read where a count in the texts says so.

CTU's logistic-loss homework (and Octave ports like it) keeps X as d×m, one example per
column, y as the 1×m row of labels and w as d×1, and writes the per-example score and the
gradient without a matrix product::

    loss = (1/size(y, 2)) * sum(log(1+exp(sum(-X.*w.*y, 1))))
    g    = sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)

``X.*w`` broadcasts the column w along X's columns and ``.*y`` the row y down its rows, so
``sum(X.*w.*y, 1)``, added over the features, is the row of yᵢ wᵀxᵢ: ``y .* (w' * X)``; and
``sum(R.*X, 2)`` of a 1×m row R, added over the examples, is Σᵢ Rᵢ xᵢ: ``X * R'``. Both mean
something else with one example per row (w a 1×d row, y m×1: ``sum(X.*w.*y, 1)`` then adds over
the examples), so they are read only where a text fixes the layout: ``size(y, 2)`` or
``size(X, 2)`` written as a count (y's or X's columns are the examples), and neither asked for
its rows. Read so, the texts say ``w' * X``, which the matrix reader reads with one example per
column (``matrix_cost``'s layout, noted there) and ``size(…, 2)`` becomes m. A broadcast of the
same names summed the other way (``sum(X.*w.*y, 2)``: per feature, over the examples) is refused
with a caret, since no per-example quantity is what it adds up; anything else is left to the
front ends, which refuse ``size`` as before.

Cornell CS4780's NumPy keeps the same layout with 1-D arrays (``from numpy import dot``): w is d×1,
``w[:, 0]`` its entries as a vector, ``dot(w[:, 0], x_tr)`` the n-vector of wᵀxᵢ, ``y_tr[0]`` the
row of labels and ``(dot(w, x_tr) - y_tr)[0]`` the residuals. The layout is fixed there by
``dot(w, x_tr)``: a vector of the parameters on the left of the data conforms only if the data's
rows are the features. Read so (:func:`read_vectors`), each is the matrix reader's NumPy with the
1-D vectors of examples as 1×m rows: ``np.dot(w.T, x_tr)``, ``y_tr``, ``np.dot(p, p.T)``,
``np.dot(x_tr, (r).T)``, and ``np.multiply`` for ``*`` of two of them. Where the texts also write
the data on the left of the parameters (``dot(x_tr, w)``), nothing is read.

Sympy-free and import-light, like the other respellings: texts in, texts and notes out.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .. import patterns
from ..errors import InputError
from .brackets import closing

__all__ = ["Broadcasts", "read_broadcasts", "read_vectors"]

#: the data, the parameters and the labels as the layout's texts name them
_DATA = ("X", "x")
_PARAMETERS = ("w", "theta")
_LABELS = ("y", "Y")

#: a count by the columns (the examples, one per column) or by the rows of the data or the labels
_SIZE = patterns.compile(r"(?<![\w.])size\(\s*(?P<name>[A-Za-z_]\w*)\s*,\s*(?P<dim>[12])\s*\)")
#: the start of Octave's sum over a dimension: sum( … , 1) or sum( … , 2)
_SUM = patterns.compile(r"(?<![\w.])sum\(")
#: the dimension argument ending a sum's bracket
_DIMENSION = patterns.compile(r",\s*(?P<dim>[12])\s*$")
#: a product of names by .* (with a leading minus): -X.*w.*y
_NAMES_PRODUCT = patterns.compile(r"\s*(?P<sign>-?)\s*(?P<names>[A-Za-z_]\w*(?:\s*\.\*\s*[A-Za-z_]\w*)+)\s*")
#: a row's broadcast times the data ending a sum: ( … ).*X
_ROW_TIMES_DATA = patterns.compile(r"\.\*\s*(?P<data>[A-Za-z_]\w*)\s*$")

#: the note said once the layout is read (the matrix reader adds its own on the layout itself)
BROADCAST_NOTE = ("{sizes} counts the examples, so the texts keep one example per column (X d×m, y a 1×m row, w "
                  "d×1): {read}")


class Broadcasts:
    """The texts with their broadcasts read, and the note saying how (``changed`` False when nothing was)."""

    __slots__ = ("texts", "notes", "changed")

    def __init__(self, texts: list[str], notes: list[str], changed: bool) -> None:
        self.texts = texts
        self.notes = notes
        self.changed = changed


def _layout_counts(texts: Sequence[str]) -> list[str] | None:
    """The ``size(…, 2)`` counts written of the data or the labels, or None where the layout is not fixed by them."""
    by_columns, by_rows = [], False
    for text in texts:
        for match in _SIZE.finditer(text):
            if match.group("name") not in _DATA + _LABELS:
                continue
            if match.group("dim") == "2":
                by_columns.append(match.group())
            else:
                by_rows = True  # size(y, 1) too: which of the two counts the examples is not said
    return by_columns if by_columns and not by_rows else None


def _parameter(names: list[str]) -> tuple[str, str, str | None] | None:
    """The data, the parameter vector and the labels a ``.*`` product names, each once; None for any other."""
    if len(set(names)) != len(names):
        return None
    data = [name for name in names if name in _DATA]
    parameter = [name for name in names if name in _PARAMETERS]
    labels = [name for name in names if name in _LABELS]
    if len(data) != 1 or len(parameter) != 1 or len(labels) > 1 or len(names) != 2 + len(labels):
        return None
    return data[0], parameter[0], labels[0] if labels else None


def _sum_over_a_dimension(text: str, start: int) -> tuple[int, str, re.Match[str]] | None:
    """The ``sum(`` at ``start`` with a dimension argument: its closing bracket, what it holds, the dimension's match;
    None where its bracket is not closed or holds no dimension. Both readings below look at each sum so; the text
    changes between sums (a sum read is replaced), so each is looked at in the text as it then is."""
    opener = start + 3
    end = closing(text, opener)
    if end is None:
        return None
    inside = text[opener + 1:end]
    dimension = _DIMENSION.search(inside)
    return None if dimension is None else (end, inside, dimension)


def _scores(text: str, label: str) -> tuple[str, list[str]]:
    """``sum(-X.*w.*y, 1)`` → ``(-y .* (w' * X))``; ``sum(… , 2)`` of the same names refused with a caret."""
    read: list[str] = []
    for start in reversed([match.start() for match in _SUM.finditer(text)]):
        summed = _sum_over_a_dimension(text, start)
        if summed is None:
            continue
        end, inside, dimension = summed
        opener = start + 3
        product = _NAMES_PRODUCT.fullmatch(inside[:dimension.start()])
        if product is None:
            continue
        named = _parameter([name.strip() for name in product.group("names").split(".*")])
        if named is None:
            continue
        data, parameter, labels = named
        if dimension.group("dim") == "2":
            raise InputError(
                f"sum(…, 2) of {product.group('names').replace(' ', '')} adds over the examples, one per column "
                "here: a value per feature, not the score wᵀx⁽ⁱ⁾ of each example",
                source=text, column=opener + 1 + dimension.start("dim"), label=label,
                hint="sum(X.*w, 1) adds over the features (the rows), giving wᵀx⁽ⁱ⁾ for each example")
        scaled = f"{labels} .* " if labels else ""
        replacement = f"({product.group('sign')}{scaled}({parameter}' * {data}))"
        read.append(f"{text[start:end + 1]} is {replacement[1:-1]}")
        text = text[:start] + replacement + text[end + 1:]
    return text, read


def _weighted_columns(text: str) -> tuple[str, list[str]]:
    """``sum(R.*X, 2)`` of a row R read as a broadcast (it names w' * X or the labels) → ``(X * (R)')``."""
    read: list[str] = []
    for start in reversed([match.start() for match in _SUM.finditer(text)]):
        summed = _sum_over_a_dimension(text, start)
        if summed is None or summed[2].group("dim") != "2":
            continue
        end, inside, dimension = summed
        factor = _ROW_TIMES_DATA.search(inside[:dimension.start()])
        if factor is None or factor.group("data") not in _DATA:
            continue
        row = inside[:factor.start()].strip()
        if not row.startswith("(") or closing(row, 0) != len(row) - 1:
            continue
        # a row only if it is the broadcast read above or the labels, entry by entry: no other product or transpose
        plain = row.replace(f"' * {factor.group('data')}", "")
        if "'" in plain or re.search(r"(?<!\.)[*/^]", plain) or not (
                f"' * {factor.group('data')})" in row or re.search(r"(?<![\w.])[yY](?!\w)", row)):
            continue
        replacement = f"({factor.group('data')} * {row}')"
        read.append(f"sum(r.*{factor.group('data')}, 2) of the 1×m row r is {factor.group('data')} * r'")
        text = text[:start] + replacement + text[end + 1:]
    return text, read


def read_broadcasts(texts: Sequence[str | None], labels: Sequence[str]) -> Broadcasts:
    """Read the broadcasts of ``texts`` (plain Octave; None for a text not given) labelled ``labels``, if fixed.

    Nothing is changed unless a ``size(y, 2)`` or ``size(X, 2)`` says the examples are columns and a
    broadcast of the data, the parameters and (optionally) the labels is summed over the features.
    """
    given = [text for text in texts if text is not None]
    counts = _layout_counts(given)
    if counts is None or not any(".*" in text for text in given):
        return Broadcasts([text or "" for text in texts], [], False)
    changed: list[str] = []
    read: list[str] = []
    for text, label in zip(texts, labels):
        if text is None:
            changed.append("")
            continue
        text, scores = _scores(text, label)
        read.extend(scores)
        changed.append(text)
    if not read:
        return Broadcasts([text or "" for text in texts], [], False)
    for index, text in enumerate(changed):
        text, sums = _weighted_columns(text)
        read.extend(sums)
        changed[index] = _SIZE.sub(lambda match: "m" if match.group("dim") == "2" and match.group("name") in
                                   _DATA + _LABELS else match.group(), text)
    note = BROADCAST_NOTE.format(sizes=", ".join(sorted(set(counts))), read="; ".join(dict.fromkeys(read)))
    return Broadcasts(changed, [note], True)


#: the training data, its labels and the parameters as Cornell's and similar NumPy code names them
_VECTOR_DATA = ("x_tr", "xTr", "X", "x", "X_tr")
_VECTOR_LABELS = ("y_tr", "yTr", "y", "Y", "Y_tr")
#: NumPy's dot imported by name (``from numpy import dot``), its opening bracket: np.dot keeps its own readings
#: (DeepLearning.AI's np.dot(w.T, X), and the np.dot calls this module writes)
_DOT = patterns.compile(r"(?<![\w.])dot\(")
#: the parameters' first column, w[:, 0] (w is d×1): its entries as a 1-D vector
_FIRST_COLUMN = patterns.compile(r"(?<![\w.])(?P<name>w|theta)\[\s*:\s*,\s*0\s*\]")
#: row 0 of a 1×m array: the labels y_tr[0], or a bracket (…)[0]
_ROW_ZERO = patterns.compile(r"\[\s*0\s*\]")

#: an index after a bracket, a call or a transpose (…)[0], ](0), .T[1], (…)(1): what plain.py refuses as an index
_INDEX_LEFT = patterns.compile(r"(?:[)\]]|\.T\b)\s*\[\s*\[?\s*-?\s*[\d.]+\s*\]?\s*\]|[)\]]\(\s*\d+\s*\)")
#: a feature written with its index, the row layout's component form: x_j, x_1, xⱼ, x_{j}
_FEATURE_INDEX = patterns.compile(r"(?<![\w.])[xX](?:_\{?\w\}?|[ⱼᵢ₀-₉])(?!\w)")


def _residual_row(inside: str, product: str, labels: Sequence[str]) -> bool:
    """Whether ``inside`` is the product and the bare labels (a 1×m row) combined entry by entry, at its top level."""
    top, depth = [], 0
    for char in inside:
        depth -= char in ")]}"
        top.append(char if depth == 0 else " ")
        depth += char in "([{"
    flat = "".join(top)
    for name in labels:
        flat, found = re.subn(rf"(?<![\w.]){name}(?![\w\[.(])", " ", flat)
        if found:
            break
    else:
        return False
    at = inside.find(product)
    if at < 0 or flat[at:at + len("np.dot")] != "np.dot":
        return False
    flat = flat[:at] + " " * len(product) + flat[at + len(product):]
    return re.fullmatch(r"[\s+\-*/\d.]*", flat) is not None


VECTORS_NOTE = ("{decider} puts the parameters on the left of the data, so {data} holds one example per column (d×m) "
                "and the 1-D vectors of examples are 1×m rows: {read}")


def _dot_arguments(text: str, start: int) -> tuple[int, str, str] | None:
    """The end and the two arguments of the dot( … ) call opening at ``start``; None if it is not two arguments."""
    opener = text.index("(", start)
    end = closing(text, opener)
    if end is None:
        return None
    inside = text[opener + 1:end]
    depth, comma = 0, -1
    for offset, char in enumerate(inside):
        depth += 1 if char in "([{" else -1 if char in ")]}" else 0
        if char == "," and depth == 0:
            if comma >= 0:
                return None
            comma = offset
    if comma < 0:
        return None
    return end, inside[:comma].strip(), inside[comma + 1:].strip()


def _calls(text: str) -> list[tuple[int, int, str, str]]:
    """Every dot(a, b) in ``text``: start, end, a, b, in the order they open."""
    found = []
    for match in _DOT.finditer(text):
        arguments = _dot_arguments(text, match.start())
        if arguments is not None:
            found.append((match.start(), *arguments))
    return found


def _rewritten(text: str, rewrite: Callable[[str, str], str | None]) -> str:
    """``text`` with each dot(a, b) that ``rewrite(a, b)`` has a spelling for replaced by it, the last opened first.

    The calls are found again after each replacement (an outer call's end moves when an inner one is rewritten);
    each replacement is an np.dot, which is no bare dot, so the loop ends.
    """
    while True:
        for start, end, a, b in reversed(_calls(text)):
            spelled = rewrite(a, b)
            if spelled is not None:
                text = text[:start] + spelled + text[end + 1:]
                break
        else:
            return text


def read_vectors(texts: Sequence[str | None], wrt: str | None) -> Broadcasts:
    """Read NumPy's 1-D vectors of ``texts`` kept one example per column, where ``dot(w, data)`` fixes the layout.

    Only for a --wrt of the parameters ``w`` or ``theta`` (``w_j``): their name is what decides the layout.
    """
    unchanged = Broadcasts([text or "" for text in texts], [], False)
    parameter = (wrt or "").split("_")[0]
    if parameter not in _PARAMETERS:
        return unchanged
    given = [text for text in texts if text is not None]
    vector = rf"{parameter}(?:\[\s*:\s*,\s*0\s*\])?"
    # the cost and the lets fix the layout, never the answer alone (a component answer's Σᵢ … dot(theta, x) xⱼ is
    # θᵀx⁽ⁱ⁾ of one example per row); and a feature written with its index (x_j, x_1) is that row layout
    deciders = [(a, b) for k, text in enumerate(texts) if text is not None and k != 1 for _, _, a, b in _calls(text)
                if re.fullmatch(vector, a) and b in _VECTOR_DATA]
    if any(_FEATURE_INDEX.search(text) for text in given):
        return unchanged
    data = {b for _, b in deciders}
    if len(data) != 1:
        return unchanged
    matrix = data.pop()
    if any(a == matrix and re.fullmatch(vector, b) for text in given for _, _, a, b in _calls(text)) or any(
            re.search(rf"(?<![\w.]){re.escape(matrix)}\s*(?:\.T\b|')", text) for text in given):
        return unchanged  # the data also on the left of the parameters, or transposed: the layout is not one
    labels = [name for name in _VECTOR_LABELS if any(re.search(rf"(?<![\w.]){name}(?!\w)", t) for t in given)]
    read: list[str] = []
    product = f"np.dot({parameter}.T, {matrix})"

    def first_rows(text: str) -> str:
        if _FIRST_COLUMN.search(text):
            read.append(f"{parameter}[:, 0] is the parameters' column {parameter} as a vector")
        text = _FIRST_COLUMN.sub(lambda match: match.group("name"), text)
        text = _rewritten(text, lambda a, b: product if (a, b) == (parameter, matrix) else None)
        # (np.dot(w.T, X) - y)[0]: row 0 of the 1×m residuals, the row itself. Only a plain bracket of the product
        # and the bare 1×m labels side by side: NumPy's dot of the 1-D w is 1-D, so without the labels' row
        # (dot(w, x)[0], sigmoid(dot(w, x))[0], (dot(w, x) - y_tr[0])[0], np.squeeze(…)[0]) [0] is entry 0, one
        # example's value; those keep their index and are refused as written (see read_vectors)
        for match in reversed(list(_ROW_ZERO.finditer(text))):
            if match.start() == 0 or text[match.start() - 1] != ")":
                continue
            opener = next((o for o in range(match.start() - 1, -1, -1) if closing(text, o) == match.start() - 1
                           and text[o] == "("), None)
            if opener is not None and _residual_row(text[opener + 1:match.start() - 1], product, labels) and (
                    opener == 0 or not re.match(r"[\w.)\]]", text[opener - 1])):
                read.append("(…)[0] of that 1×m row is the row itself")
                text = text[:match.start()] + text[match.end():]
        for name in labels:
            if re.search(rf"(?<![\w.]){name}\[\s*0\s*\]", text):
                read.append(f"{name}[0] is row 0 of the 1×m labels, the labels {name}")
            text = re.sub(rf"(?<![\w.]){name}\[\s*0\s*\]", name, text)
        return text

    read.append(f"dot({parameter}, {matrix}) is {product}")
    changed = [None if text is None else first_rows(text) for text in texts]
    # the lets' names whose values are rows: a value per example
    rows = set(labels)
    lets = [text for text in changed[2:] if text is not None]
    kept: list[str | None] = list(changed[:2])
    for text in lets:
        name, _, value = text.partition("=")
        if name.strip() == parameter and value.strip() == parameter:
            read.append(f"the let {parameter} = {parameter}[:, 0] re-binds the same vector: dropped")
            continue
        if product in value and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", name):
            rows.add(name.strip())
        kept.append(text)
    # a let of a row's name is a row too, in whichever order the lets come: p = q - y beside q = dot(w, x)
    grown = True
    while grown:
        grown = False
        for let in kept[2:]:
            name, _, value = (let or "").partition("=")
            if re.fullmatch(r"\s*[A-Za-z_]\w*\s*", name) and name.strip() not in rows and any(
                    re.search(rf"(?<![\w.]){re.escape(row)}(?![\w(])", value) for row in rows):
                rows.add(name.strip())
                grown = True

    def spelled(a: str, b: str) -> str | None:
        if a == b == parameter:
            return f"np.dot({parameter}.T, {parameter})"
        if a == b and a in rows:
            return f"np.dot({a}, {a}.T)"
        if a == matrix:
            read.append(f"dot({matrix}, r) of a row r is np.dot({matrix}, r.T)")
            return f"np.dot({matrix}, ({b}).T)"
        return None

    def products(text: str) -> str:
        text = _rewritten(text, spelled)
        for name in sorted(rows):
            # a label row times the scores, entry by entry (NumPy's * of two 1-D arrays)
            text = text.replace(f"{name} * {product}", f"np.multiply({name}, {product})")
        return text

    final = [None if text is None else products(text) for text in kept]
    if final == list(texts) or any(text is not None and _INDEX_LEFT.search(text) for text in final):
        # an index the reading does not take is refused by the parser: on the texts as written, so that its caret
        # points into what the user wrote, never into a respelling
        return unchanged
    note = VECTORS_NOTE.format(decider=f"dot({deciders[0][0]}, {deciders[0][1]})", data=matrix,
                               read="; ".join(dict.fromkeys(read)))
    return Broadcasts([text or "" for text in final], [note], True)

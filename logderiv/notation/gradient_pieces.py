"""A gradient assembled piece by piece: ``grad(1) = …; grad(2:end) = …;`` read as the one vector the lines build.

Course code (Coursera's ex2 in Octave, R's ``partial1[1] <- …; partial1[2:n] <- …``, NumPy's ``grad[0] = …;
grad[1:] = …``) writes the intercept's entry of the gradient in one statement and the others in another. The
statements are run in order on two parts of the vector: the intercept's entry (Octave's and R's ``(1)``/``[1]``,
NumPy's ``[0]``) and the rest (``(2:end)``, ``[2:n]``, ``[1:]``); a write of the whole name covers both, a later
write replaces what an earlier one left, and ``+=`` (or a right side that reads the part it writes) builds on it.

Each part's value is put in the whole vector's words: column 1 of X (``X(:,1)``) and θ's first entry become X and
θ, as do the columns and entries 2..n in the rest, so the value's entry in its own part is what the line computes.
That holds only where what is put in acts column by column: a product with X's columns (``X(:,1)' * v``), Octave's
``sum(v .* X(:,1))``, and θ's entries as one number times them (``lambda/m * theta(2:end)``); anything else is
refused. The two parts' values are then split into terms: the terms both parts share are the whole vector's, a
term of the rest alone (c·θ(2:end)) is c·[0; θ(2:end)], a term of the intercept's alone (c·θ(1)) is
c·(θ − [0; θ(2:end)]). Parts that differ in any other term, an entry no line writes, an index not read, or a
line that reads a part before it is written, are refused with a caret. Octave's ``grad(:, 2:length(grad))`` of a
1×n row (ex3's lrCostFunction sums its gradient into a row) is the rest too, read only where the line adds a row to
it (θ(2:end)'), which the matrix reader then holds to a row beside it. A gradient-descent step written in the two
parts (``theta(1) = theta(1) - alpha * g1; theta(2:end) = theta(2:end) - alpha * g2;``) is the one step θ := θ − α·g,
g assembled so, where the second line reads none of the entries the first changed (:func:`_stepped_parts`).
Nothing is evaluated; no sympy.
"""

from __future__ import annotations

import re
from typing import NoReturn

from ..errors import InputError
from . import entry_loops
from .brackets import closing, top_level
from .. import patterns
from .update_rule import LEARNING_RATE_WORDS
from .vocabulary import GRADIENT_NAMES, LAMBDA_SPELLINGS

__all__ = ["assemble"]

#: one statement that writes NAME, NAME(index), NAME[index] (with =, <-, += or -=)
_WRITE = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?:\((?P<paren>[^()]*(?:\([^()]*\)[^()]*)*)\)|\[(?P<square>[^\[\]]*"
    r"(?:\([^()]*\)[^\[\]]*)*)\])?\s*(?P<op><-|[-+]?=)(?!=)\s*(?P<value>.+)$", re.DOTALL)


def _value(write: re.Match[str]) -> str:
    r"""The right side a :data:`_WRITE` match holds, without its trailing spaces and one ';'.

    Stripped here, not in the pattern: a lazy value before two optional runs of space (``.+?\s*;?\s*$``) was tried at
    every length against every split of a run of spaces inside it, cubic (``grad(1) = a`` + 4,000 spaces + ``b``
    ran over two minutes).
    """
    value = write.group("value").rstrip()
    return value[:-1].rstrip() if value.endswith(";") else value


#: a start of zeros the size of the parameters: zeros(size(theta)), rep(0, length(theta)), np.zeros_like(theta)
_ZEROS = patterns.compile(
    r"(?:zeros\(\s*size\(\s*(?:theta|w|beta)\s*\)\s*\)|zeros\(\s*(?:n|length\(\s*(?:theta|w|beta)\s*\)|"
    r"size\(\s*(?:theta|w|beta)\s*,\s*1\s*\))\s*,\s*1\s*\)|rep\(\s*0\s*,\s*(?:length\(\s*(?:theta|w|beta)\s*\)|n|"
    r"ncol\(\s*X\s*\))\s*\)|(?:np|numpy)\.zeros_like\(\s*(?:theta|w|beta)\s*\)|"
    r"(?:np|numpy)\.zeros\(\s*(?:(?:theta|w|beta)\.shape|len\(\s*(?:theta|w|beta)\s*\)|n)\s*\))")
_VECTORS = r"(?:theta|w|beta)"
#: the last entry, 1-based, of the parameters as code writes it (n is logderiv's count of the features, θ's length)
_END = (r"(?:end|n|length\(\s*{v}\s*\)|numel\(\s*{v}\s*\)|size\(\s*{v}\s*,\s*1\s*\)|nrow\(\s*{v}\s*\)|"
        r"ncol\(\s*X\s*\)|size\(\s*X\s*,\s*2\s*\)|columns\(\s*X\s*\))")
#: the indices of the two parts, by how the language counts: (the intercept's entry, the rest, the whole)
_ONE_BASED = (r"1", r"2\s*:\s*" + _END, r":|1\s*:\s*end")
_R_REST = r"2\s*:\s*" + _END + r"|-\s*1"
_ZERO_BASED = (r"0", r"1\s*:(?:\s*len\(\s*{v}\s*\))?", r":")


class _Language:
    """How one language writes the two parts: the name of the language, its index patterns and its spellings."""

    def __init__(self, name: str, first: str, rest: str, whole: str, *, paren: bool) -> None:
        self.name, self.paren = name, paren
        self.first, self.rest, self.whole = first, rest, whole

    def index(self, written: str, vector: str) -> str | None:
        """``first``, ``rest`` or ``whole`` for an index written after a vector's name (``:`` in Octave's
        ``(2:end, :)`` aside), or None."""
        written = re.sub(r"\s*,\s*(?::|1)\s*$", "", written) if self.paren else written
        for part, pattern in (("first", self.first), ("rest", self.rest), ("whole", self.whole)):
            # the end counted by the written vector or by the parameters it is the gradient of (2:length(theta))
            counted = f"(?:{re.escape(vector)}|{_VECTORS})"
            if re.fullmatch(rf"\s*(?:{pattern.format(v=counted)})\s*", written):
                return part
        return None

    def entry(self, vector: str, part: str) -> str:
        """A pattern of ``vector``'s entries of ``part`` (theta(2:end), theta[1:], theta[-1])."""
        pattern = self.first if part == "first" else self.rest
        index = f"(?:{pattern.format(v=vector)})"
        if self.paren:
            return rf"(?<![\w.]){vector}\s*\(\s*{index}\s*(?:,\s*(?::|1)\s*)?\)"
        return rf"(?<![\w.]){vector}\s*\[\s*{index}\s*\]"

    def column(self, part: str) -> str:
        """A pattern of X's columns of ``part``: X(:,1), X[, 2:n], X[:, 1:]."""
        pattern = self.first if part == "first" else self.rest
        index = f"(?:{pattern.format(v='theta')})"
        if self.paren:
            return rf"(?<![\w.])X\s*\(\s*:\s*,\s*{index}\s*\)"
        if self.name == "R":
            return rf"(?<![\w.])X\s*\[\s*,\s*{index}\s*\]"
        return rf"(?<![\w.])X\s*\[\s*:\s*,\s*{index}\s*\]"

    def zero_first(self, vector: str) -> str:
        """θ with its first entry 0, in this language's words the readers read."""
        if self.name == "R":
            return f"c(0, {vector}[-1])"
        if self.name == "NumPy":
            return f"np.r_[0, {vector}[1:]]"
        return f"[0; {vector}(2:end)]"

    def said(self, name: str, part: str) -> str:
        """How the code writes ``part`` of ``name``: grad(1), grad[2:n], grad[1:]."""
        if part == "whole":
            return name
        if self.name == "NumPy":
            return f"{name}[0]" if part == "first" else f"{name}[1:]"
        if self.paren:
            return f"{name}(1)" if part == "first" else f"{name}(2:end)"
        return f"{name}[1]" if part == "first" else f"{name}[2:end]" if self.name == "Julia" else f"{name}[2:n]"


#: Octave's index of a row's columns before the entries: grad(:, 2:length(grad)), grad(:, 2:end)
_ROW_COLUMNS = patterns.compile(r"\s*:\s*,(?P<columns>.*)", re.DOTALL)


def _part(language: "_Language", index: str, name: str) -> tuple[str | None, bool]:
    """The part an index of ``name`` writes, and whether it was written as a row's columns.

    Octave's ``grad(:, 2:end)`` of a 1×n row is its entries after the first, as ``grad(2:end)`` is; of an n×1
    column it is an empty n×0 (the line then fails), so it is read as the rest only where the line adds a row to it
    (:func:`_combined` asks so of the rest's own terms: the matrix reader then refuses a column beside that row).
    The intercept's ``grad(:, 1)`` is a column's whole: not read.
    """
    row = _ROW_COLUMNS.fullmatch(index) if language.paren else None
    if row is None:
        return language.index(index, name), False
    if re.search(rf"size\(\s*{re.escape(name)}\s*,\s*1\s*\)", row.group("columns")):
        # grad(:, 2:size(grad,1)) of the 1×n row: size(grad,1) is 1, so 2:1 is empty (Octave stops, or for n = 2
        # adds nothing); a column's count is no count of a row's columns (audit32g)
        return None, False
    part = language.index(row.group("columns"), name)
    return (part, True) if part == "rest" else (None, False)


_OCTAVE = _Language("Octave", *_ONE_BASED, paren=True)
_R = _Language("R", _ONE_BASED[0], _R_REST, _ONE_BASED[2], paren=False)
_JULIA = _Language("Julia", *_ONE_BASED, paren=False)
_NUMPY = _Language("NumPy", *_ZERO_BASED, paren=False)


def _statements(lines: list[str]) -> list[tuple[str, int]]:
    """The statements of ``lines`` (split at ';' and line ends outside brackets; a line that ends in an operator
    or inside a bracket goes on), each with its offset in the joined text."""
    text = "\n".join(lines)
    found, depth, start = [], 0, 0
    for position, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}"
        ends = char == ";" or char == "\n" and not re.search(r"(?:[-+*/^,=]|<-|%\*%)\s*$", text[start:position])
        if ends and depth <= 0:
            if text[start:position].strip():
                found.append((text[start:position], start))
            start = position + 1
    if text[start:].strip():
        found.append((text[start:], start))
    return found


def _language(writes: list[re.Match[str]], text: str) -> _Language:
    if any(write.group("paren") is not None for write in writes):
        return _OCTAVE
    if "<-" in text or "%*%" in text or re.search(r"(?<![\w.])t\(", text):
        return _R
    if any(write.group("square") is not None and re.search(r"\bend\b", write.group("square")) for write in writes):
        return _JULIA
    return _NUMPY


def _terms(value: str) -> list[tuple[str, str]]:
    """``value`` split at its top-level binary + and −: each term with its sign."""
    cuts = [0]
    for offset in sorted(top_level(value, "+") + top_level(value, "-")):
        # the last character written before the sign, found without copying the text before it (a copy and a
        # search of it at every sign made 16,000 terms take 9 s)
        last = offset
        while last and value[last - 1].isspace():
            last -= 1
        exponent = last >= 2 and value[last - 1] in "eE" and value[last - 2].isdecimal()  # 1e-3: no binary minus
        if last and value[last - 1] not in "([{,=*/^+-" and not exponent:
            cuts.append(offset)
    cuts.append(len(value))
    terms = []
    for start, end in zip(cuts, cuts[1:]):
        piece = value[start:end].strip()
        sign = "-" if piece.startswith("-") else "+"
        piece = piece[1:].strip() if piece[:1] in "+-" else piece
        while piece.startswith("(") and closing(piece, 0) == len(piece) - 1:
            piece = piece[1:-1].strip()  # ((lambda/m)*theta): the brackets round the whole term group nothing
        if piece:
            terms.append((sign, piece))
    return terms


def _flat_terms(value: str, depth: int = 0) -> list[tuple[str, str]]:
    """:func:`_terms` with a bracketed sum among them opened, its signs carried (``(a + b) - c`` is a, b, −c).

    A line that builds on the part it writes (drv-agwl's ``grad(1,1)=grad(1,1)-(lambda/m)*theta(1,1)``) has the
    earlier value put in as one bracket: its terms are the earlier line's, which the other part shares. Opened a
    few brackets deep only; a sum is linear, so no value changes.
    """
    terms = _terms(value)
    if depth >= 4:
        return terms
    out: list[tuple[str, str]] = []
    for sign, term in terms:
        inner = _terms(term)
        scaled = _scaled_sum(term) if len(inner) < 2 else None
        if scaled is not None:
            # (1/m) * (X(:,2:end)' * e + lambda * theta(2:end)): one number times a sum is the sum of its terms each
            # times that number (angelacassanelli's step, f85); the number put before each term's own factors
            scale, summed = scaled
            for inner_sign, inner_term in _flat_terms(summed, depth + 1):
                factor = f"({inner_term})" if len(_terms(inner_term)) > 1 else inner_term
                out.append(("+" if (sign == "-") == (inner_sign == "-") else "-", f"{scale} * {factor}"))
            continue
        if len(inner) < 2:
            out.append((sign, term))
            continue
        for inner_sign, inner_term in _flat_terms(term, depth + 1):
            out.append(("+" if (sign == "-") == (inner_sign == "-") else "-", inner_term))
    return out


def _scaled_terms(value: str, depth: int = 0) -> list[tuple[str, str]]:
    """:func:`_terms` with only a number times a bracketed sum (:func:`_scaled_sum`) opened, the number put before
    each of its terms: the checks of a line as written see each term its value is made of, and an earlier value put
    in as one bracket (the whole vector's, ``grad(1,1) = (…) - …``) stays one term."""
    out: list[tuple[str, str]] = []
    for sign, term in _terms(value):
        scaled = _scaled_sum(term) if depth < 4 else None
        if scaled is None:
            out.append((sign, term))
            continue
        for inner_sign, inner_term in _scaled_terms(scaled[1], depth + 1):
            factor = f"({inner_term})" if len(_terms(inner_term)) > 1 else inner_term
            out.append(("+" if (sign == "-") == (inner_sign == "-") else "-", f"{scaled[0]} * {factor}"))
    return out


def _scaled_sum(term: str) -> tuple[str, str] | None:
    """``c * (a + b)`` as c and ``a + b``, where c is one number (:data:`_SCALAR_FACTOR`: counts, λ, numerals, each
    factor joined by a plain ``*``) and the last factor a bracket holding a sum; None otherwise. A product of matrices
    is associative and a number commutes with them, so c·(a + b) = c·a + c·b term by term."""
    written = term.strip()
    while written.startswith("(") and closing(written, 0) == len(written) - 1:
        written = written[1:-1].strip()
    over = _over_a_number(written)
    if over is not None:
        return over
    if not written.endswith(")"):
        return None
    depth, opened = 0, -1
    for k in range(len(written) - 1, -1, -1):  # the bracket the last ')' closes, found in one pass back
        depth += (written[k] in ")]}") - (written[k] in "([{")
        if depth == 0:
            opened = k
            break
    if opened <= 0 or written[opened] != "(":
        return None
    scale = written[:opened].rstrip()
    if not scale.endswith("*") or scale.endswith(".*") or scale.endswith("**"):
        return None
    scale = scale[:-1].strip()
    if not scale or not _SCALAR_FACTOR.fullmatch("".join(scale.split())) or re.search(r"\.[*/^]|\*\*|\^", scale):
        return None
    summed = written[opened + 1:-1]
    if len(_terms(summed)) < 2:
        return None
    return scale, summed


def _over_a_number(written: str) -> tuple[str, str] | None:
    """``(a + b) / d`` (or ``./ d``) as 1/(d) and ``a + b``, where d is one number (:data:`_SCALAR_FACTOR`) and the
    bracket holds a sum: AlexJoz's grad(j) = (sum((Htheta-y).*X(:,j)) + lambda*theta(j))/m, (a + b)/d = a/d + b/d."""
    if not written.startswith("("):
        return None
    closer = closing(written, 0)
    if closer is None or closer == len(written) - 1:
        return None
    divisor = re.fullmatch(r"\s*\.?/\s*(?P<d>.+)", written[closer + 1:])
    if divisor is None:
        return None
    d = divisor.group("d").strip()
    # one number after the '/': a name or numeral alone (m), or a bracket of counts, λ and numerals ((2*m)); not
    # (a + b)/2*m (÷2 then ×m) nor a power
    bracketed = d.startswith("(") and closing(d, 0) == len(d) - 1
    inner = d[1:-1] if bracketed else d
    if not _SCALAR_FACTOR.fullmatch("".join(inner.split())) or re.search(r"\.[*/^]|\*\*|\^", inner) \
            or (not bracketed and (re.search(r"[*/()]", d) or top_level(d.lstrip("+-"), "+")
                                   or top_level(d.lstrip("+-"), "-"))):
        return None
    summed = written[1:closer]
    if len(_terms(summed)) < 2:
        return None
    return f"(1/({d}))", summed


def _where(value: str, term: str, name: str) -> int:
    """Where ``term`` stands in ``value``; for a term :func:`_flat_terms` made (c * a, of c * (a + b)), where its
    ``name`` first stands as a word; 0 if neither is found."""
    if value.find(term.strip()) >= 0:
        return value.find(term.strip())
    found = re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", value)
    return found.start() if found is not None else 0


def _key(term: str) -> str:
    """A term without spaces and without brackets around the whole of it: the terms two parts share compare so."""
    term = "".join(term.split())
    while term.startswith("(") and closing(term, 0) == len(term) - 1:
        term = term[1:-1]
    return term


#: a factor that is one number whatever the data: a numeral, a count, λ (lambda/m, (1/m), 2*m …)
_SCALAR_FACTOR = patterns.compile(r"[\d.()+\-*/]*|(?:[\d.()+\-*/]*(?:m|n|" + "|".join(
    sorted({*LAMBDA_SPELLINGS, "lambda"}, key=len, reverse=True)) + r")(?![\w]))+[\d.()+\-*/]*")


def _factors(term: str) -> list[tuple[str, str]] | None:
    """``term`` (no spaces) split at its top-level products and quotients, each factor with its operator ('*' the
    first); a bracketed product among them (``(X(:,1)'*(h-y))``) is split too; None where a top-level operator is not
    a plain one (a power, a sum, Octave's .^, or its .* ./ between two factors that are not one number).

    Octave's ``.*`` with one number on a side is the plain product (``1.0/m .* X' * v`` is ``(1.0/m) * X' * v``:
    the operators run left to right, so what stands before ``.*`` is one number where every factor before it is),
    and ``./`` by one number the plain quotient; so read, as the numbers :data:`_SCALAR_FACTOR` takes."""
    while term.startswith("(") and closing(term, 0) == len(term) - 1:
        term = term[1:-1]
    cuts = sorted(top_level(term, "*") + top_level(term, "/") + top_level(term, "@"))
    if any(term[cut + 1:cut + 2] in ("*", "/") for cut in cuts) or any(
            top_level(term, char) for char in "+-^,") and cuts:
        return None
    dotted = {cut for cut in cuts if term[cut - 1:cut] == "."}
    found: list[tuple[str, str]] = []
    for start, end in zip([-1, *cuts], [*cuts, len(term)]):
        op, factor = ("*" if start < 0 or term[start] == "@" else term[start]), term[start + 1:end - (end in dotted)]
        if not factor:
            return None
        if start in dotted and not _SCALAR_FACTOR.fullmatch(factor) and (op == "/" or not all(
                _SCALAR_FACTOR.fullmatch(before) for _, before in found)):
            return None  # entry by entry between two arrays: no plain product
        inner = factor[1:-1] if factor.startswith("(") and closing(factor, 0) == len(factor) - 1 else None
        split = _factors(inner) if op == "*" and inner is not None and (
            top_level(inner, "*") or top_level(inner, "@")) else None
        found += split if split is not None else [(op, factor)]
    return found


def _summed_product(written: str) -> tuple[str, str, str, str] | None:
    """``pre sum(a .* b) post`` as its four pieces, where the first ``sum(`` closes at the text's last ')' and ``.*``
    is the last one inside it; None otherwise. Found by offsets, not one pattern: ``.*?sum\\((.+)\\.\\*(.+)\\)(.*)``
    backtracked cubically on a long term with no match (7,000 characters of ``sum(a.*`` took 11 s, 14,000 took 100)."""
    start = written.find("sum(")
    close = closing(written, start + 3) if start >= 0 else None
    if close is None or ")" in written[close + 1:]:
        return None
    inside = written[start + 4:close]
    star = inside.rfind(".*", 0, len(inside) - 1)  # the last that leaves b a character
    if star < 1:
        return None
    return written[:start], inside[:star], inside[star + 2:], written[close + 1:]


def _product_key(term: str, intercept: bool = False) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None:
    """A product term as its numbers (counts, λ, numerals; in any order, (1/m) as ÷ m) and its other factors in order:
    ``(1/m) * X' * (h - y)`` and ``X' * (h - y) / m`` alike, the order of matrices kept. Octave's ``sum(v .* X)``,
    the row of X's column sums of v, is put as the product ``X' * v`` it transposes: two parts' intercept entries are
    one number either way. None where a factor that is no number divides, or the term is no product."""
    written = "".join(term.split())
    summed = _summed_product(written)
    if summed is not None:
        pre, a, b, post = summed
        vector = b if a == "X" else a if b == "X" else None
        # Octave's .* binds tighter than + and -: sum(pred - y .* X) is Σ(pred − y·x), so a side with a top-level
        # + or - is no factor of the product (the residual must be bracketed, (pred - y) .* X)
        if vector is not None and not any(top_level(vector, char) for char in ",+-") and re.search(
                r"(?<![\w.])(?:h|y|sigmoid)(?!\w)", vector):
            written = f"{pre}(X'*({_key(vector)})){post}"
    factors = _factors(written)
    if factors is None:
        return None
    numbers, others = [], []
    for op, factor in factors:
        bare = factor[1:-1] if factor.startswith("(") and closing(factor, 0) == len(factor) - 1 else factor
        one_over = re.fullmatch(r"1/(.+)", bare)
        if op == "*" and one_over is not None and _SCALAR_FACTOR.fullmatch(one_over.group(1)):
            numbers.append(("/", _key(one_over.group(1))))
        elif _SCALAR_FACTOR.fullmatch(factor):
            numbers.append((op, _key(factor)))
        elif op == "/":
            return None
        else:
            others.append(_key(factor))
    numbers = [each for each in numbers if each != ("*", "1")]
    return tuple(sorted(numbers)), tuple(_columns_first(others, intercept))


def _columns_first(factors: list[str], intercept: bool) -> list[str]:
    """Matrix factors (spaces gone, whole brackets off) with the transposed row ``(v'*X)'`` put as the column
    ``X'*v`` it is, and in the intercept's term (one number, a row or a column alike) the row ``v'*X`` too: entry 1
    of each is the one number x₁ᵀv, so an intercept's ``(v'*X(:,1))`` and the rest's ``(v'*X)'`` (or ``X'*v``) share
    their term. The rest's own row ``v'*X`` is kept a row (beside a column it is no term of theirs). Only where v is
    a residual (h, y, sigmoid in it) and X stands right after it; the other factors and their order are kept."""
    out: list[str] = []
    for factor in factors:
        turned = re.fullmatch(r"\((?P<inner>.+)\)'", factor)
        inner = turned.group("inner") if turned is not None and closing(factor, 0) == len(factor) - 2 else None
        split = _factors(inner) if inner is not None else None
        if split is not None and len(split) == 2 and all(op == "*" for op, _ in split) and \
                _residual_row(split[0][1]) is not None and split[1][1] == "X":
            out += ["X'", _key(_residual_row(split[0][1]) or "")]
        elif intercept and factor == "X" and out and _residual_row(out[-1]) is not None:
            out[-1:] = ["X'", _key(_residual_row(out[-1]) or "")]
        else:
            out.append(factor)
    return out


def _residual_row(factor: str) -> str | None:
    """The residual v of a factor ``v'`` (``(h-y)'``, ``h'``), or None."""
    found = re.fullmatch(r"(?P<v>\(.+\)|[A-Za-z_]\w*)'", factor)
    if found is None or found.group("v").startswith("(") and closing(found.group("v"), 0) != len(found.group("v")) - 1:
        return None
    vector = found.group("v")
    return vector if re.search(r"(?<![\w.])(?:h|y|sigmoid)(?!\w)", vector) else None


def _same_term(one: str, other: str) -> bool:
    """Whether the rest's term ``one`` and the intercept's ``other`` are one term: alike but for spaces and brackets,
    or the same product spelt otherwise (:func:`_product_key`, the intercept's one number a row or a column)."""
    if _key(one) == _key(other):
        return True
    key = _product_key(one)
    return key is not None and key[1] != () and key == _product_key(other, intercept=True)


def _call_around(value: str, start: int) -> str | None:
    """The name of the call whose brackets hold ``start`` most closely ('' a plain bracket), None at the top."""
    depth = 0
    for position in range(start - 1, -1, -1):
        char = value[position]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth == 0:
                if char != "(":
                    return "["
                name = re.search(r"[\w.]*\s*$", value[:position])
                return name.group().strip() if name else ""
            depth -= 1
    return None


#: a column of X in a matrix product that gives its entry: transposed before a product (X(:,1)' * v, NumPy's
#: X[:, 0].T @ v, R's t(X[, 1]) %*% v), or after a transposed row (v' * X(:,1), NumPy's v @ X[:, 0])
_TRANSPOSED_AFTER = {"Octave": r"\s*'\s*\*(?!\*)", "NumPy": r"\s*\.T\s*(?:@|\.dot\()", "R": r"\s*\)\s*%\*%"}
_ROW_BEFORE = {"Octave": r"'\s*\*\s*\Z", "NumPy": r"@\s*\Z", "R": r"%\*%\s*\Z"}
#: beside a column inside Octave's sum(…): operators that act entry by entry (sum(v .* X(:,1)) adds each column's)
_ENTRYWISE_BEFORE = patterns.compile(r"(?:\.[*/]|[-+(])\s*\Z")
_ENTRYWISE_AFTER = patterns.compile(r"\s*(?:\.[*/^]|[-+)])")


def _column_wise(value: str, found: re.Match[str], call: str | None, language: _Language) -> bool:
    """Whether X's column at ``found`` stands where X whole gives each column's value: a product that makes its
    entry (transposed before, or a transposed row before it), or inside Octave's one-argument sum(…) with only
    entry-by-entry operators beside it."""
    before, after = value[:found.start()], value[found.end():]
    if language.paren and call == "sum":
        opened = before.rstrip().rfind("sum(")
        end = closing(value, opened + 3) if opened >= 0 else None
        inside = value[opened + 4:end] if end is not None else ""
        return bool(_ENTRYWISE_BEFORE.search(before) and _ENTRYWISE_AFTER.match(after)) and not top_level(inside, ",")
    if language.name == "R":
        return call == "t" and re.match(_TRANSPOSED_AFTER["R"], after) is not None or re.search(
            _ROW_BEFORE["R"], before) is not None
    dialect = "Octave" if language.paren else "NumPy" if language.name == "NumPy" else "Julia"
    if dialect == "NumPy" and (_flat_column(value, found, call) or call in ("np.dot", "numpy.dot", "dot") and re.search(
            r"dot\(\s*\Z", before) is not None and re.match(r"\s*\.T\s*,", after) is not None):
        return True  # np.dot(X[:, 1:].T, v) is X[:, 1:].T @ v
    if dialect == "Julia":
        return re.match(r"\s*'\s*\*(?!\*)", after) is not None
    return re.match(_TRANSPOSED_AFTER[dialect], after) is not None or re.search(_ROW_BEFORE[dialect], before) is not None


def _flat_column(value: str, found: re.Match[str], call: str | None) -> bool:
    """Whether NumPy's intercept column X[:, 0], a 1-D array (whose .T is itself), stands first in a dot product
    with a vector: ``X[:, 0] @ v``, ``np.dot(X[:, 0], v)``, ``X[:, 0].dot(v)`` — the number X[:, 0]ᵀv, as
    ``X[:, 0].T @ v`` is. Only the intercept's column: X[:, 1:] @ v is a product of an m×(n − 1) matrix."""
    if re.search(r"\[\s*:\s*,\s*0\s*\]$", found.group()) is None:
        return False
    after = value[found.end():]
    if call in ("np.dot", "numpy.dot", "dot"):
        return re.search(r"dot\(\s*\Z", value[:found.start()]) is not None and re.match(
            r"\s*,", after) is not None
    return re.match(r"\s*(?:@|\.dot\()", after) is not None


class _Reading:
    def __init__(self, text: str, name: str, language: _Language) -> None:
        self.text, self.name, self.language = text, name, language
        self.flat = False  # NumPy's X[:, 0] @ v read as X[:, 0].T @ v
        self.rows: dict[str, bool] = {}  # each part's columns read as a row (Octave's sum(v .* X(:,1)))
        self.row_rest: str | None = None  # the line that writes grad(:, 2:end), a row's entries after the first
        self.alike: list[str] = []  # the shared terms the two parts spell otherwise (sum(v .* X), 1/m .* X' * v)

    def fail(self, message: str, column: int, hint: str) -> NoReturn:
        raise InputError(message, source=self.text, column=column, label="ANSWER", hint=hint)

    def whole_words(self, value: str, part: str, at: int) -> str:
        """``value`` (written for ``part``) with X's columns and θ's entries of the part put as X and θ."""
        language = self.language
        if part == "whole":
            return value
        other = "rest" if part == "first" else "first"
        # (X(:,1))' * v: a plain bracket that holds the part's column alone is the column, and is read without it
        # (the Korean-commented ex2 lab's grad(1,1) = (1/m)*(X(:,1))'*(H-y)); the bracket moves no operator
        value = re.sub(rf"(?<![\w.'])\(\s*({language.column(part)})\s*\)", lambda found: found.group(1), value)
        for pattern in (language.column(other), *(language.entry(v, other) for v in ("theta", "w", "beta"))):
            found = re.search(pattern, value)
            if found is not None:
                self.fail(f"{language.said(self.name, part)} is computed with {found.group()}, entries of the "
                          "other part of the vector: which entry gets what is not read",
                          at + found.start(), hint="write each part with its own entries: the intercept's with "
                          "X(:,1) and theta(1), the rest with X(:,2:end) and theta(2:end)")
        for _, term in _scaled_terms(value):
            bare = next((v for v in ("theta", "w", "beta") if _one_product(term, v) is not None), None)
            if bare is not None:
                # grad(2:end) = … + lambda/m * theta: n entries into n − 1 (Octave stops), not the penalty meant
                self.fail(f"{bare} has n entries, and {language.said(self.name, part)} "
                          f"{'one' if part == 'first' else 'n − 1'}: the code writes a whole vector into a part",
                          at + _where(value, term, bare),
                          hint=f"write the part's own entries: {language.said(bare, part)}")
        for found in re.finditer(language.column(part), value):
            call = _call_around(value, found.start())
            # column by column only: a product with X's columns, Octave's sum down them, R's t()
            allowed = ("", None, "t") if language.name == "R" else ("", None, "sum") if language.paren else (
                "", None, "np.dot", "numpy.dot", "dot")
            if call not in allowed or not _column_wise(value, found, call, language):
                call = call or "this product"
                self.fail(f"{found.group()} inside {call}(…) is not read column by column: which entries of "
                          f"{self.name} it gives is not said", at + found.start(),
                          hint=f"write the whole gradient in one line, e.g. (1/m) * X' * (h - y) + lambda/m * "
                               f"{language.zero_first('theta')}")
        # Octave's intercept entry is one number, so a row or a column alike: where its column is summed down
        # (sum(v .* X(:,1)), a row once X is whole), θ's entry is put as a row too, θ', to stand beside it
        # another gradient's part of its own (grad_reg[0] = grad[0] beside grad_reg = grad + …): a gradient is one
        # entry per parameter, so its entries of the part are its value's there, as θ's are
        for found in list(re.finditer(rf"(?<![\w.])({GRADIENT_NAMES})(?=\s*[(\[])", value))[::-1]:
            named = found.group(1)
            if named == self.name:
                continue
            if re.match(language.entry(re.escape(named), other), value[found.start():]):
                self.fail(f"{language.said(self.name, part)} is computed with {language.said(named, other)}, entries "
                          "of the other part of the vector: which entry gets what is not read", at + found.start(),
                          hint=f"write each part with its own entries of {named}")
            own = re.match(language.entry(re.escape(named), part), value[found.start():])
            if own is not None:
                value = value[:found.start()] + named + value[found.start() + own.end():]
        rows = part == "first" and language.paren and any(
            _call_around(value, found.start()) == "sum" for found in re.finditer(language.column(part), value))
        # a row whatever the part: summed down (sum(v .* X(:,2:end))) or after a transposed row (v' * X(:,2:end))
        self.rows[part] = language.paren and any(_call_around(value, found.start()) == "sum" or re.search(
            _ROW_BEFORE["Octave"], value[:found.start()]) for found in re.finditer(language.column(part), value))
        written = value
        if language.name == "NumPy" and part == "first" and any(_flat_column(value, found, _call_around(
                value, found.start())) for found in re.finditer(language.column(part), value)):
            self.flat = True
            # X[:, 0] @ v is X[:, 0].T @ v (a 1-D array's .T is itself): in the whole vector's words X.T @ v
            value = re.sub(language.column(part), lambda found: "X.T" if _flat_column(
                value, found, _call_around(value, found.start())) else "X", value)
        value = re.sub(language.column(part), "X", value)
        for vector in ("theta", "w", "beta"):
            entry = language.entry(vector, part)
            for _, term in _scaled_terms(value):
                found = re.search(entry, term)
                # θ's entries only as one number times them: sum(theta(2:end)) would become sum(theta), another number
                if found is not None and _one_product(re.sub(entry, vector, term), vector) is None:
                    self.fail(f"{found.group()} in {_short(term, 50)} is read only as one number times the entries "
                              f"(c * {found.group()}): as written which entries of {self.name} it gives is not said",
                              at + (written.find(term.strip()) + max(term.strip().find(found.group()), 0)
                                    if written.find(term.strip()) >= 0 else max(written.find(found.group()), 0)),
                              hint=f"write the penalty's part as lambda/m * {found.group()}")
            value = re.sub(entry, vector + ("'" if rows else ""), value)
        return value

    def whole_columns(self, value: str, part: str, at: int) -> None:
        """Refuse X whole in the line that writes ``part`` anywhere but times the parameters (X * theta inside h,
        or its count, size(X, 1)): X' * v, v' * X, X.' * v, transpose(X) * v, NumPy's X.T @ v, R's t(X) %*% v or
        crossprod(X, v), Octave's sum(v .* X) give one entry per column, n entries into one or n − 1, which
        Octave and NumPy stop at (R recycles), never the part's own columns. Only the line as written is looked
        at: the earlier value a line builds on (grad(2:end) + …) is already the whole vector's."""
        language = self.language
        for found in re.finditer(r"(?<![\w.])X(?!\w|\s*[(\[]|\s*\.T\s*\[|\s*\.shape\b)", value):
            after, call = value[found.end():], _call_around(value, found.start())
            if re.match(rf"\s*(?:\*|%\*%|@|\.dot\()\s*\(?\s*{_VECTORS}(?!\w)", after) or call in (
                    "np.dot", "numpy.dot", "dot") and re.match(rf"\s*,\s*{_VECTORS}(?!\w)", after) or call in (
                    "size", "length", "rows", "columns", "numel", "nrow", "ncol", "len") or _prediction_call(
                    value, found.start()):
                continue
            said = language.said(self.name, part)
            own = {"Octave": ("X(:,1)", "X(:,2:end)"), "R": ("X[, 1]", "X[, 2:n]"), "NumPy": ("X[:, 0]", "X[:, 1:]"),
                   "Julia": ("X[:, 1]", "X[:, 2:end]")}[language.name][part != "first"]
            self.fail(f"X whole here, not times the parameters (X * theta), gives one entry for each of its n "
                      f"columns, and {said} has {'one' if part == 'first' else 'n − 1'}: the code writes a whole "
                      "vector into a part", at + found.start(),
                      hint=f"write the part's own columns, {own}, or the whole gradient in one line")

    def named_terms(self, value: str, part: str, at: int) -> None:
        """Refuse a term of the line that writes ``part`` that is only names and numbers (reg, lambda/m * pen) with
        a name neither a count nor λ: its size is not said, and a vector (a --let's [0; theta(2:end)]) written so
        into both parts alike would read as the whole vector's, where Octave and NumPy stop at n entries into a
        part."""
        scalars = {"m", "n", "lambda", "alpha", self.name, "theta", "w", "beta", *LAMBDA_SPELLINGS}
        for _, term in _scaled_terms(value):
            if re.search(r"[\w.]\s*[(\[]|'|\.T\b", term):
                continue  # a call, an index or a transpose: the other checks read it
            plain = term.replace("(", " ").replace(")", " ")
            if not re.fullmatch(r"\s*[\w.]+(?:\s*\.?[*/]\s*[\w.]+)*\s*", plain):
                continue
            unknown = next((found for found in re.finditer(r"(?<![\w.])[A-Za-z_]\w*", term)
                            if found.group() not in scalars), None)
            if unknown is not None:
                said = self.language.said(self.name, part)
                self.fail(f"{unknown.group()} in {said} is a name whose size the line does not say: which entries "
                          f"it gives {said} is not read (all n of a vector, a --let's [0; theta(2:end)], into "
                          f"{'one' if part == 'first' else 'n − 1'} Octave and NumPy stop at)",
                          at + (value.find(term) + unknown.start() if value.find(term) >= 0 else
                                _where(value, term, unknown.group())),
                          hint=f"write {said} with its own entries of {unknown.group()} "
                               f"({self.language.said(unknown.group(), part)}), or the whole gradient in one line")

    def sliced(self, value: str) -> re.Match[str] | None:
        """The first index of X or of the parameters left in a value put in the whole vector's words."""
        return re.search(r"(?<![\w.])(?:X|theta|w|beta)\s*(?:\((?!\s*\))|\[)", value)


#: a call of the source's own on X and the parameters, hypo(X, theta) (or its arguments swapped): its name
_OWN_CALL = patterns.compile(rf"(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*\(\s*(?:X\s*,\s*{_VECTORS}|{_VECTORS}\s*,\s*X)\s*\)")
#: Octave's functions of arrays that are no prediction of the source's own: X in them is not read so
_ARRAY_FUNCTIONS = frozenset({"sum", "mean", "max", "min", "prod", "dot", "cross", "kron", "repmat", "horzcat",
                              "vertcat", "cat", "cumsum", "bsxfun", "reshape", "transpose", "ctranspose"})


def _prediction_call(value: str, at: int) -> bool:
    """Whether X at ``at`` is an argument of a call of the source's own on X and the parameters that the line takes
    y from (``hypo(X,theta) - y``, ``y - hypo(X,theta)``): the model's prediction, one entry per example as the
    labels it is compared with are, whose X is its own (the function's definition gives it; a --let must). Such a
    call does not give X's columns, so it is no whole vector written into a part."""
    for call in _OWN_CALL.finditer(value):
        if not call.start() <= at < call.end() or call.group("name") in _ARRAY_FUNCTIONS:
            continue
        if re.match(r"\s*-\s*y(?![\w.(\[])", value[call.end():]) or re.search(
                r"(?<![\w.])y\s*-\s*\Z", value[:call.start()]):
            return True
    return False


def _one_product(term: str, vector: str) -> tuple[str, str] | None:
    """The number c of a term that is c * vector (vector * c, vector / d, c * vector / d; the vector may be
    transposed, Octave's ' or NumPy's .T, said by the second of the pair), c free of data and vectors, or None."""
    written = rf"\(?\s*{vector}\s*(?P<t>'|\.T\b)?\s*\)?"
    # runs of space made one: the lazy factor before the optional spaces of the patterns tried every split of a long run
    term = re.sub(r"\s+", " ", term)
    for pattern in (rf"^(?P<c>.+?)\s*\.?\*\s*{written}(?:\s*\.?/\s*(?P<d>.+))?$",
                    rf"^{written}\s*\.?\*\s*(?P<c>.+?)(?:\s*\.?/\s*(?P<d>.+))?$",
                    rf"^{written}\s*\.?/\s*(?P<d>.+)$"):
        found = re.match(pattern, term.strip())
        if found is None:
            continue
        named = found.groupdict()
        factors = [each for each in (named.get("c"), named.get("d")) if each is not None]
        if any(each.count("(") != each.count(")") for each in factors):
            return None  # a bracket the pattern's optional \(? or \)? split: not one number times the vector
        if any(re.search(r"(?<![\w.])(?:X|x|y|h|g|theta|w|beta)(?![\w])|'|\.T\b|[*/]", each) and each is named.get("d")
               or re.search(r"(?<![\w.])(?:X|x|y|h|g|theta|w|beta)(?![\w])|'|\.T\b", each) or any(
                   top_level(re.sub(r"(?<=\d)[eE][+-](?=\d)", "e", each.strip().lstrip("+-")), char)
                   for char in "+-,:") for each in factors):
            return None
        c, d = named.get("c"), named.get("d")
        scale = (c.strip() if c is not None else "1") + (f" / ({d.strip()})" if d is not None else "")
        return scale, found.group("t") or ""
    return None


#: Octave's loop over the entries after the intercept's: for i = 2:size(theta,1) (2:n, 2:length(theta), 2:end …)
#: (and Octave's size(theta), [n 1] for the n×1 column θ: its colon takes the first element, n, as the loop
#: 'for i = 1:size(theta)' of notation.entry_loops does; renatomolina's logistic_cost_function_reg.m, f84)
_REST_LOOP = patterns.compile(r"\s*for\s+(?P<var>[A-Za-z]\w*)\s*=\s*2\s*:\s*(?P<to>" + _END.format(v=_VECTORS)
                              + r"|size\(\s*" + _VECTORS + r"\s*\))\s*,?\s*")
_LOOP_END = patterns.compile(r"\s*(?:end|endfor)\s*(?:;\s*)?")


#: the loop's letter set to a number before the loop, for the line after it: i = 1; (grad(i,1) = … X(:,i) …)
_NUMBERED_LETTER = patterns.compile(r"\s*(?P<var>[A-Za-z]\w*)\s*=\s*(?P<number>[1-9]\d*)\s*(?:;\s*)?")
#: a line naming the parameters' count before the loop bounded by it: n = size(X,2); (X's columns, the parameters)
_COUNT_LINE = patterns.compile(r"\s*(?P<name>[A-Za-z]\w*)\s*=\s*(?P<count>" + _END.format(v=_VECTORS).replace(
    "(?:end|n|", "(?:") + r")\s*(?:;\s*)?")


def _letter_then_loop(lines: list[str]) -> tuple[list[str], list[str], dict[str, str]]:
    """``i = 1;`` / ``grad(i,1) = … X(:,i) …;`` / … / ``for i = 2:n``: the number put in for the letter in the lines
    between (``grad(1,1) = … X(:,1) …;``), and ``n = size(X,2);`` before ``for i = 2:n`` put in the loop's bound,
    their lines dropped, noted (ex5's linearRegCostFunction, idx40200368605). Only a letter (a count) set once, used
    only between its line and the loop's header that sets it again (the count only as the header's bound)."""
    notes: list[str] = []
    headers: dict[str, str] = {}  # the loop's header with the count put in, and as written
    for k, line in enumerate(lines):
        numbered = _NUMBERED_LETTER.fullmatch(line)
        if numbered is None:
            continue
        var, number = numbered.group("var"), numbered.group("number")
        word = re.compile(rf"(?<![\w.]){re.escape(var)}(?!\w)")
        header = next((at for at in range(k + 1, len(lines))
                       if (found := _REST_LOOP.fullmatch(lines[at])) is not None and found.group("var") == var), None)
        between = lines[k + 1:header] if header is not None else []
        if header is None or not any(word.search(other) for other in between) or any(
                re.match(rf"\s*{re.escape(var)}\s*[-+*/]?=(?!=)", other) for other in between) \
                or any(word.search(other) for other in lines[:k]):
            continue
        lines = [*lines[:k], *(word.sub(number, other) for other in between), *lines[header:]]
        notes.append(f"read as Octave: '{line.strip()}' sets the letter {var} for the lines before the loop that "
                     f"sets it again: {var} is {number} there (X(:,{var}) is column {number}, the entry ({var}) is "
                     f"({number}))")
        break
    for k, line in enumerate(lines):
        counted = _COUNT_LINE.fullmatch(line)
        if counted is None:
            continue
        name = counted.group("name")
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        uses = [at for at, other in enumerate(lines) if at != k and word.search(other)]
        bounded = _REST_LOOP.fullmatch(lines[uses[0]]) if len(uses) == 1 and uses[0] > k else None
        if bounded is None or bounded.group("to").strip() != name:
            continue
        count = " ".join(counted.group("count").split())
        headers[word.sub(count, lines[uses[0]]).strip()] = lines[uses[0]].strip()
        lines = [*lines[:k], *lines[k + 1:uses[0]], word.sub(count, lines[uses[0]]), *lines[uses[0] + 1:]]
        notes.append(f"read as Octave: '{line.strip()}' counts the parameters' entries (X is m×n with its ones "
                     f"column, θ n×1), logderiv's n, and bounds only the loop: put in its place")
        break
    return lines, notes, headers


def _rest_loop(lines: list[str]) -> tuple[list[str], str | None]:
    """``lines`` with Octave's loop ``for i = 2:size(theta,1)`` / ``grad(i) = …;`` / ``end`` put as the one line
    ``grad(2:end) = …;`` it amounts to, and a note (None where there is no such loop).

    Entry i of the loop's line is a number: X(:,i) is column i, theta(i) (theta(i,:)) entry i; over i = 2..n they are
    X(:,2:end) and theta(2:end). Octave's sum(v .* X(:,2:end)) is a row of those entries, so θ's entries are then
    written as a row too (theta(2:end)'): each entry of the line is still the loop's. Only a loop of one such line
    whose letter is used nowhere else; any other is left as written. The line may write grad(i,1) (an n×1 column's
    row i), and the letter may be set to 1 before the loop for the intercept's line (:func:`_letter_then_loop`).
    """
    prepared, prepared_notes, headers = _letter_then_loop(lines)
    if prepared_notes:
        done, note = _rest_loop_itself(prepared)
        if note is not None:
            for put, written in headers.items():  # the loop's header as written (for i = 2:n), not as read
                note = note.replace(f"the loop '{put}'", f"the loop '{written}'")
            return done, "; ".join([*prepared_notes, note])
    return _rest_loop_itself(lines)


def _rest_loop_itself(lines: list[str]) -> tuple[list[str], str | None]:
    for k, line in enumerate(lines[:-2]):
        header = _REST_LOOP.fullmatch(line)
        if header is None or _LOOP_END.fullmatch(lines[k + 2]) is None:
            continue
        var = re.escape(header.group("var"))
        body = _WRITE.match(lines[k + 1])
        if body is None or not _value(body) or body.group("paren") is None \
                or re.fullmatch(rf"\s*{var}\s*(?:,\s*1\s*)?", body.group("paren")) is None or body.group("op") != "=":
            return lines, None
        if "," in body.group("paren") and not entry_loops.column_start(body.group("name"), lines):
            # grad = zeros(1, n) (zeros(size(theta')) …), then grad(i, 1): a 1×n row grown into an n×n matrix by
            # the loop, no entries 2 to n of a gradient vector (audcomp39): left as written
            return lines, None
        value = _value(body)
        column = rf"(?<![\w.])X\s*\(\s*:\s*,\s*{var}\s*\)"
        entry = rf"(?<![\w.])(?P<v>{_VECTORS})\s*\(\s*{var}\s*(?:,\s*(?::|1)\s*)?\)"
        rows = any(_call_around(value, found.start()) == "sum" for found in re.finditer(column, value))
        value = re.sub(column, "X(:,2:end)", value)
        value = re.sub(entry, lambda found: f"{found.group('v')}(2:end)" + ("'" if rows else ""), value)
        if re.search(rf"(?<![\w.]){var}(?!\w)", value):
            return lines, None  # the loop's letter used otherwise (X(i,:), a count): not the entries it writes
        written = f"{body.group('name')}(2:end) = {value};"
        note = (f"read as Octave: the loop '{line.strip()}' sets entries 2 to the last of {body.group('name')} by "
                f"its one line, as {written} does (X(:,{header.group('var')}) is column {header.group('var')}, "
                f"theta({header.group('var')}) entry {header.group('var')})")
        sized = re.fullmatch(r"size\(\s*(?P<v>\w+)\s*\)", header.group("to").strip())
        if sized is not None and any(re.search(
                rf"(?<![\w.]){sized.group('v')}\s*=\s*(?:zeros|ones|rand|randn)\(\s*1\s*,|"
                rf"(?<![\w.]){sized.group('v')}\s*'\s*\*\s*X(?!\w)|(?<![\w.])X\s*\*\s*{sized.group('v')}\s*'", other)
                for other in lines):
            # theta = zeros(1, n) or X * theta': a 1×n row, whose size is [1 n]: 2:size(theta) is 2:1, no pass
            return lines, None
        if sized is not None:
            note += (f"; {sized.group(0)} is [n 1] for the n×1 column {sized.group('v')}, and Octave's colon takes "
                     f"its first element, n, the parameters' number")
        return [*lines[:k], written, *lines[k + 3:]], note
    return lines, None


#: the parameters with the first entry zeroed, written out: [0; theta(2:end)] (in a whole write, the rest's is θ's)
_ZERO_FIRST = patterns.compile(r"\[\s*0\s*;\s*(?P<v>theta|w|beta)\s*\(\s*2\s*:\s*end\s*\)\s*\]")
#: the helper set between the gradient's lines: xm = X( :,1 ); (f76's linearRegCostFunction, idx33878242194)
#: (the value greedy, its spaces stripped after: a lazy value before optional spaces backtracks over each space)
_HELPER_SET = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)(?P<value>[^;=]*);?")


#: a name as a statement uses it, not an attribute (the w of s.w) nor part of a longer name: its whole word
_IDENTIFIER = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*")
#: a name called or indexed: NAME(…), NAME [ …
_CALLED = patterns.compile(r"(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*[(\[]")
#: a statement that begins with a bracket, or holds nothing but spaces: where joined statements could make a name at
#: the end of the one before a call or an index (a name, ' ', '(…')
_BRACKET_HEAD = patterns.compile(r"\s*(?:[(\[]|$)")


def _helper_between(statements: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], str | None]:
    """A name set once between the lines that write the gradient, from names no line writes (``xm = X( :,1 );``),
    put in brackets where the later lines use it and its line dropped, noted: its value is the same wherever it is
    computed. Only after the first line, and not the last line's name; anything else is left as it is.

    Each statement's names are collected once (a name used as a value, a name called or indexed), and each
    candidate line's checks are set look-ups: a search per written name per line was quadratic (an answer of 1,500
    helper lines took a minute)."""
    writes = [_WRITE.match(statement) for statement, _ in statements]
    written = {write.group("name") for write in writes if write is not None}
    if len(statements) < 3 or writes[-1] is None:
        return statements, None
    write_count: dict[str, int] = {}
    for write in writes:
        if write is not None:
            write_count[write.group("name")] = write_count.get(write.group("name"), 0) + 1
    # used[i]: the names statement i uses as a value (not followed by '(' or '['); called[i]: called or indexed
    used: list[set[str]] = []
    called: list[set[str]] = []
    for statement, _ in statements:
        used.append({found.group() for found in _IDENTIFIER.finditer(statement)
                     if statement[found.end():found.end() + 1] not in ("(", "[")})
        called.append({found.group("name") for found in _CALLED.finditer(statement)})
    first_use: dict[str, int] = {}
    use_count: dict[str, int] = {}
    call_count: dict[str, int] = {}
    for at, (uses, calls) in enumerate(zip(used, called)):
        for each in uses:
            first_use.setdefault(each, at)
            use_count[each] = use_count.get(each, 0) + 1
        for each in calls:
            call_count[each] = call_count.get(each, 0) + 1
    bracket_heads = [_BRACKET_HEAD.match(statement) is not None for statement, _ in statements]
    for k in range(1, len(statements) - 1):
        found = _HELPER_SET.fullmatch(statements[k][0])
        if found is None or found.group("name") == writes[-1].group("name"):
            continue
        name, value = found.group("name"), found.group("value").strip()
        if not value:
            continue
        if written & {each.group() for each in _IDENTIFIER.finditer(value)} \
                or write_count.get(name, 0) != 1 \
                or first_use.get(name, k) < k \
                or use_count.get(name, 0) - (name in used[k]) == 0 \
                or call_count.get(name, 0) - (name in called[k]) > 0:
            continue
        others = [statement for at, (statement, _) in enumerate(statements) if at != k]
        if any(bracket_heads[at] for at in range(len(statements)) if at != k) \
                and re.search(rf"(?<![\w.]){re.escape(name)}\s*[(\[]", " ".join(others)):
            continue  # a name at one statement's end and a bracket at the next's start, as the joined text reads
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
        later = [(word.sub(lambda _: f"({value})", statement), at) for statement, at in statements[k + 1:]]
        return [*statements[:k], *later], (f"read as Octave: {name} = {value} reads nothing the lines write, so its "
                                           "value is put where the later lines use it")
    return statements, None


#: a part's step's right side: the part as written, minus the learning rate times the rest (theta(1) - alpha * …)
_RATE_WORDS = "|".join(sorted(LEARNING_RATE_WORDS, key=len, reverse=True))


def _stepped_parts(text: str, statements: list[tuple[str, int]]) -> tuple[str, str] | None:
    """``theta(1) = theta(1) - alpha * g1;`` then ``theta(2:end) = theta(2:end) - alpha * g2;`` (either order; ``-=``
    alike; NumPy's ``w[0]``/``w[1:]``): one gradient-descent step in two parts, read as ``theta = theta - alpha * g``
    with g the vector the two parts assemble (entry 1 from g1, the rest from g2), noted; None where the lines are not
    two such steps of the parameters with one learning rate.

    Octave and NumPy compute each right side before they assign it, so the first line reads the parameters as they
    were; the second reads them after the first changed its part: it is one step only where it reads none of the
    entries the first wrote (its own part only), else refused with a caret. The lets come before both lines, so
    what they hold (h, the residual) is of the parameters before the step.

    A data matrix named otherwise (xTrain(:,1), xTrain(:,2:end)) is the matrix whose columns the two parts take: it
    is put as X to assemble the parts, and back after (only where the text writes no X of its own)."""
    if len(statements) != 2:
        return None
    writes = [_WRITE.match(statement) for statement, _ in statements]
    if any(write is None for write in writes):
        return None
    matched = [write for write in writes if write is not None]
    vector = matched[0].group("name")
    if vector not in ("theta", "w", "beta") or matched[1].group("name") != vector:
        return None
    language = _language(matched, text)
    parts: list[str] = []
    steps: list[tuple[str, str]] = []  # each line's rate and what it multiplies
    for write in matched:
        index = write.group("paren") if write.group("paren") is not None else write.group("square")
        if index is None:
            return None
        part, row = _part(language, index, vector)
        if part not in ("first", "rest") or row:
            return None
        value = _value(write)
        if write.group("op") == "=":
            own = re.match(rf"\s*(?:{language.entry(vector, part)})\s*-(?![-=])\s*", value)
            if own is None:
                return None
            value = value[own.end():]
        elif write.group("op") != "-=":
            return None
        rated = re.match(rf"\s*(?P<rate>{_RATE_WORDS})\s*\*(?!\*)\s*(?P<g>.+)$", value, re.DOTALL)
        if rated is None or top_level(rated.group("g"), "+") or re.search(
                rf"(?<![\w.])(?:{_RATE_WORDS})(?!\w)", rated.group("g")) or any(
                (offset for offset in top_level(rated.group("g"), "-") if offset > 0)):
            return None  # alpha * a - b: the rate multiplies a alone
        parts.append(part)
        steps.append((rated.group("rate"), rated.group("g").strip()))
    if sorted(parts) != ["first", "rest"] or steps[0][0] != steps[1][0]:
        return None
    # the second line reads the parameters after the first changed its part: only its own part is the old value
    second, second_at = matched[1], statements[1][1]
    after = len(second.group(0)) - len(second.group("value"))
    for found in re.finditer(rf"(?<![\w.]){vector}(?!\w)\s*(?:\((?P<o>[^()]*(?:\([^()]*\)[^()]*)*)\)|"
                             rf"\[(?P<s>[^\[\]]*)\])?", second.group("value")):
        index_read = found.group("o") if found.group("o") is not None else found.group("s")
        read = "whole" if index_read is None else _part(language, index_read, vector)[0]
        if read != parts[1]:
            first_line = _short(statements[0][0].strip())
            column = text.find(statements[1][0].strip(), second_at)
            raise InputError(
                f"{found.group().strip()} is read by the second step after '{first_line}' changed "
                f"{language.said(vector, parts[0])}: Octave and NumPy run the lines in order, so it reads the new "
                f"{language.said(vector, parts[0])}, and the two lines are not one step of the gradient at the "
                "parameters before it", source=text, label="ANSWER",
                column=(column if column >= 0 else second_at) + after + found.start(),
                hint=f"compute the gradient first (grad = …), then step {vector} = {vector} - alpha * grad")
    rate = steps[0][0]
    pieces = dict(zip(parts, (g for _, g in steps)))
    renamed = None
    matrices = {found.group(1) for g in pieces.values() for found in re.finditer(
        r"(?<![\w.])([A-Za-z_]\w*)\s*[(\[]\s*:\s*,", g)}
    if len(matrices) == 1 and (matrix := next(iter(matrices))) != "X" and matrix not in ("theta", "w", "beta") \
            and not re.search(r"(?<![\w.])X(?!\w)", text):
        renamed = matrix
        word = re.compile(rf"(?<![\w.]){re.escape(matrix)}(?!\w)")
        pieces = {part: word.sub("X", g) for part, g in pieces.items()}
    name = "grad"
    if re.search(rf"(?<![\w.]){name}(?!\w)", text):
        return None
    said = {part: f"{language.said(name, part)} = {pieces[part]};" for part in ("first", "rest")}
    inner_text = f"{said['first']}\n{said['rest']}"
    try:
        assembled = assemble(inner_text, inner_text.split("\n"))
    except InputError as error:
        said_error = error.message if renamed is None else re.sub(r"(?<![\w.])X(?!\w)", renamed, error.message)
        raise InputError(f"read as one step of gradient descent in two parts (each line's part of the gradient, what "
                         f"{rate} multiplies, read as {language.said(name, 'first')} and "
                         f"{language.said(name, 'rest')}): {said_error}", source=text, label="ANSWER",
                         column=max(text.find(statements[0][0].strip()), 0), hint=error.hint) from None
    if assembled is None:
        return None
    gradient, note = assembled
    if renamed is not None:
        gradient = re.sub(r"(?<![\w.])X(?!\w)", renamed, gradient)
        note += f"; {renamed}, whose columns the parts take, put as X to join them and back after"
    step = f"{vector} = {vector} - {rate} * ({gradient})"
    first, rest = (_short(statements[parts.index(each)][0].strip()) for each in ("first", "rest"))
    return step, (f"read as code: '{first}' and '{rest}' step {language.said(vector, 'first')} and "
                  f"{language.said(vector, 'rest')} apart, by {rate} times each part's own entries of the gradient; "
                  f"each right side is computed before it is assigned, and the second line reads only "
                  f"{language.said(vector, parts[1])}, which the first left as it was, so both read {vector} before "
                  f"the step: together the one step {_short(step, 120)}; " + note.replace("grad(1) and grad(2:end)",
                                                                                           "their parts"))


def assemble(text: str, lines: list[str]) -> tuple[str, str] | None:
    """The whole gradient that the statements of ``lines`` (``text`` without its comments) assemble, and its note;
    None where the lines are not one name written in parts (left to the other readings), an InputError where they
    are and cannot be read."""
    lines, looped = _rest_loop(lines)
    # Octave's .+ and .- are + and - (an entry-by-entry sum is the sum): read as such before the terms are split
    dotted = [re.sub(r"\.(?=[-+])(?!\.)", "", line) if re.search(r"(?<!\.)\.[-+]", line) else line for line in lines]
    if dotted != lines:
        lines = dotted
        looped = "; ".join(filter(None, [looped, "read as Octave: .+ and .- add and subtract entry by entry, as + and "
                                                 "- do"]))
    statements = _statements(lines)
    stepped = _stepped_parts(text, statements)
    if stepped is not None:
        return stepped
    statements, helper = _helper_between(statements)
    if helper is not None:
        looped = "; ".join(filter(None, [looped, helper]))
    shown = None
    if len(statements) > 2 and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", statements[-1][0]):
        last = _WRITE.match(statements[-2][0])
        if last is not None and last.group("name") == statements[-1][0].strip():
            # grad alone on the last line, after the lines that write it: the value they leave (Octave prints it)
            shown = statements.pop()[0].strip()
    stacked = None
    if len(statements) > 2 and (last_line := re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*(\1)\s*\(\s*:\s*\)\s*(?:;\s*)?",
                                                          statements[-1][0])) is not None:
        last = _WRITE.match(statements[-2][0])
        if last is not None and last.group("name") == last_line.group(1):
            # grad = grad(:); after the lines that write grad's parts: Octave's (:) stacks the entries into a
            # column, the same entries in the same order (the ex2 labs' own last line): the vector they leave
            stacked = statements.pop()[0].strip()
    if len(statements) < 2:
        return None
    writes = [_WRITE.match(statement) for statement, _ in statements]
    if any(write is None or not _value(write) for write in writes):
        return None
    matched = [write for write in writes if write is not None]
    name = matched[-1].group("name")
    if any(write.group("name") != name for write in matched) or not any(
            write.group("paren") is not None or write.group("square") is not None for write in matched):
        return None
    language = _language(matched, text)
    reading = _Reading(text, name, language)
    parts: dict[str, tuple[str, str] | None] = {"first": None, "rest": None}  # the value and the line that wrote it
    said: dict[str, str] = {}  # the line that last wrote each part with a value of its own (not the zeros)
    zero_first_read: list[str] = []  # whole writes whose [0; theta(2:end)] was read as theta in the rest
    shared = _Shared(reading, name)
    for (statement, offset), write in zip(statements, matched):
        at = text.find(statement.strip(), offset) if text.find(statement.strip(), offset) >= 0 else offset
        index = write.group("paren") if write.group("paren") is not None else write.group("square")
        part, row = ("whole", False) if index is None else _part(language, index, name)
        if row:
            reading.row_rest = statement.strip()
            _refuse_unproven_row(reading, matched, statements, write, at)
        shared.step(write, part, statement, at)
        if part is None:
            reading.fail(f"{name}'s index {index.strip()} is not read: only the intercept's entry and the entries "
                         f"after it ({language.said(name, 'first')}, {language.said(name, 'rest')}) are",
                         at + write.start("paren" if write.group("paren") is not None else "square"),
                         hint=f"write the gradient in the two parts {language.said(name, 'first')} and "
                              f"{language.said(name, 'rest')}, or whole in one line")
        value = _value(write)
        if part == "whole" and _ZEROS.fullmatch(value.strip()):
            parts = {"first": ("0", statement.strip()), "rest": ("0", statement.strip())}
            said = {}
            continue
        if write.group("op") in ("+=", "-="):
            value = f"{language.said(name, part) if part != 'whole' else name} {write.group('op')[0]} ({value})"
        value_at = at + write.start("value")
        # a line that reads the vector builds on the part it writes, written before it
        # an index holding one bracket of its own (grad(:, 2:length(grad))) read whole, as _WRITE reads it
        reads = list(re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)\s*(?:\((?P<o>[^()]*(?:\([^()]*\)[^()]*)*)\)|"
                                 rf"\[(?P<s>[^\[\]]*)\])?", value))
        for found in reversed(reads):
            index_read = found.group("o") if found.group("o") is not None else found.group("s")
            read, read_row = ("whole", False) if index_read is None else _part(language, index_read, name)
            if read_row and not row:
                # grad(2:end) = grad(:, 2:end) + …: of a column grad(:, 2:end) is n×0, of a row the line then puts
                # a row where grad(2:end) … only a line that writes grad(:, 2:…) itself shows the row (audit32g)
                reading.fail(f"{found.group().strip()} is read by a line that writes {language.said(name, part)}: "
                             f"{name}(:, 2:…) is the entries after the first only of a 1×n row, and this line does "
                             f"not write {name}(:, 2:…) as a row's", value_at + found.start(),
                             hint=f"write {name}(2:end) on both sides (a column), or {name}(:, 2:end) on both "
                                  f"sides with a row added (a row)")
            wanted = [part] if part != "whole" else ["first", "rest"]
            known = [parts[each] for each in wanted]
            if read != part or any(each is None for each in known) or (
                    part == "whole" and known[0] != known[1]):
                reading.fail(f"{found.group().strip()} is read by the line that writes {language.said(name, part)}"
                             + (": other entries than it writes" if read != part else
                                ", before the lines above give all of those entries"),
                             value_at + found.start(),
                             hint=f"write {language.said(name, part)}'s value in full, without {name} on the right")
            before = known[0]
            assert before is not None
            value = value[:found.start()] + f"({before[0]})" + value[found.end():]
        if part != "whole":
            reading.whole_columns(_value(write), part, value_at)
            reading.named_terms(_value(write), part, value_at)
        whole = reading.whole_words(value, part, value_at)
        for each in ([part] if part != "whole" else ["first", "rest"]):
            # [0; theta(2:end)] in a whole write: its entries after the first are θ's, so the rest's value has θ
            # there (the first part keeps it as written, refused below unless a later line writes entry 1 anew)
            kept = _ZERO_FIRST.sub(lambda found: found.group("v"), whole) if part == "whole" and each == "rest" \
                else whole
            if kept != whole:
                zero_first_read.append(statement.strip())
            parts[each] = (kept, statement.strip())
            said[each] = statement.strip()
    for part, label in (("first", "the intercept's entry"), ("rest", "the entries after it")):
        if parts[part] is None or part not in said:
            other = said.get("rest" if part == "first" else "first")
            reading.fail(f"no line writes {label}, {language.said(name, part)}: the gradient the lines build is "
                         "not whole", max(text.find(other), 0) if other else len(text.rstrip()) - 1,
                         hint=f"write {language.said(name, part)} too, or the whole gradient in one line")
    first, rest = parts["first"], parts["rest"]
    assert first is not None and rest is not None
    for value, line in (first, rest):
        left = reading.sliced(value)
        if left is not None:
            end = closing(value, left.end() - 1)
            shown = value[left.start():end + 1] if end is not None else left.group()
            reading.fail(f"'{_short(line)}' keeps an index of X or of the parameters, {shown}, that is not its own "
                         "part's: which entry gets what is not read", max(text.find(line), 0),
                         hint="write each part with X(:,1)/theta(1) for the intercept's entry and X(:,2:end)/"
                              "theta(2:end) for the rest")
    vector = next((v for v in ("theta", "w", "beta") if re.search(rf"(?<![\w.]){v}(?!\w)", first[0] + rest[0])),
                  "theta")
    combined = _combined(reading, first, rest, vector)
    note = (f"read as {language.name}: {language.said(name, 'first')} and {language.said(name, 'rest')} together "
            f"are the gradient vector: entry 1, the intercept's, from '{_short(said['first'])}', the entries after "
            f"it from '{_short(said['rest'])}' (the lines run in order; a later line replaces what it writes): "
            f"{_short(combined, 140)}")
    if reading.row_rest is not None:
        note += (f"; {name}(:, 2:…) of the 1×n row {name} (the row it is, as the row added to it makes it) is "
                 f"{name}(2:end), its entries after the first")
    if shown is not None:
        note += f"; the last line, {shown}, names the vector the lines leave: the value the code ends with"
    if stacked is not None:
        note += (f"; the last line, {stacked.rstrip(';').strip()}, stacks {name}'s entries into a column, the same "
                 "entries in the same order: the value the code ends with")
    if reading.alike:
        note += "; " + "; ".join(dict.fromkeys(reading.alike))
    if zero_first_read and said["rest"] in zero_first_read:
        note += ("; [0; theta(2:end)] in the line that writes the whole has theta's entries after the first, so "
                 "the entries after the intercept's have theta there")
    if reading.flat:
        note += ("; X[:, 0] is a 1-D array, so X[:, 0] @ v (np.dot(X[:, 0], v)) is the number X[:, 0]ᵀv, entry 1 of "
                 "X.T @ v")
    return combined, note if looped is None else f"{looped}; {note}"


def _refuse_unproven_row(reading: _Reading, writes: list[re.Match[str]], statements: list[tuple[str, int]],
                         write: re.Match[str], at: int) -> None:
    """Refuse ``grad(:, 2:end) = …`` unless the lines are ``grad = V;`` then such updates of it alone, each adding
    to ``grad(:, 2:…)`` itself: then the value read is V plus rows, and V must be the row the index takes (the
    matrix reader holds V + row to a row). Beside zeros(size(theta)) (a column, whose (:, 2:end) is empty: Octave
    stops), grad(1) = … or a rest written anew, the row that makes the index the entries after the first is not
    shown by what is added."""
    first = writes[0]
    name = reading.name
    plain = first.group("paren") is None and first.group("square") is None and first.group("op") == "=" and \
        not _ZEROS.fullmatch(_value(first).strip()) and \
        not re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", _value(first))
    updates = all(
        each.group("paren") is not None and _part(reading.language, each.group("paren"), name)[1]
        and each.group("op") in ("=", "+=", "-=") and (each.group("op") != "=" or re.match(
            rf"\s*{re.escape(name)}\s*\(\s*:\s*,", _value(each)) is not None)
        for each in writes[1:] if each is not None)
    if plain and updates:
        return
    reading.fail(f"{name}(:, 2:…) is the entries after the first only of a 1×n row: it is read where the lines are "
                 f"{name} = V; then {name}(:, 2:…) = {name}(:, 2:…) + a row, which show V a row; here they do not",
                 at + write.start("paren"),
                 hint=f"write {name}(2:end) for the entries after the first (of a row or a column alike)")


class _Shared:
    """The array a line such as ``grad_reg = grad`` shares with another (NumPy, Julia): Python's and Julia's
    assignment names the same array and copies nothing, so a later change in place of the name (``grad_reg +=
    …``, ``grad_reg[1:] = …``) changes the other too, and the other's entries read after it (``grad_reg[0] =
    grad[0]``) are the changed ones, not its --let's value, which the reading puts in. Such a read is refused
    (grad_reg = grad, grad_reg += lam/m*theta, grad_reg[0] = grad[0] was judged equivalent to a gradient whose
    intercept is unpenalised, where NumPy leaves it penalised). Octave and R copy on assignment: left alone."""

    def __init__(self, reading: _Reading, name: str) -> None:
        self.reading, self.name = reading, name
        self.other: str | None = None  # the array the name shares now
        self.made: dict[str, str] = {}  # each array the name has shared, and the line that made it so
        self.changed: dict[str, dict[str, str]] = {}  # each such array's parts changed in place, and the line that did

    def step(self, write: re.Match[str], part: str | None, statement: str, at: int) -> None:
        language = self.reading.language
        if language.name not in ("NumPy", "Julia"):
            return
        value, op, index = _value(write), write.group("op"), write.group("square")
        for other, changed in self.changed.items():
            for found in re.finditer(rf"(?<![\w.]){re.escape(other)}(?!\w)\s*(?:\[(?P<s>[^\[\]]*)\])?", value):
                read = "whole" if found.group("s") is None else language.index(found.group("s"), other)
                hit = next((line for each, line in changed.items()
                            if read is None or "whole" in (read, each) or read == each), None)
                if hit is not None:
                    self.reading.fail(
                        f"{self.made[other]} copies nothing in {language.name}: {self.name} is {other}'s own array, "
                        f"so {hit} changes {other} too, and {found.group().strip()}, read after it, is the changed "
                        f"one, not {other}'s value before", at + write.start("value") + found.start(),
                        hint=f"write {self.name} = {other}.copy() for a copy, which leaves {other} as it was (or "
                             f"{self.name} = {other} + …, a new array)")
        if index is None and (op == "=" or language.name == "Julia"):
            # a new array bound to the name (Julia's += is name = name + …): shared only when the value is a name
            bare = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*", value)
            self.other = bare.group(1) if bare is not None and op == "=" and bare.group(1) != self.name else None
            if self.other is not None:
                self.made[self.other] = _short(statement)
        elif self.other is not None:
            self.changed.setdefault(self.other, {})[part or "whole"] = _short(statement)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _combined(reading: _Reading, first_part: tuple[str, str], rest_part: tuple[str, str], vector: str) -> str:
    """One value whose entry 1 is ``first``'s and whose entries 2..n are ``rest``'s (each part's value in the whole
    vector's words, and its line): the terms both share, then c·[0; θ(2:end)] for the rest's own, c·(θ − [0;
    θ(2:end)]) for the first's."""
    (first, first_line), (rest, rest_line) = first_part, rest_part
    first_terms, rest_terms = _flat_terms(first), _flat_terms(rest)
    shared: list[tuple[str, str]] = []
    left = list(rest_terms)
    own_first = []
    for sign, term in first_terms:
        match = next((k for k, (s, t) in enumerate(left) if s == sign and _same_term(t, term)), None)
        if match is None:
            own_first.append((sign, term))
        else:
            shared.append(left.pop(match))
            if _key(term) != _key(shared[-1][1]):
                reading.alike.append(_alike(term, shared[-1][1]))
    zero_first = reading.language.zero_first(vector)
    pieces = []
    for sign, term in shared:
        # c * theta' / m, written as one product (the plain reader takes theta'/m for a dot product's slip)
        product = _one_product(term, vector)
        pieces.append(f"{sign} {term}" if product is None else f"{sign} ({product[0]}) * {vector}{product[1]}")
    for sign, term in left:
        product = _one_product(term, vector)
        if product is None:
            _unshared(reading, term, "the entries after the intercept's", rest_line)
        scale, transposed = product
        if reading.row_rest is not None and transposed != "'":
            # grad(:, 2:end) is a row's entries only: a column added to them is no penalty of those entries
            reading.fail(f"'{_short(reading.row_rest)}' writes grad(:, 2:end), the entries after the first of a 1×n "
                         f"row, but adds ({_short(scale, 40)}) * {vector}(2:end), a column: the row's entries are read "
                         f"only with a row added, {vector}(2:end)'", max(reading.text.find(reading.row_rest), 0),
                         hint="write grad(2:end) = grad(2:end) + lambda/m * theta(2:end) with grad a column, or add "
                              "theta(2:end)' to a row")
        pieces.append(f"{sign} ({scale}) * ({zero_first}){transposed}")
    for sign, term in own_first:
        product = _one_product(term, vector)
        if product is None:
            _unshared(reading, term, "the intercept's entry", first_line)
        scale, transposed = product
        if reading.language.paren:
            # θ(1) is one number, a row or a column alike: the vector its term joins is the rest's, so its orientation
            transposed = "'" if reading.rows.get("rest") else ""
        pieces.append(f"{sign} ({scale}) * ({vector} - {zero_first}){transposed}")
    joined = " ".join(pieces).strip()
    return joined[2:] if joined.startswith("+ ") else "-" + joined[2:] if joined.startswith("- ") else joined


def _alike(first: str, rest: str) -> str:
    """Why the intercept's term ``first`` (in the whole vector's words) is entry 1 of the rest's ``rest``: what
    :func:`_product_key` read alike, said."""
    why = []
    if _summed_product("".join(first.split())) is not None:
        why.append("sum(v .* X(:,1)) adds v's entries times column 1 of X: X(:,1)' * v, entry 1 of X' * v")
    if re.search(r"'\s*\*\s*X(?!\w)", first):
        why.append("v' * X(:,1) is the number X(:,1)' * v, entry 1 of X' * v and of (v' * X)'")
    if re.search(r"\.[*/]", _DOTTED_SUM.sub("", first + " " + rest)):
        why.append("Octave's .* and ./ with one number on a side are the plain * and /")
    return (f"the intercept's {_short(first, 50)} (its column and entry put as the whole X and θ) is entry 1 of "
            f"{_short(rest, 50)}, the term the other entries share ({'; '.join(why) or 'the same product'})")


#: Octave's sum(… .* …): its .* is the sum's own, not a product by one number
_DOTTED_SUM = patterns.compile(r"sum\((?:[^()]|\([^()]*(?:\([^()]*\)[^()]*)*\))*\)")


def _unshared(reading: _Reading, term: str, part: str, line: str) -> NoReturn:
    column = reading.text.find(line)
    reading.fail(f"the parts differ by {_short(term, 50)} in {part} alone, which is not one number times the "
                 "parameters' entries: the two parts are not read as one vector", max(column, 0),
                 hint="write the parts so that they differ only by the penalty, c * theta(2:end) in the rest, or "
                      "write the whole gradient in one line")

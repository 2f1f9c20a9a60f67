r"""Text as it is pasted from code, web pages and image addresses, put in the notation's words.

Students paste what their source shows: Python's ``float(m)``, a Python-safe
``lambdaa`` for λ, NumPy's ``x.transpose()``, a codecogs image address whose
spaces are ``%20``, markdown's HTML ``<sub>``/``<sup>``, a bare operator
``\frac{\partial}{\partial m} =`` on an answer's left, and Octave lines that
define what logderiv already knows (``n = length(theta);``), copy-and-zero a
vector (``temp = theta; temp(1) = 0;``) or an anonymous function
(``g = inline("1 ./ (1 + exp(-z))")``). Each is rewritten here, before the
notation's readers see the text, into a spelling they already read, and each
rewrite is said in a note; a column of an error in the rewritten text is mapped
back to the text as written (:meth:`Pasted.column`).

Nothing here evaluates anything: each rule is a regular expression over the
text, and a rule that does not match exactly leaves the text alone (to be read,
or refused, as before). This module imports no sympy.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import Callable, Collection, Iterator, NoReturn, Sequence

from ..errors import InputError
from ..record import record
from . import breeze_code, conventions, gradient_pieces, haskell_code, julia_code, mathjs_code, octave_function, r_code
from . import labels_right, python_def, rust_code, tfjs_code
from . import vocabulary as vocab
from .brackets import closing, top_level
from .repeated_columns import repeated_column_sums
from .. import patterns

__all__ = ["Pasted", "rewrite", "entry_loop", "appended_entries", "rewrite_lets", "r_problem", "rust_problem", "julia_problem", "tfjs_problem", "slice_lets",
           "put_slices", "refuse_aliased_zeroing", "zeroable_copy", "zeroed_in_text", "cost_beside_gradient", "column_of_itself_last", "zeroed_in_cost_alone", "refuse_shared_reads", "zeroed_in_place", "zero_started", "refuse_zeroed_entry", "refuse_python_slips", "refuse_half_column_names",
           "refuse_flat_arrays", "columns_scores"]


@record
class Pasted:
    """A text as written (``original``), as rewritten (``text``), the edits between them and their notes."""

    original: str
    text: str
    #: (start, end) in ``original`` and (start, end) in ``text`` of each replaced span, in order
    edits: tuple[tuple[int, int, int, int], ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: an earlier pass, from ``original`` to this pass's input (None: this pass read ``original``)
    before: "Pasted | None" = None

    def column(self, column: int | None) -> int | None:
        """The column in ``original`` of ``column`` in ``text`` (a replaced span maps to its start)."""
        if column is None:
            return None
        if self.before is not None:
            return self.before.column(self.own_column(column))
        return self.own_column(column)

    def then(self, after: "Pasted") -> "Pasted":
        """This rewrite followed by ``after`` (a pass over this one's ``text``), as one."""
        if after.text == after.original:
            return self
        if self.text == self.original:  # nothing rewritten yet: after as it is, with its own earlier passes
            return Pasted(self.original, after.text, after.edits, after.notes, after.before)
        notes = self.notes + tuple(note for note in after.notes if note not in self.notes)
        return Pasted(self.original, after.text, after.edits, notes, self)

    def own_column(self, column: int) -> int:
        """The column in this pass's input of ``column`` in ``text``."""
        shift = 0
        for start, end, new_start, new_end in self.edits:
            if column < new_start:
                break
            if column < new_end:
                return start
            shift = end - new_end
        return column + shift


_LAMBDA = patterns.compile(r"(?<![\w\\])(" + "|".join(sorted(vocab.LAMBDA_SPELLINGS, key=len, reverse=True))
                           + r")(?![\w(])")
#: a word command's opening brace right before the end of what is searched: ``\text{``, ``\mathrm {``
_WRAPPED_WORD = patterns.compile(r"\\(?:text|textrm|textit|mathrm|mathit|mbox|operatorname)\s*\{\s*\Z")
#: the word command's closing brace, after the spaces inside it: ``\text{lam }`` as ``\text{lam}``
_WORD_CLOSED = patterns.compile(r"\s*\}")
#: lm, a short name of λ (Fortran's ridgetrain(X,y,beta,lm,…), R's lm.ridge(lambda=…)), only where it weighs the
#: parameters' own product (0.5*lm*beta.T*beta): elsewhere lm is as likely a linear model
_LM_PENALTY = patterns.compile(r"(?<![\w\\.])lm(?=\s*\*\s*(?P<p>beta|theta|w)(?:\.T|'|\^T)\s*\*\s*(?P=p)(?![\w(]))")
_LAMBDA_ITSELF = patterns.compile(r"(?<![\w])(\\?lambda)(?![\w])|λ")
#: lambda2, code's name of the L2 penalty's strength (Rust's ridge crates, elastic-net code; uozp's l2_lambda, also
#: lambda_l2, l2_lam), where no lambda1 (the L1 penalty's, l1_lambda) is written beside it: then it is the one
#: strength λ
_LAMBDA_TWO = patterns.compile(r"(?<![\w\\])(?:lambda2|lambda_?l2|l2_?lambda|l2_?lam|lam_?l2)(?![\w(])")
_LAMBDA_ONE = patterns.compile(r"(?<![\w\\])(?:lambda_?1|lambda_?l1|l1_?lambda|l1_?lam|lam_?l1)(?![\w(])")
_FLOAT = patterns.compile(r"(?<![\w.])float\(\s*([A-Za-z]\w*)\s*\)")
#: Python's float( around any value (float(NAME) is read by _FLOAT): its '(' is kept, its word dropped
#: (not of a count, float(len(y)), float(X.shape[0]), nor of a name: those a count's --let and _FLOAT read as they are)
_FLOAT_CALL = patterns.compile(r"(?<![\w.])float(?=\()(?!\(\s*(?:len|length|size|numel|nrow|ncol)\s*\()"
                               r"(?!\(\s*[A-Za-z]\w*(?:\.(?:shape\s*\[\s*\d\s*\]|size))?\s*\))")
#: Eigen's (C++) .array() and .matrix() after a value: the same values viewed for entry-by-entry or matrix operations
_EIGEN_VIEW = patterns.compile(r"(?<=[\w)\]])\.(?:array|matrix)\(\s*\)")
#: plain notes that brace a superscript without being LaTeX (no backslash): y^{i} is y^(i), example i
_BRACED_EXAMPLE = patterns.compile(r"(?<=[A-Za-z0-9)])\^\{\s*\(?\s*i\s*\)?\s*\}")
#: h(x)^(i) (after the braces are read): the model at example i, h(x^(i)); only a one-letter function of bare x
_CALL_OF_EXAMPLE = patterns.compile(r"(?<![\w.])([a-z])\(\s*x\s*\)\^(?:\{\s*\(?\s*i\s*\)?\s*\}|\(\s*i\s*\))")
#: the limits of a sum written in words inside brackets: sum (from i = 1 to m) (…), Σ_{i=1}^{m}
_BRACKETED_WORDED_SUM = patterns.compile(r"(?<![\w.])(?i:sum)\s*\(\s*from\s+(?:i\s*=\s*1\s+to\s+m|j\s*=\s*1\s+to\s+n)\s*\)")
#: the limits of a plain-text sum inside brackets, without 'from': Σ(i=1 to n), sum(i = 1..m), ∑(j=1…n); the
#: index one of i, j, k, l, the bounds 1 and one count letter (m or n), which the rewritten Σᵢ₌₁ⁿ leaves the
#: parser to check against the index (Σᵢ₌₁ⁿ is refused: i runs over the m examples)
_BRACKETED_SUM_RANGE = patterns.compile(
    r"(?<![\w.])(?:[Σ∑]|(?i:sum))\s*\(\s*(?P<index>[ijkl])\s*=\s*1\s*(?:\bto\b|\.\.\.?|…)\s*(?P<count>[mn])\s*\)")
#: a sum over the examples in plain text: sum_i, Σᵢ, Σ_i, sum (from i = 1 to m), Σ(i=1 to m)
_SUM_OVER_EXAMPLES = patterns.compile(
    r"(?i:sum)_i(?![\w])|[Σ∑]\s*(?:_\s*)?[iᵢ](?![\w])|(?i:sum)\s*\(\s*from\s+i\s*=|(?:[Σ∑]|(?i:sum))\s*\(\s*i\s*=")


def _bracketed_sum_range(match: re.Match[str]) -> tuple[str, str]:
    index, count = match.group("index"), match.group("count")
    subscripts = {"i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ"}
    return f"Σ{subscripts[index]}₌₁{'ᵐ' if count == 'm' else 'ⁿ'}", (
        f"read as plain text: '{match.group(0)}' is the sum Σ_{{{index}=1}}^{{{count}}} of what follows")


def _call_of_example(match: re.Match[str]) -> tuple[str, str]:
    written = re.sub(r"\s+", "", match.group(0))
    return f"{match.group(1)}(x^(i))", (
        f"read as plain text: {written} is {match.group(1)}(x^(i)), the model at example i")


def _braced_example(match: re.Match[str]) -> tuple[str, str]:
    return "^(i)", ("read as plain text: ^{i} (braces, no LaTeX) is the example index ^(i), example i, "
                    "not a power")


def _bracketed_worded_sum(match: re.Match[str]) -> tuple[str, str]:
    examples = re.search(r"from\s+i", match.group(0)) is not None
    return ("sum_i" if examples else "sum_j"), (
        f"'{match.group(0)}' is the sum {'Σ_{i=1}^{m}' if examples else 'Σ_{j=1}^{n}'} of what follows")


#: Octave's pinv of a positive count (pinv(2*m), pinv(m)): the pseudo-inverse of a nonzero number is 1 over it
_PINV_OF_COUNT = patterns.compile(r"(?<![\w.])pinv\(\s*((?:[1-9]\d*\s*\*\s*)?m(?:\s*\*\s*[1-9]\d*)?|[1-9]\d*)\s*\)")
#: NumPy's np.transpose([y]): [y] is the 1×m array that holds the 1-D labels, its transpose the m×1 column y
_TRANSPOSED_LIST = patterns.compile(r"(?<![\w.])(?:np\.|numpy\.)transpose\(\s*\[\s*(y)\s*\]\s*\)")
#: pandas' y.values (the column's NumPy array) and its .flatten() / .ravel() (that array 1-D): y itself, as logderiv
#: reads y; only after the labels y or (1 - y) (of a matrix, flatten would change what the array is)
_PANDAS_VALUES = patterns.compile(r"(?<![\w.])(y|\(\s*1\s*-\s*y\s*\))\.values(?:\.(?:flatten|ravel)\(\s*\))?(?![\w.(\[])")
#: w.TX (a forum post's wᵀX, DLAI's Z = w.TX + b): NumPy's .T of the weights glued to the data X or x, the space
#: lost; an array has no attribute TX
_GLUED_TRANSPOSE = patterns.compile(r"(?<![\w.])(?P<vector>w|W|theta|beta)\.T(?P<data>[Xx])(?![\w(\[])")
#: Octave's row [0 v'] (or [0, v']): 0 beside a transposed column, one row; v holds no bracket, ';', ',' or quote
_ZERO_BESIDE_ROW = patterns.compile(r"\[\s*0\s*(?:,\s*|\s+)(?P<body>[^\[\];,'\n]+?)'\s*\]")
_TRANSPOSE_METHOD = patterns.compile(r"(?<![\w.])([A-Za-z]\w*)\.transpose\(\)")
#: NumPy's y @ v with the labels y on the left, untransposed (neuromatch's y @ np.log(rate)), or its method y.dot(v)
#: (rasbt's -y.dot(np.log(output))): y is read as y.T
_LABELS_MATMUL = patterns.compile(r"(?<![\w.])(y|\(\s*1\s*-\s*y\s*\))(?=\s*@(?!=)|\.dot\()")
#: what makes a text matrix form for the plain reader's '@' (plain._check_matrix_product): X, or a transpose; not X's
#: size alone (rasbt's / X.shape[0], a count)
_MATRIX_TEXT = patterns.compile(r"(?<![\w.])X(?!\w|\.shape\b)|\.T(?!\w)|\btranspose\b|'")
LABELS_MATMUL_NOTE = ("read as NumPy: {written}{product} runs with the labels 1-D (an m×1 column would raise "
                      "against a vector of the examples), and a 1-D array's {operator} is its transpose's: {written}ᵀv")
_URL_ESCAPE = patterns.compile(r"%([0-9A-Fa-f]{2})")
_HTML_SCRIPT = patterns.compile(r"<(sub|sup)>([^<>]*)</\1>")
#: Unicode and HTML entities in a line of HTML scripts, as LaTeX (the line is read as LaTeX once <sub> is _{…})
_HTML_LATEX = {
    "Σ": "\\sum ", "∑": "\\sum ", "&Sigma;": "\\sum ", "²": "^{2}", "³": "^{3}", "ŷ": "\\hat{y}",
    "θ": "\\theta ", "&theta;": "\\theta ", "λ": "\\lambda ", "&lambda;": "\\lambda ", "σ": "\\sigma ",
    "&sigma;": "\\sigma ", "α": "\\alpha ", "&alpha;": "\\alpha ", "−": "-", "&minus;": "-", "·": "\\cdot ",
    "&middot;": "\\cdot ", "&sdot;": "\\cdot ",
}
_HTML_UNICODE = patterns.compile("|".join(re.escape(key) for key in sorted(_HTML_LATEX, key=len, reverse=True)))
_BARE_OPERATOR = patterns.compile(
    r"^(\s*)(\\[dt]?frac\{\s*\\partial\s*\}\{\s*\\partial\s*([^{}=]+?)\s*\}|\\[dt]?frac\{\s*d\s*\}\{\s*d\s*([^{}=]+?)\s*\})(\s*=)"
)

#: d\textbf{L} on a derivative's top, the bold of text mode (\mathbf{L} is already read)
_BOLD_TEXT_AFTER_D = patterns.compile(r"(\\frac\{\s*(?:d|\\partial)\s*)\\textbf\{")

Rule = Callable[[re.Match[str]], "tuple[str, str] | None"]


def _labels_right(match: re.Match[str], defined: Collection[str]) -> tuple[str, str] | None:
    """``np.log(h) @ -y``: the vector's inner product with the labels, its left operand transposed (noted).

    A bare name on the left only where a --let defines it (g = sigmoid(X @ theta)): x @ y of undefined names is
    left to be refused as '@' in a text without X. A capital name (Xt = X.T, A) is a matrix by the notation's
    convention, whose A @ y is no Aᵀy: left as before (read through its --let)."""
    if not labels_right.is_left_operand(match):
        return None  # y @ (1 - y): the labels on both sides, the other rule's
    if re.fullmatch(r"[A-Za-z_]\w*", match.group("left")) and (match.group("left") not in defined
                                                              or not match.group("left")[0].islower()):
        return None
    left, labels = match.group("left"), re.sub(r"\s+", "", match.group("labels"))
    return (f"{match.group('space')}{left}.T{match.group('at')}{match.group('labels')}",
            labels_right.LABELS_RIGHT_NOTE.format(written=re.sub(r"\s+", " ", match.group(0).strip()), left=left,
                                                  labels=labels))


def _float_call(match: re.Match[str]) -> tuple[str, str]:
    return "", ("read as Python: float(…) of a value is the value (a conversion to a floating-point number, of a "
                 "number or a one-entry array, changes no value)")


def _eigen_view(match: re.Match[str]) -> tuple[str, str]:
    view = match.group(0).strip()
    return "", (f"read as Eigen (C++): {view} views the same values (as an array for entry-by-entry operations, "
                "or as a matrix): the value itself")


def _float(match: re.Match[str]) -> tuple[str, str]:
    name = match.group(1)
    return f"({name})", f"read as Python: float({name}) is {name} (a conversion to a floating-point number changes no value)"


def _zero_beside_row(match: re.Match[str]) -> tuple[str, str] | None:
    """Octave's ``[0 (lambda/m)*theta(2:end)']``: 0 beside the transposed column v, the row [0; v]' (noted).

    Only where v's brackets are whole, so that the quote transposes the last of v's factors: for a number c times
    θ(2:end), as [0; v] is read, c·θ(2:end)ᵀ is (c·θ(2:end))ᵀ; any other v is refused there as before.
    """
    body = match.group("body").strip()
    if not body or body.count("(") != body.count(")") or not body.endswith(")") and not body[-1].isalnum():
        return None
    if _separate_elements(body):
        return None  # [0 + v'] (0 plus the row) or [0 c v'] (three elements): not 0 beside one row
    return f"[0; {body}]'", (f"read as Octave: {' '.join(match.group(0).split())} puts 0 beside the transposed "
                             f"column, one row: [0; {body}]', the column transposed")


def _separate_elements(body: str) -> bool:
    """Whether Octave's brackets would split ``body`` (what follows ``[0 ``) into elements, or join it to the 0.

    Inside brackets a space between two operands separates elements (``[0 lambda/m theta(2:end)']`` is three), as
    does one before a sign that sticks to what follows (``[0 a -b']``), and ``[0 + v']`` with spaces around the sign
    is 0 + v', one element: a row of n − 1 entries either way, no gradient's (audit24d).
    """
    if re.match(r"[+\-*/^.]", body) and not re.match(r"[+\-]\S", body):
        return True  # [0 + v'], [0 * v']: an operator between the 0 and the rest
    depth = 0
    for at, char in enumerate(body):
        depth += (char == "(") - (char == ")")
        if depth or not char.isspace() or at == 0 or body[at - 1].isspace():
            continue
        before, after = body[at - 1], body[at:].lstrip()
        operand_end = before.isalnum() or before in "_)'"
        if operand_end and (after[:1].isalnum() or after[:1] in "_(" or re.match(r"[+\-]\S", after)):
            return True
    return False


def _transpose(match: re.Match[str]) -> tuple[str, str]:
    name = match.group(1)
    if _STAR_AFTER.match(match.string, match.end()) and not _NP_MATRIX.search(match.string):
        # X.transpose() * v: NumPy's '*' of arrays multiplies entry by entry, np.matrix's is the matrix product, and
        # the text does not say which (audit56: read as transpose(X) * v, Octave's matrix product, it was judged
        # 'equivalent'): written X.T, the reader of NumPy's '*' refuses it, naming np.matrix
        return f"{name}.T", f"read as NumPy: {name}.transpose() is the transpose {name}ᵀ, as {name}.T is"
    return f"transpose({name})", f"read as NumPy: {name}.transpose() is the transpose {name}ᵀ, as {name}.T is"


#: a product written with '*' right after a method call (X.transpose() * v), not a power '**'
_STAR_AFTER = patterns.compile(r"\s*\*(?!\*)")
#: what says a text's '*' is the matrix product: np.matrix's np.mat(…), mat(…), np.matrix(…), and Eigen's (C++)
#: .array(), .rows(), .cols(), Eigen:: (Eigen's X.transpose() * v is its matrix product)
_NP_MATRIX = patterns.compile(r"(?<![\w])(?:(?:np|numpy)\.)?(?:mat|matrix|asmatrix)\(|\.(?:array|rows|cols)\(\)|Eigen::")


def _html(match: re.Match[str]) -> tuple[str, str]:
    mark = "_" if match.group(1) == "sub" else "^"
    return mark + "{" + match.group(2) + "}", (
        "read as HTML: <sub>…</sub> is a subscript (_) and <sup>…</sup> a superscript (^), as markdown shows them"
    )




def _arguments(text: str, opener: int, closer: int) -> list[tuple[int, int]]:
    """The (start, end) of each top-level argument between the brackets at ``opener`` and ``closer``."""
    parts, depth, start = [], 0, opener + 1
    for position in range(opener + 1, closer):
        char = text[position]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append((start, position))
            start = position + 1
    parts.append((start, closer))
    return parts


_DIVIDE = patterns.compile(r"(?<![\w.])(?:np|numpy)\.(?:divide|true_divide)\(")
_AXIS_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy)\.(sum|mean)\(")
#: what shows a matrix inside np.sum(…, axis=0) (its axis 0 would then leave a row, not a number)
_MATRIX_MARKS = patterns.compile(r"(?<![\w.])X(?![\w])|\.T\b|@|dot\(|'|transpose")


def _divides(text: str) -> list[tuple[int, int, str, str]]:
    """``np.divide(a, b)`` → ``((a) / (b))``, noted."""
    found = []
    for match in _DIVIDE.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        parts = _arguments(text, match.end() - 1, closer)
        if len(parts) != 2 or not all(text[a:b].strip() for a, b in parts):
            continue
        (a, b), (c, d) = parts
        found.append((match.start(), closer + 1, f"(({text[a:b].strip()}) / ({text[c:d].strip()}))",
                      "read as NumPy: np.divide(a, b) is a / b"))
    return found


#: a capital name in code is an array whose layout the text alone does not tell: DeepLearning.AI's Y, A, AL
#: are 1×m rows, whose axis 0 leaves the (m,) row, not the mean over the examples; so np.mean(…, axis=0)
#: of one is left to the matrix reading, which knows the layout (and refuses axis 0 of a row)
_ARRAY_NAMES = patterns.compile(r"(?<![\w.])[A-Z][A-Za-z0-9_]*(?![\w(])")


#: the parameters' transpose times the data, wᵀX (w.T @ x, np.dot(w.T, X), theta' * X): one example per column
_PARAMETERS_T_DATA = patterns.compile(r"(?<![\w.])(?:w|theta)(?:\.T|')\s*[@*]\s*[Xx](?!\w)"
                                      r"|np\.dot\(\s*(?:w|theta)\.T\s*,\s*[Xx]\s*\)")


def columns_problem(texts: Sequence[str | None]) -> bool:
    """Whether some text multiplies the data by the parameters' transpose (wᵀX): the data may be n×m, and a value a
    --let defines from it a 1×m row."""
    return any(isinstance(text, str) and _PARAMETERS_T_DATA.search(text) for text in texts)


def _axis_zero(text: str, defined: Collection[str] = ()) -> list[tuple[int, int, str, str]]:
    """In a cost, ``np.sum(v, axis=0)`` of a vector over the examples → ``np.sum(v)``, noted.

    Axis 0 of a 1-D array (or an m×1 column) runs over its only axis, the examples: the
    sum itself. Of a matrix it would leave a row, which no cost is, so a body that shows
    a matrix (X, a transpose, a product of arrays) is left alone, to be refused; so is a
    body with a name in ``defined``, the --let s' names where one writes wᵀX (``a = torch.sigmoid(z)``,
    ``z = w.T @ x + b``): that --let may make it a 1×m row, whose axis 0 is not the examples' (audit48).
    """
    found = []
    for match in _AXIS_CALL.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        parts = _arguments(text, match.end() - 1, closer)
        if len(parts) != 2 or not re.fullmatch(r"\s*axis\s*=\s*0\s*", text[parts[1][0]:parts[1][1]]):
            continue
        body = text[parts[0][0]:parts[0][1]]
        if _MATRIX_MARKS.search(body) or "axis" in body or _ARRAY_NAMES.search(body):
            continue
        if set(re.findall(r"(?<![\w.])[A-Za-z_]\w*", body)) & set(defined):
            continue
        found.append((parts[0][1], closer, "", (
            f"read as NumPy: np.{match.group(1)}(v, axis=0) of a vector over the examples is np.{match.group(1)}(v): "
            "axis 0 is its only axis")))
    return found


def _apply(text: str, rules: Sequence[tuple[re.Pattern[str], Rule]],
           extra: Sequence[tuple[int, int, str, str]] = ()) -> Pasted:
    """Rewrite the non-overlapping matches of ``rules`` (first rule first), keeping the edits and notes.

    ``extra`` are edits found otherwise (a call's brackets matched), applied first.
    """
    found: list[tuple[int, int, str, str]] = []
    for start, end, replacement, note in extra:
        if not any(start < other_end and other_start < end for other_start, other_end, _, _ in found):
            found.append((start, end, replacement, note))
    for pattern, rule in rules:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end, _, _ in found):
                continue
            result = rule(match)
            if result is not None:
                found.append((match.start(), match.end(), *result))
    if not found:
        return Pasted(text, text)
    found.sort()
    pieces, edits, notes, last, length = [], [], [], 0, 0
    for start, end, replacement, note in found:
        pieces.append(text[last:start])
        length += start - last
        edits.append((start, end, length, length + len(replacement)))
        pieces.append(replacement)
        length += len(replacement)
        last = end
        if note and note not in notes:
            notes.append(note)
    pieces.append(text[last:])
    return Pasted(text, "".join(pieces), tuple(edits), tuple(notes))


#: NumPy's sum and mean, as a function (np.sum(v, axis=None)) or a method (v.mean(axis=None))
_REDUCTION = patterns.compile(r"(?:(?<![\w.])(?:np|numpy)\.|\.)(?:sum|mean)\(")
_AXIS_NONE = patterns.compile(r"\s*axis\s*=\s*None\s*")


def _axis_none(text: str) -> list[tuple[int, int, str, str]]:
    """``loss.mean(axis=None)``, ``np.sum(v, axis=None)`` → without the argument, noted: None is NumPy's default
    axis of sum and mean, every entry (of anything else, np.sort or np.concatenate, it is not the default: left)."""
    found = []
    for match in _REDUCTION.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        parts = _arguments(text, match.end() - 1, closer)
        keyword = next((part for part in parts if _AXIS_NONE.fullmatch(text[part[0]:part[1]])), None)
        if keyword is None:
            continue
        # the argument with the comma before it (or after it, when it comes first)
        start, end = keyword
        if keyword is not parts[0]:
            start = text.rindex(",", 0, start)
        elif len(parts) > 1:
            end = parts[1][0]
        found.append((start, end, "", f"read as NumPy: axis=None in {text[match.start():closer + 1].strip()} is "
                                      "the default (every entry), as without it"))
    return found


#: NumPy's and PyTorch's calls that make a vector a column: np.expand_dims(v, 1), torch.unsqueeze(v, -1)
_COLUMN_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy|torch)\.(?:expand_dims|unsqueeze)\(")
#: the axis argument that makes the new axis the last of a vector's two: 1, -1, axis=1, dim=-1
_LAST_AXIS = patterns.compile(r"\s*(?:(?:axis|dim)\s*=\s*)?-?1\s*")


def _expand_dims(text: str) -> list[tuple[int, int, str, str]]:
    """``np.expand_dims(v, 1) * x`` → ``(v) * x``, noted: the vector made a column, as ``v.reshape(-1, 1)`` is.

    A new last axis makes a vector of m entries an m×1 column, the same entries, so the call goes as a
    reshape does (entries compared one by one; a column times the m×n data scales row i by vᵢ). Axis 0 makes a
    1×m row, which would broadcast otherwise: it, the data matrix itself (X, x: a third axis) and any other
    argument are left to be refused as before.
    """
    found = []
    for match in _COLUMN_CALL.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        parts = _arguments(text, match.end() - 1, closer)
        if len(parts) != 2 or not _LAST_AXIS.fullmatch(text[parts[1][0]:parts[1][1]]):
            continue
        if re.fullmatch(r"\s*[xX]\w*\s*", text[parts[0][0]:parts[0][1]]):
            continue  # the data matrix given a third axis is no column: left to be refused
        spelled = " ".join(text[match.start():closer + 1].split())
        note = (f"read as NumPy: {spelled} makes the vector an m×1 column, the same entries (as v.reshape(-1, 1) "
                "does), compared one by one")
        found.append((match.start(), parts[0][0], "(", note))
        # beside X's '*' the column says what v[:, None] says, that the code's arrays of the examples are 1-D: kept
        # as that (audit24h), so that a vector beside X left 1-D is refused as it is beside a [:, None]
        beside = _times_beside(text, match.start(), closer + 1) and _beside_data(text, match.start(), closer + 1)
        if not beside:
            # dropped as idle only where every term of its sum is a column, as v.reshape(-1, 1) is (audit26a:
            # sigmoid(X @ theta) - np.expand_dims(y, 1), an m×m matrix with theta 1-D, was judged equivalent)
            refuse_half_column(text, match.start(), closer + 1)
        found.append((parts[0][1], closer + 1, ")[:, None]" if beside else ")", ""))
    return found


#: NumPy's methods read as their function forms: v.sum(…), v.mean(…); and those that only reshape an array
_METHOD = patterns.compile(r"\.(sum|mean|reshape|flatten|ravel|squeeze)\(")
#: the arguments a method form is read with: none, or axis=0 / axis=1 and keepdims (sum, mean); -1, 1 (reshape)
_METHOD_AXIS = patterns.compile(
    r"\s*(?:axis\s*=\s*[01]\s*(?:,\s*keepdims\s*=\s*(?:True|False)\s*)?|keepdims\s*=\s*(?:True|False)\s*)"
)
_RESHAPE_COLUMN = patterns.compile(r"\s*\(?\s*-1\s*(?:,\s*1\s*)?,?\s*\)?\s*")
#: a sum's or a mean's axis as PyTorch and NumPy's positional form write it: v.sum(0, keepdim=True), v.sum(dim=0),
#: v.mean(1), v.sum(0, keepdims=True) (the first argument of both libraries' methods is the axis: NumPy's
#: ndarray.sum(axis=None, …, keepdims), PyTorch's Tensor.sum(dim=None, keepdim))
_TORCH_AXIS = patterns.compile(
    r"\s*(?:dim\s*=\s*)?(?P<axis>[01])\s*(?:,\s*(?P<keep>keepdims?)\s*=\s*(?P<value>True|False)\s*)?"
    r"|\s*(?P<only>keepdim)\s*=\s*(?P<alone>True|False)\s*"
)


def _numpy_axis(inside: str, function: bool = False) -> tuple[str, str] | None:
    """``0, keepdim=True`` → (``axis=0, keepdims=True``, what was read), for the arguments of a sum or a mean; or None.

    Only where the arguments are not NumPy's keywords already: those are read as they are.
    """
    if _METHOD_AXIS.fullmatch(inside):
        return None
    match = _TORCH_AXIS.fullmatch(inside)
    if match is None:
        return None
    if match.group("only"):
        return f"keepdims={match.group('alone')}", "PyTorch's keepdim is NumPy's keepdims"
    keep = f", keepdims={match.group('value')}" if match.group("keep") else ""
    said = ("PyTorch's dim is NumPy's axis" if re.match(r"\s*dim\s*=", inside)
            else "the argument after the array is the axis (NumPy's and PyTorch's functions alike)" if function
            else "the first argument is the axis (NumPy's and PyTorch's methods alike)")
    if match.group("keep") == "keepdim":
        said += ", and PyTorch's keepdim is NumPy's keepdims"
    return f"axis={match.group('axis')}{keep}", said


#: reshape to the data's row count, ``.reshape((tx.shape[0],))``: the m values of the examples, as a 1-D array
_RESHAPE_ROWS = patterns.compile(r"\s*\(?\s*(?P<data>[A-Za-z_]\w*)\s*\.\s*shape\s*\[\s*0\s*\]\s*,?\s*\)?\s*")


def _data_times_vector(receiver: str, data: str) -> bool:
    """Whether ``receiver`` is the data matrix ``data`` times one name (tx.dot(w), tx @ w, np.dot(tx, w)): m values."""
    name = re.escape(data)
    return re.fullmatch(rf"\(?\s*(?:{name}\s*\.\s*dot\(\s*\w+\s*\)|{name}\s*@\s*\w+|np\.dot\(\s*{name}\s*,\s*\w+\s*\))"
                        r"\s*\)?", receiver) is not None


def _receiver(text: str, dot: int) -> int | None:
    """The start of the Python operand that ends at ``dot`` (``pointwise_loss``, ``np.exp(z)``, ``(X @ w)``), or None."""
    position = dot
    while position > 0:
        char = text[position - 1]
        if char in ")]":
            depth = 0
            while position > 0:
                position -= 1
                if text[position] in ")]":
                    depth += 1
                elif text[position] in "([":
                    depth -= 1
                    if depth == 0:
                        break
            if depth != 0:
                return None
        elif char.isalnum() or char in "_.":
            position -= 1
        else:
            break
    start = position
    if start == dot or not (text[start].isalpha() or text[start] in "_(["):
        return None  # nothing before the '.', or a number (2.sum() is no method call)
    return start


#: an index right after a reshape's call: (…).flatten()[0], .ravel() [-1]
_INDEX_AFTER = patterns.compile(r"\s*(?P<index>\[\s*\[?\s*-?\s*\d+\s*\]?\s*\])")


#: text that ends with a transpose times (X.T *, np.transpose(X) * (, X.transpose() *): NumPy's X.T * y reading
_AFTER_TRANSPOSE_TIMES = patterns.compile(r"(?:\.T|transpose\s*\((?:[^()]|\([^()]*\))*\))\s*\*[\s(]*$")


def _method(text: str) -> Pasted | None:
    """The first NumPy method call of ``text`` put in its function's words (one rewrite), or None.

    ``v.sum(axis=0)`` is ``np.sum(v, axis=0)`` and ``v.mean()`` is ``np.mean(v)`` (the
    receiver is the operand just before the '.', as Python binds it: ``a * b.sum()`` sums
    b); ``v.reshape(-1, 1)``, ``.flatten()``, ``.ravel()``, ``.squeeze()`` only reshape v,
    whose entries are compared one by one: they are dropped. A sum's or a mean's axis written
    positionally or in PyTorch's words (``v.sum(0, keepdim=True)``, ``v.sum(dim=0)``) is first put
    in NumPy's keywords (:func:`_numpy_axis`), noted. Other arguments leave the text alone (to be
    refused as before).
    """
    for match in _METHOD.finditer(text):
        closer = closing(text, match.end() - 1)
        start = _receiver(text, match.start())
        if closer is None or start is None:
            continue
        method, inside = match.group(1), text[match.end():closer]
        receiver = text[start:match.start()]
        axis = _numpy_axis(inside) if method in ("sum", "mean") else None
        if axis is not None:
            # v.sum(0, keepdim=True) (PyTorch), v.sum(0) (NumPy too): the axis in NumPy's keywords, read below
            written = f".{method}({inside.strip()})"
            return _apply(text, [], [(match.end(), closer, axis[0], (
                f"read as NumPy: {written} is .{method}({axis[0]}): {axis[1]}"))])
        if method in ("sum", "mean") and (not inside.strip() or _METHOD_AXIS.fullmatch(inside)):
            edits = [(start, start, f"np.{method}(", "")]
            if inside.strip():
                edits.append((match.start(), match.end(), ", ", ""))
            else:
                edits.append((match.start(), closer + 1, ")", ""))
            # the receiver as a reader wrote it: a respelling's padding (y_hat → ŷ, columns kept) not shown
            receiver = re.sub(r"(?<=\S) {2,}(?=\S)", " ", receiver)
            spelled = f"{receiver}.{method}({inside.strip()})"
            call = f"np.{method}({receiver}{', ' + inside.strip() if inside.strip() else ''})"
            edits[-1] = (*edits[-1][:3], f"read as NumPy: {spelled} is {call}, the method as its function")
            return _apply(text, [], edits)
        rows = _RESHAPE_ROWS.fullmatch(inside) if method == "reshape" else None
        shaped = method == "reshape" and _RESHAPE_COLUMN.fullmatch(inside) or (
            method != "reshape" and method not in ("sum", "mean") and not inside.strip()) or (
            # tx.dot(w).reshape((tx.shape[0],)) (EPFL's logistic helpers): the data times a vector has the m
            # entries tx.shape[0] counts, so the shape asked for is its own as a 1-D array; of anything else, whose
            # entries may not number m, NumPy would stop, and it is left alone (refused as before)
            rows is not None and _data_times_vector(receiver, rows.group("data")))
        if shaped and method == "reshape" and re.search(r",\s*1\s*\)?\s*$", inside) \
                and _AFTER_TRANSPOSE_TIMES.search(text[:start]):
            # X.T * y.reshape(-1, 1): NumPy's X.T * y is read as column i of Xᵀ times yᵢ for a 1-D y (matrix_cost's
            # scaled_columns); made an m×1 column, y would not broadcast against the n×m Xᵀ, so the reshape is not
            # idle here: dropped, the line was read as the 1-D one's (audit59)
            raise InputError(
                f"'{receiver}.reshape({inside.strip()})' after X.T * makes {receiver} a column, which NumPy does not "
                "broadcast against the n×m Xᵀ (X.T * y is column i of Xᵀ times yᵢ only with y 1-D): not read",
                source=text, column=match.start(),
                hint="write the value of each example: y * np.dot(X, w)")
        index = _INDEX_AFTER.match(text, closer + 1) if shaped else None
        if index is not None:
            # (…).flatten()[0] is entry 0 of the flat array, whatever the shape was: the reshape is not idle before an
            # index, and the index is refused as an index after a call is (plain.py), its caret on the '['
            at = index.start("index")
            raise InputError(
                f"'{text[at:index.end()]}' after a bracket or a call looks like an index, which takes a row or an "
                "entry depending on the arrays' shapes: not read",
                source=text, column=at,
                hint="write the quantity without the index (dot(w, x) - y, not (dot(w, x) - y)[0]); for a product "
                "write * before the bracket")
        if shaped and method == "reshape" and re.search(r",\s*1\s*\)?\s*$", inside) \
                and _times_beside(text, start, closer + 1) and _beside_data(text, start, closer + 1):
            # X * y.reshape(-1, 1) * p (audit24h): made a column where '*' broadcasts it against X, the reshape says
            # what v[:, None] says, that the code's arrays of the examples are 1-D: read as v[:, None] (the matrix
            # reader then refuses a vector beside X that this code leaves 1-D), not dropped as idle
            spelled = f".reshape({inside.strip()})"
            return _apply(text, [], [(match.start(), closer + 1, "[:, None]", (
                f"read as NumPy: {spelled} makes the 1-D vector before it an m×1 column, as v[:, None] does"))])
        if shaped and method in ("flatten", "ravel") and receiver in ("X", "x") and not inside.strip() \
                and _times_beside(text, start, closer + 1) and _only_flattened(text):
            # X.flatten() * w (a one-feature model, PedroGuth's predict): the flat array times a number by NumPy's
            # entrywise '*' has one entry per example only where X is one column, the one feature: read as x, the
            # example's one feature (its scalar weight), not the matrix X, whose '*' would be another product
            spelled = f"{receiver}.{method}()"
            return _apply(text, [], [(start, closer + 1, "x", (
                f"read as NumPy: {spelled} times a value by '*' (entry by entry) has one entry per example only where "
                f"{receiver} is one column: the one feature x, one number per example"))])
        if shaped:
            spelled = f".{method}({inside.strip()})"
            return _apply(text, [], [(match.start(), closer + 1, "", (
                f"read as NumPy: {spelled} only reshapes the array before it: its entries are the same, "
                "and are compared one by one"))])
    return None


def _only_flattened(text: str) -> bool:
    """Whether the data X (or x) stands in ``text`` only as ``X.flatten()`` / ``X.ravel()`` (a definition's head
    ``predict(X, w, b) =`` aside), and no one feature x is written beside it."""
    body = re.sub(r"^\s*[A-Za-z_]\w*\s*\([^()]*\)\s*=(?!=)", "", text)
    data = list(re.finditer(r"(?<![\w.])[Xx](?!\w)", body))
    return bool(data) and all(re.match(r"\.(?:flatten|ravel)\(\s*\)", body[found.end():]) for found in data) \
        and len({found.group() for found in data}) == 1


def _times_beside(text: str, start: int, end: int) -> bool:
    """Whether the operand ``text[start:end]`` is multiplied by NumPy's entrywise '*' (not '**'), or divides with '/'."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return (before.endswith("*") and not before.endswith("**") or before.endswith("/")
            or after.startswith("*") and not after.startswith("**"))


#: a column-form reshape, v.reshape(-1, 1), v.reshape((-1, 1)), or v[:, None], ending a term of a sum
_COLUMN_END = patterns.compile(r"(?:\.reshape\(\s*\(?\s*-1\s*,\s*1\s*,?\s*\)?\s*\)|\[\s*:\s*,\s*(?:(?:np|numpy)\.newaxis|None)\s*\])\s*$")
#: a term that is a number: 1, 0.5, 1.
_NUMBER_TERM = patterns.compile(r"\d+\.?\d*|\.\d+")


def _group(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the innermost bracket (or the text, or a call's argument) around ``text[start:end]``."""
    depth, left = 0, start
    while left > 0:
        char = text[left - 1]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth == 0:
                break
            depth -= 1
        elif char == "," and depth == 0:
            break
        left -= 1
    depth, right = 0, end
    while right < len(text):
        char = text[right]
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth == 0:
                break
            depth -= 1
        elif char == "," and depth == 0:
            break
        right += 1
    return left, right


def _terms(text: str) -> list[str]:
    """The terms of a sum at the top level of ``text`` (a sign after an operator or at the start is the term's own)."""
    terms, depth, last, previous = [], 0, 0, ""
    for position, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char in "+-" and depth == 0 and previous and previous not in "+-*/@=(," \
                and not re.search(r"(?<![\w.])\d+\.?\d*[eE]\s*$", text[:position]):
            terms.append(text[last:position])
            last = position + 1
        if not char.isspace():
            previous = char
    terms.append(text[last:])
    return [term.strip() for term in terms]


def _refuse_half_columns(text: str) -> None:
    """``X @ w - y.reshape(-1, 1)``, ``X @ w.reshape(-1, 1) - y`` (audit24h): a reshape to a column beside a term left
    as it is.

    ``.reshape(-1, 1)`` is dropped as idle where the shapes agree, but NumPy adds or subtracts an m×1 column and a
    1-D array of m entries into an m×m matrix: ``X @ w - y.reshape(-1, 1)`` is the m-vector of residuals only with w
    an n×1 column, and the text does not say which w is (as ``X @ w - y[:, None]`` is refused). A sum whose every
    term is made a column (or is a number) is read as before. ``np.expand_dims(v, 1)`` makes the column as the
    reshape does (audit26d: ``np.mean(M, axis=0) + np.expand_dims(lam * w, 1)`` is an n×n array).
    """
    for match in _METHOD.finditer(text):
        closer = closing(text, match.end() - 1)
        if match.group(1) != "reshape" or closer is None \
                or _COLUMN_END.search(text[match.start():closer + 1]) is None:
            continue
        refuse_half_column(text, match.start(), closer + 1)


#: the calls a column goes through as a column, entry by entry (a bare bracket too): sigmoid(X @ w.reshape(-1, 1))
_ENTRYWISE_CALL = patterns.compile(
    r"(?:(?:(?:np|numpy|torch)\.)?(?:exp|log|log1p|tanh|sqrt|square|sigmoid|expit)|sigmoid|expit|g)?\s*$")
#: a matrix product written as a call, whose value is a column when an argument is: np.dot(X, w.reshape(-1, 1))
_PRODUCT_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy|torch)\.(?:dot|matmul|mm)\(\s*$")


def _product_call_around(text: str, left: int) -> tuple[int, int] | None:
    """The bounds of the product call (``np.dot(…)``) whose argument list holds ``text[left:]``'s first argument
    after a comma or its bracket, from its name to after its ``)``; None when the call is another one."""
    depth = 0
    for position in range(left - 1, -1, -1):
        char = text[position]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth:
                depth -= 1
                continue
            call = _PRODUCT_CALL.search(text, 0, position + 1) if char == "(" else None
            closer = closing(text, position) if call is not None else None
            return None if call is None or closer is None else (call.start(), closer + 1)
    return None


def _sum_around(text: str, start: int, end: int) -> tuple[str, list[str]] | None:
    """The term of a sum that the operand ``text[start:end]`` stands in, widened as a column goes on, and the sum's
    terms; None when it stands in no sum.

    A column goes on through a bracket or an entrywise function around its term (``sigmoid(X @
    theta.reshape(-1, 1)) - y``: audit26a, where it was dropped as idle inside the call, and the m×m matrix NumPy
    makes of it with y 1-D judged equivalent to the residuals), and through a matrix product written as a call
    (``np.dot(X, theta.reshape(-1, 1)) - y`` is an m×1 column as ``X.dot(…)`` is: hunt30, where the comma ended
    the walk and the m×m matrix was judged equivalent).
    """
    operand = text[start:end]
    left, right = _group(text, start, end)
    terms = _terms(text[left:right])
    while len(terms) < 2 and 0 < left and right < len(text):
        if text[left - 1] == "(" and text[right] == ")":
            call = _ENTRYWISE_CALL.search(text, 0, left - 1)
            if call is None:
                return None
            begin = call.start()
            while begin < left - 1 and text[begin].isspace():
                begin += 1
            operand = text[begin:right + 1]
            left, right = _group(text, begin, right + 1)
        elif "," in (text[left - 1], text[right]):
            product = _product_call_around(text, left)
            if product is None:
                return None
            operand = text[product[0]:product[1]]
            left, right = _group(text, *product)
        else:
            return None
        terms = _terms(text[left:right])
    return (operand, terms) if len(terms) >= 2 else None


#: a product of X with the parameters, whose value has one entry per example (X @ theta, X.dot(w), np.dot(X, w))
_EXAMPLES_PRODUCT = patterns.compile(r"(?<![\w.])X\s*(?:@\s*|\.dot\(\s*)[A-Za-z_]\w*|(?:np\.)?dot\(\s*X\s*,\s*[A-Za-z_]\w*")
#: what has one entry per feature: X.T's products, the parameters, a gradient's name
_PER_FEATURE = patterns.compile(r"(?<![\w.])X\s*\.T\b|(?<![\w.])(?:theta|w|beta|weights|grad\w*|dw|dtheta)(?![\w(\[])")


def _half_column_size(operand: str, beside: str) -> tuple[str, str]:
    """The length of the vectors a half-reshaped sum adds, and what its entries are: n and the gradient's entries
    where the terms are the parameters' size (theta.reshape(-1, 1) beside X.T @ (h - y) / m), m and the examples'
    values otherwise (the columns the half-column refusals were written for)."""
    written = operand + " " + beside
    # X.T @ (h - y): one entry per feature whatever its bracket holds, which is read no further
    for found in reversed(list(re.finditer(r"(?<![\w.])X\s*\.T\s*(?:@\s*|\.dot\(\s*)(?=\()|"
                                           r"(?:np\.)?(?:dot|matmul)\(\s*X\s*\.T\s*,\s*(?=\()", written))):
        end = closing(written, found.end())
        if end is not None:
            written = written[:found.start()] + " X.T " + written[end + 1:]
    written = re.sub(r"(?:np\.)?matmul\(\s*X\s*,\s*[A-Za-z_]\w*", " ", _EXAMPLES_PRODUCT.sub(" ", written))
    if _PER_FEATURE.search(written) and not re.search(r"(?<![\w.])(?:X|y|Y|h|A|p|yhat|y_hat|y_pred)(?![\w(\[])",
                                                      written.replace("X.T", "")):
        return "n", "the n entries of the vector (one per feature)"
    return "m", "the m values of the examples"


def refuse_half_column(text: str, start: int, end: int) -> None:
    """Refuse the column made at ``text[start:end]`` (``.reshape(-1, 1)``, ``np.expand_dims(v, 1)``) when a term
    beside it in a sum is not made one (:func:`_refuse_half_columns`), the term widened by :func:`_sum_around`.
    """
    spelled = text[start:end]
    found = _sum_around(text, start, end)
    if found is None:
        return
    operand, terms = found
    loose = [term for term in terms if not (_NUMBER_TERM.fullmatch(term) or _column_term(term)
                                            or _COLUMN_CALL.match(term) or operand.strip() in term)]
    if loose:
        size, values = _half_column_size(operand, loose[0])
        raise InputError(
            f"'{spelled}' makes an {size}×1 column of a term beside '{loose[0]}' in a sum, "
            f"which is not made one: NumPy adds a column and a 1-D array of {size} entries into an {size}×{size} "
            f"matrix, so the sum is {values} only if every term is a column, and the text does not say that "
            f"'{loose[0]}' is", source=text, column=start,
            hint="reshape every term of the sum alike (or none of them): (a.reshape(-1, 1) - b.reshape(-1, 1))")


#: NumPy's methods that make an array 1-D, shape (m,): v.flatten(), v.ravel(), v.squeeze(), v.reshape(-1)
_FLAT_METHOD = patterns.compile(r"\.(?:flatten|ravel|squeeze)\(\s*\)|\.reshape\(\s*\(?\s*-1\s*,?\s*\)?\s*\)")
#: an entrywise function's name ending where its bracket opens (a 1-D array stays 1-D through it)
_ENTRYWISE_NAME = patterns.compile(
    r"(?<![\w.])(?:(?:(?:np|numpy|torch)\.)?(?:exp|log|log1p|tanh|sqrt|square|sigmoid|expit)|sigmoid|expit|g)\s*$")


#: NumPy's (PyTorch's) functions that make an array 1-D: np.ravel(v), np.squeeze(v), torch.flatten(v)
_FLAT_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy|torch)\.(?:ravel|squeeze|flatten)\(")


#: the scores written with the examples in X's columns (DeepLearning.AI's layout, X n×m): w.T @ X, np.dot(w.T, X)
_COLUMNS_SCORES = patterns.compile(r"\.T\s*@\s*X\b|dot\(\s*[A-Za-z_]\w*\.T\s*,\s*X\b|\.T\.dot\(\s*X\b")


def columns_scores(texts: Sequence[str | None]) -> bool:
    """Whether a text writes the scores as wᵀX (``w.T @ X``, ``np.dot(w.T, X)``): X n×m, one example per column,
    where a 1-D vector of the examples broadcasts down X's columns, each example's own (read so)."""
    return any(isinstance(text, str) and _COLUMNS_SCORES.search(text) for text in texts)


def refuse_flat_arrays(texts: Sequence[tuple[str | None, str]], lets: Sequence[str | None]) -> None:
    """Refuse an array made 1-D, written so (:func:`_refuse_flat_columns`) or named so by a --let
    (:func:`refuse_flat_names`), multiplied by the m×n X with '*' (hunt30). Not where the texts write the scores
    as wᵀX: X is n×m there, and NumPy's 1-D vector of the examples scales each example's column, as it should."""
    if columns_scores([text for text, _ in texts]):
        return
    for text, label in texts:
        if isinstance(text, str) and not any(char in text for char in "\\{}$"):
            _refuse_flat_columns(text, label)
    refuse_flat_names(texts, lets)


def _refuse_flat_columns(text: str, label: str | None = None) -> None:
    """``(h - y).flatten() * X``, ``np.sum(X * (X @ w - y).ravel(), axis=0)``, ``np.ravel(h - y) * X`` (hunt30): an
    array made 1-D by its own method or NumPy's function, multiplied by the m×n X with '*'
    (:func:`refuse_flat_times_data`)."""
    for match in _FLAT_METHOD.finditer(text):
        start = _receiver(text, match.start())
        if start is not None:
            refuse_flat_times_data(text, start, match.end(), f"'{text[start:match.end()]}' is 1-D", label)
    for match in _FLAT_CALL.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is not None:
            refuse_flat_times_data(text, match.start(), closer + 1, f"'{text[match.start():closer + 1]}' is 1-D",
                                   label)


def refuse_flat_names(texts: Sequence[tuple[str | None, str]], lets: Sequence[str | None]) -> None:
    """Refuse a name a --let makes 1-D (``h = sigmoid(X @ theta).flatten()``, ``e = np.ravel(X @ w - y)``) multiplied
    by the m×n X with '*' in a text, as :func:`_refuse_flat_columns` refuses the method written there (hunt30: the
    let's method was dropped as idle and ``np.sum((h - y) * X, axis=0)`` judged equivalent)."""
    for let, found in _assignments(lets):
        value = found.group("value")
        method = _FLAT_METHOD.search(value)
        call = _FLAT_CALL.match(value)
        whole = method is not None and method.end() == len(value) and _receiver(value, method.start()) == 0 or \
            call is not None and closing(value, call.end() - 1) == len(value) - 1
        if not whole:
            continue
        name = found.group("name")
        for text, label in texts:
            if not isinstance(text, str) or text is let or any(char in text for char in "\\{}$"):
                continue
            for use in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w(\[.])", text):
                refuse_flat_times_data(text, use.start(), use.end(),
                                       f"'{name}' is 1-D ({' '.join(let.split()).rstrip(';')})", label)


def _beside_bare_data(text: str, start: int, end: int) -> bool:
    """Whether the data matrix X itself (not X.T) is an operand at the level of ``text[start:end]``."""
    left, right = _group(text, start, end)
    return any(operand.strip() == vocab.DATA_MATRIX for operand in re.split(r"[*/+\-@]", text[left:right])
               if "(" not in operand and "[" not in operand)


def refuse_flat_times_data(text: str, start: int, end: int, why: str, label: str | None = None) -> None:
    """Refuse the array made 1-D at ``text[start:end]`` where it, or the term it stands in, is multiplied by the
    m×n data matrix X with '*' (hunt30).

    NumPy broadcasts a 1-D vector of m entries along the rows of an m×n X: column j times its entry j, raising
    unless m = n, never row i times entry i. The method was dropped as idle (it "only reshapes") and the product
    read as the matrix form's column times X, a false "equivalent" of code that stops. The 1-D array goes on
    through a bracket, an entrywise function, a sum beside it (beside a column the sum is m×m, which broadcasts no
    better) and X times it (``X @ theta`` of a 1-D theta is 1-D); a reduction, X.T or any other call stops it, and
    ``X.T * v`` of a 1-D v (column i of Xᵀ times vᵢ) is read as before.
    """
    made, spelled = start, text[start:end]
    for _ in range(12):
        if _times_beside(text, start, end) and _beside_bare_data(text, start, end):
            term = "" if text[start:end] == spelled else f", so '{text[start:end].strip()}' is a 1-D array of m entries"
            raise InputError(
                f"{why}{term}, and '*' multiplies it by the m×n X: NumPy "
                "broadcasts a 1-D vector of m entries along the rows of X, multiplying column j by its entry j (and "
                "raises unless m = n), not row i by its entry i", source=text, column=made, label=label,
                hint="to scale row i of X by entry i make the vector a column, v[:, None] (or write X.T @ v for "
                     "the sum over the examples)")
        left, right = _group(text, start, end)
        group = text[left:right]
        if re.search(r"\.T\b|transpose|(?<![\w.])(?:np\.)?(?:sum|mean)\(", group):
            return  # Xᵀ of it, or a reduction: no longer the m-vector
        if not (0 < left and right < len(text) and text[left - 1] == "(" and text[right] == ")"):
            return
        before = text[:left - 1]
        if before.rstrip() and (before.rstrip()[-1].isalnum() or before.rstrip()[-1] in "_."):
            name = _ENTRYWISE_NAME.search(before)
            if name is None:
                return  # a call of another kind: np.mean(v), len(v)
            start = name.start()
        else:
            start = left - 1
        end = right + 1


#: a --let whose whole value is made a column: Y = y.reshape(-1, 1), h = sigmoid(X @ w)[:, None], np.expand_dims(v, 1)
_COLUMN_LET = patterns.to_end(r"\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+)")


def _assignments(lets: Sequence[str | None]) -> Iterator[tuple[str, re.Match[str]]]:
    """Each --let of one name and its whole value (``h = sigmoid(X @ theta).flatten()``), with its match."""
    for let in lets:
        if isinstance(let, str) and (found := _COLUMN_LET.fullmatch(let)) is not None:
            yield let, found


def _column_let_names(lets: Sequence[str | None]) -> dict[str, str]:
    """The names --let s make m×1 columns of (their whole value reshaped so), each with its let's text."""
    named: dict[str, str] = {}
    for let, found in _assignments(lets):
        value = found.group("value")
        call = _COLUMN_CALL.match(value)
        whole_call = call is not None and closing(value, call.end() - 1) == len(value) - 1 and re.search(
            r",\s*(?:(?:axis|dim)\s*=\s*)?-?1\s*\)$", value) is not None
        if _COLUMN_END.search(value) is not None and _group(value, len(value), len(value)) == (0, len(value)) \
                or whole_call:
            named[found.group("name")] = " ".join(let.split())
    return named


def refuse_half_column_names(texts: Sequence[tuple[str | None, str]], lets: Sequence[str | None]) -> None:
    """Refuse a name a --let makes a column (``Y = y.reshape(-1, 1)``) standing in a sum beside a term not made one.

    As :func:`refuse_half_column` refuses ``sigmoid(X @ theta) - y.reshape(-1, 1)`` in one text, its reshape in
    another text's --let is the same column (audit26a: the reshape was dropped as idle in the let, and
    ``X.T @ (sigmoid(X @ theta) - Y) / m`` judged equivalent, the m×m matrix NumPy makes with theta 1-D).
    """
    named = _column_let_names(lets)
    if not named:
        return
    for text, label in texts:
        if not isinstance(text, str) or text in named.values() or any(char in text for char in "\\{}$"):
            continue
        for name, let in named.items():
            word = rf"(?<![\w.]){re.escape(name)}(?![\w(\[.])"
            for use in re.finditer(word, text):
                # widened as an inline reshape is: theta = theta.reshape(-1, 1) makes sigmoid(X @ theta) a column
                found = _sum_around(text, use.start(), use.end())
                if found is None:
                    continue
                terms = found[1]
                loose = [term for term in terms if not (
                    _NUMBER_TERM.fullmatch(term) or _COLUMN_END.search(term) or _COLUMN_CALL.match(term)
                    or any(re.search(rf"(?<![\w.]){re.escape(column)}(?![\w(\[])", term) for column in named))]
                if loose:
                    term = next((term for term in terms if re.search(word, term)), name)
                    term = re.sub(r"^[A-Za-z_]\w*\s*=(?!=)\s*", "", term)  # the statement's left side
                    # the name a term of its own is the m×1 column; inside a term (X @ w, after w = w.reshape(-1,
                    # 1)) the term is the column the name makes, and the name itself may be n×1
                    size, values = _half_column_size(term, loose[0])
                    made = f"'{name}' is an {size}×1 column ({let})" if term == name else \
                        f"'{term}' is a column ({let} makes {name} one)"
                    raise InputError(
                        f"{made} beside '{loose[0]}' in a sum, which is not made one: NumPy adds a column and a "
                        f"1-D array of {size} entries into an {size}×{size} matrix, so the sum is {values} only "
                        f"if every term is a column, and the text does not say that '{loose[0]}' is",
                        source=text, column=use.start(), label=label,
                        hint="make every term of the sum a column alike (or none of them)")


def _column_call(text: str, start: int, closer: int) -> bool:
    """Whether the call of :data:`_COLUMN_CALL` at ``start`` (closed at ``closer``) adds the last axis:
    ``np.expand_dims(v, 1)``, a column of a vector."""
    parts = _arguments(text, text.index("(", start), closer)
    return len(parts) == 2 and _LAST_AXIS.fullmatch(text[parts[1][0]:parts[1][1]]) is not None


def _column_term(term: str) -> bool:
    """Whether a term of a sum is made a column as a whole: ``y.reshape(-1, 1)``, ``y[:, None]``,
    ``np.expand_dims(lam * w, 1)`` (a sign before it aside)."""
    if _COLUMN_END.search(term):
        return True
    call = _COLUMN_CALL.match(term.lstrip("+- "))
    body = term.lstrip("+- ")
    return call is not None and closing(body, call.end() - 1) == len(body) - 1 \
        and _column_call(body, 0, len(body) - 1)


#: NumPy's entrywise product written as a call: np.multiply(a, b)
_MULTIPLY_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy)\.multiply\(")


def _refuse_column_beside_scores(text: str) -> None:
    """``np.multiply(-y.reshape(-1, 1), b + np.dot(w.T, X.T))`` (audit26d): a column made beside the scores written
    through X.T and w.T.

    Those scores are a 1-D array of m entries (w 1-D) or a 1×m row (w a column), never a column, and NumPy's product
    of an m×1 column with either is an m×m array; the reshape, dropped as idle elsewhere, would leave the entrywise
    product of matrix_cost's reading of 1-D scores. Refused at the reshape.
    """
    for match in _MULTIPLY_CALL.finditer(text):
        closer = closing(text, match.end() - 1)
        parts = _arguments(text, match.end() - 1, closer) if closer is not None else []
        if len(parts) != 2:
            continue
        for made, other in (parts, parts[::-1]):
            written = text[made[0]:made[1]]
            if not conventions.transposed_scores(text[other[0]:other[1]]) or not (
                    _COLUMN_END.search(written) or _COLUMN_CALL.search(written)):
                continue
            column = made[0] + len(written) - len(written.lstrip())
            raise InputError(
                f"'{written.strip()}' is an m×1 column, and '{text[other[0]:other[1]].strip()}' is the examples' "
                "scores through X.T: a 1-D array of m entries (or a 1×m row), never a column, so NumPy multiplies "
                "the two into an m×m array, not one value per example", source=text, column=column,
                hint="leave the labels 1-D, as the scores are (np.multiply(-y, b + np.dot(w.T, X.T))), or write the "
                     "scores as a column: b + np.dot(X, w)")


def _beside_data(text: str, start: int, end: int) -> bool:
    """Whether the data matrix X (or X.T) is an operand at the level of ``text[start:end]``:
    ``X * y.reshape(-1, 1) * p``, not ``(X * r).mean(axis=0).reshape(-1, 1) * m`` (X is inside the bracket there)."""
    left, right = _group(text, start, end)
    group, depth, last, operands = text[left:right], 0, 0, []
    for position, char in enumerate(group):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char in "*/+-@" and depth == 0:
            operands.append(group[last:position])
            last = position + 1
    operands.append(group[last:])
    # X.T too: a column there does not broadcast against the n×m Xᵀ, which v[:, None] is refused for (audit24h)
    return any(operand.strip() in (vocab.DATA_MATRIX, f"{vocab.DATA_MATRIX}.T") for operand in operands)


def _methods(text: str) -> Pasted:
    """Every NumPy method call of ``text`` in its function's words (:func:`_method`, one at a time, chained)."""
    _refuse_half_columns(text)
    done = Pasted(text, text)
    for _ in range(8):  # a chain such as v.mean(axis=0).reshape(-1, 1) is a few calls long
        step = _method(done.text)
        if step is None:
            break
        done = done.then(step)
    return done


#: Python's sum over a comprehension: np.sum([BODY for i in range(N)]), sum(BODY for i in range(N))
_SUM_CALL = patterns.compile(r"(?<![\w.])(?:(?:np|numpy)\.)?sum\(")
#: (range(0, n) is range(n): Python's range starts at 0 unless told, so the 0 written says nothing more)
_COMPREHENSION = patterns.compile(r"^\s*(?P<body>.+?)\s+for\s+(?P<var>[A-Za-z_]\w*)\s+in\s+(?P<range>range\(\s*(?:0\s*,\s*)?"
                                  r"(?P<count>.+?)\s*\))\s*$", re.DOTALL)
#: what counts the examples in range(…): m, len(X), len(y), X.shape[0], y.shape[0], y.size
_EXAMPLE_COUNTS = patterns.compile(r"m|len\(\s*(?P<named>[A-Za-z_]\w*)\s*\)|(?:X|x|y)\.shape\[0\]|y\.size")
_DATA_NAMES = {"X", "x", "y", "Y"}
#: the TensorFlow tutorials' trX, trY (the training inputs and labels, plain.py reads them as x and y where no other
#: spelling of the data is beside them): data names of a comprehension's body as x and y are (fixcode38)
_PREFIXED_DATA = {"trX", "trY"}


def _comprehensions(text: str, *, from_zero: bool = False, weights_free: bool = False) -> list[tuple[int, int, str, str]]:
    """``np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])`` → ``sum_i((H^(i) - y^(i))**2)``, noted.

    A sum over ``range`` of the examples (m, ``len(X)``, ``len(y)``, ``X.shape[0]``, or the
    length of a name the body indexes beside y or x) is Σᵢ over the examples; in its body
    ``v[i]``, ``v[i][0]`` and ``v[i, 0]`` (entry i of a vector or of an (m, 1) column) are
    vᵢ, written ``v^(i)``. Anything else (another range, the loop variable used bare, ``X[i]``,
    another subscript) leaves the text alone, to be refused.
    """
    found = []
    for match in _SUM_CALL.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        inside = text[match.end():closer]
        stripped = inside.strip()
        if stripped.startswith("[") and closing(stripped, 0) == len(stripped) - 1:
            stripped = stripped[1:-1]
        zipped = _ZIPPED.match(stripped)
        if zipped is not None or _ZIP_LOOP.search(stripped):
            found.extend(_zipped_sum(text, match.start(), closer, zipped, from_zero=from_zero,
                                     weights_free=weights_free))
            continue
        loop = _COMPREHENSION.match(stripped)
        if loop is None:
            continue
        body, var, count = loop.group("body"), loop.group("var"), loop.group("count")
        written = f"range(0, {count})" if re.match(r"range\(\s*0\s*,", loop.group("range")) else f"range({count})"
        counted = _EXAMPLE_COUNTS.fullmatch(count)
        at = text.find(" for ", match.end(), closer) + 1
        if counted is None and _FEATURE_COUNTS.fullmatch(count):
            over = _feature_comprehension(body, var)
            if over is not None:
                spelled = text[match.start():closer + 1]
                found.append((match.start(), closer + 1, f"sum_k({over})", FEATURE_COMPREHENSION_NOTE.format(
                    spelled=_shorten(spelled), var=var, written=written)))
                continue
        if counted is None:
            _refuse_comprehension(text, at, f"{written} is not the range of the examples")
        indexed = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\[\s*" + re.escape(var) + r"\s*(?:\]\s*\[\s*0\s*\]|,\s*0\s*\]|\])")
        names = {m.group(1) for m in indexed.finditer(body)}
        named = counted.group("named")
        data = _DATA_NAMES | _PREFIXED_DATA
        # (trX, trY count the examples only where the body indexes them too: beside a body of x[i], y[i] the text's data
        # are x and y, and trX, another array (a training split of them?), says nothing of their length; audcode38)
        if not names or "X" in names or named is not None and named not in data and not (
                named in names and names & data) or named in _PREFIXED_DATA and named not in names:
            _refuse_comprehension(text, at, f"{written} does not say it runs over the examples"
                                  if names and "X" not in names else f"its body does not index a vector by {var}")
        new_body = indexed.sub(lambda m: f"{m.group(1)}^(i)", body)
        fixed = re.search(r"(?<![\w.])([A-Za-z_]\w*)\[\s*(\d+)\s*\]", new_body)
        if fixed is not None:
            # x[0] beside x[i]: one example's value (Python counts from 0), the same at every i; a homework slip
            _refuse_comprehension(text, text.find(fixed.group(0), match.end()), (
                f"{fixed.group(0)} is one example's value (entry {fixed.group(2)}, the same at every {var}), not "
                f"{fixed.group(1)}[{var}]; a fixed example is not read"))
        if re.search(r"(?<![\w.])" + re.escape(var) + r"(?!\w)", new_body.replace("^(i)", "")) or "[" in new_body:
            # the loop variable used otherwise, or another subscript: not read here
            _refuse_comprehension(text, at, f"its body uses {var} otherwise than as the index of v[{var}]")
        spelled = text[match.start():closer + 1]
        found.append((match.start(), closer + 1, f"sum_i({new_body})", (
            f"read as Python: {_shorten(spelled)} adds up its body over the examples ({var} in {written}, "
            f"0 … m−1): Σᵢ; v[{var}], v[{var}][0] (entry {var} of an (m, 1) column) are vᵢ")))
    return found


#: what counts the features in range(…): n, len(w), len(theta), X.shape[1], len(X[0]), a name saying it
#: (ChinhQuy29's num_features = len(X[0]))
_FEATURE_COUNTS = patterns.compile(r"n|len\(\s*(?:self\.)?(?:w|theta|beta|weights)\s*\)|X\.shape\[1\]|len\(\s*X\[0\]\s*\)|"
                                   r"(?:n|num|number_of)_?features|numFeatures|nFeatures")
#: a parameter vector's entry by the comprehension's variable: w[j], self.weights[j]
_PARAMETER_ENTRY = r"(?<![\w.])(?:self\.)?(?P<name>theta|w|beta|weights)\s*\[\s*{var}\s*\]"
FEATURE_COMPREHENSION_NOTE = ("read as Python: {spelled} adds up its body over the features ({var} in {written}, "
                              "every parameter's index): Σₖ, the parameters' entry [{var}] being their k-th")


def _feature_comprehension(body: str, var: str) -> str | None:
    """``self.weights[j] ** 2 * lam`` of ``for j in range(num_features)`` as ``weights_k ** 2 * lam``; else None.

    Only a body that indexes nothing but the parameter vector, and that only by the comprehension's variable (a
    penalty's Σₖ wₖ²): a data entry, another index or the variable used bare leaves it to the refusal.
    """
    entry = re.compile(_PARAMETER_ENTRY.format(var=re.escape(var)))
    new_body = entry.sub(lambda m: f"{m.group('name')}_k", body)
    if new_body == body or "[" in new_body or re.search(rf"(?<![\w.]){re.escape(var)}(?!\w)", new_body):
        return None
    return new_body


#: Python's sum over the pairs of two arrays: sum(BODY for x, y in zip(X, Y)), each name one example's entry
_ZIPPED = patterns.compile(r"^\s*(?P<body>.+?)\s+for\s+\(?\s*(?P<names>[A-Za-z_]\w*\s*,\s*[A-Za-z_]\w*)\s*\)?\s+in\s+"
                           r"zip\(\s*(?P<arrays>[A-Za-z_]\w*\s*,\s*[A-Za-z_]\w*)\s*\)\s*$", re.DOTALL)
#: any generator over a zip, to refuse where _ZIPPED does not read it: zip(X, Y[1:]), an if, three arrays
_ZIP_LOOP = patterns.compile(r"\sfor\s[^()]*\sin\s+zip\(")
#: a parameter's entry in the line's body: theta[0], W[1][0] (entry k of a (2, 1) column)
_LINE_ENTRY = patterns.compile(r"(?<![\w.])(?P<name>[A-Za-z_]\w*)\[\s*(?P<k>\d+)\s*\](?:\[\s*0\s*\])?")


def _zipped_sum(text: str, start: int, closer: int, zipped: re.Match[str] | None, *,
                from_zero: bool, weights_free: bool = False) -> list[tuple[int, int, str, str]]:
    """``sum((theta[0] + theta[1]*x - y)*x for x, y in zip(X, Y))`` → ``sum_i((theta_0 + theta_1*x^(i) - y^(i))*x^(i))``.

    The pairs of zip(X, Y) are the examples, each name the example's entry of its array: x⁽ⁱ⁾ of X (or x),
    y⁽ⁱ⁾ of Y (or y), whatever the names (``for a, b in zip(Y, X)``: a is y⁽ⁱ⁾). In the body a parameter
    written ``P[0]`` and ``P[1]`` (``W[0][0]``, ``W[1][0]`` of a (2, 1) column) beside one feature is the line
    P₀ + P₁x, NumPy counting from 0: P[1] must multiply the example's x and P[0] stand alone, and only where
    ``from_zero`` says the problem numbers its parameters from 0 too (the cost writes θ₀, or is this text): beside
    a cost whose line is θ₁ + θ₂x, P[0] would be its θ₁, and which is meant is not said. Anything else
    (another array, zip(X, Y[1:]), an ``if``, three names, a name unused, P[2], an index of the data) is refused.
    A capital W so written (``W = np.array([w0, w1]).reshape(2, 1)``, intellipaat's RSS) is the weights w where
    ``weights_free`` says no --let defines W or w and the text writes no w and no other W: a note of its own says
    so, and --wrt W_0 is read as w_0 by it.
    """
    at = text.find(" for ", start, closer) + 1
    if zipped is None:
        _refuse_comprehension(text, at, "a generator over zip(…) is read only as sum(BODY for x, y in zip(X, Y)), "
                              "with no condition and the two arrays whole")
    names = [name.strip() for name in zipped.group("names").split(",")]
    arrays = [name.strip() for name in zipped.group("arrays").split(",")]
    roles = {name: array.lower() for name, array in zip(names, arrays)}
    if any(array not in _DATA_NAMES for array in arrays) or sorted(roles.values()) != ["x", "y"] \
            or len(set(names)) != 2:
        _refuse_comprehension(text, at + 4, f"zip({', '.join(arrays)}) does not pair the inputs x with the targets y")
    body = zipped.group("body")
    word = re.compile(r"(?<![\w.])(" + "|".join(re.escape(name) for name in names) + r")(?![\w\[(])")
    if {m.group(1) for m in word.finditer(body)} != set(names) or re.search(
            r"(?<![\w.])(?:X|Y)(?!\w)", word.sub("", body)):
        _refuse_comprehension(text, at, "its body does not use each of the pair's names, or uses the arrays whole")
    body = word.sub(lambda m: f"{roles[m.group(1)]}^(i)", body)
    notes = [f"read as Python: {_shorten(text[start:closer + 1])} adds up its body over the pairs of "
             f"zip({', '.join(arrays)}), the examples: Σᵢ, " + ", ".join(
                 f"{name} the example's {roles[name]}⁽ⁱ⁾" for name in names)]
    entries = {(m.group("name"), m.group("k")) for m in _LINE_ENTRY.finditer(body)}
    capital = False
    if entries:
        parameters = {name for name, _ in entries}
        parameter = parameters.pop() if len(parameters) == 1 else ""
        entry = rf"{re.escape(parameter)}\[\s*{{k}}\s*\](?:\[\s*0\s*\])?"
        slope = rf"{entry.format(k=1)}\s*\*\s*x\^\(i\)(?![\w^])|x\^\(i\)\s*\*\s*{entry.format(k=1)}"
        alone = rf"(?:^|[-+(]\s*){entry.format(k=0)}\s*(?=[-+)]|$)"
        if parameters or {k for _, k in entries} != {"0", "1"} or not re.search(slope, body) or not re.search(
                alone, body) or re.search(rf"(?<![\w.]){re.escape(parameter)}(?![\w\[])", body):
            _refuse_comprehension(text, text.find("[", start), (
                "its body indexes an array otherwise than as the line P[0] + P[1]*x (the intercept and the slope "
                "of one feature)"))
        if not from_zero:
            _refuse_comprehension(text, text.find("[", start), (
                f"{parameter}[0] is the intercept as NumPy counts, from 0, but the cost writes no {parameter}₀: "
                f"whether {parameter}[0] is its first parameter or a {parameter}₀ of its own is not said"))
        # code's W = np.array([w0, w1]).reshape(2, 1): a capital W written only so, beside no w, is the weights w
        # (their letter, in which --wrt W_0 is then read: conventions.capital_wrt), as a W written only as the
        # weights elsewhere is (conventions.CAPITAL_W_NOTES)
        capital = parameter == "W" and weights_free and not re.search(r"(?<![\w.])w(?!\w)", text) \
            and not re.search(r"(?<![\w.])W(?![\w\[])", text)
        body = _LINE_ENTRY.sub(lambda m: f"{'w' if capital else m.group('name')}_{m.group('k')}", body)
        notes.append(f"read as Python: {parameter}[0] and {parameter}[1] in the line {parameter}[0] + "
                     f"{parameter}[1]*x are its intercept {parameter}₀ and slope {parameter}₁ (NumPy counts from 0)")

    if "[" in body:
        _refuse_comprehension(text, text.find("[", start), "its body indexes an array otherwise than by the pair")
    edits = [(start, closer + 1, f"sum_i({body})", "; ".join(notes))]
    if entries and capital:
        # a note of its own (an edit that changes nothing after the sum), which --wrt W_0 is read by
        edits.append((closer + 1, closer + 1, "", conventions.CAPITAL_W_LINE_NOTE))
    return edits


def _refuse_comprehension(text: str, column: int, why: str) -> NoReturn:
    raise InputError(
        f"a comprehension is read only as a sum over the examples: {why}", source=text, column=column,
        hint="write it as for i in range(m) (or len(X), len(y)) with v[i] in its body, or write sum_i(...)",
    )


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


#: Octave's row of ones times a vector: ones(1, m) * v (and NumPy's np.ones((1, m)) @ v), the sum of v's entries
_ONES_ROW = patterns.compile(r"(?<![\w.])(?:(?:np|numpy)\.)?ones\(\s*\(?\s*1\s*,\s*m\s*\)?\s*\)\s*(?:\*|@)\s*")


def _operand_after(text: str, start: int) -> int | None:
    """The end of the operand that starts at ``start``: a name, a call ``log(…)``, a bracket; None for anything else."""
    position = start
    while position < len(text) and (text[position].isalnum() or text[position] in "_."):
        position += 1
    if position < len(text) and text[position] == "(":
        closer = closing(text, position)
        if closer is None:
            return None
        position = closer + 1
    after = text[position:].lstrip()
    if position == start or after.startswith(("'", "^", "[", ".", "**")):
        return None  # a transpose, a power (.^, **) or an index after it would bind to it first: not read here
    return position


#: Octave's row of ones as long as θ times a vector: ones(1, length(theta)) * (theta .^ 2), the sum of its entries
_ONES_ROW_OF_PARAMETERS = patterns.compile(
    r"(?<![\w.])ones\(\s*1\s*,\s*(?:(?:length|numel|rows)\(\s*(?P<vector>theta|w)\s*\)|"
    r"size\(\s*(?P<sized>theta|w)\s*,\s*1\s*\))\s*\)\s*\*\s*")


#: Octave's transposed vector times a column of ones: v' * ones(m, 1), the sum of v's entries
#: (m spelled as code counts the examples too: length(y), numel(y), size(X, 1), size(y, 1), rows(X))
_ONES_COLUMN = patterns.compile(
    r"'\s*\*\s*ones\(\s*(?:m|(?:length|numel)\(\s*y\s*\)|size\(\s*[Xy]\s*,\s*1\s*\)|rows\(\s*[Xy]\s*\))\s*,\s*1\s*\)")


def _operand_before(text: str, end: int) -> int | None:
    """The start of the operand that ends at ``end``: a bracket group ``(…)`` or a name; None for anything else."""
    if end > 0 and text[end - 1] == ")":
        depth = 0
        for position in range(end - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(text[position], 0)
            if depth == 0:
                if position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_."):
                    return None  # log(v)' * ones(m, 1): a call, whose name the rewrite would have to keep
                return position
        return None
    position = end
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_"):
        position -= 1
    if position == end or not text[position].isalpha() or position > 0 and text[position - 1] in ".'":
        return None
    return position


#: the parameter vectors and the constants, which hold no example's value
_NOT_PER_EXAMPLE = frozenset({"theta", "Theta", "w", "beta", "weights", "lambda", "lam", "alpha", "m", "n"})


def _of_the_parameters_alone(operand: str) -> bool:
    """Whether ``operand`` is made of the parameter vector and constants alone: n×1, never an m×1 vector of examples."""
    names = set(re.findall(r"[A-Za-z_]\w*", operand)) - {"log", "exp", "sqrt", "tanh", "sigmoid", "abs", "sum"}
    return bool(names & {"theta", "Theta", "w", "beta", "weights"}) and names <= _NOT_PER_EXAMPLE


def _ones_rows(text: str) -> list[tuple[int, int, str, str]]:
    """``ones(1, m) * log(1 + exp(-z))`` → ``sum(log(1 + exp(-z)))``: the 1×m row of ones times v adds up v, noted.

    ``ones(1, length(theta)) * (theta .^ 2)`` likewise, the 1×n row of ones, but only of a vector made of the
    parameter vector alone (θ's length says so), never of the data.
    """
    found = []
    for match in _ONES_ROW.finditer(text):
        end = _operand_after(text, match.end())
        if end is None:
            continue
        operand = text[match.end():end]
        if _of_the_parameters_alone(operand):
            continue  # ones(1, m) * (theta.^2): a 1×m row times θ, n×1, is no sum of θ: left to refuse
        found.append((match.start(), end, f"sum({operand})", (
            f"read as code: {text[match.start():match.end()].strip()} v, the 1×m row of ones times an m×1 vector, "
            "is sum(v), the sum of its entries")))
    for match in _ONES_COLUMN.finditer(text):
        # newbetuts' J = (1/(2*m)) * ((((X * theta) - y).^2)'* ones(m,1)): vᵀ1, the m×1 column of ones, is sum(v)
        start = _operand_before(text, match.start())
        if start is None:
            continue
        operand = text[start:match.start()]
        if _of_the_parameters_alone(operand):
            continue  # (theta.^2)' * ones(m, 1): θ is n×1, the column m×1, no sum of θ's entries: left to refuse
        found.append((start, match.end(), f"sum({operand})", (
            f"read as code: v{text[match.start():match.end()].strip()}, an m×1 vector transposed times the m×1 "
            "column of ones, is sum(v), the sum of its entries")))
    for match in _ONES_ROW_OF_PARAMETERS.finditer(text):
        end = _operand_after(text, match.end())
        if end is None:
            continue
        operand = text[match.end():end]
        vector = match.group("vector") or match.group("sized")
        if set(re.findall(r"[A-Za-z_]\w*", operand)) != {vector}:
            continue  # ones(1, length(theta)) * (X * theta): not θ's length, left to the readers to refuse
        found.append((match.start(), end, f"sum({operand})", (
            f"read as code: {text[match.start():match.end()].strip()} v, the 1×n row of ones times the n×1 vector "
            f"{operand.strip()}, is sum(v), the sum of its entries")))
    return found


#: code's logarithms and exponentials with a number in their name: log1p, expm1, log2, log10 (np., math., torch.)
_NUMBERED_FUNCTION = patterns.compile(r"(?<![\w.\\])(?P<module>(?:np|numpy|math|torch)\.)?(?P<name>log1p|expm1|log2|log10)\(")
#: any function of the notation glued to a number and a bracket: exp2(v), sqrt2(v) (read only as above)
_GLUED_NUMBER = patterns.compile(r"(?<![\w\\])(?:(?:np|numpy|math|torch)\.)?(?P<name>(?P<function>log|ln|exp|sqrt|tanh|sigmoid)"
                           r"(?P<number>\d+)(?:p|m1)?)\(")
_NUMBERED = {
    "log1p": ("log(1 + (", "))", "log1p(v) is log(1 + v)"),
    "expm1": ("(exp(", ") - 1)", "expm1(v) is exp(v) - 1"),
    "log2": ("(log(", ") / log(2))", "log2(v) is the base-2 logarithm, log(v) / log(2)"),
    "log10": ("(log(", ") / log(10))", "log10(v) is the base-10 logarithm, log(v) / log(10)"),
}


#: what marks a text as Octave/MATLAB code, not plain maths: an entrywise operator, or ';' ending a statement
_OCTAVE_TEXT = patterns.compile(r"\.\*|\.\^|\./|;[ \t]*(?:$|%)", re.MULTILINE)
#: what marks it as NumPy's (np.log2 is its logarithm; a bare log2 beside it is left to the refusal)
_NUMPY_TEXT = patterns.compile(r"(?<![\w.])(?:np|numpy)\.|@|\*\*|\.T(?![\w])")


def _numbered_functions(text: str, *, code: str | None = None) -> list[tuple[int, int, str, str]]:
    """``np.log1p(v)`` → ``log(1 + (v))``, ``np.log2(v)`` → ``(log(v) / log(2))`` …, noted.

    Read literally the name would split into a function, a number and a letter (log1p(z) as log(1)·p·z).
    log1p and expm1 are code's names whatever the module; log2(v) and log10(v) without a module are
    ambiguous (the base-2 logarithm of code, or log 2 times v) and refused, unless ``code`` names the language the
    text is read as (Julia, R), whose own log2 and log10 they are.
    """
    found = []
    for match in _GLUED_NUMBER.finditer(text):
        if _NUMBERED_FUNCTION.match(text, match.start()) is None:
            raise InputError(
                f"'{match.group(0)}…)': a function's name joined to a number (code's {match.group('name')}, or "
                f"{match.group('function')}({match.group('number')}) times the bracket?)",
                source=text, column=match.start(),
                hint=f"write {match.group('function')}({match.group('number')}) * (…) for the product, "
                     "or the function's formula",
            )
    for match in _NUMBERED_FUNCTION.finditer(text):
        closer = closing(text, match.end() - 1)
        name = match.group("name")
        if closer is None:
            continue
        marked = _OCTAVE_TEXT.search(text) if code is None and not _NUMPY_TEXT.search(text) else None
        if match.group("module") is None and name in ("log2", "log10") and code is None and marked is not None:
            # Octave's and MATLAB's own log2 and log10 are the base-2 and base-10 logarithms: a text marked as Octave
            # by its entrywise operators (.*, .^, ./) or a statement's ';' says the language, as R's or Julia's does
            code = f"Octave/MATLAB (its {marked.group().strip()})"
        if match.group("module") is None and name in ("log2", "log10") and code is None:
            base = name[3:]
            raise InputError(
                f"'{name}(…)' is ambiguous: code's base-{base} logarithm, or log({base}) times the bracket",
                source=text, column=match.start(),
                hint=f"write np.{name}(v) or log(v) / log({base}) for the logarithm, log({base}) * (v) for the product",
            )
        opening, closed, meaning = _NUMBERED[name]
        spelled = (match.group("module") or "") + name
        said = f"{code}" if match.group("module") is None and code is not None else "code"
        note = f"read as {said}: {spelled}(v) is {meaning.split(' is ', 1)[1]}"
        found.append((match.start(), match.end(), opening, note))
        found.append((closer, closer + 1, closed, ""))
    return found


#: np.matrix code (Ng's course ported to Python) squares entry by entry with np.power, since np.matrix's '**' is
#: the matrix power; its X * theta.T is then the product Xθ (np.multiply's texts are the plain reader's, which
#: reads them so in _numpy_matrix_code: np.power is rewritten as ** below, before that reader would see it)
_MATRIX_POWER = patterns.compile(r"(?<![\w.])(?:np|numpy)\.power\(")
_MATRIX_STAR = patterns.compile(r"(?<![\w.])(X)\s*\*\s*(theta|w)\.T(?![\w(.\[])")
_PARAMETER_VECTOR = patterns.compile(r"(?<![\w.])(?:theta|w)(?!\w)")


def _matrix_power_code(text: str) -> bool:
    """Whether ``text`` is np.matrix code that squares with np.power, every θ in it written ``X * theta.T``.

    As for np.multiply (plain's ``_numpy_matrix_code``): only then is θ surely the 1×n row of np.matrix code;
    a bare θ beside it (``X * theta.T - y + theta``), or np.multiply too, leaves the text to the readers.
    """
    if not _MATRIX_POWER.search(text) or re.search(r"(?<![\w.])(?:np|numpy)\.multiply\(", text):
        return False
    stars = len(_MATRIX_STAR.findall(text))
    return stars > 0 and stars == len(_PARAMETER_VECTOR.findall(text))
#: NumPy's np.linalg.norm(v) (or with 2, ord=2) squared; np.power(a, b); np.average(v); PyTorch's functions
_NORM = patterns.compile(r"(?<![\w.])(?:np|numpy)\.linalg\.norm\(")
_SQUARED_AFTER = patterns.compile(r"\s*\*\*\s*2(?![\d.])")
#: Octave's and MATLAB's norm(v) (or norm(v, 2)), squared with ^2 (or .^2)
_OCTAVE_NORM = patterns.compile(r"(?<![\w.])norm\(")
_OCTAVE_SQUARED_AFTER = patterns.compile(r"\s*\.?\^\s*2(?![\d.])")
#: norm(w) not squared: its argument the parameter vector by its name (w, theta, beta), and no other power after it
#: (norm(w)^3, norm(w)**2); a --let's name is not read (sum(norm(e)) with e = w'*x_i - y_i, one example's residual,
#: means Σᵢ |eᵢ|, not the residual vector's norm √(Σᵢ eᵢ²): audnames41)
_NAME_ARGUMENT = patterns.compile(r"\s*(?:w|theta|beta|θ|β)\s*")
_POWER_AFTER = patterns.compile(r"\s*(?:\.?\^|\*\*)")
UNSQUARED_NORM_NOTE = ("read as code: norm(v) (Octave's, MATLAB's, Julia's LinearAlgebra) is the Euclidean norm ‖v‖ = "
                       "√(Σ vⱼ²) itself, not squared: its gradient is v/‖v‖ (none at v = 0); a penalty λ‖v‖² is "
                       "written norm(v)^2")
_POWER = patterns.compile(r"(?<![\w.])(?:np|numpy)\.power\(")
_AVERAGE = patterns.compile(r"(?<![\w.])(?:np|numpy)\.average\(")
_TORCH = patterns.compile(r"(?<![\w.])torch\.(sum|mean|log|exp|sqrt|tanh|square|dot|matmul|sigmoid)\(")
#: JAX's NumPy (import jax.numpy as jnp): the same functions as NumPy's, by name, so jnp.NAME( is np.NAME( — whatever
#: np.NAME( is read as (or refused as) — and jax.nn.sigmoid is the sigmoid
_JAX = patterns.compile(r"(?<![\w.])(?:jnp|jax\.numpy)\.(?=[A-Za-z_]\w*(?:\.\w+)*\s*\()"
                        r"|(?<![\w.])jax\.nn\.(?=sigmoid\s*\()")
JAX_NOTE = ("read as JAX: jax.numpy (jnp) has NumPy's functions by name: jnp.sum, jnp.mean, jnp.dot … are np.sum, "
            "np.mean, np.dot …")
#: TensorFlow's functions (tf., tf.math., tf.nn.), as NumPy's: reduce_sum is np.sum, reduce_mean np.mean, the rest by name
_TENSORFLOW = patterns.compile(r"(?<![\w.])tf\.(?:math\.|nn\.)?(reduce_sum|reduce_mean|square|log|exp|sqrt|tanh|sigmoid|"
                               r"matmul|transpose|multiply|subtract|add|divide|log1p|pow)\(")
_TENSORFLOW_AS_NUMPY = {"reduce_sum": "np.sum(", "reduce_mean": "np.mean(", "sigmoid": "sigmoid(", "pow": "np.power("}
TENSORFLOW_NOTE = ("read as TensorFlow: tf.reduce_sum, tf.reduce_mean, tf.square, tf.matmul, tf.math.log, tf.sigmoid … "
                   "are NumPy's np.sum, np.mean, np.square, np.matmul, np.log (and the sigmoid) on tensors")


#: JavaScript's (and Python's math module's) functions of a number: Math.log(v), math.exp(v), Math.pow(a, b)
_SCALAR_MATH = patterns.compile(r"(?<![\w.])(?P<module>Math|math)\.(?P<name>log|exp|sqrt|tanh|pow)\(")
SCALAR_MATH_NOTE = ("read as code: Math.log, Math.exp, Math.sqrt, Math.tanh (JavaScript's, or Python's math.) are log, "
                    "exp, √, tanh of a number, and Math.pow(a, b) is a to the power b")


def _javascript_math(text: str) -> list[tuple[int, int, str, str]]:
    """``Math.log(p)`` → ``log(p)``, ``Math.pow(a, b)`` → ``((a)**(b))``: code's module of functions of a number (noted).

    The module adds no mathematics: its functions are the notation's own (Math.pow is a power); Math.pow with
    other than two arguments is left alone, to be refused as an unknown name.
    """
    found = []
    for match in _SCALAR_MATH.finditer(text):
        name = match.group("name")
        if name != "pow":
            found.append((match.start(), match.end(), f"{name}(", SCALAR_MATH_NOTE))
            continue
        closer = closing(text, match.end() - 1)
        parts = _arguments(text, match.end() - 1, closer) if closer is not None else []
        if closer is None or len(parts) != 2:
            continue
        (a, b), (c, d) = parts
        base = text[a:b].strip()
        # math.pow(math.e, -z) (f77): a name needs no brackets, and Euler's number in brackets, (e)**(…), reads as a
        # lone e, which is refused; a name's power binds as tightly without them
        base = base if re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?", base) else f"({base})"
        found.append((match.start(), closer + 1, f"({base}**({text[c:d].strip()}))", SCALAR_MATH_NOTE))
    return found


def _wrapped(text: str, start: int, closer: int) -> tuple[int, int]:
    """Where the brackets that hold only the call ``text[start:closer + 1]`` open and close (the call's own ends if none).

    ``(np.linalg.norm(v))**2`` squares the norm as ``np.linalg.norm(v)**2`` does: the brackets hold it alone.
    """
    while True:
        before = len(text[:start].rstrip())
        after = closer + 1 + len(text[closer + 1:]) - len(text[closer + 1:].lstrip())
        if before == 0 or text[before - 1] != "(" or after >= len(text) or text[after] != ")" \
                or closing(text, before - 1) != after:
            return start, closer
        start, closer = before - 1, after


def _numpy_calls(text: str, *, octave_norm: bool = True) -> list[tuple[int, int, str, str]]:
    """``np.linalg.norm(v)**2`` → ``||v||**2`` (Octave's ``norm(v)^2`` → ``||v||^2``, unless ``octave_norm`` is
    False: a --let defines its own norm), ``np.power(a, b)`` → ``((a)**(b))``, ``np.average(v)`` →
    ``np.mean(v)``, ``torch.sum(`` and ``tf.reduce_sum(`` → ``np.sum(`` (``torch.sigmoid`` → ``sigmoid``), each noted.

    A norm not squared (a square root, no derivative at 0), a norm of another order and a weighted average are left
    alone, to be refused as before. PyTorch's ``torch.sum(v, dim=0, keepdim=True)`` takes NumPy's keywords
    (:func:`_numpy_axis`), noted.
    """
    found = []
    for match in _TENSORFLOW.finditer(text):
        name = match.group(1)
        if name == "pow":
            # tf.pow(a, b) as np.power(a, b) would be read below: a**b, entry by entry
            closer = closing(text, match.end() - 1)
            parts = _arguments(text, match.end() - 1, closer) if closer is not None else []
            if closer is None or len(parts) != 2:
                continue
            (a, b), (c, d) = parts
            found.append((match.start(), closer + 1, f"(({text[a:b].strip()})**({text[c:d].strip()}))", TENSORFLOW_NOTE))
            continue
        found.append((match.start(), match.end(), _TENSORFLOW_AS_NUMPY.get(name, f"np.{name}("), TENSORFLOW_NOTE))
    for match in _NORM.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        opened, shut = _wrapped(text, match.start(), closer)  # (np.linalg.norm(v))**2: brackets around the call
        if not _SQUARED_AFTER.match(text, shut + 1):
            continue
        parts = _arguments(text, match.end() - 1, closer)
        if len(parts) > 2 or len(parts) == 2 and not re.fullmatch(r"\s*(?:ord\s*=\s*)?2\s*", text[slice(*parts[1])]):
            continue
        found.append((opened, match.end(), "||", "read as NumPy: np.linalg.norm(v)**2 is ‖v‖², the sum of "
                      "the squares of v's entries"))
        found.append((parts[0][1], shut + 1, "||", ""))
    for match in _OCTAVE_NORM.finditer(text) if octave_norm else ():  # a --let's own norm(v) is its own
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        parts = _arguments(text, match.end() - 1, closer)
        if len(parts) > 2 or len(parts) == 2 and text[slice(*parts[1])].strip() != "2":
            continue  # norm(v, 1), norm(v, Inf), norm(v, 'fro'): another norm
        if not _OCTAVE_SQUARED_AFTER.match(text, closer + 1):
            # lambda * norm(w) (Julia's LinearAlgebra, Octave's): the Euclidean norm itself, not squared, read as
            # written where its argument is the parameter vector's name (w, theta, beta); any other argument (an
            # expression, a --let's name such as one example's residual e) is left to be refused
            if (_NAME_ARGUMENT.fullmatch(text[slice(*parts[0])]) and not _POWER_AFTER.match(text, closer + 1)):
                found.append((match.start(), match.end(), "||", UNSQUARED_NORM_NOTE))
                found.append((parts[0][1], closer + 1, "||", ""))
            continue
        squared = _OCTAVE_SQUARED_AFTER.match(text, closer + 1)
        assert squared is not None, "matched just above, at the same place"
        found.append((match.start(), match.end(), "||", "read as Octave: norm(v)^2 is ‖v‖², the sum of the squares "
                      "of v's entries"))
        found.append((parts[0][1], squared.end(), "||^2", ""))
    for match in _POWER.finditer(text):
        closer = closing(text, match.end() - 1)
        parts = _arguments(text, match.end() - 1, closer) if closer is not None else []
        if closer is None or len(parts) != 2:
            continue
        (a, b), (c, d) = parts
        found.append((match.start(), closer + 1, f"(({text[a:b].strip()})**({text[c:d].strip()}))",
                      "read as NumPy: np.power(a, b) is a**b, entry by entry"))
    for match in _AVERAGE.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None or len(_arguments(text, match.end() - 1, closer)) != 1:
            continue
        found.append((match.start(), match.end(), "np.mean(", "read as NumPy: np.average(v) without weights is "
                      "np.mean(v)"))
    found += _javascript_math(text)
    for match in _JAX.finditer(text):
        found.append((match.start(), match.end(), "" if match.group().startswith("jax.nn") else "np.", JAX_NOTE))
    for match in _TORCH.finditer(text):
        name = match.group(1)
        found.append((match.start(), match.end(), "sigmoid(" if name == "sigmoid" else f"np.{name}(",
                      "read as PyTorch: torch.sum, torch.mean, torch.log, torch.sigmoid … are NumPy's functions "
                      "(and the sigmoid) on tensors"))
        closer = closing(text, match.end() - 1) if name in ("sum", "mean") else None
        parts = _arguments(text, match.end() - 1, closer) if closer is not None else []
        axis = _numpy_axis(text[parts[1][0]:closer], function=True) if len(parts) >= 2 else None
        if closer is not None and axis is not None:
            # torch.sum(v, dim=0, keepdim=True): the axis in NumPy's keywords, as the method form's
            written = " ".join(text[match.start():closer + 1].split())
            found.append((parts[1][0], closer, " " + axis[0], f"read as NumPy: {written} is taken with {axis[0]}: "
                          f"{axis[1]}"))
    return found


#: NumPy's θ with its first entry 0: np.r_[0, theta[1:]], np.concatenate(([0], theta[1:])), np.hstack(…),
#: np.append(0, theta[1:]), np.insert(theta[1:], 0, 0) (of θ or w)
#: (the column forms too: kichi's np.r_[np.zeros([1, 1]), theta[1:, :]], θ an n×1 column, its 1×1 zero on top)
_TAIL = r"(?P<{0}>theta|w)\[\s*1\s*:\s*(?:,\s*:?\s*)?\]"
_ZERO = (r"(?:0\.?|\[\s*0\.?\s*\]|\[\s*\[\s*0\.?\s*\]\s*\]|(?:np|numpy)\.zeros\(\s*(?:1|\[\s*1\s*(?:,\s*1\s*)?\]|\(\s*1\s*,\s*(?:1\s*)?\))"
         r"\s*\))")
_NUMPY_ZERO_FIRST = patterns.compile(
    r"(?<![\w.])(?:np|numpy)\.(?:"
    r"r_\[\s*" + _ZERO + r"\s*,\s*" + _TAIL.format("a") + r"\s*\]"
    r"|(?:concatenate|hstack)\(\s*[(\[]\s*\[\s*0\s*\]\s*,\s*" + _TAIL.format("b") + r"\s*[)\]]\s*\)"
    # np.hstack takes a bare number too (it makes each piece 1-D first), uozp's np.hstack((0, theta[1:]));
    # np.concatenate raises on one
    r"|hstack\(\s*[(\[]\s*0\.?\s*,\s*" + _TAIL.format("e") + r"\s*[)\]]\s*\)"
    r"|append\(\s*0\s*,\s*" + _TAIL.format("c") + r"\s*\)"
    r"|insert\(\s*" + _TAIL.format("d") + r"\s*,\s*0\s*,\s*0\s*\))"
)


def _numpy_zero_first(match: re.Match[str]) -> tuple[str, str] | None:
    vector = next(name for name in match.group("a", "b", "c", "d", "e") if name)
    spelled = match.group(0)
    column_tail = bool(re.search(r"\[\s*1\s*:\s*,", spelled))
    column_zero = bool(re.search(r"zeros\(\s*(?:\[\s*1\s*,\s*1\s*\]|\(\s*1\s*,\s*1\s*\))|r_\[\s*\[\s*\[", spelled))
    if column_tail and not column_zero:
        return None  # np.r_[0, theta[1:, :]]: a 1-D zero on a column does not stack in NumPy (it raises)
    # np.r_[[[0.]], w[1:]]: a 1×1 zero stacks only on a 2-D array, so w is an n×1 column and w[1:] its rows after
    # the first (on a 1-D w NumPy raises, on a 1×n row w[1:] is empty and it raises too): the same [0; w(2:end)]
    spelled = re.sub(r"\s+", " ", match.group(0))
    return f"[0; {vector}(2:end)]", (
        f"read as NumPy: {spelled} is {vector} with its first entry, the intercept, set to 0: "
        f"[0; {vector}(2:end)]")


#: Octave's theta([2: end], :), theta(2:end, :), theta([2:end]): the column's entries 2 to end (divyanshgupta97's ex5)
_TAIL_ROWS = patterns.compile(r"(?<![\w.])(?P<name>theta|beta|w)\(\s*(?P<open>\[)?\s*2\s*:\s*end\s*(?(open)\])\s*"
                              r"(?P<column>,\s*:\s*)?\)")


def _tail_rows(match: re.Match[str]) -> tuple[str, str] | None:
    if not match.group("open") and not match.group("column"):
        return None  # theta(2:end) as it is
    vector, written = match.group("name"), re.sub(r"\s+", " ", match.group(0))
    return f"{vector}(2:end)", (
        f"read as Octave: {written} takes rows 2 to end of the column {vector} (a range in "
        f"brackets is that range; ', :' its one column): {vector}(2:end), {vector} without its first entry")


#: code's penalty sum(w^2), np.sum(w**2), sum(theta.^2) of a whole parameter vector
_SQUARED_PARAMETERS = patterns.compile(
    r"(?<![\w.])(?:(?:np|numpy)\.)?sum\(\s*(?P<name>theta|w|beta)\s*(?:\^|\*\*|\.\^)\s*2\s*\)")
#: what puts a text in matrix form (X, @, np.dot, .T, a transpose '), where the matrix reader sums the vector itself
_MATRIX_FORM_MARKS = patterns.compile(r"(?<![\w.])X(?!\w)|@|dot\(|\.T\b|'|\\|\bsum_")


def _squared_parameters(match: re.Match[str]) -> tuple[str, str] | None:
    """``sum(w^2)`` beside per-example terms (y_pred, no X): the penalty Σₖ wₖ², the vector's squared entries."""
    if re.search(r"sum\(\s*$", match.string[:match.start()]):
        return None  # np.sum(np.sum(w**2)): a sum of that sum, read by the matrix reader as before
    name = match.group("name")
    return f"sum_k({name}_k^2)", (
        f"read as code: {match.group().strip()} adds the squares of the entries of the parameter vector {name}: "
        f"Σₖ {name}ₖ²")


#: the opening of the notes of Octave's spellings, which Julia's and NumPy's code reach too
_OCTAVE_SAID = "read as Octave: "
#: what marks code as Octave's own (a ';', a quote's transpose, .* and .^, an entry numbered from 1 in brackets)
_OCTAVE_OWN = patterns.compile(r"[;']|\.[*^]|[A-Za-z_]\w*\(\s*1\s*\)\s*=")
#: what marks code as Python's (NumPy's): np., .T, @, **, .copy(), an entry numbered from 0 in square brackets
_PYTHON_OWN = patterns.compile(
    r"(?<![A-Za-z0-9_])(?:np|numpy)\.|\.T(?![A-Za-z0-9_])|@|\*\*|\.copy\(\)|\[\s*0\s*\]|\[\s*1\s*:\s*\]")


def _said_in_its_language(notes: Sequence[str], texts: Sequence[str], julia: bool) -> tuple[str, ...]:
    """``notes`` with "read as Octave:" said of the language the texts are written in (Julia, NumPy), if not Octave.

    Julia's and NumPy's spellings are put in Octave's words and read so (fixmsg29: the notes then said "read as
    Octave" of code written in NumPy or Julia); a text with Octave's own marks keeps the name.
    """
    if not any(note.startswith(_OCTAVE_SAID) for note in notes):
        return tuple(notes)
    written = " ".join(text for text in texts if isinstance(text, str))
    if julia:
        language = "Julia"
    elif _PYTHON_OWN.search(written) and not _OCTAVE_OWN.search(written.replace("**", "")):
        language = "NumPy"
    else:
        return tuple(notes)
    return tuple(f"read as {language}: {note[len(_OCTAVE_SAID):]}" if note.startswith(_OCTAVE_SAID) else note
                 for note in notes)


def rewrite(text: str, *, answer: bool = False, cost: bool = False, defined: Collection[str] = (),
            r: bool = False, rust: bool = False, julia: bool = False, breeze: bool = False, tfjs: bool = False,
            from_zero: bool = False, haskell: bool = False, columns: bool = False) -> Pasted:
    """:func:`_rewrite_code`, its notes naming the language the text is written in (:func:`_said_in_its_language`)."""
    pasted = _rewrite_code(text, answer=answer, cost=cost, defined=defined, r=r, rust=rust, julia=julia,
                           breeze=breeze, tfjs=tfjs, from_zero=from_zero, haskell=haskell, columns=columns)
    if not isinstance(text, str):
        return pasted
    notes = _said_in_its_language(pasted.notes, [text], julia)
    return pasted if notes == pasted.notes else Pasted(pasted.original, pasted.text, pasted.edits, notes, pasted.before)


def _rewrite_code(text: str, *, answer: bool = False, cost: bool = False, defined: Collection[str] = (),
                  r: bool = False, rust: bool = False, julia: bool = False, breeze: bool = False, tfjs: bool = False,
                  from_zero: bool = False, haskell: bool = False, columns: bool = False) -> Pasted:
    """``text`` with R's spellings put in NumPy's (when ``r`` or a ``%*%`` marks it as R), Rust's in plain words
    (when ``rust`` or a mark of its own says it is Rust: :mod:`rust_code`) or Julia's in Octave's (``julia``, or a
    mark: :mod:`julia_code`), then :func:`_rewrite`.

    An answer that assigns one name in turn (``grad = …;`` then ``grad(1) = grad(1) - …;``) is first its last value.
    """
    if isinstance(text, str) and (haskell or haskell_code.is_haskell(text)):
        # hmatrix's <.> and #>, Haskell's application and fromIntegral in NumPy's words; the rest reads as code does
        spelled_text, haskell_notes = haskell_code.respell(text, label="ANSWER" if answer else "COST" if cost
                                                           else "--let")
        if spelled_text != text:
            spelled = Pasted(text, spelled_text, ((0, len(text), 0, len(spelled_text)),), tuple(haskell_notes))
            rest = rewrite(spelled_text, answer=answer, cost=cost, defined=defined, r=r, rust=rust, julia=julia,
                           breeze=breeze, from_zero=from_zero, columns=columns)
            return spelled.then(rest) if rest.text != spelled_text else spelled
    if answer and isinstance(text, str):
        columned = column_of_itself_last(text)  # … grad = …; then grad = grad(:); (the ex templates' last line)
        if columned is not None:
            rest = rewrite(columned.text, answer=answer, cost=cost, defined=defined, r=r, rust=rust, julia=julia,
                           breeze=breeze, tfjs=tfjs, from_zero=from_zero, columns=columns)
            return columned.then(rest) if rest.text != columned.text else columned
        beside = cost_beside_gradient(text)  # J = …; then grad = …; (an Octave cost function's two outputs)
        if beside is not None and beside.text != text:
            rest = rewrite(beside.text, answer=answer, cost=cost, defined=defined, r=r, rust=rust, julia=julia,
                           breeze=breeze, tfjs=tfjs, from_zero=from_zero, columns=columns)
            return beside.then(rest) if rest.text != beside.text else beside
        composed = reassigned(text)
        if composed is None:
            composed = pieced(text)
        if composed is None:
            composed = _after_leading_values(text)
        if composed is not None:
            rest = rewrite(composed.text, answer=answer, cost=cost, defined=defined, r=r, rust=rust, julia=julia,
                           breeze=breeze, tfjs=tfjs, from_zero=from_zero, columns=columns)
            return composed.then(rest) if rest.text != composed.text else composed
    rust = isinstance(text, str) and (rust or rust_code.is_rust(text))
    # Julia only as the problem says (julia_problem): R indexes from 1 in square brackets as Julia does
    # (theta[2:length(theta)]), and NumPy's text beside it counts from 0, so no text is Julia by its own marks alone
    julia = isinstance(text, str) and not rust and not (r or r_code.is_r(text)) and julia
    # Breeze's marks (:*) are its own, and a problem is Breeze as breeze_problem says (its .t carries no mark)
    breeze = isinstance(text, str) and not (rust or julia or r or r_code.is_r(text)) and breeze
    # TensorFlow.js as the problem says (tfjs_problem): a cost termOne.add(termTwo) carries no .matMul of its own
    tfjs = isinstance(text, str) and not (rust or julia or breeze or r or r_code.is_r(text)) and tfjs
    # math.js by the text's own calls (math.multiply(…)): lower-case math. is no other language's module of these
    mathjs = isinstance(text, str) and not (rust or julia or breeze or tfjs or r or r_code.is_r(text)) \
        and mathjs_code.is_mathjs(text)
    if not isinstance(text, str) or not (r or r_code.is_r(text) or rust or julia or breeze or tfjs or mathjs):
        return _rewrite(text, answer=answer, cost=cost, defined=defined, from_zero=from_zero, columns=columns)
    label = "ANSWER" if answer else "COST" if cost else "--let"
    if tfjs:
        # TensorFlow.js's method chains in NumPy's words; the rest then reads as NumPy does
        found, notes = tfjs_code.edits(text, label=label)
    elif mathjs:
        # math.js's functions in NumPy's words; the rest then reads as NumPy does
        found, notes = mathjs_code.edits(text, label=label)
    elif breeze:
        # Breeze's :* and m.t in Octave's words; the rest then reads as Octave does
        found, notes = breeze_code.edits(text)
    elif rust:
        # Rust's iterator chains, casts and float methods in plain words; the rest of the text then reads as code does
        found, notes = rust_code.edits(text, label=label)
    elif julia:
        # Julia's map(x -> …, v), 1-based slices and unshift in Octave's words; the rest then reads as Octave does
        found, notes = julia_code.edits(text, label=label, defined=defined)
    else:
        labels_right.refuse_r_labels_right(text)  # log(g) %*% y: inner or outer product by g's unseen shape
        found, notes = r_code.edits(text, label=label)
    spelled = _apply(text, [], found)
    spelled = Pasted(text, spelled.text, spelled.edits, spelled.notes + tuple(notes))
    try:
        # Julia's and R's log2(v) and log10(v) are their base-2 and base-10 logarithms, which plain maths' log2(x)
        # (log 2 times x?) leaves unsaid: the language is said here, so _numbered_functions reads them
        rest = _rewrite(spelled.text, answer=answer, cost=cost, defined=defined, from_zero=from_zero,
                        columns=columns, code="Julia" if julia else "R" if not (tfjs or mathjs or breeze or rust)
                        else None)
    except InputError as error:
        if error.source == spelled.text:
            error.column, error.source = spelled.column(error.column), text
        raise
    return spelled.then(rest) if rest.text != spelled.text else spelled


def refuse_two_lambda_spellings(text: str, defined: Collection[str] = ()) -> None:
    """Refuse ``text`` where it writes two of code's spellings of λ (``lam*sum(theta**2) + lmb*sum(theta**2)``).

    Each alone is λ; two in one text are two quantities as the writer wrote them (an elastic net's two strengths,
    or lmb a learning rate beside lam), and read both as λ they would be merged silently (audit24g).
    """
    seen: dict[str, int] = {}
    for match in _LAMBDA.finditer(text):
        if match.group(1) not in defined:
            seen.setdefault(match.group(1), match.start(1))
    # the L2 penalty's names (l2_lambda, lambda2) are λ too where no L1 strength is beside them (_rewrite), so they
    # count as one more name: l2_lambda * sum(w**2) + lam * sum(w**2) is two strengths, not 2λ (audit25h)
    for match in _LAMBDA_TWO.finditer(text) if not _LAMBDA_ONE.search(text) else ():
        if match.group(0) not in defined:
            seen.setdefault(match.group(0), match.start())
    if len(seen) > 1:
        (first, _), (second, column) = sorted(seen.items(), key=lambda each: each[1])[:2]
        raise InputError(
            f"'{first}' and '{second}' are both code's names for λ, the regularisation strength: "
            "two names in one text may be two quantities, which reading both as λ would merge",
            source=text, column=column,
            hint=f"write one name for λ, or define the other: --let '{second} = …'")


def _rewrite(text: str, *, answer: bool = False, cost: bool = False, defined: Collection[str] = (),
             from_zero: bool = False, columns: bool = False, code: str | None = None) -> Pasted:
    """``text`` (a cost, an answer or a ``--let``'s value) with pasted spellings put in the notation's words.

    ``code`` names the language the text was read as (Julia, R), in which a bare ``log2(v)`` is the logarithm.

    ``defined`` are the names ``--let`` defines (a ``lam`` defined there is left alone);
    ``answer`` also reads a bare operator on the left, ``\\frac{\\partial}{\\partial m} =``; ``cost`` also reads
    ``np.sum(v, axis=0)`` of a vector (a cost is a number), unless ``columns`` (:func:`columns_problem`) and v has a
    name a --let defines.
    """
    if not isinstance(text, str) or not text:
        return Pasted(text, text)
    rules: list[tuple[re.Pattern[str], Rule]] = []
    if "%" in text and re.fullmatch(r"(?:[^%]|%[0-9A-Fa-f]{2})*", text) and "%20" in text:
        # every % begins an escape and one is a space: the text of a URL (a codecogs image), not LaTeX comments
        def decode(match: re.Match[str]) -> tuple[str, str]:
            return chr(int(match.group(1), 16)), (
                "read as a URL's text: %20 is an encoded space (%XX the character XX), as an image address writes it"
            )

        rules.append((_URL_ESCAPE, decode))
    rules.append((_HTML_SCRIPT, _html))
    if _HTML_SCRIPT.search(text):
        # the scripts become LaTeX's _{…} and ^{…}: the Unicode and HTML entities around them become LaTeX too
        rules.append((_HTML_UNICODE, lambda match: (_HTML_LATEX[match.group(0)], (
            "read as HTML: Σ, ², ŷ (and &Sigma;, &theta; …) beside <sub>/<sup> are LaTeX's \\sum, ^{2}, \\hat{y}, "
            "as the line is read as LaTeX"))))
    if _HTML_SCRIPT.search(text) and "$" in text:
        # markdown that mixes HTML scripts with inline $…$ LaTeX: one formula, read whole
        rules.append((re.compile(r"\$"), lambda match: (" ", (
            "read as markdown: the $…$ of inline LaTeX among HTML <sub>/<sup> are dropped, and the line is read as one formula"
        ))))
    rules.append((_FLOAT, _float))
    if "float" not in defined:
        rules.append((_FLOAT_CALL, _float_call))
    rules.append((_EIGEN_VIEW, _eigen_view))
    if not _MATRIX_FORM_MARKS.search(text) and not any(
        re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) for name in defined if name
    ):
        # a --let's value may hold X (h = X @ theta): then the matrix reader sums the vector itself
        rules.append((_SQUARED_PARAMETERS, _squared_parameters))
    rules.append((_NUMPY_ZERO_FIRST, _numpy_zero_first))
    rules.append((_TAIL_ROWS, _tail_rows))
    if "\\" not in text and _SUM_OVER_EXAMPLES.search(text):
        # as LaTeX reads y^{i} as y^{(i)} only inside a sum over the examples (never x^{i} as a power there)
        rules.append((_CALL_OF_EXAMPLE, _call_of_example))
        if _BRACED_EXAMPLE.search(text):
            rules.append((_BRACED_EXAMPLE, _braced_example))
    rules.append((_BRACKETED_WORDED_SUM, _bracketed_worded_sum))
    if not any(char in text for char in "\\{}$"):
        # plain text only: Σᵢ₌₁ᵐ is plain notation, which the LaTeX reader does not read
        rules.append((_BRACKETED_SUM_RANGE, _bracketed_sum_range))
    rules.append((_PINV_OF_COUNT, lambda match: None if "m" in defined else (f"(1/({match.group(1)}))", (
        f"read as Octave: {match.group(0)} is the pseudo-inverse of the nonzero number {match.group(1)}, "
        f"which is 1/({match.group(1)})"))))
    rules.append((_TRANSPOSED_LIST, lambda match: (match.group(1), (
        f"read as NumPy: {match.group(0)} is the column of the 1-D {match.group(1)} ([{match.group(1)}] is a 1×m "
        f"row, its transpose m×1): {match.group(1)}"))))
    rules.append((_PANDAS_VALUES, lambda match: (match.group(1), (
        f"read as pandas: {match.group(0)} is the values of {match.group(1)} as a 1-D array: {match.group(1)}"))))
    rules.append((_TRANSPOSE_METHOD, _transpose))
    rules.append((_ZERO_BESIDE_ROW, _zero_beside_row))
    if "TX" not in defined and "Tx" not in defined:
        rules.append((_GLUED_TRANSPOSE, lambda match: (f"{match.group('vector')}.T {match.group('data')}", (
            f"read as NumPy: {match.group(0)} is {match.group('vector')}.T {match.group('data')}, the transpose .T "
            f"glued to {match.group('data')} (an array has no attribute T{match.group('data')})"))))
    if not _MATRIX_TEXT.search(text):
        # only where the plain reader would refuse '@' (no X, no transpose in the text); beside X the matrix reader
        # reads a @ b of two vectors itself, refusing it inside a sum with its own message
        rules.append((_LABELS_MATMUL, lambda match: (f"{match.group(1)}.T", LABELS_MATMUL_NOTE.format(
            written=re.sub(r"\s+", "", match.group(1)),
            **({"product": ".dot(v)", "operator": ".dot"} if match.string.startswith(".dot(", match.end())
               else {"product": " @ v", "operator": "@"})))))
        if code != "R":  # R's %*% of a vector with y turns on the vector's shape: refused in _rewrite_code
            rules.append((labels_right.LABELS_RIGHT, lambda match: _labels_right(match, defined)))
    if _matrix_power_code(text):
        rules.append((_MATRIX_STAR, lambda match: (f"{match.group(1)} @ {match.group(2)}.T", (
            f"read as np.matrix code: np.power is its entry-by-entry power, so its '*' is the matrix product, and "
            f"θ is kept as a 1×n row: {match.group(0)} is Xθ (NumPy arrays would broadcast it to an m×n array or "
            "raise)"))))
    if not _LAMBDA_ITSELF.search(text):
        latex = any(char in text for char in "\\{}$")
        refuse_two_lambda_spellings(text, defined)

        def lam(match: re.Match[str]) -> tuple[str, str] | None:
            word = match.group(1)
            if word in defined:
                return None
            if latex and _WRAPPED_WORD.search(text, 0, match.start()) and _WORD_CLOSED.match(text, match.end()):
                # \text{lam}: the LaTeX reader reads a wrapped word that names λ, where it stands as a factor, with
                # its own note; made \text{\lambda } here, it was no word, dropped as a remark (a false "different")
                return None
            return ("\\lambda " if latex else "lambda"), (
                f"read as code: {word} is λ, the regularisation strength (lambda is a keyword in Python)"
            )

        rules.append((_LAMBDA, lam))
        if not _LAMBDA_ONE.search(text):
            rules.append((_LAMBDA_TWO, lambda match: None if match.group(0) in defined else (
                ("\\lambda " if latex else "lambda"),
                f"read as code: {match.group(0)} is λ, the regularisation strength (of the L2 penalty, as code names "
                f"it; no {match.group(0).replace('2', '1')} is written beside it)")))
        rules.append((_LM_PENALTY, lambda match: None if "lm" in defined else (("\\lambda " if latex else "lambda"), (
            "read as code: lm weighs the penalty on the parameters' own product: λ, the regularisation strength "
            "(lm is a short name of lambda)"))))
    if answer:
        def operator(match: re.Match[str]) -> tuple[str, str]:
            variable = (match.group(3) or match.group(4)).strip()
            kind = "\\partial" if match.group(3) is not None else "d"
            spelled = "\\frac{\\partial J}{\\partial " + variable + "}" if kind == "\\partial" \
                else "\\frac{dJ}{d" + variable + "}"
            return match.group(1) + spelled + match.group(5), (
                f"the left side is the operator ∂/∂{variable} alone: read as ∂J/∂{variable}, the derivative of the cost"
            )

        rules.append((_BARE_OPERATOR, operator))
        rules.append((_BOLD_TEXT_AFTER_D, lambda match: (match.group(1) + "\\mathbf{", (
            "\\textbf{…} after the d of a derivative is read as \\mathbf{…}, a bold name"))))
    try:
        # before np.expand_dims(v, 1) is rewritten below: the column it makes is what these refuse
        _refuse_half_columns(text)
        _refuse_column_beside_scores(text)
    except InputError as error:
        error.source, error.label = text, "ANSWER" if answer else "COST" if cost else "--let"
        raise
    try:
        # Octave's sum(X .* repmat(v, 1, size(X,2))): v' * X, the shapes then checked by the matrix reader
        repeated = repeated_column_sums(text, "ANSWER" if answer else "COST" if cost else "--let") \
            if "repmat" not in defined else []
    except InputError as error:
        error.source = text
        raise
    nones = _apply(text, [], [*repeated, *_axis_none(text), *_expand_dims(text)])
    try:
        methods = nones.then(_methods(nones.text))
    except InputError as error:
        error.column, error.source = nones.column(error.column), text
        error.label = "ANSWER" if answer else "COST" if cost else "--let"
        raise
    try:
        summed = _comprehensions(methods.text, from_zero=from_zero, weights_free=not {"W", "w"} & set(defined)) \
            + _numbered_functions(methods.text, code=code) + _numpy_calls(
            methods.text, octave_norm="norm" not in defined)
    except InputError as error:
        error.column, error.source = methods.column(error.column), text
        error.label = "ANSWER" if answer else "COST" if cost else "--let"
        raise
    methods = methods.then(_apply(methods.text, [], summed))
    zero = _axis_zero(methods.text, defined if columns else ()) if cost else []
    first = methods.then(_apply(methods.text, [], zero)) if cost else methods
    return first.then(_apply(first.text, rules, [*_divides(first.text), *_ones_rows(first.text)]))


# ----------------------------------------------------------------------------- --let lines


#: NAME = inline("BODY") (Octave's old anonymous function) or NAME = @(ARGS) BODY
_INLINE = patterns.compile(r"^\s*([A-Za-z]\w*)\s*=\s*inline\(\s*([\"'])(.*)\2\s*(?:,\s*([\"'])([A-Za-z]\w*)\4\s*)?\)\s*(?:;\s*)?$")
_HANDLE = patterns.to_end(r"^\s*([A-Za-z]\w*)\s*=\s*@\(\s*([A-Za-z]\w*(?:\s*,\s*[A-Za-z]\w*)*)\s*\)\s*(.*)$")
#: Octave's and NumPy's counts: n = length(theta); m = length(y); m = size(X, 1); m = len(y) …
_COUNT = patterns.to_end(r"^\s*([mn])\s*=\s*(.+)$")
_COUNTS = {
    # sizes that hold in every layout (X m×n or n×m, y a column or a row): Octave's length and numel, NumPy's size
    "m": re.compile(r"(?:length|numel)\(\s*y\s*\)|(?:np\.)?size\(\s*y\s*\)|y\.size"),
    "n": re.compile(r"(?:length|numel|len)\(\s*(?:theta|w)\s*\)|size\(\s*(?:theta|w)\s*,\s*1\s*\)|"
                    r"(?:np\.)?size\(\s*(?:theta|w)\s*\)|(?:theta|w)\.size|(?:theta|w)\.shape\[0\]"),
}
#: temp = theta; (a copy of the parameter vector) and temp(1) = 0; / temp[0] = 0 (its first entry zeroed); an Octave
#: '% comment' after the statement is no part of it (these lets are read here, before the comments are dropped)
#: (Python's '# comment' likewise: reg_w = w.copy(); reg_w[0] = 0  # no penalty on the intercept)
_COPY = patterns.compile(r"^\s*([A-Za-z]\w*)\s*=\s*(theta|w)(?:\.copy\(\))?\s*(?:;\s*)?(?:[%#][^\n]*)?$")
#: (NumPy's theta2[0,0] = 0 and theta2[0,:] = 0 too: row 0 of the n×1 column, its first entry, as Octave's (1,1), (1,:))
_ZEROED = patterns.compile(r"^\s*([A-Za-z]\w*)\s*(?:\(\s*1\s*(?:,\s*(?:1|:)\s*)?\)|\[\s*0\s*(?:,\s*(?:0|:)\s*)?\])\s*=\s*0(?:\.0*)?\s*(?:;\s*)?"
                     r"(?:[%#][^\n]*)?$")
#: reg = (lambda_/m)*theta (a scaled copy of the parameter vector) that reg[0] = 0.0 then zeroes: the penalty's
#: gradient without the intercept; the scale holds no θ or w of its own
#: (also over a count after it, Octave's temp = lambda*theta/m: a number divides every entry alike, so zeroing the
#: first entry after it is zeroing it before)
_SCALED_COPY = patterns.to_end(
    # the scale greedy, ending on a character that is no space: a lazy scale before \s*\* tried the '*' after every
    # place of a run of spaces (a --let with 8,000 spaces took a second in this pattern alone)
    r"^\s*([A-Za-z]\w*)\s*=\s*(?P<scale>(?:(?!\b(?:theta|w)\b)[^=;%*])*(?!\b(?:theta|w)\b)[^=;%*\s])\s*\*\s*(theta|w)"
    r"(?:\s*/\s*(?P<divisor>[A-Za-z]\w*|\d+(?:\.\d*)?))?$")
#: mask = ones(size(theta)); (n ones, θ's shape): with mask(1) = 0; the mask that leaves the intercept out
_ONES_LIKE = patterns.compile(r"^\s*([A-Za-z]\w*)\s*=\s*ones\(\s*(?:size\(\s*(theta|w)\s*\)|"
                        r"(?:length|numel|rows)\(\s*(theta|w)\s*\)\s*,\s*1|size\(\s*(theta|w)\s*,\s*1\s*\)\s*,\s*1)"
                        r"\s*\)\s*(?:;\s*)?(?:%[^\n]*)?$")
#: NumPy's mask = np.ones(len(w)) (np.ones_like(w), np.ones(w.shape), np.ones(w.size)): n ones, w's shape; with
#: mask[0] = 0 the mask that leaves the intercept out, as Octave's ones(size(theta)) with mask(1) = 0
_NUMPY_ONES_LIKE = patterns.compile(
    r"^\s*([A-Za-z]\w*)\s*=\s*(?:np|numpy)\.(?:ones\(\s*(?:len\(\s*(theta|w)\s*\)|(theta|w)\.(?:shape(?:\s*\[\s*0\s*\])?|size)"
    r"|(?:np\.)?(?:size|shape)\(\s*(theta|w)\s*\)(?:\s*\[\s*0\s*\])?)\s*\)|ones_like\(\s*(theta|w)\s*\))\s*(?:;\s*)?(?:#[^\n]*)?$")
#: temp(1) = []; / temp(1,:) = []; (Octave deletes the first entry): the copy is then theta(2:end)
_DELETED = patterns.compile(r"^\s*([A-Za-z]\w*)\s*\(\s*1\s*(?:,\s*:\s*)?\)\s*=\s*\[\s*\]\s*(?:;\s*)?(?:%[^\n]*)?$")
#: one Octave statement of a line that holds several: NAME = …, NAME(…) = …
#: (and NumPy's NAME[…] = …: reg_w = w.copy(); reg_w[0] = 0)
_STATEMENT = patterns.compile(r"^\s*[A-Za-z]\w*\s*(?:\([^()]*\)|\[[^\[\]]*\])?\s*=(?!=)")
#: a chain's last side that lists entries: (a^{(0)}, a^{(1)}, ..., a^{(m)})
_ELLIPSIS = ("...", "\\dots", "\\ldots", "\\cdots", "…")
#: a plain --let of one letter (or ŷ) with the example index: z_i = w · x_i + b, ŷ_i = sigma(z_i); rᵢ = ŷᵢ − yᵢ
#: with Unicode's subscript i (flattened notes, code comments) is the same head, as ᵢ is _i everywhere else
_EXAMPLE_LET = patterns.compile(r"^\s*(?P<name>[A-Za-zŷ]|y_?hat)(?:_i|ᵢ)(?=\s*=(?!=))")
#: letters whose _i is an entry of the notation (x_i is x⁽ⁱ⁾), never a definition
_FIXED_LETTERS = {"x", "y", "w", "m", "n", "e", "i", "j", "k", "l", "X", "N"}
_KNOWN_WORDS = {"exp", "log", "sqrt", "tanh", "sigmoid", "e", "i", "j", "ln"}


#: NAME(word) = BODY: a function of one parameter named by a word of its own (Octave's sigmoidFunction(matrix))
_WORDED_PARAMETER = patterns.to_end(r"^\s*([A-Za-z]\w*)\s*\(\s*([A-Za-z][A-Za-z]+)\s*\)\s*=(?!=)\s*(.+)$")
#: words a parameter keeps: the notation's own (theta, beta, lambda …) are read as they are
_OWN_WORDS = {"theta", "beta", "lambda", "alpha", "sigma", "weights", "mu", "eta", "gamma", "phi", "pi"}
#: the letters a worded parameter may become, the first not written in the line
_FREE_LETTERS = ("z", "u", "v", "s")


def _worded_parameter(text: str) -> tuple[str, str] | None:
    """``sigmoidFunction(matrix) = 1 ./ (1 + exp(-matrix))`` → ``sigmoidFunction(z) = 1 ./ (1 + exp(-z))``, noted.

    A parameter is bound: renaming it changes nothing, and a one-letter name is one the readers read whole.
    """
    match = _WORDED_PARAMETER.match(text)
    if match is None or match.group(2) in _KNOWN_WORDS | _OWN_WORDS:
        return None
    name, word, body = match.groups()
    if not re.search(rf"(?<![\w.]){word}(?![\w(])", body):
        return None
    letter = next((each for each in _FREE_LETTERS if not re.search(rf"(?<![A-Za-z]){each}(?![A-Za-z])", text)), None)
    if letter is None:
        return None
    renamed = re.sub(rf"(?<![\w.]){word}(?![\w(])", letter, body)
    return f"{name}({letter}) = {renamed}", (
        f"the parameter '{word}' of {name}({word}) is a name of its own (bound in the definition): "
        f"read as {name}({letter}) = {renamed}")


#: Python's function definitions: def NAME(ARGS): return BODY, and NAME = lambda ARGS: BODY
#: (after the arguments, keyword parameters with a default: def predict(X, theta, ycol = 'target'))
_PYTHON_DEF = patterns.to_end(r"^\s*def\s+([A-Za-z_]\w*)\s*\(\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)"
                         r"(?P<defaults>(?:\s*,\s*[A-Za-z_]\w*\s*=\s*(?:'[^']*'|\"[^\"]*\"|[-\w.]+))*)\s*\)\s*:\s*"
                         r"return\s+(?P<body>.+)$")
#: one keyword parameter with its default, in the defaults _PYTHON_DEF matched
_DEFAULT = patterns.compile(r"([A-Za-z_]\w*)\s*=\s*('[^']*'|\"[^\"]*\"|[-\w.]+)")
#: a default that is a number (def h(x, theta=1)), which a parameter the body uses may have (read as a parameter)
_NUMBER_DEFAULT = patterns.compile(r"-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?")
_PYTHON_LAMBDA = patterns.to_end(r"^\s*([A-Za-z_]\w*)\s*=\s*lambda\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:\s*(.*)$", mark="")
#: NAME = vectorize(lambda ARGS: BODY) (np.vectorize too): vectorize only applies the function to each entry,
#: as logderiv applies a function of a number to a vector
_PYTHON_VECTORIZE = patterns.to_end(r"^\s*([A-Za-z_]\w*)\s*=\s*(?:(?:np|numpy)\.)?vectorize\(\s*lambda\s+"
                              r"([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:\s*(.*\S)\s*\)$")
#: Octave's [m, n] = size(X); (the counts of the data matrix's rows and columns); Julia's m, n = size(X) and
#: (m, n) = size(X) unpack the same (rows, columns) tuple (Python has no bare size; NumPy's np.size(X) is one number)
_SIZE_PAIR = patterns.compile(r"^\s*(?:\[\s*(?P<rows>[A-Za-z]\w*)\s*,?\s*(?P<columns>[A-Za-z]\w*)\s*\]|(?P<tuple>\()?\s*"
                              r"(?P<jrows>[A-Za-z]\w*)\s*,\s*(?P<jcolumns>[A-Za-z]\w*)\s*(?(tuple)\)))\s*=\s*"
                              r"size\(\s*X\s*\)\s*(?:;\s*)?$")


def _python_function(text: str) -> tuple[str, str] | None:
    """``def predict(X, theta): return X.dot(theta)`` (or ``predict = lambda X, theta: …``) → ``predict(X,theta) = …``.

    A def's body line that is a comment alone (``def g(z):`` / ``#sigmoid function`` / ``return …``, f77) is no
    statement: left out, said in the note.
    """
    commented = ""
    # a def of several lines (a docstring, annotations, locals before return): its one-line form, and what was read
    collapsed = python_def.collapse(text)
    said = None
    if collapsed is not None:
        text, said = collapsed
    if re.match(r"\s*def\s", text):
        lines = text.split("\n")
        comments = [line.strip() for line in lines[1:] if re.fullmatch(r"[ \t]*#[^\n]*", line)]
        if comments:
            text = "\n".join([lines[0], *(line for line in lines[1:] if not re.fullmatch(r"[ \t]*#[^\n]*", line))])
            commented = f"; its comment line {comments[0]!r} is no statement" if len(comments) == 1 else \
                f"; its comment lines {', '.join(map(repr, comments))} are no statements"
    for pattern, kind in ((_PYTHON_DEF, "def"), (_PYTHON_LAMBDA, "lambda"), (_PYTHON_VECTORIZE, "vectorize")):
        match = pattern.match(text)
        if match is not None:
            name, arguments, body = match.group(1), re.sub(r"\s+", "", match.group(2)), match.group("body" if kind == "def" else 3)
            defaults = _DEFAULT.findall(match.group("defaults")) if kind == "def" else []
            used = [(keyword, value) for keyword, value in defaults
                    if re.search(rf"(?<![\w.]){keyword}(?!\w)", body)]
            if any(not _NUMBER_DEFAULT.fullmatch(value) for _, value in used) or used != defaults[:len(used)]:
                # the body uses a parameter whose default is no number ('target'), or one after a default it does
                # not use (def h(x, a=2, theta=1): a call's second argument is a, not theta): not read
                continue
            # def h(x, theta=1): return x*theta: the body's theta is the parameter; the calls must pass it (a call
            # that leaves it out, h(x), takes fewer arguments than h(x, theta) and is refused), said in the note
            arguments = ",".join([arguments, *(keyword for keyword, _ in used)])
            defaults = [(keyword, value) for keyword, value in defaults if (keyword, value) not in used]
            if kind == "vectorize" and not _balanced(body):
                continue  # vectorize(lambda x: f(x)) + 1: the ')' closing vectorize is not the last one
            spelled = {
                "def": f"def {name}({arguments}): return …",
                "lambda": f"{name} = lambda {arguments}: …",
                "vectorize": f"{name} = vectorize(lambda {arguments}: …), applied to each entry,",
            }[kind]
            return f"{name}({arguments}) = {body}", (
                (said if said is not None and kind == "def" else
                 f"read as Python: {spelled} defines the function {name}({arguments}) = {body}")
                + "".join(f"; its parameter {keyword} = {value} has a default and the body does not use it: dropped"
                          for keyword, value in defaults)
                + "".join(f"; its parameter {keyword} = {value} has a default, which the body uses: read as the "
                          f"parameter {keyword} every call passes (a call leaving it out is refused, not read as "
                          f"{keyword} = {value})" for keyword, value in used) + (commented if kind == "def" else ""))
    return None


#: R's function definition, its --let's <- already written =: NAME = function(ARGS) BODY, NAME = function(ARGS) { BODY }
#: and { return(BODY) }
_R_FUNCTION = patterns.compile(
    r"^\s*([A-Za-z]\w*)\s*=\s*function\s*\(([^()]*)\)\s*"
    r"(?:\{\s*(?:return\s*\((?P<returned>.*)\)|(?P<braced>[^{}]*?))\s*(?:;\s*)?\}|(?P<bare>[^{}]*?))\s*(?:;\s*)?$", re.S)


def _r_function(text: str) -> tuple[str, str] | None:
    """R's ``sigmoid <- function(x) 1/(1 + exp(-x))`` (its ``<-`` read as =) → ``sigmoid(x) = 1/(1 + exp(-x))``."""
    match = _R_FUNCTION.match(text)
    if match is None:
        return None
    body = match.group("returned") or match.group("braced") or match.group("bare")
    if not body or not _balanced(body):
        return None  # function(x) { a <- …; b }: statements, or a return(…) that does not close where it ends
    name, arguments = match.group(1), re.sub(r"\s+", "", match.group(2))
    return f"{name}({arguments}) = {body.strip()}", (
        f"read as R: {name} <- function({arguments}) … defines the function {name}({arguments}) = {body.strip()}")


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes, in order, inside it."""
    depth = 0
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if depth < 0:
            return False
    return depth == 0


def _size_pair(text: str) -> tuple[list[str], str] | None:
    """``[m, n] = size(X);`` → (the lets it stands for, the note): the rows are the examples, the columns the features.

    m and n are logderiv's own counts, so those need no let; other names become
    ``NAME = size(X, 1)`` and ``NAME = size(X, 2)``, read as the counts they are.
    """
    match = _SIZE_PAIR.match(text)
    if match is None:
        return None
    octave = match.group("rows") is not None
    rows, columns = match.group("rows", "columns") if octave else match.group("jrows", "jcolumns")
    if (rows, columns) == ("n", "m"):
        return None  # logderiv's letters swapped: the respelling of every text reads it (redefined._swapped_counts)
    lets = [f"{name} = size(X, {axis})" for name, axis, own in ((rows, 1, "m"), (columns, 2, "n")) if name != own]
    if not octave:
        return lets, (f"read as Julia: {text.split('=')[0].strip()} = size(X) unpacks the tuple size(X): the rows of "
                      f"X, the examples (logderiv's m), and its columns, the features (logderiv's n)")
    return lets, (f"read as Octave: [{rows}, {columns}] = size(X) gives the rows of X, the examples (logderiv's m), "
                  f"and its columns, the features (logderiv's n)")


def _inline(text: str) -> tuple[str, str] | None:
    """``g = inline("1 ./ (1 + exp(-z))")`` → ``g(z) = 1 ./ (1 + exp(-z))``, its one variable its argument."""
    match = _INLINE.match(text)
    if match is not None:
        name, body, argument = match.group(1), match.group(3), match.group(5)
        if argument is None:
            letters = {word for word in re.findall(r"[A-Za-z]\w*", body) if word not in _KNOWN_WORDS}
            if len(letters) != 1:
                return None  # inline picks its arguments itself: with two or none, which is which is not said
            argument = letters.pop()
        spelled = f'{name} = inline("{body}")'
        return f"{name}({argument}) = {body}", (
            f"read as Octave: {spelled} is an anonymous function of {argument}: {name}({argument}) = {body}"
        )
    match = _HANDLE.match(text)
    if match is not None:
        name, arguments, body = match.group(1), re.sub(r"\s+", "", match.group(2)), match.group(3)
        return f"{name}({arguments}) = {body}", (
            f"read as Octave: {name} = @({arguments}) … is an anonymous function: {name}({arguments}) = {body}"
        )
    return None


def _count(text: str) -> tuple[bool, str] | None:
    """``n = length(theta);`` → (True, note) when it says what logderiv's n already is; a contradiction raises."""
    match = _COUNT.match(text)
    if match is None:
        return None
    name, value = match.group(1), match.group(2)
    own, other = _COUNTS[name], _COUNTS["n" if name == "m" else "m"]
    if own.fullmatch(value):
        meaning = "the number of examples" if name == "m" else "the number of features"
        return True, f"read as code: {name} = {value} is {name}, {meaning}, as logderiv counts them: the line is dropped"
    if other.fullmatch(value) and name == "n":
        # n = y.size, n = numel(y): code's n counts the examples, as n = len(y) does; read so where the texts allow
        # (logderiv.notation.redefined's count lets, noted), refused there otherwise
        return None
    if other.fullmatch(value):
        raise InputError(
            f"'{name} = {value}' makes {name} the number of {'features' if name == 'm' else 'examples'}, "
            f"but logderiv counts the {'examples' if name == 'm' else 'features'} with {name}",
            source=text, column=match.start(2), label="--let",
            hint="drop the line: m is the number of examples and n the number of features",
        )
    return None


def _list_side(text: str) -> int | None:
    """The offset of a last chain side ``= (a^{(0)}, …, a^{(m)})`` that lists entries, or None."""
    equals = top_level(text, "=")
    if len(equals) < 2:
        return None
    last = text[equals[-1] + 1:].strip().rstrip(";")
    if last.startswith("(") and last.endswith(")") and "," in last and any(mark in last for mark in _ELLIPSIS):
        return equals[-1]
    return None


def rewrite_lets(lets: Sequence[str], *, rust: bool = False, julia: bool = False, breeze: bool = False,
                 haskell: bool = False, tfjs: bool = False, r: bool = False
                 ) -> tuple[tuple[str, ...], dict[str, Pasted], tuple[str, ...], dict[str, str]]:
    """The ``--let`` texts with pasted code put in the notation's words: the new texts, each rewrite by new text, notes.

    A line that says what logderiv already knows (``n = length(theta);``) is dropped;
    ``temp = theta;`` with ``temp(1) = 0;`` is ``temp = [0; theta(2:end)]``; an
    anonymous function is a function definition; a chain's last side that lists
    the entries is dropped; every value is then :func:`rewrite` n. ``r`` says the problem is R by any of its
    texts (the cost's ``%*%``), where a let such as ``m = length(X)`` has no mark of its own.
    """
    # (the Haskell lets' rewrites are kept apart: a let in ``assigned`` is read as R below)
    lets, haskell_spelled, haskell_notes = _haskell_lets(lets, haskell=haskell or haskell_code.haskell_problem(lets))
    lets, assigned, assigned_notes = _r_assignments(lets)
    assigned_notes = [*haskell_notes, *assigned_notes]
    lets, spelled, spelled_notes = _rust_lets(lets, rust=rust or rust_problem(lets))
    assigned, assigned_notes = {**assigned, **spelled}, [*assigned_notes, *spelled_notes]
    in_r = r_problem(lets)
    if r or in_r:  # the problem is R by any of its texts: length(X) is R's whatever the let's own marks
        r_code.refuse_entry_count_lets(lets)
    lets, helper_notes = _helper_calls(lets)
    assigned_notes = [*assigned_notes, *helper_notes]
    lets, vectorized_notes = _vectorized_defs(lets)
    assigned_notes = [*assigned_notes, *vectorized_notes]
    lets = _statements(lets)
    lets, updated, updated_notes = _in_place(lets)
    assigned.update(updated)
    assigned_notes = [*assigned_notes, *updated_notes]
    lets, parallel, parallel_notes = _parallel(lets)
    assigned.update(parallel)
    assigned_notes = [*assigned_notes, *parallel_notes]
    defined = set()
    for text in lets:
        head = re.match(r"^\s*([A-Za-z]\w*)\s*[=(]", text) if isinstance(text, str) else None
        if head is not None:
            defined.add(head.group(1))
    notes: list[str] = list(assigned_notes)
    out: list[str] = []
    rewritten: dict[str, Pasted] = {**haskell_spelled, **assigned}
    copies = {}
    #: where each copy is set last: a zeroing before it is undone (mask = ones(…); mask(1) = 0; mask = ones(…) again)
    copied_at: dict[str, int] = {}
    dropped: dict[str, str] = {}
    for at, text in enumerate(lets):
        if not isinstance(text, str):
            out.append(text)
            continue
        match = _COPY.match(text) or _ONES_LIKE.match(text) or _NUMPY_ONES_LIKE.match(text) or _SCALED_COPY.match(text)
        if match is not None:
            scale = match.groupdict().get("scale")
            copies[match.group(1)] = (next(group for group in match.groups()[1:] if group and group != scale), text)
            copied_at[match.group(1)] = at
    # the zeroing after the copy, as the statements run: temp(1) = 0; before temp = theta; zeroes nothing that stays,
    # nor does one before the copy set once more (the same text twice: where it is set last, not lets.index's first)
    zeroed = {m.group(1): text for index, text in enumerate(lets) if isinstance(text, str)
              and (m := _ZEROED.match(text)) and m.group(1) in copies and copied_at[m.group(1)] < index}
    deleted = {m.group(1): text for text in lets if isinstance(text, str) and (m := _DELETED.match(text))
               and m.group(1) in copies and m.group(1) not in zeroed and _COPY.match(copies[m.group(1)][1])}
    _refuse_further_writes(lets, {**zeroed, **deleted}, copies)
    lets, kept_zero_notes = _drop_zeroing_of_a_zero(lets, copies)
    notes += kept_zero_notes
    for text in lets:
        if not isinstance(text, str):
            continue
        pair = _size_pair(text)
        if pair is not None:
            notes.append(pair[1])
            named = _SIZE_PAIR.match(text)
            if named is not None and (named.group("columns") or named.group("jcolumns")) == "n":
                # [m, n] = size(X) (Julia's m, n = size(X)) says n counts X's columns, the features, as a dropped
                # n = length(theta) does: a cost whose n was read as the examples' count contradicts it (audit30a)
                dropped["n"] = text
            for new in pair[0]:
                rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
                out.append(new)
            continue
        counted = _count(text)
        if counted is not None:
            notes.append(counted[1])
            dropped[text.split("=")[0].strip()] = text
            continue
        ones = _ONES_LIKE.match(text) or _NUMPY_ONES_LIKE.match(text)
        if ones is not None and ones.group(1) in zeroed:
            name, vector = ones.group(1), copies[ones.group(1)][0]
            new = f"{name} = [0; ones(length({vector})-1, 1)]"
            language = "NumPy" if _NUMPY_ONES_LIKE.match(text) else "Octave"
            zeroing = re.sub(r"\s*[%#][^\n]*$", "", zeroed[name].strip())
            notes.append(f"read as {language}: {name} = {text.split('=', 1)[1].strip().rstrip(';')}; "
                         f"{zeroing} is n ones with the first set to 0: {new}")
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
            out.append(new)
            continue
        scaled = _SCALED_COPY.match(text)
        if scaled is not None and scaled.group(1) in zeroed:
            name, vector, divisor = scaled.group(1), scaled.group(3), scaled.group("divisor")
            new = f"{name} = {scaled.group('scale').strip()} * [0; {vector}(2:end)]" + (f" / {divisor}" if divisor else "")
            notes.append(f"read as code: {text.strip().rstrip(';')} with {zeroed[name].strip()} is the scaled {vector} "
                         f"with its first entry, the intercept's, set to 0: {new}")
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
            out.append(new)
            continue
        copy = _COPY.match(text)
        if copy is not None and copy.group(1) in zeroed:
            name, vector = copy.group(1), copy.group(2)
            new = f"{name} = [0; {vector}(2:end)]"
            # (NumPy's name[0] = 0 says NumPy; a comment after the statement is no part of it)
            zeroing = re.sub(r"\s*[%#][^\n]*$", "", zeroed[name].strip())
            language = "NumPy" if "[" in zeroing else "Octave"
            notes.append(f"read as {language}: {name} = {vector}; {zeroing} is {vector} with its first entry, "
                         f"the intercept, set to 0: {new}")
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
            out.append(new)
            continue
        if copy is not None and copy.group(1) in deleted:
            name, vector = copy.group(1), copy.group(2)
            new = f"{name} = {vector}(2:end)"
            notes.append(f"read as Octave: {name} = {vector}; {deleted[name].strip()} deletes the first entry, the "
                         f"intercept: {new}")
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
            out.append(new)
            continue
        zero = _ZEROED.match(text)
        if zero is not None and zero.group(1) in copies:
            continue
        gone = _DELETED.match(text)
        if gone is not None and gone.group(1) in deleted:
            continue
        function = _inline(text) or octave_function.read_function_file(text) or _python_function(text) \
            or _r_function(text) or _worded_parameter(text)
        if function is not None:
            new, note = function
            notes.append(note)
            # lambda t, p: ((t - p)**2).mean(): the body is code like any let's, its methods read as functions
            body = rewrite(new, defined=defined)
            if body.text != new:
                new = body.text
                notes += [note for note in body.notes if note not in notes]
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),))
            out.append(new)
            continue
        example = _EXAMPLE_LET.match(text)
        if example is not None and "\\" not in text and example.group("name") not in _FIXED_LETTERS and not any(
            re.match(r"^\s*" + re.escape(example.group("name")) + r"\s*=", other) for other in lets if isinstance(other, str)
        ):
            name = example.group("name")
            new = text[:example.end("name")] + " " * (example.end() - example.end("name")) + text[example.end():]
            written = text[example.start("name"):example.end()]
            notes.append(f"--let {written} = … defines {name} for each example i (the {written[len(name):]} marks "
                         f"the example): {written} elsewhere is its value at example i")
            rewritten[new] = Pasted(text, new)
            text = new
        listed = _list_side(text)
        if listed is not None:
            new = text[:listed].rstrip()
            notes.append(f"the --let chain's last side {text[listed + 1:].strip()} lists the entries of the "
                         f"side before it: {new} is read")
            text_pasted = Pasted(text, new)
            rewritten[new] = text_pasted
            text = new
        # a line beside R's lines is R, as a cost or an answer is (r4 = sum(theta[2:length(theta)]^2) beside X%*%theta)
        # a norm(…) in a let of an R problem (its cost in %*%) is R's norm, whatever the let's own marks: R's norm(v)
        # is the one norm Σ|vᵢ|, read as Octave's Euclidean ‖v‖ it was a misread (pen = norm(beta), audnames41)
        r_norm = r and _OCTAVE_NORM.search(text) is not None and "norm" not in defined
        pasted = rewrite(text, defined=defined, r=text in assigned or in_r or r_norm, julia=julia and not in_r,
                         breeze=breeze, tfjs=tfjs)
        if pasted.text != text:
            base = rewritten.pop(text, None)
            original = base.original if base is not None else text
            edits = pasted.edits if base is None or not base.edits else base.edits
            rewritten[pasted.text] = Pasted(original, pasted.text, edits, pasted.notes)
            notes += [note for note in pasted.notes if note not in notes]
        out.append(pasted.text)
    return tuple(out), rewritten, _said_in_its_language(notes, lets, julia and not in_r), dropped


#: NAME = [0; …] / [0, …] (a matrix literal whose first entry is the scalar 0: thetaReg = [0; theta(2:n)])
#: the literal is the whole value (audoctf35): [0; theta(2:n)] + 1 or [0; theta(2:n)](2:end) has no 0 first entry
_ZERO_FIRST_LITERAL = patterns.compile(
    r"^\s*([A-Za-z]\w*)\s*=\s*\[\s*0(?:\.0*)?\s*[;,][^\[\]]*\]\s*(?:;\s*)?(?:[%#][^\n]*)?$")


def _drop_zeroing_of_a_zero(lets: Sequence[str], copies: dict[str, tuple[str, str]]
                            ) -> tuple[list[str], list[str]]:
    """Drop ``thetaReg(1) = 0;`` after ``thetaReg = [0; theta(2:n)];``: it sets to 0 an entry that is 0 already.

    Octave's literal [0; …] (or [0, …]) starts with the scalar 0, so its first entry, (1) or (1,1), is 0, and a
    zeroing of it changes nothing: the let is dropped, noted. Only when the literal is the name's one whole value,
    given before the zeroing, and no other line writes into the name (a second write would change the value read).
    """
    drop: set[int] = set()
    notes: list[str] = []
    for index, text in enumerate(lets):
        zero = _ZEROED.match(text) if isinstance(text, str) else None
        if zero is None or zero.group(1) in copies:
            continue
        name = zero.group(1)
        wholes = [k for k, other in enumerate(lets) if isinstance(other, str)
                  and re.match(r"^\s*" + re.escape(name) + r"\s*=(?!=)", other)]
        writes = [k for k, other in enumerate(lets) if isinstance(other, str)
                  and re.match(_ENTRY_WRITE.format(re.escape(name)), other)]
        if len(wholes) != 1 or wholes[0] > index or writes != [index]:
            continue
        literal = lets[wholes[0]]
        if _ZERO_FIRST_LITERAL.match(literal) is None:
            continue
        drop.add(index)
        zeroing = re.sub(r"\s*[%#][^\n]*$", "", text.strip()).rstrip(";")
        notes.append(f"read as Octave: {zeroing} sets the first entry of {literal.strip().rstrip(';')} to 0, which "
                     "it is already (the literal starts with 0): the line changes nothing and is dropped")
    return [text for index, text in enumerate(lets) if index not in drop], notes


#: a write into an entry of a vector: NAME(…) = … or NAME[…] = … (not ==)
_ENTRY_WRITE = r"^\s*{}\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*=(?!=)"


def _refuse_further_writes(lets: Sequence[str | None], changed: dict[str, str],
                           copies: dict[str, tuple[str, str]]) -> None:
    """Refuse a second write into a copy whose first entry was zeroed or deleted, or into the vector it copies.

    The reading replaces the copy by [0; θ(2:end)] (or θ(2:end)) and drops the zeroing; any other write after the
    copy (``temp(2) = 0``, ``temp(1) = 1``, ``theta(1) = 0``) would be dropped with it, so the value read would not
    be the value the program computes (audit42).
    """
    for name, zeroing in changed.items():
        copy, vector = copies[name][1], copies[name][0]
        start = lets.index(copy)
        for text in lets[start + 1:]:
            if not isinstance(text, str) or text == zeroing:
                continue
            for target in (name, vector):
                found = re.match(_ENTRY_WRITE.format(re.escape(target)), text)
                if found is not None:
                    raise InputError(
                        f"{text.strip().rstrip(';')} writes into {target} after {copy.strip().rstrip(';')} and "
                        f"{zeroing.strip().rstrip(';')}: only one zeroing of the copy's first entry is read",
                        source=text, column=found.start(), label="--let",
                        hint=f"give {name}'s value in one line, e.g. {name} = [0; {vector}(2:end)]",
                    )


def r_problem(texts: Sequence[str | None]) -> bool:
    """Whether a problem is R code: a text with R's ``%*%``, or a --let assigned with ``<-``.

    Then a cost or answer with no mark of its own (``theta[-1]`` beside ``hypothesis(x, theta)``) is R too.
    """
    return any(isinstance(text, str) and (r_code.is_r(text) or r_code.assignment(text)) for text in texts)


#: an in-place update, NAME OP= VALUE: Octave's A .^= 2, A += b, Python's loss /= m, r **= 2 (not ==, <=, >=, !=, nor
#: Octave's ^=, a matrix power)
_IN_PLACE = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?P<op>\.\^|\.\*|\./|\*\*|[-+*/])=(?!=)\s*(?P<value>[^=;]+?)"
                             r"\s*(?:;\s*)?$")


#: Python's assignment of several names at once: a, b = e1, e2 (X, Y = np.mat(xArr), np.mat(yArr).T)
_PARALLEL = patterns.to_end(r"^\s*(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*=(?!=)\s*(?P<values>.+)$",
                             re.DOTALL)


def _parallel(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """``a, b = e1, e2``: one --let per name, ``a = e1`` and ``b = e2`` (noted).

    Python evaluates the whole right side before it assigns, so the lines are the same only where no name on the left
    is used on the right (``a, b = b, a`` swaps: not read so) and each name is assigned once; the right side must
    list one value per name at its top level (``m, n = X.shape`` unpacks one value: left to the shape's reading).
    """
    out: list[str] = []
    rewritten: dict[str, Pasted] = {}
    notes: list[str] = []
    for text in lets:
        match = _PARALLEL.match(text) if isinstance(text, str) else None
        if match is None:
            out.append(text)
            continue
        names = [name.strip() for name in match.group("names").split(",")]
        values_text = match.group("values")
        commas = top_level(values_text, ",")
        values = [piece.strip() for piece in (values_text[start + 1:end] for start, end in zip(
            [-1, *commas], [*commas, len(values_text)]))]
        uses = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
        if len(values) != len(names) or len(set(names)) != len(names) or not all(values) \
                or any(uses.search(value) for value in values):
            out.append(text)
            continue
        lines = [f"{name} = {value}" for name, value in zip(names, values)]
        note = (f"read as Python: {' '.join(text.split()).rstrip(';')} assigns each name its value at once: "
                + ", ".join(lines))
        for line in lines:
            rewritten[line] = Pasted(text, line, ((0, len(text), 0, len(line)),), (note,))
            out.append(line)
        notes.append(note)
    return out, rewritten, notes


def _in_place(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """``A .^= 2`` after ``A = (X*theta-y)`` → ``A = A .^ (2)``, the name assigned again from its value (noted).

    Only of a name an earlier --let defines: the update then reads as the reassignment it is, which the
    readers take in order (the cost's A is the last value). An update of a name nothing defines is left
    to be refused.
    """
    out: list[str] = []
    rewritten: dict[str, Pasted] = {}
    notes: list[str] = []
    defined: set[str] = set()
    for text in lets:
        match = _IN_PLACE.match(text) if isinstance(text, str) else None
        if match is not None and match.group("name") in defined:
            name, op, value = match.group("name", "op", "value")
            new = f"{name} = {name} {op} ({value})"
            note = f"read as code: {text.strip().rstrip(';')} updates {name} in place: {new}"
            rewritten[new] = Pasted(text, new, ((0, len(text), 0, len(new)),), (note,))
            notes.append(note)
            out.append(new)
            continue
        head = re.match(r"^\s*([A-Za-z_]\w*)\s*=(?!=)", text) if isinstance(text, str) else None
        if head is not None:
            defined.add(head.group(1))
        out.append(text)
    return out, rewritten, notes


def _haskell_lets(lets: Sequence[str], *, haskell: bool) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """In a Haskell problem, each let in NumPy's words (``m = fromIntegral $ size y`` → ``m = length(y)``), first:
    the lines that say what logderiv already knows (a count) are then dropped as any code's are."""
    if not haskell:
        return list(lets), {}, []
    out: list[str] = []
    assigned: dict[str, Pasted] = {}
    notes: list[str] = []
    for text in lets:
        if not isinstance(text, str):
            out.append(text)
            continue
        new, said = haskell_code.respell(text, label="--let")
        if new != text:
            assigned[new] = Pasted(text, new, ((0, len(text), 0, len(new)),), tuple(said))
            notes += [note for note in said if note not in notes]
        out.append(new)
    return out, assigned, notes


def _r_assignments(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """The --let texts with R's ``NAME <- value`` written ``NAME = value``; each such text's rewrite; the notes.

    A let assigned with ``<-`` is R code: its value is then read as R (:func:`rewrite` with ``r``).
    """
    out, assigned, notes = [], {}, []
    for text in lets:
        entry = r_code.set_entry(text)
        if entry is not None:
            # mask[1] <- 0: entry 1 set, in Octave's words mask(1) = 0, which the readers of a zeroed mask read
            index_start, index_end, arrow_start, arrow_end, index, note = entry
            new = text[:index_start] + index + text[index_end:arrow_start] + "=" + text[arrow_end:]
            assigned[new] = Pasted(text, new, ((0, len(text), 0, len(new)),), (note,))
            notes.append(note)
            out.append(new)
            continue
        arrow = r_code.assignment(text)
        if arrow is None:
            out.append(text)
            continue
        start, end, note = arrow
        new = text[:start] + "=" + text[end:]
        ones, ones_notes = r_code.ones_like(new)
        if ones != new:
            # mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2]): ones(size(theta)), as Octave writes it
            assigned[ones] = Pasted(text, ones, ((0, len(text), 0, len(ones)),), (note, *ones_notes))
            notes += [note, *ones_notes]
            out.append(ones)
            continue
        assigned[new] = Pasted(text, new, ((start, end, start, start + 1),), (note,))
        notes.append(note)
        out.append(new)
    return out, assigned, notes


#: a --let defining dot as the sum of the entrywise products, once spelled: dot(a, b) = sum((a) * (b))
_DOT_DEFINED = patterns.compile(r"\s*dot\s*\(\s*(?P<a>[A-Za-z]\w*)\s*,\s*(?P<b>[A-Za-z]\w*)\s*\)\s*=\s*"
                                r"sum\(\s*\((?P<c>[A-Za-z]\w*)\)\s*\*\s*\((?P<d>[A-Za-z]\w*)\)\s*\)\s*")


def julia_problem(texts: Sequence[str | None]) -> bool:
    """Whether a problem is Julia: a text marked so, and none with NumPy's marks (``@``, ``np.``, ``**``, ``.T``).

    Then all its texts are (an answer's ``l * w`` carries no mark). Beside NumPy's marks a 1-based slice
    ``theta[2:length(theta)]`` is Julia's or a slip in 0-based code: not said, so not read.
    """
    written = [text for text in texts if isinstance(text, str)]
    return any(julia_code.is_julia(text) for text in written) and not any(julia_code.numpy_marked(text)
                                                                         for text in written)


#: a parameter numbered 0 as a cost writes it: theta_0, \theta_{0}, θ₀, w0, W[0][0]
_ZEROTH = patterns.compile(r"_\s*\{?\s*0\s*\}?(?!\d)|₀|\[\s*0\s*\]|(?<![\w.])[A-Za-zθβ]+0(?![\w.])")


def numbers_from_zero(cost: str | None, *, is_cost: bool) -> bool:
    """Whether a text's P[0] may be the problem's P₀: the text is the cost itself, or the cost writes a P₀ of its own."""
    return is_cost or (isinstance(cost, str) and _ZEROTH.search(cost) is not None)


def breeze_problem(texts: Sequence[str | None]) -> bool:
    """Whether any text of a problem writes Breeze's ``:*``, ``:/`` or ``:^``: then all are Breeze (``m.t`` has no mark)."""
    return any(breeze_code.is_breeze(text) for text in texts)


def tfjs_problem(texts: Sequence[str | None]) -> bool:
    """Whether any text of a problem writes TensorFlow.js's ``.matMul(``: then every text's method chains are read."""
    return any(tfjs_code.is_tfjs(text) for text in texts)


def rust_problem(texts: Sequence[str | None]) -> bool:
    """Whether any text of a problem is marked as Rust: then all are read as Rust (``&v``, ``x.len()`` have no mark)."""
    return any(rust_code.is_rust(text) for text in texts if isinstance(text, str))


def _rust_lets(lets: Sequence[str], *, rust: bool) -> tuple[list[str], dict[str, Pasted], list[str]]:
    """The lets written in Rust (``n = x.len()``, ``mse = r.iter().map(|x| x * x).sum::<f64>() / (n as f64)``) spelled.

    Spelled first, so that a count (``n = len(x)``) and a function (``sub(a, b) = ((a) - (b))``) read as in
    any code; each spelled let keeps its text as written for the carets.
    """
    out, spelled, notes = [], {}, []
    for text in lets:
        if not rust or not isinstance(text, str):
            out.append(text)
            continue
        found, inner = rust_code.edits(text, label="--let")
        pasted = _apply(text, [], found)
        pasted = Pasted(text, pasted.text, pasted.edits, (*pasted.notes, *(n for n in inner if n not in pasted.notes)))
        dot = _DOT_DEFINED.fullmatch(pasted.text)
        if dot is not None and dot.group("a") != dot.group("b") \
                and {dot.group("a"), dot.group("b")} == {dot.group("c"), dot.group("d")}:
            # fn dot(a, b) = a.iter().zip(b.iter()).map(|(x, y)| x * y).sum(): the dot product dot already is
            notes += [note for note in pasted.notes if note not in notes]
            notes.append(f"read as Rust: {text.strip()} is Σ aᵢbᵢ, the dot product, as dot(a, b) is read: the let is "
                         "dropped")
            continue
        spelled[pasted.text] = pasted
        notes += [note for note in pasted.notes if note not in notes]
        out.append(pasted.text)
    return out, spelled, notes


#: one statement of an answer that assigns its name in turn: NAME = VALUE, or Octave's NAME(1) = NAME(1) ± c * theta(1)
_ASSIGNED = patterns.to_end(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+)$", re.DOTALL)
_FIRST_FIXED = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*1\s*\)\s*=\s*(?P=name)\s*\(\s*1\s*\)\s*(?P<sign>[-+])\s*"
    r"(?P<open>\(\s*)?(?P<scale>(?:(?!\b(?:theta|w)\b)[^;=])+?)\s*\*\s*(?P<vector>theta|w)\s*\(\s*1\s*\)"
    r"\s*(?(open)\))\s*(?:;\s*)?$")


#: a loop over the parameters' entries: Octave's for i = 1:size(theta,1) (length, numel), Python's
#: for i in range(len(theta)) (theta.size, theta.shape[0], grad.size, len(grad))
_ENTRY_LOOP = patterns.compile(
    r"\s*for\s+(?P<var>[A-Za-z])\s*(?:=\s*1\s*:\s*(?:size\(\s*(?P<a>theta|w|beta|grad)\s*,\s*1\s*\)"
    r"|(?:length|numel)\(\s*(?P<b>theta|w|beta|grad)\s*\))"
    r"|in\s+range\(\s*(?:len\(\s*(?P<c>theta|w|beta|grad)\s*\)|(?P<d>theta|w|beta|grad)\.(?:size|shape\[\s*0\s*\]))"
    r"\s*\)\s*:)\s*")
#: the loop's one line: grad(i) = … or grad[i] = … (an optional ';'), the entry by the loop's letter
_ENTRY_LINE = patterns.compile(r"\s*(?P<name>grad|gradient)\s*(?:\(\s*(?P<o>[A-Za-z])\s*\)|\[\s*(?P<p>[A-Za-z])\s*\])"
                               r"\s*=(?!=).+")


def entry_loop(text: str) -> Pasted | None:
    """``for i = 1:size(theta,1)`` / ``grad(i) = …;`` / ``end``: a loop over the parameters whose one line sets
    entry i of the gradient, read as that line, noted (each entry is set so: checked as entry j).

    Only a loop over every entry (its bound the parameters' length), one line in it that sets the gradient's entry by
    the loop's letter, and nothing before or after it but Octave's ``end``; anything else is left as written.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) not in (2, 3):
        return None
    header = _ENTRY_LOOP.fullmatch(lines[0])
    if header is None:
        return None
    octave = header.group("a") or header.group("b")
    if octave and (len(lines) != 3 or lines[2].strip() not in ("end", "endfor", "end;")):
        return None
    if not octave and len(lines) != 2:
        return None
    line = _ENTRY_LINE.fullmatch(lines[1])
    if line is None or (line.group("o") or line.group("p")) != header.group("var"):
        return None
    start = text.index(lines[1])
    body = lines[1].strip()
    return Pasted(text, body, ((0, len(text), 0, len(body)),), (
        f"read as code: the loop '{lines[0].strip()}' runs over every entry of the parameters, and its one line "
        f"sets entry {header.group('var')} of the gradient: that line, checked as the entry",))


#: a Python list started empty, which a loop over the parameters' entries appends one entry to per pass: res = []
_EMPTY_LIST = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*=\s*\[\s*\]")
#: the list returned as the gradient: return res, return np.array(res), return (np.array(res))
_LIST_RETURNED = r"return\s*(?P<open>\()?\s*(?:(?:np|numpy)\.(?:array|asarray)\(\s*{name}\s*\)|{name})\s*(?(open)\))"
APPENDED_ENTRIES_NOTE = ("read as code: the loop '{header}' runs over every entry of the parameters and appends one "
                         "value per entry to {name}, which the lines return: entry {var} of the gradient is that "
                         "value, {entries} being the data's entry {var} of example {i}, x_{var}⁽{i}⁾")


def appended_entries(text: str) -> Pasted | None:
    """``res = []`` / ``for j in range(len(theta)):`` / ``line = …`` / ``res.append(line)`` / ``return np.array(res)``
    (the 42 AI bootcamp's iterative gradient, its issue #20): the gradient built entry by entry, read as entry j's
    line ``grad[j] = …``, noted, as :func:`entry_loop` reads Octave's ``grad(i) = …`` in its loop.

    Only a list started empty, a Python loop over every entry of the parameters (its bound their length), whose
    body appends one value to that list (directly, or through one name set on the line before), and a return of
    that list; in the value, the loop's letter only as the second index of the data's entry, ``x[i][j]`` or
    ``x[i, j]`` (the feature j of example i, i another letter), read as ``x_j[i]``. Anything else is left as
    written (and refused as before).
    """
    lines = [(len(line) - len(line.lstrip()), line.strip()) for line in text.split("\n") if line.strip()]
    if len(lines) not in (4, 5):
        return None
    started = _EMPTY_LIST.fullmatch(lines[0][1])
    header = _ENTRY_LOOP.fullmatch(lines[1][1])
    if started is None or header is None or header.group("a") or header.group("b"):
        return None
    name, var = started.group("name"), header.group("var")
    body, returned = lines[2:-1], lines[-1]
    if any(indent <= lines[1][0] for indent, _ in body) or returned[0] >= body[0][0] \
            or re.fullmatch(_LIST_RETURNED.format(name=re.escape(name)), returned[1]) is None:
        return None
    appended = re.fullmatch(rf"{re.escape(name)}\.append\((?P<value>.+)\)", body[-1][1])
    if appended is None or closing(body[-1][1], len(name) + len(".append")) != len(body[-1][1]) - 1:
        return None
    value = appended.group("value").strip()
    if len(body) == 2:
        named = re.fullmatch(r"(?P<temp>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+)", body[0][1])
        if named is None or value != named.group("temp") or named.group("temp") in (name, var):
            return None
        value = named.group("value").strip()
        if re.search(rf"(?<![\w.]){re.escape(named.group('temp'))}(?!\w)",
                     "\n".join((value, lines[1][1], returned[1]))):
            # y = sum([(theta.dot(x[i]) - y[i]) * x[i][j] …]): the name set is one the value (or the loop, or the
            # return) reads, so the second pass reads the first entry where the data was (a crash, or another value)
            return None
    j = re.escape(var)
    entry = re.compile(rf"(?<![\w.])[Xx]\s*(?:\[\s*(?P<i>[A-Za-z_]\w*)\s*\]\s*\[\s*{j}\s*\]|"
                       rf"\[\s*(?P<k>[A-Za-z_]\w*)\s*,\s*{j}\s*\])")
    found = list(entry.finditer(value))
    examples = {match.group("i") or match.group("k") for match in found}
    if not found or len(examples) != 1 or var in examples:
        return None
    (i,) = examples
    read = entry.sub(lambda match: f"x_{var}[{i}]", value)
    if re.search(rf"(?<![\w.]){j}(?!\w)", read.replace(f"x_{var}[", "")) or re.search(
            rf"(?<![\w.]){re.escape(name)}(?!\w)", f"{value}\n{lines[1][1]}"):
        # j used otherwise (theta[j], range(j)), or the list itself: not one entry's value. The list is looked for
        # in the value as written (x = [] beside x[i][j] is the empty list, not the data, though x[i][j] is read as
        # x_j[i]) and in the loop's bound (theta = [] … range(len(theta)) runs no pass)
        return None
    line = f"grad[{var}] = {read}"
    return Pasted(text, line, ((0, len(text), 0, len(line)),), (APPENDED_ENTRIES_NOTE.format(
        header=lines[1][1], name=name, var=var, i=i,
        entries=", ".join(dict.fromkeys(match.group(0) for match in found))),))


#: a helper that is a scalar times the whole parameter vector: modifiedHypothesis = (lambda / m) * theta
_SCALED_PARAMETERS = patterns.to_end(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<scale>[^=;]+?)\s*\.?\*\s*(?P<vector>theta|w|beta)$")
#: the same helper with the vector written first: reg = theta * lambda / m (ger's ex2, ex3, ex5); the scale after it
#: is held to one product of numbers as the one before it is (_one_product, no data or vector in it)
_PARAMETERS_SCALED = patterns.to_end(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<vector>theta|w|beta)\s*\.?\*\s*(?P<scale>[^=;]+)$")
#: the same helper's first entry set to 0: modifiedHypothesis(1) = 0, and reg(1, 1) = 0 (row 1 of the n×1 column, its
#: one column written: the first entry too, as theta(2:end, :) is theta(2:end))
_FIRST_ZEROED = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*1\s*(?:,\s*(?:1|:)\s*)?\)\s*=(?!=)\s*0\s*(?:;\s*)?$")


def _one_product(scale: str) -> bool:
    """Whether ``scale``, written before ``* theta``, is a factor of it: no operator below ``*`` outside brackets.

    ``v = 1 - lambda/m*theta`` is 1 − (λ/m)θ, not (1 − λ/m)θ: the helper is a scalar times θ only where ``scale``
    has no ``+``, ``-`` (but a leading sign or an exponent's, 1e-3), comparison or range at its top level (audit24g).
    """
    written = re.sub(r"(?<=\d)[eE][+-](?=\d)", "e", scale.strip().lstrip("+-"))
    return not any(top_level(written, char) for char in "+-<>=&|~:,!")


#: a helper of zeros: tmp = zeros(n1, 1); (zeros(size(theta)), zeros(length(theta), 1))
_ZEROS_HELPER = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*zeros\(\s*(?:(?P<count>[A-Za-z_]\w*|(?:length|numel)\(\s*(?:theta|w|beta)\s*\)"
    r"|size\(\s*(?:theta|w|beta)\s*,\s*1\s*\))\s*,\s*1|size\(\s*(?:theta|w|beta)\s*\))\s*\)\s*(?:;\s*)?$")
#: its entries after the first set to a number times the parameters' same entries: tmp(2:n1,:) = (lambda/m) * theta(2:n1)
_REST_SET = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*2\s*:\s*(?P<to>end|[^,()]+?|\w+\([^()]*\))\s*(?:,\s*:\s*)?\)\s*=(?!=)\s*"
    r"(?P<scale>[^=;]+?)\s*\.?\*\s*(?P<vector>theta|w|beta)\s*\(\s*2\s*:\s*(?P<own>end|[^,()]+?|\w+\([^()]*\))\s*"
    r"(?:,\s*:\s*)?\)\s*(?:;\s*)?$")


def _zeros_then_rest(first: str, second: str) -> re.Match[str] | None:
    """``tmp = zeros(n1, 1);`` then ``tmp(2:n1,:) = (lambda/m) * theta(2:n1);`` (stackguides' ex2): the helper's match
    (name, scale, vector) when the two lines make it c·[0; θ(2:end)], else None.

    Octave's zeros leave the first entry 0, and the second line sets the rest to c times θ's same entries: the bound
    of both slices is the zeros' length (or end). That length is θ's own where the helper is then added to the
    gradient whole (an n×1 vector: any other length does not add in Octave), which _zeroed_helpers asks as for the
    zeroed copy.
    """
    zeros, rest = _ZEROS_HELPER.match(first), _REST_SET.match(second)
    if zeros is None or rest is None or rest.group("name") != zeros.group("name"):
        return None
    bound = zeros.group("count")  # None for zeros(size(theta)): θ's own length
    if bound in ("m", "N"):
        return None  # zeros(m, 1): the examples' count, never θ's length
    if any(" ".join(rest.group(side).split()) not in ("end", bound) for side in ("to", "own")):
        return None  # tmp(2:k) = c * theta(2:n): not the same entries, or not to the zeros' end
    return rest


def _zeroed_then_scaled(pieces: list[str], k: int) -> re.Match[str] | None:
    """``theta(1) = 0;`` then ``regularization = (lambda/m) .* theta;`` (maxdeichmann's ex5): the helper's match.

    The parameter vector itself zeroed, and the very next line a scalar times it: the helper is c·[0; θ(2:end)]
    when no later line names the vector again (which θ a later line meant would then matter: not read). None
    otherwise.
    """
    zeroed, helper = _FIRST_ZEROED.match(pieces[k]), _SCALED_PARAMETERS.match(pieces[k + 1])
    if zeroed is None or helper is None or zeroed.group("name") != helper.group("vector"):
        return None
    vector = re.compile(rf"(?<![\w.]){re.escape(helper.group('vector'))}(?!\w)")
    if any(vector.search(piece) for piece in pieces[k + 2:]):
        return None
    return helper


def _unused_copies(before: list[str], vector: str, rest: list[str]) -> tuple[list[str], list[str]]:
    """The lines before a zeroing without ``copy = theta;`` copies no later line uses (they change no value), noted."""
    kept, notes = [], []
    for k, piece in enumerate(before):
        copy = _COPY.match(piece)  # theta_copy = theta; (or theta.copy())
        if copy is not None and copy.group(2) == vector:
            name = re.compile(rf"(?<![\w.]){re.escape(copy.group(1))}(?!\w)")
            if not any(name.search(other) for other in [*before[k + 1:], *rest]):
                notes.append(f"read as Octave: {piece.strip()} keeps a copy of {vector} that no later line uses: "
                             "it changes no value, and is left out")
                continue
        kept.append(piece)
    return kept, notes


#: a first entry zeroed with one index: v(1) = 0 (the note's words for it)
_FIRST_ONLY_ZEROED = patterns.compile(r"^\s*[A-Za-z_]\w*\s*\(\s*1\s*\)\s*=(?!=)\s*0\s*(?:;\s*)?$")


def _as_written(piece: str, usual: str, form: patterns.Matcher) -> str:
    """How a note names ``piece``: ``usual`` where it is written in ``form``, else as written (theta * lambda / m,
    reg(1, 1) = 0: the note quotes the line, never a form the code does not write)."""
    return usual if form.match(piece) else " ".join(piece.split()).rstrip(";").rstrip()


def _zeroed_helpers(pieces: list[str]) -> tuple[list[str], list[str]]:
    """``v = (lambda/m) * theta;`` then ``v(1) = 0;`` (Octave's penalty gradient without the intercept's entry, f63's
    lrCostFunction and shannonrush's costFunctionReg): one helper, ``v = (lambda/m) * [0; theta(2:end)]``, noted.

    Only a helper that is a scalar (no data, no vector: λ/m) times the whole parameter vector, zeroed on the very
    next line, assigned nowhere else and then used whole by a later line: its value is put there, and the lines
    that are left read as before. Returns the pieces and the notes (none where nothing was read so).
    """
    notes: list[str] = []
    k = 0
    while k < len(pieces) - 2:
        rest_set = _zeros_then_rest(pieces[k], pieces[k + 1])
        helper: re.Match[str] | None = rest_set
        in_place = _zeroed_then_scaled(pieces, k) if helper is None else None
        if in_place is not None:
            helper = in_place
        elif helper is None:
            helper = _SCALED_PARAMETERS.match(pieces[k]) or _PARAMETERS_SCALED.match(pieces[k])
            zeroed = _FIRST_ZEROED.match(pieces[k + 1])
            if helper is None or zeroed is None or zeroed.group("name") != helper.group("name"):
                k += 1
                continue
        name, scale, vector = helper.group("name"), helper.group("scale"), helper.group("vector")
        pieces_k = [pieces[k].strip(), pieces[k + 1].strip()]
        used = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
        rest = pieces[k + 2:]
        if re.search(r"(?<![\w.])(?:X|x|y|h|theta|w|beta)(?!\w)|'", scale) or used.search(scale) \
                or not _one_product(scale) \
                or any(re.search(rf"(?<![\w.]){re.escape(name)}\s*(?:[(\[]|=(?!=))", piece) for piece in rest) \
                or not any(used.search(piece) for piece in rest) \
                or rest_set is not None and not any(re.search(
                    rf"\+\s*{re.escape(name)}(?![\w(\[.'])|(?<![\w.]){re.escape(name)}\s*\+", piece) for piece in rest):
            # (the zeros' helper only where it is added: its length, written n1, is then the gradient's)
            k += 1
            continue
        value = f"({scale}) * [0; {vector}(2:end)]"
        before = pieces[:k]
        if in_place is not None:
            before, copy_notes = _unused_copies(before, vector, rest)
            notes += copy_notes
            notes.append(f"read as Octave, in order: {pieces_k[0]} sets the first entry of {vector}, the intercept's, "
                         f"to 0, and the next line uses it: {name} = ({scale.strip()}) * [0; {vector}(2:end)], put "
                         f"where {name} is used; the lines after it use no other {vector}, and the --let s' values "
                         "(computed before these lines) use the whole one")
            pieces = [*before, *(used.sub(lambda _: f"({value})", piece) for piece in rest)]
            k = len(before)
            continue
        pieces = [*pieces[:k], *(used.sub(lambda _: f"({value})", piece) for piece in rest)]
        notes.append(f"read as Octave: {' '.join(pieces_k)} is {scale.strip()} times {vector} with its first entry, "
                     f"the intercept's, 0: ({scale.strip()}) * [0; {vector}(2:end)], put where {name} is used (the "
                     f"zeros' length is {vector}'s: {name} is added to the n×1 gradient)"
                     if rest_set is not None else
                     f"read as Octave: {_as_written(pieces_k[0], f'{name} = {scale.strip()} * {vector}', _SCALED_PARAMETERS)}"
                     f", then {_as_written(pieces_k[1], f'{name}(1) = 0', _FIRST_ONLY_ZEROED)}, is "
                     f"{scale.strip()} times {vector} with its first entry, the intercept's, set to 0: "
                     f"({scale.strip()}) * [0; {vector}(2:end)], put where {name} is used")
    return pieces, notes


#: the names Octave's cost functions give their two outputs, [J, grad] (ex2's costFunction, ex5's linearRegCostFunction)
_OUTPUT_COST = patterns.compile(r"J|cost")
_OUTPUT_GRADIENT = patterns.compile(r"grad")


#: a line that writes one entry (or slice) of a name: grad(1,1) = …, Octave's parentheses
_ENTRY_ASSIGNED = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*\([^()=]*\)\s*=(?!=)")


#: the last line of the Coursera ex templates (ex2, ex3, ex5): grad = grad(:); — the gradient's entries in one column
_ITS_OWN_COLUMN = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P=name)\s*\(\s*:\s*\)\s*(?:;\s*)?$")


def column_of_itself_last(text: str) -> Pasted | None:
    """``grad = …;`` … then, last, ``grad = grad(:);`` (Octave's column of the same entries): that line left out, noted.

    ``v(:)`` stacks v's entries, in order, in one column: the entries of the gradient are the same before and after,
    so the line changes none of them. Only a last line that sets a name to its own ``(:)``, after lines that set
    that name (and with nothing else on the line); None otherwise (left as before).
    """
    uncommented = _octave_comment_lines(text.split("\n"))
    if uncommented is None:
        return None
    lines, _ = uncommented
    pieces = [piece for line in lines for piece in _top_level_statements(line) if piece.strip()]
    if len(pieces) < 2:
        return None
    last = _ITS_OWN_COLUMN.match(pieces[-1])
    if last is None or not any((own := _ASSIGNED.match(piece)) is not None and own.group("name") == last.group("name")
                               for piece in pieces[:-1]):
        return None
    start = text.rfind(pieces[-1])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start + len(pieces[-1]))
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[start + len(pieces[-1]):line_end].strip():
        return None  # another statement (or a comment) on its line: not read here
    name = last.group("name")
    note = (f"read as Octave: {' '.join(pieces[-1].split()).rstrip(';')} puts the entries of {name} in one column, "
            f"in order: it changes none of them, and is left out")
    # the line and the blank lines before it (grad = grad + reg;\n\ngrad = grad(:);): cut from the text before's end
    return _apply(text, [], [(len(text[:line_start].rstrip()), line_end, "", note)])


def cost_beside_gradient(text: str) -> Pasted | None:
    """An answer whose lines compute ``J = …;`` and then ``grad = …;`` (an Octave cost function's two outputs): the
    gradient's lines, the cost's line left out, noted.

    Only where the last line sets ``grad``, one line sets ``J`` (or ``cost``) once, before it, and no other line uses
    it: the line left out then says nothing of the value the answer is. The lines before it that set a name once,
    which only the lines left out use (``unreg_J = …; reg_J = …; J = unreg_J + reg_J;``, f76's Portuguese
    costFunctionReg), are left out with it, named in the note. None otherwise (left as before).
    """
    uncommented = _octave_comment_lines(text.split("\n"))
    if uncommented is None:
        return None
    lines, _ = uncommented
    pieces = [piece for line in lines for piece in _top_level_statements(line) if piece.strip()]
    if len(pieces) < 2 or any(_CONTROL.match(piece) for piece in pieces):
        return None
    # (the last line may write one entry of the gradient: grad(1,1) = … after grad = …, ex3's lrCostFunction)
    last = _ASSIGNED.match(pieces[-1]) or _ENTRY_ASSIGNED.match(pieces[-1])
    if last is None or not _OUTPUT_GRADIENT.fullmatch(last.group("name")):
        return None
    costs = [k for k, piece in enumerate(pieces) if (own := _ASSIGNED.match(piece)) is not None
             and _OUTPUT_COST.fullmatch(own.group("name"))]
    if len(costs) != 1:
        return None
    piece = pieces[costs[0]]
    own = _ASSIGNED.match(piece)
    assert own is not None, "a cost's line found just above, by this pattern"
    name = own.group("name")

    def use(word: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w.]){re.escape(word)}(?!\w)")

    if any(use(name).search(other) for k, other in enumerate(pieces) if k != costs[0]):
        return None  # J used or set again by another line: not a line apart
    # the lines only J's line uses, each a name set once: left out with it (latest first, so a helper of a helper too)
    out = {costs[0]}
    for k in range(costs[0] - 1, -1, -1):
        helper = _ASSIGNED.match(pieces[k])
        if helper is None or helper.group("name") == last.group("name"):
            continue
        word = use(helper.group("name"))
        users = {j for j, other in enumerate(pieces) if j != k and word.search(other)}
        set_again = any(j != k and re.match(rf"\s*{re.escape(helper.group('name'))}\s*(?:\([^()]*\))?\s*[-+*/]?=(?!=)",
                                            other) for j, other in enumerate(pieces))
        if users and users <= out and not set_again:
            out.add(k)
    spans: list[tuple[int, int]] = []  # each piece's place in the text, found in order
    at = 0
    for k, each in enumerate(pieces):
        found = text.find(each, at)
        if found < 0:
            return None
        at = found + len(each)
        if k in out:
            start, end = found, found + len(each)
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if text[text.rfind("\n", 0, start) + 1:start].strip() == "" and text[end:line_end].strip() == "":
                end = min(line_end + 1, len(text))  # the line itself, with its line break
            spans.append((start, end))
    helpers = [_shorten(" ".join(pieces[k].split()).rstrip(";"), 60) for k in sorted(out) if k != costs[0]]
    shown = _shorten(" ".join(piece.split()).rstrip(";"), 60)
    note = (f"read as Octave: the lines compute {name} and {last.group('name')}, the two outputs of a cost function "
            f"([{name}, {last.group('name')}] = …); the answer is {last.group('name')}, and no other line uses {name}: "
            f"{shown} is left out")
    if helpers:
        note += f", with the lines that set what only it uses: {'; '.join(helpers)}"
    return _apply(text, [], [(start, end, "", note if k == 0 else "") for k, (start, end) in enumerate(spans)])


#: the value of the gradient before the penalty, kept apart: thet = X' * (H - y) / m;
_FIRST_FROM = r"^\s*{grad}\s*\(\s*1\s*\)\s*=(?!=)\s*{helper}\s*\(\s*1\s*\)\s*(?:;\s*)?$"


def _first_from_unpenalised(pieces: list[str]) -> tuple[list[str], list[str]]:
    """``thet = A;``, ``grad = A + c * theta;``, ``grad(1) = thet(1);`` (QianyiHu's ex5): the first entry without the
    penalty, read as ``grad(1) = grad(1) - c * theta(1)`` (which :func:`reassigned` reads), the helper left out, noted.

    Only where the helper is set once, to the very text (spaces aside) that ``grad``'s value writes before ``+ c *
    theta`` (or to ``thet`` itself there), with c one product (:func:`_one_product`), and no other line uses it: its
    first entry is then grad's less c·θ(1). The pieces as they were otherwise.
    """
    if len(pieces) != 3:
        return pieces, []
    helper, grad, fix = (_ASSIGNED.match(piece) for piece in pieces)
    if helper is None or grad is None:
        return pieces, []
    h, g = helper.group("name"), grad.group("name")
    if h == g or not re.match(_FIRST_FROM.format(grad=re.escape(g), helper=re.escape(h)), pieces[2]):
        return pieces, []
    penalised = re.fullmatch(r"(?P<base>.+?)\s*\+\s*(?P<scale>[^+]+?)\s*\.?\*\s*(?P<vector>theta|w)\s*;?", grad.group("value"),
                             re.DOTALL)
    if penalised is None or not _one_product(penalised.group("scale")) or not top_level(grad.group("value"), "+"):
        return pieces, []
    scale, vector, base = penalised.group("scale"), penalised.group("vector"), penalised.group("base")
    value = helper.group("value").rstrip(";").strip()
    if re.search(r"(?<![\w.])(?:theta|w|beta|X|x|y)(?!\w)|'", scale) or "".join(base.split()) not in (
            "".join(value.split()), h):
        return pieces, []
    uses = re.compile(rf"(?<![\w.]){re.escape(h)}(?!\w)")
    if uses.search(value) or re.search(rf"(?<![\w.]){re.escape(g)}(?!\w)", value):
        return pieces, []
    if base.strip() == h:
        grad_line = f"{g} = ({value}) + {scale} * {vector};"
    else:
        grad_line = pieces[1]
    note = (f"read as Octave: {pieces[2].strip()} sets {g}'s first entry to {h}'s, which is {g}'s without "
            f"{scale.strip()} * {vector}: {g}(1) = {g}(1) - {scale.strip()} * {vector}(1), the intercept "
            f"unpenalised; {h} is used nowhere else")
    return [grad_line, f"{g}(1) = {g}(1) - {scale.strip()} * {vector}(1);"], [note]


def reassigned(text: str) -> Pasted | None:
    """``grad = A;`` then ``grad = grad + B;`` (or ``grad(1) = grad(1) - c*theta(1);``): the name's last value, noted.

    Code returns what the name holds after its last line, so the lines are put into one
    another: each later value with the name replaced by the value before it. Octave's
    fix-up of the first entry, ``± c * theta(1)`` added to ``grad(1)`` alone, is
    ``± c * (theta - [0; theta(2:end)])`` added to the whole (θ₁e₁ = θ − [0; θ(2:end)]).
    None unless every statement assigns the same one name, the first does not use it and every later one
    does: notes that write ``g = A`` and then ``g = B`` state A = B, a chain, not a reassignment.
    """
    uncommented = _octave_comment_lines(text.split("\n"))
    if uncommented is None:
        return None  # a block comment never closed: what it leaves to run is not said
    lines, comments = uncommented
    pieces = [piece for line in lines for piece in _top_level_statements(line) if piece.strip()]
    helpers: dict[str, str] = {}
    pieces, zeroed = _zeroed_helpers(pieces)
    pieces, first_from = _first_from_unpenalised(pieces)
    zeroed += first_from
    if zeroed and len(pieces) == 1 and (only := _ASSIGNED.match(pieces[0])) is not None:
        # regular = lambda/m .* theta; regular(1) = 0; grad = … + regular: one value once the helper is put in
        value = only.group("value")
        return Pasted(text, value, ((0, len(text), 0, len(value)),), (*comments, *zeroed))
    if comments and not zeroed and len(pieces) == 1:
        # '% Función para calcular el gradiente' above grad = …; (f86's Alessa): an Octave comment line (a LaTeX one
        # too; no language's maths starts a line with %) and one statement, which is then read as if alone (noted)
        kept = "\n".join(line for line in lines if line.strip())
        return Pasted(text, kept, ((0, len(text), 0, len(kept)),), tuple(comments)) if kept != text else None
    if len(pieces) < 2:
        return None
    first = _ASSIGNED.match(pieces[0])
    if first is None:
        return None
    name, value = first.group("name"), first.group("value")
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
    if word.search(value) or re.search(rf"(?<![\w.]){re.escape(name)}\s*[(\[]", value):
        return None
    # grad alone on the last line after the lines that assign it in turn: the value they leave (a notebook shows it,
    # Octave prints it), as gradient_pieces and statements read it; left, the lines were read in parts and refused
    shown_last = len(pieces) > 2 and pieces[-1].strip().rstrip(";").strip() == name
    if shown_last:
        pieces = pieces[:-1]
    # how the lines that change part of the value are written, for the note (Octave's or NumPy's spelling)
    rest_updated: list[str] = []
    first_fixed: list[str] = []
    cursor = 0  # where the line before this one was found in the text, for the caret of a code too long to read
    for k, piece in enumerate(pieces[1:], start=1):
        cursor = _refuse_too_deep(text, pieces[k - 1], cursor, value, name)
        for helper, helper_value in helpers.items():
            piece = re.sub(rf"(?<![\w.]){re.escape(helper)}(?![\w(\[])", lambda _: f"({helper_value})", piece)
        fixed = _FIRST_FIXED.match(piece) or _NUMPY_FIRST_FIXED.match(piece)
        if fixed is not None and fixed.group("name") == name:
            _refuse_unfactored_fix(text, piece, fixed)
            vector = fixed.group("vector")
            value = (f"({value}) {fixed.group('sign') or fixed.group('op')} ({fixed.group('scale')}) * "
                     f"({vector} - [0; {vector}(2:end)])")
            first_fixed.append(f"{name}(1) = {name}(1) ± c·θ(1)" if _FIRST_FIXED.match(piece)
                               else f"{name}[0] -= c·θ[0]")
            continue
        rest = _REST_UPDATED.match(piece) or _NUMPY_REST_UPDATED.match(piece)
        if rest is not None and rest.group("name") == name and not word.search(rest.group("added")) \
                and _REST_OF_PARAMETERS.search(rest.group("added")) and not _PARAMETER_SLICE.search(
                    _REST_OF_PARAMETERS.sub("", rest.group("added"))):
            # grad(2:end) = grad(2:end) + grad_reg (ex5), NumPy's grad[1:] += lam * theta[1:]: the entries after the
            # intercept's get the n − 1 values added, the first none: [0; added] added to the whole
            value = f"({value}) {rest.group('sign') or rest.group('op')} {_stacked_rest(rest.group('added'))}"
            rest_updated.append(f"{name}(2:end) = {name}(2:end) + v" if _REST_UPDATED.match(piece)
                                else f"{name}[1:] += v")
            continue
        _refuse_sliced_update(text, piece, name)
        own = _ASSIGNED.match(piece)
        other = own.group("name") if own is not None else name
        assignments = [match.group("name") for match in map(_ASSIGNED.match, pieces) if match is not None]
        if own is not None and other != name and not word.search(own.group("value")) and other not in helpers \
                and k < len(pieces) - 1 and assignments.count(other) == 1 \
                and not re.search(rf"(?<![\w.]){re.escape(other)}\s*[(\[]", " ".join(pieces)):
            # grad_reg = (lambda/m)*(theta(2:end)) between grad's lines: a value of its own, put where it is used
            if not any(re.search(rf"(?<![\w.]){re.escape(other)}(?!\w)", later) for later in pieces[k + 1:]):
                return None  # a value computed and never used: which value is meant is not said
            helpers[other] = own.group("value")
            continue
        later = _ASSIGNED.match(piece)
        if later is None or later.group("name") != name or not word.search(later.group("value")) or re.search(
                rf"(?<![\w.]){re.escape(name)}\s*[(\[]", later.group("value")):
            return None  # another name, or a line that does not build on the value before it (notes' g = A, g = B)
        value = word.sub(lambda _: f"({value})", later.group("value"))
    _refuse_too_deep(text, pieces[-1], cursor, value, name)
    shown = " ".join(piece.strip() for piece in pieces)
    return Pasted(text, value, ((0, len(text), 0, len(value)),), (
        *comments, *zeroed,
        f"read as code: the lines assign {name} in turn ({_shorten(shown, 80)}): the answer is its last value, "
        f"each line's {name} the value before it" + (
            f"; {first_fixed[0]} changes the first entry alone: ± c·(θ − [0; θ(2:end)])"
            if first_fixed else "") + (
            f"; {rest_updated[0]} adds v to the entries after the first: + [0; v]"
            if rest_updated else "") + (
            f"; {', '.join(helpers)} set once between them {'is' if len(helpers) == 1 else 'are'} put where used"
            if helpers else "") + (
            f"; the last line, {name}, names the value the lines leave: the value the code ends with"
            if shown_last else ""),))


#: a number times the parameters after the intercept's, Octave's row of them too: lambda / m .* theta(2:end)'
_SCALED_REST = patterns.compile(r"(?P<scale>[^;=]*?[^;=\s])\s*\.?\*\s*(?P<vector>theta|w|beta)\s*\(\s*2\s*:\s*end\s*\)"
                                r"(?:\s*(?P<t>'))?")


def _stacked_rest(added: str) -> str:
    """What ``grad(2:end) = grad(2:end) + added`` adds to the whole of grad: ``[0; (added)]``, or, for a number
    times θ(2:end) (seraph-wing's ``lambda / m .* theta(2:end)'``, a row beside the row sum((h-y) .* X)),
    ``((c) * [0; theta(2:end)])`` with the transpose kept: the 0 stacked on θ's rest as a column, then turned as
    the source turns it, so that a row is added to a row and a column to a column, as Octave's own slice sets.
    """
    scaled = _SCALED_REST.fullmatch(added.strip())
    if scaled is None or not _one_product(scaled.group("scale")) or re.search(r"[-+*/^.]\s*$", scaled.group("scale")):
        return f"[0; ({added})]"
    return f"(({scaled.group('scale').strip()}) * [0; {scaled.group('vector')}(2:end)]){scaled.group('t') or ''}"


def refuse_shared_reads(text: str | None) -> None:
    """Refuse ``g = grad`` (Python's: no statement ends in Octave's ';'), a change of g in place (``g += …``,
    ``g[1:] += …``, ``g[0] = 0``), then a line that reads grad whole: the assignment copies nothing, so that grad
    is the changed array, not the value the lines are read with. ``g = grad; g += lam/m*theta; g = 2*g - grad`` is
    g in NumPy (the penalised gradient), and was judged different from it, read as 2(grad + λθ/m) − grad. Octave's
    assignment copies: its ';'-ended lines are not looked at; an entry read (``grad[0]``) is gradient_pieces's to
    judge, by the entries the change touched."""
    if text is None or not isinstance(text, str):
        return
    pieces = [piece for line in text.split("\n") for piece in _top_level_statements(line) if piece.strip()]
    if any(piece.rstrip().endswith(";") for piece in pieces):
        return
    shared: dict[str, tuple[str, int]] = {}  # each name that is another's array now: that other, and the line
    changed: dict[str, tuple[str, int, str]] = {}  # each array changed in place through another name: by which line
    cursor = 0
    for k, piece in enumerate(pieces):
        found_at = text.find(piece.strip(), cursor)
        at = found_at if found_at >= 0 else cursor
        cursor = at
        written = re.match(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?P<index>\[[^\]]*\])?\s*(?P<op>[-+*/]?=)(?!=)\s*", piece)
        value_at = at + (written.end() - (len(piece) - len(piece.lstrip())) if written is not None else 0)
        value = piece[written.end():] if written is not None else piece
        for other, (name, line_at, line) in changed.items():
            read = re.search(rf"(?<![\w.]){re.escape(other)}(?![\w\[(])", value)
            if read is not None:
                raise InputError(
                    f"{' '.join(pieces[line_at].split())} copies nothing in Python: {name} is {other}'s own array, "
                    f"so {' '.join(line.split())} changes {other} too, and {other}, read after it, is the changed "
                    f"one, not {other}'s value before",
                    source=text, column=value_at + read.start(), label="ANSWER",
                    hint=f"write {name} = {other}.copy() for a copy, which leaves {other} as it was")
        if written is None:
            continue
        name = written.group("name")
        if written.group("index") is None and written.group("op") == "=":
            bare = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*", value)
            shared.pop(name, None)
            if bare is not None and bare.group(1) != name:
                shared[name] = (bare.group(1), k)
        elif name in shared:
            other, line_at = shared[name]
            changed.setdefault(other, (name, line_at, piece))


#: a count of the examples set from the data, which the notation's m already is (m = len(y), m = y.size …)
_EXAMPLE_COUNT = patterns.compile(r"\s*m\s*=\s*(?:len\(\s*y\s*\)|y\.size|y\.shape\[0\]|X\.shape\[0\]|"
                                  r"length\(\s*y\s*\)|numel\(\s*y\s*\)|size\(\s*X\s*,\s*1\s*\)|"
                                  r"size\(\s*y\s*,\s*1\s*\)|rows\(\s*X\s*\))\s*(?:;\s*)?")


def _after_leading_values(text: str) -> Pasted | None:
    """Lines that first set names of their own (``h = sigmoid(X @ theta)``, ``m = len(y)``) and then assign the
    gradient in turn or in parts (:func:`reassigned`, :func:`pieced`): each such name put where the later lines use
    it, the count m = len(y) dropped (it is the notation's m), noted; None where the lines after them are not so
    read, or a name is set twice, written into, or used nowhere after."""
    uncommented = _octave_comment_lines(text.split("\n"))
    if uncommented is None:
        return None
    lines, _ = uncommented
    pieces = [piece.strip() for line in lines for piece in _top_level_statements(line) if piece.strip()]
    written = list(pieces)
    values: list[tuple[str, str]] = []
    dropped: list[str] = []
    while len(pieces) > 2:
        own = _ASSIGNED.match(pieces[0])
        if own is None:
            break
        name, rest = own.group("name"), pieces[1:]
        use = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
        if any(re.match(rf"\s*{re.escape(name)}\s*(?:[(\[][^=]*)?[-+*/]?=(?!=)", piece) for piece in rest) or \
                re.search(rf"(?<![\w.]){re.escape(name)}\s*[(\[]", " ".join(rest)):
            break  # the gradient's own first line (grad = …; grad(2:end) = …), or a name indexed or set again
        if _EXAMPLE_COUNT.fullmatch(pieces[0]):
            dropped.append(pieces[0].rstrip(";").strip())
        elif any(use.search(piece) for piece in rest) and not use.search(own.group("value")):
            value = own.group("value").rstrip(";").strip()
            rest = [use.sub(lambda _: f"({value})", piece) for piece in rest]
            values.append((name, value))
        else:
            return None  # a name set and never used: which value is meant is not said
        pieces = rest
    if not values and not dropped:
        return None
    after = "\n".join(pieces)
    try:
        composed = reassigned(after) or pieced(after)
    except InputError as error:
        if error.source != after or error.column is None:
            raise
        # the caret at the start of the statement as the text writes it, before the values were put in
        line = written[len(written) - len(pieces) + after[:error.column].count("\n")]
        error.source, error.column = text, max(text.find(line), 0)
        raise
    if composed is None:
        return None
    said = ", ".join([*(f"{name} = {_shorten(value, 40)}" for name, value in values), *dropped])
    note = (f"read as code: the lines first set {said} ({'each ' if len(values) + len(dropped) > 1 else ''}once), "
            "then assign the gradient: "
            + ("each value is put where the later lines use it" if values else "")
            + ("; " if values and dropped else "") + ("m counts the examples, as logderiv's m does" if dropped else ""))
    return Pasted(text, composed.text, ((0, len(text), 0, len(composed.text)),), (note, *composed.notes))


def pieced(text: str) -> Pasted | None:
    """``grad(1) = …;`` then ``grad(2:end) = …;`` (R's ``[1] <-``/``[2:n] <-``, NumPy's ``[0] =``/``[1:] =``): the
    one vector the lines assemble, by :func:`gradient_pieces.assemble`, noted; None where the lines are not one
    name written in parts."""
    uncommented = _octave_comment_lines(text.split("\n"))
    if uncommented is None:
        return None
    lines, comments = uncommented
    found = gradient_pieces.assemble(text, lines)
    if found is None:
        return None
    value, note = found
    return Pasted(text, value, ((0, len(text), 0, len(value)),), (*comments, note))


def _refuse_too_deep(text: str, line: str, cursor: int, value: str, name: str) -> int:
    """Refuse lines put into one another past the notation's bound of nesting; where ``line`` ends, if not.

    Each line that builds on the value before it wraps that value in brackets once more: 200 lines of
    ``grad[1:] += …`` nested 200 deep, and the reader's own bound then said "brackets are nested more than
    100 deep" with the caret at the first line, of brackets nobody wrote. The bound is the work bound of the
    notation (grammar.MAX_DEPTH), said as what it is here: more lines than logderiv puts into one another.
    """
    from .grammar import MAX_DEPTH
    from ..errors import InputTooLargeError

    found = text.find(line.strip(), cursor)
    at = cursor if found < 0 else found
    depth = deepest = 0
    for char in value:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth = max(0, depth - 1)
    if deepest > MAX_DEPTH:
        raise InputTooLargeError(
            f"the code assigns {name} in too many lines to read: each line builds on the value before it, and "
            f"put into one another the lines up to this one nest more than {MAX_DEPTH} deep (the bound of the "
            "work logderiv does on one formula)",
            source=text, column=at, label="ANSWER",
            hint=f"add the updates up in fewer lines (one line for each part of {name}), or check the code with "
                 "logderiv gradcheck, which runs it",
        )
    return at + len(line.strip())


#: Octave's update of every entry but the first: grad(2:end) = grad(2:end) + v (or - v; Octave's += too)
_REST_UPDATED = patterns.to_end(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*2\s*:\s*end\s*\)\s*(?:(?P<op>[-+])=|=\s*(?P=name)\s*\(\s*2\s*:\s*end\s*\)\s*"
    r"(?P<sign>[-+]))\s*(?P<added>[^;=]+)$")
#: NumPy's update of every entry but the first: grad[1:] += v (-= v), grad[1:] = grad[1:] + v (comp551's logistic
#: regression, kaleko's ex3): the same entries as Octave's grad(2:end), NumPy counting from 0
_NUMPY_REST_UPDATED = patterns.to_end(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*\[\s*1\s*:\s*\]\s*(?:(?P<op>[-+])=|=\s*(?P=name)\s*\[\s*1\s*:\s*\]\s*"
    r"(?P<sign>[-+]))\s*(?P<added>[^;=]+)$")
#: NumPy's fix-up of the first entry: grad[0] -= c * theta[0], grad[0] = grad[0] - c * theta[0]
_NUMPY_FIRST_FIXED = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*\[\s*0\s*\]\s*(?:(?P<op>[-+])=|=\s*(?P=name)\s*\[\s*0\s*\]\s*(?P<sign>[-+]))\s*"
    r"(?P<open>\(\s*)?(?P<scale>(?:(?!\b(?:theta|w)\b)[^;=])+?)\s*\*\s*(?P<vector>theta|w)\s*\[\s*0\s*\]"
    r"\s*(?(open)\))\s*(?:;\s*)?$")
#: the parameters' entries after the intercept's, the same entries as the rest update's left side (a class's
#: self.theta[1:] too: the object's attribute, read as the quantity itself later where it can be)
_REST_OF_PARAMETERS = patterns.compile(
    r"(?<![\w.])(?:(?:self|this)\.)?(?:theta|w|beta)\s*(?:\(\s*2\s*:\s*end\s*\)|\[\s*1\s*:\s*\])")
#: any slice of the parameters (theta[:-1], w(1:end-1)): entries that need not be the left side's
_PARAMETER_SLICE = patterns.compile(r"(?<![\w.])(?:(?:self|this)\.)?(?:theta|w|beta)\s*(?:\[[^\[\]]*:[^\[\]]*\]|\([^()]*:[^()]*\))")
#: a line that updates a slice of a name in place: grad[:-1] += …, grad[1:] = grad[1:] - …, grad(2:n) = grad(2:n) + …
_SLICE_UPDATED = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?P<slice>\[[^\[\]=]*:[^\[\]=]*\]|\([^()=]*:[^()=]*\))\s*"
    r"(?:[-+*/]=|=\s*(?P=name)\s*(?P=slice))")


def _refuse_unfactored_fix(text: str, piece: str, fixed: re.Match[str]) -> None:
    """Refuse a fix-up of the first entry whose scale is no factor of θ's entry (audit26i).

    ``grad[0] = grad[0] - lam/m + 0*w[0]`` subtracts λ/m and adds 0·w₀: read as ``- (lam/m + 0) * w[0]`` it would be
    the intercept's penalty taken off, a false "equivalent". The fix-up is read only where everything before
    ``* theta(1)`` (``* w[0]``) is one product, as _one_product asks of a zeroed helper's scale.
    """
    scale = fixed.group("scale")
    if _one_product(scale) and not re.search(r"[-+*/^]\s*$", scale):
        return
    column = max(text.find(piece.strip()), 0) - (len(piece) - len(piece.lstrip())) + fixed.start("scale")
    entry = f"{fixed.group('vector')}[0]" if "[" in piece[:fixed.start("scale")] else f"{fixed.group('vector')}(1)"
    written = " ".join(piece[fixed.start("scale"):].split()).rstrip(";")
    raise InputError(f"the first entry's change {written} is not one number times {entry} ({entry} multiplies only "
                     f"what stands next to it): only c * {entry} is read as the intercept's penalty taken off or put "
                     "on", source=text, column=column, label="ANSWER",
                     hint=f"write the first entry's change as one product, e.g. {fixed.group('name')}[0] -= lam / m * "
                          f"{fixed.group('vector')}[0] (NumPy) or {fixed.group('name')}(1) = {fixed.group('name')}(1) "
                          f"- lambda / m * {fixed.group('vector')}(1) (Octave)")


def _refuse_sliced_update(text: str, piece: str, name: str) -> None:
    """Refuse a line that changes a slice of the gradient other than the rest update read above (``grad[1:] += lam *
    theta[1:]``): ``grad[:-1] += lam * theta[1:]`` gives entry j the penalty of θ_{j+1} (a real slip, comp551's),
    and which entries each line meant is not said.

    Only a line that updates a slice of the value's own name; any other line is left to the reading as before.
    """
    found = _SLICE_UPDATED.match(piece)
    if found is None or found.group("name") != name:
        return
    if re.fullmatch(r"\(\s*:\s*,\s*2\s*:[^()]*\)", found.group("slice")):
        return  # Octave's grad(:, 2:end), a row's entries after the first: gradient_pieces reads it where a row it is
    column = max(text.find(piece.strip()), 0) + len(piece) - len(piece.lstrip())
    parameters = _PARAMETER_SLICE.search(piece, found.end())
    written = f"{name}{found.group('slice')}"
    bare = re.search(r"(?<![\w.])(?:theta|w|beta)(?!\w)", piece[found.end():])
    vector = parameters.group().split("[")[0].split("(")[0].strip().split(".")[-1] if parameters is not None \
        else bare.group() if bare is not None else "theta"
    taken = "".join(parameters.group().split())[len(parameters.group().split("[")[0].split("(")[0].strip()):] \
        if parameters is not None else ""
    if parameters is not None and taken != "".join(found.group("slice").split()):
        message = (f"{written} and {' '.join(parameters.group().split())} are not the same entries: as written an "
                   f"entry of {name} gets another entry's penalty (a shifted slice), which is not read")
    elif parameters is not None:
        message = (f"{written} is updated with the same entries of {vector}, but only the entries after the "
                   "intercept's are read so")
    else:
        message = (f"{written} is changed in place by a value with no slice of the parameters: which entries get "
                   "what is not read")
    raise InputError(message, source=text, column=column + len(name), label="ANSWER",
                     hint=f"if the entries after the intercept's are meant, write {name}[1:] += lam * {vector}[1:] "
                          f"(NumPy) or {name}(2:end) = {name}(2:end) + lambda * {vector}(2:end) (Octave); or the whole "
                          f"gradient in one line, e.g. with [0; theta(2:end)]")


#: a line that is only an Octave comment, and a comment after a statement's ';'
_OCTAVE_COMMENT_LINE = patterns.compile(r"^\s*%.*$")
_OCTAVE_TRAILING_COMMENT = patterns.compile(r"(?<=;)\s*%[^\n]*$")
#: the line that opens a block comment, alone on its line: %{ (MATLAB, Octave) or #{ (Octave)
_OCTAVE_BLOCK_OPEN = patterns.compile(r"([%#])\{")
#: the line that closes one, alone on its line
_OCTAVE_BLOCK_CLOSE = patterns.compile(r"[%#]\}")


def _octave_comment_lines(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """The lines without Octave's comments (a whole line from '%', or '%…' after a ';'), and a note of each.

    A block comment (``%{`` … ``%}``, Octave's ``#{`` … ``#}``, each alone on its line) drops every line between,
    code-like or not: dropping only its marks would read commented-out code as run. Block comments nest (MATLAB's
    and Octave's lexers count them: a ``%{`` alone on a line inside a block opens one more, which its own ``%}``
    closes), so a block ends at the close that matches its open, not at the first. None where a block is never closed
    (MATLAB then comments out the rest, which the lines shown may not end). A mark of the other kind alone inside a block (``#}`` in ``%{`` … ``%}``: Octave's mark, MATLAB's comment
    text) is refused at it.
    """
    out, notes = [], []
    block: str | None = None
    depth = 0
    for number, line in enumerate(lines):
        if block is not None:
            mark = line.strip()
            if (_OCTAVE_BLOCK_OPEN.fullmatch(mark) or _OCTAVE_BLOCK_CLOSE.fullmatch(mark)) and mark[0] != block[0]:
                source = "\n".join(lines)
                offset = sum(len(before) + 1 for before in lines[:number]) + line.index(mark)
                raise InputError(
                    f"{mark} alone on a line inside the block comment {block[0]}{{ … {block}: Octave reads it as a "
                    f"block comment's mark (it takes % and # alike), MATLAB as comment text, so where the block ends "
                    f"is not said", source=source, column=offset, line=number + 1, label="ANSWER",
                    hint=f"write the block's marks with one character, {block[0]}{{ and {block}")
            if _OCTAVE_BLOCK_OPEN.fullmatch(line.strip()) is not None:
                depth += 1
                if depth == 2:
                    notes.append(f"a block comment nests inside it ({line.strip()} alone on its line opens one more, "
                                 f"as MATLAB and Octave count them): the block ends at the {block} that closes it")
            elif _OCTAVE_BLOCK_CLOSE.fullmatch(line.strip()) is not None:
                depth -= 1
                if depth == 0:
                    block = None
            continue
        opened = _OCTAVE_BLOCK_OPEN.fullmatch(line.strip())
        if opened is not None:
            block, depth = opened.group(1) + "}", 1
            notes.append(f"the lines between {line.strip()} and {block} are an Octave block comment: dropped")
            continue
        if _OCTAVE_COMMENT_LINE.match(line):
            notes.append(f"'{line.strip()}' is an Octave comment: dropped")
            continue
        trailing = _OCTAVE_TRAILING_COMMENT.search(line)
        if trailing is not None:
            notes.append(f"'{trailing.group().strip()}' is an Octave comment after the statement: dropped")
            line = line[:trailing.start()]
        out.append(line)
    if block is not None:
        return None
    return out, notes


#: Python's accumulating loop: for i in range(N):  ACC = BODY + ACC  (ACC = ACC + BODY, ACC += BODY)
_LOOP = patterns.to_end(r"^\s*for\s+(?P<var>[A-Za-z_]\w*)\s+in\s+range\((?P<count>[^:\n]+)\)\s*:\s*\n?\s*"
                   r"(?P<acc>[A-Za-z_]\w*)\s*(?P<op>\+=|-=|=)\s*(?P<value>[^\n]+)$", mark="")
#: an accumulator's start: ACC = 0, 0.0, 0.
_ZERO_START = patterns.compile(r"^\s*(?P<acc>[A-Za-z_]\w*)\s*=\s*0(?:\.0*)?\s*(?:;\s*)?$")


def accumulating_loop(answer: str | None, lets: Sequence[str]) -> tuple[Pasted, str] | None:
    """``for i in range(len(x)):`` ``d = BODY + d`` with ``--let d = 0.0``: ``sum(BODY for i in range(len(x)))``.

    The loop adds BODY for each i to an accumulator that starts at 0 (its --let), so the
    answer is the sum, read then as any comprehension is (over the examples, ``v[i]`` as vᵢ,
    anything else refused). Returns the rewritten answer and the --let it makes needless,
    or None: another loop, a body that does not add to the accumulator, a start that is not 0.
    """
    if not isinstance(answer, str) or "for" not in answer:
        return None
    loop = _LOOP.match(answer)
    if loop is None:
        return None
    acc, value = loop.group("acc"), loop.group("value").rstrip(";").strip()
    start = next((text for text in lets if isinstance(text, str) and (m := _ZERO_START.match(text))
                  and m.group("acc") == acc), None)
    word = re.compile(rf"(?<![\w.]){re.escape(acc)}(?!\w)")
    if start is None or any(isinstance(text, str) and text is not start and re.match(rf"\s*{word.pattern}\s*=", text)
                            for text in lets):
        return None  # another --let of the accumulator too (d = 0 and d = 1): which start is not said, refused there

    if loop.group("op") == "=":
        cuts = [-1, *top_level(value, "+"), len(value)]
        parts = [value[start + 1:end] for start, end in zip(cuts, cuts[1:])]
        added = [k for k, part in enumerate(parts) if word.fullmatch(part.strip())]
        if len(added) != 1:
            return None  # ACC = ACC * 2, ACC = BODY: no sum of the bodies
        body = "+".join(part for k, part in enumerate(parts) if k != added[0]).strip()
    elif loop.group("op") == "-=":
        body = f"-({value})" if value else value  # ACC -= BODY adds −BODY: ACC is minus the sum of the bodies
    else:
        body = value
    if not body or word.search(body):
        return None
    new = f"sum({body} for {loop.group('var')} in range({loop.group('count').strip()}))"
    how = "subtracts its body from" if loop.group("op") == "-=" else "adds its body to"
    return Pasted(answer, new, ((0, len(answer), 0, len(new)),), (
        f"read as Python: the loop {how} {acc}, which starts at 0 ({start.strip()}), once for each "
        f"{loop.group('var')}: {acc} is the sum of the {'negated ' if loop.group('op') == '-=' else ''}bodies, "
        f"{_shorten(new, 70)}",)), start


#: an accumulator's start at zero of the parameters' shape: grad = zeros(size(theta)), np.zeros_like(w), 0
_ZEROS_START = patterns.compile(r"^\s*(?P<acc>[A-Za-z_]\w*)\s*(?:=|<-)\s*(?:0(?:\.0*)?|(?:np\.|numpy\.)?(?:zeros\(\s*"
                                r"size\(\s*(?P<a>theta|w|beta)\s*\)\s*\)|zeros_like\(\s*(?P<b>theta|w|beta)\s*\)|"
                                r"zeros\(\s*(?P<c>theta|w|beta)\.shape\s*\)|"
                                # Octave's column zeros(M,1) of a count the answer never names (fixpyloop37: a Polish
                                # lab's grad = zeros(M,1), then grad = grad + xTrain' * (…)): whatever M is, where the
                                # sum runs at all (M the column's length, or 1) zeros(M,1) + V is V, entry by entry
                                r"zeros\(\s*(?P<d>(?!m\b)[A-Za-z_]\w*)\s*,\s*1\s*\)))\s*(?:;\s*)?$")
#: NAME = NAME + VALUE; (one line)
_SELF_PLUS = patterns.to_end(r"^\s*(?P<acc>[A-Za-z_]\w*)\s*(?:=|<-)\s*(?P=acc)\s*\+\s*(?P<value>[^\n]+)$")
STARTED_NOTE = ("read as code: {acc} starts at zero ({start}) and the answer adds to it once: {acc} is what it adds, "
                "{acc} = {value}")


def zero_started(answer: str | None, lets: Sequence[str]) -> tuple[Pasted, str] | None:
    """``grad = grad + V;`` with ``--let grad = zeros(size(theta))`` (the ex5 template's start): ``grad = V``, noted.

    The course template sets grad (and J) to zeros before the student's line, so the line's value is V. Returns the
    rewritten answer and the --let it makes needless, or None: no such --let (grad is then unknown, refused there),
    two --lets of the name, a start that is not zero, or a name used again inside V.
    """
    if not isinstance(answer, str):
        return None
    line = _SELF_PLUS.match(answer)
    if line is None:
        return None
    acc, value = line.group("acc"), line.group("value").strip()
    word = re.compile(rf"(?<![\w.]){re.escape(acc)}(?!\w)")
    given = [text for text in lets if isinstance(text, str) and re.match(rf"\s*{word.pattern}\s*(?:=|<-)", text)]
    start = next((text for text in given if (m := _ZEROS_START.match(text)) and m.group("acc") == acc), None)
    if start is None or len(given) != 1 or word.search(value):
        return None
    counted = _ZEROS_START.match(start)
    assert counted is not None, "start was matched just above"
    if counted.group("d") and re.search(rf"(?<![\w.]){re.escape(counted.group('d'))}(?!\w)", value):
        return None  # grad = grad + M * v: the count is a number of the answer's, which nothing defines
    new = f"{acc} = {value}"
    return Pasted(answer, new, ((0, len(answer), 0, len(new)),), (
        STARTED_NOTE.format(acc=acc, start=start.strip().rstrip(";"), value=_shorten(value, 70)),)), start


def _top_level_statements(line: str) -> list[str]:
    """``line`` split after each ';' outside brackets ([0; theta(2:end)] is one value), each ';' kept."""
    pieces, depth, start = [], 0, 0
    for position, char in enumerate(line):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == ";" and depth == 0:
            pieces.append(line[start:position + 1])
            start = position + 1
    if line[start:].strip():
        pieces.append(line[start:])
    return pieces


#: a helper written as a --let of statements: regularization_mask(d): mask = np.ones(d); mask[0] = 0.0  # comment
#: (def before it, a return of the vector it builds at its end, both optional)
_HELPER = patterns.compile(r"^\s*(?:def\s+)?(?P<function>[A-Za-z_]\w*)\s*\(\s*(?P<argument>[A-Za-z_]\w*)\s*\)\s*:"
                           r"\s*(?P<body>[^#\n]*?)\s*(?:#[^\n]*)?$")
#: the let that calls it: mask = regularization_mask(len(w))
_HELPER_CALL = r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*{function}\s*\((?P<value>[^;#\n]*)\)\s*(?:;\s*)?(?:#[^\n]*)?$"


def _helper_calls(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """A helper of statements called by one --let, put in its place: ``F(d): v = np.ones(d); v[0] = 0.0`` with
    ``mask = F(len(w))`` is the lines ``mask = np.ones(len(w))`` and ``mask[0] = 0.0`` (noted).

    Read only where the helper's every statement assigns one vector (``v = …``, then ``v[…] = …``), ending, if at
    all, in ``return v`` — its value is that vector — and each --let that names the helper is ``NAME = F(…)``, its
    whole value; the lines are then the other readers' (a mask of ones with entry 0 zeroed is the intercept's mask).
    Anything else is left as written, to be read or refused as before.
    """
    out = list(lets)
    notes: list[str] = []
    for text in lets:
        helper = _HELPER.match(text) if isinstance(text, str) else None
        if helper is None:
            continue
        pieces = [piece.strip().rstrip(";").strip() for piece in _top_level_statements(helper.group("body"))]
        pieces = [piece for piece in pieces if piece]
        first = re.match(r"^([A-Za-z_]\w*)\s*=(?!=)", pieces[0]) if pieces else None
        if first is None:
            continue
        vector = first.group(1)
        if pieces[-1] == f"return {vector}":
            pieces = pieces[:-1]
        assigned = re.compile(rf"^{re.escape(vector)}\s*(?:\[[^\[\]]*\])?\s*=(?!=)")
        if not pieces or not all(assigned.match(piece) for piece in pieces):
            continue
        function, argument = helper.group("function"), helper.group("argument")
        call = re.compile(_HELPER_CALL.format(function=re.escape(function)))
        word = re.compile(rf"(?<![\w.]){re.escape(function)}(?!\w)")
        users = [other for other in out if isinstance(other, str) and other is not text and word.search(other)]
        if not users or not all(call.match(other) for other in users):
            continue
        replaced: list[str] = []
        for other in out:
            found = call.match(other) if isinstance(other, str) and other in users else None
            if other is text:
                continue
            if found is None:
                replaced.append(other)
                continue
            name, value = found.group("name"), found.group("value").strip()
            # the argument's value in brackets where it is more than a name or one call (x**2 of X @ w: (X @ w)**2)
            put = value if re.fullmatch(r"[A-Za-z_][\w.]*(?:\([^()]*\))?", value) else f"({value})"
            lines = [re.sub(rf"(?<![\w.]){re.escape(argument)}(?!\w)", lambda _: put,
                            re.sub(rf"(?<![\w.]){re.escape(vector)}(?!\w)", lambda _: name, piece)) for piece in pieces]
            replaced.append("; ".join(lines))
            notes.append(f"read as code: {function}({argument}) is lines that build {vector} ({'; '.join(pieces)}), "
                         f"its value; {found.group(0).strip().rstrip(';')} is those lines with {argument} = {value}: "
                         f"{'; '.join(lines)}")
        out = replaced
    return out, notes


#: g = np.vectorize(g) (with otypes=[…] at most): the function g, defined by a def of one parameter, made to apply
#: to each entry of an array
_VECTORIZED = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?:np|numpy)\.vectorize\(\s*(?P=name)\s*"
                               r"(?:,\s*otypes\s*=\s*\[[\w.\s,]*\]\s*)?\)\s*(?:;\s*)?(?:#[^\n]*)?$")


def _vectorized_defs(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """``g = np.vectorize(g, otypes=[np.float64])`` beside ``def g(z): …`` (one parameter): dropped, noted.

    NumPy's vectorize only calls g on each entry of the array it is given, which is how logderiv applies a function
    of a number to a vector (σ(Xθ) entry by entry): the line changes no value. Only where the lets define g by a def
    of one parameter; any other vectorize is left as written (refused as before).
    """
    out: list[str] = []
    notes: list[str] = []
    for text in lets:
        found = _VECTORIZED.match(text) if isinstance(text, str) else None
        if found is not None:
            name = re.escape(found.group("name"))
            defined = [other for other in lets if isinstance(other, str)
                       and re.match(rf"\s*def\s+{name}\s*\(\s*[A-Za-z_]\w*\s*(?::[^,()]*)?\)", other)]
            if len(defined) == 1 and _of_a_number(defined[0]):
                notes.append(f"read as NumPy: {text.strip()} makes {found.group('name')}, a function of one number, "
                             f"apply to each entry of an array, as logderiv applies a function of a number to a "
                             f"vector: the line changes no value, dropped")
                continue
        out.append(text)
    return out, notes


#: what a function of one number may call, each of a number as of an array entry by entry (np.vectorize's g changes
#: no value only so)
_OF_A_NUMBER = frozenset({
    "return", "if", "else", "and", "or", "not", "abs", "float", "max", "min", "pow",
    *(f"{module}.{function}" for module in ("np", "numpy", "math")
      for function in ("exp", "log", "log1p", "expm1", "pow", "power", "e", "pi", "tanh", "sqrt", "abs", "fabs",
                       "maximum", "minimum", "square", "sign", "float64", "float32")),
})


def _of_a_number(definition: str) -> bool:
    """Whether the def's body computes entry by entry: only its parameter, its locals, numbers, arithmetic and the
    functions of a number above. A reduction or a product of arrays (``z.T @ z``, ``np.dot(z, z)``, ``np.sum(z)``,
    ``z[0]``) is another value of the whole array than of each entry, which np.vectorize would take."""
    head, _, body = definition.partition(":")
    parameter = re.search(r"\(\s*([A-Za-z_]\w*)", head)
    body = re.sub(r"(?s)\"\"\".*?\"\"\"|'\'\'.*?'\'\'|\"[^\"\n]*\"|'[^'\n]*'|#[^\n]*", " ", body)
    if parameter is None or re.search(r"[@\[\]{};]", body):
        return False
    own = {parameter.group(1), *re.findall(r"(?m)^\s*([A-Za-z_]\w*)\s*[-+*/]?=(?!=)", body)}
    return all(word in own or word in _OF_A_NUMBER or word[0].isdigit()
               for word in re.findall(r"[A-Za-z_][\w.]*", re.sub(r"(?<![\w.])\d+(?:\.\d*)?(?:[eE][-+]?\d+)?", " ", body)))


def _statements(lets: Sequence[str]) -> list[str]:
    """The --let texts with a line of several Octave statements (``th = theta; th(1) = 0;``) split into one each.

    Split only at a ';' outside brackets ([0; theta(2:end)] is one value) where every piece is an assignment
    ``NAME = …`` or ``NAME(…) = …``; any other text is kept whole, for the readers to read or refuse.
    """
    out: list[str] = []
    for text in lets:
        if not isinstance(text, str) or "\n" in text:
            out.append(text)
            continue
        pieces = _top_level_statements(text)
        if len(pieces) > 1 and all(_STATEMENT.match(piece) for piece in pieces):
            out += [piece.strip() for piece in pieces]
        else:
            out.append(text)
    return out


#: NAME = theta(2:end); (Octave), NAME = theta[1:] (NumPy): the parameter vector without its intercept
_SLICE_LET = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>(?P<vector>theta|w)\s*(?:\(\s*2\s*:\s*(?:end|n|"
    r"(?:size|length|numel)\s*\(\s*(?P=vector)\s*(?:,\s*1\s*)?\))\s*(?:,\s*:\s*)?\)|\[\s*1\s*:\s*\]))\s*(?:;\s*)?$"
)
#: one number written as code (λ, the counts, numerals; * / and brackets, no sum): the scale of a scaled slice
_SLICE_SCALE = (r"(?:[\d.()*/\s]|(?<![\w.])(?:m|n|" + "|".join(sorted({*vocab.LAMBDA_SPELLINGS, "lambda"}, key=len, reverse=True))
                + r")(?![\w.(\[]))+")
#: NAME = (lambda / m) * theta(2:end); (Octave), NAME = lam / m * w[1:] (NumPy): one number times the parameter vector
#: without its intercept, a vector of n − 1 entries as the slice is (nsaftarli's ex3 gradReg, f85)
_SCALED_SLICE_LET = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>(?P<scale>" + _SLICE_SCALE + r")\.?\*\s*(?P<slice>"
    r"(?P<vector>theta|w)\s*(?:\(\s*2\s*:\s*(?:end|n|(?:size|length|numel)\s*\(\s*(?P=vector)\s*(?:,\s*1\s*)?\))\s*"
    r"(?:,\s*:\s*)?\)|\[\s*1\s*:\s*\])))\s*(?:;\s*)?$"
)
#: [0; NAME] in another --let (theta_reg = [0; shift_theta];): the slice's one use that a --let can hold, θ with its
#: first entry set to 0; a factor beside it ([0; lambda*l], ex3's s = [0; lambda*l] with l = theta(2:end)) stays in
#: the brackets, where the reader takes out a number's multiple of θ(2:end) or refuses what else stands there
_ZERO_BEFORE = r"(\[\s*0\s*;[^\[\];]*?(?<![\w.])){}(?![\w(\[])([^\[\];]*;?\s*\])"


#: NAME = [0; ones(length(theta)-1, 1)]: Octave's n×1 mask that leaves the intercept out (read where it stands)
_MASK_LET = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>\[\s*0\s*;\s*ones\([^\[\]]*\)\s*(?:;\s*)?\])\s*(?:;\s*)?$")


def _scaled_slice(text: str) -> re.Match[str] | None:
    """``NAME = c * theta(2:end)`` (:data:`_SCALED_SLICE_LET`) where c is one number: brackets balanced, no empty
    factor; None otherwise."""
    found = _SCALED_SLICE_LET.match(text)
    if found is None:
        return None
    if re.search(r"[\w.)]\s+[\w.(]", re.sub(r"\s*\.?\s*$", "", found.group("scale"))):  # its .* kept out
        return None  # two numbers side by side (1 0, lambda m, 2 m): not code Octave runs; the spaces are not a product
    scale = re.sub(r"\s+", "", found.group("scale"))
    scale = scale[:-1] if scale.endswith(".") else scale  # Octave's .* by one number is the product
    if not scale or scale.count("(") != scale.count(")") or re.search(r"[*/.]$|^[*/]|[*/]{2}|\(\)|[*/]\)|\([*/]",
                                                                      scale):
        return None
    depth = 0
    for char in scale:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return None
    return found


def slice_lets(lets: Sequence[str]) -> tuple[tuple[str, ...], dict[str, tuple[str, str]], tuple[str, ...]]:
    """The ``--let`` s that name a slice of the parameter vector (``theta_2 = theta(2:end)``) taken out.

    A slice is a vector of n − 1 entries, which a ``--let`` cannot hold (its value is one per
    example, or a number); the program means the slice wherever the name stands, so
    :func:`put_slices` puts it there in the cost and the answer (noted). A name another
    ``--let`` uses is left in place (to be read, or refused, as before). Returns the other
    lets, the slices by name (value, the let as written) and the notes.
    """
    slices: dict[str, tuple[str, str]] = {}
    for text in lets:
        match = (_SLICE_LET.match(text) or _MASK_LET.match(text)) if isinstance(text, str) else None
        scaled = _scaled_slice(text) if match is None and isinstance(text, str) else None
        if scaled is not None:
            match = scaled
        if match is None:
            continue
        name = match.group("name")
        word = re.compile(r"(?<![\w.])" + re.escape(name) + r"(?![\w(\[])")
        zeroed = re.compile(_ZERO_BEFORE.format(re.escape(name)))
        # another --let may use the name only as [0; NAME]: then the slice is put there (θ, intercept zeroed)
        if name in ("theta", "w") or any(word.search(zeroed.sub("", other)) for other in lets
                                         if isinstance(other, str) and other != text):
            continue
        value = re.sub(r"\s+", "", match.group("value"))
        slices[name] = (f"({value})" if match is scaled else value, text)
    kept = tuple(text for text in lets if not any(text == let for _, let in slices.values()))
    for name, (value, _) in slices.items():
        zeroed = re.compile(_ZERO_BEFORE.format(re.escape(name)))
        kept = tuple(zeroed.sub(lambda found: found.group(1) + value + found.group(2), text)
                     if isinstance(text, str) else text for text in kept)
    notes = tuple(
        (f"--let {name} = {value} is the n×1 mask (0, 1, …, 1), a vector of n entries, which a --let cannot hold: "
         if value.startswith("[") else
         f"--let {name} = {value[1:-1]} is one number times θ without its first entry, a vector of n − 1 entries "
         "as θ(2:end) is, which a --let cannot hold: " if value.startswith("(") else
         f"--let {name} = {value} is θ without its first entry, a vector of n − 1 entries, which a --let cannot hold: ")
        + f"{value} is put in place of {name}" for name, (value, _) in slices.items()
    )
    return kept, slices, notes


#: theta(1) = 0; / w[0] = 0 on the parameter vector itself (no copy): Octave's and NumPy's in-place zeroing
_ZEROED_PARAMETER = ("theta", "w")
#: an entry or a slice of the zeroed vector written after the zeroing: theta(1), w[j] … (theta(2:end), w[1:] are safe)
_ENTRY = r"(?<![\w.]){0}\s*(?:\((?!\s*2\s*:\s*end\s*\))|\[(?!\s*1\s*:\s*\]))"


def zeroable_copy(name: str, value: str) -> bool:
    """Whether ``name = value`` is what the --let s' ``name[0] = 0`` is read after: a copy of the parameter vector.

    ``temp = theta`` (NumPy's alias: :func:`refuse_aliased_zeroing` refuses a use of θ after the zeroing),
    ``temp = theta.copy()``, or a scaled copy ``reg = (lamda/m) * theta`` (a new array): the readers of the --let s
    (:data:`_COPY`, :data:`_SCALED_COPY`) then read the pair as [0; θ(2:end)], or its scaled copy. A code block's own
    ``name[0] = 0`` is kept among its --let s, in order, only after such a line (:mod:`.statements`).
    """
    let = f"{name} = {value}"
    copy = _COPY.match(let) or _SCALED_COPY.match(let)
    return copy is not None and copy.group(1) == name


def zeroed_in_place(lets: Sequence[str]) -> tuple[tuple[str, ...], dict[str, tuple[str, str]], dict[str, Pasted],
                                                   tuple[str, ...]]:
    """``theta(1) = 0;`` (``w[0] = 0``) on the parameter vector itself, read in order, as the statements run.

    The lines before it use the full θ (``h = sigmoid(X * theta)``); from there on θ is the zeroed vector
    [0; θ(2:end)]: in the lines after it, and in the cost and the answer (which the program computes after
    its lines), where :func:`put_slices` puts it (noted). An entry of θ written after the zeroing (θ(1), θ[j])
    is refused: it names the zeroed entry or the original one, which is not said. Returns the lets without the
    statement, the value to put in place of the name (as :func:`slice_lets`), the rewritten lets, the notes.
    """
    at = next((k for k, text in enumerate(lets) if isinstance(text, str) and (found := _ZEROED.match(text))
               and found.group(1) in _ZEROED_PARAMETER), None)
    if at is None:
        return tuple(lets), {}, {}, ()
    statement = lets[at]
    zeroing = _ZEROED.match(statement)
    assert zeroing is not None, "the let found just above, by this pattern"
    name = zeroing.group(1)
    value = f"[0;{name}(2:end)]"
    word = re.compile(r"(?<![\w.])(" + re.escape(name) + r")(?![\w(\[])")
    entry = re.compile(_ENTRY.format(re.escape(name)))
    kept, rewritten = list(lets[:at]), {}
    for text in lets[at + 1:]:
        if not isinstance(text, str) or _ZEROED.match(text):
            continue  # theta(1) = 0 once more changes nothing
        refuse_zeroed_entry(text, {name: (value, statement)}, label="--let")
        done = _apply(text, [(word, lambda match: (value, ""))])
        if done.text != text:
            rewritten[done.text] = done
        kept.append(done.text)
    note = (f"read in order, as the statements run: {statement.strip().rstrip(';')} sets the first entry of {name}, "
            f"the intercept's, to 0 from there on: the lines before it use the whole {name}, the lines after it, "
            f"the cost and the answer use {value}")
    return tuple(kept), {name: (value, statement)}, rewritten, (note,)


#: Octave's own zeroing of the parameter vector's first entry among a text's lines: theta(1) = 0; (not NumPy's w[0] = 0,
#: whose [0;w(2:end)] would be Octave's value in a Python text)
#: (theta(1,1) = 0 too: row 1, column 1 of the n×1 column θ, its first entry; ex3's lrCostFunction, idx33505764164)
_TEXT_ZEROED = patterns.compile(r"^\s*(?P<name>theta|w)\s*\(\s*1\s*(?:,\s*1\s*)?\)\s*=\s*0(?:\.0*)?\s*;\s*(?:%[^\n]*)?$")
#: Octave's comment marks in a text that zeroes theta(1) (Octave code, then): '%' and Octave's other mark '#', a whole
#: line (# Calcula função de custo J, f76's Portuguese costFunctionReg) or after a statement's ';'
_ZEROING_COMMENT_LINE = patterns.compile(r"^\s*[%#].*$")
_ZEROING_TRAILING_COMMENT = patterns.compile(r"(?<=;)\s*[%#][^\n]*$")
#: a line of control flow: a loop, a condition, a function's header or an end
_CONTROL = patterns.compile(r"^\s*(?:for|while|if|elseif|else|end\w*|function|switch|do|until)\b")
#: a line that sets the vector, or one of its entries, again: theta = …, theta(2) = …, theta(:) = …
_SET_AGAIN = r"^\s*{0}\s*(?:\([^()]*\))?\s*[-+*/]?=(?!=)"


def zeroed_in_text(text: str | None, *, label: str) -> Pasted | None:
    """``theta(1) = 0;`` among a cost's or an answer's own lines (junggil's costFunctionReg), read in order, noted.

    As :func:`zeroed_in_place` reads it in the --let s: the lines before it (and the --let s, computed before the
    text) use the whole θ; the lines after it use [0; θ(2:end)], put in place of θ there. The derivative is still
    by the whole θ. Only Octave's statement (with its ';'), once, on θ or w itself; comment lines (and a '%…' after
    a ';'), with Octave's '%' or its other mark '#', are dropped, noted: a comment's words are no code. None (left to the refusal as before) where a line after it sets θ again, where the
    text holds LaTeX or a block comment, or where the very next line is the scaled helper that :func:`reassigned`
    reads (maxdeichmann's). An entry of θ after the zeroing (θ(1), θ(j)) is refused: which θ's entry is meant
    is not said; so is θ numbered from 0 in the code (theta_0, θ₀), before or after the zeroing (audpt35).
    """
    if not isinstance(text, str) or "\\" in text or _OCTAVE_BLOCK_OPEN.search(text):
        return None
    spans: list[tuple[int, int, str]] = []  # (start, end, statement) of each statement, offsets in text
    drops: list[tuple[int, int, str, str]] = []  # the comments dropped
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line) + 1
        if _ZEROING_COMMENT_LINE.match(line):
            drops.append((offset, min(end, len(text)), "", f"'{line.strip()}' is an Octave comment: dropped"))
        else:
            trailing = _ZEROING_TRAILING_COMMENT.search(line)
            code = line[:trailing.start()] if trailing is not None else line
            if trailing is not None:
                drops.append((offset + trailing.start(), offset + len(line), "",
                              f"'{trailing.group().strip()}' is an Octave comment after the statement: dropped"))
            at = offset
            for piece in _top_level_statements(code):
                if piece.strip():
                    spans.append((at, at + len(piece), piece))
                at += len(piece)
        offset = end
    zeroings = [k for k, (_, _, piece) in enumerate(spans) if _TEXT_ZEROED.match(piece)]
    if len(zeroings) != 1:
        return None
    k = zeroings[0]
    start, end, statement = spans[k]
    zeroing = _TEXT_ZEROED.match(statement)
    assert zeroing is not None, "the statement found just above, by this pattern"
    name = zeroing.group("name")
    # theta_0 (θ₀, theta0) in the code beside Octave's theta(1): Octave counts theta from 1, so theta_0 is no entry of
    # its theta, and a writer in θ₀'s numbering means the intercept theta(1) by it; read apart, as θ₀, it gave a false
    # 'equivalent' (audpt35). Refused, as redefined's numbering clash refuses it between two texts (comments aside)
    letters = {"theta": "theta|θ"}.get(name, name)
    numbered = re.compile(rf"(?<![\w.])(?:{letters})(?:\s*_\s*\{{?\s*0\s*\}}?|0|₀)(?![0-9])")
    # a name the lines set (theta0 = theta; a copy before the zeroing) is a variable of the code, no numbering
    assigned = {found.group("name") for _, _, piece in spans if (found := _ASSIGNED.match(piece)) is not None}
    for piece_start, _, piece in spans:
        clash = numbered.search(piece)
        if clash is not None and "".join(clash.group().split()) not in assigned:
            raise InputError(
                f"{name}(1) is Octave's entry of {name} counting from 1, and {' '.join(clash.group().split())} "
                f"numbers {name} from 0: whether {name}(1) is the first entry, {clash.group().strip()} (as Octave "
                f"counts), or {name}_1 is not said", source=text, column=piece_start + clash.start(), label=label,
                hint=f"write every line with one numbering: Octave's {name}(1), {name}(2) throughout, "
                     f"or {name}_0, {name}_1 throughout")
    after = spans[k + 1:]
    if not after or any(re.match(_SET_AGAIN.format(name), piece) for _, _, piece in after) \
            or any(_CONTROL.match(piece) for _, _, piece in spans):
        return None  # θ set again, or a loop or a condition: which lines run after the zeroing is not read here
    pieces = [piece for _, _, piece in spans]
    helper = _SCALED_PARAMETERS.match(pieces[k + 1])
    if helper is not None and helper.group("vector") == name and _one_product(helper.group("scale")) \
            and not re.search(r"(?<![\w.])(?:X|x|y|h|theta|w|beta)(?!\w)|'", helper.group("scale")):
        # theta(1) = 0; then reg = c * theta; (maxdeichmann's): reassigned's own reading, and its refusal where a
        # later line names theta again (test_fixf74a), as before
        return None
    value = f"[0;{name}(2:end)]"
    entry = re.compile(_ENTRY.format(re.escape(name)))
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
    # the statement dropped, with its line break where its line holds nothing else (a comment after it is dropped)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    alone = text[text.rfind("\n", 0, start) + 1:start].strip() == "" and \
        not any(end <= piece_start < line_end for piece_start, _, _ in after)
    cut_end = min(line_end + 1, len(text)) if alone else end
    edits = [edit for edit in drops if not start <= edit[0] < cut_end]
    shown = statement.strip().rstrip(";").strip()
    edits.append((start, cut_end, "", ""))
    used = False
    for piece_start, _, piece in after:
        found = entry.search(piece)
        if found is not None:
            raise InputError(
                f"'{found.group(0).strip()}' comes after {shown}: an entry of the zeroed {name} ({value}) or of "
                f"{name} as it was before, which is not said",
                source=text, column=piece_start + found.start(), label=label,
                hint=f"write the entry of the vector meant, or give the lines without {statement.strip()}")
        for match in word.finditer(piece):
            used = True
            edits.append((piece_start + match.start(), piece_start + match.end(), value, ""))
    if not used:
        return None  # no line after it uses θ: the zeroing is read by no one here (left as before)
    done = _apply(text, [], edits)
    note = (f"read as Octave, in order: {shown} sets the first entry of {name}, the intercept's, to 0: the lines "
            f"before it (and the --let s, computed before the lines) use the whole {name}, the lines after it use "
            f"{value}, put where they write {name}; the derivative is by the whole {name}")
    return Pasted(done.original, done.text, done.edits, (*done.notes, note))


def zeroed_in_cost_alone(cost: str, answer: str | None) -> str | None:
    """The note that the cost's own ``theta(1) = 0;`` is the cost's alone, where the answer uses θ and zeroes none.

    Each text is read as its own lines (the --let s run before both): an answer written without the zeroing uses the
    whole θ, as it is written; the note says so, and how to give the zeroing to both. None where it need not be said.
    """
    zeroing = next((found for line in cost.split("\n") for piece in _top_level_statements(line)
                    if (found := _TEXT_ZEROED.match(piece)) is not None), None)
    if zeroing is None or not isinstance(answer, str) or _TEXT_ZEROED.search(answer) or any(
            _TEXT_ZEROED.match(piece) for line in answer.split("\n") for piece in _top_level_statements(line)):
        return None
    name = zeroing.group("name")
    if not re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", answer):
        return None
    return (f"{zeroing.group(0).strip()} is among the cost's own lines: it zeroes {name}(1) for the cost's lines "
            f"after it, not for the answer, whose lines do not zero it: the answer's {name} is the whole {name} "
            f"(give --let '{name}(1) = 0' for lines that run after the zeroing, or write it in the answer)")


def refuse_zeroed_entry(text: str | None, zeroed: dict[str, tuple[str, str]], *, label: str) -> None:
    """Refuse ``theta(1)``, ``theta[j]`` written after :func:`zeroed_in_place`'s zeroing: which θ is meant is not said."""
    if not isinstance(text, str):
        return  # no text, nothing written after the zeroing
    for name, (value, statement) in zeroed.items():
        if isinstance(text, str) and "\\" in text:
            # LaTeX beside the program's lines: its θ is the mathematics' θ, not the program's variable at that line
            raise InputError(
                f"LaTeX beside {statement.strip().rstrip(';')}: is its {name} the program's zeroed {name} ({value}) "
                f"or the whole {name}? Nothing says which",
                source=text, column=text.index("\\"), label=label,
                hint=f"write the cost and the answer as the program does, or give the lines without {statement.strip()}",
            )
        found = re.search(_ENTRY.format(re.escape(name)), text) if isinstance(text, str) else None
        if found is not None:
            raise InputError(
                f"'{found.group(0).strip()}' comes after {statement.strip().rstrip(';')}: an entry of the zeroed "
                f"{name} ({value}) or of {name} as it was before, which is not said",
                source=text, column=found.start(), label=label,
                hint=f"write the entry of the vector meant, or give the lines without {statement.strip()}",
            )


#: a mark only Python writes: a NumPy/PyTorch/JAX/TensorFlow call, ``**``, ``@``, ``.T`` (R's, Haskell's, Rust's and
#: Julia's own marks are checked apart: Haskell writes ** and ^ both for powers)
_PYTHON_MARK = patterns.compile(r"(?<![\w.])(?:np|numpy|torch|jnp|tf)\.[A-Za-z_]|\*\*|@|\.T(?![A-Za-z0-9_])")
#: a caret written as a power: before a number or a bracket, not the transpose (^T) nor an example's mark (^(i))
#: what only hand notation writes, never Python: a transpose ^T (ᵀ, ⊤), Σ, sum_i, a number glued to a letter (2m),
#: two operands side by side (theta^T x): a text mixing them with code (sum((theta^T x - y)^2) + np.sum(theta**2)) is
#: no program, and its ^ keeps the power hand notation means
_HAND_NOTATION = patterns.compile(r"\^\s*(?:T|⊤)(?![\w(])|ᵀ|Σ|∑|(?<![\w.])sum_|(?<![\w.])\d+[A-Za-z]"
                                  r"|(?<![\w.])(?!(?:for|in|if|else|and|or|not|is)\b)[A-Za-z_]\w*\s+"
                                  r"(?!(?:for|in|if|else|and|or|not|is)\b)[A-Za-z_(]")
#: Octave's entrywise power, beside which a '^' is Octave's own (the text mixes dialects: not Python's XOR)
_OCTAVE_POWER = patterns.compile(r"\.\^")
_CARET_POWER = patterns.compile(r"\^(?=\s*(?:[-+]?\s*[\d.]|\((?!\s*[A-Za-z]\s*\))))")


#: Python's math module's functions of one number (math.js writes the same words, but no text of it is Python)
_PYTHON_MATH = patterns.compile(r"(?<![\w.])math\.(?P<name>exp|log|sqrt|tanh|log1p)\s*\(")
#: what makes a call's argument an array of the examples: the whole data matrix X (not a row X[i], nor one
#: example's x, whose math.exp(-np.dot(theta, x)) is a number and runs)
_ARRAY_VALUE = patterns.compile(r"(?<![\w.])X(?![\w(\[])")


def python_problem(texts: Sequence[str | None]) -> bool:
    """Whether some text of a problem writes a mark only Python writes (``np.``, ``**``, ``@``, ``.T``)."""
    return any(isinstance(text, str) and "\\" not in text and _PYTHON_MARK.search(text) is not None for text in texts)


def refuse_python_slips(texts: Sequence[tuple[str | None, str]]) -> None:
    """Refuse ``^`` written as a power, and ``math.exp`` of an array, in Python code (``np.``, ``**``, ``@``, ``.T``).

    Python's ``^`` is the bitwise exclusive or, not a power: ``np.sum((X @ theta - y)^2)`` raises a TypeError on
    float arrays (and XORs integer ones), so the code computes no square. It was read as Octave's power, silently,
    and such code was judged equivalent to the gradient it does not compute (audit26a). ``texts`` are (text, label)
    pairs; a text marked as R, Haskell, Rust or Julia (whose ``^`` is a power, or an XOR of its own) is left alone,
    and so is LaTeX, the transpose ``^T`` and an example's mark ``^(i)``. Python's ``math.exp`` (``log``, ``sqrt``,
    ``tanh``) takes one number: of an array of the data matrix X it raises a TypeError, and was read as math.js's
    entrywise function; of one example's number (``math.exp(-np.dot(theta, x))``) it runs, and is read as before.
    """
    for text, label in texts:
        if not isinstance(text, str) or any(char in text for char in "\\{}$") \
                or not _PYTHON_MARK.search(text) or _OCTAVE_POWER.search(text):
            continue
        if r_code.is_r(text) or haskell_code.is_haskell(text) or rust_code.is_rust(text) or julia_code.is_julia(text):
            continue
        scalar = _PYTHON_MATH.search(text)
        closer = closing(text, scalar.end() - 1) if scalar is not None else None
        if scalar is not None and closer is not None and _ARRAY_VALUE.search(text, scalar.end(), closer):
            # math.exp(-X @ theta): Python's math module takes one number, and of an array of m it raises a
            # TypeError; it was read as math.js's entrywise exp, and the code judged equivalent (audit26a)
            raise InputError(
                f"'math.{scalar.group('name')}' is from Python's math module, which takes one number: of the array "
                f"{' '.join(text[scalar.end():closer].split())} (one value per example) it raises a TypeError, so "
                "this code computes nothing",
                source=text, column=scalar.start(), label=label,
                hint=f"write np.{scalar.group('name')}(…) for the function of each entry")
        caret = _CARET_POWER.search(text) if not _HAND_NOTATION.search(text) else None
        if caret is not None:
            raise InputError(
                "'^' in Python is the bitwise exclusive or (XOR), not a power: on float arrays NumPy raises a "
                "TypeError (on integer ones it XORs their bits), so this code computes no power; '^' is a power "
                "in Octave, R and hand notation, but this text is Python (np., torch., **, @, .T)",
                source=text, column=caret.start(), label=label,
                hint="write ** for a power in Python: (X @ theta - y)**2, or np.square(X @ theta - y)")


#: a use of the parameter vector that zeroing its first entry changes: theta, X @ theta, theta[0] (not the slice after
#: the intercept, theta[1:] or theta(2:end), which the zeroing leaves as it was)
_ZEROING_SEEN = r"(?<![\w.]){0}(?!\w)(?!\s*\[\s*1\s*:\s*\])(?!\s*\(\s*2\s*:\s*end\s*\))"


#: def NAME(PARAMS): BODY, a helper --let (Python): its body reads the globals it names when it is called
_DEF_LET = patterns.compile(r"^\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^)]*)\)\s*:(?P<body>.*)$", re.DOTALL)


def _reading_through(vector: str, lets: Sequence[str], lazy: Sequence[str]) -> set[str]:
    """The names that read ``vector`` when used: helpers whose body names it (not as a parameter), and the --let s
    ``lazy`` (the user's definitions, read where their name is used) whose value names it or such a name."""
    helpers: dict[str, tuple[set[str], str]] = {}
    for text in lets:
        found = _DEF_LET.match(text) if isinstance(text, str) else None
        if found is not None:
            params = {p.split("=")[0].strip().lstrip("*") for p in found.group("params").split(",")}
            helpers[found.group("name")] = (params, found.group("body"))
    defined = {}
    for text in lazy:
        sides = text.split("=", 1) if isinstance(text, str) and _DEF_LET.match(text) is None else []
        if len(sides) == 2 and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", sides[0]) and not sides[1].startswith("="):
            defined[sides[0].strip()] = sides[1]
    reading: set[str] = set()
    def uses(text: str, shadowed: set[str]) -> bool:  # a parameter of the same name is no use of the global
        words = [word for word in (vector, *reading) if word not in shadowed]
        return bool(words) and re.search(rf"(?<![\w.])(?:{'|'.join(map(re.escape, words))})(?!\w)", text) is not None

    while True:
        more = {name for name, (params, body) in helpers.items() if uses(body, params)}
        more |= {name for name, value in defined.items() if uses(value, set())}
        if more <= reading:
            return reading
        reading |= more


def refuse_aliased_zeroing(lets: Sequence[str], texts: Sequence[tuple[str | None, str]],
                           lazy: Sequence[str] = ()) -> None:
    """Refuse ``temp = theta`` then ``temp[0] = 0`` (NumPy) where θ is used after it: the zeroing zeroes θ itself.

    Python's assignment names the same array, it copies nothing: after ``temp = theta``, ``temp[0] = 0`` sets θ's
    own first entry to 0, and every line after it (the cost and the answer, which the program computes after its
    lines) computes with that θ. :func:`rewrite_lets` reads the copy as [0; θ(2:end)], which is what the code
    computes where nothing after the zeroing uses θ (ex3's ``h = X @ theta`` stands before it); a use of θ after
    it (``X @ theta``, ``reg_prime = lmbd * theta / len(X)``) would be read as the whole θ, which the program no
    longer has, and such code was judged equivalent to the gradient it does not compute (audit27c). Octave's
    ``temp = theta; temp(1) = 0;`` copies, as ``theta.copy()`` does: both are left alone. ``texts`` are (text,
    label) pairs, the cost and the answer. θ read through a name after the zeroing is the zeroed θ too: a helper
    ``def h(X): return sigmoid(X.dot(theta))`` (its θ global, read when called) or a --let of ``lazy`` (the user's
    definitions, ``hh = sigmoid(X.dot(theta))``, read where the name is used) is refused alike (audpy35).
    """
    statements = _statements(lets)
    for at, text in enumerate(statements):
        copy = _COPY.match(text) if isinstance(text, str) else None
        if copy is None or ".copy(" in text:
            continue
        name, vector = copy.group(1), copy.group(2)
        zeroing = next((k for k in range(at + 1, len(statements)) if isinstance(statements[k], str)
                        and (found := _ZEROED.match(statements[k])) is not None and found.group(1) == name), None)
        if zeroing is None or "[" not in statements[zeroing]:
            continue  # Octave's temp(1) = 0 zeroes a copy
        through = sorted(_reading_through(vector, statements, lazy) - {name})
        names = "".join(rf"|(?<![\w.])(?:{re.escape(word)})(?!\w)" for word in through)
        use = re.compile(_ZEROING_SEEN.format(re.escape(vector)) + names)
        for later, label in [*((let, "--let") for let in statements[zeroing + 1:]), *texts]:
            seen = use.search(later) if isinstance(later, str) else None
            if seen is None or later is None:
                continue
            word = seen.group(0)
            via = "" if word == vector else f" ({word} reads {vector} where it is used)"
            raise InputError(
                f"{text.strip().rstrip(';')} copies nothing in NumPy: {name} is {vector}'s own array, so "
                f"{statements[zeroing].strip().rstrip(';')} sets {vector}'s first entry to 0 too, and this {vector}"
                f"{via}, used after it, is the zeroed one, not the {vector} the cost is a function of",
                source=later, column=seen.start(), label=label,
                hint=f"write {name} = {vector}.copy() for a copy, which leaves {vector} whole")


def put_slices(text: str, slices: dict[str, tuple[str, str]], *, numpy: bool = False,
               label: str | None = None, r: bool = False) -> Pasted:
    """``text`` with each slice name of :func:`slice_lets` replaced by its value (``[0; theta_2]`` → ``[0; theta(2:end)]``).

    A mask (0, 1, …, 1) times the parameter vector entry by entry (Octave's ``mask .* theta``; NumPy's ``mask * w``,
    where ``numpy`` says the problem is NumPy's, whose ``*`` is entrywise) is that vector with its first entry set to 0,
    put as ``[0; w(2:end)]`` (noted), which costs and answers read alike.
    """
    if not isinstance(text, str) or not slices:
        return Pasted(text, text)
    masks = [name for name, (value, _) in slices.items() if value.startswith("[0;ones(")]
    if masks:
        names = "|".join(map(re.escape, masks))
        product = re.compile(rf"(?<![\w.])(?:(?P<mask>{names})\s*(?P<op>\.\*|\*(?!\*))\s*(?P<vector>theta|w)"
                             rf"|(?P<before>theta|w)\s*(?P<after_op>\.\*|(?<!\*)\*(?!\*))\s*(?P<after>{names}))"
                             r"(?![\w(\[.'])(?!\s*(?:\*\*|\^|@))")

        def masked(match: re.Match[str]) -> tuple[str, str] | None:
            op = match.group("op") or match.group("after_op")
            vector = match.group("vector") or match.group("before")
            mask = match.group("mask") or match.group("after")
            # w * mask after a product or a power (X @ w * mask, 2 ** w * mask) is no mask of w alone
            # (R's %*% binds tighter than its *: X %*% theta * mask is (Xθ) * mask; R's plain * before theta, entrywise
            # as the mask's, is associative: (lambda/m) * theta * mask is (λ/m)·(θ * mask))
            binds = match.group("before") and re.search(r"(?:[@/^%]|\*\*|\.)\s*$" if r else r"(?:[@/^%]|\*\*?|\.)\s*$",
                                                        text[:match.start()])
            # nor is mask * w after an operator that takes the mask first, left to right: w.T @ mask * w is
            # (wᵀ mask) w and Octave's theta' * mask .* theta is (θᵀ mask) .* θ, a number times the vector; 1 / mask * w,
            # 2 ** mask * w likewise (a product by a number, or NumPy's entrywise *, is the same either way)
            takes = match.group("mask") and re.search(r"(?:[@/\\^%]|\*\*|'\s*\.?\*)\s*$", text[:match.start()])
            # R's '*' is entry by entry as NumPy's is (r: the text is read as R, thetablock*theta)
            if (op == "*" and not numpy and not r) or binds or takes:
                return None
            return f"[0;{vector}(2:end)]", MASK_FACTOR_NOTE.format(written=" ".join(match.group(0).split()),
                                                                    mask=mask, vector=vector)

        text_masked = _apply(text, [(product, masked)])
        if text_masked.text != text:
            rest = put_slices(text_masked.text, slices, numpy=numpy, label=label, r=r)
            return text_masked.then(rest) if rest.text != text_masked.text else text_masked
        other = re.search(rf"(?<![\w.])(?:{names})(?![\w(\[])", text)
        if label == "COST" and other is not None:
            # mask * w ** 2, mask @ w: the mask is read in a cost only as w's entrywise factor (an answer's 1 − e₁
            # is read by the matrix reader)
            raise InputError(
                f"{other.group(0)} is the mask (0, 1, …, 1) that leaves the intercept out; a cost reads it only as a "
                f"factor of the parameter vector entry by entry ({other.group(0)} * w in NumPy, "
                f"{other.group(0)} .* theta in Octave)",
                source=text, column=other.start(), label=label,
                hint="write the penalty without the intercept: np.sum(w[1:] ** 2), or sum(theta(2:end).^2)")
    # R's column of ones (m <- matrix(1, nrow(y), 1)) times a vector entry by entry (R's *, not %*%) leaves the vector
    ones = [name for name, (value, let) in slices.items() if value == "ones(m, 1)" and _R_ONES.search(let)]
    dropped = Pasted(text, text)
    if ones:
        names = "|".join(map(re.escape, ones))
        factor = re.compile(rf"(?<![\w.%])(?:{names})\s*\*(?![*%])\s*(?=[\w(])|(?<=[\w)])\s*(?<![%*])\*\s*(?:{names})(?![\w(\[])")
        dropped = _apply(text, [(factor, lambda match: ("", ONES_FACTOR_NOTE.format(
            name=match.group(0).replace("*", "").strip())))])
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, sorted(slices, key=len, reverse=True))) + r")(?![\w(\[])")
    return dropped.then(_apply(dropped.text, [(pattern, lambda match: (_in_r(slices[match.group(1)][0], r), ""))]))


#: a slice's value in NumPy's words, theta[1:], as the --let s' R is respelled (trunctheta <- theta[2:length(theta)])
_NUMPY_TAIL = patterns.compile(r"(?P<vector>[A-Za-z]\w*)\[1:\]")


def _in_r(value: str, r: bool) -> str:
    """A slice's value put into a text read as R: NumPy's ``theta[1:]`` in R's words, ``theta[2:length(theta)]``.

    An R --let ``trunctheta <- theta[2:length(theta)]`` is respelled into NumPy's words with the other --let s; put
    as such into an R cost, R's reader would see ``theta[1:]``, an index R has not (f86's cburkart costFunctionReg).
    The same vector in R's spelling, which that reader reads and notes (entries 2 to the last: θ without its first).
    """
    if not r:
        return value
    tail = _NUMPY_TAIL.fullmatch(value)
    return value if tail is None else f"{tail.group('vector')}[2:length({tail.group('vector')})]"


#: the note of a mask times the parameter vector entry by entry, read as the vector with its first entry zeroed
MASK_FACTOR_NOTE = ("read as code: {written} multiplies {vector} entry by entry by the mask (0, 1, …, 1): {vector} with "
                    "its first entry, the intercept's, set to 0, [0; {vector}(2:end)], so the intercept is not "
                    "regularised")
#: R's column of ones in a --let: matrix(1, …, 1), rep(1, …)
_R_ONES = patterns.compile(r"(?:=|<-)\s*(?:matrix|rep)\(\s*1\s*,")
ONES_FACTOR_NOTE = ("read as R: {name}, the column of ones, times a vector entry by entry (R's *) is that vector: each "
                    "entry times 1")


def check_dropped_counts(dropped: dict[str, str], notes: Sequence[str]) -> None:
    """Refuse a dropped ``n = length(theta);`` when the reading took n for the example count (``1/n Σ``), or m for a slope.

    The line says n counts the features; a cost whose n was read as m (the count of its
    examples) contradicts it, and which one the writer meant is not said.
    """
    for name, text in dropped.items():
        if name == "n" and any(note.startswith("n counts the examples") for note in notes):
            raise InputError("'n' counts the features by this line, but the cost uses n as the number of examples",
                             source=text, column=0, label="--let",
                             hint="count the examples with m in the cost, or drop the line")
        if name == "m" and any(note.startswith("m is a quantity of its own") or
                               note.startswith("'m' is a quantity of its own") for note in notes):
            raise InputError("'m' counts the examples by this line, but the cost uses m as a quantity of its own",
                             source=text, column=0, label="--let",
                             hint="call the slope another letter (w or a), or drop the line")


# ----------------------------------------------------------------------------- one problem's texts together

#: x as the left factor of the whole parameter vector in code: x * theta, x @ w, np.dot(x, theta), np.matmul(x, theta),
#: x.dot(theta)
_X_TIMES_THETA = patterns.compile(
    r"(?<![\w.\\])x\s*[*@]\s*(?:theta|w)(?![\w_^(\[])|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*x\s*,\s*(?:theta|w|weights)\s*\)"
    # code's weights, the parameter vector w by its word (x.dot(weights) + bias: sambarba's logistic regressor), in a
    # matrix product (@, .dot, np.dot, np.matmul; NumPy's x * weights multiplies entry by entry, left out)
    r"|(?<![\w.])x\.dot\(\s*(?:theta|w|weights)\s*\)|(?<![\w.\\])x\s*@\s*weights(?![\w_^(\[])"
    # R's x %*% t(theta) (put as x @ (theta).T), NumPy's x @ theta.T: θ kept as a 1×n row (or 1-D), whose
    # transpose is the column: the product is Xθ, so x is m×n (the matrix cost's reading of X @ theta.T, noted)
    r"|(?<![\w.\\])x\s*@\s*(?:\(\s*(?:theta|w)\s*\)|(?:theta|w))\.T(?![\w(])"
    # np.sum(w * x, axis = 1): the parameter vector broadcast over x's rows, each added up: x is m×n there too
    r"|(?<![\w.])(?:np|numpy)\.sum\(\s*(?:theta|w)\s*\*\s*x\s*,\s*axis\s*=\s*1\s*[,)]"
)
#: x times the regression vector β as matrices (@, R's %*% put as @, np.dot, np.matmul, .dot): x is m×n there
_X_TIMES_BETA = patterns.compile(
    r"(?<![\w.\\])x\s*@\s*beta(?![\w_^(\[])|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*x\s*,\s*beta\s*\)"
    r"|(?<![\w.])x\.dot\(\s*beta\s*\)")
#: x * θ written with '*' alone (not @, np.dot, np.matmul, .dot, np.sum(w * x, axis=1)): a matrix product only in Octave
_X_STAR_THETA = patterns.compile(r"x\s*\*\s*(?:theta|w)")
#: the marks of code whose '*' multiplies entry by entry (NumPy, PyTorch, TensorFlow, JAX), and of Octave's matrix '*'
_ENTRYWISE_STAR_MARKS = patterns.compile(r"(?<![\w.])(?:np|numpy|torch|tf|jnp)\.|\*\*")
_MATRIX_STAR_MARKS = patterns.compile(r"'|\.\*|\.\^|;|(?<![\w.])(?:size|length|numel)\s*\(")


def _entrywise_star(texts: Sequence[str]) -> bool:
    """Whether the texts are code whose ``*`` is entry by entry: marked as NumPy/PyTorch, none as Octave."""
    return any(_ENTRYWISE_STAR_MARKS.search(text) for text in texts) and not any(
        _MATRIX_STAR_MARKS.search(text) for text in texts)


#: a word x, and what may follow a bare x (not an index, a call, an example mark); the training set's x_train
#: is the same data in a program whose x is the data matrix (its answer's np.dot(x_train.T, …)), read as X_train
_X_WORD = patterns.compile(r"(?<![\w.\\])x(?:_train)?(?![\w])")
_TRANSPOSE_MARK = patterns.compile(r"\s*\^\s*T(?![\w])")
_TRANSPOSED_BEFORE = patterns.compile(r"(?:\^\s*T|ᵀ|\^\s*\{\s*T\s*\}|\\top)\s*$")


def data_x(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """The texts with code's lower-case ``x`` as ``X``, when one of them multiplies x by θ as matrices.

    In code, ``x * theta``, ``np.dot(x, theta)``, ``x.dot(theta)`` with θ the whole
    parameter vector conform only with x the m×n data matrix (one example's row would
    leave no sum over the examples to write); x is one variable of the program, so
    it is X in every text of the problem (``xTrans = x.transpose()``, an answer's
    ``x' * (h - y)``). Read so only when every ``x`` is bare (no index, call,
    superscript; not after a transpose, as in θᵀx), no text writes ``X`` or is LaTeX,
    and no ``--let`` defines x or X. Returns the texts and the note, or the texts
    unchanged and None.
    """
    from .plain import LOWER_X_NOTE

    present = [text for text in texts if isinstance(text, str)]
    if "x" in let_names or "X" in let_names:
        return list(texts), None
    if not any(_X_TIMES_THETA.search(text) for text in present):
        # R's and NumPy's x %*% beta (x @ beta) is read as the data matrix by the readers themselves (plain's
        # lower-case x beside a matrix product): an X in another text is then as unsure as it is beside x @ theta
        _refuse_x_beside_x(present, _X_TIMES_BETA)
        return list(texts), None
    if _entrywise_star(present) and all(_X_STAR_THETA.fullmatch(match.group(0)) for text in present
                                        for match in _X_TIMES_THETA.finditer(text)):
        # NumPy's and PyTorch's x * w multiplies entry by entry: an m×n x times w is no model, so only the
        # one-feature x (m entries) times a scalar w is meant, never the matrix product Xw (f21 Mahdi's torch loop)
        return list(texts), None
    _refuse_x_beside_x(present)
    indexed_latex = {text for text in present if "\\" in text and _examples_only(text)}
    if indexed_latex and all(text in indexed_latex for text in present if "\\" in text):
        # CS229's Poisson solution: the cost in LaTeX writes θᵀx⁽ⁱ⁾, one example's vector, and the code
        # h = np.exp(np.dot(x, theta)) the matrix x whose row i it is: the LaTeX keeps its x⁽ⁱ⁾ (noted apart)
        present = [text for text in present if text not in indexed_latex]
    else:
        indexed_latex = set()
    for text in present:
        if re.search(r"(?<![\w.\\])X(?![\w])", text) or "\\" in text:
            return list(texts), None
        for match in _X_WORD.finditer(text):
            after = text[match.end():match.end() + 2]
            if _TRANSPOSE_MARK.match(text, match.end()):
                continue  # x^T . error: the data matrix transposed, as X^T is
            if after[:1] in ("_", "^", "(", "[", "⁽", "ᵢ") or re.match(r"[₀-₉ⱼᵢ]", after[:1] or " "):
                return list(texts), None
            if _TRANSPOSED_BEFORE.search(text[:match.start()]):
                return list(texts), None
    changed = [_X_WORD.sub(lambda match: "X" + match.group()[1:], text)
               if isinstance(text, str) and text not in indexed_latex else text for text in texts]
    if indexed_latex:
        return changed, LOWER_X_NOTE + LATEX_BESIDE_CODE_X_NOTE
    handed, handed_note = _tx_into_data_parameters(changed, let_names)
    return handed, LOWER_X_NOTE if handed_note is None else f"{LOWER_X_NOTE}; {handed_note}"


#: a --let's head that defines a function of its parameters: pred(X, w) = …, logistic_loss(y, X, w) = …
_FUNCTION_HEAD = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^()=]*)\)\s*=(?!=)")
#: the data matrix as a whole name
_X_MATRIX_WORD = patterns.compile(r"(?<![\w.\\])X(?![\w])")
TX_HANDED_NOTE = ("tx (the EPFL labs' x̃, the data matrix with its column of ones) is passed where {calls} take{s} the "
                  "data matrix X as that parameter: read as X")


def _tx_into_data_parameters(texts: Sequence[str | None],
                             let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """``logistic_loss(y, tx, w)`` with ``--let 'def logistic_loss(y, x, w): …'`` (the EPFL labs' helpers, f82): the
    labs' tx handed to a helper whose own parameter at that place is the data matrix (its x read as X by
    :func:`data_x`) is that matrix, X (noted).

    Only where every X of the texts is such a helper's own parameter (written in a --let whose head lists X: no
    global X beside tx), one spelling of tx is written, no --let defines tx or takes it as a parameter, and every
    tx is a whole argument of a call of such a helper at exactly the place of its X (``f(y, tx, w)`` against
    ``f(y, X, w)``; never ``f(tx, y, w)``). Anything else: the texts unchanged and None.
    """
    present = [text for text in texts if isinstance(text, str)]
    spellings = {match.group(0) for text in present for match in _TX_WORD.finditer(text)}
    if len(spellings) != 1 or spellings & set(let_names):
        return list(texts), None
    heads: dict[str, list[str]] = {}
    for text in present:
        head = _FUNCTION_HEAD.match(text)
        if head is not None:
            heads[head.group("name")] = [param.strip() for param in head.group("params").split(",")]
    if any(spellings & set(params) for params in heads.values()):
        return list(texts), None  # def f(y, tx, w): the helper's own tx, which data_tx reads
    for text in present:
        head = _FUNCTION_HEAD.match(text)
        if _X_MATRIX_WORD.search(text) and (head is None or "X" not in heads.get(head.group("name"), [])):
            return list(texts), None  # a global X beside tx: the same matrix, or another one?
    called = set()
    for text in present:
        for match in _TX_WORD.finditer(text):
            found = _argument_place(text, match.start(), match.end())
            if found is None or found[0] not in heads:
                return list(texts), None
            name, place = found
            params = heads[name]
            if place >= len(params) or params[place] != "X":
                return list(texts), None
            called.add(name)
    if not called:
        return list(texts), None
    changed = [_TX_WORD.sub("X", text) if isinstance(text, str) else text for text in texts]
    shown = ", ".join(f"{name}(…)" for name in sorted(called))
    return changed, TX_HANDED_NOTE.format(calls=shown, s="s" if len(called) == 1 else "")


def _argument_place(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The function called and the place (0, 1, …) of the whole argument at ``start:end`` in ``text``: ``("f", 1)``
    for the tx of ``f(y, tx, w)``; None where it is not a whole argument of a named call."""
    # read near the argument, never a copy of the text before it (one per tx was quadratic: 4,000 calls f(y, tx, w),
    # 44,000 characters, took 6 s)
    before, after = start, end
    while before > 0 and text[before - 1].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    if not (before > 0 and text[before - 1] in "(," and text[after:after + 1] in (",", ")")):
        return None
    depth, place, k = 0, 0, start - 1
    while k >= 0:
        char = text[k]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth == 0:
                break
            depth -= 1
        elif char == "," and depth == 0:
            place += 1
        k -= 1
    if k < 0 or text[k] != "(":
        return None
    last = k  # the called name: the word right before the '(' (spaces between), not after a '.' nor a digit's
    while last > 0 and text[last - 1].isspace():
        last -= 1
    first = last
    while first > 0 and (text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1
    if first == last or not (text[first] == "_" or text[first].isascii() and text[first].isalpha()) or text[first - 1:first] == ".":
        return None
    return text[first:last], place


#: said after LOWER_X_NOTE when a LaTeX text writes x only with the example's index
LATEX_BESIDE_CODE_X_NOTE = (" in the code; the LaTeX writes x only with the example's index, x⁽ⁱ⁾, row i of that matrix "
                            "(one example's features), as ML notes beside their code do")
#: x in LaTeX with the example's index: x^{(i)}, x^{(i)}_j, x_i, x_{i}
_LATEX_X = patterns.compile(r"(?<![\w\\])x(?![A-Za-z])")
_LATEX_EXAMPLE_MARK = patterns.compile(r"\s*(?:\^\s*\{\s*\(\s*i\s*\)\s*\}|_\s*\{?\s*i\s*\}?(?![A-Za-z]))")


def _examples_only(text: str) -> bool:
    """Whether a LaTeX text writes x, and only ever with the example's index (``\\theta^T x^{(i)}``, ``x_i``)."""
    found = list(_LATEX_X.finditer(text))
    return bool(found) and all(_LATEX_EXAMPLE_MARK.match(text, match.end()) for match in found)


#: code's one-letter name as the left factor of the whole parameter vector (u * theta): its letter
_LETTER_TIMES_THETA = patterns.compile(r"(?<![\w.\\])(?P<letter>[a-z])\s*\*\s*(?:theta|w)(?![\w^(\[])")
#: letters with a meaning of their own (labels, counts, prediction, score, bias, indices, e) never read as the data
_NOT_DATA_LETTERS = frozenset("xyhmnzbeijkpt")


def data_letter(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """The texts with code's data matrix named by another letter as ``X``: ``h = sigmoid(u * theta)``, ``u' * (h - y)``.

    Octave files name the feature matrix as they like (OCT_U's header: 'u - Feature
    matrix'). A one-letter name that multiplies the whole parameter vector as a matrix
    (``u * theta``) is m×n there: sigmoid(u·θ) set against the labels y is one entry per
    example. Read so, as :func:`data_x` reads x, only when every text is code (no LaTeX),
    none writes x or X, some writes y, no ``--let`` defines the letter, and every use of
    it is ``u * theta`` or transposed ``u'``; one such letter only. Returns the texts and
    the note, or the texts unchanged and None.
    """
    present = [text for text in texts if isinstance(text, str)]
    letters = {match.group("letter") for text in present for match in _LETTER_TIMES_THETA.finditer(text)}
    letters -= _NOT_DATA_LETTERS
    if len(letters) != 1 or any("\\" in text or re.search(r"(?<![\w.])[xX](?!\w)", text) for text in present):
        return list(texts), None
    letter = letters.pop()
    if letter in let_names or not any(re.search(r"(?<![\w.])y(?!\w)", text) for text in present):
        return list(texts), None
    word = re.compile(rf"(?<![\w.\\]){letter}(?![\w])")
    for text in present:
        for match in word.finditer(text):
            if not (text.startswith("'", match.end()) or _LETTER_TIMES_THETA.match(text, match.start())):
                return list(texts), None
    changed = [word.sub("X", text) if isinstance(text, str) else text for text in texts]
    return changed, (f"read as code: {letter} * theta is the matrix product with the parameter vector θ, so {letter} is "
                     "the data matrix X (m×n)")



#: the EPFL labs' (CS-433) name for the data matrix x̃, the features with a column of ones prepended: tx, tX
_TX_WORD = patterns.compile(r"(?<![\w.\\])t[xX](?![\w])")
#: tx times the whole parameter vector: tx @ w, tx.dot(w), np.dot(tx, w), np.matmul(tx, w) (an m×n matrix there)
_TX_TIMES_THETA = patterns.compile(
    r"(?<![\w.\\])t[xX](?:\s*@\s*|\.dot\(\s*)(?:theta|w|beta)(?![\w_^(\[])"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*t[xX]\s*,\s*(?:theta|w|beta)\s*\)"
)
#: the course's MATLAB copies (tX*beta, tX'*e): Octave's * is the matrix product, but NumPy's * broadcasts (tx * w is
#: m×n, entry by entry), so these count only in Octave code (:data:`_OCTAVE_MARK`)
_TX_OCTAVE_TIMES = patterns.compile(r"(?<![\w.\\])t[xX]\s*\*\s*(?:theta|w|beta)(?![\w_^(\[.'])")
#: (and bracketed, (tX)' * (…): zrfanzy's penLogisticRegression.m, f63)
_TX_OCTAVE_TRANSPOSED = patterns.compile(r"(?<![\w.\\])t[xX]'\s*\*(?!\*)|(?<=\()t[xX]\)'\s*\*(?!\*)")
#: what only Octave writes: a transpose by a quote after a name or a bracket (y'*tX, (y - tX*beta)'), or an
#: operator of each entry (.*, ./, .^)
_OCTAVE_MARK = patterns.compile(r"[\w)]'|\.[*/^]")
#: tx transposed as a matrix factor: tx.T.dot(…), tx.T @ …, np.dot(tx.T, …) (never tx.T * …, NumPy's broadcast)
_TX_TRANSPOSED = patterns.compile(
    r"(?<![\w.\\])t[xX]\.T(?:\.dot\(|\s*@(?!@))"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*t[xX]\.T\s*,"
)
#: tx's shape, as the labs count with it: N, D = tx.shape; tx.shape[0]
_TX_SHAPE = patterns.compile(r"(?<![\w.\\])t[xX]\.shape(?![\w(])")
#: the labs' two-argument sigmoid of the data and the weights: their def sigmoid(tx, w) returns σ(tx @ w)
_TX_SIGMOID = patterns.compile(r"(?<![\w.])(?P<call>sigmoid\(\s*)(?P<data>t[xX])\s*,\s*(?P<weights>theta|w)\s*\)")
TX_NOTE = "read as code: tx is the EPFL labs' x̃, the data matrix with a column of ones, read as X"
TX_SIGMOID_NOTE = ("read as code: sigmoid(tx, w) is the labs' two-argument sigmoid, which returns σ(tx @ w), "
                   "the sigmoid of the data times the weights")


def data_tx(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """The texts with the EPFL labs' ``tx`` (x̃) as ``X``: ``e = y - tx.dot(w)``, ``-tx.T.dot(e) / N``.

    CS-433's labs name the data matrix with its column of ones prepended ``tx``, so w's first
    entry is the intercept: logderiv's X by its own convention (x₁ = 1). Read so, as
    :func:`data_letter` reads ``u * theta``, only when every text is code (no LaTeX), none
    writes x or X, no ``--let`` defines tx, one spelling only (tx or tX: Python tells them
    apart), some text multiplies it by the whole parameter vector as a matrix, and every use
    of it is that product or its transpose as a matrix factor. In the course's MATLAB copies
    (``g = 1./m * tX' *(sigmoid(tX*beta) - y);``) Octave's ``*`` and ``tX'`` are those products,
    read so only where a text shows it is Octave (a quote transpose, ``.*``): NumPy's ``tx * w``
    broadcasts. Returns the texts and the note, or the texts unchanged and None.
    """
    if any(isinstance(text, str) and "\\" in text for text in texts):
        return list(texts), None
    called, sigmoid_note = _tx_sigmoid(texts)
    present = [text for text in called if isinstance(text, str)]
    names = {match.group(0) for text in present for match in _TX_WORD.finditer(text)}
    octave = any(_OCTAVE_MARK.search(text) for text in present)
    times = (_TX_TIMES_THETA, _TX_OCTAVE_TIMES) if octave else (_TX_TIMES_THETA,)
    if len(names) != 1 or names & set(let_names) or \
            not any(pattern.search(text) for text in present for pattern in times):
        return list(texts), None
    _refuse_tx_beside_x(present)
    uses = (*times, _TX_TRANSPOSED, _TX_SHAPE, *((_TX_OCTAVE_TRANSPOSED,) if octave else ()))
    for text in present:
        for match in _TX_WORD.finditer(text):
            if not any(pattern.match(text, match.start()) for pattern in uses):
                if not _called_with_tx(text, match.start()) and not _tx_passed_along(text, match):
                    return list(texts), None
    changed = [_TX_WORD.sub("X", text) if isinstance(text, str) else text for text in called]
    return changed, TX_NOTE if sigmoid_note is None else f"{TX_NOTE}; {sigmoid_note}"


def _tx_sigmoid(texts: Sequence[str | None]) -> tuple[list[str | None], str | None]:
    """The texts with the labs' ``sigmoid(tx, w)`` as ``sigmoid(tx@w)``, and its note (None when none is written).

    The labs define ``def sigmoid(tx, w): return 1 / (1 + np.exp(-tx @ w))``: a sigmoid of
    two arguments, the data and the weights, has no other reading. The call keeps its
    length (``,`` becomes ``@``), so carets stay where the text has them.
    """
    def product(match: re.Match[str]) -> str:
        return f"{match.group('call')}{match.group('data')}@{match.group('weights')})".ljust(len(match.group(0)))

    changed = [_TX_SIGMOID.sub(product, text) if isinstance(text, str) else text for text in texts]
    return changed, TX_SIGMOID_NOTE if changed != list(texts) else None


def _refuse_tx_beside_x(present: Sequence[str]) -> None:
    """Refuse code that multiplies w by tx in one place and writes x or X in another (``tx.dot(w)`` beside ``X.dot(w)``).

    The lab's tx is its data matrix; an x or X beside it may be the same matrix without its ones column, or
    one example's features: which is not in the text. Raised with the text that writes tx, its caret at tx.
    """
    for text in present:
        letter = re.search(r"(?<![\w.\\])[xX](?![\w])", text)
        if letter is None:
            continue
        source = next(other for other in present if _TX_TIMES_THETA.search(other))
        tx = _TX_WORD.search(source)
        assert tx is not None, "a text that multiplies tx by the parameters writes tx"
        raise InputError(
            f"the data is {tx.group(0)} here, and {letter.group(0)} is written too: whether {letter.group(0)} "
            f"is the same matrix as {tx.group(0)} (the EPFL labs' x̃, with its column of ones) or another quantity "
            "is not in the text",
            source=source, column=tx.start(),
            hint=f"write the data matrix with one name in every text ({tx.group(0)}, or X throughout)",
        )


def _tx_passed_along(text: str, match: re.Match[str]) -> bool:
    """Whether the tx of ``match`` is a whole argument of a call of the writer's own (``compute_loss(y, tx, w)``,
    the labs' helpers, and their --let heads): the data matrix handed on, whose own uses the helper's let shows."""
    before = text[:match.start()].rstrip()
    after = text[match.end():].lstrip()
    if not (before.endswith(("(", ",")) and after[:1] in (",", ")")):
        return False
    opener = before.rfind("(")
    call = re.search(r"([A-Za-z_][\w.]*)\s*$", before[:opener]) if opener >= 0 else None
    return call is not None and not call.group(1).startswith(("np.", "numpy.")) \
        and call.group(1) not in ("dot", "matmul", "sum", "mean", "sigmoid", "exp", "log")


def _called_with_tx(text: str, start: int) -> bool:
    """Whether the tx at ``start`` is the first argument of np.dot(tx, w) or np.dot(tx.T, …)."""
    return any(pattern.match(text, call.start()) for call in re.finditer(r"(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*", text)
               if call.end() == start for pattern in (_TX_TIMES_THETA, _TX_TRANSPOSED))


#: a bare capital X (not X_1, not a name's letter): the data matrix as most code writes it
_CAPITAL_X_WORD = patterns.compile(r"(?<![\w.\\])X(?![\w])")


def _refuse_x_beside_x(present: Sequence[str], times: re.Pattern[str] = _X_TIMES_THETA) -> None:
    """Refuse code whose one text holds the data in ``x`` (``h = sigmoid(np.matmul(x, theta))``) and another in ``X``.

    A function ``gradient_Descent(theta, alpha, x, y)`` whose answer line writes ``X.T`` uses a global X
    (f5-so-grad-capital-X-beside-lowercase-x): whether it is the matrix x is not in the text, and reading
    both as the one data matrix judged the answer equivalent on a guess. Raised with the text that writes X
    (its caret at X); the message quotes the text that multiplies x by θ.
    """
    lower = next((text for text in present if times.search(text)
                  and not _CAPITAL_X_WORD.search(text)), None)
    if lower is None:
        return
    for text in present:
        capital = _CAPITAL_X_WORD.search(text)
        if capital is not None and not times.search(text) and "\\" not in text:
            raise InputError(
                f"the data is the matrix x in '{lower.strip()}' and X here: whether X is the same matrix as x "
                "is not in the text (Python and Octave tell x from X)",
                source=text, column=capital.start(),
                hint="write the data matrix with one letter in every text (X, or x throughout)",
            )



#: LaTeX's bold x (\mathbf{x}, \boldsymbol{x}, \bm{x}) and the whole parameter vector right after it
_BOLD_X = patterns.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*x\s*\}")
_BOLD_X_TIMES_PARAMETERS = patterns.compile(
    r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*x\s*\}\s*(?:\\cdot\s*)?(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?:w|\\theta|\\beta)\s*\}"
    r"|\\(?:theta|beta)(?![A-Za-z])|w(?![\w]))"
)
#: what may follow a bold x read as X: nothing that indexes it (a transpose is fine)
_BOLD_X_INDEXED = patterns.compile(r"\s*(?:_|\^\s*\{?\s*\(|\^\s*\{?\s*[a-z0-9])")
#: a matrix form's marks: a bracket transposed, (…)^T or (…)^{\mathbf{T}}, or a norm
_MATRIX_FORM = patterns.compile(r"\)\s*\^\s*(?:\{\s*(?:\\mathbf\{\s*T\s*\}|T|\\top)\s*\}|T|\\top)|\\\||\\lVert")
BOLD_X_NOTE = ("read as matrix form: bold x multiplies the whole parameter vector (x w, in a cost written with whole "
               "vectors), so x is the data matrix X (m×n)")


def latex_data_x(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    r"""The LaTeX texts with bold ``\mathbf{x}`` as ``\mathbf{X}`` when one writes x times the whole parameter vector.

    ``\frac{1}{2}(\mathbf{y}-\mathbf{x}\mathbf{w})^{T}(\mathbf{y}-\mathbf{x}\mathbf{w})``: in a cost in
    matrix form (a bracket transposed, or a norm) x w with w the whole parameter vector conforms only with
    x the m×n data matrix (one example's x would need xᵀw). Read so only when every bold x is bare (no
    index or example mark), no text writes X, and no ``--let`` defines x or X. Returns the texts and the
    note, or the texts unchanged and None.
    """
    present = [text for text in texts if isinstance(text, str)]
    if "x" in let_names or "X" in let_names or not any(
        _BOLD_X_TIMES_PARAMETERS.search(text) and _MATRIX_FORM.search(text) for text in present
    ):
        return list(texts), None
    for text in present:
        if re.search(r"(?<![\w\\])X(?![\w])|\{\s*X\s*\}", text):
            return list(texts), None
        for match in _BOLD_X.finditer(text):
            if _BOLD_X_INDEXED.match(text, match.end()):
                return list(texts), None
    changed = [_BOLD_X.sub(lambda m: m.group(0).replace("x", "X"), text) if isinstance(text, str) else text
               for text in texts]
    return changed, BOLD_X_NOTE


#: a --let value that holds the data matrix transposed: a matrix, not a value per example; (X).T is R's t(X) as
#: respelled for NumPy
_TRANSPOSED_DATA = patterns.compile(
    r"(?<![\w.])(?:X|\(\s*X\s*\))\s*(?:'|\.T\b|\^\s*T\b|ᵀ|\.transpose\(\s*\))|transpose\(\s*X\s*\)")


#: NumPy's X * v (v * X): X broadcast against a column, a matrix (pointwise_loss_grad = X * (np.exp(z) - y))
_BROADCAST_DATA = patterns.compile(r"(?<![\w.])X\s*\*(?!\*)|(?<!\*)\*\s*X(?![\w.])")


#: Octave's v .* X (X .* v): X broadcast against a vector, a matrix (S = sum((hypothesis - y) .* X), a 1×n row)
_OCTAVE_BROADCAST_DATA = patterns.compile(r"\.\*\s*X(?![\w.(])|(?<![\w.])X\s*\.\*")


#: a transposed vector times X (Octave's (h - y)' * X, NumPy's r.T @ X): the 1×n row Σᵢ rᵢx⁽ⁱ⁾, no value per example;
#: brackets that only wrap the two factors count too (drv-agwl's ((hThetax')*(X))')
_ROW_TIMES_DATA = patterns.compile(r"(?:'|\.T\b)\s*(?:\)\s*)?(?:[*@]|\.dot\()\s*(?:\(\s*X\s*\)|X(?![\w.(]))")


#: a value that opens with NumPy's np.dot(v, X), X its last argument, v no parameter vector: vᵀX for a 1-D v, the
#: n entries Σᵢ vᵢx⁽ⁱ⁾ (no value per example; np.dot(w.T, X) is DeepLearning.AI's row of the examples' values)
_DOT_DATA_LAST = patterns.compile(r"\s*(?:np\.)?dot\(\s*(?!(?:theta|w|beta)\s*(?:\.T)?\s*,).*,\s*X\s*\)")
#: the whole parameter vector in a --let's value: theta, w, beta written bare (not theta_j, theta[1:], theta(2), θ')
_WHOLE_PARAMETER = patterns.compile(r"(?<![\w.])(?:theta|w|beta)(?![\w(\[.'_])")
#: a value that only scales it: numbers, names of constants, *, /, brackets (reg = (lambda_/m) * theta)
_SCALED_PARAMETER = patterns.compile(r"[\s\w.*/()+-]*")


def matrix_lets_into_answer(answer: str, lets: Sequence[str], *, numpy: bool = False) -> tuple[Pasted, tuple[str, ...]]:
    """The answer with its own matrix ``--let`` s put in place (``diff_J ./ m`` with ``diff_J = X' * residuals;``).

    A ``--let`` that only the answer uses and whose value holds Xᵀ is a matrix, which a
    ``--let`` cannot hold (a value is per example or a number): it is put in the answer
    in brackets, as the program computes it. Returns the answer and the lets put in.
    ``numpy``: another text of the problem is NumPy code, so a let's ``X * v`` broadcasts
    even where the let itself calls no ``np.`` function (``2 * X * (z - y)`` beside ``np.pow``).
    """
    values = {}
    for text in lets:
        match = re.match(r"^\s*([A-Za-z]\w*)\s*=(?!=)(.*?);?\s*$", text)
        if match is not None and (_TRANSPOSED_DATA.search(match.group(2)) or _ROW_TIMES_DATA.search(match.group(2))
                                  or _DOT_DATA_LAST.match(match.group(2)) or (
                ("np." in match.group(2) or numpy) and _BROADCAST_DATA.search(match.group(2)))
                or _OCTAVE_BROADCAST_DATA.search(match.group(2))):
            values[match.group(1)] = (match.group(2).strip(), text)
        elif match is not None and _WHOLE_PARAMETER.search(match.group(2)) and _SCALED_PARAMETER.fullmatch(
                match.group(2)) and len(_WHOLE_PARAMETER.findall(match.group(2))) == 1 \
                and not re.search(r"(?<![\w.])(?:X|x|y|h)(?![\w(])", match.group(2)):
            # reg = (lambda_/m) * theta: a multiple of the whole parameter vector, which a --let cannot hold either
            # (a value is per example or a number); an answer adds it to a gradient's n entries, as the code does;
            # not where a line writes to it again (temp(1) = 0, temp[0] = 0: Octave's zeroing, read or refused there)
            again = re.compile(rf"\s*{re.escape(match.group(1))}\s*[(\[=]")
            if sum(1 for other in lets if again.match(other)) == 1:
                values[match.group(1)] = (match.group(2).strip(), text)
    if not values:
        return Pasted(answer, answer), ()
    # (not before an index, g (1) or g[0]: one entry, which the reader refuses, is no place for the whole value)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
                         + r")(?![\w(])(?!\s*[(\[]\s*-?\d+\s*[)\]])")
    used: list[str] = []

    def put(match: re.Match[str]) -> tuple[str, str]:
        name = match.group(1)
        used.append(values[name][1])
        value = values[name][0]
        whole = not (_TRANSPOSED_DATA.search(value) or _ROW_TIMES_DATA.search(value) or _DOT_DATA_LAST.match(value)
                     or _BROADCAST_DATA.search(value) or _OCTAVE_BROADCAST_DATA.search(value))
        # a respelling's padding (lambda_ as λ keeps its columns) is no part of the value shown
        shown = re.sub(r"\s+", " ", re.sub(r"([(\[])\s+", r"\1", values[name][0]))
        return f"({values[name][0]})", (
            f"--let {name} = {shown} is "
            + ("a multiple of the whole parameter vector" if whole else "a matrix")
            + " the answer uses (the cost does not): it is put in the answer in its place"
        )

    pasted = _apply(answer, [(pattern, put)])
    return pasted, tuple(dict.fromkeys(used))

r"""R code, as students paste it, put in the spelling the readers already read (NumPy's), each reading noted.

R's arithmetic on arrays is NumPy's: ``*``, ``/`` and ``^`` act entry by entry, and ``%*%`` is the
matrix product (NumPy's ``@``); ``t(A)`` is the transpose (``A.T``). Its indexing is not: R numbers
entries from 1 and a negative index REMOVES entries, so ``theta[-1]`` is θ without its first entry
(NumPy's ``theta[1:]``, where NumPy's ``theta[-1]`` would be the last entry) and ``theta[2]`` is θ₂.
``c(0, theta[-1])`` is θ with its first entry set to 0 (``c(1, theta[-1])`` to 1: θ − θ₁e₁ + e₁); ``nrow(X)`` and ``ncol(X)`` count X's rows
and columns. R's ``/`` and ``*`` bind equally, left to right, so ``1/2*length(y)`` is (1/2)·m, as
written (a real slip of students who mean 1/(2m)), and is said in a note.

A text is read as R only when it says so: a ``%*%`` in it, or a ``--let`` assigned with ``<-``
(``NAME <- value``); any other text is left alone, so Octave, NumPy and plain notation read as before.
Indexing or ``c(…)`` this module does not know is refused in R text, never left for NumPy's
0-based reading. Nothing here evaluates anything; this module imports no sympy.
"""

from __future__ import annotations

import re

from typing import Sequence

from ..errors import InputError
from .brackets import closing, top_level
from . import vocabulary as vocab
from .. import patterns

__all__ = ["is_r", "assignment", "without_respelled_notes", "edits", "in_r_words", "dotted_names", "ranges_to_the_length", "bound_columns"]

#: what marks a text as R: its matrix product
_MARK = patterns.compile(r"%\*%")
#: an R name that holds a dot (sample.size, n.obs): letters first, never a number (1.5), a call (as.vector(…)) or
#: the start of a longer dotted call
_DOTTED = patterns.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+(?![\w.(])(?!\s*\()")
DOTTED_NOTE = "read as R: {name} is one name (R's names may hold a dot): read as {spelled}"
#: what after a dot is NumPy's, not part of an R name (not .size: R's sample.size is the name it is)
_NUMPY_ATTRIBUTES = frozenset({"T", "shape", "dot", "sum", "mean", "transpose", "reshape", "flatten", "ravel"})
#: R's assignment at the head of a line: NAME <- value (not NAME < -value: a --let has no comparison)
_ASSIGNMENT = patterns.compile(r"^\s*([A-Za-z][\w.]*(?:\([^()]*\))?)\s*(<-)(?!-)")
_TRANSPOSE = patterns.compile(r"(?<![\w.])t\(")
#: R's call of a package's function, PKG::FUN(…): e1071::sigmoid(z), base::exp(z)
_NAMESPACED = patterns.compile(r"(?<![\w.:])([A-Za-z][\w.]*)::(?!:)([A-Za-z_.][\w.]*)(?=\s*\()")
#: R's matrix(v): the vector v as a one-column matrix (m×1), its one argument (matrix(v, nrow = …) is not read)
_COLUMN = patterns.compile(r"(?<![\w.])matrix\(")
_VECTOR = r"(?:theta|beta|w)"
#: R's as.numeric(v), as.vector(v), drop(v), as.matrix(v): the same numbers stored another way (a one-column
#: matrix as a vector, or a vector as one column)
_STORAGE = patterns.compile(r"(?<![\w.])(as\.numeric|as\.vector|as\.matrix|drop)\(")
#: as.matrix's ", ncol = 1" at the end of its call: the one column a vector becomes anyway
_ONE_COLUMN = patterns.compile(r"\s*,\s*ncol\s*=\s*1\s*(?=\))")
#: as.vector's ", mode = 'numeric'" at the end of its call: the numbers a numeric vector holds anyway ('double' too;
#: 'list', 'character' and the rest change what the entries are, and are refused)
_NUMERIC_MODE = patterns.compile(r"\s*,\s*mode\s*=\s*(?P<quote>['\"])(?:numeric|double)(?P=quote)\s*(?=\))")
STORAGE_NOTE = ("read as R: {call}(v) only changes how v is stored (a one-column or 1×1 matrix as a vector or a "
                "number): its entries are v's, read as v")
#: c(0, theta[-1]) and c(1, theta[-1]): θ with its first entry (the intercept's) set to a number
_ZERO_FIRST = patterns.compile(r"(?<![\w.])c\(\s*(\d+(?:\.\d+)?)\s*,\s*(" + _VECTOR + r")\s*\[\s*-\s*1\s*\]\s*\)")
_COMBINE = patterns.compile(r"(?<![\w.])c\(")
#: rbind(0, matrix(1, length(theta)-1)) (cburkart's thetablock): matrix(1, k) is the k×1 column of ones (its data 1,
#: nrow k, one column), and rbind puts the 0 above it: the n×1 mask (0, 1, …, 1) of a θ of n entries. Only the count
#: length(θ) − 1 of a parameter vector, and at most ncol = 1 after it (another ncol is a matrix of its own)
_MASK = patterns.compile(r"(?<![\w.])rbind\(\s*0\s*,\s*matrix\(\s*(?:data\s*=\s*)?1\s*,\s*(?:nrow\s*=\s*)?length\(\s*"
                         r"(?P<vector>" + _VECTOR + r")\s*\)\s*-\s*1\s*(?:,\s*(?:ncol\s*=\s*)?1\s*)?\)\s*\)")
MASK_NOTE = ("read as R: {written} is the column (0, 1, …, 1) of length({vector}) entries (matrix(1, k) is k×1 of "
             "ones, rbind puts 0 above it): Octave's [0; ones(length({vector})-1, 1)]")
_DROP_FIRST = patterns.compile(r"(?<![\w.])(" + _VECTOR + r")\s*\[\s*-\s*1\s*\]")
_ENTRY = patterns.compile(r"(?<![\w.])(" + _VECTOR + r")\s*\[\s*([1-9][0-9]?)\s*\]")
#: theta[2:length(theta)]: R's 1-based range from the second entry to the last, θ without its first entry
_FROM_SECOND = patterns.compile(r"(?<![\w.])(" + _VECTOR + r")\s*\[\s*2\s*:\s*length\(\s*\1\s*\)\s*\]")
_INDEX = patterns.compile(r"(?<=[\w.)\]])\[")
#: (nrow(matrix(x)) too: x as a one-column matrix has its entries as rows; its ncol is 1, not read)
_ROWS_COLUMNS = patterns.compile(r"(?<![\w.])(?:(nrow|ncol)\(\s*(X|x|y)\s*\)|(nrow)\(\s*matrix\(\s*(x|y)\s*\)\s*\))")
#: NumPy's own marks: in a text that also has them, an index is NumPy's as much as R's
_NUMPY_MARK = patterns.compile(r"(?<![\w.])(?:np|numpy)\.|\*\*|(?<!%)@|\.T(?![\w(])")
#: a number over a number times what follows: R's 1/2*length(y), (1/2)·m; over m, N and nrow(X) (size(X, 1) once
#: edited) the plain reader says it of any code, so it is not said twice
#: length(Y) of the capital Y that R scripts name the responses with (in a text with no y of its own): m
_LENGTH_OF_Y = patterns.compile(r"(?<![\w.])length\(\s*Y\s*\)")
_LOWER_Y = patterns.compile(r"(?<![\w.])y(?![\w(])")
_HALF_TIMES = patterns.compile(r"(?<![\w.)\]])(\d+)\s*/\s*(\d+)\s*\*(?!\*)\s*(?!(?:m|N)(?![\w(])|nrow\()"
                         r"([A-Za-z]\w*(?:\([^()]*\))?|\()")

#: a bracket that opens with the data times the parameters, (x %*% t(theta) - y), then %*% and the data matrix:
#: an m×1 matrix times the m×n one
_COLUMN_TIMES_DATA = patterns.compile(r"(?<![\w.])\(\s*[Xx]\s*%\*%\s*(?:t\(\s*)?" + _VECTOR + r"\b")
_DATA_AFTER = patterns.compile(r"\s*%\*%\s*[Xx](?![\w.(\[])")
#: a prime after an operand: Octave's and the page's transpose, which R does not have (' opens a string)
_PRIME = patterns.compile(r"(?<=[\w)\]])\s*'")
#: the operand of a matrix product: where a primed operand can only be transposed
_BEFORE_PRODUCT = patterns.compile(r"\s*%\*%")
#: a quotient by a number times what follows: R's sum(r^2)/2*length(y), (Σr²/2)·m, where the writer means /(2m)
#: (over m and N the plain reader says it, as of 1/2*m)
_OVER_TIMES = patterns.compile(r"(?<=[\w)\]])\s*/\s*(\d+)\s*\*(?!\*)\s*(?!(?:m|N)(?![\w(]))"
                         r"([A-Za-z]\w*(?:\([^()]*\))?|\()")

#: R's crossprod(A, B), t(A) %*% B; of one argument crossprod(v) is t(v) %*% v, read only of a column v: a
#: parameter vector, or a residual y − Xθ (Xθ − y) of the data times one (crossprod(X) is the n×n XᵀX)
_CROSSPROD = patterns.compile(r"(?<![\w.])crossprod\(")
_P = r"(?:theta|beta|w|b)"
_COLUMN_ARGUMENT = patterns.compile(r"\s*(?:\(\s*)?(?:[yY]\s*-\s*[Xx]\s*%\*%\s*" + _P + r"|[Xx]\s*%\*%\s*" + _P
                                    + r"\s*-\s*[yY]|" + _P + r")(?:\s*\))?\s*")
CROSSPROD_NOTE = "read as R: crossprod(A, B) is t(A) %*% B, AᵀB"
#: an argument of crossprod(v) in plain words only (names, numbers, + − * / and brackets): copied whole as vᵀv, its
#: shape then decided where the names are known (y − Xbeta with Xbeta <- X %*% beta a column, X the data a matrix)
_PLAIN_ARGUMENT = patterns.compile(r"[\w\s+\-*/()]+")
#: (an answer's crossprod(X) %*% beta is the matrix XᵀX it says, read so: "refused" would be untrue there, audit31a)
CROSSPROD_PRODUCT_NOTE = ("read as R: crossprod(v) is t(v) %*% v, vᵀv ({v}): a number where v is a column, the "
                          "matrix XᵀX where v is the data matrix X")
CROSSPROD_ONE_NOTE = ("read as R: crossprod(v) is t(v) %*% v, and of the column v ({v}) the sum of the squares of its "
                      "entries")
#: R's norm(v, …): its type says which norm, "2" (the spectral) and "F" (Frobenius) both ‖v‖ of a one-column v
_NORM = patterns.compile(r"(?<![\w.])norm\(")
_NORM_TYPE = patterns.compile(r"""\s*(?:type\s*=\s*)?(["'])([^"']*)\1\s*""")
_NORM_SQUARED = patterns.compile(r"\s*(?:\^|\*\*)\s*2(?![\d.])")
#: R's other norm types, as a refusal names them (the default, with no type, is "O")
_OTHER_NORMS = {kind: what for kinds, what in (
    ("Oo1", 'the one norm (type "O", R\'s default): Σ|vᵢ| of a column'),
    ("Ii", 'the infinity norm (type "I"): the largest |vᵢ| of a column'),
    ("Mm", 'the largest |vᵢ| (type "M")')) for kind in kinds}
NORM_NOTE = ('read as R: norm(v, type = "{kind}")^2 is ‖v‖², the sum of the squares of v\'s entries (the {name} norm '
             'of the one-column v is its Euclidean length)')
MATRIX_PRODUCT_NOTE = "read as R: A %*% B is the matrix product AB (NumPy's A @ B); R's *, / and ^ act entry by entry"
COLUMN_NOTE = "read as R: matrix(v) of a vector v is v as a one-column matrix, v itself"
TRANSPOSE_NOTE = "read as R: t(A) is the transpose Aᵀ (NumPy's A.T)"
PRIME_NOTE = ("read as R: A' before %*% is read as the transpose t(A), as Octave and the page write it "
              "(R has no ' transpose: in R ' opens a string)")
ASSIGNMENT_NOTE = "read as R: {name} <- value assigns, as {name} = value does"
PRECEDENCE_NOTE = ("read as R: %*% binds tighter than * and / (R's %…% operators come before them), so {left} {op} "
                   "{chain} is {left} {op} ({chain})")


#: a let of a parameter vector's length under a name of its own: theta_len <- length(theta), p = length(beta)
_LENGTH_LET = patterns.compile(r"\s*(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*(?:<-|=)\s*length\(\s*(?P<vector>" + _VECTOR
                               + r")\s*\)\s*(?:;\s*)?")


def without_respelled_notes(notes: Sequence[str], written: Sequence[object]) -> tuple[str, ...]:
    """``notes`` without the NumPy note of a ``.T`` that only R's ``t(A)``, respelled, put in the texts.

    R's ``t(X)`` is read as NumPy's ``X.T`` (:data:`TRANSPOSE_NOTE` says so), and the readers then said "read as
    NumPy: A.T is …" of R code that writes no NumPy (hunt28c): a note of a reading the text does not ask for.
    ``written`` are the texts as the student wrote them; a text that writes ``.T`` itself keeps the note.
    """
    from .plain import NUMPY_TRANSPOSE_NOTE

    if TRANSPOSE_NOTE not in notes or any(isinstance(text, str) and _NUMPY_DOT_T.search(text) for text in written):
        return tuple(notes)
    return tuple(note for note in notes if note != NUMPY_TRANSPOSE_NOTE)


#: NumPy's transpose as a text writes it: .T after an operand
_NUMPY_DOT_T = patterns.compile(r"\.T(?![\w(])")


def ranges_to_the_length(text: str, lets: Sequence[str]) -> tuple[str, str] | None:
    """``sum(theta[2:theta_len])`` with ``--let 'theta_len <- length(theta)'``: ``theta[2:length(theta)]`` (noted).

    The let names the vector's own length, so entries 2 to it are all but the first (R numbers from 1), which
    :data:`_FROM_SECOND` reads. Only a name of more than one letter (m and n are the counts' rules') that the let
    binds to the length of the very vector it ranges over. The text respelled and the note, or None.
    """
    lengths = {match.group("name"): match.group("vector") for let in lets if isinstance(let, str)
               and (match := _LENGTH_LET.fullmatch(let)) is not None and len(match.group("name")) > 1}
    said, spelled = [], text
    for name, vector in lengths.items():
        ranged = patterns.compile(rf"(?<![\w.])({vector})\s*\[\s*2\s*:\s*{re.escape(name)}\s*\]")
        if ranged.search(spelled):
            spelled = ranged.sub(lambda match: f"{match.group(1)}[2:length({match.group(1)})]", spelled)
            said.append(f"read as R: {name} is length({vector}) (its --let), so {vector}[2:{name}] is "
                        f"{vector}[2:length({vector})]")
    columns = _columns_range(spelled, lets)
    if columns is not None:
        spelled, note = columns
        said.append(note)
    return (spelled, "; ".join(said)) if said else None


#: a let of the data's columns or a parameter vector's length under any name: n <- ncol(X), n = length(theta)
_WIDTH_LET = patterns.compile(r"\s*(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*(?:<-|=)\s*(?:ncol\(\s*X\s*\)|length\(\s*(?P<vector>"
                              + _VECTOR + r")\s*\))\s*(?:;\s*)?")

#: a --let that sets the data matrix itself (X <- cbind(1, X), X = …)
_X_LET = patterns.compile(r"\s*X\s*(?:<-|=(?!=))")


def _columns_range(text: str, lets: Sequence[str]) -> tuple[str, str] | None:
    """``sum(theta[2:n]^2)`` beside ``--let 'n <- ncol(X)'`` (a report's regularized J.history): θ without its first entry.

    X %*% theta in some text makes θ as long as X has columns, so entries 2 to ncol(X) of θ are all but the first
    (R numbers from 1). Read only where a --let binds the name to ncol(X) (and the texts multiply X by that very
    vector) or to the vector's own length; the name bare, or bound to anything else (length(y), the examples), is
    left to the refusal of R indexes. The text respelled as ``theta[2:length(theta)]`` and the note, or None.
    """
    texts = [text, *(let for let in lets if isinstance(let, str))]
    # a --let that sets X again (X <- cbind(1, X)): the lets have no order, and n <- ncol(X) counted before the column
    # of ones is one short, theta[2:n] then leaving theta's last entry out (audit30a): not read, refused as before
    reset = any(isinstance(let, str) and _X_LET.match(let) for let in lets)
    said, spelled = [], text
    for let in lets:
        match = _WIDTH_LET.fullmatch(let) if isinstance(let, str) else None
        if match is None or (reset and match.group("vector") is None):
            continue
        name = match.group("name")
        for vector in ([match.group("vector")] if match.group("vector") else ["theta", "beta", "w"]):
            ranged = patterns.compile(rf"(?<![\w.])({vector})\s*\[\s*2\s*:\s*{re.escape(name)}\s*\]")
            times = patterns.compile(rf"(?<![\w.])X\s*%\*%\s*{vector}(?![\w.(\[])")
            if not ranged.search(spelled) or (match.group("vector") is None
                                              and not any(times.search(each) for each in texts)):
                continue
            spelled = ranged.sub(lambda found: f"{found.group(1)}[2:length({found.group(1)})]", spelled)
            why = (f"{name} <- ncol(X) counts X's columns, and X %*% {vector} makes {vector} as long"
                   if match.group("vector") is None else f"{name} is length({vector}) (its --let)")
            said.append(f"read as R: {why}, so {vector}[2:{name}] is entries 2 to the last of {vector} (R numbers "
                        f"from 1): {vector} without its FIRST entry, the intercept's")
    return (spelled, "; ".join(said)) if said else None


def is_r(text: str) -> bool:
    """Whether a text is marked as R code by a ``%*%`` (a --let's ``<-`` is seen by :func:`assignment`)."""
    return isinstance(text, str) and _MARK.search(text) is not None


def assignment(text: str) -> tuple[int, int, str] | None:
    """The span of R's ``<-`` after a line's name (``h <- sigmoid(X %*% theta)``) and its note, or None."""
    match = _ASSIGNMENT.match(text) if isinstance(text, str) else None
    if match is None or "=" in text[:match.start(2)]:
        return None
    return match.start(2), match.end(2), ASSIGNMENT_NOTE.format(name=match.group(1))


def _refuse_index_beside_numpy(text: str, label: str) -> None:
    """Refuse ``theta[-1]``/``theta[2]`` in a text with R's ``%*%`` and NumPy's marks (``np.sum``, ``**``).

    The two languages index apart: R's theta[-1] drops the first entry, NumPy's is the last; R's theta[2]
    is θ₂, NumPy's θ₃. A text written in both says neither, so neither is picked.
    """
    mark = _NUMPY_MARK.search(text)
    index = _DROP_FIRST.search(text) or _ENTRY.search(text)
    if mark is None or index is None:
        return
    raise InputError(f"'{index.group(0)}' is R's or NumPy's: this text has R's %*% and NumPy's '{mark.group(0)}', "
                     "and the two index apart", source=text, column=index.start(), label=label,
                     hint="in R theta[-1] drops the FIRST entry and theta[2] is θ₂; in NumPy theta[-1] is the LAST "
                          "entry and theta[2] is θ₃: write the text in one language")


def _refuse_column_times_data(text: str, label: str) -> None:
    """Refuse R's ``(x %*% t(theta) - y) %*% x``: the m×1 matrix x θ − y times the m×n x does not conform in R.

    R keeps a matrix product's dimensions through arithmetic with a vector, so the bracket is m×1, and
    R stops ('non-conformable arguments'); NumPy's 1-D reading, (h − y)ᵀx, was taken for it, and an answer
    that does not run judged 'equivalent' (audit29). Xᵀ(h − y) is written t(x) %*% (…).
    """
    for match in _COLUMN_TIMES_DATA.finditer(text):
        closer = closing(text, match.start())
        if closer is None or not _DATA_AFTER.match(text, closer + 1):
            continue
        raise InputError("in R this bracket is an m×1 matrix (the data times the parameters), and %*% of it and the "
                         "m×n data matrix does not conform: R stops with 'non-conformable arguments'",
                         source=text, column=text.index("%*%", closer + 1), label=label,
                         hint="write t(x) %*% (…) for Xᵀ(…), or t(…) %*% x for the 1×n row")


#: R's data matrix times the parameter vector with '*' (X * theta, theta * X), not %*%: entry by entry in R
_DATA_STAR_PARAMETERS = patterns.compile(
    r"(?<![\w.])(?:X\s*(?<!%)\*(?![%*])\s*(?:theta|beta|w)(?![\w.(\[])"
    r"|(?:theta|beta|w)\s*(?<!%)\*(?![%*])\s*X(?![\w.(\[]))")


def _refuse_data_star_parameters(text: str, label: str) -> None:
    """Refuse R's ``X * theta`` (``h <- sigmoid(X * theta)``): R's ``*`` is entry by entry, so it is not Xθ.

    R recycles the n entries of θ down X's m×n entries (entry (i, k) times θ at (i + m(k − 1)) mod n), an m×n
    matrix that no reading of the notation holds; Octave's ``X * theta`` is the product Xθ, and an R text
    respelled into NumPy's words kept the '*' with no NumPy mark beside it, so it was read as Octave's product
    and the writer's code judged as if it wrote ``X %*% theta`` (hunt32). An answer's ``t(X) * v`` is refused
    so already (its ``.T`` marks NumPy); this is the product a --let or a cost writes with no mark of its own.
    """
    match = _DATA_STAR_PARAMETERS.search(text)
    if match is None:
        return
    raise InputError(f"in R '*' multiplies entry by entry (recycling the shorter operand), so '{match.group(0)}' is "
                     "not the matrix product: read as R it is an m×n matrix, read as Octave's '*' it is Xθ",
                     source=text, column=text.index("*", match.start()), label=label,
                     hint="for the matrix product write X %*% theta")


#: R's sum( of two cbind(…) multiplied entry by entry: sum(cbind(y, 1 - y) * cbind(log(h), log(1 - h)))
_SUM_OF_BOUND = patterns.compile(r"(?<![\w.])sum\(\s*(?=cbind\()")
_BOUND = patterns.compile(r"cbind\(")
BOUND_NOTE = ("read as R: sum(cbind(a, b) * cbind(c, d)) multiplies the two m×2 matrices entry by entry (R's *) and "
              "adds every entry: sum(a * c + b * d)")


def bound_columns(text: str) -> tuple[str, str] | None:
    """``sum(cbind(y, 1 - y) * cbind(log(σ), log(1 − σ)))`` (a Titanic costFunc) as ``sum((y) * (log(σ)) + …)``.

    R's * of two matrices of one shape is entry by entry, and sum adds all the entries, column by column: the
    sum of the products of the columns. Only sum of exactly two cbind(…) of two columns each, joined by '*';
    any other cbind is left to be refused as an unknown function. The text respelled and the note, or None.
    """
    edits = []
    for match in _SUM_OF_BOUND.finditer(text):
        closer = closing(text, match.end() - 1)
        first = _BOUND.match(text, match.end())
        first_end = closing(text, first.end() - 1) if first is not None else None
        if closer is None or first is None or first_end is None:
            continue
        star = re.match(r"\s*\*(?!\*)\s*", text[first_end + 1:closer])
        second = _BOUND.match(text, first_end + 1 + star.end()) if star is not None else None
        second_end = closing(text, second.end() - 1) if second is not None else None
        if second is None or second_end is None or text[second_end + 1:closer].strip():
            continue
        columns = []
        for start, end in ((first.end(), first_end), (second.end(), second_end)):
            inside = text[start:end]
            commas = top_level(inside, ",")
            if len(commas) != 1:
                break
            columns.append((inside[:commas[0]].strip(), inside[commas[0] + 1:].strip()))
        if len(columns) != 2 or not all(all(column) for pair in columns for column in pair):
            continue
        (a, b), (c, d) = columns
        edits.append((match.end(), closer, f"({a}) * ({c}) + ({b}) * ({d})"))
    if not edits:
        return None
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text, BOUND_NOTE


#: R's return( at the start of a text
_RETURNED = patterns.compile(r"^\s*(?P<word>return)\s*\(")
RETURNED_NOTE = "read as R: return(v) is the function's value, v"


#: length(NAME), R's count of a vector's or a matrix's entries
_LENGTH = patterns.compile(r"(?<![\w.])length\(\s*([A-Za-z]\w*)\s*\)")
#: the note on length(X) of a matrix X
ENTRY_COUNT_NOTE = ("read as R: length({name}) counts every entry of the matrix {name} (R's length of a matrix; "
                    "Octave's is its larger size): nrow({name})·ncol({name}), the m examples times the n features")


def _entry_counts(text: str, label: str) -> list[tuple[int, int, str, str]]:
    """R's ``length(X)`` of the data matrix X: all its entries, ``nrow(X)*ncol(X)`` (f77's computeCost).

    Read as Octave's larger size (m), a cost dividing by 2·length(X) was judged against (1/2m)Σr², wrong by the
    factor n. X is the data matrix where the text multiplies it by ``%*%`` or transposes it (``t(X)``); a vector's
    length (``length(y)``, ``length(theta)``) is its entries' count as before. The data's length where nothing in
    the text says X is a matrix is refused: a one-feature X is a vector of m entries, a design matrix has m·n.
    """
    found: list[tuple[int, int, str, str]] = []
    for match in _LENGTH.finditer(text):
        name = match.group(1)
        if name not in ("X", "x"):
            continue
        matrix = patterns.compile(rf"(?<![\w.]){name}\s*%\*%|%\*%\s*{name}(?![\w.(\[])|(?<![\w.])t\(\s*{name}\s*\)")
        if matrix.search(text) is None:
            raise InputError(f"R's length({name}) is the number of {name}'s entries: m for a vector of one feature, "
                             f"m·n for the m×n data matrix, and which {name} is here is not said",
                             source=text, column=match.start(), label=label,
                             hint=f"for the number of examples write nrow({name}) or length(y)")
        found.append((match.start(), match.end(), f"(nrow({name})*ncol({name}))", ENTRY_COUNT_NOTE.format(name=name)))
    return found


#: a let of R's count of the data's entries: m = length(X), n <- length(x)
_ENTRY_COUNT_LET = patterns.compile(r"^\s*([A-Za-z]\w*)\s*(?:=|<-)\s*length\(\s*([Xx])\s*\)\s*(?:;\s*)?$")


def refuse_entry_count_lets(lets: Sequence[str]) -> None:
    """Refuse ``m = length(X)`` in an R problem: R's length of a matrix counts its entries, m·n (f77's computeCost).

    Octave's ``m = length(X)`` is read as m (its larger size, named m); R's is every entry of X, so the cost
    divides by m·n where the writer may have meant m: read as m, a right cost was judged wrong by the factor n.
    The count as the code computes it would need the let's name put in as m·n everywhere the code writes it;
    refused until that is read, never read as m.
    """
    for text in lets:
        match = _ENTRY_COUNT_LET.match(text) if isinstance(text, str) else None
        if match is not None:
            name = match.group(2)
            raise InputError(
                f"{match.group(1)} = length({name}) in R is the number of {name}'s entries (R's length of a matrix "
                f"counts them all: m·n for the m×n data, m only for a vector of one feature), not the number of "
                "examples as Octave's length would be",
                source=text, column=text.index("length"), label="--let",
                hint=f"for the number of examples write nrow({name}) or length(y)")


#: R's dim(A)[1] and dim(A)[2]: A's numbers of rows and of columns (dim gives the two)
_DIM = patterns.compile(r"(?<![\w.])dim\(\s*(?P<name>[A-Za-z]\w*)\s*\)\s*\[\s*(?P<axis>[12])\s*\]")
DIM_NOTE = "read as R: dim({name})[{axis}] is the number of {name}'s {what} (dim gives rows, then columns)"
#: matrix(data = 1, nrow = dim(theta)[1], ncol = dim(theta)[2]) (and nrow(theta), ncol(theta)): ones of θ's shape
_ONES_LIKE = patterns.compile(
    r"(?<![\w.])matrix\(\s*(?:data\s*=\s*)?1\s*,\s*(?:nrow\s*=\s*)?(?:dim\(\s*(?P<v>" + _VECTOR
    + r")\s*\)\s*\[\s*1\s*\]|nrow\(\s*(?P<v2>" + _VECTOR + r")\s*\))\s*,\s*(?:ncol\s*=\s*)?(?:dim\(\s*(?P=v)\s*\)\s*"
    r"\[\s*2\s*\]|ncol\(\s*(?P=v2)\s*\))\s*\)")
ONES_LIKE_NOTE = ("read as R: {written} is a matrix of ones with {vector}'s rows and columns: Octave's "
                  "ones(size({vector}))")
#: a line that sets one entry of a name to a number, R's mask[1] <- 0
_ENTRY_SET = patterns.compile(r"^\s*(?P<name>[A-Za-z][\w]*)\s*(?P<index>\[\s*(?P<k>[1-9]\d?)\s*\])\s*(?P<arrow><-)(?!-)"
                              r"\s*-?\d+(?:\.\d+)?\s*(?:;\s*)?$")
ENTRY_SET_NOTE = "read as R: {name}[{k}] <- … sets entry {k} of {name} (R numbers from 1), as Octave's {name}({k}) = …"


def set_entry(text: str) -> tuple[int, int, int, int, str, str] | None:
    """R's ``mask[1] <- 0``, a line that sets entry k of a name to a number: the spans of ``[1]`` and ``<-``, the
    Octave spelling of the index (``(1)``) and the note; None for any other text."""
    match = _ENTRY_SET.match(text) if isinstance(text, str) else None
    if match is None:
        return None
    name, k = match.group("name"), match.group("k")
    return (match.start("index"), match.end("index"), match.start("arrow"), match.end("arrow"), f"({k})",
            ENTRY_SET_NOTE.format(name=name, k=k))


def ones_like(text: str) -> tuple[str, list[str]]:
    """``text`` with R's ``matrix(data = 1, nrow = dim(theta)[1], ncol = dim(theta)[2])`` as ``ones(size(theta))``,
    and the notes (none where there is none)."""
    notes: list[str] = []

    def spelled(match: re.Match[str]) -> str:
        vector = match.group("v") or match.group("v2")
        notes.append(ONES_LIKE_NOTE.format(written=" ".join(match.group(0).split()), vector=vector))
        return f"ones(size({vector}))"

    return _ONES_LIKE.sub(spelled, text), notes


def edits(text: str, *, label: str) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """R's spellings in ``text`` as (start, end, replacement, note) edits into NumPy's, and notes with no edit.

    Raises :class:`InputError` for indexing and ``c(…)`` that only a wrong reading could take.
    """
    found: list[tuple[int, int, str, str]] = []
    head = assignment(text)
    if head is not None:
        found.append((head[0], head[1], "=", head[2]))
    returned = _RETURNED.match(text)
    if returned is not None and closing(text, returned.end() - 1) == len(text.rstrip().rstrip(";")) - 1:
        # return(v), the whole text (SDS385's computeLogLikelihood): R's return is a call whose value is v; the word
        # goes, its brackets stay around v
        found.append((returned.start("word"), returned.end("word"), "", RETURNED_NOTE))
    for match in _ONES_LIKE.finditer(text):
        vector = match.group("v") or match.group("v2")
        found.append((match.start(), match.end(), f"ones(size({vector}))", ONES_LIKE_NOTE.format(
            written=" ".join(match.group(0).split()), vector=vector)))
    for match in _DIM.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            axis = match.group("axis")
            found.append((match.start(), match.end(), f"size({match.group('name')}, {axis})", DIM_NOTE.format(
                name=match.group("name"), axis=axis, what="rows" if axis == "1" else "columns")))
    found += _norms(text, label)
    found += _crossprods(text, label)
    found += _entry_counts(text, label)
    found += [(start, end, name.replace(".", "_"), DOTTED_NOTE.format(name=name, spelled=name.replace(".", "_")))
              for start, end, name in dotted_names(text)]
    for match in _MASK.finditer(text):
        # rbind(0, matrix(1, length(theta)-1)): the column (0, 1, …, 1), Octave's [0; ones(length(theta)-1, 1)]
        name = match.group("vector")
        found.append((match.start(), match.end(), f"[0; ones(length({name})-1, 1)]", MASK_NOTE.format(
            written=" ".join(match.group(0).split()), vector=name)))
    for match in _ZERO_FIRST.finditer(text):
        first, name = match.group(1), match.group(2)
        zeroed = f"np.r_[0, {name}[1:]]"
        # another first entry k is the zeroed vector plus k·e₁, e₁ the intercept's unit vector
        spelled = zeroed if float(first) == 0 else f"({zeroed} + {first}*e_1)"
        found.append((match.start(), match.end(), spelled, (
            f"read as R: {match.group(0)} is {name} with its first entry, the intercept's, set to {first} "
            f"({name}[-1] drops the first entry; c(…) joins {first} before the rest)"
            + ("" if float(first) == 0 else f": [0; {name}(2:end)] + {first}·e₁"))))
    for match in _COMBINE.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            raise InputError("R's c(…) is read only as c(k, theta[-1]), θ with its first entry set to the number k",
                             source=text, column=match.start(), label=label,
                             hint="write the vector another way, e.g. the penalty's sum over the entries it keeps")
    _refuse_index_beside_numpy(text, label)
    _refuse_column_times_data(text, label)
    _refuse_data_star_parameters(text, label)
    for match in _DROP_FIRST.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            name = match.group(1)
            found.append((match.start(), match.end(), f"{name}[1:]", (
                f"read as R: {match.group(0)} is {name} without its FIRST entry, the intercept's (R's negative "
                f"index removes entries; it is not NumPy's last entry)")))
    for match in _FROM_SECOND.finditer(text):
        name = match.group(1)
        found.append((match.start(), match.end(), f"{name}[1:]", (
            f"read as R: {match.group(0)} is entries 2 to length({name}) of {name} (R numbers from 1): {name} "
            f"without its FIRST entry, the intercept's")))
    for match in _ENTRY.finditer(text):
        found.append((match.start(), match.end(), f"{match.group(1)}({match.group(2)})", (
            f"read as R: {match.group(0)} is entry {match.group(2)} of {match.group(1)} (R numbers from 1)")))
    for match in _INDEX.finditer(text):
        if not any(start <= match.end() - 1 < end for start, end, _, _ in found):
            raise InputError("this R index is not read: R numbers from 1 and a negative index removes entries",
                             source=text, column=match.end() - 1, label=label,
                             hint="theta[-1] (θ without its first entry) and theta[k] (entry k) are read")
    for match in _NAMESPACED.finditer(text):
        package, function = match.group(1), match.group(2)
        # the package only says where FUN is found: a function the notation knows is that function, whichever
        # package provides it; any other name would be a guess at what the package computes
        if function not in vocab.FUNCTIONS and function not in vocab.SIGMOID_NAMES:
            raise InputError(f"R's {package}::{function}(…) calls {function} of the package {package}, which is not "
                             "a function logderiv knows", source=text, column=match.start(), label=label,
                             hint="write the function out, or call a known one (sigmoid, exp, log, tanh, …)")
        found.append((match.start(), match.start(2), "", (
            f"read as R: {package}::{function}(…) is {function}(…), {package} only names the package that "
            "provides it")))
    for match in _MARK.finditer(text):
        found.append((match.start(), match.end(), "@", MATRIX_PRODUCT_NOTE))
    found += _products_first(text)
    for match in _COLUMN.finditer(text):
        closer = closing(text, match.end() - 1)
        counted = any(count.start() < match.start() < count.end() for count in _ROWS_COLUMNS.finditer(text))
        if closer is None or "," in text[match.end():closer] or counted:
            continue  # matrix(v, nrow = 2): a shape of its own; nrow(matrix(x)) is read as a count below
        found.append((match.start(), match.end(), "(", COLUMN_NOTE))
    quoted: set[int] = set()  # the quotes of a mode = 'numeric' read away: a string's, not primes
    for match in _STORAGE.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        column = _ONE_COLUMN.search(text, match.end(), closer + 1) if match.group(1) == "as.matrix" else None
        if column is not None and column.end() == closer and not _commas(text, match.end(), column.start()):
            # as.matrix(v, ncol = 1): v as one column, which as.matrix of a vector is anyway (R ignores the ncol)
            found.append((match.start(), match.end(), "(", STORAGE_NOTE.format(call=match.group(1))))
            found.append((column.start(), column.end(), "", ""))
            continue
        mode = _NUMERIC_MODE.search(text, match.end(), closer + 1) if match.group(1) == "as.vector" else None
        if mode is not None and mode.end() == closer and not _commas(text, match.end(), mode.start()):
            # as.vector(v, mode = 'numeric') (MichaelSali's MLR): the numbers of v as a plain vector, as as.vector(v)
            found.append((match.start(), match.end(), "(", STORAGE_NOTE.format(call=match.group(1))))
            found.append((mode.start(), mode.end(), "", ""))
            quoted.update(range(mode.start(), mode.end()))
            continue
        if "," in text[match.end():closer]:
            continue  # as.vector(v, mode = …), as.matrix(v, nrow = 1): an argument of its own, left to be refused
        found.append((match.start(), match.end(), "(", STORAGE_NOTE.format(call=match.group(1))))
    for match in _TRANSPOSE.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        found.append((match.start(), match.end(), "(", TRANSPOSE_NOTE))
        found.append((closer, closer + 1, ").T", ""))
    found += _primes(text, label, quoted)
    for match in _ROWS_COLUMNS.finditer(text):
        function, data = match.group(1) or match.group(3), match.group(2) or match.group(4)
        axis, what = (1, "rows, the examples: m") if function == "nrow" else (2, "columns, the features: n")
        found.append((match.start(), match.end(), f"size({data}, {axis})",
                      f"read as R: {match.group(0)} is the number of {data}'s {what}"))
    if _LOWER_Y.search(text) is None:
        # beside a y of its own, Y may be another quantity: its length is then not surely m
        for match in _LENGTH_OF_Y.finditer(text):
            found.append((match.start(), match.end(), "length(y)",
                          "read as R: length(Y) is the number of Y's entries, the responses': m"))
    halves = list(_HALF_TIMES.finditer(text))
    notes = [f"read as R: {match.group(1)}/{match.group(2)}*{match.group(3)}… is ({match.group(1)}/{match.group(2)})·"
             f"{match.group(3)}…, as R computes it ('/' and '*' bind equally, left to right), not "
             f"{match.group(1)}/({match.group(2)}·{match.group(3)}…)" for match in halves][:1]
    # after a sum or a bracket the same slip reads (Σr²/2)·m where the writer means Σr²/(2m): said as plainly
    notes += [f"read as R: …/{match.group(1)}*{match.group(2)} divides by {match.group(1)} and then MULTIPLIES by "
              f"{match.group(2)}, as R computes it ('/' and '*' bind equally, left to right), not a division by "
              f"{match.group(1)}·{match.group(2)} (write /({match.group(1)}*{match.group(2)}) for that)"
              for match in _OVER_TIMES.finditer(text)
              if not any(half.start() <= match.start() < half.end() for half in halves)][:1]
    return sorted(found), notes


def dotted_names(text: str) -> list[tuple[int, int, str]]:
    """R's ``sample.size``, ``n.obs`` in ``text``: names that hold a dot, as (start, end, name).

    R has no attribute operator, so in R text a dot between letters is part of a name; only in a text with none of
    NumPy's marks (``np.``, ``@``, ``**``, ``.T``: a NumPy answer beside R's cost keeps its attributes), never a call
    (``as.vector(…)`` is R's function) nor a NumPy attribute's name (``.shape``, ``.dot``).
    """
    if _NUMPY_MARK.search(text) is not None:
        return []
    return [(match.start(), match.end(), match.group(0)) for match in _DOTTED.finditer(text)
            if not set(match.group(0).split(".")[1:]) & _NUMPY_ATTRIBUTES]


def _commas(text: str, start: int, end: int) -> list[int]:
    """The offsets of the commas between ``start`` and ``end`` outside brackets: a call's argument separators."""
    return [start + offset for offset in top_level(text[start:end], ",")]


def _crossprods(text: str, label: str) -> list[tuple[int, int, str, str]]:
    """R's ``crossprod(A, B)`` as ``((A).T @ (B))``; ``crossprod(v)`` of a column v as ``sum((v)^2)``, noted.

    crossprod(v) is vᵀv, a 1×1 matrix Σvᵢ², only when v is a column; of a matrix it is the n×n XᵀX, so one
    argument is read only when it is surely a column (a parameter vector, or y − Xθ), and refused otherwise.
    """
    found: list[tuple[int, int, str, str]] = []
    for match in _CROSSPROD.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        commas = _commas(text, match.end(), closer)
        comma = None if not commas else commas[0] if len(commas) == 1 else -1
        if comma == -1 or comma is not None and "=" in text[comma:closer]:
            continue  # three arguments, or a keyword: left to be refused as an unknown function
        if comma is not None:
            found += [(match.start(), match.end(), "((", CROSSPROD_NOTE), (comma, comma + 1, ").T @ (", ""),
                      (closer, closer + 1, "))", "")]
            continue
        argument = text[match.end():closer]
        if _COLUMN_ARGUMENT.fullmatch(text, match.end(), closer) is None and argument.strip() \
                and _PLAIN_ARGUMENT.fullmatch(argument) is not None and "." not in argument:
            # not surely a column by its spelling (y - Xbeta, Xbeta a let's): vᵀv in full, so the reader that knows
            # the names' shapes takes a column's as a number and refuses a matrix's (crossprod(X) is XᵀX)
            shown = " ".join(argument.split())
            found += [(match.start(), match.end(), "((", CROSSPROD_PRODUCT_NOTE.format(v=shown)),
                      (closer, closer + 1, f").T @ ({shown}))", "")]
            continue
        if _COLUMN_ARGUMENT.fullmatch(text, match.end(), closer) is None:
            raise InputError("R's crossprod(v) is t(v) %*% v: a number only when v is a column, and the n×n "
                             "matrix XᵀX when v is the data", source=text, column=match.start(), label=label,
                             hint="write sum(v^2) for the sum of the squares of a column v")
        shown = " ".join(text[match.end():closer].split())
        found += [(match.start(), match.end(), "sum((", CROSSPROD_ONE_NOTE.format(v=shown)),
                  (closer, closer + 1, ")^2)", "")]
    return found


def _norms(text: str, label: str) -> list[tuple[int, int, str, str]]:
    """R's ``norm(v, type = "2")^2`` (or type "F") as ‖v‖², noted; any other norm of R's is refused.

    R's ``norm(v)`` is NOT the Euclidean norm: its default type is "O", the one norm (for a column, Σ|vᵢ|),
    so Octave's and NumPy's reading of a bare norm(v)^2 would be a misread in R text. Of a one-column v
    the spectral norm ("2") and the Frobenius norm ("F") are both the Euclidean length. A norm not squared
    (a square root, with no derivative at 0) is refused as well, said in R's words.
    """
    found: list[tuple[int, int, str, str]] = []
    for match in _NORM.finditer(text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        commas = _commas(text, match.end(), closer)
        comma = commas[0] if commas else None
        kind = _NORM_TYPE.fullmatch(text, comma + 1, closer) if comma is not None else None
        if comma is None or kind is None or kind.group(2) not in ("2", "F", "f"):
            said = "" if comma is None else text[comma:closer]
            which = _OTHER_NORMS.get(kind.group(2) if kind is not None else "O" if comma is None else "",
                                     "not a norm type of R's logderiv reads")
            raise InputError(f"R's norm(v{said}) is {which}, not the Euclidean length ‖v‖", source=text,
                             column=match.start(), label=label,
                             hint='write norm(v, type = "2")^2 for ‖v‖², or sum(v^2)')
        if _NORM_SQUARED.match(text, closer + 1) is None:
            raise InputError("R's norm(v, type = \"2\") is read only squared, ‖v‖² (the norm itself is a square "
                             "root, with no derivative where v = 0)", source=text, column=match.start(),
                             label=label, hint="square it, norm(v, type = \"2\")^2, or write sum(v^2)")
        name = "spectral" if kind.group(2) == "2" else "Frobenius"
        found += [(match.start(), match.end(), "||", NORM_NOTE.format(kind=kind.group(2), name=name)),
                  (comma, closer + 1, "||", "")]
    return found


def _products_first(text: str) -> list[tuple[int, int, str, str]]:
    """Brackets around a chain of ``%*%`` that follows ``*`` or ``/``: R's precedence in NumPy's spelling.

    R's ``%…%`` operators bind tighter than ``*`` and ``/``, while NumPy's ``@`` binds as ``*`` does, left to
    right: R's ``y * X %*% beta`` is y ⊙ (Xβ), which ``y * X @ beta`` would read as (y ⊙ X)β, and
    ``y / X %*% b`` is y / (Xb), not (y / X)b. Only a chain after ``*`` or ``/`` differs (after ``+``, ``-``
    or a bracket the two readings agree; ``^`` binds tighter than both), so only that chain is bracketed, and
    noted.
    """
    found: list[tuple[int, int, str, str]] = []
    marks = [match.span() for match in _MARK.finditer(text)]
    taken = 0
    for index, (start, end) in enumerate(marks):
        if index < taken:
            continue
        first = _operand_start(text, start)
        last, later = _operand_end(text, end), index + 1
        while later < len(marks) and last is not None and marks[later][0] >= last \
                and text[last:marks[later][0]].strip() == "":
            last, later = _operand_end(text, marks[later][1]), later + 1
        # a mark inside an operand, (X %*% theta - y), is a chain of its own, looked at in turn
        taken = later
        if first is None or last is None:
            continue
        before = first
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == 0 or text[before - 1] not in "*/" or text[max(0, before - 3):before] == "%*%" \
                or text[max(0, before - 2):before] == "**":
            continue
        left_start = _operand_start(text, before - 1)
        left = text[left_start:before - 1].strip() if left_start is not None else "…"
        chain = " ".join(text[first:last].split())
        note = PRECEDENCE_NOTE.format(left=left or "…", op=text[before - 1], chain=chain)
        found += [(first, first, "(", note), (last, last, ")", "")]
    return found


def _operand_start(text: str, end: int) -> int | None:
    """Where the operand ending just before ``end`` starts: a name, a call ``t(x)``, a bracket, a number."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] == "'":
        at -= 1
    if at > 0 and text[at - 1] in ")]":
        opener = "(" if text[at - 1] == ")" else "["
        depth = 0
        for position in range(at - 1, -1, -1):
            depth += {")": 1, "]": 1, "(": -1, "[": -1}.get(text[position], 0)
            if depth == 0:
                if text[position] != opener:
                    return None
                at = position
                break
        else:
            return None
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_."):
        at -= 1
    return at if at < end and text[at:end].strip() else None


def _operand_end(text: str, start: int) -> int | None:
    """Where the operand starting at ``start`` (after spaces) ends: a name, a call, an index, a bracket, a power."""
    at = start
    while at < len(text) and text[at].isspace():
        at += 1
    begin = at
    while at < len(text) and (text[at].isalnum() or text[at] in "_."):
        at += 1
    while at < len(text) and text[at] in "([":
        closer = closing(text, at)
        if closer is None:
            return None
        at = closer + 1
    if at < len(text) and text[at] == "'":
        at += 1
    if at == begin:
        return None
    power = at
    while power < len(text) and text[power].isspace():
        power += 1
    if text.startswith("^", power):
        # X %*% b^2 is X %*% (b^2): the power belongs to the operand
        exponent = power + 1
        while exponent < len(text) and text[exponent] in " -":
            exponent += 1
        return _operand_end(text, exponent)
    return at


def _primes(text: str, label: str, quoted: set[int]) -> list[tuple[int, int, str, str]]:
    """``A' %*% B`` in R text as the transpose (noted); a prime anywhere else is refused.

    R has no ' transpose, so a prime is the writer's maths, not R's. Before ``%*%`` only a
    transpose makes the product (a derivative A' of a data matrix means nothing there);
    elsewhere (``h'``, ``sigmoid'(z)``) it may as well be a derivative: no reading is taken.
    """
    found = []
    for match in _PRIME.finditer(text):
        if match.end() - 1 in quoted:
            continue  # a quote of a string read away (as.vector's mode = 'numeric')
        if _BEFORE_PRODUCT.match(text, match.end()) is None:
            column = match.end() - 1
            raise InputError("R has no ' (a transpose in Octave, a derivative on paper): which is meant here?",
                             source=text, column=column, label=label,
                             hint="in R write t(A) for the transpose; write the derivative out")
        found.append((match.end() - 1, match.end(), ".T", PRIME_NOTE))
    return found


#: the refusal of NumPy's '*' of two arrays, which R shares: the words that name NumPy and its product
_NUMPY_STAR = patterns.compile(r"^'.*': in NumPy '\*' multiplies entry by entry \(broadcasting\), not as matrices: (?P<shapes>.*)$",
                         re.S)


def in_r_words(message: str, hint: str | None) -> tuple[str, str | None]:
    """A refusal about R text read in NumPy's spelling, said in R's words (``*`` entry by entry, ``%*%``)."""
    match = _NUMPY_STAR.match(message)
    if match is None:
        return message, hint
    return (f"in R '*' multiplies entry by entry (recycling the shorter operand), not as matrices: "
            f"{match.group('shapes')}; R's matrix product is %*%",
            "for the matrix product write A %*% B (t(X) %*% (h - y), X %*% theta)")

"""Code pasted as several statements, read as the one value they compute.

A cost or a gradient pasted from a function body is a few statements: a name
set to 0 and a loop that adds to it (Python's ``for i in range(m):``, Octave's
and Julia's ``for i = 1:m … end``, R's ``for (i in 1:m) {…}``, JavaScript's
``for (let i = 0; i < m; i++) {…}`` and ``for (let [x_i, y_i] of data) {…}``),
``+=`` and ``-=``, a name reassigned from its own value, ``return``, a line
continued with a trailing backslash, JavaScript's ``let``/``const``/``var`` and
``Math.pow``. Nothing is run: the statements are put into one another here,
each later use of a name being its value then; a loop that adds its body over
the examples is Σᵢ of that body, with ``v[i]`` (``v(i)`` in Octave and R) as
vᵢ and row i of X times the parameters as xᵢ·θ; a name set once stays a
``--let``. Every such reading is said in a note. A loop over anything but the
examples, a loop variable used otherwise, or lines that end with two results
are refused; text that is not code statements is left alone for the other
readers. This module imports no sympy.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .. import patterns
from ..errors import InputError
from ..record import record
from . import eigen_code, entry_loops, function_body, pasted, vocabulary
from .brackets import closing, top_level

__all__ = ["Folded", "fold", "fold_lets", "code_spellings"]


@record
class Folded:
    """The one value some statements compute (``text``), the names they set once (``lets``), and the notes."""

    text: str
    lets: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    #: the EPFL labs' tx (x̃) whose rows a loop read as the examples' x⁽ⁱ⁾: the other texts' tx is then X too
    tx: bool = False
    #: the names whose lines were left out (the gradient beside a cost's lines, :func:`_one_of_two_outputs`): a --let
    #: that only starts one of them (J = 0, grad = zeros(size(theta))) says nothing of the value read
    dropped: tuple[str, ...] = ()
    #: the gradients a loop over the parameters' entries sets every entry of (:mod:`entry_loops`): a --let that only
    #: starts one (grad = zeros(3)) is overwritten entry by entry, and says nothing of the value read
    filled: tuple[str, ...] = ()
    #: the arrays of zeros a --let starts (delta <- vector(mode="numeric", length=m)) that a loop fills and the lines
    #: then sum (:func:`_filled_sums`): read as sums from 0, the --let is no longer used
    zeroed: tuple[str, ...] = ()


#: what marks a text as LaTeX or notes, not code: a command, a dollar (not R's list access .Machine$double.eps)
_LATEX = patterns.compile(r"\\[A-Za-z]|(?<!\w)\$|\$(?![A-Za-z])")
#: what marks lines as code when nothing else does (no loop, +=, return): NumPy, a ';' line end, R's arrow, Octave's .*,
#: NumPy's array methods .reshape( .mean( .sum( (donmatthiuz's partial_loss.mean(axis=0)), which no notes write
_CODE_MARKS = patterns.compile(r"(?<![\w.])np\.|;\s*$|\.dot\(|@|<-|%\*%|\.\^|\.\*|\*\*|\w\.(?:reshape|mean|sum)\(",
                               re.MULTILINE)
#: JavaScript's (and Lua's) declaring words before a name
_DECLARED = patterns.compile(r"^(?:let|const|var|local)\s+(?=[A-Za-z_θ])")
#: C++'s type before a declared name (Eigen code): int n = X.rows(); Eigen::MatrixXd Xt = X.transpose();
_CPP_DECLARED = patterns.compile(r"^(?:const\s+)?(?:int|long|double|float|auto|size_t|unsigned(?:\s+int)?|"
                                 r"(?:Eigen::)?(?:Matrix|Vector|RowVector|Array)X[dfi])\s+(?=[A-Za-z_θ])")
#: NAME = VALUE, NAME += VALUE (also -=, *=, /=); not ==, <=, >=
_SET = patterns.compile(r"^(?P<name>[A-Za-z_θβ]\w*)\s*(?P<op>[-+*/]?=(?!=)|<-)\s*(?P<value>.+)$", re.DOTALL)
#: NumPy's zeroing of a vector's first entry, a line of its own: temp[0] = 0, reg_term[0] = 0.0
_ZEROED_ENTRY = patterns.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\[\s*0\s*\]\s*=\s*0(?:\.0*)?\s*;?$")
_RETURN = patterns.compile(r"^return\b\s*(?P<value>.+)$", re.DOTALL)
#: loop headers, each with the loop variable and what it runs over
_PYTHON_LOOP = patterns.compile(r"^for\s+(?P<var>\w+)\s+in\s+range\(\s*(?:0\s*,\s*)?(?P<count>.+?)\s*\)\s*:\s*(?P<rest>.*)$")
_END_LOOP = patterns.compile(r"^for\s+(?P<var>\w+)\s*(?:=|in)\s*(?:1\s*:\s*(?P<count>[^,;]+?)|eachindex\(\s*(?P<along>\w+)\s*\))"
                             r"\s*[,;]?\s*$")
_R_LOOP = patterns.compile(r"^for\s*\(\s*(?P<var>\w+)\s+in\s+(?:1\s*:\s*(?P<count>.+?)|seq_len\(\s*(?P<count2>.+?)\s*\)|"
                           r"seq_along\(\s*(?P<along>\w+)\s*\))\s*\)\s*\{\s*(?P<rest>.*)$")
_JS_LOOP = patterns.compile(r"^for\s*\(\s*(?:let\s+|var\s+|(?:int|long|size_t|auto|unsigned(?:\s+int)?)\s+)?(?P<var>\w+)\s*=\s*0\s*;\s*(?P=var)\s*<\s*(?P<count>[^;]+?)\s*;\s*"
                            r"(?:(?P=var)\s*\+\+|\+\+\s*(?P=var)|(?P=var)\s*\+=\s*1)\s*\)\s*\{\s*(?P<rest>.*)$")
_JS_PAIRS = patterns.compile(r"^for\s*\(\s*(?:let|const|var)\s*\[\s*(?P<x>\w+)\s*,\s*(?P<y>\w+)\s*\]\s*of\s+"
                             r"(?P<collection>\w+)\s*\)\s*\{\s*(?P<rest>.*)$")
#: Python's loop over the pairs of two arrays: for x, y in zip(X, Y):
_ZIP_LOOP = patterns.compile(r"^for\s+\(?\s*(?P<a>[A-Za-z_]\w*)\s*,\s*(?P<b>[A-Za-z_]\w*)\s*\)?\s+in\s+zip\(\s*"
                             r"(?P<first>[A-Za-z_]\w*)\s*,\s*(?P<second>[A-Za-z_]\w*)\s*\)\s*:\s*(?P<rest>.*)$")
_FOR = patterns.compile(r"^(?:for|while)\b")
#: what counts the examples in a loop's range: m, len(y), length(y), numel(y), nrow(X), size(X, 1), X.shape[0] …
_COUNT = patterns.compile(r"m|(?:len|length|numel|nrow|NROW)\(\s*(?P<a>\w+)\s*\)|size\(\s*(?P<b>\w+)\s*,\s*1\s*\)|"
                          r"(?P<c>\w+)\.(?:shape\[0\]|size|length)|(?P<d>\w+)\.shape\[0\]")
_DATA = {"X", "x", "y", "Y", "tx"}
#: a loop bound that names a count without saying of what: N, n_samples, numExamples … — the examples' number only
#: where the loop's body takes the data's rows or targets by the loop variable (X[i], Y[i]), see _counts_the_rows
_NAMED_COUNT = patterns.compile(r"N|n_?samples|num_?samples|n_?examples|num_?examples|numSamples|numExamples|"
                                r"nSamples|nExamples|N_?train|n_?train|num_?train")
#: a name that says it holds a cost or a sum (cost, J, total_loss, sum, sse): a loop may add to it from 0 unseen
_SUM_NAME = patterns.compile(r"[JLES]|\w*(?:cost|Cost|loss|Loss|err|Err|sum|Sum|total|Total|likelihood|Likelihood)\w*|"
                             r"(?:sse|mse|rss|nll|ll|acc)(?:_\w+)?")
#: a name that says it holds a gradient (dw, db, dj_db, grad, gradient: the vocabulary's, which notation.plain reads
#: on a left side): code that ends with it computes a derivative, and a cost read from it would be derived again
_GRADIENT_NAME = patterns.compile(vocabulary.GRADIENT_NAMES
                                  # and code's g, d_b, dtheta0, db_sum, partial_b (audit47); its deriv_w is the
                                  # vocabulary's, whose derivative_nll is another cost's (audit53)
                                  + r"|g|d_?(?:w|W|b|theta|beta)\d*(?:_\w+)?|partial_\w+")
#: names of functions, never a vector indexed by the loop variable (log(i) is no yᵢ)
_FUNCTIONS = {"log", "exp", "sigmoid", "sum", "mean", "sqrt", "abs", "pow", "max", "min", "dot", "range", "len",
              "length", "size", "float", "logistic", "sig", "np", "Math"}
_PARAMETERS = r"(?:theta|w|beta|θ|β|weights)"
#: row i of the data: X[i], X[i, :], X[i,], X(i, :), tx[i]
_ROW = r"(?P<row>X|x|tx)\s*(?:\[\s*{v}\s*(?:,\s*:?\s*)?\]|\(\s*{v}\s*,\s*:\s*\))"


#: Python's call of an inherited method: super().NAME(, super(Class, self).NAME(
_SUPER_CALL = patterns.compile(r"(?<![\w.])super\(\s*(?:[A-Za-z_]\w*\s*,\s*self\s*)?\)\s*\.\s*(?P<name>[A-Za-z_]\w*)\s*\(")


def code_spellings(text: str, lets: Sequence[object] = ()) -> tuple[str, list[str]]:
    """JavaScript's Math.pow(a, b), Math.exp, Math.log and a θ0 of code as the notation writes them, with notes.

    ``lets``: the --let s, whose definition of a helper (def logistic_sigmoid(z): …) is the writer's own body of it,
    never respelled by its name."""
    notes: list[str] = []
    out = text
    while (found := re.search(r"(?<![\w.])Math\.pow\(", out)) is not None:
        closer = closing(out, found.end() - 1)
        commas = top_level(out[found.end():closer], ",") if closer is not None else []
        if closer is None or len(commas) != 1:
            break
        base, power = out[found.end():found.end() + commas[0]], out[found.end() + commas[0] + 1:closer]
        out = out[:found.start()] + f"(({base.strip()})^({power.strip()}))" + out[closer + 1:]
        if "Math.pow(a, b) is a^b" not in "".join(notes):
            notes.append("read as JavaScript: Math.pow(a, b) is a^b")
    spelled = re.sub(r"(?<![\w.])Math\.(exp|log|sqrt|abs)\(", r"\1(", out)
    if spelled != out:
        notes.append("read as JavaScript: Math.exp, Math.log … are exp, log …")
        out = spelled
    spelled = _SUPER_CALL.sub(lambda found: found.group("name") + "(", out)
    if spelled != out:
        # AdagradReg's return super().calc_gradient(X, y) + l2: the method its class inherits, which a --let gives
        notes.append("read as Python: super().NAME(…) calls the method NAME the class inherits: the function NAME "
                     "the --let defines (a name no --let defines is refused)")
        out = spelled
    spelled = re.sub(r"(?<![\w.])(?:vector_?)?dot_?product\(", "dot(", out, flags=re.IGNORECASE)
    if spelled != out:
        # a helper named for the dot product (vector_dot_product, dotProduct) whose body the text does not give
        notes.append("read as code: a helper named dot_product (vector_dot_product, dotProduct) is the dot product")
        out = spelled
    if not any(_DEFINES_LOGISTIC_SIGMOID.search(given) for given in (out, *lets) if isinstance(given, str)):
        spelled = re.sub(r"(?<![\w.])logistic_sigmoid(?=\s*\()", "sigmoid", out)
        if spelled != out:
            # f82's regularised-logistic project: sigma = logistic_sigmoid(np.dot(x, w)), a helper whose body the
            # text does not give, named by both names of σ (one the text defines is left to its definition)
            notes.append(LOGISTIC_SIGMOID_NOTE)
            out = spelled
    spelled = re.sub(r"(?<![\w])([θβ])_?(\d)(?!\w)", lambda m: ("theta" if m.group(1) == "θ" else "beta") + "_" + m.group(2), out)
    if spelled != out:
        notes.append("read as code: a name θ0, θ1 (β0 …) is θ₀, θ₁: the parameter's entries")
        out = spelled
    return out, notes


#: a definition of logistic_sigmoid in a text or a --let: Python's def or an assignment (a lambda, R's <-, :=), or a
#: function header of JavaScript, Octave or R (function g = logistic_sigmoid(z), function logistic_sigmoid(z) {):
#: the writer's own body, which the name does not override (audpyloop37: a --let's def logistic_sigmoid(z): return
#: 2 * z was read as σ, an answer Σ(2x·w − y)x 'equivalent' to the cross-entropy's gradient)
_DEFINES_LOGISTIC_SIGMOID = patterns.compile(
    r"(?<![\w.])logistic_sigmoid\s*(?:\([^()]*\)\s*)?(?:=(?!=)|<-|:=)|def\s+logistic_sigmoid\b"
    r"|function\b[^\n(]*?(?<![\w.])logistic_sigmoid\b")
LOGISTIC_SIGMOID_NOTE = ("read as code: a helper named logistic_sigmoid, whose body the text does not give, is the "
                         "logistic sigmoid σ(z) = 1/(1 + e^(−z)) its name says")


#: a Python loop's header, for i in …: (a loop alone of Python is left to the accumulating loop's readers)
_PYTHON_FOR_IN = patterns.compile(r"^\s*for\s+[A-Za-z_]\w*\s+in\b", re.MULTILINE)
#: Octave's comment after a loop's header: for j=1:n % … (one '%' and nothing like R's %*% after it)
#: (the header greedy up to the '%', which it cannot hold, and white space taken off after: a lazy header before
#: \s*% backtracked over every space of a long line)
_OCTAVE_HEADER_COMMENT = patterns.compile(r"(?P<header>\s*for\s+[A-Za-z_]\w*\s*=\s*\d+\s*:[\w.(),\s]*)"
                                          r"(?P<comment>%[^%\n]*)$")
#: Octave's comment after a statement's ';' (as notation.pasted drops it from an answer's lines)
_OCTAVE_TRAILING_COMMENT = patterns.compile(r"(?<=;)[ \t]*%.*$")


def _lines(text: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The logical lines of ``text`` (indent, statement): continuations joined, comments and ';' ends dropped."""
    notes = []
    joined = re.sub(r"(?<!\\)\\[ \t]*\n[ \t]*", " ", text)
    if joined != text:
        notes.append("read as Python: a line ending in a backslash continues on the next line")
    lines: list[tuple[int, str]] = []
    pending = ""
    # // begins a comment only in JavaScript; in Python it divides (a // b), which must not be cut
    comment = r"(?:#|//).*$" if re.search(r"(?<![\w.])(?:let|const|var|Math\.)|\{\s*$", text, re.MULTILINE) \
        else r"#.*$"
    for raw in joined.split("\n"):
        line = re.sub(comment, "", raw) if not pending else re.sub(comment, "", raw).strip()
        if re.match(r"^\s*%", line):
            continue  # an Octave comment line
        trailing = _OCTAVE_TRAILING_COMMENT.search(line)
        if trailing is not None:
            # L = -L ; % negetaive as cost function (zrfanzy's logisticRegression.m, f63): after the ';' the
            # statement has ended, so a '%' opens Octave's comment
            notes.append(f"'{trailing.group().strip()}' is an Octave comment after the statement: dropped")
            line = line[:trailing.start()]
        header = _OCTAVE_HEADER_COMMENT.match(line)
        if header is not None:
            # for j=1:n %Çünkü bu X'e 1 eklenmiş! (f80's Turkish ex2): a loop's header is whole before its '%', which
            # opens Octave's comment there (no operator of Octave's is '%')
            notes.append(f"'{header.group('comment').strip()}' is an Octave comment after the loop's header: dropped")
            line = header.group("header").rstrip()
        if pending:
            line = pending + " " + line
        depth = sum(line.count(c) for c in "([") - sum(line.count(c) for c in ")]")
        if depth > 0:
            pending = line  # Python continues a line inside brackets
            continue
        pending = ""
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        for piece in _split_statements(line.strip()):
            lines.append((indent, piece))
    if pending:
        lines.append((0, pending.strip()))
    return lines, notes


#: what counts the features in a loop's range: n, X.shape[1], len(w), w.length, X[0].length, size(X, 2) …
_FEATURE_COUNT_TEXT = (r"n|X\.shape\[1\]|(?:len|length|numel)\(\s*(?:w|theta|X\[0\])\s*\)|"
                       r"(?:w|theta|X\[0\])\.length|size\(\s*X\s*,\s*2\s*\)|ncol\(\s*X\s*\)|"
                       # a count whose name says it counts the features (ChinhQuy29's num_features = len(X[0]))
                       r"(?:n|num|number_of)_?features|numFeatures|nFeatures")
_FEATURE_COUNT = patterns.compile(_FEATURE_COUNT_TEXT)
COMPONENT_NOTE = ("read as code: the loop '{header}' over the features sets each {names}[{j}] from its own value and "
                  "row i's entry X[i, {j}]: it is that line for one component, {names} being the {j}-th (the "
                  "derivative by the {j}-th parameter), X[i, {j}] the example's x_{j}⁽ⁱ⁾")
COLUMN_COMPONENT_NOTE = ("read as code: the loop '{header}' over the features sets each {names}[{j}] whole from column "
                         "{j} of X (X[:, {j}]): it is that line for one component, {names} being the {j}-th (the "
                         "derivative by the {j}-th parameter)")


CUT_INDENT_NOTE = ("read as code: the first line, '{line}', lost its indentation in the paste (the lines after its "
                   "block come back to {indent} spaces, a level only it can have had): it is read at {indent}")


def _first_indent(lines: list[tuple[int, str]], notes: list[str]) -> list[tuple[int, str]]:
    """A paste cut from inside a method: its first line, a loop's header, at 0 though the lines after its block sit at d.

    With the header at 0 and its body at b, a later line at 0 < d < b would dedent to a level no block has (Python
    would refuse it); the excerpt began mid-line, so the header's own indentation, d, was lost: it is put back.
    Any other indentation is left as it is.
    """
    if len(lines) < 3 or lines[0][0] != 0 or not _PYTHON_LOOP.match(lines[0][1]):
        return lines
    body, least = lines[1][0], min(indent for indent, _ in lines[1:])
    if not 0 < least < body:
        return lines
    notes.append(CUT_INDENT_NOTE.format(line=_short(lines[0][1]), indent=least))
    return [(least, lines[0][1]), *lines[1:]]


#: the start of Octave's loop header written in brackets: for(i=1:, for (i = 1 : (the count and the bracket follow)
_BRACKETED_HEADER = patterns.compile(r"for\s*\(\s*(?P<var>[A-Za-z_]\w*)\s*=\s*1\s*:")
BRACKETED_HEADER_NOTE = "read as Octave: the loop header {written} is for {var} = 1:{count} (Octave allows the brackets)"


def _bracketed_headers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """Octave's ``for(i=1:m)`` (bawey's logRegCostFunction.m, f74) as ``for i = 1:m``, the header the loops read.

    Only a whole line that is the header, its range from 1 (R writes ``for (i in 1:m)``, which its own reader
    reads; JavaScript's ``for (let i = 0; …)`` has semicolons inside), the bracket it opens closed at the line's
    end (but a ',' or ';'), so ``for(i=1:size(X,1))`` keeps its call whole; anything else is left as it is.
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    for indent, line in lines:
        header = _BRACKETED_HEADER.match(line)
        end = len(line.rstrip().rstrip(",;").rstrip()) - 1
        count = line[header.end():end].strip() if header is not None else ""
        if header is None or end < header.end() or closing(line, line.index("(")) != end or not count \
                or ";" in count:
            out.append((indent, line))
            continue
        var = header.group("var")
        out.append((indent, f"for {var} = 1:{count}"))
        notes.append(BRACKETED_HEADER_NOTE.format(written=_short(line), var=var, count=count))
    return out, notes


#: NumPy's shape unpacked into logderiv's own two counts: m, n = X.shape
_SHAPE_UNPACKED = patterns.compile(r"m\s*,\s*n\s*=\s*(?P<array>X)\.shape\s*$")
SHAPE_UNPACKED_NOTE = ("read as Python: {line} gives the rows of X, the examples (logderiv's m), and its columns, the "
                       "features (logderiv's n), as logderiv counts them: the line is dropped")


def _unpacked_shapes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """``m, n = X.shape`` (the Machine Learning Specialization's labs) says what logderiv's m and n already are.

    NumPy's ``[m, n] = size(X)``, which :mod:`logderiv.notation.pasted` reads for Octave: the names are logderiv's
    own letters for the rows (the examples) and the columns (the features), so the line says nothing more and is
    dropped, noted. Other names (``n, m = X.shape``, DeepLearning.AI's layout, or ``rows, cols``) are left as
    they are, to the readers of counts.
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    for indent, line in lines:
        if _SHAPE_UNPACKED.fullmatch(line) is None:
            out.append((indent, line))
            continue
        notes.append(SHAPE_UNPACKED_NOTE.format(line=_short(line)))
    return _renamed_shapes(out, notes)


#: the data's shape unpacked into two names of the code's own that say rows (examples) and columns (features):
#: r, c = tx.shape; N, D = tx.shape (the EPFL labs' N × D tx). Names that say otherwise (n_features, n_samples =
#: X.shape, DeepLearning.AI's n × m layout) are no such pair and are left to the readers of counts
_SHAPE_NAMED = patterns.compile(
    r"(?P<rows>r|rows|nrows|n_rows|num_rows|N|n_?samples|num_?samples|n_?examples|num_?examples)\s*,\s*"
    r"(?P<columns>c|cols|ncols|n_cols|num_cols|D|d|n_?features|num_?features)\s*=\s*(?P<array>X|tx)\.shape\s*$")
SHAPE_NAMED_NOTE = ("read as Python: {line} names the rows of {array}, the examples, {rows} (logderiv's m), and its "
                    "columns, the features, {columns} (logderiv's n): both are read as m and n, the line dropped")


def _renamed_shapes(lines: list[tuple[int, str]], notes: list[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """``r, c = tx.shape`` (f82's regularised-logistic project, fixpyloop37): the names are the data's two counts,
    read as logderiv's m and n in every later line (noted). Only where neither m nor n is written anywhere in the
    lines, the two names are distinct and set by no other line (nor a loop's variable), and the line is the first to
    write either name; anything else is left as it is, to the readers of counts."""
    for k, (indent, line) in enumerate(lines):
        found = _SHAPE_NAMED.fullmatch(line)
        if found is None or found.group("rows") == found.group("columns") or \
                {found.group("rows"), found.group("columns")} & {"m", "n", "X", "tx", "y"}:
            continue
        names = (found.group("rows"), found.group("columns"))
        words = [re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)") for name in names]
        others = [text for at, (_, text) in enumerate(lines) if at != k]
        if any(re.search(r"(?<![\w.])[mn](?!\w)", text) for text in others) or \
                any(word.search(text) for word in words for _, text in lines[:k]) or \
                any(re.match(rf"\s*(?:for\s+)?{word.pattern}\s*(?:[-+*/]?=(?!=)|<-|\s+in\b|,)", text)
                    or re.search(rf",\s*{word.pattern}\s*=(?!=)", text) for word in words for text in others):
            continue
        renamed = [(at, words[1].sub("n", words[0].sub("m", text))) for at, text in lines[:k] + lines[k + 1:]]
        notes.append(SHAPE_NAMED_NOTE.format(line=_short(line), array=found.group("array"), rows=names[0],
                                             columns=names[1]))
        return renamed, notes
    return lines, notes


#: Python's annotated assignment, ``s: np.ndarray = …`` (typed code): the name, its type, the value. The type is one
#: code writes for an array or a number (a dotted name, np.ndarray, torch.Tensor, npt.NDArray[np.float64], or float,
#: int, ndarray, Tensor …), so that notes' ``Cost: J = …`` is never taken for one
_ANNOTATED = patterns.compile(
    r"(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*|float|int|ndarray|NDArray|Tensor|Array"
    r"|ArrayLike)(?:\[[\w.,\s\[\]]*\])?\s*(?P<rest>=(?!=).*)", re.DOTALL)
ANNOTATED_NOTE = ("read as Python: {line} is an annotated assignment; the type after ':' says what the value is, "
                  "and the line sets {name}")


def _annotations(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """``s: np.ndarray = np.square((x @ w) - y)`` (typed code's methods) as ``s = …``: the annotation is dropped, noted."""
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    for indent, line in lines:
        annotated = _ANNOTATED.fullmatch(line)
        if annotated is None:
            out.append((indent, line))
            continue
        out.append((indent, f"{annotated.group('name')} {annotated.group('rest')}"))
        notes.append(ANNOTATED_NOTE.format(line=_short(line[:annotated.start("rest")].strip() + " = …"),
                                           name=annotated.group("name")))
    return out, notes

#: said when a loop over the features that adds to a name is read as Python's sum over them
FEATURE_LOOP_NOTE = ("read as code: the loop '{header}' over the features adds {names} once per feature: it is "
                     "{spelled}, the sum over the features ({var} in range({count}))")


LIST_SUMS_NOTE = ("read as code: {name} = [{start}] starts a list of {k} sums, and each time the loop sets {name} = "
                  "[{name}[0] + …, …] it adds to each entry its own term: {k} sums, {name}[0] … read as {spelled}")
#: a list of numbers written out: [0, 0], [0.0, 0.0]
_NUMBERS_LIST = patterns.compile(r"\[\s*\d+(?:\.\d*)?(?:\s*,\s*\d+(?:\.\d*)?)*\s*,?\s*\]")


#: the most entries a list of sums is read with: a model's few gradients (batch_theta = [0, 0]), not thousands, each of
#: which would become an accumulator of its own for the loop's reading (audit32f: 2,000 of them in 20,000 characters)
_LIST_SUMS_MOST = 64


def _list_sums(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """A list of sums, ``acc = [0, 0]`` then ``acc = [acc[0] + a, acc[1] + b]`` in a loop, as the sums acc_0 and acc_1.

    niektuytel's gradientDescent keeps its two gradients in one list, rebuilt each example from its own entries:
    entry k is a sum of its own, started at the list's k-th number. Read so only where the name is set once to a
    list of numbers, every other line that sets it builds a list as long whose entry k is ``acc[k] + …``, and every
    other use of it is an entry ``acc[k]`` of the list (no slice, no use whole): each line is then written as one
    line per entry (``acc_0 = acc_0 + a``), and ``acc[k]`` as ``acc_k``. Anything else is left as it is.
    """
    found: list[str] = []
    for _, line in lines:
        setting = _SET.match(line)
        if setting is not None and setting.group("op") == "=" and _NUMBERS_LIST.fullmatch(setting.group("value").strip()):
            found.append(setting.group("name"))
    notes: list[str] = []
    for name in dict.fromkeys(found):
        read = _list_sum(lines, name)
        if read is not None:
            lines, note = read
            notes.append(note)
    return lines, notes


def _list_sum(lines: list[tuple[int, str]], name: str) -> tuple[list[tuple[int, str]], str] | None:
    """``lines`` with the list of sums ``name`` (:func:`_list_sums`) written entry by entry, and the note; or None."""
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    entry = re.compile(rf"(?<![\w.]){re.escape(name)}\s*\[\s*(?P<k>\d+)\s*\]")
    start: list[str] | None = None
    out: list[tuple[int, str]] = []
    for indent, line in lines:
        setting = _SET.match(line)
        if setting is None or setting.group("name") != name:
            if len(word.findall(line)) != len(entry.findall(line)):
                return None  # the list used whole (len(acc), acc @ x) or sliced: no list of sums alone
            out.append((indent, line))
            continue
        value = setting.group("value").strip()
        if setting.group("op") != "=" or not (value.startswith("[") and closing(value, 0) == len(value) - 1):
            return None
        cuts = [0, *top_level(value[1:-1], ","), len(value) - 1]
        items = [value[1:-1][a + (a > 0):b].strip() for a, b in zip(cuts, cuts[1:])]
        items = [item for item in items if item] if items and not items[-1] else items
        if start is None:
            if not _NUMBERS_LIST.fullmatch(value) or len(items) > _LIST_SUMS_MOST:
                return None  # (a list of thousands of sums would make as many accumulators: none is written so)
            start = items
            out.extend((indent, f"{name}_{k} = {item}") for k, item in enumerate(items))
            continue
        if len(items) != len(start):
            return None
        for k, item in enumerate(items):
            own = re.match(rf"{re.escape(name)}\s*\[\s*{k}\s*\]\s*(?=[-+])", item)
            if own is None:
                return None  # an entry not built from its own value: no sum
            if any(int(k_other) != k for k_other in entry.findall(item)):
                # [acc[0] + e, acc[1] + acc[0] * x]: Python builds the list from the old acc[0], but written line by
                # line entry 1 would take the new one (audit32f): no sums of their own
                return None
            out.append((indent, f"{name}_{k} = {entry.sub(lambda m: f'{name}_' + m.group('k'), item)}"))
    if start is None or len(out) == len(lines):
        return None  # set only once: a list of numbers, no sums
    ks = {match.group("k") for _, line in out for match in entry.finditer(line)}
    if any(int(k) >= len(start) for k in ks):
        return None
    out = [(indent, entry.sub(lambda m: f"{name}_" + m.group("k"), line)) for indent, line in out]
    note = LIST_SUMS_NOTE.format(name=name, start=", ".join(start), k=len(start),
                                 spelled=", ".join(f"{name}_{k}" for k in range(len(start))))
    return out, note


def _feature_sums(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """A loop over the features that adds an entry of the parameters to a name, as one line adding their sum.

    ``for j in range(n): reg_cost += (w[j]**2)`` (the Machine Learning Specialization's regularised-cost labs) is
    ``reg_cost += sum((w[j]**2) for j in range(n))``, Python's own sum, which the reader of comprehensions reads
    as Σₖ over the features. Only a Python loop to a count of the features whose every line adds to a name not
    indexed by j (``+=``, ``-=``, ``= name + …``) a body that indexes nothing but the parameters, by j alone (a
    penalty's Σⱼ wⱼ²); a line that sets ``v[j]`` is left to :func:`_components`, anything else (data, j bare) to the
    reader of loops over the examples, which refuses it with its own words.
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    k = 0
    while k < len(lines):
        indent, line = lines[k]
        header = _PYTHON_LOOP.match(line)
        count = header.group("count").strip() if header is not None else ""
        if header is None or not _FEATURE_COUNT.fullmatch(count):
            out.append(lines[k])
            k += 1
            continue
        var = header.group("var")
        body = [header.group("rest").strip()] if header.group("rest").strip() else []
        end = k + 1
        while end < len(lines) and lines[end][0] > indent:
            body.append(lines[end][1])
            end += 1
        read = [_feature_sum(statement, var, count) for statement in body]
        if not read or any(line is None for line in read):
            out.append(lines[k])
            k += 1
            continue
        added = [line for line in read if line is not None]
        out += [(indent, line) for line in added]
        notes.append(FEATURE_LOOP_NOTE.format(
            header=_short(line), names=", ".join(sorted({re.split(r"\s*[-+]=", a)[0] for a in added})),
            spelled="; ".join(added), var=var, count=count))
        k = end
    return out, notes


#: an Octave loop over the parameters' entries from the first or the second: for j = 2:size(theta), for j=1:n, … end
_OCTAVE_FEATURE_LOOP = patterns.compile(
    r"^for\s+(?P<var>[A-Za-z_]\w*)\s*=\s*(?P<first>[12])\s*:\s*(?P<count>n|(?:size|length|numel)\(\s*theta\s*\)|"
    r"size\(\s*theta\s*,\s*1\s*\))\s*(?:[,;]\s*)?$")
OCTAVE_FEATURE_LOOP_NOTE = ("read as Octave: the loop '{header}' over theta's entries ({count} in a range is theta's "
                            "length n, theta being n×1) adds to {names} once per entry {which}: it is read as "
                            "{spelled}, entry by entry over {over}")


def _octave_feature_sums(lines: list[tuple[int, str]], summed: list[str],
                         defined: Mapping[str, str]) -> tuple[list[tuple[int, str]], list[str]]:
    """Octave's penalty loop ``for j = 2:size(theta) … s = s + theta(j)^2; end`` as one line adding its sum.

    Read only where the loop starts at 1 or 2 and runs to theta's length, and every line of its body is ``NAME =
    NAME + e`` (``-``) with ``e`` made of numbers, names that are no vector (λ, m) and ``theta(j)`` (j no other way):
    the line is then ``NAME = NAME + sum(e)`` with ``theta(j)`` as ``theta(2:end)`` (from 2) or ``theta`` (from 1),
    each operator entrywise. Any other loop (to m, from 3, a data column, grad(j) = …) is left as it is.
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    k = 0
    while k < len(lines):
        indent, line = lines[k]
        header = _OCTAVE_FEATURE_LOOP.match(line)
        end = k + 1
        while header is not None and end < len(lines) and lines[end][1] not in ("end", "endfor"):
            end += 1
        if header is None or end >= len(lines) or end == k + 1:
            out.append(lines[k])
            k += 1
            continue
        var, first = header.group("var"), header.group("first")
        vector = "theta(2:end)" if first == "2" else "theta"
        if header.group("count") == "n" and any(
                (setting := _SET.match(each)) is not None and setting.group("name") == "n"
                and not _FEATURE_COUNT.fullmatch(setting.group("value").strip().rstrip(";").strip())
                and not re.fullmatch(r"(?:length|numel)\(\s*theta\s*\)|size\(\s*theta\s*,\s*1\s*\)",
                                     setting.group("value").strip().rstrip(";").strip())
                for each in [*(line for _, line in lines), *(f"n = {defined['n']}" for _ in [1] if "n" in defined)]):
            out.append(lines[k])  # n set by the lines to another count (n = length(y)): no loop over theta's entries
            k += 1
            continue
        read = [_octave_feature_sum(statement, var, vector) for _, statement in lines[k + 1:end]]
        if any(each is None for each in read):
            out.append(lines[k])
            k += 1
            continue
        added = [each for each in read if each is not None]
        out += [(indent, each) for each in added]
        summed += [each.split("=", 1)[0].strip() for each in added]
        notes.append(OCTAVE_FEATURE_LOOP_NOTE.format(
            header=_short(line), count=header.group("count"),
            names=", ".join(dict.fromkeys(each.split("=", 1)[0].strip() for each in added)),
            which="from the second, theta(2), on" if first == "2" else "from the first, theta(1), on",
            spelled="; ".join(added),
            over="every entry but the first, the intercept's" if first == "2" else "every entry, the intercept's too"))
        k = end + 1
    return out, notes


#: an entry of a vector set from its own value by the loop's index: grad(j) = grad(j) + …
_OWN_ENTRY = patterns.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<var>[A-Za-z_]\w*)\s*\)\s*=(?!=)\s*(?P<value>.+)$")


def _octave_feature_sum(statement: str, var: str, vector: str) -> str | None:
    """``NAME = NAME + e`` of an Octave penalty loop as ``NAME = NAME + sum(e)``, entrywise; None: not so.

    ``NAME(j) = NAME(j) + e`` (the gradient's penalty, entry by entry) is ``NAME(2:end) = NAME(2:end) + e``, e
    entrywise over theta(2:end) (``NAME = NAME + e`` over the whole theta from the first entry)."""
    entry_set = _OWN_ENTRY.match(statement)
    if entry_set is not None and entry_set.group("var") == var:
        name, value = entry_set.group("name"), entry_set.group("value").strip()
        own = re.match(rf"{re.escape(name)}\s*\(\s*{re.escape(var)}\s*\)\s*(?P<sign>[-+])\s*", value)
        if own is None or name == "theta":
            return None
        term = value[own.end():].strip()
        scale = r"(?:\d+(?:\.\d*)?|[A-Za-z_]\w*)"
        linear = rf"(?:{scale}\s*\*\s*)*theta\s*\(\s*{re.escape(var)}\s*\)(?:\s*[*/]\s*{scale})*"
        if not re.fullmatch(linear, term) or _entrywise_term(term, name, var, vector) is None:
            return None  # the penalty's gradient, a number times theta(j), alone is read entry by entry
        term = re.sub(rf"theta\s*\(\s*{re.escape(var)}\s*\)", vector, term)
        # entries 2…n: the term stacked under a 0 for the first entry, which the loop leaves as it was
        return f"{name} = {name} {own.group('sign')} " + (f"[0; ({term})]" if vector != "theta" else f"({term})")
    match = _SET.match(statement)
    if match is None or match.group("op") != "=":
        return None
    name, value = match.group("name"), match.group("value").strip()
    own = re.match(rf"{re.escape(name)}\s*(?P<sign>[-+])\s*", value)
    if own is None:
        return None
    term = _entrywise_term(value[own.end():], name, var, vector)
    return None if term is None else f"{name} = {name} {own.group('sign')} sum({term})"


def _entrywise_term(body: str, name: str, var: str, vector: str) -> str | None:
    """A penalty loop's term ``e`` of theta(j), numbers and one-number names, over ``vector`` entrywise; None else."""
    entry = rf"(?<![\w.])theta\s*\(\s*{re.escape(var)}\s*\)"
    if _uses(body, name) or not re.search(entry, body):
        return None
    rest = re.sub(entry, " ", body)
    if re.search(r"[\[\]'@,;=<>]", rest):
        return None  # an index, a transpose, a product of matrices: not one number's term
    for word in re.findall(r"(?<![\w.])[A-Za-z_]\w*", rest):
        if word not in _ONE_NUMBER_NAMES or word == var:
            return None  # a vector (X, y, h), j bare, or another name whose value is not one number
    if re.search(r"(?<![\w.])(?:sum|mean|max|min|length|size|numel|dot|np)(?!\w)", rest):
        return None  # a function of the whole vector, not entry by entry
    spelled = re.sub(entry, vector, body)
    return re.sub(r"(?<!\.)([*/^])", r".\1", spelled)


#: said when an Octave loop over the examples is read as whole vectors
OCTAVE_EXAMPLE_VECTORS_NOTE = (
    "read as Octave: the loop '{header}' runs over every example, and it adds to {names}, which start at 0 "
    "({starts}): the value the loop leaves in each is the sum over the examples of what it adds, written with whole "
    "vectors as {spelled} ({temps}each v(i) being entry i of the vector v over the examples, X(i,:)*theta entry i of "
    "X*theta, and ((e).*X(i,:))' summed over i being X' * (E), E the vector of the examples' e)")
#: the start of a sum: 0, or zeros of the parameters' shape (an Octave comment after the ';' dropped)
_ZERO_START = patterns.compile(r"\s*(?:0(?:\.0*)?|zeros\(\s*(?:size\(\s*theta\s*\)|size\(\s*theta\s*,\s*1\s*\)\s*,\s*1|"
                               r"length\(\s*theta\s*\)\s*,\s*1|n\s*,\s*1)\s*\))\s*(?:;\s*)?(?:%.*)?")
#: one number that scales a term: 2, 0.5, m, lambda, (1/m)
_SCALE_FACTOR = r"(?:\d+(?:\.\d*)?|m|lambda|\(\s*1\s*/\s*m\s*\))"


def _octave_example_vectors(lines: list[tuple[int, str]], defined: Mapping[str, str], text: str,
                            summed: list[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """``for i=1:m  h = sigmoid(X(i,:)*theta);  J = J - y(i)*log(h) - …;  grad = grad + ((h - y(i)).*X(i,:))'/m;  end``
    as the sums it leaves: ``J = sum(-y.*log(sigmoid(X*theta)) - …)``, ``grad = (X' * (sigmoid(X*theta) - y))/m``.

    Read only for an Octave loop from 1 to the examples' count (m, length(y), size(X, 1)) whose every line is one of:
    a per-example name set from the example's values (its entries y(i), h(i), X(i,:)*theta, numbers, λ, m, functions,
    the names set before it in the loop) and used after the loop by no line; ``S = S ± e`` with e such a value (a
    sum, read ``S = ± sum(E)``); ``G = G ± a*((e).*X(i,:))'*b`` (or ``(e).*X(i,:)'``, ``e*X(i,:)'``), the row of X
    once, as a factor, a and b numbers (read ``G = ± a*(X' * (E))*b``) — every S and G started at 0 or zeros(size(theta))
    by a --let or a line before the loop and written nowhere else in the loop, and at least one G. E is e with each
    entry i taken whole (y(i) → y, X(i,:)*theta → X*theta) and every operator entrywise. Anything else is left as it
    is, for the other readers (J = J/m in the loop, J overwritten each pass, a loop to m-1 or from 2).
    """
    for k, (indent, line) in enumerate(lines):
        header = _END_LOOP.match(line)
        counted = _COUNT.fullmatch(header.group("count").strip()) if header and header.group("count") else None
        if header is None or counted is None \
                or _ENTRIES_OF_X.fullmatch(header.group("count").strip()) or not re.search(r"\(\s*\w+\s*,\s*:\s*\)", text):
            continue
        if any(group is not None and group not in _DATA for group in counted.groups()):
            continue  # 1:length(theta), 1:numel(grad): the parameters' count, not the examples' (audoct40)
        var = header.group("var")
        end = k + 1
        while end < len(lines) and lines[end][1] not in ("end", "endfor"):
            if _FOR.match(lines[end][1]):
                return lines, []
            end += 1
        if end >= len(lines) or end == k + 1:
            return lines, []
        read = _octave_example_body([each for _, each in lines[k + 1:end]], var)
        if read is None:
            return lines, []
        sums, temps = read
        before = {each.split("=", 1)[0].strip(): each.split("=", 1)[1] for _, each in lines[:k] if "=" in each}
        starts: list[str] = []
        for name in sums:
            start = before.get(name, defined.get(name))
            if start is None or not _ZERO_START.fullmatch(start) or name in before and name in defined:
                return lines, []  # a start not said, not 0, or two of them
            writes = [each for _, each in lines[:k]
                      if re.match(rf"{re.escape(name)}\s*(?:[(\[]|\.?[-+*/^]?=(?!=))", each)]
            if name in defined and writes or name not in defined and (
                    not writes or (last := _SET.match(writes[-1])) is None or last.group("op") != "="
                    or last.group("name") != name):
                return lines, []  # grad += …, grad(2:end) = … after the zero start: the loop does not add from 0
            starts.append(f"{name} = {start.strip().split(';')[0].strip()}")
        later = " ".join(each for _, each in lines[end + 1:])
        if any(_uses(later, temp) for temp in temps):
            return lines, []  # a per-example name read after the loop: its last example's value, refused elsewhere
        if not any("(X' * (" in value for value in sums.values()):
            return lines, []  # no row of X summed: the loop is left to the readers of loops over the examples
        spelled = [f"{name} = {value}" for name, value in sums.items()]
        note = OCTAVE_EXAMPLE_VECTORS_NOTE.format(
            header=_short(line), names=", ".join(sums), starts="; ".join(starts), spelled="; ".join(spelled),
            temps="".join(f"{temp}, set each pass, as {value}; " for temp, value in temps.items()))
        kept = [(indent, each) for each in spelled]
        summed += list(sums)
        # the --let s' zeros (grad = zeros(size(theta))) are the sums' start, read as 0: the lines set them whole
        return [*lines[:k], *kept, *lines[end + 1:]], [note]
    return lines, []


def _octave_example_body(body: list[str], var: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The sums an Octave loop's lines add (name → their value as whole vectors) and its per-example names; None."""
    i = re.escape(var)
    row = rf"X\s*\(\s*{i}\s*,\s*:\s*\)"
    temps: dict[str, str] = {}
    sums: dict[str, str] = {}
    for statement in body:
        match = _SET.match(statement)
        if match is None or match.group("op") != "=":
            return None  # +=, an entry written (grad(j) = …), a call alone
        name, value = match.group("name"), match.group("value").strip()
        if name in sums or name in temps or name in ("theta", "X", "y", "m", var):
            return None  # written twice in a pass, or the data, the parameters, the count or the index
        own = re.match(rf"{re.escape(name)}\s*(?=[-+])", value)
        if own is None:
            if _uses(value, name):
                return None
            whole = _whole(value, var, temps)
            if whole is None:
                return None
            temps[name] = whole
            continue
        rest = value[own.end():].strip()
        if _uses(rest, name):
            return None
        rows = list(re.finditer(row, rest))
        if not rows:
            whole = _whole(rest[1:].strip() if rest.startswith("+") else rest, var, temps)
            if whole is None:
                return None
            sums[name] = f"sum({whole})"
            continue
        if len(rows) != 1:
            return None
        summed = _summed_row(rest, rows[0], var, temps)
        if summed is None:
            return None
        sums[name] = summed
    return (sums, temps) if sums else None


def _whole(value: str, var: str, temps: Mapping[str, str]) -> str | None:
    """An example's value with each entry i taken whole (y(i) → y, X(i,:)*theta → X*theta, a per-example name as its
    value), every operator entrywise; None: a name that is not one number a pass nor indexed by i, or i otherwise."""
    i = re.escape(var)
    product = rf"(?<![\w.])X\s*\(\s*{i}\s*,\s*:\s*\)\s*\*\s*theta(?![\w(.'])"
    if re.search(rf"(?<![\w.])X\s*\(\s*{i}\s*,\s*:\s*\)", re.sub(product, " ", value)):
        return None  # the row of X otherwise than times theta
    if re.search(r"[\[\]'@;=<>{}]|(?<![\w.])(?:sum|mean|max|min|length|size|numel|dot|end)(?!\w)", value):
        return None
    if not _one_number_per_pass(value, var, set(temps)):
        return None
    out = re.sub(product, "\x00", value)
    indexed = {entry.group(1) for entry in re.finditer(rf"(?<![\w.])([A-Za-z_]\w*)\s*\(\s*{i}\s*\)", out)}
    if any(re.fullmatch(rf"{_PARAMETERS}|X|grad\w*", name) or _GRADIENT_NAME.fullmatch(name) or name in temps
           for name in indexed):
        return None  # theta(i), grad(i): an entry of the parameters or a gradient, no example's value
    out = re.sub(rf"(?<![\w.])([A-Za-z_]\w*)\s*\(\s*{i}\s*\)", lambda entry: entry.group(1), out)
    if re.search(rf"(?<![\w.]){i}(?!\w)", out):
        return None  # the index otherwise than as an entry's
    out = re.sub(r"(?<!\.)([*/^])", r".\1", out)
    out = re.sub(r"(?<![\w.])([A-Za-z_]\w*)(?![\w(])", lambda word: f"({temps[word.group(1)]})"
                 if word.group(1) in temps else word.group(1), out)
    return out.replace("\x00", "(X*theta)")


def _summed_row(rest: str, found: re.Match[str], var: str, temps: Mapping[str, str]) -> str | None:
    """``± a*((e).*X(i,:))'*b`` (or ``(e).*X(i,:)'``) summed over the examples: ``± a*(X' * (E))*b``; None else."""
    after = rest[found.end():]
    head = rest[:found.start()].rstrip()
    op = re.search(r"\.?\*\s*$", head)
    if op is None:
        return None
    left_end = op.start()
    left_text = head[:left_end].rstrip()
    # the factor before the product: a bracketed group or a name
    if left_text.endswith(")"):
        depth, at = 0, len(left_text) - 1
        while at >= 0:
            depth += {")": 1, "(": -1}.get(left_text[at], 0)
            if depth == 0:
                break
            at -= 1
        if at < 0:
            return None
        factor_start = at
        named = re.search(r"[A-Za-z_]\w*\s*$", left_text[:at])
        if named is not None:
            return None  # a function's call (log(…) .* X(i,:)): left to the other readers
    else:
        named = re.search(r"[A-Za-z_]\w*$", left_text)
        if named is None:
            return None
        factor_start = named.start()
    factor = left_text[factor_start:]
    prefix = left_text[:factor_start]
    transposed = re.match(r"\s*'", after)
    if transposed is not None:
        outer_prefix, tail = prefix, after[transposed.end():]
    else:
        grouped = re.match(r"\s*\)\s*'", after)
        inner = re.search(r"\(\s*$", prefix)
        if grouped is None or inner is None:
            return None  # the row not transposed: a 1×n row added to a column
        outer_prefix, tail = prefix[:inner.start()], after[grouped.end():]
    whole = _whole(factor, var, temps)
    if whole is None:
        return None
    lead = re.fullmatch(rf"\s*(?P<sign>[-+])?\s*(?P<scales>(?:{_SCALE_FACTOR}\s*\*\s*)*)", outer_prefix)
    trail = re.fullmatch(rf"(?:\s*[*/]\s*{_SCALE_FACTOR})*\s*", tail)
    if lead is None or trail is None:
        return None
    sign = "-" if lead.group("sign") == "-" else ""
    return f"{sign}{lead.group('scales')}(X' * ({whole})){tail.strip()}"


def _feature_sum(statement: str, var: str, count: str) -> str | None:
    """``name += e`` (``-=``, ``name = name + e``) as ``name += sum(e for var in range(count))``; None else."""
    match = _SET.match(statement)
    if match is None or match.group("op") not in ("+=", "-=", "="):
        return None
    name, op, value = match.group("name"), match.group("op"), match.group("value").strip()
    if op == "=":
        own = re.match(rf"{re.escape(name)}\s*(?P<sign>[-+])\s*", value)
        if own is None:
            return None
        op, value = own.group("sign") + "=", value[own.end():]
    if _uses(value, name) or not _uses(value, var):
        return None  # the name again (v = v*v + …), or a body that does not change with the feature
    entries = re.sub(rf"(?<![\w.])(?:self\.)?{_PARAMETERS}\s*\[\s*{re.escape(var)}\s*\]", "", value)
    if entries == value or "[" in entries or _uses(entries, var):
        return None  # data, another index or j bare: not a penalty's sum, left to the refusal of loops
    return f"{name} {op} sum(({value}) for {var} in range({count}))"


def _components(lines: list[tuple[int, str]], entry_asked: bool = False) -> tuple[list[tuple[int, str]], list[str]]:
    """Each loop over the features whose lines only update ``v[j]`` from itself, as those lines for the j-th entry.

    ``for j in range(n): dj_dw[j] = dj_dw[j] + err_i * X[i,j]`` (the Machine Learning Specialization's labs) fills
    the gradient's entries one by one; its j-th entry, the derivative by wⱼ, is ``dj_dw = dj_dw + err_i * x_j[i]``.
    Only a loop to a count of the features whose every line sets ``v[j]`` from ``v[j]`` (``+=``, ``= v[j] + …``,
    ``/=``, JavaScript's ``(v[j] ?? 0)``), with j nowhere else than in ``v[j]`` and the data's ``X[i, j]``; other
    loops are left as they are, to be read or refused by the reader of loops over the examples.

    ``entry_asked``: the --wrt asks an entry of a parameter vector (w_j): a line that adds the same number to every
    entry of a gradient of that vector (dj_dw[j] = dj_dw[j] + err_i, the factor X[i,j] lost) is then read too, its
    j-th entry being that sum (noted, :data:`SAME_ENTRIES_NOTE`).
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    k = 0
    while k < len(lines):
        indent, line = lines[k]
        header = _PYTHON_LOOP.match(line) or _JS_LOOP.match(line) or _END_LOOP.match(line) or _R_LOOP.match(line)
        count = header.groupdict().get("count") if header is not None else None
        if header is None or count is None or not _FEATURE_COUNT.fullmatch(count.strip()):
            out.append(lines[k])
            k += 1
            continue
        var = header.group("var")
        rest = (header.groupdict().get("rest") or "").strip()
        body, end = ([rest] if rest and rest != "{" else []), k + 1
        python = _PYTHON_LOOP.match(line) is not None
        closed = python
        while end < len(lines):
            if python:
                if lines[end][0] <= indent:
                    break
            elif lines[end][1] in ("}", "end", "endfor"):
                closed, end = True, end + 1
                break
            body.append(lines[end][1].rstrip("}").strip() if lines[end][1].endswith("}") else lines[end][1])
            if lines[end][1].endswith("}") and not python:
                closed, end = True, end + 1
                break
            end += 1
        swapped = _swapped_loops(lines, k, end, body, var, python, entry_asked)
        if swapped is not None:
            new, end, note = swapped
            out += new
            notes.append(note.format(header=_short(line)))
            k = end
            continue
        read = [_component(statement, var, entry_asked) for statement in body if statement]
        if any(line is not None and _SAME_ENTRIES in line and not _one_number(line, lines) for line in read):
            read = [None]  # dj_dw[j] += err_i * X[i]: a row added to one entry, no number the same in each
        if not closed or not read or any(line is None for line in read):
            out.append(lines[k])
            k += 1
            continue
        names = sorted({re.split(r"\s*[-+*/]?=", line)[0].strip() for line in read if line is not None})
        out += [(indent, line) for line in read if line is not None]
        whole = all(line is not None and "X[:, " in line and "x_" not in line for line in read)
        same = sorted({re.split(r"\s*[-+*/]?=", line)[0].strip() for line in read
                       if line is not None and _SAME_ENTRIES in line})
        if set(same) != set(names):
            notes.append((COLUMN_COMPONENT_NOTE if whole else COMPONENT_NOTE).format(
                header=_short(line), names=", ".join(names), j=var))
        if same:
            notes.append(SAME_ENTRIES_NOTE.format(header=_short(line), names=", ".join(same), j=var))
        out = [(at, line.replace(_SAME_ENTRIES, "")) for at, line in out]
        if any("??" in statement for statement in body):
            notes.append("read as JavaScript: (v[j] ?? 0) is v[j], and 0 before anything sets it: where a sum starts")
        k = end
    return out, notes



#: a column of n zeros, started before a loop over the examples that adds rows of X to it: Octave's zeros(size(theta)),
#: zeros(n, 1), zeros(size(X, 2), 1); NumPy's 1-D np.zeros(n), np.zeros((n,)), np.zeros(X.shape[1]) (a 2-D (n, 1) or
#: zeros_like(w), whose shape the text does not say, would broadcast against the 1-D row X[i] to an n×n array)
_COLUMN_OF_ZEROS = patterns.compile(
    r"(?P<name>[A-Za-z_]\w*)\s*=\s*(?:zeros\(\s*(?:size\(\s*(?:theta|w)\s*\)|(?:n|size\(\s*X\s*,\s*2\s*\)|"
    r"size\(\s*(?:theta|w)\s*,\s*1\s*\)|length\(\s*(?:theta|w)\s*\))\s*,\s*1)\s*\)|"
    r"np\.zeros\(\s*(?:n|\(\s*n\s*,\s*\)|X\.shape\[1\]|\(\s*X\.shape\[1\]\s*,\s*\))\s*\))")
#: row i of X as the example's column x⁽ⁱ⁾: Octave's X(i,:)' (transposed: the row itself beside a column would
#: broadcast to n×n), NumPy's X[i], X[i, :] (1-D); {i} the loop's variable
_EXAMPLE_ROW = (r"(?<![\w.])X\s*\(\s*{i}\s*,\s*:\s*\)\s*'|(?<![\w.])X\s*\[\s*{i}\s*(?:,\s*:\s*)?\](?!\s*\[)")
#: the number of X's entries, not of its rows: NumPy's X.size, Octave's numel(X)
_ENTRIES_OF_X = patterns.compile(r"X\.size|numel\(\s*X\s*\)")
#: another sum's start at 0 between a column's zeros and its loop: dj_db = 0., cost = 0
_OTHER_START = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*=\s*0(?:\.0*)?\s*;?")
#: NumPy's zeros of the parameters' own shape: np.zeros(w.shape), np.zeros_like(w) (theta too) — (n,) or (n, 1), which
#: the text does not say; read only where every update is in place (+=, -=), see :func:`_example_vector_sums`
_ZEROS_OF_PARAMETERS = patterns.compile(
    r"(?P<name>[A-Za-z_]\w*)\s*=\s*np\.(?:zeros\(\s*(?P<a>theta|w)\.shape\s*\)|zeros_like\(\s*(?P<b>theta|w)\s*\))")
IN_PLACE_NOTE = ("read as code: {start} has {p}'s shape, which the text does not say, and every update in the loop is "
                 "NumPy's in place ({name} += …), which keeps that shape: a column (n, 1) would not take the 1-D row "
                 "X[i] (NumPy stops with 'non-broadcastable output operand'), so the code runs only where {p} is 1-D "
                 "like the row, a column of n zeros")
SUMMED_ROWS_NOTE = ("read as code: {start} starts a column of n zeros, and the loop '{header}' adds to {name} "
                    "row i of X as a column ({row}, the example's x⁽ⁱ⁾) times one number per example: its entry j "
                    "adds x_j⁽ⁱ⁾, so the lines are read for {name}'s j-th entry (the derivative by the j-th parameter)")


SUMMED_NUMBERS_NOTE = ("read as code: {start} starts every entry of {name} at 0, and the loop '{header}' adds to "
                       "{name} one number per example and no row of X: every entry, the j-th too, is the same sum")


#: names that stand for one number in every pass of a loop over the examples: the constants (λ in code's spellings,
#: m, n), and the functions' names (sigmoid(…), np.exp(…)); any other name is a vector unless indexed by the loop
_ONE_NUMBER_NAMES = frozenset({*vocabulary.CONSTANTS, *vocabulary.LAMBDA_SPELLINGS, *vocabulary.FUNCTIONS,
                               *vocabulary.SIGMOID_NAMES, "np", "numpy", "math", "dot",
                               # the intercept b of w·x + b, one number wherever logderiv reads it (the MLS labs'
                               # z_wb = np.dot(X[i], w) + b); b[i] or b[j] would be a vector's entry, and is refused
                               "b"})


def _one_number_per_pass(text: str, var: str, known: set[str], ones: frozenset[str] = _ONE_NUMBER_NAMES) -> bool:
    """Whether every name in ``text`` is one number in each pass of the loop over ``var``: indexed by it (h(i), y[i]),
    a constant or a function's name, or one of ``known`` (the sum itself, the names the loop's body sets).

    A bare vector there is the whole vector in every pass, not its entry i: code's (h - y).*X(i,:)' (m×1 times n×1)
    or err * X[i] with err = sigmoid(X @ w) - y, which the reading of entry j would take as Σᵢ (hᵢ − yᵢ)x_j⁽ⁱ⁾, the
    gradient the code does not compute (audit27c).
    """
    # θᵀx⁽ⁱ⁾ written with the row: np.dot(X[i], w), X[i] @ w, X[i].dot(w), Octave's X(i,:)*theta: one number
    row = rf"X\s*(?:\[\s*{re.escape(var)}\s*(?:,\s*:\s*)?\]|\(\s*{re.escape(var)}\s*,\s*:\s*\))"
    text = _row_products_blanked(text, var)  # theta'*X(i,:)', w @ X[i] too
    text = re.sub(rf"(?<![\w.])(?:(?:np\.)?dot\(\s*{row}\s*,\s*(?:theta|w)\s*\)|{row}\s*(?:@|\.dot\(|\*)\s*"
                  rf"(?:theta|w)(?![\w(\[])\)?)", " 0 ", text)
    for name in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)", text):
        word = name.group(1)
        if word == var or word in known or word in ones:
            continue
        if word != "X" and re.match(rf"\s*[\[(]\s*{re.escape(var)}\s*[\])]", text[name.end():]):
            continue  # h(i), y[i]: entry i (X[i] is a row, n numbers)
        return False
    return True


def _row_products_blanked(text: str, var: str) -> str:
    """``text`` with each product of row ``var`` of X and the parameters blanked (columns kept): one number, θᵀx⁽ⁱ⁾.

    Octave's ``X(i,:)*theta`` (a 1×n row times the n×1 column) and ``theta'*X(i,:)'``, NumPy's ``X[i] @ w``,
    ``w @ X[i]``, ``np.dot(X[i], w)``, ``X[i].dot(w)`` (1-D by 1-D); not NumPy's ``X[i] * w``, which multiplies
    entry by entry (a vector).
    """
    octave_row = rf"X\s*\(\s*{re.escape(var)}\s*,\s*:\s*\)"
    octave = (rf"{octave_row}\s*\*\s*(?:theta|w)(?![\w(\[.'])"
              rf"|(?:theta|w)\s*'\s*\*\s*{octave_row}\s*'(?!\s*\*\s*(?:theta|w|X))")
    numpy_row = rf"X\s*\[\s*{re.escape(var)}\s*(?:,\s*:\s*)?\]"
    numpy = (rf"(?:np\.)?dot\(\s*(?:{numpy_row}\s*,\s*(?:theta|w)|(?:theta|w)\s*,\s*{numpy_row})\s*\)"
             rf"|{numpy_row}\s*(?:@\s*(?:theta|w)(?![\w(\[.])|\.dot\(\s*(?:theta|w)\s*\))"
             rf"|(?:theta|w)\s*(?:@\s*{numpy_row}|\.dot\(\s*{numpy_row}\s*\))(?!\s*(?:\[|\.T))")
    return re.sub(rf"(?<![\w.])(?:{octave}|{numpy})", lambda product: " " * len(product.group(0)), text)


def _example_vector_sums(lines: list[tuple[int, str]], text: str,
                         defined: Mapping[str, str] | None = None) -> tuple[list[tuple[int, str]], list[str]]:
    """``grad = zeros(size(theta)); for i = 1:m, grad = grad + (h(i) - y(i)) * X(i,:)'; end``: entry j of the sum.

    Ex2's and ex3's looped gradients (CristianM15's sum1 = sum1 + (h(i)-y(i)).*X(i,:)') and NumPy's
    ``dj_dw = dj_dw + err * X[i]`` add row i of X, as a column, times a number of example i to a column of n zeros:
    entry j of the result is Σᵢ eᵢ x_j⁽ⁱ⁾, so the lines are read for that entry, the zeros as 0 and the row as x_j(i)
    (noted). Only where the row stands once in the update, as a factor of the rest (no second row of X, no dot
    product of it), the loop runs over the examples (its bound counts them), and no line after it writes X, θ, a
    transpose or a stacked vector (a vector beside the entry would mix the two); anything else is left as it was.
    ``defined``: the --let s' values (a let of b says what b is).
    """
    # b is the intercept, one number, only where nothing says otherwise: a line or a --let that sets it (b =
    # sigmoid(X @ w) - y, a vector) makes it the texts' own name, one number per pass only where the body sets it so
    sets_b = "b" in (defined or {}) or any(re.match(r"b\s*(?:[-+*/]?=(?!=)|<-)", written) for _, written in lines)
    ones = _ONE_NUMBER_NAMES - {"b"} if sets_b else _ONE_NUMBER_NAMES
    for k, (indent, line) in enumerate(lines):
        start = _COLUMN_OF_ZEROS.fullmatch(line.strip())
        shaped = _ZEROS_OF_PARAMETERS.fullmatch(line.strip()) if start is None else None
        # the loop's header: the next line, or the first after other sums' starts at 0 (dj_db = 0. in the MLS labs)
        either = start or shaped
        started = either.group("name") if either is not None else None
        h = k + 1
        while h < len(lines) and (other := _OTHER_START.fullmatch(lines[h][1])) is not None \
                and other.group("name") != started:
            h += 1
        if start is None and shaped is not None and h < len(lines) and lines[h][1].startswith("for"):
            start = shaped
        if start is None or h >= len(lines):
            continue
        name = start.group("name")
        header_line = lines[h][1]
        header = _PYTHON_LOOP.match(header_line) or _END_LOOP.match(header_line)
        count = header.groupdict().get("count") if header is not None else None
        if header is None or count is None or not _COUNT.fullmatch(count.strip()):
            return lines, []
        if _ENTRIES_OF_X.fullmatch(count.strip()):
            # for i in range(X.size): X takes rows X[i] here, a matrix, whose size is m·n (Octave's numel(X) too)
            raise _refusal(text, count.strip(), f"the loop runs to {count.strip()}, the number of X's entries (m·n for "
                           "the matrix whose rows X[i] the loop takes), not of its rows: past row m there is no X[i]",
                           hint="run the loop over the examples: range(m), range(len(y)), range(X.shape[0])")
        var = header.group("var")
        python = _PYTHON_LOOP.match(header_line) is not None
        end = h + 1
        while end < len(lines) and (lines[end][0] > lines[h][0] if python else lines[end][1] not in ("end", "endfor")):
            end += 1
        if not python and end >= len(lines):
            return lines, []
        body = lines[h + 1:end]
        row = re.compile(_EXAMPLE_ROW.format(i=re.escape(var)))
        own = re.compile(rf"{re.escape(name)}\s*(?:[-+]=|=\s*{re.escape(name)}\s*[-+])")
        updates = [at for at, (_, text) in enumerate(body) if re.match(rf"{re.escape(name)}\s*[-+*/]?=", text)]
        if not updates or not all(own.match(body[at][1]) for at in updates):
            return lines, []
        in_place = re.compile(rf"{re.escape(name)}\s*[-+]=")
        if start is shaped and not all(in_place.match(body[at][1]) for at in updates):
            if not any(row.search(_row_products_blanked(body[at][1], var)) for at in updates):
                return lines, []
            # dj_dw = dj_dw + err * X[i] of a (n, 1) start broadcasts to n×n: the shape is not said
            zeros = line.strip().split("=", 1)[1].strip()
            raise _refusal(text, zeros, f"{zeros} has {start.group('a') or start.group('b')}'s shape, which the text "
                           f"does not say ((n,) or (n, 1)), and {name} = {name} + … adds the 1-D row of X to it: a "
                           "column (n, 1) plus the row broadcasts to an n×n array, so the entries it holds are not said",
                           hint=f"start with np.zeros(n) (1-D, the row's shape), or add in place: {name} += …, which "
                                "NumPy refuses for a column")
        rewritten = list(body)
        written = ""
        # the body's own names (err = … - y[i]), each one number per pass when what it is set to is
        known = {name}
        for _, text in body:
            assigned = re.match(r"([A-Za-z_]\w*)\s*=(?!=)(.*)$", text)
            if assigned is not None and assigned.group(1) != name:
                if not _one_number_per_pass(assigned.group(2), var, known, ones):
                    return lines, []
                known.add(assigned.group(1))
        for at in updates:
            text = body[at][1]
            # θᵀx⁽ⁱ⁾ written with the row (sigmoid(X(i,:)*theta), X[i] @ w) is one number, not the row the line adds
            blanked = _row_products_blanked(text, var)
            found = list(row.finditer(blanked))
            rows_of_x = re.findall(rf"(?<![\w.])X\s*[\[(]\s*{re.escape(var)}", blanked)
            if not found and not rows_of_x and re.match(rf"{re.escape(name)}\s*[-+]=", text):
                # dj_dw += error: one number added to every entry (NumPy and Octave broadcast it), entry j too
                if not _one_number_per_pass(re.sub(rf"^{re.escape(name)}\s*[-+]=", "", text), var, known, ones):
                    return lines, []
                continue
            if len(found) != 1 or len(rows_of_x) != 1:
                return lines, []
            match = found[0]
            if not _one_number_per_pass(text[:match.start()] + text[match.end():], var, known, ones):
                return lines, []
            before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
            # a factor of the rest: after a product's sign or an opening, and before nothing that multiplies it by a
            # vector (X[i] @ w, X(i,:)'*theta): a number's product, its sum or the line's end
            if not (before.endswith(("*", "(", "+", "-", "=")) and not before.endswith("**")) or \
                    re.match(r"(?:@|\.dot|\*\s*(?:theta|w)(?!\w)|'|\.T)", after):
                return lines, []
            written = match.group(0)
            head = text[:match.start()]
            if before.endswith(".*"):
                # e(i).*X(i,:)': Octave's entrywise product by the row is, entry by entry, the number's product
                head = before[:-2] + "*"
            rewritten[at] = (body[at][0], head + f"x_j{'[' if python else '('}{var}{']' if python else ')'}"
                             + text[match.end():])
        later = " ".join(text for _, text in lines[end + (0 if python else 1):])
        if re.search(r"(?<![\w.])(?:X|theta|w)(?![\w(\[])|'|\.T\b|\[\s*0\s*;", later):
            return lines, []
        note = SUMMED_ROWS_NOTE.format(start=_short(line), header=_short(header_line), name=name, row=written.strip())
        if not written:
            note = SUMMED_NUMBERS_NOTE.format(start=_short(line), header=_short(header_line), name=name)
        notes = [note]
        if start is shaped and written:
            notes.insert(0, IN_PLACE_NOTE.format(start=_short(line), p=start.group("a") or start.group("b"), name=name))
        return [*lines[:k], (indent, f"{name} = 0"), *lines[k + 1:h + 1], *rewritten, *lines[end:]], notes
    return lines, []


#: NumPy's vector of zeros as a line's whole value: np.zeros((n,)), np.zeros(n), np.zeros_like(w), np.zeros(w.shape)
_ZEROS = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*=\s*(?:np\.)?zeros(?:_like)?\(.*\)\s*$")
ZERO_START_NOTE = "read as code: {line} starts every entry of {name} at 0, so its j-th entry starts at 0"


def _zero_starts(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """``dj_dw = np.zeros((n,))`` above a loop :func:`_components` read as the j-th entry: that entry starts at 0.

    Only where the name is one a component's line updates from itself (``dj_dw = dj_dw + …``) further down: a
    vector of zeros used otherwise stays NumPy's, which the reader refuses.
    """
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    for k, (indent, line) in enumerate(lines):
        match = _ZEROS.fullmatch(line)
        if match is not None and closing(line, line.index("(", match.start("name"))) != len(line.rstrip()) - 1:
            match = None  # np.zeros(n) + np.ones(n): more than the zeros
        name = match.group("name") if match is not None else ""
        own = re.compile(rf"{re.escape(name)}\s*=\s*{re.escape(name)}\s*[-+]")
        if match is None or not any(own.match(later) for _, later in lines[k + 1:]):
            out.append((indent, line))
            continue
        out.append((indent, f"{name} = 0."))
        notes.append(ZERO_START_NOTE.format(line=_short(line), name=name))
    return out, notes

NESTED_NOTE = ("read as code: the loop '{header}' over the features holds one loop over the examples, '{inner}', whose "
               "every line sets {names}[{j}] from its own value: entry {j} of {names} (the derivative by the {j}-th "
               "parameter) is that inner loop's sum, so the inner loop is read for the component {j}")


def _swapped_loops(lines: list[tuple[int, str]], k: int, end: int, body: list[str], var: str, python: bool,
                   entry_asked: bool) -> tuple[list[tuple[int, str]], int, str] | None:
    """``for j=1:n; for i=1:m; grad(j) = grad(j) + … X(i,j); end; end`` (f80's Turkish ex2, the features' loop
    outside the examples'): the inner loop with its lines read for the component j (noted), its lines, the index
    after the outer loop, and the note (its ``{header}`` left to fill); None where the body is not one inner loop
    over the examples of component lines alone."""
    if not body:
        return None
    inner = _PYTHON_LOOP.match(body[0]) or _END_LOOP.match(body[0])
    count = (inner.groupdict().get("count") or "").strip() if inner is not None else ""
    if inner is None or not count or inner.group("var") == var or _FEATURE_COUNT.fullmatch(count) \
            or (inner.groupdict().get("rest") or "").strip():
        return None
    if python:
        depth = lines[k + 1][0]
        if any(indent <= depth for indent, _ in lines[k + 2:end]):
            return None  # a line after the inner loop, inside the outer one
        after = end
    else:
        # the body closed at the inner loop's own end: the outer's must come right after it
        if end >= len(lines) or lines[end][1] not in ("end", "endfor"):
            return None
        after = end + 1
    statements = body[1:]
    if not statements or any(_FOR.match(statement) for statement in statements):
        return None
    read = [_component(statement, var, entry_asked) for statement in statements]
    if any(line is None or _SAME_ENTRIES in line and not _one_number(line, lines) for line in read):
        return None
    same = sorted({re.split(r"\s*[-+*/]?=", str(line))[0].strip() for line in read if _SAME_ENTRIES in str(line)})
    indent = lines[k][0]
    new = [(indent, body[0]), *[(indent + 4, str(line).replace(_SAME_ENTRIES, "")) for line in read]]
    if not python:
        new.append((indent, "end"))
    names = sorted({re.split(r"\s*[-+*/]?=", str(line))[0].strip() for line in read})
    note = NESTED_NOTE.replace("{inner}", _short(body[0])).replace("{names}", ", ".join(names)).replace("{j}", var)
    if same:
        # grad(j) = grad(j) + (1/m)*(σ − y(i)), X(i,j) lost: every entry the same sum, said as for one loop
        note += "; " + SAME_ENTRIES_NOTE.replace("{header}", "{header}").replace("{names}", ", ".join(same)).replace(
            "{j}", var)
    return new, after, note


#: a mark on a component's line that adds the same number to every entry, taken off once its note is made
_SAME_ENTRIES = "\x00same"
SAME_ENTRIES_NOTE = ("read as code: the loop '{header}' over the features adds to each {names}[{j}] a value without "
                     "the data's entry X[i, {j}] or the parameters' entry {j}: every entry of {names}, the {j}-th too, "
                     "gets the same sum, and its {j}-th entry (the derivative by the {j}-th parameter asked) is read as "
                     "that line for one component")
#: row i of the data in a product with the parameters, one number (np.dot(X[i], w), X[i] @ w, Octave's X(i,:)*theta)
_ROW_TIMES_PARAMETERS = patterns.compile(
    r"(?:np\.|numpy\.)?dot\(\s*(?:(?P<r1>{row})\s*,\s*{p}|{p}\s*,\s*(?P<r2>{row}))\s*\)|(?P<r3>{row})\s*(?:@\s*{p}|\.dot\(\s*{p}\s*\))"
    r"|{p}\s*@\s*(?P<r4>{row})|(?P<r5>{octave})\s*\*\s*{p}".format(
        row=r"(?:X|x|tx)\s*\[[^\[\]]*\](?:\.T)?", octave=r"(?:X|x|tx)\s*\(\s*\w+\s*,\s*:\s*\)",
        p=r"(?:w|theta|beta)(?!\w)"))
#: the data indexed (X[i], tx[i, :], X(i,:)): what is left of it outside a product with the parameters is a row
_DATA_INDEXED = patterns.compile(r"(?<![\w.])(?:X|x|tx)\s*[\[(]")


def _one_number(line: str, lines: list[tuple[int, str]]) -> bool:
    """Whether the value a same-entries line (dj_dw[j] += err_i) adds is one number per example, the names it uses
    written out by the lines that set them (err_i = f_wb_i − y[i], f_wb_i = sigmoid(np.dot(X[i], w) + b)): no row of
    the data is left in it but in a product with the parameters (audpyloop37: dj_dw[j] += err_i * X[i], which NumPy
    refuses, read as Σᵢ err_i·xᵢ, 'equivalent')."""
    value = re.split(r"[-+*/]?=", line.replace(_SAME_ENTRIES, ""), maxsplit=1)[-1]
    sets: dict[str, str] = {}
    for _, text in lines:
        found = re.fullmatch(r"\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+)", patterns.without_end(text, ";"))
        if found is not None:
            sets.setdefault(found.group("name"), "")
            sets[found.group("name")] += f" ({found.group('value')})"
    for _ in range(8):
        value = re.sub(r"(?<![\w.])[A-Za-z_]\w*(?![\w(\[])", lambda m: sets.get(m.group(0), m.group(0)), value)
    return _DATA_INDEXED.search(_ROW_TIMES_PARAMETERS.sub(" 0 ", value)) is None


#: a gradient's name for the intercept (dj_db, db, grad_b, d_bias): one number, never filled entry by entry
_BIAS_GRADIENT = patterns.compile(r".*(?:(?:^|_|d)b|bias)")


def _component(statement: str, var: str, entry_asked: bool = False) -> str | None:
    """``v[j] = v[j] + e`` (or ``v[j] += e``, ``(v[j] ?? 0) + e``) as ``v = v + e`` with X[i, j] as x_j[i]; None else."""
    j = re.escape(var)
    match = re.fullmatch(rf"(?P<name>[A-Za-z_]\w*)\s*\[\s*{j}\s*\]\s*(?P<op>[-+*/]?=)\s*(?P<value>.+)", statement)
    octave = re.fullmatch(rf"(?P<name>[A-Za-z_]\w*)\s*\(\s*{j}\s*\)\s*(?P<op>=)\s*(?P<value>.+)", statement)
    if octave is not None:
        # Octave's grad(j) = grad(j) + … * X(i,j) (f80's Turkish ex2): entry j of the gradient and of row i by
        # parentheses, as NumPy's grad[j] and X[i, j] are; read only where every entry is so written
        name = octave.group("name")
        value = octave.group("value")
        if "[" in value or re.search(rf"(?<![\w.]){re.escape(name)}\s*\[", value):
            return None
        value = re.sub(rf"(?<![\w.]){re.escape(name)}\s*\(\s*{j}\s*\)", f"{name}[{var}]", value)
        value = re.sub(rf"(?<![\w.])X\s*\(\s*(?P<i>\w+)\s*,\s*{j}\s*\)", rf"X[\g<i>, {var}]", value)
        value = re.sub(rf"(?<![\w.])(?P<p>{_PARAMETERS})\s*\(\s*{j}\s*(?:,\s*1\s*)?\)", rf"\g<p>[{var}]", value)
        match = re.fullmatch(r"(?P<name>.+?)(?P<op>=)(?P<value>.+)", f"{name}[{var}] = {value}", re.DOTALL)
        assert match is not None, "the line was put together just above"
    if match is None:
        return None
    name, op, value = match.group("name").strip(), match.group("op"), match.group("value")
    if octave is not None:
        name = octave.group("name")
    value = re.sub(rf"\(\s*{re.escape(name)}\s*\[\s*{j}\s*\]\s*\?\?\s*0\s*\)", f"{name}[{var}]", value)
    own = rf"(?<![\w.]){re.escape(name)}\s*\[\s*{j}\s*\]"
    column = rf"(?<![\w.])X\s*\[\s*:\s*,\s*{j}\s*\]"
    whole = op == "=" and re.search(column, value) is not None and not re.search(own, value)
    if op == "=" and not re.match(rf"\s*{own}\s*[-+*/]", value) and not whole:
        return None  # v[j] = e overwrites the entry: not read as a component's update here
    adds = op in ("+=", "-=") or re.match(rf"\s*{own}\s*[-+]", value) is not None
    value = re.sub(own, name, value)
    if whole:
        # zzx's grad[j] = -np.sum((y-h)*X[:, j])/m: entry j set whole from column j of X (X[:, j], which the answer's
        # reader reads as the feature xⱼ of every example), nothing else of the loop's j
        value = re.sub(column, "X[:, j]", value) if var == "j" else value
        # Octave's theta(j) (theta(j, 1)) beside X(:, j): the parameters' entry j, which the matrix reader takes
        entries = rf"(?<![\w.]){_PARAMETERS}\(\s*{j}\s*(?:,\s*1\s*)?\)"
        if var != "j" or re.search(rf"(?<![\w.]){j}(?!\w)", re.sub(entries, "", re.sub(column, "", value))):
            return None
        return f"{name} = {value}"
    value = re.sub(rf"(?<![\w.])X\s*(?:\[\s*(?P<i>\w+)\s*,\s*{j}\s*\]|\[\s*(?P<k>\w+)\s*\]\s*\[\s*{j}\s*\])",
                   lambda m: f"x_{var}[{m.group('i') or m.group('k')}]", value)
    # the parameters' own entry j in a line without the data (a penalty's λ/m * self.weights[j], ChinhQuy29's
    # ridge): the j-th parameter; beside X[i, j] (err_i * X[i,j] * w[j]) it is left to the refusal, as before
    penalised = 0
    if f"x_{var}[" not in value:
        value, penalised = re.subn(rf"(?<![\w.])(?:self\.)?(?P<p>{_PARAMETERS})\s*\[\s*{j}\s*\]",
                                   lambda m: f"{m.group('p')}_{var}", value)
    if re.search(rf"(?<![\w.]){j}(?!\w)", re.sub(rf"x_{j}\[|_{j}(?!\w)", "", value)) or "??" in value:
        return None  # j used otherwise than as the entry's and the data's index
    if adds and f"x_{var}[" not in value and not penalised:
        # dj_db[j] += err_i adds the same to every entry: n copies of one sum, not the derivative by the j-th
        # parameter (audit48: read as ∂J/∂b, 'equivalent'); only a scaling (/= m) leaves the entries as they are.
        # Where the --wrt asks an entry w_j of a vector and the name is no intercept's, dj_dw[j] += err_i (fixpyloop37:
        # X[i,j] lost) is literally entry j of a vector whose every entry is that sum: read so, and said
        if not entry_asked or _BIAS_GRADIENT.fullmatch(name):
            return None
        return f"{name} {op} {value}{_SAME_ENTRIES}"
    return f"{name} {op} {value}"


def _split_statements(line: str) -> list[str]:
    """``line`` cut at each ';' outside brackets (not a JavaScript for's header), each piece without ';'."""
    if re.match(r"for\s*\(", line):
        opened = line.index("(")
        end = closing(line, opened)
        if end is not None:
            head, rest = line[:end + 1], line[end + 1:]
            return [head + rest] if not rest.strip() or rest.strip().startswith("{") else [head] + _split_statements(rest)
    cuts = [-1, *top_level(line, ";"), len(line)]
    pieces = [line[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])]
    out = []
    for piece in pieces:
        piece = _CPP_DECLARED.sub("", _DECLARED.sub("", piece))
        # a JavaScript block's braces on the statement's own line: { loss += … }
        if piece:
            out.append(piece)
    return out


@dataclass
class _Loop:
    var: str
    count: str
    pairs: tuple[str, str] | None
    body: list[str]
    header: str
    #: the data name whose v[i] is one example's one feature (a 1-D array, :func:`_one_feature`), read as x⁽ⁱ⁾
    feature: str | None = None
    #: in an answer whose --wrt asks entry j of the gradient (w_j), that index: row i of X the loop adds to the
    #: gradient as a vector (grad += X[i] * err) is then read by its entry j, x_j⁽ⁱ⁾ (:func:`_example_body`)
    component: str | None = None
    #: whether :func:`_example_body` read such a row by its entry
    entries: bool = False
    #: a Python loop over zip(X, Y): its pair's roles come from the arrays, not from the names
    zipped: bool = False
    #: the row written transposed in a product with the parameters (tx[i,:].T @ w), if any: NumPy's .T of the 1-D
    #: row is the row itself, said in the loop's note
    transposed: str | None = None
    #: the lines that name row i of the data (x = tx[i, :]), put in the name's place (:func:`_summed`, noted)
    aliases: list[str] = dataclasses.field(default_factory=list)
    #: the row written transposed where it is read by its entry j (grad += e * tx[i, :].T), if any (noted)
    transposed_entry: str | None = None
    #: row i's entry j written X[i, j] where --wrt asks the j-th parameter (byelipk's R, f83), read as x_j⁽ⁱ⁾ (noted)
    entry_written: str | None = None
    #: the arrays whose entry [i] the loop sets, read as sums from 0 (:func:`_filled_sums`): name → the line written.
    #: One entry holds one number: a row of the data put there (R keeps its first entry, NumPy refuses) is refused
    filled: dict[str, str] = dataclasses.field(default_factory=dict)


#: a statement, tagged by its first item: ('set', name, op, value), ('loop', _Loop), ('return', value),
#: ('value', value); the tag says what follows it, which mypy does not narrow a tuple on
_Statement = tuple[Any, ...]


def _statements(lines: list[tuple[int, str]], text: str) -> list[_Statement] | None:
    """The statements: ('set', name, op, value), ('loop', _Loop), ('return', value), ('value', value); None: not code."""
    out: list[_Statement] = []
    k = 0
    while k < len(lines):
        indent, line = lines[k]
        k += 1
        if line in ("}", "end", "endfor"):
            return None  # a block's end with no loop open
        if _FOR.match(line):
            if not re.search(r"[:{]\s*$|\brange\(|\b1\s*:|^while\b|\bof\b|\beachindex\(", line):
                return None  # words ("for each example i, …"), not a loop of code
            loop, k = _loop(lines, k, indent, line, text)
            out.append(("loop", loop))
            continue
        returned = _RETURN.match(line)
        if returned is not None:
            out.append(("return", returned.group("value").strip()))
            continue
        zeroed = _ZEROED_ENTRY.match(line)
        if zeroed is not None:
            name = zeroed.group("name")
            before = [s for s in out if s[0] == "set" and s[1] in (name, f"{name}[0]")]
            if len(before) != 1 or before[0][2] != "=" or not pasted.zeroable_copy(name, before[0][3]):
                return None  # w[0] = 0 of anything but a copy of the parameters set once: not read here
            if not (pasted.python_problem([text]) or re.search(r"\.(?:dot\(|shape\b|copy\(\))", text)) \
                    or pasted.r_problem([text]) or pasted.julia_problem([text]):
                # NumPy's zeroing only: R's temp[0] = 0 assigns nothing (R numbers from 1), Julia's raises (audpy35)
                return None
            copied = next(k for k, s in enumerate(out) if s is before[0])
            word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
            if any(word.search(s[-1]) for s in out[copied + 1:] if isinstance(s[-1], str)):
                # full = np.sum(temp ** 2) before temp[0] = 0 sees the whole copy, which the pair's reading as
                # [0; θ(2:end)] wherever temp is used would not (audpy35): not read here
                return None
            out.append(("set", f"{name}[0]", "=", "0"))
            continue
        setting = _SET.match(line)
        if setting is not None:
            op = "=" if setting.group("op") == "<-" else setting.group("op")
            out.append(("set", setting.group("name"), op, setting.group("value").strip()))
            continue
        if k == len(lines) and not line.startswith("=") and not top_level(re.sub(r"[<>=!]=", "  ", line), "="):
            out.append(("value", line))  # not a chain's next side (= …) nor a definition (g(z) = …)
            continue
        return None
    zeroed_at = {s[1][:-len("[0]")]: k for k, s in enumerate(out) if s[0] == "set" and s[1].endswith("[0]")}
    if zeroed_at and (any(s[0] == "loop" for s in out) or any(
            s[0] == "set" and s[1] in zeroed_at and k > zeroed_at[s[1]] for k, s in enumerate(out))):
        return None  # temp[0] = 0, then temp set again, or a loop: the entry's place in the run is not read here
    return out


#: said where a block's temp = theta (NumPy's alias, no copy) is followed by temp[0] = 0 (:func:`_statements`)
ALIASED_NOTE = ("read as NumPy, in order: {name} = {vector} names {vector}'s own array (no copy), so {name}[0] = 0 "
                "sets {vector}[0] to 0 as well; the lines before it use the whole {vector}, and a use of {vector} after "
                "it (which would see the zeroed entry) is refused")


def _aliased_notes(statements: list[_Statement]) -> list[str]:
    """The note of each ``temp = theta`` then ``temp[0] = 0`` among ``statements``: NumPy's alias, read in order."""
    values = {s[1]: s[3].strip() for s in statements if s[0] == "set" and s[2] == "="}
    return [ALIASED_NOTE.format(name=name, vector=values[name]) for s in statements
            if s[0] == "set" and (name := s[1].removesuffix("[0]")) != s[1]
            and re.fullmatch(_PARAMETERS, values.get(name, ""))]


#: words after Python's '>>' (a shift), as a remark writes them: '>> Tweaks the direction of the slope'
_PROSE_AFTER_SHIFT = patterns.compile(r">>\s*[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+.*$")


def _loop(lines: list[tuple[int, str]], k: int, indent: int, line: str, text: str) -> tuple[_Loop, int]:
    """The loop whose header is ``line``, its body lines, and the index after them."""
    python = _PYTHON_LOOP.match(line) or _ZIP_LOOP.match(line)
    braced = _R_LOOP.match(line) or _JS_LOOP.match(line) or _JS_PAIRS.match(line)
    ended = _END_LOOP.match(line)
    if python is None and braced is None and ended is None:
        raise _refusal(text, line, "this loop's header is not read: a loop is read only over the examples, "
                       "for i in range(m), for i = 1:m … end, for (i in 1:m) {…}, for (let i = 0; i < m; i++) {…}")
    body: list[str] = []
    if python is not None:
        match = python
        if match.group("rest").strip():
            body.append(match.group("rest").strip())
        else:
            while k < len(lines) and lines[k][0] > indent:
                body.append(lines[k][1])
                k += 1
            if not body and k < len(lines):
                # for i in range(…): followed by lines at its own level: Python's syntax error, a paste that lost
                # the indentation; which of the lines after it the loop held, nothing here says
                raise _refusal(text, line, "the loop's header is followed by no indented line: the paste lost the "
                               "indentation, and which of the lines after it the loop holds is not said",
                               hint="indent the loop's body as the source does (four spaces before each of its lines)")
        for statement in body:
            remark = _PROSE_AFTER_SHIFT.search(statement)
            if remark is not None:
                # dj_dw += error * x[i] >> Tweaks the direction of the slope …: a remark marked with >>, no Python
                raise _refusal(text, remark.group(0), f"'{_short(remark.group(0), 30)}' is no Python: '>>' shifts "
                               "bits, and the words after it are a remark, not an expression (a comment starts with "
                               "'#'): the line is not read as a remark or as code",
                               hint="start the remark with '#', or leave it out")
    else:
        header = braced or ended
        assert header is not None, "one of the three headers matched: the loop is refused above otherwise"
        match = header
        rest = match.groupdict().get("rest") or ""
        closer = "}" if braced is not None else "end"
        pieces = _split_statements(rest) if rest.strip() else []
        while True:
            for piece in pieces:
                if closer == "}" and piece.endswith("}"):
                    if piece[:-1].strip():
                        body.append(piece[:-1].strip())
                    return _made(match, body, line), k
                if closer == "end" and piece in ("end", "endfor"):
                    return _made(match, body, line), k
                body.append(piece)
            if k >= len(lines):
                raise _refusal(text, line, f"this loop has no closing '{closer}'")
            pieces = [lines[k][1]]
            k += 1
    return _made(match, body, line), k


def _made(match: re.Match[str], body: list[str], header: str) -> _Loop:
    groups = match.groupdict()
    if groups.get("first"):
        # zip(X, Y) pairs the inputs with the targets, whatever the pair's names (coordinateX, coordinateY): the
        # arrays say which name is x and which y; any other pair of arrays is no pair of an example's x and y
        roles = {groups["first"].lower(): groups["a"], groups["second"].lower(): groups["b"]}
        if sorted(roles) != ["x", "y"] or groups["a"] == groups["b"]:
            raise InputError(f"zip({groups['first']}, {groups['second']}) does not pair the inputs x with the "
                             "targets y: only a loop over the examples is read (zip(X, Y), or a function's own two "
                             "data parameters zipped into a pair named x, y that no line after the loop reads)",
                             source=header, column=header.find("zip"),
                             hint="write for x, y in zip(X, Y): with X the inputs and Y the targets")
        # for x_i, y_i in zip(X, Y): J += (theta*x_i - y)**2: the body's y is not the pair's y_i but another name
        # (Python's global y, the whole vector): reading it as the example's target would hide the slip
        others = sorted({"x", "y", "x_i", "y_i", "xi", "yi"} - {groups["a"], groups["b"]})
        slipped = next((found for line in body
                        if (found := re.search(rf"(?<![\w.])(?:{'|'.join(others)})(?![\w(])", line)) is not None), None)
        if slipped is not None:
            raise InputError(f"the loop pairs {groups['a']} and {groups['b']} from zip({groups['first']}, "
                             f"{groups['second']}), but its body writes {slipped.group(0)}, which is not the pair's: "
                             "in Python that is another name (a global), not this example's value",
                             source=header, column=header.find(groups["a"]),
                             hint=f"write the example's values as {groups['a']} and {groups['b']} in the body")
        return _Loop("i", f"zip({groups['first']}, {groups['second']})", (roles["x"], roles["y"]), body, header,
                     zipped=True)
    if groups.get("collection"):
        return _Loop("i", groups["collection"], (groups["x"], groups["y"]), body, header)
    count = groups.get("count") or groups.get("count2")
    if count is None:
        count = f"len({groups['along']})"
    return _Loop(groups["var"], count.strip(), None, body, header)


def _refusal(text: str, line: str, why: str, hint: str | None = None) -> InputError:
    return InputError(why, source=text, column=max(text.find(line.split()[0] if line.split() else line), 0),
                      hint=hint or "write the sum itself, sum_i(…) or np.sum(…), or a loop for i in range(m) whose body "
                                   "adds to a name that starts at 0")


def _counts_the_rows(loop: _Loop) -> bool:
    """Whether the loop's bound is a count's name (N, n_samples) and its body takes the data by the loop variable.

    ``for (let i = 0; i < N; ++i) { let x_i = X[i]; … Y[i] … }``: N is not m's letter, but a loop that takes row i of
    X (or target i of y) for every i below N runs over the examples, so N is their number. A loop over the features
    (``theta[d]`` below ``this.dim``) takes no data row and is still refused.
    """
    if _NAMED_COUNT.fullmatch(loop.count) is None:
        return False
    row = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(_DATA))})\s*\[\s*{re.escape(loop.var)}\s*[\],]")
    return any(row.search(statement) for statement in loop.body)


#: said where a loop runs to a name the lines or a --let set to the data's row count (number_of_rows <- length(y))
ROWS_COUNTED_NOTE = ("{var} runs over the examples: {name} is set to {value}, the data's row count, and is read as "
                     "the number of examples m")
#: a count's value wrapped in a conversion that keeps it: float(len(X)), int(X.shape[0]), as.integer(nrow(X))
_KEPT_COUNT = patterns.compile(r"(?:float|int|as\.integer|as\.numeric)\(\s*(?P<inner>.+?)\s*\)")


def _rows_counted(loop: _Loop, text: str, defined: Mapping[str, str]) -> str | None:
    """The value of the loop's bound where the lines or a --let set it to the data's row count, else None.

    ``number_of_rows <- length(y)`` then ``for (i in 1:number_of_rows)``: the code itself says the bound is the number
    of the data's rows (X's or y's: :data:`_DATA`), the examples. A bound set to anything else (a constant, the
    features' count ``ncol(X)``, ``length(theta)``), or set twice, says nothing of the kind and stays refused; so does a
    text that also writes m set otherwise (two counts, which may differ).
    """
    value = defined.get(loop.count)
    if value is None or not re.fullmatch(r"[A-Za-z_.][\w.]*", loop.count):
        return None
    value = value.strip().rstrip(";").strip()
    kept = _KEPT_COUNT.fullmatch(value)
    counted = _COUNT.fullmatch(kept.group("inner") if kept else value)
    if counted is None or not any(counted.groups()) or not all(g in _DATA for g in counted.groups() if g):
        return None
    sets = [match.start() for match in re.finditer(rf"^\s*{re.escape(loop.count)}\s*(?:<-|=(?!=)|[-+*/]=)", text,
                                                    re.MULTILINE)]
    if len(sets) > 1:
        return None
    header = text.find(loop.header)
    if sets and header >= 0 and sets[0] > header:
        # for (i in 1:rows) … then rows <- length(y) (audloop38): the loop ran to the rows it was given (a function's
        # parameter, a batch), the set comes after it
        return None
    other = defined.get("m")
    if re.search(r"(?<![\w.])m(?!\w)", text) and loop.count != "m" and (
            other is None or _COUNT.fullmatch(other.strip().rstrip(";").strip()) is None):
        return None
    return value


#: an array of zeros made to be filled: R's rep(0, …), vector(mode = "numeric", …), numeric(…); zeros(…), np.zeros(…)
_ZEROS_MADE = patterns.compile(r"(?:rep\(\s*0(?:\.0*)?\s*,|vector\(\s*mode\s*=\s*[\"']numeric[\"']\s*,|numeric\(|"
                               r"(?:(?:np|numpy)\.)?zeros\().*\)\s*;?", re.DOTALL)


def _zeros_made(start: str) -> bool:
    """Whether ``start`` is one vector of zeros and nothing more: the call :data:`_ZEROS_MADE` names, whole.

    Its closing bracket ends the text (np.zeros(m + 1) + np.sum(theta ** 2) is not zeros: the entry the loop never
    sets keeps ‖θ‖², audloop38), and NumPy's shape is one count or (count,), (count, 1): np.zeros((m, 2)) is a matrix,
    whose rows J[i] = e fills and whose sum(J) (Python's, over the rows) is a vector, no number (audloop38).
    """
    start = start.strip().rstrip(";").strip()
    if _ZEROS_MADE.fullmatch(start) is None:
        return False
    opener = start.index("(")
    if closing(start, opener) != len(start) - 1:
        return False
    inside = start[opener + 1:-1]
    cuts = [-1, *top_level(inside, ","), len(inside)]
    first = re.sub(r"^shape\s*=\s*", "", inside[cuts[0] + 1:cuts[1]].strip())
    if "zeros(" in start[:opener + 1] and first.startswith("("):
        # a shape tuple: (m,), (m, 1) only
        shape_end = closing(first, 0)
        if shape_end != len(first) - 1:
            return False
        shape = first[1:-1]
        commas = [-1, *top_level(shape, ","), len(shape)]
        sizes = [shape[a + 1:b].strip() for a, b in zip(commas, commas[1:])]
        if not sizes or len(sizes) > 2 or len(sizes) == 2 and sizes[1] not in ("", "1"):
            return False
    return True
#: said where a loop fills an array of zeros entry by entry and the lines then sum the array
FILLED_SUM_NOTE = ("read as code: {name} starts as zeros ({start}), the loop sets its entry {name}[{var}] once per "
                   "pass and the lines then take sum({name}): the entries' sum, read as the loop adding its body to "
                   "{name} from 0")


def _filled_sums(statements: list[_Statement], defined: Mapping[str, str], notes: list[str],
                 lets: Sequence[object] = (), zeroed: list[str] | None = None) -> list[_Statement]:
    """``J <- rep(0, m)``, a loop that sets ``J[i] <- e``, then ``sum(J)``: the loop adds e to J from 0 (noted).

    Entries the loop never sets stay 0, so sum(J) is the sum of what the loop put there whatever the array's length.
    Only where the array starts as zeros (a line or a --let), the loop's line sets entry [i] by the loop variable and
    is its only use of the name, and every later use is sum(J) whole; anything else is left as it is (refused).
    """
    out = list(statements)
    for statement in statements:
        if statement[0] != "loop":
            continue
        k = next(c for c, s in enumerate(out) if s is statement)
        loop = statement[1]
        for b, line in enumerate(loop.body):
            # the value after the head, its ';' and spaces taken off first: a lazy value before an optional ';'
            # backtracks over every space of a long line (tests/test_final38.py)
            head = re.match(rf"(?P<name>[A-Za-z_][\w.]*)\s*\[\s*{re.escape(loop.var)}\s*\]\s*(?:<-|=(?!=))\s*", line)
            value = patterns.without_end(line[head.end():], ";") if head is not None else ""
            if head is None or not value:
                continue
            name = head.group("name")
            word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w.])")
            if any(word.search(other) for c, other in enumerate(loop.body) if c != b) or word.search(
                    value):
                continue
            starts = [c for c in range(k) if out[c][0] == "set" and out[c][1] == name]
            # a --let R's way (delta <- vector(mode="numeric", length=m), f83), which ``defined`` (NAME = …) lacks
            arrowed = [begun for let in lets if isinstance(let, str) and (m := re.match(
                rf"\s*{re.escape(name)}\s*<-", let)) is not None
                and (begun := patterns.without_end(let[m.end():], ";").strip())]
            given = [let for let in lets if isinstance(let, str) and re.match(
                rf"\s*{re.escape(name)}\s*(?:<-|=(?!=))", let)]
            if not starts and len(given) > 1:
                # two --let s start the array (delta = numeric(m), delta <- rep(…)): which one is meant is not said
                # (audloop38: the one ``defined`` holds was taken, and both were left out)
                continue
            start = out[starts[-1]][3] if starts else defined.get(name, arrowed[-1] if len(arrowed) == 1 else None)
            if start is None or not _zeros_made(start) or any(
                    out[c][0] == "set" and out[c][1] == name and out[c][2] not in ("=", "<-") for c in range(k)):
                continue
            after = [repr(s[1:]) for s in out[k + 1:]]
            summed = re.compile(rf"(?<![\w.])sum\(\s*{re.escape(name)}\s*\)")
            if not any(summed.search(piece) for piece in after) or any(
                    word.search(summed.sub("", piece)) for piece in after):
                continue
            notes.append(FILLED_SUM_NOTE.format(name=name, start=_short(start.strip(), 40), var=loop.var))
            loop.body = [*loop.body[:b], f"{name} += {value}", *loop.body[b + 1:]]
            loop.filled[name] = line.strip()
            if starts:
                out[starts[-1]] = ("set", name, "=", "0")
            else:
                out.insert(k, ("set", name, "=", "0"))
                if zeroed is not None:
                    zeroed.append(name)
            out = [s if c <= k or s[0] == "loop" else tuple(
                summed.sub(name, piece) if isinstance(piece, str) else piece for piece in s)
                for c, s in enumerate(out)]
            break
    return out


#: a one-line function of the code's own, R's or Python's: h <- function(theta, x) { return(t(theta) %*% x) },
#: h = function(theta, x) t(theta) %*% x, def h(theta, x): return theta @ x
_R_ONE_LINE = patterns.to_end(r"^\s*(?P<name>[A-Za-z_.][\w.]*)\s*(?:<-|=)\s*function\s*\((?P<params>[^()]*)\)\s*"
                              r"(?:\{\s*(?:return\s*\((?P<returned>.+)\)|(?P<last>[^{}\n;]*[^{}\n;\s]))\s*(?:;\s*)?\}|"
                              r"(?P<bare>[^{}\n;]+))$", re.DOTALL)
_PY_ONE_LINE = patterns.to_end(r"^\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^()]*)\)\s*:\s*return\s+"
                               r"(?P<returned>[^\n;]+)$")
#: said where a row of the data passed to the code's own one-line function is read as that function's body
ROW_CALL_NOTE = ("read as code: {call} calls the code's own function {name}({params}) = {body} on row {var} of the "
                 "data: read as its body with the arguments put in, {put}")


def _one_line_functions(lets: Sequence[object]) -> dict[str, tuple[list[str], str]]:
    """The --let s that define a function of one line (R's or Python's): name → (parameters, body)."""
    found: dict[str, tuple[list[str], str]] = {}
    for let in lets:
        if not isinstance(let, str):
            continue
        match = _R_ONE_LINE.fullmatch(let) or _PY_ONE_LINE.fullmatch(let)
        if match is None:
            continue
        params = [p.strip() for p in match.group("params").split(",")]
        body = next(g for g in (match.groupdict().get(k) for k in ("returned", "last", "bare")) if g)
        if "\n" in body.strip() or not all(re.fullmatch(r"[A-Za-z_.][\w.]*", p) for p in params) \
                or len(set(params)) != len(params) or match.group("name") in found:
            continue
        found[match.group("name")] = (params, body.strip())
    return found


def _row_calls(statements: list[_Statement], lets: Sequence[object], notes: list[str]) -> None:
    """``h(theta, X[i, ])`` in a loop's line, h a --let's one-line function: read as its body, the row put in.

    byelipk's R (f83): ``h <- function(theta, x) { return(t(theta) %*% x) }`` called on row i of the data; the call
    is the function's value there, its body with each parameter replaced by the argument (bracketed), noted. Only a
    call that hands row i of the data to a function the --let s define in one line whose parameters are distinct
    names, as many as the call's arguments; any other call is left as it is (refused as before).
    """
    functions = _one_line_functions(lets)
    if not functions:
        return
    for statement in statements:
        if statement[0] != "loop":
            continue
        loop: _Loop = statement[1]
        row = re.compile(_ROW.format(v=re.escape(loop.var)))
        for b, line in enumerate(loop.body):
            for name, (params, body) in functions.items():
                call = re.compile(rf"(?<![\w.]){re.escape(name)}\(")
                at = 0
                while (found := call.search(line, at)) is not None:
                    closer = closing(line, found.end() - 1)
                    if closer is None:
                        break
                    inside = line[found.end():closer]
                    cuts = [-1, *top_level(inside, ","), len(inside)]
                    args = [inside[x + 1:y].strip() for x, y in zip(cuts, cuts[1:])]
                    if len(args) != len(params) or not any(row.fullmatch(arg) for arg in args):
                        at = closer + 1
                        continue
                    put = {p: a if re.fullmatch(r"[A-Za-z_.][\w.]*(?:\s*\[[^\[\]]*\])?", a) else f"({a})"
                           for p, a in zip(params, args)}
                    value = re.sub(r"(?<![\w.])(" + "|".join(map(re.escape, params)) + r")(?![\w.])",
                                   lambda m: put[m.group(1)], body)
                    written = line[found.start():closer + 1]
                    notes.append(ROW_CALL_NOTE.format(call=written, name=name, params=", ".join(params), body=body,
                                                      var=loop.var, put=value))
                    line = f"{line[:found.start()]}({value}){line[closer + 1:]}"
                    at = found.start() + len(value) + 2
            loop.body[b] = line


def _summed(loop: _Loop, text: str, defined: Mapping[str, str]) -> tuple[dict[str, tuple[str, str]], str]:
    """Each accumulator the loop adds to, with its sign and Σᵢ of its body; the note. ``defined``: the values the
    --let s and the lines give names (a bound among them)."""
    counted = _COUNT.fullmatch(loop.count)
    named = next((g for g in counted.groups() if g), None) if counted else None
    bound = loop.pairs is None and counted is None and _counts_the_rows(loop)
    if bound and re.search(r"(?<![\w.])m(?!\w)", text):
        # for i in range(N) … / (2*m): the text names two counts, and N (a batch, the first N rows) may not be m
        raise _refusal(text, loop.header, f"the loop runs to {loop.count}, but the lines also name m: whether "
                       f"{loop.count} is the number of examples m is not said")
    value = defined.get(loop.count)
    if bound and value is not None and not any(re.search(rf"(?<![\w.]){data}(?!\w)", value) for data in _DATA):
        # --let n_samples = 32 (a minibatch's size): the loop sums the first 32 rows, and 1/n_samples is 1/32, which
        # is no mean over the m examples unless m is 32 (audit52: the sum was read over all m beside the constant 32)
        raise _refusal(text, loop.header, f"the loop runs to {loop.count}, which is set to {value}, not a count of "
                       f"the data's rows: whether {loop.count} is the number of examples m is not said")
    rows = _rows_counted(loop, text, defined) if loop.pairs is None and counted is None and not bound else None
    if loop.pairs is None and not bound and rows is None and (counted is None or named is not None and
                                                              named not in _DATA):
        raise _refusal(text, loop.header, f"the loop runs to {loop.count}, which does not say it is the number of "
                       "examples: only a sum over the examples is read")
    temps: dict[str, str] = {}
    sums: dict[str, tuple[str, str]] = {}
    accumulated, temporary = _roles(loop, text)
    for statement in loop.body:
        setting = _SET.match(statement)
        assert setting is not None, "_roles refused every line of the body that sets no name"
        name, op, value = setting.group("name"), setting.group("op"), setting.group("value").strip()
        op = "=" if op == "<-" else op
        # the names the line reads, found once: checking each of the loop's names against the line was quadratic in
        # the lines (and past re's cache of patterns, a compile each), minutes on 20,000 characters of sums
        read = set(_NAME_READ.findall(value))
        later = sorted(other for other in read if other in temporary and other not in temps)
        if later:
            # d used above the line that sets it: the previous example's d (the first time, the one before the loop)
            raise _refusal(text, statement, f"the loop's line '{statement}' uses {later[0]} before the loop's line "
                           f"that sets it: that is the previous example's {later[0]}, not this one's")
        crossed = sorted(other for other in read if other in accumulated and other != name)
        if crossed:
            # grad += J*x_i beside J += …: J there is the sum so far (the examples before this one), no one value
            raise _refusal(text, statement, f"the loop's line '{statement}' uses {crossed[0]}, which the loop adds to: "
                           f"that is {crossed[0]}'s running sum over the examples so far, not one example's value")
        value = _put(value, temps)
        own = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        # Octave's grad = grad .+ e adds entry by entry, as + does
        leading = re.match(rf"^\s*{re.escape(name)}\s*\.?(?=[-+])", value) if op == "=" else None
        if leading is not None:  # J = J - a - b: J plus the rest, (-a - b)
            value, op = value[leading.end():].lstrip().lstrip("+"), "+="
        if op == "=" and own.search(value):
            cuts = [-1, *top_level(value, "+"), len(value)]
            parts = [value[a + 1:b] for a, b in zip(cuts, cuts[1:])]
            if sum(1 for part in parts if own.fullmatch(part.strip())) != 1:
                raise _refusal(text, statement, f"the loop's line '{statement}' does not add its value to {name}")
            value = "+".join(part for part in parts if not own.fullmatch(part.strip()))
            op = "+="
        if op == "=":
            if name in accumulated:
                # J = 0 (or J = term) inside the loop starts J again each example: only the last example's is left
                raise _refusal(text, statement, f"the loop's line '{statement}' sets {name} anew each example, and "
                               f"the loop also adds to {name}: only the last example's value would be left")
            if re.fullmatch(_ROW.format(v=re.escape(loop.var)), value) and not re.search(
                    rf"(?<![\w.]){re.escape(name)}\s*\[", text):
                # x = tx[i, :] (f82's regularised-logistic project): a name for row i itself, put in its place
                # unbracketed, so that np.dot(x, w) is the row times the parameters as np.dot(tx[i, :], w) is; a
                # name indexed anywhere (x[j]) is left bracketed, to the refusal
                loop.aliases.append(f"{name} = {value}")
                temps[name] = value
                continue
            temps[name] = value  # one example's value, used by the lines after it
            continue
        if op not in ("+=", "-=") or own.search(value):
            raise _refusal(text, statement, f"the loop's line '{statement}' does not add its value to {name}")
        read_by_entry, loop.entries = loop.entries, False
        body = _example_body(value, loop, text)
        if loop.entries and name in loop.filled:
            # delta[i] <- e * X[i, ] (audloop38): row i, a vector, put into one entry of delta; R keeps the row's
            # first entry (with a warning), NumPy refuses: sum(delta) is no gradient read by its entry j
            raise _refusal(text, loop.filled[name], f"the loop's line '{_short(loop.filled[name], 60)}' puts row "
                           f"{loop.var} of the data, a vector, into one entry of {name}: R keeps only its first entry "
                           f"and NumPy refuses, so sum({name}) is not the gradient's entry {loop.component}",
                           hint=f"take the row's entry j, e.g. X[{loop.var}, j], or add the rows to a vector: "
                           f"grad <- grad + e * X[{loop.var}, ]")
        loop.entries = loop.entries or read_by_entry
        sign, before = sums.get(name, ("+", ""))
        sums[name] = ("+", (before + " + " if before else "") + (f"-sum_i({body})" if op == "-=" else f"sum_i({body})"))
    how = (f"each pair [{loop.pairs[0]}, {loop.pairs[1]}] of {loop.count} is one example's x and y"
           if loop.pairs else
           f"{loop.var} runs over the examples: {loop.count}, the bound of a loop that takes the data's rows by "
           f"{loop.var}, is their number m" if bound else
           ROWS_COUNTED_NOTE.format(name=loop.count, value=rows, var=loop.var) if rows is not None else
           f"{loop.var} runs over the examples ({loop.count})")
    note = (f"read as code: the loop '{_short(loop.header)}' adds its body to {', '.join(sums)} once per example "
            f"({how}): the sum Σᵢ of the body over the examples, v[{loop.var}] (v({loop.var})) being vᵢ")
    column = next((match.group(0) for statement in loop.body for match in re.finditer(
        rf"(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*\(\s*{re.escape(loop.var)}\s*,\s*1\s*\)", statement)
        if match.group("name") not in _FUNCTIONS), None)
    if column is not None:
        # Octave's y(i,1) read as yᵢ (fixf74b): right for a column, not for a matrix's first column; said, not silent
        note += "; " + COLUMN_ENTRY_NOTE.format(written=_short(column, 40), name=column.split("(")[0].strip(),
                                                i=loop.var)
    if loop.entries:
        note += "; " + ROW_ENTRY_NOTE.format(i=loop.var, j=loop.component)
    if loop.transposed is not None:
        note += "; " + TRANSPOSED_ROW_NOTE.format(written=_short(loop.transposed, 40), i=loop.var)
    if loop.entry_written is not None:
        note += "; " + WRITTEN_ENTRY_NOTE.format(written=_short(loop.entry_written, 40), i=loop.var, j=loop.component)
    if loop.transposed_entry is not None:
        note += "; " + TRANSPOSED_ENTRY_NOTE.format(written=_short(loop.transposed_entry, 40), i=loop.var)
    if loop.aliases:
        note += "; " + ROW_ALIAS_NOTE.format(written=", ".join(dict.fromkeys(loop.aliases)), i=loop.var)
    dotted = next((match.group(0) for statement in loop.body for match in _COMPREHENSION.finditer(statement)
                   if _comprehended_dots(match.group(0), loop.var) != match.group(0)), None)
    if dotted is not None:
        note += "; " + COMPREHENDED_DOT_NOTE.format(written=_short(dotted, 70), i=loop.var)
    return sums, note


#: said when an answer's loop adds row i of X itself to the gradient, read by the entry j asked
WRITTEN_ENTRY_NOTE = ("{written} is entry {j} of row {i} of the data, x_{j}⁽ⁱ⁾, {j} being the index of the "
                      "parameter the --wrt asks")
ROW_ENTRY_NOTE = ("row {i} of the data, added to the gradient as a vector (not times the parameters), is read by its "
                  "entry {j}, x_{j}⁽ⁱ⁾: entry {j} of the gradient is the derivative asked")


#: said when a column of zeros starts a sum whose entry j the lines are read for
ZERO_COLUMN_ENTRY_NOTE = ("read as code: {start} starts {name} as a column of n zeros, and the loop's rows are read by "
                          "their entry j: entry j of {name} starts at 0")


#: said when the row read by its entry j is written transposed: NumPy's .T of a 1-D array is that array
TRANSPOSED_ENTRY_NOTE = ("{written}: row {i} taken by one index is a 1-D array, whose .T in NumPy is the row itself: "
                         "its entry j is x_j⁽ⁱ⁾ as well")


#: said when a loop's line names row i of the data (x = tx[i, :]) and later lines use the name
ROW_ALIAS_NOTE = ("{written} names row {i} of the data: each later use of the name in the loop is that row, put in its "
                  "place")


#: said when a loop's product transposes row i of the data: NumPy's .T of a 1-D array is that array
TRANSPOSED_ROW_NOTE = ("{written}: row {i} taken by one index is a 1-D array, whose .T in NumPy is the row itself, so "
                       "this is the dot product of row {i} with the parameters")


#: a name as :func:`_uses` finds it: not after a letter, digit or '.', the whole of the name (θ0 and βsum too, as
#: _SET names them: every run of word characters, so that no name a line reads is missed)
_NAME_READ = patterns.compile(r"(?<![\w.])\w+")


def _uses(value: str, name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", value) is not None


def _roles(loop: _Loop, text: str) -> tuple[set[str], set[str]]:
    """The names the loop's lines add to, and those they set to one example's value (its temporaries)."""
    accumulated, temporary = set(), set()
    for statement in loop.body:
        setting = _SET.match(statement)
        if setting is None:
            raise _refusal(text, statement, f"the loop's line '{statement}' does not add to a name: only a loop that "
                           "adds its body to a sum is read")
        name, op = setting.group("name"), setting.group("op")
        if op in ("+=", "-=") or op in ("=", "<-") and _uses(setting.group("value"), name):
            accumulated.add(name)
        elif op in ("=", "<-"):
            temporary.add(name)
    if not accumulated:
        raise _refusal(text, loop.header, "the loop adds to no name: each example's value replaces the last one's, "
                       "which is not a sum")
    return accumulated, temporary - accumulated


def _example_body(value: str, loop: _Loop, text: str) -> str:
    """One example's term with ``v[i]`` as ``v^(i)`` and row i of X times the parameters as ``(θᵀx^(i))``."""
    var = loop.var
    body = value
    if loop.pairs is not None:
        x, y = loop.pairs
        if not loop.zipped and not (x.lower().startswith("x") and y.lower().startswith("y")):
            raise _refusal(text, loop.header, f"the pairs [{x}, {y}] are not said to be x and y")
        body = re.sub(rf"(?<![\w.]){re.escape(x)}(?!\w)", "x^(i)", body)
        body = re.sub(rf"(?<![\w.]){re.escape(y)}(?!\w)", "y^(i)", body)
        return body
    if loop.feature is not None:
        body = re.sub(rf"(?<![\w.]){loop.feature}\s*\[\s*{re.escape(var)}\s*\]", "x^(i)", body)
    # tx[i,:].T @ w: NumPy's .T of a 1-D array (a row taken by one index) returns it unchanged, so the product is
    # the same dot product as tx[i,:] @ w (a matrix's 1 × n row would not multiply w by @ with .T, n × 1 @ (n,))
    row = _ROW.format(v=re.escape(var)) + r"(?P<t>\s*\.T(?!\w))?"
    products = [
        rf"(?:np\.)?dot\(\s*{row}\s*,\s*(?P<p>{_PARAMETERS})\s*\)",
        rf"(?:np\.)?dot\(\s*(?P<p>{_PARAMETERS})\s*,\s*{row}\s*\)",
        rf"{row}\s*(?:'\s*)?\.dot\(\s*(?P<p>{_PARAMETERS})\s*\)",
        rf"{row}\s*(?:@|%\*%)\s*(?P<p>{_PARAMETERS})(?![\w\[(])",
        # R's t(theta) %*% x, the parameters' row times the example's row as a column: their dot product
        rf"(?<![\w.])t\(\s*(?P<p>{_PARAMETERS})\s*\)\s*%\*%\s*{row}(?![\w\[(])",
        rf"(?P<p>{_PARAMETERS})\s*'\s*\*\s*{row}\s*'",
        rf"(?P<p>{_PARAMETERS})\.dot\(\s*{row}\s*\)",
        # np.sum(w * x[i]): the entrywise product of the weights and row i, added up, is their dot product
        rf"(?:np\.)?sum\(\s*(?P<p>{_PARAMETERS})\s*\*\s*{row}\s*\)",
        rf"(?:np\.)?sum\(\s*{row}\s*\*\s*(?P<p>{_PARAMETERS})\s*\)",
    ]
    octave_row = rf"(?P<row>X|x)\s*\(\s*{re.escape(var)}\s*,\s*:\s*\)\s*\*\s*(?P<p>{_PARAMETERS})(?![\w\[(])"
    body = _comprehended_dots(body, var)

    def dot(match: re.Match[str]) -> str:
        if match.groupdict().get("t"):
            loop.transposed = loop.transposed or match.group(0)
        return f"({_parameter(match.group('p'))}^T x^(i))"

    for pattern in [*products, octave_row]:
        body = re.sub(pattern, dot, body)
    if loop.component is not None and loop.component != var:
        # X[i, j] (R's, NumPy's), X[i][j], X(i, j): row i's entry j, the j the --wrt asks (θ_j): x_j⁽ⁱ⁾ (noted)
        entry = re.compile(rf"(?<![\w.])X\s*(?:\[\s*{re.escape(var)}\s*,\s*{loop.component}\s*\]|\[\s*{re.escape(var)}"
                           rf"\s*\]\s*\[\s*{loop.component}\s*\]|\(\s*{re.escape(var)}\s*,\s*{loop.component}\s*\))")
        written = entry.search(body)
        if written is not None:
            loop.entry_written = loop.entry_written or written.group(0)
            body = entry.sub(f"x_{loop.component}^(i)", body)
    if loop.component is not None and loop.component != var and re.search(_ROW.format(v=re.escape(var)), body):
        # result += 2*(X[i] * (w·x⁽ⁱ⁾ − yᵢ))/m: the row itself added to a gradient, a vector whose entry j (the
        # derivative by w_j asked) takes entry j of the row; a number times it, or it entry by entry, alike
        row = _ROW.format(v=re.escape(var))
        if len(re.findall(row, body)) == 1:
            # Octave's (X(i,:))'*e, X(i,:)'*e: the row transposed is the column x⁽ⁱ⁾, whose entry j is x_j⁽ⁱ⁾ too
            body = re.sub(rf"\(\s*{row}\s*\)\s*'|{row.replace('?P<row>', '?:')}\s*'", f"x_{loop.component}^(i)",
                          body)
        # tx[i, :].T (f82): NumPy's .T of the 1-D row is the row itself, its entry j the same x_j⁽ⁱ⁾ (noted)
        transposed = re.search(rf"{row}\s*\.T(?!\w)", body)
        if transposed is not None:
            loop.transposed_entry = loop.transposed_entry or transposed.group(0)
        body = re.sub(rf"{row}(?:\s*\.T(?!\w))?", f"x_{loop.component}^(i)", body)
        loop.entries = True
    if re.search(_ROW.format(v=re.escape(var)), body):
        called = re.search(rf"(?<![\w.])(?P<f>[A-Za-z_][\w.]*)\((?=[^()]*{_ROW.format(v=re.escape(var))})", body)
        if called is not None and called.group("f") not in _FUNCTIONS and called.group("f") != "t":
            # h(theta, X[i, ]) (byelipk's R, f83): row i handed to a function of the code's own, whose body the loop's
            # reader does not put in its place; said, where 'used otherwise' left the writer guessing
            raise _refusal(text, loop.header, f"row {var} of the data is passed to {called.group('f')}(…), a function "
                           f"of the code's own that the loop's reader does not put in (only a --let defining it in one "
                           f"line, returning one expression, with a parameter for each argument): only row {var} times "
                           "the parameters is read", hint=f"write the model itself in the loop, e.g. X[{var}, ] %*% "
                           f"theta or np.dot(X[{var}], w), or define the function in one line with --let")
        raise _refusal(text, loop.header, f"row {var} of the data is used otherwise than times the parameters")
    # Octave's y(i,1) is entry i of the column y, as y(i) is
    indexed = rf"(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*(?:\[\s*{re.escape(var)}\s*(?:,\s*0\s*)?\](?:\[\s*0\s*\])?|" \
              rf"\(\s*{re.escape(var)}\s*(?:,\s*1\s*)?\))"
    body = re.sub(indexed, lambda m: m.group(0) if m.group("name") in _FUNCTIONS else f"{m.group('name')}^(i)", body)
    if re.search(rf"(?<![\w.^(]){re.escape(var)}(?!\w)", body.replace("^(i)", "")):
        raise _refusal(text, loop.header, f"the loop's body uses {var} otherwise than as the index of an example, "
                       f"v[{var}]")
    return body


COLUMN_ENTRY_NOTE = ("{written} is read as entry {i} of {name}, {name} taken to be a column (one value per "
                     "example), as {name}({i}) is")
COMPREHENDED_DOT_NOTE = ("{written} adds the parameters' entry j times row {i}'s entry j over every feature: the dot "
                         "product of row {i} with the parameters, as np.dot(X[{i}], w)")
#: Python's sum of a list comprehension or a generator over a range: sum([TERM for j in range(COUNT)])
_COMPREHENSION = patterns.compile(r"(?<![\w.])(?:np\.)?sum\(\s*(?P<open>\[)?\s*(?P<term>[^()]+?)\s+for\s+(?P<j>[A-Za-z_]\w*)"
                                  r"\s+in\s+range\(\s*(?:0\s*,\s*)?(?P<count>[^()]*(?:\([^()]*\)[^()]*)?)\s*\)"
                                  r"\s*(?(open)\])\s*\)")


def _comprehended_dots(body: str, var: str) -> str:
    """``sum([self.weights[j] * X[i][j] for j in range(num_features)])`` as ``(w^T x^(i))``; anything else as it is.

    A comprehension over every feature (its range a count of the features) of the parameters' entry j times
    row i's entry j, in either order, is the dot product of row i with the parameters, as ``np.dot(X[i], w)``.
    """
    def dot(match: re.Match[str]) -> str:
        j, term = re.escape(match.group("j")), match.group("term")
        if j == re.escape(var) or not _FEATURE_COUNT.fullmatch(match.group("count").strip()):
            return match.group(0)
        entry = rf"(?:X|x)\s*(?:\[\s*{re.escape(var)}\s*\]\s*\[\s*{j}\s*\]|\[\s*{re.escape(var)}\s*,\s*{j}\s*\])"
        weight = rf"(?:self\.)?(?P<{{side}}>{_PARAMETERS})\s*\[\s*{j}\s*\]"
        product = re.fullmatch(rf"{weight.format(side='p')}\s*\*\s*{entry}|{entry}\s*\*\s*{weight.format(side='q')}",
                               term.strip())
        if product is None:
            return match.group(0)
        # the parameters keep the name written (weights stays weights, as its penalty's weights[j] does)
        return f"({product.group('p') or product.group('q')}^T x^(i))"

    return _COMPREHENSION.sub(dot, body)


UNSTARTED_NOTE = ("read as code: the lines do not start {name}, which the loop adds to: its start, above the lines "
                  "given, is read as 0, where a sum over the examples starts")
#: a parameter times row i of the data, or the row times it: w*X[i], X[i] * w
_SCALED_ROW = r"(?<![\w.]){p}\s*\*\s*{d}\s*\[\s*{v}\s*\]|(?<![\w.]){d}\s*\[\s*{v}\s*\]\s*\*\s*{p}(?![\w\[(.'])"
#: what makes a name a vector or a matrix: an index, a call, a transpose, a method, a matrix product, a dot product
_NOT_A_NUMBER = r"(?<![\w.]){n}\s*(?:[\[('^]|\.(?!\*|\^|/))|(?:@|%\*%|\bdot\()\s*{n}(?!\w)"
#: the counts of a 1-D array: its length (JavaScript's x.length too, NumPy's x.shape[0], the MLS labs' count of
#: their one feature's x), which is the number of examples
_LENGTH = (r"(?<![\w.])(?:length|len|numel)\(\s*{d}\s*\)|(?<![\w.])size\(\s*{d}\s*,\s*1\s*\)|"
           r"(?<![\w.]){d}\.length(?![\w(])|(?<![\w.]){d}\.shape\s*\[\s*0\s*\]")
#: what the loop's data is read as, and why: every {d} is {d}[{v}] or its length, and a {d}[{v}] is scaled by the
#: number {p} (``w * x[i]``); other factors of {d}[{v}] (``err * x[i]``) are any number per example (issue 10: the
#: note said "only ever multiplied by the number w" of a loop whose dj_dw adds err * x[i])
ONE_FEATURE_NOTE = ("read as code: {d} is only ever written {d}[{v}] or counted (its length), and {d}[{v}] is "
                    "multiplied by the number {p} ({scaled}; {p} is never indexed, transposed or in a matrix "
                    "product): {d} is the one feature's 1-D array of m values, {d}[{v}] the example's x⁽ⁱ⁾, and "
                    "length({d}) the number of examples m")


#: the line P[0] + P[1]*x of one feature, NumPy counting from 0: the slope's entry times row i (no further index)
_SLOPE_ROW = (r"(?<![\w.]){p}\s*\[\s*1\s*\]\s*\*\s*{r}(?!\s*[\[.(])|"
              r"(?<![\w.]){r}\s*\*\s*{p}\s*\[\s*1\s*\](?![\w\[(.'])")
#: row i of the data as a loop writes it: X[i] (for i in range(…)), or the pair's x of zip(X, Y) alone
_INDEXED_ROW = r"{d}\s*\[\s*{v}\s*\]"
_PAIR_ROW = r"(?<![\w.]){d}(?!\w)"
#: the intercept's entry P[0] standing alone in a sum: (P[0] + …, … + P[0]), … + P[0] - …
_INTERCEPT_ENTRY = r"(?:^|[-+(=])\s*{p}\s*\[\s*0\s*\]\s*(?=[-+)]|$)"
#: any entry of the parameter: P[k]
_ENTRY = r"(?<![\w.]){p}\s*\[\s*(?P<k>\d+)\s*\]"
LINE_ENTRIES_NOTE = ("read as code: {p}[0] and {p}[1] in the line {p}[1] * {d}[{v}] + {p}[0] are its intercept {p}₀ "
                     "and slope {p}₁ (NumPy counts from 0; {p} is written nowhere but as these two entries), and "
                     "{d}[{v}] is multiplied by the one number {p}[1] (no other index, transpose or product of {d}): "
                     "{d} is the one feature's 1-D array of m values, {d}[{v}] the example's x⁽ⁱ⁾, and length({d}) "
                     "the number of examples m")


def _line_entries(text: str, row: str, from_zero: bool) -> str | None:
    """The parameter P of the line ``P[1] * X[i] + P[0]`` (niektuytel's simple regression), or None; ``row`` X[i].

    P[0] and P[1] are the intercept and slope of one feature where P is written only as those two entries, P[1]
    multiplies row i (nothing else indexes it further) and P[0] stands alone in a sum, and ``from_zero`` says
    the problem numbers its parameters from 0 (the text is the cost, or the cost writes a P₀): beside a cost
    whose line is θ₁ + θ₂x, P[0] would be its θ₁.
    """
    if not from_zero or re.search(rf"{row}\s*[\[.(']|(?:@|%\*%|\bdot\()\s*{row}", text):
        return None  # X[i][0], X[i].dot(…), X[i]' or w @ X[i]: a row of a matrix, not one number
    for parameter in ("theta", "w", "beta", "θ", "β"):
        if not re.search(_SLOPE_ROW.format(p=parameter, r=row), text):
            continue
        uses = len(re.findall(rf"(?<![\w.]){parameter}(?!\w)", text))
        entries = [match.group("k") for match in re.finditer(_ENTRY.format(p=parameter), text)]
        if uses != len(entries) or set(entries) != {"0", "1"}:
            return None
        if not re.search(_INTERCEPT_ENTRY.format(p=parameter), text, re.MULTILINE):
            return None
        return parameter
    return None


def _one_feature(text: str, loops: list[_Loop], vector: str | None = None,
                 from_zero: bool = False) -> tuple[str, str, str] | None:
    """(data, loop variable, parameter) where a loop's ``X[i]`` is one number: Julia's ``sum += (w*X[i] - Y[i])^2``.

    X[i] of a matrix would be a row (Julia's X[i] of a matrix is even one entry, counted down the columns); it
    is one example's one feature only where the text makes X nothing but a 1-D array: every X is X[i] of a loop
    over the examples or its length, some X[i] is multiplied by a parameter that is itself one number (never
    indexed, transposed or in a matrix or dot product), and no lowercase x stands beside it. Else None. ``vector``
    is a parameter an answer's --wrt asks an entry of (w for ``--wrt w_j``): it is no one number, so never that one.
    """
    simple = [loop for loop in loops if loop.pairs is None]
    if len(simple) != 1 or len(loops) != 1:
        return None
    var = simple[0].var
    for data in ("X", "x"):
        word = rf"(?<![\w.]){data}(?!\w)"
        uses = len(re.findall(word, text))
        indexed = len(re.findall(rf"(?<![\w.]){data}\s*\[\s*{re.escape(var)}\s*\]", text))
        counted = len(re.findall(_LENGTH.format(d=data), text))
        if not indexed or uses != indexed + counted:
            continue
        if data == "X" and re.search(r"(?<![\w.])x(?!\w)", text):
            return None
        if re.search(rf"(?<![\w.])(?:np\.)?sum\([^()]*(?<![\w.]){data}\s*\[\s*{re.escape(var)}\s*\]", text):
            return None  # np.sum(w * x[i]): row i added up entry by entry, a row of a matrix (dropbox's q loop)
        for parameter in ("w", "theta", "beta", "θ", "β", "a"):
            scaled = re.search(_SCALED_ROW.format(p=parameter, d=data, v=re.escape(var)), text)
            if scaled and not re.search(_NOT_A_NUMBER.format(n=parameter), text) and _parameter(parameter) != vector:
                return data, var, parameter
        # theta[1] * X[i] + theta[0]: the slope, one number, times row i, beside the intercept (_line_entries)
        line = _line_entries(text, _INDEXED_ROW.format(d=data, v=re.escape(var)), from_zero)
        if line is not None and _parameter(line) != vector:
            return data, var, line + "[1]"
        return None
    return None


def _refuse_entrywise_row(text: str, loops: list[_Loop], parameter: str) -> None:
    """Refuse a cost's loop body ``X[i] * w`` where --wrt asks an entry of w: NumPy multiplies the two entry by entry.

    With w a vector, ``(X[i] * w - y[i])**2`` is a row of m-vectors' squares, no number: the line is no cost as
    written (wᵀx⁽ⁱ⁾ needs ``X[i] @ w`` or ``np.dot``), and reading it as the dot product would derive a cost the
    code does not compute; with ``--wrt w`` (one number) it is one feature's line and is read so.
    """
    for loop in loops:
        for data in ("X", "x"):
            scaled = re.search(_SCALED_ROW.format(p=parameter, d=data, v=re.escape(loop.var)), text)
            summed = re.search(rf"(?<![\w.])(?:np\.)?sum\([^()]*(?<![\w.]){data}\s*\[\s*{re.escape(loop.var)}\s*\]", text)
            if scaled is not None and summed is None:  # np.sum(X[i] * w) is the dot product, written out
                raise InputError(
                    f"'{scaled.group(0)}': in NumPy '*' multiplies entry by entry, and {parameter} has entries here "
                    f"(--wrt asks {parameter}_j): the line is a vector, not one example's number",
                    source=text, column=scaled.start(),
                    hint=f"write the dot product ({data}[{loop.var}] @ {parameter} or np.dot({data}[{loop.var}], "
                         f"{parameter})), or --wrt {parameter} if {parameter} is one number (one feature)")


def _parameter(name: str) -> str:
    return {"θ": "theta", "β": "beta", "weights": "w"}.get(name, name)


#: Octave's sum of the parameters' entries after the first, or of all of them, a power of them at most: one number
#: (sum(theta(2:end)), sum(theta(2:size(theta),1).^2), sum(theta))
_PARAMETER_TOTAL = patterns.compile(
    r"sum\(\s*(?P<v>theta|w|beta)\s*(?:\(\s*2\s*:\s*(?:end|(?:size|length|numel)\(\s*(?P=v)\s*(?:,\s*1\s*)?\))"
    r"\s*(?:,\s*1\s*)?\))?\s*(?:\.\^\s*2\s*)?\)")
PARAMETER_TOTAL_NOTE = ("read as code: {name} = {value} is one number, a sum of the parameters' entries (no "
                        "example's): put where the lines use it")


def _put(value: str, known: dict[str, str]) -> str:
    """``value`` with each name of ``known`` replaced by its value, in brackets (an indexed name, tx[i, :], without
    them: Python's subscription binds tighter than any operator, so the brackets would change nothing but hide the
    row from the readers of row i)."""
    for name, new in known.items():
        put = new if re.fullmatch(r"[A-Za-z_]\w*\s*\[[^\[\]()]*\]", new.strip()) else f"({new})"
        value = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])", lambda _: put, value)
    return value


def _short(text: str, limit: int = 50) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def fold(text: str | None, *, answer: bool = False, wrt: str | None = None,
         defined: Mapping[str, str] | None = None, from_zero: bool = False,
         lets: Sequence[object] = ()) -> Folded | None:
    """As :func:`_fold`, with the gradients an entry loop fills (:attr:`Folded.filled`)."""
    filled: list[str] = []
    zeroed: list[str] = []
    folded = _fold(text, answer=answer, wrt=wrt, defined=defined, from_zero=from_zero, filled=filled, given_lets=lets,
                   zeroed=zeroed)
    if folded is not None and zeroed:
        folded = dataclasses.replace(folded, zeroed=tuple(dict.fromkeys(zeroed)))
    if folded is None or not filled:
        return folded
    return dataclasses.replace(folded, filled=tuple(dict.fromkeys(filled)))


def _fold(text: str | None, *, answer: bool, wrt: str | None, defined: Mapping[str, str] | None,
          from_zero: bool, filled: list[str], given_lets: Sequence[object] = (),
          zeroed: list[str] | None = None) -> Folded | None:
    """The value a block of code statements ends with, its names set once as ``--let`` s, with notes; None: not code.

    ``answer`` keeps the result's own name on its left (``dw = …``), which says what it is the derivative by;
    ``wrt`` (the --wrt) picks, in an answer, of lines that end by setting two gradients (dj_dw, then dj_db), the
    one it asks for; in a cost or an answer, a --wrt asking an entry (w_j) says w is no one number. ``defined`` maps the names the --let s define to their values (a loop's bound among them).
    """
    if not isinstance(text, str) or _LATEX.search(text):
        return None
    defined = defined or {}
    # a whole function pasted (def cost_func(x, y, w, b): … return cost): its body, read as the lines below
    text, body_notes = function_body.unwrap(text, wrt if answer else None, given_lets)
    text, eigen_notes = eigen_code.respell(text)  # for(int i = 0; i < X.cols(); ++i){ … X.col(i) … }
    spelled, notes = code_spellings(text, given_lets)  # (the --let s' own helpers kept: def logistic_sigmoid(z): …)
    notes = [*body_notes, *eigen_notes, *notes]
    lines, line_notes = _lines(spelled)
    lines = _first_indent(lines, line_notes)
    lines, header_notes = _bracketed_headers(lines)
    line_notes += header_notes
    # a penalty's loop over the features (for j in range(n): reg_cost += w[j]**2) as Python's sum over them
    lines, shape_notes = _unpacked_shapes(lines)
    lines, annotation_notes = _annotations(lines)
    shape_notes += annotation_notes
    lines, feature_notes = _feature_sums(lines)
    # Octave's penalty loop: for j = 2:size(theta)  sum_theta = sum_theta + theta(j) ^ 2;  endfor, as its sum
    octave_sums: list[str] = []  # the names an Octave loop read here sums (a cost's J beside grad may be left out)
    lines, octave_penalty_notes = _octave_feature_sums(lines, octave_sums, defined)
    feature_notes += octave_penalty_notes
    # Octave's loop over the examples that adds a row of X to a gradient (and the cost's terms to J) in one pass
    lines, example_vector_notes = _octave_example_vectors(lines, defined, text, octave_sums)
    feature_notes += example_vector_notes
    # batch_theta = [0, 0], then batch_theta = [batch_theta[0] + total, batch_theta[1] + total * x] per example
    lines, list_notes = _list_sums(lines)
    feature_notes += list_notes
    line_notes += shape_notes
    line_notes += feature_notes
    if answer:
        # entry j of a gradient is the derivative by w_j; a cost's v[j] is a vector's entry, and a cost is a number
        # (a gradient loop pasted as the cost was derived as its j-th entry: audit48)
        # for i in range(parameters): grad[i] = np.sum(np.multiply(error, X[:,i])) / len(X): entry i as entry j
        lines, entry_notes, entry_names = entry_loops.entry_loops(lines, text, given_lets)
        filled += entry_names
        entry_asked = re.fullmatch(rf"\s*{_PARAMETERS}_[a-z]\s*", wrt or "") is not None
        lines, component_notes = _components(lines, entry_asked)
        line_notes += [*entry_notes, *component_notes]
        if component_notes:
            lines, zero_notes = _zero_starts(lines)
            line_notes += zero_notes
        else:
            lines, summed_notes = _example_vector_sums(lines, text, defined)
            line_notes += summed_notes
    statements = _statements(lines, text)
    if statements:
        _row_calls(statements, given_lets, line_notes)
        statements = _filled_sums(statements, defined, line_notes, given_lets, zeroed)
    line_notes += _aliased_notes(statements or [])
    if statements and len(statements) >= 2 and statements[-1][0] == "value" and statements[-2][0] == "set" \
            and statements[-1][1].strip() == statements[-2][1]:
        # dw = X.T @ (h - y) / m, then dw alone on the last line: a notebook shows it, Octave prints it, a Julia or R
        # function returns it; the value the lines end with is the one they just set
        line_notes = [*line_notes, BARE_LAST_NOTE.format(name=statements[-2][1])]
        statements = statements[:-1]
    octave_loop_alone = statements is not None and len(statements) == 1 and statements[0][0] == "loop" \
        and _PYTHON_FOR_IN.search(text) is None
    if not statements or (len(statements) < 2 and not (line_notes or body_notes) and not octave_loop_alone):
        # (Octave's loop of code alone, for i=1:m … J = J + …; end under a --let J = 0;, f80's Turkish ex2, is read
        # as the lines are: its header and 'end' are code's, no line of notes — fixpyloop37; a Python loop alone
        # stays with the readers of an accumulating loop, which read it and name its slips)
        return None
    loops = [s for s in statements if s[0] == "loop"]
    sets = [s for s in statements if s[0] == "set"]
    marked = loops or any(s[0] == "return" for s in statements) or any(op != "=" for _, _, op, _ in sets) \
        or line_notes or body_notes or re.search(r"^\s*(?:let|const|var)\s", text, re.MULTILINE)
    if not marked and not answer and _CODE_MARKS.search(text) and len(sets) == len(statements) \
            and len({s[1] for s in sets}) == 1 and len(sets) > 1 \
            and all(re.search(rf"(?<![\w.]){re.escape(s[1])}(?!\w)", s[3]) for s in sets[1:]):
        # flashgene's loss = -np.sum(…) then loss = loss / num_train: code that sets one name and updates it from its
        # own value (no equation does), a cost's lines run in order, as a return after them would say
        marked = True
        line_notes = [*line_notes, UPDATED_NOTE.format(name=sets[0][1])]
    if not marked and answer and _defines_then_gradient(statements) and _CODE_MARKS.search(text):
        # predictions = np.log(…) then gradient = -x.T @ (y * (1 - predictions)) / n (a function's body without its
        # return): each line before the last sets a name a later line uses, and the last a gradient's name, so the
        # lines compute that gradient; the names before are read as --let s (_composed says so)
        marked = True
    if not marked and not answer and _defines_then_cost(statements):
        # h = sigmoid(X*theta), then J = -1/m * (y' * log(h) + …) with no ';' (an Octave block, or lines of plain
        # notes): each line before the last defines a name a later line uses, the last sets the cost's own name,
        # so the lines are the cost with its definitions, whether code or notes (read alike either way)
        marked = True
        line_notes = [*line_notes, DEFINITIONS_NOTE.format(
            names=", ".join(s[1] for s in statements[:-1]), cost=statements[-1][1])]
    if not marked and not answer and _JULIA_BLOCK_MARKS.search(text) and len(statements) == 2 \
            and statements[0][0] == "set" and statements[0][2] == "=" and statements[1][0] == "value" \
            and _uses(statements[1][1], statements[0][1]) and not _uses(statements[0][3], statements[0][1]):
        # a Julia loss's body (f71's L = @. - Y * log2(P) - …, then sum(L)): one name set, then an expression of it
        # on the last line, which Julia returns as the function's value; notes never end on a bare sum(L)
        marked = True
        line_notes = [*line_notes, LAST_VALUE_NOTE.format(name=statements[0][1], value=_short(statements[1][1]))]
    if not marked and answer and wrt is not None and _CODE_MARKS.search(text) and _gradients_by_each(statements, wrt):
        # dj_w = np.dot(x.T, dj_z)/m + lambda_/m * w, then dj_b = np.sum(dj_z)/m (a lab's compute_gradient cut to its
        # lines): each line sets the gradient by another parameter, its name says which, one of them the --wrt's;
        # _asked_gradient and _asked_last take that one, and say so
        marked = True
    if not marked and (len({s[1] for s in sets}) < 2 or answer):
        return None  # g = A; g = g + B (an answer's reassignment, read elsewhere), or notes' chain of lines
    if not marked and (any(s[0] != "set" for s in statements[:-1]) or not _CODE_MARKS.search(text)):
        return None  # lines of notes (z = w·x + b, then J = …) are left to the readers of notes
    left_outs: list[str] = []
    statements = _one_of_two_outputs(statements, answer, line_notes, left_outs, defined, frozenset(octave_sums)) \
        if statements else statements
    if answer and wrt is not None:
        statements = _asked_gradient(statements, wrt, line_notes)
        statements = _asked_past_others(statements, text, wrt, line_notes)
        statements = _asked_sum(statements, text, wrt, line_notes)
        statements = _asked_last(statements, wrt, line_notes)
    asked = re.fullmatch(rf"\s*(?P<p>{_PARAMETERS})_(?P<j>[a-z])\s*", wrt or "") if answer else None
    if asked is not None:
        for loop in (s[1] for s in loops):
            loop.component = asked.group("j")
    # a --wrt asking w_j says w has entries: X[i] * w is then NumPy's entrywise product, no one feature's line —
    # of a cost too (J += (X[i] * w - y[i])**2 derived by w_j was read as one feature's line and then as wᵀx)
    entry = re.fullmatch(rf"\s*(?P<p>{_PARAMETERS})_(?P<j>[a-z])\s*", wrt or "")
    one = _one_feature(text, [s[1] for s in loops], _parameter(entry.group("p")) if entry is not None else None,
                       from_zero=from_zero or not answer)
    if one is None and entry is not None and not answer:
        _refuse_entrywise_row(text, [s[1] for s in loops], entry.group("p"))
    _refuse_scaled_pairs(text, [s[1] for s in loops], wrt)
    if one is None:
        paired = _paired_line(text, [s[1] for s in loops], from_zero or not answer,
                              _parameter(entry.group("p")) if entry is not None else None)
        folded = _composed(statements, text, answer, [*notes, *line_notes], defined)
        folded = folded if paired is None else _line_read(folded, *paired)
        return Folded(folded.text, folded.lets, folded.notes, folded.tx, tuple(left_outs)) if left_outs else folded
    data, var, parameter = one
    loops[0][1].feature = data
    folded = _composed(statements, text, answer, [*notes, *line_notes], defined)
    length = re.compile(_LENGTH.format(d=data))
    new, lets = length.sub("m", folded.text), tuple(length.sub("m", let) for let in folded.lets)
    # const m = x.length is then m = m: the count the note names, no definition left to keep
    lets = tuple(let for let in lets if not re.fullmatch(r"\s*m\s*(?:=|<-)\s*m\s*", let))
    scaled = re.search(_SCALED_ROW.format(p=re.escape(parameter), d=data, v=re.escape(var)), text)
    note = ONE_FEATURE_NOTE.format(d=data, v=var, p=parameter,
                                   scaled=" ".join(scaled.group(0).split()) if scaled else f"{parameter} * {data}[{var}]")
    if parameter.endswith("[1]"):  # the line P[1] * X[i] + P[0]: its entries are the slope P₁ and the intercept P₀
        line = parameter[:-3]
        entry_of = re.compile(_ENTRY.format(p=re.escape(line)))
        new = entry_of.sub(lambda match: f"{_parameter(line)}_{match.group('k')}", new)
        lets = tuple(entry_of.sub(lambda match: f"{_parameter(line)}_{match.group('k')}", let) for let in lets)
        note = LINE_ENTRIES_NOTE.format(p=line, d=data, v=var)
    uses = len(re.findall(r"(?<![\w.])Y(?!\w)", text))
    if data == "X" and uses and uses == len(re.findall(rf"(?<![\w.])Y\s*\[\s*{re.escape(var)}\s*\]", text)) \
            and not re.search(r"(?<![\w.])y(?!\w)", text):
        # the targets beside the one feature's capital X are its capital Y, indexed the same way: y⁽ⁱ⁾
        new, lets = new.replace("Y^(i)", "y^(i)"), tuple(let.replace("Y^(i)", "y^(i)") for let in lets)
        note += f"; Y[{var}] beside it is the example's target y⁽ⁱ⁾"
    return Folded(new, lets, (*folded.notes, note), folded.tx, tuple(left_outs))


PAIR_LINE_NOTE = ("read as code: {p}[0] and {p}[1] in the line {p}[1] * {x} + {p}[0] are its intercept {p}₀ and slope "
                  "{p}₁ (NumPy counts from 0; {p} is written nowhere but as these two entries), and the pair's {x} is "
                  "multiplied by the one number {p}[1] (no index, transpose or product of it): {x} is the example's "
                  "one feature x⁽ⁱ⁾ (of a row, the line would be a vector, no example's prediction)")
ZIP_LENGTH_NOTE = "{d}, the length of the arrays zip pairs, is the number of examples m"


def _paired_line(text: str, loops: list[_Loop], from_zero: bool, vector: str | None) -> tuple[str, str, str] | None:
    """(parameter, data, pair's x) where the one loop over zip(X, Y) computes the line P[1] * x + P[0] of its x.

    The pair's x is then one number (P[1] * x + P[0] of a row would be a vector, no example's prediction), as
    :func:`_line_entries` reads the line of a loop over range(len(X)). None otherwise.
    """
    if len(loops) != 1 or not loops[0].zipped or loops[0].pairs is None:
        return None
    x = loops[0].pairs[0]
    line = _line_entries(text, _PAIR_ROW.format(d=re.escape(x)), from_zero)
    if line is None or _parameter(line) == vector:
        return None
    arrays = re.findall(r"\w+", loops[0].count[len("zip("):])
    return line, "|".join(re.escape(array) for array in arrays), x


#: a bare parameter times the pair's x, or the x times it: w * x, x * theta
_SCALED_PAIR = (r"(?<![\w.])(?P<p>{p})\s*\*\s*{x}(?![\w\[(.'])|(?<![\w.]){x}\s*\*\s*(?P<q>{p})(?![\w\[(.'])")


def _refuse_scaled_pairs(text: str, loops: list[_Loop], wrt: str | None) -> None:
    """Refuse ``w * x`` of a loop over zip(X, Y) unless --wrt asks w whole: the pair's x may be a row of X.

    ``for x, t in zip(X, y): grad += 2 * (x * w - t) * x`` beside a cost in X @ w: the pair's x is then a row,
    and NumPy's ``*`` multiplies it by w entry by entry (a vector, no example's prediction). Only ``--wrt w``
    (one number) says the x it multiplies is one number too; the line P[1] * x + P[0] (:func:`_paired_line`)
    indexes P, and is no bare product.
    """
    for loop in loops:
        if loop.pairs is not None and _JS_PAIRS.match(loop.header):
            _refuse_js_scaled_pairs(text, loop, wrt)
            continue
        if not loop.zipped or loop.pairs is None:
            continue
        x = re.escape(loop.pairs[0])
        for statement in loop.body:
            scaled = re.search(_SCALED_PAIR.format(p=_PARAMETERS, x=x), statement)
            if scaled is None:
                continue
            parameter = scaled.group("p") or scaled.group("q")
            if wrt is not None and _parameter(wrt.strip()) == _parameter(parameter):
                continue
            raise InputError(
                f"'{scaled.group(0)}': in NumPy '*' multiplies entry by entry, and whether the pair's "
                f"{loop.pairs[0]} of {loop.count} is one number (one feature) or a row of X is not said (--wrt "
                f"{wrt or 'θ_j'} does not ask {parameter} as one number)",
                source=text, column=max(text.find(scaled.group(0)), 0),
                hint=f"write the dot product (np.dot({loop.pairs[0]}, {parameter}) or {loop.pairs[0]} @ {parameter}), "
                     f"or --wrt {parameter} if {parameter} is one number (one feature)")


def _refuse_js_scaled_pairs(text: str, loop: _Loop, wrt: str | None) -> None:
    """Refuse ``x * w`` of JavaScript's ``for (const [x, y] of data)`` where --wrt asks an entry w_j of w.

    JavaScript's ``*`` multiplies numbers (of arrays it gives NaN): ``x * w`` says x and w are one number
    each, so the entries --wrt w_j asks do not exist, and reading the product as wᵀx (every feature) gives the
    code a meaning it cannot have (audit32f).
    """
    assert loop.pairs is not None
    asked = re.fullmatch(rf"\s*(?P<p>{_PARAMETERS})_(?P<j>[a-z])\s*", wrt or "theta_j")
    if asked is None:
        return
    x = re.escape(loop.pairs[0])
    for statement in loop.body:
        for scaled in re.finditer(_SCALED_PAIR.format(p=_PARAMETERS, x=x), statement):
            parameter = scaled.group("p") or scaled.group("q")
            if _parameter(parameter) != _parameter(asked.group("p")):
                continue
            raise InputError(
                f"'{scaled.group(0)}': in JavaScript '*' multiplies numbers (of arrays it gives NaN), so the pair's "
                f"{loop.pairs[0]} and {parameter} are one number each, and --wrt {wrt or 'theta_j'} asks an entry "
                f"{parameter} does not have",
                source=text, column=max(text.find(scaled.group(0)), 0),
                hint=f"--wrt {parameter} (one feature), or write the dot product over the features")


def _line_read(folded: Folded, line: str, arrays: str, x: str) -> Folded:
    """``folded`` with P[k] of the line as P_k and len(X) (len(Y)) of the zipped arrays as m, and the notes saying so."""
    entry_of = re.compile(_ENTRY.format(p=re.escape(line)))
    length = re.compile(_LENGTH.format(d=f"(?:{arrays})"))

    def read(text: str) -> str:
        return length.sub("m", entry_of.sub(lambda match: f"{_parameter(line)}_{match.group('k')}", text))
    note = PAIR_LINE_NOTE.format(p=line, x=x)
    said = sorted({match.group(0) for text in (folded.text, *folded.lets) for match in length.finditer(text)})
    notes = (*folded.notes, note) + ((ZIP_LENGTH_NOTE.format(d=", ".join(said)),) if said else ())
    return Folded(read(folded.text), tuple(read(let) for let in folded.lets), notes, folded.tx)


#: a cost's own name as code and notes write it on a line's left: J, J_reg, cost, Cost, loss, mse, MSE (not L or E,
#: which some pages give a likelihood to maximise, nor l, a feature index as often as a log-likelihood; nor a name
#: of its gradient, J_grad, cost_derivative, loss_grad)
_COST_LINE_NAME = patterns.compile(r"(?!\w*(?:[Gg]rad|GRAD|[Dd]eriv))(?:J(?:_?\w+)?|[Cc]ost(?:_?\w+)?|COST|[Ll]oss(?:_?\w+)?"
                                   r"|LOSS|[Mm]se|MSE)")
#: said where lines define names and the last sets the cost (:func:`_defines_then_cost`)
DEFINITIONS_NOTE = ("read as definitions: the lines before the last define {names}, which the last line, the cost "
                    "{cost} = …, uses: each is read as a --let, and the cost is the last line's value")


def _defines_then_cost(statements: list[_Statement]) -> bool:
    """Whether plain assignments each define a new name a later line uses, the last one the cost's name (``J``).

    ``h = sigmoid(X*theta)`` then ``J = -1/m * (y' * log(h) + …)``: definitions, then the cost written with them —
    an Octave block without its ';' or two lines of notes, read the same either way. Two lines setting one name
    (``J = A`` then ``J = B``: a chain), a name no later line uses, or a last line that names no cost are not.
    """
    if len(statements) < 2 or any(s[0] != "set" or s[2] != "=" for s in statements):
        return False
    names = [s[1] for s in statements]
    if len(set(names)) != len(names) or not _COST_LINE_NAME.fullmatch(names[-1]) \
            or any(_COST_LINE_NAME.fullmatch(name) for name in names[:-1]):
        return False
    return all(any(_uses(later[3], name) for later in statements[k + 1:]) for k, name in enumerate(names[:-1]))


def _gradients_by_each(statements: list[_Statement], wrt: str) -> bool:
    """Whether plain assignments each set a gradient by its own parameter (dj_w, dj_b; dw, db), by name, one of them
    the parameter ``wrt`` asks for: the lines then say which of their values is the answer.
    """
    if len(statements) < 2 or any(s[0] != "set" or s[2] != "=" for s in statements):
        return False
    parameters = [vocabulary.gradient_parameter(s[1]) for s in statements]
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    return None not in parameters and len(set(parameters)) == len(parameters) and by in parameters


def _defines_then_gradient(statements: list[_Statement]) -> bool:
    """Whether plain assignments each set a new name a later line uses, the last one a gradient's name (``gradient``).

    Such lines are a function's body computing a gradient through named intermediates; two lines setting one name
    (``g = A`` then ``g = B``, notes stating A = B) or a name no later line uses are not.
    """
    if len(statements) < 2 or any(s[0] != "set" or s[2] != "=" for s in statements):
        return False
    names = [s[1] for s in statements]
    if len(set(names)) != len(names) or not _GRADIENT_NAME.fullmatch(names[-1]):
        return False
    # reg[0] = 0 (:func:`_statements`) changes reg, which a later line uses: it is used as reg is
    return all(any(_uses(later[3], name.removesuffix("[0]")) for later in statements[k + 1:])
               for k, name in enumerate(names[:-1]))


#: what marks two lines (a name set, then a bare expression of it) as code whose last line is its value: Julia's @.
#: and broadcast calls f.(…), a ';' line end, Octave's .* .^ ./, R's <- and %*%, NumPy's np.
_JULIA_BLOCK_MARKS = patterns.compile(r"(?<![\w.])@\.|\w\.\(|;\s*$|\.[*^/]|<-|%\*%|(?<![\w.])np\.", re.MULTILINE)
#: said when code sets one name and ends on a bare expression of it, the value a Julia function returns
LAST_VALUE_NOTE = ("read as code: {name} is set, and the last line, {value}, is an expression of it with no name: the "
                   "value the code ends with (a Julia or R function returns its last expression, Octave and a notebook show "
                   "it), read as the cost")

#: said when code ends on a bare name that its line before sets (dw = …, then dw)
BARE_LAST_NOTE = ("read as code: the last line, {name}, names the value the line before it sets, with nothing else: "
                  "the value the code ends with (a notebook cell shows it, Octave prints it, a Julia or R function "
                  "returns it)")

#: said when the lines set a name a --let defines from its own value: the let's value is the one the line reads
LET_UPDATED_NOTE = ("read as code: {name} = {value} sets {name} from its own value, which is the --let's "
                    "({name} = {start}): the lines run after the let, and each later {name} is the new value")

#: said when a cost's lines set one name and then update it from its own value (loss = loss / num_train)
UPDATED_NOTE = ("read as code: {name} is set, then set again from its own value: the lines run in order, and the cost "
                "is {name}'s last value")


#: said when a cost's lines compute the cost and its gradient both (an Octave [J, grad] function's body)
COST_BESIDE_GRADIENT_NOTE = ("read as code: the lines compute {kept} and {names} (the two outputs of an Octave cost "
                             "function, [J, grad]); the {role} is {kept}, and no line of it uses {names}: the lines "
                             "that set {names} are left out")


#: a --let that only starts a sum: 0, 0.0, zeros(size(theta)), np.zeros(n), np.zeros_like(w)
STARTING_VALUE = patterns.compile(r"\s*(?:0(?:\.0*)?|(?:np\.)?zeros(?:_like)?\([^;]*\))\s*(?:;\s*)?")


def _one_of_two_outputs(statements: list[_Statement], answer: bool, notes: list[str], left_outs: list[str],
                        defined: Mapping[str, str], octave_sums: frozenset[str] = frozenset()) -> list[_Statement]:
    """Lines computing a cost and its gradient both (bawey's loop adding to J and grad, then J/=m; grad/=m), as the
    lines of the one the text is: the cost's lines in a cost, the gradient's in an answer.

    Only where the lines end by setting the kept one's name (a gradient's, grad or dJ, in an answer; in a cost the
    gradient's lines come last, after the cost's), the other names say they hold a cost (J, cost, loss) or a
    gradient, the kept lines never use them, and one name of the kept kind is left: the lines left out then say
    nothing of the value kept. Anything else is left as it is (and refused as before: two results, or a cost's
    lines ending with a gradient).
    """
    def is_gradient(name: str) -> bool:
        return _GRADIENT_NAME.fullmatch(name) is not None

    def is_cost(name: str) -> bool:
        return _SUM_NAME.fullmatch(name) is not None and not is_gradient(name)

    def left_out(name: str) -> bool:
        # (an Octave loop's sum read as whole vectors, reg beside grad, no gradient's name: the cost's part in an answer)
        return (is_cost(name) or name in octave_sums and not is_gradient(name)) if answer else is_gradient(name)

    if not statements or statements[-1][0] != "set" or not is_gradient(statements[-1][1]):
        return statements
    dropped: set[str] = set()
    kept: list[_Statement] = []
    bodies: list[tuple[_Loop, list[str]]] = []  # each loop's lines kept, put in place once the reading holds
    for statement in statements:
        if statement[0] == "set" and left_out(statement[1]):
            dropped.add(statement[1])
            continue
        if statement[0] == "loop":
            loop = statement[1]
            body = []
            for line in loop.body:
                setting = _SET.match(line)
                if setting is not None and left_out(setting.group("name")):
                    dropped.add(setting.group("name"))
                else:
                    body.append(line)
            if not body:
                return statements
            bodies.append((loop, body))
        kept.append(statement)
    names = [s[1] for s in kept if s[0] == "set"] + [
        setting.group("name") for _, body in bodies for line in body
        if (setting := _SET.match(line)) is not None and (setting.group("op") != "=" or _uses(setting.group("value"),
                                                                                               setting.group("name")))]
    texts = [s[-1] for s in kept if s[0] != "loop"] + [line for _, body in bodies for line in body]
    ends = [name for name in dict.fromkeys(names) if (is_gradient(name) if answer else is_cost(name))]
    if not dropped or len(ends) != 1 or any(_uses(text, name) for text in texts for name in dropped) \
            or not all(is_cost(name) or is_gradient(name) or name in octave_sums for name in dropped):
        return statements
    summed = {setting.group("name") for s in statements if s[0] == "loop" for line in s[1].body
              if (setting := _SET.match(line)) is not None}
    if not dropped <= summed | octave_sums or any(name in defined and not STARTING_VALUE.fullmatch(defined[name]) for name in dropped):
        # only a loop's second sum ([J, grad] added up together); a line of its own (cost = … among a gradient's
        # lines), or a name a --let gives another value, says no such pair: left to the refusal as before
        return statements
    if not answer:
        kept = [s for s in kept if not (s[0] == "set" and is_gradient(s[1]))]
        if not kept or any(s[0] == "set" and s[1] != ends[0] and is_gradient(s[1]) for s in kept):
            return statements
    for loop, body in bodies:
        loop.body = body
    left_outs.extend(sorted(dropped))
    notes.append(COST_BESIDE_GRADIENT_NOTE.format(kept=ends[0], names=", ".join(sorted(dropped)),
                                                  role="gradient" if answer else "cost"))
    return kept


#: said when lines computing two gradients are read as the one --wrt asks for
ASKED_GRADIENT_NOTE = ("read as code: the lines end with {last} (the gradient by {other}) and compute {name} too; "
                       "--wrt {wrt} asks for the gradient by {by}: {name} is the answer")


#: said when lines that end with a loop summing two gradients are read as the one --wrt asks for
ASKED_SUM_NOTE = ("read as code: the lines end with the loop that adds to {names} (the gradients by {parameters}), "
                  "nothing after it; --wrt {wrt} asks for the gradient by {by}: {name} as the loop leaves it is the "
                  "answer")


#: said when lines past the loop that sums the asked gradient set only the gradients by other parameters
ASKED_PAST_NOTE = ("read as code: after the loop the lines set only {names} (the gradient by {parameters}), which do "
                   "not use {name}; --wrt {wrt} asks for the gradient by {by}: {name} as the loop leaves it is the "
                   "answer")


def _asked_past_others(statements: list[_Statement], text: str, wrt: str, notes: list[str]) -> list[_Statement]:
    """A loop adding to dj_dw and dj_db followed only by ``dj_db = dj_db / m`` (dj_dw's ``/ m`` line lost), --wrt w_j:
    the lines less those after the loop, which :func:`_asked_sum` then reads as the loop's dj_dw.

    Only where every line after the loop sets a gradient by a parameter other than the asked one (its name says so:
    :func:`vocabulary.gradient_parameter`) and none uses the asked gradient's name: what the lines say of the asked
    gradient is then the loop's sum. Any other lines as they are.
    """
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    tail = 0
    while tail < len(statements) and statements[-1 - tail][0] == "set":
        tail += 1
    if tail == 0 or tail == len(statements) or statements[-1 - tail][0] != "loop":
        return statements
    trailing = statements[len(statements) - tail:]
    parameters = [vocabulary.gradient_parameter(statement[1]) for statement in trailing]
    if None in parameters or by in parameters:
        return statements
    loop = statements[-1 - tail]
    names = list(_summed(loop[1], text, {})[0])
    asked = [name for name in names if vocabulary.gradient_parameter(name) == by]
    if len(asked) != 1 or any(_uses(statement[-1], asked[0]) or statement[1] == asked[0] for statement in trailing):
        return statements
    notes.append(ASKED_PAST_NOTE.format(names=", ".join(statement[1] for statement in trailing),
                                        parameters=", ".join(map(str, parameters)), name=asked[0], wrt=wrt, by=by))
    return statements[:len(statements) - tail]


def _asked_sum(statements: list[_Statement], text: str, wrt: str, notes: list[str]) -> list[_Statement]:
    """Lines that end with the loop adding to two gradients (the MLS lab's loop, its ``/m`` lines left out), given the
    one ``wrt`` asks for as their value (that name appended as the lines' value); any other lines as they are.

    The loop's accumulators are gradients each by its own parameter (dj_dw, dj_db:
    :func:`vocabulary.gradient_parameter`), one of them by the --wrt's, and nothing follows the loop: the name then holds that gradient's sum, all the lines
    say of it. Two accumulators by one parameter, one that is no gradient's name (``cost``), or no --wrt among them
    leave the lines as they are (refused: "the lines end in no value").
    """
    if not statements or statements[-1][0] != "loop":
        return statements
    names = list(_summed(statements[-1][1], text, {})[0])
    parameters = [vocabulary.gradient_parameter(name) for name in names]
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    if len(names) < 2 or None in parameters or len(set(parameters)) != len(parameters) or by not in parameters:
        return statements
    name = names[parameters.index(by)]
    notes.append(ASKED_SUM_NOTE.format(names=" and ".join(names), parameters=" and ".join(map(str, parameters)),
                                       wrt=wrt, by=by, name=name))
    return [*statements, ("value", name)]


def _asked_gradient(statements: list[_Statement], wrt: str, notes: list[str]) -> list[_Statement]:
    """Lines that end by setting two gradients (the MLS labs' ``dj_dw = dj_dw/m`` then ``dj_db = dj_db/m``), cut
    after the one ``wrt`` asks for; any other lines as they are.

    Only where every line after it sets another gradient, each by another parameter, and nothing after it
    touches its name: the value it ends with is then the asked gradient's, whatever the lines compute after.
    """
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    statements = _asked_of_returned(statements, by, wrt, notes)
    tail = 0
    while tail < len(statements) and statements[-1 - tail][0] == "set" \
            and vocabulary.gradient_parameter(statements[-1 - tail][1]) is not None:
        tail += 1
    trailing = statements[len(statements) - tail:]
    names = [statement[1] for statement in trailing]
    parameters = [by for by in map(vocabulary.gradient_parameter, names) if by is not None]  # each has one (above)
    if tail < 2 or parameters[-1] == by or parameters.count(by) != 1 or len(set(parameters)) != len(parameters):
        return statements
    keep = len(statements) - tail + parameters.index(by) + 1
    name = statements[keep - 1][1]
    if any(_uses(statement[-1], name) for statement in statements[keep:]):
        return statements
    notes.append(ASKED_GRADIENT_NOTE.format(last=names[-1], other=parameters[-1], name=name, wrt=wrt, by=by))
    return statements[:keep]



#: said when lines that end with the asked gradient also compute the gradients by the other parameters
ASKED_LAST_NOTE = ("read as code: the lines also compute {names} (the gradient by {parameters}), which nothing after "
                   "uses; they end with {name}, the gradient by {by} --wrt {wrt} asks for: {name} is the answer")


def _asked_last(statements: list[_Statement], wrt: str, notes: list[str]) -> list[_Statement]:
    """Lines that compute dj_dw, then dj_db, then end by updating dj_dw (``dj_dw += (lambda_ / m) * w``, the L2
    term added last), with ``--wrt w_j``: the lines less the dj_db line, which the answer's value never uses.

    Only where the last line sets or updates the gradient by the asked parameter (its name says so:
    :func:`vocabulary.gradient_parameter`) and each line left out sets a gradient by another parameter that no
    later line uses: the lines then compute the whole gradient, part by part, and its part by --wrt is the
    last value, as the left side says. A line that sets anything else stays, and is refused as unused.
    """
    if len(statements) < 2 or statements[-1][0] != "set":
        return statements
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    if vocabulary.gradient_parameter(statements[-1][1]) != by:
        return statements
    dropped = [k for k, statement in enumerate(statements[:-1])
               if statement[0] == "set" and statement[2] == "="
               and vocabulary.gradient_parameter(statement[1]) not in (None, by)
               # a loop after it may use it in its body: kept (and refused as before)
               and not any(later[0] == "loop" or _uses(later[-1], statement[1]) or later[1] == statement[1]
                           for later in statements[k + 1:])]
    if not dropped:
        return statements
    names = [statements[k][1] for k in dropped]
    notes.append(ASKED_LAST_NOTE.format(names=", ".join(names), parameters=", ".join(
        str(vocabulary.gradient_parameter(name)) for name in names), name=statements[-1][1], by=by, wrt=wrt))
    return [statement for k, statement in enumerate(statements) if k not in dropped]


#: said when lines that return two gradients are read as the one --wrt asks for
RETURNED_PAIR_NOTE = ("read as code: the lines return {pair}, the gradients by {first} and {second}; --wrt {wrt} asks "
                      "for the one by {by}: {name} is the answer")


def _asked_of_returned(statements: list[_Statement], by: str, wrt: str, notes: list[str]) -> list[_Statement]:
    """``return dj_db, dj_dw`` (the MLS labs' compute_gradient) as ``return dj_dw`` when ``--wrt`` asks for w.

    Only two names, each a gradient's name (:func:`vocabulary.gradient_parameter`) by another parameter, one of
    them the asked one's; any other return is left as it is (and two results stay refused).
    """
    if not statements or statements[-1][0] != "return":
        return statements
    names = [name.strip() for name in statements[-1][1].strip("() ").split(",")]
    if len(names) != 2 or not all(re.fullmatch(r"[A-Za-z_]\w*", name) for name in names):
        return statements
    parameters = [vocabulary.gradient_parameter(name) for name in names]
    if None in parameters or parameters[0] == parameters[1] or by not in parameters:
        return statements
    name = names[parameters.index(by)]
    notes.append(RETURNED_PAIR_NOTE.format(pair=", ".join(names), first=parameters[0], second=parameters[1], wrt=wrt,
                                           by=by, name=name))
    return [*statements[:-1], ("return", name)]

def _composed(statements: list[_Statement], text: str, answer: bool, notes: list[str],
              defined: Mapping[str, str]) -> Folded:
    """The statements put into one another (names set twice or summed), the rest kept as --let s."""
    times: dict[str, int] = {}
    for statement in statements:
        if statement[0] == "set":
            times[statement[1]] = times.get(statement[1], 0) + 1
    # the lines' own n_samples = 32 bounds a loop as a --let's would
    bounds = {**defined, **{s[1]: s[3] for s in statements if s[0] == "set" and s[2] == "="}}
    for loop in (s[1] for s in statements if s[0] == "loop"):
        for name in _summed(loop, text, bounds)[0]:
            times[name] = times.get(name, 0) + 2
    inlined: dict[str, str] = {}
    lets: dict[str, str] = {}
    result, result_name = None, None
    stale: set[str] = set()  # the loops' per-example names: after the loop, only the last example's value
    for k, statement in enumerate(statements):
        last = k == len(statements) - 1
        after = [name for name in stale if statement[0] != "loop" and _uses(statement[-1], name)
                 or statement[0] == "set" and statement[2] != "=" and statement[1] == name]
        if after:
            raise _refusal(text, after[0], f"the lines use {after[0]} after the loop that sets it once per example: "
                           f"that is only the last example's {after[0]}")
        if statement[0] == "set":
            stale.discard(statement[1])
        if statement[0] == "loop":
            sums, note = _summed(statement[1], text, bounds)
            notes.append(note)
            stale |= _roles(statement[1], text)[1]
            for name, (_, added) in sums.items():
                if name not in inlined:
                    # (Octave's --let J = 0; ends in ';', which ends the statement and is no part of the value)
                    if name in defined and not re.fullmatch(r"0(?:\.0*)?|(?:np\.)?zeros(?:_like)?\(.*\)",
                                                            defined[name].strip().rstrip(";").strip()):
                        # --let cost = lam * np.sum(theta ** 2) beside the loop's cost += …: the let may be the start
                        # the excerpt cut off, or another value of the name (audit52: read from 0, the let unused)
                        raise _refusal(text, name, f"the loop adds to {name}, which the lines do not start and a --let "
                                       f"sets to {defined[name]}: whether that is its start is not said")
                    if re.fullmatch(rf"{_PARAMETERS}\w*|b|bias\w*|intercept\w*", name) \
                            or not (_SUM_NAME.fullmatch(name) or _GRADIENT_NAME.fullmatch(name)):
                        # theta -= alpha * (…) in a loop over the examples is a stochastic gradient step, no sum; so is
                        # W1 += lr * (…) or coef -= … under a parameter's other names (audit47): only a name that
                        # says it holds a cost, a sum or a gradient is read from 0
                        raise _refusal(text, name, f"the loop adds to {name}, which the lines do not start (at 0)")
                    # an excerpt cut at the loop (the MLS labs' dj_dw = np.zeros(n), f45's and f46's JavaScript
                    # `let cost = 0;` left above the lines pasted): a name a loop adds to, set nowhere in the lines, is
                    # a sum over the examples, and such a sum starts at 0 — said in a note
                    inlined[name] = "0"
                    notes.append(UNSTARTED_NOTE.format(name=name))
                start = inlined[name]
                zeros = _COLUMN_OF_ZEROS.fullmatch(f"{name} = {start}")
                # names the lines set before the loop and its body writes without an example's index (err = σ(Xw) − y,
                # then dj_dw + err * X[i]): a whole vector over the examples in one example's line, which the
                # column's entry j does not settle (audit27c), so the zeros stay refused
                outside = {s[1] for s in statements[:k] if s[0] == "set" and s[1] != name}
                bare = [other for other in outside for line in statement[1].body
                        if re.search(rf"(?<![\w.]){re.escape(other)}(?![\w\[(])", line)]
                if zeros is not None and statement[1].entries and added.count("x_") == 1 and not bare:
                    # grad = np.zeros(n) before a loop that adds row i once, read by its entry j (f82's tx project,
                    # fixpyloop37): entry j of the column of zeros is 0, where the sum starts (a row twice, X[i] * X[i],
                    # stays refused: fixleft28)
                    notes.append(ZERO_COLUMN_ENTRY_NOTE.format(start=_short(start), name=name))
                    start = "0"
                inlined[name] = _put(added, {}) if re.fullmatch(r"0(?:\.0*)?", start) else f"{start} + {added}"
            continue
        if statement[0] in ("return", "value"):
            if not last:
                raise _refusal(text, statement[1], "the lines go on after the value they return")
            result = _put(statement[1], inlined)
            if statement[0] == "return":
                notes.append("read as code: the lines' value is what they return")
            continue
        _, name, op, value = statement
        value = _put(value, inlined)
        if op != "=":
            if name not in inlined:
                raise _refusal(text, name, f"'{name} {op}' changes {name}, which the lines do not set before")
            value = f"({inlined[name]}) {op[0]} ({value})"
            notes.append(f"read as code: {name} {op} v is {name} = {name} {op[0]} v")
        if op == "=" and name not in inlined and name in defined and _uses(value, name) \
                and not re.fullmatch(rf"\s*{_PARAMETERS}\w*\s*", defined[name]) \
                and not any(_uses(other, name) for key, other in defined.items() if key != name):
            # only a name of its own: w_ = w_ * 2 under --let w_ = w changes the parameters the other lets (y_pred =
            # w_[0]*x_ + w_[1]) were computed with, which the lets' values cannot follow (test_fixf70c: a false
            # 'equivalent' for the gradient at 2w)
            # h = h - y under --let h = sigmoid(X * theta) (t6george's ex2 costFunction.m): the code runs after the
            # let, so the h on the right is the let's and every later h is the new value (not a second definition)
            notes.append(LET_UPDATED_NOTE.format(name=name, value=_short(value), start=_short(defined[name])))
            if not last:
                inlined[name] = value
                continue
        if last:
            result, result_name = value, name
        elif times[name] == 1 and name not in inlined and _PARAMETER_TOTAL.fullmatch(value.strip().rstrip(";")):
            # t2 = sum(theta(2:size(theta),1)) (Barbara-Lizama's costFunctionReg): one number made of the parameters'
            # entries alone, no example's; put where it is used, as its value is the same there (noted)
            inlined[name] = value.strip().rstrip(";").strip()
            notes.append(PARAMETER_TOTAL_NOTE.format(name=name, value=_short(inlined[name])))
        elif times[name] > 1 or name in inlined:
            if name in inlined and op == "=" and "reassigned" not in "".join(notes):
                notes.append(f"read as code: {name} is reassigned from its own value; each later {name} is its value "
                             "then")
            inlined[name] = value
        else:
            lets[name] = value
    pairs = next((loop.count for loop in (s[1] for s in statements if s[0] == "loop") if loop.pairs), None)
    if pairs is not None and result is not None and re.search(r"(?<![\w.])len(?:gth)?(?![\w(])", result):
        # loss / (len * 2) after a loop over the pairs of trainingSet: len, a length, is the number of pairs
        result = re.sub(r"(?<![\w.])len(?:gth)?(?![\w(])", "m", result)
        notes.append(f"read as code: len, beside a loop over the pairs of {pairs}, is their number, the number of "
                     "examples m")
    counts = [loop.count for loop in (s[1] for s in statements if s[0] == "loop")]
    other = next((name for name in re.findall(r"(?<![\w.])[A-Za-z_]\w*", " ".join([result or "", *lets.values()]))
                  if _NAMED_COUNT.fullmatch(name) and name not in times and name not in counts), None)
    if "m" in counts and other is not None:
        # for i in range(m): … then cost / (2*N): the text names two counts, and N (a batch's size) may not be m
        raise _refusal(text, other, f"the loop runs to m, but the lines also divide by {other}: whether {other} is "
                       "the number of examples m is not said")
    used = " ".join([result or "", *lets.values()])
    unused = [name for name in lets if not re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", used.replace(
        f"{name} =", ""))]
    returned = any(s[0] == "return" for s in statements)
    # temp[0] = 0 (zeroing an entry of a copy, :func:`_statements`) is used through temp, not by its own name
    unused = [name for name in unused if name not in ("m", "n", "N") and not name.endswith("[0]")]
    if unused and not returned:
        raise _refusal(text, unused[0], f"the lines compute {', '.join(unused)}, which their last value does not use: "
                       "which value is meant is not said")
    lets = {name: value for name, value in lets.items() if name not in unused}
    if result is None and statements and statements[-1][0] == "loop":
        # q = 0 / for i in range(x.shape[0]): q += … and nothing after (a notebook cell computing q): the lines end
        # with the loop, and their value is the one name it sums, started before it; two names or none say no value
        summed = list(_summed(statements[-1][1], text, bounds)[0])
        started = [s[1] for s in statements[:-1] if s[0] == "set" and s[2] == "="]
        # (or started by a --let of 0, Octave's template line J = 0; above a student's loop alone: fixpyloop37)
        started += [name for name in summed if name in defined and re.fullmatch(
            r"0(?:\.0*)?|zeros\(\s*size\(\s*(?:theta|w)\s*\)\s*\)", defined[name].strip().rstrip(";").strip())]
        if len(summed) == 1 and summed[0] in started and summed[0] in inlined:
            result, result_name = inlined[summed[0]], summed[0]
            notes.append(f"read as code: the lines end with the loop that adds to {summed[0]}, the one name it sums "
                         f"(started before it): their value is {summed[0]}")
    if result is None:
        raise _refusal(text, text.strip().split()[0], "the lines end in no value")
    ending = result_name or next((name for name in times if _uses(statements[-1][-1], name)
                                  and _GRADIENT_NAME.fullmatch(name)), None)
    if not answer and ending is not None and _GRADIENT_NAME.fullmatch(ending):
        # `for i …: dj_db += h - y[i]` then `dj_db = dj_db / m` computes ∂J/∂b: read as a cost, it was derived again
        raise InputError(f"the lines end with {ending}, which names a gradient: they compute a gradient, not a cost",
                         source=text, column=max(text.find(ending), 0),
                         hint="to derive, give the cost's lines (J = ...); to check this gradient, pass it as the answer")
    notes.insert(0, "read as code: the statements are read as the one value they end with"
                 + (f", {result_name}" if result_name else "")
                 + (f"; {', '.join(lets)} set once {'are' if len(lets) > 1 else 'is'} read as a --let" if lets else ""))
    text_out = f"{result_name} = {result}" if answer and result_name else result
    # R's lets keep R's arrow: the problem is then read as R (its t(X), its %*%)
    arrow = "<-" if re.search(r"^\s*[A-Za-z_]\w*\s*<-", text, re.MULTILINE) else "="
    tx = any(re.search(r"(?<![\w.])tx\s*[\[(]", line) for loop in (s[1] for s in statements if s[0] == "loop")
             for line in loop.body)
    return Folded(text_out, tuple(f"{name} {arrow} {value}" for name, value in lets.items()),
                  tuple(dict.fromkeys(notes)), tx)


def fold_lets(lets: Sequence[str]) -> Folded | None:
    """The ``--let`` lines with JavaScript's ``let``/``var``/``const`` before the name dropped, noted; None: none has it.

    A name reassigned across --let s (``diff = h - y``, then ``diff = diff .* diff``) is not
    put into one here: where the cost's own line stood among them is not said, so which value
    it uses is not either; the readers refuse a text that uses it.
    """
    script = any(isinstance(text, str) and _DECLARED.match(text.strip()) for text in lets)
    declared = [match for text in lets if isinstance(text, str) and (match := _CPP_DECLARED.match(text.strip()))]
    if not script and not declared:
        return None
    out = tuple(_CPP_DECLARED.sub("", _DECLARED.sub("", text.strip())) if isinstance(text, str) else text
                for text in lets)
    notes: tuple[str, ...] = (
        ("read as JavaScript: let, const and var declare the name; the value is what follows '='",) if script else ())
    # C++ (Eigen): int n = X.rows(); Eigen::MatrixXd Xt = X.transpose(); the type only declares the name
    notes += tuple(f"read as C++: {match.group(0).strip()} declares the name's type; the "
                   "value is what follows '='" for match in declared)
    return Folded("", out, notes)


#: NAME = predict_prob(X, theta): a helper whose body the text does not give, named for the model's probability
_PROBABILITY_HELPER = patterns.compile(
    r"^\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<call>(?P<helper>predict_prob|predict_proba|predict_probability|"
    r"predict|hypothesis|h)\(\s*(?P<data>X)\s*,\s*(?P<p>theta|w)\s*\))\s*(?:;\s*)?$")
#: the logistic model written out in a cost: sigmoid(X*theta), g(X @ theta), sigmoid(X.dot(theta)) …
_SIGMOID_OF_DATA = r"(?:sigmoid|g|sigma|σ)\(\s*(?:X\s*[*@]\s*{p}|X\.dot\(\s*{p}\s*\)|np\.dot\(\s*X\s*,\s*{p}\s*\))\s*\)"


def helper_lets(cost: str | None, lets: Sequence[str]) -> Folded | None:
    """``--let predictions = predict_prob(X, theta)`` read as σ(Xθ) where the cost shows the helper is a probability.

    The helper's body is not given; its value is the logistic model's probability when the
    cost is a cross-entropy of it (``log(NAME)`` and ``log(1 - NAME)``) or writes that
    model itself (``log(g(X*theta))`` with ``1 - …``). Elsewhere (a squared error of a
    prediction, which may be Xθ or σ(Xθ)) the let is left alone, to be refused as before.
    """
    if not isinstance(cost, str):
        return None
    out, notes = [], []
    for text in lets:
        match = _PROBABILITY_HELPER.match(text) if isinstance(text, str) else None
        if match is None:
            out.append(text)
            continue
        name, p = match.group("name"), match.group("p")
        if any(isinstance(other, str) and re.match(rf"\s*{match.group('helper')}\s*(?:\(|=)", other) for other in lets):
            out.append(text)  # a --let gives the helper's body: read as it says
            continue
        logged = (re.search(rf"log\(\s*{re.escape(name)}\s*\)", cost)
                  and re.search(rf"log\(\s*1\s*-\s*{re.escape(name)}\s*\)", cost))
        # predict (sklearn's, the courses' predict.m) returns the labels, σ(Xθ) ≥ 0.5, unless its log is taken:
        # beside a cost that writes σ(Xθ) itself only a name that says probability is read as it
        shown = (match.group("helper") != "predict" and re.search(_SIGMOID_OF_DATA.format(p=p), cost)
                 and re.search(r"log\(\s*1\s*-", cost))
        if not (logged or shown):
            out.append(text)
            continue
        out.append(f"{name} = sigmoid(X @ {p})")
        notes.append(f"read as code: {match.group('call')} is a helper whose body is not given; "
                     + ("the cost takes log of it and of 1 minus it, a probability" if logged else
                        "the cost writes the model σ(X" + p + ") itself")
                     + f": {name} is the logistic model's σ(X{p})")
    out, inline = _inline_helpers(cost, out)
    notes += inline
    if not notes:
        return None
    return Folded("", tuple(out), tuple(notes))


#: a helper called inline with the data and the parameters, its body not given: h(theta, X), hypothesis(X, w)
_INLINE_HELPER = patterns.compile(
    r"(?<![\w.])(?P<helper>predict_prob|predict_proba|predict_probability|hypothesis|h)\(\s*(?:X\s*,\s*"
    r"(?P<p>theta|w)|(?P<q>theta|w)\s*,\s*X)\s*\)")


def _inline_helpers(cost: str, lets: list[str]) -> tuple[list[str], list[str]]:
    """``term1 = np.dot(-y.T, np.log(h(theta,X)))`` beside ``np.log(1-h(theta,X))``: the helper is σ(Xθ) (noted).

    As for a --let NAME = h(X, theta) (:func:`helper_lets`): the body is not given, and the texts take the log of the
    call and of 1 minus it, so its value is a probability, the logistic model's. Only in --lets, only when both logs
    are written and no --let gives the helper a body; the call is put as sigmoid(X @ theta) in every --let.
    """
    texts = [text for text in (cost, *lets) if isinstance(text, str)]
    calls = {re.sub(r"\s+", "", match.group(0)): match for text in lets if isinstance(text, str)
             for match in _INLINE_HELPER.finditer(text)}
    notes: list[str] = []
    for compact, match in calls.items():
        helper, p = match.group("helper"), match.group("p") or match.group("q")
        if any(isinstance(text, str) and re.match(rf"\s*(?:def\s+|function\s+)?{helper}\s*(?:\(|=|<-)", text)
               for text in lets):
            continue  # a --let gives the helper's body (h(X, theta) = …, def h(X, theta): …): read as it says
        spelled = re.escape(helper) + r"\(\s*" + (r"X\s*,\s*" + p if match.group("p") else p + r"\s*,\s*X") + r"\s*\)"
        logged = any(re.search(rf"log\(\s*{spelled}\s*\)", text) for text in texts) and any(
            re.search(rf"log\(\s*1\s*-\s*{spelled}\s*\)", text) for text in texts)
        if not logged:
            continue
        lets = [re.sub(spelled, f"sigmoid(X @ {p})", text) if isinstance(text, str) else text for text in lets]
        notes.append(f"read as code: {match.group(0)} is a helper whose body is not given; the texts take log of it and "
                     f"of 1 minus it, a probability: it is the logistic model's σ(X{p})")
    return lets, notes

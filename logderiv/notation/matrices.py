"""Matrix notation in an answer: ``1/m X^T (sigmoid(X theta) - y)`` to a sympy matrix expression.

An answer that holds the data matrix ``X`` (or ``⊙``) is read in matrix
notation: ``X`` is the m×n data matrix (row i is x⁽ⁱ⁾ᵀ), a bare ``theta`` (or
``w``) the n×1 parameter vector, ``y`` the m×1 vector of targets; ``Xᵀ`` is
the only transpose; a product of two matrices is the matrix product
(juxtaposition, ``*``, ``@``, ``\\cdot``), ``⊙`` the elementwise product; a
function of a vector, a power of a vector and a quotient by a vector apply to
each entry; a number added to a vector is added to each entry. The result is built from the same
sympy objects the engine's matrix form uses (``logderiv.records.matrix``), so both
print and evaluate alike.

Shapes are checked here, node by node: a product that does not conform (``X``
times an m×1 vector, where ``Xᵀ`` is due), a sum of different shapes, or an
answer that is not n×1 is an :class:`~logderiv.errors.InputError` with the
column of the operand at fault.
"""

from __future__ import annotations

from typing import Any, Collection

import sympy
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

from .. import patterns
from ..errors import InputError
from .matrix_symbols import feature_column, unit_vector
from ..record import record
from . import registry, symbols, tree
from . import vocabulary as vocab
from .conventions import SIGMOID_G_NOTE, SIGMOID_LETTER
from .weight_matrix import WEIGHT_MATRIX, WEIGHT_NOTE
from .matrix_cost import TYPED_MATHS_NOTE, code_dialects, columns_count, columns_count_error, numpy_star_error, star_between

#: NumPy's v[:, np.newaxis], v[:, None] (spaces allowed): the 1-D v made an m×1 column
_NEWAXIS_SOURCE = r"\s*\[\s*:\s*,\s*(?:(?:np|numpy)\.newaxis|None)\s*\]"
_NEWAXIS = patterns.compile(_NEWAXIS_SOURCE)
#: the same after the brackets that close a group: (1 + np.exp(margins))[:, None]
_CLOSING_NEWAXIS = patterns.compile(r"(?P<brackets>(?:\s*\))*)" + _NEWAXIS_SOURCE)  # the source, not .pattern: that compiles
#: the brackets that open right before a node (the first of them a call's where a name is before it: np.exp(v))
#: (a call's span starts at its function's name: np. or numpy. before it is part of the call, not of the text before)
_OPENING_BRACKETS = patterns.compile(r"[\s(]*(?:(?:np|numpy)\.)?\Z")

__all__ = ["is_matrix_answer", "build_matrix", "build_matrix_line", "describe_shape", "unconformable", "ROW_NOTE",
           "NUMBER_NOTE"]

#: the functions a matrix answer may apply to each entry of a vector: the function registry's elementwise ones
#: a capital name of NumPy code that a formula would read as a matrix's entry: X_1 (code takes entries with brackets)
_CODE_ENTRY_NAME = patterns.compile(r"[A-Z][A-Za-z]*_\d+")
_FUNCTIONS = {function.name: symbols.function(function.name) for function in registry.FUNCTIONS if function.elementwise}

#: what a matrix line's ∂/∂w may be taken of (:meth:`_Walk.derivative`): sums, products, transposes, numbers
_POLYNOMIAL_PARTS = (sympy.MatAdd, sympy.MatMul, sympy.Transpose, sympy.MatrixSymbol, sympy.ZeroMatrix,
                     sympy.OneMatrix, sympy.Identity, sympy.Number, sympy.Symbol, sympy.Mul, sympy.Add, sympy.Pow,
                     sympy.core.numbers.NumberSymbol, sympy.Tuple)

def _polynomial(value: sympy.Basic) -> bool:
    """Whether a matrix line's value is built of :data:`_POLYNOMIAL_PARTS` only (a symbol's own name and shape aside)."""
    if isinstance(value, (sympy.MatrixSymbol, sympy.Symbol, sympy.Number, sympy.core.numbers.NumberSymbol)):
        return True
    return isinstance(value, _POLYNOMIAL_PARTS) and all(_polynomial(part) for part in value.args)


#: a value of the walk: a sympy matrix expression of some shape (m×n, n×1, 1×m, …) or a sympy scalar; sympy
#: ships no types, and which of them a node gives is known only once its operands are built
_Value = Any


#: said when a matrix answer is a 1×n row: the gradient is compared entry by entry all the same
ROW_NOTE = ("the answer is a 1×n row (as Octave's (h - y)' * X is): its entry j is compared with the gradient's, "
            "the column being its transpose")


#: the identity matrix's letter in a matrix answer (np.eye(n), Octave's eye(n) are read as it)
IDENTITY = "I"
IDENTITY_NOTE = ("I (code's np.eye(n), eye(n)) is the n×n identity matrix, the size of XᵀX: multiplied out, I times "
                 "a vector is that vector, (XᵀX + λI)v = XᵀXv + λv")


#: said when np.sum made a matrix answer a number: the same number is compared with every entry of the gradient
#: the note for Octave's sum(v) of a vector in a matrix answer
VECTOR_SUM_NOTE = ("read as Octave: sum(v) of a vector ({shape} here) adds up its entries: one number, which beside a "
                   "vector is added to each of its entries")
#: the note for Octave's sum of a 1×1 (a row times a column) in a matrix answer
ONE_NUMBER_SUM_NOTE = "read as Octave: sum(v) of a 1×1 (a row times a column, one number) is that number"
#: the note for a bare Σ over a vector of the examples' values in a matrix answer
BARE_SIGMA_NOTE = ("a Σ with neither index nor bounds before an m×1 vector of the examples' values adds up its m "
                   "entries: one number, 1ᵀv")
NUMBER_NOTE = "the answer is a number, not a vector of n entries: it is compared with every entry of the gradient"
#: said when a matrix answer calls a name defined per example with the bare x (X): the vector of its values
WHOLE_DATA_CALL_NOTE = ("read in matrix notation: {call} is the {shape} vector of its values {name}(x⁽ⁱ⁾), one per "
                        "example ({argument} stands for every example's, as X beside it does)")


def is_matrix_answer(node: tree.Node) -> bool:
    """Whether a parsed answer is in matrix notation: it holds ``X``, ``Xᵀ`` or ``⊙``."""
    for current in tree.walk(node):
        if isinstance(current, (tree.Transpose, tree.Tail, tree.ZeroFirst)):
            return True
        if isinstance(current, tree.Variable) and current.name in (vocab.DATA_MATRIX, vocab.SIGMA_VECTOR):
            return True
        if isinstance(current, tree.Binary) and current.op == "⊙":
            return True
    return False


#: this reader's messages for two shapes that do not conform: only then may the other layout be what the writer
#: meant, or a step be wrong in itself; a result of the wrong shape (a sum along the wrong axis) is another mistake
_UNCONFORMABLE = (": a product needs ", ": they cannot be added")


def unconformable(error: InputError) -> bool:
    """Whether ``error`` is this reader's refusal of two shapes that do not conform (Xᵀθᵀ, an n×1 plus an m×1)."""
    return any(phrase in str(error) for phrase in _UNCONFORMABLE)


def describe_shape(value: sympy.Basic) -> str:
    """``m×n``, ``n×1``, or ``a number``."""
    if not isinstance(value, sympy.MatrixExpr):
        return "a number"
    rows, columns = value.shape
    return f"{rows}×{columns}"


#: the letters a cost is called by (J(θ), L(b)): a call of one of them on a vector is the cost of that vector
_COST_LETTERS = frozenset({"J", "L"})


@record
class _Source:
    """The text a matrix answer was read from, and its label (for errors)."""

    text: str
    label: str


def build_matrix(
    node: tree.Node, *, source: str, label: str = "ANSWER", per_example: Collection[str] = (), columns: bool = False,
    notes: list[str] | None = None, standing: Collection[str] = (), rows: Collection[str] = (), square: bool = False,
    arrow_columns: bool = False, one_dimensional: Collection[str] = (),
) -> sympy.MatrixExpr:
    """The n×1 matrix expression of a matrix-form answer, or an InputError pointing at the column.

    ``per_example`` are the names the problem defines with one value per example
    (``--let "h = sigmoid(X*theta)"``): each is the m×1 vector of those values.
    ``columns``: DeepLearning.AI's layout, X is n×m (Xᵀ of the m×n one), y and the
    per-example values are 1×m rows (but those named in ``standing``, m×1 columns such as
    ``A = sigmoid(np.dot(X.T, w) + b)``); any matrix expression may then be transposed.
    ``rows``: with X m×n, the per-example names whose values are a 1×m row (Octave's ``h = sigmoid(z)'``).
    ``square``: read as if m = n (every m×… operand n×…), for an answer whose shapes conform only so.
    ``arrow_columns``: ``\\vec{x_j}`` is column j of X (as code's X[:, j]), so the answer is entry j, a number.
    ``one_dimensional``: the names the problem's other texts keep as 1-D NumPy arrays (the cost's ``y @ np.log(h)``
    runs only so): beside X by ``*`` such a name is no column.
    ``notes``, when given, receives what was read by the conventions of code (Octave's
    column sums, ``.*`` broadcast over X's columns), and a 1×n row is then accepted (its
    transpose is returned, :data:`ROW_NOTE` said); without it, code's readings are refused.
    """
    where = _Source(source, label)
    walk = _Walk(where, frozenset(per_example), columns, code=notes is not None, standing=frozenset(standing),
                 rows=frozenset(rows), square=square)
    walk.arrow_columns = arrow_columns
    walk.one_dimensional = frozenset(one_dimensional)
    value = walk.build(node)
    if isinstance(value, sympy.MatrixExpr) and value.has(sympy.Identity):
        # (XᵀX + λI)w: multiplied out, Iw is w and the identity is gone (what is left of it has no vector to act on)
        value = value.expand().doit()
    if notes is not None:
        notes.extend(walk.notes)
    if walk.entry is not None and not walk.component:
        raise _fail(f"a matrix answer uses whole vectors: '{_spelled(walk.entry, where)}' is one entry", walk.entry,
                    where, hint="write X, theta, y (X theta for the θᵀx⁽ⁱ⁾ of every example)")
    if walk.kronecker is not None and not walk.component:
        raise _fail("δ₁ⱼ is read only in entry j of the gradient (a line with X's column j)", walk.kronecker, where,
                    hint="for the gradient without the intercept's penalty write [0; theta(2:end)]")
    if walk.component:
        return _component(value, node, where, notes)
    if notes is not None and walk.totals and not isinstance(value, sympy.MatrixExpr):
        # (1/m) * np.sum(np.dot(X, dz.T)): a number where the gradient has n entries, compared with each
        notes.append(NUMBER_NOTE)
        return value
    if notes is not None and isinstance(value, sympy.MatrixExpr) and value.shape == (1, 1) and not columns:
        # 2Yᵀ(Xw − Y): a row times a column, one number where the gradient has n entries, compared with each
        notes.append(f"{_spelled(node, where)} is 1×1, a number: {NUMBER_NOTE.removeprefix('the answer is a number, ')}")
        return sympy.Trace(value)  # its one entry, as np.sum's number is kept
    if notes is not None and isinstance(value, sympy.MatrixExpr) and value.shape == (1, symbols.n):
        # Octave's grad = (h - y)' * X / m: the gradient written as a 1×n row, entry j is ∂J/∂θⱼ all the same
        notes.append(ROW_NOTE)
        return value.T
    if not isinstance(value, sympy.MatrixExpr) or value.shape != (symbols.n, 1):
        hint = "the gradient ∇J has one entry per feature, like θ"
        if isinstance(value, sympy.MatrixExpr) and value.shape == (symbols.m, 1):
            hint = "this has one entry per example; multiply by X^T to sum them into features: X^T (...)"
        raise _fail(f"a matrix answer must be n×1 (the gradient), and this is {describe_shape(value)}", node,
                    where, hint=hint)
    return value


#: what stands between the operands of NumPy's method a.dot(b)
_METHOD_DOT = patterns.compile(r"[\s)]*\.dot\(\s*")
#: feature j's column written with an arrow: \vec{x_j}, \vec{x}_j, \overrightarrow{x_j}
_ARROW_COLUMN = patterns.compile(r"\\(?:vec|overrightarrow)\s*\{\s*x\s*(?:_\s*\{?\s*j\s*\}?\s*\}?|\}\s*_\s*\{?\s*j\s*\}?)")
#: code's column j of X: NumPy's and Julia's X[:, j], Octave's X(:, j)
#: (X[:, i] too, where the plain reader read its i as j: it indexes nothing else there)
#: (any one letter: the reader took it for the feature's index, as it does j, or the checker put j for it, as for
#: Octave's grad(a) = … X(:,a) …, services.check)
#: (or by a word, X(:,gradCtr), which services.check.read_answer read as j beside grad(gradCtr) = …: f63)
_COLUMN_SLICE = patterns.compile(r"X\s*(?:\[\s*:\s*,\s*[A-Za-z]\w*\s*\]|\(\s*:\s*,\s*[A-Za-z]\w*\s*\))")

#: Octave's numbered column of X, X(:, 2)
_NUMBERED_COLUMN = patterns.compile(r"X\s*\(\s*:\s*,\s*[1-9][0-9]?\s*\)")
#: Octave's entry j of the parameters, theta(j) or theta(j, 1) (an n×1 column's column 1 is all of it)
#: (its letter j, or one the checker put j for: Octave's grad(a) = … theta(a) or theta(a,:), services.check)
_OCTAVE_PARAMETER_ENTRY = patterns.compile(r"[A-Za-z]+\(\s*[A-Za-z]\w*\s*(?:,\s*(?:1|:)\s*)?\)")
#: NumPy code's theta_j beside X[:, j] (an entry loop's theta[:, i] read as entry j, notation.entry_loops): θⱼ
_SUBSCRIPT_PARAMETER_ENTRY = patterns.compile(r"[A-Za-z]+_[A-Za-z]")

#: said of an answer that uses X[:, j]: it is one entry of the gradient
COMPONENT_NOTE = ("the answer uses X[:, j], column j of X, so it is entry j of the gradient, one number: it is "
                  "compared with the gradient's entry j at every j")


def _component(value: _Value, node: tree.Node, where: _Source, notes: list[str] | None) -> _Value:
    """An answer that uses X[:, j] (read only in code, so with ``notes``) or, with ``arrow_columns``, ``\\vec{x_j}``
    (with or without ``notes``): entry j of the gradient, one number (a 1×1 matrix is its entry); any other shape is
    refused. The note goes to ``notes`` when they are given."""
    if isinstance(value, sympy.MatrixExpr) and value.shape == (1, 1):
        value = sympy.Trace(value)
    if isinstance(value, sympy.MatrixExpr):
        raise _fail(f"with X[:, j] (column j of X) the answer is entry j of the gradient, one number, and this is "
                    f"{describe_shape(value)}", node, where,
                    hint="sum the column's products over the examples: sum((X*theta - y) .* X[:, j])")
    if notes is not None:  # \vec{x_j} is read without notes too (build_matrix(…, arrow_columns=True))
        notes.append(COMPONENT_NOTE)
    return value


#: the ones vector transposed opening a sum the reader read it as: \mathbf{1}^T, \mathbb{1}^\top, \vec 1^T, 1^T
_ONES_ROW = patterns.compile(r"\s*(?:\\(?:mathbf|mathbb|boldsymbol|bm|vec)\s*\{?\s*1\s*\}?|1)\s*\^\s*\{?\s*(?:T|\\top|\\intercal)\b")


def build_matrix_line(
    node: tree.Node, *, source: str, label: str = "FILE", notes: list[str] | None = None,
    defined: dict[str, _Value] | None = None, used: set[str] | None = None, typed: bool = False,
) -> _Value:
    """A line of a derivation in matrix form as a sympy value of any shape: 1×1 (½(Xθ − y)ᵀ(Xθ − y)), n×1, a number.

    As :func:`build_matrix`, with X m×n, but every vector may be transposed (θᵀXᵀXθ, yᵀy) and
    ``sum(v)`` of an m×1 column adds up its entries; shapes are checked node by node all the same.
    ``defined``: the values of names the page defines in matrix form (L(θ) = ½(Xθ − y)ᵀ(Xθ − y), ŷ = σ(Xw)), each
    name (or its call of the parameter vector) read as its value; ``used`` receives the names so read. ``typed``: the
    page the line stands in is maths typed in plain text (:func:`~logderiv.notation.matrix_cost.typed_maths`), so its
    ``.T`` and ``*`` are the transpose and the product even where the line alone shows no sign of it.
    """
    walk = _Walk(_Source(source, label))
    walk.lines = True
    walk.typed = typed
    walk.defined = defined or {}
    try:
        value = walk.build(node)
    except InputError as error:
        if walk.unread and unconformable(error):
            # r beside Xᵀ (r a letter the page defines per example, or not at all): read as a number only for want of
            # another reading, so the shapes it fails to conform with say nothing of the line; refused, never judged
            letter = sorted(walk.unread)[0]
            raise InputError(f"'{letter}' is not read in a line in matrix form: it is no data, parameter or count, and "
                             "no definition beside the lines gives it a value (read as a number, the line's shapes "
                             "would not conform, which says nothing of what the page means)", source=error.source,
                             column=error.column, label=error.label, line=error.line,
                             hint="define it beside the lines in matrix form, or write it out") from None
        raise
    if used is not None:
        used |= walk.used
    if notes is not None:
        notes.extend(walk.notes)
    return value


def _fail(message: str, node: tree.Node | None, source: _Source, hint: str | None = None) -> InputError:
    return InputError(message, source=source.text, column=None if node is None else node.span.start, hint=hint,
                      label=source.label)


def _last_factor(node: tree.Node) -> tree.Node:
    """The rightmost factor of a product: ``X`` in ``1/m * X``."""
    while isinstance(node, tree.Binary) and node.op == "*":
        node = node.right
    return node


def _numpy_call(text: str, node: tree.Sum | tree.AxisSum) -> bool:
    """Whether a sum is written as NumPy's call, ``np.sum(…)`` or ``numpy.sum(…)``."""
    before = text[:node.span.start].rstrip()
    return before.endswith(("np.", "numpy.")) and text[node.span.start:].startswith("sum")


def _numpy_mean_call(text: str, node: tree.Sum) -> bool:
    """Whether a sum is NumPy's ``np.mean(…)`` with no axis (the parser's (1/m) Σ of it)."""
    before = text[:node.span.start].rstrip()
    return before.endswith(("np.", "numpy.")) and text[node.span.start:].startswith("mean")


def _numpy_axis_call(text: str, node: tree.AxisSum) -> bool:
    """Whether a sum along an axis is NumPy's call, ``np.sum(M, axis=…)``, ``np.mean(M, axis=…)``, ``np.sum(M, 1)``.

    A positional axis is NumPy's too in a call of NumPy's (the code runs there, counting axes from 0): the
    parser made its dimension so (axis 1 is dimension 2).
    """
    before = text[:node.span.start].rstrip()
    return before.endswith(("np.", "numpy.")) and text[node.span.start:].startswith(("sum", "mean"))


def _octave_times(text: str, node: tree.Binary) -> bool:
    """Whether the ⊙ of ``node`` is written ``.*`` (Octave's, NumPy's ``*``): of a number and an array, the product.

    NumPy's ``np.multiply(lambd/m, theta2)`` too (gardayulada's ex2_2): np.multiply broadcasts a number over the
    array, each entry multiplied by it, as ``.*`` does.
    """
    between = text[node.left.span.end:node.right.span.start]
    return ".*" in between or (_ARGUMENTS_COMMA.fullmatch(between) is not None
                               and _NUMPY_MULTIPLY.search(text, 0, node.left.span.start) is not None)


#: the comma between np.multiply's two arguments (the second's np. is not in its span: np.transpose(…))
_ARGUMENTS_COMMA = patterns.compile(r"\s*,\s*(?:(?:np|numpy)\s*\.\s*)?")
#: the opening of NumPy's np.multiply( right before its first argument
_NUMPY_MULTIPLY = patterns.compile(r"(?<![\w.])(?:np|numpy)\s*\.\s*multiply\s*\(\s*$")


def _unbounded_sigma(spelled: str) -> bool:
    """Whether a sum is written as a Σ with neither index nor bounds: ``\\sum (…)``, ``Σ(…)``."""
    for sigma in ("\\sum", "Σ", "∑"):
        if spelled.startswith(sigma):
            rest = spelled[len(sigma):].lstrip()
            return not rest.startswith(("_", "^", "\\limits"))
    return False


#: a transpose written right after a call's closing bracket: Octave's sum(M)', sum(M).', NumPy's sum(M).T
_AFTER_CALL_TRANSPOSE = patterns.compile(r"\s*(?:\.?'|\.T(?!\w))")


def _transposed_call(text: str, node: tree.Sum) -> tree.Node | None:
    """``sum(M)'`` (``sum(M)' / m``) as code computes it: the call's value transposed, then the factors after; else None.

    The reader gives a sum the whole product after it (``sum(h - y)*x_j``, as notes mean it), and so the
    transpose written after the call's ``)`` too: it stands as the body's first factor's, ``sum(M' / m)``.
    Code transposes the call's value: ``(sum(M))' / m``, returned as that tree; None unless the body's first
    factor is a transpose whose mark follows the call's ``)``.
    """
    opener = text.find("(", node.span.start, node.span.end)
    if opener < 0:
        return None
    depth, close = 0, -1
    for at in range(opener, node.span.end):
        depth += 1 if text[at] in "([" else -1 if text[at] in ")]" else 0
        if depth == 0:
            close = at
            break
    chain: list[tree.Binary] = []
    first = node.body
    # the factors written after the call's ')' (sum(M)' / m): those of the body's product that start past it
    while isinstance(first, tree.Binary) and first.op in ("*", "/") and first.right.span.start > close:
        chain.append(first)
        first = first.left
    mark = _AFTER_CALL_TRANSPOSE.match(text, close + 1, node.span.end) if close >= 0 else None
    if mark is None or not isinstance(first, tree.Transpose) or first.operand.span.end > close:
        return None
    rebuilt: tree.Node = tree.Transpose(
        operand=tree.Sum(over=node.over, index=node.index, body=first.operand,
                         span=tree.Span(node.span.start, close + 1)),
        span=tree.Span(node.span.start, mark.end()))
    for product in reversed(chain):
        rebuilt = tree.Binary(op=product.op, left=rebuilt, right=product.right,
                              span=tree.Span(node.span.start, product.span.end))
    return rebuilt


def _transposed(node: tree.Node) -> bool:
    """Whether a tree is written as a transpose (``(X\theta)^T``, ``\theta^T X^T``): a row the writer made one."""
    if isinstance(node, tree.Transpose):
        return True
    return isinstance(node, tree.Binary) and node.op in ("*", "@") and _transposed(node.left)


def _spelled(node: tree.Node, source: _Source) -> str:
    return source.text[node.span.start:node.span.end].strip() or "this"



def _row_turned(node: tree.Binary, left: _Value, right: _Value) -> tuple[tree.Node, _Value, _Value] | None:
    """Of a 1×n row and an n×1 column on the two sides of ``node``: the row's side, and both values with the row
    turned into a column; None for other shapes."""
    column, row = (symbols.n, 1), (1, symbols.n)
    if (left.shape, right.shape) == (column, row):
        return node.right, left, right.T
    if (left.shape, right.shape) == (row, column):
        return node.left, left.T, right
    return None

class _Walk:
    def __init__(self, source: _Source, per_example: frozenset[str] = frozenset(), columns: bool = False,
                 code: bool = False, standing: frozenset[str] = frozenset(),
                 rows: frozenset[str] = frozenset(), square: bool = False) -> None:
        self.source = source
        #: the names another text of the problem keeps as 1-D NumPy arrays (build_matrix's one_dimensional)
        self.one_dimensional: frozenset[str] = frozenset()
        #: read as if m = n: every dimension m of a name's value is n (an answer whose shapes conform only so)
        self.square = square
        #: with X m×n, the names whose values per example are a 1×m row (Octave's h = sigmoid(z)')
        self.rows = rows
        #: with X n×m, the names whose values per example are an m×1 column (A = sigmoid(np.dot(X.T, w) + b))
        self.standing = standing
        self.per_example = per_example
        self.columns = columns
        #: Octave's readings (column sums, .* broadcast) allowed, and said in notes
        self.octave = code and code_dialects(source.text) == {"octave"}
        #: NumPy's np.sum(M) of an array (no axis) allowed: every entry added up, a number
        self.numpy = code and code_dialects(source.text) == {"numpy"}
        #: whether a number came from np.sum(M) (the answer may then be that number)
        self.totals = False
        self.notes: list[str] = []
        #: the page around a line is maths typed in plain text (matrix_cost.typed_maths): its '*' is the product
        self.typed = False
        #: reading a line of a derivation in matrix form (:func:`build_matrix_line`): any shape, any transpose
        self.lines = False
        #: whether the answer uses X[:, j], column j of X: it is then entry j of the gradient, one number
        self.component = False
        #: whether \vec{x_j} is read as column j of X (a line of a derivation by θⱼ: build_matrix's arrow_columns)
        self.arrow_columns = False
        #: Octave's theta(j) read as the parameters' entry j: allowed only in an answer that is entry j (component)
        self.entry: tree.Variable | None = None
        #: δ₁ⱼ, read only in an answer that is entry j (component)
        self.kronecker: tree.Kronecker | None = None
        #: the names a page defines in matrix form, with their values (build_matrix_line), and those read so far
        self.defined: dict[str, _Value] = {}
        self.used: set[str] = set()
        #: the letters read as numbers only because nothing else reads them (no constant of the vocabulary)
        self.unread: set[str] = set()
        #: the vectors NumPy's M * v read as m×1 columns with nothing in the text making them so (numpy_broadcast)
        self.assumed_columns: list[tree.Node] = []

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def fail(self, message: str, node: tree.Node, hint: str | None = None) -> InputError:
        return _fail(message, node, self.source, hint)

    def divided_by_a_vector(self, node: tree.Binary) -> None:
        """``1/(1+exp(-X*theta))``: entry by entry, as NumPy's '/' and Octave's './'; Octave's '/' is mrdivide.

        As ``matrix_cost._Lowering.divided_by_a_vector``: refused in a text surely Octave, noted elsewhere.
        """
        text = self.source.text
        between = text[node.left.span.end:node.right.span.start]
        if "./" in between or "/" not in between or self.numpy or "numpy" in code_dialects(text):
            return
        column = node.left.span.end + between.index("/")
        written = text[node.span.start:node.span.end].strip()
        if self.octave or code_dialects(text) == {"octave"}:
            raise InputError(
                f"in Octave, '/' by a vector is mrdivide (a least-squares solve giving a row), not a division "
                f"of each entry: {written}", source=text, column=column, label=self.source.label,
                hint=f"divide entry by entry with './': {text[node.left.span.start:column].rstrip()} ./ "
                     f"{text[column + 1:node.span.end].lstrip()}")
        self.note(f"read in matrix form: {written} divides by each entry of the vector (NumPy's '/', Octave's './'); "
                  "in Octave '/' by a vector would be mrdivide, a least-squares solve")

    def build(self, node: tree.Node) -> _Value:
        if isinstance(node, tree.Number):
            whole, _, fraction = node.text.partition(".")
            return sympy.Rational(int(whole + fraction), 10 ** len(fraction))
        if isinstance(node, tree.Constant):
            return sympy.E if node.name == "e" else sympy.pi
        if isinstance(node, tree.Variable):
            return self.variable(node)
        if isinstance(node, tree.Transpose) and self.columns:
            value = self.build(node.operand)
            if not isinstance(value, sympy.MatrixExpr):
                return value  # the transpose of a number is the number
            return value.T
        if isinstance(node, tree.Transpose) and not isinstance(node.operand, tree.Variable):
            # ((h - y)' * X / m)': a transpose written of a whole expression, its shape kept (a row here);
            # the answer as a whole must still be the n×1 column
            value = self.build(node.operand)
            return value.T if isinstance(value, sympy.MatrixExpr) else value
        if isinstance(node, tree.Transpose) and self.lines and isinstance(node.operand, tree.Variable):
            # (a whole expression's transpose returned above) a line of a derivation is any matrix expression: θᵀXᵀXθ transposes θ and y as well as X
            value = self.variable(node.operand)
            return value.T if isinstance(value, sympy.MatrixExpr) else value
        if isinstance(node, tree.Sum) and (self.octave or self.numpy) \
                and (transposed := _transposed_call(self.source.text, node)) is not None:
            # sum(M)' transposes the call's value, the 1×n row of M's column sums (Octave), not M before its
            # columns are summed: sum(M') adds up the other way, and of an n×m M gives a row of m
            return self.build(transposed)
        if isinstance(node, tree.Sum) and self.lines and _spelled(node, self.source).startswith("sum"):
            summed = self.entries_added(node)
            if summed is not None:
                return summed
        if isinstance(node, tree.Sum) and self.lines and node.over == "examples" \
                and _ONES_ROW.match(_spelled(node, self.source)):
            # 1ᵀ(Xw + b − y), which the reader reads as the sum of the vector's entries: the ones row times it (a
            # ∂J/∂b's matrix form), a number
            body = self.build(node.body)
            if isinstance(body, sympy.MatrixExpr) and body.shape == (symbols.m, 1):
                # the ones column transposed, so that every printer shows the row as 1ᵀ, as written
                return sympy.MatMul(sympy.Transpose(sympy.OneMatrix(symbols.m, 1)), body)
        if isinstance(node, tree.Transpose):
            if not isinstance(node.operand, tree.Variable):
                # the caret under the ᵀ (the T of ^T, the '), as for v^T read as a power
                mark = tree.Variable("T", tree.Span(node.span.end - 1, node.span.end))
                raise self.fail("only X is transposed in a matrix answer", mark,
                                hint="write the gradient as a column: X^T v, not v^T X")
            value = self.variable(node.operand)
            if not isinstance(value, sympy.MatrixExpr):
                # A^T beside X: a letter that is no vector or matrix here, transposed
                raise self.fail(f"'{_spelled(node.operand, self.source)}' is a number here, and only X is transposed "
                                "in a matrix answer", node.operand, hint="write the data matrix as X: X^T v")
            return value.T
        if isinstance(node, tree.ZeroFirst):
            # [0; theta(2:end)]: θ with the intercept's entry 0, θ − θ₁e₁
            name = node.operand.operand.name
            if name not in vocab.PARAMETER_VECTORS:
                raise self.fail(f"'{name}(2:end)' is read only of a parameter vector", node.operand,
                                hint="[0; theta(2:end)] is θ with its first entry set to 0")
            vector = sympy.MatrixSymbol(name, symbols.n, 1)
            return sympy.MatAdd(vector, sympy.MatMul(-symbols.vector(name)[1], unit_vector(1)))
        if isinstance(node, tree.Tail):
            raise self.fail("theta(2:end) has n − 1 entries, and the gradient n", node,
                            hint="for the penalty's gradient without the intercept write [0; theta(2:end)]")
        if isinstance(node, tree.Negate):
            value = self.build(node.operand)
            return sympy.MatMul(-1, value) if isinstance(value, sympy.MatrixExpr) else -value
        if isinstance(node, tree.Binary):
            return self.binary(node)
        if isinstance(node, tree.Apply):
            return self.apply(node)
        if isinstance(node, tree.AxisSum):
            return self.axis_sum(node)
        if isinstance(node, tree.Sum) and _spelled(node, self.source).startswith("add"):
            return self.imported_sum(node)
        if isinstance(node, tree.Sum) and self.numpy and _numpy_mean_call(self.source.text, node):
            averaged = self.total_mean(node)
            if averaged is not None:
                return averaged
        if isinstance(node, tree.Sum) and self.numpy and _numpy_call(self.source.text, node):
            total = self.total_sum(node)
            if total is not None:
                return total
        if isinstance(node, tree.Sum) and self.octave and isinstance(node.body, tree.Tail) \
                and _spelled(node, self.source).startswith("sum"):
            return self.tail_sum(node, node.body)
        if isinstance(node, tree.Sum) and self.octave and _spelled(node, self.source).startswith(("sum", "mean")):
            summed = self.column_sum(node)
            if summed is None:
                summed = self.vector_total(node)
            if summed is not None:
                return summed
        if isinstance(node, tree.Sum) and (self.octave or self.numpy) and _spelled(node, self.source).startswith("sum") \
                and any(isinstance(current, tree.Variable) and self.column_slice(current) for current in tree.walk(node.body)):
            # sum((X*beta - y) .* X[:, j]): the entries of an m×1 column added up, entry j of the gradient
            added = self.entries_added(node)
            if added is not None:
                return added
        if self.lines and isinstance(node, (tree.Sum, tree.Dot)):
            # λwᵀw or λ‖w‖² in a ridge cost's line (0h-n0's ε = (1/N)(y − Xw)ᵀ(y − Xw) + λwᵀw): the parameter
            # vector's row times itself, the 1×1 product of a line in matrix form, as θᵀXᵀXθ is
            squared = self.squared_norm(node)
            if squared is not None:
                return squared
        if isinstance(node, tree.Sum) and node.over == "examples" and _unbounded_sigma(_spelled(node, self.source)):
            total = self.entries_total(node)
            if total is not None:
                return total
        if isinstance(node, (tree.Sum, tree.Dot)):
            raise self.fail("a matrix answer is written with whole vectors, without sums or dot products", node,
                            hint="Σᵢ xⱼ⁽ⁱ⁾ vᵢ is X^T v; θᵀx⁽ⁱ⁾ for every example is X theta")
        if isinstance(node, tree.Call) and node.name in self.defined and isinstance(node.argument, tree.Variable) \
                and node.argument.name in vocab.PARAMETER_VECTORS and node.argument.feature is None:
            # L(θ) where the page defines L(θ) = ½(Xθ − y)ᵀ(Xθ − y): its value (the parameter vector is the lines')
            self.used.add(node.name)
            return self.defined[node.name]
        if isinstance(node, tree.Call) and node.name == WEIGHT_MATRIX and self.lines:
            # (X\theta - y)^T W (X\theta - y): the parser takes W(…) for a call; in a line it is W times the bracket
            weights = tree.Variable(WEIGHT_MATRIX, tree.Span(node.span.start, node.span.start + 1))
            return self.binary(tree.Binary("*", weights, node.argument, node.span))
        if isinstance(node, tree.Call) and node.name == SIGMOID_LETTER:
            # X^T(g(X\theta) - y): g is Ng's sigmoid, as in index form (no --let defines g here: a let's call is expanded)
            self.note(SIGMOID_G_NOTE)
            return self.apply(tree.Apply("sigmoid", node.argument, node.span))
        if isinstance(node, tree.Call) and node.name in _COST_LETTERS and isinstance(node.argument, tree.Variable) \
                and node.argument.name not in vocab.PARAMETER_VECTORS:
            # L(b) = yᵀy − 2yᵀXb + bᵀXᵀXb: a cost of a vector b, which matrix form does not read as the parameters;
            # "'L' is not read", with a hint about predictions, named neither the letter nor the reason (cold20)
            raise self.fail(f"'{node.name}({node.argument.name})' is not read in a matrix answer: "
                            f"{node.argument.name} is no parameter vector logderiv reads in matrix form "
                            "(theta, w, beta), so the cost of it is read as a function's call", node,
                            hint=f"write the parameter vector as theta, w or beta in place of {node.argument.name}")
        if isinstance(node, tree.Call) and node.name in self.per_example and isinstance(node.argument, tree.Variable) \
                and node.argument.name in (*vocab.DATA_VECTORS, vocab.DATA_MATRIX) and node.argument.feature is None \
                and node.argument.example is None:
            # X^T (h(x) - y) with h(x) = σ(wᵀx + b) (srimugunthan's notebooks: "h(x) and y stand for the vectors of
            # all m predictions and labels"): beside X a call of the one example's x conforms only as the m×1
            # vector of the values h(x⁽ⁱ⁾), the name defined per example read as bare h is
            value = self.variable(tree.Variable(node.name, node.span))
            # examples as columns (--layout columns) make it the 1×m row, as bare h is there: the note says which
            shape = "×".join(str(side) for side in value.shape) if isinstance(value, sympy.MatrixExpr) else "m×1"
            self.note(WHOLE_DATA_CALL_NOTE.format(call=_spelled(node, self.source), name=node.name,
                                                  argument=node.argument.name, shape=shape))
            return value
        if isinstance(node, tree.Call):
            raise self.fail(f"'{node.name}' is not read in a matrix answer", node,
                            hint="write the predictions out, e.g. sigmoid(X theta)")
        if isinstance(node, tree.Derivative) and self.lines:
            return self.derivative(node)
        if isinstance(node, tree.Kronecker) and (self.octave or self.numpy) and not self.lines \
                and {node.first, node.second} == {"1", str(symbols.wrt_index)}:
            # δ₁ⱼ in entry j of the gradient (an Octave loop's 'if j > 1' branch, entry_loops): 1 at the intercept's
            # entry, 0 at the others (checked once the answer is read: only an answer that is entry j has a j)
            self.kronecker = node
            return sympy.KroneckerDelta(1, symbols.wrt_index)
        raise self.fail("this is not read in a matrix answer", node,
                        hint="use X, X^T, theta, y, numbers, m, lambda, functions, * @ ⊙ + - /")

    def derivative(self, node: tree.Derivative) -> _Value:
        """A line's ``∂/∂w (wᵀXᵀXw − 2(Xw)ᵀy + yᵀy)``: the gradient of the 1×1 expression by the parameter vector.

        A derivation in matrix form writes the cost expanded under the operator before it differentiates
        (cold24's ∂/∂w(‖y − Xw‖²) = ∂/∂w(Xw − y)ᵀ(Xw − y) = …): the operator by the whole vector of a number the
        line builds is that number's gradient, an n×1 column, as sympy's matrix calculus takes it (the same
        objects the lines are compared in). By anything else (an entry wⱼ, a matrix), or of a value that is not
        one number, it is refused as before.
        """
        wrt = node.wrt
        if wrt.name not in vocab.PARAMETER_VECTORS or wrt.feature is not None or wrt.example is not None:
            raise self.fail("a derivative in a line of a derivation in matrix form is read only by the whole "
                            "parameter vector (∂/∂w)", wrt, hint="write ∂/∂w of the line's number, or write the "
                            "derivation entry by entry")
        parameter = self.variable(wrt)
        body = self.build(node.body)
        if not isinstance(parameter, sympy.MatrixSymbol) or parameter.shape != (symbols.n, 1):
            raise self.fail("this is not read in a matrix answer", wrt,
                            hint="use X, X^T, theta, y, numbers, m, lambda, functions, * @ ⊙ + - /")
        row = isinstance(body, sympy.MatrixExpr) and body.shape[0] == 1 and body.shape[1] != 1 \
            and _polynomial(body) and _transposed(node.body)
        if row:
            # ∂(Xθ)ᵀ/∂θ · Xθ (a notebook's ∂AᵀB/∂x = ∂Aᵀ/∂x B + ∂Bᵀ/∂x A): a row's transpose written, by the column
            # θ, in the denominator layout, the n×k matrix whose column c is the gradient of the row's entry c (Xᵀ):
            # the one shape the product with the k×1 column after it conforms with; a column (Xθ) says no layout
            self.note(f"{_spelled(node.body, self.source)} is a 1×k row differentiated by the n×1 parameter vector "
                      f"{wrt.name}: read in the denominator layout (∂(Xθ)ᵀ/∂θ = Xᵀ), the n×k matrix whose column c is "
                      "the gradient of the row's entry c, the layout of the rule ∂AᵀB/∂x = (∂Aᵀ/∂x)B + (∂Bᵀ/∂x)A")
            return body.diff(parameter)
        if isinstance(body, sympy.MatrixExpr) and body.shape != (1, 1):
            raise self.fail(f"∂/∂{wrt.name} is read of a number, and this is {describe_shape(body)}", node.body,
                            hint="differentiate the 1×1 cost, such as (Xw − y)ᵀ(Xw − y)")
        # body is what build made of the tree (a sympy expression or a Python number), never text: no sympify
        if not isinstance(body, sympy.MatrixExpr) and isinstance(body, sympy.Basic) \
                and parameter in body.free_symbols:
            raise self.fail("this is not read in a matrix answer", node.body,
                            hint="use X, X^T, theta, y, numbers, m, lambda, functions, * @ ⊙ + - /")
        unread = sorted(each.name for each in getattr(body, "free_symbols", ())
                        if isinstance(each, sympy.Symbol) and each.name in self.unread)
        if unread:
            # ∂J/∂w with J no data, parameter or count (the cost's name where nothing reads it so): read as a number
            # for want of another reading its derivative would be 0, which says nothing of what the page means
            raise self.fail(f"∂/∂{wrt.name} is taken of '{unread[0]}', which has no value in a line in matrix form: "
                            f"read as a number its derivative would be 0", node.body,
                            hint="name the gradient alone on its side (∂J/∂w = …, J the cost a line defines), or "
                                 "write ∇_w of the cost's formula")
        if not isinstance(body, sympy.MatrixExpr):
            return sympy.ZeroMatrix(symbols.n, 1)  # a number without the parameters, as ∂/∂w(yᵀy) is
        if not _polynomial(body):
            # σ(Xw), log, ⊙, an inverse: sympy's matrix calculus is trusted here only with sums, products, transposes
            # and numbers, the quadratic forms a least-squares derivation expands
            raise self.fail(f"∂/∂{wrt.name} is read in a matrix line only of sums, products and transposes of X, y "
                            f"and the parameters", node.body,
                            hint="write the gradient the operator gives, such as 2X^T(Xw - y)")
        return body.diff(parameter)

    def squared_norm(self, node: tree.Sum | tree.Dot) -> _Value:
        """A line's ``wᵀw`` or ``‖w‖²`` (Σₖ wₖ², as the reader builds it) of the parameter vector: the 1×1 ``wᵀw``; else None.

        Ridge's penalty λ‖w‖² = λwᵀw stands in a matrix-form cost beside (Xw − y)ᵀ(Xw − y): the parameter
        vector's product with itself is a number of the line, as the matrix product wᵀw is. Any other dot
        product or sum (θᵀx⁽ⁱ⁾ of one example, a sum over examples) is left to the refusal.
        """
        if isinstance(node, tree.Dot):
            left, right = node.left, node.right
        elif node.over == "features" and isinstance(node.body, tree.Binary) and node.body.op == "^" \
                and isinstance(node.body.right, tree.Number) and node.body.right.text == "2" \
                and isinstance(node.body.left, tree.Variable) and node.body.left.feature == node.index:
            left = right = tree.Variable(node.body.left.name, node.body.left.span)
        else:
            return None
        if left.name != right.name or left.name not in vocab.PARAMETER_VECTORS or left.example is not None \
                or right.example is not None or left.feature is not None and left.feature != getattr(node, "index", None):
            return None
        vector = sympy.MatrixSymbol(left.name, symbols.n, 1)
        return vector.T * vector

    def entries_added(self, node: tree.Sum) -> _Value:
        """Octave's and NumPy's ``sum(v)`` of an m×1 column: its entries added up, the number 1ᵀv (noted); else None."""
        if node.over != "examples":
            return None
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr) or body.shape != (symbols.m, 1):
            return None
        self.note(f"{_spelled(node, self.source)} adds up the entries of an m×1 column, as Octave's and NumPy's "
                  "sum do: the number 1ᵀv")
        return sympy.MatMul(sympy.OneMatrix(1, symbols.m), body)

    def tail_sum(self, node: tree.Sum, tail: tree.Tail) -> _Value:
        """Octave's ``sum(theta(2:end))``: the entries of a column added up, one number Σ_{k≥2} θₖ (noted).

        Added to the gradient it is added to every entry, θ₁'s too: what Octave computes.
        """
        name = tail.operand.name
        if name not in vocab.PARAMETER_VECTORS:
            raise self.fail(f"'{name}(2:end)' is read only of a parameter vector", tail,
                            hint="theta(2:end) is θ without its first entry")
        index = sympy.Symbol("k", integer=True)
        self.note(f"read as Octave: {_spelled(node, self.source)} adds up the entries of {name}(2:end): one number, "
                  f"Σ_{{k=2}}^n {name}ₖ, which a sum with a vector adds to every entry")
        return sympy.Sum(symbols.vector(name)[index], (index, 2, symbols.n))

    def column_sum(self, node: tree.Sum) -> _Value:
        """Octave's ``sum(M)`` of an m×n matrix: each column added up, the 1×n row Σᵢ Mᵢⱼ (None for other shapes)."""
        if node.over != "examples":
            return None
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr) or body.shape != (symbols.m, symbols.n):
            return None
        if _spelled(node, self.source).startswith("mean"):
            # mean(M) is sum(M)/m: the parser already put the 1/m outside this sum
            self.note("read as Octave: mean(M) of an m×n matrix averages each column (its first dimension): "
                      "the 1×n row of (1/m) Σᵢ Mᵢⱼ")
        else:
            self.note("read as Octave: sum(M) of an m×n matrix adds up each column (its first dimension): "
                      "the 1×n row of Σᵢ Mᵢⱼ")
        return sympy.MatMul(sympy.OneMatrix(1, symbols.m), body)

    def entries_total(self, node: tree.Sum) -> _Value:
        """A Σ written without index or bounds over a vector of the examples' values: 1ᵀv, one number (else None).

        Amrani's notes write ∂J/∂b = (1/m) Σ (Xw + b − y): a bare Σ before an m×1 vector can only add up its
        m entries, the examples' residuals, as Σᵢ (xᵢ·w + b − yᵢ) does. A body of another shape (n×1, a
        matrix) leaves the Σ refused: which entries it adds up, the text does not say.
        """
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr) or body.shape != (symbols.m, 1):
            return None
        self.totals = True
        self.note(BARE_SIGMA_NOTE)
        return sympy.Trace(sympy.MatMul(sympy.OneMatrix(1, symbols.m), body))

    def vector_total(self, node: tree.Sum) -> _Value:
        """Octave's ``sum(v)`` of a vector: its entries added up, the number 1ᵀv (None for other shapes).

        Octave sums along the first dimension longer than 1, so of a column or a row alike the sum is one
        number; beside a vector (``grad + lambda/m*sum(theta)``) that number is added to every entry, as
        NumPy's ``np.sum(theta)`` is (:meth:`total_sum`).
        """
        if node.over != "examples" or _spelled(node, self.source).startswith("mean"):
            return None
        body = self.build(node.body)
        if isinstance(body, sympy.MatrixExpr) and body.shape == (1, 1):
            # yhyap's sum(X'(1,:)*h - X'(1,:)*y): a row times a column is one number already (1×1), and Octave's sum
            # of one number is that number
            self.note(ONE_NUMBER_SUM_NOTE)
            return body
        if not isinstance(body, sympy.MatrixExpr) or 1 not in body.shape or body.shape == (1, 1):
            return None
        rows, columns = body.shape
        self.totals = True
        self.note(VECTOR_SUM_NOTE.format(shape=describe_shape(body)))
        return sympy.Trace(sympy.MatMul(sympy.OneMatrix(1, rows), body, sympy.OneMatrix(columns, 1)))

    def total_sum(self, node: tree.Sum) -> _Value:
        """NumPy's ``np.sum(M)`` with no axis: every entry of M added up, the number 1ᵀM1 (None for a number's sum)."""
        if node.over != "examples":
            return None
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr):
            return None
        rows, columns = body.shape
        self.totals = True
        self.note(f"read as NumPy: np.sum(M) with no axis adds up every entry of M ({describe_shape(body)} here): "
                  "a number")
        return sympy.Trace(sympy.MatMul(sympy.OneMatrix(1, rows), body, sympy.OneMatrix(columns, 1)))

    def total_mean(self, node: tree.Sum) -> _Value:
        """NumPy's ``np.mean(M)`` with no axis of a matrix: every entry averaged, (1/(rows·columns)) 1ᵀM1, one number.

        The parser read ``np.mean(v)`` as (1/m) Σᵢ vᵢ, the mean over the examples, which it is of a vector; of a
        matrix (``np.mean((h - y) * X)``, m×n) NumPy averages all m·n entries, not each column (that is
        ``axis=0``): the 1/m outside this sum stays, and the rest of the divisor is put here. None for a vector
        or a number (read as before).
        """
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr) or 1 in body.shape:
            return None
        rows, columns = body.shape
        self.totals = True
        self.note(f"read as NumPy: np.mean(M) with no axis averages every entry of M ({describe_shape(body)} here): "
                  f"one number, the sum of its entries over {rows}·{columns}, not each column's mean (axis=0)")
        total = sympy.Trace(sympy.MatMul(sympy.OneMatrix(1, rows), body, sympy.OneMatrix(columns, 1)))
        return sympy.Mul(symbols.m / (rows * columns), total)

    def imported_sum(self, node: tree.Sum) -> _Value:
        """Code's ``add(v)`` of one argument (the parser's note): a vector's or a number's entries added up, one number.

        The sum imported as add may be NumPy's (every entry) or Python's or np.add.reduce (each column): of a
        column or a number they agree; of a 1×m row (one example per column) only NumPy's makes one number, the
        only value a cost or a derivative by a number can be; of a matrix they differ, and only the source's
        import says which: refused.
        """
        body = self.build(node.body)
        if isinstance(body, sympy.MatrixExpr) and 1 not in body.shape:
            raise self.fail(f"'{_spelled(node, self.source)}' adds up a matrix ({describe_shape(body)}): "
                            "np.sum imported as add adds every entry, Python's sum and np.add.reduce each column, "
                            "and the text does not say which", node,
                            hint="write np.sum(M) for every entry, or np.sum(M, axis=0) for each column")
        if isinstance(body, sympy.MatrixExpr) and body.shape[0] == 1 and body.shape[1] != 1:
            self.note(f"{_spelled(node, self.source)} of a 1×m row is read as NumPy's sum, one number (Python's sum "
                      "would keep the row)")
        total = self.total_sum(node)
        return body if total is None else total

    def axis_sum(self, node: tree.AxisSum) -> _Value:
        """Octave's ``sum(M, 1)`` (1ᵀM, each column added up) and ``sum(M, 2)`` (M1, each row added up)."""
        spelled = _spelled(node, self.source)
        numpy = self.numpy and _numpy_axis_call(self.source.text, node)
        if not numpy and (not self.octave or _numpy_call(self.source.text, node)):
            raise self.fail(f"'{spelled}': a sum along a dimension is read only in Octave text", node,
                            hint="NumPy numbers its axes from 0: write the matrix product, e.g. X.T @ (h - y)")
        if numpy:
            return self.numpy_axis_sum(node, spelled)
        body = self.build(node.body)
        if not isinstance(body, sympy.MatrixExpr) or 1 in body.shape:
            raise self.fail(f"'{spelled}' sums a vector or a number along one dimension: not read", node,
                            hint="sum(M, 2) is read of a matrix, such as (h - y) .* X")
        rows, columns = body.shape
        self.note(f"read as Octave: sum(M, {node.dimension}) adds up each "
                  f"{'column' if node.dimension == 1 else 'row'} of M ({describe_shape(body)} here)")
        if node.dimension == 1:
            return sympy.MatMul(sympy.OneMatrix(1, rows), body)
        return sympy.MatMul(body, sympy.OneMatrix(columns, 1))

    def numpy_axis_sum(self, node: tree.AxisSum, spelled: str) -> _Value:
        """NumPy's ``np.sum(M, axis=0)`` (1ᵀM, down each column) and ``np.mean(M, axis=0)`` of an m-row M.

        Read of a matrix only (of a vector the axis is its only one, which a cost reads); a mean
        must divide by m, so its M has the m rows of the examples.
        """
        # inside np.sum(M, axis): a 1-D vector broadcast against M is summed away (X.T * (h - y) alone, an n×m
        # matrix, stays refused at its '*' with @ named)
        self.axis_summed = getattr(self, "axis_summed", 0) + 1
        try:
            body = self.build(node.body)
        finally:
            self.axis_summed -= 1
        if not isinstance(body, sympy.MatrixExpr) or 1 in body.shape:
            raise self.fail(f"'{spelled}' sums a vector or a number along one axis: not read", node,
                            hint="np.sum(M, axis=0) is read of a matrix, such as X * (h - y)")
        rows, columns = body.shape
        function = "mean" if spelled.startswith("mean") else "sum"
        along = rows if node.dimension == 1 else columns
        if function == "mean" and along != symbols.m:
            raise self.fail(f"'np.{spelled}' divides by the {along} {'rows' if node.dimension == 1 else 'columns'} "
                            f"of a {describe_shape(body)} matrix, not by the number of examples m", node,
                            hint="write the sum and the count you mean")
        axis = node.dimension - 1
        self.note(f"read as NumPy: np.{function}(M, axis={axis}) "
                  f"{'adds up' if function == 'sum' else 'averages'} each {'column' if axis == 0 else 'row'} "
                  f"of M ({describe_shape(body)} here)")
        if node.dimension == 1:
            return sympy.MatMul(sympy.OneMatrix(1, rows), body)
        return sympy.MatMul(body, sympy.OneMatrix(columns, 1))

    def numpy_broadcast(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """NumPy's ``M * v`` of an m×n matrix and an m×1 column written ``*``: row i of M times vᵢ (None otherwise).

        The matrix form holds y and the values per example as m×1 columns, and NumPy broadcasts
        such a column across M's columns; a 1-D array would not broadcast so, which the note says.
        """
        if not self.numpy or star_between(self.source.text, node.left, node.right) is None:
            return None
        row = self.row_broadcast(left, right)
        if row is not None:
            return row
        vector, matrix = (left, right) if left.shape[1] == 1 else (right, left)
        if vector.shape == (symbols.m, 1) and 1 not in matrix.shape and matrix.shape[1] == symbols.m \
                and matrix.shape[0] != symbols.m and (getattr(self, "axis_summed", 0)
                                                      or getattr(self, "in_matrix_product", 0)):
            # pred_error * X.T (Hung-yi Lee's HW2): an m×1 column against an n×m matrix would raise in NumPy, so
            # the code that runs holds v 1-D (shape (m,)), which broadcasts as a row: column i of M times vᵢ
            self.note(f"read as NumPy: M * v of the {describe_shape(matrix)} matrix M and the m-vector v runs only "
                      "with v 1-D (shape (m,); as an m×1 column it would not broadcast), and multiplies column i "
                      "of M by vᵢ")
            spread = sympy.MatMul(sympy.OneMatrix(matrix.shape[0], 1), vector.T)
            return sympy.HadamardProduct(spread, matrix) if vector is left else sympy.HadamardProduct(matrix, spread)
        if 1 in matrix.shape or vector.shape != (matrix.shape[0], 1) or vector.shape[0] != symbols.m:
            return None
        self.refuse_one_dimensional_beside_columns(node.left if vector is left else node.right,
                                                   node.right if vector is left else node.left)
        if not self.made_column(node.left if vector is left else node.right):
            self.assumed_columns.append(node.left if vector is left else node.right)
        rows, columns = matrix.shape
        self.note(f"read as NumPy: M * v of the {describe_shape(matrix)} matrix M and the {describe_shape(vector)} "
                  "column v multiplies row i of M by vᵢ (broadcasting: v is a column, as the matrix form holds y; "
                  "a 1-D array v would not broadcast so)")
        spread = sympy.MatMul(vector, sympy.OneMatrix(1, columns))
        return sympy.HadamardProduct(spread, matrix) if vector is left else sympy.HadamardProduct(matrix, spread)

    def refuse_one_dimensional_beside_columns(self, vector: tree.Node, matrix: tree.Node) -> None:
        """``y[:, None] * X * p`` (audit24h): a text that makes its arrays of the examples columns with ``[:, None]``
        keeps them 1-D, so a vector of the examples it leaves unmade is 1-D (or, of a 1-D array and a column, m×m).

        NumPy broadcasts a 1-D v of m entries along the rows of an m×n matrix: column j times vⱼ, and it raises
        unless m = n. Read as the column the matrix form holds (row i times vᵢ), the student's forgotten
        ``[:, None]`` was judged equivalent; the text itself says the arrays are 1-D, so the column reading is
        refused at the vector. A text with no ``[:, None]`` keeps the column reading, noted.
        """
        named = sorted({current.name for current in tree.walk(vector) if isinstance(current, tree.Variable)
                        and current.name in self.one_dimensional and current.feature is None
                        and current.example is None})
        flat: set[int] = getattr(self, "flat_products", set())
        if flat and not self.made_column(vector) and any(id(current) in flat for current in tree.walk(vector)):
            raise self.fail(
                f"'{_spelled(vector, self.source)}' holds np.dot(w, M) of a 1-D w, a 1-D array of m entries (never an "
                f"m×1 column): NumPy's '*' with the m×n '{_spelled(matrix, self.source)}' broadcasts it along the "
                "columns (raising unless m = n), not row i by its entry i", vector,
                hint=f"to scale row i by entry i write ({_spelled(vector, self.source)})[:, None]")
        if _NEWAXIS.search(self.source.text) is None and not named or self.made_column(vector):
            return
        spelled, data = _spelled(vector, self.source), _spelled(matrix, self.source)
        why = (f"holds {named[0]}, which the cost's code keeps 1-D (it runs only with 1-D arrays, as its note says), "
               "so it is 1-D (or m×m beside a column)" if _NEWAXIS.search(self.source.text) is None else
               "is not made a column here, while this code makes its arrays of the examples columns with [:, None] "
               "(or .reshape(-1, 1), np.expand_dims(v, 1)), so they are 1-D, shape (m,)")
        raise self.fail(
            f"'{spelled}' {why}: NumPy broadcasts a 1-D vector of m entries along the rows of "
            f"the m×n '{data}', multiplying column j by its entry j (and raises unless m = n), not row i by its "
            "entry i", vector,
            hint=f"to scale row i by entry i write ({spelled})[:, None]; if it is an m×1 column already, write every "
                 "array of the examples as one")

    def made_column(self, node: tree.Node) -> bool:
        """Whether NumPy text made ``node`` a column (:meth:`newaxis_column`), or a product or a quotient of such
        columns and numbers: ``y[:, None] * p[:, None]``, ``2 * p[:, None]``."""
        if self.newaxis_column(node):
            return True
        if isinstance(node, tree.Binary) and node.op in ("*", "/"):
            terms = (node.left, node.right)
            return any(self.made_column(term) for term in terms) and all(
                isinstance(term, tree.Number) or self.made_column(term) for term in terms)
        if isinstance(node, tree.Negate):
            return self.made_column(node.operand)
        return False

    def row_broadcast(self, left: _Value, right: _Value) -> _Value:
        """NumPy's ``X * (A - Y)`` of an n×m X (one example per column) and a 1×m row: column i of X times vᵢ.

        DeepLearning.AI keeps the examples in columns and A, Y as 1×m rows; NumPy broadcasts a row (2-D or
        1-D alike) down a matrix's rows, so each example's column is scaled by its own entry. None otherwise.
        """
        vector, matrix = (left, right) if left.shape[0] == 1 else (right, left)
        if 1 in matrix.shape or vector.shape != (1, matrix.shape[1]) or vector.shape[1] != symbols.m:
            return None
        self.note(f"read as NumPy: M * v of the {describe_shape(matrix)} matrix M and the {describe_shape(vector)} "
                  "row v multiplies column i of M by vᵢ (broadcasting, as for a 1-D v)")
        spread = sympy.MatMul(sympy.OneMatrix(matrix.shape[0], 1), vector)
        return sympy.HadamardProduct(spread, matrix) if vector is left else sympy.HadamardProduct(matrix, spread)

    def one_dimensional_product(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """NumPy's ``np.dot(h - y, X)`` (or ``(h - y) @ X``) of the m-vector of the examples and the m×n X: Xᵀv.

        As an m×1 column times X the product does not conform, and NumPy would raise; it
        runs only with v a 1-D array (shape (m,)), as NumPy code keeps y, and then it is
        the n-vector Σᵢ vᵢ x⁽ⁱ⁾ = Xᵀv — the only reading in which the code runs (noted).
        Not for '*' (entry by entry), Octave, or one example per column. None otherwise.
        """
        text = self.source.text
        # NumPy's method a.dot(b) marks NumPy by itself, in a text with no other mark ((h - y).dot(X) / m)
        method = not code_dialects(text) and _METHOD_DOT.fullmatch(text[node.left.span.end:node.right.span.start])
        if not (self.numpy or method) or self.columns:
            return None
        if star_between(self.source.text, node.left, node.right) is not None:
            return None
        if left.shape == (symbols.n, 1) and right.shape == (symbols.n, symbols.m) and self.numpy:
            # np.dot(w, -X.T*y) (Q&A 47114997): a 1-D w before an n×m matrix is its row, wᵀM, NumPy's 1-D (m,)
            # result, one value per example (as an n×1 column w would not conform); kept so that a '*' with an m×n
            # matrix does not read it as a column (audpyf35a: (theta.dot(X.T) - y) * X broadcasts along columns)
            if not hasattr(self, "flat_products"):
                self.flat_products: set[int] = set()
            self.flat_products.add(id(node))
            self.note(f"read as NumPy with 1-D arrays: '{_spelled(node.left, self.source)}' is the n-vector of the "
                      f"weights (shape (n,)), and np.dot(w, M) or w @ M of a 1-D w and the {describe_shape(right)} M "
                      "is Mᵀw, the m-vector of its values per example (as an n×1 column the product would not "
                      "conform)")
            return sympy.MatMul(sympy.Transpose(right), left)
        if left.shape != (symbols.m, 1) or right.shape[0] != symbols.m or right.shape[1] == 1:
            return None
        self.note(f"read as NumPy with 1-D arrays: '{_spelled(node.left, self.source)}' is the m-vector of the "
                  f"examples (shape (m,)), and np.dot(v, X) or v @ X of a 1-D v and the {describe_shape(right)} "
                  "X is Xᵀv, the n-vector Σᵢ vᵢ x⁽ⁱ⁾ (as an m×1 column the product would not conform)")
        return sympy.MatMul(sympy.Transpose(right), left)

    def newaxis_column(self, node: tree.Node) -> bool:
        """Whether NumPy text made ``node`` a column: ``v[:, None]`` right after it (after its own brackets), or on
        the terms of its sum, each a column or a number (``(1 + e[:, None])``).

        Not a ``[:, None]`` anywhere inside: in ``1 + np.exp(y * (X @ w[:, None]))`` it makes w a column, and NumPy's
        y * (X @ w[:, None]) of the 1-D y and that column is an m×m array, no column (audit24d); nor a term that is
        1-D beside a column (``y + e[:, None]`` is m×m too).
        """
        if not self.numpy:
            return False
        text = self.source.text
        # as many ')' as the node's own '(' before it: a bracket closing a call around it (np.exp(v)[:, None])
        # makes the call's value the column, not the node's
        before = _OPENING_BRACKETS.search(text, 0, node.span.start)
        assert before is not None, "the pattern matches the empty string"
        called = before.start() > 0 and (text[before.start() - 1].isalnum() or text[before.start() - 1] in "_])")
        opened = before.group(0).count("(") - called
        closed = _CLOSING_NEWAXIS.match(text, node.span.end)
        # and an operation in brackets of its own: in y*y + e[:, None] the [:, None] is the last term's
        atom = isinstance(node, (tree.Variable, tree.Apply, tree.Call, tree.FunctionCall))
        if closed is not None and (atom or closed.group("brackets").count(")") >= 1) \
                and closed.group("brackets").count(")") <= opened:
            return True
        if isinstance(node, tree.Binary) and node.op in ("+", "-"):
            terms = (node.left, node.right)
            return any(self.newaxis_column(term) for term in terms) and all(
                isinstance(term, tree.Number) or self.newaxis_column(term) for term in terms)
        return False

    def broadcast(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """Octave's ``v .* M`` of a vector and a matrix it fits: vᵢ times row i of M (a column), or column j (a row).

        None for shapes that do not broadcast so.
        """
        if not (self.octave and _octave_times(self.source.text, node)):
            return None
        vector, matrix = (left, right) if 1 in left.shape else (right, left)
        if 1 in matrix.shape or 1 not in vector.shape:
            return None
        rows, columns = matrix.shape
        if vector.shape == (rows, 1):
            spread = sympy.MatMul(vector, sympy.OneMatrix(1, columns))
            self.note(f"read as Octave: v .* M of the {describe_shape(vector)} column v and the {describe_shape(matrix)} "
                      "matrix M multiplies row i of M by vᵢ (broadcasting)")
        elif vector.shape == (1, columns):
            spread = sympy.MatMul(sympy.OneMatrix(rows, 1), vector)
            self.note(f"read as Octave: v .* M of the {describe_shape(vector)} row v and the {describe_shape(matrix)} "
                      "matrix M multiplies column j of M by vⱼ (broadcasting)")
        else:
            return None
        return sympy.HadamardProduct(spread, matrix) if vector is left else sympy.HadamardProduct(matrix, spread)

    def column_slice(self, node: tree.Variable) -> bool:
        """Whether ``node`` is written as code's column of X, ``X[:, j]`` or ``X(:, j)`` (not x_j, not x[j]).

        With ``arrow_columns``, also ``\\vec{x_j}``, ``\\vec{x}_j``: feature j's column over the examples,
        written with an arrow (Coursera's notes, (1/m) x⃗ⱼᵀ(Xθ − y⃗) after the sum it vectorises).
        """
        spelled = _spelled(node, self.source)
        return _COLUMN_SLICE.fullmatch(spelled) is not None or self.arrow_columns and \
            _ARROW_COLUMN.fullmatch(spelled) is not None

    def variable(self, node: tree.Variable) -> _Value:
        value = self.named(node)
        if self.square and isinstance(value, sympy.MatrixExpr):
            return value.subs(symbols.m, symbols.n)
        return value

    def named(self, node: tree.Variable) -> _Value:
        name = node.name
        if name in self.defined and node.feature is None and node.example is None:
            # a name the page defines in matrix form (ŷ = σ(Xw), L = ½‖Xθ − y‖²): its value
            self.used.add(name)
            return self.defined[name]
        if node.example is None and node.feature is not None and node.feature.isdigit() and (
            name == "e" or name in vocab.PARAMETER_VECTORS
        ):
            # θ₁ e₁: what derive prints for a penalty that leaves the intercept out
            index = int(node.feature)
            if index < 1:
                raise self.fail(f"features are numbered 1..n: '{_spelled(node, self.source)}' has no feature",
                                node, hint="the intercept is feature 1: theta_1, e_1")
            return unit_vector(index) if name == "e" else symbols.vector(name)[index]
        if name == "x" and node.feature == str(symbols.wrt_index) and node.example is None and not self.columns \
                and (self.octave or self.numpy or self.arrow_columns) and self.column_slice(node):
            # (X*beta - y) .* X[:, j]: column j of X (m×1; the reader notes it), so the answer is entry j of the
            # gradient, a number
            self.component = True
            return feature_column()
        spelled = _spelled(node, self.source)
        if name == "x" and node.feature is not None and node.feature.isdigit() and node.example is None \
                and not self.columns and self.octave and _NUMBERED_COLUMN.fullmatch(spelled) and int(node.feature) >= 1:
            # yhyap's X'(1,:) (read as X(:,1)'): column 1 of X, Xe₁, the m×1 vector of x₁⁽ⁱ⁾ (Octave counts from 1)
            return sympy.MatMul(sympy.MatrixSymbol(vocab.DATA_MATRIX, symbols.m, symbols.n), unit_vector(int(node.feature)))
        if name in vocab.PARAMETER_VECTORS and node.feature == str(symbols.wrt_index) and node.example is None \
                and not self.columns and (self.octave and _OCTAVE_PARAMETER_ENTRY.fullmatch(spelled)
                                          or self.numpy and _SUBSCRIPT_PARAMETER_ENTRY.fullmatch(spelled)):
            # yhyap's lambda.*theta(j,1) beside X'(j,:): entry j of the parameters, a number, in an answer that is
            # entry j of the gradient (checked once the answer is read: build_matrix refuses it in any other)
            self.entry = node
            return symbols.vector(name)[symbols.wrt_index]
        if self.numpy and node.feature is not None and node.feature.isdigit() and _CODE_ENTRY_NAME.fullmatch(spelled):
            # numpy.dot(error, X_1) (a gist's X_1, X with its ones): NumPy takes an entry with brackets, so X_1 is an
            # array of code's own, and which one (the data with a column of ones?) the texts do not say
            raise self.fail(f"'{spelled}' in NumPy code is an array of its own (NumPy takes X's entries with "
                            f"brackets, X[:, 1]): which array it is the texts do not say", node,
                            hint=f"write the data matrix as the cost does (X) if {spelled} is it, with its column "
                                 "of ones")
        if node.feature is not None or node.example is not None:
            raise self.fail(f"a matrix answer uses whole vectors: '{spelled}' is one entry",
                            node, hint="write X, theta, y (X theta for the θᵀx⁽ⁱ⁾ of every example)")
        if self.columns and name in (vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT):
            # X n×m: code's X.shape[1] is m; X.shape[0], len(X) are n (refused, not read as m)
            spelled = _spelled(node, self.source)
            kind = columns_count(spelled)
            if kind == "not m" and name == vocab.EXAMPLE_COUNT:
                raise columns_count_error(spelled, self.source.text, node.span.start, self.source.label)
            if kind == "m" and name == vocab.FEATURE_COUNT:
                return symbols.scalar(vocab.EXAMPLE_COUNT)
        if name == vocab.DATA_MATRIX:
            data = sympy.MatrixSymbol(name, symbols.m, symbols.n)
            return data.T if self.columns else data
        if name == vocab.SIGMA_VECTOR and not self.columns:
            return sympy.MatrixSymbol(name, symbols.m, 1)  # its entries are the cost's σ(…⁽ⁱ⁾): matrix_answer
        if name in self.per_example or self.columns and name in vocab.PER_EXAMPLE:
            # a name defined per example (h = sigmoid(X theta)): the m×1 vector of its values (a row in columns)
            vector = sympy.MatrixSymbol(name, symbols.m, 1)
            if not self.columns and name in self.rows:
                self.note(f"read as Octave: {name} is a 1×m row (its --let transposes the column, or is built entry by "
                          f"entry from such a row), so {name}' "
                          "is the m×1 column of its values")
                return vector.T
            return vector.T if self.columns and name not in self.standing else vector
        if name in vocab.PARAMETER_VECTORS:
            return sympy.MatrixSymbol(name, symbols.n, 1)
        if name == WEIGHT_MATRIX and self.lines:
            # weighted least squares' (Xθ − y)ᵀW(Xθ − y): the m×m diagonal weights, a constant of the data
            self.note(WEIGHT_NOTE)
            return sympy.MatrixSymbol(WEIGHT_MATRIX, symbols.m, symbols.m)
        if name == IDENTITY:
            # ridge's (XᵀX + λI)w − Xᵀy: I is the n×n identity, the size of XᵀX and of the weights it multiplies;
            # alone beside a vector (2λI for 2λw) its shape does not conform and is refused at the sum (a line of a
            # written derivation is read so too, noted; where I's shapes do not conform it is refused, not judged,
            # as I may be m×m there: verify.matrix_chain)
            self.note(IDENTITY_NOTE)
            return sympy.Identity(symbols.n)
        if name == "Y" and not self.columns:
            # \frac{2}{N}(X^TXw-X^TY) (yunlaix.github.io): the labels' capital beside the data matrix X, as a cost reads it
            self.note("Y is read as y, the m×1 vector of labels (the data matrix X's capital, as notes write it)")
            return sympy.MatrixSymbol("y", symbols.m, 1)
        if name in vocab.PER_EXAMPLE:
            return sympy.MatrixSymbol(name, symbols.m, 1)
        if name in vocab.CONSTANTS:
            return symbols.scalar(name)
        if name in vocab.DATA_VECTORS:
            raise self.fail("in a matrix answer the data is the matrix X", node,
                            hint="write X (m×n); X theta holds θᵀx⁽ⁱ⁾ for every example")
        if name == vocab.PREDICTION:
            raise self.fail(f"'{name}' is not read in a matrix answer", node,
                            hint="write the predictions out, e.g. sigmoid(X theta)")
        if name in vocab.RESERVED:
            raise self.fail(f"'{name}' is {vocab.RESERVED[name]}, not a variable", node)
        if name not in vocab.CONSTANTS:
            self.unread.add(name)
        return symbols.scalar(name)

    def binary(self, node: tree.Binary) -> _Value:
        # inside a NumPy matrix product (np.dot(w, -X.T*y), (-X.T*y).dot(v)), as inside np.sum(M, axis): a 1-D vector
        # broadcast as a row makes a matrix that the product reduces (alone it stays refused at its '*')
        product = node.op == "*" and self.numpy and star_between(self.source.text, node.left, node.right) is None
        self.in_matrix_product = getattr(self, "in_matrix_product", 0) + product
        try:
            left = self.build(node.left)
            right = self.build(node.right)
        finally:
            self.in_matrix_product -= product
        left_matrix = isinstance(left, sympy.MatrixExpr)
        right_matrix = isinstance(right, sympy.MatrixExpr)
        if node.op in ("+", "-"):
            if node.op == "-":
                right = sympy.MatMul(-1, right) if right_matrix else -right
            if not left_matrix and not right_matrix:
                return left + right
            if left_matrix and right_matrix:
                self.refuse_kept_column_beside_one_dimensional(node)
                slip = self.row_beside_column(node, left, right) or self.reduced_beside_column(node, left, right)
                if slip is not None:
                    left, right = slip
                one = self.one_by_one_beside_vector(node, left, right)
                if one is not None:
                    left, right = one
                    left_matrix, right_matrix = isinstance(left, sympy.MatrixExpr), isinstance(right, sympy.MatrixExpr)
            if left_matrix and right_matrix:
                if left.shape != right.shape:
                    self.refuse_identity_added(node, left, right)
                    raise self.fail(
                        f"'{_spelled(node.left, self.source)}' is {describe_shape(left)} and "
                        f"'{_spelled(node.right, self.source)}' is {describe_shape(right)}: they cannot be added",
                        node.right, hint="both sides of + and − must have the same shape")
                return sympy.MatAdd(left, right)
            # a number added to a vector is added to each entry
            vector = left if left_matrix else right
            number = right if left_matrix else left
            if vector.shape == (1, 1) and (self.entry is not None or self.component):
                # yhyap's sum(X'(j,:)*h - X'(j,:)*y) + lambda.*theta(j,1): a row times a column is one number, the
                # parameters' entry j another (an answer that is entry j: build_matrix checks it); so too a number
                # beside (h - y)'*X(:,j), entry j of the gradient (theta(1) is θ₁ there, noted: a 1×1 matrix plus a
                # number had been λθ₁ times sympy's 1×1 identity, which no reader of entries knows)
                return sympy.Trace(left) + right if left_matrix else left + sympy.Trace(right)
            self.refuse_number_beside_matrix(node, vector, left_matrix)
            ones = number * sympy.OneMatrix(*vector.shape)
            return sympy.MatAdd(vector, ones) if left_matrix else sympy.MatAdd(ones, vector)
        if node.op == "/":
            if right_matrix:
                # of vectors, entry by entry: 1/(1 + e^(-X theta)) is σ(Xθ)
                # Octave's 1./(1 + exp(-theta'*X')), and NumPy's / (always entry by entry) with one example per
                # column (Cornell's -y_tr/(1 + exp(inside))): a 1×m row
                row = right.shape[0] == 1 and (self.octave or self.numpy and self.columns)
                if left_matrix and right.shape == (left.shape[0], 1) and left.shape[1] != 1 \
                        and self.newaxis_column(node.right):
                    # NumPy's M / v[:, None] (v made a column): row i of the m×n M divided by vᵢ, the column
                    # broadcast across M's columns as X * v[:, None] multiplies them (plain's _check_newaxis
                    # reads the [:, None] only where it is so)
                    self.note("read as NumPy: M / v[:, np.newaxis] of an m×n M and the column v divides row i of "
                              "M by vᵢ (broadcasting)")
                    spread = sympy.MatMul(sympy.HadamardPower(right, -1), sympy.OneMatrix(1, left.shape[1]))
                    return sympy.HadamardProduct(left, spread)
                if (right.shape[1] != 1 and not row) or left_matrix and left.shape != right.shape:
                    raise self.fail(
                        f"'{_spelled(node.left, self.source)}' is {describe_shape(left)} and "
                        f"'{_spelled(node.right, self.source)}' is {describe_shape(right)}: they cannot be divided",
                        node.right, hint="a vector divides a number or a vector of its shape, entry by entry")
                self.divided_by_a_vector(node)
                reciprocal = sympy.HadamardPower(right, -1)
                if left_matrix:
                    return sympy.HadamardProduct(left, reciprocal)
                return reciprocal if left == 1 else sympy.MatMul(left, reciprocal)
            if right == 0:
                raise self.fail("division by zero", node.right)
            return sympy.MatMul(1 / right, left) if left_matrix else left / right
        if node.op == "^":
            return self.power(node, left, right)
        if node.op == "⊙" and (left_matrix != right_matrix) and _octave_times(self.source.text, node):
            # Octave's lambda .* theta: .* with a number multiplies each entry by it
            scalar, matrix = (right, left) if left_matrix else (left, right)
            return sympy.MatMul(scalar, matrix)
        if node.op == "⊙" and not left_matrix and not right_matrix and _octave_times(self.source.text, node):
            # yhyap's lambda.*theta(j,1): Octave's .* of two numbers is their product
            return left * right
        if node.op == "⊙" and left_matrix and right_matrix and left.shape != right.shape:
            spread = self.broadcast(node, left, right)
            if spread is not None:
                return spread
        if node.op == "⊙":
            # Octave's .* of two 1×m rows (w'*xTr with one example per column): entry by entry, as of two columns
            row = self.octave and left_matrix and left.shape[0] == 1
            if not (left_matrix and right_matrix) or left.shape != right.shape or (left.shape[1] != 1 and not row):
                raise self.fail(
                    f"⊙ multiplies two vectors of one shape; here {describe_shape(left)} and {describe_shape(right)}",
                    node.right, hint="for a number times a vector write * or a space")
            return sympy.HadamardProduct(left, right)
        # '*', '@', juxtaposition: a product; of two matrices, the matrix product
        if left_matrix and right_matrix:
            spread = self.numpy_broadcast(node, left, right)
            if spread is not None:
                return spread
            if self.numpy and left.shape == right.shape and left.shape in ((symbols.m, 1), (1, symbols.m)) \
                    and star_between(self.source.text, node.left, node.right) is not None:
                # NumPy's (h - y) * h * (1 - h) of two m-vectors: entry by entry, as NumPy computes it, one value per
                # example (reduced by the Xᵀ @ … around it; an answer left m entries is refused by its shape); two
                # 1×m rows alike (Cornell's yTr*e with one example per column): '*' of one shape is never a product
                self.note(f"read as NumPy: {_spelled(node, self.source)} multiplies two m-vectors entry by entry "
                          "(NumPy's '*'), one value per example")
                return sympy.HadamardProduct(left, right)
            if 1 not in (left.shape[0] * left.shape[1], right.shape[0] * right.shape[1]):
                # NumPy's X.T * (h - y): entry by entry (broadcast), not Xᵀ(h − y)
                refusal = numpy_star_error(self.source.text, node.left, node.right, describe_shape(left),
                                           describe_shape(right), self.source.label, self.typed)
                if refusal is not None:
                    raise refusal
                if self.typed and star_between(self.source.text, node.left, node.right) is not None:
                    self.note(TYPED_MATHS_NOTE)
            if left.shape == (symbols.m, symbols.n) and right.shape == (1, symbols.n) \
                    and isinstance(node.right, tree.Transpose) and isinstance(node.right.operand, tree.Variable) \
                    and node.right.operand.name in vocab.PARAMETER_VECTORS \
                    and "numpy" in code_dialects(self.source.text) \
                    and star_between(self.source.text, node.left, node.right) is None:
                # X @ theta.T (R's x %*% t(theta)): it runs only with θ 1-D or a 1×n row, whose transpose is the
                # column: Xθ either way, as the cost's reader takes it (with θ a column it would raise)
                self.note(f"read as NumPy: {_spelled(node, self.source)} runs only with "
                          f"{_spelled(node.right.operand, self.source)} 1-D or a 1×n row, and is Xθ in both")
                right = right.T
            one_dimensional = self.one_dimensional_product(node, left, right)
            if one_dimensional is not None:
                return one_dimensional
            if left.shape[1] != right.shape[0]:
                # X where Xᵀ is due: the caret goes under the X
                at = _last_factor(node.left) if left.shape == (symbols.m, symbols.n) else node.right
                raise self.fail(self.mismatch(node, left, right), at, hint=self.mismatch_hint(node, left, right))
            return sympy.MatMul(left, right)
        if left_matrix or right_matrix:
            scalar, matrix = (right, left) if left_matrix else (left, right)
            return sympy.MatMul(scalar, matrix)
        return left * right

    def refuse_identity_added(self, node: tree.Binary, left: _Value, right: _Value) -> None:
        """Refuse ``-2(y - Xβ)ᵀX + 2λI``: the n×n identity added to a vector, where the penalty's 2λβ is meant; and
        the dual form's ``XXᵀ + λI``, where I is m×m: the message names I's size as read, not the λ beside it."""
        for side, value, other in ((node.left, left, right), (node.right, right, left)):
            # a line of a written derivation is refused by verify.matrix_chain, which says the same of I's size
            if self.lines:
                break
            if value.has(sympy.Identity) and value.shape == (symbols.n, symbols.n) \
                    and other.shape == (symbols.m, symbols.m):
                letter = next((current for current in tree.walk(side)
                               if isinstance(current, tree.Variable) and current.name == IDENTITY), side)
                raise self.fail(
                    f"'I' is read as the n×n identity (the size of XᵀX, as ridge's XᵀX + λI), and "
                    f"'{_spelled(node.left if side is node.right else node.right, self.source)}' is m×m: the dual "
                    "form's m×m identity is not read", letter,
                    hint="write the gradient with XᵀX: (XᵀX + λI)w − Xᵀy")
        for side, value, other in ((node.left, left, right), (node.right, right, left)):
            if value.has(sympy.Identity) and value.shape == (symbols.n, symbols.n) and 1 in other.shape:
                letter = next((current for current in tree.walk(side)
                               if isinstance(current, tree.Variable) and current.name == IDENTITY), side)
                raise self.fail(
                    "'I' is the n×n identity matrix: added to a vector it is no part of a gradient, which has n "
                    "entries", letter,
                    hint="the penalty λ‖θ‖² has the gradient 2λθ (its Hessian is 2λI): write the parameter vector, "
                         "not I; the identity is read where it multiplies one, (XᵀX + λI)θ")

    def refuse_number_beside_matrix(self, node: tree.Binary, matrix: _Value, left_matrix: bool) -> None:
        """``(X^TX + λ)w``: a number added to a matrix of neither one row nor one column, in written mathematics.

        Mathematics adds no number to a matrix: notes that write XᵀX + λ mean the ridge's XᵀX + λI, and adding λ
        to every entry (as NumPy broadcasts it) judged the right ridge gradient different with no word of the
        reading (audit41). Code keeps its broadcast; a vector keeps the number added to each entry (1 − h).
        """
        if 1 in matrix.shape or code_dialects(self.source.text):
            return
        side = node.left if left_matrix else node.right
        number = node.right if left_matrix else node.left
        raise self.fail(
            f"'{_spelled(side, self.source)}' is {describe_shape(matrix)} and '{_spelled(number, self.source)}' a "
            "number: mathematics adds no number to a matrix (the identity times it, or it added to every entry?)",
            number, hint="write the identity where it is meant: X^T X + \\lambda I")

    def row_beside_column(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """``X^TXW - Y^TX``: a 1×n row added to an n×1 column in written mathematics, the row read as its transpose.

        Notes slip from XᵀY to its transpose YᵀX; entry j of both is Σᵢ yᵢxᵢⱼ, so the
        column is what was meant (noted). Mathematics adds no row to a column; code does (NumPy
        and Octave broadcast them into an n×n matrix), so text marked as code is not read so.
        None for other shapes.
        """
        if code_dialects(self.source.text) or self.columns or self.lines:
            # a line of a written derivation is judged as written: XᵀXθ − XᵀY − YᵀX adds a row to columns, which
            # is the step's error (math.stackexchange 4822462 asks just that), never read away
            return None
        turned = _row_turned(node, left, right)
        if turned is None:
            return None
        side, left, right = turned
        self.note(f"'{_spelled(side, self.source)}' is a 1×n row beside n×1 columns: read as its transpose, a column "
                  "(entry j is the same; mathematics adds no row to a column)")
        return left, right

    def reduced_beside_column(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """``np.mean(M, axis=0) + 2 * lam * w`` (ericboris's gradient_w): NumPy's reduction along axis 0 is a 1-D
        array of n entries, which NumPy adds to the 1-D weights entry by entry, read as the n×1 column (noted).

        The matrix form holds ``np.sum(M, axis=0)`` as the 1×n row 1ᵀM; NumPy has no row of one dimension: without
        keepdims the result is 1-D, as code's w is. Only in NumPy text, for a reduction along axis 0 written as a
        side of the + or − itself (its sign aside), beside an n×1 column. None otherwise.
        """
        if not self.numpy:
            return None
        turned = _row_turned(node, left, right)
        if turned is None:
            return None
        side, left, right = turned
        reduced = side.operand if isinstance(side, tree.Negate) else side
        if isinstance(reduced, tree.Binary) and reduced.op == "*" and isinstance(reduced.left, tree.Binary) \
                and reduced.left.op == "/" and isinstance(reduced.left.right, tree.Variable) \
                and reduced.left.right.name == vocab.EXAMPLE_COUNT and isinstance(reduced.left.left, tree.Number):
            reduced = reduced.right  # np.mean(M, axis=0), built as (1/m) times the sum along the axis
        if not isinstance(reduced, tree.AxisSum) or reduced.dimension != 1 \
                or not _numpy_axis_call(self.source.text, reduced) or "keepdims" in _spelled(reduced, self.source):
            return None
        assumed = [vector for vector in self.assumed_columns
                   if reduced.span.start <= vector.span.start and vector.span.end <= reduced.span.end]
        if assumed:
            # np.mean(X * (sigmoid(X @ w) - y), axis=0) + lam * w (audit26d): the column the product needs holds the
            # scores of a 2-D w, and then the 1-D reduction beside that w is an n×n array; of a 1-D w the product
            # raises. No shapes make the code the gradient, so neither reading is picked
            spelled = _spelled(assumed[0], self.source)
            raise self.fail(
                f"'{spelled}' is read as an m×1 column to scale the rows of the matrix it multiplies, but beside it "
                f"'{_spelled(reduced, self.source)}' is read as a 1-D array added to the 1-D vector beside it: NumPy "
                "broadcasts a 1-D vector of m entries along the rows (and raises unless m = n), and with 2-D "
                "columns the sum beside an n×1 column is an n×n array", assumed[0],
                hint=f"with 1-D arrays, write ({spelled})[:, None] to scale row i by entry i")
        self.note(f"read as NumPy: '{_spelled(reduced, self.source)}' reduces along axis 0 to a 1-D array of n "
                  "entries (no keepdims), which NumPy adds entry by entry to the 1-D vector beside it: read as an "
                  "n×1 column")
        return left, right

    def refuse_kept_column_beside_one_dimensional(self, node: tree.Binary) -> None:
        """``np.mean(X * r[:, None], axis=0, keepdims=True).T + lam * w`` (audit26d): a text that makes its arrays of
        the examples columns with ``[:, None]`` keeps them 1-D, and so the weights they are computed from; the
        reduction kept 2-D and transposed is an n×1 column, which NumPy adds to the 1-D vector beside it into an
        n×n array. Refused at the reduction; beside another such column it is read as the column it is.
        """
        if not self.numpy or _NEWAXIS.search(self.source.text) is None:
            return
        kept = [side for side in (node.left, node.right) if self.kept_column(side)]
        if len(kept) != 1:
            return
        raise self.fail(
            f"'{_spelled(kept[0], self.source)}' is a reduction kept 2-D (keepdims=True) and transposed, an n×1 "
            "column, while this code makes its arrays of the examples columns with [:, None], so they and the weights "
            "they are computed from are 1-D: NumPy adds an n×1 column and a 1-D vector of n entries into an n×n array",
            kept[0], hint="drop keepdims=True and the .T: the reduction along axis 0 is then the 1-D vector of n "
                          "entries, as the weights are")

    def kept_column(self, node: tree.Node) -> bool:
        """Whether ``node`` (its sign and a number's factor or divisor aside) is the transpose of a NumPy reduction
        kept 2-D: ``np.sum(M, axis=0, keepdims=True).T / m``."""
        if isinstance(node, tree.Negate):
            return self.kept_column(node.operand)
        if isinstance(node, tree.Binary) and node.op == "/":
            return self.kept_column(node.left)
        if isinstance(node, tree.Binary) and node.op == "*":
            return self.kept_column(node.left) or self.kept_column(node.right)
        if not isinstance(node, tree.Transpose):
            return False
        reduced = node.operand
        if isinstance(reduced, tree.Binary) and reduced.op == "*":
            reduced = reduced.right  # np.mean(M, axis=0, keepdims=True), built as (1/m) times the sum
        return isinstance(reduced, tree.AxisSum) and "keepdims" in _spelled(reduced, self.source)

    def one_by_one_beside_vector(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """``-2y'Xw + 2X'(Xw)``: a 1×1 product (y'Xw, one number) added to a vector: the number added to each entry.

        A 1×1 matrix is a number (as a whole answer of 1×1 is read); a number added to a vector is added to each
        entry, as above and as NumPy broadcasts it. Noted, since the writer may have meant the term's gradient
        (X'y) instead of its value. None unless exactly one side is 1×1 and the other a column or a row.
        """
        shapes = (left.shape, right.shape)
        if (1, 1) not in shapes or shapes[0] == shapes[1]:
            return None
        number_side, vector = (left, right) if left.shape == (1, 1) else (right, left)
        if 1 not in vector.shape:
            return None
        spelled = _spelled(node.left if number_side is left else node.right, self.source)
        self.note(f"'{spelled}' is 1×1, a number: added to each entry of the {describe_shape(vector)} vector beside it")
        number = sympy.Trace(number_side)
        return (number, right) if number_side is left else (left, number)

    def mismatch(self, node: tree.Binary, left: _Value, right: _Value) -> str:
        if left.shape[1] == 1 and right.shape == left.shape:
            return (f"'{_spelled(node.left, self.source)}' and '{_spelled(node.right, self.source)}' are both "
                    f"{describe_shape(left)}: a matrix product of two vectors does not conform")
        rows = f"{left.shape[1]} row{'' if left.shape[1] == 1 else 's'}"
        if _spelled(node.left, self.source) == _spelled(node.right, self.source):
            # both factors inside one name put in for its value (--let const1 = y.dot(X)): the name twice says nothing
            def said(value: _Value) -> str:
                shape = describe_shape(value)
                return ("an " if shape[:1] in ("m", "n", "8") else "a ") + shape  # an m×1, a 1×n

            return (f"in what '{_spelled(node.left, self.source)}' stands for (its --let or line), {said(left)} "
                    f"times {said(right)}: a product needs {rows} on the right")
        return (
            f"'{_spelled(node.left, self.source)}' is {describe_shape(left)} and "
            f"'{_spelled(node.right, self.source)}' is {describe_shape(right)}: "
            f"a product needs {rows} on the right"
        )

    def mismatch_hint(self, node: tree.Binary, left: _Value, right: _Value) -> str:
        if self.columns:
            return "X is n×m here (one example per column): X v sums vᵢ xⱼ⁽ⁱ⁾ over the examples"
        if left.shape == (symbols.m, symbols.n) and right.shape[0] == symbols.m:
            return "X^T is due here: Xᵀv sums vᵢ xⱼ⁽ⁱ⁾ over the examples"
        if left.shape[1] == 1 and right.shape == left.shape:
            return "for the elementwise product of two vectors write ⊙ or .*"
        return "check the order of the factors and where X^T is due"

    def _entrywise_power(self, node: tree.Binary) -> bool:
        """Whether ``node``'s power is NumPy's ``**``, entrywise on an array (Octave's ``**`` is its ``^``, a matrix
        power, and so is maths' ⁻¹): read as the inverse, ``(X.T @ X) ** -1`` would be a misread."""
        between = self.source.text[node.left.span.end:node.right.span.start]
        return "**" in between and not self.octave and "numpy" in code_dialects(self.source.text)

    def power(self, node: tree.Binary, base: _Value, exponent: _Value) -> _Value:
        if isinstance(node.right, tree.Variable) and node.right.name == "T" and isinstance(base, sympy.MatrixExpr):
            raise self.fail("only X is transposed in a matrix answer", node.right,
                            hint="write the gradient as a column: X^T v, not v^T X")
        if isinstance(exponent, sympy.MatrixExpr):
            if isinstance(node.left, tree.Constant) and node.left.name == "e":
                return ElementwiseApplyFunction(sympy.exp, exponent)
            raise self.fail("an exponent must be a number", node.right, hint="e^(X theta) is read elementwise")
        if isinstance(base, sympy.MatrixExpr):
            if base.shape[1] != 1 and base.shape[0] == base.shape[1] and exponent == -1:
                if self._entrywise_power(node):
                    raise self.fail("NumPy's ** is entrywise: a matrix ** -1 is each entry's reciprocal, not the "
                                    "inverse matrix", node,
                                    hint="the inverse is np.linalg.inv(…), which logderiv does not read either")
                # (XᵀX)⁻¹, (XᵀX + λI)⁻¹: the normal equation's solution inverts a square matrix (the verifier inverts
                # it only where it is of the data alone and invertible)
                return sympy.Inverse(base)
            if base.shape[1] != 1:
                raise self.fail("a power of a matrix is not read", node.left, hint="powers apply to vectors, entrywise")
            return sympy.HadamardPower(base, exponent)
        if isinstance(node.left, tree.Constant) and node.left.name == "e":
            return sympy.exp(exponent)
        return base**exponent

    def apply(self, node: tree.Apply) -> _Value:
        argument = self.build(node.argument)
        function = _FUNCTIONS.get(node.function)
        if function is None:
            raise self.fail(f"'{node.function}' is not read in a matrix answer", node,
                            hint=f"functions applied to vectors: {', '.join(sorted(_FUNCTIONS))}")
        if isinstance(argument, sympy.MatrixExpr):
            if argument.shape[1] != 1 and not ((self.columns or self.octave) and argument.shape[0] == 1):
                # with one example per column (UFLDL's theta' * X) a 1×m row is a vector too, and in
                # Octave so is theta'*X' = (X theta)': exp and log of a row apply to each entry there too
                raise self.fail(f"{node.function} of a matrix is not read", node.argument,
                                hint="functions apply to vectors, entrywise: sigmoid(X theta)")
            return ElementwiseApplyFunction(function, argument)
        return function(argument)

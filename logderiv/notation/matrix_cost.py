"""Costs (and ``--let`` values) in matrix form, rewritten into logderiv's entry (index) form.

``\\frac{1}{2m}(X\\theta-y)^T(X\\theta-y)`` is read as
``1/(2m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²``: the tree is rewritten into the tree that
index notation would have given, so the builder, the engine and every check
see an ordinary cost and ``derive`` gives the same verified chain as the
index-form spelling. The rules, by the definitions of the operations:

* ``X`` is the m×n data matrix (row i is x⁽ⁱ⁾ᵀ), a bare ``θ``/``w`` the n×1
  parameter vector, ``y`` (and ``h`` or any per-example ``--let`` name) an
  m×1 vector; ``Xθ`` is the m×1 vector of θᵀx⁽ⁱ⁾;
* ``vᵀu`` of two m-vectors is Σᵢ vᵢuᵢ (of two n-vectors Σₖ vₖuₖ);
  ``‖v‖²`` is vᵀv; ``sum(v)`` of an m-vector is Σᵢ vᵢ, ``mean(v)`` (1/m) Σᵢ vᵢ;
* functions, powers, quotients and ``⊙`` act on each entry; a number added
  to a vector is added to each entry; inside ``sum(…)`` a product of two
  m-vectors is entrywise (Σᵢ yᵢ log hᵢ, as the index form reads it).

A vector is kept as the tree of its entry: an m-vector's tree means entry i
when it stands inside a sum over examples (``y`` is y⁽ⁱ⁾ there, θᵀx is
θᵀx⁽ⁱ⁾), an n-vector's tree has the free feature index ``k``. Shapes that do
not fit (``y log h`` outside a sum, ``X y``, a cost that is a vector) are an
:class:`~logderiv.errors.InputError` with the column. Every reduction is said
in a note. Sympy-free, like the parsers.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Collection, Iterator, Literal, NoReturn, Sequence

from ..errors import InputError
from . import tree
from . import vocabulary as vocab
from .conventions import ROW_WEIGHTS_NOTE, SIGMOID_G_NOTE, SIGMOID_LETTER, octave_ones_like_note, transposed_scores
from .tree import Span
from .. import patterns

#: a node's field as the walk by field name meets it (a child, a tuple of children, a name, a span): its type is
#: the field's own, which a walk over every kind of node cannot say
_Field = Any

__all__ = ["is_matrix_form", "kept_one_dimensional", "lower_matrix_forms", "lower_answer_let", "lower_axis_sums", "put_in_place", "rename_labels", "MATRIX_CONVENTIONS_NOTE",
           "COLUMNS_CONVENTIONS_NOTE", "code_dialects", "typed_maths", "TYPED_MATHS_NOTE", "star_between", "numpy_star_error"]

_SCALAR, _EXAMPLES, _FEATURES, _DATA = "a number", "m×1", "n×1", "m×n"
_K = "k"  # the feature index of an n-vector's entry

#: said once with every cost read in matrix form
MATRIX_CONVENTIONS_NOTE = (
    "matrix form: X is the m×n data matrix (row i is x⁽ⁱ⁾ᵀ), θ is n×1, y is m×1; "
    "functions and powers of a vector apply to each entry"
)


#: what marks a text as NumPy (X.T, np.log, @, **) and as Octave (X', .*, .^, a ';')
_NUMPY_MARKS = patterns.compile(r"\.T(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?:np|numpy)\.|@|\*\*")
_OCTAVE_MARKS = patterns.compile(r"'|\.\*|\.\^|;")
#: Octave's ones(1, …): the all-ones vector of the examples as a 1×m row (ones(m, 1) is the column)
_OCTAVE_ONES_ROW = patterns.compile(r"ones\(\s*1\s*,")
#: Octave's ones(size(v)), as the plain reader takes it whole
_OCTAVE_ONES_LIKE = patterns.compile(r"ones\(\s*size\(\s*(?P<of>[A-Za-z_]\w*)\s*\)\s*\)")
#: X's number of columns as Octave writes it (n when X is m×n, m when X is n×m)
_DATA_COLUMNS = patterns.compile(r"size\(\s*X\s*,\s*2\s*\)|columns\(\s*X\s*\)")
#: the text between the operands of a product written with '*' (brackets, np. and a [:, np.newaxis] around it)
_STAR = patterns.compile(r"(?:\[\s*:\s*,\s*(?:(?:np|numpy)\.newaxis|None)\s*\]|[\s()\[\]])*\*[\s(\[]*(?:(?:np|numpy)\.)?")


def code_dialects(text: str) -> frozenset[str]:
    """The code dialects a text is marked with: ``numpy`` (``.T``, ``np.``, ``@``, ``**``), ``octave`` (``'``, ``.*``, ``.^``, ``;``)."""
    found = set()
    if _NUMPY_MARKS.search(text):
        found.add("numpy")
    if _OCTAVE_MARKS.search(text.replace("**", "")):
        found.add("octave")
    return frozenset(found)


def star_between(source: str, left: tree.Node, right: tree.Node) -> int | None:
    """The column of the ``*`` written between two operands (``X.T * (h - y)``), or None (``@``, np.dot, juxtaposition)."""
    start, stop = left.span.end, right.span.start
    if not 0 <= start <= stop <= len(source) or not _STAR.fullmatch(source[start:stop]):
        return None
    return source.index("*", start, stop)


def _numpy_matrix_product(source: str, left: tree.Node, right: tree.Node) -> bool:
    """np.matrix code's ``X * theta.T`` (a text with ``np.multiply``, read by the plain reader): the product Xθ."""
    return (
        ("np.multiply(" in source or "numpy.multiply(" in source)
        and isinstance(left, tree.Variable) and left.name == vocab.DATA_MATRIX
        and isinstance(right, tree.Variable) and right.name in vocab.PARAMETER_VECTORS and right.feature is None
        and source.startswith(".T", right.span.end)
    )


#: said when np.dot of two vectors over the examples is read as NumPy's inner product of 1-D arrays
NUMPY_DOT_1D_NOTE = ("read as NumPy: np.dot(a, b) of two vectors of the examples runs only with 1-D arrays (of m×1 "
                     "columns it raises), and is then their inner product Σᵢ aᵢbᵢ, a number")
_NUMPY_DOT = patterns.compile(r"(?:(?:np|numpy)\.)?(?:dot|matmul)\s*\(")


#: the text between the operands of a matrix product written as one: '@', '.dot(' (a.dot(b)), np.dot's ', '
_MATMUL_BETWEEN = patterns.compile(r"[\s()]*(?:@|\.dot\(|,)[\s(]*")


def _matrix_product_of_a_letter(source: str, node: tree.Node, left: tree.Node, right: tree.Node) -> tree.Variable | None:
    """The operand of ``A @ v``, ``A.dot(v)``, ``np.dot(A, v)`` that is a bare letter, or None.

    Called only where that letter is read as a number (nothing defines it): a product written as the matrix product
    says it is an array, not a number.
    """
    start, stop = left.span.end, right.span.start
    if not 0 <= start <= stop <= len(source) or not _MATMUL_BETWEEN.fullmatch(source[start:stop]):
        return None
    if "," in source[start:stop] and not _numpy_dot_call(source, node):
        return None
    for side in (right, left):
        if isinstance(side, tree.Variable) and side.feature is None and side.example is None:
            return side
    return None


#: said when v @ v of one vector of the examples is read as NumPy's inner product of a 1-D array with itself
NUMPY_AT_1D_NOTE = ("read as NumPy: v @ v of one vector of the examples runs only with a 1-D array (of an m×1 column "
                    "it raises), and is then its inner product with itself Σᵢ vᵢ², a number")


#: said when u @ v of two vectors of the examples is read as NumPy's inner product of two 1-D arrays
NUMPY_AT_TWO_NOTE = ("read as NumPy: u @ v of two vectors of the examples runs only with 1-D arrays (of two m×1 "
                     "columns it raises), and is then their inner product Σᵢ uᵢvᵢ, a number")


#: said when u.dot(v) of two vectors of the examples is read as NumPy's inner product of two 1-D arrays
NUMPY_DOT_METHOD_1D_NOTE = ("read as NumPy: u.dot(v) of two vectors of the examples runs only with 1-D arrays (of two "
                            "m×1 columns it raises), and is then their inner product Σᵢ uᵢvᵢ, a number")
#: said when u.dot(v.T) of two vectors of the examples, outside a sum, is read with 1-D arrays (.T does nothing)
NUMPY_DOT_T_1D_NOTE = ("read as NumPy: u.dot(v.T) of two vectors of the examples is a number only with 1-D arrays, "
                       "whose .T does nothing (of an m×1 column and a 1×m row it is the m×m outer product, which no "
                       "cost is): their inner product Σᵢ uᵢvᵢ")


def _written_between(source: str, node: tree.Node, between: str) -> bool:
    """Whether ``source`` writes exactly ``between`` (a pattern) between ``node``'s two operands."""
    if not isinstance(node, tree.Binary):
        return False
    left, right = node.left.span, node.right.span
    if not 0 <= left.end <= right.start <= len(source):
        return False
    return re.fullmatch(between, source[left.end:right.start]) is not None


def _dot_method(source: str, node: tree.Node) -> bool:
    """Whether ``node`` is written ``u.dot(v)`` in ``source``: NumPy's method between its operands (``np.log(h).dot(y)``)."""
    return _written_between(source, node, r"[\s)]*\.\s*dot\s*\(\s*(?:(?:np|numpy)\s*\.\s*)?")


def kept_one_dimensional(notes: Sequence[str]) -> frozenset[str]:
    """The labels a cost's notes say its code keeps 1-D: ``y @ np.log(h)``, ``np.dot(y, v)`` of the examples run only
    with 1-D arrays (audit24h: an answer's ``X * (h - y)`` then scales X's columns in NumPy, not its rows)."""
    said = any(note in (NUMPY_DOT_1D_NOTE, NUMPY_AT_1D_NOTE, NUMPY_AT_TWO_NOTE, NUMPY_DOT_METHOD_1D_NOTE,
                        NUMPY_DOT_T_1D_NOTE) for note in notes)
    return vocab.PER_EXAMPLE if said else frozenset()


def _matmul_at(source: str, node: tree.Node) -> bool:
    """Whether ``node`` is written with ``@`` between its operands in ``source``: ``y @ np.log(h)``, ``(1 - y) @ v``."""
    # (the right operand's span leaves out NumPy's module prefix: y @ np.log(h))
    return _written_between(source, node, r"[\s)]*@[\s(]*(?:(?:np|numpy)\s*\.\s*)?")


def _self_matmul(source: str, node: tree.Node) -> bool:
    """Whether ``node`` is one whole name's ``@`` with itself in ``source``: ``v @ v``, ``residual@residual``."""
    if not isinstance(node, tree.Binary) or not isinstance(node.left, tree.Variable) \
            or not isinstance(node.right, tree.Variable):
        return False
    left, right = node.left.span, node.right.span
    if not 0 <= left.start <= left.end <= right.start <= right.end <= len(source):
        return False
    return source[left.end:right.start].strip() == "@" and source[left.start:left.end] == source[right.start:right.end]


def _numpy_dot_call(source: str, node: tree.Node) -> bool:
    """Whether ``node`` is written ``np.dot(a, b)`` (or ``np.matmul``) in ``source``."""
    return 0 <= node.span.start <= len(source) and _NUMPY_DOT.match(source, node.span.start) is not None


#: said when a NumPy text's '*' is read as np.matrix's matrix product (A.T * B with nothing that sums)
NUMPY_MATRIX_ALGEBRA_NOTE = (
    "read as np.matrix code: with no sum, np.dot or @ in the text, A.T * B is a number only as a matrix product "
    "(NumPy arrays would multiply entry by entry into a matrix, which no cost is), so '*' is the matrix product, "
    "as np.matrix's is"
)
_TRANSPOSE_STAR = patterns.compile(r"\.T\s*\*(?!\*)")
_SUMS_OR_PRODUCTS = patterns.compile(r"@|\bdot\(|multiply\(|\bsum\(|\bmean\(|\barray\(|\bsumsq\(|Σ|∑")


#: what no Python line writes: a number against a name (2Xtil, 2λ*w: a SyntaxError), or ∇ (a float's exponent 1e-3,
#: a complex 2j, a hex 0x1F are numbers of Python, not this; 2[…] and 2(…) parse, as a subscript and a call)
_NOT_PYTHON = patterns.compile(r"∇|(?<![\w.])\d+(?:\.\d+)?(?![eE][+-]?\d|[jJ](?![A-Za-z0-9_])|[xXoObB][0-9A-Fa-f])"
                               r"(?=[A-Za-zλ])")
#: what only code writes: a method called on a value (X.dot(w), y.sum(), h.reshape(…)), an array's .shape, len(y)
#: (X.T(Xw - y) is maths' Xᵀ(Xw − y), no call)
_CODE_CALLS = patterns.compile(r"\.\s*(?!T(?![A-Za-z0-9_]))[A-Za-z_]\w*\s*\(|\.shape(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])len\s*\(")
#: a comment of code, to the end of its line
_COMMENT = patterns.compile(r"#[^\n]*")
#: said where '.T' and '*' of a text that is no code are read as maths typed in plain text
TYPED_MATHS_NOTE = (
    "'.T' on a page that writes a number against a name (2X.T, 2λ) or ∇, which no Python line writes: "
    "maths typed in plain text, where .T is the transpose and '*' the product, read as the matrix product (not "
    "NumPy's entry by entry)"
)


def typed_maths(source: str) -> bool:
    """Whether ``source`` is maths typed in plain text that borrows NumPy's ``.T`` (a docstring's ``∇E =
    2Xtil.T*Xtil*w - 2Xtil.T*y + 2λ*w``): its one NumPy mark ``.T`` (no ``np.``, ``@``, ``**``, no Octave mark), and
    something no Python line writes (``2Xtil``, ``2λ``, ``∇``). Its ``*`` is then the product of the maths, which
    between matrices is the matrix product: in NumPy ``Xtil.T*Xtil`` (n×m by m×n) would not even run.

    A page that calls a method (``X.dot(w)``, ``y.sum()``) or writes ``.shape``, ``len(…)`` is code, whatever its
    label says (``∇J = 1/m * X.T * (X.dot(w) - y)``: NumPy's broadcast, no gradient): never typed maths."""
    source = _COMMENT.sub("", source)  # a code page's comment (# ∇J = …) is maths, its lines not
    if code_dialects(source) != {"numpy"} or _NUMPY_MARKS.sub("", source.replace(".T", " ")) != \
            source.replace(".T", " ") or _CODE_CALLS.search(source):
        return False
    return _NOT_PYTHON.search(source) is not None


def numpy_matrix_algebra(source: str) -> bool:
    """Whether a NumPy cost is np.matrix algebra: ``1/(2*m)*((X*theta) - y).T*((X*theta) - y)``.

    ``r.T * r`` of NumPy arrays is the m×m outer product (or, 1-D, the vector of squares),
    so a cost with nothing that sums (no ``np.sum``, ``np.mean``, ``np.dot``, ``@``) and a
    ``.T *`` between one operand twice is a number only with np.matrix operands, whose
    ``*`` is the matrix product: rᵀr. Read only in a cost (a gradient is a vector either way).
    """
    dialects = code_dialects(source)
    if "numpy" not in dialects or "octave" in dialects or _SUMS_OR_PRODUCTS.search(source):
        return False
    return any(_same_operands(source, match) for match in _TRANSPOSE_STAR.finditer(source))


def _same_operands(source: str, match: re.Match[str]) -> bool:
    """Whether ``A.T * A`` at ``match`` has one operand on both sides: ``r.T*r``, ``(X*theta - y).T*(X*theta - y)``."""
    end = match.start()
    if end > 0 and source[end - 1] == ")":
        depth, start = 0, end - 1
        while start >= 0:
            depth += {")": 1, "(": -1}.get(source[start], 0)
            if depth == 0:
                break
            start -= 1
        left = source[start:end]
    else:
        word = re.search(r"[A-Za-z_]\w*$", source[:end])
        left = word.group(0) if word else ""
    rest = source[match.end():].lstrip()
    if rest.startswith("("):
        depth = 0
        for position, char in enumerate(rest):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                right = rest[:position + 1]
                break
        else:
            return False
    else:
        word = re.match(r"[A-Za-z_]\w*", rest)
        right = word.group(0) if word else ""
    return bool(left) and re.sub(r"\s+", "", left) == re.sub(r"\s+", "", right)


def numpy_star_error(source: str, left: tree.Node, right: tree.Node, left_shape: str, right_shape: str,
                     label: str, typed: bool = False) -> InputError | None:
    """The refusal of ``A * B`` of two arrays in text marked as NumPy, where ``*`` is entrywise (broadcasting).

    Octave's ``*`` is the matrix product, NumPy's is not: ``X.T * (h - y)`` broadcasts an n×m matrix against an
    m-vector (an n×m matrix, or a shape error), never Xᵀ(h − y). Text with no NumPy mark keeps ``*`` as the product,
    and so does a line of a page of maths typed in plain text that borrows ``.T`` (``typed``: :func:`typed_maths` of
    the page).
    """
    column = star_between(source, left, right)
    dialects = code_dialects(source)
    if column is None or "numpy" not in dialects or _numpy_matrix_product(source, left, right) or typed:
        return None  # (typed maths: the caller says TYPED_MATHS_NOTE)
    a = _balanced(source[left.span.start:column].strip())
    b = _balanced(source[column + 1:right.span.end].strip())
    if "octave" in dialects:
        message = (f"'{a} * {b}': this text is marked both as NumPy (.T, np., @, **) and as Octave (', .*, .^, ;), "
                   f"and '*' of two arrays is the matrix product in Octave but entry by entry in NumPy")
    else:
        message = (f"'{a} * {b}': in NumPy '*' multiplies entry by entry (broadcasting), not as matrices: "
                   f"{left_shape} times {right_shape} is not the matrix product")
    return InputError(message, source=source, column=column, label=label,
                      hint=f"for the matrix product write {a} @ {b} or np.dot({a}, {b}) (np.matrix's '*' is the "
                           "matrix product, but nothing in the text says the arrays are np.matrix)")


def _balanced(text: str) -> str:
    """``text`` with the brackets it opens or closes but does not match completed: ``(h - y`` is ``(h - y)``."""
    depth = lowest = 0
    for char in text:
        depth += char in "([" and 1 or char in ")]" and -1 or 0
        lowest = min(lowest, depth)
    return "(" * -lowest + text + ")" * (depth - lowest)


def is_matrix_form(node: tree.Node) -> bool:
    """Whether a tree is written in matrix form: it holds ``X``, a transpose of a vector, ``⊙`` or a sum along an axis."""
    for current in tree.walk(node):
        if isinstance(current, (tree.Transpose, tree.Tail, tree.ZeroFirst, tree.AxisSum)):
            return True
        if isinstance(current, tree.Variable) and current.name in (vocab.DATA_MATRIX, vocab.ONES) \
                and current.feature is None:
            return True  # Octave's ones(1, m) is a vector whatever stands beside it: only the matrix form reads it
        if isinstance(current, tree.Binary) and current.op == "⊙":
            return True
    return False


#: the note of n read as the example count because it divides the squared norm of the residual
RESIDUAL_COUNT_NOTE = (
    "n counts the examples here: read as m (it divides the squared norm of the residual Xθ − y, "
    "a vector over the examples); the features are counted by n in the output"
)


def residual_count(cost: tree.Node, notes: list[str], source: str = "") -> tree.Node:
    r"""``\frac{1}{n}\|X\theta - y\|^2``, ``\frac{1}{N}\left|Xw - Y\right|^2``: n, N or M dividing the squared residual is m (noted)."""
    cost = _residual_count(cost, notes, vocab.FEATURE_COUNT, source)
    for letter in ("N", "M"):
        cost = _residual_count(cost, notes, letter, source)
    return cost


def _residual_count(cost: tree.Node, notes: list[str], count: str, source: str) -> tree.Node:
    r"""``\frac{1}{n}\|X\theta - y\|^2``: an n that divides the squared residual counts the examples (read as m, noted).

    ``Xθ − y`` has one entry per example, so the count that averages its squared
    norm is theirs. Only when every n is such a count (``1/n``, ``2/n``,
    ``1/(2n)``, ``… / n``) and one of them scales a term holding the residual
    (X and y under a transpose); an n that divides only a penalty ‖θ‖², or is
    written in any other role, is left to the refusal in matrix form. An n that
    also bounds a sum over the features (``\\frac{\\lambda}{2}\\sum_{j=1}^{n}\\theta_j^2``,
    ``\\theta_1^2 + \\dots + \\theta_n^2``) would count both: refused, as the
    index-form twin is.
    """
    from .readings import _count_in, rename_counts

    counts: set[int] = set()
    residual = False
    for node in tree.walk(cost):
        if not isinstance(node, tree.Binary):
            continue
        scaled: list[tuple[tree.Node, tree.Node]] = []  # (the count's denominator, what it scales)
        if node.op == "/":
            scaled.append((node.right, node.left))
        elif node.op == "*":
            for coefficient, other in ((node.left, node.right), (node.right, node.left)):
                while isinstance(coefficient, tree.Negate):
                    coefficient = coefficient.operand
                if isinstance(coefficient, tree.Binary) and coefficient.op == "/":
                    scaled.append((coefficient.right, other))
        for denominator, term in scaled:
            letter = _count_in(denominator, {count})
            if letter is not None:
                counts.add(id(letter))
                residual = residual or _holds_residual(term)
    written = [
        node for node in tree.walk(cost)
        if isinstance(node, tree.Variable) and node.name == count and node.feature is None and node.example is None
    ]
    if not written or not residual or any(id(node) not in counts for node in written):
        return cost
    if source and any(source[node.span.start:node.span.end].strip() != count for node in written):
        # audit44: code's own count of the features, X.shape[1], len(theta), theta.shape[0] (read as n), says what
        # it counts: ‖Xθ − y‖²/X.shape[1] divides by the features, and was read as 1/m. Only the letter is a guess
        return cost
    if count == vocab.FEATURE_COUNT:
        _refuse_feature_bound(cost, source)  # n also bounding a sum over the features: two counts
    notes.append(RESIDUAL_COUNT_NOTE if count == vocab.FEATURE_COUNT else RESIDUAL_COUNT_NOTE.split(";")[0].replace("n counts", f"{count} counts", 1))
    return rename_counts(cost, {count: vocab.EXAMPLE_COUNT})


#: a sum's upper bound written n (``^{n}``, ``^n``) at the end of its head ``\sum_{j=1}^{n}``
_BOUND_N = patterns.compile(r"\^\s*(?:\{\s*n\s*\}|n)\s*$")
#: the last term of an ellipsis numbered n (``\theta_n``, ``theta_n``, ``\theta_{n}``)
_NUMBERED_N = patterns.compile(r"_\s*(?:\{\s*n\s*\}|n)(?![A-Za-z])")


def _refuse_feature_bound(cost: tree.Node, source: str) -> None:
    """Refuse when a sum over the features is bounded by n (or an ellipsis numbers its last term n) beside 1/n of the residual."""
    if not source:
        return
    for node in tree.walk(cost):
        if not isinstance(node, tree.Sum) or node.over != "features":
            continue
        head = source[node.span.start:node.body.span.start]
        found = _BOUND_N.search(head) if "sum" in head else None
        column = node.span.start + found.start() if found else None
        if found is None and "sum" not in head:
            # θ₁² + … + θₙ²: the ellipsis's run, its last term numbered by the count
            numbered = list(_NUMBERED_N.finditer(source[node.span.start:node.span.end]))
            column = node.span.start + numbered[-1].start() if numbered else None
        if column is None:
            continue
        column += source[column:].find("n")
        raise InputError(
            "cannot tell what 'n' is: it divides the squared norm of the residual Xθ − y (a count of the examples) "
            "and also bounds a sum over the features",
            source=source,
            column=column,
            hint="count the examples with m and the features with n: \\frac{1}{2m}\\|X\\theta - y\\|^2 + "
            "\\frac{\\lambda}{2m}\\sum_{j=1}^{n}\\theta_j^2",
            label="COST",
        )


def _holds_residual(term: tree.Node) -> bool:
    """Whether ``term`` holds a transposed vector of X and y (``(Xθ − y)ᵀ``, ‖Xθ − y‖² as read): one entry per example.

    The prediction vector less the targets, (ŷ − y)ᵀ (‖ŷ − y‖² as read), is one too: ŷ has an entry per example.
    """
    for node in tree.walk(term):
        if isinstance(node, tree.Transpose):
            names = {n.name for n in tree.walk(node.operand) if isinstance(n, tree.Variable)}
            if (vocab.DATA_MATRIX in names or vocab.PREDICTION in names) and vocab.PER_EXAMPLE & names:
                return True
    return False


def lower_matrix_forms(
    cost: tree.Node, source: str, lets: Sequence[tuple[str, tree.Node, str]], *, wrt: str = "",
    vectors: dict[str, tree.Node] | None = None, layout: list[str] | None = None,
    column_values: set[str] | None = None, row_values: set[str] | None = None,
) -> tuple[tree.Node, list[tuple[str, tree.Node, str]], list[str]]:
    """The cost and lets with every matrix-form tree rewritten in index form, and the notes saying so.

    Trees not in matrix form are returned as they are. ``X`` given with
    ``--let`` or differentiated by (``--wrt X``) is a scalar, and nothing is
    rewritten. Errors are :class:`InputError` labelled ``COST`` or ``--let``.
    The --let values that are n×1 vectors are put in place of their names and
    dropped from the lets; ``vectors``, when given, receives them; ``layout``
    receives ``"columns"`` when X is read n×m (see :func:`_columns_layout`); ``column_values`` then receives the
    --let names whose values per example are an m×1 column (``A = sigmoid(np.dot(X.T, w) + b)``) rather than a row;
    ``row_values`` receives, with X m×n, the --let names whose values are a 1×m row (Octave's ``h = sigmoid(z)'``).
    """
    defined = {name for name, _, _ in lets}
    if vocab.DATA_MATRIX in defined or wrt.strip() == vocab.DATA_MATRIX:
        return cost, list(lets), []
    matrix_lets = [is_matrix_form(value) for _, value, _ in lets]
    matrix_cost = is_matrix_form(cost)
    if not matrix_cost and not any(matrix_lets):
        return cost, list(lets), []
    # reg = (lambda_ / (2 * m)) * np.sum(w ** 2) beside f_wb = sigmoid(np.dot(X, w) + b): the let writes the
    # parameter vector bare, which only matrix form reads (as the cost's own np.sum(w ** 2) is, below); in index
    # form its w is refused as a vector. Only a penalty's let, of the parameters and constants alone: one that
    # holds data (\hat{y}_i = w \cdot x_i + b) keeps its own reading
    # a --let that sets a number (lambda_param = 0.1, the script's own strength) is a constant to it as λ is
    numbers = {name for name, value, _ in lets if _a_number(value)}
    matrix_lets = [matrix or _parameter_penalty(value, numbers) for (_, value, _), matrix in zip(lets, matrix_lets)]
    cost, lets, row_weights = _row_weights(cost, source, lets, defined, wrt.strip())
    columns = _columns_layout(cost, source, lets)
    notes: list[str] = [_columns_note(cost, lets) if columns else _rows_note(cost, lets)]
    if row_weights:
        notes.append(ROW_WEIGHTS_NOTE)
    if columns:
        if layout is not None:
            layout.append("columns")
        cost = recount_columns(cost, source, "COST", notes)
        lets = [(name, recount_columns(value, text, "--let", notes), text) for name, value, text in lets]
        if "Y" not in defined:
            # Y is DeepLearning.AI's 1×m row of labels: the y of the other layout
            cost = _rename(cost, "Y", "y")
            lets = [(name, _rename(value, "Y", "y"), text) for name, value, text in lets]
    elif "Y" not in defined and _uses(cost, lets, "Y"):
        cost, lets = _capital_labels(cost, lets, source, notes)
    if not columns and matrix_cost:
        cost = residual_count(cost, notes, source)
    per_example = _per_example_names(lets)
    sums = _number_lets(lets, matrix_lets, per_example, columns)
    # a number built from a let in matrix form is lowered as that let is (its sum read as Σᵢ)
    matrix_lets = [matrix or name in sums for (name, _, _), matrix in zip(lets, matrix_lets)]
    if sums:
        # C = (-y)'*log(h) - (1-y)'*log(1-h) is a number (a sum over the examples), and so is what uses only it
        per_example = _per_example_names(lets, numbers=sums)
    if sums and not matrix_cost and _sums_a_number(cost, sums):
        # -(1.0/m) * J.sum() with J = y.T.dot(log(h)) + …: the sum of a number is that number, read in matrix form
        matrix_cost = True
    found = _vector_lets(lets, matrix_lets, per_example, columns)
    _refuse_reassigned_vectors(found, lets)
    receiver = vectors
    if receiver is not None:
        receiver.update(found)
    vectors = found
    if vectors:
        # thetaReg = [0; theta(2:end)]: an n×1 vector, put in place of its name wherever it is used
        more = vectors
        while more:
            cost = put_in_place(cost, vectors)
            # a let read in matrix form stays so (a penalty of the bare θ, reg = lmbd * np.sum(theta ** 2), holds
            # no mark of it), and one that now holds a vector put in place becomes so
            held = {name for (name, _, _), matrix in zip(lets, matrix_lets) if matrix}
            lets = [(name, put_in_place(value, vectors), text) for name, value, text in lets if name not in vectors]
            matrix_lets = [name in held or is_matrix_form(value) for name, value, _ in lets]
            # reg_prime = lmbd * theta_copy / len(X) after theta_copy = [0; theta(2:end)]: a number times an n×1
            # vector let is one too, seen once that let is in place (samuelchvez's linear_cost_gradient)
            more = _vector_lets(lets, matrix_lets, per_example, columns)
            _refuse_reassigned_vectors(more, lets)
            vectors.update(more)
            if receiver is not None:
                receiver.update(more)
        notes += [f"read in matrix form: {name} = {_show_matrix(value)} is n×1, a vector of the parameters; "
                  f"it is put in place of {name}" for name, value in vectors.items()]
        matrix_cost = is_matrix_form(cost)
    standing = _standing_values(lets, matrix_lets, per_example) if columns else set()
    if standing:
        # A = sigmoid(np.dot(X.T, w) + b) is an m×1 column beside DeepLearning.AI's 1×m row Y: NumPy broadcasts
        # their sums and products (A - Y, Y * log(A), np.sum(A - Y)) to m×m arrays, and the reading of that mix
        # let such code through as if the shapes matched (the second review): refused until every path checks them
        name = sorted(standing)[0]
        text = next((text for let_name, _, text in lets if let_name == name), source)
        raise InputError(
            f"'{name}' is an m×1 column (Xᵀw with X n×m) while Y is a 1×m row: NumPy would broadcast what "
            "combines them to an m×m array",
            source=text, column=0, label="--let",
            hint="write the activations as a row, as DeepLearning.AI does: A = sigmoid(np.dot(w.T, X) + b)",
        )
    if standing:
        notes.append("read in matrix form: " + ", ".join(sorted(standing)) + " (Xᵀw, with X n×m) "
                     + ("is an m×1 column" if len(standing) == 1 else "are m×1 columns")
                     + " of values per example, where Y is a 1×m row")
    if column_values is not None:
        column_values.update(standing)
    rows = set() if columns else _row_values(lets, matrix_lets, per_example)
    if row_values is not None:
        row_values.update(rows)
    if not matrix_cost and rows and _row_beside_labels(cost, rows):
        # sum((h - y).^2) with --let h a 1×m row (z = theta' * X', h = sigmoid(z)): Octave broadcasts h - y to
        # m×m, so the cost is read in matrix form, where a row beside the m×1 labels is refused, not entry by entry
        matrix_cost = True
    if not matrix_cost and _one_example_of_vectors(cost, lets, matrix_lets, per_example):
        # -y * log(h) with --let "h = sigmoid(X*theta)": h is an m-vector, and a cost with no sum over the
        # examples is not one example's loss: read in matrix form, as with the let inlined (shapes refused)
        matrix_cost = True
    if not matrix_cost and any(matrix_lets) and _bare_parameter_vector(cost):
        # 0.5 * np.mean(r ** 2) + 0.5 * lam * np.sum(w ** 2) with --let "r = X @ w - y": a bare w is the
        # parameter vector, read only in matrix form (as with the let inlined)
        matrix_cost = True
    # Octave or NumPy is a property of the whole problem: the let h = 1/(1+exp(-X*theta)) has no mark itself
    dialects = code_dialects(" ".join([source, *(text for _, _, text in lets)]))
    lowered_lets = []
    for (name, value, text), matrix in zip(lets, matrix_lets):
        if matrix:
            walk = _Lowering(text, "--let", per_example, notes, columns, standing, dialects, rows)
            lowered = walk.top(value, what=f"--let {name}", allow_examples=True, row=name in rows)
            if name in rows:
                notes.append(f"read in matrix form: {name} = {_show_matrix(value)} is a 1×m row (Octave's "
                             f"transpose of the m×1 column): entry i is {name}⁽ⁱ⁾ = {_show_entry(lowered, True, per_example)}")
            elif name in sums:
                # J = sum((X*theta - y).^2): a sum over the examples, one number, not one per example
                notes.append(f"read in matrix form: {name} = {_show_matrix(value)} is one number, "
                             f"{name} = {_show_entry(lowered, False, per_example)}")
            else:
                notes.append(f"read in matrix form: {name} = {_show_matrix(value)} is, for each example i, "
                             f"{name}⁽ⁱ⁾ = {_show_entry(lowered, True, per_example)}")
            value = lowered
        elif name in rows:
            # htheta = sigmoid(z) after z = theta' * X': no matrix form of its own, a row as z is (_row_values)
            built = sorted({node.name for node in tree.walk(value) if isinstance(node, tree.Variable)} & rows)
            notes.append(f"read in matrix form: {name} = {_show_matrix(value)} is built entry by entry from the 1×m "
                         f"row{'s' if len(built) > 1 else ''} {', '.join(built)}: a 1×m row too, so {name}' is the "
                         f"m×1 column of its values {name}⁽ⁱ⁾")
        lowered_lets.append((name, value, text))
    if matrix_cost:
        lowering = _Lowering(source, "COST", per_example, notes, columns, standing, dialects, rows)
        lowering.numbers = frozenset(sums)
        lowering.defined = frozenset(defined)
        cost = lowering.top(cost, what="a cost", allow_examples=False)
    return cost, lowered_lets, notes


def _sums_a_number(cost: tree.Node, numbers: Collection[str]) -> bool:
    """Whether ``cost`` sums a --let that is one number over the examples: ``J.sum()``, ``np.sum(p1 + p2)``.

    Only matrix form reads such a sum (as the number itself, when nothing per example is summed with it):
    any other reading puts the let's sum over the examples inside another one.
    """
    return any(isinstance(node, tree.Sum) and node.over == "examples"
               and any(isinstance(inner, tree.Variable) and inner.name in numbers for inner in tree.walk(node.body))
               for node in tree.walk(cost))


def _standing_values(lets: Sequence[tuple[str, tree.Node, str]], matrix_lets: Sequence[bool],
                     per_example: Collection[str]) -> set[str]:
    """With X n×m: the --let names whose values per example are an m×1 column (Xᵀw + b), and the lets built
    only from such names (``A = sigmoid(Z)``, Z one): a column, where the layout's values are rows."""
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for (name, value, text), matrix in zip(lets, matrix_lets):
            if name in found or name not in per_example:
                continue
            if matrix:
                try:
                    shape = _Lowering(text, "--let", per_example, [], True, found).lower(value)
                except InputError:
                    continue
                standing = shape.shape == _EXAMPLES and not shape.row and not shape.first
            else:
                used = {node.name for node in tree.walk(value) if isinstance(node, tree.Variable)}
                standing = bool(used & found) and not (used & (set(per_example) - found))
            if standing:
                found.add(name)
                changed = True
    return found


def _row_values(lets: Sequence[tuple[str, tree.Node, str]], matrix_lets: Sequence[bool],
                per_example: Collection[str]) -> set[str]:
    """With X m×n: the --let names whose value is a 1×m row of values per example, Octave's ``h = sigmoid(z)'``,
    ``h = sigmoid(transpose(X * theta))`` (the lets before a name are read first, so ``z = X * theta`` is m×1).

    A let with no matrix form of its own built only from such rows, entry by entry (``z = theta' * X'`` then
    ``htheta = sigmoid(z)``, costFunctionWithBias), is a 1×m row too, as :func:`_standing_values` reads a column
    built from columns: its ``htheta'`` is then the m×1 column, not the transpose of one.
    """
    found: set[str] = set()
    for (name, value, text), matrix in zip(lets, matrix_lets):
        if name not in per_example:
            continue
        if not matrix:
            _refuse_row_beside_column(name, value, text, found)
            if _entrywise_of(value, found, per_example):
                found.add(name)
            continue
        try:
            shape = _Lowering(text, "--let", per_example, [], False, rows=found).lower(value)
        except InputError:
            continue
        if shape.shape == _EXAMPLES and shape.row and not shape.first:
            found.add(name)
    return found


#: the vectors a let with no matrix mark may hold whole: the m×1 labels, the n×1 parameters, a data vector
_WHOLE_VECTORS = vocab.PER_EXAMPLE | vocab.PARAMETER_VECTORS | vocab.DATA_VECTORS


def _refuse_row_beside_column(name: str, value: tree.Node, text: str, rows: Collection[str]) -> None:
    """Refuse a let that holds a 1×m row let beside a whole vector (``q = z - y``, z = θᵀXᵀ): Octave broadcasts a
    1×m row and the m×1 labels to an m×m matrix, so ``q`` holds no value per example, neither a row nor a column;
    reading it entry by entry, (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾), would hide the slip."""
    held = sorted({node.name for node in tree.walk(value) if isinstance(node, tree.Variable)} & set(rows))
    if not held:
        return
    for node in tree.walk(value):
        if isinstance(node, tree.Variable) and node.name in _WHOLE_VECTORS and node.feature is None \
                and node.example is None:
            raise InputError(
                f"--let {name} holds {', '.join(held)}, a 1×m row, beside {node.name}, a whole vector: Octave "
                f"broadcasts a 1×m row and an m×1 column to an m×m matrix (or refuses a row and an n×1 one), so "
                f"{name} is no row of one value per example", source=text, column=node.span.start, label="--let",
                hint=f"transpose one of them so both are rows ({', '.join(held)} - {node.name}') or both columns")


def _row_beside_labels(cost: tree.Node, rows: Collection[str]) -> bool:
    """Whether ``cost`` writes a 1×m row let whole and the labels whole (``sum((h - y).^2)``): only matrix form
    checks that their shapes combine (in Octave a 1×m row and the m×1 column y broadcast to m×m)."""
    whole = {node.name for node in tree.walk(cost) if isinstance(node, tree.Variable) and node.feature is None
             and node.example is None}
    return bool(whole & set(rows)) and bool(whole & vocab.PER_EXAMPLE)


def _entrywise_of(value: tree.Node, rows: Collection[str], per_example: Collection[str]) -> bool:
    """Whether ``value`` is built from the names ``rows`` entry by entry, and from no other value per example:
    functions of them, sums and differences, and numbers times or over them (``sigmoid(z)``, ``1 - z``, ``2*z``).

    A product or quotient of two of them (``z*z``, a 1×m row times a 1×m row, no product at all in Octave) is
    not: nothing is read as a row from it.
    """
    used = {node.name for node in tree.walk(value) if isinstance(node, tree.Variable)}
    if not used & set(rows) or used & (set(per_example) - set(rows)):
        return False

    def holds(node: tree.Node) -> bool:
        return any(isinstance(inner, tree.Variable) and inner.name in rows for inner in tree.walk(node))

    return not any(isinstance(node, tree.Binary) and node.op not in ("+", "-") and holds(node.left) and holds(node.right)
                   for node in tree.walk(value))


#: what a penalty's let is built of: numbers, arithmetic, functions and code's sums of the parameters
_PENALTY_NODES = (tree.Number, tree.Constant, tree.Variable, tree.Binary, tree.Negate, tree.Apply, tree.Sum,
                  tree.AxisSum, tree.Transpose)


def _a_number(node: tree.Node) -> bool:
    """Whether ``node`` is a number written out, ``0.1``, ``1/2``, ``-1e-3``: a --let that sets a constant's value
    (no name, no list or call, which could hold one value per feature)."""
    return all(isinstance(current, (tree.Number, tree.Binary, tree.Negate)) for current in tree.walk(node))


def _parameter_penalty(node: tree.Node, numbers: Collection[str] = ()) -> bool:
    """Whether ``node`` is a penalty of the bare parameter vector alone: ``(lambda_ / (2 * m)) * np.sum(w ** 2)``,
    ``self.alpha * np.sum(self.weights ** 2)``, ``lam * w @ w``.

    Every name is a parameter vector with no index, a constant (m, n, λ), a Greek word (α) or a --let among
    ``numbers``, one that sets a number (``lambda_param = 0.1``): no data, no prediction, no --let of anything
    else, so the value is one number of the parameters whatever the layout.
    """
    allowed = vocab.PARAMETER_VECTORS | vocab.CONSTANTS | vocab.WORDS | set(numbers)
    for current in tree.walk(node):
        if not isinstance(current, _PENALTY_NODES):
            return False
        # a numbered entry of the parameters is one number of them too: Octave's reg2 = (lambda / (2 * m)) *
        # (sum(theta .^ 2) - theta(1) ^ 2), the intercept's square taken back out (f81); not θ₀, which logderiv's
        # θ₁…θₙ do not hold (whether it is one of sum(theta .^ 2)'s entries is not said)
        numbered = current.name in vocab.PARAMETER_VECTORS and (current.feature or "").isdigit() \
            and current.feature != "0" if isinstance(current, tree.Variable) else False
        if isinstance(current, tree.Variable) and (current.name not in allowed or current.feature is not None
                                                   and not numbered or current.example is not None):
            return False
    return _bare_parameter_vector(node)


def _bare_parameter_vector(node: tree.Node) -> bool:
    """Whether ``node`` holds a parameter vector with no index (``w`` in ``np.sum(w ** 2)``)."""
    return any(isinstance(current, tree.Variable) and current.name in vocab.PARAMETER_VECTORS
               and current.feature is None and current.example is None for current in tree.walk(node))


def lower_answer_let(
    name: str, value: tree.Node, text: str, per_example: Collection[str], *, columns: bool = False
) -> tuple[tree.Node, str] | None:
    """An answer's --let in matrix form that is one value per example, in index form, and the note saying so.

    ``h = sigmoid(X*theta)`` is, for each example i, h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾), the m×1 vector a
    matrix answer reads ``h`` as. None when the value is not an m-vector (a number, an
    n×1 vector, a matrix): those are not read as one value per example.
    """
    notes: list[str] = []
    # NumPy's '*' of two m-vectors in a NumPy let (predictions = np.log(1 + np.exp(-y * (x @ w)))) is entry by entry,
    # one value per example, as in a cost's let (read_matrix_cost) and in the answer itself
    dialects = code_dialects(text)
    walk = _Lowering(text, "--let", set(per_example) | {name}, notes, columns, dialects=dialects)
    walk.per_example_let = dialects == {"numpy"}
    try:
        shape = walk.lower(value)
    except InputError:
        return None
    if shape.shape != _EXAMPLES or shape.first or shape.row != columns:
        return None
    lowered = _Lowering(text, "--let", set(per_example) | {name}, notes, columns, dialects=dialects).top(
        value, what=f"--let {name}", allow_examples=True)
    return lowered, (f"read in matrix form: {name} = {_show_matrix(value)} is, for each example i, "
                     f"{name}⁽ⁱ⁾ = {_show_entry(lowered, True, set(per_example) | {name})}")


def _rows_note(cost: tree.Node, lets: Sequence[tuple[str, tree.Node, str]]) -> str:
    """:data:`MATRIX_CONVENTIONS_NOTE` in the letter of the cost's own parameter vector (w, β), θ where it writes θ.

    The note said "θ is n×1" beside a cost in w or β alone (``np.mean((y - X @ w) ** 2)``, R's ``X %*% beta``),
    naming a vector the student never wrote (hunt28c); the answer's note already names the cost's letter.
    """
    names = {current.name for root in (cost, *(value for _, value, _ in lets)) for current in tree.walk(root)
             if isinstance(current, tree.Variable) and current.name in vocab.PARAMETER_VECTORS}
    if not names or "theta" in names or len(names) > 1:
        return MATRIX_CONVENTIONS_NOTE
    (name,) = names
    return MATRIX_CONVENTIONS_NOTE.replace("θ is n×1", f"{ {'beta': 'β'}.get(name, name)} is n×1", 1)


def _columns_note(cost: tree.Node, lets: Sequence[tuple[str, tree.Node, str]]) -> str:
    """:data:`COLUMNS_CONVENTIONS_NOTE`, or for a cost in θ (β) and no w the same in its own letter, with no A."""
    names = {current.name for root in (cost, *(value for _, value, _ in lets)) for current in tree.walk(root)
             if isinstance(current, tree.Variable) and current.name in vocab.PARAMETER_VECTORS}
    if not names or names & {"w", "weights"}:
        return COLUMNS_CONVENTIONS_NOTE
    shown = {"theta": "θ", "beta": "β"}.get(min(names), min(names))
    return ("matrix form with one example per column (DeepLearning.AI's and UFLDL's layout): X is n×m, since "
            f"{shown}ᵀX (theta' * X, np.dot(w.T, X)) conforms only so; {shown} is n×1, Y (y) and each value "
            "per example are 1×m rows")


def lower_axis_sums(node: tree.Node, source: str, per_example: Collection[str], *, columns: bool = False,
                    label: str = "ANSWER") -> tuple[tree.Node, list[str]]:
    """An index-form answer with each ``np.sum(v, axis=1, keepdims=True)`` of a vector read as Σ of its entries.

    ``db = 1/m * np.sum(A - Y, axis=1, keepdims=True)``: A − Y is the 1×m row of its values per example
    when X is n×m (``columns``), so the sum is Σᵢ (A⁽ⁱ⁾ − y⁽ⁱ⁾); a sum along the axis of length 1 is
    refused (:meth:`_Lowering.axis_sum`). ``per_example`` are the problem's names with a value per example.
    """
    if not any(isinstance(current, tree.AxisSum) for current in tree.walk(node)):
        return node, []
    notes: list[str] = []
    walk = _Lowering(source, label, per_example, notes, columns)

    def lowered(current: tree.Node) -> tree.Node:
        import dataclasses

        if isinstance(current, tree.AxisSum) and source[:current.span.start].rstrip().endswith(("np.", "numpy.")):
            return walk.axis_sum(current).node  # Octave's sum(M, 2) stays refused outside a matrix answer
        changes: dict[str, _Field] = {}
        for field in dataclasses.fields(current):
            value = getattr(current, field.name)
            if hasattr(value, "span") and field.name != "span":
                changed = lowered(value)
                if changed is not value:
                    changes[field.name] = changed
        return dataclasses.replace(current, **changes) if changes else current

    return lowered(node), notes


#: said instead of MATRIX_CONVENTIONS_NOTE when X is n×m
COLUMNS_CONVENTIONS_NOTE = (
    "matrix form with one example per column (DeepLearning.AI's and UFLDL's layout): X is n×m, since wᵀX "
    "(np.dot(w.T, X), theta' * X) or Xᵀw (np.dot(X.T, w)) conforms only so; w is n×1, Y (y) and each value per example "
    "(A = sigmoid(w.T X + b)) are 1×m rows"
)


#: code's sizes that are not m when X is n×m (one example per column): X's first size is n, a label row's is 1
_NOT_M_WHEN_COLUMNS = patterns.compile(
    r"len\s*\(\s*[XxYy]\s*\)|[XxYy]\.shape\s*\[\s*0\s*\]|size\s*\(\s*[XYy]\s*,\s*1\s*\)|rows\s*\(\s*[XYy]\s*\)"
    r"|np\.shape\s*\(\s*[XxYy]\s*\)\s*\[\s*0\s*\]|size\s*\(\s*[XYy]\s*\)\s*\(\s*1\s*\)|nrow\s*\(\s*[XYy]\s*\)"
    r"|[XxYy]\.size\s*\(\s*0\s*\)|len\s*\(\s*[XxYy]_train\s*\)")


def columns_count(spelled: str) -> str | None:
    """With X n×m, what a count written as code is: ``"m"`` (X.shape[1]), ``"not m"`` (X.shape[0], len(X)), or None."""
    if _NOT_M_WHEN_COLUMNS.fullmatch(spelled):
        return "not m"
    # X.shape[-1] is the last size, the second of a 2-D X (plain.py reads it as X.shape[1]): m here too (audit48)
    if spelled not in ("n", "") and re.fullmatch(r"X\.shape\s*\[\s*-?1\s*\]|size\s*\(\s*X\s*,\s*2\s*\)"
                                               r"|columns\s*\(\s*X\s*\)|np\.shape\s*\(\s*X\s*\)\s*\[\s*-?1\s*\]"
                                               r"|size\s*\(\s*X\s*\)\s*\(\s*2\s*\)|ncol\s*\(\s*X\s*\)"
                                               r"|X\.size\s*\(\s*1\s*\)", spelled):
        return "m"
    return None


def columns_count_error(spelled: str, source: str, column: int, label: str) -> InputError:
    first = "n, the number of features" if "X" in spelled else "1 (Y is a 1×m row)"
    return InputError(f"'{spelled}' is {first}, since X is n×m here (one example per column): "
                      "it is not the number of examples m", source=source, column=column, label=label,
                      hint="the number of examples is X.shape[1] (m = X.shape[1], as the course writes it), or m")


def recount_columns(node: tree.Node, source: str, label: str, notes: list[str]) -> tree.Node:
    """With X n×m: code's X.shape[1] (read as n) is m, noted; X.shape[0], len(X), Y.shape[0] (read as m) refused."""
    import dataclasses

    if isinstance(node, tree.Variable):
        if node.name not in (vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT) or node.feature or node.example:
            return node
        spelled = source[node.span.start:node.span.end].strip()
        kind = columns_count(spelled)
        if kind == "not m" and node.name == vocab.EXAMPLE_COUNT:
            raise columns_count_error(spelled, source, node.span.start, label)
        if kind == "m" and node.name == vocab.FEATURE_COUNT:
            note = f"read as code: {spelled} is the number of examples m, since X is n×m (one example per column)"
            if note not in notes:
                notes.append(note)
            return dataclasses.replace(node, name=vocab.EXAMPLE_COUNT)
        return node
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if hasattr(value, "span") and field.name != "span":
            changed = recount_columns(value, source, label, notes)
            if changed is not value:
                changes[field.name] = changed
    return dataclasses.replace(node, **changes) if changes else node


def _one_example_of_vectors(cost: tree.Node, lets: Sequence[tuple[str, tree.Node, str]], matrix_lets: Sequence[bool],
                            per_example: Collection[str]) -> bool:
    """Whether a cost uses, outside every sum over the examples, a per-example name a --let defines in matrix form.

    With no sum at all, ``-y * log(h)`` and h an m-vector is not one example's loss; beside a sum,
    ``np.sum(Xb) - y * Xb`` (dask_glm's ``….sum() - dot(y, Xbeta)`` read as a product) is a number minus an
    m-vector, which NumPy broadcasts to a vector: read either way in matrix form, where the shapes are checked,
    never as one example's values standing beside a sum over all of them.
    """
    vectors = {name for (name, _, _), matrix in zip(lets, matrix_lets) if matrix and name in per_example}
    if not vectors:
        return False
    grown = True
    while grown:  # A = sigmoid(Z) with Z = np.dot(X.T, w) + b: A is a vector of values per example too
        grown = False
        for name, value, _ in lets:
            if name not in vectors and name in per_example and any(
                    isinstance(node, tree.Variable) and node.name in vectors for node in tree.walk(value)):
                vectors.add(name)
                grown = True
    return any(isinstance(node, tree.Variable) and node.name in vectors and node.example is None
               for node in _outside_example_sums(cost))


def _outside_example_sums(node: tree.Node) -> Iterator[tree.Node]:
    """``node`` and every node below it that no sum over the examples encloses."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, tree.Sum) and current.over == "examples":
            continue
        yield current
        stack.extend(tree._children(current))


def _unsigned(node: tree.Node) -> tree.Node:
    """``node`` without a sign or a number multiplying it: Octave's ``-w' * X`` and ``-1 * w' * X`` are read as
    (−w')·X and (−1·w')·X, whose shapes are wᵀ's (daisyjack's ``exp(-w' * X)``)."""
    while True:
        if isinstance(node, tree.Negate):
            node = node.operand
        elif isinstance(node, tree.Binary) and node.op == "*" and (isinstance(node.left, tree.Number) or isinstance(
                node.left, tree.Negate) and isinstance(node.left.operand, tree.Number)):
            node = node.right
        else:
            return node


def _columns_layout(cost: tree.Node, source: str, lets: Sequence[tuple[str, tree.Node, str]]) -> bool:
    """Whether X is n×m, one example per column: the texts hold wᵀX (np.dot(w.T, X)), which conforms only so.

    Xw (X m×n) and wᵀX together name both layouts: refused, since neither can be picked silently.
    """
    columns: tuple[tree.Node, str, str] | None = None
    rows: tuple[tree.Node, str, str] | None = None
    for node, text, label in [(cost, source, "COST"), *((value, text, "--let") for _, value, text in lets)]:
        for current in tree.walk(node):
            if not (isinstance(current, tree.Binary) and current.op == "*"):
                continue
            left, right = _unsigned(current.left), current.right
            if _is_data(right) and isinstance(left, tree.Transpose) and _is_parameter(left.operand):
                columns = columns or (current, text, label)
            elif _is_parameter(right) and isinstance(left, tree.Transpose) and _is_data(left.operand):
                # np.dot(X.T, w): Xᵀw conforms only with X n×m too, and gives an m×1 column of wᵀx⁽ⁱ⁾
                columns = columns or (current, text, label)
            elif _is_data(left) and _is_parameter(right):
                rows = rows or (current, text, label)
    if columns and rows:
        node, text, label = columns
        raise InputError(
            "X is n×m in w.T X (one example per column) and m×n in X w (one example per row): "
            "the text names both layouts", source=text, column=node.span.start, label=label,
            hint="write one layout: X theta with X m×n, or np.dot(w.T, X) with X n×m",
        )
    return columns is not None


def _row_weights(
    cost: tree.Node, source: str, lets: Sequence[tuple[str, tree.Node, str]], defined: Collection[str], wrt: str,
) -> tuple[tree.Node, list[tuple[str, tree.Node, str]], bool]:
    """``Z = W·X + b``, ``np.dot(W, X) + b``: DeepLearning.AI's weights W, a 1×n row before the n×m data X.

    Read as wᵀX only where every W is written so: bare (no index, power or transpose), right before a
    bare X, with no lowercase w anywhere and no --let defining W or w. W X conforms with no other
    shapes (X m×n would need W with m columns, one per example, which no weights have). A W elsewhere
    (λW, WᵀW, W x⁽ⁱ⁾) leaves the text as written, for the readers that refuse or read it.

    W may still be a matrix of several outputs (a layer: k×n, Z k×m, a summed multi-label loss), which
    ``np.sum(Y * np.log(A))`` alone does not rule out. So W X is read only when something says W is one
    row: ``--wrt W_j`` (one index), or a cost in index form, whose y⁽ⁱ⁾ log A⁽ⁱ⁾ makes each example's
    value one number. Otherwise it is refused, with a hint naming both readings.
    """
    if {"W", "w"} & set(defined) or wrt.strip().startswith("w"):
        return cost, list(lets), False
    nodes = [cost, *(value for _, value, _ in lets)]
    before_x: set[int] = set()
    for node in nodes:
        for current in tree.walk(node):
            if isinstance(current, tree.Variable) and current.name == "w":
                return cost, list(lets), False
            if isinstance(current, tree.Binary) and current.op == "*" and _is_data(current.right) \
                    and isinstance(current.left, tree.Variable) and current.left.name == "W" \
                    and current.left.feature is None and current.left.example is None:
                before_x.add(id(current.left))
    capitals = [current for node in nodes for current in tree.walk(node)
                if isinstance(current, tree.Variable) and current.name == "W"]
    if not before_x or any(id(current) not in before_x for current in capitals):
        return cost, list(lets), False
    one_index = wrt.startswith("W_") and wrt[2:].strip("{}").isalpha() and len(wrt[2:].strip("{}")) == 1
    per_example = not is_matrix_form(cost) and any(
        isinstance(current, tree.Variable) and current.example is not None for current in tree.walk(cost))
    if not (one_index or per_example):
        place, text, label = next(
            (current, text, "--let") for _, value, text in lets for current in tree.walk(value) if id(current) in before_x
        ) if not _uses(cost, [], "W") else (next(c for c in tree.walk(cost) if id(c) in before_x), source, "COST")
        raise InputError(
            "'W X': W may be the weights as a 1×n row (one output, DeepLearning.AI's Z = WX + b) or a weight matrix "
            "of several outputs, and nothing here says which; a weight matrix is not read",
            source=text, column=place.span.start, label=label,
            hint="for one output say so with --wrt W_j, or write the weights w: np.dot(w.T, X)",
        )

    import dataclasses

    def transposed(node: tree.Node) -> tree.Node:
        if isinstance(node, tree.Variable):
            return node
        if isinstance(node, tree.Binary) and node.op == "*" and id(node.left) in before_x:
            weights = tree.Variable("w", node.left.span)
            return dataclasses.replace(node, left=tree.Transpose(weights, node.left.span))
        return tree.map_children(node, transposed)

    return transposed(cost), [(name, transposed(value), text) for name, value, text in lets], True


def _is_data(node: tree.Node) -> bool:
    return isinstance(node, tree.Variable) and node.name == vocab.DATA_MATRIX and node.feature is None \
        and node.example is None


def _is_parameter(node: tree.Node) -> bool:
    return isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS and node.feature is None


def _uses(cost: tree.Node, lets: Sequence[tuple[str, tree.Node, str]], name: str) -> bool:
    """Whether the cost or a --let value holds the variable ``name``."""
    return any(isinstance(n, tree.Variable) and n.name == name
               for node in (cost, *(value for _, value, _ in lets)) for n in tree.walk(node))


def _capital_labels(
    cost: tree.Node, lets: list[tuple[str, tree.Node, str]], source: str, notes: list[str]
) -> tuple[tree.Node, list[tuple[str, tree.Node, str]]]:
    """‖Y − Xw‖², (Xθ − Y)ᵀ(Xθ − Y): Y beside the data matrix X is the m×1 vector of labels y, noted.

    Read as a number it would be subtracted from every entry, which no note means; beside a
    lowercase y as well it is refused (two names for the labels, or a quantity of its own?).
    """
    if _uses(cost, lets, "y"):
        place = next(n for n in tree.walk(cost) if isinstance(n, tree.Variable) and n.name == "Y") \
            if _uses(cost, [], "Y") else None
        raise InputError("'Y' beside 'y' in matrix form: the labels, or a quantity of its own?", source=source,
                         column=place.span.start if place is not None else None,
                         hint="write y for the m×1 vector of labels, or define Y with --let", label="COST")
    notes.append("Y is read as y, the m×1 vector of labels (the data matrix X's capital, as notes write it)")
    return _rename(cost, "Y", "y"), [(name, _rename(value, "Y", "y"), text) for name, value, text in lets]


def _rename(node: tree.Node, old: str, new: str) -> tree.Node:
    """``node`` with every variable ``old`` named ``new`` (Y, the DeepLearning.AI row of labels, is y)."""
    import dataclasses

    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, name=new) if node.name == old else node
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if hasattr(value, "span") and field.name != "span":
            changed = _rename(value, old, new)
            if changed is not value:
                changes[field.name] = changed
    return dataclasses.replace(node, **changes) if changes else node


def rename_labels(node: tree.Node) -> tree.Node:
    """In the DeepLearning.AI layout, an answer's Y is the labels y."""
    return _rename(node, "Y", "y")


def _refuse_reassigned_vectors(found: Collection[str], lets: Sequence[tuple[str, tree.Node, str]]) -> None:
    """Refuse an n×1 vector let whose name the lets give more than one value: which one is meant is not said."""
    for name in found:
        texts = [text for let_name, _, text in lets if let_name == name]
        if len(texts) > 1:
            # grad = X.T @ e / m, then grad = 2*grad (code's reassignment): only the first is a vector of the
            # parameters, and putting it in place drops the second silently (a false "equivalent")
            raise InputError(
                f"--let {name} is defined {len(texts)} times ({' ; '.join(text.strip() for text in texts)}): "
                "code that reassigns a name has a value per line, and which one the answer means is not said",
                source=texts[1], column=0, label="--let",
                hint=f"give {name} once, with the value the answer uses",
            )


def _vector_lets(
    lets: Sequence[tuple[str, tree.Node, str]], matrix_lets: Sequence[bool], per_example: Collection[str],
    columns: bool = False,
) -> dict[str, tree.Node]:
    """The --let values in matrix form that are n×1 vectors of the parameters (``theta_reg = [0; theta(2:end)]``)."""
    vectors: dict[str, tree.Node] = {}
    for (name, value, text), matrix in zip(lets, matrix_lets):
        if not matrix:
            continue
        try:
            probe = _Lowering(text, "--let", per_example, [], columns).lower(value)
        except InputError:
            continue  # said again, with its column, when the let is read in earnest
        if probe.shape == _FEATURES and not probe.row and probe.through is None:
            vectors[name] = value  # not Xᵀy, a sum over the examples, which stays refused as a let
    return vectors


def put_in_place(node: tree.Node, vectors: dict[str, tree.Node], depth: int = 0) -> tree.Node:
    """``node`` with each name of ``vectors`` replaced by its value, spanning the name (errors point at it)."""
    import dataclasses

    if isinstance(node, tree.Variable) and node.name in vectors and node.feature is None and node.example is None:
        if depth > len(vectors):
            raise InputError(f"'{node.name}' is defined in terms of itself", column=None)
        return put_in_place(_respan(vectors[node.name], node.span), vectors, depth + 1)
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if hasattr(value, "span") and field.name != "span":
            changes[field.name] = put_in_place(value, vectors, depth)
    return dataclasses.replace(node, **changes) if changes else node


def _respan(node: tree.Node, span: Span) -> tree.Node:
    """``node`` with every span set to ``span``: a value put in place of a name points at the name."""
    import dataclasses

    changes: dict[str, _Field] = {"span": span}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if hasattr(value, "span") and field.name != "span":
            changes[field.name] = _respan(value, span)
    return dataclasses.replace(node, **changes)


def _number_lets(
    lets: Sequence[tuple[str, tree.Node, str]], matrix_lets: Sequence[bool], per_example: Collection[str],
    columns: bool = False,
) -> set[str]:
    """The --let values in matrix form that are numbers, though they use per-example names (``yᵀlog(h)``)."""
    numbers: set[str] = set()
    # S = sum((H - y) .^ 2) with H = X*theta: no X of its own, yet a sum over the examples of a let in matrix
    # form, so read in matrix form too (Octave's and NumPy's usual way to build a cost in steps)
    through = {name for (name, _, _), matrix in zip(lets, matrix_lets) if matrix}
    # until nothing changes: lets come in any order (a function's cost line pasted before the lines it uses,
    # --let "ce = np.mean(… h …)" before --let "h = sigmoid(z)" and --let "z = np.dot(X, theta)"), and one pass
    # in the given order missed a let that uses one below it (read as m×1, "a cost must be a number")
    probed: set[str] = set()
    while True:
        reached = [(name, value, text) for (name, value, text), matrix in zip(lets, matrix_lets)
                   if name not in probed and (matrix or any(isinstance(node, tree.Variable) and node.name in through
                                                            and node.example is None for node in tree.walk(value)))]
        if not reached:
            return numbers
        for name, value, text in reached:
            probed.add(name)
            through.add(name)
            try:
                probe = _Lowering(text, "--let", per_example, [], columns).lower(value)
            except InputError:
                continue
            if probe.shape == _SCALAR and not probe.row:
                numbers.add(name)


def _per_example_names(lets: Sequence[tuple[str, tree.Node, str]], numbers: Collection[str] = ()) -> set[str]:
    """The names whose value depends on the example (h = σ(Xθ), h = σ(θᵀx)): m-vectors in matrix form.

    ``numbers`` are names known to be numbers (a sum over the examples): they make nothing per-example.
    """
    names = {vocab.PREDICTION}
    changed = True
    while changed:
        changed = False
        for name, value, _ in lets:
            if name in names or name in numbers:
                continue
            for node in tree.walk(value):
                if (
                    isinstance(node, tree.Call)
                    # θᵀθ (theta' * theta) is one number, of the parameters alone; θᵀx is one per example
                    or isinstance(node, tree.Dot) and not _parameters_dot(node)
                    or isinstance(node, tree.Variable) and (
                        node.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE | names
                        or node.name == vocab.DATA_MATRIX or node.example is not None)
                ):
                    names.add(name)
                    changed = True
                    break
    return names


def _parameters_dot(node: tree.Dot) -> bool:
    """Whether a dot product is of parameter vectors alone (Octave's ``theta' * theta``): one number, not one per example."""
    return all(isinstance(side, tree.Variable) and side.name in vocab.PARAMETER_VECTORS and side.example is None
               and side.feature is None for side in (node.left, node.right))



#: what follows vᵀ when v weights a function of the data (vᵀσ(Wᵀx), v' * tanh(W' * x)): a network's output layer
_FUNCTION_AHEAD = patterns.compile(r"\s*(?:\*\s*|\\cdot\s*)?(?:\\(?:sigma|tanh|exp|log|ln)\b|σ|(?:sigmoid|tanh|exp|log|ln|g)\s*\()")

#: numbers a writer may transpose by a slip (λᵀ, mᵀ, bᵀ): read as themselves, noted; any other letter is refused
_NUMBERS_TRANSPOSED_BY_SLIP: frozenset[str] = vocab.CONSTANTS | {"b", "e", "pi"}

class _Value:
    """A lowered sub-tree: its shape, the tree of its entry, whether it is a transposed (row) vector."""

    __slots__ = ("shape", "node", "row", "first", "through")

    def __init__(self, shape: str, node: tree.Node, row: bool = False, first: str = "",
                 through: tree.Node | None = None) -> None:
        self.shape = shape
        self.node = node
        self.row = row
        #: for an n-vector: "" all n entries; "tail" θ(2:end), entries 2..n; "zero" [0; θ(2:end)], entry 1 is 0
        self.first = first
        #: for an n-vector Σᵢ eᵢ x⁽ⁱ⁾ (vᵀX, Xᵀv): the entry eᵢ of v, so that its product with u is Σᵢ eᵢ (uᵀx⁽ⁱ⁾)
        self.through = through


class _Lowering:
    def __init__(
        self, source: str, label: str, per_example: Collection[str], notes: list[str], columns: bool = False,
        standing: Collection[str] = (), dialects: frozenset[str] = frozenset(), rows: Collection[str] = (),
    ) -> None:
        #: the code dialects the whole problem (cost and lets) is marked with: {"octave"} is surely Octave
        self.dialects = dialects
        #: with X m×n, the names whose values per example are a 1×m row (Octave's h = sigmoid(z)')
        self.rows = frozenset(rows)
        #: the DeepLearning.AI layout: X is n×m (one example per column), y and per-example values are 1×m rows
        self.columns = columns
        #: with X n×m, the names whose values per example are an m×1 column (A = sigmoid(np.dot(X.T, w) + b))
        self.standing = frozenset(standing)
        self.source = source
        self.label = label
        self.per_example = per_example
        self.notes = notes
        #: inside a sum over examples written out (sum(…), Σ, mean): products of m-vectors are entrywise
        self.summed = 0
        #: the sums vᵀu made here, by id (kept alive): two added together are one sum
        self.reduced: dict[int, tree.Sum] = {}
        #: the readings of θ(2:end) already noted
        self.said: set[str] = set()
        #: the --let names whose values are one number (a sum over the examples): code's J.sum() of one is J
        self.numbers: frozenset[str] = frozenset()
        #: the names --let defines: a letter defined is what its let says, never refused as undefined
        self.defined: frozenset[str] = frozenset()
        #: lowering a NumPy --let whose value is one value per example (first = (-y) * np.log(h)): '*' of two
        #: m-vectors is entry by entry there, the value of each example (the cost must still reduce it)
        self.per_example_let = False
        #: NumPy's X.T * y made here (Xᵀ with column i scaled by yᵢ), by id: its node, the X and the entry yᵢ
        self.scaled: dict[int, tuple[tree.Node, tree.Node, tree.Node]] = {}
        #: the operands of the matrix products lowered so far, by id: only there is X.T * y read (scaled_columns)
        self.reducing: set[int] = set()

    def fail(self, message: str, node: tree.Node, hint: str | None = None) -> NoReturn:
        raise InputError(message, source=self.source, column=node.span.start, hint=hint, label=self.label)

    def spelled(self, node: tree.Node) -> str:
        return self.source[node.span.start:node.span.end].strip() or "this"

    def top(self, node: tree.Node, *, what: str, allow_examples: bool, row: bool = False) -> tree.Node:
        """The entry tree of ``node``; ``row``: a --let that is a 1×m row of values per example (X m×n)."""
        self.per_example_let = allow_examples and self.label == "--let" and self.dialects == {"numpy"}
        value = self.lower(node)
        if row and allow_examples and value.row and value.shape == _EXAMPLES and not value.first:
            return value.node
        if self.columns and allow_examples and value.shape == _EXAMPLES and not value.first:
            if not value.row and not _Lowering.column_of_examples(node):
                self.fail(f"{what} is m×1 here, and X is n×m (one example per column): a value per example "
                          "is a 1×m row", node, hint="write it as a row, as np.dot(w.T, X) + b is")
            return value.node
        if value.row or value.shape in (_FEATURES, _DATA) or value.shape == _EXAMPLES and not allow_examples:
            shape = "1×" + value.shape.split("×")[0] if value.row else value.shape
            hint = ("sum it into a number: sum((X theta - y).^2), (X theta - y)^T (X theta - y) or ‖X theta - y‖^2"
                    if not allow_examples else "a definition is a number or one value per example, like sigmoid(X theta)")
            self.fail(f"{what} must be a number, and this is {shape} in matrix form", node, hint=hint)
        return value.node

    def divided_by_a_vector(self, node: tree.Binary) -> None:
        """``1/(1+exp(-X*theta))``: entry by entry in NumPy and in maths, but Octave's ``/`` is mrdivide.

        In Octave ``1/v`` of a column v solves x·v = 1 by least squares (a 1×m row), the very bug of
        SO's "costFunction 3.18 vs 0.693". In a text surely Octave (its marks and no NumPy's) that is
        refused at the '/', with ``./``; elsewhere it is read entry by entry, and the note says so.
        """
        between = self.source[node.left.span.end:node.right.span.start]
        if "./" in between or "/" not in between or self.dialects == {"numpy"}:
            return  # written ./ (or \frac), or NumPy's /: entry by entry as meant
        column = node.left.span.end + between.index("/")
        written = self.spelled(node)
        if self.dialects == {"octave"}:
            raise InputError(
                f"in Octave, '/' by a vector is mrdivide (a least-squares solve giving a row), not a division "
                f"of each entry: {written}",
                source=self.source, column=column, label=self.label,
                hint=f"divide entry by entry with './': {self.source[node.left.span.start:column].rstrip()} ./ "
                     f"{self.source[column + 1:node.span.end].lstrip()}",
            )
        note = (f"read in matrix form: {written} divides by each entry of the vector (NumPy's '/', Octave's './'); "
                "in Octave '/' by a vector would be mrdivide, a least-squares solve")
        if note not in self.notes:
            self.notes.append(note)

    def vector_to_a_power(self, node: tree.Binary) -> None:
        """``sum((X*theta - y)^2);``: entry by entry in maths, but Octave's ``^`` of a vector is mpower.

        Octave's ``v^2`` of an m×1 column is the matrix power, defined only for a square matrix: the code stops
        ("for x^y, only square matrix arguments are permitted … Use .^ for elementwise power"). In a text surely
        Octave (its marks and no NumPy's) that is refused at the '^', as '/' by a vector is (audit26a: it was read
        as .^, silently, and the code judged equivalent to a gradient it never computes); elsewhere (hand notation)
        a power of a vector is read entry by entry, as the matrix-form note says.
        """
        between = self.source[node.left.span.end:node.right.span.start]
        if self.dialects != {"octave"} or "^" not in between or ".^" in between:
            return
        column = node.left.span.end + between.index("^")
        raise InputError(
            f"in Octave, '^' of a vector is mpower (the matrix power, only of a square matrix: the code stops with "
            f"an error), not a power of each entry: {self.spelled(node)}",
            source=self.source, column=column, label=self.label,
            hint="raise each entry with '.^', Octave's power of each entry: write .^ where this ^ is",
        )

    @staticmethod
    def column_of_examples(node: tree.Node) -> bool:
        """Whether a value holds Xᵀw (np.dot(X.T, w)): with X n×m, the m×1 column of wᵀx⁽ⁱ⁾ it stands for."""
        return any(isinstance(current, tree.Binary) and current.op == "*" and isinstance(current.left, tree.Transpose)
                   and _is_data(current.left.operand) and _is_parameter(current.right) for current in tree.walk(node))

    # -- the walk --

    def lower(self, node: tree.Node) -> _Value:
        if isinstance(node, (tree.Number, tree.Constant, tree.Kronecker)):
            return _Value(_SCALAR, node)
        if isinstance(node, tree.Variable):
            return self.variable(node)
        if isinstance(node, tree.Call) and node.name == SIGMOID_LETTER and node.name not in self.per_example and \
                is_matrix_form(node.argument):
            # g(X*theta): Ng's sigmoid g of the m×1 column Xθ, as g(θᵀx) is in index form (matrices reads an answer so)
            if SIGMOID_G_NOTE not in self.notes:
                self.notes.append(SIGMOID_G_NOTE)
            return self.lower(tree.Apply("sigmoid", node.argument, node.span))
        if isinstance(node, tree.Call):
            return _Value(_EXAMPLES, node)
        if isinstance(node, tree.Dot):
            names = {node.left.name, node.right.name}
            if self.summed and any(side.name in vocab.DATA_VECTORS and side.example is not None
                                   for side in (node.left, node.right)):
                # Σᵢ log(1 + exp(xᵢᵀβ)) beside Yᵀ X β: one example's xᵢᵀβ inside a sum over the examples
                return _Value(_EXAMPLES, node)
            if names & vocab.DATA_VECTORS:
                self.fail("in matrix form the data is the matrix X", node,
                          hint="X theta holds θᵀx⁽ⁱ⁾ for every example")
            return _Value(_SCALAR, node)
        if isinstance(node, tree.Tail):
            return self.tail(node.operand, "tail")
        if isinstance(node, tree.ZeroFirst):
            return self.tail(node.operand.operand, "zero")
        if isinstance(node, tree.Negate):
            value = self.lower(node.operand)
            return _Value(value.shape, tree.Negate(value.node, node.span), value.row, value.first)
        if isinstance(node, tree.Apply):
            value = self.lower(node.argument)
            if value.first == "zero":
                self.fail(f"{node.function} of [0; θ(2:end)] is not read", node.argument,
                          hint="write it of theta(2:end), the entries 2..n")
            if value.first:
                return _Value(value.shape, tree.Apply(node.function, value.node, node.span), value.row, value.first)
            if value.row and value.shape == _EXAMPLES:
                # sigmoid(theta' * X'), log(h) of a 1×m row: each entry, a 1×m row (as of a column)
                return _Value(_EXAMPLES, tree.Apply(node.function, value.node, node.span), True)
            if value.row or value.shape == _DATA:
                self.fail(f"{node.function} of a matrix or a row is not read", node.argument,
                          hint="functions apply to each entry of a column vector: sigmoid(X theta)")
            return _Value(value.shape, tree.Apply(node.function, value.node, node.span))
        if isinstance(node, tree.Transpose):
            return self.transpose(node.operand, node)
        if isinstance(node, tree.Sum):
            return self.sum(node)
        if isinstance(node, tree.AxisSum):
            return self.axis_sum(node)
        if isinstance(node, tree.Binary):
            if node.op == "^" and _is_t(node.right):
                return self.transpose(node.left, node)
            return self.binary(node)
        self.fail("this is not read in a matrix-form cost", node,
                  hint="write the derivative out, or the cost in index form")

    def variable(self, node: tree.Variable) -> _Value:
        name = node.name
        if node.feature is not None or node.example is not None:
            if name == vocab.DATA_MATRIX:
                self.fail("write the data matrix whole, X, in matrix form", node, hint="x_j^(i) is the entry X_ij")
            return _Value(_EXAMPLES if node.example is not None else _SCALAR, node)
        if name == vocab.DATA_MATRIX:
            return _Value(_DATA, node, row=self.columns)  # row: X is n×m, the transpose of the m×n layout
        if name == vocab.ONES and (like := _OCTAVE_ONES_LIKE.fullmatch(self.spelled(node))) is not None:
            # Octave's ones(size(v)): v's shape, each entry 1; read only where v holds one value per example
            of = tree.Variable(like.group("of"), tree.Span(node.span.start + like.start("of"),
                                                           node.span.start + like.end("of")))
            shaped = self.lower(of)
            if shaped.shape != _EXAMPLES or shaped.first:
                self.fail(f"'{self.spelled(node)}' is read only of a vector with one value per example", of,
                          hint="write 1 - v for the ones minus v, entry by entry")
            note = octave_ones_like_note(self.spelled(node), like.group("of"), "1×m" if shaped.row else "m×1")
            if note not in self.notes:
                self.notes.append(note)
            return _Value(_EXAMPLES, tree.Number("1", node.span), row=shaped.row)
        if name == vocab.ONES:
            # Octave's ones(1, m) (a 1×m row) or ones(m, 1) (an m×1 column): entry i is 1, and its row or column
            # shape is kept, so that beside a vector of the other shape (an m×m broadcast in Octave) it is refused
            row = _OCTAVE_ONES_ROW.match(self.spelled(node)) is not None
            return _Value(_EXAMPLES, tree.Number("1", node.span), row=row)
        if name == vocab.FEATURE_COUNT and self.spelled(node) not in ("n", "N") and not (
                self.columns and _DATA_COLUMNS.fullmatch(self.spelled(node))):
            # (size(X, 2) of an n×m X counts the examples: left to the question below, never read as n)
            return _Value(_SCALAR, node)  # code's X.shape[1], len(theta): a count of the columns, noted where read
        if name == vocab.FEATURE_COUNT:
            # no sum bound says what n counts here, and notes write \frac{1}{n}\|X\theta - y\|^2 for n examples
            self.fail("'n' in a cost in matrix form: the number of examples or of features?", node,
                      hint="write m for the number of examples (1/m ‖Xθ − y‖²); logderiv's n counts the features")
        if self.columns and (name in vocab.PER_EXAMPLE or name in self.per_example):
            return _Value(_EXAMPLES, node, row=name not in self.standing)
        if name in vocab.PARAMETER_VECTORS:
            return _Value(_FEATURES, tree.Variable(name, node.span, feature=_K))
        if name in vocab.DATA_VECTORS:
            self.fail("in matrix form the data is the matrix X", node,
                      hint="X theta holds θᵀx⁽ⁱ⁾ for every example; x⁽ⁱ⁾ is row i of X")
        if name in self.rows:
            return _Value(_EXAMPLES, node, row=True)
        if name in vocab.PER_EXAMPLE or name in self.per_example:
            return _Value(_EXAMPLES, node)
        return _Value(_SCALAR, node)

    def tail(self, vector: tree.Variable, first: str) -> _Value:
        """θ(2:end) (``first="tail"``) or [0; θ(2:end)] (``"zero"``): θ's entry k, the first entry left out or 0."""
        if vector.name not in vocab.PARAMETER_VECTORS:
            self.fail(f"'{self.spelled(vector)}(2:end)' is read only of a parameter vector", vector,
                      hint="theta(2:end) is θ without its first entry, the intercept")
        if first not in self.said:
            self.said.add(first)
            numpy = first == "tail" and self.source.startswith("[", vector.span.end)
            self.notes.append(_TAIL_NOTES["numpy" if numpy else first].format(name=_name(vector.name)))
        return _Value(_FEATURES, tree.Variable(vector.name, vector.span, feature=_K), first=first)

    def transpose(self, operand: tree.Node, whole: tree.Node) -> _Value:
        value = self.lower(operand)
        if value.shape == _DATA:
            # Xᵀ is read in a product that makes a number (θᵀXᵀXθ, w'*X*X'*w); alone, top() refuses the matrix
            return _Value(_DATA, value.node, not value.row)
        if value.shape == _SCALAR:
            if (isinstance(operand, tree.Variable) and operand.name not in _NUMBERS_TRANSPOSED_BY_SLIP
                    and _FUNCTION_AHEAD.match(self.source, whole.span.end)):
                # vᵀσ(Wᵀx): a letter no text defines, transposed, is a vector — a network's output weights
                # beside a hidden layer, not a number; reading it as one would derive another cost
                shown = _show_matrix(operand)
                self.fail(f"'{shown}ᵀ': {shown} is transposed, so a vector, but nothing says which: the labels "
                          f"are y, the parameters θ, w or β, and a vector of weights before a function of the data "
                          f"({shown}ᵀσ(Wx)) is a network with a hidden layer, which logderiv does not "
                          "differentiate", operand,
                          hint=f"write y for the labels (tᵀlog h: yᵀlog h); if {shown} is a number, write it "
                               "without ᵀ")
            if isinstance(operand, tree.Variable) and self.undefined_capital(operand):
                # --let 'G = A^T A' (a Gram matrix) was read G = A², a number, and the cost's (G w)ᵀ(G w) the scaled
                # ridge (audit51): a capital letter transposed is written as a matrix is, and only X is read so
                shown = _show_matrix(operand)
                self.fail(f"'{shown}ᵀ': a capital letter transposed is a matrix ({shown}ᵀ{shown}, a Gram matrix), "
                          "but nothing defines it: only the data matrix X is read as a matrix", operand,
                          hint=f"if {shown} is a number, write it in lower case, without ᵀ; a matrix other than X is "
                               "not read")
            if isinstance(operand, tree.Variable):
                # \lambda^T, m^T: a number's transpose is the number, but a T on a constant is a slip worth saying
                shown = _show_matrix(operand)
                note = f"{shown}ᵀ is read as {shown}: it is a number, and a number's transpose is itself"
                if note not in self.notes:
                    self.notes.append(note)
            return value  # the transpose of a number is the number
        return _Value(value.shape, value.node, not value.row, value.first, value.through)

    def sum(self, node: tree.Sum) -> _Value:
        if node.over == "features":
            body = self.lower(node.body)
            if body.shape != _SCALAR or body.row:
                self.fail(f"a sum over features of something {body.shape} is not read in matrix form", node,
                          hint="write sum_k(theta_k^2), or theta^T theta")
            return _Value(_SCALAR, tree.Sum(node.over, node.index, body.node, node.span))
        self.summed += 1
        noted, reduced = len(self.notes), dict(self.reduced)
        try:
            body = self.lower(node.body)
        except _InnerProductInSum:
            if self.is_code_mean(node):
                mean = self.mean_of_number(node, noted, reduced)
                if mean is None:
                    raise
                return mean
            if not self.is_code_sum(node):
                raise
            # Octave's sum(-y'*log(h) - (1-y')*log(1-h)): the sum of a 1×1 value is that value
            del self.notes[noted:]
            self.reduced = reduced
            self.summed -= 1
            body = self.lower(node.body)
            if body.shape != _SCALAR or body.row:
                raise
            self.notes.append(f"read as code: sum({self.spelled(node.body)}) adds up a single number "
                              "(vᵀu is already Σᵢ vᵢuᵢ), so it is that number, as in Octave and NumPy")
            return body
        self.summed -= 1
        if body.shape == _FEATURES and not body.row and self.is_code_sum(node):
            return self.feature_sum(node, body)
        numbers = sorted({current.name for current in tree.walk(node.body)
                          if isinstance(current, tree.Variable) and current.name in self.numbers})
        if body.shape == _SCALAR and not body.row and numbers and self.is_code_sum(node):
            # J.sum(), np.sum(J), np.sum(p1 + p2) of lets that are one number each (their --let sums over the
            # examples) and of nothing per example (the body is one number): the sum of a number is that
            # number, as in NumPy; read as a sum over the examples it would hold their sums inside it
            if isinstance(node.body, tree.Variable):
                self.notes.append(f"read as code: the sum of {node.body.name}, which is one number (a sum over "
                                  f"the examples already), is {node.body.name} itself, as in NumPy")
            else:
                named = " and ".join(numbers)
                self.notes.append(f"read as code: sum({self.spelled(node.body)}) adds up a single number "
                                  f"({named}: {'each a sum' if len(numbers) > 1 else 'a sum'} over the examples "
                                  "already), so it is that number, as in NumPy")
            return body
        if body.shape == _SCALAR and not body.row and self.is_code_sum(node) and any(
                isinstance(current, (tree.Sum, tree.Dot)) for current in tree.walk(body.node)):
            # Octave's sum(sum(v)), sum(theta'*theta): the inner sum is already a number, over the examples or
            # the features (a θᵀθ of parameters alone is one: with data it is a value per example, not here),
            # and the sum of a number is that number; read as a sum over the m examples it would count the
            # number m times (m·λθ_j for a penalty): a silent misread
            examples = any(isinstance(current, tree.Sum) and current.over == "examples"
                           for current in tree.walk(body.node))
            over = "the examples" if examples else "the features"
            self.notes.append(f"read as code: sum({self.spelled(node.body)}) adds up a single number "
                              f"(a sum over {over} already), so it is that number, as in Octave and NumPy")
            return body
        if body.row and body.shape == _EXAMPLES and not body.first:
            body = _Value(_EXAMPLES, body.node)  # the sum of a 1×m row of examples, as of a column
        if body.row or body.shape in (_FEATURES, _DATA):
            shape = "a row" if body.row else body.shape
            self.fail(f"sum(…) adds the entries of an m×1 vector, and this is {shape}", node,
                      hint="sum over the examples: sum((X theta - y).^2); over features write sum_k(theta_k^2)")
        lowered = tree.Sum(node.over, node.index, body.node, node.span)
        if is_matrix_form(node.body):
            # a mean is read as (1/m) times this sum (its 1/m a factor beside it): the note names what was written
            averaged = re.match(r"(?:(?:np|numpy)\.)?mean\b|\\operatorname\{mean\}", self.spelled(node)) is not None
            self.notes.append(f"read in matrix form: {'mean' if averaged else 'sum'}({_show_matrix(node.body)}) = "
                              f"{'(1/m) ' if averaged else ''}{_show_entry(lowered, False, self.per_example)}")
        return _Value(_SCALAR, lowered)

    def axis_sum(self, node: tree.AxisSum) -> _Value:
        """NumPy's ``np.sum(v, axis=1, keepdims=True)``, Octave's ``sum(v, 2)``, of a vector: Σ of its entries.

        Along the axis that holds the entries (1 of a 1×k row, 0 of a k×1 column) the sum is the number
        Σ vᵢ (kept a 1×1 array by keepdims, the same number); along the other axis each entry is added up
        alone, the vector itself, which a cost cannot be: refused, as is a sum of a number or of X.
        """
        axis = node.dimension - 1
        numpy = self.source[:node.span.start].rstrip().endswith(("np.", "numpy."))
        spelled = ("np." if numpy else "") + self.spelled(node)
        noted, reduced = len(self.notes), dict(self.reduced)
        inside_a_sum = self.summed > 0
        self.summed += 1  # the body is summed: Y * np.log(A) of two rows is entry by entry there
        try:
            body = self.lower(node.body)
        finally:
            self.summed -= 1
            del self.notes[noted:]
            self.reduced = reduced
        written = f"axis={axis}" if numpy else f"dimension {node.dimension}"
        if body.shape not in (_EXAMPLES, _FEATURES) or body.first:
            what = "a number" if body.shape == _SCALAR else f"the {self.shape(body)} " + (
                "matrix" if body.shape == _DATA else "vector")
            self.fail(f"'{spelled}' sums {what} along {written}: "
                      "logderiv reads a sum along one axis of a vector only", node,
                      hint="np.sum(v) adds up every entry of v")
        along = 1 if body.row else 0
        shape = self.shape(body)
        if self.spelled(node).startswith("mean") and body.shape != _EXAMPLES:
            # np.mean(w, axis=0) divides by the n entries of w, and the reading's 1/m counts the examples
            self.fail(f"'{spelled}' averages the {shape} vector: it divides by n, not by the m examples", node,
                      hint="write the sum and its count: np.sum(w) / n")
        if axis != along and numpy and inside_a_sum and body.shape == _EXAMPLES and not body.row:
            return self.row_by_row(node, spelled)
        if axis != along:
            keyword = self.source.rfind("axis", node.span.start, node.span.end) if numpy else -1
            if keyword >= 0:
                node = tree.AxisSum(node.body, node.dimension, Span(keyword, node.span.end))  # the caret at axis=
            verb = "averages" if spelled.startswith(("np.mean", "numpy.mean", "mean")) else "adds up"
            self.fail(f"'{spelled}' {verb} along {written} of the {shape} array, which has one entry that way: "
                      "the result is the array itself, not a number", node,
                      hint=f"the entries of a {shape} array are added up along "
                           + (f"axis={along}" if numpy else f"dimension {along + 1}"))
        dialect = "NumPy" if numpy else "Octave"
        kept = " (keepdims keeps it a 1×1 array, that number)" if numpy and "keepdims=True" in \
            self.source[node.span.start:node.span.end].replace(" ", "") else ""
        count, index = ("m", "ᵢ") if body.shape == _EXAMPLES else ("n", "ₖ")
        # np.mean(v, axis=0) is read as the mean (its 1/m is kept by the reader of mean): the note says so (audit26a:
        # it said 'adds up … the number Σᵢ', the sum's words, beside a mean read right)
        averaged = spelled.startswith(("np.mean", "numpy.mean", "mean", "torch.mean"))
        verb, scale = ("averages", f"(1/{count}) ") if averaged else ("adds up", "")
        self.notes.append(f"read as {dialect}: {spelled} {verb} the {count} entries of the {shape} "
                          f"{'row' if body.row else 'column'} along {written}: the number {scale}Σ{index} of them{kept}")
        if body.shape == _EXAMPLES:
            return self.sum(tree.Sum("examples", vocab.EXAMPLE_INDEX, node.body, node.span))
        lowered = tree.Sum("features", _K, body.node, node.span)
        return _Value(_SCALAR, lowered)

    def row_by_row(self, node: tree.AxisSum, spelled: str) -> _Value:
        """``np.mean(np.sum((Y - Y_pred) ** 2, axis=1))``: along axis 1 each row of an m×1 column is one entry.

        The sum keeps every example's value (the m×1 array itself, as NumPy's 2-D arrays do), and the
        sum or mean around it reduces the examples: read so only there (alone it is no number), noted.
        """
        self.notes.append(f"read as NumPy: {spelled} adds up each row of an m×1 array, one entry each: "
                          "the examples' values themselves, which the sum around it then reduces")
        return self.lower(node.body)

    def feature_sum(self, node: tree.Sum, body: _Value) -> _Value:
        """Code's sum(v) of an n×1 vector: Σₖ vₖ; of θ(2:end) or [0; θ(2:end)], Σₖ vₖ − v₁ (the intercept out)."""
        lowered = self.without_first(tree.Sum("features", _K, body.node, node.span), body.node, node.span, body.first)
        self.notes.append(f"read as code: sum({self.spelled(node.body)}) adds the entries of an n×1 vector: "
                          f"{_show_entry(lowered, False, self.per_example)}")
        return _Value(_SCALAR, lowered)

    @staticmethod
    def without_first(whole: tree.Node, entry: tree.Node, span: Span, first: str) -> tree.Node:
        """``whole`` (a sum over k of ``entry``) less its term k = 1 when the first entry is left out or 0."""
        if not first:
            return whole
        return tree.Binary("-", whole, _at_first(entry), span)

    def is_code_mean(self, node: tree.Sum) -> bool:
        """Whether a sum is the one ``np.mean(…)`` or ``mean(…)`` is read as, (1/m)·Σᵢ of its argument."""
        text = self.source[node.span.start:node.span.end]
        for prefix in ("np.", "numpy."):
            text = text.removeprefix(prefix)
        return text.startswith("mean") and text[len("mean"):].lstrip().startswith("(")

    def mean_of_number(self, node: tree.Sum, noted: int, reduced: dict[int, tree.Sum]) -> _Value | None:
        """``np.mean((t - p).T @ (t - p))``: the mean of one number is that number, so the sum under the 1/m is m·it.

        With 1-D arrays vᵀu (``v.T @ u``, ``v @ u``) is already one number, Σᵢ vᵢuᵢ, and NumPy's mean of a number is
        the number (f70's regression class whose 'mse' is so the SUM of squares). The reader wrote the mean
        (1/m)·Σᵢ over its argument, so the sum is built as m times the number: (1/m)·m·vᵀu, with no sum inside a sum.
        """
        del self.notes[noted:]
        self.reduced = reduced
        self.summed -= 1
        body = self.lower(node.body)
        if body.shape != _SCALAR or body.row:
            return None  # a number beside a value per example (np.mean(e.T @ e + e)): refused as before
        spelled = re.sub(r"\s+", "", self.spelled(node.body))  # the respelled names' padding left out
        self.notes.append(f"read as NumPy: mean({spelled}) averages a single number (vᵀu is already Σᵢ vᵢuᵢ), so it "
                          "is that number, not 1/m of it")
        count = tree.Variable(vocab.EXAMPLE_COUNT, Span(node.span.start, node.span.start))
        return _Value(_SCALAR, tree.Binary("*", count, body.node, node.span))

    def is_code_sum(self, node: tree.Sum) -> bool:
        """Whether a sum is written as code, ``sum(…)`` or ``np.sum(…)`` (not Σ or ``\\sum``): a function of its argument."""
        text = self.source[node.span.start:node.span.end]
        for prefix in ("np.", "numpy."):
            text = text.removeprefix(prefix)
        text = text.removeprefix("sumsq") if text.startswith("sumsq") else text.removeprefix("sum")
        return len(text) < len(self.source[node.span.start:node.span.end]) and text.lstrip().startswith("(")

    def binary(self, node: tree.Binary) -> _Value:
        if node.op == "*" and isinstance(node.left, tree.Binary) and node.left.op == "*" and _transposed(node.left.right) \
                and not _is_data(_transposed_operand(node.left.right)):
            # c vᵀ u is c (vᵀu): the constant outside the sum, as it is written by hand
            inner = tree.Binary("*", node.left.right, node.right, Span(node.left.right.span.start, node.span.end))
            node = tree.Binary("*", node.left.left, inner, node.span)
        if node.op == "*" and star_between(self.source, node.left, node.right) is None:
            # a matrix product (np.dot, @, .dot): its operands are where NumPy's X.T * y may stand (scaled_columns)
            self.reducing |= {id(node.left), id(node.right)}
        left, right = self.lower(node.left), self.lower(node.right)
        op = node.op
        if left.first or right.first:
            return self.binary_first(node, left, right)
        if op in ("+", "-"):
            return self.add(node, left, right)
        if op == "^":
            if right.shape != _SCALAR or right.row:
                if isinstance(node.left, tree.Constant) and node.left.name == "e" and not right.row \
                        and right.shape != _DATA:
                    return _Value(right.shape, tree.Binary("^", node.left, right.node, node.span))
                self.fail("an exponent must be a number in matrix form", node.right,
                          hint="e^(X theta) is read entrywise")
            if left.row and left.shape == _EXAMPLES:
                # (theta' * X - y).^2 with X n×m, (h - y').^2: the row of squares, entry by entry
                return _Value(_EXAMPLES, tree.Binary("^", left.node, right.node, node.span), True)
            if left.row or left.shape == _DATA:
                self.fail("a power of a matrix or a row is not read", node.left,
                          hint="powers apply to each entry of a column vector: (X theta - y).^2")
            if left.shape != _SCALAR:
                self.vector_to_a_power(node)
            return _Value(left.shape, tree.Binary("^", left.node, right.node, node.span))
        if op == "/" and left.row and left.shape == _EXAMPLES and not left.first and right.shape == _SCALAR \
                and not right.row:
            # np.multiply(Y, np.log(A)) / m: a 1×m row divided by a number, entry by entry
            return _Value(_EXAMPLES, tree.Binary("/", left.node, right.node, node.span), True)
        if op == "/" and right.row and right.shape == _EXAMPLES and not right.first and left.shape == _SCALAR \
                and not left.row and self.entrywise_divide(node):
            # Octave's 1./(1+exp(-theta'*X')): a number divided by each entry of a 1×m row, a row ('./' only:
            # 1/(1+exp(…)) is mrdivide, a least-squares solve, not read here)
            return _Value(_EXAMPLES, tree.Binary("/", left.node, right.node, node.span), True)
        if op == "/" and left.row and right.row and left.shape == right.shape == _EXAMPLES \
                and (self.entrywise_divide(node) or self.dialects == {"numpy"}):
            # the CSE517A logistic.m's temp = yTr./(1+exp(yTr.*(w'*xTr))): one 1×m row divided by another entry by
            # entry (Octave's './', NumPy's '/'), a row of one value per example; '/' in Octave is mrdivide, refused
            return _Value(_EXAMPLES, tree.Binary("/", left.node, right.node, node.span), True)
        if op == "/":
            if left.row or right.row or _DATA in (left.shape, right.shape) or (
                _SCALAR not in (left.shape, right.shape) and left.shape != right.shape
            ):
                hint = ("'/' by a row is Octave's mrdivide (a least-squares solve): for each entry write './'"
                        if right.row and right.shape == _EXAMPLES and left.shape == _SCALAR and not left.row else
                        "a vector divides a number or a vector of its shape, entry by entry")
                self.fail(self.mismatch(node, left, right, "divided"), node.right, hint=hint)
            if right.shape != _SCALAR:
                self.divided_by_a_vector(node)
            shape = right.shape if left.shape == _SCALAR else left.shape
            return _Value(shape, tree.Binary("/", left.node, right.node, node.span))
        if op == "⊙" and (left.shape == _SCALAR and not left.row or right.shape == _SCALAR and not right.row):
            # Octave's (1/m).*(…): .* with a number is the product, each entry times it (as in a matrix answer)
            return self.product(tree.Binary("*", node.left, node.right, node.span), left, right)
        if op == "⊙" and left.shape == right.shape == _EXAMPLES and left.row != right.row \
                and self.one_dimensional_scores(node.right if right.row else node.left):
            return _Value(_EXAMPLES, tree.Binary("*", left.node, right.node, node.span))
        if op == "⊙":
            if left.row != right.row or left.shape != right.shape or left.shape in (_SCALAR, _DATA):
                self.fail(self.mismatch(node, left, right, "multiplied entry by entry"), node.right,
                          hint="⊙ (.*) multiplies two vectors of one shape")
            # np.multiply(Y, np.log(A)) of two 1×m rows (X n×m) is entry by entry as of two columns
            return _Value(left.shape, tree.Binary("*", left.node, right.node, node.span), left.row)
        return self.product(node, left, right)

    def entrywise_divide(self, node: tree.Binary) -> bool:
        """Whether the '/' of ``node`` is written as Octave's entrywise './'."""
        between = self.source[node.left.span.end:node.right.span.start]
        return between.strip().startswith("./")

    def binary_first(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """An operation on θ(2:end) or [0; θ(2:end)]: what keeps the first entry out (or 0), else refused."""
        op, here = node.op, node.span
        kinds = {value.first for value in (left, right) if value.shape == _FEATURES}
        scalar_right = right.shape == _SCALAR and not right.row
        scalar_left = left.shape == _SCALAR and not left.row
        if op in ("*", "/", "⊙") and (scalar_left and op != "/" or scalar_right):
            vector = right if scalar_left else left
            return _Value(_FEATURES, tree.Binary("/" if op == "/" else "*", left.node, right.node, here),
                          vector.row, vector.first)
        if op == "^" and scalar_right and not left.row and (
            left.first == "tail" or isinstance(node.right, tree.Number) and float(node.right.text) > 0
        ):
            self.vector_to_a_power(node)  # Octave's theta(2:end)^2 is mpower, an error (audit26a)
            return _Value(_FEATURES, tree.Binary("^", left.node, right.node, here), False, left.first)
        if left.shape == right.shape == _FEATURES and len(kinds) == 1 or kinds == {"", "zero"}:
            first = "tail" if "tail" in kinds else "zero" if "zero" in kinds else ""
            if op in ("+", "-") and left.row == right.row and (first == "tail" or kinds == {"zero"}):
                return _Value(_FEATURES, tree.Binary(op, left.node, right.node, here), left.row, first)
            if op == "⊙" and not left.row and not right.row:
                return _Value(_FEATURES, tree.Binary("*", left.node, right.node, here), False, first)
            # [0; theta(2:end)] too: NumPy's temp = theta.copy(); temp[0] = 0; temp.dot(temp), 1-D alike
            one_dimensional = (op == "*" and not left.row and not right.row and first in ("tail", "zero")
                               and ("numpy" in code_dialects(self.source) or ".dot(" in self.source)
                               and star_between(self.source, node.left, node.right) is None)
            if one_dimensional:
                # theta[1:].dot(theta[1:]), np.dot(theta[1:], theta[1:]): of a column it raises in NumPy, so the
                # code that runs holds 1-D arrays, whose np.dot is the inner product
                self.notes.append("read as NumPy: np.dot (or .dot) of two 1-D arrays such as theta[1:] is their "
                                  "inner product, a number")
            if op == "*" and (left.row or one_dimensional) and not right.row:
                # vᵀu over the entries 2..n: Σₖ vₖuₖ less the term k = 1
                entry = tree.Binary("*", left.node, right.node, here)
                lowered = self.without_first(tree.Sum("features", _K, entry, here), entry, here, first)
                self.notes.append(f"read in matrix form: {_show_matrix(node)} = {_show_entry(lowered, False, self.per_example)}")
                return _Value(_SCALAR, lowered)
        if op in ("+", "-") and left.first != right.first and "tail" in kinds:
            self.fail(f"'{self.spelled(node.left)}' and '{self.spelled(node.right)}' have different lengths: "
                      "theta(2:end) has n − 1 entries", node.right,
                      hint="[0; theta(2:end)] has n entries, with the intercept's set to 0")
        self.fail(f"this is not read of theta(2:end) or [0; theta(2:end)]", node,
                  hint="theta(2:end) is read in sum(theta(2:end).^2), theta(2:end)' * theta(2:end), "
                       "a number times it, and [0; theta(2:end)]")

    def add(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        same = left.shape == right.shape and left.row == right.row
        # a number added to a row is added to each entry, as to a column (Octave's 1 - y')
        if _DATA in (left.shape, right.shape) or not same and _SCALAR not in (left.shape, right.shape) or (
            left.shape == right.shape == _SCALAR and left.row != right.row
        ):
            self.fail(self.mismatch(node, left, right, "added"), node.right,
                      hint="both sides of + and − must have the same shape (a number is added to each entry)")
        shape = left.shape if left.shape != _SCALAR else right.shape
        # a sum reduced here is kept by its id: the very node, typed a Sum
        left_sum, right_sum = self.reduced.get(id(left.node)), self.reduced.get(id(right.node))
        if left_sum is not None and right_sum is not None and left_sum.over == right_sum.over == "examples":
            # yᵀlog h + (1 − y)ᵀlog(1 − h) is one sum over the examples, as the index form writes it
            body = tree.Binary(node.op, left_sum.body, right_sum.body, node.span)
            merged = tree.Sum("examples", vocab.EXAMPLE_INDEX, body, node.span)
            self.reduced[id(merged)] = merged
            return _Value(_SCALAR, merged)
        return _Value(shape, tree.Binary(node.op, left.node, right.node, node.span), left.row or right.row)

    def product(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        here = node.span
        if self.scaled and any(value.shape == _DATA and any(id(current) in self.scaled for current in
                                                            tree.walk(value.node)) for value in (left, right)):
            return self.through_scaled_columns(node, left, right)
        scaled = self.scaled_columns(node, left, right)
        if scaled is not None:
            return scaled
        self.refuse_matrix_product_of_a_number(node, left, right)
        self.refuse_capital_before_weights(node, left, right)
        scalar = left.shape == _SCALAR and not left.row or right.shape == _SCALAR and not right.row
        # a NumPy let's product of two values per example of one shape: two m-vectors with X m×n, two 1×m rows with X
        # n×m (Cornell's z = yTr * (w.T@xTr), one example per column)
        entrywise = (self.summed or self.per_example_let and self.columns == left.row) \
            and left.row == right.row and left.shape == right.shape == _EXAMPLES
        if not scalar and not entrywise:
            # NumPy's y.T * np.log(h), X * theta: entry by entry (broadcast), never the matrix product read below
            algebra = self.label == "COST" and numpy_matrix_algebra(self.source)
            refusal = None if algebra else numpy_star_error(self.source, node.left, node.right, self.shape(left),
                                                            self.shape(right), self.label)
            if refusal is not None:
                raise refusal
            if algebra and star_between(self.source, node.left, node.right) is not None:
                if NUMPY_MATRIX_ALGEBRA_NOTE not in self.notes:
                    self.notes.append(NUMPY_MATRIX_ALGEBRA_NOTE)
        if left.shape == _DATA and not left.row and right.shape == _FEATURES and right.row and not right.first \
                and isinstance(node.right, tree.Transpose) and isinstance(node.right.operand, tree.Variable) \
                and node.right.operand.name in vocab.PARAMETER_VECTORS and "numpy" in code_dialects(self.source) \
                and star_between(self.source, node.left, node.right) is None:
            # X.dot(theta.T): it runs only with θ 1-D (where .T does nothing) or a 1×n row (whose .T is the
            # column): either way the product is Xθ; with θ a column it would raise
            note = (f"read as NumPy: {self.spelled(node)} runs only with {self.spelled(node.right.operand)} 1-D or a "
                    "1×n row, and is Xθ in both")
            if note not in self.notes:
                self.notes.append(note)
            right = _Value(_FEATURES, right.node, False, right.first)
        if left.shape == _FEATURES and not left.row and not left.first and right.shape == _DATA and right.row \
                and not right.first and isinstance(node.left, tree.Variable) \
                and node.left.name in vocab.PARAMETER_VECTORS and isinstance(node.right, tree.Transpose) \
                and "numpy" in code_dialects(self.source) and not self.columns \
                and (_dot_method(self.source, node) or _numpy_dot_call(self.source, node)
                     or _matmul_at(self.source, node)):
            # theta.dot(X.T) (np.dot(theta, X.T), theta @ X.T): with θ an n×1 column it raises, so the code that runs
            # holds θ 1-D (whose dot with the n×m Xᵀ is the 1-D array of the m scores θᵀx⁽ⁱ⁾, Xθ's entries) or a 1×n
            # row (the 1×m row (Xθ)ᵀ, the same numbers): read as Xθ, one value per example
            note = (f"read as NumPy: {self.spelled(node)} runs only with {self.spelled(node.left)} 1-D (or a 1×n "
                    f"row), and is then the m scores θᵀx⁽ⁱ⁾, the entries of Xθ (a 1-D array of m entries)")
            if note not in self.notes:
                self.notes.append(note)
            data = _Value(_DATA, right.node.operand if isinstance(right.node, tree.Transpose) else right.node,
                          False, right.first)
            return self.product(tree.Binary("*", node.right, node.left, node.span), data, left)
        # after θ.T is made the column θ: -X @ theta.T lost its minus when the row was turned first
        # (y*(-X @ theta.T) was read y·Xθ, a silent misread of R's y*(-X %*% t(theta)))
        if left.shape == _DATA and not left.row and right.shape == _FEATURES and not right.row \
                and isinstance(left.node, tree.Negate):
            # e^{-Xw}: read (−X)w, the minus of X kept on the product, −(Xw)
            positive = self.product(node, _Value(_DATA, left.node.operand, left.row, left.first), right)
            return _Value(positive.shape, tree.Negate(positive.node, here), positive.row, positive.first)
        lifted = self.lifted_factor(node, left, right)
        if lifted is not None:
            return lifted
        shaped = self.data_product(node, left, right)
        if shaped is not None:
            return shaped
        if _DATA in (left.shape, right.shape) and self.columns:
            return self.columns_product(node, left, right)
        if left.shape == _SCALAR and not left.row:
            return _Value(right.shape, tree.Binary("*", left.node, right.node, here), right.row)
        if right.shape == _SCALAR and not right.row:
            return _Value(left.shape, tree.Binary("*", left.node, right.node, here), left.row)
        if left.shape == _DATA and not left.row and right.shape == _FEATURES and not right.row:
            vector = right.node
            if isinstance(vector, tree.Variable) and vector.name in vocab.PARAMETER_VECTORS and vector.feature == _K:
                whole = tree.Variable(vector.name, vector.span)
                return _Value(_EXAMPLES, tree.Dot(whole, tree.Variable("x", node.left.span), here))
            entry = tree.Binary("*", tree.Variable("x", node.left.span, feature=_K), vector, here)
            return _Value(_EXAMPLES, tree.Sum("features", _K, entry, here))
        if not left.row and right.row and left.shape == right.shape == _EXAMPLES and not self.columns \
                and not left.first and not right.first and not self.summed and _dot_method(self.source, node) \
                and re.search(r"\.\s*T\s*\)?\s*$", self.source[node.right.span.start:node.right.span.end]):
            # kaleko's np.log(myh).dot(-myy.T): of an m×1 column and a 1×m row .dot is the m×m outer product, no
            # number; the code that runs as a cost holds 1-D arrays, whose .T does nothing: the inner product below
            if NUMPY_DOT_T_1D_NOTE not in self.notes:
                self.notes.append(NUMPY_DOT_T_1D_NOTE)
            right = _Value(right.shape, right.node, False, right.first)
        if not left.row and not right.row and left.shape == right.shape == _EXAMPLES and not self.columns \
                and not left.first and not right.first and (_numpy_dot_call(self.source, node)
                                                            or _self_matmul(self.source, node)
                                                            or _matmul_at(self.source, node)
                                                            or _dot_method(self.source, node)):
            # np.dot(Y_label, np.log(y_pred)) (Hung-yi Lee's HW2): of two m×1 columns it raises in NumPy, so the
            # code that runs holds 1-D arrays, whose np.dot is the inner product Σᵢ aᵢbᵢ; v @ v likewise, and
            # y @ np.log(sigmoid(X @ theta)) (yyDing1's ex2 port, f63) of two vectors of the examples
            note = (NUMPY_DOT_1D_NOTE if _numpy_dot_call(self.source, node)
                    else NUMPY_AT_1D_NOTE if _self_matmul(self.source, node)
                    else NUMPY_DOT_METHOD_1D_NOTE if _dot_method(self.source, node) else NUMPY_AT_TWO_NOTE)
            if note == NUMPY_DOT_METHOD_1D_NOTE and NUMPY_DOT_T_1D_NOTE in self.notes:
                note = NUMPY_DOT_T_1D_NOTE  # u.dot(v.T): said already, with why the .T does nothing
            if note not in self.notes:
                self.notes.append(note)
            left = _Value(left.shape, left.node, True)
        if left.row and not right.row and left.shape == right.shape and left.shape in (_EXAMPLES, _FEATURES):
            over: Literal["examples", "features"] = "examples" if left.shape == _EXAMPLES else "features"
            if over == "examples" and self.summed:
                raise _InnerProductInSum("vᵀu inside a sum over examples is not read", source=self.source,
                                         column=node.span.start, label=self.label,
                                         hint="vᵀu is already the sum Σᵢ vᵢuᵢ: write it without sum(…)")
            index = vocab.EXAMPLE_INDEX if over == "examples" else _K
            lowered = tree.Sum(over, index, tree.Binary("*", left.node, right.node, here), here)
            self.reduced[id(lowered)] = lowered
            self.notes.append(f"read in matrix form: {_show_matrix(node)} = {_show_entry(lowered, False, self.per_example)}")
            return _Value(_SCALAR, lowered)
        if self.summed and left.row == right.row and left.shape == right.shape == _EXAMPLES and (
                not left.row or self.columns):
            # NumPy's Y * np.log(A) of two 1×m rows inside np.sum: entry by entry, as for columns
            # sum(y log(sigmoid(X theta))): inside the sum, the product of entry i with entry i
            return _Value(_EXAMPLES, tree.Binary("*", left.node, right.node, here), left.row)
        if entrywise:
            # first = (-y) * np.log(sigmoid(X @ theta)): NumPy's '*' of two m-vectors is entry by entry, a value
            # per example, which the cost then adds up (np.mean(first - second)); a cost or an answer that leaves
            # it m entries is refused where it is read, and a column times a row (m×m) never reaches here
            note = (f"read as NumPy: {self.spelled(node)} multiplies two m-vectors entry by entry (NumPy's '*'), "
                    "one value per example")
            if note not in self.notes:
                self.notes.append(note)
            return _Value(_EXAMPLES, tree.Binary("*", left.node, right.node, here), left.row)
        if left.shape == right.shape == _DATA and left.row != right.row and not (left.first or right.first):
            # AᵀA (‖Ax−b‖² + AᵀA, fixlsq's least squares): Xᵀ n×m times X m×n conforms, so "they cannot be
            # multiplied" was false; what is true is that X is read only through its products with vectors
            size = "n×n" if left.row else "m×m"
            self.fail(f"this product is the {size} matrix {'XᵀX' if left.row else 'XXᵀ'}, the data matrix times "
                      "itself: X is read only in products with a vector (Xθ, vᵀX), and a matrix is no number, so it "
                      "is neither a term of a cost nor read inside one", node,
                      hint="between two vectors write the product out without brackets (theta^T X^T X theta, "
                           "x^T A^T A x), or as a squared norm (‖X theta‖², ‖Ax‖²)")
        self.fail(self.mismatch(node, left, right, "multiplied"), node.right, hint=self.product_hint(left, right))

    def scaled_columns(self, node: tree.Binary, left: _Value, right: _Value) -> _Value | None:
        """NumPy's ``X.T * y`` (Q&A 47114997's ``np.dot(w, -X.T*y)``): Xᵀ (n×m) written '*' with an m-vector.

        With y an m×1 column NumPy would raise (n×m against m×1 broadcasts only if n = m); the code runs only with
        y 1-D (shape (m,)), which broadcasts as a row: column i of Xᵀ times yᵢ, the n×m matrix Xᵀ diag(y). That
        matrix is read only where a product with the weights makes it one value per example again (np.dot(w, …),
        :meth:`through_scaled_columns`); anything else is refused. X m×n only (not the layout of one example per
        column), and text marked as NumPy alone. None where this is not such a product.
        """
        if self.columns or code_dialects(self.source) != {"numpy"} or star_between(self.source, node.left,
                                                                                 node.right) is None:
            return None
        if id(node) not in self.reducing:
            # X.T * r anywhere else (np.sum(X.T * r), a --let g = X.T * r) is the student's '*' for '@': refused at
            # its '*' with the hint to write the matrix product, as before this reading
            return None
        if not (left.shape == _DATA and left.row and right.shape == _EXAMPLES and not right.row and not right.first):
            return None
        data = left.node.operand if isinstance(left.node, tree.Negate) else left.node
        if not _is_data(data):
            return None
        scaled: tree.Node = tree.Binary("*", data, right.node, node.span)
        if isinstance(left.node, tree.Negate):
            scaled = tree.Negate(scaled, node.span)
        self.scaled[id(scaled)] = (scaled, data, right.node)
        note = (f"read as NumPy: {self.spelled(node)} of the n×m Xᵀ and the m-vector {self.spelled(node.right)} runs "
                f"only with {self.spelled(node.right)} 1-D (shape (m,); as an m×1 column it would not broadcast), and "
                "multiplies column i of Xᵀ by its entry i")
        if note not in self.notes:
            self.notes.append(note)
        return _Value(_DATA, scaled, True)

    def through_scaled_columns(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """np.dot(w, X.T * y) (or (X.T * y).T @ w) of the weights and :meth:`scaled_columns`'s matrix: yᵢ wᵀx⁽ⁱ⁾.

        Only that product, written as a matrix product (np.dot, @, .dot), of the bare n-vector of weights: the m-vector
        of yᵢ wᵀx⁽ⁱ⁾ (minus it for −X.T * y). Any other use of the matrix is refused.
        """
        matrix, vector = (right, left) if right.shape == _DATA else (left, right)
        found = self.scaled.get(id(matrix.node))
        fits = found is not None and vector.shape == _FEATURES and not vector.first and vector.through is None \
            and star_between(self.source, node.left, node.right) is None \
            and (matrix.row and matrix is right or not matrix.row and matrix is left)
        if found is None or not fits:
            self.fail(f"'{self.spelled(node)}': NumPy's X.T * y (column i of Xᵀ times yᵢ) is read only in a matrix "
                      "product with the weights, np.dot(w, X.T * y)", node,
                      hint="write the value of each example: y * np.dot(X, w)")
        scaled, data, entry = found
        inner = self.with_example(_Value(_FEATURES, vector.node), node, data)
        # spanned as the X.T * y it comes from, not as the np.dot around it: no inner product of two m-vectors
        value: tree.Node = tree.Binary("*", entry, inner, scaled.span)
        if isinstance(scaled, tree.Negate):
            value = tree.Negate(value, scaled.span)
        return _Value(_EXAMPLES, value)

    def undefined_capital(self, letter: tree.Variable) -> bool:
        """Whether ``letter`` is one ASCII capital nothing defines, other than the counts N and M: written as a matrix
        is, where only the data matrix X is read as one (audit51's Gram and penalty matrices, G and L)."""
        return (len(letter.name) == 1 and letter.name.isupper() and letter.name.isascii()
                and letter.name not in ("N", "M") and letter.name not in self.defined)

    def refuse_matrix_product_of_a_number(self, node: tree.Binary, left: _Value, right: _Value) -> None:
        """``X @ W @ v``, ``X.dot(W).dot(v)``: a letter nothing defines, read as a number, in a matrix product.

        Read so, ``(X @ w) @ v`` was the single-output model scaled by v, derived with confidence (audit51); but
        NumPy's ``@`` refuses a number, and no one scales by ``.dot(v)``: v is an array (a second layer's weights)
        and W before it a matrix of several outputs, which is not read. Refused, with the letter named.
        """
        letter = _matrix_product_of_a_letter(self.source, node, node.left, node.right)
        if letter is None or letter.name in self.defined:
            return
        value = right if letter is node.right else left
        if value.shape != _SCALAR or value.row:
            return
        spelled = self.spelled(letter)
        self.fail(f"'{spelled}' is written as an operand of the matrix product ({self.spelled(node)}), so it is an "
                  "array, but nothing defines it and only the weight vector, the data and the vectors of the "
                  "examples are read as arrays: a weight matrix (several outputs, a layer) is not read", letter,
                  hint=f"if {spelled} is a number, multiply by it with *; for one output write X @ w")

    def refuse_capital_before_weights(self, node: tree.Binary, left: _Value, right: _Value) -> None:
        """``(G w)ᵀ(G w)``, ``λ (L θ)ᵀ(L θ)``: a capital letter nothing defines, standing before the weight vector.

        Read as a number it made Tikhonov's ‖Γw‖² (L a difference matrix, G a Gram or penalty matrix) the scaled
        ridge G²‖w‖², derived with confidence (audit51): a capital on the left of a vector is how a matrix is
        written, and only the data matrix X is read so. The counts N and M stay numbers.
        """
        letter = node.left
        if not (isinstance(letter, tree.Variable) and self.undefined_capital(letter) and letter.feature is None
                and letter.example is None and left.shape == _SCALAR and not left.row
                and right.shape == _FEATURES and not right.row and not right.first
                and isinstance(node.right, tree.Variable) and node.right.name in vocab.PARAMETER_VECTORS):
            return
        spelled, vector = self.spelled(letter), self.spelled(node.right)
        self.fail(f"'{spelled}' stands before the weight vector as a matrix does ({spelled} {vector}: a penalty or "
                  f"Gram matrix, Tikhonov's Γ{vector}), but nothing defines it: only the data matrix X is read as a "
                  "matrix, and a capital letter is not read as a number here", letter,
                  hint=f"if {spelled} is a number write it in lower case or define it with --let; a matrix other "
                       "than X is not read")

    def lifted_factor(self, node: tree.Binary, left: _Value, right: _Value) -> _Value | None:
        """``3*X @ w``, ``lam * X.T @ r``: c X times a vector is c (X times it); None without such a c.

        The products below build their entries from X's own, xₖ⁽ⁱ⁾, and would drop a number multiplied
        into X first ((3X)w read as Xw, a silent misread): the number is taken out and multiplies the product.
        """
        for value, other in ((left, right), (right, left)):
            inner = value.node
            if value.shape != _DATA or other.shape == _SCALAR and not other.row or not (
                    isinstance(inner, tree.Binary) and inner.op == "*"):
                continue
            data_left = any(_is_data(current) for current in tree.walk(inner.left))
            factor, data = (inner.right, inner.left) if data_left else (inner.left, inner.right)
            bare = _Value(_DATA, data, value.row, value.first, value.through)
            product = self.product(node, bare, right) if value is left else self.product(node, left, bare)
            lifted = tree.Binary("*", factor, product.node, node.span)
            return _Value(product.shape, lifted, product.row, product.first, product.through)
        return None

    def data_product(self, node: tree.Binary, left: _Value, right: _Value) -> _Value | None:
        """The products of a quadratic form written with X and Xᵀ, by their shapes (X m×n, or n×m with one example
        per column): None for the others, which the rules below read or refuse.

        * vᵀ X of a 1×m row and an m×n X (or Xᵀ of an n×m one), X vᵀ-wise alike: the n-vector Σᵢ vᵢ x⁽ⁱ⁾;
        * uᵀ (Σᵢ vᵢ x⁽ⁱ⁾), (Σᵢ vᵢ x⁽ⁱ⁾)ᵀ u of it and an n-vector: Σᵢ vᵢ (uᵀx⁽ⁱ⁾), a number (the sums swapped);
        * uᵀ Xᵀ of an n-vector and an n×m Xᵀ (X m×n), Xᵀ u with X n×m: the m-vector of uᵀx⁽ⁱ⁾.
        """
        if left.first or right.first:
            return None
        here = node.span
        data_rows: Callable[[_Value], bool] = lambda value: value.shape == _DATA and not value.row  # noqa: E731 (m×n: one example per row)
        data_columns: Callable[[_Value], bool] = lambda value: value.shape == _DATA and value.row  # noqa: E731 (n×m)
        if left.shape == _EXAMPLES and left.row and data_rows(right) or \
                data_columns(left) and right.shape == _EXAMPLES and not right.row:
            on_left = left.shape == _EXAMPLES
            vector, data = (left, node.right) if on_left else (right, node.left)
            entry = tree.Sum("examples", vocab.EXAMPLE_INDEX, tree.Binary(
                "*", vector.node, tree.Variable("x", data.span, feature=_K), here), here)
            return _Value(_FEATURES, entry, on_left, through=vector.node)
        if left.through is not None and right.shape == _DATA or right.through is not None and left.shape == _DATA:
            self.fail("a product of X with X (XᵀX, XXᵀ) between two vectors of examples is not read", node,
                      hint="write the cost as a squared norm of the m-vector: ‖X theta - y‖²")
        if left.shape == right.shape == _FEATURES and left.row and not right.row and (
                left.through is not None or right.through is not None):
            if left.through is not None and right.through is not None:
                self.fail("a product of X with X (XᵀX, XXᵀ) between two vectors of examples is not read", node,
                          hint="write the cost as a squared norm: ‖X theta - y‖²")
            through, other = (left.through, right) if left.through is not None else (right.through, left)
            assert through is not None, "one of the two has it: asked just above"
            inner = self.with_example(other, node, self.data_of(node))
            body = tree.Binary("*", through, inner, here) if left.through is not None else \
                tree.Binary("*", inner, through, here)
            lowered = tree.Sum("examples", vocab.EXAMPLE_INDEX, body, here)
            self.reduced[id(lowered)] = lowered
            self.notes.append(f"read in matrix form: {_show_matrix(node)} = {_show_entry(lowered, False, self.per_example)}")
            return _Value(_SCALAR, lowered)
        if left.shape == _FEATURES and left.row and left.through is None and data_columns(right) or \
                data_rows(left) and right.shape == _FEATURES and not right.row and right.through is None:
            on_left = left.shape == _FEATURES
            vector, data = (left, node.right) if on_left else (right, node.left)
            return _Value(_EXAMPLES, self.with_example(vector, node, data), on_left)
        return None

    @staticmethod
    def data_of(node: tree.Binary) -> tree.Node:
        """The X of a product, for its span: the first variable X below it."""
        return next((current for current in tree.walk(node) if _is_data(current)), node)

    @staticmethod
    def with_example(vector: _Value, node: tree.Binary, data: tree.Node) -> tree.Node:
        """uᵀx⁽ⁱ⁾ of an n-vector u: the dot product θᵀx for the bare parameter vector, else Σₖ uₖ xₖ."""
        entry = vector.node
        if isinstance(entry, tree.Variable) and entry.name in vocab.PARAMETER_VECTORS and entry.feature == _K:
            return tree.Dot(tree.Variable(entry.name, entry.span), tree.Variable("x", data.span), node.span)
        return tree.Sum("features", _K, tree.Binary("*", entry, tree.Variable("x", data.span, feature=_K), node.span),
                        node.span)

    def columns_product(self, node: tree.Binary, left: _Value, right: _Value) -> _Value:
        """wᵀX with X n×m (one example per column): the 1×m row of wᵀx⁽ⁱ⁾; no other product of X is read."""
        vector = left.node
        if left.row and left.shape == _FEATURES and not left.first and right.shape == _DATA and right.row and \
                isinstance(vector, tree.Variable) and vector.name in vocab.PARAMETER_VECTORS and vector.feature == _K:
            whole = tree.Variable(vector.name, vector.span)
            return _Value(_EXAMPLES, tree.Dot(whole, tree.Variable("x", node.right.span), node.span), row=True)
        if left.shape == _SCALAR and not left.row or right.shape == _SCALAR and not right.row:
            self.fail("a multiple of X is not read in a cost", node, hint="X enters a cost through np.dot(w.T, X)")
        self.fail(self.mismatch(node, left, right, "multiplied"), node.right,
                  hint="X is n×m here (one example per column, as np.dot(w.T, X) says): w.T X is the row of wᵀx⁽ⁱ⁾")

    @staticmethod
    def shape(value: _Value) -> str:
        if value.shape == _DATA:
            return "n×m" if value.row else "m×n"
        return ("1×" + value.shape.split("×")[0]) if value.row else value.shape

    def one_dimensional_scores(self, node: tree.Node) -> bool:
        """``np.multiply(-y, b + np.dot(w.T, X.T))`` (michaelghuang19's CSE 446 J_function): with X m×n, the scores
        written through ``X.T`` are a 1×m row of the examples beside y's m×1 column, which NumPy multiplies entry by
        entry only as 1-D arrays — the code's w and y are 1-D (``w.T`` of a 1-D w is w), so each example's score times
        its label: read so (noted). Only in NumPy text, for a row whose text transposes X and the parameter vector.
        """
        spelled = self.spelled(node)
        if self.dialects != {"numpy"} or not transposed_scores(spelled):
            return False
        self.notes.append(f"read as NumPy: '{spelled}' is the examples' scores; with the 1-D weights the code keeps "
                          "(w.T of a 1-D w is w) it is a 1-D array of m entries, as y is, so the product with the "
                          "labels is entry by entry, one value per example")
        return True

    def mismatch(self, node: tree.Binary, left: _Value, right: _Value, done: str) -> str:
        shape = self.shape

        return (f"'{self.spelled(node.left)}' is {shape(left)} and '{self.spelled(node.right)}' is "
                f"{shape(right)}: they cannot be {done}")

    @staticmethod
    def product_hint(left: _Value, right: _Value) -> str:
        if left.shape == right.shape == _EXAMPLES and not left.row and not right.row:
            return "write y^T log(h) for Σᵢ yᵢ log hᵢ, or put the entrywise product inside sum(...)"
        if left.shape == right.shape == _EXAMPLES and left.row and right.row:
            return ("a row times a column is Σᵢ vᵢuᵢ: write np.dot(Y, np.log(A).T), or put the entrywise "
                    "product inside np.sum(...)")
        if left.shape == _DATA:
            return "X multiplies an n×1 vector: X theta"
        return "check the order of the factors and where a transpose is due"


_TAIL_NOTES = {
    "tail": "read as Octave: {name}(2:end) is {name} without its first entry, the intercept {name}₁ "
            "(a column of ones in X), so the intercept is not regularised",
    # NumPy counts from 0: theta[0] is the intercept, which logderiv numbers θ₁
    "numpy": "read as NumPy: {name}[1:] is {name} without its first entry {name}[0], the intercept ({name}₁ here, "
             "a column of ones in X), so the intercept is not regularised",
    "zero": "read as Octave: [0; {name}(2:end)] is {name} with its first entry, the intercept {name}₁, set to 0 "
            "({name} − {name}₁e₁), so the intercept is not regularised",
}


def _at_first(node: tree.Node) -> tree.Node:
    """An n-vector's entry tree at k = 1: ``θₖ²`` → ``θ₁²``."""
    import dataclasses

    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, feature="1") if node.feature == _K else node
    if isinstance(node, tree.Sum) and node.index == _K:
        return node
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if hasattr(value, "span") and field.name != "span":
            changes[field.name] = _at_first(value)
    return dataclasses.replace(node, **changes) if changes else node


class _InnerProductInSum(InputError):
    """vᵀu of two m-vectors inside a sum over examples (``sum(y' * log(h))``): read only as Octave's sum of a 1×1."""


def _transposed(node: tree.Node) -> bool:
    """Whether ``node`` is written as a transpose: ``vᵀ``, ``v'``, ``v^T``."""
    return isinstance(node, tree.Transpose) or isinstance(node, tree.Binary) and node.op == "^" and _is_t(node.right)


def _transposed_operand(node: tree.Node) -> tree.Node:
    """v of ``vᵀ``, ``v'``, ``v^T``."""
    if isinstance(node, tree.Transpose):
        return node.operand
    assert isinstance(node, tree.Binary), "asked only of a node _transposed says is written as a transpose"
    return node.left


def _is_t(node: tree.Node) -> bool:
    """``T`` as an exponent in plain notation (``(X theta - y)^T``): the transpose."""
    return isinstance(node, tree.Variable) and node.name == "T" and node.feature is None and node.example is None


# --- the notes' printing -------------------------------------------------------------------

#: (Octave's ones(1, m) and ones(m, 1) shown as the all-ones vector is typeset, 𝟏)
_NAMES = {"theta": "θ", "lambda": "λ", "beta": "β", "sigma": "σ", "alpha": "α", "eta": "η", "mu": "μ", vocab.ONES: "𝟏"}
_FUNCTIONS = {"sigmoid": "σ"}
_SUBSCRIPTS = str.maketrans("0123456789ijkl", "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₗ")


def _name(name: str) -> str:
    return _NAMES.get(name, name)


def _same(a: tree.Node, b: tree.Node) -> bool:
    """Whether two trees are alike, their spans aside."""
    if type(a) is not type(b):
        return False
    for field in a.__dataclass_fields__:
        if field == "span":
            continue
        x, y = getattr(a, field), getattr(b, field)
        if hasattr(x, "span"):
            if not _same(x, y):
                return False
        elif x != y:
            return False
    return True


def _wrap(text: str, node: tree.Node) -> str:
    return f"({text})" if isinstance(node, (tree.Binary, tree.Negate, tree.Sum)) and not (
        isinstance(node, tree.Binary) and node.op in ("^",)) else text


def _show_matrix(node: tree.Node) -> str:
    """A matrix-form tree as it reads: ``(Xθ − y)ᵀ(Xθ − y)``, ``‖Xθ − y‖²``, ``yᵀlog(h)``."""
    if isinstance(node, tree.Number):
        return node.text
    if isinstance(node, tree.Constant):
        return "π" if node.name == "pi" else "e"
    if isinstance(node, tree.Variable):
        text = _name(node.name)
        if node.feature is not None:
            text += node.feature.translate(_SUBSCRIPTS) if node.feature.isalnum() else "_" + node.feature
        return text + ("⁽ⁱ⁾" if node.example else "")
    if isinstance(node, tree.Dot):
        return f"{_name(node.left.name)}ᵀ{_name(node.right.name)}"
    if isinstance(node, tree.Call):
        # g(X*theta) written of a matrix product is shown so; h(x) of one example as h(x)
        return f"{_name(node.name)}({_show_matrix(node.argument) if is_matrix_form(node.argument) else 'x'})"
    if isinstance(node, tree.Transpose):
        return _wrap(_show_matrix(node.operand), node.operand) + "ᵀ"
    if isinstance(node, tree.Tail):
        return f"{_name(node.operand.name)}(2:end)"
    if isinstance(node, tree.ZeroFirst):
        return f"[0; {_show_matrix(node.operand)}]"
    if isinstance(node, tree.Negate):
        return "−" + _wrap(_show_matrix(node.operand), node.operand)
    if isinstance(node, tree.Apply):
        return f"{_FUNCTIONS.get(node.function, node.function)}({_show_matrix(node.argument)})"
    if isinstance(node, tree.Sum):
        return f"sum({_show_matrix(node.body)})"
    if isinstance(node, tree.Binary):
        if node.op == "*" and isinstance(node.left, tree.Transpose) and node.left.operand is node.right:
            return f"‖{_show_matrix(node.right)}‖²"  # a norm, as the LaTeX front end reads ‖v‖²
        if node.op == "^" and _is_t(node.right):
            return _wrap(_show_matrix(node.left), node.left) + "ᵀ"
        return _binary(node, _show_matrix)
    return "…"


def _binary(node: tree.Binary, show: Callable[[tree.Node], str]) -> str:
    left, right = show(node.left), show(node.right)
    if node.op in ("+", "-"):
        right = _wrap(right, node.right) if isinstance(node.right, tree.Binary) and node.right.op in "+-" else right
        return f"{left} {'+' if node.op == '+' else '−'} {right}"
    if node.op == "^":
        base = _wrap(left, node.left) if not isinstance(node.left, (tree.Variable, tree.Number)) else left
        exponent = "²" if isinstance(node.right, tree.Number) and node.right.text == "2" else "^" + _wrap(right, node.right)
        return base + exponent
    if node.op == "/":
        return f"{_wrap(left, node.left) if isinstance(node.left, tree.Binary) and node.left.op in '+-' else left}" \
               f"/{_wrap(right, node.right)}"
    # a quotient times what follows is bracketed: "r²/2 m" would read as r²/(2m), the slip R's left-to-right hides
    left = _wrap(left, node.left) if isinstance(node.left, tree.Binary) and node.left.op in "+-/" else left
    right = _wrap(right, node.right) if isinstance(node.right, (tree.Binary, tree.Negate)) and (
        not isinstance(node.right, tree.Binary) or node.right.op in "+-/") else right
    if node.op == "⊙":
        return f"{left} ⊙ {right}"
    glue = "" if isinstance(node.left, tree.Variable) and node.left.name == vocab.DATA_MATRIX and not (
        isinstance(node.right, tree.Variable) and len(_name(node.right.name)) > 1) else " "  # Xθ, but X weights
    return f"{left}{glue}{right}"


def _show_entry(node: tree.Node, example: bool, per_example: Collection[str] = ()) -> str:
    """An index-form tree as it reads: ``Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²``; ``example``: inside a sum over examples.

    ``per_example`` are the problem's own names with a value per example (a --let's ``X_proj = X*w``): shown with
    the example's mark as h is, ``Σᵢ y⁽ⁱ⁾ X_proj⁽ⁱ⁾`` (hunt28c: shown bare, the note read as a constant's sum).
    """

    def show(current: tree.Node) -> str:
        return _show_entry(current, example, per_example)

    if isinstance(node, tree.Number):
        return node.text
    if isinstance(node, tree.Constant):
        return "π" if node.name == "pi" else "e"
    if isinstance(node, tree.Variable):
        text = _name(node.name)
        if node.feature is not None:
            text += node.feature.translate(_SUBSCRIPTS)
        valued = node.name in vocab.PER_EXAMPLE | vocab.DATA_VECTORS or node.name == vocab.PREDICTION \
            or node.name in per_example
        if example and (valued or node.example):
            text += "⁽ⁱ⁾"
        return text
    if isinstance(node, tree.Dot):
        right = _name(node.right.name) + ("⁽ⁱ⁾" if example and node.right.name in vocab.DATA_VECTORS else "")
        return f"{_name(node.left.name)}ᵀ{right}"
    if isinstance(node, tree.Call):
        return f"{_name(node.name)}(x⁽ⁱ⁾)" if example else f"{_name(node.name)}(x)"
    if isinstance(node, tree.Negate):
        return "−" + _wrap(show(node.operand), node.operand)
    if isinstance(node, tree.Apply):
        return f"{_FUNCTIONS.get(node.function, node.function)}({show(node.argument)})"
    if isinstance(node, tree.Sum):
        inner = node.over == "examples" or example
        body = node.body
        if isinstance(body, tree.Binary) and body.op == "*" and _same(body.left, body.right):
            text = _show_entry(body.left, inner, per_example)
            text = (f"({text})" if isinstance(body.left, (tree.Binary, tree.Negate, tree.Sum)) else text) + "²"
        else:
            text = _show_entry(body, inner, per_example)
            if isinstance(body, tree.Binary) and body.op in "+-":
                text = f"({text})"
        return ("Σᵢ " if node.over == "examples" else "Σₖ ") + text
    if isinstance(node, tree.Binary):
        return _binary(node, show)
    return "…"

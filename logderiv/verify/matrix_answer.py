"""Judging an answer in matrix form: read entry j of the vector in index notation, then judge as usual.

``1/m X^T (sigmoid(X theta) - y)`` has, as entry j,
``(1/m) Σᵢ xⱼ⁽ⁱ⁾ (σ(Σₖ θₖ xₖ⁽ⁱ⁾) − y⁽ⁱ⁾)``: :func:`components` writes it so,
by the definitions of the operations (a matrix product is a sum over the inner
index, Xᵢⱼ = xⱼ⁽ⁱ⁾, functions, ⊙ and powers act on each entry, ``OneMatrix``
is 1 in each entry). Entry j is then an ordinary index-form expression, so the
check is the one every answer gets (:func:`~logderiv.services.check.judge`): a
symbolic comparison first, then random data at several sizes, a
counterexample (concrete X, y, θ, the component j, both values) confirmed at
50 digits, and the same diagnosis detectors (sign, factor, missing or extra
term, extra or missing factor, other cost, ...), since they compare entry j
of the two gradients.

The index-form check samples one component j per size; a vector may be wrong
in one entry only (θ₁ regularised or not), so a matrix answer is sampled at
every component j = 1..n of each size.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Collection, Sequence

import sympy
from sympy.core.function import AppliedUndef
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

from ..errors import InputError
from ..notation.matrix_symbols import FEATURE_COLUMN, unit_index
from ..notation import symbols, tree
from ..notation import vocabulary as vocab
from ..notation.matrices import build_matrix, is_matrix_answer
from ..notation.matrix_cost import kept_one_dimensional
from ..notation.problem import Problem
from ..records.verdict import Verdict
from ..equality import numeric
from ..equality.tolerances import MATRIX_SQUARE_SIZES

if TYPE_CHECKING:  # pragma: no cover
    from ..deadline import Deadline
    from .samples import Samples

__all__ = ["components", "judge_matrix", "reads_as_matrix", "every_component", "MATRIX_NOTE", "COLUMNS_GIVEN",
           "COLUMNS_INFERRED"]

#: said when ``check --layout columns`` asks for DeepLearning.AI's layout
COLUMNS_GIVEN = ("--layout columns: the answer is read with one example per column (DeepLearning.AI's layout: "
                 "X n×m, Y and the values per example such as A 1×m rows)")
#: said when an answer's shapes conform only in that layout, and the cost does not fix one
COLUMNS_INFERRED = ("the answer's shapes make sense only with one example per column (DeepLearning.AI's layout: "
                    "X n×m, Y and A 1×m rows), so it is read so; give --layout columns to say so, "
                    "or --layout rows to have it refused")

#: said with every verdict on a matrix answer: what was compared
MATRIX_NOTE = ("read in matrix notation (X is m×n with Xᵢⱼ = xⱼ⁽ⁱ⁾, θ n×1, y m×1); "
               "its entry j is compared with ∂J/∂θⱼ at every j")

def _matrix_note(shown: str, problem: Problem) -> str:
    """:data:`MATRIX_NOTE` for the parameter vector of the gradient (θ, w, β), and the function judged (J, or ℓ
    under --objective log-likelihood: the note names what its entry is compared with)."""
    from .objective import judged_name

    note = MATRIX_NOTE if shown == "θ" else MATRIX_NOTE.replace("θ n×1", f"{shown} n×1").replace("∂θⱼ", f"∂{shown}ⱼ")
    return note.replace("∂J/", f"∂{judged_name(problem)}/")


i = symbols.example_index
j = symbols.wrt_index


def components(expr: sympy.Basic, defined: Collection[str] = (), *, square: bool = False) -> sympy.Expr:
    """Entry j of an n×1 matrix expression, in index notation (Σ over examples, θₖ, xₖ⁽ⁱ⁾, y⁽ⁱ⁾, δₐⱼ).

    ``defined`` are names defined per example: entry i of such an m×1 vector is ``name(i)``. ``square``: the
    matrix was read with m = n (every m×… operand n×…), so a defined name's vector is n×1, and a product's sum
    over n runs over the examples' index i when i is free (its entries ``name(i)`` are then the definitions').
    """
    return _Entries(frozenset(defined), square=square).entry(expr, j, sympy.Integer(1), frozenset())


def per_example_names(problem: Problem) -> frozenset[str]:
    """The names the problem defines with one value per example (``h(i)``), as a matrix answer may use them."""
    return frozenset(
        key.func.__name__ for key in problem.definitions
        if isinstance(key, AppliedUndef) and key.args == (i,)
    )


#: what a matrix part the reader of entries does not know is, in the user's words
_PARTS = {"Identity": "an identity matrix (I, or a 1×1 matrix a number was added to)",
          "Inverse": "an inverse matrix", "MatPow": "a power of a matrix", "Determinant": "a determinant"}


class _Entries:
    def __init__(self, defined: frozenset[str] = frozenset(), *, square: bool = False) -> None:
        self.defined = defined
        self.square = square

    def entry(self, expr: sympy.Basic, row: sympy.Expr, column: sympy.Expr, bound: frozenset[sympy.Symbol]) -> sympy.Expr:
        if not isinstance(expr, sympy.MatrixExpr):
            return self.number(expr)
        if isinstance(expr, sympy.MatrixSymbol):
            unit = unit_index(expr)
            if unit is not None:  # entry row of eₐ is δₐ,row
                return sympy.KroneckerDelta(unit, row)
            if expr.name == FEATURE_COLUMN:  # X[:, j]: entry i of column j of X is xⱼ⁽ⁱ⁾
                return symbols.vector("x")[row, j]
            if expr.name in self.defined and (expr.shape == (symbols.m, 1) or self.square and expr.shape == (symbols.n, 1)):
                if self.square and row != i and expr.name != vocab.SIGMA_VECTOR:
                    # read at m = n, a name defined per example (keyed name(i)) has its definition's entries only
                    # at the examples' index; entry j or a feature's index would stay a bare name(k)
                    raise InputError(f"read at m = n, '{expr.name}' is taken at an index other than the examples'",
                                     source="", column=None)
                return symbols.defined(expr.name)(row)
            if expr.shape[1] == 1:
                return symbols.vector(expr.name)[row]
            return symbols.vector(expr.name.lower())[row, column]
        if isinstance(expr, sympy.Transpose):
            return self.entry(expr.arg, column, row, bound)
        if isinstance(expr, sympy.OneMatrix):
            return sympy.Integer(1)
        if isinstance(expr, sympy.ZeroMatrix):
            return sympy.Integer(0)  # 0 + 2XᵀXβ − 2Xᵀy: a derivation's written-out zero term (of yᵀy), every entry 0
        if isinstance(expr, sympy.MatAdd):
            return sympy.Add(*(self.entry(arg, row, column, bound) for arg in expr.args))
        if isinstance(expr, sympy.HadamardProduct):
            return sympy.Mul(*(self.entry(arg, row, column, bound) for arg in expr.args))
        if isinstance(expr, sympy.HadamardPower):
            return self.entry(expr.base, row, column, bound) ** expr.exp
        if isinstance(expr, ElementwiseApplyFunction):
            return expr.function(self.entry(expr.expr, row, column, bound))
        if isinstance(expr, sympy.MatMul):
            # (1/m Xᵀ) v is read as 1/m (Xᵀ v): the constant outside the sum, as written by hand
            factors = _flat(expr)
            scalars = [arg for arg in factors if not isinstance(arg, sympy.MatrixExpr)]
            matrices = [arg for arg in factors if isinstance(arg, sympy.MatrixExpr)]
            return sympy.Mul(*(self.number(scalar) for scalar in scalars)) * self.product(matrices, row, column, bound)
        # sympy's class names (Identity, DiagMatrix…) are no words of the user's: the part is named as a reader would
        part = _PARTS.get(type(expr).__name__, "a matrix expression")
        raise InputError(f"this matrix answer holds {part}, which logderiv does not read entry by entry",
                         source="", column=None,
                         hint="write the answer with X, theta and y in products and sums, e.g. X' * (X*theta - y) / m")

    def number(self, expr: sympy.Basic) -> sympy.Basic:
        """A number of the answer, with each ``Trace`` of a 1×1 matrix (NumPy's np.sum(M): 1ᵀM1) its one entry."""
        traces = [trace for trace in sympy.preorder_traversal(expr) if isinstance(trace, sympy.Trace)]
        if not traces:
            return expr
        one = sympy.Integer(1)
        return expr.xreplace({trace: self.entry(trace.arg, one, one, frozenset()) for trace in traces})

    def product(self, matrices: list[sympy.MatrixExpr], row: sympy.Expr, column: sympy.Expr,
                bound: frozenset[sympy.Symbol]) -> sympy.Expr:
        """Entry (row, column) of M₁M₂…: Σₜ (M₁)ᵣₜ (M₂…)ₜc over the inner index t."""
        if len(matrices) == 1:
            return self.entry(matrices[0], row, column, bound)
        first, rest = matrices[0], matrices[1:]
        inner = first.shape[1]
        if inner == 1:
            # an outer product (v 1ᵀ, of Octave's broadcast): one term, no sum
            one = sympy.Integer(1)
            return self.entry(first, row, one, bound) * self.product(rest, one, column, bound)
        if inner == symbols.m or self.square and inner == symbols.n and i not in bound:
            if i in bound:
                raise InputError("products over the examples nested in one another are not read", source="",
                                 column=None)
            index = i
        else:
            free = [k for k in symbols.feature_indices if k not in bound]
            if not free:
                raise InputError("too many products over the features nested in one another", source="", column=None)
            index = free[0]
        body = self.entry(first, row, index, bound | {index}) * self.product(rest, index, column, bound | {index})
        return sympy.Sum(body, (index, 1, inner))


def _flat(product: sympy.MatMul) -> list[sympy.Basic]:
    factors: list[sympy.Basic] = []
    for arg in product.args:
        factors.extend(_flat(arg) if isinstance(arg, sympy.MatMul) else [arg])
    return factors


def reads_as_matrix(node: tree.Node, problem: Problem, lets: Sequence[str] = ()) -> bool:
    """Whether an answer is read in matrix notation: it holds X (or ⊙), and X is not a name of the problem's.

    A cost of a scalar ``X`` (``X^2`` by ``X``), or an ``X`` given with
    ``--let``, keeps ``X`` a scalar, as before matrix answers were read.
    """
    if not is_matrix_answer(node):
        return False
    names = {str(symbol) for symbol in problem.expand_definitions(problem.cost).free_symbols}
    names |= {str(problem.wrt)} | {text.partition("=")[0].strip() for text in lets}
    return vocab.DATA_MATRIX not in names


def _refuse_separate_intercept(node: tree.Node, source: str, problem: Problem) -> None:
    """Refuse a matrix answer to a cost whose model writes the intercept θ₀ on its own (θ₀ + Σₖ θₖxₖ).

    Such notes mean an X with a column of ones and a θ that holds θ₀; logderiv's
    X is m×n with the features 1..n, which has no θ₀: either reading would be a guess.
    """
    from ..notation import _beside_a_sum

    base = problem.wrt.base
    shown = {"theta": "θ", "beta": "β"}.get(str(base), str(base))
    expressions = (problem.cost, *problem.definitions.values())
    if not any(_beside_a_sum(base[0], expr) for expr in expressions):
        return
    where = min((current.span.start for current in tree.walk(node)
                 if isinstance(current, tree.Variable) and current.name == vocab.DATA_MATRIX), default=0)
    raise InputError(
        f"the cost writes the intercept {shown}₀ on its own beside a sum over {shown}₁..{shown}ₙ: "
        "cannot tell whether X holds a column of ones for it",
        source=source, column=where, label="ANSWER",
        hint="check the answer in index form, (1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾, or write the model as θᵀx (x₁ = 1 the intercept)",
    )


def judge_matrix(
    expected: sympy.Expr,
    node: tree.Node,
    source: str,
    problem: Problem,
    *,
    samples: Samples | Callable[[], Samples] | None = None,
    deadline: Deadline | None = None,
    notes: Sequence[str] = (),
    time_limit: float = 0.0,
    reported: Problem | None = None,
    known: Sequence[sympy.Basic] | None = None,
    lets: Sequence[tuple[str, tree.Node, str]] = (),
    square: bool = False,
    judge: Callable[..., Verdict],
) -> Verdict:
    """Judge a matrix-form answer (a parsed tree) against the index-form gradient ``expected``.

    Raises :class:`~logderiv.errors.InputError` (labelled ``ANSWER``) for a
    shape error; otherwise returns the verdict ``judge`` (:func:`~logderiv.services.check.judge`, handed in by
    the checker, which imports this module: importing it back would be a cycle) gives entry j (the verdict's
    ``answer``), sampled at every component, with the matrix expression kept in the verdict's ``matrix``.
    ``square``: read and sampled with m = n only, for an answer whose shapes conform only so (the caller takes
    nothing but a counterexample from it).
    """
    wrt = problem.wrt
    if not (isinstance(wrt, sympy.Indexed) and str(wrt.base) in vocab.PARAMETER_VECTORS and wrt.indices == (j,)):
        spelled = "_".join(str(part) for part in (wrt.base, *wrt.indices)) if isinstance(wrt, sympy.Indexed) else wrt
        number = _one_by_one(node, source, problem, spelled)
        if number is not None:
            entry, matrix, read = number
            verdict = judge(expected, entry, problem, samples=samples, deadline=deadline, source=source,
                            notes=(*notes, *read), time_limit=time_limit, reported=reported)
            return replace(verdict, matrix=matrix)
        raise InputError(
            f"an answer in matrix form is the whole gradient, and this check is of the derivative by {spelled}",
            source=source, column=0, label="ANSWER",
            hint="check a matrix answer by theta_j (the default --wrt), or write this one component in index form",
        )
    _refuse_separate_intercept(node, source, problem)
    per_example = per_example_names(problem)
    columns = problem.layout == "columns"
    said: list[str] = []
    matrix = build_matrix(node, source=source, per_example=per_example, columns=columns, notes=said,
                          standing=problem.column_values, rows=problem.row_values, square=square,
                          one_dimensional=kept_one_dimensional(problem.notes))
    notes = (*notes, *said)
    shown = {"theta": "θ", "beta": "β", "weights": "w"}.get(str(wrt.base), str(wrt.base))
    if columns:
        from .objective import judged_name

        chosen = any(note in (COLUMNS_GIVEN, COLUMNS_INFERRED) for note in (*notes, *problem.notes))
        why = "" if chosen else f", as the cost is ({shown}ᵀX)"
        notes = (*notes, f"read with one example per column{why}: X is n×m with "
                         f"Xⱼᵢ = xⱼ⁽ⁱ⁾, Y (y) and values per example are 1×m rows; its entry j is compared with "
                         f"∂{judged_name(problem)}/∂{shown}ⱼ at every j")
    if columns:
        from ..notation.matrix_cost import columns_count

        counted = sorted({source[current.span.start:current.span.end].strip() for current in tree.walk(node)
                          if isinstance(current, tree.Variable) and current.name == vocab.FEATURE_COUNT
                          and columns_count(source[current.span.start:current.span.end].strip()) == "m"})
        notes = (*notes, *(f"read as code: {spelled} is the number of examples m, since X is n×m "
                           "(one example per column)" for spelled in counted))
    used = sorted(name for name in per_example if any(
        isinstance(current, tree.Variable) and current.name == name for current in tree.walk(node)))
    shape = "1×m row" if columns else "m×1 vector"  # one example per column: a value per example is a row
    notes = (*notes, *(f"read in matrix notation: {name} is the {shape} of its values {name}⁽ⁱ⁾, one per example"
                       for name in used))
    zeroed = next((current for current in tree.walk(node) if isinstance(current, tree.ZeroFirst)), None)
    if zeroed is not None:
        notes = (*notes, _zero_first_note(zeroed))
    bold_sigma = vocab.SIGMA_VECTOR in {str(symbol) for symbol in matrix.free_symbols}
    try:
        entry = components(matrix, per_example | {vocab.SIGMA_VECTOR} if bold_sigma else per_example, square=square)
    except InputError as error:
        raise InputError(error.message, source=source, column=0, label="ANSWER", hint=error.hint) from None
    if bold_sigma:
        entry = _predictions_of_the_cost(entry, problem, source)
    if known is not None:
        from .letters import refuse_stray_letters  # a letter the cost does not hold is no arbitrary number

        refuse_stray_letters(problem.expand_definitions(entry), known, source, node, lets)
    verdict = judge(expected, entry, problem, samples=samples, deadline=deadline, source=source,
                    notes=notes if columns else (*notes, _matrix_note(shown, problem)), time_limit=time_limit,
                    reported=reported,
                    sizes=every_component(SQUARE_SIZES if square else numeric.sizes_for(
                        problem.expand_definitions(expected), problem.expand_definitions(entry), wrt)))
    return replace(verdict, matrix=matrix)


def _one_by_one(node: tree.Node, source: str, problem: Problem, spelled: object,
                ) -> tuple[sympy.Expr, sympy.Basic, tuple[str, ...]] | None:
    """(its one entry, the matrix, notes) of a matrix answer that is 1×1 (``aa_bar'*yy``: Σᵢ aᵢyᵢ), else None.

    Checked by a single parameter (b, a one-feature w), a matrix answer can only be a number:
    vᵀu of two vectors of the examples is one. Any other shape keeps the refusal.
    """
    if problem.layout == "columns":
        return None  # one example per column: vᵀu may be m×m there, and rows are read otherwise
    said: list[str] = []
    per_example = per_example_names(problem)
    if _one_feature(problem):
        # R's t(x) %*% (a - y) beside a cost in w·x⁽ⁱ⁾ + b: x is the one feature's m×1 column of values, whose
        # entry i is the cost's x⁽ⁱ⁾ (entries are read as the vector x's, not as a defined name's)
        per_example = per_example | {"x"}
        said.append(ONE_FEATURE_COLUMN_NOTE)
    try:
        matrix = build_matrix(node, source=source, per_example=per_example, columns=False,
                              notes=said, standing=problem.column_values, rows=problem.row_values)
    except InputError:
        return None
    if isinstance(matrix, sympy.MatrixExpr) and matrix.shape != (1, 1):
        return None  # a vector or a matrix: no number
    try:
        entry = _Entries(per_example_names(problem)).entry(matrix, sympy.Integer(1), sympy.Integer(1), frozenset())
    except InputError:
        return None
    if j in entry.free_symbols:
        return None
    # the builder's word for a 1×1 answer beside a vector gradient does not apply to a single parameter
    said = [note for note in said if "compared with every entry of the gradient" not in note]
    return entry, matrix, (*said, f"read in matrix notation: the answer is 1×1 (a row times a column of the "
                                  f"examples' values), one number, compared with ∂J/∂{spelled}")


#: said when a 1×1 matrix answer's x is the one feature's column (R's t(x) %*% (a - y) by a one-feature w)
ONE_FEATURE_COLUMN_NOTE = ("read in matrix notation: x is the m×1 column of the one feature's values x⁽ⁱ⁾, as the "
                           "cost's x is one feature (x⁽ⁱ⁾ a number per example)")


def _one_feature(problem: Problem) -> bool:
    """Whether the cost's x is one number per example (x⁽ⁱ⁾, never xⱼ⁽ⁱ⁾) and no data matrix stands beside it."""
    expanded = problem.expand_definitions(problem.cost)
    data = [atom for atom in expanded.atoms(sympy.Indexed) if str(atom.base) == "x"]
    return bool(data) and all(atom.indices == (i,) for atom in data) and not any(
        isinstance(atom, sympy.MatrixSymbol) for atom in expanded.atoms(sympy.MatrixSymbol))


#: the sizes an answer whose shapes conform only when m = n is sampled at
SQUARE_SIZES = tuple(numeric.Size(m=m, n=n, j=1) for m, n in MATRIX_SQUARE_SIZES)


def _predictions_of_the_cost(entry: sympy.Expr, problem: Problem, source: str) -> sympy.Expr:
    """Put in the entries of a bold σ (𝛔ᵢ): the one σ(…⁽ⁱ⁾) per example that the cost holds, or refuse."""
    expanded = problem.expand_definitions(problem.cost)
    found = {atom for atom in expanded.atoms(symbols.sigmoid) if i in atom.free_symbols}
    if len(found) != 1:
        raise InputError(
            "a bold σ with no argument is the vector of the cost's predictions σ(…⁽ⁱ⁾), and this cost holds "
            + ("none" if not found else f"{len(found)} different ones"),
            source=source, column=0, label="ANSWER",
            hint="write the predictions out: \\sigma(X\\theta)",
        )
    prediction = next(iter(found))
    return entry.replace(symbols.defined(vocab.SIGMA_VECTOR), lambda row: prediction.xreplace({i: row}))


def every_component(sizes: Sequence[numeric.Size] | None = None) -> tuple[numeric.Size, ...]:
    """The check's sizes with every component j = 1..n of each, not one: a vector answer may be wrong in one entry.

    ``sizes`` (default ``numeric.SIZES``) is a plan of :func:`numeric.sizes_for`; its shapes are
    taken once each, however many of its sizes share one.
    """
    shapes = dict.fromkeys((size.m, size.n) for size in (sizes or numeric.SIZES))
    return tuple(numeric.Size(m=m, n=n, j=component) for m, n in shapes for component in range(1, n + 1))


def _zero_first_note(zeroed: tree.ZeroFirst) -> str:
    """What [0; θ(2:end)] is read as, in the vector's own letter (np.r_[0, w[1:]] is w's, not θ's).

    No language is named: by now the NumPy reader has respelled np.r_[…, w[1:]] in Octave's words (and said so
    in its own note), so the text here cannot tell which the answer wrote; the bracket is logderiv's spelling.
    """
    vector = zeroed.operand.operand
    shown = {"theta": "θ", "beta": "β"}.get(vector.name, vector.name)
    return (f"[0; {shown}(2:end)] is {shown} with its first entry, the intercept {shown}₁, set to 0: "
            f"{shown} − {shown}₁e₁, the gradient of a penalty that leaves the intercept out")

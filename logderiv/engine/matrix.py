"""The matrix form: the index-form gradient rewritten, step by step, into a vector.

Starting from a finished derivation's result (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾:

1. ``vectorise``: each term c Σᵢ rᵢ xⱼ⁽ⁱ⁾ has its per-example factor rᵢ
   written as entry i of a vector (θᵀx⁽ⁱ⁾ = (Xθ)ᵢ, functions elementwise,
   products ⊙), and xⱼ⁽ⁱ⁾ = Xᵢⱼ: c Σᵢ vᵢ Xᵢⱼ;
2. ``transpose-product``: Σᵢ vᵢ Xᵢⱼ = (Xᵀv)ⱼ;
3. ``stack``: the components j = 1..n are the vector ∇J; a term in θⱼ
   alone (a regulariser) becomes the same function of θ, elementwise.

The result is general: it is read off the index form's structure, never from
a table of presets. A term of another shape means there is no matrix form
(:class:`~logderiv.errors.UnsupportedError`, with the reason). Every step is
verified numerically against the index form (``logderiv.equality.arrays``).
Nothing here prints.
"""

from __future__ import annotations

from dataclasses import replace

import sympy
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.matrices.expressions.matexpr import MatrixElement

from ..records.derivation import Derivation, Step
from ..errors import UnsupportedError
from ..notation.matrix_symbols import unit_vector
from ..records.matrix import MatrixForm, NoMatrixForm
from ..notation import symbols
from ..notation.vocabulary import DATA_VECTORS, PARAMETER_VECTORS
from ..notation.problem import Problem
from ..equality.arrays import verify_cost, verify_matrix_steps
from . import rules

__all__ = ["Refusal", "matrix_form", "with_matrix_form", "vectorise", "vectorise_cost", "data_matrix", "ELEMENTWISE"]

#: functions a matrix form may apply elementwise: the function registry's
ELEMENTWISE: tuple[type[sympy.Function], ...] = symbols.elementwise_classes()

i = symbols.example_index
j = symbols.wrt_index


def data_matrix(name: str = "x") -> sympy.MatrixSymbol:
    """The m×n data matrix (``X`` for data ``x``): row i is x⁽ⁱ⁾ᵀ."""
    return sympy.MatrixSymbol(name.upper(), symbols.m, symbols.n)


def with_matrix_form(derivation: Derivation) -> Derivation:
    """The derivation with its ``matrix`` field set: a :class:`MatrixForm`, or why there is none."""
    try:
        found: MatrixForm | NoMatrixForm = matrix_form(derivation)
    except UnsupportedError as error:
        reason = error.message.removeprefix("no matrix form: ")
        found = error.form if isinstance(error, Refusal) else NoMatrixForm(reason)
    return replace(derivation, matrix=found)


def matrix_form(derivation: Derivation) -> MatrixForm:
    """∇J as a vector, reached from the index-form result by verified steps.

    Raises :class:`~logderiv.errors.UnsupportedError` (with the reason) when the
    gradient has no matrix form logderiv can state; a step that fails its
    check raises :class:`~logderiv.errors.VerificationError`.
    """
    problem = derivation.problem
    parameter = _parameter(problem.wrt)
    if problem.expand_definitions(problem.cost).has(j):
        # J is then a different function for each j: its derivatives are not one gradient
        raise _refused("the cost itself depends on j, so its components are not one gradient")
    _no_intercept(problem.expand_definitions(problem.cost))
    result = derivation.result
    if result.has(sympy.Derivative):
        raise _refused("the derivation did not finish")
    terms = [_term(term, problem) for term in sympy.Add.make_args(problem.expand_definitions(result))]

    terms = _reading_order(terms)
    # unevaluated sums keep the reading order: the data term first, as in the index form
    entries = _sum_of([term.entries() for term in terms])
    transposed = _sum_of([term.transposed() for term in terms])
    gradient = sympy.MatAdd(*(term.stacked(parameter) for term in terms))
    chain = [(rules.Vectorise(), entries), (rules.TransposeProduct(), transposed), (rules.Stack(), gradient)]
    if not any(term.over_examples for term in terms):
        chain = [link for link in chain if not isinstance(link[0], rules.TransposeProduct)]
    checks = verify_matrix_steps([(rule.name, expression) for rule, expression in chain], result, problem)
    steps = [Step(rule, expression, check) for (rule, expression), check in zip(chain, checks)]
    try:
        vectorised = vectorise_cost(problem)
    except UnsupportedError:
        cost = None
    else:
        # a name of its own: mypy does not narrow ``cost`` to the vectorised terms in ``else``
        verify_cost(vectorised, problem)
        cost = vectorised
    return MatrixForm(start=result, steps=tuple(steps), parameter=parameter, check=steps[-1].check, cost=cost)


def _sum_of(terms: list[sympy.Expr]) -> sympy.Expr:
    return terms[0] if len(terms) == 1 else sympy.Add(*terms, evaluate=False)


def _parameter(wrt: sympy.Expr) -> sympy.MatrixSymbol:
    if (
        isinstance(wrt, sympy.Indexed)
        and str(wrt.base) in PARAMETER_VECTORS
        and wrt.indices == (j,)
    ):
        return sympy.MatrixSymbol(str(wrt.base), symbols.n, 1)
    raise _refused(
        "the derivative is with respect to {0}, not a component θⱼ of a parameter vector, "
        "so there are no components to stack",
        wrt,
    )


class _Term:
    """One additive term of the gradient: c Σᵢ rᵢ Xᵢⱼ (over examples) or c g(θⱼ) (per component)."""

    def __init__(self, coefficient: sympy.Expr, residual: sympy.MatrixExpr | None, component: sympy.Expr | None):
        self.coefficient = coefficient
        self.residual = residual
        self.component = component
        self.over_examples = residual is not None

    def entries(self) -> sympy.Expr:
        if self.residual is None:
            return self.coefficient * self.component
        X = data_matrix()
        return self.coefficient * sympy.Sum(MatrixElement(X, i, j) * MatrixElement(self.residual, i, 0), (i, 1, symbols.m))

    def transposed(self) -> sympy.Expr:
        if self.residual is None:
            return self.coefficient * self.component
        return self.coefficient * MatrixElement(data_matrix().T * self.residual, j, 0)

    def stacked(self, parameter: sympy.MatrixSymbol) -> sympy.MatrixExpr:
        if self.residual is not None:
            return _scaled(self.coefficient, data_matrix().T * self.residual)
        vector = vectorise(self.component, j, symbols.n)
        if not isinstance(vector, sympy.MatrixExpr):
            vector = vector * sympy.OneMatrix(symbols.n, 1)
        return _scaled(self.coefficient, vector)


def _scaled(coefficient: sympy.Expr, vector: sympy.MatrixExpr) -> sympy.MatrixExpr:
    return vector if coefficient == 1 else sympy.MatMul(coefficient, vector)


def _reading_order(terms: list[_Term]) -> list[_Term]:
    # the data term first, as written by hand: (1/m) Xᵀ(σ(Xθ) − y) + (λ/m) θ
    return sorted(terms, key=lambda term: not term.over_examples)


def _term(term: sympy.Expr, problem: Problem) -> _Term:
    coefficient, rest = _split_constant(term)
    sums = [factor for factor in sympy.Mul.make_args(rest) if symbols.is_example_sum(factor)]
    if not sums:
        if rest.has(i) or any(s.has(j) for s in rest.atoms(sympy.Sum)):
            raise _no_form(term, "it is not a sum over examples nor a function of θⱼ alone")
        _only_component(rest, term)
        return _Term(coefficient, None, rest)
    if len(sums) > 1 or rest != sums[0]:
        raise _no_form(term, "a sum over examples is multiplied by something that depends on θ")
    body = sums[0].function
    column = symbols.vector("x")[i, j]
    residual = _residual(body, column, term)
    return _Term(coefficient, vectorise(residual, i, symbols.m, as_vector=True), None)


def _split_constant(term: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """``term`` as (constant factor, the rest): m, n, λ and numbers are constant; data and θ are not."""
    constant: list[sympy.Expr] = []
    rest: list[sympy.Expr] = []
    for factor in sympy.Mul.make_args(term):
        varies = factor.has(sympy.Indexed, sympy.Sum, sympy.Function, i, j)
        (rest if varies else constant).append(factor)
    return sympy.Mul(*constant), sympy.Mul(*rest)


def _residual(body: sympy.Expr, column: sympy.Indexed, term: sympy.Expr) -> sympy.Expr:
    """rᵢ in Σᵢ rᵢ xⱼ⁽ⁱ⁾: the body divided by xⱼ⁽ⁱ⁾, which must be a factor of every term."""
    parts = sympy.Add.make_args(symbols.expand(body)) if isinstance(body, sympy.Add) else (body,)
    residual_terms = []
    for part in parts:
        factors = list(sympy.Mul.make_args(part))
        if factors.count(column) != 1:
            raise _no_form(term, "the summand is not a multiple of xⱼ⁽ⁱ⁾")
        factors.remove(column)
        residual_terms.append(sympy.Mul(*factors))
    residual = sympy.Add(*residual_terms)
    if residual.has(j):
        raise _no_form(term, "the summand depends on j other than through xⱼ⁽ⁱ⁾")
    return residual


def _only_component(expr: sympy.Expr, term: sympy.Expr) -> None:
    for indexed in expr.atoms(sympy.Indexed):
        if not (_is_fixed_component(indexed) or str(indexed.base) in PARAMETER_VECTORS and indexed.indices == (j,)):
            raise _no_form(term, "it holds {1}", indexed)


def _is_fixed_component(expr: sympy.Basic) -> bool:
    """θₐ for a number a ≥ 1 (θ₁): one entry of the parameters, a scalar in every component.

    θ₀ is not one: the vector θ holds θ₁..θₙ, so a 0-based printer would read θ₀
    as θ₁ and the arrays as θₙ (the ESL ridge crash, issue 10).
    """
    return (
        isinstance(expr, sympy.Indexed)
        and str(expr.base) in PARAMETER_VECTORS
        and len(expr.indices) == 1
        and expr.indices[0].is_Integer
        and expr.indices[0] >= 1
    )


def _no_intercept(cost: sympy.Expr) -> None:
    """Refuse a cost holding θ₀ beside θ = (θ₁..θₙ): the matrix form has no separate intercept.

    The index form treats θ₀ as its own number; ∇J over θ₁..θₙ would need θ₀ as a
    further argument of the code, which logderiv does not print. No code rather
    than code that reads θ₀ as an entry of θ.
    """
    for indexed in cost.atoms(sympy.Indexed):
        if str(indexed.base) in PARAMETER_VECTORS and indexed.indices == (0,):
            raise _refused(
                "the cost holds the intercept {0} beside the vector {1} = ({2}, …, {3}), "
                "and logderiv's matrix form has no separate intercept; write the intercept as a feature x₀ = 1 "
                "(a column of ones in X), or use the index form",
                indexed, sympy.Symbol(str(indexed.base)), indexed.base[1], indexed.base[symbols.n],
            )


def _fixed_only(expr: sympy.Expr) -> bool:
    """Whether ``expr`` depends on the parameters only through fixed entries θₐ (no data, no i, j)."""
    indexed = expr.atoms(sympy.Indexed)
    return all(_is_fixed_component(e) for e in indexed) and not expr.has(i, j, sympy.Function)


class Refusal(UnsupportedError):
    """There is no matrix form (or vectorised cost), and ``form`` says why as data: a template and its parts.

    The engine prints nothing: the renderers typeset the parts (θⱼ, Σᵢ, δⱼₖ in
    Unicode, or LaTeX), as they do a diagnosis's. The error's own message is the
    reason in Unicode, made by :mod:`logderiv.render.diagnosis` through the
    record (``NoMatrixForm.reason``), for a caller of :func:`matrix_form` itself.
    """

    def __init__(self, lead: str, form: NoMatrixForm) -> None:
        super().__init__(f"{lead}: {form.reason}")
        self.form = form


def _refused(template: str, *parts: sympy.Basic, lead: str = "no matrix form") -> Refusal:
    """The refusal whose reason is ``template``, ``{k}`` where ``parts[k]`` stands."""
    return Refusal(lead, NoMatrixForm(template, parts))


def _no_form(term: sympy.Expr, why: str, *more: sympy.Basic) -> Refusal:
    """A term of the gradient has no matrix form: ``why`` (its own parts from ``{1}``), the term as ``{0}``."""
    return _refused("in the term {0}, " + why, term, *more)


def vectorise(
    expr: sympy.Expr, index: sympy.Symbol, size: sympy.Symbol, *, as_vector: bool = False
) -> sympy.Expr | sympy.MatrixExpr:
    """``expr``, a function of ``index``, as a ``size``×1 vector whose entry ``index`` it is.

    Over examples (``index`` = i): θᵀx⁽ⁱ⁾ → Xθ, y⁽ⁱ⁾ → y; over features
    (``index`` = j or a bound k): θⱼ → θ. Sums become ``MatAdd``, products of
    vectors ⊙, powers elementwise, σ, log, … elementwise; a factor free of
    ``index`` stays a scalar, and a scalar added to a vector is that number in
    every entry (``OneMatrix``). Returns a scalar when ``expr`` is free of
    ``index`` (a vector of it when ``as_vector``). Raises UnsupportedError on
    anything else.
    """
    result = _Vectoriser(index, size).vector(expr)
    if as_vector and not isinstance(result, sympy.MatrixExpr):
        result = result * sympy.OneMatrix(size, 1)
    return result


def _hadamard(vectors: list[sympy.MatrixExpr]) -> sympy.MatrixExpr:
    # HadamardProduct itself, not hadamard_product: that calls doit(), which fuses
    # log applied to σ applied to Xθ into one Lambda, and the printers name each function
    flat: list[sympy.MatrixExpr] = []
    for vector in vectors:
        flat.extend(vector.args if isinstance(vector, sympy.HadamardProduct) else [vector])
    return sympy.HadamardProduct(*flat)


class _Vectoriser:
    def __init__(self, index: sympy.Symbol, size: sympy.Symbol) -> None:
        self.index = index
        self.size = size

    def vector(self, expr: sympy.Expr) -> sympy.Expr | sympy.MatrixExpr:
        if not expr.has(self.index):
            self._scalar(expr)
            return expr
        if isinstance(expr, sympy.Indexed):
            return self._indexed(expr)
        if isinstance(expr, sympy.KroneckerDelta) and self.index != i:
            # δₐⱼ over the components j = 1..n is the unit vector eₐ
            others = [arg for arg in expr.args if arg != self.index]
            if len(others) == 1 and others[0].is_Integer and others[0] > 0:
                return unit_vector(int(others[0]))
        if symbols.is_dot(expr) and self.index == i:
            parameter, data, _ = symbols.dot_parts(expr)
            if data.indices[:-1] == (i,):
                return data_matrix(str(data.base)) * sympy.MatrixSymbol(str(parameter), symbols.n, 1)
        if isinstance(expr, sympy.Add):
            parts = [self.vector(arg) for arg in expr.args]
            return sympy.MatAdd(*(self._broadcast(part) for part in parts))
        if isinstance(expr, sympy.Mul):
            scalars: list[sympy.Expr] = []
            vectors: list[sympy.MatrixExpr] = []
            for arg in expr.args:
                part = self.vector(arg)
                (vectors if isinstance(part, sympy.MatrixExpr) else scalars).append(part)
            product = vectors[0] if len(vectors) == 1 else _hadamard(vectors)
            coefficient = sympy.Mul(*scalars)
            return product if coefficient == 1 else sympy.MatMul(coefficient, product)
        if isinstance(expr, sympy.Pow) and not expr.exp.has(self.index):
            return sympy.HadamardPower(self.vector(expr.base), expr.exp)
        if isinstance(expr, ELEMENTWISE):
            return ElementwiseApplyFunction(type(expr), self.vector(expr.args[0]))
        raise _refused("{0} cannot be written elementwise", expr)

    def _indexed(self, expr: sympy.Indexed) -> sympy.MatrixExpr:
        name = str(expr.base)
        if expr.indices == (self.index,) and name not in DATA_VECTORS:
            return sympy.MatrixSymbol(name, self.size, 1)
        raise _refused("{0} is not an entry of a vector over {1}", expr, self.index)

    def _scalar(self, expr: sympy.Expr) -> None:
        fixed = {indexed for indexed in expr.atoms(sympy.Indexed) if _is_fixed_component(indexed)}
        rest = expr.xreplace({indexed: sympy.Dummy() for indexed in fixed})
        if rest.has(sympy.Indexed, sympy.Sum, i, j) or rest.has(sympy.Function) and not rest.is_number:
            raise _refused("{0} is neither a constant nor an entry of a vector", expr)

    def _broadcast(self, part: sympy.Expr | sympy.MatrixExpr) -> sympy.MatrixExpr:
        return part if isinstance(part, sympy.MatrixExpr) else part * sympy.OneMatrix(self.size, 1)


def vectorise_cost(problem: Problem) -> tuple[tuple[sympy.Expr, sympy.MatrixExpr | None], ...]:
    """The cost as terms ``(c, v)`` meaning c × (the sum of v's entries); ``v`` None is the constant c.

    A term c Σᵢ rᵢ gives the m×1 vector of the rᵢ; a term c Σₖ g(θₖ) the n×1
    vector g(θ), elementwise. Used by the NumPy printer. Raises
    UnsupportedError for any other kind of term.
    """
    cost = problem.expand_definitions(problem.cost)
    pieces: list[tuple[sympy.Expr, sympy.MatrixExpr | None]] = []
    for term in sympy.Add.make_args(cost):
        coefficient, rest = _split_constant(term)
        if rest == 1 or not rest.has(sympy.Sum) and _fixed_only(rest):
            pieces.append((coefficient * rest, None))
        elif symbols.is_example_sum(rest):
            pieces.append((coefficient, vectorise(rest.function, i, symbols.m, as_vector=True)))
        elif symbols.is_feature_sum(rest) and not symbols.is_dot(rest):
            bound = rest.limits[0][0]
            pieces.append((coefficient, vectorise(rest.function, bound, symbols.n, as_vector=True)))
        else:
            raise _refused(
                "the term {0} is not a sum over examples or over features", term, lead="no vectorised cost"
            )
    return tuple(pieces)

"""Derivations built by hand, for renderer tests that must not depend on the engine.

The steps are what a person would write for these costs; they are data for
printing, not claims these tests verify.
"""

from __future__ import annotations

from dataclasses import replace

import sympy
from sympy import Derivative, IndexedBase, Rational, exp, log
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.matrices.expressions.matexpr import MatrixElement

from logderiv.records.derivation import Canonical, Check, Derivation, Factor, FinalCheck, Lemma, Step
from logderiv.engine import rules
from logderiv.records.matrix import MatrixForm, NoMatrixForm
from logderiv.notation import symbols
from logderiv.notation.problem import Problem

i = symbols.example_index
j = symbols.wrt_index
k = symbols.feature_indices[0]
m = symbols.m
theta = IndexedBase("theta")
x = IndexedBase("x")
y = IndexedBase("y")
h = symbols.defined("h")(i)
lam = symbols.scalar("lambda")
z = symbols.scalar("z")
dot = symbols.dot(theta, x[i, k], k)
prediction = symbols.sigmoid(dot)

SYMBOLIC = Check("symbolic")
NUMERIC = Check("numeric", points=5, sizes=((2, 3), (3, 2)), tolerance=1e-9)
FINAL = FinalCheck(against_diff=SYMBOLIC, finite_differences=Check("numeric", 8, ((3, 2),), 1e-6))
CANONICAL_NOTE = "matches the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."


def D(expr: sympy.Expr) -> Derivative:
    """∂expr/∂θⱼ, unevaluated."""
    return Derivative(expr, theta[j])


def over_examples(body: sympy.Expr, coefficient: sympy.Expr = 1 / m) -> sympy.Expr:
    """coefficient · Σᵢ body."""
    return coefficient * symbols.example_sum(body)


def log_loss() -> sympy.Expr:
    """J = −(1/m) Σᵢ [y⁽ⁱ⁾ log h(x⁽ⁱ⁾) + (1 − y⁽ⁱ⁾) log(1 − h(x⁽ⁱ⁾))]."""
    return over_examples(y[i] * log(h) + (1 - y[i]) * log(1 - h), -1 / m)


def canonical_form() -> sympy.Expr:
    """(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."""
    return over_examples((h - y[i]) * x[i, j])


def sigmoid_lemma() -> Lemma:
    """σ′(z) = σ(z)(1 − σ(z)) from σ(z) = 1/(1 + e^(−z))."""
    logistic = 1 / (1 + exp(-z))
    steps = (
        Step(rules.PowerRule(), -(1 + exp(-z)) ** -2 * Derivative(1 + exp(-z), z), SYMBOLIC),
        Step(rules.ChainExp(), exp(-z) / (1 + exp(-z)) ** 2, SYMBOLIC),
        Step(
            rules.SplitFraction(),
            sympy.Mul(1 / (1 + exp(-z)), exp(-z) / (1 + exp(-z)), evaluate=False),
            NUMERIC,
        ),
        Step(
            rules.SubstituteBack(defined=symbols.sigmoid(z), value=logistic),
            symbols.sigmoid(z) * (1 - symbols.sigmoid(z)),
            SYMBOLIC,
        ),
    )
    return Lemma(title="σ′(z) = σ(z)(1 − σ(z))", start=Derivative(logistic, z), steps=steps)


def logistic_problem(notes: tuple[str, ...] = ()) -> Problem:
    """Logistic regression's cross-entropy with h = σ(θᵀx)."""
    return Problem(
        cost=log_loss(),
        wrt=theta[j],
        definitions={h: prediction},
        notes=notes,
        source="-(1/m) sum_i(y log(h(x)) + (1-y) log(1-h(x)))",
    )


def logistic_factors() -> tuple[Factor, ...]:
    """∂L/∂h · ∂h/∂z · ∂z/∂θⱼ for one example."""
    loss = -(y[i] * log(h) + (1 - y[i]) * log(1 - h))
    return (
        Factor(above=loss, below=h, value=(h - y[i]) / (h * (1 - h))),
        Factor(above=h, below=dot, value=h * (1 - h)),
        Factor(above=dot, below=theta[j], value=x[i, j]),
    )


def logistic() -> Derivation:
    """The whole logistic-regression chain, ending at the canonical form."""
    sigma_prime = h * (1 - h)
    steps = (
        Step(rules.Linearity(), over_examples(y[i] * D(log(h)) + (1 - y[i]) * D(log(1 - h)), -1 / m), SYMBOLIC),
        Step(rules.ChainLog(), over_examples(y[i] / h * D(h) + (1 - y[i]) / (1 - h) * D(1 - h), -1 / m), SYMBOLIC),
        Step(rules.Linearity(), over_examples(y[i] / h * D(h) - (1 - y[i]) / (1 - h) * D(h), -1 / m), SYMBOLIC),
        Step(
            rules.Unfold(defined=h, value=prediction),
            over_examples(y[i] / h * D(prediction) - (1 - y[i]) / (1 - h) * D(prediction), -1 / m),
            SYMBOLIC,
        ),
        Step(
            rules.SigmoidDerivative(),
            over_examples(
                y[i] / h * prediction * (1 - prediction) * D(dot)
                - (1 - y[i]) / (1 - h) * prediction * (1 - prediction) * D(dot),
                -1 / m,
            ),
            NUMERIC,
        ),
        Step(
            rules.SubstituteBack(defined=h, value=prediction),
            over_examples(y[i] / h * sigma_prime * D(dot) - (1 - y[i]) / (1 - h) * sigma_prime * D(dot), -1 / m),
            SYMBOLIC,
        ),
        Step(
            rules.DotProduct(),
            over_examples(y[i] * (1 - h) * x[i, j] - (1 - y[i]) * h * x[i, j], -1 / m),
            SYMBOLIC,
        ),
        Step(
            rules.Distribute(),
            over_examples(
                sympy.Add(
                    y[i] * x[i, j],
                    -y[i] * h * x[i, j],
                    -h * x[i, j],
                    y[i] * h * x[i, j],
                    evaluate=False,
                ),
                -1 / m,
            ),
            SYMBOLIC,
        ),
        Step(rules.Cancel(), over_examples((y[i] - h) * x[i, j], -1 / m), SYMBOLIC),
        Step(rules.FactorSign(), canonical_form(), SYMBOLIC),
    )
    problem = logistic_problem(notes=("h was not defined: assumed h(x) = sigmoid(theta^T x) [the default]",))
    return Derivation(
        problem=problem,
        start=D(problem.cost),
        steps=steps,
        canonical=Canonical("canonical", CANONICAL_NOTE, form=canonical_form()),
        final_check=FINAL,
        lemmas=(sigmoid_lemma(),),
        factors=logistic_factors(),
        factor_product=(h - y[i]) * x[i, j],
        notes=problem.notes,
    )


def regularised() -> Derivation:
    """Cross-entropy plus (λ/2m) Σₖ θₖ²: canonical plus L2 regularisation."""
    penalty = lam / (2 * m) * symbols.feature_sum(theta[k] ** 2, k)
    cost = log_loss() + penalty
    problem = Problem(cost=cost, wrt=theta[j], definitions={h: prediction}, source="logistic+l2")
    extra = lam / m * theta[j]
    steps = (
        Step(rules.Linearity(), D(log_loss()) + lam / (2 * m) * symbols.feature_sum(D(theta[k] ** 2), k), SYMBOLIC),
        Step(
            rules.PowerRule(),
            D(log_loss()) + lam / (2 * m) * symbols.feature_sum(2 * theta[k] * D(theta[k]), k),
            SYMBOLIC,
        ),
        Step(
            rules.KroneckerDelta(),
            D(log_loss()) + lam / m * symbols.feature_sum(theta[k] * sympy.KroneckerDelta(j, k), k),
            SYMBOLIC,
        ),
        Step(rules.CollapseSum(), D(log_loss()) + extra, SYMBOLIC),
        Step(rules.FactorSign(), canonical_form() + extra, NUMERIC),
    )
    canonical = Canonical(
        "canonical+extra",
        "matches the canonical form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ plus the L2 regularisation.",
        form=canonical_form(),
        extra=(("L2 regularisation", extra),),
    )
    return Derivation(problem, D(cost), steps, canonical, FINAL)


def squared_error() -> Derivation:
    """(1/2m) Σᵢ (h − y)² with h = σ(θᵀx): not canonical, off by h(1 − h)."""
    cost = Rational(1, 2) / m * symbols.example_sum((h - y[i]) ** 2)
    problem = Problem(cost=cost, wrt=theta[j], definitions={h: prediction}, source="mse")
    steps = (
        Step(rules.Linearity(), over_examples(D((h - y[i]) ** 2), Rational(1, 2) / m), SYMBOLIC),
        Step(rules.PowerRule(), over_examples((h - y[i]) * D(h)), SYMBOLIC),
        Step(rules.Unfold(defined=h, value=prediction), over_examples((h - y[i]) * D(prediction)), SYMBOLIC),
        Step(rules.SigmoidDerivative(), over_examples((h - y[i]) * prediction * (1 - prediction) * D(dot)), SYMBOLIC),
        Step(rules.SubstituteBack(defined=h, value=prediction), over_examples((h - y[i]) * h * (1 - h) * D(dot)), SYMBOLIC),
        Step(rules.DotProduct(), over_examples((h - y[i]) * h * (1 - h) * x[i, j]), SYMBOLIC),
    )
    canonical = Canonical(
        "not-canonical",
        "∂L/∂z = (h − y) h (1 − h): the squared error of a sigmoid is not matched to it.",
        form=canonical_form(),
        factor=h * (1 - h),
    )
    return Derivation(problem, D(cost), steps, canonical, FINAL)


def not_applicable() -> Derivation:
    """∂(z²)/∂z: a cost that is not a sum over examples, with notes holding markup-like text."""
    problem = Problem(cost=z**2, wrt=z, source="z^2", notes=("[bold]not markup[/bold] & 100% {literal} $x_1$",))
    steps = (Step(rules.PowerRule(), 2 * z, SYMBOLIC),)
    canonical = Canonical("not-applicable", "the canonical form is stated for a component θⱼ of the parameters.")
    return Derivation(problem, Derivative(z**2, z), steps, canonical, FINAL, notes=problem.notes)


# --- matrix forms -------------------------------------------------------------------

X = sympy.MatrixSymbol("X", m, symbols.n)
THETA = sympy.MatrixSymbol("theta", symbols.n, 1)
Y = sympy.MatrixSymbol("y", m, 1)
SIGMA = ElementwiseApplyFunction(symbols.sigmoid, X * THETA)
MATRIX_CHECK = Check("numeric", points=4, sizes=((3, 2), (2, 4)), tolerance=1e-9)


def _matrix_form(start: sympy.Expr, residual: sympy.MatrixExpr, extra: sympy.Expr | None = None) -> MatrixForm:
    """The three matrix steps for (1/m) Σᵢ rᵢ xⱼ⁽ⁱ⁾ [+ (λ/m) θⱼ], with r = ``residual``."""

    def plus(term: sympy.Expr) -> sympy.Expr:
        return term if extra is None else sympy.Add(term, extra, evaluate=False)

    entries = plus(1 / m * symbols.example_sum(MatrixElement(residual, i, 0) * MatrixElement(X, i, j)))
    transposed = plus(1 / m * MatrixElement(X.T * residual, j, 0))
    vector = sympy.MatMul(1 / m, X.T * residual)
    if extra is not None:
        vector = sympy.MatAdd(vector, sympy.MatMul(lam / m, THETA))
    steps = (
        Step(rules.Vectorise(), entries, MATRIX_CHECK),
        Step(rules.TransposeProduct(), transposed, MATRIX_CHECK),
        Step(rules.Stack(), vector, MATRIX_CHECK),
    )
    return MatrixForm(start=start, steps=steps, parameter=THETA, check=MATRIX_CHECK)


def regularised_matrix() -> Derivation:
    """The regularised chain with its matrix form (1/m) Xᵀ(σ(Xθ) − y) + (λ/m) θ."""
    derivation = regularised()
    form = _matrix_form(derivation.result, SIGMA - Y, lam / m * theta[j])
    return replace(derivation, matrix=form)


def squared_error_matrix() -> Derivation:
    """The squared-error chain with its matrix form, holding ⊙ and 1 − σ(Xθ)."""
    derivation = squared_error()
    residual = sympy.HadamardProduct(SIGMA - Y, SIGMA, sympy.OneMatrix(m, 1) - SIGMA)
    return replace(derivation, matrix=_matrix_form(derivation.result, residual))


def no_matrix() -> Derivation:
    """∂(z²)/∂z, whose matrix form is none, with the reason."""
    return replace(not_applicable(), matrix=NoMatrixForm("the derivative is with respect to z, not a component θⱼ"))


#: every hand-built derivation, by name (for parametrised tests)
ALL = {
    "logistic": logistic,
    "regularised": regularised,
    "squared_error": squared_error,
    "not_applicable": not_applicable,
    "regularised_matrix": regularised_matrix,
    "squared_error_matrix": squared_error_matrix,
    "no_matrix": no_matrix,
}

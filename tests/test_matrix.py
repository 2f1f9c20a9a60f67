"""The matrix form: every preset's ∇J checked against the index form and finite differences.

Independent of the engine: matrix expressions are evaluated here by a small
numpy walk of this file's own (not ``logderiv.equality.arrays``); the index-form
gradient and the cost by ``tests/_oracle.py`` (mpmath, sympy.diff), at the
very numbers the arrays hold.
"""

from __future__ import annotations

import random

import mpmath
import numpy as np
import pytest
import sympy
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

import _oracle as oracle
from logderiv import derive
from logderiv.engine.matrix import matrix_form, with_matrix_form
from logderiv.errors import UnsupportedError, VerificationError
from logderiv.records.matrix import MatrixForm, NoMatrixForm
from logderiv.notation import symbols
from logderiv.presets import PRESETS
from logderiv.render.matrix import show_matrix_unicode
from logderiv.equality.arrays import verify_matrix_step

#: costs beyond the presets: the matrix form is read off the index form, not a table
OTHER_COSTS = {
    "tanh-squared": ("1/m * sum((tanh(theta^T x) - y)^2)", "theta_j"),
    "softplus-w": ("1/m * sum(softplus(w^T x) - y w^T x)", "w_j"),
    "ridge-unscaled": ("1/(2m) * sum((theta^T x - y)^2) + lambda * sum_k(theta_k^2)", "theta_j"),
    "log-cosh-ish": ("1/m * sum(log(1 + exp(theta^T x)) - y theta^T x) + 3", "theta_j"),
}

#: the L2 presets with the intercept θ₁ left out of the penalty (--no-reg-intercept)
NO_INTERCEPT = ("logistic-l2/no-intercept", "linear-l2/no-intercept")

SIZES = ((3, 2), (2, 3), (4, 3))


def _numpy_functions():
    return [
        {
            "Logistic": lambda u: 1 / (1 + np.exp(-u)),
            "Log1pExp": lambda u: np.log(1 + np.exp(u)),
        },
        "numpy",
    ]


def _value(expr, values):
    """A matrix expression at ``values``, by this test's own numpy walk."""
    if isinstance(expr, sympy.MatrixSymbol):
        if expr.name.startswith("e_"):  # the unit vector eₐ
            unit = np.zeros((values["n"], 1))
            unit[int(expr.name[2:]) - 1] = 1
            return unit
        return values[expr.name]
    if isinstance(expr, sympy.Transpose):
        return _value(expr.arg, values).T
    if isinstance(expr, sympy.MatMul):
        out = None
        scale = 1.0
        for arg in expr.args:
            if isinstance(arg, sympy.MatrixExpr):
                part = _value(arg, values)
                out = part if out is None else out @ part
            else:
                scale *= _scalar(arg, values)
        return scale * out
    if isinstance(expr, sympy.MatAdd):
        return sum(_value(arg, values) for arg in expr.args)
    if isinstance(expr, sympy.HadamardProduct):
        return np.prod([_value(arg, values) for arg in expr.args], axis=0)
    if isinstance(expr, sympy.HadamardPower):
        return _value(expr.base, values) ** _scalar(expr.exp, values)
    if isinstance(expr, ElementwiseApplyFunction):
        (variable,), body = expr.function.variables, expr.function.expr
        f = sympy.lambdify(variable, oracle.explicit(body), modules=_numpy_functions())
        return f(_value(expr.expr, values))
    if isinstance(expr, sympy.OneMatrix):
        rows, columns = (int(side.subs({symbols.m: values["m"], symbols.n: values["n"]})) for side in expr.shape)
        return np.ones((rows, columns))
    raise AssertionError(f"the test cannot evaluate {type(expr).__name__}")


def _scalar(expr, values):
    names = {symbols.m: values["m"], symbols.n: values["n"]}
    for indexed in expr.atoms(sympy.Indexed):  # a fixed entry θₐ
        names[indexed] = float(values[str(indexed.base)][int(indexed.indices[0]) - 1, 0])
    names.update(
        {s: values[s.name] for s in expr.free_symbols if s.name in values and s not in names and np.ndim(values[s.name]) == 0}
    )
    return float(expr.subs(names))


def _data(point: oracle.Point, m: int, n: int, parameter: str) -> dict:
    """numpy arrays holding the oracle point's values (drawn on first use)."""
    return {
        "m": m,
        "n": n,
        "X": np.array([[float(point.value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)]),
        parameter: np.array([[float(point.value((parameter, (k,))))] for k in range(1, n + 1)]),
        "y": np.array([[float(point.value(("y", (i,))))] for i in range(1, m + 1)]),
        "lambda": float(point.value(("lambda", ()))),
    }


def _derivation(name: str):
    if name.endswith("/no-intercept"):
        return derive(name.removesuffix("/no-intercept"), matrix=True, regularise_intercept=False)
    if name in PRESETS:
        return derive(name, matrix=True)
    cost, wrt = OTHER_COSTS[name]
    return derive(cost, wrt=wrt, matrix=True)


@pytest.mark.parametrize("name", [*PRESETS, *NO_INTERCEPT, *OTHER_COSTS])
def test_matrix_form_matches_index_form_and_finite_differences(name):
    """∇J from the matrix form equals, per component, the index form and ∂J/∂θⱼ by central differences."""
    derivation = _derivation(name)
    form = derivation.matrix
    assert isinstance(form, MatrixForm), form
    assert form.gradient.shape == (symbols.n, 1)
    parameter = form.parameter.name
    definitions = derivation.problem.definitions
    index_form = oracle.prepare(derivation.result, definitions)
    cost = oracle.prepare(derivation.problem.cost, definitions)
    rng = random.Random(5)
    for m, n in SIZES:
        for _ in range(2):
            point = oracle.Point(rng)
            oracle.evaluate(cost, point, oracle.Size(m, n, 1))  # draw every value the cost uses
            values = _data(point, m, n, parameter)
            vector = _value(form.gradient, values).reshape(-1)
            for j in range(1, n + 1):
                size = oracle.Size(m, n, j)
                expected = float(oracle.evaluate(index_form, point, size))
                key = (parameter, (j,))
                with mpmath.workdps(oracle.DIGITS):
                    plus = oracle.evaluate(cost, point.moved(key, oracle.FD_STEP), size)
                    minus = oracle.evaluate(cost, point.moved(key, -oracle.FD_STEP), size)
                    difference = float((plus - minus) / (2 * oracle.FD_STEP))
                assert vector[j - 1] == pytest.approx(expected, rel=1e-10, abs=1e-12), (name, m, n, j)
                assert vector[j - 1] == pytest.approx(difference, rel=1e-7, abs=1e-9), (name, m, n, j)


TEXTBOOK = {
    "logistic": lambda X, t, y, lam, m: X.T @ (1 / (1 + np.exp(-X @ t)) - y) / m,
    "linear": lambda X, t, y, lam, m: X.T @ (X @ t - y) / m,
    "logistic-l2": lambda X, t, y, lam, m: X.T @ (1 / (1 + np.exp(-X @ t)) - y) / m + lam / m * t,
    "linear-l2": lambda X, t, y, lam, m: X.T @ (X @ t - y) / m + lam / m * t,
    "poisson": lambda X, t, y, lam, m: X.T @ (np.exp(X @ t) - y) / m,
    "mse-sigmoid": lambda X, t, y, lam, m: (
        X.T @ ((1 / (1 + np.exp(-X @ t)) - y) * (1 / (1 + np.exp(-X @ t))) * (1 - 1 / (1 + np.exp(-X @ t)))) / m
    ),
    "softplus-logistic": lambda X, t, y, lam, m: X.T @ (1 / (1 + np.exp(-X @ t)) - y) / m,
}


@pytest.mark.parametrize("name", sorted(TEXTBOOK))
def test_preset_matrix_forms_are_the_textbook_ones(name):
    """Each preset's ∇J is the formula the issue states, e.g. (1/m) Xᵀ(σ(Xθ) − y), evaluated by hand."""
    form = derive(name, matrix=True).matrix
    rng = np.random.default_rng(3)
    m, n = 6, 3
    values = {"m": m, "n": n, "X": rng.normal(size=(m, n)), "theta": rng.normal(size=(n, 1)),
              "y": rng.uniform(size=(m, 1)), "lambda": 0.7}
    expected = TEXTBOOK[name](values["X"], values["theta"], values["y"], values["lambda"], m)
    np.testing.assert_allclose(_value(form.gradient, values), expected, rtol=1e-12)
    np.testing.assert_allclose(form.evaluate(values).real, expected, rtol=1e-12)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("logistic", "(1/m) Xᵀ(σ(Xθ) − y)"),
        ("linear", "(1/m) Xᵀ(Xθ − y)"),
        ("logistic-l2", "(1/m) Xᵀ(σ(Xθ) − y) + (λ/m) θ"),
        ("linear-l2", "(1/m) Xᵀ(Xθ − y) + (λ/m) θ"),
        ("poisson", "(1/m) Xᵀ(e^(Xθ) − y)"),
        ("mse-sigmoid", "(1/m) Xᵀ((σ(Xθ) − y) ⊙ σ(Xθ) ⊙ (1 − σ(Xθ)))"),
        ("softplus-logistic", "(1/m) Xᵀ(σ(Xθ) − y)"),
    ],
)
def test_preset_matrix_forms_read_as_written_by_hand(name, text):
    """The printed gradient is the familiar one, elementwise operations marked."""
    assert show_matrix_unicode(derive(name, matrix=True).matrix.gradient) == text


def test_matrix_steps_are_named_and_verified():
    """The chain goes vectorise → transpose-product → stack, each step checked numerically."""
    form = derive("logistic", matrix=True).matrix
    assert [step.rule.name for step in form.steps] == ["vectorise", "transpose-product", "stack"]
    assert all(step.check.method == "numeric" and step.check.points > 0 for step in form.steps)


@pytest.mark.parametrize(
    ("cost", "wrt", "why"),
    [
        ("1/(1+exp(-z))", "z", "not a component"),
        ("sum_i(theta_j^2 x_j)", "theta_j", "depends on j"),
        ("(sum(theta^T x))^2", "theta_j", "multiplied by something that depends on θ"),
    ],
)
def test_no_matrix_form_is_said_plainly(cost, wrt, why):
    """A gradient without a matrix form gets none, with the reason, and is still derived."""
    derivation = derive(cost, wrt=wrt, matrix=True)
    assert isinstance(derivation.matrix, NoMatrixForm)
    assert why in derivation.matrix.reason
    with pytest.raises(UnsupportedError, match="no matrix form"):
        matrix_form(derivation)


@pytest.mark.parametrize(
    ("cost", "wrt", "shown"),
    [
        ("(sum(theta^T x))^2", "theta_j", "2 (Σᵢ xⱼ⁽ⁱ⁾) Σᵢ θᵀx⁽ⁱ⁾"),
        ("1/(1+exp(-z))", "z", "with respect to z,"),
    ],
)
def test_no_matrix_form_reason_is_in_logderivs_notation(cost, wrt, shown):
    """The reason prints the offending term as the output does (Σᵢ, δⱼₖ, xₖ⁽ⁱ⁾), not sympy's Sum(KroneckerDelta(...))."""
    reason = derive(cost, wrt=wrt, matrix=True).matrix.reason
    assert shown in reason
    for internal in ("Sum(", "KroneckerDelta", "x[i, k]", "theta[", "**"):
        assert internal not in reason, reason


def test_a_wrong_matrix_step_is_an_internal_error():
    """A step that disagrees with the index form raises VerificationError: it is never shown."""
    derivation = derive("logistic")
    X = sympy.MatrixSymbol("X", symbols.m, symbols.n)
    theta = sympy.MatrixSymbol("theta", symbols.n, 1)
    y = sympy.MatrixSymbol("y", symbols.m, 1)
    wrong = sympy.MatMul(1 / symbols.m, X.T * (ElementwiseApplyFunction(symbols.sigmoid, X * theta) + y))
    with pytest.raises(VerificationError, match="failed verification"):
        verify_matrix_step(wrong, derivation.result, derivation.problem, "stack")


def test_with_matrix_form_keeps_the_index_chain():
    """Adding the matrix form changes nothing else about the derivation."""
    plain = derive("linear")
    both = with_matrix_form(plain)
    assert both.steps == plain.steps and both.result == plain.result and plain.matrix is None


@pytest.mark.parametrize("name", ["logistic-l2", "linear-l2"])
def test_intercept_not_regularised(name):
    """--no-reg-intercept: ∇J = … + (λ/m)[0, θ₂, …, θₙ]ᵀ, checked by hand against the regularised form."""
    regularised = derive(name, matrix=True).matrix
    free = derive(name, matrix=True, regularise_intercept=False).matrix
    assert show_matrix_unicode(free.gradient).endswith("+ (λ/m) θ − (λ/m) θ₁ e₁")
    rng = np.random.default_rng(8)
    m, n = 5, 3
    values = {"m": m, "n": n, "X": rng.normal(size=(m, n)), "theta": rng.normal(size=(n, 1)),
              "y": rng.uniform(size=(m, 1)), "lambda": 0.9}
    difference = _value(regularised.gradient, values) - _value(free.gradient, values)
    expected = np.zeros((n, 1))
    expected[0, 0] = values["lambda"] / m * values["theta"][0, 0]
    np.testing.assert_allclose(difference, expected, atol=1e-14)


def test_intercept_option_needs_an_l2_preset():
    """--no-reg-intercept on a cost without an L2 preset penalty is bad input."""
    from logderiv.errors import InputError

    with pytest.raises(InputError, match="no L2 penalty"):
        derive("linear", regularise_intercept=False)
    with pytest.raises(InputError, match="L2 presets"):
        derive("1/(2m) * sum((theta^T x - y)^2)", regularise_intercept=False)


def test_an_answer_in_matrix_form_can_be_compared():
    """find_disagreement: a right matrix answer agrees with the index form; X in place of Xᵀ does not."""
    from logderiv.equality.arrays import find_disagreement

    derivation = derive("linear")
    X = sympy.MatrixSymbol("X", symbols.m, symbols.n)
    theta = sympy.MatrixSymbol("theta", symbols.n, 1)
    y = sympy.MatrixSymbol("y", symbols.m, 1)
    right = sympy.MatMul(1 / symbols.m, X.T * (X * theta - y))
    assert find_disagreement(right, derivation.result, derivation.problem) is None
    halved = sympy.MatMul(1 / (2 * symbols.m), X.T * (X * theta - y))
    m, n, actual, expected = find_disagreement(halved, derivation.result, derivation.problem)
    np.testing.assert_allclose(actual * 2, expected)


def test_public_names():
    """MatrixForm and NoMatrixForm are part of the public API."""
    import logderiv

    assert logderiv.MatrixForm is MatrixForm and logderiv.NoMatrixForm is NoMatrixForm

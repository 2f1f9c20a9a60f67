"""`logderiv check` on answers in matrix form: `1/m * X^T (sigmoid(X theta) - y)`.

The table's verdicts and diagnosis kinds are written by hand from the
mathematics. Independently of the engine: each preset's gradient is written
here as a NumPy function of X, θ, y, λ (the textbook matrix forms), and each
answer's matrix expression is evaluated by this file's own NumPy walk. A right
answer must agree with the hand-written gradient at random data; a wrong
answer's counterexample (X, y, θ, the component j, both values) is rebuilt
here as arrays and both of its stated values recomputed.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
import sympy
from _effort import examples
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

from logderiv import check
from logderiv._api import checker
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import parse_text, read_problem, symbols, tree
from logderiv.notation.matrices import build_matrix, is_matrix_answer
from logderiv.services.check import judge
from logderiv.verify.matrix_answer import components, every_component, judge_matrix

EQ, DIFF = "equivalent", "different"


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


#: ∇J as this file writes it, from the textbook: (X, θ, y, λ) -> an (n, 1) array
GRADIENTS = {
    "logistic": lambda X, t, y, lam: X.T @ (_sigmoid(X @ t) - y) / len(y),
    "softplus-logistic": lambda X, t, y, lam: X.T @ (_sigmoid(X @ t) - y) / len(y),
    "linear": lambda X, t, y, lam: X.T @ (X @ t - y) / len(y),
    "poisson": lambda X, t, y, lam: X.T @ (np.exp(X @ t) - y) / len(y),
    "logistic-l2": lambda X, t, y, lam: (X.T @ (_sigmoid(X @ t) - y) + lam * t) / len(y),
    "linear-l2": lambda X, t, y, lam: (X.T @ (X @ t - y) + lam * t) / len(y),
    "mse-sigmoid": lambda X, t, y, lam: X.T @ (
        (_sigmoid(X @ t) - y) * _sigmoid(X @ t) * (1 - _sigmoid(X @ t))
    ) / len(y),
}



def _penalised(t):
    """θ with the intercept θ₁ (row 0) left out of the penalty: what --no-reg-intercept regularises."""
    return np.vstack([np.zeros((1, 1)), t[1:]])


#: the L2 gradients with the intercept left out of the penalty (``regularise_intercept=False``)
NO_INTERCEPT = {
    "logistic-l2": lambda X, t, y, lam: (X.T @ (_sigmoid(X @ t) - y) + lam * _penalised(t)) / len(y),
    "linear-l2": lambda X, t, y, lam: (X.T @ (X @ t - y) + lam * _penalised(t)) / len(y),
}

#: (cost, answer, verdict, first diagnosis kind); answers in plain notation
TABLE = [
    # --- right, in several spellings --------------------------------------------------------
    ("logistic", "1/m * X^T (sigmoid(X theta) - y)", EQ, None),
    ("logistic", "Xᵀ(σ(Xθ) − y)/m", EQ, None),
    ("logistic", "X^T @ (sigmoid(X @ theta) - y) / m", EQ, None),
    ("logistic", "-1/m X^T (y - sigmoid(X theta))", EQ, None),
    ("logistic", "1/m X^T sigmoid(X theta) - 1/m X^T y", EQ, None),
    ("logistic", "1/m X^T (1/(1 + e^(-X theta)) - y)", EQ, None),
    ("softplus-logistic", "(1/m) X^T (sigmoid(X theta) - y)", EQ, None),
    ("linear", "1/m X^T (X theta - y)", EQ, None),
    ("linear", "1/m (X^T X theta - X^T y)", EQ, None),
    ("poisson", "1/m X^T (e^(X theta) - y)", EQ, None),
    ("logistic-l2", "1/m X^T (sigmoid(X theta) - y) + lambda/m theta", EQ, None),
    ("logistic-l2", "1/m (X^T (sigmoid(X theta) - y) + λ θ)", EQ, None),
    ("linear-l2", "1/m X^T (X theta - y) + (lambda/m) theta", EQ, None),
    ("mse-sigmoid", "1/m X^T ((sigmoid(X theta) - y) ⊙ sigmoid(X theta) ⊙ (1 - sigmoid(X theta)))", EQ, None),
    ("mse-sigmoid", "1/m X^T ((sigmoid(X theta) - y) .* sigmoid(X theta) .* (1 - sigmoid(X theta)))", EQ, None),
    # --- wrong, one named mistake each --------------------------------------------------------
    ("logistic", "1/m X^T (y - sigmoid(X theta))", DIFF, "sign"),
    ("logistic-l2", "1/m X^T (sigmoid(X theta) - y) - lambda/m theta", DIFF, "sign"),
    ("logistic", "X^T (sigmoid(X theta) - y)", DIFF, "factor"),
    ("linear", "2/m X^T (X theta - y)", DIFF, "factor"),
    ("logistic-l2", "1/m X^T (sigmoid(X theta) - y) + lambda theta", DIFF, "factor"),
    ("logistic-l2", "1/m X^T (sigmoid(X theta) - y)", DIFF, "missing-term"),
    ("linear-l2", "1/m X^T (X theta - y)", DIFF, "missing-term"),
    ("logistic", "1/m X^T sigmoid(X theta)", DIFF, "missing-term"),
    ("logistic", "1/m X^T (sigmoid(X theta) - y) + lambda/m theta", DIFF, "extra-term"),
    ("logistic", "1/m X^T ((sigmoid(X theta) - y) .* sigmoid(X theta) .* (1 - sigmoid(X theta)))", DIFF,
     "extra-factor"),
    ("mse-sigmoid", "1/m X^T (sigmoid(X theta) - y)", DIFF, "missing-factor"),
    ("logistic", "1/m X^T (e^(X theta) - y)", DIFF, "other-cost"),
    ("linear", "1/m X^T (sigmoid(X theta) - y)", DIFF, "other-cost"),
    ("poisson", "1/m X^T (X theta - y)", DIFF, "other-cost"),
    ("logistic", "1/m X^T (sigmoid(X theta) - y) ⊙ theta", DIFF, "other"),
]

#: LaTeX spellings: (cost, answer, verdict, first diagnosis kind)
LATEX_TABLE = [
    ("logistic", r"\frac{1}{m}X^\top(\sigma(X\theta)-y)", EQ, None),
    ("logistic", r"\frac{1}{m} X^{T} \left(\sigma(X\theta) - y\right)", EQ, None),
    ("logistic-l2", r"\frac{1}{m}X^\top\left(\sigma(X\theta)-y\right)+\frac{\lambda}{m}\theta", EQ, None),
    ("mse-sigmoid", r"\frac{1}{m}X^\top\left((\sigma(X\theta)-y)\odot\sigma(X\theta)\odot(1-\sigma(X\theta))\right)", EQ,
     None),
    ("poisson", r"\tfrac{1}{m} X^\top \cdot (e^{X\theta} - y)", EQ, None),
    ("logistic", r"\frac{1}{m}\mathbf{X}^{\mathsf{T}}(\sigma(\mathbf{X}\boldsymbol{\theta})-\mathbf{y})", EQ, None),
    ("linear", r"\frac{1}{m}\left(X^\top X\theta - X^\top y\right)", EQ, None),
    ("linear", r"\frac{2}{m}X^\top(X\theta-y)", DIFF, "factor"),
    ("logistic", r"\frac{1}{m}X^\top(y-\sigma(X\theta))", DIFF, "sign"),
    ("logistic-l2", r"\frac{1}{m}X^\top(\sigma(X\theta)-y)", DIFF, "missing-term"),
]


def _id(row) -> str:
    return f"{row[0]}: {row[1]}"


# --- this file's own evaluation ----------------------------------------------------------

_FUNCTIONS = {"sigmoid": _sigmoid, "exp": np.exp, "log": np.log, "tanh": np.tanh,
              "softplus": lambda u: np.log1p(np.exp(u))}


def _value(expr, values: dict):
    """A matrix expression (or a scalar) at ``values``, walked here with NumPy."""
    if isinstance(expr, sympy.MatrixSymbol) and re.fullmatch(r"e_\d+", expr.name):
        unit = np.zeros((values["n"], 1))  # the unit vector eₐ
        unit[int(expr.name[2:]) - 1, 0] = 1
        return unit
    if isinstance(expr, sympy.MatrixSymbol):
        return values[expr.name]
    if isinstance(expr, sympy.Transpose):
        return _value(expr.arg, values).T
    if isinstance(expr, sympy.MatMul):
        result = 1.0
        for arg in expr.args:
            part = _value(arg, values)
            result = result @ part if np.ndim(result) and np.ndim(part) else result * part
        return result
    if isinstance(expr, sympy.MatAdd):
        return sum(_value(arg, values) for arg in expr.args)
    if isinstance(expr, sympy.HadamardProduct):
        return np.prod([_value(arg, values) for arg in expr.args], axis=0)
    if isinstance(expr, sympy.HadamardPower):
        return _value(expr.base, values) ** _value(expr.exp, values)
    if isinstance(expr, ElementwiseApplyFunction):
        function = expr.function
        name = type(function.expr).__name__ if isinstance(function, sympy.Lambda) else function.__name__
        return _FUNCTIONS[name](_value(expr.expr, values))
    if isinstance(expr, sympy.OneMatrix):
        rows, columns = (int(side.subs({symbols.m: values["m"], symbols.n: values["n"]})) for side in expr.shape)
        return np.ones((rows, columns))
    # a scalar: numbers, m, n, λ
    entries = {e: values[str(e.base)][int(e.indices[0]) - 1, 0] for e in expr.atoms(sympy.Indexed)}  # θ₁
    expr = expr.xreplace(entries)
    names = {symbols.m: values["m"], symbols.n: values["n"]}
    names.update({s: values[s.name] for s in expr.free_symbols if s.name in values and s not in names})
    return float(expr.subs(names))


def _matrix(text: str):
    return build_matrix(parse_text(text).tree, source=text)


def _random_data(rng: random.Random, m: int, n: int) -> dict:
    return {
        "m": m,
        "n": n,
        "X": np.array([[rng.uniform(-2, 2) for _ in range(n)] for _ in range(m)]),
        "theta": np.array([[rng.uniform(-2, 2)] for _ in range(n)]),
        "y": np.array([[rng.uniform(0, 1)] for _ in range(m)]),
        "lambda": rng.uniform(0.1, 2),
    }


def _agrees_with_textbook(cost: str, answer: str, gradients: dict = GRADIENTS) -> bool:
    """Whether the answer's matrix expression equals this file's gradient at random data."""
    matrix = _matrix(answer)
    rng = random.Random(answer)
    for m, n in ((3, 2), (2, 4), (5, 3)):
        for _ in range(3):
            values = _random_data(rng, m, n)
            got = _value(matrix, values)
            want = gradients[cost](values["X"], values["theta"], values["y"], values["lambda"])
            if got.shape != (n, 1) or not np.allclose(got, want, rtol=1e-9, atol=1e-12):
                return False
    return True


def _assert_counterexample_is_real(cost: str, answer: str, verdict) -> None:
    """The counterexample, rebuilt as X, θ, y, λ here, gives the two values it states, which differ."""
    example = verdict.counterexample
    assert example is not None and example.digits == 50
    m, n, j = example.m, example.n, example.j
    values = {"m": m, "n": n, "X": np.zeros((m, n)), "theta": np.zeros((n, 1)), "y": np.zeros((m, 1)), "lambda": 0.0}
    for value in example.values:
        if value.name == "x":
            row, column = value.indices
            values["X"][row - 1, column - 1] = value.value
        elif value.name in ("theta", "y"):
            values[value.name][value.indices[0] - 1, 0] = value.value
        else:
            values[value.name] = value.value
    want = GRADIENTS[cost](values["X"], values["theta"], values["y"], values["lambda"])[j - 1, 0]
    got = _value(_matrix(answer), values)[j - 1, 0]
    assert float(example.expected) == pytest.approx(want, rel=1e-9, abs=1e-12)
    assert float(example.answer) == pytest.approx(got, rel=1e-9, abs=1e-12)
    assert not np.isclose(want, got, rtol=1e-9)


# --- the table -----------------------------------------------------------------------------


def test_the_table_is_broad():
    """At least 15 rows over several presets, right and wrong of several kinds."""
    assert len(TABLE) >= 15
    assert len({row[0] for row in TABLE}) >= 6
    kinds = {row[3] for row in TABLE if row[2] == DIFF}
    assert {"sign", "factor", "missing-term", "extra-term", "extra-factor", "missing-factor", "other-cost",
            "other"} <= kinds


@pytest.mark.parametrize("row", TABLE, ids=_id)
def test_matrix_answer_verdict_and_diagnosis(row):
    """Each matrix answer gets the verdict and first diagnosis kind the mathematics says, checked here too."""
    cost, answer, expected_verdict, expected_kind = row
    verdict = check(answer, cost=cost)
    assert verdict.verdict == expected_verdict, (verdict.reason, verdict.diagnosis)
    kinds = [d.kind for d in verdict.diagnosis]
    assert kinds[:1] == ([expected_kind] if expected_kind else [])
    # independently: does the answer equal this file's textbook gradient?
    assert _agrees_with_textbook(cost, answer) == (expected_verdict == EQ)
    if expected_verdict == DIFF:
        _assert_counterexample_is_real(cost, answer, verdict)
    else:
        assert verdict.counterexample is None


@pytest.mark.parametrize("row", LATEX_TABLE, ids=_id)
def test_latex_matrix_answer_verdict_and_diagnosis(row):
    """LaTeX matrix answers, read by the LaTeX front end, get the same verdicts."""
    cost, answer, expected_verdict, expected_kind = row
    parsed = parse_text(answer)
    assert parsed.notation == "latex"
    verdict = judge_matrix(checker(cost).expected, parsed.tree, answer, checker(cost).problem, judge=judge)
    assert verdict.verdict == expected_verdict
    assert [d.kind for d in verdict.diagnosis][:1] == ([expected_kind] if expected_kind else [])
    assert _agrees_with_textbook(cost, answer) == (expected_verdict == EQ)
    if expected_verdict == DIFF:
        _assert_counterexample_is_real(cost, answer, verdict)


#: pieces of right answers, combined by the property below
_COEFFICIENTS = ("1/m", "(1/m)", "m^-1", "2/(2m)", "1/(m)")
_RESIDUALS = ("sigmoid(X theta) - y", "-(y - sigmoid(X theta))", "1/(1 + e^(-X theta)) - y",
              "e^(X theta)/(1 + e^(X theta)) - y", "(1 + tanh(X theta / 2))/2 - y", "σ(X @ θ) - y")
_LAYOUTS = ("{c} X^T ({r})", "X^T ({r}) * {c}", "{c} * X^T @ ({r})", "-{c} X^T (-({r}))", "X^T ({c} ({r}))",
            "{c} X^T ({r}) + 0 theta")


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_COEFFICIENTS), st.sampled_from(_RESIDUALS), st.sampled_from(_LAYOUTS))
def test_rewritten_matrix_answers_are_never_different(coefficient, residual, layout):
    """No false "different": the logistic gradient in matrix form, spelled many ways, is always equivalent."""
    answer = layout.format(c=coefficient, r=residual)
    assert _agrees_with_textbook("logistic", answer), answer  # the spelling really is the gradient
    verdict = check(answer)
    assert verdict.verdict == EQ, (answer, verdict.diagnosis)


@pytest.mark.parametrize("name", sorted(GRADIENTS))
def test_printed_matrix_forms_read_back_as_right_answers(name):
    """What `derive --form matrix` prints (plain and Unicode) reads back as a matrix answer that is right."""
    from logderiv import derive
    from logderiv.render.matrix import show_matrix_plain, show_matrix_unicode

    gradient = derive(name, matrix=True).matrix.gradient
    for text in (show_matrix_plain(gradient), show_matrix_unicode(gradient)):
        assert _agrees_with_textbook(name, text), text
        assert check(text, cost=name).verdict == EQ, text


@pytest.mark.parametrize("name", sorted(NO_INTERCEPT))
def test_printed_no_intercept_matrix_forms_read_back(name):
    """(λ/m) θ − (λ/m) θ₁ e₁, as derive --no-reg-intercept prints it, reads back right (and is named if not due)."""
    from logderiv import derive
    from logderiv.render.matrix import (
        show_matrix_latex,
        show_matrix_plain,
        show_matrix_unicode,
    )

    gradient = derive(name, matrix=True, regularise_intercept=False).matrix.gradient
    for text in (show_matrix_plain(gradient), show_matrix_unicode(gradient), show_matrix_latex(gradient)):
        assert "e_1" in text or "e₁" in text or "e_{1}" in text, text
        assert _agrees_with_textbook(name, text, NO_INTERCEPT), text
        assert check(text, cost=name, regularise_intercept=False).verdict == EQ, text
        penalised = check(text, cost=name)  # every θₖ in the penalty: e₁'s term is the one not due
        assert (penalised.verdict, [d.kind for d in penalised.diagnosis]) == (DIFF, ["extra-term"]), text
        assert "intercept θ₁" in penalised.diagnosis[0].message


@pytest.mark.parametrize(("answer", "fragment"), [
    ("1/m * sum((h - y) x_j) + e_1", "'e' is Euler's number and has no index"),
    ("1/m X^T (sigmoid(X theta) - y) + lambda/m theta - lambda/m theta_0 e_1", "features are numbered 1..n"),
    ("1/m X^T (sigmoid(X theta) - y) + lambda/m theta - lambda/m theta_j e_1", "is one entry"),
])
def test_unit_vectors_and_entries_outside_their_place_are_refused(answer, fragment):
    """e₁ only in a matrix answer, and θ only by a concrete feature number there: else an InputError."""
    with pytest.raises(InputError, match=fragment):
        check(answer, cost="logistic-l2")


def test_every_component_is_sampled():
    """A vector may be wrong in one entry only (θ₁ in the penalty or not): every j = 1..n of each size is tried."""
    from logderiv.equality import numeric

    sizes = every_component()
    for size in numeric.SIZES:
        assert {s.j for s in sizes if (s.m, s.n) == (size.m, size.n)} == set(range(1, size.n + 1))


def test_components_reads_entry_j_by_the_definitions():
    """Entry j of Xᵀ(σ(Xθ) − y) is Σᵢ xⱼ⁽ⁱ⁾(σ(Σₖ θₖxₖ⁽ⁱ⁾) − y⁽ⁱ⁾), written here by hand."""
    i, j, k = symbols.example_index, symbols.wrt_index, symbols.feature_indices[0]
    x, theta, y = (sympy.IndexedBase(name) for name in ("x", "theta", "y"))
    by_hand = sympy.Sum(x[i, j] * (symbols.sigmoid(sympy.Sum(theta[k] * x[i, k], (k, 1, symbols.n))) - y[i]),
                        (i, 1, symbols.m)) / symbols.m
    difference = components(_matrix("1/m X^T (sigmoid(X theta) - y)")) - by_hand
    for m, n, component in ((2, 3, 1), (3, 2, 2)):
        unrolled = difference.xreplace({symbols.m: m, symbols.n: n, j: component}).doit()
        assert sympy.expand(unrolled) == 0


# --- reading matrix answers ---------------------------------------------------------------

SAME = [
    ("1/m * X^T (sigmoid(X theta) - y)", r"\frac{1}{m}X^\top(\sigma(X\theta)-y)"),
    ("Xᵀ(σ(Xθ) − y)/m", r"\frac{1}{m} X^{T} \left(\sigma(X \cdot \theta) - y\right)"),
    ("X^T ((X theta) .* y)", r"X^{\top}\left((X\theta) \odot y\right)"),
    ("X^T (sigmoid(X theta) ∘ y)", r"X^\intercal (\sigma(X\theta) \circ y)"),
    ("X^T (e^(X theta) - y) + lambda/m theta", r"X^\top(e^{X\theta}-y)+\frac{\lambda}{m}\theta"),
]


def _entry_at(text: str, m: int, n: int, j: int):
    """Entry j of a matrix answer with the sums unrolled at concrete m, n (Lambdas hold fresh dummies)."""
    return components(_matrix(text)).xreplace({symbols.m: m, symbols.n: n, symbols.wrt_index: j}).doit()


@pytest.mark.parametrize(("plain", "latex"), SAME)
def test_plain_and_latex_read_to_the_same_matrix(plain, latex):
    """Both front ends read a matrix answer, and the two spellings have the same entries."""
    assert parse_text(plain).notation == "plain" and parse_text(latex).notation == "latex"
    assert is_matrix_answer(parse_text(plain).tree) and is_matrix_answer(parse_text(latex).tree)
    assert _matrix(plain).shape == _matrix(latex).shape == (symbols.n, 1)
    for m, n, j in ((2, 3, 1), (3, 2, 2)):
        assert sympy.expand(_entry_at(plain, m, n, j) - _entry_at(latex, m, n, j)) == 0


def test_transpose_is_a_node_of_its_own():
    """``X^T``, ``Xᵀ``, ``X^\\top``, ``X^{T}`` all read as Transpose(X); a bare X stays the variable."""
    for text in ("X^T", "Xᵀ", r"X^\top", r"X^{T}", r"X^{\top}"):
        node = parse_text(text).tree
        assert isinstance(node, tree.Transpose) and node.operand.name == "X", text
    assert isinstance(parse_text("X").tree, tree.Variable)


def test_elementwise_product_spellings():
    """``⊙``, ``.*``, ``∘``, ``\\odot``, ``\\circ`` are one operator."""
    for text in ("a ⊙ b", "a .* b", "a ∘ b", r"a \odot b", r"a \circ b"):
        node = parse_text(text).tree
        assert isinstance(node, tree.Binary) and node.op == "⊙", text


def test_the_matrix_objects_are_the_engines():
    """The builder makes the objects the engine's matrix form is made of, so the two print alike."""
    from logderiv import derive

    engine = derive("logistic", matrix=True).matrix.gradient
    assert _matrix("1/m X^T (sigmoid(X theta) - y)").atoms(sympy.MatrixSymbol) == engine.atoms(sympy.MatrixSymbol)


#: (answer, column of the caret, a fragment of the message)
REFUSED = [
    ("1/m * X (sigmoid(X theta) - y)", 6, "m×n"),  # X where Xᵀ is due: the caret under X
    ("1/m X^T (sigmoid(X theta) - theta)", 28, "cannot be added"),
    ("1/m (sigmoid(X theta) - y)", 0, "must be n×1"),
    ("1/m X^T X", 0, "must be n×1"),
    ("1/m X^T (sigmoid(X theta) y)", 26, "does not conform"),
    ("1/m X^T (sigmoid(X theta_j) - y)", 19, "whole vectors"),
    ("1/m X^T sum(y)", 8, "without sums"),
    ("1/m X^T (h(x) - y)", 9, "not read in a matrix answer"),
    ("X^T y ⊙ 2", 8, "⊙ multiplies two vectors"),
    ("X^T y / (X theta)", 9, "cannot be divided"),
    (r"\frac{1}{m}X(\sigma(X\theta)-y)", 11, "m×n"),
    (r"\frac{1}{m}X^\top(\sigma(X\theta)-\theta)", 34, "cannot be added"),
]


@pytest.mark.parametrize(("answer", "column", "fragment"), REFUSED)
def test_shape_errors_point_at_the_column(answer, column, fragment):
    """A product that does not conform, a sum of two shapes, an answer not n×1: an InputError at the column."""
    with pytest.raises(InputError) as caught:
        _matrix(answer)
    error = caught.value
    assert fragment in error.message, error.message
    assert error.column == column, (error.column, answer[error.column:])


def test_x_for_x_transpose_says_what_is_due():
    """The commonest slip: X where Xᵀ is due; the hint names Xᵀ."""
    with pytest.raises(InputError) as caught:
        _matrix("1/m * X (sigmoid(X theta) - y)")
    assert "X^T is due" in caught.value.hint


@pytest.mark.parametrize(("text", "column"), [("theta @ y", 6), ("-1/m sum(y @ h)", 11)])
def test_matmul_outside_a_matrix_answer_is_refused(text, column):
    """``@`` without X cannot be a matrix product: refused at its column."""
    with pytest.raises(InputError) as caught:
        parse_text(text)
    assert caught.value.column == column


@pytest.mark.parametrize("cost", ["1/m * sum(y .* h)", r"\frac{1}{m}\sum_i y \odot h"])
def test_matrix_notation_in_a_cost_is_read_in_index_form(cost):
    """Matrix notation in a cost is read as its index form (issue 10, item 7): here (1/m) Σᵢ y⁽ⁱ⁾ h⁽ⁱ⁾, with a note."""
    read = read_problem(cost, lets=["h = sigmoid(theta^T x)"])
    index = read_problem("1/m * sum(y h)", lets=["h = sigmoid(theta^T x)"])
    assert read.cost == index.cost
    assert any(note.startswith("matrix form:") for note in read.notes)


def test_transposed_data_matrix_in_a_cost_is_refused():
    """Xᵀ y is n×1, not a cost: an error at its column."""
    with pytest.raises(InputError) as caught:
        read_problem("X^T y")
    assert "a cost must be a number, and this is n×1 in matrix form" in caught.value.message
    assert caught.value.column == 0


# --- the command line ----------------------------------------------------------------------


@pytest.fixture
def run():
    runner = CliRunner(env={"FORCE_COLOR": None, "NO_COLOR": None})
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=True)


def test_cli_equivalent_exits_0(run):
    """A right matrix answer: exit 0, a note saying how it was read, nothing on stderr."""
    result = run("check", "1/m * X^T (sigmoid(X theta) - y)")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("✓ equivalent")
    assert "read in matrix notation" in result.stdout
    assert result.stderr == ""


def test_cli_different_exits_1_with_component(run):
    """A wrong one: exit 1, the diagnosis, and a counterexample naming the component j."""
    result = run("check", "X^T (sigmoid(X theta) - y)")
    assert result.exit_code == 1, result.stderr
    assert "[factor]" in result.stdout
    assert re.search(r"counterexample: m = \d, n = \d, j = \d", result.stdout)
    assert result.stderr == ""


def test_cli_shape_error_exits_2(run):
    """X where Xᵀ is due: exit 2, a caret under the column, nothing on stdout."""
    result = run("check", "1/m * X (sigmoid(X theta) - y)")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "(in ANSWER)" in result.stderr and "X^T is due" in result.stderr
    assert re.search(r"^ {8}\^$", result.stderr, re.MULTILINE)  # under the X (the source is indented 2)
    assert "Traceback" not in result.stderr


def test_cli_json_matrix_answer(run):
    """JSON carries the verdict and the diagnosis kind for a matrix answer."""
    import json

    result = run("check", "1/m X^T (sigmoid(X theta) - y)", "--cost", "logistic-l2", "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "different"
    assert data["diagnosis"][0]["kind"] == "missing-term"


# --- the documentation's examples are the real output ---------------------------------------

DOCS = __import__("pathlib").Path(__file__).parent.parent / "docs"


@pytest.mark.parametrize(("page", "stream", "start"), [
    ("notation.md", "stderr", "1/m * X ("),
    ("cli.md", "stdout", "1/m * X^T"),
    ("cli.md", "stdout", "X^T (sigmoid"),
])
def test_documented_matrix_examples_are_the_real_output(run, page, stream, start):
    """The matrix-answer examples in docs/notation.md (a shape error) and docs/cli.md are what logderiv prints."""
    import shlex

    text = (DOCS / page).read_text(encoding="utf-8")
    block = re.search(r"```(?:console)?\n\$ (logderiv check \"" + re.escape(start) + r".*?)\n(.*?)```", text,
                      re.DOTALL)
    assert block, f"{page} has no matrix-answer example starting {start!r}"
    result = run(*shlex.split(block.group(1))[1:])
    assert getattr(result, stream) == block.group(2)


def test_a_scalar_x_of_the_problem_stays_a_scalar():
    """A cost in a scalar X (X² by X) keeps X a scalar in its answers: matrix notation needs the data matrix."""
    assert check("2 X", cost="X^2", wrt="X").verdict == EQ
    assert check("3 X", cost="X^2", wrt="X").verdict == DIFF


def test_a_matrix_answer_needs_the_whole_gradient(run):
    """Checked by one component (--wrt theta_1), a vector answer is bad input, not a wrong variable."""
    result = run("check", "1/m X^T (sigmoid(X theta) - y)", "--wrt", "theta_1")
    assert result.exit_code == 2
    assert "whole gradient" in result.stderr and result.stdout == ""


def test_a_matrix_counterexample_shows_arrays(run):
    """A different matrix answer shows itself as written, its entry j, and X, θ, y as arrays of the right sizes."""
    result = run("check", "2/m X^T (X theta - y)", "--cost", "linear", "-f", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("  answer    (2/m) Xᵀ(Xθ − y)") for line in lines), lines
    assert any(line.startswith("  entry j   ") for line in lines)
    sizes = re.search(r"counterexample: m = (\d), n = (\d)", result.stdout)
    m, n = int(sizes.group(1)), int(sizes.group(2))
    matrix = next(line for line in lines if line.startswith("  X = "))
    rows = re.findall(r"\[([^\[\]]*)\]", matrix)
    assert len(rows) == m and all(len(row.split(",")) == n for row in rows)
    theta = next(line for line in lines if line.startswith("  θ = "))
    assert len(theta.split(",")) == n and theta.endswith("]ᵀ")


# --- snapshots at a fixed width ---------------------------------------------------------------

@pytest.mark.parametrize("view", ["text", "rich", "markdown"])
def test_matrix_verdict_snapshot(view):
    """A wrong matrix answer (missing (λ/m)θ) in each view, at 100 columns, matches its snapshot."""
    from _snapshots import assert_snapshot, rich_text

    from logderiv.render.verdict import render_verdict_rich

    verdict = check("1/m * X^T (sigmoid(X theta) - y)", cost="logistic-l2")
    if view == "rich":
        text = rich_text(render_verdict_rich(verdict))
    else:
        text = verdict.to_text() if view == "text" else verdict.to_markdown()
    assert_snapshot(f"check_{view}_matrix.{'md' if view == 'markdown' else 'txt'}", text)

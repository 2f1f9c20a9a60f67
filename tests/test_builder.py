"""The builder: trees to the sympy objects of ``logderiv.notation.symbols``."""

from __future__ import annotations

import pytest
import sympy
from sympy import Derivative, Integer, Rational, Symbol

from logderiv.errors import InputError, InputTooLargeError
from logderiv.notation import parse, parse_let, read_problem
from logderiv.notation import symbols as S
from logderiv.notation.builder import DEFAULT_NOTE, Expression, build_expression, build_problem
from logderiv.notation.problem import Problem

i, j = S.example_index, S.wrt_index
k, l = S.feature_indices[0], S.feature_indices[1]
m, n = S.m, S.n
theta, x, y, w = S.vector("theta"), S.vector("x"), S.vector("y"), S.vector("w")
h = S.defined("h")
lam = Symbol("lambda", positive=True)


#: h defined as the logistic prediction: what the tests of other things assume an h to be
LOGISTIC_H = "h=sigmoid(theta^T x)"


def cost(text: str, **kwargs) -> sympy.Expr:
    """The built cost of ``text`` (with h defined as σ(θᵀx) unless lets are given)."""
    kwargs.setdefault("lets", [LOGISTIC_H])
    return read_problem(text, **kwargs).cost


def refuse(text: str, **kwargs) -> InputError:
    """Read a problem expecting an InputError, and return it."""
    with pytest.raises(InputError) as caught:
        read_problem(text, **kwargs)
    return caught.value


# --- equivalent spellings ---------------------------------------------------------

EQUIVALENT = [
    ("theta^T x", "θᵀx", "theta . x", "dot(theta, x)", "θ·x", "theta^T * x"),
    ("sum(theta^T x)", "Σ θᵀx⁽ⁱ⁾", "sum(dot(theta, x^(i)))", "sum(x^T theta)"),
    ("w^T x", "dot(w, x)", "w . x"),
    (
        "sum(y log(h))",
        "Σ_i y^(i) log(h(x^(i)))",
        "sum_i(y log h)",
        "Σᵢ y⁽ⁱ⁾ log h(x⁽ⁱ⁾)",
        "∑_i [y log h]",
        "sum(y ln h)",
        "Σ_i y log h_θ(x^(i))",
        "sum(y_i log h(x_i))",
    ),
    ("ln(z)", "log(z)", "log z", "ln z"),
    ("2x", "2*x", "2 x", "2·x", "2×x", "x*2"),
    ("e^(z)", "exp(z)", "e^z", "e**z", "exp z"),
    ("e^-z", "exp(-z)", "e^(-z)", "e^(−z)"),
    ("sum(x_j^(i))", "sum(x^(i)_j)", "sum(x_j)", "Σᵢ xⱼ⁽ⁱ⁾"),
    ("-x^2", "-(x^2)", "−x²", "-(x)**2"),
    ("1/m sum(y)", "(1/m)*sum(y)", "(1/m) Σ_i y^(i)", "m^-1 sum(y)"),
    ("lambda/(2m)", "λ/(2*m)", "lambda/(2 m)", "0.5 lambda/m", "lambda (2m)^-1"),
    ("lambda/2m", "lambda/(2m)", "lambda/(2*m)", "λ/2m"),
    ("lambda/2 * m", "(lambda/2)*m", "lambda m/2"),
    ("sigmoid(z)", "σ(z)", "sigma(z)", "σ z", "σ(z)"),
    ("sqrt(z)", "√z", "√(z)", "z^(1/2)", "z^0.5"),
    ("theta_j", "θ_j", "θⱼ"),
    ("theta_0", "θ₀", "θ_0"),
    ("(1-y) log(1-h)", "(1 - y)*log(1 - h)", "[1-y] ln[1-h]", "(1 − y) log(1 − h)"),
    ("x^2", "x**2", "x²", "x x", "x*x"),
    ("x^-1", "1/x", "x⁻¹", "x^(-1)"),
    (
        "lambda/(2m) sum_k(theta_k^2)",
        "λ/(2m) Σ_k θ_k²",
        "lambda/(2m) sum_j(theta_j^2)",
        "lambda/(2*m) * sum_k theta_k^2",
        "lambda/(2m) Σₗ θₗ^2",
    ),
    ("d/dz (sigmoid(z))", "∂/∂z σ(z)", "d/dz σ z"),
    ("∂/∂θ_j J", "d/dtheta_j J", "∂/∂theta_j (J)", "d/dθⱼ J"),
    ("y log h + (1-y) log(1-h)", "y*log(h) + (1 - y)*log(1 - h)", "(1-y) log(1-h) + y log h"),
    ("tanh(z)", "tanh z"),
    ("softplus(z)", "softplus z"),
    ("h(x)", "h", "h_theta(x)", "h_θ(x)"),
    ("sum(h(x) - y)", "Σ_i (h(x^(i)) − y^(i))", "sum(h - y)", "sum(-y + h)"),
    (
        "1/m sum((h - y) x_j)",
        "1/m Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        "(1/m)*sum_i((h-y)*x_j^(i))",
        "1/m Σ_i (h - y) x_j",
    ),
    ("2 m", "2*m", "2m", "m*2", "m+m"),
    ("0.5 z", "z/2", "(1/2) z", "0.50 z", "z*0.5"),
    ("pi", "π"),
    ("[z]", "(z)", "z", "((z))"),
    ("log h^2", "log(h^2)"),
    ("-1/m sum(y log h)", "-(1/m) sum(y log h)", "(-1/m) Σ_i y log h", "-1/m * sum_i [y log h]"),
    ("a - b", "a + -b", "-b + a", "a − b"),
]


@pytest.mark.parametrize("spellings", EQUIVALENT, ids=lambda row: row[0])
def test_equivalent_spellings_build_the_same_expression(spellings):
    """Every spelling in a row builds exactly the same sympy expression."""
    first = cost(spellings[0], wrt="z")
    for text in spellings[1:]:
        assert cost(text, wrt="z") == first, text


def test_at_least_thirty_equivalence_rows():
    """The equivalence table covers the notation broadly."""
    assert len(EQUIVALENT) >= 30


# --- the objects the engine relies on ---------------------------------------------


def test_logistic_cost_builds_the_expected_objects():
    """The logistic cost is -(1/m) Σᵢ [y[i] log h(i) + (1 - y[i]) log(1 - h(i))]."""
    problem = read_problem("-1/m sum(y log h + (1-y) log(1-h))")
    body = y[i] * sympy.log(h(i)) + (1 - y[i]) * sympy.log(1 - h(i))
    assert problem.cost == -S.example_sum(body) / m
    assert problem.wrt == theta[j]
    assert problem.definitions == {h(i): S.sigmoid(sympy.Sum(theta[k] * x[i, k], (k, 1, n)))}
    assert problem.notes == (DEFAULT_NOTE,)
    assert problem.source == "-1/m sum(y log h + (1-y) log(1-h))"


def test_dot_product_inside_and_outside_a_sum():
    """θᵀx is Σₖ θₖ x[i, k] in a sum over examples and Σₖ θₖ x[k] outside."""
    assert cost("theta^T x") == sympy.Sum(theta[k] * x[k], (k, 1, n))
    assert cost("sum(theta^T x - y)") == S.example_sum(sympy.Sum(theta[k] * x[i, k], (k, 1, n)) - y[i])
    assert S.is_dot(cost("θᵀx"))


def test_names_depend_on_the_context():
    """y, x_j, x and h are per-example inside a sum over examples, plain symbols outside."""
    assert cost("y") == S.scalar("y")
    assert cost("sum(y)") == S.example_sum(y[i])
    assert cost("x_j") == x[j]
    assert cost("sum(x_j)") == S.example_sum(x[i, j])
    assert cost("x", wrt="z") == S.scalar("x")
    assert cost("sum(x)", wrt="z") == S.example_sum(x[i])
    assert cost("h") == S.scalar("h")
    assert cost("sum(h)") == S.example_sum(h(i))


def test_constants_have_their_assumptions():
    """m and n are positive integers and lambda is positive."""
    assert cost("m n lambda") == m * n * lam
    assert cost("lambda").is_positive
    assert cost("m").is_integer


def test_numbers_are_exact():
    """0.5 is 1/2 and 2 is an Integer; no floats appear."""
    assert cost("0.5") == Rational(1, 2)
    assert cost("2") == Integer(2)
    assert cost("0.125 z", wrt="z").atoms(sympy.Float) == set()
    assert cost("12345678901234567890.5") == Rational(123456789012345678905, 10)


def test_division_is_multiplication_by_an_inverse():
    """a/b is Mul(a, Pow(b, -1)) as sympy writes it."""
    a, b = S.scalar("a"), S.scalar("b")
    assert cost("a/b", wrt="a") == sympy.Mul(a, sympy.Pow(b, -1))


def test_functions_map_to_sympy_and_symbols():
    """log, exp, sqrt, tanh are sympy's; sigmoid and softplus are the symbols classes."""
    z = S.scalar("z")
    expected = sympy.log(z) + sympy.exp(z) + sympy.sqrt(z) + sympy.tanh(z)
    assert cost("log z + exp z + sqrt z + tanh z", wrt="z") == expected
    assert cost("σ(z) + softplus(z)", wrt="z") == S.sigmoid(z) + S.softplus(z)
    # a bare e is refused since session 29 (Euler's number, or a quantity named e such as the error?): Euler's
    # number is read raised to a power, e^1 here
    assert cost("e^1", wrt="z") == sympy.E and cost("pi", wrt="z") == sympy.pi


def test_derivative_node_is_unevaluated():
    """d/dz (...) builds an unevaluated sympy Derivative."""
    z = S.scalar("z")
    built = cost("d/dz (z^2)", wrt="z")
    assert built == Derivative(z**2, z, evaluate=False)
    assert isinstance(built, Derivative)
    assert cost("∂/∂θ_j (theta_j^2)") == Derivative(theta[j] ** 2, theta[j], evaluate=False)


def test_feature_sums_never_bind_j():
    """sum_j renames its index to k, nested sums take the next free index."""
    assert cost("sum_j(theta_j^2)") == sympy.Sum(theta[k] ** 2, (k, 1, n))
    nested = cost("sum_k(theta_k sum_j(theta_j x_j))")
    assert nested == sympy.Sum(theta[k] * sympy.Sum(theta[l] * x[l], (l, 1, n)), (k, 1, n))
    inside = cost("sum_k(theta_k theta^T x)")
    assert inside == sympy.Sum(theta[k] * sympy.Sum(theta[l] * x[l], (l, 1, n)), (k, 1, n))
    # j outside a feature sum is the component of ∂/∂θⱼ
    assert cost("theta_j sum_j(theta_j)") == theta[j] * sympy.Sum(theta[k], (k, 1, n))


def test_numbered_components():
    """theta_0 is theta[0], w_1 is w[1] (one parameter letter per cost: two are refused, see test_audit_eleventh)."""
    assert cost("theta_0 + theta_2") == theta[0] + theta[2]
    assert cost("w_1 + w_2", wrt="w_j") == w[1] + w[2]


# --- definitions ------------------------------------------------------------------


def test_let_defines_h_in_the_context_it_is_used():
    """--let h=… maps h(i) inside a sum, and h in one example's loss (no sum) to the value at that example."""
    problem = read_problem("sum(y log h)", lets=["h=sigmoid(theta^T x)"])
    assert problem.definitions == {h(i): S.sigmoid(sympy.Sum(theta[k] * x[i, k], (k, 1, n)))}
    assert problem.notes == ()
    problem = read_problem("y log h + h", lets=["h=sigmoid(theta^T x)"])
    assert problem.definitions == {S.scalar("h"): S.sigmoid(sympy.Sum(theta[k] * x[k], (k, 1, n)))}
    # Both at once (sum(y log h) + h) once read h outside the sum with an unindexed x, a vector nobody wrote (audit57):
    # h is one value per example and outside every sum it has none, so that is refused now (tests/test_fixmis23.py)
    with pytest.raises(InputError, match="outside every sum over the examples"):
        read_problem("sum(y log h) + h", lets=["h=sigmoid(theta^T x)"])


def test_lets_may_use_earlier_or_later_lets():
    """--let z=θᵀx --let h=σ(z) and the reverse order build the same definitions."""
    z = S.defined("z")
    forward = read_problem("sum(y log h)", lets=["z=theta^T x", "h=sigmoid(z)"])
    backward = read_problem("sum(y log h)", lets=["h=sigmoid(z)", "z=theta^T x"])
    expected = {z(i): sympy.Sum(theta[k] * x[i, k], (k, 1, n)), h(i): S.sigmoid(z(i))}
    assert forward.definitions == backward.definitions == expected
    # a name's value comes after the names it uses
    assert list(forward.definitions) == [z(i), h(i)]
    assert forward.expand_definitions(forward.cost) == S.example_sum(
        y[i] * sympy.log(S.sigmoid(sympy.Sum(theta[k] * x[i, k], (k, 1, n))))
    )


def test_multi_letter_let_names():
    """A let may be called loss and used by name in the cost."""
    loss = S.defined("loss")
    problem = read_problem("1/m sum(loss)", lets=["loss = (h - y)^2", "h = theta^T x"])
    assert problem.cost == S.example_sum(loss(i)) / m
    assert problem.definitions[loss(i)] == (h(i) - y[i]) ** 2


def test_cyclic_lets_are_refused():
    """Lets that use each other in a circle are an InputError pointing into a let."""
    with pytest.raises(InputError) as caught:
        read_problem("sum(h)", lets=["h=sigmoid(z)", "z=h"])
    assert caught.value.label == "--let"
    assert caught.value.source == "z=h" and caught.value.column == 2
    with pytest.raises(InputError) as caught:
        read_problem("sum(h)", lets=["h=h+1"])
    assert "itself" in caught.value.message and caught.value.column == 2


def test_h_used_but_another_name_defined():
    """An unused --let g with an undefined h is refused at the column of h."""
    error = refuse("sum(y log h)", lets=["g=sigmoid(theta^T x)"])
    assert error.message == "'h' is used but --let defines 'g'"
    assert error.column == 10 and error.label == "COST"


def test_h_defaults_when_other_lets_are_used():
    """With --let z used in a cross-entropy cost, an undefined h still means σ(θᵀx), with a note."""
    problem = read_problem("sum(y log h + (1-y) log(1-h) + z)", lets=["z=theta_0"])
    assert DEFAULT_NOTE in problem.notes
    assert h(i) in problem.definitions


def test_undefined_called_name_is_refused():
    """g(x) with --let f is an error naming both; without lets it says to define g."""
    error = refuse("sum(y log g(x))", lets=["f=sigmoid(theta^T x)"])
    assert error.message == "'g' is used but --let defines 'f'"
    assert error.column == 10
    error = refuse("sum(y log g(x))")
    assert "not defined" in error.message and error.column == 10


def test_call_takes_the_example():
    """h must be called on x or x^(i)."""
    error = refuse("sum(h_theta(x_j))")
    assert error.column == 12
    error = refuse("h_theta(z)")
    assert "function of the example" in error.message


def test_unused_let_is_noted():
    """A --let that nothing uses is mentioned in the notes."""
    problem = read_problem("sum(y log h)", lets=["h=sigmoid(theta^T x)", "z=theta_0"])
    assert "--let z is defined but not used" in problem.notes


def test_duplicate_let_is_refused():
    """Defining a name twice is an InputError."""
    with pytest.raises(InputError) as caught:
        read_problem("h", lets=["h=theta_0", "h=theta_1"])
    assert caught.value.label == "--let"


# --- errors with columns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("y^(i)", 0, "free"),
        ("x_j^(i) + 1", 0, "free"),
        ("h(x^(i))", 2, "free"),
        ("1 + x_k", 4, "no sum_k"),
        ("sum(sum(y))", 4, "inside another"),
        ("theta_j^(i)", 0, "does not depend on the example"),
        ("z_j", 0, "no feature index"),
        ("sum(z^(i))", 4, "does not depend on the example"),
        ("y_j", 0, "no feature index"),
        ("m^(i)", 0, "constant"),
        ("1/0", 2, "division by zero"),
        ("x/(y-y)", 3, "division by zero"),
        ("log(0)", 0, "not a finite real number"),
        ("sqrt(-1)", 0, "not a finite real number"),
    ],
)
def test_builder_errors_point_at_the_node(text, column, fragment):
    """Errors found while building carry the column of the offending node."""
    error = refuse(text)
    assert error.column == column, error.message
    assert fragment in error.message
    assert error.source == text and error.label == "COST"


def test_huge_exact_power_is_refused():
    """9^9^9 is refused instead of computed."""
    with pytest.raises(InputTooLargeError):
        read_problem("9^9^9")


@pytest.mark.parametrize(
    "text", ["9^9999", "10^400 * sum(y log h)", "2^-2000 + sum(y log h)", "2^1000 * 2^1000", "10^300 * 10^300 * x"]
)
def test_power_beyond_a_float_is_refused(text):
    """A power of numbers outside a float's range is refused: every step is checked in floats.

    9^9999 has 9,543 digits: sympy computes it, but no numeric check can, and
    printing it passes Python's 4,300-digit int-to-str limit; a product of
    powers that each fit is refused too.
    """
    with pytest.raises(InputTooLargeError) as caught:
        read_problem(text)
    assert caught.value.column == 0


def test_power_within_a_float_is_kept():
    """10^300 is an exact number like any other."""
    assert read_problem("10^300 * x", wrt="z").cost == sympy.Integer(10) ** 300 * S.scalar("x")


def test_wrt_accepts_a_bias_named_on_its_own():
    """theta_0 is a variable when the cost names it on its own, as a separate bias."""
    problem = read_problem("1/(2m) sum((theta_0 + theta_1 x_1 - y)^2)", wrt="theta_0")
    assert problem.wrt == theta[0]


@pytest.mark.parametrize(
    ("cost", "wrt", "column", "fragment"),
    [
        ("sum(y log h + (1-y) log(1-h))", "theta_0", 6, "numbers features 1..n"),
        ("sum(y log h + (1-y) log(1-h))", "θ₀", 1, "numbers features 1..n"),
        ("theta_0 + sum((theta^T x - y)^2)", "theta_0", 6, "numbers features 1..n"),
        ("sum(y log sigmoid(w^T x))", "w_0", 2, "numbers features 1..n"),
    ],
)
def test_wrt_refuses_a_numbered_component_outside_the_sums(cost, wrt, column, fragment):
    """--wrt theta_0 with a cost that sums over θₖ (k = 1..n) is an input error at the 0, with the intercept hint."""
    with pytest.raises(InputError) as caught:
        read_problem(cost, wrt=wrt)
    error = caught.value
    assert error.label == "--wrt" and error.column == column
    assert fragment in error.message
    assert "1..n" in error.message


def test_wrt_accepts_a_high_component_inside_the_sums():
    """θ₅ is one of θ₁..θₙ: no longer refused, since verification samples an n that holds it."""
    assert read_problem("sum_k(theta_k^2)", wrt="theta_5").wrt == theta[5]


# --- the variable to differentiate by ---------------------------------------------


@pytest.mark.parametrize(
    ("wrt", "expected"),
    [
        ("theta_j", theta[j]),
        ("θⱼ", theta[j]),
        ("z", S.scalar("z")),
        ("w_j", w[j]),
        ("b", S.scalar("b")),
        ("theta_1", theta[1]),
    ],
)
def test_wrt_accepts_parameters(wrt, expected):
    """--wrt takes a component of a parameter vector or a scalar."""
    assert read_problem("sum(y log h + (1-y) log(1-h))", wrt=wrt).wrt == expected


@pytest.mark.parametrize(
    ("wrt", "fragment"),
    [
        ("m", "constant"),
        ("n", "constant"),
        ("lambda", "constant"),
        ("h", "defined"),
        ("z", "defined"),
        # ("theta_k" is the component k now, free in the texts, noted; tests/test_names_tenth.py)
        # ("theta", a whole vector, is its gradient now: read as theta_j, noted; tests/test_names_tenth.py)
        ("2z", "single variable"),
        ("y^(i)", "data"),
        ("y", "data"),
        ("x_j", "data"),
    ],
)
def test_wrt_refuses_constants_and_defined_names(wrt, fragment):
    """--wrt may not be a constant, a defined name, data or an expression."""
    with pytest.raises(InputError) as caught:
        read_problem("sum(y log h)", wrt=wrt, lets=["h=sigmoid(z)", "z=theta^T x"])
    assert caught.value.label == "--wrt"
    assert caught.value.source == wrt
    assert caught.value.column == 0
    assert fragment in caught.value.message


def test_default_wrt_is_theta_j():
    """build_problem without wrt differentiates by theta[j]."""
    problem = build_problem(parse("theta_j^2"), source="theta_j^2")
    assert isinstance(problem, Problem)
    assert problem.wrt == theta[j]


# --- labels -----------------------------------------------------------------------


def test_errors_are_labelled_with_their_argument():
    """Parse errors say whether they came from COST, --let or --wrt."""
    assert refuse("lgo(h)").label == "COST"
    assert refuse("h", lets=["h=lgo(z)"]).label == "--let"
    assert refuse("h", wrt="thta_j").label == "--wrt"
    error = refuse("h", lets=["h = lgo(z)"])
    assert error.source == "h = lgo(z)" and error.column == 4


def test_build_problem_with_lets_directly():
    """build_problem takes (name, tree, source) lets."""
    text = "h = sigmoid(theta^T x)"
    name, value = parse_let(text)
    problem = build_problem(parse("sum(h)"), source="sum(h)", lets=[(name, value, text)])
    assert problem.definitions == {h(i): S.sigmoid(sympy.Sum(theta[k] * x[i, k], (k, 1, n)))}


# --- answers built in the problem's context ---------------------------------------


def test_answer_uses_the_problems_h():
    """h in an answer is the same object as h in the cost, with the same definition."""
    problem = read_problem("-1/m sum(y log h + (1-y) log(1-h))", lets=["h=sigmoid(theta^T x)"])
    answer = build_expression(
        parse("1/m Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾"), source="…", definitions_of=problem
    )
    assert isinstance(answer, Expression)
    assert answer.expr == S.example_sum((h(i) - y[i]) * x[i, j]) / m
    assert answer.definitions == problem.definitions
    assert answer.notes == ()


def test_answer_in_a_new_context_gets_a_converted_definition():
    """h outside a sum in an answer gets the value of h(i) moved out of the sum."""
    problem = read_problem("sum(y log h)", lets=["z=theta^T x", "h=sigmoid(z)"])
    answer = build_expression(parse("h - y"), source="h - y", definitions_of=problem)
    direct = read_problem("h", lets=["z=theta^T x", "h=sigmoid(z)"])
    for key, value in direct.definitions.items():
        assert answer.definitions[key] == value
    assert answer.expand_definitions() == S.sigmoid(sympy.Sum(theta[k] * x[k], (k, 1, n))) - S.scalar("y")


def test_answer_without_a_problem_defaults_h():
    """An answer alone assumes h = σ(θᵀx) like a cost does."""
    answer = build_expression(parse("sum(h)"), source="sum(h)")
    assert answer.notes == (DEFAULT_NOTE,)
    assert h(i) in answer.definitions


def test_answer_with_an_undefined_call_is_refused():
    """An answer calling a name the problem does not define is an InputError."""
    problem = read_problem("sum(y log h)", lets=["h=sigmoid(theta^T x)"])
    with pytest.raises(InputError) as caught:
        build_expression(parse("sum(g(x))"), source="sum(g(x))", definitions_of=problem)
    assert caught.value.column == 4


# --- bounds -----------------------------------------------------------------------


def test_long_flat_sums_build_without_recursion():
    """A cost with thousands of terms builds (chains are walked in a loop)."""
    text = " + ".join(["x"] * 4000)
    assert cost(text, wrt="z") == 4000 * S.scalar("x")


def test_a_long_flat_sum_inside_a_sum_over_examples_is_judged_without_recursion():
    """An answer whose sum over examples holds a chain of 1,500 terms is judged, not an internal RecursionError.

    The check of an intercept added twice beside Σ_{j=0}^{n} walked each +/− chain recursively (zero_intercept);
    1,500 terms, within the input's bounds, overflowed Python's stack (exit 4, "a bug in logderiv"). The answer
    (1/(1500m)) Σ (θᵀx − y)(x_j + … + x_j), 1,500 x_j, is (1/m) Σ (θᵀx − y) x_j: the linear preset's gradient.
    """
    from logderiv import check

    column = " + ".join(["x_j^(i)"] * 1500)
    verdict = check(f"1/(1500 m) * sum((theta^T x^(i) - y^(i)) ({column}))", cost="linear")
    assert verdict.verdict == "equivalent", verdict.diagnosis


def test_a_long_product_inside_a_sum_over_examples_is_judged_without_recursion():
    """An answer multiplying its term by 1 1,400 times is judged: the product's factors were gathered recursively
    (scalars._factors) and overflowed Python's stack, exit 4. Σ (σ(θᵀx) − y) x_j · 1·…·1 / m is the logistic gradient.
    """
    from logderiv import check

    ones = "*1" * 1400
    verdict = check(f"1/m*sum((sigmoid(theta^T x^(i)) - y^(i))*x_j^(i){ones})", cost="logistic")
    assert verdict.verdict == "equivalent", verdict.diagnosis


def test_nesting_at_the_bound_builds():
    """Functions nested 100 deep build."""
    text = "σ(" * 100 + "z" + ")" * 100
    built = cost(text, wrt="z")
    assert built.count(S.sigmoid) == 100


def test_power_after_a_sum_squares_the_body():
    """`sum(y - h)^2` is Σ(y − h)², the sum of squares, as Σᵢ (yᵢ − hᵢ)² reads (docs/notation.md);
    `(sum(y - h))^2` is the square of the sum."""
    squares = S.example_sum((y[i] - S.scalar("z")) ** 2)
    assert cost("sum(y - z)^2", wrt="z") == squares
    assert cost("Σ (y − z)²", wrt="z") == squares
    assert cost("(sum(y - z))^2", wrt="z") == S.example_sum(y[i] - S.scalar("z")) ** 2


# --- sub-trees remembered across answers (a checker's BuildMemo) -------------------

MEMO_ANSWERS = [
    "1/m * sum((sigmoid(theta^T x) - y) x_j)",
    "sigmoid(theta^T x) + sum(sigmoid(theta^T x) x_j)",  # the same sub-tree outside and inside a sum
    "1/m * sum((h - y) x_j) + sigmoid(theta^T x)",
    "sum_k(theta_k x_k) + sum(sum_k(theta_k x_k^(i)) sum_l(theta_l x_l))",  # bound indices renamed
    "d/dtheta_j (sigmoid(theta^T x)) + 2 x_j",
    "1/m * sum((h(x^(i)) - y^(i)) x_j^(i)) + lambda/m theta_j",
    "z + sum(z x_j)",
]


def test_a_build_memo_changes_no_expression():
    """Built with one BuildMemo after one another, in any order, each answer is what it is built alone."""
    from logderiv.notation.builder import BuildMemo

    problem = read_problem("-1/m * sum(y log(h) + (1 - y) log(1 - h))")
    lets = [("z", parse_let("z=theta^T x")[1], "z=theta^T x")]
    alone = [build_expression(parse(text), source=text, definitions_of=problem, lets=lets) for text in MEMO_ANSWERS]
    memo = BuildMemo()
    for order in (MEMO_ANSWERS, MEMO_ANSWERS[::-1], MEMO_ANSWERS):
        for text in order:
            built = build_expression(parse(text), source=text, definitions_of=problem, lets=lets, memo=memo)
            assert built == alone[MEMO_ANSWERS.index(text)], text
    assert memo.built  # something was remembered


def test_a_build_memo_knows_which_names_are_defined():
    """A name defined by one build and not another is built each way, one memo for both."""
    from logderiv.notation.builder import BuildMemo

    memo = BuildMemo()
    defined = [("z", parse_let("z=theta^T x")[1], "z=theta^T x")]
    text = "sum(z x_j)"
    with_let = build_expression(parse(text), source=text, lets=defined, memo=memo).expr
    without = build_expression(parse(text), source=text, memo=memo).expr
    assert with_let == S.example_sum(S.defined("z")(i) * x[i, j])
    assert without == S.example_sum(Symbol("z") * x[i, j])
    assert build_expression(parse(text), source=text, lets=defined, memo=memo).expr == with_let


def test_a_build_memo_is_bounded():
    """Past its limit the memo is emptied before the next build, never during one."""
    from logderiv.notation.builder import BuildMemo

    memo = BuildMemo(limit=5)
    for c in range(1, 12):
        text = f"sum((sigmoid(theta^T x) - y) x_j) + {c} theta_j^{c}"
        built = build_expression(parse(text), source=text, memo=memo).expr
        assert built == build_expression(parse(text), source=text).expr
        assert len(memo.built) <= 5 + 20  # at most one answer's sub-trees beyond the limit

"""Scalar parameters and intercepts: one-feature models (w x⁽ⁱ⁾ + b), slopes, intercepts beside θᵀx.

Every gradient is judged independently: the cost logderiv reads is compared with
the same cost spelled with a letter that was always a scalar (``a x + b``), and
the derived gradient is held against ``sympy.diff`` and finite differences by
the oracle (``_oracle.assert_gradient``), never against logderiv's own output.
"""

from __future__ import annotations

import pytest
import sympy

import logderiv
from _oracle import assert_equal, assert_gradient
from logderiv.errors import InputError
from logderiv.notation import read_problem


def reads_as(text: str, reference: str, *, wrt: str, reference_wrt: str, lets=(), reference_lets=(), rename=None):
    """Derive ``text``, check it means ``reference`` (spelled with scalar letters, renamed), and check its gradient."""
    derivation = logderiv.derive(text, wrt=wrt, let=lets)
    problem = derivation.problem
    meant = read_problem(reference, wrt=reference_wrt, lets=reference_lets)
    ours = problem.expand_definitions(problem.cost)
    theirs = meant.expand_definitions(meant.cost)
    names = {**{name: name for name in map(str, theirs.free_symbols)}, **(rename or {})}
    by_name = {str(symbol): symbol for symbol in ours.free_symbols}
    theirs = theirs.xreplace({s: by_name.get(names[str(s)], s) for s in theirs.free_symbols if str(s) in names})
    assert_equal([ours, theirs])
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)
    return derivation


# --- a scalar w -------------------------------------------------------------------------------

ONE_FEATURE = [
    ("1/(2m) sum((w x + b - y)^2)", "w", "1/(2m) sum((a x + b - y)^2)", "a"),
    ("1/(2m) sum((w x + b - y)^2)", "b", "1/(2m) sum((a x + b - y)^2)", "b"),
    (r"\frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2", "w", "1/(2m) sum((a x + b - y)^2)", "a"),
    (r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2", "b", "1/(2m) sum((a x + b - y)^2)", "b"),
    ("1/(2m) sum((theta x - y)^2)", "theta", "1/(2m) sum((a x - y)^2)", "a"),
    (r"\frac{1}{m}\sum_{i=1}^m (\beta x^{(i)} - y^{(i)})^2", r"\beta", "1/m sum((a x - y)^2)", "a"),
]


@pytest.mark.parametrize(("text", "wrt", "reference", "reference_wrt"), ONE_FEATURE)
def test_a_bare_parameter_with_a_scalar_x_is_a_scalar(text, wrt, reference, reference_wrt):
    """w with no index or transpose anywhere, x with no feature index: the slope of a one-feature model, noted."""
    letter = {"w": "w", "b": "w", "theta": "theta", r"\beta": "beta"}[wrt]
    d = reads_as(text, reference, wrt=wrt, reference_wrt=reference_wrt, rename={"a": letter})
    assert any("is a scalar here: one-feature model" in note for note in d.problem.notes)


def test_a_scalar_w_through_a_definition():
    """f_{w,b}(x⁽ⁱ⁾) = wx⁽ⁱ⁾ + b given with --let: the cost in f is the one-feature squared error."""
    reads_as(
        r"J(w,b) = \frac{1}{2m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)})^2",
        "1/(2m) sum((a x + b - y)^2)",
        wrt="w",
        reference_wrt="a",
        lets=[r"f_{w,b}(x^{(i)}) = wx^{(i)} + b"],
        rename={"a": "w"},
    )


def test_w_cdot_x_is_a_product_when_differentiated_by_the_whole_w():
    """w · x⁽ⁱ⁾ with --wrt w: no vector is differentiated by as a whole, so · is the product of scalars (noted)."""
    d = reads_as(
        r"\frac{1}{2m}\sum_{i=1}^m (w \cdot x^{(i)} + b - y^{(i)})^2",
        "1/(2m) sum((a x + b - y)^2)",
        wrt="w",
        reference_wrt="a",
        rename={"a": "w"},
    )
    assert any("product of scalars here" in note for note in d.problem.notes)


def test_w_cdot_x_stays_a_dot_product_otherwise():
    """w · x with --wrt w_j is the dot product Σₖ wₖxₖ, as before."""
    problem = read_problem(r"\frac{1}{2m}\sum_{i=1}^m (w \cdot x^{(i)} - y^{(i)})^2", wrt="w_j")
    assert problem.cost.atoms(sympy.Indexed) and not any("scalar" in note for note in problem.notes)


def test_the_default_variable_of_a_one_feature_cost_is_its_slope():
    """No --wrt and no θ: differentiate by the scalar w (∂/∂θⱼ would be 0), and say so."""
    d = logderiv.derive("1/(2m) sum((w x + b - y)^2)")
    assert d.problem.wrt == sympy.Symbol("w", real=True) or str(d.problem.wrt) == "w"
    assert any("differentiating by w" in note for note in d.problem.notes)


@pytest.mark.parametrize(
    ("cost", "wrt", "label", "column"),
    [
        # (the cost writes w_j, --wrt w: the whole gradient, read as w_j and noted; tests/test_names_tenth.py)
        ("sum((w x_j + b - y)^2)", "w", "COST", 5),  # x has a feature index
        ("sum((w x + b - y)^2) + w^T w", "b", "COST", 5),  # wᵀw: a vector
        ("theta", "b", "COST", 0),  # no x: nothing shows a one-feature model
        ("2 w + 1", "w", "COST", 2),
    ],
)
def test_a_bare_parameter_is_refused_where_anything_shows_a_vector(cost, wrt, label, column):
    """Any sign of a vector (an index, a transpose, x_j, no scalar x at all) keeps the refusal 'is a vector'."""
    with pytest.raises(InputError) as caught:
        read_problem(cost, wrt=wrt)
    assert "is a vector" in caught.value.message
    assert caught.value.label == label
    assert caught.value.column == column


def test_an_answer_in_a_scalar_w_is_checked():
    """The answer's w is the cost's scalar w: (1/m) Σ (w x + b − y) x is right, without the x wrong."""
    cost = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2"
    right = logderiv.check(r"\frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) x^{(i)}", cost=cost, wrt="w")
    assert right.verdict == "equivalent"
    assert any("is a scalar here" in note for note in right.notes)
    wrong = logderiv.check(r"\frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})", cost=cost, wrt="w")
    assert wrong.verdict == "different"


def test_an_answer_with_a_bare_w_against_a_vector_cost_is_its_dot_product():
    """A cost in w_j makes w a vector: an answer's bare w x is wᵀx (noted), never a scalar w times x."""
    cost = "1/(2m) sum((w^T x + b - y)^2)"
    right = logderiv.check("1/m sum((w x + b - y) x)", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any("is read as wᵀx, the dot product" in note for note in right.notes)
    assert logderiv.check("1/m sum((w x + b - y))", cost=cost, wrt="w_j").verdict == "different"


def test_w_x_with_a_vector_w_is_the_dot_product():
    """--wrt w_j makes w a vector, so w x (and x w) is wᵀx, as the same cost written with w^T x."""
    read = read_problem("sum((w x + b - y)^2)", wrt="w_j")
    swapped = read_problem("sum((x w + b - y)^2)", wrt="w_j")
    written = read_problem("sum((w^T x + b - y)^2)", wrt="w_j")
    assert_equal([read.expand_definitions(read.cost), swapped.expand_definitions(swapped.cost), written.cost])
    assert any("is read as wᵀx, the dot product" in note for note in read.notes)


# --- an intercept beside θᵀx ------------------------------------------------------------------


@pytest.mark.parametrize("number", [0, 1])
@pytest.mark.parametrize("beside", [False, True])
def test_the_dot_product_rule_against_sympy_for_numbered_components(number, beside):
    """∂(Σₖ₌₁ⁿ θₖxₖ)/∂θ₀ is 0 (k starts at 1), not x₀; ∂/∂θ₁ is x₁; with θ₀ written beside, ∂/∂θ₀ is 1."""
    from logderiv.engine import calculus
    from logderiv.notation import symbols

    k = symbols.feature_indices[0]
    theta = symbols.vector("theta")
    u = symbols.dot(theta, symbols.vector("x")[k], k) + (theta[0] if beside else 0)
    v = theta[number]
    rule = calculus.select(u, v, {})
    step = calculus.apply(rule, u, v, {})
    step = calculus.resolve_trivial(step, v, {})
    assert_equal([step.doit(), sympy.diff(u, v).doit()])


@pytest.mark.parametrize(
    ("cost", "wrt", "reference", "reference_wrt"),
    [
        (
            "1/(2m) sum((theta_0 + theta^T x - y)^2) + lambda/(2m) sum_k theta_k^2",
            "theta_0",
            "1/(2m) sum((b + theta^T x - y)^2) + lambda/(2m) sum_k theta_k^2",
            "b",
        ),
        (
            r"\frac{1}{N}\sum_{i=1}^N (y_i - (w_0 + \vec{w}^T \vec{x}))^2 + \lambda ||\vec w||^2",
            "w_0",
            "1/m sum((y - (b + w^T x))^2) + lambda sum_k w_k^2",
            "b",
        ),
        (
            r"\frac{1}{2m}\sum_{i=1}^m (\beta_0 + \beta^T x^{(i)} - y^{(i)})^2",
            r"\beta_0",
            "1/(2m) sum((b + beta^T x - y)^2)",
            "b",
        ),
    ],
)
def test_an_intercept_written_beside_the_sum_can_be_differentiated_by(cost, wrt, reference, reference_wrt):
    """--wrt theta_0 (w_0, \\beta_0) when the cost writes the intercept on its own: the intercept, noted."""
    d = logderiv.derive(cost, wrt=wrt)
    assert any("is the intercept written on its own" in note for note in d.problem.notes)
    assert_gradient(d.problem.cost, d.problem.wrt, d.result, d.problem.definitions)
    meant = logderiv.derive(reference, wrt=reference_wrt)
    name = str(d.problem.wrt.base)
    bias = {s: d.problem.wrt for s in meant.result.free_symbols if str(s) == "b"}
    assert_equal([d.result, meant.result.xreplace(bias)])
    assert name in ("theta", "w", "beta")


def test_theta_0_of_a_cost_without_a_separate_intercept_is_still_refused():
    """Σₖ θₖxₖ alone has no θ₀: --wrt theta_0 is refused at the 0, with a hint naming the intercept readings."""
    with pytest.raises(InputError) as caught:
        read_problem("1/(2m) sum((theta^T x - y)^2)", wrt="theta_0")
    assert "not a component here" in caught.value.message
    assert caught.value.column == 6 and caught.value.label == "--wrt"


# --- a slope named m ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "lets", "label", "column"),
    [
        # an m beside x is the slope (tests/test_slope_m.py); an m anywhere else is refused
        (r"\frac{1}{n}\sum_{i=1}^{n} (y_i - m - c x_i)^2", (), "COST", 33),  # the m of "- m - c x_i"
        (r"\frac{1}{N}\sum_{i=1}^{N} (m + b x_i - y_i)^2", (), "COST", 27),
        (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^{2}", (r"\hat y_i = m + b x_i",), "--let", 11),
    ],
)
def test_an_m_of_its_own_beside_sums_counted_by_n_is_refused(cost, lets, label, column):
    """n (N) counts the examples and is read as m: an m of its own not beside x would silently become the count."""
    with pytest.raises(InputError) as caught:
        read_problem(cost, wrt="b" if "b" in cost + "".join(lets) else "c", lets=lets)
    error = caught.value
    assert (error.source or "")[error.column] == "m"
    assert "'m' is a quantity of its own here" in error.message
    assert error.label == label and error.column == column
    assert "another letter" in error.hint


def test_wrt_m_says_m_is_the_count():
    """--wrt m is refused: m is the number of examples, and the hint says to name the slope otherwise."""
    with pytest.raises(InputError) as caught:
        read_problem("1/(2m) sum((w x + b - y)^2)", wrt="m")
    assert "constant" in caught.value.message and "number of examples" in caught.value.hint
    with pytest.raises(InputError) as caught:  # written beside x too, m has two roles: refused at that m
        read_problem("1/(2m) sum((m x + b - y)^2)", wrt="m")
    assert "like a slope" in caught.value.message and "another letter" in caught.value.hint


def test_a_count_m_with_sums_to_m_is_still_read():
    """\\frac{1}{m}\\sum_{i=1}^{m}: m is the count, nothing collides."""
    problem = read_problem(r"\frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2", wrt="b")
    assert not any("quantity of its own" in note for note in problem.notes)


# --- a coefficient glued to x: ax -----------------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("1/(2m) sum((ax + b - y)^2)", "1/(2m) sum((a x + b - y)^2)"),
        ("1/(2m) sum((ax^2 + b - y)^2)", "1/(2m) sum((a x^2 + b - y)^2)"),
        ("1/(2m) sum((cx - y)^2)", "1/(2m) sum((c*x - y)^2)"),
    ],
)
def test_a_coefficient_glued_to_x_is_a_product(glued, apart):
    """'ax' is a·x (ax² is a·x²), noted; the gradient is the one of the spelling with a space."""
    wrt = "c" if "cx" in glued else "a"
    d = reads_as(glued, apart, wrt=wrt, reference_wrt=wrt)
    assert any(f"'{wrt}x' is read as the product of {wrt} and x" in note for note in d.problem.notes)


def test_a_coefficient_glued_to_x_through_a_let():
    """z = ax + b given with --let, as in a one-example logistic loss: ∂/∂a is (σ(z) − y) x."""
    d = logderiv.derive("-(y log(h) + (1-y) log(1-h))", wrt="a", let=["h = sigmoid(z)", "z = ax + b"])
    assert any("'ax' is read as the product of a and x" in note for note in d.problem.notes)
    assert_gradient(d.problem.cost, d.problem.wrt, d.result, d.problem.definitions)
    meant = logderiv.derive("-(y log(h) + (1-y) log(1-h))", wrt="a", let=["h = sigmoid(z)", "z = a x + b"])
    assert_equal([d.problem.expand_definitions(d.result), meant.problem.expand_definitions(meant.result)])


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("xy + 1", 0, "unknown name 'xy'"),  # not a coefficient before x
        ("(ay + b)^2", 1, "unknown name 'ay'"),  # x only
        ("mx + b", 0, "unknown name 'mx'"),  # m counts the examples
        ("ax(1 - y)", 0, "unknown function 'ax'"),  # called like a function
    ],
)
def test_other_glued_letters_stay_refused(text, column, fragment):
    """Only a, b, c, w glued to x are split; any other run of letters is an unknown name, at its start."""
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text)
    assert fragment in caught.value.message and caught.value.column == column


def test_a_let_named_ax_is_a_name():
    """--let ax=... makes 'ax' a word of its own: not split."""
    problem = read_problem("(ax - y)^2", wrt="z", lets=["ax = z^2"])
    assert not any("read as a·x" in note for note in problem.notes)


# --- h in an answer to a one-feature cost written out ------------------------------------------


@pytest.mark.parametrize(
    ("cost", "wrt", "right", "wrong"),
    [
        (
            r"\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2",
            "theta_0",
            r"\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})",
            r"\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)}) x^{(i)}",
        ),
        (
            r"\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2",
            "theta_1",
            r"\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)}) x^{(i)}",
            r"\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})",
        ),
        (
            "1/(2m) sum((w x + b - y)^2)",
            "w",
            "1/m sum((h - y) x)",
            "1/m sum(h - y)",
        ),
    ],
)
def test_h_in_an_answer_is_the_cost_s_one_feature_line(cost, wrt, right, wrong):
    """An answer's undefined h against a cost that writes θ₀ + θ₁x⁽ⁱ⁾ (w x + b) out is that line, noted."""
    verdict = logderiv.check(right, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent"
    assert any("the one-feature line inside the cost's squared error" in note for note in verdict.notes)
    assert logderiv.check(wrong, cost=cost, wrt=wrt).verdict == "different"


def test_h_against_a_cost_that_is_no_line_is_still_refused():
    """(θ₀ + θ₁x² − y)² is no line in x: an answer's h is refused, not guessed."""
    with pytest.raises(InputError) as caught:
        logderiv.check("1/m sum(h - y)", cost="1/(2m) sum((theta_0 + theta_1 x^2 - y)^2)", wrt="theta_0")
    assert "'h' is not defined" in caught.value.message

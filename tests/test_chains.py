"""Chains of '=' in a cost (J = A = B) and in an answer (∂J/∂b = A = B): every side read, shown equal, or refused."""

from __future__ import annotations

import pytest

import logderiv
from _oracle import assert_equal, assert_gradient
from logderiv.errors import InputError
from logderiv.notation import chains

SUM = r"\frac{1}{2m} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2"
MATRIX = r"\frac{1}{2m} (X\theta - y)^T(X\theta - y)"


def _refusal(call) -> InputError:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


# --- the sides of a chain -------------------------------------------------------------------


def test_sides_are_cut_at_the_equals_outside_brackets():
    """The = of a sum's bound (\\sum_{i=1}, sum(i=1..m)) and of <=, == are not sides."""
    text = r"J = \sum_{i=1}^m a_i = sum(i=1..m) b <= c == d"
    bounds = chains.sides(text)
    assert [text[b:e].strip() for b, e in bounds] == ["J", r"\sum_{i=1}^m a_i", "sum(i=1..m) b <= c == d"]


def test_a_variant_keeps_the_columns_of_the_chain():
    """Blanking the other sides keeps every kept character where it was written."""
    text = "J = a = b"
    variant = chains.variant(text, chains.sides(text), [0, 2])
    assert variant == "J     = b" and len(variant) == len(text)


# --- costs ----------------------------------------------------------------------------------


def test_a_cost_written_twice_is_derived_once_its_sides_are_shown_equal():
    """J = Σ form = matrix form: the gradient is the cost's, and a note says how the sides were shown equal."""
    derivation = logderiv.derive(f"J(\\theta) = {SUM} = {MATRIX}")
    problem = derivation.problem
    alone = logderiv.derive(f"J(\\theta) = {SUM}").problem
    assert_equal([problem.expand_definitions(problem.cost), alone.expand_definitions(alone.cost)])
    assert_gradient(alone.expand_definitions(alone.cost), alone.wrt, derivation.result, derivation.problem.definitions)
    assert any(note.startswith("the cost is a chain J(\\theta) = … = …: its 2 sides are the same cost")
               for note in problem.notes), problem.notes


def test_a_chain_in_plain_notation():
    """J = 1/(2m) Σ (θᵀx − y)² = 1/(2m) Σ (y − θᵀx)²: two spellings of one cost."""
    derivation = logderiv.derive("J = 1/(2m) sum_i (theta^T x - y)^2 = 1/(2m) sum_i (y - theta^T x)^2")
    written = logderiv.derive("J = 1/(2m) sum_i (theta^T x - y)^2").problem
    assert_gradient(written.expand_definitions(written.cost), written.wrt, derivation.result,
                    derivation.problem.definitions)


def test_a_cost_chain_whose_sides_differ_is_refused_at_the_side():
    """½ Σ (…)² = 1/(2m) (…)ᵀ(…) differ by the factor m: refused, the caret under the first side."""
    text = r"J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2 = " + MATRIX
    error = _refusal(lambda: logderiv.derive(text))
    assert "the sides of the chain differ" in str(error)
    assert error.column == text.index(r"\frac{1}{2}") and error.label == "COST"


def test_an_error_in_a_side_points_into_the_chain():
    """A side that cannot be read is refused with the chain itself as the source."""
    text = "J = 1/(2m) sum_i (theta^T x - y)^2 = 1/(2m) sum_i (theta^T x - y)^^2"
    error = _refusal(lambda: logderiv.derive(text))
    assert error.source == text and error.column is not None and error.column > text.index("= 1/(2m)", 5)


# --- answers --------------------------------------------------------------------------------

BCE = "BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]"
BCE_LETS = ("ŷ = σ(z)", "z = a*x + b")


def test_an_answer_chain_whose_sides_are_all_the_gradient_is_equivalent():
    """∂BCE/∂b = (ŷ − y)·1 = ŷ − y: both sides are the gradient."""
    verdict = logderiv.check("∂BCE/∂b = (ŷ - y) * 1 = (ŷ - y)", cost=BCE, wrt="b", let=BCE_LETS)
    assert verdict.verdict == "equivalent"
    assert "the answer is a chain of 2 sides, each of them the gradient: the last is the answer" in verdict.notes


def test_an_answer_chain_of_equal_wrong_sides_is_different():
    """(ŷ − y)·2 = 2ŷ − 2y: the sides agree with each other, and both are twice the gradient."""
    verdict = logderiv.check("∂BCE/∂b = (ŷ - y) * 2 = 2ŷ - 2y", cost=BCE, wrt="b", let=BCE_LETS)
    assert verdict.verdict == "different"
    assert "the answer is a chain of 2 sides, equal to one another: the last is judged" in verdict.notes


def test_an_answer_chain_without_a_left_side():
    """(h − y)x_j/m summed, written twice: every side is an expression."""
    verdict = logderiv.check("1/m sum_i (h - y) x_j = 1/m sum_i x_j (h - y) = 1/m sum_i (h x_j - y x_j)")
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("answer, side", [
    ("∂BCE/∂b = (ŷ - y) * 2 = (ŷ - y)", "(ŷ - y) * 2"),  # a wrong side, then the right one
    ("∂BCE/∂b = (ŷ - y) = (ŷ - y) * 2", "(ŷ - y) ="),  # the right one, then a wrong one
    ("∂BCE/∂b = 2(ŷ - y) = 3(ŷ - y)", "2(ŷ - y)"),  # two wrong sides that differ
])
def test_an_answer_chain_whose_sides_differ_is_refused(answer, side):
    """Never pick a side: refused with the caret under the side that differs from the last."""
    error = _refusal(lambda: logderiv.check(answer, cost=BCE, wrt="b", let=BCE_LETS))
    assert "the sides of the chain differ" in str(error) and error.label == "ANSWER"
    assert error.column == answer.index(side)


# --- a --let chain's sides that agree though written differently --------------------------------

LINE = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m \left( h_{\theta}(x^{(i)}) - y^{(i)}\right)^2"


@pytest.mark.parametrize("let", [
    r"h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1",
    r"h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1 + \theta_2 x_2",
    "h = theta_0 + theta_1 x_1 = theta^T x",
])
def test_theta_t_x_written_out_for_its_first_features_is_theta_t_x(let):
    """h = θᵀx = θ₀ + θ₁x₁ (x₀ = 1, Ng's numbering): θᵀx over every feature, noted."""
    from logderiv.notation import read_problem

    chained = read_problem(LINE, lets=[let])
    written = read_problem(r"\frac{1}{2m} \sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2")
    assert_equal([chained.expand_definitions(chained.cost), written.expand_definitions(written.cost)])
    assert any("out for its first features" in note and "is read, over every feature" in note
               for note in chained.notes), chained.notes


ERMAK = r"\text{Log Loss} = -\frac{1}{m} \sum_{i=1}^m \left( y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - \hat{y}_i) \right)"
SPELLED = r"\hat{y}_i = \sigma(z_i) = \frac{1}{1 + e^{-(\theta_0 + \theta_1 x_i)}}"


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{1}{m} \sum_{i=1}^m (\hat{y}_i - y_i) x_i", "equivalent"),
    (r"\frac{1}{m} \sum_{i=1}^m (\sigma(z_i) - y_i) x_i", "equivalent"),  # z_i is the chain's
    (r"\frac{1}{m} \sum_{i=1}^m (\hat{y}_i - y_i)", "different"),  # the intercept's, not the slope's
])
def test_a_middle_side_naming_an_undefined_letter_that_the_last_side_spells_out(answer, verdict):
    """ŷᵢ = σ(zᵢ) = 1/(1 + e^(−(θ₀ + θ₁xᵢ))): zᵢ is θ₀ + θ₁xᵢ, noted; the slope's derivative is Σ (ŷ − y)x / m."""
    result = logderiv.check(answer, cost=ERMAK, wrt="theta_1", let=[SPELLED])
    assert result.verdict == verdict
    assert any("names z_i, which nothing defines" in note and "z_i is read as" in note
               for note in (*result.notes, *result.problem.notes))


def test_the_spelled_out_gradient_matches_an_independent_one():
    """The chain's cost, derived by θ₁, against sympy.diff and finite differences of the sigmoid written out."""
    derivation = logderiv.derive(ERMAK, wrt="theta_1", let=[SPELLED])
    written = logderiv.derive(ERMAK.replace(r"\hat{y}_i", r"\sigma(\theta_0 + \theta_1 x_i)"), wrt="theta_1").problem
    assert_gradient(written.expand_definitions(written.cost), written.wrt, derivation.result,
                    derivation.problem.definitions)


@pytest.mark.parametrize("let, side", [
    # σ(z) against 1/(1 + e^(+u)): that is σ(−u), no reading of z makes the sides one
    (r"\hat{y}_i = \sigma(z_i) = \frac{1}{1 + e^{\theta_0 + \theta_1 x_i}}", r"\sigma(z_i)"),
    # z is defined otherwise: the sides are compared as written
    (r"\hat{y}_i = \sigma(y_i) = \frac{1}{1 + e^{-(\theta_0 + \theta_1 x_i)}}", r"\sigma(y_i)"),
])
def test_a_middle_side_that_cannot_be_the_last_is_refused(let, side):
    """Refused with the caret under the side, never one side picked."""
    error = _refusal(lambda: logderiv.derive(ERMAK, wrt="theta_1", let=[let]))
    assert "the sides of the chain differ" in str(error) and error.column == let.index(side)


def test_a_cost_named_in_words_with_a_space():
    r"""\text{Log Loss} = …: the name in words, as the answer's \frac{\partial \text{Log Loss}}{…} names it."""
    from logderiv.notation import parse_text

    parsed = parse_text(ERMAK)
    assert parsed.name == "Log Loss"
    assert parse_text(r"\text{for all i} x + 1").name is None  # a remark in words, elsewhere, is dropped


# --- an answer's --let that defines a name of the problem again ---------------------------------

NG = r"\sum_{i=1}^{m}\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right) x_{j}^{(i)}"


@pytest.mark.parametrize("lets", [
    (r"h_{\theta}(x)=g(\theta^{T} x)", r"g(z)=\frac{1}{1+e^{-z}}"),
    ("h = sigmoid(theta^T x)",),
    ("h = 1/(1 + exp(-theta^T x))",),
])
def test_an_answer_let_that_agrees_with_the_preset_is_noted_and_dropped(lets):
    """h = g(θᵀx) with g the sigmoid is the logistic preset's own h: the verdict is the preset's, noted."""
    with_lets = logderiv.check(f"1/m * {NG}", cost="logistic", let=lets)
    without = logderiv.check(f"1/m * {NG}", cost="logistic")
    assert with_lets.verdict == without.verdict == "equivalent"
    assert any(note.startswith("--let h defines h as the problem does") for note in with_lets.notes), with_lets.notes
    assert logderiv.check(NG, cost="logistic", let=lets).verdict == "different"  # the 1/m is missing


@pytest.mark.parametrize("let", ["h = theta^T x", "h = sigmoid(-theta^T x)", r"h_\theta(x) = \sigma(2\theta^T x)"])
def test_an_answer_let_that_differs_from_the_preset_is_refused(let):
    """Another model for h would change what the answer says: refused at the let, never put in place."""
    error = _refusal(lambda: logderiv.check(f"1/m * {NG}", cost="logistic", let=[let]))
    assert "differs from the problem's own h" in str(error) and error.label == "--let" and error.column == 0


# --- a boxed result -------------------------------------------------------------------------

LOSS = r"\text{Loss} = \frac{1}{n} \sum_{i=1}^n (wX_i + b - y_i)^2"


@pytest.mark.parametrize("answer, verdict", [
    (r"\boxed{dw = \frac{2}{n} \sum_{i=1}^n X_i (wX_i + b - y_i)}", "equivalent"),
    (r"\boxed{dw = \frac{1}{n} \sum_{i=1}^n X_i (wX_i + b - y_i)}", "different"),  # the factor 2 is missing
    (r"\boxed{ dw = \frac{2}{n} \sum_{i=1}^n X_i (wX_i + b - y_i) }", "equivalent"),
])
def test_a_boxed_gradient_named_as_code_names_it(answer, verdict):
    r"""\boxed{dw = …}: the box is typography; dw names ∂Loss/∂w, as it does unboxed."""
    result = logderiv.check(answer, cost=LOSS, wrt="w")
    assert result.verdict == verdict
    assert "the left side dw = names the gradient ∂Loss/∂w, the derivative checked" in result.notes


def test_a_boxed_gradient_by_another_variable_is_refused_at_its_name():
    answer = r"\boxed{db = \frac{2}{n} \sum_{i=1}^n (wX_i + b - y_i)}"
    error = _refusal(lambda: logderiv.check(answer, cost=LOSS, wrt="w"))
    assert "names the gradient by b" in str(error) and error.column == answer.index("db")


# --- ∂ with a subscript ---------------------------------------------------------------------

OLS = r"\frac{1}{2}\left( h_\theta(x) - y \right)^2"


@pytest.mark.parametrize("answer, verdict", [
    # the power rule with the exponent kept: (h − y)² x_j, not (h − y) x_j
    (r"2 \cdot \frac{1}{2}\left(h_\theta(x) - y \right)^2\cdot \partial_{\theta_j}\left(h_\theta(x) - y\right)", "different"),
    # right, the derivative left of h − y = θᵀx − y (h linear here): linear in θⱼ, its value xⱼ read off (noted)
    (r"\left(h_\theta(x) - y \right) \partial_{\theta_j}\left(h_\theta(x) - y\right)", "equivalent"),
])
def test_partial_with_a_subscript_is_the_derivative_operator(answer, verdict):
    r"""\partial_{\theta_j}(…) is ∂/∂θⱼ (…), as \frac{\partial}{\partial\theta_j} is: read, noted, and judged."""
    result = logderiv.check(answer, cost=OLS, wrt="theta_j")
    assert result.verdict == verdict
    assert any(note.startswith(r"\partial_{\theta_j} is read as the derivative") for note in result.notes)


def test_partial_with_a_subscript_equals_the_frac_operator():
    """Both spellings build one expression."""
    from logderiv.notation import parse_text

    one = parse_text(r"\partial_{\theta_j} (\theta^T x)^2").tree
    other = parse_text(r"\frac{\partial}{\partial \theta_j} (\theta^T x)^2").tree
    from logderiv.notation.functions import shape

    assert shape(one) == shape(other)


@pytest.mark.parametrize("text, column", [
    (r"\partial_j (h - y)", 9),  # an index alone: by which variable?
    (r"\partial_{\theta_j}", 19),  # nothing to differentiate
    (r"\partial_{\theta_j x} (h - y)", 19),  # more than one variable
])
def test_partial_with_a_subscript_refusals(text, column):
    from logderiv.notation import parse_text

    error = _refusal(lambda: parse_text(text))
    assert error.column == column, str(error)


# --- every note in every format -------------------------------------------------------------

CHAIN_DERIVE_NOTES = [
    (["derive", "J = 1/(2m) sum_i (theta^T x - y)^2 = 1/(2m) sum_i (y - theta^T x)^2"],
     "its 2 sides are the same cost"),
    (["derive", LINE, "--let", r"h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1"], "out for its first features"),
    (["derive", ERMAK, "--wrt", "theta_1", "--let", SPELLED], "which nothing defines"),
]
CHAIN_CHECK_NOTES = [
    (["check", "∂BCE/∂b = (ŷ - y) * 1 = (ŷ - y)", "--cost", BCE, "--wrt", "b", "--let", BCE_LETS[0], "--let",
      BCE_LETS[1]], "each of them the gradient"),
    (["check", f"1/m * {NG}", "--cost", "logistic", "--let", "h = sigmoid(theta^T x)"], "defines h as the problem does"),
    (["check", r"(h_\theta(x) - y)^2 \partial_{\theta_j}(h_\theta(x) - y)", "--cost", OLS],
     "is read as the derivative"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHAIN_DERIVE_NOTES, ids=[f for _, f in CHAIN_DERIVE_NOTES])
def test_derive_says_each_chain_reading_in_every_format(args, fragment, fmt):
    """The chain's notes reach text, rich, LaTeX, Markdown and JSON (as test_notes checks the others')."""
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(args, fragment, fmt)


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHAIN_CHECK_NOTES, ids=[f for _, f in CHAIN_CHECK_NOTES])
def test_check_says_each_chain_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    says(args, fragment, fmt)


@pytest.mark.parametrize("call, label, at", [
    # the writer's θ₁ is the slope, logderiv's (with θᵀx over every feature) the intercept
    (lambda: logderiv.derive(LINE, wrt="theta_1", let=[r"h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1"]),
     "--wrt", 0),
    (lambda: logderiv.check(r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x_j^{(i)}", cost=LINE,
                            let=[r"h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1"]), "ANSWER", 36),
])
def test_numbered_components_beside_theta_t_x_written_out_are_refused(call, label, at):
    """θ₀, θ₁ named elsewhere would be read with another numbering than the chain's: refused, not misread."""
    error = _refusal(call)
    assert "is a numbered component" in str(error) and error.label == label and error.column == at


DLAI_A = "-1/m sum(y log(a) + (1-y) log(1-a))"


def test_sigma_and_the_sigmoid_written_out_are_one_side():
    r"""a = \sigma(z) = \frac{1}{1+e^{-z}} with z defined: one definition, noted; the gradient is σ's."""
    derivation = logderiv.derive(DLAI_A, wrt="b", let=["z = w^T x + b", r"a = \sigma(z) = \frac{1}{1+e^{-z}}"])
    written = logderiv.derive(DLAI_A, wrt="b", let=["z = w^T x + b", "a = sigmoid(z)"]).problem
    assert_gradient(written.expand_definitions(written.cost), written.wrt, derivation.result,
                    derivation.problem.definitions)
    assert any("are one: σ, and σ written out" in note for note in derivation.problem.notes)


@pytest.mark.parametrize("let", [r"a = \sigma(z) = \frac{1}{1+e^{-2z}}", r"a = \sigma(z) = \frac{1}{1+e^{z}}"])
def test_sigma_of_another_argument_is_refused(let):
    error = _refusal(lambda: logderiv.derive(DLAI_A, wrt="b", let=["z = w^T x + b", let]))
    assert "the sides of the chain differ" in str(error) and error.column == let.index(r"\sigma")


@pytest.mark.parametrize("let, plain", [
    ("h = w x + b = b + w x", "h = w x + b"),
    ("h = theta^T x = x^T theta", "h = theta^T x"),
    (r"\hat y = \sigma(w^T x + b) = \sigma(b + x^T w)", r"\hat y = \sigma(w^T x + b)"),
])
def test_sides_in_another_order_are_one(let, plain):
    """Terms or factors in another order (sums, products, dot products): one definition, noted."""
    from logderiv.notation import read_problem

    chained = read_problem("1/(2m) sum (h - y)^2", wrt="b" if "b" in let else "theta_j", lets=[let])
    written = read_problem("1/(2m) sum (h - y)^2", wrt="b" if "b" in let else "theta_j", lets=[plain])
    assert_equal([chained.expand_definitions(chained.cost), written.expand_definitions(written.cost)])
    assert any("their terms or factors in another order" in note for note in chained.notes)


@pytest.mark.parametrize("let, side", [
    ("h = w x - b = b - w x", "w x - b"),  # a difference is not reordered
    ("h = 2 w x = w x", "2 w x"),
    ("h = sigmoid(X theta) = sigmoid(theta X)", "sigmoid(X theta)"),  # matrices do not commute
])
def test_sides_that_are_not_a_reordering_are_refused(let, side):
    from logderiv.notation import read_problem

    error = _refusal(lambda: read_problem("1/(2m) sum (h - y)^2", wrt="b", lets=[let]))
    assert "the sides of the chain differ" in str(error) and error.column == let.index(side)


@pytest.mark.parametrize("text", [
    r"J(\theta) = \mathcal{L}(\theta) = " + SUM,
    r"J(\theta) = \text{MSE} = " + SUM + " = " + MATRIX,
])
def test_a_second_name_of_the_cost_in_a_chain(text):
    r"""J(θ) = \mathcal{L}(θ) = …: the middle side names the cost again, noted; the sides after it are the cost."""
    derivation = logderiv.derive(text)
    alone = logderiv.derive(SUM).problem
    assert_gradient(alone.expand_definitions(alone.cost), alone.wrt, derivation.result, derivation.problem.definitions)
    assert any("is another name of the cost" in note for note in derivation.problem.notes)


STEP_COST = r"\text{Cost} = \frac{1}{2m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"
STEP = (r"\frac{\partial \text{Cost}}{\partial \theta_0} = \frac{1}{2m} \sum_{i=1}^{m} 2(\theta_0 + \theta_1 x^{(i)} - y^{(i)})"
        r" \cdot \frac{\partial}{\partial \theta_0} (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) = ")


def test_a_middle_side_still_differentiating_may_lead_to_a_finished_last_side():
    """A chain-rule step (equal to the gradient, a derivative left in it), then the result: equivalent."""
    verdict = logderiv.check(STEP + r"\frac{1}{m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})",
                             cost=STEP_COST, wrt="theta_0")
    assert verdict.verdict == "equivalent"


def test_a_wrong_result_after_a_right_step_is_refused():
    """The step is the gradient, the result twice it: the sides differ, never one picked."""
    answer = STEP + r"\frac{2}{m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})"
    error = _refusal(lambda: logderiv.check(answer, cost=STEP_COST, wrt="theta_0"))
    assert "the gradient with a derivative still to take" in str(error)


def test_a_derivative_left_side_names_the_cost_in_letters():
    r"""\frac{\partial MSE}{\partial b} =: the cost by its name written in letters, as MSE = … names it."""
    verdict = logderiv.check(r"\frac{\partial MSE}{\partial b} = \frac{2}{n}\sum_{i=1}^n (w x_i + b - y_i)",
                             cost=r"MSE = \frac{1}{n}\sum_{i=1}^n (w x_i + b - y_i)^2", wrt="b")
    assert verdict.verdict == "equivalent"
    assert "the left side names ∂MSE/∂b, the derivative checked" in verdict.notes
    # in the body, letters written together stay a product
    from logderiv.notation import parse_text

    assert parse_text(r"\frac{\partial xy}{\partial x}").tree.body.__class__.__name__ == "Binary"

"""Review 5, findings 1-3 and e: silent misreads of x₀ and of one n as two counts.

1. Ng's θ₀ update holds x₀⁽ⁱ⁾ = 1: beside a cost that writes θ₀ on its own (θ₀ + Σₖ₌₁ⁿ θₖxₖ),
   an answer's x₀ is read as 1 (noted); anywhere else (θᵀx with the intercept inside, DeepLearning.AI's
   w, b and 0-based sums, where x₀ is a real feature) it is refused with a caret, never guessed.
2. Plain ``1/n sum_i (θ₀ + θ₁x₁ + … + θₙxₙ − y)²``: n numbers the features' last term and scales the
   examples' sum: refused, as the LaTeX twin is.
3. Matrix form ``\\frac{1}{2n}\\|Xθ − y\\|² + \\frac{λ}{2}\\sum_{j=1}^{n}θⱼ²``: the n of the residual and
   the bound of the feature sum would be two counts: refused, as the index-form twin is.
e. A preset's ``--wrt theta_1`` beside the answer's --let chain θᵀx = θ₀ + θ₁x₁ is refused, as the
   cost's own chain is (docs/notation.md).
A cost's own θ₀x₀ with no other intercept: an answer right only with x₀ = 1 is undecided, both readings said.
Verdicts are held against ``_oracle`` (sympy.diff and finite differences), not logderiv's own output.
"""

from __future__ import annotations

import pytest
import sympy

import logderiv
from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_gradient

NG_LET = r"h_{\theta}(x)=\theta^Tx=\theta_0+\theta_1x_1+...+\theta_nx_n"
NG_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"
PLAIN_MODEL = "theta_0 + theta_1 x_1 + theta_2 x_2 + ... + theta_n x_n"

X0_AS_ONE = [
    # (answer, cost, lets) — every one by θ₀, where the cost writes θ₀ on its own
    (r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_0^{(i)}", NG_COST, (NG_LET,)),
    (f"1/m sum(({PLAIN_MODEL} - y) x_0)", f"1/(2m) sum(({PLAIN_MODEL} - y)^2)", ()),
    ("1/m sum((theta_0 + theta^T x - y) x_0)", "1/(2m) sum((theta_0 + theta^T x - y)^2)", ()),
    (r"\frac{1}{m}\sum_{i=1}^{m}(\theta_0 + \sum_{j=1}^{n}\theta_j x_j^{(i)} - y^{(i)})x_0^{(i)}",
     r"\frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \sum_{j=1}^{n}\theta_j x_j^{(i)} - y^{(i)})^2", ()),
    ("1/m sum((theta_0 + theta_1 x_1 - y) x_0)", "1/(2m) sum((theta_0 + theta_1 x_1 - y)^2)", ()),
    ("1/m sum((h - y) x_0)", "1/(2m) sum((h - y)^2)", ("h = theta_0 + theta^T x",)),
]


def _x0_in(expr) -> bool:
    return any(str(i.base) == "x" and i.indices[-1] == 0 for i in expr.atoms(sympy.Indexed))


@pytest.mark.parametrize("answer, cost, lets", X0_AS_ONE)
def test_x0_beside_a_separate_intercept_is_one(answer, cost, lets):
    """Ng's θ₀ update, (1/m) Σ (h − y) x₀ with x₀ = 1, is the gradient, said in a note."""
    verdict = logderiv.check(answer, cost=cost, let=lets, wrt="theta_0")
    assert verdict.verdict == "equivalent", verdict
    assert any(note.startswith("x₀ is read as 1") for note in verdict.notes)
    assert not _x0_in(verdict.answer)
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


@pytest.mark.parametrize("answer, cost, lets", X0_AS_ONE[:3])
def test_a_wrong_theta0_update_stays_different(answer, cost, lets):
    """x₀ read as 1 does not make a wrong answer right: the factor 2, or x₁ for x₀."""
    for wrong in (answer.replace("x_0", "x_1"), answer.replace("{1}{m}", "{2}{m}").replace("1/m", "2/m")):
        assert wrong != answer
        assert logderiv.check(wrong, cost=cost, let=lets, wrt="theta_0").verdict == "different"


def test_x0_by_theta_j_beside_a_separate_intercept_is_still_wrong():
    """Read as 1, x₀ in ∂J/∂θⱼ is a missing xⱼ: different (not the old 'x₀ a data value')."""
    verdict = logderiv.check("1/m sum((theta_0 + theta^T x - y) x_0)",
                             cost="1/(2m) sum((theta_0 + theta^T x - y)^2)", wrt="theta_j")
    assert verdict.verdict == "different"
    assert any(note.startswith("x₀ is read as 1") for note in verdict.notes)


X0_REFUSED = [
    # (answer, cost, wrt, column of the caret) — x₀ is no feature of these costs, or a real one
    ("1/m sum((theta^T x - y) x_0)", "1/(2m) sum((theta^T x - y)^2)", "theta_j", 26),  # θᵀx holds the intercept
    ("1/m sum((w^T x + b - y) x_0)", "1/(2m) sum((w^T x + b - y)^2)", "w_j", 26),  # DLAI: x₀ a real feature
    (r"\frac{1}{m}\sum_{i=1}^{m}(\sum_{j=0}^{n-1} w_j x_j^{(i)} + b - y^{(i)})x_0^{(i)}",
     r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n-1} w_j x_j^{(i)} + b - y^{(i)})^2", "w_j", 73),  # 0-based
    (r"\frac{1}{m}\sum_{i=1}^{m}(f_{w,b}(x^{(i)}) - y^{(i)})x_0^{(i)}",
     r"\frac{1}{2m}\sum_{i=1}^{m}(f_{w,b}(x^{(i)}) - y^{(i)})^2", "w_j", 55),
    ("1/m sum((h - y) x_0)", "linear", "theta_j", 18),  # the preset: θᵀx, features 1..n
]


@pytest.mark.parametrize("answer, cost, wrt, column", X0_REFUSED)
def test_x0_where_it_is_no_intercept_feature_is_refused(answer, cost, wrt, column):
    """Never a guess: x₀ is 1 only beside a separate θ₀; elsewhere the caret points at its 0."""
    with pytest.raises(InputError) as raised:
        logderiv.check(answer, cost=cost, wrt=wrt)
    error = raised.value
    assert error.label == "ANSWER"
    assert "x_0 is not a feature of this cost" in str(error)
    assert error.column == column and answer[column] == "0"


def test_the_cost_own_x0_is_kept():
    """A cost that writes x₀ itself gives it its meaning: the answer's x₀ is the same quantity."""
    cost = "1/(2m) sum((theta_0 x_0 + theta_1 x_1 - y)^2)"
    verdict = logderiv.check("1/m sum((theta_0 x_0 + theta_1 x_1 - y) x_0)", cost=cost, wrt="theta_0")
    assert verdict.verdict == "equivalent"
    assert not any(note.startswith("x₀ is read as 1") for note in verdict.notes)
    assert _x0_in(verdict.answer)


# --- 2: plain text, one n as both counts -------------------------------------------------------------

PLAIN_TWO_COUNTS = [
    f"1/n sum_i ({PLAIN_MODEL} - y)^2",
    "1/n sum_i (b + w_1 x_1 + w_2 x_2 + ... + w_n x_n - y)^2",
    f"1/(2n) sum_i ({PLAIN_MODEL} - y)^2 + lambda/(2n) sum_j theta_j^2",
]


@pytest.mark.parametrize("cost", PLAIN_TWO_COUNTS)
def test_plain_n_scaling_examples_and_numbering_features_is_refused(cost):
    """The LaTeX twin says "cannot tell what 'n' is"; so does plain text, at the 1/n."""
    wrt = "w_2" if "w_1" in cost else "theta_2"
    with pytest.raises(InputError) as raised:
        logderiv.derive(cost, wrt=wrt)
    assert "cannot tell what 'n' is" in str(raised.value)
    assert raised.value.column == cost.index("n")


def test_plain_two_counts_answer_is_refused_too():
    """The review's check: the answer's 2/n with … + θₙxₙ is refused, not judged equivalent."""
    with pytest.raises(InputError) as raised:
        logderiv.check(f"2/n sum_i ({PLAIN_MODEL} - y) x_2", cost=f"1/m sum_i ({PLAIN_MODEL} - y)^2",
                       wrt="theta_2")
    assert raised.value.label == "ANSWER"


def test_plain_n_only_counting_examples_stays_read():
    """With N for the examples, or no n numbering the features, the mean is read (noted) and right."""
    for cost in (f"1/N sum_i ({PLAIN_MODEL} - y)^2", "1/n sum_i (theta_0 + sum_k theta_k x_k - y)^2"):
        derivation = logderiv.derive(cost, wrt="theta_2")
        problem = derivation.problem
        assert any("counts the examples here: read as m" in note for note in problem.notes)
        assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


# --- 3: matrix form, one n as two counts -------------------------------------------------------------

MATRIX_TWO_COUNTS = [
    r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2n}\sum_{j=1}^{n}\theta_j^2",
    r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2",
    r"\frac{1}{2n}(X\theta - y)^T(X\theta - y) + \frac{\lambda}{2}\sum_{j=1}^n \theta_j^2",
    r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2}(\theta_1^2 + \theta_2^2 + \dots + \theta_n^2)",
    "1/(2n) (X theta - y)^T (X theta - y) + lambda/2 (theta_1^2 + theta_2^2 + ... + theta_n^2)",
]


@pytest.mark.parametrize("cost", MATRIX_TWO_COUNTS)
def test_matrix_n_of_the_residual_and_a_feature_bound_is_refused(cost):
    """The index-form twin refuses "'n' bounds both …": the matrix form does too, at the feature bound."""
    with pytest.raises(InputError) as raised:
        logderiv.derive(cost)
    error = raised.value
    assert "cannot tell what 'n' is" in str(error) and error.label == "COST"
    assert cost[error.column] == "n" and error.column > cost.index("lambda")


def test_index_form_twin_is_refused():
    with pytest.raises(InputError):
        logderiv.derive(r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^Tx_i - y_i)^2 + \frac{\lambda}{2n}\sum_{j=1}^{n}\theta_j^2")


@pytest.mark.parametrize("cost, reference", [
    (r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2}\|\theta\|^2",
     r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2"),
    (r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2}\sum_{j=1}^{d}\theta_j^2",
     r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2"),
])
def test_matrix_n_beside_no_feature_n_stays_read(cost, reference):
    """‖θ‖², or features counted by d: n is only the examples' count (noted), as before."""
    derivation = logderiv.derive(cost)
    problem = derivation.problem
    other = logderiv.derive(reference).problem
    assert problem.expand_definitions(problem.cost) == other.expand_definitions(other.cost)
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


# --- e: a preset's numbered --wrt beside the answer's chain ------------------------------------------

CHAIN = "h_theta(x) = theta^T x = theta_0 + theta_1 x_1"


def test_numbered_wrt_beside_the_answer_chain_is_refused():
    """As docs/notation.md says: θ₁ would be the writer's slope and logderiv's intercept."""
    with pytest.raises(InputError) as raised:
        logderiv.check("1/m sum((h - y) x_1)", cost="linear", let=(CHAIN,), wrt="theta_1")
    assert raised.value.label == "--wrt"
    assert "numbered component" in str(raised.value)


def test_general_wrt_beside_the_answer_chain_stays_judged():
    """θⱼ is the same in both numberings: the chain is read (noted) and the answer judged."""
    verdict = logderiv.check("1/m sum((h - y) x_j)", cost="linear", let=(CHAIN,))
    assert verdict.verdict == "equivalent"


# --- a cost's own θ₀x₀: x₀ a feature as read, or Ng's x₀ = 1 ---------------------------------------

OWN_X0 = "1/(2m) sum((theta_0 x_0 + theta_1 x_1 - y)^2)"


def _x0_as_one(expr):
    return expr.xreplace({i: sympy.Integer(1) for i in expr.atoms(sympy.Indexed) if str(i.base) == "x" and i.indices[-1] == 0})


@pytest.mark.parametrize("cost, lets", [
    (OWN_X0, ()),
    ("1/(2m) sum((h - y)^2)", ("h = theta_0 x_0 + theta_1 x_1 + theta_2 x_2",)),
])
def test_an_answer_right_only_with_x0_one_is_undecided(cost, lets):
    """θ₀x₀ with no other intercept: ∂J/∂θ₀ without x₀ is right in Ng's reading, wrong in the literal one."""
    answer = "1/m sum(theta_0 x_0 + theta_1 x_1 - y)" if not lets else "1/m sum(h - y)"
    verdict = logderiv.check(answer, cost=cost, let=lets, wrt="theta_0")
    assert verdict.verdict == "undecided"
    assert "right if x₀ = 1" in verdict.reason
    # both readings are real: the oracle agrees with x₀ = 1 and disagrees with x₀ a feature
    problem = read_problem(OWN_X0, wrt="theta_0")
    gradient = read_problem("1/m sum(theta_0 x_0 + theta_1 x_1 - y)", wrt="theta_0").cost
    assert_gradient(_x0_as_one(problem.cost), problem.wrt, _x0_as_one(gradient))
    with pytest.raises(AssertionError):
        assert_gradient(problem.cost, problem.wrt, gradient)


def test_own_x0_answers_wrong_in_both_readings_stay_different():
    assert logderiv.check("2/m sum(theta_0 x_0 + theta_1 x_1 - y)", cost=OWN_X0, wrt="theta_0").verdict == "different"


def test_own_x0_beside_a_bias_is_a_feature():
    """w₀x₀ + w₁x₁ + b (DeepLearning.AI): b is the intercept, x₀ a real feature: different, not undecided."""
    cost = "1/(2m) sum((w_0 x_0 + w_1 x_1 + b - y)^2)"
    assert logderiv.check("1/m sum(w_0 x_0 + w_1 x_1 + b - y)", cost=cost, wrt="w_0").verdict == "different"
    assert logderiv.check("1/m sum((w_0 x_0 + w_1 x_1 + b - y) x_0)", cost=cost, wrt="w_0").verdict == "equivalent"

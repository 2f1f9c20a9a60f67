"""Numbered components above 2 (θ₅, x₄, w₇) are sampled by every verdict (issue 12, item 1).

``check "0" --cost "theta_5^2"`` once said ✓ equivalent: every comparison
sampled j ∈ {1, 2} at n ∈ {2, 3}, where δ₅ⱼ is always 0. Here an error is
planted only in a high component on each verdict path (a derivation's step
and final check, ``check`` on scalar, matrix and ``--wrt theta_5`` answers,
``steps``, the matrix form, ``gradcheck``'s reference) and must be found;
right answers naming such components must still be equivalent, which is
confirmed by ``tests/_oracle.py`` (``sympy.diff`` and finite differences,
no logderiv code) at sizes chosen here, not by logderiv's plan.
"""

from __future__ import annotations

import pytest
import sympy
from click.testing import CliRunner

import _oracle
import logderiv
from logderiv.verify.costs import read_cost
from logderiv.cli import main
from logderiv.errors import InputError, VerificationError
from logderiv.notation import symbols
from logderiv.equality import compare as equality, numeric

theta, w = symbols.vector("theta"), symbols.vector("w")
j = symbols.wrt_index
_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


def _oracle_sizes(component: int) -> tuple[_oracle.Size, ...]:
    """Sizes of the test's own choosing: j at the component, j generic, n above the component."""
    return (_oracle.Size(2, component + 1, component), _oracle.Size(3, component + 2, 2), _oracle.Size(2, component, 1))


def _confirm_gradient(verdict_or_derivation, expr, component: int) -> None:
    problem = verdict_or_derivation.problem
    _oracle.assert_gradient(problem.cost, problem.wrt, expr, problem.definitions, _oracle_sizes(component))


# --- the plan -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "component"),
    [(theta[5] ** 2, 5), (symbols.vector("x")[symbols.example_index, 4], 4), (w[7], 7),
     (sympy.KroneckerDelta(3, j), 3)],
    ids=["theta_5", "x_4", "w_7", "delta_3j"],
)
def test_the_plan_samples_a_named_component_at_an_n_that_holds_it(expr, component):
    """Every size has n ≥ the component; one size differentiates by it, another by a j nothing names."""
    sizes = numeric.sizes_for(expr)
    assert all(size.n >= component for size in sizes)
    assert all(1 <= size.j <= size.n for size in sizes)
    assert component in {size.j for size in sizes}
    assert {size.j for size in sizes} - {component}
    assert len({(size.m, size.n) for size in sizes}) >= 2  # two shapes still catch an index mix-up


def test_the_plan_samples_a_generic_j_when_both_default_ones_are_named():
    """θ₁ + θ₂ names j = 1 and j = 2, the defaults: a third component is sampled too."""
    sizes = numeric.sizes_for(theta[1] + theta[2])
    assert {1, 2} <= {size.j for size in sizes}
    assert {size.j for size in sizes} - {1, 2}


@pytest.mark.parametrize("expr", [theta[j] ** 2, theta[1] + theta[j], theta[2] * theta[0], theta[0]],
                         ids=["generic", "theta_1", "theta_2-and-0", "theta_0"])
def test_the_plan_is_unchanged_without_a_high_component(expr):
    """No component above what the defaults cover (θ₀ is never a j): the two default sizes, no extra work."""
    assert numeric.sizes_for(expr) == numeric.SIZES


@pytest.mark.parametrize(
    "cost", ["theta_10000^2", " + ".join(f"theta_{k}^2" for k in range(1, 61))], ids=["one-huge", "sixty"]
)
def test_a_plan_too_large_is_refused_with_its_reason(cost):
    """Sampling θ₁₀₀₀₀ at n ≥ 10000 (or 60 components at n = 60) is refused, exit 3, never a wrong verdict."""
    result = CliRunner(env=_ENV).invoke(main, ["check", "0", "--cost", cost])
    assert result.exit_code == 3, result.output
    assert "too large to verify" in result.stderr and "theta_j" in result.stderr


# --- derive: each step and the final result -------------------------------------------------


def test_a_step_that_drops_a_high_component_is_rejected():
    """A step 2θ₅δ₅ⱼ + 2θⱼ = 2θⱼ is false only at j = 5: the comparison finds it there."""
    problem = read_cost("theta_5^2 + sum_k theta_k^2")
    outcome = equality.compare(2 * theta[5] * sympy.KroneckerDelta(5, j) + 2 * theta[j], 2 * theta[j], problem,
                               symbolic=False)
    assert not outcome.equal
    assert outcome.counterexample.j == 5 and outcome.counterexample.n >= 5
    with pytest.raises(VerificationError):
        equality.verify_step(2 * theta[5] * sympy.KroneckerDelta(5, j), sympy.S.Zero, problem, "planted",
                             symbolic=False)


def test_a_final_result_that_drops_a_high_component_is_rejected():
    """The final check (sympy.diff, finite differences) samples j = 5 too."""
    problem = read_cost("1/(2m) sum((theta^T x - y)^2) + theta_5^2")
    derived = logderiv.derive("1/(2m) sum((theta^T x - y)^2) + theta_5^2").result
    wrong = derived.subs(theta[5], 0)
    assert wrong != derived
    with pytest.raises(VerificationError):
        equality.check_result(problem, wrong)


@pytest.mark.parametrize(
    ("cost", "wrt", "component"),
    [
        ("1/(2m) sum((theta^T x - y)^2) + lambda theta_5^2", "theta_j", 5),
        ("1/(2m) sum((w^T x - y)^2) + lambda/2 w_7^2", "w_j", 7),
        # θ₄ times a constant, not θ₄ x₄: an x outside every sum over the examples is refused since fixmis23 (no
        # example to take it of; tests/test_fixmis23.py), and this test is about the component only
        ("-1/m sum(y log h + (1 - y) log(1 - h)) + lambda theta_4", "theta_j", 4),
        ("sum_k theta_k^2 + theta_5^3", "theta_5", 5),
    ],
)
def test_derive_is_right_at_the_high_component(cost, wrt, component):
    """The derived gradient of a cost naming a high component agrees with the oracle there and elsewhere."""
    derivation = logderiv.derive(cost, wrt=wrt)
    _confirm_gradient(derivation, derivation.result, component)
    described = derivation.final_check.against_diff.describe()
    assert f"n={component}" in described or f"n={component + 1}" in described


def test_the_matrix_form_is_verified_at_an_n_that_holds_the_component():
    """The matrix form (θ₅ becomes 2θ₅e₅) is compared at every j of shapes with n ≥ 5, not refused or crashed."""
    derivation = logderiv.derive("1/(2m) sum((theta^T x - y)^2) + theta_5^2", matrix=True)
    matrix = derivation.matrix
    assert matrix.steps
    assert all(n >= 5 for step in matrix.steps for _, n in step.check.sizes)


# --- check ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "wrt", "answer", "wrong_at"),
    [
        ("theta_5^2", "theta_j", "0", {5}),
        ("1/(2m) sum((theta^T x - y)^2) + lambda theta_5^2", "theta_j", "1/m sum((theta^T x - y) x_j)", {5}),
        ("1/(2m) sum((w^T x - y)^2) + lambda/2 w_7^2", "w_j", "1/m sum((w^T x - y) x_j) + lambda w_7 delta_6j", {6, 7}),
        ("softplus(theta_5) + sum_k theta_k^2", "theta_j", "2 theta_j + sigmoid(theta_5) delta_4j", {4, 5}),
    ],
    ids=["theta_5-dropped", "penalty-dropped", "w_7-at-6", "theta_5-at-4"],
)
def test_check_finds_an_error_only_in_a_high_component(cost, wrt, answer, wrong_at):
    """Different, with a counterexample at a j where it is wrong and n ≥ it, confirmed by the oracle."""
    verdict = logderiv.check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "different"
    example = verdict.counterexample
    assert example.j in wrong_at and example.n >= max(wrong_at)
    # the answer really is wrong at that component: the oracle disagrees with it there
    with pytest.raises(AssertionError):
        _oracle.assert_gradient(verdict.problem.cost, verdict.problem.wrt, verdict.answer, verdict.problem.definitions,
                                (_oracle.Size(example.m, example.n, example.j),))


@pytest.mark.parametrize(
    ("answer", "cost", "let"),
    [
        ("1/m sum((h - y) x_j)", "1/(2m) sum((h - y)^2)", "h = theta^T x + theta_5"),  # the cost's --let names θ₅
        ("1/m sum((theta^T x - y) x_j) + g", "linear", "g = theta_5 delta_5j"),  # the answer's --let does
    ],
    ids=["cost-let", "answer-let"],
)
def test_a_high_component_named_only_in_a_let_is_sampled(answer, cost, let):
    """θ₅ hidden in a --let definition is found too: different, at j = 5."""
    verdict = logderiv.check(answer, cost=cost, let=[let])
    assert verdict.verdict == "different"
    assert verdict.counterexample.j == 5 and verdict.counterexample.n >= 5


def test_the_counterexample_exhibits_the_difference():
    """check "0" --cost "theta_5^2": at the j and n shown, expected is 2θ₅ from the θ₅ shown, the answer 0."""
    verdict = logderiv.check("0", cost="theta_5^2")
    example = verdict.counterexample
    values = {(value.name, value.indices): value.value for value in example.values}
    assert example.j == 5 and example.n >= 5
    assert float(example.expected) == pytest.approx(2 * values[("theta", (5,))], rel=1e-12)
    assert float(example.answer) == 0


@pytest.mark.parametrize(
    ("cost", "wrt", "answer", "component"),
    [
        ("softplus(theta_5) + sum_k theta_k^2", "theta_j", "2 theta_j + sigmoid(theta_5) delta_5j", 5),
        ("1/(2m) sum((w^T x - y)^2) + lambda/2 w_7^2", "w_j", "1/m sum((w^T x - y) x_j) + lambda w_7 delta_7j", 7),
        ("1/(2m) sum((theta^T x - y)^2)", "theta_4", "1/m sum((theta^T x - y) x_4)", 4),
        ("log(1 + exp(theta_6 x_6))", "theta_j", "sigmoid(theta_6 x_6) x_6 delta_6j", 6),
        ("1/(2m) sum((theta_0 + theta^T x - y)^2) + theta_5^2", "theta_0", "1/m sum(theta_0 + theta^T x - y)", 5),
    ],
    ids=["softplus-theta_5", "w_7", "wrt-theta_4-x_4", "x_6", "theta_0-beside-theta_5"],
)
def test_check_still_accepts_right_answers_naming_high_components(cost, wrt, answer, component):
    """Equivalent, and the oracle agrees at j = the component, a generic j, and n above it."""
    verdict = logderiv.check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", verdict.to_text()
    _confirm_gradient(verdict, verdict.answer, component)


@pytest.mark.parametrize(("answer", "verdict"), [("0", "different"), ("2 theta_5", "equivalent"),
                                                 ("2 theta_4", "different")])
def test_check_by_a_high_component_itself(answer, verdict):
    """--wrt theta_5 with a cost summing θₖ: Σₖ θₖ² holds θ₅ only when n ≥ 5, and the check samples so."""
    assert logderiv.check(answer, cost="sum_k theta_k^2", wrt="theta_5").verdict == verdict
    # the oracle's own verdict on the right answer
    _oracle.assert_gradient(sympy.Sum(theta[symbols.feature_indices[0]] ** 2, (symbols.feature_indices[0], 1, symbols.n)),
                            theta[5], 2 * theta[5], sizes=_oracle_sizes(5))


def test_a_matrix_answer_missing_a_high_component_is_different():
    """(1/m) Xᵀ(Xθ − y) lacks 2θ₅e₅: wrong in entry 5 only, and found there; with it, equivalent."""
    cost = "1/(2m) sum((theta^T x - y)^2) + theta_5^2"
    wrong = logderiv.check("1/m X^T (X theta - y)", cost=cost)
    assert wrong.verdict == "different"
    assert wrong.counterexample.j == 5 and wrong.counterexample.n >= 5
    right = logderiv.check("1/m X^T (X theta - y) + 2 theta_5 e_5", cost=cost)
    assert right.verdict == "equivalent"
    _confirm_gradient(right, right.answer, 5)


def test_the_cli_no_longer_says_equivalent_to_a_dropped_component():
    """The issue's command: exit 1, and the counterexample names j = 5."""
    result = CliRunner(env=_ENV).invoke(main, ["check", "0", "--cost", "theta_5^2"])
    assert result.exit_code == 1, result.output
    assert "different" in result.stdout and "j = 5" in result.stdout


# --- steps ----------------------------------------------------------------------------------

_FIRST = "d/dtheta_j (1/(2m) sum((theta^T x - y)^2) + lambda theta_5^2)"


def test_steps_rejects_a_line_that_drops_a_high_component():
    """The dropped 2λθ₅δ₅ⱼ is the error at line 2 (it holds at j = 1, 2)."""
    review = logderiv.steps(f"{_FIRST}\n= 1/m sum((theta^T x - y) x_j)\n")
    assert review.first_error is not None and review.first_error.number == 2
    assert review.first_error.counterexample.j == 5
    assert review.ending == "wrong"


def test_steps_accepts_a_right_derivation_naming_a_high_component():
    """With the term kept every line holds; the last line agrees with the oracle."""
    review = logderiv.steps(f"{_FIRST}\n= 1/m sum((theta^T x - y) x_j) + 2 lambda theta_5 delta_5j\n")
    assert review.ok
    _oracle.assert_gradient(review.problem.cost, review.problem.wrt, review.steps[-1].expression,
                            review.problem.definitions, _oracle_sizes(5))


# --- gradcheck ------------------------------------------------------------------------------

_PENALISED = "1/(2m) sum((theta^T x - y)^2) + theta_5^2"
_RIGHT = "X.T @ (X @ theta - y) / len(y) + 2 * theta * (np.arange(len(theta)) == 4)"


def _gradcheck(tmp_path, body: str, *options: str):
    (tmp_path / "grad.py").write_text(f"import numpy as np\n\n\ndef gradient(theta, X, y):\n    return {body}\n",
                                      encoding="utf-8")
    return CliRunner(env=_ENV).invoke(main, ["gradcheck", f"{tmp_path / 'grad.py'}:gradient", *options])


@pytest.mark.parametrize(
    ("body", "exit_code"),
    [
        (_RIGHT, 0),  # written here by hand from ∂(θ₅²)/∂θⱼ = 2θ₅δ₅ⱼ: θ[4] in NumPy's 0-based indexing
        ("X.T @ (X @ theta - y) / len(y)", 1),  # the θ₅ term dropped: wrong in index 4 only
        (_RIGHT + " + (np.arange(len(theta)) == 0)", 1),  # wrong in index 0 (the intercept θ₁) only
    ],
    ids=["right", "dropped-index-4", "off-at-index-0"],
)
def test_gradcheck_judges_every_component_of_a_cost_naming_one(tmp_path, body, exit_code):
    """The reference covers the component the cost names, and an error in one entry of the code is found."""
    result = _gradcheck(tmp_path, body, "--cost", _PENALISED, "--n", "6")
    assert result.exit_code == exit_code, result.output


def test_gradcheck_refuses_data_without_the_named_component(tmp_path):
    """θ₅ with n = 4 features has no column: exit 2 at --n with a hint, not 'outside the data'."""
    result = _gradcheck(tmp_path, _RIGHT, "--cost", _PENALISED)
    assert result.exit_code == 2
    assert "--n" in result.stderr and "--n 5" in result.stderr


def test_gradcheck_refusal_is_an_input_error():
    """The API raises InputError labelled --n."""
    from logderiv.codecheck import _ensure_components_fit
    from logderiv.codecheck.reference import derive_reference

    with pytest.raises(InputError) as caught:
        _ensure_components_fit(derive_reference(_PENALISED), m=7, n=4)
    assert caught.value.label == "--n"

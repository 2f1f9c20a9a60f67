"""A model written out with its intercept, h = θ₀ + θ₁x₁ + θ₂x₂ (Ng, x₀ = 1): judged at the θⱼ it has (issue 10/12, M1).

The course's general answer (1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾ is right for j = 0, 1, 2 with
x₀ = 1. logderiv once sampled j = 3, a θ₃ the model does not have, and called it
"different" with no note. Every expectation here is worked out independently:
NumPy costs written by hand below, differentiated by central finite differences,
against the answer's formula computed in NumPy by hand for each j. Wrong answers
carry an error that shows only at some j (θ₀'s or θ₂'s entry) and must stay
"different".
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import sympy
from click.testing import CliRunner
from sympy.core.function import AppliedUndef

import logderiv
from logderiv.cli import main
from logderiv.notation import symbols

S = r"\frac{1}{m}\sum_{i=1}^{m}"
GENERAL = S + r"(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
LINEAR = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2"
H_TWO = r"h_\theta(x) = \theta_0 + \theta_1x_1 + \theta_2x_2"
ONE_COST = r"J(\theta_0,\theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
H_ONE = r"h_\theta(x) = \theta_0 + \theta_1 x"
LOGISTIC_Z = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma(z^{(i)}) "
              r"+ (1-y^{(i)})\log(1-\sigma(z^{(i)}))\right]")
Z_TWO = r"z^{(i)} = \theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)}"
EX2 = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]"
       r" + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2")
H_G = r"h_\theta(x) = g(\theta_0 + \theta_1 x_1 + \theta_2 x_2)"

RNG = np.random.default_rng(10)
M = 4
X = RNG.normal(size=(M, 3))
X[:, 0] = 1.0  # Ng's x₀ = 1: the intercept's feature
Y = RNG.uniform(0.1, 0.9, size=M)
THETA = RNG.normal(size=3)
LAMBDA = 0.7


def _sigmoid(u):
    return 1.0 / (1.0 + np.exp(-u))


# --- the costs, by hand, in NumPy ----------------------------------------------------------

def linear_cost(theta, X=X, y=Y):
    return np.sum((X @ theta - y) ** 2) / (2 * len(y))


def logistic_cost(theta, X=X, y=Y):
    h = _sigmoid(X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))


def ex2_cost(theta, X=X, y=Y, lam=LAMBDA):
    return logistic_cost(theta, X, y) + lam / (2 * len(y)) * np.sum(theta[1:] ** 2)  # θ₀ unpenalised (Ng)


def finite_differences(cost, theta, step=1e-6):
    grad = np.zeros_like(theta)
    for k in range(len(theta)):
        e = np.zeros_like(theta)
        e[k] = step
        grad[k] = (cost(theta + e) - cost(theta - e)) / (2 * step)
    return grad


def course_answer(model, theta=THETA, X=X, y=Y):
    """(1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾ for j = 0..2, x₀ = 1: the course's general answer, component by component."""
    return X.T @ (model(X @ theta) - y) / len(y)


def test_the_course_answer_is_the_gradient_by_finite_differences():
    """The premise of every 'equivalent' below, established without logderiv."""
    assert np.allclose(course_answer(lambda u: u), finite_differences(linear_cost, THETA), atol=1e-7)
    assert np.allclose(course_answer(_sigmoid), finite_differences(logistic_cost, THETA), atol=1e-7)
    regularised = course_answer(_sigmoid) + LAMBDA / M * THETA
    fd = finite_differences(ex2_cost, THETA)
    assert np.allclose(regularised[1:], fd[1:], atol=1e-7)  # the + λ/m θⱼ form holds for j = 1, 2 only
    assert not np.isclose(regularised[0], fd[0], atol=1e-4)  # at j = 0 there is no λ term: Ng writes it apart


# --- check: right answers, read as the writer means them -----------------------------------

@pytest.mark.parametrize(
    ("answer", "cost", "let", "checked"),
    [
        (GENERAL, LINEAR, H_TWO, "j = 0, 1, 2"),
        (S + r"(\sigma(z^{(i)}) - y^{(i)})x_j^{(i)}", LOGISTIC_Z, Z_TWO, "j = 0, 1, 2"),
        (GENERAL, ONE_COST, H_ONE, "j = 0, 1"),
        (GENERAL + r" + \frac{\lambda}{m}\theta_j", EX2, H_G, "j = 1, 2"),
    ],
)
def test_the_general_answer_is_equivalent_with_a_note(answer, cost, let, checked):
    verdict = logderiv.check(answer, cost=cost, let=[let])
    assert verdict.verdict == "equivalent", verdict.reason
    note = next(note for note in verdict.notes if note.startswith("the model has θ₀"))
    assert f"checked for {checked}" in note and "x₀ = 1" in note


def test_the_one_feature_note_says_what_x_j_is():
    note = " ".join(logderiv.check(GENERAL, cost=ONE_COST, let=[H_ONE]).notes)
    assert "x_j is x for j = 1 and x₀ = 1 for j = 0" in note and "n = 1" in note


def test_the_penalised_note_says_what_n_is_and_where_theta_0_went():
    note = " ".join(logderiv.check(GENERAL + r" + \frac{\lambda}{m}\theta_j", cost=EX2, let=[H_G]).notes)
    assert "n = 2" in note and "no θ₃ is sampled" in note and "--wrt theta_0" in note


@pytest.mark.parametrize("wrt", ["theta_0", "theta_1", "theta_2"])
def test_a_numbered_wrt_binds_the_answers_j(wrt):
    """--wrt theta_1 with the general x_j: j is the component differentiated (x₀ = 1 for theta_0)."""
    verdict = logderiv.check(GENERAL, cost=LINEAR, let=[H_TWO], wrt=wrt)
    assert verdict.verdict == "equivalent", verdict.reason
    assert any(f"the answer's j is read as {wrt[-1]}" in note for note in verdict.notes)


@pytest.mark.parametrize("wrt", ["theta_0", "theta_1"])
def test_a_numbered_wrt_on_one_scalar_feature(wrt):
    assert logderiv.check(GENERAL, cost=ONE_COST, let=[H_ONE], wrt=wrt).verdict == "equivalent"


def test_theta_0_beside_ngs_penalty_is_the_intercept():
    """Σ_{j=1}^{n} θⱼ² leaves the written θ₀ out: ∂J/∂θ₀ has no λ term (finite differences above agree)."""
    fd = finite_differences(ex2_cost, THETA)
    assert np.isclose(fd[0], course_answer(_sigmoid)[0], atol=1e-7)
    right = logderiv.check(S + r"(h_\theta(x^{(i)}) - y^{(i)})", cost=EX2, let=[H_G], wrt="theta_0")
    assert right.verdict == "equivalent"
    assert any("θ₀ is the intercept the model writes on its own" in note for note in right.problem.notes)
    assert not any("the intercept θ₁ (x₁ = 1) included" in note for note in right.problem.notes)
    # the intercept regularised: wrong by the same finite differences
    assert not np.isclose(fd[0], course_answer(_sigmoid)[0] + LAMBDA / M * THETA[0], atol=1e-4)
    wrong = logderiv.check(S + r"(h_\theta(x^{(i)}) - y^{(i)}) + \frac{\lambda}{m}\theta_0", cost=EX2, let=[H_G],
                           wrt="theta_0")
    assert wrong.verdict == "different"


# --- check: wrong answers stay wrong under the new reading ----------------------------------

def _wrong_somewhere(formula):
    """The component(s) where a hand-computed wrong answer departs from the finite differences of the linear cost."""
    return [k for k in range(3) if not np.isclose(formula[k], finite_differences(linear_cost, THETA)[k], atol=1e-6)]


RESIDUAL = X @ THETA - Y


@pytest.mark.parametrize(
    ("answer", "by_hand", "where"),
    [
        # xⱼ dropped: right at j = 0 (x₀ = 1) only
        (S + r"(h_\theta(x^{(i)}) - y^{(i)})", np.full(3, RESIDUAL.mean()), [1, 2]),
        # the sign
        (S + r"(y^{(i)} - h_\theta(x^{(i)}))x_j^{(i)}", -X.T @ RESIDUAL / M, [0, 1, 2]),
        # 1/m lost
        (r"\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}", X.T @ RESIDUAL, [0, 1, 2]),
        # xⱼ squared: right at j = 0 (x₀² = 1), wrong at θ₁'s and θ₂'s entries
        (S + r"(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}x_j^{(i)}", (X ** 2).T @ RESIDUAL / M, [1, 2]),
        # logderiv's own numbering, δ₁ⱼx₁ + δ₂ⱼx₂: right at j = 1, 2, wrong only in θ₀'s entry (0 there)
        (S + r"(h_\theta(x^{(i)}) - y^{(i)})(\delta_{1j}x_1^{(i)} + \delta_{2j}x_2^{(i)})",
         np.array([0.0, *(X[:, 1:].T @ RESIDUAL / M)]), [0]),
    ],
)
def test_wrong_answers_stay_different(answer, by_hand, where):
    assert _wrong_somewhere(by_hand) == where  # the planted error, confirmed by finite differences
    verdict = logderiv.check(answer, cost=LINEAR, let=[H_TWO])
    assert verdict.verdict == "different"
    assert verdict.counterexample.j in where and verdict.counterexample.n == 2  # never a θ₃ the model lacks


def test_the_error_only_in_theta_2s_entry_is_found():
    """+ δ₂ⱼ·(1/m)Σ(h − y): wrong only at j = 2."""
    answer = GENERAL + " + " + S + r"\delta_{2j}(h_\theta(x^{(i)}) - y^{(i)})"
    by_hand = X.T @ RESIDUAL / M + np.array([0, 0, RESIDUAL.mean()])
    assert _wrong_somewhere(by_hand) == [2]
    verdict = logderiv.check(answer, cost=LINEAR, let=[H_TWO])
    assert verdict.verdict == "different" and verdict.counterexample.j == 2


@pytest.mark.parametrize(
    "answer",
    [
        GENERAL,  # the λ term lost
        GENERAL + r" - \frac{\lambda}{m}\theta_j",  # its sign
        GENERAL + r" + \lambda\theta_j",  # its 1/m
    ],
)
def test_wrong_regularised_answers_stay_different(answer):
    verdict = logderiv.check(answer, cost=EX2, let=[H_G])
    assert verdict.verdict == "different" and verdict.counterexample.j in (1, 2)


def test_one_scalar_feature_answer_in_x_is_right_for_theta_1_only():
    """(1/m)Σ(h − y)x⁽ⁱ⁾ for a general j is wrong at j = 0, where the factor is x₀ = 1."""
    verdict = logderiv.check(S + r"(h_\theta(x^{(i)}) - y^{(i)})x^{(i)}", cost=ONE_COST, let=[H_ONE])
    assert verdict.verdict == "different" and verdict.counterexample.j == 0


# --- outputs: the note in text and JSON -------------------------------------------------------

def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_note_is_in_text_and_json():
    args = ["check", GENERAL, "--cost", LINEAR, "--let", H_TWO]
    text = _run(*args, "-f", "text")
    assert text.exit_code == 0 and "checked for j = 0, 1, 2" in text.output
    data = json.loads(_run(*args, "-f", "json").output)
    assert data["verdict"] == "equivalent"
    assert any("checked for j = 0, 1, 2" in note for note in data["notes"])


# --- derive and steps ------------------------------------------------------------------------

def _value_at(expr, definitions, theta, X, y, j):
    """logderiv's printed gradient at concrete numbers, by sympy substitution (not logderiv's evaluator)."""
    for _ in range(3):
        expr = expr.xreplace({call: definitions[call.func(symbols.example_index)].xreplace(
            {symbols.example_index: call.args[0]}) for call in expr.atoms(AppliedUndef)
            if call.func(symbols.example_index) in definitions})
    expr = expr.xreplace({symbols.m: len(y), symbols.wrt_index: j}).doit()
    values = {}
    for indexed in expr.atoms(sympy.Indexed):
        name, idx = str(indexed.base), [int(i) for i in indexed.indices]
        values[indexed] = {"theta": lambda: theta[idx[0]], "y": lambda: y[idx[0] - 1],
                           "x": lambda: X[idx[0] - 1, idx[1]]}[name]()
    return float(expr.xreplace(values).doit())


def test_derive_prints_the_truth_for_the_j_it_names():
    derivation = logderiv.derive(LINEAR, let=[H_TWO])
    fd = finite_differences(linear_cost, THETA)
    definitions = derivation.problem.definitions
    for j in (1, 2):
        assert np.isclose(_value_at(derivation.result, definitions, THETA, X, Y, j), fd[j], atol=1e-7)
    assert any("holds for j = 1, 2" in note and "--wrt theta_0" in note for note in derivation.problem.notes)
    zero = logderiv.derive(LINEAR, let=[H_TWO], wrt="theta_0")
    assert np.isclose(_value_at(zero.result, zero.problem.definitions, THETA, X, Y, 0), fd[0], atol=1e-7)


def test_steps_compare_lines_at_the_models_own_j(tmp_path):
    right = tmp_path / "ng.txt"
    right.write_text("d/dtheta_j (1/(2m) * sum((h(x) - y)^2))\n"
                     "= 1/m * sum((h(x) - y) * d/dtheta_j h(x))\n"
                     "= 1/m * sum((h(x) - y) x_j)\n")
    review = logderiv.steps(right.read_text(), let=["h(x) = theta_0 + theta_1 x_1 + theta_2 x_2"])
    assert review.ending == "gradient" and all(step.valid for step in review.steps)
    assert any("checked for j = 0, 1, 2" in note for note in review.notes)
    wrong = right.read_text().replace("(h(x) - y) x_j", "(y - h(x)) x_j")
    review = logderiv.steps(wrong, let=["h(x) = theta_0 + theta_1 x_1 + theta_2 x_2"])
    assert review.ending == "wrong" and not review.steps[2].valid


# --- code that penalises every entry of θ: no numbering to read ------------------------------

OCTAVE_ALL = "J = -1/m * sum(y .* log(h) + (1-y) .* log(1-h)) + lambda/(2*m) * sum(theta.^2)"
NUMPY_ALL = "-np.mean(y*np.log(h) + (1-y)*np.log(1-h)) + lam/2 * np.sum(theta**2)"


def all_entries_cost(theta, X=X, y=Y, lam=LAMBDA):
    return logistic_cost(theta, X, y) + lam / (2 * len(y)) * np.sum(theta ** 2)  # the intercept's entry too


def test_code_penalising_every_entry_is_read_so_with_a_note():
    """sum(theta.^2) squares every entry, theta(1) included: + λ/m θ is right, [0; theta(2:end)] is not."""
    fd = finite_differences(all_entries_cost, THETA)
    every = course_answer(_sigmoid) + LAMBDA / M * THETA
    assert np.allclose(every, fd, atol=1e-7)
    assert not np.isclose(every[0] - LAMBDA / M * THETA[0], fd[0], atol=1e-4)
    right = logderiv.check("(1/m) * X' * (sigmoid(X*theta) - y) + (lambda/m) * theta", cost=OCTAVE_ALL,
                           let=["h = sigmoid(X*theta)"])
    assert right.verdict == "equivalent", right.reason
    assert any("squares every entry of θ" in note for note in right.problem.notes)
    wrong = logderiv.check("(1/m) * X' * (h - y) + (lambda/m) * [0; theta(2:end)]", cost=OCTAVE_ALL,
                           let=["h = sigmoid(X*theta)"])
    assert wrong.verdict == "different"


def test_numpy_penalising_every_entry_without_the_mean_is_lam_theta():
    """lam/2 * np.sum(theta**2) beside a mean: the penalty's gradient is λθ on every entry (no 1/m)."""
    assert logderiv.check("X.T @ (h - y) / m + lam * theta", cost=NUMPY_ALL,
                          let=["h = sigmoid(X @ theta)"]).verdict == "equivalent"
    assert logderiv.check("X.T @ (h - y) / m + lam * theta / m", cost=NUMPY_ALL,
                          let=["h = sigmoid(X @ theta)"]).verdict == "different"


def test_a_sliced_penalty_in_code_is_not_read_as_every_entry():
    cost = "J = -1/m * sum(y .* log(h) + (1-y) .* log(1-h)) + lambda/(2*m) * sum(theta(2:end).^2)"
    verdict = logderiv.check("(1/m) * X' * (h - y) + (lambda/m) * [0; theta(2:end)]", cost=cost,
                             let=["h = sigmoid(X*theta)"])
    assert verdict.verdict == "equivalent"
    assert not any("squares every entry of θ" in note for note in verdict.problem.notes)


# --- DeepLearning.AI's w₁x₁ + w₂x₂ + b: the same question without a component 0 ---------------

DLAI_COST = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^{m}(f^{(i)} - y^{(i)})^2"
DLAI_F = r"f^{(i)} = w_1 x_1^{(i)} + w_2 x_2^{(i)} + b"
DLAI_ANSWER = r"\frac{1}{m}\sum_{i=1}^{m}(f^{(i)} - y^{(i)})x_j^{(i)}"


def dlai_cost(wb, X=X, y=Y):
    w, b = wb[:2], wb[2]
    return np.sum((X[:, 1:] @ w + b - y) ** 2) / (2 * len(y))


def test_a_bias_model_is_checked_at_its_own_weights():
    """(1/m)Σ(f − y)xⱼ is ∂J/∂wⱼ for j = 1, 2 by finite differences; there is no w₃ to sample."""
    wb = np.array([0.3, -0.8, 0.5])
    fd = finite_differences(dlai_cost, wb)
    assert np.allclose(X[:, 1:].T @ (X[:, 1:] @ wb[:2] + wb[2] - Y) / M, fd[:2], atol=1e-7)
    verdict = logderiv.check(DLAI_ANSWER, cost=DLAI_COST, let=[DLAI_F], wrt="w_j")
    assert verdict.verdict == "equivalent", verdict.reason
    assert any("the model has w₁, w₂" in note and "checked for j = 1, 2" in note for note in verdict.notes)
    wrong = logderiv.check(r"\frac{1}{m}\sum_{i=1}^{m}(y^{(i)} - f^{(i)})x_j^{(i)}", cost=DLAI_COST, let=[DLAI_F],
                           wrt="w_j")
    assert wrong.verdict == "different" and wrong.counterexample.j in (1, 2)

"""Review findings F2, F7, F10: answers and costs written as textbooks write them, read as they mean.

F2: the vector-form gradient ``(1/m) Σ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) x⁽ⁱ⁾`` is the whole ∇J, compared entry by entry.
F7: ``log(1 + e^z)`` is softplus(z), so the cost is logistic, not Poisson.
F10: ``J(θ₀, θ₁) = …`` with an undefined h in a squared error is the one-feature line θ₀ + θ₁x.

Each reading is checked against the gradient computed independently by ``tests/_oracle.py``.
"""

from __future__ import annotations

import pytest

from logderiv import check

from _oracle import assert_gradient

VECTOR_NOTE = "x⁽ⁱ⁾ is the feature vector of example i: the answer is the whole gradient ∇J, compared entry by entry"

# --- F2 ------------------------------------------------------------------------------------

VECTOR_ANSWERS = [
    r"\nabla_\theta J(\theta) = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x^{(i)}",
    "1/m sum (h(x^(i)) - y^(i)) x^(i)",
    "1/m sum (h - y) x",
    r"\frac{1}{m}\sum_{i=1}^m (h_\theta(\mathbf{x}^{(i)}) - y^{(i)})\mathbf{x}^{(i)}",
    r"\frac{1}{m}\sum_{i=1}^m (h(\vec x_i) - y_i)\vec x_i",
    "1/m sum (h(x_i) - y_i) x_i",
]


@pytest.mark.parametrize("cost", ["logistic", "linear"])
@pytest.mark.parametrize("answer", VECTOR_ANSWERS)
def test_a_vector_form_gradient_is_the_whole_gradient(answer, cost):
    verdict = check(answer, cost=cost)
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert VECTOR_NOTE in verdict.notes


@pytest.mark.parametrize("answer", VECTOR_ANSWERS[:3])
def test_the_vector_answer_is_read_as_its_entry_j(answer):
    """The answer as read (x⁽ⁱ⁾ → xⱼ⁽ⁱ⁾) is the gradient, by the oracle."""
    verdict = check(answer, cost="logistic")
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


@pytest.mark.parametrize(
    "answer",
    [
        "1/m sum (y - h) x",  # the sign
        r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)}))x^{(i)}",
        "sum (h - y) x",  # the factor 1/m
        "1/m sum (h - y) x_2",  # a fixed feature: still the wrong index
    ],
)
def test_a_wrong_vector_answer_is_still_different(answer):
    assert check(answer, cost="logistic").verdict == "different"


def test_a_wrong_sign_is_diagnosed_as_the_sign():
    verdict = check("1/m sum (y - h) x", cost="logistic")
    assert verdict.diagnosis[0].kind == "sign"


def test_a_component_question_by_number_takes_that_entry():
    assert check("1/m sum (h - y) x", cost="logistic", wrt="theta_2").verdict == "equivalent"
    assert check("1/m sum (h - y) x", cost="logistic", wrt="theta_2").notes.count(VECTOR_NOTE) == 1


def test_a_scalar_x_stays_a_scalar():
    """One-feature model (x a scalar): x⁽ⁱ⁾ is no vector, and no note says so."""
    verdict = check("1/m sum (w x + b - y) x", cost="1/2m sum (w x + b - y)^2", wrt="w")
    assert verdict.verdict == "equivalent"
    assert VECTOR_NOTE not in verdict.notes


def test_a_vector_answer_to_the_bias_is_not_read_as_a_vector():
    verdict = check("1/m sum (h - y) x", cost="1/2m sum (w^T x + b - y)^2", wrt="b")
    assert verdict.verdict == "different"
    assert VECTOR_NOTE not in verdict.notes


# --- F7 ------------------------------------------------------------------------------------

SOFTPLUS_COSTS = [
    ("1/m sum (log(1 + e^(theta^T x)) - y theta^T x)", "theta_j", "1/m sum (h - y) x_j"),
    (r"\frac{1}{m}\sum_{i=1}^m\left[\log\left(1+e^{\theta^Tx^{(i)}}\right) - y^{(i)}\theta^Tx^{(i)}\right]", "theta_j",
     r"\frac{1}{m}\sum (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"),
    (r"\ell(\beta) = \sum_{i=1}^{N}\left\{y_i\beta^T x_i - \log(1 + e^{\beta^T x_i})\right\}", "beta_j",
     r"\sum_{i=1}^{N} x_{ij}(y_i - p_i)"),
]


@pytest.mark.parametrize("cost, wrt, answer", SOFTPLUS_COSTS)
def test_log_one_plus_e_is_softplus_and_the_model_logistic(cost, wrt, answer):
    verdict = check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    notes = (*verdict.notes, *verdict.problem.notes)
    assert any("is softplus(z) = log(1 + e^z)" in note for note in notes)
    assert not any("Poisson" in note for note in notes)


def test_the_softplus_cost_has_the_logistic_gradient():
    """By the oracle: ∂/∂θⱼ (1/m) Σ [log(1 + e^{θᵀx}) − y θᵀx] = (1/m) Σ (σ(θᵀx) − y) xⱼ."""
    from logderiv.notation import read_problem

    problem = read_problem("1/m sum (log(1 + e^(theta^T x)) - y theta^T x)")
    gradient = read_problem("1/m sum (sigmoid(theta^T x) - y) x_j").cost
    assert_gradient(problem.cost, problem.wrt, gradient, problem.definitions)


def test_the_poisson_answer_to_the_softplus_cost_is_different():
    verdict = check("1/m sum (exp(theta^T x) - y) x_j", cost="1/m sum (log(1 + e^(theta^T x)) - y theta^T x)")
    assert verdict.verdict == "different"


def test_a_squared_error_of_a_sigmoid_is_not_called_a_cross_entropy():
    verdict = check("1/m sum (h - y) h (1 - h) x_j", cost="1/2m sum (sigmoid(theta^T x) - y)^2")
    assert verdict.verdict == "equivalent"
    assert not any("cross-entropy" in note for note in verdict.notes)
    assert any("since it holds σ(θᵀx)" in note for note in verdict.notes)


# --- F10 -----------------------------------------------------------------------------------

NG_WEEK_1 = [
    r"J(\theta_0,\theta_1) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2",
    "J(theta_0, theta_1) = 1/2m sum (h(x^(i)) - y^(i))^2",
    "J(θ₀, θ₁) = 1/2m Σ (h(x) - y)^2",
]
LINE_NOTE = "h is not defined: the left side declares the parameters θ₀, θ₁, so reading h = θ₀ + θ₁x⁽ⁱ⁾"


@pytest.mark.parametrize("cost", NG_WEEK_1)
@pytest.mark.parametrize(
    "wrt, answer",
    [
        ("theta_1", r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x^{(i)}"),
        ("theta_0", r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})"),
        ("theta_1", "1/m sum (theta_0 + theta_1 x - y) x"),
    ],
)
def test_declared_theta_0_theta_1_is_the_one_feature_line(cost, wrt, answer):
    verdict = check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert any(note.startswith(LINE_NOTE) for note in verdict.problem.notes)


@pytest.mark.parametrize("cost", NG_WEEK_1)
def test_the_slope_and_intercept_answers_are_not_swapped(cost):
    assert check("1/m sum (h - y)", cost=cost, wrt="theta_1").verdict == "different"
    assert check("1/m sum (h - y) x", cost=cost, wrt="theta_0").verdict == "different"
    assert check("1/m sum (y - h) x", cost=cost, wrt="theta_1").verdict == "different"


@pytest.mark.parametrize("wrt", ["theta_0", "theta_1"])
def test_the_declared_line_has_the_oracles_gradient(wrt):
    from logderiv import derive
    from logderiv.notation import read_problem

    derivation = derive(NG_WEEK_1[0], wrt=wrt)
    problem = derivation.problem
    written_out = read_problem("1/2m sum (theta_0 + theta_1 x - y)^2", wrt=wrt)
    assert_gradient(written_out.cost, written_out.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize("cost", NG_WEEK_1[:2])
def test_the_declared_line_without_wrt_is_refused(cost):
    from logderiv.errors import InputError
    from logderiv.notation import read_problem

    with pytest.raises(InputError) as caught:
        read_problem(cost)
    assert "declares the two scalar parameters theta_0 and theta_1" in str(caught.value)
    assert caught.value.column == 0
    assert "--wrt theta_0" in caught.value.hint


def test_a_theta_vector_on_the_left_keeps_theta_transpose_x():
    verdict = check("1/m sum (h - y) x_j", cost=r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2")
    assert verdict.verdict == "equivalent"
    assert not any(note.startswith(LINE_NOTE) for note in verdict.problem.notes)

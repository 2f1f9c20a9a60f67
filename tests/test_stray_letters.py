"""Review 5, findings 4 and 5: an answer's letters mean what the problem says, never an arbitrary number.

F4: a letter of an answer that the cost does not hold, no --let defines and that has no fixed
meaning is refused with its column ("'p' is not in the cost"); a bare (or bold) p or a is the
vector of the predictions where the cost writes its predictions so (p_i, a^{(i)}, \\hat{p}), in
a matrix answer as in index form.
F5: an answer's --let h, where the problem does not define h (linear, poisson, linear-l2), is
compared with the model the cost is of: used when it agrees (noted), refused when it differs.

Verdicts were worked by hand; the gradients the readings give are checked by ``tests/_oracle.py``.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

from _oracle import assert_gradient

A_COST = (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]")
P_COST = r"-\sum_i [y_i\log p_i + (1-y_i)\log(1-p_i)]"
P_HAT_COST = r"-\sum_i [y_i\log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)]"
ESL_COST = r"\ell(\beta) = \sum_{i=1}^{N}\left\{y_i\beta^Tx_i - \log(1+e^{\beta^Tx_i})\right\}"


def _refused(answer: str, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        check(answer, **kwargs)
    return caught.value


# --- F4: p and a as the cost's predictions ------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "cost", "wrt", "letter", "written"),
    [
        (r"\frac{1}{m}X^\top(\mathbf{a} - \mathbf{y})", A_COST, "w_j", "a", "a^{(i)}"),
        (r"X^\top(\mathbf{p} - \mathbf{y})", P_COST, "theta_j", "p", "p_i"),
        ("X.T @ (p - y)", P_COST, "theta_j", "p", "p_i"),
        (r"X^\top(\mathbf{p} - \mathbf{y})", P_HAT_COST, "theta_j", "p", r"\hat{p}"),
    ],
)
def test_a_matrix_answer_reads_p_as_the_costs_predictions(answer, cost, wrt, letter, written):
    verdict = check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert (f"{letter} is read as the m×1 vector of the predictions h⁽ⁱ⁾, one per example, "
            f"as the cost's {written} is") in verdict.notes
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


def test_a_wrong_matrix_answer_in_p_is_still_different():
    verdict = check(r"X^\top(\mathbf{y} - \mathbf{p})", cost=P_COST)
    assert verdict.verdict == "different"
    # Xᵀ(y − p) = −∇J for this sum-form NLL: the log-likelihood's gradient (ℓ = −J), named as such (issue 11)
    assert verdict.diagnosis[0].kind == "log-likelihood"


def test_the_ones_vector_sum_reads_a_as_the_prediction_of_example_i():
    verdict = check(r"\frac{1}{m}\mathbf{1}^\top(\mathbf{a} - \mathbf{y})", cost=A_COST, wrt="b")
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert ("a is read as the prediction h (the model's output for example i), as the cost's a^{(i)} is"
            in verdict.notes)
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


def test_a_bare_p_in_an_index_form_sum_is_the_costs_prediction_too():
    verdict = check("1/m sum((p - y) x_j)", cost=r"-\frac{1}{m}\sum_i [y_i\log p_i + (1-y_i)\log(1-p_i)]")
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)


# --- F4: a letter that is nowhere in the problem is refused ----------------------------------


@pytest.mark.parametrize(
    ("answer", "cost", "wrt", "at"),
    [
        # ESL (4.24): the cost never names p (p(x; β) is defined in the text around it)
        (r"\frac{\partial \ell(\beta)}{\partial\beta} = \mathbf{X}^T(\mathbf{y} - \mathbf{p})", ESL_COST, "beta_j",
         r"\mathbf{p}"),
        (r"\frac{1}{m}X^T(\mathbf{p} - \mathbf{y})", None, "theta_j", r"\mathbf{p}"),
        ("1/m X^T(h - q)", None, "theta_j", "q"),
        ("1/m sum((h - q) x_j)", None, "theta_j", "q"),
        ("1/m sum((p - y) x_j)", None, "theta_j", "p"),
        ("1/m sum((h - y) x_j) + c theta_j", "linear", "theta_j", "c"),
    ],
)
def test_a_letter_the_cost_does_not_hold_is_refused(answer, cost, wrt, at):
    error = _refused(answer, cost=cost, wrt=wrt)
    letter = at.removeprefix(r"\mathbf{").rstrip("}")
    assert error.message.startswith(f"'{letter}' is not in the cost")
    assert error.label == "ANSWER"
    assert error.column == answer.index(at)
    assert "--let" in error.hint


def test_a_stray_letter_brought_by_an_answers_let_is_refused_at_the_let():
    error = _refused("1/m sum(dz x_j)", cost="logistic", let=["dz = h - c"])
    assert error.message.startswith("'c' is not in the cost")
    assert error.label == "--let"
    assert error.column == "dz = h - c".index("c")


def test_a_letter_with_a_meaning_is_still_judged():
    verdict = check("1/m sum((h - y) x_j) + lambda/m theta_j", cost="logistic")  # λ: an extra term
    assert verdict.verdict == "different"
    assert verdict.diagnosis[0].kind == "extra-term"


def test_a_letter_the_cost_holds_is_still_judged():
    # ∂/∂θⱼ (c/2) Σₖ θₖ² = c θⱼ: the answer is right, its c the cost's
    verdict = check("1/m sum((theta^T x - y) x_j) + c theta_j",
                    cost="1/(2m) sum((theta^T x - y)^2) + c/2 sum_k theta_k^2")
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


def test_a_defined_letter_is_read_as_defined():
    verdict = check("1/m X^T(p - y)", cost="logistic", let=["p = sigmoid(X*theta)"])
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)


# --- F5: an answer's --let h against the model of the cost -----------------------------------


@pytest.mark.parametrize(
    ("cost", "let"),
    [
        ("linear", "h = theta_0 + theta_1 x_1 + theta_2 x_2 + ... + theta_n x_n"),
        ("linear", "h = theta^T x + b"),
        ("linear-l2", "h = theta_0 + theta^T x"),
        ("poisson", "h = exp(theta_0 + theta^T x)"),
        ("poisson", "h = theta^T x"),
        ("linear", "h = X*theta + 1"),
    ],
)
def test_an_answers_h_of_another_model_is_refused(cost, let):
    error = _refused("1/m sum((h - y) x_j)", cost=cost, let=[let])
    assert error.message.startswith("--let h differs from the problem's own h")
    assert error.label == "--let"
    assert error.column == 0


@pytest.mark.parametrize(
    ("cost", "let", "shown"),
    [
        ("linear", "h = theta^T x", "h = θᵀx"),
        ("linear", "h = theta_1 x_1 + ... + theta_n x_n", "h = θᵀx"),
        ("poisson", "h = exp(theta^T x)", "h = e^(θᵀx)"),
        ("softplus-logistic", "h = 1/(1 + exp(-theta^T x))", "h = σ(θᵀx)"),
    ],
)
def test_an_answers_h_of_the_costs_model_is_used_and_noted(cost, let, shown):
    verdict = check("1/m sum((h - y) x_j)", cost=cost, let=[let])
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert any(note.startswith(f"--let h defines h as the cost's model does, {shown} (") for note in verdict.notes)
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, {**problem.definitions, **_h_of(cost)})


def _h_of(cost: str) -> dict:
    """The preset's prediction h(i), written out here: θᵀx⁽ⁱ⁾ through its link."""
    import sympy

    from logderiv.notation.symbols import example_index as i, n

    k = sympy.Symbol("k", integer=True, positive=True)
    linear = sympy.Sum(sympy.IndexedBase("theta")[k] * sympy.IndexedBase("x")[i, k], (k, 1, n))
    link = {"linear": lambda z: z, "poisson": sympy.exp, "softplus-logistic": lambda z: 1 / (1 + sympy.exp(-z))}
    return {sympy.Function("h")(i): link[cost](linear)}


def test_a_wrong_answer_with_the_costs_h_is_still_different():
    verdict = check("1/m sum((y - h) x_j)", cost="linear", let=["h = theta^T x"])
    assert verdict.verdict == "different"
    assert verdict.diagnosis[0].kind == "sign"

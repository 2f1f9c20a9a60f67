"""Review 5, notes that said something false (a, b, d): each now says what was read.

a. A --let in matrix form that is a sum over the examples (``J = sum((X*theta - y).^2)``) is one number,
   not one value per example.
b. A missing or extra λθₖδₖⱼ of a penalty on one component k ≠ 1 is a regularisation term, not the term
   that keeps the intercept θ₁ out.
d. A penalty written as a norm (‖θ‖², θᵀθ) covers every entry of θ in either numbering: an answer to such
   a cost is judged, not left undecided on the intercept's numbering.

Verdicts worked by hand; gradients checked with ``tests/_oracle.py``.
"""

from __future__ import annotations

import pytest

from logderiv import check, derive

from _oracle import assert_gradient


# --- a ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cost", ["J = J/(2*m);", "J = (1/m) * J;"])
def test_a_let_that_sums_over_the_examples_is_said_to_be_one_number(cost):
    derivation = derive(cost, let=["J = sum((X*theta - y).^2);"])
    notes = derivation.problem.notes
    assert "read in matrix form: J = sum((Xθ − y)²) is one number, J = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²" in notes
    assert not any("J⁽ⁱ⁾" in note for note in notes)
    problem = derivation.problem
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_a_let_per_example_is_still_said_per_example():
    derivation = derive("-1/m * sum(y .* log(h) + (1 - y) .* log(1 - h))", let=["h = sigmoid(X*theta)"])
    assert "read in matrix form: h = σ(Xθ) is, for each example i, h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾)" in derivation.problem.notes


# --- b ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("component", [1, 3, 7])
def test_a_penalty_on_one_component_is_no_intercept_term(component):
    # ∂/∂θⱼ λθₖ² = 2λθₖδₖⱼ: the answer leaves it out
    verdict = check("1/m sum((theta^T x - y) x_j)",
                    cost=f"1/(2m) sum((theta^T x - y)^2) + lambda theta_{component}^2")
    assert verdict.verdict == "different"
    (diagnosis,) = verdict.diagnosis
    assert diagnosis.kind == "missing-term"
    assert "intercept" not in diagnosis.message
    assert "regularisation term" in diagnosis.message


def test_the_intercepts_own_term_is_still_named_so():
    verdict = check("1/m sum((h - y) x_j) + lambda/m theta_j", cost="logistic-l2", regularise_intercept=False)
    assert verdict.verdict == "different"
    assert "keeps the intercept θ₁ out of the L2 penalty" in verdict.diagnosis[0].message


# --- d ---------------------------------------------------------------------------------------

NORM_COSTS = [
    r"\frac{1}{2n}\|X\theta - y\|^2 + \frac{\lambda}{2n}\|\theta\|^2",
    "1/(2m) ||X theta - y||^2 + lambda/(2m) ||theta||^2",
    "1/(2m) sum((theta^T x - y)^2) + lambda/(2m) theta^T theta",
]


@pytest.mark.parametrize("cost", NORM_COSTS)
def test_a_norm_penalty_covers_every_entry_and_the_answer_is_judged(cost):
    # ∂/∂θⱼ (λ/2m)‖θ‖² = (λ/m)θⱼ for every j, the intercept's entry too
    answer = "1/m X^T(X theta - y) + lambda/m theta"
    verdict = check(answer, cost=cost)
    assert verdict.verdict == "equivalent", (verdict.reason, verdict.notes)
    assert not any("covers it" in note or "intercept θ₁ (x₁ = 1) included" in note for note in verdict.notes)
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


@pytest.mark.parametrize("cost", NORM_COSTS)
def test_a_norm_penalty_left_out_of_the_intercept_is_different(cost):
    verdict = check("1/m X^T(X theta - y) + lambda/m theta - lambda/m theta_1 e_1", cost=cost)
    assert verdict.verdict == "different"


def test_a_penalty_written_as_a_sum_is_still_undecided_on_the_numbering():
    verdict = check("1/m X^T(X theta - y) + lambda/m theta",
                    cost="1/(2m) sum((theta^T x - y)^2) + lambda/(2m) sum_k theta_k^2")
    assert verdict.verdict == "undecided"


# --- c ---------------------------------------------------------------------------------------


def test_a_theta_cost_in_columns_says_theta_and_rows():
    # X n×m (θ'X): (1/m) X (h − y)ᵀ is Σᵢ xⱼ⁽ⁱ⁾(h⁽ⁱ⁾ − y⁽ⁱ⁾)/m, the gradient (by hand)
    verdict = check("X*(h-y)'/m", cost="J = -1/m * (y*log(h)' + (1-y)*log(1-h)')", let=["h = sigmoid(theta'*X)"])
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    notes = verdict.notes
    assert "read in matrix notation: h is the 1×m row of its values h⁽ⁱ⁾, one per example" in notes
    assert not any("m×1 vector" in note for note in notes), notes
    assert not any("wⱼ" in note or "A = sigmoid" in note for note in notes), notes
    assert any("as the cost is (θᵀX)" in note and "∂J/∂θⱼ at every j" in note for note in notes), notes
    problem = verdict.problem
    assert any("θ is n×1, Y (y) and each value per example are 1×m rows" in note for note in problem.notes)
    assert not any("A = sigmoid" in note for note in problem.notes), problem.notes
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


def test_a_w_cost_in_rows_says_w():
    verdict = check("1/m X^T(sigmoid(X w) - y)",
                    cost="-1/m sum(y log(sigmoid(w^T x)) + (1-y) log(1 - sigmoid(w^T x)))", wrt="w_j")
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert ("read in matrix notation (X is m×n with Xᵢⱼ = xⱼ⁽ⁱ⁾, w n×1, y m×1); its entry j is compared with "
            "∂J/∂wⱼ at every j") in verdict.notes
    assert not any("θ" in note for note in verdict.notes), verdict.notes


# --- e: minor notes ----------------------------------------------------------------------------

SLOPE_COST = "1/n sum_i (y_i - m x_i - b)^2"


def test_with_a_slope_m_the_answers_count_is_not_said_to_be_m():
    # ∂/∂m (1/n) Σ (yᵢ − m xᵢ − b)² = −(2/n) Σ xᵢ(yᵢ − m xᵢ − b)
    verdict = check("∂L/∂m = -2/n sum_i x_i (y_i - m x_i - b)", cost=SLOPE_COST, wrt="m")
    assert verdict.verdict == "equivalent", (verdict.diagnosis, verdict.notes)
    assert "n counts the examples in the cost: the answer's n counts them too (m is the slope)" in verdict.notes
    assert not any("read as m too" in note for note in verdict.notes)
    assert "the left side names ∂L/∂m, the derivative checked" in verdict.notes
    problem = verdict.problem
    assert_gradient(problem.cost, problem.wrt, verdict.answer, problem.definitions)


def test_a_plain_left_side_names_its_own_cost_letter():
    verdict = check("dJ/dtheta_j = 1/m sum((h - y) x_j)")
    assert "the left side names ∂J/∂θⱼ, the derivative checked" in verdict.notes


def test_a_sum_without_limits_names_what_it_subscripts():
    derivation = derive(r"E(w) = \frac{1}{2}\sum \{w^T x_n - t_n\}^2", wrt="w_j")
    assert any(note.endswith("its index n is read from what it subscripts (t_n)") for note in derivation.problem.notes)
    assert not any("y_n" in note for note in derivation.problem.notes)


def test_an_ellipsis_note_quotes_the_last_term_whole():
    text = r"\theta_1 x^{(i)}_1 + \theta_2 x^{(i)}_2 + \dots + \theta_n x^{(i)}_n"
    derivation = derive(r"\frac{1}{2m}\sum_{i=1}^{m}(" + text + r" - y^{(i)})^2")
    assert any(note.startswith(text + " is read as the sum over the features") for note in derivation.problem.notes)

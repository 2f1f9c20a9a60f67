"""Issue 10, audit37: misreads found in the readings merged in the hour before (fixwave38, the coordinator's, audit36).

Each case names the text, what logderiv said, and the meaning worked out by hand; gradients are held to central
finite differences of a NumPy cost written here (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check

RNG = np.random.default_rng(37)

# --- (1) a cost in X' (X' alone: the data matrix) beside an answer in X ------------------------------------------

PRIMED_RIDGE = r"\mathcal{L}(w) = \|y - X'w\|^2 + \lambda \|w\|^2"


def test_an_answer_in_x_is_not_the_gradient_of_a_cost_in_x_prime_with_its_column_of_ones():
    """Premise: with X' = [1, X] (the variant a prime names), ∇(‖y − X'w‖² + λ‖w‖²) = −2X'ᵀ(y − X'w) + 2λw, and the
    answer's −2Xᵀ(y − Xw) + 2λw (X without the ones) is another vector (finite differences of the NumPy cost)."""
    m, n = 6, 2
    X, y, lam = RNG.normal(size=(m, n)), RNG.normal(size=m), 0.5
    Xp = np.hstack([np.ones((m, 1)), X])
    w = RNG.normal(size=n + 1)
    gradient = central_differences(lambda v: float((y - Xp @ v) @ (y - Xp @ v)) + lam * float(v @ v), w)
    assert np.allclose(gradient, -2 * Xp.T @ (y - Xp @ w) + 2 * lam * w, atol=1e-5)
    assert not np.allclose(gradient[1:], -2 * X.T @ (y - X @ w[1:]) + 2 * lam * w[1:], atol=1e-3)


@pytest.mark.parametrize("answer, caret", [
    # was 'equivalent': the answer's X' read as Xᵀ (it stands beside X), the cost's X' as X — one X' read two ways
    (r"-2X'(y - Xw) + 2\lambda w", 9),
    # was 'equivalent': the cost's X' read as X, the answer's bare X as the same matrix
    (r"-2X^T(y - Xw) + 2\lambda w", 2),
    (r"-2X^T(y - X'w) + 2\lambda w", 2),
])
def test_an_answer_writing_x_beside_a_cost_in_x_prime_is_refused_at_its_x(answer, caret):
    error = refused(check, answer, cost=PRIMED_RIDGE, wrt="w_j")
    assert "the cost's data matrix is X'" in str(error) and error.column == caret


def test_an_answer_in_the_costs_own_x_prime_is_still_judged():
    # −2X'ᵀ(y − X'w) + 2λw is the gradient (premise above, X' the data matrix); without the penalty's 2 it is not
    assert check(r"-2X'^T(y - X'w) + 2\lambda w", cost=PRIMED_RIDGE, wrt="w_j").verdict == "equivalent"
    assert check(r"-2X'^T(y - X'w) + \lambda w", cost=PRIMED_RIDGE, wrt="w_j").verdict == "different"


def test_x_prime_as_the_transpose_beside_a_cost_in_x_still_reads():
    # the fixwave38 reading itself: the cost writes X, so the answer's X' beside X is Xᵀ
    assert check(r"-2X'(y - Xw) + 2\lambda w", cost=r"\mathcal{L}(w) = \|y - Xw\|^2 + \lambda \|w\|^2",
                 wrt="w_j").verdict == "equivalent"


# --- (2) an alignment whose rows are derivatives by different parameters (steps, Markdown) -----------------------

_COST = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$" "\n\n"


def _row(k: int, residual: str = r"\theta^T x^{(i)} - y^{(i)}") -> str:
    return rf"\frac{{\partial J}}{{\partial \theta_{k}}} &= \frac{{1}}{{m}}\sum_{{i=1}}^m ({residual}) x_{k}^{{(i)}}"


def test_each_rows_derivative_is_the_costs_by_its_own_parameter():
    """By hand ∂/∂θₖ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xₖ, for k = 1 and k = 2 alike (finite differences)."""
    X, y, t = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    gradient = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) / 10, t)
    assert np.allclose(gradient, X.T @ (X @ t - y) / 5, atol=1e-6)
    assert not np.isclose(gradient[0], gradient[1])  # so ∂J/∂θ₁ = ∂J/∂θ₂ is no step


@pytest.mark.parametrize("environment", ["aligned", "align*", "split"])
def test_rows_by_different_parameters_in_an_alignment_are_derivations_of_their_own(environment):
    """∂J/∂θ₁ &= … \\ ∂J/∂θ₂ &= … inside \\begin{aligned}: read as one chain, the second row was a step equal to the
    first, and the page of two true derivatives 'wrong at line 3'. The same rows without the environment were
    already two derivations; now the alignment reads as they do."""
    from logderiv import steps

    page = _COST + rf"$$\begin{{{environment}}}" + _row(1) + r" \\ " + _row(2) + rf"\end{{{environment}}}$$" + "\n"
    review = steps(page, file_kind="markdown")
    assert review.ending == "gradient"
    assert any("2 derivations, each of the cost by a parameter of its own" in note for note in review.notes)


def test_a_slip_in_the_second_row_of_an_alignment_is_still_wrong():
    from logderiv import steps

    slipped = _row(2, r"y^{(i)} - \theta^T x^{(i)}")
    page = _COST + r"$$\begin{aligned}" + _row(1) + r" \\ " + slipped + r"\end{aligned}$$" + "\n"
    assert steps(page, file_kind="markdown").ending == "wrong"


# --- (3) a display split into equations: the next row's '&=' is no further column (a rule) ------------------------

# the cold3 page (ols_methods_gd_dropped_sum.md) with its rows in $$ … $$, no environment: the cost's row, then the
# derivative's, whose right side drops the sum
_DROPPED = ("$$\n"
            r"J(\theta) &= \frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2\\" "\n"
            r"\frac{\partial}{\partial\theta_j}J(\theta) &= \frac{\partial}{\partial\theta_j}\frac{1}{2}"
            r"(h_\theta(x)-y)^2\\" "\n"
            r"&= (h_\theta(x)-y)x_j" "\n"
            "$$\n")


def test_a_dropped_sum_on_the_derivatives_first_row_is_wrong_at_that_row():
    """By hand ∂/∂θⱼ ½Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, not one example's (θᵀx − y)xⱼ (finite differences).
    The row's right side was read as a rule (a third column: the cost row's & counted on past its block's end),
    shown under a ✓ beside 'equals ∂J/∂θⱼ', and the slip blamed on the row after it."""
    from logderiv import steps

    X, y, t = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3)
    summed = central_differences(lambda v: 0.5 * float(np.sum((X @ v - y) ** 2)), t)
    assert np.allclose(summed, X.T @ (X @ t - y), atol=1e-6)
    assert not np.allclose(summed, (X[0] @ t - y[0]) * X[0], atol=1e-3)
    review = steps(_DROPPED, file_kind="markdown")
    assert review.ending == "wrong"
    assert review.first_error.written.line == 3 and "sum" not in review.first_error.written.text
    assert not any(step.claimed_rule for step in review.steps)


# --- (4) code's lower-case x times β beside an answer in X ------------------------------------------------------


@pytest.mark.parametrize("answer, cost", [
    # was 'equivalent': R's x %*% beta is the data matrix (fixwave38's t(x) reading), the answer's X another object
    ("-2 * t(X) %*% (y - X %*% beta)", "sum((y - x %*% beta)^2)"),
    ("-2 * X.T @ (y - X @ beta)", "np.sum((y - x @ beta)**2)"),
    # the other way round
    ("-2 * t(x) %*% (y - x %*% beta)", "sum((y - X %*% beta)^2)"),
])
def test_x_and_capital_x_with_beta_are_refused_as_with_theta(answer, cost):
    """R and Python tell x from X: with θ or w the pair was refused already (pasted's x beside X); with β the cost's
    x was read as the data matrix and the answer's X as the same one, 'equivalent' on a guess."""
    error = refused(check, answer, cost=cost, wrt="beta_j")
    assert "whether X is the same matrix as x is not in the text" in str(error)


def test_one_letter_throughout_with_beta_is_still_judged():
    # ∇Σ(y − xβ)² = −2xᵀ(y − xβ) with x the data matrix (the test_fixwave38 premise); half of it is not
    assert check("-2 * t(x) %*% (y - x %*% beta)", cost="sum((y - x %*% beta)^2)", wrt="beta_j").verdict \
        == "equivalent"
    assert check("-t(x) %*% (y - x %*% beta)", cost="sum((y - x %*% beta)^2)", wrt="beta_j").verdict == "different"


# --- (5) 'm = 1' that is no claim of one example -----------------------------------------------------------------

_SUMMED = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$" "\n\n"
_ONE = r"$$\frac{\partial J}{\partial \theta_j} = (\theta^T x - y) x_j$$" "\n"


@pytest.mark.parametrize("words", [
    r"For $m=1:M$ in the loop:",  # MATLAB's range
    r"For $m = 1 \text{ to } M$:",  # a range in words set in maths
    r"For $m = 1 \cdots M$:",
    r"Let $m = 1 + n$.",  # an expression, not the count one
    r"Here $w^m = 1$.",  # a power's exponent
])
def test_m_equal_to_one_inside_a_range_or_an_expression_is_no_claim(words):
    """By hand ∂/∂θⱼ (1/2m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (test_one_example_claim's premise by finite
    differences), so the page's one-example (θᵀx − y)xⱼ is wrong for it; each 'm = 1' here was read as the claim of
    one example and the page called 'gradient'."""
    from logderiv import steps

    review = steps(_SUMMED + words + "\n\n" + _ONE, file_kind="markdown")
    assert review.ending == "wrong" and not any("'m = 1'" in note or "'m=1'" in note for note in review.notes)


def test_the_claim_itself_is_still_read():
    from logderiv import steps

    review = steps(_SUMMED + "For one example ($m = 1$):\n\n" + _ONE, file_kind="markdown")
    assert review.ending == "gradient" and any("'m = 1'" in note for note in review.notes)

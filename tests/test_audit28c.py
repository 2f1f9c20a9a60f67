r"""Adversarial audit of fixf69b's readings of gradient code (issue 10, audit28c).

fixf69b read a loop's transposed row (``tx[ind,:].T @ w``), a penalty whose strength a --let sets to a number
(``lambda_param = 0.1``), a row divided by a row with one example per column, and an answer that is a number times
the whole weight vector (``2 * _lambda * w``). Probing each for a false verdict found one misread, behind the
second: a --let that is a number had its name put back for every equal number of the result, so with
``lambda_param = 0.5`` the 1/2 of ``1/(2m)`` became λ and the gradient of λ/(2m) Σ wₖ² printed as (2/m) λ² wⱼ —
equal at λ = ½ only, a wrong formula in λ. A number in the result need not be the let's, so such a let is never
named back. The other probes (kept below as guards) are read right or refused.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient`` (sympy.diff
and finite differences) with the strength left free, so a result right only at the let's value fails.
"""

from __future__ import annotations

import sympy
from _handcosts import dot, i, j, k, m, n, over_examples, refused, w, y
from _oracle import assert_gradient

from logderiv import check, derive

# ---------------------------------------------------------------- a number let is not named back (lambda_param = 0.5)

PENALISED = "cost = np.sum((X @ w - y) ** 2) / (2 * m) + reg_cost"
PENALTY = "reg_cost = (lambda_param / (2 * m)) * np.sum(np.square(w))"


def _named(derivation, value):
    """The let's symbol whose value is ``value``, and the other definitions (the let left free)."""
    definitions = derivation.problem.definitions
    name = next(symbol for symbol, defined in definitions.items() if defined == value)
    return name, {symbol: defined for symbol, defined in definitions.items() if symbol != name}


def test_numbered_strength_is_not_put_back_for_the_results_halves():
    """∂/∂wⱼ [Σᵢ(wᵀxᵢ − yᵢ)²/(2m) + λ/(2m) Σₖ wₖ²] = (1/m)Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + (λ/m)wⱼ for every λ: with λ = 0.5 the
    result was (2/m)λΣ… + (2/m)λ²wⱼ (the 1/2s named λ), right at λ = ½ only; λ drawn freely here tells them apart."""
    for value in ("0.5", "1/2", ".5"):
        derivation = derive(PENALISED, wrt="w_j", let=(PENALTY, f"lambda_param = {value}"))
        strength, others = _named(derivation, sympy.Rational(1, 2))
        cost = over_examples((dot(w) - y[i]) ** 2) / (2 * m) + strength / (2 * m) * sympy.Sum(w[k] ** 2, (k, 1, n))
        assert_gradient(cost, w[j], derivation.result, others)
        assert "λₚₐᵣₐₘ²" not in derivation.to_text()


def test_scalar_strength_set_to_a_half_is_not_put_back():
    """One feature: ∂/∂w [Σᵢ(yᵢ − w xᵢ)²/(2m) + λw²] = −(1/m)Σᵢ(yᵢ − w xᵢ)xᵢ + 2λw for every λ (was (2/m)λΣ… with λ = ½)."""
    derivation = derive("sum_i (y_i - w x_i)^2/(2m) + lam w^2", wrt="w", let=("lam = 1/2",))
    strength, others = _named(derivation, sympy.Rational(1, 2))
    scalar_w, one_x = derivation.problem.wrt, sympy.IndexedBase("x")
    cost = over_examples((y[i] - scalar_w * one_x[i]) ** 2) / (2 * m) + strength * scalar_w ** 2
    assert_gradient(cost, scalar_w, derivation.result, others)


def test_numbered_strength_checks_answers_by_its_value():
    """By hand: ∇ = (1/m)Xᵀ(Xw − y) + (λ/m)w with λ = 0.5; (λ/(2m))w leaves the penalty's ½ in."""
    lets = (PENALTY, "lambda_param = 0.5")
    answer = "(1/m) * X.T @ (X @ w - y) + ({}) * w"
    assert check(answer.format("lambda_param / m"), cost=PENALISED, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(answer.format("lambda_param / (2 * m)"), cost=PENALISED, wrt="w_j", let=lets).verdict == "different"


# ---------------------------------------------------------------- probes of fixf69b's readings that hold (guards)


def test_two_dimensional_slices_of_a_row_stay_refused():
    """X[i:i+1].T, X[[i]].T are 2-D (n×1): the transpose matters, so no dot product is read; X[:, i] is a column."""
    for row in ("X[i:i+1].T @ w", "X[[i]].T @ w", "X[:, i].T @ w"):
        text = f"loss = 0\nfor i in range(m):\n    loss += ({row} - y[i])**2"
        refused(derive, "the loop's body uses i otherwise than as the index of an example", text, wrt="w_j")


def test_transposed_row_times_the_weights_entrywise_stays_refused():
    """tx[i].T * w is the entrywise product (a vector), not the dot product: refused; Octave X(i,:)'*theta too."""
    refused(derive, "row i of the data is used otherwise than times the parameters",
            "loss = 0\nfor i in range(m):\n    loss += (X[i].T * w - y[i])**2", wrt="w_j")
    refused(derive, "row i of the data is used otherwise than times the parameters",
            "loss = 0\nfor i = 1:m\n    loss = loss + (X(i,:)'*theta - y(i))^2;\nend", wrt="theta_j")


def test_scaled_vector_answer_against_a_penalty_from_the_second_entry_is_different():
    """λ Σₖ₌₂ wₖ² (w[1:]): ∂/∂w₁ = 0, so 2λw (2λw₁ at entry 1) is different; it does hold at entry 2."""
    cost = "lam * np.sum(w[1:] ** 2)"
    assert check("2 * lam * w", cost=cost, wrt="w_j").verdict == "different"
    assert check("2 * lam * w", cost=cost, wrt="w_1").verdict == "different"
    assert check("2 * lam * w", cost=cost, wrt="w_2").verdict == "equivalent"


def test_scaled_vector_answer_by_the_intercept_stays_refused():
    """2λw answers ∂/∂b of λwᵀw + ‖Xw + b − y‖²: a vector for a number, refused."""
    refused(check, "'w' is a vector", "2*lam*w", cost="lam * (w @ w) + np.sum((X @ w + b - y)**2)", wrt="b")

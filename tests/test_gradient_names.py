"""Issue 14, names21: which names in code name a gradient is one list (notation.vocabulary), and every reader of
such a name agrees with it.

Three readers once kept spellings of their own and disagreed: an answer's left side (services.check) refused
neg_derivative and derivative_nll (audit53: −∇J and another cost's derivative), while a loop's unstarted accumulator
(notation.statements) and a cost's left side (notation.plain) still read them as gradients, and a function's
``return dw, db`` (notation.function_body) did not know derivative_b. Each reader is asked here about one table.
The answers are held to central finite differences of the cost written by hand in NumPy, not to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.notation import function_body, statements
from _numeric import central_differences
from _reading import refused

COST = "-1/m * sum_i (y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"
BY_B = "1/m sum_i (sigmoid(w^T x + b) - y)"
BY_W = "1/m sum_i (sigmoid(w^T x + b) - y) x_j"

#: name → the parameter it is taken by ("" for a gradient's name that says none: --wrt says it)
GRADIENTS = {"grad": "", "dw": "w", "dj_dw": "w", "dJ_db": "b", "gradient": "", "first_derivative": "",
             "derivative_b": "b", "cost_derivative": ""}
#: −∇J, another cost's derivative, the Hessian's (twice), a derivative by the data (audit53)
NOT_GRADIENTS = ["neg_derivative", "derivative_nll", "second_derivative", "hessian_w", "derivative_x"]


def test_the_hand_gradients_are_the_costs_by_finite_differences():
    # by hand: ∂J/∂b = (1/m) Σ (σ(wᵀx + b) − y), ∂J/∂w_j = (1/m) Σ (σ(wᵀx + b) − y) x_j
    rng = np.random.default_rng(21)
    X, y, w, b = rng.normal(size=(7, 3)), (rng.random(7) > 0.5).astype(float), rng.normal(size=3), 0.3

    def cost(params):
        p = 1 / (1 + np.exp(-(X @ params[:3] + params[3])))
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    p = 1 / (1 + np.exp(-(X @ w + b)))
    numeric = central_differences(cost, np.append(w, b))
    assert np.allclose(numeric[:3], X.T @ (p - y) / 7, atol=1e-6)
    assert np.isclose(numeric[3], np.mean(p - y), atol=1e-6)


@pytest.mark.parametrize("name, by", GRADIENTS.items())
def test_check_reads_a_gradients_name_on_the_left(name, by):
    wrt, right = ("w_j", BY_W) if by == "w" else ("b", BY_B)
    result = logderiv.check(f"{name} = {right}", cost=COST, wrt=wrt)
    assert result.verdict == "equivalent"
    assert any(f"the left side {name} = names the gradient" in note for note in result.notes), result.notes


@pytest.mark.parametrize("name", NOT_GRADIENTS)
def test_check_refuses_another_name_on_the_left(name):
    refused(logderiv.check, f"{name} = {BY_B}", cost=COST, wrt="b")


def _accumulated(name: str) -> str:
    return f"for i in range(m):\n    {name} += sigmoid(np.dot(w, x[i]) + b) - y[i]\n{name} = {name} / m"


@pytest.mark.parametrize("name", GRADIENTS)
def test_a_loop_may_sum_into_a_gradients_name_unstarted(name):
    folded = statements.fold(_accumulated(name), answer=True)
    assert folded is not None
    assert any(f"the lines do not start {name}" in note for note in folded.notes), folded.notes


@pytest.mark.parametrize("name", NOT_GRADIENTS)
def test_a_loop_may_not_sum_into_another_name_unstarted(name):
    error = refused(statements.fold, _accumulated(name), answer=True)
    assert f"the loop adds to {name}, which the lines do not start" in str(error)


def _function(first: str, second: str) -> str:
    return f"def gradients(x, y, w, b):\n    {first} = 1\n    {second} = 2\n    return {first}, {second}"


@pytest.mark.parametrize("name, by", [(name, by) for name, by in GRADIENTS.items() if by])
def test_a_functions_pair_return_names_its_gradients_by_their_parameters(name, by):
    other = "db" if by == "w" else "dw"
    text, notes = function_body.unwrap(_function(name, other), wrt=by)
    assert text.rstrip().endswith(f"return {name}"), text
    assert any(f"{name} is the answer" in note for note in notes), notes


# grad, gradient, first_derivative, cost_derivative name a gradient but by no parameter: beside db, which of the two
# --wrt w asks for is not said, so the pair is left as it is, as it is beside a name that is no gradient's
@pytest.mark.parametrize("name", [*(name for name, by in GRADIENTS.items() if not by), *NOT_GRADIENTS])
def test_a_functions_pair_return_is_left_beside_a_name_by_no_parameter(name):
    text, notes = function_body.unwrap(_function(name, "db"), wrt="w")
    assert text.rstrip().endswith(f"return {name}, db"), text
    assert not any("is the answer" in note for note in notes), notes


@pytest.mark.parametrize("name", GRADIENTS)
def test_a_cost_named_as_a_gradient_is_refused(name):
    assert "names a gradient" in str(refused(logderiv.derive, f"{name} = {BY_B}", wrt="b"))


@pytest.mark.parametrize("name", NOT_GRADIENTS)
def test_a_cost_named_otherwise_is_refused_as_no_costs_name(name):
    # not read as a gradient (which it need not be), nor as a cost's name (J, MSE, Cost): the generic refusal
    error = str(refused(logderiv.derive, f"{name} = {COST}", wrt="b"))
    assert "names a gradient" not in error
    assert "the left side of '=' names the cost" in error

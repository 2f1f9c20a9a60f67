"""fixobjective (issue 10): an answer's left side against ``check --objective log-likelihood``.

Under ``--objective log-likelihood`` the question asks ∇ℓ; an answer whose left side names the cost
(``\\nabla_w J =``, ``J' =``, ``dJ/dw_j =``, ``dJ_dw =``) states ∇J. It was judged against ∇ℓ under a note saying
"the left side names ∂J/∂wⱼ, the derivative checked": the true ``\\nabla_w J = 2X^T(Xw-y)`` was "different" and the
false ``\\nabla_w J = -2X^T(Xw-y)`` "equivalent". Judging it against ∇J instead would give a true statement of J
full marks for the ℓ asked. Either verdict answers only one of the two questions, so it is refused (exit 2) naming
both; L, E (the cost, a loss, or the likelihood?) likewise. A left side naming ℓ (ℓ, l, ell, LL) is what is asked
and is judged against ∇ℓ, with a note saying so; a head naming no function (``dw =``, ``grad =``) names the
gradient asked, and its note now says ∂ℓ, not ∂J.

The hand-worked truths are checked independently of logderiv by central finite differences (tests/_numeric.py):

* J(w) = ‖Xw − y‖² (a sum, no 1/m) has ∇J = 2Xᵀ(Xw − y), and ℓ = −J has ∇ℓ = −2Xᵀ(Xw − y);
* the logistic preset J = −(1/m) Σᵢ [y log h + (1 − y) log(1 − h)] has ℓ = −m·J, ∇ℓ = Σᵢ (yᵢ − hᵢ) xᵢ.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv.cli import main

SQUARES = r"\|Xw-y\|^2"
RNG = np.random.default_rng(7)
X, Y, W = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


# -- the hand-worked truths, checked independently ----------------------------------------------------------------

def test_the_squares_gradients_by_finite_differences():
    """∇‖Xw − y‖² = 2Xᵀ(Xw − y); ℓ = −J, so ∇ℓ = −2Xᵀ(Xw − y)."""
    cost = lambda w: float(np.sum((X @ w - Y) ** 2))  # noqa: E731
    assert np.allclose(central_differences(cost, W), 2 * X.T @ (X @ W - Y), atol=1e-5)
    assert np.allclose(central_differences(lambda w: -cost(w), W), -2 * X.T @ (X @ W - Y), atol=1e-5)


def test_the_logistic_log_likelihood_gradient_by_finite_differences():
    """ℓ = −m·J = Σᵢ [y log h + (1 − y) log(1 − h)] has ∇ℓ = Σᵢ (yᵢ − hᵢ) xᵢ; J's is (1/m) Σᵢ (hᵢ − yᵢ) xᵢ."""
    labels = (RNG.random(5) > 0.5).astype(float)

    def cost(w: np.ndarray) -> float:
        h = _sigmoid(X @ w)
        return float(-np.mean(labels * np.log(h) + (1 - labels) * np.log(1 - h)))

    h = _sigmoid(X @ W)
    assert np.allclose(central_differences(cost, W), X.T @ (h - labels) / 5, atol=1e-6)
    assert np.allclose(central_differences(lambda w: -5 * cost(w), W), X.T @ (labels - h), atol=1e-5)


# -- the refusals: a left side naming the cost, under --objective log-likelihood ---------------------------------

def _run(answer: str, cost: str, *options: str) -> tuple[int, str]:
    """The exit code and what is printed (stdout alone in JSON, whose error object is there; else both streams)."""
    result = CliRunner().invoke(main, ["check", answer, "--cost", cost, *options])
    return result.exit_code, result.stdout if "json" in options else result.output


#: (answer, cost, the name refused): true and false statements of ∇J alike, in LaTeX and plain
NAMING_THE_COST = [
    (r"\nabla_w J = 2X^T(Xw-y)", SQUARES, "J"),    # true of J: was "different"
    (r"\nabla_w J = -2X^T(Xw-y)", SQUARES, "J"),   # false of J (it is ∇ℓ): was "equivalent"
    ("J' = 2X^T(Xw-y)", SQUARES, "J"),
    ("dJ/dw_j = 2 sum_i (w^T x^(i) - y^(i)) x_j^(i)", SQUARES, "J"),
    ("dJ_dw = 2X^T(Xw-y)", SQUARES, "J"),
    ("dJ/dtheta_j = (1/m) sum_i (h(x^(i)) - y^(i)) x_j^(i)", "logistic", "J"),
    ("dJ/dtheta_j = sum_i (y^(i) - h(x^(i))) x_j^(i)", "logistic", "J"),
    ("grad_nll = (1/m) sum_i (h(x^(i)) - y^(i)) x_j^(i)", "logistic", "J"),  # the NLL is the cost
]


@pytest.mark.parametrize("answer, cost, name", NAMING_THE_COST)
def test_a_left_side_naming_the_cost_is_refused_under_the_log_likelihood(answer, cost, name):
    code, output = _run(answer, cost, "--objective", "log-likelihood")
    assert code == 2, output
    assert f"the left side names ∂{name}/∂" in output
    assert "the cost J's gradient, but --objective log-likelihood asks for ∂ℓ/∂" in output
    assert "or mean ∂ℓ/∂" in output and "under the cost's name" in output
    assert "hint: to check the cost's gradient leave out --objective" in output


@pytest.mark.parametrize("answer, cost, name", NAMING_THE_COST[:2])
def test_the_refusal_in_json(answer, cost, name):
    code, output = _run(answer, cost, "--objective", "log-likelihood", "-f", "json")
    assert code == 2
    error = json.loads(output)
    assert error["kind"] == "input" and error["source"] == "ANSWER"
    assert "--objective log-likelihood asks for ∂ℓ/∂wⱼ" in error["message"]
    assert "ℓ = −J (the cost is a sum" in error["message"]
    assert error["hint"].startswith("to check the cost's gradient leave out --objective")


@pytest.mark.parametrize("answer", ["dL/dtheta_j = sum_i (y^(i) - h(x^(i))) x_j^(i)",
                                    "dE/dtheta_j = (1/m) sum_i (h(x^(i)) - y^(i)) x_j^(i)"])
def test_another_letter_may_be_the_cost_or_the_likelihood(answer):
    """L and E name the cost (a loss) in ML notes and the likelihood in statistics: neither reading is taken."""
    code, output = _run(answer, "logistic", "--objective", "log-likelihood")
    assert code == 2, output
    assert "may name the cost (a loss, ∂J/∂θⱼ) or the log-likelihood" in output


def test_the_default_objective_still_judges_the_cost_named():
    """Under --objective cost the question is ∇J: ∇J = 2Xᵀ(Xw − y) (finite differences above) is equivalent."""
    code, output = _run(r"\nabla_w J = 2X^T(Xw-y)", SQUARES)
    assert code == 0, output
    assert "the left side names ∂J/∂wⱼ, the derivative checked" in output


def test_a_cost_that_is_the_log_likelihood_is_named_freely():
    """A cost never above 0 is ℓ itself: its own name J and ℓ are one function, so nothing is refused.

    d/dwⱼ Σᵢ [yᵢ log σ(wᵀxᵢ) + (1 − yᵢ) log(1 − σ(wᵀxᵢ))] = Σᵢ (yᵢ − σ(wᵀxᵢ)) xᵢⱼ (the finite differences above).
    """
    code, output = _run("dJ/dw_j = sum_i (y_i - sigmoid(w^T x_i)) x_ij",
                        "J = sum_i [y_i log(sigmoid(w^T x_i)) + (1-y_i) log(1-sigmoid(w^T x_i))]",
                        "--objective", "log-likelihood")
    assert code == 0, output
    assert "equivalent" in output


# -- the readings: a left side naming ℓ, or no function, is judged against ∇ℓ and says so ---------------------------

LL_NOTE = "the gradient of the log-likelihood that --objective log-likelihood asks for: the derivative checked"


@pytest.mark.parametrize("answer, verdict, code", [
    (r"\nabla_w \ell(w) = -2X^T(Xw-y)", "equivalent", 0),   # ∇ℓ, by finite differences above
    (r"\nabla_w \ell(w) = 2X^T(Xw-y)", "different", 1),     # ∇J, not ∇ℓ
])
def test_a_left_side_naming_the_log_likelihood(answer, verdict, code):
    result, output = _run(answer, SQUARES, "--objective", "log-likelihood")
    assert result == code, output
    assert verdict in output
    assert f"note: the left side names ∂ℓ/∂wⱼ, {LL_NOTE}" in output


def test_a_left_side_naming_the_log_likelihood_in_json():
    code, output = _run("dl/dtheta_j = sum_i (y^(i) - h(x^(i))) x_j^(i)", "logistic",
                        "--objective", "log-likelihood", "-f", "json")
    assert code == 0
    verdict = json.loads(output)
    assert verdict["verdict"] == "equivalent"  # Σᵢ (yᵢ − hᵢ) xᵢⱼ = ∇ℓ (finite differences above)
    assert f"the left side names ∂l/∂θⱼ, {LL_NOTE}" in verdict["notes"]


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_head_naming_no_function_names_the_gradient_asked(output_format):
    """dw = … names "the gradient": under --objective log-likelihood, ∂ℓ/∂wⱼ, which is what is checked (was ∂J)."""
    code, output = _run("dw = -2X^T(Xw-y)", SQUARES, "--objective", "log-likelihood", "-f", output_format)
    assert code == 0, output
    note = "the left side dw = names the gradient ∂ℓ/∂wⱼ, the derivative checked"
    matrix = "its entry j is compared with ∂ℓ/∂wⱼ at every j"  # the matrix reading's note too (was ∂J)
    if output_format == "json":
        assert note in json.loads(output)["notes"]
        assert any(matrix in said for said in json.loads(output)["notes"])
    else:
        assert f"note: {note}" in output and matrix in output
    assert "∂J/∂wⱼ" not in output

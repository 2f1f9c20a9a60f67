"""Issue 10, audit53: near-variants of this stop's readings (fixcols, fixnp, fixf50, fixcold19 and foc) that mean
something else, each worked out by hand and held to that meaning: read right or refused.

Gradients are held to central finite differences of costs written by hand in NumPy (tests/_numeric.py, or the corpus
judge through tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import logderiv
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from _reading import assert_verdict_read, refused

# ------------------------------------------------------------------ a name with 'derivative' and another word in it

# fixf50 read R's first_derivative <- t(X) %*% (y - p) as the gradient, by any name holding the word derivative
LOGLIK = "sum(y * log(p) + (1 - y) * log(1 - p))"
P_LET = ("p = 1 / (1 + exp(-X %*% beta))",)


def test_the_negated_gradient_is_x_transposed_times_p_minus_y_by_hand():
    # by hand: ∇ Σ[y log p + (1 − y) log(1 − p)], p = σ(Xβ), is Xᵀ(y − p); so Xᵀ(p − y) is −∇, the NLL's gradient
    rng = np.random.default_rng(53)
    X, y, beta = rng.normal(size=(6, 3)), (rng.random(6) > 0.5).astype(float), rng.normal(size=3)

    def loglik(b):
        p = 1 / (1 + np.exp(-(X @ b)))
        return float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    p = 1 / (1 + np.exp(-(X @ beta)))
    assert np.allclose(-central_differences(loglik, beta), X.T @ (p - y), atol=1e-6)


@pytest.mark.parametrize("name", [
    "neg_derivative",  # −∇ℓ by its name, which Xᵀ(p − y) is: it was judged 'different' from ∇ℓ, a wrong answer
    "negative_derivative",
    "derivative_neg",
    "minus_first_derivative",
    "derivative_nll",  # the derivative of another cost (the NLL, −ℓ), which Xᵀ(p − y) is
    "derivative_of_nll",
    "derivative_loss",
])
def test_a_derivative_name_with_another_word_is_refused(name):
    refused(logderiv.check, f"{name} <- t(X) %*% (p - y)", cost=LOGLIK, wrt="beta_j", let=P_LET)


@pytest.mark.parametrize("name", ["derivative_x", "derivative_p"])  # by the data or by p: not ∇ by β
def test_a_derivative_by_something_not_a_parameter_is_refused(name):
    refused(logderiv.check, f"{name} <- t(X) %*% (y - p)", cost=LOGLIK, wrt="beta_j", let=P_LET)


@pytest.mark.parametrize("name", ["derivative", "first_derivative", "derivative_beta", "partial_derivative",
                                  "cost_derivative"])
def test_the_derivative_alone_or_by_the_parameter_still_names_the_gradient(name):
    # Xᵀ(y − p) is ∇ℓ (by hand above)
    assert_verdict_read(f"{name} <- t(X) %*% (y - p)", LOGLIK, "equivalent", wrt="beta_j", lets=P_LET)


# ------------------------------------------------------------------ a join's literal count written again elsewhere

# fixnp read np.c_[np.ones((100, 1)), X] as the design matrix (the join runs only when X has 100 rows, so m = 100);
# another text's 100 stayed a number apart from the letter m
JOIN = ("X_b = np.c_[np.ones((100, 1)), X]",)
MSE_M = "(1 / (2 * m)) * np.sum((X_b.dot(theta) - y) ** 2)"


def test_one_over_the_count_is_the_mean_gradient_by_hand():
    # by hand, with the program's data (100 rows): ∇ (1/(2·100))‖X_bθ − y‖² = (1/100)X_bᵀ(X_bθ − y)
    rng = np.random.default_rng(530)
    X_b, y, theta = np.c_[np.ones((100, 1)), rng.normal(size=(100, 2))], rng.normal(size=100), rng.normal(size=3)
    numeric = central_differences(lambda t: float(np.sum((X_b @ t - y) ** 2)) / (2 * 100), theta)
    assert np.allclose(numeric, (1 / 100) * X_b.T @ (X_b @ theta - y), atol=1e-6)


@pytest.mark.parametrize("answer, cost", [
    ("(1/100) * X_b.T.dot(X_b.dot(theta) - y)", MSE_M),  # right for the data (m = 100): was judged 'different'
    ("(1/m) * X_b.T.dot(X_b.dot(theta) - y)", "(1 / (2 * 100)) * np.sum((X_b.dot(theta) - y) ** 2)"),  # the same
])
def test_the_joins_count_written_again_is_refused(answer, cost):
    error = refused(logderiv.check, answer, cost=cost, wrt="theta_j", let=JOIN)
    assert "joins a column of 100 ones" in error.message
    assert error.source[error.column:].startswith("100")


def test_the_join_beside_m_alone_still_reads():
    # (1/m)X_bᵀ(X_bθ − y), the gradient of (1/(2m))‖X_bθ − y‖² (by hand above, m = 100)
    assert_verdict_read("(1/m) * X_b.T.dot(X_b.dot(theta) - y)", MSE_M, "equivalent", wrt="theta_j", lets=JOIN)


# ------------------------------------------------------------------ ∇J = a column that is not J's partials in turn

# fixcold19 set a column of partials in an align of its own aside as ∇J's definition (no step); the rows were held
# to any cost letter and any index, so a column of another cost's partials, or one entry written twice, was set aside
# as ∇J's meaning too. cold19's page, lines 23–26 the column's rows: ∂J/∂θ₁, ∂J/∂θ₂, ⋮, ∂J/∂θₙ
_UFLDL = Path(__file__).parent / "derivations_cold19" / "en_notes_lsq_half_sum_componentwise_vector.md"


def _ufldl(**lines: str) -> str:
    text = _UFLDL.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    for key, line in lines.items():
        text[int(key.split("_")[1]) - 1] = line
    return "\n".join(text)


def _by(letter: str, index: str) -> str:
    return rf"\frac{{\partial {letter}(\theta)}}{{\partial \theta_{index}}}  \\"


def test_the_column_of_js_partials_is_still_the_definition(tmp_path):
    # the page as written: ∂J/∂θⱼ = Σᵢ xⱼ⁽ⁱ⁾(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) for J = ½Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², by hand (tests/test_fixcold19.py's
    # facts): every step holds, the column set aside
    code, ending, wrong, review = review_of_page(tmp_path, _ufldl())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("defines the gradient as the column" in note for note in review["notes"])


@pytest.mark.parametrize("rows", [
    {"line_23": _by("L", "1"), "line_24": _by("L", "2"), "line_26": _by("L", "n").rstrip("\\ ")},  # L's partials
    {"line_24": _by("J", "1")},  # ∂J/∂θ₁ twice: the second entry is not ∂J/∂θ₂
])
def test_a_column_of_other_entries_is_not_set_aside_as_the_gradient(tmp_path, rows):
    result = steps_of_page(tmp_path, _ufldl(**rows), "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "defines the gradient as the column" not in result.output + result.stderr

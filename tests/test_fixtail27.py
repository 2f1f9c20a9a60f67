"""The largest families among the older corpus misses (branch fixtail27, issue 10): what they write, read or refused.

* Julia's parameter vector named ``T`` (``h(X, T) = g(X * T)``) was read as θ only where every T was ``X * T`` or a
  call's last argument; the same code's penalty, ``lambda * (1/2m * sum(T[2:end].^2))``, left T unread. A T that
  is indexed or sliced (``T[2:end]``, ``T(2:end)``) or raised entrywise (``T.^2``) is a vector's use too (a
  transpose is never indexed), so beside ``X * T`` it is θ as well, the slice θ without its intercept.
* Least-squares notes state the cost as an identity of a residual a --let names, ``\\|r\\|^2 = x^TA^TAx - 2b^TAx +
  b^Tb`` beside ``r = Ax - b``, and its gradient by the same expression, ``\\nabla_x \\|r\\|^2 = 2A^TAx - 2A^Tb``.
  Three things kept that from being read: the norm of a --let's name (read now as that name's rᵀr already was),
  the expansion side read alone in plain notation (a side of a LaTeX chain is read as LaTeX), and ∇ of the cost
  as written on an answer's left (read as ∇J, noted, as (cost)' is read as J').
* A --let of no data (``c = 2``, ``v = θ_j``) transposed or inside a norm was read as a vector of one value per
  example, silently (cᵀc gave a gradient of a cost that never was): it is refused, naming the let.

Gradients are held to central finite differences of NumPy costs written here by hand (the corpus judge,
tests/corpus/judge.py), verdicts to hand-worked ones, and every note is shown in every output format.
"""

from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check, derive

# ------------------------------------------------------------------ Julia's T in the penalty
JULIA_LETS = ("m = size(X, 1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")
JULIA_CE = "1 / m * (-Y' * log.(h(X, T)) - (1 - Y)' * log.(1 - h(X, T)))"


def _ce(d) -> float:
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


@pytest.mark.parametrize("penalty, intended", [
    # Julia numbers from 1: T[2:end] leaves out T[1], the intercept (1/2m is 1/(2m), as Julia's 2m binds first)
    ("(lambda *  (1/2m * sum(T[2:end].^2)))", lambda d: _ce(d) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2)),
    ("lambda / (2 * m) * sum(T.^2)", lambda d: _ce(d) + d.lam / (2 * d.m) * np.sum(d.theta ** 2)),
    ("lambda / (2 * m) * sum(T[2:length(T)] .^ 2)", lambda d: _ce(d) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2)),
])
def test_julia_parameters_named_t_in_the_penalty(penalty, intended):
    assert_gradient_read(f"{JULIA_CE} + {penalty}", intended, lets=JULIA_LETS)


def test_julia_t_in_the_penalty_is_noted():
    notes = notes_of(derive(f"{JULIA_CE} + lambda / (2 * m) * sum(T[2:end].^2)", let=JULIA_LETS))
    assert any(note.startswith("T is code's name for the parameter vector") for note in notes)
    assert any("T[2:end] is entries 2 to the last of T" in note for note in notes)


def test_t_used_otherwise_stays_refused():
    # T beside X * T but also as a bare operand of a sum (sum(X^T)): the transpose, perhaps; T is not read as θ
    refused(derive, f"{JULIA_CE} + lambda / (2 * m) * sum(T.^2) + sum(X^T)", let=JULIA_LETS)


# ------------------------------------------------------------------ a --let's residual in a norm
def _squares(d) -> float:
    return float(np.sum((d.X @ d.w - d.y) ** 2))


@pytest.mark.parametrize("cost, lets", [
    ("\\|r\\|^2", ("r=Ax-b",)),
    ("\\frac{1}{2}\\|r\\|_2^2", ("r = X w - y",)),
    ("||r||^2", ("r = X*w - y",)),
])
def test_the_norm_of_a_residual_a_let_names(cost, lets):
    half = 0.5 if "frac" in cost else 1.0
    wrt = ("x_j",) if "A" in lets[0] else ("w_j",)
    assert_gradient_read(cost, lambda d: half * _squares(d), wrt=wrt, lets=lets)


def test_the_norm_of_a_residual_is_noted_as_matrix_form():
    # r, a --let's value per example, is shown with the example's mark (hunt28c: shown bare, "Σᵢ r²" read as m r²)
    assert "read in matrix form: ‖r‖² = Σᵢ r⁽ⁱ⁾²" in notes_of(derive("||r||^2", wrt="w_j", let=("r = X*w - y",)))


def test_the_norm_of_a_per_example_residual_is_its_sum_of_squares():
    # as r^T r of the same let is read: the vector of the residuals, one per example
    assert_gradient_read("\\|r\\|^2", _squares, wrt=("w_j",), lets=("r = y_i - w^T x_i",))


@pytest.mark.parametrize("cost, let", [
    ("\\sum_i (y_i - \\theta^T x_i)^2 + \\|c\\|^2", "c = 2"),
    ("\\sum_i (y_i - \\theta^T x_i)^2 + c^T c", "c = 2"),
    ("\\sum_i (y_i - \\theta^T x_i)^2 + \\lambda\\|v\\|^2", "v = \\theta_j"),
])
def test_a_let_of_no_data_is_no_vector_of_the_examples(cost, let):
    # before: c^T c with c = 2 gave -Σ(c yᵢ − 2θᵀxᵢ)xᵢⱼ, the gradient of no cost written here
    error = refused(derive, cost, wrt="theta_j", let=(let,))
    name = let[0]
    assert f"--let {name} holds no data" in error.message
    assert cost[error.column:].startswith(("\\|" + name, name))


def test_a_let_of_the_parameter_vector_keeps_its_reading():
    # ‖v‖² with v = 2θ is 4θᵀθ (the let is the vector itself, vector_lets): not refused as a let of no data
    assert_gradient_read("\\sum_i (y_i - \\theta^T x_i)^2 + \\lambda\\|v\\|^2",
                         lambda d: float(np.sum((d.y - d.X @ d.theta) ** 2) + 4 * d.lam * d.theta @ d.theta),
                         lets=("v = 2\\theta",))


# ------------------------------------------------------------------ the cost as an identity, its gradient by it
IDENTITY = "\\|r\\|^2=x^TA^TAx-2b^TAx+b^Tb"
RESIDUAL = ("r=Ax-b",)


def test_an_identity_whose_sides_are_latex_is_read():
    assert_gradient_read(IDENTITY, _squares, wrt=("x_j",), lets=RESIDUAL)
    assert any("the cost is a chain \\|r\\|^2 = …" in note
               for note in notes_of(derive(IDENTITY, wrt="x_j", let=RESIDUAL)))


def test_an_identity_whose_sides_differ_is_refused():
    # the linear term halved: the two sides are two costs, and which one is meant is not said
    error = refused(derive, "\\|r\\|^2=x^TA^TAx-b^TAx+b^Tb", wrt="x_j", let=RESIDUAL)
    assert "sides" in error.message


@pytest.mark.parametrize("answer, verdict", [
    ("\\nabla_x \\|r\\|^2=2A^TAx-2A^Tb", "equivalent"),   # 2Aᵀ(Ax − b)
    ("\\nabla_x \\|r\\|^2=2A^TAx-A^Tb", "different"),     # the linear term's 2 lost
    ("\\nabla_x \\|r\\|^2=2A^T(Ax-b)", "equivalent"),
    ("\\nabla_x x^TA^TAx-2b^TAx+b^Tb=2A^TAx-2A^Tb", "equivalent"),  # ∇ of the other side, as written
])
def test_the_gradient_named_by_the_cost_as_written(answer, verdict):
    assert_verdict_read(answer, IDENTITY, verdict, wrt="x_j", lets=RESIDUAL)


def test_the_hand_verdicts_hold_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(27)
    A, b, x = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    gradient = central_differences(lambda v: float(np.sum((A @ v - b) ** 2)), x)
    assert np.allclose(2 * A.T @ A @ x - 2 * A.T @ b, gradient, atol=1e-5)
    assert not np.allclose(2 * A.T @ A @ x - A.T @ b, gradient, atol=1e-3)


def test_a_gradient_of_another_expression_stays_refused():
    # ∇ of something that is no side of the cost: the gradient of what is not said
    refused(check, "\\nabla_x \\|Ax\\|^2=2A^TAx", cost=IDENTITY, wrt="x_j", let=RESIDUAL)


def test_the_gradient_of_the_cost_s_name_keeps_the_left_side_rule():
    # ∇ of the name on the cost's left (\nabla_w L(w)) is the readers' own left side, never respelled
    cost = "L(w) = \\frac{1}{2}\\|Xw - y\\|^2"
    result = check("\\nabla_w L(w) = X^T(Xw - y)", cost=cost, wrt="w_j")
    assert result.verdict == "equivalent"
    assert not any("as the cost writes it" in note for note in notes_of(result))


def test_the_gradient_of_the_cost_as_written_is_noted():
    result = check("\\nabla_x \\|r\\|^2=2A^TAx-2A^Tb", cost=IDENTITY, wrt="x_j", let=RESIDUAL)
    assert any("takes the gradient of the cost as the cost writes it" in note for note in notes_of(result))


# ------------------------------------------------------------------ hyp, code's name of the hypothesis
def _mean_ce(d) -> float:
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


@pytest.mark.parametrize("cost, intended", [
    ("-1/m * np.sum(y*np.log(hyp) + (1-y)*np.log(1-hyp))", _mean_ce),
    ("np.sum((hypothesis - y)**2) / (2*m)", lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))),
])
def test_hyp_undefined_is_the_prediction_of_the_cost_s_model(cost, intended):
    assert_gradient_read(cost, intended)
    name = "hypothesis" if "hypothesis" in cost else "hyp"
    assert f"{name} (no --let defines it) is code's name of the prediction: read as ŷ" in notes_of(derive(cost))


def test_hyp_defined_by_a_let_keeps_its_value():
    # the let says what hyp is: its value, not the model the cost would name
    assert_gradient_read("np.sum((hyp - y)**2) / (2*m)",
                         lambda d: float(np.sum((np.exp(d.X @ d.theta) - d.y) ** 2) / (2 * d.m)),
                         lets=("hyp = np.exp(X @ theta)",))


# ------------------------------------------------------------------ every note in every format
DERIVE_NOTES = [
    (["derive", f"{JULIA_CE} + lambda / (2 * m) * sum(T[2:end].^2)", *(a for let in JULIA_LETS for a in ("--let", let))],
     "T is code's name for the parameter vector"),
]
CHECK_NOTES = [
    (["check", "\\nabla_x \\|r\\|^2=2A^TAx-2A^Tb", "--cost", IDENTITY, "--wrt", "x_j", "--let", RESIDUAL[0]],
     "takes the gradient of the cost as the cost writes it"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), DERIVE_NOTES, ids=[f for _, f in DERIVE_NOTES])
def test_derive_says_each_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(args, fragment, fmt)


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHECK_NOTES, ids=[f for _, f in CHECK_NOTES])
def test_check_says_each_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    says(args, fragment, fmt)

r"""Misses the last stop left (session 28, issue 10): "where h = …" clauses after a cost or an answer, and more.

* A "where"/"with" clause after a cost was read only when its left side was one name (``z_i = …``); notes write
  the model's prediction as a function of one example too: ``\quad \text{where } h_\theta(x) = \theta^T x``
  (refused as words between two pieces of maths), ``, where h(x) = 1/(1+exp(-theta^T x))``.
* After an answer the clause was not read at all (``1/m sum((h - y) x_j), where h = theta^T x`` was refused as a
  left side naming the cost). It is a --let now, taken only where it cannot change the cost: a preset, a cost that
  does not write the name, or one whose --let gives the same definition; a cost formula that writes the name is
  refused, since the answer's definition would become the cost's too.
* ``\frac{\partial J}{\partial \theta_j} \approx …`` (and ``≈``) was "unknown command": in an answer the right side is
  judged as the derivative (equal: equivalent, noted; not equal: undecided, since ≈ claims less than '='); in a
  cost, a --let or a step it is refused with a message saying why, not "unknown".
* ``np.mean((h - y) * X)`` with no axis was refused ("a matrix answer is written with whole vectors"): NumPy averages
  all m·n entries of the m×n product into one number, not each column, so the answer is different (noted).
* A looped gradient that writes the prediction inline with the row, ``(sigmoid(X(i,:)*theta) - y(i)) * X(i,:)'``, was
  refused (only ``h(i)`` of a --let was read): X(i,:)*theta is the number θᵀx⁽ⁱ⁾, so the row stands once as a factor.

Gradients are judged by the corpus judge (finite differences of the intended cost written in NumPy), verdicts
against those worked out by hand in the comments.
"""
from __future__ import annotations

import numpy as np
import pytest

from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check, derive


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _half_mean_squares(d):
    return ((d.X @ d.theta - d.y) ** 2).sum() / (2 * d.m)


def _cross_entropy(d):
    h = _sigmoid(d.X @ d.theta)
    return -(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)).sum() / d.m


def _half_mean_squares_wb(d):
    return ((d.X @ d.w + d.b - d.y) ** 2).sum() / (2 * d.m)


# --- a clause after the cost whose left side is the prediction as a function of one example ------------------------

@pytest.mark.parametrize("text, intended, wrt", [
    (r"\frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 \quad \text{where } h_\theta(x) = \theta^T x",
     _half_mean_squares, ("theta_j",)),
    ("-1/m sum(y log(h(x)) + (1-y) log(1-h(x))), where h(x) = 1/(1+exp(-theta^T x))", _cross_entropy, ("theta_j",)),
    ("J(w,b) = 1/(2m) sum((f_{w,b}(x^{(i)}) - y^{(i)})^2), where f_{w,b}(x) = w^T x + b", _half_mean_squares_wb,
     ("w_j", "b")),
])
def test_a_prediction_defined_after_the_cost_is_read(text, intended, wrt):
    assert_gradient_read(text, intended, wrt=wrt)
    derivation = derive(text, wrt=wrt[0])
    assert any("after the cost defines" in note for note in notes_of(derivation))


# --- a clause after an answer ---------------------------------------------------------------------------------------

LINEAR_ANSWER = "1/m sum((h - y) x_j), where h = theta^T x"
LATEX_ANSWER = (r"\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) "
                r"x_j^{(i)} \quad \text{where } h_\theta(x) = \theta^T x")
SIGMOID_ANSWER = (r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}, "
                  r"\text{where } h_\theta(x) = \frac{1}{1+e^{-\theta^T x}}")


@pytest.mark.parametrize("answer, cost, verdict", [
    # ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ, by hand (the judge checks it by finite differences)
    (LINEAR_ANSWER, "linear", "equivalent"),
    (LATEX_ANSWER, "linear", "equivalent"),
    ("1/m sum((h - y)), where h = theta^T x", "linear", "different"),  # xⱼ dropped
    # ∂/∂θⱼ of the mean cross-entropy of σ(θᵀx) is (1/m)Σ(σ − y)xⱼ, by hand
    (SIGMOID_ANSWER, "logistic", "equivalent"),
    (SIGMOID_ANSWER.replace(" x_j^{(i)}, ", ", "), "logistic", "different"),
    ("1/m sum((g(z) - y) x_j) where z = theta^T x", "logistic", "equivalent"),  # Ng's g, the sigmoid
    # a cost formula that does not write h: the clause is the answer's own (checked against the cost's model)
    (LINEAR_ANSWER, "1/(2m) sum((theta^T x - y)^2)", "equivalent"),
])
def test_a_clause_after_the_answer_is_a_let(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict)
    result = check(answer, cost=cost)
    assert any("after the answer defines" in note and "read as a --let" in note for note in notes_of(result))


def test_the_clause_against_the_presets_model_is_refused_at_the_clause():
    # logistic's h is σ(θᵀx): the answer's h = θᵀx is another model (refused by the --let check, shown in the answer)
    error = refused(check, LATEX_ANSWER, cost="logistic")
    assert "differs from the problem's own h" in error.message
    assert error.label == "ANSWER" and error.source == LATEX_ANSWER
    assert LATEX_ANSWER[error.column:].startswith(r"h_\theta(x) =")


@pytest.mark.parametrize("cost", [
    "1/(2m) sum((h - y)^2)",                                     # h left to the squared error's convention
    r"\frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2",
])
def test_a_clause_redefining_the_costs_name_is_refused(cost):
    error = refused(check, LINEAR_ANSWER, cost=cost)
    assert "the answer's clause defines h, which the cost writes too" in error.message
    assert "--let 'h = theta^T x'" in error.hint
    assert LINEAR_ANSWER[error.column:].startswith("h = theta")


def test_the_same_definition_given_by_the_cost_is_read():
    # the cost's own --let says what the answer's clause says: nothing changes, so the clause is read (deduplicated)
    result = check(LINEAR_ANSWER, cost="1/(2m) sum((h - y)^2)", let=["h = theta^T x"])
    assert result.verdict == "equivalent"
    assert_verdict_read(LINEAR_ANSWER, "1/(2m) sum((h - y)^2)", "equivalent", lets=("h = theta^T x",))


@pytest.mark.parametrize("answer", [
    "1/m sum((h - y) x_j), where j = 1",     # an index
    "1/m sum((h - y) x_j), where y = 1",     # a fixed name
    "1/m sum((h - y) x_j), where m = 5",     # the count
])
def test_clauses_that_define_no_model_stay_refused(answer):
    refused(check, answer, cost="linear")


# --- ≈ between an answer's left side and its right side ------------------------------------------------------------

APPROX_LATEX = (r"\frac{\partial J}{\partial \theta_j} \approx \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) "
                r"x_j^{(i)}")


@pytest.mark.parametrize("answer", [APPROX_LATEX, "dJ/dtheta_j ≈ 1/m sum((h - y) x_j)"])
def test_an_approximately_equal_gradient_that_is_the_gradient_is_equivalent(answer):
    # (1/m)Σ(σ(θᵀx) − y)xⱼ is the logistic gradient (by hand; the judge confirms the '=' form by finite differences)
    assert_verdict_read(answer.replace(r"\approx", "=").replace("≈", "="), "logistic", "equivalent")
    result = check(answer, cost="logistic", timeout=120)
    assert result.verdict == "equivalent"
    assert any("'≈' after the left side is read as '='" in note for note in result.notes)
    assert result.source == answer


@pytest.mark.parametrize("answer", [
    "dJ/dtheta_j ≈ (h - y) x_j",                  # one example's step (SGD's): an approximation by intent
    APPROX_LATEX.replace(" x_j^{(i)}", ""),        # xⱼ dropped: not the gradient, but ≈ claims no equality
])
def test_an_approximately_equal_gradient_that_differs_is_undecided(answer):
    # neither is (1/m)Σ(σ − y)xⱼ: with '=' the judge calls them different (by hand: the sum, the factor xⱼ)
    assert_verdict_read(answer.replace(r"\approx", "=").replace("≈", "="), "logistic", "different")
    result = check(answer, cost="logistic", timeout=120)
    assert result.verdict == "undecided"
    assert "approximately (≈)" in result.reason


@pytest.mark.parametrize("call, text", [
    ("derive", r"J \approx \frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2"),   # a cost
    ("derive", "J ≈ 1/(2m) sum((theta^T x - y)^2)"),
    ("check", r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_i (h^{(i)} - y^{(i)}) x_j^{(i)} \approx 0"),
    ("check", "h ≈ 0.5"),                                                 # no derivative on the left
])
def test_approximately_equal_elsewhere_is_refused_saying_why(call, text):
    error = refused(check, text, cost="logistic", timeout=120) if call == "check" else refused(derive, text)
    if "≈" in text and call == "derive":
        assert "'≈' (approximately equal) is no '='" in error.hint
    elif call == "derive" or r"\approx" in text:
        assert r"'\approx' (approximately equal) is no '='" in error.message
    assert error.source == text


def test_an_approximate_step_of_a_derivation_is_refused_saying_why(tmp_path):
    from click.testing import CliRunner
    from logderiv.cli import main

    page = tmp_path / "page.md"
    page.write_text("$$J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^m [y^{(i)}\\log h^{(i)} + (1-y^{(i)})\\log(1-h^{(i)})]$$\n\n"
                    "$$\\frac{\\partial J}{\\partial \\theta_j} \\approx \\frac{1}{m}\\sum_{i=1}^m (h^{(i)} - y^{(i)}) "
                    "x_j^{(i)}$$\n")
    result = CliRunner().invoke(main, ["steps", str(page), "-f", "text", "--timeout", "120"])
    assert result.exit_code == 2
    assert r"'\approx' (approximately equal) is no '='" in result.output


# --- np.mean of a matrix with no axis ------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["np.mean((h - y) * X)", "np.mean((sigmoid(X @ theta) - y) * X)"])
def test_a_mean_of_every_entry_is_not_the_gradient(answer):
    # NumPy: with h − y an (m, 1) column, (h − y) * X is m×n and np.mean of it is one number over m·n entries
    X, y, theta = np.random.default_rng(28).normal(size=(5, 3)), np.linspace(0.1, 0.9, 5), np.array([.3, -.2, .5])
    h = _sigmoid(X @ theta).reshape(-1, 1)
    assert np.ndim(np.mean((h - y.reshape(-1, 1)) * X)) == 0
    assert not np.allclose(np.mean((h - y.reshape(-1, 1)) * X), X.T @ (h.ravel() - y) / len(y))
    assert_verdict_read(answer, "logistic", "different")
    result = check(answer, cost="logistic", timeout=120)
    assert result.verdict == "different"
    assert any("np.mean(M) with no axis averages every entry of M (m×n here)" in note for note in result.notes)
    # the same product averaged down each column (axis=0) is the gradient
    assert_verdict_read(answer[:-1] + ", axis=0)", "logistic", "equivalent")


# --- the prediction written inline in a loop over the rows --------------------------------------------------------

OCTAVE_LOOP = ("grad = zeros(size(theta));\nfor i = 1:m\n grad = grad + (sigmoid(X(i,:)*theta) - y(i)) * X(i,:)';\n"
               "end\ngrad = grad/m;")
NUMPY_LOOP = "grad = np.zeros(n)\nfor i in range(m):\n    grad += (sigmoid(X[i] @ theta) - y[i]) * X[i]\ngrad /= m"


@pytest.mark.parametrize("answer, cost, verdict", [
    # (1/m)Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) x⁽ⁱ⁾ is the logistic gradient (by hand; the judge checks it by finite differences)
    (OCTAVE_LOOP, "logistic", "equivalent"),
    (NUMPY_LOOP, "logistic", "equivalent"),
    (NUMPY_LOOP.replace("sigmoid(X[i] @ theta)", "np.dot(X[i], theta)"), "linear", "equivalent"),
    (NUMPY_LOOP.replace("sigmoid(X[i] @ theta)", "X[i].dot(theta)"), "linear", "equivalent"),
    (OCTAVE_LOOP.replace("sigmoid(X(i,:)*theta)", "X(i,:)*theta"), "linear", "equivalent"),
    (OCTAVE_LOOP.replace("X(i,:)*theta", "theta'*X(i,:)'"), "logistic", "equivalent"),    # θᵀx⁽ⁱ⁾ the other way
    (NUMPY_LOOP.replace("X[i] @ theta", "np.dot(theta, X[i])"), "logistic", "equivalent"),
    (NUMPY_LOOP.replace("X[i] @ theta", "theta.dot(X[i])"), "logistic", "equivalent"),
    (OCTAVE_LOOP.replace("\ngrad = grad/m;", ""), "logistic", "different"),      # the 1/m left out
    (OCTAVE_LOOP, "linear", "different"),                                       # σ where the model is linear
])
def test_a_prediction_written_with_the_row_in_a_loop_is_read(answer, cost, verdict):
    assert_verdict_read(answer, cost, verdict)
    result = check(answer, cost=cost, timeout=120)
    assert result.verdict == verdict
    assert any("adds to grad row i of X as a column" in note for note in result.notes)


@pytest.mark.parametrize("answer", [
    NUMPY_LOOP.replace("X[i] @ theta", "X[i] * theta"),                          # entry by entry: a vector
    NUMPY_LOOP.replace("* X[i]\n", "* X[i] * X[i]\n"),                           # the row twice as a factor
    OCTAVE_LOOP.replace("X(i,:)*theta", "X(i,:)*theta'"),                        # a row times a row
    OCTAVE_LOOP.replace("X(i,:)*theta", "theta'*X(i,:)"),                        # a row times a row
    OCTAVE_LOOP.replace("X(i,:)*theta", "X(i,:)'*X(i,:)*theta"),                 # an n×1 column, not a number
])
def test_rows_used_otherwise_in_a_loop_stay_refused(answer):
    refused(check, answer, cost="logistic", timeout=120)


# ------------------------------------------------------------------ every note in every format
CHECK_NOTES = [
    (["check", LINEAR_ANSWER, "--cost", "linear"], "after the answer defines h: read as a --let h = theta^T x"),
    (["check", APPROX_LATEX, "--cost", "logistic", "--timeout", "120"], "'≈' after the left side is read as '='"),
    (["check", "np.mean((h - y) * X)", "--cost", "logistic", "--timeout", "120"],
     "np.mean(M) with no axis averages every entry of M (m×n here)"),
]
DERIVE_NOTES = [
    (["derive", "-1/m sum(y log(h(x)) + (1-y) log(1-h(x))), where h(x) = 1/(1+exp(-theta^T x))"],
     "after the cost defines h(x): read as a --let h(x) = 1/(1+exp(-theta^T x))"),
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

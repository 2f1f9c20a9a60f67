"""fixhx28 (issue 10): two silent readings this stop's audits left, now refused naming their readings.

1. A function ``--let`` of one number applied to the feature vector: ``h(x)`` beside ``h(z) = 1/(1+exp(-z))``
   (or the answer's own ``…, where h(z) = …``). Read as written it is σ of each feature, free of θ: a student's
   right ``(1/m) Σ (h(x) − y) xⱼ`` — h(x) meaning the hypothesis h(θᵀx), as Ng's notes write it — was judged
   "different" entry by entry, and a cost ``−1/m Σ (y log h(x) + …) + λ/(2m) Σ θⱼ²`` lost its data term, its gradient
   the penalty's alone, "verified". The text does not say which is meant, so both readings are named, with a hint to
   write h(θᵀx) or define h(x) = σ(θᵀx). The same function of θᵀx is read as before.
2. A factor free of the parameters (λ, a number) between a half and the count before a sum:
   ``\\frac{1}{2}\\lambda m\\sum_j θ_j²``, ``(1/2) lambda m sum(…)`` was read (λm/2)·Σ with no note, where
   ``\\frac{\\lambda}{2}m\\sum`` is refused (fixhalfm): now the same rule and message family, the caret at the count.

Every mathematical truth is held to central finite differences of NumPy costs written here, or judged by the
corpus judge against a hand-worked verdict — never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, refused
from logderiv.cli import main

RNG = np.random.default_rng(2828)
X = RNG.normal(size=(5, 3))
Y = RNG.uniform(0.1, 0.9, size=5)
THETA = np.array([0.3, -0.6, 0.9])

_SIGMOID = "h(z) = 1/(1+exp(-z))"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _log_loss(theta):
    """−(1/m) Σᵢ (yᵢ log σ(θᵀxᵢ) + (1 − yᵢ) log(1 − σ(θᵀxᵢ)))."""
    p = _sigmoid(X @ theta)
    return float(-np.mean(Y * np.log(p) + (1 - Y) * np.log(1 - p)))


# ---------------------------------------------------------------- 1. h(x) beside h(z) = σ(z)
def test_the_two_readings_of_h_of_x_really_differ():
    """By hand: ∇ of the log-loss is (1/m) Σ (σ(θᵀxᵢ) − yᵢ) xᵢ (finite differences agree); the literal reading,
    (1/m) Σ (σ(xᵢⱼ) − yᵢ) xᵢⱼ entry by entry, is not it."""
    gradient = central_differences(_log_loss, THETA)
    hypothesis = X.T @ (_sigmoid(X @ THETA) - Y) / len(Y)
    literal = np.mean((_sigmoid(X) - Y[:, None]) * X, axis=0)
    assert gradient == pytest.approx(hypothesis, abs=1e-7)
    assert not np.allclose(gradient, literal, atol=1e-3)


def _assert_names_both_readings(error, function="h"):
    said = error.message
    assert f"{function}(θᵀx)" in said and "of each feature" in said and "a function of one number" in said
    # since fixmsg29 the hint echoes the input's notation: h(\theta^T \mathbf{x}^{(i)}) in a LaTeX text (it said
    # theta^T x, plain, inside LaTeX), h(theta^T x) in a plain one
    assert error.hint is not None
    assert f"{function}(theta^T x)" in error.hint or f"{function}(\\theta^T " in error.hint, error.hint


_ANSWER = "1/m sum((h(x) - y) x_j)"


def test_an_answer_writing_h_of_x_beside_a_let_of_a_number_is_refused_not_different():
    """Was ✗ different (σ of each feature compared entry by entry)."""
    error = refused(logderiv.check, _ANSWER, cost="logistic", let=[_SIGMOID])
    _assert_names_both_readings(error)
    assert error.column is not None and _ANSWER[error.column] == "x"


def test_the_answers_own_where_clause_is_refused_alike():
    answer = _ANSWER + ", where " + _SIGMOID
    error = refused(logderiv.check, answer, cost="logistic")
    _assert_names_both_readings(error)


@pytest.mark.parametrize("answer, let, function", [
    (r"\frac{1}{m}\sum_{i=1}^m (h(\mathbf{x}^{(i)}) - y^{(i)}) x_j^{(i)}", r"h(z) = \frac{1}{1+e^{-z}}", "h"),
    (r"\frac{1}{m}\sum_{i=1}^m (h(x^{(i)}) - y^{(i)}) x_j^{(i)}", r"h(z) = \frac{1}{1+e^{-z}}", "h"),
    (r"\frac{1}{m}\sum (h(\mathbf{x}) - y) x_j", _SIGMOID, "h"),
    ("1/m sum((g(x) - y) x_j)", "g(z) = 1/(1+exp(-z))", "g"),
    (r"\frac{1}{m}\sum_{i=1}^m (g(x^{(i)}) - y^{(i)}) x_j^{(i)}", r"g(z) = \frac{1}{1+e^{-z}}", "g"),
])
def test_latex_and_g_spellings_are_refused_alike(answer, let, function):
    error = refused(logderiv.check, answer, cost="logistic", let=[let])
    _assert_names_both_readings(error, function)


def test_a_cost_writing_h_of_x_beside_a_let_of_a_number_is_refused_not_a_penalty_only_gradient():
    """Was derived, "verified", as λθⱼ/m alone: the data term σ(x) has no θ in it."""
    cost = "-1/m sum(y log(h(x)) + (1-y) log(1-h(x))) + lambda/(2m) sum_j theta_j^2"
    error = refused(logderiv.derive, cost, let=[_SIGMOID])
    _assert_names_both_readings(error)


def test_the_cli_shows_the_refusal_with_the_caret_at_x():
    shown = CliRunner().invoke(main, ["check", _ANSWER, "--cost", "logistic", "--let", _SIGMOID])
    assert shown.exit_code == 2, shown.output
    lines = shown.output.splitlines()
    written = next(k for k, line in enumerate(lines) if _ANSWER in line)
    assert lines[written + 1].index("^") - lines[written].index(_ANSWER) == _ANSWER.index("x")
    assert "h(θᵀx)" in shown.output and "hint:" in shown.output


# ---------------------------------------------------------------- what says which, still read
def test_the_same_function_of_theta_transpose_x_is_read_and_right():
    """h(θᵀx) with h = σ: the log-loss's gradient (1/m) Σ (σ(θᵀx) − y) xⱼ, equivalent by hand."""
    assert_verdict_read("1/m sum((h(theta^T x) - y) x_j)", "logistic", "equivalent", lets=(_SIGMOID,))


def test_a_cost_calling_the_function_at_theta_transpose_x_is_read():
    def intended(d):
        p = _sigmoid(d.X @ d.theta)
        return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) / d.m
    assert_gradient_read("-1/m sum(y log(g(theta^T x)) + (1-y) log(1-g(theta^T x)))", intended,
                         lets=("g(z) = 1/(1+exp(-z))",))


def test_the_hints_definition_of_the_hypothesis_makes_the_answer_read_and_right():
    """--let 'h(x) = sigmoid(theta^T x)' (the hint's spelling) defines the hypothesis: the answer is the log-loss's
    gradient by hand, equivalent."""
    assert_verdict_read(_ANSWER, "logistic", "equivalent", lets=("h(x) = sigmoid(theta^T x)",))


# ---------------------------------------------------------------- 2. a half, λ, then the count
def test_the_two_readings_of_a_half_lambda_count_differ():
    """By hand: ∂/∂θ (λ/(2m))Σθ² = λθ/m, ∂/∂θ (λm/2)Σθ² = λmθ (m = 5 here)."""
    lam, m = 0.3, len(Y)
    penalty = central_differences(lambda t: lam / (2 * m) * float(np.sum(t ** 2)), THETA)
    scaled = central_differences(lambda t: lam * m / 2 * float(np.sum(t ** 2)), THETA)
    assert penalty == pytest.approx(lam * THETA / m, abs=1e-7)
    assert scaled == pytest.approx(lam * m * THETA, abs=1e-6)


_DATA = r"\frac{1}{2m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2 + "


@pytest.mark.parametrize("cost, shown, numerator", [
    (_DATA + r"\frac{1}{2}\lambda m\sum_j\theta_j^2", r"\frac{1}{2}\lambda m", r"\lambda"),
    (_DATA + r"\frac{1}{2} \lambda m \sum_{j=1}^n\theta_j^2", r"\frac{1}{2} \lambda m", r"\lambda"),
    (r"\frac{1}{2}\lambda m\sum_j\theta_j^2", r"\frac{1}{2}\lambda m", r"\lambda"),
    ("1/(2m) sum((theta^T x - y)^2) + (1/2) lambda m sum_j theta_j^2", "(1/2) lambda m", "lambda"),
    ("1/(2m) sum((theta^T x - y)^2) + 0.5 lambda m sum(theta_j^2)", "0.5 lambda m", "lambda"),
    (r"\frac{1}{2}\,0.1\,m\sum_j\theta_j^2", r"\frac{1}{2}\,0.1\,m", "0.1"),
])
def test_a_parameter_free_factor_between_the_half_and_the_count_is_refused(cost, shown, numerator):
    """Was read (λm/2)·Σθⱼ² with no note; \\frac{\\lambda}{2}m\\sum is refused, and this is the same text."""
    error = refused(logderiv.derive, cost)
    assert f"'{shown}' is ambiguous" in error.message
    assert f"({numerator}/2)·m" in error.message and f"{numerator}/(2m)" in error.message
    assert error.column is not None and cost[error.column] == "m"
    assert error.hint is not None and (f"{numerator}/(2m)" in error.hint or f"{{{numerator}}}{{2m}}" in error.hint)


def test_the_refusal_reaches_check():
    cost = _DATA + r"\frac{1}{2}\lambda m\sum_j\theta_j^2"
    answer = r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j"
    error = refused(logderiv.check, answer, cost=cost)
    assert "is ambiguous" in error.message and r"\lambda/(2m)" in error.message


def test_a_half_times_lambda_before_a_sum_with_no_count_is_still_read():
    """\\frac{1}{2}\\lambda\\sum_j θ_j²: no count, nothing to ask; by hand its gradient is λθⱼ."""
    def intended(d):
        return d.lam / 2 * float(np.sum(d.theta ** 2))
    assert_gradient_read(r"\frac{1}{2}\lambda\sum_{j=1}^n\theta_j^2", intended)


def test_the_product_written_so_that_it_says_which_is_read():
    """\\frac{\\lambda m}{2} (the hint's spelling of the product) is λm/2 times the sum."""
    def intended(d):
        return d.lam * d.m / 2 * float(np.sum(d.theta ** 2))
    assert_gradient_read(r"\frac{\lambda m}{2}\sum_{j=1}^n\theta_j^2", intended)

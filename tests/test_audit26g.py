"""Misreads of matrix-form answers (audit26g): what logderiv said of each, and what it says now.

Issue 10: a false 'different' is a release blocker and a refusal only a miss. Each case below was found by working
the answer's value out by hand, holding it to central finite differences of a NumPy cost written here
(``_numeric``), and only then asking logderiv; the tests hold the new behaviour and the mathematics that makes it
right, never logderiv's own output.

1. ``\\frac{1}{n}X^T(h - y)`` against a cost that never writes n (a preset, or a cost in m alone) was judged
   'different', its n read silently as the features. Xᵀv sums over the examples, and notes and code alike name
   their count of examples n; nothing written says which count this n is, and the verdict turns on it (right iff
   n is the number of examples), as it did for ``1/n * X' * (h - y)`` (refused) and for ``\\frac{1}{n}\\sum_i …``
   (refused). Now refused naming both readings, at the n. Beside a cost that writes n for the features
   (``\\sum_{j=1}^{n}\\theta_j^2``) the formula is judged as written, as before.
2. A matrix answer's capital Y is read as the labels y (``\\frac{2}{N}(X^TXw-X^TY)``), but it was so even where
   the answer writes a lower-case y too: ``\\frac{1}{m}X^T(Y - y)`` (Y the predictions, as some notes write the
   model's output) was read as Xᵀ(y − y) = 0 and judged 'different', and ``X^T(X\\theta - Y) + X^T(y - Y)``
   'equivalent'. The writer tells Y from y there: refused with a caret at the Y, as the answer of a cost that
   reads its own Y as y already was; in DeepLearning.AI's layout too. A Y that a --let defines is read as defined.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused_by_logderiv

_COST_IN_M = (r"-\frac{1}{m}\sum_{i=1}^{m} [y^{(i)} \log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))]")
_COST_WRITING_N = _COST_IN_M + r" + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2"
_SIGMOID = r"h(x) = \sigma(\theta^T x)"


def _data(seed: int):
    rng = np.random.default_rng(seed)
    m, n = 7, 3  # m ≠ n, and m not a multiple of n: 1/n is no constant multiple of 1/m that a test could hide
    return rng.normal(size=(m, n)), rng.uniform(0.1, 0.9, size=m), rng.normal(size=n)


# by hand, the answer is the gradient only when n counts the examples: (1/m)Xᵀ(σ(Xθ) − y) against central differences
# of the mean cross-entropy, and with 1/n_features it is not — checked once, in
# tests/test_audit56.py::test_the_answer_is_the_logistic_gradient_only_with_n_the_number_of_examples


def test_by_hand_the_same_for_least_squares():
    """∇ (1/2m)‖Xθ − y‖² = (1/m)Xᵀ(Xθ − y); (1/n_features)Xᵀ(Xθ − y) is not it."""
    X, y, theta = _data(7)
    m, n = X.shape
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (X @ theta - y) / n, atol=1e-3)


@pytest.mark.parametrize(("answer", "cost", "lets"), [
    (r"\frac{1}{n}X^T(h - y)", "logistic", ()),  # was 'different'
    (r"\frac{1}{n}\mathbf{X}^\top(\hat{\mathbf y} - \mathbf y)", "logistic", ()),  # was 'different'
    ("(1/n) X^T(h - y)", "logistic", ()),  # plain, was 'different'
    ("1/n * X^T (h - y)", "logistic", ()),  # was 'different'
    (r"\frac{1}{n}X^T(X\theta - y)", "linear", ()),  # was 'different'
    (r"\frac{1}{n}X^T(h - y)", _COST_IN_M, (_SIGMOID,)),  # a cost in m alone: was 'different'
])
def test_a_matrix_formula_dividing_by_n_beside_a_cost_without_n_is_refused(answer, cost, lets):
    """Right iff n counts the examples (by hand, above), and nothing written says which count n is: refused."""
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=cost, let=lets))
    assert "turns on n" in error.message
    assert "number of features" in error.message and "number of examples" in error.message
    assert answer[error.column] == "n"
    assert "--let 'n = len(y)'" in (error.hint or "")


def test_the_hint_works_n_said_to_count_the_examples_makes_it_the_gradient():
    # by hand (above): with n the number of examples the answer is (1/m)Xᵀ(Xθ − y), the gradient
    assert logderiv.check(r"\frac{1}{n}X^T(X\theta - y)", cost="linear", let=["n = len(y)"]).verdict == "equivalent"


def test_a_matrix_formula_wrong_under_both_readings_is_still_different():
    # (1/n)Xᵀ(y − h): the sign is wrong whichever count n is (by hand, above: the gradient is (1/m)Xᵀ(h − y))
    X, y, theta = _data(3)
    h = 1 / (1 + np.exp(-X @ theta))
    for count in X.shape:
        assert not np.allclose(X.T @ (y - h) / count, X.T @ (h - y) / X.shape[0], atol=1e-3)
    assert logderiv.check(r"\frac{1}{n}X^T(y - h)").verdict == "different"


def test_beside_a_cost_that_writes_n_for_the_features_the_formula_is_judged_as_written():
    # the cost's Σ_{j=1}^{n} θⱼ² makes n the features: 1/n is then not the mean (by hand, above), and the answer
    # also lacks the penalty's (λ/m)θ
    verdict = logderiv.check(r"\frac{1}{n}X^T(h - y) + \frac{\lambda}{m}\theta", cost=_COST_WRITING_N, let=(_SIGMOID,))
    assert verdict.verdict == "different"


# --- 2. a capital Y beside a lower-case y in a matrix answer -------------------------------------------------------


def test_by_hand_the_verdict_turns_on_what_y_capital_is():
    """With Y the predictions Xθ, (1/m)Xᵀ(Y − y) is ∇(1/2m)‖Xθ − y‖²; with Y the labels y it is 0, which is not."""
    X, y, theta = _data(11)
    m = X.shape[0]
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (y - y) / m, atol=1e-3)
    # and X^T(Xθ − Y) + X^T(y − Y) is the gradient times m only where Y is y (its second term 0): with Y = Xθ not
    assert not np.allclose(numeric, (X.T @ (X @ theta - X @ theta) + X.T @ (y - X @ theta)) / m, atol=1e-3)


@pytest.mark.parametrize(("answer", "options"), [
    (r"\frac{1}{m}X^T(Y - y)", {"cost": "linear"}),  # was 'different'
    (r"\frac{1}{m}X^T(X\theta - Y) + \frac{1}{m}X^T(y - Y)", {"cost": "linear"}),  # was 'equivalent'
    (r"\frac{1}{m}X(Y - y)^T", {}),  # DeepLearning.AI's layout, inferred: was 'different'
])
def test_a_capital_y_beside_a_lower_case_y_in_a_matrix_answer_is_refused(answer, options):
    error = refused_by_logderiv(lambda: logderiv.check(answer, **options))
    assert "'Y' beside 'y'" in error.message
    assert answer[error.column] == "Y"
    assert "--let 'Y = " in (error.hint or "")


def test_a_capital_y_alone_is_still_the_labels():
    # by hand (above): (1/m)Xᵀ(Xθ − y) is the gradient; Y alone is y's capital, noted
    verdict = logderiv.check(r"\frac{1}{m}X^T(X\theta - Y)", cost="linear")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("Y is read as y") for note in verdict.notes)


def test_a_capital_y_a_let_defines_is_read_as_defined():
    # by hand (above): with Y = Xθ the answer is (1/m)Xᵀ(Xθ − y), the gradient
    verdict = logderiv.check(r"\frac{1}{m}X^T(Y - y)", cost="linear", let=[r"Y = X\theta"])
    assert verdict.verdict == "equivalent"

r"""Issue 10, the fixtex8 branch: a Unicode Σ with scripts inside LaTeX text.

A note app or a copy-paste puts the Greek Σ where LaTeX writes ``\sum``: ``Σ_{i=1}^n …`` beside ``\frac``. Read as the
summation sign when every Sigma in the text has scripts (as ``\Sigma_i^m`` already is), noted; a Sigma without
scripts anywhere (a covariance matrix Σ) leaves them all refused, with a hint. Expected verdicts are worked by hand in
the comments; the gradients they lean on are checked by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(8)
SIGMA_NOTE = "'Σ' with scripts is read as the summation sign Σ (\\sum)"


def _notes(result) -> str:
    """The notes of the answer and of the cost's reading."""
    return " | ".join((*result.notes, *result.problem.notes))


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_logistic_gradient_by_finite_differences():
    """∂/∂θ of −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] is (1/m)Xᵀ(σ(Xθ) − y): the verdicts below lean on it."""
    X, y, theta = RNG.normal(size=(7, 3)), RNG.integers(0, 2, size=7), RNG.normal(size=3)
    cost = lambda t: -np.mean(y * np.log(_sigmoid(X @ t)) + (1 - y) * np.log(1 - _sigmoid(X @ t)))
    assert np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / len(y), atol=1e-6)


def test_squared_error_gradient_by_finite_differences():
    """∂/∂θ of (1/m)Σ(θᵀx − y)² is (2/m)Xᵀ(Xθ − y)."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda t: np.mean((X @ t - y) ** 2)
    assert np.allclose(_fd(cost, theta), 2 * X.T @ (X @ theta - y) / len(y), atol=1e-6)


@pytest.mark.parametrize("sigma", ["Σ_{i=1}^{m}", "Σ_{i=1}^m", "Σ_i", "Σ^{m}_{i=1}", "Σ _{i = 1} ^{m}"])
def test_unicode_sigma_in_a_latex_answer(sigma):
    # the logistic gradient (1/m)Σᵢ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (above): equivalent; with 2/m: different
    right = check(rf"\frac{{1}}{{m}} {sigma} (\sigma(\theta^T x^{{(i)}}) - y^{{(i)}}) x_j^{{(i)}}", cost="logistic")
    assert right.verdict == "equivalent"
    assert SIGMA_NOTE in _notes(right)
    wrong = check(rf"\frac{{2}}{{m}} {sigma} (\sigma(\theta^T x^{{(i)}}) - y^{{(i)}}) x_j^{{(i)}}", cost="logistic")
    assert wrong.verdict == "different"


def test_unicode_sigma_in_a_latex_cost():
    # (1/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²: the gradient (2/m)Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (above), equivalent; (1/m)…: different
    cost = r"J(\theta) = \frac{1}{m} Σ_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2"
    right = check(r"\frac{2}{m} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}", cost=cost)
    assert right.verdict == "equivalent"
    assert SIGMA_NOTE in _notes(right)
    assert check(r"\frac{1}{m} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}", cost=cost).verdict == "different"


def test_unicode_sigma_beside_a_latex_sigma_with_scripts():
    # both signs with scripts: both sums; the penalty (λ/2m)Σⱼθⱼ² adds (λ/m)θⱼ to (2/m)Σᵢ(h − y)xⱼ
    cost = r"J = \frac{1}{m} Σ_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m} \Sigma_{j=1}^{n} \theta_j^2"
    verdict = check(r"\frac{2}{m} \sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m} \theta_j",
                    cost=cost)
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("answer", [
    # a Sigma without scripts elsewhere: perhaps a covariance matrix, so no Sigma is read as the sum
    r"\frac{1}{m} Σ_{i=1}^{m} (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)} + \Sigma",
    r"\frac{1}{m} Σ_{i=1}^{m} (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)} + Σ \theta_j",
    # a Σ with no scripts at all: a sum, or a matrix times the bracket?
    r"\frac{1}{m} Σ (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}",
])
def test_a_sigma_without_scripts_stays_refused(answer):
    with pytest.raises(InputError) as refused:
        check(answer, cost="logistic")
    assert "Σ" in str(refused.value) or "Sigma" in str(refused.value)


# --- Σᵢ₌₁ⁿ in plain text: n counts the examples, as \sum_{i=1}^{n} in LaTeX ---------------------------------------

N_NOTE = "n counts the examples here: read as m; the features are counted by n in the output"


# the ridge gradient these verdicts lean on, 2Xᵀ(Xw − y) + 2λw, is held to finite differences in test_fixtex7


@pytest.mark.parametrize("sigma", ["Σᵢ₌₁ⁿ", "∑ᵢ₌₁ⁿ", "Σ(i=1 to n)", "sum(i = 1..n)"])
def test_plain_sum_to_n_over_the_examples(sigma):
    # 2Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + 2λwⱼ (above): equivalent; with λwⱼ: different
    cost = f"J(w) = {sigma} (w^T x_i - y_i)^2 + λ * ||w||^2"
    right = check(r"2 \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)} + 2 \lambda w_j", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert N_NOTE in _notes(right)
    wrong = check(r"2 \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)} + \lambda w_j", cost=cost, wrt="w_j")
    assert wrong.verdict == "different"


def test_plain_mean_over_n_examples_matches_the_latex_reading():
    # (1/n)Σᵢ₌₁ⁿ(wᵀxᵢ − yᵢ)² is the mean over the n examples: (2/m)Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ, as the LaTeX twin reads
    plain = check(r"\frac{2}{m} \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)}", cost="J = 1/n Σᵢ₌₁ⁿ (w^T x_i - y_i)^2",
                  wrt="w_j")
    latex = check(r"\frac{2}{m} \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)}",
                  cost=r"J = \frac{1}{n} \sum_{i=1}^{n} (w^T x_i - y_i)^2", wrt="w_j")
    assert plain.verdict == latex.verdict == "equivalent"
    assert N_NOTE in _notes(plain) and N_NOTE in _notes(latex)


def test_plain_sum_to_n_in_an_answer():
    # the answer's own Σᵢ₌₁ⁿ over the examples against the cost's: the same gradient (above), equivalent
    verdict = check("2 * Σᵢ₌₁ⁿ (w^T x_i - y_i) * x_ij + 2 * λ * w_j",
                    cost="J(w) = Σᵢ₌₁ⁿ (w^T x_i - y_i)^2 + λ * ||w||^2", wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert N_NOTE in _notes(verdict)


@pytest.mark.parametrize("answer", ["2 * Σᵢ₌₁ⁿ (w^T x_i - y_i) * x_ij + 2 * λ * w_j",
                                    r"2 \sum_{i=1}^{n} (w^T x_i - y_i) x_{ij} + 2 \lambda w_j"])
def test_an_answer_counting_by_n_beside_a_cost_counting_by_m_is_refused_alike(answer):
    # the cost counts the examples by m and leaves n the features: the answer's n is refused in either notation
    with pytest.raises(InputError) as refused:
        check(answer, cost="J(w) = Σᵢ₌₁ᵐ (w^T x_i - y_i)^2 + λ * ||w||^2", wrt="w_j")
    assert "n counts the examples in the answer" in str(refused.value)


@pytest.mark.parametrize("cost, said", [
    # n bounds the features too: one letter for two counts
    ("J = Σᵢ₌₁ⁿ (w^T x_i - y_i)^2 + λ Σⱼ₌₁ⁿ w_j^2", "bounds both"),
    ("J = λ Σⱼ₌₁ⁿ w_j^2 + Σᵢ₌₁ⁿ (w^T x_i - y_i)^2", "bounds both"),
    # a second count letter divides: N and n for one number, or two? (the LaTeX reader has the bound beside it)
    ("J = 1/N Σᵢ₌₁ⁿ (w^T x_i - y_i)^2", "cannot tell what 'N' is"),
    # m written beside the bound n: the mean's count, or a slope?
    ("J = 1/m Σᵢ₌₁ⁿ (w^T x_i - y_i)^2", "cannot tell what 'm' is"),
    ("J = 1/n Σᵢ₌₁ⁿ (y_i - m x_i - b)^2", "cannot tell what 'm' is"),
    # j over the features to m, and i to a count letter that is no n: still refused
    ("J = Σᵢ₌₁ᵐ (w^T x_i - y_i)^2 + λ Σⱼ₌₁ᵐ w_j^2", "counted by n, not m"),
])
def test_plain_sum_to_n_near_variants_stay_refused(cost, said):
    with pytest.raises(InputError) as refused:
        check("2 * sum_i (w^T x_i - y_i) * x_ij", cost=cost, wrt="w_j")
    assert said in str(refused.value)

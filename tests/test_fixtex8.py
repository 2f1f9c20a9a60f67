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

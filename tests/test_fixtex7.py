r"""Plain-text sums with their limits in brackets (issue 10, the fixtex7 branch, class 3).

``Σ(i=1 to m) …``, ``sum(i = 1..m) …``, ``∑(j=1…n) …``: the limits typed after the sign in brackets, with no
``from`` (``sum(from i=1 to m)`` was already read). Each is read as Σᵢ₌₁ᵐ (Σⱼ₌₁ⁿ), noted; the count must be the
index's range's, as for Σᵢ₌₁ᵐ: i to n, j to m, a sum from 0 or to N stay refused. Expected verdicts are worked by
hand in the comments; the gradient they lean on is checked by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(7)

RIDGE = "J(w) = Σ(i=1 to m) (w^T * x_i - y_i)^2 + λ * ||w||^2"


def _notes(result) -> str:
    return " | ".join(result.notes)


def test_ridge_sum_gradient_by_finite_differences():
    """∇[Σᵢ(wᵀxᵢ − yᵢ)² + λ‖w‖²] = 2Xᵀ(Xw − y) + 2λw: the verdicts below lean on it."""
    X, y, w, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.4
    cost = lambda v: np.sum((X @ v - y) ** 2) + lam * np.sum(v ** 2)
    assert np.allclose(_fd(cost, w), 2 * X.T @ (X @ w - y) + 2 * lam * w, atol=1e-5)


@pytest.mark.parametrize("sigma", ["Σ(i=1 to m)", "sum(i = 1..m)", "∑( i=1 … m )", "Sum(i=1...m)"])
def test_bracketed_limits_read_as_the_sum_over_the_examples(sigma):
    # 2Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + 2λwⱼ, by hand (above): equivalent; without the 2 on the penalty: different
    cost = f"J(w) = {sigma} (w^T * x_i - y_i)^2 + λ * ||w||^2"
    right = check(r"2 \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)} + 2 \lambda w_j", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert f"'{sigma}' is the sum Σ_{{i=1}}^{{m}} of what follows" in _notes(right)
    wrong = check(r"2 \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)} + \lambda w_j", cost=cost, wrt="w_j")
    assert wrong.verdict == "different"


def test_feature_sum_in_brackets_beside_an_example_sum():
    # (1/m)Σᵢ(h − y)² + λΣⱼwⱼ² with h = wᵀx: (2/m)Σᵢ(h − y)xᵢⱼ + 2λwⱼ by hand
    cost = "J = (1/m) * sum(i = 1..m) (w^T x_i - y_i)^2 + lambda * Σ(j=1…n) w_j^2"
    verdict = check(r"\frac{2}{m} \sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)}) x_j^{(i)} + 2 \lambda w_j", cost=cost,
                    wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert "'Σ(j=1…n)' is the sum Σ_{j=1}^{n} of what follows" in _notes(verdict)


def test_bracketed_limits_in_an_answer():
    # the answer typed the same way: 2Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + 2λwⱼ against the ridge cost, equivalent by hand
    verdict = check("2 * Σ(i=1 to m) (w^T x_i - y_i) * x_ij + 2 * λ * w_j", cost=RIDGE, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert "'Σ(i=1 to m)' is the sum Σ_{i=1}^{m} of what follows" in _notes(verdict)


def test_derive_notes_the_reading():
    derivation = derive(RIDGE, wrt="w_j")
    assert any("'Σ(i=1 to m)' is the sum" in note for note in derivation.notes)


@pytest.mark.parametrize("text, message", [
    # i marks the example, so n counts the examples (read as m since fixtex8), but then n cannot count the features
    ("J(w) = Σ(i=1 to n) (w^T * x_i - y_i)^2 + λ * Σ(j=1 to n) w_j^2", "bounds both a sum over examples"),
    ("J = Σ(j=1 to m) (w^T x_i - y_i)^2", "the index j runs over the features, which are counted by n, not m"),
    # from 0 (m + 1 terms?) and to N (another count letter) are not rewritten: left to the reader's refusal
    ("J = Σ(i=0 to m) (w^T x_i - y_i)^2", "unexpected character '='"),
    ("J = Σ(i=1 to N) (w^T x_i - y_i)^2", "unexpected character '='"),
])
def test_other_limits_stay_refused(text, message):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="w_j")
    assert message in str(caught.value)
    assert caught.value.column is not None  # a caret


def test_latex_text_is_not_rewritten():
    # in LaTeX the plain Σᵢ₌₁ᵐ is not read: a bracketed range beside a backslash stays the reader's refusal
    with pytest.raises(InputError):
        derive(r"J = Σ(i=1 to m) (\theta^T x_i - y_i)^2", wrt="theta_j")

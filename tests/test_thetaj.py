"""θj typed on the line (∂J/∂θj, Σθj²: plain Unicode notes) is θ_j, noted.

Found in the blind wave f60 (a Spanish linear-regression exercise, Chinese and Nepali-commented notes), where five
items were refused with "'j' is a feature index, not a variable". j is never a quantity, so θ times j is no reading;
the subscript only lost its _. The truths are finite differences of NumPy costs written here, and verdicts worked by
hand (``_reading``).
"""

from __future__ import annotations

import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

LAM_RIDGE = "J(θ) = (1/2m) Σ(θᵀx⁽ⁱ⁾ - y⁽ⁱ⁾)² + λ Σθj²"
LOGISTIC = "J(θ) = -(1/m) * Σ [ y*log(hθ(x)) + (1 - y)*log(1 - hθ(x)) ]"


def _ridge(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam * float(d.theta @ d.theta)


def test_a_penalty_over_theta_j_typed_on_the_line():
    assert_gradient_read(LAM_RIDGE, _ridge)


@pytest.mark.parametrize(("answer", "verdict"), [
    ("∂J/∂θj = (1/m) * Σ (hθ(xᵢ) - yᵢ) * xᵢⱼ", "equivalent"),
    ("∂J/∂θj = (1/m) * Σ (hθ(xᵢ) - yᵢ)", "different"),  # xⱼ dropped
    ("∂J/∂θj = Σ (hθ(xᵢ) - yᵢ) * xᵢⱼ", "different"),  # 1/m dropped
])
def test_a_left_side_by_theta_j_typed_on_the_line(answer, verdict):
    """By hand: the mean cross-entropy's ∂J/∂θⱼ is (1/m)Σ(σ(θᵀxᵢ) − yᵢ)xᵢⱼ."""
    assert_verdict_read(answer, LOGISTIC, verdict)


def test_the_reading_is_noted():
    derivation = logderiv.derive(LAM_RIDGE, wrt="theta_j")
    assert "'θj' is read as θ_j: the feature index written on the line" in notes_of(derivation)


def test_a_glued_j_before_a_bracket_is_not_taken_for_the_index():
    """θj(…) is no subscript lost (a bracket glued after it): left to the reader as before, which refuses it."""
    error = refused(logderiv.derive, "(1/2m) Σ(θᵀx⁽ⁱ⁾ - y⁽ⁱ⁾)² + θj(2)", wrt="theta_j")
    assert "θj" in str(error.source) and error.column is not None

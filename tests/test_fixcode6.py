"""fixcode6: R's c(k, theta[-1]) for any number k, θ with its intercept's entry set to k.

Each expected verdict is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"
# J = (Σ(Xθ − y)² + λΣ_{k≥2}θₖ² + 2λθ₁)/(2m): ∂J/∂θ = (Xᵀ(Xθ − y) + λ[0; θ₂…] + λe₁)/m = (Xᵀr + λ c(1, θ[-1]))/m
SHIFTED = "(sum((x %*% theta - y)^2) + lambda*sum(theta[-1]^2) + 2*lambda*theta[1]) / (2*length(y))"
# J = (Σ(Xθ − y)² + λΣ_{k≥2}θₖ²)/(2m): ∂J/∂θ = (Xᵀ(Xθ − y) + λ[0; θ₂…])/m, no λ/m on the intercept
PLAIN = "(sum((x %*% theta - y)^2) + lambda*sum(theta[-1]^2)) / (2*length(y))"


@pytest.mark.parametrize("answer, cost, verdict", [
    # c(1, θ[-1]) = [1; θ₂…]: λ/m on the intercept's entry, which only SHIFTED's 2λθ₁/(2m) gives
    ("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", SHIFTED, EQ),
    ("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", PLAIN, DIFF),
    # c(2, θ[-1]) puts 2λ/m there: twice SHIFTED's
    ("(t(x) %*% (x %*% theta - y) + lambda*c(2, theta[-1])) / length(y)", SHIFTED, DIFF),
    # c(0, θ[-1]) still reads as before
    ("(t(x) %*% (x %*% theta - y) + lambda*c(0, theta[-1])) / length(y)", PLAIN, EQ),
    ("(t(x) %*% (x %*% theta - y) + lambda*c(0, theta[-1])) / length(y)", SHIFTED, DIFF),
])
def test_c_of_a_number_and_theta_without_its_first_entry(answer, cost, verdict):
    assert check(answer, cost=cost).verdict == verdict


def test_the_reading_of_c_1_is_noted():
    result = check("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", cost=SHIFTED)
    assert any("c(1, theta[-1])" in note and "set to 1" in note for note in result.notes)


@pytest.mark.parametrize("vector", ["c(b, theta[-1])", "c(1, theta)", "c(theta[-1], 1)"])
def test_c_of_anything_else_is_still_refused(vector):
    with pytest.raises(InputError) as refused:
        check(f"(t(x) %*% (x %*% theta - y) + lambda*{vector}) / length(y)", cost=PLAIN)
    assert "c(…)" in str(refused.value)

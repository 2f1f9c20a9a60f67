"""Audit of fixuni39 (auduni39): silent misreads of the Unicode scripts, the bare Σ and ∂/∂θ × J.

Each misread found is pinned here with its text, what its writer means worked out by hand, and an independent
check (central finite differences of a NumPy cost written here, never logderiv's own output).
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused

H1 = "h_θ(x) = θ₀ + θ₁·x"


def _data(seed=39):
    rng = np.random.default_rng(seed)
    return rng.normal(size=5), rng.normal(size=5), rng.normal(size=2)


# ---------------------------------------------------------------- h²(x): the square of h's value, not h² · x

@pytest.mark.parametrize("text", [
    # the Unicode ² of fixuni39 on the hypothesis before its argument: (h_θ(x⁽ⁱ⁾))², as \sin^2 x is (sin x)²
    r"\frac{1}{2m} Σ(h_θ²(x⁽ⁱ⁾) - y⁽ⁱ⁾)²",
    r"\frac{1}{2m} Σ(h²(x⁽ⁱ⁾) - y⁽ⁱ⁾)²",
    # the same in LaTeX (reachable before fixuni39 too)
    r"\frac{1}{2m} \sum_{i=1}^m(h_\theta^{2}(x^{(i)}) - y^{(i)})^2",
])
def test_power_of_the_hypothesis_before_its_argument_not_read_as_a_product(text):
    # by hand: the writer means J = (1/2m) Σ (h(xᵢ)² − yᵢ)², h = θ₀ + θ₁x, so
    # ∂J/∂θ₁ = (1/m) Σ (h² − y) · 2h · x. logderiv read h² · (x⁽ⁱ⁾): J = (1/2m) Σ (h² xᵢ − yᵢ)², another cost.
    x, y, t = _data()

    def meant(v):
        h = v[0] + v[1] * x
        return float(((h ** 2 - y) ** 2).sum()) / (2 * len(y))

    def misread(v):
        h = v[0] + v[1] * x
        return float(((h ** 2 * x - y) ** 2).sum()) / (2 * len(y))

    h = t[0] + t[1] * x
    by_hand = float(((h ** 2 - y) * 2 * h * x).sum()) / len(y)
    assert np.isclose(by_hand, central_differences(meant, t)[1], atol=1e-6)
    assert not np.isclose(central_differences(misread, t)[1], by_hand, atol=1e-3)  # the misread's verdict is false
    error = refused(logderiv.derive, text, wrt="theta_1", let=[H1])
    assert "the power of the function's value" in str(error)
    assert error.column == text.index("²" if "²(" in text else "^{2}(")


def test_power_of_sigmoid_letter_before_its_argument_refused():
    # g²(θ₁x⁽ⁱ⁾) with g the sigmoid: σ(θ₁xᵢ)², not g² · θ₁xᵢ (g read as a free name times the bracket)
    text = r"\frac{1}{2m} Σ(g²(θ₁x⁽ⁱ⁾) - y⁽ⁱ⁾)²"
    error = refused(logderiv.derive, text, wrt="theta_1", let=["g(z) = 1/(1+e^{-z})"])
    assert "the power of the function's value" in str(error)


@pytest.mark.parametrize("text, wrt", [
    # kept: the value squared after its call, and h⁽ⁱ⁾ (the prediction of example i) times a bracket
    (r"\frac{1}{2m} Σ(h_θ(x⁽ⁱ⁾)² - y⁽ⁱ⁾)²", "theta_1"),
    (r"\frac{1}{m} Σ h⁽ⁱ⁾(1-h⁽ⁱ⁾) x⁽ⁱ⁾", "theta_1"),
])
def test_power_after_the_call_and_example_mark_kept(text, wrt):
    logderiv.derive(text, wrt=wrt, let=[H1])

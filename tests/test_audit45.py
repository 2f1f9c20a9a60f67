"""Issue 10, audit45: an adversarial audit of the readings merged in the last hour (TensorFlow.js chains, Haskell with
hmatrix, a lone N as the count, 1/N before a matrix form, the one-feature page, θ₀ + θ₁x, CodeCogs image formulas).

Each test names a near-variant that meant something else, and its meaning worked out by hand in the comment beside
it; logderiv must read that meaning (held to finite differences of a NumPy cost written here) or refuse.
"""

import numpy as np
import pytest

from logderiv import derive
from _reading import assert_gradient_read, refused

HS_LETS = ("a = x #> theta - y", "m = fromIntegral $ size y")


@pytest.mark.parametrize("cost", ["(a <.> a ^ 2) / (2 * m)", "(a <.> a ** 2) / (2 * m)"])
def test_haskell_power_beside_the_dot_product_is_refused(cost):
    """hmatrix's <.> and Haskell's ^ are both infixr 8: a <.> a ^ 2 is a <.> (a ^ 2), Σᵢ aᵢ³ by hand; it was read
    (a <.> a)², (Σᵢ aᵢ²)², its gradient another function's. Which the writer meant the text does not say."""
    error = refused(derive, cost, let=HS_LETS)
    assert "infixr 8" in error.message


def test_haskell_bracketed_power_of_the_dot_product_is_still_read():
    """(a <.> a) ^ 2 / (2m), a = Xθ − y: (‖Xθ − y‖²)²/(2m) by hand, brackets written."""
    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) ** 2 / (2 * d.m)

    assert_gradient_read("(a <.> a) ^ 2 / (2 * m)", intended, lets=HS_LETS)

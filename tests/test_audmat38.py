"""Audit of fixmat38 (matrix answers read at m = n, a name defined per example n×1 there).

Read at m = n, entry k of the per-example ``sig`` is the definition's σ(x⁽ᵏ⁾ᵀθ) only at the examples' index i
(the definitions are keyed sig(i)). fixmat38 put ``sig(k)`` at any other index (a nested product over the
features, or sig added outside any product: entry j) and left it there: the numeric check then stopped on an
InternalError ("cannot evaluate sig numerically") where main refused with the reader's message. Such an answer
is not the gradient at m = n (so "different" would be right, checked below by hand); a refusal is only a miss,
a crash is not an answer: the square reading now steps aside there and the original refusal stands.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, sigmoid
from logderiv import check
from logderiv.errors import InputError

COST = "mean((-y*log(sig))-((1-y)*log(1-sig)))"
LETS = ("sig = sigmoid(x%*%t(theta))",)

# (the text, what R computes at m = n from X, y, θ)
OFF_INDEX = [
    ("t(x) %*% sig - sig", lambda X, y, t: X.T @ sigmoid(X @ t) - sigmoid(X @ t)),
    ("(t(x) %*% (x %*% (t(x) %*% sig)) - y) / nrow(y)",
     lambda X, y, t: (X.T @ (X @ (X.T @ sigmoid(X @ t))) - y) / len(y)),
]


@pytest.mark.parametrize("text, written", OFF_INDEX)
def test_the_hand_reading_is_not_the_gradient_at_m_equal_n(text: str, written) -> None:
    generator = np.random.default_rng(3838)
    X = generator.normal(size=(3, 3))
    y = (generator.random(3) > 0.5).astype(float)
    theta = generator.normal(size=3)
    exact = central_differences(lambda t: cross_entropy(X, y, t), theta)
    assert np.allclose(X.T @ (sigmoid(X @ theta) - y) / 3, exact, atol=1e-6)
    assert not np.allclose(written(X, y, theta), exact, atol=1e-3)


@pytest.mark.parametrize("text", [text for text, _ in OFF_INDEX])
def test_a_per_example_name_off_the_examples_index_is_refused_not_a_crash(text: str) -> None:
    with pytest.raises(InputError) as raised:
        check(text, cost=COST, let=LETS, timeout=60)
    assert "they cannot be added" in str(raised.value)
    assert raised.value.column is not None

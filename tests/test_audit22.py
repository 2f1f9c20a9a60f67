"""audit22: near-variants of the readings merged last (fixcode7, fixtex6, fixderivs6, audit21, the lead's own).

Each expected verdict or refusal is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"
MEAN = r"\frac{1}{2m}\sum_{i=1}^m "


# ------------------------------------------------ capital W beside output weights written after the call, or Greek

@pytest.mark.parametrize("cost", [
    # σ(W·x)·v: v the output weights after the hidden layer σ(W·x), W a matrix: the lead's v·σ(W·x) written the
    # other way round; read as w it was a confident gradient of a one-layer cost
    MEAN + r"\left( \sigma(W \cdot x^{(i)}) \cdot \mathbf{v} - y^{(i)} \right)^2",
    MEAN + r"\left( \sigma(W \cdot x^{(i)}) v - y^{(i)} \right)^2",
    MEAN + r"\left( \tanh(W \cdot x^{(i)}) \cdot u - y^{(i)} \right)^2",
    "1/(2m) * sum((tanh(W^T x) v - y)^2)",
    # a Greek letter as the output weights: α tanh(Wᵀx)
    "1/(2m) * sum((alpha tanh(W^T x) - y)^2)",
    MEAN + r"\left( \alpha \tanh(W \cdot x^{(i)}) - y^{(i)} \right)^2",
])
def test_capital_w_beside_output_weights_after_the_call_is_not_the_weight_vector(cost):
    with pytest.raises(InputError):
        logderiv.derive(cost, wrt="W_j")


def test_the_one_layer_model_in_w_with_a_constant_after_the_call_is_still_read():
    # lowercase w is the weight vector as written; v an undefined constant (noted). By hand, with s = σ(w·x):
    # ∂/∂w_j (1/2m)Σ(v s − y)² = (1/m)Σ(v s − y) v s(1 − s) x_j
    cost = MEAN + r"\left( \sigma(w \cdot x^{(i)}) v - y^{(i)} \right)^2"
    right = r"\frac{1}{m}\sum_{i=1}^m \left(v\sigma(w \cdot x^{(i)}) - y^{(i)}\right) v \sigma(w \cdot x^{(i)})" \
            r"\left(1 - \sigma(w \cdot x^{(i)})\right) x_j^{(i)}"
    assert logderiv.check(right, cost=cost, wrt="w_j").verdict == EQ
    # the output weight's second factor v dropped
    wrong = r"\frac{1}{m}\sum_{i=1}^m \left(v\sigma(w \cdot x^{(i)}) - y^{(i)}\right) \sigma(w \cdot x^{(i)})" \
            r"\left(1 - \sigma(w \cdot x^{(i)})\right) x_j^{(i)}"
    assert logderiv.check(wrong, cost=cost, wrt="w_j").verdict == DIFF


def test_the_single_layer_in_capital_w_is_still_the_weight_vector():
    single = MEAN + r"\left( \sigma(W \cdot x^{(i)} + b) - y^{(i)} \right)^2"
    assert any(note.startswith("W is read as w") for note in logderiv.derive(single, wrt="W_j").notes)

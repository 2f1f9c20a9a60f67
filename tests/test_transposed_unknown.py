"""A letter nothing defines, transposed before a function of the data, is a network's weights: refused, not a number.

``vᵀσ(Wᵀx)`` is a network with one hidden layer (v the output weights, W a matrix). It used to be
read with vᵀ = v "a number, and a number's transpose is itself", and W as the weight vector: a
confident gradient of another cost (found reviewing the W·x reading of fixtex6). A constant a
writer transposes by a slip (λᵀ) is still read as itself, with the note.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

NETWORK = r"\frac{1}{2m}\sum_{i=1}^m (v^T \sigma(W^T x^{(i)}) - y^{(i)})^2"


@pytest.mark.parametrize("cost, wrt", [
    (NETWORK, "W_j"),
    (r"\frac{1}{2m}\sum_{i=1}^m (v^T \sigma(w^T x^{(i)}) - y^{(i)})^2", "w_j"),
    (r"\frac{1}{2m}\sum_{i=1}^m (u^\top \tanh(\theta^\top x^{(i)}) - y^{(i)})^2", "theta_j"),
])
def test_a_transposed_unknown_letter_before_a_function_is_refused(cost, wrt):
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt=wrt)
    assert "is transposed, so a vector" in caught.value.message
    assert "hidden layer" in caught.value.message
    letter = cost[caught.value.column]  # the caret (a 0-based column) is under the letter
    assert letter in "vu"


def test_a_constant_transposed_by_a_slip_is_still_read_as_itself():
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\lambda^T \sigma(w^T x^{(i)}) - y^{(i)})^2"
    derivation = logderiv.derive(cost, wrt="w_j")
    assert any("λᵀ is read as λ" in note for note in derivation.notes)


def test_capital_w_beside_output_weights_is_not_read_as_the_weight_vector():
    """v·σ(W·x): v multiplies a function of W·x, so W is a hidden layer's matrix, never renamed w (refused)."""
    network = r"\frac{1}{2m}\sum_{i=1}^m (v \cdot \sigma(W \cdot x^{(i)}) - y^{(i)})^2"
    with pytest.raises(InputError):
        logderiv.derive(network, wrt="W_j")
    # the one-layer model alone is still read as w, with its note
    single = r"\frac{1}{2m}\sum_{i=1}^m (\sigma(W \cdot x^{(i)} + b) - y^{(i)})^2"
    assert any(note.startswith("W is read as w") for note in logderiv.derive(single, wrt="W_j").notes)


def test_bishops_target_vector_transposed_is_read_as_the_targets_not_a_number():
    """-(tᵀlog σ(Xθ) + (1 − t)ᵀlog(1 − σ(Xθ)))/m: t is Bishop's target vector; read as a number it was another cost.

    This was refused (naming t the labels, 'write y'); since audit30 a bare t beside the data matrix X, with no y
    written, is read as y, the targets' vector, and noted (docs/notation.md, 't as the target'), which is the
    reading that refusal pointed to. The gradient is held to finite differences of the cross-entropy written in
    NumPy with t the targets, so a t read as one number fails here."""
    from _reading import assert_gradient_read

    cost = r"-\frac{1}{m}\left(t^T \log(\sigma(X\theta)) + (1-t)^T \log(1-\sigma(X\theta))\right)"

    def intended(d):
        h = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return -np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h))

    assert_gradient_read(cost, intended)
    assert any(note.startswith("t is read as y, the target of each example") for note in logderiv.derive(cost).notes)


def test_another_letter_transposed_before_the_data_is_still_refused():
    """vᵀlog σ(Xθ) + (1 − v)ᵀlog(1 − σ(Xθ)): v is no one's targets, so still a vector nothing names: refused."""
    cost = r"-\frac{1}{m}\left(v^T \log(\sigma(X\theta)) + (1-v)^T \log(1-\sigma(X\theta))\right)"
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost)
    assert "the labels are y" in caught.value.message
    assert "write y for the labels" in caught.value.hint
    assert cost[caught.value.column] == "v"

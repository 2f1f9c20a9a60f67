"""NumPy's and PyTorch's ``x * w`` multiplies entry by entry: x is then one feature (m entries), never the data matrix.

Octave's ``x * theta`` is a matrix product, which conforms only with x the m×n data matrix, and is read so
(noted). In NumPy or PyTorch code the same ``*`` is entry by entry: an m×n x times a vector w is an m×n array,
no model's score; only the one-feature model x⁽ⁱ⁾w + b is meant (a PyTorch training loop: ``z = x * w + b``,
``y_hat = torch.sigmoid(z)``). Reading it as Xw silently gave the gradient of another cost (f21, Mahdi Tabesh's
loop). The hand-worked gradient is held to central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np

from _numeric import central_differences
from logderiv import check, derive

LOSS = "-(y*torch.log(y_hat) + (1-y) * torch.log(1-y_hat)).mean()"
LETS = ["z = x * w + b", "y_hat = torch.sigmoid(z)"]


def test_a_torch_loop_x_times_w_is_the_one_feature_model():
    problem = derive(LOSS, let=LETS, wrt="w").problem
    assert any(note.startswith("w is a scalar here: one-feature model") for note in problem.notes)
    assert not any("so x is the data matrix X" in note for note in problem.notes)


def test_its_gradients_are_the_one_feature_ones():
    # by hand: ∂/∂w mean(−y log σ(xw + b) − (1 − y) log(1 − σ)) = mean((σ − y) x); ∂/∂b = mean(σ − y)
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=6), rng.uniform(size=6)
    w, b = 0.4, -0.3

    def cost(v):
        s = 1 / (1 + np.exp(-(x * v[0] + v[1])))
        return np.mean(-y * np.log(s) - (1 - y) * np.log(1 - s))

    s = 1 / (1 + np.exp(-(x * w + b)))
    assert np.allclose(central_differences(cost, np.array([w, b])), [np.mean((s - y) * x), np.mean(s - y)], atol=1e-6)
    assert check("((y_hat - y) * x).mean()", cost=LOSS, let=LETS, wrt="w").verdict == "equivalent"
    assert check("(y_hat - y).mean()", cost=LOSS, let=LETS, wrt="b").verdict == "equivalent"
    assert check("(y_hat - y).mean()", cost=LOSS, let=LETS, wrt="w").verdict == "different"  # x lost


def test_octave_x_times_theta_is_still_the_data_matrix():
    verdict = check("x' * (sigmoid(x * theta) - y) / m", cost="logistic")
    assert verdict.verdict == "equivalent"
    assert any("so x is the data matrix X" in note for note in verdict.notes)

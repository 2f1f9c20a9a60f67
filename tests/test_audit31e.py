"""Issue 10, an adversarial audit of fixrefused31's readings (audit31e): where they misread real spellings.

* DeepLearning.AI's activation ``A = σ(…)`` read as the text's undefined h: a squared error's h is linear
  regression's θᵀx by the notes' convention, so ``np.sum((h - y)**2)`` beside an unused ``A = sigmoid(X @ theta)``
  was silently the squared error of σ(Xθ) (a wrong gradient for the writer who means θᵀx, and nothing says which).
  The activation is read as h only where the cost is a cross-entropy; elsewhere the refusal naming A stays.
* What the activation reaches (``A = sigmoid(Z)``, ``Z = …``) is used through it, not "defined but not used".
* Unused lets built from the prediction no longer blocked its reading under another name: a later layer's output
  (``A2 = sigmoid(2 * A + 1)``, ``out = sigmoid(2 * y_pred + 1)``) was passed over and h silently read as the first
  layer's A (a wrong gradient). Only lets built from it with the target (``dz = A - Y``, a residual) are passed over.
* A primed cost name J′(θ) = … read as a cost of its own where the right side has "no other component index": a free
  index in a brace with the example's (``x_{ij}``, ``x_{ik}``) was not seen, so a gradient's component with a free j
  beside a penalty was read as a cost. It stays refused at the prime, naming both readings.

Each reading is held to finite differences of a NumPy cost written by hand (the corpus judge, tests/_reading.py).
"""

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, notes_of, refused_by_logderiv


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ the activation A is the prediction of a log-loss only

@pytest.mark.parametrize("text", [
    "np.sum((h - y)**2) / (2*m)",
    "np.mean((h - y) ** 2)",
    r"\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2",
])
def test_a_squared_error_s_h_is_not_a_sigmoid_activation(text):
    # by hand: with no A the squared error's h is θᵀx; with A = σ(Xθ) unused, h may be either: refused, naming A
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j", let=["A = sigmoid(X @ theta)"]))
    assert "'A'" in str(error)


def test_without_the_activation_the_squared_error_s_h_is_linear():
    # the reading the activation would have displaced: h = θᵀx, held to finite differences of (1/2m)Σ(Xθ − y)²
    assert_gradient_read("np.sum((h - y)**2) / (2*m)", lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))


def _mean_cross_entropy_wb(d):
    p = _sigmoid(d.X @ d.w + d.b)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


DLAI_COST = "-(1/m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))"
DLAI_LETS = ("A = sigmoid(Z)", "Z = np.dot(w.T, X) + b")


def test_a_log_loss_s_h_is_the_activation_and_what_it_reaches_is_used():
    assert_gradient_read(DLAI_COST, _mean_cross_entropy_wb, wrt=("w_j", "b"), lets=DLAI_LETS)
    notes = notes_of(logderiv.derive(DLAI_COST, wrt="b", let=list(DLAI_LETS)))
    assert any("h is read as A" in note for note in notes)
    assert not any("--let Z is defined but not used" in note for note in notes)


# ------------------------------------------------------------------ a later layer built from the activation

def _two_layers(d):
    # by hand: the output σ(2a + 1) of the activation a = σ(Xw + b), under the mean cross-entropy
    p = _sigmoid(2 * _sigmoid(d.X @ d.w + d.b) + 1)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


@pytest.mark.parametrize("lets", [
    ("A = sigmoid(np.dot(w.T, X) + b)", "A2 = sigmoid(2 * A + 1)"),
    ("A = sigmoid(np.dot(w.T, X) + b)", "out = sigmoid(2 * A + 1)"),
    ("y_pred = sigmoid(np.dot(w.T, X) + b)", "out = sigmoid(2 * y_pred + 1)"),
])
def test_a_later_layer_built_from_the_activation_keeps_the_refusal(lets):
    # the text's h may be the first layer or the output (finite differences tell them apart: _two_layers is not
    # _mean_cross_entropy_wb), and nothing says which
    error = refused_by_logderiv(lambda: logderiv.derive(DLAI_COST, wrt="w_j", let=list(lets)))
    assert "is used but --let defines" in str(error)


def test_a_residual_and_its_gradient_built_from_the_activation_do_not_block_it():
    lets = ("A = sigmoid(np.dot(w.T, X) + b)", "dz = A - Y", "dw = np.dot(X, dz.T) / m")
    assert_gradient_read(DLAI_COST, _mean_cross_entropy_wb, wrt=("w_j", "b"), lets=lets)


# ------------------------------------------------------------------ a free index in a brace beside a primed cost name

@pytest.mark.parametrize("index", ["x_{ij}", "x_{i,j}", "x_{ik}"])
def test_a_primed_left_side_with_a_free_index_in_a_brace_stays_refused(index):
    # (1/m)Σ(θᵀxᵢ − yᵢ)x_{ij} is the squared error's ∂/∂θ_j: J′ may be J's derivative, so the prime is not dropped
    text = (r"J^{\prime}(\theta)=\frac{1}{m}\sum_{i=1}^{m}(\theta^T x_i-y_i)" + index
            + r"+\frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2")
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))
    assert "prime" in str(error)

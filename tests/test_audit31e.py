"""Issue 10, an adversarial audit of fixrefused31's readings (audit31e): where they misread real spellings.

* DeepLearning.AI's activation ``A = σ(…)`` read as the text's undefined h: a squared error's h is linear
  regression's θᵀx by the notes' convention, so ``np.sum((h - y)**2)`` beside an unused ``A = sigmoid(X @ theta)``
  was silently the squared error of σ(Xθ) (a wrong gradient for the writer who means θᵀx, and nothing says which).
  The activation is read as h only where the cost is a cross-entropy; elsewhere the refusal naming A stays.
* What the activation reaches (``A = sigmoid(Z)``, ``Z = …``) is used through it, not "defined but not used".

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

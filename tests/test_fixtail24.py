"""Issue 10, fixtail24: readings for older corpus refusals, each a convention of ML notes read with a note.

Each reading is held to finite differences of a cost worked out by hand in NumPy (the corpus judge, through
tests/_reading.py), never to logderiv's own output; each near-variant that means something else stays refused.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _reading import assert_gradient_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ a bare log glued to letters, then \hat{y}
# dtcms's L(\hat{y},y)=-(ylog\hat{y})-(1-y)log(1-\hat{y}): 'ylog' before the accented letter is y·log ŷ, as
# 'ylog(' before a bracket already is; by hand the mean cross-entropy of σ(wᵀx + b)
DTCMS_LETS = (r"L(\hat{y},y)=-(ylog\hat{y})-(1-y)log(1-\hat{y})", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}",
              r"z = \mathbf{w}^T \mathbf{x} + b")
DTCMS_J = r"J(w,b)=\frac {1}{m}\Sigma_{i=1}^{m}L(\hat{y}^{(i)},y^{(i)})"


def _mean_cross_entropy(d):
    h = _sigmoid(d.X @ d.w + d.b)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))


def test_letters_glued_to_log_before_an_accented_letter_are_a_product_with_the_log():
    assert_gradient_read(DTCMS_J, _mean_cross_entropy, wrt=("w_j", "b"), lets=DTCMS_LETS)
    notes = notes_of(logderiv.derive(DTCMS_J, wrt="w_j", let=DTCMS_LETS))
    assert any("'ylog' is read as y·log" in note for note in notes)
    # \hat y, the accent's letter without braces, reads the same
    lets = (r"L(\hat{y},y)=-(ylog\hat y)-(1-y)log(1-\hat{y})", *DTCMS_LETS[1:])
    assert_gradient_read(DTCMS_J, _mean_cross_entropy, wrt=("w_j",), lets=lets)


def test_a_glued_log_before_an_accent_on_two_letters_stays_refused():
    # ylog\hat{y}x: log(ŷ)·x or log(ŷx)? The operand's end is not written
    lets = (r"L(\hat{y},y)=-(ylog\hat{y}x)-(1-y)log(1-\hat{y})", *DTCMS_LETS[1:])
    error = refused(logderiv.derive, DTCMS_J, wrt="w_j", let=lets)
    assert "'log' without a backslash reads as a product of letters" in error.message

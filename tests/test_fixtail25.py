"""Issue 10, fixtail25: readings for older corpus refusals, each a convention of code and ML notes, noted.

tanmay's README grades code (``y_pred = sigmoid(linear)``, ``linear = X.weights + bias``) against a LaTeX cost
``J(w, b) = -\\frac{1}{m} \\sum … \\hat{y}_i …``. Two conventions it rests on were refused: a prediction's --let
built from another --let (the prediction's own parts), and code's ``bias`` beside the b the cost's head lists.
Each verdict here is worked out by hand (the mean cross-entropy's gradient is (1/m)Xᵀ(σ(Xw + b) − y) by w and
(1/m)Σ(σ − y) by b) and held by the corpus judge (tests/_reading.py); each near-variant stays refused.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused

#: the mean cross-entropy in LaTeX, its head listing w and b (tanmay's README)
CE_WB = r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i)]"
#: the prediction built from a --let of its own parts, as the README's code does
CHAIN = ("y_pred = sigmoid(linear)", "linear = np.dot(X, w) + bias")


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_hand_worked_gradients_are_the_finite_differences():
    # the hand-worked gradients the verdicts below rest on, held to central differences of the mean cross-entropy
    rng = np.random.default_rng(7)
    X, y = rng.normal(size=(5, 3)), rng.integers(0, 2, 5).astype(float)
    w, b = rng.normal(size=3), 0.3

    def cost(v):
        h = _sigmoid(X @ v[:3] + v[3])
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)))

    h = _sigmoid(X @ w + b)
    by_hand = np.append(X.T @ (h - y) / 5, np.mean(h - y))
    assert np.allclose(central_differences(cost, np.append(w, b)), by_hand, atol=1e-6)


# ------------------------------------------------------------------ a prediction's --let built from another --let
def test_a_prediction_let_built_from_another_let_is_the_texts_prediction():
    assert_verdict_read("(1/m) * np.dot(X.T, y_pred - y)", CE_WB, "equivalent", wrt="w_j", lets=CHAIN)
    # no 1/m: m times the gradient
    assert_verdict_read("np.dot(X.T, y_pred - y)", CE_WB, "different", wrt="w_j", lets=CHAIN)
    # by b, an index-form answer: its matrix-form part (linear = np.dot(X, w) + bias) is one value per example
    assert_verdict_read("(1/m) * np.sum(y_pred - y)", CE_WB, "equivalent", wrt="b", lets=CHAIN)
    assert_verdict_read("(1/m) * np.sum(y_pred)", CE_WB, "different", wrt="b", lets=CHAIN)
    derivation = logderiv.derive(CE_WB, wrt="w_j", let=("y_pred = sigmoid(z)", "z = w^T x + b"))
    assert any("h is read as y_pred, the prediction under another name" in note for note in notes_of(derivation))


def test_a_let_the_prediction_does_not_reach_keeps_the_refusal():
    # c is used by nothing: one more quantity the cost's ŷ might be is not explained by the prediction
    error = refused(logderiv.derive, CE_WB, wrt="w_j", let=("y_pred = sigmoid(z)", "z = w^T x + b", "c = 3"))
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    assert "is used but --let defines" in error.message
    # the prediction names q, which nothing defines, beside an unused z: which is the score is not said
    error = refused(logderiv.derive, CE_WB, wrt="w_j", let=("y_pred = sigmoid(q)", "z = w^T x + b"))
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    assert "is used but --let defines" in error.message


def test_a_part_of_the_prediction_that_uses_the_labels_keeps_the_refusal():
    # z = wᵀx + b − y is a residual: what reaches it is no prediction, whatever its name
    error = refused(logderiv.derive, CE_WB, wrt="w_j", let=("y_pred = sigmoid(z)", "z = w^T x + b - y"))
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    assert "is used but --let defines" in error.message


# ------------------------------------------------------------------ code's bias beside the b of J(w, b)
def test_code_bias_is_the_b_the_cost_head_lists():
    lets = ("y_pred = sigmoid(X @ w + bias)",)
    assert_verdict_read("(1/m) * np.sum(y_pred - y)", CE_WB, "equivalent", wrt="b", lets=lets)
    assert_verdict_read("np.sum(y_pred - y)", CE_WB, "different", wrt="b", lets=lets)
    verdict = logderiv.check("(1/m) * np.sum(y_pred - y)", cost=CE_WB, wrt="b", let=lets)
    assert any("bias is code's name for the intercept b" in note for note in notes_of(verdict))


def test_a_latex_b_that_is_neither_listed_nor_added_keeps_bias_refused():
    # b/2 scaling the penalty is a constant of its own, not the intercept: bias beside it is not said to be b
    cost = r"J(w) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i)] + \frac{b}{2} w^T w"
    error = refused(logderiv.check, "(1/m) * np.sum(y_pred - y)", cost=cost, wrt="w_j",
                    let=("y_pred = sigmoid(X @ w + bias)",))
    assert "bias" in error.message

"""Issue 10, audit25t: an adversarial audit of fixtail25's readings (a prediction's --let built from other --lets,
an index-form answer's matrix-form --let held against the cost's, code's bias beside the b of J(w, b)).

The one misread found: a text that takes σ of its prediction, ``-Σ[y log σ(ŷ) + (1 − y) log(1 − σ(ŷ))]``, beside
``--let 'y_pred = sigmoid(linear)' --let 'linear = np.dot(X, w) + bias'``. The ŷ under σ is the score (the logit,
``linear``), code's y_pred the probability; reading ŷ as y_pred applied σ twice and judged the right gradient
(1/m)Xᵀ(σ(Xw + b) − y) "different". Which the writer meant is not said, so it is refused, at the σ. Near-variants
that were read right are held here too, each verdict worked out by hand and held by finite differences or the
corpus judge, never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused

#: the cross-entropy of σ of the text's ŷ: ŷ is the score σ is applied to
CE_OF_SIGMA = (r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \sigma(\hat{y}_i) "
               r"+ (1 - y_i) \log(1 - \sigma(\hat{y}_i))]")
# the mean cross-entropy of ŷ itself (tanmay's README, as fixtail25 reads it), and code's prediction built from its
# linear part: test_fixtail25's, which these readings audit
from test_fixtail25 import CE_WB, CHAIN  # noqa: E402


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_gradient_of_the_cross_entropy_of_sigma_of_the_score_is_the_familiar_one():
    # with ŷ the score Xw + b, J = mean CE(σ(ŷ)) has gradient (1/m)Xᵀ(σ(Xw + b) − y): the answer judged "different"
    # when ŷ was read as code's y_pred = σ(linear) (σ applied twice) is the right one
    rng = np.random.default_rng(25)
    X, y = rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float)
    w, b = rng.normal(size=3), -0.4

    def cost(v):
        p = _sigmoid(X @ v[:3] + v[3])
        return float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))

    p = _sigmoid(X @ w + b)
    assert np.allclose(central_differences(cost, np.append(w, b)), np.append(X.T @ (p - y) / 6, np.mean(p - y)),
                       atol=1e-6)


def test_the_logistic_loss_gradient_of_the_score_is_the_one_the_margin_test_uses():
    # log(1 + e^{−y z}) with labels ±1: ∂/∂w = −(1/m) Σ y σ(−y z) x, held to central differences
    rng = np.random.default_rng(26)
    X, y = rng.normal(size=(6, 3)), rng.choice([-1.0, 1.0], 6)
    w, b = rng.normal(size=3), 0.2

    def cost(v):
        return float(np.mean(np.log1p(np.exp(-y * (X @ v + b)))))

    assert np.allclose(central_differences(cost, w), -X.T @ (y * _sigmoid(-y * (X @ w + b))) / 6, atol=1e-6)


def test_sigma_of_a_prediction_let_that_is_itself_a_sigmoid_is_refused_at_the_sigma():
    # old: "different" (σ(σ(Xw + b)) read); the right answer under the score reading is the one checked here
    for lets in (CHAIN, ("y_pred = sigmoid(np.dot(X, w) + bias)",), ("y_pred = sigmoid(z)", "z = w^T x + b")):
        error = refused(logderiv.check, "(1/m) * np.dot(X.T, y_pred - y)", cost=CE_OF_SIGMA, wrt="w_j", let=lets)
        assert "the text takes σ of the prediction h" in error.message
        assert "is itself a sigmoid: h there may be the score, not the probability y_pred" in error.message
        assert CE_OF_SIGMA[error.column:].startswith(r"\sigma(\hat{y}_i)")
        assert "write --let 'h = …' with the score" in error.hint
    error = refused(logderiv.derive, CE_OF_SIGMA, wrt="b", let=CHAIN)
    assert "is itself a sigmoid: h there may be the score, not the probability y_pred" in error.message


def test_sigma_written_out_or_as_ngs_g_of_a_sigmoid_prediction_let_is_refused_too():
    # old: "different" for both (σ applied twice, as above)
    written_out = (r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \frac{1}{1+e^{-\hat{y}_i}} "
                   r"+ (1 - y_i) \log(1 - \frac{1}{1+e^{-\hat{y}_i}})]")
    ng = r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log g(\hat{y}_i) + (1 - y_i) \log(1 - g(\hat{y}_i))]"
    for cost, at in ((written_out, r"\frac{1}{1+e^{-\hat{y}_i}}"), (ng, r"g(\hat{y}_i)")):
        error = refused(logderiv.check, "(1/m) * np.dot(X.T, y_pred - y)", cost=cost, wrt="w_j", let=CHAIN)
        assert "is itself a sigmoid: h there may be the score, not the probability y_pred" in error.message
        assert cost[error.column:].startswith(at)
    # g of a prediction let that is the score: σ once, (1/m)Σ(σ(Xw + b) − y) by b as worked out above
    assert_verdict_read("(1/m) * np.sum(sigmoid(y_pred) - y)", ng, "equivalent", wrt="b",
                        lets=("y_pred = np.dot(X, w) + bias",))


def test_e_to_the_margin_of_a_sigmoid_prediction_let_is_refused():
    # the logistic loss log(1 + e^{−y ŷ}) (labels ±1) of the score: old, read with ŷ = σ(Xw + b), it judged the
    # score's gradient −(1/m)Σ y σ(−y(Xw + b)) x "different"
    margin = r"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \log(1 + e^{-y_i \hat{y}_i})"
    error = refused(logderiv.check, "-(1/m) * np.dot(X.T, y * sigmoid(-y * linear))", cost=margin, wrt="w_j",
                    let=CHAIN)
    assert "the text takes e to the power of the prediction h" in error.message
    assert margin[error.column:].startswith("e^{")


def test_sigma_of_a_prediction_let_that_is_the_score_stays_read():
    # y_pred = Xw + b is the score: σ(ŷ) is σ(Xw + b) once, and (1/m)Σ(σ(y_pred) − y) is ∂J/∂b (the test above)
    lets = ("y_pred = np.dot(X, w) + bias",)
    assert_verdict_read("(1/m) * np.sum(sigmoid(y_pred) - y)", CE_OF_SIGMA, "equivalent", wrt="b", lets=lets)
    assert_verdict_read("(1/m) * np.sum(y_pred - y)", CE_OF_SIGMA, "different", wrt="b", lets=lets)


def test_near_variants_of_the_chain_keep_their_hand_worked_verdicts():
    # a prediction that is not σ of the linear part: the cross-entropy's σ − y shortcut does not hold, so
    # (1/m)Xᵀ(ŷ − y) is not the gradient (by hand: −(1/m)Σ[y/ŷ − (1−y)/(1−ŷ)]·ŷ'·x ≠ (1/m)Σ(ŷ − y)x)
    answer = "(1/m) * np.dot(X.T, y_pred - y)"
    assert_verdict_read(answer, CE_WB, "different", wrt="w_j", lets=("y_pred = 0.5 * sigmoid(linear)", CHAIN[1]))
    # two deep, the score doubled: σ(2(Xw + b)) has gradient (2/m)Xᵀ(σ − y), not (1/m)Xᵀ(σ − y)
    assert_verdict_read(answer, CE_WB, "different", wrt="w_j",
                        lets=("y_pred = sigmoid(z)", "z = 2 * lin", "lin = np.dot(X, w) + bias"))
    assert_verdict_read("(2/m) * np.dot(X.T, y_pred - y)", CE_WB, "equivalent", wrt="w_j",
                        lets=("y_pred = sigmoid(z)", "z = 2 * lin", "lin = np.dot(X, w) + bias"))


def test_a_middle_let_in_another_parameter_is_refused():
    # linear = Xv + bias: the cost does not depend on w at all, so the chain is no model of w to differentiate
    refused(logderiv.check, "(1/m) * np.dot(X.T, y_pred - y)", cost=CE_WB, wrt="w_j",
            let=("y_pred = sigmoid(linear)", "linear = np.dot(X, v) + bias"))
    refused(logderiv.check, "(1/m) * np.dot(X.T, y_pred - y)", cost=CE_WB, wrt="w_j",
            let=("y_pred = sigmoid(linear)", "linear = np.dot(w, X) + bias"))


# ------------------------------------------------------------------ code's bias beside the b of J(w, b)
def test_code_bias_that_is_no_intercept_beside_a_b_only_the_head_lists_is_refused():
    # σ(bias · Xw): bias scales the score, so "bias is code's name for the intercept b" (old: read so, noted) is
    # false, and the cost's J(w, b) says nothing of what its b is: which quantity --wrt b names is not said
    error = refused(logderiv.check, "(1/m) * np.sum((y_pred - y) * (X @ w))", cost=CE_WB, wrt="b",
                    let=("y_pred = sigmoid(bias * (X @ w))",))
    assert "bias" in error.message
    refused(logderiv.check, "(1/m) * np.dot(X.T, y_pred - y)", cost=CE_WB, wrt="w_j",
            let=("y_pred = sigmoid(np.dot(X, w) + 2 * bias)",))


def test_code_bias_added_alone_beside_the_head_b_stays_read():
    # added first or last it is the intercept: ∂J/∂b = (1/m)Σ(σ(Xw + b) − y), as worked out above
    for lets in (("y_pred = sigmoid(bias + X @ w)",), CHAIN):
        assert_verdict_read("(1/m) * np.sum(y_pred - y)", CE_WB, "equivalent", wrt="b", lets=lets)
        assert_verdict_read("np.sum(y_pred - y)", CE_WB, "different", wrt="b", lets=lets)

"""The EPFL labs' ``tx`` (CS-433's x̃: the data matrix with a column of ones prepended) read as X (issue 10, branch tx).

``e = y - tx.dot(w)``, ``tx.T.dot(e) / N``, ``sigmoid(tx @ w)``: logderiv's X already holds the column of ones
(x₁ = 1, θ₁ the intercept), so tx is X. Read so, with a note, only when every text is code, none writes x or X,
no --let defines tx, and every tx is a matrix factor (tx @ w, tx.dot(w), np.dot(tx, w), tx.T.dot(…), tx.T @ …).

Every expected verdict is worked out by hand in the comment beside it and the hand gradients are held to central
finite differences of NumPy costs written here (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check, derive
from _reading import notes_of as _notes, refused as _refused

RNG = np.random.default_rng(433)
TX_NOTE = "tx is the EPFL labs' x̃, the data matrix with a column of ones, read as X"


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


def _tx(m: int, n: int) -> np.ndarray:
    """A lab's tx: a column of ones, then the features."""
    return np.column_stack([np.ones(m), RNG.normal(size=(m, n - 1))])


# ------------------------------------------------------------------ the mean squared error
MSE = "1/(2*N) * np.sum((y - tx.dot(w))**2)"
MSE_LETS = ("N = len(y)", "e = y - tx.dot(w)")


def test_the_mse_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ (1/(2N)) Σ (y − x̃w)² = −x̃ᵀ(y − x̃w)/N
    tx, y, w = _tx(6, 3), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda v: np.sum((y - tx.dot(v)) ** 2) / (2 * len(y))
    assert np.allclose(central_differences(cost, w), -tx.T.dot(y - tx.dot(w)) / len(y), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    ("-tx.T.dot(e) / N", "equivalent"),  # the lab's compute_gradient: −x̃ᵀe/N (by hand, above)
    ("tx.T.dot(e) / N", "different"),  # its sign flipped
    ("-tx.T @ e / N", "equivalent"),  # the same with @
    ("-np.dot(tx.T, e) / N", "equivalent"),  # and with np.dot
    ("-tx.T.dot(e)", "different"),  # without the 1/N
])
def test_the_mse_gradient_in_the_labs_code(answer, verdict):
    result = check(answer, cost=MSE, let=MSE_LETS)
    assert result.verdict == verdict
    assert any(TX_NOTE in note for note in _notes(result))


def test_the_mse_gradient_with_n_as_y_shape_and_no_spaces():
    # −x̃ᵀ(y − x̃w)/N (by hand, above), with np.square and N = y.shape[0]
    result = check("-(tx.T@(y - tx@w)) / N", cost="1/(2*N) * np.sum(np.square(y - (tx@w)))",
                   let=("N = y.shape[0]",))
    assert result.verdict == "equivalent"
    assert any(TX_NOTE in note for note in _notes(result))


def test_an_answer_in_plain_notation_beside_tx_stays_refused():
    # the answer writes x: whether its x is the lab's tx is not in the text
    error = _refused(check, "-1/m * sum((y - w^T x) x_j)", cost="1/(2*N) * np.sum(np.square(y - (tx@w)))",
                     let=("N = y.shape[0]",), wrt="w_j")
    assert "whether x is the same matrix as tx" in error.message


def test_the_mse_derivation_says_it_read_tx():
    derivation = derive(MSE, let=("N = len(y)",))
    assert any(TX_NOTE in note for note in _notes(derivation))


# ------------------------------------------------------------------ the logistic loss
LOGISTIC = "np.sum(np.log(1 + np.exp(tx.dot(w))) - y * tx.dot(w))"


def test_the_logistic_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ Σ [log(1 + e^{x̃w}) − y x̃w] = x̃ᵀ(σ(x̃w) − y)
    tx, w = _tx(5, 3), RNG.normal(size=3)
    y = RNG.integers(0, 2, size=5).astype(float)
    cost = lambda v: np.sum(np.log(1 + np.exp(tx.dot(v))) - y * tx.dot(v))
    assert np.allclose(central_differences(cost, w), tx.T.dot(_sigmoid(tx.dot(w)) - y), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    ("tx.T.dot(sigmoid(tx.dot(w)) - y)", "equivalent"),  # x̃ᵀ(σ(x̃w) − y) (by hand, above)
    ("np.dot(tx.T, sigmoid(tx @ w) - y)", "equivalent"),
    ("tx.T.dot(y - sigmoid(tx.dot(w)))", "different"),  # the sign flipped
    ("tx.T.dot(sigmoid(tx.dot(w)) - y) / len(y)", "different"),  # the cost is a sum, not a mean
])
def test_the_logistic_gradient_in_the_labs_code(answer, verdict):
    result = check(answer, cost=LOGISTIC)
    assert result.verdict == verdict
    assert any(TX_NOTE in note for note in _notes(result))


def test_capital_tX_is_read_too():
    result = check("tX.T.dot(sigmoid(tX.dot(w)) - y)", cost=LOGISTIC.replace("tx", "tX"))
    assert result.verdict == "equivalent"
    assert any(TX_NOTE in note for note in _notes(result))


# ------------------------------------------------------------------ near-variants that stay refused
@pytest.mark.parametrize("cost", [
    "np.sum((y - tx.dot(w))**2) + np.sum((y - X.dot(w))**2)",  # tx beside X: X may be x̃ without its ones
    "np.sum((y - tx.dot(w))**2) + np.sum(x)",  # beside x: one example's features, maybe
])
def test_tx_beside_x_is_refused_naming_both(cost):
    error = _refused(derive, cost)
    assert "whether" in error.message and "tx" in error.message
    assert error.column == cost.index("tx")
    assert "one name" in error.hint


@pytest.mark.parametrize("cost, lets", [
    ("np.sum((y - tx.dot(w))**2)", ("tx = 2*y",)),  # tx defined by a let: not the lab's x̃
    ("np.sum((y - tx.dot(w))**2) * tx * 2", ()),  # tx also used as a number
    ("np.sum((y - tx * w)**2)", ()),  # tx * w is NumPy's broadcast, not the matrix product
    ("np.sum((y - tx.dot(w))**2) + np.sum(tx.T * y)", ()),  # tx.T * y: a broadcast again
    ("np.sum((y - tx.dot(w))**2) + np.sum(tX.dot(w))", ()),  # tx and tX: two names in Python
    ("np.sum((y - tx[0].dot(w))**2)", ()),  # a row of tx, not the matrix
])
def test_tx_stays_unread_where_it_may_be_another_quantity(cost, lets):
    error = _refused(derive, cost, let=lets)
    assert error.hint


def test_an_answer_with_tx_beside_a_cost_with_x_stays_refused():
    # the cost writes X and nothing multiplies w by tx: the answer's tx may be another matrix, an unknown name
    error = _refused(check, "-tx.T.dot(y - X.dot(w)) / m", cost="1/(2*m) * np.sum((y - X.dot(w))**2)")
    assert "tx" in error.message


def test_latex_tx_is_not_the_labs_name():
    # in LaTeX tx_i is t times x_i, as before: no tx note
    derivation = derive(r"\sum_i (y_i - w tx_i)^2", wrt="w")
    assert not any("EPFL" in note for note in _notes(derivation))


# --- the labs' helpers take tx as an argument: compute_loss(y, tx, w) hands the data matrix on ------------------
# A reg_logistic_regression (public code index file 31433699280; wave f37) calls its helper calculate_loss(y, tx, w)
# and defines it with tx in its head; tx was left unread because a bare argument was none of its known uses.

_HELPER_COST = "calculate_loss(y, tx, w) + lambda_ * np.squeeze(w.T.dot(w))"
_HELPER_LETS = (
    "calculate_loss(y, tx, w) = np.squeeze(- loss)",
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
    "sigmoid(t) = 1.0 / (1 + np.exp(-t))",
)


def _summed_ce_plus_lam_ww(d):
    """−Σᵢ[yᵢ log σ(xᵢᵀw) + (1 − yᵢ) log(1 − σ(xᵢᵀw))] + λ‖w‖², worked by hand."""
    p = 1 / (1 + np.exp(-(d.X @ d.w)))
    return float(-np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) + d.lam * (d.w @ d.w))


def test_tx_handed_to_the_labs_helper_is_the_data_matrix():
    from _reading import assert_gradient_read

    assert_gradient_read(_HELPER_COST, _summed_ce_plus_lam_ww, wrt=("w_j",), lets=_HELPER_LETS)


def test_tx_handed_to_a_helper_beside_x_stays_refused():
    from logderiv.errors import InputError

    with pytest.raises(InputError):
        derive(_HELPER_COST + " + np.sum(x)", wrt="w_j", let=list(_HELPER_LETS))

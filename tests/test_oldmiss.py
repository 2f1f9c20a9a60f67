"""Old misses of the corpus read (issue 10, branch oldmiss): the labs' sigmoid(tx, w) and tx.shape, …

Every expected verdict is worked out by hand in the comment beside it, and the hand gradients are held to
central finite differences of NumPy costs written here (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(1010)


def _notes(result) -> tuple[str, ...]:
    """What a verdict or derivation says it read: its own notes and, for a verdict, its cost's (both are printed)."""
    problem = getattr(result, "problem", None)
    return (*result.notes, *(problem.notes if problem is not None else ()))


def _refused(call, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


def _tx(m: int, n: int) -> np.ndarray:
    """A data matrix with its column of ones first, as the labs build tx."""
    return np.hstack([np.ones((m, 1)), RNG.normal(size=(m, n - 1))])


# ------------------------------------------------------------------ the labs' two-argument sigmoid(tx, w)
LOG_LOSS = "(-1/N)*np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2)))"
LOG_LETS = ("sigm = sigmoid(tx,w)", "sigm2 = 1 - sigm", "N = y.shape[0]")
SIGMOID_NOTE = "sigmoid(tx, w) is the labs' two-argument sigmoid, which returns σ(tx @ w)"


def test_the_log_loss_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ −(1/N)[yᵀ log σ(x̃w) + (1 − y)ᵀ log(1 − σ(x̃w))] = (1/N) x̃ᵀ(σ(x̃w) − y)
    tx, w = _tx(6, 3), RNG.normal(size=3)
    y = RNG.integers(0, 2, size=6).astype(float)

    def loss(v):
        s = _sigmoid(tx @ v)
        return -np.sum(y @ np.log(s) + (1 - y) @ np.log(1 - s)) / len(y)

    assert np.allclose(central_differences(loss, w), tx.T @ (_sigmoid(tx @ w) - y) / len(y), atol=1e-6)


def test_sigmoid_of_tx_and_w_is_the_sigmoid_of_their_product_noted():
    verdict = check("(1/N) * (tx.T@(z - y))", cost=LOG_LOSS, wrt="w_j", let=(*LOG_LETS, "z = sigmoid(tx,w)"))
    assert verdict.verdict == "equivalent"
    assert any(SIGMOID_NOTE in note for note in _notes(verdict))


def test_a_penalty_added_where_the_cost_subtracts_it_is_different():
    # J = −(1/N)[Σ … + (λ/2)wᵀw]: ∇ = (1/N)[x̃ᵀ(σ − y) − λw]; the answer adds λw/N, off by 2λw/N
    cost = "(-1/N)*(np.sum(y.T@np.log(sigm) + ((1-y).T@np.log(sigm2))) + ((lambda_/2)*np.sum(w.T@w)))"
    verdict = check("(1/N) * ((tx.T@(z - y)) + (lambda_*w))", cost=cost, wrt="w_j",
                    let=(*LOG_LETS, "z = sigmoid(tx,w)"))
    assert verdict.verdict == "different"


def test_the_sigmoid_derivation_says_it_read_the_two_arguments():
    derivation = derive(LOG_LOSS, wrt="w_j", let=LOG_LETS)
    assert any(SIGMOID_NOTE in note for note in _notes(derivation))


@pytest.mark.parametrize("let", ["sigm = sigmoid(w, tx)", "sigm = sigmoid(tx, v)", "sigm = sigmoid(X, w)"])
def test_other_two_argument_sigmoids_stay_refused(let):
    # sigmoid(w, tx): the arguments the other way; sigmoid(tx, v): v is no parameter vector; X is not the labs' tx
    _refused(derive, LOG_LOSS, wrt="w_j", let=(let, "sigm2 = 1 - sigm", "N = y.shape[0]"))


# ------------------------------------------------------------------ N, D = tx.shape
LS_LOSS = "np.dot(e, e) / (2 * N)"
LS_LETS = ("e = y - np.dot(tx, w)", "N, D = tx.shape")


def test_the_least_squares_hand_gradient_agrees_with_finite_differences():
    # by hand: ∇ eᵀe/(2N), e = y − x̃w, is −x̃ᵀe/N
    tx, w, y = _tx(5, 3), RNG.normal(size=3), RNG.normal(size=5)
    assert np.allclose(central_differences(lambda v: (y - tx @ v) @ (y - tx @ v) / (2 * len(y)), w),
                       -tx.T @ (y - tx @ w) / len(y), atol=1e-6)


def test_tx_shape_unpacks_the_count_of_examples():
    verdict = check("- np.dot(tx.T, e) / N", cost=LS_LOSS, wrt="w_j", let=LS_LETS)
    assert verdict.verdict == "equivalent"
    assert any("N, D = tx.shape unpacks tx's shape" in note for note in _notes(verdict))


def test_the_least_squares_gradient_without_the_minus_is_different():
    # x̃ᵀe/N is the negative of the gradient
    assert check("np.dot(tx.T, e) / N", cost=LS_LOSS, wrt="w_j", let=LS_LETS).verdict == "different"


def test_the_columns_of_tx_are_not_the_examples():
    # N = tx.shape[1] counts tx's columns, the features: never read as m
    error = _refused(derive, LS_LOSS, wrt="w_j", let=("e = y - np.dot(tx, w)", "N = tx.shape[1]"))
    assert "N" in error.message or "shape" in error.message

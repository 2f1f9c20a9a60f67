r"""Audit of issue 10's latest readings (shapes10, index10, f10text, f10code) for silent misreads (audit 11).

Each test names the input, what logderiv did before and what it must do now. Verdicts are worked by hand in
the comments; gradients are checked by central finite differences of the cost written here in NumPy, never
copied from logderiv's own output.

1. ``\frac{1}{2}\sum_{k=1}^n \theta_j^2``: k marks nothing, j is free. It was read as written, n·θⱼ²
   (gradient nθⱼ), silently: ``n\theta_j`` was called **equivalent** and ``\theta_j`` (the gradient of
   the Σⱼθⱼ² the writer means) **different**. index10 reads the examples' twin (Σ_k over terms in i) as one
   index because i can only be the example; a free j is also the derivative's own index, so here the two
   readings are refused, at the Σ.
2. ``½(Xw − y)ᵀ(Xw − y) + ½λWᵀW`` (and ``+ λW``, NumPy's ``np.sum(W**2)``): shapes10 reads W as w only where
   no w is written; beside a w, W was an unknown constant, silently: ``Xᵀ(Xw − y)`` was called **equivalent**
   and ``Xᵀ(Xw − y) + λw`` **different**. Now refused at the W, as Θ beside θ is.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(11)


# --- 1. Σ over k of terms written with j alone --------------------------------------------------------------

FREE_J = r"\frac{1}{2}\sum_{k=1}^n \theta_j^2"


def test_the_two_readings_of_a_sum_over_k_of_theta_j_have_different_gradients():
    """As written, ½Σ_{k=1}^n θⱼ² = (n/2)θⱼ², derivative nθⱼ; as meant, ½Σⱼθⱼ², gradient θ: FD, n = 3."""
    theta, j = RNG.normal(size=3), 1
    as_written = _fd(lambda t: 0.5 * t.size * t[j] ** 2, theta)
    as_meant = _fd(lambda t: 0.5 * np.sum(t**2), theta)
    assert np.isclose(as_written[j], theta.size * theta[j]) and np.isclose(as_meant[j], theta[j])
    assert not np.isclose(as_written[j], as_meant[j])


@pytest.mark.parametrize("cost", [FREE_J, r"\frac{\lambda}{2m}\sum_{k=1}^{n} \theta_j^2",
                                  r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{k=1}^n \theta_j^2"])
def test_a_sum_over_k_of_terms_in_j_alone_is_refused_at_its_k(cost):
    # before: read as n copies of θⱼ², and n θⱼ called equivalent
    with pytest.raises(InputError) as caught:
        check(r"n\theta_j", cost=cost)
    assert "k marks nothing" in str(caught.value) and "neither is guessed" in str(caught.value)
    assert caught.value.column == cost.rindex(r"\sum_{k") + len(r"\sum_{")  # the caret at its k


def test_sums_whose_index_marks_their_terms_are_still_read():
    """½Σₖθₖ² → θⱼ; ½ΣⱼΣₖθⱼθₖ → Σₖθₖ (FD below); ½ΣⱼΣₖθⱼ² = (n/2)Σⱼθⱼ² → nθⱼ: j bound by its own Σ."""
    theta = RNG.normal(size=3)
    assert np.allclose(_fd(lambda t: 0.5 * np.sum(np.outer(t, t)), theta), np.full(3, theta.sum()))
    assert np.allclose(_fd(lambda t: 0.5 * t.size * np.sum(t**2), theta), theta.size * theta)
    assert check(r"\theta_j", cost=r"\frac{1}{2}\sum_{k=1}^n \theta_k^2").verdict == "equivalent"
    assert check(r"\sum_{k=1}^n\theta_k", cost=r"\frac{1}{2}\sum_{j=1}^n \sum_{k=1}^n \theta_j \theta_k").verdict \
        == "equivalent"
    assert check(r"n\theta_j", cost=r"\frac{1}{2}\sum_{j=1}^n \sum_{k=1}^n \theta_j^2").verdict == "equivalent"
    assert check(r"\theta_j", cost=r"\frac{1}{2}\sum_{j=1}^n \sum_{k=1}^n \theta_j^2").verdict == "different"


# --- 2. a capital W beside the weights w ---------------------------------------------------------------------


def test_the_two_readings_of_w_beside_capital_w_have_different_gradients():
    """½‖Xw − y‖² + ½λWᵀW: W a constant → Xᵀ(Xw − y); W = w → Xᵀ(Xw − y) + λw (FD)."""
    X, y, w, lam = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.7
    W = RNG.normal(size=3)
    constant = _fd(lambda v: 0.5 * np.sum((X @ v - y) ** 2) + 0.5 * lam * W @ W, w)
    same = _fd(lambda v: 0.5 * np.sum((X @ v - y) ** 2) + 0.5 * lam * v @ v, w)
    assert np.allclose(constant, X.T @ (X @ w - y)) and np.allclose(same, X.T @ (X @ w - y) + lam * w)


@pytest.mark.parametrize("cost, answer", [
    (r"\frac{1}{2}(Xw - y)^T(Xw - y) + \frac{\lambda}{2}W^TW", r"X^T(Xw - y)"),
    (r"\frac{1}{2}(Xw - y)^T(Xw - y) + \lambda W", r"X^T(Xw - y)"),
    (r"\frac{1}{2}\sum_i (w^Tx_i - y_i)^2 + \lambda W", r"\sum_i (w^Tx_i - y_i)x_{ij}"),
    ("np.sum((X @ w - y)**2)/2 + lam * np.sum(W**2)", "X.T @ (X @ w - y)"),
])
def test_a_capital_w_beside_a_lowercase_w_is_refused_at_the_w(cost, answer):
    # before: W an unknown constant, the answer without λw called equivalent
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, wrt="w_j")
    assert "'W' beside a lowercase w" in str(caught.value)
    assert caught.value.column == cost.index("W")


def test_a_capital_w_alone_or_defined_is_still_read():
    """Ridge in W alone (shapes10) keeps its reading; a W that --let defines is that value."""
    ridge = r"J(W) = \frac{1}{2m}(XW - y)^T(XW - y) + \frac{\lambda}{2m} W^T W"
    assert check(r"\frac{1}{m} X^T(XW - y) + \frac{\lambda}{m} W", cost=ridge, wrt="W_j").verdict == "equivalent"
    read = derive(r"\frac{1}{2}\sum_i (w^Tx_i - y_i)^2 + \frac{\lambda}{2} W", wrt="w_j", let=["W = w^T w"])
    assert read.result is not None
    # ½Σ(wᵀxᵢ − yᵢ)² + ½λwᵀw → Σ(wᵀxᵢ − yᵢ)xᵢⱼ + λwⱼ (FD in the test above)
    assert check(r"\sum_i (w^Tx_i - y_i)x_{ij} + \lambda w_j", cost=r"\frac{1}{2}\sum_i (w^Tx_i - y_i)^2 + "
                 r"\frac{\lambda}{2} W", wrt="w_j", let=["W = w^T w"]).verdict == "equivalent"


# --- 3. two parameter vectors' letters in one cost (found by audit 11, fixed after it) -----------------------
# ½‖Xw − y‖² + ½λθᵀθ: read literally θ is a second vector and ∂/∂wⱼ of the penalty is 0, so Xᵀ(Xw − y) was
# called equivalent; the writer (who copied the penalty from θ-notes) means one vector, gradient Xᵀ(Xw − y) + λw.
# The two readings have different gradients (below), so neither may be taken silently: refused at the θ.

_TWO_LETTERS = r"\frac{1}{2}(Xw-y)^T(Xw-y) + \frac{\lambda}{2}\theta^T\theta"


def test_the_two_readings_of_a_penalty_in_another_letter_differ():
    """By FD: as one vector the penalty adds λw to the gradient; as two it adds nothing. They differ."""
    X, y, w, lam = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.7
    one = _fd(lambda v: 0.5 * (X @ v - y) @ (X @ v - y) + lam / 2 * v @ v, w)
    two = _fd(lambda v: 0.5 * (X @ v - y) @ (X @ v - y) + lam / 2 * np.ones(3) @ np.ones(3), w)
    assert np.allclose(one - two, lam * w, atol=1e-5)


@pytest.mark.parametrize(
    "cost, letter",
    [
        (_TWO_LETTERS, r"\theta"),
        (r"\frac{1}{2}\sum_{i=1}^{m}(w^Tx_i - y_i)^2 + \frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2", r"\theta"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^Tx^{(i)} - y^{(i)})^2 + \lambda\|\beta\|^2", r"\beta"),
    ],
)
def test_a_cost_with_two_parameter_letters_is_refused_at_the_second(cost, letter):
    with pytest.raises(InputError) as caught:
        check("X^T(Xw - y)", cost=cost, wrt="w_j" if "w^T" in cost or "Xw" in cost else "theta_j")
    assert "two parameter vectors" in caught.value.message
    assert caught.value.column == cost.index(letter)


def test_one_letter_throughout_is_still_read():
    """½‖Xw − y‖² + ½λwᵀw: gradient Xᵀ(Xw − y) + λw by hand; without λw it is different."""
    cost = r"\frac{1}{2}(Xw-y)^T(Xw-y) + \frac{\lambda}{2}w^Tw"
    assert check(r"X^T(Xw - y) + \lambda w", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check("X^T(Xw - y)", cost=cost, wrt="w_j").verdict == "different"

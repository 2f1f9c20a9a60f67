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

from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(11)


def _fd(J, v, h=1e-6):
    return np.array([(J(v + h * e) - J(v - h * e)) / (2 * h) for e in np.eye(v.size)])


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

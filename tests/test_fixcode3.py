"""fixcode3 (issue 10): refusal families that recur across the corpus waves, read as ML notes and code mean them.

Each reading is of real text, quoted verbatim with its source; its meaning was worked out by hand and is held to
central finite differences of a NumPy cost written here (tests/_numeric.py) or to the verdict worked out by hand
(the corpus judge, tests/_reading.py), never to logderiv's own output. Beside each reading, near variants that
mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import sig
from logderiv import check

from _numeric import central_differences as _fd
from _reading import assert_verdict_read as _assert_verdict, notes_of as _notes
from _reading import refused_by_logderiv as _refusal


def _nll(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


# --- an answer that divides by an N nothing defines: ML notes' number of examples -------------------------------

AICASSINDRA = "https://www.aicassindra.com/blogs/algorithms/logistic_regression.html (Gradient)"
AICASSINDRA_COST = "-sum[y·log(p) + (1-y)·log(1-p)]"
AICASSINDRA_GRAD = "X^T(σ(Xw) - y) / N"
COMP551 = "github:felixsimard/comp551-p2:GradientGiven.py (def cost_fn and def gradient)"
COMP551_COST = "np.mean(y * np.log1p(np.exp(-z)) + (1-y) * np.log1p(np.exp(z)))"
COMP551_GRAD = "np.dot(x.T, yh - y)/N"
COMP551_LETS = ("z = np.dot(x, w)", "yh = logistic(np.dot(x, self.w))", "logistic(z) = 1./ (1 + np.exp(-z))")


def test_the_hand_gradients_of_a_summed_and_a_mean_cross_entropy():
    """By hand: ∇ −Σ[y log σ(Xw) + (1 − y) log(1 − σ(Xw))] = Xᵀ(σ(Xw) − y), and the mean's is Xᵀ(σ − y)/N; the
    softplus form y·log1p(e^{−z}) + (1 − y)·log1p(e^{z}) is the same cross-entropy."""
    rng = np.random.default_rng(103)
    X, y, w = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3)
    p = sig(X @ w)
    assert np.allclose(_fd(lambda v: _nll(sig(X @ v), y).sum(), w), X.T @ (p - y))
    softplus = lambda v: np.mean(y * np.log1p(np.exp(-X @ v)) + (1 - y) * np.log1p(np.exp(X @ v)))  # noqa: E731
    assert np.allclose(_fd(softplus, w), X.T @ (p - y) / 5)
    assert not np.allclose(X.T @ (p - y) / 5, X.T @ (p - y))  # the /N the first answer adds shows


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    (AICASSINDRA_GRAD, AICASSINDRA_COST, (), "different"),  # the page's loss is a sum: /N is one 1/N too many
    (COMP551_GRAD, COMP551_COST, COMP551_LETS, "equivalent"),  # its cost is the mean: /N is its 1/N
    ("np.dot(x.T, yh - y)", COMP551_COST, COMP551_LETS, "different"),
])
def test_an_undefined_divisor_N_is_the_number_of_examples(answer, cost, lets, verdict):
    """AICASSINDRA, COMP551 (the answers verbatim): N divides the gradient and nothing defines it; noted."""
    _assert_verdict(answer, cost, verdict, wrt="w_j", lets=lets)
    if answer.endswith("N"):
        notes = _notes(check(answer, cost=cost, wrt="w_j", let=lets))
        assert any(note.startswith("N is not defined") and note.endswith("read as m") for note in notes)


@pytest.mark.parametrize("answer, cost, lets", [
    ("X^T(σ(Xw) - y) * N", AICASSINDRA_COST, ()),  # N multiplies: no count
    ("X^T(σ(Xw) - y) / N + lambda/m * w", AICASSINDRA_COST, ()),  # m counts the examples: N is another number
    (AICASSINDRA_GRAD, "-1/n sum[y·log(p) + (1-y)·log(1-p)]", ()),  # the cost counts with n: N is not its count
    ("X^T(σ(Xw) - y) / N + w_N", AICASSINDRA_COST, ()),  # N is also an index
    (AICASSINDRA_GRAD, AICASSINDRA_COST, ("N = X.shape[1]",)),  # a --let says N counts the features
])
def test_an_N_that_may_mean_something_else_stays_refused(answer, cost, lets):
    """Near variants: N beside another count, as a factor, an index or defined otherwise is not read as m."""
    _refusal(lambda: check(answer, cost=cost, wrt="w_j", let=lets))

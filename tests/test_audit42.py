r"""Issue 10, audit42: misreads found in the readings merged by fixf41, fixsum0, fixwrap and fixderiv6.

Each case names the text, what logderiv read, and the writer's meaning worked out by hand; each is now refused (or
read as the writer means). Gradients the verdicts lean on are checked by central finite differences
(``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_verdict_read, refused_by_logderiv

from logderiv import check

RNG = np.random.default_rng(42)

# ------------------------------------------------------------------ Octave: a second write into the zeroed copy

SKIP_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta(2:end).^2)/(2*m)"
BASE = ("h = X*theta", "m = length(y)")


def test_a_second_zeroed_entry_changes_the_gradient():
    """temp(1) = 0; temp(2) = 0 leaves λ[0; 0; θ₃…]/m, which misses ∇'s λθ₂/m: by finite differences."""
    X, y, lam = RNG.normal(size=(7, 3)), RNG.normal(size=7), 0.6
    theta = RNG.normal(size=3)
    cost = lambda t: (np.sum((X @ t - y) ** 2) + lam * np.sum(t[1:] ** 2)) / 14
    answer = (X.T @ (X @ theta - y) + lam * np.r_[0, 0, theta[2:]]) / 7
    assert not np.allclose(_fd(cost, theta), answer, atol=1e-4)


@pytest.mark.parametrize("lets", [
    # audit42: each was read as temp = λ[0; θ(2:end)]/m, the later write dropped, and judged 'equivalent'
    ("temp = lambda*theta/m", "temp(1) = 0", "temp(2) = 0"),   # by hand λ[0; 0; θ₃…]/m: different
    ("temp = lambda*theta/m", "temp(2) = 0", "temp(1) = 0"),   # the same two zeroings in the other order
    ("temp = lambda*theta/m", "temp(1) = 0", "temp(1) = 1"),   # by hand λ[1; θ₂…]/m … with 1 in place: different
    ("temp = lambda*theta/m", "temp(1) = 0", "theta(1) = 0"),  # θ itself changed after: which θ is not said
])
def test_a_later_write_into_the_zeroed_copy_is_refused(lets):
    refused_by_logderiv(lambda: check("X'*(h-y)/m+temp", cost=SKIP_J, wrt="theta_j", let=(*BASE, *lets)))


def test_the_same_in_numpy_and_for_a_plain_copy():
    refused_by_logderiv(lambda: check("X.T @ (h-y)/m+lam*temp/m", cost="np.sum((h-y)**2)/(2*m)+lam*np.sum("
                                      "theta[1:]**2)/(2*m)", wrt="theta_j",
                                      let=("h = X @ theta", "m = len(y)", "temp = theta.copy()", "temp[0] = 0",
                                           "temp[1] = 0")))
    refused_by_logderiv(lambda: check("X'*(h-y)/m+lambda*temp/m", cost=SKIP_J, wrt="theta_j",
                                      let=(*BASE, "temp = theta", "temp(1) = 0", "temp(2) = 0")))


def test_one_zeroing_is_still_read():
    """The reading itself stays: temp(1) = 0 alone is λ[0; θ(2:end)]/m, ∇ of the cost that skips θ₁."""
    assert_verdict_read("X'*(h-y)/m+temp", SKIP_J, "equivalent", lets=(*BASE, "temp = lambda*theta/m", "temp(1) = 0"))


# ------------------------------------------------------------------ fixsum0: a /m inside the summand is no mean


def test_the_literal_sum_from_zero_differs_from_the_slip_reading():
    """Σ_{i=0}^{m} over m + 1 examples and Σ_{i=1}^{m} differ by example 0's term: the reading matters."""
    X, y = RNG.normal(size=(5, 2)), RNG.normal(size=5)   # examples 0..4, m = 4
    theta, m = RNG.normal(size=2), 4
    literal = lambda t: np.sum((X @ t / m - y) ** 2)
    slip = lambda t: np.sum((X[1:] @ t / m - y[1:]) ** 2)
    assert not np.allclose(_fd(literal, theta), _fd(slip, theta), atol=1e-4)


@pytest.mark.parametrize("text", [
    # audit42: each was read as the mean over i = 1..m, 'as the 1/m says', though the 1/m scales only a part:
    # nothing says whether the sum has m or m + 1 examples, as with no 1/m at all
    r"\sum_{i=0}^{m}(\theta^T x^{(i)}/m - y^{(i)})^2",                                       # the features scaled
    r"\sum_{i=0}^{m}\left[(\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{m}\theta_1^2\right]",  # the penalty only
    r"\sum_{i=0}^{m}(\theta^T x^{(i)} - y^{(i)})^2 e^{-1/m}",                                # a factor, no mean
])
def test_a_divided_part_of_the_summand_is_no_mean(text):
    from logderiv import derive

    refused_by_logderiv(lambda: derive(text, wrt="theta_j"))


def test_a_mean_before_the_sum_is_still_read():
    """\\frac{1}{n}[\\sum_{i=0}^{n} …] (the corpus' form) and \\frac{1}{2m}\\sum_{i=0}^{m}: the 1/c before the sum."""
    from _reading import assert_gradient_read

    assert_gradient_read(r"\frac{1}{2m}\sum_{i=0}^{m}(\theta^T x^{(i)} - y^{(i)})^2",
                         lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))


# ------------------------------------------------------------------ fixwrap: a list's '- ' before one --let alone

NLL_LETS = ("h = sigmoid(X*theta)", "sigmoid(z) = 1 ./ (1 + exp(-z))")


def test_the_two_readings_of_a_dashed_let_have_opposite_gradients():
    """L = Σ[y log h + (1 − y) log(1 − h)] has ∇ Xᵀ(y − h); −L = the same sum gives L its negation, ∇ Xᵀ(h − y)."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    sig = lambda z: 1 / (1 + np.exp(-z))
    loglik = lambda t: np.sum(y * np.log(sig(X @ t)) + (1 - y) * np.log(1 - sig(X @ t)))
    theta = RNG.normal(size=3)
    assert np.allclose(_fd(loglik, theta), X.T @ (y - sig(X @ theta)), atol=1e-6)
    assert np.allclose(_fd(lambda t: -loglik(t), theta), X.T @ (sig(X @ theta) - y), atol=1e-6)


@pytest.mark.parametrize("let", [
    # audit42: each was read as L = Σ… (the '- ' dropped as a Markdown list's mark), though −L = Σ… is as likely
    "- L = sum(y.*log(h) + (1-y).*log(1-h))",
    "-  L = sum(y.*log(h) + (1-y).*log(1-h))",
    "- L <- sum(y*log(h) + (1-y)*log(1-h))",
])
def test_a_dash_before_one_let_alone_is_refused(let):
    from logderiv import derive

    error = refused_by_logderiv(lambda: derive("L", wrt="theta_j", let=(let, *NLL_LETS)))
    assert "list's mark or a minus" in error.message and error.column == let.index("-")


def test_a_pasted_list_of_lets_keeps_its_marks_dropped():
    """Two lets with '- ': a list pasted whole, the marks dropped; L = Σ[y log h + …] has ∇ Xᵀ(y − h), by hand."""
    from _reading import assert_gradient_read

    def loglik(d):
        h = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return float(np.sum(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))
    assert_gradient_read("L", loglik, lets=("- L = sum(y.*log(h) + (1-y).*log(1-h))", "- h = sigmoid(X*theta)",
                                            "sigmoid(z) = 1 ./ (1 + exp(-z))"))

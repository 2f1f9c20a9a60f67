"""audit57 (issue 10): near-variants of the stop's last readings that mean something else are refused, not misread.

Two misreads were found, both in fixf56's penalty lets and fixcold22's counts:

* ``reg_cost = (lambda_/(2*n)) * np.sum(w ** 2)`` beside ``cost = (1/(2*m)) * …``: n was read as m (the mean's
  count) though the sum is over the weights and the page counts its examples by m already — the penalty became
  λ/(2m)‖w‖². Written in one text the same pair is refused; split over --let lines now too.
* ``np.sum(b ** 2)`` of the scalar intercept b: NumPy's (and Octave's) sum of a number is that number, b², but it
  was read as Σᵢ b² = m·b² — ∂/∂b of the penalty λb instead of λb/m.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
or judged by the corpus judge against an intended cost written here (``_reading``) — never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused_by_logderiv

RNG = np.random.default_rng(57)
XS, YS = RNG.normal(size=(5, 3)), RNG.normal(size=5)
LAM = 0.7

COST_LETS = ("cost = (1/(2*m)) * np.sum((f - y) **2)", "f = X @ w + b")


def test_the_hand_gradients_of_the_penalties_agree_with_finite_differences():
    """By hand, with m = 5 examples and n = 3 weights:

    * J = (1/2m)Σ(Xw + b − y)² + λ/(2n)‖w‖² has ∇_w J = Xᵀr/m + λw/n, not Xᵀr/m + λw/m (n read as m);
    * J = (1/2m)Σ(Xw + b − y)² + λ/(2m)·b² has ∂J/∂b = Σr/m + λb/m, not Σr/m + λb (b² summed m times).
    """
    w, b = RNG.normal(size=3), 0.4
    m, n = XS.shape
    r = XS @ w + b - YS

    def by_features(v):
        residual = XS @ v + b - YS
        return float(residual @ residual) / (2 * m) + LAM / (2 * n) * float(v @ v)

    def by_intercept(u):
        residual = XS @ w + u[0] - YS
        return float(residual @ residual) / (2 * m) + LAM / (2 * m) * u[0] ** 2

    numeric_w = central_differences(by_features, w)
    assert np.allclose(numeric_w, XS.T @ r / m + LAM * w / n, atol=1e-6)
    assert not np.allclose(numeric_w, XS.T @ r / m + LAM * w / m, atol=1e-3)
    numeric_b = central_differences(by_intercept, np.array([b]))[0]
    assert numeric_b == pytest.approx(np.sum(r) / m + LAM * b / m, abs=1e-6)
    assert numeric_b != pytest.approx(np.sum(r) / m + LAM * b, abs=1e-3)


# ---------------------------------------------------------------- n beside m over --let lines
@pytest.mark.parametrize("lets", [
    (*COST_LETS, "reg_cost = (lambda_/(2*n)) * np.sum(w ** 2)"),
    (*COST_LETS, "m = X.shape[0]", "reg_cost = (lambda_/(2*n)) * np.sum(w ** 2)"),
])
def test_a_penalty_divided_by_n_beside_a_cost_counted_by_m_is_refused(lets):
    """The page counts its examples by m; its n most likely counts the weights: read as m it was a misread."""
    error = refused_by_logderiv(lambda: logderiv.derive("cost + reg_cost", wrt="w_j", let=lets))
    assert "also writes m" in str(error)


def test_a_penalty_divided_by_the_count_of_columns_is_read_as_written():
    """X.shape[1] says what the count is: λ/(2n)‖w‖², n the columns of X (by hand, above)."""
    lets = (*COST_LETS, "reg_cost = (lambda_/(2*X.shape[1])) * np.sum(w ** 2)")

    def intended(d):
        r = d.X @ d.w + d.b - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.n) * float(d.w @ d.w)

    assert_gradient_read("cost + reg_cost", intended, wrt=("w_j",), lets=lets)


def test_a_mean_over_n_examples_alone_is_still_read():
    """1/n before a sum over the examples on a page that never writes m: still the mean over its n examples."""
    def intended(d):
        r = d.X @ d.w - d.y
        return float(r @ r) / d.m

    assert_gradient_read("(1/n) * sum((X*w - y).^2)", intended, wrt=("w_j",))


# ---------------------------------------------------------------- a code sum of the intercept alone
@pytest.mark.parametrize(("cost", "lets"), [
    ("(1/(2*m)) * np.sum((X @ w + b - y)**2) + (lambda_/(2*m)) * np.sum(b**2)", ()),
    ("1/(2*m) * sum((X*w + b - y).^2) + lambda/(2*m) * sum(b^2)", ()),
    ("np.sum((y - a*x - b)**2) + lambda_ * np.sum(b**2)", ()),
    ("cost + reg_cost", (*COST_LETS, "reg_cost = (lambda_/(2*m)) * np.sum(b ** 2)")),
])
def test_a_code_sum_of_the_intercept_alone_is_refused(cost, lets):
    """b² itself (NumPy, Octave) or m·b² (b·1 summed over the examples)? Read as the second it was a misread."""
    error = refused_by_logderiv(lambda: logderiv.derive(cost, wrt="b", let=lets))
    assert "adds up the intercept b alone" in str(error)


def test_the_intercept_squared_without_a_sum_is_read():
    """(λ/(2m))·b², written without np.sum: ∂/∂b = Σr/m + λb/m (by hand, above)."""
    def intended(d):
        r = d.X @ d.w + d.b - d.y
        return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * d.b ** 2

    assert_gradient_read("(1/(2*m)) * np.sum((X @ w + b - y)**2) + (lambda_/(2*m)) * b**2", intended,
                         wrt=("w_j", "b"))


# ---------------------------------------------------------------- a rebound λ beside a penalty on the asked slope
def test_a_rebound_lambda_beside_a_squared_slope_is_refused():
    """sum((y − λ)²/y) + λa² with --let λ = a·x + b: the first λ is the source's rate, the second most likely the
    strength of a ridge on a (a², as θₖ² is). Both read as the rate it was ∂/∂a = −2Σ(y − uᵢ)xᵢ/yᵢ + a²x + 2au, x
    an example-less x: refused, as a λ beside θₖ² is."""
    error = refused_by_logderiv(lambda: logderiv.derive("sum((y - lambda)^2 / y) + lambda * a^2", wrt="a",
                                                        let=("lambda = a * x + b",)))
    assert "fixed meaning" in str(error)


def test_the_rebound_lambda_alone_is_still_the_rate():
    """sum((y − λ)²/y), λ = a·x + b (the Japanese notes' item, its NumPy cost written by the collector): still read."""
    from corpus import COSTS

    item = next(each for each in COSTS if each.id == "f39-r-japanese-weighted-squares-over-y")
    assert_gradient_read(item.text, item.intended, wrt=item.wrt, lets=item.lets)

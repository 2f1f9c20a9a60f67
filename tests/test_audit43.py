r"""Issue 10, audit43: misreads found in the readings merged by fixcold13, fixprime, fixderiv5, fixcode6 and fixlatex4.

Each case names the text, what logderiv read, and the writer's meaning worked out by hand; each is now refused (or
read as the writer means). Gradients the verdicts lean on are checked by central finite differences
(``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import notes_of, refused_by_logderiv

from logderiv import derive
from logderiv.errors import LogderivError

RNG = np.random.default_rng(43)

# ------------------------------------------------------------------ fixcode6: a mean subtracted from the prediction


def test_a_mean_of_the_targets_is_one_number_not_the_targets():
    """Σᵢ(x⁽ⁱ⁾·θ − ȳ)² has ∇ 2Xᵀ(Xθ − ȳ1); read with ȳ as y it is 2Xᵀ(Xθ − y): by finite differences they differ."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    ybar = float(np.mean(y))
    gradient = _fd(lambda t: float(np.sum((X @ t - ybar) ** 2)), theta)
    assert np.allclose(gradient, 2 * X.T @ (X @ theta - ybar), atol=1e-6)
    assert not np.allclose(gradient, 2 * X.T @ (X @ theta - y), atol=1e-3)


@pytest.mark.parametrize("name", [
    # audit43: each was read as y, the targets ('what the prediction is compared with'), though the name says it is
    # one number, the mean of the targets (or a baseline): by hand ∇ = 2Xᵀ(Xθ − ȳ1), not 2Xᵀ(Xθ − y)
    "y_mean", "ybar", "avg", "baseline", "Ybar", "y_avg", "mu_y", "yMu",
    # … or one number by its kind: a constant, a tolerance, a threshold, a count, a numbered entry (y0 respelled y₀)
    "const", "eps", "tol", "thresh", "one", "N", "C", "y0", "t0",
])
def test_a_name_that_says_one_number_is_not_read_as_the_targets(name):
    """Refused, or read as the one number it is (N, a count, is m): never as y."""
    try:
        derivation = derive(f"np.sum((X @ theta - {name})**2)", wrt="theta_j")
    except LogderivError:
        return
    assert not any("targets" in note for note in notes_of(derivation))
    assert "y" not in str(derivation.result)


@pytest.mark.parametrize("name, wrt", [("theta0", "theta_j"), ("w0", "w_j")])
def test_a_numbered_parameter_is_not_read_as_the_targets(name, wrt):
    """theta0 respelled θ₀ (a parameter, the intercept) was read as y: X @ theta − θ₀ is the prediction less a
    parameter, one number, never one target per example."""
    parameters = wrt.partition("_")[0]
    derivation = derive(f"np.mean((X @ {parameters} - {name})**2)", wrt=wrt)
    assert not any("targets" in note for note in notes_of(derivation))
    assert "y" not in str(derivation.result)  # (2/m) Σᵢ (x⁽ⁱ⁾·θ − θ₀) xᵢⱼ: the one number, no target in it


def test_a_code_name_of_the_targets_is_still_read():
    """sol (fixcode6's real text) stays read as y: one value per example, the reading's own case."""
    derivation = derive("np.sum((X @ theta - sol)**2)", wrt="theta_j")
    assert any("sol is what the prediction is compared with" in note for note in notes_of(derivation))


# ------------------------------------------------------------------ fixlatex4: a flattened sum's bound N − 1


def test_a_sum_to_n_minus_one_and_a_negated_sum_have_opposite_gradients():
    """Σᵢ₌₁ᴺ⁻¹(yᵢ − w·xᵢ)² has ∇ −2Σᵢ₌₁ᴺ⁻¹(yᵢ − w·xᵢ)xᵢ; −Σᵢ₌₁ᴺ(…)², the reading logderiv gave, +2Σᵢ₌₁ᴺ(…)xᵢ."""
    X, y, w = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    to_n_minus_one = _fd(lambda v: float(np.sum((y[:-1] - X[:-1] @ v) ** 2)), w)
    negated = _fd(lambda v: -float(np.sum((y - X @ v) ** 2)), w)
    assert np.allclose(to_n_minus_one, -2 * X[:-1].T @ (y[:-1] - X[:-1] @ w), atol=1e-6)
    assert not np.allclose(to_n_minus_one, negated, atol=1e-3)


@pytest.mark.parametrize("text", [
    # audit43: each was read as −Σ_{i=1}^{N}(yᵢ − w·xᵢ)² (the bound N, then '−1' times the body): by hand the page's
    # flattened Σ_{i=1}^{N−1}, a sum to N − 1 — the opposite sign and one example fewer
    "J = ∑i=1N−1 (yi − w⋅xi)^2",
    "J = ∑i=1N-1(yi − w⋅xi)^2",
    "J = ∑i=1N − 1 (yi − w⋅xi)^2",
    "J = ∑i=1N+1 (yi − w⋅xi)^2",   # a sum to N + 1, not Σᵢ₌₁ᴺ(…)² written with a '+1·'
    "J = Σi=1m−1 (yi − w⋅xi)^2",
    # an Octave comment's sum_1_m (Σ_{i=1}^{m}) the same: sum_1_m-1 was read as −Σ_{i=1}^{m}
    "1/(2*m) * sum_1_m-1 (w^T x_i - y_i)^2",
    "1/(2*m) * sum_1_m - 1 (w^T x_i - y_i)^2",
    # TeX's unbraced ^m-1: m alone by TeX's rules, but no body is written as −1 times itself; a lost brace is likely
    r"\frac{1}{2m}\sum_{i=1}^m-1 (w^T x_i - y_i)^2",
    "1/(2*m) * sum_{i=1}^m-1 (w^T x_i - y_i)^2",
])
def test_a_flattened_bound_followed_by_a_signed_number_is_refused(text):
    error = refused_by_logderiv(lambda: derive(text, wrt="w_j"))
    assert "upper bound" in str(error)


def test_a_flattened_sum_before_a_negated_term_is_still_read():
    """∑i=1N −yi log σ(w⋅xi): a minus before a letter starts the body (no number a bound would take), read as before."""
    derivation = derive("J = ∑i=1N −yi log(σ(w⋅xi))", wrt="w_j")
    assert any("'∑i=1N' is read as Σ_{i=1}^{N}" in note for note in notes_of(derivation))


def test_a_braced_bound_and_a_coefficient_after_it_are_still_read():
    """^{m} braced says the bound is m; ^m - 2 (a deviance's −2) is read as TeX has it, a coefficient of the body."""
    from _reading import assert_gradient_read

    assert_gradient_read(r"\frac{1}{2m}\sum_{i=1}^{m}(w^T x^{(i)} - y^{(i)})^2",
                         lambda d: float(np.sum((d.X @ d.w - d.y) ** 2)) / (2 * d.m), wrt=("w_j",))
    assert_gradient_read(r"\frac{1}{m}\sum_{i=1}^m -2 (w^T x^{(i)} - y^{(i)})^2",
                         lambda d: -2 * float(np.sum((d.X @ d.w - d.y) ** 2)) / d.m, wrt=("w_j",))

r"""Issue 10, the fixnames41 branch: names the corpus refused as unknown, read where the writing's convention is plain.

* Octave's built-in ``eps`` added inside a log (``log(h + eps)``, ``log(1 - h + eps)``): the machine epsilon
  2⁻⁵² guarding log(0), read as 0 with a note (the exact gradient is the one judged);
* Julia's (and Octave's) ``norm(w)`` not squared, its argument one name: the Euclidean norm ‖w‖ itself, noted;
* Julia's ``map(exp, v)``: exp applied to each entry, ``exp.(v)``, noted;
* kept refused, with a better message: ``num_samples`` (one name of code joined by its underscore), no longer
  "unknown name 'num' — did you mean 'nu'?".

Every text is the source's, verbatim. Each gradient is held to a cost written out here by hand in NumPy through the
corpus judge (finite differences at random points, ``tests/_reading.py``); each verdict is worked out by hand in its
comment, and the gradients the verdicts lean on are checked by central finite differences (``tests/_numeric.py``).
Near-variants that mean something else are refused, never read.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv

from logderiv import check, derive
from logderiv.notation.machine_epsilon import EPS_NOTE
from logderiv.notation.pasted import UNSQUARED_NORM_NOTE

RNG = np.random.default_rng(4141)


def _sig(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ Octave's eps inside a log

#: public code index file 60758514586 (Octave, function [l, grad] = likelihoodFunction(beta, X, y),
#: '% Compute the average log-likelihood' and '% Compute the gradient of the average log-likelihood')
LL_LETS = ("m = length(y);", "z = X * beta;", "h = 1 ./ (1 + exp(-z));  % sigmoid(z)")
LL_COST = "l = (1/m) * sum(y .* log(h + eps) + (1 - y) .* log(1 - h + eps));  % eps to avoid log(0)"
LL_GRAD = "grad = (1/m) * X' * (y - h);"


def _mean_loglik(d):
    """(1/m) Σᵢ [yᵢ log σ(xᵢᵀβ) + (1 − yᵢ) log(1 − σ(xᵢᵀβ))], by hand (no eps: the exact cost)."""
    p = _sig(d.X @ d.beta)
    return float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_mean_loglik_gradient_by_finite_differences():
    """∂/∂β of (1/m)Σ[y log σ(Xβ) + (1 − y) log(1 − σ(Xβ))] is (1/m)Xᵀ(y − σ(Xβ)), not (1/m)Xᵀ(σ(Xβ) − y)."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    cost = lambda b: np.mean(y * np.log(_sig(X @ b)) + (1 - y) * np.log(1 - _sig(X @ b)))
    beta = RNG.normal(size=3)
    numeric = _fd(cost, beta)
    assert np.allclose(numeric, X.T @ (y - _sig(X @ beta)) / 6, atol=1e-7)
    assert not np.allclose(numeric, X.T @ (_sig(X @ beta) - y) / 6, atol=1e-3)
    # Octave's eps, 2⁻⁵², moves the cost's gradient by far less than any check sees
    eps = 2.0 ** -52
    guarded = lambda b: np.mean(y * np.log(_sig(X @ b) + eps) + (1 - y) * np.log(1 - _sig(X @ b) + eps))
    assert np.allclose(_fd(guarded, beta), numeric, atol=1e-9)


def test_octave_eps_guard_read_as_zero_with_a_note():
    assert_gradient_read(LL_COST, _mean_loglik, wrt=("beta_j",), lets=LL_LETS)
    assert EPS_NOTE in notes_of(derive(LL_COST, wrt="beta_j", let=LL_LETS))


def test_octave_eps_answers_judged_against_the_exact_gradient():
    # (1/m)Xᵀ(y − h) is the log-likelihood's gradient (checked above); (h − y) is its negative
    assert_verdict_read(LL_GRAD, LL_COST, "equivalent", wrt="beta_j", lets=LL_LETS)
    assert_verdict_read(LL_GRAD.replace("(y - h)", "(h - y)"), LL_COST, "different", wrt="beta_j", lets=LL_LETS)
    assert EPS_NOTE in notes_of(check(LL_GRAD, cost=LL_COST, wrt="beta_j", let=LL_LETS))


@pytest.mark.parametrize("text", [
    "l = (1/m) * sum(y .* log(eps + h) + (1 - y) .* log(eps + 1 - h));",  # eps first in the argument
    "J = -(1/m) * sum(y .* log(h+eps) + (1-y) .* log(1-h+eps));",
])
def test_octave_eps_other_places_in_the_argument(text):
    sign = -1 if text.startswith("J") else 1
    assert_gradient_read(text, lambda d: sign * _mean_loglik(d), wrt=("beta_j",), lets=LL_LETS)


@pytest.mark.parametrize("text", [
    "l = (1/m) * sum(y .* log(max(h, eps)) + (1 - y) .* log(1 - h));",  # a clip, not an added guard
    "l = (1/m) * sum(y .* log(h) + eps + (1 - y) .* log(1 - h));",  # added outside the log
    "l = (1/m) * sum(y .* log(h - eps) + (1 - y) .* log(1 - h));",  # subtracted
    "l = (1/m) * sum(y .* log(h + 2*eps) + (1 - y) .* log(1 - h));",  # a multiple of it
    "l = (1/m) * sum(y .* log(eps) + (1 - y) .* log(1 - h));",  # eps alone
    "l = (1/m) * sum(y .* log(h + eps) + (1 - y) .* log(1 - h)) + eps * sum(beta.^2);",  # one eps not a guard
    "l = np.mean(y * np.log(h + eps) + (1 - y) * np.log(1 - h + eps))",  # Python: a constant of the writer's
])
def test_eps_not_a_guard_of_octave_stays_refused(text):
    error = refused_by_logderiv(lambda: derive(text, wrt="beta_j", let=LL_LETS))
    if "max(" in text:  # max itself is refused first, at its place: the eps in it is never reached
        assert "'max'" in str(error)
        return
    assert "unknown name 'eps'" in str(error)
    assert error.column is not None and text[error.column:].startswith("eps")


def test_eps_a_let_defines_is_the_lets():
    # --let eps = 1e-8: its value, read by the log guards (their own note), never as Octave's built-in
    lets = (*LL_LETS, "eps = 1e-8")
    notes = notes_of(derive(LL_COST, wrt="beta_j", let=lets))
    assert EPS_NOTE not in notes
    assert any("guard against log(0)" in note for note in notes)


# ------------------------------------------------------------------ Julia's norm(w), not squared

#: public code index file 47538217043 (Julia, SAGA mini-batch benchmark), function logreg_l2_loss and logreg_l2_grad
JL_L2_LOSS = "logistic_loss(X, y, w) + (.5 * lambda * norm(w))"
JL_L2_LETS = ("logistic_loss(X, y, w) = sum( log.(1. .+  exp.(-(y .* (X*w)))) )",)
JL_GRAD_LETS = ("z = sigmoid(y .* (X*w))", "sigmoid(z) = 1 / (1 + e^(-z))")


def _margin_loss_half_norm(d):
    """Σᵢ log(1 + e^(−yᵢxᵢᵀw)) + ½λ‖w‖ (the norm itself, not squared), by hand."""
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) + 0.5 * d.lam * float(np.linalg.norm(d.w))


def test_unsquared_norm_gradient_by_finite_differences():
    """∂/∂w of ½λ‖w‖ is ½λ w/‖w‖, which is not λw (the gradient of ½λ‖w‖²)."""
    w, lam = RNG.normal(size=4), 0.7
    numeric = _fd(lambda v: 0.5 * lam * np.linalg.norm(v), w)
    assert np.allclose(numeric, 0.5 * lam * w / np.linalg.norm(w), atol=1e-7)
    assert not np.allclose(numeric, lam * w, atol=1e-3)


def test_julia_norm_unsquared_read_as_the_norm():
    assert_gradient_read(JL_L2_LOSS, _margin_loss_half_norm, wrt=("w_j",), lets=JL_L2_LETS)
    assert UNSQUARED_NORM_NOTE in notes_of(derive(JL_L2_LOSS, wrt="w_j", let=JL_L2_LETS))


def test_julia_l2_grad_is_not_the_unsquared_norms():
    # λw is the gradient of ½λ‖w‖², not of the ½λ‖w‖ the loss adds (above): different
    assert_verdict_read("logistic_grad(X, y, w) .+ (lambda .* w)", JL_L2_LOSS, "different", wrt="w_j",
                        lets=("logistic_grad(X, y, w) = X' * (y .* (z .- 1))", *JL_GRAD_LETS, *JL_L2_LETS))


@pytest.mark.parametrize("text", [
    "sum((X*w - y).^2) + lambda * norm(w, 1)",  # another norm
    "norm(X*w - y)",  # the norm of an expression: left refused as before
    "sum((X*w - y).^2) + lambda * norm(w)^3",  # a power other than the square
])
def test_norm_near_misses_stay_refused(text):
    error = refused_by_logderiv(lambda: derive(text, wrt="w_j"))
    assert "norm" in str(error)
    assert error.column == text.index("norm")


def test_squared_norm_still_the_square():
    # norm(w)^2 stays Octave's ‖w‖² (read before): the gradient of λ‖w‖² is 2λw
    assert_gradient_read("sum((X*w - y).^2) + lambda * norm(w)^2",
                         lambda d: float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(d.w @ d.w), wrt=("w_j",))


# ------------------------------------------------------------------ Julia's map(exp, v)

#: github:water-dropwort/Julia-learn-statistics:src/Regression/poisson_regression.jl, the GD branch's gradient
POIS_COST = r"-\sum_{i=1}^{n} \left( y_i x_i^T w - e^{x_i^T w} \right)"
POIS_LETS = ("xmat_t = transpose(xmat)",)


def test_poisson_gradient_by_finite_differences():
    """∂/∂w of −Σ(yᵢxᵢᵀw − e^(xᵢᵀw)) is Xᵀ(exp(Xw) − y)."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.poisson(2.0, size=5).astype(float), RNG.normal(size=3) / 3
    numeric = _fd(lambda v: -np.sum(y * (X @ v) - np.exp(X @ v)), w)
    assert np.allclose(numeric, X.T @ (np.exp(X @ w) - y), atol=1e-6)


def test_julia_map_exp_read_entry_by_entry():
    text = "xmat_t * (map(exp, xmat*w) - yvec)"
    assert_verdict_read(text, POIS_COST, "equivalent", wrt="w_j", lets=POIS_LETS)
    notes = notes_of(check(text, cost=POIS_COST, wrt="w_j", let=POIS_LETS))
    assert any("map(exp, v) applies exp to each entry of v" in note for note in notes)
    # log in place of exp is log.(Xw), another vector: different
    assert_verdict_read("xmat_t * (map(log, xmat*w) - yvec)", POIS_COST, "different", wrt="w_j", lets=POIS_LETS)


@pytest.mark.parametrize("text, words", [
    ("xmat_t * (map(abs, xmat*w) - yvec)", "unknown function 'map'"),  # abs: not read
    ("xmat_t * (map(exp, xmat*w, 2) - yvec)", "map(exp, v) is read only with one vector v"),
])
def test_julia_map_near_misses_stay_refused(text, words):
    error = refused_by_logderiv(lambda: check(text, cost=POIS_COST, wrt="w_j", let=POIS_LETS))
    assert words in str(error)
    assert error.column == text.index("map")


# ------------------------------------------------------------------ kept refused: num_samples, one name of code

#: https://github.com/Tanmay-Pardhi/ML-algos-from-scratch/blob/HEAD/Logistic_Regression/readme.md, step 4.3 (db)
TANMAY_COST = r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i)]"
TANMAY_LETS = ("y_pred = sigmoid(linear)", "linear = (X.weights) + bias")


def test_num_samples_refused_as_one_name_of_code():
    text = "db = (1/num_samples) * Summation(y_pred - y)"
    error = refused_by_logderiv(lambda: check(text.replace("Summation", "sum"), cost=TANMAY_COST, wrt="b",
                                              let=TANMAY_LETS))
    assert "'num_samples' is one name of code" in str(error)
    assert "did you mean 'nu'" not in str(error)
    assert error.column == text.index("num_samples")
    assert "--let 'num_samples = …'" in error.hint


# ------------------------------------------------------------------ the word Summation(…), a readme's pseudo-code


def test_mean_cross_entropy_bias_gradient_by_finite_differences():
    """∂/∂b of −(1/m)Σ[y log σ(Xw + b) + (1 − y) log(1 − σ(Xw + b))] is (1/m)Σ(σ − y), m times smaller than Σ(σ − y)."""
    X, y, w = RNG.normal(size=(5, 2)), RNG.integers(0, 2, size=5).astype(float), RNG.normal(size=2)
    cost = lambda v: -np.mean(y * np.log(_sig(X @ w + v[0])) + (1 - y) * np.log(1 - _sig(X @ w + v[0])))
    b = np.array([0.3])
    residual = np.sum(_sig(X @ w + b[0]) - y)
    assert np.allclose(_fd(cost, b), residual / 5, atol=1e-8)
    assert not np.allclose(_fd(cost, b), residual, atol=1e-3)


def test_summation_word_read_as_the_sum():
    # Tanmay's readme step 4.3 without its 1/num_samples (the corpus's variant): Σ(ŷ − y), m times the gradient
    assert_verdict_read("db = Summation(y_pred - y)", TANMAY_COST, "different", wrt="b", lets=TANMAY_LETS)
    # with 1/m: (1/m)Σ(ŷ − y), the gradient (checked above)
    assert_verdict_read("db = (1/m) * Summation(y_pred - y)", TANMAY_COST, "equivalent", wrt="b", lets=TANMAY_LETS)
    notes = notes_of(check("db = Summation(y_pred - y)", cost=TANMAY_COST, wrt="b", let=TANMAY_LETS))
    assert any(note.startswith("Summation is read as sum, the summation") for note in notes)


def test_summation_word_near_misses():
    # a space before its bracket: not the call of a pseudo-code function, left refused at the word
    text = "db = (1/m) * Summation (y_pred - y)"
    error = refused_by_logderiv(lambda: check(text, cost=TANMAY_COST, wrt="b", let=TANMAY_LETS))
    assert "'Summation'" in str(error) and error.column == text.index("Summation")
    # a --let that defines Summation keeps its own meaning: 2Σ(ŷ − y)/m is twice the gradient
    assert_verdict_read("db = (1/m) * Summation(y_pred - y)", TANMAY_COST, "different", wrt="b",
                        lets=(*TANMAY_LETS, "Summation(v) = 2*sum(v)"))

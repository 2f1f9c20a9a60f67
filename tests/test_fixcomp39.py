"""Octave loops over the parameters' components (fixcomp39): grad(i, 1), 2:size(theta), a value carried across passes.

Sources (tests/corpus/fresh_eightyfourth.py, verbatim):

* renatomolina/dna-prediction-machine-learning, logistic_cost_function_reg.m (f84-renatomolina-reg-grad1-unpenalised):
  ``grad(1) = …X(:,1)…; for i = 2:size(theta) grad(i) = …X(:,i)… + lambda/m * theta(i); end``; its cost's penalty
  ``c = lambda/(2*m) * (sum(theta.^2)-1)`` penalises theta(1) too, so grad(1) misses (λ/m)θ₁: different.
* NatalyTinoco/Proyectos_academicos, CosteRL.m (f84-natalytinoco-es-grad-loop-no-penalty):
  ``for i=1:length(theta) grad(i,1)=(1/m)*sum((h-y')*X(:,i)); end``: entry i of the column grad.
* public code index 49564582678, descendingGradient2 (f84-idx49564582678-fr-deltadiff-cumulative):
  ``delta = delta.*X(:, j)`` inside the loop multiplies delta again each pass: refused, never read fresh per j.

Every expectation is worked out by hand and checked with central differences of the costs written in NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError
from logderiv.notation import gradient_pieces
from _numeric import central_differences, sigmoid

# ------------------------------------------------------------------ renatomolina (f84), verbatim
REN_SIG = "function g = logistic_sigmoid(z)\n    g = zeros(size(z));\n    g = 1./(1 + exp(-z));\nend"
REN_LETS = (
    REN_SIG,
    "H = X * theta;",
    "a = (-y .* log(logistic_sigmoid(H)));",
    "b = ((1 - y) .* log(1 - logistic_sigmoid(H)));",
    "c = lambda/(2*m) * (sum(theta.^2)-1);",
    "m = length(y);",
)
REN_GRAD = (
    "grad(1) =  1/m * (sum((logistic_sigmoid(H) - y) .* X(:,1)));\nfor i = 2:size(theta)\n"
    "    grad(i) =  1/m * (sum((logistic_sigmoid(H) - y) .* X(:,i))) + lambda/m * theta(i);\nend"
)
REN_COST = "J = (1/m * sum(a - b)) + c;"
# the intercept-free penalty the loop matches (a variant written here, not in the source)
FREE_COST = ("-(1/m) * sum(y .* log(logistic_sigmoid(H)) + (1 - y) .* log(1 - logistic_sigmoid(H))) "
             "+ lambda/(2*m) * sum(theta(2:end).^2)")
FREE_LETS = (REN_SIG, "H = X * theta;", "m = length(y);")


def _data(seed: int, m: int = 5, n: int = 3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    y = (rng.random(m) < 0.5).astype(float)
    return X, y, rng.normal(size=n), float(rng.random() + 0.5)


def _ren_loop(X, y, theta, lam):
    """The source's lines run in NumPy (0-based)."""
    m, h = len(y), sigmoid(X @ theta)
    grad = np.zeros(len(theta))
    grad[0] = 1 / m * np.sum((h - y) * X[:, 0])
    for i in range(1, len(theta)):
        grad[i] = 1 / m * np.sum((h - y) * X[:, i]) + lam / m * theta[i]
    return grad


def _ren_cost(X, y, theta, lam):
    m, h = len(y), sigmoid(X @ theta)
    a, b = -y * np.log(h), (1 - y) * np.log(1 - h)
    return 1 / m * np.sum(a - b) + lam / (2 * m) * (np.sum(theta ** 2) - 1)


def _free_cost(X, y, theta, lam):
    m, h = len(y), sigmoid(X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * m) * np.sum(theta[1:] ** 2)


def test_the_renatomolina_loop_by_hand():
    for seed in range(3):
        X, y, theta, lam = _data(seed)
        loop = _ren_loop(X, y, theta, lam)
        exact = central_differences(lambda t: _ren_cost(X, y, t, lam), theta)
        # entries after the first agree; the first misses (λ/m)θ₁ exactly
        assert np.allclose(loop[1:], exact[1:], atol=1e-6)
        assert np.isclose(exact[0] - loop[0], lam / len(y) * theta[0], atol=1e-6)
        assert not np.isclose(loop[0], exact[0], atol=1e-4)
        # against the intercept-free penalty every entry agrees
        free = central_differences(lambda t: _free_cost(X, y, t, lam), theta)
        assert np.allclose(loop, free, atol=1e-6)


def test_the_renatomolina_item_is_read_different_with_the_bound_said():
    verdict = logderiv.check(REN_GRAD, cost=REN_COST, wrt="theta_j", let=REN_LETS)
    assert verdict.verdict == "different"
    said = [note for note in verdict.notes if "the loop 'for i = 2:size(theta)' sets entries 2 to the last" in note]
    assert said and "size(theta) is [n 1] for the n×1 column theta, and Octave's colon takes its first element" \
        in said[0]


def test_the_renatomolina_loop_against_the_intercept_free_penalty_is_equivalent():
    assert logderiv.check(REN_GRAD, cost=FREE_COST, wrt="theta_j", let=FREE_LETS).verdict == "equivalent"
    # size(theta, 1) reads the same; a penalty on every entry (theta(1) too) makes grad(1) wrong
    assert logderiv.check(REN_GRAD.replace("size(theta)", "size(theta, 1)"), cost=FREE_COST, wrt="theta_j",
                          let=FREE_LETS).verdict == "equivalent"
    every = FREE_COST.replace("theta(2:end)", "theta")
    assert logderiv.check(REN_GRAD, cost=every, wrt="theta_j", let=FREE_LETS).verdict == "different"


def test_size_of_a_row_theta_is_no_rest_loop():
    # theta = zeros(1, n): size(theta) is [1 n], 2:size(theta) is 2:1, no pass; X * theta' likewise a row
    for before in ("theta = zeros(1, 3);", "H = X * theta';"):
        lines = [before, "for i = 2:size(theta)", "grad(i) = sum(H .* X(:,i));", "end"]
        assert gradient_pieces._rest_loop(lines) == (lines, None)
    lines = ["H = X * theta;", "for i = 2:size(theta)", "grad(i) = sum(H .* X(:,i));", "end"]
    assert gradient_pieces._rest_loop(lines)[1] is not None


# ------------------------------------------------------------------ NatalyTinoco (f84)
NAT_GRAD = "X=X';\nfor i=1:length(theta)\n   grad(i,1)=(1/m)*sum((h-y')*X(:,i));\nend"
NAT_LETS = (
    "function h = hipoLog (z)\nh=1./(1+exp(-z));\nend",
    "X=X';",
    "z=theta'*X;",
    "h=hipoLog (z);",
    "m=length(X(1,:));",
)
NAT_COST = "J=-(1/m)*sum(y'.*log(h)-(1-y').*log(1-h))+(lambda/2)*sum(theta.^2);"
# the loop alone, with its data un-transposed in the --let s (h the 1×m row σ(θᵀXᵀ)): written here, not the source's
NAT_LOOP = "for i=1:length(theta)\n   grad(i,1)=(1/m)*sum((h-y')*X(:,i));\nend"
ROW_LETS = ("function h = hipoLog (z)\nh=1./(1+exp(-z));\nend", "z=theta'*X';", "h=hipoLog (z);", "m = length(y);")
CE = "-(1/m)*sum(y'.*log(h)+(1-y').*log(1-h))"


def _nat_loop(X, y, theta):
    m, h = len(y), sigmoid(theta @ X.T)  # the 1×m row
    return np.array([(1 / m) * np.sum((h - y) @ X[:, i]) for i in range(len(theta))])


def _ce(X, y, theta, lam=0.0):
    h = sigmoid(X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / 2 * np.sum(theta ** 2)


def test_the_natalytinoco_loop_by_hand():
    for seed in range(3):
        X, y, theta, lam = _data(seed + 10)
        loop = _nat_loop(X, y, theta)
        assert np.allclose(loop, central_differences(lambda t: _ce(X, y, t), theta), atol=1e-6)
        assert not np.allclose(loop, central_differences(lambda t: _ce(X, y, t, lam), theta), atol=1e-4)


def test_grad_i_1_is_entry_i_of_the_gradient():
    verdict = logderiv.check(NAT_LOOP, cost=CE, wrt="theta_j", let=ROW_LETS)
    assert verdict.verdict == "equivalent"
    assert any("the loop 'for i=1:length(theta)' runs over the parameters' entries (length(theta) is their number) "
               "and sets grad[i] from column i of X (X(:,i))" in note for note in verdict.notes)
    penalised = CE + "+(lambda/2)*sum(theta.^2)"
    assert logderiv.check(NAT_LOOP, cost=penalised, wrt="theta_j", let=ROW_LETS).verdict == "different"


def test_grad_i_2_is_not_entry_i():
    # grad(i, 2): column 2 of a matrix grad, no entry of the gradient vector: left to the loops' refusal
    with pytest.raises(InputError, match="the loop runs to length"):
        logderiv.check(NAT_LOOP.replace("grad(i,1)", "grad(i,2)"), cost=CE, wrt="theta_j", let=ROW_LETS)


def test_the_natalytinoco_item_stays_refused_for_its_transposed_data():
    # X=X' re-binds the data to its transpose (n×m) in the --let s, and m=length(X(1,:)) counts that X's row: the
    # loop is read, the re-bound data is not (kept refused, as before this branch only with another reason)
    with pytest.raises(InputError, match="'m' has a fixed meaning"):
        logderiv.check(NAT_GRAD, cost=NAT_COST, wrt="theta_j", let=NAT_LETS)


# ------------------------------------------------------------------ index 49564582678 (f84), verbatim
FR_LETS = ("m = length(y);", "delta = X * theta;", "delta = delta - y;")
FR_GRAD = (
    "deltadiff = zeros(length(theta), 1);\nfor j = 1:length(theta)\n  delta = delta.*X(:, j);\n"
    "  deltadiff(j) = sum(delta);\n  deltadiff(j) = deltadiff(j) / m;\nend"
)
FR_COST = "sum((X * theta - y).^2) / (2 * m)"


def _fr_loop(X, y, theta):
    m = len(y)
    delta = X @ theta - y
    deltadiff = np.zeros(len(theta))
    for j in range(len(theta)):
        delta = delta * X[:, j]
        deltadiff[j] = np.sum(delta) / m
    return deltadiff


def _mse(X, y, theta):
    return np.sum((X @ theta - y) ** 2) / (2 * len(y))


def test_the_cumulative_loop_by_hand():
    X, y, theta, _ = _data(3)
    loop, exact = _fr_loop(X, y, theta), central_differences(lambda t: _mse(X, y, t), theta)
    assert np.isclose(loop[0], exact[0], atol=1e-6)  # the first pass is the partial
    assert not np.isclose(loop[1], exact[1], atol=1e-3)  # the second multiplies by X(:,1) too
    # read fresh per j (the misreading refused) it would be the gradient itself
    fresh = np.array([np.sum((X @ theta - y) * X[:, j]) / len(y) for j in range(len(theta))])
    assert np.allclose(fresh, exact, atol=1e-6)


def test_the_cumulative_item_is_refused_at_its_line():
    with pytest.raises(InputError) as caught:
        logderiv.check(FR_GRAD, cost=FR_COST, wrt="theta_j", let=FR_LETS)
    error = caught.value
    assert "the loop's line 'delta = delta.*X(:, j)' sets delta from its own value and column j of X" in str(error)
    assert "multiplies delta again, so after pass j it holds its value before the loop times columns 1 to j" \
        in str(error)
    assert error.column == FR_GRAD.index("delta = delta.*X(:, j)")
    assert error.hint is not None and "grad(j) = sum((X*theta - y) .* X(:, j)) / m" in error.hint


def test_a_carried_value_under_a_gradient_name_is_refused_too():
    text = "for j = 1:length(theta)\n  delta = delta + X(:, j);\n  grad(j) = sum(delta) / m;\nend"
    with pytest.raises(InputError, match="changes delta again, so after pass j it holds what every pass"):
        logderiv.check(text, cost=FR_COST, wrt="theta_j", let=FR_LETS)


def test_a_fresh_value_per_pass_is_read():
    # d = delta.*X(:, j) names a new value each pass from the residual: entry j is (1/m)Σ rᵢXᵢⱼ, the gradient's
    text = "for j = 1:length(theta)\n  d = delta.*X(:, j);\n  grad(j) = sum(d) / m;\nend"
    assert logderiv.check(text, cost=FR_COST, wrt="theta_j", let=FR_LETS).verdict == "equivalent"


def test_grad_i_1_of_a_row_start_is_not_read():
    # grad = zeros(1, n) then grad(i, 1): Octave grows the 1×n row into an n×n matrix, no gradient vector
    for lets in (ROW_LETS + ("grad = zeros(1, length(theta));",), ROW_LETS):
        text = NAT_LOOP if lets != ROW_LETS else "grad = zeros(1, length(theta));\n" + NAT_LOOP
        with pytest.raises(InputError, match="the loop runs to length"):
            logderiv.check(text, cost=CE, wrt="theta_j", let=lets)
    # a column start reads
    column = ROW_LETS + ("grad = zeros(length(theta), 1);",)
    assert logderiv.check(NAT_LOOP, cost=CE, wrt="theta_j", let=column).verdict == "equivalent"

r"""audpy35: the fixer's NumPy ``temp = theta; temp[0] = 0`` read among a code block's lines, audited.

NumPy's ``temp = theta`` names θ's own array, so ``temp[0] = 0`` zeroes θ[0]: every θ the program reads after it is
the zeroed one. fixpy35 refuses θ written after the zeroing (``hypo(X, theta)``), but θ read through a name
defined elsewhere was read as the whole θ: a helper ``def h(X): return sigmoid(X.dot(theta))`` (θ its global, read
when called) or a --let ``hh = sigmoid(X.dot(theta))`` (a definition, read where the name is used). The code then
computes the cost of [0; θ(2:end)] throughout, whose gradient's first entry is 0: logderiv's reading of the whole θ
was silently another function. Now refused, naming the use.

Expected values by hand, held to central finite differences of the NumPy code run as written (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, refused

_RNG = np.random.default_rng(3535)

LETS = (
    "def sigmoid(z):\n  return 1.0/(1.0 + np.exp(-z))",
    "def hypo(X,theta):\n  return sigmoid(X.dot(theta))",
)
#: θ read after the aliased zeroing through a name: h(X) (a helper whose θ is global), hh or z (--lets)
HIDDEN = (
    "m = X.shape[0]\ntemp = theta\ntemp[0] = 0\ny1 = y.dot(np.log(H))\ny0 = (1-y).dot(np.log(1-H))\n"
    "reg_term = (lamda/(2 * m)) *  (temp.dot(temp))\nJ = (-1/m) * (y1+y0) + reg_term"
)
CASES = [
    ("h(X)", ("def h(X):\n  return sigmoid(X.dot(theta))",)),
    ("hh", ("hh = sigmoid(X.dot(theta))",)),
    ("sigmoid(z)", ("z = X.dot(theta)",)),
]


def _as_run(X, y, theta, lam):
    """The HIDDEN code run as NumPy runs it (h reads the global θ, after temp[0] = 0 zeroed it), on a copy."""
    theta = np.array(theta, dtype=float)
    m = X.shape[0]
    temp = theta
    temp[0] = 0
    h = sigmoid(X.dot(theta))
    y1, y0 = y.dot(np.log(h)), (1 - y).dot(np.log(1 - h))
    return (-1 / m) * (y1 + y0) + (lam / (2 * m)) * temp.dot(temp)


def test_the_code_as_run_does_not_depend_on_theta0():
    # by hand: every θ read after the zeroing is [0; θ(2:end)], so ∂J/∂θ₀ = 0 (the reading of the whole θ gives
    # Σᵢ(σ(xᵢθ) − yᵢ)xᵢ₀/m, not 0 wherever the data are random)
    X, y, lam = _RNG.normal(size=(6, 3)), (_RNG.random(6) > 0.5).astype(float), 0.7
    theta = _RNG.normal(size=3)
    numeric = central_differences(lambda v: _as_run(X, y, v, lam), theta)
    assert abs(numeric[0]) < 1e-8
    whole = (sigmoid(X @ theta) - y).dot(X) / 6
    assert abs(whole[0]) > 1e-3


@pytest.mark.parametrize("use, lets", CASES)
def test_theta_read_through_a_name_after_the_aliased_zeroing_is_refused(use, lets):
    cost = HIDDEN.replace("H", use)
    error = refused(logderiv.derive, cost, wrt="theta", let=LETS + lets)
    assert "copies nothing in NumPy" in error.message, error.message
    name = use.split("(")[0] if use != "sigmoid(z)" else "z"
    assert error.source[error.column:].startswith(name), (error.source, error.column)


@pytest.mark.parametrize("use, lets", CASES)
def test_the_same_names_beside_a_copy_are_read(use, lets):
    # temp = theta.copy() zeroes no θ: h, hh and z are σ(Xθ) of the whole θ, the intercept-free ridge cost
    def intended(d):
        p = sigmoid(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
            d.theta[1:] @ d.theta[1:])

    cost = HIDDEN.replace("H", use).replace("temp = theta\n", "temp = theta.copy()\n")
    assert_gradient_read(cost, intended, lets=LETS + lets)


# ------------------------------------------------------------------ temp[0] = 0 in a block that is not Python's
#: R code written with = (as R allows): R numbers from 1, and temp[0] = 0 assigns nothing (a zero-length index), so
#: the penalty is of the whole θ; main refused the block, fixpy35 read temp[0] = 0 as NumPy's zeroing (a false cost)
R_BLOCK = ("m = nrow(X)\nh = sigmoid(X %*% theta)\ntemp = theta\ntemp[0] = 0\n"
           "J = -sum(y * log(h) + (1 - y) * log(1 - h)) / m + lamda / (2 * m) * sum(temp^2)")


def test_r_zero_index_assigns_nothing_so_the_zeroing_is_not_read():
    # by hand, as R runs it: temp[0] <- 0 leaves temp = θ, so ∂J/∂θ₀ carries (λ/m)θ₀; the NumPy reading drops it.
    # Held to finite differences of the whole-θ penalty (NumPy's own temp[0] = 0 would zero θ₀'s penalty)
    X, y, lam = _RNG.normal(size=(5, 3)), (_RNG.random(5) > 0.5).astype(float), 0.9
    theta = _RNG.normal(size=3)

    def as_r(v):
        h = sigmoid(X @ v)
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / 5 + lam / 10 * np.sum(v ** 2)

    numeric = central_differences(as_r, theta)
    assert np.isclose(numeric[0], (sigmoid(X @ theta) - y).dot(X[:, 0]) / 5 + lam / 5 * theta[0], atol=1e-6)
    with pytest.raises(logderiv.errors.LogderivError):
        logderiv.derive(R_BLOCK, wrt="theta", let=("sigmoid = function(z) 1 / (1 + exp(-z))",))


# ------------------------------------------------------------------ the copy used before its zeroing
#: temp (a copy of θ, or of (λ/m)θ) used by a line between the copy and temp[0] = 0: that line sees the whole θ, but
#: the --let s' reading of the pair is [0; θ(2:end)] wherever temp is used; it was read so (a false cost)
BEFORE_ZEROING = [
    "m = X.shape[0]\nh = sigmoid(X.dot(theta))\ntemp = theta.copy()\nfull = np.sum(temp ** 2)\ntemp[0] = 0\n"
    "J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m + lamda / (2 * m) * (full + np.sum(temp ** 2))",
    "m = X.shape[0]\nh = sigmoid(X.dot(theta))\nreg = (lamda/m) * theta\ng0 = reg.dot(theta)\nreg[0] = 0\n"
    "J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m + (g0 + reg.dot(theta)) / 2",
]


@pytest.mark.parametrize("cost", BEFORE_ZEROING)
def test_the_copy_used_before_its_zeroing_is_not_read_as_the_zeroed_one(cost):
    # by hand, as NumPy runs it: the penalty is (λ/2m)(Σ_k θ_k² + Σ_{k≥2} θ_k²), so ∂/∂θ₀ carries (λ/m)θ₀ (the
    # reading of both as the zeroed copy drops it); held to finite differences of that cost
    X, y, lam = _RNG.normal(size=(5, 3)), (_RNG.random(5) > 0.5).astype(float), 0.9
    theta = _RNG.normal(size=3)

    def as_run(v):
        h = sigmoid(X @ v)
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / 5 + lam / 10 * (v @ v + v[1:] @ v[1:])

    numeric = central_differences(as_run, theta)
    assert np.isclose(numeric[0], (sigmoid(X @ theta) - y).dot(X[:, 0]) / 5 + lam / 5 * theta[0], atol=1e-6)

    def intended(d):
        p = sigmoid(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
            d.theta @ d.theta + d.theta[1:] @ d.theta[1:])

    from corpus.items import Cost
    from corpus.judge import judge_cost

    outcome = judge_cost(Cost(id=cost, source="test", text=cost, intended=intended, lets=LETS[:1]))
    assert outcome.kind in ("right", "refused"), outcome.detail  # never a false reading
    with pytest.raises(logderiv.errors.LogderivError):  # read only where nothing uses the copy before its zeroing
        logderiv.derive(cost, wrt="theta", let=LETS[:1])


# ------------------------------------------------------------------ one name, zeroed in the cost's lines alone
#: the cost's lines copy θ and zero temp[0]; the answer's own lines copy θ to temp too (the same line) but zero
#: nothing: the answer's temp is the whole θ, and its gradient penalises the intercept. The answer's line, equal to
#: the cost's, was dropped as already set, and its temp read as the cost's zeroed one: a false "equivalent"
ZEROED_COST = ("m = X.shape[0]\nh = sigmoid(X.dot(theta))\ntemp = theta.copy()\ntemp[0] = 0\n"
               "J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m + lamda / (2 * m) * temp.dot(temp)")
WHOLE_ANSWER = ("m = X.shape[0]\nh = sigmoid(X.dot(theta))\ntemp = theta.copy()\n"
                "grad = X.T.dot(h - y) / m + lamda / m * temp")


def test_the_answer_whole_temp_is_not_the_cost_zeroed_one():
    # by hand: the cost's gradient is Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ(2:end)] (finite differences of the cost as run);
    # the answer's is Xᵀ(σ(Xθ) − y)/m + (λ/m)θ, apart in the first entry by (λ/m)θ₀: different
    X, y, lam = _RNG.normal(size=(6, 3)), (_RNG.random(6) > 0.5).astype(float), 0.8
    theta = _RNG.normal(size=3)

    def as_run(v):
        h = sigmoid(X @ v)
        temp = v.copy()
        temp[0] = 0
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / 6 + lam / 12 * temp.dot(temp)

    answer = X.T.dot(sigmoid(X @ theta) - y) / 6 + lam / 6 * theta
    assert not np.allclose(central_differences(as_run, theta), answer, atol=1e-6)
    for text in (WHOLE_ANSWER, WHOLE_ANSWER.replace("m = X.shape[0]\nh = sigmoid(X.dot(theta))\n", "").replace(
            "h - y) / m", "sigmoid(X.dot(theta)) - y) / X.shape[0]").replace("lamda / m", "lamda / X.shape[0]")):
        try:
            verdict = logderiv.check(text, cost=ZEROED_COST, wrt="theta", let=LETS[:1])
        except logderiv.errors.LogderivError:
            continue  # a refusal is no false verdict
        assert verdict.verdict != "equivalent", text
    # the answer that zeroes its own copy alike is still read, and equivalent
    same = WHOLE_ANSWER.replace("temp = theta.copy()\n", "temp = theta.copy()\ntemp[0] = 0\n")
    assert logderiv.check(same, cost=ZEROED_COST, wrt="theta", let=LETS[:1]).verdict == "equivalent"

r"""fixf74c: three readings the f74 wave (tests/corpus/fresh_seventyfourth.py) missed.

1. A code line that sets a --let's name from its own value: t6george's ex2 costFunction.m writes
   ``h = h - y; grad = (X' * h) ./ m;`` under ``h = sigmoid(X * theta)`` (set above in the file, given as a --let).
   Code runs top to bottom: the h on the right is the let's, every later h is σ(Xθ) − y (noted). A line that gives
   the let's name another value from scratch (``h = X*theta``) is still refused: which one the texts mean is not said.
2. A gradient assembled in parts whose second line builds on the first: drv-agwl's ex5 linearRegCostFunction.m,
   ``temp=((hThetax')*(X))'; grad=(1/m)*temp+(lambda/m)*theta; grad(1,1)=grad(1,1)-(lambda/m)*theta(1,1);``: the
   intercept's entry is the whole value minus (λ/m)θ₁, its terms opened before the parts are matched; and the let
   ``temp=((hThetax')*(X))'`` (a row times X, in brackets) is a matrix put into the answer.
3. ``--let n = x.shape[0]`` (nndl-exercise-ans issue #1's Ngrad_func) beside a cost that counts the examples with m:
   n is the page's count of the examples, read as m (noted), only where no text writes both letters and every m is
   a count (1/m, a sum to m); n beside \sum_{j=1}^{n} (logderiv's n, the features) stays refused.

Each expected verdict is worked out by hand and checked here against NumPy finite differences of the cost, never
taken from logderiv's output; the verdicts are then held by the corpus judge (tests/_reading.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused
from work import assert_linear

# ------------------------------------------------------------------ 1. h = h - y under --let h = sigmoid(X * theta)
# https://github.com/t6george/Machine-Learning-by-Stanford-University/blob/3b074cc9fe5403a0b581c062f1b72b6e2aed5e61/
# machine-learning-ex/ex2/costFunction.m
T6_COST = "J = y' * log(h) + (1-y)' * log(1-h);\n\nJ = J / (-m);"
T6_LETS = ("h = sigmoid(X * theta)", "m = length(y)")
T6_GRAD = "h = h - y;\n\ngrad = (X' * h) ./ m;"


def _logistic_data(seed):
    rng = np.random.default_rng(seed)
    X, theta = rng.normal(size=(6, 3)), rng.normal(size=3)
    y = rng.integers(0, 2, size=6).astype(float)
    return X, y, theta


def test_t6_by_hand():
    # the cost's gradient is Xᵀ(σ(Xθ) − y)/m; h − y read with h the let's σ(Xθ) is it, y − h is its negative
    X, y, theta = _logistic_data(1)
    m = len(y)

    def cost(t):
        h = 1 / (1 + np.exp(-X @ t))
        return float(-(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m)

    h = 1 / (1 + np.exp(-X @ theta))
    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, X.T @ (h - y) / m, atol=1e-7)
    assert not np.allclose(numeric, X.T @ (y - h) / m, atol=1e-3)
    assert not np.allclose(numeric, X.T @ h / m, atol=1e-3)  # h read as the let's alone: the update is needed


def test_t6_real_line_is_read_with_a_note():
    assert_verdict_read(T6_GRAD, T6_COST, "equivalent", lets=T6_LETS)
    verdict = logderiv.check(T6_GRAD, cost=T6_COST, let=T6_LETS)
    assert verdict.verdict == "equivalent"
    assert any("h = h - y sets h from its own value, which is the --let's (h = sigmoid(X * theta))" in note
               for note in notes_of(verdict))


def test_t6_sign_flipped_is_different():
    assert_verdict_read("h = y - h;\n\ngrad = (X' * h) ./ m;", T6_COST, "different", lets=T6_LETS)


def test_a_second_definition_from_scratch_is_still_refused():
    error = refused(logderiv.check, "h = X*theta;\n\ngrad = (X' * (h-y)) ./ m;", cost=T6_COST, let=T6_LETS)
    assert "'h' is set by the answer's lines and by a --let, to other values" in str(error)


def test_a_self_update_without_the_let_is_still_refused():
    refused(logderiv.check, T6_GRAD, cost="J = -(y' * log(sigmoid(X*theta)) + (1-y)' * log(1-sigmoid(X*theta))) / m",
            let=("m = length(y)",))


# ------------------------------------------------------------------ 2. grad(1,1)=grad(1,1)-(lambda/m)*theta(1,1)
# https://github.com/drv-agwl/machine_learning_coursera_solutions/blob/7d1e777b44b855290cc852342f54886bb2f2b87e/
# ex5_solution/linearRegCostFunction.m
DRV_COST = ("J=(1/(2*m))*((hThetax')*hThetax);\nJ=J+(lambda/(2*m))*(theta')*theta;\n"
            "J=J-(lambda/(2*m))*theta(1,1)*theta(1,1);")
DRV_LETS = ("hThetax=(X*theta-y)", "m = length(y)")
DRV_HEAD = "temp=((hThetax')*(X))';\ngrad=(1/m)*temp+(lambda/m)*theta;"
DRV_GRAD = DRV_HEAD + "\ngrad(1,1)=grad(1,1)-(lambda/m)*theta(1,1);"


def test_drv_by_hand():
    rng = np.random.default_rng(2)
    X, y, theta, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7
    m = len(y)

    def cost(t):
        r = X @ t - y
        return float(r @ r / (2 * m) + lam / (2 * m) * (t @ t) - lam / (2 * m) * t[0] ** 2)

    numeric = central_differences(cost, theta)
    base = X.T @ (X @ theta - y) / m
    corrected = base + lam / m * theta
    corrected[0] -= lam / m * theta[0]
    assert np.allclose(numeric, corrected, atol=1e-7)
    assert not np.allclose(numeric, base + lam / m * theta, atol=1e-3)  # the correction line dropped
    half = base + lam / m * theta
    half[0] -= lam / (2 * m) * theta[0]
    assert not np.allclose(numeric, half, atol=1e-3)


def test_drv_real_lines_are_read_with_a_note():
    assert_verdict_read(DRV_GRAD, DRV_COST, "equivalent", lets=DRV_LETS)
    verdict = logderiv.check(DRV_GRAD, cost=DRV_COST, let=DRV_LETS)
    assert any("grad(1) and grad(2:end) together are the gradient vector" in note for note in notes_of(verdict))


def test_drv_without_the_correction_is_different():
    assert_verdict_read(DRV_HEAD, DRV_COST, "different", lets=DRV_LETS)
    verdict = logderiv.check(DRV_HEAD, cost=DRV_COST, let=DRV_LETS)
    assert any("--let temp = ((hThetax')*(X))' is a matrix the answer uses" in note for note in notes_of(verdict))


@pytest.mark.parametrize("line, verdict", [
    ("grad(1,1)=grad(1,1)-(lambda/2/m)*theta(1,1);", "different"),  # half the correction
    ("grad(1,1)=grad(1,1)+(lambda/m)*theta(1,1);", "different"),  # the correction's sign
    ("grad(2:end)=grad(2:end)-(lambda/m)*theta(2:end);", "different"),  # taken from the wrong part
])
def test_drv_near_misses_are_different(line, verdict):
    assert_verdict_read(DRV_HEAD + "\n" + line, DRV_COST, verdict, lets=DRV_LETS)


@pytest.mark.parametrize("line", [
    "grad(1,1)=grad(1,1)-(lambda/m)*theta(2,1);",  # another part's entry
    "grad(1,1)=grad(1,1)-(1/m)*sum(hThetax);",  # no multiple of the parameters
])
def test_drv_near_misses_still_refused(line):
    refused(logderiv.check, DRV_HEAD + "\n" + line, cost=DRV_COST, let=DRV_LETS)


def test_row_times_data_pattern_is_linear():
    from logderiv.notation.pasted import _ROW_TIMES_DATA

    # counted, not timed (tests/work.py): one call a text at any length; the pattern's backtracking would be inside
    # it, so benchmarks/scaling.py times it ("row times data")
    def searched(n: int) -> Callable[[], object]:
        texts = ("'" + " " * n, "' " * (n // 2), "')" + " " * n + "x", "'*(" + " " * n + "Y")
        return lambda: [_ROW_TIMES_DATA.search(text) for text in texts]

    assert_linear(searched, 20000)


def test_flat_terms_are_bounded():
    from logderiv.notation.gradient_pieces import _flat_terms

    def flat(n: int) -> Callable[[], list[tuple[str, str]]]:
        text = "(" * (n // 50) + "a + b" + ")" * (n // 50) + " - c" * n
        return lambda: _flat_terms(text)

    assert flat(2000)()[-1] == ("-", "c")
    # counted, not timed (tests/work.py): 24 calls a term, the brackets opened 4 deep at most (12,100 calls at 500
    # terms 10 deep, 48,300 at 2,000 terms 40 deep). Not seen by the count: _terms copies the text before each sign
    # and searches it for \d[eE]$, C work quadratic in the terms (0.15 s at 2,000, 3 s at 8,000), which
    # benchmarks/scaling.py times ("flat terms")
    assert_linear(flat, 500)


# ------------------------------------------------------------------ 3. --let n = x.shape[0] beside a cost with m
# https://github.com/nndl/nndl-exercise-ans/issues/1 (the proposed def Ngrad_func(w, x, y))
NNDL_COST = r"\frac{1}{2m}\sum_{i=1}^{m}(y_i - w^\top x_i)^2"
NNDL_CODE = "np.dot(x.T, (y-np.dot(x,w)))/n"


def test_nndl_by_hand():
    rng = np.random.default_rng(3)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    m = X.shape[0]  # the n = x.shape[0]

    def cost(v):
        return float(np.sum((y - X @ v) ** 2) / (2 * m))

    numeric = central_differences(cost, w)
    assert np.allclose(numeric, -X.T @ (y - X @ w) / m, atol=1e-7)
    assert not np.allclose(numeric, X.T @ (y - X @ w) / m, atol=1e-3)
    assert not np.allclose(numeric, -X.T @ (y - X @ w) / X.shape[1], atol=1e-3)  # n read as the features


def test_nndl_real_code_is_read_with_a_note():
    assert_verdict_read(NNDL_CODE, NNDL_COST, "different", wrt="w_j", lets=("n = x.shape[0]",))
    assert_verdict_read("np.dot(x.T, (np.dot(x,w)-y))/n", NNDL_COST, "equivalent", wrt="w_j",
                        lets=("n = x.shape[0]",))
    verdict = logderiv.check(NNDL_CODE, cost=NNDL_COST, let=("n = x.shape[0]",), wrt="w_j")
    assert any("n is read as the --let defines it, the number of examples, not as logderiv's n" in note
               for note in notes_of(verdict))


@pytest.mark.parametrize("answer, cost, let", [
    # the cost writes n too, for the features
    ("np.dot(x.T, (np.dot(x,w)-y))/n", r"\frac{1}{2m}\sum_{i=1}^{m}(y_i - \sum_{j=1}^{n} w_j x_{ij})^2",
     "n = x.shape[0]"),
    # the answer writes m beside n
    ("np.dot(x.T, (np.dot(x,w)-y))/n + 0*m", NNDL_COST, "n = x.shape[0]"),
    # n counts the columns: the features
    ("np.dot(x.T, (np.dot(x,w)-y))/n", NNDL_COST, "n = x.shape[1]"),
])
def test_nndl_near_misses_still_refused(answer, cost, let):
    refused(logderiv.check, answer, cost=cost, let=(let,), wrt="w_j")

"""audlog10: an adversarial review of fixlog10's readings (gardayulada's port, f84) for silent misreads.

Near-misses of each new reading, each held to what its writer means, worked out by hand and checked independently
(finite differences of NumPy costs written by hand, hand gradients checked by central differences):

* NumPy's theta[0] / theta[0,0] beside the whole theta: the first entry, in a penalty that takes it back out, in a
  penalty on it alone, and in an answer that subtracts it from every entry (a slip: different);
* theta2 = theta.copy(); theta2[0,0] = 0 (and [0,:]) against the slips that zero theta itself, zero another entry, or
  write the zero before the copy (refused, never read as the intercept's zeroing);
* np.multiply with a number first, last or inside, and with two arrays (a slip squaring θ: different);
* sf.sigmoidFunction through its alias, called at another point (a slip: different);
* total_cost = cost_logreg + cost_regular against a vector-valued sum (refused: no number).

Found: a derivation of ``sum(theta**2) - theta[0]**2`` said the penalty's gradient has λ on every entry (the note of a
penalty that keeps the intercept's), when the code takes the first entry's square back out: now the note that says so.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

RIDGE_TAKEN = "(1/(2*m))*np.sum((X@theta - y)**2) + (lam/(2*m))*(np.sum(theta**2) - theta[0]**2)"
RIDGE_TAKEN_DOT = "(1/(2*m))*np.sum((X@theta - y)**2) + (lam/(2*m))*(np.dot(theta,theta) - theta[0,0]**2)"


def _ridge_taken(d) -> float:
    """By hand: (1/2m)‖Xθ − y‖² + (λ/2m)(θᵀθ − θ[0]²), NumPy's first entry (the intercept's) unpenalised."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * (float(d.theta @ d.theta) - d.theta[0] ** 2)


def _penalty_on_first(d) -> float:
    """By hand: (1/2m)‖Xθ − y‖² + λ θ[0]², a penalty on the first entry alone."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m) + d.lam * d.theta[0] ** 2


@pytest.mark.parametrize("cost", [RIDGE_TAKEN, RIDGE_TAKEN_DOT])
def test_numpy_first_entry_taken_out_of_the_penalty_is_read(cost):
    assert_gradient_read(cost, _ridge_taken)


def test_numpy_penalty_on_the_first_entry_alone_is_read():
    assert_gradient_read("(1/(2*m))*np.sum((X@theta - y)**2) + lam*theta[0]**2", _penalty_on_first)


def _hand_gradient(X, y, theta, lam, *, zeroed=True, shifted=False):
    """By hand: Xᵀ(Xθ − y)/m + (λ/m)θ with θ's first entry zeroed; the slip subtracts (λ/m)θ[0] from every entry."""
    m = len(y)
    kept = theta.copy()
    if zeroed:
        kept[0] = 0
    if shifted:
        kept = theta - theta[0]
    return X.T @ (X @ theta - y) / m + lam / m * kept


def test_the_hand_gradients_against_central_differences():
    rng = np.random.default_rng(1010)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.9

    def cost(t):
        r = X @ t - y
        return float(r @ r) / (2 * len(y)) + lam / (2 * len(y)) * (float(t @ t) - t[0] ** 2)

    numeric = central_differences(cost, theta)
    assert np.allclose(_hand_gradient(X, y, theta, lam), numeric, atol=1e-6)
    assert not np.allclose(_hand_gradient(X, y, theta, lam, zeroed=False), numeric, atol=1e-3)
    assert not np.allclose(_hand_gradient(X, y, theta, lam, shifted=True), numeric, atol=1e-3)


COPY = ("m = len(X)", "t2 = theta.copy()")


@pytest.mark.parametrize(("answer", "lets", "verdict"), [
    ("X.T@(X@theta - y)/m + lam/m*np.r_[0, theta[1:]]", ("m = len(X)",), "equivalent"),
    ("X.T@(X@theta - y)/m + lam/m*theta", ("m = len(X)",), "different"),
    ("X.T@(X@theta - y)/m + lam/m*(theta - theta[0])", ("m = len(X)",), "different"),
    ("X.T@(X@theta - y)/m + lam/m*t2", (*COPY, "t2[0,0] = 0.0  # intercept"), "equivalent"),
    ("X.T@(X@theta - y)/m + lam/m*t2", (*COPY, "t2[0, :] = 0;"), "equivalent"),
    ("X.T@(X@theta - y)/m + np.multiply(lam/m, t2)", (*COPY, "t2[0,0] = 0"), "equivalent"),
    ("X.T@(X@theta - y)/m + np.multiply(t2, lam/m)", (*COPY, "t2[0,0] = 0"), "equivalent"),
    ("X.T@(X@theta - y)/m + np.multiply(lam/m, np.multiply(t2, t2))", (*COPY, "t2[0,0] = 0"), "different"),
])
def test_verdicts_beside_the_first_entry_worked_out_by_hand(answer, lets, verdict):
    assert_verdict_read(answer, RIDGE_TAKEN_DOT, verdict, lets=lets)


@pytest.mark.parametrize("lets", [
    (*COPY, "theta[0,0] = 0"),  # theta zeroed, the copy not
    ("m = len(X)", "t2[0,0] = 0", "t2 = theta.copy()"),  # the zero written before the copy
    (*COPY, "t2[0,1] = 0"),
    (*COPY, "t2[-1,0] = 0"),
    (*COPY, "t2[0,0] = 1"),
    ("m = len(X)", "t2 = theta", "t2[0,0] = 0"),  # no copy: theta zeroed with it
])
def test_zeroing_slips_are_never_read_as_the_intercepts(lets):
    refused(logderiv.check, "X.T@(X@theta - y)/m + lam/m*t2", cost=RIDGE_TAKEN_DOT, let=lets)


@pytest.mark.parametrize("cost", [RIDGE_TAKEN, RIDGE_TAKEN_DOT])
def test_the_first_entry_taken_out_is_said_not_every_entry_penalised(cost):
    """The penalty takes θ[0]² back out: its gradient has no λ on the first entry, so the note may not say it has."""
    notes = notes_of(logderiv.derive(cost))
    assert not any("its gradient has λ on every entry" in note for note in notes), notes
    assert any("the code subtracts the first entry's square" in note for note in notes), notes


SIG = ("def sigmoidFunction(X, theta):\n    import numpy as np\n    sigma = np.dot(X,theta)\n"
       "    y = np.divide(1, np.add(1, np.exp(np.multiply(-1, sigma))))\n    return y")
CE = ("(-1/m) * sum(np.multiply(y, np.log(sf.sigmoidFunction(X,theta))) + np.multiply(np.subtract(1,y), "
      "np.log(np.subtract(1, sf.sigmoidFunction(X,theta)))))")


@pytest.mark.parametrize(("point", "verdict"), [("theta", "equivalent"), ("2*theta", "different")])
def test_the_alias_call_at_another_point_is_a_slip(point, verdict):
    """Xᵀ(σ(Xθ) − y)/m is the mean cross-entropy's gradient (tests/test_numeric's cross_entropy); σ(2Xθ) is not."""
    lets = (SIG, "m = len(X)", f"sigmoid_y = sf.sigmoidFunction(X, {point})")
    assert_verdict_read("X.T@(sigmoid_y - y)/m", CE, verdict, lets=lets)


def test_a_sum_of_a_vector_and_a_number_is_no_cost():
    """total_cost = cost_vector + cost_regular: NumPy broadcasts to m numbers, not a cost."""
    cv = ("cost_vector = np.multiply(y, np.log(sf.sigmoidFunction(X,theta))) + np.multiply(np.subtract(1,y), "
          "np.log(np.subtract(1, sf.sigmoidFunction(X,theta))))")
    error = refused(logderiv.derive, "total_cost = cost_vector + cost_regular",
                    let=(SIG, "m = len(X)", cv, "cost_regular = (lambd / (2*m)) * np.dot(np.transpose(theta), theta)"))
    assert "a cost must be a number" in str(error)

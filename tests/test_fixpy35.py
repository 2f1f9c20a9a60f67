r"""fixpy35: NumPy code that copies (or aliases) the parameter vector and zeroes its first entry among its own lines.

* ``temp = theta`` (or ``theta.copy()``, or a scaled copy ``reg = (lamda/m) * theta``) then ``temp[0] = 0`` among
  a cost's lines (f76's one-vs-all ``Cost``, public code index file 43230618912) is kept among the --let s the lines
  set, in order, where the --let s' reading of the pair already takes it ([0; θ(2:end)]). NumPy's ``temp = theta``
  names θ's own array: ``temp[0] = 0`` zeroes θ[0] too, so a use of θ after it is refused (naming the aliasing);
  the lines before it use the whole θ, which a note says.
* ``[0; θ(2:end)]`` dotted with itself (``temp.dot(temp)`` of 1-D arrays) is Σ_{k≥2} θ_k², as theta[1:].dot(...)
* the Fprime answer beside the Cost sets reg_term again, to another value: refused (kept), the message now naming
  the cost's lines, not a --let the user never gave.

Expected results are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py) and to the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_gradient_read, notes_of, refused, refused_by_logderiv

_RNG = np.random.default_rng(35)

# ------------------------------------------------------------------ public code index file 43230618912
#: the body of def Cost (dedented), verbatim: one-vs-all logistic regression, Python code index file 43230618912
#: (the index does not name its repository); def sigmoid and def hypo are the file's helpers
OVA_COST = (
    "m = X.shape[0]\ny1 = y.dot(np.log(hypo(X,theta)))\ny0 = (1-y).dot(np.log(1-hypo(X,theta)))\n"
    "temp = theta\ntemp[0] = 0\nreg_term = (lamda/(2 * m)) *  (temp.dot(temp))\nJ = (-1/m) * (y1+y0) + reg_term"
)
OVA_LETS = (
    "def sigmoid(z):\n  return 1.0/(1.0 + np.exp(-z))",
    "def hypo(X,theta):\n  return sigmoid(X.dot(theta))",
)
#: the body of def Fprime, verbatim (same file)
OVA_GRAD = (
    "m = X.shape[0]\nht = hypo(X,theta)\nreg_term = (lamda/m) * theta\nreg_term[0] = 0\n"
    "grad = ((ht-y).dot(X)/m) + reg_term"
)
ALIAS_NOTE = "read as NumPy, in order: temp = theta names theta's own array (no copy), so temp[0] = 0 sets theta[0]"


def _source_cost(X, y, theta, lamda):
    """The source's Cost, run as written (on a copy, so the caller's θ is not zeroed by its aliasing)."""
    theta = np.array(theta, dtype=float)
    m = X.shape[0]
    y1 = y.dot(np.log(sigmoid(X.dot(theta))))
    y0 = (1 - y).dot(np.log(1 - sigmoid(X.dot(theta))))
    temp = theta
    temp[0] = 0
    reg_term = (lamda / (2 * m)) * (temp.dot(temp))
    return (-1 / m) * (y1 + y0) + reg_term


def _reg_logistic_skip_first(d):
    # by hand: the mean cross-entropy of σ(Xθ) plus (λ/2m) Σ_{j≥2} θ_j² (NumPy's θ[1:], the intercept unpenalised)
    p = sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
        d.theta[1:] @ d.theta[1:])


def test_the_source_computes_the_hand_cost_and_gradient():
    # the aliasing zeroes theta[0] only after y1 and y0: the value is the intercept-free ridge cross-entropy, and
    # its gradient Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ(2:end)] is what Fprime computes (reg_term a new array)
    X, y, lam = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float), 0.8
    theta = _RNG.normal(size=3)
    assert np.isclose(_source_cost(X, y, theta, lam), intercept_free_ridge_cross_entropy(X, y, theta, lam))
    numeric = central_differences(lambda v: _source_cost(X, y, v, lam), theta)
    reg_term = (lam / 7) * theta
    reg_term[0] = 0
    assert np.allclose(numeric, (sigmoid(X @ theta) - y).dot(X) / 7 + reg_term, atol=1e-6)
    # hypo computed after the aliasing would see the zeroed θ: another value wherever θ₀ ≠ 0
    zeroed = np.array([0.0, *theta[1:]])
    assert not np.isclose(intercept_free_ridge_cross_entropy(X, y, zeroed, lam),
                          intercept_free_ridge_cross_entropy(X, y, theta, lam))


def test_the_aliased_cost_is_read_in_order_and_noted():
    # f76-idx43230618912-cost-aliased-temp: refused before ("the left side of '=' names the cost")
    assert_gradient_read(OVA_COST, _reg_logistic_skip_first, lets=OVA_LETS)
    notes = notes_of(logderiv.derive(OVA_COST, wrt="theta", let=OVA_LETS))
    assert any(ALIAS_NOTE in note and "the lines before it use the whole theta" in note for note in notes), notes


@pytest.mark.parametrize("copy", ["temp = theta.copy()", "temp = theta"])
def test_other_penalties_of_the_zeroed_copy_are_read_alike(copy):
    cost = OVA_COST.replace("temp = theta", copy).replace("(temp.dot(temp))", "np.sum(temp**2)")
    assert_gradient_read(cost, _reg_logistic_skip_first, lets=OVA_LETS)
    assert_gradient_read(OVA_COST.replace("temp = theta", copy), _reg_logistic_skip_first,
                         lets=OVA_LETS)


def test_theta_used_after_the_aliased_zeroing_is_refused_with_its_place():
    # the trap: σ(Xθ) computed after temp[0] = 0 sees θ[0] = 0 (the source's code would compute another value)
    after = ("m = X.shape[0]\ntemp = theta\ntemp[0] = 0\ny1 = y.dot(np.log(hypo(X,theta)))\n"
             "y0 = (1-y).dot(np.log(1-hypo(X,theta)))\nreg_term = (lamda/(2 * m)) *  (temp.dot(temp))\n"
             "J = (-1/m) * (y1+y0) + reg_term")
    error = refused(logderiv.derive, after, wrt="theta", let=OVA_LETS)
    assert "temp = theta copies nothing in NumPy" in error.message and "is the zeroed one" in error.message
    assert error.source == "y1 = y.dot(np.log(hypo(X,theta)))" and error.source[error.column:].startswith("theta")
    # a copy zeroes no θ: the same lines are read
    assert_gradient_read(after.replace("temp = theta\n", "temp = theta.copy()\n"), _reg_logistic_skip_first,
                         lets=OVA_LETS)
    # θ on the last line, after the zeroing, likewise refused
    last = OVA_COST.replace("+ reg_term", "+ reg_term + 0 * np.sum(theta)")
    error = refused(logderiv.derive, last, wrt="theta", let=OVA_LETS)
    assert "temp = theta copies nothing in NumPy" in error.message


@pytest.mark.parametrize("cost", [
    # h[0] = 0: the entry of no copy of the parameters: never dropped or read, left refused
    "m = X.shape[0]\nh = hypo(X,theta)\nh[0] = 0\nJ = (-1/m) * (y.dot(np.log(h)) + (1-y).dot(np.log(1-h)))",
    # temp set again after its zeroing: which temp the penalty uses is not read here
    OVA_COST.replace("reg_term =", "temp = theta\nreg_term ="),
    # the zeroing inside a loop's lines
    "J = 0\ntemp = theta\nfor i in range(m):\n    temp[0] = 0\n    J += y[i]\nJ = J + temp.dot(temp)",
])
def test_near_misses_stay_refused(cost):
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="theta", let=OVA_LETS))


def test_the_fprime_beside_the_cost_is_refused_naming_the_cost_lines():
    # f76-idx43230618912-fprime and -fprime-intercept-penalised: kept refused. Both texts set reg_term (to other
    # values), and the cost's temp = theta aliases the θ the answer would read after it when both run on one array
    penalised = OVA_GRAD.replace("reg_term[0] = 0\n", "")
    for answer in (OVA_GRAD, penalised):
        error = refused(logderiv.check, answer, cost=OVA_COST, wrt="theta", let=OVA_LETS)
        # since fixpyf35b reads each text's own locals (the answer's reg_term its own), the refusal that stands is
        # the cost's aliasing: its temp = theta; temp[0] = 0 zeroes the θ the answer reads after it
        assert error.message.startswith("temp = theta copies nothing in NumPy")
        assert error.source[error.column:].startswith("theta")


def test_a_let_set_to_another_value_is_still_named_a_let():
    # the old message where a --let (not the cost's lines) gives the name another value
    error = refused(logderiv.check, OVA_GRAD, cost="J = np.mean((X.dot(theta) - y) ** 2)", wrt="theta",
                    let=("reg_term = lamda * theta",))
    assert "'reg_term' is set by the answer's lines and by a --let, to other values" in error.message

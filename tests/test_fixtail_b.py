"""fixtail_b (issue 10): families of gradient code the corpus refused, one general reading (or a better refusal) each.

Code's meaning is exact, so each reading follows the language's own semantics (NumPy's, Octave's, Haskell's): what
the code computes is written here again in NumPy and held to central finite differences (tests/_numeric.py) or to
the corpus judge, never to logderiv's own output. Beside each reading, the near variants whose meaning the text does
not fix are refused with the readings named.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from logderiv import check, derive
from logderiv.render.json import render_json

from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(2026)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- add(v) of one argument: a sum imported under NumPy's name add ---------------------------------------------------

#: Benardi/touvlo lgx_rg/cmpt_grf.py (cost_func; the module imports 'from numpy import sum as add'), verbatim
TOUVLO_COST = "-(1 / m) * add((Y * log(hyp) + (1 - Y) * log(1 - hyp)))"
TOUVLO_LETS = ("hyp = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))", "m = Y.shape[1]")
ADD_NOTE = ("add(v) of one argument is read as the sum of v's entries: NumPy's add takes two arrays, so the source "
            "imported a sum under the name add (as 'from numpy import sum as add' does)")


def _mean_cross_entropy(d):
    """By hand: −(1/m) Σᵢ [yᵢ log σ(wᵀxᵢ + b) + (1 − yᵢ) log(1 − σ(wᵀxᵢ + b))]."""
    h = _sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def test_the_hand_gradient_of_the_mean_cross_entropy_in_w_and_b():
    """∂/∂w = Xᵀ(σ − y)/m and ∂/∂b = Σ(σ − y)/m, by finite differences (the answers below are judged against these)."""
    X, y = _RNG.normal(size=(5, 3)), _RNG.integers(0, 2, size=5).astype(float)
    w, b = _RNG.normal(size=3), 0.3

    def cost(v):
        h = _sigmoid(X @ v[:3] + v[3])
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    r = _sigmoid(X @ w + b) - y
    assert np.allclose(np.append(X.T @ r / 5, r.sum() / 5), _fd(cost, np.append(w, b)), atol=1e-6)


def test_touvlos_cost_reads_add_as_the_sum():
    """touvlo's cost with add(…): the mean cross-entropy in w and b, noted in text and JSON."""
    assert_gradient_read(TOUVLO_COST, _mean_cross_entropy, wrt=("w_j", "b"), lets=TOUVLO_LETS)
    derivation = derive(TOUVLO_COST, wrt="b", let=TOUVLO_LETS)
    assert ADD_NOTE in notes_of(derivation)
    assert json.dumps(ADD_NOTE, ensure_ascii=False)[1:-1] in render_json(derivation)


_TOUVLO_GRAD_LETS = ("dz = A - Y", "A = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))")
_TOUVLO_A_COST = "-(1 / m) * add((Y * log(A) + (1 - Y) * log(1 - A)))"


@pytest.mark.parametrize("answer, wrt, count, verdict", [
    ("(1 / m) * add(dz)", "b", "m = X.shape[1]", "equivalent"),  # touvlo's db (one example per column)
    ("add(dz)", "b", "m = X.shape[1]", "different"),  # without the mean's 1/m
    ("(1 / m) * dot(X, dz.T)", "w_j", "m = X.shape[1]", "equivalent"),  # touvlo's dw beside a cost in add
])
def test_touvlos_gradients_are_judged_by_hand(answer, wrt, count, verdict):
    """db = Σ(a − y)/m is the hand ∂J/∂b above; without 1/m it is m times it."""
    assert_verdict_read(answer, _TOUVLO_A_COST, verdict, wrt=wrt, lets=_TOUVLO_GRAD_LETS + (count,))


def test_add_of_a_column_in_a_matrix_answer_is_its_total():
    """add(Xw + b − y)/m of the m×1 residuals is Σ(xᵢ·w + b − yᵢ)/m, ∂/∂b of the half mean square (by hand)."""
    assert_verdict_read("add(X @ w + b - y)/m", "np.mean((X @ w + b - y)**2)/2", "equivalent", wrt="b")


def test_add_of_a_matrix_is_refused_naming_both_sums():
    """add(M) of an m×n matrix: NumPy's sum adds every entry, Python's sum each column; the import is not shown."""
    error = refused(check, "add(X * (X @ w + b - y))/m", cost="np.mean((X @ w + b - y)**2)/2", wrt="w_j")
    assert "adds up a matrix (m×n)" in str(error) and "Python's sum and np.add.reduce each column" in str(error)
    assert error.column == 0


@pytest.mark.parametrize("text", [
    "np.add(dz)",  # NumPy's own add, of one array: an error in NumPy itself
    "add(dz, 1)",  # two arguments: not a sum at all
])
def test_other_adds_stay_refused(text):
    refused(check, text, cost=_TOUVLO_A_COST, wrt="b", let=_TOUVLO_GRAD_LETS + ("m = X.shape[1]",))


def test_a_defined_add_is_the_definition():
    """--let 'add(v) = 2*v' is the writer's own add: no sum is read into it."""
    derivation = derive("add(h - y)^2", wrt="theta_j", let=("add(v) = 2*v", "h = theta^T x"))
    assert ADD_NOTE not in notes_of(derivation)


# --- np.dot(e.T, e)[0, 0]: the entry of a 1×1 product, as .item() takes it ------------------------------------------

#: EPFL ML course labs (compute_mse, compute_ridge_loss; public code), verbatim
EPFL_RIDGE = "compute_mse(y, tx, w) + lambda_* np.sum(w**2 , axis=0)"
EPFL_LETS = ("compute_mse(y, tx, w) = np.dot(e.T,e)[0,0]/ 2 / y.shape[0]", "e =  y- np.dot(tx,w)")
ITEM_INDEX_NOTE = "read as NumPy: [0, 0] takes the one entry of a 1×1 result (vᵀu is one number), as .item() does"


def _ridge(d):
    """By hand: ‖y − Xw‖²/(2m) + λ‖w‖² (eᵀe of the m×1 column e is 1×1; [0,0] is its entry)."""
    e = d.y - d.X @ d.w
    return float(e @ e / (2 * len(d.y)) + d.lam * np.sum(d.w ** 2))


def test_the_hand_gradient_of_the_ridge_loss():
    """∇(‖y − Xw‖²/(2m) + λ‖w‖²) = −Xᵀ(y − Xw)/m + 2λw, by finite differences."""
    X, y, w, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.7
    cost = lambda v: np.sum((y - X @ v) ** 2) / 12 + lam * np.sum(v ** 2)  # noqa: E731
    assert np.allclose(-X.T @ (y - X @ w) / 6 + 2 * lam * w, _fd(cost, w), atol=1e-6)


def test_a_zero_zero_index_of_a_one_by_one_product_is_its_number():
    """EPFL's np.dot(e.T,e)[0,0]: the ridge loss, its gradient the hand one; noted in text and JSON."""
    assert_gradient_read(EPFL_RIDGE, _ridge, wrt=("w_j",), lets=EPFL_LETS)
    derivation = derive(EPFL_RIDGE, wrt="w_j", let=EPFL_LETS)
    assert ITEM_INDEX_NOTE in notes_of(derivation)
    assert json.dumps(ITEM_INDEX_NOTE, ensure_ascii=False)[1:-1] in render_json(derivation)


def test_epfls_gradient_against_a_cost_in_zero_zero():
    """EPFL's compute_gradient, −Xᵀe/m, is ∇ of eᵀe/(2m) (the hand gradient above with λ = 0)."""
    assert_verdict_read("gradient = np.dot(tx.T,e)\ngradient *= -1/ y.shape[0]", "np.dot(e.T,e)[0,0]/ 2 / y.shape[0]",
                        "equivalent", wrt="w_j", lets=("e =  y- np.dot(tx,w)",))
    assert_verdict_read("np.dot(tx.T,e) / y.shape[0]", "np.dot(e.T,e)[0][0]/ 2 / y.shape[0]",
                        "different", wrt="w_j", lets=("e =  y- np.dot(tx,w)",))


@pytest.mark.parametrize("text", [
    "np.sum(np.dot(X, w)[0, 0] - y)",  # Xw is m×1: [0, 0] is the first example's value, not the vector
    "np.dot(r.T, r)[0, 1] / (2*m)",  # another entry: no 1×1 array has one
])
def test_other_indices_stay_refused(text):
    refused(derive, text, wrt="w_j", let=("r = X @ w - y",))


# --- Octave's ones(size(v)) and a let siz = size(v) used only as ones(siz) -----------------------------------------

#: an Octave ex2 costFunctionReg (public code), verbatim, with its lines z=X*theta; siz= size(z); m = length(y)
EX2_COST = ("J=(1/m)*((-y)'*log(sigmoid(z))-((ones(size(y))-y)'*log(ones(siz)-sigmoid(z)))) + "
            "(lambda/(2*m))*sum(theta(2:end).^2) ;")
EX2_LETS = ("z=X*theta", "siz= size(z)", "m = length(y)")
ONES_Y_NOTE = "read as Octave: ones(size(y)) is the array of ones of y's shape (m×1 here): 1 in each entry"
SIZ_NOTE = "siz= size(z) is z's shape, used only as ones(siz): read as ones(size(z)), and the --let is not needed"


def _regularised_cross_entropy(d):
    """By hand: −(1/m) Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))] + λ/(2m) Σ_{k≥2} θₖ² (Octave's θ(2:end))."""
    h = _sigmoid(d.X @ d.theta)
    m = len(d.y)
    return float(-np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)) + d.lam / (2 * m) * np.sum(d.theta[1:] ** 2))


def test_the_hand_gradient_of_the_regularised_cross_entropy():
    """∇ = Xᵀ(σ(Xθ) − y)/m + (λ/m)·[0; θ₂ … θₙ], by finite differences."""
    X, y, t, lam = _RNG.normal(size=(6, 3)), _RNG.integers(0, 2, size=6).astype(float), _RNG.normal(size=3), 0.9

    def cost(v):
        h = _sigmoid(X @ v)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / 12 * np.sum(v[1:] ** 2)

    mask = np.array([0.0, 1.0, 1.0])
    assert np.allclose(X.T @ (_sigmoid(X @ t) - y) / 6 + lam / 6 * t * mask, _fd(cost, t), atol=1e-6)


def test_ones_of_a_shape_is_read_with_the_shapes_let():
    """ex2's cost: ones(size(y)) − y is 1 − y, ones(siz) with siz = size(z) the ones of z's shape; both noted."""
    assert_gradient_read(EX2_COST, _regularised_cross_entropy, wrt=("theta_j",), lets=EX2_LETS)
    derivation = derive(EX2_COST, wrt="theta_j", let=EX2_LETS)
    assert {ONES_Y_NOTE, SIZ_NOTE} <= set(notes_of(derivation))
    assert json.dumps(SIZ_NOTE, ensure_ascii=False)[1:-1] in render_json(derivation)


@pytest.mark.parametrize("answer, verdict", [
    # its grad: the penalty's gradient masked by [0; ones(length(theta)-1, 1)], as the hand gradient above
    ("grad= (1/m)*((sigmoid(z)-y)'*X) + ((lambda/m)*theta .* [0; ones(length(theta)-1, 1)])';", "equivalent"),
    # the mask dropped: θ₁ penalised too
    ("grad= (1/m)*((sigmoid(z)-y)'*X) + ((lambda/m)*theta)';", "different"),
])
def test_ex2s_gradients_against_the_cost_with_ones(answer, verdict):
    assert_verdict_read(answer, EX2_COST, verdict, wrt="theta_j", lets=EX2_LETS)


@pytest.mark.parametrize("cost, lets", [
    # ones of θ's shape is n×1: not a vector of the examples
    ("sum((X*theta - y).^2) + sum(ones(size(theta)) - theta)", ()),
    # siz used otherwise than as ones(siz): a shape is no number
    ("sum(log(ones(siz) - sigmoid(z))) + siz", ("z=X*theta", "siz = size(z)")),
])
def test_other_shapes_and_uses_of_size_stay_refused(cost, lets):
    refused(derive, cost, wrt="theta_j", let=lets)


# --- a Python loop whose body lost its indentation: refused saying so ------------------------------------------------

#: a Q&A post's ridge gradient descent (kiwix mirror; the paste lost the indentation), verbatim
KIWIX_LOOP = ("for i in range(0,len(y)): # here we calculate the summation for all rows for loss and gradient\n"
              "summ=summ+((y[i,]-np.dot(w,x[i,]))*x[i,])\n"
              "loss_stry=loss_stry+((y[i,]-np.dot(w,x[i,]))**2)\n"
              "losses=np.insert(losses,len(losses),loss_stry+(C*np.dot(w,w)))\n"
              "grad=((-2)*summ)+(np.dot((2*C),w))")


def test_a_loop_with_no_indented_line_is_refused_as_a_lost_indentation():
    """Python requires an indented body: lines at the header's level are a paste that lost it, so which lines the loop
    held is not said (the old message, 'the loop adds to no name', was false: summ = summ + … adds)."""
    error = refused(check, KIWIX_LOOP, cost="loss_stry+(C*np.dot(w,w))", wrt="w_j",
                    let=("summ = np.zeros(1)", "loss_stry = 0"))
    assert "followed by no indented line: the paste lost the indentation" in str(error)
    assert error.column == 0 and "indent the loop's body" in error.hint

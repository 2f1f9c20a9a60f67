"""Issue 10, fixlog10: gardayulada's Coursera port (f84), its np.log10 costs and their gradients.

github.com/gardayulada/MLCoursera (commit 364b3a8a) ports Ng's ex2 to Python: ``sigmoidFunction`` lives in a file of
its own, imported as ``sf``, with ``import numpy as np`` inside the def and a local ``y`` that is the sigmoid's value;
the costs take np.log10 (the natural-log cross-entropy divided by ln 10), the regularised one subtracts
``theta[0,0]**2`` from θᵀθ and sums ``total_cost = cost_logreg + cost_regular``; the gradient zeroes
``theta2 = theta.copy(); theta2[0,0] = 0`` and multiplies ``np.multiply(lambd/m, theta2)``. Read now, each noted:

* a def's ``import numpy as np`` binds np and sets no value; its local y is its own (Python's scope);
* ``sf.sigmoidFunction(…)`` beside --let ``def sigmoidFunction`` is that function, through its module's alias;
* ``sigmoid_y`` (a function's word and the labels' letter) is code's name of its own;
* NumPy's ``theta[0,0]`` (``theta[0]``) beside the whole θ is its first entry θ₁ (refused beside another numbering);
* ``theta2[0,0] = 0``, ``theta2[0,:] = 0`` zero the copy's first entry as ``theta2[0] = 0`` does;
* ``np.multiply(number, array)`` multiplies each entry by the number;
* ``total_cost = cost_logreg + cost_regular``, names of --let s combined, names the cost (refused, naming them, where
  the --let s do not give them: the corpus's gradients come with their own lets only, so they stay refused there).

Costs are held to central finite differences of costs written by hand in NumPy (the corpus judge); the verdicts to
gradients worked out by hand (below) and checked against finite differences here too.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# tests/corpus/fresh_eightyfourth.py, _GAR_SIG: ex2/sigmoidFunction.py, verbatim
SIG = ("def sigmoidFunction(X, theta):\n    import numpy as np\n    sigma = np.dot(X,theta)\n"
       "    y = np.divide(1, np.add(1, np.exp(np.multiply(-1, sigma))))\n    return y")
# ex2/ex2_costfunction.py (class costFunction, def costFunction(X, theta, y)): the cost_vector line and the cost
EX2_LETS = (SIG, "m = len(X)",
            "cost_vector = np.multiply(y, np.log10(sf.sigmoidFunction(X,theta))) + np.multiply(np.subtract(1,y), "
            "np.log10(np.subtract(1, sf.sigmoidFunction(X,theta))))")
EX2_COST = "cost = (-1/m) * sum(cost_vector)"
# ex2_2/ex2_2_costFunction.py (def costFunctionLogRegress(X, theta, y, lambd))
EX22_LETS = (SIG, "m = len(X)", "sigmoid_y = sf.sigmoidFunction(X, theta)",
             "cost_logreg = (-1/m) * sum(np.multiply(y, np.log10(sigmoid_y)) + np.multiply(np.subtract(1, y), "
             "np.log10(np.subtract(1, sigmoid_y))))",
             "cost_regular = (lambd / (2*m)) * (np.dot(np.transpose(theta), theta) - theta[0,0]**2)")
EX22_COST = "total_cost = cost_logreg + cost_regular"
# ex2_2's gradient step (theta -= np.multiply(alpha, …)), the factor after alpha, with its lines
GRAD_LETS = (SIG, "m = len(X)", "theta2 = theta.copy()", "theta2[0,0] = 0", "sigmoid_y = sf.sigmoidFunction(X, theta)")
GRAD = ("np.divide(np.transpose(np.dot(np.transpose(sigmoid_y - y), X)), (m * np.log(10))) + "
        "np.multiply(lambd/m, theta2)")
# ex3's one-vs-all step, the factor after alpha (theta2[0,:] = 0)
EX3_LETS = (SIG, "m = len(X)", "sigmoid_y = sf.sigmoidFunction(X, theta)", "theta2 = theta.copy()", "theta2[0,:] = 0")
EX3_GRAD = ("np.add(np.multiply(1/(m * np.log(10)), np.transpose(np.dot(np.transpose(np.subtract(sigmoid_y, y)), X))), "
            "np.multiply(lambd/m, theta2))")


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_ce_log10(d) -> float:
    """By hand: −(1/m) Σ [y log10 σ(x·θ) + (1 − y) log10(1 − σ(x·θ))]."""
    p = _sigmoid(d.X @ d.theta)
    return -float(np.sum(d.y * np.log10(p) + (1 - d.y) * np.log10(1 - p))) / d.m


def _reg_mean_ce_log10(d) -> float:
    """By hand: the log10 cross-entropy plus (λ/2m)(θᵀθ − θ[0]²), the first entry (the intercept's) unpenalised."""
    return _mean_ce_log10(d) + d.lam / (2 * d.m) * (float(d.theta @ d.theta) - d.theta[0] ** 2)


def test_the_ex2_log10_cost_is_read():
    assert_gradient_read(EX2_COST, _mean_ce_log10, lets=EX2_LETS)


def test_the_ex2_2_regularised_log10_cost_is_read():
    assert_gradient_read(EX22_COST, _reg_mean_ce_log10, lets=EX22_LETS)


def test_what_was_read_is_said():
    notes = notes_of(logderiv.derive(EX22_COST, let=EX22_LETS))
    assert any("sf.sigmoidFunction(…) calls sigmoidFunction of the module imported as sf" in note for note in notes)
    assert any("has import numpy as np, which binds a module's name" in note for note in notes)
    assert any("its local y is a name of its own inside the def" in note for note in notes)
    assert any("theta[0,0] is the first entry of the parameter vector theta" in note for note in notes)
    assert any("total_cost = … assigns the cost to total_cost" in note for note in notes)
    assert any("np.log10(v) is the base-10 logarithm" in note for note in notes)


def _gradient_by_hand(X, y, theta, lam, *, ln10=True, zeroed=True):
    """The step's factor worked out by hand: Xᵀ(σ(Xθ) − y)/(m ln 10) + (λ/m)θ with θ's first entry zeroed."""
    m = len(y)
    kept = theta.copy()
    if zeroed:
        kept[0] = 0
    return X.T @ (_sigmoid(X @ theta) - y) / (m * (np.log(10) if ln10 else 1)) + lam / m * kept


def test_the_gradient_by_hand_is_the_costs():
    """The hand gradient agrees with central differences of the hand cost; the slips (no ln 10, θ for θ2) do not."""
    rng = np.random.default_rng(10)
    X = np.c_[np.ones(5), rng.normal(size=(5, 2))]
    y = (rng.random(5) > 0.5).astype(float)
    theta, lam = rng.normal(size=3), 0.7

    class D:
        pass

    def cost(t):
        d = D()
        d.X, d.y, d.theta, d.lam, d.m = X, y, t, lam, len(y)
        return _reg_mean_ce_log10(d)

    numeric = central_differences(cost, theta)
    assert np.allclose(_gradient_by_hand(X, y, theta, lam), numeric, atol=1e-6)
    assert not np.allclose(_gradient_by_hand(X, y, theta, lam, ln10=False), numeric, atol=1e-3)
    assert not np.allclose(_gradient_by_hand(X, y, theta, lam, zeroed=False), numeric, atol=1e-3)


@pytest.mark.parametrize(("text", "lets", "verdict"), [
    (GRAD, GRAD_LETS, "equivalent"),
    (EX3_GRAD, EX3_LETS, "equivalent"),
    (GRAD.replace("(m * np.log(10))", "m"), GRAD_LETS, "different"),  # f84's variant: ln 10 left out
    (GRAD.replace("np.multiply(lambd/m, theta2)", "np.multiply(lambd/m, theta)"), GRAD_LETS, "different"),
])
def test_the_gradients_with_the_costs_lets(text, lets, verdict):
    assert_verdict_read(text, EX22_COST, verdict, lets=tuple(dict.fromkeys(lets + EX22_LETS)))


def test_the_gradients_as_the_corpus_gives_them_stay_refused_naming_the_missing_lets():
    """f84's gradient items carry the step's lets only: cost_logreg and cost_regular are defined by none."""
    error = refused(logderiv.check, GRAD, cost=EX22_COST, let=GRAD_LETS)
    assert "is made of names of code that no --let defines: cost_logreg, cost_regular" in str(error)
    assert error.column == EX22_COST.index("cost_logreg")


# ------------------------------------------------------------------ guards: near-misses read as before

def test_an_alias_used_as_data_elsewhere_is_no_module():
    """X.sigmoidFunction(…) beside X the data: a method of X, not the module's function: still refused."""
    cost = "(-1/m) * sum(np.multiply(y, np.log(X.sigmoidFunction(X,theta))))"
    unread = refused(logderiv.derive, cost, let=(SIG,))
    assert "'X' is m×n and 'sigmoidFunction(X,theta)' is m×1: they cannot be multiplied" in str(unread)
    assert unread.column is not None


def test_two_aliases_for_one_function_are_not_read():
    cost = ("(-1/m) * sum(np.multiply(y, np.log(sf.sigmoidFunction(X,theta))) + np.multiply(np.subtract(1, y), "
            "np.log(np.subtract(1, lr.sigmoidFunction(X,theta)))))")
    error = refused(logderiv.derive, cost, let=(SIG,))
    assert "unknown name 'sf'" in str(error)
    assert error.column == cost.index("sf.")


def test_an_import_of_another_module_inside_the_def_is_not_read():
    sig = SIG.replace("import numpy as np", "import scipy as sp")
    error = refused(logderiv.derive, EX2_COST, let=(sig, *EX2_LETS[1:]))
    assert "a --let has one '='" in str(error)  # the def left to the chain reader, which refuses it as before


def test_numpy_first_entry_beside_another_numbering_is_refused():
    cost = "(lambd / (2*m)) * (np.dot(np.transpose(theta), theta) - theta[0,0]**2) + theta_0"
    error = refused(logderiv.derive, cost)
    assert "theta[0,0] is NumPy's first entry of theta (counting from 0), and theta_0 numbers theta too" in str(error)
    assert error.column == cost.index("theta_0")


def test_another_numpy_entry_beside_the_whole_vector_is_not_read_as_the_first():
    cost = "(lambd / (2*m)) * (np.dot(np.transpose(theta), theta) - theta[1,0]**2)"
    error = refused(logderiv.derive, cost)
    assert "square brackets right after a name look like indexing" in str(error)
    assert error.column == cost.index("[1,0]")


def test_zeroing_another_row_is_no_intercept_zeroing():
    lets = (*GRAD_LETS[:2], "theta2 = theta.copy()", "theta2[1,0] = 0", GRAD_LETS[4], *EX22_LETS[3:])
    error = refused(logderiv.check, GRAD, cost=EX22_COST, let=lets)
    assert "the left side of a --let is a name" in str(error)
    assert error.source == "theta2[1,0] = 0"


def test_sigma_with_the_labels_letter_stays_an_entry():
    error = refused(logderiv.derive, "sum(sigma_y)", let=("sigma_y = sigmoid(X*theta)",))
    assert "'sigma_y' is an entry of the notation" in str(error)


def test_a_sum_of_undefined_words_is_no_cost_name():
    """total = cost_a + cost_b: 'total' names no cost, so the let names are not asked for."""
    error = refused(logderiv.derive, "total = cost_a + cost_b")
    assert "unknown name 'cost'" in str(error)

"""Loops and arrays filled by code, read by the code's meaning (branch fixpyloop37, issue 10).

* A regularised-logistic project file (public code index file 47860154950, tests/corpus/fresh_eightysecond.py):
  ``r, c = tx.shape`` names the data's rows and columns (read as m and n), ``x = tx[i, :]`` names row i (put in its
  place), ``logistic_sigmoid(…)`` is σ by its name (the helper's body is not given), ``grad = np.zeros(c)`` is a
  column of zeros whose entry j starts the sum, and ``x.T`` of the 1-D row is the row itself.
* The Machine Learning Specialization's compute_gradient with X[i,j] lost (EliasTamer/machine-learning-playground,
  tests/corpus/fresh_eightyfirst.py): ``dj_dw[j] = dj_dw[j] + err_i`` gives every entry the same sum; read where
  --wrt asks an entry w_j (a bias's gradient, or --wrt b, stays refused: audit48).
* Octave's ex2 with Turkish comments (public code index file 32950604180, tests/corpus/fresh_eightieth.py): a lone
  loop under --let J = 0;, a comment after a loop's header, grad(j) and X(i,j) by parentheses, and the features' loop
  outside the examples' loop.
* A Polish Octave lab (github.com/magdalenka120/Optymal-, logistic_cost_function.m, tests/corpus/
  fresh_eightysecond.py): xTrain, yTrain are the training data, and grad = zeros(M,1) a zero start.

Every verdict was worked out by hand (beside it) and is held here, independently of logderiv, to central finite
differences of a cost written by hand in NumPy: the Python snippets run as Python on random data (test code running
its own fixed strings, never logderiv), the Octave ones transcribed by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check, derive
from work import assert_linear

# ------------------------------------------------------------------ index file 47860154950 (verbatim, dedented)
# source: public code index file 47860154950 (Python, a regularised-logistic project file), the bodies of
# def logistic_entropy_loss(y, tx, w) and def logistic_gradient(y, tx, w), as in tests/corpus/fresh_eightysecond.py
EPB_LOSS = (
    "loss = 0\n\nfor i in range(0, len(y)):\n    x = tx[i, :]\n    sigma = logistic_sigmoid(np.dot(x, w))\n"
    "    loss += y[i] * np.log(sigma) + (1 - y[i]) * np.log(1 - sigma)\n\nreturn -loss"
)
EPB_GRAD = (
    "r, c = tx.shape\ngrad = np.zeros(c)\n\nfor i in range(0, r):\n    x = tx[i, :]\n"
    "    sigma = logistic_sigmoid(np.dot(x, w))\n    grad += (sigma - y[i]) * x.T\n\nreturn grad"
)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _summed_cross_entropy(X, y, w):
    """The loss by hand: −Σᵢ [yᵢ log σ(xᵢ·w) + (1 − yᵢ) log(1 − σ(xᵢ·w))] (a sum, no 1/m)."""
    p = _sigmoid(X @ w)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _run(body, space, name):
    """The value the snippet's lines return (``return NAME`` as the last line), run as Python (test code)."""
    lines = body.split("\n")
    assert lines[-1] == f"return {name}"
    exec(compile("\n".join(lines[:-1]), "<snippet>", "exec"), space)  # noqa: S102 — the test's own fixed strings
    return np.asarray(space[name], dtype=float)


def _epb_data(seed=5, m=8, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), (rng.random(m) > 0.5).astype(float), rng.normal(size=n)


def test_the_projects_loops_hold_against_finite_differences():
    """Its loss is the summed cross-entropy, and its grad Σᵢ(σ(xᵢ·w) − yᵢ)xᵢ is that loss's gradient."""
    X, y, w = _epb_data()
    space = {"np": np, "tx": X, "y": y, "w": w.copy(), "logistic_sigmoid": _sigmoid}
    assert np.isclose(-float(_run(EPB_LOSS.replace("return -loss", "return loss"), dict(space), "loss")),
                      _summed_cross_entropy(X, y, w))
    by_w = central_differences(lambda v: _summed_cross_entropy(X, y, v), w)
    assert np.allclose(_run(EPB_GRAD, dict(space), "grad"), by_w, atol=1e-6)


def _epb_intended(d):
    return _summed_cross_entropy(d.X, d.y, d.w)


def test_the_projects_loss_loop_is_derived():
    assert_gradient_read(EPB_LOSS, _epb_intended, wrt=("w_j",))


def test_the_projects_gradient_loop_is_read_with_its_notes():
    assert_verdict_read(EPB_GRAD, EPB_LOSS, "equivalent", wrt="w_j")  # Σᵢ(σ(xᵢ·w) − yᵢ)x_ij, as above
    notes = " ".join(notes_of(check(EPB_GRAD, cost=EPB_LOSS, wrt="w_j")))
    for said in ("a helper named logistic_sigmoid, whose body the text does not give, is the logistic sigmoid",
                 "r, c = tx.shape names the rows of tx, the examples, r (logderiv's m)",
                 "x = tx[i, :] names row i of the data",
                 "whose .T in NumPy is the row itself: its entry j is x_j⁽ⁱ⁾ as well",
                 "np.zeros(n) starts grad as a column of n zeros"):
        assert said in notes, said


def test_a_sign_slip_in_the_projects_gradient_is_different():
    # (y[i] - sigma) * x.T is minus the gradient above (by hand: −Σᵢ(σ − yᵢ)xᵢ)
    assert_verdict_read(EPB_GRAD.replace("(sigma - y[i])", "(y[i] - sigma)"), EPB_LOSS, "different", wrt="w_j")


@pytest.mark.parametrize("answer, said", [
    # the loop over the columns: c is n, the features, no count of the examples
    (EPB_GRAD.replace("range(0, r)", "range(0, c)"), "the loop runs to n"),
])
def test_near_misses_of_the_projects_loop_stay_refused(answer, said):
    error = refused(check, answer, cost=EPB_LOSS, wrt="w_j")
    assert said in str(error)
    assert error.column == answer.index("for i in")


def test_r_and_c_beside_a_written_m_are_not_renamed():
    # m written beside r: renaming r to m would make two counts one; the lines are left unread (refused)
    answer = EPB_GRAD.replace("return grad", "return grad / m")
    refused(check, answer, cost=EPB_LOSS, wrt="w_j")
    from logderiv.notation.statements import _renamed_shapes

    lines = [(0, "r, c = tx.shape"), (0, "grad = np.zeros(c)"), (0, "return grad / m")]
    assert _renamed_shapes(lines, []) == (lines, [])
    lines = [(0, "r, c = tx.shape"), (0, "grad = np.zeros(c)"), (0, "r = 3"), (0, "return grad / r")]
    assert _renamed_shapes(lines, []) == (lines, [])  # r set again: not the count alone
    # names that say features first (DeepLearning.AI's n × m X): no rows-then-columns pair, left as written
    lines = [(0, "n_features, n_samples = X.shape"), (0, "return n_features")]
    assert _renamed_shapes(lines, []) == (lines, [])
    renamed, notes = _renamed_shapes([(0, "N, D = tx.shape"), (0, "return D / N")], [])
    assert renamed == [(0, "return n / m")] and len(notes) == 1


def test_a_name_of_the_row_indexed_elsewhere_is_not_put_in_its_place():
    # x = tx[i, :] then x[0]: the alias is not only the row (a caret at the loop, as before)
    answer = EPB_GRAD.replace("* x.T", "* x.T * x[0]")
    refused(check, answer, cost=EPB_LOSS, wrt="w_j")


def test_a_logistic_sigmoid_the_text_defines_is_not_respelled():
    from logderiv.notation.statements import code_spellings

    defined = "def logistic_sigmoid(z):\n    return np.tanh(z)\nloss = logistic_sigmoid(np.dot(x, w))"
    assert code_spellings(defined) == (defined, [])
    spelled, notes = code_spellings("sigma = logistic_sigmoid(np.dot(x, w))")
    assert spelled == "sigma = sigmoid(np.dot(x, w))" and len(notes) == 1
    # a method of an object (model.logistic_sigmoid) or a longer name is no helper named so
    assert code_spellings("s = model.logistic_sigmoid(z) + my_logistic_sigmoid(z)")[1] == []


def test_a_function_let_whose_body_sets_a_name_does_not_read_the_answers_name():
    from logderiv._api import _local_of_def

    helper = "def logistic_gradient(y, tx, w):\n    grad = np.zeros(3)\n    return grad"
    assert _local_of_def(helper, "grad")
    assert _local_of_def("def f(grad, w):\n    return grad * w", "grad")  # a parameter is local too
    assert not _local_of_def("def f(w):\n    global grad\n    grad = w\n    return grad", "grad")
    assert not _local_of_def("def f(w):\n    return grad * w", "grad")  # read, not set: the caller's grad
    assert not _local_of_def("g2 = grad / m", "grad")


def test_the_projects_loop_reading_is_linear_in_the_lines():
    def build(size):
        padded = EPB_GRAD.replace("    x = tx[i, :]\n", "    x = tx[i, :]\n    # a comment\n" * size)
        return lambda: check(padded, cost=EPB_LOSS, wrt="w_j")
    assert_linear(build, 8)


# ------------------------------------------------------------------ EliasTamer's compute_gradient, X[i,j] lost
# source: github.com/EliasTamer/machine-learning-playground, supervised-learning/logistic_regression/
# compute_gradient.py (def compute_gradient, dedented) and compute_cost.py (def compute_cost_logistic), as in
# tests/corpus/fresh_eightyfirst.py; the variant drops X[i,j] from dj_dw's line
ELI_COST = (
    "m = X.shape[0]\ncost = 0.0\nfor i in range(m):\n    z_i = np.dot(X[i],w) + b\n    f_wb_i = sigmoid(z_i)\n"
    "    cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n\ncost = cost / m\nreturn cost"
)
ELI_GRAD = (
    "m,n = X.shape\ndj_dw = np.zeros((n,))\ndj_db = 0.\n\nfor i in range(m):\n"
    "    f_wb_i = sigmoid(np.dot(X[i],w) + b)\n    err_i  = f_wb_i  - y[i]\n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n    dj_db = dj_db + err_i\ndj_dw = dj_dw/m\ndj_db = dj_db/m\n\n"
    "return dj_db, dj_dw"
)
ELI_LOST_X = ELI_GRAD.replace("err_i * X[i,j]", "err_i")


def _mean_cross_entropy(X, y, w, b):
    p = _sigmoid(X @ w + b)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_the_lost_x_verdict_holds_against_finite_differences():
    """Every entry of the lost-x dj_dw is Σᵢ(σ − yᵢ)/m, ∂J/∂b, not ∂J/∂w_j."""
    rng = np.random.default_rng(7)
    X, y, w, b = rng.normal(size=(6, 3)), (rng.random(6) > 0.5).astype(float), rng.normal(size=3), 0.3
    space = {"np": np, "X": X, "y": y, "w": w, "b": b, "sigmoid": _sigmoid}
    lines = ELI_LOST_X.split("\n")[:-1]
    exec(compile("\n".join(lines), "<snippet>", "exec"), space)  # noqa: S102 — the test's own fixed strings
    by_w = central_differences(lambda v: _mean_cross_entropy(X, y, v, b), w)
    by_b = central_differences(lambda v: _mean_cross_entropy(X, y, w, float(v[0])), np.array([b]))[0]
    assert not np.allclose(space["dj_dw"], by_w, atol=1e-3)
    assert np.allclose(space["dj_dw"], by_b, atol=1e-6)


def test_the_lost_x_gradient_is_different_and_says_why():
    assert_verdict_read(ELI_LOST_X, ELI_COST, "different", wrt="w_j")
    assert_verdict_read(ELI_GRAD, ELI_COST, "equivalent", wrt="w_j")  # as on main
    notes = " ".join(notes_of(check(ELI_LOST_X, cost=ELI_COST, wrt="w_j")))
    assert "every entry of dj_dw, the j-th too, gets the same sum" in notes
    assert "row i's entry X[i, j]" not in notes  # the component note that would say X[i, j] is there is not given


@pytest.mark.parametrize("answer, wrt", [
    (ELI_LOST_X, "b"),  # --wrt b asks no entry: n copies of one sum are no reading of ∂J/∂b (audit48)
    # a bias's gradient filled entry by entry: n copies of ∂J/∂b, whatever the --wrt
    (ELI_LOST_X.replace("dj_dw", "grad_b").replace("return dj_db, grad_b", "return grad_b"), "w_j"),
])
def test_the_same_sum_in_every_entry_stays_refused_otherwise(answer, wrt):
    refused(check, answer, cost=ELI_COST, wrt=wrt)


# ------------------------------------------------------------------ index file 32950604180 (Octave, Turkish)
# source: public code index file 32950604180 (Octave costFunction.m with Turkish comments, mojibake '?' kept), the
# loops after the comments that compute J and the gradients, as in tests/corpus/fresh_eightieth.py
TR_LETS = ("[m, n] = size(X); % number of training examples", "J = 0;", "grad = zeros(size(theta));")
TR_J = (
    "for i=1:m\n"
    "    J = J + ((1/m)*(-y(i)*log(sigmoid(X(i,:)*theta)) - (1-y(i))*log(1-sigmoid( X(i,:)*theta))));\n"
    "end"
)
TR_GRAD = (
    "for j=1:n %Çünkü bu X'e 1 eklenmi?!\n"
    "    for i=1:m\n"
    "        grad(j)= grad(j)+(1/m)*(sigmoid(X(i,:)*theta) - y(i))*X(i,j); % Önce theta0 için, sonra theta1 için, ve "
    "son olarak theta2 için!\n"
    "    end\n"
    "end"
)


def _tr_cost(X, y, theta):
    p = _sigmoid(X @ theta)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _tr_loops(X, y, theta, scale, with_x=True):
    """The double loop transcribed by hand: grad(j) += scale·(σ(X(i,:)θ) − y(i))·X(i,j) for every j, then i."""
    m, n = X.shape
    grad = np.zeros(n)
    for j in range(n):
        for i in range(m):
            grad[j] += scale * (_sigmoid(X[i] @ theta) - y[i]) * (X[i, j] if with_x else 1.0)
    return grad


def test_the_turkish_verdicts_hold_against_finite_differences():
    rng = np.random.default_rng(9)
    X, y, theta = rng.normal(size=(7, 3)), (rng.random(7) > 0.5).astype(float), rng.normal(size=3)
    m = len(y)
    by = central_differences(lambda v: _tr_cost(X, y, v), theta)
    assert np.allclose(_tr_loops(X, y, theta, 1 / m), by, atol=1e-6)  # the file's: equivalent
    assert not np.allclose(_tr_loops(X, y, theta, 1 / (2 * m)), by, atol=1e-3)  # 1/(2m): half of it, different
    assert not np.allclose(_tr_loops(X, y, theta, 1 / m, with_x=False), by, atol=1e-3)  # X(i,j) lost: different


def _tr_intended(d):
    return _tr_cost(d.X, d.y, d.theta)


def test_the_turkish_cost_loop_is_derived():
    assert_gradient_read(TR_J, _tr_intended, lets=TR_LETS)


@pytest.mark.parametrize("answer, verdict", [
    (TR_GRAD, "equivalent"),
    (TR_GRAD.replace("grad(j)+(1/m)*", "grad(j)+(1/(2*m))*"), "different"),
    (TR_GRAD.replace(" - y(i))*X(i,j);", " - y(i));"), "different"),
])
def test_the_turkish_double_loop_is_read(answer, verdict):
    assert_verdict_read(answer, TR_J, verdict, lets=TR_LETS)


def test_the_turkish_readings_are_said():
    notes = " ".join(notes_of(check(TR_GRAD, cost=TR_J, let=list(TR_LETS))))
    assert "'%Çünkü bu X'e 1 eklenmi?!' is an Octave comment after the loop's header: dropped" in notes
    assert "over the features holds one loop over the examples, 'for i=1:m'" in notes


@pytest.mark.parametrize("answer", [
    # a line after the inner loop inside the outer one: not the inner loop's sum alone
    TR_GRAD.replace("    end\nend", "    end\n    grad(j) = grad(j) * 2;\nend"),
    # the inner loop over the features too (for i=1:n): no loop over the examples
    TR_GRAD.replace("for i=1:m", "for i=1:n"),
    # an entry set whole (grad(j) = …, not from its own value): overwritten each example
    TR_GRAD.replace("grad(j)= grad(j)+", "grad(j)= "),
])
def test_near_misses_of_the_turkish_double_loop_stay_refused(answer):
    refused(check, answer, cost=TR_J, let=list(TR_LETS))


def test_a_lone_loop_whose_sum_a_let_starts_elsewhere_stays_refused():
    error = refused(derive, TR_J, wrt="theta_j", let=["[m, n] = size(X);", "J = 5;"])
    assert "a --let sets to 5;" in str(error)


# ------------------------------------------------------------------ magdalenka120's Polish Octave lab
# source: github.com/magdalenka120/Optymal- (logistic_cost_function.m, Polish comments), L = L - …; and
# grad = grad + xTrain' * (…); after its L = 0; and grad = zeros(M,1);, as in tests/corpus/fresh_eightysecond.py
MAG_L = "L = L - sum( yTrain .* log(sigmoid( xTrain*w)) ) - sum( (1-yTrain) .* log(1-sigmoid(xTrain*w)) );"
MAG_GRAD = "grad = grad + xTrain' * (sigmoid(xTrain * w) - yTrain);"
MAG_LETS = ("L = 0;", "grad = zeros(M,1);")


def test_the_labs_verdicts_hold_against_finite_differences():
    X, y, w = _epb_data(seed=13)
    by = central_differences(lambda v: _summed_cross_entropy(X, y, v), w)
    grad = np.zeros((3, 1)) + (X.T @ (_sigmoid(X @ w) - y)).reshape(-1, 1)  # zeros(M,1) + X'(σ − y), M = 3
    assert np.allclose(grad.ravel(), by, atol=1e-6)  # equivalent
    assert np.allclose(-grad.ravel(), -by, atol=1e-6) and not np.allclose(-grad.ravel(), by, atol=1e-3)


def test_the_labs_cost_is_derived():
    assert_gradient_read(MAG_L, _epb_intended, wrt=("w_j",), lets=("L = 0;",))


@pytest.mark.parametrize("answer, verdict", [
    (MAG_GRAD, "equivalent"),
    (MAG_GRAD.replace("(sigmoid(xTrain * w) - yTrain)", "(yTrain - sigmoid(xTrain * w))"), "different"),
])
def test_the_labs_gradient_is_read(answer, verdict):
    assert_verdict_read(answer, MAG_L, verdict, wrt="w_j", lets=MAG_LETS)


def test_the_labs_zero_start_is_said():
    notes = " ".join(notes_of(check(MAG_GRAD, cost=MAG_L, wrt="w_j", let=list(MAG_LETS))))
    assert "grad starts at zero (grad = zeros(M,1))" in notes
    assert "xTrain is" in notes and "yTrain is" in notes


@pytest.mark.parametrize("lets", [
    ("L = 0;", "grad = zeros(m,1);"),  # the examples' count: no zero start of the parameters' gradient
    ("L = 0;", "grad = zeros(M,2);"),  # two columns: no column of zeros
    ("L = 0;", "grad = zeros(M,1);", "grad = ones(M,1);"),  # two starts
])
def test_other_starts_stay_refused(lets):
    refused(check, MAG_GRAD, cost=MAG_L, wrt="w_j", let=list(lets))


def test_a_count_the_answer_uses_is_no_zero_start():
    from logderiv.notation.pasted import zero_started

    assert zero_started("grad = grad + M * xTrain' * e;", ["grad = zeros(M,1);"]) is None
    assert zero_started(MAG_GRAD, ["grad = zeros(M,1);"]) is not None


def test_camel_case_training_data_beside_another_data_set_stays_refused():
    # xTrain beside xTest: two data sets in play, neither read as X
    refused(check, "grad = xTrain' * (sigmoid(xTest * w) - yTrain);", cost=MAG_L, wrt="w_j")

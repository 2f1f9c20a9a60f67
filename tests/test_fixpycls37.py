"""fixpycls37 (issue 10): Python gradient code real students paste, read where the code itself says what its names are.

Three kinds of writing, each from the f82 wave (tests/corpus/fresh_eightysecond.py), each read with a note:

* a class's sigmoid method pasted as its Python def, ``def _sigmoid(self, z): return 1 / (1 + np.exp(-z))``,
  beside the calls ``self._sigmoid(linear_model)`` (MADNESSru/My_Logistic_regression): held to σ exactly as the
  one-line ``--let '_sigmoid(z) = …'`` is; any other body stays refused;
* code's singular ``weight`` times the one feature x (``y_hat = weight * x + bias``, Likae155/DL_15th's Korean
  PyTorch book): the line's slope w, as ``slope * x`` is; a weight that is a vector anywhere stays refused;
* the EPFL labs' ``tx`` handed to the lab's own helpers at the place of their data parameter (``logistic_loss(y, tx,
  w)`` with ``def logistic_loss(y, x, w)`` whose x multiplies w through ``pred(x, w) = sigmoid(np.dot(x, w))``,
  public code index file 21261568699): X; tx in another place, or beside a global X, stays refused.

Every verdict is worked out by hand and held to central finite differences of the NumPy code as the source runs it.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, refused
from logderiv import check

RNG = np.random.default_rng(37)

# ------------------------------------------------------------------ MADNESSru (Russian comments), verbatim
# github.com/MADNESSru/My_Logistic_regression/blob/b1feffdd15b3b4d12eeb6a937e27a63c94406c02/logistic_regression.py
MAD_LOSS = ("loss = - (1 / num_samples) * np.sum(y * np.log(y_predicted + 1e-15) + (1 - y) * np.log(1 - y_predicted "
            "+ 1e-15))")
MAD_LETS = (
    "num_samples, num_features = X.shape",
    "linear_model = np.dot(X, self.weights) + self.bias",
    "y_predicted = self._sigmoid(linear_model)",
    "def _sigmoid(self, z):\n    return 1 / (1 + np.exp(-z))",
)
MAD_DW = "dw = (1 / num_samples) * np.dot(X.T, (y_predicted - y))"
MAD_DB = "db = (1 / num_samples) * np.sum(y_predicted - y)"


def _mad_cost(X, y, w, b):
    p = sigmoid(X @ w + b)
    return float(-np.mean(y * np.log(p + 1e-15) + (1 - y) * np.log(1 - p + 1e-15)))


def _data(m=5, n=3):
    return RNG.normal(size=(m, n)), (RNG.random(m) > 0.5).astype(float), RNG.normal(size=n), float(RNG.normal())


def test_the_hand_worked_partials_of_the_class_loss_hold_numerically():
    # dw = Xᵀ(σ(Xw + b) − y)/m, db = Σ(σ − y)/m: the source's own lines, run, against the loss's differences
    for _ in range(3):
        X, y, w, b = _data()
        p = sigmoid(X @ w + b)
        assert np.allclose(X.T @ (p - y) / len(y), central_differences(lambda v: _mad_cost(X, y, v, b), w), atol=1e-6)
        assert np.isclose(np.sum(p - y) / len(y),
                          central_differences(lambda v: _mad_cost(X, y, w, v[0]), np.array([b]))[0], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (MAD_DW, "weights_j", "equivalent"),
    (MAD_DB, "bias", "equivalent"),
    ("db = (1 / num_samples) * np.sum(y - y_predicted)", "bias", "different"),  # the residual turned: minus the partial
])
def test_a_sigmoid_method_pasted_as_its_def_is_read(answer, wrt, verdict):
    assert_verdict_read(answer, MAD_LOSS, verdict, wrt=wrt, lets=MAD_LETS)


def test_the_method_def_is_said_in_a_note():
    notes = check(MAD_DW, cost=MAD_LOSS, wrt="weights_j", let=MAD_LETS).notes
    assert any("defines the class's own sigmoid method, which self._sigmoid(…) calls: its body is σ written out"
               in note and "def _sigmoid(self, z)" in note for note in notes), notes


@pytest.mark.parametrize("body", ["1 / (1 + np.exp(-2*z))", "np.tanh(z)"])
def test_a_method_def_that_is_no_sigmoid_is_refused_at_its_body(body):
    let = f"def _sigmoid(self, z):\n    return {body}"
    error = refused(check, MAD_DW, cost=MAD_LOSS, wrt="weights_j", let=(*MAD_LETS[:3], let))
    assert "is called as the class's sigmoid, but the --let defines _sigmoid(z) otherwise than as σ(z)" in str(error)
    assert error.column == let.index(body)


def test_a_module_function_of_the_private_name_beside_the_method_call_stays_refused():
    # def _sigmoid(z) has no self: a module's helper, which self._sigmoid(…) need not be (guard)
    let = "def _sigmoid(z):\n    return 1 / (1 + np.exp(-z))"
    error = refused(check, MAD_DW, cost=MAD_LOSS, wrt="weights_j", let=(*MAD_LETS[:3], let))
    assert "'_sigmoid' and 'sigmoid' are both written" in str(error)


# ------------------------------------------------------------------ Likae155's Korean notebook, verbatim
# github.com/Likae155/DL_15th (예제 3.11-3.17 단순 선형 회귀 (넘파이)), 예제 3.15-3.17 경사하강법 학습
LIK_COST = "cost = ((y - y_hat) ** 2).mean()"
LIK_LETS = ("y_hat = weight * x + bias",)


def _lik_cost(x, y, weight, bias):
    return float(np.mean((y - (weight * x + bias)) ** 2))


def test_the_korean_cost_is_derived_as_the_mean_squared_error_of_the_line():
    def intended(d):
        return np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2)

    assert_gradient_read(LIK_COST, intended, wrt=("weight", "bias"), lets=LIK_LETS)


def test_the_dropped_two_is_half_the_partial_numerically():
    # '∂MSE/∂w = mean(2(ŷ-y)x) = mean((ŷ-y)x) (상수 생략)': the source's update factor is half the partial
    x, y = RNG.normal(size=6), RNG.normal(size=6)
    weight, bias = 0.7, -0.3
    residual = weight * x + bias - y
    dw = central_differences(lambda v: _lik_cost(x, y, v[0], bias), np.array([weight]))[0]
    db = central_differences(lambda v: _lik_cost(x, y, weight, v[0]), np.array([bias]))[0]
    assert np.isclose(np.mean(2 * residual * x), dw) and not np.isclose(np.mean(residual * x), dw)
    assert np.isclose(np.mean(2 * residual), db) and not np.isclose(np.mean(residual), db)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("((y_hat - y) * x).mean()", "weight", "different"),  # verbatim: the 2 dropped
    ("(y_hat - y).mean()", "bias", "different"),  # verbatim: the 2 dropped
    ("(2 * (y_hat - y) * x).mean()", "weight", "equivalent"),
    ("(2 * (y_hat - y)).mean()", "bias", "equivalent"),
])
def test_the_singular_weight_times_x_is_the_slope(answer, wrt, verdict):
    assert_verdict_read(answer, LIK_COST, verdict, wrt=wrt, lets=LIK_LETS)


def test_the_weight_reading_is_said_in_a_note():
    notes = check("((y_hat - y) * x).mean()", cost=LIK_COST, wrt="weight", let=LIK_LETS).notes
    assert "weight is code's name for the line's slope (weight * x): read as w, the weight of the one feature x" \
        in notes, notes


@pytest.mark.parametrize("let", [
    "y_hat = np.dot(X, weight) + weight * x + bias",  # weight a vector elsewhere: not the one feature's slope
    "y_hat = weight * x + w",  # w written beside weight: two weights, perhaps
    "y_hat = weight[0] * x + bias",  # weight indexed: a vector
])
def test_a_weight_that_is_not_only_the_slope_stays_refused(let):
    error = refused(check, "(2 * (y_hat - y) * x).mean()", cost=LIK_COST, wrt="weight", let=(let,))
    assert "weight" in str(error)


# ------------------------------------------------------------------ public code index file 21261568699 (EPFL labs)
# def reg_logistic_loss(y, tx, w, lambda_): return logistic_loss(y, tx, w) + (lambda_ / 2) * w.T @ w
EPA_COST = "logistic_loss(y, tx, w) + (lambda_ / 2) * w.T @ w"
EPA_LETS = (
    "def sigmoid(z):\n    return 1.0/(1 + np.exp(-z))",
    "def pred(x, w):\n    return sigmoid(np.dot(x,w))",
    "def logistic_loss(y, x, w):\n    #numerical stability\n    eps = 0\n    loss = -np.mean(y * np.log(pred(x,w)+eps) "
    "+ (1-y) * np.log(1-pred(x,w)+eps))\n    return loss",
)
EPA_GLETS = EPA_LETS + ("def logistic_gradient(y, x, w):\n    return np.dot(x.T,(pred(x, w) - y))",)


def _epa_cost(tx, y, w, lam):
    p = sigmoid(tx @ w)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + lam / 2 * w @ w)


def test_the_labs_regularised_gradient_holds_numerically():
    for _ in range(3):
        tx, y, w, _ = _data(6, 3)
        lam = 0.4
        fd = central_differences(lambda v: _epa_cost(tx, y, v, lam), w)
        summed = tx.T @ (sigmoid(tx @ w) - y) + lam * w  # the source's reg gradient: logistic_gradient is a sum
        assert np.allclose(tx.T @ (sigmoid(tx @ w) - y) / len(y) + lam * w, fd, atol=1e-6)
        assert not np.allclose(summed, fd, atol=1e-3)


def test_the_labs_cost_with_tx_handed_to_its_helper_is_derived():
    def intended(d):
        p = 1 / (1 + np.exp(-(d.X @ d.w)))
        return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) + d.lam / 2 * d.w @ d.w

    assert_gradient_read(EPA_COST, intended, wrt=("w_j",), lets=EPA_LETS)


@pytest.mark.parametrize("answer, verdict", [
    ("logistic_gradient(y, tx, w) + lambda_* w", "different"),  # verbatim: the 1/m of the mean lost
    ("logistic_gradient(y, tx, w) / len(y) + lambda_* w", "equivalent"),
])
def test_tx_handed_to_the_helpers_is_the_data_matrix(answer, verdict):
    assert_verdict_read(answer, EPA_COST, verdict, wrt="w_j", lets=EPA_GLETS)


def test_the_tx_reading_is_said_in_a_note():
    notes = check("logistic_gradient(y, tx, w) + lambda_* w", cost=EPA_COST, wrt="w_j", let=EPA_GLETS).notes
    assert any("tx (the EPFL labs' x̃, the data matrix with its column of ones) is passed where logistic_gradient(…), "
               "logistic_loss(…) take the data matrix X as that parameter: read as X" in note for note in notes), notes


@pytest.mark.parametrize("answer, cost", [
    # tx where the helper takes y: the call as written passes the data as the labels (guard)
    ("logistic_gradient(tx, y, w) + lambda_* w", EPA_COST),
    ("logistic_gradient(y, tx, w) + lambda_* w", "logistic_loss(tx, y, w) + (lambda_ / 2) * w.T @ w"),
    # a piece of tx, not the matrix handed on
    ("logistic_gradient(y, tx[1:], w) + lambda_* w", EPA_COST),
])
def test_tx_not_at_the_data_parameter_stays_refused(answer, cost):
    error = refused(check, answer, cost=cost, wrt="w_j", let=EPA_GLETS)
    assert "tx" in str(error)
    source = error.source
    assert source[error.column:error.column + 2] == "tx"


def test_tx_beside_a_global_X_stays_refused():
    error = refused(check, "logistic_gradient(y, tx, w) + lambda_* w + X.T @ y", cost=EPA_COST, wrt="w_j",
                    let=EPA_GLETS)
    assert "whether X is the same matrix as x is not in the text" in str(error)


# ------------------------------------------------------------------ Dragoner595/MLP (Coursera port), an import as a --let
# github.com/Dragoner595/MLP/blob/04fbe65c3402fd6555c0227ceebeac8de3398b55/Coursera/cost_function_logicalregresion.py
DRG_COST = (
    "m = X.shape[0] # 1\n"
    "cost = 0.0     # 1\n"
    "\n"
    "for i in range(m):\n"
    "    z_i = np.dot(X[i],w)+b #2.1\n"
    "    f_wb_i= expit(z_i)     #2.2\n"
    "    cost += -y[i]*np.log(f_wb_i)-(1-y[i])*np.log(1-f_wb_i)\n"
    "\n"
    "cost = (1/m)*cost\n"
    "return cost"
)


def test_the_loop_cost_after_an_import_let_is_derived():
    def intended(d):
        p = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
        return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))

    assert_gradient_read(DRG_COST, intended, wrt=("w_j", "b"), lets=("from scipy.special import expit",))


def test_the_import_let_is_said_in_a_note():
    notes = check("np.dot(X.T, expit(np.dot(X, w) + b) - y) / X.shape[0]", cost=DRG_COST, wrt="w_j",
                  let=("from scipy.special import expit",)).notes
    assert "--let from scipy.special import expit is an import line: it defines no quantity (SciPy's expit is the " \
        "logistic sigmoid σ, read by its name), set aside" in notes, notes


def test_the_import_lets_hold_numerically():
    # the answer above, run, against the loop cost's differences (expit is 1/(1 + e^{−z}))
    X, y, w, b = _data()

    def run(v):
        return -np.mean(y * np.log(sigmoid(X @ v + b)) + (1 - y) * np.log(1 - sigmoid(X @ v + b)))

    assert np.allclose(X.T @ (sigmoid(X @ w + b) - y) / len(y), central_differences(run, w), atol=1e-6)


@pytest.mark.parametrize("let, at", [
    ("from mymodel import sigmoid", "sigmoid"),  # what mymodel's sigmoid computes is in a file not given
    ("import numpy as n", "numpy"),  # n.dot is not read: the alias is not NumPy's usual np
    ("from scipy.special import expit, logit", "expit"),  # logit is no name the notation reads by SciPy's meaning
])
def test_an_import_of_what_the_notation_does_not_read_is_refused_at_the_line(let, at):
    error = refused(check, "np.dot(X.T, expit(np.dot(X, w) + b) - y) / X.shape[0]", cost=DRG_COST, wrt="w_j",
                    let=(let,))
    assert "is an import line: it defines no quantity, and what it imports is not in the text" in str(error)
    assert error.column == let.index(at)


# ------------------------------------------------------------------ CalebEverett/pysgd, kept refused with its own message
# github.com/CalebEverett/pysgd/blob/dbdbc6865ce8cb17fc8e853603f135e2c25d9900/objectives/logistic.py (cost_fun)
CAL_COST = "np.sum(-y.dot(np.log(sigm)) - (1 - y).dot(np.log(1 - sigm))) / data.shape[0]"
CAL_LETS = ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))", "sigm = sigmoid(X.dot(theta))")


def test_the_rows_of_an_undefined_data_beside_X_stay_refused_with_the_reason():
    # pysgd's data is [X | y] in its file, but a stochastic-gradient library calls the cost on batches too: whether
    # data's rows are X's m examples is not in these texts
    error = refused(check, "(sigmoid(X.dot(theta)) - y).T.dot(X) / X.shape[0]", cost=CAL_COST, wrt="theta_j",
                    let=CAL_LETS)
    assert "'data.shape[0]' counts the rows of data, which no text defines, while the texts compute on X" in str(error)
    assert error.column == CAL_COST.index("data.shape[0]")


def test_data_defined_by_a_let_is_not_refused_so():
    # --let data = X: the let says what data is, so the message above is not given (guard); the shape of a name a
    # --let defines is then refused by the plain reader's own rule, as on main
    error = refused(check, "(sigmoid(X.dot(theta)) - y).T.dot(X) / X.shape[0]", cost=CAL_COST, wrt="theta_j",
                    let=(*CAL_LETS, "data = X"))
    assert "counts the rows of data" not in str(error)
    assert "'.shape' of this name is not read" in str(error)

"""Issue 10, fixnp40: real NumPy code refused before, read by its conventions with a note.

* a one-feature tutorial's ``def forward(x): return w*x + b`` called as ``forward(X)``: X is the one input column
  (the function's argument, a number w times it plus b), and the x its gradient code writes beside it the same column;
* a script's ``Y_pred = a0 + a1*X``: a0, a1 are names of code (never a·0), the line's numbered intercept and slope,
  read as θ₀, θ₁; its ``D_a0 = …`` is ∂J/∂a0.

Each verdict is worked out by hand and held to central finite differences of the cost in NumPy (tests/_numeric.py);
the near-misses that mean something else stay refused (the guards).
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

# ------------------------------------------------------------------ forward(x) = w*x + b, forward(X)
# public code index file 6366736395 (Python, '# we will do it manually first then we will use functions'): the
# manual NumPy part, def forward(x) : return w*x + b; y_pred = forward(X); def Loss (y,y_pred): return
# ((y_pred-y)**2).mean(); def gradient(x,y,y_pred): dw = np.dot(2*x , y_pred-y).mean(); db = np.dot(2 , y_pred-y).mean()
PE_LETS = ("def forward(x) :\n  return w*x + b", "y_pred = forward(X)")
PE_COST = "((y_pred-y)**2).mean()"

RNG = np.random.default_rng(40)
XS, YS = RNG.normal(size=5), RNG.normal(size=5)


def _mse(wb):
    """By hand: (1/m) Σ (w xᵢ + b − yᵢ)², the tutorial's Loss of forward."""
    return float(np.mean((wb[0] * XS + wb[1] - YS) ** 2))


def _slope_mse(d):
    return float(np.mean((d.w[0] * d.x + d.b - d.y) ** 2))


def test_the_answers_by_hand_agree_with_finite_differences():
    # the hand-worked verdicts below, held to finite differences first: dw's np.dot(2x, ŷ − y) is one number, so its
    # .mean() is that number, m times ∂/∂w; db's np.dot(2, ŷ − y) is 2(ŷ − y), its mean ∂/∂b
    at = np.array([0.7, -0.3])
    fd = central_differences(_mse, at)
    residual = at[0] * XS + at[1] - YS
    dw = np.mean(np.dot(2 * XS, residual))
    db = np.mean(np.dot(2, residual))
    assert np.isclose(db, fd[1])
    assert np.isclose(dw, len(XS) * fd[0]) and not np.isclose(dw, fd[0])


def test_a_forward_function_with_an_intercept_makes_X_the_one_input_column():
    assert_gradient_read(PE_COST, _slope_mse, wrt=("w", "b"), lets=PE_LETS)
    notes = notes_of(logderiv.derive(PE_COST, wrt="w", let=PE_LETS))
    assert any("X is only ever passed to forward(x) = w*x + b, the number w times it plus the intercept b" in note
               for note in notes)


def test_the_tutorials_dot_gradients_beside_forward_X():
    assert_verdict_read("dw = np.dot(2*x , y_pred-y).mean()", PE_COST, "different", wrt="w", lets=PE_LETS)
    assert_verdict_read("db = np.dot(2 , y_pred-y).mean()", PE_COST, "equivalent", wrt="b", lets=PE_LETS)
    # the right dw, the mean of the products (a variant): equivalent
    assert_verdict_read("dw = np.mean(2*x*(y_pred-y))", PE_COST, "equivalent", wrt="w", lets=PE_LETS)
    verdict = logderiv.check("dw = np.dot(2*x , y_pred-y).mean()", cost=PE_COST, wrt="w", let=PE_LETS)
    assert any("the lowercase x the texts write beside it is the same one input column" in note
               for note in notes_of(verdict))


def test_forward_of_X_beside_X_as_a_matrix_stays_refused():
    # X.shape[1] written: X has columns, so x and X may be different data and w a vector; not read as one column
    lets = (*PE_LETS, "n = X.shape[1]")
    error = refused(logderiv.check, "dw = np.dot(2*x , y_pred-y).mean()", cost=PE_COST, wrt="w", let=lets)
    assert error.message


def test_x_given_values_of_its_own_beside_forward_X_is_not_merged():
    # x = … assigned: x is data of its own, not said to be X; the two are not merged into one column
    lets = (*PE_LETS, "x = X_test")
    error = refused(logderiv.check, "dw = np.dot(2*x , y_pred-y).mean()", cost=PE_COST, wrt="w", let=lets)
    assert error.message


def test_np_dot_of_X_and_a_vector_w_stays_a_matrix_product():
    # np.dot(X, w) with w a vector (w_j asked): the data matrix times the weights, Xᵀ(Xw − y)·2/m by hand
    def mse(d):
        r = d.X @ d.w - d.y
        return float(r @ r) / d.m

    assert_gradient_read("np.mean((np.dot(X, w) - y)**2)", mse, wrt=("w_j",))


def test_mean_of_a_vector_is_the_mean():
    # .mean() of 2(ŷ − y) (a vector) is (2/m)Σ(ŷ − y): the bias partial; without the 2 it is half of it
    assert_verdict_read("db = (2*(y_pred-y)).mean()", PE_COST, "equivalent", wrt="b", lets=PE_LETS)
    assert_verdict_read("db = (y_pred-y).mean()", PE_COST, "different", wrt="b", lets=PE_LETS)


# ------------------------------------------------------------------ a0, a1: names of code
# public code index file 39430937069 (Python, '#initialize a1 and a0', the for loop): n = float(len(X)),
# Y_pred = a0 + a1*X, D_a0 = -(2/n) * sum(Y - Y_pred), D_a1 = (2/n) * sum(X * (Y - Y_pred)) (its minus lost)
A_LETS = ("n = float(len(X)) # length of X", "Y_pred = a0 + a1*X  # The predicted value of Y")
A_COST = "(1/n) * sum((Y - Y_pred)**2)"


def _line_mse(a):
    return float(np.mean((YS - a[0] - a[1] * XS) ** 2))


def test_the_line_answers_by_hand_agree_with_finite_differences():
    at = np.array([0.4, 1.3])
    fd = central_differences(_line_mse, at)
    pred = at[0] + at[1] * XS
    n = float(len(XS))
    assert np.isclose(-(2 / n) * np.sum(YS - pred), fd[0])
    assert np.isclose((2 / n) * np.sum(XS * (YS - pred)), -fd[1]) and not np.isclose(fd[1], 0)


def test_code_names_a0_a1_are_the_lines_numbered_parameters():
    assert_verdict_read("D_a0 = -(2/n) * sum(Y - Y_pred)", A_COST, "equivalent", wrt="a0", lets=A_LETS)
    assert_verdict_read("D_a1 = (2/n) * sum(X * (Y - Y_pred))", A_COST, "different", wrt="a1", lets=A_LETS)
    assert_verdict_read("D_a1 = -(2/n) * sum(X * (Y - Y_pred))", A_COST, "equivalent", wrt="a1", lets=A_LETS)
    verdict = logderiv.check("D_a0 = -(2/n) * sum(Y - Y_pred)", cost=A_COST, wrt="a0", let=A_LETS)
    assert any("a0, a1 are names of code" in note and "a0 as θ₀" in note for note in notes_of(verdict))


def test_D_a0_checked_by_a1_is_refused_at_its_left_side():
    error = refused(logderiv.check, "D_a0 = -(2/n) * sum(Y - Y_pred)", cost=A_COST, wrt="a1", let=A_LETS)
    assert "names the derivative by theta0" in error.message
    assert error.column == 0


def test_a0_beside_a_bare_a_is_not_respelled():
    # a written alone beside a0 (a = a0 + 1): a is a quantity of its own, and a0 may be maths' a₀ of it: nothing is
    # respelled, the old reading or refusal stands (no note of code's names)
    lets = ("n = float(len(X))", "Y_pred = a0 + a1*X + a")
    try:
        verdict = logderiv.check("D_a0 = -(2/n) * sum(Y - Y_pred)", cost=A_COST, wrt="a0", let=lets)
    except logderiv.errors.InputError as error:
        assert error.message
    else:
        assert not any("are names of code" in note for note in notes_of(verdict))


def test_a_lone_a1_is_not_read_as_a_numbered_line():
    # a1 alone (no a0: perhaps a layer's activation): not the line's slope; left as before
    error = refused(logderiv.derive, "(1/n) * sum((Y - a1*X)**2)", wrt="a1", let=("n = float(len(X))",))
    assert error.message


# ------------------------------------------------------------------ self.n_samples, self.n_features = X.shape
# public code index file 18034534129 (Python, class GradDescLinearRegressor, def fit(self, X, y)):
# self.n_samples, self.n_features = X.shape; y_pred = np.dot(X, self.weights) + self.bias;
# dw = np.dot(X.T, y_pred - y) / self.n_samples # partial derivitive of MSE w.r.t weights
GD_LETS = ("self.n_samples, self.n_features = X.shape", "y_pred = np.dot(X, self.weights) + self.bias")
GD_COST = "np.mean((np.dot(X, self.weights) + self.bias - y) ** 2)"
GD_DW = "dw = np.dot(X.T, y_pred - y) / self.n_samples # partial derivitive of MSE w.r.t weights"
GD_DB = "db = np.sum(y_pred - y) / self.n_samples # partial derivitive of MSE w.r.t. bias"


def test_the_regressors_answers_by_hand_are_half_the_mse_gradient():
    rng = np.random.default_rng(7)
    X, y = rng.normal(size=(4, 3)), rng.normal(size=4)

    def mse(v):
        return float(np.mean((X @ v[:3] + v[3] - y) ** 2))

    at = rng.normal(size=4)
    fd = central_differences(mse, at)
    r = X @ at[:3] + at[3] - y
    assert np.allclose(2 * X.T @ r / len(y), fd[:3]) and not np.allclose(X.T @ r / len(y), fd[:3])
    assert np.isclose(2 * np.sum(r) / len(y), fd[3]) and not np.isclose(np.sum(r) / len(y), fd[3])


def test_attributes_set_by_unpacking_the_shape_are_the_counts():
    assert_verdict_read(GD_DW, GD_COST, "different", wrt="w_j", lets=GD_LETS)
    assert_verdict_read(GD_DB, GD_COST, "different", wrt="b", lets=GD_LETS)
    # with the 2 (a variant): the MSE's partials
    assert_verdict_read("dw = 2 * np.dot(X.T, y_pred - y) / self.n_samples", GD_COST, "equivalent", wrt="w_j",
                        lets=GD_LETS)
    assert_verdict_read("db = 2 * np.sum(y_pred - y) / self.n_samples", GD_COST, "equivalent", wrt="b", lets=GD_LETS)
    verdict = logderiv.check(GD_DW, cost=GD_COST, wrt="w_j", let=GD_LETS)
    notes = notes_of(verdict)
    assert any("n_features, n_samples: set by unpacking the data's shape (rows, columns)" in note for note in notes)
    assert any("n_samples = X.shape[0] counts the examples" in note for note in notes)


def test_an_attribute_nothing_settles_stays_refused():
    # self.scale: its role (a count? a step?) is set by no text
    answer = "dw = np.dot(X.T, y_pred - y) / self.scale"
    error = refused(logderiv.check, answer, cost=GD_COST, wrt="w_j", let=GD_LETS)
    assert "self.scale is not a quantity whose role the texts settle" in error.message
    assert error.column == answer.index("self.scale")
    # unpacking something other than the data's shape settles nothing
    lets = ("self.n_samples, self.n_features = sizes", GD_LETS[1])
    error = refused(logderiv.check, GD_DW, cost=GD_COST, wrt="w_j", let=lets)
    assert "self.n_samples is not a quantity whose role the texts settle" in error.message


def test_a0_a1_not_written_as_a_line_are_not_respelled():
    # a network's activations a0, a1, a2 (no a0 + a1*x anywhere): not the line's coefficients; no note of them
    try:
        verdict = logderiv.check("da2 = a2 - y", cost="0.5 * sum((a2 - y)**2)", wrt="a2",
                                 let=("a2 = sigmoid(a1 * w2)", "a1 = sigmoid(a0 * w1)"))
    except logderiv.errors.InputError as error:
        assert error.message
    else:
        assert not any("are names of code" in note for note in notes_of(verdict))

r"""Code that names its own quantities with letters the notation reserves (issue 10, the fixcode branch).

* ``d = h - y;`` then ``X' * d / m``: d defined by a let, where no text writes a derivative, is that value;
* ``( l / (2*m)) * np.sum(…)``: l (k) in code, never used as an index, is the code's scalar;
* ``t_i = \phi(x_i)^T\theta`` in LaTeX: t defined by a let is that value, not Bishop's target t_n;
* ``reg = theta(2:end, :);`` then ``reg = reg' * reg * lambda / 2 / m;``: the cost's reg is the last value.

Each has near variants that must stay refused (the letter also used in its reserved sense, the answer using the
reassigned name). Verdicts are worked out by hand in the comments; gradients by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(2024)

HALF_MSE = "np.mean((X @ theta - y)**2)/2"


def _notes(verdict) -> str:
    return " | ".join(verdict.notes)


def test_half_mse_gradient_by_finite_differences():
    """The hand-worked gradient the verdicts below lean on: ∇ ½ mean((Xθ − y)²) = Xᵀ(Xθ − y)/m (+ lθ/m with l/(2m)Σθ²)."""
    X, y, theta, l = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.7
    m = 5
    cost = lambda t: np.mean((X @ t - y) ** 2) / 2 + l / (2 * m) * np.sum(t ** 2)
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / m + l * theta / m, atol=1e-6)


# --- d, defined by a let -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer, verdict", [
    ("X.T @ d / m", "equivalent"),      # Xᵀ(Xθ − y)/m
    ("2 * X.T @ d / m", "different"),   # twice it
    ("X.T @ d", "different"),           # m times it
])
def test_d_defined_by_a_let_is_that_value(answer, verdict):
    result = check(answer, cost=HALF_MSE, wrt="theta_j", let=["d = X @ theta - y"])
    assert result.verdict == verdict
    assert "d is defined by --let (d = X @ theta - y)" in _notes(result)


def test_octave_d_beside_theta_with_its_intercept_zeroed():
    # the source's own lines: J = −(yᵀlog h + (1 − y)ᵀlog(1 − h))/m + λ/(2m)Σ_{j≥2}θⱼ², whose gradient is
    # Xᵀ(h − y)/m + λθ/m with θ's first entry zeroed (theta1)
    lets = ["h = sigmoid(X * theta);", "reg = theta(2:end, :);", "reg = reg' * reg * lambda / 2 / m;",
            "d = h - y;", "theta1 = theta;", "theta1(1,1) = 0;"]
    cost = "- (y' * log(h) + (1 .- y)' * log(1 .- h)) / m + reg"
    assert check("X' * d / m + lambda * theta1 / m", cost=cost, wrt="theta_j", let=lets).verdict == "equivalent"
    # the penalty's gradient without the zeroed intercept: λθ/m in entry 1 too, not the gradient
    assert check("X' * d / m + lambda * theta / m", cost=cost, wrt="theta_j", let=lets).verdict == "different"


@pytest.mark.parametrize("answer, lets", [
    # d also the derivative's d: which d is the let's is what the text does not settle
    ("dJ/dtheta_j = X.T @ d / m", ["d = X @ theta - y"]),
    ("d/dtheta_j (d)", ["d = X @ theta - y"]),
])
def test_d_beside_a_derivative_stays_refused(answer, lets):
    with pytest.raises(InputError):
        check(answer, cost=HALF_MSE, wrt="theta_j", let=lets)


def test_d_defined_in_latex_stays_refused():
    # LaTeX's d is also a count of dimensions (\sum_{j=1}^d): not read as a let's name
    with pytest.raises(InputError):
        check(r"\frac{1}{m} X^T d", cost=r"\frac{1}{2m} (X\theta - y)^T (X\theta - y)", wrt="theta_j",
              let=[r"d = X\theta - y"])


# --- l and k, the code's scalars ----------------------------------------------------------------------------------


_L_COST = HALF_MSE + " + l/(2*m) * np.sum(theta**2)"


@pytest.mark.parametrize("answer, verdict", [
    ("X.T @ (X @ theta - y)/m + l/m * theta", "equivalent"),   # FD above
    ("X.T @ (X @ theta - y)/m + theta/m", "different"),        # 1 for l: right only if l = 1
    ("X.T @ (X @ theta - y)/m + l/(2*m) * theta", "different"),  # half the penalty's gradient
])
def test_l_in_code_is_the_codes_scalar(answer, verdict):
    result = check(answer, cost=_L_COST, wrt="theta_j")
    assert result.verdict == verdict
    assert "l stands only in code, as a name of its own" in _notes(result)


def test_k_defined_by_a_let_is_that_value():
    # k = λ/m: ½ mean(r²) + (k/2)Σθ² has gradient Xᵀr/m + kθ
    cost = HALF_MSE + " + k/2 * np.sum(theta**2)"
    result = check("X.T @ (X @ theta - y)/m + k * theta", cost=cost, wrt="theta_j", let=["k = lambda / m"])
    assert result.verdict == "equivalent"
    assert "k is defined by --let (k = lambda / m)" in _notes(result)
    assert check("X.T @ (X @ theta - y)/m + lambda * theta", cost=cost, wrt="theta_j",
                 let=["k = lambda / m"]).verdict == "different"


@pytest.mark.parametrize("cost", [
    # l also an index (theta[l], x_l, sum_l): the feature index, and l alone beside it is refused as before
    HALF_MSE + " + l/(2*m) * np.sum(theta[l]**2)",
    "1/(2m) * sum((theta^T x - y)^2) + l/(2m) * sum_l(theta_l^2)",
    # hand notation, no mark of code: l stays the feature index
    "1/(2m) * sum((theta^T x - y)^2) + l/(2m) * sum_k(theta_k^2)",
])
def test_l_beside_an_index_or_outside_code_stays_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- t, defined by a LaTeX let ------------------------------------------------------------------------------------


_T_COST = r"R(\theta) = - \frac{1}{m} \sum_{i=1}^m \left(y_i\log{(p_i)}+(1-y_i)\log{(1-p_i)}\right)"
_T_LETS = (r"t_i = x_i^T \theta", r"p_i = \sigma(t_i)")


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{1}{m}\sum_{i=1}^m (p_i - y_i) x_{ij}", "equivalent"),   # the logistic gradient
    (r"\frac{1}{m}\sum_{i=1}^m (y_i - p_i) x_{ij}", "different"),    # its sign flipped
    (r"\frac{1}{m}\sum_{i=1}^m (t_i - y_i) x_{ij}", "different"),    # the linear score for σ of it
])
def test_t_defined_by_a_let_is_that_value(answer, verdict):
    assert check(answer, cost=_T_COST, wrt="theta_j", let=_T_LETS).verdict == verdict


def test_t_not_defined_is_still_the_target():
    # p_i = σ(t_i) with nothing defining t: t is Bishop's target, so p does not depend on θ: refused, never a
    # gradient of 0
    with pytest.raises(InputError):
        derive(_T_COST, wrt="theta_j", let=[r"p_i = \sigma(t_i)"])


# --- a name the code assigns again from itself ------------------------------------------------------------------


_REG_COST = HALF_MSE + " + reg"


def test_the_cost_uses_the_last_value():
    # reg = θ[1:]ᵀθ[1:]·λ/(2m): ∇ = Xᵀ(Xθ − y)/m + λ[0, θ₂, …]/m
    lets = ["reg = theta(2:end, :);", "reg = reg' * reg * lambda / 2 / m;", "theta1 = theta;", "theta1(1,1) = 0;"]
    result = check("X' * (X * theta - y) / m + lambda * theta1 / m", cost=_REG_COST, wrt="theta_j", let=lets)
    assert result.verdict == "equivalent"
    assert "reg is assigned again from its value" in _notes(result)
    # the first value alone, θ[2:]: its gradient would be a unit vector, not λθ/m
    assert check("X' * (X * theta - y) / m + theta1", cost=_REG_COST, wrt="theta_j",
                 let=lets).verdict == "different"


@pytest.mark.parametrize("answer, lets", [
    # the answer uses the reassigned name: which line it stood after is not said
    ("X' * (X * theta - y) / m + reg", ["reg = lambda * theta / m;", "reg = 2 * reg;"]),
    # the second line does not update the first: two values of one name
    ("X' * (X * theta - y) / m", ["reg = theta(2:end, :);", "reg = sum(theta .^ 2);"]),
])
def test_a_reassignment_not_read_as_an_update_stays_refused(answer, lets):
    with pytest.raises(InputError):
        check(answer, cost=_REG_COST, wrt="theta_j", let=lets)


# --- the labels of a split: test_y, y_train ----------------------------------------------------------------------


@pytest.mark.parametrize("label", ["test_y", "y_train", "y_test", "train_y"])
def test_a_splits_labels_are_y(label):
    cost = f"np.mean((X @ theta - {label})**2)/2"
    result = check(f"X.T @ (X @ theta - {label}) / X.shape[0]", cost=cost, wrt="theta_j")
    assert result.verdict == "equivalent"   # Xᵀ(Xθ − y)/m, FD above
    assert f"{label} is code's name of the targets: read as y" in _notes(result)
    assert check(f"X.T @ ({label} - X @ theta) / X.shape[0]", cost=cost, wrt="theta_j").verdict == "different"


def test_two_splits_labels_stay_refused():
    with pytest.raises(InputError):
        check("X.T @ (X @ theta - test_y) / X.shape[0]", cost="np.mean((X @ theta - y_train)**2)/2", wrt="theta_j")


# --- a Python helper with a keyword parameter left at its default ------------------------------------------------


_PREDICT = "def predict(X,theta, ycol = 'target'):\n    return X.dot(theta)"
_MSE = "np.sum(error**2)/len(X)"


@pytest.mark.parametrize("answer, verdict", [
    ("(2/len(X)) * X.T.dot(error)", "equivalent"),   # ∇ Σerror²/m = 2Xᵀerror/m
    ("(1/len(X)) * X.T.dot(error)", "different"),    # half of it (the ½-scaled cost's gradient)
])
def test_a_default_the_body_does_not_use_is_dropped(answer, verdict):
    result = check(answer, cost=_MSE, wrt="theta_j", let=[_PREDICT, "error = predict(X,theta) - y"])
    assert result.verdict == verdict
    assert "its parameter ycol = 'target' has a default and the body does not use it: dropped" in _notes(result)


def test_a_default_the_body_uses_stays_refused():
    # the calls leave scale at its default, 2: reading it needs the default's value, which is not read
    with pytest.raises(InputError):
        check("(2/len(X)) * X.T.dot(error)", cost=_MSE, wrt="theta_j",
              let=["def predict(X, theta, scale = 2): return scale * X.dot(theta)", "error = predict(X,theta) - y"])


# --- refusals that name what the code could mean ----------------------------------------------------------------


def _refusal(answer, cost, lets=()):
    with pytest.raises(InputError) as caught:
        check(answer, cost=cost, wrt="theta_j", let=list(lets))
    return caught.value


def test_np_ones_names_both_products():
    # np.ones(m) * v is Σv with np.matrix but v itself with arrays: the hint names both
    error = _refusal("X.T @ (X @ theta - y)", "np.ones(len(y)) * (X @ theta - y)**2")
    assert "np.ones is not read" in str(error)
    assert "Σ v" in error.hint and "entry by entry" in error.hint
    assert error.source[error.column:].startswith("np.ones")


def test_np_c_says_x_has_the_column_of_ones():
    # the ones appended last (θ's last entry the intercept): np.ones((100, 1)) first is read since fixnp
    error = _refusal("X_b.T @ (X_b @ theta - y) / m", "np.mean((X_b @ theta - y)**2)/2",
                     ["X_b = np.c_[X, np.ones((100, 1))]"])
    assert "np.c_ is not read" in str(error)
    assert "column of ones" in error.hint and "write X" in error.hint


def test_an_ascii_hat_is_named_in_the_hint():
    # y_^ before a bracket's end, a comma or '=' is read as ŷ since fixf66 (tests/test_fixf66.py); y_^ before a
    # bracket, y_^(i), may still be y to the power (i), and stays refused with the hint
    error = _refusal("1/m * sum(a - y)", "-1/m * sum(y * log(y_^(i)) + (1 - y) * log(1 - y_^(i)))", ["a = sigmoid(z)"])
    assert "'_' must be followed by an index" in str(error)
    assert "y_hat" in error.hint

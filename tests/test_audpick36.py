r"""audpick36: an adversarial review of fixpick36's readings (d_theta1/dw1 by component, lines each setting the gradient
by its own parameter, the slope m beside the count n, an answer's bare l beside a cost counting by l).

Near-miss texts a student or a note could write, where the new readings would be wrong if they reached too far.
Each expectation is worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py), never to logderiv's own output. None of them misread on fixpick36's head: they stand as guards.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused

_RNG = np.random.default_rng(3636)
EQ, DIFF = "equivalent", "different"


# ------------------------------------------------------------------ 1. dw1: layer 1's weight, or component 1?
#: a one-unit two-layer network with scalar weights: w1 is layer 1's weight, w2 layer 2's (the fixer's worry)
NET = "L = 1/(2*m) * sum((w2*tanh(w1*x_i) - y_i)^2)"
NET_DW1 = "dw1 = 1/m * sum((w2*tanh(w1*x_i) - y_i)*w2*(1-tanh(w1*x_i)^2)*x_i)"
NET_DW2_VALUE = "dw1 = 1/m * sum((w2*tanh(w1*x_i) - y_i)*tanh(w1*x_i))"  # layer 2's partial under layer 1's name


def test_the_two_layer_partials_by_finite_differences():
    """L = (1/2m)Σ(w₂ tanh(w₁xᵢ) − yᵢ)²: ∂/∂w₁ = (1/m)Σ eᵢ w₂(1 − tanh²)xᵢ, ∂/∂w₂ = (1/m)Σ eᵢ tanh(w₁xᵢ)."""
    x, y, (w1, w2) = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    cost = lambda v: np.sum((v[1] * np.tanh(v[0] * x) - y) ** 2) / 12
    e, t = w2 * np.tanh(w1 * x) - y, np.tanh(w1 * x)
    assert np.allclose(central_differences(cost, np.array([w1, w2])),
                       [np.mean(e * w2 * (1 - t ** 2) * x), np.mean(e * t)], atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [(NET_DW1, EQ), (NET_DW2_VALUE, DIFF)])
def test_dw1_of_a_network_of_scalar_weights_is_layer_ones_partial(answer, verdict):
    # layer 1's scalar weight w1 is the w₁ the cost differentiates by: the name and --wrt w_1 agree
    assert_verdict_read(answer, NET, verdict, wrt="w_1")


def test_dw1_of_a_matrix_network_is_not_read_as_a_component():
    # W1, W2 layer matrices (np.dot(W1, X)): dw1 = … is layer 1's whole matrix gradient, no component w₁ of a vector
    cost = "J = 1/(2*m) * np.sum((np.dot(W2, sigmoid(np.dot(W1, X))) - y)**2)"
    for wrt in ("w_1", "W_1"):
        with pytest.raises(logderiv.errors.LogderivError):
            logderiv.check("dw1 = 1/m * np.dot(dz1, X.T)", cost=cost, wrt=wrt,
                           let=["dz1 = np.dot(W2.T, dz2) * sigmoid(np.dot(W1, X))*(1-sigmoid(np.dot(W1, X)))",
                                "dz2 = np.dot(W2, sigmoid(np.dot(W1, X))) - y"])


# ------------------------------------------------------------------ 2. d_theta1 and code's own numbering
#: code numbering its weights from 0 against its features from 1: w0 pairs with x1, w1 with x2
ZERO = "J = np.sum((w0*x1 + w1*x2 + b - y)**2)/(2*m)"


def test_code_numbered_weights_partials_by_finite_differences():
    """J = (1/2m)Σ(w₀x₁ + w₁x₂ + b − y)²: ∂/∂w₁ = (1/m)Σ e·x₂, not (1/m)Σ e·x₁ (the verdicts below)."""
    x1, x2, y, at = _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=3)
    cost = lambda v: np.sum((v[0] * x1 + v[1] * x2 + v[2] - y) ** 2) / 10
    e = at[0] * x1 + at[1] * x2 + at[2] - y
    assert np.allclose(central_differences(cost, at)[1], np.mean(e * x2), atol=1e-6)
    assert not np.isclose(np.mean(e * x2), np.mean(e * x1))


@pytest.mark.parametrize("answer, verdict", [
    ("dw1 = np.sum((w0*x1 + w1*x2 + b - y)*x2)/m", EQ),
    ("dw1 = np.sum((w0*x1 + w1*x2 + b - y)*x1)/m", DIFF),  # w0's partial under w1's name
])
def test_dw1_is_the_weight_named_w1_not_the_feature_x1(answer, verdict):
    assert_verdict_read(answer, ZERO, verdict, wrt="w_1")


def test_d_theta1_beside_the_general_component_is_refused():
    # d_theta1 is θ₁'s line alone: beside --wrt theta_j (every component) it would be checked as another's
    cost = "custo = (1/(2*m)) * np.sum((predicoes - y)**2)"
    lets = ("m = len(X)", "predicoes = theta0 + theta1 * X", "erros = predicoes - y")
    error = refused(logderiv.check, "d_theta1 = (1/m) * np.sum(erros * X)", cost=cost, wrt="theta_j", let=lets)
    assert error.column == 0


# ------------------------------------------------------------------ 3. lines each setting a gradient (Octave)
OCT_LETS = ("h = sigmoid(X*w + b)",)
OCT_COST = "J = -(1/m) * sum(y.*log(h) + (1-y).*log(1-h))"


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("dw = X'*(h-y)/m;\ndb = sum(h-y)/m;", "w_j", EQ),
    ("dw = X'*(h-y)/m;\ndb = sum(h-y)/m;", "b", EQ),
    ("dw = X'*(h-y)/m;\ndb = sum(h-y);", "b", DIFF),  # the asked line's 1/m lost
    ("db = sum(h-y)/m;\ndw = X'*(h-y);", "w_j", DIFF),  # the line order turned, the asked line's 1/m lost
])
def test_octave_lines_of_each_parameters_gradient(answer, wrt, verdict):
    """∇_w J = Xᵀ(σ(Xw + b) − y)/m, ∂J/∂b = Σ(σ − y)/m (held by finite differences in test_fixpick36's logistic
    gradient, the same cost without the penalty)."""
    assert_verdict_read(answer, OCT_COST, verdict, wrt=wrt, lets=OCT_LETS)


# ------------------------------------------------------------------ 4. the slope m beside the count n
SE_LETS = ("n=float(len(X_train))", "Y_pred=m*X_train+c")
SE_MSE = "numpy.sum((Y_train-Y_pred)**2)/n"


def test_the_line_slips_by_finite_differences():
    """(1/n)Σ(yᵢ − m xᵢ − c)²: ∂/∂m = (−2/n)Σxᵢ(yᵢ − ŷᵢ), never (−2/n)Σxᵢ²(yᵢ − ŷᵢ) (the verdicts below)."""
    x, y, at = _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=2)
    cost = lambda p: np.sum((y - (p[0] * x + p[1])) ** 2) / 5
    r = y - (at[0] * x + at[1])
    assert np.isclose(central_differences(cost, at)[0], -2 / 5 * np.sum(x * r), atol=1e-6)
    assert not np.isclose(-2 / 5 * np.sum(x * r), -2 / 5 * np.sum(x * x * r))


@pytest.mark.parametrize("answer, verdict", [
    ("D_m = (-2/n) * numpy.dot(X_train, Y_train-Y_pred)", EQ),  # a 1-D dot: Σ xᵢ rᵢ
    ("D_m = (-2/n) * sum(X_train**2*(Y_train-Y_pred))", DIFF),
    ("D_m = (-2/n) * sum(X_train*(Y_train-(m*X_train+c)))", EQ),
    ("D_m = (-2/n) * sum(Y_train-(m*X_train+c))", DIFF),
])
def test_the_slope_m_beside_the_count_n_near_misses(answer, verdict):
    assert_verdict_read(answer, SE_MSE, verdict, wrt="m", lets=SE_LETS)


def test_a_vector_of_slopes_times_the_data_matrix_is_not_the_line():
    # (m*X_train).sum(axis=1): m a slope per feature, X_train a matrix whose rows it sums (guard: refused)
    with pytest.raises(logderiv.errors.LogderivError):
        logderiv.check("D_m = (-2/n) * numpy.sum((X_train*(Y_train-Y_pred)).sum(axis=1))", cost=SE_MSE, wrt="m",
                       let=("n=float(len(X_train))", "Y_pred=(m*X_train).sum(axis=1)+c"))


def test_an_answer_counting_by_m_beside_the_slope_m_is_refused():
    # the answer's 1/m is a count, the lets' m a slope: one letter, two meanings (guard: refused)
    with pytest.raises(logderiv.errors.LogderivError):
        logderiv.check("D_c = (-2/m) * sum(Y_train-Y_pred)", cost=SE_MSE, wrt="c", let=SE_LETS)


# ------------------------------------------------------------------ 5. an answer's bare l
def test_a_bare_l_beside_a_sum_without_its_mean_by_finite_differences():
    """Q = Σᵢ₌₁ˡ(⟨w, xᵢ⟩ − yᵢ)² (no 1/l): ∇Q = 2Xᵀ(Xw − y), so (2/l)Xᵀ(Xw − y) is l times too small."""
    X, y, w = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    by_fd = central_differences(lambda v: np.sum((X @ v - y) ** 2), w)
    assert np.allclose(by_fd, 2 * X.T @ (X @ w - y), atol=1e-5)
    assert not np.allclose(by_fd, 2 / 5 * X.T @ (X @ w - y), atol=1e-3)


@pytest.mark.parametrize("answer, verdict", [
    (r"\nabla Q = \frac{2}{l} X^T (X w - y)", DIFF),
    (r"\nabla Q = 2 X^T (X w - y)", EQ),
])
def test_a_bare_l_is_the_count_beside_a_cost_that_only_sums(answer, verdict):
    assert_verdict_read(answer, r"Q(w) = \sum_{i = 1}^l (\langle w, x_i \rangle - y_i)^2", verdict, wrt="w_j")


def test_an_answers_l_beside_a_cost_counting_by_ell_stays_refused():
    # the cost counts by ℓ, the answer writes l: another letter, not read as the cost's count (guard)
    error = refused(logderiv.check, r"\nabla Q = \frac{2}{l} X^T (X w - y)",
                    cost=r"Q(w) = \frac{1}{\ell} \sum_{i = 1}^{\ell} (\langle w, x_i \rangle - y_i)^2", wrt="w_j")
    assert error.message.startswith("'l' is a feature index, not a variable")

"""How code and notes name things, tenth round (issue 10): functions, counts, names, left sides, --wrt.

Code defines its hypothesis through a helper (``def h(X, theta): return g(X.dot(theta))`` beside
``g = vectorize(lambda x: …)``), Octave counts with ``[m, n] = size(X)``, and code names its vectors
``log_l``. Each reading is said in a note. Gradients are held against central finite differences of
the cost written here by hand in NumPy, on the very values the oracle draws; verdicts are worked out
by hand.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import _oracle as oracle
from logderiv import check, derive
from logderiv.errors import InputError

STEP = 1e-6


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _data(point: oracle.Point, m: int, n: int):
    """X (m×n), y (m,), θ (n,) and λ as the oracle draws them at ``point``."""
    value = point.value
    X = np.array([[float(value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)])
    y = np.array([float(value(("y", (i,)))) for i in range(1, m + 1)])
    theta = np.array([float(value(("theta", (k,)))) for k in range(1, n + 1)])
    return X, y, theta, float(value(("lambda", ())))


def _assert_gradient(derivation, cost, seed: int = 10) -> None:
    """∂/∂θⱼ that logderiv derived equals central differences of the NumPy ``cost(X, y, θ, λ)``, every j."""
    gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
    rng = random.Random(seed)
    for m, n in ((3, 2), (2, 3)):
        for _ in range(2):
            point = oracle.Point(rng)
            X, y, theta, lam = _data(point, m, n)
            for j in range(1, n + 1):
                step = np.zeros(n)
                step[j - 1] = STEP
                fd = (cost(X, y, theta + step, lam) - cost(X, y, theta - step, lam)) / (2 * STEP)
                mine = float(oracle.evaluate(gradient, point, oracle.Size(m, n, j)))
                assert abs(mine - fd) < 1e-5 * max(1.0, abs(fd)), (m, n, j, mine, fd)


def _mean_cross_entropy(X, y, theta, lam=0.0):
    h = _sigmoid(X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))


# --- a function defined through another, as code defines h through g ----------------------------------------

_H_THROUGH_G = ("m = len(y)", "h(X, theta) = g(X.dot(theta))", "g = vectorize(lambda x: 1 / (1 + exp(-x)))")
_NP_COST = "(1 / m) * ((-y.T).dot(log(h(X, theta))) - ((1 - y).T).dot(log(1 - h(X, theta))))"


def test_a_vectorized_lambda_is_a_function_and_h_may_call_it():
    """h(X, θ) = g(Xθ) with g = vectorize(lambda x: 1/(1 + e^−x)): h is σ(Xθ), the mean cross-entropy."""
    derivation = derive(_NP_COST, let=_H_THROUGH_G)
    _assert_gradient(derivation, _mean_cross_entropy)
    notes = derivation.problem.notes
    assert any("vectorize(lambda x: …)" in note and "g(x) = 1 / (1 + exp(-x))" in note for note in notes)
    assert any("is the sigmoid: g read as σ" in note for note in notes)


def test_def_and_lambda_define_the_same_functions():
    """def h(X, theta): return g(…) and g = lambda z: … read as the lets h(X, theta) = … and g(z) = …."""
    lets = ("m = len(y)", "def h(X, theta): return g(X.dot(theta))", "g = lambda z: 1 / (1 + np.exp(-z))")
    derivation = derive(_NP_COST, let=lets)
    _assert_gradient(derivation, _mean_cross_entropy)
    assert any(note.startswith("read as Python: def h(X,theta)") for note in derivation.problem.notes)


def test_the_gradient_line_against_the_cost_through_h():
    """(1/m) Xᵀ(h(X, θ) − y) is Xᵀ(σ(Xθ) − y)/m: by hand, the gradient of the mean cross-entropy."""
    verdict = check("(1 / m) * (X.T).dot(h(X, theta) - y)", cost=_NP_COST, let=_H_THROUGH_G)
    assert verdict.verdict == "equivalent"


def test_the_unregularised_line_against_the_regularised_cost_is_different():
    """Without λθⱼ/m for j ≥ 2 the line is wrong for J + λ/(2m) Σ_{j≥2} θⱼ² (θ a column, theta[1:, :])."""
    cost = "J + (_lambda / (2 * m)) * ((theta[1:, :]).T).dot(theta[1:, :])"
    lets = ("J = " + _NP_COST,) + _H_THROUGH_G
    verdict = check("(1 / m) * (X.T).dot(h(X, theta) - y)", cost=cost, let=lets)
    assert verdict.verdict == "different"


def test_a_function_through_another_that_is_not_the_sigmoid():
    """h(X, θ) = q(Xθ) with q = lambda u: u**2: the cost Σ h/m is Σ (θᵀx⁽ⁱ⁾)²/m, whose ∂θⱼ is 2Σ(θᵀx⁽ⁱ⁾)xᵢⱼ/m."""
    lets = ("h(X, theta) = q(X.dot(theta))", "q = lambda u: u**2")
    derivation = derive("np.sum(h(X, theta)) / m", let=lets)
    _assert_gradient(derivation, lambda X, y, theta, lam: np.sum((X @ theta) ** 2) / X.shape[0])


def test_functions_that_call_each_other_are_refused():
    """g defined by h and h by g is no definition: refused, not expanded forever."""
    with pytest.raises(InputError) as caught:
        derive("np.sum(h(X, theta)) / m", let=("h(X, theta) = q(X.dot(theta))", "q(u) = h(u, u)"))
    assert caught.value.label == "--let"


# --- Octave's [m, n] = size(X) ---------------------------------------------------------------------------------

_OCTAVE_COST = "(sum(-y.*log(h)-(1-y).*log(1-h))/m) + (lambda/2*m)*sum(theta.^2)"


def test_octave_size_pair_gives_the_counts():
    """[m, n] = size(X) says m counts the examples and n the features, as logderiv does; noted.

    As written, lambda/2*m is (λ/2)·m (Octave reads left to right), so the penalty's gradient is λ m θⱼ.
    """
    derivation = derive(_OCTAVE_COST, let=("[m, n] = size(X);", "h = sigmoid(X*theta);"))
    _assert_gradient(
        derivation,
        lambda X, y, theta, lam: _mean_cross_entropy(X, y, theta) + lam / 2 * X.shape[0] * np.sum(theta**2),
    )
    assert any(note.startswith("read as Octave: [m, n] = size(X)") for note in derivation.problem.notes)


def test_octave_size_pair_with_other_names():
    """[r, c] = size(X): r is the example count, so sum(…)/r is the mean cross-entropy."""
    derivation = derive("sum(-y.*log(h)-(1-y).*log(1-h))/r", let=("[r, c] = size(X);", "h = sigmoid(X*theta);"))
    _assert_gradient(derivation, _mean_cross_entropy)
    assert any("[r, c] = size(X)" in note for note in derivation.problem.notes)


def test_octave_size_pair_with_the_counts_swapped_is_read_as_it_says():
    """[n, m] = size(X) makes n the example count, against logderiv's n: once refused; since fixfam read as the let
    says beside X*theta (n the rows, the examples; the swap noted), so /n is the mean over the examples.

    Checked by the corpus judge against the mean cross-entropy written here in NumPy (tests/_reading.py).
    """
    from _reading import assert_gradient_read

    def mean_ce(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    lets = ("[n, m] = size(X);", "h = sigmoid(X*theta);")
    assert_gradient_read("sum(-y.*log(h)-(1-y).*log(1-h))/n", mean_ce, lets=lets)
    notes = derive("sum(-y.*log(h)-(1-y).*log(1-h))/n", let=lets).problem.notes
    assert any("names X's rows n and its columns m" in note for note in notes)


# --- names of code -----------------------------------------------------------------------------------------

_WAYLON_LETS = (
    "p_1 = sigmoid(numpy.dot(X, theta))",
    "log_l = (-y) * numpy.log(p_1) - (1-y) * numpy.log(1-p_1)",
)


def test_log_l_is_a_name_of_code():
    """log_l (the per-example cross-entropy vector) is one name; log_l.mean() is the mean cross-entropy."""
    derivation = derive("log_l.mean()", let=_WAYLON_LETS)
    _assert_gradient(derivation, _mean_cross_entropy)
    assert any(note.startswith("log_l is one name, defined with --let") for note in derivation.problem.notes)


def test_a_function_with_an_index_is_a_name_when_defined():
    """log_i = log(h_i) names the log of the prediction at example i: Σ log_i / m is the mean log-likelihood."""
    derivation = derive("sum(log_i)/m", let=("log_i = log(h_i)", "h_i = sigmoid(theta^T x_i)"))
    _assert_gradient(derivation, lambda X, y, theta, lam: np.mean(np.log(_sigmoid(X @ theta))))


def test_log_with_an_index_undefined_is_not_a_name():
    """Without a --let, log_l is not silently a name of its own: it is no defined quantity."""
    with pytest.raises(InputError):
        derive("log_l.mean()")


# --- left sides that name the derivative, as DLAI and code write them --------------------------------------

_LOSS = r"\mathcal{L}(a, y) = -(y\log(a) + (1-y)\log(1-a))"


def test_dlai_dz_names_the_derivative_by_z():
    """dz = a − y with a = σ(z): ∂L/∂z = −y(1 − a) + (1 − y)a = a − y by hand; a + y is different."""
    verdict = check("dz = a - y", cost=_LOSS, wrt="z", let=[r"a = \sigma(z)"])
    assert verdict.verdict == "equivalent"
    assert "the left side dz = names the gradient ∂L/∂z, the derivative checked" in verdict.notes
    assert check("dz = a + y", cost=_LOSS, wrt="z", let=[r"a = \sigma(z)"]).verdict == "different"


def test_dlai_da_names_the_derivative_by_a():
    """da = −y/a + (1 − y)/(1 − a) is ∂L/∂a by hand; with the second sign flipped it is different."""
    assert check("da = -y/a + (1-y)/(1-a)", cost=_LOSS, wrt="a").verdict == "equivalent"
    assert check("da = -y/a - (1-y)/(1-a)", cost=_LOSS, wrt="a").verdict == "different"


def test_a_left_side_naming_another_variable_than_wrt_is_refused():
    """dz = … checked by --wrt w names another derivative than the one asked: refused at dz, not judged as ∂L/∂w."""
    with pytest.raises(InputError) as caught:
        check("dz = a - y", cost=_LOSS, wrt="w", let=[r"a = \sigma(z)", "z = w x + b"])
    assert caught.value.column == 0
    assert "names the gradient by z" in caught.value.message


def test_dLdW_names_the_gradient_by_w():
    """dLdW = 2/m Xᵀ(ŷ − y) for L = mean((Xw − y)²): ∂L/∂wⱼ = 2Σᵢ(ŷᵢ − yᵢ)xᵢⱼ/m by hand."""
    verdict = check("dLdW = 2/m * np.dot(X.T, (yhat - y))", cost="L = 1/m * np.sum(np.power(yhat - y, 2))",
                    wrt="w_j", let=["yhat = np.dot(X, w)"])
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("the left side dLdW = names the gradient") for note in verdict.notes)


def test_j_prime_names_the_derivative_by_wrt():
    """J' = Σ 2((wx + b) − y)x is ∂J/∂w of J = Σ((wx + b) − y)² by hand, and not ∂J/∂b (which has no x)."""
    cost = r"J(w,b) = \sum[((wx+b)-y)^2]"
    verdict = check(r"J' = \sum[2((wx+b)-y)x]", cost=cost, wrt="w")
    assert verdict.verdict == "equivalent"
    assert "the left side J' = names the gradient ∂J/∂w, the derivative checked" in verdict.notes
    assert check(r"J' = \sum[2((wx+b)-y)x]", cost=cost, wrt="b").verdict == "different"


# --- --wrt a whole parameter vector ---------------------------------------------------------------------

def test_wrt_the_whole_vector_is_its_gradient():
    """--wrt w beside Σ(Xw − y)²/(2m): ∂J/∂wⱼ = Σᵢ(wᵀx⁽ⁱ⁾ − yᵢ)xᵢⱼ/m, as by w_j, noted."""
    derivation = derive("J = 1/(2*m) * sum((X*w - y).^2)", wrt="w")
    assert derivation.result == derive("J = 1/(2*m) * sum((X*w - y).^2)", wrt="w_j").result
    assert any(note.startswith("--wrt w names the whole vector w") for note in derivation.problem.notes)
    theta_form = derive("J = 1/(2*m) * sum((X*theta - y).^2)", wrt="theta")
    _assert_gradient(theta_form, lambda X, y, theta, lam: np.sum((X @ theta - y) ** 2) / (2 * X.shape[0]))


def test_wrt_the_whole_vector_checks_a_matrix_answer():
    """Xᵀ(h − y)/m against the logistic preset by --wrt theta: right; Xᵀ(h + y)/m: different (by hand)."""
    assert check("(X.T)@(h - y)/m", cost="logistic", wrt="theta").verdict == "equivalent"
    assert check("(X.T)@(h + y)/m", cost="logistic", wrt="theta").verdict == "different"


def test_wrt_a_scalar_w_stays_the_one_feature_slope():
    """Σ(w x⁽ⁱ⁾ − y⁽ⁱ⁾)²/(2m) by w: the one-feature model's slope, not a vector's gradient."""
    derivation = derive("J = 1/(2*m) * sum((w*x - y).^2)", wrt="w")
    assert not any("names the whole vector" in note for note in derivation.problem.notes)


def test_wrt_w_with_a_preset_in_theta_says_what_was_meant():
    """The logistic preset is in θ: --wrt w (or w_j) is refused with 'did you mean --wrt theta_j?'."""
    for wrt in ("w", "w_j"):
        with pytest.raises(InputError) as caught:
            check("X.T @ (h - y) / m", cost="logistic", wrt=wrt)
        assert "did you mean --wrt theta_j?" in caught.value.hint


_BOLD_COST = r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=0}^{m-1}(\mathbf{w}\cdot\mathbf{x}^{(i)} + b - y^{(i)})^2"


@pytest.mark.parametrize("wrt", ["w", "w_j"])
def test_three_whole_vectors_in_one_product_are_refused(wrt):
    """(x·x)w flattens to x x w: read as x(wᵀx) it was the right gradient, a false 'equivalent'.

    By hand: ∇_w of (wᵀx + b − y)²/(2m) is Σ (x xᵀ w + (b − y)x)/m, and (xᵀx)w is not x xᵀw.
    """
    answer = (r"\frac{1}{m}\sum_{i=0}^{m-1}\left((\mathbf{x}^{(i)}\cdot\mathbf{x}^{(i)})\mathbf{w}"
              r" + (b - y^{(i)})\mathbf{x}^{(i)}\right)")
    with pytest.raises(InputError) as caught:
        check(answer, cost=_BOLD_COST, wrt=wrt)
    assert "three whole vectors" in caught.value.message


def test_octave_h_x_is_a_name_of_code():
    """h_x = sigmoid(X*theta) (Octave) names the predictions: ((h_x − y)ᵀX)/m + λ/m t_zᵀ, t_z = θ with θ(1) = 0,
    is the row gradient of the mean cross-entropy plus λ/(2m)Σ_{j≥2}θⱼ² (by hand); without the penalty's part
    it is different."""
    lets = ("h_x = sigmoid(X*theta);", "J_1 = (1/m) * (-y' * log(h_x) - (1-y)' * log(1-h_x));",
            "t_j=theta(2:length(theta))", "J_2 = (lambda/(2*m))*sum(t_j'*t_j);", "t_z = theta;", "t_z(1) =  0;")
    right = check("((1 / m) * (h_x- y)' * X) + lambda / m * (t_z)'", cost="J_1 + J_2", let=lets)
    assert right.verdict == "equivalent"
    assert check("((1 / m) * (h_x- y)' * X)", cost="J_1 + J_2", let=lets).verdict == "different"
    derivation = derive("J_1", let=lets[:2])
    _assert_gradient(derivation, _mean_cross_entropy)
    assert any(note.startswith("h_x is one name, defined with --let") for note in derivation.problem.notes)


# --- --wrt theta_k: notes that write the component k ------------------------------------------------------

_CS229_K = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_k^{(i)}"


def test_wrt_theta_k_makes_k_the_free_component():
    """--wrt theta_k: Σᵢ(h − y)x_k⁽ⁱ⁾/m is ∂J/∂θ_k of the mean cross-entropy (by hand); with + y, different."""
    verdict = check(_CS229_K, cost="logistic", wrt="theta_k")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("--wrt theta_k: k is the component") for note in verdict.problem.notes)
    assert check(_CS229_K.replace("- y", "+ y"), cost="logistic", wrt="theta_k").verdict == "different"


def test_wrt_theta_k_keeps_a_bound_k_bound():
    """Σ_k θ_k x_k inside h stays the dot product; by θ_k the ridge gradient is Σᵢ(θᵀx⁽ⁱ⁾ − yᵢ)x_k⁽ⁱ⁾/m + 2λθ_k."""
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_k \theta_k x_k^{(i)} - y^{(i)})^2 + \lambda \sum_k \theta_k^2"
    derivation = derive(cost, wrt="theta_k")
    assert derivation.result == derive(cost, wrt="theta_j").result
    _assert_gradient(derivation, lambda X, y, theta, lam: np.sum((X @ theta - y) ** 2) / (2 * X.shape[0])
                     + lam * np.sum(theta**2))


def test_wrt_theta_k_refuses_an_answer_with_a_free_j():
    """By θ_k, an answer's free x_j names no component: refused, not read as k."""
    with pytest.raises(InputError) as caught:
        check(_CS229_K.replace("x_k", "x_j"), cost="logistic", wrt="theta_k")
    assert "the index j is free here" in caught.value.message


def test_wrt_theta_i_is_refused_with_the_reason():
    """θ_i: i is the example index here (x⁽ⁱ⁾).

    Notes that swap the letters were refused here. Since fixf68b (issue 10's f68 wave, skynet.jl's notes), a text
    that writes i unbound only as the component (x_i^{(j)}) beside its own sum over the examples by j (y^{(j)})
    writes i for the component: read so, noted, and judged; (1/m)Σ_j(h − y)x_i^{(j)} is the logistic gradient's
    component i by hand. Where i is also the example's in the answer (a free y_i) the refusal stands.
    """
    from _reading import assert_verdict_read

    assert_verdict_read(r"\frac{1}{m}\sum_{j=1}^{m}(h_\theta(x^{(j)}) - y^{(j)})x_i^{(j)}", "logistic", "equivalent",
                        wrt="theta_i")
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}\sum_{j=1}^{m}(h_\theta(x^{(j)}) - y_i)x_i^{(j)}", wrt="theta_i")
    assert "i is the example index" in caught.value.message
    assert caught.value.label == "--wrt"


# --- --wrt an entry as code writes it ----------------------------------------------------------------------

_OCTAVE_LINEAR = "J = 1/(2*m) * sum((X*theta - y).^2)"


@pytest.mark.parametrize("wrt", ["theta(2)", "theta[1]"])
def test_wrt_a_code_entry_is_the_component(wrt):
    """Octave's theta(2) and NumPy's theta[1] are the second entry, θ₂ as logderiv numbers θ₁..θₙ:
    ∂J/∂θ₂ = Σᵢ(θᵀx⁽ⁱ⁾ − yᵢ)x₂⁽ⁱ⁾/m by hand; the first feature's x₁ there is different."""
    derivation = derive(_OCTAVE_LINEAR, wrt=wrt)
    assert derivation.result == derive(_OCTAVE_LINEAR, wrt="theta_2").result
    assert any(note.startswith(f"--wrt {wrt} is the entry 2 of theta") for note in derivation.problem.notes)
    assert check("sum_i (theta^T x^(i) - y^(i)) x_2^(i) / m", cost=_OCTAVE_LINEAR, wrt=wrt).verdict == "equivalent"
    assert check("sum_i (theta^T x^(i) - y^(i)) x_1^(i) / m", cost=_OCTAVE_LINEAR, wrt=wrt).verdict == "different"


def test_wrt_a_code_entry_beside_theta_0_is_refused():
    """Beside a cost that writes θ₀, theta(2) is θ₁ if the vector starts at θ₀, θ₂ if at θ₁: not said, refused."""
    with pytest.raises(InputError) as caught:
        derive("J = 1/(2*m) * sum((theta_0 + theta_1 x - y)^2)", wrt="theta(2)")
    assert caught.value.label == "--wrt"
    assert "theta_1" in caught.value.message and "theta_2" in caught.value.message


# --- b_0 + b_1 x: a line's numbered intercept and slope ---------------------------------------------------

def test_subscripted_b_are_the_line_intercept_and_slope():
    """h = b_0 + b_1 x, cost Σ(h − y)²/(2m): ∂/∂b_1 = Σ(h − y)x/m and ∂/∂b_0 = Σ(h − y)/m by hand; noted."""
    lets = ("h = b_0 + b_1 x",)
    cost = "sum((h - y) ** 2) / (2*m)"
    slope = check("sum((h - y) * x) / m", cost=cost, wrt="b_1", let=lets)
    assert slope.verdict == "equivalent"
    assert any(note.startswith("b_0, b_1: the intercept and slope of the line") for note in slope.notes)
    assert check("sum(h - y) / m", cost=cost, wrt="b_1", let=lets).verdict == "different"
    assert check("sum(h - y) / m", cost=cost, wrt="b_0", let=lets).verdict == "equivalent"


def test_subscripted_b_beside_a_bare_b_is_not_renumbered():
    """b beside b_1 is a bias and something else indexed: not read as θ₁, refused (b has no feature index)."""
    with pytest.raises(InputError):
        check("sum(h - y) / m", cost="sum((h - y) ** 2) / (2*m)", wrt="b", let=("h = b_1 x + b",))


# --- ISLR's estimates β̂ ----------------------------------------------------------------------------------

_RSS = r"RSS = \sum_{i=1}^{n}(y_i - \hat\beta_0 - \hat\beta_1x_i)^2"


def test_hatted_beta_is_the_parameter_when_written_only_hatted():
    """RSS in β̂₀, β̂₁: ∂/∂β₁ = −2Σxᵢ(yᵢ − β̂₀ − β̂₁xᵢ) by hand (ISLR 3.4); without the xᵢ it is ∂/∂β₀."""
    right = check(r"-2\sum_{i=1}^{n}x_i(y_i - \hat\beta_0 - \hat\beta_1x_i)", cost=_RSS, wrt="beta_1")
    assert right.verdict == "equivalent"
    assert any("(the estimate) is the parameter β" in note for note in right.problem.notes)
    no_x = r"-2\sum_{i=1}^{n}(y_i - \hat{\beta}_0 - \hat{\beta}_1x_i)"
    assert check(no_x, cost=_RSS, wrt="beta_1").verdict == "different"
    assert check(no_x, cost=_RSS, wrt="beta_0").verdict == "equivalent"


def test_hatted_beta_beside_plain_beta_is_refused():
    """β̂₁ beside β₀ in one text: two quantities or one? Refused at the hat, not merged."""
    with pytest.raises(InputError) as caught:
        derive(r"\sum_{i=1}^{n}(y_i - \beta_0 - \hat\beta_1x_i)^2", wrt="beta_0")
    assert "two quantities" in caught.value.message

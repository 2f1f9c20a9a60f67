r"""LaTeX index and brace spellings of notes (issue 10, eleventh pass): each reading noted, the rest refused.

* ``\theta{^T}x``, ``\theta{}^T x``: a script typed inside (or after) an empty brace group glued to a letter
  is that letter's script (TeX sets it so); a group holding anything else is left as it was.
* ``h(x)=\sum_{j=0}^{n}\theta_j x_j``: Ng's model, θᵀx with x₀ = 1 among the features, read as θᵀx over every
  feature (noted); a θ₀ written beside it is refused (it would be numbered otherwise), and a 0-based feature sum
  of any other summand (θⱼ²) stays refused.
* ``--let 'h_{\theta}(x)=h(x)'`` beside a let defining h: the alias adds nothing and is dropped (noted).
* a --let chain ``\theta^T x^{(i)} = \sum_{j} \theta_j x_j^{(i)}``: the dot product and its sum are one.

Gradients are worked by hand and held against central finite differences of NumPy costs written here
(``tests/_numeric.py``); verdicts are worked by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(1111)
X = RNG.normal(size=(5, 3))
Y = RNG.integers(0, 2, size=5).astype(float)
M = X.shape[0]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _assert_is_gradient(cost, gradient, size=3):
    """The hand-derived ``gradient`` is ∂cost (central finite differences at a few random points)."""
    for _ in range(3):
        v = RNG.normal(size=size)
        assert np.allclose(gradient(v), _fd(cost, v), rtol=1e-5, atol=1e-7)


def _notes(read):
    return (*read.notes, *read.problem.notes)


# --- 1. \theta{^T}: a script in braces glued to its letter -----------------------------------------------------

#: wyq's blog (logistic regression): the sum inside brackets, y^i the example, h_θ from the page's model
WYQ_J = r"-  \frac{1}{m} [\sum_{i=1}^{m} y^i \log{h_\theta(x^i)} + (1- y^i) \log{(1 - h_\theta(x^i))}]"


def test_the_logistic_gradient_is_the_mean_of_the_error_times_x():
    """J = −(1/m)Σ[y log σ + (1−y) log(1−σ)], σ = σ(Xθ): ∇J = Xᵀ(σ − y)/m (by hand; FD)."""
    cost = lambda t: -np.mean(Y * np.log(_sigmoid(X @ t)) + (1 - Y) * np.log(1 - _sigmoid(X @ t)))  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (_sigmoid(X @ t) - Y) / M)


@pytest.mark.parametrize("let", [r"h_\theta(x) = \frac{1}{1 + e^{-\bf{\theta{^T}x}}}",
                                 r"h_\theta(x) = \frac{1}{1 + e^{-\theta{^{T}}x}}",
                                 r"h_\theta(x) = \frac{1}{1 + e^{-\theta{}^Tx}}"])
def test_a_script_in_braces_after_theta_is_its_transpose(let):
    # before: "'^' needs something before it" at the brace's '^'
    right = check(r"\frac{1}{m} \sum_{i=1}^{m}{(h_\theta(x^i) - y^i)x_j^i}", cost=WYQ_J, let=[let])
    assert right.verdict == "equivalent"
    assert any("braces holding only a script" in note for note in _notes(right)), _notes(right)
    # the sign flipped (the log-likelihood's ascent direction), and the 1/m lost
    assert check(r"\frac{1}{m} \sum_{i=1}^{m}{(y^i - h_\theta(x^i))x_j^i}", cost=WYQ_J, let=[let]).verdict == "different"
    assert check(r"\sum_{i=1}^{m}{(h_\theta(x^i) - y^i)x_j^i}", cost=WYQ_J, let=[let]).verdict == "different"


def test_a_squared_error_with_a_braced_transpose_reads_as_theta_transpose_x():
    """½m⁻¹Σ(θᵀx − y)²: ∇ = Xᵀ(Xθ − y)/m (FD)."""
    cost = lambda t: np.sum((X @ t - Y) ** 2) / (2 * M)  # noqa: E731
    _assert_is_gradient(cost, lambda t: X.T @ (X @ t - Y) / M)
    read = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}",
                 cost=r"\frac{1}{2m}\sum_{i=1}^m (\theta{^T}x^{(i)} - y^{(i)})^2")
    assert read.verdict == "equivalent"


@pytest.mark.parametrize("cost", [
    # a brace group with more than the script: not the letter's script, refused as before
    r"\frac{1}{2m}\sum_{i=1}^m (\theta{^T x}^{(i)} - y^{(i)})^2",
    # a group after a space is no script of the letter before it
    r"\frac{1}{2m}\sum_{i=1}^m (\theta {^T}x^{(i)} - y^{(i)})^2",
    # nothing before the group
    r"\frac{1}{2m}\sum_{i=1}^m ({^T}x^{(i)} - y^{(i)})^2",
])
def test_other_braced_scripts_stay_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- 2. Ng's h(x) = Σ_{j=0}^{n} θ_j x_j: θᵀx over every feature, x₀ = 1 among them -----------------------------

#: the CS229 notes in Chinese: J(θ) = ½Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)², no 1/m
HALF_SSE = r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"


def test_the_half_sum_of_squares_has_gradient_x_transpose_residual():
    """J = ½‖Xθ − y‖²: ∇J = Xᵀ(Xθ − y) (by hand; FD)."""
    _assert_is_gradient(lambda t: 0.5 * np.sum((X @ t - Y) ** 2), lambda t: X.T @ (X @ t - Y))


@pytest.mark.parametrize("lets", [
    [r"h(x)=\sum_{j=0}^{n}\theta_jx_j"],
    [r"h(x)=\sum^n_{j=0}\theta_jx_j", r"h_{\theta}(x)=h(x)"],
    [r"h_\theta(x^{(i)}) = \theta^T x^{(i)} = \sum_{j=0}^{n} \theta_j x_j^{(i)}"],
])
def test_a_model_summed_from_feature_zero_is_theta_transpose_x(lets):
    # before: "a sum over features from 0 to n is not read" (and the alias let: "'h' is defined twice")
    right = check(r"\sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}", cost=HALF_SSE, let=lets)
    assert right.verdict == "equivalent"
    # the reading is noted (two readers wrote it: θᵀx over every feature, or θ₀ + Σₖ₌₁ⁿ θₖxₖ with x₀ = 1)
    assert any("x₀ = 1" in note for note in _notes(right)), _notes(right)
    # a 1/m the cost does not have, and the sign flipped
    assert check(r"\frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=HALF_SSE,
                 let=lets).verdict == "different"
    assert check(r"\sum_{i=1}^{m} (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}", cost=HALF_SSE, let=lets).verdict == "different"


def test_the_alias_let_is_noted():
    read = check(r"\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=HALF_SSE,
                 let=[r"h(x)=\sum^n_{j=0}\theta_jx_j", r"h_{\theta}(x)=h(x)"])
    assert any("defines nothing more" in note for note in _notes(read)), _notes(read)


def test_the_model_inside_the_cost_is_read_the_same():
    """½m⁻¹Σᵢ(Σⱼ₌₀ⁿθⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾)² is ½m⁻¹‖Xθ − y‖² with x₀ = 1 a column of X: ∇ = Xᵀ(Xθ − y)/m (FD above)."""
    _assert_is_gradient(lambda t: np.sum((X @ t - Y) ** 2) / (2 * M), lambda t: X.T @ (X @ t - Y) / M)
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}\theta_j x_j^{(i)}-y^{(i)})^2"
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}", cost=cost).verdict == "equivalent"
    assert check(r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}", cost=cost).verdict == "different"


def test_a_theta_0_beside_the_sum_from_zero_keeps_the_writers_numbering():
    """Σ_{j=0}^{n} θⱼxⱼ with θ₀ written elsewhere (or --wrt theta_0) is θ₀ + Σₖ₌₁ⁿ θₖxₖ, x₀ = 1: the intercept on its own.

    By hand, J = (1/2m) Σᵢ (θ₀ + Σₖ θₖxₖ⁽ⁱ⁾ − y⁽ⁱ⁾)² (+ θ₀²): ∂J/∂θⱼ = (1/m) Σᵢ (…)xⱼ⁽ⁱ⁾ for j ≥ 1, and
    ∂J/∂θ₀ = (1/m) Σᵢ (…) (+ 2θ₀).
    """
    sse = r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}\theta_j x_j^{(i)}-y^{(i)})^2"
    residual = r"(\theta_0 + \sum_{k=1}^{n}\theta_k x_k^{(i)} - y^{(i)})"
    assert check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}{residual}x_j^{{(i)}}", cost=sse + r" + \theta_0^2").verdict == "equivalent"
    assert check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}{residual} + 2\theta_0", cost=sse + r" + \theta_0^2",
                 wrt="theta_0").verdict == "equivalent"
    assert check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}{residual}", cost=sse, wrt="theta_0").verdict == "equivalent"
    assert check(rf"\frac{{1}}{{m}}\sum_{{i=1}}^{{m}}{residual}x_0^{{(i)}}", cost=sse + r" + \theta_0^2",
                 wrt="theta_0").verdict == "different"  # the penalty's 2θ₀ missing


@pytest.mark.parametrize(("cost", "wrt", "what"), [
    # a 0-based feature sum of anything but θⱼxⱼ: n + 1 terms or a slip, not read
    (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2 + \sum_{j=0}^{n}\theta_j^2", "theta_j", "from 0 to n"),
])
def test_numbering_conflicts_with_the_sum_from_zero_are_refused(cost, wrt, what):
    with pytest.raises(InputError, match=what):
        derive(cost, wrt=wrt)


def test_the_alias_let_alone_or_with_another_name_is_not_dropped():
    # h_θ(x) = g(x): no alias (another letter), read as before: a defined function call g is unknown here
    with pytest.raises(InputError):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_{\theta}(x)=g(x)"])
    # the alias with nothing defining h: h_θ(x) = h(x) would define h as itself: still refused
    with pytest.raises(InputError):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_{\theta}(x)=h(x)"])


def test_a_chain_of_a_dot_and_its_sum_over_other_letters_is_refused():
    # θᵀx⁽ⁱ⁾ = Σⱼ wⱼxⱼ⁽ⁱ⁾: two parameter vectors, not one quantity
    with pytest.raises(InputError, match="sides of the chain differ"):
        derive(HALF_SSE, wrt="theta_j", let=[r"h_\theta(x^{(i)}) = \theta^T x^{(i)} = \sum_{j=1}^{n} w_j x_j^{(i)}"])


# --- 3. \hat{y}i: a subscript whose underscore a note editor ate -----------------------------------------------

#: a Notion page: MSE with ŷi for ŷ_i, the let with the same lost underscore
NOTION_MSE = r"\text{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - \hat{y}i)^2"
NOTION_LET = r"\hat{y}i = w_0 + w_1 x_i"
XS = RNG.normal(size=5)


def test_the_one_feature_mse_gradient():
    """MSE = mean((y − w₀ − w₁x)²): ∂/∂w₀ = −2 mean(r), ∂/∂w₁ = −2 mean(r·x), r = y − w₀ − w₁x (by hand; FD)."""
    cost = lambda v: np.mean((Y - v[0] - v[1] * XS) ** 2)  # noqa: E731
    residual = lambda v: Y - v[0] - v[1] * XS  # noqa: E731
    _assert_is_gradient(cost, lambda v: np.array([-2 * np.mean(residual(v)), -2 * np.mean(residual(v) * XS)]), 2)


@pytest.mark.parametrize(("wrt", "right", "wrong"), [
    ("w_1", r"-\frac{2}{n}\sum_{i=1}^{n} (y_i - w_0 - w_1 x_i) x_i", r"-\frac{1}{n}\sum_{i=1}^{n} (y_i - w_0 - w_1 x_i) x_i"),
    ("w_0", r"-\frac{2}{n}\sum_{i=1}^{n} (y_i - w_0 - w_1 x_i)", r"-\frac{2}{n}\sum_{i=1}^{n} (y_i - w_0 - w_1 x_i) x_i"),
])
def test_a_hat_glued_to_the_example_index_is_its_subscript(wrt, right, wrong):
    # before: "unexpected 'i'" in the let, "'i' is the example index, not a variable" in the cost
    read = check(right, cost=NOTION_MSE, let=[NOTION_LET], wrt=wrt)
    assert read.verdict == "equivalent"
    notes = _notes(read)
    assert any("'\\hat{y}i' is read as \\hat{y}_i" in note and "(y_i)" in note for note in notes), notes
    assert any("'\\hat{y}i' is read as \\hat{y}_i" in note and "(x_i)" in note for note in notes), notes  # the let's
    assert check(wrong, cost=NOTION_MSE, let=[NOTION_LET], wrt=wrt).verdict == "different"


@pytest.mark.parametrize("cost", [
    r"\frac{1}{n}\sum_{i=1}^{n} (y - \hat{y}i)^2",  # no y_i or x_i says i is written as a subscript here
    r"\frac{1}{n}\sum_{i=1}^{n} (y_i - \hat{y} i)^2",  # a space parts the i from the hat
    r"\frac{1}{n}\sum_{i=1}^{n} (y_i - \hat{y}i^2)",  # ŷ·i² or (ŷ_i)²: whose square is not said
])
def test_a_hat_beside_an_index_stays_refused_without_evidence(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- 4. ln Γ(y_i + 1): the factorial of the data, a constant of the gradient ------------------------------------

POISSON = r"\mathcal{L}(\mu,y) = \sum_{i=1}^n [y_i \ln(\mu_i) - \mu_i - \ln \Gamma(y_i + 1)]"
POISSON_LET = r"\mu_i = \exp(x_i^T \beta)"


def test_the_poisson_log_likelihood_gradient():
    """ℓ = Σ[y xᵀβ − e^{xᵀβ} − ln Γ(y + 1)]: ∇ℓ = Xᵀ(y − e^{Xβ}); the Γ term has no β (FD)."""
    counts = np.array([0.0, 1, 3, 2, 5])
    lgamma = np.array([np.sum(np.log(np.arange(1, c + 1))) for c in counts])  # ln(c!) = ln Γ(c + 1)
    cost = lambda b: np.sum(counts * (X @ b) - np.exp(X @ b) - lgamma)  # noqa: E731
    _assert_is_gradient(cost, lambda b: X.T @ (counts - np.exp(X @ b)))


def test_ln_gamma_of_the_data_is_read_as_a_constant():
    # before: "unknown command '\Gamma'"
    read = check(r"\sum_{i=1}^n (y_i - \mu_i) x_{ij}", cost=POISSON, let=[POISSON_LET], wrt="beta_j")
    assert read.verdict == "equivalent"
    assert any("\\Gamma(y_i + 1) is y_i!" in note and "gradient is 0" in note for note in _notes(read)), _notes(read)
    # the sign of the descent direction: different
    assert check(r"\sum_{i=1}^n (\mu_i - y_i) x_{ij}", cost=POISSON, let=[POISSON_LET], wrt="beta_j").verdict \
        == "different"


@pytest.mark.parametrize("term", [r"\ln \Gamma(y_i)", r"\ln \Gamma(\beta_j + 1)", r"\Gamma"])
def test_other_gammas_are_refused(term):
    with pytest.raises(InputError):
        derive(rf"\sum_{{i=1}}^n [y_i \ln(\mu_i) - \mu_i - {term}]", wrt="beta_j", let=[POISSON_LET])


# --- 5. θ₁^{(t)}: gradient descent's t-th iterate is the parameter, at its current value --------------------------

D100_MSE = r"L(\theta) = MSE(\theta) = \frac{1}{n} \sum_{i=1}^n (y_i - \theta_1x_i)^2"


def test_the_one_slope_mse_gradient():
    """L = mean((y − θ₁x)²): dL/dθ₁ = −(2/n) Σ (y − θ₁x)x (by hand; FD)."""
    cost = lambda v: np.mean((Y - v[0] * XS) ** 2)  # noqa: E731
    _assert_is_gradient(cost, lambda v: np.array([-2 * np.mean((Y - v[0] * XS) * XS)]), 1)


def test_an_iterate_mark_on_the_parameter_is_read_as_the_parameter():
    # before: "'t' is not in the cost: it would be compared as an arbitrary number"
    text = r"\frac{\partial}{\partial \theta_{1}} L(\theta_1^{(t)}) = \frac{-2}{n} \sum_{i=1}^n (y_i - \theta_1^{(t)} x_i) x_i"
    read = check(text, cost=D100_MSE, wrt="theta_1")
    assert read.verdict == "equivalent"
    assert any("gradient descent's t-th iterate" in note for note in _notes(read)), _notes(read)
    # the factor x_i lost: the derivative by an intercept, not by the slope
    assert check(r"\frac{-2}{n} \sum_{i=1}^n (y_i - \theta_1^{(t)} x_i)", cost=D100_MSE, wrt="theta_1").verdict \
        == "different"


@pytest.mark.parametrize("text", [
    # the iterate beside the parameter itself (a proximal term θ₁ − θ₁^{(t)}): a constant of its own, not θ₁
    r"\theta_1 - \theta_1^{(t)} + \frac{-2}{n} \sum_{i=1}^n (y_i - \theta_1^{(t)} x_i)x_i",
    # t written elsewhere too: not only an iterate's number
    r"\frac{-2}{n} \sum_{i=1}^n (y_i - \theta_1^{(t)} x_i) x_i + t",
])
def test_an_iterate_mark_beside_other_uses_stays_refused(text):
    with pytest.raises(InputError):
        check(text, cost=D100_MSE, wrt="theta_1")


# --- the example index as a bare superscript stays a power where nothing sums over it ----------------------------

@pytest.mark.parametrize("cost", [
    r"\frac{1}{2}(\theta^T x - y^i)^2",  # no sum binds i
    r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 + x^2",  # x² outside the sum: a power of what?
])
def test_a_superscript_with_no_sum_over_it_is_not_an_example_mark(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")


# --- 6. h_θ(z) = σ(z) beside z = g(x): h of the example, through the let of z ----------------------------------

#: Chinese notes: the mean cross-entropy with 'log' unescaped; h_θ(z) the sigmoid, z = g(x) = xθ
CN_J = r"\frac{1}{m}[\sum_{i=1}^{m}-y^{(i)} log(h_\theta(x^{(i)}))-(1-y^{(i)})log(1-h_\theta(x^{(i)}))]"
CN_LETS = [r"h_\theta(z) = \frac{1}{1+e^{-z}}", "z = g(x)", r"g(x) = x*\theta"]


def test_h_of_z_through_the_let_of_z_is_the_logistic_model():
    # before: "a defined name is a function of the example only: h(x) or h(x^{(i)})" at h_θ(z)
    # the gradient Xᵀ(σ(Xθ) − y)/m is checked by finite differences in section 1
    read = check(r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}", cost=CN_J, let=CN_LETS)
    assert read.verdict == "equivalent"
    assert any("is a function of z" in note and "read through it" in note for note in _notes(read)), _notes(read)
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\theta^Tx^{(i)})-y^{(i)})x_j^{(i)}", cost=CN_J,
                 let=CN_LETS).verdict == "equivalent"
    # the step without 1/m: m times the gradient
    assert check(r"\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}", cost=CN_J, let=CN_LETS).verdict == "different"


def test_an_answer_applying_h_to_a_score_is_refused():
    # the writer's h(z) would make h(θᵀx) the sigmoid of the score; the h read through z is h of the example
    with pytest.raises(InputError, match="something other than the example"):
        check(r"\frac{1}{m}\sum_{i=1}^{m}(h(\theta^Tx^{(i)})-y^{(i)})x_j^{(i)}", cost=CN_J, let=CN_LETS)


def test_h_of_z_applied_to_a_score_in_the_cost_stays_the_sigmoid():
    """h(z) = σ(z) and the cost's h(θᵀx⁽ⁱ⁾): h is the sigmoid of the score, whatever a let of z says."""
    cost = r"\frac{1}{m}[\sum_{i=1}^{m}-y^{(i)} \log(h(\theta^T x^{(i)}))-(1-y^{(i)})\log(1-h(\theta^T x^{(i)}))]"
    lets = [r"h(z) = \frac{1}{1+e^{-z}}", r"z = \theta^T x"]
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\theta^Tx^{(i)})-y^{(i)})x_j^{(i)}", cost=cost,
                 let=lets).verdict == "equivalent"
    assert check(r"\sum_{i=1}^{m}(\sigma(\theta^Tx^{(i)})-y^{(i)})x_j^{(i)}", cost=cost, let=lets).verdict == "different"


@pytest.mark.parametrize("cost", [
    # a fraction with a braced script after it: (a/b)² or a/b²? not said
    r"\frac{1}{2m}\sum_{i=1}^m \frac{\theta^T x^{(i)} - y^{(i)}}{2}{^2}",
    # a 0-based sum to n beside an intercept b of its own: x₀ = 1 would be a second intercept
    r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=0}^{n}w_j x_j^{(i)} + b - y^{(i)})^2",
])
def test_braced_scripts_after_a_fraction_and_zero_based_sums_beside_b_stay_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="w_j")


# --- 7. ⟨w, x_i⟩: the inner product of learning-theory notes ------------------------------------------------------

def test_the_logistic_loss_with_labels_plus_minus_one():
    """mean log(1 + e^{−y wᵀx}), y = ±1: ∇ = −mean(y σ(−y wᵀx) x) (by hand; FD)."""
    signs = np.where(Y > 0, 1.0, -1.0)
    cost = lambda w: np.mean(np.log1p(np.exp(-signs * (X @ w))))  # noqa: E731
    _assert_is_gradient(cost, lambda w: -(signs * _sigmoid(-signs * (X @ w))) @ X / M)


def test_an_inner_product_in_angle_brackets_is_w_transpose_x():
    # before: "unknown command '\langle'"
    cost = r"\frac{1}{m}\sum_{i=1}^m \log(1 + e^{-y_i \langle w, x_i \rangle})"
    right = check(r"-\frac{1}{m}\sum_{i=1}^m y_i \sigma(-y_i \langle x_i, w \rangle) x_{ij}", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any("is read as the inner product" in note for note in _notes(right)), _notes(right)
    # σ(+y⟨w, x⟩) for σ(−y⟨w, x⟩): different
    assert check(r"-\frac{1}{m}\sum_{i=1}^m y_i \sigma(y_i \langle w, x_i \rangle) x_{ij}", cost=cost,
                 wrt="w_j").verdict == "different"


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i=1}^m (\langle\theta, \theta\rangle - y^{(i)})^2",  # no example in it
    r"\frac{1}{2m}\sum_{i=1}^m (\langle\theta, x^{(i)} - y^{(i)})^2",  # never closed
    r"\frac{1}{2m}\sum_{i=1}^m (\langle\theta, x^{(i)}, y^{(i)}\rangle)^2",  # three entries
])
def test_other_angle_brackets_are_refused(cost):
    with pytest.raises(InputError, match="inner product"):
        derive(cost, wrt="theta_j")


def test_the_model_written_out_from_feature_zero_is_theta_transpose_x():
    """θ₀x₀ + θ₁x₁ + ⋯ + θₙxₙ, Ng's θᵀx with x₀ = 1: ∇ = Xᵀ(Xθ − y)/m as in section 2 (FD there)."""
    cost = (r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta_0 x_0^{(i)} + \theta_1 x_1^{(i)} + \cdots + \theta_n x_n^{(i)}"
            r"-y^{(i)}\right)^2")
    # before: "the terms before an ellipsis are numbered from 0"
    right = check(r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)}-y^{(i)})x_j^{(i)}", cost=cost)
    assert right.verdict == "equivalent"
    # the reading is noted (two readers wrote it: θᵀx over every feature, or θ₀ + Σₖ₌₁ⁿ θₖxₖ with x₀ = 1)
    assert any("x₀ = 1" in note for note in _notes(right)), _notes(right)
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\theta^Tx^{(i)}-y^{(i)})", cost=cost).verdict == "different"
    with pytest.raises(InputError, match="numbered component"):
        derive(cost, wrt="theta_0")
    # beside a bias b of its own: w₀x₀ would be a second intercept, refused as before
    with pytest.raises(InputError, match="numbered from 0"):
        derive(r"\frac{1}{2m}\sum_{i=1}^{m}(w_0 x_0^{(i)} + w_1 x_1^{(i)} + \cdots + w_n x_n^{(i)} + b - y^{(i)})^2",
               wrt="w_j")


INTERCEPT_SSE = r"\frac{1}{2m}\sum_{i=1}^m(\theta_0 + \sum_{j=1}^n\theta_jx_j^{(i)} - y^{(i)})^2"


@pytest.mark.parametrize(("answer", "lets"), [
    (r"\frac{1}{m}\sum_{i=1}^m(\theta_0x_0^{(i)} + \theta_1x_1^{(i)} + \dots + \theta_nx_n^{(i)} - y^{(i)})x_j^{(i)}", ()),
])
def test_an_answer_numbered_from_zero_beside_a_cost_with_its_own_intercept_is_refused(answer, lets):
    # the writer's θ₀x₀ is the cost's θ₀ (x₀ = 1): read over the features 1..n it would be dropped, and this
    # right answer ((1/m)Σ(θ₀ + Σθₖxₖ − y)xⱼ) called different
    with pytest.raises(InputError, match="numbered from 0"):
        check(answer, cost=INTERCEPT_SSE, let=lets)


def test_an_answer_summed_from_zero_beside_the_costs_own_intercept_is_that_intercept():
    """Σₖ₌₀ⁿ θₖxₖ beside a cost with θ₀ on its own is θ₀ + Σₖ₌₁ⁿ θₖxₖ (x₀ = 1): the right answer, by hand."""
    answer = r"\frac{1}{m}\sum_{i=1}^m(\sum_{k=0}^n\theta_kx_k^{(i)} - y^{(i)})x_j^{(i)}"
    assert check(answer, cost=INTERCEPT_SSE).verdict == "equivalent"
    assert check(answer.replace(r"\frac{1}{m}", r"\frac{2}{m}"), cost=INTERCEPT_SSE).verdict == "different"


def test_a_derivation_step_numbered_from_zero_beside_an_intercept_holds():
    from logderiv import steps

    text = (r"\frac{1}{m}\sum_{i=1}^m(\theta_0 + \sum_{k=1}^n\theta_kx_k^{(i)} - y^{(i)})x_j^{(i)}" + "\n= "
            + r"\frac{1}{m}\sum_{i=1}^m(\sum_{k=0}^n\theta_kx_k^{(i)} - y^{(i)})x_j^{(i)}")
    review = steps(text, cost=INTERCEPT_SSE)
    assert review.first_error is None and review.ok


def test_an_answer_numbered_from_zero_beside_theta_transpose_x_is_read():
    answer = r"\frac{1}{m}\sum_{i=1}^m(\sum_{k=0}^n\theta_kx_k^{(i)} - y^{(i)})x_j^{(i)}"
    assert check(answer, cost=r"\frac{1}{2m}\sum_{i=1}^m(\theta^Tx^{(i)} - y^{(i)})^2").verdict == "equivalent"


# --- 8. a sum's range as learning theory writes it: i ∈ [m], i = 1, …, m ------------------------------------------

@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i \in [m]} (\theta^Tx_i - y_i)^2",
    r"\frac{1}{2m}\sum_{i=1,\dots,m} (\theta^Tx_i - y_i)^2",
    r"\frac{1}{2m}\sum_{i=1,\ldots,m} (\theta^Tx_i - y_i)^2",
])
def test_a_sum_over_a_written_range_is_the_sum_over_the_examples(cost):
    # before: "unknown command '\in'", "a sum's subscript is an index, optionally '= 1'"
    # ∇ = Xᵀ(Xθ − y)/m: finite differences in section 2
    right = check(r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx_i - y_i)x_{ij}", cost=cost)
    assert right.verdict == "equivalent"
    assert any("read as \\sum_{i=1}^{m}" in note for note in _notes(right)), _notes(right)
    assert check(r"\frac{1}{2m}\sum_{i=1}^m (\theta^Tx_i - y_i)x_{ij}", cost=cost).verdict == "different"


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i \in I} (\theta^Tx_i - y_i)^2",  # a set I: all the examples, or a batch of them?
    r"\frac{1}{2m}\sum_{i=2,\ldots,m} (\theta^Tx_i - y_i)^2",  # from 2
    r"\frac{1}{2m}\sum_{i \in [m]}^{m} (\theta^Tx_i - y_i)^2",  # the range given twice
])
def test_other_written_ranges_stay_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="theta_j")

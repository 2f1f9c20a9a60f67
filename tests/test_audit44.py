r"""Issue 10, audit44: misreads found in the readings merged by fixf42, fixderiv7, log_guards, fixf43 and the
continued-derivation rule of ``steps``.

Each case names the text, what logderiv read, and the writer's meaning worked out by hand; each is now refused (or
read as the writer means). Gradients the verdicts lean on are checked by central finite differences
(``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, notes_of, refused_by_logderiv

from logderiv import check, derive
from logderiv.errors import LogderivError

RNG = np.random.default_rng(44)

# ------------------------------------------------------------------ fixf42: an update whose learning rate is a let


def test_a_step_of_eta_over_m_is_the_courses_gradient_step():
    """With η = α/m, θ − η·Σᵢ(hᵢ − yᵢ)xᵢ is θ − α·(1/m)Xᵀ(σ(Xθ) − y): α times the logistic gradient, 1/m and all."""
    X, y, theta, alpha = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6), RNG.normal(size=3), 0.1
    h = 1 / (1 + np.exp(-X @ theta))
    cost = lambda t: -np.mean(y * np.log(1 / (1 + np.exp(-X @ t))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(-X @ t))))
    step = (alpha / 6) * X.T @ (h - y)
    assert np.allclose(step, alpha * _fd(cost, theta), atol=1e-6)


@pytest.mark.parametrize("answer, let", [
    # audit44: each was judged 'different' against the logistic cost, the rate read as 1 and its let dropped: by hand
    # the step is α·(1/m)Σ(h − y)xⱼ (eta = alpha/m), or 0.01·(1/m)Σ… — the gradient's own 1/m is in the let
    ("theta_j := theta_j - eta * sum((h(x_i) - y_i) x_ij)", "eta = alpha/m"),
    ("theta_j := theta_j - lr * sum((h(x_i) - y_i) x_ij)", "lr = 0.01/m"),
    ("theta := theta - eta * g", "eta = 1/m"),
])
def test_a_learning_rate_a_let_defines_is_not_read_as_one(answer, let):
    """Refused at the rate: whether what the let holds besides the step is part of the gradient is not written."""
    lets = [let, "g = sum((h(x_i) - y_i) x_ij)"] if answer.endswith("g") else [let]
    error = refused_by_logderiv(lambda: check(answer, let=lets))
    assert "defined by a --let" in str(error)


def test_a_learning_rate_without_a_let_is_still_read():
    """The same update with α undefined keeps fixf42's reading: (1/m)Σ(h − y)xⱼ, the logistic gradient."""
    verdict = check("theta_j := theta_j - alpha * 1/m * sum((h(x_i) - y_i) x_ij)")
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ fixf43/fixf42: one number set against the prediction


def test_the_prediction_against_its_mean_is_not_against_the_targets():
    """Σᵢ(w uᵢ + b − ū)² has ∂/∂w = 2Σᵢ(w uᵢ + b − ū)uᵢ; read with ū as the targets it is 2Σᵢ(w uᵢ + b − yᵢ)uᵢ."""
    u, y, w, b = RNG.normal(size=6), RNG.normal(size=6), RNG.normal(size=1), 0.3
    ubar = float(np.mean(y))
    gradient = _fd(lambda v: float(np.sum((v[0] * u + b - ubar) ** 2)), w)
    assert np.allclose(gradient, 2 * np.sum((w[0] * u + b - ubar) * u), atol=1e-6)
    assert not np.allclose(gradient, 2 * np.sum((w[0] * u + b - y) * u), atol=1e-3)


@pytest.mark.parametrize("name", [
    # audit44: with --let t_p = w * t_u + b each was read as y, the targets ('the prediction t_p is compared with it'),
    # though the name says it holds one number — a mean, a bar, a baseline, a numbered entry, a parameter
    "t_mean", "y_mean", "t_bar", "t_base", "base_line", "t_0", "b_0",
])
def test_a_code_name_of_one_number_is_not_the_data_roles_target(name):
    """Refused, or read as the one number it is: never with a note that makes it the targets."""
    try:
        derivation = derive(f"(({'t_p'} - {name})**2).mean()", wrt="w", let=["t_p = w * t_u + b"])
    except LogderivError:
        return
    assert not any("is the targets y" in note for note in notes_of(derivation))


@pytest.mark.parametrize("name", [
    # audit44: with --let y = X @ w (y the prediction, fixf42) each was read as the target ('set against it, is the
    # target'): by hand (Xw − ȳ1), the prediction against one number, whose gradient has no target in it
    "y_mean", "ybar", "baseline", "N", "y0",
])
def test_a_name_of_one_number_against_code_s_assigned_y_is_not_the_target(name):
    """Refused, or read without the target's note."""
    try:
        derivation = derive(f"np.mean((y - {name})**2)", wrt="w_j", let=["y = X @ w"])
    except LogderivError:
        return
    assert not any("is the target" in note for note in notes_of(derivation))


def test_the_data_roles_and_assigned_y_readings_still_read_their_own_cases():
    """t_c (Deep Learning with PyTorch) and y_true stay the targets, as fixf43 and fixf42 read them."""
    roles = derive("((t_p - t_c)**2).mean()", wrt="w", let=["t_p = w * t_u + b"])
    assigned = derive("np.mean((y - y_true)**2)", wrt="w_j", let=["y = X @ w + b"])
    assert any("t_c is the targets y" in note for note in notes_of(roles))
    assert any("y_true, set against it, is the target" in note for note in notes_of(assigned))


# ------------------------------------------------------------------ log_guards: an ε inside a log of the data


def test_the_log_of_the_targets_keeps_its_epsilon_in_the_gradient():
    """Σᵢ(log(yᵢ + 10⁻⁶) − wᵀxᵢ)² has ∇ = 2Xᵀ(Xw − log(y + 10⁻⁶)): finite where a count yᵢ is 0, as log(yᵢ) is not."""
    X, w = RNG.normal(size=(6, 3)), RNG.normal(size=3)
    y = np.array([0.0, 2.0, 0.0, 5.0, 1.0, 3.0])  # counts with zeros, the reason for the ε
    gradient = _fd(lambda v: float(np.sum((np.log(y + 1e-6) - X @ v) ** 2)), w)
    assert np.allclose(gradient, 2 * X.T @ (X @ w - np.log(y + 1e-6)), rtol=1e-6, atol=1e-4)


def test_an_epsilon_in_a_log_of_the_data_is_no_guard_read_away():
    """audit44: 2Xᵀ(Xw − log(y + 10⁻⁶)), the exact gradient of Σ(log(y + 10⁻⁶) − Xw)², was judged 'different': the
    cost's ε was read away as a guard of log(0) while the answer, rightly, keeps it. Now equivalent, no guard note."""
    verdict = check("2 * X.T @ (X @ w - np.log(y + 1e-6))", cost="np.sum((np.log(y + 1e-6) - X @ w)**2)", wrt="w")
    assert verdict.verdict == "equivalent"
    assert not any("a guard against log(0)" in note for note in notes_of(verdict))


def test_a_guard_on_the_prediction_is_still_read_away():
    """log_guards' own case: Xᵀ(p − y)/m beside -mean(y log(p + 1e-9) + (1 − y) log(1 − p + 1e-9)) is the gradient."""
    verdict = check("X.T @ (p - y) / m", cost="-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))",
                    wrt="w", let=["p = sigmoid(X @ w)"])
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ fixf43: ∝ before a sum of squares


def test_a_gaussian_log_likelihood_and_its_proportional_form_differ_by_a_factor():
    """ℓ(β) = −Σ(yᵢ − xᵢᵀβ)²/(2σ²) + c has ∇ = Xᵀ(y − Xβ)/σ²; what ∝ writes, −½Σ(…)², has Xᵀ(y − Xβ): a factor σ²."""
    X, y, beta, sigma2 = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 4.0
    whole = _fd(lambda b: float(-np.sum((y - X @ b) ** 2) / (2 * sigma2) - 3.0), beta)
    written = _fd(lambda b: float(-np.sum((y - X @ b) ** 2) / 2), beta)
    assert np.allclose(whole, X.T @ (y - X @ beta) / sigma2, atol=1e-6)
    assert np.allclose(written, sigma2 * whole, atol=1e-5)


@pytest.mark.parametrize("cost, wrt", [
    # audit44: each was read with ∝ as '=' ('∝ before a log-likelihood drops an added constant'): by hand ∝ here
    # drops a factor — a loss ℓ's 1/2 or 1/n, a Gaussian's 1/(2σ²) — and the gradient is scaled by it
    (r"\ell(w) \propto \sum_{i=1}^n (y_i - w^T x_i)^2", "w_j"),
    (r"l(w) \propto \frac{1}{2}\sum_{i=1}^n (y_i - w^T x_i)^2", "w_j"),
    (r"\ell(\beta) \propto -\frac{1}{2}\sum_{i=1}^n (y_i - x_i^T\beta)^2", "beta_j"),
    (r"NLL(\beta) \propto \sum_{i=1}^n (y_i - x_i^T\beta)^2", "beta_j"),
    (r"\ell(\beta) \propto -\|y - X\beta\|_2^2", "beta_j"),
    ("l(beta) ∝ -sum((y_i - x_i^T beta)**2)", "beta_j"),
])
def test_proportional_before_a_sum_of_squares_is_refused(cost, wrt):
    """Refused at the ∝, with the reason."""
    error = refused_by_logderiv(lambda: derive(cost, wrt=wrt))
    assert "sum of squares" in str(error)


def test_proportional_before_a_poisson_log_likelihood_with_a_penalty_is_still_read():
    """ℓ(β) ∝ Σ(yᵢxᵢᵀβ − e^{xᵢᵀβ}) − λ‖β‖²: an added constant dropped (Σ log yᵢ!), the penalty no residual: read,
    ∇ = Σ(yᵢ − e^{xᵢᵀβ})xᵢ − 2λβ, checked by finite differences."""
    X, y, beta, lam = RNG.normal(size=(5, 2)), RNG.integers(0, 4, size=5), RNG.normal(size=2) / 3, 0.7
    cost = lambda b: float(np.sum(y * (X @ b) - np.exp(X @ b)) - lam * np.sum(b ** 2))
    assert np.allclose(_fd(cost, beta), X.T @ (y - np.exp(X @ beta)) - 2 * lam * beta, atol=1e-6)
    text = r"\ell(\beta) \propto \sum_{i=1}^n (y_i x_i^T\beta - e^{x_i^T\beta}) - \lambda\|\beta\|^2"
    assert any("∝" in note for note in notes_of(derive(text, wrt="beta_j")))
    assert_gradient_read(text, lambda d: float(np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta))
                                               - d.lam * np.sum(d.beta ** 2)), wrt=("beta_j",))


# ------------------------------------------------------------------ fixf43 / Ng's sum from 0: the intercept twice


def test_an_intercept_counted_twice_changes_the_gradient():
    """Σᵢ(yᵢ − θ₀ − Σₖ₌₁ⁿθₖxᵢₖ)², θ₀ once, has ∂/∂θ₀ = −2Σᵢ(…); read with θ₀ twice (2θ₀), −4Σᵢ(yᵢ − 2θ₀ − …): not it."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=4)
    once = _fd(lambda t: float(np.sum((y - t[0] - X @ t[1:]) ** 2)), theta)
    twice = _fd(lambda t: float(np.sum((y - 2 * t[0] - X @ t[1:]) ** 2)), theta)
    assert np.isclose(once[0], -2 * np.sum(y - theta[0] - X @ theta[1:]), atol=1e-6)
    assert not np.isclose(once[0], twice[0], atol=1e-3)


@pytest.mark.parametrize("cost, wrt", [
    # audit44: each was read with θ₀ twice, the one written and the sum's term 0 as θ₀·1 (a gradient with −2θ₀ in
    # it, ∂/∂θ₀ four times the residual): by hand the writer means θ₀ once (the sum from 1) or x₀ a data column
    (r"J(\theta) = \sum_{i=1}^m (y_i - \theta_0 - \sum_{j=0}^n \theta_j x_{ij})^2", "theta_j"),
    (r"J(\theta) = \sum_{i=1}^m (y_i - \theta_0 - \sum_{j=0}^n \theta_j x_{ij})^2", "theta_0"),
    (r"J(\beta) = \sum_{i=1}^n (y_i - \beta_0 - \sum_{j=0}^p \beta_j x_{ij})^2", "beta_j"),
    (r"J(\beta) = \sum_{i=1}^n (y_i - \beta_0 - \sum_{j=0}^p \beta_j x_{ij})^2", "beta_0"),
])
def test_an_intercept_beside_a_sum_from_zero_is_refused(cost, wrt):
    """Refused at the θ₀ written on its own."""
    error = refused_by_logderiv(lambda: derive(cost, wrt=wrt))
    assert "counted twice" in str(error)


def test_the_intercept_once_beside_a_sum_from_one_is_still_read():
    """θ₀ + Σ_{j=1}^{n}: the intercept once, read as written (∂/∂θ₀ = −2Σᵢ(yᵢ − θ₀ − Σₖθₖxᵢₖ))."""
    assert_gradient_read(r"J(\theta) = \sum_{i=1}^m (y_i - \theta_0 - \sum_{j=1}^n \theta_j x_{ij})^2",
                         lambda d: float(np.sum((d.y - d.theta0 - d.X @ d.theta) ** 2)), wrt=("theta_0", "theta_j"))


# ------------------------------------------------------------------ fixf42's code norm: code's own count of the features


def test_dividing_by_the_features_and_by_the_examples_differ():
    """‖Xθ − y‖²/n_features has ∇ = 2Xᵀ(Xθ − y)/n; the reading 1/m gave 2Xᵀ(Xθ − y)/m: with m ≠ n they differ."""
    X, y, theta = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    gradient = _fd(lambda t: float(np.linalg.norm(X @ t - y) ** 2 / X.shape[1]), theta)
    assert np.allclose(gradient, 2 * X.T @ (X @ theta - y) / 3, atol=1e-6)
    assert not np.allclose(gradient, 2 * X.T @ (X @ theta - y) / 7, atol=1e-3)


@pytest.mark.parametrize("count", ["X.shape[1]", "len(theta)", "theta.shape[0]"])
def test_code_s_count_of_the_features_under_a_squared_norm_is_not_read_as_m(count):
    """audit44: np.linalg.norm(X @ theta - y)**2 / X.shape[1] was read as (1/m)‖Xθ − y‖² ('n counts the examples
    here'), the letter n's guess applied to code that says it counts the columns: by hand 2Xᵀ(Xθ − y)/n, as the
    same cost with np.sum reads."""
    text = f"np.linalg.norm(X @ theta - y)**2 / {count}"
    derivation = derive(text, wrt="theta_j")
    assert not any("n counts the examples" in note for note in notes_of(derivation))
    assert_gradient_read(text, lambda d: float(np.linalg.norm(d.X @ d.theta - d.y) ** 2 / d.n))


def test_the_letter_n_under_a_squared_norm_still_counts_the_examples():
    """(1/n)‖Xθ − y‖², statistics' n: read as m, as before."""
    derivation = derive(r"\frac{1}{n}\|X\theta - y\|^2", wrt="theta_j")
    assert any("n counts the examples" in note for note in notes_of(derivation))


def test_a_log_penalty_keeps_its_epsilon_in_the_gradient():
    """λΣₖ log(wₖ² + 10⁻⁶) has ∂/∂wₖ = 2λwₖ/(wₖ² + 10⁻⁶), finite at wₖ = 0 (the ε's purpose), where 2λ/wₖ is not."""
    w, lam = np.array([0.0, 0.002, -1.3]), 0.5
    gradient = _fd(lambda v: float(lam * np.sum(np.log(v ** 2 + 1e-6))), w, step=1e-7)
    assert np.allclose(gradient, 2 * lam * w / (w ** 2 + 1e-6), rtol=1e-3)


def test_an_epsilon_in_a_log_of_the_parameters_alone_is_no_guard_read_away():
    """audit44: against ‖Xw − y‖² + λΣ log(w² + 10⁻⁶) (a log penalty) the exact gradient, with 2λw/(w² + 10⁻⁶), was
    judged 'different' and 2λ/w 'equivalent': the ε was read away as a guard of a prediction's log(0). Now the other
    way round."""
    cost = "np.sum((X @ w - y)**2) + lam * np.sum(np.log(w**2 + 1e-6))"
    exact = check("2 * X.T @ (X @ w - y) + lam * 2 * w / (w**2 + 1e-6)", cost=cost, wrt="w")
    without = check("2 * X.T @ (X @ w - y) + lam * 2 / w", cost=cost, wrt="w")
    assert (exact.verdict, without.verdict) == ("equivalent", "different")


@pytest.mark.parametrize("cost", [
    # audit44: read with ∝ as '=' and noted 'the gradient is the whole log-likelihood's', where by hand the whole
    # Poisson log-likelihood Σ(yᵢxᵢᵀβ − e^{xᵢᵀβ}) − Σ log yᵢ! has ∇ = Σ(yᵢ − e^{xᵢᵀβ})xᵢ, n (or ½) times what was given
    r"\ell(\beta) \propto \frac{1}{n}\sum_{i=1}^n (y_i x_i^T\beta - e^{x_i^T\beta})",
    r"\ell(\beta) \propto -\frac{1}{n}\sum_{i=1}^n (e^{x_i^T\beta} - y_i x_i^T\beta)",
    r"\ell(\beta) \propto 2\sum_{i=1}^n (y_i x_i^T\beta - e^{x_i^T\beta})",
    r"\ell(\theta) \propto \frac{1}{m}\sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))",
])
def test_proportional_before_a_constant_factor_is_refused(cost):
    """Refused at the ∝: it drops a factor there, not only an added constant."""
    wrt = "theta_j" if "theta" in cost else "beta_j"
    error = refused_by_logderiv(lambda: derive(cost, wrt=wrt))
    assert "constant factor" in str(error)


def test_the_mean_and_the_whole_poisson_log_likelihood_differ_by_n():
    """∇ of (1/n)Σ(yᵢηᵢ − e^{ηᵢ}) is (1/n)Σ(yᵢ − e^{ηᵢ})xᵢ, of Σ(…) n times that: what ∝ drops there is a factor."""
    X, y, beta = RNG.normal(size=(6, 2)), RNG.integers(0, 4, size=6), RNG.normal(size=2) / 3
    mean = _fd(lambda b: float(np.mean(y * (X @ b) - np.exp(X @ b))), beta)
    whole = _fd(lambda b: float(np.sum(y * (X @ b) - np.exp(X @ b))), beta)
    assert np.allclose(whole, X.T @ (y - np.exp(X @ beta)), atol=1e-6)
    assert np.allclose(whole, 6 * mean, atol=1e-5)


@pytest.mark.parametrize("answer, wrt", [
    # audit44: the answer's θ₀ + Σ_{k=0}^{n} θₖxₖ was read with θ₀ twice (2θ₀) and judged 'different' by θ₀ — a
    # confident verdict where the writer means θ₀ once (the sum from 1) or x₀ a data column; by θⱼ it was refused
    (r"\frac{1}{m}\sum_{i=1}^m(\theta_0 + \sum_{k=0}^n\theta_k x_k^{(i)} - y^{(i)})", "theta_0"),
    (r"\frac{1}{m}\sum_{i=1}^m(\theta_0 + \sum_{k=0}^n\theta_k x_k^{(i)} - y^{(i)})x_j^{(i)}", "theta_j"),
])
def test_an_answer_s_intercept_beside_a_sum_from_zero_is_refused(answer, wrt):
    """Refused, as in a cost, whatever the derivative is by."""
    cost = r"\frac{1}{2m}\sum_{i=1}^m(\sum_{k=0}^n\theta_k x_k^{(i)} - y^{(i)})^2"
    refused_by_logderiv(lambda: check(answer, cost=cost, wrt=wrt))


def test_an_answer_s_intercept_beside_a_sum_from_one_is_still_judged():
    """θ₀ + Σ_{k=1}^{n}: ∂J/∂θ₀ of Ng's (1/2m)Σ(Σ_{k=0}^{n}θₖxₖ − y)², x₀ = 1, is (1/m)Σ(θ₀ + Σₖθₖxₖ − y): equivalent."""
    cost = r"\frac{1}{2m}\sum_{i=1}^m(\sum_{k=0}^n\theta_k x_k^{(i)} - y^{(i)})^2"
    answer = r"\frac{1}{m}\sum_{i=1}^m(\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})"
    assert check(answer, cost=cost, wrt="theta_0").verdict == "equivalent"


# ------------------------------------------------------------------ fixf43: a power after the bold group \mathbf{Xw}


def test_the_power_of_a_product_and_of_its_last_letter_differ():
    """½‖(Xw)∘² − y‖²-like costs aside, (Xw)² and X(w²) differ: ∂/∂w of Σᵢ((Xw)ᵢ²) is 2Xᵀ(Xw), of Σᵢ(X(w∘w))ᵢ 2w∘(Xᵀ1)."""
    X, w = RNG.normal(size=(5, 3)), RNG.normal(size=3)
    of_product = _fd(lambda v: float(np.sum((X @ v) ** 2)), w)
    of_letter = _fd(lambda v: float(np.sum(X @ v ** 2)), w)
    assert np.allclose(of_product, 2 * X.T @ (X @ w), atol=1e-6)
    assert np.allclose(of_letter, 2 * w * X.sum(axis=0), atol=1e-6)
    assert not np.allclose(of_product, of_letter, atol=1e-3)


@pytest.mark.parametrize("power", ["^2", "^{2}"])
def test_a_power_after_a_bold_product_group_is_refused(power):
    """audit44: \\mathbf{Xw}^2 was read as (Xw)² ('the group {Xw}'), though the page shows Xw², X times w² as
    \\mathbf{X}\\mathbf{w}^2 is: both shapes hold. Refused; its transpose \\mathbf{Xw}^T stays (Xw)ᵀ."""
    cost = rf"\frac{{1}}{{2}}(\mathbf{{Xw}}{power} - \mathbf{{y}})^T(\mathbf{{X}}\mathbf{{w}} - \mathbf{{y}})"
    error = refused_by_logderiv(lambda: derive(cost, wrt="w_j"))
    assert "a power after a bold group" in str(error)
    transposed = derive(r"\frac{1}{2}(\mathbf{Xw}^T - \mathbf{y}^T)(\mathbf{X}\mathbf{w} - \mathbf{y})", wrt="w_j")
    assert any("read as the product X w" in note for note in notes_of(transposed))

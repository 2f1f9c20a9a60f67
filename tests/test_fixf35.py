"""fixf35 (issue 10): general readings for spellings wave f35 (tests/corpus/fresh_thirtyfifth.py) refused.

Each reading starts from the real text, quoted verbatim with its source. What a text means is held to a NumPy
function written here and checked by central finite differences (tests/_numeric.py), never to logderiv's own
output; the verdicts asked of logderiv are the ones those checks (and the corpus's hand-worked notes) give. Beside
each reading, near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np

from logderiv import check, derive
from logderiv.errors import InputError

from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(35)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- MathJax's x^\left( i \right) -------------------------------------------------------------------------------

#: Shuang Li's notes, 'Linear Regression With Single Variables', the first update's term after α (verbatim)
SHL_THETA0 = (r"\frac{1}{m} \sum_{i=1}^m {\left(h_\theta \left( x ^ \left( i \right) \right) - y^\left( i \right) "
              r"\right)}")
#: … and the second, whose bracket closes after x⁽ⁱ⁾ (so x multiplies y alone: a real mistake)
SHL_THETA1 = (r"\frac{1}{m} \sum_{i=1}^m {\left(h_\theta \left( x ^ \left( i \right) \right) - y^\left( i \right) "
              r"\cdot x^\left( i \right) \right)}")
SHL_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
SHL_LETS = (r"h_\theta(x) = \theta_0 + \theta_1 x",)
#: the page's own cost: a sum over k of terms in i (its typo), with MathJax's scripts
SHL_PAGE_COST = (r"J \left( \theta_0, \theta_1 \right) = \frac{1} {2m}\sum_{k=1}^m{ \left( h_\theta \left( x^ "
                 r"\left( i \right) \right) - y^\left( i \right) \right)^2}")


def _shl(theta, x, y):
    """By hand: (1/2m) Σ (θ₀ + θ₁xᵢ − yᵢ)²."""
    return np.sum((theta[0] + theta[1] * x - y) ** 2) / (2 * len(y))


def test_the_hand_gradient_of_the_one_variable_cost():
    """∂J/∂θ₀ = (1/m)Σ(h − y), and the page's second term (1/m)Σ(h − y·x) is not ∂J/∂θ₁ (finite differences)."""
    x, y, theta = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    gradient = _fd(lambda t: _shl(t, x, y), theta)
    h = theta[0] + theta[1] * x
    assert np.isclose(np.mean(h - y), gradient[0])
    assert np.isclose(np.mean((h - y) * x), gradient[1])
    assert not np.isclose(np.mean(h - y * x), gradient[1], rtol=1e-3)


def test_mathjax_scripts_in_the_answers_are_the_example_index():
    """x^\\left( i \\right) is x⁽ⁱ⁾: the θ₀ term is equivalent, the misplaced bracket different (as worked above)."""
    assert_verdict_read(SHL_THETA0, SHL_COST, "equivalent", wrt="theta_0", lets=SHL_LETS)
    assert_verdict_read(SHL_THETA1, SHL_COST, "different", wrt="theta_1", lets=SHL_LETS)
    notes = notes_of(check(SHL_THETA0, cost=SHL_COST, wrt="theta_0", let=SHL_LETS))
    assert any("MathJax sets a \\left…\\right group after a script sign as the whole script" in note
               for note in notes), notes


def test_the_page_cost_is_read_as_its_k_typo_twin():
    """Σ_k over terms in i (read as one index, as f9's twin is), with MathJax's scripts: (1/2m)Σ(θ₀ + θ₁x − y)²."""
    assert_gradient_read(SHL_PAGE_COST, lambda d: _shl(np.array([d.theta0, d.theta1]), d.x, d.y),
                         wrt=("theta_0", "theta_1"))


def test_other_sized_scripts_read_as_what_they_say():
    """e^\\left( -z \\right) is e^{-z}: log(1 + e^(−θᵀx)) has the gradient −σ(−θᵀx)x (finite differences)."""
    theta, x = _RNG.normal(size=3), _RNG.normal(size=3)
    by_hand = -_sigmoid(-theta @ x) * x
    assert np.allclose(by_hand, _fd(lambda t: np.log(1 + np.exp(-t @ x)), theta), atol=1e-7)
    verdict = check(r"-\sigma(-\theta^T x) x_j", cost=r"\log(1 + e^\left( -\theta^T x \right))", wrt="theta_j")
    assert verdict.verdict == "equivalent"


def test_a_sized_script_that_is_no_example_index_is_refused():
    """x^\\left( i+1 \\right) (no example's mark) and a sized script outside any sum keep their refusals."""
    refused(derive, r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^\left( i+1 \right) - y^{(i)})^2", wrt="theta_j")
    refused(derive, r"\frac{1}{2}(\theta^T x^\left( i \right) - y^\left( i \right))^2", wrt="theta_j")
    # TeX's own ^(i) is still a superscript '(' followed by 'i)'
    assert "superscript '('" in refused(derive, r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^(i) - y^{(i)})^2").message


# --- h(x, theta): the model called with the data and the parameters ---------------------------------------------

#: a Spanish Q&A on linear regression's cost (the asker's cost_ = …, verbatim), lets as the question writes them
MEJOR = "(1/m)*(x.T@(h_x - y))"
MEJOR_LETS = ("h_x = h(x, theta)", "m = x.shape[0]")


def _half_mse(theta, X, y):
    """By hand: the linear preset, (1/2m) Σ (xᵢ·θ − yᵢ)²."""
    return np.sum((X @ theta - y) ** 2) / (2 * len(y))


def test_the_hand_gradient_of_the_linear_preset():
    """(1/m) Xᵀ(Xθ − y) is ∇J; with y − Xθ it is −∇J (finite differences)."""
    X, y, theta = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    gradient = _fd(lambda t: _half_mse(t, X, y), theta)
    assert np.allclose(X.T @ (X @ theta - y) / 5, gradient)
    assert np.allclose(X.T @ (y - X @ theta) / 5, -gradient)


def test_h_of_the_data_and_the_parameters_is_the_presets_hypothesis():
    """h(x, theta) beside --cost linear is xθ: equivalent; the flipped residual different (worked above); noted."""
    assert_verdict_read(MEJOR, "linear", "equivalent", lets=MEJOR_LETS)
    assert_verdict_read("(1/m)*(x.T@(y - h_x))", "linear", "different", lets=MEJOR_LETS)
    notes = notes_of(check(MEJOR, cost="linear", wrt="theta_j", let=MEJOR_LETS))
    assert any(note.startswith("h(x, theta) is the model h of the cost (linear: h = θᵀx") for note in notes), notes


def test_h_of_the_data_beside_the_logistic_preset_is_its_sigmoid():
    """Beside --cost logistic, h(X, theta) is σ(Xθ), and (1/m)Xᵀ(σ(Xθ) − y) is the cross-entropy's gradient."""
    X, theta = _RNG.normal(size=(6, 3)), _RNG.normal(size=3)
    y = (_RNG.uniform(size=6) < 0.5).astype(float)

    def cross_entropy(t):
        p = _sigmoid(X @ t)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    assert np.allclose(X.T @ (_sigmoid(X @ theta) - y) / 6, _fd(cross_entropy, theta), atol=1e-7)
    assert_verdict_read("(1/m)*(X.T@(h(X, theta) - y))", "logistic", "equivalent")


def test_calls_that_name_another_model_keep_the_refusal():
    """h(x, w) beside θ, h(theta, x), a preset with no h (poisson), a per-example sum, a --let defining h."""
    for let, cost in (("h_x = h(x, w)", "linear"), ("h_x = h(theta, x)", "linear"), ("h_x = h(x, theta)", "poisson")):
        error = refused(check, MEJOR, cost=cost, wrt="theta_j", let=(let, "m = x.shape[0]"))
        assert "unexpected ','" in error.message, error.message
    assert "unexpected ','" in refused(check, "sum((h(x, theta) - y) * x_j)/m", cost="linear", wrt="theta_j").message



def test_a_let_defining_h_of_two_arguments_is_the_writers_model():
    """--let 'h(x, theta) = x @ theta ** 2' is the writer's own h (θ squared entrywise), not the preset's: the
    answer is then (1/m)xᵀ(xθ² − y), which is not ∇J (finite differences): different."""
    X, y, theta = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    assert not np.allclose(X.T @ (X @ theta ** 2 - y) / 5, _fd(lambda t: _half_mse(t, X, y), theta), rtol=1e-3)
    verdict = check(MEJOR, cost="linear", wrt="theta_j",
                    let=("h_x = h(x, theta)", "m = x.shape[0]", "h(x, theta) = x @ theta ** 2"))
    assert verdict.verdict == "different"
    assert not any(note.startswith("h(x, theta) is the model h") for note in notes_of(verdict))


# --- R: a package's function, and an answer's matrix let --------------------------------------------------------

#: RLGM's logistic_gradient (alpha * (lgm_gradient(w, X, t) / nrow(X)) without alpha), its lets verbatim
RLGM_ANSWER = "lgm_gradient(w, X, t) / nrow(X)"
RLGM_COST = "-mean(t * log(lgm_yhat(w, X)) + (1 - t) * log(1 - lgm_yhat(w, X)))"
RLGM_LETS = ("lgm_gradient(w, X, t) = t(X) %*% (lgm_yhat(w, X) - t)", "lgm_yhat(w, X) = e1071::sigmoid(X %*% w)")
#: an R negative log-likelihood's neg_gradient_logistic: return(-grad)
RNLL_LETS = ("p = 1 / (1 + exp(-X %*% beta))", "log_lik = sum(y * log(p) + (1 - y) * log(1 - p))",
             "grad = t(X) %*% (y - p)")


def _summed_cross_entropy(beta, X, y):
    p = _sigmoid(X @ beta)
    return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))


def test_the_hand_gradients_of_the_r_costs():
    """−Xᵀ(y − p) is ∇ of the summed cross-entropy and Xᵀ(σ(Xw) − t)/m of the mean one (finite differences)."""
    X, beta = _RNG.normal(size=(6, 3)), _RNG.normal(size=3)
    y = (_RNG.uniform(size=6) < 0.5).astype(float)
    gradient = _fd(lambda b: _summed_cross_entropy(b, X, y), beta)
    assert np.allclose(-X.T @ (y - _sigmoid(X @ beta)), gradient, atol=1e-6)
    assert np.allclose(X.T @ (_sigmoid(X @ beta) - y) / 6, gradient / 6, atol=1e-6)


def test_a_known_function_through_its_package_is_that_function():
    """e1071::sigmoid is σ: the averaged gradient is equivalent (worked above), noted."""
    assert_verdict_read(RLGM_ANSWER, RLGM_COST, "equivalent", wrt="w_j", lets=RLGM_LETS)
    notes = notes_of(check(RLGM_ANSWER, cost=RLGM_COST, wrt="w_j", let=RLGM_LETS))
    assert "read as R: e1071::sigmoid(…) is sigmoid(…), e1071 only names the package that provides it" in notes, notes


def test_an_unknown_function_through_its_package_is_refused():
    """e1071::logit is no function logderiv knows: refused at it, naming the package, never guessed."""
    error = refused(check, RLGM_ANSWER, cost=RLGM_COST, wrt="w_j",
                    let=(RLGM_LETS[0], "lgm_yhat(w, X) = e1071::logit(X %*% w)"))
    assert "e1071::logit" in error.message and error.column == 17


def test_an_answers_matrix_let_with_r_transpose_is_put_in():
    """-grad with grad = t(X) %*% (y − p): equivalent; grad alone is the log-likelihood's gradient: different."""
    assert_verdict_read("-grad", "-log_lik", "equivalent", wrt="beta_j", lets=RNLL_LETS)
    assert_verdict_read("grad", "-log_lik", "different", wrt="beta_j", lets=RNLL_LETS)


def test_a_matrix_let_of_another_shape_is_refused():
    """grad = X %*% t(X) is m×m and t(X) %*% X n×n: neither is a gradient, refused at the answer."""
    for value in ("X %*% t(X)", "t(X) %*% X"):
        error = refused(check, "-grad", cost="-log_lik", wrt="beta_j", let=(*RNLL_LETS[:2], f"grad = {value}"))
        assert "a matrix answer must be n×1" in error.message, error.message


def test_a_function_let_called_with_other_arguments_is_not_the_lets_value():
    """lgm_gradient(X, w, t): the arguments swapped make X·w's product ill-shaped, refused (not read as the let)."""
    with_swapped = RLGM_ANSWER.replace("(w, X, t)", "(X, w, t)")
    assert isinstance(refused(check, with_swapped, cost=RLGM_COST, wrt="w_j", let=RLGM_LETS), InputError)

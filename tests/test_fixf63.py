"""fixf63: the readings and refusals the blind wave f63 (typed answers, notebooks and course code) asked for.

Each reading is what the writer clearly means by the conventions of ML code, and each is noted; where the text
is ambiguous logderiv refuses with the readings named. The mathematics is held to central finite differences of
a NumPy cost written here by hand (tests/_numeric.py), never to logderiv's own output:

* ``w_grad = …``, ``b_grad = …`` (Deep Learning with PyTorch Step-by-Step): the parameter before the word grad
  names the gradient by it, as ``grad_w`` does; ``x_train_tensor``, a code name with two underscores, is the one
  feature as ``x_train`` is;
* ``grad(gradCtr) = … X(:,gradCtr) … theta(gradCtr)`` (a blog's Octave loop): an entry by a word that indexes only
  the columns of X and the parameters' entries is entry j; its ``(sigX-y)’`` is a word processor's prime;
* ``grad_data = …`` (a GLM's Octave): the gradient of the data term is the cost's only where the cost is that term
  alone; beside a penalty it is refused.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused

_RNG = np.random.default_rng(63)


# ------------------------------------------------------------------ w_grad, b_grad; x_train_tensor
MSE = "(error ** 2).mean()"
BY_B = "b_grad = 2 * error.mean()"
BY_W = "w_grad = 2 * (x_train_tensor * error).mean()"
LETS = ("error = (yhat - y_train_tensor)", "yhat = b + w * x_train_tensor")
#: dvgodoy's issue 21: the error written the other way round, so the book's lines are −∇MSE
FLIPPED = ("error = (y_train_tensor - yhat)", "yhat = b + w * x_train_tensor")


def test_the_one_feature_mse_gradients_by_finite_differences():
    # by hand: ∂/∂b mean((b + wx − y)²) = 2 mean(e), ∂/∂w = 2 mean(x e), e = b + wx − y
    x, y = _RNG.normal(size=6), _RNG.normal(size=6)
    b, w = 0.4, -1.3

    def mse(params):
        return float(np.mean((params[0] + params[1] * x - y) ** 2))

    error = b + w * x - y
    assert np.allclose(central_differences(mse, np.array([b, w])), [2 * error.mean(), 2 * (x * error).mean()],
                       atol=1e-6)


@pytest.mark.parametrize("answer, wrt", [(BY_B, "b"), (BY_W, "w")])
def test_the_parameter_before_grad_names_the_gradient_by_it(answer, wrt):
    result = logderiv.check(answer, cost=MSE, wrt=wrt, let=LETS)
    assert result.verdict == "equivalent"
    name = answer.split(" ")[0]
    assert any(f"the left side {name} = names the gradient ∂J/∂{wrt}" in note for note in result.notes), result.notes
    assert any("x_train_tensor is the data x" in note for note in result.notes), result.notes


@pytest.mark.parametrize("answer, wrt", [(BY_B, "b"), (BY_W, "w")])
def test_with_the_error_flipped_the_lines_are_the_negative_gradient(answer, wrt):
    assert logderiv.check(answer, cost=MSE, wrt=wrt, let=FLIPPED).verdict == "different"


def test_w_grad_beside_wrt_b_is_refused_as_another_parameters():
    error = refused(logderiv.check, BY_W, cost=MSE, wrt="b", let=LETS)
    assert "names the gradient by w" in str(error)


def test_a_cost_named_w_grad_is_still_refused():
    assert "names a gradient" in str(refused(logderiv.derive, "w_grad = sum((w*x - y)^2)", wrt="w"))


# ------------------------------------------------------------------ grad(gradCtr) = …; the typographic ’
LOGISTIC_L2 = "logistic-l2"
GRADCTR = "grad(gradCtr) = 1/m * ((sigX-y)’ * X(:,gradCtr)) + lambda/m*theta(gradCtr);"
SIGX = ("sigX = sigmoid(X*theta)",)


def _logistic_l2(X, y, lam):
    def cost(theta):
        h = 1 / (1 + np.exp(-X @ theta))
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * len(y)) * np.sum(theta[1:] ** 2))
    return cost


def test_the_regularised_logistic_gradient_by_finite_differences():
    # by hand: ∂J/∂θⱼ = (1/m)(σ − y)ᵀX(:, j) + (λ/m)θⱼ for j ≥ 2 (Octave's numbering; θ₁ unpenalised)
    X, y, theta, lam = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float), _RNG.normal(size=3), 0.7
    h = 1 / (1 + np.exp(-X @ theta))
    numeric = central_differences(_logistic_l2(X, y, lam), theta)
    assert np.allclose(numeric[1:], (X.T @ (h - y) / 7 + lam / 7 * theta)[1:], atol=1e-6)
    assert not np.allclose(numeric[1:], (X.T @ (h - y) / 7 + lam / 14 * theta)[1:], atol=1e-6)


def test_an_entry_by_a_word_that_indexes_only_columns_and_parameters_is_entry_j():
    result = logderiv.check(GRADCTR, cost=LOGISTIC_L2, wrt="theta_j", let=SIGX)
    assert result.verdict == "equivalent"
    assert any("the left side grad(gradCtr) = names entry gradCtr of the gradient" in note for note in result.notes)
    assert any("’ (a typographic apostrophe" in note for note in result.notes), result.notes


def test_the_entry_by_a_word_with_the_half_kept_is_different():
    answer = GRADCTR.replace("lambda/m", "lambda/(2*m)")
    assert logderiv.check(answer, cost=LOGISTIC_L2, wrt="theta_j", let=SIGX).verdict == "different"


def test_an_entry_by_a_word_written_elsewhere_is_refused():
    # gradCtr also stands alone: a feature's index or an example's, the lines do not say (X(:,gradCtr) is then
    # left as written, which the reader refuses before the checker can say so)
    answer = "grad(gradCtr) = 1/m * ((sigX-y)' * X(:,gradCtr)) + lambda/m*gradCtr;"
    refused(logderiv.check, answer, cost=LOGISTIC_L2, wrt="theta_j", let=SIGX)


def test_grad_of_theta_is_no_entry():
    # grad(theta) = … is the gradient as a function of θ, not its entry θ: left to the plain reader, which refuses
    # a left side that names a gradient beside no --wrt entry it could be
    refused(logderiv.check, "grad(theta) = 1/m * X'*(sigmoid(X*theta) - y)", cost=LOGISTIC_L2, wrt="b")


def test_a_curly_quote_after_a_space_is_not_a_prime():
    refused(logderiv.check, "1/m * X ’ * (sigmoid(X*theta) - y)", cost="logistic", wrt="theta_j")


# ------------------------------------------------------------------ grad_data = …
GAUSS = "nll = 0.5 * sum(residuals.^2);"
GAUSS_LOG = ("residuals = y - mu", "mu = exp(Xw)", "Xw = X * w")


def test_the_log_link_gradient_by_finite_differences():
    # by hand: ∂/∂w ½Σ(y − e^{Xw})² = −Xᵀ((y − μ) ⊙ μ), μ = e^{Xw}; without the factor μ it is not
    X, y, w = _RNG.normal(size=(6, 2)) * 0.5, _RNG.normal(size=6), _RNG.normal(size=2) * 0.5

    def nll(v):
        return float(0.5 * np.sum((y - np.exp(X @ v)) ** 2))

    mu = np.exp(X @ w)
    numeric = central_differences(nll, w)
    assert np.allclose(numeric, -X.T @ ((y - mu) * mu), atol=1e-6)
    assert not np.allclose(numeric, -X.T @ (y - mu), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [("grad_data = -X' * (residuals .* mu);", "equivalent"),
                                             ("grad_data = -X' * residuals;", "different")])
def test_grad_data_beside_a_cost_that_is_its_data_term_alone(answer, verdict):
    result = logderiv.check(answer, cost=GAUSS, wrt="w_j", let=GAUSS_LOG)
    assert result.verdict == verdict
    assert any("grad_data = names the gradient of the cost's data term, and this cost is that term alone" in note
               for note in result.notes), result.notes


def test_grad_data_beside_a_penalty_is_refused():
    # (1/m)Xᵀ(σ − y) is the data term's gradient and not the regularised cost's: which is claimed is not said
    error = refused(logderiv.check, "grad_data = 1/m * X'*(sigmoid(X*theta) - y)", cost=LOGISTIC_L2, wrt="theta_j")
    assert "has a term beside it (a penalty)" in str(error)


# ------------------------------------------------------------------ NumPy's 1-D @; lmd, lmb; a let that is a number
YYD_LOSS = "loss = -(y @ np.log(sigmoid(X @ theta)) + (1 - y) @ np.log(1 - sigmoid(X @ theta))) / m"
YYD_ALL = (YYD_LOSS, "reg = lmd / (2 * m) * theta @ theta", "m = y.size")
YYD_TAIL = (YYD_LOSS, "reg = lmd / (2 * m) * theta[1:] @ theta[1:]", "m = y.size")
YYD_GRAD = "1 / m * X.T @ (sigmoid(X @ theta) - y) + lmd / m * theta"
YYD_GRAD_ZERO = "1 / m * X.T @ (sigmoid(X @ theta) - y) + lmd / m * np.insert(theta[1:], 0, 0)"


def _yyding(X, y, lam, first):
    def cost(theta):
        h = 1 / (1 + np.exp(-X @ theta))
        return float(-(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / len(y)
                     + lam / (2 * len(y)) * theta[first:] @ theta[first:])
    return cost


def test_the_ex2_ports_gradients_by_finite_differences():
    # by hand: (1/m)Xᵀ(σ − y) + (λ/m)θ with θ₀ penalised; with theta[1:] the θ₀ entry has no (λ/m)θ₀
    X, y, theta, lam = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float), _RNG.normal(size=3), 0.9
    h = 1 / (1 + np.exp(-X @ theta))
    data = X.T @ (h - y) / 7
    assert np.allclose(central_differences(_yyding(X, y, lam, 0), theta), data + lam / 7 * theta, atol=1e-6)
    zeroed = np.concatenate([[0.0], theta[1:]])
    assert np.allclose(central_differences(_yyding(X, y, lam, 1), theta), data + lam / 7 * zeroed, atol=1e-6)
    assert not np.allclose(data + lam / 7 * theta, data + lam / 7 * zeroed)


@pytest.mark.parametrize("answer, lets, verdict", [(YYD_GRAD, YYD_ALL, "equivalent"),
                                                   (YYD_GRAD, YYD_TAIL, "different"),
                                                   (YYD_GRAD_ZERO, YYD_TAIL, "equivalent")])
def test_numpy_at_of_two_vectors_of_the_examples_and_of_the_tails(answer, lets, verdict):
    result = logderiv.check(answer, cost="loss + reg", wrt="theta_j", let=lets)
    assert result.verdict == verdict
    notes = [*result.notes, *result.problem.notes]
    assert any("u @ v of two vectors of the examples runs only with 1-D arrays" in note for note in notes), notes
    assert any("lmd: code's name for λ" in note for note in notes), notes


def test_the_tails_inner_product_is_noted():
    result = logderiv.derive("loss + reg", wrt="theta_j", let=YYD_TAIL)
    assert any("its last @ taking the 1-D vector theta[1:] on both sides" in note for note in result.notes)


def test_two_different_tails_are_still_refused():
    # theta[1:] @ w[1:]: two vectors, which the text does not say are the same length or what they are
    refused(logderiv.derive, "lmd * theta[1:] @ w[1:] + np.mean((X @ theta - y)**2)", wrt="theta_j")


RIDGE = "np.mean((X @ theta - y)**2) + lam*np.sum(theta**2)"


def test_the_ridge_gradient_by_finite_differences():
    # by hand: ∇[(1/n)‖Xθ − y‖² + λ‖θ‖²] = (2/n)Xᵀ(Xθ − y) + 2λθ; with the data term's sign flipped it is not
    X, y, theta, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.6

    def cost(v):
        return float(np.mean((X @ v - y) ** 2) + lam * np.sum(v ** 2))

    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, 2 / 6 * X.T @ (X @ theta - y) + 2 * lam * theta, atol=1e-6)
    assert not np.allclose(numeric, -2 / 6 * X.T @ (X @ theta - y) + 2 * lam * theta, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [("(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta", "equivalent"),
                                             ("-(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta", "different")])
def test_a_matrix_answers_let_of_no_example_is_one_number(answer, verdict):
    # --let lmb = lam holds nothing of an example: a number beside θ, not the m×1 vector of its copies
    result = logderiv.check(answer, cost=RIDGE, wrt="theta_j", let=("n = y.shape[0]", "lmb = lam"))
    assert result.verdict == verdict


def test_a_matrix_answers_let_of_half_the_strength_is_different():
    # 2·(λ/2)θ = λθ is not the penalty's 2λθ
    result = logderiv.check("(2.0/n) * X.T @ (X @ theta - y) + 2*lmb*theta", cost=RIDGE, wrt="theta_j",
                            let=("n = y.shape[0]", "lmb = 0.5*lam"))
    assert result.verdict == "different"


# ------------------------------------------------------------------ Octave: (tX)', comments per line, v(1) = 0, norm
ZRF_COST = "L = (y)' * tX * beta - sum(log(1 + exp(tX * beta)));\n    L = -L + lambda * ((beta)'*beta);\n    L = L/N;"
ZRF_G = "g =  (tX)' * (exp(tX*beta)./(1 + exp(tX*beta)) - y);\n    g = (g + 2 * lambda *beta)/N;"


def _pen_logistic(X, y, lam):
    def cost(beta):
        z = X @ beta
        return float((-(y @ z - np.sum(np.log(1 + np.exp(z)))) + lam * beta @ beta) / len(y))
    return cost


def test_the_penalised_logistic_gradient_by_finite_differences():
    # by hand: ∇L = (Xᵀ(σ(Xβ) − y) + 2λβ)/N; without the 2 and the /N it is not
    X, y, beta, lam = _RNG.normal(size=(6, 3)), (_RNG.random(6) > 0.5).astype(float), _RNG.normal(size=3), 0.8
    p = 1 / (1 + np.exp(-X @ beta))
    numeric = central_differences(_pen_logistic(X, y, lam), beta)
    assert np.allclose(numeric, (X.T @ (p - y) + 2 * lam * beta) / 6, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (p - y) + lam * beta, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [(ZRF_G, "equivalent"),
                                             (ZRF_G.replace("g = (g + 2 * lambda *beta)/N;", "g = g + lambda *beta;"),
                                              "different")])
def test_the_labs_tx_transposed_in_brackets_is_the_data_matrix(answer, verdict):
    result = logderiv.check(answer, cost=ZRF_COST, wrt="beta_j", let=("N = length(y)",))
    assert result.verdict == verdict
    assert any("tx is the EPFL labs' x̃" in note for note in [*result.notes, *result.problem.notes])


def test_an_octave_comment_after_each_statement_is_dropped():
    from _reading import assert_gradient_read

    text = ("L = (y)' * tX * beta - sum(log(1 + exp(tX * beta))); % log likelyhood of beta\n"
            "    L = -L ; % negetaive as cost function\n    L = L/N;")

    def mean_nll(d):
        z = d.X @ d.beta
        return -float(d.y @ z - np.sum(np.log(1 + np.exp(z)))) / d.m

    assert_gradient_read(text, mean_nll, wrt=("beta_j",), lets=("N = length(y)",))


OCT_COST = ("J = (- 1/trainingExamples)*(y'*log(estimatedResults)+(1- y)'*log(1-estimatedResults))+"
            "(lambda/(2*trainingExamples))*(sum(theta.^ 2)-theta(1)^ 2);")
OCT_LETS = ("gradientVector(theta, X, y) = (1 / trainingExamples) * (X' * (sigmoid(X * theta) - y))",
            "trainingExamples = length(y)", "estimatedResults = sigmoid(X * theta)")
OCT_GRAD = ("gradient = gradientVector(theta, X, y);\n    modifiedHypothesis = (lambda / trainingExamples) * theta;\n"
            "    modifiedHypothesis(1) = 0;\n    gradient = gradient + modifiedHypothesis;")


@pytest.mark.parametrize("answer, verdict", [
    (OCT_GRAD, "equivalent"),
    # the zeroing left out: θ₁'s entry gets (λ/m)θ₁, which the penalty (theta(1) taken out) does not give
    (OCT_GRAD.replace("    modifiedHypothesis(1) = 0;\n", ""), "different")])
def test_a_helper_zeroed_on_its_first_entry_is_the_penalty_without_the_intercept(answer, verdict):
    # by hand (test_the_regularised_logistic_gradient_by_finite_differences above): (1/m)Xᵀ(σ − y) + (λ/m)[0; θ(2:end)]
    result = logderiv.check(answer, cost=OCT_COST, wrt="theta_j", let=OCT_LETS)
    assert result.verdict == verdict
    if verdict == "equivalent":
        assert any("then modifiedHypothesis(1) = 0, is" in note for note in result.notes), result.notes


def test_a_helper_zeroed_and_then_changed_again_is_not_read_so():
    answer = OCT_GRAD.replace("    gradient = gradient + modifiedHypothesis;",
                              "    modifiedHypothesis(2) = 0;\n    gradient = gradient + modifiedHypothesis;")
    refused(logderiv.check, answer, cost=OCT_COST, wrt="theta_j", let=OCT_LETS)


SHANNON = "J =(1/m)*sum(-y.*log(h) - (1-y).*log(1-h))+(lambda/(2*m))*norm(theta([2:end]))^2;"
SHANNON_LETS = ("h = sigmoid(z)", "z = X * theta", "m = length(y)")


def test_the_norm_of_the_parameters_without_the_first_is_read():
    from _reading import assert_gradient_read

    def reg_logistic(d):
        h = 1 / (1 + np.exp(-d.X @ d.theta))
        return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)) + d.lam / (2 * d.m) * d.theta[1:] @ d.theta[1:])

    assert_gradient_read(SHANNON, reg_logistic, lets=SHANNON_LETS)


@pytest.mark.parametrize("answer, verdict", [
    ("regular = lambda/m .* theta;\nregular(1) = 0; \n\ngrad = (1/m).*X' * (h-y) + regular;", "equivalent"),
    ("regular = lambda .* theta;\nregular(1) = 0; \n\ngrad = (1/m).*X' * (h-y) + regular;", "different")])
def test_a_zeroed_helper_before_the_gradients_line(answer, verdict):
    assert logderiv.check(answer, cost=SHANNON, wrt="theta_j", let=SHANNON_LETS).verdict == verdict


def test_the_norm_of_another_slice_stays_refused():
    refused(logderiv.derive, "(lambda/(2*m))*norm(theta(3:end))^2 + sum((X*theta - y).^2)", wrt="theta_j")

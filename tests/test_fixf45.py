"""Issue 10, the f45 wave's families (fixf45): TensorFlow.js method chains, a --let name with a trailing underscore,
the chain h = θ·x = θ₀ + θ₁x₁ beside J(θ₀, θ₁).

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortyfifth.py). Each gradient is held to
finite differences of a NumPy cost written here by hand (tests/_numeric.py, or the corpus judge through
tests/_reading.py); each verdict is worked out by hand in the comment beside it. Near-variants that mean something
else must be refused or read right, never misread.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ TensorFlow.js: method chains read left to right

# source: https://github.com/Himanshuraj677/javascript-machine-learning/blob/fb3bf6765f422361fbb4e8ca9322516b320bcd56/
# 03-gas-mileage-calculator/linear-regression-V2.js (recordMSE(), gradientDescent()'s const slopes)
TFJS_MSE = (
    "this.features\n      .matMul(this.weights)\n      .sub(this.labels)\n      .pow(2)\n      .sum()\n"
    "      .div(this.features.shape[0])"
)
TFJS_SLOPES = "this.features\n      .transpose()\n      .matMul(differences)\n      .div(this.features.shape[0])"
TFJS_LIN_LETS = ("differences = currentGuesses.sub(this.labels)", "currentGuesses = this.features.matMul(this.weights)")
# source: https://github.com/Himanshuraj677/javascript-machine-learning/blob/0f62993baacae39d16a067fcc701ecb0fb995370/
# 04-smog-test/logistic-regression.js (recordCost()'s const cost, gradientDescent(features, labels)'s const slopes)
TFJS_COST = "termOne\n      .add(termTwo)\n      .div(this.features.shape[0])\n      .mul(-1)"
TFJS_COST_LETS = (
    "termOne = this.labels.transpose().matMul(guesses.log())",
    "termTwo = this.labels\n      .mul(-1)\n      .add(1)\n      .transpose()\n      .matMul(guesses.mul(-1).add(1).log())",
    "guesses = this.features.matMul(this.weights).sigmoid()",
)
TFJS_LOG_SLOPES = "features\n      .transpose()\n      .matMul(differences)\n      .div(features.shape[0])"
TFJS_LOG_LETS = ("differences = currentGuesses.sub(labels)", "currentGuesses = features.matMul(this.weights).sigmoid()")


def _mse_w(d):
    """Σ(Xw − y)²/n, the MSE recordMSE computes (by hand)."""
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _logistic_mean_w(d):
    """−(1/n)[yᵀlog σ(Xw) + (1 − y)ᵀlog(1 − σ(Xw))], the mean cross-entropy (by hand)."""
    p = _sigmoid(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_the_gradients_the_verdicts_rest_on_match_finite_differences():
    # by hand: ∇ Σ(Xw − y)²/n = 2Xᵀ(Xw − y)/n; ∇ of the mean cross-entropy of σ(Xw) = Xᵀ(σ(Xw) − y)/n
    rng = np.random.default_rng(45)
    X, y, w = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3)
    mse = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) / 5, w)
    assert np.allclose(mse, 2 * X.T @ (X @ w - y) / 5, atol=1e-6)
    p = _sigmoid(X @ w)
    cross = central_differences(
        lambda v: -float(np.mean(y * np.log(_sigmoid(X @ v)) + (1 - y) * np.log(1 - _sigmoid(X @ v)))), w)
    assert np.allclose(cross, X.T @ (p - y) / 5, atol=1e-6)


def test_a_tfjs_mse_chain_is_read_as_the_mean_squared_error():
    assert_gradient_read(TFJS_MSE, _mse_w, wrt=("weights_j",))
    notes = notes_of(logderiv.derive(TFJS_MSE, wrt="weights_j"))
    assert any(note.startswith("read as TensorFlow.js, a method chain applied left to right: this.features.matMul(")
               for note in notes)
    assert any(note.startswith("read as TensorFlow.js: matMul is the matrix product") for note in notes)


def test_a_tfjs_cost_chain_through_its_lets_is_the_mean_cross_entropy():
    # termOne + termTwo = yᵀlog g + (1 − y)ᵀlog(1 − g), over n, times −1: the mean cross-entropy of g = σ(Xw)
    assert_gradient_read(TFJS_COST, _logistic_mean_w, wrt=("weights_j",), lets=TFJS_COST_LETS)


@pytest.mark.parametrize("answer, verdict", [
    (TFJS_SLOPES, "different"),  # Xᵀ(Xw − y)/n is half of 2Xᵀ(Xw − y)/n (the source leaves .mul(2) out on purpose)
    (TFJS_SLOPES + "\n      .mul(2)", "equivalent"),  # the variant with .mul(2) put back: 2Xᵀ(Xw − y)/n
    # variant: .mul(2) on another link, (2Xᵀ)(Xw − y)/n, is the same number: read exactly, equivalent
    ("this.features.transpose().mul(2).matMul(differences).div(this.features.shape[0])", "equivalent"),
    # variant: .mul(-1) at the end is −1 times the gradient
    (TFJS_SLOPES + ".mul(2).mul(-1)", "different"),
])
def test_tfjs_slopes_of_the_mse(answer, verdict):
    assert_verdict_read(answer, TFJS_MSE, verdict, wrt="weights_j", lets=TFJS_LIN_LETS)


def test_tfjs_slopes_against_the_logistic_preset_by_the_code_weights():
    # Xᵀ(σ(Xw) − y)/n is the logistic preset's gradient with θ named weights (no intercept apart: Xw is the whole model)
    assert_verdict_read(TFJS_LOG_SLOPES, "logistic", "equivalent", wrt="weights_j", lets=TFJS_LOG_LETS)
    verdict = logderiv.check(TFJS_LOG_SLOPES, cost="logistic", wrt="weights_j", let=TFJS_LOG_LETS)
    assert any("weights as θ (the intercept a feature of ones)" in note for note in notes_of(verdict))


def test_a_bias_beside_the_code_weights_keeps_the_preset_refused():
    # variant: σ(Xw + bias): an intercept apart, which the preset (θᵀx, a column of ones) is not said to have
    lets = ("differences = currentGuesses.sub(labels)", "currentGuesses = features.matMul(this.weights).add(bias).sigmoid()")
    error = refused(logderiv.check, TFJS_LOG_SLOPES, cost="logistic", wrt="weights_j", let=lets)
    assert "does not contain weights_j" in str(error)


@pytest.mark.parametrize("text, said", [
    # variant: a sum over an axis is a vector, not the number the cost is
    ("this.features.matMul(this.weights).sub(this.labels).pow(2).sum(0)", "'.sum(0)' is TensorFlow.js's sum over an axis"),
    ("this.features.matMul(this.weights).sub(this.labels).pow(2).mean(1)", "'.mean(1)' is TensorFlow.js's mean over"),
    # variant: a method outside the table is not guessed
    ("this.features.matMul(this.weights).relu().sub(this.labels).pow(2).sum()", "'.relu(…)' is a TensorFlow.js method"),
])
def test_a_chain_that_is_not_exact_is_refused(text, said):
    assert said in str(refused(logderiv.derive, text, wrt="weights_j"))


def test_the_square_of_the_sum_is_read_as_written():
    # variant: .sum().pow(2) squares the sum of the residuals, (Σ(Xw − y))²/n: read so (by hand, below), no MSE
    def square_of_sum(d):
        return float(np.sum(d.X @ d.w - d.y)) ** 2 / d.m

    assert_gradient_read("this.features.matMul(this.weights).sub(this.labels).sum().pow(2).div(this.features.shape[0])",
                         square_of_sum, wrt=("weights_j",))


# ------------------------------------------------------------------ a --let name with a trailing underscore

# source: public code index file 32460034212 (Python, class PoissonRegressionScratch, fit(), '# Gradient of
# log-likelihood'); the cost is the Poisson log-likelihood the corpus item grades against
POIS_LL = r"\ell(\beta) = \sum_{i=1}^{n} \left( y_i \mathbf{x}_i^\top \beta - e^{\mathbf{x}_i^\top \beta} \right)"
POIS_LETS = ("lambda_ = np.exp(X_b @ self.beta)",)


def test_the_poisson_log_likelihood_gradient_by_hand():
    # ∇ Σ(yᵢxᵢᵀβ − e^{xᵢᵀβ}) = Xᵀ(y − e^{Xβ}) (by hand), held to finite differences
    rng = np.random.default_rng(4545)
    X, y, beta = rng.normal(size=(6, 2)), rng.poisson(2.0, size=6).astype(float), rng.normal(size=2) / 2
    found = central_differences(lambda b: float(np.sum(y * (X @ b) - np.exp(X @ b))), beta)
    assert np.allclose(found, X.T @ (y - np.exp(X @ beta)), atol=1e-5)


@pytest.mark.parametrize("answer, verdict", [
    ("X_b.T @ (y - lambda_)", "equivalent"),  # Xᵀ(y − λ), λ = e^{Xβ}: the log-likelihood's gradient (above)
    ("X_b.T @ (lambda_ - y)", "different"),  # the variant: −1 times it, the negative log-likelihood's
])
def test_lambda_underscore_defined_by_a_let_is_the_rate(answer, verdict):
    assert_verdict_read(answer, POIS_LL, verdict, wrt="beta_j", lets=POIS_LETS)
    notes = notes_of(logderiv.check(answer, cost=POIS_LL, wrt="beta_j", let=POIS_LETS))
    assert any(note.startswith("lambda_ is one name, defined with --let (a name of code: a trailing _ is Python's way")
               for note in notes)


def test_another_trailing_underscore_name_is_one_name_too():
    # variant: mu_ for the rate, the same rule under another name
    assert_verdict_read("X_b.T @ (y - mu_)", POIS_LL, "equivalent", wrt="beta_j", lets=("mu_ = np.exp(X_b @ beta)",))


def test_lambda_underscore_no_let_defines_is_still_the_penalty():
    # variant: lambda_ undefined beside the linear-l2 preset is λ: (Xᵀ(Xθ − y) + λθ)/m is its gradient (by hand:
    # ∂/∂θ of (1/2m)Σ(θᵀx − y)² + (λ/2m)Σθₖ²)
    assert_verdict_read("(X.T @ (X @ theta - y) + lambda_*theta)/m", "linear-l2", "equivalent")


# ------------------------------------------------------------------ h = θ·x = θ₀ + θ₁x₁ beside J(θ₀, θ₁)

# source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored question 'Linear Regression to Minimize
# the Cost Function', 'Linear regression aims to minimize the Cost Function')
MIN_J = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x_i) - y_i \right)^2"
MIN_LET = r"h_\theta(x) = \theta \cdot x = \theta_0 + \theta_1 x_1"


def _half_mean_sq_theta01(d):
    """(1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)², one feature (by hand)."""
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def test_the_declared_components_make_the_chain_the_one_feature_line():
    assert_gradient_read(MIN_J, _half_mean_sq_theta01, wrt=("theta_0", "theta_1"), lets=(MIN_LET,))
    notes = notes_of(logderiv.derive(MIN_J, wrt="theta_1", let=(MIN_LET,)))
    assert any(note.startswith("the cost's left side declares exactly theta_0 and theta_1") for note in notes)


@pytest.mark.parametrize("cost, let", [
    # variant: J(θ) declares no components: θᵀx over every feature, and θ₀ by --wrt is refused as before
    (r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x_i) - y_i \right)^2", MIN_LET),
    # variant: three components declared, a chain written out for one feature: which model is not said
    (r"J(\theta_0, \theta_1, \theta_2) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x_i) - y_i \right)^2", MIN_LET),
])
def test_a_chain_the_left_side_does_not_match_stays_refused(cost, let):
    assert "numbered component" in str(refused(logderiv.derive, cost, wrt="theta_1", let=(let,)))


def test_a_chain_written_out_further_is_no_one_feature_line():
    # variant: θ₀ + θ₁x₁ + θ₂x₂ has two features beside J(θ₀, θ₁): refused (x a vector and a number), not misread
    refused(logderiv.derive, MIN_J, wrt="theta_1",
            let=(r"h_\theta(x) = \theta \cdot x = \theta_0 + \theta_1 x_1 + \theta_2 x_2",))


# ------------------------------------------------------------------ the gist's column X[:, i], i the component

# source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of a GitHub gist 'Logistic
# Regression' (Python) and its discussion: def compute_cost's J =, def compute_grad's grad[i] =)
GIST_J = (
    "(1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))"
)
GIST_LETS = ("sumdelta = delta.T.dot(X[:, i])", "delta = h - y", "h = sigmoid(X.dot(theta.T))")


@pytest.mark.parametrize("answer, verdict", [
    # (h − y)ᵀX[:, i]/m is the mean cross-entropy's ∂/∂θᵢ (hand truth above: Xᵀ(σ − y)/n); '* -1' flips it
    ("(1.0 / m) * sumdelta * -1", "different"),
    ("(1.0 / m) * sumdelta", "equivalent"),  # the variant without the flip
])
def test_a_column_by_i_that_indexes_no_example_is_the_component(answer, verdict):
    assert_verdict_read(answer, GIST_J, verdict, lets=GIST_LETS)
    notes = notes_of(logderiv.check(answer, cost=GIST_J, let=GIST_LETS))
    # v.T.dot(X[:, i]) is a row times X, as v.T @ X is: the answer's own matrix, put in its place
    assert any(note.startswith("--let sumdelta = delta.T.dot(X[:, i]) is a matrix the answer uses") for note in notes)
    assert any("i indexes nothing else here (no example), so it is the feature's index" in note for note in notes)


def test_a_column_by_i_beside_another_use_stays_refused():
    # variant: i also indexes an example (y[i]): which letter the column's is, is not said
    lets = ("sumdelta = delta.T.dot(X[:, i]) + y[i]", *GIST_LETS[1:])
    error = refused(logderiv.check, "(1.0 / m) * sumdelta", cost=GIST_J, let=lets)
    assert "takes a column of X by 'i'" in str(error)


# ------------------------------------------------------------------ a preset by code's weights, the linear part whole

def test_numpy_weights_times_the_data_read_the_preset_in_w():
    # Xᵀ(σ(Xw) − y)/m is the logistic preset's gradient with θ named w (hand truth above); the answer writes Xw whole
    assert_verdict_read("X.T @ (sigmoid(X @ w) - y) / m", "logistic", "equivalent", wrt="w_j")


def test_weights_in_a_penalty_only_leave_the_preset_refused():
    # variant: w.T @ w is no product of the data with w: w with a b apart, or w as θ, is not said
    error = refused(logderiv.check, "lam * w.T @ w / m", cost="logistic", wrt="w_j")
    assert "does not contain w_j" in str(error)


def test_the_column_rule_transfers_to_julia():
    # source: GitHub Julia 'module LogisticRegression' (public code index file 20163230000), J!'s G[i] = … beside its
    # earlier cost (tests/corpus/fresh_twentysixth.py): (1/m)Σ(h − y)X[:, i] is the mean cross-entropy's ∂/∂θᵢ (hand
    # truth above), i the loop's component, so equivalent
    cost = "1/m * (-Y' * log.(h(X,T)) - (1 - Y)' * log.(1 - h(X,T)))"
    lets = ("m = size(X,1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")
    assert_verdict_read("1 / m * sum((h(X, T) - Y) .* X[:,i])", cost, "equivalent", lets=lets)


def test_the_preset_in_w_transfers_to_a_numpy_ascent_step():
    # source: tests/corpus/fresh_twentyseventh.py, f27-thomz2-logistic-ascent-direction (w += alpha * …): code writes
    # X.dot(w) whole and no intercept, so the preset is read in w; (1/N)Xᵀ(y − σ(Xw)) is minus the mean cross-entropy's
    # gradient (hand truth above): different
    assert_verdict_read("(1 / N) * np.dot( X.T, y - sigmoid(X.dot(w)) )", "logistic", "different", wrt="w_j",
                        lets=("N = len(y)", "sigmoid(z) = 1 / (1 + np.exp(-z))"))

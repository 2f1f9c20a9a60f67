"""Issue 10, code's share (fixcode5): code's variables read as the code defines them.

Every expected verdict is worked out by hand in the comment beside it; notes are checked
for the reading said.
"""

import pytest

import logderiv
from logderiv.errors import InputError, UnsupportedError


def _notes(result) -> str:
    return " ".join(result.notes) if hasattr(result, "notes") else " ".join(result.problem.notes)


# --- lambda / pi as code's variables -------------------------------------------------------------

POISSON = "-sum(Y.*xproj - lambda - gammaln(Y+1))"
POISSON_LETS = ("xproj = X*wts;", "lambda = exp(xproj);")


def test_lambda_as_a_poisson_rate_is_read_as_its_value():
    # negL = −Σ(yᵢ zᵢ − e^{zᵢ} − log yᵢ!), z = Xw: ∇ = Xᵀ(e^{Xw} − y) by hand
    verdict = logderiv.check("X' * (exp(X*w) - Y)", cost=POISSON, wrt="w_j", let=POISSON_LETS)
    assert verdict.verdict == "equivalent"
    assert "lambda is code's variable" in _notes(verdict)
    notes = _notes(logderiv.derive(POISSON, wrt="w_j", let=POISSON_LETS))
    assert "lambda is code's variable" in notes and "not the regularisation strength" in notes
    assert "wts is code's name for the weight vector" in notes
    assert "log-factorial of the data" in notes


def test_lambda_rate_gradient_sign_flipped_is_different():
    # Xᵀ(y − e^{Xw}) is minus the gradient
    verdict = logderiv.check("X' * (Y - lambda)", cost=POISSON, wrt="w_j", let=POISSON_LETS)
    assert verdict.verdict == "different"


def test_lambda_of_numbers_alone_is_still_the_strength_and_refused():
    with pytest.raises(InputError, match="fixed meaning"):
        logderiv.derive("sum((X*w - y).^2) + lambda*sum(w.^2)", wrt="w_j", let=("lambda = 0.1",))


def test_pi_as_rs_fitted_probability():
    # ℓ = Σ(yᵢ zᵢ − log(1 + e^{zᵢ})), z = Xβ: ∇ℓ = Xᵀ(y − σ(Xβ)); (y − π)ᵀX is the same numbers as a row
    verdict = logderiv.check("t(X) %*% (y - pi)", cost="sum((y * fitted) - log(1 + exp(fitted)))", wrt="beta_j",
                             let=("fitted <- X %*% beta", "pi <- logistic(X %*% beta)"))
    assert verdict.verdict == "equivalent"
    assert "pi is code's variable" in _notes(verdict)


def test_pi_variable_with_wrong_sign_is_different():
    verdict = logderiv.check("t(X) %*% (pi - y)", cost="sum((y * fitted) - log(1 + exp(fitted)))", wrt="beta_j",
                             let=("fitted <- X %*% beta", "pi <- logistic(X %*% beta)"))
    assert verdict.verdict == "different"


def test_lambda_rate_beside_a_preset_with_its_own_lambda_is_refused():
    # the preset's λ is the penalty strength: a let redefining lambda would give it two meanings
    with pytest.raises((InputError, UnsupportedError)):
        logderiv.check("X' * (lambda - y)", cost="logistic-l2", wrt="theta_j", let=("lambda = exp(X*theta)",))


# --- w re-bound to its own column -----------------------------------------------------------------

def test_w_rebound_to_its_first_column_is_the_same_weights():
    # Σ(Xw − y)² + λwᵀw: ∇ = 2Xᵀ(Xw − y) + 2λw by hand
    verdict = logderiv.check("2*X.T @ (X @ w - y) + 2*lambda_*w", cost="np.sum((X @ w - y)**2) + lambda_*np.dot(w, w)",
                             wrt="w_j", let=("w = w[:, 0]",))
    assert verdict.verdict == "equivalent"
    assert "re-binds w to the same numbers" in _notes(verdict)


@pytest.mark.parametrize("let", ["w = w.flatten()", "w = w.ravel()", "w = w.reshape(-1)"])
def test_w_rebound_reshapes(let):
    # ½Σ(Xw − y)²: ∇ = Xᵀ(Xw − y); without the ½ factor is twice that: different
    cost = "0.5*np.sum((X @ w - y)**2)"
    assert logderiv.check("X.T @ (X @ w - y)", cost=cost, wrt="w_j", let=(let,)).verdict == "equivalent"
    assert logderiv.check("2 * X.T @ (X @ w - y)", cost=cost, wrt="w_j", let=(let,)).verdict == "different"


# --- weights / wts as w -------------------------------------------------------------------------

XK_COST = "(- 1 / n_samples) * np.sum(y_true * np.log(y_predict) + (1 - y_true) * (np.log(1 - y_predict)))"
XK_LETS = ("n_samples, n_features = X.shape", "y_predict = self.sigmoid(np.dot(X, self.weights) + self.bias)")


def test_self_weights_is_w():
    # mean cross-entropy of σ(Xw + b): ∂/∂w = Xᵀ(σ − y)/m, ∂/∂b = Σ(σ − y)/m
    verdict = logderiv.check("(1 / n_samples) * np.dot(X.T, (y_predict - y_true))", cost=XK_COST, wrt="w_j",
                             let=XK_LETS)
    assert verdict.verdict == "equivalent"
    assert "weights is code's name for the weight vector" in _notes(verdict)
    reversed_ = logderiv.check("(1 / n_samples) * np.dot(X.T, (y_true - y_predict))", cost=XK_COST, wrt="w_j",
                               let=XK_LETS)
    assert reversed_.verdict == "different"


def test_weights_derive_matches_hand_gradient():
    # ½Σ(X·weights − y)²: ∂/∂wⱼ = Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, which check confirms
    verdict = logderiv.check("X.T @ (X @ w - y)", cost="0.5*np.sum((X @ weights - y)**2)", wrt="w_j")
    assert verdict.verdict == "equivalent"


def test_weights_indexed_is_left_to_the_readers():
    # weights[0] may be one output's row of a matrix: not read as w
    with pytest.raises((InputError, UnsupportedError)):
        logderiv.derive("np.sum((X @ weights - y)**2) + weights[0]", wrt="w_j")


def test_weights_beside_w_is_not_renamed():
    # w and weights both written: two quantities, never merged
    with pytest.raises((InputError, UnsupportedError)):
        logderiv.derive("np.sum((X @ weights - y)**2) + np.sum(w**2)", wrt="w_j")


# --- gammaln ---------------------------------------------------------------------------------------

def test_gammaln_of_a_parameter_is_refused():
    with pytest.raises((InputError, UnsupportedError), match="log Γ"):
        logderiv.derive("sum(gammaln(X*w + 1))", wrt="w_j")


# --- Haskell's size y as the count of the examples -------------------------------------------------

def test_haskell_size_of_y_is_m():
    # (1/2m)Σ(Xθ − y)²: ∇ = Xᵀ(Xθ − y)/m by hand; without 1/m it is m times that: different
    cost = "sum((X*theta - y).^2)/(2*m)"
    verdict = logderiv.check("X' * (X*theta - y) / m", cost=cost, wrt="theta_j", let=("m = size y",))
    assert verdict.verdict == "equivalent"
    assert logderiv.check("X' * (X*theta - y)", cost=cost, wrt="theta_j", let=("m = size y",)).verdict == "different"
    assert "m = size y counts the examples" in _notes(logderiv.derive(cost, wrt="theta_j", let=("m = size y",)))


def test_weights_keep_their_name_without_wrt_w():
    # no --wrt: the texts' own name stays (weightsⱼ); by b the model is X·weights + b read as Xw + b
    derivation = logderiv.derive("np.mean((X @ weights - y)**2)")
    assert "weights is code's name" not in _notes(derivation)
    # ∂/∂b of the mean cross-entropy of σ(Xw + b) is mean(σ − y) by hand
    verdict = logderiv.check("(1 / n_samples) * np.sum(y_predict - y_true)", cost=XK_COST, wrt="b", let=XK_LETS)
    assert verdict.verdict == "equivalent"


# === issue 10, code's share (fixcode5, second round): generator sums over zip, Julia's accumulator loops ===========
# Real texts, verbatim; each verdict worked by hand in the comment beside it, the premise checked in NumPy
# (tests/_numeric.py) and the reading judged as the corpus judges it (tests/_reading.py): never logderiv's own output.

import numpy as np  # noqa: E402

from _numeric import central_differences  # noqa: E402
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused  # noqa: E402

#: whosebug, "gradient descent in python", the question's update steps (f37-whosebug-*); the question gives no cost:
#: the steps descend J = 1/(2m)Σ(θ₀ + θ₁x − y)², written here in LaTeX as the corpus item does
WB_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}(\theta_0 + \theta_1 x_i - y_i)^2"
WB_DTHETA0 = "sum( theta[0]+theta[1]*x-y    for x,y in zip(X,Y))/len(X)"
WB_DTHETA1 = "sum((theta[0]+theta[1]*x-y)*x for x,y in zip(X,Y))/len(X)"

#: braithwt's Julia homework, function err(w) and grad(w) (f24-braithwt-*): X the one feature, w a scalar slope
BR_ERR = "  sum = 0\n  for i in 1:length(X)\n    sum += (w*X[i] - Y[i])^2\n  end\n\n  return 1/(length(X)) * sum"
BR_GRAD = "  sum = 0\n  for i in 1:length(X)\n    sum += X[i] * (w*X[i] - Y[i])\n  end\n\n  return 2/(length(X)) * sum"

_RNG = np.random.default_rng(10)
_X, _Y = _RNG.normal(size=5), _RNG.normal(size=5)


def test_premises_of_the_hand_worked_verdicts_hold_in_numpy():
    """(1/m)Σ(θ₀ + θ₁x − y)(1, x) is ∇J of the line's cost, and (2/m)Σx(wx − y) is d/dw (1/m)Σ(wx − y)²."""
    def cost(t):
        return float(np.sum((t[0] + t[1] * _X - _Y) ** 2) / (2 * _X.size))
    at = np.array([0.3, -1.2])
    residual = at[0] + at[1] * _X - _Y
    assert np.allclose(central_differences(cost, at), [residual.mean(), (residual * _X).mean()], atol=1e-6)

    def err(w):
        return float(np.mean((w[0] * _X - _Y) ** 2))
    w = np.array([0.7])
    assert np.allclose(central_differences(err, w), [2 * np.mean(_X * (w[0] * _X - _Y))], atol=1e-6)
    assert not np.allclose(central_differences(err, w), [np.mean(_X * (w[0] * _X - _Y))], atol=1e-6)


def test_zip_generators_are_sums_over_the_examples():
    # ∂J/∂θ₀ = (1/m)Σ(θ₀ + θ₁x − y), ∂J/∂θ₁ = (1/m)Σ(θ₀ + θ₁x − y)x (premise above)
    assert_verdict_read(WB_DTHETA0, WB_COST, "equivalent", wrt="theta_0")
    assert_verdict_read(WB_DTHETA1, WB_COST, "equivalent", wrt="theta_1")
    # the θ₁ step with its factor x dropped is ∂J/∂θ₀: different by θ₁
    assert_verdict_read(WB_DTHETA0, WB_COST, "different", wrt="theta_1")
    notes = " ".join(notes_of(logderiv.check(WB_DTHETA1, cost=WB_COST, wrt="theta_1")))
    assert "over the pairs of zip(X, Y), the examples: Σᵢ, x the example's x⁽ⁱ⁾, y the example's y⁽ⁱ⁾" in notes
    assert "theta[0] and theta[1] in the line theta[0] + theta[1]*x are its intercept theta₀ and slope theta₁" in notes


def test_zip_generator_cost_with_the_line_written_out():
    # RSS Σ(y − (w₀ + w₁x))² (intellipaat's, with its W[0][0], W[1][0] spelled w0, w1): ∂/∂w₀ = −2Σ(y − w₀ − w₁x)
    def rss(d):
        r = d.y - (d.theta0 + d.theta1 * d.x)
        return float(r @ r)
    assert_gradient_read("sum((y-(w0+w1*x))**2 for x,y in zip(X,Y))", rss, wrt=("w_0", "w_1"))


def test_zip_names_follow_their_arrays_not_their_letters():
    # for y, x in zip(X, Y): y is X's entry; so theta[1]*x multiplies the target: not the line, refused
    error = refused(logderiv.check, "sum((theta[0]+theta[1]*x-y)*x for y,x in zip(X,Y))/len(X)", cost=WB_COST,
                    wrt="theta_1")
    assert "line P[0] + P[1]*x" in str(error)
    # names that follow their arrays read the same sum: for b, a in zip(Y, X)
    assert_verdict_read("sum((theta[0]+theta[1]*a-b)*a for b,a in zip(Y,X))/len(X)", WB_COST, "equivalent",
                        wrt="theta_1")


@pytest.mark.parametrize("text", [
    "sum((theta[0]+theta[1]*x-y)*x for x,y in zip(X,Y[1:]))/len(X)",  # one example off: not the pairs
    "sum((theta[0]+theta[1]*x-y)*x for x,y in zip(X,Y) if y > 0)/len(X)",  # a condition: some examples
    "sum((theta[0]+theta[1]*x-y)*x for x,y in zip(X,X))/len(X)",  # x paired with itself
    "sum((theta[1]+theta[0]*x-y) for x,y in zip(X,Y))/len(X)",  # theta[1] as the intercept
    "sum((theta[0]+theta[2]*x-y) for x,y in zip(X,Y))/len(X)",  # an entry no line has
    "sum((theta[0]+theta[1]*x-y)*X for x,y in zip(X,Y))/len(X)",  # the whole array in the body
    "sum((theta[0]+theta[1]*x-1) for x,y in zip(X,Y))/len(X)",  # y unused: not said what it sums
])
def test_zip_generators_that_mean_something_else_are_refused(text):
    error = refused(logderiv.check, text, cost=WB_COST, wrt="theta_1")
    assert error.column is not None and "a comprehension is read only as a sum over the examples" in str(error)


def test_julia_accumulator_loop_over_one_feature():
    # err(w) = (1/m)Σ(wxᵢ − yᵢ)²: d/dw = (2/m)Σxᵢ(wxᵢ − yᵢ) (premise above)
    def err(d):
        return float(np.mean((d.w[0] * d.x - d.y) ** 2))
    assert_gradient_read(BR_ERR, err, wrt=("w",))
    assert_verdict_read(BR_GRAD, BR_ERR, "equivalent", wrt="w")
    assert_verdict_read(BR_GRAD.replace("return 2/", "return 1/"), BR_ERR, "different", wrt="w")  # the 2 lost
    notes = " ".join(notes_of(logderiv.check(BR_GRAD, cost=BR_ERR, wrt="w")))
    assert "X is the one feature's 1-D array of m values, X[i] the example's x⁽ⁱ⁾, and length(X) the number" in notes
    assert "Y[i] beside it is the example's target y⁽ⁱ⁾" in notes


@pytest.mark.parametrize("old, new", [
    ("1:length(X)", "2:length(X)"),  # a loop from 2 leaves the first example out
    ("w*X[i]", "w[i]*X[i]"),  # w indexed by the example: not one number
    ("    sum += (w*X[i] - Y[i])^2", "    sum = 0\n    sum += (w*X[i] - Y[i])^2"),  # sum reset each example
    ("sum += ", "tot += "),  # adds to a name the lines never start
    ("1:length(X)", "1:n"),  # the features' count
    ("  end", "    return sum\n  end"),  # an early return
    ("Y[i])^2", "Y[i])^2 + X[1]"),  # one fixed example beside X[i]
    ("Y[i])^2", "Y[i])^2 * i"),  # the loop variable as a number
])
def test_julia_loops_that_mean_something_else_are_refused(old, new):
    text = BR_ERR.replace(old, new, 1)
    assert text != BR_ERR
    refused(logderiv.derive, text, wrt="w")


def test_julia_matrix_data_keeps_the_row_refusal():
    # X' beside X[i]: X is a matrix, X[i] not one example's one feature
    error = refused(logderiv.derive, BR_ERR + " + w*X'*X", wrt="w")
    assert "row i of the data" in str(error)


# --- Julia's T, the parameter vector ---------------------------------------------------------------------------------

#: the Julia logistic-regression gist's function J (f26-julia-logloss-dot-broadcast): "T -> Theta parameters"
JULIA_J = "1/m * (-Y' * log.(h(X,T)) - (1 - Y)' * log.(1 - h(X,T)))"
JULIA_LETS = ("m = size(X,1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)")


def test_julia_t_multiplied_by_the_data_is_the_parameter_vector():
    # −(1/m)Σ[y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))], the mean cross-entropy: checked by finite differences
    def mean_cross_entropy(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))
    assert_gradient_read(JULIA_J, mean_cross_entropy, lets=JULIA_LETS)
    notes = " ".join(notes_of(logderiv.derive(JULIA_J, let=JULIA_LETS, wrt="theta_j")))
    assert "T is code's name for the parameter vector (the data matrix times it, X * T" in notes


@pytest.mark.parametrize("cost, lets", [
    (JULIA_J + " + T'", JULIA_LETS),  # T transposed: a row, or the transpose sign
    ("sum((X*T - y).^2) + sum(X^T)", ()),  # X^T beside it: T is a transpose too
    (JULIA_J, ("m = size(X,1)", "h(X, T) = g(X * T)", "g(z) = 1 ./ (1 + e.^-z)", "T = zeros(n, 1)")),  # a let of T
    (JULIA_J.replace("log.(1 - h(X,T))", "log.(1 - h(X,T))) + theta'*theta"), JULIA_LETS),  # θ written beside T
])
def test_t_used_otherwise_stays_t(cost, lets):
    result = refused_or_read(lambda: logderiv.derive(cost, let=lets, wrt="theta_j"))
    assert result is None or "T is code's name for the parameter vector" not in " ".join(notes_of(result))


def refused_or_read(call):
    """The result of ``call()``, or None where logderiv refuses it (either is right for these variants)."""
    from logderiv.errors import LogderivError
    try:
        return call()
    except LogderivError:
        return None


# --- Scala's Breeze ----------------------------------------------------------------------------------------------

#: a Scala-for-data-science logistic regression (f26-scala-breeze-*): the summed negative log-likelihood, Breeze's :*
BREEZE_COST = "- sum((target :* xBeta) - log1p(expXBeta))"
BREEZE_LETS = ("xBeta = training * coefficients", "expXBeta = exp(xBeta)", "probs = sigmoid(xBeta)")


def test_breeze_premise_holds_in_numpy():
    """∇β of −Σ(yᵢ xᵢβ − log(1 + e^{xᵢβ})) is Xᵀ(σ(Xβ) − y)."""
    X, y = _RNG.normal(size=(5, 3)), (_RNG.random(5) > 0.5).astype(float)

    def nll(beta):
        z = X @ beta
        return float(-np.sum(y * z - np.log1p(np.exp(z))))
    beta = _RNG.normal(size=3)
    assert np.allclose(central_differences(nll, beta), X.T @ (1 / (1 + np.exp(-X @ beta)) - y), atol=1e-5)


def test_breeze_gradient_and_its_sign():
    assert_verdict_read("training.t * (probs - target)", BREEZE_COST, "equivalent", wrt="beta_j", lets=BREEZE_LETS)
    assert_verdict_read("training.t * (target - probs)", BREEZE_COST, "different", wrt="beta_j", lets=BREEZE_LETS)
    notes = " ".join(notes_of(logderiv.check("training.t * (probs - target)", cost=BREEZE_COST, wrt="beta_j",
                                             let=BREEZE_LETS)))
    assert "read as Scala's Breeze: a :* b is a .* b, entry by entry" in notes
    assert "read as Scala's Breeze: m.t is the transpose of m, m'" in notes
    assert "training is the code's name of the design matrix" in notes
    assert "coefficients is code's name for the parameter vector" in notes


@pytest.mark.parametrize("answer, cost, lets", [
    # no Breeze operator anywhere: .t is not said to be a transpose
    ("training.t * (probs - target)", BREEZE_COST.replace(":*", "*"), BREEZE_LETS),
    # the parameter vector used otherwise (its transpose): not read as β
    ("training.t * (probs - target) + coefficients.t", BREEZE_COST, BREEZE_LETS),
    # a --let of training: the data is then that value, not X
    ("training.t * (probs - target)", BREEZE_COST, (*BREEZE_LETS, "training = X(:, 2:end)")),
])
def test_breeze_variants_are_refused(answer, cost, lets):
    refused(logderiv.check, answer, cost=cost, wrt="beta_j", let=lets)


@pytest.mark.parametrize("cost", ["linear", "1/(2m) sum((theta_1 + theta_2 x - y)^2)"])
def test_zip_line_beside_a_cost_numbered_from_one_is_refused(cost):
    # theta[0] + theta[1]*x counts from 0; beside a cost whose intercept is θ₁, theta[0] may be that θ₁ (then the
    # answer is the intercept's gradient) or a θ₀ of its own (then it is no gradient of the cost): not said
    error = refused(logderiv.check, WB_DTHETA1, cost=cost, wrt="theta_1")
    assert "the cost writes no theta₀" in str(error)
    # beside θ₀ + θ₁x it is read: ∂/∂θ₁ of 1/(2m)Σ(θ₀ + θ₁x − y)² is (1/m)Σ(θ₀ + θ₁x − y)x, as premised above
    assert_verdict_read(WB_DTHETA1, "1/(2m) sum((theta_0 + theta_1 x - y)^2)", "equivalent", wrt="theta_1")

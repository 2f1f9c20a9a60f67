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

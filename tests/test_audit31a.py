"""Issue 10, audit31a: an adversarial audit of fixf72's readings (R's crossprod(v), R's grad.ll, a labelled --let).

The one misread found: fixf72 read R's ``grad.ll`` (and so ``grad_ll``) as the gradient of the cost's likelihood term,
as ``grad_nll`` is. But ll is the log-likelihood's own name (vocabulary.LOG_LIKELIHOOD_NAMES): beside a loss
(ℓ = −J) its gradient points the other way, so a true ∇ℓ = Xᵀ(y − p) was judged "different" and a false
Xᵀ(p − y) "equivalent". Code also names its loss log.lik (the lasso file fixf72 read), so the name says neither
sign surely: beside a loss it is refused, as ∂ℓ/∂θⱼ is; under --objective log-likelihood, or beside a cost that is a
log-likelihood or named one, it is read. Each sign is worked out here by NumPy finite differences of ℓ, never by
logderiv's own output.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_verdict_read, notes_of, refused

LOGISTIC_LOSS = "sum(-y*log(p) - (1-y)*log(1-p))"  # J = −ℓ, a loss (sum form: ℓ = −J)
LOGISTIC_LIKELIHOOD = "sum(y*log(p) + (1-y)*log(1-p))"  # ℓ itself, never above 0
PROBABILITY = ("p <- 1/(1+exp(-X %*% beta))",)
TRUE_LL_GRADIENT = "grad.ll <- t(X) %*% (y - p)"  # ∇ℓ, the usual R of a logistic fit by optim(fnscale = -1)
LOSS_GRADIENT = "grad.ll <- t(X) %*% (p - y)"  # ∇J = −∇ℓ


def _data(seed=3, m=7, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.integers(0, 2, size=m).astype(float), rng.normal(size=n)


def _log_likelihood(X, y, beta):
    p = sigmoid(X @ beta)
    return float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_the_signs_by_finite_differences():
    # the hand working the verdicts below rest on: Xᵀ(y − p) is ∇ℓ, Xᵀ(p − y) its negative, ∇J of J = −ℓ
    X, y, beta = _data()
    numeric = central_differences(lambda b: _log_likelihood(X, y, b), beta)
    p = sigmoid(X @ beta)
    assert np.allclose(X.T @ (y - p), numeric, atol=1e-5)
    assert not np.allclose(X.T @ (p - y), numeric, atol=1e-5)


@pytest.mark.parametrize("answer", [
    TRUE_LL_GRADIENT,  # ∇ℓ: read as ∇J it was "different"
    LOSS_GRADIENT,  # ∇J, false of ℓ: read as ∇J it was "equivalent"
    "grad_ll = X.T @ (y - p)",  # the same name in Python's spelling
    "grad.loglik <- t(X) %*% (y - p)",  # the word spelled out
])
def test_grad_ll_beside_a_loss_is_refused(answer):
    error = refused(logderiv.check, answer, cost=LOGISTIC_LOSS, let=PROBABILITY, wrt="beta_j")
    assert "names the gradient of the log-likelihood" in str(error)
    assert "--objective log-likelihood" in (error.hint or "")
    assert error.column == 0


def test_grad_ll_beside_the_lasso_files_smooth_part_is_refused():
    # fixf72's source: its log.lik is ½‖y − Xβ‖², so its grad.ll is ∇J; another file's grad.ll is ∇ℓ = −∇J.
    # The texts alone cannot tell the two apart: refused (the corpus items f72-r-prox-grad-loglik* are missed)
    error = refused(logderiv.check, "grad.ll <- - crossprod(X, as.numeric(y - Xbeta))",
                    cost="(1/2)*crossprod(y - Xbeta)", let=("Xbeta <- X %*% beta",), wrt="beta_j")
    assert "names the gradient of the log-likelihood" in str(error)


@pytest.mark.parametrize("answer, verdict", [
    (TRUE_LL_GRADIENT, "equivalent"),  # ∇ℓ, as the finite differences above show
    (LOSS_GRADIENT, "different"),  # −∇ℓ
    ("grad_ll = X.T @ (y - p)", "equivalent"),
])
def test_grad_ll_under_the_log_likelihood_objective_is_the_gradient_of_l(answer, verdict):
    result = logderiv.check(answer, cost=LOGISTIC_LOSS, let=PROBABILITY, wrt="beta_j", objective="log-likelihood")
    assert result.verdict == verdict


@pytest.mark.parametrize("answer, verdict", [
    (TRUE_LL_GRADIENT, "equivalent"),  # the cost is ℓ itself: its gradient is ∇ℓ
    (LOSS_GRADIENT, "different"),
])
def test_grad_ll_beside_a_cost_that_is_the_log_likelihood_is_its_gradient(answer, verdict):
    result = logderiv.check(answer, cost=LOGISTIC_LIKELIHOOD, let=PROBABILITY, wrt="beta_j")
    assert result.verdict == verdict
    if verdict == "equivalent":
        assert any("log-likelihood term" in note for note in notes_of(result))


def test_grad_ll_beside_a_cost_named_ll_is_its_gradient():
    # the writer names the cost ll: grad_ll is that cost's gradient, by hand ∇½‖y − Xβ‖² = −Xᵀ(y − Xβ)
    result = logderiv.check("grad.ll <- - crossprod(X, as.numeric(y - Xbeta))", cost="ll = (1/2)*crossprod(y - Xbeta)",
                            let=("Xbeta <- X %*% beta",), wrt="beta_j")
    assert result.verdict == "equivalent"
    assert any("grad_ll = names the gradient of the cost's log-likelihood term" in note for note in notes_of(result))


def test_grad_ll_beside_a_penalised_log_likelihood_is_refused():
    # ℓ − λ‖β‖²: grad.ll may be ℓ's gradient alone or the whole objective's
    error = refused(logderiv.check, TRUE_LL_GRADIENT, cost=LOGISTIC_LIKELIHOOD + " - lambda*sum(beta^2)",
                    let=PROBABILITY, wrt="beta_j")
    assert "term beside it" in str(error)


# ------------------------------------------------------------------ R: crossprod(X) of the data matrix in an answer
# crossprod(v) of a plain argument is read in full as t(v) %*% v; of the data matrix in an answer it is XᵀX, and read so
# (rightly): its note said "refused where it is a matrix", untrue there. By hand ∇½‖y − Xβ‖² = XᵀXβ − Xᵀy.
HALF_RSS = "(1/2)*crossprod(y - X %*% beta)"
NORMAL_EQUATIONS = "grad <- crossprod(X) %*% beta - crossprod(X, y)"


def test_the_normal_equations_gradient_by_finite_differences():
    X, y, beta = _data(seed=5)
    y = X @ np.ones(3) + y  # any responses
    numeric = central_differences(lambda b: 0.5 * float((y - X @ b) @ (y - X @ b)), beta)
    assert np.allclose(X.T @ X @ beta - X.T @ y, numeric, atol=1e-5)


@pytest.mark.parametrize("answer, verdict", [
    (NORMAL_EQUATIONS, "equivalent"),
    ("grad <- crossprod(X) %*% beta + crossprod(X, y)", "different"),  # the sign of Xᵀy turned
])
def test_crossprod_of_the_data_matrix_in_an_answer_is_its_gram_matrix(answer, verdict):
    assert_verdict_read(answer, HALF_RSS, verdict, wrt="beta_j")


def test_crossprod_of_the_data_matrix_is_noted_as_a_matrix_not_refused():
    result = logderiv.check(NORMAL_EQUATIONS, cost=HALF_RSS, wrt="beta_j")
    said = [note for note in notes_of(result) if "vᵀv (X)" in note]
    assert said and all("refused" not in note and "XᵀX" in note for note in said)

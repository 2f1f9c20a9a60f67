"""Issue 10, the corpus's misses read across waves, family by family (fixfam).

CLASSIFICATION

FAMILIES

The texts are the corpus's own, verbatim (their sources repeated beside them). Each gradient is held to finite
differences of a NumPy cost written here by hand (tests/_numeric.py) or to the corpus judge (tests/_reading.py);
each verdict is worked out by hand in the comment beside it. Near-variants that mean something else are refused
or read right, never misread.
"""

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ code's name of the log-likelihood

def _nll(X, y, beta):
    """−Σ yᵢ log σ(xᵢ·β) + (1 − yᵢ) log(1 − σ(xᵢ·β)), the summed negative Bernoulli log-likelihood, by hand."""
    p = _sigmoid(X @ beta)
    return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_the_nll_gradient_the_verdicts_rest_on_matches_finite_differences():
    # by hand: ∂/∂β of −Σ y log σ(Xβ) + (1 − y) log(1 − σ(Xβ)) is Xᵀ(σ(Xβ) − y) = −Xᵀ(y − p); Xᵀ(y − p) is its negative
    rng = np.random.default_rng(10)
    X, y, beta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda b: _nll(X, y, b), beta)
    p = _sigmoid(X @ beta)
    assert np.allclose(numeric, -X.T @ (y - p), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (y - p), atol=1e-3)


# source: public code index file 17999036453 (R, neg_log_likelihood_logistic and neg_gradient_logistic; the index
# does not name its repository), tests/corpus/fresh_fortysecond.py
RNLL_J = "-log_lik"
RNLL_LETS = ("grad <- t(X) %*% (y - p)", "p <- 1 / (1 + exp(-X %*% beta))")
# source: https://github.com/benkeser/survtmle/blob/18ef05da3dca55c1f0bb7a67e8e83eabf195ddc9/R/ (LogLikelihood.R
# and grad.R), tests/corpus/fresh_fortyfirst.py
SURV_J = "-logLike"
SURV_LETS = ("gr <- crossprod(X, Y-pi)", "pi <- plogis(X%*%beta)")
LIKELIHOOD_NOTE = "log_lik is read as the log-likelihood of the labels y (0 or 1) under the probability p"


@pytest.mark.parametrize("answer, cost, verdict, lets", [
    ("-grad", RNLL_J, "equivalent", RNLL_LETS),  # −Xᵀ(y − p): the NLL's gradient
    ("t(X) %*% (y - p)", RNLL_J, "different", RNLL_LETS[1:]),  # the log-likelihood's gradient: the sign flipped
    ("-gr", SURV_J, "equivalent", SURV_LETS),  # −Xᵀ(Y − π), π = plogis(Xβ): the NLL's gradient
    ("gr", SURV_J, "different", SURV_LETS),  # Xᵀ(Y − π): the sign flipped
])
def test_a_cost_named_the_log_likelihood_is_the_bernoulli_one_of_its_sigmoid(answer, cost, verdict, lets):
    assert_verdict_read(answer, cost, verdict, wrt="beta_j", lets=lets)


def test_the_named_log_likelihood_derives_as_the_summed_nll():
    assert_gradient_read(RNLL_J, lambda d: _nll(d.X, d.y, d.beta), wrt=("beta_j",), lets=RNLL_LETS[1:])
    assert any(note.startswith(LIKELIHOOD_NOTE)
               for note in notes_of(logderiv.derive(RNLL_J, wrt="beta_j", let=list(RNLL_LETS[1:]))))


def test_a_penalty_beside_the_named_log_likelihood_is_added():
    def penalised(d):
        return _nll(d.X, d.y, d.beta) + d.lam * float(d.beta @ d.beta)

    assert_gradient_read("-loglik + lambda * sum(beta^2)", penalised, wrt=("beta_j",),
                         lets=("p = sigmoid(X %*% beta)",))


def test_the_writers_own_definition_of_the_name_is_kept():
    # log_lik defined as Σ y log p alone (half a likelihood): the writer's definition, not the Bernoulli one
    def half(d):
        return -float(np.sum(d.y * np.log(_sigmoid(d.X @ d.beta))))

    assert_gradient_read(RNLL_J, half, wrt=("beta_j",),
                         lets=("log_lik <- sum(y * log(p))", RNLL_LETS[1]))


@pytest.mark.parametrize("cost, lets", [
    (RNLL_J, ("p <- exp(X %*% beta)",)),  # a Poisson mean: another likelihood
    (RNLL_J, (RNLL_LETS[1], "q <- plogis(X %*% beta)")),  # two probabilities: which one is not said
    (RNLL_J, ("p <- plogis(X %*% beta)", "r <- Y - y")),  # labels written both y and Y
    (RNLL_J, ("p <- 1 / (1 + exp(-X %*% beta)) * 2",)),  # twice a sigmoid is no probability
    (RNLL_J, ()),  # no model at all
    ("-nll", (RNLL_LETS[1],)),  # another name: not read as a log-likelihood's
    ("-logLik(fit)", (RNLL_LETS[1],)),  # R's logLik of a fitted model, a call
])
def test_near_variants_of_the_named_log_likelihood_are_refused(cost, lets):
    refused(logderiv.derive, cost, wrt="beta_j", let=list(lets))


# ------------------------------------------------------------------ every format says each reading

@pytest.mark.parametrize("args, note", [
    (["check", "--cost", RNLL_J, "--wrt", "beta_j", "--let", RNLL_LETS[0], "--let", RNLL_LETS[1], "--", "-grad"],
     LIKELIHOOD_NOTE),
    (["derive", "--wrt", "beta_j", "--let", RNLL_LETS[1], "--", RNLL_J], LIKELIHOOD_NOTE),
])
def test_each_reading_is_noted_in_text_and_json(args, note):
    command, rest = args[0], args[1:]
    text = CliRunner().invoke(main, [command, "-f", "text", *rest])
    assert text.exit_code in (0, 1) and f"note: {note}" in text.output
    data = json.loads(CliRunner().invoke(main, [command, "-f", "json", *rest]).output)
    assert any(said.startswith(note) for said in data["notes"])

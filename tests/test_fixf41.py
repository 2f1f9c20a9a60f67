r"""Issue 10, the fixf41 branch: families of real text the blind wave f41 left refused, each read by a rule another
source would hit too.

* benkeser/survtmle writes ``pi <- plogis(X%*%beta)``: R's logistic distribution function is σ, as SciPy's
  ``expit`` (also called as ``scipy.special.expit``) is; its kin that are not σ (``qlogis``/``logit``, σ's inverse;
  ``pnorm``, the probit's Φ) are refused by name, never read as σ.

Every text is the source's, verbatim. Each gradient is held to a cost written out here by hand in NumPy through the
corpus judge (finite differences at random points, ``tests/_reading.py``); each verdict is worked out by hand in its
comment, and the gradients the verdicts lean on are checked by central finite differences (``tests/_numeric.py``).
Near-variants that mean something else are refused, never read.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main

RNG = np.random.default_rng(41)


def _sig(z):
    return 1 / (1 + np.exp(-z))


def _nll_sum_beta(d):
    """−Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], z = Xβ: the summed negative log-likelihood, by hand."""
    p = _sig(d.X @ d.beta)
    return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_w(d):
    p = _sig(d.X @ d.w)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_logistic_nll_gradient_by_finite_differences():
    """∂/∂β of −Σ[y log σ(Xβ) + (1 − y) log(1 − σ(Xβ))] is Xᵀ(σ(Xβ) − y): the readings below lean on it."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    cost = lambda b: -np.sum(y * np.log(_sig(X @ b)) + (1 - y) * np.log(1 - _sig(X @ b)))
    beta = RNG.normal(size=3)
    assert np.allclose(_fd(cost, beta), X.T @ (_sig(X @ beta) - y), atol=1e-6)


# ------------------------------------------------------------------ survtmle: plogis is σ, its kin are not

#: github:benkeser/survtmle R/LogLikelihood.R (the clipping of pi to (0, 1) left off): return(-logLike)
SURV_LETS = ("logLike <- sum(Y*log(pi) + (1-Y)*log(1-pi))", "pi <- plogis(X%*%beta)")
PLOGIS_NOTE = "'plogis' is read as the sigmoid σ(z) = 1/(1 + e^(−z))"


def test_survtmle_minus_loglike_with_plogis():
    """−logLike with pi = plogis(Xβ): the summed negative log-likelihood of logistic regression, noted."""
    assert_gradient_read("-logLike", _nll_sum_beta, wrt=("beta_j",), lets=SURV_LETS)
    assert any(PLOGIS_NOTE in note for note in notes_of(derive("-logLike", wrt="beta_j", let=SURV_LETS)))


@pytest.mark.parametrize("text, lets", [
    # the same σ by other languages' names: SciPy's expit, as the module spells it, and LaTeX's \operatorname
    ("-sum(y*log(stats::plogis(X%*%beta)) + (1-y)*log(1-stats::plogis(X%*%beta)))", ()),
    ("-sum(y*log(scipy.special.expit(X @ beta)) + (1-y)*log(1-scipy.special.expit(X @ beta)))", ()),
    ("-sum(y*log(special.expit(X @ beta)) + (1-y)*log(1-special.expit(X @ beta)))", ()),
    (r"-\sum_{i=1}^m \left[ y_i \log(\operatorname{plogis}(\beta^T x_i)) + (1 - y_i) "
     r"\log(1 - \operatorname{plogis}(\beta^T x_i)) \right]", ()),
])
def test_plogis_and_expit_in_other_spellings(text, lets):
    assert_gradient_read(text, _nll_sum_beta, wrt=("beta_j",), lets=lets)


@pytest.mark.parametrize("name", ["qlogis", "logit", "pnorm", "qnorm", "probit"])
def test_sigmoid_kin_that_are_not_sigmoid_are_refused(name):
    """qlogis/logit are σ's inverse, pnorm the normal Φ: read as σ each would be a confident misread."""
    lets = ("logLike <- sum(Y*log(pi) + (1-Y)*log(1-pi))", f"pi <- {name}(X%*%beta)")
    error = refused_by_logderiv(lambda: derive("-logLike", wrt="beta_j", let=lets))
    assert name in error.message and "not supported" in error.message


def test_logit_in_latex_is_refused_naming_the_inverse():
    error = refused_by_logderiv(lambda: derive(r"-\sum_i y_i \log(\operatorname{logit}(\beta^T x_i))", wrt="beta_j"))
    assert "INVERSE" in (error.hint or "")


def test_plogis_note_in_every_format():
    """The text output's note: lines and the JSON notes both say plogis was read as σ."""
    args = ["derive", "--wrt", "beta_j", "--let", SURV_LETS[0], "--let", SURV_LETS[1]]
    text = CliRunner().invoke(main, [*args, "--", "-logLike"])
    assert text.exit_code == 0 and PLOGIS_NOTE in text.output
    data = json.loads(CliRunner().invoke(main, [*args, "-f", "json", "--", "-logLike"]).output)
    assert any(PLOGIS_NOTE in note for note in data["notes"])

"""int33 (issue 10): misreads found while measuring and merging this stop's work.

- A code name set against the prediction was read as y, the targets, when no text writes y (``_target_name``,
  notation/redefined.py). dask-glm's Poisson loss ``(eXbeta - yXbeta).sum()`` names ``yXbeta = y*Xbeta``, the
  targets times the linear predictor, on another line; given without that line, ``yXbeta`` was read as y, and the
  right gradient ``dot(X.T, eXbeta - y)`` was judged different (a false "different", found by the blind wave f75
  whose answer omitted the line). A name spelt of the prediction's name or of the parameter's is a quantity computed
  from the model, never the targets: it is now an unknown name, refused.
"""
from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError

POISSON_COST = "(eXbeta - yXbeta ).sum()"
POISSON_LETS = ("eXbeta = exp(Xbeta)", "Xbeta = X.dot(beta)")


def test_a_name_built_of_the_prediction_is_not_read_as_the_targets():
    with pytest.raises(InputError, match="yXbeta"):
        logderiv.check("dot(X.T, eXbeta - y)", cost=POISSON_COST, wrt="beta_j", let=POISSON_LETS)
    with pytest.raises(InputError, match="yXbeta"):
        logderiv.derive(POISSON_COST, wrt="beta_j", let=POISSON_LETS)


def test_a_name_built_of_the_parameter_is_not_read_as_the_targets():
    # y_beta is no target either: subtracted from exp(X @ beta) it is some product with beta the page defines
    with pytest.raises(InputError, match="y_beta"):
        logderiv.derive("np.sum(np.exp(X @ beta) - y_beta)", wrt="beta_j")


def _poisson_loss(X, y, beta):
    z = X @ beta
    return float(np.sum(np.exp(z) - y * z))


def test_with_its_definition_the_poisson_gradient_is_equivalent():
    # the truth, independently: X^T (e^{X beta} - y) is the loss's gradient by central finite differences
    rng = np.random.default_rng(33)
    X, y, beta = rng.normal(size=(5, 3)), rng.poisson(2.0, size=5).astype(float), rng.normal(scale=0.3, size=3)
    step = 1e-6
    finite = [(_poisson_loss(X, y, beta + step * e) - _poisson_loss(X, y, beta - step * e)) / (2 * step)
              for e in np.eye(3)]
    assert np.allclose(finite, X.T @ (np.exp(X @ beta) - y), rtol=1e-6)
    verdict = logderiv.check("dot(X.T, eXbeta - y)", cost=POISSON_COST, wrt="beta_j",
                             let=POISSON_LETS + ("yXbeta = y*Xbeta",))
    assert verdict.verdict == "equivalent"
    # and the sign slip is different
    flipped = logderiv.check("dot(X.T, y - eXbeta)", cost=POISSON_COST, wrt="beta_j",
                             let=POISSON_LETS + ("yXbeta = y*Xbeta",))
    assert flipped.verdict == "different"


def test_a_target_named_otherwise_is_still_read():
    # the rule still reads code's own name of the targets (sol, subtracted from the prediction)
    derivation = logderiv.derive("np.sum(np.power(train_ex @ theta - sol, 2))", wrt="theta_j")
    assert any("sol is what the prediction is compared with" in note for note in derivation.notes)

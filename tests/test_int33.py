"""int33 (issue 10): misreads found while measuring and merging this stop's work.

- A code name set against the prediction was read as y, the targets, when no text writes y (``_target_name``,
  notation/redefined.py). dask-glm's Poisson loss ``(eXbeta - yXbeta).sum()`` names ``yXbeta = y*Xbeta``, the
  targets times the linear predictor, on another line; given without that line, ``yXbeta`` was read as y, and the
  right gradient ``dot(X.T, eXbeta - y)`` was judged different (a false "different", found by the blind wave f75
  whose answer omitted the line). A name spelt of the prediction's name or of the parameter's is a quantity computed
  from the model, never the targets: it is now an unknown name, refused.
- NumPy's ``(X.T @ X) ** -1`` was read as the inverse matrix (and refused as one): ``**`` on an array is entrywise,
  each entry's reciprocal. Refused now for what it is; maths' ⁻¹ and Octave's are still the inverse.
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


# --- the corpus judge: one text read two ways by its item's two --wrt ------------------------------------------


def test_an_item_whose_two_derivations_read_w_two_ways_is_not_read():
    """By --wrt b a bare ``wx`` is one feature's product (the course convention, noted with how to ask for a vector),
    by --wrt w_j a weight vector: an item asking for both has no one reading, and is counted neither right nor wrong.

    f75's wildanjr19 readme (``\\hat{y} = 1/(1 + e^{-(wx + b)})`` with an Xᵀ gradient, so w a vector) was counted
    wrong: the judge held the one-feature derivative by b against the vector cost's finite differences.
    """
    from corpus.items import Cost, sig
    from corpus.judge import judge_cost

    def vector_cost(d):
        h = sig(d.X @ d.w + d.b)
        return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))

    text = (r"J = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(\hat{y}^{(i)}) "
            r"+ (1 - y^{(i)}) \log(1 - \hat{y}^{(i)}) \right]")
    lets = (r"\hat{y} = \frac{1}{1 + e^{-(wx + b)}}",)
    both = judge_cost(Cost(id="int33-wx-both", source="test", text=text, intended=vector_cost, wrt=("w_j", "b"),
                           lets=lets))
    assert both.kind == "refused" and "read two ways" in both.detail
    # asked by w_j alone the text has one reading, the vector's, and it is right
    assert judge_cost(Cost(id="int33-wx-wj", source="test", text=text, intended=vector_cost, wrt=("w_j",),
                           lets=lets)).kind == "right"


# --- NumPy's ** of a matrix -----------------------------------------------------------------------------------


def test_numpys_power_of_a_matrix_is_entrywise_not_the_inverse():
    # np.array([[2., 1.], [1., 2.]]) ** -1 is [[0.5, 1], [1, 0.5]], the inverse is [[2, -1], [-1, 2]] / 3
    square = np.array([[2.0, 1.0], [1.0, 2.0]])
    assert not np.allclose(square ** -1, np.linalg.inv(square))
    with pytest.raises(InputError, match=r"NumPy's \*\* is entrywise.*not the inverse matrix"):
        logderiv.check("(X.T @ X) ** -1 @ X.T @ y", cost="sum((X w - y)^2)", wrt="w_j")


@pytest.mark.parametrize("answer", [r"(X^T X)^{-1} X^T y", "(X^T X)^(-1) X^T y"])
def test_maths_inverse_is_still_the_inverse(answer):
    with pytest.raises(InputError, match="an inverse matrix"):
        logderiv.check(answer, cost="sum((X w - y)^2)", wrt="w_j")


# --- the dual form's identity -----------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [r"X^T (X X^T + \delta^2 I)^{-1} y", r"X^T (\lambda I + X X^T)^{-1} y"])
def test_the_dual_forms_identity_is_refused_naming_i_not_the_number_beside_it(answer):
    # X X^T is m×m, so its I is m×m; logderiv reads I as ridge's n×n: the message says so, with its caret under I
    with pytest.raises(InputError, match="'I' is read as the n×n identity") as caught:
        logderiv.check(answer, cost=r"\|X w - y\|^2 + \lambda \|w\|^2", wrt="w_j")
    assert answer[caught.value.column] == "I", caught.value.column  # 0-based

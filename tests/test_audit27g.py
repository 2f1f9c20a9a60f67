"""audit27g (issue 10): an adversarial audit of fixf68a's readings, each misread found fixed and held here.

fixf68a reads an undefined φ(x⁽ⁱ⁾) beside the weights as the example's features, shown as x, and refuses x written
beside it on the other side of a check. Two paths let the two meet unrefused, each a false "equivalent":

* the answer's own ``--let`` (beside a preset cost, lets are the answer's): ``--cost linear --let
  'h_i = \\theta^T\\phi(x_i)'`` with the answer ``(1/m)Σ(h_i − y_i)x_ij`` was "equivalent", the let's φ(x) and the
  answer's x made one;
* ``steps``: a derivation from Σ(y − wᵀφ(x))² to −2Σ(y − wᵀx)x_j "held" (a line in x beside the cost's φ(x), or a
  line in φ(x) beside a cost in x).

Each is refused now, as ``check`` refuses an answer in x beside a cost in φ(x). The mathematics that makes them
wrong is shown independently: with a feature map that is not the identity (φ(x) = x², elementwise) the gradient in
raw x differs from the true one, by finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import refused, refused_by_logderiv


# ------------------------------------------------------------------ φ(x) and x on the two sides of a check or a page
def test_a_gradient_in_raw_x_is_not_the_gradient_in_features():
    """Why x beside φ(x) must be refused: Σ(y − wᵀφ(x))²'s gradient is −2Σ(y − wᵀφ(x))φ(x), not −2Σ(y − wᵀx)x."""
    rng = np.random.default_rng(27)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    features = X**2  # a feature map that is not the identity

    def cost(v):
        r = y - features @ v
        return float(r @ r)

    truth = central_differences(cost, w)
    np.testing.assert_allclose(truth, -2 * features.T @ (y - features @ w), rtol=1e-6)
    assert not np.allclose(truth, -2 * X.T @ (y - X @ w))


@pytest.mark.parametrize("preset, model", [
    ("linear", r"h_i = \theta^T\phi(x_i)"),
    ("logistic", r"h_i = \sigma(\theta^T\phi(x_i))"),
])
def test_an_answer_in_x_beside_its_own_let_in_phi_is_refused(preset, model):
    """The preset's lets are the answer's: its h in φ(x), its factor x_ij; judged as one quantity it was equivalent."""
    error = refused(logderiv.check, r"\frac{1}{m}\sum_i (h_i - y_i) x_{ij}", cost=preset, wrt="theta_j", let=(model,))
    assert "x is written here, but φ(x), the feature map, is read as the features in the answer" in error.message
    assert error.label == "ANSWER"


def test_an_answer_s_let_in_phi_beside_a_preset_in_x_is_refused():
    """An answer of its own model's φ(x) beside the preset's x: the let itself is shown."""
    error = refused(logderiv.check, r"\frac{1}{m}\sum_i (h_i - y_i) h_i", cost="linear", wrt="theta_j",
                    let=(r"h_i = \theta^T\phi(x_i)",))
    assert "φ(x), the feature map, is read here as the features, but the cost writes x itself" in error.message
    assert error.label == "--let"


_PHI_COST_LINE = r"J(w) = \sum_i (y_i - w^T\phi(x_i))^2"


@pytest.mark.parametrize("page, said", [
    # the cost in φ(x), the gradient's line in x
    ("\n".join([_PHI_COST_LINE, r"\frac{\partial J}{\partial w_j} = -2\sum_i (y_i - w^T x_i) x_{ij}"]),
     "x is written here, but φ(x), the feature map, is read as the features in the cost"),
    # the cost the lines give, in φ(x), then a line in x
    ("\n".join([r"\frac{\partial J}{\partial w_j} = \frac{\partial}{\partial w_j}\sum_i (y_i - w^T\phi(x_i))^2",
                r"= -2\sum_i (y_i - w^T x_i) x_{ij}"]),
     "x is written here, but φ(x), the feature map, is read as the features in the cost"),
    # the cost in x, the gradient's line in φ(x)
    ("\n".join([r"J(w) = \sum_i (y_i - w^T x_i)^2",
                r"\frac{\partial J}{\partial w_j} = -2\sum_i (y_i - w^T\phi(x_i)) \phi(x_i)_j"]),
     "φ(x), the feature map, is read here as the features, but the cost writes x itself"),
    # the default cost (logistic, in x) beside lines in φ(x)
    (r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_i (\sigma(\theta^T\phi(x_i)) - y_i) \phi(x_i)_j",
     "φ(x), the feature map, is read here as the features, but the cost writes x itself"),
])
def test_a_derivation_mixing_x_and_phi_of_x_is_refused(page, said):
    error = refused_by_logderiv(lambda: logderiv.steps(page, timeout=120))
    assert said in error.message


@pytest.mark.parametrize("page", [
    "\n".join([_PHI_COST_LINE, r"\frac{\partial J}{\partial w_j} = -2\sum_i (y_i - w^T\phi(x_i)) \phi(x_i)_j"]),
    "\n".join([r"\frac{\partial J}{\partial w_j} = \frac{\partial}{\partial w_j}\sum_i (y_i - w^T\phi(x_i))^2",
               r"= -2\sum_i (y_i - w^T\phi(x_i)) \phi(x_i)_j"]),
])
def test_a_derivation_in_phi_throughout_still_holds(page):
    """The right gradient, −2Σ(y − wᵀφ(x))φ(x)_j (by finite differences above), written in φ(x) on every line."""
    review = logderiv.steps(page, wrt="w_j", timeout=120)
    assert review.ending == "gradient" and review.first_error is None


# ------------------------------------------------------------------ φ of one feature is not the example's feature j
_RIDGE_PHI = r"\frac{1}{2}\|w\|^2 + \sum_{i=1}^{n} (y^{(i)} - w^T\phi(x^{(i)}))^2"


def test_phi_of_a_feature_is_not_a_feature_of_phi():
    """φ(x)_j, the example's feature j, is not φ(x_j), φ applied to feature j alone.

    A feature map defined on vectors of any length, the normalisation φ(v) = v/‖v‖: φ(x)_j = x_j/‖x‖, while
    φ(x_j) = sign(x_j). The gradient of ½‖w‖² + Σ(y − wᵀφ(x))² (by finite differences) is built from the first.
    """
    rng = np.random.default_rng(2727)
    X, y, w = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)

    def phi(v):
        return v / np.linalg.norm(v)

    features = np.array([phi(x) for x in X])
    per_feature = np.array([[phi(x[j:j + 1])[0] for j in range(3)] for x in X])  # φ(x_j): sign(x_j)

    def cost(v):
        r = y - features @ v
        return 0.5 * float(v @ v) + float(r @ r)

    truth = central_differences(cost, w)
    np.testing.assert_allclose(truth, w - 2 * features.T @ (y - features @ w), rtol=1e-6)
    assert not np.allclose(truth, w - 2 * per_feature.T @ (y - features @ w))


@pytest.mark.parametrize("factor", [r"\phi(x^{(i)}_j)", r"\phi(x_j^{(i)})", r"\phi(x_{ij})"])
def test_phi_of_one_feature_is_not_read_as_the_features(factor):
    """φ(x_j⁽ⁱ⁾) was read as φ(x⁽ⁱ⁾)_j, x_j⁽ⁱ⁾ shown, silently: the answer below was "equivalent" (above: for
    φ(v) = v/‖v‖ it is not; for an elementwise φ it would be). Which φ the writer means is not said: refused."""
    answer = rf"w_j - 2\sum_i (y^{{(i)}} - w^T\phi(x^{{(i)}})){factor}"
    refused_by_logderiv(lambda: logderiv.check(answer, cost=_RIDGE_PHI, wrt="w_j"))


def test_the_example_s_feature_of_phi_is_still_read():
    """φ(x⁽ⁱ⁾)_j, the example's feature j, stays read: the right answer (by finite differences above) is equivalent."""
    from _reading import assert_verdict_read

    assert_verdict_read(r"w_j - 2\sum_i (y^{(i)} - w^T\phi(x^{(i)}))\phi(x^{(i)})_j", _RIDGE_PHI, "equivalent",
                        wrt="w_j")

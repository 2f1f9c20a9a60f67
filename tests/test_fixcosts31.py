"""fixcosts31: pages whose cost `logderiv steps` could not pick, read where the page says which cost it derives.

- A cost restated with a penalty added (least squares, then ridge) beside a derivation whose lines write the penalty's
  strength λ: the lines derive the penalised cost (read so, noted). Lines without λ stay refused: a ridge derivation
  that dropped its penalty term would otherwise read as a right one of the plain cost. A derivation by a parameter the
  penalty does not write (∂J/∂b beside a penalty on w) has the same derivative under either, and reads.
- A likelihood 𝓛(θ) = ∏ … (a product over the examples, maximised) before the log-likelihood ℓ that the derivation
  differentiates: where the cost comes from, set aside with a note, never read as a second cost.

Each hand-worked gradient is checked here with finite differences (tests/_numeric.py), never against logderiv.
"""

from __future__ import annotations

import numpy
import pytest

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences, log_likelihood

# -- least squares, then ridge, listed side by side -------------------------------------------------------------------
#
# J(w) = (1/2m)Σ(w xᵢ − yᵢ)², then "with L2 regularization" J(w) = the same + (λ/2m)w², then ∂J/∂w = (1/m)Σ(w xᵢ −
# yᵢ)xᵢ + (λ/m)w: the λ in the lines is the penalty's, which the plain cost never writes, so ridge's cost is derived.

_RIDGE = r"""The cost:

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$

With L2 regularization:

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m} w^2$$

$$\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)}) x^{(i)} + \frac{\lambda}{m} w$$
"""

_DATA = numpy.random.default_rng(3131)
_X, _Y, _LAM = _DATA.normal(size=5), _DATA.normal(size=5), 0.8


def _ridge(v: numpy.ndarray) -> float:
    return float(((v[0] * _X - _Y) ** 2).sum() / (2 * len(_X)) + _LAM / (2 * len(_X)) * v[0] ** 2)


def test_the_hand_worked_ridge_derivative_by_finite_differences():
    w = numpy.array([0.4])
    written = ((w[0] * _X - _Y) * _X).sum() / len(_X) + _LAM / len(_X) * w[0]
    planted = ((w[0] * _X - _Y) * _X).sum() / len(_X) + _LAM / (2 * len(_X)) * w[0]
    assert numpy.allclose(central_differences(_ridge, w), [written])
    assert not numpy.allclose(central_differences(_ridge, w), [planted])


def test_lines_writing_the_penalty_derive_the_penalised_cost(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _RIDGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("with a penalty added" in note and "λ" in note and "line 3's" in note for note in review["notes"])


def test_a_slip_in_the_penalty_term_is_still_wrong(tmp_path):
    page = _RIDGE.replace(r"+ \frac{\lambda}{m} w$$", r"+ \frac{\lambda}{2m} w$$")
    assert page != _RIDGE
    assert _review(tmp_path, page)[:3] == (1, "wrong", [9])


def test_lines_without_the_penalty_stay_refused(tmp_path):
    # right for least squares, and ridge's derivation with its penalty term dropped: which one, the page does not say
    page = _RIDGE.replace(r" + \frac{\lambda}{m} w$$", "$$")
    assert page != _RIDGE
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "which one does it derive?" in result.stderr and "line 7" in result.stderr and "^" in result.stderr
    assert "nor the penalty's strength λ" in result.stderr  # what would have told the two apart


_RIDGE_B = r"""The cost:

$$J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2$$

With L2 regularization:

$$J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m} w^2$$

$$\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})$$
"""


def test_the_derivative_by_b_is_the_same_for_both_costs_by_finite_differences():
    plain = lambda v: float(((v[0] * _X + v[1] - _Y) ** 2).sum() / (2 * len(_X)))  # noqa: E731
    ridge = lambda v: plain(v) + _LAM / (2 * len(_X)) * v[0] ** 2  # noqa: E731
    at = numpy.array([0.4, -0.3])
    assert numpy.allclose(central_differences(plain, at)[1], central_differences(ridge, at)[1])
    assert numpy.allclose(central_differences(ridge, at)[1], (at[0] * _X + at[1] - _Y).sum() / len(_X))


def test_a_derivative_by_a_parameter_the_penalty_does_not_write_reads(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _RIDGE_B)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("does not write, so its derivative is the same for both" in note for note in review["notes"])
    slipped = _RIDGE_B.replace(r"(w x^{(i)} + b - y^{(i)})$$", r"(w x^{(i)} + b - y^{(i)}) + \frac{\lambda}{m} b$$")
    assert slipped != _RIDGE_B
    assert _review(tmp_path, slipped)[:2] == (1, "wrong")


# -- a likelihood, a product over the examples, before the log-likelihood derived -------------------------------------

_LIKELIHOOD = r"""The likelihood of the data:

$$\mathcal{L}(\theta) = \prod_{i=1}^m p(y^{(i)} | x^{(i)}; \theta) = \prod_{i=1}^m h_\theta(x^{(i)})^{y^{(i)}} (1 - h_\theta(x^{(i)}))^{1 - y^{(i)}}$$

where $h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}$. The log-likelihood is

$$\ell(\theta) = LOG \sum_{i=1}^m \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)})) \right]$$

$$\frac{\partial \ell}{\partial \theta_j} = \sum_{i=1}^m \left( \frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1 - y^{(i)}}{1 - h_\theta(x^{(i)})} \right) h_\theta(x^{(i)})(1 - h_\theta(x^{(i)})) x_j^{(i)} = \sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}$$
"""


def test_the_hand_worked_log_likelihood_gradient_by_finite_differences():
    generator = numpy.random.default_rng(3132)
    X, labels, theta = generator.normal(size=(7, 3)), generator.integers(0, 2, size=7), generator.normal(size=3)
    h = 1 / (1 + numpy.exp(-X @ theta))
    assert numpy.allclose(central_differences(lambda t: log_likelihood(X, labels, t), theta), X.T @ (labels - h))


@pytest.mark.parametrize("log", [r"\log \mathcal{L}(\theta) =", ""], ids=["named-by-its-log", "product-alone"])
def test_the_likelihood_is_set_aside_with_a_note(tmp_path, log):
    code, ending, wrong, review = _review(tmp_path, _LIKELIHOOD.replace("LOG", log))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 3 defines the likelihood 𝓛") for note in review["notes"])


def test_a_slip_beside_the_set_aside_likelihood_is_still_wrong(tmp_path):
    page = _LIKELIHOOD.replace("LOG", "").replace(r"= \sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}$$",
                                                  r"= \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$")
    assert "(h_\\theta(x^{(i)}) - y^{(i)}) x_j" in page
    assert _review(tmp_path, page)[:3] == (1, "wrong", [9])


def test_a_product_display_the_page_differentiates_is_not_set_aside(tmp_path):
    # ∂𝓛/∂θⱼ: the page derives the product itself, so it is no mere origin of the cost; no likelihood note
    page = (_LIKELIHOOD.replace("LOG", "").split("where")[0]
            + r"$$\frac{\partial \mathcal{L}}{\partial \theta_j} = \prod_{i=1}^m h_\theta(x^{(i)})$$" + "\n")
    result = _steps(tmp_path, page, "-f", "text")
    assert "defines the likelihood" not in result.output + result.stderr

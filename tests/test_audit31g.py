"""audit31g: an adversarial audit of fixcold32a's lemma chains and fixcosts31's penalised costs and likelihoods.

fixcosts31 reads a derivative by a parameter the penalty does not write (∂J/∂b beside J = A + (λ/2m)w²) against the
penalised cost, as its derivative is the same under both. The check was textual: the penalty writes no ``b``. But a
penalty may hold b under a name the plain cost never writes: ``+ \\frac{\\lambda}{2m}\\|\\theta\\|^2`` with the prose
saying θ = (w, b). Then ∂J/∂b of the penalised cost has a (λ/m)b term, and a derivation without it was judged right
(against a cost whose θ the engine held as a letter of its own): a false "right" for the page's ridge. Now a penalty
writing a name the plain cost does not leaves the page refused, as a page that cannot tell its two costs apart is.

The derivation's lines were searched for the penalty's strength λ from its first display to its last, prose between
them included: "(the term with $λ$ we leave for later)" between ∂J/∂w = (1/2m)Σ2(…)x and = (1/m)Σ(…)x made the
page read as ridge and judged wrong at its first step, where the lines (right for least squares) write no λ: a false
"wrong" on a page that does not say which cost it derives. Now only the displays' maths is searched, and it is refused.

The mathematics is checked independently by central finite differences (tests/_numeric.py), never by logderiv.
"""

from __future__ import annotations

import numpy

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

#: least squares in (w, b), then ridge penalising θ = (w, b) written as ‖θ‖², then ∂J/∂b without a penalty term
_THETA_PENALTY = r"""The cost, with $\theta = (w, b)$:

$$J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2$$

With L2 regularization:

$$J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m} \|\theta\|^2$$

$$\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})$$
"""

_DATA = numpy.random.default_rng(3107)
_X, _Y, _LAM = _DATA.normal(size=6), _DATA.normal(size=6), 0.9


def _plain(v: numpy.ndarray) -> float:
    return float(((v[0] * _X + v[1] - _Y) ** 2).sum() / (2 * len(_X)))


def _ridge_of_theta(v: numpy.ndarray) -> float:
    return _plain(v) + _LAM / (2 * len(_X)) * float(v @ v)  # θ = (w, b): b penalised too


def test_the_written_derivative_by_b_is_the_plain_costs_not_the_ridge_of_theta():
    at = numpy.array([0.4, -0.7])
    written = (at[0] * _X + at[1] - _Y).sum() / len(_X)
    assert numpy.isclose(central_differences(_plain, at)[1], written)
    assert not numpy.isclose(central_differences(_ridge_of_theta, at)[1], written)
    assert numpy.isclose(central_differences(_ridge_of_theta, at)[1], written + _LAM / len(_X) * at[1])


def test_a_penalty_on_a_name_the_plain_cost_never_writes_stays_refused(tmp_path):
    # was read against the penalised cost ("b, which the penalty does not write") and judged right
    result = steps_of_page(tmp_path, _THETA_PENALTY)
    assert result.exit_code == 2, result.output
    assert "which one does it derive?" in result.stderr and "line 7" in result.stderr and "^" in result.stderr
    assert "every step holds" not in result.output


def test_a_penalty_on_w_beside_the_derivative_by_b_still_reads(tmp_path):
    # the reading fixcosts31 made stays: the penalty writes only w, a name the plain cost writes
    page = _THETA_PENALTY.replace(r"\|\theta\|^2", r"\|\mathbf{w}\|^2").replace(", with $\\theta = (w, b)$", "")
    assert r"\|\mathbf{w}\|^2" in page and "theta" not in page
    at = numpy.array([0.4, -0.7])
    ridge_of_w = lambda v: _plain(v) + _LAM / (2 * len(_X)) * v[0] ** 2  # noqa: E731
    assert numpy.isclose(central_differences(ridge_of_w, at)[1], (at[0] * _X + at[1] - _Y).sum() / len(_X))
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("which the penalty does not write" in note for note in review["notes"])


#: least squares, then ridge, then a derivation of two displays writing no λ, the prose between them naming it
_PROSE_LAMBDA = r"""The cost:

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$

With L2 regularization:

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m} w^2$$

$$\frac{\partial J}{\partial w} = \frac{1}{2m} \sum_{i=1}^{m} 2 (w x^{(i)} - y^{(i)}) x^{(i)}$$

(the term with $\lambda$ we leave for later)

$$= \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)}) x^{(i)}$$
"""


def test_the_written_steps_are_the_plain_costs_derivative_by_finite_differences():
    at = numpy.array([0.4])
    plain = lambda v: float(((v[0] * _X - _Y) ** 2).sum() / (2 * len(_X)))  # noqa: E731
    ridge = lambda v: plain(v) + _LAM / (2 * len(_X)) * v[0] ** 2  # noqa: E731
    first = (2 * (at[0] * _X - _Y) * _X).sum() / (2 * len(_X))
    last = ((at[0] * _X - _Y) * _X).sum() / len(_X)
    assert numpy.isclose(first, last) and numpy.isclose(central_differences(plain, at)[0], last)
    assert not numpy.isclose(central_differences(ridge, at)[0], last)  # the lines are not ridge's derivative


def test_a_strength_named_only_in_prose_between_the_displays_does_not_pick_the_cost(tmp_path):
    # was read as ridge (the prose's λ taken for the lines') and judged wrong at line 9
    result = steps_of_page(tmp_path, _PROSE_LAMBDA)
    assert result.exit_code == 2, result.output
    assert "which one does it derive?" in result.stderr and "nor the penalty's strength λ" in result.stderr
    assert "wrong at" not in result.output

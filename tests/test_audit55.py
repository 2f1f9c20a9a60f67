"""Audit 55 (issue 10: never a silent misread) of fixf52's readings: exp's unclosed bracket in
``\\log \\left(1 + \\exp( βᵀxᵢ \\right)`` is closed before the ``\\right)`` only where that is the one place for it.

The rule holds the ')' to one place inside the exp (one name or one inner product). Outside it there is a second
place: a writer who lost one bracket may have meant the ``\\right)`` as the exp's own ``)`` and lost the
``\\left(``'s, whose group then runs on to the enclosing group's end. Where a closer follows the ``\\right)`` both
places give one formula; where a factor or a power follows, two — and a power inside the argument is a second place
too. Each such text is refused; the two meanings are worked by hand in NumPy and shown to differ, and the texts the
rule was made for are held to central finite differences (``_numeric``) through the corpus judge (``_reading``).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused_by_logderiv

RNG = np.random.default_rng(55)
XS, YS = RNG.normal(size=(5, 3)), (RNG.normal(size=5) > 0).astype(float)


def _softplus_sum(inner):
    """Σᵢ[yᵢβᵀxᵢ − inner(βᵀxᵢ)] for a NumPy function ``inner`` of the inner products: the cost of each reading."""
    def cost(beta: np.ndarray) -> float:
        z = XS @ beta
        return float(np.sum(YS * z - inner(z)))
    return cost


def _loglik(d) -> float:
    """Σᵢ[yᵢβᵀx⁽ⁱ⁾ − log(1 + e^{βᵀx⁽ⁱ⁾})], the logistic log-likelihood."""
    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.log1p(np.exp(z))))


#: each text with an unclosed exp, and the two formulas its lost bracket leaves (by hand, of z = βᵀxᵢ)
TWO_PLACES = [
    # the ')' before \right): log(1 + eᶻ)·yᵢ; the \right) the exp's and the log's bracket lost: log(1 + eᶻ·yᵢ)
    (r"\sum_{i=1}^n \left[ y_i \beta^T x_{i} - \log \left(1 + \exp( \beta^T x_{i} \right) y_i \right]",
     lambda z: np.log1p(np.exp(z)) * (YS + 1), lambda z: np.log1p(np.exp(z) * (YS + 1))),
    # the power on the group, (1 + eᶻ)², or the \right) the exp's and the power on it, 1 + (eᶻ)²
    (r"\sum_{i=1}^n \left[ y_i \beta^T x_{i} - \left(1 + \exp( \beta^T x_{i} \right)^2 \right]",
     lambda z: (1 + np.exp(z)) ** 2, lambda z: 1 + np.exp(z) ** 2),
    # log(1 + e^{z²}) or log(1 + (eᶻ)²): the ')' before the power or after it
    (r"\sum_{i=1}^n \left[ y_i \beta^T x_{i} - \log \left(1 + \exp( z_{i}^{2} \right) \right]",
     lambda z: np.log1p(np.exp(z ** 2)), lambda z: np.log1p(np.exp(z) ** 2)),
]


@pytest.mark.parametrize(("text", "one", "other"), TWO_PLACES)
def test_the_two_places_of_the_lost_bracket_are_two_formulas(text, one, other):
    """By hand: the two readings' gradients differ at a random β, so reading either would be a guess."""
    at = RNG.normal(size=3)
    assert not np.allclose(central_differences(_softplus_sum(one), at), central_differences(_softplus_sum(other), at),
                           atol=1e-4)


@pytest.mark.parametrize(("text", "one", "other"), TWO_PLACES)
def test_an_unclosed_exp_with_two_places_for_its_bracket_is_refused(text, one, other):
    """Something after the \\right) (a factor, a power) or a power inside the exp: refused, with a caret."""
    lets = (r"z_i = \beta^T x_i",) if "z_{i}" in text else ()
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="beta_j", let=lets))
    # fixcold33b names the unclosed bracket and both places its ")" may go (before it said only "does not close")
    assert "is never closed inside" in str(error)


def test_the_softplus_with_one_place_for_its_bracket_is_still_read():
    """By hand: Σᵢ[yᵢβᵀx⁽ⁱ⁾ − log(1 + e^{βᵀx⁽ⁱ⁾})]: the example's ^{(i)} is no power, and a closer (the real text's
    \\right]) follows the \\right), so the ')' has one place."""
    cost = (r"\sum_{i=1}^m \left[ y^{(i)} \beta^T x^{(i)} - \log \left(1 + \exp( \beta^T x^{(i)} \right) \right]")
    assert_gradient_read(cost, _loglik, wrt=("beta_j",))
    assert any("is never closed" in note for note in logderiv.derive(cost, wrt="beta_j").notes)


# ------------------------------------------------------------------ near-variants of fixf52's other readings that
# mean something else: each refused today (probed by audit55); kept so that a wider rule cannot read them silently

VELOG_COST = (
    r"J(w,b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log f^{(i)} + (1 - y^{(i)}) \log(1 - f^{(i)}) \right]"
)
VELOG_F = r"f(x) = \frac{1}{1 + e^{-(w \cdot x + b)}}"
VELOG_DB = r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (f^{(i)} - y^{(i)})"


@pytest.mark.parametrize("second", [
    r"f^{(i)} = f(x^{(i)}) + b",  # the model shifted by b again: σ(wᵀx + b) + b is a second f, not a restatement
    r"f^{(i)} = f(x^{(i)})^2",  # the model squared
])
def test_a_let_that_adds_to_the_restated_f_is_no_restatement(second):
    """Only the whole value f(x⁽ⁱ⁾) restates f; more after it defines f⁽ⁱ⁾ anew (refused: f defined twice)."""
    refused_by_logderiv(lambda: logderiv.check(VELOG_DB, cost=VELOG_COST, wrt="b", let=(VELOG_F, second)))


@pytest.mark.parametrize("cost", [
    r"J(A) = \|Ax - y\|^2",  # a cost of A: A learned, x the data (a matrix regression), ∂/∂x one by the data
    r"\sum_i \|A x_i - y_i\|^2",  # x with the example's index: the data
])
def test_least_squares_letters_read_otherwise_are_refused(cost):
    """--wrt x_j over A, x, y is least squares only where nothing says x is the data."""
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="x_j"))

"""audit28g (issue 10): a chain that defines the model is never the derivation, even where the derivation is one '='.

A page gives ∂J/∂θⱼ = (1/m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ in one display, then h_θ(x) = θᵀx and ``= xᵀθ`` on a display of
its own (or h_θ(x) = g(θᵀx) = 1/(1 + e^{−θᵀx}) in one): the definition's chain was the page's only chain of several
'=', read as the derivation, and the right page was judged wrong at "h". A chain whose first side is a name (not the
cost's) and which takes no derivative anywhere is a definition and its rewrites: read as --let, its sides compared;
the derivation is the display that differentiates.

What each page means was worked by hand; the facts the verdicts rest on are checked by central finite differences
with NumPy, never against logderiv's output:

* the linear cost (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∂/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) is not it;
* the logistic cost −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] has ∂/∂θⱼ = (1/m)Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and g(θᵀx) with
  g Ng's sigmoid is 1/(1 + e^{−θᵀx}), not 1/(1 + e^{θᵀx}).
"""

from __future__ import annotations

import functools
import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, half_mean_square

_RNG = numpy.random.default_rng(2807)
_X = numpy.column_stack([numpy.ones(6), _RNG.normal(size=(6, 2))])
_Y = _RNG.normal(size=6)
_LABELS = (_RNG.random(6) < 0.5).astype(float)
_THETA = numpy.array([0.3, -0.4, 0.8])
_NOTE = "a chain that defines the model: read as a rewrite of it"


_linear = functools.partial(half_mean_square, _X, _Y)
_logistic = functools.partial(cross_entropy, _X, _LABELS)


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    assert numpy.allclose(central_differences(_linear, _THETA), _X.T @ (_X @ _THETA - _Y) / m, atol=1e-6)
    assert not numpy.allclose(central_differences(_linear, _THETA), numpy.full(3, numpy.mean(_X @ _THETA - _Y)),
                              atol=1e-3)
    p = 1 / (1 + numpy.exp(-(_X @ _THETA)))
    assert numpy.allclose(central_differences(_logistic, _THETA), _X.T @ (p - _LABELS) / m, atol=1e-6)
    assert not numpy.allclose(p, 1 / (1 + numpy.exp(_X @ _THETA)))
    assert numpy.allclose(_X @ _THETA, _THETA @ _X.T)  # θᵀx = xᵀθ at each example


_GRADIENT = r"\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
_DROPPED = r"\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})"
_LINEAR = (r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2$$" "\n"
           f"$${_GRADIENT}$$\nwhere\n$$h_\\theta(x) = \\theta^T x$$\n$$= x^T \\theta$$\n")
_LOGISTIC_TWO = f"$${_GRADIENT}$$\nwhere\n$$h_\\theta(x) = g(\\theta^T x)$$\n$$= \\frac{{1}}{{1+e^{{-\\theta^T x}}}}$$\n"
_LOGISTIC_ONE = f"$${_GRADIENT}$$\nwhere\n$$h_\\theta(x) = g(\\theta^T x) = \\frac{{1}}{{1+e^{{-\\theta^T x}}}}$$\n"


@pytest.mark.parametrize("page, line", [(_LINEAR, 2), (_LOGISTIC_TWO, 1), (_LOGISTIC_ONE, 1)])
def test_the_display_that_differentiates_is_the_derivation(tmp_path, page, line):
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    # xⱼ dropped (not the gradient, above): wrong at the derivation's line, never at h
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(_GRADIENT, _DROPPED))
    assert (code, ending, wrong) == (1, "wrong", [line])


@pytest.mark.parametrize("page, slip", [(_LINEAR, ("= x^T \\theta", "= 2 x^T \\theta")),
                                        (_LOGISTIC_TWO, ("e^{-\\theta^T x}", "e^{\\theta^T x}")),
                                        (_LOGISTIC_ONE, ("e^{-\\theta^T x}", "e^{\\theta^T x}"))])
def test_a_slip_in_the_rewrite_is_never_passed(tmp_path, page, slip):
    # the rewrite's sides differ (above): refused or wrong, never "every step holds"
    result = _steps(tmp_path, page.replace(*slip), "-f", "json", "--timeout", "60")
    assert result.exit_code in (1, 2), result.output


def test_the_reading_is_noted_in_every_format(tmp_path):
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, _LINEAR, "-f", form, "--timeout", "60")
        assert result.exit_code == 0, (form, result.output)
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert _NOTE in notes and "line 5" in notes, form


def test_a_definition_against_the_default_cost_is_still_refused(tmp_path):
    # the brief's page: h = θᵀx beside no cost; the default cost is logistic, whose h is σ(θᵀx): refused as a
    # one-'=' definition is, never judged with either h
    page = (r"$$\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$" "\n"
            "where\n$$h_\\theta(x) = \\theta^T x$$\n$$= \\sum_k \\theta_k x_k$$\n")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2 and "otherwise than the cost defines it" in result.stderr


def test_no_chain_that_differentiates_is_refused_as_before(tmp_path):
    page = "$$h_\\theta(x) = \\theta^T x$$\n$$= x^T \\theta$$\n"
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2 and "there is no derivation on this page" in result.stderr

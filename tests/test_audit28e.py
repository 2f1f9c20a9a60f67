"""audit28e (issue 10): an adversarial audit of fixcold29a's readings of written derivations, and the misreads found.

fixcold29a set aside one example's cost by cases on the label and the log-likelihood a cost restates (J = −(1/m) l),
each unchecked. Three kinds of page went through as right although a line of them is wrong:

* cases that are not the cross-entropy's (a sign slipped in the y = 1 case, the labels swapped), noted as "the cases
  of the cross-entropy" and skipped: now left as written (refused, as before fixcold29a);
* a cost written in an align, ``J(\\theta) =& X`` (the & after the '='), was never read as the page's cost (on main
  too): the default logistic cost was taken, and a sign dropped in X (a maximised objective) went unjudged. With the
  cases rule this hid a written-out side other than the cases' cost. Now X is the cost, as ``J(\\theta) &= X`` is;
* ``J(θ) = −(1/m) l(θ)`` restating a log-likelihood l whose side is not, as written, the written cost without its
  −(1/m) (l with a sign slip, l negated already, another count): two different costs, now refused, as the unscaled
  ``J = −l = A`` already is.

The facts the pages rest on are checked here by central finite differences with NumPy, never by logderiv: the
logistic cost's gradient is (1/m)Σ(σ − y)xⱼ, and the gradient of the same sum with its minus dropped is its negative.
"""

from __future__ import annotations

import json

import numpy
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RNG = numpy.random.default_rng(2828)
_X = numpy.column_stack([numpy.ones(6), _RNG.normal(size=(6, 2))])
_LABELS = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
_THETA = numpy.array([0.3, -0.4, 0.8])


def _log_likelihood_mean(theta):
    p = 1 / (1 + numpy.exp(-(_X @ theta)))
    return numpy.mean(_LABELS * numpy.log(p) + (1 - _LABELS) * numpy.log(1 - p))


def test_the_facts_the_pages_rest_on():
    p = 1 / (1 + numpy.exp(-(_X @ _THETA)))
    gradient = _X.T @ (p - _LABELS) / len(_LABELS)
    # −(1/m)Σ[y log σ + (1 − y) log(1 − σ)]: the gradient (1/m)Σ(σ − y)xⱼ
    assert numpy.allclose(central_differences(lambda t: -_log_likelihood_mean(t), _THETA), gradient, atol=1e-6)
    # the sign dropped, +(1/m)Σ[…]: the negative of it, so (1/m)Σ(σ − y)xⱼ is not its gradient
    assert numpy.allclose(central_differences(_log_likelihood_mean, _THETA), -gradient, atol=1e-6)
    assert not numpy.allclose(central_differences(_log_likelihood_mean, _THETA), gradient, atol=1e-3)


_GRADIENT = ("$$\n\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}(\\sigma(\\theta^Tx^{(i)})"
             " - y^{(i)})x_j^{(i)}\n$$\n")
_SUM = ("\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))+(1-y^{(i)})\\log(1-h_\\theta(x^{(i)})))")
_CASES = ("$$\nCost(h_\\theta(x),y)=\\begin{cases}-\\log(h_\\theta(x))&if\\; y=1 \\\\-\\log(1-h_\\theta(x))&if\\; y=0"
          "\\end{cases}\n$$\n\n")
_COST_CHAIN = ("$$\n\\begin{align}\nJ(\\theta)=&\\frac{1}{m}\\sum_{i=1}^{m}Cost(h_\\theta(x^{(i)}),y^{(i)})\\\\\n"
               f"=&-\\frac{{1}}{{m}}{_SUM}\n\\end{{align}}\n$$\n\n")
_CASES_NOTE = "the cases of the cross-entropy: not read"


# --- a cost written in an align, J(θ) =& X ------------------------------------------------------------------------

def test_a_cost_written_in_an_align_after_its_equals_is_the_cost(tmp_path):
    # J(θ) =& +(1/m)Σ[…] (the sign dropped): the line's (1/m)Σ(σ − y)xⱼ is the negative of its gradient (above):
    # wrong. Was right: the align's cost went unread and the default logistic cost was judged instead
    page = f"$$\n\\begin{{align}}\nJ(\\theta)=&\\frac{{1}}{{m}}{_SUM}\n\\end{{align}}\n$$\n\n" + _GRADIENT
    code, ending, _, review = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert any("the cost is the one line 3 defines" in note for note in review["notes"])
    # the minus written: the logistic cost, whose gradient the line is (above)
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace("=&\\frac", "=&-\\frac"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_cost_chain_through_the_cases_is_judged_by_its_written_out_side(tmp_path):
    # J = (1/m)Σ Cost(…) = +(1/m)Σ[…]: the cost written out is the sign-dropped one, whose gradient the line is not
    # (above). Was right: the chain's cost went unread (J(θ) then '=&' on the next row) and the default was judged
    page = _CASES + _COST_CHAIN.replace("=&-\\frac{1}{m}", "=&\\frac{1}{m}") + _GRADIENT
    code, ending, _, review = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert any(_CASES_NOTE in note for note in review["notes"])
    # written out right: the gradient
    code, ending, wrong, _ = review_of_page(tmp_path, _CASES + _COST_CHAIN + _GRADIENT)
    assert (code, ending, wrong) == (0, "gradient", [])


# --- cases that are not the cross-entropy's -----------------------------------------------------------------------

def test_cases_other_than_the_cross_entropy_s_are_not_set_aside(tmp_path):
    # Cost = log h if y = 1 (its minus slipped), or the labels swapped: not the cost the chain writes out, so the
    # chain's first '=' is false; skipped and called "the cases of the cross-entropy", the page was right. Refused
    slipped = _CASES.replace("-\\log(h_\\theta(x))&if", "\\log(h_\\theta(x))&if")
    swapped = _CASES.replace("y=1", "y=Q").replace("y=0", "y=1").replace("y=Q", "y=0")
    for cases in (slipped, swapped):
        result = _steps(tmp_path, cases + _COST_CHAIN + _GRADIENT, "-f", "json", "--timeout", "60")
        assert result.exit_code == 2, result.stdout
        assert _CASES_NOTE not in result.stdout + result.stderr
    # the cases written with \left( \right), \text{if } and a trailing row break are still the cross-entropy's
    styled = ("$$\nCost(h_\\theta(x),y)=\\begin{cases}-\\log\\left(h_\\theta(x)\\right) & \\text{if } y = 1 \\\\ "
              "-\\log\\left(1-h_\\theta(x)\\right) & \\text{if } y = 0 \\\\\n\\end{cases}\n$$\n\n")
    code, ending, wrong, review = review_of_page(tmp_path, styled + _COST_CHAIN + _GRADIENT)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_CASES_NOTE in note for note in review["notes"])


# --- J = −(1/m) l, with l not the cost written out ------------------------------------------------------------------

_WRITTEN = f"$$\nJ(\\theta)=-\\frac{{1}}{{m}}{_SUM}\n$$\n\n"
_LOG_LIKELIHOOD = (f"$$\n\\begin{{align}}\nl(\\theta)=&\\log L(\\theta)\\\\\n=&{_SUM}\n\\end{{align}}\n$$\n\n"
                   "$$\nJ(\\theta)=-\\frac{1}{m}l(\\theta)\n$$\n\n")
_TWO_COSTS = "writes out is not that with −(1/"


def test_a_log_likelihood_other_than_the_written_cost_is_refused(tmp_path):
    slipped = _LOG_LIKELIHOOD.replace("=&\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))+(1-y^{(i)})",
                                      "=&\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))-(1-y^{(i)})")
    negated = _LOG_LIKELIHOOD.replace("=&\\sum", "=&-\\sum")  # so −(1/m) l is +(1/m)Σ[…], not the cost written
    counted = _LOG_LIKELIHOOD.replace("-\\frac{1}{m}l", "-\\frac{1}{n}l")
    for log in (slipped, negated, counted):
        assert log != _LOG_LIKELIHOOD
        result = _steps(tmp_path, _WRITTEN + log + _GRADIENT, "-f", "json", "--cost", "logistic", "--timeout", "60")
        assert result.exit_code == 2, result.stdout
        error = json.loads(result.stdout)
        assert _TWO_COSTS in error["message"] and error["line"] == 13
    # l's side as the cost's without −(1/m), its bracket left open as the Chinese note leaves it: set aside, right
    opened = _LOG_LIKELIHOOD.replace("\\log(h_\\theta(x^{(i)}))+(1", "\\log(h_\\theta(x^{(i)})+(1")
    code, ending, wrong, review = review_of_page(tmp_path, _WRITTEN + opened + _GRADIENT)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("as −(1/m) times it: where the cost" in note for note in review["notes"])


# --- δ typed elsewhere on a page that writes \frac{\delta}{\delta\theta_j} ---------------------------------------

def test_a_typed_delta_elsewhere_leaves_the_page_as_written(tmp_path):
    # δ⁽ⁱ⁾, the error term, typed as δ (not \delta) in the prose and a display: a quantity the page names, so no
    # \delta of it is read as ∂ (was read so, counting only \delta; the page is refused either way at δ⁽ⁱ⁾'s line)
    page = ("$$\n\\frac{\\delta}{\\delta\\theta_j}J(\\theta) = \\frac{\\delta}{\\delta\\theta_j}\\frac{1}{2m}"
            "\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})^2\n$$\n\n"
            "$$\n= \\frac{1}{m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}\n$$\n\n"
            "where δ⁽ⁱ⁾ = θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾ is the error.\n")
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert "is read as ∂/∂ throughout the page" not in result.stdout + result.stderr

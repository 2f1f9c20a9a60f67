"""fixderivs4: the log-likelihood named l(θ), ℓ(θ) on a left side and differentiated operator first.

CS229-style notes write ``l(θ) = log L(θ) = Σᵢ [y log h + (1 − y) log(1 − h)]`` and then
``\\frac{\\partial}{\\partial\\theta_j} l(\\theta) = …``. Expected results are worked out by hand:
for ℓ(θ) = Σᵢ [yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ)], hᵢ = σ(θᵀxᵢ),

    ∂ℓ/∂θⱼ = Σᵢ (yᵢ/hᵢ − (1 − yᵢ)/(1 − hᵢ)) hᵢ(1 − hᵢ) xᵢⱼ = Σᵢ (yᵢ − hᵢ) xᵢⱼ

(checked below against central finite differences with NumPy, never against logderiv). The
log-likelihood is ascended: its gradient has y − h where the logistic cost's has h − y.
"""

from __future__ import annotations

import numpy
import pytest
from _derivations_table import derivative_page as _derivation
from _derivations_table import display as _display
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RIGHT_LAST = r"\sum_{i=1}^m(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}"
_FLIPPED_LAST = r"\sum_{i=1}^m(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"
_LOG_LIKELIHOOD = r"\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"


def test_the_log_likelihoods_gradient_is_the_hand_worked_one_by_finite_differences():
    generator = numpy.random.default_rng(4)
    m, n = 6, 3
    X, y = generator.normal(size=(m, n)), generator.uniform(0.1, 0.9, size=m)
    theta = generator.normal(size=n)

    def log_likelihood(v):
        h = 1 / (1 + numpy.exp(-(X @ v)))
        return numpy.sum(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    numeric = central_differences(log_likelihood, theta)
    h = 1 / (1 + numpy.exp(-(X @ theta)))
    assert numpy.allclose(numeric, X.T @ (y - h), atol=1e-6)
    assert not numpy.allclose(numeric, X.T @ (h - y), atol=1e-6)


# -- operator first: \frac{\partial}{\partial\theta_j} l(\theta) ------------------------------------------------

def test_operator_first_ell_of_theta_after_its_definition_reads_as_the_objective_and_is_noted(tmp_path):
    page = _display(rf"\ell(\theta)={_LOG_LIKELIHOOD}") + "\n" + _derivation(r"\ell", _RIGHT_LAST)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the objective" in note and "not \\ell times \\theta" in note for note in review["notes"])


def test_operator_first_plain_l_reads_as_the_log_likelihood_the_page_defines(tmp_path):
    page = _display(rf"l(\theta)={_LOG_LIKELIHOOD}") + "\n" + _derivation("l", _RIGHT_LAST)
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_a_flipped_sign_under_the_log_likelihood_is_wrong_at_its_line(tmp_path):
    # descent's h − y is the gradient of the cost J = −ℓ/m, not of ℓ: wrong on the derivation's line (file line 6)
    page = _display(rf"l(\theta)={_LOG_LIKELIHOOD}") + "\n" + _derivation("l", _FLIPPED_LAST)
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert wrong == [6]


def test_the_numerator_form_with_a_plain_l_is_read_as_the_operator_first_one(tmp_path):
    page = (_display(rf"l(\theta)={_LOG_LIKELIHOOD}") + "\n"
            + _display(rf"\frac{{\partial l(\theta)}}{{\partial \theta_j}}={_RIGHT_LAST}"))
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_the_log_likelihood_by_the_log_of_l_is_passed_over_and_noted(tmp_path):
    # ℓ(θ) = log L(θ) = Σ …: L is written out nowhere; the side after it defines ℓ
    page = _display(rf"\ell(\theta)=\log L(\theta)={_LOG_LIKELIHOOD}") + "\n" + _derivation(r"\ell", _RIGHT_LAST)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("log of the likelihood L" in note for note in review["notes"])


def test_the_log_likelihood_defined_in_prose_as_a_chain_is_the_cost(tmp_path):
    # a bullet with $l(θ) = \mathrm{log}L(θ) = Σ …$ inline, then the derivation in a display (CS229 notes)
    page = (rf"- $l(\theta)=\mathrm{{log}}L(\theta)={_LOG_LIKELIHOOD}$, the log-likelihood" + "\n\n"
            + _derivation("l", _RIGHT_LAST))
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("defines the cost in its prose" in note for note in review["notes"])


def test_a_prose_chain_whose_rewrite_is_wrong_is_refused_or_called_wrong_never_right(tmp_path):
    # the rewrite drops the (1 − y) log(1 − h) term: the chain's '=' does not hold
    page = (rf"- $\ell(\theta)={_LOG_LIKELIHOOD}=\sum_{{i=1}}^m y^{{(i)}}\log h(x^{{(i)}})$" + "\n\n"
            + _derivation(r"\ell", _RIGHT_LAST))
    result = _steps(tmp_path, page, "-f", "json")
    # exit 3 since session 29: the rewrite's side Σ y log h alone is refused as the one-hot cross-entropy (not
    # supported yet), a refusal still, never 'right'
    assert result.exit_code in (1, 2, 3), result.output


# -- refused: ℓ differentiated with no definition of it --------------------------------------------------------

def test_an_undefined_log_likelihood_is_refused_with_a_caret_naming_both_readings(tmp_path):
    for options in ((), ("--cost", "logistic")):
        result = _steps(tmp_path, _derivation("l", _RIGHT_LAST), *options)
        assert result.exit_code == 2, result.output
        assert "log-likelihood ℓ(θ), which the notes do not define" in result.stderr
        assert "or the cost J" in result.stderr
        assert "^" in result.stderr and "Traceback" not in result.stderr


def test_a_letter_times_a_scalar_component_is_still_a_product(tmp_path):
    # l(θ_1) is no objective: its bracket holds a component, not the parameters; l stays a feature index
    result = _steps(tmp_path, _display(r"\frac{\partial}{\partial \theta_j}l(\theta_1)=0"))
    assert result.exit_code == 2
    assert "objective" not in result.output + result.stderr


def test_a_derivation_named_by_an_undefined_log_likelihood_is_refused(tmp_path):
    """∂ℓ(θ)/∂θⱼ = Σ(y − h)xⱼ on a page that never defines ℓ: the right log-likelihood gradient was judged against
    ∂J/∂θⱼ of the default cost and called wrong (sign and 1/m). By hand: ∂/∂θⱼ Σ[y log h + (1 − y) log(1 − h)]
    = Σ(y − h)xⱼ, and ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ: which one is meant, the page does not say."""
    from logderiv import steps
    from logderiv.errors import InputError

    page = ("$$\n\\frac{\\partial \\ell(\\theta)}{\\partial \\theta_j}=\\sum_{i=1}^m(y^{(i)}-h_\\theta(x^{(i)}))"
            "x_j^{(i)}\n$$\n")
    for cost in (None, "logistic"):
        with pytest.raises(InputError, match="log-likelihood ℓ\\(θ\\), which the notes do not define"):
            steps(page, cost=cost)

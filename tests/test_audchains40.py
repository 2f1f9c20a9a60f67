"""audchains40: an adversarial review of fixchains40 (the J = −ℓ named after ℓ's derivation set aside; g(−z) = 1 − g(z)
read as a property of g, not a second definition).

Two silent misreads, each worked out by hand and checked here independently of logderiv:

* the set-aside chain J(θ) = −ℓ(θ) = A was never compared with −ℓ: with its minus dropped (A = Σ[…], which is +ℓ,
  not −ℓ) or a sign slipped inside A, line 68 of the CS229 notes is false, yet the page was judged right with no
  wrong line (exit 0). The other reading of J = −ℓ (:func:`_refuse_a_cost_other_than_the_negation`) refuses it;
  so now does this one.
* any NAME(−z) = … NAME(z) … was dropped as a "property": σ(−z) = σ(z), σ(−z) = 1 + σ(z), σ(−z) = 1/σ(z) are false
  for the sigmoid (checked below at sample points), yet were dropped ("not read", or silently when inline) and the
  page judged right. Only g(−z) = 1 − g(z) beside g's definition as the sigmoid, which holds, is a property now; the
  others are read as before (a second definition of the name: refused).
"""

from __future__ import annotations

from pathlib import Path

import numpy

from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import intercept_data, log_likelihood, sigmoid

_CS229 = Path(__file__).parent / "derivations_cold42" / "en_notes_cs229_logistic_loglik_gradient_ascent_g_prime.md"


def _lines() -> list[str]:
    return _CS229.read_text(encoding="utf-8").split("\n")


def test_the_facts():
    """−ℓ ≠ Σ[y log h + (1 − y) log(1 − h)] (that is +ℓ); the slipped Σ[y log h − (1 − y) log(1 − h)] is neither ±ℓ;
    σ(−z) = 1 − σ(z) holds, σ(−z) = σ(z), 1 + σ(z), 1/σ(z) do not."""
    X, _, theta = intercept_data(4, 7, 3)
    labels = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0])
    ell = log_likelihood(X, labels, theta)
    h = sigmoid(X @ theta)
    plus = float(numpy.sum(labels * numpy.log(h) + (1 - labels) * numpy.log(1 - h)))
    slipped = float(numpy.sum(labels * numpy.log(h) - (1 - labels) * numpy.log(1 - h)))
    assert numpy.isclose(plus, ell) and not numpy.isclose(plus, -ell)
    assert not numpy.isclose(slipped, -ell) and not numpy.isclose(slipped, ell)
    z = numpy.linspace(-3, 3, 13)[numpy.linspace(-3, 3, 13) != 0]
    assert numpy.allclose(sigmoid(-z), 1 - sigmoid(z))
    for false in (sigmoid(z), 1 + sigmoid(z), 1 / sigmoid(z)):
        assert not numpy.allclose(sigmoid(-z), false)


def test_the_j_chain_with_its_minus_dropped_is_not_set_aside_silently(tmp_path):
    """Line 68 written J(θ) = −ℓ(θ) = Σ[…] (+ℓ): false; the page is not judged right (main's reading of J = −ℓ
    refuses a written-out side that is not −ℓ's)."""
    lines = _lines()
    assert "= -\\sum" in lines[67]
    lines[67] = lines[67].replace("= -\\sum", "= \\sum")
    result = _steps(tmp_path, "\n".join(lines), "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 68 says the cost is −\\ell" in result.output


def test_the_j_chain_with_a_slip_inside_is_not_set_aside_silently(tmp_path):
    """Line 68 written −Σ[y log h − (1 − y) log(1 − h)]: not −ℓ; refused, not judged right."""
    lines = _lines()
    lines[67] = lines[67].replace("+ (1-y^{(i)}) \\log(1-", "- (1-y^{(i)}) \\log(1-")
    result = _steps(tmp_path, "\n".join(lines), "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 68 says the cost is −\\ell" in result.output


def test_the_real_page_still_reads(tmp_path):
    """The CS229 notes as written: J = −ℓ = −Σ[…] is −ℓ's side with a minus: set aside, the page right."""
    code, ending, wrong, _ = _review(tmp_path, "\n".join(_lines()))
    assert (code, ending, wrong) == (0, "gradient", [])


_PAGE = r"""The sigmoid $\sigma(z) = \frac{1}{1+e^{-z}}$ has the symmetry

PROPERTY

The cost is $J(w) = -\frac{1}{m}\sum_{i=1}^m [y_i \log \sigma(w^T x_i) + (1-y_i)\log(1-\sigma(w^T x_i))]$.

$$\frac{\partial J}{\partial w} = -\frac{1}{m}\sum_{i=1}^m [y_i (1-\sigma(w^T x_i)) - (1-y_i)\sigma(w^T x_i)] x_i = \frac{1}{m}\sum_{i=1}^m (\sigma(w^T x_i) - y_i) x_i$$
"""


def test_a_false_symmetry_is_not_dropped_as_a_property(tmp_path):
    """σ(−z) = σ(z), = 1 + σ(z), = 1/σ(z) (false, see test_the_facts), on a display or inline: not dropped as a
    property with the page judged right; read as a second definition of σ and refused, as on main."""
    for value in (r"\sigma(z)", r"1 + \sigma(z)", r"\frac{1}{\sigma(z)}"):
        for wrap in ("$${}$$", "- ${}$ for every z"):
            page = _PAGE.replace("PROPERTY", wrap.format(rf"\sigma(-z) = {value}"))
            result = _steps(tmp_path, page, "--timeout", "60")
            assert result.exit_code == 2, (value, wrap, result.output)
            assert "defined twice" in result.output, (value, wrap, result.output)


def test_the_true_symmetry_still_reads(tmp_path):
    """σ(−z) = 1 − σ(z) beside σ's definition as the sigmoid: a property, noted, the page right."""
    code, ending, wrong, review = _review(tmp_path, _PAGE.replace("PROPERTY", r"$$\sigma(-z) = 1 - \sigma(z)$$"))
    assert (code, ending, wrong) == (0, "gradient", [])



_R = r"\sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)}"


def _guard() -> str:
    source = (Path(__file__).parent / "test_fixchains40.py").read_text(encoding="utf-8")
    start = source.index('_GUARD = r"""') + len('_GUARD = r"""')
    return source[start:source.index('"""', start)]


def test_a_stated_answer_for_j_is_not_left_unjudged(tmp_path):
    """The fix's page (ℓ derived, then J = −ℓ = −Σ[…]) ending with its answer for J written with ℓ's sign,
    Σ(y − h)x: wrong, for ∂J/∂θⱼ = −∂ℓ/∂θⱼ = Σ(h − y)x (checked by finite differences in test_fixchains40's
    test_the_facts_by_finite_differences). Inline ($∂J/∂θⱼ = …$), as J′(θ), as ∂_{θⱼ}J or in prose ("the gradient
    of $J$ is $…$"), the line derives J: J is not set aside and the page not judged right by ℓ alone."""
    for tail in (f"\nHence $\\frac{{\\partial J(\\theta)}}{{\\partial \\theta_j}} = {_R}$.\n",
                 f"\n$$J'(\\theta) = {_R}$$\n",
                 f"\n$$\\partial_{{\\theta_j}} J = {_R}$$\n",
                 f"\nSo the gradient of $J$ is ${_R}$.\n"):
        result = _steps(tmp_path, _guard() + tail, "--timeout", "60")
        assert "defines J as the negated log-likelihood" not in result.output, (tail, result.output)
        assert result.exit_code != 0, (tail, result.output)

"""fixchains40 (issue 10): CS229-style notes that derive the log-likelihood ℓ, then name the cost to minimise
J(θ) = −ℓ(θ) = −Σ … after the derivation (no line derives J), and list g(−z) = 1 − g(z) among the sigmoid's properties.

What the real page means was worked out by hand in tests/derivations_cold42/expected.txt (gathered blind; its row:
`en_notes_cs229_logistic_loglik_gradient_ascent_g_prime.md  -  gradient  -  -`), never from logderiv's output.
The facts the tests rest on are checked here by central finite differences (tests/_numeric.py):

* ∂ℓ/∂θⱼ = Σᵢ (y⁽ⁱ⁾ − h(x⁽ⁱ⁾)) xⱼ⁽ⁱ⁾ for ℓ = Σᵢ [y log h + (1 − y) log(1 − h)], h = σ(θᵀx);
* the planted slip Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ is not it (it is ∂J/∂θⱼ of J = −ℓ);
* g(−z) = 1 − g(z) holds for the sigmoid at every z (a property, not a second definition of g).
"""

from __future__ import annotations

from pathlib import Path

import numpy

from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, intercept_data, log_likelihood, sigmoid

_COLD42 = Path(__file__).parent / "derivations_cold42"
# source: public code index file 26593104929 (English Markdown notes "CS229 - Lecture 3"), as stored in
# tests/derivations_cold42 (verbatim)
_CS229 = "en_notes_cs229_logistic_loglik_gradient_ascent_g_prime.md"
_NOTE = "defines J as the negated log-likelihood, −\\ell, after the derivation of \\ell"


def _cs229() -> str:
    return (_COLD42 / _CS229).read_text(encoding="utf-8")


def test_the_facts_by_finite_differences():
    """∂ℓ/∂θ = Σ(y − h)x by central differences of ℓ; the planted Σ(h − y)x is not; σ(−z) = 1 − σ(z)."""
    for seed in (3, 11):
        X, labels, theta = intercept_data(seed, 7, 3)
        labels = (labels > numpy.median(labels)).astype(float)
        numeric = central_differences(lambda t: log_likelihood(X, labels, t), theta)
        h = sigmoid(X @ theta)
        assert numpy.allclose(numeric, X.T @ (labels - h), atol=1e-5)
        assert not numpy.allclose(numeric, X.T @ (h - labels), atol=1e-3)
    z = numpy.linspace(-4, 4, 17)
    assert numpy.allclose(sigmoid(-z), 1 - sigmoid(z))
    assert not numpy.allclose(1 / (1 + numpy.exp(z)), 1 / (1 + numpy.exp(-z)))  # g(−z) is no second g


def test_the_cs229_page_reads_as_its_row():
    """The row of expected.txt: ending gradient, no error line (refused before: three chains of '=')."""
    row = next(row for row in read_table(_COLD42) if row.file == _CS229)
    kind, detail = outcome(_COLD42, row)
    assert kind == "right", detail


def test_the_cs229_page_says_what_it_set_aside(tmp_path):
    """The J chain after the derivation is named in a note, not read; the derivation is of ℓ, line 60 its end."""
    code, ending, wrong, review = _review(tmp_path, _cs229())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 68 " + _NOTE) and "no line derives J" in note for note in review["notes"])
    assert [step["line"] for step in review["steps"]][-2:] == [58, 60]
    # the g′ lemmas of lines 13–18 are judged, every side holding
    assert {lemma["steps"][0]["line"] for lemma in review["lemmas"]} >= {13, 16}
    assert all(step["valid"] is not False for lemma in review["lemmas"] for step in lemma["steps"])


def test_a_planted_sign_on_the_last_line_is_wrong_there(tmp_path):
    """Line 60 written Σ(h − y)x (∂J/∂θⱼ, not ∂ℓ/∂θⱼ): wrong at line 60, the page ends wrong."""
    right = r"\left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)}$$"
    lines = _cs229().split("\n")
    assert lines[59].endswith(right)
    lines[59] = lines[59].replace(right, r"\left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}$$")
    code, ending, wrong, _ = _review(tmp_path, "\n".join(lines))
    assert (code, ending, wrong) == (1, "wrong", [60])


def test_a_planted_sign_on_line_58_is_the_first_wrong_step(tmp_path):
    """Line 58 written with + (1 − y)h: the earliest wrong step is line 58's."""
    lines = _cs229().split("\n")
    assert r"- (1-y^{(i)}) h_\theta(x^{(i)})" in lines[57]
    lines[57] = lines[57].replace(r"- (1-y^{(i)}) h_\theta(x^{(i)})", r"+ (1-y^{(i)}) h_\theta(x^{(i)})")
    code, _, wrong, _ = _review(tmp_path, "\n".join(lines))
    assert code == 1 and wrong == [58]


_GUARD = r"""# Logistic regression

$$h_\theta(x) = g(\theta^T x) = \frac{1}{1+e^{-\theta^T x}}$$

$$\ell(\theta) = \log L(\theta) = \sum_{i=1}^{m} \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) \log(1-h_\theta(x^{(i)})) \right]$$

$$\frac{\partial}{\partial \theta_j} \ell(\theta) = \sum_{i=1}^{m} \left[ y^{(i)} (1-h_\theta(x^{(i)})) - (1-y^{(i)}) h_\theta(x^{(i)}) \right] x_j^{(i)} = \sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)}$$

$$J(\theta) = -\ell(\theta) = -\sum_{i=1}^{m} \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) \log(1-h_\theta(x^{(i)})) \right]$$
"""


def test_a_page_that_derives_j_too_is_not_read_so(tmp_path):
    """Guard: where a line derives J = −ℓ (∂J/∂θⱼ = … after it), J is no alternative left aside: no such note, and
    the page is not judged by ℓ alone."""
    page = _GUARD + "\n$$\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\sum_{i=1}^{m} \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x_j^{(i)}$$\n"
    result = _steps(tmp_path, page, "--timeout", "60")
    assert _NOTE not in result.output
    # refused, naming the chains (which one is checked is not said): a refusal, not a verdict by ℓ alone
    assert result.exit_code == 2, result.output
    assert "the notes hold 3 derivations, each a chain of '=' (line 3, line 7, line 9)" in result.output


def test_the_guard_page_without_a_derivative_of_j_reads(tmp_path):
    """The same page without ∂J: J set aside (noted), ∂ℓ/∂θⱼ judged against ℓ and right."""
    code, ending, wrong, review = _review(tmp_path, _GUARD)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_NOTE in note for note in review["notes"])


def test_g_at_minus_z_with_a_value_of_its_own_is_still_a_second_definition(tmp_path):
    """Guard: g(−z) = 1/(1 + e^{z}) does not write g again: read as a definition of g, beside g(z) = …, it is
    refused as two definitions (message and line), as before."""
    page = ("$$g(z) = \\frac{1}{1+e^{-z}}$$\n\nand $g(-z) = \\frac{1}{1+e^{z}}$.\n\n"
            "$$\\frac{\\partial}{\\partial \\theta_j} \\ell(\\theta) = \\sum_{i=1}^{m} \\left( y^{(i)} - g(\\theta^T x^{(i)}) "
            "\\right) x_j^{(i)}$$\n\nwhere $\\ell(\\theta) = \\sum_{i=1}^{m} \\left[ y^{(i)} \\log g(\\theta^T x^{(i)}) + "
            "(1-y^{(i)}) \\log(1-g(\\theta^T x^{(i)})) \\right]$.\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "g is defined twice, differently (line 1 and line 3)" in result.output


_SYMMETRY = r"""The sigmoid $\sigma(z) = \frac{1}{1+e^{-z}}$ has the symmetry

$$\sigma(-z) = 1 - \sigma(z)$$

The cost is $J(w) = -\frac{1}{m}\sum_{i=1}^m [y_i \log \sigma(w^T x_i) + (1-y_i)\log(1-\sigma(w^T x_i))]$.

$$\frac{\partial J}{\partial w} = -\frac{1}{m}\sum_{i=1}^m [y_i (1-\sigma(w^T x_i)) - (1-y_i)\sigma(w^T x_i)] x_i = \frac{1}{m}\sum_{i=1}^m (\sigma(w^T x_i) - y_i) x_i$$
"""


def test_the_mean_cross_entropy_gradient_by_finite_differences():
    """(1/m)Σ(σ(wᵀxᵢ) − yᵢ)xᵢ is the gradient of the mean cross-entropy (the page below ends there)."""
    for seed in (5, 8):
        X, labels, w = intercept_data(seed, 6, 3)
        labels = (labels > numpy.median(labels)).astype(float)
        numeric = central_differences(lambda t: cross_entropy(X, labels, t), w)
        assert numpy.allclose(numeric, X.T @ (sigmoid(X @ w) - labels) / len(labels), atol=1e-6)


def test_a_symmetry_display_is_no_second_definition(tmp_path):
    """σ(−z) = 1 − σ(z) on a display of its own, beside σ(z) = 1/(1 + e^{−z}): not a second definition of σ (main
    refused: "\\sigma is defined twice, differently"); noted as not part of the derivation, which is judged right."""
    code, ending, wrong, review = _review(tmp_path, _SYMMETRY)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert "line 3 is not part of the derivation (line 7 onward), not read: \\sigma(-z) = 1 - \\sigma(z)" in review["notes"]

"""fixcold32a (issue 10): notes that hold several chains of '=', a lemma chain among them.

cold32's pages (tests/derivations_cold32/expected.txt) state a cost, define z = wᵀx + b and rewrite it, derive a
lemma as a chain of its own (∂/∂σ[…] = … = …, dσ/dz = … = …), and derive ∂J/∂wⱼ and ∂J/∂b each in a display of
its own. A lemma chain of several '=' was set aside beside ONE derivation only: beside several chains whose roles
the page reader sorts (a definition, the cost's chain, derivations by parameters), it stayed among them and the page
was refused as "N derivations ... which one is checked?". Now it is set aside there too, and each derivation judged
alone (the others blanked) finds it beside it and checks it as a lemma: its first value against the derivative its
first side takes, each later side against the one before. The page is right only if the lemma and every derivation
are; a slip in the lemma is the page's wrong step. A chain whose role is not told (p(y=1|x;w) = σ(…) = σ(z)) still
keeps the page refused, naming it: it might hold the page's error.

The mathematics is checked here independently: the lemma by sympy.diff, the gradients by central finite
differences of the cross-entropy written in NumPy (tests/_numeric.py), never by logderiv's own output.
"""

from __future__ import annotations

import numpy
import sympy
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, sigmoid

#: a cost, z defined and rewritten, a lemma chain by z, then ∂J/∂wⱼ and ∂J/∂b each a display of its own
_PAGE = r"""# Logistic regression

The net input:
$$ z = w^T x + b = \sum_{k=1}^n w_k x_k + b $$

The cost:
$$ J(w,b) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log \sigma(z^{(i)}) + (1-y^{(i)})\log(1-\sigma(z^{(i)}))\right] = \frac{1}{m}\sum_{i=1}^m \left[-y^{(i)}\log \sigma(z^{(i)}) - (1-y^{(i)})\log(1-\sigma(z^{(i)}))\right] $$

A lemma:
$$ \frac{d}{dz}\frac{1}{1+e^{-z}} = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)(1-\sigma(z)) $$

Then:
$$ \frac{\partial J}{\partial w_j} = -\frac{1}{m}\sum_{i=1}^m \left(y^{(i)} - \sigma(z^{(i)})\right) x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m \left(\sigma(z^{(i)}) - y^{(i)}\right) x_j^{(i)} $$

$$ \frac{\partial J}{\partial b} = -\frac{1}{m}\sum_{i=1}^m \left(y^{(i)} - \sigma(z^{(i)})\right) = \frac{1}{m}\sum_{i=1}^m \left(\sigma(z^{(i)}) - y^{(i)}\right) $$
"""
#: the same page with σ′ written σ(1 + σ) in the lemma's last side (line 10)
_PLANTED = _PAGE.replace(r"= \sigma(z)(1-\sigma(z)) $$", r"= \sigma(z)(1+\sigma(z)) $$")
#: the same page with a chain whose role the reader does not tell (a probability, no derivative, no name defined)
_UNTOLD = _PAGE.replace("The net input:\n", "The net input:\n$$ p(y=1|x;w) = \\sigma(w^Tx+b) = \\sigma(z) $$\n\n")


def test_the_pages_mathematics_independently():
    z = sympy.Symbol("z", real=True)
    s = 1 / (1 + sympy.exp(-z))
    derivative = sympy.diff(s, z)
    # the lemma's sides: e^{−z}/(1 + e^{−z})² and σ(1 − σ) are dσ/dz; σ(1 + σ), the planted side, is not
    assert sympy.simplify(derivative - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    assert sympy.simplify(derivative - s * (1 - s)) == 0
    assert abs(float((derivative - s * (1 + s)).subs(z, 0.3))) > 0.1
    # the derivations' last sides, (1/m)Σ(σ(z) − y)xⱼ and (1/m)Σ(σ(z) − y), are the cross-entropy's gradient
    rng = numpy.random.default_rng(32)
    X, labels = rng.normal(size=(7, 2)), rng.integers(0, 2, size=7).astype(float)
    at = numpy.array([0.2, -0.5, 0.7])  # b, w₁, w₂

    def cost(v: numpy.ndarray) -> float:
        p = sigmoid(X @ v[1:] + v[0])
        return float(-numpy.mean(labels * numpy.log(p) + (1 - labels) * numpy.log(1 - p)))

    residual = sigmoid(X @ at[1:] + at[0]) - labels
    written = numpy.array([residual.mean(), *(X.T @ residual / len(labels))])
    assert numpy.allclose(central_differences(cost, at), written, atol=1e-7)


def test_a_lemma_chain_beside_several_sorted_chains_is_checked_and_the_page_read(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", []) and review["ok"] is True
    assert [lemma["line"] for lemma in review["lemmas"]] == [10]
    assert [step["valid"] for step in review["lemmas"][0]["steps"]] == [True, True]
    assert sorted({step["line"] for step in review["steps"]}) == [13, 15]
    # the lemma's reading is said: a chain of its own beside the derivation, each side checked
    assert any(note.startswith("line 10 is a chain of its own beside the derivation") and "read as a lemma" in note
               for note in review["notes"])
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])


def test_a_slip_in_the_lemma_is_the_pages_wrong_step(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _PLANTED)
    assert review["ok"] is False and code == 1
    lemma = review["lemmas"][0]
    assert lemma["line"] == 10 and [step["valid"] for step in lemma["steps"]] == [True, False]
    # the derivations themselves are right, as the finite differences above say
    assert wrong == [] and all(step["valid"] for step in review["steps"])


def test_the_lemmas_note_in_every_format(tmp_path):
    said = "line 10 is a chain of its own beside the derivation"
    for form in ("text", "markdown", "latex"):
        result = steps_of_page(tmp_path, _PAGE, "-f", form, "--timeout", "60")
        assert result.exit_code == 0, result.output
        flat = " ".join(result.stdout.split())
        assert said in flat or said.replace(" ", "~") in flat or "line 10 is a chain of its own" in flat, form
    text = steps_of_page(tmp_path, _PAGE, "-f", "text", "--timeout", "60").stdout
    assert "note: line 10 is a chain of its own beside the derivation" in text


def test_a_chain_whose_role_is_not_told_keeps_the_page_refused(tmp_path):
    result = steps_of_page(tmp_path, _UNTOLD, "--timeout", "60")
    assert result.exit_code == 2
    assert "derivations, each a chain of '='" in result.stderr and "p(y=1|x;w)" in result.stderr

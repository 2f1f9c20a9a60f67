"""fixderiv6 (issue 10): written derivations built from lemma chains — ∂L/∂a, ∂a/∂z, ∂z/∂ω, then ∂L/∂ω by the chain rule.

Backprop-style notes derive each factor of the chain rule as a chain of its own, often all in one aligned display,
and then combine them. A careful reader checks each factor as a lemma (with the quantities as the page defines
them: a = σ(z), z = ωᵀx + b, and one example's loss L written out under ∂/∂a), the main chain as before, and
names whatever cannot be checked. Every page below means something definite, worked by hand:

* L(a) = −y log a − (1 − y) log(1 − a) has dL/da = −y/a + (1 − y)/(1 − a);
* a = σ(z) has da/dz = σ(z)(1 − σ(z)) = a(1 − a), never a(1 + a);
* z = ωᵀx + b has ∂z/∂ωⱼ = xⱼ, and so ∂L/∂ωⱼ = (a − y)xⱼ;
* beside a cost L = ½(a − y)², dL/da = a − y, not −y/a + (1 − y)/(1 − a);

each checked below against central finite differences with NumPy, never against logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_HERE = Path(__file__).parent
_COLD10 = _HERE / "derivations_cold10"
_LEMMA_PAGES = ["cn_lr_note_dL_da_chain_then_mean.md", "cn_lr_note_dL_da_chain_then_mean_planted_residual_flip.md"]


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_hand_worked_truths_by_finite_differences():
    """The factors and the gradient above, and the two planted slips, against central differences."""
    generator = numpy.random.default_rng(6)
    x, omega, b, y = generator.normal(size=3), generator.normal(size=3), 0.3, 0.7

    def loss_of_a(a):
        return -y * numpy.log(a) - (1 - y) * numpy.log(1 - a)

    def loss(v):
        return loss_of_a(_sigmoid(x @ v + b))

    a = _sigmoid(x @ omega + b)
    assert numpy.allclose(central_differences(lambda v: loss_of_a(v[0]), numpy.array([a])), -y / a + (1 - y) / (1 - a))
    z = x @ omega + b
    sigma_prime = central_differences(lambda v: _sigmoid(v[0]), numpy.array([z]))
    assert numpy.allclose(sigma_prime, a * (1 - a))
    assert not numpy.allclose(sigma_prime, a * (1 + a))  # the planted σ′ below
    assert numpy.allclose(central_differences(loss, omega), (a - y) * x, atol=1e-6)
    assert not numpy.allclose(central_differences(loss, omega), (y - a) * x)  # cold10's planted residual flip
    half_square = central_differences(lambda v: 0.5 * (v[0] - y) ** 2, numpy.array([a]))
    assert numpy.allclose(half_square, a - y)
    assert not numpy.allclose(half_square, -y / a + (1 - y) / (1 - a))  # the lemma of another loss below


@pytest.mark.parametrize("file", _LEMMA_PAGES)
def test_cold10s_lemma_chains_are_judged_as_by_hand(file):
    """cn_lr_note: lemmas ∂L/∂a, ∂a/∂z, ∂z/∂ω in one display, then ∂L/∂ω; expected.txt's row, worked by hand."""
    row = next(row for row in read_table(_COLD10) if row.file == file)
    assert outcome(_COLD10, row) == ("right", "")


def test_cold10s_lemmas_are_reported_each_on_its_own(tmp_path):
    """Three lemmas (file lines 14, 16, 18: σ′'s chain is not judged against ∂L/∂a's last side), all valid; the cost
    read from ∂L/∂a's operator; the ∂J/∂ω of a J the page never defines named as not checked."""
    text = (_COLD10 / _LEMMA_PAGES[0]).read_text(encoding="utf-8")
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [lemma["steps"][0]["line"] for lemma in review["lemmas"]] == [14, 16, 18]
    assert all(step["valid"] for lemma in review["lemmas"] for step in lemma["steps"])
    assert [step["line"] for step in review["steps"]] == [25, 26, 27, 28, 29]
    assert any(note.startswith("line 14: the page defines no cost; the lemma ∂L/∂a writes it out")
               for note in review["notes"])
    assert any(note.startswith("line 34: not checked:") and "a cost the page does not define" in note
               for note in review["notes"])


#: a page of one example's logistic loss, its chain rule factored into three lemmas in one display (hand-worked above)
_PAGE = r"""Definitions:
$$
z=\omega^T x +b\\
\hat{y}=a=\sigma(z) \\
$$
Step by step:
$$
\begin{aligned}
\frac{\partial L}{\partial a} &= \frac{\partial}{\partial a}(-yloga-(1-y)log(1-a)) \\
&= -\frac{y}{a}+\frac{1-y}{1-a} \\
\frac{\partial a}{\partial z} &= a(1-a) \\
\frac{\partial z}{\partial \omega} &=x \\
\end{aligned}
$$
By the chain rule:
$$
\begin{aligned}
\frac{\partial L}{\partial \omega} &= \frac{\partial L}{\partial a}\frac{\partial a}{\partial z}\frac{\partial z}{\partial \omega} \\
&= (-\frac{y}{a}+\frac{1-y}{1-a})a(1-a)x \\
&=(a-y)x
\end{aligned}
$$
"""


def test_a_right_page_of_lemmas_reads_every_lemma_and_the_derivation(tmp_path):
    """The three factors right, the main chain right, and a derivation ending in a alone (no ŷ) still reads."""
    code, ending, wrong, review = _review(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [lemma["steps"][0]["line"] for lemma in review["lemmas"]] == [9, 11, 12]


def test_a_wrong_lemma_is_the_first_wrong_step(tmp_path):
    """σ′ written a(1 + a) on line 11: the first wrong step on the page, though the main chain's steps hold."""
    code, _, _, review = _review(tmp_path, _PAGE.replace(r"&= a(1-a) \\", r"&= a(1+a) \\"))
    assert code == 1
    wrong = sorted(step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if not step["valid"])
    assert wrong == [11]
    assert review["ok"] is False and not any(not step["valid"] for step in review["steps"])


def test_a_lemma_of_another_loss_than_the_cost_is_wrong(tmp_path):
    """The page defines L = ½(a − y)², and its lemma gives the cross-entropy's ∂L/∂a: wrong where it says so."""
    page = _PAGE.replace("Definitions:\n", "Definitions:\n$$\nL=\\frac{1}{2}(a-y)^2\n$$\n").replace(
        "\\frac{\\partial L}{\\partial a} &= \\frac{\\partial}{\\partial a}(-yloga-(1-y)log(1-a)) \\\\\n", "")
    page = page.replace("&= -\\frac{y}{a}+\\frac{1-y}{1-a} \\\\\n", "\\frac{\\partial L}{\\partial a} &= -\\frac{y}{a}+\\frac{1-y}{1-a} \\\\\n")
    code, _, _, review = _review(tmp_path, page)
    assert code == 1
    wrong = sorted(step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if not step["valid"])
    assert wrong[:1] == [12]  # ∂L/∂a's row, before the chain rule that uses it (line 20)


def test_a_lemma_of_a_quantity_the_page_never_defines_is_named_not_checked(tmp_path):
    """∂q/∂z = 2z with q defined nowhere: not read, and the note says why; the rest is checked."""
    code, ending, _, review = _review(tmp_path, _PAGE.replace(r"\frac{\partial z}{\partial \omega} &=x", r"\frac{\partial q}{\partial z} &= 2z"))
    assert (code, ending) == (0, "gradient")
    assert any(note.startswith("line 12: not read:") and "q is not defined" in note for note in review["notes"])
    assert len(review["lemmas"]) == 2


def test_the_labels_derivative_is_no_lemma(tmp_path):
    """∂L/∂y, y the label: data, no factor of the chain rule — refused with a caret, never checked as a lemma."""
    page = _PAGE.replace("&= -\\frac{y}{a}+\\frac{1-y}{1-a} \\\\\n",
                         "&= -\\frac{y}{a}+\\frac{1-y}{1-a} \\\\\n\\frac{\\partial L}{\\partial y} &= \\log(1-a)-\\log a \\\\\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "'y' is data" in result.stderr and "line 11" in result.stderr


def test_a_derivative_of_a_cost_the_page_never_defines_is_named_in_every_format(tmp_path):
    """cn_lr_note's ∂J/∂ω line: the note that it is not checked in text, Markdown, LaTeX and JSON alike."""
    text = (_COLD10 / _LEMMA_PAGES[0]).read_text(encoding="utf-8")
    for form in ("text", "markdown", "latex", "json"):
        result = _steps(tmp_path, text, "-f", form, "--timeout", "60")
        assert result.exit_code == 0, result.output
        assert "line 34: not checked:" in result.stdout, form
        assert "lemma" in result.stdout, form

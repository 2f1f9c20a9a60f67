"""cold30's remaining pages, part one (fixcold30c): what two of them taught, as general rules.

* A name a page defines again, written otherwise (``h_\\theta(x) = g(\\theta^T x)``, then in prose "substituting
  ``h_\\theta(x^{(i)}) = \\frac{1}{1+e^{-\\theta^T x^{(i)}}}``"), is told by value through notation.twice_defined, the
  one mechanism the cost's front door uses for two --let of one name: the same value, read once (noted); another
  value, refused as before ("defined twice, differently"), naming both lines. The steps path refused every such
  page, agreeing or not.
* Of two definitions of the cost before the derivation (J = (1/m)Σ cost(h, y), then J written out), the one the
  derivation's first step writes out under its ∂/∂θⱼ (a display of one '=' before the chain of several) is the cost;
  the other is set aside with a note. The first J was read as the cost and refused at 'cost'.
* A lemma by the derivation's own parameter beside a derivation in matrix form (∂/∂θ θᵀXᵀXθ = … = 2XᵀXθ) is checked
  by the matrix review, the formula under its ∂/∂θ its cost, each side against the one before: a slip in it is
  wrong at its line (it was refused unchecked). ∂(Xθ)ᵀ/∂θ there, a transposed row by the parameter column, is read
  in the denominator layout (Xᵀ), noted; a column by the column (∂(Xθ)/∂θ) says no layout and stays refused.
* A chain rule through the page's own prediction (∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w, ŷ = σ(z) defined on the page) takes
  ∂L/∂ŷ as the factor through ŷ, as it already took ∂ŷ/∂z through z (noted); of a cost summed over the examples it
  stays refused (each term has its own ŷ). It was refused as "'h' is a defined name".
* An item of a numbered list holding maths alone ("1.$\\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y$") is a
  display line, as a ``$…$`` line alone is: each factor the page works out is read (as a lemma), so a slip in one
  is wrong at its line; read as prose it passed unseen.

Each page's maths is checked by central finite differences in NumPy (tests/_numeric.py), or by sympy.diff of the
formula, never against logderiv's own output.
"""

from __future__ import annotations

import pytest

import json
from pathlib import Path

import numpy as np
import sympy

from _derivations_table import outcome_of, steps_of_page
from _numeric import central_differences, cross_entropy

from logderiv.notation.notes import display_blocks

HERE = Path(__file__).parent
COLD30 = HERE / "derivations_cold30"
LOGISTIC = "zh_notes_logistic_theta_j_softplus_substitution_dots.md"
NOTEBOOK = "zh_notebook_least_squares_matrix_normal_equation_yty_sign.md"
NEURON = "fr_notes_single_sigmoid_neuron_squared_loss_w_b_chain.md"
_SUBSTITUTED = r"将 $h_\theta(x^{(i)}) = \frac{1}{1+e^{-\theta^T x^{(i)}}}$代入得到"


def _page(name: str) -> str:
    return (COLD30 / name).read_text(encoding="utf-8")


def _json(tmp_path: Path, text: str) -> tuple[int, dict]:
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return result.exit_code, json.loads(result.stdout)


def test_the_logistic_gradient_the_page_ends_at_is_the_gradient():
    # line 36: (1/m)Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾ against finite differences of the cross-entropy (line 24's J)
    rng = np.random.default_rng(30)
    X, labels, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float), rng.normal(size=3)
    written = X.T @ (1 / (1 + np.exp(-(X @ theta))) - labels) / len(labels)
    assert np.allclose(written, central_differences(lambda t: cross_entropy(X, labels, t), theta), atol=1e-7)
    # and the two definitions of h agree: g(θᵀx) with g(z) = 1/(1 + e^{−z}) is 1/(1 + e^{−θᵀx}) (line 28)
    z = sympy.Symbol("z")
    g = sympy.Lambda(z, 1 / (1 + sympy.exp(-z)))
    assert sympy.simplify(g(z) - 1 / (1 + sympy.exp(-z))) == 0


def test_the_cold30_logistic_notes_read_as_their_row_says():
    kind, detail = outcome_of(COLD30, LOGISTIC)
    assert kind == "right", detail


def test_a_restated_model_is_read_once_and_said_so(tmp_path):
    code, review = _json(tmp_path, _page(LOGISTIC))
    assert (code, review["ending"]) == (0, "gradient")
    notes = review["notes"]
    assert any(note.startswith("line 28 defines h_\\theta again, beside line 2") and "read once" in note
               for note in notes), notes
    # the cost the first step writes out (line 24's), the other (line 6's Σ cost(h, y)) set aside, naming line 27
    assert any(note.startswith("line 6 defines another cost") and "(line 27)" in note for note in notes), notes


def test_a_restated_model_said_in_text_output(tmp_path):
    result = steps_of_page(tmp_path, _page(LOGISTIC), "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert "note: line 28 defines h_\\theta again" in result.stdout


def test_a_restated_model_of_another_value_is_refused(tmp_path):
    # e^{+θᵀx}: 1/(1 + e^{θᵀx}) = 1 − σ(θᵀx), another model than g(θᵀx) (checked here by sympy): refused, both named
    t = sympy.Symbol("t")
    assert sympy.simplify(1 / (1 + sympy.exp(t)) - 1 / (1 + sympy.exp(-t))) != 0
    page = _page(LOGISTIC).replace(_SUBSTITUTED, _SUBSTITUTED.replace(r"e^{-\theta^T x^{(i)}}", r"e^{\theta^T x^{(i)}}"))
    assert page != _page(LOGISTIC)
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "h_\\theta is defined twice, differently (line 2 and line 28)" in result.stderr
    assert "line 28" in result.stderr


def test_a_third_definition_of_the_model_is_refused(tmp_path):
    # two restatements of h: which one agrees is not asked of a third, so it is refused (never one picked)
    page = _page(LOGISTIC).replace("注：", r"再将 $h_\theta(x) = \frac{2}{1+e^{-\theta^T x}}$ 代入。注：")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "defined twice, differently" in result.stderr


def _lemma_gradient(X: np.ndarray, theta: np.ndarray) -> np.ndarray:
    return central_differences(lambda t: float(t @ X.T @ X @ t), theta)


def test_the_lemmas_value_is_twice_xtx_theta():
    rng = np.random.default_rng(82)
    X, theta = rng.normal(size=(5, 3)), rng.normal(size=3)
    assert np.allclose(_lemma_gradient(X, theta), 2 * X.T @ X @ theta, atol=1e-6)
    assert not np.allclose(_lemma_gradient(X, theta), X.T @ X @ theta, atol=1e-3)


def test_the_cold30_notebook_reads_with_its_lemma_checked(tmp_path):
    kind, detail = outcome_of(COLD30, NOTEBOOK)
    assert kind == "right", detail
    code, review = _json(tmp_path, _page(NOTEBOOK))
    assert code == 0
    (lemma,) = review["lemmas"]
    assert [step["valid"] for step in lemma["steps"]] == [True, True, True]
    assert any("a lemma by \\theta beside the derivation in matrix form: checked" in note for note in review["notes"])
    assert any("denominator layout" in note for note in review["notes"])


def test_a_slip_in_the_lemma_is_wrong_at_its_line(tmp_path):
    # 2XᵀXθ written XᵀXθ (half the gradient, as finite differences show above): wrong at line 85, in the lemma
    page = _page(NOTEBOOK).replace("&= 2X^TX\\theta", "&= X^TX\\theta")
    assert page != _page(NOTEBOOK)
    code, review = _json(tmp_path, page)
    assert code == 1
    wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert wrong == [85]


def test_a_term_dropped_from_the_lemmas_product_rule_is_wrong(tmp_path):
    # ∂(Xθ)ᵀ/∂θ Xθ once: XᵀXθ, half the lemma's value: wrong at line 84
    page = _page(NOTEBOOK).replace(
        "X\\theta + \\frac{\\partial (X\\theta)^T}{\\partial\\theta}X\\theta", "X\\theta")
    assert page != _page(NOTEBOOK)
    code, review = _json(tmp_path, page)
    assert code == 1
    wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert wrong[:1] == [84]


def test_a_column_by_the_parameter_says_no_layout_and_stays_refused(tmp_path):
    # ∂(Xθ)/∂θ: X (numerator layout) or Xᵀ (denominator): not said, so not read
    page = _page(NOTEBOOK).replace("\\frac{\\partial (X\\theta)^T}{\\partial\\theta}X\\theta + "
                                   "\\frac{\\partial (X\\theta)^T}{\\partial\\theta}X\\theta",
                                   "(X\\theta)^T\\frac{\\partial X\\theta}{\\partial\\theta} + "
                                   "(X\\theta)^T\\frac{\\partial X\\theta}{\\partial\\theta}")
    assert page != _page(NOTEBOOK)
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "line 82 is a lemma" in result.stderr and "not here (read in matrix form: " in result.stderr


def _neuron_loss(parameters: np.ndarray, x: float = 1.3, y: float = 0.4) -> float:
    w, b = parameters
    return 0.5 * (1 / (1 + np.exp(-(w * x + b))) - y) ** 2


def test_the_neurons_chain_rule_is_the_gradient():
    # (ŷ − y)·σ(z)(1 − σ(z))·x and ·1 at w = 0.5, b = 0.8 (the row's point) against finite differences
    w, b, x, y = 0.5, 0.8, 1.3, 0.4
    s = 1 / (1 + np.exp(-(w * x + b)))
    chain = np.array([(s - y) * s * (1 - s) * x, (s - y) * s * (1 - s)])
    assert np.allclose(chain, central_differences(_neuron_loss, np.array([w, b])), atol=1e-8)
    assert np.allclose(chain, [0.08203, 0.06310], atol=1e-5)
    hat, label = sympy.symbols("yhat y")
    assert sympy.diff(sympy.Rational(1, 2) * (hat - label) ** 2, hat) == hat - label


@pytest.mark.xfail(strict=True, reason="the chain rule through the page's own prediction ŷ (fixcold30c) was taken out at the merge: it called a right page unfinished (test_audit27b); the factor lines are refused again")
def test_the_cold30_neuron_notes_read_as_their_row_says(tmp_path):
    kind, detail = outcome_of(COLD30, NEURON)
    assert kind == "right", detail
    code, review = _json(tmp_path, _page(NEURON))
    assert code == 0
    # the six factors worked out in the numbered lists (lines 33–35, 45–47) are read, each a lemma
    assert sorted({lemma["steps"][0]["line"] for lemma in review["lemmas"]} & {33, 34, 35, 45, 46, 47}) == [
        33, 34, 35, 45, 46, 47]
    assert any("a derivative by h, a name the page defines" in note for note in review["notes"])


@pytest.mark.xfail(strict=True, reason="the chain rule through the page's own prediction ŷ (fixcold30c) was taken out at the merge: it called a right page unfinished (test_audit27b); the factor lines are refused again")
def test_a_slip_in_a_numbered_factor_is_wrong_at_its_line(tmp_path):
    # ∂L/∂ŷ = ŷ + y (the derivative is ŷ − y, sympy.diff above): wrong at line 33, where it is written
    page = _page(NEURON).replace(r"1.$\frac{\partial L}{\partial \hat{y}} = \hat{y} - y$",
                                 r"1.$\frac{\partial L}{\partial \hat{y}} = \hat{y} + y$", 1)
    assert page != _page(NEURON)
    code, review = _json(tmp_path, page)
    assert code == 1
    wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert wrong == [33]


@pytest.mark.xfail(strict=True, reason="the chain rule through the page's own prediction ŷ (fixcold30c) was taken out at the merge: it called a right page unfinished (test_audit27b); the factor lines are refused again")
def test_a_derivative_by_the_prediction_of_a_summed_cost_stays_refused(tmp_path):
    page = _page(NEURON).replace(r"$L = \frac{1}{2} (\hat{y} - y)^2$",
                                 r"$L = \frac{1}{2} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)})^2$")
    assert page != _page(NEURON)
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "the derivative by h is of what does not hold one example's h" in result.stderr


def test_a_numbered_item_of_maths_alone_is_a_display_line():
    text = "Calculons :\n1.$a = b$\n2. $c = d$\n3.$e$ est un nombre\nvoir $f = g$ ici\n"
    shown = [text[block.span[0]:block.span[1]] for block in display_blocks(text)]
    # the number is no part of the display; words after the maths, or before it, keep the item prose
    assert shown == ["$a = b$", "$c = d$"]

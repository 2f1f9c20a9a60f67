"""fixdefault34: a page is never judged against the default cost while it writes a cost's definition it did not read.

A line of bare LaTeX (no '$': a French deck rendered to Markdown) defining J(θ₀, θ₁) beside a display holding the
derivative was prose once a display existed, and the page was judged against the default logistic cost ("note: no
cost is given …"): a right page 'wrong' (issue 10, audbox34). Now a page judged against the default while it writes
an unread cost definition is refused with a caret at it. Reading such a line as a display of its own was tried on
this branch and taken out at the merge: its audit (tests/test_auddefault34.py) found four pages it misread, and it
read no real page the folders hold.

Every expectation is worked out by hand and checked with finite differences (tests/_numeric.py), never taken from
logderiv's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from logderiv.notation.unread_cost import unread_cost_definitions

# the French slides of cold36 (tests/derivations_cold36/fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md, a
# Quarto deck rendered to Markdown), verbatim but for line 11: ∂J/∂θ₀ set in a display \[ … \] (its '\_' unescaped,
# as a display's inside is TeX), the way the audit's page sets it. Its θ₁ line stays bare.
_FR = Path(__file__).parent / "derivations_cold36" / "fr_slides_mse_theta0_theta1_two_over_n_plain_latex.md"
_DISPLAYED = ("\\[ \\frac {\\partial}{\\partial \\theta_0}J(\\theta_0, \\theta_1) = \\frac{2}{N} "
              "\\sum\\limits_{i=1}^{N} (\\theta_0 + \\theta_1 x_i - y_i) \\]")


def _french_with_display(line: str = _DISPLAYED) -> str:
    lines = _FR.read_text(encoding="utf-8").split("\n")
    assert lines[10].startswith("\\frac {\\partial}{\\partial \\theta_0}J")
    return "\n".join([*lines[:10], line, *lines[11:]])


def _mean_square_partials(x: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """∇ of J = (1/N)Σ(θ₀ + θ₁xᵢ − yᵢ)² by finite differences."""
    return central_differences(lambda t: float(np.mean((t[0] + t[1] * x - y) ** 2)), theta)


def _logistic_partials(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    def cost(t: np.ndarray) -> float:
        h = 1 / (1 + np.exp(-X @ t))
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))
    return central_differences(cost, theta)


def test_the_partials_by_hand():
    rng = np.random.default_rng(1034)
    x, y, theta = rng.normal(size=7), rng.normal(size=7), np.array([0.4, -1.1])
    error = theta[0] + theta[1] * x - y
    grad = _mean_square_partials(x, y, theta)
    assert np.isclose(grad[0], 2 * np.mean(error), atol=1e-7)        # ∂J/∂θ₀ = (2/N)Σ(θ₀ + θ₁xᵢ − yᵢ)
    assert not np.isclose(grad[0], np.mean(error), atol=1e-3)        # the planted (1/N)Σ(…) is not it
    # the default logistic gradient (1/m)Σ(h − y)xⱼ, the page with no cost is held to it
    X, labels, t = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    h = 1 / (1 + np.exp(-X @ t))
    assert np.allclose(_logistic_partials(X, labels, t), X.T @ (h - labels) / 6, atol=1e-7)


# --- the reading -----------------------------------------------------------------------------------------------------

def test_a_bare_cost_line_beside_a_display_is_refused_never_judged(tmp_path):
    # reading the bare line as the page's cost (this branch's first reading) misread four pages in its audit
    # (tests/test_auddefault34.py): the page is refused, right or with its slip, never judged against the default
    for page in (_french_with_display(), _french_with_display(_DISPLAYED.replace("\\frac{2}{N}", "\\frac{1}{N}"))):
        result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output + result.stderr


# the audit's page (tests/test_audbox34.py, _PROSE_PAGE) with ∂J/∂θ₀ right, (2/N)Σ(…): its display after "vaut"
# names no derivative (the prose does: "par rapport à θ₀"). Judged against the default it was 'wrong at line 7';
# its cost read, the display holds no derivative logderiv can name: refused, never wrong
_AUDIT_PAGE = (
    "## Dérivées partielles\n\nÉtant donnée\n\n"
    "J(\\theta_0, \\theta_1) = \\frac{1}{N}\\sum\\_{i=1}^N (\\theta_0 + \\theta_1 x_i - y_i)^2\n\n"
    "La dérivée par rapport à \\theta\\_0 vaut \\[ \\frac{2}{N} \\sum\\_{i} (\\theta_0 + \\theta_1 x_i - y_i) \\]\n\n"
    "et\n\n"
    "\\frac {\\partial}{\\partial \\theta_1}J(\\theta_0, \\theta_1) = \\frac{2}{N} \\sum\\limits\\_{i=1}^{N} x_i "
    "(\\theta_0 + \\theta_1 x_i - y_i)\n")


@pytest.mark.parametrize("page", [_AUDIT_PAGE, _AUDIT_PAGE.replace("vaut \\[ \\frac{2}{N}", "vaut \\[ \\frac{1}{N}")])
def test_the_audit_page_is_never_judged_against_the_default(tmp_path, page):
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 5 defines a cost" in result.output and "--cost" in result.output


# --- the guard: refused where the definition is not read -------------------------------------------------------------

# the definition inside a paragraph (no blank line around it): not made a display, and never left for the default
_IN_A_PARAGRAPH = ("Given the cost\nJ(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x_i - y_i)^2\nwe have\n\n"
                   "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x_i - y_i) x_{ij}$$\n")


def test_an_unread_cost_in_a_paragraph_is_refused_at_it(tmp_path):
    result = steps_of_page(tmp_path, _IN_A_PARAGRAPH)
    assert result.exit_code == 2
    assert "line 2, column 1" in result.output and "line 2 defines a cost, J(\\theta) = …" in result.output
    assert "--cost" in result.output and "Traceback" not in result.output


# --- near-misses: no cost written, the default kept with its note ----------------------------------------------------

_DERIVATIVE = ("$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)}) - y^{(i)}) "
               "x_j^{(i)}$$\n")


@pytest.mark.parametrize("beside", [
    "",                                                       # no cost written at all
    "h(x) = \\sigma(\\theta^T x)",                            # the model
    "L(\\hat y, y) = -(y \\log \\hat y + (1 - y) \\log(1 - \\hat y))",  # one example's loss, of its values
    "L = -(y \\log a + (1 - y) \\log(1 - a))",                # one example's loss, no sum
    "L_i = -(y_i \\log h_i + (1 - y_i) \\log(1 - h_i))",      # example i's loss
    "\\hat y = \\sigma(w^T x + b)",                           # a prediction
])
def test_a_page_writing_no_cost_keeps_the_default(tmp_path, beside):
    page = f"Notes\n\n{beside}\n\nso\n\n{_DERIVATIVE}"
    exit_code, ending, wrong, review = review_of_page(tmp_path, page)
    # (1/m)Σ(h − y)xⱼ is the logistic gradient (test_the_partials_by_hand): right against the default, noted
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("no cost is given with --cost or written in the file") for note in review["notes"])


@pytest.mark.parametrize("text", [
    "h(x) = \\theta_0 + \\theta_1 x\n", "\\ell(\\hat y, y) = (\\hat y - y)^2\n", "L = (y - \\hat y)^2\n",
    "J^{(i)} = (h - y)^2\n", "L_n = \\frac{1}{2}(t_n - y_n)^2\n", "R(w) = \\lambda \\|w\\|^2\n",
    "```python\nJ = np.sum((X @ w - y) ** 2) / m\n```\n",
])
def test_no_cost_definition_is_found_in_a_near_miss(text):
    assert unread_cost_definitions(text) == []


@pytest.mark.parametrize("text, head", [
    ("J(\\theta_0, \\theta_1) = \\frac{1}{N}\\sum (\\theta_0 - y_i)^2\n", "J(\\theta_0, \\theta_1)"),
    ("$$E(w) = \\frac{1}{2}\\sum_n (w^T x_n - t_n)^2$$\n", "E(w)"),
    ("L = \\frac{1}{n}\\sum_{i=1}^n (y_i - w x_i)^2\n", "L"),
    ("\\mathcal{L}(\\mathbf{w}) = \\|Xw - y\\|^2\n", "\\mathcal{L}(\\mathbf{w})"),
])
def test_a_cost_definition_is_found(text, head):
    found = unread_cost_definitions(text)
    assert [definition.head for definition in found] == [head] and found[0].line == 1


def test_a_page_of_bare_latex_alone_reads_as_before(tmp_path):
    # cold36's page itself, no display: its lines of plain maths are read as on main (right), no new note
    exit_code, ending, wrong, review = review_of_page(tmp_path, _FR.read_text(encoding="utf-8"))
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert not any("read as a display of its own" in note for note in review["notes"])
    assert json.dumps(review)  # the review is whole JSON

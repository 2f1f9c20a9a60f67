"""fixchains (issue 10): every chain on a page of notes is checked, each on its own terms, in one review.

A real page holds several chains of '=': a lemma (g′(z) = … = g(1 − g), ∂h/∂θⱼ = xⱼ), a sub-term
(∂/∂θⱼ[y log h] = …), then the derivation of ∂J/∂θⱼ. A chain whose first side is a derivative of another
expression than the cost is read as a lemma: each side checked against the one before it, never against
∂J/∂θⱼ; the first wrong step is the earliest on the page, whichever chain holds it. The hand-worked truths
are checked below with sympy.diff and central finite differences, never against logderiv's own output:

* σ′(z) = e^{−z}/(1 + e^{−z})² = σ(z)(1 − σ(z)) (so −e^{−z}/(1 + e^{−z})², the planted slip, is −σ′);
* ∂/∂θⱼ [y log σ(θᵀx)] = y (1 − σ(θᵀx)) xⱼ (so y σ(θᵀx) xⱼ, the planted slip, is not);
* ∂(θᵀx)/∂θⱼ = xⱼ (CS229's lecture notes, the lemma of cn_cs229_lecture1_half_sse_partial.md);
* the logistic cost's gradient is (1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import sympy

from _derivations_table import review_of_page as _review, steps_of_page as _steps

HERE = Path(__file__).parent

_COST = (
    "The cost is\n"
    r"$$J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) "
    r"+ (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$$" "\n"
    r"with $h_\theta(x) = \sigma(\theta^T x)$." "\n"
)
_RIGHT_LEMMA = "First the sigmoid:\n" r"$$\frac{d}{dz}\frac{1}{1+e^{-z}} = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)(1-\sigma(z))$$" "\n"
_WRONG_LEMMA = _RIGHT_LEMMA.replace(r"= \frac{e^{-z}}", r"= \frac{-e^{-z}}")
_DERIVATION = (
    "Then\n"
    r"$$\begin{aligned}" "\n"
    r"\frac{\partial J}{\partial\theta_j} &= -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}(1-h_\theta(x^{(i)})) "
    r"- (1-y^{(i)})h_\theta(x^{(i)})\right]x_j^{(i)} \\" "\n"
    r"&= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}" "\n"
    r"\end{aligned}$$" "\n"
)


def _lemma_steps(review: dict) -> list[tuple[int, bool]]:
    return [(step["line"], step["valid"]) for lemma in review["lemmas"] for step in lemma["steps"]]


# -- the hand-worked truths, checked independently ----------------------------------------------------------------

def test_the_sigmoid_lemma_and_its_planted_sign_by_sympy_diff():
    """σ′(z) = e^{−z}/(1 + e^{−z})² = σ(1 − σ): the planted −e^{−z}/(1 + e^{−z})² is its negative."""
    z = sympy.Symbol("z", real=True)
    sigma = 1 / (1 + sympy.exp(-z))
    derivative = sympy.diff(sigma, z)
    assert sympy.simplify(derivative - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    assert sympy.simplify(derivative - sigma * (1 - sigma)) == 0
    assert sympy.simplify(derivative + sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) != 0


def test_the_sub_term_lemma_and_the_gradient_by_finite_differences():
    """∂/∂θⱼ[y log σ(θᵀx)] = y(1 − σ)xⱼ (not yσxⱼ), and the logistic gradient, by central differences."""
    generator = numpy.random.default_rng(10)
    X, y, theta = generator.normal(size=(5, 3)), generator.integers(0, 2, size=5), generator.normal(size=3)
    sigmoid = lambda u: 1 / (1 + numpy.exp(-u))  # noqa: E731

    def partial(f, at, j, step=1e-6):
        e = numpy.eye(len(at))[j]
        return (f(at + step * e) - f(at - step * e)) / (2 * step)

    x, label = X[0], 1
    term = lambda t: label * numpy.log(sigmoid(t @ x))  # noqa: E731
    for j in range(3):
        assert numpy.isclose(partial(term, theta, j), label * (1 - sigmoid(theta @ x)) * x[j], atol=1e-6)
        assert not numpy.isclose(partial(term, theta, j), label * sigmoid(theta @ x) * x[j], atol=1e-3)
        assert numpy.isclose(partial(lambda t: t @ x, theta, j), x[j])

    def cost(t):
        h = sigmoid(X @ t)
        return -numpy.mean(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    gradient = X.T @ (sigmoid(X @ theta) - y) / len(y)
    assert numpy.allclose([partial(cost, theta, j) for j in range(3)], gradient, atol=1e-6)


# -- planted pages -----------------------------------------------------------------------------------------------

def test_a_right_lemma_beside_a_right_derivation_ends_at_the_gradient(tmp_path):
    """The sigmoid's lemma is checked side by side (every side holds), and the derivation ends at the gradient."""
    code, ending, wrong, review = _review(tmp_path, _COST + _RIGHT_LEMMA + _DERIVATION)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert _lemma_steps(review) == [(5, True), (5, True)]
    assert review["ok"] is True
    assert any("read as a lemma" in note for note in review["notes"])


def test_a_wrong_sign_in_the_lemma_is_found_at_its_line(tmp_path):
    """Today's page reader set the lemma aside unread and said "every step holds": its sign slip is now found."""
    result = _steps(tmp_path, _COST + _WRONG_LEMMA + _DERIVATION, "-f", "text")
    assert result.exit_code == 1, result.output
    assert "✗ wrong at line 5:" in result.output and "in the lemma of line 5" in result.output
    assert "[sign]" in result.output
    code, ending, wrong, review = _review(tmp_path, _COST + _WRONG_LEMMA + _DERIVATION)
    assert (code, ending, wrong) == (1, "gradient", [])  # the derivation itself holds
    assert _lemma_steps(review)[0] == (5, False)


def test_the_first_wrong_step_is_the_earliest_on_the_page_whichever_chain(tmp_path):
    """A wrong derivation step after a wrong lemma: the verdict names the lemma's, which comes first on the page."""
    slipped = _DERIVATION.replace(r"\left(h_\theta(x^{(i)}) - y^{(i)}\right)", r"\left(y^{(i)} - h_\theta(x^{(i)})\right)")
    result = _steps(tmp_path, _COST + _WRONG_LEMMA + slipped, "-f", "text")
    assert result.exit_code == 1
    assert "✗ wrong at line 5:" in result.output
    # the lemma after the derivation: the derivation's wrong step comes first
    result = _steps(tmp_path, _COST + slipped + _WRONG_LEMMA, "-f", "text")
    assert result.exit_code == 1
    assert "✗ wrong at line 7: it does not follow from line 6:40" in result.output


def test_a_sub_term_of_one_example_is_checked_summed_over_the_examples(tmp_path):
    """∂/∂θⱼ[y⁽ⁱ⁾ log h(x⁽ⁱ⁾)] = y⁽ⁱ⁾(1 − h)xⱼ⁽ⁱ⁾ holds at each example (its i free): read summed, noted."""
    def page(last: str) -> str:
        return (_COST + "For the first term:\n"
                + r"$$\frac{\partial}{\partial \theta_j}\left[y^{(i)}\log h_\theta(x^{(i)})\right] = "
                r"y^{(i)}\frac{1}{h_\theta(x^{(i)})}\frac{\partial}{\partial\theta_j}h_\theta(x^{(i)}) = " + last + "$$\n"
                + _DERIVATION)

    code, ending, wrong, review = _review(tmp_path, page(r"y^{(i)}(1 - h_\theta(x^{(i)}))x_j^{(i)}"))
    assert (code, ending) == (0, "gradient")
    assert _lemma_steps(review) == [(5, True), (5, True)]
    assert any("a lemma of one example" in note for note in review["notes"])
    code, ending, wrong, review = _review(tmp_path, page(r"y^{(i)} h_\theta(x^{(i)}) x_j^{(i)}"))
    assert code == 1 and _lemma_steps(review) == [(5, True), (5, False)]


def test_a_primed_sigmoid_is_its_derivative(tmp_path):
    """σ′(z) written with Lagrange's prime opens a lemma: σ'(z) = σ(z)(1 − σ(z)) is read as d/dz σ(z) = …."""
    lemma = r"$$\sigma'(z) = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)(1-\sigma(z))$$" "\n"
    code, ending, wrong, review = _review(tmp_path, _COST + lemma + _DERIVATION)
    assert (code, ending) == (0, "gradient")
    assert _lemma_steps(review) == [(4, True), (4, True)]
    planted = lemma.replace(r"(1-\sigma(z))$$", r"(1+\sigma(z))$$")
    code, ending, wrong, review = _review(tmp_path, _COST + planted + _DERIVATION)
    assert code == 1 and _lemma_steps(review) == [(4, True), (4, False)]


def test_an_unreadable_equation_beside_the_derivation_is_named_in_a_note(tmp_path):
    """One '=' that cannot be read (∇ of the model) is named with why, and the rest is checked as before."""
    aside = r"$$\nabla_\theta h_\theta(x) = h_\theta(x)(1-h_\theta(x))x$$" "\n"
    code, ending, wrong, review = _review(tmp_path, _COST + _RIGHT_LEMMA + aside + _DERIVATION)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 6: not read: \\nabla_\\theta h_\\theta(x) = …") and "nabla" in note
               for note in review["notes"])
    assert _lemma_steps(review) == [(5, True), (5, True)]


def test_an_unreadable_worked_chain_beside_the_derivation_is_refused_with_a_caret(tmp_path):
    """A worked chain (two '=' or more) left unread could hide the slip looked for: the page is not judged."""
    chain = (r"$$\frac{\partial h_\theta(x)}{\partial \theta_j} = \frac{d g(z)}{d z} \cdot "
             r"\frac{\partial z}{\partial \theta_j} = g(z)(1 - g(z)) \cdot x_j$$" "\n")
    result = _steps(tmp_path, _COST + chain + _DERIVATION)
    assert result.exit_code == 2
    assert "line 4 opens a chain of its own beside the derivation" in result.stderr
    assert "its steps would go unchecked" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.stderr


def test_two_derivations_of_one_gradient_that_end_differently_are_both_checked(tmp_path):
    """Two full derivations of ∂J/∂θⱼ, the second ending at (1/m)Σ(y − h)xⱼ: both checked, the second wrong at line 13.

    Was refused ("which one is checked?"); issue 10 (fixmulti2) checks both routes, each against the cost, as a TA
    does. By hand: −(1/m)Σ[y(1 − h) − (1 − y)h]xⱼ = (1/m)Σ(h − y)xⱼ is the logistic cost's ∂J/∂θⱼ, so the first
    derivation holds and the second's last line, its negative, is a sign slip on its own line 13.
    """
    other = _DERIVATION.replace(r"\left(h_\theta(x^{(i)}) - y^{(i)}\right)", r"\left(y^{(i)} - h_\theta(x^{(i)})\right)")
    code, ending, wrong, review = _review(tmp_path, _COST + _DERIVATION + "Or else:\n" + other)
    assert (code, ending, wrong) == (1, "wrong", [13])
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])


# -- real pages from the sets ------------------------------------------------------------------------------------

def test_cs229_lecture_notes_lemma_of_the_model_is_checked():
    """cn_cs229_lecture1_half_sse_partial.md (derivations_cold3; Chinese notes of CS229 lecture 1, source in its
    expected.txt): ∂h_θ(x⁽ⁱ⁾)/∂θⱼ = xⱼ⁽ⁱ⁾ beside the derivation is a lemma of one example, checked, and holds."""
    from click.testing import CliRunner

    from logderiv.cli import main

    path = HERE / "derivations_cold3" / "cn_cs229_lecture1_half_sse_partial.md"
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert _lemma_steps(review) == [(16, True)]


def test_cs229_ps1_solution_wrong_in_its_sigmoid_lemma():
    """cs229_ps1_sol_logistic_sigmoid_prime_sign.md (derivations_cold5; a CS229 PS1 solution post, source in its
    expected.txt): g′(z) = −e^{−z}/(1 + e^{−z})² = g(z)(1 − g(z)) on line 6 has the sign slip (σ′ is +e^{−z}/…,
    by sympy.diff above); the sub-terms (lines 33, 43) and the derivation hold. By hand: first wrong line 6, the
    last line the gradient. ∂h_θ(x)/∂θⱼ on line 21 (through z = θᵀx at no example) is not read yet: it stands
    after line 6, so the verdict holds whatever it holds, and it is named in a note."""
    from click.testing import CliRunner

    from logderiv.cli import main

    path = HERE / "derivations_cold5" / "cs229_ps1_sol_logistic_sigmoid_prime_sign.md"
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", "logistic", "-f", "json"])
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert [step["valid"] for step in review["steps"]] == [True] * len(review["steps"])
    assert _lemma_steps(review)[:2] == [(6, False), (6, False)]
    assert all(valid for line, valid in _lemma_steps(review) if line > 6)
    assert any(note.startswith("line 21: not read:") and "after the first wrong step" in note
               for note in review["notes"])


def test_an_unreadable_worked_chain_after_the_first_wrong_step_is_named_not_refused(tmp_path):
    """The verdict names the wrong lemma on line 5; a chain it cannot read after it changes neither that first
    wrong line nor the derivation's ending, so it is named in a note; before it, it refuses the page (above)."""
    chain = (r"$$\frac{\partial h_\theta(x)}{\partial \theta_j} = \frac{d g(z)}{d z} \cdot "
             r"\frac{\partial z}{\partial \theta_j} = g(z)(1 - g(z)) \cdot x_j$$" "\n")
    code, ending, wrong, review = _review(tmp_path, _COST + _WRONG_LEMMA + chain + _DERIVATION)
    assert (code, ending, wrong) == (1, "gradient", [])
    assert _lemma_steps(review)[0] == (5, False)
    assert any(note.startswith("line 6: not read:") for note in review["notes"])


def test_the_docs_example_with_its_sign_flipped_is_wrong_in_the_lemma(tmp_path):
    """docs/cli.md says so of docs/examples/lemma-notes.md with σ′'s sign flipped: exit 1, the lemma's line named."""
    page = (HERE.parent / "docs" / "examples" / "lemma-notes.md").read_text(encoding="utf-8")
    flipped = page.replace(r"= \frac{e^{-z}}", r"= \frac{-e^{-z}}")
    assert flipped != page
    result = _steps(tmp_path, flipped, "-f", "text")
    assert result.exit_code == 1
    assert "✗ wrong at line 4:16, in the lemma of line 4:3: it does not follow from line 4:3" in result.output
    assert "[sign]" in result.output
    code, ending, wrong, review = _review(tmp_path, flipped)
    assert (ending, wrong) == ("gradient", [])


def test_a_bullet_lemma_of_inline_notes_is_checked(tmp_path):
    """Inline notes (no display): `∂h/∂z = h*(1-h)` beside `∂J/∂w = …` is a lemma, checked; h*(1+h) is caught.

    By hand: h = σ(z), so ∂h/∂z = σ(z)(1 − σ(z)) = h(1 − h) (sympy.diff in the first test of this file), and
    ∂/∂w of −(y log h + (1 − y) log(1 − h)) with z = wx + b is (h − y)x.
    """
    page = ("Let `h = σ(z)` and `z = w*x + b`, with `J = -(y*log(h) + (1-y)*log(1-h))`.\n\n"
            "- `∂h/∂z = h*(1-h)`\n- `∂J/∂w = (h - y)*x`\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert _lemma_steps(review) == [(3, True)]
    code, ending, wrong, review = _review(tmp_path, page.replace("h*(1-h)", "h*(1+h)"))
    assert code == 1 and _lemma_steps(review) == [(3, False)]
    w, x, b, y = sympy.symbols("w x b y")
    h = 1 / (1 + sympy.exp(-(w * x + b)))
    cost = -(y * sympy.log(h) + (1 - y) * sympy.log(1 - h))
    assert sympy.simplify(sympy.diff(cost, w) - (h - y) * x) == 0


def test_a_lemma_in_a_notebook_is_named_by_its_cell(tmp_path):
    """In a notebook the lemma's rows and notes name its cell and its line there, as the derivation's do."""
    from click.testing import CliRunner

    from logderiv.cli import main

    page = (HERE.parent / "docs" / "examples" / "lemma-notes.md").read_text(encoding="utf-8")
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Notes\n"]},
             {"cell_type": "code", "metadata": {}, "source": ["x = 1\n"], "outputs": [], "execution_count": 1},
             {"cell_type": "markdown", "metadata": {}, "source": page.splitlines(True)}]
    path = tmp_path / "notes.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    review = json.loads(result.stdout)
    assert [(lemma["cell"], lemma["line"]) for lemma in review["lemmas"]] == [(3, 4), (3, 6)]
    assert any(note.startswith("cell 3, line 4 is a chain of its own beside the derivation") for note in review["notes"])


def test_a_lemma_align_in_a_latex_document_is_checked_on_its_own(tmp_path):
    """A .tex file with σ′'s align* (its sign planted) before the derivation's: the lemma is checked on its own and
    wrong at line 2; read as one chain with the derivation, it was refused (the cost does not depend on z)."""
    from click.testing import CliRunner

    from logderiv.cli import main

    text = ("\\begin{align*}\n"
            r"\frac{d}{dz}\frac{1}{1+e^{-z}} &= \frac{-e^{-z}}{(1+e^{-z})^2} \\" "\n"
            r"&= \sigma(z)(1-\sigma(z))" "\n"
            "\\end{align*}\n"
            "\\begin{align*}\n"
            r"\frac{\partial J}{\partial\theta_j} &= -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}(1-h_\theta(x^{(i)})) "
            r"- (1-y^{(i)})h_\theta(x^{(i)})\right]x_j^{(i)} \\" "\n"
            r"&= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}" "\n"
            "\\end{align*}\n")
    path = tmp_path / "derivation.tex"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", "logistic", "-f", "json"])
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and all(step["valid"] for step in review["steps"])
    assert _lemma_steps(review) == [(2, False), (3, False)]
    path.write_text(text.replace(r"\frac{-e^{-z}}", r"\frac{e^{-z}}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", "logistic", "-f", "json"])
    assert result.exit_code == 0, result.stderr

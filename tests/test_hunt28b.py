"""Readings that ``steps`` made with no note, or with a false one (hunt28b: docs rows run through every command).

Issue 10's rule: every reading that is not literal is said in every output format. Running the rows of
docs/notation.md and docs/latex.md through derive, check and steps in text, JSON, LaTeX and Markdown found two
places where steps, reading the cost from the page's own first line, said less or other than derive and check:

* A penalty Σₖ θₖ² beside θᵀx is read over θ₁..θₙ, the intercept θ₁ included. derive and check (and steps with
  ``--cost``) say so; steps with the cost on the page's first line (``d/dθⱼ (… + λ/(2m) Σₖ θₖ²)``) read it the
  same way silently.
* ``\\frac{\\partial}{\\partial b}(\\frac{1}{2m}\\sum (f_{\\mathbf w,b}(\\mathbf x^{(i)}) - y^{(i)})^2)``: the model's
  subscript names w and b, and derive notes h = wᵀx + b; steps noted h = θᵀx + b, a parameter the page never writes.

And one note that named the wrong symbol in LaTeX: the notes that say which character was read (the katakana middle
dot ・, full-width brackets) printed each such character as "?" in LaTeX and Markdown-free TeX comments
("the katakana middle dot (?) is read as the product dot"), naming nothing. They now name its code point (U+30FB).

Each note is asserted in every format; the gradients the pages state are checked by central differences of the
cost written in NumPy (tests/_numeric.py), not against logderiv.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv.cli import main

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

_PENALTY_PAGE = ("d/dtheta_j (1/(2m) sum((theta^T x - y)^2) + lambda/(2m) sum_k theta_k^2)\n"
                 "= 1/m sum_i (theta^T x^(i) - y^(i)) x_j^(i) + lambda/m theta_j\n")
_SUBSCRIPT_PAGE = (r"\frac{\partial}{\partial b} \left( \frac{1}{2m}\sum_{i=1}^{m}(f_{\mathbf{w},b}(\mathbf{x}^{(i)})"
                   r" - y^{(i)})^2 \right) = \frac{1}{m}\sum_{i=1}^{m}(f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})" "\n")


def _notes(page: str, suffix: str, fmt: str, tmp_path) -> list[str]:
    """The notes steps gives a page in one format (text's note: lines, JSON's list, LaTeX's and Markdown's items)."""
    path = tmp_path / f"page{suffix}"
    path.write_text(page, encoding="utf-8")
    result = CliRunner(env=_CLEAN_ENV).invoke(main, ["steps", str(path), "-f", fmt], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        return list(json.loads(out)["notes"])
    if fmt == "latex":
        return re.findall(r"\\item (.*)", out) + re.findall(r"^% note: (.*)", out, re.M)
    if fmt == "markdown":
        return re.findall(r"^- (?:note: )?(.*)", out, re.M)
    return re.findall(r"^note: (.*)", out, re.M)


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_a_pages_penalty_is_noted_as_read_over_every_component(fmt, tmp_path):
    notes = _notes(_PENALTY_PAGE, ".txt", fmt, tmp_path)
    assert any("penalty" in note and "included" in note for note in notes), notes


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_a_model_subscript_names_the_parameters_of_the_undefined_h(fmt, tmp_path):
    notes = _notes(_SUBSCRIPT_PAGE, ".tex", fmt, tmp_path)
    (said,) = [note for note in notes if "is not defined" in note]
    assert ("wᵀx + b" in said or r"w^{\top}x + b" in said or "w^T x + b" in said), said
    assert "θ" not in said and "theta" not in said, said


def test_the_penalty_pages_gradient_holds_by_finite_differences():
    """∂/∂θⱼ [(1/2m)‖Xθ − y‖² + (λ/2m)Σₖθₖ²] = (1/m)Xᵀ(Xθ − y) + (λ/m)θ, every entry the intercept's included."""
    rng = np.random.default_rng(28)
    m, n, lam = 5, 3, 0.7
    X, y, theta = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)

    def cost(t):
        return np.sum((X @ t - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(t ** 2)

    assert np.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / m + lam / m * theta, rtol=1e-6)


def test_the_subscript_pages_gradient_holds_by_finite_differences():
    """∂/∂b (1/2m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)² = (1/m)Σ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾): the page's last line, with h = wᵀx + b."""
    rng = np.random.default_rng(29)
    m, n = 6, 2
    X, y, w, b = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), 0.3

    def cost(v):
        return np.sum((X @ w + v[0] - y) ** 2) / (2 * m)

    assert np.allclose(central_differences(cost, np.array([b])), [np.mean(X @ w + b - y)], rtol=1e-6)


@pytest.mark.parametrize("args", [
    ["derive", "1/(2m) sum((w・x + b - y)^2)", "--wrt", "b"],
    ["check", "1/m sum(w・x + b - y)", "--cost", "1/(2m) sum((w・x + b - y)^2)", "--wrt", "b"],
])
def test_latex_names_the_katakana_dot_it_read_by_its_code_point(args):
    result = CliRunner(env=_CLEAN_ENV).invoke(main, [*args, "-f", "latex"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (said,) = [line for line in result.stdout.splitlines() if "katakana middle dot" in line]
    assert "(U+30FB)" in said and "w[U+30FB]x" in said and "?" not in said, said


def test_latex_names_the_full_width_characters_it_read():
    result = CliRunner(env=_CLEAN_ENV).invoke(main, ["derive", "（1／(2m)）＊sum((theta^T x - y)^2)", "-f", "latex"],
                                              catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (said,) = [line for line in result.stdout.splitlines() if "full-width characters" in line]
    assert "U+FF08 U+FF09" in said and "?" not in said, said


def test_the_katakana_pages_gradient_by_b_holds_by_finite_differences():
    """∂/∂b (1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² = (1/m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾), the answer checked above as right."""
    rng = np.random.default_rng(30)
    m, n = 5, 3
    X, y, w = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)

    def cost(v):
        return np.sum((X @ w + v[0] - y) ** 2) / (2 * m)

    b = np.array([-0.4])
    assert np.allclose(central_differences(cost, b), [np.mean(X @ w + b[0] - y)], rtol=1e-6)
    verdict = CliRunner(env=_CLEAN_ENV).invoke(main, ["check", "1/m sum(w・x + b - y)", "--cost",
                                                      "1/(2m) sum((w・x + b - y)^2)", "--wrt", "b", "-f", "json"])
    assert json.loads(verdict.stdout)["verdict"] == "equivalent"

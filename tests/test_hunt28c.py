"""Hunt for notes of gradient CODE that name a reading logderiv did not make, or the wrong symbol (hunt28c, issue 10).

Code answers of the corpus (R, NumPy, Octave) were checked against their costs in every output format and each
note read for truth. Three notes named what the student never wrote:

* R's ``t(X)`` is read by respelling it NumPy's ``X.T``, and the readers then also said "read as NumPy: A.T is the
  transpose Aᵀ" of R code that writes no NumPy (R's own note, "t(A) is the transpose", says the reading);
* the matrix form's note said "θ is n×1" beside a cost in β or w alone (``sum((y - X %*% beta)^2)``,
  ``np.mean((y - X @ w) ** 2)``), a vector the student never wrote;
* R's ``x %*% beta`` (lower-case x as the data matrix) was noted "x * theta is the matrix product with the parameter
  vector θ".

Each note is now checked in text, JSON, LaTeX and Markdown; the verdicts are the corpus judge's (finite differences
of a cost written by hand in NumPy, tests/corpus/judge.py), never logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _reading import assert_gradient_read, assert_verdict_read, notes_of
from logderiv import check, derive
from logderiv.cli import main as cli

FORMATS = ("text", "json", "latex", "markdown")


def _outputs(*args: str) -> dict[str, str]:
    """The output of ``logderiv ARGS`` in each format (its exit code 0 or 1: a verdict, not an error)."""
    runner = CliRunner()
    found = {}
    for form in FORMATS:
        result = runner.invoke(cli, [*args, "--timeout", "120", "-f", form], catch_exceptions=False)
        assert result.exit_code in (0, 1), result.output
        found[form] = result.output
    return found


def _shown(form: str, out: str) -> str:
    """The output as searched: JSON parsed (its strings unescaped), the others as printed."""
    return json.dumps(json.loads(out), ensure_ascii=False) if form == "json" else out


def _spelled(form: str, note: str, latex: str | None) -> str:
    """``note`` as ``form`` prints it: Markdown escapes '*', LaTeX sets the maths of a note as maths (``latex``)."""
    if form == "markdown":
        return note.replace("*", "\\*")
    if form == "latex" and latex is not None:
        return latex
    return note


def _said_in_every_format(outputs: dict[str, str], note: str, latex: str | None = None) -> bool:
    """Whether ``note`` (in LaTeX output ``latex``, where its maths is set) is in each format's output."""
    return all(_spelled(form, note, latex) in _shown(form, out) for form, out in outputs.items())


def _said_in_no_format(outputs: dict[str, str], note: str, latex: str | None = None) -> bool:
    return not any(_spelled(form, note, latex) in _shown(form, out) for form, out in outputs.items())


NUMPY_T = "read as NumPy: A.T is the transpose"
R_T = "read as R: t(A) is the transpose"

# ------------------------------------------------------------------ R's t(X): no NumPy note of a .T never written

R_ANSWER = "t(X) %*% (X %*% beta - Y) * 2"  # f38-r-lbfgs-grad-times-2: 2Xᵀ(Xβ − y), the gradient of Σ(y − Xβ)²
R_COST = "sum((Y - X %*% beta)^2)"


def test_r_transpose_is_not_noted_as_numpy_in_any_format():
    outputs = _outputs("check", R_ANSWER, "--cost", R_COST, "--wrt", "beta_j")
    assert _said_in_every_format(outputs, R_T), outputs["text"]
    assert _said_in_no_format(outputs, NUMPY_T), outputs["text"]


def test_r_transpose_answer_is_still_judged_equivalent():
    # by hand: ∂/∂βⱼ Σᵢ (yᵢ − xᵢᵀβ)² = 2 Σᵢ (xᵢᵀβ − yᵢ) Xᵢⱼ, entry j of 2Xᵀ(Xβ − y); the judge's finite differences
    assert_verdict_read(R_ANSWER, R_COST, "equivalent", wrt="beta_j")
    assert_verdict_read("t(X) %*% (X %*% beta - Y)", R_COST, "different", wrt="beta_j")  # the 2 lost


def test_r_transpose_in_a_cost_is_not_noted_as_numpy():
    text = "sum((y - X %*% beta)^2) + lambda * t(beta) %*% beta"
    derivation = derive(text, wrt="beta_j", timeout=120)
    notes = notes_of(derivation)
    assert any(note.startswith(R_T) for note in notes), notes
    assert not any(note.startswith(NUMPY_T) for note in notes), notes
    assert_gradient_read(text, lambda d: np.sum((d.y - d.X @ d.beta) ** 2) + d.lam * d.beta @ d.beta,
                         wrt=("beta_j",))


def test_numpy_transpose_is_still_noted():
    # the control: NumPy code that writes .T keeps its note (and R's, absent, is not said)
    verdict = check("2 * X.T @ (X @ beta - y)", cost="np.sum((y - X @ beta) ** 2)", wrt="beta_j", timeout=120)
    notes = notes_of(verdict)
    assert any(note.startswith(NUMPY_T) for note in notes), notes
    assert not any(note.startswith(R_T) for note in notes), notes
    assert_verdict_read("2 * X.T @ (X @ beta - y)", "np.sum((y - X @ beta) ** 2)", "equivalent", wrt="beta_j")


# ------------------------------------------------------------------ the matrix form's note in the cost's own letter

@pytest.mark.parametrize("answer, cost, wrt, shown, latex", [
    (R_ANSWER, R_COST, "beta_j", "β is n×1", r"\(\beta\) is \(n\times1\)"),  # R's lbfgs item: the cost writes β alone
    ("-2 * np.dot(X.T, y - X @ w) / len(y)", "np.mean((y - X @ w) ** 2)", "w_j", "w is n×1", r"w is \(n\times1\)"),
])
def test_matrix_form_note_names_the_costs_own_vector(answer, cost, wrt, shown, latex):
    outputs = _outputs("check", answer, "--cost", cost, "--wrt", wrt)
    assert _said_in_every_format(outputs, f"matrix form: X is the m×n data matrix (row i is x⁽ⁱ⁾ᵀ), {shown}",
                                 latex=r"(row i is \(x^{(i)\top}),\) " + latex), outputs["latex"]
    assert _said_in_no_format(outputs, "θ is n×1", latex=r"\(\theta\) is \(n\times1\)"), outputs["text"]


def test_matrix_form_note_of_a_theta_cost_is_unchanged():
    verdict = check("X' * (X * theta - y) / m", cost="sum((X * theta - y) .^ 2) / (2 * m)", timeout=120)
    assert any(note.startswith("matrix form: X is the m×n data matrix (row i is x⁽ⁱ⁾ᵀ), θ is n×1")
               for note in notes_of(verdict)), notes_of(verdict)
    # by hand: ∂/∂θⱼ of (1/(2m)) Σ (xᵢᵀθ − yᵢ)² is (1/m) Σ (xᵢᵀθ − yᵢ) Xᵢⱼ
    assert_verdict_read("X' * (X * theta - y) / m", "sum((X * theta - y) .^ 2) / (2 * m)", "equivalent")


def test_w_cost_is_read_right():
    # the mean of the squares, by hand: ∂/∂wⱼ (1/m) Σ (yᵢ − xᵢᵀw)² = −(2/m) Σ (yᵢ − xᵢᵀw) Xᵢⱼ
    assert_gradient_read("np.mean((y - X @ w) ** 2)", lambda d: np.mean((d.y - d.X @ d.w) ** 2), wrt=("w_j",))
    assert_verdict_read("-2 * np.dot(X.T, y - X @ w) / len(y)", "np.mean((y - X @ w) ** 2)", "equivalent",
                        wrt="w_j")


# ------------------------------------------------------------------ lower-case x times β: the note names β

R_CROSS = "as.vector(-2*t(x)%*%(y-x%*%beta))"  # f38-r-crossprod-gradient
R_CROSS_COST = "sum((y-x%*%beta)^2)"


def test_lower_x_note_names_beta_in_every_format():
    outputs = _outputs("check", R_CROSS, "--cost", R_CROSS_COST, "--wrt", "beta_j")
    said = "read as code: x * beta is the matrix product with the parameter vector β, so x is the data matrix"
    assert _said_in_every_format(outputs, said, latex=said.replace("β", r"\(\beta\)")), outputs["latex"]
    assert _said_in_no_format(outputs, "x * theta is the matrix product"), outputs["text"]
    assert _said_in_no_format(outputs, NUMPY_T), outputs["text"]
    assert_verdict_read(R_CROSS, R_CROSS_COST, "equivalent", wrt="beta_j")


def test_lower_x_note_of_theta_is_unchanged():
    derivation = derive("np.sum((x @ theta - y)**2) / (2*m)", timeout=120)
    assert ("read as code: x * theta is the matrix product with the parameter vector θ, so x is the data matrix X "
            "(m×n)") in notes_of(derivation), notes_of(derivation)
    assert_gradient_read("np.sum((x @ theta - y)**2) / (2*m)",
                         lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))


# ------------------------------------------------------------------ a --let's value per example shown with its mark

POISSON_ANSWER = "dL = X' * (y-lambda);"  # f52-octave-log-poisson-dL-reversed: Xᵀ(y − λ), minus the gradient
POISSON_COST = "L = sum(lambda) - y'*X_proj;"
POISSON_LETS = ("X_proj = X*w;", "lambda = exp(X_proj);")


def test_let_per_example_is_shown_with_the_examples_mark():
    # yᵀ X_proj is Σᵢ y⁽ⁱ⁾ X_proj⁽ⁱ⁾: shown as Σᵢ y⁽ⁱ⁾ X_proj, the note read as a sum of a constant
    args = ["check", POISSON_ANSWER, "--cost", POISSON_COST, "--wrt", "w_j"]
    outputs = _outputs(*args, *[part for let in POISSON_LETS for part in ("--let", let)])
    shown = "read in matrix form: yᵀ X_proj = Σᵢ y⁽ⁱ⁾ X_proj⁽ⁱ⁾"
    assert _said_in_every_format({form: outputs[form] for form in ("text", "json")}, shown), outputs["text"]
    assert r"X\_proj = Σᵢ y⁽ⁱ⁾ X\_proj⁽ⁱ⁾" in outputs["markdown"], outputs["markdown"]
    assert r"\sum_{i} y^{(i)} X\_\text{proj}^{(i)}" in outputs["latex"], outputs["latex"]
    # by hand: ∂/∂wⱼ Σᵢ (exp(xᵢᵀw) − yᵢ xᵢᵀw) = Σᵢ (exp(xᵢᵀw) − yᵢ) Xᵢⱼ: Xᵀ(y − λ) is its negative
    assert_verdict_read(POISSON_ANSWER, POISSON_COST, "different", wrt="w_j", lets=POISSON_LETS)
    assert_verdict_read("dL = X' * (lambda-y);", POISSON_COST, "equivalent", wrt="w_j", lets=POISSON_LETS)


def test_number_let_of_a_per_example_let_is_shown_with_the_mark():
    verdict = check("np.mean(error)", cost="sum_errors / (2 * m)", wrt="b", timeout=120,
                    let=("m = X.shape[0]", "prediction = np.dot(X, w) + b",
                         "sum_errors = np.sum((prediction - y) ** 2)", "error = prediction - y"))
    assert ("read in matrix form: sum_errors = sum((prediction − y)²) is one number, sum_errors = "
            "Σᵢ (prediction⁽ⁱ⁾ − y⁽ⁱ⁾)²") in notes_of(verdict), notes_of(verdict)
    assert verdict.verdict == "equivalent"  # by hand: ∂/∂b (1/(2m)) Σ (xᵢᵀw + b − yᵢ)² = mean(xᵢᵀw + b − yᵢ)


# ------------------------------------------------------------------ LaTeX sets ℓ, ±, 𝟏 as maths, not as "?"

def test_latex_sets_the_log_likelihood_letter():
    args = ["check", POISSON_ANSWER, "--cost", POISSON_COST, "--wrt", "w_j"]
    outputs = _outputs(*args, *[part for let in POISSON_LETS for part in ("--let", let)])
    assert r"\(\ell = -J\)" in outputs["latex"], outputs["latex"]
    assert "log-likelihood, ?" not in outputs["latex"] and "ascent on ?" not in outputs["latex"], outputs["latex"]


def test_latex_sets_the_ones_vector():
    outputs = _outputs("check", "grad = (X.' * (h - y)) / m;", "--cost",
                       "J = (-log(h.') * y - log(ones(1, m) - h.') * (ones(m, 1) - y)) / m;",
                       "--let", "h = sigmoid(X * theta)", "--let", "m = length(y)")
    assert r"\log(\mathbf{1} - h^{\top})" in outputs["latex"], outputs["latex"]
    assert "log(𝟏 − hᵀ) (𝟏 − y)" in outputs["text"], outputs["text"]
    # f49-sukuna-octave-grad, by hand: Xᵀ(h − y)/m is the cross-entropy's gradient
    assert_verdict_read("grad = (X.' * (h - y)) / m;",
                        "J = (-log(h.') * y - log(ones(1, m) - h.') * (ones(m, 1) - y)) / m;", "equivalent",
                        lets=("h = sigmoid(X * theta)", "m = length(y)"))

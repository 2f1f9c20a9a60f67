r"""Issue 10, the fixf61b branch: the notation families of the blind wave f61 and of main's misses.

* a count dividing a term of the data with no sum (a PyTorch tutorial's comment ``MSE = 1/N * (w*x - y)**2``): the
  mean over N examples with its Σ left out, or one example's loss over a number N (the gradient of the sum, or of
  its one term). The weight-decay reading of a lone N (``λ/(2N) wᵀw``, no data in the term) was applied to it and gave a confident
  gradient of one example's loss: it is now refused with a caret at N and a hint naming both readings;
* ``\\|\bm{w}\\|_2^2``, a Hugo page's Markdown escape of the norm's bars: read as the norm where the bars pair;
* ``--let 'x_{ij} = x_j^{(i)}'`` beside the same post's answer in x_{ij}: the let says what x_{ij} is read as already;
* ``z = \hat{X}\theta`` (a French report): X̂, the data matrix with its ones column, times the parameters, is X;
* ``y_predicted`` beside ``--let 'y_pred = …'``: named as an unknown name near the let's, not "unknown index 'p'".

Every text is the source's, verbatim (variants are marked so). Verdicts are worked out by hand in their comments,
and the gradients they lean on are checked by central finite differences (``tests/_numeric.py``).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from click.testing import CliRunner
from corpus.items import sig

from logderiv import check, derive
from logderiv.cli import main

RNG = np.random.default_rng(61)

# ------------------------------------------------------------------ 1/N over a term of the data, no Σ: refused

#: public code index file 766561519, a PyTorch tutorial's comment above its NumPy loss (x, y are the data arrays)
TORCH_COMMENT = "MSE = 1/N * (w*x - y)**2"


@pytest.mark.parametrize("cost, lets", [
    (TORCH_COMMENT, ()),
    # variant: LaTeX, the prediction named
    (r"\frac{1}{N}(\hat y - y)^2", ()),
    # variant: the prediction a --let of the data (the tutorial's y_predicted = w * x)
    ("1/N * (y_pred - y)**2", ("y_pred = w * x",)),
    # variant: 1/(2N) before one example's squared error and the weight decay together
    ("1/(2N) * ((w*x - y)**2 + lambda * w**2)", ()),
])
def test_a_count_over_one_examples_term_is_refused(cost, lets):
    error = refused_by_logderiv(lambda: derive(cost, wrt="w", let=lets))
    assert "the mean over N examples with its sum left out" in error.message
    assert "one example's loss" in error.message
    # the caret is at the count, and the hint names both readings
    assert error.column is not None and cost[error.column] == "N"
    assert error.hint is not None and "Σ" in error.hint and "--let 'N = …'" in error.hint


def test_a_let_for_the_count_says_which_reading():
    """--let 'N = 4': one example's loss (1/4)(w x − y)², whose ∂/∂w is x(w x − y)/2 (by hand, and below)."""
    x, y, w = RNG.normal(size=3)
    assert np.isclose(_fd(lambda v: (v[0] * x - y) ** 2 / 4, np.array([w]))[0], x * (w * x - y) / 2, atol=1e-6)
    assert check("1/2 * x * (w*x - y)", cost=TORCH_COMMENT, wrt="w", let=["N = 4"]).verdict == "equivalent"
    # variant: the 1/N dropped, twice the gradient
    assert check("x * (w*x - y)", cost=TORCH_COMMENT, wrt="w", let=["N = 4"]).verdict == "different"


def test_the_weight_decay_beside_the_data_keeps_its_reading():
    """λ/(2N) w² in a term of its own has no data in it: the lone count's reading (N as m) stays, noted."""
    result = derive("(w*x - y)**2 + lambda/(2N) * w**2", wrt="w")
    assert any(note.startswith("N counts the examples here: read as m (N divides a cost with no sum")
               for note in result.notes)


# ------------------------------------------------------------------ \\| … \\|: Markdown's escape of the norm's bars

#: public code index file 37825152493, a Japanese Hugo post (線形回帰メモ 正則化): ridge, the bars escaped for Markdown
JP_RIDGE = (r"J_2(\bm{w}) = \frac{1}{2} \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})^2 + \frac{\lambda}{2} "
            r"\\|\bm{w}\\|_2^2")
JP_H = r"h_{\bm{w}}(\bm{x}) = \bm{w}^T\bm{x}"
MARKDOWN_NORM_NOTE = r"Markdown's escaped norm bars \\| … \\| are read as the norm \| … \|"


def _ridge_half(d):
    """½ Σᵢ (wᵀxᵢ − yᵢ)² + (λ/2)‖w‖², by hand."""
    r = d.X @ d.w - d.y
    return 0.5 * float(r @ r) + d.lam / 2 * float(d.w @ d.w)


def test_markdown_escaped_norm_is_the_norm():
    assert_gradient_read(JP_RIDGE, _ridge_half, wrt=("w_j",), lets=(JP_H,))
    assert MARKDOWN_NORM_NOTE in notes_of(derive(JP_RIDGE, wrt="w_j", let=[JP_H]))


def test_markdown_escaped_norm_note_in_every_format():
    for form in ("text", "markdown", "latex"):
        out = CliRunner().invoke(main, ["derive", JP_RIDGE, "--wrt", "w_j", "--let", JP_H, "-f", form])
        assert out.exit_code == 0 and "Markdown" in out.output and "escaped norm bars" in out.output, out.output
    out = CliRunner().invoke(main, ["derive", JP_RIDGE, "--wrt", "w_j", "--let", JP_H, "-f", "json"])
    assert MARKDOWN_NORM_NOTE in json.loads(out.output)["notes"]


def test_markdown_escaped_ridge_gradient_verdicts():
    """∂/∂wⱼ of ½Σ(wᵀxᵢ − yᵢ)² + (λ/2)‖w‖² is Xᵀ(Xw − y) + λw (by hand; finite differences below)."""
    X, y, w, lam = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), 0.4
    cost = lambda v: 0.5 * float((X @ v - y) @ (X @ v - y)) + lam / 2 * float(v @ v)  # noqa: E731
    assert np.allclose(_fd(cost, w), X.T @ (X @ w - y) + lam * w, atol=1e-5)
    right = r"\frac{\partial J_2}{\partial \bm{w}} = X^T(X\bm{w} - \bm{y}) + \lambda \bm{w}"
    assert_verdict_read(right, JP_RIDGE, "equivalent", wrt="w_j", lets=(JP_H,))
    # variant: the λ/2 kept, half the penalty's gradient
    assert_verdict_read(right.replace(r"\lambda \bm{w}", r"\frac{\lambda}{2} \bm{w}"), JP_RIDGE, "different",
                        wrt="w_j", lets=(JP_H,))


@pytest.mark.parametrize("cost", [
    # the L1 norm of the same post's lasso: not differentiable, refused as before
    r"\frac{1}{2} \sum_{i=1}^{N} (\bm{w}^T\bm{x}_i - y^{(i)})^2 + \lambda \\|\bm{w}\\|_1",
    # variant: one escaped bar, one plain: they do not pair, so \\ stays a line break and the bars are refused
    r"\frac{1}{2} \sum_{i=1}^{N} (\bm{w}^T\bm{x}_i - y^{(i)})^2 + \lambda \\|\bm{w}\|_1",
])
def test_unpaired_or_l1_escaped_bars_are_refused(cost):
    refused_by_logderiv(lambda: derive(cost, wrt="w_j"))


# ------------------------------------------------------------------ --let 'x_{ij} = x_j^{(i)}': the entries named

#: the same post's gradient, component by component, in the entries x_{ij} of its matrix X (rows 𝒙ᵢᵀ)
JP_COMPONENT = (r"\frac{\partial J_2}{\partial w_j} = \sum_{i=1}^{N} (h_{\bm{w}}(\bm{x}_i) - y^{(i)})x_{ij} + "
                r"\lambda w_j")
ENTRY_NOTE = "says what x_{ij} is read as already: feature j of example i, x_j⁽ⁱ⁾ (the let itself is dropped)"


@pytest.mark.parametrize("entry", ["x_{ij} = x_j^{(i)}", "x_ij = x_j^(i)", "x_{i,j} = x^{(i)}_j"])
def test_a_let_naming_the_data_entries_is_dropped(entry):
    """Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + λwⱼ is ∂J₂/∂wⱼ (by hand; the matrix form's finite differences are checked above)."""
    assert_verdict_read(JP_COMPONENT, JP_RIDGE, "equivalent", wrt="w_j", lets=(JP_H, entry))
    verdict = check(JP_COMPONENT, cost=JP_RIDGE, wrt="w_j", let=[JP_H, entry])
    assert any(note.endswith(ENTRY_NOTE) for note in notes_of(verdict))


def test_a_let_naming_the_data_entries_keeps_a_wrong_answer_wrong():
    # variant: (y − h) for (h − y) in the data term, the penalty's sign kept
    flipped = JP_COMPONENT.replace(r"(h_{\bm{w}}(\bm{x}_i) - y^{(i)})", r"(y^{(i)} - h_{\bm{w}}(\bm{x}_i))")
    assert_verdict_read(flipped, JP_RIDGE, "different", wrt="w_j", lets=(JP_H, "x_{ij} = x_j^{(i)}"))


@pytest.mark.parametrize("entry", [
    # one example per column: x_{ji} is feature j of example i, not how x_{ij} is read
    "x_{ji} = x_j^{(i)}",
    "x_{ij} = x_i^{(j)}",
    # a value of its own
    "x_{ij} = 2 x_j^{(i)}",
])
def test_other_lets_of_the_entries_stay_refused(entry):
    error = refused_by_logderiv(lambda: check(JP_COMPONENT, cost=JP_RIDGE, wrt="w_j", let=[JP_H, entry]))
    assert "fixed meaning" in error.message


# ------------------------------------------------------------------ \hat{X}: the data matrix with its ones column

#: David-Kyrat/13X005-AI-Project, report/cost_function.md (French): the MSE of the sigmoid, z = X̂θ
FR_MSE = r"MSE = \frac{1}{n}\sum_i^n (\sigma(z_i) - y_i)^2"
FR_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}", r"z = \hat{X}\theta")
HAT_X_NOTE = ("'\\hat{X}' (X̂, as notes write the data matrix with a column of ones appended for the intercept) is "
              "read as the data matrix X: no plain X is written")


def _sigmoid_mse(d):
    """(1/m) Σᵢ (σ(θᵀxᵢ) − yᵢ)², by hand."""
    r = sig(d.X @ d.theta) - d.y
    return float(r @ r) / d.m


def test_hatted_data_matrix_times_the_parameters_is_x():
    assert_gradient_read(FR_MSE, _sigmoid_mse, wrt=("theta_j",), lets=FR_LETS)
    assert HAT_X_NOTE in notes_of(derive(FR_MSE, let=list(FR_LETS)))


@pytest.mark.parametrize("let", [
    # X̂ beside a plain X: two matrices (a reconstruction, a normalised copy), not one
    r"z = \hat{X}\theta + X\theta",
    # X̂ alone, multiplying nothing: the text does not say it is the data matrix
    r"z = \hat{X}",
])
def test_other_hatted_x_stays_refused(let):
    error = refused_by_logderiv(lambda: derive(FR_MSE, let=[FR_LETS[0], let]))
    assert "\\hat{X}" in error.message


# ------------------------------------------------------------------ a code name that a --let name shortens

def test_a_longer_code_name_beside_a_let_is_named_not_read():
    """The PyTorch tutorial's cost in y_predicted, with only y_pred defined: two names in code, so asked."""
    error = refused_by_logderiv(lambda: derive("((y_predicted - y)**2).mean()", wrt="w", let=["y_pred = w * x"]))
    assert "unknown name 'y_predicted'" in error.message and "y_pred" in error.hint
    assert error.column == 2

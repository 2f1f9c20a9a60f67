"""fixcold22 (issue 10): the blockers of the blind sets cold21 and cold22, each read by a general rule.

What each real page means was worked by hand (tests/derivations_cold*/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* (1/2m)(Xω − y)ᵀ(Xω − y) has the gradient (1/m)Xᵀ(Xω − y), never (2/m)Xᵀ(Xω − y) — the preset linear,
  (1/2m)Σ(θᵀx − y)², with its θ written ω (or w);
* J(w, b) = (1/m)‖Xw + b·1 − y‖² has ∂J/∂w = (2/m)Xᵀ(Xw + b − y) and ∂J/∂b = (2/m)1ᵀ(Xw + b − y) = (2/m)Σᵢ(…) =
  (2/m)1ᵀ(Xw − y) + 2b; neither Σᵢ(…)x⁽ⁱ⁾ nor the sum without b is ∂J/∂b.

The rules: a preset is written in θ; a page whose lines write the one parameter vector ω (read as w) or w, and no θ,
is read with the preset's θ under the page's letter (noted); a page that writes both letters is refused. In matrix
form b is the intercept, a number added to every example (b·1 beside an m×1 vector), beside the labels y only; a
derivative named ∂J/∂b is judged against the cost's derivative by b; a definition ŷ = Xw + b is read in a line in
index form as its entry i (wᵀx⁽ⁱ⁾ + b); xᵢ alone in a sum is example i's feature vector; n that an index-form line
reads as the examples' count is m in every line.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_TESTS = Path(__file__).parent

#: real pages a rule of this stop reads, each with its hand-worked row in its set's expected.txt
_READ = [("derivations_cold22", "zh_blog_linear_matrix_rules_half_mean.md"),
         ("derivations_cold22", "zh_blog_linear_matrix_rules_half_mean_planted_constant.md"),
         ("derivations_cold22", "zh_notes_mse_gradient_then_foc_zero.md"),
         ("derivations_cold22", "zh_notes_mse_gradient_then_foc_zero_planted_chain.md"),
         ("derivations_cold22", "en_readme_linear_mse_ones_vector.md"),
         ("derivations_cold22", "en_docstring_ridge_rst_math_unpenalized_b.md")]

#: J(w, b) = (1/m)‖Xw + b − y‖² in matrix form, ∂J/∂w, and a ∂J/∂b whose last side the tests vary
_INTERCEPT = ("$$\nJ(w, b) = \\frac{1}{m}(Xw + b - y)^T(Xw + b - y)\n$$\n\n"
              "$$\n\\frac{\\partial J}{\\partial w} = \\frac{2}{m} X^T (Xw + b - y)\n$$\n\n"
              "$$\n\\frac{\\partial J}{\\partial b} = {last}\n$$\n")

#: J(w) = (1/2m)(Xw − y)ᵀ(Xw − y), the preset linear in matrix form with θ written {p}, and its gradient {last}
_LINEAR_IN = ("$$J({p}) = \\frac{{1}}{{2m}}(X{p} - y)^T(X{p} - y)$$\n\n"
              "$$\\nabla_{p} J = {last}$$\n")


def _review(tmp_path, page, *options):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``page`` with ``options``."""
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


def _data(seed: int = 22):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(7, 3)), generator.normal(size=7), generator.normal(size=3)


def test_the_facts_by_finite_differences():
    """The gradients the synthetic pages rest on, against central differences; the planted ones are not them."""
    X, y, w = _data()
    m = 7
    mean = central_differences(lambda t: (X @ t - y) @ (X @ t - y) / (2 * m), w)
    assert numpy.allclose(mean, X.T @ (X @ w - y) / m, atol=1e-6)
    assert not numpy.allclose(mean, 2 * X.T @ (X @ w - y) / m, atol=1e-3)
    # with an intercept b added to every example: ∂J/∂w, ∂J/∂b, and what ∂J/∂b is not
    b, J = 0.4, lambda t, c: (X @ t + c - y) @ (X @ t + c - y) / m
    assert numpy.allclose(central_differences(lambda t: J(t, b), w), 2 / m * X.T @ (X @ w + b - y), atol=1e-6)
    by_b = central_differences(lambda c: J(w, c[0]), numpy.array([b]))[0]
    assert numpy.isclose(by_b, 2 / m * numpy.ones(m) @ (X @ w + b - y), atol=1e-6)
    assert numpy.isclose(by_b, 2 / m * numpy.ones(m) @ (X @ w - y) + 2 * b, atol=1e-6)
    assert not numpy.isclose(by_b, 2 / m * numpy.sum(X @ w - y), atol=1e-3)
    assert not numpy.allclose(by_b, 2 / m * X.T @ (X @ w + b - y), atol=1e-3)
    # a ridge penalty αΣⱼwⱼ² on w alone adds 2αw to ∂J/∂w, never αw, and nothing to ∂J/∂b
    alpha = 0.3
    ridge = central_differences(lambda t: J(t, b) + alpha * t @ t, w)
    assert numpy.allclose(ridge, 2 / m * X.T @ (X @ w + b - y) + 2 * alpha * w, atol=1e-6)
    assert not numpy.allclose(ridge, 2 / m * X.T @ (X @ w + b - y) + alpha * w, atol=1e-3)
    # the preset linear, summed example by example, is that matrix cost
    preset = sum((X[i] @ w - y[i]) ** 2 for i in range(m)) / (2 * m)
    assert numpy.isclose(preset, (X @ w - y) @ (X @ w - y) / (2 * m))


@pytest.mark.parametrize("folder, file", _READ, ids=[file for _, file in _READ])
def test_a_real_page_is_read_as_by_hand(folder, file):
    """Each page a rule of this stop reads ends as its hand-worked row says (ending and first wrong line)."""
    row = next(row for row in read_table(_TESTS / folder) if row.file == file)
    kind, detail = outcome(_TESTS / folder, row)
    assert kind == "right", detail


def test_a_preset_in_theta_is_read_in_the_letter_of_a_matrix_page(tmp_path):
    """--cost linear beside lines in w: the preset's θ is the lines' vector, noted; a right page is right."""
    code, ending, wrong, review = _review(tmp_path, _LINEAR_IN.format(p="w", last="\\frac{1}{m}X^T(Xw - y)"),
                                          "--cost", "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the preset's θ is read as the lines' parameter vector w" in note for note in review["notes"])


def test_a_preset_in_theta_beside_a_wrong_matrix_gradient_is_wrong(tmp_path):
    """The renaming does not make a wrong line right: (2/m)Xᵀ(Xw − y) is twice the gradient."""
    code, ending, wrong, _ = _review(tmp_path, _LINEAR_IN.format(p="w", last="\\frac{2}{m}X^T(Xw - y)"),
                                     "--cost", "linear")
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_w_and_theta_both_written_are_refused(tmp_path):
    """A page whose cost is in θ and whose gradient is in w writes two vectors: refused, never renamed."""
    page = ("$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_w J = \\frac{1}{m}X^T(Xw - y)$$\n")
    result = _steps(tmp_path, page, "--cost", "linear")
    assert result.exit_code == 2
    assert "one parameter vector" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("last", ["\\frac{2}{m} \\mathbf{1}^T (Xw + b - y)",
                                  "\\frac{2}{m} \\sum_{i=1}^m (w^T x^{(i)} + b - y^{(i)})",
                                  "\\frac{2}{m} \\mathbf{1}^T (Xw - y) + 2b"])
def test_a_right_derivative_by_the_intercept_is_right(tmp_path, last):
    """∂J/∂b written as 1ᵀ(…), as Σᵢ(…), or with b taken out of the sum: each is (2/m)Σᵢ(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)."""
    code, ending, wrong, review = _review(tmp_path, _INTERCEPT.replace("{last}", last))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("b is the intercept") for note in review["notes"])


@pytest.mark.parametrize("last", ["\\frac{2}{m} \\sum_{i=1}^m (w^T x^{(i)} + b - y^{(i)}) x^{(i)}",
                                  "\\frac{2}{m} \\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})"])
def test_a_wrong_derivative_by_the_intercept_is_wrong_at_its_line(tmp_path, last):
    """∂J/∂b with ∂J/∂w's factor x⁽ⁱ⁾, or with b left out of the sum: wrong at line 10, the page ends wrong."""
    code, ending, wrong, _ = _review(tmp_path, _INTERCEPT.replace("{last}", last))
    assert (code, ending, wrong) == (1, "wrong", [10])


@pytest.mark.parametrize("last, says", [
    # the b-derivative missing its sum: one entry per example, no number
    ("\\frac{2}{m} (Xw + b - y)", "m×1, one entry per example"),
    # one example's term only (b added to example 1 alone, as it were)
    ("\\frac{2}{m} (w^T x^{(1)} + b - y^{(1)})", "marks example 1"),
])
def test_a_derivative_by_the_intercept_that_means_something_else_is_refused(tmp_path, last, says):
    """A ∂J/∂b that is no number of the whole data is refused with its line, never judged."""
    result = _steps(tmp_path, _INTERCEPT.replace("{last}", last))
    assert result.exit_code == 2 and says in result.stderr and "line 10" in result.stderr
    assert "Traceback" not in result.output


def test_b_beside_no_labels_is_refused(tmp_path):
    """‖Xw − b‖² (least squares' targets named b, no y anywhere): b may be a vector, so it is not read as the
    intercept."""
    result = _steps(tmp_path, "$$J(w) = (Xw - b)^T(Xw - b)$$\n\n$$\\nabla_w J = 2X^T(Xw - b)$$\n")
    assert result.exit_code == 2 and "no line writes y" in result.stderr


def test_a_derivative_by_the_intercept_opens_its_own_row_in_latex(tmp_path):
    """-f latex: ∂J/∂b's first row is opened with its name, never printed as '&= …' continuing ∇wJ's chain (which
    would claim ∇wJ equals a number); its notes are there too."""
    result = _steps(tmp_path, _INTERCEPT.replace("{last}", "\\frac{2}{m} \\mathbf{1}^T (Xw + b - y)"), "-f", "latex")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "line 10 " in line and not line.startswith("%"))
    assert row.startswith("\\partial J/\\partial b &=") and "\\mathbf{1}^{\\top}" in row
    assert "% note: b is the intercept" in result.stdout


@pytest.mark.parametrize("penalty, expected", [("2 \\alpha w", (0, "gradient", [])), ("\\alpha w", (1, "wrong", [6]))])
def test_a_penalty_weight_named_alpha_is_a_constant_of_the_lines(tmp_path, penalty, expected):
    """J(w, b) = (1/m)‖Xw + b − y‖² + αwᵀw: α is a constant as λ is; its gradient term is 2αw, and αw is wrong."""
    page = ("$$\nJ(w, b) = \\frac{1}{m}(Xw + b - y)^T(Xw + b - y) + \\alpha w^T w\n$$\n\n"
            "$$\n\\frac{\\partial J}{\\partial w} = \\frac{2}{m} X^T (Xw + b - y) + " + penalty + "\n$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == expected
    assert any(note.startswith("α is a constant") for note in review["notes"])
    if wrong:
        values = set(review["steps"][-1]["counterexample"]["values"])
        assert {"alpha", "b"} <= values

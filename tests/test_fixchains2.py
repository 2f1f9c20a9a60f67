"""fixchains2 (issue 10): what the blind sets cold6 and cold7 showed `steps` could not read yet.

Each reading is held on the real page (verbatim, its source named) and on near-variants that mean something
else, which must be refused or read right. The hand-worked truths are checked independently of logderiv, with
sympy.diff and central finite differences (tests/_numeric.py):

* ½ Σᵢ (wᵀxᵢ − yᵢ)² has ∂/∂wⱼ = Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ (cold7's jp_hugo_gd_half_sse_component.md, line 22, whose
  ", j = 0, 1, …, D" is the range of j, no step);
* ½ Σᵢ (wᵀxᵢ − yᵢ)² + (λ/2)‖w‖² has ∂/∂wⱼ = Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ + λwⱼ (cold7's jp_hugo_ridge_half_lambda_half.md,
  its norm written ``\\|w\\|_2^2`` for Markdown, its cost named J_2, its steps in Hugo's ``{{< math-disp >}}``).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent
COLD7 = HERE / "derivations_cold7"


# -- the hand-worked truths, checked independently ----------------------------------------------------------------

def test_the_ridge_component_by_sympy_diff():
    """∂/∂w_j [½Σᵢ(Σₖ wₖxᵢₖ − yᵢ)² + (λ/2)Σₖ wₖ²] = Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + λw_j, by sympy.diff on 3 examples, 2 features."""
    import sympy

    w = sympy.symbols("w0:2")
    x = [[sympy.Symbol(f"x{i}{k}") for k in range(2)] for i in range(3)]
    y, lam = sympy.symbols("y0:3"), sympy.Symbol("lambda")
    residual = [sum(w[k] * x[i][k] for k in range(2)) - y[i] for i in range(3)]
    cost = sympy.Rational(1, 2) * sum(r ** 2 for r in residual) + lam / 2 * sum(v ** 2 for v in w)
    for j in range(2):
        claimed = sum(residual[i] * x[i][j] for i in range(3)) + lam * w[j]
        assert sympy.expand(sympy.diff(cost, w[j]) - claimed) == 0
        assert sympy.expand(sympy.diff(cost, w[j]) - claimed + lam * w[j] / 2) != 0  # λ/2 w_j would be wrong


def test_the_sse_partials_by_finite_differences():
    """∂E/∂w = Σ −2x(y − wx − b), ∂E/∂b = Σ −2(y − wx − b), and ∂E/∂w ≠ ∂E/∂b at a random point."""
    generator = numpy.random.default_rng(107)
    x, y = generator.normal(size=7), generator.normal(size=7)
    at = generator.normal(size=2)  # (w, b)
    numeric = central_differences(lambda v: numpy.sum((y - v[0] * x - v[1]) ** 2), at)
    residual = y - at[0] * x - at[1]
    assert numpy.allclose(numeric, [numpy.sum(-2 * x * residual), numpy.sum(-2 * residual)], atol=1e-6)
    assert not numpy.isclose(numeric[0], numeric[1], atol=1e-3)


def test_the_half_sse_component_by_finite_differences():
    """∂/∂wⱼ ½Σᵢ(wᵀxᵢ − yᵢ)² = Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ, for every j (the range j = 0, …, D is every entry)."""
    generator = numpy.random.default_rng(102)
    X, y, w = generator.normal(size=(6, 4)), generator.normal(size=6), generator.normal(size=4)
    numeric = central_differences(lambda v: 0.5 * numpy.sum((X @ v - y) ** 2), w)
    assert numpy.allclose(numeric, X.T @ (X @ w - y), atol=1e-6)


# -- an index range beside a step: j = 0, 1, …, D -----------------------------------------------------------------

_COST_DISPLAY = "$$J(w) = \\frac{1}{2}\\sum_{i=1}^{N} (w^T x^{(i)} - y^{(i)})^2$$\n\n"
_COMPONENT = "\\frac{\\partial J}{\\partial w_j} = \\sum_{i=1}^{N} (w^T x^{(i)} - y^{(i)})x_j^{(i)}"


def test_the_real_page_with_its_index_range_ends_at_the_gradient():
    """cold7's jp_hugo page (a Japanese Hugo post, public code index file 38672009885): line 22's range is no step."""
    path = COLD7 / "jp_hugo_gd_half_sse_component.md"
    result = _steps_file(path)
    assert result.exit_code == 0, result.output
    assert "every step holds, and the last line is the gradient" in result.output
    assert "'j = 0, 1, \\ldots, D' says for which components the formula holds" in result.output
    assert "line 22" in result.output


def _steps_file(path: Path, *options: str):
    from click.testing import CliRunner
    from logderiv.cli import main

    return CliRunner().invoke(main, ["steps", str(path), "-f", "text", *options])


@pytest.mark.parametrize("qualifier", [",\\ j = 0, 1, \\ldots, D", ", j = 1, \\ldots, n",
                                       " \\quad \\text{for } j = 0, 1, \\dots, n"])
def test_an_index_range_after_the_last_side_is_set_aside(tmp_path, qualifier):
    """The range of j after a step, however it is introduced, says which entries the formula gives: noted."""
    code, ending, wrong, review = _review(tmp_path, _COST_DISPLAY + f"$${_COMPONENT}{qualifier}$$\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert len(review["steps"]) == 2
    assert any("says for which components the formula holds" in note for note in review["notes"])


@pytest.mark.parametrize("qualifier", [
    ",\\ j = 0, 1, 2",            # no ellipsis: a list of values, not the range the reader knows
    ",\\ j = 0, 1, \\ldots, D + 1",  # an expression after the range's end
    ",\\ x = 0, 1, \\ldots, D",    # x is no component index
])
def test_what_only_looks_like_an_index_range_is_still_refused(tmp_path, qualifier):
    """Near-variants that are not a range of the component index: refused with a caret, as before, never read."""
    result = _steps(tmp_path, _COST_DISPLAY + f"$${_COMPONENT}{qualifier}$$\n", "-f", "text")
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


def test_a_range_then_a_further_side_is_a_step_again(tmp_path):
    """An '=' after what looks like a range is a step: the row does not end at the range, so it is not one."""
    result = _steps(tmp_path, _COST_DISPLAY + f"$${_COMPONENT},\\ j = 0, 1, \\ldots, D = 0$$\n", "-f", "text")
    assert result.exit_code in (1, 2), result.output
    assert "says for which components" not in result.output


# -- the ridge page: a norm escaped for Markdown, a cost numbered J_2, Hugo's math shortcode ---------------------

def test_the_real_ridge_page_ends_at_the_gradient():
    """cold7's jp_hugo ridge post (public code index file 37825152493), read as written, each reading noted."""
    result = _steps_file(COLD7 / "jp_hugo_ridge_half_lambda_half.md")
    assert result.exit_code == 0, result.output
    assert "every step holds, and the last line is the gradient" in result.output
    assert "(λ/2) Σₖ wₖ²" in result.output  # the norm's square, read from \\|\bm{w}\\|_2^2
    assert "J_2 names the objective with a number below it" in result.output
    assert "a norm's bars escaped for Markdown" in result.output


_RIDGE = ("$$\nJ_2(w) = \\frac{1}{2} \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})^2 + \\frac{\\lambda}{2} NORM\n$$\n\n"
          "$$\n\\frac{\\partial J_2}{\\partial w_j} = \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})x_j^{(i)} + LAST\n$$\n")


@pytest.mark.parametrize("norm", ["\\\\|w\\\\|_2^2", "\\\\| w \\\\|^2", "\\|w\\|^2"])
def test_an_escaped_or_plain_norm_squared_is_the_sum_of_squares(tmp_path, norm):
    """‖w‖² however the bars are escaped: a right ridge step holds, and λ/2·wⱼ (the half kept) is wrong."""
    code, ending, wrong, _ = _review(tmp_path, _RIDGE.replace("NORM", norm).replace("LAST", "\\lambda w_j"))
    assert (code, ending, wrong) == (0, "gradient", [])
    code, ending, wrong, _ = _review(tmp_path, _RIDGE.replace("NORM", norm).replace("LAST", "\\frac{\\lambda}{2} w_j"))
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_a_lone_escaped_bar_is_no_norm(tmp_path):
    """``\\\\|w|`` (no closing escaped bar): no pair, so no escape is read; TeX's row break, then |w| not squared, an
    absolute value refused with a caret (exit 3). Squared, ``\\\\|w|^2`` is the row break and |w|², w's squared norm."""
    result = _steps(tmp_path, _RIDGE.replace("NORM", "\\\\|w|").replace("LAST", "\\lambda w_j"), "-f", "text")
    assert result.exit_code == 3, result.output
    assert "^" in result.stderr and "escaped for Markdown" not in result.stderr
    code, ending, wrong, review = _review(tmp_path, _RIDGE.replace("NORM", "\\\\|w|^2").replace("LAST", "\\lambda w_j"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any("escaped for Markdown" in note for note in review["notes"])


@pytest.mark.parametrize("beside", [
    "$$J(w) = \\frac{1}{2} \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})^2$$\n\n",  # J alone defined in a display: two costs
    "The plain cost is $J(w) = \\sum_i (w^T x^{(i)} - y^{(i)})^2$.\n\n",       # J alone in an inline equation
    "Compare $J_1(w)$ and $J_3(w)$.\n\n",                                         # three numbered objectives
])
def test_a_numbered_cost_beside_another_objective_is_not_renamed(tmp_path, beside):
    """J_2 is read as the cost only when J alone is merely mentioned: beside another objective it is not."""
    result = _steps(tmp_path, beside + _RIDGE.replace("NORM", "\\|w\\|^2").replace("LAST", "\\lambda w_j"),
                    "-f", "text")
    assert "J_2 names the objective" not in result.output


def test_a_numbered_cost_only_mentioned_beside_its_letter_is_read(tmp_path):
    """$J(w)$ in a sentence (no '=', no derivative) is a mention: J_2 is the cost, noted so."""
    page = "The cost $J(w)$ with L2 regularisation:\n\n" + _RIDGE.replace("NORM", "\\|w\\|^2").replace("LAST", "\\lambda w_j")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("J alone, another objective, is only mentioned" in note for note in review["notes"])


def test_a_hugo_math_shortcode_holds_a_display_and_another_shortcode_none(tmp_path):
    """{{< math-disp >}} … {{< /math-disp >}} is a display; {{< figure >}} around the same lines is not read as one."""
    cost = "$$J(w) = \\frac{1}{2} \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})^2$$\n\n"
    step = "\\frac{\\partial J}{\\partial w_j} = \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})x_j^{(i)}\n"
    code, ending, wrong, _ = _review(tmp_path, cost + "{{< math-disp >}}\n" + step + "{{< /math-disp >}}\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    result = _steps(tmp_path, cost + "{{< figure >}}\n" + step + "{{< /figure >}}\n", "-f", "text")
    assert result.exit_code == 2, result.output  # only the cost's definition is maths: no derivation


# -- derivations each by its own parameter, the cost E written out under the first derivative ---------------------

def test_the_real_sse_readme_is_wrong_at_line_7():
    """cold7's sse_readme (public code index file 6012961290): E is never defined, but line 3 writes it out under
    ∂/∂w; the ∂E/∂b chain copies ∂/∂w into line 7, its first step, which is wrong there."""
    result = _steps_file(COLD7 / "sse_readme_db_written_d_dw.md")
    assert result.exit_code == 1, result.output
    assert "✗ wrong at line 7: it is not ∂J/∂b" in result.output
    assert "E names the cost: line 3 differentiates it by a parameter and writes it out under the derivative" in result.output
    assert "line 7 names ∂J/∂b and takes the derivative by w under it" in result.output
    for line in (3, 4, 5, 9):
        assert f"line {line}  ✓" in result.output


_SSE_W = ("$∂E/∂w = ∑\\frac{∂}{∂w}(y_t - w \\cdot x - b)^2$\n"
          "            $= ∑2(y_t - w \\cdot x - b)(-x)$\n\n")
_SSE_B = ("$∂E/∂b = ∑\\frac{∂}{∂b}(y_t - w \\cdot x - b)^2$\n"
          "            $= ∑2(y_t - w \\cdot x - b)(-1)$\n")


def test_the_chains_with_the_right_operator_end_at_the_gradient(tmp_path):
    """The same page with ∂/∂b under ∂E/∂b: both derivations hold, each checked by its own parameter."""
    code, ending, wrong, review = _review(tmp_path, _SSE_W + _SSE_B)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert len(review["steps"]) == 4


def test_a_slip_in_the_second_chain_is_found_at_its_line(tmp_path):
    """A planted sign slip in the ∂E/∂b chain (−1 written +1): wrong at its line, the ∂E/∂w chain still holds."""
    code, ending, wrong, _ = _review(tmp_path, _SSE_W + _SSE_B.replace("(-1)$", "(1)$"))
    assert (code, ending, wrong) == (1, "wrong", [5])


@pytest.mark.parametrize("page", [
    "$∂E/∂w = ∑2(y_t - w \\cdot x - b)(-x)$\n",                       # E never written out: which cost?
    "$∂E_n/∂w = \\frac{∂}{∂w}(y_n - w x_n - b)^2 = 2(y_n - w x_n - b)(-x_n)$\n",  # E_n: one example's error
    "$∂E/∂y = ∑\\frac{∂}{∂y}(y_t - w x_t - b)^2 = ∑2(y_t - w x_t - b)$\n",  # by the target, no parameter
])
def test_an_e_not_shown_to_be_the_cost_is_not_read_as_it(tmp_path, page):
    """E is the cost only when differentiated by a parameter and defined or written out: else refused as before."""
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2, result.output
    assert "E names the cost" not in result.output + result.stderr


def test_a_named_derivative_by_another_letter_than_its_operator_is_judged_as_named(tmp_path):
    """∂J/∂b = ∂/∂w[…]: the writer's slip is the first step (it was read as ∂J/∂w, the slip moved a line on)."""
    page = "$$\\frac{\\partial J}{\\partial b} = \\frac{\\partial}{\\partial w} \\sum_t (y_t - w x_t - b)^2 " \
           "= \\sum_t 2(y_t - w x_t - b)(-1)$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [1])
    assert review["steps"][0]["valid"] is False and review["steps"][1]["valid"] is False
    same = page.replace("\\partial w}", "\\partial b}")
    code, ending, wrong, _ = _review(tmp_path, same)
    assert (code, ending, wrong) == (0, "gradient", [])


# -- |w|^2 beside the parameter vector: its squared norm ----------------------------------------------------------

_BARS = ("$$J(w) = \\frac{1}{2} \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})^2 + \\frac{\\lambda}{2} PENALTY$$\n\n"
         "$$\\frac{\\partial J}{\\partial w_j} = \\sum_{i=1}^{m} (w^T x^{(i)} - y^{(i)})x_j^{(i)} + LAST$$\n")


@pytest.mark.parametrize("penalty", ["|w|^2", "\\left|w\\right|^2", "|\\mathbf{w}|^{2}"])
def test_single_bars_squared_around_the_parameter_vector_are_its_norm(tmp_path, penalty):
    """(λ/2)|w|² is the ridge penalty (λ/2)Σₖwₖ² (sympy.diff above: its derivative is λwⱼ), noted; λ/2·wⱼ is wrong."""
    code, ending, wrong, review = _review(tmp_path, _BARS.replace("PENALTY", penalty).replace("LAST", "\\lambda w_j"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("hold the parameter vector: read as its norm" in note for note in review["notes"])
    code, ending, wrong, _ = _review(tmp_path, _BARS.replace("PENALTY", penalty)
                                     .replace("LAST", "\\frac{\\lambda}{2} w_j"))
    assert (code, ending, wrong) == (1, "wrong", [3])


@pytest.mark.parametrize("penalty", ["|w|", "|w_j|^2", "|w|^3", "|x|^2"])
def test_other_single_bars_stay_refused(tmp_path, penalty):
    """|w| (not squared), an entry's |w_j|², a cube, the data's |x|²: an absolute value, refused with a caret."""
    result = _steps(tmp_path, _BARS.replace("PENALTY", penalty).replace("LAST", "\\lambda w_j"), "-f", "text")
    assert result.exit_code == 3, result.output
    assert "absolute value" in result.stderr and "^" in result.stderr

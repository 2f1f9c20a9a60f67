r"""Issue 11's last open points: the gradient as a column (or tuple) of components, and a multi-row align* answer.

Every verdict below is worked out by hand. The gradients the right answers write are
held against central finite differences of the NumPy costs written here
(tests/_numeric.py), never against logderiv's own output:

* J(θ) = (1/2m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²: ∂J/∂θⱼ = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ for every j, whatever the
  features are numbered (Brando Koch's notes number them 0..n with x₀ = 1, logderiv 1..n).
* the one-feature model h = θ₀ + θ₁x, J = (1/2m) Σᵢ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)²: ∂J/∂θ₀ = (1/m) Σᵢ (h − y),
  ∂J/∂θ₁ = (1/m) Σᵢ (h − y) x⁽ⁱ⁾.
* the logistic cost −(1/m) Σᵢ [y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))]: ∂J/∂θⱼ = (1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from logderiv.cli import main
from logderiv.errors import InputError

_RNG = np.random.default_rng(11)
_X = _RNG.normal(size=(5, 3))
_Y = _RNG.uniform(size=5)
_x = _RNG.normal(size=5)

# --- the costs, by hand ---------------------------------------------------------------------------------

BK_COST = r"\frac{1}{2m} \sum_{i=1}^{m} \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)^2"
#: the tuple of components from Brando Koch's notes (the ∇_θ J block, second line), verbatim
BK_TUPLE = (r"\left( \frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)  "
            r"x_0^{(i)} , \dots, \frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} "
            r"\right)  x_n^{(i)} \right)")
ONE_FEATURE = r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"
_H1 = r"(\theta_0 + \theta_1 x^{(i)} - y^{(i)})"
LOGISTIC_ENTRY = r"\frac{{1}}{{m}}\sum_{{i=1}}^m (h_\theta(x^{{(i)}}) - y^{{(i)}})x_{index}^{{(i)}}"
FLIPPED_ENTRY = r"\frac{{1}}{{m}}\sum_{{i=1}}^m (y^{{(i)}} - h_\theta(x^{{(i)}}))x_{index}^{{(i)}}"


def _squared_error(theta):
    return float(np.sum((_X @ theta - _Y) ** 2) / (2 * len(_Y)))


def _one_feature(theta):
    return float(np.sum((theta[0] + theta[1] * _x - _Y) ** 2) / (2 * len(_Y)))


def _logistic(theta):
    p = 1 / (1 + np.exp(-_X @ theta))
    return float(-np.mean(_Y * np.log(p) + (1 - _Y) * np.log(1 - p)))


def test_the_hand_worked_components_are_the_gradients():
    """The entries the right answers write, evaluated in NumPy, against finite differences of each cost."""
    theta = _RNG.normal(size=3)
    m = len(_Y)
    pattern = np.array([np.sum((_X @ theta - _Y) * _X[:, j]) / m for j in range(3)])  # (1/m)Σ(θᵀx − y)xⱼ
    assert np.allclose(pattern, central_differences(_squared_error, theta), atol=1e-6)
    p = 1 / (1 + np.exp(-_X @ theta))
    assert np.allclose([np.sum((p - _Y) * _X[:, j]) / m for j in range(3)],
                       central_differences(_logistic, theta), atol=1e-6)
    t = _RNG.normal(size=2)
    residual = t[0] + t[1] * _x - _Y
    assert np.allclose([np.sum(residual) / m, np.sum(residual * _x) / m],
                       central_differences(_one_feature, t), atol=1e-6)


# --- 1. a column or tuple of components -----------------------------------------------------------------


def test_brandokochs_tuple_of_components_is_the_gradient():
    """(…x₀⁽ⁱ⁾, …, …xₙ⁽ⁱ⁾): one pattern, every component; numbered from 0 as the page numbers θᵀx's entries."""
    verdict = logderiv.check(BK_TUPLE, cost=BK_COST)
    assert verdict.verdict == "equivalent"
    assert any("one pattern" in note and "every component" in note for note in verdict.notes), verdict.notes
    assert any("numbers its entries from 0" in note for note in verdict.notes), verdict.notes
    assert verdict.source == BK_TUPLE


def test_a_bmatrix_with_vdots_is_judged_by_its_pattern():
    column = (r"\nabla_\theta J = \begin{bmatrix} " + LOGISTIC_ENTRY.format(index="1") + r" \\ \vdots \\ "
              + LOGISTIC_ENTRY.format(index="n") + r" \end{bmatrix}")
    verdict = logderiv.check(column)
    assert verdict.verdict == "equivalent"
    assert any("column of the components θ_1 … θ_n" in note for note in verdict.notes), verdict.notes


def test_a_wrong_entry_is_different_and_named():
    """The last entry's bracket flipped: (y − h) where (h − y) is meant; the verdict names that entry."""
    column = (r"\begin{bmatrix} " + LOGISTIC_ENTRY.format(index="1") + r" \\ \vdots \\ "
              + FLIPPED_ENTRY.format(index="n") + r" \end{bmatrix}")
    verdict = logderiv.check(column)
    assert verdict.verdict == "different"
    at = column.index(r"\frac", column.index(r"\vdots")) + 1
    assert any(f"the entry at column {at} " in note for note in verdict.notes), verdict.notes
    assert any(d.kind == "sign" for d in verdict.diagnosis), verdict.diagnosis


def test_every_entry_flipped_is_different():
    column = (r"\left( " + FLIPPED_ENTRY.format(index="1") + r", \ldots, " + FLIPPED_ENTRY.format(index="n")
              + r" \right)")
    assert logderiv.check(column).verdict == "different"


@pytest.mark.parametrize("environment", ["bmatrix", "pmatrix"])
def test_explicit_entries_for_theta_0_and_theta_1(environment):
    column = (rf"\begin{{{environment}}} \frac{{1}}{{m}}\sum_{{i=1}}^m {_H1} \\ "
              rf"\frac{{1}}{{m}}\sum_{{i=1}}^m {_H1} x^{{(i)}} \end{{{environment}}}")
    verdict = logderiv.check(column, cost=ONE_FEATURE)
    assert verdict.verdict == "equivalent"
    assert any("read in order as ∂J/∂θ_0, ∂J/∂θ_1" in note for note in verdict.notes), verdict.notes


def test_explicit_entries_with_h_defined():
    column = r"\begin{bmatrix} \frac{1}{m}\sum(h-y) \\ \frac{1}{m}\sum(h-y)x^{(i)} \end{bmatrix}"
    verdict = logderiv.check(column, cost=ONE_FEATURE, let=[r"h=\theta_0 + \theta_1 x"])
    assert verdict.verdict == "equivalent"


def test_a_plain_list_of_two_components():
    answer = "[1/m*sum(theta_0 + theta_1*x - y), 1/m*sum((theta_0 + theta_1*x - y)*x)]"
    assert logderiv.check(answer, cost=ONE_FEATURE).verdict == "equivalent"


def test_entries_in_the_wrong_order_are_different():
    """θ₁'s entry first: entry 1 read as ∂J/∂θ₀ has an extra factor x."""
    column = (rf"\begin{{pmatrix}} \frac{{1}}{{m}}\sum_{{i=1}}^m {_H1} x^{{(i)}} \\ "
              rf"\frac{{1}}{{m}}\sum_{{i=1}}^m {_H1} \end{{pmatrix}}")
    verdict = logderiv.check(column, cost=ONE_FEATURE)
    assert verdict.verdict == "different"
    assert any("(∂J/∂θ_0) is not that component" in note for note in verdict.notes), verdict.notes


def test_a_separate_intercept_numbered_from_zero():
    """θ₀ + Σₖ θₖxₖ: the column θ₀ … θₙ matches; x₀ in θ₀'s entry is 1 (noted)."""
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})^2"
    entry = r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})"
    pattern = logderiv.check(rf"\begin{{bmatrix}} {entry}x_0^{{(i)}} \\ \vdots \\ {entry}x_n^{{(i)}} \end{{bmatrix}}",
                             cost=cost)
    assert pattern.verdict == "equivalent"
    assert any("x₀ is read as 1" in note for note in pattern.notes), pattern.notes
    written = logderiv.check(rf"\begin{{bmatrix}} {entry} \\ {entry}x_1^{{(i)}} \\ \vdots \\ {entry}x_n^{{(i)}} "
                             r"\end{bmatrix}", cost=cost)
    assert written.verdict == "equivalent"


def test_the_column_takes_the_costs_own_parameter_letter():
    """A cost in w with the default --wrt θⱼ: the components are w₁ … wₙ, as the check of one of them says."""
    cost = (r"J(w) = -\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log\sigma(w^T x^{(i)}) + "
            r"(1-y^{(i)})\log(1-\sigma(w^T x^{(i)}))]")
    entry = r"\frac{1}{m}\sum_{i=1}^m (\sigma(w^T x^{(i)}) - y^{(i)}) x_{index}^{(i)}"
    column = (r"\begin{bmatrix}" + entry.replace("{index}", "1") + r" \\ \vdots \\ "
              + entry.replace("{index}", "n") + r"\end{bmatrix}")
    verdict = logderiv.check(column, cost=cost)
    assert verdict.verdict == "equivalent"
    assert any("components w_1 … w_n" in note for note in verdict.notes), verdict.notes


def test_a_column_that_does_not_match_the_parameters_is_refused_with_both_readings():
    with pytest.raises(InputError, match="3 entries.*θ_0, θ_1.*an entry has no parameter"):
        logderiv.check("[1/m*sum(theta_0 + theta_1*x - y), 1/m*sum((theta_0 + theta_1*x - y)*x), 0]",
                       cost=ONE_FEATURE)
    with pytest.raises(InputError, match="holds only for n = 2.*first components the others are missing"):
        logderiv.check("[1/m*sum((h - y)*x_1), 1/m*sum((h-y)*x_2)]")
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})^2"
    entry = r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})"
    with pytest.raises(InputError, match="starts at θ_1.*either it leaves out θ_0 or it numbers") as caught:
        logderiv.check(rf"\begin{{bmatrix}} {entry}x_1^{{(i)}} \\ \vdots \\ {entry}x_n^{{(i)}} \end{{bmatrix}}",
                       cost=cost)
    assert caught.value.column == len(r"\begin{bmatrix} ")


def test_a_column_through_the_cli_in_every_format():
    column = (r"\begin{bmatrix} " + LOGISTIC_ENTRY.format(index="1") + r" \\ \vdots \\ "
              + LOGISTIC_ENTRY.format(index="n") + r" \end{bmatrix}")
    for form in ("text", "markdown", "json"):
        result = CliRunner().invoke(main, ["check", column, "-f", form, "--timeout", "60"])
        assert result.exit_code == 0, result.output
        assert "column of the components" in result.output
    flipped = CliRunner().invoke(main, ["check", column.replace("(h_\\theta(x^{(i)}) - y^{(i)})",
                                                                "(y^{(i)} - h_\\theta(x^{(i)}))"),
                                        "-f", "json", "--timeout", "60"])
    assert flipped.exit_code == 1, flipped.output
    assert json.loads(flipped.output)["verdict"] == "different"
    refused = CliRunner().invoke(main, ["check", "[1/m*sum((h - y)*x_1), 1/m*sum((h-y)*x_2)]"])
    assert refused.exit_code == 2 and "2 entries" in refused.output


# --- 2. a multi-row align* answer ---------------------------------------------------------------------------

_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"
_SIGMA = r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}"
_FLIPPED = r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - \sigma(\theta^T x^{(i)})) x_j^{(i)}"
_HEAD = r"\frac{\partial J}{\partial \theta_j}"


@pytest.mark.parametrize("environment", ["align*", "align", "aligned"])
@pytest.mark.parametrize("row_break", [r"\\", r"\\[2ex]"])
def test_a_multi_row_align_answer_is_a_chain(environment, row_break):
    answer = (rf"\begin{{{environment}}} {_HEAD} &= {_GRADIENT} {row_break} &= {_SIGMA} {row_break} "
              rf"\end{{{environment}}}")
    verdict = logderiv.check(answer)
    assert verdict.verdict == "equivalent"
    assert any("chain of 2 sides" in note for note in verdict.notes), verdict.notes
    assert verdict.source == answer


def test_a_multi_row_align_whose_rows_are_both_flipped_is_different():
    flipped_h = r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}"
    answer = rf"$$\begin{{align*}} {_HEAD} &= {flipped_h} \\ &= {_FLIPPED} \end{{align*}}$$"
    assert logderiv.check(answer).verdict == "different"


def test_a_multi_row_align_whose_rows_differ_says_so():
    """Before: "'\\begin{align*}' is never ended"; now the chain's own refusal, at the side that differs."""
    answer = rf"\begin{{align*}} {_HEAD} &= {_GRADIENT} \\ &= {_FLIPPED} \end{{align*}}"
    with pytest.raises(InputError, match="the sides of the chain differ") as caught:
        logderiv.check(answer)
    assert "never ended" not in str(caught.value)
    result = CliRunner().invoke(main, ["check", answer])
    assert result.exit_code == 2 and "sides of the chain differ" in result.output


def test_a_one_line_chain_whose_sides_are_both_wrong_and_equal_is_different():
    """Both sides flipped and equal to each other (h = σ(θᵀx)): "different", the last judged; it crashed before."""
    flipped_h = r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}"
    verdict = logderiv.check(rf"{_HEAD} = {flipped_h} = {_FLIPPED}")
    assert verdict.verdict == "different"
    assert any("equal to one another" in note for note in verdict.notes), verdict.notes


# --- 1b. a column in a derivation (steps) -------------------------------------------------------------------

_BK_FILE = "brandokoch_linear_gradient_vector.md"


def _steps(path, *options):
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60", *options])
    return result, (json.loads(result.stdout) if result.exit_code in (0, 1) else None)


def test_steps_reads_brandokochs_gradient_block():
    """∇J = (∂J/∂θ₀, …, ∂J/∂θₙ) = ((1/m)Σ(θᵀx − y)x₀, …, (1/m)Σ(θᵀx − y)xₙ) = (1/m)Σ(θᵀx − y)x: all valid."""
    from pathlib import Path

    result, review = _steps(Path(__file__).parent / "derivations_real" / _BK_FILE, "--cost", "linear")
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient"
    assert [step["line"] for step in review["steps"]] == [5, 6, 7]
    assert all(step["valid"] for step in review["steps"])
    assert any("line 6 is a tuple of the components θ_0 … θ_n" in note for note in review["notes"]), review["notes"]


def test_steps_finds_a_planted_sign_in_a_tuple_line(tmp_path):
    """Line 6's brackets flipped, (y − θᵀx): −∂J/∂θⱼ, so line 6 is the first wrong step."""
    from pathlib import Path

    text = (Path(__file__).parent / "derivations_real" / _BK_FILE).read_text(encoding="utf-8").splitlines()
    assert text[5].lstrip().startswith("& = \\left( \\frac{1}{m}")
    text[5] = text[5].replace(r"\boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)}", r"y^{(i)} - \boldsymbol{\theta}^T \textbf{x}^{(i)}")
    planted = tmp_path / "planted.md"
    planted.write_text("\n".join(text) + "\n", encoding="utf-8")
    result, review = _steps(planted, "--cost", "linear")
    assert result.exit_code == 1, result.output
    assert [step["line"] for step in review["steps"] if not step["valid"]][0] == 6


def test_steps_refuses_a_column_that_leaves_out_the_intercept(tmp_path):
    cost = r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})^2"
    entry = r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)} - y^{(i)})"
    derivation = tmp_path / "d.tex"
    derivation.write_text(rf"\nabla_\theta J = \left( {entry}x_1^{{(i)}}, \dots, {entry}x_n^{{(i)}} \right)" + "\n",
                          encoding="utf-8")
    result, _ = _steps(derivation, "--cost", cost)
    assert result.exit_code == 2
    assert "θ_0 has a component of its own" in result.output


def test_steps_refuses_a_column_whose_intercept_entry_would_go_unchecked(tmp_path):
    """--no-reg-intercept: θ₁'s component has no penalty, the others do; a line read at θⱼ only would never look
    at θ₁'s entry (here wrong: it carries the penalty), so the line is refused, not passed."""
    entry = (r"\frac{{1}}{{m}}\sum_{{i=1}}^m (h_\theta(x^{{(i)}}) - y^{{(i)}})x_{index}^{{(i)}} "
             r"+ \frac{{\lambda}}{{m}}\theta_{index}")
    derivation = tmp_path / "d.tex"
    derivation.write_text(rf"\nabla_\theta J = \left( {entry.format(index='1')}, \dots, {entry.format(index='n')} \right)"
                          + "\n", encoding="utf-8")
    result, _ = _steps(derivation, "--cost", "logistic-l2", "--no-reg-intercept")
    assert result.exit_code == 2
    assert "has a component of its own" in result.output
    assert logderiv.check(derivation.read_text(encoding="utf-8").strip(), cost="logistic-l2",
                          regularise_intercept=False).verdict == "different"


def test_a_zero_based_column_is_refused_where_the_features_are_not_alike():
    """logistic-l2 with the intercept θ₁ out of the penalty: θ₁'s component differs from the others, so a column
    numbered 0..n cannot be renamed onto 1..n; refused with both readings (it would be right read one way)."""
    entry = (r"\frac{{1}}{{m}}\sum_{{i=1}}^m (h_\theta(x^{{(i)}}) - y^{{(i)}})x_{index}^{{(i)}} "
             r"+ \frac{{\lambda}}{{m}}\theta_{index}")
    column = (r"\begin{bmatrix} " + entry.format(index="0") + r" \\ \vdots \\ " + entry.format(index="n")
              + r" \end{bmatrix}")
    with pytest.raises(InputError, match="starts at θ_0.*either it leaves out θ_1 or it numbers"):
        logderiv.check(column, cost="logistic-l2", regularise_intercept=False)
    # with the intercept penalised too every feature is alike: the pattern at θⱼ is the gradient
    assert logderiv.check(column, cost="logistic-l2").verdict == "equivalent"


@pytest.mark.parametrize("written", [
    r"$$\nabla_\theta J(\theta) = \begin{{bmatrix}} {one} \\ \vdots \\ {last} \\ \end{{bmatrix}}$$",
    r"\frac{{\partial J}}{{\partial \theta}} = \begin{{pmatrix}} {one} \\ {two} \\ \vdots \\ {last} \end{{pmatrix}}",
    r"\[ \left[ {one}, \ldots, {last} \right] \]",
    r"\begin{{bmatrix}} {one} & \cdots & {last} \end{{bmatrix}}",
])
def test_columns_as_notes_write_them(written):
    """Display delimiters, a left side naming the whole gradient (∇_θ J(θ), ∂J/∂θ), a row with \\cdots."""
    answer = written.format(one=LOGISTIC_ENTRY.format(index="1"), two=LOGISTIC_ENTRY.format(index="2"),
                            last=LOGISTIC_ENTRY.format(index="n"))
    verdict = logderiv.check(answer)
    assert verdict.verdict == "equivalent"
    assert any("the '…' stands for every component" in note for note in verdict.notes), verdict.notes

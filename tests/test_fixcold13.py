"""fixcold13 (issue 10): cold13's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold13/expected.txt, never logderiv's output), and the
least-squares facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* J(θ) = ½(z − Xθ)ᵀ(z − Xθ) has ∇J = XᵀXθ − Xᵀz (the targets z, whatever their letter), never Xᵀz − XᵀXθ;
* tr of a 1×1 matrix is its entry: ½∇(tr θᵀXᵀXθ − 2 tr yᵀXθ) = XᵀXθ − Xᵀy, and dropping the 2 is wrong;
* tr XθθᵀXᵀ, the trace of an m×m matrix, equals θᵀXᵀXθ only by a trace identity, which logderiv does not do;
* (1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + (λ/2m)Σwⱼ² has ∂/∂wⱼ = (1/2m)Σ(…)·2xⱼ⁽ⁱ⁾ + (λ/2m)·2wⱼ = (1/m)Σ(…)xⱼ⁽ⁱ⁾ + (λ/m)wⱼ,
  and (λ/2m)wⱼ in its place is wrong (param302's planted half).

The rules: tr typed without a bracket (tr θᵀXᵀXθ); full-width brackets inside a page's maths; J_θ in a derivative
as the cost J; a forum's TeX lines with no delimiters; the targets named by another letter (z, t) in matrix form.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.notation.cost_label import cost_label_blanked
from logderiv.notation.full_width import in_maths
from logderiv.notation.target_letter import targets_lettered_otherwise
from logderiv.verify.matrix_chain import _BARE_TRACE

_COLD13 = Path(__file__).parent / "derivations_cold13"
#: the pages these rules read, each judged as its expected.txt row says (ending and first wrong line by hand)
_READ = ["anyinlover_normal_equation_trace_grad.md", "anyinlover_normal_equation_trace_grad_planted_cross_term.md",
         "techqa_3774099_lsq_step1_step2_quadratic_rule.md", "physicsforums_302163_quadratic_form_half.md",
         "param302_regularized_linear_wj_cancel_two.md", "param302_regularized_linear_wj_cancel_two_planted_lambda_half.md"]


def test_the_least_squares_facts_by_finite_differences():
    generator = numpy.random.default_rng(13)
    X, z, theta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)

    def cost(v):
        return 0.5 * (z - X @ v) @ (z - X @ v)

    numeric = central_differences(cost, theta)
    assert numpy.allclose(numeric, X.T @ X @ theta - X.T @ z, atol=1e-6)
    assert not numpy.allclose(numeric, X.T @ z - X.T @ X @ theta, atol=1e-3)  # the planted sign below
    # ½(tr θᵀXᵀXθ − 2 tr zᵀXθ) differs from the cost by a constant: the same gradient; without the 2 it is not
    assert numpy.allclose(central_differences(lambda v: 0.5 * (v @ X.T @ X @ v - 2 * z @ X @ v), theta), numeric, atol=1e-6)
    assert not numpy.allclose(0.5 * (2 * X.T @ X @ theta - X.T @ z), numeric, atol=1e-3)
    w, b, lam, m = generator.normal(size=3), 0.3, 0.8, 6

    def ridge(v):
        return ((X @ v + b - z) ** 2).sum() / (2 * m) + lam / (2 * m) * (v @ v)

    residual = X @ w + b - z
    ridge_gradient = central_differences(ridge, w)
    assert numpy.allclose(ridge_gradient, (residual * 2) @ X / (2 * m) + lam / (2 * m) * 2 * w, atol=1e-6)
    assert numpy.allclose(ridge_gradient, residual @ X / m + lam / m * w, atol=1e-6)
    assert not numpy.allclose(ridge_gradient, residual @ X / m + lam / (2 * m) * w, atol=1e-3)


@pytest.mark.parametrize("file", _READ)
def test_cold13_pages_read_as_worked_by_hand(file):
    row = next(row for row in read_table(_COLD13) if row.file == file)
    assert outcome(_COLD13, row) == ("right", "")


def test_the_readings_are_noted_in_every_format(tmp_path):
    """The bare trace and the full-width bracket are said in the JSON, text and Markdown outputs."""
    path = _COLD13 / "anyinlover_normal_equation_trace_grad.md"
    text = path.read_text(encoding="utf-8")
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, text, "-f", form, "--timeout", "60")
        assert result.exit_code == 0, result.output
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert "tr without a bracket" in notes and "full-width" in notes, form


def test_a_forum_page_with_the_targets_as_t_and_a_planted_sign(tmp_path):
    """Plain TeX lines, the targets t: ∇J = Xᵀt − XᵀXθ is the negative of the gradient (above): wrong at line 3."""
    page = ("I tried this:\nJ=\\frac{1}{2} (t-X \\theta)^T (t-X \\theta)\n"
            "\\nabla_\\theta J = X^T t - X^TX\\theta\nwhere did I go wrong?\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, wrong) == (1, [3])
    assert any("t, the other side of the residual" in note for note in review["notes"])


def test_tr_of_a_matrix_larger_than_one_by_one_is_refused(tmp_path):
    """tr Xθθᵀ (written bare) is the trace of an m×m matrix: a trace identity logderiv does not do, refused by name."""
    page = ("$$J(\\theta)=\\frac{1}2(X\\theta-y)^T(X\\theta-y)$$\n\n$$\n\\begin{align}\n"
            "\\nabla_{\\theta}J(\\theta)&=\\frac{1}2\\nabla_{\\theta}(tr X\\theta\\theta^TX^T-2y^TX\\theta)\\\\\n"
            "&=X^TX\\theta-X^Ty\n\\end{align}\n$$\n")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2
    assert "tr(…) is read only of a 1×1 matrix" in result.stderr


def test_tr_as_part_of_a_word_or_a_command_is_no_bare_trace():
    assert _BARE_TRACE.search("X_{train}\\theta") is None
    assert _BARE_TRACE.search("\\mathrm{tr}\\theta^TX^TX\\theta") is None
    assert _BARE_TRACE.search("\\tr X") is None
    assert _BARE_TRACE.search("train") is None
    assert _BARE_TRACE.search("(tr\\theta^TX^TX\\theta") is not None


def test_full_width_forms_are_read_in_maths_only():
    text = "损失（代价）：$$J=（y-X\\theta）^T（y-X\\theta）$$"
    start = text.index("$$") + 2
    read, notes = in_maths(text, [(start, text.rindex("$$"))])
    assert read == "损失（代价）：$$J=(y-X\\theta)^T(y-X\\theta)$$" and len(notes) == 1
    assert in_maths("$$J=(y-X\\theta)$$", [(2, 16)]) == ("$$J=(y-X\\theta)$$", [])


def test_a_j_theta_standing_alone_is_left_as_written():
    """J_θ = Xᵀ(Xθ − y) may be subscript notation for ∂J/∂θ: not renamed; under ∂ it is the cost."""
    alone = "$$J_\\theta = X^T(X\\theta - y)$$ and $$\\frac{\\partial J_{\\theta}}{\\partial \\theta} = 0$$"
    assert cost_label_blanked(alone) == (alone, [])
    differentiated = "$$\\frac{\\partial J_{\\theta}}{\\partial \\theta}=2X^TX\\theta$$"
    read, notes = cost_label_blanked(differentiated)
    assert read.replace(" ", "") == "$$\\frac{\\partialJ}{\\partial\\theta}=2X^TX\\theta$$" and len(notes) == 1


@pytest.mark.parametrize("maths", [
    # z defined, a logit: the residual is no targets' reading
    ["z = X\\theta", "J = (z - X\\theta)^T(z - X\\theta)"],
    # y written beside it: z is something else
    ["J = (z - X\\theta)^T(y - X\\theta)"],
    # two letters against Xθ
    ["J = (z - X\\theta)^T(t - X\\theta)"],
    # the letter also a superscript: (t − Xθ)^t writes a transpose with it
    ["J = (t - X\\theta)^t(t - X\\theta)"],
    # a letter logderiv reads otherwise (the features x, the prediction h)
    ["J = (x - X\\theta)^T(x - X\\theta)"],
    ["J = (h - X\\theta)^T(h - X\\theta)"],
])
def test_a_residual_letter_that_means_something_else_is_left(maths):
    text = "\n".join(maths)
    spans, at = [], 0
    for line in maths:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    assert targets_lettered_otherwise(text, spans) == (text, [])


def test_delta_as_a_small_change_stays_refused(tmp_path):
    """δJ ≈ ∇Jᵀδθ (a small change, no derivative written as δ/δ) is no derivation: still exit 2, never a verdict."""
    page = "$$\\delta J = \\nabla J^T \\delta\\theta = (X^T(X\\theta-y))^T\\delta\\theta$$\n"
    assert _steps(tmp_path, page, "-f", "json", "--timeout", "60").exit_code == 2


def test_code_with_braces_beside_no_tex_command_is_not_maths(tmp_path):
    """A forum's code line (braces, ';', no TeX command) is never a plain equation line: no maths, exit 2."""
    page = "Here is my code:\nresult = {x: 2 * x for x in data};\nit fails.\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "no display maths" in result.stderr


_RIDGE_STEP = ("$$\\frac{\\partial}{\\partial w_j}J{(\\vec{w}, b)} = \\frac{1}{2m}\\sum^m_{i=1}\\left[%s2x^{(i)}_j\\right]"
               " + \\frac{\\lambda}{2m}2w_j$$\n")


def test_a_number_after_a_sized_bracket_or_a_fraction_is_a_factor(tmp_path):
    """(…)·2xⱼ and (λ/2m)·2wⱼ: the derivative above, right (exit 0), each reading noted."""
    page = _RIDGE_STEP % "\\left(\\vec{w}\\cdot\\vec{x}^{(i)} + b - y^{(i)}\\right)"
    result = _steps(tmp_path, page, "--cost", "linear-l2", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    notes = " ".join(review["notes"])
    assert "a number after a bracket ('\\right)2') multiplies what it follows" in notes
    assert "a number after a fraction ('\\frac{\\lambda}{2m}2') multiplies what it follows" in notes


def test_a_number_after_a_plain_bracket_stays_refused(tmp_path):
    """(…)2xⱼ with a plain ')' may be a superscript lost in scraping ((…)²xⱼ): refused, never read either way."""
    page = _RIDGE_STEP % "(\\vec{w}\\cdot\\vec{x}^{(i)} + b - y^{(i)})"
    result = _steps(tmp_path, page, "--cost", "linear-l2")
    assert result.exit_code == 2 and "a number cannot follow a factor" in result.stderr


@pytest.mark.parametrize("cost", [
    "\\frac{1}{2m}\\sum_{i=1}^{m}\\left(h(x^{(i)}) - y^{(i)}\\right)2",
    "\\frac{1}{2m}\\sum_{i=1}^{m}\\left(h(x^{(i)}) - y^{(i)}\\right)2 + \\frac{\\lambda}{2m}\\sum_{j=1}^{n}\\theta_j^2",
])
def test_a_number_ending_its_term_after_a_sized_bracket_stays_refused(cost):
    """(h − y)2 ending its term may be a square whose ^ was not typed: read as 2(h − y), the cost would be linear
    in h (its gradient Σxⱼ/m, not Σ(h − y)xⱼ/m). Only a coefficient of a factor after it (·2xⱼ) is read."""
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError, match="a number cannot follow a factor"):
        parse_text(cost, input="latex")


def test_a_model_at_example_i_whose_value_holds_a_label_is_no_definition():
    """f_{w,b}(x⁽ⁱ⁾) = w·x⁽ⁱ⁾ − y⁽ⁱ⁾ (a residual, y⁽ⁱ⁾ no function of x) keeps its (i): not read as the model of x."""
    from logderiv.notation.page import _definition

    model = "f_{\\vec{w},b}(\\vec{x}^{(i)}) = \\vec{w}\\cdot\\vec{x}^{(i)} + b"
    read = _definition(model, (0, len(model)))
    assert read is not None and "(i)" not in read.text.replace(" ", "")
    residual = "f_{\\vec{w},b}(\\vec{x}^{(i)}) = \\vec{w}\\cdot\\vec{x}^{(i)} - y^{(i)}"
    kept = _definition(residual, (0, len(residual)))
    assert kept is not None and "y^{(i)}" in kept.text


def test_only_the_cost_applied_to_its_parameters_loses_its_argument_list():
    """J(w, b), J{(\\vec{w}, b)} name the cost; J(x, y) (a function of data) or F(w, b) are not the cost's name."""
    from logderiv.notation.document import _COST_PARAMETER_LIST

    assert _COST_PARAMETER_LIST.search("J(w, b)") and _COST_PARAMETER_LIST.search("J{(\\vec{w}, b)}")
    assert _COST_PARAMETER_LIST.search("J(x, y)") is None and _COST_PARAMETER_LIST.search("F(w, b)") is None
    assert _COST_PARAMETER_LIST.search("J(w, \\lambda)") is None


def test_a_kronecker_delta_in_a_step_is_read_as_one(tmp_path):
    """Σₖ xₖ⁽ⁱ⁾δⱼₖ is xⱼ⁽ⁱ⁾ (δ the Kronecker delta, no derivative): the linear-regression step right, by hand."""
    page = ("$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) "
            "\\sum_{k=1}^n x_k^{(i)} \\delta_{jk} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$\n")
    code, ending, wrong, _review_json = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_d_as_a_data_matrix_is_never_the_cost(tmp_path):
    """D = XᵀX beside a derivation in matrix form is a name of the data, never read as a cost: since matrix22 the
    definition is read in matrix form (noted), so ∇½(Xθ − y)ᵀ(Xθ − y) = XᵀXθ − Xᵀy = Dθ − Xᵀy holds, by hand; written
    Dθ + Xᵀy it is wrong at that line."""
    page = ("$$D = X^T X$$\n\n$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_\\theta J = D\\theta - X^T y$$\n")
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 0 and "the definition D=X^T X is read in matrix form" in result.stdout
    assert _steps(tmp_path, page.replace("D\\theta - X^T y", "D\\theta + X^T y")).exit_code == 1


def test_the_refusal_of_derivatives_by_no_parameter_names_the_variable(tmp_path):
    """∂ξ/∂y and ∂ξ/∂z of one example's loss (a lemma's derivatives, no derivation by θ, w or b): refused, saying so;
    δD/δa (a slide's δ for ∂, D and a no cost and parameter logderiv knows): refused, naming what it saw."""
    page = ("$$\\frac{\\partial \\xi}{\\partial y} = \\frac{\\partial (-t \\log(y))}{\\partial y} = -\\frac{t}{y}$$\n\n"
            "$$\\frac{\\partial \\xi}{\\partial z} = \\frac{\\partial y}{\\partial z} \\frac{\\partial \\xi}{\\partial y} "
            "= y - t$$\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "(a derivative by y, no parameter of the model (θ, w, β, b)" in result.stderr
    assert "(a derivative by z, no parameter of the model" in result.stderr
    page = ("$$\\frac{\\delta D}{\\delta a}=\\sum_{i=1}^n 2 (y_i - (ax_i + b)) (-x_i) = 0$$\n\n"
            "$$\\frac{\\delta D}{\\delta b}=\\sum_{i=1}^n 2 (y_i - (ax_i + b)) (-1) = 0$$\n")
    result = _steps(tmp_path, page)
    # fixcold29a: δ over δ is read as ∂/∂ throughout a page where δ stands nowhere else (a draft's δ for ∂ on every
    # side), so the refusal now names δD/δa as the derivative by a it is read as, no parameter of the model
    assert result.exit_code == 2 and "(a derivative by a, no parameter of the model (θ, w, β, b)" in result.stderr
    page = "$$da=\\frac{dL(a,y)}{da}=-\\frac{y}{a}$$\n\n$$dz=\\frac{dL}{dz}=a-y$$\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "da (a name for the derivative after it, by a, no parameter" in result.stderr

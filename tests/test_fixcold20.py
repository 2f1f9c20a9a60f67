"""Issue 10 (fixcold20): one example's loss beside a preset's --cost, and ∂L/∂W as the derivation beside its lemmas."""

import json
from pathlib import Path

import sympy
from click.testing import CliRunner

from _derivations_table import steps_of_page
from logderiv.cli import main
from logderiv.notation.page import of_the_cost_by_a_parameter

_COLD20 = Path(__file__).parent / "derivations_cold20"

#: one example's cross-entropy, then its derivative by θⱼ; ``{last}`` is the derivation's last side
_ONE_EXAMPLE = (
    "The loss of one example:\n\n$$\nL = -(y \\log h + (1-y)\\log(1-h))\n$$\n\nIts derivative:\n\n$$\n"
    "\\frac{{\\partial L}}{{\\partial \\theta_j}} = -\\left(\\frac{{y}}{{h}} - \\frac{{1-y}}{{1-h}}\\right) h(1-h) x_j"
    " = {last}\n$$\n")


def _one_examples_gradient() -> sympy.Expr:
    """d/dθ of −y log σ(θx) − (1 − y) log(1 − σ(θx)) for one feature, by sympy (no logderiv code)."""
    theta, x, y = sympy.symbols("theta x y")
    h = 1 / (1 + sympy.exp(-theta * x))
    return sympy.simplify(sympy.diff(-y * sympy.log(h) - (1 - y) * sympy.log(1 - h), theta) - (h - y) * x)


def test_the_hand_worked_gradient_is_h_minus_y_times_x() -> None:
    """The truth the pages below are judged by: ∂L/∂θⱼ = (h − y)xⱼ for one example's cross-entropy."""
    assert _one_examples_gradient() == 0


def test_one_examples_loss_beside_cost_logistic_is_its_term(tmp_path: Path) -> None:
    """A page defining one example's loss, collected with --cost logistic, is judged as that example's gradient."""
    path = tmp_path / "notes.md"
    path.write_text(_ONE_EXAMPLE.format(last="(h - y) x_j"), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", "logistic", "-f", "json", "--timeout", "60"])
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert all(step["valid"] for step in review["steps"])
    assert any("the term of --cost logistic's mean" in note for note in review["notes"])


def test_one_examples_loss_with_a_sign_lost_is_wrong_at_its_line(tmp_path: Path) -> None:
    """(y − h)xⱼ is −1 times the gradient (hand-worked above): the last step is wrong, on line 10."""
    result = steps_of_page(tmp_path, _ONE_EXAMPLE.format(last="(y - h) x_j"), "--cost", "logistic", "-f", "json",
                           "--timeout", "60")
    assert result.exit_code == 1, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if not step["valid"]] == [10]


def test_a_loss_of_another_cost_is_still_refused(tmp_path: Path) -> None:
    """One example's squared error is no term of --cost logistic: refused as not --cost's, never judged."""
    text = _ONE_EXAMPLE.format(last="(h - y) x_j").replace("L = -(y \\log h + (1-y)\\log(1-h))", "L = (h - y)^2")
    result = steps_of_page(tmp_path, text, "--cost", "logistic")
    assert result.exit_code == 2
    assert "which is not --cost logistic" in result.stderr


def test_one_examples_loss_beside_a_model_of_its_own_is_read_with_that_model() -> None:
    """The BCE post defines z = W·x, a model --cost logistic's h = σ(θᵀx) is not. It was asked which model is meant;
    since fixchain21 the chain-rule page's own model is the model (noted), and --cost logistic's part is that L is
    its one-example term (tests/test_fixchain21.py holds the rest)."""
    for name, code in (("en_page_bce_derivation_three_factor_chain.md", 0),
                       ("en_page_bce_derivation_three_factor_chain_planted_sigma_prime.md", 1)):
        result = CliRunner().invoke(main, ["steps", str(_COLD20 / name), "--cost", "logistic"])
        assert result.exit_code == code, result.output
        assert "lines 9, 13 and 17 define the page's model" in result.stdout


def test_a_derivative_by_a_capital_w_is_of_the_cost_by_a_parameter() -> None:
    """∂L/∂W is the derivation; ∂L/∂ŷ and ∂z/∂W (no cost) are the chain rule's factors, lemmas."""
    assert of_the_cost_by_a_parameter(r"\frac{\partial L}{\partial W}")
    assert not of_the_cost_by_a_parameter(r"\frac{\partial L}{\partial \hat{y}}")
    assert not of_the_cost_by_a_parameter(r"\frac{\partial z}{\partial W}")


def test_latex_without_backslashes_is_refused_naming_its_lines() -> None:
    """The Socratic answer copied as text (hat{y}, {partial E}): refused, its equation lines named, never guessed."""
    result = CliRunner().invoke(main, ["steps", str(_COLD20 / "en_qa_sse_slope_partial_dropped_two.md")])
    assert result.exit_code == 2
    assert "(line 3, line 5, line 8) are LaTeX with its backslashes lost" in result.stderr


def test_prose_naming_a_sum_is_still_no_maths(tmp_path: Path) -> None:
    """'sum_{i=1}^n' in prose holds its '=' in braces: no equation line, the plain refusal stands."""
    result = steps_of_page(tmp_path, "Some prose with no maths at all.\nTo write sum_{i=1}^n we use it.\n")
    assert result.exit_code == 2
    assert "the notes hold no display maths (no $$" in result.stderr


def test_a_cost_of_a_vector_b_in_matrix_form_is_refused_naming_b() -> None:
    """The OLS question's L(b) = yᵀy − (2yᵀX)b + …: the refusal names b, not a bare 'L' with a hint about predictions."""
    for name in ("en_qa_ols_normal_eq_index_notation.md", "en_qa_ols_normal_eq_index_notation_planted_constant.md"):
        result = CliRunner().invoke(main, ["steps", str(_COLD20 / name)])
        assert result.exit_code == 2
        assert "'L(b)' is not read in a matrix answer: b is no parameter vector" in result.stderr


def test_the_same_cost_in_w_is_read_and_its_gradient_right(tmp_path: Path) -> None:
    """With w for b, as the hint says, the page is read: ∇(y − Xw)ᵀ(y − Xw) = −2Xᵀy + 2XᵀXw (by hand), no wrong step."""
    text = ("$$J(w)=(y-Xw)^T(y-Xw)$$\n\n$$\\frac{\\partial J(w)}{\\partial w}= -2X^Ty+2(X^TX)w$$\n")
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and all(step["valid"] for step in review["steps"])


def test_a_model_of_its_own_on_a_page_of_another_shape_is_still_asked(tmp_path: Path) -> None:
    """The BCE post with one display more that is no link of the chain (α = 0.1): not a chain-rule page, so which
    model the loss is of is still asked, as before fixchain21."""
    text = (_COLD20 / "en_page_bce_derivation_three_factor_chain.md").read_text(encoding="utf-8")
    text = text.replace(r"\[ z = W \cdot x \]", "\\[ z = W \\cdot x \\]\n\nand a learning rate\n\n\\[ \\alpha = 0.1 \\]")
    result = steps_of_page(tmp_path, text, "--cost", "logistic")
    assert result.exit_code == 2
    assert "defines a model of its own" in result.stderr

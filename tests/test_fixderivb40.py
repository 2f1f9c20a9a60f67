"""Issue 10 (fixderivb40): pages refused "unexpected ','" and "the derivation's first line defines X".

The survey of the twelve pages the brief lists found none that a single reading would gain: each holds a second
and third obstacle after the one it is refused at (φ(m,b) then m, the slope, which logderiv reads as the count of
examples, and ``\\doteq``; p(x_i, θ) then a conditional p(y_i=0|x_i, θ) in the cost's own definition; J({θ}_0, …,
{θ}_n) then h_θ(x_0^{(j)}, …, x_n^{(j)}), a model of a list of features, summed from j = 0; the training set
{x⁽ⁿ⁾, y⁽ⁿ⁾} then ``\\pmb``'s example marks; ŷ = σ(z) = …, ``\\quad`` z = wᵀx + b then a derivative by z; a model's
line first then errors², ``\\delta`` and a word named ``errors``; f(\\vx) then a parameter x beside data A, b; a
"Cost function:" label then ``j=1:`` over a derivative by θ₀ and h_θ(x(i))). Those pages stay refused: a reading
of one obstacle would only move the refusal, or, where it would reach a verdict, guess what the page leaves open.

What changed is the refusal "unexpected ','" inside a bracket: it said only "a bracket holds one expression"; it
now says what the bracket lists — a function of several arguments (with its name and arguments), a set in braces,
or a vector by its entries — and the hint fits (a cost named J is written alone where it is differentiated). The
message still opens "unexpected ','", as callers and older tests look for it; the column is the comma's, as before.
Near misses (a name with one argument, a cost J(θ₀, θ₁) heading its definition, a bracket without a comma) are read
as before, and a right page with J(θ₀, θ₁) is judged right, its gradient checked by finite differences.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation.bracket_commas import comma_in_bracket

_TESTS = Path(__file__).parent
_RNG = np.random.default_rng(40)


def _run(path: Path) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "300"])
    return result.exit_code, json.loads(result.stdout)


def _refusal(folder: str, file: str) -> dict:
    code, error = _run(_TESTS / folder / file)
    assert code == 2, error
    return error.get("error", error)


# -- the pages, still refused, with what the bracket lists said -------------------------------------------------------

def test_a_cost_named_phi_of_m_and_b_is_said_to_be_a_function_of_two_arguments():
    # source: tests/derivations_cold39/en_qa_sum_squares_phi_m_b_gradient_wrt_m_doteq.md line 1 (a Q&A answer):
    # "The cost function writes $$\phi(m,b) = \sum_n \left[ (b+mx_n)-y_n \right]^2 $$"
    error = _refusal("derivations_cold39", "en_qa_sum_squares_phi_m_b_gradient_wrt_m_doteq.md")
    assert (error["line"], error["column"]) == (1, 34)  # the comma of \phi(m,b), as before
    assert error["message"].startswith("unexpected ',': '\\phi(m,b)' writes \\phi of 2 arguments (m, b)")
    assert "a function of several arguments is not read" in error["message"]
    assert error["hint"].startswith("write \\phi by its name alone, or what it stands for written out")


def test_the_planted_phi_page_is_refused_at_the_same_comma_never_judged():
    error = _refusal("derivations_cold39", "en_qa_sum_squares_phi_m_b_gradient_wrt_m_doteq_planted_chain_rule.md")
    assert (error["line"], error["column"]) == (1, 34)
    assert "writes \\phi of 2 arguments (m, b)" in error["message"]


def test_a_probability_of_an_example_under_the_parameters_is_said_to_be_a_function_of_two_arguments():
    # source: tests/derivations_cold/logreg2018_y0_odds_gather.md line 16, verbatim:
    # "= \sum_i -y_i x_i + x_i (1 - p(x_i, \theta)) \\"
    error = _refusal("derivations_cold", "logreg2018_y0_odds_gather.md")
    assert (error["line"], error["column"]) == (16, 35)
    assert "'p(x_i, \\theta)' writes p of 2 arguments (x_i, \\theta)" in error["message"]


def test_the_cost_with_its_parameters_listed_with_dots_is_told_to_be_written_alone():
    # source: tests/derivations_cold6/dl500_gd_gradient_written_as_cost.md line 22, verbatim:
    # "\frac{\partial}{\partial \theta_i}J({\theta}_0,{\theta}_1,...,{\theta}_n)=\frac{1}{2m}\sum^{m}_{j=0}(h_\theta (x^{(j)}_0"
    error = _refusal("derivations_cold6", "dl500_gd_gradient_written_as_cost.md")
    assert (error["line"], error["column"]) == (22, 47)
    assert "'J({\\theta}_0,{\\theta}_1,...,{\\theta}_n)' writes J of 4 arguments" in error["message"]
    assert error["hint"].startswith("write the cost J alone where it is differentiated (∂J/∂θⱼ = …)")


def test_the_training_set_in_braces_is_said_to_be_a_set():
    # source: tests/derivations_cold20/cn_notes_logistic_risk_mean_ce_one_step.md line 1, verbatim:
    # "给定N个训练样本$$\{\pmb x^{(n)},y^{(n)} \}^N_{n=1}$$，…"
    error = _refusal("derivations_cold20", "cn_notes_logistic_risk_mean_ce_one_step.md")
    assert (error["line"], error["column"]) == (1, 25)
    assert "'\\{\\pmb x^{(n)},y^{(n)} \\}' lists 2 items in braces, a set" in error["message"]
    assert error["hint"].startswith("a set of examples is the data, not a step")


def test_a_vector_by_its_entries_is_said_to_be_a_list_of_entries():
    # source: tests/derivations_cold5/cn_sigmoid_matrix_dz_dw_chain.md line 1, verbatim:
    # "令 $z = (z_1, \cdots, z_m)^T$, 则记 $h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T$, …"
    error = _refusal("derivations_cold5", "cn_sigmoid_matrix_dz_dw_chain.md")
    assert (error["line"], error["column"]) == (1, 10)
    assert "'(z_1, \\cdots, z_m)' lists 3 entries (a vector by its entries, or a pair)" in error["message"]


# -- the describer alone, and its guards -----------------------------------------------------------------------------

def _described(text: str, opening: str, closing: str) -> tuple[str, str]:
    start = text.index(opening)
    end = text.index(closing, start + len(opening))
    return comma_in_bracket(text, (start, start + len(opening)), (end, end + len(closing)))


def test_a_subscripted_name_and_a_calligraphic_cost_are_named_with_their_arguments():
    message, hint = _described(r"h_\theta(x_1, x_2)", "(", ")")
    assert message.startswith("unexpected ',': 'h_\\theta(x_1, x_2)' writes h_\\theta of 2 arguments (x_1, x_2)")
    message, hint = _described(r"\mathcal{L}(w, b) + 1", "(", ")")
    assert "writes \\mathcal{L} of 2 arguments (w, b)" in message
    assert hint.startswith("write the cost \\mathcal{L} alone")


@pytest.mark.parametrize("text, opening, closing", [
    (r"\frac{1}{2}(a, b)", "(", ")"),  # after a fraction's group: no name before the bracket
    (r"x \cdot (a, b)", "(", ")"),  # after an operator
    (r"= (a, b)", "(", ")"),  # after '='
    (r"\left(a, b\right)", r"\left(", r"\right)"),  # \left before the bracket: not a name
])
def test_a_bracket_after_no_name_is_a_list_of_entries_not_a_function(text, opening, closing):
    message, _ = _described(text, opening, closing)
    assert "lists 2 entries" in message and "arguments" not in message


def test_commas_inside_inner_brackets_are_not_counted():
    text = r"f(g(a, b), c)"
    # the outer bracket (from f's '(' to the last ')'): 2 arguments, g(a, b) kept whole
    message, _ = comma_in_bracket(text, (1, 2), (len(text) - 1, len(text)))
    assert "f(g(a, b), c)" in message and "of 2 arguments (g(a, b), c)" in message


def test_a_second_argument_elsewhere_still_opens_with_the_old_words():
    """\\log(x, 2): a function of two arguments of the reader's own; the message opens as before."""
    import logderiv

    cost = r"J = \sum (\log(x, 2) - y)^2"
    with pytest.raises(InputError) as raised:
        logderiv.derive(cost)
    assert str(raised.value).startswith("unexpected ','")
    assert "writes \\log of 2 arguments (x, 2)" in str(raised.value)


# -- near misses read as before --------------------------------------------------------------------------------------

# Ng's week-1 cost heading its definition, J(θ₀, θ₁) (the parameters declared), and ∂J/∂θ₁ worked out by hand:
# ∂/∂θ₁ (1/2m)Σ(θ₀ + θ₁x − y)² = (1/m)Σ(θ₀ + θ₁x − y)x
NG_PAGE = ("$$J(\\theta_0, \\theta_1) = \\frac{1}{2m}\\sum_{i=1}^m (\\theta_0 + \\theta_1 x^{(i)} - y^{(i)})^2$$\n\n"
           "$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{m}\\sum_{i=1}^m (\\theta_0 + \\theta_1 x^{(i)} - y^{(i)})"
           " x^{(i)}$$\n")


def test_the_cost_with_two_parameters_heading_its_definition_is_read_as_before(tmp_path):
    page = tmp_path / "ng.md"
    page.write_text(NG_PAGE, encoding="utf-8")
    code, review = _run(page)
    assert code == 0 and review["ending"] == "gradient" and review["first_error"] is None


def test_a_planted_factor_two_after_the_cost_with_two_parameters_is_wrong_at_its_line(tmp_path):
    page = tmp_path / "ng2.md"
    page.write_text(NG_PAGE.replace("\\frac{1}{m}\\sum", "\\frac{2}{m}\\sum"), encoding="utf-8")
    code, review = _run(page)
    assert code == 1 and review["ending"] == "wrong" and review["first_error"]["line"] == 3


def test_the_ng_gradient_is_right_by_finite_differences():
    x, y = _RNG.normal(size=6), _RNG.normal(size=6)

    def cost(theta):
        return float(np.sum((theta[0] + theta[1] * x - y) ** 2) / (2 * len(x)))

    theta = _RNG.normal(size=2)
    claimed = float(np.sum((theta[0] + theta[1] * x - y) * x) / len(x))
    assert np.isclose(central_differences(cost, theta)[1], claimed, atol=1e-6)
    assert not np.isclose(central_differences(cost, theta)[1], 2 * claimed, atol=1e-6)  # the planted one is not


def test_the_refused_phi_gradient_is_right_by_finite_differences():
    """The refused page's claim, checked by hand: ∂/∂m Σ[(b + mxₙ) − yₙ]² = 2Σxₙ[(b + mxₙ) − yₙ]; the planted copy
    (xₙ dropped) is not — so the refusal of the page is a miss, never a misreading."""
    x, y = _RNG.normal(size=5), _RNG.normal(size=5)

    def phi(v):
        return float(np.sum((v[1] + v[0] * x - y) ** 2))

    m, b = _RNG.normal(size=2)
    derivative = central_differences(phi, np.array([m, b]))[0]
    assert np.isclose(derivative, 2 * np.sum(x * ((b + m * x) - y)), atol=1e-5)
    assert not np.isclose(derivative, 2 * np.sum((b + m * x) - y), atol=1e-5)

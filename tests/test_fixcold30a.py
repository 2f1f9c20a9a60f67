"""fixcold30a (issue 10): the first half of the blind set cold30's refusals read by general rules, and what the rules
must leave as it was.

What each real page means was worked by hand (tests/derivations_cold30/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy: the linear cost
(1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∂/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and one example's term of it, (1/m)(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
(the Σ dropped), is not.

The rules: a line that marks example i outside any Σ over the examples, where the cost sums over them, is the Σ
dropped (one example's term where the sum stood), judged against the line before it, no longer refused as a free
index; a display that only states the problem (\\min_{θ₀, θ₁} J(θ₀, θ₁)) is no step; a model's chain inside an
align* environment (h_θ = Σⱼ θⱼxⱼ = θᵀx) is a definition and its rewrite as it is without the environment, Ng's
Σ_{j=0}^{n} θⱼxⱼ there read over every component as in a line; an update written with '=' (θⱼ' = θⱼ − η∇J = …) and
the gradient written into it is set aside as an update chain. Each is noted, in every output format.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, half_mean_square

_COLD30 = Path(__file__).parent / "derivations_cold30"

_RNG = numpy.random.default_rng(30)
_X = numpy.column_stack([numpy.ones(7), _RNG.normal(size=(7, 2))])
_Y = _RNG.normal(size=7)
_THETA = numpy.array([0.2, -0.5, 0.7])
_linear = functools.partial(half_mean_square, _X, _Y)

_DROPPED_NOTE = "over the examples, where the cost sums over them: the"  # Σ is \\sum in LaTeX
_GOAL_NOTE = "states the problem, the cost minimised over its parameters, no equation: not a step"
_UPDATE_NOTE = "written out with the gradient, which puts the derivation"


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    gradient = _X.T @ (_X @ _THETA - _Y) / m
    assert numpy.allclose(central_differences(_linear, _THETA), gradient, atol=1e-6)
    # one example's term, the Σ dropped, is the gradient at no example
    for i in range(m):
        term = (_X[i] @ _THETA - _Y[i]) * _X[i] / m
        assert not numpy.allclose(term, gradient, atol=1e-3)


@pytest.mark.parametrize("file", ["en_session_recap_linear_theta_j_sum_dropped.md",
                                  "zh_blog_bgd_linear_theta_j_sum_lost_then_restored.md"])
def test_each_page_is_judged_as_by_hand(file):
    kind, detail = outcome_of(_COLD30, file)
    assert kind == "right", detail


@pytest.mark.parametrize("file, said", [
    ("en_session_recap_linear_theta_j_sum_dropped.md", _DROPPED_NOTE),
    ("en_session_recap_linear_theta_j_sum_dropped.md", _GOAL_NOTE),
    ("zh_blog_bgd_linear_theta_j_sum_lost_then_restored.md", _UPDATE_NOTE),
    ("zh_blog_bgd_linear_theta_j_sum_lost_then_restored.md", "the sides between are the same expression")])
def test_each_reading_is_noted_in_every_format(tmp_path, file, said):
    text = (_COLD30 / file).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, text, "-f", form, "--cost", "linear", "--timeout", "60")
        assert result.exit_code == 1, (form, result.output)  # a wrong step on both pages
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert said in notes, form


# --- the Σ over the examples dropped ----------------------------------------------------------------------------

_COST = "$$\nJ(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})^2\n$$\n\n"
_MEAN = "\\frac{1}{m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
_TERM = "\\frac{1}{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"


def _derivation(*sides: str) -> str:
    rows = " \\\\\n& = ".join(sides)
    return _COST + ("$$\n\\begin{align}\n\\frac{\\partial J(\\theta)}{\\partial\\theta_j} & = " + rows
                    + "\n\\end{align}\n$$\n")


def test_a_sum_dropped_is_a_wrong_step_not_a_free_index(tmp_path):
    # the mean's gradient, then one example's term of it (not the gradient, above): wrong at the term's line (8)
    code, ending, wrong, review = review_of_page(tmp_path, _derivation(_MEAN, _TERM))
    assert (code, ending, wrong) == (1, "wrong", [8])
    assert any(_DROPPED_NOTE in note for note in review["notes"])


def test_a_sum_dropped_then_restored_ends_at_the_gradient_wrong_where_it_was_dropped(tmp_path):
    # the Σ dropped (line 7), carried (8), put back (9): the last side is the gradient, the first wrong line 6
    page = _derivation("\\frac{\\partial}{\\partial\\theta_j}\\frac{1}{2m}(\\theta^Tx^{(i)} - y^{(i)})^2", _TERM, _MEAN)
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [7])


def test_a_sum_kept_throughout_is_read_as_before(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _derivation(_MEAN))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any(_DROPPED_NOTE in note for note in review["notes"])


def test_a_page_that_says_it_derives_one_example_is_not_read_so(tmp_path):
    # "for a single example": the page's own claim is read by the one-example reading, never as a Σ dropped
    page = "For a single training example:\n\n" + _derivation(_MEAN, _TERM)
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert _DROPPED_NOTE not in result.stdout + result.stderr


# --- the problem stated --------------------------------------------------------------------------------------------

def test_a_display_stating_the_problem_is_no_step(tmp_path):
    # cost, "Goal:", then a right derivation: the goal display was a step (the cost, 'wrong' against ∂J/∂θⱼ), or its
    # J(θ₀, θ₁) refused at its ','
    for goal in ("\\min_{\\theta_0, \\theta_1} {J(\\theta_0, \\theta_1)}", "\\min_\\theta J(\\theta)",
                 "\\arg\\min_{\\theta} J(\\theta)"):
        page = _COST + f"Goal:\n\n$$\n{goal}\n$$\n\n" + _derivation(_MEAN)[len(_COST):]
        code, ending, wrong, review = review_of_page(tmp_path, page)
        assert (code, ending, wrong) == (0, "gradient", []), goal
        assert any(_GOAL_NOTE in note for note in review["notes"]), goal


def test_a_minimum_with_a_formula_or_an_equation_is_no_bare_goal(tmp_path):
    page = _COST + "$$\n\\min_\\theta J(\\theta) = 0\n$$\n\n" + _derivation(_MEAN)[len(_COST):]
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert _GOAL_NOTE not in result.stdout + result.stderr


# --- a model's chain in align*, an update written with '=' -------------------------------------------------------

_MODEL = ("$$\n\\begin{align*}\nh_{\\theta}\n= \\sum_{j=0}^{n} \\theta_{j} x_{j}\n= \\theta^T x\n\\end{align*}\n$$\n\n")
_UPDATE = ("$$\n\\begin{align*}\n\\theta_j' & = \\theta_j-\\eta\\nabla_{\\theta}J(\\theta) \\\\\n"
           "& = \\theta_j- \\eta\\frac{1}{m}\\sum_{i=1}^{m}(h_{\\theta}(x^{(i)})-y^{(i)})x_j^{(i)}\n\\end{align*}\n$$\n\n")
_H_MEAN = "\\frac{1}{m}\\sum_{i=1}^{m}(h_{\\theta}(x^{(i)}) - y^{(i)})x_j^{(i)}"


def test_a_model_chain_in_align_and_an_update_chain_beside_the_derivation(tmp_path):
    page = _MODEL + _UPDATE + ("$$\n\\begin{align*}\n\\frac{\\partial J(\\theta)}{\\partial\\theta_j} & = "
                               "\\frac{\\partial}{\\partial\\theta_j}\\frac{1}{2m}\\sum_{i=1}^{m}(h_{\\theta}(x^{(i)})"
                               "-y^{(i)})^2 \\\\\n& = " + _H_MEAN + "\n\\end{align*}\n$$\n")
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any(_UPDATE_NOTE in note for note in review["notes"])
    # the model's chain with a wrong rewrite (θᵀx + 1): never read as the page's model and passed
    wrong = page.replace("= \\theta^T x\n", "= \\theta^T x + 1\n")
    result = _steps(tmp_path, wrong, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert result.exit_code != 0, result.output

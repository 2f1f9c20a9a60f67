"""fixcold34a: pages of several chains of '=' that cold34 and cold32 refused, read by general rules, and the near
misses those rules must leave as they were.

What each real page means was worked by hand (tests/derivations_cold34/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy.

The rules:
- ``L_w = \\frac{\\partial L(w,b)}{\\partial w} = …``: the partial named by its subscript (f_x is ∂f/∂x) before it is
  written; the name is set aside, noted, and the chain read from ∂L/∂w (logderiv/notation/subscript_partials.py).
  Only where the name's letter and subscript are the derivative's own.
- ``L(w,b) = (1/m)Σ(wx − y)²`` captioned ``\\text{… b=0}``, then ``L(w,b) = (1/m)Σ(wx + b − y)²``: the first is the
  cost at b fixed to zero, set aside, noted (logderiv/notation/special_case_cost.py). Only with the caption, the
  parameter absent from the first and present in the later definition, and a derivative writing it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences
from work import assert_linear

_COLD34 = Path(__file__).parent / "derivations_cold34"

# the one-feature mean squared error without ½ at a few examples: ∂/∂w = (2/m)Σ x(wx + b − y), ∂/∂b = (2/m)Σ(wx + b − y)
_XS = numpy.array([0.3, -1.2, 2.0, 0.7])
_YS = numpy.array([1.1, 0.4, -0.5, 2.2])


def _mse(parameters: numpy.ndarray) -> float:
    w, b = parameters
    return float(numpy.mean((w * _XS + b - _YS) ** 2))


def test_the_hand_worked_partials_of_the_mean_squared_error() -> None:
    w, b = -0.5, 0.2
    numeric = central_differences(_mse, numpy.array([w, b]))
    residual = w * _XS + b - _YS
    assert numeric[0] == pytest.approx(2 * numpy.mean(_XS * residual), abs=1e-7)
    assert numeric[1] == pytest.approx(2 * numpy.mean(residual), abs=1e-7)
    assert numeric[1] != pytest.approx(numpy.mean(residual), abs=1e-3)  # the planted 1/m is a slip


@pytest.mark.parametrize("file", ["es_notebook_mse_w_b_subscript_partials.md",
                                  "es_notebook_mse_w_b_subscript_partials_planted_constant.md"])
def test_the_spanish_notebook_of_subscript_partials_is_read_as_its_row_says(file: str) -> None:
    # source: github valenrc/machine-learning-notes, 03_gradient/partial_derivatives.ipynb (expected.txt's row)
    assert outcome_of(_COLD34, file) == ("right", "")


_PAGE = r"""Si agregamos el parámetro b a L:

### $$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} (wx_{i} - y_i)^2$$ 
$$\text{Funcion de pérdida con b=0}$$

### $$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} ([wx_{i} + b] - y_i)^2$$ 
$$\text{Función de pérdida con b como parametro}$$

Ahora calculemos el vector gradiente para L.
### $$L_w = \frac{\partial L(w,b)}{\partial w} = \frac{2}{m} \sum_{i=1}^{m} [x_i(wx_i + b - y_i)]$$ 

### $$L_b = \frac{\partial L(w,b)}{\partial b} = \frac{2}{m} \sum_{i=1}^{m} [(wx_i + b) - y_i] $$
"""


def test_the_page_reads_right_with_both_notes(tmp_path: Path) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "names ∂L/∂w as L_w (a partial derivative written by its subscript" in notes
    assert "defines L(w,b) with b = 0, as its caption (line 4) says" in notes


def test_a_slip_after_the_subscript_name_is_found_at_its_line(tmp_path: Path) -> None:
    page = _PAGE.replace(r"\frac{2}{m} \sum_{i=1}^{m} [x_i(", r"\frac{1}{m} \sum_{i=1}^{m} [x_i(")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_a_subscript_name_of_another_partial_is_not_set_aside(tmp_path: Path) -> None:
    # L_b = ∂L/∂w: the name is not the derivative's own; nothing is set aside and the page is refused as before
    page = _PAGE.replace(r"### $$L_w = ", r"### $$L_b = ")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "names ∂L/∂w" not in result.output + result.stderr


def test_without_the_caption_the_two_costs_are_refused(tmp_path: Path) -> None:
    page = _PAGE.replace(r"$$\text{Funcion de pérdida con b=0}$$", "")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "which one does the derivation derive?" in result.stderr


def test_a_first_cost_that_writes_b_is_no_special_case(tmp_path: Path) -> None:
    # the caption says b = 0 but the formula writes b: not the cost at b = 0 as written, refused as before
    page = _PAGE.replace(r"(wx_{i} - y_i)^2$$ ", r"(wx_{i} + 2b - y_i)^2$$ ", 1)
    result = _steps(tmp_path, page)
    assert result.exit_code == 2


def test_the_readings_stay_fast_on_long_input() -> None:
    from logderiv.notation.special_case_cost import special_case_costs_set_aside
    from logderiv.notation.subscript_partials import subscript_partials_named

    # counted, not timed (tests/work.py): about 300 calls at any length, the work all regular expressions' on the
    # unclosed brackets, which a count cannot see; benchmarks/scaling.py times them as a ratio ("unclosed cost")
    def read(n: int) -> Callable[[], object]:
        long = "$$L_w = \\frac{\\partial L(" + "w," * n + "$$\n$$L(w,b) = " + "(w" * n + "$$\n$$\\text{b=0}$$"
        return lambda: (subscript_partials_named(long, lambda line: f"line {line}"),
                        special_case_costs_set_aside(long, lambda line: f"line {line}"))

    assert_linear(read, 2_500)


# ---- the English blog post in θ₀, θ₁ (cold34): its cost through Cost(h, y), its \cancel marks, its chain-rule lemmas
# (source: github jethroGIT/jethrogit.github.io, _posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_
# Regression.md, expected.txt's first row). The facts: with h = σ(θ₀ + θ₁x), ∂h/∂θ₀ = h(1 − h), ∂/∂θ₀ log h = 1 − h,
# ∂/∂θ₀ log(1 − h) = −h, and ∂J/∂θ₀ = (1/m)Σ(h − y) for the mean cross-entropy J.

_XL = numpy.array([0.5, -1.3, 2.1, 0.2, -0.7])
_YL = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0])


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_hand_worked_lemmas_of_the_logistic_post() -> None:
    t0, t1, x = 0.2, -0.5, 0.8
    h = _sigmoid(t0 + t1 * x)
    by_t0 = central_differences(lambda v: float(_sigmoid(v[0] + t1 * x)), numpy.array([t0]))[0]
    assert by_t0 == pytest.approx(h * (1 - h), abs=1e-8)
    part_one = central_differences(lambda v: float(numpy.log(_sigmoid(v[0] + t1 * x))), numpy.array([t0]))[0]
    part_two = central_differences(lambda v: float(numpy.log(1 - _sigmoid(v[0] + t1 * x))), numpy.array([t0]))[0]
    assert (part_one, part_two) == (pytest.approx(1 - h, abs=1e-8), pytest.approx(-h, abs=1e-8))

    def cost(v):
        p = _sigmoid(v[0] + v[1] * _XL)
        return float(-numpy.mean(_YL * numpy.log(p) + (1 - _YL) * numpy.log(1 - p)))

    gradient = central_differences(cost, numpy.array([t0, t1]))
    assert gradient[0] == pytest.approx(numpy.mean(_sigmoid(t0 + t1 * _XL) - _YL), abs=1e-8)
    assert part_one != pytest.approx(h, abs=1e-3)  # the slips planted below are slips


def test_the_logistic_post_is_read_as_its_row_says() -> None:
    assert outcome_of(_COLD34, "en_blog_logistic_theta0_theta1_quotient_rule_part_one_two.md") == ("right", "")


_POST = r"""The model:

$$ \require{cancel} \begin{equation} h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}. \tag{2}\label{eq:model}\end{equation} $$

$$ \begin{equation} J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \text{Cost}(h_{\theta}(x^{(i)}), y^{(i)}) \tag{3} \end{equation} $$

with

$$ \begin{equation} \text{Cost}(h_{\theta}(x^{(i)}), y^{(i)}) = -y^{(i)} \log( h_{\theta}(x^{(i)}) ) - (1-y^{(i)}) \log(1-h_{\theta}(x^{(i)})) \end{equation} \tag{4} $$

$$ \begin{align} J(\theta) &= \frac{1}{m} \sum_{i=1}^{m} \text{Cost}(h_{\theta}(x^{(i)}), y^{(i)}) \\
 &= -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log (h_{\theta}(x^{(i)})) + (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right). \tag{5} \end{align} $$

The derivatives of $\frac{u(x)}{v(x)}$ are

$$ \begin{equation} \frac{u^{\prime} v - u v^{\prime} }{ v^2 } \tag{6} \end{equation}$$

$$ \begin{align} \frac{\partial J}{\partial \theta_0} &= -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \underbrace{\frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)})) \right)}_{\text{Part I}}  + (1-y^{(i)}) \underbrace{\frac{\partial }{\partial \theta_0} \left(\log (1 - h_{\theta}(x^{(i)})) \right)}_{\text{Part II}} \right) \end{align} $$

Part I:

 $$ \begin{align} \frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)})) \right) &= \frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)})) \right) \frac{\partial h_{\theta}}{\partial \theta_0} \\
 &= \frac{1}{ \cancel{h_{\theta}(x^{(i)})} } \cancel{h_\theta(x^{(i)})} (1 - h_\theta(x^{(i)}))  \\
 &= (1 - h_\theta(x^{(i)})). \end{align} $$

Then

$$ \begin{align} \frac{\partial J}{\partial \theta_0} &= -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \underbrace{\frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)})) \right)}_{\text{Part I}}  + (1-y^{(i)}) \underbrace{\frac{\partial }{\partial \theta_0} \left(\log (1 - h_{\theta}(x^{(i)})) \right)}_{\text{Part II}} \right) \\
&= -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} (1 - h_{\theta}(x^{(i)}))  - (1-y^{(i)}) h_{\theta}(x^{(i)}) \right)  \\
&= -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \cancel{- y^{(i)} h_{\theta}(x^{(i)})}  - h_{\theta}(x^{(i)}) \cancel{+ y^{(i)} h_{\theta}(x^{(i)})} \right) \\
&= \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} ). \end{align} $$
"""


def _review(tmp_path: Path, text: str, *options: str):
    """Exit code, ending, the first wrong line among the derivation's and the lemmas' steps, and the JSON review."""
    result = _steps(tmp_path, text, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    steps = [*review["steps"], *(step for lemma in review.get("lemmas", []) for step in lemma["steps"])]
    wrong = sorted(step["line"] for step in steps if step["valid"] is False)
    return result.exit_code, review["ending"], wrong[:1], review


def _line_of(page: str, marker: str) -> int:
    return page[:page.index(marker)].count("\n") + 1


def test_the_post_in_short_reads_right_with_each_note(tmp_path: Path) -> None:
    code, ending, wrong, review = _review(tmp_path, _POST, "--cost", "logistic")
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert r"\require{cancel} loads a MathJax extension" in notes
    assert "defines the logistic model σ(θ₀ + θ₁x)" in notes
    assert "defines one example's cost Cost as a function of the prediction and the label" in notes
    assert "defines the cost through Cost, as the cost's chain does" in notes
    assert "states a rule of calculus in letters of its own" in notes
    assert "is followed by a derivative, the chain rule's next factor" in notes
    assert r"\cancel{…} strikes through terms a step shows cancelling" in notes
    # every '=' of the lemma is judged: three sides, two steps after its first
    lemma_lines = {step["line"] for lemma in review["lemmas"] for step in lemma["steps"]}
    assert {_line_of(_POST, r"&= \frac{1}{ \cancel"), _line_of(_POST, r"&= (1 - h_\theta")} <= lemma_lines


def test_a_slip_in_the_chain_rule_lemma_is_found_at_its_line(tmp_path: Path) -> None:
    # Part I's chain rule through log(1 − h) instead of log h: −h/(1 − h)·h(1 − h) = −h, not ∂/∂θ₀ log h = 1 − h
    page = _POST.replace(r"&= \frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)})) \right)",
                         r"&= \frac{\partial }{\partial h_{\theta} } \left( \log (1 - h_{\theta}(x^{(i)})) \right)")
    assert page != _POST
    code, ending, wrong, _ = _review(tmp_path, page, "--cost", "logistic")
    assert code == 1 and wrong == [_line_of(page, r"\frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)})) \right) &=")]


def test_a_slip_under_the_cancel_marks_is_found(tmp_path: Path) -> None:
    # the cancelled terms kept but one sign flipped: −yh and −yh no longer cancel, the line is wrong
    page = _POST.replace(r"\cancel{+ y^{(i)} h_{\theta}(x^{(i)})}", r"\cancel{- y^{(i)} h_{\theta}(x^{(i)})}")
    assert page != _POST
    code, ending, wrong, _ = _review(tmp_path, page, "--cost", "logistic")
    assert code == 1 and wrong == [_line_of(page, r"\cancel{- y^{(i)} h_{\theta}(x^{(i)})}  - h")]


def test_a_cost_written_otherwise_than_the_cross_entropy_is_not_set_aside(tmp_path: Path) -> None:
    # Cost(h, y) with its sign slipped is no cross-entropy: the side through it is read, and refused as before
    page = _POST.replace(r"= -y^{(i)} \log( h_{\theta}(x^{(i)}) ) - (1-y^{(i)})", r"= y^{(i)} \log( h_{\theta}(x^{(i)}) ) - (1-y^{(i)})")
    assert page != _POST
    result = _steps(tmp_path, page, "--cost", "logistic")
    assert result.exit_code == 2
    assert "Cost" in result.stderr


def test_a_second_derivative_written_with_the_operator_stays_refused(tmp_path: Path) -> None:
    # ∂/∂h followed at once by ∂h/∂θ₀: no factor before the derivative, so a derivative of a derivative, refused
    page = _POST.replace(r"\frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)})) \right) \frac{\partial h_{\theta}}{\partial \theta_0}",
                         r"\frac{\partial }{\partial h_{\theta} } \frac{\partial h_{\theta}}{\partial \theta_0}")
    assert page != _POST
    result = _steps(tmp_path, page, "--cost", "logistic")
    assert result.exit_code in (2, 3)


def test_a_derivative_by_h_of_what_holds_a_parameter_besides_is_refused(tmp_path: Path) -> None:
    # ∂/∂h (θ₁ log h): which of θ₁ and h is held fixed is not said — refused, never judged
    page = _POST.replace(r"&= \frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)})) \right)",
                         r"&= \frac{\partial }{\partial h_{\theta} } \left( \theta_1 \log (h_{\theta}(x^{(i)})) \right)")
    assert page != _POST
    result = _steps(tmp_path, page, "--cost", "logistic")
    assert result.exit_code in (2, 3)


def test_a_model_with_a_second_feature_is_not_read_as_intercept_and_slope(tmp_path: Path) -> None:
    page = _POST.replace(r"e^{-\theta_0 - \theta_1 x^{(i)}}", r"e^{-\theta_0 - \theta_1 x^{(i)} - \theta_2 x^{(i)}}")
    assert page != _POST
    result = _steps(tmp_path, page, "--cost", "logistic")
    assert "defines the logistic model σ(θ₀ + θ₁x)" not in result.output + result.stderr


def test_a_display_without_equals_in_the_pages_letters_is_no_rule_of_calculus() -> None:
    from logderiv.notation.calculus_rule import calculus_rules_set_aside

    page = "$$ \\frac{h^{\\prime} x - h x^{\\prime}}{x^2} $$\n"
    assert calculus_rules_set_aside(page, str) == (page, [])
    rule = "$$ \\frac{u^{\\prime} v - u v^{\\prime} }{ v^2 } $$\n"
    blanked, notes = calculus_rules_set_aside(rule, str)
    assert blanked.strip() == "$$" + " " * (len(rule.strip()) - 4) + "$$" and len(notes) == 1


def test_the_new_readings_stay_fast_on_long_input() -> None:
    from logderiv.notation.calculus_rule import calculus_rules_set_aside
    from logderiv.notation.cases_cost import cases_costs_set_aside
    from logderiv.notation.intercept_slope import intercept_and_slope_read
    from logderiv.notation.mathjax_require import extensions_loaded

    # counted, not timed (tests/work.py): about 10,300 calls at n = 1,000 (20,000 spaces), linear. The runaway b4414ad3
    # fixed, a lazy pattern backtracking over the spaces (8 s, quadratic), was one regular expression's work, which a
    # count cannot see (cases_cost made 216 calls then, at any length): benchmarks/scaling.py times it as a ratio
    # ("closing layout")
    def read(n: int) -> Callable[[], object]:
        long = ("$$ \\require{cancel} " + "u^{\\prime} " * (2 * n) + "$$\n$$ \\text{Cost}(h, y) = " + "-y \\log(h) " * n
                + "$$\n$$ h_\\theta(x) = \\frac{1}{1 + e^{-\\theta_0 - " + "\\theta_1 x " * n + "}} $$\n"
                # a long run of spaces and of \tag{…} before a display's end: the closing layout taken off in one pass
                + "$$ \\text{Cost}(h, y) = -y" + " " * (20 * n) + "x $$\n$$ J(\\theta) = a" + " \\tag{1}" * (5 * n // 2)
                + " $$\n")
        return lambda: [reading(long, str) for reading in (calculus_rules_set_aside, cases_costs_set_aside,
                                                           intercept_and_slope_read, extensions_loaded)]

    assert_linear(read, 250)

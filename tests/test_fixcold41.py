"""fixcold41 (issue 10): cold43's blind derivations refused for reasons other than several chains.

What each page means was worked by hand (tests/derivations_cold43/expected.txt, never logderiv's output); the facts
the pages rest on are checked here by central finite differences with NumPy:
* the log-likelihood 𝓛(w) = Σ[y log(1/(1+e^{−wᵀx})) + (1−y) log(1/(1+e^{wᵀx}))] has ∂𝓛/∂w = Σ(y − σ(wᵀx))x, not the
  Chinese "Zen" chapter's Σ[y σ(wᵀx) x − (1−y) σ(−wᵀx) x] (its two sigmoid factors swapped): wrong at its line 33;
* the mean cross-entropy's gradient is (1/m)Σ(h − y)xⱼ, never (1/m)Σ(y − h)xⱼ.
The conventions read (each noted): a cases row's condition (``\\text{if } y=1``) holds no equation, so P(y|x) =
\\begin{cases}…\\end{cases} is the label's probability, set aside beside a derivation; ``\\colon=`` is ':=', an update
rule; a display that only compares (≫, <, ≤ …) or takes a hyperparameter's limit (λ → 0) is a remark beside a
derivation; a prose line recalling a definition by its first terms and an ellipsis is that definition. Kept refused,
with a better message: an unclosed '(' before a product of brackets (where its ')' goes changes the value), and
P(y_i=1) with no condition.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy

from _derivations_table import outcome_of
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD43 = Path(__file__).parent / "derivations_cold43"
_GRADIENT = r"\frac{1}{m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)}"
_FLIPPED = r"\frac{1}{m} \sum_{i=1}^m \left(y^{(i)} - h_\theta(x^{(i)})\right) x_j^{(i)}"


def _page(before: str, display: str, gradient: str, after: str = "") -> str:
    return (f"{before}\n\n$$\n{display}\n$$\n\nThe gradient:\n\n$$\n\\frac{{\\partial J}}{{\\partial \\theta_j}} = "
            f"{gradient}\n$$\n\n{after}\n")


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_facts_by_finite_differences():
    """The Zen chapter's ∂𝓛/∂w is not the log-likelihood's gradient; Σ(y − σ)x is; (h − y) not (y − h) for J."""
    generator = numpy.random.default_rng(41)
    X, y = generator.normal(size=(7, 3)), generator.integers(0, 2, size=7).astype(float)
    w = generator.normal(size=3)

    def loglik(v):
        z = X @ v
        return float(numpy.sum(y * numpy.log(1 / (1 + numpy.exp(-z))) + (1 - y) * numpy.log(1 / (1 + numpy.exp(z)))))

    numeric = central_differences(loglik, w)
    z = X @ w
    assert numpy.allclose(numeric, (y - _sigmoid(z)) @ X, atol=1e-6)
    written = (y * _sigmoid(z) - (1 - y) * _sigmoid(-z)) @ X  # line 33 as the page writes it
    assert not numpy.allclose(numeric, written, atol=1e-3)

    def mean_cross_entropy(theta):
        h = _sigmoid(X @ theta)
        return float(-(y * numpy.log(h) + (1 - y) * numpy.log(1 - h)).mean())

    numeric = central_differences(mean_cross_entropy, w)
    assert numpy.allclose(numeric, (_sigmoid(X @ w) - y) @ X / 7, atol=1e-6)
    assert not numpy.allclose(numeric, (y - _sigmoid(X @ w)) @ X / 7, atol=1e-3)


def test_the_zen_chapter_is_wrong_at_its_line_33():
    r"""Source: public code index file 2784453585 (a Chinese AI-written blog chapter, 禅与计算机程序设计艺术), as
    cold43 holds it verbatim: P(y|x) = \begin{cases} … & \text{if } y=1 \ … \end{cases} (line 17, its '\\' written
    '\'), the log-likelihood (line 27), ∂𝓛/∂w with the sigmoid factors swapped (line 33)."""
    kind, detail = outcome_of(_COLD43, "zh_blog_zen_logistic_loglik_dL_dw_sigmoid_factors_swapped.md")
    assert kind == "right", detail  # its row: wrong, line 33
    text = (_COLD43 / "zh_blog_zen_logistic_loglik_dL_dw_sigmoid_factors_swapped.md").read_text(encoding="utf-8")
    assert "\\text{if } y=1 \\\n" in text  # the page's broken row break, as published


def _zen_page(derivative: str) -> str:
    # the Zen chapter's P(y|x) display verbatim (source: public code index file 2784453585), then a derivation
    return ("Bernoulli:\n\n$$\nP(y|x) = \\begin{cases} \n\\frac{1}{1+e^{-w^T x}} & \\text{if } y=1 \\\n"
            "1-\\frac{1}{1+e^{-w^T x}} & \\text{if } y=0 \n\\end{cases}\n$$\n\n"
            + _page("The cost", r"J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)} \log h_\theta(x^{(i)}) + "
                    r"(1-y^{(i)}) \log (1-h_\theta(x^{(i)}))\right]", derivative))


def test_a_cases_probability_is_set_aside_and_noted(tmp_path):
    """The cases display beside a derivation is the label's probability: the derivation is judged, the law noted."""
    code, ending, wrong, review = _review(tmp_path, _zen_page(_GRADIENT))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("states the label's probability" in note and "line 4" in note for note in review["notes"])
    code, ending, wrong, review = _review(tmp_path, _zen_page(_FLIPPED))
    assert code == 1 and wrong and wrong == [19]  # the flipped residual, at its own line


def test_a_cases_row_keeps_an_equation_outside_its_condition():
    """Guard: only a row's condition (from its '&') is blanked; an '=' before the '&' stays an equation."""
    from logderiv.notation.page import _cases_conditions_blanked

    written = r"P(y|x) = \begin{cases} a = b & \text{if } y=1 \\ c & \text{if } y=0 \end{cases}"
    blanked = _cases_conditions_blanked(written)
    assert len(blanked) == len(written)
    assert blanked.count("=") == 2  # P(y|x) = and a = b; the two conditions' '=' gone
    assert _cases_conditions_blanked("y = 1 & z = 2") == "y = 1 & z = 2"  # no cases environment: unchanged


def test_a_comparison_and_a_limit_beside_a_derivation_are_remarks(tmp_path):
    r"""cold43's ridge living notes (public code index file 65803334055): "ridge strongly prefers (3,3) because
    $$100^2+(-94)^2 \gg 3^2+3^2.$$" and "As $$\lambda\to0,$$ ridge approaches ordinary OLS." — no '=', no step."""
    page = _page("Ridge strongly prefers (3,3) because", r"100^2+(-94)^2 \gg 3^2+3^2.", _GRADIENT,
                 "As\n\n$$\n\\lambda\\to0,\n$$\n\nridge approaches ordinary OLS.")
    result = _steps(tmp_path, page, "--cost", "logistic", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    notes = " ".join(review["notes"])
    assert "line 4 states a comparison" in notes and "line 16 states a limit" in notes
    # the comparison set aside changes no verdict: a flipped residual is still wrong at its line
    code, ending, wrong, _ = _review(tmp_path, _page("Because", r"100^2+(-94)^2 \gg 3^2+3^2.", _FLIPPED).replace(
        "$$\n\\frac{\\partial J}", "$$\nJ(\\theta) = -\\frac{1}{m}\\sum_{i=1}^m \\left[y^{(i)} \\log h_\\theta(x^{(i)})"
        " + (1-y^{(i)}) \\log (1-h_\\theta(x^{(i)}))\\right]\n$$\n\n$$\n\\frac{\\partial J}"))
    assert code == 1 and wrong and wrong == [14]


def test_arrows_and_comparisons_that_are_not_remarks_stay_refused(tmp_path):
    r"""Guard: an arrow of a derivative (∂J/∂θⱼ → 0), or of a letter that is no hyperparameter (a \to 1), is refused
    as before (fixcold17), saying what an arrow is; never skipped."""
    for display in (r"\frac{\partial J}{\partial \theta_j} \to 0", r"a \to 1", r"h \to 1"):
        result = _steps(tmp_path, _page("Then", display, _GRADIENT), "--cost", "logistic")
        assert result.exit_code == 2, (display, result.output)
        assert "an arrow ('tends to' of a limit" in result.stderr
        assert "line 4" in result.stderr


def test_colon_equals_is_an_update_rule(tmp_path):
    r"""cold43's Korean backpropagation post (public code index file 17143179265), (24): ``w \; \colon= w - \alpha
    \frac{\partial Error}{\partial w}``, TeX's ':=' — an update rule, not a step, noted."""
    page = _page("Update:", r"\theta_j \; \colon= \theta_j - \alpha \frac{\partial J}{\partial \theta_j}", _GRADIENT)
    result = _steps(tmp_path, page, "--cost", "logistic", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any("line 4 is an update rule (:=, written \\colon=)" in note for note in review["notes"])


def test_a_colon_that_is_no_assignment_stays_refused(tmp_path):
    r"""Guard: f \colon X \to Y (a map's colon) is no ':=': refused as before, at its column."""
    result = _steps(tmp_path, _page("A map:", r"f \colon X \to Y", _GRADIENT), "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "unknown command '\\colon'" in result.stderr and "line 4" in result.stderr


def test_the_korean_and_ridge_pages_meet_their_next_refusal():
    """The real pages are no longer refused at \\colon or \\gg; each meets mathematics logderiv does not read yet."""
    kind, detail = outcome_of(_COLD43, "ko_blog_backprop_one_sigmoid_neuron_half_squared_error_chain.md")
    assert kind == "refused" and "\\colon" not in detail and "line 51" in detail, detail
    kind, detail = outcome_of(_COLD43, "en_notes_ridge_living_notes_nabla_w_t_w_then_normal_equation.md")
    assert kind == "refused" and "\\gg" not in detail and "line 66" in detail, detail


_MODEL = r"h_\theta(x) = \theta_0 + \theta_1 x_1 + \theta_2 x_2"
_RECALLED = (r"The model:" "\n\n$$" + _MODEL + "$$\n\nThe cost:\n\n"
             r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$$" "\n\n"
             r"- $\frac{\partial h_\theta(x)}{\partial \theta_0} = 1$ (since $RECALL$)" "\n\n"
             r"$$\frac{\partial J}{\partial \theta_j} = RESIDUAL$$" "\n")


def _recalled(recall: str, gradient: str) -> str:
    # cold43's chat-style note (public code index file 8252329373) writes "(since $s = w_0 + w_1 x_1 + \ldots$)"
    # beside its model s = w₀ + w₁x₁ + w₂x₂ + ⋯ + wₙxₙ; here the same prose beside a linear model
    return _RECALLED.replace("RECALL", recall).replace("RESIDUAL", gradient)


def test_a_definition_recalled_with_an_ellipsis_is_read_once(tmp_path):
    """h = θ₀ + θ₁x₁ + … in prose after h = θ₀ + θ₁x₁ + θ₂x₂: the same definition, noted; verdicts unchanged."""
    recall = r"h_\theta(x) = \theta_0 + \theta_1 x_1 + \ldots"
    code, ending, wrong, review = _review(tmp_path, _recalled(recall, _GRADIENT))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 9 recalls h_\\theta's definition (line 3)" in note for note in review["notes"])
    code, ending, wrong, _ = _review(tmp_path, _recalled(recall, _FLIPPED))
    assert code == 1 and wrong and wrong == [11]


def test_an_ellipsis_after_other_terms_is_another_definition(tmp_path):
    """Guard: h = θ₀ + θ₂x₂ + … does not start as h's definition does: refused as defined twice, at its column."""
    result = _steps(tmp_path, _recalled(r"h_\theta(x) = \theta_0 + \theta_2 x_2 + \ldots", _GRADIENT))
    assert result.exit_code == 2, result.output
    assert "h_\\theta is defined twice, differently (line 3 and line 9)" in result.stderr
    result = _steps(tmp_path, _recalled(r"h_\theta(x) = \theta_0 + \theta_1 x_1", _GRADIENT))  # no ellipsis
    assert result.exit_code == 2 and "defined twice" in result.stderr, result.output


def test_an_unclosed_bracket_before_a_product_names_both_closings(tmp_path):
    r"""cold43's Japanese report (public code index file 42499498272), line 18 verbatim: ``\sum(y_i-(ax_i\log x_i +
    b\log x_i + c)(-\log x_i)`` loses a ')': after the inner bracket or at the end, two values — refused, both named."""
    line = r"\frac{\partial J}{\partial b} = \sum(y_i-(ax_i\log x_i + b\log x_i + c)(-\log x_i)"
    result = _steps(tmp_path, f"$$\n{line}\n$$\n", "--cost", "linear")
    assert result.exit_code == 2, result.output
    assert ("'(' is never closed, and where its ')' goes changes the value: after '(y_i-(ax_i\\log x_i + b\\log x_i "
            "+ c)' (column 40), before the '(' that follows it; or at the end of the formula") in " ".join(result.stderr.split())
    assert "line 2, column" in result.stderr
    # guard: an unclosed '(' with no product after it keeps the plain message
    result = _steps(tmp_path, "$$\n\\frac{\\partial J}{\\partial b} = \\sum(y_i - b\\log x_i\n$$\n", "--cost", "linear")
    assert result.exit_code == 2 and "'(' is never closed (column" in result.stderr, result.stderr


def test_the_report_stays_refused_at_its_lost_bracket():
    kind, detail = outcome_of(_COLD43, "ja_report_least_squares_x_log_x_fit_partials_missing_factor_two.md")
    assert kind == "refused" and "line 18" in detail and "changes the value" in detail, detail


def test_a_probability_of_a_label_is_refused_saying_what_it_is(tmp_path):
    r"""cold43's Chinese DMP chapter (public code index file 9814456492), line 16 verbatim: ``\sum y_i - \sum
    P(y_i=1)``: the '=' is the event's; refused, saying so, at the '='."""
    kind, detail = outcome_of(_COLD43, "zh_blog_dmp_logistic_loglik_three_partials_beta_age_income.md")
    assert kind == "refused" and "'P(y_i=1)' is the probability that the label is 1" in detail, detail
    line = r"\frac{\partial \ell}{\partial \beta_0} = \sum_{i=1}^{n} y_i - \sum_{i=1}^{n} P(y_i=1)"
    result = _steps(tmp_path, f"$$\n{line}\n$$\n", "--cost", "logistic")
    assert result.exit_code == 2
    assert f"(in FILE, line 2, column {line.index('=1)') + 1})" in result.stderr  # at the event's '='
    assert "hint: write the model's prediction in its place" in result.stderr
    # guard: a bracket holding another '=' (not one label's event) keeps the old message
    result = _steps(tmp_path, "$$\n\\frac{\\partial J}{\\partial w} = (a = b)\n$$\n", "--cost", "logistic")
    assert result.exit_code == 2 and "unexpected '='" in result.stderr and "probability" not in result.stderr

"""fixcold29a (issue 10): the first half of the blind set cold29's refusals, each read by a general rule, and what the
rules must leave refused.

What each real page means was worked by hand (tests/derivations_cold29/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy:

* the linear cost (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∂/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and its square expanded,
  (1/2m)Σ(h² − 2hy + y²), is the same cost;
* the logistic cost −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] has ∂/∂θⱼ = (1/m)Σ(σ − y)xⱼ, and (1/m)Σ(σ − y) (xⱼ dropped)
  is not it.

The rules: δ over δ (\\frac{\\delta}{\\delta\\theta_j}, \\frac{\\delta}{\\delta_{\\theta_j}}) is the derivative ∂/∂ on a page
where δ stands nowhere else (and in a formula where it does); a display opening with '=' after a definition set
between goes on with the derivation before the definition, when it takes a derivative and the definition does not; a
model h_θ(x) = θ₀x₀^i + … + θₙxₙ^i is the model at example i, each ^i dropped; an update rule written out with the
gradient (θⱼ := θⱼ − α∂J/∂θⱼ = …) beside displays that each restate the derivative is set aside as it is beside a
chain. Each is noted, in every output format; what falls outside each rule is read (or refused) as before.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, half_mean_square

import logderiv

_COLD29 = Path(__file__).parent / "derivations_cold29"

#: every real page of cold29 (and its planted copy) a rule of this stop reads, each with its row in expected.txt
_READ = ["en_draft_linear_theta_j_expand_square_delta_unfinished.md",
         "zh_notes_logistic_delta_theta_j_six_rows_cost_cases.md",
         "zh_notes_logistic_delta_theta_j_six_rows_cost_cases_planted_sigma_prime.md"]

_DELTA_NOTE = "is read as ∂/∂ throughout the page"
_RESUMED_NOTE = "it goes on with the derivation before it"
_BARE_MARK_NOTE = "x^i for x^{(i)} as the derivation writes it"
_CASES_NOTE = "by cases on the label (y = 1, y = 0), the cases of the cross-entropy: not read"
_THROUGH_NOTE = "that side is not read, the cost is the one the chain writes out after it"
_SCALED_NOTE = "as −(1/m) times it: where the cost"

_RNG = numpy.random.default_rng(29)
_X = numpy.column_stack([numpy.ones(7), _RNG.normal(size=(7, 2))])
_Y = _RNG.normal(size=7)
_LABELS = (_RNG.random(7) < 0.5).astype(float)
_THETA = numpy.array([0.2, -0.5, 0.7])


_linear = functools.partial(half_mean_square, _X, _Y)
_logistic = functools.partial(cross_entropy, _X, _LABELS)


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    gradient = _X.T @ (_X @ _THETA - _Y) / m
    assert numpy.allclose(central_differences(_linear, _THETA), gradient, atol=1e-6)
    h = _X @ _THETA
    assert numpy.isclose(numpy.sum(h ** 2 - 2 * h * _Y + _Y ** 2) / (2 * m), _linear(_THETA))
    p = 1 / (1 + numpy.exp(-(_X @ _THETA)))
    assert numpy.allclose(central_differences(_logistic, _THETA), _X.T @ (p - _LABELS) / m, atol=1e-6)
    assert not numpy.allclose(central_differences(_logistic, _THETA), numpy.full(3, numpy.mean(p - _LABELS)), atol=1e-3)


@pytest.mark.parametrize("file", _READ)
def test_each_page_is_judged_as_by_hand(file):
    kind, detail = outcome_of(_COLD29, file)
    assert kind == "right", detail


@pytest.mark.parametrize("file, said", [
    ("en_draft_linear_theta_j_expand_square_delta_unfinished.md", "throughout the page"),
    ("en_draft_linear_theta_j_expand_square_delta_unfinished.md", _RESUMED_NOTE),
    ("en_draft_linear_theta_j_expand_square_delta_unfinished.md", "which holds at every example: read as a function of x")])
def test_each_reading_is_noted_in_every_format(tmp_path, file, said):
    text = (_COLD29 / file).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, text, "-f", form, "--cost", "linear", "--timeout", "60")
        assert result.exit_code == 1, (form, result.output)  # unfinished
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert said in notes, form


# --- δ over δ, the derivative ---------------------------------------------------------------------------------

_DELTA_PAGE = ("$$\n\\frac{\\delta}{\\delta\\theta_j}J(\\theta) = \\frac{\\delta}{\\delta\\theta_j}\\frac{1}{2m}"
               "\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})^2\n$$\n\n"
               "$$\n= \\frac{1}{m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}\n$$\n")


def test_delta_over_delta_on_every_side_is_the_derivative(tmp_path):
    # the last side is the gradient (checked above by differences): right with δ read as ∂ on the first side too; read
    # as a name, δ/(δθⱼ) times the cost was 1/θⱼ times it, and the page was wrong at its first line
    code, ending, wrong, review = review_of_page(tmp_path, _DELTA_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_DELTA_NOTE in note for note in review["notes"])
    # the subscript form, \frac{\delta}{\delta_{\theta_j}}, is the same derivative
    code, ending, wrong, _ = review_of_page(tmp_path, _DELTA_PAGE.replace("\\delta\\theta_j", "\\delta_{\\theta_j}"))
    assert (code, ending, wrong) == (0, "gradient", [])
    # xⱼ dropped (not the gradient, above): wrong at that line
    code, ending, wrong, _ = review_of_page(tmp_path, _DELTA_PAGE.replace(")x_j^{(i)}", ")"))
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_a_delta_standing_elsewhere_leaves_the_page_as_written(tmp_path):
    # δ as a quantity of its own (an error term) beside δ/δθⱼ: it may be one, so no δ of the page is read as ∂
    page = _DELTA_PAGE + "\n$$\n\\delta^{(i)} = \\theta^Tx^{(i)} - y^{(i)}\n$$\n"
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert _DELTA_NOTE not in result.stdout + result.stderr


def test_a_formula_reads_delta_over_delta_as_the_derivative():
    # check's reader: δ/δθⱼ inside the sum, after the cost's 1/2m (not a left side's), is the same derivative as ∂/∂θⱼ
    # there (was δ/(δθⱼ), 1/θⱼ times the term): the answer equals the gradient, with a derivative still to take
    answer = r"\frac{1}{2m}\sum_{i=1}^{m}\frac{\delta}{\delta\theta_j}(\theta^Tx^{(i)} - y^{(i)})^2"
    verdict = logderiv.check(answer, cost="linear", wrt="theta_j", timeout=60)
    assert "equals the gradient but still contains an unevaluated derivative" in verdict.reason
    assert any("is read as ∂/∂, the derivative" in note for note in verdict.notes)
    # δ beside a δ of its own (an error term): left as written, never read as ∂
    with pytest.raises(logderiv.InputError) as refused:
        logderiv.check(answer + r" + \delta", cost="linear", wrt="theta_j", timeout=60)
    assert "'delta' is not in the cost" in str(refused.value)


# --- '=' after a definition set between -----------------------------------------------------------------------

def test_an_equals_after_a_definition_goes_on_with_the_derivation(tmp_path):
    page = ("$$\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{\\partial}{\\partial\\theta_j}\\frac{1}{2m}"
            "\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})^2$$\n\nsince:\n\n$$h_\\theta(x) = \\theta^Tx$$\n\n"
            "we put it in:\n\n$$= \\frac{1}{2m}\\sum_{i=1}^{m}\\frac{\\partial}{\\partial\\theta_j}(\\theta^Tx^{(i)} - "
            "y^{(i)})^2 = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_RESUMED_NOTE in note for note in review["notes"])
    # xⱼ dropped from the last side (not the gradient, above): wrong at that line, not at the definition's
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(")x_j^{(i)}$$", ")$$"))
    assert (code, ending, wrong) == (1, "wrong", [9])


def test_an_equals_after_a_definition_without_a_derivative_rewrites_the_definition(tmp_path):
    # h_θ(x) = θᵀx, then = Σⱼ θⱼxⱼ: no derivative in it, a rewrite of the definition, as before (not the derivation's)
    page = ("$\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - "
            "y^{(i)})x_j^{(i)}$\n\nwhere\n\n$h_\\theta(x) = \\theta^Tx$\n\n$= \\sum_{k} \\theta_k x_k$\n")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert _RESUMED_NOTE not in result.stdout + result.stderr


# --- a model's features marked ^i -----------------------------------------------------------------------------

def test_features_marked_with_a_bare_i_are_the_example_s(tmp_path):
    page = ("$\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^i) - y^i)x_j^i$"
            "\n\nwhere\n\n$h_\\theta(x) = \\theta_0x_0^i + \\theta_1x_1^i+...+\\theta_nx_n^i$\n")
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    review = json.loads(result.stdout)
    assert (result.exit_code, review["ending"]) == (0, "gradient")
    assert any(_BARE_MARK_NOTE in note for note in review["notes"])
    # x_j dropped from the last side: not the gradient (above), wrong at line 1
    result = _steps(tmp_path, page.replace(")x_j^i$", ")$"), "-f", "json", "--cost", "linear", "--timeout", "60")
    assert (result.exit_code, json.loads(result.stdout)["ending"]) == (1, "wrong")


def test_a_bare_i_on_some_features_only_stays_refused(tmp_path):
    # x₀^i beside an unmarked x₁: powers or the example's features, not said — read as before (refused)
    page = ("$\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^i) - y^i)x_j^i$"
            "\n\nwhere\n\n$h_\\theta(x) = \\theta_0x_0^i + \\theta_1x_1$\n")
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2 and "to the power i" in result.stderr


# --- one example's cost by cases, and the log-likelihood the cost restates --------------------------------------

_GRADIENT_ROWS = ("\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}(\\sigma(\\theta^Tx^{(i)})"
                  " - y^{(i)})x_j^{(i)}")
_CASES = ("$$\nCost(h_\\theta(x),y)=\\begin{cases}-\\log(h_\\theta(x))&if\\; y=1 \\\\-\\log(1-h_\\theta(x))&if\\; y=0"
          "\\end{cases}\n$$\n\n")
_COST_CHAIN = ("$$\n\\begin{align}\nJ(\\theta)=&\\frac{1}{m}\\sum_{i=1}^{m}Cost(h_\\theta(x^{(i)}),y^{(i)})\\\\\n"
               "=&-\\frac{1}{m}\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))+(1-y^{(i)})\\log(1-h_\\theta(x^{(i)})))\n"
               "\\end{align}\n$$\n\n")
_LOG_LIKELIHOOD = ("$$\n\\begin{align}\nl(\\theta)=&\\log L(\\theta)\\\\\n=&\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))"
                   "+(1-y^{(i)})\\log(1-h_\\theta(x^{(i)})))\n\\end{align}\n$$\n\n$$\nJ(\\theta)=-\\frac{1}{m}l(\\theta)\n$$\n\n")


def _judged(tmp_path, page):
    result = _steps(tmp_path, page, "-f", "json", "--cost", "logistic", "--timeout", "60")
    return result.exit_code, json.loads(result.stdout) if result.exit_code in (0, 1) else result.stderr


def test_a_cost_by_cases_and_the_side_through_it_are_set_aside(tmp_path):
    # the last side is the logistic gradient (checked above by differences): right; xⱼ dropped, wrong
    code, review = _judged(tmp_path, _CASES + _COST_CHAIN + f"$$\n{_GRADIENT_ROWS}\n$$\n")
    assert (code, review["ending"]) == (0, "gradient")
    assert any(_CASES_NOTE in note for note in review["notes"])
    assert any(_THROUGH_NOTE in note for note in review["notes"])
    code, review = _judged(tmp_path, _CASES + _COST_CHAIN + f"$$\n{_GRADIENT_ROWS.replace(')x_j^{(i)}', ')')}\n$$\n")
    assert (code, review["ending"]) == (1, "wrong")


def test_cases_on_no_label_stay_as_written(tmp_path):
    # cases on z (a ReLU's), no y = 1, y = 0: not a cost by cases on the label, never set aside (refused as before)
    page = _CASES.replace("y=1", "z>0").replace("y=0", "z<0") + _COST_CHAIN + f"$$\n{_GRADIENT_ROWS}\n$$\n"
    code, said = _judged(tmp_path, page)
    assert code == 2 and _CASES_NOTE not in said


def test_the_log_likelihood_the_cost_restates_is_set_aside(tmp_path):
    written = ("$$\nJ(\\theta)=-\\frac{1}{m}\\sum_{i=1}^{m}(y^{(i)}\\log(h_\\theta(x^{(i)}))+(1-y^{(i)})"
               "\\log(1-h_\\theta(x^{(i)})))\n$$\n\n")
    code, review = _judged(tmp_path, written + _LOG_LIKELIHOOD + f"$$\n{_GRADIENT_ROWS}\n$$\n")
    assert (code, review["ending"]) == (0, "gradient")
    assert any(_SCALED_NOTE in note for note in review["notes"])
    # with the cases page's chain (J = (1/m) Σ Cost = …) the same
    code, review = _judged(tmp_path, _CASES + _COST_CHAIN + _LOG_LIKELIHOOD + f"$$\n{_GRADIENT_ROWS}\n$$\n")
    assert (code, review["ending"]) == (0, "gradient")
    assert any(_SCALED_NOTE in note for note in review["notes"])


def test_the_log_likelihood_restated_with_no_cost_written_out_before_stays_refused(tmp_path):
    # J = −(1/m) l alone (the cost written out nowhere before l): two costs, which one is derived — refused as before
    code, said = _judged(tmp_path, _LOG_LIKELIHOOD + f"$$\n{_GRADIENT_ROWS}\n$$\n")
    assert code == 2 and _SCALED_NOTE not in said


# --- a dot after a derivative operator ------------------------------------------------------------------------

_DOTTED = r"\frac{\partial}{\partial \theta_j} \cdot \frac{1}{2m} \cdot \sum_{i=1}^m(\theta^Tx^{(i)} - y^{(i)})^2"


def test_a_dot_after_a_derivative_operator_applies_it():
    # ∂/∂θⱼ · (1/2m) · Σ(θᵀx − y)²: the operator applied to the cost (was refused: nothing to differentiate at '·');
    # the same verdict as without the dots, the gradient with a derivative still to take
    verdict = logderiv.check(_DOTTED, cost="linear", wrt="theta_j", timeout=60)
    plain = logderiv.check(_DOTTED.replace(r"\cdot", ""), cost="linear", wrt="theta_j", timeout=60)
    assert "equals the gradient but still contains an unevaluated derivative" in verdict.reason
    assert verdict.verdict == plain.verdict and verdict.reason == plain.reason
    assert any("after a derivative operator joins it to what it differentiates" in note for note in verdict.notes)
    # a dot with nothing after it stays refused
    with pytest.raises(logderiv.InputError):
        logderiv.check(r"\frac{\partial}{\partial \theta_j} \cdot", cost="linear", wrt="theta_j", timeout=60)


def test_a_derivation_through_the_cases_is_left_as_written(tmp_path):
    # ∂J/∂θⱼ = (1/m) Σ ∂/∂θⱼ Cost(…) = …: a derivation's side, never skipped (a slip in it would go unseen, or be
    # found at a later line): read as before, refused at the call's ','
    page = _CASES + _COST_CHAIN + ("$$\n\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}"
                                   "\\frac{\\partial}{\\partial\\theta_j}Cost(h_\\theta(x^{(i)}),y^{(i)}) = \\frac{1}{m}"
                                   "\\sum_{i=1}^{m}(\\sigma(\\theta^Tx^{(i)}) - y^{(i)})x_j^{(i)}\n$$\n")
    code, said = _judged(tmp_path, page)
    assert code == 2 and "unexpected ','" in said

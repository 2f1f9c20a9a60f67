"""fixderiv5 (issue 10): pages with several chains of '=' — which one is THE derivation, and what the others are.

A careful reader of such a page checks the chain that starts at the cost's derivative and ends at a gradient (or
each of them, one per parameter); a chain that defines the likelihood the cost is the log of, or an update rule
that puts the gradient to use, is context: named in a note as not checked, never a silent skip. Every page below
means something definite, worked by hand:

* the log-likelihood ℓ(θ) = Σᵢ [yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ)], hᵢ = σ(θᵀxᵢ), has ∂ℓ/∂θⱼ = Σᵢ (yᵢ − hᵢ) xᵢⱼ;
* J(θ) = (1/2m) Σᵢ (θᵀxᵢ − yᵢ)² has ∂J/∂θⱼ = (1/m) Σᵢ (θᵀxᵢ − yᵢ) xᵢⱼ;
* J(w, b) = (1/2m) Σᵢ (w xᵢ + b − yᵢ)² has ∂J/∂w = (1/m) Σᵢ (w xᵢ + b − yᵢ) xᵢ and ∂J/∂b = (1/m) Σᵢ (w xᵢ + b − yᵢ);

each checked below against central finite differences with NumPy, never against logderiv.
"""

from __future__ import annotations

import json

from pathlib import Path

import numpy
import pytest
from _derivations_table import display as _display
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_HERE = Path(__file__).parent


def test_the_hand_worked_gradients_by_finite_differences():
    generator = numpy.random.default_rng(10)
    m, n = 5, 3
    X, y = generator.normal(size=(m, n)), generator.uniform(0.1, 0.9, size=m)
    theta = generator.normal(size=n)

    def log_likelihood(v):
        h = 1 / (1 + numpy.exp(-(X @ v)))
        return numpy.sum(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    def squared_error(v):
        return numpy.sum((X @ v - y) ** 2) / (2 * m)

    h = 1 / (1 + numpy.exp(-(X @ theta)))
    assert numpy.allclose(central_differences(log_likelihood, theta), X.T @ (y - h), atol=1e-6)
    assert numpy.allclose(central_differences(squared_error, theta), X.T @ (X @ theta - y) / m, atol=1e-6)
    x = X[:, 0]

    def of_w_and_b(v):
        return numpy.sum((v[0] * x + v[1] - y) ** 2) / (2 * m)

    w, b = generator.normal(size=2)
    residual = w * x + b - y
    assert numpy.allclose(central_differences(of_w_and_b, numpy.array([w, b])),
                          [numpy.sum(residual * x) / m, numpy.sum(residual) / m], atol=1e-6)


# -- 1. the likelihood's chain beside the log-likelihood's (CS229) ------------------------------------------------

_LIKELIHOOD = _display(r"\begin{aligned}L(\theta) &= p(\vec{y} \mid X; \theta) \\"
                       r" &= \prod_{i=1}^m p(y^{(i)} \mid x^{(i)}; \theta) \\"
                       r" &= \prod_{i=1}^m h_\theta(x^{(i)})^{y^{(i)}} (1 - h_\theta(x^{(i)}))^{1 - y^{(i)}}\end{aligned}")
_LOG_LIKELIHOOD = _display(r"\begin{aligned}\ell(\theta) &= \log L(\theta) \\ &= \sum_{i=1}^m y^{(i)} \log "
                           r"h_\theta(x^{(i)}) + (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)}))\end{aligned}")
_RATIO = (r"\left(\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1 - y^{(i)}}{1 - h_\theta(x^{(i)})}\right) "
          r"h_\theta(x^{(i)})(1 - h_\theta(x^{(i)})) x_j^{(i)}")


def _log_likelihood_derivation(last: str) -> str:
    return _display(rf"\begin{{aligned}}\frac{{\partial \ell(\theta)}}{{\partial \theta_j}} &= \sum_{{i=1}}^m {_RATIO}"
                    rf" \\ &= {last}\end{{aligned}}")


def test_the_likelihoods_chain_is_set_aside_with_a_note_and_the_derivation_is_checked(tmp_path):
    # three chains: L(θ) = p(y|X;θ) = ∏ …, ℓ(θ) = log L(θ) = Σ …, ∂ℓ/∂θⱼ = … — refused before as three derivations
    page = _LIKELIHOOD + "\n" + _LOG_LIKELIHOOD + "\n" + _log_likelihood_derivation(
        r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    # the note as docs/cli.md quotes it
    assert any(note.startswith("line 2 defines the likelihood L, whose log line 6 takes to define the cost: where the "
                               "cost comes from, not a step of its derivative: not checked (") for note in review["notes"])
    # the log-likelihood's chain is the cost's, read first; the derivation's lines are checked from ∂ℓ/∂θⱼ on
    assert {step["line"] for step in review["steps"]} == {10}


def test_a_wrong_step_after_the_likelihoods_chain_is_still_found(tmp_path):
    # the sign of the last line flipped (h − y for y − h): the likelihood set aside hides nothing of the derivation
    page = _LIKELIHOOD + "\n" + _LOG_LIKELIHOOD + "\n" + _log_likelihood_derivation(
        r"\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_a_chain_of_l_with_no_log_likelihood_chain_is_not_set_aside(tmp_path):
    # L(θ) = … = … is the cost's own chain when nothing takes its log: it is never noted as a likelihood
    page = (_display(r"L(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 = \frac{1}{2m}\sum_{i=1}^m "
                     r"(y^{(i)} - \theta^T x^{(i)})^2")
            + "\n" + _display(r"\frac{\partial L}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - "
                              r"y^{(i)}) x_j^{(i)}"))
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert "the likelihood L" not in result.stdout + result.stderr
    assert result.exit_code == 0, result.output


# -- 2. an update rule written out with the gradient, beside the derivation -----------------------------------------

_COST = _display(r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 = \frac{1}{2m}\sum_{i=1}^m "
                 r"(\theta^T x^{(i)} - y^{(i)})^2")
_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"


def _squared_error_derivation(last: str) -> str:
    return _display(rf"\frac{{\partial J}}{{\partial \theta_j}} = \frac{{1}}{{2m}}\sum_{{i=1}}^m 2(\theta^T x^{{(i)}}"
                    rf" - y^{{(i)}}) x_j^{{(i)}} = {last}")


def _update(written: str) -> str:
    return _display(rf"\theta_j {written} \theta_j - \alpha \frac{{\partial J}}{{\partial \theta_j}} = \theta_j - "
                    r"\frac{\alpha}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}")


@pytest.mark.parametrize("written", [":=", r"\leftarrow"])
def test_an_update_chain_beside_the_derivation_is_noted_not_checked(tmp_path, written):
    page = _COST + "\n" + _squared_error_derivation(_GRADIENT) + "\n" + _update(written)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    # the note as docs/cli.md quotes it; since fixupd32 the rule's sides after its own (θⱼ − α ∂J/∂θⱼ = θⱼ − (α/m)Σ…,
    # true) are checked against each other, as the update rule's sides, the rule itself no step
    assert any(note.startswith("line 10 is an update rule (:=, ←) written out with the gradient, which puts the "
                               "derivation's result to use: not a step of it, the rule itself a definition; its sides "
                               "after the rule's own are checked against each other where they read, as the update "
                               "rule's sides (") for note in review["notes"])
    assert all(step["line"] == 6 for step in review["steps"])


def test_a_wrong_derivation_beside_an_update_chain_is_still_wrong(tmp_path):
    # the ½'s 2 kept in the last line: (2/m) Σ …, twice the gradient — the update beside it does not change that
    page = _COST + "\n" + _squared_error_derivation(_GRADIENT.replace(r"\frac{1}{m}", r"\frac{2}{m}")) + "\n" + _update(":=")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_an_update_chain_alone_is_not_set_aside(tmp_path):
    # with no other chain deriving the cost, the update's chain may be the derivation: the page is read as before
    page = _update(":=")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "is an update rule (:=, ←) written out" not in result.stdout + result.stderr


# -- 3. the cost's chain, then a derivation per parameter ---------------------------------------------------------

_COST_WB = _display(r"J(w, b) = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2 = \frac{1}{2m}\sum_{i=1}^m (y_i - w x_i - b)^2")


def _by_w(last: str) -> str:
    return _display(rf"\frac{{\partial J}}{{\partial w}} = \frac{{1}}{{m}}\sum_{{i=1}}^m (w x_i + b - y_i) x_i = {last}")


def _by_b(last: str) -> str:
    return _display(rf"\frac{{\partial J}}{{\partial b}} = \frac{{1}}{{m}}\sum_{{i=1}}^m (w x_i + b - y_i) = {last}")


def test_the_costs_chain_then_two_derivations_each_is_checked(tmp_path):
    page = (_COST_WB + "\n" + _by_w(r"\frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)")
            + "\n" + _by_b(r"\frac{1}{m}\sum_{i=1}^m (w x_i - y_i) + b"))
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert {step["line"] for step in review["steps"]} == {6, 10}
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])


def test_the_costs_chain_then_two_derivations_the_second_wrong(tmp_path):
    # ∂J/∂b's last line drops the 1/m of the y's: (1/m) Σ w xᵢ + b − Σ yᵢ — the first derivation right, the second not
    page = (_COST_WB + "\n" + _by_w(r"\frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)")
            + "\n" + _by_b(r"\frac{1}{m}\sum_{i=1}^m w x_i + b - \sum_{i=1}^m y_i"))
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_the_costs_chain_then_two_derivations_of_one_derivative_that_disagree(tmp_path):
    # ∂J/∂w twice, the second route ending at twice the gradient: both are checked, the second is wrong
    page = (_COST_WB + "\n" + _by_w(r"\frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)")
            + "\n" + _by_w(r"\frac{2}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)"))
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_the_costs_chain_then_a_wrong_lemma_chain_and_the_derivation_finds_the_lemmas_slip(tmp_path):
    # a lemma chain (∂/∂w of one residual's square, its last side dropping the 2) beside the cost's chain and a right
    # ∂J/∂w: the lemma is checked, never skipped, and its wrong line is the page's first
    lemma = _display(r"\frac{\partial}{\partial w}(w x_i + b - y_i)^2 = 2(w x_i + b - y_i) \cdot x_i = (w x_i + b - y_i) x_i")
    page = _COST_WB + "\n" + lemma + "\n" + _by_w(r"\frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)")
    code, ending, wrong, review = _review(tmp_path, page)
    # exit 1 for the lemma's slip; the derivation's own lines hold and end at the gradient
    assert (code, ending, wrong) == (1, "gradient", [])
    assert [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False] == [6]


_RIDGE = (r"\frac{\partial}{\partial w}\left[\frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2 + \frac{\lambda}{2} w^2\right] = "
          r"\frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i) x_i + \lambda w")


@pytest.mark.parametrize("letter, said", [("E", "a derivative of another expression than the cost"),
                                          ("J", "the derivative of another cost")])
def test_a_second_chain_deriving_another_cost_is_refused(tmp_path, letter, said):
    # after J(w, b)'s chain and a right ∂J/∂w, a chain that differentiates the ridge cost (a penalty J never had): the
    # gradient of another cost, which the page never defines — checked against J it would be judged wrong, skipped
    # its steps would go unchecked; refused, saying which line and why
    page = (_COST_WB + "\n" + _by_w(r"\frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)")
            + "\n" + _display(rf"\frac{{\partial {letter}}}{{\partial w}} = {_RIDGE}"))
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert said in result.stderr and "line 10" in result.stderr and "^" in result.stderr


# -- 4. the cost named \mathcal{L} in a derivation in matrix form -------------------------------------------------

def test_the_ridge_gradient_in_matrix_form_by_finite_differences():
    generator = numpy.random.default_rng(4)
    X, y, w, penalty = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.7

    def ridge(v):
        return numpy.sum((y - X @ v) ** 2) + penalty * numpy.sum(v ** 2)

    assert numpy.allclose(central_differences(ridge, w), -2 * X.T @ (y - X @ w) + 2 * penalty * w, atol=1e-5)


@pytest.mark.parametrize("last, expected", [
    (r"-2X^T(y - Xw) + 2\lambda w", (0, "gradient", [])),
    (r"-2X^T(y - Xw) + \lambda w", (1, "wrong", [6])),   # the penalty's 2 dropped
])
def test_a_cost_named_mathcal_l_is_read_in_matrix_form(tmp_path, last, expected):
    # 'L' was not read in a matrix answer when the cost's name was \mathcal{L}(w), as a ridge note writes it
    page = _display(r"\mathcal{L}(w) = \|y - Xw\|^2 + \lambda \|w\|^2") + "\n" + _display(rf"\nabla_w \mathcal{{L}} = {last}")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == expected


def test_the_half_ridge_gradient_in_matrix_form_by_finite_differences():
    generator = numpy.random.default_rng(9)
    X, y, theta, penalty = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.4

    def half_ridge(v):
        return 0.5 * (X @ v - y) @ (X @ v - y) + 0.5 * penalty * v @ v

    assert numpy.allclose(central_differences(half_ridge, theta), X.T @ X @ theta - X.T @ y + penalty * theta, atol=1e-5)


def test_a_part_of_the_cost_named_l_beside_the_cost_j_is_refused_not_read_as_the_cost(tmp_path):
    # L(θ) = ½(Xθ − y)ᵀ(Xθ − y) in the prose, J(θ) = L's formula + ½λθᵀθ, then ∇J = ∇L(θ) + λθ = XᵀXθ − Xᵀy + λθ:
    # every step right by hand (above). ∇L(θ) was read as ∇J, and the right line 10 judged wrong; then which quantity
    # L names was asked, at that line; since matrix22 the prose's definition of L is read (noted), and every step holds.
    # Without it, L is still asked about.
    page = (r"Let $L(\theta) = \frac{1}{2} (X \theta - y)^\top (X \theta - y)$ be the least squares objective." "\n\n"
            + _display(r"J(\theta) = \frac{1}{2} (X \theta - y)^\top (X \theta - y) + \frac{1}{2} \lambda \theta^\top \theta")
            + "\n" + _display("\\begin{align*}\n\\nabla_\\theta J(\\theta)\n"
                               "& = \\nabla_\\theta L(\\theta) + \\lambda \\theta \\\\\n"
                               "& = X^\\top X \\theta - X^\\top y + \\lambda \\theta\n\\end{align*}"))
    result = _steps(tmp_path, page, "-f", "json")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and all(step["valid"] for step in review["steps"])
    assert any("L(\\theta) in a line is its value" in note for note in review["notes"])
    result = _steps(tmp_path, page.split("\n\n", 1)[1])
    assert result.exit_code == 2, result.output
    assert "names the cost L" in result.stderr and "^" in result.stderr


# -- the real files of the sets --------------------------------------------------------------------------------------

def _outcome(folder: str, file: str) -> tuple[str, str]:
    row = next(row for row in read_table(_HERE / folder) if row.file == file)
    return outcome(_HERE / folder, row)


def test_the_ridge_note_in_matrix_form_with_mathcal_l_is_read_right():
    # nemotron_ridge_dual_form_gradient.md: 𝓛(w) = ‖y − Xw‖² + λ‖w‖², ∇_w 𝓛 = −2X′(y − Xw) + 2λw — by hand (its
    # expected.txt) the gradient, no wrong step
    assert _outcome("derivations_cold12", "nemotron_ridge_dual_form_gradient.md") == ("right", "")


def test_cs229s_page_is_read_as_its_hand_worked_truth():
    # cn_cs229's page (expected.txt: wrong at line 6, the lemma g′): its likelihood's chain is set aside, and its
    # derivation's first side, a bare ∂/∂θⱼ, is read as the derivative of the page's one cost ℓ (pages22, noted)
    assert _outcome("derivations_cold3", "cn_cs229_logistic_gprime_extra_g.md") == ("right", "")


def test_a_refusal_of_several_chains_says_what_each_was_read_as(tmp_path):
    # the readings the refusal lists, so that which chain to leave, mark or name is plain: cn_cs229's page, with the
    # operator's variable made no parameter (∂/∂u names neither a function nor a parameter), beside g′'s lemma and ℓ's
    # own chain
    page = (_HERE / "derivations_cold3" / "cn_cs229_logistic_gprime_extra_g.md").read_text(encoding="utf-8")
    page = page.replace("\\begin{align} \\frac{\\partial}{\\partial \\theta_j}", "\\begin{align} \\frac{\\partial}{\\partial u}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert ("which one is checked? As read: line 3 opens with g'(z) (a derivative not written as the cost's by a "
            "parameter); line 37 opens with \\ell(\\theta) (the cost's definition, rewritten); line 44 opens with "
            "\\frac{\\partial}{\\partial u} (a derivative by u, no parameter of the model") in result.stderr

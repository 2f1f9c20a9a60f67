r"""Small families left by this stop (issue 10), each read by a general rule, noted, with its refusals.

* A gloss after a LaTeX cost (AI-Notes' ``\quad|| \quad \lambda = \text{Regularization parameter}``) says in
  words what a symbol is: set aside, noted. It was refused ("'||' is never closed"). A gloss of a letter logderiv
  reads in a fixed way (m, x, h) or whose words are a value or a qualifier is refused, and an answer whose bare
  x⁽ⁱ⁾ is the feature vector beside the component w_j (a vector plus a number) is refused naming both readings.
* ``steps`` reads a derivation typed with full-width characters as ``derive`` and ``check`` do (it was refused
  "unexpected character '（'").
* Plain ``sum_n … t_n`` is read as ``\sum_{n} … t_n`` is, by the LaTeX reader, with its notes (it was refused
  "unknown index 'n'").

Why: each refusal was of text whose meaning is plain; the rules are general, so near-variants that mean something
else stay refused. Truth is worked by hand and held to finite differences of NumPy costs (``_numeric``) or to the
corpus judge on an intended cost (``_reading``), never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

# public code index file 35097553829 ('# AI-Notes', '## Regularization'); the let's ')' is missing in the source
AI_F = r"f_{\vec{w}, b}(\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b"
AI_BODY = (r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}(\vec{x}^{(i)}) - y^{(i)} \right)^2 + "
           r"\frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2")
AI_GLOSS = r" \quad|| \quad  \lambda = \text{Regularization parameter}"
AI_DW = (r"\frac{\partial J(\vec{w}, b)}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
         r"(\vec{x}^{(i)}) - y^{(i)} \right)x_j^{(i)} + \frac{\lambda}{m} w_j ")

RNG = np.random.default_rng(2828)
XS, YS = RNG.normal(size=(6, 3)), RNG.normal(size=6)


def _ridge_w_b(d) -> float:
    """1/(2m) Σ (w·xᵢ + b − yᵢ)² + λ/(2m) Σ w_j², b unpenalised, by hand."""
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * len(d.y)) + d.lam * float(d.w @ d.w) / (2 * len(d.y))


def test_the_hand_gradient_agrees_with_finite_differences():
    """By hand: ∂/∂w of 1/(2m)‖Xw + b − y‖² + λ/(2m)‖w‖² is (1/m)Xᵀ(Xw + b − y) + (λ/m)w; λw (m times) is not."""
    at, b, lam, m = RNG.normal(size=3), 0.4, 0.7, len(YS)

    def cost(v):
        r = XS @ v + b - YS
        return float(r @ r) / (2 * m) + lam * float(v @ v) / (2 * m)

    by_hand = XS.T @ (XS @ at + b - YS) / m + lam * at / m
    assert np.allclose(central_differences(cost, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(cost, at), by_hand - lam * at / m + lam * at, atol=1e-6)


# ------------------------------------------------------------------ a trailing gloss


@pytest.mark.parametrize("gloss", [
    AI_GLOSS,  # AI-Notes, as written
    r" \quad \lambda = \text{Regularization parameter}",
    r" \quad | \quad \lambda = \text{the regularisation strength}",
    r", \text{where } \lambda \text{ is the regularisation strength}",
    r"; \lambda: \text{the penalty's weight}.",
    r" \qquad \alpha = \text{learning rate}",  # a letter the cost does not write: still words alone
])
def test_a_trailing_gloss_in_words_is_set_aside(gloss):
    assert_gradient_read(AI_BODY + gloss, _ridge_w_b, wrt=("w_j", "b"), lets=(AI_F,))


@pytest.mark.parametrize(("answer", "verdict"), [
    (AI_DW, "equivalent"),
    (AI_DW.replace(r"\frac{\lambda}{m} w_j", r"\lambda w_j"), "different"),  # m times too large (above)
])
def test_answers_to_the_glossed_cost_are_judged(answer, verdict):
    assert_verdict_read(answer, AI_BODY + AI_GLOSS, verdict, wrt="w_j", lets=(AI_F,))


def test_the_gloss_is_noted_in_every_format():
    said = "says in words what λ is"
    assert any(said in note for note in notes_of(logderiv.derive(AI_BODY + AI_GLOSS, wrt="b", let=(AI_F,))))
    args = ["derive", AI_BODY + AI_GLOSS, "--wrt", "b", "--let", AI_F]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and f"note: '\\quad|| \\quad \\lambda = \\text{{Regularization parameter}}' after the " \
        f"formula {said}" in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])
    assert "set aside" in CliRunner().invoke(main, [*args, "-f", "latex"]).output


@pytest.mark.parametrize(("gloss", "said"), [
    # m is read as the number of examples: the words say otherwise, and set aside they would be ignored
    (r" \quad m = \text{number of features}", "m has a meaning of its own"),
    (r", \text{where } x \text{ is the input}", "x has a meaning of its own"),
    # words that are a value, or that change what the formula is
    (r" \quad \lambda = \text{0 here}", "a value or a qualifier"),
    (r" \quad \lambda = \text{ignoring the bias}", "a value or a qualifier"),
])
def test_a_gloss_words_could_change_is_refused(gloss, said):
    error = refused_by_logderiv(lambda: logderiv.derive(AI_BODY + gloss, wrt="b", let=(AI_F,)))
    assert said in str(error) and error.column is not None


@pytest.mark.parametrize("gloss", [
    r" \quad \lambda = 0.1",  # maths on the right: no gloss (a chain J = … = 0.1, refused as before)
    r" \lambda = \text{Regularization parameter}",  # no separator: the λ could be a factor
])
def test_what_is_no_gloss_is_not_set_aside(gloss):
    refused_by_logderiv(lambda: logderiv.derive(AI_BODY + gloss, wrt="b", let=(AI_F,)))


def test_a_let_defined_name_glossed_is_refused():
    """f has a --let: words saying what f is could contradict it."""
    error = refused_by_logderiv(lambda: logderiv.derive(
        AI_BODY + r" \quad f = \text{the model}", wrt="b", let=(AI_F,)))
    assert "meaning of its own" in str(error)


def test_a_bare_example_vector_beside_a_component_is_refused():
    """AI-Notes' last line: (1/m)Σ(f − y)x⁽ⁱ⁾ + (λ/m)w_j with x⁽ⁱ⁾ the feature vector is a vector plus a number:
    x_j⁽ⁱ⁾ meant, or ∇J with w for w_j? Neither is picked (the corpus holds it refused)."""
    answer = AI_DW.replace("x_j^{(i)}", "x^{(i)}")
    error = refused_by_logderiv(lambda: logderiv.check(answer, cost=AI_BODY + AI_GLOSS, wrt="w_j", let=(AI_F,)))
    assert "a vector plus a number" in str(error) and "x_j^{(i)}" in str(error.hint)


# ------------------------------------------------------------------ steps in full-width characters

_FULL_WIDTH_PAGE = "d/dtheta_j （1/m） sum（（h - y）^2）\n= （2/m） sum（（h - y） x_j）\n"


def test_steps_reads_full_width_characters_as_derive_does():
    """By hand ∂/∂θⱼ (1/m)Σ(θᵀx − y)² = (2/m)Σ(θᵀx − y)xⱼ: finite differences agree, and so does steps."""
    at, m = RNG.normal(size=3), len(YS)
    by_hand = 2 * XS.T @ (XS @ at - YS) / m
    assert np.allclose(central_differences(lambda v: float((XS @ v - YS) @ (XS @ v - YS)) / m, at), by_hand, atol=1e-6)
    review = logderiv.steps(_FULL_WIDTH_PAGE, let=("h = theta^T x",), timeout=120)
    assert review.ending == "gradient" and review.first_error is None
    assert any("full-width characters" in note for note in review.notes)
    wrong = logderiv.steps(_FULL_WIDTH_PAGE.replace("（2/m）", "（1/m）"), let=("h = theta^T x",), timeout=120)
    assert wrong.ending != "gradient" or wrong.first_error is not None


def test_steps_full_width_note_in_text_and_json():
    args = ["steps", "-", "--let", "h = theta^T x", "--timeout", "120"]
    text = CliRunner().invoke(main, [*args, "-f", "text"], input=_FULL_WIDTH_PAGE)
    assert "note: full-width characters" in text.output
    said = json.loads(CliRunner().invoke(main, [*args, "-f", "json"], input=_FULL_WIDTH_PAGE).output)
    assert any("full-width characters" in note for note in said["notes"])


def test_a_full_width_error_is_shown_as_written():
    error = refused_by_logderiv(lambda: logderiv.steps(_FULL_WIDTH_PAGE + "= （2/m） sum（h - y）)\n",
                                                       let=("h = theta^T x",), timeout=120))
    assert "（" in str(error.source)


# ------------------------------------------------------------------ plain sum_n


def _squares(d) -> float:
    """Σ (w·xₙ − tₙ)², t the target (Data.y), by hand."""
    r = d.X @ d.w - d.y
    return float(r @ r)


def _bishop_cross_entropy(d) -> float:
    """−Σ [tₙ log yₙ + (1 − tₙ) log(1 − yₙ)], yₙ = σ(w·xₙ) the prediction, tₙ the target (Data.y), by hand."""
    s = 1 / (1 + np.exp(-(d.X @ d.w)))
    return -float(np.sum(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


@pytest.mark.parametrize(("text", "intended"), [
    ("sum_n (w^T x_n - t_n)^2", _squares),
    ("Σ_n (t_n - w^T x_n)^2", _squares),
    ("-sum_n (t_n log(y_n) + (1 - t_n) log(1 - y_n))", _bishop_cross_entropy),
])
def test_a_plain_sum_over_n_reads_as_latex_does(text, intended):
    """The cross-entropy's y, undefined, is read as σ(wᵀx) (noted), as \\sum_n's is."""
    assert_gradient_read(text, intended, wrt=("w_j",))


def test_a_plain_sum_over_n_has_latex_notes():
    notes = notes_of(logderiv.derive("sum_n (w^T x_n - t_n)^2", wrt="w_j", timeout=120))
    latex_notes = notes_of(logderiv.derive(r"\sum_n (w^T x_n - t_n)^2", wrt="w_j", timeout=120))
    assert "the sum over n runs over the examples (its index marks the example): n is read as i" in notes
    assert set(latex_notes) <= set(notes)


@pytest.mark.parametrize("text", [
    "sum_n (y_n - theta^T x_n)^2",  # theta spelled out: plain, whose sums run over i, j, k, l only
    "sum_n (w^T x - y)^2",  # n marks nothing: examples or n copies?
])
def test_a_plain_sum_over_n_that_latex_cannot_range_is_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="w_j", timeout=120))


# ------------------------------------------------------------------ a claimed rule's characters in a review's LaTeX


def test_a_rule_claimed_in_cjk_is_named_by_code_point_in_the_review_latex():
    """The review's tag names the rule's characters as render/tex names a note's (U+94FE), not '?' (nothing)."""
    page = "d/dtheta_j (1/m) sum((h - y)^2)\n= (2/m) sum((h - y) x_j)   # 链式法则\n"
    out = CliRunner().invoke(main, ["steps", "-", "--let", "h = theta^T x", "--timeout", "120", "-f", "latex"],
                             input=page).output
    tag = next(line for line in out.splitlines() if "line 2" in line)
    assert "U+94FE" in tag and "U+5219" in tag and "?" not in tag


# ------------------------------------------------------------------ one letter for the model and its link

_F_COST = (r"J(\vec w, b) = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)}\log f(\vec x^{(i)}) + (1 - y^{(i)})"
           r"\log(1 - f(\vec x^{(i)}))\right]")
_LINK = r"f(z) = \frac{1}{1 + e^{-z}}"


def _cross_entropy_w_b(d) -> float:
    """−(1/m)Σ[yᵢ log σ(w·xᵢ + b) + (1 − yᵢ) log(1 − σ(w·xᵢ + b))], by hand."""
    s = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


def test_the_cross_entropy_gradient_by_hand_agrees_with_finite_differences():
    """By hand ∂/∂b of the mean cross-entropy of σ(w·x + b) is (1/m)Σ(σ − y)."""
    at, w = np.array([0.2]), RNG.normal(size=3)
    labels = (YS > 0).astype(float)

    def cost(v):
        s = 1 / (1 + np.exp(-(XS @ w + v[0])))
        return -float(np.mean(labels * np.log(s) + (1 - labels) * np.log(1 - s)))

    s = 1 / (1 + np.exp(-(XS @ w + at[0])))
    assert np.allclose(central_differences(cost, at), [np.mean(s - labels)], atol=1e-6)


@pytest.mark.parametrize("model", [
    r"f(\vec x) = \sigma(\vec w \cdot \vec x + b)",
    r"f(\vec x) = f(\vec w \cdot \vec x + b)",  # the model written through its link
])
def test_a_model_and_its_link_under_one_letter_agree(model):
    """f(x) = σ(w·x + b) and f(z) = σ(z): f of the example is the model (it read σ(x⁽ⁱ⁾), 'does not depend on b')."""
    assert_gradient_read(_F_COST, _cross_entropy_w_b, wrt=("w_j", "b"), lets=(model, _LINK))
    assert_gradient_read(_F_COST, _cross_entropy_w_b, wrt=("b",), lets=(_LINK, model))
    assert_verdict_read(r"\frac{1}{m}\sum_{i=1}^{m} (f(\vec x^{(i)}) - y^{(i)})", _F_COST, "equivalent", wrt="b",
                        lets=(model, _LINK))
    assert_verdict_read(r"\frac{1}{m}\sum_{i=1}^{m} (y^{(i)} - f(\vec x^{(i)}))", _F_COST, "different", wrt="b",
                        lets=(model, _LINK))


def test_the_two_lets_are_noted_and_neither_is_called_unused():
    model = r"f(\vec x) = \sigma(\vec w \cdot \vec x + b)"
    notes = notes_of(logderiv.derive(_F_COST, wrt="b", let=(model, _LINK), timeout=120))
    assert any("define f at the example's x and at a number, and agree" in note for note in notes)
    assert not any("defined but not used" in note for note in notes)
    out = CliRunner().invoke(main, ["derive", _F_COST, "--wrt", "b", "--let", model, "--let", _LINK, "-f", "text",
                                    "--timeout", "120"]).output
    assert "note: --let f(\\vec x)" in out


def test_a_model_and_a_function_that_disagree_under_one_letter_are_refused():
    """f(x) = w·x + b beside f(z) = σ(z): f(x⁽ⁱ⁾) is the linear model or σ of the features; neither is picked."""
    error = refused_by_logderiv(lambda: logderiv.derive(
        _F_COST, wrt="b", let=(r"f(\vec x) = \vec w \cdot \vec x + b", _LINK), timeout=120))
    assert "do not agree" in str(error) and "does not depend" not in str(error)

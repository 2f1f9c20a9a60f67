r"""fixf86p41 (issue 10): f86's plain-Unicode course page, CreditScore partials and ∇_b, read as their writers mean.

Three kinds of writing f86 refused, each read by the convention of ML notes, with a note:

* a display sum copied as plain text top down, the count first: ``mΣi=1 (…)`` is Σ_{i=1}^{m} (the count m set
  above the Σ, i=1 below; aai.education's page). Only a count letter (m, n, N, M) glued to the Σ and standing alone,
  then ``i=1`` (``j=1``) with nothing glued after; the letter's range is checked as for ``Σᵢ₌₁ᵐ``. The same page's
  answer writes ``fw,b(x(i))`` with f defined nowhere: read as the cost's f was, the prediction h;
* a --let that only says in words that ŷ is the prediction (``where \( \hat{y}_i \) is the predicted
  CreditScore.``): it defines nothing, so it is set aside (ŷ is read as the prediction already), noted;
* a bare ``\nabla_b = …`` (no cost named) by the bias b, one number: ∂J/∂b of the cost, noted.

Expected verdicts are worked out by hand and the hand derivatives checked by central finite differences of NumPy
costs written here (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(8641)

# aai.education/courses/machine-learning/regularized-linear-regression ('Recalling the Regularized Cost',
# 'Combined gradient:'), scraped as plain Unicode text
AAI_COST = "J(w, b) = (1/2m) · mΣi=1 (fw,b(x(i)) − y(i))² + (λ/2m) · nΣj=1 wⱼ²"
AAI_DW = "∂J/∂wⱼ = (1/m) · mΣi=1 (fw,b(x(i)) − y(i)) · xⱼ(i) + (λ/m) · wⱼ"
FLAT_NOTE = "is read as Σ_{i=1}^{m}: a sum set in display whose bounds lost their scripts, copied top down"
F_NOTE = "the answer's f(x⁽ⁱ⁾), f defined nowhere, is read as the cost's was: the model's prediction h"

# public code index file 2619537830 ('# 📌 Question 4: Batch Gradient Descent for CreditScore Prediction',
# '## 🏗️ Methodology', '### 1️⃣ Compute Partial Derivatives')
CS_COST = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} (y_i - (\theta_0 + \theta_1 x_i))^2"
CS_LETS = (r"where \( \hat{y}_i \) is the predicted CreditScore.",)
CS_DT0 = r"\frac{\partial J}{\partial \theta_0} = -\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i)"
CS_DT1 = r"\frac{\partial J}{\partial \theta_1} = -\frac{1}{m} \sum_{i=1}^{m} (y_i - \hat{y}_i) x_i"
GLOSS_NOTE = "is words only: it says that ŷ is the prediction"

# github.com/fathurwithyou/ai-lab-selection, answers/supervised-learning/logistic-regression.md ('### 2.1. Biner',
# '### 3.1. *Gradient Descent*', '**Biner.**'), Ω(w) written as its L2 choice ‖w‖₂² as the corpus item does
FAT_LETS = (r"p(y{=}1\mid \mathbf{x})=\sigma(\mathbf{x}^\top\mathbf{w}+b)=\frac{1}{1+\exp(-(\mathbf{x}^\top"
            r"\mathbf{w}+b))}.",)
FAT_COST = (r"\mathcal{L}_{\text{bin}}=-\frac{1}{m}\sum_{i=1}^{m}\big[y_i\log p_i+(1-y_i)\log(1-p_i)\big]\;+\;"
            r"\lambda\,\|\mathbf{w}\|_2^2,")
FAT_B = r"\nabla_b=\frac{1}{m}\sum_{i}(p_i-y_i),"
NABLA_B_NOTE = "names no cost and is by the bias b, one number: read as the derivative of the cost ∂J/∂b"


# ---------------------------------------------------------------- the hand derivatives, against finite differences

def test_the_hand_gradients_agree_with_finite_differences():
    """(1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + (λ/2m)Σwⱼ²: ∂/∂wⱼ = (1/m)Σ(…)xⱼ⁽ⁱ⁾ + (λ/m)wⱼ, ∂/∂b = (1/m)Σ(…);
    (1/2m)Σ(yᵢ − θ₀ − θ₁xᵢ)²: ∂/∂θ₀ = −(1/m)Σ(yᵢ − ŷᵢ), ∂/∂θ₁ = −(1/m)Σ(yᵢ − ŷᵢ)xᵢ;
    −(1/m)Σ[y log p + (1 − y) log(1 − p)] + λ‖w‖², p = σ(w·x + b): ∂/∂b = (1/m)Σ(pᵢ − yᵢ)."""
    for m, n in ((5, 3), (4, 2)):
        X, y, lam = RNG.normal(size=(m, n)), RNG.normal(size=m), 0.7
        w, b = RNG.normal(size=n), float(RNG.normal())

        def aai(v):
            return float(np.sum((X @ v[:n] + v[n] - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(v[:n] ** 2))
        r = X @ w + b - y
        assert np.allclose(_fd(aai, np.append(w, b)), np.append(X.T @ r / m + lam / m * w, np.mean(r)), atol=1e-6)

        x = RNG.normal(size=m)

        def credit(t):
            return float(np.sum((y - (t[0] + t[1] * x)) ** 2) / (2 * m))
        t = RNG.normal(size=2)
        yhat = t[0] + t[1] * x
        assert np.allclose(_fd(credit, t), [-np.mean(y - yhat), -np.mean((y - yhat) * x)], atol=1e-6)

        labels = (RNG.random(m) > 0.5).astype(float)

        def binary(v):
            p = 1 / (1 + np.exp(-(X @ v[:n] + v[n])))
            return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)) + lam * np.sum(v[:n] ** 2))
        p = 1 / (1 + np.exp(-(X @ w + b)))
        assert np.isclose(_fd(binary, np.append(w, b))[n], np.mean(p - labels), atol=1e-6)


# ---------------------------------------------------------------- mΣi=1: a display sum copied top down

def test_the_scraped_cost_is_read_with_its_flattened_sums():
    result = derive(AAI_COST, wrt="w_j")
    assert any(note.startswith("'mΣi=1' " + FLAT_NOTE) for note in result.problem.notes)
    assert any(note.startswith("'nΣj=1' is read as Σ_{j=1}^{n}") for note in result.problem.notes)
    # the derived gradient is the hand one (checked above): written in ordinary notation, judged one
    assert check("(1/m) sum_i (w^T x^(i) + b - y^(i)) x_j^(i) + (lambda/m) w_j", cost=AAI_COST,
                 wrt="w_j").verdict == "equivalent"
    assert check("(1/m) sum_i (w^T x^(i) + b - y^(i))", cost=AAI_COST, wrt="b").verdict == "equivalent"


@pytest.mark.parametrize("text, verdict", [
    (AAI_DW, "equivalent"),  # the page's combined gradient
    (AAI_DW.replace("(λ/m) · wⱼ", "(λ/2m) · wⱼ"), "different"),  # half the penalty's partial
    (AAI_DW.replace("(1/m) · mΣi=1", "mΣi=1"), "different"),  # the mean's 1/m lost: m times the data part
])
def test_the_pages_gradient_is_judged(text, verdict):
    result = check(text, cost=AAI_COST, wrt="w_j")
    assert result.verdict == verdict
    assert F_NOTE in result.notes
    assert any(FLAT_NOTE in note for note in result.notes)


@pytest.mark.parametrize("cost, message", [
    # a space or an operator between: m times a sum whose bound is not written, not the bound
    ("J(w, b) = (1/2m) · m Σi=1 (fw,b(x(i)) − y(i))²", "'i' is the example index, not a variable"),
    ("J(w, b) = (1/2m) · m·Σi=1 (fw,b(x(i)) − y(i))²", "'i' is the example index, not a variable"),
    # 2m glued: no count letter standing alone
    ("J(w, b) = (1/2m) · 2mΣi=1 (fw,b(x(i)) − y(i))²", "'i' is the example index, not a variable"),
    # a lower bound other than 1
    ("J(w, b) = (1/2m) · mΣi=2 (fw,b(x(i)) − y(i))²", "'i' is the example index, not a variable"),
    # n over the examples beside a 1/2m: which letter counts them is not said
    ("J(w, b) = (1/2m) · nΣi=1 (fw,b(x(i)) − y(i))²", "cannot tell what 'm' is"),
    # j runs over the features, counted by n
    ("J(w, b) = (1/2m) · mΣj=1 (fw,b(x(i)) − y(i))²", "the index j runs over the features"),
])
def test_near_misses_of_the_flattened_sum_stay_refused(cost, message):
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="b")
    assert message in str(caught.value)
    assert caught.value.column is not None


def test_the_answers_f_is_read_as_h_only_where_the_costs_was():
    # the cost defines h itself (--let): its f is not read as h, nor the answer's
    with pytest.raises(InputError) as caught:
        check("(1/m) Σ (f(x(i)) − y(i)) xⱼ(i)", cost="(1/2m) Σ (h(x(i)) − y(i))²", wrt="w_j",
              let=("h = w^T x + b",))
    assert "'f' is used but --let defines 'h'" in str(caught.value)


# ---------------------------------------------------------------- a --let that says in words ŷ is the prediction

@pytest.mark.parametrize("text, wrt, verdict", [
    (CS_DT0, "theta_0", "equivalent"),
    (CS_DT1, "theta_1", "equivalent"),
    (CS_DT1.replace(r"(y_i - \hat{y}_i) x_i", r"(y_i - \hat{y}_i)"), "theta_1", "different"),  # xᵢ lost
    (CS_DT0.replace(r"= -\frac", r"= \frac"), "theta_0", "different"),  # the sign lost
])
def test_the_creditscore_partials_are_judged_beside_the_gloss(text, wrt, verdict):
    result = check(text, cost=CS_COST, wrt=wrt, let=CS_LETS)
    assert result.verdict == verdict
    assert any(GLOSS_NOTE in note for note in (*result.notes, *result.problem.notes))


@pytest.mark.parametrize("let", [
    "where z_i is the predicted CreditScore.",  # not ŷ: z has no meaning the words could confirm
    r"where \( \hat{y}_i \) is the predicted value 2x.",  # a formula after the words
    r"\( \hat{y}_i \) is close to the target.",  # not 'the predicted' / 'the prediction'
])
def test_other_worded_lets_stay_refused(let):
    with pytest.raises(InputError) as caught:
        check(CS_DT0, cost=CS_COST, wrt="theta_0", let=(let,))
    assert "a --let needs '='" in str(caught.value)
    assert caught.value.column == len(let.rstrip().rstrip("."))  # the caret after the words


# ---------------------------------------------------------------- ∇_b = …: the bias's gradient, no cost named

@pytest.mark.parametrize("text, verdict", [
    (FAT_B, "equivalent"),
    (FAT_B.replace("(p_i-y_i)", "(y_i-p_i)"), "different"),  # minus the bias partial
    (FAT_B.replace(r"\frac{1}{m}", ""), "different"),  # m times it
])
def test_nabla_b_is_the_bias_partial(text, verdict):
    result = check(text, cost=FAT_COST, wrt="b", let=FAT_LETS)
    assert result.verdict == verdict
    assert any(NABLA_B_NOTE in note for note in result.notes)


def test_nabla_b_beside_another_wrt_and_a_bold_b_stay_refused():
    with pytest.raises(InputError) as caught:
        check(r"\nabla_b=\frac{1}{m}\sum_{i}(h_i-y_i)", cost="logistic")
    assert "the answer is a derivative with respect to b, but the gradient is taken with respect to θⱼ" \
        in str(caught.value)
    # \mathbf{b}: bold is these notes' mark of a vector (\mathbf{w}); a vector bias is not read as the scalar b
    with pytest.raises(InputError) as caught:
        check(FAT_B.replace("_b", r"_{\mathbf{b}}"), cost=FAT_COST, wrt="b", let=FAT_LETS)
    assert "the gradient is taken with respect to a parameter vector" in str(caught.value)
    assert caught.value.column == 6  # the subscript's '_' (0-based)

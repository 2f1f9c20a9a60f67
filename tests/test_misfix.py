r"""Two silent misreads of a --let, fixed (branch misfix).

1. ``--let 'h(X) = θ₀ + θ₁X'`` (a function: X is no example) beside a LaTeX cost that writes
   ``h_{\theta}(x^{(i)})``: the subscript θ made the call the prediction, the function went unused and
   the default model θᵀx was derived instead, noted "h is not defined". The decorated call is now the
   function's (noted), and a prediction h left to the default while a --let defines h as a function is
   refused.
2. ``--let 'W = 2\theta' --let 'z_i = W^T x_i'``: inside the second let, W was read as the weight vector w
   (a capital W written only transposed before x), so the W let was "defined but not used" and the
   gradient lost its factor 2. A letter a --let defines is now that let's value inside the other lets,
   and a let whose value is θ or a number times θ is put in where its name is written.

Every gradient is held against central finite differences of a NumPy cost written here by hand (the
corpus judge, tests/corpus/judge.py), never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv import derive
from logderiv.errors import InputError


def _line_mse(d):
    """(1/(2m)) Σᵢ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)²: the one-feature line every let below defines."""
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def _scaled_mse(scale):
    """(1/(2m)) Σᵢ (c θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², by hand: with W = cθ, Wᵀx⁽ⁱ⁾ = c θᵀx⁽ⁱ⁾, so ∂J/∂θⱼ = (c/m) Σᵢ (c θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."""
    return lambda d: float(np.sum((scale * (d.X @ d.theta) - d.y) ** 2)) / (2 * d.m)


def _judged(text, intended, lets, wrt=("theta_0", "theta_1")):
    return judge_cost(Cost(id=f"{text} {lets}", source="test", text=text, intended=intended, wrt=wrt, lets=lets))


_LATEX_DECORATED = r"J(\theta)=\frac{1}{2m} \sum_{i=1}^{m}\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right)^{2}"
_COSTS = (
    _LATEX_DECORATED,
    r"\frac{1}{2m}\sum_{i=1}^m (h(x^{(i)}) - y^{(i)})^2",
    "1/(2m) sum (h(x^(i)) - y^(i))^2",
    "1/(2m) sum (h_theta(x^(i)) - y^(i))^2",
)
_H_LETS = (
    "h(X) = θ₀ + θ₁X",
    "h(x) = θ₀ + θ₁x",
    "h_θ(x) = θ₀ + θ₁x",
    r"h_\theta(x) = \theta_0 + \theta_1 x",
    r"h(\mathbf{x}) = \theta_0 + \theta_1 x",
    r"h_\theta(X) = \theta_0 + \theta_1 X",
    "h(z) = θ₀ + θ₁z",
)


@pytest.mark.parametrize("let", _H_LETS)
@pytest.mark.parametrize("text", _COSTS)
def test_the_lets_model_is_the_one_derived(text, let):
    """Each spelling of h's let, beside a plain or LaTeX cost: the gradient by θ₀ and θ₁ is the line's.

    The default model θᵀx has no θ₀ and a θ₁ that multiplies x₁⁽ⁱ⁾, not x⁽ⁱ⁾: had it been used, the
    finite differences of the line would disagree (or θ₀ would be refused).
    """
    outcome = _judged(text, _line_mse, (let,))
    assert outcome.kind == "right", outcome.detail


@pytest.mark.parametrize("let", ("ŷ = θ₀ + θ₁x", r"\hat{y} = \theta_0 + \theta_1 x",
                                 r"\hat{y}^{(i)} = \theta_0 + \theta_1 x^{(i)}"))
@pytest.mark.parametrize("text", (r"\frac{1}{2m}\sum_{i=1}^m (\hat{y}^{(i)} - y^{(i)})^2",
                                  "1/(2m) sum (ŷ^(i) - y^(i))^2"))
def test_a_let_of_y_hat_is_the_model_derived(text, let):
    outcome = _judged(text, _line_mse, (let,))
    assert outcome.kind == "right", outcome.detail


def test_the_reported_command_reads_the_function_and_says_so():
    """The reviewer's command: ∂J/∂θ₁ = (1/m) Σᵢ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾ (by hand), with notes, and no default."""
    outcome = _judged(_LATEX_DECORATED, _line_mse, ("h(X) = θ₀ + θ₁X",), wrt=("theta_1",))
    assert outcome.kind == "right", outcome.detail
    notes = derive(_LATEX_DECORATED, wrt="theta_1", let=("h(X) = θ₀ + θ₁X",)).problem.notes
    assert any("is the function h that --let defines" in note for note in notes), notes
    assert any("h applied to" in note for note in notes), notes
    assert not any("h is not defined" in note for note in notes), notes


def test_the_corpus_item_with_capital_theta_is_read():
    r"""f11-fr-notes-J-Theta-half-sum: ½ Σᵢ (Θ₀ + Θ₁X⁽ⁱ⁾ − y⁽ⁱ⁾)² (no 1/m), h from the page's h(X) = Θ₀ + Θ₁X."""
    outcome = _judged(r"J(\Theta)=\frac{1}{2} \sum_{i=1}^{m}\left(h_{\Theta}\left(X^{i}\right)-y^{i}\right)^{2}",
                      lambda d: 0.5 * float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)), ("h(X) = Θ₀ + Θ₁X",))
    assert outcome.kind == "right", outcome.detail


@pytest.mark.parametrize("let", ("h(X) = θ₀ + θ₁X", "h(z) = θ₀ + θ₁z"))
def test_a_prediction_the_function_never_reaches_is_refused(let):
    """h_i with h defined as a function and never applied: not θᵀx silently in place of the user's model."""
    with pytest.raises(InputError) as caught:
        derive("1/(2m) sum_i (h_i - y_i)^2", wrt="theta_1", let=(let,))
    assert "as a function" in str(caught.value)
    assert caught.value.column == len("1/(2m) sum_i (")
    assert caught.value.hint and "h = " in caught.value.hint


@pytest.mark.parametrize("value, scale", ((r"\theta", 1.0), (r"2\theta", 2.0)))
def test_a_let_named_in_another_let_is_its_value(value, scale):
    r"""W = θ: J = (1/(2m)) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²; W = 2θ: J = (1/(2m)) Σᵢ (2θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², gradient (2/m) Σᵢ (…) xⱼ⁽ⁱ⁾."""
    lets = (f"W = {value}", "z_i = W^T x_i")
    text = r"\frac{1}{2m}\sum_{i=1}^m (z_i - y_i)^2"
    outcome = _judged(text, _scaled_mse(scale), lets, wrt=("theta_j",))
    assert outcome.kind == "right", outcome.detail
    notes = derive(text, wrt="theta_j", let=lets).problem.notes
    assert not any("defined but not used" in note for note in notes), notes
    assert not any("is read as w" in note for note in notes), notes
    assert any("--let W = " in note and "is read as its value" in note for note in notes), notes


def test_a_vector_let_in_the_cost_is_its_value():
    """W = 2θ written in the cost itself: Wᵀx⁽ⁱ⁾ is 2θᵀx⁽ⁱ⁾."""
    outcome = _judged(r"\frac{1}{2m}\sum_{i=1}^m (W^T x_i - y_i)^2", _scaled_mse(2.0), (r"W = 2\theta",),
                      wrt=("theta_j",))
    assert outcome.kind == "right", outcome.detail


@pytest.mark.parametrize("answer, verdict", (
    # by hand: ∂J/∂θⱼ = (2/m) Σᵢ (2θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, and the answer's W is 2θ as the cost's is
    (r"\frac{2}{m}\sum_{i=1}^m (W^T x_i - y_i) x_{ij}", "equivalent"),
    (r"\frac{2}{m}\sum_{i=1}^m (2\theta^T x_i - y_i) x_{ij}", "equivalent"),
    (r"\frac{1}{m}\sum_{i=1}^m (W^T x_i - y_i) x_{ij}", "different"),
))
def test_an_answer_reads_the_vector_let_as_the_cost_does(answer, verdict):
    from logderiv import check

    result = check(answer, cost=r"\frac{1}{2m}\sum_{i=1}^m (z_i - y_i)^2", wrt="theta_j",
                   let=(r"W = 2\theta", "z_i = W^T x_i"))
    assert result.verdict == verdict

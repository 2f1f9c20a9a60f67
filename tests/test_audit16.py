r"""Audit of the coldB (R) and misfix (lets) readings: the misreads found and fixed (branch audit16).

1. ``--let 'W_j = 2\theta_j' --let 'z_i = W^T x_i'``: a let's head keeps no index, so W was 2θⱼ with j loose
   and the gradient disagreed with finite differences. W_j = cθⱼ is now the vector let W = cθ (noted); any
   other let value holding its head's index (v_j = θ_j²) is refused.
2. ``\frac{1}{2\text{m}}``: the word after a number closing the group was dropped as a remark (read 1/2).
3. ``\frac{1}{2 ndata}``: LaTeX's glued letters n·d·a²·t, where the word counts the examples: refused.
4. R's ``%*%`` beside NumPy's ``np.``/``**``: ``theta[-1]`` is R's first-entry drop or NumPy's last entry;
   refused, never picked.

Every gradient is held against central finite differences of a NumPy cost written here by hand (the
corpus judge, tests/corpus/judge.py); every verdict was worked out by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError


def _judged(text, intended, lets=(), wrt=("theta_j",)):
    return judge_cost(Cost(id=f"{text} {lets}", source="test", text=text, intended=intended, wrt=wrt, lets=lets))


def _scaled_mse(d):
    """By hand: with W = 2θ, z⁽ⁱ⁾ = Wᵀx⁽ⁱ⁾ = 2θᵀx⁽ⁱ⁾, so J = (1/(2m)) Σᵢ (2θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²."""
    return float(np.sum((2 * (d.X @ d.theta) - d.y) ** 2)) / (2 * d.m)


def _mse(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


# --- 1. W_j = 2θ_j is the vector W = 2θ ----------------------------------------------------------------------


@pytest.mark.parametrize("entry", [r"W_j = 2\theta_j", r"W_{j} := 2\theta_{j}", r"W_k = 2\theta_k", r"v_j = 2\theta_j"])
def test_an_entry_let_is_the_vector_let(entry):
    name = entry[0]
    outcome = _judged(r"\frac{1}{2m}\sum_i (z_i - y_i)^2", _scaled_mse, lets=(entry, f"z_i = {name}^T x_i"))
    assert outcome.kind == "right", outcome.detail


def test_an_entry_let_is_noted():
    derivation = derive(r"\frac{1}{2m}\sum_i (z_i - y_i)^2", let=(r"W_j = 2\theta_j", "z_i = W^T x_i"))
    assert any("W_j = 2\\theta_j says it for every entry j" in note for note in derivation.notes), derivation.notes


def test_an_answer_reads_the_entry_let_as_the_cost_does():
    """By hand: ∂J/∂θⱼ = (2/m) Σᵢ (2θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ = (2/m) Σᵢ (Wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; (1/m)… is half of it."""
    cost, lets = r"\frac{1}{2m}\sum_i (z_i - y_i)^2", (r"W_j = 2\theta_j", "z_i = W^T x_i")
    assert check(r"\frac{2}{m}\sum_i (W^T x_i - y_i) x_{ij}", cost=cost, let=lets).verdict == "equivalent"
    assert check(r"\frac{1}{m}\sum_i (W^T x_i - y_i) x_{ij}", cost=cost, let=lets).verdict == "different"


@pytest.mark.parametrize("cost, lets", [
    # λv beside v_j = θ_j²: which v, the vector or Σ? (it was read as λθⱼ² with j the --wrt's)
    (r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \lambda v", (r"v_j = \theta_j^2",)),
    (r"\frac{1}{2m}\sum_i (z_i - y_i)^2", (r"v_j = \theta_j + 1", "z_i = v^T x_i")),
])
def test_a_let_value_holding_its_heads_index_is_refused(cost, lets):
    with pytest.raises(InputError) as caught:
        derive(cost, let=lets)
    assert "one entry per j" in caught.value.message
    assert caught.value.column == 2


# --- 2. \text{m} after a number closing a group ---------------------------------------------------------------


@pytest.mark.parametrize("word", [r"\text{m}", r"\mathrm{m}", r"\text{N}"])
def test_a_text_letter_after_a_number_is_a_factor(word):
    """1/(2m) Σ (θᵀx − y)²: the letter in text type is the count, not a remark to drop (that read 1/2)."""
    outcome = _judged(rf"\frac{{1}}{{2 {word}}}\sum_i (\theta^T x_i - y_i)^2", _mse)
    assert outcome.kind == "right", outcome.detail


def test_a_text_word_after_a_number_is_refused_not_dropped():
    with pytest.raises(InputError) as caught:
        derive(r"\frac{1}{2 \text{batch}}\sum_i (\theta^T x_i - y_i)^2")
    assert "stands where a factor does" in caught.value.message


@pytest.mark.parametrize("remark", [r"\text{here}", r"\text{for all examples}"])
def test_a_remark_after_the_formula_is_still_set_aside(remark):
    """Words after \\quad are a remark, set aside: the cost is 1/(2m) Σ (θᵀx − y)², read right."""
    outcome = _judged(rf"\frac{{1}}{{2m}}\sum_i (\theta^T x_i - y_i)^2 \quad {remark}", _mse)
    assert outcome.kind == "right", outcome.detail


def test_a_range_of_an_index_the_cost_does_not_write_is_refused_at_it():
    """``\\quad \\text{for } j`` after a cost that writes no j is no remark on its entries: refused at the j.

    This case used to be set aside with the note that the formula is 'the j-th entry', which a cost is not; since
    audit32 a range of an index the formula does not write is left to be read, and a bare j is refused with a caret
    and a hint. The reading was right by luck (the cost has no j); a refusal says what is not understood.
    """
    text = r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 \quad \text{for } j"
    with pytest.raises(InputError) as caught:
        derive(text)
    assert "'j' is a feature index" in caught.value.message and caught.value.column == text.rindex("j")


# --- 3. ndata in LaTeX ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["ndata", r"\,ndata", "nsamples"])
def test_a_glued_count_word_in_latex_is_refused(word):
    cost = rf"\frac{{1}}{{2 {word}}}\sum_i (\theta^T x_i - y_i)^2"
    with pytest.raises(InputError) as caught:
        derive(cost)
    assert "letters multiplied" in caught.value.message and "m" in caught.value.hint
    assert caught.value.column == cost.index(word.lstrip("\\,"))


def test_a_count_word_a_let_defines_is_the_lets():
    outcome = _judged(r"\frac{1}{2 ndata}\sum_i (\theta^T x_i - y_i)^2", _mse, lets=("ndata = m",))
    assert outcome.kind == "right", outcome.detail


def test_ndata_in_code_is_still_the_count():
    assert _judged("np.sum((X @ theta - y)**2)/(2*ndata)", _mse).kind == "right"


# --- 4. R beside NumPy ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cost, index", [
    ("np.sum((X %*% theta - y)**2)/(2*m) + lambda*np.sum(theta[-1]**2)/(2*m)", "theta[-1]"),
    ("sum((X %*% theta - y)**2)/(2*m) + lambda*theta[2]**2", "theta[2]"),
    ("sum((X %*% theta - y)^2)/(2*m) + lambda*theta.T @ theta + theta[-1]^2", "theta[-1]"),
])
def test_an_r_index_beside_numpy_marks_is_refused(cost, index):
    with pytest.raises(InputError) as caught:
        derive(cost)
    assert "R's or NumPy's" in caught.value.message
    assert "FIRST" in caught.value.hint and "LAST" in caught.value.hint
    assert caught.value.column == cost.index(index)


def test_r_alone_still_reads_its_index():
    """By hand: the penalty (λ/(2m)) Σ_{k≥2} θₖ² leaves the intercept out."""
    def ridge(d):
        return _mse(d) + d.lam * float(np.sum(d.theta[1:] ** 2)) / (2 * d.m)
    outcome = _judged("sum((X %*% theta - y)^2)/(2*m) + lambda*sum(theta[-1]^2)/(2*m)", ridge)
    assert outcome.kind == "right", outcome.detail

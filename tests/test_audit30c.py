"""An adversarial audit of fixcold31a's readings (audit30c): the misreads found, each now refused or read right.

* A bare f read as the cost's predictions f_w(x⁽ⁱ⁾) inside σ(…) or e^{…}: a page that says "write $f = Xw$" in its
  prose (not read) and then writes the RIGHT gradient (1/m)(σ(f) − y)ᵀX + 2λw was judged wrong (σ applied twice), and
  an answer (1/m)Xᵀ(σ(f) − y) "different". No gradient applies σ or exp to the prediction, so the letter there is
  another quantity: refused with its column (as for p and a, which the same reading covers).
* Words of Chinese, Japanese or Korean in a remark were dropped unless they held one of a list of words that change
  the maths; no such list is ever whole: ``(省去常量)`` ("constant left out"), ``\\text{(求和后取平均)}`` ("summed,
  then averaged"), ``(平均)``, ``\\text{(평균)}`` beside a sum without its 1/m left the sum judged "different" where its
  writer said it was the mean. Such a remark is now dropped only when every word of it is a known harmless one (the
  loss function, the matrix form, a scalar, the regularised gradient, broadcasting…); any other word is refused.

Every gradient is checked against central finite differences of the cost (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, cross_entropy, sigmoid

RNG = np.random.default_rng(3030)
X = np.column_stack([np.ones(7), RNG.normal(size=(7, 2))])
LABELS = RNG.integers(0, 2, size=7).astype(float)
TARGETS = RNG.normal(size=7)
W = np.array([0.2, -0.5, 0.7])
LAMBDA = 0.3

PENALISED = (r"L(w)=-\frac{1}{m}\sum_{i=1}^m\left(y^i\log(f_w(x^i))+(1-y^i)\log(1-f_w(x^i))\right)"
             r"+\lambda\|w\|^2")
PLAIN = r"-\frac{1}{m}\sum_{i=1}^m\left(y^{(i)}\log(f_w(x^{(i)}))+(1-y^{(i)})\log(1-f_w(x^{(i)}))\right)"


def _penalised(w: np.ndarray) -> float:
    return cross_entropy(X, LABELS, w) + LAMBDA * float(w @ w)


def test_the_gradient_in_the_score_f_is_the_gradient_by_finite_differences():
    # with f = Xw (the scores), (1/m)(σ(f) − y)ᵀX + 2λw is the penalised gradient: a verdict "wrong" on it was false
    line = (sigmoid(X @ W) - LABELS) @ X / len(LABELS) + 2 * LAMBDA * W
    assert np.allclose(line, central_differences(_penalised, W), atol=1e-6)
    # read with f the predictions σ(Xw), it is σ applied twice, which is not the gradient
    twice = (sigmoid(sigmoid(X @ W)) - LABELS) @ X / len(LABELS) + 2 * LAMBDA * W
    assert not np.allclose(twice, central_differences(_penalised, W), atol=1e-3)


@pytest.mark.parametrize("prose", ["Write $f = Xw$ for the scores. The gradient is\n", "The gradient is\n"])
def test_a_page_f_inside_the_sigmoid_is_refused_not_judged_wrong(tmp_path, prose):
    # before: line 4 'wrong' (f read as σ(Xw), so σ(σ(Xw))), though the page's f is the score Xw
    line = r"\nabla_wL(w)=\frac{1}{m}(\sigma(f)-y)^TX+2\lambda w"
    result = steps_of_page(tmp_path, f"The loss:\n$${PENALISED}$$\n{prose}$${line}$$\n")
    assert result.exit_code == 2, result.output
    assert "'f' inside σ(…) is not read as the cost's f_w(x^i), the prediction" in result.stderr
    shown = next(row for row in result.stderr.splitlines() if "\\sigma(f)" in row)
    caret = result.stderr.splitlines()[result.stderr.splitlines().index(shown) + 1]
    assert caret.index("^") == shown.index("\\sigma(f)") + len("\\sigma(")


def test_a_page_bare_f_outside_any_function_is_still_the_predictions(tmp_path):
    code, ending, wrong, review = review_of_page(
        tmp_path, f"$${PENALISED}$$\n$$\\nabla_wL(w)=\\frac{{1}}{{m}}X^T(f-y)+2\\lambda w$$\n")
    assert (code, ending, wrong) == (0, "gradient", []), review


@pytest.mark.parametrize(("answer", "function"), [
    (r"\frac{1}{m}X^T(\sigma(f)-y)", "σ"),
    (r"\frac{1}{m}X^T(\frac{1}{1+e^{-f}}-y)", "exp"),
    (r"\frac{1}{m}\sum_{i=1}^m (\sigma(f) - y^{(i)}) x_j^{(i)}", "σ"),
])
def test_an_answers_f_inside_a_function_is_refused(answer, function):
    # before: 'different' (σ(σ(Xw))); with f the scores the answer is the gradient (finite differences above)
    with pytest.raises(InputError) as caught:
        check(answer, cost=PLAIN, wrt="w_j")
    assert f"'f' inside {function}(…) is not read as the cost's f_w(x^{{(i)}}), the prediction" in str(caught.value)
    assert caught.value.column == answer.index("f)" if function == "σ" else "f}")


#: entry j of the half mean square's gradient, with its 1/m, and the sum without it
MEAN_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"
SUM_GRADIENT = r"\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"


def _half_mean_square(t: np.ndarray) -> float:
    return float(np.sum((X @ t - TARGETS) ** 2) / (2 * len(TARGETS)))


def test_the_sum_is_m_times_the_mean_gradient_by_finite_differences():
    # what the remarks below say (averaged, a constant left out) is what makes the sum the gradient
    gradient = central_differences(_half_mean_square, W)
    assert np.allclose(X.T @ (X @ W - TARGETS) / 7, gradient, atol=1e-6)
    assert not np.allclose(X.T @ (X @ W - TARGETS), gradient, atol=1e-3)


@pytest.mark.parametrize(("remark", "unread"), [
    (r"\text{(求和后取平均)}", "求和后取平均"),   # "summed, then averaged"
    ("(省去常量)", "省去常量"),                    # "the constant left out"
    ("（省去系数）", "省去系数"),                  # "the coefficient left out", full-width brackets
    (r"\text{(係数を省く)}", "係数"),              # Japanese: "the coefficient omitted"
    ("(平均)", "平均"),                            # "mean"
    (r"\text{(평균)}", "평균"),                    # Korean: "mean"
    ("(一半)", "一半"),                            # "half"
    (r"\text{(θ₀不参与正则化)}", "不参与"),        # "θ₀ takes no part in the regularisation"
])
def test_a_remark_of_words_not_known_harmless_is_refused(remark, unread):
    # before: dropped, the sum judged "different" though its writer said it was the mean (or up to a constant)
    with pytest.raises(InputError) as caught:
        check(SUM_GRADIENT + r" \quad " + remark, cost="linear")
    # fixaudits30: words no list of logderiv's knows are said to be unknown, that they *may* change the reading (the
    # old "says something the formula is read by" claimed to know what they say); the refusal itself is unchanged
    assert f"holds words logderiv does not know ('{unread}')" in str(caught.value)
    assert "may say something the formula is read by" in str(caught.value)


@pytest.mark.parametrize("remark", [
    "(正则化梯度)", "(损失函数)", r"\text{ 此时做了广播操作}", "(비용 함수)", "(행렬 형태)", "(편미분 적용)",
    "(単回帰)", "（均方误差）", r"\text{(矩阵求导)}", "(标量)",
])
def test_a_remark_of_known_harmless_words_is_still_dropped(remark):
    # the regularised gradient, the loss function, broadcasting done here, the cost function, the matrix form, …
    verdict = check(MEAN_GRADIENT + r" \quad " + remark, cost="linear")
    assert verdict.verdict == "equivalent", verdict


A_COST = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]"


@pytest.mark.parametrize("written", [r"x_{j \times 1}^{(i)}", r"x^{(i)}_{i \times 1}"])
def test_an_index_letter_times_one_is_no_size(written):
    # before: '_{j \times 1}' dropped as a size "j×1", so feature j's x⁽ⁱ⁾ⱼ was read as the whole vector x⁽ⁱ⁾; an
    # index letter counts nothing, so the subscript is no size: refused as the subscript it is
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}\sum_{i=1}^m (a^{(i)}-y^{(i)}) " + written, cost=A_COST, wrt="w_j")
    assert "a subscript holds indices, not '\\times'" in str(caught.value)


def test_a_count_letter_times_one_is_still_a_size():
    verdict = check(r"\frac{1}{m}\sum_{i=1}^m (a^{(i)}-y^{(i)}) x^{(i)}_{n_x \times 1}", cost=A_COST, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("'_{n_x \\times 1}' is a size") for note in verdict.notes)
    # (1/m) Σ (σ(wᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) x⁽ⁱ⁾ is the cross-entropy's gradient, by finite differences
    assert np.allclose((sigmoid(X @ W) - LABELS) @ X / 7,
                       central_differences(lambda w: cross_entropy(X, LABELS, w), W), atol=1e-6)

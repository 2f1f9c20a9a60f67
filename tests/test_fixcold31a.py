"""cold31's logistic pages (fixcold31a): a matrix line's bare f, its stray letters, and a division by the vector w.

The penalised page of cold31 (en_notes_logistic_l2_penalty_gradient_one_over_w.md) writes its gradient
∇_w L = (1/m)(f − y)ᵀX + 2λw = (1/w)(σ(Xw) − y)ᵀX + 2λw after a cost in index form whose prediction is
f_w(x⁽ⁱ⁾). Two readings were missing, and one of their lacks was a false verdict:

* the bare f of the matrix line was read as an arbitrary number, so the RIGHT first side was judged wrong (a
  release-blocking false "wrong"); it is now the m×1 vector of the cost's predictions, as an answer's bare p is
  where the cost writes p_i (noted), and any other letter the cost never holds is refused, as an answer's is;
* 1/w (a real slip, for 1/m): read as the column of the 1/wₖ the product with the row does not conform (no value);
  read entry by entry, as a division by a vector is, entry j is 1/wⱼ times the rest's entry j. That is the only
  reading with a value, and no reading makes it the gradient, so the line is judged on it, with a note saying both.

cold31's Chinese page writes remarks in bare brackets, ``(标量)`` ("scalar"), ``(矩阵求导)``: words of a script that
writes no maths are read as the remark ``\\text{(标量)}`` would be, noted. Checking them showed a hole: a remark in
those scripts was dropped unread, so ``\\text{(省略了1/m)}`` ("the 1/m omitted") left its formula judged without it,
where "(ignoring the 1/m)" is refused; such words, and a letter or number among them, are refused now as well.

The same page writes sizes as subscripts, ``x^{(i)}_{n_x \\times 1}``, ``(a - y)_{1 \\times 1}``, ``|_{n_x \\times 1}``
after ∂J/∂w: a vector's or a number's size is no index, dropped and noted; a matrix's (``X_{n \\times m}``) says which
size counts the examples, so it is refused.

Every gradient here is checked against central finite differences of the cost (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences, cross_entropy, sigmoid

COLD31 = Path(__file__).parent / "derivations_cold31"

#: the penalised cost as the notes write it: f_w(x⁽ⁱ⁾) the prediction, λ‖w‖² on every component
PENALISED = (r"L(w)=-\frac{1}{m}\sum_{i=1}^m\left(y^i\log(f_w(x^i))+(1-y^i)\log(1-f_w(x^i))\right)"
             r"+\lambda\|w\|^2")
PLAIN = r"L(w)=-\frac{1}{m}\sum_{i=1}^m\left(y^{(i)}\log(f_w(x^{(i)}))+(1-y^{(i)})\log(1-f_w(x^{(i)}))\right)"

RNG = np.random.default_rng(31)
X = np.column_stack([np.ones(7), RNG.normal(size=(7, 2))])
LABELS = RNG.integers(0, 2, size=7).astype(float)
W = np.array([0.2, -0.5, 0.7])
LAMBDA = 0.3


def _penalised(w: np.ndarray) -> float:
    return cross_entropy(X, LABELS, w) + LAMBDA * float(w @ w)


def _page(*maths: str) -> str:
    return "".join(f"$${line}$$\n" for line in maths)


def test_the_penalised_gradient_in_f_is_the_gradient_by_finite_differences():
    # the line the page's f is now read in: (1/m)(σ(Xw) − y)ᵀX + 2λw, against the cost's finite differences
    line = (sigmoid(X @ W) - LABELS) @ X / len(LABELS) + 2 * LAMBDA * W
    assert np.allclose(line, central_differences(_penalised, W), atol=1e-6)


def test_a_bare_f_beside_the_costs_f_w_is_its_predictions(tmp_path):
    code, ending, wrong, review = review_of_page(
        tmp_path, _page(PENALISED, r"\nabla_wL(w)=\frac{1}{m}(f-y)^TX+2\lambda w"))
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert ("f is read as the m×1 vector of the predictions h⁽ⁱ⁾, one per example, as the cost's f_w(x^i) is"
            in review["notes"])


def test_a_slip_in_the_f_line_is_still_wrong(tmp_path):
    # (y − f) for (f − y): minus the cross-entropy's part of the gradient, by finite differences
    slipped = (LABELS - sigmoid(X @ W)) @ X / len(LABELS) + 2 * LAMBDA * W
    assert not np.allclose(slipped, central_differences(_penalised, W), atol=1e-3)
    code, ending, wrong, _ = review_of_page(
        tmp_path, _page(PENALISED, r"\nabla_wL(w)=\frac{1}{m}(y-f)^TX+2\lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [2])


def test_a_letter_the_cost_never_holds_in_a_matrix_line_is_refused(tmp_path):
    # g is no name of the cost's: compared as an arbitrary number, a right g = σ(Xw) was 'wrong'
    result = steps_of_page(tmp_path, _page(PENALISED, r"\nabla_wL(w)=\frac{1}{m}(g-y)^TX+2\lambda w"))
    assert result.exit_code == 2
    assert "'g' is not in the cost" in result.stderr
    assert "\n" + " " * (result.stderr.split("\n")[1].index("(g") + 1) + "^" in result.stderr


def test_an_answers_bare_f_is_the_costs_predictions():
    verdict = check(r"\frac{1}{m}X^T(f-y)", cost=PLAIN, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert ("f is read as the m×1 vector of the predictions h⁽ⁱ⁾, one per example, as the cost's f_w(x^{(i)}) is"
            in verdict.notes)
    unpenalised = (sigmoid(X @ W) - LABELS) @ X / len(LABELS)
    assert np.allclose(unpenalised, central_differences(lambda w: cross_entropy(X, LABELS, w), W), atol=1e-6)
    assert check(r"\frac{1}{m}X^T(y-f)", cost=PLAIN, wrt="w_j").verdict == "different"


def test_one_over_w_is_not_the_gradient_read_entry_by_entry(tmp_path):
    # the collector's reading, entry by entry: (1/wⱼ)((σ(Xw) − y)ᵀX)ⱼ + 2λwⱼ, far from the finite differences
    entrywise = (sigmoid(X @ W) - LABELS) @ X / W + 2 * LAMBDA * W
    assert not np.allclose(entrywise, central_differences(_penalised, W), atol=1e-3)
    code, ending, wrong, review = review_of_page(tmp_path, _page(
        PENALISED, r"\nabla_wL(w)=\frac{1}{m}(f-y)^TX+2\lambda w=\frac{1}{w}(\sigma(Xw)-y)^TX+2\lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [2])
    assert [step["valid"] for step in review["steps"]] == [True, True, False]
    assert any(note.startswith("line 2 divides by the vector w ('\\frac{1}{w}'): as the column of the 1/wₖ it does "
                               "not conform") for note in review["notes"])


def test_shapes_that_do_not_conform_without_a_division_by_w_stay_refused(tmp_path):
    # X(σ(Xw) − y) (m×n times m×1): no 1/w to read entry by entry, so the reader's refusal stands
    result = steps_of_page(tmp_path, _page(PENALISED, r"\nabla_wL(w)=\frac{1}{m}X(\sigma(Xw)-y)+2\lambda w"))
    assert result.exit_code == 2
    assert "a product needs" in result.stderr


def test_cold31s_penalised_page_is_wrong_at_line_4():
    assert outcome_of(COLD31, "en_notes_logistic_l2_penalty_gradient_one_over_w.md") == ("right", "")


@pytest.mark.parametrize("name", ["en_notes_logistic_chain_lemmas_w_j_row_vector_form.md",
                                  "zh_notes_logistic_w_b_dl_dz_then_matrix_form.md"])
def test_cold31s_other_logistic_pages_stay_refused_not_misread(name):
    kind, _ = outcome_of(COLD31, name)
    assert kind in ("right", "refused")


#: the mean squared error's gradient entry j, in the notes' own letters, and a cost to check it against
MEAN_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"
SUM_GRADIENT = r"\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"


@pytest.mark.parametrize("remark", [r" \ (标量)", "（标量）", r" \quad (矩阵求导)", " (スカラー)"])
def test_words_in_brackets_of_a_script_that_writes_no_maths_are_a_remark(remark):
    verdict = check(MEAN_GRADIENT + remark, cost="linear")
    assert verdict.verdict == "equivalent"
    written = remark.strip(" \\quad").replace("（", "(").replace("）", ")")
    assert any(note.startswith(f"'{written}' is words (Chinese, Japanese or Korean) in brackets, set in maths "
                               "without \\text: read as a remark") for note in verdict.notes), verdict.notes
    # the mean of (θᵀx − y)x over the examples is the half mean square's gradient, by finite differences
    targets = RNG.normal(size=7)
    gradient = X.T @ (X @ W - targets) / 7
    assert np.allclose(gradient, central_differences(lambda t: float(np.sum((X @ t - targets) ** 2) / 14), W),
                       atol=1e-6)


@pytest.mark.parametrize(("answer", "said"), [
    (SUM_GRADIENT + r" \quad \text{(省略了1/m)}", "省略"),      # "the 1/m omitted"
    (SUM_GRADIENT + r" \quad \text{(忽略常数)}", "忽略"),       # "ignoring the constant"
    (SUM_GRADIENT + r" \quad (省略常数)", "省略"),
    (SUM_GRADIENT + r" \quad \text{(定数倍を除く)}", "定数"),   # "up to a constant factor"
    (MEAN_GRADIENT + r" \quad \text{(m为样本数)}", "m"),        # "m is the number of examples"
])
def test_a_remark_in_those_scripts_that_says_how_to_read_the_formula_is_refused(answer, said):
    # before: dropped unread, the sum without its 1/m was judged 'different' though its writer said so
    with pytest.raises(InputError) as caught:
        check(answer, cost="linear")
    assert f"says something the formula is read by ('{said}')" in str(caught.value)


def test_words_in_brackets_between_two_operands_are_refused():
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}(标量)\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost="linear")
    assert "'(标量)' is words between two pieces of maths" in str(caught.value)


A_COST = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]"


def test_sizes_written_as_subscripts_are_dropped_and_noted():
    answer = r"\frac{1}{m}\sum_{i=1}^m[(a^{(i)} - y^{(i)})_{1 \times 1} \cdot x^{(i)}_{n_x \times 1}]"
    verdict = check(answer, cost=A_COST, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert ("'_{n_x \\times 1}' is a size, n_x×1, written as a subscript: no index, dropped (a column or a row of "
            "the same numbers reads alike)") in verdict.notes
    # (1/m) Σ (σ(xᵢᵀw) − yᵢ) xᵢ is the cross-entropy's gradient, by finite differences
    assert np.allclose((sigmoid(X @ W) - LABELS) @ X / 7,
                       central_differences(lambda w: cross_entropy(X, LABELS, w), W), atol=1e-6)
    slipped = answer.replace("(a^{(i)} - y^{(i)})", "(y^{(i)} - a^{(i)})")
    assert check(slipped, cost=A_COST, wrt="w_j").verdict == "different"


def test_a_size_after_a_derivatives_bar_is_dropped(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _page(
        A_COST.join(["J(w)=", ""]),
        r"\frac{\partial J}{\partial w_j}|_{n_x \times 1} = \frac{1}{m}\sum_{i=1}^m(a^{(i)} - y^{(i)})_{1 \times 1}"
        r" x_j^{(i)}"))
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert any(note.startswith("'|_{n_x \\times 1}' is a size") for note in review["notes"])


def test_a_matrix_size_is_refused_not_dropped():
    # X_{n×m}: one example a column, where logderiv reads X as m×n; dropped, X would be read the other way
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}X^T_{n \times m}(a-y)", cost=A_COST, wrt="w_j")
    assert "'_{n \\times m}' gives a matrix its size, n×m" in str(caught.value)

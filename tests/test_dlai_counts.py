"""DeepLearning.AI's layout in code and LaTeX: counts of the examples, wᵀX, dz = A − Y (issue 10).

The course keeps one example per column: X is n×m, w n×1, A = σ(wᵀX + b) and Y are 1×m rows, and
its code counts the examples as ``m = X.shape[1]`` (``Y.shape[1]``, ``Y.size``). Such a count is m only
in that layout: with X m×n (``np.dot(X, w)``) ``X.shape[1]`` is the number of features, and the texts
are refused rather than read with m in its place. Every reading says so in a note.

Gradients are held against central finite differences of a NumPy cost written here by hand (through
the corpus judge, which evaluates logderiv's gradient with tests/_oracle.py); verdicts were worked out
by hand: X(A − Y)ᵀ/m and Σ(A − Y)/m are the gradient of the mean cross-entropy, and the same without
1/m is m times too large.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_cross_entropy(d) -> float:
    """J(w, b) of the course, by hand: X n×m (the judge's m×n data transposed), A = σ(wᵀX + b) 1×m."""
    X = d.X.T
    A = _sigmoid(d.w @ X + d.b)
    return -np.sum(d.y * np.log(A) + (1 - d.y) * np.log(1 - A)) / d.m


_COST = "-1/m * (np.dot(Y, np.log(A).T) + np.dot((1-Y), np.log(1 - A).T))"
_A = "A = sigmoid(np.dot(w.T, X) + b)"


def _judged(text: str, lets: tuple[str, ...]) -> str:
    item = Cost(id="dlai", source="test", text=text, intended=_mean_cross_entropy, wrt=("w_j", "b"), lets=lets)
    return judge_cost(item).kind


@pytest.mark.parametrize(
    "text, lets",
    [
        (_COST, ("m = X.shape[1]", _A)),
        (_COST, ("m = Y.shape[1]", _A)),
        (_COST, ("m = size(X, 2)", _A)),
        (_COST, ("m = Y.size", _A)),
        ("np.sum(Lost)/numberOfExamples",
         ("Z = np.dot(w.T,X)+b", "A = sigmoid(Z)", "Lost = -1 * (Y * np.log(A) + (1-Y) * np.log(1-A))",
          "numberOfExamples=Y.shape[1]")),
        ("-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/Y.size", (_A,)),
        (_COST, (r"A = \sigma(w^T X + b)",)),
    ],
)
def test_a_count_of_the_columns_is_m_in_the_columns_layout(text, lets):
    assert _judged(text, lets) == "right"


def test_the_count_is_said_in_a_note():
    notes = derive(_COST, wrt="b", let=("m = X.shape[1]", _A)).problem.notes
    assert any("m = X.shape[1] counts the examples in DeepLearning.AI's layout" in note for note in notes)
    renamed = derive("np.sum(Lost)/numberOfExamples", wrt="b",
                     let=("A = sigmoid(np.dot(w.T,X)+b)", "Lost = -1 * (Y * np.log(A) + (1-Y) * np.log(1-A))",
                          "numberOfExamples=Y.shape[1]")).problem.notes
    assert any(note.startswith("numberOfExamples = Y.shape[1] counts the examples") and note.endswith("read as m")
               for note in renamed)


def test_latex_w_transpose_capital_x_is_the_row_of_the_columns_layout_noted():
    notes = derive(_COST, wrt="w_j", let=(r"A = \sigma(w^T X + b)",)).problem.notes
    assert any(note.startswith("w^T X is read with the data matrix X n×m, one example per column") for note in notes)


# ---------------------------------------------------------------- answers: hand-worked verdicts

_LETS = ("m = X.shape[1]", _A)


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        ("1 / m * (np.dot(X, (A - Y).T))", "w_j", "equivalent"),
        ("np.dot(X, (A - Y).T)", "w_j", "different"),  # the 1/m lost
        ("1 / m * (np.sum(A - Y))", "b", "equivalent"),
        ("np.sum(A - Y)", "b", "different"),
        ("np.dot(X,(A-Y).T)/Y.size", "w_j", "equivalent"),  # Y is 1×m: Y.size = m
        ("np.sum(A-Y)/Y.size", "b", "equivalent"),
        ("np.sum(Y-A)/Y.size", "b", "different"),  # the sign flipped
    ],
)
def test_answers_in_the_columns_layout_with_a_columns_count(answer, wrt, verdict):
    found = check(answer, cost=_COST, wrt=wrt, let=_LETS)
    assert found.verdict == verdict
    assert any("m = X.shape[1] counts the examples" in note for note in found.notes)


_UNDIVIDED = ("Z = np.dot(w.T,X)+b", "A = sigmoid(Z)", "dz = A - Y",
              "Lost = -1 * (Y * np.log(A) + (1-Y) * np.log(1-A))", "numberOfExamples=Y.shape[1]")


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        ("np.dot(X,dz.T)/numberOfExamples", "w_j", "equivalent"),
        ("np.sum(dz)/numberOfExamples", "b", "equivalent"),
        ("np.dot(X,dz.T)", "w_j", "different"),  # dw before the later line dw = dw/numberOfExamples
        ("np.sum(dz)", "b", "different"),
    ],
)
def test_dz_defined_earlier_in_the_pasted_code(answer, wrt, verdict):
    found = check(answer, cost="np.sum(Lost)/numberOfExamples", wrt=wrt, let=_UNDIVIDED)
    assert found.verdict == verdict
    assert any(note.startswith("numberOfExamples = Y.shape[1] counts the examples") for note in found.notes)


def test_latex_activation_let_with_a_code_answer():
    found = check("np.dot(X, (A - Y).T)/m", cost="-(np.dot(Y, np.log(A).T) + np.dot((1 - Y), (np.log(1 - A).T)))/m",
                  wrt="w_j", let=(r"A = \sigma(w^T X + b)",))
    assert found.verdict == "equivalent"


# ---------------------------------------------------------------- the layout contradicts the count: refused

_ROWS_A = "a = sigmoid(np.dot(x,w) + b)"
_ROWS_COST = "-(1/m)*(np.dot(y.T,np.log(a))+np.dot((1-y).T,np.log(1-a)))"


@pytest.mark.parametrize("count, data", [("m = x.shape[1]", "x"), ("m = size(X, 2)", "X")])
def test_m_counting_the_columns_of_x_m_by_n_is_read_as_n_not_as_the_examples(count, data):
    # X m×n (np.dot(X, w)): X.shape[1] is the number of features n; under the name m (a student's slip: f7, f17-seth)
    # it is read as the code computes it, n, and said so (fixcode9); never as the examples m
    name = count.split(" ")[0]
    cost = _ROWS_COST.replace("/m", f"/{name}")
    lets = (count, _ROWS_A.replace("x", data))
    notes = derive(cost, wrt="w_j", let=lets).problem.notes
    assert any("so m is read as n, as the code computes it" in note for note in notes), notes
    assert check(f"np.dot({data}.T,(a-y))/{name}", cost=cost, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(f"np.dot({data}.T,(a-y))/{data}.shape[0]", cost=cost, wrt="w_j", let=lets).verdict == "different"


@pytest.mark.parametrize("count, data", [("numberOfExamples = X.shape[1]", "X")])
def test_a_columns_count_with_x_m_by_n_is_refused_not_read_as_m(count, data):
    # X m×n (np.dot(X, w)): X.shape[1] is the number of features n, whatever the let calls it
    name = count.split(" ")[0]
    cost = _ROWS_COST.replace("/m", f"/{name}")
    lets = (count, _ROWS_A.replace("x", data))
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="w_j", let=lets)
    assert caught.value.label == "--let" and caught.value.source == count and caught.value.column == 0
    assert "number of features" in str(caught.value)
    with pytest.raises(InputError) as caught:
        check(f"np.dot({data}.T,(a-y))/{name}", cost=cost, wrt="w_j", let=lets)
    assert caught.value.label == "--let" and caught.value.source == count


def test_a_columns_count_beside_a_cost_with_no_layout_is_refused():
    # a sum over the examples fixes no layout: X.shape[1] is n with logderiv's X m×n
    with pytest.raises(InputError) as caught:
        derive("-1/m * sum(y log(h) + (1-y) log(1-h))", wrt="theta_j", let=("m = X.shape[1]", "h = sigmoid(theta^T x)"))
    assert caught.value.source == "m = X.shape[1]"


def test_a_row_count_in_the_columns_layout_is_refused_in_check_too():
    # X n×m: X.shape[0] is the number of features; before, check read it as m when the cost's let said so
    lets = ("n = X.shape[0]", _A)
    cost = "-np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))/n"
    for answer, wrt in (("np.sum(A - Y)/n", "b"), ("np.dot(X, (A - Y).T)/n", "w_j")):
        with pytest.raises(InputError) as caught:
            check(answer, cost=cost, wrt=wrt, let=lets)
        assert caught.value.source == "n = X.shape[0]"


def test_latex_beta_transpose_x_beside_a_sum_over_examples_is_still_refused():
    # with an example index in the text, X may be one example's vector: not read as the n×m matrix
    with pytest.raises(InputError):
        derive(r"-\sum_{i=1}^m y_i \log \sigma(w^T X) + (1-y_i)\log(1-\sigma(w^T X))", wrt="w_j")


def test_a_let_naming_the_features_is_not_taken_for_a_count_of_the_examples():
    # n_features = X.shape[1] with X m×n is the feature count n, as written: read so, not renamed m and refused
    item = Cost(id="features", source="test", text="np.sum((X @ w - y)**2)/(2*len(y)) + np.sum(w**2)/n_features",
                intended=lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m) + np.sum(d.w ** 2) / d.n,
                wrt=("w_j",), lets=("n_features = X.shape[1]",))
    assert judge_cost(item).kind == "right"


_LOOP = ("m = x.shape[1]", "z = np.dot(w.T,x)+b", "a = 1/(1+np.exp(-z))")
_LOOP_COST = "- np.sum(y * np.log(a)+(1-y)*np.log(1-a))/m"


def test_lowercase_x_with_m_columns_times_w_transposed_is_the_data_matrix():
    assert _judged(_LOOP_COST, _LOOP) == "right"
    found = check("np.dot(x,(a-y).T)/m", cost=_LOOP_COST, wrt="w_j", let=_LOOP)
    assert found.verdict == "equivalent"
    assert any(note.startswith("x has m columns (m = x.shape[1]) and multiplies wᵀ") for note in found.notes)
    assert check("np.dot(x,(a-y).T)", cost=_LOOP_COST, wrt="w_j", let=_LOOP).verdict == "different"
    assert check("np.sum(a-y)/m", cost=_LOOP_COST, wrt="b", let=_LOOP).verdict == "equivalent"


_LATEX_COST = r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"
_LATEX_A = (r"A = \sigma(w^T X + b) = (a^{(1)}, a^{(2)}, ..., a^{(m)})",)


def test_lowercase_a_of_example_i_is_the_entry_of_the_let_capital_a():
    # datascience.SE 27146's notation: A = σ(wᵀX + b) = (a⁽¹⁾, …, a⁽ᵐ⁾), the cost written with a⁽ⁱ⁾
    assert _judged(_LATEX_COST, _LATEX_A) == "right"
    notes = derive(_LATEX_COST, wrt="b", let=_LATEX_A).problem.notes
    assert any(note.startswith("a^{(i)} is read as A^{(i)}, example i's entry of A") for note in notes)
    assert check(r"\frac{1}{m}X(A-Y)^T", cost=_LATEX_COST, wrt="w_j", let=_LATEX_A).verdict == "equivalent"
    assert check(r"X(A-Y)^T", cost=_LATEX_COST, wrt="w_j", let=_LATEX_A).verdict == "different"
    assert check(r"\frac{1}{m} \sum_{i=1}^m (a^{(i)}-y^{(i)})", cost=_LATEX_COST, wrt="b",
                 let=_LATEX_A).verdict == "equivalent"
    assert check(r"\frac{1}{m} \sum_{i=1}^m (y^{(i)}-a^{(i)})", cost=_LATEX_COST, wrt="b",
                 let=_LATEX_A).verdict == "different"


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        ("np.sum(A - Y)/Y.shape[1]", "b", "equivalent"),
        ("np.sum(Y - A)/Y.shape[1]", "b", "different"),
        ("np.dot(X,(A - Y).T)/Y.shape[1]", "w_j", "equivalent"),
        ("np.sum(A - Y)/size(Y,2)", "b", "equivalent"),
    ],
)
def test_the_length_of_the_label_row_written_in_an_answer(answer, wrt, verdict):
    found = check(answer, cost=_COST, wrt=wrt, let=(_A,))
    assert found.verdict == verdict
    assert any("counts the examples in DeepLearning.AI's layout" in note for note in found.notes)


def test_the_length_of_a_label_column_is_refused_not_read_as_m():
    # y m×1 (np.dot(X, w)): Y.shape[1] is 1, not the number of examples
    answer = "np.dot(X.T, a - y)/Y.shape[1]"
    with pytest.raises(InputError) as caught:
        check(answer, cost="-np.sum(y*np.log(a) + (1-y)*np.log(1-a))/len(y)", wrt="w_j",
              let=("a = sigmoid(np.dot(X, w) + b)",))
    assert caught.value.label == "ANSWER" and caught.value.source == answer
    assert caught.value.column == answer.index("Y.shape[1]")

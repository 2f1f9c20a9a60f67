r"""Silent misreads an outside review found (issue 10, eighth review, b): words, glued letters, NumPy.

Each input below was once read into a confident wrong result. Now each is read as the
writer clearly means, with a note, or refused with a caret. Expected costs are the same
cost spelled the way logderiv already reads (no output of logderiv is pasted in);
expected gradients are worked out by hand.
"""

from __future__ import annotations

import pytest

from logderiv import check, derive
from logderiv.errors import InputError

from logderiv.notation import read_problem

_DATA = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2 + "


def _same_cost(odd: str, plain: str, note: str | None, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    read = read_problem(odd, wrt=wrt, lets=lets)
    known = read_problem(plain, wrt=wrt, lets=lets)
    assert read.cost == known.cost
    if note is not None:
        assert any(note in said for said in read.notes), read.notes


def _refused(text: str, message: str, column: int, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    with pytest.raises(InputError) as caught:
        read_problem(text, wrt=wrt, lets=lets)
    assert message in str(caught.value), str(caught.value)
    assert caught.value.column == column - 1, str(caught.value)  # columns are shown from 1


# --- 1. a word where a factor stands is never dropped --------------------------------------------


@pytest.mark.parametrize(
    "word",
    [r"\text{reg}", r"\text{l2reg}", r"\text{lam}", r"\text{lambda}", r"\textrm{reg}", r"\textit{reg}",
     r"\mathrm{reg}", r"\text{reg\_lambda}"],
)
@pytest.mark.parametrize("penalty", [r" \|\theta\|^2", r"\sum_{j=1}^{n}\theta_j^2", r" \cdot \|\theta\|^2"])
def test_a_word_naming_the_strength_is_lambda(word, penalty):
    r"""``+ \text{reg}\|\theta\|^2`` is ``+ \lambda\|\theta\|^2``, noted; it was read as ``+ \|\theta\|^2``."""
    _same_cost(_DATA + word + penalty, _DATA + r"\lambda\sum_{j=1}^{n}\theta_j^2",
               "names the regularisation strength: read as λ")


def test_a_word_over_a_fraction_bar_is_the_numerator():
    r"""``\frac{\text{reg}}{2}\|\theta\|^2``: λ/2, not an empty numerator."""
    _same_cost(_DATA + r"\frac{\text{reg}}{2}\|\theta\|^2", _DATA + r"\frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2",
               "read as λ")


def test_alpha_and_a_single_letter_in_words():
    r"""``\text{alpha}`` is α (then the penalty weight, as α written is); ``\text{C}`` is the letter C."""
    _same_cost(_DATA + r"\text{alpha}\|\theta\|^2", _DATA + r"\alpha\|\theta\|^2", "'\\text{alpha}' is read as α")
    _same_cost(_DATA + r"\text{C}\|\theta\|^2", _DATA + r"C\|\theta\|^2", "'\\text{C}' is the letter C")


def test_the_worded_strength_changes_the_gradient():
    r"""∂/∂θⱼ of (1/2m)Σ(θᵀx − y)² + reg·Σθₖ² is (1/m)Σ(θᵀx − y)xⱼ + 2λθⱼ, by hand; without λ it is not."""
    cost = _DATA + r"\text{reg}\|\theta\|^2"
    right = r"\frac{1}{m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})x_j^{(i)} + 2\lambda\theta_j"
    dropped = r"\frac{1}{m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})x_j^{(i)} + 2\theta_j"
    assert check(right, cost=cost, wrt="theta_j").verdict == "equivalent"
    assert check(dropped, cost=cost, wrt="theta_j").verdict == "different"


@pytest.mark.parametrize(
    ("tail", "column"),
    [
        (r"\text{foo}\|\theta\|^2", 1),  # a word logderiv does not know
        (r"\mathrm{foo}\|\theta\|^2", 1),
        (r"\lambda \text{reg}\|\theta\|^2", 9),  # λ written and a worded strength: one factor or two?
    ],
)
def test_an_unknown_word_where_a_factor_stands_is_refused(tail, column):
    _refused(_DATA + tail, "stands where a factor does", len(_DATA) + column)


@pytest.mark.parametrize(
    "tail",
    [r"\lambda\|\theta\|^2 \quad \text{for all j}", r"\lambda\|\theta\|^2 \text{(linearity)}",
     r"\lambda\|\theta\|^2 \quad \text{reg}", r"\lambda\|\theta\|^2 \text{reg}"],
)
def test_a_remark_in_words_is_still_a_remark(tail):
    r"""A phrase, a bracketed word, a word after ``\quad`` or ending the text carries no mathematics."""
    _same_cost(_DATA + tail, _DATA + r"\lambda\|\theta\|^2", None)


def test_a_word_in_a_subscript_is_a_label():
    r"""``J_{\text{reg}}(\theta) = …``, ``C_{\text{ridge}}``: a label on the cost's name, not a factor."""
    body = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2 + \lambda\|\theta\|^2"
    _same_cost(r"J_{\text{reg}}(\theta) = " + body, r"J(\theta) = " + body, None)


# --- 2. pi glued like yi, with p defined, is p_i --------------------------------------------------

_P = ("p = sigma(theta^T x)",)
_LOGISTIC_PLAIN = "-sum(y_i log(p_i) + (1-y_i) log(1-p_i))/m"


def test_glued_pi_beside_glued_yi_is_p_of_example_i():
    """``-sum(yi log(pi) + …)/m`` with p defined: p_i, the logistic cost, noted (π would make it a number's log)."""
    _same_cost("-sum(yi log(pi) + (1-yi) log(1-pi))/m", _LOGISTIC_PLAIN,
               "'pi' as p_i (p of example i, not the constant π)", lets=_P)


def test_glued_answer_with_pi_and_xij_checks_against_the_logistic_gradient():
    """∂/∂θⱼ of −(1/m)Σ[y log σ + (1−y) log(1−σ)] is (1/m)Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ (by hand): pi is p_i, xij is x_ij."""
    cost = "-sum(y_i log(sigma(theta^T x_i)) + (1-y_i) log(1-sigma(theta^T x_i)))/m"
    assert check("sum((pi - yi) xij)/m", cost=cost, wrt="theta_j", let=_P).verdict == "equivalent"
    assert check("sum((pi + yi) xij)/m", cost=cost, wrt="theta_j", let=_P).verdict == "different"


@pytest.mark.parametrize(
    ("text", "lets", "message", "column"),
    [
        ("sum((pi - y_i) x_i_j)/m", _P, "'pi' where p is defined", 6),  # p defined, no glued indices
        ("sum((pi - yi) xi)", (), "'pi' beside indices glued", 6),  # glued indices, p not defined
    ],
)
def test_pi_that_may_be_p_i_is_refused(text, lets, message, column):
    """Where pi may be p_i or π and nothing tells which, both are named: π is never taken silently."""
    _refused(text, message, column, lets=lets)


def test_pi_without_p_or_glued_indices_is_still_pi():
    """``2 pi`` with no p and no glued index: the constant, as before (the same cost as π written)."""
    _same_cost("sum((theta^T x_i - y_i)^2)/(2 pi)", "sum((theta^T x_i - y_i)^2)/(2 π)", None)


# --- 3. np.mean(…, axis=0) over DeepLearning.AI's 1×m rows ------------------------------------

_ROWS = ("A = sigmoid(np.dot(w.T, X) + b)",)  # X n×m: A and Y are 1×m rows
_COLUMNS = ("A = sigmoid(X @ w + b)",)  # X m×n: A and Y are m×1 columns
_CROSS_ENTROPY = "Y*np.log(A) + (1-Y)*np.log(1-A)"


@pytest.mark.parametrize(
    ("cost", "column"),
    [
        (f"cost = -np.mean({_CROSS_ENTROPY}, axis=0)", 50),  # the caret at axis=0
        (f"cost = -np.sum({_CROSS_ENTROPY}, axis=0)/m", 49),
    ],
)
def test_axis_0_of_a_row_of_examples_is_refused(cost, column):
    """Axis 0 of a 1×m row has one entry: np.mean(row, axis=0) is the (m,) row itself, not the mean over examples."""
    _refused(cost, "along axis=0 of the 1×m array, which has one entry that way", column, wrt="w_j", lets=_ROWS)


@pytest.mark.parametrize("cost", [f"-np.mean({_CROSS_ENTROPY}, axis=0)", f"-np.sum({_CROSS_ENTROPY}, axis=0)/m"])
def test_axis_0_of_a_column_of_examples_is_the_mean(cost):
    """With X m×n, A and Y are m×1 columns: axis 0 runs over the examples, the logistic cost (by hand: its
    gradient in b is (1/m)Σ(A⁽ⁱ⁾ − y⁽ⁱ⁾))."""
    assert check("np.sum(A - Y)/m", cost=cost, wrt="b", let=_COLUMNS).verdict == "equivalent"
    assert check("np.sum(A - Y)", cost=cost, wrt="b", let=_COLUMNS).verdict == "different"


# --- 4. y * np.log(h).sum(): the sum binds first ----------------------------------------------

_H = ("h = sigmoid(X @ theta)",)


@pytest.mark.parametrize(
    ("cost", "column"),
    [
        ("y * np.log(h).sum()", 14),  # the caret at .sum()
        ("-(y * np.log(h).sum() + (1-y) * np.log(1-h).sum())/m", 16),
        ("-(np.log(h).sum() * y + np.log(1-h).sum() * (1-y))/m", 12),
        ("y * np.sum(np.log(h))", 21),  # the ')' that closes the sum before the product
    ],
)
def test_a_label_times_a_sum_that_closed_first_is_refused(cost, column):
    """NumPy's .sum() binds before '*': y·Σᵢ log h⁽ⁱ⁾ is an m-vector, no cost; y was once made a number."""
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="theta_j", let=_H)
    assert "multiplies a sum over the examples from outside it" in str(caught.value), str(caught.value)
    assert caught.value.column == column - 1, str(caught.value)


def test_the_sum_around_the_product_is_the_cost():
    """(y * np.log(h)).sum() and np.sum(y * np.log(h)) are Σᵢ y⁽ⁱ⁾ log h⁽ⁱ⁾: gradient in θⱼ by hand,
    −(1/m)Σ[y(1−h) − (1−y)h]xⱼ = (1/m)Σ(h − y)xⱼ."""
    for cost in ("-((y * np.log(h)).sum() + ((1-y) * np.log(1-h)).sum())/m",
                 "-np.sum(y * np.log(h) + (1-y) * np.log(1-h))/m"):
        assert check("sum((h - y) x_j)/m", cost=cost, wrt="theta_j", let=_H).verdict == "equivalent", cost
        assert check("sum((h + y) x_j)/m", cost=cost, wrt="theta_j", let=_H).verdict == "different", cost


def test_a_numpy_sum_times_a_number_ends_at_its_bracket():
    """np.sum(v) * y is (Σ v)·y in NumPy: the call ends at ')'; once it ran on as Σ(v·y), a whiteboard's sum."""
    with pytest.raises(InputError):
        derive("-(np.sum(np.log(h)) * y)/m", wrt="theta_j", let=_H)
    # a number after the call: the same cost either way, read as written
    _same_cost("np.sum((X @ theta - y)**2) * 0.5", "0.5 * np.sum((X @ theta - y)**2)", None)


# --- 5. an answer's n where the cost counts by its mean ---------------------------------------

_PRED = ("y_pred = X @ w",)


def test_n_of_a_numpy_answer_is_the_count_of_the_mean():
    """∂/∂wⱼ mean((y − Xw)²) = −(2/m) Σᵢ (y⁽ⁱ⁾ − wᵀx⁽ⁱ⁾) xⱼ⁽ⁱ⁾ (by hand): the answer's n, a count the cost never
    writes, is its mean's m (noted); once it was the feature count, and a right answer 'different'."""
    cost = "np.mean((y - y_pred)**2)"
    right = check("D_w = -2/n * X.T @ (y - y_pred)", cost=cost, wrt="w_j", let=_PRED)
    assert right.verdict == "equivalent"
    assert any("read as m, the count of the examples" in note for note in right.notes), right.notes
    assert check("D_w = -1/n * X.T @ (y - y_pred)", cost=cost, wrt="w_j", let=_PRED).verdict == "different"


def test_n_of_a_numpy_answer_beside_a_cost_that_writes_m_is_refused():
    """np.sum(…)/m writes its count m: an answer's n may be the examples or the features; both named."""
    with pytest.raises(InputError) as caught:
        check("D_w = -2/n * X.T @ (y - y_pred)", cost="np.sum((y - y_pred)**2)/m", wrt="w_j", let=_PRED)
    assert "n as the number of examples (m) or of the features?" in str(caught.value)
    assert caught.value.column == 9  # the n of -2/n

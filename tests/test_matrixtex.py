r"""Vector and matrix answers written in LaTeX, as notes write them (issue 10, fifth wave).

``\mathbf{1}`` the all-ones vector, ``\partial_b L =``, ``\nabla L =`` with no
parameters, a design matrix named A, LaTeX's primed X', a bold σ with no argument,
``W^t x``, ``wx`` as wᵀx, ``(…)1``, ½, a --let given per example and in matrix
form. Each reading is held against a spelling that already reads (by the
oracle's own evaluation) or against a verdict worked out by hand (a right answer,
and the same answer with one slip); each refusal keeps its column.
"""

from __future__ import annotations

import pytest
import sympy

from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_equal, assert_gradient

#: summed cross-entropy in w and b, and its prediction per example (lecture notes' spelling)
CE = r"\mathcal{L}(\mathbf{w},b) = -\sum_{i=1}^m\big[ y_i\log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\big]"
PER_EXAMPLE = r"\hat{p}_i = \sigma(\mathbf{w}^\top \mathbf{x}_i + b)"
MATRIX_FORM = r"\hat{\mathbf{p}}=\sigma(\mathbf{X}\mathbf{w}+b\mathbf{1})"
#: summed cross-entropy on σ⁽ⁱ⁾, with no parameters written (read as σ(θᵀx⁽ⁱ⁾))
SIGMA_CE = r"\ell = -\sum_{i=1}^{m}\bigl[y^{(i)}\log\sigma^{(i)} + (1-y^{(i)})\log(1-\sigma^{(i)})\bigr]"


def _notes_start(verdict, start: str) -> bool:
    return any(note.startswith(start) for note in verdict.notes)


# --- ½ ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, written", [
    ("½ sum_i (theta^T x - y)^2", "1/2 sum_i (theta^T x - y)^2"),
    (r"½\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2", r"\frac{1}{2}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"),
    ("¾ m^(-1) sum_i (theta^T x - y)^2", "3/4 * 1/m sum_i (theta^T x - y)^2"),
])
def test_a_vulgar_fraction_is_the_fraction(text, written):
    """½ (¾) is 1/2 (3/4), bracketed: ½ m⁻¹ is (1/2)·m⁻¹, in plain text and LaTeX alike."""
    assert_equal([read_problem(text).cost, read_problem(written).cost])


def test_a_vulgar_fraction_gradient():
    """The gradient of ½ Σ (θᵀx − y)², against sympy.diff and finite differences of the same cost spelled 1/2."""
    derivation = derive("½ sum_i (theta^T x - y)^2")
    reference = read_problem("1/2 sum_i (theta^T x - y)^2")
    assert_gradient(reference.cost, reference.wrt, derivation.problem.expand_definitions(derivation.result))


# --- \mathbf{1}, the all-ones vector -------------------------------------------------------


def test_b_times_the_ones_vector_is_b_in_each_entry():
    """σ(Xw + b1) is σ(wᵀx⁽ⁱ⁾ + b): the same cost as with the prediction written per example."""
    matrix = read_problem(CE, wrt="w_j", lets=[MATRIX_FORM])
    index = read_problem(CE, wrt="w_j", lets=[PER_EXAMPLE])
    assert_equal([matrix.expand_definitions(matrix.cost), index.expand_definitions(index.cost)])
    assert any("all-ones vector: read as 1 in each entry" in note for note in matrix.notes)


def test_ones_transposed_times_a_vector_of_the_examples_is_their_sum():
    r"""∂L/∂b = 1ᵀ(p̂ − y) = Σᵢ (p̂ᵢ − yᵢ) (right, noted); with + y it is wrong."""
    right = check(r"\partial_b\mathcal{L}= \mathbf{1}^\top(\hat{\mathbf{p}}-\mathbf{y})", cost=CE, wrt="b",
                  let=[PER_EXAMPLE])
    assert right.verdict == "equivalent"
    assert any("is read as a sum over the examples" in note for note in right.notes)
    wrong = check(r"\mathbf{1}^\top(\hat{\mathbf{p}}+\mathbf{y})", cost=CE, wrt="b", let=[PER_EXAMPLE])
    assert wrong.verdict == "different"


@pytest.mark.parametrize("answer, column", [
    (r"\mathbf{1}^\top", 15),  # nothing after it
    (r"\mathbf{1}^\top\sigma", 15),  # σ with no argument, no vector
])
def test_ones_transposed_with_no_vector_is_refused(answer, column):
    r"""1ᵀ must be followed by a vector: refused with the column of what follows."""
    with pytest.raises(InputError) as caught:
        check(answer, cost=CE, wrt="b", let=[PER_EXAMPLE])
    assert caught.value.column == column


# --- a --let per example and again in matrix form -------------------------------------------


def test_a_let_given_per_example_and_in_matrix_form_is_read_once():
    """Two lets of p̂ that agree are read once, noted; the gradient is the one of either alone."""
    both = check(r"\nabla_{\mathbf{w}}\mathcal{L} = \mathbf{X}^\top(\hat{\mathbf{p}}-\mathbf{y})", cost=CE,
                 wrt="w_j", let=[PER_EXAMPLE, MATRIX_FORM])
    assert both.verdict == "equivalent"
    read = read_problem(CE, wrt="w_j", lets=[PER_EXAMPLE, MATRIX_FORM])
    assert any("the two agree, so it is read once" in note for note in read.notes)


def test_a_let_given_twice_that_disagrees_is_refused():
    """σ(Xw + 2b1) is not σ(wᵀxᵢ + b): refused as defined twice, never one picked."""
    with pytest.raises(InputError) as caught:
        read_problem(CE, wrt="w_j", lets=[PER_EXAMPLE, r"\hat{\mathbf{p}}=\sigma(\mathbf{X}\mathbf{w}+2b\mathbf{1})"])
    assert "defined twice" in caught.value.message


# --- left sides ------------------------------------------------------------------------------


def test_partial_with_a_subscript_names_the_derivative():
    r"""\partial_b L = … is ∂L/∂b (noted); checked by another variable it is refused with the column."""
    verdict = check(r"\partial_b\mathcal{L}= \sum_{i=1}^m(\hat{p}_i-y_i)", cost=CE, wrt="b", let=[PER_EXAMPLE])
    assert verdict.verdict == "equivalent"
    assert _notes_start(verdict, r"\partial_b\mathcal{L} is read as the derivative ∂L/∂b")
    with pytest.raises(InputError) as caught:
        check(r"\partial_b\mathcal{L}= \sum_{i=1}^m(\hat{p}_i-y_i)", cost=CE, wrt="w_j", let=[PER_EXAMPLE])
    assert caught.value.column == 9


def test_nabla_with_no_parameters_is_by_the_wrt():
    r"""\nabla\ell = Σᵢ (σ⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾ names no parameters: the gradient by θ (--wrt), noted."""
    right = check(r"\nabla\ell = \sum_{i=1}^m (\sigma^{(i)} - y^{(i)}) x^{(i)}", cost=SIGMA_CE)
    assert right.verdict == "equivalent"
    assert any("names no parameters" in note for note in right.notes)
    wrong = check(r"\nabla\ell = \sum_{i=1}^m (\sigma^{(i)} + y^{(i)}) x^{(i)}", cost=SIGMA_CE)
    assert wrong.verdict == "different"


# --- the data matrix by other names -------------------------------------------------------------


def test_a_design_matrix_named_a():
    """A^T(σ(Aθ) − y), with no X or x written, is Xᵀ(σ(Xθ) − y): right, and wrong with + y."""
    right = check(r"\nabla_\theta\ell = A^T(\sigma(A\theta)-\mathbf{y})", cost=SIGMA_CE)
    assert right.verdict == "equivalent"
    assert _notes_start(right, "A is read as the data matrix X")
    assert check(r"\frac{1}{m}A^T(A\theta-y)", cost="linear").verdict == "equivalent"
    assert check(r"\frac{1}{m}A^T(A\theta+y)", cost="linear").verdict == "different"


def test_a_transposed_beside_x_is_refused():
    """Beside X, A is a constant: A^T is refused with its column, never a traceback."""
    with pytest.raises(InputError) as caught:
        check(r"A^T(\sigma(X\theta)-\mathbf{y})", cost=SIGMA_CE)
    assert caught.value.column == 0


def test_a_primed_x_in_latex_is_the_data_matrix():
    """X'^T(X'θ − y)/m (42 AI's X' with its column of ones) is the linear gradient; with + y it is wrong."""
    right = check(r"\nabla(J) = \frac{1}{m} X'^\mathsf{T}(X'\theta - y)", cost="linear")
    assert right.verdict == "equivalent"
    assert _notes_start(right, "X' is read as X, the data matrix")
    assert check(r"\frac{1}{m} X'^\mathsf{T}(X'\theta + y)", cost="linear").verdict == "different"


@pytest.mark.parametrize("answer, column", [
    (r"\frac{1}{m} X'^\mathsf{T}(X\theta - y)", 12),  # X' beside X: another matrix
    (r"\frac{1}{m} X^T(X\theta' - y)", 23),  # a prime on θ: a derivative?
])
def test_a_prime_elsewhere_is_refused(answer, column):
    """Only X' alone is read; beside X, or on another letter, the prime is refused with its column."""
    with pytest.raises(InputError) as caught:
        check(answer, cost="linear")
    assert caught.value.column == column


# --- a bold σ --------------------------------------------------------------------------------------


@pytest.mark.parametrize("cost, verdict", [
    ("logistic", "equivalent"),  # 1/m Xᵀ(σ − y) is the logistic gradient
    ("mse-sigmoid", "different"),  # there σ(1 − σ) is due inside
])
def test_a_bold_sigma_is_the_cost_s_predictions(cost, verdict):
    r"""X^T(\boldsymbol{\sigma} − y)/m: the vector of the cost's own σ(θᵀx⁽ⁱ⁾), noted."""
    read = check(r"\frac1m X^T(\boldsymbol{\sigma}-\mathbf{y})", cost=cost)
    assert read.verdict == verdict
    assert any("with no argument is read as the m×1 vector" in note for note in read.notes)


def test_a_bold_sigma_follows_the_cost_s_parameters():
    """σ⁽ⁱ⁾ in a cost of w and b is σ(wᵀx⁽ⁱ⁾ + b): the bold σ is that, though the answer writes no b."""
    cost = r"L(w,b) = -\sum_{i=1}^{m}\bigl[y^{(i)}\log\sigma^{(i)} + (1-y^{(i)})\log(1-\sigma^{(i)})\bigr]"
    assert check(r"\nabla_w L = X^T(\boldsymbol{\sigma}-\mathbf{y})", cost=cost, wrt="w_j").verdict == "equivalent"


def test_a_bold_sigma_where_the_cost_has_none_or_outside_a_matrix_answer_is_refused():
    """The linear cost holds no σ: refused; in a cost a bold σ alone is refused at its column."""
    with pytest.raises(InputError) as caught:
        check(r"X^T(\boldsymbol{\sigma}-\mathbf{y})", cost="linear")
    assert "holds none" in caught.value.message
    with pytest.raises(InputError) as caught:
        derive(r"\boldsymbol{\sigma} - y")
    assert caught.value.column == 0


# --- W^t, wx, (…)1, \fw ------------------------------------------------------------------------------


def test_w_to_the_t_before_x_is_the_transpose_in_latex():
    """w^t x in LaTeX is wᵀx, noted: the same cost as with w^T x."""
    read = read_problem(r"\sum_{i=1}^m (w^t x^{(i)} - y^{(i)})^2", wrt="w_j")
    written = read_problem(r"\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2", wrt="w_j")
    assert_equal([read.cost, written.cost])
    assert any(note.startswith("a superscript t between a vector and x") for note in read.notes)


def test_bold_x_times_bold_w_is_their_dot_product():
    r"""\hat{y} = g(\mathbf{x}\mathbf{w}+b) with --wrt w_j: the let is σ(wᵀx + b), noted."""
    lets = [r"\hat{y} = \sigma(\mathbf{x}\mathbf{w}+b)"]
    read = read_problem(r"-y\log(\hat{y})-(1-y)\log(1-\hat{y})", wrt="w_j", lets=lets)
    written = read_problem(r"-y\log(\hat{y})-(1-y)\log(1-\hat{y})", wrt="w_j",
                           lets=[r"\hat{y} = \sigma(\mathbf{w}^T\mathbf{x}+b)"])
    assert_equal([read.expand_definitions(read.cost), written.expand_definitions(written.cost)])
    assert any("is read as wᵀx, the dot product" in note for note in read.notes)


def test_a_one_after_a_bracket_is_a_factor():
    """-(ŷ − y)1 is −(ŷ − y): the sign slip of a chain's ·1 is judged different; (ŷ − y)1 right; (…)2 refused."""
    cost = r"-y\log(\hat{y})-(1-y)\log(1-\hat{y})"
    lets = [r"\hat{y} = \sigma(\mathbf{w}^T\mathbf{x}+b)"]
    assert check(r"(\hat{y}-y)1", cost=cost, wrt="b", let=lets).verdict == "equivalent"
    wrong = check(r"-(\hat{y}-y)1", cost=cost, wrt="b", let=lets)
    assert wrong.verdict == "different"
    assert any("is read as a product with 1" in note for note in wrong.notes)
    with pytest.raises(InputError) as caught:
        check(r"(\hat{y}-y)2", cost=cost, wrt="b", let=lets)
    assert caught.value.column == 11


def test_a_document_s_own_macro_is_refused_with_what_it_likely_means():
    r"""\fw is no LaTeX command: refused at its column, the hint naming \mathbf{w}."""
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}\sum_i x_j^{(i)}((\fw^\top \fx^{(i)}+b) - y^{(i)})", cost="linear")
    assert caught.value.column == 29
    assert r"\mathbf{w}" in caught.value.hint


# --- a row of the data matrix ------------------------------------------------------------------------


@pytest.mark.parametrize("row", [r"A[i,:]^T", r"A[i,:]^{\top}", r"X[i,:]"])
def test_a_row_of_the_data_matrix_is_the_example(row):
    """Σᵢ (σ⁽ⁱ⁾ − y⁽ⁱ⁾) A[i,:]ᵀ is Σᵢ (σ⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾, noted: right, and wrong with + y."""
    right = check(r"\nabla\ell = \sum_{i=1}^{m}\bigl(\sigma^{(i)}-y^{(i)}\bigr)\," + row, cost=SIGMA_CE)
    assert right.verdict == "equivalent"
    assert any("row i of the data matrix" in note for note in right.notes)
    wrong = check(r"\nabla\ell = \sum_{i=1}^{m}\bigl(\sigma^{(i)}+y^{(i)}\bigr)\," + row, cost=SIGMA_CE)
    assert wrong.verdict == "different"


def test_a_sliced_a_also_written_whole_is_refused():
    """A[i,:] beside a whole A: A is then no data matrix, and the slice is refused with a column."""
    with pytest.raises(InputError) as caught:
        check(r"\sum_{i=1}^{m}(\sigma^{(i)}-y^{(i)}) A[i,:]^T + A", cost=SIGMA_CE)
    assert caught.value.column is not None


# --- W for the weights in plain text, and a left side by the whole vector -------------------------------

SQUARED = "L = ½ (y_hat − y)²"
W_LETS = ["y_hat = σ(z)", "z = Wᵗx + b"]


def test_capital_w_transposed_before_x_is_the_weights_with_its_wrt():
    """z = Wᵗx + b with --wrt W_j: W is w, --wrt W_j is w_j (both noted); the gradient is the one in w, stated in W."""
    derivation = derive(SQUARED, wrt="W_j", let=W_LETS)
    reference = read_problem("1/2 (y_hat - y)^2", wrt="w_j", lets=["y_hat = sigmoid(z)", "z = w^T x + b"])
    in_w = {sympy.IndexedBase("W"): sympy.IndexedBase("w")}  # the letter asked for is given back: W
    assert_gradient(reference.expand_definitions(reference.cost), reference.wrt,
                    derivation.problem.expand_definitions(derivation.result).xreplace(in_w), reference.definitions)
    stated = derivation.problem.expand_definitions(derivation.result)
    assert stated.has(sympy.IndexedBase("W")) and not stated.has(sympy.IndexedBase("w"))
    notes = derivation.problem.notes
    assert any(note.startswith("W is read as w") for note in notes)
    assert any(note.startswith("--wrt W_j is read as w_j") for note in notes)


def test_a_left_side_by_the_whole_weight_vector():
    """∂L/∂W = (ŷ − y) ŷ (1 − ŷ) x is the whole gradient: right; without ŷ(1 − ŷ) wrong."""
    assert check("∂L/∂W = (y_hat − y) y_hat (1 − y_hat) x", cost=SQUARED, wrt="W_j", let=W_LETS).verdict == "equivalent"
    assert check("∂L/∂W = (y_hat − y) x", cost=SQUARED, wrt="W_j", let=W_LETS).verdict == "different"
    lets = ["y_hat = σ(z)", "z = w^T x + b"]
    assert check("∂L/∂w = (y_hat − y) y_hat (1 − y_hat) x", cost=SQUARED, wrt="w_j", let=lets).verdict == "equivalent"


def test_capital_w_written_bare_stays_unknown():
    """W also written without a transpose is no weight vector here: --wrt W_j stays refused."""
    with pytest.raises(InputError) as caught:
        derive(SQUARED, wrt="W_j", let=["y_hat = σ(z)", "z = Wᵗx + b + W"])
    assert caught.value.column is not None


@pytest.mark.parametrize("indicator", [r"\mathbf{1}(y^{(i)})", r"\mathbf{1}\{y^{(i)}\}"])
def test_a_bold_one_before_a_bracket_is_refused_as_an_indicator(indicator):
    r"""\mathbf{1}\{…\} is the indicator function of softmax notes, not the ones vector: refused at the bracket."""
    with pytest.raises(InputError) as caught:
        derive(r"-\sum_{i=1}^m " + indicator + r"\log h^{(i)}")
    assert caught.value.column == 24
    assert "indicator" in caught.value.message

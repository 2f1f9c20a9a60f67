"""audit27 (issue 10): near-variants of the readings merged this session, each read as the writer means or refused.

Each expected refusal or verdict is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest
from corpus.items import Cost
from corpus.judge import judge_cost

import logderiv
from logderiv.errors import InputError

MEAN = r"\frac{1}{2m}\sum_{i=1}^m (\hat y^{(i)} - y^{(i)})^2"
INDEX_CE = r"-\frac{1}{M} \sum_{i=1}^M \Bigl[y^{(i)}\log \hat{y}^{(i)} + (1-y^{(i)})\log(1-\hat{y}^{(i)})\Bigr]"


# ------------------------------------------------ a network whose hidden layer's output is named in a let of its own

@pytest.mark.parametrize("cost, lets", [
    # ŷ = v·a, a = σ(z), z = W·x + b: v the output weights times the hidden layer a, so W is a layer's matrix; read
    # one unit at a time, W was the weight vector and v a constant: a confident gradient of v σ(wᵀx + b)
    (MEAN, (r"\hat y = v \cdot a", r"a = \sigma(z)", r"z = \mathbf{W} \cdot \mathbf{x} + b")),
    ("1/(2m) * sum((yhat - y)^2)", ("yhat = v * a", "a = sigmoid(z)", "z = W^T x + b")),
    # DeepLearning.AI's Z = W X + b (read as wᵀX only in matrix form, after the first guard had run), then the
    # hidden activation A and the output σ(v A): the same two-layer network
    (INDEX_CE, (r"Z = W X + b", r"A = \tanh(Z)", r"\hat{y} = \sigma(v A)")),
    ("1/(2*m) * np.sum((yhat - y)**2)", ("yhat = v * A", "A = sigmoid(Z)", "Z = np.dot(W, X) + b")),
    ("1/(2*m) * np.sum((yhat - y)**2)", ("yhat = np.dot(v, A)", "A = np.tanh(Z)", "Z = np.dot(W, X) + b")),
])
def test_output_weights_times_a_named_hidden_layer_are_a_network(cost, lets):
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="W_j", let=lets)
    assert "network" in caught.value.message


def test_the_one_unit_with_its_activation_named_is_still_read():
    # Z = W X + b, A = σ(Z), cost the mean cross-entropy in A: one unit (no output weights), and by hand
    # ∂/∂w_j = (1/m)Σ(A⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾ (test_fixlatex holds it to finite differences); 2/m is twice it
    cost = INDEX_CE.replace(r"\hat{y}", "A")
    lets = (r"Z = W X + b", r"A = \sigma(Z)")
    right = r"\frac{1}{M}\sum_{i=1}^M (A^{(i)} - y^{(i)}) x_j^{(i)}"
    assert logderiv.check(right, cost=cost, wrt="W_j", let=lets).verdict == "equivalent"
    assert logderiv.check(right.replace("{1}{M}", "{2}{M}"), cost=cost, wrt="W_j", let=lets).verdict == "different"


@pytest.mark.parametrize("lets", [
    # code's capital W after the data (X @ W, read as w when it is one output's weights) under output weights v:
    # σ(XW + b) v is a hidden layer of k units and its output layer, and v σ(Xw + b) (v a constant) another model
    ("yhat = v * A", "A = sigmoid(Z)", "Z = np.dot(X, W) + b"),
    ("yhat = v * sigmoid(Z)", "Z = np.dot(X, W) + b"),
    ("yhat = v * sigmoid(X @ W + b)",),
    ("yhat = sigmoid(X @ W + b) @ v",),
    ("yhat = np.tanh(X @ W) @ V",),
])
def test_code_capital_w_under_output_weights_is_not_the_weight_vector(lets):
    with pytest.raises(InputError):
        logderiv.derive("1/(2*m) * np.sum((yhat - y)**2)", wrt="W_j", let=lets)


def test_code_capital_w_with_a_penalty_is_still_the_weight_vector():
    # alpha * np.sum(W**2) is a penalty, not a layer: W stays the weight vector, and by hand
    # ∂/∂w_j [(1/2m)Σ(x⁽ⁱ⁾ᵀw + b − y⁽ⁱ⁾)² + α Σ w²] = (1/m)Σ(x⁽ⁱ⁾ᵀw + b − y⁽ⁱ⁾)x_j⁽ⁱ⁾ + 2α w_j; without 2α·w_j: different
    cost, lets = "1/(2*m) * np.sum((yhat - y)**2) + alpha * np.sum(W**2)", ("yhat = X @ W + b",)
    right = r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} + b - y^{(i)}) x_j^{(i)} + 2 \alpha w_j"
    assert logderiv.check(right, cost=cost, wrt="W_j", let=lets).verdict == "equivalent"
    assert logderiv.check(right.replace(r" + 2 \alpha w_j", ""), cost=cost, wrt="W_j", let=lets).verdict == "different"


# ------------------------------------------------ m = size(X, 2) read as the code computes it, unless a comment says examples

@pytest.mark.parametrize("cost, lets", [
    # the comment says m counts the training examples; with X m×n (h = X*theta) size(X, 2) counts the features: the
    # writer means (1/2m)Σ(h − y)², the code computes (1/2n)Σ(h − y)². Read as n (the code's), it was a silent choice
    ("( 1/(2*m) ) * sum( (h - y).^2 )", ("m = size(X, 2); % number of training examples", "h = X * theta;")),
    ("( 1/(2*m) ) * sum( (h - y).^2 )", ("m = size(X, 2) # training examples", "h = X * theta;")),
    ("np.sum((X.dot(theta) - y)**2) / (2*m)", ("m = X.shape[1]  # number of examples",)),
    ("np.sum((X.dot(theta) - y)**2) / (2*m)", ("m = X.shape[1]  # samples",)),
])
def test_a_column_count_whose_comment_says_examples_is_refused(cost, lets):
    with pytest.raises(InputError, match="counts the examples only with one example per column"):
        logderiv.derive(cost, let=lets)


def test_a_column_count_whose_comment_says_features_is_read_as_the_code_computes():
    """'% number of features' agrees with the code: the cost is (1/2n)Σ(x⁽ⁱ⁾ᵀθ − y⁽ⁱ⁾)², held to central finite
    differences of that NumPy cost (the corpus judge's oracle), at sizes with m ≠ n."""
    lets = ("m = size(X, 2); % number of features", "h = X * theta;")
    outcome = judge_cost(Cost(id="audit27-features-comment", source="test", text="( 1/(2*m) ) * sum( (h - y).^2 )",
                              intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.n), lets=lets))
    assert outcome.kind == "right", outcome.detail


# ------------------------------------------------ Sum[…] * x: the same reading as sum(…) * x, now said

LINE = "1/(2m) * sum((theta_0 + theta_1 * x - y)^2)"


@pytest.mark.parametrize("answer", ["(1/m) * Sum[θ0 + θ1 * x - y] * x", "(1/m) * sum[θ0 + θ1 * x - y] * x"])
def test_a_bracketed_sum_then_a_factor_of_its_index_says_it_takes_the_product(answer):
    # x after the ']' has no example of its own outside the sum, so the sum takes it: (1/m)Σ(θ₀ + θ₁x − y)x, by hand
    # ∂/∂θ₁ of the line's half mean square (test_fixlatex holds it to finite differences): equivalent. The reading
    # was taken silently; sum(…) * x said it
    result = logderiv.check(answer, cost=LINE, wrt="theta_1")
    assert result.verdict == "equivalent"
    assert any("is read as one sum over the whole product after it" in note and "Mathematica" in note
               for note in result.notes), result.notes
    # for θ₀ the factor x is one too many: different
    assert logderiv.check(answer, cost=LINE, wrt="theta_0").verdict == "different"


# ------------------------------------------------ a glued x2 beside a one-feature x: x² typed without '^', not x₂

@pytest.mark.parametrize("answer, cost", [
    # the cost is the quadratic θ₀ + θ₁x + θ₂x² in one feature x; the answer's x2 is x² as typed (then by hand it is
    # ∂/∂θ₂ = (1/m)Σ(θ₀ + θ₁x + θ₂x² − y)x², equivalent), or feature 2 of a vector x the cost does not have: it was
    # read as x₂ and judged 'different', a confident verdict for a meaning the writer may not have had
    ("(1/m) * sum((θ0 + θ1*x + θ2*x2 - y) * x2)", "1/(2m) * sum((θ0 + θ1*x + θ2*x^2 - y)^2)"),
    ("(1/m) * sum((theta0 + theta1*x + theta2*x2 - y) * x2)", "1/(2m) * sum((theta0 + theta1*x + theta2*x^2 - y)^2)"),
])
def test_a_glued_x2_beside_a_bare_x_is_not_feature_two(answer, cost):
    with pytest.raises(InputError):
        logderiv.check(answer, cost=cost, wrt="theta_2")


def test_glued_features_with_no_bare_x_are_still_features():
    # θ₀ + θ₁x₁ + θ₂x₂: two features; by hand ∂/∂θ₂ of the half mean square is (1/m)Σ(θ₀ + θ₁x₁ + θ₂x₂ − y)x₂,
    # and with x₁ for x₂ it is another component's: different
    cost = "1/(2m) * sum((θ0 + θ1*x1 + θ2*x2 - y)^2)"
    assert logderiv.check("(1/m) * sum((θ0 + θ1*x1 + θ2*x2 - y) * x2)", cost=cost, wrt="theta_2").verdict == "equivalent"
    assert logderiv.check("(1/m) * sum((θ0 + θ1*x1 + θ2*x2 - y) * x1)", cost=cost, wrt="theta_2").verdict == "different"


# ------------------------------------------------ DeepLearning.AI's layout: an answer's inline counts by b

DLAI_COST = "-(1/m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))"
DLAI_LETS = ("A = sigmoid(np.dot(w.T, X) + b)",)


@pytest.mark.parametrize("answer", ["np.sum(A - Y) / X.shape[0]", "np.sum(A - Y) / len(X)"])
def test_a_row_count_of_an_n_by_m_x_in_a_scalar_answer_is_refused(answer):
    # np.dot(w.T, X): X is n×m, so X.shape[0] and len(X) are n; by hand ∂J/∂b = (1/m)Σ(A⁽ⁱ⁾ − y⁽ⁱ⁾) (test_fixlatex
    # holds it to finite differences) and (1/n)Σ(A − y) is another number: these were read as m, 'equivalent'
    with pytest.raises(InputError, match="it is not the number of examples m"):
        logderiv.check(answer, cost=DLAI_COST, wrt="b", let=DLAI_LETS)


def test_octave_row_count_of_an_n_by_m_x_in_a_scalar_answer_is_refused():
    with pytest.raises(InputError, match="it is not the number of examples m"):
        logderiv.check("sum(A - Y) / size(X, 1)", cost="-(1/m) * sum(Y .* log(A) + (1 - Y) .* log(1 - A))", wrt="b",
                       let=("A = sigmoid(w' * X + b);",))


def test_the_column_count_of_an_n_by_m_x_in_a_scalar_answer_is_m():
    # X.shape[1] is m here: (1/m)Σ(A − y) is ∂J/∂b (equivalent; it was read as n and judged 'different'), twice it not
    result = logderiv.check("np.sum(A - Y) / X.shape[1]", cost=DLAI_COST, wrt="b", let=DLAI_LETS)
    assert result.verdict == "equivalent"
    assert any("X.shape[1] is the number of examples m" in note for note in result.notes), result.notes
    assert logderiv.check("2 * np.sum(A - Y) / X.shape[1]", cost=DLAI_COST, wrt="b", let=DLAI_LETS).verdict == "different"


@pytest.mark.parametrize("count", ["N = X.shape[0]", "N = len(X)", "N, D = X.shape"])
def test_an_answers_own_row_count_of_an_n_by_m_x_is_refused(count):
    # the answer's own --let counts X's rows, n here (X n×m): (1/n)Σ(A − y) is not ∂J/∂b = (1/m)Σ(A − y); it was
    # read as m and judged 'equivalent'
    with pytest.raises(InputError, match="it is not the number of examples m"):
        logderiv.check("np.sum(A - Y) / N", cost=DLAI_COST, wrt="b", let=(count, *DLAI_LETS))


def test_an_answers_own_column_count_of_an_n_by_m_x_is_m():
    """N = X.shape[1] is m of an n×m X: (1/N)Σ(A − y) is ∂J/∂b, by hand as above (it was refused after audit32's
    refusal of a count a let defines otherwise, which took shape[1] for a feature count by its text alone)."""
    result = logderiv.check("np.sum(A - Y) / N", cost=DLAI_COST, wrt="b", let=("N = X.shape[1]", *DLAI_LETS))
    assert result.verdict == "equivalent"


@pytest.mark.parametrize("count", ["N = n"])
def test_an_answers_own_count_of_the_parameters_is_not_read_as_m(count):
    """w is n×1, so N = w.shape[0] is n and (1/n)Σ(A − y) is not ∂J/∂b = (1/m)Σ(A − y): it was read as the mean over
    the examples and judged 'equivalent' (a let's size of anything was left to the count letters, which kept m)."""
    with pytest.raises(InputError, match="--let defines N otherwise"):
        logderiv.check("np.sum(A - Y) / N", cost=DLAI_COST, wrt="b", let=(count, *DLAI_LETS))


def test_an_answers_count_of_the_parameters_is_read_as_n_and_judged():
    """fixf59 reads --let N = w.shape[0] as what the code computes, n (noted), where this test had asked a refusal:
    (1/n)Σ(A − y) is then, by hand, not ∂J/∂b = (1/m)Σ(A − y) (n ≠ m): 'different', never the old 'equivalent'."""
    result = logderiv.check("np.sum(A - Y) / N", cost=DLAI_COST, wrt="b", let=("N = w.shape[0]", *DLAI_LETS))
    assert result.verdict == "different"
    assert any(note.startswith("N = w.shape[0] counts the entries of the parameter vector") for note in result.notes)

"""Gradient answers pasted as code: a matrix-form --let per example, X_train/y_train, np.matmul.

Each reading is held against a spelling that was read before it (the let's value put in,
X for X_train, np.dot for np.matmul): both must give the same verdict, and a wrong
answer in the new spelling must stay wrong.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError


@pytest.mark.parametrize(
    "answer, let, inlined",
    [
        ("1 / m * (X' * (h - y))", "h = sigmoid(X*theta)", "1 / m * (X' * (sigmoid(X*theta) - y))"),
        ("X' * (h - y)", "h = sigmoid(X*theta)", "X' * (sigmoid(X*theta) - y)"),  # the 1/m missing
        ("1/m * X' * (y - h)", "h = sigmoid(X*theta)", "1/m * X' * (y - sigmoid(X*theta))"),  # the sign
        ("1/m * X.T @ (h - y)", "h = sigmoid(X @ theta)", "1/m * X.T @ (sigmoid(X @ theta) - y)"),
    ],
)
def test_a_matrix_form_let_restating_the_presets_h_is_read_as_it(answer, let, inlined):
    """--let h = sigmoid(X*theta) with --cost logistic is the preset's h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾), with a note."""
    read = check(answer, cost="logistic", let=[let])
    assert read.verdict == check(inlined, cost="logistic").verdict
    assert any("the value the cost gives it" in note for note in read.notes), read.notes


def test_an_index_form_let_restating_the_presets_h_is_read_as_it():
    read = check("1/m * sum((h - y) x_j)", cost="logistic", let=["h = sigmoid(theta^T x)"])
    assert read.verdict == "equivalent"
    assert any("defines h as the problem does" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, lets",
    [
        ("1/m * sum((h - y) x_j)", ["h = tanh(theta^T x)"]),
        ("1 / m * (X' * (h - y))", ["h = X*theta"]),
        ("1 / m * (X' * (h - y))", ["h = tanh(X*theta)"]),
    ],
)
def test_a_let_giving_the_presets_h_another_value_is_refused(answer, lets):
    """Never one of the two values silently: the preset's h and the let's differ."""
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic", let=lets)
    # index form: the let is compared with the problem's h (verify.sides); matrix form: the builder refuses it
    assert "already defined by the problem" in str(caught.value) or "differs from the problem's own h" in str(caught.value)
    assert caught.value.column == 0


def test_a_matrix_form_let_per_example_is_the_vector_of_its_values():
    """With a cost that leaves h undefined (linear), --let h = X*theta is θᵀx⁽ⁱ⁾ per example, the cost's model.

    An h of another model (σ(θᵀx⁽ⁱ⁾)) is refused: the answer would be judged with a prediction the cost is
    not of (review 5, finding 5).
    """
    read = check("1/m * X' * (h - y)", cost="linear", let=["h = X*theta"])
    assert read.verdict == "equivalent"
    assert any("for each example i, h⁽ⁱ⁾ = θᵀx⁽ⁱ⁾" in note for note in read.notes), read.notes
    with pytest.raises(InputError) as caught:
        check("1/m * X' * (h - y)", cost="linear", let=["h = sigmoid(X*theta)"])
    assert "differs from the problem's own h" in str(caught.value)


@pytest.mark.parametrize(
    "answer, lets, plain",
    [
        ("1 / m * (X_train.T @ (h-y_train))", ["h = sigmoid(X_train @ theta)"], "1 / m * (X.T @ (sigmoid(X @ theta) - y))"),
        ("1 / m * (X_train.T @ (h-y))", [], "1 / m * (X.T @ (h - y))"),
        ("X_train.T @ (h-y_train)", [], "X.T @ (h - y)"),  # the 1/m missing
        ("1/m * np.matmul(X_train.T, (h - y_train))", ["z = np.matmul(X_train, theta)", "h = sigmoid(z)"],
         "1/m * np.dot(X.T, (sigmoid(np.dot(X, theta)) - y))"),
        ("1/m * np.matmul(X.T, h - y)", [], "1/m * np.dot(X.T, h - y)"),
        ("np.matmul(X.T, y - h)", [], "np.dot(X.T, y - h)"),
    ],
)
def test_training_names_and_matmul_read_as_x_y_and_the_product(answer, lets, plain):
    read = check(answer, cost="logistic", let=lets)
    assert read.verdict == check(plain, cost="logistic").verdict
    if "_train" in answer:
        assert any("is the training data" in note for note in read.notes), read.notes
    if "matmul" in answer:
        assert any("np.matmul(A, B) is the matrix product" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, column",
    [
        ("1 / m * (X_train.T @ (h - y)) + X_test.T @ y", 9),  # two data sets in play
        ("1 / m * (X_train.T @ (X @ theta - y))", 9),  # X beside X_train
        ("1 / m * (X_val.T @ (h - y))", 9),  # a validation set is not what a gradient is taken on
    ],
)
def test_training_names_beside_other_data_are_refused(answer, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic")
    assert caught.value.column == column
    assert "name of code for a data set" in str(caught.value)


REG = dict(cost="logistic-l2", regularise_intercept=False)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("((h - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m", "equivalent"),
        ("X' * (h - y) / m + lambda / m * theta .* [0; ones(size(theta, 1) - 1, 1)]", "equivalent"),
        ("X' * (h - y) / m + lambda / m * [0; ones(n - 1, 1)] .* theta", "equivalent"),
        ("X' * (h - y) / m + lambda / m * theta", "different"),  # the intercept regularised
        ("X' * (h - y) / m + lambda / m * [0; ones(n - 1, 1)]", "different"),  # the mask without θ
    ],
)
def test_octaves_ones_mask_leaves_the_intercept_out(answer, verdict):
    """[0; ones(n-1, 1)] is 1 − e₁: θ .* it is [0; θ(2:end)], the spelling read before."""
    assert check("X' * (h - y) / m + lambda / m * [0; theta(2:end)]", **REG).verdict == "equivalent"
    read = check(answer, **REG)
    assert read.verdict == verdict
    if "ones" in answer:
        assert any("is the n×1 mask (0, 1, …, 1)" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, row, reference",
    [
        ("(h - y)' * X / m", True, "X' * (h - y) / m"),
        ("((h - y)' * X / m)'", False, "X' * (h - y) / m"),
        ("((sigmoid(X theta) - y)^T X)/m", True, "X^T (sigmoid(X theta) - y)/m"),  # a row, never a power T
        ("(h - y)' * X", True, "X' * (h - y)"),  # the 1/m missing
        ("(y - h)' * X / m", True, "X' * (y - h) / m"),  # the sign
    ],
)
def test_a_row_gradient_and_transposes_of_expressions(answer, row, reference):
    """Octave's grad = (h - y)' * X / m is the 1×n row of the gradient's entries: compared entry by entry, noted."""
    read = check(answer, cost="logistic")
    assert read.verdict == check(reference, cost="logistic").verdict
    assert any("1×n row" in note for note in read.notes) == row, read.notes


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("(sum((h.-y).*X))./m", "equivalent"),
        ("sum((h - y) .* X) / m", "equivalent"),
        ("sum(X .* (h - y)) / m", "equivalent"),
        ("sum((h - y) .* X)", "different"),
        ("sum((y - h) .* X) / m", "different"),
    ],
)
def test_octaves_column_sum_of_a_broadcast_product(answer, verdict):
    """sum((h - y) .* X) in Octave: row i of X times hᵢ − yᵢ, each column added up: Σᵢ (hᵢ − yᵢ) xⱼ⁽ⁱ⁾."""
    read = check(answer, cost="logistic")
    assert read.verdict == verdict
    assert any("sum(M) of an m×n matrix adds up each column" in note for note in read.notes), read.notes
    assert any("broadcasting" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, column, fragment",
    [
        ("sum((h - y) ⊙ X) / m", 0, "without sums"),  # not Octave's .*: no column sum, no broadcast
        ("X' * (h - y) ⊙ X", 15, "⊙ multiplies two vectors"),
        ("np.sum((h - y) .* X) / m", 3, "without sums"),  # NumPy's sum of a matrix is a number
        ("X' * (h - y) / m + lambda / m * theta .* [0; ones(m - 1, 1)]", 45, "[0; v] is read for v"),
        ("(h - y)'", 0, "must be n×1"),
        ("sum((h - y) .* X, 2) / m", 0, "must be n×1"),  # X is m×n: a sum along the features, m×1
    ],
)
def test_code_readings_that_do_not_fit_are_refused(answer, column, fragment):
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic")
    assert fragment in str(caught.value), str(caught.value)
    assert caught.value.column == column, (caught.value.column, answer[caught.value.column or 0:])


HAT_P = r"-\sum_{i=1}^m\big[ y_i\log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\big]"


def test_a_hat_p_is_the_p_a_let_defines():
    """--let p = … with \\hat{p} in the cost: code's p is the cost's p̂ (noted); the gradient against the oracle."""
    from _oracle import assert_gradient

    from logderiv import derive
    from logderiv.verify.costs import read_cost

    derivation = derive(HAT_P, wrt="w_j", let=["p = 1/(1+np.exp(-z))", "z = X @ w + b"])
    reference = read_cost(r"-\sum_{i=1}^m [y_i \log(s) + (1 - y_i) \log(1 - s)]", wrt="w_j",
                          let=[r"s = \frac{1}{1 + e^{-(w^T x^{(i)} + b)}}"])
    read = derivation.problem
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **reference.definitions})
    assert any(r"\hat{p} is read as p, which --let defines" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, verdict",
    [("X.T @ (p - y)", "equivalent"), ("X.T @ (y - p)", "different"), ("X.T @ (p - y) / m", "different")],
)
def test_a_hat_p_cost_checks_a_numpy_answer_in_p(answer, verdict):
    lets = ["p = 1/(1+np.exp(-z))", "z = X @ w + b"]
    assert check(answer, cost=HAT_P, wrt="w_j", let=lets).verdict == verdict


def test_a_bare_per_example_p_beside_hat_p_outside_the_sum_is_refused():
    r"""A bare p beside \hat{p}: two quantities, not one. This cost once read \hat{p} as h and the added p as the let;
    since fixmis23 the p outside every sum is refused first: the let makes p one value per example, and outside the
    sum there is no example to take it of (decided by hand: right, θᵀx of which x?)."""
    from logderiv import derive

    cost = r"-\sum_{i=1}^m [y_i \log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)] + p"
    with pytest.raises(InputError, match="outside every sum over the examples") as refused:
        derive(cost, let=["p = sigmoid(theta^T x)"])
    assert refused.value.column == len(cost) - 1


@pytest.mark.parametrize(
    "cost, lets",
    [
        # h defined too: which one \hat{p} is, is not said
        (HAT_P, ["p = sigmoid(theta^T x)", "h = sigmoid(theta^T x)"]),
    ],
)
def test_a_hat_p_beside_another_p_or_h_is_not_the_let(cost, lets):
    """\\hat{p} stays the prediction h, as before: the let p is not taken for it."""
    from logderiv import derive

    notes = derive(cost, let=lets).problem.notes
    assert r"\hat{p} is read as the prediction h" in notes, notes
    assert not any("which --let defines" in note for note in notes), notes


RIDGE = "s * s' + lambda * (w' * w)"


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("2 * xTr * s' + 2 * lambda * w", "equivalent"),
        ("2 * xTr * (w' * xTr)' - 2 * xTr * yTr' + 2 * lambda * w", "equivalent"),
        ("xTr * s' + lambda * w", "different"),  # the 2 missing
        ("2 * xTr * s' - 2 * lambda * w", "different"),
    ],
)
def test_cs4780s_xtr_ytr_are_the_data(answer, verdict):
    """xTr (d×n, one example per column, as wᵀxTr says) and yTr are X and y: the same verdict as written so."""
    read = check(answer, cost=RIDGE, wrt="w_j", let=["s = w' * xTr - yTr"])
    plain = check(answer.replace("xTr", "X").replace("yTr", "y"), cost=RIDGE, wrt="w_j", let=["s = w' * X - y"])
    assert read.verdict == plain.verdict == verdict
    assert any("xTr is the training data, the data matrix X" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, column",
    [("2 * xTr * s' + xTe * s'", 4), ("2 * xTr * s' + 2 * X * s'", 4)],
)
def test_xtr_beside_other_data_is_not_read_as_x(answer, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost=RIDGE, wrt="w_j", let=["s = w' * X - y"])
    assert caught.value.column == column, (caught.value.column, str(caught.value))


DLAI = "-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m"
DLAI_LETS = ["dz = A - Y", "A = sigmoid(np.dot(w.T,X)+b)"]


def test_numpys_sum_of_the_gradient_is_one_number_and_not_the_gradient():
    """np.sum(np.dot(X, dz.T)) adds up the n entries: one number Σₖ Σᵢ xₖ⁽ⁱ⁾ dzᵢ, compared with each ∂J/∂wⱼ."""
    read = check("(1/m) * np.sum(np.dot(X,dz.T))", cost=DLAI, wrt="w_j", let=DLAI_LETS)
    assert read.verdict == "different"
    assert any("np.sum(M) with no axis adds up every entry of M (n×1 here)" in note for note in read.notes)
    assert any("the answer is a number" in note for note in read.notes)
    # the counterexample's answer is that number: the sum of the gradient's entries at the point
    assert check("(1/m) * np.dot(X,dz.T)", cost=DLAI, wrt="w_j", let=DLAI_LETS).verdict == "equivalent"


def test_the_sum_of_every_entry_is_compared_as_one_number_with_a_one_feature_gradient():
    """With one feature the sum of the one entry is the entry: the number equals the gradient where n = 1 only."""
    from logderiv.notation import parse_text
    from logderiv.notation.matrices import build_matrix
    from logderiv.verify.matrix_answer import components

    import _oracle as oracle

    text = "np.sum(np.dot(X.T, y))"
    said: list[str] = []
    value = build_matrix(parse_text(text).tree, source=text, notes=said)
    entry = components(value)
    # Σₖ Σᵢ xₖ⁽ⁱ⁾ y⁽ⁱ⁾, written by hand
    import sympy
    from logderiv.notation import symbols

    i, k = symbols.example_index, sympy.Symbol("k", integer=True)
    by_hand = sympy.Sum(sympy.Sum(symbols.vector("x")[i, k] * symbols.vector("y")[i], (i, 1, symbols.m)),
                        (k, 1, symbols.n))
    oracle.assert_equal([entry, by_hand])


@pytest.mark.parametrize(
    "answer, column",
    [
        ("np.sum(X.T @ (h - y), axis=0)", 3),  # an axis is not read (yet)
    ],
)
def test_sums_of_a_matrix_answer_that_are_not_read(answer, column):
    with pytest.raises(InputError) as caught:
        check(answer, cost="logistic")
    assert caught.value.column == column, (caught.value.column, str(caught.value))


def test_octaves_sum_of_the_gradient_vector_is_one_number_so_not_the_gradient():
    """Octave's sum of the n×1 vector X'(h − y) is the total of its entries, one number: not the gradient.

    Refused until fixf47 read Octave's sum(v) of a vector exactly (the sum of its entries); the number
    Σₖ Σᵢ (h − y) xₖ differs from (1/m) Σᵢ (h − y) xⱼ at any point where they are computed apart, by hand.
    """
    assert check("sum(X' * (h - y))", cost="logistic").verdict == "different"


UFLDL = "1/(2*m)*sum((h - y).^2)"


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("1/m * sum((h - y).* X, 2)", "equivalent"),
        ("1/m * sum(X .* (h - y), 2)", "equivalent"),
        ("sum((h - y).* X, 2)", "different"),  # the 1/m missing
        ("1/m * sum((y - h).* X, 2)", "different"),
    ],
)
def test_octaves_sum_along_the_rows_in_the_ufldl_layout(answer, verdict):
    """X n×m (θᵀX): (h − y) .* X scales column i by hᵢ − yᵢ, sum(…, 2) adds each row: Σᵢ (hᵢ − yᵢ) xⱼ⁽ⁱ⁾."""
    read = check(answer, cost=UFLDL, let=["h = theta'*X"])
    assert read.verdict == verdict
    # the spelling read before: X (h − y)ᵀ / m
    assert check("1/m * X * (h - y)'", cost=UFLDL, let=["h = theta'*X"]).verdict == "equivalent"
    assert any("sum(M, 2) adds up each row of M (n×m here)" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    "answer, column, fragment",
    [
        # (NumPy's positional np.sum((h - y) * X, 1) is read now: tests/test_fresh_tenth_code.py)
        ("1/m * sum((h - y)', 2)", 6, "sums a vector or a number"),
    ],
)
def test_sums_along_a_dimension_that_are_not_read(answer, column, fragment):
    with pytest.raises(InputError) as caught:
        check(answer, cost=UFLDL, let=["h = theta'*X"])
    assert fragment in str(caught.value), str(caught.value)
    assert caught.value.column == column, (caught.value.column, str(caught.value))


def test_a_sum_along_a_dimension_outside_a_matrix_answer_is_refused():
    with pytest.raises(InputError) as caught:
        check("1/m * sum((h - y) * x_j, 2)", cost="logistic")
    assert caught.value.column == 6
    assert "sum along one dimension" in str(caught.value)


CODE_NOTES = [
    (["check", "1 / m * (X' * (h - y))", "--let", "h = sigmoid(X*theta)"], "the value the cost gives it"),
    (["check", "1/m * X' * (h - y)", "--cost", "linear", "--let", "h = X*theta"], "for each example i"),
    (["check", "1 / m * (X_train.T @ (h - y_train))"], "X_train is the training data"),
    (["check", "1/m * np.matmul(X.T, h - y)"], "np.matmul(A, B) is the matrix product"),
    (["check", "(h - y)' * X / m"], "the answer is a 1×n row"),
    (["check", "X' * (h - y) / m + lambda / m * theta .* [0; ones(n - 1, 1)]", "--cost", "logistic-l2",
      "--no-reg-intercept"], "is the n×1 mask"),
    (["check", "sum((h - y) .* X) / m"], "adds up each column"),
    (["check", "1/m * sum((h - y).* X, 2)", "--cost", "1/(2*m)*sum((h - y).^2)", "--let", "h = theta'*X"],
     "adds up each row of M"),
    (["check", "(1/m) * np.sum(np.dot(X, dz.T))", "--cost", "-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m",
      "--wrt", "w_j", "--let", "dz = A - Y", "--let", "A = sigmoid(np.dot(w.T,X)+b)"], "the answer is a number"),
    (["check", "X.T @ (p - y)", "--cost", r"-\sum_{i=1}^m [y_i\log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)]",
      "--wrt", "w_j", "--let", "p = 1/(1+np.exp(-z))", "--let", "z = X @ w + b"], "which --let defines"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CODE_NOTES, ids=[fragment for _, fragment in CODE_NOTES])
def test_each_code_reading_is_said_in_every_format(args, fragment, fmt):
    from test_notes import _run, _squash

    result = _run(args, fmt)
    assert _squash(fragment) in _squash(result.output), result.output

"""Costs, --let values and answers pasted as code (Octave/MATLAB, NumPy, Julia): read as meant, with notes.

Each code spelling is judged against the same cost written independently in
index notation (or in a matrix spelling that already read): the gradient
logderiv derives must be ∂/∂θⱼ of the reference cost (``tests/_oracle.py``:
``sympy.diff`` and finite differences, no code shared with the engine), and the
two costs must agree at random points. Answers are judged by verdicts the
mathematics settles by hand. Refusals are InputErrors with their column.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation.plain import CODE_SEMICOLON_NOTE

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LOGISTIC = "-1/m * sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
LOGISTIC_SUM = "-sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
OCTAVE_H = ("h = sigmoid(X*theta);",)
LINEAR_L2 = LINEAR + " + lambda/(2m) * sum_k(theta_k^2)"
LINEAR_NO_INTERCEPT = LINEAR_L2 + " - lambda/(2m) * theta_1^2"
SQUARES = "1/(2*m) * sum((X*theta - y).^2) + "

# (code, its --let, the same cost in index form, its --let, a note it must carry)
CASES = [
    ("J = (1/(2*m)) * sum((X * theta - y).^2);", (), LINEAR, (), CODE_SEMICOLON_NOTE),
    ("J = 1 / (2*m) * sum((h-y).^2);", ("h = X * theta;",), LINEAR, (), CODE_SEMICOLON_NOTE),
    ("J = (X * theta - y)' * (X * theta - y) / (2 * m);  ", (), LINEAR, (), CODE_SEMICOLON_NOTE),
    ("J = ((-y)'*log(h)-(1-y)'*log(1-h))/m;", OCTAVE_H, LOGISTIC, (), CODE_SEMICOLON_NOTE),
    # Octave: y' is a row, so -y'*log(h) is already the sum; sum(·) of that number is the number
    ("J = sum(-y' * log(h) - (1 - y')*log(1 - h)) / m;", OCTAVE_H, LOGISTIC, (),
     "read as code: sum((-y' * log(h) - (1 - y')*log(1 - h)) / m) adds up a single number"),
    ("cost = np.sum(-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h))", ("h = sigmoid(X @ theta)",), LOGISTIC_SUM, (),
     "adds up a single number"),
    ("J = (-y' * log.(h) - (1 - y') * log.(1 - h)) / m", OCTAVE_H, LOGISTIC, (),
     "read as Julia: log.(v) applies log to each entry of v"),
    ("J = 1 / (2 * m) * sum(E);", ("h = X * theta;", "E = (h .- y) .^ 2;"), LINEAR, (),
     "read as Octave: .- and .+ subtract and add entry by entry"),
    ("(1/m) * (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h))", ("h = sigmoid(X @ theta)",), LOGISTIC, (),
     "read as NumPy: A.T is the transpose Aᵀ"),
    ("np.sum((X @ theta - y).T @ (X @ theta - y)) / (2*m)", (), LINEAR, (), "adds up a single number"),
    # theta(2:end): θ without the intercept θ₁, as --no-reg-intercept writes the penalty
    ("J = sum((X * theta - y) .^ 2) / m / 2 + sum(theta(2:end) .^ 2) * lambda / m / 2;", (), LINEAR_NO_INTERCEPT,
     (), "read as Octave: θ(2:end) is θ without its first entry, the intercept θ₁"),
    ("1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * theta(2:end)' * theta(2:end)", (), LINEAR_NO_INTERCEPT, (),
     "so the intercept is not regularised"),
    ("np.sum((X @ theta - y)**2) / (2*m) + lambda/(2*m) * np.sum(theta[1:]**2)", (), LINEAR_NO_INTERCEPT, (),
     "adds the entries of an n×1 vector: Σₖ θₖ²"),
    ("1/(2*m) * sum((X*theta - y).^2) + (lambda/(2*m)) * (thetaReg' * thetaReg)",
     ("thetaReg = [0; theta(2:length(theta))]",), LINEAR_NO_INTERCEPT, (),
     "read as Octave: [0; θ(2:end)] is θ with its first entry, the intercept θ₁, set to 0"),
    ("1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum([0;theta(2:end, :);].^2)", (), LINEAR_NO_INTERCEPT, (),
     "(θ − θ₁e₁)"),
    ("1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum(theta.^2)", (), LINEAR_L2, (),
     "adds the entries of an n×1 vector: Σₖ θₖ²"),
    ("sumsq(X * theta - y) / (2 * m) + sumsq(theta(2:end)) * lambda / (2 * m)", (), LINEAR_NO_INTERCEPT, (),
     "read as Octave: sumsq(v) is sum(v.^2)"),
    ("np.sum((X @ theta - y)**2) / (2*len(X))", (), LINEAR, (), "read as code: len(X) is the number of examples m"),
    ("sum((X*theta - y).^2) / (2*length(y))", (), LINEAR, (), "length(y) is the number of examples m"),
    ("sum((X*theta - y).^2) / (2*size(X, 1))", (), LINEAR, (), "size(X, 1) is the number of examples m"),
    # C is a number (a sum over the examples), so J = C/m + … is one too, not one value per example
    ("J = oldJ + (lambda/(2*m)) * sum(theta(2:end) .^ 2)",
     ("H = sigmoid(X*theta);", "C = ((-y)' * log(H)) - (1 - y)' * log(1-H);", "oldJ = (1/m) * C;"),
     LOGISTIC + " + lambda/(2m) * sum_k(theta_k^2) - lambda/(2m) * theta_1^2", (), "θ without its first entry"),
    ("np.sum((np.dot(X, theta) - y)**2) / (2*m)", (), LINEAR, (), "read as NumPy: np.dot(a, b) is the matrix product"),
    ("J = (1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))",
     (), LOGISTIC, (), "read as NumPy: a.dot(b) is the matrix product a b"),
    ("-(np.transpose(y) @ np.log(h) + np.transpose(1 - y) @ np.log(1 - h)) / m", ("h = sigmoid(X @ theta)",),
     LOGISTIC, (), "read as NumPy: transpose(a) is the transpose aᵀ"),
    ("J = (sum(sum((-y.*log(sig)) - ((1-y) .* log(1 - sig)))))/m;", ("sig = sigmoid(X * theta);",), LOGISTIC, (),
     "(a sum over the examples already), so it is that number"),
    # a number minus a row is the row of the differences (1 - y')
    ("(-y' * log(h) - (1 - y') * log(1 - h)) / m", OCTAVE_H, LOGISTIC, (),
     "read in matrix form: (1 − yᵀ) log(1 − h) = Σᵢ (1 − y⁽ⁱ⁾) log(1 − h⁽ⁱ⁾)"),
]


@pytest.mark.parametrize("code, lets, index, index_lets, note", CASES, ids=[case[0] for case in CASES])
def test_code_cost_has_the_gradient_of_its_index_form(code, lets, index, index_lets, note):
    """derive(code) = ∂/∂θⱼ of the index-form cost (oracle: sympy.diff and finite differences), with its note."""
    derivation = derive(code, let=lets)
    reference = read_cost(index, let=index_lets)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])
    assert any(note in text for text in read.notes), read.notes


@pytest.mark.parametrize(
    "text, lets, column, message",
    [
        ("J = 1/m; 2", (), 7, "unexpected character ';'"),
        ("J = sum((X*theta - y).^2);;", (), 25, "unexpected character ';'"),
        # a Σ (not code's sum(…)) of vᵀu would be m times it: refused, not guessed
        ("Σ(-y' * log(h))", OCTAVE_H, 2, "vᵀu inside a sum over examples is not read"),
        ("a @ b", (), 2, "the matrix product is read only in a matrix answer"),
        ("2.T + y", (), 1, "a number cannot end with"),
        (SQUARES + "sum(theta(2:end) + theta)", (), 53, "theta(2:end) has n − 1 entries"),
        (SQUARES + "sum(exp([0; theta(2:end)]))", (), 42, "exp of [0; θ(2:end)] is not read"),
        (SQUARES + "sum([0; y])", (), 42, "[0; v] is read for v = theta(2:end)"),
        (SQUARES + "sum(y(2:end))", (), 41, "unexpected character ':'"),
        ("sum((X*theta - y).^2) / (2*length(X))", (), 27, "'length(X)' is ambiguous"),
        # w.T X says X is n×m, X w that it is m×n: both layouts named, neither picked
        ("-np.sum(y * np.log(A)) + np.sum((np.dot(X, w) - y)**2)", ("A = sigmoid(np.dot(w.T, X) + b)",), 12,
         "the text names both layouts"),
        # with X n×m, X.T w is a column and y a row: NumPy's y * log(A) would broadcast them, not pair them
        ("-np.sum(y * np.log(A)) + np.sum(np.dot(w.T, X))", ("A = sigmoid(np.dot(X.T, w) + b)",), 0,
         "is an m×1 column (Xᵀw with X n×m) while Y is a 1×m row"),
        # Σ of a sum over the examples stays a nested sum (m times it): refused, not guessed
        ("Σ(sum((X*theta - y).^2))", (), 2, "a sum over examples inside another sum over examples"),
        # two data sets in play (X_train beside X_test): which one the cost means is not said
        ("1/(2*m) * sum((X_train*theta - y_train).^2) + sum(X_test*theta)", (), 15,
         "'X_train' is a name of code for a data set"),
        # (self.X is now the data the object keeps, noted: tests/test_fixcode2.py); an attribute no text names is not
        ("sum((self.data*theta - y).^2)", (), 5, "'self.' is Python code inside a class"),
        # a row plus a column still does not add
        ("sum(y' - y)", (), 9, "they cannot be added"),
    ],
)
def test_code_refusals_point_at_the_column(text, lets, column, message):
    """What code does not settle is refused with the column (exit 2)."""
    with pytest.raises(InputError) as caught:
        read_cost(text, let=lets, wrt="w_j" if "w" in text else "theta_j")
    assert message in caught.value.message, caught.value.message
    assert caught.value.column == column, (caught.value.column, caught.value.message)
    assert caught.value.exit_code == 2


# --- answers ---------------------------------------------------------------------------

OCTAVE_COST = "(-y' * log(hx) - (1 - y')*log(1 - hx)) / m"
OCTAVE_LET = ("hx = sigmoid(X * theta)",)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("X' * (hx - y) / m", "equivalent"),
        ("(1/m)*(X'*hx - X'*y)", "equivalent"),
        ("X' * (hx - y)", "different"),  # the 1/m is missing
        ("X' * (y - hx) / m", "different"),  # the sign
    ],
)
def test_a_matrix_answer_uses_a_name_defined_per_example(answer, verdict):
    """hx = sigmoid(X*theta) is the m×1 vector of hx⁽ⁱ⁾ in a matrix answer, as in the cost (noted)."""
    result = check(answer, cost=OCTAVE_COST, let=OCTAVE_LET)
    assert result.verdict == verdict, result
    assert any("hx is the m×1 vector of its values hx⁽ⁱ⁾" in note for note in result.notes), result.notes


def test_a_matrix_answer_uses_the_presets_h():
    """With the logistic preset, h is its prediction σ(θᵀx⁽ⁱ⁾): Xᵀ(h − y)/m is its gradient."""
    assert check("X' * (h - y) / m", cost="logistic").verdict == "equivalent"
    assert check("X' * (h - y)", cost="logistic").verdict == "different"


RIDGE_NO_INTERCEPT = "sumsq(X * theta - y) / (2 * m) + sumsq(theta(2:end)) * lambda / (2 * m)"


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("X' * (X * theta - y) / m + [0; theta(2:end)] * lambda / m", "equivalent"),
        ("X' * (X * theta - y) / m + lambda / m * theta - lambda / m * theta_1 * e_1", "equivalent"),
        ("X' * (X * theta - y) / m + lambda / m * theta", "different"),  # the intercept regularised
        ("X.T @ (X @ theta - y) / len(X) + lambda / m * [0; theta(2:end)]", "equivalent"),
    ],
)
def test_a_matrix_answer_leaves_the_intercept_out_with_zero_first(answer, verdict):
    """[0; theta(2:end)] in an answer is θ − θ₁e₁ (noted), the gradient of sumsq(theta(2:end))."""
    result = check(answer, cost=RIDGE_NO_INTERCEPT)
    assert result.verdict == verdict, result
    if "[0;" in answer:
        assert any("[0; θ(2:end)] is θ with its first entry" in note for note in result.notes), result.notes


def test_a_vector_let_is_put_in_place_in_cost_and_answer():
    """thetaReg = [0; theta(2:length(theta))]: the same n×1 vector in the cost and in the answer (noted)."""
    cost = "1/(2*m) * ((h - y)' * (h - y)) + (lambda/(2*m)) * (thetaReg' * thetaReg)"
    lets = ("h = X * theta", "thetaReg = [0; theta(2:length(theta))]")
    right = check("((1 / m) * X' * (h - y)) + lambda / m * thetaReg", cost=cost, let=lets)
    assert right.verdict == "equivalent"
    assert any("thetaReg is the n×1 vector --let defines" in note for note in right.notes), right.notes
    assert check("((1 / m) * X' * (h - y)) + lambda / m * theta", cost=cost, let=lets).verdict == "different"


def test_theta_tail_alone_is_not_a_gradient():
    """theta(2:end) in an answer has n − 1 entries: refused at its column, with the [0; …] hint."""
    with pytest.raises(InputError) as caught:
        check("X' * (X * theta - y) / m + lambda / m * theta(2:end)", cost=RIDGE_NO_INTERCEPT)
    assert "n − 1 entries" in caught.value.message
    assert caught.value.column == 40


# --- DeepLearning.AI's layout: X is n×m, one example per column ---------------------------

DLAI_COST = "-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m"
DLAI_LET = ("A = sigmoid(np.dot(w.T,X)+b)",)
LOGISTIC_WB = "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"


@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_dlai_layout_cost_has_the_gradient_of_its_index_form(wrt):
    """np.dot(w.T, X) conforms only with X n×m: read so (noted), Y is y, and the gradient is the index form's."""
    derivation = derive(DLAI_COST, let=DLAI_LET, wrt=wrt)
    reference = read_cost(LOGISTIC_WB, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])
    assert any("one example per column (DeepLearning.AI's and UFLDL's layout): X is n×m" in note for note in read.notes)
    assert read.layout == "columns"


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        ("np.dot(X,(A-Y).T)/m", "w_j", "equivalent"),
        ("1./m * np.dot(X, (A - Y).T)", "w_j", "equivalent"),
        ("np.dot(X,(A-Y).T)", "w_j", "different"),  # the 1/m is missing
        ("np.dot(X,(Y-A).T)/m", "w_j", "different"),  # the sign
        ("np.sum((A-Y)/m)", "b", "equivalent"),
        ("np.sum(A-Y)", "b", "different"),
    ],
)
def test_dlai_layout_answers(answer, wrt, verdict):
    """With X n×m, X(A − Y)ᵀ/m is the gradient in w and Σ(A − Y)/m the one in b (Y is y)."""
    result = check(answer, cost=DLAI_COST, let=DLAI_LET, wrt=wrt)
    assert result.verdict == verdict, result


def test_dlai_layout_answer_with_x_where_its_transpose_is_due():
    """np.dot(X.T, (A-Y).T): Xᵀ is m×n in this layout, so the product does not conform (caret at X)."""
    with pytest.raises(InputError) as caught:
        check("np.dot(X.T,(A-Y).T)/m", cost=DLAI_COST, let=DLAI_LET, wrt="w_j")
    assert "a product needs n rows on the right" in caught.value.message
    assert caught.value.column == 7


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("X * (theta' * X - y)'", "equivalent"),
        ("X * (theta' * X - y)' / m", "different"),  # this cost has no 1/m
    ],
)
def test_ufldl_layout_in_octave(answer, verdict):
    """theta' * X conforms only with X n×m (UFLDL keeps examples as columns): ½Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², gradient X(θᵀX − y)ᵀ."""
    result = check(answer, cost="0.5 * sum((theta' * X - y).^2)")
    assert result.verdict == verdict, result
    assert any("one example per column, as the cost is" in note for note in result.notes), result.notes


def test_octave_entry_by_its_number():
    """theta(1) is θ₁ (Octave numbers from 1, as logderiv does): sum(theta.^2) - theta(1)^2 leaves the intercept out."""
    derivation = derive("1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * (sum(theta.^2) - theta(1)^2)")
    reference = read_cost(LINEAR_NO_INTERCEPT)
    read = derivation.problem
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), read.definitions)
    assert "read as Octave: theta(1) is the entry θ₁ (numbered from 1)" in read.notes

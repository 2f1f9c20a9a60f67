"""Costs pasted as a line of code (NumPy, Octave): a function's ``return``, ``.item()``, an assignment.

Each code spelling is judged against the same cost written independently in
index notation: the gradient logderiv derives must be the derivative of the
reference cost (``tests/_oracle.py``: ``sympy.diff`` and finite differences, no
code shared with the engine), and the two costs must agree at random points.
What code does not settle is refused with its column.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation.plain import (
    CODE_ASSIGNMENT_NOTE,
    CODE_UPDATE_NOTE,
    ITEM_NOTE,
    LOWER_X_NOTE,
    MULTIPLY_NOTE,
    NUMPY_MATRIX_NOTE,
    RETURN_NOTE,
    TRANSPOSED_PRODUCT_NOTE,
    WEIGHTS_NOTE,
)

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LOGISTIC = "-1/m * sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
LOGISTIC_SUM = "-sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
ERR = ("err = X @ theta - y",)

# (code, its --let, --wrt, the same cost in index form, a note it must carry, the cost's name or None)
CASES = [
    ("return ((1 / (2 * m)) * (np.transpose(err) @ err).item((0, 0)))", ("hypothesis = X @ theta", "err = hypothesis - y"),
     "theta_j", LINEAR, ITEM_NOTE, None),
    ("return (err.T @ err).item() / (2*m)", ERR, "theta_j", LINEAR, RETURN_NOTE, None),
    ("return np.sum((X @ theta - y)**2) / (2*len(X))", (), "theta_j", LINEAR, RETURN_NOTE, None),
    ("  return 2 * (np.dot(err.T, err)).item(0, 0) / (4*m)", ERR, "theta_j", LINEAR, ITEM_NOTE, None),
    ("c = np.sum((X @ theta - y)**2) / (2*len(X))", (), "theta_j", LINEAR, CODE_ASSIGNMENT_NOTE.format(name="c"), "c"),
    ("c=np.sum((w*x+b-y)**2)/(2*N)", (), "w", "1/(2m) * sum((w x + b - y)^2)",
     CODE_ASSIGNMENT_NOTE.format(name="c"), "c"),
    # an Octave function accumulates J: the --let is the earlier line, the cost the update
    ("J = J/(2 * m);", ("mat = ((X * theta) - y);", "J = mat' * mat;"), "theta_j", LINEAR,
     CODE_UPDATE_NOTE.format(name="J"), "J"),
    ("cost = cost / m;", ("h = sigmoid(X @ theta)", "cost = -(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h))"), "theta_j",
     LOGISTIC, CODE_UPDATE_NOTE.format(name="cost"), "cost"),
    # lower-case x times the parameter vector in code is the data matrix
    ("cost = sum(-y .* log(htheta) - (1-y) .* log(1-htheta));", ("htheta = sigmoid(x*theta);",), "theta_j",
     LOGISTIC_SUM, LOWER_X_NOTE, "cost"),
    ("np.sum((x @ theta - y)**2) / (2*m)", (), "theta_j", LINEAR, LOWER_X_NOTE, None),
    # (θᵀXᵀ)ᵀ = Xθ
    ("J = 1/m*(sum(-y.*log(h)-(1-y).*log(1-h)));", ("h=sigmoid((theta'*X')');",), "theta_j", LOGISTIC,
     TRANSPOSED_PRODUCT_NOTE, "J"),
    ("np.sum(((theta.T @ X.T).T - y)**2) / (2*m)", (), "theta_j", LINEAR, TRANSPOSED_PRODUCT_NOTE, None),
    # np.multiply is entry by entry; with it, np.matrix code's X * theta.T is Xθ
    ("return np.sum(first - second) / (len(X))",
     ("first = np.multiply(-y, np.log(sigmoid(X* theta.T)))",
      "second = np.multiply((1 - y), np.log(1 - sigmoid(X* theta.T)))"), "theta_j", LOGISTIC, NUMPY_MATRIX_NOTE, None),
    ("-np.sum(np.multiply(y, np.log(h)) + np.multiply(1 - y, np.log(1 - h))) / m", ("h = sigmoid(X @ theta)",),
     "theta_j", LOGISTIC, MULTIPLY_NOTE, None),
    # weights: code's name of the parameter vector
    ("loss = np.sqrt(np.mean((y-y_pred)**2))", ("y_pred = np.exp(np.dot(X, weights))",), "weights_j",
     "sqrt(1/m * sum((y - exp(weights^T x))^2))", WEIGHTS_NOTE, "loss"),
    ("np.mean((X @ weights - y)**2)", (), "weights_j", "1/m * sum((weights^T x - y)^2)", WEIGHTS_NOTE, None),
]


@pytest.mark.parametrize("code, lets, wrt, index, note, name", CASES, ids=[case[0] for case in CASES])
def test_code_cost_has_the_gradient_of_its_index_form(code, lets, wrt, index, note, name):
    """derive(code) = the derivative of the index-form cost (oracle: sympy.diff and finite differences), noted."""
    derivation = derive(code, wrt=wrt, let=lets)
    reference = read_cost(index, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])
    assert any(note in text for text in read.notes), read.notes
    if name is not None:
        assert read.name == name


def test_weights_is_the_default_variable_when_it_is_the_only_parameter():
    """With no --wrt, a cost whose only parameters are weights is differentiated by weightsⱼ, noted."""
    derivation = derive("np.mean((X @ weights - y)**2)")
    assert str(derivation.problem.wrt) == "weights[j]"
    assert any("differentiating by weightsⱼ" in note for note in derivation.problem.notes)


@pytest.mark.parametrize(
    "text, lets, wrt, column, message",
    [
        # .item takes the first entry: only after a product that is one number
        ("(X @ theta - y).item(0)**2", (), "theta_j", 15, "'.item(0)' takes the first entry of an array"),
        ("np.sum((X @ theta - y).item()**2)", (), "theta_j", 22, "takes the first entry of an array"),
        # Xᵀ err is a vector: .item() after a product with the data matrix is refused where it stands (audit59: the
        # matrix form's "a cost must be a number" caught only a cost that stays a vector, not np.sum(Xᵀe.item()²))
        ("(X.T @ err).item() / m", ERR, "theta_j", 11, "'.item()' takes the first entry of an array"),
        ("(X @ theta - y).item((0, 1))**2", (), "theta_j", 15, "'.' is the dot product"),
        # c on the right too, or another letter: not an assignment to the cost
        ("c = np.sum((c*x + b - y)**2)", (), "b", 0, "the left side of '=' names the cost"),
        ("b = np.sum((w*x - y)**2)", (), "w", 0, "the left side of '=' names the cost"),
        ("c = sum((w*x + b - y)^2)/(2*m)", (), "w", 0, "the left side of '=' names the cost"),
        # J = J/… updates a --let only in code; a --let J not used on the right is a redefinition
        ("J = J/(2*m)", ("J = sum((h - y)^2)",), "theta_j", 0, "the left side of '=' names the cost"),
        ("h = h / m;", ("h = sigmoid(X @ theta)",), "theta_j", 0, "the left side of '=' names the cost"),
        ("cost = cost / m", ("cost = -(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h))",), "theta_j", 0,
         "the left side of '=' names the cost"),
        ("J = sum((X*theta - y).^2);", ("J = sum((h - y)^2)",), "theta_j", 0, "the left side of '=' names the cost"),
        # x next to X, or x with an index: not the data matrix
        ("sum((x*theta - y).^2) + sum((X*theta - y).^2)", (), "theta_j", 5, "in matrix form the data is the matrix X"),
        ("sum((x*theta - y).^2) + x_1", (), "theta_j", 7, "'theta' is a vector"),
        # (sum((x*theta - y)^2) without a mark of code reads x*theta as θᵀx, noted: tests/test_matrixtex.py)
        ("return", (), "theta_j", 0, "unknown name 'return'"),
        # X * theta.T is np.matrix's product only in a text with np.multiply, and only when every θ is so written
        ("np.sum(-y * np.log(sigmoid(X * theta.T)))", (), "theta_j", 29, "in NumPy '*' multiplies entry by entry"),
        ("np.sum(np.multiply(-y, np.log(sigmoid(X * theta))))", (), "theta_j", 40, "in NumPy '*' multiplies entry"),
        ("np.sum(np.multiply(-y, np.log(sigmoid(X * theta.T)))) + np.sum(theta.T)", (), "theta_j", 40,
         "in NumPy '*' multiplies entry by entry"),
        ("np.sum(np.multiply(-y))", (), "theta_j", 21, "expected ',' between the two factors of np.multiply"),
        ("multiply(-y, y)", (), "theta_j", 0, "unknown function 'multiply'"),
    ],
)
def test_code_cost_refusals_point_at_the_column(text, lets, wrt, column, message):
    """What a line of code does not settle is refused with the column (exit 2)."""
    with pytest.raises(InputError) as caught:
        read_cost(text, let=lets, wrt=wrt)
    assert message in caught.value.message, caught.value.message
    if column is not None:
        assert caught.value.column == column, (caught.value.column, caught.value.message)
    assert caught.value.exit_code == 2

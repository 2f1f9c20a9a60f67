"""Costs in matrix form (issue 10, item 7): read as the index form they mean, derived and noted.

Each matrix-form cost is judged against the same cost written independently in
index notation: the gradient logderiv derives from the matrix spelling must be
∂/∂θⱼ of the index-form cost (``tests/_oracle.py``: ``sympy.diff`` and
finite differences, no code shared with the engine), and the two costs must
agree at random points.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from _oracle import assert_equal, assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.records.matrix import MatrixForm
from logderiv.printing.expressions import show_unicode
from logderiv.notation import parse, parse_text, tree
from logderiv.notation.matrix_cost import MATRIX_CONVENTIONS_NOTE

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LINEAR_L2 = LINEAR + " + lambda/(2m) * sum_k(theta_k^2)"
LOGISTIC = "-1/m * sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
LOGISTIC_WB = "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))"
SIGMOID_LET = ("h = sigmoid(theta^T x)",)

# (matrix-form cost, its --let, the same cost in index form, its --let, --wrt, a note it must carry)
CASES = [
    (r"\frac{1}{2m}(X\theta-y)^T(X\theta-y)", (), LINEAR, (), "theta_j",
     "read in matrix form: (Xθ − y)ᵀ (Xθ − y) = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    (r"\frac{1}{2m}\|X\theta - y\|^2", (), LINEAR, (), "theta_j",
     "read in matrix form: ‖Xθ − y‖² = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    (r"\frac{1}{2m}\|X\theta-y\|_2^2 + \frac{\lambda}{2m}\|\theta\|^2", (), LINEAR_L2, (), "theta_j",
     "read in matrix form: ‖Xθ − y‖² = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    (r"-\frac{1}{m}\left[y^T\log(h) + (1-y)^T\log(1-h)\right]", (r"h = \sigma(X\theta)",), LOGISTIC, (),
     "theta_j", "read in matrix form: yᵀ log(h) = Σᵢ y⁽ⁱ⁾ log(h⁽ⁱ⁾)"),
    (r"-\frac{1}{m}\left[y^T\log(\sigma(X\theta)) + (1-y)^T\log(1-\sigma(X\theta))\right]", (), LOGISTIC, (),
     "theta_j", "read in matrix form: (1 − y)ᵀ log(1 − σ(Xθ)) = Σᵢ (1 − y⁽ⁱ⁾) log(1 − σ(θᵀx⁽ⁱ⁾))"),
    (r"-\frac{1}{m}\sum \left(y\log h + (1-y)\log(1-h)\right)", (r"h = \sigma(Xw + b)",), LOGISTIC_WB, (),
     "w_j", "read in matrix form: h = σ(Xw + b) is, for each example i, h⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾ + b)"),
    (r"-\frac{1}{m}\sum \left(y\log h + (1-y)\log(1-h)\right)", (r"h = \sigma(Xw + b)",), LOGISTIC_WB, (),
     "b", "h⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾ + b)"),
    ("1/(2m) * (X theta - y)^T (X theta - y)", (), LINEAR, (), "theta_j",
     "read in matrix form: (Xθ − y)ᵀ (Xθ − y) = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    ("1/(2*m) * sum((X*theta - y).^2)", (), LINEAR, (), "theta_j",
     "read in matrix form: sum((Xθ − y)²) = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    ("-1/m * (y' * log(h) + (1 - y)' * log(1 - h))", ("h = sigmoid(X*theta)",), "-1/m * sum(y log(h) + (1 - y) log(1 - h))",
     SIGMOID_LET, "theta_j", "read in matrix form: (1 − y)ᵀ log(1 − h) = Σᵢ (1 − y⁽ⁱ⁾) log(1 − h⁽ⁱ⁾)"),
    # a NumPy call ends at its ')': the sum, then divided by 2m (the same number as the sum of the quotients)
    ("np.sum((X @ theta - y)**2) / (2*m)", (), LINEAR, (), "theta_j",
     "read in matrix form: sum((Xθ − y)²) = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    # a mean's note names the mean and its 1/m (it said sum(…) = Σᵢ …, of a text that writes no sum)
    ("np.mean((X @ theta - y)**2) / 2", (), LINEAR, (), "theta_j",
     "read in matrix form: mean((Xθ − y)²) = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
    ("-1/m * sum(y .* log(sigmoid(X theta)) + (1 - y) .* log(1 - sigmoid(X theta)))", (), LOGISTIC, (),
     "theta_j", "read in matrix form: sum("),
    ("-1/m * sum(y log(sigmoid(X theta)) + (1 - y) log(1 - sigmoid(X theta)))", (), LOGISTIC, (),
     "theta_j", "read in matrix form: sum("),
    ("1/(2m) * (X theta - y)^T (X theta - y) + lambda/(2m) * theta^T theta", (), LINEAR_L2, (), "theta_j",
     "Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"),
]
IDS = [case[0] + (" @" + case[4] if case[4] != "theta_j" else "") for case in CASES]


@pytest.mark.parametrize("matrix, lets, index, index_lets, wrt, note", CASES, ids=IDS)
def test_matrix_cost_has_the_gradient_of_its_index_form(matrix, lets, index, index_lets, wrt, note):
    """derive(matrix form) = ∂/∂wrt of the index-form cost (oracle: sympy.diff and finite differences)."""
    derivation = derive(matrix, let=lets, wrt=wrt)
    reference = read_cost(index, let=index_lets, wrt=wrt)
    read = derivation.problem
    # the result may name the matrix reading's h(i); its value is read's, the cost's the reference's
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)])
    # the conventions' note names the cost's own vector (hunt28c: "θ is n×1" beside a cost in w alone named a
    # vector the student never wrote); of a cost in θ it is MATRIX_CONVENTIONS_NOTE itself
    shown = "w is n×1" if "w" in matrix + "".join(lets) and "theta" not in matrix + "".join(lets) else "θ is n×1"
    assert MATRIX_CONVENTIONS_NOTE.replace("θ is n×1", shown) in read.notes, read.notes
    assert any(note in text for text in read.notes), read.notes


def test_matrix_cost_derives_the_chain_and_the_matrix_result_of_the_preset():
    """The matrix-form linear cost: verified, canonical, and the matrix result (1/m) Xᵀ(Xθ − y) of the preset."""
    derivation = derive(r"\frac{1}{2m}(X\theta-y)^T(X\theta-y)", matrix=True)
    preset = derive("linear", matrix=True)
    assert derivation.canonical.verdict == "canonical"
    assert isinstance(derivation.matrix, MatrixForm)
    assert show_unicode(derivation.matrix.gradient) == show_unicode(preset.matrix.gradient)
    assert str(derivation.result) == str(preset.result)


def test_matrix_logistic_derives_the_preset_chain():
    """y^T log(h) + (1-y)^T log(1-h) with h = σ(Xθ): the same rules as the logistic preset, and its matrix result."""
    derivation = derive(r"-\frac{1}{m}\left[y^T\log(h) + (1-y)^T\log(1-h)\right]", let=[r"h = \sigma(X\theta)"],
                        matrix=True)
    preset = derive("logistic", matrix=True)
    assert [type(step.rule) for step in derivation.steps] == [type(step.rule) for step in preset.steps]
    assert derivation.canonical.verdict == preset.canonical.verdict == "canonical"
    assert show_unicode(derivation.matrix.gradient) == show_unicode(preset.matrix.gradient)


@pytest.fixture
def run():
    """Invoke the CLI in-process."""
    runner = CliRunner(env=_CLEAN_ENV)
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=True)


NOTE = "read in matrix form: (Xθ − y)ᵀ (Xθ − y) = Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²"


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_note_reaches_every_format(run, fmt):
    """The matrix-form reading is said in text, JSON, LaTeX and Markdown."""
    result = run("derive", "-f", fmt, "1/(2m) * (X theta - y)^T (X theta - y)", "--form", "both")
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        assert NOTE in json.loads(result.stdout)["notes"]
    elif fmt == "text":
        assert "note: " + NOTE in result.stdout
        assert "∇J = (1/m) Xᵀ(Xθ − y)" in result.stdout
    else:
        assert "read in matrix form" in result.stdout


def test_check_against_a_matrix_cost(run):
    """check with a matrix-form --cost: the right matrix answer is equivalent, a wrong one different; notes shown."""
    cost = "1/(2m) * (X theta - y)^T (X theta - y)"
    right = run("check", "1/m * X^T (X theta - y)", "--cost", cost)
    assert right.exit_code == 0, right.stdout + right.stderr
    assert NOTE in right.stdout
    wrong = run("check", "1/m * X^T (sigmoid(X theta) - y)", "--cost", cost)
    assert wrong.exit_code == 1, wrong.stdout
    index = run("check", "1/m * sum((theta^T x - y) x_j)", "--cost", cost)
    assert index.exit_code == 0, index.stdout


# --- shape errors ------------------------------------------------------------------------


def refuse(text: str, *lets: str) -> InputError:
    """Read ``text`` as a cost, expecting an InputError; return it."""
    with pytest.raises(InputError) as caught:
        read_cost(text, let=lets)
    return caught.value


@pytest.mark.parametrize(
    "text, column, message",
    [
        ("-1/m * (y * log(sigmoid(X theta)))", 12, "'y' is m×1 and 'log(sigmoid(X theta))' is m×1"),
        ("(X theta - y)^2", 0, "a cost must be a number, and this is m×1"),
        ("1/m * X^T (X theta - y)", 0, "a cost must be a number, and this is n×1 in matrix form"),  # Xᵀv: a vector
        ("X y", 2, "'X' is m×n and 'y' is m×1"),
        ("(X theta - y)^T + y", 18, "they cannot be added"),
        ("(X theta - y)^T + 1", 0, "a cost must be a number, and this is 1×m"),
        ("(X theta - y)^T (X theta - x)", 27, "the data is the matrix X"),
        ("Σ((X theta - y)^T (X theta - y))", 2, "inside a sum over examples"),
        (r"\frac{1}{2m}\|X\theta - y\|^2 + \theta", 0, "this is n×1"),
        ("log(X)", 4, "log of a matrix"),
    ],
)
def test_shape_errors_point_at_the_column(text, column, message):
    """A matrix-form cost whose shapes do not fit: InputError (exit 2), labelled COST, caret at the operand."""
    error = refuse(text)
    assert error.exit_code == 2
    assert message in error.message, error.message
    assert error.column == column, (error.column, error.message)
    assert error.label == "COST"


def test_shape_error_in_a_let_is_labelled_let():
    """A --let in matrix form that is not a number or one value per example: labelled --let, column in its text."""
    error = refuse("sum(h)", "h = X^T y")
    assert error.label == "--let"
    assert error.column == 4


def test_scalar_x_by_let_is_not_matrix_form():
    """X given with --let is a scalar name, as for answers: nothing is read in matrix form."""
    problem = read_cost("sum(X y)", let=["X = 2 theta^T x"])
    assert not any("matrix form" in note for note in problem.notes)


# --- the front ends --------------------------------------------------------------------


def test_plain_transposes_parse_as_transpose_nodes():
    """y', (1 - y)', (v)^T and (v)ᵀ are Transpose nodes; theta'*x stays a dot product."""
    for text in ["y'", "(1 - y)'", "(X theta - y)^T", "(X theta - y)ᵀ"]:
        assert isinstance(parse(text), tree.Transpose), text
    assert isinstance(parse("theta'*x"), tree.Dot)
    assert isinstance(parse("e^T"), tree.Binary)  # e to the power T: a number is not transposed


def test_octave_entrywise_operators_and_numpy_prefix():
    """.^ is ^, ./ is /, np.sum is sum, np.mean is (1/m) sum."""
    assert parse("(X theta - y).^2").op == "^"
    assert parse("y ./ 2").op == "/"
    assert isinstance(parse("np.sum(y)"), tree.Sum)
    mean = parse("np.mean(y)")
    assert mean.op == "*" and isinstance(mean.right, tree.Sum)
    with pytest.raises(InputError):
        parse("np.foo(y)")


def test_latex_norm_of_a_matrix_form_vector_and_transposes():
    """\\|X\\theta - y\\|^2 is (Xθ − y)ᵀ(Xθ − y); y^T is a transpose; a norm of x alone is still refused."""
    node = parse_text(r"\|X\theta - y\|^2").tree
    assert node.op == "*" and isinstance(node.left, tree.Transpose) and node.left.operand is node.right
    assert isinstance(parse_text(r"y^T").tree, tree.Transpose)
    with pytest.raises(InputError) as caught:
        parse_text(r"\|x - y\|^2")
    assert caught.value.column == 0


def test_index_form_costs_are_untouched():
    """A cost without X, a transpose or ⊙ gets no matrix-form note."""
    assert not any("matrix form" in note for note in read_cost(LINEAR).notes)


def test_a_vectorised_cost_is_not_verified_at_points_where_the_index_form_is_not_a_number(monkeypatch):
    """NaN compares false with '>', so a point where the index-form cost is NaN once counted as agreement.

    With the index form NaN everywhere, nothing is compared, and the check says so instead of passing.
    """
    from logderiv.engine.matrix import vectorise_cost
    from logderiv.errors import VerificationError
    from logderiv.equality import arrays

    problem = read_cost("logistic")
    terms = vectorise_cost(problem)
    arrays.verify_cost(terms, problem)  # the real index form agrees
    monkeypatch.setattr(arrays.numeric, "evaluate", lambda *_: complex("nan"))
    with pytest.raises(VerificationError, match="could not be checked"):
        arrays.verify_cost(terms, problem)

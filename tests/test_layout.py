"""Layouts of a matrix answer: examples as rows (X m×n) or as columns (X n×m, DeepLearning.AI's).

The answers are DeepLearning.AI's course-1 ``propagate`` gradients as public copies
write them (sources beside each), and the course's LaTeX. Verdicts by hand: with
X n×m and A, Y 1×m rows, ``X (A − Y)ᵀ`` has entry j = Σᵢ xⱼ⁽ⁱ⁾ (aᵢ − yᵢ), so
``(1/m) X (A − Y)ᵀ`` is the cross-entropy's gradient; ``(A − Y)`` with no
transpose, or a row beside a column, does not conform and stays refused. The
gradient itself is checked here by NumPy finite differences of the course's cost.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv import check
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.verify.matrix_answer import COLUMNS_GIVEN, COLUMNS_INFERRED

EQ, DIFF = "equivalent", "different"

#: find_string ids name the public files in the search index; the text is as found there
DLAI_COST = "1/m*np.sum(- np.dot(Y, np.log(A).T) - np.dot((1-Y), np.log(1-A).T))"  # index id 23384534902
DLAI_LET = "A = sigmoid(np.dot(w.T, X) + b)"  # the same file

#: (source, answer verbatim, cost, lets, wrt, layout, verdict, first diagnosis kind)
REAL = [
    ("DLAI propagate, index id 23384534902", "1/m*np.dot(X,(A-Y).T)", DLAI_COST, (DLAI_LET,), "w_j", None, EQ, None),
    ("DLAI propagate, index id 23384534902", "1/m*np.sum(A-Y)", DLAI_COST, (DLAI_LET,), "b", None, EQ, None),
    # a DLAI course summary in Markdown (code search: "Logistic Regression with a neural network mindset")
    ("DLAI notes, Markdown summary", "dw = np.dot(X, (A - Y).T)/m", DLAI_COST, (DLAI_LET,), "w_j", None, EQ, None),
    ("DLAI notes, Markdown summary", "db = np.sum(A - Y)/m", DLAI_COST, (DLAI_LET,), "b", None, EQ, None),
    # zgwl/deep-learning README.md: dZ = A - Y, dW = dot(X, dZ.T) / m, against the logistic preset (θ)
    ("zgwl/deep-learning README.md", "dW = dot(X, dZ.T) / m", DLAI_COST, (DLAI_LET, "dZ = A - Y"), "w_j", None, EQ,
     None),
    # its right side against the logistic preset (θ): A is the preset's prediction h, the layout inferred or given
    ("zgwl/deep-learning README.md", "dot(X, dZ.T) / m", "logistic", ("dZ = A - Y",), "theta_j", None, EQ, None),
    ("zgwl/deep-learning README.md", "dot(X, dZ.T) / m", "logistic", ("dZ = A - Y",), "theta_j", "columns", EQ,
     None),
    # the LaTeX spellings of the course's formula, against the preset
    ("issue 11 (course LaTeX)", r"\frac{1}{m}X(A-Y)^T", "logistic", (), "theta_j", None, EQ, None),
    ("issue 11 (course LaTeX)", r"dw = \frac{1}{m}X(A-Y)^T", DLAI_COST, (DLAI_LET,), "w_j", None, EQ, None),
    ("issue 11 (course LaTeX)", r"\frac{1}{m}X(A-Y)^T", "logistic", (), "theta_j", "columns", EQ, None),
    ("issue 11 (course NumPy)", "1/m * np.dot(X, (A - Y).T)", "logistic", (), "theta_j", None, EQ, None),
    # planted: the sign of the residual flipped (Y − A) is the sign diagnosis, in the columns layout too
    ("issue 11, sign planted", r"\frac{1}{m}X(Y-A)^T", "logistic", (), "theta_j", "columns", DIFF, "sign"),
    # planted: the 1/m dropped
    ("DLAI propagate, 1/m dropped", "np.dot(X,(A-Y).T)", DLAI_COST, (DLAI_LET,), "w_j", None, DIFF, "factor"),
]


@pytest.mark.parametrize("row", REAL, ids=[f"{row[0]}:{row[1]}:{row[5]}" for row in REAL])
def test_real_column_layout_answers(row):
    """Each answer gets the verdict worked out by hand, in the layout given or inferred."""
    _, answer, cost, lets, wrt, layout, verdict_expected, kind = row
    verdict = check(answer, cost=cost, let=lets, wrt=wrt, layout=layout)
    assert verdict.verdict == verdict_expected, (verdict.reason, verdict.diagnosis)
    assert [d.kind for d in verdict.diagnosis][:1] == ([kind] if kind else [])


def test_the_columns_gradient_is_the_cost_gradient():
    """(1/m) X (A − Y)ᵀ with X n×m is the gradient by w of the course's cost (NumPy, central differences)."""
    rng = np.random.default_rng(3)
    n, m = 3, 5
    x, y, w, b = rng.normal(size=(n, m)), rng.uniform(0.1, 0.9, size=(1, m)), rng.normal(size=(n, 1)), 0.3

    def cost(weights):
        a = 1 / (1 + np.exp(-(weights.T @ x + b)))
        return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m)

    a = 1 / (1 + np.exp(-(w.T @ x + b)))
    formula = x @ (a - y).T / m
    step = 1e-6
    numeric = np.array([[(cost(w + step * e[:, None]) - cost(w - step * e[:, None])) / (2 * step)]
                        for e in np.eye(n)])
    assert np.allclose(formula, numeric, atol=1e-7)


def test_inferred_layout_is_said():
    """Without --layout, an answer whose shapes conform only with examples as columns is read so, noted."""
    verdict = check(r"\frac{1}{m}X(A-Y)^T")
    assert verdict.verdict == EQ
    assert COLUMNS_INFERRED in verdict.notes
    assert any(note.startswith("A is read as the prediction h") for note in verdict.notes)
    given = check(r"\frac{1}{m}X(A-Y)^T", layout="columns")
    # the layout asked for is the problem's (said once per cost), not the answer's
    assert COLUMNS_GIVEN in given.problem.notes and COLUMNS_INFERRED not in given.notes


@pytest.mark.parametrize(
    ("answer", "layout", "column"),
    [
        (r"\frac{1}{m}X(A-Y)^T", "rows", 11),  # refused when rows are asked for: the caret under X
        (r"\frac{1}{m}X^T(A-Y)", "columns", 11),  # Xᵀ is m×n with X n×m: does not conform
        (r"\frac{1}{m}X(A^T-Y)", None, 13),  # a column beside a row (NumPy: m×m): never read as paired
        ("sum((h - y) .* X, 2) / m", None, 0),  # conforms as rows, to the wrong shape: a mistake, not a layout
    ],
)
def test_inconsistent_shapes_keep_their_caret(answer, layout, column):
    """A truly inconsistent answer is exit-2 input with the column of the rows reading (or the layout asked for)."""
    with pytest.raises(InputError) as caught:
        check(answer, layout=layout)
    assert caught.value.column == column


def test_a_cost_in_matrix_form_fixes_the_layout():
    """--layout against the cost's own layout is refused; without it the cost's layout is used, none inferred."""
    rows_cost = "1/(2m) * (X theta - y)^T (X theta - y)"
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}X^T(X\theta-y)", cost=rows_cost, layout="columns")
    assert caught.value.label == "--layout"
    with pytest.raises(InputError):
        check(r"\frac{1}{m}X(X^T\theta-y^T)^T", cost=rows_cost)


def test_dw_beside_a_cost_in_theta_is_refused():
    """dw = … names the gradient by w; the preset's is by θ and the body does not write w: exit-2 input, as before."""
    with pytest.raises(InputError):
        check(r"dw = \frac{1}{m}X(A-Y)^T", layout="columns")


def test_cli_layout_option():
    """check --layout columns exits 0 with the note; --layout rows exits 2 with a caret."""
    runner = CliRunner()
    ok = runner.invoke(main, ["check", r"\frac{1}{m}X(A-Y)^T", "--layout", "columns", "-f", "text"])
    assert ok.exit_code == 0 and "--layout columns" in ok.output
    refused = runner.invoke(main, ["check", r"\frac{1}{m}X(A-Y)^T", "--layout", "rows", "-f", "text"])
    assert refused.exit_code == 2 and "^" in refused.output

r"""Least squares in A, x and b as wave f65 writes it (issue 10, the fixlsq branch).

Wave f65 (tests/corpus/fresh_sixtyfifth.py, Math Stack Exchange, Stanford EE263, Strang) writes least squares in
linear algebra's letters in three ways logderiv refused:

* multiplied out with the row ``xᵀAᵀ`` = (Ax)ᵀ first: EE263's ``x^\intercal A^\intercal Ax - 2 y^\intercal Ax +
  y^\intercal y`` and a Math SE asker's glued ``x^TA^TAx-x^TA^Tb-b^TAx-b^Tb``; x transposed is read only where
  the A after it is transposed too (``x^T A x`` stays a quadratic form, refused);
* Strang's ``|Ax|^2``: single bars around the vector Ax are its length ‖Ax‖ (noted); ``|z|`` of a number stays
  "not supported yet";
* a cost stated as an identity, ``\|Ax-b\|^2 = (Ax-b)^T(Ax-b)``: the first side is no name but the cost itself;
  every side is read, shown equal, the last derived (noted); sides that differ are refused;
* a notebook's design matrix named with a lower-case x beside θ (``L = (y-x\theta)^T \cdot (y-x\theta)``,
  ``y^Ty - 2y^Tx\theta + \theta^Tx^Tx\theta``): where the targets are a column (yᵀ, or the residual transposed),
  x multiplying θ is the m×n data matrix X (noted); x as one example's features (θᵀx, (y − xθ)², sums, indices)
  reads as before;
* plain ``z = Wx + b`` in a --let with ``--wrt W_j``: W glued to the example x is the weight vector times x, as
  ``W x`` already reads (--wrt b alone says nothing of W's shape: still refused);
* code's ``l = …`` (an R file's log-likelihood ℓ, ``l=t(y)%*%X%*%b+sum(log(1-sigmoid(X,b)));``): l names the
  cost as ``c = …`` and ``j = …`` do in code (noted); in mathematical notation ``l = …`` stays refused;
* least squares in A, x, b asked by anything but x (θ by default, b_j): refused naming the reading ``--wrt x_j``
  takes, where it was an unknown name's refusal.

Why: each was refused on main, and each is ordinary least-squares notation. The truths are worked by hand and held to
central finite differences of NumPy costs (``tests/_numeric.py``) and, through the corpus judge, logderiv's gradient
is held to finite differences of the NumPy cost written here, never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv import check, derive
from logderiv.cli import main

RNG = np.random.default_rng(65)

#: EE263's expanded ‖Ax − y‖² (a Math SE question, 1622151, quoting the notes), verbatim
EE263 = r"x^\intercal A^\intercal Ax - 2 y^\intercal Ax + y^\intercal y"
#: a Math SE asker's expansion (3844760), its constant −bᵀb a slip (the gradient is ‖Ax − b‖²'s), verbatim
GLUED = "x^TA^TAx-x^TA^Tb-b^TAx-b^Tb"
#: a Math SE question's cost (3557185) stated as an identity, verbatim
IDENTITY = r"\|Ax-b\|^2 = (Ax-b)^T(Ax-b)"
NOTE = "read as least squares in A, x"
CHAIN_NOTE = "its left side names no cost but is the cost itself"


def _squares(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2))


def test_truths_by_finite_differences():
    """∇ₓ(xᵀAᵀAx − 2yᵀAx + yᵀy) = 2AᵀAx − 2Aᵀy; the slip −bᵀb changes no gradient; ∇ₓ‖Ax‖² = 2AᵀAx."""
    A, b, x = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    expanded = _fd(lambda v: v @ A.T @ A @ v - 2 * b @ A @ v + b @ b, x)
    assert np.allclose(expanded, 2 * A.T @ A @ x - 2 * A.T @ b, atol=1e-6)
    assert np.allclose(_fd(lambda v: v @ A.T @ A @ v - v @ A.T @ b - b @ A @ v - b @ b, x), expanded, atol=1e-6)
    assert np.allclose(_fd(lambda v: (A @ v) @ (A @ v), x), 2 * A.T @ A @ x, atol=1e-6)
    assert not np.allclose(expanded, 2 * A.T @ A @ x + 2 * A.T @ b, atol=1e-3)  # the sign slip below


# ---------------------------------------------------------------- 1. the row xᵀAᵀ first, ^\intercal
@pytest.mark.parametrize("text, intended", [
    (EE263, _squares),
    (GLUED, lambda d: float(d.w @ d.X.T @ d.X @ d.w - d.w @ d.X.T @ d.y - d.y @ d.X @ d.w - d.y @ d.y)),
    (r"x^\top A^\top Ax - 2 b^\top Ax + b^\top b", _squares),
])
def test_expansions_starting_with_the_row_are_read(text, intended):
    assert_gradient_read(text, intended, wrt=("x_j",))
    assert any(note.startswith(NOTE) for note in notes_of(derive(text, wrt="x_j")))


@pytest.mark.parametrize("answer, verdict", [
    (r"2A^\intercal Ax - 2A^\intercal y", "equivalent"),  # the normal equations' left side, EE263
    (r"2A^\intercal Ax + 2A^\intercal y", "different"),   # the sign of the linear term flipped
])
def test_ee263_answers(answer, verdict):
    assert_verdict_read(answer, EE263, verdict, wrt="x_j")


def test_a_quadratic_form_stays_refused():
    """xᵀAx with A not transposed after x: a square A's quadratic form, no least squares; nothing is read."""
    refused_by_logderiv(lambda: derive("x^TAx - 2b^TAx", wrt="x_j"))


def test_x_as_an_example_beside_theta_reads_as_before():
    """x transposed beside θ (θᵀx, x an example's features): not A, x, b's letters, the gradient as by hand."""
    text = r"\frac{1}{2m}\sum_{i=1}^m (x^{(i)T}\theta - y^{(i)})^2"
    assert_gradient_read(text, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))
    assert not any(note.startswith(NOTE) for note in notes_of(derive(text, wrt="theta_j")))


# ---------------------------------------------------------------- 2. Strang's |Ax|²
@pytest.mark.parametrize("answer, verdict", [
    ("2A^T Ax", "equivalent"),  # Strang 4.3 exercise 24, by hand above
    ("A^T Ax", "different"),    # half of it
])
def test_single_bars_around_ax_are_its_length(answer, verdict):
    assert_verdict_read(answer, "|Ax|^2", verdict, wrt="x_j")
    assert any("|Ax| with single bars around the vector Ax is its length" in note
               for note in notes_of(check(answer, cost="|Ax|^2", wrt="x_j")))


def test_single_bars_cost_by_finite_differences():
    assert_gradient_read("|Ax - b|^2", _squares, wrt=("x_j",))


@pytest.mark.parametrize("text, wrt", [
    ("|Ax|^2", "theta_j"),              # not asked by x: nothing says x is the unknown
    ("sum_i |y^(i) - θᵀx^(i)|", "theta_j"),  # |z| of a number: still not supported
])
def test_other_bars_stay_refused(text, wrt):
    refused_by_logderiv(lambda: derive(text, wrt=wrt))


# ---------------------------------------------------------------- 3. a cost stated as an identity
def test_an_identity_is_read_side_by_side():
    assert_gradient_read(IDENTITY, _squares, wrt=("x_j",))
    said = notes_of(derive(IDENTITY, wrt="x_j"))
    assert any(CHAIN_NOTE in note for note in said), said
    assert any(note.startswith(NOTE) for note in said), said


def test_an_identity_in_ml_letters_is_read():
    text = r"\frac{1}{2m}\|X\theta-y\|^2 = \frac{1}{2m}(X\theta-y)^T(X\theta-y)"
    assert_gradient_read(text, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))


def test_an_identity_whose_sides_differ_is_refused():
    """‖Ax − b‖² ≠ (Ax + b)ᵀ(Ax + b): logderiv never picks a side."""
    error = refused_by_logderiv(lambda: derive(r"\|Ax-b\|^2 = (Ax+b)^T(Ax+b)", wrt="x_j"))
    assert "the sides of the chain differ" in str(error)


def test_a_letter_on_the_left_is_still_no_cost_name():
    """``l = …`` (one lower-case letter): still refused as a left side that names no cost, not read as a side."""
    error = refused_by_logderiv(lambda: derive("l = sum_i (y^(i) - θᵀx^(i))^2", wrt="theta_j"))
    assert "the left side of '=' names the cost" in str(error)


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_notes_are_in_every_format(fmt):
    result = CliRunner().invoke(main, ["derive", IDENTITY, "--wrt", "x_j", "-f", fmt])
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "names no cost but is the cost itself" in shown, shown
    assert "least squares in A, x, b" in shown, shown


# ---------------------------------------------------------------- 4. a lower-case x as the design matrix, beside θ
#: ovysotska/in_simple_english's ml_regression notebook (f65), verbatim
OVY = r"L = (y-x\theta)^T \cdot (y-x\theta)"
OVY_EXPANDED = r"L = y^Ty - 2y^Tx\theta + \theta^Tx^Tx\theta "
LOWER_X_NOTE = "x (lower case) multiplies the parameters"


def _squares_theta(d):
    return float(np.sum((d.y - d.X @ d.theta) ** 2))


def test_lower_x_truths_by_finite_differences():
    """∇θ‖y − Xθ‖² = −2Xᵀy + 2XᵀXθ; without the 2 of the quadratic term it differs."""
    X, y, theta = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    gradient = _fd(lambda t: (y - X @ t) @ (y - X @ t), theta)
    assert np.allclose(gradient, -2 * X.T @ y + 2 * X.T @ X @ theta, atol=1e-6)
    assert not np.allclose(gradient, -2 * X.T @ y + X.T @ X @ theta, atol=1e-3)


@pytest.mark.parametrize("text", [OVY, OVY_EXPANDED])
def test_lower_x_beside_a_column_of_targets_is_the_data_matrix(text):
    assert_gradient_read(text, _squares_theta)
    assert any(note.startswith(LOWER_X_NOTE) for note in notes_of(derive(text, wrt="theta_j")))


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{\partial L}{\partial\theta} = -2y^Tx + 2x^Tx\theta", "equivalent"),  # the pull request's fix
    (r"\frac{\partial L}{\partial\theta} = -2x^Ty + x^Tx\theta", "different"),    # the 2 dropped
])
def test_lower_x_answers(answer, verdict):
    assert_verdict_read(answer, OVY, verdict)


@pytest.mark.parametrize("text", [
    r"L = (y - x\theta)^2",                 # no transpose: x one example's row, y a number (as before)
    r"L = (y - \theta^T x)^2",              # θᵀx: x an example's features
    r"\frac{1}{2m}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})^2",  # indexed: examples
])
def test_lower_x_elsewhere_is_not_the_matrix(text):
    """No column of targets, or x an example: nothing read as X (each read on main, and still read)."""
    said = notes_of(derive(text, wrt="theta_j"))
    assert not any(note.startswith(LOWER_X_NOTE) for note in said), said


def test_indexed_lower_x_keeps_its_gradient():
    """The indexed sum: x⁽ⁱ⁾ an example, by finite differences of ½m⁻¹‖Xθ − y‖² (rows of X the examples)."""
    assert_gradient_read(r"\frac{1}{2m}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})^2",
                         lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))


@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_lower_x_note_is_in_every_format(fmt):
    result = CliRunner().invoke(main, ["derive", OVY, "--wrt", "theta_j", "-f", fmt])
    assert result.exit_code == 0, result.output
    shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if fmt == "json" else result.output
    assert "is the data matrix, read as X" in shown, shown


# ---------------------------------------------------------------- 5. Wx glued, --wrt W_j
#: a Math SE asker's logistic loss with only its y log ŷ term (3135384, f65), verbatim
BCE_POSITIVE = r"L(\hat y_i, y_i) = \sum - y_i log (\hat y_i)"
BCE_LETS = (r"\hat y_i = \sigma(z)", "z = Wx + b")


def _sig(z):
    return 1 / (1 + np.exp(-z))


def test_glued_wx_truth_by_finite_differences():
    """∇_w −Σ yᵢ log σ(wᵀxᵢ + b) = −Σ yᵢ (1 − σ(wᵀxᵢ + b)) xᵢ."""
    X, y, w, b = RNG.normal(size=(5, 3)), RNG.integers(0, 2, size=5).astype(float), RNG.normal(size=3), 0.3
    gradient = _fd(lambda v: -float(y @ np.log(_sig(X @ v + b))), w)
    assert np.allclose(gradient, -X.T @ (y * (1 - _sig(X @ w + b))), atol=1e-6)


def test_glued_wx_by_w_is_the_weights_times_x():
    assert_gradient_read(BCE_POSITIVE, lambda d: -float(d.y @ np.log(_sig(d.X @ d.w + d.b))), wrt=("W_j",),
                         lets=BCE_LETS)
    said = notes_of(derive(BCE_POSITIVE, wrt="W_j", let=BCE_LETS))
    assert any("asks for one component of W" in note for note in said), said


def test_glued_wx_by_b_alone_stays_refused():
    """By b nothing says whether W is a vector or one feature's number: refused, never read as one of them."""
    refused_by_logderiv(lambda: derive(BCE_POSITIVE, wrt="b", let=BCE_LETS))


# ---------------------------------------------------------------- 6. A, x, b asked by something else
@pytest.mark.parametrize("wrt", ["theta_j", "b_j"])
def test_least_squares_asked_by_another_vector_is_refused_naming_x(wrt):
    error = refused_by_logderiv(lambda: derive(r"\|Ax-b\|^2", wrt=wrt))
    assert "least squares in A, x, b" in str(error) and "--wrt x_j" in (error.hint or ""), error
    assert error.column == 2  # the caret under A


def test_least_squares_with_no_wrt_is_refused_naming_x():
    error = refused_by_logderiv(lambda: derive("(Ax-b)^T(Ax-b)"))
    assert "--wrt x_j" in (error.hint or ""), error


# ---------------------------------------------------------------- 7. code's l = … names the cost (ℓ)
#: the R file's commented-out line (f65, public code index file 23513705794), verbatim
R_LOGLIK = "l=t(y)%*%log(1/(1+exp(-X%*%b)))+(1-t(y))%*%log(1-1/(1+exp(-X%*%b)));"


def test_r_loglik_truth_by_finite_differences():
    """∇_b Σ[y log σ(Xb) + (1 − y) log(1 − σ(Xb))] = Xᵀ(y − σ(Xb))."""
    X, y, b = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=3)
    loglik = lambda v: float(y @ np.log(_sig(X @ v)) + (1 - y) @ np.log(1 - _sig(X @ v)))  # noqa: E731
    assert np.allclose(_fd(loglik, b), X.T @ (y - _sig(X @ b)), atol=1e-6)


def test_r_l_names_the_cost():
    assert_gradient_read(R_LOGLIK, lambda d: float(d.y @ np.log(_sig(d.X @ d.w)) + (1 - d.y) @ np.log(
        1 - _sig(d.X @ d.w))), wrt=("b_j",))
    said = notes_of(derive(R_LOGLIK, wrt="b_j"))
    assert "read as code: l = … assigns the cost to l, so l names the cost" in said, said


def test_octave_l_names_the_cost():
    assert_gradient_read("l = sum((X*theta - y).^2);", lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)))


def test_l_outside_code_stays_refused():
    error = refused_by_logderiv(lambda: derive("l = sum_i (y^(i) - θᵀx^(i))^2", wrt="theta_j"))
    assert "the left side of '=' names the cost" in str(error)

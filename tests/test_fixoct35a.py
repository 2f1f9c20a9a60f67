"""Issue 10, fixoct35a: Octave lab code of wave f76 that was refused, read by its conventions and noted.

* An ex5 linearRegCostFunction (public code index file 33878242194) penalises every θ but the intercept's with a
  copy: ``theta_prime = theta';`` then ``theta_prime(1)= 0.0;`` (Octave assigns by value: θ is unchanged), and adds
  the penalty with ``J += R;``.
* Another (index file 47305258591) rebinds λ to a vector: ``lambda = ones(size(theta))*lambda; lambda(1)=0;``, so
  ``(lambda/m).*theta`` leaves the intercept unpenalised.
* elcharly64/TwoVariableLinearFit's costGradient.m names its outputs ``Jobj`` and ``Grad``: ``Grad=…`` is the
  gradient's line, as Ng's ``grad = …`` is.

Every verdict is worked out by hand and held to central differences (tests/_numeric.py) of NumPy costs written here;
the corpus judge (tests/_reading.py) holds logderiv's readings to them. Near variants stay refused, with the line.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.notation.capital_grad import read_capital_grad
from logderiv.notation.zeroed_copies import ZEROED_COPY_MARK, read_zeroed_copies

# public code index file 33878242194 (Octave, ex5 linearRegCostFunction.m, 'F = X * theta - y;', 'J += R;'), verbatim
F_COST = (
    "F = X * theta - y;\nJ = (F' * F) / (2*m);\n\n% Compute the regularization term...\ntheta_prime = theta';\n"
    "theta_prime(1)= 0.0;\n\nR = (theta_prime * theta) * lambda/(2.0*m);\n\nJ += R;"
)
# public code index file 47305258591 (Octave, ex5 linearRegCostFunction.m, '%DO NOT USE REGUALIZATION FOR THETA(1)')
LAMVEC_COST = (
    "J = (1/(2*m))*sum((X*theta - y).^2) + (lambda/(2*m))*sum(theta(2:size(theta,1),:).^2); "
    "%DO NOT USE REGUALIZATION FOR THETA(1)"
)
LAMVEC_GRAD = (
    "lambda = ones(size(theta))*lambda; \nlambda(1)=0; %lambda equals to zero when j=0 \n\n"
    "grad=(1/m)*sum((X*theta - y).*X)' + (lambda/m).*theta;"
)
# elcharly64/TwoVariableLinearFit costGradient.m (c4cd5a7b), the Jobj= and Grad= lines, verbatim
EL_COST = "Jobj=sum((X*Theta-Y).^2/2/m);"
EL_LETS = ("[m n] = size(X);",)
EL_GRAD = "Grad=X'*(X*Theta-Y)/m;"


def _ridge_skip_first(X, y, theta, lam):
    """(1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θⱼ², written here by hand."""
    m = len(y)
    return float(np.sum((X @ theta - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(theta[1:] ** 2))


def test_the_hand_worked_gradients_are_the_finite_differences():
    rng = np.random.default_rng(35)
    X, y, theta, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.7
    m = 5
    # the ex5 gradient: Xᵀ(Xθ − y)/m + (λ/m)[0; θ₂…θₙ]; sum((Xθ − y).*X)' is Xᵀ(Xθ − y)
    by_hand = X.T @ (X @ theta - y) / m + lam / m * np.concatenate(([0.0], theta[1:]))
    assert np.allclose(np.sum((X @ theta - y)[:, None] * X, axis=0), X.T @ (X @ theta - y))
    assert np.allclose(central_differences(lambda t: _ridge_skip_first(X, y, t, lam), theta), by_hand, atol=1e-6)
    # half the mean squared residual: Xᵀ(Xθ − y)/m; without /m it is m times that
    half = central_differences(lambda t: float(np.sum((X @ t - y) ** 2 / 2 / m)), theta)
    assert np.allclose(half, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(half, X.T @ (X @ theta - y), atol=1e-3)


# ------------------------------------------------------------------ a zeroed copy of θ (value semantics)
def test_the_theta_prime_copy_and_plus_equals_is_the_intercept_free_ridge():
    assert_gradient_read(F_COST, lambda d: _ridge_skip_first(d.X, d.y, d.theta, d.lam), lets=("m = length(y)",))
    derivation = logderiv.derive(F_COST, wrt="theta_j", let=("m = length(y)",))
    said = notes_of(derivation)
    assert any(ZEROED_COPY_MARK in note and "theta_prime = theta'; theta_prime(1)= 0.0" in note and
               "[0; theta(2:end)]'" in note for note in said), said
    assert any("J += v is J = J + v" in note for note in said)


def test_the_lambda_vector_with_its_first_entry_zeroed_leaves_the_intercept_unpenalised():
    assert_verdict_read(LAMVEC_GRAD, LAMVEC_COST, "equivalent", lets=("m = length(y)",))
    # the same lines without the 1/m of the data term: different
    assert_verdict_read(LAMVEC_GRAD.replace("grad=(1/m)*", "grad="), LAMVEC_COST, "different", lets=("m = length(y)",))
    verdict = logderiv.check(LAMVEC_GRAD, cost=LAMVEC_COST, wrt="theta_j", let=("m = length(y)",))
    assert any(ZEROED_COPY_MARK in note and "lambda*[0; ones(length(theta)-1, 1)]" in note
               for note in notes_of(verdict))


def test_a_copy_written_again_after_its_zeroing_is_refused_at_that_line():
    text = F_COST.replace("\n\nR = ", "\ntheta(2) = 0;\nR = ")
    error = refused(logderiv.derive, text, wrt="theta_j", let=("m = length(y)",))
    assert "theta(2) = 0 writes into theta after theta_prime = theta'" in error.message
    assert error.column == text.index("theta(2) = 0")


def test_theta_written_as_one_of_several_outputs_after_the_copy_is_refused():
    text = "t = theta;\nt(1) = 0;\n[J, theta] = f(t);\nJ = t' * theta;"
    error = refused(read_zeroed_copies, text)
    assert "[J, theta] = f(t) writes into theta after t = theta; t(1) = 0" in error.message
    assert error.column == text.index("[J, theta]")


def test_row_one_of_the_transposed_copy_is_refused():
    # theta_prime is the row θᵀ: its (1,:) is every entry, not the intercept's
    text = F_COST.replace("theta_prime(1)= 0.0;", "theta_prime(1,:)= 0.0;")
    error = refused(logderiv.derive, text, wrt="theta_j", let=("m = length(y)",))
    assert "row 1 of the row theta' is every entry" in error.message
    assert error.column == text.index("theta_prime(1,:)")


def test_an_entry_of_the_lambda_vector_read_by_index_is_refused():
    text = LAMVEC_GRAD.replace("(lambda/m).*theta", "(lambda(2)/m).*theta")
    error = refused(logderiv.check, text, cost=LAMVEC_COST, wrt="theta_j", let=("m = length(y)",))
    assert "reads an entry of the copy lambda = ones(size(theta))*lambda" in error.message
    assert error.column == text.index("grad=")


def test_near_misses_are_not_read_as_a_zeroed_copy():
    # NumPy's temp = theta; temp[0] = 0 writes into the array temp shares with theta: not this reading's
    assert read_zeroed_copies("temp = theta\ntemp[0] = 0\nJ = np.sum((X @ theta - y)**2) + temp @ temp") is None
    # another entry zeroed, or the copy never zeroed: no copy of this kind
    assert read_zeroed_copies(F_COST.replace("theta_prime(1)=", "theta_prime(2)=")) is None
    assert read_zeroed_copies(LAMVEC_GRAD.replace("lambda(1)=0;", "")) is None
    # used before its zeroing (the copy whole, then zeroed): the earlier use is of the whole θᵀ
    used = "t = theta;\nA = t' * theta;\nt(1) = 0;\nJ = A + t' * theta;"
    assert read_zeroed_copies(used) is None
    # inside a loop the lines do not run once in order
    assert read_zeroed_copies("for i = 1:m\nt = theta;\nt(1) = 0;\nJ = t' * theta;\nend") is None
    # the lambda vector without its zeroing stays refused, not read as the intercept-free vector
    refused(logderiv.check, LAMVEC_GRAD.replace("lambda(1)=0; %lambda equals to zero when j=0 ", ""),
            cost=LAMVEC_COST, wrt="theta_j", let=("m = length(y)",))


# ------------------------------------------------------------------ Grad beside the cost Jobj
def test_grad_beside_jobj_is_the_gradient():
    assert_verdict_read(EL_GRAD, EL_COST, "equivalent", wrt="Theta_j", lets=EL_LETS)
    assert_verdict_read("Grad=X'*(X*Theta-Y);", EL_COST, "different", wrt="Theta_j", lets=EL_LETS)
    verdict = logderiv.check(EL_GRAD, cost=EL_COST, wrt="Theta_j", let=EL_LETS)
    assert any(note.startswith("the left side Grad is read as grad") and "Jobj" in note for note in notes_of(verdict))


def test_grad_where_it_could_be_something_else_stays_refused():
    # no cost's name to stand beside: the bare sum names nothing
    error = refused(logderiv.check, EL_GRAD, cost="sum((X*Theta-Y).^2/2/m)", wrt="Theta_j", let=EL_LETS)
    assert error.message == "the left side names Grad, not a derivative of it" and error.column == 0
    # a --let gives Grad a value of its own
    error = refused(logderiv.check, EL_GRAD, cost=EL_COST, wrt="Theta_j", let=(*EL_LETS, "Grad = 2"))
    assert "Grad" in error.message and error.column == 0
    # Grad on the right as well: an update of something named Grad, not its definition
    refused(logderiv.check, "Grad=Grad + X'*(X*Theta-Y)/m;", cost=EL_COST, wrt="Theta_j", let=EL_LETS)
    # another capitalisation is not read
    error = refused(logderiv.check, "GRAD=X'*(X*Theta-Y)/m;", cost=EL_COST, wrt="Theta_j", let=EL_LETS)
    assert error.message == "the left side names GRAD, not a derivative of it"
    assert read_capital_grad(EL_GRAD, "J = Grad * 2", ()) is None
    assert read_capital_grad(EL_GRAD, None, ()) is None

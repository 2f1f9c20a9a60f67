r"""fixoct35b: Octave lab code (Coursera ML ex5 / ex2) whose gradient is written whole and then its first entry, the
intercept's, patched by a separate line, or whose penalty vector stacks zeros(1, 1) on theta(2:n).

* ``grad = 1.0/m .* X' * (pred - y) + lambda/m * theta; grad(1) = 1.0 /m * sum((pred - y) .* X(:,1));``: the
  patch's sum(v .* X(:,1)) is X(:,1)' * v, entry 1 of X' * v, and Octave's .* with one number on a side is the
  plain product: the two lines share that term, so the intercept's entry is unpenalised (noted).
* ``grad(1,:) = (1/m).*((h-y)'*X(:,1))`` beside ``grad = (1/m).*((h-y)'*X)' + …``: v' * X(:,1) is the one number
  X(:,1)' * v, entry 1 of (v' * X)'; a call of the source's own on X and theta minus y (``hypo(X,theta) - y``) is
  the prediction, not X's columns (its definition, a function-definition --let, is fixrow35's to read).
* ``decaygrad = [zeros(1, 1); (lambda/m)*(theta(2:n))]``: zeros(1, 1) is the number 0, so [0; (λ/m)θ(2:n)].

Expected results are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py) and to the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(3502)

# ------------------------------------------------------------------ index file 12392599521 (ex5 linearRegCostFunction.m)
#: public code index file 12392599521 (Octave, ex5 linearRegCostFunction.m, 'n = size(X, 2); % feature dimension';
#: the index does not name its repository), verbatim as in tests/corpus/fresh_seventysixth.py
PRED_COST = "J = 1.0 / (2.0*m) * sum((pred - y).^(2)) + lambda / (2.0*m) * sum(theta(2:n, 1).^(2));"
PRED_LETS = ("m = length(y)", "n = size(X, 2)", "pred = X * theta")
PRED_GRAD = "grad = 1.0/m .* X' * (pred - y) + lambda/m * theta;"
PRED_PATCH = "grad(1) = 1.0 /m * sum((pred - y) .* X(:,1));"

# ------------------------------------------------------------------ index file 739447996 (ex5, decay and decaygrad)
#: public code index file 739447996 (Octave, ex5 linearRegCostFunction.m, 'decay' and 'decaygrad'; the index does
#: not name its repository), verbatim
DECAY_COST = "decay = (lambda/(2*m))*sum((theta(2:n).^2));\nJ = (1/(2*m))*sum((X*theta - y).^2) + decay; "
DECAY_LETS = ("m = length(y)", "n = size(theta,1)")
DECAY_GRAD = "decaygrad = [zeros(1, 1); (lambda/m)*(theta(2:n))];\ngrad = (1/m)*(X'*((X * theta) - y)).+decaygrad;"

# ------------------------------------------------------------------ index file 30550670850 (ex2 costFunction with hypo)
#: public code index file 30550670850 (Octave, ex2 costFunctionReg with its own function hypo), the grad lines
#: verbatim; hypo(X,theta) written h here (--let 'h = sigmoid(X*theta)', hypo's body), since the function-definition
#: --let is read by another branch (fixrow35)
HYPO_GRAD = ("grad=(1/m).*((hypo(X,theta)-y)'*X)' + (lambda/m).*theta;\n\n"
             "grad(1,:)= (1/m).*((hypo(X,theta)-y)'*X(:,1));")
H_GRAD = HYPO_GRAD.replace("hypo(X,theta)", "h")
H_COST = "J=(1/m)*(-y'*log(h)-(1-y)'*log(1-h))  + (lambda/(2*m))*(theta'*theta);"
H_LETS = ("m=size(X,1)", "h = sigmoid(X*theta)")


def _half_mse_skip_first(X, y, lam, theta):
    r = X @ theta - y
    return float(r @ r) / (2 * len(y)) + lam / (2 * len(y)) * float(theta[1:] @ theta[1:])


def _cross_entropy_every_theta(X, y, lam, theta):
    p = sigmoid(X @ theta)
    return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) + lam / (2 * len(y)) * float(theta @ theta)


def test_the_hand_gradients_by_finite_differences():
    X, y, lam, theta = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), 0.7, _RNG.normal(size=3)
    m = 6
    numeric = central_differences(lambda t: _half_mse_skip_first(X, y, lam, t), theta)
    # by hand, the patched code: X'(Xθ − y)/m + (λ/m)θ, then entry 1 ← Σ(Xθ − y)x₁/m
    patched = X.T @ (X @ theta - y) / m + lam / m * theta
    patched[0] = np.sum((X @ theta - y) * X[:, 0]) / m
    assert np.allclose(numeric, patched, atol=1e-6)
    # by hand, decaygrad: X'(Xθ − y)/m + [0; (λ/m)θ(2:n)]
    decay = X.T @ (X @ theta - y) / m + np.concatenate([np.zeros(1), lam / m * theta[1:]])
    assert np.allclose(numeric, decay, atol=1e-6)
    # the grad line alone keeps λθ₁/m in entry 1
    assert not np.isclose(numeric[0], (X.T @ (X @ theta - y) / m + lam / m * theta)[0], atol=1e-4)
    # the logistic cost penalising every θ: the patched intercept (without λθ₁/m) misses it
    labels = (_RNG.random(6) > 0.5).astype(float)
    numeric = central_differences(lambda t: _cross_entropy_every_theta(X, labels, lam, t), theta)
    r = sigmoid(X @ theta) - labels
    whole = ((r @ X) / m) + lam / m * theta
    assert np.allclose(numeric, whole, atol=1e-6)
    assert not np.isclose(numeric[0], (r @ X[:, 0]) / m, atol=1e-4)


def test_the_intercept_patched_with_a_column_sum_is_equivalent():
    # f76-idx12392599521-linearregcost-grad-1-patched: refused before ("the parts differ by 1.0/m .* X' * …")
    answer = PRED_GRAD + "\n" + PRED_PATCH
    assert_verdict_read(answer, PRED_COST, "equivalent", lets=PRED_LETS)
    notes = notes_of(logderiv.check(answer, cost=PRED_COST, let=PRED_LETS))
    assert any("grad(1) and grad(2:end) together are the gradient vector" in note
               and "sum(v .* X(:,1)) adds v's entries times column 1 of X: X(:,1)' * v, entry 1 of X' * v" in note
               and "Octave's .* and ./ with one number on a side are the plain * and /" in note
               for note in notes), notes


def test_the_unpatched_line_and_a_penalised_patch_are_different():
    assert_verdict_read(PRED_GRAD, PRED_COST, "different", lets=PRED_LETS)
    penalised = PRED_GRAD + "\ngrad(1) = 1.0/m * sum((pred - y) .* X(:,1)) + lambda/m * theta(1);"
    assert_verdict_read(penalised, PRED_COST, "different", lets=PRED_LETS)


def test_the_row_times_a_column_patch_is_different_against_a_cost_penalising_every_theta():
    # f76-idx30550670850-grad-1-unpenalised-against-full-penalty, hypo(X,theta) written h: θ'θ penalises θ₁, so
    # the patched intercept lacks λθ₁/m
    assert_verdict_read(H_GRAD, H_COST, "different", lets=H_LETS)
    notes = notes_of(logderiv.check(H_GRAD, cost=H_COST, let=H_LETS))
    assert any("v' * X(:,1) is the number X(:,1)' * v, entry 1 of X' * v and of (v' * X)'" in note
               for note in notes), notes
    # the same lines against the cost that leaves θ₁ out: equivalent
    skip_first = H_COST.replace("(theta'*theta)", "sum(theta(2:end).^2)")
    assert_verdict_read(H_GRAD, skip_first, "equivalent", lets=H_LETS)


def test_the_decaygrad_stack_is_equivalent():
    # f76-idx739447996-linearregcost-decaygrad: refused before ("'zeros(…)' makes an array for the code to fill")
    assert_verdict_read(DECAY_GRAD, DECAY_COST, "equivalent", lets=DECAY_LETS)
    notes = notes_of(logderiv.check(DECAY_GRAD, cost=DECAY_COST, let=DECAY_LETS))
    assert ("read as Octave: zeros(1, 1) is the 1×1 array of zeros, the number 0: [zeros(1, 1); v] stacks 0 on v, "
            "as [0; v] does") in notes, notes
    every = "J = (1/(2*m))*sum((X*theta - y).^2) + (lambda/(2*m))*sum(theta.^2)"
    assert_verdict_read(DECAY_GRAD.replace("zeros(1, 1)", "zeros(1)"), every, "different", lets=DECAY_LETS)


# ------------------------------------------------------------------ guards: near misses not read the new way
GRAD_LINE = "grad = (1/m)*(X'*(X*theta - y)) + "


@pytest.mark.parametrize(("stack", "message", "at"), [
    # zeros(1, n) is a row of n zeros, no one entry
    ("[zeros(1,n); (lambda/m)*theta(2:end)]", "'zeros(…)' makes an array for the code to fill", "zeros(1,n)"),
    # 0 on the whole θ: n + 1 entries
    ("[zeros(1,1); (lambda/m)*theta]", "[0; v] is read for v = theta(2:end)", "(lambda/m)*theta]"),
    # a 1×2 row first (horizontal, then transposed): not the vertical stack read
    ("(lambda/m)*[zeros(1,1), theta(2:end)']'", "'zeros(…)' makes an array for the code to fill", "zeros(1,1)"),
])
def test_other_zeros_stacks_stay_refused(stack, message, at):
    answer = GRAD_LINE + stack
    error = refused(logderiv.check, answer, cost=DECAY_COST, let=DECAY_LETS)
    assert message in str(error)
    assert error.column == answer.index(at)


def test_zeros_filled_by_later_lines_stays_refused():
    answer = "grad = zeros(1,1);\ngrad = grad + X'*(pred-y)/m;"
    error = refused(logderiv.check, answer, cost=PRED_COST, let=PRED_LETS)
    assert "'zeros(…)' makes an array for the code to fill, which is not read here" in str(error)
    assert error.column == 0


@pytest.mark.parametrize(("patch", "message", "at"), [
    # .* between two arrays (1×m .* m×1 broadcasts to m×m): no plain product
    ("grad(1) = (1/m) .* X(:,1)' .* (pred - y);", "is not read column by column", "X(:,1)'"),
    # X whole in the intercept's line: n entries into one
    ("grad(1) = 1.0 /m * (pred - y)' * X;", "X whole here, not times the parameters", "X;"),
    # a call on X and theta that is not minus y: its X is not said to be the prediction's
    ("grad(1) = 1.0 /m * sum(f(X,theta) .* X(:,1));", "X whole here, not times the parameters", "X,theta"),
    # the residual without y: not the term the whole line has
    ("grad(1) = 1.0 /m * sum(pred .* X(:,1));", "the parts differ by 1.0/m .* X' * (pred - y)", "grad ="),
])
def test_patches_not_read_as_the_shared_term(patch, message, at):
    answer = PRED_GRAD + "\n" + patch
    error = refused(logderiv.check, answer, cost=PRED_COST, let=PRED_LETS)
    assert message in str(error)
    assert error.column == answer.index(at)


def test_an_entrywise_product_of_arrays_in_the_whole_line_is_not_read_as_the_shared_term():
    answer = "grad = 1.0/m .* X' .* (pred - y) + lambda/m * theta;\n" + PRED_PATCH
    error = refused(logderiv.check, answer, cost=PRED_COST, let=PRED_LETS)
    assert "the parts differ by 1.0/m .* X' .* (pred - y) in the entries after the intercept's alone" in str(error)
    assert error.column == 0

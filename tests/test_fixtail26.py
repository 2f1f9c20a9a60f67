"""Gradient code that builds the gradient in steps (branch fixtail26, issue 10): NumPy's in-place slice updates.

Homework code computes the unpenalised gradient and then adds the penalty to every entry but the intercept's,
in place: ``grad[1:] += lam / m * theta[1:]`` (comp551's logistic regressions, kaleko's ex3, every NumPy port of
Coursera's ex2/ex5), as Octave writes ``grad(2:end) = grad(2:end) + …`` (already read). The program's answer is
one vector: the first value with [0; v] added (v on entries 2..n), noted. Likewise ``grad[0] -= c * theta[0]`` takes
the intercept's penalty back off one entry, as Octave's ``grad(1) = grad(1) - …`` does.

A slice update whose entries are not the parameters' same entries (``grad[:-1] += lam * theta[1:]``: entry j gets
λθ_{j+1}, a real slip in comp551's code that the corpus marks "different") is never read as equivalent: it is
refused with a caret at the slice and a hint naming the aligned spellings; so is an update of other entries.

Verdicts are held to the corpus judge (tests/corpus/judge.py: the hand-worked verdict) and, independently of
logderiv, each program is run here in NumPy and compared with central finite differences of its cost
(tests/_numeric.py), so the hand verdicts are themselves checked.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused
from logderiv import check

# the half mean squared error with the intercept w[0] left out of the penalty (Coursera ex5, in NumPy)
COST = "np.sum((X @ w - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(w[1:] ** 2)"
BASE = "grad = X.T @ (X @ w - y) / m\n"

RNG = np.random.default_rng(26)
X = RNG.normal(size=(5, 3))
Y = RNG.normal(size=5)
W = RNG.normal(size=3)
LAM = 0.7


def _cost(w):
    m = len(Y)
    return float(np.sum((X @ w - Y) ** 2) / (2 * m) + LAM / (2 * m) * np.sum(w[1:] ** 2))


def _run(program: str) -> np.ndarray:
    """The student's program run as NumPy code on the fixed data: the grad it leaves (this test's own oracle)."""
    scope = {"np": np, "X": X, "y": Y, "w": W.copy(), "lam": LAM, "m": len(Y)}
    exec(program, scope)  # noqa: S102 - the test's own fixed programs, never user text
    return scope["grad"]


# ------------------------------------------------------------------ the updates read, with their hand verdicts
UPDATES = [
    # (1/m)Xᵀ(Xw − y) + (λ/m)[0; w(2:end)]: the gradient, the intercept's entry unpenalised
    (BASE + "grad[1:] += lam / m * w[1:]", "equivalent"),
    (BASE + "grad[1:] = grad[1:] + lam / m * w[1:]", "equivalent"),
    (BASE + "grad[1:] += (lam / m) * w[1:]  # regularisation skips the intercept", "equivalent"),
    # the penalty subtracted: its sign flipped on entries 2..n
    (BASE + "grad[1:] -= lam / m * w[1:]", "different"),
    (BASE + "grad[1:] = grad[1:] - lam / m * w[1:]", "different"),
    # λw_k without the 1/m of λ/(2m)
    (BASE + "grad[1:] += lam * w[1:]", "different"),
    # every entry penalised, then the intercept's penalty taken back off: the same gradient
    ("grad = X.T @ (X @ w - y) / m + lam / m * w\ngrad[0] -= lam / m * w[0]", "equivalent"),
    ("grad = X.T @ (X @ w - y) / m + lam / m * w\ngrad[0] = grad[0] - lam / m * w[0]", "equivalent"),
    # the intercept's penalty doubled instead of removed
    ("grad = X.T @ (X @ w - y) / m + lam / m * w\ngrad[0] += lam / m * w[0]", "different"),
]


@pytest.mark.parametrize("answer, verdict", UPDATES)
def test_numpy_slice_updates_read_as_one_gradient(answer, verdict):
    assert_verdict_read(answer, COST, verdict, wrt="w_j")


@pytest.mark.parametrize("answer, verdict", UPDATES)
def test_the_hand_verdicts_hold_when_the_programs_run(answer, verdict):
    # independent of logderiv: the program's grad against finite differences of the cost
    agrees = np.allclose(_run(answer), central_differences(_cost, W), atol=1e-6)
    assert agrees == (verdict == "equivalent")


def test_the_rest_update_is_noted():
    result = check(BASE + "grad[1:] += lam / m * w[1:]", cost=COST, wrt="w_j")
    assert result.verdict == "equivalent"
    assert any("grad[1:] += v adds v to the entries after the first: + [0; v]" in note for note in notes_of(result))


def test_the_first_entry_fix_is_noted():
    result = check("grad = X.T @ (X @ w - y) / m + lam / m * w\ngrad[0] -= lam / m * w[0]", cost=COST, wrt="w_j")
    assert any("grad[0] -= c·θ[0] changes the first entry alone" in note for note in notes_of(result))


# ------------------------------------------------------------------ slices that are not the same entries: refused
@pytest.mark.parametrize("line, fragment", [
    # comp551's slip: entry j of grad gets λw_{j+1} (the bias column appended last, w[:-1] meant)
    ("grad[:-1] += lam * w[1:]", "grad[:-1] and w[1:] are not the same entries"),
    ("grad[1:] += lam / m * w[:-1]", "grad[1:] and w[:-1] are not the same entries"),
    ("grad[1:] = grad[1:] + lam / m * w[:-1]", "grad[1:] and w[:-1] are not the same entries"),
    # the same entries, but not the intercept's rest: which penalty that is is not read
    ("grad[2:] += lam / m * w[2:]", "only the entries after the intercept's are read so"),
    # no slice of the parameters in the value: which entries get what is not said
    ("grad[1:] += lam / m * w", "no slice of the parameters"),
    ("grad[1:] *= 2 * w[0]", "no slice of the parameters"),
])
def test_misaligned_slice_updates_are_refused_at_the_slice(line, fragment):
    answer = BASE + line
    error = refused(check, answer, cost=COST, wrt="w_j")
    assert fragment in error.message
    assert error.column == len(BASE) + 4  # the caret under the '[' after grad
    assert "grad[1:] += lam * w[1:]" in (error.hint or "") and "grad(2:end) = grad(2:end)" in (error.hint or "")


def test_the_misaligned_slice_is_not_the_gradient():
    # why it must never be "equivalent": run, it differs from the finite differences on entries 1..n-1
    program = BASE + "grad[:-1] += lam / m * w[1:]"
    assert not np.allclose(_run(program), central_differences(_cost, W), atol=1e-3)


def test_comp551_misaligned_slice_in_a_class_is_refused_not_equivalent():
    # the corpus's f26-comp551-l2-misaligned-slice: self.theta[1:] beside grad[:-1]
    answer = "grad = np.dot(X.T, yh - y) / N\ngrad[:-1] += self.lambdaa * self.theta[1:]"
    error = refused(check, answer, cost="np.mean(y * np.log1p(np.exp(-X @ theta)))", wrt="theta_j",
                    let=("yh = 1 / (1 + np.exp(-np.dot(X, theta)))", "N = X.shape[0]"))
    # self.theta or theta: with the class's own attributes read as the quantities (fixf67), the message names the
    # vector as read; either way the shifted slice is named
    assert "grad[:-1] and " in error.message and "theta[1:] are not the same entries" in error.message


def test_a_helper_between_the_lines_still_reads():
    # reg = lam / m * w[1:] set once between grad's lines and used by the update: put in place, then read
    answer = BASE + "reg = lam / m * w[1:]\ngrad[1:] += reg"
    assert_verdict_read(answer, COST, "equivalent", wrt="w_j")


# ------------------------------------------------------------------ every note in every format
CHECK_NOTES = [
    (["check", BASE + "grad[1:] += lam / m * w[1:]", "--cost", COST, "--wrt", "w_j"],
     "adds v to the entries after the first"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), CHECK_NOTES, ids=[f for _, f in CHECK_NOTES])
def test_check_says_each_reading_in_every_format(args, fragment, fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    says(args, fragment, fmt)


# ------------------------------------------------------------------ --let left sides of code: read or refused, said why
def _half_mse(w, X_, y_):
    return float(np.sum((X_ @ w - y_) ** 2) / (2 * len(y_)))


@pytest.mark.parametrize("let", [
    "N, D = np.shape(X)",  # EPFL's labs: N,D = np.shape(tx)
    "N, D = np.array(X).shape",
    "N, D = len(y), len(w)",  # several names assigned at once: one let each
])
def test_counts_unpacked_or_assigned_together(let):
    from logderiv import derive

    from _reading import assert_gradient_read

    # Σ(Xw − y)²/(2N), N the examples: N = X's rows in every spelling
    assert_gradient_read("np.sum((X @ w - y) ** 2) / (2 * N)", lambda d: _half_mse(d.w, d.X, d.y), wrt=("w_j",),
                         lets=(let,))
    notes = notes_of(derive("np.sum((X @ w - y) ** 2) / (2 * N)", wrt="w_j", let=(let,)))
    assert any("unpacks X's shape" in note or "assigns each name its value at once" in note for note in notes)


def test_several_names_with_their_values_read_one_let_each():
    from logderiv import derive

    from _reading import assert_gradient_read

    # z, t = X @ w, y: z = Xw and t = y, so the cost is Σ(Xw − y)²/(2m)
    lets = ("z, t = X @ w, y",)
    assert_gradient_read("np.sum((z - t) ** 2) / (2 * m)", lambda d: _half_mse(d.w, d.X, d.y), wrt=("w_j",),
                         lets=lets)
    assert any("z, t = X @ w, y assigns each name its value at once: z = X @ w, t = y" in note
               for note in notes_of(derive("np.sum((z - t) ** 2) / (2 * m)", wrt="w_j", let=lets)))


@pytest.mark.parametrize("let, fragment, column", [
    # a swap: Python evaluates the right side first, so two lets in turn would not be the same
    ("e, t = t, y", "this assigns several", 1),
    # a derivative named on the left (Chinese notes' dL(a,y)/d(w) = x(a − y)): a lemma, no definition
    ("dL(a,y)/d(w) = x * (a - y)", "the left side names a derivative", 0),
    # an accumulation in a loop's body: no value given once
    ("error += (X @ w - y) ** 2", "'+=' updates error in place", 6),
    # an entry set alone
    ("grad[0] = 1", "sets some entries of grad", 4),
])
def test_let_left_sides_that_are_no_name_are_refused_saying_what_they_are(let, fragment, column):
    from logderiv import derive

    error = refused(derive, "np.sum((X @ w - y) ** 2) / (2 * m)", wrt="w_j", let=(let,))
    assert fragment in error.message
    assert error.column == column
    assert error.hint


def test_a_flat_subscripts_comma_is_not_several_names():
    # fw,b(x) = … is f_{w,b}(x) typed flat (test_fixtail_a): not "several names", the general refusal stays
    from logderiv import derive

    error = refused(derive, "(1/m) * sum(q(x) - y)", wrt="w_j", let=("qw,b(x) = w*x + b", "q(z) = z^2"))
    assert "assigns several" not in error.message


# ------------------------------------------------------------------ Octave: a helper of zeros with its rest set
# stackguides' ex2: tmp = zeros(n1, 1); tmp(2:n1,:) = (lambda/m) * theta(2:n1); grad = … + tmp (n1 = n, θ's length)
EX2_COST = "(sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"
EX2_LETS = ("hx = sigmoid(X*theta)",)
UNREG = "grad = (1 / m) * (X' * (sigmoid(X * theta) - y)) + tmp;"


def _ex2_cost(theta):
    h = 1 / (1 + np.exp(-X @ theta))
    yy = 1 / (1 + np.exp(-Y))  # labels in (0, 1)
    m = len(Y)
    return float(np.sum(-yy * np.log(h) - (1 - yy) * np.log(1 - h)) / m + LAM * np.sum(theta[1:] ** 2) / (2 * m))


def _ex2_program(theta, scale):
    """The Octave program, translated by hand: tmp is 0 then scale·θ_k; grad = (1/m)Xᵀ(σ(Xθ) − y) + tmp."""
    yy = 1 / (1 + np.exp(-Y))
    tmp = np.zeros(len(theta))
    tmp[1:] = scale * theta[1:]
    return X.T @ (1 / (1 + np.exp(-X @ theta)) - yy) / len(Y) + tmp


@pytest.mark.parametrize("answer, scale, verdict", [
    ("tmp = zeros(n1, 1);\ntmp(2:n1,:) = (lambda / m) * theta(2:n1);\n" + UNREG, LAM / 5, "equivalent"),
    ("tmp = zeros(size(theta));\ntmp(2:end) = (lambda / m) * theta(2:end);\n" + UNREG, LAM / 5, "equivalent"),
    ("tmp = zeros(n1, 1);\ntmp(2:n1) = lambda * theta(2:n1);\n" + UNREG, LAM, "different"),  # the 1/m lost
])
def test_a_zeros_helper_with_its_rest_set(answer, scale, verdict):
    assert_verdict_read(answer, EX2_COST, verdict, lets=EX2_LETS)
    # the hand verdict, independently: the translated program against finite differences of the cost
    agrees = np.allclose(_ex2_program(W, scale), central_differences(_ex2_cost, W), atol=1e-6)
    assert agrees == (verdict == "equivalent")


def test_the_zeros_helper_is_noted():
    answer = "tmp = zeros(n1, 1);\ntmp(2:n1,:) = (lambda / m) * theta(2:n1);\n" + UNREG
    notes = notes_of(check(answer, cost=EX2_COST, let=EX2_LETS))
    assert any("tmp = zeros(n1, 1); tmp(2:n1,:) = (lambda / m) * theta(2:n1); is (lambda / m) times theta with its "
               "first entry, the intercept's, 0" in note for note in notes)


@pytest.mark.parametrize("answer", [
    # zeros(m, 1): the examples' count, never θ's length
    "tmp = zeros(m, 1);\ntmp(2:m,:) = (lambda / m) * theta(2:m);\n" + UNREG,
    # the two slices run to different ends
    "tmp = zeros(n1, 1);\ntmp(2:k) = (lambda / m) * theta(2:k);\n" + UNREG,
    # the helper not added to the gradient: its length (n1) is not shown to be θ's
    "tmp = zeros(n1, 1);\ntmp(2:n1,:) = (lambda / m) * theta(2:n1);\n"
    "grad = (1 / m) * (X' * (sigmoid(X * theta) - y)) .* tmp;",
])
def test_zeros_helpers_not_read_stay_refused(answer):
    refused(check, answer, cost=EX2_COST, let=EX2_LETS)


# ------------------------------------------------------------------ Octave's own += on the rest
EX5_COST = "J = (1/(2*m))*sum((h - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"


@pytest.mark.parametrize("answer, verdict", [
    # (1/m)Xᵀ(Xθ − y) + (λ/m)[0; θ(2:end)]: the gradient (Octave 4+ writes += as NumPy does)
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end) += (lambda/m)*theta(2:end);", "equivalent"),
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end) -= (lambda/m)*theta(2:end);", "different"),  # the penalty's sign
    ("grad=(1/m)*(X'*(h-y));\ngrad(2:end) += lambda*theta(2:end);", "different"),  # its 1/m
])
def test_octave_plus_equals_on_the_rest(answer, verdict):
    assert_verdict_read(answer, EX5_COST, verdict, lets=("h=X*theta",))

r"""Issue 10, fixgrad40: Octave gradient code of corpus waves f84 and f85 that logderiv refused.

1. A --let that is one number times θ without its first entry (nsaftarli's ex3 ``gradReg = (lambda / m) *
   theta(2:end);``) is a vector of n − 1 entries, as θ(2:end) is: put in place of its name in brackets (noted), so
   ``grad(2:end) = grads(2:end) + gradReg;`` is read. A let of the whole θ (n entries into n − 1) stays refused.
2. A gradient-descent step written in two parts (angelacassanelli's MATLAB ``theta(1) = theta(1) - alpha * …;
   theta(2:end) = theta(2:end) - alpha * …;``) is one step θ := θ − α·g: Octave computes each right side before it
   assigns it, and the second line reads only θ(2:end), which the first left as it was; noted. A second line that
   reads an entry the first changed is refused with a caret. The pieces reader opens c·(a + b) term by term for it.
3. gardayulada's four step answers (f84) are graded against ex2_2's ``total_cost = cost_logreg + cost_regular``,
   whose two defining lines their lets lacked: the corpus items were mended (the lines added verbatim).

Expected results are worked out by hand and checked here by central finite differences (tests/_numeric.py), never
copied from logderiv's output; verdicts go through the corpus judge (tests/_reading.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, penalised_cross_entropy, sigmoid
from _reading import assert_verdict_read, notes_of, refused
from work import assert_linear

# ------------------------------------------------------------------ 1. a let of lambda/m times theta(2:end)
# github.com/nsaftarli/ML-Coursera/blob/4f7f26dde60382cf145bad158f4b5096000a606a/A3/machine-learning-ex3/ex3/
# lrCostFunction.m (Octave), verbatim
NSA3_LETS = (
    "m = length(y); % number of training examples",
    "h = sigmoid(X * theta);",
    "costReg = (lambda / (2*m)) * sum(theta(2:end) .^ 2);",
    "gradReg = (lambda / m) * theta(2:end);",
    "grads = (X' * (h-y))./ m;",
)
NSA3_COST = "J = (1/m) * sum((-y .* log(h)) - (1-y) .* log(1-h)) + costReg;"
NSA3_GRAD = "grad(1) = grads(1);\ngrad(2:end) = grads(2:end) + gradReg;"


def _data(seed, m=6, n=4):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    X[:, 0] = 1.0
    return X, (rng.random(m) > 0.5).astype(float), rng.normal(size=n), 0.7


def test_nsaftarli_by_hand():
    # ∇J = Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ(2:end)]: the code's grad, run in NumPy as Octave runs it
    for seed in (1, 2, 3):
        X, y, theta, lam = _data(seed)
        m = len(y)
        numeric = central_differences(lambda t: penalised_cross_entropy(X, y, t, lam), theta)
        grads = X.T @ (sigmoid(X @ theta) - y) / m
        grad_reg = lam / m * theta[1:]
        grad = grads.copy()
        grad[1:] = grads[1:] + grad_reg
        assert np.allclose(grad, numeric, atol=1e-7)
        doubled = grads.copy()
        doubled[1:] = grads[1:] + 2 * grad_reg
        assert not np.allclose(doubled, numeric, atol=1e-3)


def test_nsaftarli_split_gradient_is_read_with_a_note():
    assert_verdict_read(NSA3_GRAD, NSA3_COST, "equivalent", lets=NSA3_LETS)
    verdict = logderiv.check(NSA3_GRAD, cost=NSA3_COST, wrt="theta_j", let=NSA3_LETS)
    assert any("--let gradReg = (lambda/m)*theta(2:end) is one number times θ without its first entry, a vector "
               "of n − 1 entries" in note for note in notes_of(verdict))


def test_nsaftarli_doubled_penalty_is_different():
    lets = NSA3_LETS[:3] + ("gradReg = (2 * lambda / m) * theta(2:end);",) + NSA3_LETS[4:]
    assert_verdict_read(NSA3_GRAD, NSA3_COST, "different", lets=lets)


def test_guard_a_let_of_the_whole_theta_into_the_rest_stays_refused():
    # gradReg = (lambda / m) * theta has n entries, grad(2:end) n − 1: Octave stops; not read as the penalty
    lets = NSA3_LETS[:3] + ("gradReg = (lambda / m) * theta;",) + NSA3_LETS[4:]
    error = refused(logderiv.check, NSA3_GRAD, cost=NSA3_COST, wrt="theta_j", let=lets)
    assert "gradReg in grad(2:end) is a name whose size the line does not say" in str(error)
    assert error.source[error.column:].startswith("gradReg")


def test_guard_the_slice_let_in_the_intercepts_line_is_refused():
    answer = "grad(1) = grads(1) + gradReg;\ngrad(2:end) = grads(2:end) + gradReg;"
    error = refused(logderiv.check, answer, cost=NSA3_COST, wrt="theta_j", let=NSA3_LETS)
    assert "grad(1) is computed with theta(2:end), entries of the other part" in str(error)


def test_guard_a_scaled_sum_with_the_whole_theta_in_the_rest_is_refused():
    # (1/m) * (X(:,2:end)' * (h - y) + lambda * theta): the bracket opened term by term still shows θ's n entries
    answer = "grad(1) = (1/m) * (X(:,1)' * (h - y));\ngrad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * theta);"
    error = refused(logderiv.check, answer, cost=NSA3_COST, wrt="theta_j", let=NSA3_LETS[:3])
    assert "theta has n entries, and grad(2:end) n − 1" in str(error)
    assert answer[error.column:].startswith("theta);")


def test_a_scaled_sum_in_the_rest_is_read():
    answer = ("grad(1) = (1/m) * (X(:,1)' * (h - y));\n"
              "grad(2:end) = (1/m) * (X(:,2:end)' * (h - y) + lambda * theta(2:end));")
    assert_verdict_read(answer, NSA3_COST, "equivalent", lets=NSA3_LETS[:3])


# ------------------------------------------------------------------ 2. a step in two parts
# github.com/angelacassanelli/HeartDiseaseDetection/blob/3270f95071f4bb33a493c41877a9cbafb691cf83/
# logisticRegressionFromScratch.m (MATLAB, Italian comments), the two update lines dedented, verbatim
ANG_LETS = (
    "m = height(yTrain);",
    "h = sigmoid(xTrain * theta);",
    "error = h - yTrain;",
    "regularizationTerm = (lambda / (2 * m)) * sum(theta(2:end).^2);",
)
ANG_COST = "cost = -(1/m) * sum(yTrain .* log(h) + (1 - yTrain) .* log(1 - h)) + regularizationTerm;"
ANG_FIRST = "theta(1) = theta(1) - alpha * (1/m) * (xTrain(:,1)' * error);"
ANG_REST = "theta(2:end) = theta(2:end) - alpha * (1/m) * (xTrain(:,2:end)' * error + lambda * theta(2:end));"
ANG_STEP = ANG_FIRST + "\n" + ANG_REST


def test_angelacassanelli_by_hand():
    # the two lines run in order (Octave: each right side before its assignment) are θ − α∇J at the θ before
    for seed in (4, 5, 6):
        X, y, theta, lam = _data(seed)
        m, alpha = len(y), 0.3
        numeric = central_differences(lambda t: penalised_cross_entropy(X, y, t, lam), theta)
        error = sigmoid(X @ theta) - y
        stepped = theta.copy()
        stepped[0] = stepped[0] - alpha * (1 / m) * (X[:, 0] @ error)
        stepped[1:] = stepped[1:] - alpha * (1 / m) * (X[:, 1:].T @ error + lam * stepped[1:])
        assert np.allclose(stepped, theta - alpha * numeric, atol=1e-7)
        # the intercept penalised too (the variant below) is not the cost's gradient
        assert not np.allclose(X.T @ error / m + lam / m * theta, numeric, atol=1e-3)


def test_angelacassanelli_step_is_read_with_a_note():
    assert_verdict_read(ANG_STEP, ANG_COST, "equivalent", lets=ANG_LETS)
    verdict = logderiv.check(ANG_STEP, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)
    notes = notes_of(verdict)
    assert any("step theta(1) and theta(2:end) apart" in note and "the second line reads only theta(2:end), which "
               "the first left as it was, so both read theta before the step" in note for note in notes)
    assert any(note.startswith("the answer is an update rule of gradient descent") for note in notes)


def test_the_two_steps_in_the_other_order_and_with_minus_equals():
    assert_verdict_read(ANG_REST + "\n" + ANG_FIRST, ANG_COST, "equivalent", lets=ANG_LETS)
    minus = ("theta(1) -= alpha * (1/m) * (xTrain(:,1)' * error);\n"
             "theta(2:end) -= alpha * (1/m) * (xTrain(:,2:end)' * error + lambda * theta(2:end));")
    assert_verdict_read(minus, ANG_COST, "equivalent", lets=ANG_LETS)


def test_the_intercept_penalised_in_its_step_is_different():
    first = "theta(1) = theta(1) - alpha * (1/m) * (xTrain(:,1)' * error + lambda * theta(1));"
    assert_verdict_read(first + "\n" + ANG_REST, ANG_COST, "different", lets=ANG_LETS)


def test_guard_a_second_step_that_reads_the_changed_entry_is_refused():
    # sigmoid(xTrain * theta) in the second line reads theta(1) as the first line left it: no step at the old θ
    rest = ("theta(2:end) = theta(2:end) - alpha * (1/m) * (xTrain(:,2:end)' * (sigmoid(xTrain * theta) - yTrain) "
            "+ lambda * theta(2:end));")
    answer = ANG_FIRST + "\n" + rest
    error = refused(logderiv.check, answer, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)
    assert "is read by the second step after" in str(error) and "reads the new theta(1)" in str(error)
    assert error.column == answer.index("xTrain * theta) - yTrain") + len("xTrain * ")


def test_guard_the_whole_theta_in_the_second_step_is_refused():
    answer = ANG_FIRST + "\n" + ANG_REST.replace("lambda * theta(2:end)", "lambda * theta")
    error = refused(logderiv.check, answer, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)
    assert "reads the new theta(1)" in str(error)
    assert answer[error.column:].startswith("theta)")


def test_guard_two_rates_are_not_one_step():
    answer = ANG_FIRST + "\n" + ANG_REST.replace("alpha", "eta")
    error = refused(logderiv.check, answer, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)
    assert "theta(1) is read by the line that writes theta(1)" in str(error)


def test_parts_that_differ_beyond_the_penalty_are_refused_in_the_writers_names():
    answer = ANG_FIRST.replace("(1/m) * ", "") + "\n" + ANG_REST
    error = refused(logderiv.check, answer, cost=ANG_COST, wrt="theta_j", let=ANG_LETS)
    assert "read as one step of gradient descent in two parts" in str(error)
    assert "xTrain' * error" in str(error)


def test_many_terms_in_a_scaled_sum_are_linear_work():
    from logderiv.notation import gradient_pieces

    def build(size):
        rest = " + ".join(["X(:,2:end)' * (h - y)"] + ["0 * theta(2:end)"] * size)
        lines = ["grad(1) = (1/m) * (X(:,1)' * (h - y));", f"grad(2:end) = (1/m) * ({rest});"]

        def work():
            try:
                return gradient_pieces.assemble("\n".join(lines), lines)
            except logderiv.errors.InputError as error:
                return error

        return work

    assert build(3)() is not None
    assert_linear(build, 200)


# ------------------------------------------------------------------ 3. gardayulada's items mended
def _log10_cost(X, y, theta, lam):
    """ex2_2's costFunctionLogRegress: −(1/m)Σ[y log10 σ + (1 − y) log10(1 − σ)] + (λ/2m)(θᵀθ − θ₀²)."""
    p = sigmoid(X @ theta)
    return float(-np.mean(y * np.log10(p) + (1 - y) * np.log10(1 - p)) + lam / (2 * len(y)) * (theta @ theta
                                                                                                 - theta[0] ** 2))


def test_gardayulada_by_hand():
    for seed in (7, 8):
        X, y, theta, lam = _data(seed)
        m = len(y)
        numeric = central_differences(lambda t: _log10_cost(X, y, t, lam), theta)
        theta2 = theta.copy()
        theta2[0] = 0
        s = sigmoid(X @ theta)
        assert np.allclose(X.T @ (s - y) / (m * np.log(10)) + lam / m * theta2, numeric, atol=1e-7)
        assert not np.allclose(X.T @ (s - y) / m + lam / m * theta2, numeric, atol=1e-3)  # no ln 10
        assert not np.allclose(X.T @ (s - y) / (m * np.log(10)) + lam / m * theta, numeric, atol=1e-3)  # θ for θ2


@pytest.mark.parametrize("item_id", ["f84-gardayulada-ex2-2-grad-log10", "f84-gardayulada-ex3-grad-log10",
                                     "f84-gardayulada-ex2-2-grad-no-ln10",
                                     "f84-gardayulada-ex2-2-grad-theta-for-theta2"])
def test_gardayulada_items_carry_the_cost_lines_and_are_judged(item_id):
    from corpus import ANSWERS

    item = next(answer for answer in ANSWERS if answer.id == item_id)
    # costFunctionLogRegress's lines (ex2_2/ex2_2_costFunction.py), verbatim, among the lets
    assert any(let.startswith("cost_logreg = (-1/m) * sum(np.multiply(y, np.log10(sigmoid_y))") for let in item.lets)
    assert "cost_regular = (lambd / (2*m)) * (np.dot(np.transpose(theta), theta) - theta[0,0]**2)" in item.lets
    assert_verdict_read(item.text, item.cost, item.verdict, lets=item.lets)


# NumPy's w[0]/w[1:] alike (written here, the shape of angelacassanelli's lines in NumPy's words)
NP_COST = "J = -np.mean(y*np.log(h) + (1-y)*np.log(1-h)) + lam/(2*m)*np.sum(w[1:]**2)"
NP_LETS = ("h = sigmoid(X @ w)", "m = len(y)")
NP_FIRST = "w[0] = w[0] - lr * (X[:, 0] @ (h - y)) / m"


def test_numpy_two_part_step_without_the_penalty_is_different():
    # by hand (test_angelacassanelli_by_hand's gradient): the rest lacks (λ/m)w[1:], which the cost's penalty gives
    answer = NP_FIRST + "\nw[1:] = w[1:] - lr * (X[:, 1:].T @ (h - y) / m)"
    assert_verdict_read(answer, NP_COST, "different", wrt="w", lets=NP_LETS)
    verdict = logderiv.check(answer, cost=NP_COST, wrt="w", let=NP_LETS)
    assert any("step w[0] and w[1:] apart" in note for note in notes_of(verdict))


def test_guard_numpy_second_step_reading_the_changed_entry_is_refused():
    answer = NP_FIRST + "\nw[1:] = w[1:] - lr * (X[:, 1:].T @ (h - y) / m + 0 * w[0])"
    error = refused(logderiv.check, answer, cost=NP_COST, wrt="w", let=NP_LETS)
    assert "reads the new w[0]" in str(error)
    assert answer[error.column:].startswith("w[0])")

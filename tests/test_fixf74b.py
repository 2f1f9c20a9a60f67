r"""fixf74b: the f74 wave's code answers and costs that were refused — loops, Octave's row gradient, a list built
entry by entry.

* bawey/p300-octave's logRegCostFunction.m: ``for(i=1:m)`` (Octave's header in brackets), a loop adding to J and
  to grad at once (``grad=grad .+ (X(i,:))'*(…)``), then ``J/=size(X,1); grad/=size(X,1);``. As a cost the lines
  are read as J (grad's lines left out, noted); as an answer as grad, entry j of the rows added.
* 42-AI bootcamp issue #20's iterative gradient: ``res = []``, a loop over ``range(len(theta))`` appending one entry
  per pass, ``return (np.array(res))``: entry j's line.
* seraph-wing's costFunctionReg.m: ``grad = sum((h-y) .* X) / m`` (a 1×n row) then
  ``grad(2:end) = grad(2:end) + lambda / m .* theta(2:end)'`` (a row added to the row's rest).

Each reading is held to NumPy: the code run by hand in NumPy (Octave's semantics written out) against central
finite differences of the cost it is meant to compute, and logderiv's gradients and verdicts to the corpus judge
(tests/_reading.py), never to logderiv's own output. The near misses stay refused or are judged different.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv
from work import assert_linear

# ------------------------------------------------------------------ bawey's loop (verbatim, f74)
# https://github.com/bawey/p300-octave/blob/8f5ff0cec51d17b3cbb469fc3f79e9439e24b97d/
# Classifiers/LogisticRegression/logRegCostFunction.m
BAWEY = (
    "for(i=1:m)\n\tJ+=(  -1*y(i,1)*log(sigmoid(X(i,:)*theta)) - (1-y(i,1))*log(1-sigmoid(X(i,:)*theta))) ;\n"
    "\tgrad=grad .+ (X(i,:))'*(sigmoid(X(i,:)*theta)-y(i,1));\nend;\n\nJ/=size(X,1);\ngrad/=size(X,1);"
)
BAWEY_LETS = ("m = length(y)", "J = 0", "grad = zeros(size(theta))")
VECTOR_COST = "J = -(y'*log(sigmoid(X*theta)) + (1-y)'*log(1-sigmoid(X*theta)))/m"
#: beside a cost named J, the loop's starts (J = 0, grad = zeros(…)) are left to the lines: --let s would name the cost
VECTOR_LETS = ("m = length(y)",)


def _mean_cross_entropy(d):
    h = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -float(np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h)))


def _bawey_by_hand(X, y, theta):
    """The Octave loop run in NumPy: J and grad accumulated per row, then divided by size(X,1)."""
    J, grad = 0.0, np.zeros_like(theta)
    for i in range(X.shape[0]):
        h = sigmoid(X[i] @ theta)
        J += -1 * y[i] * np.log(h) - (1 - y[i]) * np.log(1 - h)
        grad = grad + X[i] * (h - y[i])
    return J / X.shape[0], grad / X.shape[0]


def test_the_loop_computes_the_mean_cross_entropy_and_its_gradient():
    rng = np.random.default_rng(74)
    X, theta = rng.normal(size=(6, 3)), rng.normal(size=3)
    y = (rng.random(6) < 0.5).astype(float)
    J, grad = _bawey_by_hand(X, y, theta)
    cost = (lambda t: -float(np.mean(y * np.log(sigmoid(X @ t)) + (1 - y) * np.log(1 - sigmoid(X @ t)))))
    assert np.isclose(J, cost(theta))
    assert np.allclose(grad, central_differences(cost, theta), atol=1e-6)


def test_the_loop_read_as_a_cost_is_j():
    # refused before: "this loop's header is not read" (for(i=1:m)), then grad's line beside J's
    assert_gradient_read(BAWEY, _mean_cross_entropy, lets=BAWEY_LETS)
    notes = " ".join(notes_of(logderiv.derive(BAWEY, wrt="theta_j", let=BAWEY_LETS)))
    assert "for(i=1:m) is for i = 1:m" in notes
    assert "the cost is J" in notes and "the lines that set grad are left out" in notes
    assert "the --let starting grad is left out" in notes


def test_the_loop_read_as_an_answer_is_grad():
    assert_verdict_read(BAWEY, BAWEY, "equivalent", lets=BAWEY_LETS)
    assert_verdict_read(BAWEY, VECTOR_COST, "equivalent", lets=VECTOR_LETS)
    verdict = logderiv.check(BAWEY, cost=VECTOR_COST, wrt="theta_j", let=VECTOR_LETS)
    notes = " ".join(notes_of(verdict))
    assert "the gradient is grad" in notes and "read by its entry j" in notes


def test_a_sign_slip_in_the_loop_is_different():
    slipped = BAWEY.replace("-y(i,1));", "+y(i,1));")
    assert_verdict_read(slipped, VECTOR_COST, "different", lets=VECTOR_LETS)
    halved = BAWEY.replace("grad/=size(X,1);", "grad/=2*size(X,1);")
    assert_verdict_read(halved, VECTOR_COST, "different", lets=VECTOR_LETS)


def test_near_misses_of_the_loop_stay_refused():
    # a loop over the features, not the examples
    over_n = BAWEY.replace("for(i=1:m)", "for(i=1:n)")
    assert "does not say it is the number of examples" in str(
        refused(logderiv.derive, over_n, wrt="theta_j", let=BAWEY_LETS))
    assert "does not say it is the number of examples" in str(
        refused(logderiv.check, over_n, cost=VECTOR_COST, wrt="theta_j", let=VECTOR_LETS))
    # grad's line uses J: J there is the running sum so far, no one example's value
    crossed = BAWEY.replace("\tgrad=grad .+ (X(i,:))'", "\tgrad=grad .+ J*(X(i,:))'")
    assert "running sum" in str(refused(logderiv.check, crossed, cost=VECTOR_COST, wrt="theta_j", let=VECTOR_LETS))
    # J's line uses grad: the two outputs are not apart, the cost is not read from J's lines alone
    refused_by_logderiv(lambda: logderiv.derive(BAWEY.replace("J+=(", "J+=grad(1)+("), wrt="theta_j",
                                                let=BAWEY_LETS))
    # a --let giving grad another value than a start (0, zeros(…)): the two outputs are not said to be the loop's
    refused_by_logderiv(lambda: logderiv.derive(BAWEY, wrt="theta_j",
                                                let=("m = length(y)", "J = 0", "grad = X'*y")))
    # the row times itself: no number times the row
    squared = BAWEY.replace("(X(i,:))'*(sigmoid", "(X(i,:))'*X(i,:)*(sigmoid")
    refused_by_logderiv(lambda: logderiv.check(squared, cost=VECTOR_COST, wrt="theta_j", let=VECTOR_LETS))


@pytest.mark.parametrize("header", ["for (i = 1 : m)", "for(i=1:length(y))", "for(i=1:m);"])
def test_other_bracketed_headers_over_the_examples(header):
    assert_gradient_read(BAWEY.replace("for(i=1:m)", header), _mean_cross_entropy, lets=BAWEY_LETS)


# ------------------------------------------------------------------ 42 AI's list of entries (verbatim, f74)
# https://github.com/42-AI/bootcamp_machine-learning/issues/20 ('Here is my code for gradient')
AI42 = (
    "res = []\n    for j in range(len(theta)):\n"
    "        line = sum([(theta.dot(x[i]) - y[i]) * (x[i][j])  for i in range(len(x))]) / len(x) \n"
    "        res.append(line)\n    return (np.array(res))"
)
AI42_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_{\theta}(x_i) - y_i)^2"
AI42_LETS = (r"h_{\theta}(x_i) = \theta \cdot x_i",)


def _ai42_by_hand(x, y, theta):
    res = []
    for j in range(len(theta)):
        res.append(sum([(theta.dot(x[i]) - y[i]) * (x[i][j]) for i in range(len(x))]) / len(x))
    return np.array(res)


def test_the_list_is_the_half_mean_squares_gradient():
    rng = np.random.default_rng(20)
    x, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    cost = (lambda t: float(np.sum((x @ t - y) ** 2) / (2 * len(y))))
    assert np.allclose(_ai42_by_hand(x, y, theta), central_differences(cost, theta), atol=1e-6)


def test_the_list_built_entry_by_entry_is_read():
    # refused before: "the loop runs to len(theta), which does not say it is the number of examples"
    assert_verdict_read(AI42, AI42_COST, "equivalent", lets=AI42_LETS)
    notes = " ".join(notes_of(logderiv.check(AI42, cost=AI42_COST, wrt="theta_j", let=AI42_LETS)))
    assert "appends one value per entry to res" in notes


def test_near_misses_of_the_list():
    # without the / len(x): m times the gradient, different
    assert_verdict_read(AI42.replace(" / len(x) ", " "), AI42_COST, "different", lets=AI42_LETS)
    assert_verdict_read(AI42.replace("x[i][j]", "x[i, j]"), AI42_COST, "equivalent", lets=AI42_LETS)
    # a fixed feature, the parameter's own entry beside it, or a loop over the examples: not one entry's line
    for slipped in (AI42.replace("x[i][j]", "x[i][0]"), AI42.replace("(x[i][j])", "(x[i][j]) + theta[j]"),
                    AI42.replace("range(len(theta))", "range(len(x))"),
                    AI42.replace("res.append(line)", "res.append(line * j)")):
        refused_by_logderiv(lambda: logderiv.check(slipped, cost=AI42_COST, wrt="theta_j", let=AI42_LETS))


# ------------------------------------------------------------------ seraph-wing's row gradient (verbatim, f74)
# https://github.com/seraph-wing/Student-Admission-calculation/blob/d8ba2111fac26bf5f44d053a1d3ae9dae57a38b1/
# SAC/costFunctionReg.m
SERAPH_COST = "J=(sum(-y.*log(h)-(1-y).*log(1-h))/m)+sum(theta(2:end).^2)*(lambda/(2*m));"
SERAPH_LETS = ("h=sigmoid(X*theta)", "m = length(y)")
SERAPH = (
    "grad = sum((h-y) .* X) / m;\n%grad = sum((h - y) .* X) / m;\n"
    "grad(2:end) = grad(2:end) + lambda / m .* theta(2:end)';"
)


def test_the_row_gradient_is_the_penalised_gradient():
    rng = np.random.default_rng(5)
    X, theta, lam = rng.normal(size=(7, 3)), rng.normal(size=3), 0.7
    y = (rng.random(7) < 0.5).astype(float)
    m = len(y)

    def cost(t):
        h = sigmoid(X @ t)
        return float(np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m + np.sum(t[1:] ** 2) * lam / (2 * m))

    h = sigmoid(X @ theta)
    grad = np.sum((h - y)[:, None] * X, axis=0) / m  # Octave's (h-y) .* X broadcast, summed down the columns
    grad[1:] = grad[1:] + lam / m * theta[1:]
    assert np.allclose(grad, central_differences(cost, theta), atol=1e-6)


def test_the_row_gradient_is_read():
    # refused before: "[0; v] is read for v = theta(2:end)"
    assert_verdict_read(SERAPH, SERAPH_COST, "equivalent", lets=SERAPH_LETS)
    notes = " ".join(notes_of(logderiv.check(SERAPH, cost=SERAPH_COST, wrt="theta_j", let=SERAPH_LETS)))
    assert "adds v to the entries after the first" in notes


def test_near_misses_of_the_row_gradient():
    # a column added to the row's rest (Octave cannot assign it), or a row to a column: refused by the shapes
    for slipped in (SERAPH.replace("theta(2:end)';", "theta(2:end);"),
                    "grad = X'*(h-y) / m;\ngrad(2:end) = grad(2:end) + lambda / m .* theta(2:end)';"):
        assert "cannot be added" in str(refused(logderiv.check, slipped, cost=SERAPH_COST, wrt="theta_j",
                                                let=SERAPH_LETS))
    assert_verdict_read(SERAPH.replace("+ lambda / m .*", "- lambda / m .*"), SERAPH_COST, "different",
                        lets=SERAPH_LETS)
    assert_verdict_read(SERAPH.replace("lambda / m .*", "lambda .*"), SERAPH_COST, "different", lets=SERAPH_LETS)
    # a column gradient with a column added still reads, as before
    column = "grad = X'*(h-y) / m;\ngrad(2:end) = grad(2:end) + lambda / m .* theta(2:end);"
    assert_verdict_read(column, SERAPH_COST, "equivalent", lets=SERAPH_LETS)


# ------------------------------------------------------------------ bounded work
# each text built at n (n = 1,000: 20,000 spaces, 10,000 brackets, 3,000 terms)
@pytest.mark.parametrize("text", [
    lambda n: "for(i=1:" + " " * (20 * n) + "\nJ += y(i)\nend",
    lambda n: "for(i=1:" + "(" * (10 * n) + ")" * (10 * n) + ")\nJ += y(i)\nend",
    lambda n: "grad = X'*(h-y)/m;\ngrad(2:end) = grad(2:end) + " + " " * (20 * n) + "* theta(2:end)';",
    lambda n: "grad = X'*(h-y)/m;\ngrad(2:end) = grad(2:end) + " + "a " * (10 * n) + "* theta(2:end)';",
    lambda n: ("res = []\nfor j in range(len(theta)):\n    line = " + " " * (20 * n)
               + "x\n    res.append(line)\nreturn res"),
    lambda n: "for(i=1:m)\nJ += " + "y(i) + " * (3 * n) + "1\ngrad = grad .+ X(i,:)'*y(i)\nend\nJ/=m\ngrad/=m",
], ids=["header-spaces", "header-brackets", "rest-spaces", "rest-products", "list-spaces", "two-outputs"])
def test_long_inputs_stay_fast(text):
    from logderiv.errors import LogderivError
    from logderiv.notation import pasted, statements

    def readings(n):
        written = text(n)

        def read():
            for call in (lambda: statements.fold(written), lambda: statements.fold(written, answer=True, wrt="theta_j"),
                         lambda: pasted.appended_entries(written), lambda: pasted._stacked_rest(written)):
                try:
                    call()
                except LogderivError:
                    pass
        return read

    # counted, not timed (tests/work.py): two-outputs about 26,000 calls at n = 1,000, linear; the others 380 to 1,200
    # calls at any length, their work regular expressions', which a count cannot see. The runaway 2d0ac04c fixed, the
    # lazy pattern of the bracketed header on header-spaces (365 calls, 32 s at 2,500 spaces), is timed as a ratio
    # by benchmarks/scaling.py ("octave header")
    assert_linear(readings, 250)

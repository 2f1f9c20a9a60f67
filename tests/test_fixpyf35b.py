r"""Issue 10, fixpyf35b: the cost's lines, the answer's lines and the --let s of code pasted from two functions.

A cost and a gradient pasted from one file are two functions' bodies; each sets its own names. Read now:

* one value written with a line's own comment or Octave's closing ';' (``yi=X*theta;`` in the cost, ``yi=X*theta``
  in a --let; ``h = … # prédictions``): one value, not two (f77 idx14083225, f78 henry linearRegCostFunction.m);
* the answer's lines setting a name the cost's lines set to another value (J_Reg's and gradientReg's ``tmp``, f77
  idx23483638191): two functions' locals, each text reads its own, noted; refused still where the answer reads the
  name before setting it, and where a --let (the user's, for both texts) says another value;
* a def whose body has a comment line, ``math.pow(math.e, -z)``, and cost lines ending ``j = …`` / ``return j``.

Expected gradients are worked by hand and held to central differences (tests/_numeric.py); verdicts to the corpus
judge's hand-worked verdicts (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences, intercept_data, sigmoid
from _reading import assert_verdict_read, notes_of, refused

M_LET = ("m = length(y); % number of training examples",)

# tests/corpus/fresh_seventyeighth.py, HENRY_LIN (Henry's linreg/linearRegCostFunction.m, Octave ex5), verbatim
HENRY_COST = (
    "J = 1 / (2 * m) * sum((h_theta - y) .^ 2);\n\n"
    "% the bias can't be regularizated... because it's a regularizer!\ntheta1 = [0 ; theta(2:size(theta), :)];\n\n"
    "% penalty (regularization)\nReg = lambda * sum(theta1 .^ 2) / (2 * m);\n\nJ = J + Reg;"
)
HENRY_LETS = (*M_LET, "h_theta = X * theta;", "theta1 = [0 ; theta(2:size(theta), :)];")

# tests/corpus/fresh_seventyseventh.py, LIN_ZERO (public code index 14083225, ex5 linearRegCostFunction.m), verbatim
ZERO_COST = "yi=X*theta;\nerr=yi-y;\nf=(1/(2*m))*sum((err).^2);\ntheta(1)=0;\nr=(lambda/(2*m))*sum(theta.^2);\nJ=f+r;"

SIGMOID = ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))",)
# the shape of f77 idx23483638191's J_Reg / gradientReg (both set tmp), over X and sigmoid
TMP_COST = "h = sigmoid(X @ theta)\ntmp = y @ np.log(h) + (1 - y) @ np.log(1 - h)\nJ = -tmp / X.shape[0]\nreturn J"
LOCALS = "read as two functions' locals"


def _ridge(X, y, theta, lam):
    m = len(y)
    return float(np.sum((X @ theta - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(theta[1:] ** 2))


def test_the_hand_worked_gradients_hold_to_finite_differences():
    X, labels, theta = intercept_data(35, 9, 4)
    y = np.random.default_rng(3).normal(size=9)
    lam, m = 0.7, 9
    # henry: (Xᵀ(Xθ − y) + λ[0; θ₂…θₙ])/m; the variant without the zeroing is not it
    kept = np.r_[0.0, theta[1:]]
    numeric = central_differences(lambda t: _ridge(X, y, t, lam), theta)
    assert np.allclose(numeric, (X.T @ (X @ theta - y) + lam * kept) / m, atol=1e-6)
    assert not np.allclose(numeric, (X.T @ (X @ theta - y) + lam * theta) / m, atol=1e-3)
    # the tmp shape: Xᵀ(σ(Xθ) − y)/m is the mean cross-entropy's gradient, Xᵀ(σ(Xθ) − y) is m times it

    def ce(t):
        p = sigmoid(X @ t)
        return -float(labels @ np.log(p) + (1 - labels) @ np.log(1 - p)) / m
    numeric = central_differences(ce, theta)
    assert np.allclose(numeric, X.T @ (sigmoid(X @ theta) - labels) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (sigmoid(X @ theta) - labels), atol=1e-3)


def test_one_value_with_a_closing_semicolon_or_a_comment_is_one_value():
    # f78-henry-linearreg-grad-theta1: theta1 = [0 ; …]; in the cost and in the --let, one value
    assert_verdict_read("grad =  ( X' * (h_theta - y) + lambda*theta1 ) / m;", HENRY_COST, "equivalent",
                        lets=HENRY_LETS)
    # f77-idx14083225-linearregcost-grad-theta1-not-zeroed: yi=X*theta; beside the --let yi=X*theta;
    assert_verdict_read("grad = ((1/m)*(X'*(err)))+((lambda/m)*theta);", ZERO_COST, "different",
                        lets=(*M_LET, "err=yi-y;", "yi=X*theta;"))


def test_a_let_of_another_value_is_still_refused():
    # the guard: a --let is for both texts; its value against the cost's line is two values, refused at the name
    error = refused(logderiv.check, "X.T @ (sigmoid(X @ theta) - y) / X.shape[0]", cost=TMP_COST,
                    let=(*SIGMOID, "tmp = 2*y"), timeout=60)
    assert "'tmp' is set by the cost's lines and by a --let, to other values" in str(error)
    assert error.column == TMP_COST.index("tmp")
    # a comment is taken off only where it is one: Octave's h = X*theta + b and h = X*theta differ
    error = refused(logderiv.check, "grad = (1/m)*(X'*(h - y));", cost="h = X*theta + 1;\nJ = sum((h - y).^2)/(2*m);",
                    let=(*M_LET, "h = X*theta;"), timeout=60)
    assert "'h' is set by the cost's lines and by a --let, to other values" in str(error)


def test_each_function_reads_its_own_local():
    answer = "tmp = X.T @ (sigmoid(X @ theta) - y)\ngrad = tmp / X.shape[0]\nreturn grad"
    assert_verdict_read(answer, TMP_COST, "equivalent", lets=SIGMOID)
    result = logderiv.check(answer, cost=TMP_COST, let=SIGMOID, timeout=60)
    assert any(LOCALS in note and "tmp" in note for note in notes_of(result))
    # f77's gradientReg slip: the data term without its 1/m, m times too large
    assert_verdict_read("tmp = X.T @ (sigmoid(X @ theta) - y)\ngrad = tmp\nreturn grad", TMP_COST, "different",
                        lets=SIGMOID)


def test_an_answer_reading_the_name_before_setting_it_is_still_refused():
    # the guard: read as a script going on from the cost's lines, this tmp would be the cost's: not said, refused
    answer = "grad = tmp / X.shape[0]\ntmp = X.T @ (sigmoid(X @ theta) - y)\nreturn grad"
    error = refused(logderiv.check, answer, cost=TMP_COST, let=SIGMOID, timeout=60)
    assert "'tmp' is set by the answer's lines and by the cost's lines, to other values" in str(error)


def test_cost_lines_returning_j_and_a_commented_def_with_math_pow():
    gradient = "X.T @ (g(X @ theta) - y) / X.shape[0]"
    # f77 J_Reg ends j = … / return j; its g is def g(z): / #sigmoid function / return 1.0 / (1 + math.pow(math.e, -z))
    g = ("def g(z):\n\t#sigmoid function\n\treturn 1.0 / (1 + math.pow(math.e, -z))",)
    cost = "h = g(X @ theta)\nj = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / X.shape[0]\nreturn j"
    assert_verdict_read(gradient, cost, "equivalent", lets=g)
    assert_verdict_read("X.T @ (g(X @ theta) - y)", cost, "different", lets=g)
    notes = notes_of(logderiv.check(gradient, cost=cost, let=g, timeout=60))
    assert any("comment line '#sigmoid function' is no statement" in note for note in notes)
    assert any("returning j" in note for note in notes)

"""Issue 10 (fixlet40): --let lines that re-bind a name, read where the code's order says what each use reads.

* code's body pasted line by line as --let s that re-bind names as they go (asifelhan's ex5 linearRegCostFunction:
  ``y2 = h-y;`` then ``y2 = y2 .^2;``, ``theta (1) = 0;`` then ``theta = theta.^2;``) beside the cost's line
  ``J = J1+J2;``: the cost's line reads none of the re-bound names, so its place among the lines changes nothing,
  and the lines are read as one body, in the order given, the cost's last (noted);
* in a body, ``theta = theta.^2`` re-binds the parameters to a value made from them alone: the lines after it read
  that value (put where they write theta), the derivative stays by the θ the code was given (noted);
* Octave's ``[f,df] = softplus(xproj);`` (Pillow's GLM code): the value and, named d + the value's name, its
  derivative σ(xproj), two --let s (noted); any other multiple assignment keeps its refusal, now naming it.

Kept as they were (the guards): a cost that reads a re-bound name itself (not read as a body); kept refused: a
line re-binding y (the labels) or another name of the notation; a re-binding made from other values
(``theta = theta - alpha*grad``), a transpose (``theta = theta'``); a re-bound θ indexed after it.

Expected results are worked out by hand and held to central finite differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, notes_of, refused

# source: https://github.com/asifelhan/ML-Coursera/blob/6c1d595c703b766128fd31d449052a42564cd4cd/
# machine-learning-ex5/ex5/linearRegCostFunction.m (Octave); corpus f83-asifelhan-ex5-J1-plus-J2
EX5_LETS = ("h = X * theta ;", "y2 = h-y;", "y2 = y2 .^2;", "J1 = sum((1/(2*m)) * y2);", "theta (1) = 0;",
            "theta = theta.^2;", "J2= sum(theta * lambda / (2*m));")
EX5_COST = "J = J1+J2;"


def _ex5(d):
    # by hand: J1 = (1/2m)Σ(Xθ − y)²; theta(1) = 0 then theta = theta.^2 makes J2 = (λ/2m)Σ_{j≥2} θ_j², the intercept
    # θ₁ (X's ones column) unpenalised, as ex5 asks
    residual = d.X @ d.theta - d.y
    return float(residual @ residual / (2 * d.m) + d.lam / (2 * d.m) * (d.theta[1:] @ d.theta[1:]))


def test_the_hand_worked_ex5_gradient_agrees_with_finite_differences():
    # the reading below is held to _ex5; this holds _ex5's gradient (X'(Xθ − y)/m + (λ/m)[0; θ(2:end)]) to it
    rng = np.random.default_rng(40)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.7
    X[:, 0] = 1.0
    cost = lambda t: float((X @ t - y) @ (X @ t - y) / 12 + lam / 12 * (t[1:] @ t[1:]))  # noqa: E731
    by_hand = X.T @ (X @ theta - y) / 6 + lam / 6 * np.r_[0.0, theta[1:]]
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-6)


def test_the_ex5_lets_are_read_as_one_body_in_order():
    assert_gradient_read(EX5_COST, _ex5, wrt=("theta_j",), lets=EX5_LETS)


def test_the_notes_say_the_lets_are_one_body_and_theta_is_re_bound():
    notes = notes_of(logderiv.derive(EX5_COST, wrt="theta_j", let=list(EX5_LETS)))
    assert any("the --let lines are one body, run in the order given (theta, y2 set more than once)" in note
               and "its place among them changes nothing it reads" in note for note in notes), notes
    assert any("theta = theta.^2 re-binds theta to a value made from it alone" in note
               and "the derivative the theta the code was given" in note for note in notes), notes


def test_theta_re_bound_in_a_cost_body_is_read_after_it():
    # the same lines as the cost's own body: theta = theta.^2 then the penalty sums the squares
    body = "h = X * theta;\nJ1 = sum((h - y) .^ 2) / (2*m);\ntheta = theta.^2;\nJ = J1 + lambda * sum(theta) / (2*m);"

    def by_hand(d):  # (1/2m)Σ(Xθ − y)² + (λ/2m)Σθ_j², every θ_j penalised (no entry zeroed)
        residual = d.X @ d.theta - d.y
        return float(residual @ residual / (2 * d.m) + d.lam / (2 * d.m) * (d.theta @ d.theta))

    assert_gradient_read(body, by_hand)


# ------------------------------------------------------------------ the guards: kept refused


def test_a_cost_that_reads_a_re_bound_name_is_not_read_as_a_body():
    # y2 is h − y, then its square, and the cost's line reads y2: not this module's reading (the --let s' own, which
    # says the cost reads the last value, is left as it was)
    lets = ["h = X * theta;", "y2 = h-y;", "y2 = y2 .^2;"]
    notes = notes_of(logderiv.derive("J = sum(y2) / (2*m);", wrt="theta_j", let=lets))
    assert not any("one body" in note for note in notes), notes
    assert any("the cost's y2 is the last value" in note for note in notes), notes


def test_lets_re_binding_y_to_the_prediction_stay_refused():
    # f49's teratail: y = 1/(1+np.exp(-h)) re-binds y (the labels) to the prediction; with a name set twice beside it
    # the lines are still not read as a body (y is the notation's)
    lets = ["h = X @ w + b", "y = 1/(1+np.exp(-h))", "d = y - t", "d = d * 2"]
    error = refused(logderiv.derive, "L = sum(d)", wrt="w_j", let=lets)
    assert "'y' has a fixed meaning" in str(error), error


def test_theta_re_bound_from_other_values_is_not_read_as_a_body():
    # a gradient step theta = theta - alpha*grad: made from other values, not the parameters alone: not put in place
    body = "grad = X' * (X*theta - y) / m;\ntheta = theta - alpha * grad;\nJ = sum((X*theta - y).^2) / (2*m);"
    error = refused(logderiv.derive, body, wrt="theta_j")
    assert "theta" in str(error), error


def test_theta_indexed_after_its_re_binding_is_not_read():
    # theta(2:end) after theta = theta.^2: an entry of the squares or of θ as given is not put in place here
    body = "h = X * theta;\ntheta = theta.^2;\nJ = sum((h - y).^2) / (2*m) + lambda * sum(theta(2:end)) / (2*m);"
    error = refused(logderiv.derive, body, wrt="theta_j")
    assert "'theta' has a fixed meaning" in str(error), error


@pytest.mark.parametrize("lets", [
    # each name set once: a set of definitions, read as --let s as before (no note of a body)
    ("h = X * theta;", "r = h - y;", "J1 = sum(r.^2) / (2*m);"),
])
def test_lets_each_set_once_are_not_read_as_a_body(lets):
    notes = notes_of(logderiv.derive("J = J1;", wrt="theta_j", let=list(lets)))
    assert not any("one body" in note for note in notes), notes


# ------------------------------------------------------------------ Octave's [f, df] = softplus(…): value and derivative

# source: Pillow lab's GLM code, neglogli_bernoulliGLM.m (Octave; the nargout == 2 branch: '[f,df] = softplus(xproj);
# % evaluate log-normalizer & deriv', then dnegL = X'*(df-Y)); corpus f23-pillow-bernoulli-grad-df
PILLOW_COST = "-Y'*xproj + sum(softplus(xproj))"
PILLOW_LETS = ["xproj = X*wts;", "[f,df] = softplus(xproj);"]


def test_pillow_softplus_by_hand():
    # by hand: J(w) = −yᵀXw + Σ log(1 + e^{x_iᵀw}), so ∇J = Xᵀ(σ(Xw) − y): softplus′ = σ, the df of the answer
    rng = np.random.default_rng(23)
    X, y, w = rng.normal(size=(6, 3)), (rng.random(6) > 0.5).astype(float), rng.normal(size=3)
    cost = lambda v: float(-y @ (X @ v) + np.sum(np.log1p(np.exp(X @ v))))  # noqa: E731
    assert np.allclose(central_differences(cost, w), X.T @ (1 / (1 + np.exp(-(X @ w))) - y), atol=1e-6)


def test_the_second_output_df_is_read_as_softplus_derivative():
    verdict = logderiv.check("X'*(df-Y)", cost=PILLOW_COST, wrt="w_j", let=PILLOW_LETS)
    assert verdict.verdict == "equivalent"
    assert any("[f,df] = softplus(xproj); gives two outputs, the value f = softplus(xproj)" in note
               and "df = sigmoid(xproj) (softplus′(z) = σ(z))" in note for note in notes_of(verdict)), notes_of(verdict)


def test_a_wrong_sign_against_df_is_different():
    # Xᵀ(y − σ(Xw)) is −∇J (the ascent direction): different, by the hand-worked gradient above
    verdict = logderiv.check("X'*(Y-df)", cost=PILLOW_COST, wrt="w_j", let=PILLOW_LETS)
    assert verdict.verdict == "different"


@pytest.mark.parametrize("pair", ["[a,b] = softplus(xproj);", "[df,f] = softplus(xproj);",
                                  "[f,df] = tanh(xproj);", "[f,df] = sigmoid(xproj);"])
def test_other_pairs_keep_their_refusal(pair):
    # outputs not named value and d + value, or a function whose second output is not read here: not said what
    error = refused(logderiv.check, "X'*(df-Y)", cost=PILLOW_COST, wrt="w_j", let=["xproj = X*wts;", pair])
    assert "a --let name must be a word, not '[': [" in str(error) and "multiple assignment" in str(error), error
    assert error.label == "--let" and error.column == 0


def test_theta_transposed_in_a_body_is_not_read_as_a_re_binding():
    # theta = theta': a row made a column or the reverse, which the code's θ was is not said: not put in place, the
    # refusal kept
    body = "theta = theta';\nh = X * theta;\nJ = sum((h - y).^2) / (2*m);"
    error = refused(logderiv.derive, body, wrt="theta_j")
    assert "'theta' has a fixed meaning" in str(error), error

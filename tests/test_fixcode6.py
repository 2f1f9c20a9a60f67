"""fixcode6: R's c(k, theta[-1]) for any number k, θ with its intercept's entry set to k; and (issue 10, the
second fixcode6 session) constructs of code that recur in any source, read by rule, not by spelling.

Each expected verdict is worked out by hand beside it; none is copied from logderiv's output. The later families
are tested on the real text they were found in (verbatim, with its source) and on spellings of the same construct
in another language; every truth is checked independently (finite differences of a NumPy cost written here,
through tests/_reading.py's corpus judge). Beside each reading, near-variants that mean something else are refused.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check
from logderiv.errors import InputError, UnsupportedError

EQ, DIFF = "equivalent", "different"
# J = (Σ(Xθ − y)² + λΣ_{k≥2}θₖ² + 2λθ₁)/(2m): ∂J/∂θ = (Xᵀ(Xθ − y) + λ[0; θ₂…] + λe₁)/m = (Xᵀr + λ c(1, θ[-1]))/m
SHIFTED = "(sum((x %*% theta - y)^2) + lambda*sum(theta[-1]^2) + 2*lambda*theta[1]) / (2*length(y))"
# J = (Σ(Xθ − y)² + λΣ_{k≥2}θₖ²)/(2m): ∂J/∂θ = (Xᵀ(Xθ − y) + λ[0; θ₂…])/m, no λ/m on the intercept
PLAIN = "(sum((x %*% theta - y)^2) + lambda*sum(theta[-1]^2)) / (2*length(y))"


@pytest.mark.parametrize("answer, cost, verdict", [
    # c(1, θ[-1]) = [1; θ₂…]: λ/m on the intercept's entry, which only SHIFTED's 2λθ₁/(2m) gives
    ("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", SHIFTED, EQ),
    ("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", PLAIN, DIFF),
    # c(2, θ[-1]) puts 2λ/m there: twice SHIFTED's
    ("(t(x) %*% (x %*% theta - y) + lambda*c(2, theta[-1])) / length(y)", SHIFTED, DIFF),
    # c(0, θ[-1]) still reads as before
    ("(t(x) %*% (x %*% theta - y) + lambda*c(0, theta[-1])) / length(y)", PLAIN, EQ),
    ("(t(x) %*% (x %*% theta - y) + lambda*c(0, theta[-1])) / length(y)", SHIFTED, DIFF),
])
def test_c_of_a_number_and_theta_without_its_first_entry(answer, cost, verdict):
    assert check(answer, cost=cost).verdict == verdict


def test_the_reading_of_c_1_is_noted():
    result = check("(t(x) %*% (x %*% theta - y) + lambda*c(1, theta[-1])) / length(y)", cost=SHIFTED)
    assert any("c(1, theta[-1])" in note and "set to 1" in note for note in result.notes)


@pytest.mark.parametrize("vector", ["c(b, theta[-1])", "c(1, theta)", "c(theta[-1], 1)"])
def test_c_of_anything_else_is_still_refused(vector):
    with pytest.raises(InputError) as refused:
        check(f"(t(x) %*% (x %*% theta - y) + lambda*{vector}) / length(y)", cost=PLAIN)
    assert "c(…)" in str(refused.value)


# --- issue 10, code that recurs --------------------------------------------------------------------------------

def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_cross_entropy(d):
    h = _sigmoid(d.X @ d.theta)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))


# --- lets in any order: a number built from lets given below it ------------------------------------------------

ORDERED_LETS = ("z = np.dot(X, theta)", "h = sigmoid(z)", "ce = np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))")


def test_a_mean_let_before_the_lets_it_uses_is_one_number():
    # J = (1/m) Σ CEᵢ + λ/2 Σ θₖ²: the lets pasted as a function reads, the cost's line first; before, ce was
    # read m×1 ("a cost must be a number") when its h came below it
    def intended(d):
        return _mean_cross_entropy(d) + d.lam * float(d.theta @ d.theta) / 2

    for lets in (ORDERED_LETS, ORDERED_LETS[::-1], (ORDERED_LETS[1], ORDERED_LETS[2], ORDERED_LETS[0])):
        assert_gradient_read("ce + lambda_ * np.sum(theta ** 2) / 2", intended, lets=lets)


def test_finite_differences_agree_with_the_hand_worked_gradient_of_the_mean_cross_entropy():
    # the independent truth the tests below hold answers to: ∇ (1/m) Σ CE = Xᵀ(σ(Xθ) − y)/m
    rng = np.random.default_rng(6)
    X, y, theta = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, 5), rng.normal(size=3)

    def cost(t):
        h = _sigmoid(X @ t)
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)))

    assert np.allclose(central_differences(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 5, atol=1e-7)


# --- self.NAME, this.NAME, obj.NAME: the object's attribute is the quantity ------------------------------------

BASELR = "public code index (Python 'class BaseLR', def __loss_l2(self, h, y, theta))"
BASELR_TEXT = "self.__loss(h, y) + self.lambda_ * np.sum(np.square(theta[1:])) / 2"
BASELR_LETS = (
    "self.__loss(h, y) = (-y * np.log(h) - (1 - y) * np.log(1 - h)).mean()",
    "z = np.dot(X, theta)",
    "h = self.__sigmoid(z)",
    "self.__sigmoid(z) = 1 / (1 + np.exp(-z))",
)


def _ce_plus_half_lambda_tail(d):
    # the mean cross-entropy plus (λ/2) Σ_{k≥2} θₖ² (theta[1:] leaves the intercept's θ₁ out), by hand
    tail = d.theta[1:]
    return _mean_cross_entropy(d) + d.lam * float(tail @ tail) / 2


def test_private_methods_whose_body_a_let_gives_are_read():
    """The real text, as BASELR has it (verbatim)."""
    assert_gradient_read(BASELR_TEXT, _ce_plus_half_lambda_tail, lets=BASELR_LETS)
    notes = " ".join(notes_of(logderiv.derive(BASELR_TEXT, let=BASELR_LETS)))
    assert "self.__loss(…) is a private method" in notes
    assert "self.__sigmoid(…) is the class's own sigmoid, its body given by --let" in notes


def _mean_square_residual(d):
    # (1/m)Σ(θᵀx − y)², by hand: the method's body with p = Xθ put in for its h
    r = d.X @ d.theta - d.y
    return float(r @ r) / len(d.y)


def test_a_private_method_called_with_other_arguments_has_them_put_in():
    # self.__loss(p, y) is the body with p put in for h (refused until fixf55, which reads a method called with other
    # arguments than its --let's head as the function the let defines, as flashgene's self.sigmod(g)): held to finite
    # differences of the body written out here
    lets = ("self.__loss(h, y) = np.mean((h - y) ** 2)", "p = X @ theta")
    assert_gradient_read("self.__loss(p, y)", _mean_square_residual, lets=lets)


def test_a_private_method_beside_its_public_name_is_refused():
    # loss written bare too: the method and a quantity named loss may be two things
    lets = ("self.__loss(h, y) = np.mean((h - y) ** 2)", "h = X @ theta", "loss = np.sum(theta ** 2)")
    refused(logderiv.derive, "self.__loss(h, y) + loss", let=lets)


def test_a_method_no_let_defines_is_refused():
    error = refused(logderiv.derive, "np.mean((self.predict(X) - y) ** 2)")
    assert "'self.' is Python code inside a class" in str(error)


MEAN_SQUARES_LATEX = r"\frac{1}{m}\sum_{i=1}^{m}\left(w^T x^{(i)} + c - y^{(i)}\right)^2"


def test_an_attribute_the_cost_writes_bare_is_that_quantity():
    # ∂/∂c (1/m) Σ (wᵀx⁽ⁱ⁾ + c − y⁽ⁱ⁾)² = (2/m) Σ (wᵀx⁽ⁱ⁾ + c − y⁽ⁱ⁾), by hand; self.c is the cost's c, self.m
    # (one letter) is m
    answer = "(2/self.m)*np.sum(X @ self.w + self.c - y)"
    assert_verdict_read(answer, MEAN_SQUARES_LATEX, "equivalent", wrt="c")
    assert_verdict_read("(2/self.m)*np.sum(y - X @ self.w - self.c)", MEAN_SQUARES_LATEX, "different", wrt="c")
    verdict = logderiv.check(answer, cost=MEAN_SQUARES_LATEX, wrt="c")
    assert any("self.c, self.m, self.w: the object's attribute is the quantity itself" in note
               for note in notes_of(verdict))


def test_this_and_obj_are_the_same_construct():
    # JavaScript's / Java's this.w and a MATLAB classdef's obj.w: the mean squared error (1/m) Σ (wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²
    def intended(d):
        r = d.X @ d.w - d.y
        return float(r @ r) / d.m

    assert_gradient_read("np.mean((this.X.dot(this.w) - this.y)**2)", intended, wrt=("w_j",))
    assert_gradient_read("sum((obj.X*obj.w - obj.y).^2) / obj.m", intended, wrt=("w_j",))
    notes = " ".join(notes_of(logderiv.derive("sum((obj.X*obj.w - obj.y).^2) / obj.m", wrt="w_j")))
    assert "(obj. dropped)" in notes


def test_an_attribute_beside_a_local_of_its_name_is_refused():
    # self.w and w in one text: the object's weights and a local (an update, a copy) may differ
    error = refused(logderiv.derive, "np.mean((X @ self.w - y) ** 2) + np.sum(w ** 2)", wrt="w_j")
    assert "inside a class" in str(error)
    error = refused(logderiv.derive, "np.mean((X @ this.w - y) ** 2) + np.sum(w ** 2)", wrt="w_j")
    assert "'this.' is JavaScript or Java code inside a class" in str(error)


def test_an_unknown_attribute_of_several_letters_is_refused():
    # self.model: what the object holds is not in the texts (no let, no text writes model)
    refused(logderiv.derive, "np.mean((X @ self.w - y) ** 2) + self.model", wrt="w_j")


# --- the data matrix by its use, a count let said so: Octave's Xa*W beside n = size(Xa, 1) ----------------------

ESTAVILLO = "a Spanish MATLAB perceptron lab (J=…, dJdW=…; V, Yg, n, E from the lines above them)"
ESTAVILLO_COST = "sum(-Y.*log(Yg)-(1-Y).*log(1-Yg))/n"
ESTAVILLO_LETS = ("V=Xa*W", "Yg=1./(1+exp(-V))", "n=size(Xa,1)", "E=Yg-Y")


def test_a_name_a_count_let_asks_the_rows_of_is_the_data_matrix():
    """The real text, as ESTAVILLO has it (verbatim)."""
    # Xa*W could scale W by a number; size(Xa, 1) asks its rows, as only of a matrix: Xa is X (m×n), W the weights
    # J = (1/m) Σ CE(σ(Xw)), by hand; its gradient Xᵀ(σ(Xw) − y)/m is (E'*Xa)'/n
    def intended(d):
        h = _sigmoid(d.X @ d.w)
        return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))

    assert_gradient_read(ESTAVILLO_COST, intended, wrt=("W_j",), lets=ESTAVILLO_LETS[:3])
    assert_verdict_read("(E'*Xa)'/n", ESTAVILLO_COST, "equivalent", wrt="W_j", lets=ESTAVILLO_LETS)
    # without the /n: m times the gradient of the mean
    assert_verdict_read("(E'*Xa)'", ESTAVILLO_COST, "different", wrt="W_j", lets=ESTAVILLO_LETS)


def test_a_name_times_the_weights_with_nothing_saying_it_is_a_matrix_is_refused():
    # Xa*w alone: a constant times the vector, or the data matrix? nothing says
    refused(logderiv.derive, "sum((Xa*w - y).^2)/m", wrt="w_j")
    # a let gives Xa a value: it stays what the let says (here refused as a power of a matrix), never X
    refused(logderiv.derive, "sum((Xa*w - y).^2)/n", wrt="w_j", let=("n = size(Xa, 1)", "Xa = X.^2"))


# --- the targets by their use: what the prediction is compared with ---------------------------------------------

SQERR = "public code index file 2652992456 (Python, linear_squared_error_gradient; the index names no repository)"
SQERR_COST = "np.sum(np.power(train_ex @ theta - sol,2))"


def _sum_of_squares(d):
    r = d.X @ d.theta - d.y
    return float(r @ r)


def test_a_name_subtracted_from_the_prediction_is_the_targets():
    """The real text, as SQERR has it (verbatim)."""
    # J = Σ (x⁽ⁱ⁾·θ − yᵢ)²: ∇J = 2Xᵀ(Xθ − y), by hand; the file's Xᵀ(h − sol) is half of it
    assert_gradient_read(SQERR_COST, _sum_of_squares)
    lets = ("h = train_ex @ theta",)
    assert_verdict_read("train_ex.T @ (h - sol)", SQERR_COST, "different", lets=lets)
    assert_verdict_read("2 * train_ex.T @ (h - sol)", SQERR_COST, "equivalent", lets=lets)
    # another version of the file, np.ndarray.flatten(v) being v.flatten(): the entries as they are
    assert_verdict_read("train_ex.T @ (np.ndarray.flatten(h) - np.ndarray.flatten(sol))", SQERR_COST, "different",
                        lets=lets)
    notes = " ".join(notes_of(logderiv.check("train_ex.T @ (h - sol)", cost=SQERR_COST, let=lets)))
    assert "sol is what the prediction is compared with" in notes and "read as y, the targets" in notes


def test_the_same_construct_in_r_and_octave():
    # (1/(2m)) Σ (x⁽ⁱ⁾·β − obsᵢ)², by hand
    def intended(d):
        r = d.X @ d.beta - d.y
        return float(r @ r) / (2 * d.m)

    assert_gradient_read("sum((X %*% beta - obs)^2) / (2*nrow(X))", intended, wrt=("beta_j",))
    assert_gradient_read("sum((X*theta - obs).^2)/(2*m)", lambda d: _sum_of_squares(d) / (2 * d.m))


def test_names_compared_otherwise_are_not_the_targets():
    # y written too: sol and y may be two quantities
    refused(logderiv.derive, "np.sum((X @ theta - sol)**2) + np.sum(y)")
    # two names compared with the prediction: which is the targets is not said
    refused(logderiv.derive, "np.sum((X @ theta - sol)**2) + np.sum((X @ theta - ref)**2)")
    # an entry taken, a name added (an offset, not what is fitted)
    refused(logderiv.derive, "np.sum((X @ theta - sol[0])**2)")
    refused(logderiv.derive, "np.sum((X @ theta + offset)**2)")
    # a parameter subtracted from the prediction (an intercept, the one --wrt asks for) is no target
    for name, wrt in (("theta0", "theta_0"), ("intercept", "w_j"), ("shift", "shift")):
        assert not any("targets" in note for note in _notes_or_refusal(f"np.sum((X @ w - {name})**2)", wrt))
    # the cost writes y: the answer's sol is not said to be it
    refused(logderiv.check, "X.T @ (X @ theta - sol)", cost=r"\frac{1}{2}\sum_i (\theta^T x^{(i)} - y^{(i)})^2")


def _notes_or_refusal(cost, wrt):
    """The notes of the derivation of ``cost`` by ``wrt``, or none where logderiv refuses it."""
    try:
        return notes_of(logderiv.derive(cost, wrt=wrt))
    except (InputError, UnsupportedError):
        return ()


def test_a_let_that_defines_the_name_keeps_its_value():
    # sol = 2h = 2Xθ: J = Σ (Xθ − 2Xθ)² = Σ (x⁽ⁱ⁾·θ)², by hand — not the squared error to targets
    def intended(d):
        p = d.X @ d.theta
        return float(p @ p)

    lets = ("sol = 2 * h", "h = X @ theta")
    assert_gradient_read("np.sum((X @ theta - sol)**2)", intended, lets=lets)
    assert not any("targets" in note for note in notes_of(logderiv.derive("np.sum((X @ theta - sol)**2)", let=lets)))


# --- a.dot(b) is np.dot(a, b): of two whole vectors, their dot product ---------------------------------------------

def test_the_dot_method_of_two_vectors_is_their_dot_product():
    # J = (1/m) Σ (wᵀx⁽ⁱ⁾ − yᵢ)² + λ wᵀw, by hand: w.dot(w) is np.dot(w, w) (before: refused as n×1 times n×1)
    def intended(d):
        r = d.X @ d.w - d.y
        return float(r @ r) / d.m + d.lam * float(d.w @ d.w)

    for penalty in ("w.dot(w)", "np.dot(w, w)", "w @ w"):
        assert_gradient_read(f"np.mean((X.dot(w) - y)**2) + lambda_ * {penalty}", intended, wrt=("w_j",))
    notes = notes_of(logderiv.derive("np.mean((X @ w - y)**2) + lambda_ * w.dot(w)", wrt="w_j"))
    assert "read as NumPy: a.dot(b) of two whole vectors is np.dot(a, b), their dot product aᵀb" in notes


def test_the_dot_method_of_a_matrix_or_a_transposed_vector_is_not_a_dot_product():
    # X.dot(w) stays the matrix product Xw; w.dot(w.T) would be an outer product of a column: refused
    def intended(d):
        r = d.X @ d.w - d.y
        return float(r @ r)

    assert_gradient_read("np.sum((X.dot(w) - y)**2)", intended, wrt=("w_j",))
    refused(logderiv.derive, "np.mean((X @ w - y)**2) + lambda_ * w.dot(w.T)", wrt="w_j")
    refused(logderiv.derive, "np.sum((y - w.dot(X))**2)", wrt="w_j")


def test_a_name_subtracted_from_a_function_of_the_prediction_is_the_targets():
    # Poisson: J = Σ (e^{x⁽ⁱ⁾·w} − countsᵢ x⁽ⁱ⁾·w), ∇J = Xᵀ(e^{Xw} − counts) by hand; the sign flipped is −∇J
    cost = "np.sum(np.exp(X @ w) - counts * (X @ w))"

    answer = "X.T @ (np.exp(X @ w) - counts)"
    assert_verdict_read(answer, cost, "equivalent", wrt="w_j")
    assert_verdict_read("X.T @ (counts - np.exp(X @ w))", cost, "different", wrt="w_j")
    # the hand-worked gradient itself, against finite differences of the NumPy cost
    rng = np.random.default_rng(10)
    X, counts, w = rng.normal(size=(4, 3)), rng.uniform(0, 3, 4), rng.normal(size=3) / 2
    assert np.allclose(central_differences(lambda v: float(np.sum(np.exp(X @ v) - counts * (X @ v))), w),
                       X.T @ (np.exp(X @ w) - counts), atol=1e-6)

"""An adversarial audit of fixf68b's readings (branch audit27c, issue 10): what it got wrong, now refused or fixed.

* NumPy's ``theta_copy = theta`` copies nothing: ``theta_copy[0] = 0`` then sets θ's own first entry to 0, and a line
  after it that uses θ (the answer's ``X @ theta``, a ``--let`` of it) computes with the zeroed θ. The copy was read as
  [0; θ(2:end)] and θ after it as the whole θ, so samuelchvez's gradient with ``.copy()`` left out was judged
  equivalent to a gradient it does not compute: refused now, with the caret at the use of θ. Where nothing after
  the zeroing uses θ (ex3's ``h = X @ theta`` stands before it) the copy is what the code computes, read as before;
  Octave's ``t = theta; t(1) = 0;`` copies, and stays read.
* Octave's ``temp(2) = 0`` (or ``temp(1) = 1``) after ``temp = lambda*theta/m``: a write into one entry, which the
  left side's reader refuses; but it was taken for a function temp of the number 2 that nothing calls, dropped, and
  the answer's temp read as the whole λθ/m (fixf68b made that let readable): judged equivalent to a gradient whose
  second entry it does not hold. A plain left side of numbers only is an entry write now, refused.
* Octave's ``g(1)``, ``thetaReg(1)``, ``h(1)``, ``reg_prime(1)`` of a name --let defines is entry 1 of its value, one
  number: the parser read it as g·1, the whole vector, and ``X'*(X*theta - y)/m + thetaReg(1)`` was judged
  equivalent to the gradient (thetaReg(1) is 0: the penalty left out); fixf68b's vector lets (g = lambda*theta/m)
  made more of them readable. A name followed by ``(INTEGER)`` is refused now, as ``(…)(1)`` after a bracket is,
  and a multiple of θ that the answer uses is not put in place before such an index.
* fixf68b's loop that adds row i of X to a column of zeros read the update for entry j, and a bare vector in it
  (Octave's ``grad = grad + (h-y).*X(i,:)'``, NumPy's ``err = sigmoid(X @ w) - y`` before ``dj_dw + err * X[i]``)
  as its entry i, as hand notation's h inside Σᵢ is h⁽ⁱ⁾: judged equivalent, where the code adds the whole vector
  (m×1 against n×1) in every pass. Every name in the loop's lines must now be one number per pass (indexed by the
  loop, a constant, a function, θᵀx⁽ⁱ⁾ with the row, or a name the body sets so), else the lines are not read so.
* --wrt theta_i beside skynet.jl's sum over j respells i as a free feature letter, named in the note: the letter
  was drawn from a frozenset, so the note said k in one run and l in the next; it is the first free one now.

Every verdict worked out by hand (in the comment beside it) is held to the corpus judge (tests/_reading.py), every
gradient to central finite differences of NumPy written here, never to logderiv's own output.
"""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused
from logderiv import check, derive

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ------------------------------------------------------------------ NumPy's theta_copy = theta (no copy)
SC_COST = "((X @ theta - y) ** 2).sum() / (2 * len(X)) + reg"
SC_REG = "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()"
SC_ANSWER = "((X.T @ (X @ theta - y)) / len(X)) + reg_prime"
ALIAS_LETS = ("theta_copy = theta", "theta_copy[0] = 0", "reg_prime = lmbd * theta_copy / len(X)", SC_REG)


def _program(X, y, theta, lam, *, copy):
    """samuelchvez's gradient lines run as NumPy runs them: with ``theta.copy()``, or with ``theta_copy = theta``."""
    theta = theta.copy()  # the caller's array, which the lines below may change
    theta_copy = theta.copy() if copy else theta
    theta_copy[0] = 0
    reg_prime = lam * theta_copy / len(X)
    return (X.T @ (X @ theta - y)) / len(X) + reg_prime


def test_the_alias_zeroes_theta_itself_and_its_gradient_is_wrong():
    """By hand: the copy gives the gradient of ½‖Xθ − y‖²/m + λ/(2m)Σ_{k≥2}θₖ²; the alias, X @ θ with θ₁ = 0, does not."""
    rng = np.random.default_rng(27)
    X, y, theta, lam = rng.normal(size=(8, 3)), rng.normal(size=8), rng.normal(size=3), 0.7

    def cost(t):
        r = X @ t - y
        return float(r @ r) / (2 * len(X)) + lam / (2 * len(X)) * float(t[1:] @ t[1:])

    numeric = central_differences(cost, theta)
    assert np.allclose(_program(X, y, theta, lam, copy=True), numeric, atol=1e-6)
    assert not np.allclose(_program(X, y, theta, lam, copy=False), numeric, atol=1e-3)


def test_the_copy_is_still_equivalent():
    # with theta.copy() the lines compute the gradient (the finite differences above): equivalent, as before
    lets = ("theta_copy = theta.copy()", *ALIAS_LETS[1:])
    assert_verdict_read(SC_ANSWER, SC_COST, "equivalent", lets=lets)


@pytest.mark.parametrize("answer, lets", [
    # the answer's X @ theta after the zeroing: θ with its first entry 0 (was judged equivalent)
    (SC_ANSWER, ALIAS_LETS),
    # the same lines with the name t, its multiple written in the answer
    ("((X.T @ (X @ theta - y)) / len(X)) + lmbd * t / len(X)", ("t = theta", "t[0] = 0", SC_REG)),
    # w, the Machine Learning Specialization's name, with a --let after the zeroing that uses it
    ("X.T @ (h - y) / m + reg_prime", ("w_copy = w", "w_copy[0] = 0", "h = X @ w",
                                      "reg_prime = lmbd * w_copy / m")),
])
def test_an_alias_zeroed_before_theta_is_used_is_refused(answer, lets):
    cost = SC_COST if "theta" in answer or any("theta" in let for let in lets) else \
        "((X @ w - y) ** 2).sum() / (2 * m) + (lmbd / (2 * m)) * (w[1:] ** 2).sum()"
    error = refused(check, answer, cost=cost, wrt="w_j" if "w_copy" in lets[0] else "theta_j", let=lets)
    assert "copies nothing in NumPy" in str(error) and "sets" in str(error)
    assert ".copy()" in (error.hint or "")


def test_the_refusal_points_at_the_use_of_theta():
    """The cost, which the program computes after its lines too, is the first text that uses θ after the zeroing."""
    error = refused(check, SC_ANSWER, cost=SC_COST, wrt="theta_j", let=ALIAS_LETS)
    assert error.source == SC_COST
    assert SC_COST[error.column:].startswith("theta - y")
    cost = "((h - y) ** 2).sum() / (2 * len(X)) + reg"
    error = refused(check, SC_ANSWER, cost=cost, wrt="theta_j", let=("h = X @ theta", *ALIAS_LETS))
    assert error.source == SC_ANSWER
    assert SC_ANSWER[error.column:].startswith("theta - y")


def test_an_alias_with_nothing_after_it_using_theta_is_read_as_before():
    """ex3's lines: h = X @ theta before the alias, the cost after it uses h and the copy only (the corpus's f56 item).

    By hand the code computes the cross-entropy of σ(Xθ) plus λ/(2m)Σ_{k≥2}θₖ², whose gradient is
    Xᵀ(h − y)/m + (λ/m)[0; θ(2:end)]: equivalent.
    """
    cost = "J = (1 / m) * (-np.log(h).T @ y - np.log(1 - h).T @ (1 - y)) + (lambda_ / (2 * m)) * np.sum(temp ** 2)"
    lets = ("h = sigmoid(X @ theta)", "temp = theta", "temp[0] = 0", "m = y.size")
    assert_verdict_read("X.T @ (h - y) / m + lambda_ * temp / m", cost, "equivalent", lets=lets)


def test_octaves_copy_zeroed_by_parentheses_stays_read():
    # Octave's t = theta copies: X'(Xθ − y)/m + (λ/m)t is the gradient of ½‖Xθ − y‖²/m + λ/(2m)Σ_{k≥2}θₖ²
    cost = "sum((X*theta - y).^2) / (2*m) + lambda/(2*m)*sum(theta(2:end).^2)"
    assert_verdict_read("X'*(X*theta - y)/m + lambda*t/m", cost, "equivalent", lets=("t = theta;", "t(1) = 0;"))


# ------------------------------------------------------------------ θ_i's respelled letter, the same in every run
SKY_COST = r"J(\vec{\theta}) = \frac{1}{2 m}\sum_{i=1}^{m}(h_\vec{\theta}(\vec{x}_{i}) - y_i)^2"
SKY_H = r"h_\vec{\theta}(\vec{x}) = \sum_{i=0}^{n} \theta_{i} x_{i} = \vec{\theta}^{T} \vec{x}"
SKY_ANSWER = r"\frac{1}{m} \sum_{j=1}^{m}x_{j,i}(\vec{\theta}^T \cdot \vec{x}_j - y_j)"


def test_the_component_i_letter_is_the_same_under_every_hash_seed():
    """The note names the letter i is shown as: the first free feature letter (k), whatever the string hash seed."""
    script = ("from logderiv import check\n"
              f"r = check({SKY_ANSWER!r}, cost={SKY_COST!r}, wrt='theta_i', let=({SKY_H!r},))\n"
              "print(r.verdict, [n.rsplit(' ', 1)[-1] for n in r.notes if 'asks for the component i' in n])\n")
    shown = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": ROOT}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        shown.add(done.stdout.strip())
    assert shown == {"equivalent ['k']"}


def test_the_component_i_note_names_k():
    verdict = check(SKY_ANSWER, cost=SKY_COST, wrt="theta_i", let=(SKY_H,))
    assert any(note.startswith("--wrt theta_i asks for the component i") and note.endswith("shown as k")
               for note in notes_of(verdict))


# ------------------------------------------------------------------ Octave's write into one entry of a let
FULL_J = "sum((h - y).^2)/(2*m) + lambda*sum(theta.^2)/(2*m)"
SKIP_J = "sum((h-y).^2)/(2*m)+lambda*sum(theta(2:end).^2)/(2*m)"


def test_a_second_entry_zeroed_is_no_gradient_of_the_full_penalty():
    """By hand the full penalty's gradient is Xᵀ(Xθ − y)/m + λθ/m; temp(2) = 0 takes λθ₂/m out of it (FD)."""
    rng = np.random.default_rng(272)
    X, y, theta, lam = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3), 0.9
    m = len(y)

    def cost(t):
        r = X @ t - y
        return float(r @ r) / (2 * m) + lam * float(t @ t) / (2 * m)

    numeric = central_differences(cost, theta)
    temp = lam * theta / m
    assert np.allclose(X.T @ (X @ theta - y) / m + temp, numeric, atol=1e-6)
    temp[1] = 0  # Octave's temp(2) = 0
    assert not np.allclose(X.T @ (X @ theta - y) / m + temp, numeric, atol=1e-3)


@pytest.mark.parametrize("cost, write", [
    (FULL_J, "temp(2) = 0"),   # was equivalent: the write dropped
    (FULL_J, "temp(1) = 1"),   # was equivalent: the first entry set to 1, not zeroed
    (SKIP_J, "temp(2) = 0"),   # was different, for the wrong reason (the write dropped)
    (FULL_J, "temp(2, 1) = 0"),
])
def test_a_write_into_one_entry_of_a_let_is_refused(cost, write):
    lets = ("h = X*theta", "m = length(y)", "temp = lambda*theta/m", write)
    error = refused(check, "X'*(h-y)/m+temp", cost=cost, wrt="theta_j", let=lets)
    assert "the left side sets some entries of temp" in str(error)
    assert error.source == write and write[error.column] == "("


def test_a_write_into_an_entry_of_a_zeroed_copy_is_refused():
    """temp = [0; theta(2:end)] then temp(2) = 0: the second write was dropped as well (read as [0; θ(2:end)])."""
    lets = ("h = X*theta", "temp = [0; theta(2:end)]", "temp(2) = 0")
    error = refused(check, "X'*(h-y)/m + lambda*temp/m", cost=SKIP_J, wrt="theta_j", let=lets)
    assert "the left side sets some entries of temp" in str(error)


def test_the_intercepts_zeroing_after_the_scaled_copy_stays_read():
    # temp(1) = 0 after temp = lambda*theta/m: (λ/m)[0; θ(2:end)], the gradient of the penalty over θ(2:end)
    lets = ("h = X*theta", "m = length(y)", "temp = lambda*theta/m", "temp(1) = 0")
    assert_verdict_read("X'*(h-y)/m+temp", SKIP_J, "equivalent", lets=lets)
    assert_verdict_read("X'*(h-y)/m+temp", FULL_J, "different", lets=lets)


# ------------------------------------------------------------------ Octave's NAME(1): an entry, not a product
PEN_J = "sum((X*theta - y).^2)/(2*m) + lambda/(2*m)*sum(theta.^2)"


def test_one_entry_of_the_penalty_is_no_gradient():
    """By hand: Xᵀ(Xθ − y)/m + λθ₁/m (g(1) added to every entry) is not the gradient Xᵀ(Xθ − y)/m + λθ/m (FD)."""
    rng = np.random.default_rng(2727)
    X, y, theta, lam = rng.normal(size=(9, 4)), rng.normal(size=9), rng.normal(size=4), 1.3
    m = len(y)

    def cost(t):
        r = X @ t - y
        return float(r @ r) / (2 * m) + lam / (2 * m) * float(t @ t)

    numeric = central_differences(cost, theta)
    g = lam * theta / m
    assert np.allclose(X.T @ (X @ theta - y) / m + g, numeric, atol=1e-6)
    assert not np.allclose(X.T @ (X @ theta - y) / m + g[0], numeric, atol=1e-3)


@pytest.mark.parametrize("answer, cost, lets", [
    # was equivalent: thetaReg(1) read as thetaReg·1 (thetaReg(1) is 0 in Octave: no penalty at all)
    ("X'*(X*theta - y)/m + lambda/m*thetaReg(1)", "sum((X*theta - y).^2)/(2*m) + lambda/(2*m)*sum(theta(2:end).^2)",
     ("thetaReg = [0; theta(2:end)]",)),
    # was equivalent (fixf68b's scaled θ let): g(1) is λθ₁/m, one number
    ("X'*(X*theta - y)/m + g(1)", PEN_J, ("g = lambda*theta/m",)),
    # with a space, as Octave still indexes: was put in place and equivalent
    ("X'*(X*theta - y)/m + g (1)", PEN_J, ("g = lambda*theta/m",)),
    # was equivalent: h(1), the first example's prediction, read as the whole h
    ("X'*(h(1) - y)/m", "-(y' * log(h) + (1-y)' * log(1-h))/m", ("h = sigmoid(X*theta)",)),
    # was equivalent: err(1), the first residual
    ("X'*err(1)/m", "sum((X*theta - y).^2)/(2*m)", ("err = X*theta - y",)),
    # was equivalent: samuelchvez's reg_prime, one entry of it
    ("X.T @ (X @ theta - y)/len(X) + reg_prime(1)", "((X @ theta - y) ** 2).sum() / (2 * len(X)) + reg",
     ("theta_copy = theta.copy()", "theta_copy[0] = 0", "reg_prime = lmbd * theta_copy / len(X)",
      "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()")),
])
def test_an_entry_of_a_let_is_refused(answer, cost, lets):
    error = refused(check, answer, cost=cost, wrt="theta_j", let=lets)
    assert "is code's index: entry" in str(error)
    assert answer[error.column] in "( "


def test_an_entry_in_the_cost_is_refused():
    error = refused(derive, "sum((X*theta - y).^2)/(2*m) + g(1)^2", wrt="theta_j", let=("g = lambda*theta",))
    assert "'g(1)' is code's index: entry 1 of g" in str(error)
    assert "g*1" in (error.hint or "")


def test_the_let_whole_and_a_product_written_out_stay_read():
    # g = λθ/m whole: the gradient of the full penalty (the FD test above); g*(1) is a product, written so
    assert_verdict_read("X'*(X*theta - y)/m + g", PEN_J, "equivalent", lets=("g = lambda*theta/m",))
    assert_verdict_read("X'*(X*theta - y)/m + g*(1)", PEN_J, "equivalent", lets=("g = lambda*theta/m",))


# ------------------------------------------------------------------ a loop adding rows of X: a bare vector in it
LOOP_COST = "-(y' * log(h) + (1-y)' * log(1-h))/m"
LOOP_LETS = ("h = sigmoid(X*theta);",)
NP_COST = "np.mean(-y*np.log(sigmoid(X @ w)) - (1-y)*np.log(1-sigmoid(X @ w)))"


def test_a_bare_vector_in_the_loop_is_not_the_gradient():
    """By hand, with m = n (where the code runs at all): Σᵢ (h − y) ⊙ x⁽ⁱ⁾ / m is (hⱼ − yⱼ)Σᵢxⱼ⁽ⁱ⁾/m, not the gradient."""
    rng = np.random.default_rng(2772)
    X, y, theta = rng.normal(size=(4, 4)), (rng.random(4) > 0.5).astype(float), rng.normal(size=4)

    def cost(t):
        h = 1 / (1 + np.exp(-X @ t))
        return -float(np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))

    numeric = central_differences(cost, theta)
    h = 1 / (1 + np.exp(-X @ theta))
    entrywise = sum((h - y) * X[i] for i in range(4)) / 4
    by_entry = sum((h[i] - y[i]) * X[i] for i in range(4)) / 4
    assert np.allclose(by_entry, numeric, atol=1e-6)
    assert not np.allclose(entrywise, numeric, atol=1e-3)


@pytest.mark.parametrize("answer, cost, wrt, lets", [
    # was equivalent: (h-y) whole, not h(i)-y(i)
    ("grad = zeros(size(theta));\nfor i=1:m\n    grad = grad + (h-y).*X(i,:)';\nend\ngrad = grad/m;",
     LOOP_COST, "theta_j", LOOP_LETS),
    # was equivalent: err is the m×1 vector of errors, added whole in every pass
    ("err = sigmoid(X @ w) - y\ndj_dw = np.zeros(n)\nfor i in range(m):\n    dj_dw = dj_dw + err * X[i]\n"
     "dj_dw = dj_dw / m", NP_COST, "w_j", ()),
    # a name the body sets from a whole vector is one too
    ("p = sigmoid(X @ w)\ndj_dw = np.zeros(n)\nfor i in range(m):\n    err = p - y[i]\n    dj_dw = dj_dw + err * X[i]\n"
     "dj_dw = dj_dw / m", NP_COST, "w_j", ()),
])
def test_a_bare_vector_in_the_loop_is_refused(answer, cost, wrt, lets):
    refused(check, answer, cost=cost, wrt=wrt, let=lets)


@pytest.mark.parametrize("answer, cost, wrt, lets", [
    # err[i] of the vector before the loop: Σᵢ eᵢx⁽ⁱ⁾/m, the gradient
    ("err = sigmoid(X @ w) - y\ndj_dw = np.zeros(n)\nfor i in range(m):\n    dj_dw = dj_dw + err[i] * X[i]\n"
     "dj_dw = dj_dw / m", NP_COST, "w_j", ()),
    # the body's err from θᵀx⁽ⁱ⁾ written with the row (np.dot(X[i], w)): one number per pass
    ("dj_dw = np.zeros(n)\nfor i in range(m):\n    err = sigmoid(np.dot(X[i], w)) - y[i]\n"
     "    dj_dw = dj_dw + err * X[i]\ndj_dw = dj_dw / m", NP_COST, "w_j", ()),
    # Octave's h(i)-y(i), with lambda's spelling no part of it: the gradient
    ("grad = zeros(size(theta));\nfor i=1:m\n    grad = grad + (h(i)-y(i))*X(i,:)';\nend\ngrad = grad/m;",
     LOOP_COST, "theta_j", LOOP_LETS),
])
def test_one_number_per_pass_stays_read(answer, cost, wrt, lets):
    assert_verdict_read(answer, cost, "equivalent", wrt=wrt, lets=lets)

r"""fixf74a: the f74 misses on costs written with their name on the left, and sums whose index is on top.

Each reading is what the writer clearly means by the conventions of ML notes, and each is noted; where the text
is ambiguous logderiv refuses. The mathematics is held to central finite differences of NumPy costs written here
by hand (tests/_numeric.py) or to the corpus judge (tests/_reading.py), never to logderiv's own output:

* ``h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} \equiv \sigma(\theta^{\top}x)`` (UFLDL's Chinese
  translation): ≡ after the let's '=' is one more side of its chain, checked like the others. It had been read as
  a second '=' whose left part was taken for a cost's left side ("the left side of '=' names the cost", column 17,
  a misleading message): a second sign of equality in a let is now named instead;
* ``{\sum_{}^{i}}`` (the same page's linear regression): Σᵢ with its index typeset on top of an empty subscript,
  read only when the top is the example index i and the terms mark the example with it; ``{\sum_{i}^{}}``: Σᵢ with
  the top slot left empty; ``\frac{\partial J(\theta))}{…}``: a stray ')' inside a brace group, weighed as a
  top-level one is;
* ``theta(1) = 0; regularization = (lambda/m) .* theta;`` (maxdeichmann's ex5): the parameter vector zeroed in
  place and scaled on the next line is c·[0; θ(2:end)], an unused ``theta_copy = theta;`` before it left out.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, refused
from work import assert_linear, calls_made

_RNG = np.random.default_rng(74)

# ------------------------------------------------------------------ UFLDL (Chinese), logistic regression
#: https://github.com/ysh329/Chinese-UFLDL-Tutorial (the logistic-regression page), verbatim
UFLDL_COST = (
    r"J(\theta) = -{\sum_{i}}\left (y^{(i)}\log{(h_{\theta}(x^{(i)}))} + (1-y^{(i)}) \log{(1 - "
    r"h_{\theta}(x^{(i)}))}\right )."
)
UFLDL_LETS = (r"h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} \equiv \sigma(\theta^{\top}x)",)
#: the page's issue #29, '应该改为' (should be changed to)
UFLDL_FIXED = (
    r"\frac{\partial J(\theta)}{\partial \theta_{j}} = \sum_{i}x_{j}^{(i)} \left ( h_{\theta}(x^{(i)}) - "
    r"y^{(i)}   \right ). "
)


def _summed_cross_entropy(d):
    # by hand: −Σᵢ [yᵢ log σ(xᵢᵀθ) + (1 − yᵢ) log(1 − σ(xᵢᵀθ))], no 1/m
    p = sigmoid(d.X @ d.theta)
    return -float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_the_summed_cross_entropy_gradient_by_finite_differences():
    # by hand: ∂/∂θ −Σ[y log σ + (1 − y) log(1 − σ)] = Xᵀ(σ(Xθ) − y); half of it, or the mean, is not
    X, y, theta = _RNG.normal(size=(6, 3)), (_RNG.random(6) > 0.5).astype(float), _RNG.normal(size=3)

    def cost(v):
        p = sigmoid(X @ v)
        return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, X.T @ (sigmoid(X @ theta) - y), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (sigmoid(X @ theta) - y) / 6, atol=1e-6)


def test_the_ufldl_cost_with_its_equiv_let_is_read():
    assert_gradient_read(UFLDL_COST, _summed_cross_entropy, lets=UFLDL_LETS)
    notes = logderiv.derive(UFLDL_COST, wrt="theta_j", let=UFLDL_LETS).notes
    assert any("'\\equiv' (≡, identically equal) in the --let" in note and "one more '=' of its chain" in note
               for note in notes), notes
    assert any("are one: σ, and σ written out" in note for note in notes), notes


def test_the_fixed_partial_is_equivalent():
    assert_verdict_read(UFLDL_FIXED, UFLDL_COST, "equivalent", lets=UFLDL_LETS)


def test_the_fixed_partial_without_its_minus_y_is_different():
    assert_verdict_read(UFLDL_FIXED.replace("- y^{(i)}", "+ y^{(i)}"), UFLDL_COST, "different", lets=UFLDL_LETS)


def test_an_equiv_whose_sides_differ_is_refused():
    let = r"h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} \equiv \sigma(2\theta^{\top}x)"
    assert "the sides of the chain differ" in str(refused(logderiv.derive, UFLDL_COST, wrt="theta_j", let=(let,)))


def test_the_character_equiv_is_read_as_the_command():
    let = r"h_{\theta}(x) = \frac{1}{1+\exp{(-\theta^{\top}x)}} ≡ \sigma(\theta^{\top}x)"
    assert_gradient_read(UFLDL_COST, _summed_cross_entropy, lets=(let,))


@pytest.mark.parametrize("sign", [r"\triangleq", r"\coloneqq"])
def test_a_second_sign_of_definition_in_a_let_is_named(sign):
    # no identity: before this change the refusal named a cost's left side at the fraction (column 17)
    let = rf"h_{{\theta}}(x) = \frac{{1}}{{1+\exp(-\theta^{{\top}}x)}} {sign} \sigma(\theta^{{\top}}x)"
    error = refused(logderiv.derive, UFLDL_COST, wrt="theta_j", let=(let,))
    assert "a --let has one '='" in str(error) and sign in str(error)
    assert error.column == let.index(sign)


def test_an_equiv_alone_still_defines_the_name():
    let = r"h_{\theta}(x) \equiv \sigma(\theta^{\top}x)"
    assert_gradient_read(UFLDL_COST, _summed_cross_entropy, lets=(let,))


# ------------------------------------------------------------------ UFLDL (Chinese), linear regression
#: https://github.com/ysh329/Chinese-UFLDL-Tutorial (the linear-regression page), verbatim
UFLDL_LIN_COST = (
    r"J( \theta ) = \frac{1}{2} {\sum_{}^{i}}\left ( h_{\theta}(x^{(i)}) - y^{(i)} \right )^{2} = "
    r"\frac{1}{2} {\sum_{}^{i}}\left ( {\theta}^{\top}x^{(i)} - y^{(i)} \right )^{2}"
)
UFLDL_LIN_LETS = (r"h_{\theta}(x) = \sum _{j}\theta _{j}x_{j} = \theta^{\top}x",)
UFLDL_LIN_PARTIAL = (
    r"\frac{\partial J(\theta))}{\partial \theta_{j}} = {\sum_{i}^{}} x_{j}^{(i)}\left ( h_{\theta}(x^{(i)}) - "
    r"y^{(i)} \right )"
)


def _half_sse(d):
    # by hand: ½ Σᵢ (xᵢᵀθ − yᵢ)²
    r = d.X @ d.theta - d.y
    return float(r @ r) / 2


def test_the_half_sum_of_squares_gradient_by_finite_differences():
    # by hand: ∂/∂θ ½Σ(xᵢᵀθ − yᵢ)² = Xᵀ(Xθ − y)
    X, y, theta = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    numeric = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) / 2, theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y), atol=1e-6)


def test_a_sum_with_its_index_on_top_is_read_as_sum_i():
    assert_gradient_read(UFLDL_LIN_COST, _half_sse, lets=UFLDL_LIN_LETS)
    notes = logderiv.derive(UFLDL_LIN_COST, wrt="theta_j", let=UFLDL_LIN_LETS).notes
    assert any("\\sum_{}^{i} is read as \\sum_{i}" in note and "typesetting slip" in note for note in notes), notes


def test_the_partial_with_an_empty_top_and_a_stray_paren_is_equivalent():
    assert_verdict_read(UFLDL_LIN_PARTIAL, UFLDL_LIN_COST, "equivalent", lets=UFLDL_LIN_LETS)
    notes = logderiv.check(UFLDL_LIN_PARTIAL, cost=UFLDL_LIN_COST, let=UFLDL_LIN_LETS).notes
    assert any("\\sum_{i}^{} is read as \\sum_{i}" in note for note in notes), notes
    assert any("the ')' at column 25 closes no '('" in note for note in notes), notes


def test_the_partial_with_its_sign_flipped_is_different():
    flipped = UFLDL_LIN_PARTIAL.replace(r"h_{\theta}(x^{(i)}) - y^{(i)}", r"y^{(i)} - h_{\theta}(x^{(i)})")
    assert_verdict_read(flipped, UFLDL_LIN_COST, "different", lets=UFLDL_LIN_LETS)


@pytest.mark.parametrize("top", ["m", "n", "N", "k", "I"])
def test_a_bound_or_another_letter_on_top_is_still_refused(top):
    cost = rf"J = \frac{{1}}{{2}} {{\sum_{{}}^{{{top}}}}}\left ( h_{{\theta}}(x^{{(i)}}) - y^{{(i)}} \right )^{{2}}"
    assert "a sum's subscript names its index" in str(refused(logderiv.derive, cost, wrt="theta_j",
                                                             let=(r"h_{\theta}(x) = \theta^{\top}x",)))


def test_an_i_on_top_that_the_terms_do_not_use_is_still_refused():
    cost = r"J = \frac{1}{2} {\sum_{}^{i}}\left ( h_{\theta}(x) - y \right )^{2}"
    refused(logderiv.derive, cost, wrt="theta_j", let=(r"h_{\theta}(x) = \theta^{\top}x",))


def test_an_empty_top_after_a_lower_limit_is_still_refused():
    cost = r"J = \frac{1}{2} \sum_{i=1}^{} ( h_{\theta}(x^{(i)}) - y^{(i)} )^{2}"
    refused(logderiv.derive, cost, wrt="theta_j", let=(r"h_{\theta}(x) = \theta^{\top}x",))


def test_a_long_index_on_top_cost_stays_fast():
    from logderiv.errors import InputTooLargeError
    from logderiv.notation.latex import parse

    # counted, not timed (tests/work.py). Each Σ_{}^{i} looked through the whole rest of the cost for the example's
    # mark until 0fae8ac2 (quadratic, 18 s): its reading of 50 and 200 short terms makes about 65,000 and 257,000
    # calls (4.0x), before the fix 101,000 and 852,000 (8.4x)
    def cost(n: int) -> Callable[[], object]:
        text = "J = " + r"{\sum_{}^{i}} y^{(i)} + " * n + "0"
        return lambda: parse(text)

    assert "is read as \\sum_{i}" in parse("J = " + r"{\sum_{}^{i}} y^{(i)} + " * 3 + "0").notes[0]
    assert_linear(cost, 50, ratio=6.0)
    # 20,003 characters: refused by the LaTeX reader's length limit, after the readings before it (about 230,000
    # calls; over a million when this test runs first, logderiv's imports counted with it)
    term = r"{\sum_{}^{i}}\left ( h_{\theta}(x^{(i)}) - y^{(i)} \right )^{2} + "
    long = r"J = " + term * (20_000 // len(term)) + "0"

    def derived() -> None:
        with pytest.raises(InputTooLargeError):
            logderiv.derive(long, wrt="theta_j", let=(r"h_{\theta}(x) = \theta^{\top}x",))

    _, calls = calls_made(derived)
    assert calls < 3_000_000, calls


def test_a_long_equiv_let_stays_fast():
    from logderiv.notation.definition_signs import definition_signs

    # counted, not timed (tests/work.py): 294 and 1,176 signs (the latter 20,000 characters) make about 8,300 and
    # 33,000 calls (4.0x); the collector, which once took 1.6 s of a timed bound here in CI, is no longer a concern
    def let(n: int) -> Callable[[], object]:
        text = "h = " + r"\sigma(z) \equiv " * n + "z"
        return lambda: definition_signs([text])

    assert_linear(let, 294)


# ------------------------------------------------------------------ maxdeichmann's ex5: theta(1) = 0 in place
#: https://github.com/maxdeichmann/coursera_machine_learning (machine-learning-ex5/ex5/linearRegCostFunction.m)
MAXD_COST = "J = (1/(2*m)) * sum(h.^2) + (lambda/(2*m)) * sum(theta(2:end).^2);"
MAXD_LETS = ("h = X*theta .- y", "m = length(y)")
MAXD_GRAD = (
    "theta_copy = theta;\ntheta(1) = 0;\n\nregularization = (lambda/m) .* theta;\n\n"
    "grad = 1/m * (X' * h) .+ regularization;"
)


def test_the_ex5_gradient_by_finite_differences():
    # by hand: ∂/∂θ [(1/2m)‖Xθ − y‖² + (λ/2m)Σ_{j≥2}θⱼ²] = Xᵀ(Xθ − y)/m + (λ/m)[0; θ(2:end)]
    X, y, theta, lam = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3), 0.9

    def cost(v):
        return float(np.sum((X @ v - y) ** 2)) / 12 + lam / 12 * float(v[1:] @ v[1:])

    zeroed = np.concatenate([[0.0], theta[1:]])
    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / 6 + lam / 6 * zeroed, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (X @ theta - y) / 6 + lam / 6 * theta, atol=1e-6)


def test_theta_zeroed_in_place_then_scaled_is_equivalent():
    assert_verdict_read(MAXD_GRAD, MAXD_COST, "equivalent", lets=MAXD_LETS)
    notes = logderiv.check(MAXD_GRAD, cost=MAXD_COST, let=MAXD_LETS).notes
    assert any("theta(1) = 0; sets the first entry of theta" in note for note in notes), notes
    assert any("theta_copy = theta; keeps a copy of theta that no later line uses" in note for note in notes), notes


def test_theta_zeroed_with_half_the_penalty_is_different():
    assert_verdict_read(MAXD_GRAD.replace("(lambda/m)", "(lambda/2/m)"), MAXD_COST, "different", lets=MAXD_LETS)


@pytest.mark.parametrize("answer", [
    # θ named again after the zeroing: which θ (zeroed or whole) the line meant would matter
    "theta(1) = 0;\nregularization = (lambda/m) .* theta;\ngrad = 1/m * (X' * h) .+ regularization + 0*theta;",
    "theta(1) = 0;\nregularization = (lambda/m) .* theta;\ngrad = 1/m * (X' * h) .+ regularization + (lambda/m)*theta;",
    # the copy is used: the helper scales the unzeroed copy
    "theta_copy = theta;\ntheta(1) = 0;\nregularization = (lambda/m) .* theta_copy;\ngrad = 1/m * (X' * h) .+ regularization;",
])
def test_theta_zeroed_in_place_otherwise_is_refused(answer):
    refused(logderiv.check, answer, cost=MAXD_COST, let=MAXD_LETS)


def test_a_stray_paren_in_a_right_sides_script_is_still_refused():
    # koala's notes: x^{(i))} with h_θ written next to x: malformed beyond one ')' (the corpus says refuse)
    answer = r"\frac{\partial}{\partial \theta_0}J(\theta_0, \theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}x^{(i))}-y^{(i)})"
    refused(logderiv.check, answer, cost=r"J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})^2",
            wrt="theta_0", let=(r"h_{\theta}(x) = \theta_0 + \theta_1 x",))


def test_a_copy_zeroed_in_the_lets_is_still_read():
    # f68-samuelchvez: theta_copy = theta.copy(); theta_copy[0] = 0 in the lets (a copy, then zeroed: not in place)
    lets = ("h = X @ theta", "theta_copy = theta.copy()", "theta_copy[0] = 0", "reg_prime = lmbd * theta_copy / len(X)",
            "reg = (lmbd / (2 * len(X))) * (theta[1:] ** 2).sum()")
    cost = "((h - y) ** 2).sum() / (2 * len(X)) + reg"
    assert logderiv.check("((X.T @ (h - y)) / len(X)) + reg_prime", cost=cost, let=lets).verdict == "equivalent"


# ------------------------------------------------------------------ pbking1's gradientdecend.m: the real cause named
#: https://github.com/pbking1/machine_learning_coursework (gradientdecend.m), the loop and the step's factors
PBK_COST = "J = (X * theta - y)' * (X * theta - y) / (2 * m);"
PBK_LOOP = (
    "for t = 1:thetas\n    %all the examples\n    for examples = 1:m\n"
    "       tempo(examples) = ((theta' * X(examples, :)') - y(examples)) * X(examples,t);\n    end\n\n"
    "    result(t) = sum(tempo);\n    tempo = 0;\n\nend\n\n(1/m) * result'"
)


def test_a_loop_over_the_parameters_holding_a_loop_is_refused_naming_it():
    # before: "the left side of '=' names the cost", true of no line written
    error = refused(logderiv.check, PBK_LOOP, cost=PBK_COST, let=("m = length(y)", "thetas = size(theta,1)"))
    assert "its loop over t, which does not run over the examples, holds a loop over the examples (over examples)" \
        in str(error)
    assert error.column == 0


def test_theta_zeroed_then_named_again_is_refused_naming_the_entry():
    answer = "theta(1) = 0;\nregularization = (lambda/m) .* theta;\ngrad = 1/m * (X' * h) .+ regularization + 0*theta;"
    error = refused(logderiv.check, answer, cost=MAXD_COST, let=MAXD_LETS)
    assert "a line sets one entry of theta" in str(error) and "not read" in str(error)


def test_a_formula_over_lines_keeps_its_own_refusal():
    from logderiv.notation.unread_statements import first_unread_statement

    assert first_unread_statement("f(x) = a\n= b") is None  # no ';' ending a line, no loop: not code


def test_the_unread_statement_scan_stays_fast():
    from logderiv.notation.unread_statements import first_unread_statement

    # counted, not timed (tests/work.py): the scan's calls do not grow with the runs of space (68 at every size);
    # its patterns' work on them is one regular expression's each, timed as a ratio by benchmarks/scaling.py
    # ("unread statements")
    def scans(n: int) -> Callable[[], object]:
        texts = ("for" + " " * n + "!;", "a;\n" + "theta(" + " " * n, ";" * n,
                 "x;\nfor i = " + " " * n + "range(m) )  x")
        return lambda: [first_unread_statement(text) for text in texts]

    assert_linear(scans, 5_000)


def test_an_if_guard_is_named_not_the_gradients_entry():
    # f26-julia-grad-if-guard-intercept: G[i] = … is a shape the readers take; the if i > 1 guard is what stops it
    from logderiv.notation.unread_statements import first_unread_statement

    text = "G[i] = 1 / m * sum((h(X, T) - Y) .* X[:,i])\nif i > 1\n    G[i] += lambda / m * T[i]\nend"
    message, column = first_unread_statement(text)
    assert "an 'if' makes the lines under it run only when its condition holds" in message
    assert column == text.index("if")


def test_loops_one_after_another_keep_their_refusal():
    # fixf54: n, m = X.shape swapped, a loop over the features after the one over the examples: no nested loop, so
    # the earlier refusal stands
    from logderiv.notation.unread_statements import first_unread_statement

    text = ("cost = 0.\nfor i in range(m):\n    cost = cost + (X[i] @ w - y[i])**2\nreg_cost = 0\n"
            "for j in range(n):\n    reg_cost += (w[j]**2)\ntotal_cost = cost + reg_cost")
    assert first_unread_statement(text) is None

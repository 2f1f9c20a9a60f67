r"""Issue 10, audit29c: near-variants of the readings fixleft and fixf29 merged, that mean something else.

Each test names the text, what its writer means (worked out by hand in its docstring or comment), and holds
logderiv to that meaning or to a refusal. Gradients the verdicts lean on are checked by central finite differences
of a NumPy cost written here (``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import notes_of, refused

from logderiv import check, derive

RNG = np.random.default_rng(29)

# ------------------------------------------------------------------ a code comment over a gradient

#: ∂/∂θⱼ of (1/2m)Σ(θᵀx − y)², written as code names a gradient
GRADIENT = "1/m * sum((theta^T x - y) * x_j)"


def test_the_hand_gradient_of_the_half_mean_squared_error():
    """∇ of (1/2m)‖Xθ − y‖² is (1/m)Xᵀ(Xθ − y): GRADIENT entry by entry."""
    X, target, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda v: np.sum((X @ v - target) ** 2) / (2 * len(target))
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - target) / len(target), atol=1e-6)


@pytest.mark.parametrize("head", ["# dJ", "// dJ", "dJ", "# grad", "grad", "# gradient", "# grad_j", "# dtheta",
                                  "# J_grad", "# cost_gradient"])
def test_a_left_side_that_names_a_gradient_is_not_the_cost(head):
    """``# dJ = (1/m)Σ(θᵀx − y)xⱼ`` states ∂J/∂θⱼ (above); it was read as a cost named dJ and differentiated again."""
    error = refused(derive, f"{head} = {GRADIENT}", wrt="theta_j")
    assert "names a gradient" in str(error), str(error)


@pytest.mark.parametrize("head", ["# grad", "grad", "dtheta"])
def test_the_same_line_as_an_answer_is_the_gradient(head):
    """As an answer, the left side names the gradient: (1/m)Σ(θᵀx − y)xⱼ is ∂/∂θⱼ of (1/2m)Σ(θᵀx − y)² (above)."""
    verdict = check(f"{head} = {GRADIENT}", cost="1/(2m) * sum((theta^T x - y)^2)", wrt="theta_j")
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("head", ["# J", "# cost", "J_train"])
def test_a_cost_named_as_code_names_it_still_reads(head):
    """``# J = (1/2m)Σ(θᵀx − y)²``: the cost, whose gradient is GRADIENT (above)."""
    derivation = derive(f"{head} = 1/(2*m) * sum((theta^T x - y)**2)", wrt="theta_j")
    assert check(GRADIENT, cost=f"{head} = 1/(2*m) * sum((theta^T x - y)**2)").verdict == "equivalent"
    assert derivation.result is not None


# ------------------------------------------------------------------ a bare p paired the other way round

def _sig(z):
    return 1 / (1 + np.exp(-z))


def test_the_reversed_pairs_are_another_gradient():
    """−Σ[y log(1 − σ) + (1 − y) log σ] has gradient Xᵀ(σ − 1 + y), not the cross-entropy's Xᵀ(σ − y): the
    reading of p as σ(wᵀx) gave the first for a writer whose p, paired with 1 − y, is the probability of y = 0."""
    X, target, w = RNG.normal(size=(6, 3)), RNG.integers(0, 2, 6).astype(float), RNG.normal(size=3)
    reversed_cost = lambda v: -np.sum(target * np.log(1 - _sig(X @ v)) + (1 - target) * np.log(_sig(X @ v)))
    assert np.allclose(_fd(reversed_cost, w), X.T @ (_sig(X @ w) - 1 + target), atol=1e-6)
    assert not np.allclose(X.T @ (_sig(X @ w) - 1 + target), X.T @ (_sig(X @ w) - target))


@pytest.mark.parametrize("text", [
    "-sum[y·log(1-p) + (1-y)·log(p)]",
    r"-\sum_i [y \log(1-p) + (1-y) \log(p)]",
    "-sum((1-y)*log(p) + y*log(1-p))",
    "-sum(log(1-p)*y + log(p)*(1-y))",
])
def test_p_paired_with_one_less_y_is_not_the_prediction(text):
    """y·log(1 − p) and (1 − y)·log(p): p is P(y = 0), so not the prediction h = σ(wᵀx) (refused, as p unread is)."""
    refused(derive, text, wrt="w_j")


@pytest.mark.parametrize("text", [
    "-sum((1-y)*log(1-p) + y*log(p))",  # the same pairs, the terms swapped
    "-sum(log(p)*y + log(1-p)*(1-y))",  # the factors after the logarithms
    "-sum[(1+y)/2·log(p) + (1-y)/2·log(1-p)]",  # labels in {−1, +1}: (1 + y)/2 is the y = 1 indicator
])
def test_p_paired_as_the_cross_entropy_still_reads(text):
    """p with y (or (1 + y)/2) is P(y = 1): the prediction h, noted; its gradient Xᵀ(σ − y) for 0/1 labels."""
    derivation = derive(text, wrt="w_j")
    assert any("p is written only as log(p)" in note for note in notes_of(derivation))
    if "1+y" not in text:
        assert check("sum((sigmoid(w^T x) - y) x_j)", cost=text, wrt="w_j").verdict == "equivalent"


# ------------------------------------------------------------------ Rust float methods not read

def test_the_hand_gradient_of_the_base_two_logistic_loss():
    """∂/∂w Σ log₂(1 + e^(−yᵢwxᵢ)) = −Σ σ(−yᵢwxᵢ) yᵢxᵢ / ln 2: what Rust's (…).log(2.0) means (f64::log takes a base)."""
    x_, y_ = RNG.normal(size=6), RNG.choice([-1.0, 1.0], size=6)
    cost = lambda v: np.sum(np.log2(1 + np.exp(-y_ * v[0] * x_)))
    w = 0.4
    assert np.allclose(_fd(cost, np.array([w])), [-np.sum(_sig(-y_ * w * x_) * y_ * x_) / np.log(2)], atol=1e-6)


@pytest.mark.parametrize("method", ["log(2.0)", "log10()", "ln_1p()", "recip()", "tanh()", "abs()"])
def test_a_float_method_not_read_is_refused_at_its_dot(method):
    """(1 + e^(−ywx)).log(2.0) was read as (1 + e^(−ywx))·log 2, a '.' between two factors; the gradient above is
    another. Every float method but .powi, .powf, .exp, .ln and .sqrt is refused at its dot, never guessed."""
    text = f"x.iter().zip(y.iter()).map(|(xi, yi)| (1.0 + (-yi * w * xi).exp()).{method}).sum::<f64>()"
    error = refused(derive, text, wrt="w")
    assert f"'.{method.split('(')[0]}(' is not read as Rust" in str(error), str(error)
    assert error.column == text.index("." + method)


def test_the_float_methods_read_still_read():
    """Σ ln(1 + e^(−yᵢwxᵢ)) by .exp() and .ln(): its gradient is ln 2 times the one above (by hand)."""
    text = "x.iter().zip(y.iter()).map(|(xi, yi)| (1.0 + (-yi * w * xi).exp()).ln()).sum::<f64>()"
    answer = "-sum(sigmoid(-y * w * x) * y * x)"
    assert check(answer, cost=text, wrt="w").verdict == "equivalent"


# ------------------------------------------------------------------ Julia's l defined by a --let

JULIA = "(1.0 / 2) * sum(map(x -> x ^ 2, y - x * w)) + (l / 2) * sum(map(x -> x ^ 2, w[2:length(w)]))"


def test_the_hand_gradient_of_the_ridge_with_m_as_its_weight():
    """∇ of ½‖y − Xw‖² + (c/2)Σ_{k≥2}wₖ² is Xᵀ(Xw − y) + c[0; w₂; …]: with l = length(y), c is m."""
    X, target, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    weight = len(target)
    cost = lambda v: np.sum((target - X @ v) ** 2) / 2 + weight / 2 * np.sum(v[1:] ** 2)
    assert np.allclose(_fd(cost, w), X.T @ (X @ w - target) + weight * np.r_[0, w[1:]], atol=1e-5)


@pytest.mark.parametrize(("let", "weight"), [("l = length(y)", "m"), ("l = 0.1", "0.1")])
def test_a_let_of_l_is_its_value_not_lambda(let, weight):
    """--let l = length(y): the penalty's weight is m (above), not a regularisation strength λ; the derivation read l
    as λ and said so, beside the let's own note that l is m (verdicts held the let's value, the steps showed λ)."""
    derivation = derive(JULIA, wrt="w_j", let=(let,))
    assert not any("λ, the regularisation strength" in note for note in notes_of(derivation))
    assert "λ" not in derivation.to_text().split("\nnote:")[0]
    answer = f"x' * (x * w - y) + {'length(y)' if weight == 'm' else weight} * unshift(w[2:end], 0)"
    assert check(answer, cost=JULIA, wrt="w_j", let=(let,)).verdict == "equivalent"


def test_a_bare_l_still_weighs_the_penalty_as_lambda():
    """No --let of l: l only weighs the penalty, λ (noted), as fixleft reads the course's ridge_error."""
    derivation = derive(JULIA, wrt="w_j")
    assert any("λ, the regularisation strength" in note for note in notes_of(derivation))


# ------------------------------------------------------------------ a bracket broken across lines with no sign

BROKEN = "- \\sum_{i}\\left\\{ (1 - y_i) \\log(1 - h_i) SIGN\\right.\\\\\n & \\qquad\\left. AFTERy_i \\log h_i \\right\\}"
SIGMOID_LET = (r"h_i = \sigma(w^T x_i)",)


def test_the_hand_gradient_of_the_product_is_not_the_cross_entropys():
    """Read as one bracket with nothing at the break, the halves multiply: −Σ(1 − y)log(1 − σ)·y log σ, whose gradient
    is not the cross-entropy's Xᵀ(σ − y) (by finite differences of both costs)."""
    X, target, w = RNG.normal(size=(6, 3)), RNG.uniform(0.2, 0.8, 6), RNG.normal(size=3)
    product = lambda v: -np.sum((1 - target) * np.log(1 - _sig(X @ v)) * target * np.log(_sig(X @ v)))
    assert not np.allclose(_fd(product, w), X.T @ (_sig(X @ w) - target), atol=1e-3)


def test_a_line_break_with_no_operator_is_refused():
    """'… \\log(1 - h_i) \\right.\\\\ & \\qquad\\left. y_i \\log h_i': a sum seems meant (the cross-entropy's pair), the
    text as written is a product (above): refused at the \\right., not read as either."""
    text = BROKEN.replace("SIGN", "").replace("AFTER", "")
    error = refused(derive, text, wrt="w_j", let=SIGMOID_LET)
    assert "joins two lines with no operator between them" in str(error)
    assert error.column == text.index("\\right.")


@pytest.mark.parametrize(("sign", "after"), [("+ ", ""), ("", "+ ")])
def test_a_line_break_after_or_before_a_sign_is_one_bracket(sign, after):
    """The sign on either line: −Σ[(1 − y)log(1 − σ) + y log σ], the cross-entropy, gradient Σ(σ − y)x (by hand)."""
    text = BROKEN.replace("SIGN", sign).replace("AFTER", after)
    assert check("sum((sigmoid(w^T x) - y) x_j)", cost=text, wrt="w_j", let=SIGMOID_LET).verdict == "equivalent"


# ------------------------------------------------------------------ Σ_{n=1}^N over a bare t beside a bare x

def test_the_hand_gradients_of_a_target_per_example_and_a_constant_differ():
    """∇ Σₙ(tₙ − wᵀxₙ)² = −2Xᵀ(t − Xw); with one constant t it is −2Xᵀ(t𝟏 − Xw): another gradient."""
    X, targets, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    per_example = lambda v: np.sum((targets - X @ v) ** 2)
    assert np.allclose(_fd(per_example, w), -2 * X.T @ (targets - X @ w), atol=1e-5)
    assert not np.allclose(-2 * X.T @ (targets - X @ w), -2 * X.T @ (targets[0] - X @ w))


def test_a_bare_t_beside_bare_data_is_refused():
    """Σ_{n=1}^N (t − wᵀx)²: x bare was read as xₙ but t, bare too, as one constant (noted), so Bishop's answer
    −2Σ(tₙ − wᵀxₙ)xₙⱼ was judged 'different'; which t is meant is not said: refused at the sum."""
    text = r"E(w) = \sum_{n=1}^N (t - w^\intercal x)^2"
    error = refused(derive, text, wrt="w_j")
    assert "cannot tell whether the sum over 'n' runs over the examples" in str(error)


def test_bishops_indexed_target_still_reads():
    """Σ_{n=1}^N (tₙ − wᵀxₙ)²: t is the target (noted), gradient −2Σ(tₙ − wᵀxₙ)xₙⱼ (above)."""
    cost = r"E(w) = \sum_{n=1}^N (t_n - w^\intercal x_n)^2"
    assert check(r"-2\sum_{n=1}^N (t_n - w^\intercal x_n) x_{nj}", cost=cost, wrt="w_j").verdict == "equivalent"

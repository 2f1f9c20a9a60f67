r"""Real LaTeX and plain text from the corpus (issue 10): readings added, and the near-variants that stay refused.

Every expected gradient is a cost written here by hand in sympy, checked by
``_oracle.assert_gradient`` (sympy.diff and central finite differences of that cost);
every expected verdict is worked out by hand in the test's docstring.
"""

from __future__ import annotations

import pytest
import sympy

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.errors import InputError, UnsupportedError
from logderiv.notation import symbols

i = symbols.example_index
k = symbols.feature_indices[0]
m, n = symbols.m, symbols.n
x, y = symbols.vector("x"), symbols.vector("y")
lam = sympy.Symbol("lambda", positive=True)


def _over_examples(body):
    return sympy.Sum(body, (i, 1, m))


def _dot(vector):
    """vᵀx⁽ⁱ⁾, written out."""
    return sympy.Sum(vector[k] * x[i, k], (k, 1, n))


def _assert_derives(derivation, cost, wrt):
    """The derivation's result is ∂cost/∂wrt (sympy.diff and finite differences of the hand-written cost)."""
    problem = derivation.problem
    assert_gradient(cost, wrt, problem.expand_definitions(derivation.result), problem.definitions)


def _refused(text, fragment, **kwargs):
    with pytest.raises((InputError, UnsupportedError)) as raised:
        derive(text, **kwargs)
    assert fragment in str(raised.value), str(raised.value)
    return raised.value


# ---------------------------------------------------------------- ω asked for by its letter, 𝕏 and 𝕐 beside it

SIVALIEN = r"Q = ||\mathbb{Y} - \mathbb{X}\omega||_2^2 + \alpha||\omega||_2^2"


def test_blackboard_data_beside_omega_weights_is_read_in_omega():
    r"""‖𝕐 − 𝕏ω‖² + α‖ω‖² (sivalien): Σᵢ (yᵢ − ωᵀxᵢ)² + λ Σₖ ωₖ², its gradient stated in ω, the letter asked for."""
    omega = symbols.vector("omega")
    cost = _over_examples((y[i] - _dot(omega)) ** 2) + lam * sympy.Sum(omega[k] ** 2, (k, 1, n))
    derivation = derive(SIVALIEN, wrt="omega_j")
    _assert_derives(derivation, cost, omega[symbols.wrt_index])
    notes = derivation.notes
    assert any("blackboard bold" in note and "the data matrix X" in note for note in notes), notes
    assert any("ω (omega) is read as w" in note for note in notes), notes
    assert any("stated in ω, the letter --wrt asks for" in note for note in notes), notes
    assert symbols.vector("w") not in derivation.result.atoms(sympy.IndexedBase)


def test_omega_weights_asked_for_as_w_stay_in_w():
    """--wrt w_j of a text in ω: the weights are asked for as w, so the gradient stays in w (no letter note)."""
    w = symbols.vector("w")
    cost = _over_examples((y[i] - _dot(w)) ** 2) + lam * sympy.Sum(w[k] ** 2, (k, 1, n))
    derivation = derive(SIVALIEN, wrt="w_j")
    _assert_derives(derivation, cost, w[symbols.wrt_index])
    assert not any("stated in ω" in note for note in derivation.notes)


def test_ridge_gradient_in_blackboard_and_omega_is_checked():
    r"""∇_ω of ‖𝕐 − 𝕏ω‖² + α‖ω‖² is 2(𝕏ᵀ(𝕏ω − 𝕐) + αω) by hand; without the 2 it is half of it."""
    right = check(r"\nabla_{\omega}Q = 2(\mathbb{X}^T(\mathbb{X}\omega - \mathbb{Y}) + \alpha\omega)",
                  cost=SIVALIEN, wrt="omega_j")
    assert right.verdict == "equivalent"
    half = check(r"\nabla_{\omega}Q = \mathbb{X}^T(\mathbb{X}\omega - \mathbb{Y}) + \alpha\omega",
                 cost=SIVALIEN, wrt="omega_j")
    assert half.verdict == "different"


@pytest.mark.parametrize(
    "text",
    [
        r"Q = ||\mathbb{Y} - \mathbb{X}\omega||_2^2 + \alpha||\omega||_2^2 + X_1",  # a plain X beside 𝕏
        r"Q = ||\mathbb{Y} - \mathbb{R}\omega||_2^2",  # 𝕉 is the reals, no data
    ],
)
def test_other_blackboard_beside_omega_stays_refused(text):
    _refused(text, "mathbb", wrt="omega_j")


def test_omega_beside_w_stays_refused():
    """ω beside a written w is never renamed: one vector or two is not said, so the cost is refused at its ω."""
    _refused(r"Q = ||\mathbb{Y} - \mathbb{X}w||_2^2 + \alpha\omega_1", "ω and w are both written", wrt="w_j")


# ---------------------------------------------------------------- (COST)' = …: the cost itself primed

PENALTY = r"\lambda(w_1^2 + w_2^2)"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        # math.techqa.club 4607950: the product rule written out; ∂/∂w₁ of λ(w₁² + w₂²) is 2λw₁ by hand
        (r"(\lambda(w_1^2 + w_2^2))' = 0 \cdot (w_1^2 + w_2^2) + \lambda \cdot 2w_1 = 2\lambda w_1.", "equivalent"),
        (r"( \lambda (w_1^2+w_2^2) )' = 2\lambda w_1", "equivalent"),  # spaces aside, the cost's own text
        (r"(\lambda(w_1^2 + w_2^2))' = 2\lambda w_2", "different"),  # ∂/∂w₂'s answer, not ∂/∂w₁'s
        (r"(\lambda(w_1^2 + w_2^2))' = \lambda w_1", "different"),  # the 2 of the power rule lost
    ],
)
def test_the_cost_primed_names_its_derivative_by_wrt(answer, verdict):
    read = check(answer, cost=PENALTY, wrt="w_1")
    assert read.verdict == verdict
    assert any("is the cost itself, primed" in note for note in read.notes), read.notes


def test_the_cost_primed_in_plain_text():
    """The same in plain notation: (lambda*(w_1^2 + w_2^2))' names ∂/∂w₁, 2λw₁ by hand."""
    cost = "lambda*(w_1^2 + w_2^2)"
    assert check("(lambda*(w_1^2 + w_2^2))' = 2*lambda*w_1", cost=cost, wrt="w_1").verdict == "equivalent"
    assert check("(lambda*(w_1^2 + w_2^2))' = lambda*w_1", cost=cost, wrt="w_1").verdict == "different"


@pytest.mark.parametrize(
    "answer",
    [
        r"(\lambda(w_1^2 + w_3^2))' = 2\lambda w_1",  # another formula primed: the derivative of what?
        r"(\lambda w_1^2)' = 2\lambda w_1",  # a part of the cost, not the cost
        r"(\lambda(w_1^2 + w_2^2) + 1)' = 2\lambda w_1",  # the cost and more
    ],
)
def test_another_bracket_primed_stays_refused_with_a_hint(answer):
    with pytest.raises(InputError) as raised:
        check(answer, cost=PENALTY, wrt="w_1")
    assert "holds the cost exactly as written" in str(raised.value)
    assert raised.value.column == answer.index("'")
    assert "J' =" in raised.value.hint


def test_another_bracket_primed_in_plain_text_stays_refused():
    with pytest.raises(InputError):
        check("(w_1^2 + w_2^2)' = 2*w_1", cost="lambda*(w_1^2 + w_2^2)", wrt="w_1")


# ---------------------------------------------------------------- σ(z_i) = P_i = …: a chain opened by σ, P for p

JACKEY = r"J(w_1, w_2, b) = - \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i) + (1 - y_i)\ln(1-p_i)]"
JACKEY_Z = "z_i = w_1x_{i1} + w_2x_{i2} + b"


def _jackey_cost():
    """−(1/m) Σ [y ln σ(z) + (1 − y) ln(1 − σ(z))], z = w₁x_{i1} + w₂x_{i2} + b, written here."""
    w, b = symbols.vector("w"), sympy.Symbol("b")
    p = symbols.sigmoid(w[1] * x[i, 1] + w[2] * x[i, 2] + b)
    return -_over_examples(y[i] * sympy.log(p) + (1 - y[i]) * sympy.log(1 - p)) / m, w, b


@pytest.mark.parametrize("wrt", ["b", "w_1", "w_2"])
def test_a_chain_opened_by_sigma_defining_capital_p_is_the_costs_p(wrt):
    cost, w, b = _jackey_cost()
    derivation = derive(JACKEY, wrt=wrt, let=[r"\sigma(z_i) = P_i = \frac{1}{1 + e^{-z_i}}", JACKEY_Z])
    _assert_derives(derivation, cost, {"b": b, "w_1": w[1], "w_2": w[2]}[wrt])
    assert any("P_i is read as p_i" in note for note in derivation.notes), derivation.notes


def test_a_chain_opened_by_sigma_with_the_small_letter():
    """σ(z_i) = p_i = … (no slip): p is defined by the chain, its σ side checked against the last."""
    cost, _, b = _jackey_cost()
    derivation = derive(JACKEY, wrt="b", let=[r"\sigma(z_i) = p_i = \frac{1}{1 + e^{-z_i}}", JACKEY_Z])
    _assert_derives(derivation, cost, b)
    assert not any("is read as p_i" in note for note in derivation.notes)


def test_a_chain_opened_by_sigma_whose_sides_differ_is_refused():
    """σ(z_i) is not 1/(1 + e^{z_i}) (the sign of the exponent): refused at the sides, never one picked."""
    _refused(JACKEY, "the sides of the chain differ", wrt="b",
             let=[r"\sigma(z_i) = P_i = \frac{1}{1 + e^{z_i}}", JACKEY_Z])


@pytest.mark.parametrize(
    "lets",
    [
        # the cost's p defined as well: P and p are two names, and p is not the sigmoid here
        [r"P_i = \frac{1}{1 + e^{-z_i}}", r"p_i = \frac{1}{2}", JACKEY_Z],
        # X is no case slip of x: only P stands for p
        [r"X_i = \frac{1}{1 + e^{-z_i}}", JACKEY_Z],
    ],
)
def test_other_capitals_are_not_read_as_the_costs_small_letter(lets):
    with pytest.raises((InputError, UnsupportedError)):
        derive(JACKEY, wrt="b", let=lets)


def test_a_capital_p_the_cost_also_writes_is_not_read_as_p():
    """The cost writes P and p: two letters; the let's P stays P and the cost's p undefined: refused."""
    cost = r"- \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i) + (1 - y_i)\ln(1-p_i)] + P_1"
    with pytest.raises((InputError, UnsupportedError)):
        derive(cost, wrt="b", let=[r"\sigma(z_i) = P_i = \frac{1}{1 + e^{-z_i}}", JACKEY_Z])


def test_a_chain_opened_by_another_expression_stays_refused():
    """θᵀx = h = … keeps its refusal: only σ(…) may open a chain (a statement of σ, then its name)."""
    _refused("J = sum_i (h - y)^2", "a chain whose first side is a name", wrt="theta_j",
             let=["theta^T x = h = theta^T x"])


# ---------------------------------------------------------------- a column of the targets, y^{(1)} … y^{(n)}

VAMSHI = r"\frac{1}{2}(X\theta - \hat{y})^T(X\theta - \hat{y})"


@pytest.mark.parametrize(
    "column",
    [
        r"y^{(1)} \\ y^{(2)} \\ : \\ y^{(n)} \\",  # vamshi.study, verbatim (':' for the dots, a last row break)
        r"y^{(1)} \\ y^{(2)} \\ \vdots \\ y^{(m)}",
        r"y_1 \\ y_2 \\ \vdots \\ y_m",
    ],
)
def test_a_column_of_the_targets_is_y(column):
    """ŷ defined as the stacked targets: ½(Xθ − y)ᵀ(Xθ − y) = ½ Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², written here."""
    theta = symbols.vector("theta")
    cost = _over_examples((_dot(theta) - y[i]) ** 2) / 2
    derivation = derive(VAMSHI, wrt="theta_j", let=[r"\hat{y} = \begin{bmatrix} " + column + r" \end{bmatrix}"])
    _assert_derives(derivation, cost, theta[symbols.wrt_index])
    assert any("lists the targets" in note for note in derivation.notes), derivation.notes


@pytest.mark.parametrize(
    "column",
    [
        r"y^{(1)} \\ y^{(3)} \\ \vdots \\ y^{(n)}",  # not numbered 1, 2, …: which rows?
        r"x^{(1)} \\ x^{(2)} \\ \vdots \\ x^{(n)}",  # the examples' features: a matrix, not the targets
        r"y^{(1)} \\ y^{(2)} \\ y^{(n)}",  # no dots: three entries, or all of them?
        r"y_1 \\ y_2 \\ \vdots \\ y_2",  # the last entry no later than the second
    ],
)
def test_other_columns_stay_refused(column):
    _refused(VAMSHI, "", wrt="theta_j", let=[r"\hat{y} = \begin{bmatrix} " + column + r" \end{bmatrix}"])


# ---------------------------------------------------------------- u \equiv (1, \ldots, 1)^T (CSE 6040)

CSE_COST = r"\mathcal{L}(\theta; y, X) = y^T \ln G(X \theta) + (u-y)^T \ln [u - G(X \theta)]"
CSE_G = r"G(y) = \frac{e^y}{e^y + 1}"


def test_an_equiv_let_of_ones_is_the_all_ones_vector():
    r"""ℒ = Σᵢ yᵢ ln σ(θᵀxᵢ) + (1 − yᵢ) ln(1 − σ(θᵀxᵢ)) (G(y) = eʸ/(eʸ+1) is σ), written here."""
    theta = symbols.vector("theta")
    s = symbols.sigmoid(_dot(theta))
    cost = _over_examples(y[i] * sympy.log(s) + (1 - y[i]) * sympy.log(1 - s))
    derivation = derive(CSE_COST, wrt="theta_j", let=[CSE_G, r"u \equiv (1, \ldots, 1)^T"])
    _assert_derives(derivation, cost, theta[symbols.wrt_index])
    notes = derivation.notes
    assert any(r"'\equiv' in the --let" in note for note in notes), notes
    assert any(r"(1, \ldots, 1)^T is the all-ones vector" in note for note in notes), notes


def test_the_log_likelihoods_gradient_in_matrix_form():
    r"""∇ℒ = Xᵀ(y − σ(Xθ)) by hand (CSE 6040's Exercise 7); Xᵀ(σ(Xθ) − y), the cost's sign, is −∇ℒ."""
    lets = [CSE_G, r"u \equiv (1, \ldots, 1)^T"]
    right = check(r"\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = X^T \left[ y - G(X \cdot \theta)\right]",
                  cost=CSE_COST, wrt="theta_j", let=lets)
    assert right.verdict == "equivalent"
    assert check(r"X^T \left[ G(X \theta) - y\right]", cost=CSE_COST, wrt="theta_j", let=lets).verdict == "different"


@pytest.mark.parametrize(
    "let",
    [
        r"u \equiv (1, \ldots, 2)^T",  # not all ones
        r"u \equiv (1, 1)^T",  # two entries, no dots: a 2-vector, not one entry per example
        r"u \equiv 1 = 2",  # '=' as well: no sign of definition is guessed
    ],
)
def test_other_equiv_lets_are_not_the_ones(let):
    with pytest.raises((InputError, UnsupportedError)):
        derive(CSE_COST, wrt="theta_j", let=[CSE_G, let])


# ---------------------------------------------------------------- p(y \mid x; θ) in a formula: refused, said why


def test_a_conditional_probability_in_a_formula_is_refused_with_a_hint():
    """Parth's log p(y⁽ⁱ⁾ | x⁽ⁱ⁾; θ) = …: the bar is read only in a cost's name; the caret at \\mid, a hint."""
    text = (r"\log p\bigl(y^{(i)}\mid x^{(i)};\theta\bigr) = -\log\bigl(y^{(i)}!\bigr) \;+\; "
            r"\theta^T x^{(i)}\,y^{(i)} \;-\; e^{\theta^T x^{(i)}}")
    error = _refused(text, "the bar of a conditional probability", wrt="theta_j")
    assert error.column == text.index(r"\mid")
    assert r"\ell(\theta) =" in error.hint

"""Audit 18: near-variants of the readings merged by fixcode2, pages2 and callsum, where a reading would be wrong.

Every expected verdict is worked out by hand (the derivative written beside each case)
and the gradients are held to finite differences of the cost computed here with NumPy,
independently of logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"


def _logistic_cost(beta0: float, beta: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """J = −(1/m) Σ [y log σ(β₀ + βᵀx) + (1 − y) log(1 − σ(β₀ + βᵀx))], x one example per row."""
    h = 1 / (1 + np.exp(-(beta0 + x @ beta)))
    return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))


def test_the_intercept_apart_answer_is_the_finite_difference_gradient():
    # by hand: ∂J/∂βⱼ = (1/m) Σ (σ(β₀ + βᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, ∂J/∂β₀ = (1/m) Σ (σ(β₀ + βᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)
    rng = np.random.default_rng(18)
    x, y, beta, beta0 = rng.normal(size=(5, 3)), rng.uniform(size=5), rng.normal(size=3), 0.7
    h = 1 / (1 + np.exp(-(beta0 + x @ beta)))
    step = 1e-6
    for j in range(3):
        bumped = beta.copy()
        bumped[j] += step
        numeric = (_logistic_cost(beta0, bumped, x, y) - _logistic_cost(beta0, beta, x, y)) / step
        assert abs(numeric - np.mean((h - y) * x[:, j])) < 1e-4
    numeric = (_logistic_cost(beta0 + step, beta, x, y) - _logistic_cost(beta0, beta, x, y)) / step
    assert abs(numeric - np.mean(h - y)) < 1e-4


# --- 1. β₀ (w₀) written apart against a preset read in β (w) ------------------------------------------------
# Statistics writes the logistic model β₀ + βᵀx: with --wrt beta_j the preset was read as βᵀx (β as θ, the
# intercept a feature of ones) and β₀ left a free symbol, so the right gradient above was a false 'different'.
INTERCEPT_APART = [
    ("1/m * sum((sigmoid(beta_0 + beta^T x) - y) x_j)", "beta_j", EQ),
    ("\\frac{1}{m}\\sum_i (\\sigma(\\beta_0 + \\beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", EQ),
    ("1/m * sum((sigmoid(beta_0 + beta^T x) - y) x_j)", "beta_0", DIFF),  # ∂/∂β₀ has no xⱼ
    ("1/m * sum(sigmoid(beta_0 + beta^T x) - y)", "beta_0", EQ),
    ("1/m * sum((y - sigmoid(beta_0 + beta^T x)) x_j)", "beta_j", DIFF),  # the sign
    ("1/m * sum((sigmoid(w_0 + w^T x) - y) x_j)", "w_j", EQ),
]


@pytest.mark.parametrize("answer,wrt,expected", INTERCEPT_APART)
def test_the_weights_own_intercept_written_apart_is_the_models_intercept(answer, wrt, expected):
    verdict = check(answer, wrt=wrt)
    assert verdict.verdict == expected
    assert any("with a separate intercept" in note and "₀" in note for note in verdict.notes)


def test_an_intercept_b_beside_beta_0_is_refused_naming_both():
    with pytest.raises(InputError, match="both an intercept b and beta_0"):
        check("1/m * sum((sigmoid(beta_0 + beta^T x + b) - y) x_j)", wrt="beta_j")


def test_beta_0_beside_weights_written_one_by_one_is_refused():
    # σ(β₀ + β₁x): a one-feature model of the writer's, not the preset's βᵀx over n features. Read in β₀ + βᵀx it
    # was a false 'different' (β₂x₂, β₃x₃ missing); w₀ + w₁x stays refused as before
    with pytest.raises(InputError, match="the weights one by one"):
        check("1/m * sum((sigmoid(beta_0 + beta_1 x) - y) x)", wrt="beta_1")
    with pytest.raises(InputError):
        check("1/m * sum((sigmoid(w_0 + w_1 x) - y) x)", wrt="w_1")


def test_beta_0_times_a_feature_is_no_intercept_apart():
    # β₀x₀ is a term of a sum from 0 (x₀ = 1 in Ng's notes), not an intercept beside βᵀx: not read as one
    from logderiv.presets import parameters_meant

    assert parameters_meant("beta_j", ["sum((sigmoid(beta_0 x_0 + beta^T x) - y) x_j)"]) == ("beta", "")
    assert parameters_meant("beta_j", ["sum((sigmoid(beta_0 + beta^T x) - y) x_j)"]) == ("beta", "beta_0")


# --- 2. several chains on a page: the operator written first is the cost's derivative too -------------------

def _steps(tmp_path, text: str):
    """Run ``logderiv steps`` on ``text`` as a file: (exit code, the JSON review or None, what was printed)."""
    import json

    from click.testing import CliRunner

    from logderiv.cli import main

    path = tmp_path / "notes.md"
    path.write_text(text)
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])
    review = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result.exit_code, review, result.output + (result.stderr or "")


_OPERATOR_FIRST = ("$$\\frac{\\partial}{\\partial \\theta_j} J(\\theta) = \\frac{\\partial}{\\partial \\theta_j}\\frac{1}{2m}"
                   "\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)})^2 = FACTOR\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) "
                   "x_j^{(i)}$$\n")


def test_a_derivation_by_theta_j_beside_one_by_theta_1_is_two_derivations(tmp_path):
    # ∂/∂θⱼ J(θ) = … (the operator first) and ∂J/∂θ₁ = …: both derive the cost's gradient. The first was
    # taken for a lemma and set aside, its planted 2/m (twice (1/m)Σ(θᵀx − y)xⱼ) never checked
    second = ("For the intercept:\n$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{m}\\sum_{i=1}^m "
              "(\\theta^T x^{(i)} - y^{(i)}) x_1^{(i)} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) "
              "x_1^{(i)}$$\n")
    code, _, output = _steps(tmp_path, _OPERATOR_FIRST.replace("FACTOR", "\\frac{2}{m}") + "\n" + second)
    assert code == 2
    assert "the notes hold 2 derivations" in output
    braced = _OPERATOR_FIRST.replace("\\partial \\theta_j} J", "\\partial \\theta_{j}} J")  # \theta_{j}: the same
    code, _, output = _steps(tmp_path, braced.replace("FACTOR", "\\frac{2}{m}") + "\n" + second)
    assert code == 2
    assert "the notes hold 2 derivations" in output


def test_a_derivation_with_the_operator_first_is_read_beside_a_lemma(tmp_path):
    # by hand: ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ; the sigmoid lemma is set aside, noted
    lemma = ("First a lemma about the sigmoid:\n$$\\frac{d\\sigma(z)}{dz} = \\frac{e^{-z}}{(1+e^{-z})^2} = "
             "\\sigma(z)(1-\\sigma(z))$$\nNow the gradient of the cost:\n")
    code, review, _ = _steps(tmp_path, lemma + _OPERATOR_FIRST.replace("FACTOR", "\\frac{1}{m}"))
    assert code == 0
    assert review["ending"] == "gradient"
    # the lemma (σ′ = e^{−z}/(1 + e^{−z})² = σ(1 − σ), true: sympy.diff in tests/test_fixchains.py) was set aside
    # unread; since issue 10's fixchains every chain on the page is checked, it as a lemma
    assert "line 2 is a chain of its own beside the derivation, opening with a derivative" in " | ".join(review["notes"])
    assert [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [True, True]
    code, review, _ = _steps(tmp_path, lemma + _OPERATOR_FIRST.replace("FACTOR", "\\frac{2}{m}"))
    assert code == 1 and review["ending"] == "wrong"  # twice the gradient


# --- 3. a hatted w on one side, a plain w on another --------------------------------------------------------

def test_a_hatted_w_beside_a_plain_w_is_refused(tmp_path):
    # each side read alone took ŵ for w ("which the text writes no other way", though the last side writes w):
    # the estimate and the parameter conflated silently, as â beside a and β̂ beside β were before
    text = "$$\\frac{\\partial}{\\partial \\hat{w}}(y-\\hat{w}x)^2 = -2x(y-\\hat{w}x) = -2x(y-wx)$$\n"
    code, _, output = _steps(tmp_path, text)
    assert code == 2
    assert "\\hat{w} and a plain w are both written" in output


def test_a_hatted_w_alone_is_still_read_as_w(tmp_path):
    # by hand: ∂/∂w (y − wx)² = −2x(y − wx); ŵ alone on every line is the parameter, noted
    code, review, _ = _steps(tmp_path, "$$\\frac{\\partial}{\\partial \\hat{w}}(y-\\hat{w}x)^2 = -2x(y-\\hat{w}x)$$\n")
    assert code == 0 and review["ending"] == "gradient"
    assert "'\\hat{w}' (the estimate) is the parameter w" in " | ".join(review["notes"])
    code, review, _ = _steps(tmp_path, "$$\\frac{\\partial}{\\partial \\hat{w}}(y-\\hat{w}x)^2 = 2x(y-\\hat{w}x)$$\n")
    assert code == 1 and review["ending"] == "wrong"  # the sign


# --- 4. the accumulating loop's start ---------------------------------------------------------------------

_HW = "1/2 * np.sum((theta_0 + (theta_1 * x) - y) ** 2)"
_LOOP = "for i in range(len(x)):\n    d = d + (theta_0 + x[i]*theta_1 - y[i]) * x[i]"


def test_an_accumulator_given_two_starts_is_refused():
    # --let d = 1 beside --let d = 0: the loop reading took d = 0 and dropped d = 1 unsaid (1 + Σ… or Σ…?)
    with pytest.raises(InputError):
        check(_LOOP, cost=_HW, wrt="theta_1", let=("d = 0", "d = 1"))
    # by hand: ∂/∂θ₁ ½Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)² = Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾, the loop's sum from d = 0
    assert check(_LOOP, cost=_HW, wrt="theta_1", let=("d = 0",)).verdict == EQ

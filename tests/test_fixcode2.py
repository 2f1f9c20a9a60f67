"""Issue 10 (fixcode2): held-out waves 16 and 17 — presets in w and b or β, and code readings.

Every expected verdict is worked out by hand from the cost (the derivative written
beside each case); none is copied from logderiv's output.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"

# --- 1. a preset against --wrt b, beta_j, or w_j beside a b --------------------------------------------
# logistic: J = −(1/m) Σ [y log σ(z) + (1 − y) log(1 − σ(z))], ∂J/∂z⁽ⁱ⁾ = (σ(z⁽ⁱ⁾) − y⁽ⁱ⁾)/m;
# with z = wᵀx + b: ∂z/∂b = 1, ∂z/∂wⱼ = xⱼ; with z = βᵀx: ∂z/∂βⱼ = xⱼ.
PRESET_IN_LETTERS = [
    ("1/m * sum(sigmoid(w^T x + b) - y)", "logistic", "b", EQ),
    ("sum(sigmoid(w^T x + b) - y)", "logistic", "b", DIFF),  # the 1/m lost
    ("1/m * sum(y - sigmoid(w^T x + b))", "logistic", "b", DIFF),  # the sign
    ("1/m * sum((sigmoid(w^T x + b) - y) x_j)", "logistic", "w_j", EQ),  # b written: σ(wᵀx + b)
    ("1/m * sum((sigmoid(beta^T x) - y) x_j)", "logistic", "beta_j", EQ),  # β as θ
    ("1/m * sum((sigmoid(beta^T x) - y) x_j) + 1", "logistic", "beta_j", DIFF),
    # linear: J = (1/(2m)) Σ (wᵀx + b − y)², ∂J/∂b = (1/m) Σ (wᵀx + b − y)
    ("1/m * sum(w^T x + b - y)", "linear", "b", EQ),
    ("1/(2m) * sum(w^T x + b - y)", "linear", "b", DIFF),
    # logistic-l2: the penalty (λ/(2m)) Σₖ wₖ² holds no b: ∂/∂b is the logistic one
    ("1/m * sum(sigmoid(w^T x + b) - y)", "logistic-l2", "b", EQ),
    ("1/m * sum((sigmoid(w^T x + b) - y) x_j) + lambda/m * w_j", "logistic-l2", "w_j", EQ),
]


@pytest.mark.parametrize("answer,cost,wrt,expected", PRESET_IN_LETTERS)
def test_a_preset_is_read_in_the_letters_the_answer_writes(answer, cost, wrt, expected):
    verdict = check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == expected
    assert any(note.startswith(f"the preset '{cost}' is written in θ") for note in verdict.notes)


def test_the_note_says_the_model_meant():
    notes = check("1/m * sum(sigmoid(w^T x + b) - y)", cost="logistic", wrt="b").notes
    assert any("wᵀx + b, the weights w with a separate intercept b" in note for note in notes)
    notes = check("1/m * sum((sigmoid(beta^T x) - y) x_j)", cost="logistic", wrt="beta_j").notes
    assert any("βᵀx, β as θ" in note for note in notes)


def test_w_j_with_no_b_written_stays_refused():
    """w with a b apart, or w as θ with a feature of ones: the letters do not say, so no reading is picked."""
    with pytest.raises(InputError, match="does not contain w_j"):
        check("1/m * sum((sigmoid(w^T x) - y) x_j)", cost="logistic", wrt="w_j")


def test_theta_and_w_both_written_against_b_stay_refused():
    with pytest.raises(InputError, match="writes both θ and w"):
        check("1/m * sum(sigmoid(theta^T x + b) - y) + w_1", cost="logistic", wrt="b")


def test_no_reg_intercept_with_a_separate_b_stays_refused():
    """b is in no penalty already; the preset's θ₁ left out would be a real weight w₁: not guessed."""
    with pytest.raises(InputError):
        check("1/m * sum(sigmoid(w^T x + b) - y)", cost="logistic-l2", wrt="b", regularise_intercept=False)


def test_derive_by_b_reads_the_preset_with_an_intercept():
    derivation = derive("logistic", wrt="b")
    assert any("--wrt b names the model's parameters" in note for note in derivation.problem.notes)
    # the derivative is the hand one: check it with the same reading
    assert check("1/m * sum(sigmoid(w^T x + b) - y)", cost="logistic", wrt="b").verdict == EQ


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_the_preset_note_is_in_every_format(fmt):
    result = CliRunner().invoke(main, ["check", "1/m * sum(sigmoid(w^T x + b) - y)", "--cost", "logistic",
                                       "--wrt", "b", "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert any("is written in θ" in note for note in json.loads(result.output)["notes"])
    else:
        assert "written in" in result.output and "separate intercept" in result.output


def test_deeplearning_ai_code_with_self_attributes():
    """dw = (1/m) Xᵀ(ŷ − y) with ŷ = σ(Xw + b): the gradient by w (self.X, self.Y the object's data)."""
    lets = ("Y_hat = 1 / (1 + np.exp( - ( self.X.dot( self.w ) + self.b ) ) )", "self.m, self.n = X.shape")
    assert check("(1/self.m) * np.dot(self.X.T, (Y_hat - self.Y ))", cost="logistic", wrt="w_j",
                 let=lets).verdict == EQ
    assert check("np.dot(self.X.T, (Y_hat - self.Y ))", cost="logistic", wrt="w_j", let=lets).verdict == DIFF


def _check_text(*args: str) -> str:
    """`logderiv check ARGS -f text`'s output (the cost's notes are shown with the answer's)."""
    result = CliRunner().invoke(main, ["check", *args, "-f", "text"])
    assert result.exit_code == 0, result.output
    return result.output


# --- 2. code readings --------------------------------------------------------------------------------

def test_sigmoide_is_the_sigmoid_noted():
    """Portuguese/Spanish course code's sigmoide: J the mean cross-entropy, ∂J/∂θⱼ = (1/m) Σ (σ(θᵀx) − y) xⱼ."""
    cost = "-1/m * sum(y log(sigmoide(theta^T x)) + (1 - y) log(1 - sigmoide(theta^T x)))"
    assert check("1/m * sum((sigmoid(theta^T x) - y) x_j)", cost=cost).verdict == EQ
    shown = _check_text("1/m * sum((sigmoid(theta^T x) - y) x_j)", "--cost", cost)
    assert "'sigmoide' is read as the sigmoid" in shown
    assert check("1/m * sum((sigmoid(theta^T x) - y))", cost=cost).verdict == DIFF


def test_a_converted_count_is_the_count():
    """n = float(len(y)) is m; n2 = 2m; d·d = Σ(θᵀx − y)²: J = Σ(θᵀx − y)²/(2m), ∂J/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ."""
    lets = ("n = float(len(y))", "n2 = 2 * n", "h = np.dot(X, theta)", "d = h - y")
    assert check("1/m * sum((theta^T x - y) x_j)", cost="np.dot(d, d) / n2", let=lets).verdict == EQ
    shown = _check_text("1/m * sum((theta^T x - y) x_j)", "--cost", "np.dot(d, d) / n2",
                        *(arg for let in lets for arg in ("--let", let)))
    assert "n = float(len(y)) counts the examples" in shown
    assert check("1/(2m) * sum((theta^T x - y) x_j)", cost="np.dot(d, d) / n2", let=lets).verdict == DIFF


def test_lm_weighing_the_penalty_is_lambda():
    """E = ½‖y − Xβ‖² + ½λβᵀβ: ∂E/∂βⱼ = Σᵢ (βᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + λβⱼ."""
    cost = "E(beta) = 0.5*(y-X*beta).T*(y-X*beta) + 0.5*lm*beta.T*beta"
    verdict = check("sum((beta^T x - y) x_j) + lambda beta_j", cost=cost, wrt="beta_j")
    assert verdict.verdict == EQ
    assert any("lm weighs the penalty" in note for note in verdict.notes)
    assert check("sum((beta^T x - y) x_j) + 2 lambda beta_j", cost=cost, wrt="beta_j").verdict == DIFF


def test_lm_elsewhere_stays_unknown():
    with pytest.raises(InputError, match="unknown name 'lm'"):
        derive("0.5*(y-X*beta).T*(y-X*beta) + 0.5*lm*beta.T*theta", wrt="beta_j")


_REG_COST = "(-1/m) * sum( y .* log(h_X) + (1-y) .* log(1 - h_X) ) + ( (lambda / (2*m)) * sum(theta(2:end).^2))"
_REG_LETS = ("m = length(y);", "h_X = sigmoid(X * theta);")


def test_an_octave_fixup_of_the_first_entry():
    """∂J/∂θⱼ = (1/m) Σ (h − y) xⱼ + (λ/m) θⱼ for j ≥ 2 and no penalty term for j = 1: the fix-up removes it."""
    answer = "grad = (X' * (h_X - y)) ./ m + ( (lambda/m) * theta);\ngrad(1) = grad(1) - ( (lambda/m) * theta(1));"
    verdict = check(answer, cost=_REG_COST, let=_REG_LETS)
    assert verdict.verdict == EQ
    assert any("the lines assign grad in turn" in note for note in verdict.notes)
    # the fix-up with the wrong sign doubles the intercept's penalty instead of removing it
    assert check(answer.replace("grad(1) -", "grad(1) +"), cost=_REG_COST, let=_REG_LETS).verdict == DIFF


def test_a_reassignment_that_builds_on_the_value_before():
    """grad = Xᵀ(Xθ − y)/m, then grad + (λ/m)θ: the ridge gradient of (1/(2m))‖Xθ − y‖² + (λ/(2m))Σθₖ²."""
    answer = "grad = X.T @ (X @ theta - y) / m\ngrad = grad + (lambda_ / m) * theta"
    assert check(answer, cost="linear-l2").verdict == EQ
    assert check(answer.replace("grad + ", "grad - "), cost="linear-l2").verdict == DIFF


def test_lines_that_do_not_build_on_each_other_are_not_taken_as_the_last():
    """g = A then g = B in notes states A = B: taking B alone would drop A silently."""
    with pytest.raises(InputError):
        check("g = X.T @ (X @ theta - y) / m\ng = X.T @ (X @ theta - y)", cost="linear")


def test_self_x_is_the_data_the_object_keeps():
    """(1/(2m)) Σ(θᵀx − y)² written with the object's self.X: ∂/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ."""
    cost = "1/(2*m) * sum((self.X*theta - y).^2)"
    assert check("1/m * sum((theta^T x - y) x_j)", cost=cost).verdict == EQ
    assert "self.X: the object's attribute is the quantity itself" in _check_text(
        "1/m * sum((theta^T x - y) x_j)", "--cost", cost)
    with pytest.raises(InputError, match="'self.' is Python code inside a class"):
        derive("sum((self.data*theta - y).^2)")  # an attribute no text names stays refused


# --- 3. code's index into the data, X(2): never a product --------------------------------------------

@pytest.mark.parametrize("answer,column", [
    # before: X(1) read as X·1, so this was "✓ equivalent"; Octave's X(1) is the one entry X(1,1), and the answer is
    # X₁₁·Σ(θᵀx − y)/m, a number, not the gradient (1/m) Σ (θᵀx − y) xⱼ
    ("sum( (X * theta - y) .* X(1) ) / m", 25),  # the caret under the index's bracket
    ("sum( (X * theta - y) .* X(2) ) / m", 25),  # Stack Overflow 43403064's slip for X(:,2)
    ("1/m * sum((theta^T x - y) x_j) * y(1)", 34),
])
def test_an_index_into_the_data_is_refused_not_multiplied(answer, column):
    with pytest.raises(InputError, match="indexes") as raised:
        check(answer, cost="linear")
    assert raised.value.column == column
    assert "for the product write" in raised.value.hint


def test_a_bracket_after_a_letter_with_an_expression_still_multiplies():
    """y(1 - h) is y·(1 − h), as notes write it: (1/m) Σ y(1 − h) is not the linear gradient (1/m) Σ (θᵀx − y) xⱼ."""
    assert check("1/m sum(y(1 - h))", cost="linear").verdict == DIFF
    assert check("X'*(X*theta - y)/m", cost="linear").verdict == EQ


# --- 4. Python's accumulating loop ------------------------------------------------------------------
# the homework's J = ½ Σ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)²: ∂J/∂θ₀ = Σ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾), ∂J/∂θ₁ = Σ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾
_HW = "1/2 * np.sum((theta_0 + (theta_1 * x) - y) ** 2)"


@pytest.mark.parametrize("loop,wrt,expected", [
    ("for i in range(len(x)):\n        d_theta_0=(theta_0 +x[i]*theta_1 -y[i])+d_theta_0", "theta_0", EQ),
    ("for i in range(len(x)):\n        d_theta_0 = d_theta_0 + (theta_0 +x[i]*theta_1 -y[i])*x[i]", "theta_1", EQ),
    ("for i in range(len(x)):\n        d_theta_0 += (theta_0 +x[i]*theta_1 -y[i])*x[i]", "theta_1", EQ),
    ("for i in range(len(x)):\n        d_theta_0 += (theta_0 +x[i]*theta_1 -y[i])", "theta_1", DIFF),  # x⁽ⁱ⁾ lost
    ("for i in range(len(x)):\n        d_theta_0 += 2*(theta_0 +x[i]*theta_1 -y[i])", "theta_0", DIFF),
])
def test_a_loop_that_adds_to_a_zero_start_is_the_sum(loop, wrt, expected):
    verdict = check(loop, cost=_HW, wrt=wrt, let=("d_theta_0 = 0.0",))
    assert verdict.verdict == expected
    assert any("the loop adds its body to d_theta_0" in note for note in verdict.notes)


def test_a_loop_from_another_start_is_not_read():
    with pytest.raises(InputError):  # d starts at 1: the answer is 1 + Σ…, which the loop reading does not claim
        check("for i in range(len(x)):\n    acc = (theta_0 +x[i]*theta_1 -y[i]) + acc", cost=_HW, wrt="theta_0",
              let=("acc = 1.0",))


def test_a_fixed_example_in_the_loop_is_refused_with_its_name():
    """The homework's slip: x[0] (the first example's x) for x[i]; a fixed example is not read, and it is said."""
    with pytest.raises(InputError, match=r"x\[0\] is one example's value"):
        check("for i in range(len(x)):\n        d_theta_0=(theta_0 +x[i]*theta_1 -y[i])*x[0]+d_theta_0",
              cost=_HW, wrt="theta_0", let=("d_theta_0 = 0.0",))


def test_np_multiple_is_refused_with_the_two_calls_it_may_mean():
    """np.multiple is no NumPy function: np.multiply (entry by entry) and np.dot (θᵀX) differ, so none is picked."""
    with pytest.raises(InputError, match="np.multiple is not read") as raised:
        derive("-sum(y log(h) + (1-y) log(1-h))", let=("h = 1/(1+exp(-np.multiple(thetaTranspose,X)))",))
    assert "np.multiply" in raised.value.hint and "np.dot" in raised.value.hint

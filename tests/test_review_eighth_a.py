"""Silent misreads an outside review found (issues 11/12): the objective of a cost that is ℓ itself.

Each case gave a confident wrong verdict before: the expected mathematics is
worked out by hand and checked by finite differences with NumPy, not taken from
logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv import check
from logderiv.verify.costs import read_cost
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.verify.objective import LOG_LIKELIHOOD, LOSS, log_likelihood_scale, orientation

EQ, DIFF = "equivalent", "different"

# --- 1. a cost that IS the log-likelihood ----------------------------------------------------

#: ℓ(β) as statistics notes write it: no leading minus, to be maximised
ELL = r"L(\beta)=\sum_{i=1}^{m} [y_i \log \sigma(\beta^T x_i) + (1-y_i)\log(1-\sigma(\beta^T x_i))]"
#: the same ℓ in NumPy, as y·z − log(1 + eᶻ) (= y log σ(z) + (1 − y) log(1 − σ(z)))
ELL_NUMPY = "np.sum(y*z - np.log(1+np.exp(z)))"
#: ∇ℓ = Σᵢ (yᵢ − σ(βᵀxᵢ)) xᵢ: the ascent direction, by hand (and by finite differences below)
ASCENT = r"\sum_{i=1}^m (y_i - \sigma(\beta^T x_i)) x_{ij}"
DESCENT = r"\sum_{i=1}^m (\sigma(\beta^T x_i) - y_i) x_{ij}"


def test_the_hand_worked_gradient_of_the_log_likelihood_is_the_ascent_direction():
    """∂ℓ/∂β = Xᵀ(y − σ(Xβ)) for ℓ = Σ y log σ + (1 − y) log(1 − σ), by central differences."""
    rng = np.random.default_rng(3)
    x, y, beta = rng.normal(size=(6, 3)), rng.uniform(0.1, 0.9, size=6), rng.normal(size=3)

    def ell(b):
        p = 1 / (1 + np.exp(-x @ b))
        return np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    step = 1e-6
    numeric = np.array([(ell(beta + step * e) - ell(beta - step * e)) / (2 * step) for e in np.eye(3)])
    assert np.allclose(x.T @ (y - 1 / (1 + np.exp(-x @ beta))), numeric, atol=1e-6)
    assert ell(beta) < 0  # never above 0: what tells ℓ from a loss


@pytest.mark.parametrize("objective", ["cost", "log-likelihood"])
def test_log_likelihood_cost_is_judged_against_its_own_gradient(objective):
    """With ℓ as the cost, ∇ℓ is right under either objective (before: ✗ under --objective log-likelihood)."""
    assert check(ASCENT, cost=ELL, wrt="beta_j", objective=objective).verdict == EQ
    descent = check(DESCENT, cost=ELL, wrt="beta_j", objective=objective)
    assert descent.verdict == DIFF
    assert descent.diagnosis[0].kind == "cost-gradient"
    assert "negative log-likelihood" in descent.diagnosis[0].message
    assert "log-likelihood ℓ itself" in descent.diagnosis[0].message


def test_log_likelihood_note_says_the_cost_is_ell():
    """The note no longer says ℓ = −J (false here): it says the cost is ℓ itself."""
    verdict = check(ASCENT, cost=ELL, wrt="beta_j", objective="log-likelihood")
    notes = " ".join((*verdict.problem.notes, *verdict.notes))  # the cost's notes, then the answer's
    assert "which the cost is itself" in notes
    assert "ℓ = −J" not in notes and "ℓ = −m·J" not in notes


def test_numpy_log_likelihood_in_softplus_form():
    """np.sum(y*z - np.log(1+np.exp(z))) is ℓ too: Xᵀ(y − σ(z)) is its gradient, the flipped one is −∇ℓ."""
    lets = ("z = X @ w",)
    ascent, descent = "sum((y - sigmoid(w^T x)) x_j)", "sum((sigmoid(w^T x) - y) x_j)"
    assert check(ascent, cost=ELL_NUMPY, let=lets, wrt="w_j", objective="log-likelihood").verdict == EQ
    assert check(ascent, cost=ELL_NUMPY, let=lets, wrt="w_j").verdict == EQ
    flipped = check(descent, cost=ELL_NUMPY, let=lets, wrt="w_j", objective="log-likelihood")
    assert flipped.verdict == DIFF and flipped.diagnosis[0].kind == "cost-gradient"


def test_orientation_of_losses_and_log_likelihoods():
    """Presets and a written NLL are losses (ℓ a negative multiple); ℓ written as such is scaled by 1."""
    assert orientation(read_cost("logistic")) == LOSS
    assert orientation(read_cost("linear")) == LOSS
    assert orientation(read_cost("logistic-l2")) == LOSS
    assert orientation(read_cost("-" + ELL.replace("L(\\beta)=", ""), wrt="beta_j")) == LOSS
    assert orientation(read_cost(ELL, wrt="beta_j")) == LOG_LIKELIHOOD
    assert log_likelihood_scale(read_cost(ELL, wrt="beta_j")) == 1


def test_loss_costs_keep_their_log_likelihood_diagnosis():
    """A loss is unchanged: the ascent answer against the logistic preset is still ∇ℓ = −m·∇J, named so."""
    verdict = check(r"\sum_i (y_i - \sigma(\theta^T x_i)) x_{ij}", cost="logistic")
    assert verdict.verdict == DIFF and verdict.diagnosis[0].kind == "log-likelihood"
    assert check(r"\sum_i (y_i - \sigma(\theta^T x_i)) x_{ij}", cost="logistic",
                 objective="log-likelihood").verdict == EQ


def test_objective_refused_when_the_cost_has_no_sign():
    """A cross-entropy in a target t (any real number here, 3 by its --let) is neither ≥ 0 nor ≤ 0: --objective is refused.

    (An undefined t, in a cost with no labels y, is now asked about first: t may be the labels.)"""
    cost = "-1/m * np.sum(t*np.log(A) + (1-t)*np.log(1-A))"
    lets = ("A = sigmoid(np.dot(w.T, X) + b)", "t = 3")
    with pytest.raises(InputError, match="can't tell whether this cost is a loss"):
        check("0", cost=cost, let=lets, wrt="w_j", objective="log-likelihood")
    result = CliRunner().invoke(main, ["check", "0", "--cost", cost, "--let", lets[0], "--let", lets[1], "--wrt", "w_j",
                                       "--objective", "log-likelihood", "-f", "text"])
    assert result.exit_code == 2 and "leave out --objective" in result.output


def test_cli_log_likelihood_cost_exit_codes():
    """The review's reproduction: exit 0 with --objective log-likelihood, and the note in the text output."""
    runner = CliRunner()
    ascent = runner.invoke(main, ["check", ASCENT, "--cost", ELL, "--wrt", "beta_j", "--objective", "log-likelihood",
                                  "-f", "text"])
    assert ascent.exit_code == 0, ascent.output
    assert "which the cost is itself" in ascent.output


# --- 2. a --wrt the cost does not contain -----------------------------------------------------

WRONG_WRT = [
    # (command, the suggestion the hint makes): every preset is written in θ (θᵀx, no separate b)
    (["derive", "linear", "--wrt", "w_j"], "theta_j"),
    # (--wrt b and --wrt beta_3 against a preset now read it in those letters, noted: tests/test_fixcode2.py)
    (["check", "0", "--cost", "logistic", "--wrt", "w_j"], "theta_j"),
    (["check", "0", "--cost", "1/m*sum((theta^T x - y)^2)", "--wrt", "w_j"], "theta_j"),
    (["check", "0", "--cost", "1/m*sum((w^T x - y)^2)", "--wrt", "b"], "w_1"),
]


@pytest.mark.parametrize("args,meant", WRONG_WRT, ids=[" ".join(row[0]) for row in WRONG_WRT])
def test_a_wrt_the_cost_does_not_contain_is_refused(args, meant):
    """Before: a 'verified' gradient 0 and ✓ equivalent for the answer 0; now exit 2 naming the cost's parameters."""
    result = CliRunner().invoke(main, [*args, "-f", "text"])
    assert result.exit_code == 2, result.output
    assert "equivalent" not in result.output
    assert "does not contain" in result.output and f"did you mean --wrt {meant}" in result.output


def test_steps_takes_the_same_refusal(tmp_path):
    """steps reads --wrt with the cost too: a derivation against the logistic preset by w_j is refused."""
    path = tmp_path / "d.txt"
    path.write_text("1/m sum((h - y) x_j)\n")
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", "logistic", "--wrt", "w_j", "-f", "text"])
    assert result.exit_code == 2 and "the cost logistic has the parameters θ" in result.output


def test_a_derivative_that_is_truly_zero_stays_judged():
    """θ₂ is a variable of θ₁² (the cost holds θ): ∂/∂θ₂ θ₁² = 0 by hand, and 0 is equivalent, 1 is not."""
    assert check("0", cost="theta_1^2", wrt="theta_2").verdict == EQ
    assert check("1", cost="theta_1^2", wrt="theta_2").verdict == DIFF


def test_the_preset_own_variable_still_works():
    """--wrt theta_j against a preset is unchanged: the logistic gradient (1/m) Σ (h − y) xⱼ by hand."""
    assert check("1/m sum((h - y) x_j)", cost="logistic", wrt="theta_j").verdict == EQ


# --- 3. notes whose first display defines the cost --------------------------------------------

#: notes as course pages write them: prose, the cost's definition, then the derivation of ∂J/∂θⱼ.
#: Worked by hand: h′ = h(1 − h), so each bracket times h(1 − h) is y(1 − h) − (1 − y)h = y − h, and the
#: last display is (1/m) Σ (h − y) xⱼ, the logistic gradient; every display below the first is a true step.
NOTES = r"""# Logistic regression: the gradient

The cost is the average cross-entropy over the $m$ training examples:

$$
J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]
$$

Differentiating term by term, and using $\sigma'(z) = \sigma(z)(1-\sigma(z))$:

$$
\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\sum_{i=1}^{m}\left[\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1-y^{(i)}}{1-h_\theta(x^{(i)})}\right] h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))\,x_j^{(i)}
$$

$$
= -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}(1-h_\theta(x^{(i)})) - (1-y^{(i)})h_\theta(x^{(i)})\right]x_j^{(i)}
$$

so that

$$
\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}
$$
"""


def _steps(text: str, **options):
    from logderiv import steps

    return steps(text, file_kind="markdown", **options)


def test_notes_opening_with_the_cost_definition_are_read_right():
    """Before: the J(θ) = … block was step 1, compared with ∂J/∂θⱼ and called wrong; now it is the cost (noted)."""
    review = _steps(NOTES)
    assert review.ending == "gradient"
    assert all(step.valid for step in review.steps)
    assert review.steps[0].written.line == 12  # the first step is ∂J/∂θⱼ's display, not the definition's (line 6)
    assert any("the cost is the one line 6 defines" in note for note in review.notes)


def test_a_planted_mistake_after_the_definition_is_still_found():
    """The sign of the last step flipped (σ − y ↦ y − σ): the derivation is wrong at that display (line 22)."""
    planted = NOTES.replace(r"\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}",
                            r"\left(y^{(i)} - h_\theta(x^{(i)})\right)x_j^{(i)}")
    assert planted != NOTES
    review = _steps(planted)
    wrong = [step for step in review.steps if not step.valid]
    assert wrong and wrong[0].written.line == 22
    assert review.ending == "wrong"


def test_the_defined_cost_is_the_one_differentiated():
    """The notes' cost, not the logistic preset: a squared error's derivation is checked against its own gradient."""
    notes = (r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2$$" "\n\nso\n\n"
             r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})x_j^{(i)}$$")
    review = _steps(notes)  # ∂/∂θⱼ (1/2m) Σ (θᵀx − y)² = (1/m) Σ (θᵀx − y) xⱼ, by hand
    assert review.ending == "gradient" and all(step.valid for step in review.steps)


def test_a_definition_named_script_l_is_the_cost_in_later_lines():
    r"""\mathcal{L}(w) = −Σ […]; then ∂\mathcal{L}/∂w_j: L is the defined cost there, not a constant (∂ of it 0)."""
    notes = (r"$$\mathcal{L}(w) = -\sum_{i=1}^{m}\left[y_i\log\sigma(w^Tx_i) + (1-y_i)\log(1-\sigma(w^Tx_i))\right]$$"
             "\nThen\n"
             r"$$\frac{\partial \mathcal{L}}{\partial w_j} = \sum_{i=1}^{m}(\sigma(w^Tx_i) - y_i)x_{ij}$$")
    review = _steps(notes)
    assert review.ending == "gradient" and all(step.valid for step in review.steps)
    wrong = _steps(notes.replace("- y_i)x_{ij}", "+ y_i)x_{ij}"))
    assert wrong.ending == "wrong"


def test_a_given_cost_must_be_the_defined_one():
    """--cost logistic agrees with the notes' J: read as before; --cost linear does not: refused, not judged."""
    assert _steps(NOTES, cost="logistic").ending == "gradient"
    with pytest.raises(InputError, match="defines the cost as"):
        _steps(NOTES, cost="linear")


def test_a_cost_rewritten_with_no_derivative_anywhere_is_no_derivation():
    """J = … = … with no derivative in any line is no derivation of ∂J/∂θⱼ: refused, never "wrong at line 1".

    (It was once reviewed as three steps, J the first, judged against ∂J/∂θⱼ: a ✗ for a writer who had
    not begun to differentiate.)
    """
    from logderiv import steps

    with pytest.raises(InputError, match="rewrite it, but take no derivative") as raised:
        steps("J = 1/(2m) sum((theta^T x - y)^2)\n= 1/(2m) sum((y - theta^T x)^2)\n", cost="linear")
    assert raised.value.line == 1


def test_steps_refuses_a_variable_its_own_lines_name_that_the_cost_lacks():
    """d/dw_j of a cost in θ is a 'verified' 0 (before: ✓ every step holds); refused at the line that names w_j."""
    from logderiv import steps

    with pytest.raises(InputError, match="does not contain w_j") as raised:
        steps("d/dw_j [1/(2m) sum((theta^T x - y)^2)]\n= 0\n")
    assert raised.value.line == 1
    notes = (r"$$J(\theta) = \frac{1}{2m}\sum_i (\theta^T x^{(i)} - y^{(i)})^2$$" "\n\n"
             r"$$\frac{\partial J}{\partial w_j} = 0$$" "\n")
    with pytest.raises(InputError, match="does not contain w_j") as raised:
        _steps(notes)
    assert raised.value.line == 3

"""Audit of the readings merged with coldA, fixderivs and derivcold: near-variants where they were wrong.

Every expected verdict is worked out by hand (the comments say how), never copied from
logderiv's output; the gradients named are checked by finite differences where they matter.
"""

from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

from logderiv.cli import main

#: the logistic log-loss of all examples, no 1/m: ∂/∂θⱼ is Σᵢ (h⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ (h = σ(θᵀx))
LOGLOSS = r"-\sum_{i=1}^m [y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]"


def _run(*arguments: str):
    return CliRunner().invoke(main, [*arguments, "--timeout", "60"])


def _steps(tmp_path, text: str, *options: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return _run("steps", str(path), "-f", "json", *options)


def _review(result) -> dict:
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout)


def _first_wrong(review: dict) -> int | None:
    return next((step["line"] for step in review["steps"] if step["valid"] is False), None)


def _logloss_gradient_fd(theta, X, y, j, eps=1e-6):
    """∂/∂θⱼ of −Σ[y log σ(Xθ) + (1 − y) log(1 − σ(Xθ))] by central differences."""
    def cost(t):
        h = 1 / (1 + np.exp(-X @ t))
        return -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    step = np.zeros_like(theta)
    step[j] = eps
    return (cost(theta + step) - cost(theta - step)) / (2 * eps)


def test_the_hand_gradient_of_the_logloss_is_h_minus_y_times_x():
    """The fact the page tests below rest on: ∂/∂θⱼ of the log-loss is Σ (h − y) xⱼ, not Σ (y − h) xⱼ."""
    rng = np.random.default_rng(15)
    X, theta, y = rng.normal(size=(4, 3)), rng.normal(size=3), np.array([0.0, 1.0, 1.0, 0.0])
    h = 1 / (1 + np.exp(-X @ theta))
    for j in range(3):
        assert np.isclose(_logloss_gradient_fd(theta, X, y, j), np.sum((h - y) * X[:, j]), rtol=1e-6)
        assert not np.isclose(_logloss_gradient_fd(theta, X, y, j), np.sum((y - h) * X[:, j]), rtol=1e-3)


# --- page: a derivative of the objective named L(θ) before the chain is a step, never a lemma -----------------

#: ∂L(θ)/∂θⱼ written with the sign flipped (Σ (y − h) xⱼ; by hand it is Σ (h − y) xⱼ), then a right chain
L_BEFORE_CHAIN = r"""Its derivative:

$$\frac{\partial L(\theta)}{\partial \theta_j} = \sum_{i=1}^m \left(y^{(i)} - h_\theta(x^{(i)})\right)x_j^{(i)}$$

which we expand:

$$\sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)} = \sum_{i=1}^m h_\theta(x^{(i)})x_j^{(i)} - \sum_{i=1}^m y^{(i)}x_j^{(i)} = \sum_{i=1}^m x_j^{(i)}\left(h_\theta(x^{(i)}) - y^{(i)}\right)$$
"""


def test_a_derivative_of_l_of_theta_before_the_chain_is_checked_not_set_aside(tmp_path):
    """L(θ) is an objective's name as J is: the block deriving it is the derivation's first step, and its sign is wrong."""
    review = _review(_steps(tmp_path, L_BEFORE_CHAIN, "--cost", LOGLOSS))
    assert _first_wrong(review) == 3
    assert not any("is not part of the derivation" in note for note in review["notes"])


def test_the_same_derivative_with_the_right_sign_holds(tmp_path):
    """Σ (h − y) xⱼ on line 3: every step holds and the last line is the gradient (by hand, as above)."""
    right = L_BEFORE_CHAIN.replace(r"\left(y^{(i)} - h_\theta(x^{(i)})\right)", r"\left(h_\theta(x^{(i)}) - y^{(i)}\right)", 1)
    review = _review(_steps(tmp_path, right, "--cost", LOGLOSS))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)


def test_a_lemma_about_the_sigmoid_is_still_set_aside(tmp_path):
    """σ′ = σ(1 − σ) names no objective: it stays an aside, noted, and the chain is read alone."""
    lemma = "$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)(1-\\sigma(z))$$\n\n" + L_BEFORE_CHAIN.split("which we expand:")[1]
    review = _review(_steps(tmp_path, lemma, "--cost", LOGLOSS))
    assert _first_wrong(review) is None
    assert any(note.startswith("line 1 is not part of the derivation") for note in review["notes"])


# --- code: NumPy's ~y -------------------------------------------------------------------------------------------


def test_numpy_tilde_y_is_refused_naming_both_readings():
    """np.array([0, 1]) gives ~y = [-1, -2] (bitwise), Bool labels give [True, False]: 1 − y only for Bool."""
    assert list(~np.array([0, 1])) == [-1, -2]
    result = _run("check", "np.dot(X.T, h - y) / m", "--cost", "np.mean(-y*np.log(h) - (~y)*np.log(1-h))",
                  "--let", "h = 1/(1+np.exp(-X @ theta))", "-f", "text")
    assert result.exit_code == 2
    assert "~y" in result.output and "1 - y" in result.output and "-1 - y" in result.output
    assert "^" in result.output and "Traceback" not in result.output


def test_octave_tilde_y_is_still_read_as_one_minus_y():
    """Octave's ~y on 0/1 labels is 1 − y: X'(h − y)/m is the mean log-loss's gradient (by hand), noted."""
    result = _run("check", "X' * (h - y) / m", "--cost", "mean(-y.*log(h) - (~y).*log(1-h))",
                  "--let", "h = sigmoid(X*theta)", "-f", "json")
    assert result.exit_code == 0
    assert any("~y is the logical not" in note for note in json.loads(result.stdout)["notes"])


# --- page: prose that states a case, or recalls another model's h ----------------------------------------------

#: the mean log-loss and its derivation: by hand −(1/m) Σ [y/h − (1−y)/(1−h)] h(1−h) xⱼ = (1/m) Σ (h − y) xⱼ
LOGISTIC_PAGE = r"""{prose}

$$J(\theta) = -\frac{{1}}{{m}}\sum_{{i=1}}^m \left[y^{{(i)}}\log h_\theta(x^{{(i)}}) + (1-y^{{(i)}})\log(1-h_\theta(x^{{(i)}}))\right]$$

$$\frac{{\partial J}}{{\partial\theta_j}} = -\frac{{1}}{{m}}\sum_{{i=1}}^m \left[\frac{{y^{{(i)}}}}{{h_\theta(x^{{(i)}})}} - \frac{{1-y^{{(i)}}}}{{1-h_\theta(x^{{(i)}})}}\right]h_\theta(x^{{(i)}})(1-h_\theta(x^{{(i)}}))x_j^{{(i)}} = \frac{{1}}{{m}}\sum_{{i=1}}^m (h_\theta(x^{{(i)}})-y^{{(i)}})x_j^{{(i)}}$$
"""


def test_prose_saying_h_equals_y_states_a_case_not_a_model(tmp_path):
    """'The cost is zero when $h_\\theta(x)=y$': h is not y; the derivation (right, by hand) holds as written."""
    page = LOGISTIC_PAGE.format(prose=r"The cost is zero when $h_\theta(x)=y$, and grows as the prediction moves away.")
    review = _review(_steps(tmp_path, page))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)
    assert not any("defines h_\\theta" in note for note in review["notes"])


def test_prose_recalling_linear_regressions_h_beside_a_log_loss_is_refused(tmp_path):
    """h = θᵀx recalled for linear regression, then the log-loss of logistic regression: read as --let it made the
    right derivation wrong at its second line; h cannot be both, so the page is refused naming both readings."""
    page = LOGISTIC_PAGE.format(prose=r"Recall that in linear regression $h_\theta(x)=\theta^Tx$. "
                                      "For logistic regression we use the sigmoid instead.")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    message = result.stderr or result.output
    assert "log(1 − h_\\theta)" in message and "sigmoid" in message and "Traceback" not in message


def test_a_sigmoid_defined_in_prose_is_still_read_as_the_let(tmp_path):
    """h = 1/(1 + e^(−θᵀx)) is a probability: read as --let (noted) and the right derivation holds."""
    page = LOGISTIC_PAGE.format(prose=r"In logistic regression $h_\theta(x)=\frac{1}{1+e^{-\theta^Tx}}$.")
    review = _review(_steps(tmp_path, page))
    assert (review["ending"], _first_wrong(review)) == ("gradient", None)
    assert any(note.startswith("line 1 defines h_\\theta beside the derivation") for note in review["notes"])

"""Adversarial audit of judging a page's chains one at a time (audit25c): pages in the shapes of real notes where a
chain judged alone (or the page's cost picked for it) could give a wrong verdict, each worked out by hand first.

Found: a page that displays the log-likelihood ℓ(θ) and defines the cost to minimise in its prose,
"$J(\\theta) = -\\frac{1}{m}\\ell(\\theta)$", then derives ∂J/∂θⱼ = −(1/m)∂ℓ/∂θⱼ = (1/m)Σ(h − y)xⱼ (every step right),
was checked as ∂ℓ/∂θⱼ — the prose cost is looked for only where no display defines one — and the right step
−(1/m)∂ℓ/∂θⱼ was called wrong (a false "different"). Which of the two costs is derived, and that one is defined from
the other, is now refused with a caret at the prose definition, as two displayed costs already are.

The mathematics of every claim here is checked by central finite differences (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

#: x (with a column of ones), y of four examples, for the finite differences of ℓ(θ) and J(θ) = −ℓ(θ)/m
_X = np.array([[1.0, 0.5, -1.2], [1.0, -0.3, 0.8], [1.0, 2.0, 0.1], [1.0, -1.1, -0.6]])
_Y = np.array([1.0, 0.0, 1.0, 0.0])

#: ℓ displayed, J = −ℓ/m in the prose, and ∂J/∂θⱼ derived: every step right (line 9)
_LOGLIK_THEN_J = r"""# Maximum likelihood

$$\ell(\theta) = \sum_{i=1}^m \left[y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))\right]$$

where $h_\theta(x) = \sigma(\theta^T x)$. The cost to minimise is $J(\theta) = -\frac{1}{m}\ell(\theta)$, so

$$\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\frac{\partial \ell}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$
"""

#: the same, with the chain of ∂ℓ/∂θⱼ before it, its last side's sign flipped (line 7)
_TWO_CHAINS = r"""# Maximum likelihood

$$\ell(\theta) = \sum_{i=1}^m \left[y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))\right]$$

where $h_\theta(x) = \sigma(\theta^T x)$. We maximise $\ell$:

$$\frac{\partial \ell}{\partial \theta_j} = \sum_{i=1}^m \left(\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1-y^{(i)}}{1-h_\theta(x^{(i)})}\right) h_\theta(x^{(i)})(1-h_\theta(x^{(i)})) x_j^{(i)} = \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$

The cost to minimise is $J(\theta) = -\frac{1}{m}\ell(\theta)$, so

$$\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\frac{\partial \ell}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$
"""


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _loglik(theta: np.ndarray) -> float:
    h = _sigmoid(_X @ theta)
    return float(np.sum(_Y * np.log(h) + (1 - _Y) * np.log(1 - h)))


def test_the_pages_by_hand_against_finite_differences() -> None:
    # ∂J/∂θ = −(1/m)∂ℓ/∂θ = (1/m)Σ(h − y)x: the J chain is right throughout; ∂ℓ/∂θ = Σ(y − h)x, so the ℓ chain's last
    # side Σ(h − y)x has its sign flipped
    theta = np.array([0.2, -0.4, 0.7])
    m = len(_Y)
    by_loglik = central_differences(_loglik, theta)
    by_cost = central_differences(lambda t: -_loglik(t) / m, theta)
    h = _sigmoid(_X @ theta)
    assert np.allclose(-by_loglik / m, by_cost, atol=1e-7)
    assert np.allclose((h - _Y) @ _X / m, by_cost, atol=1e-7)
    assert np.allclose((_Y - h) @ _X, by_loglik, atol=1e-7)
    assert not np.allclose((h - _Y) @ _X, by_loglik, atol=1e-3)


def test_a_right_derivation_of_the_prose_cost_is_not_judged_against_the_displayed_one(tmp_path) -> None:
    # was: "Checking ∂ℓ/∂θⱼ", the right step −(1/m)∂ℓ/∂θⱼ "wrong at line 7" (a false "different"); now refused at the
    # prose definition, naming both costs: which one is derived is the writer's to say
    result = steps_of_page(tmp_path, _LOGLIK_THEN_J, "--timeout", "60")
    assert result.exit_code == 2
    assert "wrong" not in result.output
    assert "the notes define two costs, \\ell (line 3) and J (line 5, in the prose)" in result.stderr
    assert "differentiates J" in result.stderr
    assert "line 5, column" in result.stderr  # the caret at J's definition in the prose


def test_beside_the_loglik_chain_the_page_is_refused_not_half_misread(tmp_path) -> None:
    # each chain alone: ∂ℓ/∂θⱼ (wrong at line 7) is read, ∂J/∂θⱼ was judged against ℓ and its right step 'wrong'
    # too; the page is refused with the J chain's reason rather than listing a false wrong step
    result = steps_of_page(tmp_path, _TWO_CHAINS, "--timeout", "60")
    assert result.exit_code == 2
    assert "the notes define two costs, \\ell (line 3) and J (line 9, in the prose)" in result.stderr


def test_the_loglik_derived_by_its_own_name_is_still_judged(tmp_path) -> None:
    # the prose's J is not derived: ∂ℓ/∂θⱼ alone is judged against the displayed ℓ, its flipped sign found (line 7)
    page = _TWO_CHAINS.split("The cost to minimise")[0] + "The cost to minimise is $J(\\theta) = -\\frac{1}{m}\\ell(\\theta)$.\n"
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [7])


#: ℓ displayed, "we minimise the negative log-likelihood", ∂J/∂θⱼ of a J the page never defines (line 7): right for
#: J = −ℓ, wrong for J = ℓ (the writer's J is plainly −ℓ, but −ℓ or −ℓ/m is not said)
_LOGLIK_THEN_UNDEFINED_J = r"""# Maximum likelihood

$$\ell(\theta) = \sum_{i=1}^m \left[y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))\right]$$

where $h_\theta(x) = \sigma(\theta^T x)$. We minimise the negative log-likelihood instead:

$$\frac{\partial J}{\partial \theta_j} = -\sum_{i=1}^m \left(\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1-y^{(i)}}{1-h_\theta(x^{(i)})}\right) h_\theta(x^{(i)})(1-h_\theta(x^{(i)})) x_j^{(i)} = \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$
"""


def test_the_negative_loglik_sides_by_hand() -> None:
    # −Σ(y/h − (1 − y)/(1 − h)) h(1 − h) x = Σ(h − y)x = ∂(−ℓ)/∂θ: right for J = −ℓ, the negative of ∂ℓ/∂θ
    theta = np.array([-0.3, 0.6, 0.25])
    h = _sigmoid(_X @ theta)
    by_negative = central_differences(lambda t: -_loglik(t), theta)
    first = -((_Y / h - (1 - _Y) / (1 - h)) * h * (1 - h)) @ _X
    assert np.allclose(first, by_negative, atol=1e-7) and np.allclose((h - _Y) @ _X, by_negative, atol=1e-7)
    assert not np.allclose(first, central_differences(_loglik, theta), atol=1e-3)


def test_a_derivative_of_an_undefined_j_beside_the_loglik_is_refused(tmp_path) -> None:
    # was: "Checking ∂ℓ/∂θⱼ", J read as ℓ silently, the right first step −Σ(…) 'wrong at line 7'; now refused at the J
    # of ∂J, naming the log-likelihood the page defines and the readings (ℓ itself, or −ℓ or −ℓ/m)
    result = steps_of_page(tmp_path, _LOGLIK_THEN_UNDEFINED_J, "--timeout", "60")
    assert result.exit_code == 2
    assert "wrong" not in result.output
    assert "the derivation differentiates J, which the notes do not define" in result.stderr
    assert "the log-likelihood \\ell (line 3)" in result.stderr and "(−ℓ, or −ℓ/m)" in result.stderr
    assert "line 7, column 18" in result.stderr  # the caret at the J of \partial J


def test_the_loglik_by_its_own_name_beside_no_j_is_judged(tmp_path) -> None:
    # the same page differentiating ℓ by its name: judged against ℓ, the first step's minus a slip (line 7)
    page = _LOGLIK_THEN_UNDEFINED_J.replace(r"\frac{\partial J}", r"\frac{\partial \ell}")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [7])


#: one example's loss L displayed, "averaged over the training set:", ∂J/∂w of a J the page never defines (line 9):
#: right for J = (1/m)Σᵢ L⁽ⁱ⁾, wrong for J = L
_ONE_EXAMPLE_L_THEN_J = r"""# Logistic regression

The loss for one example:

$$L(\hat{y}, y) = -\left[y \log \hat{y} + (1 - y)\log(1 - \hat{y})\right]$$

with $\hat{y} = \sigma(w^T x + b)$. Averaged over the training set:

$$\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m \left(-\frac{y^{(i)}}{\hat{y}^{(i)}} + \frac{1-y^{(i)}}{1-\hat{y}^{(i)}}\right)\hat{y}^{(i)}(1-\hat{y}^{(i)}) x^{(i)} = \frac{1}{m}\sum_{i=1}^m (\hat{y}^{(i)} - y^{(i)}) x^{(i)}$$
"""


def test_the_mean_of_one_example_losses_by_hand() -> None:
    # the sides of line 9 against finite differences of J = (1/m)Σᵢ L⁽ⁱ⁾ (the intercept b kept apart: θ = (b, w))
    theta = np.array([0.1, -0.5, 0.9])
    m = len(_Y)
    h = _sigmoid(_X @ theta)
    by_mean = central_differences(lambda t: -_loglik(t) / m, theta)[1:]
    first = ((-_Y / h + (1 - _Y) / (1 - h)) * h * (1 - h)) @ _X[:, 1:] / m
    assert np.allclose(first, by_mean, atol=1e-7) and np.allclose((h - _Y) @ _X[:, 1:] / m, by_mean, atol=1e-7)


def test_a_derivative_of_an_undefined_j_summing_beside_one_example_loss_is_refused(tmp_path) -> None:
    # was: "Checking ∂L/∂wⱼ", J read as one example's L, the right first step 'wrong at line 9'; now refused at the J
    result = steps_of_page(tmp_path, _ONE_EXAMPLE_L_THEN_J, "--timeout", "60")
    assert result.exit_code == 2
    assert "wrong" not in result.output
    assert "the derivation differentiates J, which the notes do not define; they define L (line 5), one example's " \
           "loss" in result.stderr
    assert "line 9, column 18" in result.stderr


def test_a_chain_not_read_alone_has_the_caret_on_it_not_on_the_cost(tmp_path) -> None:
    # ∂J/∂θ₀ (right) beside an algebra chain of no derivative (its last side a slip: (y − θ₀)² ≠ (θ₀ + y)²): the
    # refusal names the chain of line 9, and its caret was on the cost's line 3 (the reason the chain alone gave);
    # now on line 9, the chain it names
    page = r"""# Linear regression

$$J(\theta_0) = \frac{1}{2m}\sum_{i=1}^m (\theta_0 - y^{(i)})^2$$

$$\frac{\partial J}{\partial \theta_0} = \frac{1}{m}\sum_{i=1}^m (\theta_0 - y^{(i)}) = \theta_0 - \frac{1}{m}\sum_{i=1}^m y^{(i)}$$

Note that the square does not care about the order:

$$(y - \theta_0)^2 = y^2 - 2 y \theta_0 + \theta_0^2 = (\theta_0 + y)^2$$
"""
    y, theta0 = 0.7, -0.4
    assert not np.isclose((y - theta0) ** 2, (theta0 + y) ** 2)  # the slip is one: no verdict of 'right' may be given
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "the one of line 9 is not read" in result.stderr
    assert "(in FILE, line 9, column" in result.stderr

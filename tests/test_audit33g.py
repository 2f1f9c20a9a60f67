r"""audit33g: misreads found in hunt33's and fixderiv33's new readings.

1. fixderiv33's '=>' cut read a case as a definition: prose's "For one example: $y = 1 => J(\theta) = -\log(h_\theta(x))$"
   (Ng's cost written case by case: if y = 1 the cost is −log h) was cut, and J = −log h taken for the page's cost;
   the right logistic gradient (1/m)Σ(h − y)xⱼ was then judged "✗ wrong" (a false "wrong"; before the cut the span
   was no definition and the page was read against the default logistic cost, right). The same held for a display
   ``$$y = 1 \Rightarrow J = …$$``. A side that sets a name to a number is a case: not cut.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.implication import implications_cut, inline_implications_cut

from _numeric import central_differences
from work import assert_linear


def _run(tmp_path: Path, text: str, *options: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60", *options])
    review = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result, review


# ---- 1. '=>' after a case (y = 1): the cost in that case only, never the page's cost ------------------------------

CASE_PAGE = r'''# Logistic regression

For one example: CASE.

With $h_\theta(x) = \sigma(\theta^T x)$ the partial derivatives are

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}$$
'''


def test_the_logistic_gradient_by_finite_differences():
    """By hand: J = −(1/m)Σ[y log h + (1 − y) log(1 − h)], h = σ(Xθ), has ∇J = (1/m)Xᵀ(h − y); the y = 1 case's cost
    −log h of one example has −(1 − h)x, another gradient: reading it as the page's cost changes the verdict."""
    rng = np.random.default_rng(331)
    X, y, theta = rng.normal(size=(6, 3)), rng.uniform(size=6), rng.normal(size=3)
    sigma = lambda t: 1 / (1 + np.exp(-X @ t))  # noqa: E731
    cost = lambda t: -np.mean(y * np.log(sigma(t)) + (1 - y) * np.log(1 - sigma(t)))  # noqa: E731
    assert np.allclose(central_differences(cost, theta), X.T @ (sigma(theta) - y) / len(y), atol=1e-6)
    one = central_differences(lambda t: -np.log(sigma(t)[0]), theta)
    assert np.allclose(one, -(1 - sigma(theta)[0]) * X[0], atol=1e-6)
    assert not np.allclose(one, X.T @ (sigma(theta) - y) / len(y), atol=1e-3)


@pytest.mark.parametrize("case", [r"$y = 1 => J(\theta) = -\log(h_\theta(x))$",
                                  r"$y^{(i)} = 1 => J(\theta) = -\log(h_\theta(x))$",
                                  r"$J(\theta) = -\log(1 - h_\theta(x)) => y = 0$"])
def test_a_case_before_the_typed_arrow_is_no_definition_of_the_cost(tmp_path, case):
    """Read against the default logistic cost (right), or refused; never judged against the one case's cost."""
    result, review = _run(tmp_path, CASE_PAGE.replace("CASE", case))
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert review["ending"] == "gradient"
        assert not any("cost is the one line 3 defines" in note for note in review["notes"])


def test_the_case_is_not_cut_in_a_display_or_inline():
    where = lambda line: f"line {line}"  # noqa: E731
    for text in [r"so $$y = 1 \Rightarrow J = -\log h$$ then", r"so $$y = 0 => J = -\log(1 - h)$$ then"]:
        assert implications_cut(text, where) == (text, [])
    text = r"For one example: $y = 1 => J(\theta) = -\log(h_\theta(x))$."
    assert inline_implications_cut(text, where) == (text, [])
    # a definition on each side is still cut
    cut, notes = inline_implications_cut(r"Let $z = w x + b => \hat{y} = \sigma(z)$ here.", where)
    assert cut != r"Let $z = w x + b => \hat{y} = \sigma(z)$ here." and len(notes) == 1


# ---- 2. a squared error named in words the list missed, or beside a log-loss ----------------------------------------
#
# hunt33's cost_words refused a page naming "mean squared error" with no cost written; "quadratic loss", "L2 loss",
# "sum of squared differences" were not in its list, and a squared error named beside a log-loss word ("which is the
# maximum likelihood under Gaussian noise", "unlike logistic regression", "instead of the cross-entropy") let the
# page be judged against the default logistic cost: (2/m)Σ(h − y)xⱼ, right for the mean squared error, "✗ wrong".

WORDS_PAGE = r'''SENTENCE Its partial derivatives are

$$\frac{\partial J}{\partial \theta_j} = GRADIENT$$
'''
LINEAR = r"\frac{2}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}"
SIGMOID = (r"\frac{2}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)h_\theta(x^{(i)})"
           r"\left(1 - h_\theta(x^{(i)})\right)x_j^{(i)}")


def test_the_squared_errors_gradients_by_finite_differences():
    """By hand: (1/m)Σ(θᵀx − y)² has ∂/∂θⱼ = (2/m)Σ(θᵀx − y)xⱼ; (1/m)Σ(σ(θᵀx) − y)² has (2/m)Σ(h − y)h(1 − h)xⱼ;
    neither is the log-loss's (1/m)Σ(h − y)xⱼ, the default the pages were judged against."""
    rng = np.random.default_rng(332)
    X, y, theta = rng.normal(size=(7, 3)), rng.uniform(size=7), rng.normal(size=3)
    m = len(y)
    assert np.allclose(central_differences(lambda t: np.mean((X @ t - y) ** 2), theta),
                       2 / m * X.T @ (X @ theta - y), atol=1e-6)
    sigma = lambda t: 1 / (1 + np.exp(-X @ t))  # noqa: E731
    h = sigma(theta)
    squared = central_differences(lambda t: np.mean((sigma(t) - y) ** 2), theta)
    assert np.allclose(squared, 2 / m * X.T @ ((h - y) * h * (1 - h)), atol=1e-6)
    assert not np.allclose(squared, X.T @ (h - y) / m, atol=1e-3)


@pytest.mark.parametrize("sentence, gradient, words", [
    ("We minimise the quadratic loss over the $m$ examples.", LINEAR, "quadratic loss"),
    ("We minimise the L2 loss over the $m$ examples.", LINEAR, "L2 loss"),
    ("We minimise the sum of squared differences over the $m$ examples.", LINEAR, "squared differences"),
    ("Linear regression minimises the mean squared error, which is the maximum likelihood estimate under Gaussian "
     "noise.", LINEAR, "mean squared error"),
    ("Unlike logistic regression, linear regression minimises the mean squared error.", LINEAR, "mean squared error"),
    (r"We fit $h_\theta(x) = \sigma(\theta^T x)$ by minimising the mean squared error instead of the cross-entropy.",
     SIGMOID, "mean squared error"),
    ("Linear regression, fitted by maximum likelihood over the $m$ examples.", LINEAR, "Linear regression"),
], ids=["quadratic", "L2", "differences", "likelihood", "unlike-logistic", "instead-of-cross-entropy",
        "linear-regression-by-likelihood"])
def test_a_squared_error_the_list_missed_or_beside_a_log_loss_is_refused(tmp_path, sentence, gradient, words):
    result, _ = _run(tmp_path, WORDS_PAGE.replace("SENTENCE", sentence).replace("GRADIENT", gradient))
    assert result.exit_code == 2, result.output
    assert f"names '{words}' in words" in result.stderr


def test_both_named_says_both(tmp_path):
    text = WORDS_PAGE.replace("SENTENCE", r"We fit $h_\theta(x) = \sigma(\theta^T x)$ by minimising the mean squared "
                              "error instead of the cross-entropy.").replace("GRADIENT", SIGMOID)
    result, _ = _run(tmp_path, text)
    assert "names 'cross-entropy' too: which is the page's cost, the words do not say" in result.stderr


def test_a_log_loss_alone_keeps_the_default(tmp_path):
    """Only the log-loss named, h = σ(θᵀx): (1/m)Σ(h − y)xⱼ is its gradient (finite differences above: the
    logistic one), read against the default as before."""
    text = WORDS_PAGE.replace("SENTENCE", r"We fit $h_\theta(x) = \sigma(\theta^T x)$ by minimising the cross-entropy."
                              ).replace("GRADIENT", LINEAR.replace(r"\frac{2}{m}", r"\frac{1}{m}"))
    result, review = _run(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient"


def test_the_words_stay_fast_on_a_long_page():
    from logderiv.notation.cost_words import squared_error_named

    def page(n: int) -> str:
        return "quadratic " * n + "L2 " * (2 * n) + "squared " * n + "cross " * n

    long = page(1000)
    assert squared_error_named(long) is None
    assert squared_error_named(long + " L2 loss likelihood") is not None
    # counted, not timed (tests/work.py): the reading is a few scans of regular expressions, 8 calls at any length;
    # their backtracking would be inside one call, so benchmarks/scaling.py times them ("cost words")
    def words(n: int) -> Callable[[], object]:
        text = page(n)
        return lambda: (squared_error_named(text), squared_error_named(text + " L2 loss likelihood"))

    assert_linear(words, 1000)


# ---- 3. a penalty added to the cost, written J = J + α Σ_{k=1}^n θₖ², taken for an update --------------------------
#
# hunt33 blanked the sum's bound in an update written with '=' so that θⱼ = θⱼ − α(1/m)Σ_{i=1}^m … is read as one;
# the same blanking let J = J + α Σ_{k=1}^n θₖ² (the cost with its penalty, α its weight) be set aside as "an update
# rule … then a learning rate", and the right regularized gradient (1/m)Σ(h − y)xⱼ + 2αθⱼ judged "✗ wrong" against the
# cost without the penalty; before, the page was refused (the cost J rewritten: which one?).

PENALTY_PAGE = r'''# Regularized logistic regression

$$J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))\right]$$

with $h_\theta(x) = \sigma(\theta^T x)$. Adding the penalty,

$$J = J + \alpha\sum_{k=1}^{n}\theta_k^2$$

so the partial derivatives are

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)} + 2\alpha\theta_j$$
'''


def test_the_penalised_gradient_by_finite_differences():
    """By hand: J + αΣθₖ² has ∂/∂θⱼ = (1/m)Σ(h − y)xⱼ + 2αθⱼ: the page's last line is right for the cost it means."""
    rng = np.random.default_rng(333)
    X, y, theta, alpha = rng.normal(size=(6, 3)), rng.uniform(size=6), rng.normal(size=3), 0.7
    sigma = lambda t: 1 / (1 + np.exp(-X @ t))  # noqa: E731
    cost = lambda t: -np.mean(y * np.log(sigma(t)) + (1 - y) * np.log(1 - sigma(t))) + alpha * np.sum(t ** 2)  # noqa
    assert np.allclose(central_differences(cost, theta), X.T @ (sigma(theta) - y) / len(y) + 2 * alpha * theta,
                       atol=1e-6)


def test_a_penalty_added_to_the_cost_is_no_update(tmp_path):
    from logderiv.notation import page

    assert page._rate_step(r"J = J + \alpha\sum_{k=1}^{n}\theta_k^2") is None
    assert page._rate_step(r"\theta_j = \theta_j - \alpha\frac{1}{m}\sum_{i=1}^{m}(h - y)x_j") is not None
    result, review = _run(tmp_path, PENALTY_PAGE)
    assert result.exit_code != 1, result.output  # never "wrong": the page's gradient is right for its cost
    if result.exit_code == 0:
        assert review["ending"] == "gradient"
    assert "update rule" not in result.output + result.stderr


# ---- 4. 'linear regression' set aside by any σ on the page: the noise's σ², a sum's Σ, a covariance \Sigma ----------
#
# cost_words keeps the default logistic cost for a page naming linear regression when a sigmoid is on it; the sigmoid
# was any σ, \sigma, and (case-insensitively) any Σ or \Sigma: "linear regression with Gaussian noise of variance
# $\sigma^2$" then (2/m)Σ(h − y)xⱼ, the mean squared error's gradient (finite differences in section 2), was "✗ wrong".

@pytest.mark.parametrize("sentence", [
    r"For linear regression with Gaussian noise of variance $\sigma^2$ on the targets, over the $m$ examples.",
    r"For linear regression, with the features' covariance $\Sigma$ left aside, over the $m$ examples.",
], ids=["sigma-squared", "covariance"])
def test_linear_regression_beside_a_sigma_that_is_no_sigmoid_is_refused(tmp_path, sentence):
    result, _ = _run(tmp_path, WORDS_PAGE.replace("SENTENCE", sentence).replace("GRADIENT", LINEAR))
    assert result.exit_code == 2, result.output
    assert "names 'linear regression' in words" in result.stderr


def test_the_sigmoid_is_sigma_applied():
    from logderiv.notation.cost_words import squared_error_named

    assert squared_error_named(r"Unlike linear regression, $h = \sigma(\theta^T x)$.") is None
    assert squared_error_named(r"Unlike linear regression, $h = σ(θ^T x)$.") is None
    assert squared_error_named(r"Unlike linear regression, $h = \sigma\left(\theta^T x\right)$.") is None
    assert squared_error_named(r"Unlike linear regression, h is the sigmoid of θᵀx.") is None
    for text in [r"linear regression, noise $\sigma^2$", "linear regression: J = (1/m)Σ(θᵀx − y)²",
                 r"linear regression, covariance $\Sigma(\theta)$"]:
        assert squared_error_named(text) is not None, text


# ---- 5. the inline '=>' cut's "no derivative in the span" missed dL/dz and \frac{dL}{dz} -----------------------------
#
# fixderiv33 cuts prose's $A = B => C = D$ only where the span takes no derivative (a rule stated in prose stays);
# its test for one saw ∂, \partial, ∇, d/d and \frac{d …} with the d alone, so "$dL/dz = \hat{y} - y => dL/dw =
# 2(\hat{y} - y)x$" (a chain-rule claim, its second half wrong: ∂L/∂w = (ŷ − y)x by finite differences in section 1's
# logistic loss) was cut and each half offered as a definition, against the reading's own scope.

@pytest.mark.parametrize("span", [
    r"$dL/dz = \hat{y} - y => dL/dw = 2(\hat{y} - y)x$",
    r"$\frac{dL}{dz} = \hat{y} - y => \frac{dL}{dw} = 2(\hat{y} - y)x$",
    r"$\dfrac{dJ}{dw} = 2(w - 3) => \dfrac{dJ}{db} = 0$",
    r"$\frac{\mathrm{d}L}{\mathrm{d}z} = \hat{y} - y => \frac{\mathrm{d}L}{\mathrm{d}w} = (\hat{y} - y)x$",
])
def test_a_derivative_spelt_with_its_name_after_the_d_is_not_cut_in_prose(span):
    text = f"By the chain rule, {span}."
    assert inline_implications_cut(text, lambda line: f"line {line}") == (text, [])

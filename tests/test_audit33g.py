r"""audit33g: misreads found in hunt33's and fixderiv33's new readings.

1. fixderiv33's '=>' cut read a case as a definition: prose's "For one example: $y = 1 => J(\theta) = -\log(h_\theta(x))$"
   (Ng's cost written case by case: if y = 1 the cost is −log h) was cut, and J = −log h taken for the page's cost;
   the right logistic gradient (1/m)Σ(h − y)xⱼ was then judged "✗ wrong" (a false "wrong"; before the cut the span
   was no definition and the page was read against the default logistic cost, right). The same held for a display
   ``$$y = 1 \Rightarrow J = …$$``. A side that sets a name to a number is a case: not cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.implication import implications_cut, inline_implications_cut

from _numeric import central_differences


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

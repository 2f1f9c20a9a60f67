"""audsig37: an audit of fixsig37 (σ′ pages read with x as the argument) for silent misreads.

The z form of a σ′ page, f(z) = 1/(1 + e^{−z}) then f′(z) = e^{−z}/(1 + e^{−z})² = f(z)(1 − f(z)), was judged
"wrong at line 3" on main and on fixsig37: the prime opening f′(z) was read as σ(z)(1 − σ(z)) and compared with the
default logistic cost's ∂J/∂θⱼ, which the page never differentiates (a false "wrong", release-blocking). The
page's derivative is f's by z: each side is checked here by hand and by central differences (tests/_numeric.py),
never with logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences, sigmoid

POINTS = np.array([0.51, -1.7, 2.3])


def sigma_prime(at: np.ndarray) -> np.ndarray:
    """σ′ at each point by central differences of σ."""
    return np.array([central_differences(lambda v: float(np.sum(sigmoid(v))), np.array([point]))[0]
                     for point in at])


def test_the_sides_by_hand() -> None:
    # by hand: (1/(1+e^{−z}))′ = e^{−z}/(1+e^{−z})² = σ(1 − σ); σ(1 + σ) is not it
    numeric = sigma_prime(POINTS)
    e = np.exp(-POINTS)
    assert np.allclose(numeric, e / (1 + e) ** 2, rtol=1e-6)
    assert np.allclose(numeric, sigmoid(POINTS) * (1 - sigmoid(POINTS)), rtol=1e-6)
    assert not np.allclose(numeric, sigmoid(POINTS) * (1 + sigmoid(POINTS)), rtol=1e-2)


RIGHT = "\\frac{e^{-%s}}{(1 + e^{-%s})^{2}}"


def page(name: str, variable: str, prime: str = "'", last: str = "(1 - {f})") -> str:
    v = variable
    f = f"{name}({v})"
    return (f"$${name}({v})=\\frac{{1}}{{1+e^{{-{v}}}}}$$\n\n"
            f"$${name}{prime}({v}) = {RIGHT % (v, v)} = {f} {last.format(f=f)}$$\n")


@pytest.mark.parametrize("text", [
    page("f", "z"),  # the fix report's page, a false "wrong at line 3" on main
    page("g", "z"),
    page("\\sigma", "z"),
    page("f", "z", "^\\prime"),
    page("f", "t"),
    page("f", "u"),
])
def test_a_prime_of_a_one_variable_sigmoid_is_not_judged_against_the_cost(tmp_path: Path, text: str) -> None:
    # every side is σ′ (checked above): the page holds, and is never "wrong" against ∂J/∂θⱼ
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        code, ending, wrong, review = review_of_page(tmp_path, text)
        assert (code, ending, wrong) == (0, "gradient", [])
        assert review["wrt"]["text"] in ("z", "t", "u")


@pytest.mark.parametrize("name", ["f", "\\sigma"])
def test_a_slip_on_such_a_page_is_found_at_its_side(tmp_path: Path, name: str) -> None:
    # f(z)(1 + f(z)) for f(z)(1 − f(z)): 1.02 against 0.234 at z = 0.51 (the last side only)
    text = page(name, "z", last="(1 + {f})")
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert (code, ending) == (1, "wrong")
    steps = review["steps"]
    assert [step["valid"] for step in steps] == [True, True, False]
    assert review["wrt"]["text"] == "z"


def test_a_page_with_a_cost_keeps_its_reading(tmp_path: Path) -> None:
    # the σ′ lemma beside a cost's derivation by θⱼ: not this reading (∂ on the page)
    text = ("$$\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})"
            "x_j^{(i)}$$\n")
    result = steps_of_page(tmp_path, text)
    assert "read as the derivative of" not in result.output


X_SIDES = "$$f'(x) = \\frac{e^{-x}}{(1 + e^{-x})^{2}} = f(x) (1 - f(x))$$\n"


@pytest.mark.parametrize("text", [
    # the forms of σ(x) the σ′ page's x reading does not see: each was "wrong at line 3" against ∂J/∂θⱼ (x read as
    # x_j), though every side is σ′(x) (checked above; e^x/(1+e^x) = σ(x) checked here)
    "$$f(x)=\\frac{e^x}{1+e^{x}}$$\n\n$$f'(x) = \\frac{e^{x}}{(1 + e^{x})^{2}} = f(x) (1 - f(x))$$\n",
    "$$f(x)=\\frac{1}{1+\\exp(-x)}$$\n\n" + X_SIDES,
    "$$f(x)=\\frac{1}{e^{-x}+1}$$\n\n" + X_SIDES,
    "f(x) = 1/(1+exp(-x))\n\nf'(x) = exp(-x)/(1+exp(-x))^2 = f(x)(1-f(x))\n",
    "sigma(x) = 1/(1+e^(-x))\n\nsigma'(x) = e^(-x)/(1+e^(-x))^2 = sigma(x)(1-sigma(x))\n",
])
def test_a_prime_by_x_is_refused_not_judged_against_the_cost(tmp_path: Path, text: str) -> None:
    e = np.exp(POINTS)
    assert np.allclose(e / (1 + e) ** 2, sigma_prime(POINTS), rtol=1e-6)  # e^x/(1+e^x)² = σ′(x)
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert "the derivative of the sigmoid by x, and writes no cost and no parameter" in first
    assert "line 3" in first


def test_a_page_of_one_letter_alone_is_not_judged_against_the_cost(tmp_path: Path) -> None:
    # σ(z) = z², σ′(z) = 2z: by hand (z²)′ = 2z (checked by central differences at the points); the page is right
    # for what it writes, but main read σ(z) = z² as the derivation's first line and said "wrong at line 1: it is
    # not ∂J/∂θⱼ" (a false "wrong"): refused now, saying why
    numeric = np.array([central_differences(lambda v: float(v[0] ** 2), np.array([p]))[0] for p in POINTS])
    assert np.allclose(numeric, 2 * POINTS, rtol=1e-6)
    result = steps_of_page(tmp_path, "$$\\sigma(z)=z^2$$\n\n$$\\sigma'(z) = 2z$$\n")
    assert result.exit_code == 2, result.output
    assert "every line of the page is a function of z alone" in result.stderr.splitlines()[0]

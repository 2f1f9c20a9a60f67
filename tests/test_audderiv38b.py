"""audderiv38b: an adversarial review of fixderiv38b's reading of a prose chain h(x) = Σₖ θₖxₖ = θᵀx as h(x) = θᵀx.

No misread was found; these pin the near misses tried. The chain claims one value two ways, so the reading is sound
only while a page read through it is judged as the same page with its model written θᵀx alone: each variant below is
judged alike both ways (a slip found at its own line, a right ending kept), and the gradients expected are checked
by hand here with central differences, never by logderiv. A θ₀ (the sum from 0 versus 1, the fixer's worry) is
refused, not read: logderiv numbers the features 1..n, where Σ_{k=0}^n and Σ_{k=1}^n give the same ∂/∂θⱼ, xⱼ.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

CHAINS = ["\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx",         # CS229's, from 0 (x₀ = 1)
          "\\sum_{i=0}^n\\theta_ix_i=\\theta^Tx",         # the example's index letter, bound in the sum
          "\\sum_{j=0}^m\\theta_jx_j=\\theta^Tx",         # another bound letter: still the inner product it claims
          "x^T\\theta=\\sum_{j=1}^n x_j\\theta_j"]        # the vector side first, from 1
NOTED = "the sum over the features is the inner product written out"

LINEAR = ("Model: $HEAD=MODEL$.\n\n"
          "Cost: $J(\\theta)=\\frac{1}{2m}\\sum_{i=1}^m(H(x^{(i)})-y^{(i)})^2$.\n\n"
          "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (H(x^{(i)})-y^{(i)})LAST$$\n")
LOGISTIC = ("Let $z=MODEL$ and $h(x)=\\frac{1}{1+e^{-z}}$.\n\n"
            "Cost: $J(\\theta)=-\\frac{1}{m}\\sum_{i=1}^m\\left(y^{(i)}\\log h(x^{(i)})+(1-y^{(i)})\\log(1-h(x^{(i)}))"
            "\\right)$.\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})LAST$$\n")


def _data(seed: int = 381) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    generator = np.random.default_rng(seed)
    X = generator.normal(size=(6, 3))
    return X, generator.integers(0, 2, size=6).astype(float), generator.normal(size=3)


def test_the_hand_gradients_hold() -> None:
    X, y, theta = _data()
    m = len(y)
    # Σⱼ θⱼxⱼ is θᵀx, from 1 over n features (logderiv's numbering) and x₀ = 1 beside θ₀ from 0
    assert np.allclose([sum(theta[k] * row[k] for k in range(3)) for row in X], X @ theta)
    ones = np.hstack([np.ones((m, 1)), X])
    assert np.allclose([sum(np.r_[0.7, theta][k] * row[k] for k in range(4)) for row in ones], 0.7 + X @ theta)
    # linear: J = (1/2m) Σ (θᵀx − y)², ∂J/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ; without xⱼ, or with θⱼ for it, not
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(numeric, np.full(3, np.sum(X @ theta - y) / m), atol=1e-3)
    assert not np.allclose(numeric, np.sum(X @ theta - y) / m * theta, atol=1e-3)
    # logistic with z = θᵀx: ∂J/∂θⱼ = (1/m) Σ (h − y) xⱼ; with an extra h, not
    def cross_entropy(t: np.ndarray) -> float:
        h = 1 / (1 + np.exp(-(X @ t)))
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))
    h = 1 / (1 + np.exp(-(X @ theta)))
    numeric = central_differences(cross_entropy, theta)
    assert np.allclose(numeric, X.T @ (h - y) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ ((h - y) * h) / m, atol=1e-3)


@pytest.mark.parametrize("head, name", [("h(x)", "h"), ("h_\\theta(x)", "h_\\theta"), ("h(x):", "h")])
@pytest.mark.parametrize("chain", CHAINS)
@pytest.mark.parametrize("last, expected", [("x_j^{(i)}", (0, "gradient", [])), ("", (1, "wrong", [5])),
                                            ("\\theta_j", (1, "wrong", [5]))])
def test_a_linear_page_is_judged_as_with_its_model_written_alone(tmp_path: Path, head: str, name: str, chain: str,
                                                                 last: str, expected: tuple) -> None:
    page = LINEAR.replace("HEAD", head).replace("H(", f"{name}(").replace("LAST", last)
    code, ending, wrong, review = review_of_page(tmp_path, page.replace("MODEL", chain))
    assert (code, ending, wrong) == expected
    assert any(NOTED in note for note in review["notes"])
    assert review_of_page(tmp_path, page.replace("MODEL", "\\theta^Tx"))[:3] == expected


@pytest.mark.parametrize("chain", CHAINS)
@pytest.mark.parametrize("last, expected", [("x_j^{(i)}", (0, "gradient", [])), ("", (1, "wrong", [5])),
                                            ("h(x^{(i)})x_j^{(i)}", (1, "wrong", [5]))])
def test_a_logistic_page_with_z_the_chain_is_judged_alike(tmp_path: Path, chain: str, last: str,
                                                          expected: tuple) -> None:
    page = LOGISTIC.replace("LAST", last)
    assert review_of_page(tmp_path, page.replace("MODEL", chain))[:3] == expected
    assert review_of_page(tmp_path, page.replace("MODEL", "\\theta^Tx"))[:3] == expected


@pytest.mark.parametrize("chain", ["\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx", "\\sum_{j=1}^n\\theta_jx_j=\\theta^Tx"])
@pytest.mark.parametrize("last", ["", "x_0^{(i)}"])
def test_a_derivative_by_theta_0_is_refused_whichever_bound(tmp_path: Path, chain: str, last: str) -> None:
    # from 0, ∂J/∂θ₀ = (1/m) Σ (h − y) (x₀ = 1); from 1, θ₀ is in no term, 0: refused either way, never judged
    page = LINEAR.replace("HEAD", "h(x)").replace("H(", "h(").replace("MODEL", chain).replace("theta_j} =",
                                                                                              "theta_0} =")
    result = steps_of_page(tmp_path, page.replace("LAST", last))
    assert result.exit_code == 2 and "theta_0 is not a component here" in result.stderr


def test_a_wrong_lemma_beside_the_chain_is_found(tmp_path: Path) -> None:
    # ∂h/∂θⱼ of Σₖ θₖxₖ is xⱼ, not θⱼ (the sum's index bound, j the derivative's)
    page = ("Model: $h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx$.\n\n"
            "Cost: $J(\\theta)=\\frac{1}{2m}\\sum_{i=1}^m(h(x^{(i)})-y^{(i)})^2$.\n\n"
            "Lemma: $$\\frac{\\partial h(x)}{\\partial\\theta_j}=\\theta_j$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})"
            "\\frac{\\partial h(x^{(i)})}{\\partial\\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})x_j^{(i)}$$\n")
    code, _, _, review = review_of_page(tmp_path, page)
    assert code == 1
    assert all(step["valid"] for step in review["steps"])  # the derivation itself is right
    assert [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False] == [5]


@pytest.mark.parametrize("model", ["h(x)=\\frac{1}{1+e^{-\\theta^Tx}}", None])
def test_a_second_definition_of_h_is_still_refused(tmp_path: Path, model: str | None) -> None:
    # the linear chain and a logistic h on one page, or a --let of the logistic h: which h is meant is asked
    page = ("Linear model: $h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx$.\n\n"
            + (f"Logistic model: ${model}$.\n\n" if model else "")
            + "Cost: $J(\\theta)=-\\frac{1}{m}\\sum_{i=1}^m\\left(y^{(i)}\\log h(x^{(i)})+(1-y^{(i)})"
              "\\log(1-h(x^{(i)}))\\right)$.\n\n"
              "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})x_j^{(i)}$$\n")
    options = () if model else ("--let", "h(x)=\\frac{1}{1+e^{-\\theta^Tx}}")
    result = steps_of_page(tmp_path, page, *options)
    assert result.exit_code == 2 and "Traceback" not in result.output


CS229 = Path(__file__).parent / "derivations_cold40" / "en_notes_cs229_lms_trace_gradient_one_line_align.md"


@pytest.mark.parametrize("old, new, expected", [
    # the display's J without the prose's ½: not the cost the page defines, wrong at its own line
    ("J(\\theta)=\\frac{1}{2}(X\\theta-y)^T", "J(\\theta)=(X\\theta-y)^T", (1, "gradient", [13])),
    # the prose's J without ½ (Σ (θᵀx − y)², the chain's h read): its gradient is 2Xᵀ(Xθ − y), not the ending
    ("J(\\theta)=1/2\\sum", "J(\\theta)=\\sum", (1, "wrong", [13])),
    # the sum's index i and bound m (the examples' letters) in the model: the inner product it claims all the same
    ("\\sum_{i=0}^n", "\\sum_{i=1}^m", (0, "gradient", [])),
])
def test_cs229_near_misses(tmp_path: Path, old: str, new: str, expected: tuple) -> None:
    X, y, theta = _data()
    numeric = central_differences(lambda t: float((X @ t - y) @ (X @ t - y)), theta)
    assert np.allclose(numeric, 2 * X.T @ (X @ theta - y), atol=1e-5)
    assert not np.allclose(numeric, X.T @ X @ theta - X.T @ y, atol=1e-3)
    text = CS229.read_text(encoding="utf-8")
    assert old in text
    assert review_of_page(tmp_path, text.replace(old, new))[:3] == expected

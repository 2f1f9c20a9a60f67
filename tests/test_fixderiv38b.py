"""fixderiv38b: a model defined in the prose as a chain h(x) = Σₖ θₖxₖ = θᵀx is read as h(x) = θᵀx (issue 10, cold40).

ML notes (CS229's LMS section) define the prediction once written out over the features and once as the inner
product, one value two ways. It was refused ("defines h … in a form not read as a definition"); it is now read as
its vector form, and a note says so. Only that chain is: two sides, one the sum Σ_{k=0|1}^{n} θₖxₖ (or xₖθₖ) of the
same parameter letter as the other, θᵀx or xᵀθ. Any other chain is refused as before (the guard tests).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

COLD40 = Path(__file__).parent / "derivations_cold40"
# source: public code index file (tests/derivations_cold40/expected.txt, "cs229"), CS229 LMS notes, line 5 verbatim
CS229 = "en_notes_cs229_lms_trace_gradient_one_line_align.md"
NOTE = ("line 5 defines h as a chain, h(x)=\\sum_{i=0}^n\\theta_ix_i=\\theta^Tx: the sum over the features is the inner "
        "product written out entry by entry (the same value): read as h(x)=\\theta^Tx")
REFUSED = "in a form not read as a definition"

# a page in index form, the chain in its prose (the cs229 line's convention, index j), the linear cost and its
# derivative: (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ is the gradient (checked below by central differences)
PAGE = ("Model: $h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx$, the prediction.\n\n"
        "Cost: $J(\\theta)=\\frac{1}{2m}\\sum_{i=1}^m(h(x^{(i)})-y^{(i)})^2$.\n\n"
        "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})"
        "\\frac{\\partial h(x^{(i)})}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (h(x^{(i)})-y^{(i)})x_j^{(i)}$$\n")


def _data(seed: int = 38) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    generator = np.random.default_rng(seed)
    X = generator.normal(size=(7, 3))
    X[:, 0] = 1.0
    return X, generator.normal(size=7), generator.normal(size=3)


def test_the_hand_gradients_hold() -> None:
    X, y, theta = _data()
    # Σ_{k=0}^{n} θₖxₖ is θᵀx at every example (x₀ = 1 the intercept's feature)
    assert np.allclose([sum(theta[k] * row[k] for k in range(3)) for row in X], X @ theta)
    # cs229: J = ½(Xθ − y)ᵀ(Xθ − y), ∇J = XᵀXθ − Xᵀy; the planted ½XᵀXθ − Xᵀy is not it
    numeric = central_differences(lambda t: 0.5 * float((X @ t - y) @ (X @ t - y)), theta)
    assert np.allclose(numeric, X.T @ X @ theta - X.T @ y, atol=1e-5)
    assert not np.allclose(numeric, 0.5 * X.T @ X @ theta - X.T @ y, atol=1e-3)
    # PAGE: J = (1/2m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², ∂J/∂θⱼ = (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾; without xⱼ⁽ⁱ⁾ it is not
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / 14, theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / 7, atol=1e-6)
    assert not np.allclose(numeric, np.full(3, np.sum(X @ theta - y) / 7), atol=1e-3)


def test_the_cs229_page_is_read_with_its_model_noted(tmp_path: Path) -> None:
    text = (COLD40 / CS229).read_text(encoding="utf-8")
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert NOTE in review["notes"]


def test_the_cs229_planted_slip_is_found_on_line_15(tmp_path: Path) -> None:
    text = (COLD40 / CS229.replace(".md", "_planted_constant.md")).read_text(encoding="utf-8")
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert code == 1 and wrong == [15]
    assert NOTE in review["notes"]


@pytest.mark.parametrize("model", ["h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx",
                                   "h(x)=\\theta^Tx=\\sum_{j=0}^n x_j\\theta_j",
                                   "h(x) = \\sum_{j=1}^{n} \\theta_{j} x_{j} = \\theta^{T} x"])
def test_an_index_form_page_with_the_chain_is_judged(tmp_path: Path, model: str) -> None:
    page = PAGE.replace("h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx", model)
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the sum over the features is the inner product written out" in note for note in review["notes"])
    # the slip: the inner derivative xⱼ⁽ⁱ⁾ dropped, wrong at line 5
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(")x_j^{(i)}$$", ")$$"))
    assert code == 1 and wrong == [5]


@pytest.mark.parametrize("model", [
    "h(x)=\\sum_{j=0}^n\\theta_jx_j^2=\\theta^Tx",              # another summand: not the inner product
    "h(x)=\\sum_{j=0}^nw_jx_j=\\theta^Tx",                      # two parameter letters
    "h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx=x^T\\theta",     # a third side: not this convention
    "h(x)=\\sum_{j=0}^n\\theta_kx_j=\\theta^Tx",                # the summand's index is not the sum's
])
def test_other_chains_are_still_refused(tmp_path: Path, model: str) -> None:
    result = steps_of_page(tmp_path, PAGE.replace("h(x)=\\sum_{j=0}^n\\theta_jx_j=\\theta^Tx", model))
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert "(in FILE, line 1, column 9): line 1 defines h, which the derivation writes" in first
    assert REFUSED in first and "Traceback" not in result.output

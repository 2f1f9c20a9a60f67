"""A one-'=' equation beside the derivation that differentiates the cost itself, and that logderiv cannot read.

tests/derivations_cold8 (a blind set) holds a Chinese interview guide's BCE page: 𝓛 = −(1/N)Σ[…] is a mean, line 9
states ∂𝓛/∂zᵢ = ŷᵢ − yᵢ (the 1/N dropped: the true derivative is (ŷᵢ − yᵢ)/N), line 11 the right ∂𝓛/∂w. logderiv
could not read line 9 (z is data to it), named it in a note, and said "every step holds": the one wrong line on
the page went unchecked under a clean verdict. Such a line is a claim about the cost, not a fact such as σ′ = σ(1 − σ),
so the page is refused, as an unreadable worked chain beside the derivation already was.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from _derivations_table import steps_of_page
from _numeric import central_differences

PAGE = (Path(__file__).parent / "derivations_cold8" / "cn_interview_bce_dl_dzi_mean_dropped.md").read_text(encoding="utf-8")


def _mean_bce(z: np.ndarray, y: np.ndarray) -> float:
    p = 1 / (1 + np.exp(-z))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_the_pages_line_9_is_wrong_by_finite_differences():
    """∂𝓛/∂zᵢ of the mean cross-entropy is (σ(zᵢ) − yᵢ)/N, not σ(zᵢ) − yᵢ: the slip the clean verdict hid."""
    rng = np.random.default_rng(5)
    z, y = rng.normal(size=6), rng.integers(0, 2, size=6).astype(float)
    numeric = central_differences(lambda v: _mean_bce(v, y), z)
    sigma = 1 / (1 + np.exp(-z))
    assert np.allclose(numeric, (sigma - y) / z.size, atol=1e-7)
    assert not np.allclose(numeric, sigma - y, atol=1e-3)


def test_the_page_is_refused_at_its_unread_derivative_of_the_cost(tmp_path):
    result = steps_of_page(tmp_path, PAGE, "-f", "json")
    assert result.exit_code == 2, result.output
    error = json.loads(result.stdout)
    assert error["kind"] == "input"
    assert "line 9 differentiates the cost by another variable" in error["message"]
    assert "go unchecked" in error["message"]


def test_a_fact_of_one_equals_beside_it_is_still_only_noted(tmp_path):
    """σ′(z) = σ(z)(1 − σ(z)) written where it cannot be read stays a note: a fact, not a claim about the cost."""
    page = PAGE.replace(r"$$\frac{\partial \mathcal{L}}{\partial z_i} = \hat{y}_i - y_i$$",
                        r"$$\frac{d \sigma(q)}{d q} = \sigma(q)(1-\sigma(q))$$")
    assert page != PAGE
    result = steps_of_page(tmp_path, page, "-f", "json")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert all(step["valid"] for step in review["steps"])


def test_the_refusal_after_a_wrong_step_is_a_note(tmp_path):
    """With a wrong step before it on the page, the verdict stands whatever the unread line holds: noted, not refused."""
    page = PAGE.replace(r"(\hat{y}_i - y_i)x_i$$", r"(y_i - \hat{y}_i)x_i$$")
    page = page.replace("$$\\frac{\\partial \\mathcal{L}}{\\partial z_i} = \\hat{y}_i - y_i$$\n\n", "") + \
        "\n$$\\frac{\\partial \\mathcal{L}}{\\partial z_i} = \\hat{y}_i - y_i$$\n"
    result = steps_of_page(tmp_path, page, "-f", "json")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    review = json.loads(result.stdout)
    assert [step["valid"] for step in review["steps"]].count(False) >= 1
    assert any(note.startswith("line 11: not read: ") and "= …, an equation beside the derivation" in note
               and "after the first wrong step" in note for note in review["notes"]), review["notes"]

"""audcold41: an adversarial review of fixcold41 for silent misreads.

The ridge notes of cold43 (tests/derivations_cold43/en_notes_ridge_…) cut after their gradient, a shape notes take
every day (the cost, a side derivative ∇_w(wᵀw) = 2w, then the cost's gradient ∇_wJ(w) = 2Xᵀ(Xw − y) + 2λw), were
judged WRONG at the gradient: the matrix reader took the side derivative's wᵀw for the cost ("the cost is the one
line 48 writes under ∇: J = (w^Tw)") although the page names its cost J and defines it on line 8. By hand the gradient
is right: J(w) = ‖Xw − y‖² + λ‖w‖² has ∇J = 2Xᵀ(Xw − y) + 2λw (checked below by central finite differences). A
formula under ∇ in one chain and the cost's name under ∇ in another is a lemma beside the cost's derivation, never the
cost: refused, not guessed.
"""

from __future__ import annotations

from pathlib import Path

import numpy

from _derivations_table import steps_of_page
from _numeric import central_differences

_RIDGE = Path(__file__).parent / "derivations_cold43" / "en_notes_ridge_living_notes_nabla_w_t_w_then_normal_equation.md"


def test_ridge_gradient_by_finite_differences():
    generator = numpy.random.default_rng(4141)
    X, y, w, lam = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.3

    def cost(v):
        return float(numpy.sum((X @ v - y) ** 2) + lam * v @ v)

    assert numpy.allclose(central_differences(cost, w), 2 * X.T @ (X @ w - y) + 2 * lam * w, atol=1e-6)
    assert not numpy.allclose(central_differences(lambda v: float(v @ v), w), 2 * X.T @ (X @ w - y) + 2 * lam * w)


def _cut_ridge(drop_remarks: bool) -> str:
    lines = _RIDGE.read_text(encoding="utf-8").splitlines()[:56]  # up to the boxed gradient, line 54
    if drop_remarks:
        del lines[18:41]  # the ≫ comparison and the two λ → … limits
    return "\n".join(lines) + "\n"


def test_a_side_gradient_in_another_chain_is_not_the_cost(tmp_path):
    for drop in (False, True):
        result = steps_of_page(tmp_path, _cut_ridge(drop), "--timeout", "60")
        assert result.exit_code == 2, (drop, result.output)  # was 1: "wrong at line 54", against J = wᵀw
        message = result.stderr or result.output
        assert "w^Tw" in message and "not the cost" in message, message


def test_a_cost_written_out_under_nabla_in_the_same_chain_is_still_read(tmp_path):
    page = ("$$\n\\nabla_w J(w) = \\nabla_w (w^Tw) = 2w\n$$\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 0, result.output


_DEFINED_THEN_LEMMA = ("We minimise\n\n$$\nJ(w)=\\|Xw-y\\|_2^2+\\lambda w^Tw\n$$\n\nSince\n\n$$\n\\nabla_w(w^Tw)=2w,\n$$\n\n"
                       "we get\n\n$$\n\\nabla_wJ(w)=2X^T(Xw-y)+2\\lambda w.\n$$\n")


def test_a_side_derivative_after_the_cost_is_not_a_step(tmp_path):
    """The cost defined, the lemma ∇(wᵀw) = 2w in its own display, then ∇J: main judged the lemma's ∇(wᵀw) against
    ∇J ("wrong at line 10"), a false "wrong": every line is right by hand (the finite differences above check
    ∇J = 2Xᵀ(Xw − y) + 2λw; ∇(wᵀw) = 2w). Refused, naming the lemma."""
    result = steps_of_page(tmp_path, _DEFINED_THEN_LEMMA, "--timeout", "60")
    assert result.exit_code == 2, result.output
    message = result.stderr or result.output
    assert "line 10 takes ∇ of (w^Tw)" in message and "side derivative" in message, message

"""Pages of several chains of '=' (fixmulti25): each chain judged alone before the page is refused.

Where the page reader cannot tell which of several chains is the derivation (σ′(z) = …, NLL(θ) = … = …, then ∂J/∂θⱼ
= …), ``logderiv steps`` judged nothing: "the notes hold N derivations …; which one is checked?". By the tables'
page-level rule (tests/derivations_cold23/expected.txt) each chain is judged and the page ends at the gradient only
if every one does. Now each chain is read alone, the others blanked: where every one is read, they are listed in
turn and the page ends by that rule; where one is not, the refusal names that chain, its line and why; a chain that
alone names no cost the page defines is refused, never judged against the default cost (a guessed subject).

The mathematics of the verdicts is checked here by central finite differences (tests/_numeric.py), not by logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest

from pathlib import Path

from click.testing import CliRunner

from _derivations_table import steps_of_page
from _numeric import central_differences
from logderiv.errors import InputError
from logderiv.notation.page import SeveralChains, SeveralDerivations, read_page
from logderiv.cli import main
from logderiv.services import steps

HERE = Path(__file__).parent

#: x, y of three examples, for the finite differences of J(w, b) = (1/2m) Σ (w xᵢ + b − yᵢ)²
_X, _Y = np.array([0.5, -1.2, 2.0]), np.array([1.0, 0.3, -0.7])

#: ∂J/∂w right, ∂J/∂b with the 1/m dropped on its last side (line 5)
_TWO_CHAINS = r"""$$J(w, b) = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2$$

$$\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i) x_i = \frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - x_i y_i)$$

$$\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i) = \sum_{i=1}^m (w x_i + b - y_i)$$
"""


def _cost(at: np.ndarray) -> float:
    w, b = at
    return float(np.mean((w * _X + b - _Y) ** 2) / 2)


def test_the_planted_slip_is_one_and_the_rest_hold() -> None:
    # the page's sides, by hand in NumPy, against finite differences: ∂J/∂w's sides and ∂J/∂b's first are the
    # gradient, ∂J/∂b's last side (1/m dropped) is not
    at = np.array([0.4, -0.3])
    w, b = at
    by_w, by_b = central_differences(_cost, at)
    assert np.isclose(np.mean((w * _X + b - _Y) * _X), by_w)
    assert np.isclose(np.mean(w * _X ** 2 + b * _X - _X * _Y), by_w)
    assert np.isclose(np.mean(w * _X + b - _Y), by_b)
    assert not np.isclose(np.sum(w * _X + b - _Y), by_b)


def test_each_chain_is_judged_and_the_page_ends_by_the_worst() -> None:
    # the chains handed over as chains of unknown kind (SeveralChains, not SeveralDerivations): each is judged
    # alone against the cost, and the page ends wrong at ∂J/∂b's slip (line 5), ∂J/∂w's steps holding
    with pytest.raises(SeveralDerivations) as raised:
        read_page(_TWO_CHAINS)
    several = raised.value
    chains = SeveralChains(several.message, spans=several.spans, source=_TWO_CHAINS, column=several.column,
                           line=several.line, label="FILE")
    review = steps._each_chain(_TWO_CHAINS, chains, cost=None, input="auto", regularise_intercept=True,
                               file_kind="markdown")
    wrong = [step.written.line for step in review.steps if step.valid is False]
    assert review.ending == "wrong" and wrong[:1] == [5]
    assert all(step.valid is not False for step in review.steps if step.written.line == 3)
    # the page's summary, in every format's notes: how many chains, what each ended, the earliest wrong step the page's
    summary = next(note for note in review.notes if note.startswith("the notes hold 2 derivations"))
    assert "the page reader could not sort" in summary
    assert "∂J/∂w (line 3) ends at the gradient" in summary and "∂J/∂b (line 5) ends wrong" in summary


def test_a_chain_not_read_alone_is_named_with_its_line(tmp_path) -> None:
    # mathwikia (cold13): ∂D/∂a and ∂D/∂b, δ for ∂; the page itself now reads (its D = Σ_{i=1}^{n} counts the examples
    # by the lines' n, fixderiv38: wrong at line 10, tests/test_fixderiv38.py). Its D written with m, the lines' n is a
    # count of their own: the first chain is not read alone, and the refusal says which chain and why
    page = (HERE / "derivations_cold13" / "mathwikia_least_squares_dropped_two.md").read_text(encoding="utf-8")
    page = page.replace("minimize $D=\\sum_{i=1}^n", "minimize $D=\\sum_{i=1}^m")
    assert "D=\\sum_{i=1}^m" in page
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "which one is checked?" in result.stderr
    assert "Each chain was judged alone, the other derivations blanked, and the one of line 10 is not read" \
        in result.stderr
    assert "n counts the examples" in result.stderr


def test_one_derivation_beside_unsorted_definitions_keeps_the_refusal(tmp_path) -> None:
    # h's rewrite and the cost's chain are no derivations: kept beside the one derivation, they leave the page as
    # it was, refused as before (nothing judged one chain at a time, nothing guessed)
    page = r"""$$h_\theta(x) = \theta^T x = \sum_j \theta_j x_j$$

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m x_j^{(i)} h_\theta(x^{(i)}) - \frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)}$$

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 = \frac{1}{2m}\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)}))^2$$
"""
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "the notes hold 3 derivations" in result.stderr and "which one is checked?" in result.stderr
    assert "Each chain was judged alone" not in result.stderr


def test_a_chain_of_no_cost_the_page_defines_is_not_judged_against_the_default(tmp_path) -> None:
    # ∂J/∂θⱼ of a J the page never writes, beside a chain of no derivative: alone, the first would be judged against
    # the default cost (a guessed subject); refused, naming its line
    page = r"""$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m x_j^{(i)} h_\theta(x^{(i)}) - \frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)}$$

$$(y - \theta_0)^2 = y^2 - 2 y \theta_0 + \theta_0^2 = (\theta_0 - y)^2$$
"""
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "the one of line 1 differentiates no cost the page defines" in result.stderr
    assert "default cost" in result.stderr


def test_a_chain_judged_alone_is_not_read_chain_by_chain_again() -> None:
    # the guard: a chain read alone whose own page is several chains keeps its refusal (no reading without end)
    token = steps._JUDGING_ONE_CHAIN.set(True)
    try:
        with pytest.raises(InputError) as raised:
            steps.review_steps(r"""$$h_\theta(x) = \theta^T x = \sum_j \theta_j x_j$$

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m x_j^{(i)} h_\theta(x^{(i)}) - \frac{1}{m}\sum_{i=1}^m y^{(i)} x_j^{(i)}$$

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2 = \frac{1}{2m}\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)}))^2$$
""", file_kind="markdown")
    finally:
        steps._JUDGING_ONE_CHAIN.reset(token)
    assert "Each chain was judged alone" not in raised.value.message

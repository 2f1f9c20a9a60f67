"""``sum_i(…) * x``: a sum written as a call with its index says that it takes the product after its ')'.

``sum(h - y) * x_j`` already had the note (in NumPy or Octave the sum would
end at its ')', giving (Σ(h − y))·xⱼ); ``sum_i(…) * x``, the same call with
its index written, was read the same way — into the sum — silently (found by
fixcode2's review). The verdict is unchanged, the reading is now said.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from logderiv.cli import main

_COST = "1/(2m) sum_i (theta_0 + theta_1 x_i - y_i)^2"
_NOTE = "is read as one sum over the whole product after it"


def _check(answer: str) -> dict:
    result = CliRunner().invoke(main, ["check", answer, "--cost", _COST, "--wrt", "theta_1", "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("answer", [
    "sum_i(theta_0 + x*theta_1 - y) * x / m",
    "sum(theta_0 + x*theta_1 - y) * x / m",
])
def test_a_call_with_a_factor_after_it_says_the_sum_takes_it(answer):
    """(1/m) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)xᵢ is ∂/∂θ₁ of (1/(2m)) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)² (by hand): equivalent, and said."""
    verdict = _check(answer)
    assert verdict["verdict"] == "equivalent"
    assert any(_NOTE in note for note in verdict["notes"]), verdict["notes"]


@pytest.mark.parametrize("answer", [
    "sum_i (theta_0 + x*theta_1 - y) * x / m",  # spaced: written as mathematics, Σ runs on
    "sum_i((theta_0 + x*theta_1 - y) * x) / m",  # the factor is inside the call
])
def test_mathematics_or_a_whole_body_needs_no_such_note(answer):
    verdict = _check(answer)
    assert verdict["verdict"] == "equivalent"
    assert not any(_NOTE in note for note in verdict["notes"]), verdict["notes"]

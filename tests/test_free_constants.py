"""A cost's letters that nothing defines and that have no fixed meaning are constants, and a note says so.

``(y − c θᵀx)²``: c is a number that does not depend on θ, and the gradient has the factor c. That is the
literal reading and usually the meant one, but it is also how a misread hides (``tx_n``, EPFL's x̃ₙ, reads
as t·xₙ), so the letter is named in a note in every output format. The mathematics is held to central finite
differences of the cost written in NumPy (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv import check, derive
from logderiv.cli import main
from logderiv.notation.free_constants import constant_letters

COST = "J = 1/m sum_i (y_i - c theta^T x_i)^2"
NOTE = "c is not defined, so read as a constant"


def test_the_letter_is_named_and_the_gradient_has_its_factor():
    # by hand: ∂/∂θⱼ (1/m)Σ(y − cθᵀx)² = −(2c/m) Σ (y − cθᵀx) xⱼ; held to finite differences below
    rng = np.random.default_rng(11)
    x, y, theta, c = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3), 1.7

    def cost(t):
        return np.mean((y - c * x @ t) ** 2)

    by_hand = -2 * c / len(y) * x.T @ (y - c * x @ theta)
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-6)
    assert any(note.startswith(NOTE) for note in derive(COST).problem.notes)
    assert check("-2c/m sum_i (y_i - c theta^T x_i) x_j^(i)", cost=COST).verdict == "equivalent"
    assert check("-2/m sum_i (y_i - c theta^T x_i) x_j^(i)", cost=COST).verdict == "different"  # c lost


@pytest.mark.parametrize("form, marker", [("text", "note: "), ("json", '"'), ("latex", "% note: "), ("markdown", "- ")])
def test_the_note_is_in_every_format(form, marker):
    result = CliRunner().invoke(main, ["derive", COST, "-f", form])
    assert result.exit_code == 0, result.output
    assert marker + NOTE in result.output
    if form == "json":
        assert any(note.startswith(NOTE) for note in json.loads(result.output)["notes"])


def test_the_epfl_tx_reads_as_t_times_x_and_says_so():
    problem = derive(r"\frac{1}{N}\sum_{n=1}^N \log(1+\exp(-y_n tx_n^T w))", wrt="w_j").problem
    assert any(note.startswith("t is not defined, so read as a constant") for note in problem.notes)


@pytest.mark.parametrize("cost", [
    "-1/m sum_i (y_i log(h_i) + (1 - y_i) log(1 - h_i))",            # h: the prediction, defined by the reading
    "1/(2m) sum_i (theta^T x_i - y_i)^2 + lambda/(2m) sum_j theta_j^2",  # m, λ: fixed meanings
    "1/(2m) sum_i (w x_i + b - y_i)^2",                                # w, b: the parameters
])
def test_letters_with_a_meaning_get_no_such_note(cost):
    assert not any("read as a constant" in note for note in derive(cost, wrt="w" if "w x" in cost else "theta_j")
                   .problem.notes)


def test_the_components_own_index_is_no_constant():
    # x_j in a cost differentiated by θⱼ: the j is the component's (found by the fuzz run: "j is not defined")
    problem = derive("-1/m sum_i(log(y_i - softplus(theta_5 x_j)))").problem
    assert not any("read as a constant" in note for note in problem.notes)


def test_only_single_letters_and_greek_words_are_named():
    # y! (a factorial's symbol) and the variable differentiated by are never constants of the writer's
    assert constant_letters(["c", "y!", "alpha", "theta", "m", "b", "a", "j", "i"], wrt="a") == ["alpha", "c"]

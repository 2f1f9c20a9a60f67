"""A --let chain that calls a function another --let defines is compared with it put in, whichever comes first.

Ng's notes (and their copies) write ``h_θ(x) = g(θᵀx) = 1/(1 + e^(−θᵀx))`` and only then ``g(z) = 1/(1 + e^(−z))``:
given in that order, the chain's sides were compared with g unknown and refused as differing. By hand both sides
are σ(θᵀx), and the logistic gradient is (1/m)Σ(h − y)xⱼ; a g that is not σ (tanh) makes the sides differ.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

COST = "-1/m sum(y log h + (1-y) log(1-h))"
CHAIN = r"h_\theta(x)=g(\theta^Tx)=\frac{1}{1+e^{-\theta^Tx}}"
SIGMOID = r"g(z)=\frac{1}{1+e^{-z}}"


@pytest.mark.parametrize("lets", [[SIGMOID, CHAIN], [CHAIN, SIGMOID]], ids=["function first", "chain first"])
def test_the_chain_reads_with_the_function_in_either_order(lets):
    verdict = check("1/m sum((h - y) x_j)", cost=COST, let=lets)
    assert verdict.verdict == "equivalent"
    said = (*verdict.notes, *verdict.problem.notes)
    assert any("read with the --let g put in" in note for note in said)


def test_a_function_that_is_not_the_written_out_side_is_still_refused():
    with pytest.raises(InputError, match="the sides of the chain differ"):
        check("1/m sum((h - y) x_j)", cost=COST, let=["h=g(theta^T x)=1/(1+exp(-theta^T x))", "g(z)=tanh(z)"])

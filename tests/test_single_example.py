"""``notation.single_example.one_example_term``: a mean's sum read as one example's loss, on either side of its factor.

Pins the reading while the module is typed (issue 14): a product's two sides are rebuilt by name now, not through
a dict of field names, and must come out as before. Expected trees are the parser's own reading of the hand-written
one-example loss, compared without their spans (the columns differ, the shape may not).
"""

from __future__ import annotations

import dataclasses

import pytest

from logderiv.notation import plain, single_example


def _shape(node: object) -> object:
    """A tree node as nested tuples of its fields, its span left out."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return (type(node).__name__, *((field.name, _shape(getattr(node, field.name)))
                                       for field in dataclasses.fields(node) if field.name != "span"))
    if isinstance(node, (list, tuple)):
        return tuple(_shape(item) for item in node)
    return node


@pytest.mark.parametrize(("cost", "one_example", "mean"), [
    # the factor on the left, then on the right of the sum; 1/m is the mean's (read as 1/1: dropped with the index)
    ("1/2 * sum_i (h(x_i) - y_i)^2", "1/2 * (h(x) - y)^2", False),
    ("(sum_i (h(x_i) - y_i)^2) * 1/2", "((h(x) - y)^2) * 1/2", False),
    ("1/m * sum_i (h(x_i) - y_i)^2", "1/1 * (h(x) - y)^2", True),
    ("(sum_i (h(x_i) - y_i)^2) * (1/m)", "((h(x) - y)^2) * (1/1)", True),
])
def test_a_sum_beside_its_factor_is_one_examples_term(cost, one_example, mean):
    """c · Σᵢ ℓᵢ and Σᵢ ℓᵢ · c give c · ℓ and ℓ · c, the index dropped, and say whether a 1/m went."""
    term = single_example.one_example_term(plain.parse(cost))
    assert term is not None
    assert _shape(term[0]) == _shape(plain.parse(one_example))
    assert term[1] is mean


def test_a_penalty_beside_the_sum_has_no_one_example_term():
    """λ‖θ‖² beside the sum is no factor of it: None (the caller refuses)."""
    assert single_example.one_example_term(plain.parse("sum_i (h(x_i) - y_i)^2 + lambda * theta_1^2")) is None

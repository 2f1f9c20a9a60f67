"""check against a deep cost does bounded work: counted, never timed (benchmarks/nesting.py times it).

The chain rule written out by hand against a 10-deep σ tower took 10 s when right and more than 30 s (undecided)
when doubled. Two causes, each held here by a count of work: the builder's test for a product written
``np.dot(a, b)`` walked every product's subtree once per product, even in texts with no "dot"; and the
first-point comparison that orders the work called values around 1e-7 (a deep tower's gradient) "close" by an
absolute margin, so a plainly different answer was expanded symbolically (2¹⁰ terms) before being compared.
"""

from __future__ import annotations

import logderiv
from logderiv.notation import symbols, tree

DEPTH = 10


def _tower(depth: int) -> str:
    text = "theta^T x"
    for _ in range(depth):
        text = f"sigmoid({text})"
    return text


def _chain_rule(depth: int) -> str:
    """By hand: d/dθⱼ σ(σ(…σ(θᵀx)…)) = Π_k σ⁽ᵏ⁾(1 − σ⁽ᵏ⁾) · xⱼ, the chain rule through every level."""
    return "sum(" + " * ".join(f"{_tower(k)} * (1 - {_tower(k)})" for k in range(1, depth + 1)) + " * x_j)"


COST, RIGHT = f"sum({_tower(DEPTH)})", _chain_rule(DEPTH)
# each counting test reads texts no other test has read: logderiv remembers what it has built and judged


def test_the_written_chain_rule_is_right_and_its_double_is_not():
    assert logderiv.check(RIGHT, cost=COST, timeout=60).verdict == "equivalent"
    assert logderiv.check(f"2 * {RIGHT}", cost=COST, timeout=60).verdict == "different"


def test_building_a_deep_product_walks_each_node_a_bounded_number_of_times(monkeypatch):
    visits = 0
    walk = tree.walk

    def counted(node):
        nonlocal visits
        for inside in walk(node):
            visits += 1
            yield inside

    monkeypatch.setattr(tree, "walk", counted)
    logderiv.check(_chain_rule(DEPTH - 1), cost=f"sum({_tower(DEPTH - 1)})", timeout=60)
    # the answer has ~300 nodes; the quadratic walk made about 10 million visits
    assert visits < 200_000, visits


def test_a_plainly_different_answer_is_not_expanded_symbolically(monkeypatch):
    logderiv.check(RIGHT, cost=COST, timeout=60)  # warm: the gradient's own work is not counted
    expansions = 0
    expand = symbols.expand

    def counted(expr):
        nonlocal expansions
        expansions += 1
        return expand(expr)

    monkeypatch.setattr(symbols, "expand", counted)
    assert logderiv.check(f"3 * {RIGHT}", cost=COST, timeout=60).verdict == "different"
    assert expansions < 100, expansions

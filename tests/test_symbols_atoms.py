"""``symbols.atoms``: the remembered walk answers every question exactly as sympy's ``atoms`` does."""

from __future__ import annotations

import sympy

from logderiv.notation import symbols

x, y = sympy.symbols("x y")
i = sympy.Symbol("i", integer=True)
X = sympy.IndexedBase("X")
theta = sympy.IndexedBase("theta")
f = sympy.Function("f")

EXPRESSIONS = [
    sympy.Sum(X[i] ** 2 * sympy.exp(x) + sympy.Derivative(f(x), x) * y ** x, (i, 1, 5)),
    (theta[i] * X[i, 2] - y) ** 3 + sympy.log(1 + sympy.exp(-theta[i] * X[i, 1])) / x ** sympy.Symbol("T"),
    sympy.Integer(3),
]
KINDS = [(sympy.Indexed,), (sympy.Symbol,), (sympy.Pow,), (sympy.Derivative,), (sympy.Function,),
         (sympy.Pow, sympy.Symbol), (sympy.Add,), ()]


def test_the_same_set_in_the_same_order_as_sympys_atoms() -> None:
    """Each kind asked twice (the second from the remembered walk): sympy's set, iterated in sympy's order."""
    for expr in EXPRESSIONS:
        for kinds in KINDS:
            for _ in range(2):
                found = symbols.atoms(expr, *kinds)
                assert found == expr.atoms(*kinds)
                assert list(found) == list(expr.atoms(*kinds))


def test_a_derivative_and_an_indexed_power_are_found() -> None:
    """Hand-picked members, so that the comparison above is not of two empty sets."""
    first = EXPRESSIONS[0]
    assert symbols.atoms(first, sympy.Derivative) == {sympy.Derivative(f(x), x)}
    assert X[i] ** 2 in symbols.atoms(first, sympy.Pow)
    assert symbols.atoms(EXPRESSIONS[1], sympy.Indexed) == {theta[i], X[i, 1], X[i, 2]}


def test_the_walk_visits_sympys_nodes_in_sympys_preorder() -> None:
    """The remembered walk is sympy's ``preorder_traversal``, node for node (identical objects, in order): sums,
    indexed quantities, a derivative, a piecewise function, a lattice (Max keeps its args as a set) and a tuple."""
    more = [sympy.Max(x, y ** 2, sympy.exp(x)) + sympy.Min(x, 3) * theta[i],
            sympy.Piecewise((x ** 2, x > 0), (-x, True)) + sympy.Abs(y - x),
            sympy.Tuple(x + y, sympy.Tuple(theta[1], 2), sympy.Integer(-1) / 3)]
    for expr in [*EXPRESSIONS, *more]:
        walked = symbols._nodes.__wrapped__(expr)
        sympys = list(sympy.preorder_traversal(expr))
        assert len(walked) == len(sympys) > 0
        assert all(mine is theirs for mine, theirs in zip(walked, sympys)), expr

"""auddot38: an audit of fixdot38's both-readings derivative by b of an undecided ``w \\cdot x``.

The by-b result of ``\\theta \\cdot x^{(i)} + b`` (or β) is right under both readings, but its note named a "wᵀx⁽ⁱ⁾
(w a vector)" the text never writes: the note must name the writer's letter. Expected gradients by hand, held to
central differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from tests._numeric import central_differences

THETA_COST = r"J(\theta, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(\theta \cdot x^{(i)} + b - y^{(i)}\right)^2"
BETA_COST = r"J(\beta, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(\beta \cdot x^{(i)} + b - y^{(i)}\right)^2"


def _value(expr: sympy.Expr, name: str, X: np.ndarray, y: np.ndarray, v: np.ndarray, b: float) -> float:
    m, n = X.shape
    sizes = {sympy.Symbol("m", integer=True, positive=True): m, sympy.Symbol("n", integer=True, positive=True): n}
    done = expr.xreplace({s: sympy.Integer(k) for s, k in sizes.items()}).doit()
    values: dict[sympy.Basic, sympy.Basic] = {}
    for node in sympy.preorder_traversal(done):
        if isinstance(node, sympy.Indexed):
            index = [int(i) for i in node.indices]
            values[node] = sympy.Float({"x": lambda: X[index[0] - 1, index[1] - 1], "y": lambda: y[index[0] - 1],
                                        name: lambda: v[index[0] - 1]}[str(node.base)]())
    return float(done.xreplace(values).xreplace({sympy.Symbol("b"): sympy.Float(b)}))


@pytest.mark.parametrize(("cost", "name", "shown"), [(THETA_COST, "theta", "θ"), (BETA_COST, "beta", "β")])
def test_both_readings_note_names_the_written_letter(cost: str, name: str, shown: str) -> None:
    derivation = logderiv.derive(cost, wrt="b")
    notes = [note for note in derivation.notes if "is read both as" in note]
    assert notes, derivation.notes
    assert f"{shown}ᵀx⁽ⁱ⁾ ({shown} a vector)" in notes[0] and f"{shown}·x⁽ⁱ⁾ (one feature)" in notes[0], notes[0]
    assert "wᵀx" not in notes[0]
    result = derivation.problem.expand_definitions(derivation.result)
    for seed, (m, n) in enumerate(((3, 2), (4, 1))):
        rng = np.random.default_rng(seed)
        X, y, v, b = rng.uniform(-1, 1, (m, n)), rng.uniform(0, 1, m), rng.uniform(-1, 1, n), float(rng.uniform())
        # by hand: ∂/∂b (1/2m)Σ(θ·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² = (1/m)Σ(θ·x⁽ⁱ⁾ + b − y⁽ⁱ⁾), under either reading
        fd = central_differences(lambda u: float(np.sum((X @ v + u[0] - y) ** 2)) / (2 * m), np.array([b]))[0]
        assert abs(_value(result, name, X, y, v, b) - fd) < 1e-6

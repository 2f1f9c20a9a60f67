"""fixdot38: a derivative by b of ``w \\cdot x + b`` judged under both readings of ``w \\cdot x`` (issue 10).

Nothing written says whether w is the weight vector (wᵀx⁽ⁱ⁾) or one number (one feature's w·x⁽ⁱ⁾). ``derive`` by
--wrt b used to refuse; now it derives under both and keeps the result (shown with wᵀx) only where the dot reading's
result with one feature is the one-feature result, with a note naming both readings; otherwise refused naming both.
Expected gradients are worked by hand and held to central differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations


import numpy as np
import pytest
import sympy

import logderiv
from logderiv.errors import InputError
from logderiv.notation import scalars
from logderiv.verify import dot_readings
from tests._numeric import central_differences

# stubbornZen, Simple-Linear-Regression-ReactJs, src/math_function/gradient_func.md ('To minimize the cost function:')
STUB_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(w \cdot x^{(i)} + b - y^{(i)}\right)^2"
STUB_LETS = (r"f_{w,b}(x^{(i)}) = w \cdot x^{(i)} + b",)
# giri, Worksheet_6_Sigmoid_Regression_From_Scratch.ipynb, 'Task 4: Cost Function for Sigmoid Regression'
GIRI6_J = r"\frac{1}{n} \sum_{i=1}^{n} L\left(y_i, \frac{1}{1 + e^{-(x_i \cdot w + b)}}\right)"
GIRI6_LETS = (r"L(y, \hat{y}) = -y \log(\hat{y}) - (1 - y) \log(1 - \hat{y})",)

BOTH = "is read both as wᵀx⁽ⁱ⁾ (w a vector) and as w·x⁽ⁱ⁾ (one feature)"


def _value(expr: sympy.Expr, definitions, m: int, n: int, X: np.ndarray, y: np.ndarray, w: np.ndarray,
           b: float) -> float:
    """``expr`` (its definitions expanded) at m examples, n features, X, y, the vector w and b: sympy's own doit."""
    for _ in range(len(definitions) + 1):
        expr = expr.xreplace(definitions)
    sizes = {sympy.Symbol("m", integer=True, positive=True): m, sympy.Symbol("n", integer=True, positive=True): n}
    done = expr.xreplace({s: sympy.Integer(v) for s, v in sizes.items()}).doit()
    values: dict[sympy.Basic, sympy.Basic] = {}
    for node in sympy.preorder_traversal(done):
        if isinstance(node, sympy.Indexed):
            name, index = str(node.base), [int(i) for i in node.indices]
            values[node] = sympy.Float({"x": lambda: X[index[0] - 1, index[1] - 1], "y": lambda: y[index[0] - 1],
                                        "w": lambda: w[index[0] - 1]}[name]())
    done = done.xreplace(values).xreplace({sympy.Symbol("b"): sympy.Float(b)})
    return float(done)


def _points(seed: int, m: int, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    rng = np.random.default_rng(seed)
    return (rng.uniform(-1.5, 1.5, (m, n)), rng.uniform(0.05, 0.95, m), rng.uniform(-1, 1, n),
            float(rng.uniform(-1, 1)))


def test_half_mse_by_b_read_under_both_readings_noted() -> None:
    derivation = logderiv.derive(STUB_COST, wrt="b", let=STUB_LETS)
    notes = [note for note in derivation.notes if BOTH in note]
    assert notes and notes[0].startswith(r"w \cdot x^{(i)}"), derivation.notes
    assert "the derivative by b is the same under both" in notes[0]
    assert not any(scalars.DOT_READ_MARK in note for note in derivation.notes)
    for seed, (m, n) in enumerate(((3, 2), (4, 1), (2, 3))):
        X, y, w, b = _points(seed, m, n)
        # by hand: ∂/∂b (1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² = (1/m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾), the same in both readings
        cost = lambda v: float(np.sum((X @ w + v[0] - y) ** 2)) / (2 * m)  # noqa: E731
        fd = central_differences(cost, np.array([b]))[0]
        assert abs(_value(derivation.result, derivation.problem.definitions, m, n, X, y, w, b) - fd) < 1e-6


def test_sigmoid_mean_log_loss_by_b_read_under_both_readings() -> None:
    derivation = logderiv.derive(GIRI6_J, wrt="b", let=GIRI6_LETS)
    assert any(note.startswith(r"x_i \cdot w " + "is read both as") for note in derivation.notes), derivation.notes
    for seed, (m, n) in enumerate(((3, 2), (2, 1))):
        X, y, w, b = _points(10 + seed, m, n)

        def cost(v: np.ndarray) -> float:
            p = 1 / (1 + np.exp(-(X @ w + v[0])))
            return float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))

        fd = central_differences(cost, np.array([b]))[0]
        assert abs(_value(derivation.result, derivation.problem.definitions, m, n, X, y, w, b) - fd) < 1e-6


def _scalar_reading(cost: str, lets: tuple[str, ...]):
    token = scalars.UNDECIDED_AS_SCALARS.set(True)
    try:
        return logderiv.derive(cost, wrt="b", let=lets)
    finally:
        scalars.UNDECIDED_AS_SCALARS.reset(token)


def test_one_feature_agrees_holds_the_two_readings_to_each_other() -> None:
    dot = logderiv.derive(STUB_COST, wrt="b", let=STUB_LETS)
    scalar = _scalar_reading(STUB_COST, STUB_LETS)
    assert any("product of scalars here" in note for note in scalar.notes)
    assert dot_readings.one_feature_agrees(dot, scalar)
    # a one-feature derivative of another cost, 2b in place of b: by hand (2/m)Σ(wx + 2b − y) ≠ (1/m)Σ(w·x + b − y)
    other = _scalar_reading(r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(w \cdot x^{(i)} + 2 b - y^{(i)}\right)^2",
                            ())
    assert not dot_readings.one_feature_agrees(dot, other)


def test_readings_that_differ_are_refused_naming_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dot_readings, "one_feature_agrees", lambda dot, scalar: False)
    with pytest.raises(InputError) as raised:
        logderiv.derive(STUB_COST, wrt="b", let=STUB_LETS)
    error = raised.value
    assert "the dot product wᵀx of the weight vector, or a product of numbers" in str(error)
    assert "the derivatives by the two readings differ" in str(error)
    assert error.column == STUB_COST.index(r"w \cdot x^{(i)}")


# guards: texts that say which reading must not get the both-readings note


def test_by_w_the_same_text_stays_one_feature() -> None:
    derivation = logderiv.derive(STUB_COST, wrt="w", let=STUB_LETS)
    assert not any(BOTH in note for note in derivation.notes)
    assert any("product of scalars here" in note for note in derivation.notes)


def test_by_w_j_the_same_text_is_the_weight_vector() -> None:
    derivation = logderiv.derive(STUB_COST, wrt="w_j", let=STUB_LETS)
    assert not any(BOTH in note or scalars.DOT_READ_MARK in note for note in derivation.notes)


def test_a_bold_weight_vector_is_decided_and_not_noted() -> None:
    cost = r"J(\mathbf{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(\mathbf{w} \cdot \mathbf{x}^{(i)} + b - y^{(i)}\right)^2"
    derivation = logderiv.derive(cost, wrt="b")
    assert not any(BOTH in note or scalars.DOT_READ_MARK in note for note in derivation.notes)
    X, y, w, b = _points(7, 3, 2)
    fd = central_differences(lambda v: float(np.sum((X @ w + v[0] - y) ** 2)) / 6, np.array([b]))[0]
    assert abs(_value(derivation.result, derivation.problem.definitions, 3, 2, X, y, w, b) - fd) < 1e-6


def test_a_bare_product_by_b_keeps_its_one_feature_reading() -> None:
    # w x written without a sign: one feature's product by --wrt b (the course convention), not the dot product
    cost = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(w x^{(i)} + b - y^{(i)}\right)^2"
    derivation = logderiv.derive(cost, wrt="b")
    assert not any(BOTH in note for note in derivation.notes)
    assert any(scalars.BY_ANOTHER_MARK in note for note in derivation.notes)


"""Audit of fixf72b's readings (audit31c): \\hat{y} read as the prediction beside the prediction written another way.

fixf72b refused \\hat{y} beside \\hat{p} (each alone the prediction h, side by side h − h = 0). The same false
'different' stood where the other spelling of the prediction was p of a --let, σ(Xβ), h or h(x): compphysics' slides
write -X^T(\\hat{y} - p) with the hat marking vectors, \\hat{y} the labels. A verdict that turns on the hat's reading
is now refused, both readings named; a wrong answer under both readings stays 'different'. The gradient the labels
reading gives is held to NumPy finite differences here; each verdict is worked by hand and judged by the corpus
judge (tests/_reading.py), never against logderiv's own output. And h(x) under --layout columns is noted as the 1×m
row it is read as, not an m×1 column.
"""

import numpy as np
import pytest

import logderiv
from _reading import assert_verdict_read, notes_of, refused

# compphysics.github.io MachineLearningMSU GradientOptim: the cost in h(x_i), the probabilities' let
CP_COST = r"-\sum_{i=1}^n \left(y_i\log h(x_i) + (1-y_i)\log\left[1-h(x_i)\right]\right)"
CP_H = r"h(x_i) = \frac{\exp{(\beta^T x_i)}}{1+\exp{(\beta^T x_i)}}"


def test_the_labels_reading_is_the_gradient_by_finite_differences():
    # −Σ[y log σ(βᵀxᵢ) + (1 − y) log(1 − σ(βᵀxᵢ))] has gradient −Xᵀ(y − σ(Xβ)): the answer with \hat{y} as the labels
    rng = np.random.default_rng(31)
    X, y, beta = rng.normal(size=(7, 3)), rng.integers(0, 2, size=7).astype(float), rng.normal(size=3)

    def cost(b):
        p = 1 / (1 + np.exp(-X @ b))
        return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    step = 1e-6
    numeric = np.array([(cost(beta + step * e) - cost(beta - step * e)) / (2 * step) for e in np.eye(3)])
    assert np.allclose(numeric, -X.T @ (y - 1 / (1 + np.exp(-X @ beta))), atol=1e-6)
    assert not np.allclose(numeric, 0)  # read as h − h the answer would be 0


@pytest.mark.parametrize("answer, lets", [
    (r"-X^T(\hat{y} - p)", (CP_H, r"p_i = h(x_i)")),  # was 'different': ŷ and p both h
    (r"-X^T(\hat{y} - \mathbf{p})", (CP_H, r"\mathbf{p} = h(x_i)")),
    (r"-X^T(\hat{y} - \sigma(X\beta))", (CP_H,)),
    (r"-X^T(\hat{y} - h)", (CP_H,)),
    (r"X^T(h(x) - \hat{y})", (CP_H,)),
    (r"-\sum_i (\hat{y}_i - p_i) x_{ij}", (CP_H, r"p_i = h(x_i)")),  # index form alike
])
def test_a_verdict_turning_on_the_hatted_y_is_refused(answer, lets):
    error = refused(logderiv.check, answer, cost=CP_COST, wrt="beta_j", let=lets)
    assert "\\hat{y} is read as the prediction h" in error.message and "is the labels y" in error.message
    assert "define \\hat{y} with --let" in (error.hint or "")
    assert error.column == answer.index("\\hat")


@pytest.mark.parametrize("answer, lets, verdict", [
    # by hand: ∂/∂βⱼ is Σ(σ(βᵀxᵢ) − yᵢ)xᵢⱼ: ŷ alone as the prediction, read as before
    (r"X^T(\hat{y} - y)", (CP_H,), "equivalent"),
    (r"-X^T(y - \hat{y})", (CP_H,), "equivalent"),
    # 2× it: wrong with ŷ as the prediction, and as the labels (y − y = 0): 'different' either way, it stands
    (r"2X^T(\hat{y} - y)", (CP_H,), "different"),
    # its negative: ŷ as the labels Xᵀ(y − p) is the negative gradient, as h it is 0: 'different' both ways
    (r"X^T(\hat{y} - p)", (CP_H, r"p_i = h(x_i)"), "different"),
])
def test_the_hatted_y_where_both_readings_agree_is_judged(answer, lets, verdict):
    assert_verdict_read(answer, CP_COST, verdict, wrt="beta_j", lets=lets)


def test_h_of_x_under_columns_is_noted_as_the_row_it_is_read_as():
    # by hand: X n×m, h(x) the 1×m row of σ(wᵀx⁽ⁱ⁾ + b); (1/m)X(h − y)ᵀ is the n×1 gradient Σ(h⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾/m
    cost = r"L(w, b) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \log(h(x^{(i)})) + (1-y^{(i)}) \log(1-h(x^{(i)}))]"
    lets = (r"h(x) = \sigma(w^T x + b)",)
    assert_verdict_read(r"\frac{1}{m} X (h(x) - y)^T", cost, "equivalent", wrt="w_j", lets=lets)
    verdict = logderiv.check(r"\frac{1}{m} X (h(x) - y)^T", cost=cost, wrt="w_j", let=lets, layout="columns")
    said = [note for note in notes_of(verdict) if note.startswith("read in matrix notation: h(x) is the")]
    assert said and all("1×m vector" in note for note in said)

"""Issue 10, audit25x: a misread hunt on costs read by `derive` and as the cost of `check`, each misread held to a test.

Two costs were read silently wrong:

* the cross-entropy's minus (or a minus scale, −1/m) written before its first term only,
  ``-\\frac{1}{m}y^T\\log\\sigma(Xw) + (1-y)^T\\log(1-\\sigma(Xw))`` or ``-y\\log h + (1-y)\\log(1-h)``: read as
  written, −(1/m)yᵀlog σ + (1 − y)ᵀlog(1 − σ), two terms of opposite signs, which no note means (the brackets of
  −[…] were dropped, or the second sign is a slip). A bracketless Σ already took both terms in; the matrix form and
  one example had no Σ to do so. Refused now at the second term, both readings named.
* a defined loss called with its arguments in another order than its head names them,
  ``\\mathcal{L}(y^{(i)}, \\hat y^{(i)})`` for ``\\mathcal{L}(\\hat y, y) = -(y\\log\\hat y + …)``: put in by position,
  the log of the label (−ŷ log y …); by name, the definition's own cross-entropy (code's loss(y_true, y_pred)
  order). Refused now at the argument, both readings named.

The first is refused with its halves in either order, and each half summed on its own; ``(1 − y) log(1 − p) −
y log p`` (bracketed) is read as written with the note ``y log p − (1 − y) log(1 − p)`` already gets.

Each expected result is worked out by hand and held to finite differences (tests/_numeric.py) or the corpus judge
(tests/_reading.py), never to logderiv's output; where a text does not say what it means, a refusal at the place.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, refused


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


# ------------------------------------------------------------------ the cross-entropy's minus on its first term only
# The mean cross-entropy (1/m)Σ −[y log σ(xᵢᵀw) + (1 − y) log(1 − σ(xᵢᵀw))] has the gradient (1/m)Xᵀ(σ(Xw) − y);
# the literal −(1/m)yᵀlog σ(Xw) + (1 − y)ᵀlog(1 − σ(Xw)) has −(1/m)Xᵀ(y(1 − σ)) − Xᵀ((1 − y)σ): another vector.
def test_the_literal_reading_has_another_gradient_by_finite_differences():
    rng = np.random.default_rng(2025)
    X, w = rng.normal(size=(6, 3)), rng.normal(size=3)
    y = (rng.uniform(size=6) < 0.5).astype(float)
    m = len(y)

    def meant(v):
        p = _sig(X @ v)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    def literal(v):
        p = _sig(X @ v)
        return -(y @ np.log(p)) / m + (1 - y) @ np.log(1 - p)

    p = _sig(X @ w)
    assert np.allclose(central_differences(meant, w), X.T @ (p - y) / m, atol=1e-7)
    by_hand = -X.T @ (y * (1 - p)) / m - X.T @ ((1 - y) * p)
    assert np.allclose(central_differences(literal, w), by_hand, atol=1e-7)
    assert not np.allclose(by_hand, X.T @ (p - y) / m, atol=1e-3)


@pytest.mark.parametrize("written, second", [
    (r"-\frac{1}{m}y^T\log\sigma(Xw) + (1-y)^T\log(1-\sigma(Xw))", "(1-y)^T"),
    (r"-y^T\log\sigma(Xw) + (1-y)^T\log(1-\sigma(Xw))", "(1-y)^T"),
    (r"-y^T\log(\sigma(Xw)) + (1-y)^T\log(1-\sigma(Xw)) + \frac{\lambda}{2}w^Tw", "(1-y)^T"),
    (r"\frac{\lambda}{2}w^Tw - y^T\log\sigma(Xw) + (1-y)^T\log(1-\sigma(Xw))", "(1-y)^T"),
    ("-1/m * y^T log(sigmoid(X w)) + (1-y)^T log(1 - sigmoid(X w))", "(1-y)^T"),
    (r"\frac{1}{m}\sum_{i=1}^m -y_i\log\sigma(w^Tx_i) + (1-y_i)\log(1-\sigma(w^Tx_i))", "(1-y_i)"),
    (r"\frac{1}{m}\sum_{i=1}^m [-y_i\log\sigma(w^Tx_i) + (1-y_i)\log(1-\sigma(w^Tx_i))]", "(1-y_i)"),
    ("−y log(σ(wᵀx)) + (1 − y) log(1 − σ(wᵀx))", "(1 − y)"),
    # each half summed on its own, the minus before the first sum only
    (r"-\frac{1}{m}\sum_{i=1}^m y_i\log\sigma(w^Tx_i) + \frac{1}{m}\sum_{i=1}^m (1-y_i)\log(1-\sigma(w^Tx_i))",
     r"\frac{1}{m}\sum_{i=1}^m (1"),
    (r"-\sum_{i=1}^m y_i\log\sigma(w^Tx_i) + \sum_{i=1}^m (1-y_i)\log(1-\sigma(w^Tx_i))", r"\sum_{i=1}^m (1"),
])
def test_a_minus_on_the_first_term_only_is_refused_at_the_second(written, second):
    error = refused(logderiv.derive, written, wrt="w_j")
    assert "the cross-entropy's minus before its first term only" in str(error)
    assert "brackets after the minus may have been dropped" in str(error)
    assert error.column == written.index(second)
    assert "-[y log(p) + (1-y) log(1-p)]" in (error.hint or "")


def test_the_cost_of_check_is_refused_alike():
    # an answer judged against the literal reading would get a false verdict: the right one is called 'different'
    refused(logderiv.check, r"\frac{1}{m}X^T(\sigma(Xw) - y)",
            cost=r"-\frac{1}{m}y^T\log\sigma(Xw) + (1-y)^T\log(1-\sigma(Xw))", wrt="w_j")


def _mean_cross_entropy(d):
    p = _sig(d.X @ d.w)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


@pytest.mark.parametrize("written", [
    r"-\frac{1}{m}[y^T\log\sigma(Xw) + (1-y)^T\log(1-\sigma(Xw))]",
    r"-\frac{1}{m}y^T\log\sigma(Xw) - \frac{1}{m}(1-y)^T\log(1-\sigma(Xw))",
    r"\frac{1}{m}\sum_{i=1}^m [-y_i\log\sigma(w^Tx_i) - (1-y_i)\log(1-\sigma(w^Tx_i))]",
    r"-\frac{1}{m}\sum_{i=1}^m y_i\log\sigma(w^Tx_i) - \frac{1}{m}\sum_{i=1}^m (1-y_i)\log(1-\sigma(w^Tx_i))",
    # a bracketless Σ takes both terms in (noted), its minus before it: the cross-entropy, as before
    r"-\frac{1}{m}\sum_{i=1}^m y_i\log\sigma(w^Tx_i) + (1-y_i)\log(1-\sigma(w^Tx_i))",
])
def test_the_cross_entropy_with_its_signs_written_is_read(written):
    assert_gradient_read(written, _mean_cross_entropy, wrt=("w_j",))


# ------------------------------------------------------------------ a loss called with its arguments crossed
_LOSS = r"\mathcal{L}(\hat y, y) = -(y\log\hat y + (1-y)\log(1-\hat y))"
_MODEL = r"\hat y = \sigma(w^Tx)"


@pytest.mark.parametrize("written, lets, at", [
    (r"\frac{1}{m}\sum_{i=1}^m \mathcal{L}(y^{(i)}, \hat y^{(i)})", (_LOSS, _MODEL), "y^{(i)}"),
    (r"\frac{1}{m}\sum_{i=1}^m L(y_i, p_i)", (r"L(p, y) = -(y\log p + (1-y)\log(1-p))", r"p_i = \sigma(w^Tx_i)"),
     "y_i"),
    (r"\frac{1}{m}\sum_{i=1}^m L(y_i, h(x_i))", (r"L(h, y) = -(y\log h + (1-y)\log(1-h))", r"h(x) = \sigma(w^Tx)"),
     "y_i"),
    ("mean(loss(y, sigmoid(X @ w)))", ("loss(p, y) = -(y*log(p) + (1-y)*log(1-p))",), "y,"),
])
def test_a_call_with_crossed_arguments_is_refused_at_the_argument(written, lets, at):
    error = refused(logderiv.derive, written, wrt="w_j", let=lets)
    assert "by position" in str(error) and "by name" in str(error)
    assert error.column == written.index(at)
    assert "pass the arguments in the order of" in (error.hint or "")


def test_the_crossed_call_is_refused_as_the_cost_of_check():
    refused(logderiv.check, r"\frac{1}{m}\sum_{i=1}^m (\hat y^{(i)} - y^{(i)})x_j^{(i)}",
            cost=r"\frac{1}{m}\sum_{i=1}^m \mathcal{L}(y^{(i)}, \hat y^{(i)})", wrt="w_j", let=(_LOSS, _MODEL))


@pytest.mark.parametrize("written, lets", [
    (r"\frac{1}{m}\sum_{i=1}^m \mathcal{L}(\hat y^{(i)}, y^{(i)})", (_LOSS, _MODEL)),
    (r"\frac{1}{m}\sum_{i=1}^m \mathcal{L}(\hat y^{(i)}, y^{(i)})",
     (r"\mathcal{L}(a, y) = -(y\log a + (1-y)\log(1-a))", _MODEL)),
    (r"\frac{1}{m}\sum_{i=1}^m L(h(x_i), y_i)", (r"L(h, y) = -(y\log h + (1-y)\log(1-h))", r"h(x) = \sigma(w^Tx)")),
])
def test_a_call_in_the_heads_order_is_read(written, lets):
    assert_gradient_read(written, _mean_cross_entropy, wrt=("w_j",), lets=lets)


# ------------------------------------------------------------------ the same, the halves in the other order
@pytest.mark.parametrize("written, second", [
    (r"-(1-y)\log(1-\sigma(w^Tx)) + y\log\sigma(w^Tx)", r"y\log\sigma(w^Tx)"),
    (r"\frac{1}{m}\sum_{i=1}^m -(1-y_i)\log(1-\sigma(w^Tx_i)) + y_i\log\sigma(w^Tx_i)", r"y_i\log"),
])
def test_the_halves_in_the_other_order_are_refused_alike(written, second):
    error = refused(logderiv.derive, written, wrt="w_j")
    assert "the cross-entropy's minus before its first term only" in str(error)
    assert error.column == written.index(second)


def test_a_bracketless_sum_of_the_halves_in_the_other_order_with_opposite_signs_is_refused():
    # the minus before Σ may be meant for both terms, or Σ may stop after the first: as for y log p first
    written = r"-\frac{1}{m}\sum_{i=1}^m (1-y_i)\log(1-\sigma(w^Tx_i)) - y_i\log\sigma(w^Tx_i)"
    error = refused(logderiv.derive, written, wrt="w_j")
    assert "the minus before the sum may be meant for both terms" in str(error)


def test_the_halves_in_the_other_order_subtracted_are_read_as_written_with_the_note():
    # [(1 − y) log(1 − p) − y log p] bracketed: read as written (its gradient by finite differences), never silently
    written = r"\sum_{i=1}^m [(1-y_i)\log(1-\sigma(w^Tx_i)) - y_i\log\sigma(w^Tx_i)]"

    def literal(d):
        p = _sig(d.X @ d.w)
        return np.sum((1 - d.y) * np.log(1 - p) - d.y * np.log(p))

    assert_gradient_read(written, literal, wrt=("w_j",))
    notes = logderiv.derive(written, wrt="w_j").notes
    assert any("is read as written, but it is not the cross-entropy: its two terms have opposite signs" in note
               for note in notes)

"""Issue 10, audit52: near-variants of last stop's readings (fixf49, loops read as excerpts, math.js, fixcold16–18's
page rules) that mean something else, each worked out by hand and held to that meaning: read right or refused.

Gradients are held to central finite differences of costs written by hand in NumPy (tests/_numeric.py, or the corpus
judge through tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import logderiv
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences
from _reading import assert_gradient_read, refused

# ------------------------------------------------------------------ UFLDL's data = X' beside a count of X's rows

UFLDL_COST = "cost = sum((errs.^2)/(2.0 * batch_size));"
UFLDL_LETS = ("errs = data * theta - labels", "data = X'", "labels = y'")


def test_a_count_of_the_rows_of_features_by_examples_x_is_n_by_hand():
    rng = np.random.default_rng(52)
    source_x, theta, labels = rng.normal(size=(3, 5)), rng.normal(size=3), rng.normal(size=5)  # X n×m: 3 × 5
    data = source_x.T
    batch_size = source_x.shape[0]  # Octave's size(X, 1): 3, the features, not the 5 examples
    cost = lambda v: float(np.sum((data @ v - labels) ** 2) / (2.0 * batch_size))
    # by hand: ∇ Σ(data θ − labels)²/(2n) = dataᵀ(data θ − labels)/n, n = 3: not the mean cost's /m, m = 5
    by_hand = data.T @ (data @ theta - labels) / 3
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-5)
    assert not np.allclose(by_hand, data.T @ (data @ theta - labels) / 5)


@pytest.mark.parametrize("count", ["batch_size = size(X, 1)", "batch_size = rows(X)", "m = size(X, 1)"])
def test_a_count_of_x_s_rows_beside_data_is_x_transposed_is_refused(count):
    # audit52: batch_size = size(X, 1) beside data = X' (X n×m) was read as m; its value is n (by hand above)
    cost = UFLDL_COST.replace("batch_size", count.split(" = ")[0])
    error = refused(logderiv.derive, cost, let=(*UFLDL_LETS, count))
    assert "rows of X" in error.message and "features" in error.message
    assert error.source == count and error.column == count.index(count.split(" = ")[1])


def test_labels_copying_y_beside_data_is_x_transposed_is_refused():
    # audit52: labels = y (untransposed) beside data = X' was read as the targets' column; with X n×m (UFLDL's) y is
    # the 1×m row, and Octave broadcasts data * theta - labels (m×1 minus 1×m) to an m×m array: Σ_i Σ_k (x_iθ − y_k)²
    lets = ("errs = data * theta - labels", "data = X'", "labels = y", "batch_size = length(labels)")
    error = refused(logderiv.derive, UFLDL_COST, let=lets)
    assert "copies y untransposed" in error.message and error.source == "labels = y"


@pytest.mark.parametrize("count", ["batch_size = size(data, 1)", "batch_size = length(labels)"])
def test_a_count_of_data_s_rows_is_still_read_as_m(count):
    assert_gradient_read(UFLDL_COST, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m),
                         lets=(*UFLDL_LETS, count))


# ------------------------------------------------------------------ a loop's bound that a --let sets to a number

BATCH_LOOP = "for i in range(n_samples):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\ncost = cost / (2 * n_samples)"


def test_a_loop_over_the_first_rows_is_not_the_mean_by_hand():
    rng = np.random.default_rng(520)
    X, y, theta, n_samples = rng.normal(size=(6, 2)), rng.normal(size=6), rng.normal(size=2), 4
    # the code's value: the first n_samples rows over 2·n_samples (a minibatch), by hand; its gradient is not the
    # half mean squared error's over all 6 rows
    batch = lambda v: float(np.sum((X[:n_samples] @ v - y[:n_samples]) ** 2)) / (2 * n_samples)
    by_hand = X[:4].T @ (X[:4] @ theta - y[:4]) / 4
    assert np.allclose(central_differences(batch, theta), by_hand, atol=1e-5)
    assert not np.allclose(by_hand, X.T @ (X @ theta - y) / 4)


@pytest.mark.parametrize("let", ["n_samples = 32", "n_samples = batch_size"])
def test_a_loop_bound_a_let_sets_to_a_number_is_refused(let):
    # audit52: with --let n_samples = 32 the loop was read as Σ over all m examples, divided by the constant 2·32
    error = refused(logderiv.derive, BATCH_LOOP, let=(let,))
    assert "n_samples" in error.message and "not a count of the data's rows" in error.message
    assert error.column == BATCH_LOOP.index("for")


def test_a_loop_bound_the_lines_set_to_a_number_is_refused():
    text = "n_samples = 32\n" + BATCH_LOOP
    assert "not a count of the data's rows" in refused(logderiv.derive, text).message


# ------------------------------------------------------------------ an unstarted sum that a --let gives a value

UNSTARTED = "for i in range(m):\n    cost += (np.dot(X[i], theta) - y[i]) ** 2\ncost = cost / (2 * m)"


def test_a_let_start_changes_the_gradient_by_hand():
    rng = np.random.default_rng(5200)
    X, y, theta, lam = rng.normal(size=(5, 2)), rng.normal(size=5), rng.normal(size=2), 0.6
    # cost starting at λΣθ² (the --let) then adding every squared residual, over 2m: its gradient has λθ/m more than
    # the sum from 0 (by hand)
    started = lambda v: (lam * float(v @ v) + float(np.sum((X @ v - y) ** 2))) / 10
    by_hand = X.T @ (X @ theta - y) / 5 + lam * theta / 5
    assert np.allclose(central_differences(started, theta), by_hand, atol=1e-5)
    assert not np.allclose(by_hand, X.T @ (X @ theta - y) / 5)


def test_an_unstarted_sum_a_let_sets_is_refused():
    # audit52: --let cost = lam * np.sum(theta ** 2) was left unused ("defined but not used") and cost read from 0
    error = refused(logderiv.derive, UNSTARTED, let=("cost = lam * np.sum(theta ** 2)",))
    assert "a --let sets to lam * np.sum(theta ** 2)" in error.message


@pytest.mark.parametrize("let", ["cost = 0", "cost = 0.0"])
def test_an_unstarted_sum_a_let_starts_at_0_is_read(let):
    assert_gradient_read(UNSTARTED, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m), lets=(let,))


@pytest.mark.parametrize("let", ["n_samples = X.shape[0]", "n_samples = len(y)"])
def test_a_loop_bound_a_let_counts_as_the_rows_is_still_the_mean(let):
    assert_gradient_read(BATCH_LOOP, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m), lets=(let,))


# ------------------------------------------------------------------ a one-line derivation by another parameter

_COST_LINE = r"$$J(w,b) = \frac{1}{2m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2$$"
_BY_W = (r"$$\frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x^{(i)} + b - y^{(i)})\,x^{(i)} = "
         r"\frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)}){x}$$")
_BY_B = r"$$\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})$$"


def test_the_two_gradients_by_finite_differences():
    rng = np.random.default_rng(52000)
    x, y, w, b = rng.normal(size=6), rng.normal(size=6), 0.4, -0.2
    cost = lambda p: float(np.mean((p[0] * x + p[1] - y) ** 2)) / 2
    residual = w * x + b - y
    # by hand: ∂J/∂w = (1/m)Σ(wx + b − y)x, ∂J/∂b = (1/m)Σ(wx + b − y); the x dropped from ∂J/∂w is not it
    assert np.allclose(central_differences(cost, np.array([w, b])), [np.mean(residual * x), np.mean(residual)],
                       atol=1e-6)
    assert not np.isclose(np.mean(residual * x), np.mean(residual), atol=1e-3)


def _page(*displays: str) -> str:
    return "\n\nThen:\n\n".join((_COST_LINE, *displays)) + "\n"


def test_a_one_line_derivative_by_b_after_the_w_chain_is_its_own_derivation(tmp_path):
    # audit52: ∂J/∂b = (1/m)Σ(…), right, was read as the w chain's next step and called wrong (the x 'missing')
    code, ending, wrong, review = review_of_page(tmp_path, _page(_BY_W.replace("{x}", r"\,x^{(i)}"), _BY_B))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])


def test_a_w_chain_ending_wrong_after_a_one_line_b_ends_the_page_wrong(tmp_path):
    # audit52: the ∂J/∂w chain ending without its x (its second '=') was read as continuing ∂J/∂b: wrong at
    # its right first side and the page 'ends at the gradient' (the ∂J/∂w display is the page's line 9)
    code, ending, wrong, _ = review_of_page(tmp_path, _page(_BY_B, _BY_W.replace("{x}", "")))
    assert (code, ending, wrong) == (1, "wrong", [9])


# ------------------------------------------------------------------ a lemma's ŷ that the prose defines as another model

_EN_NOTE = Path(__file__).parent / "derivations_cold18" / "en_note_linreg_weights_update_chain.md"


def test_the_logistic_asides_lemma_is_true_by_finite_differences():
    rng = np.random.default_rng(520000)
    x, w, b = rng.normal(), 0.7, -0.1
    sigmoid = lambda t: 1 / (1 + np.exp(-t))
    y_hat = sigmoid(w * x + b)
    # by hand: ∂σ(wx + b)/∂w = σ(1 − σ)x, the aside's claim; of the linear ŷ = wx + b it would be x
    numeric = (sigmoid((w + 1e-6) * x + b) - sigmoid((w - 1e-6) * x + b)) / 2e-6
    assert np.isclose(numeric, y_hat * (1 - y_hat) * x, atol=1e-8)
    assert not np.isclose(numeric, x, atol=1e-3)


def test_a_lemma_about_the_prose_s_other_prediction_is_refused(tmp_path):
    # audit52: cold18's linear page with an aside 'there the prediction is ŷ = σ(wx + b), and ∂ŷ/∂w = ŷ(1 − ŷ)x' (true,
    # above) was judged wrong at the aside, ŷ read as the page's b + wx
    lines = _EN_NOTE.read_text(encoding="utf-8").splitlines()
    aside = ["", "### Compare: logistic regression", "",
             r"There the prediction is $\hat{y}^{(i)} = \sigma(w x^{(i)} + b)$ instead, and", "",
             r"$$\frac{\partial \hat{y}^{(i)}}{\partial w} = \hat{y}^{(i)}(1-\hat{y}^{(i)})x^{(i)}$$", ""]
    result = steps_of_page(tmp_path, "\n".join(lines[:40] + aside + lines[40:]) + "\n", "--cost", "linear",
                           "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 44 defines ŷ in its prose" in result.stderr

"""Issue 10, the family of one example per column (fixcols): X d×m, y a 1×m row, w d×1, read where a text says so.

CTU's Octave homework writes the per-example score as a broadcast summed over the features, ``sum(-X.*w.*y, 1)``,
and the gradient as ``sum(R.*X, 2)``, with ``size(y, 2)`` as the number of examples; Cornell CS4780's NumPy keeps
1-D vectors, ``dot(w[:, 0], x_tr)``, ``y_tr[0]``, ``(dot(w, x_tr) - y_tr)[0]``. Both are read only where a text fixes
the layout (``size(y, 2)``/``size(X, 2)`` as a count; ``dot(w, x_tr)`` with the parameters on the left), and noted.

The texts are the corpus's own, verbatim (sources beside each, items in tests/corpus/). Each verdict is worked out by
hand in the comment beside it, and the gradients it rests on are held to finite differences of the texts' own array
arithmetic written in NumPy (tests/_numeric.py), or the corpus judge does that (tests/_reading.py). Near-variants that
mean something else must be refused or read right, never misread.
"""

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv
from logderiv.cli import main


def _softplus(z):
    return np.log1p(np.exp(z))


# ------------------------------------------------------------------ the texts' arithmetic, by hand

def test_the_octave_broadcasts_match_finite_differences():
    rng = np.random.default_rng(10)
    d, m = 3, 5
    X, w = rng.normal(size=(d, m)), rng.normal(size=d)  # one example per column
    y = rng.choice([-1.0, 1.0], size=m)

    # Octave's sum(-X.*w.*y, 1): w (d×1) broadcast along the columns, y (1×m) down the rows, summed over the rows
    def loss(v):
        return float(np.mean(_softplus((-X * v[:, None] * y[None, :]).sum(axis=0))))

    # by hand: ∂/∂w (1/m)Σ log(1 + e^(−yᵢwᵀxᵢ)) = (1/m)Σ −yᵢxᵢ/(1 + e^(yᵢwᵀxᵢ))
    expected = sum(-y[i] * X[:, i] / (1 + np.exp(y[i] * w @ X[:, i])) for i in range(m)) / m
    assert np.allclose(central_differences(loss, w), expected, atol=1e-6)
    # the gradient's text: sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)
    row = (-1 / (1 + np.exp((y[None, :] * w[:, None] * X).sum(axis=0)))) * y
    assert np.allclose((row[None, :] * X).sum(axis=1) / m, expected)
    # its variants: the y factor dropped, and the −1 written 1, are not the gradient
    dropped = ((-1 / (1 + np.exp((y[None, :] * w[:, None] * X).sum(axis=0))))[None, :] * X).sum(axis=1) / m
    assert not np.allclose(dropped, expected)
    assert np.allclose(-(row[None, :] * X).sum(axis=1) / m, -expected)


def test_the_numpy_vectors_match_finite_differences():
    rng = np.random.default_rng(24)
    d, n = 3, 5
    x_tr, w = rng.normal(size=(d, n)), rng.normal(size=(d, 1))  # Cornell's d×n data and d×1 parameters
    y_tr, lam = rng.choice([-1.0, 1.0], size=(1, n)), 0.3

    def ridge(v):  # p = (dot(w, x_tr) - y_tr)[0]; dot(p, p) + lambdaa*dot(w, w)
        p = (np.dot(v, x_tr) - y_tr)[0]
        return float(np.dot(p, p) + lam * np.dot(v, v))

    p = (np.dot(w[:, 0], x_tr) - y_tr)[0]
    # by hand: ∇(Σpᵢ² + λ‖w‖²) = 2(Σ pᵢxᵢ + λw)
    expected = 2 * (x_tr @ p + lam * w[:, 0])
    assert np.allclose(central_differences(ridge, w[:, 0]), expected, atol=1e-5)
    assert np.allclose(2 * (np.dot(x_tr, p) + lam * w[:, 0]), expected)  # the answer's text
    assert not np.allclose(2 * np.dot(x_tr, p) + lam * w[:, 0], expected)  # the λ/2 slip

    def logistic(v):  # inside = y_tr[0] * dot(w[:, 0], x_tr); sum(log(1 + exp(-inside)))
        return float(np.sum(np.log(1 + np.exp(-(y_tr[0] * np.dot(v, x_tr))))))

    inside = y_tr[0] * np.dot(w[:, 0], x_tr)
    # by hand: ∂/∂w Σ log(1 + e^(−yᵢwᵀxᵢ)) = Σ −yᵢxᵢ/(1 + e^(yᵢwᵀxᵢ)), the answer's dot(x_tr, -y_tr[0]/(1 + exp(inside)))
    answer = np.dot(x_tr, -y_tr[0] / (1 + np.exp(inside)))
    assert np.allclose(central_differences(logistic, w[:, 0]), answer, atol=1e-5)
    assert not np.allclose(np.dot(x_tr, -y_tr[0] / (1 + np.exp(-inside))), answer)  # the exp's sign flipped


# ------------------------------------------------------------------ CTU's Octave broadcasts

# source: github:palomikula/CTU-projects:RPZ/hw6/logistic_loss.m and logistic_loss_gradient.m (X documented as
# [d, number_of_observations], y as [1, number_of_observations], labels ±1)
CTU_J = "(1/size(y, 2)) * sum(log(1+exp(sum(-X.*w.*y, 1))))"
CTU_G = "sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)"


def _pm1_softplus_mean_w(d):
    return float(np.mean(_softplus(-d.y * (d.X @ d.w))))


def test_ctus_loss_is_read_with_one_example_per_column():
    assert_gradient_read(CTU_J, _pm1_softplus_mean_w, wrt=("w_j",))
    notes = notes_of(logderiv.derive(CTU_J, wrt="w_j"))
    assert "size(y, 2) counts the examples, so the texts keep one example per column (X d×m, y a 1×m row, w d×1): " \
           "sum(-X.*w.*y, 1) is -y .* (w' * X)" in notes


@pytest.mark.parametrize("answer, verdict", [
    (CTU_G, "equivalent"),  # (1/m)Σ −yᵢxᵢ/(1 + e^(yᵢwᵀxᵢ)), by hand above
    ("sum(((-1./(1+exp(sum(y.*w.*X,1))))).*X,2) / size(y, 2)", "different"),  # variant: the yᵢ factor dropped
    ("sum(((1./(1+exp(sum(y.*w.*X,1)))).*y).*X,2) / size(y, 2)", "different"),  # variant: minus the gradient
])
def test_ctus_gradients(answer, verdict):
    assert_verdict_read(answer, CTU_J, verdict, wrt="w_j")


def test_the_note_is_in_every_output_format():
    runner = CliRunner()
    text = runner.invoke(main, ["check", CTU_G, "--cost", CTU_J, "--wrt", "w_j"])
    assert text.exit_code == 0, text.output
    assert "note: size(y, 2) counts the examples, so the texts keep one example per column" in text.output
    shown = runner.invoke(main, ["check", CTU_G, "--cost", CTU_J, "--wrt", "w_j", "-f", "json"])
    notes = json.loads(shown.output)["notes"]
    assert any(note.startswith("size(y, 2) counts the examples") for note in notes)


def test_size_of_x_by_columns_fixes_the_layout_too():
    # size(X, 2) is X's columns: the examples, one per column
    assert_gradient_read(CTU_J.replace("size(y, 2)", "size(X, 2)"), _pm1_softplus_mean_w, wrt=("w_j",))


@pytest.mark.parametrize("cost", [
    # size(y, 1) counts y's rows: y m×1, one example per row, where X.*w.*y summed down dim 1 adds over the examples
    "(1/size(y, 1)) * sum(log(1+exp(sum(-X.*w.*y, 1))))",
    # no count at all: which dimension holds the examples is not said
    "sum(log(1+exp(sum(-X.*w.*y, 1))))",
    # the row layout's own program (X m×d, w a 1×d row, summed over dim 2): not this layout, not read as it
    "(1/size(X, 1)) * sum(log(1+exp(sum(-X.*w.*y, 2))))",
    # w' a row: a broadcast of another shape
    "(1/size(y, 2)) * sum(log(1+exp(sum(-X.*w'.*y, 1))))",
])
def test_ctu_variants_of_another_layout_are_refused(cost):
    refused(logderiv.derive, cost, wrt="w_j")


def test_the_broadcast_summed_over_the_examples_is_refused_with_a_caret():
    # with one example per column, sum(…, 2) adds each feature over the examples: no per-example score
    cost = "(1/size(y, 2)) * sum(log(1+exp(sum(-X.*w.*y, 2))))"
    error = refused(logderiv.derive, cost, wrt="w_j")
    assert "adds over the examples" in str(error)
    assert cost[error.column] == "2"


@pytest.mark.parametrize("answer", [
    "sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X,1) / size(y, 2)",  # summed over the features: a 1×m row
    "sum(((-1./(1+exp(sum(y.*w.*X,1)))).*y).*X) / size(y, 2)",  # Octave's default dimension, unsaid here
])
def test_ctu_gradients_summed_the_wrong_way_are_refused(answer):
    refused(logderiv.check, answer, cost=CTU_J, wrt="w_j")


# ------------------------------------------------------------------ Cornell's NumPy 1-D vectors

# source: public code index file 48462173243 (GitHub Python, 'from numpy import dot, maximum, sum, exp, log', def
# ridge(w, x_tr, y_tr, lambdaa) and def logistic(w, x_tr, y_tr), d×n data, each column an input); and RIDGEPY
# (tests/corpus/fresh_fortythird.py), the same ridge without the w = w[:, 0] line
CN_RIDGE = "dot(p, p) + lambdaa*dot(w, w)"
CN_RIDGE_LETS = ("w = w[:, 0]", "p = (dot(w, x_tr) - y_tr)[0]")
RIDGEPY_LETS = ("p = (dot(w, x_tr) - y_tr)[0]",)
CN_LOG = "sum(log(1 + exp(-inside)))"
CN_LOG_LETS = ("inside = y_tr[0] * dot(w[:, 0], x_tr)",)


def _sse_ridge_w(d):
    return float(np.sum((d.X @ d.w - d.y) ** 2)) + d.lam * float(np.sum(d.w ** 2))


def _logloss_pm1_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


def test_cornells_costs_are_read_with_one_example_per_column():
    assert_gradient_read(CN_RIDGE, _sse_ridge_w, wrt=("w_j",), lets=CN_RIDGE_LETS)
    assert_gradient_read(CN_LOG, _logloss_pm1_sum_w, wrt=("w_j",), lets=CN_LOG_LETS)
    notes = notes_of(logderiv.derive(CN_LOG, wrt="w_j", let=CN_LOG_LETS))
    assert any(note.startswith("dot(w[:, 0], x_tr) puts the parameters on the left of the data, so x_tr holds one "
                               "example per column (d×m)") for note in notes)


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    ("2 * (dot(x_tr, p) + lambdaa * w)", CN_RIDGE, CN_RIDGE_LETS, "equivalent"),  # 2(Σpᵢxᵢ + λw), by hand
    ("2 * dot(x_tr, p) + lambdaa * w", CN_RIDGE, CN_RIDGE_LETS, "different"),  # variant: 2 on the data term only
    ("2 * (dot(x_tr, p) + lambdaa * w)", CN_RIDGE, RIDGEPY_LETS, "equivalent"),  # the same, w 1-D from the start
    # p written out inside the outer dot (a call inside a call, read inside out): the same 2(Σpᵢxᵢ + λw)
    ("2 * (dot(x_tr, dot(w, x_tr) - y_tr[0]) + lambdaa * w)", CN_RIDGE, RIDGEPY_LETS, "equivalent"),
    ("dot(x_tr, -y_tr[0]/(1 + exp(inside)))", CN_LOG, CN_LOG_LETS, "equivalent"),  # Σ −yᵢxᵢ/(1 + e^(yᵢwᵀxᵢ))
    ("dot(x_tr, -y_tr[0]/(1 + exp(-inside)))", CN_LOG, CN_LOG_LETS, "different"),  # variant: the exp's sign
])
def test_cornells_gradients(answer, cost, lets, verdict):
    assert_verdict_read(answer, cost, verdict, wrt="w_j", lets=lets)


@pytest.mark.parametrize("lets", [
    ("p = (dot(x_tr, w) - y_tr)[0]",),  # the data on the left: one example per row, where [0] is one residual
    ("p = (dot(w, x_tr.T) - y_tr)[0]",),  # the data transposed: the layout is not the columns'
    ("p = (dot(w, x_tr) - y_tr)[1]",),  # row 1 of a 1×m row does not exist: not the residuals
    ("p = (dot(w, x_tr) - y_tr[1])[0]",),  # y_tr[1]: not the label row
])
def test_cornell_ridge_variants_that_mean_something_else_are_refused(lets):
    refused(logderiv.derive, CN_RIDGE, wrt="w_j", let=lets)


@pytest.mark.parametrize("lets", [
    ("inside = y_tr[:, 0] * dot(x_tr, w[:, 0])",),  # the row layout's spelling (X m×d): not read as the columns'
    ("inside = y_tr[1] * dot(w[:, 0], x_tr)",),  # one label, not the row of them
    ("inside = y_tr[0] * dot(w[:, 1], x_tr)",),  # w's second column: w is d×1, it has none
])
def test_cornell_logistic_variants_that_mean_something_else_are_refused(lets):
    refused(logderiv.derive, CN_LOG, wrt="w_j", let=lets)


@pytest.mark.parametrize("answer", [
    "2 * (dot(p, x_tr) + lambdaa * w)",  # a 1×m row times the d×m data does not conform
    "2 * (dot(x_tr.T, p) + lambdaa * w)",  # the data transposed: m×d times the 1×m residuals does not conform
])
def test_cornell_gradients_of_another_shape_are_refused(answer):
    refused_by_logderiv(lambda: logderiv.check(answer, cost=CN_RIDGE, wrt="w_j", let=RIDGEPY_LETS))

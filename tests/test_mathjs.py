"""math.js, as JavaScript tutorials write a cost and its gradient: each call in NumPy's words, noted; the rest refused.

Sources (verbatim; public code index files of the search tool's code corpus):
* file 34177656779, a blog post comparing Octave, Python and JavaScript for Ng's ex1 ("2. Cost Function"):
  ``return 1 / (2 * m) * math.multiply(math.transpose(err), err);`` with ``var h = math.multiply(X, theta);`` and
  ``var err = math.subtract(h, y);``.
* file 20987498068, a ``GradientDescent`` class: ``let derivative = math.multiply(math.transpose(X), diff);`` with
  ``let h = math.multiply(X, theta); let diff = math.subtract(h, y);`` — its step multiplies by ``alpha * (1 / m)``
  apart, so the line alone is m times the gradient of the mean cost.
* file 6705311847, a logistic-regression demo (d3 and math.js): ``loss`` is the mean cross-entropy in **bits**
  (``math.log2``), and ``batchGDStep``'s gradient ``math.divide(math.multiply(math.transpose(X),
  math.subtract(predict(X, theta), y)), X.size()[0])`` is the natural-log cross-entropy's — the gradient of the loss
  the page computes is 1/ln 2 times it, so against that loss it is different, against the natural-log one right.

Gradients are held against finite differences of costs written by hand in NumPy (tests/corpus/judge.py) and the
verdicts against the hand-worked ones above, never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main

BLOG_COST = "1 / (2 * m) * math.multiply(math.transpose(err), err)"
BLOG_LETS = ("h = math.multiply(X, theta)", "err = math.subtract(h, y)")
CLASS_DERIVATIVE = "math.multiply(math.transpose(X), diff)"
CLASS_LETS = ("h = math.multiply(X, theta)", "diff = math.subtract(h, y)")
DEMO_LOSS = """math.mean(math.dotMultiply(
            math.add(
                math.dotMultiply(y, math.log2(p)),
                math.dotMultiply(
                    math.subtract(1, y),
                    math.log2(math.subtract(1, p))
                )
            ),
            -1
        ))"""
DEMO_GRADIENT = """math.divide(
        math.multiply(math.transpose(X), math.subtract(predict(X, theta), y)),
        X.size()[0]
    )"""
# the demo's predict(X, theta) maps its sigmoid over math.multiply(X, theta); loss(X, y, theta) sets p = predict(…)
DEMO_LETS = ("p = predict(X, theta)", "predict(X, theta) = sigmoid(math.multiply(X, theta))")


def _half_mse(d) -> float:
    return float(np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m))


def _bits(d) -> float:
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -float(np.mean(d.y * np.log2(p) + (1 - d.y) * np.log2(1 - p)))


def test_the_blogs_cost_is_the_half_mean_squared_error():
    assert_gradient_read(BLOG_COST, _half_mse, lets=BLOG_LETS)
    assert any(note.startswith("read as math.js:") for note in notes_of(logderiv.derive(BLOG_COST, let=BLOG_LETS)))


def test_the_class_derivative_lacks_the_mean_s_one_over_m():
    assert_verdict_read(CLASS_DERIVATIVE, "linear", "different", lets=CLASS_LETS)
    assert_verdict_read(f"math.divide({CLASS_DERIVATIVE}, math.size(y)[0])", "linear", "equivalent", lets=CLASS_LETS)


def test_the_demo_s_loss_in_bits_and_its_natural_log_gradient():
    assert_gradient_read(DEMO_LOSS, _bits, lets=("p = sigmoid(X @ theta)",))
    assert_verdict_read(DEMO_GRADIENT, DEMO_LOSS, "different", lets=DEMO_LETS)
    natural = DEMO_LOSS.replace("math.log2", "math.log")
    assert_verdict_read(DEMO_GRADIENT, natural, "equivalent", lets=DEMO_LETS)


def test_a_number_times_a_matrix_is_their_product_and_a_learning_rate_is_refused():
    assert_verdict_read("math.multiply(1 / m, math.multiply(math.transpose(X), err))", BLOG_COST, "equivalent",
                        lets=BLOG_LETS)
    assert "alpha" in str(refused(logderiv.check, "math.multiply(alpha / m, math.multiply(math.transpose(X), err))",
                                  cost=BLOG_COST, let=BLOG_LETS))


@pytest.mark.parametrize("text, why", [
    ("math.sum(math.pow(math.subtract(math.multiply(X, theta), y), 2)) / (2 * m)", "matrix power"),
    ("math.sum(math.square(math.subtract(math.multiply(X, theta), y)), 1) / (2 * m)", "over a dimension"),
    ("math.divide(math.sum(math.square(math.subtract(math.multiply(X, theta), y))), X)", "inverse"),
    ("math.mean(math.log(math.subtract(1, math.multiply(X, theta)), 2))", "takes 1 argument"),
    ("math.sum(math.abs(math.subtract(math.multiply(X, theta), y)))", "does not know"),
])
def test_what_math_js_does_otherwise_is_refused(text, why):
    assert why in str(refused(logderiv.derive, text))


def test_the_notes_show_in_every_format():
    for form in ("text", "markdown", "json", "latex"):
        result = CliRunner().invoke(main, ["derive", BLOG_COST, *(a for let in BLOG_LETS for a in ("--let", let)),
                                           "-f", form])
        assert result.exit_code == 0, result.output
        assert "math.js" in result.output, form

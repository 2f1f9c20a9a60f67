r"""Issue 10, fixxj: one reading of a feature x_j written without the example index beside the example's data.

Students and notes drop the ``^{(i)}`` of the gradient's last factor, ``Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x_j``, while the rest of
the sum keeps it. The two front ends disagreed (audit25l): the plain and Unicode spellings read x_j as xⱼ⁽ⁱ⁾ with no
word, the LaTeX one refused it beside x^{(i)} or x_i and read it with no word beside \hat{y}_i. Inside a sum over the
examples, with the gradient's component j free, feature j of the i-th example is the only datum x_j can be (ML
convention, and the corpus's hand-worked f11, f15 and f20 items): both readers now read it so, with a note in every
output format, from one rule (logderiv/notation/unmarked_features.py). They refuse it, naming the readings, where
it may be something else: y left unmarked too (two dropped marks, or two values written on purpose), a one-feature
model (x_j may be the j-th example's x), and j also running over the features in an inner sum.

The gradient each reading stands for is held to central finite differences of a NumPy cost (tests/_numeric.py)
and the verdicts to the corpus judge's hand-worked verdicts (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused

# ½m·Σᵢ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², whose ∂/∂θⱼ is (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ (checked below)
COST = "J = 1/(2m) sum_i (theta^T x^(i) - y^(i))^2"
NOTE = "has no example index beside"


def test_the_feature_of_example_i_is_the_gradient_and_a_fixed_feature_is_not():
    # the reading taken (x_j of example i) is ∂J/∂θⱼ; the literal one (x_j one number outside the sum) is not
    rng = np.random.default_rng(10)
    X, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    m = len(y)

    def cost(t):
        return float(np.sum((X @ t - y) ** 2) / (2 * m))

    residual = X @ theta - y
    read = X.T @ residual / m
    fixed = np.sum(residual) / m * rng.normal(size=3)  # (1/m)Σᵢ rᵢ · x_j for some x not following the sum
    numeric = central_differences(cost, theta)
    assert np.allclose(numeric, read, atol=1e-7)
    assert not np.allclose(numeric, fixed, atol=1e-3)


# ------------------------------------------------------------------ read alike by both front ends, noted
SPELLINGS = [
    "1/m sum_i (theta^T x_i - y_i) x_j",
    "1/m Σᵢ (θᵀxᵢ − yᵢ) xⱼ",
    r"\frac{1}{m}\sum_i (\theta^T x_i - y_i) x_j",
    "1/m sum_i (theta^T x^(i) - y^(i)) x_j",
    "1/m Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ",
    r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j",
    r"\frac{1}{m}\sum_i (\hat{y}_i - y_i)x_j",
    "1/m sum_i (h(x^(i)) - y^(i)) * x_j",
    r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j",
]


@pytest.mark.parametrize("answer", SPELLINGS)
def test_an_unmarked_feature_beside_marked_data_is_the_examples_with_a_note(answer):
    assert_verdict_read(answer, COST, "equivalent")
    verdict = logderiv.check(answer, cost=COST, wrt="theta_j", timeout=60)
    assert any(NOTE in note and "feature j of the i-th example" in note for note in notes_of(verdict))


@pytest.mark.parametrize("answer", [
    "sum_i (theta^T x_i - y_i) x_j",  # the 1/m dropped: a real error, still found with x_j read as the example's
    r"\frac{1}{m}\sum_i (\theta^T x_i + y_i) x_j",
])
def test_a_wrong_answer_with_an_unmarked_feature_is_still_different(answer):
    assert_verdict_read(answer, COST, "different")


def test_the_component_letter_of_wrt_is_the_feature_letter_read():
    # --wrt theta_k: x_k is feature k of example i, as x_j is for θⱼ
    assert_verdict_read(r"\frac{1}{m}\sum_i (\theta^T x_i - y_i) x_k", COST, "equivalent", wrt="theta_k")


# ------------------------------------------------------------------ the note in every output format
@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "latex", "json"])
@pytest.mark.parametrize("answer", ["1/m sum_i (theta^T x_i - y_i) x_j", r"\frac{1}{m}\sum_i (\theta^T x_i - y_i) x_j"])
def test_the_note_in_every_format(answer, fmt):
    result = CliRunner().invoke(main, ["check", answer, "--cost", COST, "--wrt", "theta_j", "--timeout", "60",
                                       "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        notes = json.loads(result.stdout)["notes"]
        assert any(NOTE in note for note in notes), notes
    else:
        assert NOTE in " ".join(result.stdout.split()), result.stdout


# ------------------------------------------------------------------ refused where x_j may be something else
@pytest.mark.parametrize("answer", [
    "1/m sum_i (h(x^(i)) - y) x_j",
    "1/m Σᵢ (h(x⁽ⁱ⁾) − y) xⱼ",
    r"\frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^i) - y) x_j",  # the corpus's f9-wyq: y and x_j both unmarked
])
def test_y_unmarked_too_is_refused_naming_both_readings(answer):
    error = refused(logderiv.check, answer, cost=COST, wrt="theta_j", timeout=60)
    assert "have no example index beside" in error.message
    assert "values that do not follow the sum" in error.message
    assert error.column == answer.rindex("x")
    assert "^(i)" in error.hint


ONE_FEATURE = "J = 1/(2m) sum_i (w x_i + b - y_i)^2"


def test_a_one_feature_model_is_refused_x_j_may_be_example_j():
    # w is one number (w xᵢ + b): x has no features, so x_j is the j-th example's x or a slip for xᵢ
    answer = r"\frac{1}{m}\sum_{i=1}^{m} (w x_i + b - y_i) x_j"
    error = refused(logderiv.check, answer, cost=ONE_FEATURE, wrt="w", timeout=60)
    assert "one-feature model" in error.message and "-th example's x or a slip" in error.message
    assert error.column == answer.rindex("x")


@pytest.mark.parametrize("answer", ["1/m sum_i (w x_i + b - y_i) x_j", "1/m Σᵢ (w xᵢ + b − yᵢ) xⱼ"])
def test_a_one_feature_model_is_refused_in_plain_text_too(answer):
    # the plain reader refuses earlier, at the w: x_j says x has features, so a bare w beside x_i is no number
    error = refused(logderiv.check, answer, cost=ONE_FEATURE, wrt="w", timeout=60)
    assert error.column == answer.index("w")


@pytest.mark.parametrize("answer", [
    "1/m sum_i (sum_j theta_j x_j^(i) - y^(i)) x_j",
    r"\frac{1}{m}\sum_{i=1}^{m} (\sum_{j} \theta_j x_j^{(i)} - y^{(i)}) x_j",
])
def test_j_also_running_over_the_features_is_refused(answer):
    error = refused(logderiv.check, answer, cost=COST, wrt="theta_j", timeout=60)
    assert "also runs over the features" in error.message
    assert error.column == answer.rindex("x_j")
    assert "sum_k" in error.hint


def test_a_bare_x_beside_a_marked_x_stays_refused_in_latex():
    # not a feature: x beside x_i may be the slip or another x (the LaTeX rule this change narrowed keeps it)
    with pytest.raises(logderiv.InputError, match="has no example index while"):
        logderiv.check(r"\frac{1}{m}\sum_{i=1}^m(\theta^T x_i-y_i)x", cost=COST, wrt="theta_j", timeout=60)
